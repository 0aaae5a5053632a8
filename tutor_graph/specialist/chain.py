"""The chain-building helper: every solver writes its steps through `Chain`, so all chains look alike.

A solver calls `chain.ask(question, answer, claim, ...)` once per guiding question and
`chain.done(final_answer)` at the end; nothing is checked while the chain is written. `verify`
then runs every claim through the math layer's `check_step` and grades the final answer against
the reference the solver computed independently (SymPy, not the method's own path), so a
`Solution` is marked verified only when the checker verified every claim and the grader accepted
the answer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from tutor_graph.reading.verifying import decide_verified
from tutor_graph.result import Solution, Step, VerdictDict
from tutor_graph.specialist.render import textbook

log = logging.getLogger(__name__)

Text = tuple[str, str]  # (Chinese, English)

# Thinking-method nodes of the knowledge graph (content/data/knowledge/methods.yaml). Solvers tag steps
# with them too, but the Result's `knowledge_points` holds knowledge-point ids only, so they are kept
# apart here (a test checks both sets against the graph).
THINKING_METHODS = frozenset({
    "shape_number", "case_analysis", "function_equation", "reduction", "substitution", "completing_square",
    "undetermined_coefficients", "special_general", "induction_reasoning", "elimination", "construction",
    "contradiction", "coordinate_method", "modeling", "complement", "symmetry", "whole_view",
})


def points_only(ids) -> list[str]:
    """Knowledge-point ids without thinking-method ids, in order, without repeats."""
    return list(dict.fromkeys(i for i in ids if i not in THINKING_METHODS))


def pick(text: Text | str, lang: str) -> str:
    """Choose the Chinese or English side of a bilingual text."""
    if isinstance(text, str):
        return text
    zh, en = text
    return en if lang == "en" and en else zh


def _printed(text: Text) -> Text:
    return (textbook(text[0]), textbook(text[1])) if isinstance(text, tuple) else textbook(text)


@dataclass
class DraftStep:
    question: Text
    answer: Text
    claim: str
    context: tuple[str, ...]
    knowledge_points: tuple[str, ...]
    hints: tuple[Text, ...]
    idea: bool = False  # a question about the idea of the method, asked before any computation


@dataclass
class Chain:
    """One method's question chain while it is being written (plain strings only)."""

    method: Text
    knowledge_points: tuple[str, ...] = ()
    context: tuple[str, ...] = ()  # givens every claim of this chain may rely on
    steps: list[DraftStep] = field(default_factory=list)
    final_answer: Text | str = ""
    reference: Text | str = ""  # the answer SymPy computed independently of this method
    # a multi-part question: (final, reference) per part, each graded on its own; `complete` is False
    # when a part could not be answered, and such a chain is never marked verified
    parts: list[tuple[Text | str, Text | str]] = field(default_factory=list)
    complete: bool = True

    def ask(self, question: Text, answer: Text, claim: str = "", *, kps: Sequence[str],
            hints: Sequence[Text] = (), context: Sequence[str] | None = None) -> None:
        """Add one guiding question with its answer and the claim that answer establishes."""
        ctx = tuple(context) if context is not None else self.context
        # what students read is printed as a textbook prints it (`y-(1)` → `y-1`); the claim stays the checker's
        self.steps.append(DraftStep(_printed(question), _printed(answer), claim, ctx, tuple(kps),
                                    tuple(_printed(h) for h in hints)))

    def idea(self, question: Text, answer: Text, *, kps: Sequence[str], hints: Sequence[Text]) -> None:
        """Open the chain with a question about the method's idea: answered in words, so it carries no claim."""
        self.steps.append(DraftStep(_printed(question), _printed(answer), "", self.context, tuple(kps),
                                    tuple(_printed(h) for h in hints), idea=True))

    def done(self, final_answer: Text | str, reference: Text | str) -> None:
        """Record the method's final answer and the independently computed reference answer."""
        self.final_answer = final_answer
        self.reference = reference


def _check(claim: str, context: tuple[str, ...]) -> VerdictDict:
    """Run the math layer's checker; a checker failure is an honest `unknown`, never a pass."""
    if not claim:
        return {"status": "unknown", "reason": "这一步没有可由 SymPy 检验的断言 / no machine-checkable claim in this step",
                "counterexample": None}
    try:
        from tutor_graph.checks import check_step

        verdict = check_step(claim, list(context) if context else None)
        return cast(VerdictDict, verdict.to_dict())  # stored as is
    except Exception as exc:  # the math layer is a separate package: never let it sink the chain
        log.warning("check_step failed on %r: %s", claim, exc)
        return {"status": "unknown", "reason": f"checker error: {type(exc).__name__}", "counterexample": None}


def _grade(reference: str, prediction: str) -> bool:
    try:
        from tutor_graph.checks import grade

        return bool(grade(reference, prediction).correct)
    except Exception as exc:
        log.warning("grade failed on %r vs %r: %s", reference, prediction, exc)
        return False


def verify(chain: Chain, lang: str) -> Solution:
    """Check every claim and grade the final answer; return the Result-contract Solution."""
    steps: list[Step] = []
    for d in chain.steps:
        steps.append(Step(
            question=pick(d.question, lang),
            answer=pick(d.answer, lang),
            claim=d.claim,
            verdict=_check(d.claim, d.context),
            source="symbolic",
            knowledge_points=points_only(d.knowledge_points),
            hints=[pick(h, lang) for h in d.hints],
        ))
    final = pick(chain.final_answer, lang)
    if chain.parts:
        answer_ok = chain.complete and all(pick(f, lang) and _grade(pick(r, lang), pick(f, lang)) for f, r in chain.parts)
    else:
        answer_ok = bool(final) and _grade(pick(chain.reference, lang), final)
    kps = points_only([*chain.knowledge_points, *(k for s in steps for k in s["knowledge_points"])])
    return Solution(
        method=f"{chain.method[0]} / {chain.method[1]}",
        steps=steps,
        final_answer=final,
        # the one verified rule without a Reading (the solve graph decides again with its Reading)
        verified=decide_verified(steps, final, reference_agrees=answer_ok)[0],
        knowledge_points=kps,
    )


def unverified(chain: Chain, lang: str) -> Solution:
    """The chain without running any check (verdicts `unknown`): for showing a first question fast."""
    pending: VerdictDict = {"status": "unknown", "reason": "not checked yet", "counterexample": None}
    return Solution(
        method=f"{chain.method[0]} / {chain.method[1]}",
        steps=[Step(question=pick(d.question, lang), answer=pick(d.answer, lang), claim=d.claim,
                    verdict=VerdictDict(**pending), source="symbolic", knowledge_points=points_only(d.knowledge_points),
                    hints=[pick(h, lang) for h in d.hints]) for d in chain.steps],
        final_answer=pick(chain.final_answer, lang),
        verified=False,
        knowledge_points=points_only(chain.knowledge_points),
    )
