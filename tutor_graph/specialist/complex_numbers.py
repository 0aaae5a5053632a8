"""Complex numbers: products and quotients in a+bi form (conjugate / undetermined coefficients),
modulus (compute z first / |z1|/|z2|), conjugate, real and imaginary parts, quadrant."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr, try_relation
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, roots_math, tex

Z = sp.Symbol("z")


def _parse(text: str):
    return try_expr(text, real=False)


def _matching(text: str) -> int:
    """Index of the bracket closing text[0]."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    return -1


def _quotient(text: str) -> tuple[sp.Expr, sp.Expr] | None:
    """(numerator, denominator) of `A/B` split at its one top-level slash (SymPy would already have
    rationalised a parsed quotient such as (3+i)/(1+i))."""
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _matching(text) == len(text) - 1:
        text = text[1:-1].strip()
    depth, cut = 0, None
    for i, ch in enumerate(text):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "/" and depth == 0:
            if cut is not None:
                return None
            cut = i
    if cut is None:
        return None
    num, den = _parse(text[:cut]), _parse(text[cut + 1 :])
    return (num, den) if num is not None and den is not None else None


def detect(p: Problem) -> Match | None:
    if p.has("象限", "quadrant"):
        return None  # quadrants (of z or of its conjugate, also as choices) are complex_quadrant's
    return read_number(p)


def read_number(p: Problem) -> Match | None:
    """The complex number a text defines (z = …, an equation linear in z, or a bare expression) and what it asks."""
    # "3i", "1+i", "2-i" mark a complex number; a bare "(i)" / "第 i 个" is a part label or an index
    named = p.has("复数", "complex", "虚部", "实部", "共轭", "imaginary")
    if not (named or re.search(r"\d\s*i\b|[+\-]\s*i\b", p.text)):
        return None
    if any({s.name for s in (lhs - rhs).free_symbols} - {"z", "i"} for lhs, _, rhs in p.relations):
        return None  # other unknowns (x, p, q …): an equation to solve, not a number to compute
    expr, split = None, None
    for frag in p.fragments:
        if not re.search(r"(?<![a-z])i(?![a-z])", frag) or (not named and frag.strip() == "i"):
            continue
        if "=" in frag:
            rel = try_relation(frag, real=False)
            if rel is None:
                continue
            lhs, op, rhs = rel
            if op != "=":
                continue
            if lhs == Z and not rhs.free_symbols:
                expr = rhs
                split = _quotient(frag.split("=", 1)[1])
            elif lhs.has(Z) and not rhs.has(Z) and sp.degree(sp.expand(lhs), Z) == 1:
                sol = sp.solve(sp.Eq(lhs, rhs), Z)
                if len(sol) == 1:
                    expr = ("equation", lhs, rhs, sol[0])
                    split = (rhs, sp.expand(lhs / Z))
        else:
            e = _parse(frag)
            if e is not None and not e.free_symbols and e.has(sp.I):
                expr = e
                split = _quotient(frag)
        if expr is not None:
            break
    if expr is None:
        return None
    text = frag
    if isinstance(expr, tuple):
        _, lhs, rhs, value = expr
        given = f"{plain(lhs)} = {plain(rhs)}"
    else:
        lhs = rhs = None
        value = expr
        given = plain(expr)
    value = sp.nsimplify(sp.expand(sp.radsimp(value)))
    if sp.count_ops(value) > 12:
        return None
    goal = "value"
    if p.has("模", "modulus", "|z|", "absolute value"):
        goal = "modulus"
    elif p.has("共轭", "conjugate"):
        goal = "conjugate"
    elif p.has("虚部", "imaginary part"):
        goal = "imag"
    elif p.has("实部", "real part"):
        goal = "real"
    elif p.has("象限", "quadrant"):
        goal = "quadrant"
    num, den = split if split else (value, sp.Integer(1))
    raw = sp.Mul(num, sp.Pow(den, -1, evaluate=False), evaluate=False) if den != 1 else num
    if split:
        given = f"{plain(lhs)} = {plain(rhs)}" if lhs is not None else f"({plain(num)})/({plain(den)})"
    return Match([given], goal, {"lhs": lhs, "rhs": rhs, "expr": raw, "num": sp.expand(num), "den": sp.expand(den),
                                 "value": value, "goal": goal, "text": text.split("=")[-1].strip()}, 0.9)


