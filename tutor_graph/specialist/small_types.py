"""Small types: a rectangle's least perimeter / largest area (AM–GM vs a quadratic), coefficients from a
quadratic inequality's solution set (Vieta vs the factored form), a number in a set with a parameter
(cases, then distinctness), and the value of a numeric trigonometric expression (special values vs a
sum formula)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, interval
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, paren, plain, tex


# -- rectangles ---------------------------------------------------------------------------------------------------
def detect_rectangle(p: Problem) -> Match | None:
    if not p.has("矩形", "长方形", "rectangle"):
        return None
    area = re.search(r"面积(?:为|是)\s*(\d+(?:\.\d+)?)|area\s*(?:is\s*)?(\d+(?:\.\d+)?)", p.text)
    per = re.search(r"周长(?:为|是)\s*(\d+(?:\.\d+)?)|perimeter\s*(?:is\s*)?(\d+(?:\.\d+)?)", p.text)
    if area and re.search(r"周长.{0,4}最小|smallest possible perimeter|least perimeter|minimum perimeter", p.text):
        return Match([f"area {area.group(1) or area.group(2)}"], "least perimeter", {"S": sp.nsimplify(area.group(1) or area.group(2)), "goal": "perimeter"}, 0.9)
    if per and re.search(r"面积.{0,4}最大|largest possible area|greatest area|maximum area", p.text):
        return Match([f"perimeter {per.group(1) or per.group(2)}"], "largest area", {"P": sp.nsimplify(per.group(1) or per.group(2)), "goal": "area"}, 0.9)
    return None


def _rect_reference(d) -> tuple[str, str]:
    """Independent: SymPy's minimum / maximum of the one-variable function."""
    if d["goal"] == "perimeter":
        return (plain(sp.minimum(2 * (X + d["S"] / X), X, sp.Interval.open(0, sp.oo))),) * 2
    return (plain(sp.maximum(X * (d["P"] / 2 - X), X, sp.Interval.open(0, d["P"] / 2))),) * 2


def _rect_amgm(chain: Chain, d: dict) -> None:
    if d["goal"] == "perimeter":
        S = d["S"]
        chain.ask((f"设长为 $x$，宽为 $\\frac{{{tex(S)}}}{{x}}$，周长 $L=2\\left(x+\\frac{{{tex(S)}}}{{x}}\\right)$。用均值不等式求最小值。",
                   f"Let the sides be $x$ and $\\frac{{{tex(S)}}}{{x}}$, so $L=2\\left(x+\\frac{{{tex(S)}}}{{x}}\\right)$. Use AM–GM."),
                  (f"$x+\\frac{{{tex(S)}}}{{x}}\\ge 2\\sqrt{{{tex(S)}}}={tex(2 * sp.sqrt(S))}$",) * 2, f"x + {plain(S)}/x ≥ {plain(2 * sp.sqrt(S))}",
                  context=["x > 0"], kps=["ineq.mean_extremum"], hints=[("积为定值，和有最小值。", "A fixed product gives a least sum.")])
        v = 4 * sp.sqrt(S)
        chain.ask(("等号何时成立？最小周长是多少？", "When does equality hold? What is the least perimeter?"),
                  (f"$x={tex(sp.sqrt(S))}$（正方形）时，$L={tex(v)}$", f"at $x={tex(sp.sqrt(S))}$ (a square): $L={tex(v)}$"),
                  f"2*({plain(sp.sqrt(S))} + {plain(S)}/{plain(sp.sqrt(S))}) = {plain(v)}", kps=["ineq.mean_extremum"],
                  hints=[("一正二定三相等。", "Positive, fixed product, equality case.")])
    else:
        P = d["P"]
        half = P / 2
        chain.ask(("长与宽的和是多少？用均值不等式估计面积。", "What do the two sides add up to? Bound the area with AM–GM."),
                  (f"$x+y={tex(half)}$，$xy\\le\\left(\\frac{{x+y}}{{2}}\\right)^2={tex(half**2 / 4)}$",) * 2, f"({plain(half)}/2)^2 = {plain(half**2 / 4)}",
                  kps=["ineq.mean_extremum"], hints=[("和为定值，积有最大值。", "A fixed sum gives a largest product.")])
        v = half**2 / 4
    chain.done((dollar(v),) * 2, _rect_reference(d))


