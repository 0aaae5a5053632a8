"""Lesson handouts: student and teacher versions, Markdown and a self-contained, printable, script-free HTML page."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from content.handout import handout_html, handout_markdown

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "app" / "fixtures" / "result_quadratic.json"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")


@pytest.fixture
def lesson() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def name_of(pid: str) -> str:
    return {"quad.equation": "一元二次方程的解法"}.get(pid, pid)


def test_teacher_markdown_has_every_step_with_its_verdict_and_source(lesson):
    text = handout_markdown(lesson, name_of, "zh", "teacher")
    for solution in lesson["solutions"]:
        zh, _, en = solution["method"].partition(" / ")
        assert zh in text and (not en or en not in text)  # one language at a time
    verified = sum(s["verdict"]["status"] == "verified" for sol in lesson["solutions"] for s in sol["steps"])
    assert text.count("✓ 已由 SymPy 验证") == verified
    assert "✗ 验证未通过" in text and "? 未能自动验证" in text
    assert "一元二次方程的解法" in text  # points by name
    assert r"$x^2-5x+6=(x-2)(x-3)$" in text  # \( \) rewritten to $ $
    assert "\\(" not in text


def test_student_version_has_questions_and_space_but_no_answers(lesson):
    first = lesson["solutions"][0]["steps"]
    page = handout_html(lesson, name_of, "zh", "student")
    text = handout_markdown(lesson, name_of, "zh", "student")
    for step in first:
        assert step["question"].split("$")[0] in page
    assert page.count("class=\"space\"") >= len(first)
    for rendered in (page, text):
        assert "已由 SymPy 验证" not in rendered and "最终答案" not in rendered
        assert first[0]["hints"][0] not in rendered  # hints only when asked for
    with_hints = handout_html(lesson, name_of, "zh", "student", hints=True)
    assert first[0]["hints"][0] in with_hints


def test_english_handout_labels_are_english_only(lesson):
    lesson = {**lesson, "problem": "Solve $x^2-5x+6=0$", "variants": []}
    for solution in lesson["solutions"]:
        for step in solution["steps"]:
            step.update(question="Which factors?", answer="$x=2$", hints=["think"])
        solution["final_answer"] = "x=2"
    for version in ("student", "teacher"):
        page = handout_html(lesson, lambda pid: "Quadratic equations", "en", version)
        text = handout_markdown(lesson, lambda pid: "Quadratic equations", "en", version)
        assert not CJK.search(page), CJK.findall(page)
        assert not CJK.search(text), CJK.findall(text)


def test_html_handout_is_self_contained_and_renders_math_as_mathml(lesson):
    page = handout_html(lesson, name_of, "zh", "teacher")
    assert page.startswith("<!DOCTYPE html>")
    assert "<math" in page and "$" not in page.split("<body>")[1]
    assert "@media print" in page and "@page" in page
    assert not re.search(r"(src|href)=['\"]https?://", page)  # nothing to fetch: works offline
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    HTMLParser().feed(page)  # well-formed enough for a parser to walk it


def test_formula_latex2mathml_cannot_read_is_shown_as_source():
    page = handout_html({"problem": r"$\unknowncommand{x}$", "solutions": [], "variants": []}, name_of)
    assert "unknowncommand" in page


# Issue 14: every way script reached the old handout.
XSS_VECTORS = [
    r'$\text{<img/src="x"/onerror="document.title=`XSS`">}$',
    r'$$\text{<img/src="x"/onerror="document.title=`XSS`">}$$',
    r'\(\text{<img/src="x"/onerror="document.title=`XSS`">}\)',
    r'\[\text{<svg/onload="document.title=`XSS`">}\]',
    r'$\text{<svg/onload="document.title=`XSS`">}$',
    r'$\unicode{<img/src="x"/onerror="document.title=`XSS`">}$',
    r'$\mathrm{<img src=x onerror="document.title=`XSS`">}$',
    r'$\href{javascript:document.title=`XSS`}{click}$',
    '<script>document.title="XSS"</script>',
    '<img src=x onerror="document.title=`XSS`">',
    '<svg/onload="document.title=`XSS`">',
]


def _lesson_with(text: str) -> dict:
    step = {"question": text, "answer": text, "claim": "", "source": "model", "knowledge_points": ["quad.equation"],
            "verdict": {"status": "unknown", "reason": text, "counterexample": None}, "hints": [text]}
    return {"problem": text, "solutions": [{"method": text, "steps": [step], "final_answer": text,
                                            "verified": False, "knowledge_points": []}],
            "variants": [{"question": text, "answer": text, "verified": False, "change": text}]}


@pytest.mark.parametrize("vector", XSS_VECTORS)
@pytest.mark.parametrize("version", ["student", "teacher"])
def test_no_vector_survives_as_markup(vector, version):
    page = handout_html(_lesson_with(vector), name_of, "zh", version, hints=True)
    body = page.split("<body>", 1)[1].lower()
    assert not re.search(r"<(img|svg|script|a)\b", body)
    assert not re.search(r"\s(on\w+|href|src)\s*=", _markup(body))


def _markup(body: str) -> str:
    """Only the tags of a page (text between them dropped), to look for live attributes."""
    return " ".join(re.findall(r"<[^>]*>", body))


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_markdown_shows_raw_html_as_text(vector):
    for version in ("student", "teacher"):
        text = handout_markdown(_lesson_with(vector), name_of, "zh", version, hints=True)
        assert not re.search(r"<(img|svg|script|a)\b", text, re.IGNORECASE), text


def test_handout_command_writes_both_versions(tmp_path, lesson):
    result = tmp_path / "result.json"
    result.write_text(json.dumps(lesson, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for version in ("student", "teacher"):
        html_out, md_out = tmp_path / f"{version}.html", tmp_path / f"{version}.md"
        done = subprocess.run(
            [sys.executable, "-m", "content", "handout", str(result), "--html", str(html_out), "--md", str(md_out),
             "--version", version, "--lang", "en"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout.splitlines()[-1])["written"] == [str(html_out), str(md_out)]
        page = html_out.read_text(encoding="utf-8")
        assert page.startswith("<!DOCTYPE html>") and ("Worksheet" in page or "worksheet" in page) == (version == "student")
        assert md_out.read_text(encoding="utf-8").startswith("# Question-chain")


def test_handout_command_reports_a_bad_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe not json")
    done = subprocess.run([sys.executable, "-m", "content", "handout", str(bad), "--html", str(tmp_path / "o.html")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "cannot read" in done.stderr + done.stdout
    assert "Traceback" not in done.stderr
