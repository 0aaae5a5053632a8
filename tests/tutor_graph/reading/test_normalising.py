"""Exam noise off: numbering, scores, blanks, options, LaTeX wrappers, full width, OCR spaces."""

import pytest

from tutor_graph.reading import normalise_exam, read

CASES = [  # (raw, what the normalised text must contain, what it must not)
    ("13. (5 分) 已知 $x>0$, 则 $x+1=$ (\\quad)", "已知 x>0, 则 x+1= ____", "5 分"),
    ("1. （5 分) 设 $a=1$，求 $a+1$ 的值", "设 a=1，求 a+1 的值", "（5"),
    ("若 $\\vec{a}=(1,2)$, $\\overrightarrow{b}=(3,4)$, 则 $\\vec a \\cdot \\vec b=$", "a \\cdot b=", "\\vec"),
    ("$z=1+\\mathrm{i}$", "z=1+i", "mathrm"),
    ("$\\left\\{\\begin{array}{l} x>1 \\end{array}\\right.$", "\\{", "\\left"),
    ("$x \\leqslant 2$ 且 $y \\geqslant 1$", "x \\le 2 且 y \\ge 1", "slant"),
    ("已知ｘ＋ｙ＝１，求ｘｙ的最大值", "x+y=1", "＋"),
    ("在 $\\triangle A B C$ 中, $A B=2$", "ABC", "A B C"),
    ("平面直角坐标系 $x O y$ 中", "xOy", "x O y"),
    ("$2 x+1=3$", "2x+1=3", "2 x"),
    ("(√5+i)(√5−2i)=", "(√5+i)(√5-2i)=", "−"),
    ("可 以用随机模拟", "可以用随机模拟", "可 以"),
    # the complement as printed (C_R A) and as OCR reads ∁ (\oint_U); "A ∪ B = R" is the set of reals
    ("已知集合 $A=\\{x \\mid x>2\\}$, 则 $C_{R} A=$", "\\complement_{R} A", "C_{R}"),
    ("则 $\\oint_{U}(A \\cup B)=$", "\\complement_{U}(A \\cup B)", "oint"),
    ("则 $A \\cup B=R$", "A \\cup B=\\mathbb{R}", "B=R"),
]


@pytest.mark.parametrize(("raw", "kept", "gone"), CASES)
def test_exam_noise_is_normalised(raw, kept, gone):
    assert gone in raw  # the case really carries the noise
    text = normalise_exam(raw).text
    assert kept in text and gone not in text


def test_options_are_parsed_into_a_dict_and_left_out_of_the_stem():
    raw = "2. 若 $z=1+\\mathrm{i}$, 则 $z^2=(\\quad)$\nA. $2 \\mathrm{i}$\nB. 2\nC. $-2 \\mathrm{i}$\nD. $-2$\n"
    done = normalise_exam(raw)
    assert done.options == {"A": "2i", "B": "2", "C": "-2i", "D": "-2"}
    assert "A." not in done.text and done.blanks == 1
    assert read(raw)["options"] == done.options


def test_inline_options_are_parsed_too():
    done = normalise_exam("函数 y=x^2 的最小值是 A. 0 B. 1 C. 2 D. 3")
    assert done.options == {"A": "0", "B": "1", "C": "2", "D": "3"}


@pytest.mark.parametrize("junk", ["", "   ", "。。。", "A. B. C. D.", "$$$", "\\frac{", "((((", "x" * 5000, "a与" * 1000 + "垂直",
                                  "过" + "a" * 3990, "求" + "x+" * 1500, ("x" * 50 + "与") * 60 + "夹角为 1"])
def test_odd_text_never_raises(junk):
    reading = read(junk)
    assert reading["complete"] is False or reading["goals"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("$(\\vec a+\\vec b)\\perp\\vec a$", "(a+b)\\perp a"),
    ("$\\vec{a}\\cdot\\vec{b}=1$", "a\\cdot b=1"),
    ("$\\overrightarrow{AB}\\cdot\\overrightarrow{AC}$", "AB\\cdot AC"),
])
def test_a_vector_after_a_command_keeps_its_space(raw, expected):
    assert raw != expected
    assert normalise_exam(raw).text == expected
