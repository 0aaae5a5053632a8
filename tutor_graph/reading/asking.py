"""The asking clause: what a problem asks for, as goals (kind + the asked expression + part label).

>>> [(g["kind"], g["expression"]) for g in read_goals("则 m= ____")]
[('value', 'm')]
>>> [(g["kind"], g["expression"]) for g in read_goals("求 1/x+1/y 的最小值")]
[('extremum', '1/x+1/y')]
>>> [(g["kind"], g["expression"]) for g in read_goals("求 f(x) 的单调区间和极值")]
[('interval', 'f(x)'), ('extremum', 'f(x)')]
>>> [(g["kind"], g["expression"]) for g in read_goals("Find the limit of sin(3x)/x as x approaches 0")]
[('value', '\\\\lim_{x \\\\to 0} (sin(3x)/x)')]
"""

from __future__ import annotations

import re

from tutor_graph.reading.normalising import BLANK
from tutor_graph.result import ReadGoal

ASK = re.compile(r"求|计算|化简|比较|解方程|解不等式|解关于|判断|证明|是多少|为多少|多少|几个|有几|=\s*(?:____)?\s*$|"
                 r"(?:为|是|等于)\s*(?:____)?\s*$|____|\b(?:solve|find|compute|evaluate|calculate|determine|simplify|"
                  r"prove|show|what|how many|which|compare|differentiate|odd or even|even or odd)\b", re.I)
