"""Writing SymPy objects as text: LaTeX for what students read, plain math for checkable claims.

>>> import sympy as sp
>>> x = sp.Symbol("x")
>>> plain(x**2 - 5*x + 6)
'x^2 - 5*x + 6'
>>> tex(sp.sqrt(3) / 2)
'\\\\frac{\\\\sqrt{3}}{2}'
>>> roots_text("x", [3, 2], "zh")
'x=2 或 x=3'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sympy as sp
from sympy.printing.latex import LatexPrinter
from sympy.printing.str import StrPrinter


def _log_base_form(expr):
    """(coefficient, argument, base) when expr is c*log(u)/log(b) with a numeric base b, else None."""
    if not isinstance(expr, sp.Mul):
        return None
    logs, bases, rest = [], [], []
    for f in expr.args:
        if isinstance(f, sp.log):
            logs.append(f.args[0])
        elif isinstance(f, sp.Pow) and f.exp == -1 and isinstance(f.base, sp.log) and f.base.args[0].is_number:
            bases.append(f.base.args[0])
        else:
            rest.append(f)
    if len(logs) != 1 or len(bases) != 1:
        return None
    return sp.Mul(*rest), logs[0], bases[0]


class _Plain(StrPrinter):
    """SymPy's str printer with `^`, `i` and `e`, the notation the checker and students share."""

    def _print_Mul(self, expr):
        form = _log_base_form(expr)
        if form is None:
            return super()._print_Mul(expr)
        c, u, b = form
        log = f"lg({self._print(u)})" if b == 10 else f"log_{self._print(b)}({self._print(u)})"
        return log if c == 1 else (f"-{log}" if c == -1 else f"{self._print(c)}*{log}")

    def _print_ImaginaryUnit(self, expr):
        return "i"

    def _print_Exp1(self, expr):
        return "e"

    def _print_Pow(self, expr, rational=False):
        return super()._print_Pow(expr, rational).replace("**", "^")

    def _print_Symbol(self, expr):
        return expr.name

    def _print_exp(self, expr):
        arg = self._print(expr.args[0])
        return f"e^{arg}" if expr.args[0].is_Symbol or (expr.args[0].is_Integer and expr.args[0] >= 0) else f"e^({arg})"

    def _print_Abs(self, expr):
        return f"|{self._print(expr.args[0])}|"

    def _print_log(self, expr):
        return f"ln({self._print(expr.args[0])})"


def _basic(e) -> sp.Basic:
    """Our own numbers as SymPy objects; text is never turned into an expression here."""
    if isinstance(e, sp.Basic):
        return e
    if isinstance(e, bool | int):
        return sp.Integer(int(e))
    if isinstance(e, float):
        return sp.nsimplify(e)
    raise TypeError(f"not a SymPy object or number: {type(e).__name__}")


def plain(e) -> str:
    """Plain checkable text: `x^2 - 5*x + 6`, `sqrt(3)/2`, `2 + i`."""
    return _Plain(dict(order="lex")).doprint(_basic(e)).replace("**", "^")


def paren(value) -> sp.Symbol:
    """A stand-in symbol that prints as `(value)`, for writing substitutions: 3*(-6) + 5."""
    return sp.Symbol(f"({plain(value)})")


class _Tex(LatexPrinter):
    """LaTeX with `\\log_b u` / `\\lg u` for logarithms to a numeric base."""

    def _print_Mul(self, expr):
        form = _log_base_form(expr)
        if form is None:
            return super()._print_Mul(expr)
        c, u, b = form
        log = f"\\lg {self._print(u)}" if b == 10 else f"\\log_{{{self._print(b)}}} {self._print(u)}"
        if not (u.is_Atom):
            log = log.replace(f" {self._print(u)}", f"\\left({self._print(u)}\\right)")
        return log if c == 1 else (f"-{log}" if c == -1 else f"{self._print(c)} {log}")


def tex(e) -> str:
    """LaTeX for display (and for claims where LaTeX reads better, such as degrees)."""
    e = _basic(e)
    return _Tex(dict(imaginary_unit="i", ln_notation=True, order="lex")).doprint(e)


def dollar(e) -> str:
    """LaTeX wrapped in $…$ for answers."""
    return f"${tex(e)}$"


def num(e) -> str:
    """A number as plain text, fractions as a/b."""
    return plain(sp.nsimplify(e) if isinstance(e, float) else e)


