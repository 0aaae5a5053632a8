"""Conic sections read and solved: ellipse, hyperbola, parabola in standard position (a, b, c, e, foci, asymptotes).

Reader side (string work, no SymPy): a conic written in standard form is an object whose value names its
kind, focal axis and denominators ("hyperbola;x;a^{2};b^{2}"); its parameter conditions "(a>0, b>0)" are
givens; the words about it become claims in its parameters, through the textbook relations
(hyperbola c² = a² + b², ellipse c² = a² − b², e = c/a, asymptotes y = ±(b/a)x, parabola y² = 2px with focus
(p/2, 0)): "离心率为 e" is c²/a² = e², "渐近线为 y = kx" is b²/a² = k², "焦距为 n" is 4c² = n², "焦点为 (c, 0)"
is c² = c₀², "与椭圆 … 有公共焦点" is c² = c'². Asked: 离心率, 渐近线方程, 焦距, 实轴长, 焦点坐标, 准线方程, 方程.

Worker side (SymPy): the claims solved for the parameters (positive where the text says so); the asked
quantity must come out one number (or one equation) whatever parameters are left free.

>>> standard("\\\\frac{x^{2}}{a^{2}}-\\\\frac{y^{2}}{b^{2}}=1")
'hyperbola;x;a^{2};b^{2}'
>>> standard("y^{2}=8x")
'parabola;x;8'
>>> quantities("ellipse;x;25;9")["c2"]
'(25)-(9)'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

KINDS = {"椭圆": "ellipse", "双曲线": "hyperbola", "抛物线": "parabola", "ellipse": "ellipse", "hyperbola": "hyperbola",
         "parabola": "parabola"}
_GROUP = r"\{((?:[^{}]|\{[^{}]*\})+)\}"
_SQ = r"\^\s*\{?\s*2\s*\}?"
_TERM = rf"(?:\\frac\s*\{{\s*([xy]){_SQ}\s*\}}\s*{_GROUP}|([xy]){_SQ}\s*/\s*(\([^()]+\)|[0-9a-z]+(?:\^\{{?2\}}?)?)|([xy]){_SQ})"
_EQ = rf"(?:{_TERM}\s*([+-])\s*{_TERM}\s*=\s*1|([xy]){_SQ}\s*=\s*([-+]?\s*[0-9]*\s*[a-z]?)\s*([xy]))"
_DECL = re.compile(rf"(?<![\u4e00-\u9fff])?(?:(椭圆|双曲线|抛物线)|(?:the )?(ellipse|hyperbola|parabola))\s*(?:([A-Za-z])\s*[:：]\s*)?"
                   rf"(?P<eq>{_EQ})\s*(?:\\quad\s*)?(?P<cond>\(\s*[a-z]\s*>[^()]*\))?")
_NUMBER = r"([-+]?\s*(?:\\frac\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{(?:[^{}]|\{[^{}]*\})*\}|\\sqrt\s*\{[^{}]*\}|[0-9]+/[0-9]+|[0-9.]+(?:\s*\\sqrt\s*\{[^{}]*\})?|[a-z](?![A-Za-z])))"
_REF = r"(?:[A-Za-z]\s*|其|它|该(?:椭圆|双曲线|抛物线)\s*|(?:椭圆|双曲线|抛物线)\s*[A-Za-z]?\s*)?"


def _term(groups: tuple) -> tuple[str, str] | None:
    """(variable, denominator) of one squared term."""
    if groups[0]:
        return groups[0], groups[1].strip()
    if groups[2]:
        return groups[2], groups[3].strip().strip("()")
    if groups[4]:
        return groups[4], "1"
    return None


def standard(equation: str) -> str:
    """The object value of a conic equation in standard position ('' when it is not one)."""
    m = re.fullmatch(_EQ, equation.strip())
    if not m:
        return ""
    g = m.groups()
    if g[11]:  # y^2 = K x
        square, coeff, linear = g[11], g[12].replace(" ", "") or "1", g[13]
        if square == linear or coeff in ("+", "-"):
            return ""
        return f"parabola;{linear};{coeff}"
    first, second = _term(g[0:5]), _term(g[6:11])
    if not first or not second or first[0] == second[0]:
        return ""
    if g[5] == "+":
        return f"ellipse;?;{first[1]};{second[1]}" if first[0] == "x" else f"ellipse;?;{second[1]};{first[1]}"
    return f"hyperbola;{first[0]};{first[1]};{second[1]}"


def _number(text: str) -> Fraction | None:
    try:
        return Fraction(text.strip().strip("()"))
    except (ValueError, ZeroDivisionError):
        return None


def oriented(value: str, text: str) -> str:
    """An ellipse's focal axis where the text decides it (number denominators, or a > b > 0 with a², b²)."""
    kind, axis, *rest = value.split(";")
    if kind != "ellipse" or axis != "?":
        return value
    x_den, y_den = rest
    nx, ny = _number(x_den), _number(y_den)
    if nx is not None and ny is not None and nx > 0 and ny > 0 and nx != ny:
        return f"ellipse;x;{x_den};{y_den}" if nx > ny else f"ellipse;y;{y_den};{x_den}"
    squares = {x_den.replace(" ", ""), y_den.replace(" ", "")}
    if squares == {"a^{2}", "b^{2}"} and re.search(r"a\s*>\s*b\s*>\s*0", text):
        return f"ellipse;{'x' if x_den.startswith('a') else 'y'};a^{{2}};b^{{2}}"
    return value


