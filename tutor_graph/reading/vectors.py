"""Vector expressions over known coordinates, written out as scalar formulas the math layer reads.

String composition only (no SymPy, nothing evaluated): `a+b` with a=(-1,2), b=(m,1) becomes the pair
`((-1)+(m), (2)+(1))`, so "a+b 与 a 垂直" can be stated as one scalar equation.

>>> coords = {"a": ("-1", "2"), "b": ("m", "1")}
>>> vector_of("a+b", coords)
('(-1)+(m)', '(2)+(1)')
>>> dot("a+b", "a", coords)
'((-1)+(m))*((-1))+((2)+(1))*((2))'
>>> vector_of("2a-3b", coords)
('2*(-1)-3*(m)', '2*(2)-3*(1)')
>>> vector_of("a+c", coords) is None
True
"""

from __future__ import annotations

import re

Coords = dict[str, tuple[str, ...]]

# one term: an optional sign, an optional scalar (number, letter or bracket) and a vector name
_TERM = re.compile(r"\s*([+-]?)\s*(\d+(?:\.\d+)?|\\?[a-z]+\s*(?=[A-Za-z])|\([^()]*\)(?=\s*[A-Za-z]))?\s*\*?\s*"
                   r"([A-Z]{2}|[A-Za-z](?:_\{?\d\}?)?)\s*")


def _terms(expr: str, coords: Coords) -> list[tuple[str, str, str]] | None:
    """(sign, scalar, name) per term of a linear combination of known vectors, or None."""
    expr = expr.replace(" ", "")
    out: list[tuple[str, str, str]] = []
    pos = 0
    while pos < len(expr):
        m = _TERM.match(expr, pos)
        if not m or m.end() == pos:
            return None
        sign, scalar, name = m.group(1) or "", (m.group(2) or "").strip(), m.group(3)
        if name not in coords:
            return None
        if not sign and out:
            return None
        out.append((sign, scalar, name))
        pos = m.end()
    return out or None


def vector_of(expr: str, coords: Coords) -> tuple[str, ...] | None:
    """The coordinates of a linear combination of known vectors, each as a formula; None if not one."""
    expr = expr.strip()
    if expr.startswith("(") and expr.endswith(")") and _balanced(expr[1:-1]):
        expr = expr[1:-1]
    terms = _terms(expr, coords)
    if not terms:
        return None
    dims = {len(coords[name]) for _, _, name in terms}
    if len(dims) != 1:
        return None
    comps = []
    for k in range(dims.pop()):
        parts = []
        for sign, scalar, name in terms:
            factor = f"{scalar}*" if scalar else ""
            parts.append(f"{sign}{factor}({coords[name][k]})")
        comps.append("".join(parts))
    return tuple(comps)


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def dot(left: str, right: str, coords: Coords) -> str | None:
    """The dot product of two vector expressions as a scalar formula, or None."""
    u, v = vector_of(left, coords), vector_of(right, coords)
    if u is None or v is None or len(u) != len(v):
        return None
    return "+".join(f"({p})*({q})" for p, q in zip(u, v, strict=True))


def cross(left: str, right: str, coords: Coords) -> str | None:
    """x1·y2 − x2·y1 for plane vectors (zero iff parallel), or None."""
    u, v = vector_of(left, coords), vector_of(right, coords)
    if u is None or v is None or len(u) != 2 or len(v) != 2:
        return None
    return f"({u[0]})*({v[1]})-({u[1]})*({v[0]})"


def norm(expr: str, coords: Coords) -> str | None:
    """|v| as `\\sqrt{…}` of the sum of squared coordinates, or None."""
    v = vector_of(expr, coords)
    if v is None:
        return None
    return "\\sqrt{" + "+".join(f"({c})^2" for c in v) + "}"


def scalar_form(claim: str, coords: Coords) -> str:
    """Vector terms written by their coordinates: `|a|` → √(x²+y²), `a\\cdot b` → x₁x₂+y₁y₂, `\\cos〈a,b〉`."""
    if not coords:
        return claim
    names = "|".join(re.escape(n) for n in coords)

    def cosine(m: re.Match) -> str:
        d, n1, n2 = dot(m.group(1), m.group(2), coords), norm(m.group(1), coords), norm(m.group(2), coords)
        return f"(({d})/(({n1})*({n2})))" if d and n1 and n2 else m.group(0)

    claim = re.sub(r"\\cos\s*\\langle\s*([^,<>]+?)\s*,\s*([^,<>]+?)\s*\\rangle", cosine, claim)
    claim = re.sub(rf"\|\s*([^|]*?(?:{names})[^|]*?)\s*\|", lambda m: norm(m.group(1), coords) or m.group(0), claim)
    return re.sub(rf"\(?([^=()]*?(?:{names})[^=()]*?)\)?\s*(?:\\cdot|·)\s*\(?([^=()]*?(?:{names})[^=()]*?)\)?(?=\s*=|$)",
                  lambda m: dot(m.group(1), m.group(2), coords) or m.group(0), claim)
