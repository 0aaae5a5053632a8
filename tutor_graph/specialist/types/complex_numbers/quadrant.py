"""复数（或其共轭复数）在复平面内对应的点所在的象限 / The quadrant of the point of z or of its conjugate.

A fill-in (位于第几象限) or a choice question whose options are the four quadrants: every option is judged.
"""

from __future__ import annotations

import cmath
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.complex_numbers.arithmetic import coefficient_values
from tutor_graph.specialist.types.complex_numbers.number import Number, read_number
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_ZH_Q = "一二三四"
_EN_Q = ("first", "second", "third", "fourth")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SIGNS = {1: (1, 1), 2: (-1, 1), 3: (-1, -1), 4: (1, -1)}
MAX_OPTIONS = 4


@dataclass(frozen=True)
class Quadrant:
    """z (`number`) or its conjugate (`conj`), in quadrant `q`; the options A–D as (letter, quadrant)."""

    number: Number
    expr: sp.Expr  # z as written (unevaluated quotient), for the floating-point reference
    conj: bool
    q: int
    options: tuple[tuple[str, int], ...]


def _quadrant_of(option: str) -> int | None:
    """1–4 when the option names one quadrant and nothing else ("第二象限", "quadrant II", "the third quadrant")."""
    s = option.strip(" .,;。")
    m = re.fullmatch(r"第\s*([一二三四])\s*象限", s)
    if m:
        return _ZH_Q.index(m.group(1)) + 1
    m = re.fullmatch(r"(?:the\s+)?(first|second|third|fourth)\s+quadrant", s, re.I)
    if m:
        return _EN_Q.index(m.group(1).lower()) + 1
    m = re.fullmatch(r"(?:the\s+)?quadrant\s+(IV|III|II|I|[1-4])", s, re.I)
    return _ROMAN[m.group(1).lower()] if m else None


def _quadrant(re_: sp.Expr, im: sp.Expr) -> int | None:
    if re_ == 0 or im == 0:
        return None  # on an axis: in no quadrant
    return {(True, True): 1, (False, True): 2, (False, False): 3, (True, False): 4}[(bool(re_ > 0), bool(im > 0))]


def _names(q: int) -> tuple[str, str]:
    return f"第{_ZH_Q[q - 1]}象限", f"the {_EN_Q[q - 1]} quadrant"


def detect(p: Problem) -> Quadrant | None:
    """`复数 z=(1+i)/i 的共轭复数在复平面内对应的点位于（　）A. 第一象限 …`."""
    if not p.has("象限", "quadrant"):
        return None
    options = p.reading["options"]
    asks_quadrant = any(g["kind"] == "quadrant" or re.search("象限|quadrant", g["text"], re.I) for g in p.goals)
    if not options and not asks_quadrant:
        return None  # a quadrant named in the givens, something else asked
    found = read_number(p)
    if found is None or found.data.get("goal") not in ("quadrant", "conjugate", "value"):
        return None  # a parameter, z^2, iz, 1/z …: the point asked about is not a number read, nor its conjugate
    d = found.data
    conj = bool(d["conj"])
    if not conj and p.has("共轭", "conjugate", "bar", "overline"):
        return None  # the conjugate is given, not asked about
    value = sp.expand(d["value"])
    target = sp.conjugate(value) if conj else value
    q = _quadrant(sp.re(target), sp.im(target))
    if q is None:
        return None
    chosen: tuple[tuple[str, int], ...] = ()
    if options:
        found_options = {k: _quadrant_of(v) for k, v in options.items()}
        if len(found_options) > MAX_OPTIONS or len(set(found_options.values())) != len(found_options):
            return None
        if q not in found_options.values() or any(v is None for v in found_options.values()):
            return None
        chosen = tuple((k, v) for k, v in found_options.items() if v is not None)
    number = Number(d["num"], d["den"], d["value"], d["goal"], d["lhs"] is not None, d["text"], found.givens[0])
    return Quadrant(number, d["expr"], conj, q, chosen)


