"""The grader reads a labelled answer against a bare value, both ways (as a reader would)."""

import pytest

from tutor_graph.checks import grade


@pytest.mark.parametrize(("reference", "prediction", "correct"), [
    ("D(X)=21/10", "2.1", True), ("2.1", "D(X)=\\frac{21}{10}", True), ("E(X)=3", "3", True),
    ("\\frac12", "P(A)=0.5", True), ("P(X=2)=0.3", "\\frac{3}{10}", True), ("S_6=189", "189", True),
    ("m=7", "7", True), ("7", "m=7", True),
    ("D(X)=2", "2.1", False), ("E(X)=3", "D(X)=3", False), ("m=7", "2", False),
])
def test_labelled_vs_bare(reference, prediction, correct):
    assert reference != prediction
    assert grade(reference, prediction).correct is correct
