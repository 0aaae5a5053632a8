"""The app's one door to the packages: typed functions, heavy objects cached per process, readable errors.

Pages call these functions and never import `tutor_graph`, `content` or `model` themselves, so a
package that is missing or half-built shows up as one `NotAvailable` message, never a traceback. Each
function imports what it calls inside its body (`with needs(...)`): the app starts without loading the
packages, and the type checker still sees every call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

import streamlit as st

if TYPE_CHECKING:  # types only: the packages themselves are imported when a function first needs them
    from langgraph.graph.state import CompiledStateGraph

    from content.accounts import Account, Role
    from content.bank import Problem
    from content.knowledge import KnowledgeGraph
    from content.retrieval import Retrieval
    from model.base import ChatModel
    from tutor_graph.checks import Verdict
    from tutor_graph.result import ReadGoal, Reading, Step


class NotAvailable(RuntimeError):
    """A package the page needs is not built yet or failed to load; `str()` reads well."""

    def __init__(self, what: str, why: str) -> None:
        super().__init__(f"{what}: {why}")
        self.what = what
        self.why = why


@contextmanager
def needs(what: str) -> Iterator[None]:
    """Around a lazy import of one of our packages: an ImportError becomes NotAvailable(what, why).

    Imports stay inside the functions that use them (the app starts fast) and stay typed: no module is
    looked up by name.
    """
    try:
        yield
    except ImportError as exc:
        raise NotAvailable(what, f"{type(exc).__name__}: {exc}") from exc


# ── model ────────────────────────────────────────────────────────────────────────────────────────
EMBEDDED = "embedded"


def set_app_model_spec(spec: str) -> None:
    """Make `spec` the model every session starts with (an admin applied it on Settings); kept in the database."""
    with needs("账户 / accounts"):
        from content.accounts import set_setting
    set_setting("model_spec", spec)


def _app_model_spec() -> str | None:
    try:
        with needs("账户 / accounts"):
            from content.accounts import get_setting
        return get_setting("model_spec")
    except Exception:  # noqa: BLE001 - a database not migrated yet: fall back to the environment
        return None


def default_model_spec() -> str:
    """The spec a session starts with: what an admin applied, else TUTOR_MODEL, else embedded."""
    chosen = _app_model_spec()
    if chosen:
        return chosen
    try:
        with needs("求解设置 / solve settings"):
            from tutor_graph.context import Settings
        return Settings().model
    except Exception:  # the settings must never stop the app from starting
        return EMBEDDED


def is_embedded(spec: str) -> bool:
    """True for the embedded demo model, which cannot do mathematics."""
    return (spec or EMBEDDED).strip().split("?", 1)[0] == EMBEDDED


def check_model_spec(spec: str) -> str | None:
    """None when the spec can be used now (its files exist, its server answers and serves the model named),
    else the model host's readable reason."""
    with needs("模型服务 / model host"):
        from model.registry import check_spec
    return check_spec(spec)


@st.cache_resource(show_spinner=False)
def chat_model(spec: str) -> ChatModel:
    """Load a model once per process and spec (real models take seconds to minutes to load)."""
    with needs("模型服务 / model host"):
        from model import load_model
    return load_model(spec)


def device_report(spec: str) -> dict[str, Any]:
    """What `python -m model info` reports for `spec`: device and why, dtype, versions, weights or URL."""
    with needs("设备报告 / device report"):
        from model.registry import host_info
    return host_info(spec)


@st.cache_resource(show_spinner=False)
def warm_checker() -> bool:
    """Start the math layer's worker processes once per server, so the first solve does not wait for
    SymPy and the specialist to import. Never fails the page: a missing layer shows up when used."""
    try:
        with needs("步骤验证 / step checker"):
            from tutor_graph.bounded_tasks import register_tasks
            from tutor_graph.checks import warm_up
        register_tasks()  # first: workers started now then know (and warm up) the specialist's tasks
        warm_up()
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        return False
    return True


