"""The last old probability and statistics solvers, moved to templates (`probability.dice`, `.balls`, `.independent`,
`.pick_numbers`, `statistics.basic`): each registers once from its template, its values agree with its
independent reference on every shape it reads, its template checks on its own instances, and the bank's problems
get every method verified (一题多解)."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.types import MODULES
from tutor_graph.specialist.types.probability import balls, dice, independent, pick_numbers
from tutor_graph.specialist.types.statistics import basic

from .registration import (
    assert_methods_verified,
    assert_registered_once_from_templates,
    assert_template_checks,
)

MOVED = {"probability.dice", "probability.balls", "probability.independent", "probability.pick_numbers",
         "statistics.basic"}


def _types():
    return [t for t in (*MODULES["probability"], *MODULES["statistics"]) if t.type_id in MOVED]


def test_each_moved_type_is_registered_once_from_its_template():
    assert {t.type_id for t in _types()} == MOVED
    assert_registered_once_from_templates(MOVED)


def test_the_old_solver_files_are_gone():
    import importlib.util

    for name in ("probability", "probability_numbers", "statistics"):
        assert importlib.util.find_spec(f"tutor_graph.specialist.{name}") is None


@pytest.mark.parametrize(("target", "at_least"), [(t, a) for t in range(1, 14) for a in (False, True)])
def test_dice_values_agree_with_brute_force(target, at_least):
    d = dice.Dice(target, at_least)
    v = dice.values(d)
    assert sp.Rational(v["v_plain"]) == sp.Rational(dice.reference(d))
    if v["table"]:  # the table's diagonals count what the listing counts
        counted = v["bad_cells_plain"] if at_least else v["cells_plain"]
        lhs, rhs = counted.split(" = ")
        assert sp.sympify(lhs) == int(rhs) == (36 - int(v["m"]) if at_least else int(v["m"]))


@pytest.mark.parametrize(("a", "b"), [(sp.Rational(4, 5), sp.Rational(7, 10)), (sp.Rational(1, 3), sp.Rational(1, 4))])
@pytest.mark.parametrize("kind", ["atleast", "both", "one"])
def test_independent_every_route_reaches_the_reference(a, b, kind):
    d = independent.Independent(a, b, kind)
    v = independent.values(d)
    ref = sp.Rational(independent.reference(d))
    assert sp.Rational(v["v_plain"]) == ref
    # the routes the methods take: complement, addition rule, exclusive cases, and 1 − both − neither
    routes = {"atleast": [1 - (1 - a) * (1 - b), a + b - a * b, a * (1 - b) + (1 - a) * b + a * b],
              "both": [a * b], "one": [a * (1 - b) + (1 - a) * b, 1 - a * b - (1 - a) * (1 - b)]}[kind]
    assert all(r == ref for r in routes)


@pytest.mark.parametrize(("t", "o", "draw", "cnt", "at_least"),
                         [(t, o, k, c, a) for t, o in ((2, 3), (4, 3), (5, 3)) for k in (1, 2, 3) for c in range(k + 1)
                          for a in (False, True)])
def test_balls_counts_agree_with_listing(t, o, draw, cnt, at_least):
    b = balls.Balls(t, o, draw, cnt, at_least, "红", "白")
    v = balls.values(b)
    ref = sp.Rational(balls.reference(b))
    assert sp.Rational(v["v_plain"]) == ref
    if at_least:  # the complement's draws and the favourable ones make up every draw
        assert int(v["fav_plain"]) + int(v["bad_plain"]) == int(v["total_plain"])
    if v["listable"]:
        assert sp.Rational(int(v["good"]), int(v["listed"])) == ref


@pytest.mark.parametrize("numbers", [(1, 2, 3, 4), (1, 2, 3, 4, 5), (-2, 0, 3, 5, 7, 8)])
@pytest.mark.parametrize("k", [2, 3])
@pytest.mark.parametrize(("subject", "kind", "value"),
                         [("sum", "parity", 0), ("sum", "parity", 1), ("product", "parity", 0), ("product", "parity", 1),
                          ("sum", "multiple", 3), ("sum", ">", 6), ("product", "<=", 10)])
def test_pick_numbers_counts_agree_with_ordered_brute_force(numbers, k, subject, kind, value):
    d = pick_numbers.Pick(numbers, k, subject, kind, value)
    v = pick_numbers.values(d)
    ref = sp.Rational(pick_numbers.reference(d))
    assert sp.Rational(v["v_plain"]) == ref
    assert sp.Rational(int(v["ordered_good"]), int(v["ordered"])) == ref
    if kind == "parity":  # the count by parity classes is the listing's count (or its complement's)
        count = int(v["count"])
        assert (1 - sp.Rational(count, int(v["total"])) if v["complement"] else sp.Rational(count, int(v["total"]))) == ref


def test_basic_shortcut_and_shift_agree_with_the_definition():
    for data in ([3, 5, 7, 9, 11], [2, 4, 4, 5, 6, 9], [85, 90, 92, 88, 95], [-3, 0, 0, 7, 12.5]):
        d = basic.Data(tuple(sp.nsimplify(x) for x in data), ("mean", "variance"))
        v = basic.values(d)
        assert sp.nsimplify(v["sq_plain"]) - sp.nsimplify(v["mean_plain"]) ** 2 == sp.nsimplify(v["var_plain"])
    shifted = basic.values(basic.Data(tuple(sp.Integer(x) for x in (85, 90, 92, 88, 95)), ("mean",)))
    assert shifted["shift"] is True and sp.nsimplify(shifted["base_plain"]) + sp.nsimplify(shifted["m_dev_plain"]) == 90


@pytest.mark.parametrize("text", [
    "袋中有 4 个红球和 3 个白球，有放回地任取 3 个，至少有 1 个白球的概率是多少？",  # with replacement: another model
    "从 1,2,3,4,5 中任取两个不同的数，求它们的积为奇数且和为 8 的概率。",  # two conditions joined
    "掷一枚骰子，点数为 5 的概率是多少？",  # one die
    "求数据 1, 2, 3, 4, 5 的众数。",  # nothing repeats: no mode of ours
])
def test_shapes_outside_the_types_are_declined(text):
    p = Problem(text)
    assert all(t.detect(p) is None for t in _types())
    # the same text without what puts it outside is read (so the declines above are not for want of reading)
    plain = text.replace("有放回地", "").replace("积为奇数且", "").replace("一枚骰子，点数为", "两枚骰子，点数之和为")
    plain = plain.replace("1, 2, 3, 4, 5 的众数", "1, 2, 2, 4, 5 的众数")
    assert any(t.detect(Problem(plain)) is not None for t in _types())


@pytest.mark.slow
@pytest.mark.parametrize("ptype", _types(), ids=lambda t: t.type_id)
def test_template_checks_on_its_instances_with_two_methods(ptype):
    assert_template_checks(ptype)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "methods"), [
    # probability_statistics-003: listing the pairs, and the table's diagonal
    ("同时掷两枚质地均匀的骰子，求点数之和为 7 的概率。", {"列举法", "列表法（对立事件）"}),
    # probability_statistics-004: combinations, and listing the draws
    ("袋中有 2 个红球、3 个白球，从中一次摸出 2 个球，求恰好一红一白的概率。", {"组合计数", "列举法"}),
    # probability_statistics-005: the complement, the addition rule, and the three exclusive cases
    ("甲、乙两人独立地向同一目标各射击一次，命中率分别为 $0.8$ 和 $0.7$，求目标被击中的概率。",
     {"对立事件", "直接计算（乘法与加法公式）", "分类相加（互斥事件）"}),
    # exactly one of two independent events: the two cases added, and all but 'both' and 'neither'
    ("甲、乙两人独立地解同一道题，解出的概率分别为 1/3 和 1/4，求恰有一人解出的概率。",
     {"直接计算（乘法与加法公式）", "间接法（除去都发生与都不发生）"}),
    # probability_statistics-009: listing, and counting by parity
    ("从 $1,2,3,4$ 中任取两个不同的数，求它们的和为偶数的概率。", {"列举法", "按奇偶分类用组合数"}),
    # probability_statistics-001: the definition, and the mean of squares minus the square of the mean
    ("求数据 $3,5,7,9,11$ 的方差。", {"按定义计算", "简便公式 s²=平方的平均−平均的平方"}),
])
def test_bank_problems_get_every_method_verified(text, methods, monkeypatch):
    assert_methods_verified(text, methods, monkeypatch)
