"""Equations in one unknown: linear, quadratic (factoring / formula / completing the square),
higher degree (trial root + factoring / substitution) and fractional equations."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import polynomial, single_equation
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import paren, plain, roots_math, roots_text, tex

KEYWORDS = ("方程", "解", "根", "solve", "equation", "root", "solution")
NO_REAL = ("无实数根", "no real roots")


def _rational_general_form(expr: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """lhs - rhs scaled to integer coefficients with a positive leading coefficient."""
    poly = sp.Poly(sp.expand(expr), x)
    lcm = sp.ilcm(*[sp.Rational(c).q for c in poly.all_coeffs()])
    general = sp.expand(expr * lcm)
    return -general if sp.Poly(general, x).LC() < 0 else general


def _real_roots(expr: sp.Expr, x: sp.Symbol) -> list[sp.Expr]:
    """Real roots of a small polynomial (degree ≤ 4), simplified; independent of any method."""
    return sorted({sp.nsimplify(sp.radsimp(r)) if r.is_Rational else sp.radsimp(r)
                   for r in sp.roots(sp.Poly(expr, x)) if r.is_real}, key=lambda r: float(r))


def _answer(x: sp.Symbol, roots: list[sp.Expr]) -> tuple[str, str]:
    return (roots_math(x.name, roots, "zh"), roots_math(x.name, roots, "en")) if roots else NO_REAL


def _implies(general: sp.Expr, x: sp.Symbol, roots: list[sp.Expr]) -> str:
    """Claim `p = 0 ⇒ x = r1 或 x = r2` in the math layer's form."""
    return f"{plain(general)} = 0 \\Rightarrow {roots_text(x.name, roots, 'zh')}"


def detect_polynomial(p: Problem) -> Match | None:
    if re.search(r"x_\{?[12]\}?|两根|两个根|the roots? x", p.text):
        return None  # questions about the roots (Vieta), not "solve"
    found = single_equation(p)
    if found is None:
        return None
    lhs, rhs, x = found
    diff = sp.together(lhs - rhs)
    num, den = sp.fraction(diff)
    if den.free_symbols:  # fractional equation
        poly = polynomial(num, x, 2)
        if poly is None or polynomial(den, x, 4) is None:
            return None
        return Match([f"{plain(lhs)} = {plain(rhs)}"], f"solve for {x}",
                     {"x": x, "lhs": lhs, "rhs": rhs, "kind": "fractional"}, 0.85 if p.has(*KEYWORDS) else 0.6)
    poly = polynomial(diff, x)
    if poly is None:
        return None
    general = _rational_general_form(diff, x)
    degree = sp.Poly(general, x).degree()
    kind = {1: "linear", 2: "quadratic"}.get(degree, "higher")
    if kind == "higher" and not any(r.is_Rational for r in sp.roots(sp.Poly(general, x))) \
            and not _biquadratic(general, x):
        return None
    return Match([f"{plain(lhs)} = {plain(rhs)}"], f"solve for {x}",
                 {"x": x, "lhs": lhs, "rhs": rhs, "general": general, "kind": kind},
                 0.95 if p.has(*KEYWORDS) else 0.6)


def _kind(*kinds: str):
    return lambda p: (m if (m := detect_polynomial(p)) and m.data["kind"] in kinds else None)


def _general_form_step(chain: Chain, d: dict, shape: str) -> None:
    """Ask for the general form when the equation is not already written as it."""
    lhs, rhs, general = d["lhs"], d["rhs"], d["general"]
    if rhs == 0 and sp.expand(lhs - general) == 0:
        return
    chain.ask(
        (f"先把方程整理成一般形式 ${shape}=0$，得到什么？", f"First rewrite the equation in the general form ${shape}=0$. What do you get?"),
        (f"${tex(general)}=0$", f"${tex(general)}=0$"),
        f"{plain(lhs)} = {plain(rhs)} \\Leftrightarrow {plain(general)} = 0",
        kps=["quad.equation"] if "^2" in shape else ["ineq.properties"],
        hints=[("把所有项移到等号左边，合并同类项。", "Move every term to the left-hand side and collect like terms."),
               ("移项要变号；若系数是分数，两边同乘分母的最小公倍数。", "A term changes sign when it crosses the equals sign; clear fractions by multiplying by the common denominator.")],
    )