def quantities(value: str) -> dict[str, str]:
    """a², b², c² (and for a parabola its K in y² = Kx) as formulas; {} when the axis is not known."""
    kind, axis, *rest = value.split(";")
    if kind == "parabola":
        return {"K": rest[0], "axis": axis}
    if axis == "?":
        return {}
    a2, b2 = rest
    c2 = f"({a2})+({b2})" if kind == "hyperbola" else f"({a2})-({b2})"
    return {"a2": a2, "b2": b2, "c2": c2, "axis": axis}


def _slope(line: str) -> str:
    """The slope k² of an asymptote written y = ±k x or P x + Q y = 0 ('' if neither)."""
    line = line.strip().rstrip(".")
    m = re.fullmatch(r"y\s*=\s*(?:\\pm|±)?\s*(.*?)\s*x", line)
    if m:
        return f"({m.group(1) or '1'})^2"
    m = re.fullmatch(r"(.*?)\s*x\s*([+-])\s*(.*?)\s*y\s*=\s*0", line)
    if m:
        return f"(({m.group(1) or '1'})/({m.group(3) or '1'}))^2"
    return ""


class ConicReader:
    """Conics of one problem, found by the reader's hooks (object names → values)."""

    def __init__(self) -> None:
        self.conics: dict[str, str] = {}
        self.last = ""

    def declare(self, reader, clause: str, at: int) -> str:
        """Conic declarations of a clause: objects, their parameter conditions as givens; the clause blanked."""
        for m in list(_DECL.finditer(clause)):
            word = m.group(1) or m.group(2)
            value = standard(m.group("eq"))
            if not value or not value.startswith(KINDS[word]) or re.match(r"\s*有(?:公共|相同的|共同的)焦点", clause[m.end():]):
                continue  # "与椭圆 … 有公共焦点" is a property of the conic before it, read by `words`
            value = oriented(value, reader.text)
            name = m.group(3) or f"{KINDS[word]}{len(self.conics) + 1}"
            self.conics[name] = value
            self.last = name
            reader.add_object(name, "conic", value)
            if m.group("cond"):
                for cond in m.group("cond").strip("()").split(","):
                    reader.add_given(m.group("cond"), at + m.start("cond"), cond.strip(), "inequality")
            clause = clause[:m.start()] + " " * (m.end() - m.start()) + clause[m.end():]
            clause = self.words(reader, clause, at, name, m.end())
        return clause

    def words(self, reader, clause: str, at: int, name: str, start: int = 0) -> str:
        """The conic's properties stated after it ("的离心率为 2", "的一条渐近线为 …") as claims."""
        q = quantities(self.conics[name])
        rules: list[tuple[str, Callable[[re.Match], str]]] = []
        if "c2" in q:
            rules += [
                (rf"(?:离心率\s*(?:为|是|等于)|eccentricity(?: is)?)\s*{_NUMBER}", lambda m: f"({q['c2']})/({q['a2']})=({m.group(1)})^2"),
                (r"(?:焦距\s*(?:为|是|等于)|focal length(?: is)?)\s*" + _NUMBER, lambda m: f"4*({q['c2']})=({m.group(1)})^2"),
                (r"两焦点间的距\s*离\s*(?:为|是|等于)\s*" + _NUMBER, lambda m: f"4*({q['c2']})=({m.group(1)})^2"),
                (r"(?:(?:实轴|长轴)长\s*(?:为|是|等于)|(?:real|major) axis(?: length)?(?: is)?)\s*" + _NUMBER, lambda m: f"4*({q['a2']})=({m.group(1)})^2"),
                (r"(?:虚轴|短轴)长\s*(?:为|是|等于)\s*" + _NUMBER, lambda m: f"4*({q['b2']})=({m.group(1)})^2"),
                (r"(?:右|左|上|下|一个)?焦点(?:坐标)?\s*(?:为|是)\s*[A-Z]?\s*\(\s*" + _NUMBER + r"\s*,\s*" + _NUMBER + r"\s*\)",
                 lambda m: self._focus(q, m.group(1), m.group(2))),
                (r"与\s*(?:椭圆|双曲线)\s*(" + _EQ + r")\s*有(?:公共|相同的|共同的)焦点", lambda m: self._common(q, m.group(1), reader.text)),
            ]
        if q.get("axis") in ("x", "y") and "c2" in q and self.conics[name].startswith("hyperbola"):
            rules.append((r"(?:一条)?渐近线(?:的)?(?:方程)?\s*(?:为|是)\s*([^,，;；。]+?)(?=$|[,，;；。]|\s*且)",
                          lambda m: self._asymptote(q, m.group(1))))
        if "K" in q:
            rules += [
                (r"(?:焦点(?:坐标)?\s*(?:为|是)|focus(?: is| at)?)\s*[A-Z]?\s*\(\s*" + _NUMBER + r"\s*,\s*" + _NUMBER + r"\s*\)",
                 lambda m: self._parabola_focus(q, m.group(1), m.group(2))),
                (r"准线(?:方程)?\s*(?:为|是)\s*([xy])\s*=\s*" + _NUMBER,
                 lambda m: f"-({q['K']})/4={m.group(2)}" if m.group(1) != q["axis"] else ""),
            ]
        for pattern, claim_of in rules:
            # a clause that starts with the property ("…, 实轴长为 6") is about the one conic of the problem
            start_ok = "" if len(self.conics) == 1 else "的"
            for m in list(re.finditer(rf"(?:(?:的|且|,|\s){_REF}\s*(?:的)?|^\s*{_REF}{start_ok})\s*{pattern}", clause)):
                claim = claim_of(m)
                if not claim:
                    continue
                words = m.group(0).strip(" ,")
                reader.add_given(words, at + clause.find(words), claim, "equation")
                clause = clause.replace(words, " " * len(words), 1)
        return clause

    @staticmethod
    def _focus(q: dict[str, str], x: str, y: str) -> str:
        other = y if q["axis"] == "x" else x
        along = x if q["axis"] == "x" else y
        return f"{q['c2']}=({along})^2" if other.strip() == "0" else ""

    @staticmethod
    def _parabola_focus(q: dict[str, str], x: str, y: str) -> str:
        other, along = (y, x) if q["axis"] == "x" else (x, y)
        return f"({q['K']})/4={along}" if other.strip() == "0" else ""

    @staticmethod
    def _asymptote(q: dict[str, str], line: str) -> str:
        slope = _slope(line)
        if not slope:
            return ""
        ratio = f"({q['b2']})/({q['a2']})" if q["axis"] == "x" else f"({q['a2']})/({q['b2']})"
        return f"{ratio}={slope}"

    @staticmethod
    def _common(q: dict[str, str], equation: str, text: str) -> str:
        other = quantities(oriented(standard(equation), text))
        if "c2" not in other or other["axis"] != q["axis"]:
            return ""
        return f"{q['c2']}={other['c2']}"


