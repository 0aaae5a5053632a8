"""设置 / Settings: the reasoning model (spec), the device report, the interface language."""

import streamlit as st

from app import services
from app.i18n import LANGUAGES, t
from app.state import seed, sync

_KINDS = ("embedded", "hf", "gguf", "openai")


def _split(spec: str) -> tuple[str, str, str]:
    """(kind, path or URL, model name) of a spec, for prefilling the form."""
    kind, _, rest = (spec or "embedded").partition(":")
    if kind == "openai":
        url, _, query = rest.partition("?")
        name = dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("model", "")
        return kind, url, name
    return (kind if kind in _KINDS else "embedded"), rest, ""


def _compose(kind: str, target: str, name: str) -> str:
    if kind == "embedded":
        return "embedded"
    if kind == "openai":
        return f"openai:{target.strip()}?model={name.strip()}" if name.strip() else f"openai:{target.strip()}"
    return f"{kind}:{target.strip()}"


st.title(t("settings.title"))

# ── model ────────────────────────────────────────────────────────────────────────────────────────
st.subheader(t("settings.model"))
st.caption(t("model.current", spec=st.session_state.model_spec))
if services.is_embedded(st.session_state.model_spec):
    st.info(t("demo.banner"))
kind0, target0, name0 = _split(st.session_state.model_spec)
with st.form("w_model_form"):
    kind = st.radio(t("settings.kind"), _KINDS, index=_KINDS.index(kind0), format_func=lambda k: t(f"settings.kind.{k}"),
                    horizontal=True, key="w_model_kind")
    target = st.text_input(f"{t('settings.path')} / {t('settings.url')}", value=target0, key="w_model_target")
    name = st.text_input(t("settings.model_name") + " (openai)", value=name0, key="w_model_name")
    applied = st.form_submit_button(t("settings.apply"), type="primary")
if applied:
    spec = _compose(kind, target, name)
    try:
        problem = services.check_model_spec(spec)
    except services.NotAvailable as exc:
        problem = None
        st.warning(t("unavailable", what=exc.what, why=exc.why))
    if kind != "embedded" and not target.strip():
        problem = t("settings.need_target")
    if problem:
        st.error(t("settings.invalid", why=problem))
    else:
        st.session_state.model_spec = spec
        st.success(t("settings.applied", spec=spec))
st.caption(t("settings.model_help"))

# ── device report ────────────────────────────────────────────────────────────────────────────────
st.subheader(t("settings.device"))
if st.button(t("settings.device.run"), key="w_device"):
    with st.spinner(t("settings.device.running")):
        try:
            st.session_state.device_report = services.device_report()
        except services.NotAvailable as exc:
            st.session_state.device_report = t("unavailable", what=exc.what, why=exc.why)
        except Exception as exc:  # a broken driver must give a message, not a traceback
            st.session_state.device_report = t("error.generic", why=f"{type(exc).__name__}: {exc}")
report = st.session_state.device_report
if isinstance(report, dict):
    st.json(report)
elif report:
    st.warning(report)

# ── language ─────────────────────────────────────────────────────────────────────────────────────
st.subheader(t("settings.language"))
seed("w_lang_settings", "lang")
st.radio(t("settings.language"), list(LANGUAGES), format_func=LANGUAGES.get, key="w_lang_settings",
         horizontal=True, on_change=sync, args=("w_lang_settings", "lang"), label_visibility="collapsed")