def _a_bi(v: sp.Expr) -> str:
    return dollar(sp.expand(v))


def _goal_answer(d: dict, v: sp.Expr) -> tuple[str, str]:
    v = sp.expand(v)
    re_, im = sp.re(v), sp.im(v)
    g = d["goal"]
    if g == "modulus":
        text = dollar(sp.sqrt(re_**2 + im**2))
        return text, text
    if g == "conjugate":
        return (_a_bi(sp.conjugate(v)),) * 2
    if g == "imag":
        return (dollar(im),) * 2
    if g == "real":
        return (dollar(re_),) * 2
    if g == "quadrant":
        q = {(True, True): 1, (False, True): 2, (False, False): 3, (True, False): 4}[(bool(re_ > 0), bool(im > 0))]
        return f"第{'一二三四'[q - 1]}象限", ["first", "second", "third", "fourth"][q - 1] + " quadrant"
    return (_a_bi(v),) * 2


def _finish_goal(chain: Chain, d: dict, v: sp.Expr) -> None:
    """The last link from z = a+bi to what was asked."""
    g = d["goal"]
    re_, im = sp.re(v), sp.im(v)
    if g == "modulus":
        m = sp.sqrt(re_**2 + im**2)
        chain.ask(("$|z|=\\sqrt{a^2+b^2}$ 是多少？", "What is $|z|=\\sqrt{a^2+b^2}$?"), (f"$|z|={tex(m)}$",) * 2,
                  f"sqrt(({plain(re_)})^2 + ({plain(im)})^2) = {plain(m)}", kps=["cplx.geometry"],
                  hints=[("$z$ 的实部 $a$、虚部 $b$ 各是多少？", "What are the real part $a$ and the imaginary part $b$ of $z$?"),
                         ("$a^2+b^2$ 是多少？再开平方呢？", "What is $a^2+b^2$, and its square root?")])
    elif g == "conjugate":
        chain.ask(("共轭复数是什么？", "What is the conjugate?"), (f"$\\bar z={tex(sp.conjugate(v))}$",) * 2,
                  f"conjugate({plain(v)}) = {plain(sp.conjugate(v))}", kps=["cplx.concept"],
                  hints=[("共轭复数的实部、虚部与原来的有什么关系？", "How do the real and imaginary parts of the conjugate compare with the original?"),
                         ("$z$ 的实部、虚部各是多少？", "What are the real and imaginary parts of $z$?")])
    elif g in ("imag", "real"):
        part = im if g == "imag" else re_
        chain.ask((f"{'虚部' if g == 'imag' else '实部'}是多少？", f"What is the {'imaginary' if g == 'imag' else 'real'} part?"),
                  (f"${tex(part)}$",) * 2, "", kps=["cplx.concept"],
                  hints=[("$z$ 已经写成 $a+bi$ 的形式了吗？", "Is $z$ already written as $a+bi$?"),
                         ("$a+bi$ 的虚部是 $b$ 还是 $bi$？实部是哪个？", "Is the imaginary part of $a+bi$ equal to $b$ or $bi$? Which is the real part?")])
    elif g == "quadrant":
        ans = _goal_answer(d, v)
        chain.ask(("对应的点坐标是什么？在第几象限？", "Which point does it correspond to, and in which quadrant?"),
                  (f"$({tex(re_)}, {tex(im)})$，{ans[0]}", f"$({tex(re_)}, {tex(im)})$, {ans[1]}"),
                  f"{plain(re_)} {'>' if re_ > 0 else '<'} 0 且 {plain(im)} {'>' if im > 0 else '<'} 0", kps=["cplx.geometry"],
                  hints=[("复数 $a+bi$ 在复平面内对应哪个点？", "Which point of the complex plane does $a+bi$ correspond to?"),
                         ("这个点的横、纵坐标各是正还是负？", "Are its two coordinates positive or negative?")])


