"""Functions given in pieces or by their properties: values of a piecewise function (nested too) and
solving f(x) = c piece by piece; values of an odd / even function known on one side (the symmetry vs
the formula on the other side); values of a periodic odd / even function far away; f(−v) when f minus
a constant is odd (the odd part vs f(x) + f(−x))."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.logic import relations, solution_set
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, paren, plain, relation_math, roots_math, roots_text, tex

_REL = r"[^,;]*?[<>≤≥][^,;]*?"


def _piece(expr: str, cond: str):
    e, rels = try_expr(expr.strip()), relations(cond.strip())
    if e is None or rels is None or e.free_symbols - {X}:
        return None
    if any((a.free_symbols | b.free_symbols) - {X} for a, _, b in rels):
        return None
    return e, rels, solution_set(rels, X)


def pieces(text: str):
    """[(expression, relations, set)] of a piecewise definition of f, in order; None when not one."""
    out = []
    m = re.search(r"f\(x\)\s*=\s*cases;\s*(.*?)(?:;\s*)?(?:,\s*(?:求|若|则)|\.\s|$|求|若)", text)
    if m:
        for part in [p for p in m.group(1).split(";") if p.strip()]:
            bits = part.rsplit(",", 1)
            if len(bits) != 2:
                return None
            pc = _piece(*bits)
            if pc is None:
                return None
            out.append(pc)
    else:
        found = re.findall(rf"f\(x\)\s*=\s*([^,;]+?)\s*(?:for|when|if)\s+({_REL})(?=\s*(?:,|;|and\b|\.\s|\.$|$))", text)
        for expr, cond in found:
            pc = _piece(expr, cond)
            if pc is None:
                return None
            out.append(pc)
    if len(out) < 2:
        return None
    total = sp.S.EmptySet
    for _, _, s in out:
        if total.intersect(s) != sp.S.EmptySet:
            return None  # overlapping pieces: not a function
        total = total.union(s)
    return out


def _which(ps, v):
    for i, (_, _, s) in enumerate(ps):
        if s.contains(v) is sp.true:
            return i
    return None


def detect_piecewise(p: Problem) -> Match | None:
    if not p.has("cases", "for x", "when x", "if x", "分段"):
        return None
    ps = pieces(p.text)
    if ps is None:
        return None
    asked = re.split(r"求|[Ff]ind|[Cc]ompute|[Ee]valuate", p.text)[-1]
    m = re.search(r"f\(\s*f\(\s*([-\d./]+)\s*\)\s*\)", asked)
    if m or (m := re.search(r"f\(\s*([-\d./]+)\s*\)", asked)):
        v = try_expr(m.group(1))
        nested = "f(f(" in m.group(0).replace(" ", "")
        if v is None:
            return None
        chain_vals = [v]
        for _ in range(2 if nested else 1):
            i = _which(ps, chain_vals[-1])
            if i is None:
                return None
            chain_vals.append(sp.nsimplify(ps[i][0].subs(X, chain_vals[-1])))
        return Match([f"{len(ps)} pieces"], f"value {m.group(0)}", {"pieces": ps, "values": chain_vals, "goal": "value"}, 0.9)
    eq = re.search(r"f\(\s*([a-zA-Z])\s*\)\s*=\s*(-?\d+(?:\.\d+)?(?:/\d+)?)", p.text)
    if eq and re.search(rf"(?<![A-Za-z]){eq.group(1)}(?![A-Za-z])", asked):
        c = try_expr(eq.group(2))
        if c is None:
            return None
        return Match([f"{len(ps)} pieces"], f"solve f({eq.group(1)}) = {eq.group(2)}", {"pieces": ps, "c": c, "var": eq.group(1), "goal": "solve"}, 0.9)
    return None


def _pw(ps) -> sp.Piecewise:
    return sp.Piecewise(*[(e, sp.And(*[{"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge}[op](a, b) for a, op, b in rels]))
                          for e, rels, _ in ps])


def _rel_at(rels, v) -> str:
    return " 且 ".join(f"{plain(a.subs(X, paren(v)))} {op} {plain(b.subs(X, paren(v)))}" for a, op, b in rels)


def _piecewise(chain: Chain, d: dict) -> None:
    ps = d["pieces"]
    if d["goal"] == "value":
        vals = d["values"]
        for k in range(len(vals) - 1):
            v, i = vals[k], _which(ps, vals[k])
            e, rels, _ = ps[i]
            chain.ask((f"${tex(v)}$ 属于哪一段？$f({tex(v)})$ 是多少？", f"Which piece does ${tex(v)}$ fall in? What is $f({tex(v)})$?"),
                      (f"用 $f(x)={tex(e)}$：$f({tex(v)})={tex(vals[k + 1])}$", f"use $f(x)={tex(e)}$: $f({tex(v)})={tex(vals[k + 1])}$"),
                      f"{_rel_at(rels, v)} 且 {plain(e.subs(X, paren(v)))} = {plain(vals[k + 1])}", kps=["func.piecewise"],
                      hints=[("先看自变量满足哪一段的条件。", "First check which condition the input satisfies.")])
        f = _pw(ps)
        ref = vals[0]
        for _ in range(len(vals) - 1):
            ref = f.subs(X, ref)
        chain.done((dollar(vals[-1]),) * 2, (plain(sp.nsimplify(ref)),) * 2)
        return
    c, name = d["c"], d["var"]
    found = []
    for e, rels, s in ps:
        sols = sorted(v for v in sp.solveset(sp.Eq(e, c), X, sp.S.Reals) if s.contains(v) is sp.true) \
            if e.is_polynomial(X) and sp.degree(e, X) <= 2 else None
        if sols is None:
            raise ValueError("piece not solvable here")
        found += sols
        conds = " 且 ".join(f"{plain(a)} {op} {plain(b)}" for a, op, b in rels)
        chain.ask((f"在 {relation_math(s, 'x', 'zh')} 这一段，解 ${tex(e)}={tex(c)}$。", f"On the piece {relation_math(s, 'x', 'en')}, solve ${tex(e)}={tex(c)}$."),
                  ((roots_math('x', sols, 'zh') if sols else "这一段无解"), (roots_math('x', sols, 'en') if sols else "no solution here")),
                  f"{plain(e)} = {plain(c)} 且 {conds} \\Rightarrow " + (" 或 ".join(f"x = {plain(v)}" for v in sols) if sols else f"{plain(e)} = {plain(c)}"),
                  kps=["func.piecewise"], hints=[("解出后要检验是否在这一段内。", "Check that each solution lies in its piece.")])
    if not found:
        raise ValueError("no solution")
    ref = sorted(sp.solveset(sp.Eq(_pw(ps), c), X, sp.S.Reals), key=float)  # SymPy splits the Piecewise itself
    chain.done((roots_math(name, found, "zh"), roots_math(name, found, "en")), (roots_text(name, ref, "zh"), roots_text(name, ref, "en")))


register(Solver("function.piecewise", "functions", detect_piecewise, (
    Method(("分段代入", "Piece by piece"), _piecewise),
), ("func.piecewise",), priority=46, answers=frozenset({"fvalue", "unknown"})))


# -- odd / even functions known on one side ---------------------------------------------------------------------------
def _parity(p: Problem) -> str | None:
    odd, even = p.has("奇函数", "odd function", "is odd"), p.has("偶函数", "even function", "is even")
    return "odd" if odd and not even else "even" if even and not odd else None


def detect_extension(p: Problem) -> Match | None:
    kind = _parity(p)
    if kind is None or p.has("周期", "period", "f(x+"):
        return None
    m = re.search(r"(?:当|for|when)\s*x\s*(>|≥)\s*0\s*(?:时)?\s*,?\s*f\(x\)\s*=\s*([^,;]+?)\s*(?=[,;]|\.\s|\.$|$|求|find)", p.text)
    m = m or re.search(r"f\(x\)\s*=\s*([^,;]+?)\s*(?:for|when)\s*x\s*(>|≥)\s*0(?=\s*(?:[,;]|\.\s|\.$|$))", p.text)
    if not m:
        return None
    body = try_expr(m.group(2) if m.group(1) in (">", "≥") else m.group(1))
    if body is None or body.free_symbols - {X}:
        return None
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    v = re.search(r"f\(\s*(-[\d./]+)\s*\)", asked)
    if not v:
        return None
    at = try_expr(v.group(1))
    if at is None or not at < 0:
        return None
    return Match([f"{kind}", f"f(x) = {plain(body)} for x > 0"], f"f({plain(at)})", {"kind": kind, "body": body, "at": at}, 0.9)


def _ext_value(d: dict) -> sp.Expr:
    v = d["body"].subs(X, -d["at"])
    return -v if d["kind"] == "odd" else v


def _ext_reference(d: dict) -> tuple[str, str]:
    """Independent: the whole function as a Piecewise built from the symmetry, then evaluated."""
    other = -d["body"].subs(X, -X) if d["kind"] == "odd" else d["body"].subs(X, -X)
    f = sp.Piecewise((d["body"], X > 0), (other, X < 0), (0 if d["kind"] == "odd" else d["body"].subs(X, 0), True))
    return (plain(sp.nsimplify(f.subs(X, d["at"]))),) * 2


def _by_symmetry(chain: Chain, d: dict) -> None:
    at, body = d["at"], d["body"]
    pos = -at
    fv = body.subs(X, pos)
    chain.ask((f"${tex(pos)}>0$，先求 $f({tex(pos)})$。", f"${tex(pos)}>0$: first find $f({tex(pos)})$."), (f"$f({tex(pos)})={tex(fv)}$",) * 2,
              f"{plain(body.subs(X, paren(pos)))} = {plain(fv)}", kps=["func.parity"], hints=[("用 $x>0$ 时的解析式。", "Use the formula for x > 0.")])
    value = _ext_value(d)
    rel = "-f" if d["kind"] == "odd" else "f"
    chain.ask((f"由{'奇' if d['kind'] == 'odd' else '偶'}函数的性质，$f({tex(at)})$ 是多少？", f"By {'oddness' if d['kind'] == 'odd' else 'evenness'}, what is $f({tex(at)})$?"),
              (f"$f({tex(at)})={rel}({tex(pos)})={tex(value)}$",) * 2, f"{'-' if d['kind'] == 'odd' else ''}({plain(fv)}) = {plain(value)}",
              kps=["func.parity"], hints=[("奇函数 $f(-x)=-f(x)$，偶函数 $f(-x)=f(x)$。", "Odd: $f(-x)=-f(x)$; even: $f(-x)=f(x)$.")])
    chain.done((dollar(value),) * 2, _ext_reference(d))


def _by_formula(chain: Chain, d: dict) -> None:
    body, at = d["body"], d["at"]
    other = sp.expand(-body.subs(X, -X) if d["kind"] == "odd" else body.subs(X, -X))
    chain.ask(("设 $x<0$，则 $-x>0$。$x<0$ 时 $f(x)$ 的解析式是什么？", "Let x < 0, so −x > 0. What is f(x) for x < 0?"),
              (f"$f(x)={'-' if d['kind'] == 'odd' else ''}f(-x)={tex(other)}$",) * 2,
              f"{'-' if d['kind'] == 'odd' else ''}({plain(body.subs(X, -X))}) = {plain(other)}", kps=["func.parity", "func.expression"],
              hints=[("把 $-x$ 代入 $x>0$ 时的解析式。", "Put −x into the formula for x > 0.")])
    value = other.subs(X, at)
    chain.ask((f"代入 $x={tex(at)}$，$f({tex(at)})$ 是多少？", f"Substitute $x={tex(at)}$: what is $f({tex(at)})$?"), (f"${tex(value)}$",) * 2,
              f"{plain(other.subs(X, paren(at)))} = {plain(value)}", kps=["func.parity"], hints=[("注意负号。", "Mind the signs.")])
    chain.done((dollar(value),) * 2, _ext_reference(d))


register(Solver("function.parity_extension", "functions", detect_extension, (
    Method(("利用奇偶性", "Use the symmetry"), _by_symmetry),
    Method(("先求另一侧的解析式", "The formula on the other side first"), _by_formula),
), ("func.parity",), priority=47, answers=frozenset({"fvalue"})))
