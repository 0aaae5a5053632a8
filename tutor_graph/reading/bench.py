"""The reading bench: figures for the reading layer (paper I of GAOKAO-Bench, the bank, fail-fast latency).

Each item goes the way the solve graph sends it, without the optional nodes: the specialist (bounded
tasks) where it recognises the problem, its answer put back into the Reading (代入检验); the general
strategies where nothing recognises a complete reading, or where the specialist's answer fails
back-substitution. An answer counts as *verified* by the one rule (`decide_verified`'s conditions: a
complete reading, a verified chain, back-substitution passed). Wrong-but-verified must stay 0.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tutor_graph.reading.reader import read
from tutor_graph.reading.verifying import back_substitute

TASK_TIMEOUT_S = 30.0
UNRECOGNISED = [  # problems nothing recognises, for the fail-fast latency
    "已知矩形 ABCD 的顶点都在半径为 4 的球 O 的球面上, 且 AB=6, BC=2√3, 则棱锥 O-ABCD 的体积为",
    "正视图为一个三角形的几何体可以是（写出三种）",
    "某种种子每粒发芽的概率都为 0.9, 现播种了 1000 粒, 则补种的种子数 X 的数学期望为",
]


def answer_text(text: str, methods: int = 1, lang: str = "zh") -> dict[str, Any]:
    """Answer one problem as the graph would (specialist, back-substitution, general strategies).

    With `methods` > 1 the result also holds `solutions`: every checked method of the path that gave the
    answer (the specialist's first `methods`, built without a time budget, or the general strategies' chains)
    and `reading`, the Reading they were answered on; the methods benchmark counts them.
    """
    from tutor_graph.checks import TaskError, run_bounded
    from tutor_graph.specialist.bounded import solve_bounded as _solve

    reading = read(text)
    out: dict[str, Any] = {"complete": reading["complete"], "answer": None, "verified": False, "source": None}
    if methods > 1:
        out.update(reading=reading, solutions=[])
    spec = _solve(text)
    if spec.get("recognised") and spec.get("answer"):
        back = back_substitute(reading, spec["answer"])
        out.update(answer=spec["answer"], verified=bool(spec["verified"]) and back.passed, source="specialist",
                   back=back.status)
        if methods > 1:
            out["solutions"] = _specialist_solutions(text, methods, lang)
        if back.status != "refuted":
            return out
    if not reading["complete"]:
        return out
    try:
        found = run_bounded("reading.answer", reading, lang, timeout_s=TASK_TIMEOUT_S)
    except TaskError as exc:
        out["error"] = exc.reason
        return out
    if found:
        back = back_substitute(reading, found[0]["final_answer"])
        if back.passed or out["answer"] is None:
            out.update(answer=found[0]["final_answer"], verified=bool(found[0]["verified"]) and back.passed,
                       source="strategy", back=back.status)
            if methods > 1:
                out["solutions"] = found[:methods]
    return out


METHODS_TASK = "reading.bench_methods"


def register_methods_task() -> None:
    """Allow `specialist_methods` in the bounded pool (call before the workers start, or they restart)."""
    from tutor_graph.checks.tasks import register_task

    register_task(METHODS_TASK, "tutor_graph.reading.bench:specialist_methods")


def specialist_methods(text: str, max_methods: int, lang: str = "zh") -> list[dict[str, Any]]:
    """The specialist's first `max_methods` methods, each checked, without `iter_solutions`' time budget (worker side).

    Without a budget the count does not depend on how busy the machine is (as in the bank snapshot).
    """
    from tutor_graph.specialist.chain import verify
    from tutor_graph.specialist.recognition import recognise
    from tutor_graph.specialist.solving import _chains

    rec = recognise(text)
    if rec is None:
        return []
    return [dict(verify(chain, lang)) for chain in _chains(rec, max_methods)]


def _specialist_solutions(text: str, methods: int, lang: str) -> list[dict[str, Any]]:
    from tutor_graph.checks import TaskError, run_bounded

    register_methods_task()
    try:
        return list(run_bounded(METHODS_TASK, text, methods, lang, timeout_s=TASK_TIMEOUT_S * methods))
    except TaskError:  # a timeout included: that item's methods are not counted
        return []


def _graded(references: list[str], answer: str | None) -> bool:
    from tutor_graph.checks import grade

    return bool(answer) and any(grade(ref, answer or "").correct for ref in references if ref)


def alternatives(reference: str) -> list[str]:
    r"""A fill-in reference as the forms it accepts: "$\\frac{3}{10} \\# \\# 0.3$" is two; a stray closing brace
    left by the data ("36}") is dropped.

    >>> alternatives("$\\frac{3}{10} \\# \\# 0.3$")
    ['\\frac{3}{10}', '0.3']
    >>> alternatives("36}")
    ['36']
    >>> alternatives("0. 98.")
    ['0.98.']
    """
    out = []
    for part in re.split(r"\\?#\s*\\?#", reference.strip().strip("$")):
        part = re.sub(r"(\d)\.\s+(\d)", r"\1.\2", part.strip().strip("$").strip())  # "0. 98": an OCR space
        if part.count("}") > part.count("{"):
            part = part.rstrip("}").strip()
        if part:
            out.append(part)
    return out or [reference]


def _counts(items: list[dict[str, Any]]) -> dict[str, Any]:
    answered = [i for i in items if i["answer"]]
    wrong = [i for i in answered if not i["correct"]]
    n = len(items)
    return {"questions": n, "answered": len(answered), "correct": sum(i["correct"] for i in answered),
            "wrong": len(wrong), "wrong_verified": sum(i["verified"] for i in wrong),
            "verified": sum(i["verified"] for i in answered), "complete_readings": sum(i["complete"] for i in items),
            "answered_share": round(len(answered) / n, 3) if n else 0.0,
            "wrong_share_of_answered": round(len(wrong) / len(answered), 3) if answered else 0.0}


def paper_one(limit: int | None, progress: Callable[[dict], None] | None = None) -> dict[str, Any]:
    """Paper I fill-in + choice (graded), open-ended (parts read / answered; references are worked solutions)."""
    from content.gaokao import bench_files, load_items, reference_of

    files = bench_files()
    if not files:
        return {"skipped": "no GAOKAO-Bench files"}
    graded: list[dict[str, Any]] = []
    for kind in ("fill", "choice"):
        if kind not in files:
            continue
        for index, item in enumerate(load_items(files[kind])[:limit]):
            result = {"kind": kind, "index": index, **answer_text(str(item.get("question", "")))}
            result["reference"] = reference_of(item, kind)
            result["correct"] = _graded(alternatives(result["reference"]), result["answer"])
            graded.append(result)
            if progress:
                progress(result)
    report: dict[str, Any] = {"fill_choice": _counts(graded), "fill": _counts([i for i in graded if i["kind"] == "fill"]),
                              "choice": _counts([i for i in graded if i["kind"] == "choice"]), "items": graded}
    if "open" in files:
        report["open"] = open_parts(load_items(files["open"])[:limit])
    return report


def open_parts(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Open-ended items part by part (the stem with each part (1)(2)…): parts asked, read completely, answered.

    The references are worked solutions, so correctness is left to a person (`parts_correct` is None).
    """
    from tutor_graph.reading.normalising import normalise_exam
    from tutor_graph.reading.parts import parts_of

    asked = complete = answered = 0
    for item in items:
        pieces = parts_of(normalise_exam(str(item.get("question", ""))).text)
        stem = pieces[0][1]
        for _label, text, _ in pieces[1:] or [("", "", 0)]:
            asked += 1
            whole = f"{stem} {text}".strip()
            reading = read(whole)
            if reading["complete"] and reading["goals"]:  # several goals are answered one by one
                complete += 1
                answered += bool(answer_text(whole)["answer"])
    return {"parts": asked, "parts_read_completely": complete, "parts_answered": answered,
            "parts_correct": None}  # references are worked solutions: graded by a person


