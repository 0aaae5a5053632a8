"""Every other measurement of the project behind `python -m evaluation bench NAME …`, one front door.

The packages keep their own commands (`python -m tutor_graph bench`, …): they may not import `evaluation`
(evaluation sits above them), so the aliases go this way and call the same code, with the same output.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

# name -> (module with main(argv), its subcommand, what it measures)
BENCHMARKS: dict[str, tuple[str, str, str]] = {
    "graph": ("tutor_graph.__main__", "bench", "the solve graph on the bank (python -m tutor_graph bench)"),
    "coverage": ("tutor_graph.specialist.__main__", "coverage",
                 "symbolic specialist coverage of the bank (python -m tutor_graph.specialist coverage)"),
    "heldout": ("tutor_graph.specialist.__main__", "heldout",
                "specialist precision on GAOKAO-Bench (python -m tutor_graph.specialist heldout)"),
    "retrieval": ("content.__main__", "eval-retrieval", "knowledge-point retrieval recall@k (python -m content eval-retrieval)"),
    "model": ("model.__main__", "bench", "model load, first token, decoding speed (python -m model bench)"),
    "checks": ("evaluation.__main__", "bench-checks", "the step checker and grader (python -m evaluation bench-checks)"),
}


def run_benchmark(name: str, args: Sequence[str]) -> int:
    """Run benchmark `name` with its own arguments (`--help` lists them); its exit code."""
    if name not in BENCHMARKS:
        raise ValueError(f"unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}")
    module, command, _ = BENCHMARKS[name]
    return int(importlib.import_module(module).main([command, *args]) or 0)
