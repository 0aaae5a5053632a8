"""Chain templates: the YAML beside each problem type, its schema, and the safe renderer.

A template holds a type's methods in the bank's schema (`content/data/problems/README.md`: `name_zh`,
`name_en`, `thinking_methods`, steps with `question_zh`, `question_en`, `answer`, `claim`, `context`,
`knowledge_points`) plus what only a template needs: a hint ladder per step, `when` / `unless` flags that
say which methods and steps fit an instance, the final answer, and the test instances `python -m content
validate` renders. Values are filled in with `@{name}`, nothing else: there is no code in a template.
The format for teachers is in `docs/templates.md`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

Values = dict[str, "str | bool"]
_FIELD = re.compile(r"@\{([A-Za-z_][A-Za-z0-9_]*)\}")


class TemplateError(ValueError):
    """A template that does not load or render; the message names the file and the field."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Hint(_Frozen):
    """One rung of a hint ladder, from the idea towards the method; never the step's answer."""

    zh: str = Field(min_length=1)
    en: str = ""


class Conditional(_Frozen):
    when: tuple[str, ...] = Field((), description="flags that must all be true (computed by the type's code)")
    unless: tuple[str, ...] = Field((), description="flags that must all be false")

    def fits(self, values: Values) -> bool:
        """True when every `when` flag is true and every `unless` flag false for these values."""
        return all(values.get(f) is True for f in self.when) and not any(values.get(f) is True for f in self.unless)


class TemplateStep(Conditional):
    """One guiding question, as in the bank, with `@{value}` fields and a hint ladder."""

    question_zh: str = Field(min_length=1)
    question_en: str = ""
    answer: str = Field(min_length=1)
    answer_en: str = Field("", description="only where the English answer reads differently")
    claim: str = Field("", description="the machine-checkable math the answer establishes")
    context: tuple[str, ...] | None = Field(None, description="givens the claim relies on (default: the type's)")
    knowledge_points: tuple[str, ...] = Field(min_length=1)
    hints: tuple[Hint, ...] = Field((), max_length=3)
    idea: bool = Field(False, description="the opening question about the method's idea: answered in words, no claim")

    @model_validator(mode="after")
    def _idea_has_no_claim(self) -> TemplateStep:
        # an idea question is answered in words (Chain.idea): a claim there would never be checked
        if self.idea and self.claim:
            raise ValueError("an idea step (idea: true) is answered in words and has no claim")
        return self


class TemplateMethod(Conditional):
    """One method (一题多解): its chain of steps; `final_answer` overrides the type's."""

    name_zh: str = Field(min_length=1)
    name_en: str = ""
    thinking_methods: tuple[str, ...] = ()
    final_answer: str = ""
    final_answer_en: str = ""
    steps: tuple[TemplateStep, ...] = Field(min_length=1)
    owner: str = Field("", description="the account that saved it from the chain editor (empty: shipped)")


class Instance(_Frozen):
    """A test instance: a problem text the type must recognise, and the answer it must reach."""

    text: str = Field(min_length=1)
    answer: str = Field(min_length=1)


class TypeTemplate(_Frozen):
    """Everything a teacher can edit about one problem type."""

    type: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")
    module: str
    knowledge_points: tuple[str, ...] = Field(min_length=1)
    context: tuple[str, ...] = Field((), description="givens every claim may rely on")
    final_answer: str = Field(min_length=1)
    final_answer_en: str = Field("", description="only where the English final answer reads differently")
    methods: tuple[TemplateMethod, ...] = Field(min_length=1)
    instances: tuple[Instance, ...] = Field(min_length=1)


def _where(loc: tuple[Any, ...], doc: dict[str, Any]) -> str:
    """`methods[1] (等差中项性质) → steps[0] → claim` from a pydantic error location."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int) and parts:
            parts[-1] += f"[{item}]"
        else:
            parts.append(str(item))
    if len(loc) > 1 and loc[0] == "methods" and isinstance(loc[1], int):
        methods = doc.get("methods") or []
        name = methods[loc[1]].get("name_zh") if loc[1] < len(methods) and isinstance(methods[loc[1]], dict) else None
        if name:
            parts[0] += f" ({name})"
    return " → ".join(parts)


@functools.lru_cache(maxsize=64)
def _load(path: Path, mtime_ns: int) -> TypeTemplate:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TemplateError(f"{path.name}: not readable YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise TemplateError(f"{path.name}: the top level must be a mapping")
    try:
        return TypeTemplate.model_validate(doc)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise TemplateError(f"{path.name}: {_where(tuple(err['loc']), doc)}: {err['msg']}{more}") from exc


def load_template(path: Path) -> TypeTemplate:
    """Read and check one template file (cached until the file changes)."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise TemplateError(f"{path}: no such template file") from exc
    return _load(path, mtime)


def with_methods(template: TypeTemplate, extra: list[TemplateMethod]) -> TypeTemplate:
    """The template with more methods appended (a teacher's saved methods); names stay unique."""
    names = {m.name_zh for m in template.methods}
    fresh = tuple(m for m in extra if m.name_zh not in names)
    return template.model_copy(update={"methods": template.methods + fresh})


def render(text: str, values: Values, where: str = "") -> str:
    """Fill every `@{name}` with its value; an unknown name is a TemplateError naming it.

    >>> render("$a_1=@{a1}$", {"a1": "2"})
    '$a_1=2$'
    """

    def fill(m: re.Match[str]) -> str:
        value = values.get(m.group(1))
        if not isinstance(value, str):
            known = ", ".join(sorted(k for k, v in values.items() if isinstance(v, str)))
            raise TemplateError(f"{where}: unknown value @{{{m.group(1)}}} (known: {known})")
        return value

    return _FIELD.sub(fill, text)


def fields_of(text: str) -> list[str]:
    """The value names a text uses."""
    return _FIELD.findall(text)
