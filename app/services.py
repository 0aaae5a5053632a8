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


def require(module: str, attr: str, what: str) -> Any:
    """`module.attr` from one of our packages, or NotAvailable naming `what` (e.g. "题库 / problem bank")."""
    found = getattr(_module(module, what), attr, None)
    if found is None:
        raise NotAvailable(what, f"{module}.{attr} is missing")
    return found


# ── model ────────────────────────────────────────────────────────────────────────────────────────
EMBEDDED = "embedded"


def set_app_model_spec(spec: str) -> None:
    """Make `spec` the model every session starts with (an admin applied it on Settings); kept in the database."""
    require("content.accounts", "set_setting", "账户 / accounts")("model_spec", spec)


def _app_model_spec() -> str | None:
    try:
        return require("content.accounts", "get_setting", "账户 / accounts")("model_spec")
    except Exception:  # noqa: BLE001 - a database not migrated yet: fall back to the environment
        return None


def default_model_spec() -> str:
    """The spec a session starts with: what an admin applied, else TUTOR_MODEL, else embedded."""
    chosen = _app_model_spec()
    if chosen:
        return chosen
    try:
        return require("tutor_graph.context", "Settings", "求解设置 / solve settings")().model
    except Exception:  # the settings must never stop the app from starting
        return EMBEDDED


def is_embedded(spec: str) -> bool:
    """True for the embedded demo model, which cannot do mathematics."""
    return (spec or EMBEDDED).strip().split("?", 1)[0] == EMBEDDED


def check_model_spec(spec: str) -> str | None:
    """None when the spec can be used now (its files exist, its server answers and serves the model named),
    else the model host's readable reason."""
    return require("model.registry", "check_spec", "模型服务 / model host")(spec)


@st.cache_resource(show_spinner=False)
def chat_model(spec: str) -> Any:
    """Load a model once per process and spec (real models take seconds to minutes to load)."""
    return require("model", "load_model", "模型服务 / model host")(spec)


def device_report(spec: str) -> dict[str, Any]:
    """What `python -m model info` reports for `spec`: device and why, dtype, versions, weights or URL."""
    return require("model.registry", "host_info", "设备报告 / device report")(spec)


@st.cache_resource(show_spinner=False)
def warm_checker() -> bool:
    """Start the math layer's worker processes once per server, so the first solve does not wait for
    SymPy and the specialist to import. Never fails the page: a missing layer shows up when used."""
    try:
        require("tutor_graph.checks", "warm_up", "步骤验证 / step checker")()
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        return False
    return True


# ── solving ──────────────────────────────────────────────────────────────────────────────────────
@st.cache_resource(show_spinner=False)
def solve_graph() -> Any:
    """The compiled solve graph, built once per process."""
    return require("tutor_graph.graph", "graph", "求解流程 / solve graph")