ASKED = {"离心率": "e", "渐近线方程": "asymptote", "渐近线的方程": "asymptote", "焦距": "focal", "实轴长": "real_axis",
         "长轴长": "real_axis", "虚轴长": "imaginary_axis", "短轴长": "imaginary_axis", "焦点坐标": "focus",
         "准线方程": "directrix", "标准方程": "equation", "焦点": "focus", "准线": "directrix", "渐近线": "asymptote", "方程": "equation", "方程式": "equation",
         "eccentricity": "e", "asymptotes": "asymptote", "focal length": "focal", "foci": "focus", "focus": "focus",
         "directrix": "directrix", "equation": "equation"}
_ASK = re.compile(r"(?:则|求|那么)?\s*(?:([A-Za-z])\s*|其|它|该(?:椭圆|双曲线|抛物线)|(?:椭圆|双曲线|抛物线)(?:\s*[A-Za-z])?)?\s*的?\s*"
                  r"(离心率|渐近线的?方程|焦距|实轴长|长轴长|虚轴长|短轴长|焦点坐标|准线方程|标准方程|方程式|方程|焦点|准线|渐近线)\s*(?:为|是)?\s*(?:____)?\s*$")
_ASK_EN = re.compile(r"(?:find|what (?:is|are)) the (?:equations? of the )?(eccentricity|asymptotes|focal length|foci|focus|directrix|equation) of", re.I)


