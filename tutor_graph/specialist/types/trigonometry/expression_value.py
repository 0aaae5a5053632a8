"""三角式求值 / The value of a numeric expression in two or three trigonometric values at degree angles
(each value by a sum formula, or the whole expression by a formula read in reverse)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values
from tutor_graph.specialist.types.trigonometry.common import asked_expressions

_TRIG = re.compile(r"(sin|cos|tan)\s*(?:\(\s*(\d+)\s*°\s*\)|(\d+)\s*°)")
_FUNCS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}
_LETTERS = "pqruvw"  # stand-ins for the trigonometric values while reading the expression's shape


@dataclass(frozen=True)
class ExpressionValue:
    """The expression as written, each of its trigonometric values (function, degrees, value), the expression
    with the values put in (as the checker reads it), and its simplified value."""

    text: str
    vals: tuple[tuple[str, int, sp.Expr], ...]
    substituted: str
    value: sp.Expr


def _terms(text: str) -> list[tuple[str, str]]:
    return [(f, a or b) for f, a, b in _TRIG.findall(text)]


def detect(p: Problem) -> ExpressionValue | None:
    """`求 sin 75° cos 15° 的值`, `Evaluate sin 15° + cos 15°`: two or more values at one to three angles."""
    asked = asked_expressions(p, "value")
    if len(asked) != 1:
        return None
    text = asked[0].strip()
    terms = sorted(set(_terms(text)))
    if len(_terms(text)) < 2 or not 1 <= len(terms) <= 3:
        return None  # a single value belongs to trig.value
    e = try_expr(text)  # the parser evaluates special values already
    if e is None or e.free_symbols:
        return None
    vals: dict[tuple[str, str], sp.Expr] = {}
    for f, deg in terms:
        v = _FUNCS[f](sp.Integer(deg) * sp.pi / 180)
        v = sp.radsimp(v.rewrite(sp.sqrt)) if v.has(sp.sin, sp.cos, sp.tan) else sp.radsimp(v)
        if v.has(sp.sin, sp.cos, sp.tan, sp.zoo):
            return None
        vals[(f, deg)] = v
    substituted = _TRIG.sub(lambda mm: f"({plain(vals[(mm.group(1), mm.group(2) or mm.group(3))])})", text)
    plugged = try_expr(substituted)
    value = sp.nsimplify(sp.radsimp(sp.simplify(e)))
    if plugged is None or sp.count_ops(value) > 10:
        return None
    return ExpressionValue(text, tuple((f, int(deg), v) for (f, deg), v in vals.items()), substituted, value)


@dataclass(frozen=True)
class _Form:
    """A formula whose one side has the expression's shape: that side (in the stand-ins), what it becomes
    (coefficient, function, angle in degrees), the formula as printed, and a hint naming its shape."""

    side: sp.Expr
    coef: sp.Expr
    func: str
    angle: int
    formula: str  # LaTeX between `$…$`; two formulas are joined by `$，$`
    shape_zh: str
    shape_en: str
    reduce_power: bool = False  # the result is (1 ∓ cos 2α)/2, not one function value


def _special(deg: int) -> bool:
    return deg % 30 == 0 or deg % 45 == 0


def _forms(sym: dict[tuple[str, int], sp.Symbol]) -> list[_Form]:
    """Every formula read in reverse that turns an expression of these values into one special value."""
    out: list[_Form] = []
    angles = sorted({deg for _, deg in sym})
    for a in angles:
        s, c, t = sym.get(("sin", a)), sym.get(("cos", a)), sym.get(("tan", a))
        if s is not None and c is not None:
            same = ("同一个角的正弦与余弦相乘，与哪个公式的展开式相像？",
                    "A sine times the cosine of the same angle: which formula expands to that shape?")
            out += [
                _Form(s * c, sp.Rational(1, 2), "sin", 2 * a, r"\sin 2\alpha=2\sin\alpha\cos\alpha", *same),
                _Form(c**2 - s**2, sp.Integer(1), "cos", 2 * a, r"\cos 2\alpha=\cos^2\alpha-\sin^2\alpha",
                      "同一个角的余弦平方减正弦平方，与哪个公式的展开式相像？",
                      "The square of a cosine minus the square of the sine of the same angle: which formula has that shape?"),
            ]
            aux = ("同一个角的正弦与余弦相加减，能不能提出 $\\sqrt{2}$ 后凑成两角和差公式？",
                   "A sine plus or minus the cosine of the same angle: can taking out $\\sqrt{2}$ make a sum formula?")
            out += [
                _Form(s + c, sp.sqrt(2), "sin", a + 45, r"\sin\alpha+\cos\alpha=\sqrt{2}\sin(\alpha+45^\circ)", *aux),
                _Form(s - c, sp.sqrt(2), "sin", a - 45, r"\sin\alpha-\cos\alpha=\sqrt{2}\sin(\alpha-45^\circ)", *aux),
            ]
        if t is not None:
            tan = ("分子、分母中的 $1$ 可以看成哪个特殊角的正切？",
                   "The $1$ in the numerator and the denominator is the tangent of which special angle?")
            out += [
                _Form((1 + t) / (1 - t), sp.Integer(1), "tan", 45 + a,
                      r"\tan(45^\circ+\alpha)=\frac{\tan 45^\circ+\tan\alpha}{1-\tan 45^\circ\tan\alpha}", *tan),
                _Form((1 - t) / (1 + t), sp.Integer(1), "tan", 45 - a,
                      r"\tan(45^\circ-\alpha)=\frac{\tan 45^\circ-\tan\alpha}{1+\tan 45^\circ\tan\alpha}", *tan),
            ]
    for a, b in itertools.permutations(angles, 2):
        sa, ca, sb, cb = (sym.get((f, g)) for f, g in (("sin", a), ("cos", a), ("sin", b), ("cos", b)))
        if sa is not None and ca is not None and sb is not None and cb is not None:
            two = ("两个角的正弦、余弦交叉相乘再相加减，与哪个公式的展开式相像？",
                   "Sines and cosines of two angles multiplied crosswise and added: which formula expands to that shape?")
            out += [
                _Form(sa * cb + ca * sb, sp.Integer(1), "sin", a + b,
                      r"\sin(\alpha+\beta)=\sin\alpha\cos\beta+\cos\alpha\sin\beta", *two),
                _Form(sa * cb - ca * sb, sp.Integer(1), "sin", a - b,
                      r"\sin(\alpha-\beta)=\sin\alpha\cos\beta-\cos\alpha\sin\beta", *two),
                _Form(ca * cb - sa * sb, sp.Integer(1), "cos", a + b,
                      r"\cos(\alpha+\beta)=\cos\alpha\cos\beta-\sin\alpha\sin\beta", *two),
                _Form(ca * cb + sa * sb, sp.Integer(1), "cos", a - b,
                      r"\cos(\alpha-\beta)=\cos\alpha\cos\beta+\sin\alpha\sin\beta", *two),
            ]
        if a + b == 90 and sa is not None and cb is not None:  # cos β = sin α: a square, lowered by cos 2α
            out.append(_Form(sa * cb, sp.Rational(1, 2), "cos", 2 * a,
                             f"\\cos {b}^\\circ=\\sin {a}^\\circ$，$\\sin^2\\alpha=\\frac{{1-\\cos 2\\alpha}}{{2}}",
                             f"${a}^\\circ$ 与 ${b}^\\circ$ 有什么关系？乘积能不能化成同一个角的平方？",
                             f"How are ${a}^\\circ$ and ${b}^\\circ$ related, and can the product become a square of one value?",
                             reduce_power=True))
        if a + b == 90 and a < b and sa is not None and sb is not None:  # sin β = cos α: the double angle
            out.append(_Form(sa * sb, sp.Rational(1, 2), "sin", 2 * a,
                             f"\\sin {b}^\\circ=\\cos {a}^\\circ$，$\\sin 2\\alpha=2\\sin\\alpha\\cos\\alpha",
                             f"${a}^\\circ$ 与 ${b}^\\circ$ 有什么关系？一个正弦能不能换成另一个角的余弦？",
                             f"How are ${a}^\\circ$ and ${b}^\\circ$ related, and can one sine become the other angle's cosine?"))
    return out


def _angle(func: str, deg: int, latex: bool) -> str:
    if latex:
        return f"\\{func} {deg}^\\circ" if deg >= 0 else f"\\{func}({deg}^\\circ)"
    return f"{func}({deg}°)"


def _rewritten(form: _Form, k: sp.Expr) -> tuple[str, str]:
    """What the expression becomes, as printed and as the checker reads it."""
    coef = sp.nsimplify(k * form.coef)
    if form.reduce_power:  # k · (1 − cos 2α)/2
        return (f"{'' if k == 1 else tex(k)}\\frac{{1-{_angle('cos', form.angle, True)}}}{{2}}",
                f"{'' if k == 1 else f'({plain(k)})*'}(1 - {_angle('cos', form.angle, False)})/2")
    lead = "" if coef == 1 else "-" if coef == -1 else tex(coef)
    claim = _angle(form.func, form.angle, False)
    return f"{lead}{_angle(form.func, form.angle, True)}", claim if coef == 1 else f"({plain(coef)})*{claim}"


def _index(d: ExpressionValue, m: re.Match[str]) -> int:
    """Which of the expression's values a match of `_TRIG` is."""
    key = (m.group(1), int(m.group(2) or m.group(3)))
    return next(i for i, (f, deg, _) in enumerate(d.vals) if (f, deg) == key)


