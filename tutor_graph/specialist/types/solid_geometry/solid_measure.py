"""几何体的表面积、体积、高、母线与外接球、内切球 / Measuring solids: areas, volumes, sizes, spheres."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, tex
from tutor_graph.specialist.solid_shapes import Shape, shape_of
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.solid_geometry.measuring import (
    NAMES,
    derive,
    formula,
    reference,
    sizes,
    sphere_radius,
)
from tutor_graph.specialist.types.template import Values

_LABELS = {"h": ("高", "the height"), "l": ("母线长", "the slant height"),  # l is derived for a cone only
           "r": ("半径", "the radius"),
           "hs": ("斜高", "the slant height")}
_BOXES = ("cube", "cuboid", "corner", "square_prism")
DERIVED = 3  # the template has this many slots for sizes found before the formula


@dataclass(frozen=True)
class Measure:
    """The solid, its given sizes, the asked quantity and the sphere it belongs to (if any)."""

    kind: str
    target: str
    sphere: str  # "circumscribed" / "inscribed" / ""
    given: tuple[tuple[str, sp.Expr], ...]

    def shape(self) -> Shape:
        return Shape(self.kind, dict(self.given), self.target, self.sphere)


_WORDS = ("体积", "表面积", "侧面积", "对角线", "母线", "高", "半径", "volume", "surface area", "lateral", "diagonal",
          "slant height", "height", "radius")


def detect(p: Problem) -> Measure | None:
    """`圆锥的底面半径为 3，母线长为 5，求圆锥的体积`, `棱长为 2 的正方体的外接球的表面积` and the like."""
    if not p.has(*_WORDS):
        return None
    s = shape_of(p)
    if s is None:
        return None
    d = sizes(s)
    if d is None:
        return None
    if s.sphere:
        if sphere_radius(s, d) is None or s.target not in ("volume", "surface", "radius"):
            return None
    elif formula(s.kind, s.target, d) is None:
        return None
    return Measure(s.kind, s.target, s.sphere, tuple(s.sizes.items()))


def _p(v: sp.Expr) -> str:
    return f"({plain(v)})"


def _derived(out: Values, s: Shape) -> None:
    """The sizes found before the formula: slots `d1`…`d3` (label, value, claim, the fact behind it)."""
    steps = derive(s) or []
    assert len(steps) <= DERIVED
    for i in range(1, DERIVED + 1):
        out[f"d{i}"] = i <= len(steps)
        if i > len(steps):
            continue
        name, value, claim, why = steps[i - 1]
        out[f"d{i}_zh"], out[f"d{i}_en"] = _LABELS[name]
        out[f"d{i}_value"], out[f"d{i}_claim"] = tex(value), claim
        out[f"d{i}_ctx"] = f"{name} > 0" if "Rightarrow" in claim else ""
        out[f"d{i}_why_zh"], out[f"d{i}_why_en"] = why


def _unrolled(out: Values, s: Shape, d: dict[str, sp.Expr]) -> None:
    """The lateral surface unrolled: a rectangle 2πr by h (cylinder), a sector of radius l and arc 2πr (cone)."""
    r = d["r"]
    arc = 2 * sp.pi * r
    out["arc"], out["arc_claim"] = tex(arc), f"2*pi*{_p(r)} = {plain(arc)}"
    if s.kind == "cylinder":
        lateral = sp.expand(arc * d["h"])
        out["net_claim"] = f"{_p(arc)}*{_p(d['h'])} = {plain(lateral)}"
        bases = 2 * sp.pi * r**2
    else:
        lateral = sp.expand(arc * d["l"] / 2)
        out["net_claim"] = f"(1/2)*{_p(arc)}*{_p(d['l'])} = {plain(lateral)}"
        bases = sp.pi * r**2
    out["lateral"] = tex(lateral)
    total = sp.expand(lateral + bases)
    out["bases"], out["total"] = tex(bases), tex(total)
    out["total_claim"] = f"{_p(lateral)} + {_p(bases)} = {plain(total)}"


def _by_cones(out: Values, d: dict[str, sp.Expr], target: str) -> None:
    """A ball cut into thin cones from its centre: V = S·R/3, so one of V, S gives the other."""
    r = d["r"]
    volume, surface = sp.Rational(4, 3) * sp.pi * r**3, 4 * sp.pi * r**2
    if target == "surface":
        out["cones_claim"] = f"3*{_p(volume)}/{_p(r)} = {plain(surface)}"
    else:
        out["cones_claim"] = f"(1/3)*{_p(surface)}*{_p(r)} = {plain(volume)}"


def values(m: Measure) -> Values:
    """Every quantity the chains show, and the flags that pick methods and steps."""
    s = m.shape()
    d = sizes(s)
    assert d is not None  # detect checked it
    zh, en = NAMES[m.target]
    out: Values = {"target_zh": zh, "target_en": en, "axial": "axial" in s.sizes, "sphere": bool(m.sphere),
                   "about_sphere": bool(m.sphere) or m.kind == "sphere"}
    if "axial" in s.sizes:
        a = s.sizes["axial"]
        out["axial_a"], out["axial_r"], out["axial_claim"] = tex(a), tex(a / 2), f"{_p(a)}/2 = {plain(a / 2)}"
    _derived(out, s)
    if m.sphere:
        found = sphere_radius(s, d)
        assert found is not None
        big_r, claim, why = found
        big_r = sp.radsimp(big_r)
        out["sphere_zh"] = "外接" if m.sphere == "circumscribed" else "内切"
        out["sphere_en"] = m.sphere
        out["R"], out["R_claim"] = tex(big_r), f"{claim} = {plain(big_r)}"
        out["R_why_zh"], out["R_why_en"] = why
        done = formula("sphere", m.target, {"r": big_r})
    else:
        done = formula(m.kind, m.target, d)
    assert done is not None
    value, claim, (formula_zh, formula_en) = done
    out["value"], out["claim"], out["formula_zh"], out["formula_en"] = tex(value), claim, formula_zh, formula_en
    out["final"] = dollar(value)
    out["centre_fits"] = m.sphere == "circumscribed" and m.kind in _BOXES
    if out["centre_fits"]:
        a = d["a"]
        b, c = (a, a) if m.kind == "cube" else (a, d["h"]) if m.kind == "square_prism" else (d["b"], d["c"])
        ends = ((a, 0, 0), (0, b, 0), (0, 0, c))
        out["cx"], out["cy"], out["cz"] = tex(a / 2), tex(b / 2), tex(c / 2)
        out["centre_claim"] = (", ".join(f"x^2 + y^2 + z^2 = (x - {_p(e[0])})^2 + (y - {_p(e[1])})^2 + (z - {_p(e[2])})^2"
                                         for e in ends) + f" \\Rightarrow x = {plain(a / 2)}, y = {plain(b / 2)}, z = {plain(c / 2)}")
        big_r = sp.radsimp(sp.sqrt((a / 2) ** 2 + (b / 2) ** 2 + (c / 2) ** 2))
        out["cR"], out["cR_claim"] = tex(big_r), f"sqrt({_p(a / 2)}^2 + {_p(b / 2)}^2 + {_p(c / 2)}^2) = {plain(big_r)}"
        centred = formula("sphere", m.target, {"r": big_r})
        assert centred is not None
        out["c_value"], out["c_claim"] = tex(centred[0]), centred[1]
    out["net_fits"] = not m.sphere and m.kind in ("cone", "cylinder") and m.target in ("lateral", "surface")
    out["net_surface"] = m.target == "surface"
    if out["net_fits"]:
        _unrolled(out, s, d)
        out["net_cone"], out["net_cylinder"] = m.kind == "cone", m.kind == "cylinder"
        cone = m.kind == "cone"
        out["arc_word_zh"], out["arc_word_en"] = ("弧长", "arc") if cone else ("长", "length")
        out["bases_word_zh"], out["bases_word_en"] = ("一个底面圆", "one base circle") if cone else ("两个底面圆", "two base circles")
    # V = S·R/3 links the two: only where one of them is given and the other asked
    out["cones_fits"] = (not m.sphere and m.kind == "sphere" and "r" not in s.sizes
                         and {("V", "surface"), ("S", "volume")} & {(k, m.target) for k in s.sizes} != set())
    if out["cones_fits"]:
        out["cones_surface"] = m.target == "surface"
        out["given_V"] = tex(s.sizes["V"]) if "V" in s.sizes else ""
        out["given_S"] = tex(s.sizes["S"]) if "S" in s.sizes else ""
        _by_cones(out, d, m.target)
    return out


TYPE: ProblemType[Measure] = ProblemType(
    type_id="solid.measure", module="solid_geometry", name="solid_measure", detect=detect, values=values,
    reference=lambda m: reference(m.shape()), givens=lambda m: [f"{k} = {plain(v)}" for k, v in m.given],
    goal=lambda m: f"{m.sphere + ' sphere ' if m.sphere else ''}{m.target} of {m.kind}",
    answers=frozenset({"surface", "volume", "radius"}),
)
