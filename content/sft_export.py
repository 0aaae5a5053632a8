"""Training data from verified question chains: SFT prompt/completion pairs and prompts-only RL sets.

Sources: every method of the bank, every case of the teachers' library, and the symbolic specialist's
chains for bank problems (its type templates, run through the math layer's bounded task). A chain is
exported only when every claim in it verifies again here, as written (`check_step` with its givens), and
its final answer grades equal to the problem's reference. The held-out split is by problem: a stable hash
of the normalised question text, so a case that copies a bank problem lands on the same side.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from content.bank import Problem, load_problems
from content.chain_text import Chain, ChainStep, build_prompt, format_chain
from content.verifying import check_claim, grade_answer

HELDOUT_PERCENT = 15
SPECIALIST_TIMEOUT_S = 20.0
FILES = ("sft_train.jsonl", "sft_heldout.jsonl", "rl_train.jsonl", "rl_heldout.jsonl")


@dataclass(frozen=True)
class Candidate:
    """A chain offered for export, with where it came from."""

    problem_key: str  # bank id or `case-N`
    question: str
    reference: str
    source: str  # bank | case | specialist
    method: str
    chain: Chain
    split_key: str  # the Chinese question text, so both languages split alike


def split_of(question: str) -> str:
    """`train` or `heldout`, decided by a stable hash of the whitespace-free question text.

    >>> split_of("解方程 x^2-5x+6=0") == split_of("解方程  x^2 - 5x + 6 = 0")
    True
    """
    key = "".join(question.split()).encode()
    return "heldout" if int(hashlib.sha256(key).hexdigest(), 16) % 100 < HELDOUT_PERCENT else "train"


def _question(problem: Problem, lang: str) -> str:
    return problem.question_en if lang == "en" and problem.question_en else problem.question_zh


def problem_chains(problem: Problem, key: str, source: str, lang: str) -> Iterator[Candidate]:
    """One candidate per method of a bank-shaped problem (bank or case)."""
    for method in problem.methods:
        steps = tuple(
            ChainStep(
                s.question_en if lang == "en" and s.question_en else s.question_zh,
                s.answer,
                s.claim or "",
                tuple(s.context or ()),
            )
            for s in method.steps
        )
        name = method.name_en if lang == "en" and method.name_en else method.name_zh
        yield Candidate(
            key,
            _question(problem, lang),
            problem.final_answer,
            source,
            name,
            Chain(steps, problem.final_answer),
            problem.question_zh,
        )


def specialist_chains(problem: Problem, lang: str) -> Iterator[Candidate]:
    """The specialist's verified chains for a bank problem (none when it does not recognise it)."""
    from tutor_graph.checks import TaskError, register_task, run_bounded

    # Declared here, where it is used: the math layer names no caller's task (content imports no tutor_graph
    # module but the math layer; the worker imports the specialist).
    register_task("specialist.solve_symbolically", "tutor_graph.specialist:solve_symbolically")
    text = _question(problem, lang)
    try:
        solutions = run_bounded(
            "specialist.solve_symbolically", text, 2, lang, timeout_s=SPECIALIST_TIMEOUT_S
        )
    except TaskError:
        return
    for sol in solutions or []:
        if not sol.get("verified"):
            continue
        steps = tuple(ChainStep(s["question"], s["answer"], s.get("claim") or "") for s in sol["steps"])
        yield Candidate(
            problem.id,
            text,
            problem.final_answer,
            "specialist",
            str(sol["method"]),
            Chain(steps, str(sol["final_answer"])),
            problem.question_zh,
        )


def case_problems(db: str | Path | None) -> list[tuple[str, Problem]]:
    """(key, problem) for the latest version of every case; [] when the library file does not exist."""
    if db is None or not Path(db).expanduser().is_file():
        return []
    from content.cases import CaseLibrary

    return [(f"case-{c.id}", c.current.to_problem()) for c in CaseLibrary(db).list()]


