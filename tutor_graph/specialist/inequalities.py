"""Inequalities in one unknown: linear, quadratic (graph / completing the square), fractional
(to a polynomial inequality / sign chart). (Absolute values are now `types/algebra/absolute`.)"""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import FLIPPED, RELATIONS, polynomial, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    plain,
    relation_math,
    relation_text,
    roots_math,
    roots_text,
    tex,
)

KEYWORDS = ("不等式", "解集", "inequality", "solve", "solution set", "解")


def _rel(lhs, op, rhs):
    return RELATIONS[op](lhs, rhs)


def _answer(s: sp.Set) -> tuple[str, str]:
    text = f"${interval_text(s)}$"
    return text, text


def detect(p: Problem) -> Match | None:
    rels = [(lhs, op, rhs) for lhs, op, rhs in p.relations if op in RELATIONS]
    if len(rels) != 1 or "|" in p.text and "{" in p.text:  # set-builder text belongs to `sets`
        return None
    lhs, op, rhs = rels[0]
    syms = (lhs - rhs).free_symbols
    if len(syms) != 1 or not p.has(*KEYWORDS):
        return None
    x = next(iter(syms))
    diff = sp.together(lhs - rhs)
    data = {"x": x, "lhs": lhs, "op": op, "rhs": rhs}
    if diff.has(sp.Abs):
        if any(polynomial(a.args[0], x, 1) is None for a in diff.atoms(sp.Abs)) or len(diff.atoms(sp.Abs)) > 2:
            return None
        if polynomial(diff.subs({a: 0 for a in diff.atoms(sp.Abs)}), x, 1) is None and \
                diff.subs({a: 0 for a in diff.atoms(sp.Abs)}).free_symbols:
            return None
        kind = "absolute"
    else:
        num, den = sp.fraction(diff)
        if den.free_symbols:
            if polynomial(num, x, 2) is None and num.free_symbols or polynomial(den, x, 2) is None:
                return None
            kind = "fractional"
        else:
            poly = polynomial(num, x, 2)
            if poly is None:
                return None
            kind = "quadratic" if poly.degree() == 2 else "linear"
    data["kind"] = kind
    data["solution"] = solve_inequality(lhs - rhs, op, x)
    return Match([f"{plain(lhs)} {op} {plain(rhs)}"], f"solution set in {x}", data, 0.9)


def _kind(kind: str):
    return lambda p: (m if (m := detect(p)) and m.data["kind"] == kind else None)


def _original(d: dict) -> str:
    return f"{plain(d['lhs'])} {d['op']} {plain(d['rhs'])}"


def _solution_claim(d: dict, s: sp.Set) -> str:
    return f"{_original(d)} \\Leftrightarrow {relation_text(s, d['x'].name)}"


def _normal_form(d: dict) -> tuple[sp.Expr, str]:
    """`p(x) op 0` with integer coefficients and a positive leading coefficient."""
    x, diff, op = d["x"], sp.expand(d["lhs"] - d["rhs"]), d["op"]
    poly = sp.Poly(diff, x)
    lcm = sp.ilcm(*[sp.Rational(c).q for c in poly.all_coeffs()])
    diff = sp.expand(diff * lcm)
    if sp.Poly(diff, x).LC() < 0:
        diff, op = -diff, FLIPPED[op]
    return diff, op


def _linear(chain: Chain, d: dict) -> None:
    x = d["x"]
    diff, op = _normal_form(d)
    a, b = sp.Poly(diff, x).coeff_monomial(x), -sp.Poly(diff, x).coeff_monomial(1)
    s = d["solution"]
    chain.ask(("移项、合并同类项，不等式化成 $ax>b$ 一类的形式是什么？", "Move and collect terms: what is the inequality in a form like $ax>b$?"),
              (f"${tex(a * x)} {tex_op(op)} {tex(b)}$",) * 2, f"{_original(d)} \\Leftrightarrow {plain(a * x)} {op} {plain(b)}",
              kps=["ineq.properties"], hints=[("移项要变号。", "A term changes sign when it crosses the inequality sign."),
                                              ("两边乘以负数时，不等号方向要改变。", "Multiplying by a negative number reverses the inequality.")])
    chain.ask(("两边同除以 $x$ 的系数，解集是什么？", "Divide by the coefficient of $x$. What is the solution set?"),
              (relation_math(s, x.name, "zh"), relation_math(s, x.name, "en")), _solution_claim(d, s),
              kps=["ineq.properties"], hints=[("系数为正，不等号方向不变。", "A positive coefficient keeps the direction.")])
    chain.done(_answer(s), _answer(d["solution"]))


