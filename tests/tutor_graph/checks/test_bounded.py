"""`run_bounded`: whole allowlisted tasks (the specialist's calls, plot sampling) in a checker worker under a
hard time bound, from any thread; checks made inside a task run in that worker; runaway tasks are killed."""

from __future__ import annotations

import json
import re
import threading
import time

import pytest

from tests.tutor_graph.checks import slow_tasks
from tutor_graph.bounded_tasks import register_tasks
from tutor_graph.checks import TaskError, TaskTimeout, check_step, pool, register_task, run_bounded, tasks

register_tasks()  # the specialist's tasks, as the graph registers them

QUADRATIC = "解方程 x^2-5x+6=0"
SLACK_S = 6.0  # a loaded 2-core machine


@pytest.fixture(scope="module")
def test_tasks():
    with slow_tasks.registered():
        assert check_step("1 + 1 = 2").status == "verified"  # workers started with the test tasks
        yield


def _in_thread(fn, *args, **kwargs):
    """Run fn in a non-main thread (as Streamlit does); return (result or exception, seconds)."""
    box: dict = {}

    def target():
        started = time.monotonic()
        try:
            box["value"] = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - handed back to the test
            box["value"] = exc
        box["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout=600)
    assert not thread.is_alive()
    return box["value"], box["seconds"]


def test_the_specialist_runs_in_a_worker_and_answers_as_it_does_in_process():
    from tutor_graph import specialist

    in_process = json.loads(json.dumps(specialist.solve_symbolically(QUADRATIC, max_methods=2, lang="en")))
    bounded = run_bounded("specialist.solve_symbolically", QUADRATIC, max_methods=2, lang="en", timeout_s=20)
    assert bounded and all(s["verified"] for s in bounded)
    assert bounded == in_process
    recognition = run_bounded("specialist.recognise", QUADRATIC, timeout_s=5)
    assert recognition["type_id"] == specialist.recognise(QUADRATIC).type_id  # a plain dict, not the dataclass
    assert run_bounded("specialist.recognise", "证明：素数有无穷多个。", timeout_s=5) is None


@pytest.mark.parametrize("name", ["os.system", "tutor_graph.specialist:recognise", "test.forever", ""])
def test_only_allowlisted_names_run(name):
    with pytest.raises(ValueError, match="allowlist"):
        run_bounded(name, "x", timeout_s=1)


def test_arguments_must_be_plain_data():
    with pytest.raises(TypeError):
        run_bounded("specialist.recognise", object(), timeout_s=1)


@pytest.mark.usefixtures("test_tasks")
@pytest.mark.parametrize("task", ["test.forever", "test.sleep_forever"])
def test_a_runaway_task_is_killed_at_its_bound_from_a_non_main_thread(task):
    bound = 1.0
    error, seconds = _in_thread(run_bounded, task, timeout_s=bound)
    assert isinstance(error, TaskTimeout) and "timed out" in error.reason and error.task == task
    assert pool.bound_s(bound) <= seconds < pool.bound_s(bound) + SLACK_S
    assert check_step("x^2-5x+6=(x-2)(x-3)").status == "verified"  # the pool keeps serving


@pytest.mark.usefixtures("test_tasks")
def test_checks_inside_a_task_run_inline_with_their_own_soft_bound():
    result, seconds = _in_thread(run_bounded, "test.checks_inside",
                                 ["x^2-5x+6=(x-2)(x-3)", slow_tasks.SLOW_CLAIM, "2+2=5"], timeout_s=30)
    assert not isinstance(result, Exception), result
    assert result["inline"] and not result["own_pool"]  # no pool of workers inside the worker
    fast, slow, wrong = result["checks"]
    assert fast["verdict"]["status"] == "verified" and wrong["verdict"]["status"] == "refuted"
    # The slow claim is cut at the checker's usual bound and the task goes on (it was not killed).
    assert slow["verdict"]["status"] == "unknown" and "timed out" in slow["verdict"]["reason"]
    assert pool.bound_s() <= slow["seconds"] < pool.bound_s() + SLACK_S
    assert seconds < pool.bound_s(30)


@pytest.mark.usefixtures("test_tasks")
@pytest.mark.parametrize(("task", "said"), [("test.broken", "ZeroDivisionError"), ("test.not_plain", "plain data")])
def test_a_failing_task_is_a_task_error_with_the_reason(task, said):
    with pytest.raises(TaskError) as caught:
        run_bounded(task, timeout_s=5)
    assert not isinstance(caught.value, TaskTimeout) and said in caught.value.reason


def test_test_tasks_cannot_replace_the_table(monkeypatch):
    monkeypatch.setenv(tasks.TEST_TASKS_ENV, "specialist.recognise=os:system,test.x=os:getcwd,bad=os:getcwd")
    table = tasks.allowed()
    assert table["specialist.recognise"] == "tutor_graph.specialist:recognise"
    assert table["test.x"] == "os:getcwd" and "bad" not in table


@pytest.mark.parametrize(("name", "path"), [
    ("checks.find_leak", "os:system"),  # a taken name cannot be pointed elsewhere
    ("specialist.recognise", "os:system"),
    ("test.mine", "os:getcwd"),  # test names come only from the test environment variable
    ("nodot", "os:getcwd"),
    ("a.b", "os.system()"),
])
def test_a_registration_cannot_replace_or_smuggle(name, path):
    before = tasks.allowed()
    with pytest.raises(ValueError):
        register_task(name, path)
    assert tasks.allowed() == before


def test_a_task_registered_after_the_workers_started_runs_there():
    """The registry travels to the workers; a worker started before a registration is restarted."""
    assert check_step("1 + 1 = 2").status == "verified"  # a worker is up
    started = tasks.version()
    register_task("testing.basename", "os.path:basename")
    register_task("testing.basename", "os.path:basename")  # again: nothing changes
    assert tasks.version() == started + 1
    assert run_bounded("testing.basename", "/a/b.txt", timeout_s=5) == "b.txt"


def test_the_math_layer_stays_a_leaf():
    """No module of the math layer imports another package of ours, nor names one in a string."""
    import ast
    from pathlib import Path

    folder = Path(tasks.__file__).parent
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                for name in names:
                    top = name.split(".")[0]
                    assert top not in {"content", "model", "evaluation", "app"}, (path.name, name)
                    assert not name.startswith("tutor_graph.") or name.startswith("tutor_graph.checks"), (path.name, name)
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for named in re.findall(r"\b(?:tutor_graph|content|model|evaluation|app)\.[a-z_]+", node.value):
                    assert named.startswith("tutor_graph.checks"), (path.name, named)


def test_importing_the_math_layer_loads_nothing_else_of_ours():
    """Every module of `tutor_graph.checks` imported in a fresh interpreter: no other module of ours comes along."""
    import subprocess
    import sys
    from pathlib import Path

    folder = Path(tasks.__file__).parent
    names = sorted(f"tutor_graph.checks.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__")
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "print('\\n'.join(m for m in sys.modules if m.split('.')[0] in "
            "{'tutor_graph', 'content', 'model', 'evaluation', 'app'}))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                            cwd=folder.parents[1], check=True).stdout.split()
    assert "tutor_graph.checks.worker" in loaded  # the check is not vacuous
    assert [m for m in loaded if m != "tutor_graph" and not m.startswith("tutor_graph.checks")] == []


def test_a_new_pool_starts_one_worker_then_the_rest_and_reuses_the_warm_one():
    """The first answer waits for one start-up, not for every worker sharing a small CPU; a worker that
    has answered is handed out before a cold one."""
    fresh = pool.Pool(size=2)
    try:
        first, second = fresh.workers
        first.start()  # as get_pool does
        assert not second.alive()
        assert fresh.call("ping", [])["result"] == "pong"
        assert first.ready and second.alive()  # the second started once the first was ready
        for _ in range(3):
            assert fresh.call("ping", [])["result"] == "pong"
        assert first.ready and not second.ready  # the warm worker served every call
    finally:
        fresh.close()
    assert not first.alive() and not second.alive()
