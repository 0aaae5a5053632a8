"""The reading as step 0 on the teacher page: givens and goal shown, partial readings said so, a corrected
given solved again (the answer back-substituted into the corrected givens), 1-based messages for bad edits."""

from __future__ import annotations

from tests.app.conftest import assert_clean, texts

WAIT = 300  # a cold solve on a loaded 2-core machine
VECTORS = "已知向量 a=(-1,2), b=(m,1), 若向量 a+b 与 a 垂直, 则 m="
PARTIAL = "已知矩形 ABCD 的顶点都在半径为 4 的球 O 的球面上, 且 AB=6, BC=2√3, 则棱锥 O-ABCD 的体积为"


def _solve(at, problem: str):
    if not at.text_area:  # a fresh session: draw the page first
        at.run()
    at.text_area(key="w_problem").input(problem)
    at.button(key="w_run").click().run(timeout=WAIT)
    assert_clean(at)
    return at


def _input(at, label: str):
    return next(w for w in at.text_input if w.label == label)


def _shown(at) -> str:
    return " ".join(texts(at.main.markdown) + texts(at.main.warning) + texts(at.main.error))


def test_the_reading_is_step_zero_with_its_givens_and_goal(app):
    at = _solve(app(), VECTORS)
    shown = _shown(at)
    assert "0. 读题" in shown and "**已知**" in shown and "**求**" in shown
    assert "a+b 与 a 垂直" in shown and "m 的值" in shown  # the span and the asked quantity
    assert "部分读题" not in shown  # a complete reading


def test_the_english_switch_shows_the_reading_in_english(app):
    at = app()
    at.session_state.lang = "en"
    at.run()
    _solve(at, "Solve $x^2-5x+6=0$")
    shown = _shown(at)
    assert "0. Reading the problem" in shown and "**Find**" in shown and "the solutions of" in shown
    assert "0. 读题" not in shown


def test_a_partial_reading_says_so_and_is_never_verified(app):
    at = _solve(app(), PARTIAL)
    shown = _shown(at)
    assert "部分读题" in shown and "永远不会标为已验证" in shown
    assert "未读懂的部分" in shown
    assert not any(s["verified"] for s in at.session_state.result["solutions"])


def test_a_corrected_given_is_solved_again_and_verified(app):
    at = _solve(app(), VECTORS)
    first = at.session_state.result
    assert first["final_answer"].replace("$", "").replace("m=", "").strip() == "7"
    claim = _input(at, "已知 3：式子")
    assert claim.value == first["reading"]["givens"][2]["claim"]
    claim.input("a ⊥ b")
    at.button(key="w_rd_solve_again").click().run(timeout=WAIT)
    assert_clean(at)
    again = at.session_state.result
    assert again is not first and again["reading"]["corrected"]
    assert again["final_answer"].replace("$", "").replace("m=", "").strip() == "2"
    assert again["solutions"][0]["verified"]
    shown = _shown(at)
    assert "a ⊥ b" in shown  # the given now says what the teacher wrote
    assert "已由教师更正" in shown and "按教师更正后的读题求解" in " ".join(texts(at.caption))


def test_a_correction_that_does_not_parse_names_the_given(app):
    at = _solve(app(), VECTORS)
    first = at.session_state.result
    _input(at, "已知 3：式子").input("m+=")
    at.button(key="w_rd_solve_again").click().run(timeout=WAIT)
    assert_clean(at)
    assert at.session_state.result is first or at.session_state.result == first  # nothing solved
    errors = texts(at.error)
    assert any("已知 3 无法解析" in e and "m+=" in e for e in errors), errors
    assert not any("Given 3" in e for e in errors)  # one language at a time
