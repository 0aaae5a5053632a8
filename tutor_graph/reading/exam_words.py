"""Exam phrasings of sequence facts read into claims: "前 9 项的和为 27", "公差不为 0", "a_2, a_3, a_6 成等比数列".

String work only (the reader's hook on a given clause); each phrase read is blanked out of the clause, so what
is left is still reported unread when it is not understood.

>>> class R:
...     text = "等差数列 {a_n} 前 9 项的和为 27"
...     def __init__(self): self.givens = []
...     def add_given(self, text, start, claim, kind): self.givens.append((claim, kind))
>>> r = R(); _ = sequence_facts(r, "前 9 项的和为 27, a_{2}, a_{3}, a_{6} 成等比数列", 0); r.givens
[('S_{9}=27', 'equation'), ('a_{3}^2=(a_{2})*(a_{6})', 'equation')]
"""

from __future__ import annotations

import re

from tutor_graph.reading.expansions import put_value

_TERM = r"(a_\{?\d+\}?)"
_VALUE = r"([-+]?\s*(?:\\frac\{[^{}]*\}\{[^{}]*\}|[0-9.]+))"
_FACTS = [
    (re.compile(rf"前\s*(\d+)\s*项(?:的|之)?和\s*(?:为|是|等于)\s*{_VALUE}"), lambda m: [(f"S_{{{m.group(1)}}}={m.group(2)}", "equation")]),
    (re.compile(rf"the sum of the first (\d+) terms is\s*{_VALUE}", re.I), lambda m: [(f"S_{{{m.group(1)}}}={m.group(2)}", "equation")]),
    (re.compile(r"公差\s*(?:d\s*)?不(?:为|等于)\s*0|the common difference is (?:not 0|non-?zero)", re.I), lambda m: [("d\\ne 0", "inequality")]),
    (re.compile(r"公比\s*(?:q\s*)?不(?:为|等于)\s*1"), lambda m: [("q\\ne 1", "inequality")]),
    # "common difference d = 3", "the common ratio is 2": the step itself, named d or q
    (re.compile(rf"(?:the\s+)?common (difference|ratio)\s*(?:[dq]\s*)?(?:=|is|of)?\s*{_VALUE}(/\d+)?", re.I),
     lambda m: [(f"{'d' if m.group(1).lower() == 'difference' else 'q'}={m.group(2).replace(' ', '')}{m.group(3) or ''}",
                 "definition")]),
    (re.compile(rf"(?:the\s+)?first term\s*(?:a_\{{?1\}}?\s*)?(?:=|is|of)?\s*{_VALUE}(/\d+)?", re.I),
     lambda m: [(f"a_1={m.group(1).replace(' ', '')}{m.group(2) or ''}", "definition")]),
    # all terms positive in a geometric sequence: a_1 > 0 and q > 0 (and nothing less)
    (re.compile(r"各项(?:均|都)(?:为|是)正数的(?=等比数列)"), lambda m: [("a_1>0", "inequality"), ("q>0", "inequality")]),
    (re.compile(rf"{_TERM}\s*[,，、]\s*{_TERM}\s*[,，、]?\s*(?:and\s*)?{_TERM}\s*(?:成等比数列|form a geometric sequence)"),
     lambda m: [(f"{m.group(2)}^2=({m.group(1)})*({m.group(3)})", "equation")]),
    (re.compile(rf"{_TERM}\s*[,，、]\s*{_TERM}\s*[,，、]\s*{_TERM}\s*成等差数列"),
     lambda m: [(f"2*{m.group(2)}={m.group(1)}+{m.group(3)}", "equation")]),
]


def sequence_facts(reader, clause: str, at: int) -> str:
    """The reader's hook: sequence facts of a clause as givens (only where the problem is about a sequence)."""
    if not re.search(r"数列|\{\s*a_\{?n\}?\s*\\?\}|\bsequence\b", reader.text, re.I):
        return clause
    for pattern, claims in _FACTS:
        for m in list(pattern.finditer(clause)):
            for claim, kind in claims(m):
                reader.add_given(m.group(0), at + m.start(), claim, kind)
            clause = clause.replace(m.group(0), " " * len(m.group(0)), 1)
    return clause


_SIDES = {"AB": "c", "BA": "c", "BC": "a", "CB": "a", "AC": "b", "CA": "b"}


