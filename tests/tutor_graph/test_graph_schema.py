"""Every Result the graph produces matches the contract in tutor_graph/result.py, key by key and type by type."""

from __future__ import annotations

import json
import types
from typing import Literal, NotRequired, Union, get_args, get_origin, get_type_hints

import pytest

from tests.tutor_graph.scripted_model import ScriptedModel
from tests.tutor_graph.test_graph_flow import PLAN, QUADRATIC, RIGHT_1, RIGHT_2, WRONG_1
from tutor_graph.context import Settings
from tutor_graph.result import Result
from tutor_graph.solve import solve


def conforms(value, hint, path: str = "result") -> list[str]:
    """Problems of `value` against a type hint (TypedDicts recursively); [] when it conforms."""
    origin, args = get_origin(hint), get_args(hint)
    if origin is NotRequired:
        return conforms(value, args[0], path)
    if origin is Literal:
        return [] if value in args else [f"{path}: {value!r} not in {args}"]
    if origin in (Union, types.UnionType):
        options = [conforms(value, a, path) for a in args]
        return [] if any(not o for o in options) else [f"{path}: {value!r} matches none of {args}"]
    if hint is type(None):
        return [] if value is None else [f"{path}: expected None"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: expected list, got {type(value).__name__}"]
        return [p for i, v in enumerate(value) for p in conforms(v, args[0], f"{path}[{i}]")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{path}: expected dict"]
        return [p for k, v in value.items() for p in conforms(k, args[0], path) + conforms(v, args[1], f"{path}.{k}")]
    if isinstance(hint, type) and hasattr(hint, "__annotations__") and issubclass(hint, dict):
        if not isinstance(value, dict):
            return [f"{path}: expected {hint.__name__} dict"]
        hints = get_type_hints(hint, include_extras=True)
        # result.py uses postponed annotations, so __required_keys__ misses NotRequired: read the hints.
        required = [k for k, h in hints.items() if get_origin(h) is not NotRequired]
        problems = [f"{path}: missing {k}" for k in required if k not in value]
        problems += [f"{path}: unexpected key {k}" for k in value if k not in hints]
        return problems + [p for k, v in value.items() if k in hints for p in conforms(v, hints[k], f"{path}.{k}")]
    if hint is float:
        return [] if isinstance(value, (int, float)) and not isinstance(value, bool) else [f"{path}: expected float"]
    return [] if isinstance(value, hint) else [f"{path}: expected {hint}, got {type(value).__name__}"]


def test_the_checker_itself_catches_a_broken_result():
    broken = {"problem": "p", "solutions": [{"method": 1}]}
    problems = conforms(broken, Result)
    assert any("missing final_answer" in p for p in problems)
    assert any("solutions[0]: missing steps" in p for p in problems)
    assert any("solutions[0].method" in p for p in problems)


@pytest.mark.parametrize(
    "text, make_settings",
    [
        (QUADRATIC, lambda: Settings(model_use="never")),  # symbolic chain, all nodes
        (QUADRATIC, lambda: Settings(chat_model=ScriptedModel([PLAN, WRONG_1, RIGHT_1, RIGHT_2]), nodes=frozenset({"link"}))),
        ("证明：素数有无穷多个。", lambda: Settings(model_use="never")),  # nothing solved
    ],
    ids=["symbolic", "model-repaired", "unsolved"],
)
def test_result_matches_the_contract_and_is_json(text, make_settings):
    result = solve(text, make_settings())
    assert conforms(result, Result) == []
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result
    assert result["trace"] and all(t["seconds"] >= 0 for t in result["trace"])