_MATH = r"[A-Za-z0-9_^{}()\[\]|\\+\-*/.,'√π·°×÷∫∞<>=≤≥∩∪αβθφ ]+?"
ON_INTERVAL = re.compile(r"在\s*(?:区间)?\s*([\[(][^\[\]()]*[\])])\s*上|\b(?:on|over) (?:the interval )?([\[(][^\[\]()]*[\])])")
_KINDS: list[tuple[str, str]] = [  # words after the asked expression → goal kind
    (r"的?(?:最大值|最小值|最值|极大值|极小值|极值)", "extremum"),
    (r"的?(?:取值范围|范围|值域)", "range"),
    (r"的?(?:单调(?:递增|递减|增|减)?区间)", "interval"),
    (r"的?(?:方程|解析式|表达式|通项公式)", "expression"),
    (r"的?(?:夹角)", "angle"),
    (r"的?(?:解集)", "solve"),
    (r"的?(?:值|大小)", "value"),
]
_EN = [
    (re.compile(r"find the limit of (.+?) as ([a-z]) (?:approaches|tends to|goes to) ([^\s,.?]+)", re.I), "limit"),
    (re.compile(r"^\s*differentiate (.+?)\s*[.?]?$", re.I), "differentiate"),
    (re.compile(r"(?:find|compute|what is) the (?:maximum|minimum|max|min|largest|smallest|greatest|least)(?: value)? of "
                r"(.+?)(?: given| if| when| and where| and at which|[,.?]|$)",
                re.I), "extremum"),
    (re.compile(r"which (?:of the following |statement |one )?(?:is|holds|are) (?:true|correct|false|incorrect|wrong)", re.I),
     "choice"),
    (re.compile(r"which (?:of the following |inequality |one )?(?:must|always|necessarily) (?:hold|be true)", re.I), "choice"),
    (re.compile(r"how many (?:positive )?divisors does (\d+) have", re.I), "divisors"),
    (re.compile(r"(?:find |what is )?the (conjugate|imaginary part|real part|modulus) of (.+?)\s*[.?]?$", re.I), "complex"),
    (re.compile(r"tangent(?: line)? to (?:the curve )?y\s*=\s*(.+?) at (?:the point )?\(?\s*(?:x\s*=\s*)?([^,()]+?)\s*(?:,[^)]*\))?\s*[.?]?$",
                re.I), "tangent"),
    (re.compile(r"coefficient of (.+?) in the expansion of (.+?)\s*[.?]?$", re.I), "coefficient"),
    # a sequence's sum, term or general term named in words ("the sum of the first 10 terms", "the general term a_n")
    (re.compile(r"(?:find |compute |what is )?the sum of the first (\d+|n) terms", re.I), "partial sum"),
    (re.compile(r"(?:find |what is )?the (\d+)(?:st|nd|rd|th) term", re.I), "nth term"),
    (re.compile(r"(?:find |what is )?the general term(?: formula)?", re.I), "general term"),
    (re.compile(r"(?:scalar )?projection of (?:the )?(?:vector )?([A-Z]{2}|[a-z]) (?:on|onto) (?:the )?(?:vector )?([A-Z]{2}|[a-z])"
                r"(?! as a vector)", re.I), "projection"),
    (re.compile(r"(?:find |what is )?the common (difference|ratio)", re.I), "common"),
    (re.compile(r"(?:find |what is )?the angle between (?:vectors? )?([a-z]) and ([a-z])", re.I), "angle"),
    (re.compile(r"how many (?:real )?(?:zeros|zeroes|roots) does (.+?) have", re.I), "zero_count"),
    (re.compile(r"the (?:zero|root) of (.+?) lies in", re.I), "zero_location"),
    (re.compile(r"in which interval does the (?:zero|root) of (.+?) lie", re.I), "zero_location"),
    (re.compile(r"^\s*is (?:the function )?(.+?) (?:an? )?(?:odd or even|even or odd)(?: function)?\s*[.?]?$", re.I), "parity"),
    (re.compile(r"how many ([^?]+)", re.I), "count"),
    (re.compile(r"(?:determine|decide|discuss|find|what is) (?:the )?parity of (?:the function )?(.+?)(?:\s*[:;,?]|\.(?:\s|$)|$)",
                re.I), "parity"),
    (re.compile(r"solve (?:the )?(?:system of )?(?:equations?|inequalit(?:y|ies))?\s*:?\s*(.+?)\s*[.?]?$", re.I), "solve"),
    # "compare A and B": the two expressions compared, as "A, B" (algebra: 比较大小)
    (re.compile(r"compare\s+(.+?)\s+(?:and|with)\s+(.+?)\s*[.?]?$", re.I), "compare"),
    # "find its smallest possible perimeter" (a rectangle's): the measure whose extreme value is asked
    (re.compile(r"(?:find|what is) (?:its|the) (?:smallest|least|minimum|largest|greatest|maximum)(?: possible)? "
                r"(perimeter|area)\s*[.?]?$", re.I), "measure"),
    # "find the range of a + 2b": the expression whose range is asked, not the words before it
    (re.compile(r"(?:find|determine|what is) the range of (?:(?:the )?values? of )?(.+?)\s*[.?]?$", re.I), "range"),
    (re.compile(r"(?:find|compute|calculate|evaluate|what is)(?: the value of)? (.+?)\s*[.?]?$", re.I), "value"),
]


_MATH_WORDS = re.compile(r"\\[A-Za-z]+|\b(?:sin|cos|tan|cot|log|lim|sqrt|ln|lg|exp|max|min|frac|arcsin|arccos|arctan)\b")


def is_english(clause: str) -> bool:
    """Words (not formula names such as sin, \\sqrt) and no Chinese: an English clause."""
    return bool(re.search(r"[A-Za-z]{3,}", _MATH_WORDS.sub(" ", clause))) and not re.search(r"[\u4e00-\u9fff]", clause)


def goal(text: str, kind: str, expression: str = "", part: str = "") -> ReadGoal:
    """A ReadGoal dict."""
    return ReadGoal(text=text.strip(), kind=kind, expression=expression.strip(" ,.，"), part=part)


