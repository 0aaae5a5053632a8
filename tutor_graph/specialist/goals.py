"""What a question asks: the goal clause (after the last 求 / 则 / find / what is …, or the last sentence)
and the kinds of quantity it names, so that a solver answers only questions about what it computes.

A detector spots a problem *shape*; the words that name the asked quantity often also occur in the
givens ("F₁, F₂ 为椭圆的两个焦点 … 则四边形的面积为" asks an area, not the foci). So the goal is read
here once, from the clause that asks, and each `Solver` declares the kinds it can answer
(`Solver.answers`); recognition skips a solver when the question asks a kind it does not produce.

>>> asked("设当 x=θ 时, 函数 f(x)=sin x-2cos x 取得最大值, 则 cos θ =").kinds
frozenset({'trig'})
>>> sorted(asked("已知 F_1, F_2 为椭圆 x^2/16+y^2/4=1 的两个焦点, 则四边形 P F_1 Q F_2 的面积为").kinds)
['area']
>>> sorted(asked("求过点 (1,2) 且斜率为 3 的直线方程。").kinds)   # 斜率为 3 is a given, not asked
['equation']
>>> sorted(asked("Find the coefficient of x^2 in the expansion of (2x - 1)^4.").kinds)
['coefficient']
>>> sorted(asked("从 1,2,3,4 中任取两个数，求它们的和为偶数的概率。").kinds)   # the sum names the event
['probability']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor_graph.specialist.choices import split_choices
from tutor_graph.specialist.text import normalise

# Words that open the asking clause. `要求` (a requirement) and `被问` are not asks.
_ASK = re.compile(
    r"(?<![要需])求(?!证)|则|那么|试问|请问|计算|判断|比较|估计|预测|化简|写出|解方程|解不等式|解关于|由此可判断"
    r"|\b(?:find|what|which|determine|compute|evaluate|calculate|how\s+(?:many|much|far|long)|solve|simplify|then"
    r"|estimate|predict|compare|differentiate|give|write|express|state|is\s+it)\b", re.I)
_SENTENCE_END = re.compile(r"(?<!\.)[.;](?!\.)(?=\s|$)|[?!]")  # "..." is not an end
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]*[\u4e00-\u9fffA-Za-z]{2}[^()（）]*[)）]\s*[.;]?\s*$")
_JOINED = re.compile(r"(?:并且?|以及|同时|及)\s*$")
_PRONOUN_ONLY = re.compile(r"\s*(?:find|determine|write down)\s+(?:it|them)\s*[.?]?\s*$", re.I)
_OBJECT = re.compile(r"function|line|circle|ellipse|hyperbola|parabola|curve", re.I)
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# a quantity word followed by its value is a given ("斜率为 3", "slope is 3", "区间 [0,3] 上"), not what is asked
_VALUE = re.compile(r"\s*(?:为|是|=|等于|\bis\b|\bequals?\b|\bequal to\b)\s*(?:[-+]?\s*[0-9√π]|sqrt|\(\(|[\[(](?![\s_]*[)\]])|[a-zA-Z](?![a-zA-Z])|∞)"
                    r"|\s*[\[(](?![\s_]*[)\]])", re.I)
_WITH_VALUE = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?$", re.I)  # "with slope 3", "with eccentricity 2"
_VALUED = frozenset({"surface", "period", "area", "volume", "perimeter", "arc", "eccentricity", "focal_length", "focus",
                     "radius", "slope", "intercept", "inclination", "coordinates", "distance", "length", "angle", "probability",
                     "expectation", "variance", "std", "mean", "median", "sum", "coefficient", "max", "min", "interval", "center"})

# kind -> pattern, tried in order; each match is blanked out so that longer words win (表面积 before 面积)
KINDS: tuple[tuple[str, str], ...] = (
    ("proof", r"证明|\bprove\b|\bshow that\b"),
    ("surface", r"表面积|侧面积|全面积|底面积|surface area|lateral area"),
    ("period", r"最小正周期|周期|(?:smallest|least|minimal) positive period|\bperiod\b"),
    # a quantity changed by a word (square, ratio, difference, twice …) is not the quantity itself
    # ("half of" / "的一半", "common ratio/difference", "dot product" usually sit in a condition or name the
    # quantity itself, so they are left out)
    ("modified", r"的平方(?![和差米])|的立方|的倒数|的相反数|的\s*\d+\s*倍|的两倍|之比|比值|之差|(?<!公)的差|之积|的积"
                 r"|squared|the square of|the reciprocal of|the opposite of|cubed|twice|(?<!common )ratio\b"
                 r"|(?<!common )difference\b|(?<!dot )(?<!scalar )(?<!inner )product of"),
    # where an extreme is taken (x at the maximum), not the extreme value
    ("extreme_point", r"极[大小]?值点|最[大小]值点|(?:local )?(?:max|min)imum points?|extreme points?|points? of (?:local )?(?:max|min)\w*"
                      r"|(?:取得?|有)?最[大小]值时\s*[a-zα-ω]?\s*的(?:值|取值|集合)|(?:此时|这时)\s*[a-zα-ω]\s*的值"
                      r"|(?:at|for) which (?:value of )?[a-z]\b|where (?:it|f|the function) (?:attains|reaches|takes)"),
    ("extremum", r"极大值|极小值|极值点?|local (?:max|min)\w*|extreme values?|extrema"),
    ("regression", r"回归直线方程|回归方程|回归直线|回归|regression(?: line| equation)?|least[- ]squares"),
    ("tangent", r"切线方程|切线|tangent(?: line)?(?! of| value)"),
    ("term", r"通项公式|通项|general term|\bn-?th term|第\s*\d+\s*项(?!和)"),
    ("sum", r"前\s*\w*\s*项和|项的和|之和|求和|和为|\bsum\b"),
    ("solve", r"solve the (?:equation|inequality|system)s?|解方程|解不等式|解关于|解集|的解(?!析)|实数?根|\bsolve\b|solution set|solutions?|\broots? of\b"),
    ("coefficient", r"二项式系数|相关系数|系数|常数项|coefficients?|constant term"),
    ("correlation", r"correlation"),
    ("directrix", r"准线方程|准线|directrix(?: equation)?"),
    ("asymptote", r"渐近线方程|渐近线|asymptotes?(?: equations?)?"),
    ("equation", r"标准方程|一般方程|方程|解析式|表达式|equations?|expression|formula"
                 r"|^\s*(?:find|determine|write)\s+(?:the|its|an?)\s+(?:straight\s+)?(?:line|circle|ellipse|hyperbola|parabola)\b"),
    ("area", r"面积|\barea\b"),
    ("volume", r"体积|容积|volume"),
    ("perimeter", r"周长|perimeter"),
    ("arc", r"弧长|arc length"),
    ("eccentricity", r"离心率|eccentricity"),
    ("focal_length", r"焦距|focal (?:length|distance)"),
    ("focus", r"焦点|\bfocus\b|\bfoci\b"),
    ("center", r"圆心|\bcent(?:re|er)\b"),
    ("radius", r"半径|radius"),
    ("slope", r"斜率|slope"),
    ("intercept", r"截距|intercept"),
    ("inclination", r"倾斜角|inclination"),
    ("coordinates", r"横坐标|纵坐标|坐标|coordinates?"),
    ("distance", r"距离|distance|how far|多远|多少千米|多少公里|how many (?:km|kilomet)"),
    # a triangle's median named by its segment (中线 AD, median AD) is a length, not the statistic
    ("length", r"弦长|长度|边长|棱长|length|how long|中线(?=\s*[A-Z]{2}(?![A-Za-z]))|\bmedian(?=\s+(?-i:[A-Z]{2})\b)"),
    ("angle", r"夹角的大小|所成的?角的大小|角的大小|夹角|所成的?角|(?<![三直锐钝])角(?![形])|\bangle\b|\bradians?\b"),
    ("trig", r"余弦值?|正弦值?|正切值?|三角函数值|cosine|\bsine\b|tangent of"),
    ("probability", r"概率|可能性|probabilit\w*|chance"),
    ("expectation", r"数学期望|期望|均值|expected value|expectation"),
    ("variance", r"方差|variance"),
    ("std", r"标准差|standard deviation"),
    ("mean", r"平均数|平均值|平均|\bmean\b|average"),
    ("median", r"中位数|median"),
    ("mode", r"众数|\bmode\b"),
    ("percentile", r"百分位数|percentile"),
    ("residual", r"残差|residual"),
    ("predict", r"预测值?|预报值?|估计值|predict\w*"),
    ("chi2", r"χ\s*\^\s*2|卡方|chi-?square|\bK\s*\^\s*2"),
    ("distribution", r"分布列|distribution"),
    ("count", r"多少种|几种|多少个|几个|个数|种数|多少人|多少名|多少组|多少项|共有\s*种|种\s*(?:不同的)?\w{0,2}法|不同的\w{0,2}法|"
              r"(?:排|选|分|放|安排|站)法|方法数|how many|number of|in how many ways|ways"),
    ("max", r"最大值|最大|最高|\bmax(?:imum|im[iu]m|imi[sz]e[sd]?|imi[sz]ing|imal)?\b|largest|greatest|biggest|the most"),
    ("min", r"最小值|最小|最低|\bmin(?:imum|imi[sz]e[sd]?|imi[sz]ing|imal)?\b|smallest|the least|fewest"),
    ("range", r"取值范围|范围|值域|\brange\b"),
    ("monotonic", r"(?:increasing|decreasing|monotonic)\s+intervals?|intervals?\s+(?:on which|where)|单调(?:递增|递减|增|减)?区间|单调性|单调|递增|递减|增区间|减区间|increasing|decreasing|monoton\w*"),
    ("domain", r"定义域|domain"),
    ("interval", r"区间|interval"),
    ("parity", r"奇偶性|奇函数还是偶函数|parity|odd or even|even or odd"),
    ("derivative", r"导函数|导数|derivative|differentiate"),
    ("zero", r"零点|zeros?\b"),
    ("set", r"交集|并集|补集|子集|集合|∩|∪|∁|\bsets?\b|subsets?"),
    ("modulus", r"模长|的模|modulus|absolute value"),
    ("compare", r"比较|大小关系|compare|larger|smaller"),
    ("position", r"位置关系|position"),
    ("dot", r"数量积|点积|内积|dot product"),
    ("condition", r"充分|必要|充要|条件|sufficient|necessary|condition"),
    ("which", r"下列|哪些|正确|错误|真命题|假命题|命题|真假|序号|which (?:of the following|statements?)|true|false|correct|statements?"),
    ("negation", r"否定|negation|negate"),
    ("locus", r"轨迹|什么曲线|哪种曲线|\blocus\b|what (?:kind of )?curve"),
    ("symmetric_point", r"对称点|reflection|symmetric point|mirror image"),
    ("part", r"实部|虚部|real part|imaginary part"),
    ("conjugate", r"共轭复数|共轭|conjugate"),
    ("quadrant", r"象限|quadrant"),
    ("profit", r"利润|profit|revenue"),
    ("price", r"售价|价格|定价|单价|price"),
    ("time", r"多少年|几年|经过\w*年|年|years?|多少天|days?|months?|多长时间"),
    ("quantity", r"多少|几|how much|what number"),
)
_KIND_RES = tuple((name, re.compile(pattern, re.I)) for name, pattern in KINDS)
KIND_NAMES = frozenset(name for name, _ in KINDS) | {"trig", "fvalue", "function", "abs", "unknown", "expr", "vector", "other"}

_TRIG_EXPR = re.compile(r"\b(?:sin|cos|tan|cot)\b|(?:sin|cos|tan)(?=[\s(α-ωA-Za-z])")


@dataclass(frozen=True)
class Goal:
    """The asking clause of a question and the kinds of quantity it asks for."""

    text: str
    kinds: frozenset[str]


def goal_clause(text: str) -> str:
    """The clause that asks: from the last ask word (求, 则, find, what …) to the end of its sentence, or
    else the last sentence; a choice question's options and a closing remark "(用数字作答)" are left out."""
    split = split_choices(text)
    if split is not None:
        text = split[0]
    for _ in range(3):  # "(用数字作答)." / "（只需给出中位数）"
        cut = _TRAILING_NOTE.sub("", text)
        if cut == text or not re.search(r"[\u4e00-\u9fffA-Za-z]", cut):
            break
        text = cut
    text = text.strip()
    bounds = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text.rstrip(" .;?!"))]
    last_start = bounds[-1] if bounds else 0
    asks = [m for m in _ASK.finditer(text)]
    if asks and asks[-1].start() >= last_start:
        # Chinese asks last (若…, 则 …); an English sentence asks first ("Find the probability that both solve it")
        mine = [m for m in asks if m.start() >= last_start]
        if re.search(r"[\u4e00-\u9fff]", text):
            i = len(mine) - 1
            while i > 0 and _JOINED.search(text, 0, mine[i].start()):
                i -= 1  # "求 f(x) 的极大值，并求此时 x 的值": both asks are the goal
            start = mine[i].start()
        else:
            start = mine[0].start()
    elif asks and not re.search(r"[\u4e00-\u9fffA-Za-z]{2}", text[last_start:]):
        start = asks[-1].start()  # the last "sentence" is only math: the ask is before it
    else:
        start = last_start
    clause = text[start:]
    if _PRONOUN_ONLY.match(clause) and _OBJECT.search(text[:start]):
        return "the equation"  # "A quadratic function passes through …. Find it." asks for the function itself
    end = _SENTENCE_END.search(clause, 1)
    if end is not None and clause[end.end():].strip():
        clause = clause[: end.end()]
    # English conditions after the ask ("find k if a ⊥ b") are givens
    clause = re.split(r"\b(?:if|when|given that|given|such that|so that|that)\b", clause, maxsplit=1, flags=re.I)[0]
    return _CJK_SPACE.sub("", clause.strip())


