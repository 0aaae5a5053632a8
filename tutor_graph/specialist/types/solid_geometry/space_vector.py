"""空间向量的坐标运算：数量积、夹角、模与含参数的垂直、平行 / Space vectors by coordinates."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp
from sympy.geometry import Point3D

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import dollar, plain, roots_math, tex
from tutor_graph.specialist.space import (
    angle_claim,
    angle_tex,
    angle_text,
    cos_between,
    dot,
    dot_claim,
    length,
    length_claim,
    ratio_claim,
    vp,
    vt,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class SpaceVectors:
    """Two or three vectors by coordinates (one parameter at most) and what is asked of them."""

    vecs: tuple[tuple[str, sp.ImmutableMatrix], ...]
    kind: str  # dot | cos | angle | norm | perp | par
    pair: tuple[str, str]  # the two vectors a dot product, angle or condition is about
    combo: sp.Expr | None  # the combination whose length is asked (kind "norm")
    param: sp.Symbol | None

    def named(self, name: str) -> sp.Matrix:
        return sp.Matrix(dict(self.vecs)[name])


def _combo(text: str, names: set[str]) -> sp.Expr | None:
    """`2a - b` as a combination of vector symbols."""
    text = text.replace("vec{", "").replace("}", "")
    if not re.fullmatch(r"[\d+\-*\s()a-z]+", text):
        return None
    e = try_expr(text)
    if e is None or not e.free_symbols <= {sp.Symbol(n, real=True) for n in names}:
        return None
    return e


def _param_values(v: SpaceVectors) -> list[sp.Expr]:
    """The parameter's values that make the two vectors perpendicular (or parallel)."""
    u, w = v.named(v.pair[0]), v.named(v.pair[1])
    t = v.param
    if v.kind == "perp":
        sols = sp.solve(u.dot(w), t)
    else:
        sols = [s[t] for s in sp.solve(list(u.cross(w)), t, dict=True) if t in s]
    return [s for s in sols if s.is_real]


def _read_vectors(p: Problem) -> dict[str, sp.Matrix]:
    """The vectors the Reading gives by three coordinates (`a` = (1, 2, -1)), by name."""
    out = {}
    for obj in p.objects("vector"):
        parts = [try_expr(c) for c in obj["value"].strip("()").split(",")] if obj["value"] else []
        if len(parts) == 3 and all(c is not None for c in parts):
            out[obj["name"]] = sp.Matrix(parts)
    return out


def detect(p: Problem) -> SpaceVectors | None:
    """`已知空间向量 a=(2,1,-2), b=(1,2,2)，求 |a-2b|` (or a·b, cos⟨a,b⟩, the angle, a parameter from ⊥ / ∥)."""
    if not p.has("向量", "vector", "vec{", "空间", "space"):
        return None
    vecs = _read_vectors(p)
    if len(vecs) < 2 or len(vecs) > 3:
        return None
    params = set().union(*(v.free_symbols for v in vecs.values()))
    if len(params) > 1:
        return None
    asked = [(g["kind"], g["expression"].replace(" ", ""), g["text"]) for g in p.goals]
    pair = tuple(list(vecs)[:2])
    kind, combo = None, None
    norm = next((m for _, e, _ in asked if (m := re.fullmatch(r"\|([\da-z+\-*]+?)\|", e))), None)
    if params:
        if p.has("⊥", "垂直", "perpendicular"):
            kind = "perp"
        elif p.has("∥", "//", "平行", "共线", "parallel", "collinear"):
            kind = "par"
    elif any("cos" in e for _, e, _ in asked):
        kind = "cos"
    elif any(k == "angle" or re.search(r"夹角|angle", t) for k, _, t in asked):
        kind = "angle"
    elif norm:
        combo = _combo(norm.group(1), set(vecs))
        kind = "norm" if combo is not None else None
    elif p.has("数量积", "dot product") or any(re.fullmatch(r"[a-z](?:\\cdot|\*)[a-z]", e) for _, e, _ in asked):
        kind = "dot"
    if kind is None:
        return None
    found = SpaceVectors(tuple((n, sp.ImmutableMatrix(v)) for n, v in vecs.items()), kind, (pair[0], pair[1]),
                         combo, next(iter(params), None))
    if kind in ("perp", "par") and not _param_values(found):
        return None  # holds for every value or for none: not the textbook question
    return found

