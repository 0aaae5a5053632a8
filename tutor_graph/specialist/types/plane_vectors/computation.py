"""平面向量的数量积、模、夹角与含参数的垂直、平行 / Plane vectors: dot product, length, angle, a parameter."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, roots_math, tex
from tutor_graph.specialist.types.plane_vectors.plane import (
    A,
    B,
    K,
    Plane,
    condition,
    factor,
    givens,
    point,
    ptex,
    read,
    shown,
    square,
    vtex,
)
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


def detect(p: Problem) -> Plane | None:
    """Coordinates (or two lengths and their angle) given; a dot product, length, angle or parameter asked."""
    found = read(p)
    return found if isinstance(found, Plane) else None


def _dot(out: Values, p: Plane, left: sp.Expr, right: sp.Expr) -> sp.Expr:
    """The dot product of two combinations by coordinates: `dot_*` values."""
    u, v = p.vector(left), p.vector(right)
    value = sp.expand(u.dot(v))
    out["dot_lhs"] = f"{vtex(p, left)}\\cdot {vtex(p, right)}"
    out["dot_sum"] = f"{factor(u[0])}\\times {factor(v[0])}+{factor(u[1])}\\times {factor(v[1])}"
    out["dot_claim"] = f"({plain(u[0])})*({plain(v[0])}) + ({plain(u[1])})*({plain(v[1])}) = {plain(value)}"
    out["dot"], out["dot_plain"] = tex(value), plain(value)
    return value


def _length(out: Values, key: str, v: sp.Matrix) -> sp.Expr:
    """A length by coordinates: `<key>_sum`, `<key>`, `<key>_claim`."""
    value = sp.sqrt(sp.expand(v[0] ** 2 + v[1] ** 2))
    out[f"{key}_sum"] = f"\\sqrt{{{square(v[0])}+{square(v[1])}}}"
    out[key], out[f"{key}_plain"] = tex(value), plain(value)
    out[f"{key}_claim"] = f"sqrt(({plain(v[0])})^2 + ({plain(v[1])})^2) = {plain(value)}"
    return value


def _coordinates(out: Values, p: Plane) -> None:
    """The coordinate method's values for dot, length and angle."""
    if p.kind == "dot":
        out["answer_coord"] = tex(sp.nsimplify(_dot(out, p, p.left, p.right)))
    elif p.kind == "norm":
        v = p.vector(p.left)
        out["combo_pt"] = point(v)
        out["combo_claim"] = _combination_claim(p, p.left)
        out["answer_coord"] = tex(sp.nsimplify(_length(out, "len", v)))
    elif p.kind == "angle":
        dot = _dot(out, p, A, B)
        na, nb = _length(out, "na", p.named("a")), _length(out, "nb", p.named("b"))
        cos_v = sp.nsimplify(sp.radsimp(dot / (na * nb)))
        out["cos"], out["cos_plain"] = tex(cos_v), plain(cos_v)
        out["cos_claim"] = f"({plain(dot)})/(({plain(na)})*({plain(nb)})) = {plain(cos_v)}"
        out["theta"] = out["answer_coord"] = tex(sp.acos(cos_v))


def _combination_claim(p: Plane, combo: sp.Expr) -> str:
    """The coordinates of a combination `c₁a + c₂b` worked out coordinate by coordinate, as one claim."""
    v = p.vector(combo)
    terms = [(n, combo.coeff(sp.Symbol(n, real=True))) for n, _, _ in p.vecs]
    return " 且 ".join(
        " + ".join(f"({plain(shown(p, c))})*({plain(p.named(n)[i])})" for n, c in terms if c != 0)
        + f" = {plain(shown(p, v[i]))}" for i in range(2))


def _definition(out: Values, p: Plane) -> None:
    """Lengths by |v|^2 = v·v: the square of the asked length expanded in |a|^2, a·b, |b|^2."""
    if p.coords:
        na, nb = _length(out, "na", p.named("a")), _length(out, "nb", p.named("b"))
        dot = _dot(out, p, A, B)
    else:
        na, nb, th = p.norm("a"), p.norm("b"), p.angle
        assert th is not None  # an abstract reading always has its angle
        dot = sp.nsimplify(na * nb * sp.cos(th))
        out["na"], out["nb"], out["theta"], out["dot"] = tex(na), tex(nb), tex(th), tex(dot)
        out["def_claim"] = f"({plain(na)})*({plain(nb)})*cos({plain(th)}) = {plain(dot)}"
        out["def_sum"] = f"{tex(na)}\\times {tex(nb)}\\times \\cos {tex(th)}"
        if p.kind == "dot":
            out["answer_def"] = tex(dot)
            return
    e = p.left
    ca, cb = e.coeff(A), e.coeff(B)
    sq = sp.nsimplify(ca**2 * na**2 + 2 * ca * cb * dot + cb**2 * nb**2)
    middle = 2 * ca * cb
    out["expand"] = (f"{tex(ca**2) if ca**2 != 1 else ''}|\\vec a|^2{'+' if middle >= 0 else '-'}"
                     f"{tex(abs(middle)) if abs(middle) != 1 else ''}\\vec a\\cdot\\vec b+"
                     f"{tex(cb**2) if cb**2 != 1 else ''}|\\vec b|^2")
    out["sq"], out["sq_plain"] = tex(sq), plain(sq)
    out["sq_claim"] = (f"({plain(ca**2)})*({plain(na)})^2 + ({plain(middle)})*({plain(dot)}) + "
                       f"({plain(cb**2)})*({plain(nb)})^2 = {plain(sq)}")
    out["answer_def"] = tex(sp.sqrt(sq))
    out["sqrt_claim"] = f"sqrt({plain(sq)}) = {plain(sp.sqrt(sq))}"


