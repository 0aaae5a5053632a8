"""特殊角的三角函数值 / Values at special angles (reduction formulas, unit circle, sum and half-angle formulas)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import asked_expressions

_FUNCS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}
_ANGLE = re.compile(r"\b(sin|cos|tan)\s*\(?\s*(-?[\d.]+\s*°|-?[\d.]*\s*\*?\s*π\s*(?:/\s*\d+)?|-?\(\(?[\d]*π\)?\)?/\(?\d+\)?)\s*\)?")
MAX_CALLS = 4  # the template has steps for each of at most this many function values


@dataclass(frozen=True)
class Value:
    """The expression as written, its calls (function, angle in radians), its value, and whether degrees were used."""

    text: str
    calls: tuple[tuple[str, sp.Expr], ...]
    value: sp.Expr
    expr: sp.Expr
    degrees: bool


def _deg(angle: sp.Expr) -> sp.Expr:
    return sp.nsimplify(angle * 180 / sp.pi)


def angle_tex(angle: sp.Expr, degrees: bool) -> str:
    """`210^\\circ` or `\\frac{7\\pi}{6}`, as the problem wrote its angles."""
    return f"{tex(_deg(angle))}^\\circ" if degrees else tex(angle)


def _claim_angle(angle: sp.Expr, degrees: bool) -> str:
    return f"{plain(_deg(angle))}°" if degrees else f"({plain(angle)})"


def detect(p: Problem) -> Value | None:
    """`求 sin 210° 的值`, `Find sin 15°`: an expression of sin, cos, tan at given angles, nothing unknown."""
    if not p.has("求", "计算", "值", "find", "compute", "evaluate", "value"):
        return None
    if p.has("已知", "given", "若", "if ", "△", "triangle", "函数", "function", "f(x)", "周期", "period"):
        return None
    frags = [f for f in asked_expressions(p) if re.search(r"sin|cos|tan", f) and "=" not in f
             and not re.search(r"[a-zα-ορ-ω](?![a-z])", re.sub(r"sin|cos|tan|sqrt", "", f))]
    if len(frags) != 1:
        return None
    text = frags[0]
    e = try_expr(text)
    if e is None or e.free_symbols:
        return None
    calls = [(m.group(1), try_expr(m.group(2))) for m in _ANGLE.finditer(text)]
    if not calls or len(calls) > MAX_CALLS or any(a is None for _, a in calls):
        return None
    value = sp.radsimp(sp.simplify(e))
    if value.has(sp.sin, sp.cos, sp.tan):
        return None
    return Value(text, tuple((f, a) for f, a in calls if a is not None), value, e, "°" in text)


def _reduce(func: str, angle: sp.Expr) -> tuple[int, sp.Expr]:
    """Reduction formula: func(angle) = sign · func(ref) with ref in [0, 90°]."""
    a = sp.Mod(angle, 2 * sp.pi)
    if a <= sp.pi / 2:
        return 1, a
    if a <= sp.pi:
        return (1 if func == "sin" else -1), sp.pi - a
    if a <= 3 * sp.pi / 2:
        return (1 if func == "tan" else -1), a - sp.pi
    return (1 if func == "cos" else -1), 2 * sp.pi - a


def _split_angle(angle: sp.Expr) -> tuple[sp.Expr, sp.Expr, bool] | None:
    """θ = a + b or a − b with a, b special angles (15° = 45° − 30°, 75° = 45° + 30°, …)."""
    special = [sp.pi * k / 180 for k in (45, 30, 60, 90, 120, 135, 150, 180)]
    for plus in (True, False):
        for a in special:
            for b in special:
                if sp.simplify((a + b if plus else a - b) - angle) == 0 and (a >= b or not plus):
                    return a, b, plus
    return None


def _nice(angle: sp.Expr) -> bool:
    return bool(_deg(angle) % 30 == 0 or _deg(angle) % 45 == 0)


def _fifteen(d: Value) -> bool:
    if len(d.calls) != 1 or d.calls[0][0] not in ("sin", "cos"):
        return False
    deg = _deg(d.calls[0][1])
    return bool(deg.is_Rational and deg % 15 == 0 and not _nice(d.calls[0][1]))


def _calls(d: Value, out: Values) -> None:
    """One pair of steps per call: reduce to an acute angle where needed, then its value."""
    deg = d.degrees
    for i in range(1, MAX_CALLS + 1):
        out[f"c{i}"] = i <= len(d.calls)
        out[f"red{i}"] = False
        if i > len(d.calls):
            continue
        func, angle = d.calls[i - 1]
        sign, ref = _reduce(func, angle)
        value = _FUNCS[func](angle)
        minus = "-" if sign < 0 else ""
        out[f"fa{i}"] = f"\\{func} {angle_tex(angle, deg)}"
        out[f"red{i}"] = bool(ref != sp.Mod(angle, 2 * sp.pi) or angle != ref)
        out[f"red{i}_ans"] = f"\\{func} {angle_tex(angle, deg)}={minus}\\{func} {angle_tex(ref, deg)}"
        out[f"red{i}_claim"] = f"{func} {_claim_angle(angle, deg)} = {minus}{func} {_claim_angle(ref, deg)}"
        out[f"val{i}"] = tex(value)
        out[f"val{i}_claim"] = f"{func} {_claim_angle(angle, deg)} = {plain(value)}"


def values(d: Value) -> Values:
    """Each method's quantities: reduced angles, the unit-circle point, the split angle, the half-angle square."""
    deg = d.degrees
    out: Values = {"one_call": len(d.calls) == 1, "several": len(d.calls) > 1, "fifteen": _fifteen(d),
                   "all_nice": all(_nice(a) for _, a in d.calls), "text": d.text,
                   "value": tex(d.value), "total_claim": f"{d.text} = {plain(sp.nsimplify(d.value))}"}
    out["unit"] = bool(out["one_call"] and _nice(d.calls[0][1]))
    _calls(d, out)
    func, angle = d.calls[0]
    point = (sp.cos(angle), sp.sin(angle))
    how = {"sin": ("纵坐标", "the y-coordinate"), "cos": ("横坐标", "the x-coordinate"),
           "tan": ("纵坐标与横坐标的比", "y divided by x")}[func]
    out.update({"angle": angle_tex(angle, deg), "func": func, "point": f"({tex(point[0])}, {tex(point[1])})",
                "point_claim": f"cos {_claim_angle(angle, deg)} = {plain(point[0])} 且 sin {_claim_angle(angle, deg)} = "
                               f"{plain(point[1])}", "how": how[0], "how_en": how[1]})
    split = _split_angle(angle) if out["fifteen"] else None
    if split is not None:
        a, b, plus = split
        op = "+" if plus else "-"
        if func == "sin":
            expansion = sp.sin(a) * sp.cos(b) + (1 if plus else -1) * sp.cos(a) * sp.sin(b)
            formula = (f"\\sin {angle_tex(a, deg)}\\cos {angle_tex(b, deg)}{op}"
                       f"\\cos {angle_tex(a, deg)}\\sin {angle_tex(b, deg)}")
        else:
            expansion = sp.cos(a) * sp.cos(b) - (1 if plus else -1) * sp.sin(a) * sp.sin(b)
            formula = (f"\\cos {angle_tex(a, deg)}\\cos {angle_tex(b, deg)}{'-' if plus else '+'}"
                       f"\\sin {angle_tex(a, deg)}\\sin {angle_tex(b, deg)}")
        double = 2 * angle
        sq = sp.nsimplify((1 - sp.cos(double)) / 2 if func == "sin" else (1 + sp.cos(double)) / 2)
        half = sp.expand(sp.sqrtdenest(sp.sqrt(sq))) * (1 if _FUNCS[func](angle) > 0 else -1)
        out.update({
            "split": f"{angle_tex(angle, deg)}={angle_tex(a, deg)}{op}{angle_tex(b, deg)}",
            "split_claim": (f"{plain(_deg(angle))}° = {plain(_deg(a))}° {op} {plain(_deg(b))}°" if deg
                            else f"{plain(angle)} = {plain(a)} {op} {plain(b)}"),
            "formula": formula, "sum_value": tex(sp.radsimp(sp.expand(expansion))),
            "sum_claim": f"{func} {_claim_angle(angle, deg)} = {plain(sp.radsimp(sp.expand(expansion)))}",
            "double": angle_tex(double, deg), "sq_sign": "-" if func == "sin" else "+", "sq": tex(sq),
            "sq_claim": f"({func} {_claim_angle(angle, deg)})^2 = {plain(sq)}",
            "half": tex(half), "half_claim": f"{func} {_claim_angle(angle, deg)} = {plain(half)}",
        })
    else:
        out["fifteen"] = False
    return out


def reference(d: Value) -> str:
    """Independent of every method's formulas: SymPy evaluates the whole expression, then denests the radicals."""
    return plain(sp.nsimplify(sp.radsimp(sp.sqrtdenest(sp.simplify(d.expr)))))


TYPE: ProblemType[Value] = ProblemType(
    type_id="trig.value", module="trigonometry", name="value", detect=detect, values=values, reference=reference,
    givens=lambda d: [d.text], goal=lambda d: "value", answers=frozenset({"trig"}),
)
