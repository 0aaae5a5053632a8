"""Edit a question chain: reword, reorder, add and delete steps; every edit is re-verified by SymPy.

The chain being edited (the draft) lives in `st.session_state.draft`:
    {"problem", "method", "final_answer", "variants", "givens": [str], "next_uid": int,
     "steps": [Step dict + "uid" and "edited"], "touched": bool (any edit)}
Widgets write into it through callbacks, then `reverify` re-checks every claim against the givens.
Switching to another method shelves the draft (`st.session_state.draft_shelf`), so no edit is lost.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import streamlit as st

from app import plotting, services
from app.auth import current_account
from app.components.chain import point_chips, source_badge, verdict_badge, verdict_reason
from app.i18n import one, t

if TYPE_CHECKING:
    from tutor_graph.result import Result, Solution, Step

FIELDS = ("question", "answer", "claim")


def new_draft(result: Result, index: int) -> dict[str, Any]:
    """A draft copied from solution `index` of a Result (or of a saved case shaped like one)."""
    solution = (result.get("solutions") or [])[index]
    steps = []
    for uid, step in enumerate(solution.get("steps") or []):
        steps.append({**copy.deepcopy(step), "uid": uid, "edited": False})
    return {
        "problem": result.get("problem", ""),
        "method": solution.get("method", ""),
        "final_answer": solution.get("final_answer", ""),
        "variants": copy.deepcopy(result.get("variants") or []),
        "givens": list(result.get("givens") or default_givens(result.get("problem", ""))),
        "knowledge_points": list(solution.get("knowledge_points") or []),
        "next_uid": len(steps),
        "steps": steps,
    }


def default_givens(problem: str) -> list[str]:
    """A function definition found in the problem (`f(x)=…`, `y=…`), which claims may rely on."""
    try:
        found = plotting.function_from_text(problem)
    except services.NotAvailable:
        return []
    head = (found or "").split("=", 1)[0].replace(" ", "")
    return [found] if found and (head.endswith("(x)") or head == "y") else []


def reverify(draft: dict[str, Any], uids: set[int] | None = None) -> None:
    """Re-check the claims of the steps `uids` (default: all) against the draft's givens.

    Claims are checked one by one against the givens, so moving or deleting a step leaves the
    others' verdicts as they are; rewording a step or changing the givens re-checks.
    """
    givens = tuple(g for g in draft.get("givens", []) if g.strip())
    for step in draft["steps"]:
        if uids is not None and step["uid"] not in uids:
            continue
        try:
            step["verdict"] = services.check_step(step.get("claim", ""), givens)
        except services.NotAvailable as exc:
            step["verdict"] = {"status": "unknown", "reason": t("unavailable", what=exc.what, why=exc.why),
                               "counterexample": None}
        except Exception as exc:  # the checker must never take the editor down
            step["verdict"] = {"status": "unknown", "reason": f"{type(exc).__name__}: {exc}", "counterexample": None}


def draft_solution(draft: dict[str, Any]) -> Solution:
    """The draft as a Solution dict (for the handout and the case library)."""
    # The draft's steps are the Result's steps plus the editor's own keys (uid, edited): without them, Steps.
    steps = cast("list[Step]", [{k: v for k, v in s.items() if k not in ("uid", "edited")} for s in draft["steps"]])
    verified = services.decide_verified(steps, draft["final_answer"])  # the one rule (a hand chain: no reading)
    points: dict[str, None] = {}
    for s in steps:
        points.update(dict.fromkeys(s.get("knowledge_points") or []))
    solution: Solution = {
        "method": draft["method"],
        "steps": steps,
        "final_answer": draft["final_answer"],
        "verified": verified,
        "knowledge_points": list(points) or draft.get("knowledge_points", []),
    }
    return solution


def lesson_from(result: Result, draft: dict[str, Any] | None, draft_index: int) -> dict[str, Any]:
    """The lesson to print: the Result's methods, with the edited chain in place of its original."""
    solutions = list(result.get("solutions") or [])
    variants = result.get("variants") or []
    if draft is not None and draft.get("problem") == result.get("problem"):
        edited = draft_solution(draft)
        if 0 <= draft_index < len(solutions):
            solutions[draft_index] = edited
        else:
            solutions.append(edited)
        variants = draft.get("variants") or variants
    first: Mapping[str, Any] = solutions[0] if solutions else {}
    return {
        "problem": result.get("problem", ""),
        "topic": result.get("topic", ""),
        "knowledge_points": list(result.get("knowledge_points") or first.get("knowledge_points") or []),
        "final_answer": first.get("final_answer") or result.get("final_answer", ""),
        "solutions": solutions,
        "variants": variants,
    }