# ── solving ──────────────────────────────────────────────────────────────────────────────────────
@st.cache_resource(show_spinner=False)
def solve_graph() -> CompiledStateGraph[Any, Any, Any, Any]:
    """The compiled solve graph, built once per process."""
    with needs("求解流程 / solve graph"):
        from tutor_graph.graph import graph
    return graph


def solve_events(text: str, spec: str, methods: int, lang: str,
                 reading: Reading | None = None) -> Iterator[dict[str, Any]]:
    """Run the solve graph, yielding its progress events and finally {"type": "result", ...}.

    `reading` is a teacher's corrected Reading (see `correct_reading`): solved instead of reading the text.

    A real model is loaded through `chat_model` (cached); the embedded one is left to the graph,
    which skips loading it on problems the symbolic specialist recognises.
    """
    with needs("求解流程 / solve graph"):
        from tutor_graph.context import Settings
        from tutor_graph.solve import stream_solve
    loaded = None if is_embedded(spec) else chat_model(spec)
    settings = Settings(model=spec, methods=methods, lang="en" if lang == "en" else "zh", chat_model=loaded)
    yield from stream_solve(text, settings, graph=solve_graph(), reading=reading)


# ── the reading (step 0) ─────────────────────────────────────────────────────────────────────────
def correct_reading(reading: Reading, givens: list[tuple[str, str]], goals: list[str],
                    unread_resolved: bool = False) -> tuple[Reading | None, list[str]]:
    """A teacher's corrected Reading and the messages of edits that do not parse (1-based), never both."""
    with needs("读题 / reading"):
        from tutor_graph.reading import correct
    fixed = correct(reading, givens, goals, unread_resolved)
    return fixed.reading, list(fixed.errors)


def goal_text(goal: ReadGoal, lang: str) -> str:
    """One read goal in words (`m 的值` / `the value of m`)."""
    with needs("读题 / reading"):
        from tutor_graph.reading.describing import goal_text as goal_text_
    return goal_text_(goal, lang)


def decide_verified(steps: Sequence[Step] | Sequence[Mapping[str, Any]], final_answer: str,
                    reading: Reading | None = None) -> bool:
    """Whether a chain counts as verified, by the one rule (tutor_graph.reading.decide_verified)."""
    with needs("验证规则 / verified rule"):
        from tutor_graph.reading import decide_verified as decide
    return decide(steps, final_answer, reading)[0]


def check_step(claim: str, context: tuple[str, ...] = ()) -> dict[str, Any]:
    """Re-verify one claim against givens with the math layer; returns the Verdict as a dict."""
    if not (claim or "").strip():
        return {"status": "unknown", "reason": "没有可验证的断言 / no checkable claim", "counterexample": None}
    with needs("步骤验证 / step checker"):
        from tutor_graph.checks import check_step as check
    return dict(_check_cached(check, claim.strip(), tuple(context)))


@st.cache_data(show_spinner=False, max_entries=4096)
def _check_cached(_check: Callable[[str, list[str] | None], Verdict], claim: str,
                  context: tuple[str, ...]) -> dict[str, Any]:
    # The checker is deterministic for a claim and its givens, so an unchanged step is not re-run.
    return _check(claim, list(context) or None).to_dict()


# ── content ──────────────────────────────────────────────────────────────────────────────────────
@st.cache_resource(show_spinner=False)
def knowledge_graph() -> KnowledgeGraph:
    """The curriculum knowledge graph (content.knowledge.load_graph), loaded once per process."""
    with needs("知识图谱 / knowledge graph"):
        from content.knowledge import load_graph
    return load_graph()


@st.cache_resource(show_spinner=False)
def bank_problems() -> list[Problem]:
    """Every problem of the shipped bank, loaded once per process."""
    with needs("题库 / problem bank"):
        from content.bank import load_problems
    return load_problems()


def bank_modules() -> dict[str, str]:
    """Module id → "中文 / English" name, in curriculum order."""
    with needs("题库 / problem bank"):
        from content.bank import MODULES
    return MODULES


