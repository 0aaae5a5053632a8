"""Second methods for a triangle ABC (一题多解, worker side): coordinates, and the law of sines.

The first method (`triangles.triangle`) writes every given in the sides through the law of cosines and solves.
- 坐标法 (two sides and the cosine of the angle between them): the angle's vertex at the origin, one side on
  the x-axis; the third vertex has coordinates (b·cos C, b·sin C), and a side is a distance, a cosine a dot
  product over lengths. No law of cosines.
- 正弦定理 (two angles' cosines and one side): the sines from sin²X + cos²X = 1, sin B = sin(A + C) by the sum
  formula, then a side from a / sin A = b / sin B.
Every step's claim is arithmetic the checker verifies; the answer is graded against the first method's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, parse, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

_OPPOSITE = {"A": "a", "B": "b", "C": "c"}
_COS = re.compile(r"\s*\\cos\s*(?:\\frac\s*\{\s*([ABC])\s*\}\s*\{\s*2\s*\}|\(?\s*([ABC])\s*\)?)\s*=\s*(.+)")
_SIDE = re.compile(r"\s*([abc])\s*=\s*(.+)")


def _facts(reading: Reading) -> tuple[dict[str, sp.Expr], dict[str, sp.Expr], list[str]] | None:
    """The given sides and angle cosines (a half angle's cosine turned into the whole angle's), and the steps'
    claims for that turn; None when a given is something else."""
    if not any(o["kind"] == "triangle" for o in reading["objects"]):
        return None
    sides: dict[str, sp.Expr] = {}
    cosines: dict[str, sp.Expr] = {}
    halves: list[str] = []
    for g in reading["givens"]:
        claim = g["claim"]
        if not claim or re.fullmatch(r"\s*[abc]\s*>\s*0\s*", claim) or re.fullmatch(r"\\cos\([ABC]\)=.+", claim):
            continue  # the triangle's own facts, not the problem's givens
        cos, side = _COS.fullmatch(claim), _SIDE.fullmatch(claim)
        value = parse(cos.group(3)) if cos else parse(side.group(2)) if side else None
        if value is None or value.free_symbols or not value.is_positive and not cos:
            return None
        if side:
            sides[side.group(1)] = value
        elif cos and cos.group(1):  # cos(X/2) = v: cos X = 2v² − 1
            whole = sp.nsimplify(2 * value**2 - 1)
            cosines[cos.group(1)] = whole
            halves.append(f"2*({as_latex(value)})^2 - 1 = {as_latex(whole)}")
        elif cos:
            cosines[cos.group(2)] = value
    return sides, cosines, halves


def _sine(cos: sp.Expr) -> sp.Expr:
    return sp.nsimplify(sp.sqrt(1 - cos**2))  # 0 < X < π: the sine is positive


def _goal(expression: str) -> tuple[str, str] | None:
    """("side", "c") or ("cos", "B") for the asked quantity, else None."""
    m = re.fullmatch(r"\s*([abc])\s*", expression)
    if m:
        return "side", m.group(1)
    m = re.fullmatch(r"\s*\\cos\s*\(?\s*([ABC])\s*\)?\s*", expression)
    return ("cos", m.group(1)) if m else None


def by_coordinates(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """Two sides and the angle between them: the triangle placed in coordinates (坐标法)."""
    facts, goal = _facts(reading), _goal(expression)
    if facts is None or goal is None:
        return None
    sides, cosines, halves = facts
    angle = next((x for x in cosines if {s for s in "abc" if s != _OPPOSITE[x]} <= set(sides)), None)
    if angle is None or len(cosines) != 1:
        return None
    first, second = sorted(s for s in "abc" if s != _OPPOSITE[angle])  # the two sides at the angle's vertex
    p, q = sides[first], sides[second]
    cos = cosines[angle]
    sin = _sine(cos)
    # vertex X at the origin; the vertex at the end of side `first` on the x-axis, the other at angle X
    names = {v for v in "ABC" if v != angle}
    end_first = next(v for v in names if _OPPOSITE[v] == second)  # side `first` joins X to the vertex opposite `second`
    end_second = next(v for v in names if v != end_first)
    points = {angle: (sp.Integer(0), sp.Integer(0)), end_first: (p, sp.Integer(0)),
              end_second: (sp.nsimplify(q * cos), sp.nsimplify(q * sin))}
    kind, what = goal

    def dist(u: str, v: str) -> sp.Expr:
        (x1, y1), (x2, y2) = points[u], points[v]
        return sp.nsimplify(sp.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2))

    if kind == "side":
        ends = [v for v in "ABC" if v != what.upper()]
        value = dist(*ends)
        (x1, y1), (x2, y2) = (points[v] for v in ends)
        final_claim = f"sqrt(({as_latex(x1)} - ({as_latex(x2)}))^2 + ({as_latex(y1)} - ({as_latex(y2)}))^2) = {as_latex(value)}"
        final_q = (f"${what}$ 是哪两点间的距离？由两点间距离公式，它等于多少？",
                   f"${what}$ is the distance between which two points, and what is it by the distance formula?")
    else:
        at = points[what]
        u, v = (points[w] for w in "ABC" if w != what)
        ux, uy, vx, vy = u[0] - at[0], u[1] - at[1], v[0] - at[0], v[1] - at[1]
        value = sp.nsimplify(sp.radsimp((ux * vx + uy * vy) / (sp.sqrt(ux**2 + uy**2) * sp.sqrt(vx**2 + vy**2))))
        final_claim = (f"(({as_latex(ux)})*({as_latex(vx)}) + ({as_latex(uy)})*({as_latex(vy)}))/(sqrt(({as_latex(ux)})^2 + "
                       f"({as_latex(uy)})^2)*sqrt(({as_latex(vx)})^2 + ({as_latex(vy)})^2)) = {as_latex(value)}")
        final_q = (f"以 ${what}$ 为起点的两条边对应的向量是什么？由数量积，$\\cos {what}$ 等于多少？",
                   f"What are the vectors along the two sides from ${what}$, and what is $\\cos {what}$ by their dot product?")
    if not value.is_real or value.free_symbols:
        return None
    chain = Chain(method=("坐标法", "Coordinates"), knowledge_points=("tri.law_of_cosines", "vec.dot_coordinates"))
    chain.idea((f"已知两边和它们的夹角 ${angle}$，能否把三角形放进坐标系，用坐标算出所求？",
                f"Two sides and the angle ${angle}$ between them are known: can the triangle be put in coordinates and "
                "the answer computed from them?"),
               (f"可以：以 ${angle}$ 为原点、一边在 $x$ 轴上，第三个顶点的坐标由夹角的正弦、余弦给出；边长用距离公式，"
                "角的余弦用数量积。",
                f"Yes: ${angle}$ at the origin and one side on the x-axis; the third vertex's coordinates come from the "
                "angle's sine and cosine; a side is a distance, an angle's cosine a dot product."),
               kps=("vec.dot_coordinates",),
               hints=[("角的顶点放在哪里、一边沿哪条轴，坐标最简单？", "Where should the angle's vertex and one side go to make coordinates simplest?"),
                      ("与 $x$ 轴正方向成角 $\\theta$、长为 $r$ 的点，坐标是什么？",
                       "A point at distance $r$ and angle $\\theta$ from the positive x-axis has which coordinates?")])
    reading_step(chain, reading)
    if halves:
        chain.ask((f"由半角的余弦，$\\cos {angle}$ 是多少？", f"From the half angle's cosine, what is $\\cos {angle}$?"),
                  (f"$\\cos {angle}=2\\cos^2\\frac{{{angle}}}{{2}}-1={value_text(cos)}$",) * 2, halves[0],
                  kps=("trig.double_angle",),
                  hints=[("二倍角的余弦公式有哪几种形式？", "What forms does the double-angle formula for cosine take?"),
                         ("$\\cos 2\\alpha=2\\cos^2\\alpha-1$。", "$\\cos 2\\alpha=2\\cos^2\\alpha-1$.")])
    chain.ask((f"$\\sin {angle}$ 是多少？", f"What is $\\sin {angle}$?"),
              (f"$\\sin {angle}=\\sqrt{{1-\\cos^2 {angle}}}={value_text(sin)}$",) * 2,
              f"sqrt(1 - ({as_latex(cos)})^2) = {as_latex(sin)}", kps=("trig.pythagorean",),
              hints=[("三角形的内角在什么范围？它的正弦是正是负？", "In what range is an angle of a triangle, and what sign has its sine?"),
                     ("$\\sin^2\\alpha+\\cos^2\\alpha=1$。", "$\\sin^2\\alpha+\\cos^2\\alpha=1$.")])
    (ex, ey) = points[end_second]
    chain.ask((f"以 ${angle}$ 为原点、${angle}{end_first}$ 在 $x$ 轴正半轴上，${end_first}$、${end_second}$ 的坐标各是什么？",
               f"With ${angle}$ at the origin and ${angle}{end_first}$ on the positive x-axis, what are the coordinates "
               f"of ${end_first}$ and ${end_second}$?"),
              (f"${end_first}({value_text(p)}, 0)$，${end_second}({value_text(ex)}, {value_text(ey)})$",
               f"${end_first}({value_text(p)}, 0)$, ${end_second}({value_text(ex)}, {value_text(ey)})$"),
              f"{as_latex(q)}*({as_latex(cos)}) = {as_latex(ex)} 且 {as_latex(q)}*({as_latex(sin)}) = {as_latex(ey)}",
              kps=("vec.coordinates",),
              hints=[(f"${angle}{end_second}$ 的长是多少？它与 $x$ 轴正方向的夹角是多少？",
                      f"How long is ${angle}{end_second}$, and what angle does it make with the positive x-axis?"),
                     ("坐标是 $(r\\cos\\theta, r\\sin\\theta)$。", "The coordinates are $(r\\cos\\theta, r\\sin\\theta)$.")])
    chain.ask(final_q, (f"${expression}={value_text(value)}$",) * 2, final_claim, kps=("vec.dot_coordinates",),
              hints=[("两点间距离公式、向量夹角的余弦公式各是什么？",
                      "What are the distance formula and the formula for the cosine of the angle between vectors?"),
                     ("把坐标代入公式计算。", "Put the coordinates into the formula.")])
    return chain, value_text(value)


def by_sines(reading: Reading, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """Two angles' cosines and one side: the third angle's sine by the sum formula, a side by the law of sines."""
    facts, goal = _facts(reading), _goal(expression)
    if facts is None or goal is None or goal[0] != "side" or facts[2]:
        return None
    sides, cosines, _ = facts
    if len(cosines) != 2 or len(sides) != 1:
        return None
    (known, length), = sides.items()
    third = next(x for x in "ABC" if x not in cosines)
    sines = {x: _sine(c) for x, c in cosines.items()}
    one, two = sorted(cosines)
    sines[third] = sp.nsimplify(sines[one] * cosines[two] + cosines[one] * sines[two])  # sin(π − (X + Y)) = sin(X + Y)
    at_known, at_goal = known.upper(), goal[1].upper()
    if at_goal == at_known or sines[at_known] == 0:
        return None
    value = sp.nsimplify(length * sines[at_goal] / sines[at_known])
    chain = Chain(method=("正弦定理", "The law of sines"), knowledge_points=("tri.law_of_sines", "trig.sum_difference"))
    chain.idea(("已知两个角的余弦和一条边，哪个定理把边和它对角的正弦联系起来？还缺哪个角的正弦？",
                "Two angles' cosines and a side are known: which law ties sides to the sines of the opposite angles, "
                "and which angle's sine is still missing?"),
               ("正弦定理 $\\frac{a}{\\sin A}=\\frac{b}{\\sin B}$；先由平方关系求出正弦，第三个角的正弦用 "
                "$\\sin B=\\sin(A+C)$ 求。",
                "The law of sines $\\frac{a}{\\sin A}=\\frac{b}{\\sin B}$; the sines first from $\\sin^2+\\cos^2=1$, the "
                "third angle's from $\\sin B=\\sin(A+C)$."),
               kps=("tri.law_of_sines",),
               hints=[("三角形内角和是多少？第三个角能用另两个角表示吗？", "What do the angles add up to? Can the third be written by the other two?"),
                      ("正弦定理中，每条边对应哪个角？", "In the law of sines, which angle goes with each side?")])
    reading_step(chain, reading)
    chain.ask((f"$\\sin {one}$、$\\sin {two}$ 各是多少？", f"What are $\\sin {one}$ and $\\sin {two}$?"),
              (f"$\\sin {one}={value_text(sines[one])}$，$\\sin {two}={value_text(sines[two])}$",
               f"$\\sin {one}={value_text(sines[one])}$, $\\sin {two}={value_text(sines[two])}$"),
              f"sqrt(1 - ({as_latex(cosines[one])})^2) = {as_latex(sines[one])} 且 "
              f"sqrt(1 - ({as_latex(cosines[two])})^2) = {as_latex(sines[two])}", kps=("trig.pythagorean",),
              hints=[("三角形的内角的正弦是正是负？", "Is the sine of a triangle's angle positive or negative?"),
                     ("$\\sin^2\\alpha+\\cos^2\\alpha=1$。", "$\\sin^2\\alpha+\\cos^2\\alpha=1$.")])
    chain.ask((f"$\\sin {third}=\\sin({one}+{two})$ 是多少？", f"What is $\\sin {third}=\\sin({one}+{two})$?"),
              (f"$\\sin {third}=\\sin {one}\\cos {two}+\\cos {one}\\sin {two}={value_text(sines[third])}$",) * 2,
              f"({as_latex(sines[one])})*({as_latex(cosines[two])}) + ({as_latex(cosines[one])})*({as_latex(sines[two])}) = "
              f"{as_latex(sines[third])}", kps=("trig.sum_difference",),
              hints=[(f"${third}=\\pi-({one}+{two})$，它的正弦与 $\\sin({one}+{two})$ 有什么关系？",
                      f"${third}=\\pi-({one}+{two})$: how is its sine related to $\\sin({one}+{two})$?"),
                     ("两角和的正弦公式是什么？", "What is the sum formula for sine?")])
    chain.ask((f"由正弦定理 $\\frac{{{known}}}{{\\sin {at_known}}}=\\frac{{{goal[1]}}}{{\\sin {at_goal}}}$，${goal[1]}$ 是多少？",
               f"By the law of sines $\\frac{{{known}}}{{\\sin {at_known}}}=\\frac{{{goal[1]}}}{{\\sin {at_goal}}}$, what is ${goal[1]}$?"),
              (f"${goal[1]}=\\frac{{{known}\\sin {at_goal}}}{{\\sin {at_known}}}={value_text(value)}$",) * 2,
              f"({as_latex(length)})*({as_latex(sines[at_goal])})/({as_latex(sines[at_known])}) = {as_latex(value)}",
              kps=("tri.law_of_sines",),
              hints=[("比例式中哪三个量已知？", "Which three quantities of the proportion are known?"),
                     ("交叉相乘，解出所求的边。", "Cross-multiply and solve for the side.")])
    return chain, value_text(value)
