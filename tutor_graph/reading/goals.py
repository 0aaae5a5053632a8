"""Several goals in one Reading ("求 f(x) 的单调区间和极值", parts (1)(2)(3)): each answered and checked on its own.

A goal's own reading keeps the shared givens (the stem) and those of its own part only, so a given of part
(2) never constrains the answer of part (1). The final answer lists every goal under its label
("（1）…；（2）…"), and a solution with several goals is verified only when every goal's is.

>>> labels([{"part": ""}, {"part": ""}])
['（1）', '（2）']
>>> labels([{"part": "(1)"}, {"part": "(2)"}, {"part": "(2)"}])
['（1）', '（2）①', '（2）②']
>>> split_answer("（1）增区间 (1,+∞)；（2）极小值 -2", ['（1）', '（2）'])
['增区间 (1,+∞)', '极小值 -2']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tutor_graph.result import ReadGiven, ReadGoal, Reading

_CIRCLED = "①②③④⑤⑥"
UNANSWERED = ("未解答", "not answered")


def labels(goals: list[ReadGoal] | list[dict]) -> list[str]:
    """The label each goal's answer is listed under: its part, numbered within the part when it asks several."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, g in enumerate(goals):
        part = g.get("part", "")
        base = f"（{part.strip('()（）')}）" if part else f"（{i + 1}）"
        share = sum(1 for h in goals if h.get("part", "") == part) if part else 1
        seen[part] = seen.get(part, 0) + 1
        out.append(base + (_CIRCLED[seen[part] - 1] if share > 1 and seen[part] <= len(_CIRCLED) else ""))
    return out


def split_answer(answer: str, marks: list[str]) -> list[str] | None:
    """The answer of each goal, cut at its label; None when the labels are not all there, in order."""
    text = answer.replace("(", "（").replace(")", "）") if not all(m in answer for m in marks) else answer
    starts, pos = [], 0
    for mark in marks:
        at = text.find(mark, pos)
        if at < 0:
            return None
        starts.append(at)
        pos = at + len(mark)
    pieces = [answer[s + len(m): (starts[i + 1] if i + 1 < len(starts) else len(answer))]
              for i, (s, m) in enumerate(zip(starts, marks, strict=True))]
    return [p.strip().strip("；;").strip() for p in pieces]


def _part_ranges(text: str) -> dict[str, tuple[int, int]]:
    from tutor_graph.reading.parts import parts_of

    pieces = parts_of(text)
    return {label: (offset, offset + len(piece)) for label, piece, offset in pieces if label}


def part_of(reading: Reading, given: ReadGiven) -> str:
    """The part label of the part a given was read from ("" for the stem)."""
    return next((label for label, (lo, hi) in _part_ranges(reading["text"]).items() if lo <= given["span"][0] < hi), "")


def sub_reading(reading: Reading, goal: ReadGoal) -> Reading:
    """The Reading of one goal: the stem's givens, its own part's givens, and that goal alone."""
    ranges = _part_ranges(reading["text"])
    own = ranges.get(goal["part"])
    others = [r for label, r in ranges.items() if label != goal["part"]]
    givens = [g for g in reading["givens"]
              if not any(lo <= g["span"][0] < hi for lo, hi in others) or (own and own[0] <= g["span"][0] < own[1])]
    complete = reading["complete"] and bool(goal["expression"] or goal["kind"] in ("prove", "choice"))
    return Reading(text=reading["text"], objects=reading["objects"], givens=givens, goals=[goal],
                   options=reading["options"], unread=reading["unread"], complete=complete)


def sub_text(reading: Reading, goal: ReadGoal) -> str:
    """A problem text that asks this goal alone (the stem and the goal's own clause)."""
    text = reading["text"]
    ranges = _part_ranges(text)
    if goal["part"] in ranges:
        stem_end = min(lo for lo, _ in ranges.values())
        lo, hi = ranges[goal["part"]]
        head = re.sub(r"[(（]\s*[1-4IⅠⅡⅢ]+\s*[)）]\s*$", "", text[:stem_end]).strip()
        body = text[lo:hi]
    else:
        head, body = text, ""
    # "求 f(x) 的单调区间和极值": the goal's own text stands where the shared asking clause stood
    subject = goal["text"].split(" 的", 1)[0].strip()
    where = (head + " " + body).find(subject) if subject else -1
    whole = (head + " " + body).strip()
    return (whole[:where] + goal["text"]).strip() if where >= 0 else f"{head} {goal['text']}".strip()


def answer_goals(reading: Reading, lang: str, answer_one: Callable[[Reading, str], list[dict[str, Any]]],
                 specialist: Callable[[str, str], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One solution answering every goal in turn (general strategies first, then the specialist on its text)."""
    goals = reading["goals"]
    marks = labels(goals)
    steps: list[dict[str, Any]] = []
    finals: list[str] = []
    verified, answered, kps = True, 0, []
    for goal, mark in zip(goals, marks, strict=True):
        one = sub_reading(reading, goal)
        found = answer_one(one, lang) if one["complete"] else []
        if not found:
            found = specialist(sub_text(reading, goal), lang)
        if not found or not found[0].get("final_answer"):
            verified = False
            steps.append({"question": f"{mark}这一问问的是什么？" if lang == "zh" else f"{mark} What does this part ask?",
                          "answer": (f"这一问未能自动解答：{goal['text']}" if lang == "zh"
                                     else f"This part was not answered automatically: {goal['text']}"),
                          "claim": "", "verdict": {"status": "unknown", "reason": "", "counterexample": None}, "source": "symbolic",
                          "knowledge_points": [], "hints": []})
            finals.append(mark + UNANSWERED[lang != "zh"])
            continue
        first = found[0]
        answered += 1
        verified = verified and bool(first["verified"])
        kps += [k for k in first.get("knowledge_points", []) if k not in kps]
        for step in first["steps"]:
            steps.append({**step, "question": mark + step["question"]})
        finals.append(mark + str(first["final_answer"]))
    if not answered:
        return []
    return [{"method": "分问作答 / Part by part", "steps": steps,
             "final_answer": "；".join(finals) if lang == "zh" else "; ".join(finals), "verified": verified,
             "knowledge_points": kps}]
