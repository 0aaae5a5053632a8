"""Counting and probability: permutation/combination values, "at least one" selections (direct /
complementary), line-ups with neighbours together or apart (bundling / gaps / complement), binomial
coefficients (general term / Pascal's triangle), classical probability (counting / listing) and the
binomial distribution (formulas / the definition)."""

from __future__ import annotations

import itertools
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


# -- "at least one" selections ---------------------------------------------------------------------------
_GROUPS = re.compile(NUMBER + r"\s*名?(男生|男同学|男|红球|个红球)\s*(?:和|与|、|,)\s*" + NUMBER + r"\s*名?(女生|女同学|女|白球|个白球)")
_GROUPS_EN = re.compile(r"(\d+)\s+(boys|men|red balls)\s+and\s+(\d+)\s+(girls|women|white balls)", re.I)


def detect_at_least(p: Problem) -> Match | None:
    if p.has("概率", "probability", "恰", "exactly", "至多", "at most", "不超过", "no more than"):
        return None  # a second constraint ("…中恰有 2 名女生的有多少种") is not the at-least count we write
    m = _GROUPS.search(p.text) or _GROUPS_EN.search(p.text)
    k = re.search(r"(?:选|选出|抽取|取出|任取|choose|select|pick)\s*" + NUMBER + r"\s*(?:人|名|个|people|students|balls)?", p.text, re.I)
    at = re.search(r"至少(?:有)?\s*" + NUMBER + r"\s*(?:名|个)?\s*(女|男|白|红)|at least (\w+) (girl|boy|woman|man|white|red)", p.text, re.I)
    if not (m and k and at):
        return None
    a, b, kk = num(m.group(1)), num(m.group(3)), num(k.group(1))
    if at.group(1):
        need, who = num(at.group(1)), at.group(2)
        second = who in m.group(4)
    else:
        word = at.group(3).lower()
        need = {"one": 1, "two": 2}.get(word, None) or (int(word) if word.isdigit() else None)
        if need is None:
            return None
        second = at.group(4).lower() in m.group(4).lower()
    if not 0 < kk <= a + b <= 30 or need > kk:
        return None
    n_target, n_other = (b, a) if second else (a, b)
    names = (m.group(4), m.group(2)) if second else (m.group(2), m.group(4))
    return Match([f"{a} + {b}", f"choose {kk}", f"at least {need}"], "count",
                 {"t": n_target, "o": n_other, "k": kk, "need": need, "names": names}, 0.9)


def _count_ref(d: dict) -> tuple[str, str]:
    """Independent: enumerate every selection."""
    people = ["t"] * d["t"] + ["o"] * d["o"]
    total = sum(1 for s in itertools.combinations(range(len(people)), d["k"]) if sum(people[i] == "t" for i in s) >= d["need"])
    return (str(total),) * 2


def _direct(chain: Chain, d: dict) -> None:
    t, o, k, need = d["t"], d["o"], d["k"], d["need"]
    cases = [j for j in range(need, min(t, k) + 1) if k - j <= o]
    terms = [(j, C(t, j) * C(o, k - j)) for j in cases]
    chain.idea(("“至少”的计数问题，直接数时应该怎样分类？", "How should an 'at least' count be split when counted directly?"),
               ("按满足条件的人数分成互不重叠的几类，每类用乘法原理，各类再相加", "by how many qualify, into cases that do not overlap: multiply within each case, add the cases"),
               kps=["count.combination", "count.principles"],
               hints=[("“至少 1 个”包括哪些情况？", "What does 'at least 1' include?"), ("分类时怎样做到不重复、不遗漏？", "How do the cases avoid overlaps and gaps?")])
    chain.ask((f"按所选{d['names'][0]}的人数分类，有哪几类？", f"Split by how many of the {t} are chosen. Which cases are there?"),
              ("、".join(f"${j}$ 个" for j in cases), ", ".join(f"${j}$" for j in cases)), "", kps=["count.principles", "case_analysis"],
              hints=[("所选的人数最少几个、最多几个？", "What is the fewest and the most that can be chosen?"),
                     ("从最少到最多，每个人数算一类，共几类？", "Each number from fewest to most is a case: how many cases?")])
    for j, v in terms:
        chain.ask((f"恰好选 {j} 个{d['names'][0]}时有多少种？", f"Exactly {j} of them: how many ways?"),
                  (f"$C_{{{t}}}^{{{j}}}C_{{{o}}}^{{{k - j}}}={tex(v)}$",) * 2, f"C_{t}^{j}*C_{o}^{k - j} = {plain(v)}",
                  kps=["count.combination", "count.principles"],
                  hints=[("这一类要分几步选？每一步从多少个里选几个？", "In how many steps is this case chosen, and how many from how many at each step?"),
                         ("各步的选法相乘，是多少？", "Multiply the steps: how many?")])
    total = sum(v for _, v in terms)
    chain.ask(("各类相加，共有多少种？", "Add the cases: how many in total?"), (f"${' + '.join(tex(v) for _, v in terms)}={tex(total)}$",) * 2,
              f"{' + '.join(plain(v) for _, v in terms)} = {plain(total)}", kps=["count.principles"],
              hints=[("各类之间是分类还是分步？用加法还是乘法？", "Are the cases alternatives or steps: add or multiply?"),
                     ("每一类的种数各是多少？", "How many ways does each case have?")])
    chain.done((dollar(total),) * 2, _count_ref(d))


