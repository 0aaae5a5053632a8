"""A complex number from a linear equation in z and its modulus, α|z| + βz = w (|z|+z = 1+3i): by writing
z = a+bi and comparing real and imaginary parts, or by naming the real number r = |z| first."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, tex

_A, _B = sp.symbols("a b", real=True)
_R = sp.Symbol("r", nonnegative=True)
_M = sp.Symbol("M")  # stands for |z| while the equation is read


def _roots(alpha, beta, c, d) -> list[sp.Expr]:
    """The moduli r ≥ 0 with |w − αr| = |β| r, i.e. (c − αr)² + d² = β² r²."""
    return [r for r in sp.solve(sp.expand((c - alpha * _R) ** 2 + d**2 - beta**2 * _R**2), _R) if r.is_nonnegative]


def detect_modulus_equation(p: Problem) -> Match | None:
    if not p.has("复数", "complex") or p.has("共轭", "conjugate", "bar", "overline") or p.goal.kinds != {"unknown"}:
        return None
    if len(p.relations) != 1 or p.relations[0][1] != "=":
        return None
    lhs, _, rhs = p.relations[0]
    z = next((s for s in (lhs - rhs).free_symbols if s.name == "z"), None)
    if z is None or (lhs - rhs).free_symbols != {z} or not re.search(r"(?<![A-Za-z|])z(?![A-Za-z|])", p.goal.text):
        return None
    e = sp.expand((lhs - rhs).subs(sp.Abs(z), _M))
    if e.has(sp.Abs) or not e.is_polynomial(z, _M) or sp.Poly(e, z, _M).total_degree() != 1:
        return None
    alpha, beta, w = e.coeff(_M), e.coeff(z), -e.subs({_M: 0, z: 0})
    if not (alpha.is_Rational and beta.is_Rational and alpha != 0 and beta != 0) or w.free_symbols:
        return None
    c, d = sp.re(w), sp.im(w)
    if not (c.is_Rational and d.is_Rational):
        return None
    roots = _roots(alpha, beta, c, d)
    if len(roots) != 1:
        return None  # no solution or two: a different question
    r = roots[0]
    z0 = sp.expand((w - alpha * r) / beta)
    return Match([f"{plain(lhs)} = {plain(rhs)}"], "z", {"alpha": alpha, "beta": beta, "w": w, "c": c, "d": d, "r": r, "z": z0}, 0.9)


def _reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy solves the real and imaginary parts for real a, b and keeps the solutions that check."""
    eqs = [d["alpha"] * sp.sqrt(_A**2 + _B**2) + d["beta"] * _A - d["c"], d["beta"] * _B - d["d"]]
    found = []
    for sol in sp.solve(eqs, [_A, _B], dict=True):
        z = sol[_A] + sol[_B] * sp.I
        if sp.simplify(d["alpha"] * sp.Abs(z) + d["beta"] * z - d["w"]) == 0:
            found.append(sp.expand(z))
    return (plain(found[0]),) * 2 if len(found) == 1 else ("?", "?")


def _lhs_tex(d: dict, z: str) -> str:
    return tex(d["alpha"] * sp.Symbol("|z|") + d["beta"] * sp.Symbol(z))


def _check_step(chain: Chain, d: dict) -> None:
    z0, w = d["z"], d["w"]
    chain.ask(("代回原方程检验。", "Check it in the given equation."), (f"$|{tex(z0)}|={tex(d['r'])}$，代入成立", f"$|{tex(z0)}|={tex(d['r'])}$: it holds"),
              f"{plain(d['alpha'])}*|{plain(z0)}| + ({plain(d['beta'])})*({plain(z0)}) = {plain(w)}", kps=["cplx.geometry"],
              hints=[("平方可能带来增根，必须检验。", "Squaring may bring in false roots: check.")])


