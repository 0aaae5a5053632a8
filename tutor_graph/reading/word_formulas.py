"""Counting and probability word problems whose formula is read: the numbers as givens, the goal as the formula.

Each family is a whole-problem pattern (string work, no SymPy). A problem is read by a family only when the
pattern covers the whole text: every number of the text is one of the family's named quantities, and the
narrative between them carries no further condition (no digit, none of 不 没 恰 至 必 相邻 …), so nothing the
problem says is left out. The goal is then the family's formula in those quantities, which the general
`evaluate` strategy computes (SymPy) and back-substitution checks.

Families: distributing n distinct items onto m distinct places with none empty (inclusion–exclusion);
choosing r from two groups with at least one of the first; the chance that two named people are both chosen;
n people each picking one of m days with every day picked; two people in the same one of m groups; passing
with at least s successes in n independent trials (binomial); a conditional probability P(AB)/P(A); the
expectation of t times a binomial count.

>>> read_word_problem("4 名同学到 3 个小区参加垃圾分类宣传活动, 每名同学只去 1 个小区, 每个小区至少安排 1 名同学, 则不同的安排方法共有种.")[1]
'\\\\sum_{j=0}^{m} (-1)^{j} \\\\binom{m}{j} (m-j)^{n}'
"""

from __future__ import annotations

import re

_CN = {"一": "1", "两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10"}
N = r"(?:\d{1,4}|[一两二三四五六七八九十])"
P = r"(?:0?\.\d+|\\frac\{\d+\}\{\d+\})"
NOUN = r"[\u4e00-\u9fff]{1,10}?"
# narrative between the quantities: no digit, and none of the words that would add a condition
NARR = r"[^0-9不没恰至必只相邻每各都任甲乙丙丁且=<>]*?"
END = r"\s*(?:____)?\s*(?:多少)?\s*(?:种)?\s*[.?？]?\s*"
NARR_EN = r"[^0-9]*?"  # English narrative: no digit (the words that add conditions are checked in `_english_ok`)
SURJECTIONS = r"\sum_{j=0}^{m} (-1)^{j} \binom{m}{j} (m-j)^{n}"

