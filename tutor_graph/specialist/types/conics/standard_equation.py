"""椭圆、双曲线的标准方程（中心在原点） / The standard equation of an ellipse or hyperbola centred at the origin.

Two conditions among: the foci, the focal distance, the eccentricity, an axis length, “the major axis is k
times the minor axis”, a point on the curve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.analytic_geometry import plane_points
from tutor_graph.specialist.detecting import positive_number
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

A, B = sp.symbols("A B", positive=True)  # a² and b²
_NUM = r"(\d+/\d+|\d+(?:\.\d+)?|sqrt\(\d+\)|\(\(\d+\)/\(\d+\)\)|\(\(sqrt\(\d+\)\)/\(\d+\)\))"


@dataclass(frozen=True)
class Condition:
    """One condition: what it fixes (`c`, `e`, `a`, `b`, `ratio`, `point`), its value, its text, its equation in A, B."""

    tag: str
    value: sp.Expr | None
    zh: str
    en: str
    eq: sp.Eq


@dataclass(frozen=True)
class StandardEquation:
    """Ellipse or hyperbola, the axis of the foci, the two conditions, and the a², b² they give."""

    kind: str
    axis: str
    conds: tuple[Condition, ...]
    a2: sp.Expr
    b2: sp.Expr


def _foci_axis(t: str) -> tuple[str | None, re.Match[str] | None, re.Match[str] | None]:
    foci = re.search(rf"焦点(?:坐标)?(?:为|是)\s*\(\s*±\s*{_NUM}\s*,\s*0\s*\)|foci\s*(?:at|are)?\s*\(\s*±\s*{_NUM}\s*,\s*0\s*\)", t)
    foci_y = re.search(rf"焦点(?:坐标)?(?:为|是)\s*\(\s*0\s*,\s*±\s*{_NUM}\s*\)|foci\s*(?:at|are)?\s*\(\s*0\s*,\s*±\s*{_NUM}\s*\)", t)
    axis = None
    if foci or re.search(r"焦点在\s*x\s*轴上|foci on the x\s*-?\s*axis", t):
        axis = "x"
    if foci_y or re.search(r"焦点在\s*y\s*轴上|foci on the y\s*-?\s*axis", t):
        axis = "y" if axis is None else "both"
    return axis, foci, foci_y


def _first(m: re.Match[str]) -> sp.Expr | None:
    return positive_number(next(g for g in m.groups() if g))


def detect(p: Problem) -> StandardEquation | None:
    """`焦点为 (±3, 0)、离心率 3/5 的椭圆的标准方程`: where the foci lie and exactly two conditions."""
    if not p.has("方程", "equation"):
        return None
    kind = "ellipse" if p.has("椭圆", "ellipse") else "hyperbola" if p.has("双曲线", "hyperbola") else None
    if kind is None or p.objects("curve", "conic"):
        return None  # an equation already written: another question
    t = p.text
    axis, foci, foci_y = _foci_axis(t)
    if axis not in ("x", "y"):
        return None
    conds: list[Condition] = []
    c_val = None
    if (m := foci or foci_y) is not None:
        c_val = _first(m)
    m2 = re.search(rf"焦距(?:为|是)\s*{_NUM}|focal distance (?:is|of)\s*{_NUM}", t)
    if m2 and (half := _first(m2)) is not None:
        c_val = half / 2
    c2 = (A - B) if kind == "ellipse" else (A + B)
    if c_val is not None:
        conds.append(Condition("c", c_val, f"$c={tex(c_val)}$", f"$c={tex(c_val)}$", sp.Eq(c2, c_val**2)))
    e = re.search(rf"离心率(?:为|是)\s*{_NUM}|eccentricity\s*(?:is|of)?\s*{_NUM}", t)
    if e and (ev := _first(e)) is not None:
        conds.append(Condition("e", ev, f"$e={tex(ev)}$", f"$e={tex(ev)}$", sp.Eq(c2, ev**2 * A)))
    ratio = re.search(r"长轴长?是短轴长?的\s*(\d+)\s*倍|major axis (?:is )?(\d+|twice|three times) (?:the )?minor", t)
    if ratio and kind == "ellipse":
        k = {"twice": 2, "three times": 3}.get(ratio.group(2) or "", None) or int(ratio.group(1) or ratio.group(2))
        conds.append(Condition("ratio", sp.Integer(k), f"$a={k}b$", f"$a={k}b$", sp.Eq(A, k**2 * B)))
    for word, sym in ((r"长轴长|实轴长|major axis (?:of )?length|real axis (?:of )?length", A),
                      (r"短轴长|虚轴长|minor axis (?:of )?length|imaginary axis (?:of )?length", B)):
        m3 = re.search(rf"(?:{word})\s*(?:为|是|is)?\s*{_NUM}", t)
        if m3 and (whole := positive_number(m3.group(1))) is not None:
            v, name = whole / 2, "a" if sym == A else "b"
            conds.append(Condition(name, v, f"${name}={tex(v)}$", f"${name}={tex(v)}$", sp.Eq(sym, v**2)))
    pts = [pt for pt in plane_points(p) if not (pt[2] == 0 and foci) and not (pt[1] == 0 and foci_y)]
    if p.has("经过点", "过点", "passes through", "through the point") and len(pts) == 1:
        x0, y0 = pts[0][1], pts[0][2]
        u, v = (x0, y0) if axis == "x" else (y0, x0)
        sign = 1 if kind == "ellipse" else -1
        conds.append(Condition("point", None, f"过点 $({tex(x0)},{tex(y0)})$", f"through $({tex(x0)},{tex(y0)})$",
                               sp.Eq(u**2 / A + sign * v**2 / B, 1)))
    if len(conds) != 2:
        return None
    sols = [s for s in sp.solve([c.eq for c in conds], [A, B], dict=True)
            if s.get(A, 0).is_positive and s.get(B, 0).is_positive]
    if len(sols) != 1 or (kind == "ellipse" and not sols[0][A] > sols[0][B]):
        return None
    return StandardEquation(kind, axis, tuple(conds), sols[0][A], sols[0][B])


def equation(s: StandardEquation, a2: sp.Expr, b2: sp.Expr) -> str:
    """The standard equation as LaTeX in dollars."""
    first, second = ("x", "y") if s.axis == "x" else ("y", "x")
    op = "+" if s.kind == "ellipse" else "-"
    return f"$\\frac{{{first}^{{2}}}}{{{tex(a2)}}} {op} \\frac{{{second}^{{2}}}}{{{tex(b2)}}} = 1$"


def _direct(s: StandardEquation, out: Values) -> None:
    """The basic-quantities method: two of a, b, c read off the conditions (one of them through e = c/a or
    a = kb), the third from the relation c² = a² ∓ b². Offered where no point and no solving is needed."""
    given = {c.tag: c.value for c in s.conds if c.value is not None}
    sign = -1 if s.kind == "ellipse" else 1  # c² = a² + sign·b²
    found: dict[str, sp.Expr] = {k: v for k, v in given.items() if k in ("a", "b", "c")}
    rule = ""
    if "e" in given and "c" in given:
        found["a"], rule = given["c"] / given["e"], f"a=\\frac{{c}}{{e}}={tex(given['c'] / given['e'])}"
        out["rule_claim"] = f"({plain(given['c'])})/({plain(given['e'])}) = {plain(found['a'])}"
    elif "e" in given and "a" in given:
        found["c"], rule = given["a"] * given["e"], f"c=ae={tex(given['a'] * given['e'])}"
        out["rule_claim"] = f"({plain(given['a'])})*({plain(given['e'])}) = {plain(found['c'])}"
    elif "ratio" in given and "a" in given:
        found["b"], rule = given["a"] / given["ratio"], f"b=\\frac{{a}}{{{tex(given['ratio'])}}}={tex(found.get('a', 0) / given['ratio'])}"
        out["rule_claim"] = f"({plain(given['a'])})/({plain(given['ratio'])}) = {plain(found['b'])}"
    elif "ratio" in given and "b" in given:
        found["a"], rule = given["ratio"] * given["b"], f"a={tex(given['ratio'])}b={tex(given['ratio'] * given['b'])}"
        out["rule_claim"] = f"({plain(given['ratio'])})*({plain(given['b'])}) = {plain(found['a'])}"
    out["has_rule"], out["rule"] = bool(rule), rule
    out["direct"] = len(found) == 2 and "point" not in {c.tag for c in s.conds}
    if not out["direct"]:
        return
    a, b, c = found.get("a"), found.get("b"), found.get("c")
    if b is None and a is not None and c is not None:
        b2 = sign * (c**2 - a**2)
        out["third"], out["third_claim"] = f"b^2={tex(b2)}", f"{'-' if sign < 0 else ''}(({plain(c)})^2 - ({plain(a)})^2) = {plain(b2)}"
    elif a is not None and b is not None:
        c2 = a**2 + sign * b**2
        out["third"], out["third_claim"] = f"c^2={tex(c2)}", f"({plain(a)})^2 {'-' if sign < 0 else '+'} ({plain(b)})^2 = {plain(c2)}"
    elif b is not None and c is not None:
        a2 = c**2 - sign * b**2
        out["third"], out["third_claim"] = f"a^2={tex(a2)}", f"({plain(c)})^2 {'+' if sign < 0 else '-'} ({plain(b)})^2 = {plain(a2)}"
    else:
        out["direct"] = False
        return
    out["known"] = "，".join(f"${k}={tex(v)}$" for k, v in sorted(found.items()))
    out["known_en"] = ", ".join(f"${k}={tex(v)}$" for k, v in sorted(found.items()))


def values(s: StandardEquation) -> Values:
    """The form to set up, the system in A = a², B = b² and its solution, and the basic-quantities route."""
    first, second = ("x", "y") if s.axis == "x" else ("y", "x")
    op = "+" if s.kind == "ellipse" else "-"
    a_, b_ = sp.symbols("A B", real=True)
    system = ", ".join(f"{plain(c.eq.lhs.subs({A: a_, B: b_}))} = {plain(c.eq.rhs.subs({A: a_, B: b_}))}" for c in s.conds)
    out: Values = {
        "ellipse": s.kind == "ellipse", "rel": "c^2=a^2-b^2" if s.kind == "ellipse" else "c^2=a^2+b^2",
        "form": f"\\frac{{{first}^2}}{{a^2}}{op}\\frac{{{second}^2}}{{b^2}}=1",
        "conds": "，".join(c.zh for c in s.conds), "conds_en": ", ".join(c.en for c in s.conds),
        "a2": tex(s.a2), "b2": tex(s.b2),
        "system_claim": f"{system}, A > 0, B > 0 \\Rightarrow A = {plain(s.a2)}, B = {plain(s.b2)}",
        "answer": equation(s, s.a2, s.b2),
    }
    _direct(s, out)
    _family(s, out)
    return out


def _family(s: StandardEquation, out: Values) -> None:
    """The family-of-ellipses method: a = kb fixes the shape, so the ellipse is x² + k²y² = λ (foci on the
    x-axis; k²x² + y² = λ on the y-axis) with one unknown λ > 0, which the point gives."""
    tags = {c.tag: c for c in s.conds}
    out["family"] = s.kind == "ellipse" and set(tags) == {"ratio", "point"}
    if not out["family"]:
        return
    k2 = tags["ratio"].value ** 2  # type: ignore[operator]  # a ratio always carries its value
    lhs = tags["point"].eq.lhs  # u²/A + v²/B: u along the axis of the foci
    u2, v2 = sp.expand(lhs * A).subs(A, 0), sp.expand(lhs * B).subs(B, 0)
    lam = u2 + k2 * v2
    first, second = ("x", "y") if s.axis == "x" else ("y", "x")
    out.update({
        "fam": f"{first}^2+{tex(k2)}{second}^2=\\lambda", "lam": tex(lam), "k2": tex(k2),
        "lam_claim": f"{plain(u2)} + {plain(k2)}*{plain(v2)} = {plain(lam)}",
        "div_claim": f"({first}^2 + {plain(k2)}*{second}^2)/({plain(lam)}) = {first}^2/({plain(s.a2)}) + {second}^2/({plain(s.b2)})",
    })


def reference(s: StandardEquation) -> str:
    """Independent: solve for a and b themselves (not their squares), then square."""
    a, b = sp.symbols("a b", positive=True)
    sols = sp.solve([c.eq.subs({A: a**2, B: b**2}) for c in s.conds], [a, b], dict=True)
    return equation(s, sols[0][a] ** 2, sols[0][b] ** 2) if len(sols) == 1 else "?"


TYPE: ProblemType[StandardEquation] = ProblemType(
    type_id="conic.standard_equation", module="conics", name="standard_equation", detect=detect, values=values,
    reference=reference, givens=lambda s: [c.en for c in s.conds], goal=lambda s: "standard equation",
    answers=frozenset({"equation"}),
)
