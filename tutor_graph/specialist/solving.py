"""Build verified question chains for a recognised problem: one chain per method (一题多解)."""

from __future__ import annotations

import difflib
import logging
import re
import time
from collections.abc import Iterator

from tutor_graph.checks.pool import bound_s
from tutor_graph.result import Solution, Step
from tutor_graph.specialist.chain import Chain, unverified, verify
from tutor_graph.specialist.recognition import Recognition, recognise

log = logging.getLogger(__name__)

BUDGET_S = 4.0  # stop starting new methods after this long: the graph wants a Result within ~5 s


def _chains(rec: Recognition, max_methods: int) -> Iterator[Chain]:
    solver = rec._solver
    if solver is None:
        return
    made = 0
    for method in solver.methods:
        if made >= max_methods:
            return
        try:
            if not method.applies(rec._data):
                continue
            chain = Chain(method=method.name, knowledge_points=solver.knowledge_points)
            method.build(chain, rec._data)
        except Exception as exc:  # one method failing leaves the others
            log.warning("method %s of %s failed: %s", method.name[1], solver.type_id, exc)
            continue
        if chain.steps and chain.final_answer:
            made += 1
            yield chain


def iter_solutions(text: str, max_methods: int = 2, lang: str = "zh") -> Iterator[Solution]:
    """Yield verified solutions one at a time (the first arrives before the others are checked)."""
    rec = recognise(text)
    if rec is None:
        return
    start = time.monotonic()
    for i, chain in enumerate(_chains(rec, max(1, max_methods))):
        # Scaled like the pool's bounds (TUTOR_TIME_SCALE), and counted from the end of the first method,
        # which may include starting the checker workers: a loaded machine still builds the same methods.
        if i and time.monotonic() - start > bound_s(BUDGET_S):
            log.info("time budget spent after %d methods", i)
            return
        yield verify(chain, lang)
        if i == 0:
            start = time.monotonic()


def solve_symbolically(text: str, max_methods: int = 2, lang: str = "zh") -> list[Solution]:
    """Return up to `max_methods` solutions, each a checked question chain; [] when not recognised."""
    return list(iter_solutions(text, max_methods, lang))


def plan_symbolically(text: str, max_methods: int = 2, lang: str = "zh") -> list[Solution]:
    """The chains without running the checker (every verdict `unknown: not checked yet`); fast."""
    rec = recognise(text)
    if rec is None:
        return []
    return [unverified(c, lang) for c in _chains(rec, max(1, max_methods))]


_FILLER = set("的是什么多少哪些吗呢？?。.,，、把求出来一下请 ") | {"what", "is", "the", "of", "a", "an", "find", "to"}


def _tokens(text: str) -> set[str]:
    """Chinese characters and English words, without filler."""
    words = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]", text.lower())
    return {w for w in words if w not in _FILLER}


def _similarity(a: str, b: str) -> float:
    """How well a guiding question matches one of ours: token overlap (share of the asked question's
    tokens found in ours), or the character-sequence ratio, whichever is higher."""
    ta, tb = _tokens(a), _tokens(b)
    overlap = len(ta & tb) / len(ta) if ta else 0.0
    return max(overlap, difflib.SequenceMatcher(None, a, b).ratio())


def solve_step(text: str, question: str, context: str | list[str] | None = None, lang: str = "zh") -> Step | None:
    """Answer one guiding question symbolically: the checked step of our chains that asks the most
    similar question (or the step establishing the same claim), or None when nothing fits."""
    rec = recognise(text)
    if rec is None:
        return None
    candidates = [c for c in _chains(rec, 3)]
    best, best_score = None, 0.0
    for chain in candidates:
        for step in chain.steps:
            if not step.claim:
                continue  # an idea question or a step without a claim cannot come back checked
            for q in step.question:
                score = _similarity(question.strip(), q)
                if score > best_score:
                    best, best_score = (chain, step), score
    if best is None or best_score < 0.6:
        return None
    chain, step = best
    single = Chain(method=chain.method, knowledge_points=chain.knowledge_points, context=chain.context)
    single.steps.append(step)
    single.done(chain.final_answer, chain.reference)
    checked = verify(single, lang)["steps"][0]
    return checked if checked["verdict"]["status"] == "verified" else None
