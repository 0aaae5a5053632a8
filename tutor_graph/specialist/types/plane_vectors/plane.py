"""Plane vectors as a problem gives them: coordinates, lengths, the angle, a dot product, and what is asked.

One reading for the two types of this folder (`computation`, `angle_from_dot`), ported from the old detector
so that both recognise exactly the problems they did before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex

K = sp.Symbol("k", real=True)  # the parameter, whatever letter the problem uses (`pname` keeps that letter)
A, B = sp.Symbol("a", real=True), sp.Symbol("b", real=True)
_VEC = re.compile(r"(?:vec\{)?(?<![A-Za-z_])([a-c])\}?\s*=\s*\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)")
_NORM = re.compile(r"\|\s*(?:vec\{)?([a-c])\}?\s*\|\s*=\s*([\d.]+|sqrt\(\d+\)|√\d+)")
_ANGLE = re.compile(r"(?:夹角(?:为|是)?|angle between [^.]*? is|make an angle of|form an angle of|angle of)\s*"
                    r"([\d.]+\s*°|\d*\s*π\s*/\s*\d+|\(\(\d*π\)/\(\d+\)\)|\(\(π\)/\(\d+\)\))")
_DEF = re.compile(r"(?<![A-Za-z_|])([a-c])\s*=\s*((?:[\dk+\-*\s()]|(?<![A-Zd-jl-z])[a-c](?![A-Zd-jl-z]))+?)"
                  r"(?=\s*(?:[,，.;；]|$|若|如果|且|if|and))")


@dataclass(frozen=True)
class Plane:
    """Vectors by coordinates and/or lengths and an angle, and the quantity asked.

    `kind` is `dot`, `norm`, `angle` (of a and b), `perp` or `par` (a parameter k from the condition
    left ⊥ right / a ∥ b). For `norm`, `left` is the combination whose length is asked.
    """

    vecs: tuple[tuple[str, sp.Expr, sp.Expr], ...]
    norms: tuple[tuple[str, sp.Expr], ...]
    angle: sp.Expr | None
    kind: str
    left: sp.Expr
    right: sp.Expr
    coords: bool
    pname: str

    def vector(self, e: sp.Expr) -> sp.Matrix:
        """Coordinates of a combination like 2a - b."""
        out = sp.zeros(2, 1)
        for n, x, y in self.vecs:
            out += e.coeff(sp.Symbol(n, real=True)) * sp.Matrix([x, y])
        return out.applyfunc(sp.expand)

    def named(self, name: str) -> sp.Matrix:
        """The coordinates of the vector called `name`."""
        return next(sp.Matrix([x, y]) for n, x, y in self.vecs if n == name)

    def norm(self, name: str) -> sp.Expr:
        """A length the problem gives."""
        return dict(self.norms)[name]

    def names(self) -> set[str]:
        """The vectors given by coordinates."""
        return {n for n, _, _ in self.vecs}


@dataclass(frozen=True)
class Angle:
    """|a|, |b| and a·b (given, or from a perpendicular condition): the angle of a and b asked."""

    na: sp.Expr
    nb: sp.Expr
    dot: sp.Expr
    how: str  # `dot`: a·b given; `perp`: (a + m b) ⊥ a given
    condition: str = ""  # the perpendicular condition as written, e.g. `(a + 2b) ⊥ a`
    coef: int = 0  # the m of (a + m b) ⊥ a


def _combo(text: str, names: set[str]) -> sp.Expr | None:
    """`2a-b`, `a+kb` as a linear combination of vector symbols."""
    text = text.replace("vec{", "").replace("}", "")
    if not re.fullmatch(r"[\dk+\-*\sa-c()λ]+", text):
        return None
    e = try_expr(text)
    if e is None or not e.free_symbols - {K} <= {sp.Symbol(n, real=True) for n in names}:
        return None
    return e


def condition(p: Plane) -> sp.Expr:
    """The perpendicular (dot product 0) or parallel (x1 y2 - x2 y1 = 0) condition as an expression in k."""
    u, w = p.vector(p.left), p.vector(p.right)
    return sp.expand(u.dot(w) if p.kind == "perp" else u[0] * w[1] - u[1] * w[0])


def _solvable(p: Plane) -> bool:
    """True when the perpendicular / parallel condition is a real equation in k with real solutions."""
    cond = condition(p)
    if K not in cond.free_symbols:
        return False
    sols = sp.solve(cond, K)
    return bool(sols) and all(s.is_real for s in sols)


def _rename(p: Problem) -> tuple[str, str]:
    """The text with vectors and unit vectors as a, b, c and the parameter as k; and the parameter's own letter."""
    text = re.sub(r"vec\{([A-Za-z0-9_]+)\}", r"\1", p.text).replace("λ", "k")
    text = re.sub(r"e_\{?1\}?", "a", re.sub(r"e_\{?2\}?", "b", text))  # unit vectors e1, e2 play a and b
    pname = "λ" if "λ" in p.text else "k"
    for m in _VEC.finditer(text):  # a parameter spelt x, m, t … inside the coordinates is renamed k
        letters = set(re.findall(r"(?<![A-Za-z_])([d-hj-z])(?![A-Za-z_])", m.group(2) + "," + m.group(3))) - {"k"}
        if len(letters) == 1:
            pname = letters.pop()
            text = re.sub(rf"(?<![A-Za-z_]){pname}(?![A-Za-z_])", "k", text)
            break
    if pname == "k" and not re.search(r"(?<![A-Za-z_\\])k(?![A-Za-z_])", text):
        # a + t b: a scalar letter written straight before a vector's name is the parameter
        found = set(re.findall(r"(?<![A-Za-z_\\])([d-hj-z])\s*(?=[a-c](?![A-Za-z_]))", text))
        if len(found) == 1:
            pname = found.pop()
            text = re.sub(rf"(?<![A-Za-z_\\]){pname}(?![A-Za-z_])", "k", text)
    if p.has("单位向量", "unit vector"):
        text += " |a|=1 |b|=1"
    return text, pname


