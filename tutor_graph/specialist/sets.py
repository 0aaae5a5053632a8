"""Set operations: intersection, union and complement of listed sets and of solution sets
(step by step on a number line, or by De Morgan's laws / set difference as a second method)."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import ParseError, parse_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.detecting import X, solve_inequality
from tutor_graph.specialist.problem import Problem, split_top
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import interval_text, plain, relation_text, tex
from tutor_graph.specialist.types.sets_logic.set_reading import braced_sets as _braced_sets

_REL = re.compile(r"(≤|≥|<|>|=|≠)")
_OPS = {"<": sp.StrictLessThan, ">": sp.StrictGreaterThan, "≤": sp.LessThan, "≥": sp.GreaterThan,
        "=": sp.Eq, "≠": sp.Ne}


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
            result = result.intersect(solve_inequality(lhs - rhs, op, var))
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
    parts = [t.strip() for t in split_top(body, ",") if t.strip()]
    if "..." in parts and parts.index("...") >= 2 and parts.index("...") == len(parts) - 2:  # 1,2,...,8
        i = parts.index("...")
        a, b, last = parse_expr(parts[i - 2]), parse_expr(parts[i - 1]), parse_expr(parts[-1])
        step = b - a
        if not (a.is_Integer and step.is_Integer and last.is_Integer and step > 0 and (last - a) % step == 0 and (last - a) / step < 60):
            raise ParseError("not a small arithmetic list")
        parts = [str(v) for v in range(int(a), int(last) + 1, int(step))]
    items = [parse_expr(t) for t in parts]
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
    return interval_text(s) if not isinstance(s, sp.FiniteSet) else "\\{" + ", ".join(tex(e) for e in sorted(s, key=float)) + "\\}"


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
            chain.ask((f"集合 ${name}$ 是一个不等式（方程）的解集：解出来是什么？", f"${name}$ is a solution set: what is it once solved?"),
                      (f"${name}={_show(s)}$",) * 2, f"{rels[0]} \\Leftrightarrow {relation_text(s, var)}",
                      kps=["quad.inequality", "set.concept"],
                      hints=[("左边能分解成哪两个一次因式？", "Into which two linear factors does the left side split?"),
                             ("对应的二次函数图象开口向哪边？在两根之间还是两根之外满足条件？",
                              "Which way does the matching parabola open? Is the condition met between the roots or outside them?")])


def _post_order(tree, out: list) -> None:
    """Operations innermost first, each computed once."""
    if isinstance(tree, str):
        return
    for child in (tree[2],) if tree[0] == "c" else tree[1:]:
        _post_order(child, out)
    out.append(tree)


def _direct(chain: Chain, d: dict) -> None:
    sets, tree = d["sets"], d["tree"]
    line = any(isinstance(sets[n], sp.Interval | sp.Union) for n in sets if n not in ("R", "U"))
    chain.idea(("做集合运算，先要把每个集合化成什么样子？再怎样求？", "To operate on sets, what form should each set be in first, and how then?"),
               ("先把每个集合化简（解出不等式或方程），再按运算顺序由内向外，借助数轴或列举求出" if line else
                "先把每个集合的元素列清楚，再按运算顺序由内向外逐个求出",
                "first simplify each set (solve its inequality or equation), then work from the inside out on a number line or by listing" if line else
                "first list the elements of each set, then work from the inside out, one operation at a time"),
               kps=["set.operations"] + (["shape_number"] if line else []),
               hints=[("题中的集合是用描述法还是列举法给出的？", "Are the sets given by a property or by listing?"),
                      ("有括号、补集时，先算哪一步？", "With brackets and complements, which operation comes first?")])
    _solve_builder_steps(chain, d)
    nodes: list = []
    _post_order(tree, nodes)
    for node in nodes:
        value = _value(node, sets)
        kind = {"∩": ("交集", "intersection", "set.operations"), "∪": ("并集", "union", "set.operations"),
                "c": ("补集", "complement", "set.complement")}[node[0]]
        chain.ask((f"{'在数轴上画出两个集合，' if line else ''}${_name(node)}$ 是什么？",
                   f"{'Drawing both sets on a number line, w' if line else 'W'}hat is ${_name(node)}$?"),
                  (f"${_name(node)}={_show(value)}$",) * 2, f"{_claim_of(node, sets)} = {_show(value)}",
                  kps=[kind[2]] + (["shape_number"] if line else []),
                  hints=[(f"{kind[0]}的定义是什么？", f"What is the definition of the {kind[1]}?"),
                         ("每个端点属于这个集合吗（实心点还是空心点）？", "Does each end point belong (closed or open dot)?") if line
                         else ("逐个元素检查：它满足定义吗？", "Check the elements one by one: does each meet the definition?")])
    answer = f"${_show(_value(tree, sets))}$"
    chain.done((answer, answer), (_show(_value(tree, sets)),) * 2)


def _de_morgan_applies(d: dict) -> bool:
    t = d["tree"]
    return not isinstance(t, str) and t[0] == "c" and not isinstance(t[2], str) and t[2][0] in ("∩", "∪")


def _de_morgan(chain: Chain, d: dict) -> None:
    sets, (_, universe, inner) = d["sets"], d["tree"]
    op, a, b = inner
    swapped = "∪" if op == "∩" else "∩"
    rewritten = (swapped, ("c", universe, a), ("c", universe, b))
    chain.idea(("交集（并集）的补集，能不能换成补集的运算来求？", "Can the complement of an intersection (a union) be found from complements instead?"),
               ("能：德摩根律把交集的补集化为补集的并集，把并集的补集化为补集的交集",
                "yes: De Morgan's laws turn the complement of an intersection into the union of the complements, and of a union into their intersection"),
               kps=["set.complement", "set.operations"],
               hints=[("画一个韦恩图：不在 $A\\cap B$ 里的元素，至少不在哪个集合里？", "Draw a Venn diagram: an element outside $A\\cap B$ is outside at least one of which sets?"),
                      ("那么“不在交集里”可以说成“不在 $A$ 里或不在 $B$ 里”吗？", "So is 'not in the intersection' the same as 'not in $A$ or not in $B$'?")])
    _solve_builder_steps(chain, d)
    chain.ask(("由德摩根律，$" + _name(d["tree"]) + "$ 可以改写成哪两个补集的运算？",
               "By De Morgan's laws, how can $" + _name(d["tree"]) + "$ be rewritten with two complements?"),
              (f"${_name(d['tree'])}={_name(rewritten)}$",) * 2,
              f"{_claim_of(d['tree'], sets)} = {_claim_of(rewritten, sets)}",
              kps=["set.complement", "set.operations"],
              hints=[("括号里是交集还是并集？", "Is the bracket an intersection or a union?"),
                      ("取补集后，交集和并集会怎样互换？", "Taking complements, how do intersection and union swap?")])
    for node in (("c", universe, a), ("c", universe, b)):
        chain.ask((f"${_name(node)}$ 是什么？", f"What is ${_name(node)}$?"), (f"${_name(node)}={_show(_value(node, sets))}$",) * 2,
                  f"{_claim_of(node, sets)} = {_show(_value(node, sets))}", kps=["set.complement"],
                  hints=[("补集是相对哪个全集来取的？", "The complement is taken in which universal set?"),
                         ("全集中哪些元素不属于这个集合？端点呢？", "Which elements of the universal set are not in it? What about the end points?")])
    value = _value(rewritten, sets)
    chain.ask((f"那么 ${_name(rewritten)}$ 是什么？", f"Then what is ${_name(rewritten)}$?"), (f"${_show(value)}$",) * 2,
              f"{_claim_of(rewritten, sets)} = {_show(value)}", kps=["set.operations"],
              hints=[("这一步是求交集还是并集？", "Is this step an intersection or a union?"),
                      ("在数轴上把两个补集画出来，取公共部分还是全部？", "Draw both complements on a number line: take what they share, or all of it?")])
    chain.done((f"${_show(value)}$",) * 2, (_show(_value(d["tree"], sets)),) * 2)


register(Solver("set.operations", "sets", detect, (
    Method(("逐步运算（数轴/列举）", "Step by step (number line / listing)"), _direct),
    Method(("德摩根律", "De Morgan's laws"), _de_morgan, _de_morgan_applies),
), ("set.operations",), priority=60, answers=frozenset({"set"})))