def _placed(out: Values, p: Plane) -> None:
    """Abstract vectors put on axes: a along the x-axis, b at the given angle from it."""
    na, nb, th = p.norm("a"), p.norm("b"), p.angle
    assert th is not None
    a = sp.Matrix([na, 0])
    b = sp.Matrix([sp.nsimplify(nb * sp.cos(th)), sp.nsimplify(nb * sp.sin(th))])
    out["a_pt"], out["b_pt"] = point(a), point(b)
    out["b_claim"] = (f"({plain(nb)})*cos({plain(th)}) = {plain(b[0])} 且 ({plain(nb)})*sin({plain(th)}) = {plain(b[1])}")
    if p.kind == "dot":
        u, v = a, b
        value = sp.expand(u.dot(v))
        out["place_dot_sum"] = f"{factor(u[0])}\\times {factor(v[0])}+{factor(u[1])}\\times {factor(v[1])}"
        out["place_dot_claim"] = f"({plain(u[0])})*({plain(v[0])}) + ({plain(u[1])})*({plain(v[1])}) = {plain(value)}"
        out["answer_place"] = tex(value)
        return
    ca, cb = p.left.coeff(A), p.left.coeff(B)
    w = (ca * a + cb * b).applyfunc(sp.expand)
    out["place_pt"] = point(w)
    out["place_pt_claim"] = (f"({plain(ca)})*({plain(a[0])}) + ({plain(cb)})*({plain(b[0])}) = {plain(w[0])} 且 "
                             f"({plain(ca)})*({plain(a[1])}) + ({plain(cb)})*({plain(b[1])}) = {plain(w[1])}")
    out["answer_place"] = tex(sp.nsimplify(_length(out, "place_len", w)))


def _parameter(out: Values, p: Plane) -> None:
    """A parameter from left ⊥ right or a ∥ b: the coordinate equation and its roots."""
    u, w = p.vector(p.left), p.vector(p.right)
    out["left"], out["right"] = vtex(p, p.left), vtex(p, p.right)
    out["left_pt"], out["right_pt"] = point(u.applyfunc(lambda c: shown(p, c))), point(w.applyfunc(lambda c: shown(p, c)))
    # a vector given by its name needs no working: only the combinations are worked out
    out["sides_claim"] = " 且 ".join(_combination_claim(p, side) for side in (p.left, p.right) if not side.is_Symbol)
    cond = condition(p)
    sols = sorted(sp.solve(cond, K), key=float)
    out["p"] = ptex(p)
    # shown as `x + 4 = 0`, not `-x - 4 = 0`; the claim keeps the condition as computed
    out["cond"] = tex(shown(p, -cond if cond.could_extract_minus_sign() else cond))
    out["roots"] = ", ".join(tex(s) for s in sols)
    roots_claim = " 或 ".join(f"{p.pname} = {plain(s)}" for s in sols)
    out["cond_claim"] = f"{plain(shown(p, cond))} = 0 \\Rightarrow {roots_claim}"
    out["final"], out["final_en"] = roots_math(ptex(p), sols, "zh"), roots_math(ptex(p), sols, "en")
    names = p.names()
    if p.kind == "perp" and not out["simple_pair"] and {"a", "b"} <= names:
        _expanded(out, p)
    if p.kind == "par" and {"a", "b"} <= names:
        _multiple(out, p)


def _expanded(out: Values, p: Plane) -> None:
    """(a + k b)·(c a + d b) expanded by the distributive law, then |a|^2, |b|^2, a·b put in."""
    a, b = p.named("a"), p.named("b")
    expanded = sp.expand(p.left * p.right)
    na2, nb2, ab = a.dot(a), b.dot(b), a.dot(b)
    shown_e = shown(p, expanded).subs({A: sp.Symbol("\\vec a"), B: sp.Symbol("\\vec b")})
    out["expanded"] = tex(shown_e).replace("\\vec a^{2}", "|\\vec a|^{2}").replace("\\vec b^{2}", "|\\vec b|^{2}")
    out["a2"], out["b2"], out["ab"] = tex(na2), tex(nb2), tex(ab)
    out["ab_claim"] = f"({plain(a[0])})*({plain(b[0])}) + ({plain(a[1])})*({plain(b[1])}) = {plain(ab)}"
    cond = sp.expand(expanded.subs({A**2: na2, B**2: nb2}).subs(A * B, ab))
    cond = sp.expand(cond.subs({A: 0, B: 0})) if cond.has(A) else cond
    sols = sorted(sp.solve(cond, K), key=float)
    out["expand_fits"] = bool(sols)
    out["cond2"] = tex(shown(p, -cond if cond.could_extract_minus_sign() else cond))
    out["roots2"] = ", ".join(tex(s) for s in sols)
    out["cond2_claim"] = f"{plain(shown(p, cond))} = 0 \\Rightarrow " + " 或 ".join(f"{p.pname} = {plain(s)}" for s in sols)


