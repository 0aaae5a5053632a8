"""Writing SymPy objects as text: LaTeX for what students read, plain math for checkable claims.

Answers (`final_answer`, a step's `answer`) are LaTeX inside `$…$`, numbers in textbook order
(`3-\\sqrt{3}`, `\\frac{1+\\sqrt{5}}{2}`); words such as 或 / or stay outside the dollars so that
markdown renders them as text. Claims keep the checker's forms (`plain`, or `tex` where it reads better).

>>> import sympy as sp
>>> x = sp.Symbol("x")
>>> plain(x**2 - 5*x + 6)
'x^2 - 5*x + 6'
>>> tex(sp.sqrt(3) / 2)
'\\\\frac{\\\\sqrt{3}}{2}'
>>> roots_text("x", [3, 2], "zh")
'x=2 或 x=3'
>>> roots_math("x", [3 + sp.sqrt(3), 3 - sp.sqrt(3)], "zh")
'$x=3 - \\\\sqrt{3}$ 或 $x=3 + \\\\sqrt{3}$'
>>> dollar(sp.Rational(1, 2) + sp.sqrt(5) / 2)
'$\\\\frac{1 + \\\\sqrt{5}}{2}$'
"""

from __future__ import annotations

import re
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

    def _print_Add(self, expr, order=None):
        # Sums of numbers in textbook order (SymPy writes `- \sqrt{3} + 3`); sums with letters keep
        # SymPy's descending powers, which is already how a textbook writes a polynomial.
        if expr.free_symbols or not expr.is_number:
            return super()._print_Add(expr, order)
        terms = self._as_ordered_terms(expr, order=order)
        coeffs = [t.as_coeff_Mul()[0] for t in terms]
        if not expr.has(sp.I) and all(c.is_Rational and c.q > 1 for c in coeffs):  # 1/2 + sqrt(5)/2 -> (1 + sqrt(5))/2
            q = sp.ilcm(*(c.q for c in coeffs))
            top = sp.Add(*(t * q for t in terms))
            if isinstance(top, sp.Add) and all(t.could_extract_minus_sign() for t in top.args):
                return rf"- \frac{{{self._print(-top)}}}{{{q}}}"
            if isinstance(top, sp.Add):
                return rf"\frac{{{self._print(top)}}}{{{q}}}"
        return self._print_terms(_textbook_order(terms))

    def _print_terms(self, terms: list) -> str:
        out = ""
        for i, term in enumerate(terms):
            if i and term.could_extract_minus_sign():
                out += " - "
                term = -term
            elif i:
                out += " + "
            term_tex = self._print(term)
            out += rf"\left({term_tex}\right)" if self._needs_add_brackets(term) else term_tex
        return out


def _textbook_order(terms: list) -> list:
    """A number's terms as a textbook writes them: real before imaginary, positive before negative,
    the rational part first among them (`3 - \\sqrt{3}`, `\\frac{\\sqrt{2}}{2} - 1`, `-1 + i`)."""
    def key(item):
        i, t = item
        return (t.has(sp.I), t.could_extract_minus_sign(), not t.is_Rational, i)

    return [t for _, t in sorted(enumerate(terms), key=key)]


def tex(e) -> str:
    """LaTeX for display (and for claims where LaTeX reads better, such as degrees)."""
    e = _basic(e)
    return _Tex(dict(imaginary_unit="i", ln_notation=True, order="lex", inv_trig_style="full")).doprint(e)


def dollar(e) -> str:
    """LaTeX wrapped in $…$ for answers: `$\\frac{1}{2}$`, `$3 - \\sqrt{3}$`."""
    return f"${tex(e)}$"


def _labelled_tex(e) -> str:
    e = _basic(e)
    return plain(e) if e.is_Rational else tex(e)


def labelled(e) -> str:
    """A value after a word label, as in `平均数 $5$，方差 $14/3$` or `圆心 $(1/2, -3)$，半径 $2$`.

    The grader reads such answers only as text (it has no rule for word labels), so a fraction keeps
    the `a/b` spelling plain answers use; every other value is LaTeX. Points and intervals likewise.
    """
    if isinstance(e, sp.Set):
        return f"${interval_text(e, slash=True)}$"
    if isinstance(e, tuple | list):
        return "$(" + ", ".join(_labelled_tex(c) for c in e) + ")$"
    return f"${_labelled_tex(e)}$"


def math(latex: str) -> str:
    """A LaTeX string wrapped in $…$ (for answers written from LaTeX pieces)."""
    return f"${latex}$"


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


