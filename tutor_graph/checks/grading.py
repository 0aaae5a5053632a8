"""Answer grading: `grade` (bounded, in the caller) and the comparison that runs in the worker.

An answer is read into one of a few kinds (a value, a set of values, a set or interval, a point,
an equation) and compared exactly with SymPy. Gaokao normalisations (choice letters in any order,
`x=2 或 x=3` vs `{2, 3}`, inequalities vs intervals, units and measure words, degrees vs radians)
are applied first; math-verify is consulted only when our reader cannot parse a side. Every rule is
one-sided: it can make a right answer pass, never a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import pool
from tutor_graph.checks.answers import choice_letters, extract_answer, split_unit
from tutor_graph.checks.limits import too_large
from tutor_graph.checks.parsing import ParseError, freeze, parse_statement
from tutor_graph.checks.solving import Undecided, boolean_set, solution_set
from tutor_graph.checks.statements import AllOf, AnyOf, Bare, Relation, free_symbols, map_exprs
from tutor_graph.checks.truth import decimal_places, is_zero, real_value
from tutor_graph.checks.verdict import Grade


def grade(reference: str, prediction: str) -> Grade:
    """Grade a final answer against a reference, within a hard time bound (never raises)."""
    if not isinstance(reference, str) or not isinstance(prediction, str) or not prediction.strip():
        return Grade(False, "答案为空 / empty answer")
    ref, pred = extract_answer(reference), extract_answer(prediction)
    why = too_large(ref, pred)
    if why:
        return Grade(False, f"过大 / too large: {why}")
    try:
        reply = pool.run("grade", [ref, pred])
    except pool.WorkerTimeout:
        return Grade(False, f"过大或超时 / too large / timed out (over {pool.REQUEST_TIMEOUT_S:.1f} s)")
    except pool.WorkerUnavailable as exc:
        return Grade(False, f"评分器不可用 / grader unavailable: {exc}")
    if not reply.get("ok"):
        return Grade(False, str(reply.get("error", "grader error")))
    return Grade(bool(reply["result"]["correct"]), reply["result"]["reason"])


def grade_inline(reference: str, prediction: str) -> dict:
    """Grade in this process (no time bound: the worker calls this)."""
    return judge(extract_answer(reference), extract_answer(prediction)).to_dict()


@dataclass(frozen=True)
class Answer:
    """A parsed answer: kind is expr | values | set | point | pair | equation."""

    kind: str
    value: object
    var: sp.Symbol | None = None
    decimal: bool = False  # written as a single decimal number (`1.414`), so it may be an approximation


def judge(reference: str, prediction: str) -> Grade:
    """Compare two extracted answers."""
    if _squash(reference) == _squash(prediction):
        return Grade(True, "完全相同 / identical")
    letters = choice_letters(reference)
    if letters is not None:
        given = choice_letters(prediction)
        if given == letters:
            return Grade(True, "选项相同 / same choice letters")
        return Grade(False, f"应选 {''.join(sorted(letters))} / expected choice {''.join(sorted(letters))}")
    ref_text, ref_unit = split_unit(reference)
    pred_text, pred_unit = split_unit(prediction)
    if ref_unit and pred_unit and ref_unit != pred_unit:
        return Grade(False, f"单位不同 / units differ ({ref_unit} vs {pred_unit})")
    if ref_unit == "度" or re.search(r"(?:°|\\circ)\s*\}?\s*$", ref_text):
        if _squash(_strip_degree(ref_text)) == _squash(pred_text):
            return Grade(True, "角度相同（省略度数符号） / same angle, degree sign omitted")
    try:
        ref, pred = read_answer(ref_text), read_answer(pred_text)
    except (ParseError, Undecided):
        return _fallback(reference, prediction)
    return compare(ref, pred)


def _squash(text: str) -> str:
    return re.sub(r"\s+|\$|\\[,;!: ]|\\left|\\right", "", text).replace("\\dfrac", "\\frac")


def _strip_degree(text: str) -> str:
    return re.sub(r"\^?\s*\{?\s*(?:\\circ|°)\s*\}?\s*$", "", text).strip()


def read_answer(text: str) -> Answer:
    """Read an answer's text into a typed value."""
    stmt = map_exprs(parse_statement(text), freeze)
    if isinstance(stmt, AllOf | AnyOf) and all(isinstance(s, Bare) and isinstance(s.expr, sp.Expr) for s in stmt.items):
        return Answer("values", sp.FiniteSet(*[s.expr for s in stmt.items]))  # "2, 3", "2 或 3"
    if isinstance(stmt, Bare):
        value = stmt.expr
        if isinstance(value, sp.Tuple):
            return Answer("pair" if len(value) == 2 else "point", value)
        if isinstance(value, sp.ConditionSet):
            return Answer("set", boolean_set(value.condition, value.sym), value.sym)
        if isinstance(value, sp.Set):
            return Answer("set", value)
        return Answer("expr", value, decimal=bool(re.fullmatch(r"\s*-?\d+\.\d+\s*", text)))
    assignments = _assignments(stmt)
    if assignments is not None:
        return assignments
    variables = free_symbols(stmt)
    if len(variables) == 1 and not _is_equation(stmt):
        var = next(iter(variables))
        return Answer("set", solution_set(stmt, var), var)
    if isinstance(stmt, Relation) and stmt.ops == ("=",):
        return Answer("equation", sp.Add(stmt.parts[0], -stmt.parts[1]))
    raise ParseError("不支持的答案形式 / unsupported answer form")