def _by_parts(chain: Chain, d: dict) -> None:
    alpha, beta, c, dd = d["alpha"], d["beta"], d["c"], d["d"]
    b0 = dd / beta
    real = alpha * sp.sqrt(_A**2 + b0**2) + beta * _A
    chain.ask(("设 $z=a+bi$（$a,b\\in\\mathbb{R}$），$|z|$ 是实数还是虚数？比较等式两边的实部与虚部。",
               "Put $z=a+bi$ with a, b real. Is $|z|$ real? Compare the real and imaginary parts."),
              (f"$|z|=\\sqrt{{a^2+b^2}}$ 是实数；虚部 ${tex(beta * _B)}={tex(dd)}$，$b={tex(b0)}$；实部 ${tex(alpha * sp.sqrt(_A**2 + _B**2) + beta * _A)}={tex(c)}$",
               f"$|z|=\\sqrt{{a^2+b^2}}$ is real; imaginary parts ${tex(beta * _B)}={tex(dd)}$, $b={tex(b0)}$; real parts "
               f"${tex(alpha * sp.sqrt(_A**2 + _B**2) + beta * _A)}={tex(c)}$"),
              f"{plain(beta * _B)} = {plain(dd)} \\Rightarrow b = {plain(b0)}" if beta != 1 else "",
              kps=["cplx.concept", "cplx.geometry"], hints=[("两个复数相等，实部与虚部分别相等。", "Equal complex numbers have equal real and imaginary parts.")])
    a0 = sp.re(d["z"])
    chain.ask((f"代入 $b={tex(b0)}$，解关于 $a$ 的方程。", f"Substitute $b={tex(b0)}$ and solve for $a$."),
              (f"${tex(real)}={tex(c)}$，移项平方后解得 $a={tex(a0)}$（检验符合）", f"${tex(real)}={tex(c)}$: isolate the root, square, and $a={tex(a0)}$ (it checks)"),
              f"{plain(real)} = {plain(c)} \\Rightarrow a = {plain(a0)}", kps=["cplx.concept"],
              hints=[("把根式单独放在一边再平方。", "Isolate the square root before squaring."), ("平方后要检验。", "Check after squaring.")])
    chain.ask(("写出 $z$。", "Write down $z$."), (f"$z={tex(d['z'])}$",) * 2, f"({plain(a0)}) + ({plain(b0)})*i = {plain(d['z'])}",
              kps=["cplx.concept"], hints=[("$z=a+bi$。", "$z=a+bi$.")])
    _check_step(chain, d)
    chain.done((f"$z={tex(d['z'])}$",) * 2, _reference(d))


def _by_modulus(chain: Chain, d: dict) -> None:
    alpha, beta, w, c, dd, r = d["alpha"], d["beta"], d["w"], d["c"], d["d"], d["r"]
    zr = (w - alpha * _R) / beta
    chain.ask(("$|z|$ 是一个非负实数，记 $|z|=r$。用 $r$ 表示 $z$。", "$|z|$ is a nonnegative real number r. Write z in terms of r."),
              (f"${_lhs_tex(d, 'z')}={tex(w)}$，所以 $z={tex(sp.expand(zr))}$", f"${_lhs_tex(d, 'z')}={tex(w)}$, so $z={tex(sp.expand(zr))}$"),
              "", kps=["cplx.concept"], hints=[("把 $|z|$ 当作已知实数移项。", "Treat $|z|$ as a known real number and move it across.")])
    chain.ask(("再由 $|z|=r$ 列方程，求 $r$。", "Now use $|z|=r$ to get an equation in r, and solve it."),
              (f"$\\left(\\frac{{{tex(c - alpha * _R)}}}{{{tex(beta)}}}\\right)^2+\\left(\\frac{{{tex(dd)}}}{{{tex(beta)}}}\\right)^2=r^2$，$r\\ge 0$，得 $r={tex(r)}$",
               f"$\\left(\\frac{{{tex(c - alpha * _R)}}}{{{tex(beta)}}}\\right)^2+\\left(\\frac{{{tex(dd)}}}{{{tex(beta)}}}\\right)^2=r^2$ with $r\\ge 0$: $r={tex(r)}$"),
              f"({plain(c - alpha * _R)})^2 + ({plain(dd)})^2 = ({plain(beta)})^2*r^2 \\Rightarrow r = {plain(r)}", context=["r \\ge 0"],
              kps=["cplx.geometry"], hints=[("$|a+bi|^2=a^2+b^2$。", "$|a+bi|^2=a^2+b^2$."), ("模是非负数。", "A modulus is nonnegative.")])
    chain.ask(("代回，求 $z$。", "Substitute back: what is z?"), (f"$z={tex(d['z'])}$",) * 2,
              f"({plain(w)} - ({plain(alpha)})*({plain(r)}))/({plain(beta)}) = {plain(d['z'])}", kps=["cplx.arithmetic"],
              hints=[("把 $r$ 代入上面的表达式。", "Put r into the expression above.")])
    _check_step(chain, d)
    chain.done((f"$z={tex(d['z'])}$",) * 2, _reference(d))


register(Solver("complex.modulus_equation", "complex_numbers", detect_modulus_equation, (
    Method(("设代数形式，比较实部虚部", "Write z = a+bi and compare parts"), _by_parts),
    Method(("把模看作实数 r", "Name the real number r = |z|"), _by_modulus),
), ("cplx.concept", "cplx.geometry"), priority=66, answers=frozenset({"unknown"})))
