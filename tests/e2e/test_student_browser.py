"""The student page on a phone-sized screen (390×844) in Debian's chromium: pick a problem, answer question
by question (a wrong answer explained, a hint, the preview), reach the answer, see the diagnosis."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import StreamlitServer, log_in, snap

pytestmark = pytest.mark.browser

WAIT_MS = 180_000
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def student_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StreamlitServer]:
    """A running app whose learner records and tutoring threads live in temporary SQLite files."""
    folder = tmp_path_factory.mktemp("student")
    saved = {k: os.environ.get(k) for k in ("TUTOR_DATABASE_URL", "TUTOR_TUTORING_DB")}
    os.environ["TUTOR_DATABASE_URL"] = f"sqlite:///{folder / 'tutor.sqlite'}"
    os.environ["TUTOR_TUTORING_DB"] = str(folder / "tutoring.sqlite")
    srv = StreamlitServer(folder / "cases.sqlite", folder / "streamlit.log")
    try:
        srv.start()  # the server copies the environment at start
        srv.wait_healthy(timeout=180)
        yield srv
    finally:
        srv.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def phone(browser, student_server, request, artifacts_dir):
    context = browser.new_context(viewport=PHONE, locale="zh-CN", is_mobile=True, has_touch=True)
    context.set_default_timeout(WAIT_MS)
    log_in(context, student_server, username="xiaoming", role="student", name="小明")
    tab = context.new_page()
    try:
        yield tab
    finally:
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            snap(tab, artifacts_dir / f"FAILED_{request.node.name}.png")
            print(f"--- streamlit log ---\n{student_server.log()}")
        context.close()


def _answer(page, text: str, expect: str) -> None:
    """Type and submit an answer; wait until it shows in the chat and a new reply containing `expect` follows.

    On a busy machine a rerun still in flight (after a hint) can swallow the typed answer: then it is typed again,
    once. Waiting for a *new* reply matters: earlier replies may already contain the expected words.
    """
    replies = page.get_by_text(expect, exact=False)
    before = replies.count()
    for attempt in range(2):
        box = page.get_by_label("你的答案")
        box.fill(text)
        box.press("Enter")  # commits the field: the preview appears
        page.get_by_text("预览").first.wait_for(timeout=WAIT_MS)
        page.get_by_role("button", name="提交").click()
        try:
            page.get_by_text(text, exact=True).last.wait_for(timeout=WAIT_MS if attempt else WAIT_MS // 3)
            break
        except PlaywrightTimeout:
            if attempt:
                raise
    deadline = time.monotonic() + WAIT_MS / 1000
    while replies.count() <= before and time.monotonic() < deadline:
        page.wait_for_timeout(500)
    assert replies.count() > before, f"no new reply with {expect!r} after {text!r}"


def test_practice_on_a_phone(phone, student_server, artifacts_dir):
    page = phone
    page.goto(student_server.url)  # a student's home page is practice (the default page is served at /)
    page.get_by_role("heading", name="学生练习").wait_for(timeout=WAIT_MS)
    picker = page.get_by_label("选择题目")
    picker.click()
    page.keyboard.type("quadratics-001")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="开始 / 继续练习").click()
    page.get_by_text("第一问", exact=False).first.wait_for(timeout=WAIT_MS)
    _answer(page, "令每个因式等于0", "下一问")  # the idea question: noted, not graded
    _answer(page, "(x+2)(x+3)", "还不对")
    assert page.locator(".katex").count() > 0  # math is rendered (preview and the explanation)
    page.get_by_role("button", name="要提示").click()
    page.get_by_text("提示：", exact=False).last.wait_for(timeout=WAIT_MS)
    _answer(page, "(x-3)(x-2)", "下一问")
    _answer(page, "3,2", "完成了")
    page.get_by_text("推荐下一题").first.wait_for(timeout=WAIT_MS)
    # nothing wider than the phone: no sideways scrolling
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + 2, width
    snap(page, artifacts_dir / "student_phone.png")
    page.get_by_role("tab", name="诊断").click()
    page.get_by_text("各知识点掌握度").first.wait_for(timeout=WAIT_MS)
    page.get_by_text("首次作答正确").first.wait_for(timeout=WAIT_MS)
    snap(page, artifacts_dir / "student_phone_diagnosis.png")
    assert page.get_by_text("页面出错了").count() == 0  # the router's last-resort error never showed
