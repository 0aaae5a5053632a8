"""已知一个三角函数值和象限求其余的值 / The other ratios from one given ratio and the quadrant."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import QUADRANT, both

_GIVEN = re.compile(r"(sin|cos|tan)\s*([αβθx])\s*=\s*(-?\s*\(?[\d./()sqrt√]+\)?)")
_ZH_QUADRANT = re.compile(r"第\s*([一二三四])\s*象限")
_EN_QUADRANT = re.compile(r"(first|second|third|fourth) quadrant")
_AND = " 且 "


@dataclass(frozen=True)
class GivenRatio:
    """func(letter) = value with the angle in `quadrant`; `asked` the other ratios wanted; sin, cos the answers."""

    func: str
    letter: str
    value: sp.Expr
    quadrant: int
    asked: tuple[str, ...]
    sin: sp.Expr
    cos: sp.Expr


def _quadrant(p: Problem) -> int | None:
    iv = re.search(r"∈\s*([(\[])\s*([^,]+?)\s*,\s*([^)\]]+?)\s*([)\]])", p.text)
    if iv:
        lo, hi = try_expr(iv.group(2).replace("°", "*π/180")), try_expr(iv.group(3).replace("°", "*π/180"))
        if lo is None or hi is None:
            return None
        return int(sp.floor(sp.Mod((lo + hi) / 2, 2 * sp.pi) / (sp.pi / 2))) + 1
    if m := _ZH_QUADRANT.search(p.text):
        return "一二三四".index(m.group(1)) + 1
    if m := _EN_QUADRANT.search(p.lower):
        return ["first", "second", "third", "fourth"].index(m.group(1)) + 1
    return None


def _ratios(func: str, val: sp.Expr, q: int) -> tuple[sp.Expr, sp.Expr] | None:
    """(sin, cos) of an angle in quadrant q with func = val, or None when the sign does not fit the quadrant."""
    sign_s = 1 if q in (1, 2) else -1
    sign_c = 1 if q in (1, 4) else -1
    if func == "sin":
        return None if (val > 0) != (sign_s > 0) else (val, sign_c * sp.sqrt(1 - val**2))
    if func == "cos":
        return None if (val > 0) != (sign_c > 0) else (sign_s * sp.sqrt(1 - val**2), val)
    c = sign_c / sp.sqrt(1 + val**2)
    return None if (val * c > 0) != (sign_s > 0) else (sp.radsimp(val * c), sp.radsimp(c))


def detect(p: Problem) -> GivenRatio | None:
    """`已知 sinα=3/5，α∈(π/2,π)，求 tanα` (a quadrant or an interval fixes the signs)."""
    m = _GIVEN.search(p.text)
    if not m or not p.has("求", "find", "compute", "value", "值"):
        return None
    if p.text[:m.start()].rstrip()[-1:] in ("+", "-"):  # "sin α + cos α = 1/5" gives a sum, not cos α
        return None
    func, var, val = m.group(1), m.group(2), try_expr(m.group(3))
    if val is None or val.free_symbols or (func != "tan" and not -1 < val < 1):
        return None
    quadrant = _quadrant(p)
    if quadrant is None:
        return None
    asked = tuple(f for f in ("sin", "cos", "tan") if f != func and re.search(rf"{f}\s*{var}", p.text[m.end():]))
    found = _ratios(func, val, quadrant) if asked else None
    if found is None:
        return None
    return GivenRatio(func, var, val, quadrant, asked, *found)


def _ratio(d: GivenRatio, f: str, sin: sp.Expr | None = None, cos: sp.Expr | None = None) -> sp.Expr:
    s, c = (d.sin, d.cos) if sin is None or cos is None else (sin, cos)
    return sp.nsimplify({"sin": s, "cos": c, "tan": sp.radsimp(s / c)}[f])


def _answer(d: GivenRatio, a: str, sin: sp.Expr | None = None, cos: sp.Expr | None = None) -> tuple[str, str]:
    if len(d.asked) == 1:
        return (dollar(_ratio(d, d.asked[0], sin, cos)),) * 2
    parts = [f"$\\{f} {a} = {tex(_ratio(d, f, sin, cos))}$" for f in d.asked]
    return "，".join(parts), ", ".join(parts)


def _symbol(d: GivenRatio) -> str:
    return {"α": "\\alpha", "β": "\\beta", "θ": "\\theta"}.get(d.letter, d.letter)


def values(d: GivenRatio) -> Values:
    """The other ratio by the identities, the reference triangle's sides, and the signs from the quadrant."""
    a, val = _symbol(d), d.value
    other = "cos" if d.func == "sin" else "sin"
    ov = _ratio(d, other)
    num, den = sp.fraction(sp.nsimplify(abs(val)))
    if d.func == "sin":
        opp, hyp, adj = num, den, sp.sqrt(den**2 - num**2)
    elif d.func == "cos":
        adj, hyp, opp = num, den, sp.sqrt(den**2 - num**2)
    else:
        opp, adj, hyp = num, den, sp.sqrt(num**2 + den**2)
    size = {"sin": (opp, hyp), "cos": (adj, hyp), "tan": (opp, adj)}
    out: Values = {
        "a": a, "func": d.func, "other": other, "from_sc": d.func != "tan", "from_tan": d.func == "tan",
        "asks_tan": "tan" in d.asked, "quadrant": QUADRANT[d.quadrant][0], "quadrant_en": QUADRANT[d.quadrant][1],
        "other_sign": "正" if ov > 0 else "负", "other_sign_en": "positive" if ov > 0 else "negative",
        # the claims as the old solver wrote them (the bank diff matches verified claims by their text)
        "other_claim": (f"({other} {d.letter})^2 = {plain(sp.nsimplify(ov**2))}{_AND}{other} {d.letter} {'>' if ov > 0 else '<'} 0 "
                        f"\\Rightarrow {other} {d.letter} = {plain(ov)}"),
        "signed_values": "，".join(f"$\\{f} {a}={tex(_ratio(d, f))}$" for f in d.asked),
        "signed_values_en": ", ".join(f"$\\{f} {a}={tex(_ratio(d, f))}$" for f in d.asked),
        "signed_claim": _AND.join(f"({plain(_ratio(d, f))})^2 = {plain(sp.nsimplify(_ratio(d, f)**2))}" for f in d.asked),
        "size_claim": _AND.join(f"({plain(size[f][0])})/({plain(size[f][1])}) = {plain(abs(_ratio(d, f)))}" for f in d.asked),
        "sc_claim": f"({plain(d.sin)})/({plain(d.cos)}) = {plain(val)}",
        "sizes": "，".join(f"$|\\{f} {a}|={tex(abs(_ratio(d, f)))}$" for f in d.asked),
        "sizes_en": ", ".join(f"$|\\{f} {a}|={tex(abs(_ratio(d, f)))}$" for f in d.asked),
    }
    out["final"], out["final_en"] = _answer(d, a)
    for name, expr in (("val", val), ("abs_val", abs(val)), ("ov", ov), ("ov2", sp.nsimplify(ov**2)),
                       ("tan_v", _ratio(d, "tan")), ("sin_v", d.sin), ("cos_v", d.cos),
                       ("cos2", sp.nsimplify(d.cos**2)), ("opp", opp), ("adj", adj), ("hyp", hyp)):
        both(out, name, expr)
    return out


def reference(d: GivenRatio) -> tuple[str, str]:
    """Independent: SymPy solves sin² + cos² = 1 with the given ratio and keeps the quadrant's signs."""
    s, c = sp.symbols("s c", real=True)
    given = {"sin": sp.Eq(s, d.value), "cos": sp.Eq(c, d.value), "tan": sp.Eq(s, d.value * c)}[d.func]
    q = d.quadrant
    for sol in sp.solve([given, sp.Eq(s**2 + c**2, 1)], [s, c], dict=True):
        if (sol[s] > 0) == (q in (1, 2)) and (sol[c] > 0) == (q in (1, 4)):
            return _answer(d, _symbol(d), sol[s], sol[c])
    return ("", "")


TYPE: ProblemType[GivenRatio] = ProblemType(
    type_id="trig.given_ratio", module="trigonometry", name="given_ratio", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"{d.func} {d.letter} = {plain(d.value)}", f"quadrant {d.quadrant}"],
    goal=lambda d: ", ".join(f"{a} {d.letter}" for a in d.asked), answers=frozenset({"trig"}),
)
