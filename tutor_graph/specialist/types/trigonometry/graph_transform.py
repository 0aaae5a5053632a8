"""三角函数图象的平移与伸缩 / Shifts and stretches of a trigonometric graph, applied in the stated order."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import plain, tex
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.template import Values

X = sp.Symbol("x", real=True)
MAX_OPS = 4  # the template has a step for each of at most this many transformations
_AMOUNT = r"([-\d.()/π√]+)"
# (pattern, kind): h = horizontal shift, v = vertical shift, hs / vs = horizontal / vertical scale
_OPS = (
    (re.compile(rf"向\s*(左|右)\s*平移\s*{_AMOUNT}\s*个?\s*单位"), "h"),
    (re.compile(rf"向\s*(上|下)\s*平移\s*{_AMOUNT}\s*个?\s*单位"), "v"),
    (re.compile(rf"横坐标\s*(缩短|伸长|变)\s*(?:为|到)\s*原来的\s*{_AMOUNT}\s*倍?"), "hs"),
    (re.compile(rf"纵坐标\s*(缩短|伸长|变)\s*(?:为|到)\s*原来的\s*{_AMOUNT}\s*倍?"), "vs"),
    (re.compile(rf"\b(?:shift|translate|move)(?:ed)?\b[^,;.]*?\b(left|right)\s+by\s+{_AMOUNT}", re.I), "h"),
    (re.compile(rf"\b(?:shift|translate|move)(?:ed)?\b[^,;.]*?\b(up|down)(?:wards?)?\s+by\s+{_AMOUNT}", re.I), "v"),
    (re.compile(r"\b(shrink|compress|stretch)\w*\s+(?:every\s+|all\s+|each\s+)?(?:the\s+)?x\s*-\s*coordinates?\s+to\s+"
                r"(half|a third|\S+ times)", re.I), "hs"),
    (re.compile(r"\b(shrink|compress|stretch)\w*\s+(?:every\s+|all\s+|each\s+)?(?:the\s+)?y\s*-\s*coordinates?\s+to\s+"
                r"(half|a third|\S+ times)", re.I), "vs"),
)
_WORDS = {"half": sp.Rational(1, 2), "a third": sp.Rational(1, 3)}
_GIVEN_RESULT = re.compile(r"(?:得到|得|变为|变成|成为|obtain\w*|gets?|gives?|becomes?|yields?)\s*(?:了)?\s*"
                           r"(?:函数|the graph of|graph of)?\s*y\s*=", re.I)


@dataclass(frozen=True)
class Transform:
    """The base function y = base(x) and the transformations (kind, amount) in the order stated."""

    base: sp.Expr
    ops: tuple[tuple[str, sp.Expr], ...]


def _amount(text: str) -> sp.Expr | None:
    text = text.strip().rstrip(".")
    if text.lower() in _WORDS:
        return _WORDS[text.lower()]
    return try_expr(re.sub(r"\s*times$", "", text))


def _read_ops(p: Problem) -> list[tuple[int, str, sp.Expr]] | None:
    """Every transformation with its place in the text; None when one reads as nonsense."""
    ops = []
    for pattern, kind in _OPS:
        for m in pattern.finditer(p.text):
            amount = _amount(m.group(2))
            if amount is None or amount.free_symbols or not amount > 0:
                return None
            word = m.group(1).lower()
            if kind in ("h", "v"):
                ops.append((m.start(1), kind, amount if word in ("左", "left", "上", "up") else -amount))
                continue
            if (word in ("缩短", "shrink", "compress") and amount >= 1) or (word in ("伸长", "stretch") and amount <= 1):
                return None  # "缩短为原来的 2 倍" contradicts itself
            ops.append((m.start(1), kind, amount))
    return sorted(ops)


def detect(p: Problem) -> Transform | None:
    """`把 y=cos x 的图象上各点的横坐标伸长为原来的 2 倍，再向右平移 π/6 个单位，求所得图象的解析式`."""
    bases = [f for f in p.fragments if re.match(r"y\s*=", f)]
    if len(bases) != 1 or not re.search(r"sin|cos", bases[0]) or len(re.findall(r"(?<![A-Za-z])y\s*=", p.text)) != 1:
        return None  # the resulting graph is given (then the original is asked) or several functions
    base = try_expr(bases[0].split("=", 1)[1])
    if base is None or base.free_symbols != {X} or base.replace(
            lambda e: isinstance(e, sp.sin | sp.cos), lambda e: sp.Integer(1)).has(X):
        return None  # x only inside sin / cos
    ops = _read_ops(p)
    if not ops or len(ops) > MAX_OPS or p.has("向量", "vector", "对称", "symmetric", "reflect"):
        return None
    stretches = len(re.findall(r"伸长|缩短|\b(?:stretch|shrink|compress)", p.text, re.I))
    if stretches > sum(kind in ("hs", "vs") for _, kind, _ in ops):
        return None  # a stretch worded in a way no pattern read ("stretched horizontally to 3 times its width")
    start = re.search(r"(?<![A-Za-z])y\s*=", p.text)
    if start is None or start.start() > ops[0][0] or _GIVEN_RESULT.search(p.text):
        return None  # the function after the transformations is given: the original one is asked
    return Transform(base, tuple((k, a) for _, k, a in ops))


def _sub(g: sp.Expr, new_x: sp.Expr) -> sp.Expr:
    """Replace x inside sin / cos, keeping the function as written: SymPy would turn cos(x/2 − π/12) into
    sin(x/2 + 5π/12) (it peels off the nearest multiple of π/2)."""
    return g.replace(lambda e: isinstance(e, sp.sin | sp.cos),
                     lambda e: e.func(sp.expand(e.args[0].subs(X, new_x)), evaluate=False))


def _apply(g: sp.Expr, kind: str, a: sp.Expr) -> sp.Expr:
    """The new function after one transformation (左加右减, x → x/k, y → m·y, + c)."""
    if kind == "h":
        return _sub(g, X + a)
    if kind == "hs":
        return _sub(g, X / a)
    return g + a if kind == "v" else a * g


def _move(pt: tuple[sp.Expr, sp.Expr], kind: str, a: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    x, y = pt
    return {"h": (x - a, y), "v": (x, y + a), "hs": (a * x, y), "vs": (x, a * y)}[kind]


def _ftex(g: sp.Expr) -> str:
    return re.sub(r"\{\\left\((.*?) \\right\)\}", r"(\1)", tex(g))


def _at(g: sp.Expr, x0: sp.Expr) -> str:
    return plain(g.subs(X, sp.Symbol("(" + plain(x0) + ")")))


def _say(kind: str, a: sp.Expr) -> tuple[str, str]:
    """The transformation in words (zh, en), with what happens to x or y."""
    shift = f"x+{tex(a)}" if a > 0 else f"x-{tex(-a)}"
    if kind == "h":
        side = ("向左", "left") if a > 0 else ("向右", "right")
        return (f"{side[0]}平移 ${tex(abs(a))}$ 个单位，$x$ 换成 ${shift}$",
                f"shifting {side[1]} by ${tex(abs(a))}$, $x$ becomes ${shift}$")
    if kind == "v":
        side = ("向上", "up") if a > 0 else ("向下", "down")
        return (f"{side[0]}平移 ${tex(abs(a))}$ 个单位，整个函数加上 ${tex(a)}$",
                f"shifting {side[1]} by ${tex(abs(a))}$, the function gains ${tex(a)}$")
    if kind == "hs":
        return (f"横坐标变为原来的 ${tex(a)}$ 倍，$x$ 换成 ${tex(X / a)}$",
                f"taking the $x$-coordinates times ${tex(a)}$, $x$ becomes ${tex(X / a)}$")
    return (f"纵坐标变为原来的 ${tex(a)}$ 倍，整个函数乘 ${tex(a)}$",
            f"taking the $y$-coordinates times ${tex(a)}$, the function is multiplied by ${tex(a)}$")


def values(d: Transform) -> Values:
    """Each step's function and a point followed through it, and the corresponding-point relations."""
    out: Values = {"base": _ftex(d.base)}
    g, pt = d.base, (sp.Integer(0), d.base.subs(X, 0))
    for i in range(1, MAX_OPS + 1):
        out[f"op{i}"] = i <= len(d.ops)
        if i > len(d.ops):
            continue
        kind, a = d.ops[i - 1]
        g, pt = _apply(g, kind, a), _move(pt, kind, a)
        out[f"say{i}"], out[f"say{i}_en"] = _say(kind, a)
        out[f"g{i}"] = _ftex(g)
        out[f"pt{i}"] = f"({tex(pt[0])},{tex(pt[1])})"
        out[f"claim{i}"] = f"{_at(g, pt[0])} = {plain(pt[1])}"
    out["result"] = _ftex(g)
    # corresponding points: (x, y) on the old graph goes to (X, Y) on the new one
    x, xn, y, yn = sp.symbols("x X y Y", real=True)
    fx, fy = x, y
    for kind, a in d.ops:
        fx = {"h": fx - a, "hs": a * fx}.get(kind, fx)
        fy = {"v": fy + a, "vs": a * fy}.get(kind, fy)
    inv_x, inv_y = sp.solve(sp.Eq(xn, fx), x)[0], sp.solve(sp.Eq(yn, fy), y)[0]
    r_inv = 1 / sp.diff(inv_y, yn)
    s_inv = -inv_y.subs(yn, 0) * r_inv
    result = r_inv * _sub(d.base, inv_x.subs(xn, X)) + s_inv
    top = sp.pi / 2 if d.base.has(sp.sin) else sp.Integer(0)  # follow a maximum point of the base too
    px, py = fx.subs(x, top), fy.subs(y, d.base.subs(X, top))
    out.update({"fx": tex(fx), "fy": tex(fy), "inv_x": tex(inv_x), "inv_y": tex(inv_y),
                "map_claim": f"X = {plain(fx)} ⇒ x = {plain(inv_x)}", "point_result": _ftex(result),
                "point_claim": f"{_at(result, px)} = {plain(py)}", "top": f"({tex(top)},{tex(d.base.subs(X, top))})",
                "top_new": f"({tex(px)},{tex(py)})"})
    return out


def reference(d: Transform) -> str:
    """Independent of the step-by-step substitution: the point maps composed as the affine maps
    x ↦ p·x + q, y ↦ r·y + s, then F(X) = r·f((X − q)/p) + s."""
    p_, q_, r_, s_ = sp.Integer(1), sp.Integer(0), sp.Integer(1), sp.Integer(0)
    for kind, a in d.ops:
        if kind == "h":
            q_ -= a
        elif kind == "hs":
            p_, q_ = a * p_, a * q_
        elif kind == "v":
            s_ += a
        else:
            r_, s_ = a * r_, a * s_
    return f"y={plain(r_ * d.base.subs(X, (X - q_) / p_) + s_)}"


TYPE: ProblemType[Transform] = ProblemType(
    type_id="trig.graph_transform", module="trigonometry", name="graph_transform", detect=detect, values=values,
    reference=reference, givens=lambda d: [f"y = {plain(d.base)}"], goal=lambda d: "the resulting function",
    answers=frozenset({"equation", "expr", "function"}),
)
