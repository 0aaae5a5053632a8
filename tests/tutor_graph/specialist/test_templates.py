"""Problem types as code + YAML templates: rendering, authoring by editing YAML only, and the template check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tutor_graph.specialist import solve_symbolically
from tutor_graph.specialist.types import all_types
from tutor_graph.specialist.types.problem_type import OVERLAY_ENV, TYPES_DIR
from tutor_graph.specialist.types.template import TemplateError, load_template, render
from tutor_graph.specialist.types.validating import TemplateReport, check_template

from .registration import assert_registered_once_from_templates


@pytest.fixture(autouse=True)
def _no_time_budget(monkeypatch):
    # solving stops starting new methods after a production time budget; under a loaded CPU that would
    # drop methods, so these tests lift it (green under load)
    monkeypatch.setattr("tutor_graph.specialist.solving.BUDGET_S", 1e9)


ARITH = "In an arithmetic sequence a_3 = 7 and a_7 = 15. Find a_10."


def test_render_fills_values_and_names_an_unknown_one():
    assert render("$a_{@{k}}=@{v}$", {"k": "3", "v": "7"}) == "$a_{3}=7$"
    with pytest.raises(TemplateError, match=r"unknown value @\{nope\}"):
        render("@{nope}", {"k": "3"}, "x.yaml: steps[0]")


def test_every_shipped_template_loads_and_has_instances():
    types = list(all_types())
    assert {t.type_id for t in types} >= {"sequence.arithmetic", "sequence.geometric"}
    for t in types:
        template = load_template(t.template_path())
        assert template.type == t.type_id and template.instances


def test_a_bad_field_is_reported_with_file_and_field(tmp_path):
    bad = tmp_path / "arithmetic.yaml"
    doc = yaml.safe_load((TYPES_DIR / "sequences" / "arithmetic.yaml").read_text(encoding="utf-8"))
    doc["methods"][0]["steps"][0]["knowledge_point"] = ["typo"]
    bad.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"arithmetic.yaml: methods\[0\] \(公式法\) → steps\[0\]"):
        load_template(bad)


def _overlay(tmp_path: Path, name: str) -> tuple[Path, dict]:
    folder = tmp_path / "sequences"
    folder.mkdir()
    shutil.copy(TYPES_DIR / "sequences" / f"{name}.yaml", folder / f"{name}.yaml")
    return folder / f"{name}.yaml", yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))


def test_a_teacher_adds_a_method_by_editing_yaml_only(tmp_path, monkeypatch):
    before = [s["method"] for s in solve_symbolically(ARITH, max_methods=6, lang="en")]
    path, doc = _overlay(tmp_path, "arithmetic")
    doc["methods"].append({
        "name_zh": "列方程组", "name_en": "A system for a_1 and d", "when": ["asks_number", "asks_term"],
        "steps": [
            {"question_zh": "用 $a_1$ 和 $d$ 表示已知的两项，能得到什么？", "question_en": "What do the two givens say about $a_1$ and $d$?",
             "answer": "$d=@{step}$，$a_1=@{a1}$", "claim": "a_1 = @{a1_plain}", "context": ["@{givens}"],
             "knowledge_points": ["seq.arith.def"], "hints": [{"zh": "每一项都是首项加若干个公差。", "en": "Each term is a_1 plus some d."}]},
            {"question_zh": "$a_{@{idx}}$ 是多少？", "question_en": "What is $a_{@{idx}}$?", "answer": "$a_{@{idx}}=@{term_k}$",
             "claim": "a_@{idx} = @{term_k_plain}", "knowledge_points": ["seq.arith.def"]},
        ]})
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    after = solve_symbolically(ARITH, max_methods=6, lang="en")
    added = [s for s in after if s["method"].startswith("列方程组")]
    assert "列方程组 / A system for a_1 and d" not in before
    assert added and added[0]["verified"], added
    assert added[0]["steps"][1]["claim"] == "a_10 = 21" and added[0]["final_answer"] == "$a_{10}=21$"


def test_a_reworded_question_is_used_and_a_wrong_claim_is_refuted(tmp_path, monkeypatch):
    path, doc = _overlay(tmp_path, "arithmetic")
    steps = doc["methods"][1]["steps"]  # from a known term
    steps[-1]["question_zh"] = "从 $a_{@{k}}$ 出发走几步能到 $a_{@{idx}}$？$a_{@{idx}}$ 是多少？"
    steps[-1]["claim"] = "(@{vk_plain}) + (@{k_gap})*(@{step_plain}) = @{term_k_plain} + 1"  # a teacher's slip
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv(OVERLAY_ENV, str(tmp_path))
    known = next(s for s in solve_symbolically(ARITH, max_methods=6) if s["method"].startswith("由已知项推算"))
    assert known["steps"][-1]["question"].startswith("从 $a_{7}$ 出发走几步能到 $a_{10}$")
    assert known["steps"][-1]["verdict"]["status"] == "refuted" and not known["verified"]
    report = TemplateReport()
    check_template(next(t for t in all_types() if t.type_id == "sequence.arithmetic"), report)
    assert any("methods[1] (由已知项推算)" in e and "refuted" in e for e in report.errors), report.errors


@pytest.mark.parametrize("text", [ARITH, "等比数列 $\\{a_n\\}$ 中，$a_1=1$，$q=2$，求 $S_6$。",
                                  "已知等差数列 $\\{a_n\\}$ 中 $a_1=2$，$d=3$，求前 10 项和。"])
def test_sequence_problems_get_two_verified_methods(text):
    solutions = solve_symbolically(text, max_methods=6)
    verified = [s["method"] for s in solutions if s["verified"]]
    assert len(set(verified)) >= 2, [(s["method"], s["verified"]) for s in solutions]


@pytest.mark.parametrize("module", ["tutor_graph.specialist.types.template", "tutor_graph.specialist.types.sequences.reading"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_every_sequence_type_lives_in_types_and_nothing_else_registers_one():
    from tutor_graph.specialist.registry import solvers

    moved = {t.type_id for t in all_types() if t.module == "sequences"}
    sequence_solvers = [s for s in solvers() if s.type_id.startswith("sequence.")]
    assert {s.type_id for s in sequence_solvers} == moved and len(moved) == 8
    assert all(s.detect.__module__ == "tutor_graph.specialist.types.problem_type" for s in sequence_solvers)
    # every moved type of any module is registered once, from its template, and by nothing else
    assert_registered_once_from_templates(t.type_id for t in all_types())


def test_every_problem_type_is_a_template_type_with_its_yaml():
    """Issue #11's end state: no hand-written solver is left; each type is code + a YAML file beside it."""
    from tutor_graph.specialist.registry import solvers
    from tutor_graph.specialist.types.problem_type import TYPES_DIR

    types = list(all_types())
    assert len(types) >= 152 and len({t.type_id for t in types}) == len(types)
    assert [s.type_id for s in solvers()] == [t.type_id for t in types]  # the registry's order is MODULES' order
    assert all((TYPES_DIR / t.module / f"{t.name}.yaml").is_file() for t in types)
    yamls = {p.relative_to(TYPES_DIR).with_suffix("").as_posix() for p in TYPES_DIR.glob("*/*.yaml")}
    assert yamls == {f"{t.module}/{t.name}" for t in types}  # no YAML without its type


