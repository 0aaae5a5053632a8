"""设置 / Settings: the reasoning model (spec), the device report, the interface language."""

import streamlit as st

from app import auth, services
from app.i18n import LANGUAGES, lang, t
from app.state import seed, sync

_KINDS = ("embedded", "hf", "gguf", "openai")
_ROLES = ("teacher", "student", "admin")


def _split(spec: str) -> tuple[str, str, str]:
    """(kind, path or URL, model name) of a spec, for prefilling the form."""
    kind, _, rest = (spec or "embedded").partition(":")
    if kind == "openai":
        url, _, query = rest.partition("?")
        name = dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("model", "")
        return kind, url, name
    return (kind if kind in _KINDS else "embedded"), rest, ""


def _kind_labels() -> list[str]:
    """The model kinds as the radio shows them (labels, not a format_func: AppTest reads them as is)."""
    return [t(f"settings.kind.{k}") for k in _KINDS]


def _compose(kind: str, target: str, name: str) -> str:
    if kind == "embedded":
        return "embedded"
    if kind == "openai":
        return f"openai:{target.strip()}?model={name.strip()}" if name.strip() else f"openai:{target.strip()}"
    return f"{kind}:{target.strip()}"


def _apply() -> None:
    """Form callback (runs before the page draws, so the banner and caption show the new spec)."""
    state = st.session_state
    label, target, name = (state[f"w_model_{part}_{lang()}"] for part in ("kind", "target", "name"))
    kind = _KINDS[_kind_labels().index(label)]
    spec = _compose(kind, target, name)
    if kind != "embedded" and not target.strip():
        state.settings_notice = ("error", t("settings.invalid", why=t("settings.need_target")))
        return
    try:
        problem = services.check_model_spec(spec)  # reaches the server and lists its models: seconds at most
    except services.NotAvailable as exc:
        state.settings_notice = ("warning", t("unavailable", what=exc.what, why=exc.why))
        return
    if problem:
        state.settings_notice = ("error", t("settings.invalid", why=problem))
    else:
        state.model_spec = spec
        services.set_app_model_spec(spec)  # what an admin applies is the model for every session
        state.settings_notice = ("success", t("settings.applied", spec=spec))


def _create_account() -> None:
    state = st.session_state
    labels = [t(f"role.{r}") for r in _ROLES]
    role = _ROLES[labels.index(state[f"w_new_role_{lang()}"])]
    try:
        made = services.create_account(state.w_new_user, state.w_new_password, role, state.w_new_display)
    except ValueError as exc:  # content.accounts.AccountError: a readable reason
        state.settings_notice = ("error", str(exc))
    else:
        state.settings_notice = ("success", t("settings.account_created", role=t(f"role.{role}"), name=made.username))


st.title(t("settings.title"))
account = auth.current_account()
admin = account is not None and account.is_admin

# ── language (everyone) ──────────────────────────────────────────────────────────────────────────
st.subheader(t("settings.language"))
seed("w_lang_settings", "lang")
st.radio(t("settings.language"), list(LANGUAGES), format_func=LANGUAGES.get, key="w_lang_settings",
         horizontal=True, on_change=sync, args=("w_lang_settings", "lang"), label_visibility="collapsed")
if not admin:  # models, endpoints, devices and accounts are the admin's
    st.stop()

# ── model ────────────────────────────────────────────────────────────────────────────────────────
st.subheader(t("settings.model"))
st.caption(t("model.current", spec=st.session_state.model_spec))
if services.is_embedded(st.session_state.model_spec):
    st.info(t("demo.banner"))
kind0, target0, name0 = _split(st.session_state.model_spec)
# Keys carry the language: the labels change with it, and a widget whose labels change is a new one.
with st.form("w_model_form"):
    st.radio(t("settings.kind"), _kind_labels(), index=_KINDS.index(kind0), horizontal=True,
             key=f"w_model_kind_{lang()}")
    st.text_input(f"{t('settings.path')} / {t('settings.url')}", value=target0, key=f"w_model_target_{lang()}")
    st.text_input(t("settings.model_name") + " (openai)", value=name0, key=f"w_model_name_{lang()}")
    st.form_submit_button(t("settings.apply"), type="primary", on_click=_apply)
notice = st.session_state.settings_notice
if notice:
    getattr(st, notice[0])(notice[1])
    st.session_state.settings_notice = None  # shown once, after the apply that caused it
st.caption(t("settings.model_help"))

# ── device report ────────────────────────────────────────────────────────────────────────────────
st.subheader(t("settings.device"))
if st.button(t("settings.device.run"), key="w_device"):
    with st.spinner(t("settings.device.running")):
        try:
            st.session_state.device_report = services.device_report(st.session_state.model_spec)
        except services.NotAvailable as exc:
            st.session_state.device_report = t("unavailable", what=exc.what, why=exc.why)
        except Exception as exc:  # a broken driver must give a message, not a traceback
            st.session_state.device_report = t("error.generic", why=f"{type(exc).__name__}: {exc}")
report = st.session_state.device_report
if isinstance(report, dict):
    st.json(report)
elif report:
    st.warning(report)

# ── accounts ─────────────────────────────────────────────────────────────────────────────────────
st.subheader(t("settings.accounts"))
with st.form("w_account_form", clear_on_submit=True):
    st.text_input(t("login.username"), key="w_new_user")
    st.text_input(t("login.display_name"), key="w_new_display")
    st.text_input(t("login.password"), type="password", key="w_new_password")
    # Keyed by language: its labels change with it (see the model form above).
    st.selectbox(t("settings.role"), [t(f"role.{r}") for r in _ROLES], key=f"w_new_role_{lang()}")
    st.form_submit_button(t("settings.create_account"), on_click=_create_account)
st.dataframe([{"id": a.id, "username": a.username, "name": a.display_name, "role": a.role}
              for a in services.list_accounts()], hide_index=True)
