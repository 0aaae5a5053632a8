"""Vectors without coordinates: lengths, dot products and angles of combinations of two vectors a, b.

Reader side (string work, no SymPy; only where no vector has coordinates): "单位向量 a, b" is |a| = 1, |b| = 1;
"a, b 的夹角为 60°" is a·b = |a||b|cos 60°; "夹角的余弦值为 v" is a·b = |a||b|v; "X 与 Y 垂直" / "X ⊥ Y" is
(X)·(Y) = 0; "非零向量 a, b" is |a| > 0, |b| > 0.

Worker side (SymPy): every vector is a combination p·a + q·b of the two base vectors (a definition "c = 2a − b"
put in), so every length and dot product is a form in the three numbers |a|², |b|², a·b (the Gram numbers).
The givens become equations in those numbers (and any parameter such as k, t, λ), solved with |a|², |b|² > 0 and
(a·b)² ≤ |a|²|b|²; the asked length, dot product, cosine or angle must take one value over every solution.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping

from tutor_graph.result import Reading

_ANGLE = r"(\d+\s*\^?\s*\{?\s*(?:\\circ|°)\s*\}?|\d+\s*°|\\frac\s*\{\s*\d*\s*\\pi\s*\}\s*\{\s*\d+\s*\}|\\pi\s*/\s*\d+)"
_VALUE = r"([-+]?\s*(?:\\frac\s*\{[^{}]*\}\s*\{[^{}]*\}|[0-9./]+))"
_SIDE = r"(\([^()]{1,40}\)|[A-Za-z0-9\\ +\-]{1,30}?)"


def _angle(text: str) -> str:
    m = re.match(r"\s*(\d+)", text)
    if m and re.search(r"circ|°", text):
        return f"\\cos({m.group(1)}°)"
    return f"\\cos({text.strip()})"


def vector_words(reader, clause: str, at: int) -> str:
    """The reader's hook: facts about coordinate-free vectors as claims; the clause with them blanked out."""
    if reader.coords or not ("向量" in reader.text or "vector" in reader.text.lower() or reader.vector_names):
        return clause
    if re.search(r"(?<![A-Za-z\\])[a-z]\s*=\s*\([^()]*,", reader.text):
        return clause  # a vector with coordinates anywhere in the problem: the coordinate reading applies
    for name in sorted(reader.vector_names):
        if re.fullmatch(r"[a-z]", name):
            reader.add_object(name, "vector", "")
    rules = [
        (r"(?P<w>(?:两个)?单位向量)\s*([a-z])\s*[,，、和与]\s*([a-z])(?![A-Za-z(])|(?<![A-Za-z])([a-z])\s*[,，、和与]\s*([a-z])\s*(?P<v>(?:均|都)?(?:为|是)\s*单位向量)",
         lambda m: [(f"|{v}|=1", "equation") for v in (m.group(2) or m.group(4), m.group(3) or m.group(5))]),
        (r"(?<![A-Za-z])([a-z])\s*(?:,|and)\s*([a-z])\s+(?:be|are)\s+unit vectors|unit vectors\s+([a-z])\s*(?:,|and)\s*([a-z])(?![A-Za-z])",
         lambda m: [(f"|{v}|=1", "equation") for v in (m.group(1) or m.group(3), m.group(2) or m.group(4))]),
        (rf"the angle between (?:vectors? )?([a-z]) and ([a-z]) is\s*{_ANGLE}",
         lambda m: [(f"{m.group(1)}\\cdot {m.group(2)}=|{m.group(1)}|*|{m.group(2)}|*{_angle(m.group(3))}", "equation")]),
        (r"(?P<w>非零向量)\s*([a-z])\s*[,，、和与]\s*([a-z])(?![A-Za-z(])",
         lambda m: [(f"|{v}|>0", "inequality") for v in (m.group(2), m.group(3))]),
        (rf"(?<![A-Za-z])([a-z])\s*[,，、和与]\s*([a-z])\s*(?:的)?夹角的余弦值?\s*(?:为|是|等于)\s*{_VALUE}",
         lambda m: [(f"{m.group(1)}\\cdot {m.group(2)}=|{m.group(1)}|*|{m.group(2)}|*({m.group(3)})", "equation")]),
        (rf"(?<![A-Za-z])([a-z])\s*[,，、和与]\s*([a-z])\s*(?:的)?夹角\s*(?:为|是|等于)\s*{_ANGLE}",
         lambda m: [(f"{m.group(1)}\\cdot {m.group(2)}=|{m.group(1)}|*|{m.group(2)}|*{_angle(m.group(3))}", "equation")]),
        (rf"{_SIDE}\s*与\s*{_SIDE}\s*(?:互相)?垂直|{_SIDE}\s*(?:⊥|\\perp)\s*{_SIDE}(?=$|[,，;；。\s])",
         lambda m: [(f"({_strip(m.group(1) or m.group(3))})\\cdot ({_strip(m.group(2) or m.group(4))})=0", "equation")]),
    ]
    for pattern, claims in rules:
        for m in list(re.finditer(pattern, clause)):
            for claim, kind in claims(m):
                reader.add_given(m.group(0).strip(), at + m.start(), claim, kind)
                for name in re.findall(r"\|([a-z])\|", claim):
                    reader.add_object(name, "vector", "")
            # "单位向量 a, b 的夹角…": only the word is taken, the names stay for the next phrase
            word = next((k for k in ("w", "v") if k in pattern_groups(m) and m.group(k)), "")
            start, end = (m.start(word), m.end(word)) if word else (m.start(), m.end())
            clause = clause[:start] + " " * (end - start) + clause[end:]
    return clause


