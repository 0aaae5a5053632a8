"""The moved set-operation type (`types/sets_logic/operations`): registered once from its template, its template
checks on its own instances, the bank's set-operation problems get two genuinely different verified methods
(一题多解), and shapes it cannot answer honestly stay declined."""

from __future__ import annotations

import pytest

from tutor_graph.specialist.types.sets_logic import operations
from tutor_graph.specialist.types.validating import TemplateReport, check_template

from .registration import assert_methods_verified, assert_registered_once_from_templates


def test_set_operations_is_registered_once_from_its_template():
    assert_registered_once_from_templates({"set.operations"})


@pytest.mark.slow
def test_template_checks_on_its_instances_with_more_than_one_method():
    report = TemplateReport()
    check_template(operations.TYPE, report)
    assert report.errors == [] and report.warnings == []
    assert report.chains >= 2 * report.instances  # every instance has a second method


@pytest.mark.slow
@pytest.mark.parametrize(("text", "methods"), [
    # sets-001: element by element, and removing from A what is not in B
    ("已知集合 $A=\\{1,2,3,4\\}$，$B=\\{3,4,5\\}$，求 $A\\cap B$。", {"逐步运算（数轴/列举）", "间接法（去掉不属于的部分）"}),
    # sets-003: on the number line, as inequalities (且 / 不满足), and A with A∩B removed
    ("已知 $A=\\{x\\mid -1<x\\le 3\\}$，$B=\\{x\\mid x\\ge 2\\}$，全集为 $\\mathbf{R}$，求 $A\\cap(\\complement_{\\mathbf R}B)$。",
     {"逐步运算（数轴/列举）", "转化为不等式（组）", "间接法（去掉不属于的部分）"}),
    # sets-004: on the number line, and as inequalities joined by 或
    ("已知 $A=\\{x\\mid x^2-4x+3<0\\}$，$B=\\{x\\mid 2<x<5\\}$，求 $A\\cup B$。", {"逐步运算（数轴/列举）", "转化为不等式（组）"}),
    # sets-002: step by step, and De Morgan's laws
    ("设全集 $U=\\{1,2,3,4,5,6,7,8\\}$，$A=\\{1,3,5,7\\}$，$B=\\{2,3,5\\}$，求 $\\complement_U(A\\cup B)$。",
     {"逐步运算（数轴/列举）", "德摩根律"}),
])
def test_bank_problems_get_every_method_verified(text, methods, monkeypatch):
    assert_methods_verified(text, methods, monkeypatch)


def test_values_offer_each_second_method_only_where_it_applies():
    from tutor_graph.specialist.problem import Problem

    def flags(text: str) -> dict[str, bool]:
        params = operations.detect(Problem(text))
        assert params is not None
        vals = operations.values(params)
        return {k: vals[k] is True for k in ("dm", "ineq", "indirect")}

    assert flags("已知集合 $A=\\{1,2,3,4\\}$，$B=\\{3,4,5\\}$，求 $A\\cup B$。") == {"dm": False, "ineq": False,
                                                                               "indirect": False}
    # ∁_R A is x ≤ 1 或 x ≥ 3: an 且 of an 或 is not offered as one line of inequalities
    assert flags("已知 $A=\\{x\\mid x^2-4x+3<0\\}$，$B=\\{x\\mid x\\ge 2\\}$，全集为 $\\mathbf{R}$，求 "
                 "$(\\complement_{\\mathbf R}A)\\cap B$。") == {"dm": False, "ineq": False, "indirect": True}