def _expression_kinds(rest: str) -> set[str]:
    """Kinds of a goal written as a bare expression ("cos θ", "f(2)", "|AB|", "k", "a_5", "x_1^2+x_2^2")."""
    math = " ".join(re.findall(r"[0-9A-Za-z+\-*/^()\[\]{}|'_.,√πα-ωΔ<>≤≥=∠△ ]+", rest)).strip(" .,;=")
    vectors = math  # before "vec" is dropped below: a·b of vectors is a dot product
    math = re.sub(r"\b(?:find|the|of|value|what|which|for|is|are|compute|evaluate|calculate|determine|then|real|number"
                  r"|numbers|and|its|it|them|exact|vec|write|give|simplify|express|in)\b", " ", math, flags=re.I).strip(" .,;=")
    # "for which n is a_n = 29": a relation with a value states a condition, the asked quantity is what is left
    math = re.sub(r"[A-Za-z](?:\s*_\s*\{?\w+\}?)?(?:\([^()]*\))?\s*(?:=|>|<|≥|≤)\s*-?[0-9][0-9./]*", " ", math).strip(" .,;=")
    if not math:
        return set()
    stats = ({"probability"} if re.search(r"\bP\s*\(", math) else set()) | \
        ({"expectation"} if re.search(r"\bE\s*\(|\bE\s*[XYξη]", math) else set()) | \
        ({"variance"} if re.search(r"\bD\s*\(|\bD\s*[XYξη]", math) else set())
    if stats:
        return stats
    if re.search(r"\bvec\b|→", vectors):
        return {"dot"} if re.search(r"\*|·|\bdot\b", vectors) and "|" not in vectors else {"abs"} if "|" in vectors else {"expr"}
    if _TRIG_EXPR.search(math):
        return {"trig"}
    if re.fullmatch(r"[fgh]\s*'\s*\([^()]*\)", math):
        return {"derivative"}
    m = re.fullmatch(r"[fgh]\s*\((.*)\)", math)  # one value f(2), f(f(-1)); f(2)+f(-2) is an expression
    if m and m.group(1).count("(") == m.group(1).count(")") and not re.search(r"\)\s*[-+*/^]", m.group(1)):
        return {"function"} if re.fullmatch(r"\s*[a-z]\s*", m.group(1)) else {"fvalue"}
    if "|" in math:
        return {"abs"}
    if re.fullmatch(r"S\s*_\s*\{?\s*\w+\s*\}?", math):
        return {"sum"}
    if re.fullmatch(r"a\s*_\s*\{?\s*\w+\s*\}?", math):  # one term a_5 / a_n; a_2 a_4 or a_3+a_7 is an expression
        return {"term"}
    if re.search(r"[∩∪∁]", math):
        return {"set"}
    if re.fullmatch(r"(?:[A-Za-zα-ω](?:_\{?\w+\}?)?\s*(?:,|和|与|and)?\s*){1,3}", math):
        return {"unknown"}
    return {"expr"}


