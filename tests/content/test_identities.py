"""Every identity in the knowledge graph is proved by SymPy; wrong ones are refuted; unsafe text never parses."""

from __future__ import annotations

import pytest

from content.identities import IdentitySyntaxError, check_identity, variables
from content.knowledge import load_graph

IDENTITIES = [(p.id, i) for p in load_graph().points.values() for i in p.identities]


def test_there_are_many_identities():
    assert len(IDENTITIES) >= 100
    assert len({pid for pid, _ in IDENTITIES}) >= 60


@pytest.mark.parametrize(
    ("point_id", "identity"), IDENTITIES, ids=[f"{p}:{i.claim[:40]}" for p, i in IDENTITIES]
)
def test_shipped_identity_is_verified(point_id, identity):
    left, right = identity.claim.split("=")
    assert left.strip() != right.strip()  # not trivially true as written
    verdict = check_identity(identity.claim, identity.given)
    assert verdict.status == "verified", f"{point_id}: {verdict}"


@pytest.mark.parametrize(
    ("claim", "given"),
    [
        ("sin(x)^2 + cos(x)^2 = 2", []),
        ("(a + b)^2 = a^2 + b^2", []),
        ("log(M*N) = log(M)*log(N)", ["M > 0", "N > 0"]),
        ("sin(2*x) = 2*sin(x)", []),
        ("Sum(k, (k, 1, n)) = n^2/2", []),
        ("binomial(n, m) = binomial(n, m + 1)", []),
        ("sqrt(x^2) = x", []),  # false for negative x: the sign assumption matters
        ("diff(x^3, x) = 3*x", []),
    ],
)
def test_wrong_identity_is_refuted_with_counterexample(claim, given):
    verdict = check_identity(claim, given)
    assert verdict.status == "refuted"
    assert verdict.counterexample and "lhs - rhs" in verdict.counterexample


def test_assumptions_are_honoured():
    assert check_identity("sqrt(x^2) = x", ["x > 0"]).status == "verified"
    assert check_identity("sqrt(x^2) = x").status == "refuted"


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('true') = 0",
        "x.__class__ = 1",
        "open(f) = 1",
        "lambda: 1 = 1",
        "x[0] = 1",
        "'a' = 'a'",
    ],
)
def test_unsafe_text_is_rejected_before_parsing(text):
    with pytest.raises(IdentitySyntaxError):
        variables(text)
    assert check_identity(text).status == "unknown"


def test_non_equations_are_unknown_not_verified():
    assert check_identity("x^2 >= 0").status == "unknown"
    assert check_identity("1 = 1 = 1").status == "unknown"
