"""Second methods for complex numbers (一题多解, worker side): compare parts, and the modulus by its properties.

The first methods divide (multiply by the conjugate) or solve for z. Here:
- `by_parts`: write the unknown number as a + bi (a, b real), multiply out and compare real and imaginary
  parts: a linear system in a, b instead of a division (待定系数法);
- `by_modulus`: the modulus of a product or quotient is the product or quotient of the moduli, so |z| is
  found without computing z (|z₁z₂| = |z₁||z₂|, |z₁/z₂| = |z₁|/|z₂|, and |z| = |e|/|c| when cz = e).
Both see the same Reading as the first method and are checked claim by claim; the graph keeps them only
when verified and grading equal to the first method's answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.strategy_parts import as_latex, parse, relation, substitute_definitions, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

KPS = ("cplx.arithmetic",)
_PAIRS = (("a", "b"), ("m", "n"), ("p", "q"), ("s", "t"))
_KIND_WORDS = {"conjugate": ("共轭复数", "conjugate"), "imaginary": ("虚部", "imaginary part"),
               "real": ("实部", "real part"), "modulus": ("模", "modulus")}


def _letters(reading: Reading) -> tuple[sp.Symbol, sp.Symbol] | None:
    """Two real unknowns named by letters the problem does not use."""
    for u, v in _PAIRS:
        if not re.search(rf"(?<![A-Za-z\\])[{u}{v}](?![A-Za-z])", reading["text"]):
            return sp.Symbol(u, real=True), sp.Symbol(v, real=True)
    return None


def _unknown_name(reading: Reading) -> str | None:
    """The complex unknown's letter, as `complex_unknowns.solve_complex` finds it."""
    names = set(re.findall(r"(?:复数|complex number)\s*([a-z])(?![A-Za-z_(])", reading["text"], re.I))
    if not names and all(re.search(rf"(?<![A-Za-z\\]){c}(?![A-Za-z_])", reading["text"]) for c in "zi"):
        names = {"z"}
    return names.pop() if len(names) == 1 else None


