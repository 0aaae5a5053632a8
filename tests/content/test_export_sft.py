"""`python -m content export-sft`: only verified chains, a split by problem, completions that parse back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from content.bank import PROBLEMS_DIR, get_problem, load_problems
from content.cases import CaseLibrary
from content.chain_text import parse_chain
from content.sft_export import FILES, split_of
from tutor_graph.checks import check_step, grade

MODULE = PROBLEMS_DIR / "complex_numbers.yaml"


def _rows(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, dict]:
    """Export one bank module, its specialist chains and a case library holding a good and a broken case."""
    from content.__main__ import main

    tmp = tmp_path_factory.mktemp("export")
    library = CaseLibrary(tmp / "cases.sqlite")
    heldout = next(p for p in load_problems(MODULE) if split_of(p.question_zh) == "heldout")
    edited = heldout.to_dict()
    edited["methods"][0]["steps"][0]["question_zh"] += "（教师改写）"  # a teacher's own wording
    library.save(edited, author="teacher", title="edited copy of a held-out bank problem")
    broken = get_problem("complex_numbers-001").to_dict()
    step = broken["methods"][0]["steps"][-1]
    assert step["claim"] == "(1+2i)(3-i)=5+5i"
    step["claim"] = "(1+2i)(3-i)=5+6i"  # refuted: this chain must not be exported
    broken["question_zh"] = "计算 $(1+2i)(3-i)$ 的值。"
    library.save(broken, author="teacher", title="broken")
    out = tmp / "data"
    assert (
        main(
            [
                "export-sft",
                "--out",
                str(out),
                "--problems",
                str(MODULE),
                "--cases-db",
                str(tmp / "cases.sqlite"),
            ]
        )
        == 0
    )
    return out, json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_every_file_is_written_with_rows(exported):
    out, manifest = exported
    for name in FILES:
        assert manifest["counts"][name] == len(_rows(out, name)) > 0
    assert set(manifest["sources"]["train"]) == {"bank", "specialist"}
    assert set(manifest["sources"]["heldout"]) == {"bank", "specialist", "case"}


def test_only_verified_chains_are_exported(exported):
    out, manifest = exported
    rows = _rows(out, "sft_train.jsonl") + _rows(out, "sft_heldout.jsonl")
    claims = 0
    for row in rows:
        chain = parse_chain(row["completion"][0]["content"])
        assert chain is not None, row["completion"]
        assert grade(row["answer"], chain.final_answer).correct
        for step in chain.steps:
            if step.claim:
                claims += 1
                assert check_step(step.claim, list(step.givens)).status == "verified", step.claim
    assert claims >= len(rows)
    assert "5+6i" not in json.dumps(rows, ensure_ascii=False)
    assert any(item["source"] == "case" and "refuted" in item["why"] for item in manifest["left_out"])


def test_no_held_out_problem_in_training(exported):
    out, _ = exported
    for kind in ("sft", "rl"):
        train = {r["prompt"][0]["content"] for r in _rows(out, f"{kind}_train.jsonl")}
        heldout = {r["prompt"][0]["content"] for r in _rows(out, f"{kind}_heldout.jsonl")}
        assert train and heldout and not train & heldout
    train_ids = {r["problem_id"] for r in _rows(out, "sft_train.jsonl")}
    heldout_rows = _rows(out, "sft_heldout.jsonl")
    assert not train_ids & {r["problem_id"] for r in heldout_rows}
    # the case copying a held-out bank problem is held out with it
    assert any(r["source"] == "case" for r in heldout_rows)


def test_rl_rows_carry_the_reference_and_one_prompt_per_problem(exported):
    out, _ = exported
    rows = _rows(out, "rl_train.jsonl") + _rows(out, "rl_heldout.jsonl")
    prompts = [r["prompt"][0]["content"] for r in rows]
    assert len(prompts) == len(set(prompts))
    assert all(r["answer"] and set(r) == {"prompt", "answer", "problem_id"} for r in rows)


def test_docstring_examples():
    import doctest

    import content.chain_text
    import content.sft_export

    for module in (content.chain_text, content.sft_export):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0
