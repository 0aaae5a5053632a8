"""指数、对数式求值 / Evaluating exponent and logarithm expressions: laws of logarithms, term by term,
radicals, change of base."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences.progression import both
from tutor_graph.specialist.types.template import Values

_EVAL_WORDS = ("计算", "求值", "求下列", "化简", "的值", "compute", "evaluate", "simplify", "calculate", "value of")
_LOG_TERM = re.compile(r"^([+-]?)\s*(\d*)\s*\*?\s*(?:log_\{?(\d+)\}?|(lg)|(ln))\s*\(?\s*(\d+(?:/\d+)?|\(\(\d+\)/\(\d+\)\))\s*\)?$")
_POWER_TERM = re.compile(r"^\+?\s*(\(.+\)|\d+(?:\.\d+)?)\s*\^\s*(\{.+\}|\(.+\)|-?\d+(?:\.\d+)?)$")
MAX_GROUPS = 3  # bases in the laws-of-logarithms method (the template has this many slots)
MAX_TERMS = 6  # terms in the term-by-term and radical methods


@dataclass(frozen=True)
class Evaluate:
    """A numeric expression with logarithms or fractional / negative exponents, as written, and its value."""

    text: str  # the expression as the parser's text (`log_2 8 + lg 4`): the methods read its terms
    expr: sp.Expr
    value: sp.Expr


def terms(text: str) -> list[str]:
    """Split an expression's text at top-level + and - (keeping the sign with the term)."""
    out, depth, cur = [], 0, ""
    for i, ch in enumerate(text):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch in "+-" and depth == 0 and cur.strip() and text[i - 1] not in "^_(*/":
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [t.strip() for t in out if t.strip()]


def _display(term: str) -> str:
    """A term of the problem text as LaTeX for display (the parsed value would already be evaluated)."""
    t = re.sub(r"log_\{?([^\s{}()]+)\}?", r"\\log_{\1}", term.strip())
    t = re.sub(r"\b(lg|ln)\b", r"\\\1", t)
    t = re.sub(r"\(\((\d+)\)/\((\d+)\)\)", r"\\frac{\1}{\2}", t)
    t = re.sub(r"sqrt\(([^()]*)\)", r"\\sqrt{\1}", t)
    return t.replace("*", r" \cdot ")


def log_text_terms(text: str) -> list[tuple[sp.Expr, sp.Expr, sp.Expr]] | None:
    """`2lg 5 + lg 4` -> [(2, 5, 10), (1, 4, 10)] read from the text (parsing would evaluate the logs)."""
    out = []
    for t in terms(text):
        m = _LOG_TERM.match(t.strip())
        if not m:
            return None
        sign, coef, base, lg, _ln, arg = m.groups()
        c = sp.Integer(coef or 1) * (-1 if sign == "-" else 1)
        b = sp.Integer(base) if base else (sp.Integer(10) if lg else sp.E)
        a = try_expr(arg)
        if a is None:
            return None
        out.append((c, a, b))
    repeated = any(sum(1 for *_, b in out if b == base) >= 2 for base in {b for *_, b in out})
    return out if len(out) >= 2 and repeated else None


def _log_product(text: str) -> list[tuple[int, int]] | None:
    """(argument, base) of each factor of a product of logarithms `log_2 3 * log_3 4`, else None."""
    parts = [q.strip() for q in text.split("*")]
    if len(parts) < 2:
        return None
    out = []
    for q in parts:
        m = re.fullmatch(r"log_\{?(\d+)\}?\s*\(?(\d+)\)?", q)
        if not m:
            return None
        out.append((int(m.group(2)), int(m.group(1))))
    return out


def detect(p: Problem) -> Evaluate | None:
    """`计算 log_2 8 + lg 4 + lg 25` or `(8/27)^{-2/3} + 16^{0.25}`: one numeric expression with a clean value."""
    if not p.has(*_EVAL_WORDS) or not re.search(r"log|lg|ln|\^", p.text):
        return None
    exprs = [(f, e) for f in p.fragments if "=" not in f and (e := try_expr(f)) is not None and not e.free_symbols]
    exprs = [(f, e) for f, e in exprs if re.search(r"log|lg|ln|\^", f) and len(f) > 3]
    if len(exprs) != 1:
        return None
    text, e = exprs[0]
    if not re.search(r"log|lg|ln|\^\s*[{(]*\s*-|\^\s*[{(][^{}]*?/", text):
        return None  # no logarithm, negative or fractional exponent: plain arithmetic is not ours
    value = sp.nsimplify(sp.simplify(sp.expand_log(e, force=True)))
    if value.has(sp.log) or sp.count_ops(value) > 6:
        return None  # not a textbook evaluation with a clean answer
    return Evaluate(text, e, value)


