"""The reading bench: one item answered the graph's way, and a clean skip without the data set."""

from tutor_graph.checks import grade
from tutor_graph.reading.bench import answer_text, paper_one


def test_the_perpendicular_sum_is_answered_right_and_the_specialists_m2_is_not_kept():
    out = answer_text("已知向量 a=(-1,2), b=(m,1), 若向量 a+b 与 a 垂直, 则 m=")
    assert grade("7", out["answer"]).correct and out["verified"] and out["source"] == "strategy"


def test_a_partial_reading_is_never_verified():
    out = answer_text("已知矩形 ABCD 的顶点都在半径为 4 的球 O 的球面上, 且 AB=6, BC=2√3, 则棱锥 O-ABCD 的体积为")
    assert not out["complete"] and not out["verified"]


def test_paper_one_skips_cleanly_without_the_data(tmp_path, monkeypatch):
    monkeypatch.setenv("TUTOR_DATASETS", str(tmp_path))
    assert paper_one(limit=1) == {"skipped": "no GAOKAO-Bench files"}


def test_fill_in_references_are_read_as_the_data_means():
    from tutor_graph.reading.bench import _graded, alternatives

    assert alternatives("$\\frac{3}{10} \\# \\# 0.3$") == ["\\frac{3}{10}", "0.3"]
    assert _graded(alternatives("36}"), "36") and not _graded(alternatives("36}"), "35")
    assert _graded(alternatives("0. 98."), "\\frac{49}{50}") and not _graded(alternatives("0. 98."), "0.97")