def _squares(v: sp.Matrix) -> str:
    """`(1)^2 + (2)^2 + (-1)^2`: |v|^2 written out for a claim."""
    return " + ".join(f"({plain(c)})^2" for c in v)


def _combo_tex(v: SpaceVectors) -> str:
    """`\\vec a-2\\vec b` as a textbook prints a combination of vectors."""
    if v.combo is None:
        return ""
    out = ""
    for n, _ in v.vecs:
        c = v.combo.coeff(sp.Symbol(n, real=True))
        if c == 0:
            continue
        size = "" if abs(c) == 1 else tex(abs(c))
        out += ("-" if c < 0 else "+" if out else "") + f"{size}\\vec {n}"
    return out


def _coordinates(out: Values, v: SpaceVectors) -> None:
    """The coordinate method: dot product, lengths, cosine, angle, or the combination's length."""
    if v.kind == "norm":
        assert v.combo is not None
        e, w = v.combo, _combined(v)
        terms = [(n, e.coeff(sp.Symbol(n, real=True))) for n, _ in v.vecs]
        out["combo_pt"] = vt(w)
        out["combo_claim"] = "(" + ", ".join(
            " + ".join(f"({plain(c)})*({plain(v.named(n)[i])})" for n, c in terms if c != 0) for i in range(3)
        ) + f") = {vp(w)}"
        out["len_claim"] = length_claim(w)
        out["len"] = tex(length(w))
        out["final"] = dollar(length(w))
        return
    u, w = v.named(v.pair[0]), v.named(v.pair[1])
    out["dot"], out["dot_plain"], out["dot_claim"] = tex(dot(u, w)), plain(dot(u, w)), dot_claim(u, w)
    out["na_len"], out["na_claim"] = tex(length(u)), length_claim(u)
    out["nb_len"], out["nb_claim"] = tex(length(w)), length_claim(w)
    c = cos_between(u, w, absolute=False)
    out["cos"], out["cos_claim"] = tex(c), ratio_claim(u, w, absolute=False)
    angle = sp.acos(c)
    out["angle"] = angle_tex(angle)
    claim, ctx = angle_claim("cos", c, angle, 180)
    out["angle_claim"], out["angle_range"] = claim, "\n".join(ctx)
    out["final"] = {"dot": dollar(dot(u, w)), "cos": dollar(c)}.get(v.kind, f"${angle_tex(angle)}$")


def _triangle(out: Values, v: SpaceVectors) -> None:
    """The vector triangle: |a|^2, |b|^2, |a-b|^2 by coordinates, then the law of cosines (or Pythagoras)."""
    u, w = v.named(v.pair[0]), v.named(v.pair[1])
    diff = (u - w).applyfunc(sp.expand)
    out["diff_pt"] = vt(diff)
    out["diff_claim"] = "(" + ", ".join(f"({plain(a)}) - ({plain(b)})" for a, b in zip(u, w, strict=True)) + f") = {vp(diff)}"
    sq = {key: sp.expand(sum(c**2 for c in vec)) for key, vec in (("a2", u), ("b2", w), ("d2", diff))}
    for key, vec in (("a2", u), ("b2", w), ("d2", diff)):
        claim = _squares(vec)
        out[key], out[f"{key}_plain"], out[f"{key}_claim"] = tex(sq[key]), plain(sq[key]), f"{claim} = {plain(sq[key])}"
    out["sq_claim"] = f"{out['a2_claim']} 且 {out['b2_claim']} 且 {out['d2_claim']}"
    if v.kind == "perp":
        roots = sorted(set(_param_values(v)), key=float)
        out["pyth_claim"] = (f"{plain(sq['d2'])} = ({plain(sq['a2'])}) + ({plain(sq['b2'])}) \\Rightarrow "
                             + " 或 ".join(f"{v.param} = {plain(r)}" for r in roots))
        out["pyth_eq"] = f"{tex(sq['d2'])}={tex(sp.expand(sq['a2'] + sq['b2']))}"
        return
    top = sp.expand(sq["a2"] + sq["b2"] - sq["d2"])
    value = sp.radsimp(top / 2)
    out["law_dot"], out["law_dot_claim"] = tex(value), f"(({plain(sq['a2'])}) + ({plain(sq['b2'])}) - ({plain(sq['d2'])}))/2 = {plain(value)}"
    c = sp.radsimp(top / (2 * sp.sqrt(sq["a2"]) * sp.sqrt(sq["b2"])))
    out["law_cos"] = tex(c)
    out["law_cos_claim"] = (f"(({plain(sq['a2'])}) + ({plain(sq['b2'])}) - ({plain(sq['d2'])}))"
                            f"/(2*sqrt({plain(sq['a2'])})*sqrt({plain(sq['b2'])})) = {plain(c)}")


