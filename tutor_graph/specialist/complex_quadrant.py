"""The quadrant of the point of a complex number z (or of its conjugate) in the complex plane, as a fill-in
("位于第几象限") or a choice question whose options are the four quadrants: simplify to a+bi and read the
signs vs undetermined coefficients (and, for the conjugate, reflect in the real axis)."""

from __future__ import annotations

import cmath
import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.choices import split_choices
from tutor_graph.specialist.complex_numbers import coefficient_steps, read_number
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, tex

_ZH_Q = "一二三四"
_BARE_Z = re.compile(r"\s*(?:z|(?:bar)?\{\s*z\s*\})\s*")  # "bar" is a word to the fragment splitter
_EN_Q = ("first", "second", "third", "fourth")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SIGNS = {1: (1, 1), 2: (-1, 1), 3: (-1, -1), 4: (1, -1)}
_CONJ = re.compile(r"共轭|conjugate|bar\{\s*z\s*\}", re.I)
# "z 的共轭复数为 1+2i", "z̄ = 1+2i", "the conjugate of z is 1+2i" give the conjugate ("the conjugate of z = (1+i)/i" defines z)
_GIVEN_CONJ = re.compile(r"共轭复数\s*(?:为|是|=)|bar\{\s*z\s*\}\s*=|conjugate(?:\s+of\s+z)?\s+(?:is|equals)\b", re.I)


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


def _quadrant(re_, im) -> int | None:
    if re_ == 0 or im == 0:
        return None  # on an axis: in no quadrant
    return {(True, True): 1, (False, True): 2, (False, False): 3, (True, False): 4}[(bool(re_ > 0), bool(im > 0))]


def _names(q: int) -> tuple[str, str]:
    return f"第{_ZH_Q[q - 1]}象限", f"the {_EN_Q[q - 1]} quadrant"


def detect(p: Problem) -> Match | None:
    if not p.has("象限", "quadrant"):
        return None
    split = split_choices(p.text)
    stem = split[0] if split else p.text
    if not split and "quadrant" not in p.goal.kinds:
        return None  # a quadrant named in the givens, something else asked
    if re.search(r"[a-z]\s*\+\s*[a-z]?\s*i\b|实数\s*[a-z]|real number [a-z]|参数|取值范围", stem, re.I):
        return None  # a parameter (z = a + 2i …): which values put the point in a quadrant is another problem
    if _GIVEN_CONJ.search(stem):
        return None  # the conjugate is given, not asked about
    frags = Problem(stem).fragments
    if sum("=" in f for f in frags) > 1 or any("=" not in f and not _BARE_Z.fullmatch(f) for f in frags):
        return None  # z^2, iz, 1/z, z_1 … : the point asked about is not z or its conjugate
    number = read_number(Problem(stem))
    if number is None or number.data.get("goal") not in ("quadrant", "conjugate", "value"):
        return None
    d = number.data
    value = sp.expand(d["value"])
    conj = bool(_CONJ.search(stem))
    target = sp.conjugate(value) if conj else value
    q = _quadrant(sp.re(target), sp.im(target))
    if q is None:
        return None
    options = None
    if split:
        options = {k: _quadrant_of(v) for k, v in split[1].items()}
        if None in options.values() or len(set(options.values())) != len(options) or q not in options.values():
            return None
    return Match([*number.givens], "quadrant of the conjugate" if conj else "quadrant",
                 {**d, "conj": conj, "q": q, "options": options}, 0.9)


def _reference(d: dict) -> tuple[str, str]:
    """Independent: the argument of the number evaluated in floating point (conjugate: the argument negated)."""
    w = complex(sp.N(d["expr"]))
    angle = cmath.phase(w.conjugate() if d["conj"] else w)
    q = 1 if 0 < angle < cmath.pi / 2 else 2 if angle > cmath.pi / 2 else 3 if angle < -cmath.pi / 2 else 4
    if d["options"]:
        letter = next((k for k, v in d["options"].items() if v == q), "?")
        return letter, letter
    return _names(q)