def _solve_for_z_step(chain: Chain, d: dict) -> None:
    if d["lhs"] is not None:
        chain.ask(("把 $z$ 单独表示出来，$z$ 等于什么？", "Isolating $z$, what is $z$ equal to?"), (f"$z=\\frac{{{tex(d['num'])}}}{{{tex(d['den'])}}}$",) * 2, "", kps=["cplx.arithmetic"],
                  hints=[("等式中 $z$ 乘着什么？", "What is $z$ multiplied by in the equation?"),
                         ("两边同除以这个系数，得到什么？", "Divide both sides by that coefficient: what do you get?")])


def _conjugate_method(chain: Chain, d: dict) -> None:
    num, den = d["num"], d["den"]
    if den.has(sp.I):
        chain.idea(("复数的除法怎样进行？", "How is one complex number divided by another?"),
                   ("分子、分母同乘分母的共轭复数，使分母变成实数，再化成 $a+bi$ 的形式",
                    "multiply top and bottom by the conjugate of the denominator, making it real, then write the result as $a+bi$"),
                   kps=["cplx.arithmetic"],
                   hints=[("分母里有 $i$ 时，能不能像分母有理化那样处理？", "With $i$ in the denominator, can it be handled like rationalising a denominator?"),
                          ("一个复数乘它的共轭复数，结果是实数吗？", "Is a complex number times its conjugate a real number?")])
    else:
        chain.idea(("复数的乘法怎样进行？", "How are complex numbers multiplied?"),
                   ("像多项式一样相乘，再用 $i^2=-1$ 合并，写成 $a+bi$ 的形式", "multiply as polynomials, use $i^2=-1$, and collect into $a+bi$"),
                   kps=["cplx.arithmetic"],
                   hints=[("$(a+bi)(c+di)$ 可以像两个多项式那样展开吗？", "Can $(a+bi)(c+di)$ be expanded like two polynomials?"),
                          ("展开后出现的 $i^2$ 等于多少？", "What is the $i^2$ that appears?")])
    _solve_for_z_step(chain, d)
    if den.has(sp.I):
        conj = sp.conjugate(den)
        new_num, new_den = sp.expand(num * conj), sp.expand(den * conj)
        chain.ask((f"分子分母同乘分母的共轭复数 ${tex(conj)}$，分母变成多少？", f"Multiply numerator and denominator by the conjugate ${tex(conj)}$. What is the denominator now?"),
                  (f"$({tex(den)})({tex(conj)})={tex(new_den)}$",) * 2, f"({plain(den)})*({plain(conj)}) = {plain(new_den)}",
                  kps=["cplx.arithmetic"],
                  hints=[("$(a+bi)(a-bi)$ 展开后，含 $i$ 的项还在吗？", "Expanding $(a+bi)(a-bi)$, are the terms with $i$ still there?"),
                         ("用平方差公式，结果是哪两个数的平方和？", "By the difference of squares, it is the sum of which two squares?")])
        chain.ask(("分子展开是多少（注意 $i^2=-1$）？", "What is the numerator once expanded (remember $i^2=-1$)?"),
                  (f"$({tex(num)})({tex(conj)})={tex(new_num)}$",) * 2, f"({plain(num)})*({plain(conj)}) = {plain(new_num)}",
                  kps=["cplx.arithmetic"],
                  hints=[("像多项式一样逐项相乘，会得到几项？", "Multiplying term by term as with polynomials, how many terms do you get?"),
                         ("把 $i^2$ 换成 $-1$，实数项、含 $i$ 的项各合并成多少？", "Replace $i^2$ by $-1$: what do the real terms and the $i$ terms add up to?")])
        v = sp.expand(new_num / new_den)
    else:
        v = sp.expand(num / den)
        chain.ask(("展开并利用 $i^2=-1$ 化简，结果写成 $a+bi$ 是多少？", "Expanding and using $i^2=-1$, what is the result as $a+bi$?"),
                  (f"${tex(v)}$",) * 2, f"{d['text']} = {plain(v)}", kps=["cplx.arithmetic"],
                  hints=[("像多项式一样逐项相乘，会得到几项？", "Multiplying term by term as with polynomials, how many terms do you get?"),
                         ("把 $i^2$ 换成 $-1$，实数项、含 $i$ 的项各合并成多少？", "Replace $i^2$ by $-1$: what do the real terms and the $i$ terms add up to?")])
    if den.has(sp.I):
        chain.ask(("化成 $a+bi$ 的形式是多少？", "What is it in the form $a+bi$?"), (f"$z={tex(v)}$",) * 2,
                  f"({plain(num)})/({plain(den)}) = {plain(v)}", kps=["cplx.arithmetic"],
                  hints=[("分母已经是实数了吗？", "Is the denominator real now?"),
                         ("实部、虚部分别除以分母，各是多少？", "Divide the real and the imaginary part by it: what are they?")])
    _finish_goal(chain, d, v)
    chain.done(_goal_answer(d, v), _goal_answer(d, d["value"]))


