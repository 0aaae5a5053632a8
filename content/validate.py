"""Validation of all shipped content: knowledge graph, identities, problem bank, and every checkable answer.

`validate_all()` returns a `Report`; `python -m content validate` prints its errors and, as the last
line, its counts as one JSON object. Every error names the file and the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from content.identities import check_identity
from content.knowledge import KnowledgeGraph, read_graph
from content.verifying import check_claim, grade_answer


@dataclass
class Report:
    """What validation found. `errors` make the run fail; `warnings` are honest notes (e.g. unknown verdicts)."""

    knowledge_points: int = 0
    methods: int = 0
    identities_verified: int = 0
    problems: int = 0
    multi_method_problems: int = 0
    checkable_answers: int = 0
    verified_answers: int = 0
    unverified_answers: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    templates: dict = field(default_factory=dict)  # the chain-template check's counts, when it ran

    def counts(self) -> dict:
        """The JSON summary printed as the last line of `python -m content validate`."""
        return {
            "knowledge_points": self.knowledge_points,
            "methods": self.methods,
            "problems": self.problems,
            "multi_method_problems": self.multi_method_problems,
            "verified_answers": self.verified_answers,
            "errors": len(self.errors),
            "identities_verified": self.identities_verified,
            "checkable_answers": self.checkable_answers,
            "unverified_answers": self.unverified_answers,
            "warnings": len(self.warnings),
            "checker": "tutor_graph.checks",
            **self.templates,
        }


def problem_reference_errors(problem, graph: KnowledgeGraph, where: str) -> list[str]:
    """Knowledge-point, thinking-method and module references of one bank problem that do not resolve."""
    errors = [
        f"{where} → knowledge_points: {k!r} is not a knowledge point"
        for k in problem.knowledge_points
        if k not in graph
    ]
    if problem.module not in {m.id for m in graph.modules()}:
        errors.append(f"{where} → module: {problem.module!r} has no knowledge file")
    for i, method in enumerate(problem.methods):
        for m in getattr(method, "thinking_methods", ()) or ():
            if m not in graph.methods:
                errors.append(f"{where} → methods[{i}] → thinking_methods: {m!r} is not in methods.yaml")
        for j, step in enumerate(method.steps):
            for k in step.knowledge_points:
                if k not in graph:
                    errors.append(
                        f"{where} → methods[{i}] → steps[{j}] → knowledge_points: {k!r} is not a knowledge point"
                    )
    return errors


def check_problem_answers(problem, where: str, report: Report) -> None:
    """Check every step claim and the final answer of one problem with the math layer, recording the outcome."""
    last_claims: list[str] = []
    for i, method in enumerate(problem.methods):
        verified_claims = []
        for j, step in enumerate(method.steps):
            if not step.claim:
                continue
            report.checkable_answers += 1
            verdict = check_claim(step.claim, step.context)
            place = f"{where} → methods[{i}] → steps[{j}] → claim"
            if verdict.status == "verified":
                verified_claims.append(step.claim)
                report.verified_answers += 1
            elif verdict.status == "refuted":
                report.errors.append(f"{place}: refuted: {verdict.reason} ({verdict.counterexample})")
            else:
                report.unverified_answers += 1
                report.warnings.append(f"{place}: unknown: {verdict.reason}")
        if verified_claims and verified_claims[-1] == [s.claim for s in method.steps if s.claim][-1]:
            last_claims.append(verified_claims[-1])  # a method's conclusion, only when the checker verified it
    for alt in problem.answer_alternatives:
        grade = grade_answer(problem.final_answer, alt)
        if not grade.correct:
            report.errors.append(
                f"{where} → answer_alternatives: {alt!r} does not grade equal to final_answer: {grade.reason}"
            )
    if problem.answer_kind == "choice":
        return  # a letter is chosen by reading the options, not derived by a step: nothing to establish
    report.checkable_answers += 1
    if any(g.correct for c in last_claims for g in _final_grades(problem.final_answer, c)):
        report.verified_answers += 1
    else:
        report.unverified_answers += 1
        report.warnings.append(f"{where} → final_answer: not established by any method's last verified claim")


_ARROWS = re.compile(r"\\(?:Rightarrow|Leftrightarrow|implies|iff)(?![A-Za-z])|⇒|⇔")


def _final_grades(final: str, claim: str):
    """Grade the final answer against a verified last claim: whole, what follows its last ⇒ / ⇔
    (`x^2-5x+6=0 \\Rightarrow x=2 或 x=3`), and its last right-hand side (`… = value`). Lazily: the
    first that grades equal is enough."""
    parts = [claim]
    arrows = list(_ARROWS.finditer(claim))
    if arrows:
        parts.append(claim[arrows[-1].end():])
    if "=" in claim:
        parts.append(claim.rsplit("=", 1)[1])
    for part in dict.fromkeys(p.strip() for p in parts if p.strip()):
        yield grade_answer(final, part)


def check_templates(report: Report, progress: Callable[[str], None] | None = None) -> None:
    """Render every problem type's chain template on its test instances and check every claim.

    The templates' values are computed by the types' code in tutor_graph, which content does not import:
    this runs the specialist's own front door (`python -m tutor_graph.specialist validate-templates`)."""
    import json
    import subprocess
    import sys

    (progress or (lambda _msg: None))("chain templates: rendering and checking every test instance")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "tutor_graph.specialist", "validate-templates"], cwd=root,
                          capture_output=True, text=True, timeout=1800)
    lines = done.stdout.splitlines()
    for line in lines:
        if line.startswith("ERROR "):
            report.errors.append(f"templates: {line[6:]}")
        elif line.startswith("WARNING "):
            report.warnings.append(f"templates: {line[8:]}")
    try:
        report.templates = json.loads(lines[-1]) if lines else {}
    except json.JSONDecodeError:
        report.templates = {}
    if not report.templates:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        report.errors.append(f"templates: the template check did not run: {tail[0]}")


