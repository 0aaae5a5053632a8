"""The exported handout opened in chromium, as a teacher would open it: no injected script runs (issue 14)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from content.handout import handout_html
from tests.content.test_handout import XSS_VECTORS, _lesson_with

pytestmark = pytest.mark.browser


def _open(browser, path: Path) -> tuple[str, list[str], bool]:
    """Open a file in a fresh tab; return (title, dialogs seen, whether the probe variable was set)."""
    context = browser.new_context()
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        tab.goto(path.as_uri(), wait_until="load", timeout=120_000)
        tab.wait_for_timeout(300)  # let onerror/onload handlers fire, if any could
        return tab.title(), dialogs, bool(tab.evaluate("() => window.__xss === 1"))
    finally:
        context.close()


@pytest.mark.parametrize("version", ["student", "teacher"])
def test_no_vector_runs_script_in_the_exported_page(browser, tmp_path, version):
    for n, vector in enumerate(XSS_VECTORS):
        page = handout_html(_lesson_with(vector), lambda pid: pid, "zh", version, hints=True)
        path = tmp_path / f"{version}-{n}.html"
        path.write_text(page, encoding="utf-8")
        own_title = html.unescape(re.search(r"<title>(.*?)</title>", page).group(1))
        title, dialogs, probe = _open(browser, path)
        assert title == own_title and title != "XSS", (vector, title)  # the page's own title, untouched
        assert not dialogs and not probe, (vector, dialogs)


def test_the_page_policy_alone_stops_a_script_the_sanitiser_missed(browser, tmp_path):
    """Defence in depth: even script placed in the body by hand does not run under the page's CSP."""
    page = handout_html(_lesson_with("x"), lambda pid: pid, "en", "teacher")
    injected = page.replace(
        "<body>", "<body><script>window.__xss = 1; document.title = 'XSS'</script>"
        "<img src=x onerror=\"window.__xss = 1\">", 1,
    )
    path = tmp_path / "injected.html"
    path.write_text(injected, encoding="utf-8")
    title, dialogs, probe = _open(browser, path)
    assert title != "XSS" and not probe and not dialogs


def test_a_control_page_without_the_policy_does_run_script(browser, tmp_path):
    """The probe can fail: the same injection in a page without the handout's policy runs."""
    path = tmp_path / "control.html"
    path.write_text("<!DOCTYPE html><html><head><title>ok</title></head><body>"
                    "<script>window.__xss = 1; document.title = 'XSS'</script></body></html>", encoding="utf-8")
    title, _dialogs, probe = _open(browser, path)
    assert title == "XSS" and probe
