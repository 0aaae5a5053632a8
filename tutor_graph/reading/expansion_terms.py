"""A second method for coefficients of expansions (一题多解, worker side): the general term, not multiplying out.

The first method (`expansions.expansion`) multiplies the whole product out and reads the coefficient. Here
only the terms that matter are found: in (u + v)^n the general term is T_{k+1} = C_n^k u^{n-k} v^k, so for
each term t of the factor in front, the one k whose term times t has the asked degree gives that term's
share, and the coefficient is the sum of the shares (通项公式法). A parameter fixed by a given coefficient
("(x+a)^{10} 的展开式中 x^7 的系数为 15") is solved from the same general-term equation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from tutor_graph.reading.expansions import MAX_POWER, name_of
from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("count.binomial_theorem", "count.binomial_coeff")


@dataclass
class Share:
    """One term t of the front factor and the k of (u+v)^n whose term, times t, has the asked degree."""

    front: sp.Expr  # the term t of the front factor (1 when there is none)
    k: int | None  # None: no term of (u+v)^n fits
    term: sp.Expr  # C_n^k u^{n-k} v^k, expanded (0 when none fits)
    coefficient: sp.Expr  # the share: t's coefficient times the term's coefficient


@dataclass
class Binomial:
    """A product front·(u+v)^n, read from a body such as (1+ax)(1+x)^5."""

    front: sp.Expr
    u: sp.Expr
    v: sp.Expr
    n: int
    variables: tuple[sp.Symbol, ...]


def read_binomial(body: sp.Expr) -> Binomial | None:
    """The one binomial power (u+v)^n of a product and the factor in front of it; None for other shapes."""
    powers = [f for f in sp.Mul.make_args(body) if f.is_Pow and f.exp.is_Integer and 2 <= int(f.exp) <= MAX_POWER
              and f.base.is_Add and len(f.base.args) == 2]
    if len(powers) != 1:
        return None
    power = powers[0]
    front = sp.Mul(*[f for f in sp.Mul.make_args(body) if f is not power])
    if len(sp.Add.make_args(sp.expand(front))) > 4:
        return None
    variables = tuple(sorted((s for s in body.free_symbols if s.name in ("x", "y")), key=str))
    if not variables:
        return None
    u, v = power.base.as_ordered_terms()
    return Binomial(front, u, v, int(power.exp), variables)


def _is_number_times(expr: sp.Expr, variables: tuple[sp.Symbol, ...]) -> bool:
    return not (expr.free_symbols & set(variables))


def shares(b: Binomial, mono: sp.Expr) -> list[Share]:
    """Each term of the front factor with the general term that completes it to `mono`."""
    out = []
    for t in sp.Add.make_args(sp.expand(b.front)):
        t_coeff, t_mono = t.as_independent(*b.variables, as_Add=False)
        fit = None
        for k in range(b.n + 1):
            term = sp.expand(sp.binomial(b.n, k) * b.u ** (b.n - k) * b.v ** k)
            ratio = sp.simplify(term * t_mono / mono)
            if _is_number_times(ratio, b.variables):
                fit = Share(t, k, term, sp.expand(t_coeff * ratio))
                break
        out.append(fit or Share(t, None, sp.Integer(0), sp.Integer(0)))
    return out


def _ask_shares(chain: Chain, b: Binomial, mono_text: str, found: list[Share]) -> None:
    base = f"\\left({value_text(b.u + b.v)}\\right)^{{{b.n}}}"
    want = ("常数项", "the constant term") if mono_text.strip() == "1" else (f"${mono_text}$",) * 2
    for s in found:
        lead = "" if s.front == 1 else f"与 ${value_text(s.front)}$ 相乘，"
        lead_en = "" if s.front == 1 else f"multiplied by ${value_text(s.front)}$, "
        if s.k is None:
            chain.ask((f"{lead}${base}$ 的哪一项能得到{want[0]}？", f"Which term of ${base}$, {lead_en}gives {want[1]}?"),
                      ("没有这样的项，这部分的系数是 0", "none: this part contributes 0"), "", kps=KPS,
                      hints=[("比较通项中 x 的指数与所求的次数。", "Compare the power of x in the general term with the asked one."),
                             ("k 只能取 0 到 n 的整数。", "k can only be a whole number from 0 to n.")])
            continue
        chain.ask((f"{lead}${base}$ 的哪一项能得到{want[0]}？这一项是什么？",
                   f"Which term of ${base}$, {lead_en}gives {want[1]}, and what is it?"),
                  (f"$k={s.k}$：$T_{{{s.k + 1}}}=C_{{{b.n}}}^{{{s.k}}}\\left({value_text(b.u)}\\right)^{{{b.n - s.k}}}"
                   f"\\left({value_text(b.v)}\\right)^{{{s.k}}}={value_text(s.term)}$",) * 2,
                  f"binomial({b.n},{s.k})*({as_latex(b.u)})^({b.n - s.k})*({as_latex(b.v)})^({s.k}) = {as_latex(s.term)}",
                  kps=KPS, hints=[("写出通项，令 x（和 y）的指数等于所需的次数。", "Write the general term and match the powers."),
                                  ("由指数的方程解出 k。", "Solve the equation of the powers for k.")])


def by_general_term(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """The asked coefficient (or a parameter fixed by a given coefficient) through the general term."""
    givens = [g for g in reading["givens"] if g["claim"] and g["kind"] in ("equation", "relation")]
    coefficient_givens = [(g, m) for g in givens if (m := re.fullmatch(r"\[(.+?)\]\((.+)\)=(.+)", g["claim"]))]
    asked = " @ " in expression
    if not asked and not coefficient_givens:
        return None
    equations: list[sp.Expr] = []
    plan: list[tuple[Binomial | None, str, list[Share], sp.Expr | None, str]] = []  # …, the given's words
    for g in givens:
        m = re.fullmatch(r"\[(.+?)\]\((.+)\)=(.+)", g["claim"])
        if m:
            mono, body, n = parse(m.group(1)), parse(name_of(m.group(2))), parse(m.group(3))
            b = read_binomial(body) if body is not None else None
            if mono is None or n is None or b is None:
                return None
            found = shares(b, mono)
            equations.append(sp.Add(*[s.coefficient for s in found]) - n)
            plan.append((b, m.group(1), found, n, g["text"]))
            continue
        rel = relation(g["claim"])
        if rel is None or any(v.name in ("x", "y") for v in rel.free_symbols):
            return None
        equations.append(rel)
        plan.append((None, g["claim"], [], None, g["text"]))
    unknowns = sorted(set().union(*(e.free_symbols for e in equations)) if equations else set(), key=str)
    if len(unknowns) > 1 or len(unknowns) > len(equations):
        return None
    point: dict = {}
    if unknowns:
        solutions = [s for s in sp.solve(equations, unknowns, dict=True) if all(v.is_real for v in s.values())]
        if len(solutions) != 1:
            return None
        point = solutions[0]
    target_shares: list[Share] = []
    if asked:
        body_text, _, mono_text = expression.partition(" @ ")
        body, mono = parse(name_of(body_text)), parse(mono_text)
        b = read_binomial(body.subs(point)) if body is not None else None
        if mono is None or b is None:
            return None
        target_shares = shares(b, mono)
        value = sp.simplify(sp.Add(*[s.coefficient for s in target_shares]))
    else:
        target = parse(expression)
        if target is None or not target.free_symbols or not target.free_symbols <= set(point):
            return None
        value = sp.simplify(target.subs(point))
    if value.free_symbols or not value.is_number:
        return None
    chain = Chain(method=("通项公式法", "The general term"), knowledge_points=KPS)
    chain.idea(("不把整个式子展开，怎样只找出需要的那一项？", "Without multiplying everything out, how do we find only the term we need?"),
               ("用二项式定理的通项 $T_{k+1}=C_n^k a^{n-k}b^k$：只找次数相符的项，再把它们的系数相加。",
                "With the general term $T_{k+1}=C_n^k a^{n-k}b^k$ of the binomial theorem: pick only the terms of the "
                "right degree and add their coefficients."), kps=KPS,
               hints=[("二项式定理的第 k+1 项怎么写？", "How is the (k+1)-th term of the binomial theorem written?"),
                      ("前面还有一个因式时，它的每一项要和哪一项相乘？", "With a factor in front, which term must each of its terms meet?")])
    reading_step(chain, reading)
    for b, mono_text, found, n, words in plan:
        if b is None or n is None:
            chain.ask((f"条件「{words}」给出关于参数的什么方程？", f"Which equation in the parameter does \"{words}\" give?"),
                      (f"${mono_text}$",) * 2,
                      "", kps=(), context=(), hints=[("各项系数之和是令变量为 1 时的值。", "The sum of coefficients is the value at 1."),
                                                   ("把它写成关于参数的方程。", "Write it as an equation in the parameter.")])
            continue
        _ask_shares(chain, b, mono_text, found)
        chain.ask((f"${mono_text}$ 的系数为 ${value_text(n)}$，得到什么方程？", f"The coefficient of ${mono_text}$ is "
                   f"${value_text(n)}$: which equation follows?"),
                  (f"${value_text(sp.Add(*[s.coefficient for s in found]))}={value_text(n)}$",) * 2, "", kps=KPS, context=(),
                  hints=[("把各部分的系数相加。", "Add up the coefficients of the parts."),
                         ("令它等于已知的数。", "Set it equal to the given number.")])
    if point:
        u = unknowns[0]
        system = ", ".join(f"{as_latex(e)} = 0" for e in equations)
        chain.ask((f"解这个方程，${u}$ 等于多少？", f"Solving it, what is ${u}$?"), (f"${u}={value_text(point[u])}$",) * 2,
                  f"{system} ⇒ {u} = {as_latex(point[u])}", kps=("function_equation",), context=(),
                  hints=[("这是关于参数的方程。", "This is an equation in the parameter."),
                         ("移项、化简后求解。", "Rearrange, simplify and solve.")])
    if asked:
        body_text, _, mono_text = expression.partition(" @ ")
        body = parse(name_of(body_text))
        b = read_binomial(body.subs(point)) if body is not None else None
        if b is None:
            return None
        _ask_shares(chain, b, mono_text, target_shares)
        what = ("常数项", "the constant term") if mono_text.strip() == "1" else (f"${mono_text}$ 的系数", f"the coefficient of ${mono_text}$")
        total = " + ".join(f"({as_latex(s.coefficient)})" for s in target_shares)
        chain.ask((f"所以{what[0]}是多少？", f"So what is {what[1]}?"), (f"${value_text(value)}$",) * 2,
                  f"{total} = {as_latex(value)}", kps=KPS, context=(),
                  hints=[("把各部分的系数相加。", "Add up the coefficients of the parts."),
                         ("没有对应项的部分贡献 0。", "A part with no fitting term adds 0.")])
    return chain, value_text(value)