def _english(clause: str) -> list[ReadGoal]:
    clause = ON_INTERVAL.sub(" ", clause).strip()
    for pattern, kind in _EN:
        m = pattern.search(clause)
        if not m:
            continue
        if kind == "differentiate":  # "Differentiate y=(2x+1)^5": its derivative, asked as "Find the derivative of …" is
            return [goal(clause, "value", f"derivative of {m.group(1).strip()}")]
        if kind == "limit":
            return [goal(clause, "value", f"\\lim_{{{m.group(2)} \\to {m.group(3)}}} ({m.group(1)})")]
        if kind == "choice":
            return [goal(clause, "choice", "")]
        if kind == "complex":
            what = {"conjugate": "conjugate", "imaginary part": "imaginary", "real part": "real", "modulus": "modulus"}
            return [goal(clause, what[m.group(1).lower()], m.group(2))]
        if kind == "tangent":
            return [goal(clause, "tangent", f"{m.group(1).strip()} @ {m.group(2).strip()}")]
        if kind == "coefficient":
            return [goal(clause, "coefficient", f"{m.group(2).strip()} @ {m.group(1).strip()}")]
        if kind == "partial sum":
            return [goal(clause, "value", f"S_{{{m.group(1)}}}" if m.group(1) != "n" else "S_n")]
        if kind == "nth term":
            return [goal(clause, "value", f"a_{{{m.group(1)}}}")]
        if kind == "general term":
            return [goal(clause, "expression", "a_n")]
        if kind == "projection":
            return [goal(clause, "projection", f"{m.group(1)} @ {m.group(2)}")]
        if kind == "common":
            return [goal(clause, "value", "d" if m.group(1).lower() == "difference" else "q")]
        if kind == "angle":
            return [goal(clause, "angle", f"\\langle {m.group(1)}, {m.group(2)}\\rangle")]
        if kind == "divisors":
            return [goal(clause, "count", f"divisors({m.group(1)})")]
        if kind == "zero_count":  # "How many zeros does f(x) = x^3 - 3x + 1 have?": the reader reads the definition
            return [goal(clause, "count", f"zeros({m.group(1).strip()})")]
        if kind == "zero_location":  # "The zero of f(x) = 2^x + x - 4 lies in ( )": a choice of intervals
            return [goal(clause, "choice", f"zero({m.group(1).strip()})")]
        if kind == "count":
            return [goal(clause, "count", "")]
        if kind == "measure":
            return [goal(clause, "extremum", m.group(1).lower())]
        if kind == "compare":
            return [goal(clause, "compare", f"{m.group(1).strip()}, {m.group(2).strip()}")]
        if kind == "parity":  # "Determine the parity of f(x) = x^3 + x": the function as the reader's definition
            return [goal(clause, "parity", f"parity({m.group(1).strip()})")]
        # "find the real number a": the name, not the words before it
        asked = re.sub(r"^(?:the\s+)?(?:value\s+of\s+)?(?:(?:the\s+)?(?:real|positive)\s+)?(?:numbers?\s+|constants?\s+)?",
                       "", m.group(1).strip(), flags=re.I)
        asked = re.sub(r"^(?:the\s+)?sum\s+(?=[^A-Za-z\s])", "", asked, flags=re.I)  # "the sum 1 + 3 + …": the sum
        # "the sum of the first n terms S_n": the sum's name
        asked = re.sub(r"^(?:the\s+)?sum of the first (\d+|n) terms\s*(?:S_\{?\w+\}?)?$",
                       lambda s: "S_n" if s.group(1) == "n" else f"S_{{{s.group(1)}}}", asked, flags=re.I)
        return [goal(clause, kind, asked or m.group(1))]
    return []


def _kind_of(word: str) -> str | None:
    return next((kind for pattern, kind in _KINDS if re.fullmatch(pattern, "的" + word.strip())), None)


def _split_asks(clause: str) -> list[str]:
    """"f(x) 的单调区间和极值" → the shared subject asked twice."""
    m = re.match(rf"^(.*?)({_MATH})\s*的(.+?)(?:和|及|与|以及|、)(.+)$", clause)
    if m and _kind_of(m.group(3)) and _kind_of(m.group(4)):
        subject = m.group(1) + m.group(2)
        return [f"{subject} 的{m.group(3)}", f"{subject} 的{m.group(4)}"]
    return [clause]


