"""Shared pieces for space (3-D) problems: reading points and vectors, normal vectors, and the
checkable arithmetic claims every space chain uses (differences, dot products, lengths, angles).

>>> import sympy as sp
>>> points3("A(1,0,0), B(0,1,0), O(0,0,0)")["B"].T
Matrix([[0, 1, 0]])
>>> normal([sp.Matrix([-1, 1, 0]), sp.Matrix([-1, 0, 1])]).T
Matrix([[1, 1, 1]])
>>> dot_claim(sp.Matrix([1, 2, -1]), sp.Matrix([2, 0, 1]))
'(1)*(2) + (2)*(0) + (-1)*(1) = 1'
"""

from __future__ import annotations

import re
from functools import reduce

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.render import plain, tex

# A point's name as textbooks write it: A, P, A_1, A_{1}, A'.
NAME = r"[A-Z](?:_\{?\d\}?|')?"
_POINT3 = re.compile(rf"(?<![A-Za-z_])({NAME})\s*\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)")
_VEC3 = re.compile(r"(?:vec\{)?(?<![A-Za-z_])([a-z])\}?\s*=\s*\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)")


def canon(name: str) -> str:
    """`A_{1}` and `A_1` are the same point: `A_1`."""
    return re.sub(r"_\{(\d)\}", r"_\1", name)


def names_in(run: str) -> list[str]:
    """The point names in a run such as `A_1BD` -> ['A_1', 'B', 'D']."""
    return [canon(n) for n in re.findall(NAME, run)]


def _triple(groups) -> sp.Matrix | None:
    vals = [try_expr(g) for g in groups]
    if any(v is None for v in vals):
        return None
    return sp.Matrix(vals)


def points3(text: str) -> dict[str, sp.Matrix]:
    """Points written with three coordinates, `A(1,2,3)`, by name (numbers only)."""
    out = {}
    for m in _POINT3.finditer(text):
        v = _triple(m.groups()[1:])
        if v is not None and not v.free_symbols:
            out[canon(m.group(1))] = v
    return out


def vectors3(text: str) -> dict[str, sp.Matrix]:
    """Vectors written `a=(1,2,-1)` or `vec{a}=(…)`, by name (a parameter letter allowed)."""
    out = {}
    for m in _VEC3.finditer(text):
        v = _triple(m.groups()[1:])
        if v is not None:
            out[m.group(1)] = v
    return out


def primitive(v: sp.Matrix) -> sp.Matrix:
    """The same direction with small integer entries where possible, first non-zero entry positive."""
    v = v.applyfunc(sp.nsimplify)
    if all(c.is_Rational for c in v):
        den = reduce(sp.ilcm, [sp.Rational(c).q for c in v], 1)
        v = v * den
        g = reduce(sp.igcd, [int(c) for c in v if c != 0], 0) or 1
        v = v / g
    first = next((c for c in v if c != 0), 1)
    return v if sp.sign(first) > 0 else -v


def normal(directions: list[sp.Matrix]) -> sp.Matrix:
    """A normal vector of the plane spanned by the first two independent directions."""
    for i in range(len(directions)):
        for j in range(i + 1, len(directions)):
            n = directions[i].cross(directions[j]).applyfunc(sp.radsimp)
            if any(c != 0 for c in n):
                return primitive(n)
    raise ValueError("the points are collinear: no plane")


def vt(v: sp.Matrix) -> str:
    """LaTeX coordinates `(1, 0, -1)`."""
    return "(" + ", ".join(tex(c) for c in v) + ")"


def vp(v: sp.Matrix) -> str:
    """Plain coordinates for claims."""
    return "(" + ", ".join(plain(c) for c in v) + ")"


def diff_claim(p: sp.Matrix, q: sp.Matrix) -> str:
    """`q − p` componentwise: `((1) - (0), (0) - (0), (1) - (1)) = (1, 0, 0)`."""
    return "(" + ", ".join(f"({plain(b)}) - ({plain(a)})" for a, b in zip(p, q, strict=True)) + f") = {vp(q - p)}"


def dot(u: sp.Matrix, v: sp.Matrix) -> sp.Expr:
    return sp.radsimp(sp.expand(u.dot(v)))


def dot_claim(u: sp.Matrix, v: sp.Matrix, value=None) -> str:
    """The dot product written out: `(1)*(2) + (2)*(0) + (-1)*(1) = 1`."""
    value = dot(u, v) if value is None else value
    return " + ".join(f"({plain(a)})*({plain(b)})" for a, b in zip(u, v, strict=True)) + f" = {plain(value)}"


def length(u: sp.Matrix) -> sp.Expr:
    return sp.sqrt(sp.expand(sum(c**2 for c in u)))


def length_claim(u: sp.Matrix) -> str:
    return "sqrt(" + " + ".join(f"({plain(c)})^2" for c in u) + f") = {plain(length(u))}"


def cos_between(u: sp.Matrix, v: sp.Matrix, absolute: bool = True) -> sp.Expr:
    value = dot(u, v) / (length(u) * length(v))
    return sp.radsimp(sp.Abs(value) if absolute else value)