def _multiple(out: Values, p: Plane) -> None:
    """One vector a multiple of the other: the system in the multiplier and the parameter."""
    a, b = p.named("a"), p.named("b")
    mult, mname = ("\\mu", "mu") if p.pname == "λ" else ("\\lambda", "lambda")
    lam = sp.Symbol(mname, real=True)
    fixed, moving = (a, b) if not a.free_symbols else (b, a)
    sols = sp.solve([moving[0] - lam * fixed[0], moving[1] - lam * fixed[1]], [lam, K], dict=True)
    out["mult"] = mult
    out["moving"] = point(moving.applyfunc(lambda c: shown(p, c)))
    out["fixed"] = point(fixed)
    out["system"] = (f"\\begin{{cases}}{tex(shown(p, moving[0]))}={tex(lam * fixed[0])}\\\\"
                     f"{tex(shown(p, moving[1]))}={tex(lam * fixed[1])}\\end{{cases}}")
    out["mult_sols"] = "，".join(f"${mult}={tex(s[lam])}$，${ptex(p)}={tex(s[K])}$" for s in sols if K in s)
    out["mult_sols_en"] = "; ".join(f"${mult}={tex(s[lam])}$, ${ptex(p)}={tex(s[K])}$" for s in sols if K in s)
    out["multiple_fits"] = any(K in s for s in sols)


def values(p: Plane) -> Values:
    """Every quantity the chains show, and the flags that pick methods and steps."""
    simple = p.left == A and p.right == B
    out: Values = {
        "is_dot": p.kind == "dot", "is_norm": p.kind == "norm", "is_angle": p.kind == "angle",
        "is_perp": p.kind == "perp", "is_par": p.kind == "par", "is_cond": p.kind in ("perp", "par"),
        "coords": p.coords, "abstract": not p.coords, "simple_pair": simple,
        "definition_fits": p.kind == "norm" or (not p.coords and p.kind == "dot"),
        "place_fits": not p.coords and p.kind in ("dot", "norm"),
        "dot_by_coords": p.coords and p.kind in ("dot", "angle"),
        "expand_fits": False, "multiple_fits": False,
        "combo": vtex(p, p.left),
    }
    if p.kind in ("perp", "par"):
        _parameter(out, p)
        return out
    if p.coords:
        _coordinates(out, p)
        out["final"] = out["final_en"] = f"${out['answer_coord']}$"
    elif out["place_fits"]:
        _placed(out, p)
    if out["definition_fits"]:
        _definition(out, p)
    return out


def reference(p: Plane) -> tuple[str, str]:
    """Independent: straight from SymPy matrices (or from |a||b|cos θ for vectors given by lengths)."""
    if p.coords:
        a = p.named("a") if "a" in p.names() else None
        b = p.named("b") if "b" in p.names() else None
        if p.kind in ("perp", "par"):
            u, w = p.vector(p.left), p.vector(p.right)
            cond = u.dot(w) if p.kind == "perp" else sp.Matrix.hstack(u, w).det()
            text = " 或 ".join(f"{p.pname}={plain(s)}" for s in sorted(sp.solve(cond, K), key=float))
            return text, text.replace(" 或 ", " or ")
        if p.kind == "norm":
            v = p.vector(p.left).norm()
        else:
            assert a is not None and b is not None
            v = a.dot(b) if p.kind == "dot" else sp.acos(sp.nsimplify(a.dot(b) / (a.norm() * b.norm())))
    else:
        na, nb, th = p.norm("a"), p.norm("b"), p.angle
        assert th is not None
        dot = na * nb * sp.cos(th)
        if p.kind == "dot":
            v = dot
        elif p.kind == "norm":
            ca, cb = p.left.coeff(A), p.left.coeff(B)
            v = sp.sqrt(ca**2 * na**2 + 2 * ca * cb * dot + cb**2 * nb**2)
        else:
            v = th
    text = plain(sp.nsimplify(sp.simplify(v)))
    return text, text


TYPE: ProblemType[Plane] = ProblemType(
    type_id="vector.computation", module="plane_vectors", name="computation", detect=detect, values=values,
    reference=reference, givens=givens, goal=lambda p: p.kind,
    answers=frozenset({"unknown", "abs", "dot", "modulus", "angle"}),  # "angle": the coordinate chain had no door
)