def _one(clause: str, part: str) -> ReadGoal | None:
    body = clause.replace(BLANK, " ").strip()
    body = re.sub(r"^(?:则|那么|试|请|并|且|所以|故|此时)\s*", "", body)
    body = ON_INTERVAL.sub(" ", body)
    m = re.fullmatch(r"\s*(?:求|则)?\s*(?:数列\s*(?:\\?\{\s*[a-z]_n\s*\\?\}\s*)?的)?(?:首项\s*([a-z])_\{?1\}?|第\s*(\d+)\s*项\s*(?:[a-z]_\{?\d+\}?)?)"
                     r"\s*(?:的值)?\s*(?:为|是|等于|=)?\s*", body)
    if m:  # "求首项 a_1", "求第 10 项": a term of the sequence
        return goal(clause, "value", f"{m.group(1)}_1" if m.group(1) else f"a_{{{m.group(2)}}}", part)
    m = re.search(r"的(公差|公比)(?:d|q)?\s*(?:为|是|等于)?\s*$", body)
    if m:
        return goal(clause, "value", "d" if m.group(1) == "公差" else "q", part)
    m = re.search(rf"(?:判断|讨论|求)?\s*(?:函数\s*)?({_MATH})\s*的奇偶性", body)
    if m and m.group(1).strip():  # "判断函数 f(x)=x^3+x 的奇偶性": odd, even or neither is asked of the function
        return goal(clause, "parity", f"奇偶性({m.group(1).strip()})", part)
    m = re.search(rf"(?:复数\s*)?({_MATH})\s*的(共轭复数|虚部|实部|模)\s*(?:为|是|等于)?\s*$", body)
    if m and m.group(1).strip():
        what = {"共轭复数": "conjugate", "虚部": "imaginary", "实部": "real", "模": "modulus"}[m.group(2)]
        return goal(clause, what, m.group(1), part)
    m = re.search(rf"曲线\s*(?:y\s*=)?\s*({_MATH})\s*在点\s*\(([^(),]+),([^(),]+)\)\s*处的切线(?:方程)?", body) or \
        re.search(rf"(?:函数)?\s*[a-z]\(x\)\s*=\s*({_MATH})\s*的图[象像]在点\s*\(([^(),]+),\s*((?:[a-z]\([^()]*\)|[^(),])+)\)\s*处的切线(?:方程)?", body)
    if m:
        return goal(clause, "tangent", f"{m.group(1).strip()} @ {m.group(2).strip()}", part)
    m = re.search(rf"曲线\s*(?:y\s*=)?\s*({_MATH})\s*在\s*x\s*=\s*([^\s,，处]+)\s*处的切线(?:方程)?", body)
    if m:  # "求曲线 y=x^3-3x 在 x=2 处的切线方程": the point named by its abscissa
        return goal(clause, "tangent", f"{m.group(1).strip()} @ {m.group(2).strip()}", part)
    m = re.search(rf"(?:经)?过点\s*[A-Z]?\s*\(([^(),]+),([^(),]+)\)\s*(?:且|并)?\s*与曲线\s*(?:y\s*=)?\s*({_MATH})\s*相切的直线", body)
    if m:  # "求过点 (0,2) 且与曲线 y=x^3 相切的直线方程": the point of tangency unknown
        return goal(clause, "tangent_through", f"{m.group(3).strip()} through ({m.group(1).strip()}, {m.group(2).strip()})", part)
    m = re.search(rf"(?:函数\s*)?([a-z]\(x\)\s*=\s*{_MATH})\s*的零点个数\s*(?:为|是)?\s*$", body)
    if m:  # "函数 f(x)=x^3-6x^2+9x-2 的零点个数为": how many zeros, as "有几个零点"
        return goal(clause, "count", f"零点个数({m.group(1).strip()})", part)
    m = re.search(rf"(?:函数\s*)?([a-z]\(x\)\s*=\s*{_MATH})\s*的零点(?:所在|位于)(?:的|哪个|哪一个)?\s*区间", body)
    if m:  # "函数 f(x)=ln x+2x-6 的零点所在的区间是": the options name intervals; the reader reads the definition
        return goal(clause, "choice", f"零点所在区间({m.group(1).strip()})", part)
    m = re.search(rf"({_MATH})\s*的展开式中\s*(?:的)?\s*({_MATH})\s*(?:项)?的?系数", body)
    if m:
        return goal(clause, "coefficient", f"{m.group(1).strip()} @ {m.group(2).strip()}", part)
    m = re.search(rf"前\s*(\d+|n)\s*项(?:的)?和\s*({_MATH})?\s*(?:为|是|等于)?\s*$", body)
    if m:
        return goal(clause, "value", (m.group(2) or "").strip() or f"S_{{{m.group(1)}}}", part)
    m = re.search(r"(?:向量\s*)?(?<![A-Za-z])([A-Z]{2}|[a-z])\s*在\s*(?:向量\s*)?([A-Z]{2}|[a-z])\s*(?:方向)?上的(?:投影|射影)(?!向量)", body)
    if m:  # "向量 PQ 在向量 PR 上的投影（的数量）": the scalar projection of one vector on the other
        return goal(clause, "projection", f"{m.group(1)} @ {m.group(2)}", part)
    m = re.search(rf"({_MATH})\s*(?:与|和|,)\s*({_MATH})\s*的?夹角", body)
    if m:
        return goal(clause, "angle", f"\\langle {m.group(1).strip()}, {m.group(2).strip()}\\rangle", part)
    m = re.fullmatch(r"\s*(?:求)?\s*(?:角|∠)\s*([A-Z])\s*(?:的大小|的度数|的值)?\s*(?:为|是)?\s*", body)
    if m:  # "求角 A": an angle of the figure, named by its vertex
        return goal(clause, "value", m.group(1), part)
    m = re.search(r"(?:解方程组?|解不等式组?|解关于\s*x\s*的(?:方程|不等式))\s*(.+)$", body) or \
        re.search(rf"(?:方程组?|不等式组?)\s*({_MATH})\s*的(?:解集?|根)(?:为|是)?\s*$", body)
    if m:  # a system written as an array ("\\{\\begin{array}{l}x+2y=5\\\\ 3x-y=1\\end{array}") is its equations
        system = re.sub(r"\\(?:begin|end)\{(?:array|cases|aligned)\}(?:\{[lcr]+\})?|\\left|\\right\.?|\\\{|&", " ", m.group(1))
        return goal(clause, "solve", re.sub(r"\s*\\\\\s*", ", ", system).strip(" ,"), part)
    m = re.search(rf"使\s*(?:得)?\s*({_MATH})\s*成立的最小(?:的)?正整数\s*n\s*(?:的值)?\s*(?:为|是)?\s*$", body)
    if m:  # "求使 T_n>9/20 成立的最小正整数 n": the least n, found by computing term after term
        return goal(clause, "least", m.group(1), part)
    m = re.fullmatch(r"\s*(?:求)?\s*(?:它|其|(?:该|这个)?(?:矩形|长方形))?\s*的?\s*(面积|周长)\s*的?\s*(?:最大值|最小值)\s*(?:为|是)?\s*", body) or \
        re.fullmatch(r"\s*(?:它的|其|该矩形的?)?\s*(面积|周长)\s*(?:最大|最小)\s*(?:是|为)\s*多少\s*", body)
    if m:  # "求它面积的最大值" (a rectangle's): the measure whose extreme value is asked
        return goal(clause, "extremum", {"面积": "area", "周长": "perimeter"}[m.group(1)], part)
    m = re.search(rf"比较\s*({_MATH})\s*(?:与|和)\s*({_MATH})\s*的大小", body)
    if m and m.group(1).strip() and m.group(2).strip():  # "比较 A 与 B 的大小": the two expressions, as "A, B"
        return goal(clause, "compare", f"{m.group(1).strip()}, {m.group(2).strip()}", part)
    if re.match(r"\s*比较", body):  # "比较 a, b, c 的大小" (three or more): not read, so the reading stays partial
        return None
    m = re.search(r"(\d+)\s*的(?:所有)?正(?:约数|因数)(?:的个数|有多少个|有几个|共有多少个)", body)
    if m:
        return goal(clause, "count", f"divisors({m.group(1)})", part)
    for pattern, kind in _KINDS:
        m = re.search(rf"(?:求|计算|则)?\s*({_MATH})\s*{pattern}", body)
        if m and m.group(1).strip():
            return goal(clause, kind, m.group(1), part)
    m = re.search(rf"(?:求|计算|化简)\s*(?:出)?\s*(?:定积分|积分|极限|下列各式|式子)?\s*(?:的值)?\s*({_MATH})\s*(?:的值)?\s*$", body)
    if m:
        return goal(clause, "value", m.group(1), part)
    m = re.search(rf"({_MATH})\s*(?:=|等于|为|是)\s*$", body)
    if m and m.group(1).strip():
        return goal(clause, "value", m.group(1), part)
    if re.search(r"证明|求证", body):
        return goal(clause, "prove", "", part)
    return _formula_goal(clause, body, part) or _noun_goal(clause, body, part)