def triangle_sides(text: str) -> str:
    """"在 △ABC 中, BC=1, AC=5, 则 AB=" with sides named by their ends: AB, BC, CA → c, a, b (the letters the
    law of cosines is written in), only where the triangle ABC is the one figure and a, b, c are not used."""
    if not re.search(r"(?:\\triangle|△)\s*ABC", text) or re.search(r"(?<![A-Za-z\\])[abc](?![A-Za-z])", text):
        return text
    rest = re.sub(r"(?:\\triangle|△)\s*ABC", " ", text)
    if re.search(r"(?<![A-Za-z\\])[D-Z](?![a-z])", rest) or not re.search(r"(?<![A-Za-z\\])(?:AB|BA|BC|CB|AC|CA)(?![A-Za-z])", rest):
        return text  # another point (a D, an O), or no side named: left alone
    return re.sub(r"(?<![A-Za-z\\])(AB|BA|BC|CB|AC|CA)(?![A-Za-z])", lambda m: _SIDES[m.group(1)], text)


_CONJUGATE_NOTATION = re.compile(r"\\(?:bar|overline)\s*\{\s*([a-z])\s*\}\s*(?:是|为)\s*(?:复数\s*)?([a-z])\s*的共轭复数")
_QUADRANT_ASK = re.compile(r"^(?:则|那么)?\s*(?:在复平面内)?\s*(?:复数\s*)?(.+?)\s*(?:在复平面内)?\s*(?:所)?对应的点(?:位于|在)\s*(?:第?\s*几?\s*(?:____)?\s*象限)?\s*(?:____)?\s*[？?]?\s*$|"
                           r"^(?:in the complex plane,?\s*)?the point (?:of|corresponding to) (.+?) (?:in the complex plane )?lies in\s*(?:____)?\s*\.?\s*$|"
                           r"^(?:in the complex plane,?\s*)?(the conjugate of .+?)\s+(?:in the complex plane\s+)?lies in\s*(?:____)?\s*\.?\s*$", re.I)
QUADRANTS = {1: "第一象限", 2: "第二象限", 3: "第三象限", 4: "第四象限"}
_QUADRANTS_EN = {1: "first quadrant", 2: "second quadrant", 3: "third quadrant", 4: "fourth quadrant"}


def complex_notation(reader, clause: str, at: int) -> str:
    """"\\bar{z} 是 z 的共轭复数" names a notation (the parser reads \\bar{z} as the conjugate): nothing to claim."""
    for m in list(_CONJUGATE_NOTATION.finditer(clause)):
        if m.group(1) == m.group(2):
            clause = clause.replace(m.group(0), " " * len(m.group(0)), 1)
    return clause


def quadrant_goal(clause: str, options: dict[str, str]) -> str:
    """"则在复平面内 \\bar{z} 对应的点位于" with quadrants as options: the complex number asked ('' otherwise)."""
    words = [*QUADRANTS.values(), *_QUADRANTS_EN.values()]
    if not options and not re.search(r"第几象限\s*[？?]?\s*$", clause):
        return ""  # a fill-in names the quadrant asked ("位于第几象限？"); a choice question has quadrants as options
    if options and not all(any(q in t.lower() for q in words) or re.fullmatch(r"\s*quadrant\s+(?:IV|I{1,3})\s*\.?", t)
                           for t in options.values()):
        return ""
    m = _QUADRANT_ASK.match(clause.strip())
    if not m:
        return ""
    asked = (m.group(1) or m.group(2) or m.group(3)).strip()
    conjugate = re.fullmatch(r"(?:the conjugate of\s+)(.+)|(.+?)\s*的共轭复数", asked, re.I)
    if conjugate:  # "z=(1+i)/i 的共轭复数", "the conjugate of z": the conjugate, written as the parser reads it
        number = re.sub(r"^[a-z]\s*=\s*", "", (conjugate.group(1) or conjugate.group(2)).strip())
        return f"\\overline{{{number}}}"
    return re.sub(r"^[a-z]\s*=\s*", "", asked)  # "复数 z=2/(1+i) 对应的点": the number itself


