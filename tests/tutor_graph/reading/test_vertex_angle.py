"""∠ABC asked with the vectors BA and BC given by coordinates (written with arrows over two letters)."""

from __future__ import annotations

import pytest

from tutor_graph.context import Settings
from tutor_graph.reading import read
from tutor_graph.solve import solve

EXAM = (r"已知向量 $\overrightarrow{\mathrm{BA}}=\left(\frac{1}{2}, \frac{\sqrt{3}}{2}\right), "
        r"\overrightarrow{\mathrm{BC}}=\left(\frac{\sqrt{3}}{2}, \frac{1}{2}\right)$, 则 $\angle \mathrm{ABC}=(\quad)$ "
        r"A. $30^{\circ}$ B. $45^{\circ}$ C. $60^{\circ}$ D. $120^{\circ}$")
PLAIN = r"已知向量 $\overrightarrow{BA}=(1,0)$，$\overrightarrow{BC}=(1,1)$，则 $\angle ABC=$"
OTHER = r"已知 $\vec{BA}=(0,2)$，$\vec{BC}=(3,0)$，求 $\angle ABC$"


@pytest.mark.parametrize(("text", "expected"), [(EXAM, "A"), (PLAIN, r"\frac{\pi}{4}"), (OTHER, r"\frac{\pi}{2}")])
def test_the_angle_at_a_vertex_is_read_from_the_two_vectors(text, expected):
    reading = read(text)
    assert reading["complete"], reading["unread"]
    assert {o["name"] for o in reading["objects"] if o["kind"] == "vector"} == {"BA", "BC"}
    result = solve(text, Settings().with_(model_use="never", nodes=frozenset()))
    assert result["final_answer"].replace(" ", "").strip("$") == expected


def test_two_capitals_without_an_arrow_are_not_a_vector():
    reading = read("已知 AB=(1,2)，求 AB 的长")
    assert not any(o["kind"] == "vector" for o in reading["objects"])
