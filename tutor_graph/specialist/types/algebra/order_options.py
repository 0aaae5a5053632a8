"""不等式的性质（选择题）：字母间的大小关系已知，判断哪个选项一定成立 / Choice questions on the properties of
inequalities: letters ordered among themselves and 0, which option must hold.

Every option is judged: always true when the difference has a fixed sign under the givens (作差法: factor and read
each factor's sign), false when admissible values break it (a checked counterexample), "不确定" right only when
admissible values give both signs. The signs and counterexamples come from `inequality_signs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_relation
from tutor_graph.reading.normalising import BLANK
from tutor_graph.specialist.choices import letters
from tutor_graph.specialist.inequality_signs import (
    Givens,
    Verdict,
    judge,
    read_givens,
    reference_letters,
    sample_claim,
)
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.text import normalise
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

MAX_OPTIONS = 5  # the template has slots for options 1..5 and compared pairs 1..5
_UNSURE = re.compile(r"^(?:大小|两者大小|二者大小)?(?:关系)?(?:不确定|无法确定|不能确定|不定)$|^(?:it |they |the order )?cannot be "
                     r"(?:determined|decided)$|^(?:undetermined|uncertain|not determined)$", re.I)
_EQUAL = re.compile(r"^(?:两者|二者|它们)?相等$|^(?:they are|both are|the two are) equal$", re.I)
# what may stand around the givens in the stem: connectives and "which must hold" (never 不成立 / false / not)
_STEM_WORDS = re.compile(
    r"已知|如果|若|设|满足|实数|且|则|那么|下列|各式|不等式|结论|选项|中|一定|恒|必定|必|成立|正确|的是|的|是|为|有"
    r"|\b(?:if|given|suppose|that|and|the|real|numbers?|then|which|of|following|inequalit(?:y|ies)|statements?|must|"
    r"always|be|is|are|true|holds?|correct|necessarily)\b", re.I)
_OP_SHOW = {">": ">", "<": "<", "≥": "\\ge", "≤": "\\le", "=": "=", "≠": "\\ne"}


@dataclass(frozen=True)
class OrderOptions:
    """The givens, each option read as ("rel", lhs, op, rhs) or ("unsure", lhs, rhs), its verdict, the right letters."""

    givens: Givens
    options: tuple[tuple[str, tuple], ...]
    verdicts: tuple[tuple[str, Verdict], ...]
    right: tuple[str, ...]


def detect(p: Problem) -> OrderOptions | None:
    """`若 a>b>0，c<0，则下列不等式一定成立的是 A. c/a>c/b …`: order givens on letters, options comparing expressions."""
    options = p.reading["options"]  # the lettered options as read
    if not 2 <= len(options) <= MAX_OPTIONS or [g["kind"] for g in p.goals] != ["choice"]:
        return None
    claims = [normalise(c) for c in p.given_claims]
    if not claims or len(claims) != len(p.reading["givens"]):
        return None  # a given the reader did not formalise: another question
    givens = read_givens(" , ".join(claims))
    if givens is None or re.search(r"[^\s,]", givens.rest):
        return None  # a given that is not an order among letters and 0 (f(x) …)
    # the asking clause and whatever was left unread may hold only stem words ("则下列不等式一定成立的是")
    asking = " ".join([g["text"] for g in p.goals] + p.reading["unread"]).replace(BLANK, " ")
    for given in p.reading["givens"]:  # "If a<b<0, which …": the givens read in the asking clause are not its words
        asking = asking.replace(given["text"], " ")
    if re.search(r"[^\s,.;:()（）?？，。、]", _STEM_WORDS.sub(" ", asking)):
        return None  # a word in the question we do not read (不成立, 错误 …): another question
    parsed: dict[str, tuple] = {}
    pairs = set()
    for letter, text in options.items():
        t = normalise(text).strip(" .。")
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
    if not right or (len(right) > 1 and not p.has("多选", "不止一", "all that apply")):
        return None
    return OrderOptions(givens, tuple(parsed.items()), tuple(verdicts.items()), tuple(right))


def _option_zh(v: tuple) -> str:
    if v[0] == "unsure":
        return f"${sp.latex(v[1])}$ 与 ${sp.latex(v[2])}$ 大小不确定"
    return f"${sp.latex(v[1])} {_OP_SHOW[v[2]]} {sp.latex(v[3])}$"


def _option_en(v: tuple) -> str:
    if v[0] == "unsure":
        return f"the order of ${sp.latex(v[1])}$ and ${sp.latex(v[2])}$ is undetermined"
    return f"${sp.latex(v[1])} {_OP_SHOW[v[2]]} {sp.latex(v[3])}$"


def values(o: OrderOptions) -> Values:
    """Per compared pair its difference and sign; per option its verdict; the special values and what they rule out."""
    g, verdicts = o.givens, dict(o.verdicts)
    out: Values = {"answer": letters(list(o.right)), "givens": "\n".join(g.context),
                   "shown": "、".join(f"${s}$" for s in g.shown), "shown_en": ", ".join(f"${s}$" for s in g.shown)}
    done: set[frozenset] = set()
    for k, v in o.options:  # 作差法: each compared pair once, in the order the options first name it
        lhs, rhs = (v[1], v[3]) if v[0] == "rel" else (v[1], v[2])
        if frozenset((lhs, rhs)) in done:
            continue
        done.add(frozenset((lhs, rhs)))
        p, diff, sign = len(done), sp.factor(sp.together(lhs - rhs)), verdicts[k].sign
        out.update({f"pair{p}": True, f"lhs{p}": sp.latex(lhs), f"rhs{p}": sp.latex(rhs), f"diff{p}": sp.latex(diff),
                    f"diff_claim{p}": f"{sp.latex(lhs)} - \\left({sp.latex(rhs)}\\right) = {sp.latex(diff)}",
                    f"sign{p}": sign.text[0], f"sign_en{p}": sign.text[1], f"sign_claim{p}": sign.claim})
    point = g.nice_point(lambda pt: sum(not sample_claim(g, v, pt)[1] for _, v in o.options if v[0] == "rel"))
    out["point"] = ", ".join(f"{s}={sp.latex(point[s])}" for s in g.letters)
    for i, (k, v) in enumerate(o.options, 1):
        verdict = verdicts[k]
        out.update({f"opt{i}": True, f"lab{i}": k, f"opt_zh{i}": _option_zh(v), f"opt_en{i}": _option_en(v),
                    f"verdict{i}": "一定成立" if verdict.holds else f"不一定成立：{verdict.because[0]}",
                    f"verdict_en{i}": "it always holds" if verdict.holds else f"not always: {verdict.because[1]}",
                    f"verdict_claim{i}": verdict.claim, f"alive{i}": True})
        if v[0] != "rel":
            continue
        claim, holds, text = sample_claim(g, v, point)
        out.update({f"sample{i}": True, f"sample_claim{i}": claim, f"alive{i}": bool(holds),
                    f"sample_zh{i}": f"{text[0]}，{'成立，保留' if holds else '不成立，排除'}",
                    f"sample_en{i}": f"{text[1]}: {'it holds, keep it' if holds else 'it fails, rule it out'}"})
    return out


def reference(o: OrderOptions) -> str:
    """Independent of the proofs: a grid of admissible values decides each option (`reference_letters`)."""
    return reference_letters(o.givens, dict(o.options))


TYPE: ProblemType[OrderOptions] = ProblemType(
    type_id="inequality.options", module="algebra", name="order_options", detect=detect, values=values,
    reference=reference, givens=lambda o: list(o.givens.shown), goal=lambda o: "which option holds",
    answers=frozenset({"expr", "which", "compare"}), topic="inequalities", choices=True,
)
