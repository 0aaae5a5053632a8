"""Simplifying with reduction formulas (诱导公式): each factor sin/cos/tan(kπ/2 ± α) reduced, then cancelled;
or each factor expanded with the angle-sum formulas."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, tex

_CALL = re.compile(r"\b(sin|cos|tan)\s*\(([^()]*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)[^()]*)*)\)")
_FUNCS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}


# -- simplifying with reduction formulas -------------------------------------------------------------------
def _split_arg(arg: sp.Expr, a: sp.Symbol) -> tuple[sp.Expr, int] | None:
    """`kπ/2 + s·α` -> (kπ/2, s), else None."""
    s = sp.expand(arg).coeff(a)
    c = sp.expand(arg - s * a)
    if s not in (1, -1) or c.free_symbols or not (c / (sp.pi / 2)).is_integer:
        return None
    return c, int(s)


def detect_reduction(p: Problem) -> Match | None:
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
    if any(s is None for s in split) or all(c == 0 and s == 1 for c, s in split):
        return None  # no reduction formula to use
    # only products, quotients and powers of the calls: nothing else left once they are cut out
    if re.sub(r"[()\s*/^0-9]", "", _CALL.sub("", frag)):
        return None
    e = try_expr(frag)
    if e is None or e.free_symbols != {a}:
        return None
    return Match([frag], "simplify", {"frag": frag, "calls": calls, "split": split, "a": a, "expr": e}, 0.9)


def _reduced(func: str, c: sp.Expr, s: int, a: sp.Symbol) -> sp.Expr:
    """奇变偶不变，符号看象限: the reduction formula, with the sign read off an acute α."""
    k = int(c / (sp.pi / 2))
    other = {"sin": sp.cos, "cos": sp.sin, "tan": lambda t: 1 / sp.tan(t)}[func] if k % 2 else _FUNCS[func]
    probe = c + s * sp.pi / 6  # α acute: which quadrant is kπ/2 ± α in?
    sign = sp.sign(_FUNCS[func](probe))
    return sign * other(a)


def _reduction_ref(d: dict) -> tuple[str, str]:
    """Independent: SymPy's own evaluation and simplification of the whole expression."""
    return (plain(sp.trigsimp(sp.simplify(d["expr"]))),) * 2


def _final(chain: Chain, d: dict, values: list) -> None:
    """Put the reduced factors back (the parsed expression already has SymPy's reductions in it) and cancel."""
    text, letters = d["frag"], "pqrsuvwkmn"
    if len(values) > len(letters):
        raise ValueError("too many factors")
    for (call, _, _), letter in zip(d["calls"], letters, strict=False):
        text = text.replace(call, f"({letter})", 1)
    skeleton = try_expr(text)
    if skeleton is None:
        raise ValueError("cannot rebuild the expression")
    rebuilt = skeleton.subs({sp.Symbol(letter, real=True): v for letter, v in zip(letters, values, strict=False)}, simultaneous=True)
    result = sp.trigsimp(sp.simplify(rebuilt))
    chain.ask(("代入化简后的各项，约分，结果是什么？", "Substitute the reduced factors and cancel. What is left?"),
              (f"原式 $={trig_tex(result)}$", f"The expression $={trig_tex(result)}$"),
              f"{d['frag']} = {plain(result)}", kps=["trig.pythagorean"],
              hints=[("$\\frac{\\sin\\alpha}{\\cos\\alpha}=\\tan\\alpha$。", "$\\frac{\\sin\\alpha}{\\cos\\alpha}=\\tan\\alpha$.")])
    chain.done((f"${trig_tex(result)}$",) * 2, _reduction_ref(d))


