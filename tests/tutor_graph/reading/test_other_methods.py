"""一题多解 in the general strategies: second methods are other ideas, checked, graded against the first answer."""

from __future__ import annotations

import pytest

from tutor_graph.checks import grade
from tutor_graph.reading import read
from tutor_graph.reading.complex_methods import by_parts, quotient
from tutor_graph.reading.other_methods import other_methods
from tutor_graph.reading.strategies import _reading_step, answer
from tutor_graph.reading.verifying import decide_verified
from tutor_graph.specialist.phrasing_lint import lint_chain


@pytest.fixture(autouse=True)
def _no_budget(monkeypatch):
    """The second methods' time budget is the product's; here every method is built, however busy the machine."""
    from tutor_graph.reading import strategies

    monkeypatch.setattr(strategies, "OTHER_METHODS_BUDGET_S", 1e6)


# (problem as an exam prints it, answer, name of the second method)
CASES = [
    ("复数 $\\frac{3+i}{1+i}=$", "2-i", "设 a+bi，比较实部虚部"),
    ("设复数 $z$ 满足 $(1-i) z=2 i$, 则 $z=$", "-1+i", "设 a+bi，比较实部虚部"),
    ("复数 $\\frac{1}{1-3 i}$ 的虚部是", "\\frac{3}{10}", "设 a+bi，比较实部虚部"),
    ("若 $z=1+i$ ，则 $\\left|z^{2}-2 z\\right|=$", "2", "用模的性质"),
    ("$(x-y)(x+y)^{8}$ 的展开式中 $x^{2} y^{7}$ 的系数为", "-20", "通项公式法"),
    ("$\\left(x^{2}+\\frac{2}{x}\\right)^{6}$ 的展开式中常数项是", "240", "通项公式法"),
    ("$(x+a)^{10}$ 的展开式中, $x^{7}$ 的系数为 15 , 则 $a=$", "\\frac{1}{2}", "通项公式法"),
    ("已知集合 $M=\\left\\{x \\mid(x-1)^{2}<4, x \\in R\\right\\}, N=\\{-1,0,1,2,3\\}$, 则 $M \\cap N=(\\quad)$\n"
     "A. $\\{0,1,2\\}$\nB. $\\{-1,0,1,2\\}$\nC. $\\{-1,0,2,3\\}$\nD. $\\{0,1,2,3\\}$\n", "A", "逐个检验元素"),
    ("从 2 位女生, 4 位男生中选 3 人参加科技比赛, 且至少有 1 位女生入选，则不同的选法共有种.", "16", "直接法"),
    ("4 名同学到 3 个小区参加垃圾分类宣传活动, 每名同学只去 1 个小区, 每个小区至少安排 1 名同学, 则不同的安排方法共有种.",
     "36", "先分组，再分配"),
    ("投篮测试中, 每人投 3 次, 至少投中 2 次才能通过测试. 已知某同学每次投篮投中的概率为 0.6 , 且各次投篮是否投中相互独立, "
     "则该同学通过测试的概率为", "0.648", "对立事件"),
    ("若 $z=1+2 i$, 则 $\\frac{4 i}{z \\cdot \\bar{z}-1}=$", "i", "用 z·z̄=|z|²"),
    ("设 $(1+i) x=1+y i$, 其中 $x, y$ 是实数, 则 $|x+y i|=(\\quad)$\nA. 1\nB. $\\sqrt{2}$\nC. $\\sqrt{3}$\nD. 2\n", "B",
     "复数相等"),
    ("已知 $z=1-2 i$ ，且 $z+a \\bar{z}+b=0$ ，其中 $a, b$ 为实数，则（)\nA. $a=1, b=-2$\nB. $a=-1, b=2$\n"
     "C. $a=1, b=2$\nD. $a=-1, b=-2$\n", "A", "复数相等"),
    ("已知向量 $\\vec{a}=(1, m), \\vec{b}=(3,-2)$, 且 $(\\vec{a}+\\vec{b}) \\perp \\vec{b}$, 则 $m=$", "8", "用数量积的运算律展开"),
    ("设向量 $\\vec{a}=(m, 1), \\vec{b}=(1,2)$, 且 $|\\vec{a}+\\vec{b}|^{2}=|\\vec{a}|^{2}+|\\vec{b}|^{2}$, 则 $m=$", "-2",
     "用数量积的运算律展开"),
    ("设集合 $A=\\left\\{x \\mid x^{2}-4 x+3<0\\right\\}, B=\\{x \\mid 2 x-3>0\\}$, 则 $A \\cap B=(\\quad)$\n"
     "A. $\\left(-3,-\\frac{3}{2}\\right)$\nB. $\\left(-3, \\frac{3}{2}\\right)$\nC. $\\left(1, \\frac{3}{2}\\right)$\n"
     "D. $\\left(\\frac{3}{2}, 3\\right)$\n", "D", "特值检验"),
    # tan given: the asked value made an expression of tan alone (弦化切), beside solving for the angle
    ("若 $\\tan a=\\frac{3}{4}$, 则 $\\cos ^{2} a+2 \\sin 2 a=$", "\\frac{64}{25}", "弦化切"),
    ("已知 $\\tan\\theta=-2$，则 $\\sin 2\\theta+\\cos^2\\theta=$", "-\\frac{3}{5}", "弦化切"),
    # a complement and a complement of a union: each wrong option ruled out by one membership
    ("已知集合 $A=\\{x \\mid x^{2}-x-2>0\\}$, 则 $C_{R} A=(\\quad)$\nA. $\\{x \\mid-1<x<2\\}$\n"
     "B. $\\{x \\mid-1 \\leqslant x \\leqslant 2\\}$\nC. $\\{x \\mid x<-1\\} \\cup\\{x \\mid x>2\\}$\n"
     "D. $\\{x \\mid x \\leqslant-1\\} \\cup\\{x \\mid x \\geqslant 2\\}$\n", "B", "特值检验"),
    ("已知集合 $U=\\{-2,-1,0,1,2,3\\}, A=\\{-1,0,1\\}, B=\\{1,2\\}$, 则 $\\complement_{U}(A \\cup B)=(\\quad)$\n"
     "A. $\\{-2,3\\}$\nB. $\\{-2,2,3\\}$\nC. $\\{-2,-1,0,3\\}$\nD. $\\{-2,-1,0,2,3\\}$\n", "A", "特值检验"),
    # triangles: two sides and the angle between them placed in coordinates; two angles and a side by the sines
    ("在 $\\triangle ABC$ 中, $\\cos C=\\frac{2}{3}, AC=4, BC=3$, 则 $\\cos B=$", "\\frac{1}{9}", "坐标法"),
    ("在 $\\triangle ABC$ 中, $\\cos \\frac{C}{2}=\\frac{\\sqrt{5}}{5}, BC=1, AC=5$, 则 $AB=$", "4\\sqrt{2}", "坐标法"),
    ("$\\triangle ABC$ 的内角 $A, B, C$ 的对边分别为 $a, b, c$, 若 $\\cos A=\\frac{4}{5}, \\cos C=\\frac{5}{13}$, $a=1$, "
     "则 $b=$", "\\frac{21}{13}", "正弦定理"),
]