def _rect_quadratic(chain: Chain, d: dict) -> None:
    P = d["P"]
    f = sp.expand(X * (P / 2 - X))
    v = f.subs(X, P / 4)
    chain.ask((f"设一边为 $x$，面积 $S=x\\left({tex(P / 2)}-x\\right)$，配方求最大值。", f"Let one side be $x$: $S=x\\left({tex(P / 2)}-x\\right)$. Complete the square."),
              (f"$S=-\\left(x-{tex(P / 4)}\\right)^2+{tex(v)}$",) * 2, f"{plain(f)} = -(x - {plain(P / 4)})^2 + {plain(v)}", kps=["quad.function"],
              hints=[("开口向下，顶点处最大。", "Downward parabola: largest at the vertex.")])
    chain.done((dollar(v),) * 2, _rect_reference(d))


register(Solver("inequality.rectangle", "inequalities", detect_rectangle, (
    Method(("均值不等式", "AM–GM"), _rect_amgm),
    Method(("二次函数配方", "Complete the square"), _rect_quadratic, lambda d: d["goal"] == "area"),
), ("ineq.mean_extremum",), priority=55, answers=frozenset({"area", "perimeter", "max", "min"})))


# -- coefficients from a solution set ---------------------------------------------------------------------------------
def detect_from_solution_set(p: Problem) -> Match | None:
    m = re.search(r"不等式\s*(.+?)\s*(<|>|≤|≥)\s*0\s*的解集(?:为|是)|[Tt]he solution set of\s*(.+?)\s*(<|>|≤|≥)\s*0\s*is", p.text)
    span = interval(p.text)
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    if not m or span is None or span.start == -sp.oo or span.end == sp.oo:
        return None
    f = try_expr((m.group(1) or m.group(3)).strip())
    op = m.group(2) or m.group(4)
    if f is None or not f.is_polynomial(X) or sp.degree(f, X) != 2:
        return None
    params = sorted(f.free_symbols - {X}, key=lambda s: s.name)
    target = try_expr(asked.strip(" 的值.?"))
    if len(params) != 2 or target is None or not target.free_symbols <= set(params):
        return None
    r1, r2 = span.start, span.end
    coeffs = sp.Poly(f, X).all_coeffs()
    sol = sp.solve([sp.expand(f.subs(X, r1)), sp.expand(f.subs(X, r2))], params, dict=True)
    if len(sol) != 1:
        return None
    lead = coeffs[0].subs(sol[0])
    # a bounded solution set of f > 0 needs a downward parabola (f < 0: upward)
    if (op in (">", "≥") and not lead < 0) or (op in ("<", "≤") and not lead > 0):
        return None
    return Match([f"{plain(f)} {op} 0 on {plain(r1)}..{plain(r2)}"], plain(target), {"f": f, "op": op, "r": (r1, r2), "params": params, "sol": sol[0], "target": target}, 0.9)


def _from_roots(chain: Chain, d: dict) -> None:
    f, (r1, r2), sol = d["f"], d["r"], d["sol"]
    chain.ask((f"解集的端点 ${tex(r1)}$、${tex(r2)}$ 与方程 $f(x)=0$ 有什么关系？", f"How are the ends ${tex(r1)}$, ${tex(r2)}$ related to $f(x)=0$?"),
              ("它们是方程的两个根，且二次项系数的符号由不等号方向决定", "they are its two roots, and the leading coefficient's sign matches the inequality"), "",
              kps=["quad.three_quadratics"], hints=[("“三个二次”的关系。", "Quadratic function, equation and inequality together.")])
    eqs = [sp.expand(f.subs(X, r)) for r in (r1, r2)]
    chain.ask(("把两个根代入方程，解出参数。", "Put both roots into the equation and solve for the parameters."),
              (", ".join(f"${s.name}={tex(sol[s])}$" for s in d["params"]),) * 2,
              ", ".join(f"{plain(e)} = 0" for e in eqs) + " \\Rightarrow " + ", ".join(f"{s.name} = {plain(sol[s])}" for s in d["params"]),
              kps=["quad.vieta", "quad.three_quadratics"], hints=[("也可以用韦达定理。", "Vieta works too.")])
    v = d["target"].subs(sol)
    chain.ask(("所求式子的值是多少？", "What is the value asked for?"), (f"${tex(v)}$",) * 2, f"{plain(d['target'].subs({s: paren(sol[s]) for s in d['params']}))} = {plain(v)}",
              kps=["quad.vieta"], hints=[("代入即可。", "Substitute.")])
    chain.done((dollar(v),) * 2, _sol_reference(d))