# -- linear -----------------------------------------------------------------------------------------
def _linear(chain: Chain, d: dict) -> None:
    x, lhs, rhs = d["x"], d["lhs"], d["rhs"]
    poly = sp.Poly(sp.expand(lhs - rhs), x)
    a, b = poly.coeff_monomial(x), -poly.coeff_monomial(1)
    root = b / a
    ax = sp.Mul(a, x, evaluate=False) if a != 1 else x
    ax_plain = f"{plain(a)}*{x}" if a != 1 else f"{x}"
    chain.ask(
        ("移项、合并同类项后，方程化成 $ax=b$ 的形式是什么？", "Move the terms and collect like terms: what is the equation in the form $ax=b$?"),
        (f"${tex(ax)}={tex(b)}$", f"${tex(ax)}={tex(b)}$"),
        f"{plain(lhs)} = {plain(rhs)} \\Leftrightarrow {ax_plain} = {plain(b)}",
        kps=["ineq.properties"],
        hints=[("含未知数的项移到左边，常数项移到右边。", "Unknown terms to the left, constants to the right."),
               ("移项要变号。", "A term changes sign when it moves across the equals sign.")],
    )
    if a != 1:
        chain.ask(
            (f"两边同除以 ${x}$ 的系数，${x}$ 等于多少？", f"Divide both sides by the coefficient of ${x}$. What is ${x}$?"),
            (f"${x}={tex(root)}$", f"${x}={tex(root)}$"),
            f"{ax_plain} = {plain(b)} \\Rightarrow {x} = {plain(root)}",
            kps=["ineq.properties"],
            hints=[(f"${x}$ 的系数是 ${tex(a)}$。", f"The coefficient of ${x}$ is ${tex(a)}$.")],
        )
    chain.ask(
        ("把解代回原方程检验：左右两边相等吗？", "Check by substituting back: are both sides equal?"),
        (f"左边 $={tex(lhs.subs(x, root))}$，右边 $={tex(rhs.subs(x, root))}$，相等。",
         f"Left side $={tex(lhs.subs(x, root))}$, right side $={tex(rhs.subs(x, root))}$: equal."),
        f"{plain(lhs.subs(x, paren(root)))} = {plain(rhs.subs(x, paren(root)))}",
        kps=["ineq.properties"],
        hints=[("分别计算左边和右边的值。", "Evaluate each side separately.")],
    )
    chain.done(_answer(x, [root]), _answer(x, _real_roots(lhs - rhs, x)))


# -- quadratic ----------------------------------------------------------------------------------------
def _factor_step(chain: Chain, general: sp.Expr, x: sp.Symbol) -> None:
    shown_tex, shown_plain = _ordered_factors(general, x)
    chain.ask(
        ("左边能分解成哪些一次因式的乘积？", "Into which linear factors does the left-hand side factor?"),
        (f"${tex(general)}={shown_tex}$", f"${tex(general)}={shown_tex}$"),
        f"{plain(general)} = {shown_plain}",
        kps=["quad.equation"],
        hints=[("试试十字相乘：找两个数，积等于常数项与二次项系数之积，和等于一次项系数。",
                "Try cross multiplication: find two numbers whose product is a·c and whose sum is b."),
               ("也可以先提取公因式或用平方差、完全平方公式。", "Or take out a common factor, or use the difference of squares / perfect square formulas.")],
    )