def coefficient_steps(chain: Chain, num: sp.Expr, den: sp.Expr) -> sp.Expr:
    """The undetermined-coefficients steps for z·den = num (z = a+bi; expand; equal parts); returns z."""
    a, b = sp.symbols("a b", real=True)
    prod = sp.expand((a + b * sp.I) * den)
    chain.ask((f"设 $z=a+bi$（$a,b\\in\\mathbb R$），$z({tex(den)})={tex(num)}$ 的左边展开是什么？",
               f"Let $z=a+bi$ with real a, b. What is the left side of $z({tex(den)})={tex(num)}$ once expanded?"),
              (f"${tex(sp.re(prod))}+({tex(sp.im(prod))})i={tex(num)}$",) * 2,
              f"(a + b*i)*({plain(den)}) = {plain(sp.re(prod))} + ({plain(sp.im(prod))})*i",
              kps=["cplx.arithmetic", "undetermined_coefficients"],
              hints=[("像多项式一样展开，$i^2$ 等于多少？", "Expanding as polynomials, what is $i^2$?"),
                     ("不含 $i$ 的项、含 $i$ 的项各合并成什么？", "What do the terms without $i$ and those with $i$ collect into?")])
    sol = sp.solve([sp.re(prod) - sp.re(num), sp.im(prod) - sp.im(num)], [a, b], dict=True)[0]  # den ≠ 0: one solution
    chain.ask(("复数相等：实部、虚部分别相等，$a$、$b$ 各是多少？", "Equal complex numbers have equal real and imaginary parts: what are a and b?"),
              (f"$a={tex(sol[a])}, b={tex(sol[b])}$",) * 2,
              f"{plain(sp.re(prod))} = {plain(sp.re(num))} 且 {plain(sp.im(prod))} = {plain(sp.im(num))} \\Rightarrow a = {plain(sol[a])} 且 b = {plain(sol[b])}",
              kps=["cplx.concept"],
              hints=[("两边的实部、虚部各是什么？能列出几个方程？", "What are the real and imaginary parts on each side, and how many equations do they give?"),
                     ("这是关于 $a,b$ 的什么方程组？怎样解？", "What kind of system in a and b is it, and how is it solved?")])
    return sol[a] + sol[b] * sp.I