def _quadratic_graph(chain: Chain, d: dict) -> None:
    x = d["x"]
    diff, op = _normal_form(d)
    roots = sorted({r for r in sp.roots(sp.Poly(diff, x)) if r.is_real}, key=float)
    if diff != sp.expand(d["lhs"] - d["rhs"]) or d["rhs"] != 0:
        chain.ask(("先把不等式化成二次项系数为正的一般形式，得到什么？", "First bring the inequality to standard form with a positive leading coefficient. What do you get?"),
                  (f"${tex(diff)} {tex_op(op)} 0$",) * 2, f"{_original(d)} \\Leftrightarrow {plain(diff)} {op} 0",
                  kps=["ineq.properties"], hints=[("两边乘以 $-1$ 时不等号要反向。", "Multiplying by $-1$ reverses the inequality.")])
    disc = sp.discriminant(diff, x)
    if roots:
        chain.ask(("对应方程 $ax^2+bx+c=0$ 的根是什么？", "What are the roots of the related equation $ax^2+bx+c=0$?"),
                  (roots_math(x.name, roots, "zh"), roots_math(x.name, roots, "en")),
                  f"{plain(diff)} = 0 \\Rightarrow {roots_text(x.name, roots, 'zh')}",
                  kps=["quad.equation", "quad.three_quadratics"], hints=[("因式分解或用求根公式。", "Factor or use the quadratic formula.")])
    else:
        chain.ask(("对应方程的判别式是多少？抛物线与 $x$ 轴有交点吗？", "What is the discriminant of the related equation? Does the parabola meet the x-axis?"),
                  (f"$\\Delta={tex(disc)}<0$，没有交点", f"$\\Delta={tex(disc)}<0$: no intersection"),
                  f"{plain(disc)} < 0", kps=["quad.discriminant"], hints=[("$\\Delta=b^2-4ac$。", "$\\Delta=b^2-4ac$.")])
    s = d["solution"]
    chain.ask(("抛物线开口向上，结合图象，原不等式的解集是什么？", "The parabola opens upward. Reading the graph, what is the solution set?"),
              (relation_math(s, x.name, "zh"), relation_math(s, x.name, "en")),
              _solution_claim(d, s), kps=["quad.inequality", "quad.three_quadratics", "shape_number"],
              hints=[("“大于零取两边，小于零取中间”。", "For > 0 take the outside of the roots; for < 0 the inside."),
                     ("注意端点是否取到：看不等号是否带等号。", "Include the endpoints only when the inequality is non-strict.")])
    chain.done(_answer(s), _answer(d["solution"]))


def tex_op(op: str) -> str:
    return {"≤": r"\le", "≥": r"\ge"}.get(op, op)


def _quadratic_square(chain: Chain, d: dict) -> None:
    x = d["x"]
    diff, op = _normal_form(d)
    a, b, c = sp.Poly(diff, x).all_coeffs()
    h, k = b / (2 * a), (b / (2 * a)) ** 2 - c / a
    square = (x + h) ** 2
    chain.ask(("二次项系数化为 1 后配方，不等式化成 $(x+h)^2$ 与常数比较的形式是什么？",
               "Make the leading coefficient 1 and complete the square. How does $(x+h)^2$ compare with a constant?"),
              (f"${tex(square)} {tex_op(op)} {tex(k)}$",) * 2,
              f"{plain(sp.expand(diff / a))} = {plain(square)} - ({plain(k)})",
              kps=["quad.inequality", "completing_square"], hints=[("加上一次项系数一半的平方再减去它。", "Add and subtract the square of half the coefficient of x.")])
    s = d["solution"]
    if k > 0:
        r = sp.sqrt(k)
        chain.ask(("把 $(x+h)^2$ 与 $r^2$ 的比较写成 $|x+h|$ 与 $r$ 的比较，再去掉绝对值，解集是什么？",
                   "Rewrite the comparison as $|x+h|$ against $r$ and remove the absolute value. What is the solution set?"),
                  (f"$|{tex(x + h)}| {tex_op(op)} {tex(r)}$，即 {relation_math(s, x.name, 'zh')}",
                   f"$|{tex(x + h)}| {tex_op(op)} {tex(r)}$, i.e. {relation_math(s, x.name, 'en')}"),
                  f"{plain(square)} {op} {plain(k)} \\Leftrightarrow {relation_text(s, x.name)}",
                  kps=["ineq.properties"], hints=[("$t^2<r^2 \\Leftrightarrow |t|<r$ ($r>0$)。", "$t^2<r^2 \\Leftrightarrow |t|<r$ for $r>0$.")])
    else:
        chain.ask(("平方数总是非负的，右边的常数不大于 0，解集是什么？", "A square is never negative and the right side is at most 0. What is the solution set?"),
                  (interval_math(s),) * 2, f"{plain(square)} {op} {plain(k)} \\Leftrightarrow {relation_text(s, x.name)}",
                  kps=["ineq.properties"], hints=[("想一想 $(x+h)^2$ 何时为 0。", "Think about when $(x+h)^2$ is 0.")])
    chain.done(_answer(s), _answer(d["solution"]))


