"""The next problem: the unmastered knowledge point with the lowest mastery whose prerequisites are mastered.

Points with no observation count at the BKT prior. A point is a candidate only if the bank (or the teachers'
case library) has a problem that practises it; the reason is said in words (Chinese and English).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tutor_graph.tutoring.mastery import MASTERED, BKTParams


@dataclass(frozen=True)
class Recommendation:
    """A recommended knowledge point, a problem practising it, and why."""

    knowledge_point: str
    point_name: str
    p_mastered: float
    problem_id: str  # a bank id, or "case:<id>" for a case library problem
    problem: str
    reason_zh: str
    reason_en: str


def _practice(point: str, bank: Iterable, done: set[str]) -> tuple[str, str] | None:
    """A bank problem that practises `point` (one not done yet first; easier first)."""
    found = [p for p in bank if point in _points(p)]
    found.sort(key=lambda p: (p.id in done, p.difficulty, p.id))
    return (found[0].id, found[0].question_zh) if found else None


def _points(problem) -> set[str]:
    return {*problem.step_knowledge_points, *problem.knowledge_points}


def _case_problems(cases: Iterable) -> list[tuple[str, object]]:
    """(id, Problem) of each case of the teachers' library (`content.cases.Case`)."""
    out = []
    for case in cases:
        try:
            out.append((f"case:{case.id}", case.current.to_problem()))
        except (ValueError, AttributeError):  # a case that no longer validates is not recommended
            continue
    return out


def _case(point: str, cases: list[tuple[str, object]]) -> tuple[str, str] | None:
    for case_id, problem in cases:
        if point in _points(problem):
            return case_id, problem.question_zh  # type: ignore[attr-defined]
    return None


def recommend(mastery: Mapping[str, float], *, graph=None, bank=None, cases: Iterable = (), done: Iterable[str] = (),
              scope: Iterable[str] | None = None, prior: float = BKTParams().prior) -> Recommendation | None:
    """The recommendation for a learner with this `mastery`, or None when every reachable point is mastered.

    `scope` limits the candidates (e.g. the points of a course); by default every point some problem practises.
    """
    from content.bank import load_problems
    from content.knowledge import load_graph

    graph = graph or load_graph()
    bank = list(bank if bank is not None else load_problems())
    case_problems = _case_problems(cases)
    done = set(done)
    practised = {k for p in bank for k in _points(p)} | {k for _, p in case_problems for k in _points(p)}
    candidates = [k for k in (scope if scope is not None else sorted(practised)) if k in graph.points]

    def level(point: str) -> float:
        return mastery.get(point, prior)

    ready = []
    for point in candidates:
        if level(point) >= MASTERED:
            continue
        pres = [p.id for p in graph.prerequisites(point, transitive=False)]
        if all(level(p) >= MASTERED for p in pres):
            ready.append((level(point), point, pres))
    for value, point, pres in sorted(ready):
        found = _practice(point, bank, done) or _case(point, case_problems)
        if found is None:
            continue
        name = graph[point].name_zh
        pre_names = "、".join(graph[p].name_zh for p in pres)
        zh = (f"“{name}”的掌握度 {value:.0%}，是尚未掌握的知识点中最低的，"
              + (f"而它的先修知识（{pre_names}）都已掌握。" if pres else "而且它没有先修要求。"))
        en = (f"'{graph[point].name_en or point}' is at {value:.0%} mastery, the lowest of the points not yet mastered, "
              + ("and its prerequisites are mastered." if pres else "and it has no prerequisites."))
        return Recommendation(point, name, value, found[0], found[1], zh, en)
    return None
