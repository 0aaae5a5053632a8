"""Answer grading: `grade` (bounded, in the caller) and the comparison that runs in the worker.

An answer is read into one of a few kinds (`answer_kinds.read_answer`: a value, possibly labelled
`a_n = …`; a set of values; a set or interval; a point; an equation; equations joined by 或; the range
of an expression) and compared exactly with SymPy. Gaokao normalisations (choice letters in any order,
`x=2 或 x=3` vs `{2, 3}`, inequalities vs intervals, units and measure words, degrees vs radians,
`a_n = 2n-1` vs `2n-1`) are applied first; math-verify is consulted only when our reader cannot parse a
side. Every rule is one-sided: it can make a right answer pass, never a wrong one.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks.answer_kinds import Answer, read_answer
from tutor_graph.checks.answers import choice_letters, extract_answer, split_unit
from tutor_graph.checks.calls import grade  # noqa: F401 - re-exported: the bounded call
from tutor_graph.checks.parsing import ParseError, parse_expression
from tutor_graph.checks.solving import Undecided
from tutor_graph.checks.truth import decimal_places, is_zero, real_value
from tutor_graph.checks.verdict import Grade


def grade_inline(reference: str, prediction: str, subject: str | None = None) -> dict:
    """Grade in this process (no time bound: the worker calls this)."""
    return judge(extract_answer(reference), extract_answer(prediction), subject).to_dict()


def judge(reference: str, prediction: str, subject: str | None = None) -> Grade:
    """Compare two extracted answers (`subject`: the expression whose range is asked, if any)."""
    if _squash(reference) == _squash(prediction):
        return Grade(True, "完全相同 / identical")
    letters = choice_letters(reference)
    if letters is not None:
        given = choice_letters(prediction)
        if given == letters:
            return Grade(True, "选项相同 / same choice letters")
        return Grade(False, f"应选 {''.join(sorted(letters))} / expected choice {''.join(sorted(letters))}")
    ref_label, reference = stat_label(reference)
    pred_label, prediction = stat_label(prediction)
    if ref_label and pred_label and ref_label != pred_label:
        return Grade(False, f"所求对象不同 / answers name different things ({ref_label} vs {pred_label})")
    ref_text, ref_unit = split_unit(reference)
    pred_text, pred_unit = split_unit(prediction)
    if ref_unit and pred_unit and ref_unit != pred_unit:
        return Grade(False, f"单位不同 / units differ ({ref_unit} vs {pred_unit})")
    if ref_unit == "度" or re.search(r"(?:°|\\circ)\s*\}?\s*$", ref_text):
        if _squash(_strip_degree(ref_text)) == _squash(pred_text):
            return Grade(True, "角度相同（省略度数符号） / same angle, degree sign omitted")
    try:
        ref, pred = read_answer(ref_text), read_answer(pred_text)
        if subject:
            about = parse_expression(subject)
            ref, pred = _about(ref, about), _about(pred, about)
    except (ParseError, Undecided):
        return _fallback(reference, prediction)
    return compare(ref, pred)


_STAT_LABEL = re.compile(r"^\s*((?:E|D|P|Var|V)\s*\(\s*[^()=]*(?:=\s*[^()=]+)?\))\s*=\s*(?=\S)")


def stat_label(text: str) -> tuple[str, str]:
    """A statistics label taken off an answer: `D(X)=21/10` → ("D(X)", "21/10"), as a reader sees it.

    Expectation, variance and probability (`E(X)`, `D(X)`, `Var(X)`, `P(A)`, `P(X=2)`) name the value, like
    `f(2)` does; the parser would read `D(X)` as a product D·X, so the label is taken off first.

    >>> stat_label("D(X)=21/10"), stat_label("P(X=2) = 0.3"), stat_label("x=2")
    (('D(X)', '21/10'), ('P(X=2)', '0.3'), ('', 'x=2'))
    >>> stat_label("$D(X)=2.1$"), stat_label("E(X)=3, D(X)=2.1")
    (('D(X)', '2.1'), ('', 'E(X)=3, D(X)=2.1'))
    """
    bare = text.strip()
    if bare.startswith("$") and bare.endswith("$") and bare.count("$") == 2:  # one formula in dollars
        bare = bare[1:-1]
    m = _STAT_LABEL.match(bare)
    if not m or "=" in bare[m.end():]:  # several labelled values ("E(X)=3, D(X)=2.1") are compared whole
        return "", text
    return re.sub(r"\s+", "", m.group(1)), bare[m.end():].strip()


def _squash(text: str) -> str:
    return re.sub(r"\s+|\$|\\[,;!: ]|\\left|\\right", "", text).replace("\\dfrac", "\\frac")


def _strip_degree(text: str) -> str:
    return re.sub(r"\^?\s*\{?\s*(?:\\circ|°)\s*\}?\s*$", "", text).strip()


def compare(ref: Answer, pred: Answer) -> Grade:
    """Exact comparison of two typed answers."""
    if ref.label is not None or pred.label is not None:
        return _labelled(ref, pred)
    if ref.kind == "expr" and pred.kind == "expr":
        return _numbers(ref.value, pred.value, pred.decimal)
    if ref.kind == "range" or pred.kind == "range":
        return _ranges(ref, pred)
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
    if ref.kind == pred.kind and ref.kind in ("equations-or", "equations-and"):
        return _equation_lists(ref.value, pred.value)
    return Grade(False, f"答案类型不同 / different kinds of answer ({ref.kind} vs {pred.kind})")


def _labelled(ref: Answer, pred: Answer) -> Grade:
    """`a_n = 2n-1` vs `2n-1` (either way round): the label names the value, so the values are compared.
    Two labels must be the same name; against an equation the labelled answer is an equation again."""
    if ref.kind == "equation" or pred.kind == "equation":
        left, right = ref.as_equation(), pred.as_equation()
        if left is None or right is None:
            return Grade(False, f"答案类型不同 / different kinds of answer ({ref.kind} vs {pred.kind})")
        return _equations(left, right)
    if ref.kind != "expr" or pred.kind != "expr":
        return Grade(False, f"答案类型不同 / different kinds of answer ({ref.kind} vs {pred.kind})")
    if ref.label is not None and pred.label is not None and ref.label != pred.label:
        return Grade(False, f"所求对象不同 / answers name different things ({ref.label} vs {pred.label})")
    result = _numbers(ref.value, pred.value, pred.decimal)
    if result.correct:
        name = ref.label if ref.label is not None else pred.label
        return Grade(True, f"{name} 的值相同 / same value of {name}: {result.reason}")
    return result


def _about(answer: Answer, subject) -> Answer:
    """With the question's subject known (`2a-b`), a bare range `(-2, 4)` is read as the subject's range."""
    if answer.kind == "range":
        return answer
    if answer.var is not None and answer.var != subject:
        return answer  # `-2 < x < 4` is about x, not about the subject
    region = _as_set(answer)
    return Answer("range", region, subject=subject) if region is not None else answer


def _ranges(ref: Answer, pred: Answer) -> Grade:
    """The range of an expression: the reference must name the expression (`2a-b ∈ (-2, 4)`, or the
    grader is told it); a prediction naming another expression, or a range written on an expression
    against a bare interval (which expression was meant is unknown), is not accepted."""
    if ref.kind != "range":
        return Grade(False, "无法确认所求的是该式的范围 / the reference does not say which expression's range "
                            f"is asked for ({pred.subject} given)")
    if pred.kind == "range":
        if ref.subject is None or pred.subject is None or not is_zero(sp.Add(ref.subject, -pred.subject)):
            return Grade(False, f"所求式子不同 / a different expression ({pred.subject} vs {ref.subject})")
        return _sets_equal(ref.value, pred.value)
    if pred.var is not None:
        return Grade(False, f"变量不同 / different variables ({ref.subject} vs {pred.var})")
    region = _as_set(pred)
    if region is None:
        return Grade(False, f"答案类型不同 / different kinds of answer (range vs {pred.kind})")
    return _sets_equal(ref.value, region)


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


def _equation_lists(ref: tuple, pred: tuple) -> Grade:
    """`y = 4x-4 或 y = 0` vs `y = 0 或 y = 4x-4`: every equation of each side is equivalent to one of
    the other's (in any order; the connectives 或 / 且 were already required to agree)."""
    for mine, theirs, missing in ((ref, pred, "缺少 / missing"), (pred, ref, "多出 / extra")):
        for eq in mine:
            if not any(_equations(eq, other).correct for other in theirs):
                return Grade(False, f"方程不同 / different equations: {missing} {sp.sstr(eq)} = 0")
    return Grade(True, "方程组相同（顺序无关） / the same equations, in any order")


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
