"""The before/after figures issue #11 asks for, from the code as it stands and a bank snapshot.

Size: lines of Python in the specialist outside `types/` (the old hand-written types and the shared machinery),
lines of Python and YAML in `types/`, problem types registered and how many are templates, lines per type.
Methods: from a `bank-snapshot` file, the answered bank problems (zh and en texts) and how many have two or
more verified methods. The share of steps phrased as questions is the phrasing lint's (`phrasing`), printed
separately because it renders every chain of the bank.
`python -m tutor_graph.specialist figures [--snapshot FILE]`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _lines(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in paths)


def size() -> dict[str, Any]:
    """Lines and types: the old layout against the templates."""
    from tutor_graph.specialist.registry import solvers
    from tutor_graph.specialist.types import all_types

    types_dir = HERE / "types"
    old_py = [p for p in HERE.glob("*.py")]
    new_py = list(types_dir.rglob("*.py"))
    new_yaml = list(types_dir.rglob("*.yaml"))
    registered = {s.type_id for s in solvers()}
    templates = {t.type_id for t in all_types()}
    total_lines = _lines(old_py) + _lines(new_py) + _lines(new_yaml)
    return {"python_lines_outside_types": _lines(old_py), "python_files_outside_types": len(old_py),
            "types_python_lines": _lines(new_py), "types_yaml_lines": _lines(new_yaml),
            "types_registered": len(registered), "template_types": len(templates),
            "python_types": len(registered - templates),
            "lines_per_type": round(total_lines / len(registered), 1) if registered else None}


def methods(snapshot: dict[str, Any]) -> dict[str, Any]:
    """Answered bank problems (a type recognised and a method built) and those with ≥ 2 verified methods."""
    answered = [i for i in snapshot["items"].values() if i["type"] and i["methods"]]
    several = [i for i in answered if sum(m["verified"] for m in i["methods"]) >= 2]
    verified = sum(sum(m["verified"] for m in i["methods"]) for i in answered)
    return {"answered": len(answered), "with_two_verified_methods": len(several),
            "share": round(len(several) / len(answered), 3) if answered else 0.0,
            "verified_methods_per_answered": round(verified / len(answered), 2) if answered else 0.0}


def figures(snapshot_file: Path | None = None) -> dict[str, Any]:
    """Size figures, plus the methods figures where a snapshot file is given."""
    out: dict[str, Any] = {"size": size()}
    if snapshot_file is not None:
        out["methods"] = methods(json.loads(snapshot_file.read_text(encoding="utf-8")))
    return out