def _expansion(out: Values, v: SpaceVectors) -> None:
    """|xa + yb|^2 = x^2|a|^2 + 2xy a·b + y^2|b|^2, each piece by coordinates."""
    assert v.combo is not None
    (na, u), (nb, w) = [(n, v.named(n)) for n in v.pair]
    ca, cb = (v.combo.coeff(sp.Symbol(n, real=True)) for n in (na, nb))
    a2, b2, ab = sp.expand(u.dot(u)), sp.expand(w.dot(w)), dot(u, w)
    out["a2"], out["b2"], out["ab"] = tex(a2), tex(b2), tex(ab)
    out["a2_claim"] = f"{_squares(u)} = {plain(a2)}"
    out["b2_claim"] = f"{_squares(w)} = {plain(b2)}"
    out["parts_claim"] = f"{out['a2_claim']} 且 {out['b2_claim']} 且 {dot_claim(u, w)}"
    square = sp.expand(ca**2 * a2 + 2 * ca * cb * ab + cb**2 * b2)
    middle = 2 * ca * cb

    def coeff(c: sp.Expr) -> str:
        return "" if c == 1 else tex(c)

    sign = "+" if middle >= 0 else "-"
    out["expand"] = (f"{coeff(ca**2)}|\\vec {na}|^2{sign}{coeff(abs(middle))}\\vec {na}\\cdot\\vec {nb}"
                     f"+{coeff(cb**2)}|\\vec {nb}|^2")
    out["square"] = tex(square)
    out["square_claim"] = (f"({plain(ca**2)})*({plain(a2)}) + ({plain(middle)})*({plain(ab)}) + "
                           f"({plain(cb**2)})*({plain(b2)}) = {plain(square)}")
    out["root_claim"] = f"sqrt({plain(square)}) = {plain(sp.sqrt(square))}"


def _combined(v: SpaceVectors) -> sp.Matrix:
    assert v.combo is not None
    combo = v.combo
    return sum((combo.coeff(sp.Symbol(n, real=True)) * sp.Matrix(m) for n, m in v.vecs),
               sp.zeros(3, 1)).applyfunc(sp.expand)


