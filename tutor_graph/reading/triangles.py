"""The triangle strategy (worker side): sides a, b, c and the angles' cosines tied by the law of cosines.

The Reading of a triangle ABC carries a, b, c > 0 and cos A = (b² + c² − a²)/(2bc) (and at B, C). Every given
about an angle (cos X, sin X, cos(X/2) for X in A, B, C; 0 < X < π) is written in the sides through those
definitions (sin X = √(1 − cos²X), cos X = 2cos²(X/2) − 1), solved for the unknown sides (positive), and the
asked quantity (a side, a cosine, a sine) must take one value.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.result import Reading

_ANGLE = r"\\(cos|sin|tan)\s*(?:\(\s*([ABC])\s*\)|\\frac\s*\{\s*([ABC])\s*\}\s*\{\s*2\s*\}|([ABC])(?![A-Za-z]))"


def _sides(reading: Reading) -> dict[str, sp.Expr]:
    a, b, c = sp.symbols("a b c", positive=True)
    return {"a": a, "b": b, "c": c}


def _in_sides(text: str, cosines: dict[str, str]) -> str:
    """The trig functions of the angles written as SymPy-readable formulas in the sides."""
    def put(m: re.Match) -> str:
        func, whole, half, bare = m.groups()
        angle = whole or half or bare
        cos = f"({cosines[angle]})"
        if half:
            # 0 < X/2 < π/2: cos(X/2) = √((1 + cos X)/2), sin(X/2) = √((1 − cos X)/2)
            half_cos, half_sin = f"sqrt((1+{cos})/2)", f"sqrt((1-{cos})/2)"
            return {"cos": half_cos, "sin": half_sin, "tan": f"({half_sin}/{half_cos})"}[func]
        sin = f"sqrt(1-{cos}^2)"  # 0 < X < π: the sine is positive
        return {"cos": cos, "sin": sin, "tan": f"({sin}/{cos})"}[func]

    return re.sub(_ANGLE, put, text)


def triangle(reading: Reading, expression: str, reading_step: Callable):
    """A side or a trig value of a triangle ABC from its givens, through the law of cosines."""
    from tutor_graph.reading.strategy_parts import as_latex, parse, value_text
    from tutor_graph.specialist.chain import Chain

    if not any(o["kind"] == "triangle" for o in reading["objects"]):
        return None
    cosines, values, equations = {}, {}, []
    for g in reading["givens"]:
        m = re.fullmatch(r"\\cos\(([ABC])\)=(.+)", g["claim"])
        if m and g["kind"] == "definition":
            cosines[m.group(1)] = m.group(2)
    if set(cosines) != {"A", "B", "C"}:
        return None
    sides = _sides(reading)
    for g in reading["givens"]:
        claim = g["claim"]
        if not claim or re.fullmatch(r"\\cos\([ABC]\)=.+", claim) or re.fullmatch(r"\s*[abc]\s*>\s*0\s*", claim):
            continue
        if g["kind"] not in ("equation", "definition") or "=" not in claim:
            return None
        written = _in_sides(claim, cosines)
        lhs, _, rhs = written.partition("=")
        left, right = parse(lhs), parse(rhs)
        if left is None or right is None:
            return None
        rel = (left - right).subs({s: sides[s.name] for s in (left - right).free_symbols if s.name in sides})
        if rel.free_symbols - set(sides.values()):
            return None
        equations.append((g, rel))
    target_text = _in_sides(expression, cosines)
    target = parse(target_text)
    if target is None or not equations:
        return None
    target = target.subs({s: sides[s.name] for s in target.free_symbols if s.name in sides})
    if target.free_symbols - set(sides.values()):
        return None
    unknowns = sorted(set().union(*(r.free_symbols for _, r in equations)), key=str)
    if len(unknowns) > len(equations) or len(unknowns) > 3:
        return None
    solutions = [s for s in sp.solve([r for _, r in equations], unknowns, dict=True)
                 if len(s) == len(unknowns) and all(v.is_positive for v in s.values())]
    found = {sp.nsimplify(sp.simplify(target.subs(s))) for s in solutions}
    if len(found) != 1:
        return None
    value = found.pop()
    if value.free_symbols or not value.is_real:
        return None
    point = solutions[0]
    values = {str(k): v for k, v in point.items()}
    chain = Chain(method=("余弦定理", "The law of cosines"), knowledge_points=("tri.law_of_cosines",))
    reading_step(chain, reading)
    chain.idea(("题中的角和边都能用三边 $a,b,c$ 表示吗？用哪个定理？",
                "Can every angle and side in the problem be written in the three sides a, b, c? With which law?"),
               ("能：余弦定理把每个角的余弦写成三边的式子，正弦由平方关系得到，于是已知条件都成了关于边的方程。",
                "Yes: the law of cosines writes each angle's cosine in the sides, its sine follows from "
                "sin²+cos²=1, so every given becomes an equation in the sides."),
               kps=("tri.law_of_cosines",),
               hints=[("已知条件里出现了哪些角的三角函数？它们和边有什么联系？",
                       "Which angles' trig values appear in the givens, and how are they tied to the sides?"),
                      ("余弦定理：$\\cos C=\\frac{a^2+b^2-c^2}{2ab}$，角 $A$、$B$ 同理。",
                       "The law of cosines: $\\cos C=\\frac{a^2+b^2-c^2}{2ab}$, and likewise at $A$, $B$.")])
    eqs = ", ".join(f"{as_latex(r)}=0" for _, r in equations)
    shown = ", ".join(f"{k}={value_text(v)}" for k, v in values.items())
    chain.ask(("用余弦定理把已知条件写成关于边的方程，解得什么？",
               "With the law of cosines the givens are equations in the sides: what do they give?"),
              (f"${shown}$",) * 2, f"{eqs} ⇒ {', '.join(f'{k}={as_latex(v)}' for k, v in values.items())}",
              kps=("tri.law_of_cosines",), context=("a>0", "b>0", "c>0"),
              hints=[("每个已知条件换成边以后是什么方程？未知的边有几个，方程够不够？",
                      "What equation does each given become in the sides? Are there as many equations as unknown sides?"),
                      ("边长都是正数：解方程组时怎样取舍？", "Sides are positive: which solutions of the system are kept?")])
    result = value_text(value)
    chain.ask((f"${expression}$ 等于多少？", f"What is ${expression}$?"), (f"${result}$",) * 2, "",
              kps=("tri.law_of_cosines",),
              hints=[("所求的量能不能也用三边表示？", "Can the asked quantity be written in the sides too?"),
                     ("把求得的边长代入这个式子，化简后是多少？", "Put the sides found into it: what does it simplify to?")])
    return chain, result
