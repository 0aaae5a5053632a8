"""Issue #11: the probability and counting detectors take their parameters from the Reading, never the raw text.

Each type's detector runs on its template's instances with a Problem that notes which views it asked for
(`detection_sources.WatchedProblem`); every instance must be recognised, from Reading views only."""

from __future__ import annotations

import pytest

from tutor_graph.specialist.detection_sources import WatchedProblem, source_of
from tutor_graph.specialist.types import MODULES

TYPES = [*MODULES.get("probability", ()), *MODULES.get("counting", ())]


def test_both_modules_are_here():
    assert len(TYPES) == 20


@pytest.mark.parametrize("ptype", TYPES, ids=lambda t: t.type_id)
def test_detector_reads_the_reading_only(ptype):
    for instance in ptype.template().instances:
        problem = WatchedProblem(instance.text)
        assert ptype.detect(problem) is not None, instance.text
        assert source_of(problem.used) == "reading", (instance.text, sorted(problem.used))