def bank(limit: int | None) -> dict[str, Any]:
    """The problem bank (zh): answered and correct-when-answered with the reading in the loop."""
    from content.bank import load_problems

    items = []
    for problem in load_problems()[:limit]:
        result = answer_text(problem.question_zh)
        result["correct"] = _graded([problem.final_answer, *problem.answer_alternatives], result["answer"])
        items.append(result)
    counts = _counts(items)
    answered = counts["answered"]
    counts["correct_when_answered"] = round(counts["correct"] / answered, 3) if answered else 0.0
    return counts


def latency(repeats: int = 3) -> dict[str, Any]:
    """End-to-end seconds of `solve` on unrecognised problems with the embedded default (warm process)."""
    from tutor_graph.context import Settings
    from tutor_graph.solve import solve

    settings = Settings()
    solve(UNRECOGNISED[0], settings)  # warm: workers, imports, retrieval
    times = []
    for _ in range(repeats):
        for text in UNRECOGNISED:
            start = time.perf_counter()
            solve(text, settings)
            times.append(time.perf_counter() - start)
    return {"runs": len(times), "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
            "model": settings.model_name}


def run(limit: int | None = None, parts: tuple[str, ...] = ("paper", "bank", "latency"),
        out: Path | None = None) -> dict[str, Any]:
    """All figures; the items go to `out` when given."""
    import json

    from tutor_graph.checks import warm_up

    warm_up()
    figures: dict[str, Any] = {}
    if "paper" in parts:
        paper = paper_one(limit)
        items = paper.pop("items", [])
        figures["paper_one"] = paper
        if out:
            out.mkdir(parents=True, exist_ok=True)
            (out / "paper_items.json").write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    if "bank" in parts:
        figures["bank"] = bank(limit)
    if "latency" in parts:
        figures["unrecognised_latency"] = latency()
    return figures
