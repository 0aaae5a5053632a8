"""Exponential and logarithmic equations: same base / taking logs / substitution t = a^x, and logarithmic
equations by the definition (with the domain checked)."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import single_equation
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, relation_math, roots_math, roots_text, tex


# -- equations ------------------------------------------------------------------------------------------------
def detect_equation(p: Problem) -> Match | None:
    found = single_equation(p)
    if found is None or not p.has("方程", "解", "solve", "equation", "求x", "find x"):
        return None
    lhs, rhs, x = found
    e = lhs - rhs
    pows = [a for a in sp.preorder_traversal(e) if isinstance(a, sp.Pow) and a.exp.has(x)] + \
           [a for a in sp.preorder_traversal(e) if isinstance(a, sp.exp)]
    logs = [a for a in sp.preorder_traversal(e) if isinstance(a, sp.log) and a.has(x)]
    if not pows and not logs or pows and logs:
        return None
    kind = "log" if logs else "exp"
    solutions = sp.solveset(sp.Eq(lhs, rhs), x, sp.S.Reals) if kind == "exp" else _log_reference(lhs, rhs, x)
    if not isinstance(solutions, sp.FiniteSet) or len(solutions) > 4:
        return None
    data = {"x": x, "lhs": lhs, "rhs": rhs, "kind": kind, "solutions": sorted(solutions, key=float)}
    if kind == "exp":
        bases = {a.base if isinstance(a, sp.Pow) else sp.E for a in pows}
        prime = {sp.perfect_power(b)[0] if b.is_Integer and sp.perfect_power(b) else b for b in bases}
        if len(prime) != 1:
            return None
        data["base"] = prime.pop()
    return Match([f"{plain(lhs)} = {plain(rhs)}"], f"solve for {x}", data, 0.9)


def _log_reference(lhs: sp.Expr, rhs: sp.Expr, x: sp.Symbol) -> sp.Set | None:
    """Solutions of a log equation by SymPy's solve, kept only where every log argument is positive
    and the equation holds numerically (an independent check of the chain's domain reasoning)."""
    out = []
    for c in sp.solve(sp.Eq(sp.expand_log(lhs, force=True), sp.expand_log(rhs, force=True)), x):
        if not c.is_real:
            continue
        args_ok = all(sp.N(a.args[0].subs(x, c)) > 0 for a in sp.preorder_traversal(lhs - rhs) if isinstance(a, sp.log))
        if args_ok and abs(sp.N((lhs - rhs).subs(x, c))) < 1e-9:
            out.append(sp.nsimplify(c))
    return sp.FiniteSet(*out)


def _as_power(v: sp.Expr, a: sp.Expr) -> sp.Expr | None:
    """k with v = a^k when k is rational, else None."""
    if not (v.is_number and v.is_positive):
        return None
    k = sp.nsimplify(sp.simplify(sp.log(v, a)))
    return k if k.is_Rational else None


def _single_power(d: dict):
    """(base, exponent) when the equation is `b^f(x) = number`, else None."""
    lhs, rhs, x = d["lhs"], d["rhs"], d["x"]
    if isinstance(lhs, sp.Pow) and lhs.exp.has(x) and not lhs.base.has(x) and rhs.is_number and rhs.is_positive:
        return lhs.base, lhs.exp
    if isinstance(lhs, sp.exp) and rhs.is_number and rhs.is_positive:
        return sp.E, lhs.args[0]
    return None


def _in_t(d: dict):
    """The equation as a polynomial in t = a^x (a the common base), or None."""
    x, a = d["x"], d["base"]
    t = sp.Symbol("t", positive=True)
    e = sp.expand(d["lhs"] - d["rhs"])
    repl = {}
    for pw in [q for q in sp.preorder_traversal(e) if isinstance(q, sp.Pow) and q.exp.has(x)]:
        k = _as_power(pw.base, a)
        if k is None:
            return None
        repl[pw] = a ** sp.expand(k * pw.exp)
    e = sp.expand(sp.expand_power_exp(e.xreplace(repl)))
    e = e.subs(a**x, t)
    if e.has(x) or not e.is_polynomial(t):
        return None
    poly = sp.Poly(e, t)
    return poly if poly.degree() == 2 else None


def _solutions(d: dict) -> tuple[str, str]:
    x = d["x"]
    return roots_text(x.name, d["solutions"], "zh"), roots_text(x.name, d["solutions"], "en")


def _exp_same_base(chain: Chain, d: dict) -> None:
    x, rhs = d["x"], d["rhs"]
    base, expo = _single_power(d)
    a = d["base"]
    k = _as_power(rhs, a)
    inner = sp.expand(expo * sp.nsimplify(sp.log(base, a)))
    chain.ask(("把两边化成同底数的幂，得到什么？", "Write both sides as powers of the same base. What do you get?"),
              (f"${tex(a)}^{{{tex(inner)}}}={tex(a)}^{{{tex(k)}}}$",) * 2,
              f"{plain(rhs)} = {plain(a)}^({plain(k)})", kps=["exp.power_rules"],
              hints=[(f"${tex(rhs)}$ 是 ${tex(a)}$ 的几次方？", f"Which power of ${tex(a)}$ is ${tex(rhs)}$?")])
    sols = sp.solve(sp.Eq(inner, k), x)
    chain.ask(("指数函数是单调的，指数相等，解出 $x$。", "The exponential function is one-to-one: equate the exponents and solve."),
              (f"${tex(inner)}={tex(k)}$，{roots_math(x.name, sols, 'zh')}", f"${tex(inner)}={tex(k)}$, {roots_math(x.name, sols, 'en')}"),
              f"{plain(inner)} = {plain(k)} \\Rightarrow {roots_text(x.name, sols, 'zh')}", kps=["exp.function"],
              hints=[("$a^m=a^n \\Leftrightarrow m=n$ ($a>0, a\\ne1$)。", "$a^m=a^n \\Leftrightarrow m=n$ for $a>0, a\\ne1$.")])
    chain.done((roots_math(x.name, sols, "zh"), roots_math(x.name, sols, "en")), _solutions(d))


def _exp_take_logs(chain: Chain, d: dict) -> None:
    x, lhs, rhs = d["x"], d["lhs"], d["rhs"]
    base, expo = _single_power(d)
    value = sp.nsimplify(sp.simplify(sp.log(rhs, base)))
    chain.ask((f"两边取以 ${tex(base)}$ 为底的对数，得到什么？", f"Take logarithms to base ${tex(base)}$ on both sides. What do you get?"),
              (f"${tex(expo)}=\\log_{{{tex(base)}}}{tex(rhs)}={tex(value)}$",) * 2,
              f"{plain(lhs)} = {plain(rhs)} \\Leftrightarrow {plain(expo)} = {plain(value)}", kps=["log.concept"],
              hints=[("$a^b=N \\Leftrightarrow b=\\log_a N$。", "$a^b=N \\Leftrightarrow b=\\log_a N$.")])
    sols = sp.solve(sp.Eq(expo, value), x)
    chain.ask(("解出 $x$。", "Solve for $x$."), (roots_math(x.name, sols, 'zh'), roots_math(x.name, sols, 'en')),
              f"{plain(expo)} = {plain(value)} \\Rightarrow {roots_text(x.name, sols, 'zh')}", kps=["log.concept"],
              hints=[("这是一个一次方程。", "This is a linear equation.")])
    chain.done((roots_math(x.name, sols, "zh"), roots_math(x.name, sols, "en")), _solutions(d))


def _exp_substitution(chain: Chain, d: dict) -> None:
    x, lhs, rhs, a = d["x"], d["lhs"], d["rhs"], d["base"]
    poly = _in_t(d)
    t = poly.gen
    ax = sp.Symbol(f"({plain(a)}^{x})")
    chain.ask((f"令 $t={tex(a)}^{x}$ ($t>0$)，方程变成关于 $t$ 的什么方程？", f"Let $t={tex(a)}^{x}$ ($t>0$). What equation in $t$ do you get?"),
              (f"${tex(poly.as_expr())}=0$",) * 2, f"{plain(lhs - rhs)} = {plain(poly.as_expr().subs(t, ax))}",
              kps=["substitution", "exp.power_rules"], hints=[(f"${tex(a**2)}^x=({tex(a)}^x)^2$。", f"${tex(a**2)}^x=({tex(a)}^x)^2$.")])
    t_roots = sorted(sp.roots(poly), key=float)
    chain.ask(("解这个方程，哪些 $t$ 满足 $t>0$？", "Solve it. Which values of $t$ satisfy $t>0$?"),
              (", ".join(f"$t={tex(r)}$" + ("（舍去）" if not r.is_positive else "") for r in t_roots),
               ", ".join(f"$t={tex(r)}$" + (" (rejected)" if not r.is_positive else "") for r in t_roots)),
              f"{plain(poly.as_expr())} = 0 \\Rightarrow {roots_text('t', t_roots, 'zh')}", kps=["quad.equation"],
              hints=[("$t=a^x$ 总是正的。", "$t=a^x$ is always positive.")])
    sols = sorted({sp.nsimplify(sp.log(r, a)) for r in t_roots if r.is_positive}, key=float)
    chain.ask((f"由 ${tex(a)}^{x}=t$ 求出 $x$。", f"From ${tex(a)}^{x}=t$, find $x$."),
              (roots_math(x.name, sols, 'zh'), roots_math(x.name, sols, 'en')),
              f"{plain(lhs)} = {plain(rhs)} \\Rightarrow {roots_text(x.name, sols, 'zh')}", kps=["log.concept"],
              hints=[("$a^x=N \\Leftrightarrow x=\\log_a N$。", "$a^x=N \\Leftrightarrow x=\\log_a N$.")])
    chain.done((roots_math(x.name, sols, "zh"), roots_math(x.name, sols, "en")), _solutions(d))


def _log_poly(d: dict) -> sp.Expr | None:
    """`Σ c·log_b(u) = k` rewritten as the polynomial equation `Π u^c = b^k` (numerator form)."""
    x = d["x"]
    e = sp.expand(sp.expand_log(d["lhs"] - d["rhs"], force=True))
    bases = {f.base.args[0] for t in sp.Add.make_args(e) for f in sp.Mul.make_args(t)
             if isinstance(f, sp.Pow) and f.exp == -1 and isinstance(f.base, sp.log)}
    b = bases.pop() if len(bases) == 1 else (sp.E if not bases else None)
    if b is None:
        return None
    scaled = sp.expand(e * sp.log(b))
    prod, const = sp.Integer(1), sp.Integer(0)
    for t in sp.Add.make_args(scaled):
        if t.has(x):
            c, rest = t.as_coeff_Mul()
            if not isinstance(rest, sp.log) or not c.is_Rational:
                return None
            prod *= rest.args[0] ** c
        else:
            const += t
    target = sp.nsimplify(sp.simplify(sp.exp(-const)))
    if not target.is_Rational:
        return None
    num, _ = sp.fraction(sp.together(prod - target))
    num = sp.expand(num)
    return num if num.is_polynomial(x) and sp.degree(num, x) <= 2 else None


def _log_definition(chain: Chain, d: dict) -> None:
    from tutor_graph.specialist.render import relation_text

    x, lhs, rhs = d["x"], d["lhs"], d["rhs"]
    args = sorted({a.args[0] for a in sp.preorder_traversal(lhs - rhs) if isinstance(a, sp.log) and a.has(x)}, key=str)
    domain = sp.S.Reals
    for u in args:
        domain = domain.intersect(sp.solveset(u > 0, x, sp.S.Reals))
    chain.ask(("真数必须大于 0：$x$ 的取值范围是什么？", "Arguments of logarithms must be positive: what range must $x$ lie in?"),
              (relation_math(domain, x.name, 'zh'), relation_math(domain, x.name, 'en')),
              " 且 ".join(f"{plain(u)} > 0" for u in args) + f" \\Leftrightarrow {relation_text(domain, x.name)}",
              kps=["log.concept", "func.domain"], hints=[("先写定义域，最后要检验。", "Write the domain first; check the roots against it at the end.")])
    poly_eq = _log_poly(d)
    cands = sorted({r for r in sp.roots(sp.Poly(poly_eq, x)) if r.is_real}, key=float)
    chain.ask(("由对数的定义（及运算性质）去掉对数，化成整式方程并求解。", "Use the definition (and laws) of logarithms to remove the logs; solve the polynomial equation."),
              (f"${tex(poly_eq)}=0$，得 " + ", ".join(f"${x}={tex(c)}$" for c in cands),
               f"${tex(poly_eq)}=0$, so " + ", ".join(f"${x}={tex(c)}$" for c in cands)),
              f"{plain(poly_eq)} = 0 \\Rightarrow {roots_text(x.name, cands, 'zh')}",
              kps=["log.concept", "log.rules"], hints=[("$\\log_a M=b \\Leftrightarrow M=a^b$。", "$\\log_a M=b \\Leftrightarrow M=a^b$.")])
    good = [c for c in cands if domain.contains(c) == sp.true]
    chain.ask(("检验：哪些根在定义域内？", "Check: which roots lie in the domain?"),
              (roots_math(x.name, good, 'zh') if good else "都不符合，无解",
               roots_math(x.name, good, 'en') if good else "none: no solution"),
              f"{plain(lhs)} = {plain(rhs)} \\Rightarrow {roots_text(x.name, good, 'zh')}" if good else "",
              kps=["func.domain"], hints=[("不在定义域内的根要舍去。", "Discard roots outside the domain.")])
    chain.done((roots_math(x.name, good, "zh"), roots_math(x.name, good, "en")), _solutions(d))


def _exp_kind(p: Problem):
    m = detect_equation(p)
    return m if m and m.data["kind"] == "exp" else None


def _log_kind(p: Problem):
    m = detect_equation(p)
    return m if m and m.data["kind"] == "log" and _log_poly(m.data) is not None else None


register(Solver("explog.equation", "exp_log", _exp_kind, (
    Method(("化为同底", "Same base"), _exp_same_base,
           lambda d: _single_power(d) is not None and _as_power(d["rhs"], d["base"]) is not None),
    Method(("两边取对数", "Taking logarithms"), _exp_take_logs, lambda d: _single_power(d) is not None),
    Method(("换元法", "Substitution"), _exp_substitution, lambda d: _single_power(d) is None and _in_t(d) is not None),
), ("exp.function",), priority=45, answers=frozenset({"solve"})))
register(Solver("explog.log_equation", "exp_log", _log_kind, (
    Method(("对数的定义", "Definition of the logarithm"), _log_definition),
), ("log.concept",), priority=45, answers=frozenset({"solve"})))