def _abstract_angle(text: str, norms: dict[str, sp.Expr]) -> Angle | None:
    """|a|, |b| and a·b (or (a ± m b) ⊥ a) given, no coordinates: the angle asked."""
    dot_m = re.search(r"a\s*\*\s*b\s*=\s*(-?(?:[\d./]+\s*\*?\s*)?(?:√\d+|sqrt\(\d+\))?)"
                      r"(?!\.?\d)(?![+\-*/^√({a-zA-Z])(?!\s*[+\-*/^])", text)
    if not re.search(r"夹角|angle", text):
        return None
    if dot_m and re.search(r"\d", dot_m.group(1)) and (dot := try_expr(dot_m.group(1))) is not None:
        return Angle(norms["a"], norms["b"], sp.nsimplify(dot), "dot")
    pm = re.search(r"\(\s*a\s*([+-])\s*(\d*)\s*b\s*\)\s*(?:⊥|垂直于|is perpendicular to)\s*a(?![A-Za-z])", text)
    if pm:
        coef = (1 if pm.group(1) == "+" else -1) * int(pm.group(2) or 1)
        return Angle(norms["a"], norms["b"], sp.nsimplify(-norms["a"] ** 2 / coef), "perp",
                     f"(a {pm.group(1)} {pm.group(2)}b) ⊥ a", coef)
    return None


def read(p: Problem) -> Plane | Angle | None:
    """The plane-vector problem in `p`, or None."""
    if not p.has("向量", "vector", "vec{") and not (len(_NORM.findall(p.text)) >= 2 and (_ANGLE.search(p.text) or "*" in p.text)):
        return None
    text, pname = _rename(p)
    raw = {m.group(1): (try_expr(m.group(2)), try_expr(m.group(3))) for m in _VEC.finditer(text)}
    if any(x is None or y is None for x, y in raw.values()):
        return None
    vecs: dict[str, tuple[sp.Expr, sp.Expr]] = {n: (x, y) for n, (x, y) in raw.items() if x is not None and y is not None}
    defs: dict[sp.Symbol, sp.Expr] = {}
    for m in _DEF.finditer(text):  # c = a + kb: a vector named as a combination of the given ones
        e = _combo(m.group(2), set(vecs))
        if m.group(1) not in vecs and e is not None and e.free_symbols - {K}:
            defs[sp.Symbol(m.group(1), real=True)] = e
            vecs[m.group(1)] = (sum((e.coeff(sp.Symbol(n, real=True)) * v[0] for n, v in vecs.items()), sp.Integer(0)),
                                sum((e.coeff(sp.Symbol(n, real=True)) * v[1] for n, v in vecs.items()), sp.Integer(0)))
    norms = {m.group(1): try_expr(m.group(2)) for m in _NORM.finditer(text)}
    if any(v is None for v in norms.values()):
        return None
    given_norms: dict[str, sp.Expr] = {n: v for n, v in norms.items() if v is not None}
    angle_m = _ANGLE.search(text)
    angle = try_expr(angle_m.group(1)) if angle_m else None
    coords = len(vecs) >= 2 and all(not (x.free_symbols | y.free_symbols) - {K} for x, y in vecs.values())
    if not vecs and len(given_norms) >= 2 and angle is None and "a" in given_norms and "b" in given_norms:
        return _abstract_angle(text, given_norms)
    abstract = len(given_norms) >= 2 and angle is not None and not vecs
    if not (coords or abstract):
        return None
    goal = _goal(text, set(vecs) | set(given_norms), vecs)
    if goal is None or (not coords and goal[0] in ("perp", "par")):
        return None
    kind, left, right = goal
    if defs:
        left, right = left.subs(defs), right.subs(defs)
    has_k = any(K in c.free_symbols for v in vecs.values() for c in v) or bool(re.search(r"\bk\b", text)) or "k" in _tail(text)
    if (kind in ("perp", "par")) != bool(has_k):
        return None
    plane = Plane(tuple((n, x, y) for n, (x, y) in vecs.items()), tuple(given_norms.items()), angle, kind, left, right,
                  coords, pname)
    if kind in ("perp", "par") and not _solvable(plane):
        return None  # the condition holds for every k or for none: not the textbook question
    return plane


