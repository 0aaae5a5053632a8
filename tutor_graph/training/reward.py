"""The SymPy-checked reward for training: parse a completion's question chain, check it, grade its answer.

TRL calls `reward(prompts, completions, **columns) -> list[float]` with the dataset's other columns as
keyword lists (`answer` holds the reference). Per completion:

- not a chain in the format of `content.chain_text` (or longer than it reads): 0.0, nothing checked;
- a chain: FORMAT for the format, plus STEPS x (verified - refuted) / steps, plus ANSWER when the final
  answer grades equal to the reference, minus WRONG when it does not. Unknown steps earn nothing.

So a chain whose claims all verify and whose answer is right scores 1.0; one refuted step lowers it; a
wrong final answer leaves it at 0.2 or below. What a model could game is closed where it is cheap to: a
claim identical to one of its own givens or to an earlier claim, or an equation with the same text on
both sides, earns nothing. Every check and grade goes through the math layer, whose worker pool bounds
each call; the whole batch has a time budget past which the remaining steps count as unknown.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from content.chain_text import Chain, parse_chain
from tutor_graph.checks import Grade, Verdict, check_step, grade

FORMAT = 0.2
STEPS = 0.3
ANSWER = 0.5
WRONG = 0.3
BUDGET_S = 60.0  # per call to `reward`, all completions together
THREADS = 2  # the checker pool's default worker count: more threads would only queue


@dataclass(frozen=True)
class Scored:
    """The reward of one completion and what it was made of."""

    score: float
    chain: bool
    steps: int = 0
    claims: int = 0
    verified: int = 0
    refuted: int = 0
    answer_correct: bool | None = None  # None: no reference to grade against


def completion_text(completion: Any) -> str:
    """The text of a completion: a string, or the last assistant message of a conversation."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, Sequence) and completion:
        last = completion[-1]
        if isinstance(last, dict):
            return str(last.get("content") or "")
    return ""


def _same(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def _trivial(claim: str, givens: Sequence[str], earlier: Sequence[str]) -> bool:
    """A claim that restates a given or an earlier claim, or reads `A = A`, proves nothing."""
    if any(_same(claim, g) for g in givens) or any(_same(claim, e) for e in earlier):
        return True
    sides = claim.split("=")
    return len(sides) == 2 and _same(sides[0], sides[1])


def _combine(chain: Chain, verdicts: list[Verdict | None], graded: Grade | None) -> Scored:
    verified = sum(v is not None and v.status == "verified" for v in verdicts)
    refuted = sum(v is not None and v.status == "refuted" for v in verdicts)
    steps = len(chain.steps)
    score = FORMAT + STEPS * (verified - refuted) / steps
    correct = None if graded is None else graded.correct
    if correct is not None:
        score += ANSWER if correct else -WRONG
    return Scored(
        round(score, 6), True, steps, sum(bool(s.claim) for s in chain.steps), verified, refuted, correct
    )


def score_many(
    texts: Sequence[str], references: Sequence[str | None], budget_s: float = BUDGET_S
) -> list[Scored]:
    """Score completions against their references; checks run on the math layer's pool, in parallel."""
    chains = [parse_chain(t) for t in texts]
    deadline = time.monotonic() + budget_s
    with ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="reward") as pool:
        checks: list[list[Future[Verdict] | None]] = []
        grades: list[Future[Grade] | None] = []
        for chain, ref in zip(chains, references, strict=True):
            row: list[Future[Verdict] | None] = []
            claims: list[str] = []
            for step in chain.steps if chain else ():
                if step.claim and not _trivial(step.claim, step.givens, claims):
                    row.append(pool.submit(check_step, step.claim, list(step.givens)))
                else:
                    row.append(None)
                claims.append(step.claim)
            checks.append(row)
            grades.append(pool.submit(grade, ref, chain.final_answer) if chain and ref else None)
        pending: list[Future[Any]] = [f for row in checks for f in row if f] + [g for g in grades if g]
        wait(pending, timeout=max(0.0, deadline - time.monotonic()))
        for future in pending:
            future.cancel()  # past the budget: not started yet means unknown / not graded
    scored = []
    for chain, row, graded in zip(chains, checks, grades, strict=True):
        if chain is None:
            scored.append(Scored(0.0, False))
            continue
        verdicts = [f.result() if f is not None and f.done() and not f.cancelled() else None for f in row]
        result = graded.result() if graded is not None and graded.done() and not graded.cancelled() else None
        if graded is not None and result is None:
            result = Grade(False, "not graded within the reward's time budget")
        scored.append(_combine(chain, verdicts, result))
    return scored


def reward(prompts: Sequence[Any], completions: Sequence[Any], **columns: Any) -> list[float]:
    """TRL reward: one score per completion, graded against the `answer` column where there is one."""
    references = columns.get("answer") or [None] * len(completions)
    scored = score_many([completion_text(c) for c in completions], list(references))
    log_metric = columns.get("log_metric")
    if callable(log_metric):  # GRPOTrainer passes this: the verified share shows up in its logs
        log_metric("chain/format_share", sum(s.chain for s in scored) / max(1, len(scored)))
        log_metric("chain/step_verified_share", step_verified_share(scored))
    return [s.score for s in scored]


def step_verified_share(scored: Sequence[Scored]) -> float:
    """Verified steps over all steps written, over every completion (non-chains count no steps)."""
    steps = sum(s.steps for s in scored)
    return sum(s.verified for s in scored) / steps if steps else 0.0
