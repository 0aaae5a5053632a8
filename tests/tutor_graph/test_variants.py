"""Variants a teacher would hand out (issue 16): answers as nice as the original's, an easier and a harder one,
each verified by the specialist."""

from __future__ import annotations

import pytest

from tutor_graph.context import Settings
from tutor_graph.nodes.niceness import nice_enough
from tutor_graph.nodes.variants import number_changes
from tutor_graph.solve import solve

# Generous: the variants' time budget is a production bound, and this machine is loaded.
SETTINGS = Settings(model_use="never", nodes=frozenset({"variants"}), variants_budget_s=120)


@pytest.mark.parametrize(
    "variant, original, nice",
    [
        ("$x=1$ 或 $x=4$", "$x=2$ 或 $x=3$", True),
        ("$x=3 - \\sqrt{3}$ 或 $x=3 + \\sqrt{3}$", "$x=2$ 或 $x=3$", False),  # integers stay integers
        ("无实数根", "$x=2$ 或 $x=3$", False),  # another kind of question
        ("$a_{n}=\\sqrt[3]{1692} \\cdot 47^{\\frac{n}{3} - 1}$", "$a_{n}=3 \\cdot 2^{n - 1}$", False),
        ("$q=\\sqrt[3]{\\sqrt{17}+1}$", "$q=2$", False),  # nested roots
        ("$2\\sqrt{5}$", "$\\sqrt{2}$", True),  # a simple surd stays a simple surd
        ("$x=\\frac{1}{2}$", "$x=\\frac{3}{4}$", True),
        ("$S_{10}=123456$", "$S_{10}=155$", False),  # much larger numbers
        ("$0.125$", "$2$", False),
    ],
)
def test_niceness_keeps_the_originals_kind_of_numbers(variant, original, nice):
    assert variant != original
    assert nice_enough(variant, original) is nice


def test_changes_come_in_two_levels_and_keep_the_wording():
    changes = list(number_changes("在等比数列 $\\{a_n\\}$ 中，$a_2=6$，$a_5=48$，求通项公式 $a_n$。"))
    assert {level for _, _, level in changes} == {"easier", "harder"}
    texts = [text for text, _, _ in changes]
    assert "在等比数列 $\\{a_n\\}$ 中，$a_2=3$，$a_5=24$，求通项公式 $a_n$。" in texts  # ratios kept
    assert all("a_2" in text and "a_5" in text for text in texts)  # subscripts are not conditions


def test_a_quadratic_gets_an_easier_and_a_harder_variant_with_integer_roots():
    result = solve("解方程 x^2-5x+6=0", SETTINGS)
    variants = result["variants"]
    assert {v.get("level") for v in variants} == {"easier", "harder"}, variants
    for v in variants:
        assert v["verified"] and v["question"] != result["problem"]
        assert "\\sqrt" not in v["answer"] and "无实数根" not in v["answer"]
        assert nice_enough(v["answer"], result["final_answer"])


def test_a_geometric_sequence_never_gets_cube_roots():
    problem = "在等比数列 $\\{a_n\\}$ 中，$a_2=6$，$a_5=48$，求通项公式 $a_n$。"
    result = solve(problem, SETTINGS)
    assert result["solutions"] and "\\sqrt" not in result["final_answer"]
    assert result["variants"], "scaling both terms keeps the ratio: a nice variant exists"
    for v in result["variants"]:
        assert v["verified"] and "\\sqrt[3]" not in v["answer"] and v.get("level") in ("easier", "harder")
