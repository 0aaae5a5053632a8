"""比较大小 / Comparing numbers named by letters (a = 2^0.3, b = 0.3^2, c = log_2 0.3 …) in a choice question
whose options are orderings ("c<b<a"): every option is judged. Intermediate values 0 and 1 (monotonic
exponential, logarithmic and power functions) vs estimating each number to a few decimals."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.choices import letters, split_choices
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

_DEF = re.compile(r"(?<![A-Za-z_])([a-z])\s*=\s*([^,;，；=<>]+?)\s*(?=[,;，；]|\.(?:\s|$)|且|and\b|then\b|则|$)", re.I)
_ORDER = re.compile(r"[a-z](?:\s*[<>]\s*[a-z]){1,3}")
_BANDS = (("小于 0", "below 0"), ("在 0 与 1 之间", "between 0 and 1"), ("大于 1", "above 1"))
MAX_NUMBERS = 4
MAX_OPTIONS = 6  # option slots in the template


@dataclass(frozen=True)
class Compare:
    """The named numbers (letter → (source text, value)) and each option's ordering (letters, sign)."""

    defs: tuple[tuple[str, str, sp.Expr], ...]
    orders: tuple[tuple[str, tuple[str, ...], str], ...]


def _show(src: str) -> str:
    """The source text as LaTeX-ish display: log_2 → \\log_2."""
    return re.sub(r"(?<![\\A-Za-z])(log|ln|lg)(?![A-Za-z])", r"\\\1", src.strip())


def _first_failure(names: tuple[str, ...], op: str, nums: dict[str, sp.Expr]) -> tuple[str, str] | None:
    """The first link of an ordering that is false, or None when the ordering holds."""
    for u, w in zip(names, names[1:], strict=False):
        if bool(nums[u] < nums[w]) != (op == "<"):
            return u, w
    return None


def detect(p: Problem) -> Compare | None:
    """`设 a=2^{0.3}，b=0.3^2，c=log_2 0.3，则（　）A. c<b<a …`: 2–4 distinct numbers, every option an ordering."""
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
    if not 2 <= len(defs) <= MAX_NUMBERS or re.search(r"[xy]\s*[<>∈]|函数|function|若|if\b", stem, re.I):
        return None  # a parameter or a function in the stem: another problem
    nums = {k: sp.N(v, 40) for k, (_, v) in defs.items()}
    vals = sorted(nums.values())
    if any(abs(u - w) < sp.Float("1e-12") for u, w in zip(vals, vals[1:], strict=False)):
        return None  # equal (or nearly equal) numbers: the order is not strict
    orders = []
    for letter, text in options.items():
        t = text.strip(" .")
        if not _ORDER.fullmatch(t):
            return None
        names = tuple(re.findall(r"[a-z]", t))
        ops = set(re.findall(r"[<>]", t))
        if len(ops) != 1 or len(set(names)) != len(names) or not set(names) <= set(defs):
            return None
        orders.append((letter, names, ops.pop()))
    if len(orders) > MAX_OPTIONS or not any(_first_failure(n, op, nums) is None for _, n, op in orders):
        return None
    return Compare(tuple((k, src, v) for k, (src, v) in defs.items()), tuple(orders))


def _band(v: sp.Expr) -> int:
    return 0 if v < 0 else 1 if v < 1 else 2


def _places(nums: dict[str, sp.Expr]) -> int:
    """Fewest decimal places (2–8) at which the rounded values keep the true order."""
    for k in range(2, 9):
        rounded = {n: round(float(v), k) for n, v in nums.items()}
        if sorted(nums, key=lambda n: nums[n]) == sorted(nums, key=lambda n: rounded[n]) and len(set(rounded.values())) == len(rounded):
            return k
    return 0


def values(c: Compare) -> Values:
    """Each number's band (0 and 1) and estimate, the order, and a verdict for every option."""
    nums = {k: sp.N(v, 40) for k, _, v in c.defs}
    srcs = {k: src for k, src, _ in c.defs}
    bands = [_band(v) for v in nums.values()]
    places = _places(nums)
    out: Values = {"sep": all(v not in (0, 1) for v in nums.values()) and len(set(bands)) == len(bands),
                   "est": places > 0, "three": len(c.defs) == 3}
    for i in range(1, MAX_NUMBERS + 1):
        out[f"d{i}"] = False
    for i, (name, src, _) in enumerate(c.defs, start=1):
        x, b = nums[name], _band(nums[name])
        out.update({f"d{i}": True, f"d{i}_name": name, f"d{i}_src": _show(src),
                    f"d{i}_band_zh": _BANDS[b][0], f"d{i}_band_en": _BANDS[b][1],
                    f"d{i}_band_claim": f"{src} < 0" if b == 0 else f"0 < {src} < 1" if b == 1 else f"{src} > 1"})
        # at least 3 significant digits: the checker reads "0.4^3 ≈ 0.06" with the tolerance of 0.064's places
        k = max(places, 2 - int(sp.floor(sp.log(abs(x), 10)))) if x else places
        out.update({f"d{i}_places": str(k), f"d{i}_est": f"{float(x):.{k}f}", f"d{i}_est_claim": f"{src} \\approx {float(x):.{k}f}"})
    order = sorted(nums, key=lambda n: nums[n])
    out["order"] = "<".join(order)
    out["order_claim"] = " < ".join(srcs[k] for k in order)
    for i in range(1, MAX_OPTIONS + 1):
        out[f"o{i}"] = False
    right = []
    for i, (letter, names, op) in enumerate(c.orders, start=1):
        bad = _first_failure(names, op, nums)
        out.update({f"o{i}": True, f"o{i}_letter": letter, f"o{i}_shown": op.join(names)})
        if bad is None:
            right.append(letter)
            out.update({f"o{i}_zh": "成立", f"o{i}_en": "holds", f"o{i}_claim": f" {op} ".join(srcs[n] for n in names)})
        else:
            u, w = bad
            real = "<" if nums[u] < nums[w] else ">"
            out.update({f"o{i}_zh": f"不成立：实际上 ${u}{real}{w}$", f"o{i}_en": f"fails: in fact ${u}{real}{w}$",
                        f"o{i}_claim": f"{srcs[u]} {real} {srcs[w]}"})
    out["final"] = letters(right)
    return out


def reference(c: Compare) -> str:
    """Independent: every number evaluated to 60 digits by SymPy, each option's links tested on those values."""
    high = {k: sp.N(v, 60) for k, _, v in c.defs}
    ok = [letter for letter, names, op in c.orders
          if all((high[u] < high[w]) if op == "<" else (high[u] > high[w]) for u, w in zip(names, names[1:], strict=False))]
    return letters(ok)


TYPE: ProblemType[Compare] = ProblemType(
    type_id="explog.compare", module="exp_log", name="compare", detect=detect, values=values,
    reference=reference, givens=lambda c: [f"{k} = {src}" for k, src, _ in c.defs], goal=lambda c: "compare",
    answers=frozenset({"expr", "compare"}), choices=True,
)
