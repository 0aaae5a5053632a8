"""Quantified statements about one real variable: is “∀x∈R, …” / “∃x∈R, …” true (a counterexample or a
witness, or the inequality for every x), its negation, choosing the true (or false) statements among
options, and the parameter range that makes such a statement true or false (discriminant vs the
minimum at the vertex)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.choices import letters, split_choices
from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import paren, plain, relation_math, relation_text, tex
from tutor_graph.specialist.types.sets_logic.logic_reading import NEG as _NEG
from tutor_graph.specialist.types.sets_logic.logic_reading import TEX as _TEX
from tutor_graph.specialist.types.sets_logic.logic_reading import pick

_ALL = r"(?:∀\s*x\s*∈\s*R|对任意(?:的)?(?:实数)?\s*x(?:\s*∈\s*R)?|任意(?:实数)?\s*x(?:\s*∈\s*R)?|for (?:all|every|any) real (?:number )?x)"
_SOME = r"(?:∃\s*x\s*∈\s*R|存在(?:实数)?\s*x(?:\s*∈\s*R)?\s*,?\s*(?:使得?)?|there (?:is|exists) a real (?:number )?x(?: with| such that)?)"
_STATEMENT = re.compile(rf"({_ALL}|{_SOME})\s*,?\s*([^,;\"]+?)\s*(?=$|[,;\"]|且为|and it|是|is (?:true|false))")


def statement(text: str):
    """('all' | 'some', f, op) for a quantified statement `f op 0` about x, or None."""
    m = _STATEMENT.search(text)
    if not m:
        return None
    rel = try_relation(m.group(2).strip(" ."))
    if rel is None:
        return None
    lhs, op, rhs = rel
    f = sp.expand(lhs - rhs)
    if X not in f.free_symbols or not f.is_polynomial(X):
        return None
    quant = "all" if re.match(_ALL, m.group(1)) else "some"
    return quant, f, op


def truth(st) -> bool:
    quant, f, op = st
    s = solve_inequality(f, op, X)
    return s == sp.S.Reals if quant == "all" else s != sp.S.EmptySet


def negation(st):
    quant, f, op = st
    return ("some" if quant == "all" else "all"), f, _NEG[op]


def st_tex(st) -> str:
    quant, f, op = st
    q = "\\forall" if quant == "all" else "\\exists"
    return f"{q} x\\in\\mathbb{{R}},\\ {tex(f)} {_TEX[op]} 0"


def _reason(chain: Chain, st, label: tuple[str, str]) -> bool:
    """Ask whether the statement is true; the claim is the inequality for all x, a counterexample or a witness."""
    quant, f, op = st
    value = truth(st)
    s = solve_inequality(f, op, X)
    if quant == "all" and value:
        claim, why = f"{plain(f)} {op} 0", ("对一切实数都成立", "it holds for every real x")
    elif quant == "all":
        x0 = pick(sp.S.Reals - s)
        claim, why = f"{plain(f.subs(X, x0))} {_NEG[op]} 0", (f"反例 $x={tex(x0)}$", f"counterexample $x={tex(x0)}$")
    elif value:
        x0 = pick(s)
        claim, why = f"{plain(f.subs(X, x0))} {op} 0", (f"例如 $x={tex(x0)}$ 满足", f"$x={tex(x0)}$ works")
    else:
        claim, why = f"{plain(f)} {_NEG[op]} 0", ("对一切实数都有相反的结论", "the opposite holds for every real x")
    chain.ask((f"{label[0]}“${st_tex(st)}$”是真命题吗？", f"{label[1]}Is “${st_tex(st)}$” true?"),
              (f"{'真' if value else '假'}：{why[0]}", f"{'true' if value else 'false'}: {why[1]}"), claim,
              kps=["logic.quantifiers"],
              hints=[("这是全称命题还是存在命题？", "Is this a 'for all' or a 'there is' statement?"),
                     ("能不能找到一个反例（对全称命题）或一个例子（对存在命题）？不等式的解集是什么？",
                      "Is there a counterexample (for 'for all') or an example (for 'there is')? What is the solution set of the inequality?")])
    return value


def detect_truth(p: Problem) -> Match | None:
    if not p.has("∀", "∃", "任意", "存在", "for all", "for every", "there is", "there exists"):
        return None
    split = split_choices(p.text)
    if split:
        stem, options = split
        want = False if re.search(r"假命题|false", stem) else True if re.search(r"真命题|true", stem) else None
        negate = re.search(r"否定|negation", stem)
        if negate:
            own = statement(stem)
            opts = {k: (statement(v), bool(re.search(r"真命题|is true|it is true", v)), bool(re.search(r"假命题|is false|it is false", v)))
                    for k, v in options.items()}
            if own is None or any(o[0] is None or o[1] == o[2] for o in opts.values()):
                return None
            neg = negation(own)
            right = [k for k, (st, t, _) in opts.items() if _same(st, neg) and t == truth(neg)]
            data = {"mode": "negation_choice", "own": own, "options": {k: o[0] for k, o in opts.items()},
                    "claimed": {k: o[1] for k, o in opts.items()}, "answer": right}
        else:
            sts = {k: statement(v) for k, v in options.items()}
            if want is None or any(v is None for v in sts.values()):
                return None
            right = [k for k, st in sts.items() if truth(st) == want]
            data = {"mode": "choice", "options": sts, "want": want, "answer": right}
        if not right:
            return None
        return Match([stem], "choose", data, 0.85)
    st = statement(p.text)
    if st is None or st[1].free_symbols != {X}:
        return None
    if p.has("否定", "negation", "negate"):
        return Match([p.text], "negation", {"mode": "negation", "own": st}, 0.85)
    if p.has("真假", "真命题还是假命题", "true or false", "whether"):
        return Match([p.text], "truth", {"mode": "truth", "own": st}, 0.85)
    return None


def _same(a, b) -> bool:
    return a[0] == b[0] and a[2] == b[2] and sp.expand(a[1] - b[1]) == 0


def _truth_chain(chain: Chain, d: dict) -> None:
    mode = d["mode"]
    if mode in ("choice", "truth"):
        chain.idea(("判断含量词的命题真假，全称命题和存在命题各要说明什么？", "To judge a quantified statement, what must be shown for 'for all' and for 'there is'?"),
                   ("全称命题为真要对所有 $x$ 成立，举出一个反例就为假；存在命题举出一个例子就为真，对所有 $x$ 都不成立才为假",
                    "'for all' is true when it holds for every $x$, false with one counterexample; 'there is' is true with one example, false only when it fails for every $x$"),
                   kps=["logic.quantifiers"],
                   hints=[("“任意”和“存在”分别要求多少个 $x$ 满足？", "How many $x$ must satisfy 'for all', and how many 'there is'?"),
                          ("说明一个命题为假，最简单的办法是什么？", "What is the simplest way to show a statement false?")])
    else:
        chain.idea(("含量词命题的否定怎样写？它的真假与原命题有什么关系？", "How is a quantified statement negated, and how is its truth tied to the original's?"),
                   ("改量词（任意变存在，存在变任意），再否定结论；否定与原命题一真一假",
                    "swap the quantifier ('for all' and 'there is') and negate the conclusion; exactly one of the two is true"),
                   kps=["logic.negation", "logic.quantifiers"],
                   hints=[("“所有的都满足”的反面是“都不满足”还是“至少有一个不满足”？", "Is the opposite of 'all satisfy' 'none satisfies' or 'at least one fails'?"),
                          ("一个命题和它的否定能同时为真吗？", "Can a statement and its negation both be true?")])
    if mode in ("choice",):
        for k, st in d["options"].items():
            _reason(chain, st, (f"{k}：", f"{k}: "))
        ans = letters(d["answer"])
        chain.done((ans, ans), (letters([k for k, st in d["options"].items() if _ref_truth(st) == d["want"]]),) * 2)
        return
    own = d["own"]
    if mode == "truth":
        value = _reason(chain, own, ("", ""))
        chain.done(("真命题", "true") if value else ("假命题", "false"), ("真命题", "true") if _ref_truth(own) else ("假命题", "false"))
        return
    neg = negation(own)
    chain.ask(("改量词、否定结论，命题的否定怎样写？", "Swapping the quantifier and negating the conclusion, how is the negation written?"),
              (f"${st_tex(neg)}$",) * 2, "", kps=["logic.negation"],
              hints=[("原命题的量词是什么？否定后变成什么？", "What is the quantifier, and what does it become?"),
                     ("结论中的不等号取反后是什么？", "What does the inequality in the conclusion become when negated?")])
    value = _reason(chain, neg, ("否定", "The negation: "))
    if mode == "negation":
        # reference: SymPy's own negation of the relation, the quantifier swapped by name
        rel = sp.Not({"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge, "=": sp.Eq, "≠": sp.Ne}[own[2]](own[1], 0))
        op = {sp.StrictLessThan: "<", sp.StrictGreaterThan: ">", sp.LessThan: "≤", sp.GreaterThan: "≥", sp.Equality: "=",
              sp.Unequality: "≠"}[type(rel)]
        ref = ({"all": "some", "some": "all"}[own[0]], sp.expand(rel.lhs - rel.rhs), op)
        chain.done((f"${st_tex(neg)}$",) * 2, (f"${st_tex(ref)}$",) * 2)
        return
    ans = letters(d["answer"])
    chain.ask(("哪个选项与此相符？", "Which option matches?"), (f"选 {ans}（{'真' if value else '假'}命题）", f"{ans} ({'true' if value else 'false'})"), "",
              kps=["logic.negation"],
              hints=[("各选项的量词和结论，哪个与上面写出的否定一致？", "Which option has the same quantifier and conclusion as the negation written above?"),
                     ("这个选项说的真假，与上一步的判断相符吗？", "Does the truth value it claims agree with the last step?")])
    ref_neg = (("some" if own[0] == "all" else "all"), own[1], _NEG[own[2]])
    chain.done((ans, ans), (letters([k for k, st in d["options"].items() if _same(st, ref_neg)
                                     and d["claimed"][k] == _ref_truth(ref_neg)]),) * 2)


def _ref_truth(st) -> bool:
    """Independent of the sign-chart solver: SymPy's solveset."""
    quant, f, op = st
    rel = {"<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge, "=": sp.Eq, "≠": sp.Ne}[op](f, 0)
    s = sp.solveset(rel, X, sp.S.Reals)
    return s == sp.S.Reals if quant == "all" else s != sp.S.EmptySet


register(Solver("logic.quantifier", "logic", detect_truth, (
    Method(("逐个判断真假", "Judge each statement"), _truth_chain),
), ("logic.quantifiers",), priority=75, choices=True, answers=frozenset({"which", "negation"})))


# -- a parameter from a statement's truth -------------------------------------------------------------------------
def detect_parameter(p: Problem) -> Match | None:
    m = re.search(r"(?:是|is)\s*(真|假|true|false)\s*(?:命题)?", p.text)
    st = statement(p.text)
    if not m or st is None or not p.has("范围", "range", "取值", "求"):
        return None
    quant, f, op = st
    params = f.free_symbols - {X}
    if len(params) != 1 or op == "=" or op == "≠" or sp.degree(f, X) != 2:
        return None
    lead = sp.Poly(f, X).LC()
    if not (lead.is_number and lead > 0):
        return None
    if any(sp.degree(c, params.copy().pop()) > 1 for c in sp.Poly(f, X).all_coeffs()):
        return None
    wanted = m.group(1) in ("真", "true")
    always = st if wanted else negation(st)  # the statement that must be true
    if always[0] != "all" or always[2] not in (">", "≥"):
        return None  # "there is x with f > 0" for an upward parabola is always true: not a range question
    return Match([p.text], f"range of {params.copy().pop().name}", {"st": st, "always": always, "t": params.pop(), "wanted": wanted}, 0.85)


def _always_set(f, op, t) -> sp.Set:
    poly = sp.Poly(f, X)
    a, b, c = poly.all_coeffs()
    disc = sp.expand(b**2 - 4 * a * c)
    return solve_inequality(disc, "<" if op == ">" else "≤", t)


def _param_reference(d: dict) -> tuple[str, str]:
    """Independent: SymPy's own discriminant and solveset."""
    _, f, op = d["always"]
    disc = sp.Poly(f, X).discriminant()
    s = sp.solveset(sp.Lt(disc, 0) if op == ">" else sp.Le(disc, 0), d["t"], sp.S.Reals)
    return (relation_text(s, d["t"].name),) * 2


def _negate_first(chain: Chain, d: dict) -> None:
    if not d["wanted"]:
        chain.ask(("原命题为假，等价于它的否定为真。否定是什么？", "The statement is false exactly when its negation is true. What is the negation?"),
                  (f"${st_tex(d['always'])}$",) * 2, "", kps=["logic.negation"],
                  hints=[("改量词，否定结论。", "Swap the quantifier and negate the conclusion.")])


def _by_discriminant(chain: Chain, d: dict) -> None:
    _negate_first(chain, d)
    _, f, op = d["always"]
    t = d["t"]
    a, b, c = sp.Poly(f, X).all_coeffs()
    disc = sp.expand(b**2 - 4 * a * c)
    s = _always_set(f, op, t)
    rel = "<" if op == ">" else "≤"
    chain.ask(("判别式 $\\Delta=b^2-4ac$ 是多少？", "What is the discriminant $\\Delta=b^2-4ac$?"), (f"$\\Delta={tex(disc)}$",) * 2,
              f"({plain(b)})^2 - 4*({plain(a)})*({plain(c)}) = {plain(disc)}", kps=["quad.discriminant"],
              hints=[("把参数当作已知数。", "Treat the parameter as a known number.")])
    chain.ask(("开口向上的二次函数恒" + ("正" if op == ">" else "非负") + "，判别式要满足什么？解出参数。",
               "An upward parabola is always " + ("positive" if op == ">" else "non-negative") + " when its discriminant is …? Solve for the parameter."),
              (f"$\\Delta {_TEX[rel]} 0$，{relation_math(s, t.name, 'zh')}", f"$\\Delta {_TEX[rel]} 0$, {relation_math(s, t.name, 'en')}"),
              f"{plain(disc)} {rel} 0 \\Leftrightarrow {relation_text(s, t.name)}",
              kps=["quad.discriminant", "logic.quantifiers"], hints=[("图象与 x 轴至多一个公共点。", "The graph meets the x-axis at most once.")])
    chain.done((relation_math(s, t.name, "zh"), relation_math(s, t.name, "en")), _param_reference(d))


def _by_minimum(chain: Chain, d: dict) -> None:
    _negate_first(chain, d)
    _, f, op = d["always"]
    t = d["t"]
    a, b, _ = sp.Poly(f, X).all_coeffs()
    x0 = sp.simplify(-b / (2 * a))
    low = sp.expand(f.subs(X, x0))
    chain.ask(("函数的最小值在顶点处取得，最小值是多少？", "The minimum is at the vertex: what is it?"), (f"$x={tex(x0)}$ 时取最小值 ${tex(low)}$",
                                                                                                  f"at $x={tex(x0)}$ the minimum is ${tex(low)}$"),
              f"{plain(f.subs(X, paren(x0)))} = {plain(low)}",
              kps=["quad.function"], hints=[("配方：$a(x-h)^2+k$。", "Complete the square: $a(x-h)^2+k$.")])
    s = solve_inequality(low, op, t)
    chain.ask((f"最小值 ${_TEX[op]} 0$，解出参数。", f"Require the minimum ${_TEX[op]} 0$ and solve."), (relation_math(s, t.name, 'zh'),) * 2,
              f"{plain(low)} {op} 0 \\Leftrightarrow {relation_text(s, t.name)}", kps=["quad.function", "logic.quantifiers"],
              hints=[("恒成立就是最小值也满足。", "Holding for all x means the minimum satisfies it.")])
    chain.done((relation_math(s, t.name, "zh"), relation_math(s, t.name, "en")), _param_reference(d))


register(Solver("logic.quantifier_parameter", "logic", detect_parameter, (
    Method(("判别式", "Discriminant"), _by_discriminant),
    Method(("最小值", "Minimum at the vertex"), _by_minimum),
), ("logic.quantifiers",), priority=76, answers=frozenset({"range"})))
