"""用诱导公式化简 / Simplifying a product or quotient of sin, cos, tan of kπ/2 ± α."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import trig_tex

_CALL = re.compile(r"\b(sin|cos|tan)\s*\(([^()]*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)[^()]*)*)\)")
_FUNCS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}
_LETTERS = "pqrsuvwkmn"
MAX_FACTORS = 6  # the template has a step for each of at most this many factors


@dataclass(frozen=True)
class Reduction:
    """The fragment to simplify, its calls (text, function, argument), each argument as (kπ/2, ±1), the angle."""

    frag: str
    calls: tuple[tuple[str, str, sp.Expr], ...]
    split: tuple[tuple[sp.Expr, int], ...]
    a: sp.Symbol
    expr: sp.Expr


def _split_arg(arg: sp.Expr, a: sp.Symbol) -> tuple[sp.Expr, int] | None:
    """`kπ/2 + s·α` -> (kπ/2, s), else None."""
    s = sp.expand(arg).coeff(a)
    c = sp.expand(arg - s * a)
    if s not in (1, -1) or c.free_symbols or not (c / (sp.pi / 2)).is_integer:
        return None
    return c, int(s)


def detect(p: Problem) -> Reduction | None:
    """`化简 sin(π−α)cos(2π−α)/(cos(−α)tan(π+α))`: only products, quotients and powers of such calls."""
    if not p.has("化简", "simplify") or p.has("已知", "given", "若", "if ", "=", "∈"):
        return None
    frags = [f for f in p.fragments if _CALL.search(f)]
    if len(frags) != 1:
        return None
    frag = frags[0]
    calls = []
    for m in _CALL.finditer(frag):
        arg = try_expr(m.group(2))
        if arg is None or len(arg.free_symbols) != 1:
            return None
        calls.append((m.group(0), m.group(1), arg))
    a = next(iter(calls[0][2].free_symbols))
    split = [_split_arg(arg, a) for _, _, arg in calls]
    if any(s is None for s in split) or all(s is not None and s[0] == 0 and s[1] == 1 for s in split):
        return None  # no reduction formula to use
    if re.sub(r"[()\s*/^0-9]", "", _CALL.sub("", frag)) or len(calls) > MAX_FACTORS:
        return None  # something besides products, quotients and powers of the calls
    e = try_expr(frag)
    if e is None or e.free_symbols != {a}:
        return None
    found = Reduction(frag, tuple(calls), tuple(s for s in split if s is not None), a, e)
    try:
        _result(found)
    except ValueError:  # the fragment does not rebuild around its factors: nothing honest to show
        return None
    return found


def _reduced(func: str, c: sp.Expr, s: int, a: sp.Symbol) -> sp.Expr:
    """奇变偶不变，符号看象限: the reduction formula, with the sign read off an acute α."""
    k = int(c / (sp.pi / 2))
    other = {"sin": sp.cos, "cos": sp.sin, "tan": lambda t: 1 / sp.tan(t)}[func] if k % 2 else _FUNCS[func]
    sign = sp.sign(_FUNCS[func](c + s * sp.pi / 6))  # α acute: which quadrant is kπ/2 ± α in?
    return sign * other(a)


def _expanded(func: str, c: sp.Expr, sa: sp.Expr) -> tuple[sp.Expr, str]:
    """The angle-sum expansion of func(c + sa), as a value and as the plain text a claim shows."""
    sin_sum = f"sin({plain(c)})cos({plain(sa)}) + cos({plain(c)})sin({plain(sa)})"
    cos_sum = f"cos({plain(c)})cos({plain(sa)}) - sin({plain(c)})sin({plain(sa)})"
    s_val = sp.sin(c) * sp.cos(sa) + sp.cos(c) * sp.sin(sa)
    c_val = sp.cos(c) * sp.cos(sa) - sp.sin(c) * sp.sin(sa)
    if func == "sin":
        return sp.simplify(s_val), sin_sum
    if func == "cos":
        return sp.simplify(c_val), cos_sum
    return sp.simplify(s_val / c_val), f"({sin_sum})/({cos_sum})"


def tex_call(call: str) -> str:
    """`sin(π- α )` as LaTeX, as the text wrote it (SymPy would already have reduced it)."""
    f, arg = call.split("(", 1)
    e = try_expr(arg[:-1])
    if e is None:
        return call
    a = next(iter(e.free_symbols))
    split = _split_arg(e, a)
    if split is None:
        return call
    c, s = split
    angle = ("-" if s < 0 else "") + tex(a) if c == 0 else f"{tex(c)}{'+' if s > 0 else '-'}{tex(a)}"
    return f"\\{f.strip()}({angle})"


def _result(d: Reduction) -> sp.Expr:
    """Put the reduced factors back into the fragment's shape and cancel."""
    text = d.frag
    for (call, _, _), letter in zip(d.calls, _LETTERS, strict=False):
        text = text.replace(call, f"({letter})", 1)
    skeleton = try_expr(text)
    if skeleton is None:
        raise ValueError("cannot rebuild the expression")
    reduced = [_reduced(f, c, s, d.a) for (_, f, _), (c, s) in zip(d.calls, d.split, strict=True)]
    rebuilt = skeleton.subs({sp.Symbol(letter, real=True): v for letter, v in zip(_LETTERS, reduced, strict=False)},
                            simultaneous=True)
    return sp.trigsimp(sp.simplify(rebuilt))


def values(d: Reduction) -> Values:
    """Each factor reduced and expanded (one template step per factor), and the simplified whole."""
    result = _result(d)
    out: Values = {"a": tex(d.a), "frag": d.frag, "result": trig_tex(result), "result_plain": plain(result)}
    for i in range(1, MAX_FACTORS + 1):
        out[f"f{i}"] = i <= len(d.calls)
        if i > len(d.calls):
            continue
        (call, f, _), (c, s) = d.calls[i - 1], d.split[i - 1]
        reduced, (expanded, text) = _reduced(f, c, s, d.a), _expanded(f, c, s * d.a)
        out[f"call{i}"], out[f"tan{i}"] = tex_call(call), f == "tan"
        out[f"red{i}"], out[f"red{i}_claim"] = trig_tex(reduced), f"{call} = {plain(reduced)}"
        out[f"exp{i}"], out[f"exp{i}_claim"] = trig_tex(expanded), f"{call} = {text} = {plain(expanded)}"
    return out


def reference(d: Reduction) -> str:
    """Independent: SymPy's own evaluation and simplification of the whole expression."""
    return plain(sp.trigsimp(sp.simplify(d.expr)))


TYPE: ProblemType[Reduction] = ProblemType(
    type_id="trig.reduction_simplify", module="trigonometry", name="reduction", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.frag], goal=lambda d: "simplify", answers=frozenset({"trig", "expr"}),
)
