"""Choice questions on the properties of inequalities: letters ordered among themselves and 0 (a>b>0, c<0 …),
options are relations between rational expressions in those letters ("c/a>c/b") or "大小不确定 / cannot be
determined". Every option is judged: always true when the difference has a fixed sign under the givens
(作差法: factor and read each factor's sign), false when admissible values break it (a checked counterexample),
"不确定" right only when admissible values give both signs. Second method: special values (特殊值法) to
eliminate options, the survivors confirmed by the sign argument."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.choices import letters, split_choices
from tutor_graph.specialist.inequality_signs import (
    Givens,
    judge,
    read_givens,
    reference_letters,
    sample_claim,
)
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register

_UNSURE = re.compile(r"^(?:大小|两者大小|二者大小)?(?:关系)?(?:不确定|无法确定|不能确定|不定)$|^(?:it |they |the order )?cannot be "
                     r"(?:determined|decided)$|^(?:undetermined|uncertain|not determined)$", re.I)
_EQUAL = re.compile(r"^(?:两者|二者|它们)?相等$|^(?:they are|both are|the two are) equal$", re.I)
# what may stand around the givens in the stem: connectives and "which must hold" (never 不成立 / false / not)
_STEM_WORDS = re.compile(
    r"已知|如果|若|设|满足|实数|且|则|那么|下列|各式|不等式|结论|选项|中|一定|恒|必定|必|成立|正确|的是|的|是|为|有"
    r"|\b(?:if|given|suppose|that|and|the|real|numbers?|then|which|of|following|inequalit(?:y|ies)|statements?|must|"
    r"always|be|is|are|true|holds?|correct|necessarily)\b", re.I)
_OP_SHOW = {">": ">", "<": "<", "≥": "\\ge", "≤": "\\le", "=": "=", "≠": "\\ne"}


def detect(p: Problem) -> Match | None:
    split = split_choices(p.text)
    if split is None:
        return None
    stem, options = split
    givens = read_givens(stem)
    if givens is None:
        return None
    rest = _STEM_WORDS.sub(" ", givens.rest)
    if re.search(r"[^\s,.;:()（）?？，。、]", rest):
        return None  # a word or condition we do not read (不成立, 错误, f(x) …): another question
    parsed: dict[str, tuple] = {}
    pairs = set()
    for letter, text in options.items():
        t = text.strip(" .。")
        if _UNSURE.match(t) or _EQUAL.match(t):
            parsed[letter] = ("unsure" if _UNSURE.match(t) else "equal",)
            continue
        rel = try_relation(t)
        if rel is None:
            return None
        lhs, op, rhs = rel
        syms = lhs.free_symbols | rhs.free_symbols
        if not syms or not syms <= set(givens.letters) or not all(e.is_rational_function(*givens.letters) for e in (lhs, rhs)):
            return None
        parsed[letter] = ("rel", lhs, op, rhs)
        pairs.add(frozenset({lhs, rhs}))
    words = [k for k, v in parsed.items() if v[0] != "rel"]
    if words and len(pairs) != 1:
        return None  # "不确定" / "they are equal" must refer to the one pair the other options compare
    pair = next(iter(pairs)) if pairs else None
    if pair is None or len(pair) != 2:
        return None
    first = next(v for v in parsed.values() if v[0] == "rel")
    for k in words:  # read "they are equal" / "cannot be determined" as statements about that pair
        parsed[k] = ("rel", first[1], "=", first[3]) if parsed[k][0] == "equal" else ("unsure", first[1], first[3])
    verdicts = {}
    for k, v in parsed.items():
        verdict = judge(givens, v)
        if verdict is None:
            return None  # one option cannot be decided either way: the whole question is declined
        verdicts[k] = verdict
    right = [k for k, v in verdicts.items() if v.holds]
    if not right or (len(right) > 1 and not re.search(r"多选|不止一|all that apply", p.text, re.I)):
        return None
    return Match(givens.shown, "which option holds", {"givens": givens, "options": parsed, "verdicts": verdicts, "right": right}, 0.85)


def _show(e: sp.Expr) -> str:
    return sp.latex(e)


def _option_text(v: tuple) -> str:
    if v[0] == "unsure":
        return f"${_show(v[1])}$ 与 ${_show(v[2])}$ 大小不确定"
    return f"${_show(v[1])} {_OP_SHOW[v[2]]} {_show(v[3])}$"


def _question_en(k: str, v: tuple) -> str:
    if v[0] == "unsure":
        return f"Option {k}: is the order of ${_show(v[1])}$ and ${_show(v[2])}$ really undetermined?"
    return f"Option {k}: must ${_show(v[1])} {_OP_SHOW[v[2]]} {_show(v[3])}$ hold?"


_KPS = ["ineq.properties", "ineq.compare"]


def _judge_option(chain: Chain, d: dict, k: str) -> None:
    """One option's verdict: a proof claim when it always holds, a counterexample when it does not."""
    g: Givens = d["givens"]
    v, verdict = d["options"][k], d["verdicts"][k]
    q = (f"选项 {k}：{_option_text(v)} 一定成立吗？", _question_en(k, v))
    if verdict.holds:
        ans = ("一定成立", "it always holds")
    else:
        ans = (f"不一定成立：{verdict.because[0]}", f"not always: {verdict.because[1]}")
    chain.ask(q, ans, verdict.claim, kps=_KPS, context=g.context,
              hints=[("选项要对满足条件的每一组取值都成立才行；举出一组满足条件的值使它不成立，就能排除。",
                      "\"Must hold\" means for every admissible value; one admissible counterexample rules it out.")])


