"""Triangles through the law of cosines: sides named a, b, c or by their ends (AB, BC, CA), cosines and half angles."""

import pytest

from tutor_graph.reading import back_substitute, read

from .exam_helpers import answered, assert_answers

PHRASINGS = {
    "side": [("6. 在 $\\triangle A B C$ 中, $\\cos \\frac{C}{2}=\\frac{\\sqrt{5}}{5}, B C=1, A C=5$, 则 $A B=（ ）$\nA. $4 \\sqrt{2}$\nB. $\\sqrt{30}$\nC. $\\sqrt{29}$\nD. $2 \\sqrt{5}$", "A"),
             ("在 △ABC 中, 角 A, B, C 的对边分别为 a, b, c, 已知 a=3, b=4, \\cos C=\\frac{2}{3}, 求 c", "3"),
             ("In triangle ABC, a=3, b=4 and \\cos C=2/3. Find c.", "3")],
    "cosine": [("7. 在 $\\triangle A B C$ 中, $\\cos C=\\frac{2}{3}, A C=4, B C=3$, 则 $\\cos B=(\\quad)$\nA. $\\frac{1}{9}$\nB. $\\frac{1}{3}$\nC. $\\frac{1}{2}$\nD. $\\frac{2}{3}$", "A"),
               ("13. $\\triangle A B C$ 的内角 $A, B, C$ 的对边分别为 $a, b, c$, 若 $\\cos A=\\frac{4}{5}, \\cos C=\\frac{5}{13}$ , $a=1$, 则 $b=$", "\\frac{21}{13}"),
               ("在 △ABC 中, AB=5, AC=3, BC=7, 求 \\cos A", "-\\frac{1}{2}")],
}
CASES = [(kind, text, ref) for kind, cases in PHRASINGS.items() for text, ref in cases]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_triangle_phrasing_is_answered(kind, text, expected):
    assert text != expected
    assert_answers(text, expected)


def test_each_kind_has_three_phrasings():
    assert all(len(cases) >= 3 for cases in PHRASINGS.values())


def test_sides_named_by_their_ends_are_read_as_a_b_c():
    reading = read("在 △ABC 中, \\cos C=\\frac{2}{3}, AC=4, BC=3, 则 \\cos B=")
    assert reading["complete"]
    assert {"a=3", "b=4"} <= {g["claim"] for g in reading["givens"]}


def test_another_point_keeps_side_names_unread():
    # D is another point: AB, BC are not the triangle's sides a, b, c only
    assert not read("在 △ABC 中, D 为 BC 的中点, AB=2, AC=4, 则 AD=")["complete"]


def test_a_planted_wrong_side_is_refuted():
    reading = read("在 △ABC 中, 角 A, B, C 的对边分别为 a, b, c, 已知 a=3, b=4, \\cos C=\\frac{2}{3}, 求 c")
    assert back_substitute(reading, "c=4").status == "refuted"
    _, first = answered("在 △ABC 中, 角 A, B, C 的对边分别为 a, b, c, 已知 a=3, b=4, \\cos C=\\frac{2}{3}, 求 c")
    assert first is not None and first["final_answer"].strip("$") == "3"
