"""solid.coordinates and statistics.transform as typed problem types + YAML templates: what moved, and the
second methods it added (the definitions 几何法 and a basis beside the coordinate method)."""

from __future__ import annotations

import pytest

from tutor_graph.checks import grade
from tutor_graph.specialist import recognise, solve_symbolically
from tutor_graph.specialist.phrasing_lint import lint_texts

from .registration import assert_registered_once_from_templates


@pytest.fixture(autouse=True)
def _no_time_budget(monkeypatch):
    # solving stops starting new methods after a production time budget: lifted here (green under load)
    monkeypatch.setattr("tutor_graph.specialist.solving.BUDGET_S", 1e9)


def _verified(text: str, lang: str = "zh") -> dict[str, str]:
    return {s["method"]: s["final_answer"] for s in solve_symbolically(text, max_methods=6, lang=lang) if s["verified"]}


def test_moved_types_are_registered_once_from_their_templates():
    assert_registered_once_from_templates(["solid.coordinates", "statistics.transform"])


# the bank problems that had one verified method (space_vectors-004, -007, -008), and -005 that gains a third
@pytest.mark.parametrize(("text", "answer", "method"), [
    ("在棱长为 1 的正方体 $ABCD\\text{-}A_1B_1C_1D_1$ 中，求直线 $A_1B$ 与平面 $BB_1D_1D$ 所成的角。", "30^\\circ",
     "定义法（作出斜线的射影） / By the definition (the line's projection on the plane)"),
    ("在长方体 $ABCD\\text{-}A_1B_1C_1D_1$ 中，$AB=2$，$AD=AA_1=1$，求异面直线 $AC_1$ 与 $BD$ 所成角的余弦值。",
     "\\frac{\\sqrt{30}}{10}", "基底法（空间向量） / A basis of space vectors"),
    ("In the pyramid $P\\text{-}ABCD$, the base is a square of side 2, $PA\\perp$ base and $PA=2$. Find the angle "
     "between the planes $PBC$ and $PCD$.", "60^\\circ",
     "定义法（二面角的平面角） / By the definition (the plane angle at the common edge)"),
    ("在棱长为 1 的正方体 $ABCD\\text{-}A_1B_1C_1D_1$ 中，求平面 $A_1BD$ 与底面 $ABCD$ 夹角的余弦值。", "\\frac{\\sqrt3}{3}",
     "定义法（二面角的平面角） / By the definition (the plane angle at the common edge)"),
])
def test_solid_angles_get_a_second_verified_method(text, answer, method):
    lang = "en" if text.startswith("In ") else "zh"
    assert recognise(text).type_id == "solid.coordinates"
    found = _verified(text, lang)
    assert "坐标法（空间向量） / Coordinates (space vectors)" in found and method in found, found
    assert all(grade(answer, a).correct for a in found.values()), found


def test_the_plane_angle_is_named_where_the_feet_meet():
    text = "在四棱锥 $P\\text{-}ABCD$ 中，底面 $ABCD$ 是边长为 2 的正方形，$PA\\perp$ 底面，$PA=2$。求平面 $PBC$ 与平面 $PCD$ 夹角的大小。"
    chain = next(s for s in solve_symbolically(text, max_methods=6) if s["method"].startswith("定义法"))
    answers = " ".join(s["answer"] for s in chain["steps"])
    assert "PE=\\frac{2}{3}PC" in answers and "\\angle BED" in answers  # the foot E of both perpendiculars on PC


def test_a_line_through_no_face_point_gets_no_projection_method():
    # neither end of AC_1 lies in the plane BB_1D_1D: the construction needs the point where the line meets the
    # plane, so it is not offered (and the answer still comes, by coordinates)
    text = "在棱长为 1 的正方体 ABCD-A_1B_1C_1D_1 中，求直线 AC_1 与平面 BB_1D_1D 所成角的正弦值。"
    found = _verified(text)
    assert not any(m.startswith("定义法") for m in found), found
    assert all(grade("\\frac{\\sqrt6}{3}", a).correct for a in found.values()) and found


@pytest.mark.parametrize(("text", "answer"), [
    ("已知数据 x_1, x_2, ..., x_n 的平均数为 4，标准差为 3，求数据 -2x_1+5, -2x_2+5, ..., -2x_n+5 的平均数。", "-3"),
    ("已知数据 x_1, x_2, ..., x_n 的平均数为 -1，方差为 2，求数据 -x_1+3, -x_2+3, ..., -x_n+3 的方差。", "2"),
    ("Data x_1, ..., x_n have variance 4. Find the standard deviation of 3x_1 - 1, ..., 3x_n - 1.", "6"),
])
def test_a_linear_transform_has_the_rules_and_the_definition(text, answer):
    found = _verified(text, "en" if text.startswith("Data") else "zh")
    assert set(found) == {"均值、方差的性质 / Rules for mean and variance", "从定义推导 / From the definition"}, found
    assert all(grade(answer, a).correct for a in found.values()), found


def test_the_moved_chains_pass_the_phrasing_lint():
    report = lint_texts([
        "在正方体 $ABCD\\text{-}A_1B_1C_1D_1$ 中，求异面直线 $A_1B$ 与 $AD_1$ 所成的角。",
        "在长方体 $ABCD\\text{-}A_1B_1C_1D_1$ 中，$AB=2$，$AD=AA_1=1$，求异面直线 $AC_1$ 与 $BD$ 所成角的余弦值。",
        "在四棱锥 $P\\text{-}ABCD$ 中，底面 $ABCD$ 是边长为 2 的正方形，$PA\\perp$ 底面，$PA=2$。求平面 $PBC$ 与平面 $PCD$ 夹角的大小。",
        "在正方体 ABCD-A_1B_1C_1D_1 中，求直线 BD_1 与底面所成角的正切值。",
        "在棱长为 2 的正方体 ABCD-A_1B_1C_1D_1 中，求点 A 到平面 A_1BD 的距离。",
        "已知数据 x_1, x_2, ..., x_n 的平均数为 -1，方差为 2，求数据 -x_1+3, -x_2+3, ..., -x_n+3 的方差。",
    ])
    assert report.seen == {("solid_coordinates.yaml", "solid.coordinates"), ("transform.yaml", "statistics.transform")}
    assert not report.violations, report.violations[:5]