def quadrant(reading, expression: str, reading_step):
    """The quadrant of a complex number without unknowns, and the one option naming it (worker side)."""
    import sympy as sp

    from tutor_graph.reading.strategy_parts import as_latex, parse, substitute_definitions, value_text
    from tutor_graph.reading.verifying import context_of
    from tutor_graph.specialist.chain import Chain

    z = parse(expression)
    z = substitute_definitions(z, reading) if z is not None else None
    if z is None or z.free_symbols:
        return None
    z = sp.nsimplify(sp.simplify(z.doit()))
    x, y = sp.simplify(sp.re(z)), sp.simplify(sp.im(z))
    if not (x.is_number and y.is_number) or x == 0 or y == 0:
        return None  # on an axis: in no quadrant
    which = {(True, True): 1, (False, True): 2, (False, False): 3, (True, False): 4}[(bool(x > 0), bool(y > 0))]
    letters = [k for k, t in reading["options"].items() if QUADRANTS[which] in t or _QUADRANTS_EN[which] in t.lower()]
    if len(letters) != 1:
        return None
    chain = Chain(method=("复数的几何意义", "Complex numbers as points"), knowledge_points=("complex.geometry",),
                  context=tuple(context_of(reading)))
    reading_step(chain, reading)
    chain.ask((f"${expression}$ 化成 $a+bi$ 的形式是什么？", f"What is ${expression}$ in the form $a+bi$?"),
              (f"${value_text(z)}$",) * 2, f"{expression} = {as_latex(z)}", kps=("complex.arithmetic",),
              hints=[("先算出这个复数。", "Work the number out first.")])
    chain.ask(("它对应的点在第几象限？", "In which quadrant is its point?"),
              (f"$({value_text(x)}, {value_text(y)})$，{QUADRANTS[which]}（{letters[0]}）",
               f"$({value_text(x)}, {value_text(y)})$, quadrant {which} ({letters[0]})"), "", kps=("complex.geometry",),
              hints=[("看实部和虚部的符号。", "Look at the signs of the real and imaginary parts.")])
    return chain, letters[0]


_TANGENT = re.compile(r"曲线\s*y\s*=\s*(?P<f>[^，,。]+?)\s*在点\s*\(\s*(?P<x0>[^,()]+?)\s*,\s*(?P<y0>[^()]+?)\s*\)\s*处的切线"
                      r"(?:的斜率(?:为|是|等于)\s*(?P<k>[-+]?\s*[0-9./]+)|(?:方程)?(?:为|是)\s*y\s*=\s*(?P<line>[^，,。]+))")


def tangent_facts(reader, clause: str, at: int) -> str:
    """"曲线 y=F 在点 (x0, y0) 处的切线的斜率为 k / 方程为 y=kx+m": the point on the curve and the slope as the
    derivative's own definition (a limit the math layer evaluates); the clause with them blanked out."""
    for m in list(_TANGENT.finditer(clause)):
        f, x0, y0 = m.group("f").strip(), m.group("x0").strip(), m.group("y0").strip()
        slope, intercept = m.group("k"), ""
        if m.group("line"):
            line = re.fullmatch(r"\s*([-+]?[^x]*?)\s*x\s*([-+].*)?\s*", m.group("line"))
            if not line:
                continue
            slope = {"": "1", "-": "-1", "+": "1"}.get(line.group(1).strip(), line.group(1).strip())
            intercept = (line.group(2) or "+0").strip()
        if not slope:
            continue
        words = m.group(0)
        derivative = f"\\lim_{{h \\to 0}} \\frac{{({put_value(f, f'{x0}+h', 'x')})-({put_value(f, x0, 'x')})}}{{h}}"
        reader.add_given(words, at + m.start(), f"{put_value(f, x0, 'x')}={y0}", "equation")
        reader.add_given(words, at + m.start(), f"{derivative}={slope}", "equation")
        if intercept:
            reader.add_given(words, at + m.start(), f"({slope})*({x0}){intercept}={y0}", "equation")
        clause = clause.replace(words, " " * len(words), 1)
    return clause


