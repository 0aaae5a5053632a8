"""A tutoring turn written to the learner records, and mastery brought up to date (commit per answer)."""

from __future__ import annotations

from content.learners import Attempt, observations, record_attempt, save_mastery
from tutor_graph.tutoring.mastery import mastery
from tutor_graph.tutoring.state import Reply, TutorState


def record_turn(learner: str, thread: str, before: TutorState, after: TutorState, said: str, reply: Reply,
                seconds: float, url: str | None = None) -> dict[str, float]:
    """Store the student's turn (`before` → `after` state) and return the learner's updated mastery."""
    steps = before.get("steps") or []
    step = min(before.get("cursor", 0), max(len(steps) - 1, 0))
    new_obs = (after.get("observations") or [])[len(before.get("observations") or []):]
    points = tuple(steps[step]["knowledge_points"]) if steps else ()
    observed = new_obs[0] if new_obs else None
    record_attempt(Attempt(
        learner=learner, thread=thread, problem_id=before.get("problem_id", ""), problem=before.get("problem", ""),
        step=step, knowledge_points=points, said=said, verdict=reply["verdict"], hint_level=reply["hint_level"],
        first=observed is not None, observed_correct=observed["correct"] if observed else None,
        misconception=(observed.get("misconception") if observed else None) or _mistake(before, after), seconds=seconds,
    ), url)
    if observed is None:
        return {}
    seen = observations(learner, url)
    updated = mastery({p: seen[p] for p in points if p in seen})
    save_mastery(learner, updated, {p: len(seen[p]) for p in updated}, url)
    return updated


def _mistake(before: TutorState, after: TutorState) -> str | None:
    new = (after.get("mistakes") or [])[len(before.get("mistakes") or []):]
    return new[0] if new else None
