"""The research page under AppTest: start a run in the background, watch it finish, read and compare reports."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.app.conftest import assert_clean, texts


def test_start_a_run_watch_it_read_and_compare(app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUTOR_RESEARCH_DIR", str(tmp_path / "research"))
    at = app().run()
    at.switch_page("views/research.py").run()
    assert_clean(at)
    assert any("还没有完成的评测" in i for i in texts(at.info))

    at.selectbox(key="w_research_suite").set_value("bank")
    at.multiselect(key="w_research_modes").set_value(["symbolic"])
    at.number_input(key="w_research_limit").set_value(2)
    at.button(key="FormSubmitter:w_research_form-开始评测").click().run()
    assert_clean(at)
    assert any("评测已在后台开始" in s for s in texts(at.success)), texts(at.error)
    job = Path(at.session_state.research_job)
    assert job.is_dir()

    deadline = time.monotonic() + 600  # a background process on a shared 2-core machine
    while not any("全部模式已完成" in s for s in texts(at.success)):
        assert time.monotonic() < deadline, (job / "job.log").read_text("utf-8")[-3000:]
        time.sleep(3)
        at.run()
        assert_clean(at)
    assert any("symbolic: 2/2" in (p.proto.text or "") for p in at.get("progress"))
    assert at.selectbox(key="w_research_pick").value.endswith("accuracy 1.0")
    assert [m.value for m in at.metric][0] == "1.0"

    # A second run of the same items (written directly), then the paired comparison on the page.
    from evaluation.runner import run_eval

    run_eval("bank", "symbolic", tmp_path / "research" / "second" / "symbolic", limit=2)
    at.run()
    at.button(key="w_research_compare").click().run()
    assert_clean(at)
    assert any("配对 2 题" in m and "McNemar" in m for m in texts(at.markdown)), texts(at.markdown)