def verify_candidate(candidate: Candidate) -> str | None:
    """None when every claim verifies and the final answer grades equal; else why it is left out."""
    claims = [s for s in candidate.chain.steps if s.claim]
    if not claims:
        return "no checkable claim"
    for step in claims:
        verdict = check_claim(step.claim, list(step.givens) or None)
        if verdict.status != "verified":
            return f"claim {step.claim!r}: {verdict.status}"
    if not grade_answer(candidate.reference, candidate.chain.final_answer).correct:
        return f"final answer {candidate.chain.final_answer!r} does not grade equal to the reference"
    return None


def sft_row(candidate: Candidate, lang: str) -> dict[str, Any]:
    """One conversational prompt/completion row (TRL's format), with its provenance."""
    return {
        "prompt": [{"role": "user", "content": build_prompt(candidate.question, lang)}],
        "completion": [{"role": "assistant", "content": format_chain(candidate.chain, lang)}],
        "answer": candidate.reference,
        "problem_id": candidate.problem_key,
        "source": candidate.source,
        "method": candidate.method,
    }


def rl_row(candidate: Candidate, lang: str) -> dict[str, Any]:
    """One prompts-only row for RL; `answer` is the reference the reward grades against."""
    return {
        "prompt": [{"role": "user", "content": build_prompt(candidate.question, lang)}],
        "answer": candidate.reference,
        "problem_id": candidate.problem_key,
    }


def collect(
    problems: Iterable[Problem], cases: Iterable[tuple[str, Problem]], lang: str, specialist: bool
) -> Iterator[Candidate]:
    """Every candidate chain from the bank, the case library and (optionally) the specialist."""
    for problem in problems:
        yield from problem_chains(problem, problem.id, "bank", lang)
        if specialist:
            yield from specialist_chains(problem, lang)
    for key, problem in cases:
        yield from problem_chains(problem, key, "case", lang)


def export_sft(
    out: str | Path,
    *,
    problems_path: str | Path | None = None,
    cases_db: str | Path | None = None,
    lang: str = "zh",
    specialist: bool = True,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Write the four JSONL files and `manifest.json` under `out`; return the manifest."""
    candidates = list(collect(load_problems(problems_path), case_problems(cases_db), lang, specialist))
    if progress:
        progress(f"{len(candidates)} candidate chains; verifying every claim …")
    with ThreadPoolExecutor(max_workers=2) as pool:  # the checker pool has two workers by default
        failures = list(pool.map(verify_candidate, candidates))
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in FILES}
    seen_prompts: set[tuple[str, str]] = set()
    seen_chains: set[tuple[str, str]] = set()
    left_out: list[dict[str, str]] = []
    for candidate, why in zip(candidates, failures, strict=True):
        if why:
            left_out.append({"problem_id": candidate.problem_key, "source": candidate.source, "why": why})
            continue
        side = split_of(candidate.split_key)
        text = format_chain(candidate.chain, lang)
        if (candidate.question, text) in seen_chains:
            continue  # the specialist may repeat a bank chain word for word
        seen_chains.add((candidate.question, text))
        rows[f"sft_{side}.jsonl"].append(sft_row(candidate, lang))
        if (side, candidate.question) not in seen_prompts:
            seen_prompts.add((side, candidate.question))
            rows[f"rl_{side}.jsonl"].append(rl_row(candidate, lang))
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, items in rows.items():
        with open(folder / name, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    manifest = {
        "lang": lang,
        "format": "content.chain_text (parse_chain reads the completions back)",
        "split": f"by problem: sha256(question without spaces) % 100 < {HELDOUT_PERCENT} is held out",
        "counts": {name: len(items) for name, items in rows.items()},
        "sources": {side: _count_sources(rows[f"sft_{side}.jsonl"]) for side in ("train", "heldout")},
        "candidates": len(candidates),
        "left_out": left_out,
    }
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return manifest


def _count_sources(rows: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["source"]] = counts.get(row["source"], 0) + 1
    return counts
