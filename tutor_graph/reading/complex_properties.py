"""More second methods for complex numbers (一题多解, worker side): real unknowns by comparing parts, z·z̄ = |z|².

- `real_unknowns`: an equation with i whose unknowns are real ((1+i)x = 1+yi, z + a z̄ + b = 0): its real part
  and its imaginary part must each be 0, a system of real equations (复数相等的充要条件), where the first method
  tests the options or solves the complex equation as it stands;
- `conjugate_product`: z·z̄ is |z|², so it comes from the moduli without multiplying z by its conjugate.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor_graph.reading.complex_methods import KPS, modulus_factors
from tutor_graph.reading.strategy_parts import as_latex, parse, substitute_definitions, value_text
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

_ZZBAR = re.compile(r"([a-z])\s*(?:\\cdot)?\s*\\bar\s*\{?\s*\1\s*\}?")


def real_unknowns(reading: Reading, kind: str, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """Real unknowns of one complex equation from its real and imaginary parts, each set to 0."""
    equations = [g for g in reading["givens"] if g["kind"] == "equation" and g["claim"].count("=") == 1]
    if len(equations) != 1:
        return None
    lhs_text, rhs_text = equations[0]["claim"].split("=")
    lhs, rhs = parse(lhs_text), parse(rhs_text)
    if lhs is None or rhs is None:
        return None
    lhs, rhs = substitute_definitions(lhs, reading), substitute_definitions(rhs, reading)
    difference = sp.expand(lhs - rhs)
    unknowns = sorted(difference.free_symbols, key=str)
    if not unknowns or len(unknowns) > 2 or not difference.has(sp.I) or not all(u.is_real for u in unknowns):
        return None
    real, imaginary = sp.expand(sp.re(difference)), sp.expand(sp.im(difference))
    if real == 0 or imaginary == 0:
        return None
    solutions = [s for s in sp.solve([real, imaginary], unknowns, dict=True) if len(s) == len(unknowns)]
    if len(solutions) != 1:
        return None
    point = solutions[0]
    names = ", ".join(str(u) for u in unknowns)
    solved = ", ".join(f"{u}={value_text(point[u])}" for u in unknowns)
    if kind == "choice":
        flat = re.sub(r"[\s$]", "", solved)
        letters = [k for k, t in reading["options"].items() if re.sub(r"[\s$]", "", t) == flat]
        if len(letters) != 1:
            return None
        shown, value = letters[0], None
    else:
        target = parse(expression)
        if target is None:
            return None
        value = sp.simplify(substitute_definitions(target, reading).subs(point))
        if value.free_symbols or not value.is_number:
            return None
        shown = value_text(value)
    chain = Chain(method=("复数相等：比较实部虚部", "Equal complex numbers: compare parts"), knowledge_points=KPS)
    chain.idea((f"${names}$ 是实数，这个复数等式能拆成几个实数方程？", f"${names}$ are real: how many real equations does this "
                "complex equation give?"),
               ("两个：复数为 0 当且仅当它的实部和虚部都为 0。", "Two: a complex number is 0 exactly when its real and imaginary parts are 0."),
               kps=KPS, hints=[("复数相等的充要条件是什么？", "When are two complex numbers equal?"),
                               ("把等式化成 $A+Bi=0$ 的形式。", "Bring the equation to the form $A+Bi=0$.")])
    reading_step(chain, reading)
    chain.ask(("移项整理后，实部和虚部各是什么？", "Moving everything to one side, what are the real and imaginary parts?"),
              (f"实部 ${value_text(real)}$，虚部 ${value_text(imaginary)}$",
               f"real part ${value_text(real)}$, imaginary part ${value_text(imaginary)}$"),
              f"{as_latex(lhs)} - ({as_latex(rhs)}) = ({as_latex(real)}) + ({as_latex(imaginary)})*i", kps=KPS,
              hints=[("展开乘积，注意 $i^2=-1$。", "Multiply out, with $i^2=-1$."),
                     ("把不含 i 的项和含 i 的项分开。", "Separate the terms with i from those without.")])
    chain.ask((f"实部、虚部都为 0，${names}$ 各是多少？", f"Both parts are 0: what are ${names}$?"),
              (f"${value_text(real)}=0$，${value_text(imaginary)}=0$，所以 ${solved}$",
               f"${value_text(real)}=0$, ${value_text(imaginary)}=0$, so ${solved}$"),
              f"{as_latex(real)} = 0, {as_latex(imaginary)} = 0 ⇒ " + ", ".join(f"{u} = {as_latex(point[u])}" for u in unknowns),
              kps=KPS, hints=[("列出方程组。", "Write the system."), ("先解只含一个未知数的方程。", "Solve the one with a single unknown first.")])
    if kind == "choice":
        chain.ask(("所以应选哪一项？", "So which option is it?"), (f"{shown}（${solved}$）", f"{shown} (${solved}$)"), "", kps=(),
                  hints=[("与各选项比较。", "Compare with the options."), ("两个值都要相符。", "Both values must match.")])
    elif value is not None and expression.strip() not in [str(u) for u in unknowns]:
        chain.ask((f"所以 ${expression}$ 等于多少？", f"So what is ${expression}$?"), (f"${shown}$",) * 2,
                  f"{as_latex(substitute_definitions(parse(expression) or sp.S.Zero, reading).subs(point))} = {as_latex(value)}",
                  kps=KPS, hints=[("把求得的值代入。", "Put in the values found."), ("再化简。", "Then simplify.")])
    return chain, shown


def conjugate_product(reading: Reading, kind: str, expression: str, reading_step: Callable) -> tuple[Chain, str] | None:
    """An expression holding z·z̄ for a defined z: z·z̄ = |z|², found from the moduli."""
    m = _ZZBAR.search(expression)
    if kind != "value" or not m:
        return None
    name = m.group(1)
    found = modulus_factors(reading, name)
    if found is not None:
        pairs = found[0]
    else:
        z = parse(name)
        z = substitute_definitions(z, reading) if z is not None else None
        if z is None or z.free_symbols or sp.im(z) == 0:
            return None
        pairs = [(sp.expand(z), 1)]
    moduli = [(base, power, sp.sqrt(sp.expand(sp.re(base) ** 2 + sp.im(base) ** 2))) for base, power in pairs]
    square = sp.simplify(sp.Mul(*[mod ** (2 * p) for _, p, mod in moduli]))
    rest = expression[:m.start()] + f"({as_latex(square)})" + expression[m.end():]
    rest_value = parse(rest)
    if rest_value is None:
        return None
    value = sp.simplify(substitute_definitions(rest_value, reading))
    if value.free_symbols or not value.is_number:
        return None
    chain = Chain(method=("用 z·z̄=|z|²", "Use z·z̄ = |z|²"), knowledge_points=KPS)
    chain.idea((f"${name}\\bar{{{name}}}$ 与 $|{name}|$ 有什么关系？能不能不乘开就求出它？",
                f"How is ${name}\\bar{{{name}}}$ related to $|{name}|$? Can we find it without multiplying out?"),
               (f"${name}\\bar{{{name}}}=|{name}|^2$：只要求出 ${name}$ 的模。", f"${name}\\bar{{{name}}}=|{name}|^2$: only the modulus is needed."),
               kps=KPS, hints=[("设 $z=a+bi$，算一算 $z\\bar{z}$。", "Let $z=a+bi$ and work out $z\\bar{z}$."),
                               ("和 $a^2+b^2$ 比较。", "Compare with $a^2+b^2$.")])
    reading_step(chain, reading)
    for base, _, modulus in moduli:
        chain.ask((f"$|{value_text(base)}|$ 等于多少？", f"What is $|{value_text(base)}|$?"),
                  (f"$|{value_text(base)}|={value_text(modulus)}$",) * 2, f"|{as_latex(base)}| = {as_latex(modulus)}",
                  kps=KPS, hints=[("$|a+bi|=\\sqrt{a^2+b^2}$。", "$|a+bi|=\\sqrt{a^2+b^2}$."),
                                  ("把实部、虚部代入。", "Put in the real and imaginary parts.")])
    formula = " * ".join(f"({as_latex(mod)})^({2 * p})" for _, p, mod in moduli)
    chain.ask((f"所以 ${name}\\bar{{{name}}}=|{name}|^2$ 等于多少？", f"So what is ${name}\\bar{{{name}}}=|{name}|^2$?"),
              (f"${value_text(square)}$",) * 2, f"{formula} = {as_latex(square)}", kps=KPS,
              hints=[("积、商的模是模的积、商。", "The modulus of a product or quotient is that of the moduli."),
                     ("再平方。", "Then square it.")])
    if m.group(0) != expression.strip():
        put = re.sub(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", f"({as_latex(substitute_definitions(sp.Symbol(name), reading))})", rest)
        chain.ask((f"代入后，${expression}$ 等于多少？", f"Putting it in, what is ${expression}$?"), (f"${value_text(value)}$",) * 2,
                  f"{put} = {as_latex(value)}", kps=KPS,
                  hints=[("用求得的值替换 $z\\bar{z}$。", "Replace $z\\bar{z}$ by the value found."),
                         ("再化简。", "Then simplify.")])
    return chain, value_text(value)