def _complement(chain: Chain, d: dict) -> None:
    t, o, k, need = d["t"], d["o"], d["k"], d["need"]
    all_ = C(t + o, k)
    chain.idea(("直接分类太多时，“至少”的问题能不能从反面来数？", "When direct cases are many, can an 'at least' count be done from the opposite side?"),
               ("能：用不加限制的总数减去不满足条件（反面）的种数", "yes: the unrestricted total minus the selections that fail (the opposite)"),
               kps=["count.combination", "complement"],
               hints=[("“至少 1 个”的反面是什么？", "What is the opposite of 'at least 1'?"), ("总数、符合的、不符合的三者有什么关系？", "How are the total, the good and the bad related?")])
    chain.ask((f"不加限制，从 {t + o} 个中选 {k} 个有多少种？", f"Without restriction, how many ways to choose {k} of {t + o}?"),
              (f"$C_{{{t + o}}}^{{{k}}}={tex(all_)}$",) * 2, f"C_{t + o}^{k} = {plain(all_)}", kps=["count.combination"],
              hints=[("选出的人有没有顺序之分？用排列还是组合？", "Does the order of those chosen matter: permutations or combinations?"),
                     ("一共有多少人，选几个？", "How many people are there, and how many are chosen?")])
    bad = [(j, C(t, j) * C(o, k - j)) for j in range(0, need) if k - j <= o]
    bad_total = sum(v for _, v in bad)
    chain.ask((f"反面是“{d['names'][0]}少于 {need} 个”，这样的选法有多少种？", f"The opposite is 'fewer than {need}'. How many such selections?"),
              (f"${' + '.join(f'C_{{{t}}}^{{{j}}}C_{{{o}}}^{{{k - j}}}' for j, _ in bad)}={tex(bad_total)}$",) * 2,
              f"{' + '.join(f'C_{t}^{j}*C_{o}^{k - j}' for j, _ in bad)} = {plain(bad_total)}",
              kps=["count.combination", "complement"],
              hints=[("反面包括哪几种人数？", "Which numbers make up the opposite?"),
                     ("每种人数的选法各是多少？加起来呢？", "How many ways for each, and in all?")])
    total = all_ - bad_total
    chain.ask(("用总数减去反面，结果是多少？", "Subtract the opposite from the total. What is the answer?"),
              (f"${tex(all_)}-{tex(bad_total)}={tex(total)}$",) * 2, f"{plain(all_)} - {plain(bad_total)} = {plain(total)}",
              kps=["count.principles", "complement"],
              hints=[("总数、不符合的各是多少？", "What are the total and the number that fail?"),
                     ("符合的等于哪两个数相减？", "The good ones are which difference?")])
    chain.done((dollar(total),) * 2, _count_ref(d))


register(Solver("counting.at_least", "counting", detect_at_least, (
    Method(("直接分类", "Direct (case by case)"), _direct),
    Method(("间接法（排除反面）", "Complementary counting"), _complement),
), ("count.combination",), priority=80, answers=frozenset({"count"})))


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
