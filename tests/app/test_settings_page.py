"""The settings page under AppTest: model spec, device report, language."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn

from model.server import create_app
from tests.app.conftest import assert_clean, logged_in, texts
from tests.model.fake_models import SlowEcho


@pytest.fixture
def served() -> Iterator[str]:
    """A real OpenAI-compatible server on loopback serving the model id `qwen3-8b` (a stand-in model)."""
    server = uvicorn.Server(uvicorn.Config(create_app(SlowEcho(), model_id="qwen3-8b", token=""),
                                           host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/v1"
    server.should_exit = True
    thread.join(timeout=30)


def _open_settings(app):
    at = app().run()
    at.switch_page("views/settings.py").run()
    assert_clean(at)
    return at


def test_an_invalid_spec_is_refused_with_the_reason(app):
    at = _open_settings(app)
    at.radio(key="w_model_kind_zh").set_value("OpenAI 兼容服务（vLLM / MindIE …）")
    at.text_input(key="w_model_target_zh").input("ftp://nowhere")
    at.button(key="FormSubmitter:w_model_form-应用").click().run()
    assert_clean(at)
    assert any("模型设置无效" in e and "http" in e for e in texts(at.error))
    assert at.session_state.model_spec == "embedded"


def test_a_real_model_spec_is_applied_and_the_demo_banner_goes(app, served):
    at = _open_settings(app)
    assert any("内置演示模型" in i for i in texts(at.info))
    at.radio(key="w_model_kind_zh").set_value("OpenAI 兼容服务（vLLM / MindIE …）")
    at.text_input(key="w_model_target_zh").input(served)
    at.text_input(key="w_model_name_zh").input("qwen3-8b")
    at.button(key="FormSubmitter:w_model_form-应用").click().run()
    assert at.session_state.model_spec == f"openai:{served}?model=qwen3-8b"
    assert not any("内置演示模型" in i for i in texts(at.info))
    assert any(f"openai:{served}?model=qwen3-8b" in s for s in texts(at.success))


@pytest.mark.parametrize("target, name, why", [
    ("http://127.0.0.1:9/v1", "x", "cannot reach http://127.0.0.1:9/v1"),
    (None, "gpt-5", "does not serve 'gpt-5'"),
])
def test_a_spec_is_checked_when_applied(app, served, target, name, why):
    """Issue 16.7: a server that does not answer, or does not serve the model, is refused with the reason."""
    at = _open_settings(app)
    at.radio(key="w_model_kind_zh").set_value("OpenAI 兼容服务（vLLM / MindIE …）")
    at.text_input(key="w_model_target_zh").input(target or served)
    at.text_input(key="w_model_name_zh").input(name)
    at.button(key="FormSubmitter:w_model_form-应用").click().run()
    assert_clean(at)
    assert any("模型设置无效" in e and why in e for e in texts(at.error)), texts(at.error)
    assert at.session_state.model_spec == "embedded"


def test_models_and_accounts_are_for_admins_only(app):
    at = logged_in(app(), "wang", "teacher").run()
    at.switch_page("views/settings.py").run()
    assert_clean(at)
    keys = {w.key for w in at.radio} | {w.key for w in at.text_input} | {w.key for w in at.button}
    assert "w_lang_settings" in keys
    assert not any(k and (k.startswith("w_model_") or k.startswith("w_new_") or k == "w_device") for k in keys)


def test_an_admin_creates_an_account(app):
    at = _open_settings(app)
    at.text_input(key="w_new_user").input("liu")
    at.text_input(key="w_new_display").input("刘老师")
    at.text_input(key="w_new_password").input("teacher password")
    at.button(key="FormSubmitter:w_account_form-创建账户").click().run()
    assert_clean(at)
    from content.accounts import authenticate

    made = authenticate("liu", "teacher password")
    assert made is not None and made.role == "teacher" and made.display_name == "刘老师"


def test_device_report_comes_from_the_model_host(app):
    at = _open_settings(app)
    at.button(key="w_device").click().run()
    assert_clean(at)
    report = at.session_state.device_report
    assert isinstance(report, dict), report
    assert report["model"] == "embedded" and report["device"] in ("cpu", "cuda", "npu")
    assert report.get("torch")
    assert len(at.json) == 1


def test_language_setting_switches_the_whole_interface(app):
    at = _open_settings(app)
    at.radio(key="w_lang_settings").set_value("en").run()
    assert at.session_state.lang == "en"
    assert [t.value for t in at.title] == ["Settings"]
    at.switch_page("views/teacher.py").run()
    assert [t.value for t in at.title] == ["Teacher workspace"]
    assert any("embedded demo model" in i for i in texts(at.info))