def _ordered_factors(general: sp.Expr, x: sp.Symbol) -> tuple[str, str]:
    """The factorisation written as a student would, factors by increasing root: (x-2)(x-3)."""
    coeff, factors = sp.factor_list(general, x)

    def root(f):
        r = sp.solve(f[0], x)
        return float(r[0]) if len(r) == 1 and r[0].is_real else float("inf")

    parts = sorted(factors, key=root)
    lead_tex = "" if coeff == 1 else ("-" if coeff == -1 else tex(coeff))
    lead_plain = "" if coeff == 1 else f"{plain(coeff)}*"
    t = lead_tex + "".join(f"\\left({tex(f)}\\right)" + (f"^{{{k}}}" if k > 1 else "") for f, k in parts)
    p = lead_plain + "*".join(f"({plain(f)})" + (f"^{k}" if k > 1 else "") for f, k in parts)
    return t, p


def _quad_factoring(chain: Chain, d: dict) -> None:
    x, general = d["x"], d["general"]
    roots = [r for r in sp.roots(sp.Poly(general, x))]
    _general_form_step(chain, d, "ax^2+bx+c")
    _factor_step(chain, general, x)
    chain.ask(
        ("几个因式的积为 0，意味着什么？方程的根是什么？", "A product is 0 exactly when one factor is 0. What are the roots?"),
        (roots_math(x.name, roots, 'zh'),
         roots_math(x.name, roots, 'en')),
        _implies(general, x, roots),
        kps=["quad.equation"],
        hints=[("令每个因式分别等于 0。", "Set each factor equal to 0.")],
    )
    chain.done(_answer(x, roots), _answer(x, _real_roots(d["lhs"] - d["rhs"], x)))


def _coefficients(general: sp.Expr, x: sp.Symbol) -> tuple[sp.Expr, sp.Expr, sp.Expr]:
    a, b, c = (sp.Poly(general, x).all_coeffs() + [0, 0, 0])[:3]
    return a, b, c


def _quad_formula(chain: Chain, d: dict) -> None:
    x, general = d["x"], d["general"]
    a, b, c = _coefficients(general, x)
    disc = b**2 - 4 * a * c
    _general_form_step(chain, d, "ax^2+bx+c")
    sign = ("有两个不相等的实数根", "has two distinct real roots") if disc > 0 else \
        (("有两个相等的实数根", "has a repeated real root") if disc == 0 else ("没有实数根", "has no real roots"))
    chain.ask(
        ("$a$、$b$、$c$ 各是多少？判别式 $\\Delta=b^2-4ac$ 等于多少，说明根的情况如何？",
         "What are $a$, $b$, $c$? What is the discriminant $\\Delta=b^2-4ac$, and what does it say about the roots?"),
        (f"$a={tex(a)}, b={tex(b)}, c={tex(c)}$，$\\Delta={tex(disc)}$，方程{sign[0]}。",
         f"$a={tex(a)}, b={tex(b)}, c={tex(c)}$, $\\Delta={tex(disc)}$: the equation {sign[1]}."),
        f"({plain(b)})^2 - 4*({plain(a)})*({plain(c)}) = {plain(disc)}",
        kps=["quad.discriminant"],
        hints=[("注意 $b$、$c$ 的符号。", "Watch the signs of $b$ and $c$."),
               ("$\\Delta>0$ 两个不等实根，$\\Delta=0$ 两个相等实根，$\\Delta<0$ 无实数根。",
                "$\\Delta>0$: two distinct real roots; $\\Delta=0$: a repeated root; $\\Delta<0$: none.")],
    )
    if disc < 0:
        chain.done(NO_REAL, _answer(x, _real_roots(d["lhs"] - d["rhs"], x)))
        return
    roots = sorted({sp.radsimp((-b + s * sp.sqrt(disc)) / (2 * a)) for s in (1, -1)}, key=float)
    formula = f"x=\\frac{{{tex(-b)}\\pm\\sqrt{{{tex(disc)}}}}}{{{tex(2 * a)}}}"
    chain.ask(
        ("代入求根公式 $x=\\frac{-b\\pm\\sqrt{\\Delta}}{2a}$，方程的根是什么？",
         "Use the quadratic formula $x=\\frac{-b\\pm\\sqrt{\\Delta}}{2a}$. What are the roots?"),
        (f"${formula}$，即 {roots_math(x.name, roots, 'zh')}",
         f"${formula}$, so {roots_math(x.name, roots, 'en')}"),
        _implies(general, x, roots),
        kps=["quad.equation"],
        hints=[("分母是 $2a$，不是 $2$。", "The denominator is $2a$, not $2$."),
               ("先算 $\\sqrt{\\Delta}$，再分别取正负号。", "Compute $\\sqrt{\\Delta}$ first, then take each sign.")],
    )
    chain.done(_answer(x, roots), _answer(x, _real_roots(d["lhs"] - d["rhs"], x)))


