"""Checking the knowledge graph's `identities`: a whitelisted plain-text parser and a bounded SymPy proof.

The identity syntax is documented in `content/data/knowledge/README.md` (`lhs = rhs`, `^` powers,
`Sum`, `diff`, `limit`, `integrate`, `binomial`, `factorial`, `given` assumptions). Bank step claims
are not checked here: they go to the math layer (`tutor_graph.checks`), see `content/verifying.py`.

Safety: the text is tokenised against a whitelist first (numbers, operators, brackets, known function
names, short variable names), so no attribute access, string, or unknown call can reach `parse_expr`.
Time: each proof attempt runs under a wall-clock alarm on the main thread (the CLI and tests);
elsewhere the caller must only pass trusted data, which the shipped files are.
"""

from __future__ import annotations

import contextlib
import keyword
import random
import re
import signal
import threading
from collections.abc import Iterator, Sequence

import sympy as sp
from sympy.parsing.sympy_parser import convert_xor, parse_expr, standard_transformations

from tutor_graph.checks.verdict import Verdict

FUNCTIONS: dict[str, object] = {
    "sin": sp.sin,
    "cos": sp.cos,
    "tan": sp.tan,
    "exp": sp.exp,
    "log": sp.log,
    "sqrt": sp.sqrt,
    "Abs": sp.Abs,
    "diff": sp.diff,
    "limit": sp.limit,
    "integrate": sp.integrate,
    "Sum": sp.Sum,
    "binomial": sp.binomial,
    "factorial": sp.factorial,
}
CONSTANTS: dict[str, object] = {"pi": sp.pi, "I": sp.I, "E": sp.E, "oo": sp.oo}
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z][A-Za-z0-9]*)|(\*\*|!=|>=|<=|[-+*/^(),<>=]))")
_GIVEN = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]{0,5})\s*(>=|<=|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$")
_TRANSFORMS = standard_transformations + (convert_xor,)
_ASSUMPTION = {(">", 0): "positive", ("<", 0): "negative", (">=", 0): "nonnegative", ("!=", 0): "nonzero"}
MAX_LENGTH = 400
STEP_SECONDS = 4


class IdentitySyntaxError(ValueError):
    """Text outside the identity whitelist; the message says what was rejected."""


def variables(text: str) -> list[str]:
    """Return the variable names of `text` after checking every token against the whitelist.

    >>> variables("sin(x)^2 + cos(x)^2 = 1")
    ['x']
    >>> variables("__import__('os')")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    content.identities.IdentitySyntaxError: unexpected text at 0: __import__('os')
    """
    if len(text) > MAX_LENGTH:
        raise IdentitySyntaxError(f"longer than {MAX_LENGTH} characters")
    names: list[str] = []
    pos = 0
    while pos < len(text.rstrip()):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise IdentitySyntaxError(f"unexpected text at {pos}: {text[pos : pos + 20]}")
        name = m.group(2)
        if name and name not in FUNCTIONS and name not in CONSTANTS:
            if len(name) > 6 or keyword.iskeyword(name) or text[m.end() :].lstrip().startswith("("):
                raise IdentitySyntaxError(f"{name!r} is not an allowed function or variable name")
            if name not in names:
                names.append(name)
        pos = m.end()
    return names


def _symbols(names: Sequence[str], given: Sequence[str]) -> tuple[dict[str, sp.Symbol], list]:
    """Make real symbols carrying the simple assumptions in `given`; return the other givens as relations."""
    flags: dict[str, dict[str, bool]] = {n: {"real": True} for n in names}
    others: list = []
    for item in given:
        m = _GIVEN.match(item)
        key = (m.group(2), float(m.group(3))) if m else None
        if m and key in _ASSUMPTION and m.group(1) in flags:
            flags[m.group(1)][_ASSUMPTION[key]] = True
        else:
            others.append(item)
    table = {n: sp.Symbol(n, **f) for n, f in flags.items()}
    relations = [_relation(text, table) for text in others]
    return table, relations


def _relation(text: str, table: dict[str, sp.Symbol]) -> sp.Basic:
    """Parse `lhs op rhs` (op one of > < >= <= !=) into a SymPy relational."""
    m = re.match(r"^(.*?)(>=|<=|!=|>|<)(.*)$", text)
    if not m:
        raise IdentitySyntaxError(f"given is not a relation: {text}")
    ops = {">": sp.Gt, "<": sp.Lt, ">=": sp.Ge, "<=": sp.Le, "!=": sp.Ne}
    return ops[m.group(2)](_parse(m.group(1), table), _parse(m.group(3), table))


def _parse(text: str, table: dict[str, sp.Symbol]) -> sp.Basic:
    for name in variables(text):
        if name not in table:
            table[name] = sp.Symbol(name, real=True)
    local = {**FUNCTIONS, **CONSTANTS, **table}
    glob = {"Integer": sp.Integer, "Float": sp.Float, "Rational": sp.Rational, "Symbol": sp.Symbol}
    return parse_expr(text, local_dict=local, global_dict=glob, transformations=_TRANSFORMS, evaluate=True)


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise TimeoutError after `seconds` (main thread only; elsewhere no limit can be imposed)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _alarm(signum, frame):  # noqa: ARG001 - signal handler signature
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_STRATEGIES = (
    ("expand", lambda e: sp.expand(e)),
    ("simplify", sp.simplify),
    ("trig", lambda e: sp.simplify(sp.expand_trig(e))),
    ("log", lambda e: sp.simplify(sp.expand_log(e))),
    ("power", lambda e: sp.simplify(sp.powsimp(sp.powdenest(e)))),
    ("combinatorial", lambda e: sp.simplify(sp.combsimp(sp.expand_func(e)))),
)


def check_identity(claim: str, given: Sequence[str] = ()) -> Verdict:
    """Prove `lhs = rhs` for all values allowed by `given`, or refute it with a counterexample.

    >>> check_identity("sin(x)^2 + cos(x)^2 = 1").status
    'verified'
    >>> check_identity("(a + b)^2 = a^2 + b^2").status
    'refuted'
    """
    if claim.count("=") != 1 or any(op in claim for op in ("!=", ">=", "<=")):
        return Verdict.unknown("an identity must have exactly one '=' / 恒等式须恰有一个等号")
    left, right = claim.split("=")
    try:
        table, relations = _symbols(variables(claim), given)
        with time_limit(STEP_SECONDS):
            raw = _parse(left, table) - _parse(right, table)
            counting = _counting_symbols(raw)
            diff = raw.doit()
    except (IdentitySyntaxError, SyntaxError, TypeError, ValueError, TimeoutError) as exc:
        return Verdict.unknown(f"cannot parse / 无法解析: {exc}")
    for name, strategy in _STRATEGIES:
        try:
            with time_limit(STEP_SECONDS):
                if strategy(diff) == 0:
                    return Verdict("verified", f"SymPy {name}: lhs - rhs = 0 / 左右两边之差化简为 0")
        except (TimeoutError, RecursionError, TypeError, ValueError, NotImplementedError):
            continue
    return _numeric_verdict(diff, relations, counting)


def _numeric_verdict(diff: sp.Expr, relations: list, counting: set, samples: int = 12) -> Verdict:
    """Evaluate lhs - rhs at random admissible points: a clear mismatch refutes, agreement stays unknown."""
    rng = random.Random(0)  # fixed seed: validation results must not flicker between runs
    free = sorted(diff.free_symbols, key=lambda s: s.name)
    tried = 0
    for _ in range(samples * 10):
        point = {s: sp.Integer(rng.randint(2, 9)) if s in counting else _sample(s, rng) for s in free}
        if not all(bool(r.subs(point)) for r in relations):
            continue
        try:
            value = complex(sp.N(diff.subs(point), 15))
        except (TypeError, ValueError, ZeroDivisionError):
            continue
        tried += 1
        if abs(value) > 1e-8 * (1 + abs(value)) and abs(value) > 1e-9:
            where = ", ".join(f"{s} = {point[s]}" for s in free)
            return Verdict(
                "refuted", "lhs - rhs is not 0 / 左右两边不相等", f"at {where}: lhs - rhs = {value:.6g}"
            )
        if tried >= samples:
            break
    return Verdict.unknown(f"not proven symbolically; agrees numerically at {tried} points / 未能符号证明")


def _counting_symbols(expr: sp.Basic) -> set[sp.Symbol]:
    """Symbols that only make sense as whole numbers: Sum limits, binomial and factorial arguments."""
    found: set[sp.Symbol] = set()
    for node in expr.atoms(sp.Sum):
        for _, low, high in node.limits:
            found |= low.free_symbols | high.free_symbols
    for node in expr.atoms(sp.binomial, sp.factorial):
        found |= node.free_symbols
    return found


def _sample(symbol: sp.Symbol, rng: random.Random) -> sp.Rational:
    """A random rational value respecting the symbol's sign assumptions."""
    value = sp.Rational(rng.randint(3, 40), rng.randint(2, 9))
    if symbol.is_negative:
        return -value
    if symbol.is_positive or symbol.is_nonnegative:
        return value
    return value if rng.random() < 0.5 else -value
