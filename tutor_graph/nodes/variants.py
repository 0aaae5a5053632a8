"""The variants node: questions that change a condition or generalise, each answered and checked.

Two sources: the model's variants (when the model runs), and a deterministic one that changes one
number of the problem; the specialist solves every variant it recognises, which is what makes an
answer verified. A model variant the specialist cannot solve keeps the model's answer, unverified.

Number changes come in two levels, easier (smaller numbers) and harder (larger ones), and are kept only
when the answer stays as nice as the original's (niceness.nice_enough: integers stay integers, simple
surds stay simple), so a teacher can hand them out.

>>> [(c, level) for c, _, level in number_changes("解方程 x^2-5x+6=0")][:3]
[('解方程 x^2-4x+6=0', 'easier'), ('解方程 x^2-5x+5=0', 'easier'), ('解方程 x^2-6x+6=0', 'harder')]
>>> [c for c, _, _ in number_changes("已知 $a_{10}=x^{2}+1$")][:2]
['已知 $a_{10}=x^{2}+2$', '已知 $a_{10}=x^{2}+3$']
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

from tutor_graph import prompts
from tutor_graph.checks.pool import bound_s
from tutor_graph.nodes import deps
from tutor_graph.nodes.niceness import nice_enough
from tutor_graph.nodes.running import ModelUnavailable, NodeRun
from tutor_graph.nodes.steps import coerce_solution
from tutor_graph.parsing_output import OutputError, parse_variants
from tutor_graph.result import Variant
from tutor_graph.state import SolveState

MAX_SOLVES = 12  # specialist calls spent on number changes (Settings.variants_budget_s bounds their time)
# Integers that are conditions: not exponents (x^2), subscripts (a_1), parts of names (x1) or decimals.
_NUMBER = re.compile(r"(?<![\^_\w.])(\d{1,4})(?![\d.]|\s*\^)")


# Rounds of changes, each applied to every number in turn: (level, new value from old). The two "all"
# rounds scale every number at once, which keeps ratios (a_2=6, a_5=48 → 3, 24 or 12, 96: q stays 2).
_ALL = "all"
_ROUNDS: tuple[tuple[str, Callable[[int], int]], ...] = (
    ("easier" + _ALL, lambda n: n // 2),
    ("harder" + _ALL, lambda n: 2 * n),
    ("easier", lambda n: n - 1),
    ("harder", lambda n: n + 1),
    ("easier", lambda n: n - 2),
    ("harder", lambda n: n + 2),
    ("easier", lambda n: n // 2),
    ("harder", lambda n: 2 * n),
    ("harder", lambda n: n + 3),
)


def number_changes(text: str) -> Iterator[tuple[str, str, str]]:
    """Yield (changed text, what changed, "easier" | "harder") for single-number changes, most promising first."""
    # Exponents and subscripts in braces (x^{2}, a_{10}) are not conditions either.
    matches = [m for m in _NUMBER.finditer(text) if not text[: m.start(1)].endswith(("^{", "_{"))]
    seen: set[str] = set()
    for level, change in _ROUNDS:
        if level.endswith(_ALL):
            olds = [int(m.group(1)) for m in matches]
            if len(olds) < 2 or (level.startswith("easier") and any(n % 2 for n in olds)) or 0 in olds:
                continue
            pieces: list[str] = []
            pos = 0
            for m, old in zip(matches, olds, strict=True):
                pieces += [text[pos : m.start(1)], str(change(old))]
                pos = m.end(1)
            news = [change(n) for n in olds]
            text_all = "".join(pieces) + text[pos:]
            if text_all not in seen:
                seen.add(text_all)
                yield (text_all, f"把 {', '.join(map(str, olds))} 改为 {', '.join(map(str, news))} / changed "
                       f"{', '.join(map(str, olds))} to {', '.join(map(str, news))}", level.removesuffix(_ALL))
            continue
        for m in matches:
            old = int(m.group(1))
            new = change(old)
            if new == old or new < 0 or (old != 0 and new == 0):  # zero often makes a problem degenerate
                continue
            changed = text[: m.start(1)] + str(new) + text[m.end(1) :]
            if changed in seen:
                continue
            seen.add(changed)
            yield changed, f"把 {old} 改为 {new} / changed {old} to {new}", level


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


def _number_variants(state: SolveState, run: NodeRun, want: int, found: list[Variant]) -> list[Variant]:
    """Up to `want` verified number changes, easier and harder in turn, each as nice as the original."""
    original = state.get("final_answer", "")
    quota = {"easier": (want + 1) // 2, "harder": want // 2}
    out: list[Variant] = []
    spare: list[Variant] = []  # nice variants of a level already full, used when the other level finds none
    solves, started = 0, time.perf_counter()
    # The teacher's own wording (punctuation, LaTeX) is kept: only the number changes.
    for text, change, level in number_changes(state.get("problem", "")):
        if solves >= MAX_SOLVES or len(out) >= want:
            break
        # Scaled like every bound of the pool (TUTOR_TIME_SCALE), so a busy machine gets the same tries.
        if solves and time.perf_counter() - started > bound_s(run.settings.variants_budget_s):
            break
        if quota[level] <= 0 and spare:
            continue
        solves += 1
        solved = _solve(text, run)
        # Keep only real changes with a verified answer, different from the original's and as nice.
        if not (solved and solved[1] and solved[0] != original and nice_enough(solved[0], original)):
            continue
        if any(v["question"] == text for v in found + out):
            continue
        variant = Variant(question=text, answer=solved[0], verified=True, change=change,
                          level="easier" if level == "easier" else "harder")
        if quota[level] > 0:
            quota[level] -= 1
            out.append(variant)
        else:
            spare.append(variant)
    return out + spare[: max(0, want - len(out))]


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
            found += _number_variants(state, run, want - sum(v["verified"] for v in found), found)
    except deps.Missing as gone:
        run.warn(gone.note)
    except Exception as err:  # the specialist's bug must not end the solve
        run.warn(prompts.NOTE_MISSING.format(part="变式 / variants", error=f"{type(err).__name__}: {err}"))
    found.sort(key=lambda v: not v["verified"])  # stable: verified first, in the order found
    return {"variants": found[:want]}
