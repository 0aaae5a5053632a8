"""Algebra words the reader formalises (inequalities and quadratics): a solution set stated as a given, a
rectangle's area or perimeter, and the unnamed points a graph passes through.

Each reader takes one given clause, adds what it read to the Reading and returns the clause with that text
blanked out (same length, so spans stay true), as the other word readers do.

>>> from tutor_graph.reading import read
>>> read("已知不等式 ax^2+bx-2<0 的解集为 (-1,2)，求 a+b 的值。")["givens"][0]["claim"]
'ax^2+bx-2<0 \\\\Leftrightarrow x \\\\in (-1,2)'
>>> read("一个矩形的周长为 24，求它面积的最大值。")["objects"]
[{'name': '矩形', 'kind': 'rectangle', 'value': 'perimeter=24'}]
>>> [o["value"] for o in read("二次函数的图象经过点 (0,3)、(1,0)、(3,0)，求它的解析式。")["objects"]]
['(0,3)', '(1,0)', '(3,0)']
"""

from __future__ import annotations

import re

_INTERVAL = r"[\[(][^\[\]()，。]*[\])]"  # "(-1,2)", "(-\frac{1}{2},\frac{1}{3})", "[1,+∞)"
# "不等式 P 的解集为 (r1, r2)" / "the solution set of P is (r1, r2)": P keeps to one formula run
_SOLUTION_SET = re.compile(rf"(?:不等式\s*)?(?P<ineq>[^，。；\u4e00-\u9fff]+?(?:<|>|≤|≥|\\le|\\ge|\\lt|\\gt)[^，。；\u4e00-\u9fff]*?)"
                           rf"\s*的解集\s*(?:为|是)\s*(?P<set>{_INTERVAL})|"
                           rf"the solution set of (?:the inequality )?(?P<ineq_en>[^,;]+?(?:<|>|≤|≥|\\le|\\ge)[^,;]*?)"
                           rf"\s+is\s+(?P<set_en>{_INTERVAL})", re.I)
_NUMBER = r"\d+(?:\.\d+)?"
_RECTANGLE = re.compile(rf"(?:一个\s*)?(?:矩形|长方形)\s*(?:的)?\s*(?P<what>周长|面积)\s*(?:为|是|等于)\s*(?P<value>{_NUMBER})|"
                        rf"(?P<what_of>周长|面积)\s*(?:为|是)\s*(?P<value_of>{_NUMBER})\s*的\s*(?:矩形|长方形)|"
                        rf"rectangle\s+(?:has|with|of)\s+(?:an?\s+)?(?P<what_en>area|perimeter)\s+(?:of\s+|is\s+|equal to\s+)?"
                        rf"(?P<value_en>{_NUMBER})", re.I)
_MEASURES = {"周长": "perimeter", "面积": "area"}
_POINT = r"\(\s*-?[\d./]+\s*,\s*-?[\d./]+\s*\)"
# "经过点 (0,3)、(1,0)、(3,0)" / "passes through (0, -3), (1, 0) and (-1, -4)": unnamed points, two or more
_THROUGH = re.compile(rf"(?:经过|过)\s*(?:点)?\s*(?P<pts>{_POINT}(?:\s*(?:、|,|，|和|及|与|and)\s*{_POINT})+)|"
                      rf"(?:passes|passing|goes) through (?:the points )?(?P<pts_en>{_POINT}(?:\s*(?:,|and|, and)\s*{_POINT})+)",
                      re.I)


_VALUE = r"-?\s*(?:\\frac\{[^{}]*\}\{[^{}]*\}|\\sqrt\{?\d+\}?|\d+(?:\.\d+)?(?:/\d+)?)"
# "在区间 [0,2] 上的最小值为 -2" (the function defined before it) / "the maximum of f(x) = … on [0, 1] is 2"
_EXTREME = re.compile(rf"在\s*(?:区间)?\s*(?P<span>\[[^\[\]()，。]*\])\s*上\s*(?:的\s*)?(?P<which>最小值|最大值)\s*(?:为|是|等于)\s*"
                      rf"(?P<value>{_VALUE})(?![\d.])|"
                      rf"the (?P<which_en>minimum|maximum)(?: value)? of (?P<definition>[a-z]\(x\)\s*=\s*[^,;]+?) on "
                      rf"(?:the interval )?(?P<span_en>\[[^\[\]()]*\]) is (?P<value_en>{_VALUE})(?![\d.])", re.I)
