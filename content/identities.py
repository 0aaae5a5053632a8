"""Checking the knowledge graph's `identities`: a whitelist of their plain-text syntax, translated to the
math layer's notation and proved by its step checker (`tutor_graph.checks.check_step`).

The identity syntax is documented in `content/data/knowledge/README.md` (`lhs = rhs`, `^` powers, `I`,
`E`, `oo`, `Sum`, `diff`, `limit`, `integrate`, `binomial`, `factorial`, `log(b, a)` for the base-a
logarithm, names with digits such as `a1`, and `given` assumptions). Bank step claims are not checked
here: they go to the math layer directly, see `content/verifying.py`.

Safety and time: the text is tokenised against a whitelist first (numbers, operators, brackets, known
function names, short variable names), so nothing else reaches the translation; the translation only
rewrites text, and the checker parses that with its own whitelisting parser in a worker process under a
hard time bound, from any thread. Nothing here imports SymPy.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Sequence

from tutor_graph.checks import Verdict, check_step

FUNCTIONS = frozenset({
    "sin", "cos", "tan", "exp", "log", "sqrt", "Abs", "diff", "limit", "integrate", "Sum", "binomial", "factorial",
})
CONSTANTS = {"pi": "pi", "I": "i", "E": "e", "oo": "\\infty"}  # identity syntax -> the checker's notation
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z][A-Za-z0-9]*)|(\*\*|!=|>=|<=|[-+*/^(),<>=]))")
_INDEXED = re.compile(r"([A-Za-z]+)(\d+)")  # a1, x2 -> a_{1}, x_{2} (the checker reads x1 as x times 1)
_COUNTING = frozenset({"Sum", "binomial", "factorial"})  # their arguments / limits are whole numbers
MAX_LENGTH = 400


class IdentitySyntaxError(ValueError):
    """Text outside the identity whitelist; the message says what was rejected."""


def _tokens(text: str) -> list[str]:
    """The whitelisted tokens of `text`, or IdentitySyntaxError."""
    if len(text) > MAX_LENGTH:
        raise IdentitySyntaxError(f"longer than {MAX_LENGTH} characters")
    found: list[str] = []
    pos, end = 0, len(text.rstrip())
    while pos < end:
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise IdentitySyntaxError(f"unexpected text at {pos}: {text[pos : pos + 20]}")
        name = m.group(2)
        if name and name not in FUNCTIONS and name not in CONSTANTS:
            if len(name) > 6 or keyword.iskeyword(name) or text[m.end() :].lstrip().startswith("("):
                raise IdentitySyntaxError(f"{name!r} is not an allowed function or variable name")
        found.append(m.group(1) or name or m.group(3))
        pos = m.end()
    return found


def variables(text: str) -> list[str]:
    """Return the variable names of `text` after checking every token against the whitelist.

    >>> variables("sin(x)^2 + cos(x)^2 = 1")
    ['x']
    >>> variables("__import__('os')")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    content.identities.IdentitySyntaxError: unexpected text at 0: __import__('os')
    """
    names = [t for t in _tokens(text) if t[0].isalpha() and t not in FUNCTIONS and t not in CONSTANTS]
    return list(dict.fromkeys(names))


def _closing(tokens: list[str], start: int) -> int:
    """Index of the bracket closing the one at `start`."""
    depth = 0
    for i in range(start, len(tokens)):
        depth += {"(": 1, ")": -1}.get(tokens[i], 0)
        if depth == 0:
            return i
    raise IdentitySyntaxError("unbalanced brackets")


def _arguments(tokens: list[str]) -> list[list[str]]:
    """Split the tokens inside a call's brackets at top-level commas."""
    parts: list[list[str]] = [[]]
    depth = 0
    for token in tokens:
        depth += {"(": 1, ")": -1}.get(token, 0)
        if token == "," and depth == 0:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _limits(tokens: list[str], function: str) -> list[str]:
    """`(k, a, b)` of Sum / integrate, each translated."""
    if len(tokens) < 2 or tokens[0] != "(" or _closing(tokens, 0) != len(tokens) - 1:
        raise IdentitySyntaxError(f"{function} needs limits written (k, a, b)")
    limits = _arguments(tokens[1:-1])
    if len(limits) != 3:
        raise IdentitySyntaxError(f"{function} needs limits written (k, a, b)")
    return [_translate(part) for part in limits]


