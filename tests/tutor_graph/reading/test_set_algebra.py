"""Sets of numbers: the option equal to the asked set (∩, ∪, complement), or the one true statement about sets.

Each kind in exam LaTeX, plain textbook Chinese and English; a planted wrong option set gives no letter.
"""

import pytest

from tutor_graph.reading.set_algebra import parse_set

from .exam_helpers import answered, assert_answers

PHRASINGS = {
    "intersection": [("1.已知集合 $M=\\{x \\mid-3<x<2\\}, N=\\left\\{x \\mid x^{2}-x-6<0\\right\\}$, 则 $M \\cap N=$\n"
                      "A. $\\{x \\mid-3<x<3\\}$\nB. $\\{x \\mid-3<x<-2\\}$\nC. $\\{x \\mid-2<x<2\\}$\nD. $\\{x \\mid 2<x<3\\}$", "C"),
                      ("已知集合 A={x | x^2-4x+3<0}, B={x | 2x-3>0}, 则 A \\cap B= A. (1, 3/2) B. (3/2, 3) C. (-3, 3/2) D. (1, 3)", "B"),
                      ("Let M={1,2,3} and N={x | (x+1)(x-2)<0, x \\in Z}. Find M \\cup N.\nA. {1}\nB. {1,2}\nC. {0,1,2,3}\nD. {-1,0,1,2,3}", "C")],
    "complement": [("2. 已知集合 $A=\\left\\{x \\mid x^{2}-x-2>0\\right\\}$, 则 $\\complement_{R} A=(\\quad)$\nA. $\\{x \\mid-1<x<2\\}$\n"
                    "B. $\\{x \\mid-1 \\leqslant x \\leqslant 2\\}$\nC. $\\{x \\mid x<-1\\} \\cup\\{x \\mid x>2\\}$\nD. $\\{x \\mid x \\leqslant-1\\} \\cup\\{x \\mid x \\geqslant 2\\}$", "B"),
                   ("已知集合 U={-2,-1,0,1,2,3}, A={-1,0,1}, B={1,2}, 则 \\complement_U(A \\cup B)= A. {-2,3} B. {-2,2,3} C. {-2,-1,0,3} D. {-2,-1,0,2,3}", "A"),
                   ("Let U={1,2,3,4,5} and M={1,3}. Find \\complement_U M.\nA. {2,4,5}\nB. {1,3}\nC. {2,4}\nD. {1,2,3,4,5}", "A")],
    "statement": [("1. 已知集合 $A=\\left\\{x \\mid x^{2}-2 x>0\\right\\}, B=\\{x \\mid-\\sqrt{5}<x<\\sqrt{5}\\}$, 则（）\nA. $A \\cap B=\\emptyset$\nB. $A \\cup B=R$\nC. $B \\subseteq A$\nD. $A \\subseteq B$", "B"),
                  ("已知集合 A={x | x<1}, B={x | 3^x<1}, 则 A. A ∩ B={x | x<0} B. A ∪ B=R C. A ∪ B={x | x>1} D. A ∩ B=∅", "A"),
                  ("Let A={x | x>1} and B={x | x>2}. Which is true? A. A \\subseteq B B. B \\subseteq A C. A \\cap B=\\emptyset D. A \\cup B=R", "B")],
}
CASES = [(kind, text, ref) for kind, cases in PHRASINGS.items() for text, ref in cases]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_set_phrasing_is_answered(kind, text, expected):
    assert text != expected
    assert_answers(text, expected)


def test_each_kind_has_three_phrasings():
    assert all(len(cases) >= 3 for cases in PHRASINGS.values())


def test_sets_are_read_as_sympy_sets():
    import sympy as sp

    assert parse_set("\\{x \\mid x^{2}-x-6<0\\}", {}) == sp.Interval.open(-2, 3)
    assert list(parse_set("\\{x \\mid (x+1)(x-2)<0, x \\in Z\\}", {})) == [0, 1]
    assert parse_set("\\{x \\mid x \\le -1\\} U\\{x \\mid x \\ge 2\\}", {}) == sp.Union(sp.Interval(-sp.oo, -1), sp.Interval(2, sp.oo))


def test_a_wrong_option_set_gives_no_letter():
    _, first = answered("已知集合 A={x | x^2-4x+3<0}, B={x | 2x-3>0}, 则 A \\cap B= A. (1, 3/2) B. (3/2, 2) C. (-3, 3/2) D. (1, 3)")
    assert first is None
