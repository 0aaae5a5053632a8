"""由模与数量积求两向量的夹角 / The angle between two vectors from their lengths and dot product."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.plane_vectors.plane import Angle
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> Angle | None:
    """|a|, |b| and a·b, or (a + m b) ⊥ a, given without coordinates; the angle of a and b asked."""
    # one goal: the angle of a and b ("求 a 与 b 的夹角"), or an angle asked of the two ("the angle between them")
    if len(p.goals) != 1 or not (p.goals[0]["expression"].replace(" ", "") == "\\langlea,b\\rangle"
                                 or re.search(r"夹角|angle", p.goals[0]["text"])):
        return None
    if any(o["value"] for o in p.objects("vector")) or p.objects("point"):
        return None  # vectors by coordinates: `computation` reads those
    a, b = sp.Symbol("a"), sp.Symbol("b")
    norms: dict[str, sp.Expr] = {}
    dots: list[tuple[sp.Expr, str, int]] = []  # (a·b, how, m of (a + m b) ⊥ a)
    for claim in p.given_claims:
        rel = try_relation(normalise(claim))
        if re.search(r"\d\s*[+*]\s*\d", claim.split("=", 1)[-1]):
            return None  # "a·b=3+1": a sum where a value is given reads like a misprint; not guessed at
        if rel is None or rel[1] != "=" or ({s.name for s in rel[0].free_symbols} - {"a", "b"}) or rel[2].free_symbols:
            return None  # a given this type does not read (a parameter, an inequality)
        lhs = rel[0].subs({s: {"a": a, "b": b}[s.name] for s in rel[0].free_symbols})
        if isinstance(lhs, sp.Abs) and lhs.args[0] in (a, b) and rel[2].is_positive:
            norms[str(lhs.args[0])] = rel[2]
        elif sp.expand(lhs - a * b) == 0:
            dots.append((sp.nsimplify(rel[2]), "dot", 0))
        elif rel[2] == 0 and (perp := sp.expand(lhs)).coeff(a, 2) == 1 and (m := perp.coeff(a * b)).is_Integer and m != 0 \
                and sp.expand(perp - a**2 - m * a * b) == 0:  # (a + m b)·a = 0, read from (a + m b) ⊥ a
            dots.append((0, "perp", int(m)))
        else:
            return None
    if set(norms) != {"a", "b"} or len(dots) != 1:
        return None
    dot, how, m = dots[0]
    if how == "dot":
        return Angle(norms["a"], norms["b"], dot, "dot")
    digits = str(abs(m)) if abs(m) != 1 else ""
    return Angle(norms["a"], norms["b"], sp.nsimplify(-norms["a"] ** 2 / m), "perp",
                 f"(a {'+' if m > 0 else '-'} {digits}b) ⊥ a", m)

def _signed(m: int) -> str:
    """`+2\\vec b`, `-\\vec b`: the m b of a + m b as printed."""
    sign = "+" if m > 0 else "-"
    return f"{sign}{abs(m) if abs(m) != 1 else ''}\\vec b"


def values(g: Angle) -> Values:
    """The cosine and the angle, and the triangle of a, b and a - b for the law of cosines."""
    cos_v = sp.nsimplify(g.dot / (g.na * g.nb))
    theta = sp.acos(cos_v)
    side2 = sp.nsimplify(g.na**2 - 2 * g.dot + g.nb**2)
    out: Values = {
        "is_perp": g.how == "perp",
        "triangle": abs(cos_v) != 1,  # a, b and a - b close up into a real triangle
        "na": tex(g.na), "nb": tex(g.nb), "dot": tex(g.dot), "cos": tex(cos_v), "theta": tex(theta),
        "cos_claim": f"({plain(g.dot)})/(({plain(g.na)})*({plain(g.nb)})) = {plain(cos_v)}",
        "theta_claim": f"cos({plain(theta)}) = {plain(cos_v)}",
        "side2": tex(side2), "side": tex(sp.sqrt(side2)),
        "side2_claim": f"({plain(g.na)})^2 - 2*({plain(g.dot)}) + ({plain(g.nb)})^2 = {plain(side2)}",
        "law_cos_claim": (f"(({plain(g.na)})^2 + ({plain(g.nb)})^2 - ({plain(side2)}))/(2*({plain(g.na)})*({plain(g.nb)}))"
                          f" = {plain(cos_v)}"),
    }
    if g.how == "perp":
        out["condition"] = f"(\\vec a{_signed(g.coef)})\\perp\\vec a"
        m = g.coef
        out["expanded"] = f"|\\vec a|^2{'+' if m > 0 else '-'}{abs(m) if abs(m) != 1 else ''}\\vec a\\cdot\\vec b=0"
        out["perp_claim"] = f"({plain(g.na)})^2 + ({g.coef})*({plain(g.dot)}) = 0"
    return out


def reference(g: Angle) -> tuple[str, str]:
    """Independent: build two plane vectors with these lengths and dot product, measure the angle."""
    cos_v = g.dot / (g.na * g.nb)
    u = sp.Matrix([g.na, 0])
    v = sp.Matrix([g.nb * cos_v, g.nb * sp.sqrt(1 - cos_v**2)])
    return (plain(sp.nsimplify(sp.acos(sp.simplify(u.dot(v) / (u.norm() * v.norm()))))),) * 2


TYPE: ProblemType[Angle] = ProblemType(
    type_id="vector.angle_from_dot", module="plane_vectors", name="angle_from_dot", detect=detect, values=values,
    reference=reference,
    givens=lambda g: [f"|a| = {plain(g.na)}", f"|b| = {plain(g.nb)}", g.condition or f"a*b = {plain(g.dot)}"],
    goal=lambda g: "angle", answers=frozenset({"angle"}),
)
