"""The checking node: verify each step with the step checker (the final answer's check is in `finishing`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tutor_graph import prompts
from tutor_graph.nodes import deps
from tutor_graph.nodes.running import NodeRun
from tutor_graph.nodes.steps import verdict_dict
from tutor_graph.result import Step, VerdictDict
from tutor_graph.state import SolveState

_PARTS = re.compile(r"\s*(?:或|且|\bor\b|\band\b|,|，|∪)\s*")
_VALUE = r"[-+*/^().\d\s√π]*(?:(?:sqrt|pi|oo|∞)[-+*/^().\d\s√π]*)*"
_ATOM = re.compile(
    rf"^(?:[a-z]\s*(?:=|<|>|≤|≥|<=|>=|≠)\s*{_VALUE}|{_VALUE}\s*(?:=|<|>|≤|≥|<=|>=)\s*[a-z]"
    rf"|{_VALUE}\s*(?:<|≤|<=)\s*[a-z]\s*(?:<|≤|<=)\s*{_VALUE})$"
)


def is_solution_statement(claim: str) -> bool:
    """A claim that states values or ranges of one unknown, e.g. `x=2 或 x=3`, `x<1 or x>2`, `1<x<2`.

    >>> [is_solution_statement(c) for c in ["x=2 或 x=3", "x<1 or x>2", "-1<x≤3", "x=1+sqrt(2)"]]
    [True, True, True, True]
    >>> [is_solution_statement(c) for c in ["x^2-5x+6=(x-2)*(x-3)", "x=y", "x=2 ⇒ y=3", "f(2)=3", "x=2, y=3"]]
    [False, False, False, False, False]
    """
    parts = [p for p in _PARTS.split(claim.strip().strip(".。")) if p]
    names = set(re.findall(r"[a-z]", re.sub(r"sqrt|pi|oo", "", " ".join(parts))))
    return bool(parts) and len(names) == 1 and all(_ATOM.match(p.strip()) for p in parts)


def _checked(claim: str, context: Sequence[str], run: NodeRun) -> VerdictDict:
    try:
        return verdict_dict(deps.check_step(claim, list(context)))
    except deps.Missing as gone:
        run.warn(prompts.NOTE_MISSING.format(part=gone.part, error=gone.error))
        return VerdictDict(status="unknown", reason=f"step checker not available: {gone.error}", counterexample=None)
    except Exception as err:  # a checker bug is an honest unknown, never a pass
        return VerdictDict(status="unknown", reason=f"checker error: {type(err).__name__}: {err}", counterexample=None)


def check(claim: str, context: Sequence[str], run: NodeRun, to_solve: Sequence[str] = ()) -> VerdictDict:
    """Check a claim with the math layer; `unknown` (with a warning) when the checker is missing or fails.

    The relation a problem asks to solve is not a given (else `x^2-5x+6 = 2(x-2)(x-3)` would hold
    "wherever x^2-5x+6=0"). A claim that only states values of the unknown (`x=2 或 x=3`) is a claim
    about that relation's solutions, so it is checked as `relation ⇔ claim`: a missing or an extra
    root refutes it.
    """
    if not claim.strip():
        return VerdictDict(status="unknown", reason="no checkable claim / 无可检验的结论", counterexample=None)
    if len(to_solve) == 1 and is_solution_statement(claim):
        verdict = _checked(f"{to_solve[0]} ⇔ {claim}", context, run)
        verdict["reason"] = f"作为 {to_solve[0]} 的解 / as the solution of {to_solve[0]}: {verdict['reason']}"
        return verdict
    return _checked(claim, context, run)


def _context(state: SolveState, upto: int) -> list[str]:
    """Givens of the problem plus the verified claims before step `upto`."""
    earlier = [s["claim"] for s in state.get("steps", [])[:upto] if s["claim"] and s["verdict"]["status"] == "verified"]
    return list(state.get("givens", [])) + earlier


def verify(state: SolveState, run: NodeRun) -> dict:
    """Check the step at the cursor; advance the cursor unless it was refuted (then repair or fallback)."""
    cursor = state.get("cursor", 0)
    steps = list(state.get("steps", []))
    step = Step(**steps[cursor])  # a copy: the state's step is not changed in place
    step["verdict"] = check(step["claim"], _context(state, cursor), run, state.get("to_solve", []))
    steps[cursor] = step
    refuted = step["verdict"]["status"] == "refuted"
    return {"steps": steps, "cursor": cursor if refuted else cursor + 1}
