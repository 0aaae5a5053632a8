"""What the trigonometry and triangle types take from the Reading: the asked angle, the triangle named in words."""

from tutor_graph.reading import read


def test_an_angle_asked_by_its_vertex_is_a_goal():
    text = "在△ABC中，a=7，b=3，c=5，求角 A"
    reading = read(text)
    assert [(g["kind"], g["expression"]) for g in reading["goals"]] == [("value", "A")]
    assert "求角 A" not in reading["unread"]


def test_a_triangle_named_in_words_is_an_object():
    reading = read("在三角形ABC中，a=3，b=4，C=90°，求 c")
    assert [o["kind"] for o in reading["objects"]] == ["triangle"]
    assert "c^2=a^2+b^2-2*a*b*\\cos(C)" in [g["claim"] for g in reading["givens"]]
    assert reading["unread"] == []


def test_the_area_of_a_triangle_written_with_its_sign_is_asked():
    for text in ("在△ABC中，a=4，b=5，C=30°，求△ABC的面积。", "在 $\\triangle ABC$ 中，$b=3$，$c=5$，$A=120^\\circ$，求 $\\triangle ABC$ 的面积。"):
        reading = read(text)
        assert [(g["kind"], g["expression"]) for g in reading["goals"]] == [("quantity", "面积(\\triangle ABC)")], text
        assert reading["unread"] == []


def test_a_greek_angle_written_as_a_letter_is_math():
    """"tan α = 3": the Greek letter belongs to the formula, so the claim keeps its function name."""
    reading = read("Given tan α = 3, find sin α cos α.")
    assert [g["claim"] for g in reading["givens"]] == ["tan α = 3"]
    assert [(g["kind"], g["expression"]) for g in reading["goals"]] == [("value", "sin α cos α")]
    assert reading["complete"]
    reading = read("已知 sin α + cos α = 1/3，α ∈ (0, π)，求 sin α cos α 的值。")
    assert [g["claim"] for g in reading["givens"]] == ["sin α + cos α = 1/3", "α ∈ (0, π)"]
    assert [(g["kind"], g["expression"]) for g in reading["goals"]] == [("value", "sin α cos α")]
