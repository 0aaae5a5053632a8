"""Suites: the items an evaluation runs on (the bank, GAOKAO-Bench paper I, the tutoring simulation, a JSONL file).

Every suite yields `Item`s of one shape, so modes, scorers and reports never ask where an item came from.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

TUTORING = "tutoring"  # the bank's problems, tutored to simulated students (evaluation.tutoring_suite)
SUITES = ("bank", "gaokao", TUTORING)
GAOKAO_KINDS = {"choice": "选择题 / choice", "fill": "填空题 / fill-in", "open": "解答题 / open-ended"}
_OPTION = re.compile(r"(?<![A-Za-z0-9_\\])([A-D])[\.．、]\s*")


class SuiteUnavailable(RuntimeError):
    """A suite whose data is absent here (e.g. GAOKAO-Bench without ../shared/datasets); says why."""


@dataclass(frozen=True)
class Item:
    """One question of a suite, with its reference and the labels reports group by."""

    id: str
    question: str
    answer: str  # the reference; "" where the suite has none to grade against
    choices: dict[str, str] | None = None  # letter -> option text for choice questions
    topic: str = "—"
    difficulty: str = "—"
    graded: bool = True  # False where the reference is a worked solution, not an answer (open-ended 高考 items)
    alternatives: tuple[str, ...] = ()  # the same answer written differently

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict (inspect sample metadata)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        """The inverse of `to_dict`."""
        return cls(**{**data, "alternatives": tuple(data.get("alternatives") or ())})


def bank_items(lang: str = "zh") -> list[Item]:
    """The problem bank (`content`): topic = curriculum module, difficulty 1–5."""
    from content.bank import load_problems

    items = []
    for p in load_problems():
        text = p.question_en if lang == "en" and p.question_en else p.question_zh
        items.append(Item(id=p.id, question=text, answer=p.final_answer, topic=p.module,
                          difficulty=str(p.difficulty), alternatives=tuple(p.answer_alternatives),
                          choices=_options(text) if p.answer_kind == "choice" else None))
    return items


def gaokao_dir(data_dir: str | Path | None = None) -> Path:
    """The GAOKAO-Bench folder under `data_dir` (default: `$TUTOR_DATASETS`, else ../shared/datasets)."""
    from content.gaokao import default_data_dir

    return Path(data_dir or default_data_dir()) / "gaokao-bench"


def gaokao_items(data_dir: str | Path | None = None) -> list[Item]:
    """GAOKAO-Bench paper I 2010–2022: choice, fill-in and open-ended; raise SuiteUnavailable when absent."""
    from content.gaokao import FILES, load_items, reference_of

    folder = gaokao_dir(data_dir)
    present = {kind: folder / name for kind, name in FILES.items() if (folder / name).is_file()}
    if not present:
        raise SuiteUnavailable(f"GAOKAO-Bench is not here: no paper I files under {folder} (pass --data-dir)")
    items = []
    for kind in ("choice", "fill", "open"):
        if kind not in present:
            continue
        for index, raw in enumerate(load_items(present[kind])):
            text = str(raw.get("question", "")).strip()
            graded = kind != "open"  # open-ended references are worked solutions, not answers
            items.append(Item(id=f"gaokao-{kind}-{index:03d}", question=text,
                              answer=reference_of(raw, kind) if graded else "",
                              choices=_options(text) if kind == "choice" else None,
                              topic=GAOKAO_KINDS[kind], difficulty=str(raw.get("year", "—")), graded=graded))
    return items


def jsonl_items(path: str | Path) -> list[Item]:
    """A user's JSONL file: one `{"id","question","answer","choices"?,"topic"?,"difficulty"?}` per line."""
    items, seen = [], set()
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            question, answer = str(row["question"]).strip(), str(row["answer"]).strip()
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: expected a JSON object with question and answer ({exc})") from None
        item_id = str(row.get("id") or f"item-{n:04d}")
        if item_id in seen:
            raise ValueError(f"{path}:{n}: id {item_id!r} appears twice")
        seen.add(item_id)
        choices = row.get("choices")
        if isinstance(choices, list):  # ["1", "2", …] -> {"A": "1", …}
            choices = {chr(65 + i): str(c) for i, c in enumerate(choices)}
        items.append(Item(id=item_id, question=question, answer=answer,
                          choices={str(k): str(v) for k, v in choices.items()} if choices else None,
                          topic=str(row.get("topic") or "—"), difficulty=str(row.get("difficulty") or "—")))
    return items


def load_suite(suite: str, data_dir: str | Path | None = None, lang: str = "zh") -> list[Item]:
    """The items of `suite`: bank | gaokao | tutoring | a path to a JSONL file."""
    if suite == "bank":
        return bank_items(lang)
    if suite == TUTORING:
        return bank_items("zh")  # the tutoring graph and its simulated students speak Chinese
    if suite == "gaokao":
        return gaokao_items(data_dir)
    if Path(suite).is_file():
        return jsonl_items(suite)
    raise SuiteUnavailable(f"unknown suite {suite!r}: use bank, gaokao, tutoring or a JSONL file path")


def question_text(item: Item) -> str:
    """The text shown to a solver: the question, with its options appended when they are not in it."""
    if not item.choices or all(f"{k}." in item.question or f"{k}．" in item.question for k in item.choices):
        return item.question
    return item.question + "\n" + "\n".join(f"{k}. {v}" for k, v in item.choices.items())


def _options(text: str) -> dict[str, str] | None:
    """Options A–D written inside a choice question's text, letter -> text (None when not found)."""
    marks = list(_OPTION.finditer(text))
    letters = [m.group(1) for m in marks]
    if letters[:2] != ["A", "B"]:
        return None
    out = {}
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        out[m.group(1)] = text[m.end(): nxt.start() if nxt else len(text)].strip()
    return out
