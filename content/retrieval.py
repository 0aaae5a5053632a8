"""Offline retrieval: from a problem text (Chinese or English) to likely knowledge points and similar bank problems.

Two signals, combined:
1. BM25 between the text and each knowledge point's own words (names, description, formulas, unit);
2. the knowledge points that the most similar bank problems use in their steps (nearest-neighbour vote),
   which carries the teachers' tagging over to new problems;
then the direct prerequisites of the leading points get a small share of their score (the graph).
Without a bank (not written yet, or broken) only the first signal is used, and a note says so.

>>> r = retrieve("求等差数列的前 n 项和", k=3)
>>> "seq.arith.sum" in [hit.id for hit in r.points]
True
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from content.knowledge import KnowledgeGraph, KnowledgePoint, load_graph
from content.text_index import TextIndex

# Weights of the two signals; chosen on the bank with leave-one-out (see `evaluation.retrieval_bench`).
POINT_WEIGHT = 1.0
VOTE_WEIGHT = 1.0
NEIGHBOURS = 8
VOTE_POWER = 2  # a neighbour's vote grows with the square of its similarity: near twins count most
PREREQ_BOOST = 0.2  # steps often use the direct prerequisites of the problem's main points
PREREQ_FROM_TOP = 3


@dataclass(frozen=True)
class PointHit:
    """A ranked knowledge point."""

    id: str
    name_zh: str
    name_en: str
    module: str
    score: float


@dataclass(frozen=True)
class ProblemHit:
    """A ranked bank problem (or any indexed problem-like item, e.g. a saved case)."""

    id: str
    question_zh: str
    module: str
    score: float
    knowledge_points: tuple[str, ...] = ()


@dataclass(frozen=True)
class Retrieval:
    """What `retrieve` returns: the query, knowledge points and similar problems, best first."""

    query: str
    points: list[PointHit]
    problems: list[ProblemHit]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain JSON-able dict (for the app and the CLI)."""
        return {
            "query": self.query,
            "points": [vars(p) for p in self.points],
            "problems": [{**vars(p), "knowledge_points": list(p.knowledge_points)} for p in self.problems],
            "notes": list(self.notes),
        }


def point_text(point: KnowledgePoint, graph: KnowledgeGraph) -> str:
    """The words a knowledge point is found by: names (weighted by repetition), unit, description, formulas."""
    module = graph.module(point.module)
    unit = module.unit_name(point.unit)
    parts = [point.name_zh] * 3 + [point.name_en] * 2 + [unit, module.name_zh, module.name_en]
    parts += [point.description_zh, point.description_en, *point.formulas]
    return "\n".join(parts)


def problem_text(problem) -> str:
    """The words a bank problem is found by: its question and its chain's guiding questions."""
    parts = [problem.question_zh, problem.question_en]
    for method in problem.methods:
        parts += [method.name_zh, method.name_en]
        parts += [s.question_zh for s in method.steps]
    return "\n".join(p for p in parts if p)


def step_points(problem) -> tuple[str, ...]:
    """Every knowledge-point id the problem's steps use, in first-use order."""
    seen: dict[str, None] = {}
    for method in problem.methods:
        for step in method.steps:
            seen.update(dict.fromkeys(step.knowledge_points))
    return tuple(seen)


class Retriever:
    """Knowledge-point and problem retrieval over one graph and one list of bank problems."""

    def __init__(self, graph: KnowledgeGraph, problems: Sequence = (), notes: Iterable[str] = ()):
        self.graph = graph
        self.problems = {p.id: p for p in problems}
        self.notes = list(notes)
        self._points = TextIndex((p.id, point_text(p, graph)) for p in graph.points.values())
        self._problems = TextIndex((p.id, problem_text(p)) for p in problems)

    def retrieve(self, text: str, k: int = 5, exclude: Iterable[str] = ()) -> Retrieval:
        """Rank knowledge points and similar problems for `text`; `exclude` hides bank problems by id."""
        excluded = set(exclude)
        direct = self._points.scores(text)
        neighbours = self._problems.search(text, NEIGHBOURS, exclude=excluded)
        combined: dict[str, float] = defaultdict(float)
        if direct:
            top = direct[0][1]
            for pid, s in direct:
                combined[str(pid)] += POINT_WEIGHT * s / top
        if neighbours:
            top = neighbours[0][1]
            votes: dict[str, float] = defaultdict(float)
            for prob_id, s in neighbours:
                for pid in step_points(self.problems[str(prob_id)]):
                    if pid in self.graph:
                        votes[pid] += (s / top) ** VOTE_POWER
            best = max(votes.values(), default=1.0)
            for pid, v in votes.items():
                combined[pid] += VOTE_WEIGHT * v / best
        leaders = sorted(combined.items(), key=lambda item: -item[1])[:PREREQ_FROM_TOP]
        for pid, score in leaders:
            for pre in self.graph[pid].prerequisites:
                combined[pre] += PREREQ_BOOST * score
        ranked = sorted(combined.items(), key=lambda item: -item[1])[:k]
        points = [self._point_hit(pid, s) for pid, s in ranked]
        problems = [self._problem_hit(str(pid), s) for pid, s in neighbours[:k]]  # the index keeps our str ids
        return Retrieval(text, points, problems, list(self.notes))

    def _point_hit(self, pid: str, score: float) -> PointHit:
        p = self.graph[pid]
        return PointHit(p.id, p.name_zh, p.name_en, p.module, round(score, 4))

    def _problem_hit(self, prob_id: str, score: float) -> ProblemHit:
        p = self.problems[prob_id]
        return ProblemHit(p.id, p.question_zh, p.module, round(score, 4), step_points(p))


def bank_problems() -> tuple[list, list[str]]:
    """The shipped bank's problems, or [] with a note when the bank cannot be loaded."""
    try:
        from content.bank import load_problems
    except ImportError as exc:  # the bank module is written in parallel; retrieval still works without it
        return [], [f"problem bank unavailable / 题库不可用: {exc}"]
    try:
        return list(load_problems()), []
    except Exception as exc:  # noqa: BLE001 - any bank error degrades to knowledge-point retrieval only
        return [], [f"problem bank failed to load / 题库加载失败: {exc}"]


@functools.lru_cache(maxsize=1)
def default_retriever() -> Retriever:
    """The retriever over the shipped graph and bank (built once per process)."""
    problems, notes = bank_problems()
    return Retriever(load_graph(), problems, notes)


def retrieve(text: str, k: int = 5) -> Retrieval:
    """Return the likely knowledge points and the most similar bank problems for a problem text."""
    return default_retriever().retrieve(text, k)