def _formula_values(d: ExpressionValue, out: Values) -> None:
    """The first formula the expression fits, read in reverse to one special value (`formula` false if none)."""
    out["formula"] = False
    shaped = try_expr(_TRIG.sub(lambda m: f" {_LETTERS[_index(d, m)]} ", d.text))
    if shaped is None:
        return
    by_letter = {s.name: s for s in shaped.free_symbols}  # the parser's own symbols (with its assumptions)
    if not set(by_letter) <= set(_LETTERS):
        return
    sym = {(f, deg): by_letter[_LETTERS[i]] for i, (f, deg, _) in enumerate(d.vals) if _LETTERS[i] in by_letter}
    for form in _forms(sym):
        k = sp.nsimplify(sp.cancel(shaped / form.side))
        if not k.is_number or k == 0 or not _special(form.angle):
            continue
        shown, claim = _rewritten(form, k)
        check = try_expr(claim)
        if check is None or sp.simplify(check - d.value) != 0:
            continue  # never show a rewriting that does not keep the value
        out.update({"formula": True, "formula_tex": form.formula, "formula_tex_en": form.formula.replace("$，$", "$, $"),
                    "rewritten": shown, "rewritten_plain": claim,
                    "special": f"{form.angle}^\\circ", "shape_zh": form.shape_zh, "shape_en": form.shape_en})
        return


