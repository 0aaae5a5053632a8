"""集合的交、并、补运算（列举法与描述法给出的集合）/ Intersection, union and complement of listed sets and of
solution sets."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor_graph.checks import ParseError
from tutor_graph.specialist.detecting import X
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.render import relation_math, relation_text
from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sets_logic.set_algebra import (
    Tree,
    asked,
    claim_of,
    name,
    parse_set,
    post_order,
    show,
    value,
)
from tutor_graph.specialist.types.sets_logic.set_reading import (
    braced_sets,
    plain_sets,
    reading_relations,
    reading_sets,
)
from tutor_graph.specialist.types.template import Values

MAX_SOLVED = 3  # the template solves up to three sets given by a quadratic condition (slots solve1..3)
MAX_OPS = 4  # and shows up to four operations (slots op1..4)
_KINDS = {"∩": "cap", "∪": "cup", "c": "comp"}


@dataclass(frozen=True)
class SetOperations:
    """The named sets (U and R included where the problem has them), each set's defining relations, the asked tree."""

    sets: tuple[tuple[str, sp.Set], ...]
    bodies: tuple[tuple[str, str], ...]
    relations: tuple[tuple[str, tuple[str, ...]], ...]
    tree: Tree
    goal: str

    def named(self) -> dict[str, sp.Set]:
        """Name → set."""
        return dict(self.sets)


def detect(p: Problem) -> SetOperations | None:
    """`A={1,2,3,4}，B={3,4,5}，求 A∩B`, `A={x | -1<x≤3}，B={x | x≥2}，求 A∩(∁_R B)`: braced sets and an operation."""
    if reading_relations(p) or p.has("若", "if ", "取值范围", "range of") or any(g["kind"] == "range" for g in p.goals):
        return None  # a relation between the sets given, a range asked: parametric set problems are not ours
    bodies = braced_sets(reading_sets(p))
    if not bodies:
        return None
    sets: dict[str, sp.Set] = {}
    relations: dict[str, tuple[str, ...]] = {}
    builder = False
    try:
        for set_name, body in bodies.items():
            s, rels, is_builder = parse_set(body)
            sets[set_name], relations[set_name] = s, rels
            builder |= is_builder
    except (ParseError, ValueError, TypeError):
        return None
    if "U" not in sets:
        if builder or p.has("全集", "universal set"):  # "全集为 R": the Reading names no other universe
            sets["U"] = sp.S.Reals
        sets["R"] = sp.S.Reals
    if any(st.free_symbols for st in sets.values()):
        return None  # a parameter in a set: not ours
    found = next((f for g in p.goals if (f := asked(plain_sets(g["expression"]), set(sets)))), None)
    if found is None:
        return None
    goal, tree = found
    if "U" not in sets and "U" in str(tree):
        return None
    if len(post_order(tree)) > MAX_OPS or len(_solved(relations)) > MAX_SOLVED:
        return None
    return SetOperations(tuple(sets.items()), tuple(bodies.items()), tuple(relations.items()), tree, goal)


