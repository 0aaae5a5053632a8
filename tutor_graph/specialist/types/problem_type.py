"""A problem type as typed code plus a template, and its bridge to the specialist's registry.

The code of a type says what can only be computed: `detect` reads a frozen dataclass of parameters from
the problem, `values` computes every quantity the chain shows (SymPy, run inside the math layer's
bounded worker like the rest of the specialist), `reference` computes the answer another way. The
teaching text lives in the template (`template.py`), rendered with those values; each rendered claim is
still checked by the math layer and each final answer graded against the reference (`chain.verify`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.solver import Match, Method, Solver
from tutor_graph.specialist.types.template import (
    TemplateMethod,
    TypeTemplate,
    Values,
    load_template,
    render,
    with_methods,
)

log = logging.getLogger(__name__)
TYPES_DIR = Path(__file__).resolve().parent
# A folder laid out like this one (`<module>/<type>.yaml`) whose files replace the shipped templates: a school's
# own wording without touching the package. Read per use, so the math layer's workers see it too.
OVERLAY_ENV = "TUTOR_TEMPLATE_DIR"
# The registry's Solver lists its methods up front; a template's methods are read when a problem is solved
# (teachers add them), so a template type offers this many method slots, each filled from the template.
MAX_METHODS = 12

P = TypeVar("P")


@dataclass(frozen=True)
class ProblemType(Generic[P]):
    """One problem type: the code that reads and computes, and the name of its template."""

    type_id: str  # e.g. "sequence.arithmetic"
    module: str  # the curriculum module: the folder under types/ and the bank's module id
    name: str  # the file stem of `<name>.py` / `<name>.yaml`
    detect: Callable[[Problem], P | None]
    values: Callable[[P], Values]
    reference: Callable[[P], str | tuple[str, str]]  # one text, or (Chinese, English) where they differ
    givens: Callable[[P], list[str]]
    goal: Callable[[P], str]
    answers: frozenset[str]  # the kinds of quantity the final answer can be (goals.KINDS)
    topic: str = ""  # the specialist's topic id (default: the module)
    choices: bool = False  # it judges every option of a multiple-choice question itself (Solver.choices)
    proves: bool = False  # its chain is a proof (parity by definition): it may answer 证明 / prove questions (Solver.proves)

    def template_path(self) -> Path:
        """The template file in use: the overlay folder's copy where there is one, else the shipped one."""
        overlay = os.environ.get(OVERLAY_ENV)
        if overlay:
            candidate = Path(overlay) / self.module / f"{self.name}.yaml"
            if candidate.is_file():
                return candidate
        return TYPES_DIR / self.module / f"{self.name}.yaml"

    def template(self, saved: Callable[[str], list[TemplateMethod]] | None = None) -> TypeTemplate:
        """The template with the teachers' saved methods of this type appended."""
        template = load_template(self.template_path())
        return with_methods(template, saved(self.type_id)) if saved else template


def saved_methods(type_id: str) -> list[TemplateMethod]:
    """Methods teachers saved for this type from the chain editor (content's store); none without a database."""
    try:
        from content.db import database_url
        from content.method_store import saved_methods as stored

        url = database_url()
        if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
            return []  # no database yet: do not create one just to find it empty
        found = stored(type_id)
    except Exception as exc:  # solving never depends on the database: the shipped methods still work
        log.debug("saved methods of %s not read: %s", type_id, exc)
        return []
    methods = []
    for raw in found:
        try:
            methods.append(TemplateMethod.model_validate(raw))
        except ValueError as exc:
            log.warning("a saved method of %s does not load: %s", type_id, exc)
    return methods


def _lines(entries: tuple[str, ...], values: Values, where: str) -> list[str]:
    """Rendered context entries; a value listing several givens (one a line) gives one entry each."""
    return [line for c in entries for line in render(c, values, where).split("\n") if line.strip()]


def build_chain(chain: Chain, method: TemplateMethod, template: TypeTemplate, values: Values,
                reference: str | tuple[str, str]) -> None:
    """Write one template method into `chain`: each fitting step rendered with the values."""
    where = f"{template.type}: {method.name_zh}"
    chain.method = (method.name_zh, method.name_en or method.name_zh)
    context = _lines(template.context, values, f"{where} → context")
    for i, step in enumerate(method.steps):
        if not step.fits(values):
            continue
        at = f"{where} → steps[{i}]"
        zh_answer = render(step.answer, values, f"{at} → answer")
        question = (render(step.question_zh, values, f"{at} → question_zh"),
                    render(step.question_en or step.question_zh, values, f"{at} → question_en"))
        answer = (zh_answer, render(step.answer_en, values, f"{at} → answer_en") if step.answer_en else zh_answer)
        kps = [*step.knowledge_points, *method.thinking_methods]
        hints = [(render(h.zh, values, f"{at} → hints"), render(h.en or h.zh, values, f"{at} → hints"))
                 for h in step.hints]
        if step.idea:  # the opening question about the idea: answered in words, nothing to check
            chain.idea(question, answer, kps=kps, hints=hints)
            continue
        chain.ask(question, answer, render(step.claim, values, f"{at} → claim"), kps=kps, hints=hints,
                  context=_lines(step.context, values, f"{at} → context") if step.context is not None else context)
    final = render(method.final_answer or template.final_answer, values, f"{where} → final_answer")
    final_en = method.final_answer_en or (template.final_answer_en if not method.final_answer else "")
    en = render(final_en, values, f"{where} → final_answer_en") if final_en else final
    chain.done((final, en), reference if isinstance(reference, tuple) else (reference, reference))


def as_solver(ptype: ProblemType[Any]) -> Solver:
    """The registry's view of a template type: detection computes the values, methods render the template."""

    def detect(problem: Problem) -> Match | None:
        params = ptype.detect(problem)
        if params is None:
            return None
        data = {"params": params, "values": ptype.values(params), "template": ptype.template(saved_methods)}
        return Match(ptype.givens(params), ptype.goal(params), data, 0.9)

    def slot(i: int) -> Method:
        def fitting(data: dict[str, Any]) -> TemplateMethod | None:
            methods = data["template"].methods
            return methods[i] if i < len(methods) and methods[i].fits(data["values"]) else None

        def build(chain: Chain, data: dict[str, Any]) -> None:
            method = fitting(data)
            if method is not None:
                build_chain(chain, method, data["template"], data["values"], ptype.reference(data["params"]))

        return Method((f"method {i + 1}", f"method {i + 1}"), build, lambda data: fitting(data) is not None)

    knowledge = load_template(TYPES_DIR / ptype.module / f"{ptype.name}.yaml").knowledge_points
    return Solver(ptype.type_id, ptype.topic or ptype.module, detect, tuple(slot(i) for i in range(MAX_METHODS)),
                  knowledge, answers=ptype.answers, choices=ptype.choices,
                  proves=ptype.proves)