def values(d: ExpressionValue) -> Values:
    """Each trigonometric value, the expression with them put in, and the formula it fits where there is one."""
    listed = [(f"\\{f} {deg}^\\circ={tex(v)}", f"\\{f} {deg}^\\circ = {plain(v)}") for f, deg, v in d.vals]
    angles = sorted({deg for _, deg, _ in d.vals})
    out: Values = {
        "text": d.text, "substituted": d.substituted, "value": tex(d.value), "value_plain": plain(d.value),
        "values_zh": "，".join(f"${shown}$" for shown, _ in listed),
        "values_en": ", ".join(f"${shown}$" for shown, _ in listed),
        "values_claim": " 且 ".join(claim for _, claim in listed),
        "angles": "、".join(f"${deg}^\\circ$" for deg in angles),
        "angles_en": ", ".join(f"${deg}^\\circ$" for deg in angles),
    }
    _formula_values(d, out)
    return out


def reference(d: ExpressionValue) -> str:
    """Independent: a 50-digit numeric value of the whole expression recognised among simple radicals."""
    e = try_expr(d.text)
    return plain(sp.nsimplify(sp.N(e, 50), [sp.sqrt(2), sp.sqrt(3), sp.sqrt(6)])) if e is not None else plain(d.value)


TYPE: ProblemType[ExpressionValue] = ProblemType(
    type_id="trig.expression_value", module="trigonometry", name="expression_value", detect=detect, values=values,
    reference=reference, givens=lambda d: [d.text], goal=lambda d: "value", answers=frozenset({"trig"}),
)