FAMILIES: list[tuple[str, re.Pattern, str]] = [
    ("distribution", re.compile(
        rf"(?:将|把)?\s*(?P<n>{N})\s*(?:名|位|个)\s*{NOUN}\s*(?:分配|安排)?到\s*{NARR}(?P<m>{N})\s*(?:个|所)\s*{NOUN}{NARR}"
        rf"[,，]\s*每(?:名|位|个)\s*{NOUN}只(?:去|分配到|安排到|参加)\s*1\s*(?:个|所)\s*{NOUN}\s*[,，]\s*"
        rf"每(?:个|所)\s*{NOUN}至少(?:安排|分配)?\s*1\s*(?:名|位|个)\s*{NOUN}\s*[,，]\s*则\s*不同的(?:安排|分配)(?:方法|方案|方式)共有{END}"),
     SURJECTIONS),
    ("distribution", re.compile(
        rf"安排\s*(?P<m>{N})\s*(?:名|位)\s*{NOUN}完成\s*(?P<n>{N})\s*项\s*{NOUN}\s*[,，]\s*每人至少完成\s*1\s*项\s*[,，]\s*"
        rf"每项\s*{NOUN}由\s*1\s*人完成\s*[,，]\s*则\s*不同的安排(?:方法|方案|方式)共有{END}"),
     SURJECTIONS),
    ("at_least_one", re.compile(
        rf"从\s*(?P<a>{N})\s*(?:位|名)\s*(?P<g>{NOUN})\s*[,，、]\s*(?P<b>{N})\s*(?:位|名)\s*{NOUN}中\s*选\s*(?P<r>{N})\s*(?:人|名|位){NARR}"
        rf"[,，]\s*且\s*至少有\s*1\s*(?:位|名)\s*(?P=g)\s*(?:入选)?\s*[,，]\s*则\s*不同的选法共有{END}"),
     r"\binom{a+b}{r}-\binom{b}{r}"),
    ("both_chosen", re.compile(
        rf"从甲、乙等\s*(?P<n>{N})\s*(?:名|位)\s*{NOUN}中\s*随机(?:选|选取|抽取)\s*(?P<r>{N})\s*(?:名|位|人){NARR}[,，]\s*"
        rf"则\s*甲、乙都(?:入选|人选|被选中)的概率(?:为|是){END}"),
     r"\frac{\binom{n-2}{r-2}}{\binom{n}{r}}"),
    ("every_day", re.compile(
        rf"(?P<n>{N})\s*(?:位|名)\s*{NOUN}各自在\s*{NOUN}(?:、{NOUN})*\s*(?P<m>{N})\s*天中\s*任选一天{NARR}[,，]\s*"
        rf"则\s*{NOUN}(?:、\s*{NOUN})*\s*都有{NOUN}参加{NARR}的概率(?:为|是){END}"),
     rf"\frac{{{SURJECTIONS}}}{{m^{{n}}}}"),
    ("same_group", re.compile(
        rf"有\s*(?P<m>{N})\s*个\s*{NOUN}\s*[,，]\s*甲、乙两(?:位|名){NOUN}各自参加其中一个{NOUN}\s*[,，]\s*"
        rf"每(?:位|名){NOUN}参加各个{NOUN}的可能性相同\s*[,，]\s*则\s*这两(?:位|名){NOUN}参加同一个{NOUN}的概率(?:为|是){END}"),
     r"\frac{m}{m^{2}}"),
    ("binomial_at_least", re.compile(
        rf"{NARR}[,，]\s*每人(?P<act>[\u4e00-\u9fff]{{1,2}})\s*(?P<n>{N})\s*次\s*[,，]\s*至少(?P<hit>[\u4e00-\u9fff]{{1,3}})\s*(?P<s>{N})\s*次才能通过{NOUN}[.。]\s*"
        rf"已知某{NOUN}每次{NOUN}(?P=hit)的概率为\s*(?P<p>{P})\s*[,，]\s*且各次{NOUN}是否(?P=hit)相互独立\s*[,，]\s*"
        rf"则\s*该{NOUN}通过{NOUN}的概率为{END}"),
     r"\sum_{j=s}^{n} \binom{n}{j} p^{j} (1-p)^{n-j}"),
    ("conditional", re.compile(
        rf"{NARR}[,，]?\s*一天的(?P<e>{NOUN})为(?P<q>{NOUN})的概率是\s*(?P<p>{P})\s*[,，]\s*连续两天为(?P=q)的概率是\s*(?P<t>{P})\s*[,，]\s*"
        rf"已知某天的(?P=e)为(?P=q)\s*[,，]\s*则\s*随后一天的(?P=e)为(?P=q)的概率是{END}"),
     r"\frac{t}{p}"),
    ("scaled_binomial_mean", re.compile(
        rf"{NARR}每粒发芽的概率(?:都)?为\s*(?P<p>{P})\s*[,，]\s*现播种了\s*(?P<n>{N})\s*粒\s*[,，]\s*对于没有发芽的种子\s*[,，]\s*"
        rf"每粒需再补种\s*(?P<t>{N})\s*粒\s*[,，]\s*补种的种子数记为\s*X\s*[,，]\s*则\s*X\s*的数学期望为{END}"),
     r"t n (1-p)"),
]
FAMILIES += [
    # three groups of sizes a, b, r with rates p, t, s: the mean rate over all members is the weighted mean
    ("weighted_mean", re.compile(
        rf"{NARR}有\s*(?P<a>{N})\s*个{NOUN}的(?P<w>{NOUN})为\s*(?P<p>{P})\s*[,，]\s*有\s*(?P<b>{N})\s*个{NOUN}的(?P=w)为\s*(?P<t>{P})\s*[,，]\s*"
        rf"有\s*(?P<r>{N})\s*个{NOUN}的(?P=w)为\s*(?P<s>{P})\s*[,，]\s*则\s*{NOUN}所有{NOUN}的平均(?P=w)的估计值为{END}"),
     r"\frac{a p+b t+r s}{a+b+r}"),
    # n draws with replacement, success rate p: the count is binomial B(n, p)
    ("binomial_variance", re.compile(
        rf"{NARR}的(?P<w>{NOUN})率为\s*(?P<p>{P})\s*[,，]\s*从这批{NOUN}中每次随机(?:取|抽取)一件\s*[,，]\s*有放回地抽取\s*(?P<n>{N})\s*次\s*[.。]\s*"
        rf"X\s*表示抽到的(?P=w)件数\s*[,，]\s*则\s*(?:DX|D\s*\(\s*X\s*\))\s*={END}"),
     r"n p (1-p)"),
    ("binomial_mean", re.compile(
        rf"{NARR}的(?P<w>{NOUN})率为\s*(?P<p>{P})\s*[,，]\s*从这批{NOUN}中每次随机(?:取|抽取)一件\s*[,，]\s*有放回地抽取\s*(?P<n>{N})\s*次\s*[.。]\s*"
        rf"X\s*表示抽到的(?P=w)件数\s*[,，]\s*则\s*(?:EX|E\s*\(\s*X\s*\))\s*={END}"),
     r"n p"),
    ("distribution", re.compile(
        rf"in how many (?:different )?ways can (?P<n>{N}) (?:distinct |different )?[a-z]+ be (?:assigned|distributed|sent|given) to "
        rf"(?P<m>{N}) (?:distinct |different )?[a-z]+(?:,)? (?:so that|such that|if) each [a-z]+ (?:gets|receives|has) at least one"
        rf"(?: [a-z]+)?\s*[.?]?", re.I),
     SURJECTIONS),
    ("binomial_at_least", re.compile(
        rf"{NARR_EN}probability (?P<p>{P}) (?:on|in|for) each (?:shot|trial|attempt|throw){NARR_EN}independent{NARR_EN}[.,]\s*"
        rf"(?:find|what is) the probability (?:of|that)[a-z ]*? at least (?P<s>{N}) (?:hits|successes|times) in (?P<n>{N}) "
        rf"(?:shots|trials|attempts|throws)\s*[.?]?", re.I),
     r"\sum_{j=s}^{n} \binom{n}{j} p^{j} (1-p)^{n-j}"),
]
_CONDITIONS_EN = re.compile(r"\b(?:not|no|exactly|at most|except|unless|without|adjacent|together|only)\b", re.I)
_NAMES = ("n", "m", "a", "b", "r", "s", "p", "t")
WORDS = {"n": ("总数", "how many"), "m": ("去处数", "places"), "a": ("第一组人数", "first group"), "b": ("第二组人数", "second group"),
         "r": ("选出的人数", "chosen"), "s": ("至少成功次数", "successes needed"), "p": ("概率", "probability"), "t": ("倍数", "multiple")}


def _number(text: str) -> str:
    return _CN.get(text, text)


def read_word_problem(text: str) -> tuple[list[tuple[str, int, str]], str, str] | None:
    """(givens as (words, offset, claim), the goal formula, the asking words) when a family covers the text."""
    body = text.strip()
    for _family, pattern, formula in FAMILIES:
        m = pattern.fullmatch(body)
        if not m or (pattern.flags & re.I and _CONDITIONS_EN.search(body)):
            continue  # an English problem with a word that adds a condition is not this family
        givens = [(m.group(name), m.start(name), f"{name}={_number(m.group(name))}")
                  for name in _NAMES if name in pattern.groupindex and m.group(name)]
        ask = re.search(r"则[^,，]*$|(?:in how many|find|what is)[^.]*$", body, re.I)
        return givens, formula, ask.group(0) if ask else body
    return None


def fill(reader, text: str) -> bool:
    """Read a whole word problem into the reader (givens, one value goal); False when no family covers it."""
    found = read_word_problem(text)
    if not found:
        return False
    givens, formula, ask = found
    for words, offset, claim in givens:
        reader.add_given(words, offset, claim, "definition")
    reader.goals.append({"text": ask.strip(), "kind": "value", "expression": formula, "part": ""})
    return True