def _coefficients_method(chain: Chain, d: dict) -> None:
    chain.idea(("设 $z=a+bi$ 后，怎样由等式求出 $a$、$b$？", "Letting $z=a+bi$, how does the equation give a and b?"),
               ("展开后利用复数相等的条件：实部、虚部分别相等，列方程组求解",
                "expand, then use equality of complex numbers: equal real parts and equal imaginary parts give a system to solve"),
               kps=["cplx.concept", "undetermined_coefficients"],
               hints=[("两个复数相等，需要满足什么条件？", "When are two complex numbers equal?"),
                      ("未知的 $a$、$b$ 是实数，有几个就需要几个方程？", "The unknowns a and b are real: how many equations are needed?")])
    v = coefficient_steps(chain, d["num"], d["den"])
    _finish_goal(chain, d, v)
    chain.done(_goal_answer(d, v), _goal_answer(d, d["value"]))


def _modulus_property(chain: Chain, d: dict) -> None:
    num, den = d["num"], d["den"]
    mn, md = sp.sqrt(sp.re(num) ** 2 + sp.im(num) ** 2), sp.sqrt(sp.re(den) ** 2 + sp.im(den) ** 2)
    chain.idea(("求一个商的模，一定要先把商算出来吗？", "To find the modulus of a quotient, must the quotient be computed first?"),
               ("不必：商的模等于模的商，$|\\frac{z_1}{z_2}|=\\frac{|z_1|}{|z_2|}$", "no: the modulus of a quotient is the quotient of the moduli, $|\\frac{z_1}{z_2}|=\\frac{|z_1|}{|z_2|}$"),
               kps=["cplx.geometry"],
               hints=[("积的模与模的积有什么关系？", "How is the modulus of a product related to the product of the moduli?"),
                      ("除法是乘法的逆运算，商的模呢？", "Division undoes multiplication: what about the modulus of a quotient?")])
    chain.ask(("分子、分母的模各是多少？", "What are the moduli of the numerator and the denominator?"),
              (f"$|{tex(num)}|={tex(mn)}$，$|{tex(den)}|={tex(md)}$", f"$|{tex(num)}|={tex(mn)}$, $|{tex(den)}|={tex(md)}$"),
              f"sqrt(({plain(sp.re(num))})^2 + ({plain(sp.im(num))})^2) = {plain(mn)} 且 sqrt(({plain(sp.re(den))})^2 + ({plain(sp.im(den))})^2) = {plain(md)}",
              kps=["cplx.geometry"],
              hints=[("复数 $a+bi$ 的模怎样计算？", "How is the modulus of $a+bi$ computed?"),
                     ("分子、分母的实部、虚部各是多少？", "What are the real and imaginary parts of the numerator and the denominator?")])
    m = sp.radsimp(mn / md)
    chain.ask(("$|z|$ 是多少？", "What is $|z|$?"), (f"$|z|=\\frac{{{tex(mn)}}}{{{tex(md)}}}={tex(m)}$",) * 2,
              f"({plain(mn)})/({plain(md)}) = {plain(m)}", kps=["cplx.geometry"],
              hints=[("$|z|$ 等于哪两个模的商？", "$|z|$ is the quotient of which two moduli?"),
                     ("相除后分母有根号吗？怎样化简？", "Is there a root in the denominator after dividing, and how is it simplified?")])
    chain.done((dollar(m),) * 2, _goal_answer(d, d["value"]))


register(Solver("complex.arithmetic", "complex_numbers", detect, (
    Method(("分母实数化（乘共轭）", "Multiply by the conjugate"), _conjugate_method),
    Method(("模的性质", "Modulus of a quotient"), _modulus_property, lambda d: d["goal"] == "modulus" and d["den"].has(sp.I)),
    Method(("待定系数法", "Undetermined coefficients"), _coefficients_method, lambda d: d["den"].has(sp.I) and d["goal"] != "modulus"),
), ("cplx.arithmetic",), priority=68, answers=frozenset({"expr", "abs", "unknown", "modulus", "part", "conjugate", "quadrant"})))


