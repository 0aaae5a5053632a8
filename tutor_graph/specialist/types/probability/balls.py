"""一次从袋中取球：恰有、至少几个某色球的概率 / Balls drawn at once from a bag of two colours: exactly or at
least so many of one colour."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.counting.words import count
from tutor_graph.specialist.types.probability.givens import colour_names, event, read_bag
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

# a ball is listed by its colour's initial and a number: 红1 红2 … / R1 R2 …
_LISTED = 20


@dataclass(frozen=True)
class Balls:
    """`t` balls of the asked colour and `o` of the other; `draw` taken at once; exactly / at least `cnt`."""

    t: int
    o: int
    draw: int
    cnt: int
    at_least: bool
    colour: str  # the asked colour as read ('红' or 'red')
    other: str


def detect(p: Problem) -> Balls | None:
    """`袋中有 4 个红球和 3 个白球，任取 3 个，至少有 1 个白球的概率` / `exactly one red ball`."""
    if not p.has("概率", "probability") or not p.has("球", "ball"):
        return None
    found, draw = read_bag(p), count(p, "drawn")
    if not (found and draw is not None) or p.has("放回", "with replacement", "依次", "one after another", "先后"):
        return None
    a, ca, b, cb = found
    # what is asked of the draw, as the Reading read it: 红=1,白=1 / 白=1 / 白>=1 / 红=all
    asked = event(p, "asked_balls")
    if m := re.fullmatch(r"(\w+)=(\d+),(\w+)=(\d+)", asked):  # "one red and one white": exactly that many of the first
        cnt, colour, at_least = int(m.group(2)), m.group(1), False
        if cnt + int(m.group(4)) != draw:
            return None
    elif m := re.fullmatch(r"(\w+)(=|>=)(\d+|all)", asked):
        colour, at_least = m.group(1), m.group(2) == ">="
        cnt = draw if m.group(3) == "all" else int(m.group(3))
    else:
        return None
    colour = colour.lower()
    if colour not in (ca, cb) or not 0 < draw <= a + b <= 20 or cnt > draw:
        return None
    t, o = (a, b) if colour == ca else (b, a)
    return Balls(t, o, draw, cnt, at_least, colour, cb if colour == ca else ca)


def _terms(b: Balls, js: list[int]) -> tuple[str, str, sp.Integer]:
    """Σ C_t^j C_o^(k−j) over js: as printed, as a claim, and its value."""
    k = b.draw
    shown = "+".join(f"C_{{{b.t}}}^{{{j}}}C_{{{b.o}}}^{{{k - j}}}" for j in js) or "0"
    claim = " + ".join(f"C_{b.t}^{j}*C_{b.o}^{k - j}" for j in js) or "0"
    return shown, claim, sp.Integer(sum(sp.binomial(b.t, j) * sp.binomial(b.o, k - j) for j in js))


def values(b: Balls) -> Values:
    """The total C_n^k, the favourable draws by colour, the complement's draws, and the listed draws."""
    n, k = b.t + b.o, b.draw
    total = sp.binomial(n, k)
    js = [j for j in ([b.cnt] if not b.at_least else range(b.cnt, min(b.t, k) + 1)) if k - j <= b.o and j <= b.t]
    bad_js = [j for j in range(0, b.cnt) if k - j <= b.o]
    fav_tex, fav_claim, fav = _terms(b, js)
    bad_tex, bad_claim, bad = _terms(b, bad_js)
    v = sp.Rational(fav, total)
    (cz, ce), (oz, oe) = colour_names(b.colour), colour_names(b.other)
    labels = [f"{cz}{i + 1}" for i in range(b.t)] + [f"{oz}{i + 1}" for i in range(b.o)]
    labels_en = [f"{ce[0].upper()}{i + 1}" for i in range(b.t)] + [f"{oe[0].upper()}{i + 1}" for i in range(b.o)]
    draws = list(itertools.combinations(range(n), k))
    good = [s for s in draws if (sum(i < b.t for i in s) >= b.cnt if b.at_least else sum(i < b.t for i in s) == b.cnt)]

    def listed(ds: list[tuple[int, ...]], names: list[str], sep: str) -> str:
        return sep.join("(" + ",".join(names[i] for i in s) + ")" for s in ds)

    out: Values = {
        "at_least": b.at_least, "exactly": not b.at_least, "listable": bool(total <= _LISTED),
        "n": str(n), "k": str(k), "t": str(b.t), "o": str(b.o), "cnt": str(b.cnt), "below": str(b.cnt - 1),
        "one": b.cnt == 1, "many": b.cnt > 1, "some_bad": bool(bad_js), "several": len(js) > 1,
        "colour_zh": cz, "colour_en": ce, "other_zh": oz, "other_en": oe, "rest": str(k - b.cnt),
        "total": tex(total), "total_plain": plain(total), "fav_terms": fav_tex, "fav_claim": fav_claim, "fav": tex(fav),
        "fav_plain": plain(fav), "bad_terms": bad_tex, "bad_claim": bad_claim, "bad": tex(bad), "bad_plain": plain(bad),
        "v": tex(v), "v_plain": plain(v), "ratio": f"\\frac{{{fav}}}{{{total}}}" + ("" if v.q == total else f"={tex(v)}"),
        "all_zh": listed(draws, labels, "、"), "all_en": listed(draws, labels_en, ", "),
        "good_zh": listed(good, labels, "、"), "good_en": listed(good, labels_en, ", "), "good": str(len(good)),
        "listed": str(len(draws)),
    }
    return out


def reference(b: Balls) -> str:
    """Independent: enumerate labelled draws."""
    balls = ["t"] * b.t + ["o"] * b.o
    draws = list(itertools.combinations(range(len(balls)), b.draw))
    ok = 0
    for s in draws:
        n_t = sum(balls[i] == "t" for i in s)
        ok += (n_t >= b.cnt) if b.at_least else (n_t == b.cnt)
    return plain(sp.Rational(ok, len(draws)))


TYPE: ProblemType[Balls] = ProblemType(
    type_id="probability.balls", module="probability", name="balls", detect=detect, values=values, reference=reference,
    givens=lambda b: [f"{b.t} {b.colour}, {b.o} {b.other}", f"draw {b.draw}"],
    goal=lambda b: f"P({'atleast' if b.at_least else 'exactly'} {b.cnt} {b.colour})", answers=frozenset({"probability"}),
    topic="probability_statistics",
)