_POINT = r"\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*(?:,\s*([^(),]+?)\s*)?\)"


def _at(line: str, x: str, y: str) -> str:
    return "(" + re.sub(r"y", f"({y})", re.sub(r"x", f"({x})", line)) + ")"


def _formula_goal(clause: str, body: str, part: str) -> ReadGoal | None:
    """Distances asked of points and lines: the goal is the value of the distance formula, checked exactly.

    >>> print(_formula_goal("", "求点 (2,1) 到直线 3x+4y-5=0 的距离", "")["expression"])
    \\frac{|(3(2)+4(1)-5)|}{\\sqrt{((3(1)+4(0)-5)-(3(0)+4(0)-5))^2+((3(0)+4(1)-5)-(3(0)+4(0)-5))^2}}
    """
    m = re.fullmatch(rf"\s*(?:求)?\s*(?:点\s*)?[A-Z]?\s*{_POINT}\s*到直线\s*(?:[a-z]\s*[:：]\s*)?([0-9xy+\-. ]+?)\s*=\s*0\s*的距离"
                     r"\s*(?:为|是)?\s*", body)
    # a line ax+by+c=0 with number coefficients only (a letter other than x, y, a power: not this formula)
    if m and not m.group(3) and re.search(r"[xy]", m.group(4)):
        line = m.group(4).replace(" ", "")
        zero = _at(line, "0", "0")
        a, b = f"({_at(line, '1', '0')}-{zero})", f"({_at(line, '0', '1')}-{zero})"
        return goal(clause, "value", f"\\frac{{|{_at(line, m.group(1), m.group(2))}|}}{{\\sqrt{{{a}^2+{b}^2}}}}", part)
    m = re.fullmatch(rf"\s*(?:求)?\s*(?:空间)?\s*两点\s*[A-Z]?\s*{_POINT}\s*[、,，和与及]\s*[A-Z]?\s*{_POINT}\s*(?:之间|间)?的距离"
                     r"\s*(?:为|是)?\s*", body)
    if m and bool(m.group(3)) == bool(m.group(6)):
        first, second = [g for g in m.groups()[:3] if g], [g for g in m.groups()[3:] if g]
        squares = "+".join(f"(({q.strip()})-({p.strip()}))^2" for p, q in zip(first, second, strict=True))
        return goal(clause, "value", f"\\sqrt{{{squares}}}", part)
    m = re.fullmatch(r"\s*“\s*([^“”]+?)\s*”\s*是\s*“\s*([^“”]+?)\s*”\s*(?:成立)?\s*的\s*(?:什么条件)?\s*", body)
    if m:  # "“x>2”是“x>1”的（ ）": the options are the kinds of condition, judged by the solver
        return goal(clause, "choice", f"“{m.group(1)}”⇒“{m.group(2)}”", part)
    return None


