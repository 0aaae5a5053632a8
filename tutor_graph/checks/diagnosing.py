"""Saying what is wrong with a student's answer in terms of that answer; runs in the worker.

`diagnose(reference, said, claim, problem)` returns plain data the tutor turns into words:
    misconception  "sign" | "lost_root" | "extra_root" | "domain" | "empty_set" | "endpoint" | None
    substitutions  [{"var", "value", "lhs", "rhs", "relation", "holds"}] the student's values put into the
                   step's equation or inequality (the claim's premise): 把 x=1 代入，左边 = 2，不等于 0
    sample         {"var", "value", "yours", "given"} a point where the student's expression differs from
                   the step's (for identities: 取 x=2，原式 = …，你的式子 = …); "given" is None when showing it
                   would give the value away
Nothing here reveals the reference: values of the reference never appear in the output.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp  # type: ignore[import-untyped]

from tutor_graph.checks.answer_kinds import Answer, read_answer
from tutor_graph.checks.answers import extract_answer
from tutor_graph.checks.claim_sides import echo_of, premise
from tutor_graph.checks.parsing import freeze, parse_statement
from tutor_graph.checks.statements import Relation, map_exprs

_DOMAIN_WORDS = re.compile(r"ln|log|sqrt|\\sqrt|√|定义域|分母|\\frac|/")
_EMPTY_WORDS = re.compile(r"⊆|\\subseteq|子集|∩|\\cap|空集|\\varnothing|∅")
_OPS = {"=": sp.Eq, "<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge}
_PROBES = (sp.Integer(2), sp.Integer(-1), sp.Integer(3), sp.Rational(1, 2), sp.Integer(5))


def _values(answer: Answer) -> Any:
    """The answer as a finite set of values, or None."""
    value: Any = answer.value
    if answer.kind == "values":
        return answer.value
    if answer.kind == "expr" and not value.free_symbols:
        return sp.FiniteSet(value)
    if answer.kind == "set" and isinstance(value, sp.FiniteSet):
        return value
    return None


def _misconception(ref: Answer, got: Answer, context: str) -> str | None:
    """The likely misconception behind `got` where the kind of answer knows one."""
    r, g = _values(ref), _values(got)
    if r is not None and g is not None:
        if len(g) and sp.FiniteSet(*[-v for v in r]) == g or (len(r) == len(g) == 1 and
                                                                 sp.simplify(next(iter(g)) + next(iter(r))) == 0):
            return "sign"
        if g and g.is_proper_subset(r):
            return "lost_root"
        if r.is_proper_subset(g):
            return "domain" if _DOMAIN_WORDS.search(context) else "extra_root"
        return None
    if ref.kind in ("set", "range") and got.kind in ("set", "range"):
        rs, gs = ref.value, got.value
        if not isinstance(rs, sp.Set) or not isinstance(gs, sp.Set):
            return None
        if rs.closure == gs.closure:
            return "endpoint"
        if sp.Union(rs, gs) == sp.S.Reals and sp.Intersection(rs, gs).measure == 0:
            return "sign"  # the inequality turned round
        if gs.is_subset(rs):
            return "empty_set" if _EMPTY_WORDS.search(context) else "lost_root"
        if rs.is_subset(gs):
            return "domain" if _DOMAIN_WORDS.search(context) else "extra_root"
    ref_value: Any = ref.value
    got_value: Any = got.value
    if ref.kind == "expr" and got.kind == "expr" and ref_value.free_symbols:
        if sp.simplify(ref_value + got_value) == 0:
            return "sign"
    return None


def _substitute(relation: Relation, var: sp.Symbol, values: list[sp.Expr], written: str) -> list[dict[str, Any]]:
    """Put each value into the relation; report both sides and whether it holds. The relation is quoted as
    `written` (the claim's own text): SymPy's rewriting of an inequality could be its solution set in disguise."""
    out: list[dict[str, Any]] = []
    lhs, rhs = relation.parts[0], relation.parts[-1]
    op = relation.ops[0]
    for value in values[:3]:
        try:
            left, right = sp.nsimplify(sp.simplify(lhs.subs(var, value))), sp.simplify(rhs.subs(var, value))
        except Exception:  # noqa: BLE001 - a value SymPy cannot put in is simply not reported
            continue
        if not (left.is_number and right.is_number):
            continue
        base = {"var": sp.latex(var), "value": sp.latex(value), "relation": op, "equation": written}
        if left.is_real is not True or right.is_real is not True or left.has(sp.zoo, sp.nan) or right.has(sp.zoo, sp.nan):
            out.append({**base, "lhs": "", "rhs": "", "holds": False, "undefined": True})
            continue
        try:
            holds = bool(_OPS[op](left, right)) if op in _OPS else None
        except TypeError:
            holds = None
        out.append({**base, "lhs": sp.latex(left), "rhs": sp.latex(right), "holds": holds, "undefined": False})
    return out


def _sample_point(got_set: sp.Set, ref_set: sp.Set) -> sp.Expr | None:
    """A simple point in the student's set that is not in the reference (a value they wrongly included)."""
    wrong = sp.Complement(got_set, ref_set)
    for probe in (sp.Integer(0), *_PROBES, sp.Integer(-2), sp.Integer(10), sp.Integer(-10)):
        if wrong.contains(probe) is sp.true:
            return probe
    return None


def _premise_relation(claim: str) -> Relation | None:
    text = premise(claim)
    if not text:
        return None
    stmt = map_exprs(parse_statement(text), freeze)
    if isinstance(stmt, Relation) and len(stmt.ops) == 1 and len(stmt.parts) == 2:
        return stmt
    return None


def diagnose(reference: str, said: str, claim: str, problem: str = "") -> dict[str, Any]:
    """What is wrong with `said` (the reference's values are never part of the output)."""
    out: dict[str, Any] = {"misconception": None, "substitutions": [], "sample": None, "readable": True}
    try:
        got = read_answer(extract_answer(said))
    except Exception:  # noqa: BLE001 - unreadable input gets a clear message from the tutor, not a traceback
        out["readable"] = False
        return out
    try:
        ref = read_answer(extract_answer(reference))
        out["misconception"] = _misconception(ref, got, f"{claim} {problem}")
    except Exception:  # noqa: BLE001 - a reference our reader cannot take: no misconception named
        ref = None
    try:
        relation = _premise_relation(claim)
    except Exception:  # noqa: BLE001
        relation = None
    if relation is not None:
        names = relation.parts[0].free_symbols | relation.parts[1].free_symbols
        if len(names) == 1:
            var = next(iter(names))
            values = _values(got)
            if values is not None:
                out["substitutions"] = _substitute(relation, var, sorted(values, key=sp.default_sort_key),
                                                   premise(claim))
            elif got.kind == "set" and ref is not None and ref.kind == "set":
                point = _sample_point(got.value, ref.value)
                if point is not None:
                    out["substitutions"] = _substitute(relation, var, [point], premise(claim))
    if not out["substitutions"] and got.kind == "expr" and ref is not None and ref.kind == "expr":
        out["sample"] = _differing_point(ref.value, got.value, echo_of(claim) and claim.split("=")[0])
    return out


def _differing_point(ref: sp.Expr, got: sp.Expr, given_text: str | None) -> dict[str, Any] | None:
    """A simple point where the student's expression and the step's differ (None if one variable is not shared)."""
    names = ref.free_symbols | got.free_symbols
    if len(names) != 1 or not ref.free_symbols:  # a number: its value at a point would be the answer
        return None
    var = next(iter(names))
    given = None
    if given_text:
        try:
            stmt = map_exprs(parse_statement(given_text), freeze)
            given = getattr(stmt, "expr", None)
        except Exception:  # noqa: BLE001
            given = None
    for probe in _PROBES:
        a, b = sp.simplify(ref.subs(var, probe)), sp.simplify(got.subs(var, probe))
        if a.is_number and b.is_number and sp.simplify(a - b) != 0:
            shown = sp.simplify(given.subs(var, probe)) if isinstance(given, sp.Expr) else None
            return {"var": sp.latex(var), "value": sp.latex(probe), "yours": sp.latex(b),
                    "given": sp.latex(shown) if shown is not None and shown.is_number else None}
    return None
