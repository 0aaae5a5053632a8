"""Paraphrase tests: every general strategy in several phrasings (exam LaTeX, plain textbook Chinese, English).

Each problem is read, answered by the strategies in a checker worker (the task `reading.answer`), and the
final answer graded against the expected one; every chain must be verified step by step.
"""

import pytest

from tutor_graph.checks import grade, run_bounded
from tutor_graph.reading import back_substitute, read

PHRASINGS = {
 "evaluate": [("13. (5 分) $(\\sqrt{5}+\\mathrm{i})(\\sqrt{5}-2 \\mathrm{i})=$ (\\quad)", "7-\\sqrt5 i"),
              ("计算 sin 15° · cos 15°", "1/4"), ("Compute sin(15°)cos(15°).", "1/4"),
              ("计算定积分 ∫_0^1 (2x + 1) dx", "2"), ("$\\int_{0}^{1}(2 x+1) d x=$", "2"), ("Evaluate \\int_0^1 (2x+1) dx", "2"),
              ("Find the limit of sin(3x)/x as x approaches 0", "3"), ("求极限 \\lim_{x\\to 0} \\frac{\\sin 3x}{x}", "3"), ("$\\lim _{x \\rightarrow 0} \\frac{\\sin 3 x}{x}=$", "3"),
              ("等比数列 {a_n} 的首项为 3，公比为 2，求前 6 项和 S_6", "189"), ("已知等比数列 $\\{a_{n}\\}$ 中 $a_{1}=3$, $q=2$, 则 $S_{6}=$", "189"),
              ("In a geometric sequence {a_n}, a_1=3 and q=2. Find S_6.", "189"),
              ("已知 f(x)=x^2+1, 则 f(2)=", "5"), ("设函数 $f(x)=x^{2}+1$, 则 $f(2)=$ ____", "5"), ("Let f(x)=x^2+1. Find f(2).", "5"),
              ("计算 \\log_2 8 + \\lg 100", "5")],
 "solve": [("已知向量 a=(-1,2), b=(m,1), 若向量 a+b 与 a 垂直, 则 m=", "7"),
           ("已知向量 $\\vec{a}=(-1,2), \\vec{b}=(m, 1)$. 若向量 $\\vec{a}+\\vec{b}$ 与 $\\vec{a}$ 垂直, 则 $m=$", "7"),
           ("Given vectors a=(-1,2), b=(m,1). If a+b ⊥ a, find m.", "7"),
           ("Solve the system of equations x + y = 5, x - y = 1", "x=3,y=2"), ("解方程组 x+y=5, x-y=1", "x=3,y=2"),
           ("解方程 x^2-5x+6=0", "x=2 或 x=3"), ("Solve x^2-5x+6=0.", "x=2 或 x=3"), ("方程 $x^{2}-5 x+6=0$ 的解为", "x=2 或 x=3"),
           ("若 2x+3=7，则 x=", "2"), ("已知 $2 x+3=7$, 则 $x=$ ____", "2"), ("If 2x+3=7, find x.", "2")],
 "optimise": [("已知 x > 0，y > 0，且 x + y = 1，求 1/x + 1/y 的最小值", "4"),
              ("若 $x>0, y>0$, 且 $x+y=1$, 则 $\\frac{1}{x}+\\frac{1}{y}$ 的最小值为", "4"),
              ("Given x>0, y>0 and x+y=1, find the minimum value of 1/x+1/y.", "4"),
              ("已知函数 f(x)=x^3-3x，求 f(x) 在 [0,2] 上的最大值", "2"), ("函数 $f(x)=x^{3}-3 x$ 在区间 $[0,2]$ 上的最大值为", "2"),
              ("Find the maximum value of f(x)=x^3-3x on [0,2].", "2")],
 "choice": [("2. 若 $z=1+\\mathrm{i}$, 则 $z^2=(\\quad)$\nA. $2 \\mathrm{i}$\nB. 2\nC. $-2 \\mathrm{i}$\nD. $-2$", "A"),
            ("计算 (1+i)^2 的值是 A. 2i B. 2 C. -2i D. -2", "A"), ("What is (1+i)^2? A. 2i B. 2 C. -2i D. -2", "A")],
 "count": [("How many positive divisors does 360 have?", "24"), ("360 的正约数有多少个？", "24"), ("求 $360$ 的正因数的个数", "24")],
 "angle": [("已知向量 a = (1, 1)，b = (1, 0)，求 a 与 b 的夹角", "\\frac{\\pi}{4}"), ("已知 $\\vec a=(1,1), \\vec b=(1,0)$, 则 $\\vec a$ 与 $\\vec b$ 的夹角为", "\\frac{\\pi}{4}"),
           ("Given vectors a=(1,1), b=(1,0), find the angle between a and b.", "\\frac{\\pi}{4}")],
}