# asked quantities named by a noun ("求椭圆 … 的离心率"): the goal is that quantity of the formula before it
_NOUNS = {"长": "quantity", "长度": "quantity", "面积": "quantity", "体积": "quantity", "周长": "quantity",
          "概率": "quantity", "期望": "quantity", "数学期望": "quantity", "方差": "quantity", "个数": "quantity",
          "坐标": "quantity", "离心率": "quantity", "焦点坐标": "quantity", "导数": "expression", "导函数": "expression",
          "定义域": "range", "值域": "range", "零点": "quantity", "全部零点": "quantity", "所有零点": "quantity", "最小正周期": "quantity", "周期": "quantity",
          "常数项": "quantity", "距离": "quantity", "弦长": "quantity", "相关系数": "quantity", "标准方程": "expression",
          "方程": "expression", "对称轴方程": "expression", "顶点坐标": "quantity", "准线方程": "expression"}
_OBJECT_WORDS = r"(?:函数|椭圆|抛物线|双曲线|直线|圆|曲线|数据|点|向量|复数)?"


def _noun_goal(clause: str, body: str, part: str) -> ReadGoal | None:
    nouns = "|".join(sorted(_NOUNS, key=len, reverse=True))
    m = re.fullmatch(rf"\s*(?:求|则)?\s*{_OBJECT_WORDS}\s*({_MATH})\s*的\s*(?:所有)?({nouns})\s*(?:为|是)?\s*", body)
    if m and m.group(1).strip():
        return goal(clause, _NOUNS[m.group(2)], f"{m.group(2)}({m.group(1).strip()})", part)
    m = re.fullmatch(r"\s*(?:求|则)?\s*△\s*([A-Z]{3})\s*的\s*(面积|周长)\s*(?:为|是)?\s*", body)
    if m:  # "求△ABC的面积": the triangle written with its sign, as the LaTeX \\triangle above
        return goal(clause, "quantity", f"{m.group(2)}(\\triangle {m.group(1)})", part)
    m = re.fullmatch(rf"\s*求\s*(?:通项公式|通项)\s*({_MATH})\s*", body)
    if m:
        return goal(clause, "expression", m.group(1), part)
    m = re.fullmatch(r"\s*求\s*前\s*n\s*项和\s*(?:S_n)?\s*的(最大值|最小值)\s*", body)
    if m:  # "求前 n 项和的最小值": the extreme value of S_n
        return goal(clause, "extremum", "S_n", part)
    if re.fullmatch(r"\s*求\s*(?:(?:数列\s*(?:\\?\{\s*a_n\s*\\?\}\s*)?|它|其)的)?通项(?:公式)?\s*", body):
        return goal(clause, "expression", "a_n", part)  # "求通项公式": the sequence's general term, a_n
    m = re.fullmatch(rf"\s*求和\s*[:：]?\s*({_MATH})\s*", body)
    if m:
        return goal(clause, "expression", m.group(1), part)
    m = re.fullmatch(rf"\s*{_OBJECT_WORDS}\s*({_MATH})\s*有几个零点\s*", body)
    if m:
        return goal(clause, "count", f"零点个数({m.group(1).strip()})", part)
    return None


def read_goals(clause: str, part: str = "") -> list[ReadGoal]:
    """The goals asked in one asking clause (several when it asks several things of one subject)."""
    if is_english(clause):
        return [dict(g, part=part) for g in _english(clause)]  # type: ignore[misc]
    out = []
    for piece in _split_asks(clause):
        found = _one(piece, part)
        if found:
            out.append(found)
    english = re.search(r"\b(?:solve|find|compute|evaluate|calculate|determine|simplify)\b[^\u4e00-\u9fff]*$", clause, re.I)
    if not out and english:  # "已知 Solve x^2-5x+6=0": an English ask inside a Chinese clause
        return [dict(g, part=part) for g in _english(english.group(0))]  # type: ignore[misc]
    return out
