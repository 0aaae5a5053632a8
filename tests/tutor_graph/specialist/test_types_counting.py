"""The moved types of the counting module: each lives in `types/counting/`, no old-style solver registers it,
its template checks on its own instances (every claim verified, the reference agreeing), and the bank's
problems that had one method now get two genuinely different verified ones (一题多解)."""

from __future__ import annotations

import pytest

from tutor_graph.specialist.types import MODULES

from .registration import (
    assert_methods_verified,
    assert_registered_once_from_templates,
    assert_template_checks,
)


def _types():
    return list(MODULES.get("counting", ()))


def test_each_counting_type_is_registered_once_from_its_template():
    moved = {t.type_id for t in _types()}
    assert moved == {"counting.ends", "counting.boxes", "counting.digits", "counting.coefficient_sum",
                     "counting.books", "counting.value", "counting.at_least", "counting.lineup", "counting.binomial"}
    assert_registered_once_from_templates(moved)


@pytest.mark.slow
@pytest.mark.parametrize("ptype", _types(), ids=lambda t: t.type_id)
def test_template_checks_on_its_instances_with_two_methods(ptype):
    assert_template_checks(ptype)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "methods"), [
    # counting-001: bundling, and the neighbouring places chosen first
    ("5 名同学排成一排，其中甲、乙两人必须相邻，共有多少种不同的排法？", {"捆绑法", "先选相邻的位置"}),
    # counting-008: the last digit first, and all even endings minus those led by 0
    ("用 $0,1,2,3,4$ 可以组成多少个没有重复数字的三位偶数？", {"特殊位置优先", "间接法"}),
    # counting-009: the middle coefficient by the properties, and the row of Pascal's triangle
    ("已知 $(a+b)^n$ 的展开式中各项二项式系数之和为 64，求展开式中二项式系数最大的项的二项式系数。", {"二项式系数的性质", "杨辉三角"}),
    # counting-002: the special person first, the special places first, the complement
    ("5 名同学排成一排，甲既不站在排头也不站在排尾，共有多少种排法？", {"特殊元素优先", "特殊位置优先", "间接法"}),
])
def test_bank_problems_get_every_method_verified(text, methods, monkeypatch):
    assert_methods_verified(text, methods, monkeypatch)