def _judge(chain: Chain, d: dict, point: sp.Expr) -> None:
    """Judge every option (or the one asked quadrant) by the signs of the real and imaginary parts."""
    x, y = sp.re(point), sp.im(point)
    sign = lambda v: ">" if v > 0 else "<"  # noqa: E731
    chain.ask(("对应的点是什么？它的横、纵坐标各是什么符号？", "Which point corresponds to it, and what are the signs of its coordinates?"),
              (f"点 $({tex(x)}, {tex(y)})$，横坐标 ${sign(x)}0$，纵坐标 ${sign(y)}0$", f"the point $({tex(x)}, {tex(y)})$: $x{sign(x)}0$, $y{sign(y)}0$"),
              f"{plain(x)} {sign(x)} 0 且 {plain(y)} {sign(y)} 0", kps=["cplx.geometry"],
              hints=[("复数 $a+bi$ 对应复平面内的点 $(a,b)$。", "The number a+bi is the point (a, b).")])
    q = d["q"]
    if not d["options"]:
        chain.done(_names(q), _reference(d))
        return
    for letter, oq in d["options"].items():
        sx, sy = _SIGNS[oq]
        want = f"{'>' if sx > 0 else '<'}0", f"{'>' if sy > 0 else '<'}0"
        zh, en = _names(oq)
        if oq == q:
            verdict = ("成立，正确", "yes: correct")
            claim = f"{plain(x)} {sign(x)} 0 且 {plain(y)} {sign(y)} 0"
        else:  # the coordinate whose sign is wrong for this quadrant
            bad, name = (x, ("横", "x")) if (x > 0) != (sx > 0) else (y, ("纵", "y"))
            verdict = (f"不成立：{name[0]}坐标 ${tex(bad)}{sign(bad)}0$", f"no: ${name[1]}={tex(bad)}{sign(bad)}0$")
            claim = f"{plain(bad)} {sign(bad)} 0"
        chain.ask((f"{letter}（{zh}）要求横坐标${want[0]}$、纵坐标${want[1]}$，成立吗？",
                   f"{letter} ({en}) needs $x{want[0]}$ and $y{want[1]}$. Does it hold?"),
                  verdict, claim, kps=["cplx.geometry"], hints=[("逐个选项对照坐标的符号。", "Check each option against the signs.")])
    letter = next(k for k, v in d["options"].items() if v == q)
    chain.done((letter, letter), _reference(d))


def _conjugate_step(chain: Chain, d: dict, v: sp.Expr) -> sp.Expr:
    if not d["conj"]:
        return v
    c = sp.conjugate(v)
    chain.ask(("它的共轭复数是什么？", "What is its conjugate?"), (f"$\\bar z={tex(c)}$",) * 2, f"conjugate({plain(v)}) = {plain(c)}",
              kps=["cplx.concept"], hints=[("实部不变，虚部变号。", "Keep the real part, change the sign of the imaginary part.")])
    return c


def _simplify(chain: Chain, d: dict) -> None:
    num, den = d["num"], d["den"]
    if den.has(sp.I):
        conj = sp.conjugate(den)
        v = sp.expand(sp.expand(num * conj) / sp.expand(den * conj))
        chain.ask((f"分子分母同乘分母的共轭复数 ${tex(conj)}$，把 $z$ 化成 $a+bi$ 的形式。",
                   f"Multiply top and bottom by the conjugate ${tex(conj)}$ and write $z$ as $a+bi$."),
                  (f"$z=\\frac{{{tex(sp.expand(num * conj))}}}{{{tex(sp.expand(den * conj))}}}={tex(v)}$",) * 2,
                  f"({plain(num)})/({plain(den)}) = {plain(v)}", kps=["cplx.arithmetic"],
                  hints=[("$(a+bi)(a-bi)=a^2+b^2$ 是实数。", "$(a+bi)(a-bi)=a^2+b^2$ is real.")])
    else:
        v = sp.expand(num / den)
        chain.ask(("展开并用 $i^2=-1$ 化简，写成 $a+bi$。", "Expand with $i^2=-1$ and write it as $a+bi$."), (f"$z={tex(v)}$",) * 2,
                  f"{d['text']} = {plain(v)}", kps=["cplx.arithmetic"], hints=[("像多项式一样相乘。", "Multiply like polynomials.")])
    _judge(chain, d, _conjugate_step(chain, d, v))


def _coefficients(chain: Chain, d: dict) -> None:
    v = coefficient_steps(chain, d["num"], d["den"])
    if d["conj"]:
        chain.ask(("$z$ 与 $\\bar z$ 对应的点有什么位置关系？", "How are the points of $z$ and $\\bar z$ placed?"),
                  ("关于实轴对称：横坐标不变，纵坐标变号", "symmetric in the real axis: same x, opposite y"), "", kps=["cplx.geometry", "symmetry"],
                  hints=[("共轭复数实部相同、虚部互为相反数。", "Conjugates share the real part; their imaginary parts are opposite.")])
    _judge(chain, d, _conjugate_step(chain, d, v))


register(Solver("complex.quadrant", "complex_numbers", detect, (
    Method(("化简后读坐标", "Simplify, then read off the point"), _simplify),
    Method(("待定系数法", "Undetermined coefficients"), _coefficients, lambda d: d["den"].has(sp.I)),
), ("cplx.geometry",), priority=70, choices=True, answers=frozenset({"quadrant", "conjugate"})))
