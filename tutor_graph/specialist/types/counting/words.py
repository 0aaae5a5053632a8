"""The counts a counting problem states, as the Reading read them (`reading.chance_words`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor_graph.specialist.problem import Problem


def count(p: Problem, name: str) -> int | None:
    """The count the Reading states under `name` (`row`, `balls`, `boxes` …: `reading.chance_words`), or None."""
    value = next((o["value"] for o in p.objects("count") if o["name"] == name), "")
    return int(value) if value.isdigit() else None
