"""Deciding single relations: exact zero tests, exact number comparison, counterexample search.

Rules that keep "verified" honest:
- equality is verified only when the difference simplifies exactly to 0 (or, for algebraic numbers,
  its minimal polynomial is t), never because numbers agree to many digits;
- a counterexample is reported only after an exact re-check at that point (rational sample points,
  SymPy's rigorous `evalf` on the exact difference);
- approximate claims (`≈`, or `=` against a terminating decimal) are decided to the stated precision.
"""

from __future__ import annotations

import itertools
import random

import sympy as sp
from sympy.polys.polyerrors import BasePolynomialError

_T = sp.Symbol("t")
_SAMPLE_VALUES = [sp.Rational(v) for v in ("1/3", "2", "-1/2", "3", "-2", "5/7", "1", "-3", "7/2", "0",
                                            "11/5", "-7/3", "13", "1/10", "-1")]
_INTEGER_VALUES = [sp.Integer(v) for v in (2, 1, 3, 0, -1, 4, 5, -2, 6, 7, -3, 8, 9, 10, 11, 12)]
_EPS = sp.Rational(1, 10**20)


def is_zero(expr, cheap: bool = False) -> bool | None:
    """Whether `expr` is exactly 0: True (proven), False (proven nonzero), None (undecided).

    `cheap` stops after the fast rational-function normal forms (expand, cancel), before the
    trigonometric and general simplifiers that can take seconds on a false identity.
    """
    if expr == 0:
        return True
    expr = evaluate(expr)
    if expr == 0:
        return True
    if not expr.free_symbols:  # a nonzero constant is cheap to recognise: evalf is rigorous here
        value = numeric(expr)
        if value is not None and abs(value) > 1e-20:
            return False
    transforms = (sp.expand, sp.cancel, _powers) if cheap else (sp.expand, sp.cancel, _powers, sp.together,
                                                                 _sin_cos, _expanded_trig, _trig, sp.simplify)
    for transform in transforms:
        try:
            reduced = transform(expr)
        except (TypeError, ValueError, NotImplementedError, sp.PolynomialError):
            continue
        if reduced == 0:
            return True
    if not expr.free_symbols and not cheap:
        if expr.is_algebraic is not False and _minpoly_is_t(expr):
            return True
    return None


def _powers(expr):
    """Powers of one base with symbolic exponents combined (`x^{6-k} x^{-k} = x^{6-2k}`): exact where defined."""
    if not any(not p.exp.is_number for p in expr.atoms(sp.Pow)):
        return expr
    return sp.cancel(sp.powsimp(sp.expand(expr)))


def _sin_cos(expr):
    """tan, cot, sec, csc as quotients of sin and cos, then one rational normal form (fast, often enough)."""
    if not expr.has(sp.tan, sp.cot, sp.sec, sp.csc):
        return expr
    rewritten = expr.replace(sp.tan, lambda u: sp.sin(u) / sp.cos(u)).replace(sp.cot, lambda u: sp.cos(u) / sp.sin(u))
    rewritten = rewritten.replace(sp.sec, lambda u: 1 / sp.cos(u)).replace(sp.csc, lambda u: 1 / sp.sin(u))
    return sp.cancel(sp.together(rewritten))