# -- an expression in a given z ----------------------------------------------------------------------------
def detect_expression(p: Problem) -> Match | None:
    m = re.search(r"(?<![+\-*/|\w])z\s*=\s*([^,;，。]+?)(?=[,;，。]|\.\s|\s*(?:求|find))", p.text, re.I)
    if not m or not p.has("求", "find", "compute"):
        return None
    z0 = _parse(m.group(1))
    if z0 is None or z0.free_symbols or not z0.has(sp.I):
        return None
    tail = re.split(r"求|find|compute", p.text, flags=re.I)[-1]
    mm = re.search(r"\|([^|]+)\|", tail)
    if not mm:
        return None
    e = _parse(mm.group(1))
    if e is None or e.free_symbols != {Z} or not e.is_polynomial(Z) or sp.degree(e, Z) > 3:
        return None
    return Match([f"z = {plain(z0)}"], f"|{plain(e)}|", {"z0": z0, "e": e}, 0.9)


def _expr_ref(d: dict) -> tuple[str, str]:
    return (plain(sp.nsimplify(sp.Abs(sp.expand(d["e"].subs(Z, d["z0"]))))),) * 2


def _expr_direct(chain: Chain, d: dict) -> None:
    z0, e = d["z0"], d["e"]
    v = sp.expand(e.subs(Z, z0))
    chain.idea(("求一个关于 $z$ 的式子的模，可以先做什么？", "To find the modulus of an expression in $z$, what can be done first?"),
               ("先代入 $z$ 的值，把式子化成 $a+bi$ 的形式，再用 $|a+bi|=\\sqrt{a^2+b^2}$",
                "substitute the value of $z$, write the expression as $a+bi$, then use $|a+bi|=\\sqrt{a^2+b^2}$"),
               kps=["cplx.arithmetic", "cplx.geometry"],
               hints=[("复数的模由它的哪两部分决定？", "Which two parts of a complex number decide its modulus?"),
                      ("式子代入后能化成一个复数吗？", "After substituting, does the expression become one complex number?")])
    chain.ask((f"把 $z={tex(z0)}$ 代入 ${tex(e)}$，化成 $a+bi$ 是多少？", f"Substituting $z={tex(z0)}$ into ${tex(e)}$, what is it as $a+bi$?"),
              (f"${tex(v)}$",) * 2, f"{plain(e.subs(Z, sp.Symbol('(' + plain(z0) + ')')))} = {plain(v)}", kps=["cplx.arithmetic"],
              hints=[("先算 $z^2$（或更高次幂），其中 $i^2$ 等于多少？", "Work out $z^2$ (or higher powers) first: what is $i^2$?"),
                     ("把各项的实部、虚部分别合并，得多少？", "Collect the real parts and the imaginary parts: what do you get?")])
    m = sp.sqrt(sp.re(v) ** 2 + sp.im(v) ** 2)
    chain.ask(("它的模是多少？", "What is its modulus?"), (f"${tex(m)}$",) * 2, f"sqrt(({plain(sp.re(v))})^2 + ({plain(sp.im(v))})^2) = {plain(m)}",
              kps=["cplx.geometry"],
              hints=[("复数 $a+bi$ 的模怎样计算？", "How is the modulus of $a+bi$ computed?"),
                     ("这里的实部、虚部各是多少？平方和再开方得多少？", "What are the real and imaginary parts here, and the root of the sum of squares?")])
    chain.done((dollar(m),) * 2, _expr_ref(d))


