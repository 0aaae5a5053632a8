"""The derivative types as code + YAML (`types/derivatives/`): where they live, their precedence, and their methods.

Texts written for these tests (the bank and `cases*.py` are checked by the other specialist tests); answers by hand.
"""

from __future__ import annotations

import pytest

from tutor_graph.checks import grade
from tutor_graph.specialist import recognise, solve_symbolically
from tutor_graph.specialist.types import MODULES

MOVED = {"function.monotonic", "function.tangent", "function.tangent_through", "function.derivative_value",
         "function.global_extreme", "function.extrema", "function.maxmin_interval",
         "function.always_parameter", "function.zero_count",
         "function.extremum_parameters",
         "function.derivative"}


@pytest.fixture(autouse=True)
def _no_time_budget(monkeypatch):
    # solving stops starting new methods after a production time budget: lifted so a loaded CPU drops none
    monkeypatch.setattr("tutor_graph.specialist.solving.BUDGET_S", 1e9)


def test_each_moved_type_is_registered_once_and_from_its_template():
    from tutor_graph.specialist.registry import solvers

    assert {t.type_id for t in MODULES["derivatives"]} == MOVED
    found = [s for s in solvers() if s.type_id in MOVED]
    assert len(found) == len(MOVED)  # the old solvers are gone, not shadowed
    assert all(s.detect.__module__ == "tutor_graph.specialist.types.problem_type" for s in found)


@pytest.mark.parametrize(("text", "type_id"), [
    # (1,1) is on y = x^3, but a tangent THROUGH it also touches at t = -1/2: tangent_through comes first
    ("过点 $(1,1)$ 作曲线 $y=x^3$ 的切线，求切线方程。", "function.tangent_through"),
    ("求曲线 $y=x^3$ 在点 $(1,1)$ 处的切线方程。", "function.tangent"),
    ("已知 $f(x)=x^3-3x$，求 $f'(2)$。", "function.derivative_value"),
    ("求函数 $f(x)=x^3-3x$ 的单调递增区间。", "function.monotonic"),
    ("求函数 $f(x)=x-\\ln x$ 的最小值。", "function.global_extreme"),
    ("求函数 $f(x)=x^3-3x$ 的极大值。", "function.extrema"),  # monotonic and global_extreme decline extrema
    ("求函数 $f(x)=x^3-3x$ 在区间 $[-2,3]$ 上的最大值。", "function.maxmin_interval"),  # global_extreme: no interval
    ("函数 $f(x)=x^3-3x+1$ 有几个零点？", "function.zero_count"),  # before the block's other types
    ("求函数 $f(x)=x^3-3x$ 的导数。", "function.derivative"),  # last: every type above declines a bare 导数
])
def test_precedence_keeps_the_old_recognitions(text, type_id):
    rec = recognise(text)
    assert rec is not None and rec.type_id == type_id


