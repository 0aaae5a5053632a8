"""常用逻辑用语 as typed problem types + YAML templates: what moved, and the second methods it added."""

from __future__ import annotations

import pytest

from tutor_graph.specialist import solve_symbolically
from tutor_graph.specialist.types import all_types

from .registration import assert_registered_once_from_templates

MOVED = {"logic.condition", "logic.parameter", "logic.quantifier", "logic.quantifier_parameter"}


@pytest.fixture(autouse=True)
def _no_time_budget(monkeypatch):
    # a production time budget would drop methods under a loaded CPU (green under load)
    monkeypatch.setattr("tutor_graph.specialist.solving.BUDGET_S", 1e9)


def _verified(text: str, lang: str = "zh") -> dict[str, str]:
    """Method name → final answer of every verified method."""
    return {r["method"]: r["final_answer"] for r in solve_symbolically(text, max_methods=4, lang=lang) if r["verified"]}


def test_logic_types_are_registered_once_from_templates():
    assert MOVED <= {t.type_id for t in all_types()}
    assert_registered_once_from_templates(MOVED)


def test_which_statement_is_true_by_examples_and_by_solution_sets():
    text = ("下列命题中为真命题的是（　）。A. $\\forall x\\in\\mathbf R,\\ x^2\\ge x$　B. $\\exists x\\in\\mathbf R,\\ x^2<0$　"
            "C. $\\forall x\\in\\mathbf R,\\ x^2-x+1>0$　D. $\\exists x\\in\\mathbf R,\\ x^2+1=0$")
    found = _verified(text)
    assert found == {"逐个判断真假 / Judge each statement": "C", "求解集判断 / Solve the conclusion first": "C"}


def test_a_negation_is_judged_directly_and_through_the_statement():
    text = "写出命题“∃x∈R, x^2+2x+3≤0”的否定。"
    found = _verified(text)
    assert "x^{2} + 2 x + 3 > 0" not in text  # the answer is computed, not copied
    assert set(found.values()) == {"$\\forall x\\in\\mathbb{R},\\ x^{2} + 2 x + 3 > 0$"}
    assert set(found) == {"逐个判断真假 / Judge each statement", "先判原命题，再取反 / Judge the statement, then negate"}


def test_a_false_existential_gives_the_range_by_discriminant_and_by_minimum():
    found = _verified("若命题“存在实数 x，使 x^2+2x+a≤0”是假命题，求 a 的取值范围", "zh")
    assert set(found) == {"判别式 / Discriminant", "最小值 / Minimum at the vertex"}
    assert set(found.values()) == {"$a > 1$"}


def test_a_condition_in_one_variable_has_both_methods_and_two_variables_one():
    one = _verified("“$x^2-3x+2<0$”是“$1<x<3$”的什么条件？")
    assert set(one.values()) == {"充分不必要条件"} and len(one) == 2
    two = _verified("对于实数 $a,b$，“$a>b$”是“$a^2>b^2$”的（　）。A. 充分不必要条件　B. 必要不充分条件　C. 充要条件　D. 既不充分也不必要条件")
    assert two == {"判断两个方向的推出关系 / Test both implications": "D"}


@pytest.mark.parametrize(("text", "answer"), [
    ("设 $p$：$x^2-4x-5\\le 0$，$q$：$x^2-2x+1-m^2\\le 0\\ (m>0)$。若 $p$ 是 $q$ 的充分不必要条件，求实数 $m$ 的取值范围。",
     "$[4, +\\infty)$"),  # P = [-1,5] ⊊ [1-m,1+m]: g(-1) = 4-m² ≤ 0 and g(5) = 16-m² ≤ 0
    ("设 p：x^2-x-6≤0，q：x^2-2ax+a^2-1≤0。若 p 是 q 的必要不充分条件，求实数 a 的取值范围。", "$[-1, 2]$"),
])
def test_a_condition_parameter_by_endpoints_and_by_values_at_the_ends(text, answer):
    found = _verified(text)
    assert set(found) == {"比较两个解集的端点 / Compare the endpoints of the two sets",
                          "看区间端点处的函数值 / Values of the quadratic at the ends"}
    assert set(found.values()) == {answer}
