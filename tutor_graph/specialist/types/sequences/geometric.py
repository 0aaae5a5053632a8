"""等比数列：求某一项、通项或前 n 项和 / A geometric sequence: a term, the general term or a sum."""

from __future__ import annotations

from tutor_graph.specialist.types.problem_type import ProblemType
from tutor_graph.specialist.types.sequences import progression

TYPE: ProblemType[progression.Progression] = ProblemType(
    type_id="sequence.geometric", module="sequences", name="geometric",
    detect=lambda p: progression.detect(p, "geom"), values=progression.values, reference=progression.reference,
    givens=progression.givens_shown, goal=progression.goal_shown, answers=frozenset({"term", "sum"}),
)
