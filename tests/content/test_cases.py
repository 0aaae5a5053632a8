"""The teachers' case library on a real SQLite file: round trip, history, concurrency, rejected saves."""

from __future__ import annotations

import copy
import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from content.bank import load_problems
from content.cases import CaseConflict, CaseError, CaseLibrary, default_path, problem_from_result
from tests.content.samples import PROBLEM


def _edited(**changes) -> dict:
    problem = copy.deepcopy(PROBLEM)
    problem.update(changes)
    return problem


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT * FROM case_versions ORDER BY case_id, version").fetchall()


@pytest.fixture
def library(tmp_path: Path) -> CaseLibrary:
    return CaseLibrary(tmp_path / "cases.sqlite")


def test_round_trip_on_a_real_file(library: CaseLibrary, tmp_path: Path):
    saved = library.save(PROBLEM, author="王老师", title="等差数列通项", tags=["数列", "基础"])
    assert saved.id == 1 and saved.version == 1 and saved.created_by == "王老师"
    reopened = CaseLibrary(tmp_path / "cases.sqlite")  # a new process would see the same
    case = reopened.get(saved.id)
    assert case.current.title == "等差数列通项" and case.current.tags == ("数列", "基础")
    assert case.current.to_problem().final_answer == "29"
    assert case.current.problem["methods"][0]["steps"][1]["claim"] == "2+9\\cdot 3=29"
    with sqlite3.connect(tmp_path / "cases.sqlite") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_every_save_is_a_new_version_and_history_keeps_all(library: CaseLibrary):
    first = library.save(PROBLEM, author="王老师", title="v1")
    second = library.save(
        _edited(difficulty=3), author="李老师", title="v2", case_id=first.id, note="提高难度"
    )
    assert second.version == 2 and second.created_by == "王老师" and second.current.author == "李老师"
    history = library.history(first.id)
    assert [v.version for v in history] == [1, 2]
    assert [v.problem["difficulty"] for v in history] == [2, 3]  # nothing overwritten
    assert history[1].note == "提高难度" and history[0].saved_at < history[1].saved_at
    assert library.get(first.id, version=1).current.title == "v1"
    assert library.get(first.id).updated_at == history[1].saved_at


def test_versions_are_append_only_in_the_database(library: CaseLibrary):
    library.save(PROBLEM, author="王老师")
    with sqlite3.connect(library.path) as db, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE case_versions SET title = 'x'")
    with sqlite3.connect(library.path) as db, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM case_versions")
    assert len(_rows(library.path)) == 1


@pytest.mark.parametrize(
    ("problem", "author", "expected"),
    [
        (
            _edited(knowledge_points=["seq.no_such_point"]),
            "王老师",
            "'seq.no_such_point' is not a knowledge point",
        ),
        (_edited(difficulty=9), "王老师", "difficulty"),
        (_edited(module="astrology"), "王老师", "module"),
        (_edited(methods=[]), "王老师", "methods"),
        (PROBLEM, "  ", "author: must not be empty"),
    ],
)
def test_invalid_case_is_rejected_and_store_unchanged(library: CaseLibrary, problem, author, expected):
    kept = library.save(PROBLEM, author="王老师", title="kept")
    before = _rows(library.path)
    with pytest.raises(CaseError) as err:
        library.save(problem, author=author, case_id=kept.id)
    assert expected in str(err.value)
    with pytest.raises(CaseError):
        library.save(problem, author=author)  # not as a new case either
    assert _rows(library.path) == before
    assert [c.id for c in library.list()] == [kept.id]


def test_step_with_unknown_point_is_named_by_field(library: CaseLibrary):
    bad = copy.deepcopy(PROBLEM)
    bad["methods"][0]["steps"][1]["knowledge_points"] = ["nope.point"]
    with pytest.raises(CaseError) as err:
        library.save(bad, author="王老师")
    assert "methods[0] → steps[1] → knowledge_points: 'nope.point'" in str(err.value)


def test_stale_editor_gets_a_conflict_not_a_silent_overwrite(library: CaseLibrary):
    case = library.save(PROBLEM, author="王老师")
    library.save(_edited(difficulty=3), author="李老师", case_id=case.id, expected_version=1)
    with pytest.raises(CaseConflict):
        library.save(_edited(difficulty=4), author="王老师", case_id=case.id, expected_version=1)
    assert library.get(case.id).version == 2


def test_concurrent_writers_in_threads(library: CaseLibrary):
    shared = library.save(PROBLEM, author="王老师", title="shared")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            own = CaseLibrary(library.path, graph=library.graph)
            for i in range(5):
                own.save(_edited(difficulty=1 + (i % 5)), author=f"t{n}", case_id=shared.id, note=f"t{n}-{i}")
                own.save(PROBLEM, author=f"t{n}", title=f"new {n}-{i}")
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [v.version for v in library.history(shared.id)] == list(
        range(1, 32)
    )  # 1 + 6 * 5, no gaps, no repeats
    assert len(library.list()) == 1 + 30