def _parameter(out: Values, v: SpaceVectors) -> None:
    """The coordinate equation for ⊥ (dot product 0) or ∥ (one vector a multiple of the other)."""
    (na, u), (nb, w) = [(n, v.named(n)) for n in v.pair]
    t = v.param
    assert t is not None
    roots = _param_values(v)
    roots_claim = " 或 ".join(f"{t} = {plain(s)}" for s in roots)
    out["p"] = tex(t)
    out["final"], out["final_en"] = roots_math(tex(t), roots, "zh"), roots_math(tex(t), roots, "en")
    if v.kind == "perp":
        out["perp_eq"] = tex(sp.expand(u.dot(w)))
        out["perp_claim"] = " + ".join(f"({plain(a)})*({plain(b)})" for a, b in zip(u, w, strict=True)) + f" = 0 \\Rightarrow {roots_claim}"
        return
    fixed, moving = (u, w) if not u.free_symbols else (w, u)
    lam = sp.Symbol("mu" if t.name == "lambda" else "lambda", real=True)
    sols = sp.solve(list(moving - lam * fixed), [lam, t], dict=True)
    out["moving"], out["fixed"], out["lam"] = vt(moving), vt(fixed), tex(lam)
    out["par_sols"] = ", ".join(f"${tex(lam)}={tex(s[lam])}, {t}={tex(s[t])}$" for s in sols)
    out["par_claim"] = (" 且 ".join(f"{plain(a)} = ({plain(sols[0][lam])})*({plain(b)})" for a, b in zip(moving, fixed, strict=True))
                        + f" \\Rightarrow {roots_claim}")


def values(v: SpaceVectors) -> Values:
    """Every quantity the chains show, and the flags that pick methods and steps."""
    kind = v.kind
    names = v.combo.free_symbols if v.combo is not None else set()
    out: Values = {
        "is_dot": kind == "dot", "is_cos": kind == "cos", "is_angle": kind == "angle", "is_norm": kind == "norm",
        "is_perp": kind == "perp", "is_par": kind == "par", "is_cond": kind in ("perp", "par"),
        "with_lengths": kind in ("cos", "angle"), "triangle_fits": kind in ("dot", "cos", "angle", "perp"),
        # |xa + yb|^2 expanded: the combination uses the first two vectors only
        "expansion_fits": kind == "norm" and names <= {sp.Symbol(n, real=True) for n in v.pair},
        "na": v.pair[0], "nb": v.pair[1], "combo": _combo_tex(v),
    }
    if kind in ("perp", "par"):
        _parameter(out, v)
    else:
        _coordinates(out, v)
    out.setdefault("final_en", out["final"])
    if out["triangle_fits"]:
        tri: Values = {}
        _triangle(tri, v)
        out.update({f"tri_{k}": val for k, val in tri.items()})
    if out["expansion_fits"]:
        exp: Values = {}
        _expansion(exp, v)
        out.update({f"exp_{k}": val for k, val in exp.items()})
    return out


def reference(v: SpaceVectors) -> tuple[str, str]:
    """Independent: SymPy's Point3D, not the written-out formulas."""
    if v.kind in ("perp", "par"):
        u, w = (Point3D(*v.named(n)) for n in v.pair)
        t = v.param
        if v.kind == "perp":
            sols = sp.solve(u.dot(w), t)
        else:
            sols = [s[t] for s in sp.solve(list(sp.Matrix(u.args).cross(sp.Matrix(w.args))), t, dict=True) if t in s]
        text = " 或 ".join(f"{t}={plain(s)}" for s in sorted(set(sols), key=float))
        return text, text.replace(" 或 ", " or ")
    if v.kind == "norm":
        d = Point3D(*_combined(v)).distance(Point3D(0, 0, 0))
        return (plain(sp.nsimplify(d)),) * 2
    u, w = (Point3D(*v.named(n)) for n in v.pair)
    value = u.dot(w)
    if v.kind != "dot":
        value = sp.radsimp(value / (u.distance(Point3D(0, 0, 0)) * w.distance(Point3D(0, 0, 0))))
    if v.kind == "angle":
        return (angle_text(sp.acos(value)),) * 2
    return (plain(value),) * 2


TYPE: ProblemType[SpaceVectors] = ProblemType(
    type_id="space.vector", module="solid_geometry", name="space_vector", detect=detect, values=values,
    reference=reference, givens=lambda v: [f"{n} = {vp(sp.Matrix(m))}" for n, m in v.vecs], goal=lambda v: v.kind,
    answers=frozenset({"abs", "unknown", "angle", "trig", "expr", "dot"}),  # "dot": the old type had no door for it
    topic="space_vectors",
)