_NAMED = re.compile(r"([a-z])\s*\(\s*x\s*\)\s*=")


def _blank(clause: str, words: str) -> str:
    return clause.replace(words, " " * len(words), 1)


def solution_sets(reader, clause: str, at: int) -> str:
    """"不等式 P 的解集为 (r1, r2)": the given `P ⇔ x ∈ (r1, r2)` (P stays a formula of its own)."""
    for m in list(_SOLUTION_SET.finditer(clause)):
        ineq, span = (m.group("ineq"), m.group("set")) if m.group("ineq") else (m.group("ineq_en"), m.group("set_en"))
        ineq = re.sub(r"^\s*(?:已知|若|设)?\s*(?:不等式|the inequality)?\s*", "", ineq.strip())
        if "x" not in ineq:  # an inequality in x ("ax^2+bx-2<0": x after a coefficient letter too)
            continue
        reader.add_given(m.group(0), at + m.start(), f"{ineq} \\Leftrightarrow x \\in {span.strip()}", "relation")
        words, where = m.group(0), m.group(0).find(ineq)  # the words and the set read; the inequality stays
        kept = " " * where + ineq + " " * (len(words) - where - len(ineq))
        clause = clause.replace(words, kept, 1)
    return clause


def rectangles(reader, clause: str, at: int) -> str:
    """"矩形的面积为 16" / "a rectangle has area 36": the rectangle, its measure as the object's value."""
    for m in list(_RECTANGLE.finditer(clause)):
        what = _MEASURES.get(m.group("what") or m.group("what_of") or "", m.group("what_en") or "").lower()
        reader.add_object("矩形", "rectangle", f"{what}={m.group('value') or m.group('value_of') or m.group('value_en')}")
        clause = _blank(clause, m.group(0))
    return clause


def through_points(reader, clause: str, at: int) -> str:
    """"经过点 (0,3)、(1,0)、(3,0)": each unnamed point a graph passes through, an object of its own."""
    for m in list(_THROUGH.finditer(clause)):
        for point in re.findall(_POINT, m.group("pts") or m.group("pts_en")):
            value = re.sub(r"\s+", "", point)
            reader.add_object(value, "point", value)
        clause = _blank(clause, m.group(0))
    return clause


def extremes_on_intervals(reader, clause: str, at: int) -> str:
    """"f(x)=… 在区间 [0,2] 上的最小值为 -2": the given `\\min_{x \\in [0,2]} f(x) = -2` (a maximum alike); the
    definition stays a given of its own. Sums or differences of both extremes ("最大值与最小值之差") are not read."""
    for m in list(_EXTREME.finditer(clause)):
        if re.search(r"最大值与最小值|最小值与最大值|maximum and minimum|minimum and maximum", clause, re.I):
            break
        which = "min" if (m.group("which") or m.group("which_en")).lower() in ("最小值", "minimum") else "max"
        span, value = (m.group("span") or m.group("span_en")).strip(), (m.group("value") or m.group("value_en")).strip()
        if m.group("definition"):
            name = m.group("definition").strip()[0]
        else:
            named = _NAMED.findall(clause[:m.start()])
            name = named[-1] if named else "y"
        reader.add_given(m.group(0), at + m.start(), f"\\{which}_{{x \\in {span}}} {name}(x) = {value}"
                         if name != "y" else f"\\{which}_{{x \\in {span}}} y = {value}", "equation")
        if m.group("definition"):  # "the maximum of f(x) = -x^2+2ax+1 on [0, 1] is 2": the definition inside
            reader.statement(m.group("definition").strip(), at + m.start("definition"))
        clause = _blank(clause, m.group(0))
    return clause


def algebra_words(reader, clause: str, at: int) -> str:
    """Every algebra reading above, in turn; the clause with what was read blanked out."""
    clause = extremes_on_intervals(reader, clause, at)
    return through_points(reader, rectangles(reader, solution_sets(reader, clause, at), at), at)