def pattern_groups(m: re.Match) -> Mapping[str, int]:
    """The named groups of a match's pattern."""
    return m.re.groupindex


def _strip(side: str) -> str:
    side = re.sub(r"^.*?(?:向量|若|且|已知|设)\s*", "", side.strip())
    side = side.strip()
    return side[1:-1] if side.startswith("(") and side.endswith(")") else side


# -- worker side ---------------------------------------------------------------------------------------

_DOT = re.compile(r"(\([^()]*\)|[a-z])\s*(?:\\cdot|\\bullet|·)\s*(\([^()]*\)|[a-z])")
_ABS = re.compile(r"\|([^|]+)\|")
_COS = re.compile(r"\\cos\s*\\langle\s*([^,<>]+?)\s*,\s*([^,<>]+?)\s*\\rangle")
_PLACEHOLDERS = "WXYZQRUV"


class _Gram:
    """Combinations of two base vectors and their Gram numbers."""

    def __init__(self, base: list[str], definitions: dict[str, str]) -> None:
        import sympy as sp

        from tutor_graph.reading.strategy_parts import parse

        self.sp, self.parse = sp, parse
        self.A, self.B = sp.symbols("A B", positive=True)  # |a|², |b|²
        self.D = sp.Symbol("D", real=True)  # a·b
        self.base = base
        self.definitions = definitions

    def combination(self, text: str):
        """(p, q) with text = p·a + q·b, or None."""
        sp = self.sp
        expr = self.parse(text)
        if expr is None:
            return None
        names = {s.name: s for s in expr.free_symbols}
        for name, body in self.definitions.items():
            if name in names:
                value = self.parse(body)
                if value is None:
                    return None
                expr = expr.subs(names[name], value)
        symbols = {s.name: s for s in expr.free_symbols}
        a, b = (symbols.get(n, sp.Symbol(n)) for n in (self.base + ["_none"])[:2])
        p, q = sp.expand(expr).coeff(a), sp.expand(expr).coeff(b) if len(self.base) > 1 else sp.Integer(0)
        if sp.simplify(sp.expand(expr - p * a - q * b)) != 0 or ({a, b} & (p.free_symbols | q.free_symbols)):
            return None
        return p, q

    def dot(self, left: str, right: str):
        u, v = self.combination(left), self.combination(right)
        if u is None or v is None:
            return None
        return u[0] * v[0] * self.A + (u[0] * v[1] + u[1] * v[0]) * self.D + u[1] * v[1] * self.B

    def scalar(self, claim: str):
        """A claim about vectors as a SymPy expression (or relation) in the Gram numbers; None if unreadable."""
        found: dict[str, object] = {}

        def hold(value) -> str:
            if value is None:
                raise ValueError("unreadable")
            name = _PLACEHOLDERS[len(found)]
            found[name] = value
            return f" {name} "

        try:
            text = _COS.sub(lambda m: hold(self._cosine(m.group(1), m.group(2))), claim)
            text = _DOT.sub(lambda m: hold(self.dot(m.group(1).strip("()"), m.group(2).strip("()"))), text)
            text = _ABS.sub(lambda m: hold(self._length(m.group(1))), text)
        except (ValueError, IndexError):
            return None
        return text, found

    def _length(self, inner: str):
        square = self.dot(inner, inner)
        return None if square is None else self.sp.sqrt(square)

    def _cosine(self, left: str, right: str):
        d, l1, l2 = self.dot(left, right), self._length(left), self._length(right)
        return None if d is None or l1 is None or l2 is None else d / (l1 * l2)