def _log_name(base: sp.Expr) -> tuple[str, str]:
    """(plain, LaTeX) name of a logarithm to this base."""
    if base == 10:
        return "lg", "\\lg"
    if base == sp.E:
        return "ln", "\\ln"
    return f"log_{plain(base)}", f"\\log_{{{plain(base)}}}"


def _laws(out: Values, found: list[tuple[sp.Expr, sp.Expr, sp.Expr]]) -> None:
    """Per base: the logarithms combined into one (log M + log N = log MN) and its value; then the sum."""
    groups: dict[sp.Expr, list[tuple[sp.Expr, sp.Expr]]] = {}
    for c, a, b in found:
        groups.setdefault(b, []).append((c, a))
    if len(groups) > MAX_GROUPS:
        return
    out["laws"] = True
    parts = []
    for i, (base, items) in enumerate(groups.items(), start=1):
        name, tname = _log_name(base)
        shown = " + ".join(f"{plain(c)}*{name}({plain(a)})" if c != 1 else f"{name}({plain(a)})" for c, a in items)
        product = sp.nsimplify(sp.Mul(*[a**c for c, a in items]))
        value = sp.nsimplify(sp.log(product, base))
        parts.append(value)
        out[f"g{i}"] = True
        out[f"g{i}_many"] = len(items) >= 2
        out[f"g{i}_log"] = f"{tname}{{{tex(product)}}}"
        out[f"g{i}_combine_claim"] = f"{shown.replace('+ -', '- ')} = {name}({plain(product)})"
        out[f"g{i}_value_claim"] = f"{name}({plain(product)}) = {plain(value)}"
        both(out, f"g{i}_value", value)
    out["split"] = all(_split(out, i, base, items) for i, (base, items) in enumerate(groups.items(), start=1))
    total = sp.nsimplify(sum(parts))
    out["several"] = len(parts) > 1
    out["laws_sum_claim"] = f"{' + '.join(f'({plain(v)})' for v in parts)} = {plain(total)}"
    both(out, "laws_total", total)


def _primes(n: sp.Rational) -> dict[int, sp.Rational]:
    """Exponent of each prime in a positive rational: 4/25 → {2: 2, 5: -2}."""
    out: dict[int, sp.Rational] = {}
    for part, sign in ((n.p, 1), (n.q, -1)):
        for prime, e in sp.factorint(part).items():
            out[prime] = out.get(prime, sp.Integer(0)) + sign * e
    return out


def _split(out: Values, i: int, base: sp.Expr, items: list[tuple[sp.Expr, sp.Expr]]) -> bool:
    """The group's logarithms split into logarithms of primes (lg 4 + lg 25 = 2lg 2 + 2lg 5), when the primes'
    coefficients are proportional to the base's (2lg 2 + 2lg 5 = 2(lg 2 + lg 5) = 2lg 10): its values, else False."""
    if not base.is_Integer or not all(a.is_Rational and a > 0 for _, a in items):
        return False
    coef: dict[int, sp.Rational] = {}
    for c, a in items:
        for prime, e in _primes(sp.Rational(a)).items():
            coef[prime] = coef.get(prime, sp.Integer(0)) + c * e
    coef = {q: v for q, v in coef.items() if v != 0}
    own = _primes(sp.Rational(base))
    if set(coef) != set(own) or len({coef[q] / own[q] for q in own}) != 1:
        return False
    k = next(coef[q] / own[q] for q in own)
    name, tname = _log_name(base)
    primes = sorted(own)
    shown = " + ".join(f"{plain(c)}*{name}({plain(a)})" if c != 1 else f"{name}({plain(a)})" for c, a in items)
    split_plain = " + ".join(f"({plain(coef[q])})*{name}({q})" for q in primes)
    split_tex = "+".join(f"{tex(coef[q]) if coef[q] != 1 else ''}{tname} {q}" for q in primes).replace("+-", "-")
    lead = tex(k) if k != 1 else ""
    if len(primes) > 1:
        inner = "+".join(f"{tname} {q}" for q in primes)
        factored = f"{lead}\\left({inner}\\right)={lead}{tname} {tex(base)}={tex(k)}"
    else:
        factored = f"{lead}{tname} {tex(base)}={tex(k)}"
    group = "+".join(f"{tex(c) if c != 1 else ''}{tname} {tex(a)}" for c, a in items).replace("+-", "-")
    out.update({f"s{i}_group": group, f"s{i}_split": split_tex, f"s{i}_split_claim": f"{shown.replace('+ -', '- ')} = {split_plain}",
                f"s{i}_factored": factored, f"s{i}_value_claim": f"{split_plain} = {plain(k)}"})
    return True