@pytest.mark.parametrize(("text", "expected", "second"), CASES)
def test_a_second_verified_method_with_its_own_claims(text, expected, second):
    reading = read(text)
    solutions = answer(reading)
    assert len(solutions) >= 2, [s["method"] for s in solutions]
    first, other = solutions[0], next(s for s in solutions if s["method"].startswith(second))
    assert grade(expected, first["final_answer"]).correct and grade(expected, other["final_answer"]).correct
    assert first["verified"] and other["verified"]
    # the product's rule (back-substitution into the Reading) decides both alike: the same answer, other claims
    assert decide_verified(other["steps"], other["final_answer"], reading)[0] == \
        decide_verified(first["steps"], first["final_answer"], reading)[0]
    claims = {s["claim"] for s in first["steps"] if s["claim"]}
    own = {s["claim"] for s in other["steps"] if s["claim"]} - claims
    assert own and all(s["verdict"]["status"] == "verified" for s in other["steps"] if s["claim"] in own)


def test_a_choice_item_gets_the_same_letter_by_both_methods():
    text = "复数 $\\frac{2+i}{1-2 i}$ 的共轭复数是 $(\\quad)$\nA. $-\\frac{3}{5} i$\nB. $\\frac{3}{5} i$\nC. $-\\mathrm{i}$\nD. i\n"
    solutions = answer(read(text))
    assert [s["final_answer"] for s in solutions] == ["C", "C"] and all(s["verified"] for s in solutions)


def test_a_second_method_is_never_verified_against_a_wrong_first_answer():
    reading = read("复数 $\\frac{3+i}{1+i}=$")
    goal = reading["goals"][0]
    first = by_parts(reading, "value", goal["expression"], _reading_step)
    assert first is not None
    chain, shown = first
    assert grade("2-i", shown).correct
    chain.method = ("别的方法", "Another method")  # so the same method is offered as the second
    from tutor_graph.specialist.chain import verify

    others = other_methods(reading, (chain, "2+i"), _reading_step)  # a wrong first answer
    assert others and not any(verify(c, "zh")["verified"] for c, _ in others)


@pytest.mark.parametrize("text", [CASES[i][0] for i in (0, 3, 4, *range(7, len(CASES)))])
def test_second_methods_read_as_questions_a_teacher_asks(text):
    from tutor_graph.specialist.chain import Chain

    reading = read(text)
    first = (Chain(method=("第一种", "The first")), answer(reading)[0]["final_answer"])
    others = other_methods(reading, first, _reading_step)
    assert others
    for chain, _ in others:
        assert lint_chain(chain) == []


def test_no_second_method_where_there_is_nothing_to_divide():
    reading = read("若 $z=1+2 i$, 则 $\\frac{4 i}{z \\cdot \\bar{z}-1}=$")
    assert by_parts(reading, "value", reading["goals"][0]["expression"], _reading_step) is None
    assert quotient("\\frac{1}{2}+i") is None and quotient("\\frac{3+i}{1+i}") == ("3+i", "1+i")