def _difference(chain: Chain, d: dict) -> None:
    """作差法: for each compared pair, the factored difference and the sign of every factor."""
    g: Givens = d["givens"]
    done = set()
    for k, v in d["options"].items():
        pair = (v[1], v[3]) if v[0] == "rel" else (v[1], v[2])
        key = frozenset(pair)
        if key in done:
            continue
        done.add(key)
        lhs, rhs = pair
        diff = sp.factor(sp.together(lhs - rhs))
        chain.ask((f"作差并化简：${_show(lhs)}-\\left({_show(rhs)}\\right)$ 等于什么？",
                   f"Subtract and simplify: what is ${_show(lhs)}-\\left({_show(rhs)}\\right)$?"),
                  (f"${_show(diff)}$",) * 2, f"{_show(lhs)} - \\left({_show(rhs)}\\right) = {_show(diff)}", kps=["ineq.compare"],
                  hints=[("通分，再把分子因式分解。", "Bring to a common denominator, then factor the numerator.")])
        sign = d["verdicts"][k].sign
        chain.ask(("由已知条件，这个差的每个因式是什么符号？差的符号确定吗？",
                   "From the givens, what is the sign of each factor? Is the sign of the difference fixed?"),
                  sign.text, sign.claim, kps=["ineq.properties"], context=g.context,
                  hints=[("逐个看因式：由 " + "、".join(f"${s}$" for s in g.shown) + " 判断正负。",
                          "Take the factors one by one and read their signs from " + ", ".join(f"${s}$" for s in g.shown) + ".")])
    for k in d["options"]:
        _judge_option(chain, d, k)
    chain.done((letters(d["right"]),) * 2, (reference_letters(g, d["options"]),) * 2)


def _eliminates(d: dict):
    """Score of a special point: how many relation options it rules out (the best special value teaches most)."""
    rels = [v for v in d["options"].values() if v[0] == "rel"]
    return lambda point: sum(not sample_claim(d["givens"], v, point)[1] for v in rels)


def _special(chain: Chain, d: dict) -> None:
    """特殊值法: one admissible choice of values rules options out; the survivors are confirmed by the sign argument."""
    g: Givens = d["givens"]
    point = g.nice_point(_eliminates(d))
    shown = ", ".join(f"{s}={sp.latex(point[s])}" for s in g.letters)
    alive = []
    for k, v in d["options"].items():
        if v[0] != "rel":
            alive.append(k)
            continue
        claim, holds, text = sample_claim(g, v, point)
        chain.ask((f"取满足条件的特殊值 ${shown}$，选项 {k} 成立吗？", f"Take the admissible values ${shown}$: does option {k} hold?"),
                  (f"{text[0]}，{'成立，保留' if holds else '不成立，排除'}", f"{text[1]}: {'it holds, keep it' if holds else 'it fails, rule it out'}"),
                  claim, kps=_KPS, hints=[("代入前先检查这组值满足已知条件。", "First check that the values satisfy the givens.")])
        if holds:
            alive.append(k)
    for k in alive:
        _judge_option(chain, d, k)
    chain.done((letters(d["right"]),) * 2, (reference_letters(g, d["options"]),) * 2)


register(Solver("inequality.options", "inequalities", detect, (
    Method(("作差法（判断差的符号）", "Subtract and read the sign"), _difference),
    Method(("特殊值法排除，再证明", "Special values to rule out, then prove"), _special),
), ("ineq.properties", "ineq.compare"), priority=60, choices=True, answers=frozenset({"expr", "which", "compare"})))