def conic_goal(conics: ConicReader, clause: str) -> str:
    """"则 C 的离心率为" → "e @ C" ('' when the clause asks no property of a known conic)."""
    m = _ASK.search(clause.strip()) or _ASK_EN.search(clause)
    if not m or not conics.conics:
        return ""
    if m.re is _ASK_EN:
        what, name = ASKED[m.group(1).lower()], conics.last
    else:
        what = ASKED[m.group(2).replace("的", "") if m.group(2) != "渐近线的方程" else "渐近线方程"]
        name = m.group(1) if m.group(1) in conics.conics else conics.last if len(conics.conics) == 1 or not m.group(1) else ""
    if not name or (what == "asymptote" and not conics.conics[name].startswith("hyperbola")):
        return ""
    return f"{what} @ {name}"


def read_conics(reader, clause: str, at: int) -> str:
    """The reader's hook on a given clause: declarations, then properties of an already declared conic."""
    conics = reader.__dict__.setdefault("conic_reader", ConicReader())
    clause = conics.declare(reader, clause, at)
    for name in conics.conics:
        clause = conics.words(reader, clause, at, name)
    return clause


_ASK_BARE = re.compile(_ASK_EN.pattern + rf"\s*(?:the (?:curve|conic)\s*)?(?P<eq>{_EQ})", re.I)


def ask_conic(reader, clause: str, at: int) -> str:
    """The reader's hook on an asking clause: a conic declared in it, then the asked property."""
    conics = reader.__dict__.setdefault("conic_reader", ConicReader())
    bare = _ASK_BARE.search(clause)
    value = standard(bare.group("eq")) if bare and not conics.conics else ""
    if value:  # "Find the eccentricity of x²/25 + y²/16 = 1": the equation names the conic, no word needed
        value = oriented(value, reader.text)
        name = f"{value.split(';')[0]}{len(conics.conics) + 1}"
        conics.conics[name] = value
        conics.last = name
        reader.add_object(name, "conic", value)
    rest = conics.declare(reader, clause, at)
    goal = conic_goal(conics, rest)
    return goal if goal else ""
