"""二项分布：P(X=k)、均值、方差 / The binomial distribution: P(X = k), the mean, the variance."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.probability.givens import asked, law
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Binomial:
    """X ~ B(n, p) and what is asked: E(X), D(X), P(X = k), or E/D of aX + b (`lin`)."""

    n: int
    p: sp.Expr
    asks_e: bool = False
    asks_d: bool = False
    k: int | None = None
    lin: tuple[str, int, int] | None = None  # ("E" or "D", a, b)


def detect(p: Problem) -> Binomial | None:
    """`X~B(4, 1/3)，求 P(X=2)` / `E(X) 和 D(X)` / `D(2X+1)`."""
    found_law = law(p, "B")
    if found_law is None or not found_law[0].isdigit():
        return None
    n, read = int(found_law[0]), try_expr(found_law[1])
    if read is None or not 0 < read < 1 or not 1 <= n <= 50:
        return None
    prob = sp.nsimplify(read)
    goals = " ; ".join(asked(p))  # what is asked, as the Reading read it: E(2X+1), P(X=2) …
    lin = re.search(r"([ED])\s*\(\s*(-?\d*)\s*\*?\s*X\s*([+-]\s*\d+)?\s*\)", goals)
    if lin and (lin.group(2) not in ("", None) or lin.group(3)):
        a = int(lin.group(2)) if lin.group(2) not in ("", "-") else (-1 if lin.group(2) == "-" else 1)
        b = int(lin.group(3).replace(" ", "")) if lin.group(3) else 0
        return Binomial(n, prob, lin=(lin.group(1), a, b))
    k = re.search(r"P\s*\(\s*X\s*=\s*(\d+)\s*\)", goals)
    found = Binomial(n, prob, p.has("E(X)", "EX", "期望", "均值", "mean", "expect"),
                     p.has("D(X)", "DX", "方差", "variance"), int(k.group(1)) if k else None)
    return found if found.asks_e or found.asks_d or found.k is not None else None


def _answer(parts: list[tuple[str, sp.Expr]], lin: bool) -> tuple[str, str]:
    if lin:
        return (f"${tex(parts[0][1])}$",) * 2
    text = "，".join(f"${name}={tex(v)}$" for name, v in parts)
    return text, text.replace("，", ", ")


def _powers(p: sp.Expr, k: int, q: sp.Expr, m: int) -> str:
    """p^k(1−p)^m as a textbook prints it: no power 1, no factor to the power 0."""
    out = ""
    for base, e in ((p, k), (q, m)):
        if e:
            out += f"\\left({tex(base)}\\right)" + (f"^{{{e}}}" if e != 1 else "")
    return out or "1"


def values(b: Binomial) -> Values:
    """The formula values np, np(1−p), C(n,k)p^k(1−p)^(n−k), the full distribution, and the case-by-case count."""
    n, p = b.n, b.p
    q = 1 - p
    e, d = n * p, n * p * q
    out: Values = {"n": str(n), "p": tex(p), "p_plain": plain(p), "q": tex(q), "q_plain": plain(q),
                   "e": tex(e), "e_plain": plain(e), "d": tex(d), "d_plain": plain(d),
                   "asks_e": b.asks_e, "asks_d": b.asks_d, "asks_p": b.k is not None, "lin_e": False, "lin_d": False,
                   # the definition's table only for short tables and when only the mean and variance are asked
                   "small": n <= 4 and b.k is None and b.lin is None}
    parts: list[tuple[str, sp.Expr]] = []
    if b.lin is not None:
        which, a, c = b.lin
        base = e if which == "E" else d
        v = a * base + c if which == "E" else a**2 * base
        out.update({"lin_e": which == "E", "lin_d": which == "D", "la": str(a), "lb": str(c), "lv": tex(v),
                    "lv_plain": plain(v), "lin_name": f"{which}({a}X+{c})"})
        parts.append((f"{which}({a}X+{c})", v))
    if b.asks_e and b.lin is None:
        parts.append(("E(X)", e))
    if b.asks_d and b.lin is None:
        parts.append(("D(X)", d))
    if b.k is not None and b.lin is None:
        k = b.k
        one = p**k * q ** (n - k)
        v = sp.binomial(n, k) * one
        out.update({"k": str(k), "nk": str(n - k), "powers": _powers(p, k, q, n - k), "pk": tex(v), "pk_plain": plain(v), "one": tex(one),
                    "one_plain": plain(one), "ways": str(sp.binomial(n, k))})
        parts.append((f"P(X={k})", v))
    if out["small"]:
        dist = [sp.binomial(n, k) * p**k * q ** (n - k) for k in range(n + 1)]
        mean = sum(k * v for k, v in enumerate(dist))
        out.update({
            "dist": ", ".join(f"$P(X={k})={tex(v)}$" for k, v in enumerate(dist)),
            "dist_plain": " 且 ".join(f"C_{n}^{k}*({plain(p)})^{k}*({plain(q)})^{n - k} = {plain(v)}"
                                      for k, v in enumerate(dist)),
            "mean": tex(mean), "mean_plain": plain(mean),
            "mean_terms_plain": " + ".join(f"{k}*({plain(v)})" for k, v in enumerate(dist)),
            "var": tex(sum((k - mean) ** 2 * v for k, v in enumerate(dist))),
            "var_plain": plain(sum((k - mean) ** 2 * v for k, v in enumerate(dist))),
            "var_terms_plain": " + ".join(f"({k} - {plain(mean)})^2*({plain(v)})" for k, v in enumerate(dist)),
        })
    out["answer_zh"], out["answer_en"] = _answer(parts, b.lin is not None)
    return out


def reference(b: Binomial) -> tuple[str, str]:
    """Independent: SymPy's stats module."""
    from sympy.stats import Binomial as BinomialRV
    from sympy.stats import E, P, variance

    x = BinomialRV("X", b.n, b.p)
    parts: list[tuple[str, sp.Expr]] = []
    if b.lin is not None:
        which, a, c = b.lin
        v = E(a * x + c) if which == "E" else variance(a * x + c)
        parts.append((f"{which}({a}X+{c})", sp.nsimplify(v)))
    else:
        if b.asks_e:
            parts.append(("E(X)", sp.nsimplify(E(x))))
        if b.asks_d:
            parts.append(("D(X)", sp.nsimplify(variance(x))))
        if b.k is not None:
            parts.append((f"P(X={b.k})", sp.nsimplify(P(sp.Eq(x, b.k)))))
    return _answer(parts, b.lin is not None)


def _goal(b: Binomial) -> str:
    if b.lin is not None:
        return f"{b.lin[0]}({b.lin[1]}X+{b.lin[2]})"
    goals = (["E"] if b.asks_e else []) + (["D"] if b.asks_d else []) + ([f"('P', {b.k})"] if b.k is not None else [])
    return ", ".join(goals)


TYPE: ProblemType[Binomial] = ProblemType(
    type_id="probability.binomial", module="probability", name="binomial", detect=detect, values=values,
    reference=reference, givens=lambda b: [f"X ~ B({b.n}, {plain(b.p)})"], goal=_goal,
    answers=frozenset({"probability", "expectation", "variance"}),
)
