"""What the complex-number and set types need from the Reading: a complex root of an equation, a number said to
be purely imaginary, a sum of powers written with "...", the quadrant asked without options or of a conjugate,
a subset relation between named sets, a listed set written with \\dots."""

import pytest

from tutor_graph.reading import read


def _claims(reading):
    return [g["claim"] for g in reading["givens"]]


@pytest.mark.parametrize(("text", "root", "equation", "claim"), [
    ("已知 $1+i$ 是关于 $x$ 的实系数方程 $x^2+px+q=0$ 的一个根，求 $p,q$。", "1+i", "x^2+px+q=0", "(1+i)^2+p*(1+i)+q=0"),
    ("Given that 2 - 3i is a root of x^2 + bx + c = 0 with real coefficients, find b and c.", "2-3i", "x^2 + bx + c=0",
     "(2 - 3i)^2 + b*(2 - 3i) + c=0"),
])
def test_a_complex_root_is_an_object_and_its_equation_a_claim(text, root, equation, claim):
    r = read(text)
    assert {"name": root, "kind": "root", "value": equation} in r["objects"]
    assert claim in _claims(r)
    assert not r["unread"]


def test_a_number_said_purely_imaginary_in_english_gives_its_parts():
    r = read("Find the real number m such that (m^2 - 1) + (m + 1)i is purely imaginary.")
    assert {"name": "z", "kind": "complex", "value": "(m^2 - 1)+(m + 1)i"} in r["objects"]
    assert _claims(r) == ["m^2 - 1=0", "m + 1\\ne 0"]
    assert [(g["kind"], g["expression"]) for g in r["goals"]] == [("value", "m")]


def test_a_chinese_number_said_real_is_an_object_beside_its_claim():
    r = read("若复数 $(a-1)+(a^2-4)i$ 是实数，求实数 $a$ 的值。")
    assert {"name": "z", "kind": "complex", "value": "(a-1)+(a^2-4)i"} in r["objects"]
    assert _claims(r) == ["a^2-4=0"]


def test_an_ellipsis_ends_no_sentence():
    r = read("Compute i + i^2 + i^3 + ... + i^{2023}.")
    assert len(r["goals"]) == 1 and r["goals"][0]["expression"].endswith("i^{2023}")
    assert r["complete"]


@pytest.mark.parametrize(("text", "expression"), [
    ("复数 $z$ 满足 $z(1+i)=2i$，则 $\\bar{z}$ 在复平面内对应的点位于第几象限？", "\\bar{z}"),
    ("In the complex plane, the conjugate of $z=\\frac{1+i}{i}$ lies in ( ). A. quadrant I B. quadrant II "
     "C. quadrant III D. quadrant IV", "\\overline{\\frac{1+i}{i}}"),
    ("复数 $z=\\frac{1+i}{i}$ 的共轭复数在复平面内对应的点位于（　）。A. 第一象限　B. 第二象限　C. 第三象限　D. 第四象限",
     "\\overline{\\frac{1+i}{i}}"),
    ("Let z = (1+3i)/(1-i). The point of z in the complex plane lies in ( ). A. the first quadrant B. the second "
     "quadrant C. the third quadrant D. the fourth quadrant", "z"),
])
def test_the_quadrant_asked(text, expression):
    r = read(text)
    assert [(g["kind"], g["expression"]) for g in r["goals"]] == [("quadrant", expression)]
    assert not r["unread"]


@pytest.mark.parametrize(("text", "claim"), [
    ("已知 $A=\\{x\\mid x^2-2x-8\\le 0\\}$，$B=\\{x\\mid 2m\\le x\\le m+1\\}$，若 $B\\subseteq A$，求实数 $m$ 的取值范围。",
     "B\\subseteq A"),
    ("Let A = {x | -2 ≤ x ≤ 5} and B = {x | m-6 ≤ x ≤ 2m-1}. If A ⊆ B, find the range of m.", "A\\subseteq B"),
])
def test_a_subset_relation_is_given(text, claim):
    r = read(text)
    assert (claim, "relation") in [(g["claim"], g["kind"]) for g in r["givens"]]
    assert not r["unread"]


def test_a_listed_set_with_dots_keeps_no_letters_apart():
    r = read("Let the universal set be $U=\\{1,2,\\dots,8\\}$, $A=\\{1,3,5,7\\}$. Find $\\complement_U A$.")
    assert not any("\\ne" in c for c in _claims(r))  # no "1 ≠ dots"
