"""The HTML report opens in Debian's chromium, offline, and shows its plots."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def test_report_opens_in_chromium_and_shows_plots(browser, symbolic_run: Path, artifacts_dir: Path) -> None:
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    try:
        # No network: a self-contained page must not ask for anything beyond its own file.
        asked: list[str] = []
        page.on("request", lambda r: asked.append(r.url))
        page.goto((symbolic_run / "report.html").as_uri(), timeout=120_000)
        page.wait_for_selector(".plot svg", timeout=120_000)
        plots = page.locator(".plot svg")
        assert plots.count() >= 3
        for k in range(plots.count()):
            box = plots.nth(k).bounding_box()
            assert box and box["width"] > 200 and box["height"] > 100, box
        assert "symbolic" in page.locator("table").first.inner_text()
        assert all(u.startswith("file://") for u in asked), asked
        page.screenshot(path=str(artifacts_dir / "evaluation-report.png"), full_page=True)
    finally:
        page.close()