def _quad_square(chain: Chain, d: dict) -> None:
    x, general = d["x"], d["general"]
    a, b, c = _coefficients(general, x)
    h = b / (2 * a)
    k = h**2 - c / a
    monic = sp.expand(general / a)
    moved = x**2 + (b / a) * x
    chain.ask(
        ("把二次项系数化为 1，并把常数项移到等号右边，得到什么？",
         "Make the leading coefficient 1 and move the constant term to the right. What do you get?"),
        (f"${tex(moved)}={tex(-c / a)}$", f"${tex(moved)}={tex(-c / a)}$"),
        f"{plain(d['lhs'])} = {plain(d['rhs'])} \\Leftrightarrow {plain(moved)} = {plain(-c / a)}",
        kps=["quad.equation", "completing_square"],
        hints=[("两边同除以二次项系数。", "Divide both sides by the leading coefficient.")],
    )
    square = (x + h) ** 2
    chain.ask(
        ("两边同加上一次项系数一半的平方，左边写成完全平方，方程变成什么？",
         "Add the square of half the coefficient of x to both sides and write the left side as a perfect square. What is the equation now?"),
        (f"${tex(square)}={tex(k)}$", f"${tex(square)}={tex(k)}$"),
        f"{plain(monic)} = {plain(square)} - {plain(k)}" if k >= 0 else f"{plain(monic)} = {plain(square)} + {plain(-k)}",
        kps=["quad.equation", "completing_square"],
        hints=[(f"一次项系数的一半是 ${tex(h)}$。", f"Half the coefficient of $x$ is ${tex(h)}$."),
               ("$x^2+2hx+h^2=(x+h)^2$。", "$x^2+2hx+h^2=(x+h)^2$.")],
    )
    if k < 0:
        chain.ask(
            ("一个实数的平方能是负数吗？方程有实数根吗？", "Can the square of a real number be negative? Are there real roots?"),
            (f"${tex(k)}<0$，不能，方程没有实数根。", f"${tex(k)}<0$: no, so there are no real roots."),
            f"{plain(k)} < 0",
            kps=["quad.discriminant"],
        )
        chain.done(NO_REAL, _answer(x, _real_roots(d["lhs"] - d["rhs"], x)))
        return
    roots = sorted({sp.radsimp(-h + s * sp.sqrt(k)) for s in (1, -1)}, key=float)
    chain.ask(
        ("两边开平方，$x$ 等于多少？", "Take square roots of both sides. What is $x$?"),
        (f"${tex(x + h)}=\\pm{tex(sp.sqrt(k))}$，所以 {roots_math(x.name, roots, 'zh')}",
         f"${tex(x + h)}=\\pm{tex(sp.sqrt(k))}$, so {roots_math(x.name, roots, 'en')}"),
        f"{plain(square)} = {plain(k)} \\Rightarrow {roots_text(x.name, roots, 'zh')}",
        kps=["quad.equation"],
        hints=[("开平方时别忘了正负两种情况。", "Remember both the positive and the negative square root.")],
    )
    chain.done(_answer(x, roots), _answer(x, _real_roots(d["lhs"] - d["rhs"], x)))


def _rational_roots(d: dict) -> bool:
    roots = sp.roots(sp.Poly(d["general"], d["x"]))
    return all(r.is_Rational for r in roots) and sum(roots.values()) == sp.Poly(d["general"], d["x"]).degree()


register(Solver("equation.linear", "inequalities", _kind("linear"),
                (Method(("移项合并法", "Transposing terms"), _linear),), ("ineq.properties",), priority=10, answers=frozenset({"solve"})))
