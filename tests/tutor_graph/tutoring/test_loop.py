"""The tutoring loop end to end with real checks: equivalent forms, wrong answers explained by substitution,
the hint ladder, jumping ahead, misconceptions named."""

from __future__ import annotations

import pytest


def test_opening_asks_the_first_question(tutor, chains):
    session = tutor("quadratic")
    assert session.opening["verdict"] is None and session.opening["step"] == 0 and not session.opening["done"]
    assert chains["quadratic"]["steps"][0]["question"] in session.opening["reply"]


@pytest.mark.parametrize("said", ["(x-3)(x-2)", "(x - 2)*(x - 3)", "(3-x)(2-x)"])
def test_a_factorisation_in_another_form_is_accepted(tutor, chains, said):
    assert said.replace(" ", "") not in chains["quadratic"]["steps"][1]["answer"].replace(" ", "")
    session = tutor("quadratic")  # past the idea question: step 1 factors the left side
    reply = session.say(said)
    assert reply["verdict"] == "correct" and reply["step"] == 2


def test_echoing_the_given_expression_is_not_an_answer(tutor):
    reply = tutor("quadratic").say("x^2-5x+6")  # at step 1 (past the idea question)
    assert reply["verdict"] == "wrong" and reply["step"] == 1


@pytest.mark.parametrize("said", ["x=3 或 x=2", "{2,3}", "3,2", "x_1=2, x_2=3", "答案是 2 或 3 吧"])
def test_the_roots_in_any_form_are_accepted(tutor, said):
    session = tutor("quadratic")
    assert session.say("(x-2)(x-3)")["verdict"] == "correct"
    reply = session.say(said)
    assert reply["verdict"] == "correct" and reply["done"], reply


def test_a_wrong_root_is_explained_by_substituting_it(tutor):
    session = tutor("quadratic")
    session.say("(x-2)(x-3)")
    reply = session.say("x=1")
    assert reply["verdict"] == "wrong" and not reply["done"]
    assert "把 $x=1$ 代入" in reply["reply"] and "左边 $= 2$" in reply["reply"] and "不成立" in reply["reply"]


def test_a_lost_root_and_a_sign_slip_are_named(tutor):
    session = tutor("quadratic")
    session.say("(x-2)(x-3)")
    lost = session.say("x=3")
    assert lost["verdict"] == "wrong" and "漏了解" in lost["reply"]
    sign = session.say("x=-2 或 x=-3")
    assert sign["verdict"] == "wrong" and "符号" in sign["reply"]
    assert session.state["mistakes"] == ["lost_root", "sign"]
    # only the first answer on a step is a BKT observation
    assert [o["correct"] for o in session.state["observations"]] == [True, False]


def test_an_identity_error_is_shown_at_a_point(tutor):
    reply = tutor("quadratic").say("(x+2)(x+3)")
    assert reply["verdict"] == "wrong"
    assert "取 $x=2$" in reply["reply"] and "你的式子 $= 20$" in reply["reply"]


@pytest.mark.parametrize("said", ["(1,5)", "1<x<5", "x>1 且 x<5"])
def test_intervals_in_any_form(tutor, chains, said):
    session = tutor("inequality")
    steps = chains["inequality"]["steps"]
    for _ in steps[:-1]:
        session.say("x>1") if session.state["cursor"] == 0 else session.say("x-1<4")
    assert session.state["cursor"] == len(steps) - 1
    reply = session.say(said)
    assert reply["verdict"] == "correct" and reply["done"]


def test_a_wrong_interval_names_the_endpoint(tutor, chains):
    session = tutor("inequality")
    while session.state["cursor"] < len(chains["inequality"]["steps"]) - 1:
        session.say("x>1")
    reply = session.say("[1,5]")
    assert reply["verdict"] == "wrong" and "端点" in reply["reply"]


@pytest.mark.parametrize("said", ["0.6", "6/10", "e=3/5"])
def test_numbers_in_any_form(tutor, chains, said):
    session = tutor("eccentricity")
    reply = session.say(said)  # the final answer straight away: a jump ahead, accepted
    assert reply["verdict"] == "correct"
    assert "解释" in reply["reply"] and not reply["done"]
    done = session.say("先求 c=3，再用 e=c/a")
    assert done["done"]


def test_a_correct_later_result_jumps_ahead_and_asks_to_explain(tutor, chains):
    session = tutor("eccentricity")
    steps = chains["eccentricity"]["steps"]
    later = next(i for i, s in enumerate(steps) if s["answer"].strip("$ ") == "c=3")
    assert later >= 1
    reply = session.say("c=3")  # the answer of a later question while the first is asked
    assert reply["verdict"] == "correct"
    assert steps[0]["question"] in reply["reply"] and session.state["explain"] == 0
    after = session.say("a^2=25，b^2=16，焦点在 x 轴上")
    assert steps[later + 1]["question"] in after["reply"] and after["step"] == later + 1


def test_the_hint_ladder_climbs_and_ends_in_the_first_half(tutor, chains):
    session = tutor("quadratic")
    step = chains["quadratic"]["steps"][1]
    session.say("(x-2)(x-3)")
    rungs = [session.say("提示") for _ in range(len(step["hints"]) + 2)]
    levels = [r["hint_level"] for r in rungs]
    assert levels == sorted(levels) and levels[-1] == len(step["hints"]) + 1
    assert len({r["reply"] for r in rungs[:-1]}) == len(rungs) - 1  # each rung says something new
    assert "前一半" in rungs[-1]["reply"] and all(r["verdict"] is None for r in rungs)
    reply = session.say("x=2 或 x=3")
    assert reply["verdict"] == "correct" and reply["done"]
    assert session.state["observations"][-1]["correct"] is False  # a hint before the answer counts as wrong


def test_unreadable_input_gets_a_clear_message(tutor):
    reply = tutor("quadratic").say("((((")
    assert reply["verdict"] in {"unclear", "wrong"} and "Traceback" not in reply["reply"]


def test_english_replies(tutor):
    session = tutor("quadratic", lang="en")
    assert "First question" in session.opening["reply"]
    reply = session.say("(x+2)(x+3)")
    assert reply["reply"].startswith("Not yet") and "还不对" not in reply["reply"]