register(Solver("inequality.linear", "inequalities", _kind("linear"),
                (Method(("移项法", "Transposing terms"), _linear),), ("ineq.properties",), priority=20, answers=frozenset({"solve"})))
register(Solver("inequality.quadratic", "quadratics", _kind("quadratic"), (
    Method(("图象法", "Graph of the quadratic"), _quadratic_graph),
    Method(("配方法", "Completing the square"), _quadratic_square),
), ("quad.inequality",), priority=20, answers=frozenset({"solve"})))


def _fraction_parts(d: dict) -> tuple[sp.Expr, sp.Expr, str]:
    op = d["op"]
    num, den = sp.fraction(sp.factor(sp.together(d["lhs"] - d["rhs"])))
    return sp.factor(num), sp.factor(den), op


def _fractional_product(chain: Chain, d: dict) -> None:
    x = d["x"]
    num, den, op = _fraction_parts(d)
    if d["rhs"] != 0:
        chain.ask(("移项通分，把不等式化成 $\\frac{f(x)}{g(x)}$ 与 0 比较的形式。", "Move everything to one side over a common denominator: compare $\\frac{f(x)}{g(x)}$ with 0."),
                  (f"$\\frac{{{tex(num)}}}{{{tex(den)}}} {tex_op(op)} 0$",) * 2,
                  f"{plain(d['lhs'] - d['rhs'])} = ({plain(num)})/({plain(den)})",
                  kps=["quad.fractional_inequality"], hints=[("不要直接去分母：分母的符号未知。", "Do not just clear the denominator: its sign is unknown.")])
    prod = sp.expand(num * den)
    product_set = solve_inequality(prod, op, x)
    chain.ask(("分式与 0 比较，等价于分子分母的乘积与 0 比较（注意分母不为 0），这个整式不等式的解集是什么？",
               "A quotient compared with 0 behaves like the product of numerator and denominator (with the denominator non-zero). Solve that polynomial inequality."),
              (f"${tex(num * den)} {tex_op(op)} 0$：{relation_math(product_set, x.name, 'zh')}",
               f"${tex(num * den)} {tex_op(op)} 0$: {relation_math(product_set, x.name, 'en')}"),
              f"{plain(prod)} {op} 0 \\Leftrightarrow {relation_text(product_set, x.name)}",
              kps=["quad.fractional_inequality", "quad.inequality"], hints=[("$\\frac{f}{g}>0 \\Leftrightarrow fg>0$。", "$\\frac{f}{g}>0 \\Leftrightarrow fg>0$.")])
    s = d["solution"]
    chain.ask(("去掉使分母为 0 的点，原不等式的解集是什么？", "Remove the points where the denominator is 0. What is the solution set?"),
              (relation_math(s, x.name, "zh"), relation_math(s, x.name, "en")),
              _solution_claim(d, s), kps=["quad.fractional_inequality"],
              hints=[("分母的零点一定不在解集中。", "A zero of the denominator is never in the solution set.")])
    chain.done(_answer(s), _answer(d["solution"]))


def _fractional_chart(chain: Chain, d: dict) -> None:
    x = d["x"]
    num, den, op = _fraction_parts(d)
    points = sorted({r for e in (num, den) for r in sp.roots(sp.Poly(e, x)) if r.is_real} if num.free_symbols
                    else {r for r in sp.roots(sp.Poly(den, x)) if r.is_real}, key=float)
    chain.ask(("分子、分母的零点把数轴分成几段？零点是哪些？", "Which zeros of numerator and denominator split the number line?"),
              (", ".join(f"${x}={tex(r)}$" for r in points),) * 2,
              " 且 ".join(f"{plain((num * den).subs(x, paren_val(r)))} = 0" for r in points[:2]),
              kps=["quad.fractional_inequality", "shape_number"], hints=[("分别令分子、分母为 0。", "Set the numerator and the denominator to 0 in turn.")])
    s = d["solution"]
    chain.ask(("在每一段上取一个点判断 $\\frac{f(x)}{g(x)}$ 的符号（穿根法），并注意分母不为 0，解集是什么？",
               "Test one point in each piece for the sign of the quotient (sign chart), keeping the denominator non-zero. What is the solution set?"),
              (relation_math(s, x.name, "zh"), relation_math(s, x.name, "en")),
              _solution_claim(d, s), kps=["quad.fractional_inequality", "case_analysis"],
              hints=[("最右边一段的符号由最高次项系数决定。", "The sign on the rightmost piece follows the leading coefficients.")])
    chain.done(_answer(s), _answer(d["solution"]))


def paren_val(v):
    return sp.Symbol(f"({plain(v)})")


register(Solver("inequality.fractional", "quadratics", _kind("fractional"), (
    Method(("转化为整式不等式", "Reduce to a polynomial inequality"), _fractional_product),
    Method(("数轴标根法", "Sign chart"), _fractional_chart),
), ("quad.fractional_inequality",), priority=20, answers=frozenset({"solve"})))
