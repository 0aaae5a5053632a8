"""The algebra types' detectors take their parameters from the Reading (issue #11), as the detection figure counts."""

from __future__ import annotations

from tutor_graph.specialist.detection_sources import detection_sources
from tutor_graph.specialist.types.algebra import PRECEDENCE


def test_every_algebra_type_reads_the_reading_only_and_recognises_its_instances():
    per_type = detection_sources()["per_type"]
    sources = {t.type_id: per_type[t.type_id]["source"] for t in PRECEDENCE}
    assert sources == {type_id: "reading" for type_id in sources}
