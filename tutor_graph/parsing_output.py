"""Reading the model's structured output: find the JSON, validate it, and say exactly what is wrong.

Validation errors are short and specific because they go back to the model in the retry prompt.

>>> parse_plan('{"method": "配方法", "steps": [{"question": "如何配方?", "establishes": "(x-1)^2=4"}]}').method
'配方法'
>>> parse_answer("think...\\nANSWER: 两根为 2 和 3\\nCLAIM: x=2 or x=3\\nHINT: 试试因式分解")
StepText(answer='两根为 2 和 3', claim='x=2 or x=3', hints=['试试因式分解'])
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

MAX_TEXT = 600  # characters per question / answer / claim: longer is a runaway generation
MAX_PLAN_STEPS = 8


class OutputError(ValueError):
    """The model's output does not have the required shape; the message says why, briefly."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class PlannedStep(_Strict):
    question: str = Field(min_length=2, max_length=MAX_TEXT)
    establishes: str = Field(default="", max_length=MAX_TEXT)


class Plan(_Strict):
    method: str = Field(min_length=1, max_length=80)
    steps: list[PlannedStep] = Field(min_length=1, max_length=MAX_PLAN_STEPS)


class WrittenStep(_Strict):
    question: str = Field(min_length=2, max_length=MAX_TEXT)
    answer: str = Field(min_length=1, max_length=MAX_TEXT)
    claim: str = Field(default="", max_length=MAX_TEXT)


class Alternative(_Strict):
    method: str = Field(min_length=1, max_length=80)
    steps: list[WrittenStep] = Field(min_length=1, max_length=MAX_PLAN_STEPS)
    final_answer: str = Field(min_length=1, max_length=MAX_TEXT)


class WrittenVariant(_Strict):
    question: str = Field(min_length=4, max_length=MAX_TEXT)
    change: str = Field(default="", max_length=200)
    answer: str = Field(default="", max_length=MAX_TEXT)


class Variants(_Strict):
    variants: list[WrittenVariant] = Field(min_length=1, max_length=10)

    @field_validator("variants")
    @classmethod
    def _distinct(cls, value: list[WrittenVariant]) -> list[WrittenVariant]:
        if len({v.question for v in value}) != len(value):
            raise ValueError("variant questions repeat")
        return value


M = TypeVar("M", bound=BaseModel)
_FENCE = re.compile(r"```(?:json)?\s*(\{.*?\})\s*```", re.S)


def extract_json(text: str) -> dict:
    """Return the first JSON object in `text` (inside a ```json fence or bare); raise OutputError if none."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)]
    candidates += [text[i:] for i, ch in enumerate(text) if ch == "{"]
    decoder = json.JSONDecoder()
    for candidate in candidates:
        try:
            value, _ = decoder.raw_decode(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    raise OutputError("no JSON object found" if "{" not in text else "the JSON object does not parse")


def _validate(model: type[M], text: str) -> M:
    data = extract_json(text)
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems = [f"{'.'.join(str(p) for p in e['loc']) or 'object'}: {e['msg']}" for e in err.errors()[:4]]
        raise OutputError("; ".join(problems)) from None


def parse_plan(text: str) -> Plan:
    """Validate a plan (PLAN_SCHEMA in prompts.py)."""
    return _validate(Plan, text)


def parse_alternative(text: str) -> Alternative:
    """Validate another method written as a whole chain (ALTERNATIVE_SCHEMA)."""
    return _validate(Alternative, text)


def parse_variants(text: str) -> Variants:
    """Validate variant questions (VARIANTS_SCHEMA)."""
    return _validate(Variants, text)


_TAG = re.compile(r"^\s*\**\s*(ANSWER|CLAIM|HINT|答案|结论|提示)\s*\**\s*[:：]\s*(.*)$", re.I | re.M)


class StepText(NamedTuple):
    """A model's step answer, split: what the student sees, the claim to check, hints."""

    answer: str
    claim: str
    hints: list[str]


def parse_answer(text: str) -> StepText:
    """Split a step answer at its ANSWER: / CLAIM: / HINT: lines (the last ANSWER and CLAIM win).

    Without an ANSWER: line the untagged text (trimmed) is the answer; without CLAIM: the claim is "".
    """
    answer, claim, hints = "", "", []
    for tag, value in _TAG.findall(text):
        tag = tag.upper()
        if tag in ("ANSWER", "答案"):
            answer = value.strip()
        elif tag in ("CLAIM", "结论"):
            claim = value.strip().strip("`$ ")
        elif value.strip():
            hints.append(value.strip()[:MAX_TEXT])
    if not answer:
        answer = _TAG.sub("", text).strip()
    return StepText(answer[:MAX_TEXT], claim[:MAX_TEXT], hints[:3])