def _is_equation(stmt) -> bool:
    return isinstance(stmt, Relation) and stmt.ops == ("=",) and not isinstance(stmt.parts[0], sp.Symbol)


def _assignments(stmt) -> Answer | None:
    """`x = 2 或 x = 3` -> values; `x = 3, y = 2` -> point (3, 2); `x_1 = 2, x_2 = 3` -> values."""
    items = stmt.items if isinstance(stmt, AnyOf | AllOf) else (stmt,)
    pairs = []
    for item in items:
        if not (isinstance(item, Relation) and item.ops == ("=",) and isinstance(item.parts[0], sp.Symbol)
                and not free_symbols(Bare(item.parts[1]))):
            return None
        pairs.append((item.parts[0], item.parts[1]))
    names = {v.name for v, _ in pairs}
    if isinstance(stmt, AllOf) and len(names) == len(pairs) and not _labelled_roots(names):
        ordered = sorted(pairs, key=lambda p: p[0].name)
        return Answer("point", sp.Tuple(*[v for _, v in ordered]))
    base = {n.split("_")[0] for n in names}
    if len(base) == 1:
        return Answer("values", sp.FiniteSet(*[v for _, v in pairs]), sp.Symbol(base.pop(), real=True))
    return None


def _labelled_roots(names: set[str]) -> bool:
    bases = {n.split("_")[0] for n in names}
    return len(bases) == 1 and all("_" in n for n in names)


def compare(ref: Answer, pred: Answer) -> Grade:
    """Exact comparison of two typed answers."""
    if ref.kind == "expr" and pred.kind == "expr":
        return _numbers(ref.value, pred.value, pred.decimal)
    if ref.kind in ("values", "set") or pred.kind in ("values", "set"):
        if ref.var is not None and pred.var is not None and ref.var != pred.var:
            return Grade(False, f"变量不同 / different variables ({ref.var} vs {pred.var})")
        left, right = _as_set(ref), _as_set(pred)
        if left is None or right is None:
            return Grade(False, "答案类型不同 / different kinds of answer")
        return _sets_equal(left, right)
    if ref.kind in ("point", "pair") and pred.kind in ("point", "pair"):
        if len(ref.value) != len(pred.value):
            return Grade(False, "坐标个数不同 / different number of coordinates")
        for a, b in zip(ref.value, pred.value, strict=True):
            if not is_zero(sp.Add(a, -b)):
                return Grade(False, f"坐标不对 / coordinate {b} should be {a}")
        return Grade(True, "同一点 / same point")
    if ref.kind == "equation" and pred.kind == "equation":
        return _equations(ref.value, pred.value)
    return Grade(False, f"答案类型不同 / different kinds of answer ({ref.kind} vs {pred.kind})")


def _numbers(ref, pred, written_as_decimal: bool) -> Grade:
    if is_zero(sp.Add(ref, -pred)):
        return Grade(True, "精确相等 / equal exactly")
    places = decimal_places(pred) if written_as_decimal and not pred.is_Integer else None
    if places is not None and decimal_places(ref) is None and not ref.is_Rational:
        left, right = real_value(ref), real_value(pred)
        digits = len(re.sub(r"^0\.0*", "", sp.sstr(sp.Float(pred, 30)).rstrip("0")).replace(".", ""))
        if left is not None and right is not None and digits >= 4 and abs(left - right) <= 0.5 * 10**-places:
            return Grade(True, f"小数近似（{places} 位） / decimal approximation to {places} places")
    return Grade(False, "不相等 / not equal")


def _as_set(answer: Answer):
    if answer.kind in ("values", "set"):
        return answer.value
    if answer.kind == "pair":
        return sp.Interval.open(*answer.value)
    if answer.kind == "expr":
        return sp.FiniteSet(answer.value)
    return None


def _sets_equal(left, right) -> Grade:
    try:
        if sp.Complement(left, right) == sp.S.EmptySet and sp.Complement(right, left) == sp.S.EmptySet:
            return Grade(True, "集合相同 / same set")
    except (TypeError, ValueError):
        pass
    return Grade(False, "集合不同 / different sets")


def _equations(ref, pred) -> Grade:
    """Two equations describe the same curve when one is a nonzero constant multiple of the other."""
    if ref.free_symbols != pred.free_symbols or pred == 0:
        return Grade(False, "方程不同 / different equations")
    ratio = sp.cancel(sp.together(ref / pred))
    if not ratio.free_symbols and ratio != 0 and ratio.is_finite:
        return Grade(True, "方程等价 / equivalent equations")
    return Grade(False, "方程不同 / different equations")


def _fallback(reference: str, prediction: str) -> Grade:
    """math-verify for forms our reader does not cover (LaTeX extraction only; never its eval path)."""
    try:
        import logging

        from math_verify import LatexExtractionConfig, parse, verify

        logging.getLogger("math_verify").setLevel(logging.ERROR)  # we bound time ourselves (worker process)

        config = [LatexExtractionConfig()]
        gold = parse(f"${reference}$", extraction_config=config, parsing_timeout=None)
        target = parse(f"${prediction}$", extraction_config=config, parsing_timeout=None)
        if gold and target and verify(gold, target, timeout_seconds=None):
            return Grade(True, "相等（math-verify） / equal (math-verify)")
    except Exception as exc:  # noqa: BLE001 - a library failure means "not shown correct"
        return Grade(False, f"无法解析答案 / could not read the answer: {type(exc).__name__}")
    return Grade(False, "无法判定相等 / could not show the answers equal")