def _expanded_trig(expr):
    """Angle-sum and double-angle formulas expanded, then sin² written as 1 - cos²: a polynomial in sin
    and cos of the base angles that is 0 for most textbook identities, without the slow simplifiers."""
    if not expr.has(sp.sin, sp.cos):
        return expr
    expanded = sp.expand(sp.expand_trig(expr))
    squares = {p: (1 - sp.cos(p.base.args[0]) ** 2) ** (p.exp // 2)
               for p in expanded.atoms(sp.Pow)
               if isinstance(p.base, sp.sin) and p.exp.is_Integer and p.exp > 0 and p.exp % 2 == 0}
    return sp.cancel(sp.expand(expanded.xreplace(squares))) if squares else sp.cancel(expanded)


def _trig(expr):
    if not expr.has(sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc):
        return expr
    return sp.simplify(sp.expand_trig(expr))


def _minpoly_is_t(expr) -> bool:
    try:
        return sp.minimal_polynomial(expr, _T) == _T
    except (NotImplementedError, ValueError, TypeError, ZeroDivisionError, BasePolynomialError):
        return False  # NotAlgebraic (tan(1/3)) and friends: no proof this way


def evaluate(expr):
    """`expr.doit()` (integrals, limits, sums), or `expr` unchanged where SymPy cannot."""
    try:
        return expr.doit() if isinstance(expr, sp.Basic) else expr
    except (NotImplementedError, ValueError, TypeError):
        return expr


def numeric(expr, digits: int = 40) -> complex | None:
    """A constant's value to `digits` digits as a Python complex, or None if it is not a finite number."""
    try:
        value = sp.N(expr, digits)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if value.has(sp.zoo, sp.nan, sp.oo, -sp.oo) or value.free_symbols or not value.is_number:
        return None
    try:
        return complex(value)
    except (TypeError, ValueError):
        return None


def real_value(expr) -> float | None:
    """The value of a constant if it is a finite real number (imaginary part below 1e-25)."""
    value = numeric(expr)
    if value is None or abs(value.imag) > 1e-25 * max(1.0, abs(value.real)):
        return None
    return value.real


def compare_constants(lhs, op: str, rhs) -> bool | None:
    """Decide `lhs op rhs` for two constants exactly (approximations handled by `approximately`)."""
    if lhs in (sp.oo, -sp.oo) or rhs in (sp.oo, -sp.oo):  # `lim … = +∞`: compare in the extended reals
        return _compare_extended(evaluate(lhs), op, evaluate(rhs))
    if op in ("=", "!="):
        zero = is_zero(sp.Add(lhs, -rhs))
        return None if zero is None else (zero if op == "=" else not zero)
    left, right = real_value(lhs), real_value(rhs)
    if left is None or right is None:
        return None
    if abs(left - right) > 1e-25 * max(1.0, abs(left), abs(right)):  # clear of rounding at 40 digits
        return {"<": left < right, "<=": left < right, ">": left > right, ">=": left > right}[op]
    zero = is_zero(sp.Add(lhs, -rhs))
    if zero:
        return op in ("<=", ">=")
    return None


def _compare_extended(lhs, op: str, rhs) -> bool | None:
    """`lhs op rhs` where a side is +∞ or −∞ and the other is ±∞ or a finite real (else undecided)."""
    def rank(v):
        if v == sp.oo:
            return 1
        if v == -sp.oo:
            return -1
        return 0 if getattr(v, "is_extended_real", None) and v.is_finite else None

    left, right = rank(lhs), rank(rhs)
    if left is None or right is None:
        return None  # ∞ against complex infinity, nan or a symbol: not a comparison of real values
    if left == right == 0:
        return None
    return {"=": left == right, "!=": left != right, "<": left < right, "<=": left <= right,
            ">": left > right, ">=": left >= right}.get(op)


def decimal_places(value) -> int | None:
    """Places of a terminating decimal (1.414 -> 3), or None if `value` is not one."""
    if not isinstance(value, sp.Rational) or value.is_Integer:
        return None
    q = int(value.q)
    for places in range(1, 16):
        if 10**places % q == 0:
            return places
    return None


def approximately(lhs, rhs, explicit: bool, decimals: frozenset = frozenset()) -> tuple[bool | None, str]:
    """Decide `lhs ≈ rhs` to the precision the decimal side states (half a unit in its last place).

    With `=` (not `explicit`) only a side written as a decimal (a member of `decimals`) counts. With `≈`
    a side written as a decimal states the precision (`0.4^3 ≈ 0.06` is to 2 places, though 0.4^3 = 0.064
    has 3; two written decimals, the coarser); otherwise the finest terminating decimal among the values.
    """
    written = tuple(v for v in (lhs, rhs) if v in decimals)
    if explicit and written:
        places = min((p for p in (decimal_places(v) for v in written) if p is not None), default=None)
    else:
        sides = (lhs, rhs) if explicit else written
        places = max((p for p in (decimal_places(v) for v in sides) if p is not None), default=None)
    left, right = real_value(lhs), real_value(rhs)
    if left is None or right is None:
        return None, "不是实数 / not real numbers"
    if places is None or (not explicit and places < 2):  # `= 1.4` is too coarse to read as "≈ √2"
        if not explicit:
            return None, ""
        tolerance = 1e-3 * max(1.0, abs(left), abs(right))
        label = "relative 0.1%"
    else:
        tolerance = 0.5 * 10**-places
        label = f"{tolerance:g}"
    return abs(left - right) <= tolerance * (1 + 1e-12), label


def show(value) -> str:
    """A short readable form of a value (exact if short, else 6 significant digits)."""
    text = sp.sstr(value)
    real = real_value(value) if isinstance(value, sp.Expr) and value.is_number else None
    if isinstance(value, sp.Rational) or real is None:
        return text if len(text) <= 24 else text[:24] + "…"
    if len(text) <= 24:
        return f"{text} ≈ {real:.6g}"  # tan(1/3) ≈ 0.346254: readable next to the other side
    return f"{real:.6g}"


def sample_points(variables, count: int = 12, seed: int = 7, integer: bool = False):
    """Deterministic sample points: small rationals first, then random; positive integers if `integer`.

    A symbol declared an integer (`k ∈ Z` in the context) always gets integers (0 and negatives too),
    so no point is a value the symbol cannot take.
    """
    variables = sorted(variables, key=lambda s: s.name)
    rng = random.Random(seed)
    pools = [_pool(v, integer) for v in variables]
    if len(variables) == 1:
        return [{variables[0]: v} for v in pools[0][:count]]
    points = []
    for combo in itertools.islice(itertools.product(*[p[:5] for p in pools]), count // 2):
        points.append(dict(zip(variables, combo, strict=True)))
    while len(points) < count:
        points.append({v: _random_value(v, integer, rng) for v in variables})
    return points


def _pool(var, integer: bool) -> list:
    if integer:
        return [sp.Integer(v) for v in range(1, 13)]
    if var.is_integer:
        return list(_INTEGER_VALUES)
    return list(_SAMPLE_VALUES)


def _random_value(var, integer: bool, rng: random.Random):
    if integer:
        return sp.Integer(rng.randint(1, 12))
    if var.is_integer:
        return sp.Integer(rng.randint(-12, 12))
    return sp.Rational(rng.randint(-40, 40), rng.randint(1, 9))


def value_at(expr, point: dict):
    """`expr` at `point`, exactly; None where it is undefined or not real there."""
    try:
        value = evaluate(expr.xreplace(point)) if isinstance(expr, sp.Basic) else expr
    except (ZeroDivisionError, ValueError, TypeError):
        return None
    if not isinstance(value, sp.Expr) or value.has(sp.zoo, sp.nan) or value.free_symbols:
        return None
    return value if real_value(value) is not None else None


def describe_point(point: dict) -> str:
    return ", ".join(f"{sp.sstr(k)} = {sp.sstr(v)}" for k, v in sorted(point.items(), key=lambda kv: str(kv[0])))


def counterexample_point(lhs, op: str, rhs, variables, allowed=None, count: int = 12,
                         integer: bool = False) -> dict | None:
    """A sample point where `lhs op rhs` fails, re-checked exactly, or None.

    `allowed(point) -> bool` restricts the search to points satisfying the givens.
    """
    for point in sample_points(variables, count, integer=integer):
        if allowed is not None and allowed(point) is not True:
            continue
        left, right = value_at(lhs, point), value_at(rhs, point)
        if left is None or right is None:
            continue
        if clearly_fails(left, op, right):
            return point
    return None


def clearly_fails(left, op: str, right) -> bool:
    """Whether `left op right` is false at exact constants, decided by rigorous 40-digit evaluation with
    a wide margin. Points where the sides agree numerically are never counterexamples (and are not sent
    to the slow simplifiers: a true identity agrees at every point)."""
    a, b = numeric(left), numeric(right)
    if a is None or b is None:
        return False
    scale = max(1.0, abs(a), abs(b))
    if op in ("=", "~="):
        return abs(a - b) > 1e-20 * scale
    if op == "!=":
        return False
    if abs(a.imag) > 1e-25 * scale or abs(b.imag) > 1e-25 * scale:
        return False
    gap = a.real - b.real
    if abs(gap) <= 1e-20 * scale:
        return op in ("<", ">") and is_zero(sp.Add(left, -right)) is True  # equal sides break a strict <
    return {"<": gap > 0, "<=": gap > 0, ">": gap < 0, ">=": gap < 0}[op]


def counterexample(lhs, op: str, rhs, variables, allowed=None, count: int = 12,
                   integer: bool = False) -> str | None:
    """The sentence for a failing sample point ("当 x = 1 时，左边 = 4，右边 = 2 …"), or None."""
    point = counterexample_point(lhs, op, rhs, variables, allowed, count, integer)
    if point is None:
        return None
    left, right = value_at(lhs, point), value_at(rhs, point)
    where, shown_left, shown_right = describe_point(point), show(left), show(right)
    if shown_left == shown_right:  # huge values that agree in their first digits
        shown_right += f" (相差 / differs by {show(sp.simplify(left - right))})"
    return (f"当 {where} 时，左边 = {shown_left}，右边 = {shown_right}"
            f" (at {where} the left side is {shown_left}, the right side is {shown_right})")


_NAMED_SETS = {"EmptySet": "∅", "Reals": "R", "Naturals": "N*", "Naturals0": "N", "Integers": "Z", "Rationals": "Q"}


def show_set(region) -> str:
    """A set as a textbook writes it: `(-2, 4)`, `[1, +∞)`, `(-∞, -1) ∪ (3, +∞)`, `{2, 3}`, `R`, `N*`.

    >>> show_set(sp.Union(sp.Interval.open(-sp.oo, -1), sp.Interval(3, sp.oo, False, True)))
    '(-∞, -1) ∪ [3, +∞)'
    """
    name = type(region).__name__
    if name in _NAMED_SETS:
        return _NAMED_SETS[name]
    if isinstance(region, sp.Interval):
        ends = ["+∞" if e == sp.oo else "-∞" if e == -sp.oo else sp.sstr(e) for e in (region.start, region.end)]
        return f"{'(' if region.left_open else '['}{ends[0]}, {ends[1]}{')' if region.right_open else ']'}"
    if isinstance(region, sp.FiniteSet):
        return "{" + ", ".join(sp.sstr(e) for e in sorted(region.args, key=sp.default_sort_key)) + "}"
    if isinstance(region, sp.Union):
        return " ∪ ".join(show_set(a) for a in region.args)
    return sp.sstr(region)