def _solved(relations: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """The sets given by one quadratic condition, which a chain solves first: (name, relation)."""
    return [(n, rels[0]) for n, rels in relations.items() if len(rels) == 1 and "^" in rels[0]]


def values(s: SetOperations) -> Values:
    """Each solved set, each operation innermost first, and what the De Morgan, inequality and indirect methods show."""
    sets, tree = s.named(), s.tree
    answer = value(tree, sets)
    out: Values = {"answer": show(answer), "goal": name(tree),
                   "line": any(isinstance(sets[n], sp.Interval | sp.Union) for n in sets if n not in ("R", "U"))}
    for j, (set_name, rel) in enumerate(_solved(dict(s.relations)), 1):
        var = next((c for c in rel if c.isalpha()), "x")
        out.update({f"solve{j}": True, f"sname{j}": set_name, f"sval{j}": show(sets[set_name]),
                    f"sclaim{j}": f"{rel} \\Leftrightarrow {relation_text(sets[set_name], var)}"})
    for i, node in enumerate(post_order(tree), 1):
        out.update({f"{_KINDS[node[0]]}{i}": True, f"name{i}": name(node), f"val{i}": show(value(node, sets)),
                    f"claim{i}": f"{claim_of(node, sets)} = {show(value(node, sets))}"})
    _de_morgan(s, out)
    _inequalities(s, out)
    _indirect(s, out)
    return out


def _de_morgan(s: SetOperations, out: Values) -> None:
    """∁_U(A∩B) = ∁_U A ∪ ∁_U B and ∁_U(A∪B) = ∁_U A ∩ ∁_U B: the rewritten expression and its two complements."""
    tree, sets = s.tree, s.named()
    out["dm"] = False
    if isinstance(tree, str) or tree[0] != "c" or isinstance(tree[2], str) or tree[2][0] not in "∩∪":
        return
    out["dm"] = True
    universe, (op, a, b) = tree[1], tree[2]
    rewritten = ("∪" if op == "∩" else "∩", ("c", universe, a), ("c", universe, b))
    out.update({"dm_new": name(rewritten),
                "dm_claim": f"{claim_of(tree, sets)} = {claim_of(rewritten, sets)}",
                "dm_value_claim": f"{claim_of(rewritten, sets)} = {show(value(rewritten, sets))}"})
    for k, node in ((1, rewritten[1]), (2, rewritten[2])):
        out.update({f"dm_name{k}": name(node), f"dm_val{k}": show(value(node, sets)),
                    f"dm_claim{k}": f"{claim_of(node, sets)} = {show(value(node, sets))}"})


def _operand(tree: Tree, sets: dict[str, sp.Set]) -> tuple[str, sp.Set, bool] | None:
    """A set name or the complement in R of one: (name, set, complemented), when it is made of intervals."""
    if isinstance(tree, str):
        leaf, negated = tree, False
    elif tree[0] == "c" and isinstance(tree[2], str) and sets.get(tree[1], sp.S.Reals) == sp.S.Reals:
        leaf, negated = tree[2], True
    else:
        return None
    s = sets[leaf]
    return (leaf, s, negated) if isinstance(s, sp.Interval | sp.Union) and s != sp.S.Reals else None


def _inequalities(s: SetOperations, out: Values) -> None:
    """x ∈ A∩∁B ⇔ (x ∈ A) 且 (x ∉ B): one operation of two interval sets (or their complements) as inequalities."""
    tree, sets = s.tree, s.named()
    out["ineq"] = False
    if isinstance(tree, str) or tree[0] == "c":
        return
    sides = [_operand(tree[1], sets), _operand(tree[2], sets)]
    answer = value(tree, sets)
    if None in sides or not isinstance(answer, sp.Interval | sp.Union) or answer == sp.S.Reals:
        return
    cap = tree[0] == "∩"
    for k, (leaf, leaf_set, negated) in enumerate((side for side in sides if side), 1):
        if negated:
            out.update({f"neg{k}": True, f"neg_name{k}": leaf, f"neg_from{k}": relation_text(leaf_set, "x", latex=True)})
            leaf_set = sp.Complement(sp.S.Reals, leaf_set)
            out.update({f"neg_to{k}": relation_text(leaf_set, "x", latex=True),
                        f"neg_show{k}": relation_math(leaf_set, "x"), f"neg_show{k}_en": relation_math(leaf_set, "x", "en")})
        if cap and not isinstance(leaf_set, sp.Interval):
            return  # 且 of an 或: the checker reads no brackets around relations
        out.update({f"rel{k}": relation_text(leaf_set, "x", latex=True), f"rel{k}_zh": relation_math(leaf_set, "x"),
                    f"rel{k}_en": relation_math(leaf_set, "x", "en")})
    out.update({"ineq": True, "join_zh": "且" if cap else "或", "join_en": "and" if cap else "or",
                "result_rel": relation_text(answer, "x", latex=True), "result_zh": relation_math(answer, "x"),
                "result_en": relation_math(answer, "x", "en")})


def _indirect(s: SetOperations, out: Values) -> None:
    """A∩B = ∁_A(A∩∁B) and A∩∁B = ∁_A(A∩B): find what to remove from A, then remove it."""
    tree, sets = s.tree, s.named()
    out["indirect"] = False
    if isinstance(tree, str) or tree[0] != "∩":
        return
    left, right = tree[1], tree[2]
    if isinstance(left, tuple) and isinstance(right, str):
        left, right = right, left
    if not isinstance(left, str) or left in ("R", "U"):
        return
    keep = sets[left]
    if isinstance(right, str):  # A∩B: remove the elements of A that are not in B
        other, meet = right, False
        removed = sp.Complement(keep, sets[right])
        removed_claim = f"{show(keep)} \\cap \\complement_{{\\mathbb{{R}}}}{show(sets[right])} = {show(removed)}"
    elif right[0] == "c" and isinstance(right[2], str) and sets.get(right[1], sp.S.Reals).is_superset(keep):
        other, meet = right[2], True  # A∩∁B: remove the elements of A that are in B
        removed = sp.Intersection(keep, sets[other])
        removed_claim = f"{show(keep)} \\cap {show(sets[other])} = {show(removed)}"
    else:
        return
    answer = value(tree, sets)
    if removed == sp.S.EmptySet or answer == sp.S.EmptySet or other in ("R", "U"):
        return
    out.update({"indirect": True, "rm_meet": meet, "rm_diff": not meet, "keep": left, "other": other,
                "removed": show(removed), "removed_claim": removed_claim,
                "remove_claim": f"\\complement_{{{show(keep)}}}{show(removed)} = {show(answer)}"})


def _condition(tree: Tree, sets: dict[str, sp.Set]) -> sp.Basic:
    """Membership of x in the tree as a logical formula (∩ 且, ∪ 或, ∁ 非)."""
    if isinstance(tree, str):
        return sets[tree].as_relational(X)
    if tree[0] == "c":
        return sp.And(sets.get(tree[1], sp.S.Reals).as_relational(X), sp.Not(_condition(tree[2], sets)))
    combine = sp.And if tree[0] == "∩" else sp.Or
    return combine(_condition(tree[1], sets), _condition(tree[2], sets))


def reference(s: SetOperations) -> str:
    """Independent of the set arithmetic: membership as a logical formula, solved as one condition on x."""
    formula = _condition(s.tree, s.named())
    region = formula.as_set() if isinstance(formula, sp.logic.boolalg.Boolean) and formula not in (
        sp.true, sp.false) else (sp.S.Reals if formula == sp.true else sp.S.EmptySet)
    return show(region)


TYPE: ProblemType[SetOperations] = ProblemType(
    type_id="set.operations", module="sets_logic", name="operations", detect=detect, values=values,
    reference=reference, givens=lambda s: [f"{n}={{{b}}}" for n, b in s.bodies], goal=lambda s: s.goal,
    answers=frozenset({"set"}), topic="sets",
)
