"""One check for the moved types' tests: each type is registered once, from its template, by nothing else."""

from __future__ import annotations

from collections.abc import Iterable


def assert_registered_once_from_templates(type_ids: Iterable[str]) -> None:
    """Exactly one solver per type id, and each is a template type's (ProblemType's) detector."""
    from tutor_graph.specialist.registry import solvers

    moved = set(type_ids)
    found = [s for s in solvers() if s.type_id in moved]
    assert sorted(s.type_id for s in found) == sorted(moved)  # exactly one solver per moved type
    assert all(s.detect.__module__ == "tutor_graph.specialist.types.problem_type" for s in found)
