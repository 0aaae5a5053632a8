"""Plane vectors: dot products, lengths, angles, and a parameter from perpendicular / parallel
conditions (coordinates vs the definition / expanding squares)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, roots_math, tex

K = sp.Symbol("k", real=True)
_VEC = re.compile(r"(?:vec\{)?(?<![A-Za-z_])([a-c])\}?\s*=\s*\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)")
_NORM = re.compile(r"\|\s*(?:vec\{)?([a-c])\}?\s*\|\s*=\s*([\d.]+|sqrt\(\d+\)|√\d+)")
_ANGLE = re.compile(r"(?:夹角(?:为|是)?|angle between [^.]*? is|make an angle of|form an angle of|angle of)\s*([\d.]+\s*°|\d*\s*π\s*/\s*\d+|\(\(\d*π\)/\(\d+\)\)|\(\(π\)/\(\d+\)\))")


def _combo(text: str, names: set[str]) -> sp.Expr | None:
    """`2a-b`, `a+kb` as a linear combination of vector symbols."""
    text = text.replace("vec{", "").replace("}", "")
    if not re.fullmatch(r"[\dk+\-*\sa-c()λ]+", text):
        return None
    e = try_expr(text)
    if e is None or not e.free_symbols - {K} <= {sp.Symbol(n, real=True) for n in names}:
        return None
    return e


_DEF = re.compile(r"(?<![A-Za-z_|])([a-c])\s*=\s*((?:[\dk+\-*\s()]|(?<![A-Zd-jl-z])[a-c](?![A-Zd-jl-z]))+?)(?=\s*(?:[,，.;；]|$|若|如果|且|if|and))")


def _solvable(d: dict) -> bool:
    """True when the perpendicular / parallel condition is a real equation in k with real solutions."""
    u, w = _vec(d, d["goal"][1]), _vec(d, d["goal"][2])
    cond = sp.expand(u.dot(w) if d["goal"][0] == "perp" else u[0] * w[1] - u[1] * w[0])
    if K not in cond.free_symbols:
        return False
    sols = sp.solve(cond, K)
    return bool(sols) and all(s.is_real for s in sols)


def detect(p: Problem) -> Match | None:
    if not p.has("向量", "vector", "vec{") and not (len(_NORM.findall(p.text)) >= 2 and (_ANGLE.search(p.text) or "*" in p.text)):
        return None
    text = re.sub(r"vec\{([A-Za-z0-9_]+)\}", r"\1", p.text).replace("λ", "k")
    text = re.sub(r"e_\{?1\}?", "a", re.sub(r"e_\{?2\}?", "b", text))  # unit vectors e1, e2 play a and b
    pname = "λ" if "λ" in p.text else "k"
    for m in _VEC.finditer(text):  # a parameter spelt x, m, t … inside the coordinates is renamed k
        letters = set(re.findall(r"(?<![A-Za-z_])([d-hj-z])(?![A-Za-z_])", m.group(2) + "," + m.group(3))) - {"k"}
        if len(letters) == 1:
            pname = letters.pop()
            text = re.sub(rf"(?<![A-Za-z_]){pname}(?![A-Za-z_])", "k", text)
            break
    if pname == "k" and not re.search(r"(?<![A-Za-z_\\])k(?![A-Za-z_])", text):
        # a + t b: a scalar letter written straight before a vector's name is the parameter
        found = set(re.findall(r"(?<![A-Za-z_\\])([d-hj-z])\s*(?=[a-c](?![A-Za-z_]))", text))
        if len(found) == 1:
            pname = found.pop()
            text = re.sub(rf"(?<![A-Za-z_\\]){pname}(?![A-Za-z_])", "k", text)
    if p.has("单位向量", "unit vector"):
        text += " |a|=1 |b|=1"
    vecs = {m.group(1): (try_expr(m.group(2)), try_expr(m.group(3))) for m in _VEC.finditer(text)}
    if any(None in v for v in vecs.values()):
        return None
    defs = {}
    for m in _DEF.finditer(text):  # c = a + kb: a vector named as a combination of the given ones
        e = _combo(m.group(2), set(vecs))
        if m.group(1) not in vecs and e is not None and e.free_symbols - {K}:
            defs[sp.Symbol(m.group(1), real=True)] = e
            vecs[m.group(1)] = tuple(sum((e.coeff(sp.Symbol(n, real=True)) * v[i] for n, v in vecs.items()), sp.Integer(0))
                                     for i in range(2))
    norms = {m.group(1): try_expr(m.group(2)) for m in _NORM.finditer(text)}
    angle_m = _ANGLE.search(text)
    angle = try_expr(angle_m.group(1)) if angle_m else None
    # the whole number, surds included ("3√3" is not 3), and nothing that continues it as an expression
    dot_m = re.search(r"a\s*\*\s*b\s*=\s*(-?(?:[\d./]+\s*\*?\s*)?(?:√\d+|sqrt\(\d+\))?)"
                      r"(?!\.?\d)(?![+\-*/^√({a-zA-Z])(?!\s*[+\-*/^])", text)
    if dot_m and not re.search(r"\d", dot_m.group(1)):
        dot_m = None
    coords = len(vecs) >= 2 and all(not set().union(*(c.free_symbols for c in v)) - {K} for v in vecs.values())
    if not vecs and len(norms) >= 2 and angle is None and "a" in norms and "b" in norms:
        if dot_m and try_expr(dot_m.group(1)) is not None and re.search(r"夹角|angle", text):
            return _abstract_angle(norms, try_expr(dot_m.group(1)), "dot")
        pm = re.search(r"\(\s*a\s*([+-])\s*(\d*)\s*b\s*\)\s*(?:⊥|垂直于|is perpendicular to)\s*a(?![A-Za-z])", text)
        if pm and re.search(r"夹角|angle", text):
            coef = (1 if pm.group(1) == "+" else -1) * int(pm.group(2) or 1)
            return _abstract_angle(norms, -norms["a"] ** 2 / coef, "perp", f"(a {pm.group(1)} {pm.group(2)}b) ⊥ a")
    abstract = len(norms) >= 2 and angle is not None and not vecs
    if not (coords or abstract):
        return None
    names = set(vecs) | set(norms)
    tail = re.split(r"求|find|compute|determine|calculate", text, flags=re.I)[-1] if re.search(r"求|find|compute|determine|calculate", text, re.I) else ""
    goal = None
    has_k = any(K in c.free_symbols for v in vecs.values() for c in v) or "k" in tail or re.search(r"\bk\b", text)
    if re.search(r"⊥|垂直|perpendicular", text) and has_k:
        m = re.search(r"\(?([\dk+\-a-c\s]+)\)?\s*(?:⊥|垂直于|与\s*\(?[\dk+\-a-c\s]+\)?\s*垂直|is perpendicular to)\s*\(?([\dk+\-a-c\s]*)\)?", text)
        left, right = (_combo(m.group(1), names), _combo(m.group(2), names)) if m and m.group(2).strip() else (None, None)
        if left is None or right is None:
            left, right = sp.Symbol("a", real=True), sp.Symbol("b", real=True)
        goal = ("perp", left, right)
    elif re.search(r"∥|//|平行|parallel|共线|collinear", text) and has_k:
        goal = ("par", sp.Symbol("a", real=True), sp.Symbol("b", real=True))
    elif re.search(r"夹角|angle", tail):
        goal = ("angle", sp.Symbol("a", real=True), sp.Symbol("b", real=True))
    elif m := re.search(r"\|\s*([\da-c+\-\s*]+?)\s*\|", tail):
        e = _combo(m.group(1), names)
        if e is None:
            return None
        goal = ("norm", e)
    elif re.search(r"a\s*\*\s*b|数量积|dot product|inner product", tail + text[-20:]):
        goal = ("dot", sp.Symbol("a", real=True), sp.Symbol("b", real=True))
    if goal is None or (not coords and goal[0] in ("perp", "par")):
        return None
    if defs and goal[0] in ("perp", "par", "norm", "dot", "angle"):
        goal = (goal[0], *(g.subs(defs) for g in goal[1:]))
    if goal[0] in ("perp", "par") and not has_k:
        return None
    if goal[0] not in ("perp", "par") and has_k:
        return None
    data = {"vecs": {n: sp.Matrix(v) for n, v in vecs.items()}, "norms": norms, "angle": angle, "goal": goal, "coords": coords,
            "pname": pname}
    if goal[0] in ("perp", "par") and not _solvable(data):
        return None  # the condition holds for every k or for none: not the textbook question
    givens = [f"{n} = ({plain(v[0])}, {plain(v[1])})" for n, v in vecs.items()] + [f"|{n}| = {plain(v)}" for n, v in norms.items()]
    if angle is not None:
        givens.append(f"<a, b> = {plain(angle)}")
    return Match(givens, goal[0], data, 0.9)


def _abstract_angle(norms: dict, dot: sp.Expr, how: str, condition: str = "") -> Match:
    data = {"norms": norms, "dot": sp.nsimplify(dot), "how": how, "condition": condition}
    return Match([f"|a| = {plain(norms['a'])}", f"|b| = {plain(norms['b'])}", condition or f"a*b = {plain(dot)}"], "angle", data, 0.9)


def _angle_ref(d: dict) -> tuple[str, str]:
    """Independent: build two plane vectors with these lengths and dot product, measure the angle."""
    na, nb, dot = d["norms"]["a"], d["norms"]["b"], d["dot"]
    cos_v = dot / (na * nb)
    u = sp.Matrix([na, 0])
    v = sp.Matrix([nb * cos_v, nb * sp.sqrt(1 - cos_v**2)])
    return (plain(sp.nsimplify(sp.acos(sp.simplify(u.dot(v) / (u.norm() * v.norm()))))),) * 2


def _angle_from_dot(chain: Chain, d: dict) -> None:
    na, nb, dot = d["norms"]["a"], d["norms"]["b"], d["dot"]
    chain.idea(("已知两个向量的模和数量积，怎样求它们的夹角？", "Knowing the lengths and the dot product of two vectors, how is the angle between them found?"),
               ("把数量积的定义反过来用：$\\cos\\theta=\\frac{\\vec a\\cdot\\vec b}{|\\vec a||\\vec b|}$，再在 $[0,\\pi]$ 内找角",
                "use the definition backwards: $\\cos\\theta=\\frac{\\vec a\\cdot\\vec b}{|\\vec a||\\vec b|}$, then find the angle in $[0,\\pi]$"),
               kps=["vec.dot_product"],
               hints=[("数量积的定义里有哪几个量？", "Which quantities appear in the definition of the dot product?"),
                      ("其中只有一个量未知时，能把它解出来吗？", "With only one of them unknown, can it be solved for?")])
    if d["how"] == "perp":
        chain.ask((f"由 ${d['condition'].replace('⊥', chr(92) + 'perp')}$ 得到什么？$\\vec a\\cdot\\vec b$ 是多少？",
                   f"What does ${d['condition'].replace('⊥', chr(92) + 'perp')}$ give? What is $\\vec a\\cdot\\vec b$?"),
                  (f"数量积为 0，展开得 $\\vec a\\cdot\\vec b={tex(dot)}$", f"the dot product is 0; expanding gives $\\vec a\\cdot\\vec b={tex(dot)}$"),
                  "", kps=["vec.dot_product"],
                  hints=[("两个向量垂直时，它们的数量积是多少？", "When two vectors are perpendicular, what is their dot product?"),
                         ("用分配律展开后，代入已知的模，能解出 $\\vec a\\cdot\\vec b$ 吗？", "Expanding and putting in the known lengths, can you solve for $\\vec a\\cdot\\vec b$?")])
    cos_v = sp.nsimplify(dot / (na * nb))
    chain.ask(("夹角余弦 $\\cos\\theta=\\frac{\\vec a\\cdot\\vec b}{|\\vec a||\\vec b|}$ 是多少？", "What is $\\cos\\theta=\\frac{\\vec a\\cdot\\vec b}{|\\vec a||\\vec b|}$?"),
              (f"$\\cos\\theta={tex(cos_v)}$",) * 2, f"({plain(dot)})/(({plain(na)})*({plain(nb)})) = {plain(cos_v)}", kps=["vec.dot_product"],
              hints=[("公式的分子、分母各是多少？", "What are the top and the bottom of the formula?"),
                     ("相除后化简，得多少？", "Divide and simplify: what is it?")])
    theta = sp.acos(cos_v)
    chain.ask(("夹角在 $[0,\\pi]$ 内，是多少？", "The angle lies in $[0,\\pi]$: what is it?"), (f"$\\theta={tex(theta)}$",) * 2,
              f"cos({plain(theta)}) = {plain(cos_v)}", kps=["vec.dot_product", "trig.definition"],
              hints=[("两个向量夹角的范围是什么？", "In which range does the angle between two vectors lie?"),
                     ("在这个范围里，哪个特殊角的余弦是这个值？", "Which special angle in that range has this cosine?")])
    chain.done((dollar(theta),) * 2, _angle_ref(d))


register(Solver("vector.angle_from_dot", "plane_vectors",
                lambda p: (m if (m := detect(p)) and "dot" in m.data and "how" in m.data else None),
                (Method(("数量积定义求夹角", "Angle from the dot product"), _angle_from_dot),), ("vec.dot_product",), priority=66, answers=frozenset({"angle"})))


def _vec(d: dict, e: sp.Expr) -> sp.Matrix:
    """Coordinates of a combination like 2a - b."""
    out = sp.zeros(2, 1)
    for n, v in d["vecs"].items():
        out += e.coeff(sp.Symbol(n, real=True)) * v
    return out.applyfunc(sp.expand)


def _pt(v: sp.Matrix) -> str:
    return f"({tex(v[0])}, {tex(v[1])})"


def _pp(v: sp.Matrix) -> str:
    return f"({plain(v[0])}, {plain(v[1])})"


def _dot_coords(chain: Chain, d: dict, left: sp.Expr, right: sp.Expr) -> sp.Expr:
    u, v = _vec(d, left), _vec(d, right)
    value = sp.expand(u.dot(v))
    chain.ask((f"用坐标计算，数量积 ${_vtex(d, left)}\\cdot {_vtex(d, right)}$ 是多少？", f"From the coordinates, what is the dot product ${_vtex(d, left)}\\cdot {_vtex(d, right)}$?"),
              (f"${tex(u[0])}\\times {tex(v[0])}+{tex(u[1])}\\times {tex(v[1])}={tex(value)}$",) * 2,
              f"({plain(u[0])})*({plain(v[0])}) + ({plain(u[1])})*({plain(v[1])}) = {plain(value)}",
              kps=["vec.dot_coordinates"],
              hints=[("数量积的坐标公式是什么？", "What is the coordinate formula of the dot product?"),
                     ("$\\vec a\\cdot\\vec b=x_1x_2+y_1y_2$：横坐标之积加纵坐标之积，各是多少？", "$\\vec a\\cdot\\vec b=x_1x_2+y_1y_2$: what are the two products?")])
    return value


def _norm_of(chain: Chain, d: dict, e: sp.Expr, name: str) -> sp.Expr:
    v = _vec(d, e)
    value = sp.sqrt(sp.expand(v[0] ** 2 + v[1] ** 2))
    chain.ask((f"$|{name}|$ 是多少？", f"What is $|{name}|$?"), (f"$\\sqrt{{({tex(v[0])})^2+({tex(v[1])})^2}}={tex(value)}$",) * 2,
              f"sqrt(({plain(v[0])})^2 + ({plain(v[1])})^2) = {plain(value)}", kps=["vec.coordinates", "vec.dot_coordinates"],
              hints=[("向量的模与它的坐标有什么关系？", "How is the length of a vector tied to its coordinates?"),
                     ("$|\\vec a|=\\sqrt{x^2+y^2}$：两个坐标的平方和是多少？", "$|\\vec a|=\\sqrt{x^2+y^2}$: what is the sum of the squares?")])
    return value


def _reference(d: dict) -> tuple[str, str]:
    """Independent answer straight from SymPy matrices (or the definition for abstract vectors)."""
    kind = d["goal"][0]
    if d["coords"]:
        a, b = d["vecs"].get("a"), d["vecs"].get("b")
        if kind == "dot":
            v = a.dot(b)
        elif kind == "norm":
            v = _vec(d, d["goal"][1]).norm()
        elif kind == "angle":
            v = sp.acos(sp.nsimplify(a.dot(b) / (a.norm() * b.norm())))
        else:
            u, w = _vec(d, d["goal"][1]), _vec(d, d["goal"][2])
            cond = u.dot(w) if kind == "perp" else u[0] * w[1] - u[1] * w[0]
            sols = sp.solve(cond, K)
            text = " 或 ".join(f"{d['pname']}={plain(s)}" for s in sorted(sols, key=float))
            return text, text.replace(" 或 ", " or ")
    else:
        na, nb, th = d["norms"]["a"], d["norms"]["b"], d["angle"]
        dot = na * nb * sp.cos(th)
        if kind == "dot":
            v = dot
        elif kind == "norm":
            e = d["goal"][1]
            ca, cb = e.coeff(sp.Symbol("a", real=True)), e.coeff(sp.Symbol("b", real=True))
            v = sp.sqrt(ca**2 * na**2 + 2 * ca * cb * dot + cb**2 * nb**2)
        else:
            v = th
    text = plain(sp.nsimplify(sp.simplify(v)))
    return text, text


def _by_coordinates(chain: Chain, d: dict) -> None:
    kind = d["goal"][0]
    chain.idea(("向量的坐标已知时，数量积、模、夹角和垂直、平行都能怎样算？", "With coordinates known, how can dot products, lengths, angles, perpendicularity and parallelism be found?"),
               ("都化成坐标运算：数量积 $x_1x_2+y_1y_2$，模 $\\sqrt{x^2+y^2}$，垂直、平行化为坐标的方程",
                "all by coordinates: the dot product $x_1x_2+y_1y_2$, the length $\\sqrt{x^2+y^2}$, perpendicular and parallel as equations in the coordinates"),
               kps=["vec.coordinates", "vec.dot_coordinates"],
               hints=[("向量用坐标表示后，加减、数乘怎样算？", "Once vectors have coordinates, how are sums and multiples computed?"),
                      ("数量积、模、夹角的公式里，哪些量能直接用坐标写出来？", "In the formulas for dot product, length and angle, which quantities come straight from coordinates?")])
    if kind == "dot":
        value = _dot_coords(chain, d, *d["goal"][1:])
    elif kind == "norm":
        e = d["goal"][1]
        v = _vec(d, e)
        chain.ask((f"${_vtex(d, e)}$ 的坐标是什么？", f"What are the coordinates of ${_vtex(d, e)}$?"), (f"${_vtex(d, e)}={_pt(v)}$",) * 2,
                  " 且 ".join(" + ".join(f"({plain(e.coeff(sp.Symbol(n, real=True)))})*({plain(d['vecs'][n][i])})" for n in d["vecs"]
                                         if e.coeff(sp.Symbol(n, real=True)) != 0) + f" = {plain(v[i])}" for i in range(2)),
                  kps=["vec.coordinates", "vec.linear_ops"],
                  hints=[("向量的数乘、加减在坐标上怎样进行？", "How do multiples and sums of vectors act on coordinates?"),
                         ("先把每个向量乘上系数，再把横坐标、纵坐标分别相加，各得多少？", "Scale each vector, then add the x's and the y's: what do you get?")])
        value = _norm_of(chain, d, e, _vtex(d, e))
    elif kind == "angle":
        dot = _dot_coords(chain, d, *d["goal"][1:])
        na = _norm_of(chain, d, sp.Symbol("a", real=True), "\\vec a")
        nb = _norm_of(chain, d, sp.Symbol("b", real=True), "\\vec b")
        cos_v = sp.nsimplify(sp.radsimp(dot / (na * nb)))
        chain.ask(("夹角的余弦 $\\cos\\theta=\\frac{\\vec a\\cdot\\vec b}{|\\vec a||\\vec b|}$ 是多少？夹角是多少？",
                   "What is $\\cos\\theta=\\frac{\\vec a\\cdot\\vec b}{|\\vec a||\\vec b|}$, and the angle?"),
                  (f"$\\cos\\theta={tex(cos_v)}$，$\\theta={tex(sp.acos(cos_v))}$", f"$\\cos\\theta={tex(cos_v)}$, $\\theta={tex(sp.acos(cos_v))}$"),
                  f"({plain(dot)})/(({plain(na)})*({plain(nb)})) = {plain(cos_v)}", kps=["vec.dot_product"],
                  hints=[("把上面算出的数量积和两个模代入公式，余弦是多少？", "Put the dot product and the two lengths into the formula: what is the cosine?"),
                         ("向量夹角的范围是什么？在这个范围里，哪个角的余弦是它？", "What range does the angle between vectors lie in? Which angle there has this cosine?")])
        value = sp.acos(cos_v)
    else:
        left, right = d["goal"][1:]
        u, w = _vec(d, left), _vec(d, right)
        if left != sp.Symbol("a", real=True) or right != sp.Symbol("b", real=True):
            chain.ask((f"${_vtex(d, left)}$ 与 ${_vtex(d, right)}$ 的坐标各是什么？", f"What are the coordinates of ${_vtex(d, left)}$ and ${_vtex(d, right)}$?"),
                      (f"${_vtex(d, left)}={_pt(u.applyfunc(lambda c: _shown(d, c)))}$，${_vtex(d, right)}={_pt(w.applyfunc(lambda c: _shown(d, c)))}$",) * 2, "", kps=["vec.coordinates", "vec.linear_ops"],
                      hints=[("向量的数乘、加减在坐标上怎样进行？", "How do multiples and sums of vectors act on coordinates?"),
                             ("参数可以像数一样参与运算吗？", "Can the parameter be handled just like a number?")])
        if kind == "perp":
            cond = sp.expand(u.dot(w))
            rel = ("两向量垂直 $\\Leftrightarrow x_1x_2+y_1y_2=0$", "perpendicular $\\Leftrightarrow x_1x_2+y_1y_2=0$")
        else:
            cond = sp.expand(u[0] * w[1] - u[1] * w[0])
            rel = ("两向量平行 $\\Leftrightarrow x_1y_2-x_2y_1=0$", "parallel $\\Leftrightarrow x_1y_2-x_2y_1=0$")
        sols = sorted(sp.solve(cond, K), key=float)
        chain.ask((f"坐标条件给出关于 ${_ptex(d)}$ 的什么方程？${_ptex(d)}$ 是多少？", f"What equation in ${_ptex(d)}$ does the coordinate condition give, and what is ${_ptex(d)}$?"),
                  (f"{rel[0]}：${tex(_shown(d, cond))}=0$，${d['pname']}={', '.join(tex(s) for s in sols)}$",
                   f"{rel[1]}: ${tex(_shown(d, cond))}=0$, ${d['pname']}={', '.join(tex(s) for s in sols)}$"),
                  f"{plain(_shown(d, cond))} = 0 \\Rightarrow " + " 或 ".join(f"{d['pname']} = {plain(s)}" for s in sols),
                  kps=["vec.dot_coordinates" if kind == "perp" else "vec.collinear"],
                  hints=[("两向量垂直（平行）用坐标怎样表示？", "How is perpendicular (parallel) written in coordinates?"),
                         (f"把坐标代入这个条件，得到关于 ${_ptex(d)}$ 的方程，怎样解？", f"Put the coordinates into that condition: how do you solve the equation in ${_ptex(d)}$?")])
        chain.done((roots_math(_ptex(d), sols, "zh"), roots_math(_ptex(d), sols, "en")), _reference(d))
        return
    text = dollar(sp.nsimplify(value))
    chain.done((text, text), _reference(d))


def _by_definition(chain: Chain, d: dict) -> None:
    """Dot product from |a||b|cos θ, lengths by expanding |ma+nb|^2 (works with or without coordinates)."""
    kind = d["goal"][0]
    a_s, b_s = sp.Symbol("a", real=True), sp.Symbol("b", real=True)
    chain.idea(("数量积的定义是什么？模长怎样借助数量积来求？", "What is the definition of the dot product, and how does it give a length?"),
               ("$\\vec a\\cdot\\vec b=|\\vec a||\\vec b|\\cos\\theta$；$|\\vec v|^2=\\vec v\\cdot\\vec v$，先求模的平方再开方",
                "$\\vec a\\cdot\\vec b=|\\vec a||\\vec b|\\cos\\theta$; $|\\vec v|^2=\\vec v\\cdot\\vec v$: find the square of the length, then take the root"),
               kps=["vec.dot_product"],
               hints=[("数量积由两个向量的哪几个量决定？", "Which quantities of the two vectors decide their dot product?"),
                      ("一个向量与自己的夹角是多少？它与自己的数量积等于什么？", "What is the angle between a vector and itself, and so its dot product with itself?")])
    if d["coords"]:
        na = _norm_of(chain, d, a_s, "\\vec a")
        nb = _norm_of(chain, d, b_s, "\\vec b")
        dot = _dot_coords(chain, d, a_s, b_s)
    else:
        na, nb, th = d["norms"]["a"], d["norms"]["b"], d["angle"]
        dot = sp.nsimplify(na * nb * sp.cos(th))
        chain.ask(("由数量积的定义，$\\vec a\\cdot\\vec b$ 是多少？", "By definition, what is $\\vec a\\cdot\\vec b$?"),
                  (f"$|\\vec a||\\vec b|\\cos\\theta={tex(na)}\\times{tex(nb)}\\times\\cos {tex(th)}={tex(dot)}$",) * 2,
                  f"({plain(na)})*({plain(nb)})*cos({plain(th)}) = {plain(dot)}", kps=["vec.dot_product"],
                  hints=[("定义里要用到两个模和夹角：题中各是多少？", "The definition needs the two lengths and the angle: what are they here?"),
                         ("夹角的余弦是多少？三者相乘得多少？", "What is the cosine of the angle, and the product of the three?")])
        if kind == "dot":
            chain.done((dollar(dot),) * 2, _reference(d))
            return
    e = d["goal"][1]
    ca, cb = e.coeff(a_s), e.coeff(b_s)
    sq = sp.nsimplify(ca**2 * na**2 + 2 * ca * cb * dot + cb**2 * nb**2)
    chain.ask((f"把 $|{_vtex(d, e)}|^2$ 展开成 $|\\vec a|^2$、$\\vec a\\cdot\\vec b$、$|\\vec b|^2$ 的组合，值是多少？",
               f"Expand $|{_vtex(d, e)}|^2$ in terms of $|\\vec a|^2$, $\\vec a\\cdot\\vec b$, $|\\vec b|^2$. What is it?"),
              (f"$|{_vtex(d, e)}|^2={tex(ca**2)}|\\vec a|^2{'+' if 2 * ca * cb >= 0 else ''}{tex(2 * ca * cb)}\\vec a\\cdot\\vec b+{tex(cb**2)}|\\vec b|^2={tex(sq)}$",) * 2,
              f"({plain(ca**2)})*({plain(na)})^2 + ({plain(2 * ca * cb)})*({plain(dot)}) + ({plain(cb**2)})*({plain(nb)})^2 = {plain(sq)}",
              kps=["vec.dot_product"],
              hints=[("$|\\vec v|^2=\\vec v\\cdot\\vec v$：展开时可以像多项式乘法一样用分配律吗？", "$|\\vec v|^2=\\vec v\\cdot\\vec v$: can you expand it like a product of polynomials?"),
                     ("展开后代入 $|\\vec a|$、$|\\vec b|$ 和 $\\vec a\\cdot\\vec b$ 的值，各项是多少？", "Then put in $|\\vec a|$, $|\\vec b|$ and $\\vec a\\cdot\\vec b$: what is each term?")])
    value = sp.sqrt(sq)
    chain.ask(("由模的平方，模长是多少？", "From its square, what is the length?"), (f"$|{_vtex(d, e)}|={tex(value)}$",) * 2,
              f"sqrt({plain(sq)}) = {plain(value)}", kps=["vec.dot_product"],
              hints=[("模长可能是负数吗？", "Can a length be negative?"), ("对上一步的结果开平方，取哪个根？", "Take the square root of the last result: which root?")])
    chain.done((dollar(value),) * 2, _reference(d))


def _param_expand(chain: Chain, d: dict) -> None:
    """For (a + k b) ⊥ c: expand the dot product first, then substitute the numbers."""
    left, right = d["goal"][1:]
    a_s, b_s = sp.Symbol("a", real=True), sp.Symbol("b", real=True)
    prods = {}
    for x in (a_s, b_s):
        for y in (a_s, b_s):
            prods[(x, y)] = d["vecs"][x.name].dot(d["vecs"][y.name])
    expanded = sp.expand(left * right)
    chain.idea(("两个向量垂直，用数量积怎样表示？含参数的数量积可以先怎样处理？", "How is perpendicularity written with the dot product, and how can a dot product with a parameter be handled first?"),
               ("垂直 $\\Leftrightarrow$ 数量积为 0；先用分配律展开，再代入 $|\\vec a|^2$、$|\\vec b|^2$、$\\vec a\\cdot\\vec b$ 的值",
                "perpendicular $\\Leftrightarrow$ the dot product is 0; expand it first, then put in $|\\vec a|^2$, $|\\vec b|^2$, $\\vec a\\cdot\\vec b$"),
               kps=["vec.dot_product"],
               hints=[("两个非零向量的夹角为直角时，夹角的余弦是多少？", "When the angle between two non-zero vectors is right, what is its cosine?"),
                      ("数量积对加法满足分配律吗？", "Does the dot product distribute over sums?")])
    chain.ask((f"用分配律展开 $({_vtex(d, left)})\\cdot({_vtex(d, right)})$，得到什么？", f"Expanding $({_vtex(d, left)})\\cdot({_vtex(d, right)})$ with the distributive law, what do you get?"),
              (f"${tex(_shown(d, expanded)).replace('a^{2}', '|a|^{2}').replace('b^{2}', '|b|^{2}')}$",) * 2, "",
              kps=["vec.dot_product"],
              hints=[("像多项式乘法那样逐项相乘，会出现哪几种乘积？", "Multiplying term by term as with polynomials, which products appear?"),
                     ("$\\vec a\\cdot\\vec a$ 可以写成什么？", "What can $\\vec a\\cdot\\vec a$ be written as?")])
    na2, nb2, ab = prods[(a_s, a_s)], prods[(b_s, b_s)], prods[(a_s, b_s)]
    chain.ask(("$|\\vec a|^2$、$|\\vec b|^2$ 和 $\\vec a\\cdot\\vec b$ 各是多少？", "What are $|\\vec a|^2$, $|\\vec b|^2$ and $\\vec a\\cdot\\vec b$?"),
              (f"$|\\vec a|^2={tex(na2)}, |\\vec b|^2={tex(nb2)}, \\vec a\\cdot\\vec b={tex(ab)}$",) * 2,
              f"({plain(d['vecs']['a'][0])})*({plain(d['vecs']['b'][0])}) + ({plain(d['vecs']['a'][1])})*({plain(d['vecs']['b'][1])}) = {plain(ab)}",
              kps=["vec.dot_coordinates"],
              hints=[("模的平方、数量积的坐标公式各是什么？", "What are the coordinate formulas for a squared length and a dot product?"),
                     ("把两个向量的坐标代进去，各得多少？", "Put in the coordinates of the two vectors: what do you get?")])
    cond = sp.expand(expanded.subs({a_s**2: na2, b_s**2: nb2}).subs(a_s * b_s, ab))
    cond = sp.expand(cond.subs({a_s: 0, b_s: 0})) if cond.has(a_s) else cond
    sols = sorted(sp.solve(cond, K), key=float)
    if not sols:
        raise ValueError("no value of the parameter")  # the method does not apply; others may
    pt = _ptex(d)
    chain.ask((f"垂直则数量积为 0：${pt}$ 是多少？", f"Perpendicular means the dot product is 0: what is ${pt}$?"),
              (f"${tex(_shown(d, cond))}=0$，${pt}={', '.join(tex(s) for s in sols)}$",) * 2,
              f"{plain(_shown(d, cond))} = 0 \\Rightarrow " + " 或 ".join(f"{d['pname']} = {plain(s)}" for s in sols), kps=["vec.dot_product"],
              hints=[("把上一步的值代入展开式，得到什么方程？", "Put the values into the expansion: what equation do you get?"),
                     (f"这是关于 ${pt}$ 的几次方程？怎样解？", f"What degree is this equation in ${pt}$, and how is it solved?")])
    chain.done((roots_math(_ptex(d), sols, "zh"), roots_math(_ptex(d), sols, "en")), _reference(d))


def _parallel_lambda(chain: Chain, d: dict) -> None:
    a, b = d["vecs"]["a"], d["vecs"]["b"]
    # the multiplier is μ when the problem already calls its parameter λ
    mult, mname = ("\\mu", "mu") if d["pname"] == "λ" else ("\\lambda", "lambda")
    lam = sp.Symbol(mname, real=True)
    fixed, moving = (a, b) if not a.free_symbols else (b, a)
    chain.idea(("两个非零向量平行，它们之间有什么数量关系？", "When two non-zero vectors are parallel, how are they related by numbers?"),
               ("一个是另一个的实数倍：存在唯一实数使 $\\vec b=\\lambda\\vec a$", "one is a real multiple of the other: $\\vec b=\\lambda\\vec a$ for one real number"),
               kps=["vec.collinear"],
               hints=[("共线向量基本定理说的是什么？", "What does the collinear vector theorem say?"),
                      ("平行的两个向量方向相同或相反：长度之间差一个什么？", "Parallel vectors point the same or opposite way: what links their lengths?")])
    chain.ask((f"两向量平行（非零），设其中一个是另一个的 ${mult}$ 倍，能列出什么方程组？",
               f"Parallel (non-zero) vectors: with one ${mult}$ times the other, what system do you get?"),
              (f"${_pt(moving.applyfunc(lambda c: _shown(d, c)))}={mult}{_pt(fixed)}$",) * 2, "", kps=["vec.collinear"],
              hints=[("两个向量相等，坐标之间有什么关系？", "When two vectors are equal, how are their coordinates related?"),
                     ("横坐标、纵坐标各能列出一个什么方程？", "What equation does each coordinate give?")])
    sols = sp.solve([moving[0] - lam * fixed[0], moving[1] - lam * fixed[1]], [lam, K], dict=True)
    ks = sorted({s[K] for s in sols if K in s}, key=float)
    chain.ask((f"解这个方程组，${_ptex(d)}$ 是多少？", f"Solve the system: what is ${_ptex(d)}$?"),
              (", ".join(f"${mult}={tex(s[lam])}, {_ptex(d)}={tex(s[K])}$" for s in sols),) * 2,
              " 或 ".join(f"{d['pname']} = {plain(k)}" for k in ks) and f"{plain(_shown(d, sp.expand(a[0] * b[1] - a[1] * b[0])))} = 0 \\Rightarrow "
              + " 或 ".join(f"{d['pname']} = {plain(k)}" for k in ks),
              kps=["vec.collinear"],
              hints=[(f"哪个方程里不含 ${_ptex(d)}$？由它能先求出什么？", f"Which equation has no ${_ptex(d)}$, and what does it give first?"),
                     (f"把求出的 ${mult}$ 代入另一个方程，${_ptex(d)}$ 怎样求？", f"Put that ${mult}$ into the other equation: how do you find ${_ptex(d)}$?")])
    chain.done((roots_math(_ptex(d), ks, "zh"), roots_math(_ptex(d), ks, "en")), _reference(d))


def _ptex(d: dict) -> str:
    """The parameter's letter as the problem writes it, in LaTeX."""
    return "\\lambda" if d.get("pname") == "λ" else d.get("pname", "k")