def _process_writer(path: str, case_id: int, n: int) -> None:
    library = CaseLibrary(path)
    for i in range(4):
        library.save(_edited(difficulty=2), author=f"p{n}", case_id=case_id, note=f"p{n}-{i}")


def test_concurrent_writers_in_processes(library: CaseLibrary):
    shared = library.save(PROBLEM, author="王老师")
    ctx = multiprocessing.get_context("spawn")  # separate interpreters, separate SQLite connections
    procs = [ctx.Process(target=_process_writer, args=(str(library.path), shared.id, n)) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=600)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    history = library.history(shared.id)
    assert [v.version for v in history] == list(range(1, 14))
    assert sorted(v.note for v in history[1:]) == sorted(f"p{n}-{i}" for n in range(3) for i in range(4))


def test_list_filters_and_search(library: CaseLibrary):
    seq = library.save(PROBLEM, author="王老师", title="等差数列", tags=["数列"])
    geo_problem = _edited(
        module="conics",
        question_zh="求椭圆 $\\frac{x^2}{4}+\\frac{y^2}{3}=1$ 的离心率。",
        question_en="",
        final_answer="\\frac{1}{2}",
        knowledge_points=["conic.ellipse.props"],
        methods=[
            {
                "name_zh": "定义法",
                "steps": [
                    {
                        "question_zh": "a、c 各是多少？",
                        "answer": "a=2, c=1",
                        "knowledge_points": ["conic.ellipse.props"],
                    }
                ],
            }
        ],
    )
    geo = library.save(geo_problem, author="李老师", title="椭圆离心率", tags=["圆锥曲线"])
    assert [c.id for c in library.list(tag="数列")] == [seq.id]
    assert [c.id for c in library.list(author="李老师")] == [geo.id]
    assert [c.id for c in library.list(module="conics")] == [geo.id]
    assert library.search("椭圆的离心率怎么求")[0][0].id == geo.id
    assert library.search("arithmetic sequence general term")[0][0].id == seq.id


def test_export_writes_the_bank_format(library: CaseLibrary, tmp_path: Path):
    first = library.save(PROBLEM, author="王老师")
    library.save(_edited(difficulty=4), author="王老师", case_id=first.id)
    library.save(_edited(question_zh="另一题：求 $a_5$。", final_answer="14"), author="李老师")
    out = library.export(tmp_path / "export" / "cases.yaml")
    exported = load_problems(out)  # the bank's own loader accepts the file
    assert [p.id for p in exported] == ["case-001", "case-002"]
    assert exported[0].difficulty == 4  # the latest version is exported
    assert exported[1].final_answer == "14"


def test_missing_case_is_a_key_error(library: CaseLibrary):
    with pytest.raises(KeyError):
        library.get(42)
    with pytest.raises(KeyError):
        library.history(42)
    with pytest.raises(KeyError):
        library.save(PROBLEM, author="王老师", case_id=42)


def test_path_from_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("TUTOR_CASES_DB", str(tmp_path / "env.sqlite"))
    assert default_path() == str(tmp_path / "env.sqlite")
    assert CaseLibrary().path == tmp_path / "env.sqlite"
    monkeypatch.delenv("TUTOR_CASES_DB")
    monkeypatch.delenv("TUTOR_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # Without TUTOR_CASES_DB the library lives in the project database (content.db).
    assert default_path() == f"sqlite:///{tmp_path / 'data' / 'question-chain-tutor' / 'tutor.sqlite'}"
    assert CaseLibrary().path == tmp_path / "data" / "question-chain-tutor" / "tutor.sqlite"
    monkeypatch.setenv("TUTOR_DATABASE_URL", f"sqlite:///{tmp_path / 'project.sqlite'}")
    assert CaseLibrary().path == tmp_path / "project.sqlite"


def test_result_becomes_a_saveable_case(library: CaseLibrary):
    result = {
        "problem": "解方程 $x^2-5x+6=0$。",
        "knowledge_points": ["quad.equation"],
        "final_answer": "x=2 或 x=3",
        "solutions": [
            {
                "method": "因式分解法 / Factoring",
                "knowledge_points": ["quad.equation"],
                "final_answer": "x=2 或 x=3",
                "verified": True,
                "steps": [
                    {
                        "question": "左边能分解成什么？",
                        "answer": "$(x-2)(x-3)$",
                        "claim": "x^2-5x+6=(x-2)(x-3)",
                        "knowledge_points": [],
                    },
                    {
                        "question": "两根是什么？",
                        "answer": "$x=2$ 或 $x=3$",
                        "claim": "",
                        "knowledge_points": ["quad.equation"],
                    },
                ],
            }
        ],
    }
    problem = problem_from_result(result, module="quadratics", difficulty=1, answer_kind="set")
    assert problem["methods"][0]["name_en"] == "Factoring"
    assert problem["methods"][0]["steps"][0]["knowledge_points"] == ["quad.equation"]  # inherited
    assert problem["methods"][0]["steps"][1]["claim"] is None
    case = library.save(problem, author="王老师")
    assert case.current.problem["question_zh"] == "解方程 $x^2-5x+6=0$。"