def point_math(coords: Iterable) -> str:
    """A point (or vector) as `$(2, -3)$`."""
    return "$(" + ", ".join(tex(c) for c in coords) + ")$"


def roots_math(var: str, roots: Iterable, lang: str) -> str:
    """`$x=2$ 或 $x=3$` (zh) / `$x=2$ or $x=3$` (en): roots sorted, each its own formula."""
    return joiner(lang).join(f"${var}={tex(r)}$" for r in sorted(set(roots), key=sort_key))


def point_slope(x0, y0, k, x: str = "x", y: str = "y") -> str:
    """The point-slope form as LaTeX, signs folded in: `y - 2 = 2\\left(x - 1\\right)`, `y + 3 = -x`."""
    k = _basic(k)
    left = tex(sp.Symbol(y) - _basic(y0))
    if k == 0:
        return f"{left} = 0"
    body = tex(sp.Symbol(x) - _basic(x0))
    body = body if _basic(x0) == 0 else rf"\left({body}\right)"
    coef = "" if k == 1 else "-" if k == -1 else (rf"\left({tex(k)}\right)" if isinstance(k, sp.Add) else tex(k))
    return f"{left} = {coef}{body}"


def both(fn) -> tuple[str, str]:
    """Build a (zh, en) pair from a function of the language."""
    return fn("zh"), fn("en")


def interval_text(s: sp.Set, latex: bool = True, slash: bool = False) -> str:
    """An interval / union of intervals in the textbook notation `(-\\infty, 1) \\cup (2, +\\infty)`
    (`slash`: fractional ends as a/b, see `labelled`)."""
    if s == sp.S.Reals:
        return r"\mathbb{R}" if latex else "R"
    if isinstance(s, sp.Union):
        return (r" \cup " if latex else " U ").join(interval_text(a, latex, slash) for a in s.args)
    if isinstance(s, sp.Interval):
        left = "[" if not s.left_open else "("
        right = "]" if not s.right_open else ")"
        a = r"-\infty" if s.start == -sp.oo else (_labelled_tex(s.start) if slash else tex(s.start) if latex else plain(s.start))
        b = r"+\infty" if s.end == sp.oo else (_labelled_tex(s.end) if slash else tex(s.end) if latex else plain(s.end))
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


def interval_math(s: sp.Set) -> str:
    """An interval / union of intervals in $…$: `$(-\\infty, 1) \\cup (2, +\\infty)$`."""
    return f"${interval_text(s)}$"


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


def relation_math(s: sp.Set, var: str, lang: str = "zh") -> str:
    """`relation_text` for answers: each relation its own formula, 或 / 且 / or / and between them
    as text (`$x < 1$ 或 $x > 2$`)."""
    if isinstance(s, sp.Union):
        return joiner(lang).join(relation_math(a, var, lang) for a in s.args)
    if isinstance(s, sp.Complement) and s.args[0] == sp.S.Reals and isinstance(s.args[1], sp.FiniteSet):
        return (" 且 " if lang == "zh" else " and ").join(f"${var} \\ne {tex(p)}$" for p in sorted(s.args[1], key=sort_key))
    if isinstance(s, sp.FiniteSet):
        return joiner(lang).join(f"${var} = {tex(p)}$" for p in sorted(s, key=sort_key))
    return f"${relation_text(s, var, lang, latex=True)}$"


# Display clean-up of math that was written as text (a problem's own fragment after normalising, a
# substitution spelled out): the forms a program leaves behind, each with the form a textbook prints.
_FRACTION = re.compile(r"\(\s*\(\s*(-?\d+)\s*\)\s*/\s*\(\s*(\d+)\s*\)\s*\)|\(\s*(-?\d+)\s*\)\s*/\s*\(\s*(\d+)\s*\)")
_SIGNED = re.compile(r"([-+])\s*\(\s*(-?\d+(?:\.\d+)?)\s*\)(?!\s*[\^(\w\\])")  # not (2)\times(4)
_ONE_POWER = re.compile(r"(?<!_\{\w\})(?<!_\{\w\w\})(?<!_\w)(?<!\bi)\^\s*(?:\{\s*1\s*\}|1(?![\d.]))")  # not C_3^1, i^1
_ONE_COEFF = re.compile(r"(?<![\w.\\^{}])1\*?(?=[a-zA-Z](?![a-zA-Z]))")
_PLUS_MINUS = re.compile(r"\+\s*-|-\s*\+")
_MINUS_MINUS = re.compile(r"(?<![-<])-\s*-(?![->])")
_ONE_VECTOR = re.compile(r"(?<=[+\-=])\s*1(?=\|?\\vec)")  # +1|\vec b|^2
_BARE_NEGATIVE = re.compile(r"(\\times|\\cdot)\s*-(\d+(?:\.\d+)?)")  # 2\times -1
_BRACKETED_BASE = re.compile(r"(?<![\w)\]}|])\((\d+(?:\.\d+)?)\)(?=\^)")  # (5)^2
TEXT_HABITS = (_FRACTION, _SIGNED, _PLUS_MINUS, _MINUS_MINUS, _ONE_POWER, _ONE_COEFF, _ONE_VECTOR, _BARE_NEGATIVE,
               _BRACKETED_BASE)  # what `textbook` rewrites