def _sign(v: sp.Expr) -> str:
    return ">" if v > 0 else "<"


def values(d: Quadrant) -> Values:
    """z as a + bi (both methods), its conjugate, the point and its signs, and a verdict for every option."""
    n = d.number
    num, den = n.num, n.den
    out: Values = {"divides": den.has(sp.I), "multiplies": not den.has(sp.I), "conj": d.conj,
                   "choice": bool(d.options), "num": tex(num), "den": tex(den)}
    if den.has(sp.I):
        c = sp.conjugate(den)
        v = sp.expand(sp.expand(num * c) / sp.expand(den * c))
        top, bottom = sp.expand(num * c), sp.expand(den * c)
        out.update({"den_conj": tex(c), "quotient": f"\\frac{{{tex(top)}}}{{{tex(bottom)}}}=" if bottom != 1 else "",
                    "simplify_claim": f"({plain(num)})/({plain(den)}) = {plain(v)}"})
        coefficient_values(out, n)
    else:
        v = sp.expand(num / den)
        out["simplify_claim"] = f"{n.text} = {plain(v)}"
    out["z"] = tex(v)
    point = v
    if d.conj:
        point = sp.conjugate(v)
        out["zbar"] = tex(point)
        out["conj_claim"] = f"conjugate({plain(v)}) = {plain(point)}"
    x, y = sp.re(point), sp.im(point)
    out.update({"x": tex(x), "y": tex(y), "sx": _sign(x), "sy": _sign(y),
                "point_claim": f"{plain(x)} {_sign(x)} 0 且 {plain(y)} {_sign(y)} 0"})
    for i in range(MAX_OPTIONS):
        out[f"opt{i + 1}"] = i < len(d.options)
    for i, (letter, oq) in enumerate(d.options, start=1):
        sx, sy = _SIGNS[oq]
        zh, en = _names(oq)
        out.update({f"letter{i}": letter, f"name{i}": zh, f"name{i}_en": en,
                    f"want{i}_x": ">" if sx > 0 else "<", f"want{i}_y": ">" if sy > 0 else "<"})
        if oq == d.q:
            out[f"verdict{i}"], out[f"verdict{i}_en"] = "成立，正确", "Yes: correct"
            out[f"claim{i}"] = out["point_claim"]
        else:  # the coordinate whose sign is wrong for this quadrant
            bad, axis = (x, ("横", "x")) if (x > 0) != (sx > 0) else (y, ("纵", "y"))
            out[f"verdict{i}"] = f"不成立：{axis[0]}坐标 ${tex(bad)}{_sign(bad)}0$"
            out[f"verdict{i}_en"] = f"No: ${axis[1]}={tex(bad)}{_sign(bad)}0$"
            out[f"claim{i}"] = f"{plain(bad)} {_sign(bad)} 0"
    if d.options:
        out["final"] = out["final_en"] = next(k for k, v in d.options if v == d.q)
    else:
        out["final"], out["final_en"] = _names(d.q)
    return out


def reference(d: Quadrant) -> tuple[str, str]:
    """Independent: the argument of the number evaluated in floating point (conjugate: the argument negated)."""
    w = complex(sp.N(d.expr))
    angle = cmath.phase(w.conjugate() if d.conj else w)
    q = 1 if 0 < angle < cmath.pi / 2 else 2 if angle > cmath.pi / 2 else 3 if angle < -cmath.pi / 2 else 4
    if d.options:
        letter = next((k for k, v in d.options if v == q), "?")
        return letter, letter
    return _names(q)


TYPE: ProblemType[Quadrant] = ProblemType(
    type_id="complex.quadrant", module="complex_numbers", name="quadrant", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.number.given],
    goal=lambda d: "quadrant of the conjugate" if d.conj else "quadrant", answers=frozenset({"quadrant", "conjugate"}),
    choices=True,
)
