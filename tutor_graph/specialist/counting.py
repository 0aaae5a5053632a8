"""Counting and probability: permutation/combination values, "at least one" selections (direct /
complementary), line-ups with neighbours together or apart (bundling / gaps / complement), binomial
coefficients (general term / Pascal's triangle), classical probability (counting / listing) and the
binomial distribution (formulas / the definition)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
NUMBER = r"(\d+|[一两二三四五六七八九十]|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"


def num(s: str) -> int:
    """'5' or '五' -> 5."""
    return int(s) if s.isdigit() else _CN[s.lower()]


def C(n, k) -> sp.Integer:
    return sp.binomial(n, k)


# -- evaluating C and A --------------------------------------------------------------------------------
def detect_value(p: Problem) -> Match | None:
    if not re.search(r"[CA]_\{?\d+\}?\^\{?\d+\}?", p.text) or not p.has("计算", "求", "compute", "evaluate", "value", "值"):
        return None
    frags = [f for f in p.fragments if re.search(r"[CA]_", f) and "=" not in f]
    if len(frags) != 1:
        return None
    e = try_expr(frags[0])
    if e is None or e.free_symbols:
        return None
    return Match([frags[0]], "value", {"text": frags[0], "value": e}, 0.9)


def _value_formula(chain: Chain, d: dict) -> None:
    parts = re.findall(r"([CA])_\{?(\d+)\}?\^\{?(\d+)\}?", d["text"])
    for kind, n, k in parts:
        n, k = int(n), int(k)
        v = C(n, k) if kind == "C" else sp.ff(n, k)
        formula = (f"\\frac{{{n}!}}{{{k}!\\,{n - k}!}}" if kind == "C" else f"\\frac{{{n}!}}{{{n - k}!}}")
        chain.ask((f"${kind}_{{{n}}}^{{{k}}}$ 等于多少？", f"What is ${kind}_{{{n}}}^{{{k}}}$?"),
                  (f"${kind}_{{{n}}}^{{{k}}}={formula}={tex(v)}$",) * 2, f"{kind}_{n}^{k} = {plain(v)}",
                  kps=["count.combination" if kind == "C" else "count.permutation"],
                  hints=[("$A_n^k=n(n-1)\\cdots(n-k+1)$；$C_n^k=\\frac{A_n^k}{k!}$。", "$A_n^k=n(n-1)\\cdots(n-k+1)$; $C_n^k=\\frac{A_n^k}{k!}$.")])
    if len(parts) > 1:
        chain.ask(("代入原式，结果是多少？", "Put the values back: what is the result?"), (f"${tex(d['value'])}$",) * 2,
                  f"{d['text']} = {plain(d['value'])}", kps=["count.combination"], hints=[("按运算顺序计算。", "Follow the order of operations.")])
    chain.done((dollar(d["value"]),) * 2, (plain(d["value"]),) * 2)


def _value_symmetry(chain: Chain, d: dict) -> None:
    (n, k), = [(int(a), int(b)) for _, a, b in re.findall(r"(C)_\{?(\d+)\}?\^\{?(\d+)\}?", d["text"])]
    chain.ask((f"用组合数的性质 $C_n^k=C_n^{{n-k}}$ 把 $C_{{{n}}}^{{{k}}}$ 换成更好算的形式。", f"Use $C_n^k=C_n^{{n-k}}$ to rewrite $C_{{{n}}}^{{{k}}}$ in an easier form."),
              (f"$C_{{{n}}}^{{{k}}}=C_{{{n}}}^{{{n - k}}}$",) * 2, f"C_{n}^{k} = C_{n}^{n - k}", kps=["count.combination_props"],
              hints=[("选出 $k$ 个等于留下 $n-k$ 个。", "Choosing k is the same as leaving n − k.")])
    v = C(n, n - k)
    chain.ask((f"计算 $C_{{{n}}}^{{{n - k}}}$。", f"Compute $C_{{{n}}}^{{{n - k}}}$."), (f"${tex(v)}$",) * 2, f"C_{n}^{n - k} = {plain(v)}",
              kps=["count.combination"], hints=[("分子分母各 $n-k$ 个因数。", "Numerator and denominator each have n − k factors.")])
    chain.done((dollar(v),) * 2, (plain(d["value"]),) * 2)


register(Solver("counting.value", "counting", detect_value, (
    Method(("公式计算", "Formulas"), _value_formula),
    Method(("组合数性质", "Symmetry of C"), _value_symmetry,
           lambda d: re.fullmatch(r"\s*C_\{?(\d+)\}?\^\{?(\d+)\}?\s*", d["text"]) is not None
           and 2 * int(re.findall(r"\^\{?(\d+)", d["text"])[0]) > int(re.findall(r"_\{?(\d+)", d["text"])[0])),
), ("count.combination",), priority=80, answers=frozenset({"expr"})))


# -- binomial theorem -----------------------------------------------------------------------------------------
def detect_binomial(p: Problem) -> Match | None:
    if not p.has("展开式", "二项式", "expansion", "binomial", "常数项", "constant term", "系数", "coefficient"):
        return None
    m = re.search(r"\)\s*\^\s*\{?(\d+)\}?", p.text)
    if not m:
        return None
    depth, start = 0, None
    for i in range(m.start(), -1, -1):  # the bracket that the power applies to
        depth += {")": 1, "(": -1}.get(p.text[i], 0)
        if depth == 0:
            start = i
            break
    if start is None:
        return None
    inner = try_expr(p.text[start + 1 : m.start()])
    n = int(m.group(1))
    if inner is None or inner.free_symbols != {X} or not 2 <= n <= 12 or not inner.is_Add or len(inner.args) != 2:
        return None
    a, b = sorted(inner.args, key=lambda t: -sp.degree(t, X) if t.is_polynomial(X) else 0)
    tail = p.text[m.end():]
    if p.has("常数项", "constant term"):
        power = sp.Integer(0)
    elif mm := re.search(r"x\s*\^\s*\{?(-?\d+)\}?\s*(?:的系数|项的系数|的项|term)|coefficient of x\s*\^\s*\{?(-?\d+)", tail + " " + p.text):
        power = sp.Integer(mm.group(1) or mm.group(2))
    elif re.search(r"x\s*(?:的系数|项的系数)|coefficient of x(?![\^\d])", tail + " " + p.text):
        power = sp.Integer(1)
    elif p.has("二项式系数之和", "sum of the binomial coefficients"):
        power = None
    else:
        return None
    return Match([f"({plain(inner)})^{n}"], "constant term" if power == 0 else (f"coefficient of x^{power}" if power is not None else "sum"),
                 {"a": a, "b": b, "n": n, "power": power, "inner": inner}, 0.9)


def _coef_ref(d: dict) -> tuple[str, str]:
    """Independent: expand with SymPy and read the coefficient."""
    e = sp.expand(d["inner"] ** d["n"])
    if d["power"] is None:
        return (str(2 ** d["n"]),) * 2
    terms = sp.Add.make_args(e)
    v = sum((t / X ** d["power"] for t in terms if sp.simplify(t / X ** d["power"]).free_symbols == set()), sp.Integer(0))
    return (plain(sp.nsimplify(v)),) * 2


def _x_degree(t: sp.Expr) -> int:
    """The power of x in a monomial such as 2x, -1/x, 3."""
    num_, den_ = sp.fraction(sp.together(t))
    return int(sp.degree(num_, X) - sp.degree(den_, X))


def _general_term(chain: Chain, d: dict) -> None:
    a, b, n, power = d["a"], d["b"], d["n"], d["power"]
    chain.idea(("二项展开式中某一项的系数，可以借助什么来求？", "What helps to find one coefficient of a binomial expansion?"),
               ("通项公式 $T_{r+1}=C_n^ra^{n-r}b^r$：由指数的条件定出 $r$，再代入", "the general term $T_{r+1}=C_n^ra^{n-r}b^r$: the power condition fixes $r$, then substitute"),
               kps=["count.binomial_theorem"],
               hints=[("展开式的每一项都有什么共同的形式？", "What common form does every term of the expansion have?"), ("所求的项由哪个条件确定？", "Which condition picks out the term asked for?")])
    if power is None:
        chain.ask(("二项式系数之和 $C_n^0+C_n^1+\\cdots+C_n^n$ 等于多少？", "What is $C_n^0+C_n^1+\\cdots+C_n^n$?"),
                  (f"$2^{{{n}}}={2**n}$",) * 2, f"2^{n} = {2**n}", kps=["count.binomial_coeff"],
                  hints=[("二项式定理中，令 $a$、$b$ 取什么值，展开式就只剩下二项式系数？", "In the binomial theorem, which values of $a$ and $b$ leave only the binomial coefficients?"),
                         ("这时左边 $(1+1)^n$ 等于多少？", "What is the left side $(1+1)^n$ then?")])
        chain.done((dollar(2**n),) * 2, _coef_ref(d))
        return
    chain.ask(("通项 $T_{r+1}=C_n^r a^{n-r}b^r$ 是什么？整理后 $x$ 的指数是多少？", "What is the general term $T_{r+1}=C_n^r a^{n-r}b^r$, and the power of x once simplified?"),
              (f"$T_{{r+1}}=C_{{{n}}}^r({tex(a)})^{{{n}-r}}({tex(b)})^r$",) * 2, "", kps=["count.binomial_theorem"],
              hints=[("这里的 $a$、$b$、$n$ 各是什么？$b$ 带不带符号？", "What are $a$, $b$ and $n$ here? Does $b$ carry a sign?"),
                     ("同底数幂相乘，指数怎样合并？", "Multiplying powers of x, how do the exponents combine?")])
    exps = {}
    for rv in range(n + 1):
        t = sp.expand(C(n, rv) * a ** (n - rv) * b**rv)
        exps[rv] = (sp.degree(sp.numer(sp.together(t)), X) - sp.degree(sp.denom(sp.together(t)), X), t)
    hits = [rv for rv, (ex, _) in exps.items() if ex == power]
    if len(hits) != 1:
        raise ValueError("no single matching term")
    rv = hits[0]
    da, db = _x_degree(a), _x_degree(b)
    chain.ask((f"令 $x$ 的指数等于 ${power}$，$r$ 是多少？", f"Setting the power of x equal to ${power}$, what is r?"),
              (f"$x$ 的指数为 ${tex(da * (n - sp.Symbol('r')) + db * sp.Symbol('r'))}$，$r={rv}$",
               f"the power of x is ${tex(da * (n - sp.Symbol('r')) + db * sp.Symbol('r'))}$, so $r={rv}$"),
              f"({da})*({n} - {rv}) + ({db})*({rv}) = {power}", kps=["count.binomial_theorem"],
              hints=[("上一步的指数是关于 $r$ 的什么式子？", "What expression in $r$ is the power from the last step?"),
                     ("它等于所求的指数时，得到关于 $r$ 的什么方程？$r$ 要满足什么范围？", "Setting it equal to the power asked, what equation in $r$ do you get, and which range must $r$ keep?")])
    coef = sp.nsimplify(exps[rv][1] / X**power)
    chain.ask(("把 $r$ 代入通项，所求系数是多少？", "Putting $r$ into the general term, what is the coefficient?"),
              (f"$C_{{{n}}}^{{{rv}}}\\cdot({tex(a.subs(X, 1))})^{{{n - rv}}}\\cdot({tex(b.subs(X, 1))})^{{{rv}}}={tex(coef)}$",) * 2,
              f"C_{n}^{rv}*({plain(a.subs(X, 1))})^{n - rv}*({plain(b.subs(X, 1))})^{rv} = {plain(coef)}",
              kps=["count.binomial_theorem", "count.combination"],
              hints=[("系数由哪几部分相乘组成？", "Which factors multiply together to make the coefficient?"),
                     ("$a$、$b$ 中的数字系数和符号都算进去了吗？", "Are the numbers and signs inside $a$ and $b$ included?")])
    chain.done((dollar(coef),) * 2, _coef_ref(d))


def _pascal(chain: Chain, d: dict) -> None:
    a, b, n, power = d["a"], d["b"], d["n"], d["power"]
    row = [C(n, k) for k in range(n + 1)]
    chain.idea(("次数不高时，能不能把二项式完整展开，再找所求的项？", "With a small power, can the binomial be expanded in full and the term then read off?"),
               ("能：用杨辉三角写出二项式系数，逐项展开，再找对应的项", "yes: read the binomial coefficients from Pascal's triangle, expand term by term, and find the term"),
               kps=["count.binomial_theorem"],
               hints=[("杨辉三角的第 $n$ 行与 $(a+b)^n$ 有什么关系？", "How is row $n$ of Pascal's triangle tied to $(a+b)^n$?"), ("展开后每一项中 $a$、$b$ 的次数怎样变化？", "In the expansion, how do the powers of $a$ and $b$ change from term to term?")])
    chain.ask((f"杨辉三角第 ${n}$ 行的二项式系数是哪些？", f"What are the binomial coefficients in row ${n}$ of Pascal's triangle?"), ("$" + ", ".join(str(v) for v in row) + "$",) * 2,
              " 且 ".join(f"C_{n}^{k} = {v}" for k, v in enumerate(row)), kps=["count.binomial_coeff"],
              hints=[("杨辉三角每一行的两端是什么数？", "What numbers stand at the two ends of each row?"),
                     ("中间每个数与它肩上的两个数有什么关系？", "How is each inner number related to the two above it?")])
    expanded = sp.expand((a + b) ** n)
    chain.ask(("按二项式定理逐项写出，展开式是什么？", "Term by term by the binomial theorem, what is the expansion?"), (f"${tex(expanded)}$",) * 2,
              f"({plain(a + b)})^{n} = {plain(expanded)}", kps=["count.binomial_theorem"],
              hints=[("第 $k+1$ 项由哪三部分相乘？", "Which three factors make term $k+1$?"),
                     ("每一项化简后，$x$ 的指数各是多少？", "After simplifying, what is the power of x in each term?")])
    coef = sp.nsimplify(sum((t / X**power for t in sp.Add.make_args(expanded) if sp.simplify(t / X**power).free_symbols == set()), sp.Integer(0)))
    chain.ask(("对应的项是哪一项？系数是多少？", "Which term is it, and what is its coefficient?"), (f"${tex(coef)}$",) * 2, "",
              kps=["count.binomial_theorem"],
              hints=[("题目要的是 $x$ 的几次方？", "Which power of x does the question ask for?"),
                     ("展开式中哪一项的 $x$ 恰好是这个次数？它前面的数是多少？", "Which term has exactly that power, and what number stands in front of it?")])
    chain.done((dollar(coef),) * 2, _coef_ref(d))


register(Solver("counting.binomial", "counting", detect_binomial, (
    Method(("通项公式", "General term"), _general_term),
    Method(("杨辉三角展开", "Pascal's triangle"), _pascal, lambda d: d["n"] <= 6 and d["power"] is not None),
), ("count.binomial_theorem",), priority=80, answers=frozenset({"coefficient"})))