def _linear_equation(reading: Reading, expression: str) -> tuple[sp.Expr, sp.Expr, str, sp.Expr] | None:
    """(c, e, shown, target) when the asked number w satisfies c·w = e with c not real: w is either a
    quotient asked directly (w = P/Q), or the complex unknown z of one linear equation (then `target` is the
    asked expression of z, else w itself). `shown` is how w is written in the questions."""
    w = sp.Symbol("w", complex=True)
    expr = parse(expression)
    if expr is None:
        return None
    defined = substitute_definitions(expr, reading)
    if not defined.free_symbols:
        text = expression.strip()
        for g in reading["givens"]:  # a name given by a definition (z = (2+i)/(1-2i)) is divided as defined
            m = re.fullmatch(r"\s*([a-z])\s*=\s*(.+)", g["claim"]) if g["kind"] == "definition" else None
            if m and m.group(1) == text:
                text = m.group(2)
        pieces = quotient(text)
        if pieces is None:
            return None
        num, den = (parse(p) for p in pieces)
        if num is None or den is None or num.free_symbols or den.free_symbols:
            return None
        den = sp.expand(den)
        if sp.im(den) == 0:
            return None  # nothing to divide by: the first method's computation is all there is
        return den, sp.expand(num), expression.strip(), w
    name = _unknown_name(reading)
    if name is None or {s.name for s in expr.free_symbols} != {name}:
        return None
    equations = [g for g in reading["givens"] if g["claim"] and g["kind"] in ("equation", "definition")
                 and re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", g["claim"])]
    if len(equations) != 1 or re.search(r"bar|overline", equations[0]["claim"]):
        return None
    rel = relation(equations[0]["claim"])
    if rel is None or {s.name for s in rel.free_symbols} != {name}:
        return None
    symbol = next(iter(rel.free_symbols))
    rel = sp.expand(rel.subs(symbol, w))
    if not rel.is_polynomial(w) or sp.degree(rel, w) != 1:
        return None
    c, e = sp.expand(rel.coeff(w, 1)), sp.expand(-rel.coeff(w, 0))
    if c.free_symbols or e.free_symbols or sp.im(c) == 0:
        return None
    return c, e, name, expr.subs({s: w for s in expr.free_symbols})


def quotient(text: str) -> tuple[str, str] | None:
    r"""The numerator and denominator texts of a formula that is one fraction `\frac{N}{D}`, else None (the
    parser rationalises a quotient of complex numbers as it reads it, so the pieces are read apart).

    >>> quotient("\\frac{3+i}{1+i}")
    ('3+i', '1+i')
    >>> quotient("\\frac{1}{2}+i") is None
    True
    """
    t = text.strip().strip("$").strip()
    m = re.match(r"\\d?frac\s*", t)
    if not m:
        return None
    pieces, depth, start = [], 0, 0
    for j in range(m.end(), len(t)):
        if t[j] == "{":
            depth += 1
            if depth == 1:
                start = j + 1
        elif t[j] == "}":
            depth -= 1
            if depth == 0:
                pieces.append(t[start:j])
                if len(pieces) == 2:
                    return (pieces[0], pieces[1]) if not t[j + 1:].strip() else None
        elif depth == 0 and not t[j].isspace():
            return None
    return None


def _applied(kind: str, z: sp.Expr) -> sp.Expr:
    re_, im_ = sp.re(z), sp.im(z)
    return sp.simplify({"conjugate": re_ - sp.I * im_, "imaginary": im_, "real": re_,
                        "modulus": sp.sqrt(re_ ** 2 + im_ ** 2)}.get(kind, z))


def by_parts(reading: Reading, kind: str, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """待定系数法: the asked complex number w = a + bi from c·w = e, comparing real and imaginary parts."""
    found = _linear_equation(reading, expression)
    letters = _letters(reading)
    if found is None or letters is None:
        return None
    c, e, shown, target = found
    a, b = letters
    product = sp.expand((a + sp.I * b) * c)
    re_p, im_p = sp.expand(sp.re(product)), sp.expand(sp.im(product))
    re_e, im_e = sp.re(e), sp.im(e)
    solution = sp.solve([re_p - re_e, im_p - im_e], [a, b], dict=True)
    if len(solution) != 1:
        return None
    va, vb = solution[0][a], solution[0][b]
    w_value = sp.nsimplify(va + sp.I * vb)
    value = _applied(kind, sp.simplify(target.subs(sp.Symbol("w", complex=True), w_value)))
    if value.free_symbols or not value.is_number:
        return None
    ab = f"{a}+{b}i"
    chain = Chain(method=("设 a+bi，比较实部虚部", "Write a + bi and compare parts"), knowledge_points=KPS)
    chain.idea((f"不做除法，能否设出 ${shown}$ 的代数形式，用复数相等来求？",
                f"Without dividing, can we write ${shown}$ as a + bi and use equality of complex numbers?"),
               (f"可以：设 ${shown}={ab}$（${a}, {b}$ 为实数），代入后比较实部与虚部，得到关于 ${a}, {b}$ 的方程组。",
                f"Yes: let ${shown}={ab}$ with ${a}, {b}$ real, substitute, and compare real and imaginary parts "
                f"to get a system in ${a}, {b}$."), kps=KPS,
               hints=[("两个复数什么时候相等？", "When are two complex numbers equal?"),
                       ("实部与虚部分别相等。", "When their real parts and imaginary parts are equal.")])
    reading_step(chain, reading)
    c_text = value_text(c)
    chain.ask((f"$({ab})({c_text})$ 展开后，实部和虚部各是什么？",
               f"Multiplying out $({ab})({c_text})$, what are its real and imaginary parts?"),
              (f"实部 ${value_text(re_p)}$，虚部 ${value_text(im_p)}$", f"real part ${value_text(re_p)}$, "
               f"imaginary part ${value_text(im_p)}$"),
              f"({a}+{b}*i)*({as_latex(c)}) = ({as_latex(re_p)}) + ({as_latex(im_p)})*i", kps=KPS,
              hints=[("按多项式乘法展开。", "Multiply out as with polynomials."),
                     ("别忘了 $i^2=-1$。", "Remember that $i^2=-1$.")])
    system = f"{as_latex(re_p)} = {as_latex(re_e)}, {as_latex(im_p)} = {as_latex(im_e)}"
    chain.ask((f"它等于 ${value_text(e)}$，比较实部与虚部，${a}, {b}$ 各是多少？",
               f"It equals ${value_text(e)}$; comparing parts, what are ${a}$ and ${b}$?"),
              (f"${value_text(re_p)}={value_text(re_e)}$，${value_text(im_p)}={value_text(im_e)}$，"
               f"解得 ${a}={value_text(va)}, {b}={value_text(vb)}$",
               f"${value_text(re_p)}={value_text(re_e)}$, ${value_text(im_p)}={value_text(im_e)}$, "
               f"so ${a}={value_text(va)}, {b}={value_text(vb)}$"),
              f"{system} ⇒ {a} = {as_latex(va)}, {b} = {as_latex(vb)}", kps=KPS,
              hints=[("实部等于实部，虚部等于虚部，列出方程组。", "Real part equals real part, imaginary equals imaginary."),
                     ("解这个二元一次方程组。", "Solve the linear system.")])
    asked = value_text(value)
    if kind in _KIND_WORDS or target != sp.Symbol("w", complex=True):
        zh, en = _KIND_WORDS.get(kind, ("值", "value"))
        what = (f"${expression}$ 的{zh}", f"the {en} of ${expression}$") if kind in _KIND_WORDS else \
            (f"${expression}$", f"${expression}$")
        chain.ask((f"所以{what[0]}是多少？", f"So what is {what[1]}?"), (f"${asked}$",) * 2,
                  _final_claim(kind, target, w_value, value), kps=KPS,
                  hints=[("用求得的实部与虚部。", "Use the real and imaginary parts found."),
                         ("对照所问的量的定义。", "Compare with the definition of what is asked.")])
    return chain, asked


def _final_claim(kind: str, target: sp.Expr, w_value: sp.Expr, value: sp.Expr) -> str:
    w = as_latex(w_value)
    if kind == "modulus":
        return f"|{w}| = {as_latex(value)}"
    if kind == "conjugate":
        return f"\\overline{{{w}}} = {as_latex(value)}"
    if kind in ("real", "imaginary"):
        return ""  # parts of a number are read off, not checked as a formula
    return f"{as_latex(target.subs(sp.Symbol('w', complex=True), w_value))} = {as_latex(value)}"


def _definition_text(reading: Reading, name: str) -> str | None:
    for g in reading["givens"]:
        m = re.fullmatch(r"\s*([a-z])\s*=\s*(.+)", g["claim"]) if g["kind"] == "definition" else None
        if m and m.group(1) == name.strip():
            return m.group(2)
    return None


def _powers(expr: sp.Expr, sign: int = 1) -> list[tuple[sp.Expr, int]]:
    """A product as (factor, power) pairs, powers times `sign` (−1 for a denominator)."""
    out = []
    for f in sp.Mul.make_args(expr):
        base, power = f.as_base_exp()
        if not power.is_Integer:
            return []
        out.append((base, sign * int(power)))
    return out


def modulus_factors(reading: Reading, inner: str) -> tuple[list[tuple[sp.Expr, int]], str, sp.Expr | None] | None:
    """The factors (with powers) whose moduli give |inner|, as numbers; the factorisation used, if any."""
    text = _definition_text(reading, inner) or inner
    pieces = quotient(text)
    factored = None
    if pieces is not None:
        num, den = (parse(p) for p in pieces)
        if num is None or den is None:
            return None
        pairs = _powers(num) + _powers(den, -1)
    else:
        expr = parse(text)
        if expr is None:
            return None
        if expr.free_symbols:  # |z^2-2z| = |z||z-2|: factor in z first
            factored = sp.factor(expr)
            if factored == expr and not expr.is_Mul:
                return None
            pairs = _powers(factored)
        else:
            pairs = _powers(expr)
    values = []
    for base, power in pairs:
        value = sp.expand(substitute_definitions(base, reading))
        if value.free_symbols or not value.is_number:
            return None
        values.append((value, power))
    if not values or (len(values) < 2 and abs(values[0][1]) < 2) or all(sp.im(v) == 0 for v, _ in values):
        return None  # one plain factor, or real numbers only: nothing for the property to do
    return values, text, factored


def by_modulus(reading: Reading, kind: str, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """|z| from the moduli of the factors (a product / quotient, or z of c·z = e), without computing z."""
    inner = expression.strip()
    if kind == "value":
        m = re.fullmatch(r"\|(.+)\|", inner)
        if not m:
            return None
        inner = m.group(1).strip()
    elif kind != "modulus":
        return None
    factored = None
    found = modulus_factors(reading, inner) if parse(inner) is not None else None
    if found is not None:
        pairs, text, factored = found
    else:
        solved = _linear_equation(reading, inner)
        if solved is None or solved[3] != sp.Symbol("w", complex=True):
            return None
        c, e, _, _ = solved
        pairs, text = [(e, 1), (c, -1)], inner
    moduli = [(base, power, sp.sqrt(sp.expand(sp.re(base) ** 2 + sp.im(base) ** 2))) for base, power in pairs]
    value = sp.simplify(sp.Mul(*[m ** p for _, p, m in moduli]))
    if value.free_symbols or not value.is_real:
        return None
    chain = Chain(method=("用模的性质", "Use the properties of the modulus"), knowledge_points=KPS)
    chain.idea((f"求 $|{inner}|$，一定要先把 ${inner}$ 算成 a+bi 吗？", f"To find $|{inner}|$, must we first write ${inner}$ as a + bi?"),
               ("不必：积的模等于模的积，商的模等于模的商，$|z_1z_2|=|z_1||z_2|$，$|\\frac{z_1}{z_2}|=\\frac{|z_1|}{|z_2|}$。",
                "No: the modulus of a product is the product of the moduli, of a quotient the quotient: "
                "$|z_1z_2|=|z_1||z_2|$, $|\\frac{z_1}{z_2}|=\\frac{|z_1|}{|z_2|}$."), kps=KPS,
               hints=[("模和乘除法有什么关系？", "How does the modulus behave under multiplication and division?"),
                      ("想想 $|z|^2=z\\bar{z}$。", "Think of $|z|^2=z\\bar{z}$.")])
    reading_step(chain, reading)
    if factored is not None:
        expr = parse(text)
        chain.ask((f"${text}$ 能怎样分解因式？", f"How does ${text}$ factor?"), (f"${value_text(factored)}$",) * 2,
                  f"{as_latex(expr)} = {as_latex(factored)}", kps=("cplx.arithmetic",),
                  hints=[("提取公因式。", "Take out the common factor."), ("写成几个因式的积。", "Write it as a product.")])
    for base, _, modulus in moduli:
        chain.ask((f"$|{value_text(base)}|$ 等于多少？", f"What is $|{value_text(base)}|$?"),
                  (f"$|{value_text(base)}|={value_text(modulus)}$",) * 2, f"|{as_latex(base)}| = {as_latex(modulus)}",
                  kps=KPS, hints=[("$|a+bi|=\\sqrt{a^2+b^2}$。", "$|a+bi|=\\sqrt{a^2+b^2}$."),
                                  ("把实部、虚部代入。", "Put in the real and imaginary parts.")])
    formula = " * ".join(f"({as_latex(m)})^({p})" for _, p, m in moduli)
    chain.ask((f"所以 $|{inner}|$ 是多少？", f"So what is $|{inner}|$?"), (f"${value_text(value)}$",) * 2,
              f"{formula} = {as_latex(value)}", kps=KPS,
              hints=[("积、商的模是模的积、商。", "The modulus of a product or quotient is that of the moduli."),
                     ("乘方就是连乘。", "A power is a repeated product.")])
    return chain, value_text(value)
