"""First-order recurrences (iteration / constructing a geometric sequence). Arithmetic and geometric
sequences moved to `types/sequences/` (code + YAML templates)."""

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
