"""Graph transformations of a trigonometric function: shifts and stretches applied in the stated order
(左加右减, x replaced step by step), or the corresponding point method (express the old point by the new one)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import plain, tex

X = sp.Symbol("x", real=True)
_AMOUNT = r"([-\d.()/π√]+)"
# (pattern, kind, direction): kind h = horizontal shift, v = vertical shift, hs / vs = horizontal / vertical scale
_OPS = (
    (re.compile(rf"向\s*(左|右)\s*平移\s*{_AMOUNT}\s*个?\s*单位"), "h"),
    (re.compile(rf"向\s*(上|下)\s*平移\s*{_AMOUNT}\s*个?\s*单位"), "v"),
    (re.compile(rf"横坐标\s*(缩短|伸长|变)\s*(?:为|到)\s*原来的\s*{_AMOUNT}\s*倍?"), "hs"),
    (re.compile(rf"纵坐标\s*(缩短|伸长|变)\s*(?:为|到)\s*原来的\s*{_AMOUNT}\s*倍?"), "vs"),
    (re.compile(rf"\b(?:shift|translate|move)(?:ed)?\b[^,;.]*?\b(left|right)\s+by\s+{_AMOUNT}", re.I), "h"),
    (re.compile(rf"\b(?:shift|translate|move)(?:ed)?\b[^,;.]*?\b(up|down)(?:wards?)?\s+by\s+{_AMOUNT}", re.I), "v"),
    (re.compile(r"\b(shrink|compress|stretch)\w*\s+(?:every\s+|all\s+|each\s+)?(?:the\s+)?x\s*-\s*coordinates?\s+to\s+(half|a third|\S+ times)", re.I), "hs"),
    (re.compile(r"\b(shrink|compress|stretch)\w*\s+(?:every\s+|all\s+|each\s+)?(?:the\s+)?y\s*-\s*coordinates?\s+to\s+(half|a third|\S+ times)", re.I), "vs"),
)
_WORDS = {"half": sp.Rational(1, 2), "a third": sp.Rational(1, 3)}


def _amount(text: str) -> sp.Expr | None:
    text = text.strip().rstrip(".")
    if text.lower() in _WORDS:
        return _WORDS[text.lower()]
    return try_expr(re.sub(r"\s*times$", "", text))


def detect_transform(p: Problem) -> Match | None:
    bases = [f for f in p.fragments if re.match(r"y\s*=", f)]
    if len(bases) != 1 or not re.search(r"sin|cos", bases[0]) or len(re.findall(r"(?<![A-Za-z])y\s*=", p.text)) != 1:
        return None  # the resulting graph is given (then the original is asked) or several functions
    base = try_expr(bases[0].split("=", 1)[1])
    if base is None or base.free_symbols != {X} or base.replace(lambda e: isinstance(e, (sp.sin, sp.cos)), lambda e: sp.Integer(1)).has(X):
        return None  # x only inside sin / cos
    ops = []
    for pattern, kind in _OPS:
        for m in pattern.finditer(p.text):
            amount = _amount(m.group(2))
            if amount is None or amount.free_symbols or not amount > 0:
                return None
            word = m.group(1).lower()
            if kind == "h":
                ops.append((m.start(1), kind, amount if word in ("左", "left") else -amount))
            elif kind == "v":
                ops.append((m.start(1), kind, amount if word in ("上", "up") else -amount))
            else:
                if (word in ("缩短", "shrink", "compress") and amount >= 1) or (word in ("伸长", "stretch") and amount <= 1):
                    return None  # "缩短为原来的 2 倍" contradicts itself
                ops.append((m.start(1), kind, amount))
    if not ops or p.has("向量", "vector", "对称", "symmetric", "reflect"):
        return None
    stretches = len(re.findall(r"伸长|缩短|\b(?:stretch|shrink|compress)", p.text, re.I))
    if stretches > sum(kind in ("hs", "vs") for _, kind, _ in ops):
        return None  # a stretch worded in a way no pattern read ("stretched horizontally to 3 times its width")
    ops.sort()
    start = re.search(r"(?<![A-Za-z])y\s*=", p.text).start()
    if start > ops[0][0] or re.search(r"(?:得到|得|变为|变成|成为|obtain\w*|gets?|gives?|becomes?|yields?)\s*(?:了)?\s*(?:函数|the graph of|graph of)?\s*y\s*=", p.text, re.I):
        return None  # the function after the transformations is given: the original one is asked
    return Match([f"y = {plain(base)}"], "the resulting function", {"base": base, "ops": [(k, a) for _, k, a in ops]}, 0.85)


def _apply(g: sp.Expr, kind: str, a: sp.Expr) -> sp.Expr:
    """The new function after one transformation (左加右减, x → x/k, y → m·y, + c)."""
    return {"h": lambda: _sub(g, X + a), "v": lambda: g + a, "hs": lambda: _sub(g, X / a), "vs": lambda: a * g}[kind]()


def _sub(g: sp.Expr, new_x: sp.Expr) -> sp.Expr:
    """Replace x inside sin / cos, keeping the function as written: SymPy would turn cos(x/2 − π/12) into
    sin(x/2 + 5π/12) (it peels off the nearest multiple of π/2)."""
    return g.replace(lambda e: isinstance(e, (sp.sin, sp.cos)),
                     lambda e: e.func(sp.expand(e.args[0].subs(X, new_x)), evaluate=False))


def _move(pt: tuple, kind: str, a: sp.Expr) -> tuple:
    x, y = pt
    return {"h": (x - a, y), "v": (x, y + a), "hs": (a * x, y), "vs": (x, a * y)}[kind]


def _final_tex(g: sp.Expr) -> str:
    return f"$y={_ftex(g)}$"


def _ftex(g: sp.Expr) -> str:
    return re.sub(r"\{\\left\((.*?) \\right\)\}", r"(\1)", tex(g))


_SAY = {"h": ("左右平移：$x$ 换成 ${0}$", "horizontal shift: replace $x$ by ${0}$"),
        "v": ("上下平移：整个函数加上 ${1}$", "vertical shift: add ${1}$ to the function"),
        "hs": ("横坐标变为原来的 ${1}$ 倍：$x$ 换成 ${0}$", "x-coordinates times ${1}$: replace $x$ by ${0}$"),
        "vs": ("纵坐标变为原来的 ${1}$ 倍：整个函数乘 ${1}$", "y-coordinates times ${1}$: multiply the function by ${1}$")}


def _step_by_step(chain: Chain, d: dict) -> None:
    g, pt = d["base"], (sp.Integer(0), d["base"].subs(X, 0))
    for kind, a in d["ops"]:
        new = _apply(g, kind, a)
        pt = _move(pt, kind, a)
        shift = f"x+{tex(a)}" if a > 0 else f"x-{tex(-a)}"
        if kind == "hs":
            shift = tex(X / a)
        zh, en = _SAY[kind]
        chain.ask((f"{zh.format(shift, tex(a))}，得到什么？（检验：点 $({tex(pt[0])},{tex(pt[1])})$ 应在新图象上）",
                   f"After the {en.format(shift, tex(a))}, what is the function? (Check: $({tex(pt[0])},{tex(pt[1])})$ must lie on it.)"),
                  (_final_tex(new),) * 2, f"{plain(new.subs(X, sp.Symbol('(' + plain(pt[0]) + ')')))} = {plain(pt[1])}",
                  kps=["func.graph_transform"], hints=[("“左加右减”只对 $x$ 本身；伸缩时 $x$ 换成 $\\frac{x}{k}$。",
                                                        "Shifts and stretches act on $x$ itself: $x+c$ for a shift left, $\\frac{x}{k}$ for a stretch by $k$.")])
        g = new
    chain.done((_final_tex(g),) * 2, _reference(d))


def _point_method(chain: Chain, d: dict) -> None:
    x, Xn, y, Yn = sp.symbols("x X y Y", real=True)
    fx, fy = x, y
    for kind, a in d["ops"]:  # where the point (x, y) of the original graph goes
        fx = {"h": fx - a, "hs": a * fx}.get(kind, fx)
        fy = {"v": fy + a, "vs": a * fy}.get(kind, fy)
    inv_x, inv_y = sp.solve(sp.Eq(Xn, fx), x)[0], sp.solve(sp.Eq(Yn, fy), y)[0]
    # y = f(x) with y = inv_y(Y): solve the (linear) relation for Y
    r_inv = 1 / sp.diff(inv_y, Yn)
    s_inv = -inv_y.subs(Yn, 0) * r_inv
    chain.ask(("设原图象上的点 $(x,y)$ 变到新图象上的点 $(X,Y)$，用 $X,Y$ 表示 $x,y$。",
               "Let $(x,y)$ on the original graph go to $(X,Y)$. Express $x$ and $y$ by $X$ and $Y$."),
              (f"$X={tex(fx)}$，$Y={tex(fy)}$，所以 $x={tex(inv_x)}$，$y={tex(inv_y)}$",
               f"$X={tex(fx)}$, $Y={tex(fy)}$, so $x={tex(inv_x)}$, $y={tex(inv_y)}$"),
              f"X = {plain(fx)} ⇒ x = {plain(inv_x)}", kps=["func.graph_transform"],
              hints=[("按顺序写出点的坐标怎样变，再反解。", "Follow the point through each step, then solve back.")])
    result = r_inv * _sub(d["base"], inv_x.subs(Xn, X)) + s_inv
    top = sp.pi / 2 if d["base"].has(sp.sin) else sp.Integer(0)  # track a maximum point of the base too
    px, py = fx.subs(x, top), fy.subs(y, d["base"].subs(X, top))
    chain.ask(("代入 $y=f(x)$，得到新图象的解析式。", "Substitute into $y=f(x)$: what is the new function?"),
              (_final_tex(result),) * 2, f"{plain(result.subs(X, sp.Symbol('(' + plain(px) + ')')))} = {plain(py)}",
              kps=["func.graph_transform", "trig.sinusoid"], hints=[("相关点法：$(x,y)$ 满足原解析式。", "The old point satisfies the old equation.")])
    chain.done((_final_tex(result),) * 2, _reference(d))


def _reference(d: dict) -> tuple[str, str]:
    """Independent of the step-by-step substitution: the point maps composed as matrices of the affine maps
    x ↦ p·x + q, y ↦ r·y + s, then F(X) = r·f((X − q)/p) + s."""
    p_, q_, r_, s_ = sp.Integer(1), sp.Integer(0), sp.Integer(1), sp.Integer(0)
    for kind, a in d["ops"]:
        if kind == "h":
            q_ -= a
        elif kind == "hs":
            p_, q_ = a * p_, a * q_
        elif kind == "v":
            s_ += a
        else:
            r_, s_ = a * r_, a * s_
    return (f"y={plain(r_ * d['base'].subs(X, (X - q_) / p_) + s_)}",) * 2


register(Solver("trig.graph_transform", "trigonometry", detect_transform, (
    Method(("按变换顺序逐步写出解析式", "Follow the transformations step by step"), _step_by_step),
    Method(("相关点法（坐标代换）", "Corresponding points (substitute coordinates)"), _point_method),
), ("func.graph_transform",), priority=55, answers=frozenset({"equation", "expr", "function"})))
