"""Regressions for faults found in review: proof questions, the parameter's own letter, checkable
median / mode steps."""

from __future__ import annotations

import re

import pytest

from tutor_graph.specialist import recognise, solve_symbolically

PROOFS = [
    "证明：方程 x^2-7x+12=0 没有负根",
    "求证：x^2-7x+12=0 的根都是正数",
    "Prove that the equation x^2 - 7x + 12 = 0 has no negative root.",
    "Show that x^2 + 1 > 0 for every real x.",
]


@pytest.mark.parametrize("text", PROOFS)
def test_proof_questions_are_not_answered_as_computations(text):
    assert recognise(text) is None
    assert solve_symbolically(text) == []


def test_a_proof_our_chain_really_gives_is_still_taken():
    rec = recognise("判断函数 $f(x)=x^3+x$ 的奇偶性，并证明。")
    assert rec is not None and rec.type_id == "function.parity"
    sol = solve_symbolically("判断函数 $f(x)=x^3+x$ 的奇偶性，并证明。")[0]
    assert sol["verified"] and any("f(-x) = -f(x)" in s["claim"] for s in sol["steps"])


_STRAY_K = re.compile(r"(?<![A-Za-z\\])k(?![A-Za-z])")


@pytest.mark.parametrize(("text", "letter", "answer"), [
    ("已知向量 a=(1,2), b=(x,-1)，且 a⊥b，求 x。", "x", "$x=2$"),
    ("已知向量 $\\vec a=(1,m)$，$\\vec b=(2,4)$，且 $\\vec a\\parallel\\vec b$，求 $m$。", "m", "$m=2$"),
    ("Given vectors a=(1,2), b=(3,-1), c=a+λb, if c ⊥ a find λ.", "λ", "$\\lambda=-5$"),  # λ in LaTeX
    ("已知向量 a=(λ,1), b=(2,4)，且 a∥b，求 λ。", "λ", "$\\lambda=\\frac{1}{2}$"),
    ("已知向量 $\\vec a=(1,2)$，$\\vec b=(3,-1)$，若 $(\\vec a+t\\vec b)\\perp(\\vec a-\\vec b)$，求实数 $t$。", "t", "$t=\\frac{4}{9}$"),
])
def test_vector_parameter_keeps_the_problems_letter(text, letter, answer):
    sols = solve_symbolically(text, max_methods=3, lang="en" if text.isascii() or text.startswith("Given") else "zh")
    assert sols and sols[0]["final_answer"].replace(" ", "") == answer
    for sol in sols:
        assert sol["verified"], sol
        for step in sol["steps"]:
            for field in (step["question"], step["answer"], step["claim"], *step["hints"]):
                assert not _STRAY_K.search(field), (field, sol["method"])


@pytest.mark.parametrize(("text", "answer"), [
    ("求数据 2, 4, 4, 5, 6, 9, 10 的中位数和众数。", "中位数 $5$，众数 $4$"),
    ("Find the median of the data 85, 90, 92, 88, 95, 90.", "$90$"),
    ("一组数据 3, 5, 7, 7, 8, 9, 9, 9, 10 的众数是多少？", "$9$"),
    ("求数据 $2,3,5,6,8,9,10,12$ 的第 70 百分位数。", "$9$"),
])
def test_median_mode_and_percentile_steps_are_checked(text, answer):
    sol = solve_symbolically(text, lang="zh" if not text.startswith("Find") else "en")[0]
    assert sol["final_answer"] == answer
    worked = sol["steps"][1:] if sol["steps"] and not sol["steps"][0]["claim"] else sol["steps"]  # a template's opening idea question has no claim
    assert worked and all(s["claim"] for s in worked), [s["question"] for s in worked if not s["claim"]]
    assert sol["verified"], [(s["claim"], s["verdict"]) for s in sol["steps"]]


def test_a_wrongly_sorted_list_would_be_refuted():
    from tutor_graph.checks import check_step
    from tutor_graph.specialist.types.statistics.data_order import sorted_claim

    good = sorted_claim([4, 2, 9, 4])
    assert check_step(good).status == "verified"
    bad = good.replace("(t - (9))^", "(t - (8))^").replace("(t - (9))", "(t - (8))", 1)
    assert bad != good and check_step(bad).status == "refuted"


def test_no_mode_when_nothing_repeats():
    assert recognise("求数据 1, 2, 3, 4, 5 的众数") is None


def test_equal_sets_are_dropped_in_their_own_checked_step():
    # p necessary but not sufficient for q: Q = [1-m, 1+m] ⊆ [-1, 3] gives 0 < m ≤ 2, and m = 2 makes Q = P
    text = ("Let p: x^2 - 2x - 3 ≤ 0 and q: x^2 - 2x + 1 - m^2 ≤ 0 with m > 0. "
            "If p is necessary but not sufficient for q, find the range of m.")
    sol = solve_symbolically(text, lang="en")[0]
    assert sol["final_answer"] == "$(0, 2)$" and sol["verified"]
    assert any("0 < m ≤ 2" in s["claim"] for s in sol["steps"])
    assert sol["steps"][-1]["claim"] == "-1 = -1 且 3 = 3"  # at m = 2 both ends agree


def test_the_ends_of_each_monotonic_piece_are_checked_as_one_sided_limits():
    """The zero count reads signs off the values at the ends of each piece; those values (one-sided
    limits at a domain boundary or at ±∞) are claims the checker verifies, not just prose."""
    sol = solve_symbolically("函数 $f(x)=2x-3-\\ln x$ 有几个零点？")[0]
    step = next(s for s in sol["steps"] if "\\lim" in s["claim"])
    assert "0^+" in step["claim"] and "+\\infty" in step["claim"]
    assert step["verdict"]["status"] == "verified"
    assert sol["verified"] and "2" in sol["final_answer"]
