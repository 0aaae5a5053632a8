"""More exponents and logarithms: a power function through a point (solve for α, then evaluate; or
compare the two points directly), and 1/a + 1/b from p^a = q^b = N (logarithms vs the change of
base)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.analytic_geometry import points_in
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

ALPHA = sp.Symbol("alpha", real=True)


def detect_power_function(p: Problem) -> Match | None:
    if not p.has("幂函数", "power function") or not re.search(r"x\s*\^\s*(?:α|\{?alpha\}?|a)", p.text):
        return None
    pts = [(a, b) for _, a, b in points_in(p.text)]
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    t = re.search(r"f\(\s*([\d./]+)\s*\)", asked)
    if len(pts) != 1 or not t:
        return None
    (x0, y0), x1 = pts[0], try_expr(t.group(1))
    if x1 is None or not (x0.is_positive and y0.is_positive and x0 != 1 and x1.is_positive):
        return None
    alpha = sp.nsimplify(sp.log(y0) / sp.log(x0))
    if not alpha.is_Rational or abs(alpha.q) > 12:
        return None
    return Match([f"f(x) = x^α through ({plain(x0)}, {plain(y0)})"], f"f({plain(x1)})", {"x0": x0, "y0": y0, "x1": x1, "alpha": alpha}, 0.9)


def _pf_reference(d) -> tuple[str, str]:
    """Independent: SymPy solves x0^α = y0 for α."""
    sol = [s for s in sp.solve(sp.Eq(d["x0"] ** ALPHA, d["y0"]), ALPHA) if s.is_real]
    return (plain(sp.nsimplify(d["x1"] ** sol[0])),) * 2 if len(sol) == 1 else ("?", "?")


def _pf_alpha(chain: Chain, d: dict) -> None:
    x0, y0, x1, a = d["x0"], d["y0"], d["x1"], d["alpha"]
    chain.ask((f"把点 $({tex(x0)},{tex(y0)})$ 代入 $f(x)=x^\\alpha$，求 $\\alpha$。", f"Put $({tex(x0)},{tex(y0)})$ into $f(x)=x^\\alpha$ and find α."),
              (f"${tex(x0)}^\\alpha={tex(y0)}$，$\\alpha={tex(a)}$",) * 2, f"{plain(x0)}^alpha = {plain(y0)} \\Rightarrow alpha = {plain(a)}",
              kps=["exp.power_rules"], hints=[("把两边写成同底的幂。", "Write both sides as powers of one base.")])
    v = sp.nsimplify(x1**a)
    chain.ask((f"$f({tex(x1)})$ 是多少？", f"What is $f({tex(x1)})$?"), (f"${tex(x1)}^{{{tex(a)}}}={tex(v)}$",) * 2, f"{plain(x1)}^({plain(a)}) = {plain(v)}",
              kps=["exp.rational_power"], hints=[("分数指数幂化为根式。", "A fractional power is a root.")])
    chain.done((dollar(v),) * 2, _pf_reference(d))


register(Solver("explog.power_function", "exp_log", detect_power_function, (
    Method(("待定系数求 α", "Find α first"), _pf_alpha),
), ("exp.power_rules",), priority=60, answers=frozenset({"fvalue"})))


def detect_equal_powers(p: Problem) -> Match | None:
    m = re.search(r"(\d+)\s*\^\s*\{?([a-z])\}?\s*=\s*(\d+)\s*\^\s*\{?([a-z])\}?\s*=\s*(\d+(?:\.\d+)?)", p.text)
    asked = re.split(r"求|[Ff]ind", p.text)[-1]
    if not m or not re.search(r"1\s*/\s*\(?\s*[a-z]|\(\(1\)/\(([a-z])\)\)", asked):
        return None
    b1, v1, b2, v2, n = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4), sp.nsimplify(m.group(5))
    if v1 == v2 or min(b1, b2) < 2 or n <= 0 or n == 1:
        return None
    return Match([m.group(0)], f"1/{v1} + 1/{v2}", {"b1": b1, "b2": b2, "v1": v1, "v2": v2, "n": n}, 0.9)


def _ep_reference(d) -> tuple[str, str]:
    """Independent: the exponents as floating-point logarithms, then the sum recognised exactly."""
    import math

    a = math.log(float(d["n"])) / math.log(d["b1"])
    b = math.log(float(d["n"])) / math.log(d["b2"])
    exact = sp.nsimplify(sp.log(d["b1"] * d["b2"]) / sp.log(d["n"]))
    return (plain(exact),) * 2 if abs(1 / a + 1 / b - float(exact)) < 1e-12 else ("?", "?")


def _ep_logs(chain: Chain, d: dict) -> None:
    b1, b2, v1, v2, n = d["b1"], d["b2"], d["v1"], d["v2"], d["n"]
    chain.ask((f"把 ${v1}$、${v2}$ 写成对数。", f"Write ${v1}$ and ${v2}$ as logarithms."),
              (f"${v1}=\\log_{{{b1}}}{tex(n)}$，${v2}=\\log_{{{b2}}}{tex(n)}$", f"${v1}=\\log_{{{b1}}}{tex(n)}$, ${v2}=\\log_{{{b2}}}{tex(n)}$"),
              f"{v1} = \\log_{{{b1}}} {plain(n)}", context=[f"{b1}^{v1} = {plain(n)}"], kps=["exp.inverse_function"],
              hints=[("$a^x=N \\Leftrightarrow x=\\log_a N$。", "$a^x=N \\Leftrightarrow x=\\log_a N$.")])
    value = sp.nsimplify(sp.log(b1 * b2) / sp.log(n))
    chain.ask(("由换底公式 $\\frac{1}{\\log_a N}=\\log_N a$，求和。", "By $\\frac{1}{\\log_a N}=\\log_N a$, add them."),
              (f"$\\log_{{{tex(n)}}}{b1}+\\log_{{{tex(n)}}}{b2}=\\log_{{{tex(n)}}}{b1 * b2}={tex(value)}$",) * 2,
              f"1/\\log_{{{b1}}}({plain(n)}) + 1/\\log_{{{b2}}}({plain(n)}) = {plain(value)}", kps=["exp.inverse_function"],
              hints=[("同底对数相加，真数相乘。", "Same base: add logs by multiplying their arguments.")])
    chain.done((dollar(value),) * 2, _ep_reference(d))


register(Solver("explog.equal_powers", "exp_log", detect_equal_powers, (
    Method(("指对互化 + 换底", "Logarithms and change of base"), _ep_logs),
), ("exp.inverse_function",), priority=60, answers=frozenset({"expr"})))
