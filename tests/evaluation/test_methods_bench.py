"""The methods benchmark (一题多解): what counts as a second method, and a small real run on the bank."""

from __future__ import annotations

import copy
import json

import pytest

from evaluation.methods_bench import command, configure, distinct, genuinely_different, measure_item, run


def _step(claim: str, status: str = "verified") -> dict:
    return {"question": "?", "answer": "", "claim": claim, "verdict": {"status": status, "reason": "", "counterexample": None}}


def _solution(method: str, claims: list[str], status: str = "verified") -> dict:
    return {"method": method, "steps": [_step(c, status) for c in claims], "final_answer": "x=2", "verified": True}


FORMULA = _solution("公式法 / Quadratic formula", ["\\Delta = 1", "x = (5 ± 1)/2", "x=2"])
FACTOR = _solution("因式分解法 / Factoring", ["x^2-5x+6=(x-2)(x-3)", "x=2"])


def test_two_methods_with_other_names_and_other_claims_are_two():
    assert genuinely_different(FORMULA, FACTOR) and genuinely_different(FACTOR, FORMULA)
    assert [s["method"] for s in distinct([FORMULA, FACTOR])] == [FORMULA["method"], FACTOR["method"]]


def test_a_reordered_copy_under_another_name_is_not_a_second_method():
    reordered = _solution("另一种方法 / Another way", list(reversed([s["claim"] for s in FORMULA["steps"]])))
    assert reordered["steps"] != FORMULA["steps"]  # not trivially the same chain
    assert not genuinely_different(FORMULA, reordered) and not genuinely_different(reordered, FORMULA)
    assert len(distinct([FORMULA, reordered])) == 1


def test_spacing_does_not_make_a_claim_new():
    respaced = _solution("换个写法 / Respaced", ["\\Delta=1", "x=(5±1)/2", "x = 2"])
    assert not genuinely_different(FORMULA, respaced)


def test_a_subset_of_another_methods_claims_is_not_a_second_method():
    shorter = _solution("直接写答案 / Just the answer", ["x=2"])
    assert not genuinely_different(FORMULA, shorter) and not genuinely_different(shorter, FORMULA)


def test_the_same_name_in_either_language_is_one_method():
    renamed = _solution("公式法 / Something else", ["(x-2)(x-3)=0", "x=2"])
    assert not genuinely_different(FORMULA, renamed)
    english = _solution("求根公式 / Quadratic Formula", ["(x-2)(x-3)=0", "x=2"])
    assert not genuinely_different(FORMULA, english)


def test_unverified_claims_do_not_make_a_method_different():
    unchecked = _solution("别的方法 / Other", ["x^2-5x+6=(x-2)(x-3)", "x=2"], status="unknown")
    assert not genuinely_different(FORMULA, unchecked)  # it has no verified claim the other lacks


def test_a_real_bank_problem_keeps_its_two_methods_and_drops_a_reordered_copy():
    # complex_numbers-002: "conjugate" and "undetermined coefficients" methods, both verified by the checker
    from content.bank import load_problems

    problem = next(p for p in load_problems() if p.id == "complex_numbers-002")
    item = measure_item(problem.question_zh, [problem.final_answer, *problem.answer_alternatives], exam=False)
    assert item["answered"] and item["multi"] and len(item["distinct_methods"]) >= 2

    from tutor_graph.reading.bench import answer_text

    solutions = answer_text(problem.question_zh, methods=4)["solutions"]
    first = solutions[0]
    copy_ = copy.deepcopy(first)
    copy_["method"] = "换个名字 / Renamed"
    copy_["steps"] = list(reversed(copy_["steps"]))
    assert len(distinct([first, copy_])) == 1
    assert len(distinct([first, copy_, *solutions[1:]])) == len(item["distinct_methods"])


def test_a_small_bank_run_reports_modules_and_both_languages():
    report = run(("zh", "en"), ("bank",), limit=3)
    bank = report["bank"]
    assert {i["id"].rsplit("@", 1)[1] for i in bank["items"]} == {"zh", "en"}
    assert bank["overall"]["items"] == len(bank["items"]) == sum(m["items"] for m in bank["modules"].values())
    for item in bank["items"]:
        assert set(item["distinct_methods"]) <= set(item["verified_methods"]) <= set(item["methods"])
        assert item["multi"] == (len(item["distinct_methods"]) >= 2)
    assert bank["overall"]["answered"] > 0


def test_the_command_prints_both_shares_last_and_skips_the_exam_without_data(tmp_path, monkeypatch, capsys):
    import argparse

    monkeypatch.setenv("TUTOR_DATASETS", str(tmp_path))
    parser = argparse.ArgumentParser()
    configure(parser)
    assert command(parser.parse_args(["--limit", "1", "--lang", "zh", "--quiet"])) == 0
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert last["exam"] == {"skipped": "no GAOKAO-Bench files"}
    assert last["bank"]["items"] == 1


@pytest.mark.parametrize("bad", [["--methods", "x"], ["--only", "nothing"]])
def test_bad_arguments_are_refused(bad):
    import argparse

    parser = argparse.ArgumentParser()
    configure(parser)
    with pytest.raises(SystemExit):
        parser.parse_args(bad)


@pytest.mark.parametrize(("text", "answer"), [
    # the coordinate method works out c = a + k b coordinate by coordinate: a claim the expansion method lacks
    ("已知向量 $\\vec{a}=(3,1), \\vec{b}=(1,0), \\vec{c}=\\vec{a}+k \\vec{b}$. 若 $\\vec{a} \\perp \\vec{c}$, 则 $k=$",
     "-\\frac{10}{3}"),
    # a coefficient given: back-substitution multiplies out (1 - x)(1 + x)^5 and reads 5 as the x^2 coefficient
    ("已知 $(1+ax)(1+x)^{5}$ 的展开式中 $x^{2}$ 的系数为 5 , 则 $a=$", "-1"),
    # sets given by conditions: M ∩ N compared as intervals; both methods are verified
    ("已知集合 $M=\\{x \\mid-4<x<2\\}, N=\\{x \\mid x^{2}-x-6<0\\}$, 则 $M \\cap N=$ "
     "A. $\\{x \\mid-4<x<3\\}$ B. $\\{x \\mid-4<x<-2\\}$ C. $\\{x \\mid-2<x<2\\}$ D. $\\{x \\mid 2<x<3\\}$", "C"),
    # the limit definition where h divides out of the secant slope
    ("曲线 $y=\\frac{2 x-1}{x+2}$ 在点 $(-1,-3)$ 处的切线方程为", "y=5x+2"),
])
def test_items_written_as_the_exam_writes_them_get_two_verified_distinct_methods(text, answer):
    item = measure_item(text, [answer], exam=True)
    assert item["answered"] and item["correct"], item
    assert item["multi"] and len(item["distinct_methods"]) >= 2, item
