"""Comparing numbers named by letters (a = 2^0.3, b = 0.3^2, c = log_2 0.3 …) in a choice question whose
options are orderings ("c<b<a"): every option is judged. Intermediate values 0 and 1 (monotonic exponential,
logarithmic and power functions) vs estimating each number to a few decimals."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.choices import letters, split_choices
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register

_DEF = re.compile(r"(?<![A-Za-z_])([a-z])\s*=\s*([^,;，；=<>]+?)\s*(?=[,;，；]|\.(?:\s|$)|且|and\b|then\b|则|$)", re.I)
_ORDER = re.compile(r"[a-z](?:\s*[<>]\s*[a-z]){1,3}")
_BANDS = (("(-∞,0)", "小于 0", "below 0"), ("(0,1)", "在 0 与 1 之间", "between 0 and 1"), ("(1,+∞)", "大于 1", "above 1"))


def _show(src: str) -> str:
    """The source text as LaTeX-ish display: log_2 → \\log_2."""
    return re.sub(r"(?<![\\A-Za-z])(log|ln|lg)(?![A-Za-z])", r"\\\1", src.strip())


def detect(p: Problem) -> Match | None:
    split = split_choices(p.text)
    if split is None:
        return None
    stem, options = split
    defs: dict[str, tuple[str, sp.Expr]] = {}
    for m in _DEF.finditer(stem):
        name, src = m.group(1), m.group(2).strip()
        if name in defs:
            return None
        value = try_expr(src)
        if value is None or value.free_symbols or not value.is_real or value.has(sp.zoo, sp.nan):
            return None
        defs[name] = (src, value)
    if not 2 <= len(defs) <= 4 or re.search(r"[xy]\s*[<>∈]|函数|function|若|if\b", stem, re.I):
        return None  # a parameter or a function in the stem: another problem
    nums = {k: sp.N(v, 40) for k, (_, v) in defs.items()}
    vals = sorted(nums.values())
    if any(abs(u - w) < sp.Float("1e-12") for u, w in zip(vals, vals[1:], strict=False)):
        return None  # equal (or nearly equal) numbers: the order is not strict
    orders = {}
    for letter, text in options.items():
        t = text.strip(" .")
        if not _ORDER.fullmatch(t):
            return None
        names = re.findall(r"[a-z]", t)
        ops = set(re.findall(r"[<>]", t))
        if len(ops) != 1 or len(set(names)) != len(names) or not set(names) <= set(defs):
            return None
        orders[letter] = (names, ops.pop())
    right = [k for k, (names, op) in orders.items() if _first_failure(names, op, nums) is None]
    if not right:
        return None
    return Match([f"{k} = {src}" for k, (src, _) in defs.items()], "compare", {"defs": defs, "orders": orders, "nums": nums}, 0.85)


def _first_failure(names: list[str], op: str, nums: dict) -> tuple[str, str] | None:
    """The first link of an ordering that is false, or None when the ordering holds."""
    for u, w in zip(names, names[1:], strict=False):
        if (nums[u] < nums[w]) != (op == "<"):
            return u, w
    return None


def _reference(d: dict) -> tuple[str, str]:
    """Independent: every number evaluated to 60 digits by SymPy, each option's links tested on those values."""
    high = {k: sp.N(v, 60) for k, (_, v) in d["defs"].items()}
    ok = [k for k, (names, op) in d["orders"].items()
          if all((high[u] < high[w]) if op == "<" else (high[u] > high[w]) for u, w in zip(names, names[1:], strict=False))]
    return (letters(ok),) * 2


def _band(v) -> int:
    return 0 if v < 0 else 1 if v < 1 else 2


def _separated(d: dict) -> bool:
    nums = d["nums"]
    bands = [_band(v) for v in nums.values()]
    return all(v not in (0, 1) for v in nums.values()) and len(set(bands)) == len(bands)