def retrieve(text: str, k: int = 5) -> Retrieval:
    """Likely knowledge points and similar bank problems for a problem text."""
    with needs("知识检索 / retrieval"):
        from content.retrieval import retrieve as retrieve_
    return retrieve_(text, k)


def point_namer(lang: str) -> Callable[[str], str]:
    """A function from a knowledge-point (or thinking-method) id to its name in `lang`.

    Ids the graph does not know (or every id, while the graph is not available) stay as they are.
    """
    try:
        graph = knowledge_graph()
    except Exception:
        return lambda pid: pid
    with needs("讲义 / handouts"):
        from content.handout import knowledge_namer
    return knowledge_namer(lang, graph)


def prerequisites_of(point_ids: list[str]) -> dict[str, list[str]]:
    """Direct prerequisites of each point, from the knowledge graph ({} while it is not available)."""
    try:
        graph = knowledge_graph()
    except Exception:
        return {}
    return {pid: list(graph.points[pid].prerequisites) for pid in point_ids if pid in graph.points}


# ── handouts ─────────────────────────────────────────────────────────────────────────────────────────
def handout(lesson: dict[str, Any], name_of: Callable[[str], str], lang: str, version: str, hints: bool,
            fmt: str) -> str:
    """The lesson's handout (content.handout) as "html" or "markdown": student or teacher version."""
    with needs("讲义 / handouts"):
        from content.handout import handout_html, handout_markdown
    render = handout_html if fmt == "html" else handout_markdown
    return render(lesson, name_of, lang, "teacher" if version == "teacher" else "student", hints)


# ── accounts and classes (issue 14) ──────────────────────────────────────────────────────────────
_ACCOUNTS = "账户 / accounts"


def create_account(username: str, password: str, role: str, display_name: str = "") -> Account:
    """A new account (admins only reach this); content.accounts.AccountError (a ValueError) says why not."""
    with needs(_ACCOUNTS):
        from content.accounts import create_account as create
    return create(username, password, cast("Role", role), display_name)  # the store rejects an unknown role


def list_accounts() -> list[Account]:
    """Every account, by username."""
    with needs(_ACCOUNTS):
        from content.accounts import list_accounts as list_accounts_
    return list_accounts_()


def learner_key(account: Account) -> str:
    """The learner id under which an account's practice is recorded: its username (unique, readable)."""
    return str(account.username)


def learner_mastery(account_id: int) -> dict[str, float]:
    """Mastery (0–1) per knowledge point of one learner account, from its practice records ({} when none)."""
    with needs(_ACCOUNTS):
        from content.accounts import get_account
    account = get_account(account_id)
    if account is None:
        return {}
    with needs("学习记录 / learner records"):
        from content.learners import mastery
    return mastery(learner_key(account))


# ── chain templates (templates) ──────────────────────────────────────────────────────────────────────
def save_as_method(problem: str, solution: dict[str, Any], name: str, owner: str) -> dict[str, Any]:
    """Check an edited chain as a new method of the problem's type and store it with its owner.

    Returns `{ok, type_id, checked_on, errors}` (and `id` when stored). The generalising and checking run in
    the math layer's bounded worker; the store is content's (SQLAlchemy, the one database)."""
    with needs("检验器 / checker"):
        from tutor_graph.bounded_tasks import register_tasks
        from tutor_graph.checks import run_bounded
    register_tasks()
    try:
        outcome = dict(run_bounded("specialist.generalise_method", problem, solution, name, timeout_s=240.0))
    except Exception as exc:  # TaskTimeout / TaskError carry a reason; anything else is named
        return {"ok": False, "type_id": "", "checked_on": 0, "errors": [getattr(exc, "reason", "") or type(exc).__name__]}
    if outcome.get("ok"):
        with needs("题型解法库 / method store"):
            from content.method_store import save_method
        try:
            outcome["id"] = save_method(outcome["type_id"], owner, outcome["method"])
        except ValueError as exc:  # a name already taken for this type
            return {**outcome, "ok": False, "errors": [str(exc)]}
    return outcome
