"""The bank snapshot and its diff: a real snapshot of a few bank problems, and every kind of loss the diff must catch."""

from __future__ import annotations

import copy
import json

import pytest

from content.bank import load_problems
from tutor_graph.__main__ import main
from tutor_graph.specialist.snapshot import diff, snapshot


@pytest.fixture(scope="module")
def snap() -> dict:
    problems = [p for p in load_problems() if p.id in {"quadratics-001", "complex_numbers-002", "sequences-001"}]
    assert len(problems) == 3
    return snapshot(problems, ("zh", "en"))


def test_snapshot_records_types_claims_verdicts_answers(snap):
    assert set(snap["items"]) >= {"quadratics-001@zh", "quadratics-001@en", "complex_numbers-002@zh"}
    item = snap["items"]["complex_numbers-002@zh"]
    assert item["type"] and item["methods"]
    method = item["methods"][0]
    assert method["final_answer"] and method["steps"]
    assert {s["status"] for s in method["steps"]} <= {"verified", "refuted", "unknown"}
    assert any(s["claim"] for s in method["steps"])


def test_diff_of_a_snapshot_with_itself_is_clean(snap):
    assert diff(snap, copy.deepcopy(snap))["summary"]["ok"]


def _first_verified(snap: dict) -> tuple[str, dict, dict]:
    for key, item in snap["items"].items():
        for m in item["methods"]:
            for s in m["steps"]:
                if s["status"] == "verified" and s["claim"]:
                    return key, m, s
    raise AssertionError("no verified step in the snapshot")


@pytest.mark.parametrize("change", ["type", "verdict", "answer", "method", "problem"])
def test_diff_catches_each_loss(snap, change):
    after = copy.deepcopy(snap)
    key, method, step = _first_verified(after)
    item = after["items"][key]
    if change == "type":
        item["type"] = None
    elif change == "verdict":
        step["status"] = "unknown"
    elif change == "answer":
        method["final_answer"] += "+1"
    elif change == "method":
        item["methods"].remove(method)
    else:
        del after["items"][key]
    result = diff(snap, after)
    assert not result["summary"]["ok"]
    assert result["problems"][key]["lost"]


def test_diff_reports_gains_without_failing(snap):
    after = copy.deepcopy(snap)
    after["items"]["new-001@zh"] = {"type": "x.y", "methods": []}
    result = diff(snap, after)
    assert result["summary"]["ok"] and result["summary"]["changed"] == 1


def test_cli_diff_exit_codes(snap, tmp_path, capsys):
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps(snap, ensure_ascii=False), encoding="utf-8")
    after.write_text(json.dumps(snap, ensure_ascii=False), encoding="utf-8")
    assert main(["bank-diff", str(before), str(after)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["ok"] is True
    worse = copy.deepcopy(snap)
    _, method, _ = _first_verified(worse)
    method["final_answer"] = "$42$"
    after.write_text(json.dumps(worse, ensure_ascii=False), encoding="utf-8")
    assert main(["bank-diff", str(before), str(after)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("LOST") and json.loads(out[-1])["lost"] >= 1
    assert main(["bank-diff", str(before), str(tmp_path / "missing.json")]) == 2