@pytest.mark.parametrize(("text", "answer", "methods"), [
    # y' = 3x^2 at 1 is 3: y = 3x - 2; (x^3 is a cubic: no discriminant method)
    ("求曲线 $y=x^3$ 在点 $(1,1)$ 处的切线方程。", "y=3x-2", {"导数的几何意义", "导数的定义（极限）"}),
    # f' = 1 - 1/x, zero at 1; f'' = 1/x^2 > 0: the minimum f(1) = 1
    ("求函数 $f(x)=x-\\ln x$ 的最小值。", "1", {"导数法（单调性）", "二阶导数法"}),
    # f' = 4 - 2x, zero at 2, f'' = -2 < 0; -(x-2)^2 + 4: the maximum 4 by all three
    ("Find the maximum value of f(x) = 4x - x^2.", "4", {"导数法（单调性）", "二阶导数法", "配方法"}),
    # (2+h)^2 + (2+h) - 6 over h is h + 5: f'(2) = 5
    ("已知 $f(x)=x^2+x$，求 $f'(2)$。", "5", {"求导法则后代入", "导数的定义（极限）"}),
    # a rational function: the secant slope (f(h-1)+3)/h is 5/(h+1) once h divides out, so its limit is 5
    ("求曲线 $y=\\frac{2x-1}{x+2}$ 在点 $(-1,-3)$ 处的切线方程。", "y=5x+2", {"导数的几何意义", "导数的定义（极限）"}),
    # 2ln(1+h)/h does not divide out: no limit-definition chain (it would need a limit it does not prove)
    ("求曲线 $y=2\\ln(x+1)$ 在点 $(0,0)$ 处的切线方程。", "y=2x", {"导数的几何意义"}),
    # e^x - ax ≥ 0 on x > 0: a ≤ e^x/x, smallest e at x = 1 (reached, ≥ allows it); the tangent from O touches
    # y = e^x at t = 1 (e^t(0 - t) = -e^t), slope e, and e^x is convex
    ("已知 $f(x)=e^x-ax$，若 $f(x)\\ge 0$ 对一切 $x>0$ 恒成立，求 $a$ 的取值范围。", "a\\le e",
     {"分离参数，求新函数的最值", "数形结合（过定点的切线）"}),
    # f(0) = 0 for every a: f'(0) = 3 - a = 0; y = e^{3x} - 1 is convex, its tangent at the origin has slope 3
    ("已知函数 $f(x)=e^{3x}-ax-1$，若 $f(x)\\ge 0$ 对一切实数 $x$ 恒成立，求实数 $a$ 的值。", "3",
     {"必要性探路，再验证充分性", "数形结合（切线）"}),
    # f' = 1 - 1/x: the minimum f(1) = -1 < 0, and f → +∞ at 0+ and at +∞: one zero on each side, 2
    ("函数 $f(x)=x-2-\\ln x$ 有几个零点？", "2", {"由单调性和端点符号判断", "由最值判断"}),
    # a/x: the parameter's term is no line, so no picture with a line; a ≥ -x ln x, largest 1/e at x = 1/e
    ("Let f(x) = ln x + a/x. If f(x) ≥ 0 for all x > 0, find the range of a.", "a\\ge e^{-1}",
     {"分离参数，求新函数的最值"}),
    # chain rule: 5(2x+1)^4 · 2; expanded, 32x^5 + 80x^4 + … differentiates to the same 10(2x+1)^4
    ("求函数 $y=(2x+1)^5$ 的导数。", "10(2x+1)^4", {"求导法则", "展开后逐项求导"}),
    # product rule: (x^2 - 2) + (x + 1)·2x; expanded, x^3 + x^2 - 2x - 2 gives 3x^2 + 2x - 2
    ("求函数 $f(x)=(x+1)(x^2-2)$ 的导数。", "3x^2+2x-2", {"求导法则", "展开后逐项求导"}),
    # quotient rule: ((x^2+1) - x·2x)/(x^2+1)^2; not a polynomial, so nothing to expand
    ("求函数 $f(x)=\\frac{x}{x^2+1}$ 的导数。", "\\frac{1-x^2}{(x^2+1)^2}", {"求导法则"}),
])
def test_genuinely_different_methods_are_each_verified(text, answer, methods):
    solutions = solve_symbolically(text, max_methods=6, lang="zh" if "求" in text else "en")
    verified = {s["method"].split(" / ")[0] for s in solutions if s["verified"]}
    assert verified == methods, [(s["method"], s["verified"]) for s in solutions]
    assert all(grade(answer, s["final_answer"]).correct for s in solutions), [s["final_answer"] for s in solutions]


def test_a_monotonic_chain_opens_with_the_idea_and_checks_the_sign_claim():
    (first,) = solve_symbolically("求函数 $f(x)=x^3-12x$ 的单调递减区间。", max_methods=1)
    assert first["verified"] and grade("(-2,2)", first["final_answer"]).correct
    assert first["steps"][0]["question"].endswith("？") and not first["steps"][0]["claim"]
    sign = first["steps"][-1]
    assert "\\Leftrightarrow" in sign["claim"] and sign["verdict"]["status"] == "verified"