register(Solver("equation.quadratic", "quadratics", _kind("quadratic"), (
    Method(("因式分解法", "Factoring"), _quad_factoring, _rational_roots),
    Method(("公式法", "Quadratic formula"), _quad_formula),
    Method(("配方法", "Completing the square"), _quad_square),
), ("quad.equation",), priority=10, answers=frozenset({"solve"})))


# -- higher degree ------------------------------------------------------------------------------------
def _biquadratic(general: sp.Expr, x: sp.Symbol) -> bool:
    poly = sp.Poly(general, x)
    return poly.degree() == 4 and all(poly.coeff_monomial(x**k) == 0 for k in (1, 3))


def _higher_factoring(chain: Chain, d: dict) -> None:
    x, general = d["x"], d["general"]
    rational = sorted(r for r in sp.roots(sp.Poly(general, x)) if r.is_Rational)
    r0 = min(rational, key=lambda r: (abs(r), r))
    _general_form_step(chain, d, "a_nx^n+\\dots+a_0")
    chain.ask(
        ("试根：哪个简单的整数（或分数）代入左边等于 0？", "Trial root: which small integer (or fraction) makes the left-hand side 0?"),
        (f"${x}={tex(r0)}$ 时左边 $=0$", f"At ${x}={tex(r0)}$ the left side is $0$"),
        f"{plain(general.subs(x, paren(r0)))} = 0",
        kps=["fapp.zero"],
        hints=[("有理根 $\\frac{p}{q}$ 中，$p$ 整除常数项，$q$ 整除首项系数。",
                "A rational root p/q has p dividing the constant term and q dividing the leading coefficient."),
               ("先试 $\\pm1, \\pm2$。", "Try $\\pm1, \\pm2$ first.")],
    )
    _factor_step(chain, general, x)
    roots = _real_roots(general, x)
    chain.ask(
        ("令每个因式为 0，方程的全部实数根是什么？", "Set each factor to 0. What are all the real roots?"),
        (", ".join(f"${x}={tex(r)}$" for r in roots), ", ".join(f"${x}={tex(r)}$" for r in roots)),
        _implies(general, x, roots),
        kps=["quad.equation"],
        hints=[("二次因式可以再用判别式判断有无实数根。", "For a quadratic factor, use the discriminant to see whether it has real roots.")],
    )
    chain.done(_answer(x, roots), _answer(x, _real_roots(d["lhs"] - d["rhs"], x)))


def _higher_substitution(chain: Chain, d: dict) -> None:
    x, general = d["x"], d["general"]
    t = sp.Symbol("t", real=True)
    in_t = sp.expand(general.subs(x**2, t))
    t_roots = sorted(sp.roots(sp.Poly(in_t, t)), key=lambda r: float(sp.re(r)))
    _general_form_step(chain, d, "ax^4+bx^2+c")
    chain.ask(
        (f"令 $t={x}^2$ ($t\\ge0$)，方程变成关于 $t$ 的什么方程？", f"Let $t={x}^2$ ($t\\ge0$). What equation in $t$ do you get?"),
        (f"${tex(in_t)}=0$", f"${tex(in_t)}=0$"),
        f"{plain(general)} = {plain(in_t.subs(t, paren(x**2)))}",
        kps=["substitution", "quad.equation"],
        hints=[(f"${x}^4=({x}^2)^2=t^2$。", f"${x}^4=({x}^2)^2=t^2$.")],
    )
    chain.ask(
        ("解这个关于 $t$ 的二次方程。", "Solve this quadratic equation in $t$."),
        (", ".join(f"$t={tex(r)}$" for r in t_roots), ", ".join(f"$t={tex(r)}$" for r in t_roots)),
        _implies(in_t, t, t_roots),
        kps=["quad.equation"],
        hints=[("用因式分解或求根公式。", "Factor it or use the quadratic formula.")],
    )
    roots = sorted({sp.radsimp(s * sp.sqrt(r)) for r in t_roots if r.is_real and r >= 0 for s in (1, -1)}, key=float)
    chain.ask(
        (f"由 ${x}^2=t$ 且 $t\\ge0$ 求出 ${x}$。", f"From ${x}^2=t$ with $t\\ge0$, find ${x}$."),
        (", ".join(f"${x}={tex(r)}$" for r in roots) or "无实数根", ", ".join(f"${x}={tex(r)}$" for r in roots) or "no real roots"),
        _implies(general, x, roots) if roots else "",
        kps=["quad.equation", "substitution"],
        hints=[("负的 $t$ 要舍去。", "Discard negative values of $t$.")],
    )
    chain.done(_answer(x, roots), _answer(x, _real_roots(d["lhs"] - d["rhs"], x)))