def _setup(reading: Reading):
    """Definitions of vectors by others ("c = 2a - b")."""
    definitions = {}
    for g in reading["givens"]:
        m = re.fullmatch(r"\s*([a-z])\s*=\s*(.+)", g["claim"])
        if m and g["kind"] == "definition" and re.search(r"(?<![A-Za-z\\])[a-z](?![A-Za-z])", m.group(2)):
            definitions[m.group(1)] = m.group(2)
    return None, None, definitions


def gram(reading: Reading, expression: str, reading_step: Callable, angle: bool = False):
    """A length, dot product, cosine, angle or parameter of combinations of two coordinate-free vectors."""
    import sympy as sp

    from tutor_graph.reading.strategy_parts import as_latex, parse, value_text
    from tutor_graph.specialist.chain import Chain

    if not re.search(r"\|[^|]+\||\\cdot|\\bullet|·", " ".join(g["claim"] for g in reading["givens"])):
        return None
    if any(o["kind"] == "vector" and o["value"] for o in reading["objects"]):
        return None  # vectors with coordinates: the coordinate strategies apply
    _, _, definitions = _setup(reading)
    base = sorted(o["name"] for o in reading["objects"] if o["kind"] == "vector" and o["name"] not in definitions)
    if not 1 <= len(base) <= 2:
        return None
    g = _Gram(base, definitions)
    equations, shown = [], []
    for given in reading["givens"]:
        if given["kind"] == "definition" and given["claim"].split("=")[0].strip() in definitions:
            continue
        if given["kind"] == "inequality" and re.fullmatch(r"\s*\|[a-z]\|\s*>\s*0\s*", given["claim"]):
            continue  # |a| > 0: taken as |a|² > 0 below
        if given["kind"] not in ("equation", "relation") or "=" not in given["claim"]:
            return None
        lhs, _, rhs = given["claim"].partition("=")
        left, right = g.scalar(lhs), g.scalar(rhs)
        if left is None or right is None:
            return None
        sides = []
        for text, found in (left, right):
            value = parse(text) if text.strip() else None
            if value is None:
                return None
            sides.append(value.subs({s: found[s.name] for s in value.free_symbols if s.name in found}))
        equations.append(sp.expand(sides[0] - sides[1]))
        shown.append((given, equations[-1]))
    target = _target(g, expression, angle)
    if target is None or not equations:
        return None
    solutions = _solve(equations, g)
    if not solutions:
        return None
    values = {sp.nsimplify(sp.simplify(target.subs(s))) for s in solutions}
    if len(values) != 1:
        return None
    value = values.pop()
    if value.free_symbols or not value.is_number or not value.is_real:
        return None
    if angle:
        value = sp.simplify(sp.acos(value))
        if value.has(sp.acos):
            return None
    chain = Chain(method=("基底与数量积", "A basis and dot products"), knowledge_points=("vec.dot_product",))
    reading_step(chain, reading)
    words = {"A": f"|{base[0]}|^2", "B": f"|{base[-1]}|^2", "D": f"{base[0]}\\cdot {base[-1]}"}
    for given, eq in shown:
        text = value_text(eq).replace("A", words["A"]).replace("B", words["B"]).replace("D", words["D"])
        chain.ask((f"条件「{given['text']}」展开后是关于 ${words['A']}$、${words['B']}$、${words['D']}$ 的什么方程？",
                   f"Expanded, which equation does \"{given['text']}\" give in ${words['A']}$, ${words['B']}$, ${words['D']}$?"),
                  (f"${text}=0$",) * 2, "", kps=("vec.dot_product",), context=(),
                  hints=[("用 |x|² = x·x 和数量积的分配律展开。", "Expand with |x|² = x·x and the distributive law.")])
    # the solving step carries a claim only where every unknown came out a number (a checkable implication)
    point = solutions[0] if len(solutions) == 1 and all(not v.free_symbols for v in solutions[0].values()) else None
    if point:
        claim = ", ".join(f"{as_latex(e)}=0" for e in equations) + " ⇒ " + ", ".join(
            f"{k}={as_latex(v)}" for k, v in point.items())
        chain.ask(("解这些方程得到什么？", "What does solving these equations give?"),
                  ("$" + ", ".join(f"{words.get(str(k), str(k))}={value_text(v)}" for k, v in point.items()) + "$",) * 2,
                  claim, kps=("alg.equations",), context=("A>0", "B>0"),
                  hints=[("先解出模长的平方与数量积。", "Solve for the squared lengths and the dot product first.")])
    result = value_text(value)
    chain.ask((f"${expression}$ 等于多少？", f"What is ${expression}$?"), (f"${result}$",) * 2, "", kps=("vec.dot_product",),
              hints=[("把所求的量也用这三个数表示。", "Write the asked quantity in these three numbers too.")])
    return chain, result


