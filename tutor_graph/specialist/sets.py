"""Set operations: intersection, union and complement of listed sets and of solution sets
(step by step on a number line, or by De Morgan's laws / set difference as a second method)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.parsing import ParseError, parse_expr
from tutor_graph.specialist.problem import Problem, split_top
from tutor_graph.specialist.registry import Match, Method, Solver, register
from tutor_graph.specialist.render import interval_text, plain, relation_text

_REL = re.compile(r"(≤|≥|<|>|=|≠)")
_OPS = {"<": sp.StrictLessThan, ">": sp.StrictGreaterThan, "≤": sp.LessThan, "≥": sp.GreaterThan,
        "=": sp.Eq, "≠": sp.Ne}


def _braced_sets(text: str) -> dict[str, str]:
    """Set definitions `A={…}` with balanced braces."""
    out = {}
    for m in re.finditer(r"(?<![A-Za-z_])([A-Z])\s*=\s*\{", text):
        depth, i = 0, m.end() - 1
        for j in range(i, min(len(text), i + 200)):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if depth == 0:
                out[m.group(1)] = text[i + 1 : j]
                break
    return out


def _condition_set(cond: str, var: sp.Symbol) -> tuple[sp.Set, list[str]]:
    """Solution set of `-1<x≤3`, `x^2-4x+3<0`, `x≥2` (and-ed by commas); plus its relations as text."""
    result: sp.Set = sp.S.Reals
    texts = []
    for part in split_top(cond, ",;"):
        pieces = _REL.split(part.replace("且", ","))
        if len(pieces) < 3:
            raise ParseError("no relation")
        exprs = [parse_expr(p) for p in pieces[0::2]]
        for lhs, op, rhs in zip(exprs, pieces[1::2], exprs[1:], strict=False):
            if (lhs - rhs).free_symbols - {var} or not (lhs - rhs).free_symbols:
                raise ParseError("not a condition on the variable")
            if sp.Poly(sp.together(lhs - rhs).as_numer_denom()[0], var).degree() > 2:
                raise ParseError("degree too high")
            result = result.intersect(sp.solveset(_OPS[op](lhs, rhs), var, sp.S.Reals))
            texts.append(f"{plain(lhs)} {op} {plain(rhs)}")
    return result, texts


def _parse_set(body: str) -> tuple[sp.Set, list[str], bool]:
    """A set body: `1,2,3` or `x | -1<x≤3` (also `x∈Z | …`). Returns (set, relations, is_builder)."""
    if "|" in body or ":" in body:
        head, cond = re.split(r"[|:]", body, maxsplit=1)
        var = sp.Symbol(head.strip()[0], real=True) if head.strip()[:1].isalpha() else X
        integer = "∈Z" in head.replace(" ", "") or "∈N" in head.replace(" ", "")
        s, texts = _condition_set(cond, var)
        if integer:
            if "∈N" in head.replace(" ", ""):
                s = s.intersect(sp.Interval(0, sp.oo))
            if not (isinstance(s, sp.Interval) and s.start.is_finite and s.end.is_finite and s.end - s.start < 50):
                raise ParseError("integer set not finite and small")
            s = sp.FiniteSet(*[k for k in range(int(sp.ceiling(s.start)), int(sp.floor(s.end)) + 1) if s.contains(k)])
        return s, texts, True
    items = [parse_expr(t) for t in split_top(body, ",") if t.strip()]
    if not items or any(i.free_symbols for i in items) or len(items) > 30:
        raise ParseError("not a listed numeric set")
    return sp.FiniteSet(*items), [], False


class _SetExpr:
    """Parse `∁_U(A∪B)`, `A∩(∁_R B)`, `A∪B` into a small tree: ('op', left, right) / ('c', U, arg) / name."""

    def __init__(self, text: str, names: set[str]):
        self.toks = re.findall(r"∁\s*_?\s*\{?\s*[A-Z]?\s*\}?|bar\{[A-Z]\}|[A-Z]|∩|∪|\(|\)", text)
        self.names, self.i = names, 0

    def parse(self):
        tree = self.union()
        if self.i != len(self.toks):
            raise ParseError("trailing set tokens")
        return tree

    def union(self):
        left = self.atom()
        while self.i < len(self.toks) and self.toks[self.i] in ("∩", "∪"):
            op = self.toks[self.i]
            self.i += 1
            left = (op, left, self.atom())
        return left

    def atom(self):
        if self.i >= len(self.toks):
            raise ParseError("set expression ends early")
        t = self.toks[self.i]
        self.i += 1
        if t == "(":
            inner = self.union()
            if self.i >= len(self.toks) or self.toks[self.i] != ")":
                raise ParseError("unbalanced")
            self.i += 1
            return inner
        if t.startswith("∁"):
            universe = re.sub(r"[∁_{}\s]", "", t) or "U"
            return ("c", universe, self.atom())
        if t.startswith("bar"):
            return ("c", "U", t[4])
        if t in self.names:
            return t
        raise ParseError(f"unknown set {t}")


def _goal(text: str, names: set[str]) -> tuple[str, object] | None:
    """The asked expression: the last run of set names and ∩ ∪ ∁ that uses an operator."""
    runs = re.findall(r"[A-Z∁∩∪()_{}\s]*(?:∩|∪|∁)[A-Z∁∩∪()_{}\s]*", text)
    for run in reversed(runs):
        run = run.strip()
        try:
            return run, _SetExpr(run, names | {"R", "U"}).parse()
        except ParseError:
            continue
    return None


def detect(p: Problem) -> Match | None:
    text = p.text
    if not re.search(r"∩|∪|∁|intersection|union|complement|交集|并集|补集", p.lower + text):
        return None
    if re.search(r"⊆|若|if |实数\s*[a-z]|range of|取值范围", text):  # parametric set problems are not ours
        return None
    bodies = _braced_sets(text)
    if not bodies:
        return None
    sets, relations, builder = {}, {}, False
    for name, body in bodies.items():
        s, rels, is_builder = _parse_set(body)
        sets[name], relations[name] = s, rels
        builder |= is_builder
    if "U" not in sets:
        if builder or re.search(r"全集\s*(为|是)?\s*R|U\s*=\s*R|universal set (is )?R", text):
            sets["U"] = sp.S.Reals
        sets["R"] = sp.S.Reals
    goal = _goal(text, set(sets))
    if goal is None:
        return None
    goal_text, tree = goal
    if "U" not in sets and "U" in str(tree):
        return None
    givens = [f"{n}={{{bodies[n]}}}" for n in bodies]
    return Match(givens, goal_text, {"sets": sets, "bodies": bodies, "relations": relations, "tree": tree,
                                     "goal": goal_text}, 0.9)


def _value(tree, sets) -> sp.Set:
    if isinstance(tree, str):
        return sets[tree]
    if tree[0] == "c":
        return sp.Complement(sets.get(tree[1], sp.S.Reals), _value(tree[2], sets))
    left, right = _value(tree[1], sets), _value(tree[2], sets)
    return sp.Intersection(left, right) if tree[0] == "∩" else sp.Union(left, right)


def _show(s: sp.Set) -> str:
    return interval_text(s) if not isinstance(s, sp.FiniteSet) else "\\{" + ", ".join(plain(e) for e in sorted(s, key=float)) + "\\}"


def _name(tree) -> str:
    if isinstance(tree, str):
        return tree
    if tree[0] == "c":
        return f"\\complement_{{{tree[1]}}}{_name(tree[2]) if isinstance(tree[2], str) else '(' + _name(tree[2]) + ')'}"
    op = r"\cap" if tree[0] == "∩" else r"\cup"
    wrap = lambda t: _name(t) if isinstance(t, str) or t[0] == "c" else f"({_name(t)})"  # noqa: E731
    return f"{wrap(tree[1])} {op} {wrap(tree[2])}"


def _claim_of(tree, sets) -> str:
    """The operation written with the operand sets themselves, so the claim stands alone."""
    if isinstance(tree, str):
        return _show(sets[tree])
    if tree[0] == "c":
        return f"\\complement_{{{_show(sets.get(tree[1], sp.S.Reals))}}}{_show(_value(tree[2], sets))}"
    op = r"\cap" if tree[0] == "∩" else r"\cup"
    return f"{_show(_value(tree[1], sets))} {op} {_show(_value(tree[2], sets))}"


def _solve_builder_steps(chain: Chain, d: dict) -> None:
    for name, rels in d["relations"].items():
        if len(rels) == 1 and "^" in rels[0]:
            s = d["sets"][name]
            var = next((c for c in rels[0] if c.isalpha()), "x")
            chain.ask((f"集合 ${name}$ 是一个不等式（方程）的解集，先解出它。", f"${name}$ is a solution set: solve it first."),
                      (f"${name}={_show(s)}$",) * 2, f"{rels[0]} \\Leftrightarrow {relation_text(s, var)}",
                      kps=["quad.inequality", "set.concept"],
                      hints=[("先因式分解，再由二次函数图象读出解集。", "Factor, then read the solution set off the parabola.")])


def _post_order(tree, out: list) -> None:
    """Operations innermost first, each computed once."""
    if isinstance(tree, str):
        return
    for child in (tree[2],) if tree[0] == "c" else tree[1:]:
        _post_order(child, out)
    out.append(tree)


def _direct(chain: Chain, d: dict) -> None:
    sets, tree = d["sets"], d["tree"]
    _solve_builder_steps(chain, d)
    nodes: list = []
    _post_order(tree, nodes)
    for node in nodes:
        value = _value(node, sets)
        kind = {"∩": ("交集", "intersection", "set.operations"), "∪": ("并集", "union", "set.operations"),
                "c": ("补集", "complement", "set.complement")}[node[0]]
        line = any(isinstance(sets[n], sp.Interval | sp.Union) for n in sets if n not in ("R", "U"))
        chain.ask((f"求 ${_name(node)}$：{'在数轴上画出两个集合，' if line else ''}它的元素是什么？",
                   f"Find ${_name(node)}${' (draw both sets on a number line)' if line else ''}: what are its elements?"),
                  (f"${_name(node)}={_show(value)}$",) * 2, f"{_claim_of(node, sets)} = {_show(value)}",
                  kps=[kind[2]] + (["shape_number"] if line else []),
                  hints=[(f"{kind[0]}的定义是什么？", f"What is the definition of the {kind[1]}?"),
                         ("注意端点是否属于集合（实心点还是空心点）。", "Check whether each endpoint belongs (closed or open dot).") if line
                         else ("逐个元素检查。", "Check the elements one by one.")])
    answer = _show(_value(tree, sets))
    chain.done((answer, answer), (_show(_value(tree, sets)),) * 2)


def _de_morgan_applies(d: dict) -> bool:
    t = d["tree"]
    return not isinstance(t, str) and t[0] == "c" and not isinstance(t[2], str) and t[2][0] in ("∩", "∪")


def _de_morgan(chain: Chain, d: dict) -> None:
    sets, (_, universe, inner) = d["sets"], d["tree"]
    op, a, b = inner
    swapped = "∪" if op == "∩" else "∩"
    rewritten = (swapped, ("c", universe, a), ("c", universe, b))
    _solve_builder_steps(chain, d)
    chain.ask(("由德摩根律，$" + _name(d["tree"]) + "$ 可以改写成哪两个补集的运算？",
               "By De Morgan's laws, how can $" + _name(d["tree"]) + "$ be rewritten with two complements?"),
              (f"${_name(d['tree'])}={_name(rewritten)}$",) * 2,
              f"{_claim_of(d['tree'], sets)} = {_claim_of(rewritten, sets)}",
              kps=["set.complement", "set.operations"],
              hints=[("补集把交集变成并集，把并集变成交集。", "Complement turns an intersection into a union and vice versa.")])
    for node in (("c", universe, a), ("c", universe, b)):
        chain.ask((f"求 ${_name(node)}$。", f"Find ${_name(node)}$."), (f"${_name(node)}={_show(_value(node, sets))}$",) * 2,
                  f"{_claim_of(node, sets)} = {_show(_value(node, sets))}", kps=["set.complement"],
                  hints=[("全集中不属于该集合的元素。", "The elements of the universal set that are not in it.")])
    value = _value(rewritten, sets)
    chain.ask((f"再求 ${_name(rewritten)}$。", f"Now find ${_name(rewritten)}$."), (f"${_show(value)}$",) * 2,
              f"{_claim_of(rewritten, sets)} = {_show(value)}", kps=["set.operations"],
              hints=[("两个补集的公共元素（或全部元素）。", "The common (or all) elements of the two complements.")])
    chain.done((_show(value),) * 2, (_show(_value(d["tree"], sets)),) * 2)


register(Solver("set.operations", "sets", detect, (
    Method(("逐步运算（数轴/列举）", "Step by step (number line / listing)"), _direct),
    Method(("德摩根律", "De Morgan's laws"), _de_morgan, _de_morgan_applies),
), ("set.operations",), priority=60))
