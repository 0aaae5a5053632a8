"""Which view of the problem each type's detector reads: the Reading, the raw text, or both (issue #11).

Every type's detector is run on its template's test instances with a `Problem` that notes which of its views
were asked for. `reading` types take every parameter from the Reading (objects, formal givens, goals; keyword
tests with `has` allowed); `text` types never looked at the Reading; `mixed` read both. Run, not read from the
source, so a shared helper (`detecting.equations`) counts for every type that calls it.
`python -m tutor_graph.specialist figures --detection`.
"""

from __future__ import annotations

from typing import Any

from tutor_graph.specialist.problem import Problem

READING_VIEWS = frozenset({"reading", "objects", "given_claims", "given_relations", "goal_relations", "read_relations", "goals"})
TEXT_VIEWS = frozenset({"raw", "text", "lower", "fragments", "relations", "expressions", "goal"})
_WATCHED = READING_VIEWS | TEXT_VIEWS


class WatchedProblem(Problem):
    """A Problem that records the views a caller asks for (not the ones its own methods use inside)."""

    def __init__(self, raw: str):
        super().__init__(raw)
        object.__setattr__(self, "_depth", 0)
        object.__setattr__(self, "used", set())

    def __getattribute__(self, name: str) -> Any:
        get = object.__getattribute__
        if name not in _WATCHED or get(self, "__dict__").get("used") is None:
            return get(self, name)
        if get(self, "_depth") == 0:
            get(self, "used").add(name)
        object.__setattr__(self, "_depth", get(self, "_depth") + 1)
        try:
            return get(self, name)
        finally:
            object.__setattr__(self, "_depth", get(self, "_depth") - 1)

    def _inside(self, fn: Any, *args: Any) -> Any:
        object.__setattr__(self, "_depth", self._depth + 1)
        try:
            return fn(*args)
        finally:
            object.__setattr__(self, "_depth", self._depth - 1)

    def has(self, *words: str) -> bool:  # a keyword test: vocabulary, not a parameter
        return bool(self._inside(super().has, *words))

    def objects(self, *kinds: str) -> Any:
        self.used.add("objects")
        return self._inside(super().objects, *kinds)


def source_of(used: set[str]) -> str:
    """`reading`, `text` or `mixed`, from the views one detection asked for."""
    reading, text = bool(used & READING_VIEWS), bool(used & TEXT_VIEWS)
    if reading and not text:
        return "reading"
    return "mixed" if reading else "text"


def detection_sources() -> dict[str, Any]:
    """Per type, the views its detector read on the template's test instances, and the totals."""
    from tutor_graph.specialist.types import all_types

    per_type: dict[str, dict[str, Any]] = {}
    for kind in all_types():
        used: set[str] = set()
        detected = 0
        for instance in kind.template().instances:
            problem = WatchedProblem(instance.text)
            try:
                found = kind.detect(problem)
            except Exception:  # a detector error is the type tests' business; here only what it read counts
                found = None
            used |= problem.used
            detected += found is not None
        per_type[kind.type_id] = {"source": source_of(used) if detected else "none", "views": sorted(used)}
    totals = {s: sum(t["source"] == s for t in per_type.values()) for s in ("reading", "mixed", "text", "none")}
    return {"types": len(per_type), **totals, "per_type": per_type}
