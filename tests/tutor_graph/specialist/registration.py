"""Checks the type tests share: each type is registered once, from its template, and its template checks."""

from __future__ import annotations

from collections.abc import Iterable

from tutor_graph.specialist.types.problem_type import ProblemType


def assert_registered_once_from_templates(type_ids: Iterable[str]) -> None:
    """Exactly one solver per type id, and each is a template type's (ProblemType's) detector."""
    from tutor_graph.specialist.registry import solvers

    moved = set(type_ids)
    found = [s for s in solvers() if s.type_id in moved]
    assert sorted(s.type_id for s in found) == sorted(moved)  # exactly one solver per moved type
    assert all(s.detect.__module__ == "tutor_graph.specialist.types.problem_type" for s in found)


def assert_template_checks(ptype: ProblemType, *, second_method: bool = True) -> None:
    """The type's template renders and checks on every instance without an error or a warning; with
    `second_method`, at least one instance gets a second method (一题多解)."""
    from tutor_graph.specialist.types.validating import TemplateReport, check_template

    report = TemplateReport()
    check_template(ptype, report)
    assert report.errors == [] and report.warnings == []
    if second_method:
        assert report.chains > report.instances


def assert_methods_verified(text: str, methods: set[str], monkeypatch) -> None:
    """Every named method (by its Chinese name) is among the problem's verified solutions, all with one answer."""
    from tutor_graph.specialist import solve_symbolically

    # solving stops starting new methods after a production time budget: lifted here (green under load)
    monkeypatch.setattr("tutor_graph.specialist.solving.BUDGET_S", 1e9)
    results = solve_symbolically(text, max_methods=6, lang="zh")
    verified = {r["method"].split(" / ")[0] for r in results if r.get("verified")}
    assert verified >= methods
    assert len({r["final_answer"] for r in results}) == 1  # every method reaches the same answer