# ── callbacks (run before the script, so the page draws the edited draft) ─────────────────────────
def _index(draft: dict[str, Any], uid: int) -> int:
    return next(i for i, s in enumerate(draft["steps"]) if s["uid"] == uid)


def _edit(uid: int, field: str) -> None:
    draft = st.session_state.draft
    step = draft["steps"][_index(draft, uid)]
    value = st.session_state[f"w_d{uid}_{field}"]
    if value == step.get(field, ""):
        return
    step[field] = value
    step["edited"] = draft["touched"] = True
    # A step the teacher wrote stays teacher-written; any other step the teacher changed is teacher-edited.
    if step.get("source") != "teacher":
        step["source"] = "teacher_edited"
    reverify(draft, {uid})


def _move(uid: int, delta: int) -> None:
    steps = st.session_state.draft["steps"]
    i = _index(st.session_state.draft, uid)
    j = i + delta
    if 0 <= j < len(steps):
        steps[i], steps[j] = steps[j], steps[i]
        st.session_state.draft["touched"] = True


def _delete(uid: int) -> None:
    draft = st.session_state.draft
    del draft["steps"][_index(draft, uid)]
    draft["touched"] = True


def _add() -> None:
    draft = st.session_state.draft
    uid = draft["next_uid"]
    draft["next_uid"] += 1
    draft["touched"] = True
    draft["steps"].append(
        {"uid": uid, "edited": True, "question": "", "answer": "", "claim": "",
         "verdict": {"status": "unknown", "reason": "", "counterexample": None}, "source": "teacher",
         "knowledge_points": [], "hints": []}
    )
    reverify(draft, {uid})


def _edit_meta(field: str) -> None:
    draft = st.session_state.draft
    value = st.session_state[f"w_draft_meta_{field}"]
    if field == "givens":
        draft["givens"] = [g.strip() for g in value.split(";") if g.strip()]
        reverify(draft)
    else:
        draft[field] = value
    draft["touched"] = True


def _choose_method(result: Result) -> None:
    # The draft being left goes on the shelf, so switching back to it finds the teacher's edits.
    index = st.session_state.w_draft_method
    shelf = st.session_state.draft_shelf
    if st.session_state.draft is not None:
        shelf[st.session_state.draft_method] = st.session_state.draft
    st.session_state.draft_method = index
    st.session_state.draft = shelf.pop(index, None) or new_draft(result, index)


def draft_problems(draft: dict[str, Any]) -> list[str]:
    """What stops the draft from being saved, each naming 第 n 问 (1-based, as the page numbers them)."""
    if not draft["steps"]:
        return [t("edit.no_steps")]
    found = []
    for n, step in enumerate(draft["steps"], start=1):
        for field in ("question", "answer"):
            if not str(step.get(field) or "").strip():
                found.append(t("edit.empty", n=n, field=t(f"edit.empty_field.{field}")))
    return found


def has_edits(draft: dict[str, Any] | None) -> bool:
    """True when a teacher changed anything in the draft (a step, its order, the name, answer or givens)."""
    return bool(draft and draft.get("touched"))


