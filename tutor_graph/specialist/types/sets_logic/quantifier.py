"""全称量词与存在量词：含量词命题的真假、它的否定，以及在选项中选出真（假）命题
/ Quantified statements about one real variable: true or false, the negation, choosing among options."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.specialist.choices import letters, split_choices
from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import interval_text, plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic.logic_reading import (
    NEG,
    SYMPY_REL,
    TEX,
    Statement,
    negation,
    pick,
    ref_truth,
    same,
    st_tex,
    statement,
    truth,
    x_tex,
)
from tutor_graph.specialist.types.template import Values

SLOTS = "ABCD"  # the option slots the template has steps for
MODES = ("choice", "truth", "negation", "negation_choice")


@dataclass(frozen=True)
class Quantified:
    """One statement (`own`) to judge or negate, or options to judge; `answer` the right letters of a choice."""

    mode: str  # one of MODES
    own: Statement | None
    options: tuple[tuple[str, Statement], ...] = ()
    claimed: tuple[tuple[str, bool], ...] = ()  # negation_choice: the truth value each option claims
    want: bool = True  # choice: the stem asks for the true (or the false) statements
    answer: tuple[str, ...] = ()


def _choice(problem: Problem) -> Quantified | None:
    split = split_choices(problem.text)
    if not split:
        return None
    stem, options = split
    if any(k not in SLOTS for k in options):
        return None
    if re.search(r"否定|negation", stem):
        own = statement(stem)
        opts = {k: (statement(v), bool(re.search(r"真命题|is true|it is true", v)),
                    bool(re.search(r"假命题|is false|it is false", v))) for k, v in options.items()}
        read = {k: st for k, (st, _, _) in opts.items() if st is not None}
        if own is None or len(read) != len(opts) or any(t == f for _, t, f in opts.values()):
            return None
        neg = negation(own)
        right = tuple(k for k, (_, t, _) in opts.items() if same(read[k], neg) and t == truth(neg))
        return Quantified("negation_choice", own, tuple(read.items()),
                          tuple((k, t) for k, (_, t, _) in opts.items()), answer=right) if right else None
    want = False if re.search(r"假命题|false", stem) else True if re.search(r"真命题|true", stem) else None
    sts = {k: statement(v) for k, v in options.items()}
    read = {k: st for k, st in sts.items() if st is not None}
    if want is None or len(read) != len(sts):
        return None
    right = tuple(k for k, st in read.items() if truth(st) == want)
    return Quantified("choice", None, tuple(read.items()), want=want, answer=right) if right else None


def detect(problem: Problem) -> Quantified | None:
    """`下列命题中为真命题的是（　）`, `判断命题“∀x∈R, …”的真假`, `写出 … 的否定`, or the negation among options."""
    if not problem.has("∀", "∃", "任意", "存在", "for all", "for every", "there is", "there exists"):
        return None
    if split_choices(problem.text):
        return _choice(problem)
    st = statement(problem.text)
    if st is None or st.f.free_symbols != {X}:
        return None
    if problem.has("否定", "negation", "negate"):
        return Quantified("negation", st)
    if problem.has("真假", "真命题还是假命题", "true or false", "whether"):
        return Quantified("truth", st)
    return None


def _reason(st: Statement, out: Values, key: str) -> None:
    """Whether the statement is true, by a counterexample or an example (or the inequality for every x)."""
    value = truth(st)
    s = solve_inequality(st.f, st.op, X)
    if st.quant == "all" and value:
        claim, zh, en = f"{plain(st.f)} {st.op} 0", "对一切实数都成立", "it holds for every real x"
    elif st.quant == "all":
        x0 = pick(sp.S.Reals - s)
        claim, zh, en = f"{plain(st.f.subs(X, x0))} {NEG[st.op]} 0", f"反例 $x={tex(x0)}$", f"counterexample $x={tex(x0)}$"
    elif value:
        x0 = pick(s)
        claim, zh, en = f"{plain(st.f.subs(X, x0))} {st.op} 0", f"例如 $x={tex(x0)}$ 满足", f"$x={tex(x0)}$ works"
    else:
        claim, zh, en = f"{plain(st.f)} {NEG[st.op]} 0", "对一切实数都有相反的结论", "the opposite holds for every real x"
    out[f"{key}_st"] = st_tex(st)
    out[f"{key}_claim"] = claim
    out[f"{key}_zh"] = f"{'真' if value else '假'}：{zh}"
    out[f"{key}_en"] = f"{'true' if value else 'false'}: {en}"
    out[f"{key}_value_zh"], out[f"{key}_value_en"] = ("真命题", "true") if value else ("假命题", "false")
    # the second idea: the truth set T of the conclusion; ∀ is true iff T = R, ∃ iff T ≠ ∅
    out[f"{key}_set"] = interval_text(s)
    out[f"{key}_set_claim"] = f"\\{{x \\mid {x_tex(st.f)} {TEX[st.op]} 0\\}} = {interval_text(s)}"
    if st.quant == "all":
        whole = s == sp.S.Reals
        out[f"{key}_set_zh"] = "是 $\\mathbb{R}$，真命题" if whole else "不是 $\\mathbb{R}$，假命题"
        out[f"{key}_set_en"] = "which is $\\mathbb{R}$, so true" if whole else "which is not $\\mathbb{R}$, so false"
    else:
        empty = s == sp.S.EmptySet
        out[f"{key}_set_zh"] = "是空集，假命题" if empty else "不是空集，真命题"
        out[f"{key}_set_en"] = "which is empty, so false" if empty else "which is not empty, so true"


def values(q: Quantified) -> Values:
    """The reasoning for each statement the chain judges, the negation, and the answer."""
    out: Values = {m: q.mode == m for m in MODES}
    out["judge"] = q.mode in ("choice", "truth")
    out["negating"] = not out["judge"]
    for k in SLOTS:
        out[f"has_{k}"] = False
    if q.mode == "choice":
        for k, st in q.options:
            out[f"has_{k}"] = True
            _reason(st, out, k)
        out["answer"] = out["answer_en"] = letters(list(q.answer))
        return out
    assert q.own is not None
    _reason(q.own, out, "own")
    if q.mode == "truth":
        out["answer"], out["answer_en"] = out["own_value_zh"], out["own_value_en"]
        return out
    neg = negation(q.own)
    _reason(neg, out, "neg")
    if q.mode == "negation":
        out["answer"] = out["answer_en"] = f"${st_tex(neg)}$"
    else:
        out["answer"] = out["answer_en"] = letters(list(q.answer))
    return out


def _sympy_negation(st: Statement) -> Statement:
    """The negation with the relation negated by SymPy itself and the quantifier swapped by name."""
    rel = sp.Not(SYMPY_REL[st.op](st.f, 0))
    op = {sp.StrictLessThan: "<", sp.StrictGreaterThan: ">", sp.LessThan: "≤", sp.GreaterThan: "≥",
          sp.Equality: "=", sp.Unequality: "≠"}[type(rel)]
    return Statement("some" if st.quant == "all" else "all", sp.expand(rel.lhs - rel.rhs), op)


def reference(q: Quantified) -> tuple[str, str]:
    """Independent of the sign-chart solver: SymPy's solveset, and SymPy's own negation of the relation."""
    if q.mode == "choice":
        ans = letters([k for k, st in q.options if ref_truth(st) == q.want])
        return ans, ans
    assert q.own is not None
    if q.mode == "truth":
        return ("真命题", "true") if ref_truth(q.own) else ("假命题", "false")
    neg = _sympy_negation(q.own)
    if q.mode == "negation":
        return f"${st_tex(neg)}$", f"${st_tex(neg)}$"
    claimed = dict(q.claimed)
    ans = letters([k for k, st in q.options if same(st, neg) and claimed[k] == ref_truth(neg)])
    return ans, ans


TYPE: ProblemType[Quantified] = ProblemType(
    type_id="logic.quantifier", module="sets_logic", name="quantifier", detect=detect, values=values,
    reference=reference, topic="logic",
    givens=lambda q: [st_tex(q.own)] if q.own else [st_tex(st) for _, st in q.options],
    goal=lambda q: "choose" if q.options else q.mode, answers=frozenset({"which", "negation"}), choices=True,
)
