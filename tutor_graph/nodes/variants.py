"""The variants node: questions that change a condition or generalise, each answered and checked.

Two sources: the model's variants (when the model runs), and a deterministic one that changes one
number of the problem; the specialist solves every variant it recognises, which is what makes an
answer verified. A model variant the specialist cannot solve keeps the model's answer, unverified.

>>> [c for c, _ in number_changes("解方程 x^2-5x+6=0")][:3]
['解方程 x^2-6x+6=0', '解方程 x^2-5x+7=0', '解方程 x^2-5x+6=1']
>>> [c for c, _ in number_changes("已知 $a_{10}=x^{2}+1$")][:2]
['已知 $a_{10}=x^{2}+2$', '已知 $a_{10}=x^{2}+3$']
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from tutor_graph import prompts
from tutor_graph.nodes import deps
from tutor_graph.nodes.running import ModelUnavailable, NodeRun
from tutor_graph.nodes.steps import coerce_solution
from tutor_graph.parsing_output import OutputError, parse_variants
from tutor_graph.result import Variant
from tutor_graph.state import SolveState

MAX_SOLVES = 6  # specialist calls spent on number changes (Settings.variants_budget_s bounds their time)
# Integers that are conditions: not exponents (x^2), subscripts (a_1), parts of names (x1) or decimals.
_NUMBER = re.compile(r"(?<![\^_\w.])(\d{1,4})(?![\d.]|\s*\^)")


def number_changes(text: str) -> Iterator[tuple[str, str]]:
    """Yield (changed text, what changed) for single-number changes, most promising first."""
    # Exponents and subscripts in braces (x^{2}, a_{10}) are not conditions either.
    matches = [m for m in _NUMBER.finditer(text) if not text[: m.start(1)].endswith(("^{", "_{"))]
    for delta in (1, -1, 2):
        for m in matches:
            old = int(m.group(1))
            new = old + delta
            if new < 0 or (old != 0 and new == 0):  # zero often makes a problem degenerate
                continue
            changed = text[: m.start(1)] + str(new) + text[m.end(1) :]
            yield changed, f"把 {old} 改为 {new} / changed {old} to {new}"


def _solve(text: str, run: NodeRun) -> tuple[str, bool] | None:
    """The specialist's (final answer, verified) for a variant text, or None when it does not solve it.

    Bounded like every specialist call, by at most max(variants_budget_s, QUICK_TIMEOUT_S): a variant is
    optional, so one that takes longer is skipped (with a warning) rather than waited for.
    """
    settings = run.settings
    timeout_s = min(settings.symbolic_timeout_s, max(settings.variants_budget_s, deps.QUICK_TIMEOUT_S))
    try:
        found = deps.solve_symbolically(text, 1, settings.lang, timeout_s=timeout_s)  # [] when not recognised
    except deps.TimedOut as gone:
        run.warn(gone.note)
        return None
    if not found:
        return None
    solution = coerce_solution(found[0])
    return solution["final_answer"], solution["verified"]


def _from_model(state: SolveState, run: NodeRun, want: int) -> list[Variant]:
    lang = run.settings.lang
    user = prompts.VARIANTS[lang].format(problem=state.get("text", ""), n=want, schema=prompts.VARIANTS_SCHEMA)
    try:
        completion = run.chat([{"role": "system", "content": prompts.SYSTEM[lang]}, {"role": "user", "content": user}])
        parsed = parse_variants(completion.text)
    except ModelUnavailable as err:
        run.warn(prompts.NOTE_MODEL_UNAVAILABLE.format(error=err))
        return []
    except OutputError:
        return []
    out: list[Variant] = []
    for written in parsed.variants[:want]:
        solved = _solve(written.question, run) if state.get("recognised") else None
        if solved is not None:
            out.append(Variant(question=written.question, answer=solved[0], verified=solved[1], change=written.change))
        elif written.answer:
            out.append(Variant(question=written.question, answer=written.answer, verified=False, change=written.change))
    return out


def variants(state: SolveState, run: NodeRun) -> dict:
    """Produce up to settings.variants variants, verified ones first."""
    want = run.settings.variants
    if want <= 0 or not state.get("solutions"):
        return {"variants": []}
    found: list[Variant] = []
    try:
        if state.get("use_model"):
            found += _from_model(state, run, want)
        if state.get("recognised") and sum(v["verified"] for v in found) < want:
            original = state.get("final_answer", "")
            solves, started = 0, time.perf_counter()
            # The teacher's own wording (punctuation, LaTeX) is kept: only the number changes.
            for text, change in number_changes(state.get("problem", "")):
                if solves >= MAX_SOLVES or sum(v["verified"] for v in found) >= want:
                    break
                if solves and time.perf_counter() - started > run.settings.variants_budget_s:
                    break
                solves += 1
                solved = _solve(text, run)
                # Keep only real changes with a verified answer different from the original's.
                if solved and solved[1] and solved[0] != original and all(v["question"] != text for v in found):
                    found.append(Variant(question=text, answer=solved[0], verified=True, change=change))
    except deps.Missing as gone:
        run.warn(gone.note)
    except Exception as err:  # the specialist's bug must not end the solve
        run.warn(prompts.NOTE_MISSING.format(part="变式 / variants", error=f"{type(err).__name__}: {err}"))
    found.sort(key=lambda v: not v["verified"])  # stable: verified first, in the order found
    return {"variants": found[:want]}
