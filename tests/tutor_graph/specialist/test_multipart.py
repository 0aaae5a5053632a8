"""Questions with parts (1)(2)(3): each part answered by its own chain, unanswered parts named."""

from __future__ import annotations

from tutor_graph.checks import grade
from tutor_graph.specialist import recognise, solve_symbolically
from tutor_graph.specialist.multipart import split_parts

THREE = ("已知函数 $f(x)=x^3-3x$。(1) 求 $f(x)$ 的单调区间；(2) 求 $f(x)$ 在区间 $[-2,3]$ 上的最大值；"
         "(3) 证明：方程 $f(x)=1$ 有三个实根。")


def test_parts_are_split_only_at_numbered_markers():
    assert split_parts("已知 f(1)=2，求 f(2) 的值。") is None  # f(1) is not a part marker
    pre, parts = split_parts("Let f(x)=x^2-4x+3. (1) Find the zeros. (2) Find the minimum value.")
    assert pre == "Let f(x)=x^2-4x+3." and parts == ["Find the zeros.", "Find the minimum value."]
    assert split_parts("已知 a=1. ① 求 a+1；② 求 a-1。")[1] == ["求 a+1；", "求 a-1。"]


def test_each_part_is_recognised_and_the_proof_part_is_named_unanswered():
    rec = recognise(THREE)
    assert rec.type_id == "multipart"
    assert rec.parts == ("function.monotonic", "function.maxmin_interval", "")
    assert rec.unanswered_parts == (3,)


def test_a_partly_answered_question_is_never_verified_but_its_parts_are_right():
    sol = solve_symbolically(THREE)[0]
    assert not sol["verified"]
    assert "（3）未解答" in sol["final_answer"]
    assert all(s["question"].startswith(("（1）", "（2）", "（3）")) for s in sol["steps"])
    part2 = sol["final_answer"].split("；（2）")[1].split("；")[0]
    assert grade("18", part2).correct  # f(3) = 27 - 9 = 18 beats f(-1) = 2
    claimed = [s for s in sol["steps"] if s["claim"]]
    assert claimed and all(s["verdict"]["status"] == "verified" for s in claimed)


def test_a_fully_answered_question_is_verified_part_by_part():
    text = "已知 $f(x)=x^3-3x$。(1) 求 $f'(2)$；(2) 求 $f(x)$ 的极大值。"
    rec = recognise(text)
    assert rec.type_id == "multipart" and rec.unanswered_parts == ()
    sol = solve_symbolically(text)[0]
    assert sol["verified"], sol
    assert sol["final_answer"] == "（1）$9$；（2）$2$"  # 3·4 − 3 = 9; f(−1) = −1 + 3 = 2


def test_english_parts():
    sol = solve_symbolically("Let $f(x)=x^2-4x+3$. (1) Find the zeros of $f(x)$. (2) Find the minimum value of $f(x)$.", lang="en")[0]
    assert sol["verified"] and sol["final_answer"] == "(1) $x=1$ or $x=3$; (2) $-1$"