def _expr_factor(chain: Chain, d: dict) -> None:
    z0, e = d["z0"], d["e"]
    factors = [f for f in sp.Mul.make_args(sp.factor(e)) if f.has(Z)]
    chain.idea(("式子能因式分解时，积的模与各因式的模有什么关系？", "When the expression factors, how is the modulus of the product tied to the factors' moduli?"),
               ("积的模等于模的积：$|z_1z_2|=|z_1||z_2|$，分别求每个因式的模再相乘", "the modulus of a product is the product of the moduli, $|z_1z_2|=|z_1||z_2|$: find each and multiply"),
               kps=["cplx.geometry"],
               hints=[("两个复数相乘，模怎样变化？", "Multiplying two complex numbers, what happens to the moduli?"),
                      ("每个因式代入后是不是更简单的复数？", "After substituting, is each factor a simpler complex number?")])
    chain.ask(("式子因式分解后，由 $|z_1z_2|=|z_1||z_2|$ 写成什么？", "Factoring, what does $|z_1z_2|=|z_1||z_2|$ turn it into?"),
              (f"$|{tex(e)}|=" + "".join(f"|{tex(f)}|" for f in factors) + "$",) * 2, f"{plain(e)} = {plain(sp.factor(e))}",
              kps=["cplx.geometry"],
              hints=[("关于 $z$ 的多项式能分解成哪几个因式？", "Into which factors does the polynomial in $z$ split?"),
                     ("每个因式的模写成什么？", "How is each factor's modulus written?")])
    mods = [sp.sqrt(sp.re(sp.expand(f.subs(Z, z0))) ** 2 + sp.im(sp.expand(f.subs(Z, z0))) ** 2) for f in factors]
    coef = abs(sp.factor(e).as_coeff_Mul()[0])
    total = sp.nsimplify(coef * sp.Mul(*mods))
    chain.ask(("每个因式的模各是多少？乘积是多少？", "What is each factor's modulus, and their product?"),
              (" , ".join(f"$|{tex(sp.expand(f.subs(Z, z0)))}|={tex(m)}$" for f, m in zip(factors, mods, strict=True)) + f"；乘积 ${tex(total)}$",) * 2,
              " 且 ".join(f"sqrt(({plain(sp.re(sp.expand(f.subs(Z, z0))))})^2 + ({plain(sp.im(sp.expand(f.subs(Z, z0))))})^2) = {plain(m)}"
                         for f, m in zip(factors, mods, strict=True)), kps=["cplx.geometry"],
              hints=[("把 $z$ 的值逐个代入各因式，各得哪个复数？", "Put the value of $z$ into each factor: which complex numbers do you get?"),
                     ("它们的模各是多少？再相乘呢？", "What are their moduli, and the product?")])
    chain.done((dollar(total),) * 2, _expr_ref(d))


register(Solver("complex.expression", "complex_numbers", detect_expression, (
    Method(("先化简再求模", "Simplify, then the modulus"), _expr_direct),
    Method(("因式分解后用模的性质", "Factor and multiply moduli"), _expr_factor, lambda d: len([f for f in sp.Mul.make_args(sp.factor(d["e"])) if f.has(Z)]) >= 2),
), ("cplx.geometry",), priority=69, answers=frozenset({"abs", "modulus", "expr"})))


# -- a parameter making a number real / purely imaginary ------------------------------------------------------
def detect_pure(p: Problem) -> Match | None:
    kind = "imag" if p.has("纯虚数", "purely imaginary", "pure imaginary") else ("real" if p.has("是实数", "is real", "is a real number") else None)
    if kind is None:
        return None
    for frag in p.fragments:
        e = try_expr(frag, real=True)
        if e is None or not e.has(sp.I):
            continue
        params = e.free_symbols
        if len(params) != 1:
            continue
        m = next(iter(params))
        re_, im = sp.expand(e).as_real_imag()
        if re_.is_polynomial(m) and im.is_polynomial(m):
            return Match([plain(e)], f"{m}", {"m": m, "re": sp.expand(re_), "im": sp.expand(im), "kind": kind}, 0.9)
    return None