def _shown(d: dict, e):
    """The parameter under the problem's own name (x, m, λ …) for display and claims."""
    return e.subs(K, sp.Symbol(d.get("pname", "k"), real=True)) if isinstance(e, sp.Basic) else e


def _vtex(d: dict, e) -> str:
    """A vector expression as a textbook prints it: `2\\vec a-\\vec b` (the parameter under its own name)."""
    a, b = sp.Symbol("a", real=True), sp.Symbol("b", real=True)
    return tex(_shown(d, e).subs({a: sp.Symbol("\\vec a"), b: sp.Symbol("\\vec b")}))


def _simple_pair(d: dict) -> bool:
    return d["goal"][1] == sp.Symbol("a", real=True) and d["goal"][2] == sp.Symbol("b", real=True)


register(Solver("vector.computation", "plane_vectors", lambda p: (m if (m := detect(p)) and "goal" in m.data else None), (
    Method(("坐标法", "Coordinates"), _by_coordinates, lambda d: d["coords"]),
    Method(("定义与展开", "Definition and expansion"), _by_definition,
           lambda d: d["goal"][0] == "norm" or (not d["coords"] and d["goal"][0] == "dot")),
    Method(("分配律展开", "Expanding the dot product"), _param_expand,
           lambda d: d["goal"][0] == "perp" and not _simple_pair(d) and set(d["vecs"]) >= {"a", "b"}),
    Method(("设倍数（共线）", "One is a multiple of the other"), _parallel_lambda, lambda d: d["goal"][0] == "par" and set(d["vecs"]) >= {"a", "b"}),
), ("vec.dot_product",), priority=65, answers=frozenset({"unknown", "abs", "dot", "modulus"})))
