"""The app's one door to the packages: heavy objects cached per process, readable errors.

Pages call these functions and never import `tutor_graph`, `content` or `model` themselves, so a
package that is missing or half-built shows up as one `NotAvailable` message, never a traceback.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import streamlit as st


class NotAvailable(RuntimeError):
    """A package the page needs is not built yet or failed to load; `str()` reads well."""

    def __init__(self, what: str, why: str) -> None:
        super().__init__(f"{what}: {why}")
        self.what = what
        self.why = why


def _module(name: str, what: str) -> ModuleType:
    """Import one of our packages, turning an ImportError into NotAvailable(what, why)."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise NotAvailable(what, f"{type(exc).__name__}: {exc}") from exc


def _attr(module: str, attr: str, what: str) -> Any:
    found = getattr(_module(module, what), attr, None)
    if found is None:
        raise NotAvailable(what, f"{module}.{attr} is missing")
    return found


# ── model ────────────────────────────────────────────────────────────────────────────────────────
EMBEDDED = "embedded"


def default_model_spec() -> str:
    """The spec a solve uses when the user has not chosen one (TUTOR_MODEL, else embedded)."""
    try:
        return _attr("tutor_graph.context", "Settings", "求解设置 / solve settings")().model
    except Exception:  # the settings must never stop the app from starting
        return EMBEDDED


def is_embedded(spec: str) -> bool:
    """True for the embedded demo model, which cannot do mathematics."""
    return (spec or EMBEDDED).strip().split("?", 1)[0] == EMBEDDED


def check_model_spec(spec: str) -> str | None:
    """Return None when the spec is well-formed, else the model host's readable reason."""
    parse = _attr("model.registry", "parse_spec", "模型服务 / model host")
    try:
        parse(spec)
    except ValueError as exc:
        return str(exc)
    return None


@st.cache_resource(show_spinner=False)
def chat_model(spec: str) -> Any:
    """Load a model once per process and spec (real models take seconds to minutes to load)."""
    return _attr("model", "load_model", "模型服务 / model host")(spec)


def device_report(spec: str) -> dict[str, Any]:
    """What `python -m model info` reports for `spec`: device and why, dtype, versions, weights or URL."""
    return _attr("model.registry", "host_info", "设备报告 / device report")(spec)


# ── solving ──────────────────────────────────────────────────────────────────────────────────────
@st.cache_resource(show_spinner=False)
def solve_graph() -> Any:
    """The compiled solve graph, built once per process."""
    return _attr("tutor_graph.graph", "graph", "求解流程 / solve graph")


def solve_events(text: str, spec: str, methods: int, lang: str) -> Iterator[dict[str, Any]]:
    """Run the solve graph, yielding its progress events and finally {"type": "result", ...}.

    A real model is loaded through `chat_model` (cached); the embedded one is left to the graph,
    which skips loading it on problems the symbolic specialist recognises.
    """
    settings_cls = _attr("tutor_graph.context", "Settings", "求解设置 / solve settings")
    stream = _attr("tutor_graph.solve", "stream_solve", "求解流程 / solve graph")
    loaded = None if is_embedded(spec) else chat_model(spec)
    settings = settings_cls(model=spec, methods=methods, lang=lang, chat_model=loaded)
    yield from stream(text, settings, graph=solve_graph())


def check_step(claim: str, context: tuple[str, ...] = ()) -> dict[str, Any]:
    """Re-verify one claim against givens with the math layer; returns the Verdict as a dict."""
    if not (claim or "").strip():
        return {"status": "unknown", "reason": "没有可验证的断言 / no checkable claim", "counterexample": None}
    check = _attr("tutor_graph.checks", "check_step", "步骤验证 / step checker")
    return dict(_check_cached(check, claim.strip(), tuple(context)))


@st.cache_data(show_spinner=False, max_entries=4096)
def _check_cached(_check: Any, claim: str, context: tuple[str, ...]) -> dict[str, Any]:
    # The checker is deterministic for a claim and its givens, so an unchanged step is not re-run.
    return _check(claim, list(context) or None).to_dict()


# ── content ──────────────────────────────────────────────────────────────────────────────────────
@st.cache_resource(show_spinner=False)
def knowledge_graph() -> Any:
    """The curriculum knowledge graph (content.knowledge.load_graph), loaded once per process."""
    return _attr("content.knowledge", "load_graph", "知识图谱 / knowledge graph")()


@st.cache_resource(show_spinner=False)
def bank_problems() -> list[Any]:
    """Every problem of the shipped bank, loaded once per process."""
    return _attr("content.bank", "load_problems", "题库 / problem bank")()


def bank_modules() -> dict[str, str]:
    """Module id → "中文 / English" name, in curriculum order."""
    return _attr("content.bank", "MODULES", "题库 / problem bank")


def retrieve(text: str, k: int = 5) -> Any:
    """Likely knowledge points and similar bank problems for a problem text."""
    return _attr("content.retrieval", "retrieve", "知识检索 / retrieval")(text, k)


def point_namer(lang: str):
    """A function from a knowledge-point (or thinking-method) id to its name in `lang`.

    Ids the graph does not know (or every id, while the graph is not available) stay as they are.
    """
    try:
        graph = knowledge_graph()
    except Exception:
        return lambda pid: pid

    def name_of(pid: str) -> str:
        item = graph.points.get(pid) or graph.methods.get(pid)
        if item is None:
            return pid
        return (item.name_en or item.name_zh) if lang == "en" else item.name_zh

    return name_of


def prerequisites_of(point_ids: list[str]) -> dict[str, list[str]]:
    """Direct prerequisites of each point, from the knowledge graph ({} while it is not available)."""
    try:
        graph = knowledge_graph()
    except Exception:
        return {}
    return {pid: list(graph.points[pid].prerequisites) for pid in point_ids if pid in graph.points}


# ── case library ─────────────────────────────────────────────────────────────────────────────────
_CASES = "案例库 / case library"


def case_library() -> Any:
    """The SQLite case library (file from env TUTOR_CASES_DB, else the user data folder)."""
    path = _attr("content.cases", "default_path", _CASES)()
    return _case_library(str(path))


@st.cache_resource(show_spinner=False)
def _case_library(path: str) -> Any:
    # Keyed by path, so a changed TUTOR_CASES_DB (tests, a second deployment) gets its own library.
    return _attr("content.cases", "CaseLibrary", _CASES)(path)


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

    Steps come back labelled `teacher` (an app-only source): the chain is the teacher's saved text.
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
                "source": "teacher",
                "knowledge_points": list(step.get("knowledge_points") or []),
                "hints": [],
            })
        claimed = [s for s in steps if s["claim"]]
        solutions.append({
            "method": name,
            "steps": steps,
            "final_answer": problem.get("final_answer", ""),
            "verified": bool(claimed) and all(s["verdict"]["status"] == "verified" for s in claimed),
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
    to_problem = _attr("content.cases", "problem_from_result", _CASES)
    problem = to_problem(lesson, module=module, difficulty=difficulty)
    for method in problem["methods"]:
        for step in method["steps"]:
            if step.get("claim") and givens:
                step["context"] = list(givens)  # re-verification on open needs the same givens
            if not step.get("knowledge_points"):
                step["knowledge_points"] = list(problem["knowledge_points"])
    case = case_library().save(
        problem, author=author, title=title or None, tags=tags, case_id=case_id, expected_version=expected_version
    )
    return {"id": case.id, "version": case.version}
