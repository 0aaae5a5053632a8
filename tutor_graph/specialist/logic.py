"""充分 / 必要条件: whether “p” is a sufficient, necessary, both or neither condition for “q” (both
implications vs comparing solution sets), and the range of a parameter that makes p sufficient /
necessary for q (endpoints of the two solution sets)."""

from __future__ import annotations

import itertools
import re
from fractions import Fraction

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.choices import split_choices
from tutor_graph.specialist.detecting import solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import interval_text, plain, relation_text, tex

_OPS = r"(≤|≥|≠|<|>|=)"
_TEX = {"≤": "\\le", "≥": "\\ge", "≠": "\\ne", "<": "<", ">": ">", "=": "="}
_NEG = {"≤": ">", "≥": "<", "<": "≥", ">": "≤", "=": "≠", "≠": "="}
KINDS = {  # (p ⇒ q, q ⇒ p): names; option words are matched longest-first
    (True, False): ("充分不必要条件", "sufficient but not necessary"),
    (False, True): ("必要不充分条件", "necessary but not sufficient"),
    (True, True): ("充要条件", "necessary and sufficient"),
    (False, False): ("既不充分也不必要条件", "neither sufficient nor necessary"),
}
_WORDS = [((False, False), ("既不充分也不必要", "neither")), ((True, False), ("充分不必要", "sufficient but not necessary")),
          ((False, True), ("必要不充分", "necessary but not sufficient")),
          ((True, True), ("充要", "necessary and sufficient", "sufficient and necessary"))]


def relations(text: str) -> list[tuple[sp.Expr, str, sp.Expr]] | None:
    """`x>2`, `x^2=1`, `1<x<3` as a list of relations (a chain becomes two)."""
    parts = re.split(_OPS, text.strip())
    if len(parts) not in (3, 5):
        return None
    exprs = [try_expr(parts[i]) for i in range(0, len(parts), 2)]
    if any(e is None for e in exprs):
        return None
    return [(exprs[i], parts[2 * i + 1], exprs[i + 1]) for i in range(len(exprs) - 1)]


def rel_tex(rels) -> str:
    return " 且 ".join(f"{tex(a)} {_TEX[op]} {tex(b)}" for a, op, b in rels) if len(rels) == 1 else \
        f"{tex(rels[0][0])} {_TEX[rels[0][1]]} {tex(rels[0][2])} {_TEX[rels[1][1]]} {tex(rels[1][2])}"


def rel_plain(rels) -> str:
    if len(rels) == 1:
        a, op, b = rels[0]
        return f"{plain(a)} {op} {plain(b)}"
    return f"{plain(rels[0][0])} {rels[0][1]} {plain(rels[0][2])} {rels[1][1]} {plain(rels[1][2])}"


def holds(rels, point: dict) -> bool:
    return all(bool(_cmp(sp.nsimplify(a.subs(point)), op, sp.nsimplify(b.subs(point)))) for a, op, b in rels)


def _cmp(a, op, b) -> bool:
    return {"<": a < b, ">": a > b, "≤": a <= b, "≥": a >= b, "=": sp.simplify(a - b) == 0, "≠": sp.simplify(a - b) != 0}[op]


def solution_set(rels, x: sp.Symbol) -> sp.Set:
    s: sp.Set = sp.S.Reals
    for a, op, b in rels:
        s = s.intersect(solve_inequality(sp.together(a - b), op, x))
    return s


def pick(s: sp.Set):
    """A simple point of a non-empty real set (an integer where there is one)."""
    if isinstance(s, sp.FiniteSet):
        return min(s, key=lambda v: (abs(v), v))
    if isinstance(s, sp.Union):
        return pick(s.args[0])
    if isinstance(s, sp.Interval):
        lo, hi = s.start, s.end
        if lo == -sp.oo and hi == sp.oo:
            return sp.Integer(0)
        if lo == -sp.oo:
            return sp.floor(hi) - 1
        if hi == sp.oo:
            return sp.floor(lo) + 1
        for k in range(int(sp.floor(lo)), int(sp.ceiling(hi)) + 1):
            if s.contains(k) is sp.true:
                return sp.Integer(k)
        return (lo + hi) / 2
    if isinstance(s, sp.Complement):
        base = s.args[0]
        for k in range(-3, 4):
            if s.contains(k) is sp.true:
                return sp.Integer(k)
        return pick(base)
    raise ValueError("cannot pick a point")


