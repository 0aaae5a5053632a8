"""Login, roles and classes under AppTest (issue 14): nobody sees a page before logging in; students see
only their own classes; teachers create classes, students join with the code."""

from __future__ import annotations

import pytest

from content import accounts
from content.db import upgrade
from tests.app.conftest import assert_clean, logged_in, texts


def _titles(at) -> list[str]:
    return [t.value for t in at.title]


def test_the_first_run_creates_the_admin_and_logs_in(anonymous):
    at = anonymous().run()
    assert_clean(at)
    assert _titles(at) == ["登录"] and any("第一个管理员" in i for i in texts(at.info))
    at.text_input(key="w_admin_user").input("root")
    at.text_input(key="w_admin_password").input("a long secret")
    at.button(key="FormSubmitter:w_admin_form-创建管理员").click().run()
    assert_clean(at)
    assert _titles(at) == ["教师工作台"]
    assert accounts.has_admin()


def test_a_wrong_password_stays_on_the_login_page(anonymous):
    upgrade()
    accounts.create_first_admin("root", "a long secret")
    at = anonymous().run()
    at.text_input(key="w_login_user").input("root")
    at.text_input(key="w_login_password").input("not the secret")
    at.button(key="FormSubmitter:w_login_form-登录").click().run()
    assert_clean(at)
    assert _titles(at) == ["登录"] and any("用户名或密码不对" in e for e in texts(at.error))
    at.text_input(key="w_login_password").input("a long secret")
    at.button(key="FormSubmitter:w_login_form-登录").click().run()
    assert _titles(at) == ["教师工作台"]


def test_pages_are_out_of_reach_before_login(anonymous):
    at = anonymous().run()
    at.switch_page("views/teacher.py").run()  # known, but the login runs in its place
    assert _titles(at) == ["登录"] and at.session_state.auth_token is None
    assert not at.text_area and not [w for w in at.text_input if w.key and w.key.startswith("w_model_")]


def test_an_expired_or_forged_token_is_no_login(anonymous):
    at = anonymous()
    at.session_state["auth_token"] = "forged-token"
    at.run()
    assert _titles(at) == ["登录"]


def test_a_teacher_makes_a_class_and_a_student_joins_with_its_code(app):
    teacher = logged_in(app(), "wang", "teacher").run()
    teacher.switch_page("views/classes.py").run()
    assert_clean(teacher)
    teacher.text_input(key="w_class_name").input("高一(1)班")
    teacher.button(key="FormSubmitter:w_class_form-建立").click().run()
    assert_clean(teacher)
    created = [s for s in texts(teacher.success) if "班级码" in s or "join code" in s]
    assert created, texts(teacher.success)
    code = created[0].split("**")[1]
    assert len(code) == 6

    student = logged_in(app(), "amy", "student").run()
    assert _titles(student) == ["学生练习"]  # a student's home is practice: no teacher workspace
    student.switch_page("views/classes.py").run()
    student.text_input(key="w_join_code").input(code.lower())
    student.button(key="FormSubmitter:w_class_form-加入").click().run()
    assert_clean(student)
    assert any("已加入" in s for s in texts(student.success))
    other = logged_in(app(), "bob", "student").run()
    other.switch_page("views/classes.py").run()
    assert any("还没有班级" in i for i in texts(other.info))  # bob sees no class of amy's

    teacher.run()
    teacher.selectbox(key="w_assign_problem").set_value(teacher.selectbox(key="w_assign_problem").options[0])
    teacher.button(key="FormSubmitter:w_assign_form-布置").click().run()
    assert_clean(teacher)
    assert any("还没有学习记录" in i for i in texts(teacher.info))  # the dashboard, before any practice
    student.run()  # still on the classes page it switched to
    assert len(student.dataframe) == 1 and len(student.dataframe[0].value) == 1


def test_a_student_cannot_open_the_teacher_workspace(app):
    at = logged_in(app(), "amy", "student").run()
    with pytest.raises(ValueError, match="navigation page"):
        at.switch_page("views/teacher.py")
    at.switch_page("views/settings.py").run()  # settings: the language only
    assert not [w for w in at.text_input if w.key and w.key.startswith("w_model_")]