def solve_with_limits(reading, expression: str, reading_step):
    """Givens with a limit (a derivative at a point) evaluated, solved for the unknowns; then the asked value, or
    the one option whose values (a=…, b=…) are the solution (worker side)."""
    import sympy as sp

    from tutor_graph.reading.strategy_parts import as_latex, parse, relation, value_text
    from tutor_graph.specialist.chain import Chain

    if not any("\\lim" in g["claim"] for g in reading["givens"]):
        return None
    equations, asked = [], ""
    for g in reading["givens"]:
        broken = re.fullmatch(r"\s*([a-z])\s*=\s*\(?\s*(?:\\quad)?\s*\)?\s*", g["claim"])
        if broken:  # "则 a=(" cut from its blank by the text: the question itself
            asked = broken.group(1)
            continue
        if g["kind"] not in ("equation", "definition") or not g["claim"]:
            return None
        rel = relation(g["claim"])
        if rel is None:
            return None
        rel = sp.simplify(rel.doit())
        if rel.has(sp.Limit):
            return None
        equations.append(rel)
    unknowns = sorted(set().union(*(e.free_symbols for e in equations)), key=str)
    if not unknowns or len(unknowns) > len(equations) or len(unknowns) > 3:
        return None
    solutions = [s for s in sp.solve(equations, unknowns, dict=True)
                 if len(s) == len(unknowns) and all(v.is_real for v in s.values())]
    if len(solutions) != 1:
        return None
    point = solutions[0]
    options = reading["options"]
    if asked and reading["goals"][0]["kind"] == "choice":
        expression = asked
        target = parse(asked)
        if target is None:  # unreadable asked expression: not answered (was an AttributeError the caller caught)
            return None
        value = target.subs({s: point[u] for s in target.free_symbols for u in unknowns if str(u) == s.name})
        letters = [k for k, t in options.items() if (o := parse(t)) is not None and sp.simplify(o - value) == 0]
        if len(letters) != 1:
            return None
        shown = letters[0]
    elif reading["goals"][0]["kind"] == "choice":
        chosen = []
        for letter, text in options.items():
            pairs = re.findall(r"([a-z])\s*=\s*([^,，]+)", text)
            values = {n: parse(v) for n, v in pairs}
            if not pairs or any(v is None for v in values.values()) or {n for n in values} != {str(u) for u in unknowns}:
                return None
            if all(sp.simplify(values[str(u)] - point[u]) == 0 for u in unknowns):
                chosen.append(letter)
        if len(chosen) != 1:
            return None
        shown = chosen[0]
    else:
        target = parse(expression)
        if target is None or not target.free_symbols or not {s.name for s in target.free_symbols} <= {str(u) for u in unknowns}:
            return None
        value = sp.simplify(target.subs({s: point[next(u for u in unknowns if str(u) == s.name)] for s in target.free_symbols}))
        if value.free_symbols:
            return None
        shown = value_text(value)
    chain = Chain(method=("导数的几何意义", "The derivative as slope"), knowledge_points=("deriv.tangent_line",))
    reading_step(chain, reading)
    chain.ask(("切点在曲线上、切线斜率等于导数值，列出的方程化简后是什么？",
               "The point lies on the curve and the slope is the derivative: what equations do these give?"),
              ("$" + ", ".join(f"{value_text(e)}=0" for e in equations) + "$",) * 2, "", kps=("deriv.tangent_line",),
              hints=[("先求导函数，再代入切点横坐标。", "Differentiate, then put in the x-coordinate.")])
    solved = ", ".join(f"{u}={as_latex(point[u])}" for u in unknowns)
    useful = [e for e in equations if e != 0]
    # Euler's e prints as E, which the checker would read as a letter: such a step is shown without a claim
    claim = "" if any(e.has(sp.E) for e in useful) or any(v.has(sp.E, sp.exp) for v in point.values()) else \
        ", ".join(f"{as_latex(e)}=0" for e in useful) + f" ⇒ {solved}"
    chain.ask(("解这些方程得到什么？", "What does solving them give?"), (f"${', '.join(f'{u}={value_text(point[u])}' for u in unknowns)}$",) * 2,
              claim, kps=("alg.equations",), context=(),
              hints=[("先解出含一个未知数的方程。", "Solve the equation with one unknown first.")])
    return chain, shown


def part_of_unknown(reading, kind: str, expression: str, reading_step):
    """The real / imaginary part, conjugate or modulus of a complex unknown fixed by one linear equation."""
    import sympy as sp

    from tutor_graph.reading.complex_unknowns import solve_complex
    from tutor_graph.reading.strategy_parts import as_latex, parse, value_text

    found = solve_complex(reading, expression, reading_step)
    if not found:
        return None
    chain, shown = found
    z = parse(shown)
    if z is None or z.free_symbols:
        return None
    re_, im_ = sp.simplify(sp.re(z)), sp.simplify(sp.im(z))
    value = {"conjugate": sp.simplify(re_ - sp.I * im_), "imaginary": im_, "real": re_,
             "modulus": sp.sqrt(re_ ** 2 + im_ ** 2)}[kind]
    value = sp.simplify(value)
    word = {"conjugate": ("共轭复数", "conjugate"), "imaginary": ("虚部", "imaginary part"), "real": ("实部", "real part"),
            "modulus": ("模", "modulus")}[kind]
    claim = {"conjugate": f"\\overline{{{as_latex(z)}}} = {as_latex(value)}", "modulus": f"|{as_latex(z)}| = {as_latex(value)}"}
    chain.ask((f"${expression}$ 的{word[0]}是多少？", f"What is the {word[1]} of ${expression}$?"), (f"${value_text(value)}$",) * 2,
              claim.get(kind, ""), kps=("complex.arithmetic",), hints=[("对照 a+bi 的定义。", "Compare with a + bi.")])
    return chain, value_text(value)