def _by_reduction(chain: Chain, d: dict) -> None:
    a, values = d["a"], []
    for (call, f, _), (c, s) in zip(d["calls"], d["split"], strict=True):
        v = _reduced(f, c, s, a)
        values.append(v)
        chain.ask((f"${_tex_call(call)}$ 用诱导公式化成什么？", f"What does ${_tex_call(call)}$ become by a reduction formula?"),
                  (f"${_tex_call(call)}={trig_tex(v)}$",) * 2, f"{call} = {plain(v)}", kps=["trig.induction_formulas"],
                  hints=[("奇变偶不变，符号看象限：把 $\\alpha$ 看成锐角。", "Odd multiples of π/2 swap sin and cos; the sign is the original function's sign with α taken acute.")])
    _final(chain, d, values)


def _tex_call(call: str) -> str:
    """`sin(π- α )` as LaTeX, as the text wrote it (SymPy would already have reduced it)."""
    f, arg = call.split("(", 1)
    e = try_expr(arg[:-1])
    a = next(iter(e.free_symbols))
    c, s = _split_arg(e, a)
    angle = ("-" if s < 0 else "") + tex(a) if c == 0 else f"{tex(c)}{'+' if s > 0 else '-'}{tex(a)}"
    return f"\\{f.strip()}({angle})"


def trig_tex(v: sp.Expr) -> str:
    """`\\cos\\alpha` rather than `\\cos{\\left(\\alpha \\right)}`."""
    return re.sub(r"\\(sin|cos|tan)\^?(\{\d\})?\{(\\[a-z]+)\}", lambda m: f"\\{m.group(1)}{'^' + m.group(2) if m.group(2) else ''} {m.group(3)}",
                  sp.latex(v, fold_func_brackets=True))


def _by_expansion(chain: Chain, d: dict) -> None:
    a, values = d["a"], []
    for (call, f, _), (c, s) in zip(d["calls"], d["split"], strict=True):
        sa = s * a
        if f == "sin":
            expanded = sp.sin(c) * sp.cos(sa) + sp.cos(c) * sp.sin(sa)
            shown = f"sin({plain(c)})cos({plain(sa)}) + cos({plain(c)})sin({plain(sa)})"
        elif f == "cos":
            expanded = sp.cos(c) * sp.cos(sa) - sp.sin(c) * sp.sin(sa)
            shown = f"cos({plain(c)})cos({plain(sa)}) - sin({plain(c)})sin({plain(sa)})"
        else:
            expanded = (sp.sin(c) * sp.cos(sa) + sp.cos(c) * sp.sin(sa)) / (sp.cos(c) * sp.cos(sa) - sp.sin(c) * sp.sin(sa))
            shown = (f"(sin({plain(c)})cos({plain(sa)}) + cos({plain(c)})sin({plain(sa)}))"
                     f"/(cos({plain(c)})cos({plain(sa)}) - sin({plain(c)})sin({plain(sa)}))")
        v = sp.simplify(expanded)
        values.append(v)
        chain.ask((f"用两角和（差）公式展开 ${_tex_call(call)}$（{'先化成正弦比余弦，' if f == 'tan' else ''}代入特殊角的值），得到什么？",
                   f"Expand ${_tex_call(call)}$ with the angle-sum formula{' (as sine over cosine)' if f == 'tan' else ''} and the special values."),
                  (f"${_tex_call(call)}={trig_tex(v)}$",) * 2, f"{call} = {shown} = {plain(v)}", kps=["trig.sum_difference"],
                  hints=[("$\\sin(A+B)=\\sin A\\cos B+\\cos A\\sin B$，$\\cos(A+B)=\\cos A\\cos B-\\sin A\\sin B$。",
                          "$\\sin(A+B)=\\sin A\\cos B+\\cos A\\sin B$, $\\cos(A+B)=\\cos A\\cos B-\\sin A\\sin B$.")])
    _final(chain, d, values)


register(Solver("trig.reduction_simplify", "trigonometry", detect_reduction, (
    Method(("诱导公式逐项化简", "Reduction formulas term by term"), _by_reduction),
    Method(("两角和差公式展开", "Expand with the angle-sum formulas"), _by_expansion),
), ("trig.induction_formulas",), priority=56, answers=frozenset({"trig", "expr"})))