_GRID = [sp.Integer(v) for v in (-3, -2, -1, 0, 1, 2, 3)] + [sp.Rational(1, 2), sp.Rational(-1, 2)]


_PY = {"<": lambda a, b: a < b, ">": lambda a, b: a > b, "≤": lambda a, b: a <= b, "≥": lambda a, b: a >= b,
       "=": lambda a, b: a == b, "≠": lambda a, b: a != b}


def _fast(rels, symbols):
    """The relations as exact Python functions of Fractions (polynomials only), or None."""
    if any(not (a - b).is_polynomial(*symbols) for a, _, b in rels):
        return None
    fs = [(sp.lambdify(symbols, a, "math"), _PY[op], sp.lambdify(symbols, b, "math")) for a, op, b in rels]
    return lambda vals: all(cmp(fa(*vals), fb(*vals)) for fa, cmp, fb in fs)


def counterexample(p, q, symbols, grid=_GRID):
    """A point where p holds and q fails, searched on a small grid (several variables), else None.
    Polynomial relations are evaluated exactly with Fractions (fast); others with SymPy."""
    fp, fq = _fast(p, symbols), _fast(q, symbols)
    frac = [Fraction(int(v.p), int(v.q)) for v in grid]
    for values, exact in zip(itertools.product(grid, repeat=len(symbols)), itertools.product(frac, repeat=len(symbols)), strict=True):
        try:
            if fp and fq:
                if fp(exact) and not fq(exact):
                    return dict(zip(symbols, values, strict=True))
                continue
            point = dict(zip(symbols, values, strict=True))
            if holds(p, point) and not holds(q, point):
                return point
        except (TypeError, ZeroDivisionError):
            continue
    return None


def _pq(p: Problem) -> tuple[str, str] | None:
    t = p.text
    m = (re.search(r'"\s*([^"]+?)\s*"\s*(?:是|is)\s*[^"]{0,40}?"\s*([^"]+?)\s*"', t)
         or re.search(r"(?<![A-Za-z])p\s*:\s*([^,;]+?)\s*[,;]\s*(?:and\s+)?q\s*:\s*([^,;]+?)\s*(?:[,;.]|\(|$)", t))
    return (m.group(1), m.group(2)) if m else None


def _kind_of_words(text: str):
    low = text.lower()
    for kind, words in _WORDS:
        if any(w in low for w in words):
            return kind
    return None


def detect_condition(p: Problem) -> Match | None:
    if not p.has("充分", "必要", "充要", "sufficient", "necessary", "什么条件", "condition for"):
        return None
    pq = _pq(p)
    if pq is None:
        return None
    P, Q = relations(pq[0]), relations(pq[1])
    if P is None or Q is None:
        return None
    symbols = sorted(set().union(*(a.free_symbols | b.free_symbols for a, _, b in P + Q)), key=lambda s: s.name)
    if not symbols or len(symbols) > 2:
        return None
    split = split_choices(p.text)
    options = None
    if split:
        options = {k: _kind_of_words(v) for k, v in split[1].items()}
        if None in options.values() or len(set(options.values())) != len(options):
            return None
    elif re.search(r"求|find|range|取值", p.text.split("条件")[-1], re.I):
        return None  # a parameter question: see detect_parameter
    data = {"p": P, "q": Q, "symbols": symbols, "options": options, "pq": pq}
    try:
        data["kind"] = _decide(data)
    except (ValueError, TypeError, NotImplementedError):
        return None
    if data["kind"] is None or (options and data["kind"] not in options.values()):
        return None
    return Match([f"p: {pq[0]}", f"q: {pq[1]}"], "condition kind", data, 0.9)