def solve_events(text: str, spec: str, methods: int, lang: str,
                 reading: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Run the solve graph, yielding its progress events and finally {"type": "result", ...}.

    `reading` is a teacher's corrected Reading (see `correct_reading`): solved instead of reading the text.

    A real model is loaded through `chat_model` (cached); the embedded one is left to the graph,
    which skips loading it on problems the symbolic specialist recognises.
    """
    settings_cls = require("tutor_graph.context", "Settings", "求解设置 / solve settings")
    stream = require("tutor_graph.solve", "stream_solve", "求解流程 / solve graph")
    loaded = None if is_embedded(spec) else chat_model(spec)
    settings = settings_cls(model=spec, methods=methods, lang=lang, chat_model=loaded)
    yield from stream(text, settings, graph=solve_graph(), reading=reading)


# ── the reading (step 0) ─────────────────────────────────────────────────────────────────────────
def correct_reading(reading: dict[str, Any], givens: list[tuple[str, str]], goals: list[str],
                    unread_resolved: bool = False) -> tuple[dict[str, Any] | None, list[str]]:
    """A teacher's corrected Reading and the messages of edits that do not parse (1-based), never both."""
    correct = require("tutor_graph.reading", "correct", "读题 / reading")
    fixed = correct(reading, givens, goals, unread_resolved)
    return (dict(fixed.reading) if fixed.reading is not None else None), list(fixed.errors)


def goal_text(goal: dict[str, Any], lang: str) -> str:
    """One read goal in words (`m 的值` / `the value of m`)."""
    return require("tutor_graph.reading.describing", "goal_text", "读题 / reading")(goal, lang)


def decide_verified(steps: list[dict[str, Any]], final_answer: str, reading: dict[str, Any] | None = None) -> bool:
    """Whether a chain counts as verified, by the one rule (tutor_graph.reading.decide_verified)."""
    decide = require("tutor_graph.reading", "decide_verified", "验证规则 / verified rule")
    return bool(decide(steps, final_answer, reading)[0])


def check_step(claim: str, context: tuple[str, ...] = ()) -> dict[str, Any]:
    """Re-verify one claim against givens with the math layer; returns the Verdict as a dict."""
    if not (claim or "").strip():
        return {"status": "unknown", "reason": "没有可验证的断言 / no checkable claim", "counterexample": None}
    check = require("tutor_graph.checks", "check_step", "步骤验证 / step checker")
    return dict(_check_cached(check, claim.strip(), tuple(context)))


@st.cache_data(show_spinner=False, max_entries=4096)
def _check_cached(_check: Any, claim: str, context: tuple[str, ...]) -> dict[str, Any]:
    # The checker is deterministic for a claim and its givens, so an unchanged step is not re-run.
    return _check(claim, list(context) or None).to_dict()


# ── content ──────────────────────────────────────────────────────────────────────────────────────
@st.cache_resource(show_spinner=False)
def knowledge_graph() -> Any:
    """The curriculum knowledge graph (content.knowledge.load_graph), loaded once per process."""
    return require("content.knowledge", "load_graph", "知识图谱 / knowledge graph")()


@st.cache_resource(show_spinner=False)
def bank_problems() -> list[Any]:
    """Every problem of the shipped bank, loaded once per process."""
    return require("content.bank", "load_problems", "题库 / problem bank")()


def bank_modules() -> dict[str, str]:
    """Module id → "中文 / English" name, in curriculum order."""
    return require("content.bank", "MODULES", "题库 / problem bank")


def retrieve(text: str, k: int = 5) -> Any:
    """Likely knowledge points and similar bank problems for a problem text."""
    return require("content.retrieval", "retrieve", "知识检索 / retrieval")(text, k)


def point_namer(lang: str):
    """A function from a knowledge-point (or thinking-method) id to its name in `lang`.

    Ids the graph does not know (or every id, while the graph is not available) stay as they are.
    """
    try:
        graph = knowledge_graph()
    except Exception:
        return lambda pid: pid
    return require("content.handout", "knowledge_namer", "讲义 / handouts")(lang, graph)


def prerequisites_of(point_ids: list[str]) -> dict[str, list[str]]:
    """Direct prerequisites of each point, from the knowledge graph ({} while it is not available)."""
    try:
        graph = knowledge_graph()
    except Exception:
        return {}
    return {pid: list(graph.points[pid].prerequisites) for pid in point_ids if pid in graph.points}


# ── handouts ─────────────────────────────────────────────────────────────────────────────────────────
def handout(lesson: dict[str, Any], name_of: Any, lang: str, version: str, hints: bool, fmt: str) -> str:
    """The lesson's handout (content.handout) as "html" or "markdown": student or teacher version."""
    name = "handout_html" if fmt == "html" else "handout_markdown"
    render = require("content.handout", name, "讲义 / handouts")
    return render(lesson, name_of, lang, version, hints)
# ── accounts and classes (issue 14) ──────────────────────────────────────────────────────────────
_ACCOUNTS = "账户 / accounts"


def create_account(username: str, password: str, role: str, display_name: str = "") -> Any:
    """A new account (admins only reach this); content.accounts.AccountError (a ValueError) says why not."""
    return require("content.accounts", "create_account", _ACCOUNTS)(username, password, role, display_name)


def list_accounts() -> list[Any]:
    """Every account, by username."""
    return require("content.accounts", "list_accounts", _ACCOUNTS)()


def classes_service(name: str) -> Any:
    """A function of content.classes (create_class, classes_of, join_class, members, assign, assignments)."""
    return require("content.classes", name, "班级 / classes")


def learner_key(account: Any) -> str:
    """The learner id under which an account's practice is recorded: its username (unique, readable)."""
    return str(account.username)


def learner_mastery(account_id: int) -> dict[str, float]:
    """Mastery (0–1) per knowledge point of one learner account, from its practice records ({} when none)."""
    account = require("content.accounts", "get_account", _ACCOUNTS)(account_id)
    if account is None:
        return {}
    return require("content.learners", "mastery", "学习记录 / learner records")(learner_key(account))


# ── chain templates (templates) ──────────────────────────────────────────────────────────────────────
def save_as_method(problem: str, solution: dict[str, Any], name: str, owner: str) -> dict[str, Any]:
    """Check an edited chain as a new method of the problem's type and store it with its owner.

    Returns `{ok, type_id, checked_on, errors}` (and `id` when stored). The generalising and checking run in
    the math layer's bounded worker; the store is content's (SQLAlchemy, the one database)."""
    run_bounded = require("tutor_graph.checks", "run_bounded", "检验器 / checker")
    try:
        outcome = dict(run_bounded("specialist.generalise_method", problem, solution, name, timeout_s=240.0))
    except Exception as exc:  # TaskTimeout / TaskError carry a reason; anything else is named
        return {"ok": False, "type_id": "", "checked_on": 0, "errors": [getattr(exc, "reason", "") or type(exc).__name__]}
    if outcome.get("ok"):
        save = require("content.method_store", "save_method", "题型解法库 / method store")
        try:
            outcome["id"] = save(outcome["type_id"], owner, outcome["method"])
        except ValueError as exc:  # a name already taken for this type
            return {**outcome, "ok": False, "errors": [str(exc)]}
    return outcome
