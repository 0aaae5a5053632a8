"""Other ways to write an answer, right and wrong, for simulated students; runs in the worker.

`rewrite(answer)` returns {"kind", "equivalent": [texts that grade equal, in other forms],
"wrong": [{"text", "misconception"}]} where each wrong text is a planted misconception of the answer's
kind (sign slip, lost root, extra root, endpoint). Used by `python -m evaluation tutor`; every
equivalent form is confirmed by the grader before it is returned, every wrong one confirmed unequal.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp  # type: ignore[import-untyped]

from tutor_graph.checks.answer_kinds import Answer, read_answer
from tutor_graph.checks.answers import extract_answer
from tutor_graph.checks.grading import judge


def text_of(value: sp.Basic) -> str:
    """Plain typed form of a value (what a student types), e.g. `3/5`, `x^2 - 1`, `(1, 5]`."""
    if isinstance(value, sp.Interval):
        lo = "-\\infty" if value.start == -sp.oo else text_of(value.start)
        hi = "+\\infty" if value.end == sp.oo else text_of(value.end)
        return f"{'(' if value.left_open else '['}{lo}, {hi}{')' if value.right_open else ']'}"
    if isinstance(value, sp.Union):  # a finite piece inside a union is written \{…\} (braces alone group)
        return " \\cup ".join(text_of(a).replace("{", "\\{").replace("}", "\\}") if isinstance(a, sp.FiniteSet)
                                else text_of(a) for a in value.args)
    if isinstance(value, sp.FiniteSet):
        return "{" + ", ".join(text_of(a) for a in sorted(value, key=sp.default_sort_key)) + "}"
    return sp.sstr(value).replace("**", "^").replace("*I", "*i").replace("I*", "i*").replace("I", "i")


def _numbers(value: sp.Expr) -> list[str]:
    out = []
    if value.is_Rational and not value.is_Integer:
        p, q = value.p, value.q
        out.append(f"{2 * p}/{2 * q}")
        if all(f in (2, 5) for f in sp.factorint(q)):
            out.append(str(float(value)))
    elif value.is_Integer:
        out.append(f"{2 * int(value)}/2")
    else:
        out.append(text_of(value))
    return out


def _equivalents(answer: Answer) -> list[str]:
    value: Any = answer.value
    if answer.kind == "expr":
        forms = _numbers(value) if not value.free_symbols else [text_of(sp.expand(value)), text_of(sp.factor(value))]
        if answer.label is not None:
            forms.append(f"{text_of(answer.label)} = {forms[0]}")
        return forms
    if answer.kind == "values":
        items = sorted(value, key=sp.default_sort_key, reverse=True)
        name = text_of(answer.var) if answer.var is not None else "x"
        return [", ".join(text_of(v) for v in items), "{" + ", ".join(text_of(v) for v in items) + "}",
                " 或 ".join(f"{name}={text_of(v)}" for v in items)]
    if answer.kind == "set" and isinstance(value, sp.Set):
        forms = [text_of(value)]
        if answer.var is not None and isinstance(value, sp.Interval) and value.start != -sp.oo and value.end != sp.oo:
            left, right = ("<" if value.left_open else "<="), ("<" if value.right_open else "<=")
            forms.append(f"{text_of(value.start)} {left} {text_of(answer.var)} {right} {text_of(value.end)}")
        return forms
    if answer.kind in ("point", "pair"):
        return ["(" + ", ".join(text_of(v) for v in value) + ")"]
    return []


def _wrongs(answer: Answer) -> list[dict[str, str]]:
    value: Any = answer.value
    out: list[dict[str, str]] = []
    if answer.kind == "expr":
        if value != 0:
            out.append({"text": text_of(-value), "misconception": "sign"})
        out.append({"text": text_of(value + 1), "misconception": "arithmetic"})
    elif answer.kind == "values":
        items = sorted(value, key=sp.default_sort_key)
        if len(items) > 1:
            out.append({"text": ", ".join(text_of(v) for v in items[1:]), "misconception": "lost_root"})
        extra = max((v for v in items if v.is_real), default=sp.Integer(0)) + 7
        out.append({"text": ", ".join(text_of(v) for v in [*items, extra]), "misconception": "extra_root"})
        if any(v != 0 for v in items):
            out.append({"text": ", ".join(text_of(-v) for v in items), "misconception": "sign"})
    elif answer.kind == "set" and isinstance(value, sp.Set) and value not in (sp.S.Reals, sp.S.EmptySet):
        complement = sp.Complement(sp.S.Reals, value)
        if complement != sp.S.EmptySet:
            out.append({"text": text_of(complement), "misconception": "sign"})
        if isinstance(value, sp.Interval) and value.closure != value.interior:
            toggled = value.closure if value != value.closure else value.interior
            if toggled != value:
                out.append({"text": text_of(toggled), "misconception": "endpoint"})
        if isinstance(value, sp.Interval) and value.end != sp.oo:
            out.append({"text": text_of(sp.Interval(value.start, value.end + 1, value.left_open, value.right_open)),
                        "misconception": "extra_root"})
    elif answer.kind in ("point", "pair") and len(value) >= 2:
        swapped = sp.Tuple(value[1], value[0], *value[2:])
        if swapped != value:
            out.append({"text": "(" + ", ".join(text_of(v) for v in swapped) + ")", "misconception": "order"})
        out.append({"text": "(" + ", ".join(text_of(-v) for v in value) + ")", "misconception": "sign"})
    return out


def rewrite(answer: str) -> dict[str, Any]:
    """Equivalent and planted wrong forms of `answer`, each confirmed by the grader."""
    reference = extract_answer(answer)
    letters = re.fullmatch(r"\s*([A-D]{1,4})\s*", reference)
    if letters:  # a choice: another letter is the wrong answer
        other = next(c for c in "ABCD" if c not in letters.group(1))
        return {"kind": "choice", "equivalent": [f"选 {letters.group(1)}"], "wrong": [{"text": other, "misconception": "choice"}]}
    try:
        parsed = read_answer(reference)
    except Exception:  # noqa: BLE001 - an answer our reader cannot take has no rewrites
        return {"kind": None, "equivalent": [], "wrong": []}
    equivalent = [t for t in _equivalents(parsed) if _grades(reference, t) is True]
    wrong = [w for w in _wrongs(parsed) if _grades(reference, w["text"]) is False]
    return {"kind": parsed.kind, "equivalent": equivalent, "wrong": wrong}


def _grades(reference: str, text: str) -> bool | None:
    try:
        return judge(reference, text).correct
    except Exception:  # noqa: BLE001
        return None


def rewrite_step(answer: str, claim: str) -> dict[str, Any]:
    """`rewrite` of a step's first target (see answering.targets); with no claim, of `answer` itself."""
    from tutor_graph.checks.answering import echo_of, squash, targets

    found = targets(answer, claim) if claim.strip() else [answer]
    if not found:
        return {"target": None, "kind": None, "equivalent": [], "wrong": []}
    out = rewrite(found[0])
    echo = echo_of(claim)  # the given side typed back is not an answer (x^2-5x+6 when factoring it)
    out["equivalent"] = [e for e in out["equivalent"] if not echo or squash(e) != echo]
    return {"target": found[0], **out}
