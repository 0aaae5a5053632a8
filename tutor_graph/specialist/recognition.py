"""Recognise a problem type from natural Chinese or English text (fast, no model, no checks)."""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from tutor_graph.specialist.multipart import MULTIPART, recognise_parts
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Solver, solvers
from tutor_graph.specialist.text import MAX_TEXT

log = logging.getLogger(__name__)

# "证明…没有负根" asks for a proof, not a value: answering it as "solve for x" would be wrong. Only solvers
# whose chain is itself the proof (Solver.proves) take such questions.
_PROOF = re.compile(r"证明|求证|\bprove\b|\bshow that\b|\bverify that\b", re.I)
_MULTIPLE_CHOICE = re.compile(r"A\s*[.．、:：]\s*\S.*?B\s*[.．、:：]\s*\S.*?C\s*[.．、:：]\s*\S", re.S)


@dataclass(frozen=True)
class Recognition:
    """A recognised problem: its type, what was extracted from the text, and how sure we are.

    Everything public is a plain string or number (JSON-able through `to_dict`); the parsed
    SymPy payload the solver works on stays private.
    """

    type_id: str  # e.g. "equation.quadratic", "sequence.arithmetic"
    topic: str  # the bank module it belongs to, e.g. "quadratics"
    givens: tuple[str, ...]  # extracted givens as plain math strings
    goal: str  # what is asked, e.g. "solve for x", "S_10"
    confidence: float  # 0..1
    lang: str  # language of the problem text: "zh" or "en"
    knowledge_points: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()  # a multi-part question: the type of each part ("" where not recognised)
    unanswered_parts: tuple[int, ...] = ()  # 1-based numbers of the parts we do not answer
    asked: tuple[str, ...] = ()  # the kinds of quantity the question asks (goals.KINDS), read from its asking clause
    _solver: Solver | None = field(default=None, repr=False, compare=False)
    _data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict (no private payload)."""
        d = asdict(self)
        d.pop("_solver"), d.pop("_data")
        d["givens"], d["knowledge_points"] = list(self.givens), list(self.knowledge_points)
        d["parts"], d["unanswered_parts"], d["asked"] = list(self.parts), list(self.unanswered_parts), list(self.asked)
        return d


def recognise(text: str) -> Recognition | None:
    """Return the problem type and its extracted givens and goal, or None when not recognised.

    A question with parts (1)(2)… is recognised part by part (type `multipart`): `parts` names each
    part's type and `unanswered_parts` the parts no solver of ours recognises."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        return None  # a pasted page or an attack is not a problem we recognise
    multi = recognise_parts(text, _recognise_one)
    if multi is not None:
        recs = [r for _, r in multi["parts"]]
        first = next(r for r in recs if r is not None)
        missing = tuple(i for i, r in enumerate(recs, 1) if r is None)
        goal = "; ".join(f"({i}) {r.goal if r else 'not recognised'}" for i, r in enumerate(recs, 1))
        kps = tuple(dict.fromkeys(k for r in recs if r for k in r.knowledge_points))
        return Recognition(type_id="multipart", topic=first.topic, givens=first.givens, goal=goal,
                           confidence=min(r.confidence for r in recs if r) * (1 - 0.3 * bool(missing)), lang=first.lang,
                           knowledge_points=kps, parts=tuple(r.type_id if r else "" for r in recs), unanswered_parts=missing,
                           _solver=MULTIPART, _data={**multi, "kps": kps or ("func.concept",)})
    return _recognise_one(text)


def _recognise_one(text: str) -> Recognition | None:
    """One question (no parts): the first registered solver whose detector and a method fit."""
    choice = bool(_MULTIPLE_CHOICE.search(text))  # only solvers that judge every option take these
    problem = Problem(text)
    proof = bool(_PROOF.search(problem.text))
    asks = problem.goal.kinds
    for solver in solvers():
        if (proof and not solver.proves) or (choice and not solver.choices):
            continue
        if not solver.answers_goal(asks):
            continue  # the question asks a quantity this solver does not compute, whatever its detector would see
        try:
            match: Match | None = solver.detect(problem)
            if match is not None and not any(m.applies(match.data) for m in solver.methods):
                match = None  # recognised the shape, but no method of ours fits this instance
        except Exception as exc:  # a detector bug must not break recognition of other types
            log.debug("detector %s failed: %s", solver.type_id, exc)
            continue
        if match is not None:
            return Recognition(
                type_id=solver.type_id,
                topic=solver.topic,
                givens=tuple(match.givens),
                goal=match.goal,
                confidence=match.confidence,
                lang=problem.lang,
                knowledge_points=solver.knowledge_points,
                asked=tuple(sorted(asks)),
                _solver=solver,
                _data=match.data,
            )
    return None
