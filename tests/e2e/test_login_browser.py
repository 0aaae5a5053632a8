"""Logging in through the real form in chromium: the cookie keeps the login across a reload, logout ends it."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import CHROMIUM_ARGS, snap  # noqa: F401 - the harness's browser flags

pytestmark = pytest.mark.browser
WAIT_MS = 180_000


def test_login_form_then_reload_then_logout(browser, server, artifacts_dir):
    server.session_token()  # an admin exists (no first-run form)
    server.session_token("form-teacher", "teacher", "表单老师")  # the account exists; the form logs in
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    context.set_default_timeout(60_000)
    tab = context.new_page()
    try:
        tab.goto(f"{server.url}/settings")
        tab.get_by_label("用户名").first.fill("form-teacher")
        tab.get_by_label("密码").first.fill("wrong password")
        tab.get_by_role("button", name="登录").first.click()
        tab.get_by_text("用户名或密码不对").wait_for(timeout=WAIT_MS)
        tab.get_by_label("密码").first.fill("e2e password")
        tab.get_by_role("button", name="登录").first.click()
        tab.get_by_text("已登录：表单老师").wait_for(timeout=WAIT_MS)
        tab.wait_for_function("() => document.cookie.includes('tutor_session=')", timeout=WAIT_MS)
        tab.goto(f"{server.url}/settings")  # a new Streamlit session: the cookie logs it in
        tab.get_by_text("已登录：表单老师").wait_for(timeout=WAIT_MS)
        snap(tab, artifacts_dir / "logged_in.png")
        tab.get_by_role("button", name="退出登录").click()
        tab.get_by_role("button", name="登录").first.wait_for(timeout=WAIT_MS)
        tab.goto(f"{server.url}/settings")
        tab.get_by_role("button", name="登录").first.wait_for(timeout=WAIT_MS)
        assert tab.get_by_text("已登录：").count() == 0
    except Exception:
        snap(tab, artifacts_dir / "FAILED_login.png")
        print(server.log())
        raise
    finally:
        context.close()