def _call(function: str, args: list[list[str]]) -> str:
    """One call of the identity syntax in the checker's notation (see CLAIMS.md there)."""
    shown = [_translate(a) for a in args]
    arity = {"Sum": 2, "integrate": 2, "diff": 2, "limit": 3, "factorial": 1, "Abs": 1}.get(function)
    if arity is not None and len(args) != arity:
        raise IdentitySyntaxError(f"{function} takes {arity} arguments")
    if function == "Sum":
        k, low, high = _limits(args[1], function)
        return f"\\sum_{{{k}={low}}}^{{{high}}} ({shown[0]})"
    if function == "integrate":
        x, low, high = _limits(args[1], function)
        return f"\\int_{{{low}}}^{{{high}}} ({shown[0]}) d{x}"
    if function == "diff":
        return f"\\frac{{d}}{{d{shown[1]}}}({shown[0]})"
    if function == "limit":
        return f"\\lim_{{{shown[1]} \\to {shown[2]}}} ({shown[0]})"
    if function == "factorial":
        return f"({shown[0]})!"
    if function == "Abs":
        return f"|{shown[0]}|"
    return f"{function}({', '.join(shown)})"  # sin, cos, tan, exp, log (log(b, a): base a), sqrt, binomial


def _translate(tokens: list[str]) -> str:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in FUNCTIONS:
            if i + 1 >= len(tokens) or tokens[i + 1] != "(":
                raise IdentitySyntaxError(f"{token} must be called: {token}(…)")
            end = _closing(tokens, i + 1)
            out.append(_call(token, _arguments(tokens[i + 2 : end])))
            i = end + 1
            continue
        indexed = _INDEXED.fullmatch(token)
        out.append(CONSTANTS.get(token) or ("^" if token == "**" else None)
                   or (f"{indexed.group(1)}_{{{indexed.group(2)}}}" if indexed else token))
        i += 1
    return " ".join(out)


def to_claim(text: str) -> str:
    """Translate identity syntax to the step checker's notation.

    >>> to_claim("Sum(k, (k, 1, n)) = n*(n + 1)/2")
    '\\\\sum_{k=1}^{n} (k) = n * ( n + 1 ) / 2'
    >>> to_claim("diff(a^x, x) = a^x*log(a)")
    '\\\\frac{d}{dx}(a ^ x) = a ^ x * log(a)'
    >>> to_claim("(a1 + b*I)*E")
    '( a_{1} + b * i ) * e'
    """
    return _translate(_tokens(text))


def _counting_names(tokens: list[str]) -> list[str]:
    """Variables inside Sum / binomial / factorial calls: they only make sense as whole numbers."""
    names: list[str] = []
    for i, token in enumerate(tokens):
        if token in _COUNTING and i + 1 < len(tokens) and tokens[i + 1] == "(":
            inside = tokens[i + 2 : _closing(tokens, i + 1)]
            names += [t for t in inside if t[0].isalpha() and t not in FUNCTIONS and t not in CONSTANTS]
    return list(dict.fromkeys(names))


def givens_for(claim: str, given: Sequence[str] = ()) -> list[str]:
    """The checker's context for an identity: its `given` assumptions translated, and each counting
    variable (in Sum, binomial, factorial) a natural number.

    >>> givens_for("binomial(n, 2) = n*(n - 1)/2", ["a1 != 0"])
    ['a_{1} != 0', 'n \\\\in \\\\mathbb{N}']
    """
    context = [to_claim(item) for item in given]
    return context + [f"{name} \\in \\mathbb{{N}}" for name in _counting_names(_tokens(claim))]


def check_identity(claim: str, given: Sequence[str] = ()) -> Verdict:
    """Prove `lhs = rhs` for all values allowed by `given`, or refute it with a counterexample.

    The step checker decides (exactly; a refutation names a point), in its worker under its time bound.

    >>> check_identity("sin(x)^2 + cos(x)^2 = 1").status
    'verified'
    >>> check_identity("(a + b)^2 = a^2 + b^2").status
    'refuted'
    """
    if claim.count("=") != 1 or any(op in claim for op in ("!=", ">=", "<=", "<", ">")):
        return Verdict.unknown("an identity must have exactly one '=' / 恒等式须恰有一个等号")
    try:
        translated, context = to_claim(claim), givens_for(claim, given)
    except IdentitySyntaxError as exc:
        return Verdict.unknown(f"cannot parse / 无法解析: {exc}")
    return check_step(translated, context)