def kinds_of(clause: str) -> frozenset[str]:
    """The kinds of quantity a goal clause names, ask by ask ("求 … 的极大值，并求此时 x 的值" asks two);
    a bare expression gets an expression kind; `other` when nothing in it could be read."""
    pieces = [q for q in _SPLIT_ASKS.split(clause) if q.strip() and not _REASON_ONLY.fullmatch(q)]
    return frozenset().union(*(_piece_kinds(q) for q in pieces)) if pieces else frozenset({"other"})


_SPLIT_ASKS = re.compile(r"[,;]?\s*(?:并且?|以及|同时)\s*(?=求|说明|写出|判断|计算|指出|估计|预测|比较|化简)|[,;]?\s*\band\s+(?:then\s+)?(?=find|determine|compute|"
                         r"estimate|give|state|write)", re.I)
_REASON_ONLY = re.compile(r"\s*(?:请)?说明(?:理由|原因)\s*[.;?]?\s*|\s*(?:give|explain) (?:a |the )?reasons?\s*[.;?]?\s*", re.I)


def _piece_kinds(clause: str) -> frozenset[str]:
    """The kinds one ask names."""
    # "至少有 1 名女生" / "at least one" / "at most" state conditions, not the asked extreme
    rest, found = re.sub(r"至少|至多|不少于|不超过|at (?:least|most)", "  ", f" {clause} ", flags=re.I), set()
    rest = _EVENT.sub(lambda m: " " * len(m.group(0)), rest)  # "和为偶数的概率": the sum names the event, not the ask
    for name, pattern in _KIND_RES:
        def take(m: re.Match, name: str = name, text: str = rest) -> str:
            # a quantity word followed by its value states a given ("离心率为 2", "with slope 3"): not asked
            given = name in _VALUED and (_VALUE.match(text, m.end()) is not None or (
                _WITH_VALUE.search(text, 0, m.start()) is not None and re.match(r"\s*[-+]?[0-9√π(]", text[m.end():])))
            if not given:
                found.add(name)
            return " " * len(m.group(0))
        rest = pattern.sub(take, rest)
    if len(found) > 1:
        found.discard("quantity")  # "概率是多少": 多少 only says a number is wanted
    if not found:
        found = _expression_kinds(rest)
    return frozenset(found or {"other"})