CASES = [(kind, text, ref) for kind, cases in PHRASINGS.items() for text, ref in cases]


def test_each_strategy_has_at_least_three_phrasings():
    assert all(len(cases) >= 3 for cases in PHRASINGS.values())


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_strategy_answers_the_phrasing(kind, text, expected):
    reading = read(text)
    assert reading["complete"], reading["unread"]
    solutions = run_bounded("reading.answer", reading, "zh", timeout_s=120)
    assert solutions, f"no strategy answered {text!r}"
    first = solutions[0]
    assert grade(expected, first["final_answer"]).correct, first["final_answer"]
    assert first["verified"]
    claimed = [s for s in first["steps"] if s["claim"]]
    assert claimed and all(s["verdict"]["status"] == "verified" for s in claimed)
    assert all(s["question"].endswith(("？", "?")) for s in first["steps"])
    for step in first["steps"]:  # hints never state the step's answer
        assert all(step["answer"].strip("$") not in hint for hint in step["hints"])
    if not reading["options"]:  # the answer never breaks a given (undecided is honest: e.g. a sequence's conditions)
        assert back_substitute(reading, first["final_answer"]).status != "refuted"


MORE = {
    "sequence": [("记 $S_{n}$ 为等比数列 $\\{a_{n}\\}$ 的前 $n$ 项和. 若 $a_{1}=\\frac{1}{3}, a_{4}^{2}=a_{6}$, 则 $S_{5}=$",
                  "\\frac{121}{3}"),
                 ("设等比数列 {a_n} 满足 a_1+a_2=-1, a_1-a_3=-3, 求 a_4", "-8"),
                 ("In an arithmetic sequence {a_n}, a_4+a_5=24 and S_6=48. Find the common difference.", "4")],
    "complex_part": [("复数 $\\frac{2+\\mathrm{i}}{1-2 \\mathrm{i}}$ 的共轭复数是 (\\quad)", "-i"),
                     ("求复数 1/(1-3i) 的虚部", "\\frac{3}{10}"),
                     ("Find the imaginary part of 1/(1-3i).", "\\frac{3}{10}")],
    "tangent": [("曲线 $y=\\frac{x}{x+2}$ 在点 $(-1,-1)$ 处的切线方程为", "y=2x+1"),
                ("求曲线 y=x^2 在点 (1,1) 处的切线方程", "y=2x-1"),
                ("Find the tangent line to y=x^2 at the point (1,1).", "y=2x-1")],
    "coefficient": [("$(x^{2}+\\frac{2}{x})^{5}$ 的展开式中 $x^{4}$ 的系数为", "40"),
                    ("求 (1+x)^6 的展开式中 x^2 的系数", "15"),
                    ("Find the coefficient of x^2 in the expansion of (1+x)^6.", "15")],
}
MORE_CASES = [(kind, text, ref) for kind, cases in MORE.items() for text, ref in cases]


@pytest.mark.parametrize(("kind", "text", "expected"), MORE_CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MORE_CASES)])
def test_more_strategies_answer_the_phrasing(kind, text, expected):
    test_strategy_answers_the_phrasing(kind, text, expected)


STATEMENTS = [
    ("7. 设 $a=\\log _{3} 6, b=\\log _{5} 10, c=\\log _{7} 14$, 则 (\\quad)\nA. $c>b>a$\nB. $b>c>a$\nC. $a>c>b$\nD. $a>b>c$", "D"),
    ("已知 a=2^{0.3}, b=0.3^2, c=\\log_2 0.3，则下列关系正确的是 A. a<b<c B. c<b<a C. c<a<b D. b<c<a", "B"),
    ("Let a=log_2 0.2, b=2^{0.2}, c=0.2^{0.3}. Which is true? A. a<b<c B. a<c<b C. c<a<b D. b<c<a", "B"),
    ("已知 a=2^{0.3}, b=0.3^2, c=\\log_2 0.3，则下列关系错误的是 A. c<b<a B. c<a C. b<a D. a<b", "D"),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_options_that_are_statements_are_judged(text, expected):
    test_strategy_answers_the_phrasing("choice", text, expected)


COMPLEX_UNKNOWNS = [
    ("设复数 $z$ 满足 $(1-\\mathrm{i}) z=2 \\mathrm{i}$, 则 $z=(\\quad)$\nA. $-1+\\mathrm{i}$\nB. $-1-\\mathrm{i}$\nC. $1+\\mathrm{i}$\nD. $1-\\mathrm{i}$", "A"),
    ("已知复数 z 满足 (1+i)z=2i，求 |z|", "\\sqrt{2}"),
    ("The complex number z satisfies (1-i)z=2i. Find z.", "-1+i"),
]


@pytest.mark.parametrize(("text", "expected"), COMPLEX_UNKNOWNS)
def test_a_complex_unknown_is_solved(text, expected):
    test_strategy_answers_the_phrasing("value", text, expected)
