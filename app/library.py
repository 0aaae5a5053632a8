"""The case library seen from the app: search, open (re-verified) and save lessons as cases.

Adapts `content.cases` (bank-shaped problems with version history in SQLite) to the Result shape
the pages draw, so pages never touch SQL or the bank schema.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from app.auth import current_account
from app.services import bank_modules, check_step, decide_verified, knowledge_graph, require

_CASES = "案例库 / case library"


def case_library() -> Any:
    """The case library (env TUTOR_CASES_DB, else the project database)."""
    path = require("content.cases", "default_path", _CASES)()
    return _case_library(str(path))


@st.cache_resource(show_spinner=False)
def _case_library(path: str) -> Any:
    # Keyed by path, so a changed TUTOR_CASES_DB (tests, a second deployment) gets its own library.
    return require("content.cases", "CaseLibrary", _CASES)(path)


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


def get_case(case_id: int) -> dict[str, Any]:
    """A saved case shaped like a Result, its steps re-verified now (verdicts are not stored).

    Each step keeps the source saved with it (specialist, model, repaired, teacher-written, teacher-edited);
    a case saved before sources were kept says `teacher`: the chain is the teacher's saved text.
    """
    case = case_library().get(int(case_id))
    problem = case.current.problem
    solutions = []
    for method in problem.get("methods") or []:
        name = method["name_zh"] + (f" / {method['name_en']}" if method.get("name_en") else "")
        steps = []
        for step in method.get("steps") or []:
            givens = tuple(step.get("context") or ())
            steps.append({
                "question": step.get("question_zh", ""),
                "answer": step.get("answer", ""),
                "claim": step.get("claim") or "",
                "context": list(givens),
                "verdict": check_step(step.get("claim") or "", givens),
                "source": step.get("source") or "teacher",
                "knowledge_points": list(step.get("knowledge_points") or []),
                "hints": [],
            })
        solutions.append({
            "method": name,
            "steps": steps,
            "final_answer": problem.get("final_answer", ""),
            "verified": decide_verified(steps, problem.get("final_answer", "")),
            "knowledge_points": list(dict.fromkeys(p for s in steps for p in s["knowledge_points"])),
        })
    givens = list(dict.fromkeys(g for sol in solutions for s in sol["steps"] for g in s["context"]))
    return {
        "problem": problem.get("question_zh", ""),
        "topic": problem.get("module", ""),
        "knowledge_points": list(problem.get("knowledge_points") or []),
        "final_answer": problem.get("final_answer", ""),
        "solutions": solutions,
        "variants": [],
        "trace": [],
        "model": "",
        "warnings": [],
        "givens": givens,
        "case": {"id": case.id, "version": case.version, "title": case.current.title,
                 "author": case.current.author, "tags": list(case.current.tags)},
    }


def guess_module(lesson: dict[str, Any]) -> str | None:
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
    to_problem = require("content.cases", "problem_from_result", _CASES)
    problem = to_problem(lesson, module=module, difficulty=difficulty)
    for method, solution in zip(problem["methods"], lesson.get("solutions") or [], strict=False):
        for step, shown in zip(method["steps"], solution.get("steps") or [], strict=False):
            if shown.get("source"):
                step["source"] = shown["source"]  # the label the teacher saw is the label reopened
    for method in problem["methods"]:
        for step in method["steps"]:
            if step.get("claim") and givens:
                step["context"] = list(givens)  # re-verification on open needs the same givens
            if not step.get("knowledge_points"):
                step["knowledge_points"] = list(problem["knowledge_points"])
    # The author is the logged-in account, never the typed name (kept only for sessions without a login,
    # e.g. scripts); saving a colleague's case makes the account's own fork (content.cases).
    account = current_account()
    case = case_library().save(
        problem, author=account or author, title=title or None, tags=tags, case_id=case_id,
        expected_version=expected_version,
    )
    return {"id": case.id, "version": case.version}