def _pure_ref(d: dict) -> tuple[str, str]:
    m, re_, im = d["m"], d["re"], d["im"]
    vals = sp.solve(re_, m) if d["kind"] == "imag" else sp.solve(im, m)
    good = [v for v in vals if (im.subs(m, v) != 0 if d["kind"] == "imag" else True)]
    text = " 或 ".join(f"{m}={plain(v)}" for v in sorted(good, key=float))
    return text, text.replace(" 或 ", " or ")


def _pure(chain: Chain, d: dict) -> None:
    m, re_, im = d["m"], d["re"], d["im"]
    if d["kind"] == "imag":
        chain.idea(("纯虚数的条件是什么？", "When is a complex number purely imaginary?"), ("实部为 0，且虚部不为 0", "real part 0 and imaginary part non-zero"),
                   kps=["cplx.concept"],
                   hints=[("复数 $a+bi$ 按 $a$、$b$ 是否为 0 分成哪几类？", "Into which kinds are complex numbers $a+bi$ sorted by whether $a$ and $b$ are 0?"),
                          ("$0$ 是纯虚数吗？", "Is $0$ purely imaginary?")])
        vals = sorted(sp.solve(re_, m), key=float)
        chain.ask(("令实部为 0，参数是多少？", "Setting the real part to 0, what is the parameter?"), (f"${tex(re_)}=0$，" + ", ".join(f"${m}={tex(v)}$" for v in vals),) * 2,
                  f"{plain(re_)} = 0 \\Rightarrow " + " 或 ".join(f"{m} = {plain(v)}" for v in vals), kps=["cplx.concept", "quad.equation"],
                  hints=[("实部是关于参数的什么式子？", "What expression in the parameter is the real part?"),
                         ("令它为 0，能因式分解吗？根是哪些？", "Set it to 0: does it factor, and what are the roots?")])
        good = [v for v in vals if im.subs(m, v) != 0]
        chain.ask(("检验虚部不为 0：哪些值保留？", "Checking that the imaginary part is non-zero, which values stay?"),
                  (", ".join(f"${m}={tex(v)}$" for v in good) or "无",) * 2,
                  " 且 ".join(f"{plain(im.subs(m, sp.Symbol('(' + plain(v) + ')')))} = {plain(im.subs(m, v))}" for v in vals),
                  kps=["cplx.concept"],
                  hints=[("把每个值代入虚部，结果是多少？", "Put each value into the imaginary part: what do you get?"),
                         ("虚部也为 0 时，这个复数还是纯虚数吗？", "If the imaginary part is 0 too, is the number still purely imaginary?")])
    else:
        good = sorted(sp.solve(im, m), key=float)
        chain.idea(("复数是实数的条件是什么？", "When is a complex number real?"), ("虚部为 0", "its imaginary part is 0"),
                   kps=["cplx.concept"],
                   hints=[("复数 $a+bi$ 按 $a$、$b$ 是否为 0 分成哪几类？", "Into which kinds are complex numbers $a+bi$ sorted by whether $a$ and $b$ are 0?"),
                          ("实数对应 $a$、$b$ 中哪一个为 0？", "Which of $a$, $b$ is 0 for a real number?")])
        chain.ask(("令虚部为 0，参数是多少？", "Setting the imaginary part to 0, what is the parameter?"),
                  (f"${tex(im)}=0$，" + ", ".join(f"${m}={tex(v)}$" for v in good),) * 2,
                  f"{plain(im)} = 0 \\Rightarrow " + " 或 ".join(f"{m} = {plain(v)}" for v in good), kps=["cplx.concept"],
                  hints=[("虚部是关于参数的什么式子？", "What expression in the parameter is the imaginary part?"),
                         ("令它为 0，怎样解？", "Set it to 0: how is it solved?")])
    chain.done((roots_math(tex(m), good, "zh"), roots_math(tex(m), good, "en")), _pure_ref(d))


register(Solver("complex.parameter", "complex_numbers", detect_pure, (
    Method(("复数的分类", "Classifying complex numbers"), _pure),
), ("cplx.concept",), priority=69, answers=frozenset({"unknown"})))