# ── drawing ──────────────────────────────────────────────────────────────────────────────────────
def _step_row(n: int, step: dict[str, Any], count: int, name_of) -> None:
    uid = step["uid"]
    with st.container(border=True):
        head, up, down, delete = st.columns([8, 1, 1, 1])
        head.markdown(f"**{t('result.step', n=n)}** " + verdict_badge(step["verdict"]) + " "
                      + source_badge(step.get("source", "model")))
        up.button("↑", key=f"w_d{uid}_up", help=t("edit.up"), on_click=_move, args=(uid, -1), disabled=n == 1)
        down.button("↓", key=f"w_d{uid}_down", help=t("edit.down"), on_click=_move, args=(uid, 1),
                    disabled=n == count)
        delete.button("✕", key=f"w_d{uid}_del", help=t("edit.delete"), on_click=_delete, args=(uid,))
        for field in FIELDS:
            key = f"w_d{uid}_{field}"
            st.session_state[key] = step.get(field, "")
            placeholder = t("edit.new_question") if field == "question" else None
            st.text_input(t(f"edit.{field}"), key=key, on_change=_edit, args=(uid, field), placeholder=placeholder)
        reason = verdict_reason(step["verdict"])
        if reason:
            st.caption(reason)
        if step.get("knowledge_points"):
            st.markdown(point_chips(step["knowledge_points"], name_of))


def render_editor(result: Result, name_of: Callable[[str], str]) -> None:
    """Pick a method, then edit its chain step by step; the draft survives reruns and page switches."""
    solutions = result.get("solutions") or []
    if not solutions:
        return
    st.subheader(t("edit.title"))
    names = [one(s.get("method", "")) for s in solutions]
    index = min(st.session_state.draft_method, len(names) - 1)
    st.session_state.w_draft_method = index
    st.selectbox(t("edit.method"), range(len(names)), format_func=lambda i: names[i], key="w_draft_method",
                 on_change=_choose_method, args=(result,))
    draft = st.session_state.draft
    if draft is None or draft.get("problem") != result.get("problem"):
        draft = st.session_state.draft = new_draft(result, index)
        st.session_state.draft_method = index
        st.session_state.draft_shelf = {}
    shelved = [names[i] for i, d in sorted(st.session_state.draft_shelf.items()) if i < len(names) and has_edits(d)]
    if shelved:
        st.caption(t("edit.shelved", names="、".join(shelved)))
    for field, label in (("method", "edit.method_name"), ("final_answer", "result.final")):
        st.session_state[f"w_draft_meta_{field}"] = draft[field]
        st.text_input(t(label), key=f"w_draft_meta_{field}", on_change=_edit_meta, args=(field,))
    st.session_state.w_draft_meta_givens = "; ".join(draft.get("givens", []))
    st.text_input(t("edit.givens"), key="w_draft_meta_givens", on_change=_edit_meta, args=("givens",),
                  help=t("edit.givens_help"))
    for n, step in enumerate(draft["steps"], start=1):
        _step_row(n, step, len(draft["steps"]), name_of)
    st.button(t("edit.add"), key="w_draft_add", on_click=_add)
    _render_save_as_method(draft)


def _render_save_as_method(draft: dict[str, Any]) -> None:
    """Save the edited chain as a new method of its problem type (owner: the logged-in account)."""
    with st.expander(t("method.title")):
        st.caption(t("method.help"))
        who = current_account()
        if who is None:
            st.info(t("method.login"))
            return
        with st.form("w_method_form"):
            name = st.text_input(t("method.name"), value=one(draft.get("method", "")), key="w_method_name")
            submitted = st.form_submit_button(t("method.button"))
        if submitted:
            problems = draft_problems(draft)
            if problems:
                st.error(t("method.failed", why="；".join(problems)))
                return
            try:
                outcome = services.save_as_method(draft["problem"], draft_solution(draft), name, who.username)
            except services.NotAvailable as exc:
                st.warning(t("unavailable", what=exc.what, why=exc.why))
                return
            if outcome.get("ok"):
                st.success(t("method.saved", type=outcome["type_id"], n=outcome["checked_on"]))
            else:
                st.error(t("method.failed", why="；".join(outcome.get("errors") or ["?"])))
