"""The case library seen from the app: search, open (re-verified) and save lessons as cases.

Adapts `content.cases` (bank-shaped problems with version history in SQLite) to the Result shape
the pages draw, so pages never touch SQL or the bank schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import streamlit as st

from app.auth import current_account
from app.services import bank_modules, check_step, decide_verified, knowledge_graph, needs

if TYPE_CHECKING:
    from tutor_graph.result import Result

_CASES = "案例库 / case library"


def case_library() -> Any:
    """The case library (env TUTOR_CASES_DB, else the project database)."""
    with needs(_CASES):
        from content.cases import default_path
    path = default_path()
    return _case_library(str(path))


@st.cache_resource(show_spinner=False)
def _case_library(path: str) -> Any:
    # Keyed by path, so a changed TUTOR_CASES_DB (tests, a second deployment) gets its own library.
    with needs(_CASES):
        from content.cases import CaseLibrary
    return CaseLibrary(path)


def _case_summary(case: Any) -> dict[str, Any]:
    current = case.current
    return {
        "id": case.id,
        "version": current.version,
        "title": current.title,
        "author": current.author,
        "tags": list(current.tags),
        "saved_at": current.saved_at,
        "problem": current.problem.get("question_zh", ""),
    }


def search_cases(query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Saved cases matching `query` (best first), or the newest cases when the query is empty."""
    library = case_library()
    if (query or "").strip():
        found = [case for case, _score in library.search(query.strip(), k=limit)]
    else:
        found = library.list()[:limit]
    return [_case_summary(case) for case in found]


def get_case(case_id: int) -> Result:
    """A saved case shaped like a Result (content.case_results), its steps re-verified now (verdicts are not
    stored) and each solution's "verified" decided by the one rule."""
    with needs(_CASES):
        from content.case_results import result_from_problem
    case = case_library().get(int(case_id))
    lesson = result_from_problem(case.current.problem, check_step, decide_verified)
    lesson["case"] = {"id": case.id, "version": case.version, "title": case.current.title,
                      "author": case.current.author, "tags": list(case.current.tags)}
    return cast("Result", lesson)  # the shape result_from_problem builds


def guess_module(lesson: Mapping[str, Any]) -> str | None:
    """The curriculum module of a lesson: its topic when that is a module, else its first point's."""
    modules = bank_modules()
    if lesson.get("topic") in modules:
        return lesson["topic"]
    try:
        graph = knowledge_graph()
    except Exception:
        return None
    points = list(lesson.get("knowledge_points") or [])
    points += [p for s in lesson.get("solutions") or [] for p in s.get("knowledge_points") or []]
    for pid in points:
        if pid in graph.points and graph.points[pid].module in modules:
            return graph.points[pid].module
    return None


def save_case(
    lesson: dict[str, Any],
    *,
    givens: list[str],
    module: str,
    difficulty: int,
    title: str,
    author: str,
    tags: list[str],
    case_id: int | None = None,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Save a lesson (problem + solutions) as a new case or a new version; returns {"id", "version"}.

    The library validates first and writes in one transaction; its CaseError names each bad field.
    """
    with needs(_CASES):
        from content.case_results import problem_from_result
    problem = problem_from_result(lesson, module=module, difficulty=difficulty, givens=givens)
    # The author is the logged-in account, never the typed name (kept only for sessions without a login,
    # e.g. scripts); saving a colleague's case makes the account's own fork (content.cases).
    account = current_account()
    case = case_library().save(
        problem, author=account or author, title=title or None, tags=tags, case_id=case_id,
        expected_version=expected_version,
    )
    return {"id": case.id, "version": case.version}
