"""The specialist on one unseen text, each call a bounded task in a checker worker (for benches over new data).

An unseen text that makes a detector slow costs one timeout, not the run.
"""

from __future__ import annotations

from typing import Any

TASK_TIMEOUT_S = 30.0  # one item: recognise and build + check one chain (a few seconds at most in practice)


def solve_bounded(text: str) -> dict[str, Any]:
    """Recognise and solve one text (first method only) in bounded worker tasks: recognised, type, goal, answer."""
    from tutor_graph.checks import TaskError, run_bounded

    try:
        rec = run_bounded("specialist.recognise", text, timeout_s=TASK_TIMEOUT_S)
        if rec is None:
            return {"recognised": False}
        sols = run_bounded("specialist.solve_symbolically", text, 1, "zh", timeout_s=TASK_TIMEOUT_S)
    except TaskError as exc:
        return {"recognised": False, "error": exc.reason}
    first = sols[0] if sols else None
    return {"recognised": True, "type": rec["type_id"], "goal": rec["goal"],
            "answer": first["final_answer"] if first else None, "verified": bool(first and first["verified"])}