def _tail(text: str) -> str:
    """The text after the last `求` / `find`: where the question is."""
    return re.split(r"求|find|compute|determine|calculate", text, flags=re.I)[-1] if re.search(
        r"求|find|compute|determine|calculate", text, re.I) else ""


def _goal(text: str, names: set[str], vecs: dict[str, tuple[sp.Expr, sp.Expr]]) -> tuple[str, sp.Expr, sp.Expr] | None:
    """(kind, left, right) of what is asked; None when nothing this reading knows is asked."""
    tail = _tail(text)
    has_k = any(K in c.free_symbols for v in vecs.values() for c in v) or "k" in tail or re.search(r"\bk\b", text)
    if re.search(r"⊥|垂直|perpendicular", text) and has_k:
        m = re.search(r"\(?([\dk+\-a-c\s]+)\)?\s*(?:⊥|垂直于|与\s*\(?[\dk+\-a-c\s]+\)?\s*垂直|is perpendicular to)"
                      r"\s*\(?([\dk+\-a-c\s]*)\)?", text)
        left, right = (_combo(m.group(1), names), _combo(m.group(2), names)) if m and m.group(2).strip() else (None, None)
        if left is None or right is None:
            left, right = A, B
        return "perp", left, right
    if re.search(r"∥|//|平行|parallel|共线|collinear", text) and has_k:
        return "par", A, B
    if re.search(r"夹角|angle", tail):
        return "angle", A, B
    if m := re.search(r"\|\s*([\da-c+\-\s*]+?)\s*\|", tail):
        e = _combo(m.group(1), names)
        return ("norm", e, sp.Integer(0)) if e is not None else None
    if re.search(r"a\s*\*\s*b|数量积|dot product|inner product", tail + text[-20:]):
        return "dot", A, B
    return None


def givens(p: Plane) -> list[str]:
    """The givens as the graph shows them."""
    out = [f"{n} = ({plain(x)}, {plain(y)})" for n, x, y in p.vecs] + [f"|{n}| = {plain(v)}" for n, v in p.norms]
    if p.angle is not None:
        out.append(f"<a, b> = {plain(p.angle)}")
    return out


def shown(p: Plane, e: sp.Expr) -> sp.Expr:
    """The parameter under the problem's own name (x, m, λ …) for display and claims."""
    return e.subs(K, sp.Symbol(p.pname, real=True))


def ptex(p: Plane) -> str:
    """The parameter's letter as the problem writes it, in LaTeX."""
    return "\\lambda" if p.pname == "λ" else p.pname


def vtex(p: Plane, e: sp.Expr) -> str:
    """A vector expression as a textbook prints it: `2\\vec a-\\vec b` (the parameter under its own name)."""
    return tex(shown(p, e).subs({A: sp.Symbol("\\vec a"), B: sp.Symbol("\\vec b")}))


def as_expr(x: sp.Expr | int) -> sp.Expr:
    """A Python int as a SymPy Integer (never a string: the specialist parses no text here)."""
    return sp.Integer(x) if isinstance(x, int) else x


def factor(x: sp.Expr) -> str:
    """A factor of a product as printed: negatives and sums in brackets, `(-1)`, `(k+2)`."""
    x = as_expr(x)
    t = tex(x)
    return f"({t})" if x.could_extract_minus_sign() or isinstance(x, sp.Add) else t


def square(x: sp.Expr) -> str:
    """`x^2` as printed: `3^2`, `(-1)^2`, `(\\sqrt{3})^2`."""
    x = as_expr(x)
    t = tex(x)
    return f"{t}^2" if x.is_Integer and x >= 0 or x.is_Symbol else f"({t})^2"


def point(v: sp.Matrix) -> str:
    """Coordinates `(x, y)` in LaTeX."""
    return f"({tex(v[0])}, {tex(v[1])})"
