"""Quadratics with a twist (the parameter range from the kind of roots and the inequality that holds for every x
are now `types/algebra/root_condition` and `types/algebra/always`): symmetric expressions of the roots
(Vieta / the formula), and the quadratic through three points (general form / intercept form)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, interval_math, plain, tex


def _answer_set(s: sp.Set) -> tuple[str, str]:
    if isinstance(s, sp.FiniteSet):
        text = " 或 ".join(dollar(v) for v in sorted(s, key=float))
        return text, text.replace(" 或 ", " or ")
    text = interval_math(s)
    return text, text


# -- symmetric expressions of the roots ------------------------------------------------------------------------
X1, X2 = sp.Symbol("x_1", real=True), sp.Symbol("x_2", real=True)


def detect_vieta(p: Problem) -> Match | None:
    if not re.search(r"x_\{?1\}?", p.text) or not re.search(r"x_\{?2\}?", p.text):
        return None
    eqs = [(lhs, rhs) for lhs, op, rhs in p.relations if op == "=" and (lhs - rhs).free_symbols == {X}]
    if len(eqs) != 1:
        return None
    e = sp.expand(eqs[0][0] - eqs[0][1])
    if not e.is_polynomial(X) or sp.degree(e, X) != 2:
        return None
    tail = re.split(r"求|find|compute|evaluate", p.text, flags=re.I)
    if len(tail) < 2:
        return None
    target = None
    for frag in re.findall(r"[0-9x_{}()+\-*/^|\s.sqrt]+", tail[-1]):
        t = try_expr(frag.strip(" ."))
        if t is not None and t.free_symbols and t.free_symbols <= {X1, X2}:
            target = t
            break
    if target is None or sp.expand(target - target.subs({X1: X2, X2: X1}, simultaneous=True)) != 0:
        return None
    return Match([f"{plain(e)} = 0"], plain(target), {"e": e, "target": target}, 0.9)


def _vieta_ref(d: dict) -> tuple[str, str]:
    roots = list(sp.roots(sp.Poly(d["e"], X)).keys())
    r1, r2 = (roots * 2)[:2] if len(roots) == 1 else roots[:2]
    return (plain(sp.nsimplify(sp.simplify(d["target"].subs({X1: r1, X2: r2})))),) * 2


def _vieta(chain: Chain, d: dict) -> None:
    e, target = d["e"], d["target"]
    a, b, c = sp.Poly(e, X).all_coeffs()
    s, p_ = sp.nsimplify(-b / a), sp.nsimplify(c / a)
    chain.ask(("由韦达定理，两根之和、两根之积各是多少？", "By Vieta's formulas, what are the sum and the product of the roots?"),
              (f"$x_1+x_2={tex(s)}$，$x_1x_2={tex(p_)}$", f"$x_1+x_2={tex(s)}$, $x_1x_2={tex(p_)}$"),
              f"-({plain(b)})/({plain(a)}) = {plain(s)} 且 ({plain(c)})/({plain(a)}) = {plain(p_)}", kps=["quad.vieta"],
              hints=[("$x_1+x_2=-\\frac ba$，$x_1x_2=\\frac ca$。", "$x_1+x_2=-\\frac ba$, $x_1x_2=\\frac ca$.")])
    S, P = sp.symbols("S P")
    in_sp = sp.simplify(_symmetric(target, S, P))
    chain.ask(("把所求式子用 $x_1+x_2$ 与 $x_1x_2$ 表示。", "Express the target with $x_1+x_2$ and $x_1x_2$."),
              (f"${tex(target)}={tex(in_sp).replace('S', '(x_1+x_2)').replace('P', 'x_1x_2')}$",) * 2,
              f"{plain(target)} = {plain(in_sp.subs({S: X1 + X2, P: X1 * X2}))}", kps=["quad.vieta"],
              hints=[("$x_1^2+x_2^2=(x_1+x_2)^2-2x_1x_2$。", "$x_1^2+x_2^2=(x_1+x_2)^2-2x_1x_2$.")])
    value = sp.nsimplify(sp.simplify(in_sp.subs({S: s, P: p_})))
    chain.ask(("代入求值。", "Substitute the values."), (f"${tex(value)}$",) * 2,
              f"{plain(in_sp.subs({S: sp.Symbol(f'({plain(s)})'), P: sp.Symbol(f'({plain(p_)})')}))} = {plain(value)}",
              kps=["quad.vieta"], hints=[("整体代入，不必求出两根。", "Substitute the sum and product; no need for the roots.")])
    chain.done((dollar(value),) * 2, _vieta_ref(d))


def _symmetric(target: sp.Expr, S: sp.Symbol, P: sp.Symbol) -> sp.Expr:
    """Rewrite a symmetric rational expression in x1, x2 through S = x1 + x2 and P = x1 x2."""
    num, den = sp.fraction(sp.together(target))

    def poly_sp(e):
        from sympy.polys.polyfuncs import symmetrize

        sym, rest, mapping = symmetrize(sp.expand(e), X1, X2, formal=True)
        if rest != 0:
            raise ValueError("not symmetric")
        subs = {s_: (S if v == X1 + X2 else P) for s_, v in mapping}
        return sym.subs(subs)

    return poly_sp(num) / poly_sp(den)


def _by_formula(chain: Chain, d: dict) -> None:
    e, target = d["e"], d["target"]
    roots = sorted(sp.roots(sp.Poly(e, X)), key=lambda r: float(sp.re(r)))
    if len(roots) != 2 or not all(r.is_real for r in roots):
        raise ValueError("two real roots needed")
    chain.ask(("用求根公式解出两根。", "Find both roots with the quadratic formula."),
              (f"$x_1={tex(roots[0])}$，$x_2={tex(roots[1])}$", f"$x_1={tex(roots[0])}$, $x_2={tex(roots[1])}$"),
              f"{plain(e)} = 0 \\Rightarrow x = {plain(roots[0])} 或 x = {plain(roots[1])}", kps=["quad.equation"],
              hints=[("$x=\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a}$。", "$x=\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a}$.")])
    value = sp.nsimplify(sp.radsimp(sp.simplify(target.subs({X1: roots[0], X2: roots[1]}))))
    chain.ask(("代入所求式子计算（注意根式运算）。", "Substitute into the target and simplify the radicals."), (f"${tex(value)}$",) * 2,
              f"{plain(target.subs({X1: sp.Symbol('(' + plain(roots[0]) + ')'), X2: sp.Symbol('(' + plain(roots[1]) + ')')}))} = {plain(value)}",
              kps=["quad.equation"], hints=[("可以先展开再合并。", "Expand, then collect.")])
    chain.done((dollar(value),) * 2, _vieta_ref(d))


register(Solver("quadratic.vieta", "quadratics", detect_vieta, (
    Method(("韦达定理", "Vieta's formulas"), _vieta),
    Method(("求根公式直接计算", "Compute the roots first"), _by_formula),
), ("quad.vieta",), priority=34, answers=frozenset({"expr"})))


# -- the quadratic through three points ---------------------------------------------------------------------------
def detect_through(p: Problem) -> Match | None:
    if not p.has("二次函数", "抛物线", "quadratic", "parabola") or not p.has("经过", "过点", "passes through", "through the points"):
        return None
    if not p.has("解析式", "表达式", "函数式", "equation", "expression", "formula", "find it", "find the function", "find the quadratic"):
        return None
    pts = []
    for m in re.finditer(r"\(\s*(-?[\d./]+)\s*,\s*(-?[\d./]+)\s*\)", p.text):
        a, b = try_expr(m.group(1)), try_expr(m.group(2))
        if a is not None and b is not None:
            pts.append((a, b))
    if len(pts) != 3 or len({x for x, _ in pts}) != 3:
        return None
    sol = _fit(pts)
    if sol is None or sp.Poly(sol, X).degree() != 2:
        return None
    return Match([f"({plain(a)}, {plain(b)})" for a, b in pts], "y = ax^2 + bx + c", {"pts": pts}, 0.9)


def _fit(pts) -> sp.Expr | None:
    """Reference: SymPy's interpolating polynomial through the three points."""
    return sp.expand(sp.interpolate(list(pts), X))