def _judge(chain: Chain, d: dict) -> None:
    """Write the order found, then judge every option by it."""
    defs, nums = d["defs"], d["nums"]
    order = sorted(defs, key=lambda k: nums[k])
    chain.ask(("把三个数从小到大排好。" if len(order) == 3 else "把这些数从小到大排好。", "Put the numbers in increasing order."),
              ("$" + "<".join(order) + "$",) * 2, " < ".join(defs[k][0] for k in order), kps=["exp.compare"],
              hints=[("把前面得到的结论连起来。", "Chain the comparisons you found.")])
    for letter, (names, op) in d["orders"].items():
        bad = _first_failure(names, op, nums)
        shown = op.join(names)
        if bad is None:
            claim, answer = f" {op} ".join(defs[n][0] for n in names), ("成立", "holds")
        else:
            u, w = bad
            real = "<" if nums[u] < nums[w] else ">"
            claim = f"{defs[u][0]} {real} {defs[w][0]}"
            answer = (f"不成立：实际上 ${u}{real}{w}$", f"fails: in fact ${u}{real}{w}$")
        chain.ask((f"{letter}：${shown}$ 成立吗？", f"{letter}: does ${shown}$ hold?"), answer, claim, kps=["exp.compare"],
                  hints=[("逐个选项对照排好的顺序。", "Check each option against the order.")])
    right = [k for k, (names, op) in d["orders"].items() if _first_failure(names, op, nums) is None]
    chain.done((letters(right),) * 2, _reference(d))


def _intermediate(chain: Chain, d: dict) -> None:
    for name, (src, _) in d["defs"].items():
        b = _band(d["nums"][name])
        claim = f"{src} < 0" if b == 0 else f"0 < {src} < 1" if b == 1 else f"{src} > 1"
        chain.ask((f"${name}={_show(src)}$ 与 0、1 比较，在哪个范围？", f"Compare ${name}={_show(src)}$ with 0 and 1: where does it lie?"),
                  (f"${name}$ {_BANDS[b][1]}", f"${name}$ is {_BANDS[b][2]}"), claim, kps=["exp.function", "log.function", "exp.compare"],
                  hints=[("指数函数 $y=a^x$、对数函数 $y=\\log_a x$ 在 $a>1$ 时递增、$0<a<1$ 时递减；与 $a^0=1$、$\\log_a 1=0$ 比较。",
                          "$y=a^x$ and $y=\\log_a x$ increase for $a>1$ and decrease for $0<a<1$; compare with $a^0=1$ and $\\log_a 1=0$."),
                         ("三个数恰好落在 $(-\\infty,0)$、$(0,1)$、$(1,+\\infty)$ 不同的区间里。", "The numbers fall in different intervals among (−∞,0), (0,1), (1,+∞).")])
    _judge(chain, d)


def _places(d: dict) -> int:
    """Fewest decimal places (2–8) at which the rounded values keep the true order."""
    nums = d["nums"]
    for k in range(2, 9):
        rounded = {n: round(float(v), k) for n, v in nums.items()}
        if sorted(nums, key=lambda n: nums[n]) == sorted(nums, key=lambda n: rounded[n]) and len(set(rounded.values())) == len(rounded):
            return k
    return 0


def _estimate(chain: Chain, d: dict) -> None:
    k = _places(d)
    for name, (src, _) in d["defs"].items():
        x = float(d["nums"][name])
        # at least 3 significant digits: the checker reads "0.4^3 ≈ 0.06" with the tolerance of 0.064's places
        places = max(k, 2 - int(sp.floor(sp.log(abs(x), 10)))) if x else k
        v = f"{x:.{places}f}"
        chain.ask((f"估算 ${name}={_show(src)}$（保留 {places} 位小数）。", f"Estimate ${name}={_show(src)}$ to {places} decimal places."),
                  (f"${name}\\approx {v}$",) * 2, f"{src} \\approx {v}", kps=["exp.compare"],
                  hints=[("可以用 $\\log_a b=\\frac{\\lg b}{\\lg a}$ 与常用的 $\\lg 2\\approx0.301$、$\\lg 3\\approx0.477$ 估算。",
                          "Use $\\log_a b=\\lg b/\\lg a$ with $\\lg 2\\approx0.301$, $\\lg 3\\approx0.477$.")])
    _judge(chain, d)


register(Solver("explog.compare", "exp_log", detect, (
    Method(("借助中间量 0 和 1", "Compare with 0 and 1"), _intermediate, _separated),
    Method(("估算比较", "Estimate each number"), _estimate, lambda d: _places(d) > 0),
), ("exp.compare",), priority=60, choices=True, answers=frozenset({"expr", "compare"})))
