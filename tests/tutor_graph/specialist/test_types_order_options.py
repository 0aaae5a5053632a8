"""The moved choice type on the properties of inequalities (`types/algebra/order_options`): registered once from
its template, its template checks on its own instances with both methods, and stems it cannot read stay declined."""

from __future__ import annotations

import pytest

from tutor_graph.specialist.types.algebra import order_options
from tutor_graph.specialist.types.validating import TemplateReport, check_template

from .registration import assert_registered_once_from_templates


def test_inequality_options_is_registered_once_from_its_template():
    assert_registered_once_from_templates({"inequality.options"})


@pytest.mark.slow
def test_template_checks_on_its_instances_with_both_methods():
    report = TemplateReport()
    check_template(order_options.TYPE, report)
    assert report.errors == [] and report.warnings == []
    assert report.chains == 2 * report.instances  # 作差法 and 特殊值法 on every instance


@pytest.mark.slow
def test_bank_problem_gets_both_methods_verified(monkeypatch):
    from tutor_graph.specialist import solve_symbolically

    # inequalities-004; solving's production time budget is lifted here (green under load)
    monkeypatch.setattr("tutor_graph.specialist.solving.BUDGET_S", 1e9)
    text = ("若 $a>b>0$，$c<0$，则（　）。A. $\\frac{c}{a}>\\frac{c}{b}$　B. $\\frac{c}{a}<\\frac{c}{b}$　"
            "C. $\\frac{c}{a}=\\frac{c}{b}$　D. 大小不确定")
    results = solve_symbolically(text, max_methods=6, lang="zh")
    verified = {r["method"].split(" / ")[0] for r in results if r.get("verified")}
    assert verified == {"作差法（判断差的符号）", "特殊值法排除，再证明"}
    assert {r["final_answer"] for r in results} == {"A"}


def test_special_values_rule_out_only_options_that_fail_there():
    from tutor_graph.specialist.problem import Problem

    params = order_options.detect(Problem("若 $a>b>0$，$c<0$，则下列不等式成立的是（　）A. $ac>bc$ B. $\\frac{a}{c}>\\frac{b}{c}$ "
                                          "C. $\\frac{c}{a}>\\frac{c}{b}$ D. $a^2<b^2$"))
    assert params is not None and params.right == ("C",)
    vals = order_options.values(params)
    alive = [vals[f"lab{i}"] for i in range(1, 5) if vals[f"alive{i}"] is True]
    assert "C" in alive and len(alive) < 4  # the special point keeps the right option and rules some out
    assert order_options.reference(params) == "C"