def validate_all(
    knowledge_dir: str | Path | None = None,
    problems_dir: str | Path | None = None,
    verify: bool = True,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Validate the knowledge graph, its identities, the bank, and (with `verify`) every answer."""
    say = progress or (lambda _msg: None)
    report = Report()
    graph, errors = read_graph(knowledge_dir)
    report.errors += errors
    report.knowledge_points, report.methods = len(graph), len(graph.methods)
    say(f"knowledge graph: {len(graph)} points, {len(graph.methods)} methods")
    for point in graph.points.values():
        for n, identity in enumerate(point.identities):
            verdict = check_identity(identity.claim, identity.given)
            if verdict.verified:
                report.identities_verified += 1
            else:
                report.errors.append(
                    f"{point.file}: points (id={point.id}) → identities[{n}]: {verdict.status}: {verdict.reason}"
                    + (f" ({verdict.counterexample})" if verdict.counterexample else "")
                )
    say(f"identities: {report.identities_verified} verified")
    _validate_bank(graph, problems_dir, verify, report, say)
    return report


def _validate_bank(graph: KnowledgeGraph, problems_dir, verify: bool, report: Report, say) -> None:
    try:
        from content.bank import MODULES, BankError, load_problems
    except ImportError as exc:
        report.errors.append(f"content/bank.py: cannot import the problem bank: {exc}")
        return
    for module in MODULES:
        if module not in {m.id for m in graph.modules()}:
            report.errors.append(f"content/bank.py: MODULES: {module!r} has no knowledge file")
    try:
        load_problems.cache_clear()  # type: ignore[attr-defined]  # functools.cache on a typed function
        problems = load_problems(problems_dir)
    except BankError as exc:
        report.errors.append(f"problems/{exc}")
        return
    report.problems = len(problems)
    report.multi_method_problems = sum(len(p.methods) >= 2 for p in problems)
    for n, problem in enumerate(problems, 1):
        where = f"problems/{problem.module}.yaml: problems (id={problem.id})"
        report.errors += problem_reference_errors(problem, graph, where)
        if verify:
            check_problem_answers(problem, where, report)
        if n % 25 == 0:
            say(f"bank: {n}/{len(problems)} problems checked")
    say(f"bank: {len(problems)} problems, {report.multi_method_problems} with several methods")
