"""Lesson handouts: Markdown and a self-contained, print-ready HTML page with MathML formulas."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from app.handout import handout_html, handout_markdown


def name_of(pid: str) -> str:
    return {"quad.equation": "一元二次方程的解法"}.get(pid, pid)


def test_markdown_handout_has_every_step_with_its_verdict(fixture_result):
    text = handout_markdown(fixture_result, name_of, "zh")
    for solution in fixture_result["solutions"]:
        assert solution["method"] in text
    assert text.count("✓ 已由 SymPy 验证") == 3
    assert "✗ 验证未通过" in text and "? 未能自动验证" in text
    assert "一元二次方程的解法" in text  # points by name
    assert r"$x^2-5x+6=(x-2)(x-3)$" in text  # \( \) rewritten to $ $
    assert "\\(" not in text


def test_html_handout_is_self_contained_and_renders_math_as_mathml(fixture_result):
    page = handout_html(fixture_result, name_of, "zh")
    assert page.startswith("<!DOCTYPE html>")
    assert "<math" in page and "$" not in page.split("<body>")[1]
    assert "@media print" in page and "@page" in page
    assert not re.search(r"(src|href)=['\"]https?://", page)  # nothing to fetch: works offline
    # Well-formed enough for a parser to walk it.
    HTMLParser().feed(page)


def test_html_handout_escapes_text_it_did_not_write(fixture_result):
    lesson = {**fixture_result, "problem": "<script>alert(1)</script> 解方程 $x=1$"}
    page = handout_html(lesson, name_of, "en")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "Question-chain handout" in page


def test_formula_latex2mathml_cannot_read_is_shown_as_source():
    lesson = {"problem": r"$\unknowncommand{x}$", "solutions": [], "variants": []}
    page = handout_html(lesson, name_of, "zh")
    assert "unknowncommand" in page
