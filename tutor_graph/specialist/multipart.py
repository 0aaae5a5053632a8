"""Multi-part questions（(1)(2)(3) / (Ⅰ)(Ⅱ) / ①②）: each part is recognised with the shared givens in
front of it and answered by its own chain; the Solution lists the parts in order, says which were not
answered, grades every answered part on its own, and is never verified unless every part is.

>>> split_parts("已知 f(x)=x^2-4x+3. (1) 求 f(x) 的零点; (2) 求 f(x) 的最小值.")
('已知 f(x)=x^2-4x+3.', ['求 f(x) 的零点;', '求 f(x) 的最小值.'])
"""

from __future__ import annotations

import re
from typing import Any

from tutor_graph.specialist.chain import Chain, DraftStep, Text
from tutor_graph.specialist.registry import Method, Solver

_MARK = re.compile(r"(?<![A-Za-z0-9_)\]'])\(\s*(\d|I{1,3}|IV)\s*\)(?!\s*[=<>])|([①②③④])")
_ORDER = {"1": 1, "2": 2, "3": 3, "4": 4, "I": 1, "II": 2, "III": 3, "IV": 4, "①": 1, "②": 2, "③": 3, "④": 4}


def split_parts(text: str) -> tuple[str, list[str]] | None:
    """(shared givens, [part texts]) when the text has parts numbered 1, 2, … in order, else None."""
    marks = list(_MARK.finditer(text))
    run: list[re.Match] = []
    for m in marks:
        n = _ORDER.get(m.group(1) or m.group(2))  # "(9)" is a number in brackets, never a part of ours
        if n == len(run) + 1:
            run.append(m)
    if len(run) < 2:
        return None
    pre = text[: run[0].start()].strip()
    parts = [text[m.end(): (run[i + 1].start() if i + 1 < len(run) else len(text))].strip() for i, m in enumerate(run)]
    return (pre, parts) if all(parts) else None


def _build(chain: Chain, data: dict[str, Any]) -> None:
    finals_zh, finals_en, refs_zh, refs_en = [], [], [], []
    for i, (text, rec) in enumerate(data["parts"], 1):
        label = (f"（{i}）", f"({i}) ")
        sub = None
        if rec is not None:
            for method in rec._solver.methods:
                if not method.applies(rec._data):
                    continue
                try:
                    sub = Chain(method=method.name, knowledge_points=rec._solver.knowledge_points)
                    method.build(sub, rec._data)
                except Exception:  # one part failing leaves the others
                    sub = None
                    continue
                if sub.steps and sub.final_answer:
                    break
                sub = None
        if sub is None:
            chain.complete = False
            chain.steps.append(DraftStep((f"{label[0]}这一问是什么？", f"{label[1]}What does this part ask?"),
                                         (f"这一问未能自动解答：{text}", f"This part was not answered automatically: {text}"),
                                         "", (), tuple(data["kps"][:1]), ()))
            none: Text = ("未解答", "not answered")
            chain.parts.append((none, ""))
            finals_zh.append(f"{label[0]}未解答")
            finals_en.append(f"{label[1]}not answered")
            refs_zh.append(f"{label[0]}?")
            refs_en.append(f"{label[1]}?")
            continue
        for step in sub.steps:
            chain.steps.append(DraftStep((label[0] + step.question[0], label[1] + step.question[1]), step.answer, step.claim,
                                         step.context, step.knowledge_points, step.hints, idea=step.idea))
        fin = sub.final_answer if isinstance(sub.final_answer, tuple) else (sub.final_answer,) * 2
        ref = sub.reference if isinstance(sub.reference, tuple) else (sub.reference,) * 2
        chain.parts.append((fin, ref))
        finals_zh.append(label[0] + fin[0])
        finals_en.append(label[1] + fin[1])
        refs_zh.append(label[0] + ref[0])
        refs_en.append(label[1] + ref[1])
    chain.final_answer = ("；".join(finals_zh), "; ".join(finals_en))
    chain.reference = ("；".join(refs_zh), "; ".join(refs_en))


MULTIPART = Solver("multipart", "multipart", lambda p: None, (Method(("分问作答", "Part by part"), _build),), ())


def recognise_parts(text: str, recognise_one) -> dict[str, Any] | None:
    """The parts and their recognitions (None where a part is not recognised); None when the text has no
    parts or no part is recognised."""
    split = split_parts(text)
    if split is None:
        return None
    pre, parts = split
    recs = []
    for part in parts:
        full = f"{pre} {part}".strip()
        recs.append((full, recognise_one(full)))
    if not any(r for _, r in recs):
        return None
    return {"parts": recs, "pre": pre}
