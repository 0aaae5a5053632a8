"""GAOKAO-Bench paper I (the development exam set under `../shared/datasets/gaokao-bench`): where it lies, its items.

The data is not shipped: every reader skips cleanly where the folder is absent (`bench_files` returns {}).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

DATA_ENV = "TUTOR_DATASETS"
FILES = {  # kind -> file name under gaokao-bench/
    "fill": "2010-2022_Math_I_Fill-in-the-Blank.json",
    "choice": "2010-2022_Math_I_MCQs.json",
    "open": "2010-2022_Math_I_Open-ended_Questions.json",
}


def default_data_dir() -> Path:
    """`$TUTOR_DATASETS`, else `../shared/datasets` beside the repository root."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared" / "datasets"


def bench_files(data_dir: Path | None = None) -> dict[str, Path]:
    """The GAOKAO-Bench files present under `data_dir` (kind -> path); {} when the folder is absent."""
    folder = Path(data_dir or default_data_dir()) / "gaokao-bench"
    return {kind: folder / name for kind, name in FILES.items() if (folder / name).is_file()}


def load_items(path: Path) -> list[dict[str, Any]]:
    """The items of one GAOKAO-Bench file (its `example` list)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return list(data["example"] if isinstance(data, dict) else data)


def reference_of(item: dict[str, Any], kind: str) -> str:
    """The reference answer as the grader reads it: choice letters `AC`, or the fill-in LaTeX (blanks joined)."""
    answer = item.get("answer")
    if kind == "choice":
        return "".join(sorted(str(a).strip() for a in answer or []))
    if isinstance(answer, list):
        return "，".join(str(a).strip() for a in answer)
    return str(answer or "").strip()