def _through_answer(e) -> tuple[str, str]:
    return (f"$y={tex(sp.expand(e))}$",) * 2


def _general_form(chain: Chain, d: dict) -> None:
    pts = d["pts"]
    a, b, c = sp.symbols("a b c", real=True)
    eqs = [sp.Eq(a * x0**2 + b * x0 + c, y0) for x0, y0 in pts]
    chain.ask(("设 $y=ax^2+bx+c$，把三个点代入，得到什么方程组？", "Let $y=ax^2+bx+c$ and substitute the three points. What system do you get?"),
              ("，".join(f"${tex(q.lhs)}={tex(q.rhs)}$" for q in eqs),) * 2, "", kps=["undetermined_coefficients", "quad.function"],
              hints=[("先用横坐标为 0 的点求 $c$。", "Use a point with x = 0 first to get c.")])
    sol = sp.solve(eqs, [a, b, c], dict=True)[0]
    chain.ask(("解方程组求 $a$、$b$、$c$。", "Solve the system for a, b, c."), (f"$a={tex(sol[a])}, b={tex(sol[b])}, c={tex(sol[c])}$",) * 2,
              " 且 ".join(f"({plain(sol[a])})*({plain(x0)})^2 + ({plain(sol[b])})*({plain(x0)}) + ({plain(sol[c])}) = {plain(y0)}" for x0, y0 in pts),
              kps=["quad.function"], hints=[("两式相减消去 $c$。", "Subtract pairs to eliminate c.")])
    chain.done(_through_answer(sol[a] * X**2 + sol[b] * X + sol[c]), _through_answer(_fit(pts)))


