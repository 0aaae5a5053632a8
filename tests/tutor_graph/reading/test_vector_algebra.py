"""Vectors without coordinates: lengths, dot products, cosines, angles and parameters of combinations of a, b.

Each kind in exam LaTeX, plain textbook Chinese and English; planted wrong answers never pass.
"""

import pytest

from tutor_graph.reading import read
from tutor_graph.reading.verifying import decide_verified

from .exam_helpers import answered, assert_answers

PHRASINGS = {
    "length": [("13. （5 分）已知向量 $\\vec{a}, \\vec{b}$ 夹角为 $60^{\\circ}$, 且 $|\\vec{a}|=1,|2 \\vec{a}-\\vec{b}|=2$, 则 $|\\vec{b}|=$", "2"),
               ("已知向量 a, b 满足 |a|=1, |b|=2, a 与 b 的夹角为 120°, 求 |a+b|", "\\sqrt{3}"),
               ("Let a, b be unit vectors with |a+b|=1. Find |a-b|.", "\\sqrt{3}")],
    "dot": [("3. 已知向量 $\\vec{a}, \\vec{b}$ 满足 $|\\vec{a}|=2,|\\vec{b}|=1,|\\vec{a}+2 \\vec{b}|=2 \\sqrt{3}$, 则 $\\vec{a} \\cdot \\vec{b}=()$\nA. -1\nB. 0\nC. 1\nD. 2", "C"),
            ("设向量 a, b 的夹角的余弦值为 \\frac{1}{2}, 且 |a|=2, |b|=1, 求 (a+b) \\cdot b", "2"),
            ("Vectors a and b satisfy |a|=1, |b|=2, and the angle between a and b is 60°. Find |a-b|.", "\\sqrt{3}")],
    "parameter": [("13. 已知单位向量 $a, b$ 的夹角为 $60^{\\circ}, k a-b$ 与 $a$ 垂直, 则 $k=$", "\\frac{1}{2}"),
                  ("已知两个单位向量 a, b 的夹角为 60°, c=t a+(1-t) b, 若 b \\cdot c=0, 则 t=", "2"),
                  ("已知 a, b 为单位向量, 且 a \\cdot b=0, 若 c=2a-\\sqrt{5} b, 则 \\cos \\langle a, c\\rangle=", "\\frac{2}{3}")],
    "angle": [("7.已知非零向量 $\\boldsymbol{a}, \\boldsymbol{b}$ 满足 $|a|=2|b|$, 且 $(\\boldsymbol{a}-\\boldsymbol{b}) \\perp \\boldsymbol{b}$, 则 $\\boldsymbol{a}$ 与 $\\boldsymbol{b}$ 的夹角为\n"
               "A. $\\frac{\\pi}{6}$\nB. $\\frac{\\pi}{3}$\nC. $\\frac{2 \\pi}{3}$\nD. $\\frac{5 \\pi}{6}$", "B"),
              ("已知非零向量 a, b 满足 |a|=2|b|, 且 (a-b) ⊥ b, 求 a 与 b 的夹角", "\\frac{\\pi}{3}"),
              ("已知向量 a, b 满足 |a|=1, |b|=\\sqrt{2}, 且 a ⊥ (a+b), 求 a 与 b 的夹角", "\\frac{3\\pi}{4}")],
}
CASES = [(kind, text, ref) for kind, cases in PHRASINGS.items() for text, ref in cases]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_vector_phrasing_is_answered(kind, text, expected):
    assert text != expected
    assert_answers(text, expected)


def test_each_kind_has_three_phrasings():
    assert all(len(cases) >= 3 for cases in PHRASINGS.values())


def test_lengths_that_no_real_vectors_have_give_no_answer():
    # |a| = 1, |b| = 1 and |a + b| = 3 is impossible (|a + b| ≤ 2): nothing is answered
    _, first = answered("已知 a, b 为单位向量, 且 |a+b|=3, 则 |a-b|=")
    assert first is None


def test_a_wrong_option_set_gives_no_letter():
    _, first = answered("已知向量 a, b 满足 |a|=2, |b|=1, |a+2b|=2\\sqrt{3}, 则 a \\cdot b= (\\quad)\nA. -1\nB. 0\nC. 2\nD. 3")
    assert first is None


def test_coordinates_keep_the_coordinate_reading():
    reading = read("已知向量 a=(1,2), b=(2,-2), 若 a ⊥ (a+k b), 则 k=")
    assert all(o["value"] for o in reading["objects"] if o["kind"] == "vector")


def test_a_complete_coordinate_free_reading_is_not_verified_by_substitution():
    """The checker would read |a|, a·b as numbers: back-substitution says so instead of deciding."""
    reading = read("已知向量 a, b 夹角为 45°, 且 |a|=1, |2a-b|=\\sqrt{10}, 则 |b|=")
    assert reading["complete"]
    step = {"question": "?", "answer": "", "claim": "1+1=2", "verdict": {"status": "verified", "reason": "", "counterexample": None}}
    ok, why = decide_verified([step], "3\\sqrt{2}", reading, reference_agrees=True)
    assert not ok and "坐标" in why


def test_a_relation_in_the_clause_of_the_coordinates_keeps_the_coordinate_claim():
    reading = read("已知向量 a=(1,2), b=(m,1) 且 a ⊥ b, 则 m=")
    assert not any("\\cdot" in g["claim"] for g in reading["givens"])