def _fraction(m: re.Match) -> str:
    top, bottom = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
    sign, top = ("-", top[1:]) if top.startswith("-") else ("", top)
    return rf"{sign}\frac{{{top}}}{{{bottom}}}"


def _signed(m: re.Match) -> str:
    sign, number = m.group(1), m.group(2)
    if number.startswith("-"):
        return ("+" if sign == "-" else "-") + number[1:]
    return sign + number


def textbook(text: str) -> str:
    """Math written as text, printed as a textbook prints it (for display only, never for claims).

    >>> textbook("y-(1)=4(x-(1))")
    'y-1=4(x-1)'
    >>> textbook("a=2^{((4)/(3))}")
    'a=2^{\\\\frac{4}{3}}'
    >>> textbook("c=5^{-((1)/(2))}")
    'c=5^{-\\\\frac{1}{2}}'
    >>> textbook("3+-2x+1x^{1}")
    '3-2x+x'
    >>> textbook("f(x)--2")
    'f(x)+2'
    >>> textbook("\\\\sqrt{(1)^2+(-2)^2}, 2\\\\times -1, 4|\\\\vec a|^2+1|\\\\vec b|^2, f(2)^2")
    '\\\\sqrt{1^2+(-2)^2}, 2\\\\times(-1), 4|\\\\vec a|^2+|\\\\vec b|^2, f(2)^2'
    >>> textbook("C_{3}^{1}C_{4}^{2}, C_3^1, i^1=i, p^{3}q^{1}")
    'C_{3}^{1}C_{4}^{2}, C_3^1, i^1=i, p^{3}q'
    """
    text = _FRACTION.sub(_fraction, text)
    text = _SIGNED.sub(_signed, text)
    text = _PLUS_MINUS.sub("-", text)
    text = _MINUS_MINUS.sub("+", text)
    text = _ONE_POWER.sub("", text)
    text = _ONE_VECTOR.sub("", text)
    text = _BARE_NEGATIVE.sub(r"\1(-\2)", text)
    text = _BRACKETED_BASE.sub(r"\1", text)
    return _ONE_COEFF.sub("", text)


def signed_sum(terms: Sequence) -> str:
    """Numbers added up as a textbook writes the sum, signs folded in: `81 - 48 + 3 + 0`.

    >>> signed_sum([81, -48, 3, 0])
    '81 - 48 + 3 + 0'
    """
    out = ""
    for i, t in enumerate(_basic(t) for t in terms):
        if i == 0:
            out = tex(t)
        else:
            out += f" - {tex(-t)}" if t.could_extract_minus_sign() else f" + {tex(t)}"
    return out


def tex_in_powers(e, x: sp.Symbol) -> str:
    """A polynomial in `x` with letter coefficients, highest power first as a textbook prints it.

    SymPy's own order puts the letters first (`2 a x + b + 3 x^{2}`); f′ reads `3x^2+2ax+b`.

    >>> a, b, x = sp.symbols("a b x")
    >>> tex_in_powers(3*x**2 + 2*a*x + b, x)
    '3 x^{2} + 2 a x + b'
    >>> tex_in_powers(x**2 - (a + 1)*x + a, x)
    'x^{2} - \\\\left(a + 1\\\\right) x + a'
    """
    e = _basic(e)
    try:
        terms = sp.Poly(e, x).terms()
    except sp.PolynomialError:
        return tex(e)
    out = ""
    for (k,), c in terms:
        neg = c.could_extract_minus_sign()
        c = -c if neg else c
        power = "" if k == 0 else (f"{tex(x)}" if k == 1 else f"{tex(x)}^{{{k}}}")
        if not power:
            body = tex(c)
        elif c == 1:
            body = power
        elif isinstance(c, sp.Add):
            body = rf"\left({tex(c)}\right) {power}"
        else:
            body = f"{tex(c)} {power}"
        out += (f"- {body}" if neg else body) if not out else (f" - {body}" if neg else f" + {body}")
    return out or "0"
