"""充分 / 必要条件：“p”是“q”的什么条件（两个方向的推出关系，或比较解集）
/ What kind of condition p is for q: both implications, or comparing the solution sets."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.choices import split_choices
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, relation_text, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic.logic_reading import (
    KINDS,
    NEG,
    SYMPY_REL,
    Kind,
    Rel,
    counterexample,
    kind_of_words,
    pick,
    rel_plain,
    rel_tex,
    relations,
    solution_set,
)
from tutor_graph.specialist.types.template import Values


@dataclass(frozen=True)
class Condition:
    """p and q as relations in one or two variables, the options (letter → kind) of a choice question, the kind."""

    p_text: str
    q_text: str
    p: tuple[Rel, ...]
    q: tuple[Rel, ...]
    symbols: tuple[sp.Symbol, ...]
    options: tuple[tuple[str, Kind], ...] | None
    kind: Kind


def _pq(text: str) -> tuple[str, str] | None:
    m = (re.search(r'"\s*([^"]+?)\s*"\s*(?:是|is)\s*[^"]{0,40}?"\s*([^"]+?)\s*"', text)
         or re.search(r"(?<![A-Za-z])p\s*:\s*([^,;]+?)\s*[,;]\s*(?:and\s+)?q\s*:\s*([^,;]+?)\s*(?:[,;.]|\(|$)", text))
    return (m.group(1), m.group(2)) if m else None


def _decide(p: tuple[Rel, ...], q: tuple[Rel, ...], symbols: tuple[sp.Symbol, ...]) -> Kind | None:
    """(p ⇒ q, q ⇒ p) by solution sets (one variable) or counterexamples on a grid (two variables: only
    when both fail, since a grid cannot prove an implication)."""
    if len(symbols) == 1:
        x = symbols[0]
        sp_, sq = solution_set(p, x), solution_set(q, x)
        return bool(sp_.is_subset(sq)), bool(sq.is_subset(sp_))
    a = counterexample(p, q, symbols)
    b = counterexample(q, p, symbols)
    return (False, False) if a and b else None


def detect(problem: Problem) -> Condition | None:
    """`“x>2”是“x>1”的（　）` with the four kinds as options, or `… 是 … 的什么条件？`."""
    if not problem.has("充分", "必要", "充要", "sufficient", "necessary", "什么条件", "condition for"):
        return None
    pq = _pq(problem.text)
    if pq is None:
        return None
    p, q = relations(pq[0]), relations(pq[1])
    if p is None or q is None:
        return None
    free: set[sp.Symbol] = set().union(*(a.free_symbols | b.free_symbols for a, _, b in p + q))
    symbols = tuple(sorted(free, key=lambda s: s.name))
    if not symbols or len(symbols) > 2:
        return None
    split = split_choices(problem.text)
    options: tuple[tuple[str, Kind], ...] | None = None
    if split:
        read = {k: kind_of_words(v) for k, v in split[1].items()}
        kinds = [v for v in read.values() if v is not None]
        if len(kinds) != len(read) or len(set(kinds)) != len(kinds):
            return None
        options = tuple((k, v) for k, v in read.items() if v is not None)
    elif re.search(r"求|find|range|取值", problem.text.split("条件")[-1], re.I):
        return None  # a parameter question: `parameter` reads it
    try:
        kind = _decide(tuple(p), tuple(q), symbols)
    except (ValueError, TypeError, NotImplementedError):
        return None
    if kind is None or (options and kind not in dict(options).values()):
        return None
    return Condition(pq[0], pq[1], tuple(p), tuple(q), symbols, options, kind)


def _letter(c: Condition, kind: Kind | None) -> str:
    return next((k for k, v in c.options or () if v == kind), "?")


def _direction(c: Condition, src: tuple[Rel, ...], dst: tuple[Rel, ...], implied: bool, out: Values, key: str) -> None:
    """Whether src implies dst: the implication itself, or a point of src outside dst."""
    out[key] = implied
    if implied:
        out[f"{key}_claim"] = f"{rel_plain(src)} \\Rightarrow {rel_plain(dst)}"
        return
    if len(c.symbols) == 1:
        x = c.symbols[0]
        ce = {x: pick(solution_set(src, x) - solution_set(dst, x))}
    else:
        found = counterexample(src, dst, c.symbols)
        if found is None:  # detect decided (False, False) only where the grid found both
            raise ValueError("no counterexample")
        ce = found
    out[f"{key}_point"] = ", ".join(f"{s}={tex(v)}" for s, v in ce.items())
    facts = [f"{plain(a.subs(ce))} {op} {plain(b.subs(ce))}" for a, op, b in src]
    neg = [(a, NEG[op], b) for a, op, b in dst]
    fails = " 或 ".join(f"{plain(a.subs(ce))} {op} {plain(b.subs(ce))}" for a, op, b in neg)
    out[f"{key}_claim"] = " 且 ".join(facts) + f" 且 ({fails})" if len(neg) > 1 else " 且 ".join([*facts, fails])


def values(c: Condition) -> Values:
    """The two directions (implication or counterexample), the two solution sets, and the kind."""
    out: Values = {"p": rel_tex(c.p), "q": rel_tex(c.q), "one_var": len(c.symbols) == 1, "choice": c.options is not None}
    _direction(c, c.p, c.q, c.kind[0], out, "fwd")
    _direction(c, c.q, c.p, c.kind[1], out, "bwd")
    zh, en = KINDS[c.kind]
    out["kind_zh"], out["kind_en"] = zh, en
    out["letter"] = _letter(c, c.kind)
    out["answer"] = out["letter"] if c.options else zh
    out["answer_en"] = out["letter"] if c.options else en
    if len(c.symbols) == 1:
        x = c.symbols[0]
        out["x"] = x.name
        for name, rels in (("P", c.p), ("Q", c.q)):
            s = solution_set(rels, x)
            out[f"{name}_set"] = interval_text(s)
            out[f"{name}_claim"] = f"{rel_plain(rels)} \\Leftrightarrow {relation_text(s, x.name)}"
        out["inclusion"] = {(True, True): "P=Q", (True, False): "P\\subsetneq Q", (False, True): "Q\\subsetneq P",
                            (False, False): "P\\not\\subseteq Q,\\ Q\\not\\subseteq P"}[c.kind]
    return out


def reference(c: Condition) -> tuple[str, str]:
    """Independent: SymPy's solveset and set inclusion (one variable), a finer grid (two)."""
    kind: Kind | None
    if len(c.symbols) == 1:
        x = c.symbols[0]

        def sset(rels: tuple[Rel, ...]) -> sp.Set:
            out: sp.Set = sp.S.Reals
            for a, op, b in rels:
                out = out.intersect(sp.solveset(SYMPY_REL[op](a, b), x, sp.S.Reals))
            return out

        a, b = sset(c.p), sset(c.q)
        kind = (bool(a.is_subset(b)), bool(b.is_subset(a)))
    else:
        grid = [sp.Rational(v, 3) for v in range(-7, 8)]
        both = counterexample(c.p, c.q, c.symbols, grid) and counterexample(c.q, c.p, c.symbols, grid)
        kind = (False, False) if both else None
    if kind is None:
        return "?", "?"
    if c.options:
        return _letter(c, kind), _letter(c, kind)
    return KINDS[kind]


TYPE: ProblemType[Condition] = ProblemType(
    type_id="logic.condition", module="sets_logic", name="condition", detect=detect, values=values,
    reference=reference, topic="logic", givens=lambda c: [f"p: {c.p_text}", f"q: {c.q_text}"],
    goal=lambda c: "condition kind", answers=frozenset({"condition"}), choices=True,
)