def _decide(d: dict):
    """(p ⇒ q, q ⇒ p) by solution sets (one variable) or counterexamples on a grid (two variables: only
    when both fail, since a grid cannot prove an implication)."""
    syms = d["symbols"]
    if len(syms) == 1:
        x = syms[0]
        sp_, sq = solution_set(d["p"], x), solution_set(d["q"], x)
        return sp_.is_subset(sq), sq.is_subset(sp_)
    a = counterexample(d["p"], d["q"], syms)
    b = counterexample(d["q"], d["p"], syms)
    return (False, False) if a and b else None


def _answer(d: dict) -> tuple[str, str]:
    kind = d["kind"]
    if d["options"]:
        letter = next(k for k, v in d["options"].items() if v == kind)
        return letter, letter
    return KINDS[kind]


def _reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's solveset and set inclusion (one variable), a different grid (two)."""
    syms = d["symbols"]
    if len(syms) == 1:
        x = syms[0]

        def sset(rels):
            out = sp.S.Reals
            for a, op, b in rels:
                rel = {"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge, "=": sp.Eq, "≠": sp.Ne}[op](a, b)
                out = out.intersect(sp.solveset(rel, x, sp.S.Reals))
            return out
        a, b = sset(d["p"]), sset(d["q"])
        kind = (a.is_subset(b), b.is_subset(a))
    else:
        grid = [sp.Rational(v, 3) for v in range(-7, 8)]
        kind = (False, False) if counterexample(d["p"], d["q"], syms, grid) and counterexample(d["q"], d["p"], syms, grid) else None
    if kind is None:
        return ("?", "?")
    if d["options"]:
        letter = next((k for k, v in d["options"].items() if v == kind), "?")
        return letter, letter
    return KINDS[kind]


def _direction(chain: Chain, d: dict, src, dst, src_text: str, dst_text: str, forward: bool) -> None:
    syms = d["symbols"]
    ce = counterexample(src, dst, syms) if len(syms) > 1 else None
    implied = (d["kind"][0] if forward else d["kind"][1])
    if len(syms) == 1 and not implied:
        x = syms[0]
        ce = {x: pick(solution_set(src, x) - solution_set(dst, x))}
    q = (f"由“${src_text}$”能推出“${dst_text}$”吗？", f"Does “${src_text}$” imply “${dst_text}$”?")
    if implied:
        chain.ask(q, ("能。", "Yes."), f"{rel_plain(src)} \\Rightarrow {rel_plain(dst)}", kps=["logic.necessary_sufficient"],
                  hints=[("两个条件各表示什么范围？", "What range does each condition describe?"),
                         ("满足前者的每一个值，都满足后者吗？", "Does every value that meets the first also meet the second?")])
        return
    where = ", ".join(f"{s}={tex(v)}" for s, v in ce.items())
    neg = [(a, _NEG[op], b) for a, op, b in dst]
    facts = [f"{plain(a.subs(ce))} {op} {plain(b.subs(ce))}" for a, op, b in src]
    fails = " 或 ".join(f"{plain(a.subs(ce))} {op} {plain(b.subs(ce))}" for a, op, b in neg)
    chain.ask(q, (f"不能，例如 ${where}$ 满足前者而不满足后者。", f"No: ${where}$ satisfies the first but not the second."),
              " 且 ".join(facts) + f" 且 ({fails})" if len(neg) > 1 else " 且 ".join([*facts, fails]),
              kps=["logic.necessary_sufficient"],
              hints=[("要否定“能推出”，需要找到什么样的值？", "To refute an implication, what kind of value do you need?"),
                     ("在前者的范围里找一个不在后者范围里的值，有吗？", "Is there a value inside the first range but outside the second?")])


def _idea(chain: Chain) -> None:
    chain.idea(("判断“p 是 q 的什么条件”，要弄清哪两件事？", "To tell what kind of condition p is for q, which two things must be settled?"),
               ("由 p 能否推出 q，以及由 q 能否推出 p", "whether p implies q, and whether q implies p"),
               kps=["logic.necessary_sufficient"],
               hints=[("充分条件、必要条件是用什么关系定义的？", "Which relation defines a sufficient condition, and a necessary one?"),
                      ("推出关系有几个方向？", "In how many directions can an implication go?")])


def _both_ways(chain: Chain, d: dict) -> None:
    pt, qt = rel_tex(d["p"]), rel_tex(d["q"])
    _idea(chain)
    _direction(chain, d, d["p"], d["q"], pt, qt, True)
    _direction(chain, d, d["q"], d["p"], qt, pt, False)
    names = KINDS[d["kind"]]
    ans = _answer(d)
    chain.ask(("所以“p”是“q”的什么条件？", "So what kind of condition is “p” for “q”?"),
              (f"{names[0]}" + (f"，选 {ans[0]}" if d["options"] else ""), f"{names[1]}" + (f": choose {ans[1]}" if d["options"] else "")), "",
              kps=["logic.necessary_sufficient"],
              hints=[("由 p 能推出 q 时，p 对 q 来说是充分的还是必要的？", "When p implies q, is p sufficient or necessary for q?"),
                     ("把上面两个方向的结论合起来，是哪一种条件？", "Putting the two directions together, which kind of condition is it?")])
    chain.done(ans, _reference(d))


def _by_sets(chain: Chain, d: dict) -> None:
    x = d["symbols"][0]
    chain.idea(("只含一个变量的两个条件，能不能用它们的解集来比较？", "Can two conditions in one variable be compared through their solution sets?"),
               ("能：小范围能推出大范围，所以小范围是大范围的充分条件，大范围是小范围的必要条件",
                "yes: the smaller set implies the larger one, so the smaller is sufficient for the larger, and the larger necessary for the smaller"),
               kps=["logic.necessary_sufficient", "set.relation"],
               hints=[("若 $P\\subseteq Q$，$P$ 中的每个元素一定在 $Q$ 中吗？", "If $P\\subseteq Q$, is every element of $P$ in $Q$?"),
                      ("“属于 $P$ 就属于 $Q$”用推出关系怎么说？", "How does 'in $P$ means in $Q$' read as an implication?")])
    sets = []
    for name, rels in (("P", d["p"]), ("Q", d["q"])):
        s = solution_set(rels, x)
        sets.append(s)
        chain.ask((f"把条件看成集合 ${name}=\\{{{x}\\mid {rel_tex(rels)}\\}}$，它是什么？", f"As a set, what is ${name}=\\{{{x}\\mid {rel_tex(rels)}\\}}$?"),
                  (f"${name}={interval_text(s)}$",) * 2, f"{rel_plain(rels)} \\Leftrightarrow {relation_text(s, x.name)}",
                  kps=["logic.necessary_sufficient", "set.relation"],
                  hints=[("这个条件是什么类型的不等式（方程）？", "What kind of inequality (equation) is this condition?"),
                         ("解出来以后，用区间怎样表示？端点取不取得到？", "Once solved, how is it written as an interval? Are the end points included?")])
    sub, sup = d["kind"]
    rel = {(True, True): "P=Q", (True, False): "P\\subsetneq Q", (False, True): "Q\\subsetneq P", (False, False): "P\\not\\subseteq Q, Q\\not\\subseteq P"}[d["kind"]]
    names = KINDS[d["kind"]]
    ans = _answer(d)
    chain.ask(("$P$、$Q$ 有什么包含关系？“小范围”是“大范围”的什么条件？", "How are $P$ and $Q$ related? What is the smaller set for the larger one?"),
              (f"${rel}$，所以是{names[0]}" + (f"，选 {ans[0]}" if d["options"] else ""), f"${rel}$: {names[1]}" + (f", choose {ans[1]}" if d["options"] else "")),
              "", kps=["logic.necessary_sufficient", "set.relation"],
              hints=[("在数轴上画出两个集合，谁包含谁？", "Draw both sets on a number line: which contains which?"),
                     ("小范围能推出大范围：那么 p 对 q 是充分的、必要的，还是两者都是？", "The smaller implies the larger: so is p sufficient for q, necessary, or both?")])
    chain.done(ans, _reference(d))


register(Solver("logic.condition", "logic", detect_condition, (
    Method(("判断两个方向的推出关系", "Test both implications"), _both_ways),
    Method(("比较解集的包含关系", "Compare the solution sets"), _by_sets, lambda d: len(d["symbols"]) == 1),
), ("logic.necessary_sufficient",), priority=75, choices=True, answers=frozenset({"condition"})))