def joiner(lang: str) -> str:
    return " 或 " if lang == "zh" else " or "


def sort_key(v) -> tuple:
    try:
        return (0, float(sp.re(v)), float(sp.im(v)))
    except (TypeError, ValueError):
        return (1, str(v), 0.0)


def roots_text(var: str, roots: Iterable, lang: str, *, latex: bool = False) -> str:
    """`x=2 或 x=3` (zh) / `x=2 or x=3` (en), roots sorted; plain or LaTeX."""
    out = sorted(set(roots), key=sort_key)
    fmt = tex if latex else plain
    return joiner(lang).join(f"{var}={fmt(r)}" for r in out)


def both(fn) -> tuple[str, str]:
    """Build a (zh, en) pair from a function of the language."""
    return fn("zh"), fn("en")


def interval_text(s: sp.Set, latex: bool = True) -> str:
    """An interval / union of intervals in the textbook notation `(-\\infty, 1) \\cup (2, +\\infty)`."""
    if s == sp.S.Reals:
        return r"\mathbb{R}" if latex else "R"
    if isinstance(s, sp.Union):
        return (r" \cup " if latex else " U ").join(interval_text(a, latex) for a in s.args)
    if isinstance(s, sp.Interval):
        left = "[" if not s.left_open else "("
        right = "]" if not s.right_open else ")"
        a = r"-\infty" if s.start == -sp.oo else (tex(s.start) if latex else plain(s.start))
        b = r"+\infty" if s.end == sp.oo else (tex(s.end) if latex else plain(s.end))
        if not latex:
            a, b = a.replace(r"-\infty", "-oo"), b.replace(r"+\infty", "oo")
        return f"{left}{a}, {b}{right}"
    if isinstance(s, sp.FiniteSet):
        return r"\{" + ", ".join(tex(a) for a in sorted(s, key=sort_key)) + r"\}"
    if s == sp.S.EmptySet:
        return r"\varnothing"
    if isinstance(s, sp.Complement) and s.args[0] == sp.S.Reals and isinstance(s.args[1], sp.FiniteSet):
        pts = sorted(s.args[1], key=sort_key)
        edges = [-sp.oo, *pts, sp.oo]
        parts = [sp.Interval.open(edges[i], edges[i + 1]) for i in range(len(edges) - 1)]
        return interval_text(sp.Union(*parts, evaluate=False), latex)
    return tex(s)


def seq(items: Sequence, sep: str = ", ") -> str:
    return sep.join(tex(i) for i in items)


def _bound(v, latex: bool) -> str:
    return tex(v) if latex else plain(v)


def relation_text(s: sp.Set, var: str, lang: str = "zh", latex: bool = False) -> str:
    """A real solution set as relations: `1 < x < 2`, `x < 1 或 x > 2`, `x ≤ 3` (for claims and answers)."""
    le, ge = (r"\le", r"\ge") if latex else ("≤", "≥")
    if isinstance(s, sp.Union):
        return joiner(lang).join(relation_text(a, var, lang, latex) for a in s.args)
    if isinstance(s, sp.Complement) and s.args[0] == sp.S.Reals and isinstance(s.args[1], sp.FiniteSet):
        return (" 且 " if lang == "zh" else " and ").join(f"{var} {'≠' if not latex else chr(92) + 'ne'} {_bound(p, latex)}"
                                                          for p in sorted(s.args[1], key=sort_key))
    if isinstance(s, sp.Interval):
        lo, hi = s.start, s.end
        if lo == -sp.oo and hi == sp.oo:
            return f"{var} \\in \\mathbb{{R}}"
        if lo == -sp.oo:
            return f"{var} {'<' if s.right_open else le} {_bound(hi, latex)}"
        if hi == sp.oo:
            return f"{var} {'>' if s.left_open else ge} {_bound(lo, latex)}"
        if lo == hi:
            return f"{var} = {_bound(lo, latex)}"
        return f"{_bound(lo, latex)} {'<' if s.left_open else le} {var} {'<' if s.right_open else le} {_bound(hi, latex)}"
    if isinstance(s, sp.FiniteSet):
        return joiner(lang).join(f"{var} = {_bound(p, latex)}" for p in sorted(s, key=sort_key))
    if s == sp.S.EmptySet:
        return f"{var} \\in \\varnothing" if latex else f"{var} ∈ ∅"
    raise ValueError(f"cannot write {s} as relations")