def _radical(term: str) -> tuple[str, str] | None:
    """(LaTeX, claim) of a power b^(p/q) rewritten with a root whose value is rational: (8/27)^(-2/3) = (2/3)^(-2)."""
    m = _POWER_TERM.match(term)
    if not m:
        return None
    base, expo = try_expr(m.group(1)), try_expr(m.group(2).strip("{}"))
    if base is None or expo is None or not base.is_positive or not expo.is_Rational:
        return None
    expo = sp.nsimplify(expo)
    p, q = expo.p, expo.q
    root = sp.nsimplify(base ** sp.Rational(1, q))
    if not root.is_Rational:
        return None
    radical = f"\\sqrt[{q}]{{{tex(base)}}}" if q > 2 else f"\\sqrt{{{tex(base)}}}"
    shown = (f"\\left({radical}\\right)^{{{p}}}" if p != 1 else radical) if q > 1 else f"{tex(base)}^{{{p}}}"
    value = sp.nsimplify(root**p)
    outer = f"\\left({tex(root)}\\right)^{{{p}}}=" if p != 1 and q > 1 else ""
    claim = f"({plain(base)})^(1/{q}) = {plain(root)}"
    if p != 1:
        claim += f" 且 ({plain(root)})^({p}) = {plain(value)}"
    return f"{shown}={outer}{tex(value)}", claim


def _term_by_term(out: Values, parts: list[str]) -> None:
    """Each term's value (a rational number), then their sum; and the radical form of each power."""
    if not 2 <= len(parts) <= MAX_TERMS:
        return
    values = []
    for t in parts:
        v = try_expr(t)
        if v is None:
            return
        v = sp.nsimplify(sp.simplify(v))
        if not v.is_Rational:
            return
        values.append(v)
    out["by_terms"] = True
    radicals = [_radical(t) for t in parts]
    out["radicals"] = all(r is not None for r in radicals) and any("sqrt" in r[0] for r in radicals if r is not None)
    for i, (t, v, r) in enumerate(zip(parts, values, radicals, strict=True), start=1):
        is_log = "l" in t
        out.update({f"t{i}": True, f"t{i}_log": is_log, f"t{i}_pow": not is_log, f"t{i}_tex": _display(t.lstrip("+")),
                    f"t{i}_claim": f"{t.lstrip('+')} = {plain(v)}"})
        both(out, f"t{i}_value", v)
        if r is not None:
            out[f"t{i}_root"], out[f"t{i}_root_claim"] = r
    total = sp.nsimplify(sum(values))
    out["terms_sum_claim"] = f"{' + '.join(f'({plain(v)})' for v in values)} = {plain(total)}"
    both(out, "terms_total", total)


def _change_base(out: Values, found: list[tuple[int, int]], value: sp.Expr) -> None:
    """Each factor log_b n as lg n / lg b, then the product after cancelling."""
    out["change"] = True
    out["ratios"] = " \\cdot ".join(f"\\frac{{\\lg {n}}}{{\\lg {b}}}" for n, b in found)
    ratios = " * ".join(f"(lg {n} / lg {b})" for n, b in found)
    out["ratios_claim"] = f"{' * '.join(f'log_{b}({n})' for n, b in found)} = {ratios}"
    out["cancel_claim"] = f"{ratios} = {plain(value)}"


def values(e: Evaluate) -> Values:
    """The flags that pick the methods (laws / by_terms / radicals / change) and each method's values."""
    out: Values = {"laws": False, "split": False, "by_terms": False, "radicals": False, "change": False, "several": False,
                   "expr": _display(e.text)}
    for i in range(1, MAX_GROUPS + 1):
        out[f"g{i}"] = out[f"g{i}_many"] = False
    for i in range(1, MAX_TERMS + 1):
        out[f"t{i}"] = out[f"t{i}_log"] = out[f"t{i}_pow"] = False
    both(out, "value", e.value)
    found = log_text_terms(e.text)
    if found is not None:
        _laws(out, found)
    _term_by_term(out, terms(e.text))
    product = _log_product(e.text)
    if product is not None:
        _change_base(out, product, e.value)
    return out


def reference(e: Evaluate) -> str:
    """Independent: the expression as parsed, evaluated to 30 digits and recognised as an exact number."""
    approx = sp.N(e.expr, 30)
    exact = sp.nsimplify(approx, rational=False, tolerance=1e-20)
    if abs(sp.N(exact - e.expr, 30)) < 1e-20:
        return plain(exact)
    # no closed form recognised: the computed value stands only if the 30-digit evaluation agrees with it
    return plain(e.value) if abs(sp.N(e.value - e.expr, 30)) < 1e-20 else plain(approx)


TYPE: ProblemType[Evaluate] = ProblemType(
    type_id="explog.evaluate", module="exp_log", name="evaluate", detect=detect, values=values,
    reference=reference, givens=lambda e: [e.text], goal=lambda e: "value", answers=frozenset({"expr"}),
)
