"""The settings page under AppTest: model spec, device report, language."""

from __future__ import annotations

from tests.app.conftest import assert_clean, texts


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


def test_a_real_model_spec_is_applied_and_the_demo_banner_goes(app):
    at = _open_settings(app)
    assert any("内置演示模型" in i for i in texts(at.info))
    at.radio(key="w_model_kind_zh").set_value("OpenAI 兼容服务（vLLM / MindIE …）")
    at.text_input(key="w_model_target_zh").input("http://127.0.0.1:8000/v1")
    at.text_input(key="w_model_name_zh").input("qwen3-8b")
    at.button(key="FormSubmitter:w_model_form-应用").click().run()
    assert at.session_state.model_spec == "openai:http://127.0.0.1:8000/v1?model=qwen3-8b"
    assert not any("内置演示模型" in i for i in texts(at.info))
    assert any("openai:http://127.0.0.1:8000/v1?model=qwen3-8b" in s for s in texts(at.success))


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