register(Solver("equation.higher", "function_applications", _kind("higher"), (
    Method(("试根因式分解法", "Trial root and factoring"), _higher_factoring,
           lambda d: any(r.is_Rational for r in sp.roots(sp.Poly(d["general"], d["x"])))),
    Method(("换元法", "Substitution"), _higher_substitution, lambda d: _biquadratic(d["general"], d["x"])),
), ("fapp.zero",), priority=10, answers=frozenset({"solve"})))


# -- fractional -----------------------------------------------------------------------------------------
def _fractional(chain: Chain, d: dict) -> None:
    x, lhs, rhs = d["x"], d["lhs"], d["rhs"]
    den = sp.denom(sp.together(lhs - rhs))
    cleared = sp.expand(sp.cancel((lhs - rhs) * den))
    if sp.Poly(cleared, x).LC() < 0:
        cleared = -cleared
    chain.ask(
        ("两边同乘最简公分母，去分母后得到什么整式方程？", "Multiply both sides by the lowest common denominator. What polynomial equation do you get?"),
        (f"${tex(cleared)}=0$（最简公分母 ${tex(sp.factor(den))}$）", f"${tex(cleared)}=0$ (common denominator ${tex(sp.factor(den))}$)"),
        f"{plain(lhs)} = {plain(rhs)} \\Rightarrow {plain(cleared)} = 0",
        kps=["ineq.properties"],
        hints=[("找出所有分母的最简公分母。", "Find the lowest common denominator of every fraction."),
               ("每一项都要乘，包括不含分母的项。", "Multiply every term, including those without a denominator.")],
    )
    cands = _real_roots(cleared, x)
    chain.ask(
        ("解这个整式方程。", "Solve this polynomial equation."),
        (", ".join(f"${x}={tex(r)}$" for r in cands) or "无解", ", ".join(f"${x}={tex(r)}$" for r in cands) or "none"),
        _implies(cleared, x, cands) if cands else "",
        kps=["quad.equation"],
    )
    good = [r for r in cands if den.subs(x, r) != 0]
    bad = [r for r in cands if den.subs(x, r) == 0]
    chain.ask(
        ("检验：哪些根使分母为 0（增根），要舍去？", "Check: which roots make a denominator 0 (extraneous roots) and must be discarded?"),
        ((f"${x}={', '.join(tex(r) for r in bad)}$ 是增根，舍去" if bad else "没有增根") ,
         (f"${x}={', '.join(tex(r) for r in bad)}$ is extraneous" if bad else "no extraneous root")),
        f"{plain(den.subs(x, paren(cands[0])))} = {plain(den.subs(x, cands[0]))}" if cands else "",
        kps=["func.domain"],
        hints=[("把根代入最简公分母。", "Substitute each root into the common denominator.")],
    )
    answer = _answer(x, good) if good else ("原方程无解", "the equation has no solution")
    reference_set = sp.solveset(sp.Eq(lhs, rhs), x, domain=sp.S.Reals)
    ref = _answer(x, sorted(reference_set, key=float)) if isinstance(reference_set, sp.FiniteSet) and reference_set else answer
    chain.done(answer, ref)


register(Solver("equation.fractional", "inequalities", _kind("fractional"),
                (Method(("去分母法", "Clearing denominators"), _fractional),), ("ineq.properties",), priority=10, answers=frozenset({"solve"})))