def _rendered_steps():
    """Every step of every template method, rendered on each test instance it fits (no checking)."""
    from tutor_graph.specialist import recognise
    from tutor_graph.specialist.chain import Chain
    from tutor_graph.specialist.types.problem_type import build_chain

    for ptype in all_types():
        template = load_template(ptype.template_path())
        for instance in template.instances:
            params = recognise(instance.text)._data["params"]
            values = ptype.values(params)
            for method in template.methods:
                if method.fits(values):
                    chain = Chain(method=(method.name_zh, method.name_en))
                    build_chain(chain, method, template, values, ptype.reference(params))
                    yield f"{ptype.name}: {method.name_zh}", chain


def test_rendered_questions_are_questions_with_a_short_hint_ladder():
    seen = 0
    for where, chain in _rendered_steps():
        assert chain.steps[0].question[0].endswith(("？", "?")), where
        for step in chain.steps:
            seen += 1
            for text in step.question:
                assert text.rstrip().endswith(("？", "?")), (where, text)
            assert 2 <= len(step.hints) <= 3, (where, step.question[0])
            value = step.claim.rsplit("=", 1)[-1].strip() if step.claim else ""
            # a computed number that the question does not already show: the hints must not give it
            if len(value) >= 2 and value.lstrip("-").isdigit() and value not in step.question[0]:
                assert not any(value in h for pair in step.hints for h in pair), (where, step.question[0], value)
    assert seen > 50


def test_every_method_opens_with_an_idea_question_answered_in_words():
    for where, chain in _rendered_steps():
        first = chain.steps[0]
        assert first.idea and not first.claim, (where, first.question[0])
        assert not any(step.idea for step in chain.steps[1:]), where  # one idea question, then the method
        assert any(step.claim for step in chain.steps), where  # the rest still computes and is checked


def test_rendered_template_chains_pass_the_phrasing_lint():
    from tutor_graph.specialist.phrasing_lint import lint_chain

    chains = list(_rendered_steps())
    violations = [v for where, chain in chains for v in lint_chain(chain, where)]
    assert len(chains) > 30 and not violations, "\n".join(map(str, violations[:20]))


def test_the_lint_names_a_template_type_by_its_yaml_file():
    from tutor_graph.specialist.phrasing_lint import lint_texts

    report = lint_texts([ARITH])
    assert ("arithmetic.yaml", "sequence.arithmetic") in report.seen and not report.violations


def test_an_idea_step_renders_through_chain_idea_and_may_not_carry_a_claim(tmp_path):
    from tutor_graph.specialist import recognise
    from tutor_graph.specialist.chain import Chain
    from tutor_graph.specialist.types.problem_type import build_chain

    ptype = next(t for t in all_types() if t.type_id == "sequence.middle_term")
    template = load_template(ptype.template_path())
    params = recognise(template.instances[0].text)._data["params"]
    method = template.methods[0]
    chain = Chain(method=("", ""))
    build_chain(chain, method, template, ptype.values(params), ptype.reference(params))
    assert chain.steps[0].idea and chain.steps[0].claim == "" and not chain.steps[1].idea
    # the flag, not the wording, makes a step the idea question
    plain = method.model_copy(update={"steps": (method.steps[0].model_copy(update={"idea": False}), *method.steps[1:])})
    chain = Chain(method=("", ""))
    build_chain(chain, plain, template, ptype.values(params), ptype.reference(params))
    assert not chain.steps[0].idea
    # an idea question is answered in words: a claim there is refused when the file loads
    doc = yaml.safe_load(ptype.template_path().read_text(encoding="utf-8"))
    doc["methods"][0]["steps"][0]["claim"] = "1 = 1"
    bad = tmp_path / "middle_term.yaml"
    bad.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"middle_term.yaml: methods\[0\] \(等差中项性质\) → steps\[0\].*no claim"):
        load_template(bad)