# a sum or product that describes the event whose probability is asked ("它们的和为偶数的概率")
_EVENT = re.compile(r"(?:之|的)?(?:和|积|乘积)\s*(?:为|是|等于|大于|小于|不小于|不大于)\s*(?:偶数|奇数|-?\d+\s*的倍数|-?\d+)(?=\s*的?\s*概率)")
_LOCUS = re.compile(r"轨迹|\blocus\b|trajectory", re.I)
_BARE = frozenset({"expr", "unknown", "other"})


def asked(text: str, normalised: bool = False) -> Goal:
    """The goal of a question: its asking clause and the kinds of quantity asked.

    A choice stem that names no quantity ("“x>2”是“x>1”的（ ）") asks what its options all name
    (conditions, intervals …)."""
    plain = text if normalised else normalise(text)
    clause = goal_clause(plain)
    kinds = kinds_of(clause)
    if "equation" in kinds and _LOCUS.search(plain):
        kinds |= {"locus"}  # "M 的轨迹为曲线 C … 求 C 的方程": the equation of a locus, not of a line through the givens
    split = split_choices(plain)
    if split is not None and kinds <= _BARE:
        common = frozenset.intersection(*(kinds_of(option) for option in split[1].values())) - _BARE
        kinds = common or kinds
    return Goal(clause, kinds)
