"""Back-substitution (代入检验) and the one verified rule, with the real math layer."""

import pytest

from tutor_graph.reading import back_substitute, decide_verified, read
from tutor_graph.result import Step

VECTORS = "已知向量 a=(-1,2), b=(m,1), 若向量 a+b 与 a 垂直, 则 m="
COMPLEX = "(√5+i)(√5−2i)="


def _step(claim: str, status: str = "verified") -> Step:
    return Step(question="？", answer=claim, claim=claim, source="symbolic", knowledge_points=[], hints=[],
                verdict={"status": status, "reason": "", "counterexample": None})


@pytest.mark.parametrize(("text", "wrong", "right"), [
    (VECTORS, "m=2", "m=7"),  # the specialist solved a ⊥ b: -m+2=0 is true, and m=2 was shown verified
    (COMPLEX, "i", "7-\\sqrt{5}i"),  # the specialist answered i
    ("已知向量 a=(1,2), b=(x,1), 且 a ∥ b, 求 x", "x=2", "\\frac12"),  # the kind: a relation on expressions
    ("等比数列 {a_n} 的首项为 3，公比为 2，求前 6 项和 S_6", "190", "189"),
    ("解方程 x^2-5x+6=0", "x=2", "x=2 或 x=3"),
    ("Solve the system of equations x + y = 5, x - y = 1", "x=2, y=3", "x=3, y=2"),
    # a coefficient given, multiplied out with the answer put in (`ax` is a·x inside the product)
    ("已知 $(x+a)^{10}$ 的展开式中, $x^{7}$ 的系数为 15, 则 $a=$", "a=1", "a=\\frac{1}{2}"),
    ("已知 $(1+ax)(1+x)^{5}$ 的展开式中 $x^{2}$ 的系数为 5, 则 $a=$", "a=1", "a=-1"),
    # sets given by conditions: the asked intersection compared as intervals
    ("已知集合 $M=\\{x \\mid -4<x<2\\}$, $N=\\{x \\mid x^{2}-x-6<0\\}$, 则 $M \\cap N=$",
     "\\{x \\mid -2<x<3\\}", "\\{x \\mid -2<x<2\\}"),
    # the complement as older textbooks print it, C_R A
    ("已知集合 $A=\\left\\{x \\mid x^{2}-x-2>0\\right\\}$, 则 $C_{R} A=$", "\\{x \\mid -1<x<2\\}",
     "\\{x \\mid -1 \\le x \\le 2\\}"),
    # an option with a counting word: "36 种" is the number 36
    ("安排 3 名志愿者完成 4 项工作, 每人至少完成 1 项, 每项工作由 1 人完成, 则不同的安排方式共有（ ） "
     "A. 12 种 B. 18 种 C. 24 种 D. 36 种", "A", "D"),
])
def test_back_substitution_refuses_the_wrong_answer_and_keeps_the_right_one(text, wrong, right):
    reading = read(text)
    assert reading["complete"]
    assert back_substitute(reading, wrong).status == "refuted"
    assert back_substitute(reading, right).status == "verified"


def test_a_planted_wrong_answer_whose_steps_are_all_true_is_refused():
    """Every step of the a ⊥ b chain is a true statement; only back-substitution sees the wrong problem."""
    steps = [_step("-m+2=0 \\Rightarrow m=2")]
    from tutor_graph.checks import check_step

    assert check_step(steps[0]["claim"]).status == "verified"  # the planted chain really is true
    ok, why = decide_verified(steps, "m=2", read(VECTORS))
    assert not ok and "代入" in why
    assert decide_verified([_step("7-m=0 \\Rightarrow m=7")], "m=7", read(VECTORS))[0]


@pytest.mark.parametrize("text", [
    # (the vector example that stood here is now read completely: see test_vector_algebra, never verified there)
    "已知函数 f(x) 是奇函数, 当 x>0 时 f(x)=x^2, 则 f(-1)=",
    "若函数 f(x)=(1-x^2)(x^2+ax+b) 的图象关于直线 x=-2 对称, 则 f(x) 的最大值为",
    "某种种子每粒发芽的概率都为 0.9, 现播种了 1000 粒, 则 X 的数学期望为",
])
def test_partial_readings_are_never_verified(text):
    reading = read(text)
    assert not reading["complete"] and reading["unread"]
    ok, why = decide_verified([_step("1+1=2")], "2", reading, reference_agrees=True)
    assert not ok and "partial" in why


def test_the_rule_needs_every_claim_and_the_reference():
    reading = read("解方程 x^2-5x+6=0")
    answer = "x=2 或 x=3"
    assert decide_verified([_step("x^2-5x+6=0 ⇔ x=2 或 x=3")], answer, reading)[0]
    assert not decide_verified([_step("x^2-5x+6=0 ⇔ x=2 或 x=3", "unknown")], answer, reading)[0]
    assert not decide_verified([_step("x^2-5x+6=0 ⇔ x=2 或 x=3")], answer, reading, reference_agrees=False)[0]
    assert not decide_verified([_step("x^2-5x+6=0 ⇔ x=2 或 x=3")], "", reading)[0]
