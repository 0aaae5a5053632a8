"""Arithmetic and geometric sequences (terms and sums, by formula / from a known term / pairing /
shift-and-subtract) and first-order recurrences (iteration / constructing a geometric sequence)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.parsing import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, tex

N = sp.Symbol("n", integer=True, positive=True)
MAX_INDEX = 200  # terms and sums we compute exactly
_VALUE = r"(-?\s*(?:\d+(?:\.\d+)?|\(\(\d+\)/\(\d+\)\)|\d+/\d+)(?:\s*/\s*\d+)?)"


def _givens(text: str) -> dict[str, sp.Expr]:
    """a_k = v, S_k = v, d = v, q = v written in the text."""
    out: dict[str, sp.Expr] = {}
    for m in re.finditer(r"(?<![A-Za-z])([aS])_\{?(\d+)\}?\s*=\s*" + _VALUE, text):
        v = try_expr(m.group(3))
        if v is not None:
            out[f"{m.group(1)}_{m.group(2)}"] = v
    for m in re.finditer(r"(?:公差|公比|common (?:difference|ratio)|(?<![A-Za-z_]))\s*([dq])\s*=\s*" + _VALUE, text):
        v = try_expr(m.group(2))
        if v is not None:
            out[m.group(1)] = v
    for m in re.finditer(r"(公差|公比|common difference|common ratio)\s*(?:为|是|is|of)?\s*" + _VALUE, text):
        v = try_expr(m.group(2))
        if v is not None:
            out["d" if m.group(1) in ("公差", "common difference") else "q"] = v
    return out


def _goal(text: str, lower: str) -> tuple[str, int | None] | None:
    """('a', k) for a term, ('S', k) for a sum, ('a', None) / ('S', None) for the general formula."""
    tail = re.split(r"求|find|compute|determine|calculate|what is", text, flags=re.I)
    tail = tail[-1] if len(tail) > 1 else ""
    if m := re.search(r"前\s*(\d+)\s*项(?:的)?和|sum of the first (\d+) terms", text, re.I):
        return "S", int(m.group(1) or m.group(2))
    if m := re.search(r"(?<![A-Za-z])S_\{?(\d+)\}?", tail):
        return "S", int(m.group(1))
    if m := re.search(r"(?<![A-Za-z])a_\{?(\d+)\}?", tail):
        return "a", int(m.group(1))
    if m := re.search(r"第\s*(\d+)\s*项|the (\d+)(?:st|nd|rd|th) term", text, re.I):
        return "a", int(m.group(1) or m.group(2))
    if re.search(r"前\s*n\s*项和|S_n|sum of the first n terms", tail, re.I):
        return "S", None
    if re.search(r"通项|a_n|general term|nth term|formula", tail.lower() + lower[-30:]):
        return "a", None
    return None


def detect_progression(p: Problem, kind: str) -> Match | None:
    words = {"arith": ("等差", "arithmetic"), "geom": ("等比", "geometric")}[kind]
    if not p.has(*words) or p.has(*{"arith": ("等比", "geometric"), "geom": ("等差", "arithmetic")}[kind]):
        return None
    if re.search(r"a_\{?n\s*\+\s*1\}?\s*=", p.text):
        return None  # a recurrence
    if p.has("最大", "最小", "max", "min", "largest", "smallest", "greatest", "least", "正数", "positive terms", "log", "lg"):
        return None  # optimisation or other twists are not plain term/sum questions
    g = _givens(p.text)
    goal = _goal(p.text, p.lower)
    if goal is None or (goal[1] is not None and not 1 <= goal[1] <= MAX_INDEX):
        return None
    step = "d" if kind == "arith" else "q"
    terms = {int(k[2:]): v for k, v in g.items() if k.startswith("a_")}
    if any(not 1 <= k <= MAX_INDEX for k in terms):
        return None  # a_0 or a_10^12: not a textbook sequence, and powers that large are not computed
    if any(k.startswith("S_") for k in g):
        return None  # sums as givens: not handled here
    first = terms.get(1)
    if step in g and terms:
        k, v = min(terms.items())
        first = v - (k - 1) * g[step] if kind == "arith" else v / g[step] ** (k - 1)
        known = (k, v)
    elif len(terms) == 2 and step not in g:
        (i, vi), (j, vj) = sorted(terms.items())
        if kind == "arith":
            diff = (vj - vi) / (j - i)
        else:
            ratio = vj / vi
            roots = [r for r in sp.solve(sp.Symbol("r") ** (j - i) - ratio) if r.is_real]
            if len(roots) != 1:
                return None  # q = ±…: two sequences, leave it to a person
            diff = roots[0]
        g[step] = diff
        first = vi - (i - 1) * diff if kind == "arith" else vi / diff ** (i - 1)
        known = (j, vj)
    else:
        return None
    if kind == "geom" and (g[step] == 0 or first == 0):
        return None
    data = {"kind": kind, "a1": sp.nsimplify(first), "step": sp.nsimplify(g[step]), "terms": terms,
            "given_step": step in _givens(p.text), "known": known, "goal": goal}
    givens = [f"a_{k} = {plain(v)}" for k, v in sorted(terms.items())] + ([f"{step} = {plain(g[step])}"] if data["given_step"] else [])
    what = f"{goal[0]}_{goal[1] if goal[1] else 'n'}"
    return Match(givens, what, data, 0.9)


def _term(d: dict, n) -> sp.Expr:
    a1, s = d["a1"], d["step"]
    return sp.expand(a1 + (n - 1) * s) if d["kind"] == "arith" else sp.simplify(a1 * s ** (n - 1))


def _sum(d: dict, n) -> sp.Expr:
    a1, s = d["a1"], d["step"]
    if d["kind"] == "arith":
        return sp.expand(n * a1 + n * (n - 1) * s / 2)
    return n * a1 if s == 1 else sp.simplify(a1 * (1 - s**n) / (1 - s))


def _context(d: dict) -> list[str]:
    step = "d" if d["kind"] == "arith" else "q"
    return [f"a_1 = {plain(d['a1'])}", f"{step} = {plain(d['step'])}"]


def _reference(d: dict) -> tuple[str, str]:
    """Independent: add the terms one by one (or SymPy's summation for the general sum)."""
    what, k = d["goal"]
    n = sp.Symbol("n", integer=True, positive=True)
    j = sp.Symbol("j", integer=True, positive=True)
    term_j = d["a1"] + (j - 1) * d["step"] if d["kind"] == "arith" else d["a1"] * d["step"] ** (j - 1)
    if what == "a":
        value = term_j.subs(j, k if k else n)
    else:
        value = sum(term_j.subs(j, i) for i in range(1, k + 1)) if k else sp.summation(term_j, (j, 1, n))
    text = f"{what}_{k if k else 'n'}={plain(sp.simplify(value))}"
    return text, text


def _answer(d: dict, value) -> tuple[str, str]:
    what, k = d["goal"]
    text = f"${what}_{{{k if k else 'n'}}}={tex(sp.simplify(value))}$"
    return text, text


def _find_step(chain: Chain, d: dict) -> None:
    """When two terms were given, first find d (or q) and a_1."""
    if d["given_step"] and 1 in d["terms"]:
        return
    arith = d["kind"] == "arith"
    step = "d" if arith else "q"
    terms = d["terms"]
    if not d["given_step"]:
        (i, vi), (j, vj) = sorted(terms.items())
        rel = f"a_{j} - a_{i} = {j - i}d" if arith else f"a_{j}/a_{i} = q^{j - i}"
        chain.ask((f"由 $a_{{{i}}}$ 和 $a_{{{j}}}$，公{'差' if arith else '比'} ${step}$ 是多少？",
                   f"From $a_{{{i}}}$ and $a_{{{j}}}$, what is the common {'difference' if arith else 'ratio'} ${step}$?"),
                  (f"${rel.replace('d', '')}{'d' if arith else ''}$，${step}={tex(d['step'])}$",) * 2,
                  f"({plain(vj)}) - ({plain(vi)}) = {j - i}*({plain(d['step'])})" if arith else f"({plain(vj)})/({plain(vi)}) = ({plain(d['step'])})^{j - i}",
                  kps=["seq.arith.def" if arith else "seq.geom.def"],
                  hints=[("两项的下标差几，就差几个公差（乘几次公比）。", "The gap between the indices counts how many steps separate the terms.")])
    chain.ask(("首项 $a_1$ 是多少？", "What is the first term $a_1$?"), (f"$a_1={tex(d['a1'])}$",) * 2,
              f"a_1 = {plain(d['a1'])}", context=[f"a_{k} = {plain(v)}" for k, v in sorted(terms.items())] + [f"{step} = {plain(d['step'])}"],
              kps=["seq.arith.def" if arith else "seq.geom.def"], hints=[("用通项公式倒推。", "Run the general-term formula backwards.")])


def _by_formula(chain: Chain, d: dict) -> None:
    arith, (what, k) = d["kind"] == "arith", d["goal"]
    _find_step(chain, d)
    if what == "a":
        formula = "a_n=a_1+(n-1)d" if arith else "a_n=a_1q^{n-1}"
        general = _term(d, N)
        chain.ask(("写出通项公式。", "Write the general term."), (f"${formula}={tex(general)}$",) * 2,
                  f"a_n = {plain(general)}", context=_context(d), kps=["seq.arith.def" if arith else "seq.geom.def"],
                  hints=[("首项加上（或乘上）$n-1$ 个公差（公比）。", "Start from a_1 and take n − 1 steps.")])
        if k:
            value = _term(d, k)
            chain.ask((f"代入 $n={k}$，$a_{{{k}}}$ 是多少？", f"Put $n={k}$: what is $a_{{{k}}}$?"), (f"$a_{{{k}}}={tex(value)}$",) * 2,
                      f"a_{k} = {plain(value)}", context=_context(d), kps=["seq.arith.def" if arith else "seq.geom.def"],
                      hints=[("把 $n$ 换成具体的数。", "Replace n by the number.")])
            chain.done(_answer(d, value), _reference(d))
        else:
            chain.done(_answer(d, general), _reference(d))
        return
    n = k if k else N
    if arith:
        chain.ask(("等差数列前 $n$ 项和公式是什么？", "What is the sum formula of an arithmetic sequence?"),
                  ("$S_n=na_1+\\frac{n(n-1)}{2}d$",) * 2, "", kps=["seq.arith.sum"],
                  hints=[("也可以写成 $S_n=\\frac{n(a_1+a_n)}{2}$。", "It can also be written $S_n=\\frac{n(a_1+a_n)}{2}$.")])
    else:
        chain.ask(("公比 $q\\ne1$，等比数列前 $n$ 项和公式是什么？" if d["step"] != 1 else "公比 $q=1$，前 $n$ 项和是什么？",
                   "With $q\\ne1$, what is the sum formula of a geometric sequence?" if d["step"] != 1 else "With $q=1$, what is the sum?"),
                  ("$S_n=\\frac{a_1(1-q^n)}{1-q}$" if d["step"] != 1 else "$S_n=na_1$",) * 2, "", kps=["seq.geom.sum"],
                  hints=[("注意先判断 $q$ 是否等于 1。", "Check whether q = 1 first.")])
    value = _sum(d, n)
    chain.ask((f"代入数值，$S_{{{k if k else 'n'}}}$ 是多少？", f"Substitute: what is $S_{{{k if k else 'n'}}}$?"),
              (f"$S_{{{k if k else 'n'}}}={tex(value)}$",) * 2, f"S_{k if k else 'n'} = {plain(value)}", context=_context(d),
              kps=["seq.arith.sum" if arith else "seq.geom.sum"], hints=[("先算 $n(n-1)/2$ 或 $q^n$。", "Compute n(n−1)/2 or q^n first.")])
    chain.done(_answer(d, value), _reference(d))


def _from_known_term(chain: Chain, d: dict) -> None:
    """a_m = a_k + (m-k)d (or a_k q^{m-k}) straight from a known term, without a_1."""
    arith, (_, m) = d["kind"] == "arith", d["goal"]
    k, vk = d["known"]
    step = "d" if arith else "q"
    if not d["given_step"]:
        (i, vi), (j, vj) = sorted(d["terms"].items())
        chain.ask((f"由 $a_{{{i}}}$ 和 $a_{{{j}}}$ 求公{'差' if arith else '比'}。", f"Find the common {'difference' if arith else 'ratio'} from $a_{{{i}}}$ and $a_{{{j}}}$."),
                  (f"${step}={tex(d['step'])}$",) * 2,
                  f"({plain(vj)}) - ({plain(vi)}) = {j - i}*({plain(d['step'])})" if arith else f"({plain(vj)})/({plain(vi)}) = ({plain(d['step'])})^{j - i}",
                  kps=["seq.arith.props" if arith else "seq.geom.props"], hints=[("下标差几就差几个公差。", "Index gap = number of steps.")])
    value = _term(d, m)
    rel = f"a_{{{m}}}=a_{{{k}}}+({m}-{k})d" if arith else f"a_{{{m}}}=a_{{{k}}}q^{{{m}-{k}}}"
    chain.ask((f"不求首项，直接由 $a_{{{k}}}$ 推到 $a_{{{m}}}$：$a_{{{m}}}$ 是多少？", f"Without a_1, go straight from $a_{{{k}}}$ to $a_{{{m}}}$: what is $a_{{{m}}}$?"),
              (f"${rel}={tex(value)}$",) * 2,
              f"({plain(vk)}) + ({m - k})*({plain(d['step'])}) = {plain(value)}" if arith else f"({plain(vk)})*({plain(d['step'])})^({m - k}) = {plain(value)}",
              kps=["seq.arith.props" if arith else "seq.geom.props"],
              hints=[("$a_m=a_k+(m-k)d$ 对任意两项都成立。", "$a_m=a_k+(m-k)d$ holds for any two terms.") if arith else
                     ("$a_m=a_kq^{m-k}$ 对任意两项都成立。", "$a_m=a_kq^{m-k}$ holds for any two terms.")])
    chain.done(_answer(d, value), _reference(d))


def _pairing(chain: Chain, d: dict) -> None:
    """Gauss's pairing: S_n = n(a_1 + a_n)/2 from writing the sum forwards and backwards."""
    (_, k) = d["goal"]
    _find_step(chain, d)
    last = _term(d, k)
    chain.ask((f"第 {k} 项 $a_{{{k}}}$ 是多少？", f"What is the last term $a_{{{k}}}$?"), (f"$a_{{{k}}}={tex(last)}$",) * 2,
              f"a_{k} = {plain(last)}", context=_context(d), kps=["seq.arith.def"], hints=[("用通项公式。", "Use the general term.")])
    chain.ask(("把和正着写一遍、倒着写一遍再相加，每一对的和是多少？一共几对？", "Write the sum forwards and backwards and add: what is each pair's sum, and how many pairs are there?"),
              (f"每对和为 $a_1+a_{{{k}}}={tex(d['a1'] + last)}$，共 ${k}$ 对", f"each pair sums to $a_1+a_{{{k}}}={tex(d['a1'] + last)}$; there are ${k}$ pairs"),
              f"({plain(d['a1'])}) + ({plain(last)}) = {plain(d['a1'] + last)}", kps=["seq.arith.sum", "seq.arith.props"],
              hints=[("$a_1+a_n=a_2+a_{n-1}=\\cdots$。", "$a_1+a_n=a_2+a_{n-1}=\\cdots$.")])
    value = sp.nsimplify(k * (d["a1"] + last) / 2)
    chain.ask(("两倍的和等于对数乘以每对的和，$S$ 是多少？", "Twice the sum is pairs times pair-sum. What is the sum?"),
              (f"$S_{{{k}}}=\\frac{{{k}\\times{tex(d['a1'] + last)}}}{{2}}={tex(value)}$",) * 2,
              f"{k}*({plain(d['a1'] + last)})/2 = {plain(value)}", kps=["seq.arith.sum"], hints=[("别忘了除以 2。", "Don't forget to divide by 2.")])
    chain.done(_answer(d, value), _reference(d))


def _shift_subtract(chain: Chain, d: dict) -> None:
    """Geometric sum by S - qS (错位相减), derived in the chain rather than quoted."""
    (_, k) = d["goal"]
    a1, q = d["a1"], d["step"]
    _find_step(chain, d)
    chain.ask((f"写出 $S_{{{k}}}$ 和 $qS_{{{k}}}$，两式相减后中间的项怎样？", f"Write $S_{{{k}}}$ and $qS_{{{k}}}$. What happens to the middle terms when you subtract?"),
              (f"中间项全部抵消：$(1-q)S_{{{k}}}=a_1-a_1q^{{{k}}}$", f"they all cancel: $(1-q)S_{{{k}}}=a_1-a_1q^{{{k}}}$"),
              f"(1 - ({plain(q)}))*({plain(_sum(d, k))}) = ({plain(a1)}) - ({plain(a1)})*({plain(q)})^{k}",
              kps=["seq.sum.shift_subtract", "seq.geom.sum"], hints=[("$qS_n$ 的每一项是 $S_n$ 的下一项。", "Each term of qS_n is the next term of S_n.")])
    value = sp.nsimplify(a1 * (1 - q**k) / (1 - q))
    chain.ask(("两边除以 $1-q$，和是多少？", "Divide by $1-q$. What is the sum?"), (f"$S_{{{k}}}={tex(value)}$",) * 2,
              f"(({plain(a1)}) - ({plain(a1)})*({plain(q)})^{k})/(1 - ({plain(q)})) = {plain(value)}", kps=["seq.geom.sum"],
              hints=[("注意 $q\\ne1$。", "Note q ≠ 1.")])
    chain.done(_answer(d, value), _reference(d))


def _is(what, numeric=True):
    return lambda d: d["goal"][0] == what and (not numeric or d["goal"][1] is not None)


register(Solver("sequence.arithmetic", "sequences", lambda p: detect_progression(p, "arith"), (
    Method(("公式法", "Formulas"), _by_formula),
    Method(("由已知项推算", "From a known term"), _from_known_term, lambda d: _is("a")(d) and d["known"][0] != 1),
    Method(("倒序相加（配对）", "Pairing (Gauss)"), _pairing, _is("S")),
), ("seq.arith.def",), priority=70, answers=frozenset({"term", "sum"})))
register(Solver("sequence.geometric", "sequences", lambda p: detect_progression(p, "geom"), (
    Method(("公式法", "Formulas"), _by_formula),
    Method(("由已知项推算", "From a known term"), _from_known_term, lambda d: _is("a")(d) and d["known"][0] != 1),
    Method(("错位相减", "Shift and subtract"), _shift_subtract, lambda d: _is("S")(d) and d["step"] != 1),
), ("seq.geom.def",), priority=70, answers=frozenset({"term", "sum"})))


# -- recurrences a_{n+1} = p a_n + r --------------------------------------------------------------------------
def detect_recurrence(p: Problem) -> Match | None:
    m = re.search(r"a_\{?n\s*\+\s*1\}?\s*=\s*([^,;，。]+?)(?=[,;，。]|\.\s|\.$|\s+(?:求|find|and|且)|$)", p.text, re.I)
    if not m:
        return None
    a1 = re.search(r"a_\{?1\}?\s*=\s*" + _VALUE, p.text)
    if not a1:
        return None
    rhs_text = re.sub(r"a_\{?n\}?", "A", m.group(1))
    rhs = try_expr(rhs_text)
    first = try_expr(a1.group(1))
    if rhs is None or first is None:
        return None
    A, n = sp.Symbol("A", real=True), sp.Symbol("n", real=True)
    if rhs.free_symbols - {A, n} or not rhs.has(A):
        return None
    pcoef = rhs.coeff(A)
    rest = sp.expand(rhs - pcoef * A)
    if rest.has(A) or pcoef.free_symbols or not rest.is_polynomial(n) or sp.degree(rest, n) > 1:
        return None
    if pcoef != 1 and rest.has(n):
        return None
    goal = _goal(p.text, p.lower)
    if goal is None or goal[0] != "a" or (goal[1] is not None and goal[1] > 30):
        return None
    data = {"p": sp.nsimplify(pcoef), "r": sp.nsimplify(rest.subs(n, N)), "a1": first, "goal": goal}
    return Match([f"a_1 = {plain(first)}", f"a_(n+1) = {plain(rhs.subs(A, sp.Symbol('a_n')))}"],
                 f"a_{goal[1] or 'n'}", data, 0.9)


def _closed_form(d: dict) -> sp.Expr:
    """Reference: SymPy's rsolve on the recurrence (independent of the chain's construction)."""
    a = sp.Function("a")
    n = sp.Symbol("n", integer=True)
    sol = sp.rsolve(a(n + 1) - d["p"] * a(n) - d["r"].subs(N, n), a(n), {a(1): d["a1"]})
    return sp.simplify(sol.subs(n, N))


def _formula_claim(general: sp.Expr, d: dict) -> str:
    """The formula starts right and obeys the recurrence (which proves it by induction): checkable."""
    step = plain(general.subs(N, N + 1))
    return (f"{plain(general.subs(N, 1))} = {plain(d['a1'])} 且 "
            f"{step} = {plain(d['p'])}*({plain(general)}) + ({plain(d['r'])})")


def _iterate(chain: Chain, d: dict) -> None:
    k = d["goal"][1]
    vals = [d["a1"]]
    for i in range(1, k):
        vals.append(sp.nsimplify(d["p"] * vals[-1] + d["r"].subs(N, i)))
    chain.ask(("由递推公式，从 $a_1$ 开始依次算出前几项。", "Starting from $a_1$, use the recurrence to compute the terms in turn."),
              (", ".join(f"$a_{{{i + 1}}}={tex(v)}$" for i, v in enumerate(vals)),) * 2,
              " 且 ".join(f"a_{i + 2} = {plain(vals[i + 1])}" for i in range(len(vals) - 1)) or f"a_1 = {plain(vals[0])}",
              context=[f"a_1 = {plain(d['a1'])}", f"a_{{n+1}} = {plain(d['p'] * sp.Symbol('a_n') + d['r'])}"],
              kps=["seq.recurrence"], hints=[("把 $n=1,2,3,\\dots$ 依次代入。", "Substitute n = 1, 2, 3, … in turn.")])
    chain.done((f"$a_{{{k}}}={tex(vals[-1])}$",) * 2, (f"a_{k}={plain(_closed_form(d).subs(N, k))}",) * 2)


def _construct(chain: Chain, d: dict) -> None:
    p_, r, a1 = d["p"], d["r"], d["a1"]
    k = d["goal"][1]
    if p_ == 1:
        chain.ask(("$a_{n+1}-a_n$ 等于什么？用累加法，$a_n-a_1$ 等于哪些差的和？", "What is $a_{n+1}-a_n$? By summing differences, $a_n-a_1$ is the sum of which terms?"),
                  (f"$a_{{n+1}}-a_n={tex(r)}$，$a_n-a_1=\\sum_{{i=1}}^{{n-1}}({tex(r.subs(N, sp.Symbol('i')))})$",) * 2, "",
                  kps=["seq.recurrence", "seq.construct"], hints=[("把 $n-1$ 个差式相加，中间项抵消。", "Add the n − 1 difference equations; the middle terms cancel.")])
        i = sp.Symbol("i", integer=True, positive=True)
        general = sp.expand(a1 + sp.summation(r.subs(N, i), (i, 1, N - 1)))
        chain.ask(("求和化简，通项公式是什么？", "Sum and simplify: what is the general term?"), (f"$a_n={tex(general)}$",) * 2,
                  _formula_claim(general, d),
                  kps=["seq.construct"], hints=[("$1+2+\\cdots+(n-1)=\\frac{n(n-1)}{2}$。", "$1+2+\\cdots+(n-1)=\\frac{n(n-1)}{2}$.")])
    else:
        lam = sp.nsimplify(r / (p_ - 1))
        b1 = a1 + lam
        chain.ask((f"设 $a_{{n+1}}+\\lambda={tex(p_)}(a_n+\\lambda)$，$\\lambda$ 取多少能与递推式吻合？",
                   f"Write $a_{{n+1}}+\\lambda={tex(p_)}(a_n+\\lambda)$: which $\\lambda$ matches the recurrence?"),
                  (f"$\\lambda={tex(lam)}$，即 $a_{{n+1}}+{tex(lam)}={tex(p_)}(a_n+{tex(lam)})$",) * 2,
                  f"{plain(p_)}*(a + {plain(lam)}) - {plain(lam)} = {plain(p_)}*a + {plain(r)}",
                  kps=["seq.construct", "undetermined_coefficients"], hints=[("展开后比较常数项。", "Expand and compare the constant terms.")])
        general = sp.expand(b1 * p_ ** (N - 1) - lam)
        chain.ask((f"数列 $\\{{a_n+{tex(lam)}\\}}$ 是首项 ${tex(b1)}$、公比 ${tex(p_)}$ 的等比数列，$a_n$ 是什么？",
                   f"$\\{{a_n+{tex(lam)}\\}}$ is geometric with first term ${tex(b1)}$ and ratio ${tex(p_)}$. What is $a_n$?"),
                  (f"$a_n={tex(general)}$",) * 2, _formula_claim(general, d), kps=["seq.construct", "seq.geom.def"],
                  hints=[("先写 $a_n+\\lambda$ 的通项，再移项。", "Write the general term of a_n + λ first, then move λ across.")])
    if k:
        value = sp.nsimplify(general.subs(N, k))
        chain.ask((f"代入 $n={k}$。", f"Put $n={k}$."), (f"$a_{{{k}}}={tex(value)}$",) * 2, f"{plain(general.subs(N, sp.Symbol(f'({k})')))} = {plain(value)}",
                  kps=["seq.recurrence"], hints=[("直接代入通项公式。", "Substitute into the formula.")])
        chain.done((f"$a_{{{k}}}={tex(value)}$",) * 2, (f"a_{k}={plain(_closed_form(d).subs(N, k))}",) * 2)
    else:
        chain.done((f"$a_n={tex(general)}$",) * 2, (f"a_n={plain(_closed_form(d))}",) * 2)


register(Solver("sequence.recurrence", "sequences", detect_recurrence, (
    Method(("构造等比数列 / 累加法", "Constructing a geometric sequence / summing differences"), _construct),
    Method(("逐项递推", "Iterating the recurrence"), _iterate, lambda d: d["goal"][1] is not None and d["goal"][1] <= 10),
), ("seq.recurrence",), priority=72, answers=frozenset({"term"})))