def _target(g: _Gram, expression: str, angle: bool):
    import sympy as sp

    from tutor_graph.reading.strategy_parts import parse

    m = re.fullmatch(r"\s*\\langle\s*(.+?)\s*,\s*(.+?)\s*\\rangle\s*", expression)
    if angle:
        return g._cosine(m.group(1), m.group(2)) if m else None
    held = g.scalar(expression)
    if held is None:
        return None
    text, found = held
    if not found:
        value = parse(expression)
        return value if value is not None and not {s.name for s in value.free_symbols} & set(g.base) else None
    value = parse(text)
    if value is None:
        return None
    return value.subs({s: found[s.name] for s in value.free_symbols if s.name in found}) if isinstance(value, sp.Expr) else None


def _solve(equations, g: _Gram):
    """Solutions with |a|², |b|² > 0 and (a·b)² ≤ |a|²|b|² (as many unknowns solved as equations allow)."""
    import sympy as sp

    unknowns = sorted(set().union(*(e.free_symbols for e in equations)), key=str)
    if len(unknowns) > 4:
        return None
    for size in range(min(len(equations), len(unknowns)), 0, -1):
        for chosen in itertools.combinations(unknowns, size):
            try:
                found = sp.solve(equations, list(chosen), dict=True)
            except (NotImplementedError, ValueError):
                continue
            good = []
            for s in found:
                if len(s) != size or any(v.is_real is False for v in s.values()):
                    continue
                a2, b2, d = (sp.simplify(x.subs(s)) for x in (g.A, g.B, g.D))
                if any(x.is_positive is False for x in (a2, b2)) or (d ** 2 - a2 * b2).is_positive:
                    continue  # no real vectors have these lengths and this dot product
                good.append(s)
            if good:
                return good
    return None
