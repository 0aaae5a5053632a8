"""The specialist answers only what a question asks (goals.py), and its held-out precision on
GAOKAO-Bench: a recognised item is never answered with a different quantity than the one asked."""

from __future__ import annotations

import pytest

from content.gaokao import bench_files
from evaluation.heldout import heldout
from tutor_graph.specialist import recognise, solve_symbolically
from tutor_graph.specialist.goals import asked


@pytest.mark.parametrize(("text", "kinds"), [
    ("求函数 f(x)=x^3-3x 的极值点。", {"extreme_point"}),
    ("求函数 f(x)=x^3-3x 的极值。", {"extremum"}),
    ("Find the extreme points of f(x) = x^3 - 3x.", {"extreme_point"}),
    ("已知 x>0，求 x+4/x 的最小值，并指出取得最小值时 x 的值。", {"min", "extreme_point"}),
    ("已知 a_1=2，公差 d=3，求 a_{10} 的平方。", {"modified"}),
    ("已知函数 f(x)=sin x - 2cos x 在 x=θ 时取得最大值，则 cos θ =", {"trig"}),
])
def test_the_asked_kinds_are_read_from_the_asking_clause(text, kinds):
    got = set(asked(text).kinds)
    assert kinds <= got or got == kinds, got


@pytest.mark.parametrize("text", [
    "In an arithmetic sequence a_1 = 2 and a_5 = 14. Find the common difference.",
    "In a geometric sequence a_1 = 3 and a_4 = 24. Find the common ratio.",
    "Given vectors a = (1, 2) and b = (3, -1), find the dot product of a and b.",
])
def test_words_that_only_look_like_a_modifier(text):
    """The common difference / ratio and the dot product are quantities themselves, not a changed one."""
    assert "modified" not in asked(text).kinds


def test_a_condition_with_half_does_not_change_the_goal():
    rec = recognise("A town's population decreases by 20% each year. After how many whole years is it less than half of today's?")
    assert rec is not None and rec.type_id == "application.growth"


@pytest.mark.parametrize(("text", "must", "must_not"), [
    ("求函数 $f(x)=x^3-3x$ 的极值点。", ["极大值点 $x=-1$", "极小值点 $x=1$"], ["极大值 $2$"]),
    ("求函数 $f(x)=x^3-3x$ 的极大值点。", ["极大值点 $x=-1$"], ["极小值点", "极大值 $2$"]),
    ("求函数 $f(x)=x^3-3x$ 的极值。", ["极大值 $2$", "极小值 $-2$"], ["极值点"]),
    ("求函数 $f(x)=x^3-3x$ 的极值与极值点。", ["极大值点 $x=-1$", "极大值 $2$"], []),
])
def test_extreme_points_and_extreme_values_are_different_answers(text, must, must_not):
    sols = solve_symbolically(text)
    assert sols and all(s["verified"] for s in sols)
    for sol in sols:
        assert all(m in sol["final_answer"] for m in must), sol["final_answer"]
        assert not any(m in sol["final_answer"] for m in must_not), sol["final_answer"]


@pytest.mark.parametrize("text", [
    # the question asks a cos value at the maximum, not the maximum (a held-out misreading, now declined)
    "设当 x=θ 时，函数 f(x)=sin x-2cos x 取得最大值，则 cos θ =",
    # the question asks where the minimum is attained; our chain's final answer would be the minimum itself
    "已知 $x>0$，求 $x+\\frac{4}{x}$ 取得最小值时 $x$ 的值。",
])
def test_a_solver_that_would_answer_another_quantity_declines(text):
    rec = recognise(text)
    assert rec is None or rec.type_id not in ("trig.sinusoid", "trig.value_range", "inequality.mean_minimum"), rec


def test_part_labels_are_not_the_imaginary_unit():
    text = ("某工厂抽取 16 个零件测量尺寸。（i）说明方法的合理性；（ii）其中 x_i 为第 i 个零件的尺寸，"
            "用样本平均数估计 μ。")
    rec = recognise(text)
    assert rec is None or not rec.type_id.startswith("complex"), rec
    # a real complex computation is still read
    assert recognise("计算 (1+2i)(3-i)。").type_id.startswith("complex")


@pytest.mark.skipif(not bench_files(), reason="../shared/datasets/gaokao-bench is absent")
def test_heldout_precision():
    """Every GAOKAO-Bench fill-in or choice item the specialist takes on is graded equal to the reference."""
    files = {k: v for k, v in bench_files().items() if k in ("fill", "choice")}
    report = heldout(files)
    overall = report["overall"]
    wrong = [(i["year"], i["index"], i["answer"], i.get("reference")) for i in report["items"] if i["correct"] is False]
    assert overall["not_equal"] == 0 and overall["not_equal_verified"] == 0, wrong
    # a floor, not a target: the held-out set is mostly problems beyond the specialist's types
    assert overall["recognised"] >= 10
