"""Check every chain template: render it on its test instances and check every claim with the math layer.

`python -m content validate` runs this through `python -m tutor_graph.specialist validate-templates`
(content does not import tutor_graph); each problem found is one line naming the file, the method and the step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tutor_graph.specialist.chain import Chain, verify
from tutor_graph.specialist.types import all_types
from tutor_graph.specialist.types.problem_type import ProblemType, build_chain
from tutor_graph.specialist.types.template import TemplateError, TypeTemplate, load_template


@dataclass
class TemplateReport:
    """What the template check found; `errors` fail `python -m content validate`."""

    templates: int = 0
    instances: int = 0
    chains: int = 0
    claims_verified: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """The JSON summary line."""
        return {"templates": self.templates, "template_instances": self.instances, "template_chains": self.chains,
                "template_claims_verified": self.claims_verified, "template_errors": len(self.errors),
                "template_warnings": len(self.warnings)}


def _knowledge_ids() -> set[str] | None:
    try:
        from content.knowledge import read_graph

        graph, _ = read_graph(None)
        return set(graph.points) | set(graph.methods)
    except Exception:  # the graph has its own check in `content validate`
        return None


def _check_instance(ptype: ProblemType, template: TypeTemplate, where: str, text: str, answer: str,
                    report: TemplateReport, used: set[int]) -> None:
    from tutor_graph.checks import grade
    from tutor_graph.specialist import recognise

    rec = recognise(text)
    if rec is None or rec.type_id != ptype.type_id:
        report.errors.append(f"{where}: recognised as {rec.type_id if rec else 'nothing'}, not {ptype.type_id}")
        return
    params = rec._data["params"]
    values, reference = ptype.values(params), ptype.reference(params)
    if not grade(reference if isinstance(reference, str) else reference[0], answer).correct:
        report.errors.append(f"{where}: the reference answer {reference!r} does not grade equal to answer {answer!r}")
    for i, method in enumerate(template.methods):
        if not method.fits(values):
            continue
        used.add(i)
        at = f"{where} → methods[{i}] ({method.name_zh})"
        chain = Chain(method=(method.name_zh, method.name_en), knowledge_points=template.knowledge_points)
        try:
            build_chain(chain, method, template, values, reference)
        except TemplateError as exc:
            report.errors.append(f"{at}: {exc}")
            continue
        solution = verify(chain, "zh")
        report.chains += 1
        failed = False
        for j, step in enumerate(solution["steps"]):
            if not step["knowledge_points"]:  # thinking methods (换元, 数形结合…) alone are filtered out of them
                report.errors.append(f"{at} → step {j + 1}: no curriculum knowledge point (only thinking methods)")
            status = step["verdict"]["status"]
            if step["claim"] and status == "verified":
                report.claims_verified += 1
            elif step["claim"]:
                failed = True
                report.errors.append(f"{at} → step {j + 1}: claim {step['claim']!r} is {status}: {step['verdict']['reason']}")
        if not solution["verified"] and not failed:  # every claim held: the final answer itself disagrees
            report.errors.append(f"{at}: final answer {solution['final_answer']!r} not verified against {reference!r}")


def check_template(ptype: ProblemType, report: TemplateReport, path: Path | None = None) -> None:
    """Load one type's template and check it on each of its instances."""
    path = path or ptype.template_path()
    try:
        template = load_template(path)
    except TemplateError as exc:
        report.errors.append(str(exc))
        return
    report.templates += 1
    known = _knowledge_ids()
    for i, method in enumerate(template.methods):
        for j, step in enumerate(method.steps):
            for k in step.knowledge_points:
                if known is not None and k not in known:
                    report.errors.append(f"{path.name}: methods[{i}] → steps[{j}] → knowledge_points: {k!r} is not in the graph")
    used: set[int] = set()
    for n, instance in enumerate(template.instances):
        report.instances += 1
        _check_instance(ptype, template, f"{path.name}: instances[{n}]", instance.text, instance.answer, report, used)
    for i, method in enumerate(template.methods):
        if i not in used:
            report.warnings.append(f"{path.name}: methods[{i}] ({method.name_zh}) fits none of the test instances")


def validate_templates() -> TemplateReport:
    """Check every template type's file (the overlay folder's copy where one is set)."""
    report = TemplateReport()
    for ptype in all_types():
        check_template(ptype, report)
    return report
