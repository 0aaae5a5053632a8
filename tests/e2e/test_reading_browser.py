"""In a real browser: the reading shown as step 0, a teacher corrects a given and solves again.

"a+b 与 a 垂直" reads as (a+b)·a = 0 (m = 7); the teacher changes the relation to a ⊥ b and the answer
changes to m = 2, verified against the corrected givens, with the reading marked as corrected.
"""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import StreamlitServer, snap

pytestmark = pytest.mark.browser

VECTORS = "已知向量 a=(-1,2), b=(m,1), 若向量 a+b 与 a 垂直, 则 m="
WAIT_MS = 300_000  # a busy CI machine: the limit catches a hang, not slowness


def _final(page) -> str:
    """The value in the final-answer heading (`最终答案：7`, `最终答案：m=2` → `7`, `2`)."""
    heading = page.locator("h3").filter(has_text="最终答案").first
    heading.wait_for(timeout=WAIT_MS)
    value = heading.inner_text().split("：", 1)[-1].splitlines()[0]
    return re.sub(r"\s|m=", "", value)


def test_a_teacher_corrects_a_given_and_solves_again(page, server: StreamlitServer, artifacts_dir):
    page.goto(f"{server.url}/")
    box = page.get_by_label("题目（文字或 LaTeX）")
    box.wait_for(timeout=WAIT_MS)
    box.fill(VECTORS)
    box.press("Control+Enter")
    page.get_by_text("预览", exact=False).first.wait_for(timeout=WAIT_MS)
    page.get_by_role("button", name="生成问题链").click()
    page.get_by_text("0. 读题").wait_for(timeout=WAIT_MS)
    assert page.get_by_text("a+b 与 a 垂直", exact=False).count() >= 1  # the given's span
    assert _final(page) == "7"
    assert page.get_by_text("已由教师更正").count() == 0

    page.get_by_text("更正读题并重新求解").click()
    claim = page.get_by_label("已知 3：式子")
    claim.wait_for(timeout=WAIT_MS)
    claim.fill("a ⊥ b")
    claim.press("Enter")  # commit the text input
    page.get_by_role("button", name="按更正后的读题重新求解").click()
    page.get_by_text("已由教师更正").first.wait_for(timeout=WAIT_MS)
    page.get_by_text(re.compile(r"最终答案：\s*(m\s*=\s*)?2")).first.wait_for(timeout=WAIT_MS)
    assert _final(page) == "2"
    page.get_by_text("已验证").first.wait_for(timeout=WAIT_MS)
    snap(page, artifacts_dir / "reading_corrected.png")