def _sol_reference(d) -> tuple[str, str]:
    """Independent: match f with k·(x − r₁)(x − r₂) coefficient by coefficient."""
    k = sp.Symbol("k", real=True)
    r1, r2 = d["r"]
    eqs = sp.Poly(sp.expand(d["f"] - k * (X - r1) * (X - r2)), X).all_coeffs()
    sol = sp.solve(eqs, [k, *d["params"]], dict=True)
    return (plain(d["target"].subs(sol[0])),) * 2 if len(sol) == 1 else ("?", "?")


register(Solver("quadratic.from_solution_set", "quadratics", detect_from_solution_set, (
    Method(("根与解集端点", "Roots at the ends"), _from_roots),
), ("quad.three_quadratics",), priority=56, answers=frozenset({"expr", "unknown"})))


# -- the value of a numeric trigonometric expression ------------------------------------------------------------------
_TRIG = re.compile(r"(sin|cos|tan)\s*(?:\(\s*(\d+)\s*°\s*\)|(\d+)\s*°)")


def _terms(text: str) -> list[tuple[str, str]]:
    return [(f, a or b) for f, a, b in _TRIG.findall(text)]


def detect_trig_value(p: Problem) -> Match | None:
    m = re.search(r"求\s*(.+?)\s*的值|^(?:[Ff]ind|[Ee]valuate|[Cc]ompute)\s+(.+?)\s*\.?$", p.text)
    if not m:
        return None
    text = (m.group(1) or m.group(2)).strip()
    terms = sorted(set(_terms(text)))
    if len(_terms(text)) < 2 or not 1 <= len(terms) <= 3:
        return None  # a single value belongs to trig.value
    e = try_expr(text)  # the parser evaluates special values already
    if e is None or e.free_symbols:
        return None
    vals = {}
    for f, deg in terms:
        v = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}[f](sp.Integer(deg) * sp.pi / 180)
        v = sp.radsimp(v.rewrite(sp.sqrt)) if v.has(sp.sin, sp.cos, sp.tan) else sp.radsimp(v)
        if v.has(sp.sin, sp.cos, sp.tan, sp.zoo):
            return None
        vals[(f, deg)] = v
    substituted = _TRIG.sub(lambda mm: f"({plain(vals[(mm.group(1), mm.group(2) or mm.group(3))])})", text)
    plugged = try_expr(substituted)
    value = sp.nsimplify(sp.radsimp(sp.simplify(e)))
    if plugged is None or sp.count_ops(value) > 10:
        return None
    return Match([text], "value", {"text": text, "vals": vals, "substituted": substituted, "value": value}, 0.85)


def _special_values(chain: Chain, d: dict) -> None:
    vals = d["vals"]
    chain.ask(("式中的三角函数值各是多少？", "What is each trigonometric value in it?"),
              ("，".join(f"$\\{f} {deg}^\\circ={tex(v)}$" for (f, deg), v in vals.items()), ", ".join(f"$\\{f} {deg}^\\circ={tex(v)}$" for (f, deg), v in vals.items())),
              " 且 ".join(f"\\{f} {deg}^\\circ = {plain(v)}" for (f, deg), v in vals.items()), kps=["trig.sum_difference"],
              hints=[("$15^\\circ=45^\\circ-30^\\circ$，$75^\\circ=45^\\circ+30^\\circ$。", "$15^\\circ=45^\\circ-30^\\circ$, $75^\\circ=45^\\circ+30^\\circ$.")])
    v = d["value"]
    chain.ask(("代入化简，结果是多少？", "Substitute and simplify: what is it?"), (f"${tex(v)}$",) * 2, f"{d['substituted']} = {plain(v)}",
              kps=["trig.sum_difference"], hints=[("分母有理化。", "Rationalise the denominator.")])
    # reference: a high-precision numeric value recognised among simple radicals
    ref = sp.nsimplify(sp.N(try_expr(d["text"]), 50), [sp.sqrt(2), sp.sqrt(3), sp.sqrt(6)])
    chain.done((dollar(v),) * 2, (plain(ref),) * 2)


register(Solver("trig.expression_value", "trigonometry", detect_trig_value, (
    Method(("特殊角的值代入", "Special values"), _special_values),
), ("trig.sum_difference",), priority=45, answers=frozenset({"trig"})))