def _intercept_form(chain: Chain, d: dict) -> None:
    pts = d["pts"]
    zeros = [x0 for x0, y0 in pts if y0 == 0]
    other = next((x0, y0) for x0, y0 in pts if y0 != 0)
    a = sp.Symbol("a", real=True)
    chain.ask(("图象与 $x$ 轴的两个交点已知，可以设成什么形式？", "The two x-intercepts are known. Which form can you assume?"),
              (f"$y=a(x-({tex(zeros[0])}))(x-({tex(zeros[1])}))$",) * 2, "", kps=["quad.function", "undetermined_coefficients"],
              hints=[("交点式 $y=a(x-x_1)(x-x_2)$。", "Intercept form $y=a(x-x_1)(x-x_2)$.")])
    val = sp.solve(sp.Eq(a * (other[0] - zeros[0]) * (other[0] - zeros[1]), other[1]), a)[0]
    chain.ask((f"代入点 $({tex(other[0])}, {tex(other[1])})$ 求 $a$。", f"Substitute $({tex(other[0])}, {tex(other[1])})$ to find $a$."),
              (f"$a={tex(val)}$",) * 2, f"({plain(val)})*({plain(other[0])} - ({plain(zeros[0])}))*({plain(other[0])} - ({plain(zeros[1])})) = {plain(other[1])}",
              kps=["quad.function"], hints=[("得到关于 $a$ 的一次方程。", "A linear equation in a.")])
    e = sp.expand(val * (X - zeros[0]) * (X - zeros[1]))
    chain.ask(("展开写成一般式。", "Expand into general form."), (f"$y={tex(e)}$",) * 2,
              f"({plain(val)})*(x - ({plain(zeros[0])}))*(x - ({plain(zeros[1])})) = {plain(e)}", kps=["quad.function"],
              hints=[("按多项式乘法展开。", "Multiply out.")])
    chain.done(_through_answer(e), _through_answer(_fit(pts)))


register(Solver("quadratic.through_points", "quadratics", detect_through, (
    Method(("一般式（待定系数）", "General form (undetermined coefficients)"), _general_form),
    Method(("交点式", "Intercept form"), _intercept_form, lambda d: sum(y0 == 0 for _, y0 in d["pts"]) == 2),
), ("quad.function",), priority=34, answers=frozenset({"equation"})))

