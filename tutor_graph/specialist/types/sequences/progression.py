"""Arithmetic and geometric sequences given terms (and d or q): the parameters both types read and compute with."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.sequences import reading
from tutor_graph.specialist.types.template import Values

N = sp.Symbol("n", integer=True, positive=True)
MAX_INDEX = 200  # terms and sums we compute exactly


def expression(text: str) -> sp.Expr | None:
    """An expression read by the specialist's safe parser (the one place the sequence types call it)."""
    return try_expr(text)


@dataclass(frozen=True)
class Progression:
    """An arithmetic (`arith`) or geometric (`geom`) sequence fixed by its givens, and what is asked."""

    kind: str
    a1: sp.Rational
    step: sp.Expr  # d or q
    terms: tuple[tuple[int, sp.Rational], ...]  # the given a_k = v, by index
    given_step: bool  # d (or q) was given rather than found from two terms
    known: tuple[int, sp.Rational]  # the term the chain starts from
    goal: tuple[str, int | None]  # ('a' | 'S', index or None for the general formula)

    def term(self, n: sp.Expr | int) -> sp.Expr:
        """a_n by the general-term formula."""
        if self.kind == "arith":
            return sp.expand(self.a1 + (n - 1) * self.step)
        return sp.simplify(self.a1 * self.step ** (n - 1))

    def sum(self, n: sp.Expr | int) -> sp.Expr:
        """S_n by the sum formula."""
        a1, s = self.a1, self.step
        if self.kind == "arith":
            return sp.expand(n * a1 + n * (n - 1) * s / 2)
        return n * a1 if s == 1 else sp.simplify(a1 * (1 - s**n) / (1 - s))


def detect(p: Problem, kind: str) -> Progression | None:
    """The sequence a problem fixes, when it is a plain term or sum question of this kind."""
    words = {"arith": ("等差", "arithmetic"), "geom": ("等比", "geometric")}
    other = "geom" if kind == "arith" else "arith"
    if not p.has(*words[kind]) or p.has(*words[other]):
        return None
    if reading.defined(p, "a_n+1") is not None:
        return None  # a recurrence
    if p.has("最大", "最小", "max", "min", "largest", "smallest", "greatest", "least", "正数", "positive terms", "log", "lg"):
        return None  # optimisation or other twists are not plain term/sum questions
    g = reading.given_values(p)
    goal = reading.asked(p)
    if goal is None or (goal[1] is not None and not 1 <= goal[1] <= MAX_INDEX):
        return None
    step = "d" if kind == "arith" else "q"
    terms = {int(k[2:]): v for k, v in g.items() if k.startswith("a_")}
    if any(not 1 <= k <= MAX_INDEX for k in terms):
        return None  # a_0 or a_10^12: not a textbook sequence, and powers that large are not computed
    if any(k.startswith("S_") for k in g):
        return None  # sums as givens: not handled here
    if step in g and terms:
        k, v = min(terms.items())
        diff: sp.Expr = g[step]
        first = v - (k - 1) * diff if kind == "arith" else v / diff ** (k - 1)
        known = (k, v)
    elif len(terms) == 2 and step not in g:
        (i, vi), (j, vj) = sorted(terms.items())
        if kind == "arith":
            diff = (vj - vi) / (j - i)
        else:
            roots = [r for r in sp.solve(sp.Symbol("r") ** (j - i) - vj / vi) if r.is_real]
            if len(roots) != 1:
                return None  # q = ±…: two sequences, leave it to a person
            diff = roots[0]
        first = vi - (i - 1) * diff if kind == "arith" else vi / diff ** (i - 1)
        known = (j, vj)
    else:
        return None
    if kind == "geom" and (diff == 0 or first == 0):
        return None
    return Progression(kind, sp.nsimplify(first), sp.nsimplify(diff), tuple(sorted(terms.items())), step in g, known, goal)


def both(values: Values, name: str, expr: sp.Expr | int) -> None:
    """Put `name` (LaTeX, for reading) and `name_plain` (for claims) into the values."""
    values[name] = tex(expr)
    values[f"{name}_plain"] = plain(expr)


def values(s: Progression) -> Values:
    """Every quantity the arithmetic and geometric chains show, and the flags that pick methods and steps."""
    what, k = s.goal
    step = "d" if s.kind == "arith" else "q"
    out: Values = {
        "asks_term": what == "a", "asks_sum": what == "S", "asks_number": k is not None,
        "find_step": not s.given_step, "find_first": not (s.given_step and any(i == 1 for i, _ in s.terms)),
        "known_not_first": s.known[0] != 1, "q_is_one": s.kind == "geom" and s.step == 1,
        "what": what, "idx": str(k) if k else "n",
        "givens": "\n".join([f"a_{i} = {plain(v)}" for i, v in s.terms] + [f"{step} = {plain(s.step)}"]),
    }
    both(out, "a1", s.a1)
    both(out, "step", s.step)
    if not s.given_step:
        (i, vi), (j, vj) = s.terms
        out.update({"i": str(i), "j": str(j), "gap": str(j - i)})
        both(out, "vi", vi)
        both(out, "vj", vj)
    kk, vk = s.known
    out.update({"k": str(kk), "k_gap": str((k or kk) - kk)})
    both(out, "vk", vk)
    both(out, "general", s.term(N))
    if k is not None:
        both(out, "term_k", s.term(k))
        both(out, "sum_k", s.sum(k))
        if s.kind == "arith":
            both(out, "pair", s.a1 + s.term(k))
            both(out, "pair_sum", sp.nsimplify(k * (s.a1 + s.term(k)) / 2))
        elif s.step != 1:
            both(out, "shift_sum", sp.nsimplify(s.a1 * (1 - s.step**k) / (1 - s.step)))
    target = (s.term if what == "a" else s.sum)(k if k else N)
    out["answer"] = tex(sp.simplify(target))
    out["sum_n"] = tex(s.sum(k if k else N))
    out["sum_n_plain"] = plain(s.sum(k if k else N))
    return out


def reference(s: Progression) -> str:
    """Independent: add the terms one by one (or SymPy's summation for the general sum)."""
    what, k = s.goal
    n = sp.Symbol("n", integer=True, positive=True)
    j = sp.Symbol("j", integer=True, positive=True)
    term_j = s.a1 + (j - 1) * s.step if s.kind == "arith" else s.a1 * s.step ** (j - 1)
    if what == "a":
        value = term_j.subs(j, k if k else n)
    else:
        value = sum(term_j.subs(j, i) for i in range(1, k + 1)) if k else sp.summation(term_j, (j, 1, n))
    return f"{what}_{k if k else 'n'}={plain(sp.simplify(value))}"


def givens_shown(s: Progression) -> list[str]:
    """The givens as the Recognition shows them."""
    step = "d" if s.kind == "arith" else "q"
    return [f"a_{k} = {plain(v)}" for k, v in s.terms] + ([f"{step} = {plain(s.step)}"] if s.given_step else [])


def goal_shown(s: Progression) -> str:
    """What is asked, e.g. `S_10`, `a_n`."""
    return f"{s.goal[0]}_{s.goal[1] if s.goal[1] else 'n'}"
