"""The Reading: objects, givens as formal claims tied to spans, goals, unread and complete."""

import pytest

from tutor_graph.reading import read


def _claims(reading):
    return [g["claim"] for g in reading["givens"]]


def test_perpendicular_composes_over_expressions():
    reading = read("已知向量 a=(-1,2), b=(m,1), 若向量 a+b 与 a 垂直, 则 m=")
    relation = next(g for g in reading["givens"] if g["kind"] == "relation")
    assert relation["text"] == "a+b 与 a 垂直"
    start, end = relation["span"]
    assert reading["text"][start:end] == relation["text"]  # the span points at its words
    # (a+b)·a with a+b = (m-1, 3): not a·b (the wrong reading gives -m+2)
    assert relation["claim"] == "((-1)+(m))*((-1))+((2)+(1))*((2))=0"
    assert {o["name"]: o["kind"] for o in reading["objects"]} == {"a": "vector", "b": "vector"}
    assert reading["goals"][0]["expression"] == "m" and reading["complete"]


@pytest.mark.parametrize("text", ["已知向量 a=(1,2), b=(x,1), 且 a ∥ b, 求 x", "已知向量 a=(1,2), b=(x,1), 且 a 与 b 平行, 则 x=",
                                  "已知向量 a=(1,2), b=(x,1), 若 a, b 共线... 则 x="])
def test_parallel_reads_as_a_cross_product(text):
    reading = read(text)
    claims = [c for c in _claims(reading) if c]
    if "共线..." in text:
        assert not reading["complete"]  # "a, b 共线" without "与" is not formalised: said so, not guessed
        return
    assert "((1))*((1))-((2))*((x))=0" in claims and reading["complete"]


def test_every_given_has_its_span():
    reading = read("已知 x > 0，y > 0，且 x + y = 1，求 1/x + 1/y 的最小值")
    assert _claims(reading) == ["x > 0", "y > 0", "x + y = 1"]
    for given in reading["givens"]:
        start, end = given["span"]
        assert reading["text"][start:end] == given["text"]
    assert reading["goals"] == [{"text": "求 1/x + 1/y 的最小值", "kind": "extremum", "expression": "1/x + 1/y", "part": ""}]


def test_several_goals_and_parts():
    reading = read("已知函数 f(x)=x^3-3x. (1) 求 f(x) 的单调区间和极值; (2) 求 f(x) 在 [0,2] 上的最大值")
    kinds = [(g["part"], g["kind"]) for g in reading["goals"]]
    assert kinds == [("(1)", "interval"), ("(1)", "extremum"), ("(2)", "extremum")]


def test_sequence_words_become_definitions():
    reading = read("等比数列 {a_n} 的首项为 3，公比为 2，求前 6 项和 S_6")
    assert _claims(reading) == ["a_1=3", "q=2"]
    assert reading["objects"] == [{"name": "{a_n}", "kind": "sequence", "value": "geometric"}]
    assert reading["goals"][0]["expression"] == "S_6" and reading["complete"]


@pytest.mark.parametrize("text", [
    "已知三棱柱的侧棱垂直于底面, 所有棱长都为 a, 则该球的表面积为",  # solid geometry: not formalised
    "若函数 f(x) 的图象关于直线 x=-2 对称, 则 f(x) 的最大值为",  # symmetry: a word it does not formalise
    # (the coordinate-free angle example is now formalised: test_vector_algebra); "不共线" is not
    "已知向量 a, b 不共线, 且 |a|=1, 则 |b|=",
])
def test_what_is_not_formalised_is_unread(text):
    reading = read(text)
    assert reading["unread"] and reading["complete"] is False


def test_english_and_plain_goals():
    assert read("Find the limit of sin(3x)/x as x approaches 0")["goals"][0]["expression"] == "\\lim_{x \\to 0} (sin(3x)/x)"
    assert read("How many positive divisors does 360 have?")["goals"][0]["kind"] == "count"
    system = read("Solve the system of equations x + y = 5, x - y = 1")
    assert system["goals"][0] == {"text": "Solve the system of equations x + y = 5, x - y = 1", "kind": "solve",
                                  "expression": "x + y = 5, x - y = 1", "part": ""}
