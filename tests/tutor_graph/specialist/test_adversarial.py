"""Text the specialist must refuse quickly: not ours, huge, or hostile. Nothing is ever executed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tutor_graph.checks import pool
from tutor_graph.specialist import plan_symbolically, recognise, solve_step, solve_symbolically

# Timing asserts here catch hangs and blow-ups (the unbounded versions of these inputs ran for minutes),
# with slack for a loaded 2-core CI machine. The speed targets themselves (recognition < 50 ms, a hostile
# text answered in ~3 s) are measured by `python -m evaluation bench coverage`, not asserted here.
HANG_S = 10.0 * pool.TIME_SCALE + 20.0  # a few claims cut at the (test-scaled) bound, on a busy machine
QUICK_S = 10.0

NOT_OURS = [
    "",
    "   ",
    "今天天气怎么样？",
    "Write a poem about the sea.",
    # a choice question whose options are not ones we judge (shapes of graphs)
    "函数 $y=x^3$ 的图象大致是（　）。A. 图一　B. 图二　C. 图三　D. 图四",
    # an odd increasing function with a sign question about x·f(x): a case analysis we do not write
    "已知 $f(x)$ 是定义在 $\\mathbf R$ 上的奇函数，且在 $(0,+\\infty)$ 上单调递增，$f(2)=0$，求 $xf(x)<0$ 的解集。",
    "求正方体的体积。",
]


@pytest.mark.parametrize("text", NOT_OURS)
def test_unrecognised_text_gives_nothing(text):
    assert recognise(text) is None
    assert solve_symbolically(text) == []
    assert plan_symbolically(text) == []
    assert solve_step(text, "第一步做什么？") is None


def _hostile(marker: Path) -> list[str]:
    cmd = f"__import__('os').system('touch {marker}')"
    return [
        f"解方程 {cmd} = 0",
        f"Solve x^2 + {cmd} = 0",
        "解方程 x^2 - 5x + 6 = 0; exec('import os')",
        "Solve lambda: x = 1",
        "解方程 x.__class__.__bases__ = 0",
        "解方程 x^2 - 10^100x + 1 = 0",
        "解方程 x^(10^9) = 1",
        "解方程 9^9^9^9 x = 1",
        "计算 (x+1)^100000",
        "解方程 " + "(" * 500 + "x" + ")" * 500 + " = 1",
        "解方程 x^2 - 123456789012345678901234567890x + 1 = 0",
        "Find the sum of the first 10^12 terms of the arithmetic sequence with a_1 = 1 and d = 1.",
        "从 10000 名男生和 9999 名女生中选 5000 人，至少有 1 名女生的选法有多少种？",
        "求 (x+2)^100000 展开式中 x^3 的系数",
        "解方程 x" * 2000 + " = 0",
        # found by fuzzing the bank's texts with big numbers: each once took seconds to minutes
        "求曲线 $y=x\\ln x$ 在点 $(999999999,0)$ 处的切线方程。",
        "在等比数列 $\\{a_n\\}$ 中，$a_{99999999}=666$，$a_5=48$，求通项公式 $a_n$。",
        "求和：$\\frac{1}{1\\times 2}+\\cdots+\\frac{1}{n(n+111)}$。",
        "某班有 999999999 名学生，其中参加数学小组的有 22 人，参加物理小组的有 18 人，两个小组都参加的有 7 人。两个小组都没有参加的有多少人？",
    ]


def test_hostile_text_returns_quickly_and_executes_nothing(tmp_path):
    from tutor_graph.checks import check_step

    check_step("1 + 1 = 2")  # start the checker's worker first: its start-up is not what we time
    marker = tmp_path / "pwned"
    for text in _hostile(marker):
        start = time.perf_counter()
        solutions = solve_symbolically(text, max_methods=2)
        elapsed = time.perf_counter() - start
        assert elapsed < HANG_S, (text[:60], elapsed)
        assert all(not s["verified"] or s["final_answer"] for s in solutions)
    assert not marker.exists()


def test_one_megabyte_paste_is_refused_at_once():
    text = "解方程 x^2-5x+6=0。" + "很长的粘贴内容" * 150_000
    assert len(text.encode()) > 1_000_000
    start = time.perf_counter()
    assert recognise(text) is None
    assert solve_symbolically(text) == []
    assert time.perf_counter() - start < QUICK_S


def test_recognise_is_fast():
    texts = ["解方程 $x^2-5x+6=0$。", "求函数 $f(x)=x^3-3x$ 在区间 $[-2,3]$ 上的最大值。",
             "已知等差数列 $\\{a_n\\}$ 中 $a_1=2$，$d=3$，求前 10 项和。", "求 $(x+\\frac{2}{x})^6$ 的展开式中的常数项。"]
    for t in texts:
        recognise(t)  # warm the registry and SymPy caches
    for t in texts:
        start = time.perf_counter()
        assert recognise(t) is not None
        assert time.perf_counter() - start < QUICK_S, t


def _new_topics_hostile() -> list[str]:
    """Sizes pushed to the limits of the newer topics' detectors and references."""
    return [
        "某种物质每年衰减 0.0001%，至少经过多少年，剩余量不足原来的一半？",
        "某种物质每年增长 99.9999%，至少经过多少年，翻一番？",
        "已知 f(x) 是奇函数，f(x+1)=f(x)，f(1)=2，求 f(999999999)。",
        "已知 f(x) 是奇函数，f(x+999999999)=f(x)，f(1)=2，求 f(999999998)。",
        "9 个人排成一排，甲不站在两端，有多少种排法？",
        "把 9 个不同的小球放入 8 个不同的盒子，每个盒子至少放 1 个，共有多少种放法？",
        "用 0,1,2,3,4,5,6,7,8,9 可以组成多少个没有重复数字的五位偶数？",
        "在棱长为 999999999 的正方体 ABCD-A_1B_1C_1D_1 中，求点 A 到平面 A_1BD 的距离。",
        "已知 A(999999999,0,0), B(0,999999999,0), C(0,0,999999999)，求原点 O 到平面 ABC 的距离。",
        "用二分法求方程 x^3-x-1=0 在区间 [1,999999999] 内的近似解，计算 6 次中点后，根所在的区间是什么？",
        "求成对数据 " + ",".join(f"({i},{i * i % 97})" for i in range(1, 31)) + " 的样本相关系数 r。",
        "袋中有 30 个红球和 10 个白球，从中不放回地任取 20 个，记 X 为取到的白球个数，求 E(X)。",
        "甲、乙两人进行比赛，采用七局四胜制，每局甲获胜的概率都是 0.51，各局结果相互独立。求甲最终获胜的概率。",
        "已知 f(x)=" + "+".join(f"{k}x^{k}" for k in range(1, 8, 2)) + "+3，且 f(2)=5，求 f(-2)。",
        "已知数据 (1) 求 x (2) 求 y (3) 求 z (4) 求 w",
        "“" + "x>1 " * 50 + "”是“x>2”的什么条件？",
    ]


def test_new_topics_return_quickly(tmp_path):
    from tutor_graph.checks import check_step

    check_step("1 + 1 = 2")
    for text in _new_topics_hostile():
        start = time.perf_counter()
        sols = solve_symbolically(text, max_methods=2)
        elapsed = time.perf_counter() - start
        assert elapsed < HANG_S, (text[:60], elapsed)
        assert all(not s["verified"] or s["final_answer"] for s in sols)
