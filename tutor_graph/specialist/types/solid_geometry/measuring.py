"""Measuring solids: the sizes a formula still needs, the formulas, the spheres' radii, and the reference.

`derive` finds the missing sizes (height, slant height, radius) in a right triangle or by solving a formula,
`formula` gives the asked quantity by the textbook formula, `sphere_radius` the circumscribed / inscribed sphere's
radius by the textbook fact. `reference` is independent of all three: round solids by integrating cross-sections
(祖暅 / slicing), polyhedra from vertex coordinates, circumscribed spheres by an equidistant centre.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.solid_polyhedra import circumradius, polyhedron, volume_and_surface
from tutor_graph.specialist.solid_shapes import Shape

z = sp.Symbol("z", real=True)
NAMES = {"volume": ("体积", "volume"), "surface": ("表面积", "surface area"), "lateral": ("侧面积", "lateral area"),
          "height": ("高", "height"), "slant": ("母线长", "slant height"), "radius": ("半径", "radius"),
          "diagonal": ("体对角线长", "body diagonal")}
_ROUND = ("sphere", "cone", "cylinder")
_KP = ["solid.area_volume"]


def _p(v: Any) -> str:
    return f"({plain(v)})"


def derive(s: Shape) -> list[tuple[str, sp.Expr, str, tuple[str, str]]] | None:
    """Missing sizes from the given ones: (name, value, claim, (why zh, why en)) in order; None when impossible."""
    d, out = dict(s.sizes), []

    def add(name, value, claim, why):
        value = sp.radsimp(value)
        if not (value.is_positive and value.is_finite):
            raise ValueError("impossible sizes")
        d[name] = value
        out.append((name, value, claim, why))

    try:
        k = s.kind
        if k == "sphere" and "r" not in d:
            if "V" in d:
                add("r", sp.cbrt(3 * d["V"] / (4 * sp.pi)), f"(4/3)*pi*r^3 = {plain(d['V'])} \\Rightarrow r = {{v}}",
                    ("由 $V=\\frac43\\pi r^3$ 解出半径", "solve $V=\\frac43\\pi r^3$ for the radius"))
            elif "S" in d:
                add("r", sp.sqrt(d["S"] / (4 * sp.pi)), f"4*pi*r^2 = {plain(d['S'])} \\Rightarrow r = {{v}}",
                    ("由 $S=4\\pi r^2$ 解出半径", "solve $S=4\\pi r^2$ for the radius"))
        if k == "cone":
            if "h" not in d and {"r", "l"} <= set(d):
                add("h", sp.sqrt(d["l"] ** 2 - d["r"] ** 2), f"sqrt({_p(d['l'])}^2 - {_p(d['r'])}^2) = {{v}}",
                    ("轴截面中，高、底面半径、母线构成直角三角形", "height, radius and slant height form a right triangle"))
            if "l" not in d and {"r", "h"} <= set(d):
                add("l", sp.sqrt(d["r"] ** 2 + d["h"] ** 2), f"sqrt({_p(d['r'])}^2 + {_p(d['h'])}^2) = {{v}}",
                    ("母线是以高和半径为直角边的直角三角形的斜边", "the slant height is the hypotenuse over height and radius"))
            if "r" not in d and {"l", "h"} <= set(d):
                add("r", sp.sqrt(d["l"] ** 2 - d["h"] ** 2), f"sqrt({_p(d['l'])}^2 - {_p(d['h'])}^2) = {{v}}",
                    ("轴截面中的直角三角形", "the right triangle in the axial section"))
        if k in ("square_pyramid", "triangular_pyramid", "tetrahedron") and "a" in d:
            a = d["a"]
            # centre of the base to a vertex (R0) and to the middle of an edge (r0)
            R0, r0 = (a * sp.sqrt(2) / 2, a / 2) if k == "square_pyramid" else (a * sp.sqrt(3) / 3, a * sp.sqrt(3) / 6)
            if "h" not in d and "l" in d:
                add("h", sp.sqrt(d["l"] ** 2 - R0**2), f"sqrt({_p(d['l'])}^2 - {_p(R0)}^2) = {{v}}",
                    (f"高、侧棱与底面中心到顶点的距离 ${tex(R0)}$ 构成直角三角形", f"height, lateral edge and the centre-to-vertex distance ${tex(R0)}$ form a right triangle"))
            if "h" not in d and "hs" in d:
                add("h", sp.sqrt(d["hs"] ** 2 - r0**2), f"sqrt({_p(d['hs'])}^2 - {_p(r0)}^2) = {{v}}",
                    (f"高、斜高与底面中心到边的距离 ${tex(r0)}$ 构成直角三角形", f"height, slant height and the centre-to-edge distance ${tex(r0)}$ form a right triangle"))
            if "hs" not in d and "h" in d and s.target in ("surface", "lateral"):
                add("hs", sp.sqrt(d["h"] ** 2 + r0**2), f"sqrt({_p(d['h'])}^2 + {_p(r0)}^2) = {{v}}",
                    (f"斜高是以高和 ${tex(r0)}$ 为直角边的直角三角形的斜边", f"the slant height is the hypotenuse over the height and ${tex(r0)}$"))
    except (ValueError, TypeError):
        return None
    return [(n, v, c.replace("{v}", plain(v)), w) for n, v, c, w in out]


def sizes(s: Shape) -> dict[str, sp.Expr] | None:
    steps = derive(s)
    if steps is None:
        return None
    return {**s.sizes, **{n: v for n, v, _, _ in steps}}


def formula(kind: str, target: str, d: dict) -> tuple[sp.Expr, str, tuple[str, str]] | None:
    """(value, arithmetic claim, (formula zh, formula en)) of the asked quantity; None when a size is missing."""
    g: Callable[[str], Any] = d.get  # a missing size is None, and the arithmetic on it a TypeError
    pi = sp.pi
    try:
        table = {
            ("sphere", "volume"): lambda: (sp.Rational(4, 3) * pi * g("r") ** 3, f"(4/3)*pi*{_p(g('r'))}^3", "V=\\frac43\\pi r^3"),
            ("sphere", "surface"): lambda: (4 * pi * g("r") ** 2, f"4*pi*{_p(g('r'))}^2", "S=4\\pi r^2"),
            ("sphere", "radius"): lambda: (g("r"), f"{_p(g('r'))}", "r"),
            ("cone", "volume"): lambda: (pi * g("r") ** 2 * g("h") / 3, f"(1/3)*pi*{_p(g('r'))}^2*{_p(g('h'))}", "V=\\frac13\\pi r^2h"),
            ("cone", "lateral"): lambda: (pi * g("r") * g("l"), f"pi*{_p(g('r'))}*{_p(g('l'))}", "S_{侧}=\\pi rl"),
            ("cone", "surface"): lambda: (pi * g("r") ** 2 + pi * g("r") * g("l"), f"pi*{_p(g('r'))}^2 + pi*{_p(g('r'))}*{_p(g('l'))}", "S=\\pi r^2+\\pi rl"),
            ("cone", "height"): lambda: (g("h"), f"{_p(g('h'))}", "h"),
            ("cone", "slant"): lambda: (g("l"), f"{_p(g('l'))}", "l"),
            ("cylinder", "volume"): lambda: (pi * g("r") ** 2 * g("h"), f"pi*{_p(g('r'))}^2*{_p(g('h'))}", "V=\\pi r^2h"),
            ("cylinder", "lateral"): lambda: (2 * pi * g("r") * g("h"), f"2*pi*{_p(g('r'))}*{_p(g('h'))}", "S_{侧}=2\\pi rh"),
            ("cylinder", "surface"): lambda: (2 * pi * g("r") ** 2 + 2 * pi * g("r") * g("h"), f"2*pi*{_p(g('r'))}^2 + 2*pi*{_p(g('r'))}*{_p(g('h'))}",
                                      "S=2\\pi r^2+2\\pi rh"),
            ("cube", "volume"): lambda: (g("a") ** 3, f"{_p(g('a'))}^3", "V=a^3"),
            ("cube", "surface"): lambda: (6 * g("a") ** 2, f"6*{_p(g('a'))}^2", "S=6a^2"),
            ("cube", "diagonal"): lambda: (sp.sqrt(3) * g("a"), f"sqrt(3*{_p(g('a'))}^2)", "\\sqrt{3}a"),
            ("cuboid", "volume"): lambda: (g("a") * g("b") * g("c"), f"{_p(g('a'))}*{_p(g('b'))}*{_p(g('c'))}", "V=abc"),
            ("cuboid", "surface"): lambda: (2 * (g("a") * g("b") + g("b") * g("c") + g("c") * g("a")),
                                    f"2*({_p(g('a'))}*{_p(g('b'))} + {_p(g('b'))}*{_p(g('c'))} + {_p(g('c'))}*{_p(g('a'))})", "S=2(ab+bc+ca)"),
            ("cuboid", "diagonal"): lambda: (sp.sqrt(g("a") ** 2 + g("b") ** 2 + g("c") ** 2), f"sqrt({_p(g('a'))}^2 + {_p(g('b'))}^2 + {_p(g('c'))}^2)",
                                     "\\sqrt{a^2+b^2+c^2}"),
            ("square_pyramid", "volume"): lambda: (g("a") ** 2 * g("h") / 3, f"(1/3)*{_p(g('a'))}^2*{_p(g('h'))}", "V=\\frac13a^2h"),
            ("square_pyramid", "lateral"): lambda: (2 * g("a") * g("hs"), f"4*(1/2)*{_p(g('a'))}*{_p(g('hs'))}", "S_{侧}=4\\cdot\\frac12ah'"),
            ("square_pyramid", "surface"): lambda: (g("a") ** 2 + 2 * g("a") * g("hs"), f"{_p(g('a'))}^2 + 4*(1/2)*{_p(g('a'))}*{_p(g('hs'))}",
                                            "S=a^2+4\\cdot\\frac12ah'"),
            ("square_pyramid", "height"): lambda: (g("h"), f"{_p(g('h'))}", "h"),
        }
        tri = sp.sqrt(3) / 4
        for k in ("triangular_pyramid", "tetrahedron"):
            table[(k, "volume")] = lambda: (tri * g("a") ** 2 * g("h") / 3, f"(1/3)*(sqrt(3)/4)*{_p(g('a'))}^2*{_p(g('h'))}", "V=\\frac13\\cdot\\frac{\\sqrt3}{4}a^2h")
            table[(k, "lateral")] = lambda: (3 * g("a") * g("hs") / 2, f"3*(1/2)*{_p(g('a'))}*{_p(g('hs'))}", "S_{侧}=3\\cdot\\frac12ah'")
            table[(k, "height")] = lambda: (g("h"), f"{_p(g('h'))}", "h")
        table[("tetrahedron", "surface")] = lambda: (4 * tri * g("a") ** 2, f"4*(sqrt(3)/4)*{_p(g('a'))}^2", "S=4\\cdot\\frac{\\sqrt3}{4}a^2")
        table[("triangular_prism", "volume")] = lambda: (tri * g("a") ** 2 * g("h"), f"(sqrt(3)/4)*{_p(g('a'))}^2*{_p(g('h'))}", "V=\\frac{\\sqrt3}{4}a^2h")
        table[("triangular_prism", "lateral")] = lambda: (3 * g("a") * g("h"), f"3*{_p(g('a'))}*{_p(g('h'))}", "S_{侧}=3ah")
        table[("triangular_prism", "surface")] = lambda: (2 * tri * g("a") ** 2 + 3 * g("a") * g("h"), f"2*(sqrt(3)/4)*{_p(g('a'))}^2 + 3*{_p(g('a'))}*{_p(g('h'))}",
                                                  "S=2\\cdot\\frac{\\sqrt3}{4}a^2+3ah")
        table[("square_prism", "volume")] = lambda: (g("a") ** 2 * g("h"), f"{_p(g('a'))}^2*{_p(g('h'))}", "V=a^2h")
        table[("square_prism", "lateral")] = lambda: (4 * g("a") * g("h"), f"4*{_p(g('a'))}*{_p(g('h'))}", "S_{侧}=4ah")
        table[("square_prism", "surface")] = lambda: (2 * g("a") ** 2 + 4 * g("a") * g("h"), f"2*{_p(g('a'))}^2 + 4*{_p(g('a'))}*{_p(g('h'))}", "S=2a^2+4ah")
        value, claim, formula = table[(kind, target)]()
    except (KeyError, TypeError):
        return None
    value = sp.radsimp(sp.expand(value))
    return value, f"{claim} = {plain(value)}", (formula, formula.replace("侧", "lat"))


def sphere_radius(s: Shape, d: dict) -> tuple[sp.Expr, str, tuple[str, str]] | None:
    """The circumscribed / inscribed sphere's radius from the solid's sizes (the textbook fact)."""
    g: Callable[[str], Any] = d.get  # a missing size is None, and the arithmetic on it a TypeError
    try:
        if s.sphere == "inscribed":
            if s.kind != "cube":
                return None
            return g("a") / 2, f"{_p(g('a'))}/2", ("正方体内切球的直径等于棱长", "the inscribed sphere's diameter is the edge")
        if s.kind in ("cube", "cuboid", "corner", "square_prism"):
            a = g("a")
            b, c = (a, a) if s.kind == "cube" else (a, g("h")) if s.kind == "square_prism" else (g("b"), g("c"))
            why = (("外接球的直径就是体对角线", "the diameter is the body diagonal") if s.kind != "corner" else
                   ("三条棱两两垂直：补成长方体，外接球的直径是长方体的体对角线", "complete it to a cuboid: the diameter is the cuboid's diagonal"))
            return sp.sqrt(a**2 + b**2 + c**2) / 2, f"sqrt({_p(a)}^2 + {_p(b)}^2 + {_p(c)}^2)/2", why
        if s.kind == "cylinder":
            return sp.sqrt(g("r") ** 2 + (g("h") / 2) ** 2), f"sqrt({_p(g('r'))}^2 + ({_p(g('h'))}/2)^2)", \
                ("球心是轴的中点", "the centre is the midpoint of the axis")
        if s.kind in ("cone", "square_pyramid", "triangular_pyramid", "tetrahedron"):
            base = g("r") if s.kind == "cone" else (g("a") * sp.sqrt(2) / 2 if s.kind == "square_pyramid" else g("a") * sp.sqrt(3) / 3)
            h = g("h")
            return (h**2 + base**2) / (2 * h), f"(({_p(h)})^2 + ({_p(base)})^2)/(2*{_p(h)})", \
                (f"球心在高上：$(h-R)^2+{tex(base)}^2=R^2$", f"the centre is on the height: $(h-R)^2+{tex(base)}^2=R^2$")
        if s.kind == "triangular_prism":
            return sp.sqrt(g("a") ** 2 / 3 + (g("h") / 2) ** 2), f"sqrt(({_p(g('a'))})^2/3 + ({_p(g('h'))}/2)^2)", \
                ("球心是上下底面中心连线的中点", "the centre is the midpoint of the line joining the base centres")
    except TypeError:
        return None
    return None


def reference(s: Shape) -> str:
    """Independent of the formulas: slicing integrals for round solids, coordinates for polyhedra."""
    d = dict(s.sizes)
    if s.sphere:
        R = circumradius(s) if s.sphere == "circumscribed" else d["a"] / 2
        value = {"volume": sp.integrate(sp.pi * (R**2 - z**2), (z, -R, R)), "radius": R,
                 "surface": sp.diff(sp.integrate(sp.pi * (sp.Symbol("t") ** 2 - z**2), (z, -sp.Symbol("t"), sp.Symbol("t"))),
                                    sp.Symbol("t")).subs(sp.Symbol("t"), R)}[s.target]
    elif s.kind in _ROUND:
        value = _round_reference(s, d)
    else:
        value = volume_and_surface(polyhedron(s), s.target)
    return plain(sp.radsimp(sp.nsimplify(value) if value.is_Float else value))


def _round_reference(s: Shape, d: dict) -> sp.Expr:
    t = sp.Symbol("t", positive=True)
    if s.kind == "sphere":
        vol = sp.integrate(sp.pi * (t**2 - z**2), (z, -t, t))  # slices of a ball of radius t
        r: Any = d.get("r")
        if r is None:
            given, key = (vol, "V") if "V" in d else (sp.diff(vol, t), "S")  # the surface is dV/dr
            r = [x for x in sp.solve(sp.Eq(given, d[key]), t) if x.is_positive][0]
        return {"volume": vol.subs(t, r), "surface": sp.diff(vol, t).subs(t, r), "radius": r}[s.target]
    r, h, given_slant = (d.get(k) for k in ("r", "h", "l"))  # Any: sizes missing from the text are None
    if s.kind == "cone":
        if h is None:
            h = [x for x in sp.solve(sp.Eq(sp.sqrt(r**2 + t**2), given_slant), t) if x.is_positive][0]
        if r is None:
            r = [x for x in sp.solve(sp.Eq(sp.sqrt(t**2 + h**2), given_slant), t) if x.is_positive][0]
        slant = sp.sqrt(r**2 + h**2)
        # slices: a disc of radius r(1 - z/h); the lateral surface unrolled along the slant
        volume = sp.integrate(sp.pi * (r * (1 - z / h)) ** 2, (z, 0, h))
        lateral = sp.integrate(2 * sp.pi * r * t / slant, (t, 0, slant))
        return {"volume": volume, "lateral": lateral, "surface": lateral + sp.pi * r**2, "height": h, "slant": slant}[s.target]
    volume = sp.integrate(sp.pi * r**2, (z, 0, h))
    lateral = sp.integrate(2 * sp.pi * r, (z, 0, h))
    return {"volume": volume, "lateral": lateral, "surface": lateral + 2 * sp.pi * r**2}[s.target]


