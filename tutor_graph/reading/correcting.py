"""A teacher's correction of a Reading: givens' claims and goals edited, validated by the math layer.

A claim may be written as a formula (`-m+2=0`) or as a relation phrase over the problem's objects
(`a ⊥ b`, `a 与 b 垂直`), which is formalised with the same vocabulary the reader uses. Every claim
must parse in the math layer; one that does not is reported by its 1-based number, and nothing is
solved until it is fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tutor_graph.reading.verifying import coords_of
from tutor_graph.reading.vocabulary import relations_in
from tutor_graph.result import ReadGiven, ReadGoal, Reading

Parses = Callable[[str], str]  # claim -> "" when the math layer reads it, else its reason

_UNREADABLE = ("无法解析", "没有可检验的关系", "过大")


@dataclass
class Correction:
    """The corrected Reading (None while any edit is invalid) and the messages, one per invalid edit."""

    reading: Reading | None
    errors: list[str] = field(default_factory=list)


def _math_layer_reason(claim: str) -> str:
    from tutor_graph.checks import check_step

    reason = check_step(claim).reason
    return reason if reason.startswith(_UNREADABLE) else ""


def formalise(claim: str, reading: Reading) -> str:
    """A relation phrase over the reading's vectors as its formula (`a ⊥ b` → `((-1))*((m))+…=0`), else as is."""
    found = [f for f in relations_in(claim, coords_of(reading), {}) if f.claim]
    return found[0].claim if len(found) == 1 and found[0].text.strip() == claim.strip() else claim.strip()


def correct(reading: Reading, givens: Sequence[tuple[str, str]], goals: Sequence[str],
            unread_resolved: bool = False, parses: Parses | None = None) -> Correction:
    """The reading with `givens` [(text, claim)] and the goals' expressions replaced, each claim checked.

    A given whose text matches an original given keeps its span and kind; a new one is a "condition".
    `unread_resolved` says the teacher's givens now account for what was not read (else it stays partial).
    """
    parses = parses or _math_layer_reason
    originals = {g["text"]: g for g in reading["givens"]}
    new_givens: list[ReadGiven] = []
    errors: list[str] = []
    for n, (text, claim) in enumerate(givens, start=1):
        formal = formalise(claim, reading) if claim.strip() else ""
        phrase = formal != claim.strip()  # a relation phrase became its formula
        # a relation phrase is what the teacher now says the problem says: it becomes the given's text
        text, claim = (claim.strip() if phrase else text.strip()), formal
        if not text and not claim:
            continue  # an empty row is a removed given
        old = originals.get(text)
        if claim:
            why = parses(claim)
            if why:
                errors.append(f"已知 {n} 无法解析：{claim} / Given {n} cannot be read: {claim}")
        new_givens.append(ReadGiven(text=text or claim, span=list(old["span"]) if old else [0, 0], claim=claim,
                                    kind="relation" if phrase else old["kind"] if old else "condition"))
    new_goals: list[ReadGoal] = []
    for n, (goal, expression) in enumerate(zip(reading["goals"], goals, strict=False), start=1):
        expression = expression.strip()
        if expression and expression != goal["expression"]:
            why = parses(f"{expression}={expression}")
            if why:
                errors.append(f"所求 {n} 无法解析：{expression} / Goal {n} cannot be read: {expression}")
        new_goals.append(ReadGoal(text=goal["text"], kind=goal["kind"] if goal["kind"] != "quantity" or not expression
                                  else "value", expression=expression, part=goal["part"]))
    new_goals.extend(reading["goals"][len(goals):])
    if errors:
        return Correction(None, errors)
    unread = [] if unread_resolved else list(reading["unread"])
    corrected = Reading(text=reading["text"], objects=[dict(o) for o in reading["objects"]],  # type: ignore[misc]
                        givens=new_givens, goals=new_goals, options=dict(reading["options"]), unread=unread,
                        complete=not unread and bool(new_goals) and all(g["expression"] or g["kind"] in ("choice", "prove")
                                                                      for g in new_goals))
    corrected["corrected"] = True
    return Correction(corrected)