def ratio_claim(u: sp.Matrix, v: sp.Matrix, absolute: bool = True) -> str:
    """`|u·v| / (|u||v|) = value` as arithmetic."""
    d = plain(dot(u, v))
    top = f"|{d}|" if absolute else f"({d})"
    return f"{top}/(({plain(length(u))})*({plain(length(v))})) = {plain(cos_between(u, v, absolute))}"


def degrees(angle: sp.Expr) -> sp.Expr | None:
    """The angle in degrees when that is a whole number, else None."""
    deg = sp.nsimplify(angle * 180 / sp.pi)
    return deg if deg.is_Integer else None


def angle_text(angle: sp.Expr) -> str:
    """`60°` for a textbook angle, otherwise the exact form (`acos(sqrt(3)/3)`)."""
    deg = degrees(angle)
    return f"{deg}°" if deg is not None else plain(angle)


def angle_tex(angle: sp.Expr) -> str:
    deg = degrees(angle)
    return f"{deg}^\\circ" if deg is not None else tex(angle)


def angle_claim(func: str, value: sp.Expr, angle: sp.Expr, upper: int = 90) -> tuple[str, list[str]]:
    """`\\cos\\theta = v \\Rightarrow \\theta = 60^\\circ` with its range as context; ('', []) when the
    angle is not a whole number of degrees (the value claim then carries the step)."""
    deg = degrees(angle)
    if deg is None:
        return "", []
    return (f"\\{func}\\theta = {tex(value)} \\Rightarrow \\theta = {deg}^\\circ",
            [f"0 \\le \\theta \\le {upper}^\\circ"])


def equal_volume_steps(chain: Chain, pts: dict, plane: list[str], q: str) -> sp.Expr:
    """Distance from q to the plane through three points by V = ⅓·S·d (the volume from coordinates)."""
    c0, c1, c2 = plane
    u, w, v = pts[c1] - pts[c0], pts[c2] - pts[c0], pts[q] - pts[c0]
    cross = u.cross(w).applyfunc(sp.radsimp)
    area = sp.radsimp(length(cross) / 2)
    chain.ask((f"$\\triangle {c0}{c1}{c2}$ 的面积 $S=\\frac12|\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}}|$ 是多少？",
               f"What is the area $S=\\frac12|\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}}|$ of $\\triangle {c0}{c1}{c2}$?"),
              (f"$\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}}={vt(cross)}$，$S={tex(area)}$",
               f"$\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}}={vt(cross)}$, $S={tex(area)}$"),
              "(" + ", ".join(f"({plain(u[(i + 1) % 3])})*({plain(w[(i + 2) % 3])}) - ({plain(u[(i + 2) % 3])})*({plain(w[(i + 1) % 3])})"
                              for i in range(3)) + f") = {vp(cross)} 且 sqrt({' + '.join(f'({plain(c)})^2' for c in cross)})/2 = {plain(area)}",
              kps=["svec.coordinates", "solid.area_volume"],
              hints=[("两边向量的叉积的模，与三角形面积有什么关系？", "How is the length of the cross product of two sides tied to the triangle's area?"),
                     ("先写出两边向量的坐标，叉积的三个分量各是多少？", "Write the two side vectors first: what are the three components of their cross product?")])
    volume = sp.radsimp(sp.Abs(dot(cross, v)) / 6)
    chain.ask((f"四面体 ${q}{c0}{c1}{c2}$ 的体积 $V=\\frac16|(\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}})\\cdot\\overrightarrow{{{c0}{q}}}|$ 是多少？",
               f"What is the volume $V=\\frac16|(\\overrightarrow{{{c0}{c1}}}\\times\\overrightarrow{{{c0}{c2}}})\\cdot\\overrightarrow{{{c0}{q}}}|$ of the tetrahedron ${q}{c0}{c1}{c2}$?"),
              (f"$V={tex(volume)}$",) * 2, f"|{dot_claim(cross, v).split(' = ')[0]}|/6 = {plain(volume)}",
              kps=["solid.area_volume"],
              hints=[("三个向量的混合积与四面体体积有什么关系？", "How is the triple product of three edges tied to the tetrahedron's volume?"),
                     ("上一步的叉积与第三条棱向量的数量积是多少？", "What is the dot product of the last cross product with the third edge?")])
    d = sp.radsimp(3 * volume / area)
    chain.ask(("由 $V=\\frac13 S d$，距离 $d$ 是多少？", "By $V=\\frac13 S d$, what is the distance $d$?"), (f"$d={tex(d)}$",) * 2,
              f"(1/3)*({plain(area)})*d = {plain(volume)} \\Rightarrow d = {plain(d)}", kps=["svec.distance", "solid.area_volume"],
              hints=[("以这个三角形为底面时，四面体的高就是所求的什么？", "With this triangle as base, what is the tetrahedron's height?"),
                     ("把体积和底面积代入 $V=\\frac13 S d$，怎样解出 $d$？", "Put the volume and the area into $V=\\frac13 S d$: how do you solve for $d$?")])
    return d
