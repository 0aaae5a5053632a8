"""The project's other measurements behind `python -m evaluation bench NAME …`, one front door.

Each benchmark module hands over two functions: `configure(parser)` adds its arguments, `command(args)` runs it,
prints its figures (the last line one JSON object) and returns the exit code. The registry below is the one
place that lists them; nothing registers itself on import.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

# name -> (module with configure(parser) and command(args), what it measures)
BENCHMARKS: dict[str, tuple[str, str]] = {
    "graph": ("evaluation.graph_bench", "the solve graph on the bank: correct, steps verified, sources, latency"),
    "coverage": ("evaluation.coverage", "symbolic specialist coverage of the bank: recognised, correct, verified"),
    "heldout": ("evaluation.heldout", "specialist precision on GAOKAO-Bench paper I (development data)"),
    "retrieval": ("evaluation.retrieval_bench", "knowledge-point retrieval recall@k from question text"),
    "model": ("evaluation.model_bench", "model load, first token, decoding speed"),
    "checks": ("evaluation.bench", "the step checker and grader on generated labelled sets (= bench-checks)"),
    "methods": ("evaluation.methods_bench", "一题多解: answered bank and exam items with ≥ 2 verified, genuinely different methods"),
}


def run_benchmark(name: str, argv: Sequence[str]) -> int:
    """Parse `argv` with benchmark `name`'s own arguments (`--help` lists them) and run it; its exit code."""
    if name not in BENCHMARKS:
        raise ValueError(f"unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}")
    module_name, what = BENCHMARKS[name]
    module = importlib.import_module(module_name)  # only the one asked for: the others' imports are heavy
    parser = argparse.ArgumentParser(prog=f"python -m evaluation bench {name}", description=what)
    module.configure(parser)
    return int(module.command(parser.parse_args(list(argv))) or 0)
