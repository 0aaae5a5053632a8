"""Logarithmic and exponential inequalities log_a(u) ⋚ c and a^u ⋚ c: domain, monotonicity by the
base, then a linear or quadratic inequality."""

from __future__ import annotations

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import FLIPPED, RELATIONS, polynomial
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import (
    interval_math,
    interval_text,
    plain,
    relation_math,
    relation_text,
    tex,
)


def detect(p: Problem) -> Match | None:
    if not p.has("不等式", "inequality", "solve", "解"):
        return None
    rels = [r for r in p.relations if r[1] in RELATIONS]
    if len(rels) != 1:
        return None
    lhs, op, rhs = rels[0]
    if rhs.free_symbols or len(lhs.free_symbols) != 1:
        return None
    x = next(iter(lhs.free_symbols))
    logs = [a for a in sp.preorder_traversal(lhs) if isinstance(a, sp.log) and a.has(x)]
    if len(logs) == 1 and lhs.has(logs[0]):
        form = sp.simplify(lhs / logs[0])  # log_b(u) = log(u)/log(b): the factor is 1/log(b)
        if not form.is_number or form == 0:
            return None
        base = sp.nsimplify(sp.exp(1 / form))
        u = logs[0].args[0]
        if base is None or not base.is_number or base <= 0 or base == 1 or polynomial(u, x, 2) is None:
            return None
        return Match([f"{plain(lhs)} {op} {plain(rhs)}"], f"solution set in {x}", {"x": x, "kind": "log", "base": base, "u": u, "op": op,
                                                                                 "c": rhs, "lhs": lhs}, 0.9)
    if isinstance(lhs, sp.Pow) and not lhs.base.has(x) and lhs.exp.has(x) and rhs.is_positive:
        u = lhs.exp
        if polynomial(u, x, 2) is None or lhs.base <= 0 or lhs.base == 1:
            return None
        return Match([f"{plain(lhs)} {op} {plain(rhs)}"], f"solution set in {x}", {"x": x, "kind": "exp", "base": lhs.base, "u": u,
                                                                                 "op": op, "c": rhs, "lhs": lhs}, 0.9)
    return None


def _ref(d: dict) -> tuple[str, str]:
    """Independent: SymPy's solveset of the original inequality over the reals."""
    s = sp.solveset(RELATIONS[d["op"]](d["lhs"], d["c"]), d["x"], sp.S.Reals)
    return (interval_text(s),) * 2


def _monotone(chain: Chain, d: dict) -> None:
    x, base, u, op, c = d["x"], d["base"], d["u"], d["op"], d["c"]
    domain = sp.S.Reals
    if d["kind"] == "log":
        domain = sp.solveset(u > 0, x, sp.S.Reals)
        chain.ask(("真数要大于 0，$x$ 的范围是什么？", "The argument must be positive: what range must x lie in?"),
                  (f"${tex(u)}>0$，{relation_math(domain, x.name, 'zh')}", f"${tex(u)}>0$, {relation_math(domain, x.name, 'en')}"),
                  f"{plain(u)} > 0 \\Leftrightarrow {relation_text(domain, x.name)}", kps=["log.function", "func.domain"],
                  hints=[("先写定义域。", "Write the domain first.")])
        bound = sp.nsimplify(base**c)
        write = ("把右边写成同底的对数", "Write the right side as a log to the same base")
        shown = f"\\log_{{{tex(base)}}} {tex(bound)}"
    else:
        bound = sp.nsimplify(sp.log(c, base))
        write = ("把右边写成同底的幂", "Write the right side as a power of the same base")
        shown = f"{tex(base)}^{{{tex(bound)}}}"
    up = base > 1
    new_op = op if up else FLIPPED[op]
    chain.ask((f"{write[0]}；底数 ${tex(base)}$ {'大于 1，函数递增' if up else '小于 1，函数递减'}，得到关于 ${x}$ 的什么不等式？",
               f"{write[1]}; the base ${tex(base)}$ is {'greater than 1 (increasing)' if up else 'less than 1 (decreasing)'}. Which inequality in ${x}$ follows?"),
              (f"右边 $={shown}$，所以 ${tex(u)} {new_op} {tex(bound)}$", f"the right side is ${shown}$, so ${tex(u)} {new_op} {tex(bound)}$"),
              f"({plain(base)})^({plain(c)}) = {plain(bound)}" if d["kind"] == "log" else f"({plain(base)})^({plain(bound)}) = {plain(c)}",
              kps=["log.function" if d["kind"] == "log" else "exp.function"],
              hints=[("底数大于 1 时不等号方向不变，小于 1 时改变。", "Base > 1 keeps the direction; base < 1 reverses it.")])
    part = sp.solveset(RELATIONS[new_op](u, bound), x, sp.S.Reals)
    s = part.intersect(domain)
    chain.ask(("解这个不等式，并与定义域取交集。", "Solve it and intersect with the domain."),
              (relation_math(s, x.name, 'zh'), relation_math(s, x.name, 'en')),
              f"{plain(d['lhs'])} {op} {plain(c)} \\Leftrightarrow {relation_text(s, x.name)}", kps=["log.function" if d["kind"] == "log" else "exp.function"],
              hints=[("别忘了定义域。", "Don't forget the domain.")])
    chain.done((interval_math(s),) * 2, _ref(d))


register(Solver("inequality.log_exp", "exp_log", detect, (
    Method(("单调性（同底比较）", "Monotonicity (same base)"), _monotone),
), ("log.function",), priority=46, answers=frozenset({"solve"})))
