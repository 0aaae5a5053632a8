"""The scalar projection asked ("向量 PQ 在向量 PR 上的投影"): a goal of kind `projection`, the two vectors named."""

import pytest

from tutor_graph.reading import describe, read


@pytest.mark.parametrize(("text", "expression"), [
    ("已知点 $P(0,1)$，$Q(-2,3)$，$R(4,4)$，求向量 $\\vec{PQ}$ 在向量 $\\vec{PR}$ 上的投影的数量。", "PQ @ PR"),
    ("已知点 A(1,2)，B(3,4)，C(5,0)，求 $\\overrightarrow{AB}$ 在 $\\overrightarrow{AC}$ 方向上的投影。", "AB @ AC"),
    ("Given A(2,1), B(5,5) and C(6,1), find the scalar projection of $\\vec{AB}$ on $\\vec{AC}$.", "AB @ AC"),
])
def test_the_projection_asked_names_both_vectors(text, expression):
    reading = read(text)
    assert [(g["kind"], g["expression"]) for g in reading["goals"]] == [("projection", expression)]
    assert {o["name"] for o in reading["objects"] if o["kind"] == "point"} == set(expression.replace(" @ ", ""))
    assert "投影" in describe(reading, "zh")


def test_a_projection_vector_is_not_this_goal():
    reading = read("已知点 A(1,2)，B(3,4)，C(5,0)，求向量 AB 在向量 AC 上的投影向量。")
    assert all(g["kind"] != "projection" for g in reading["goals"])
