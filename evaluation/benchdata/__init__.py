"""Seeded generators of labelled benchmark items for the math layer (step claims, grading pairs).

Items are produced from correct derivations and from planted errors of the kinds students and models
make; nothing is stored on disk, the same seed always gives the same items.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from evaluation.benchdata.values import MALFORMED, nonzero, plain, tex

__all__ = ["MALFORMED", "ClaimItem", "GradePair", "claim_items", "grade_pairs", "nonzero", "plain", "tex"]


@dataclass(frozen=True)
class ClaimItem:
    """One labelled step claim: `correct` says whether the claim is true under the context."""

    id: str
    topic: str
    claim: str
    context: str | None
    correct: bool
    error: str  # "" for correct claims, else the planted error kind


@dataclass(frozen=True)
class GradePair:
    """One labelled grading pair: `correct` says whether `prediction` answers like `answer`."""

    id: str
    format: str
    answer: str
    prediction: str
    correct: bool


def claim_items(seed: int = 2024) -> list[ClaimItem]:
    """All labelled step claims for a seed (deterministic order), in varied surface styles."""
    from evaluation.benchdata import (
        claims_algebra,
        claims_analysis,
        claims_forms,
        claims_malformed,
        claims_mixed,
    )
    from evaluation.benchdata.styles import restyle

    items: list[ClaimItem] = []
    for module in (claims_algebra, claims_analysis, claims_mixed, claims_forms, claims_malformed):
        for name, make in module.GENERATORS:
            rng = random.Random(f"{seed}:{name}")
            style_rng = random.Random(f"{seed}:{name}:style")
            for k, (claim, context, correct, error) in enumerate(make(rng)):
                if error != MALFORMED:  # a restyle could repair a malformed shape (`\Rightarrow` -> `所以`)
                    claim, context = restyle(claim, context, style_rng)
                items.append(ClaimItem(f"{name}-{k}", name, claim, context, correct, error))
    return items


def grade_pairs(seed: int = 2024) -> list[GradePair]:
    """All labelled grading pairs for a seed (deterministic order)."""
    from evaluation.benchdata import grading_pairs

    pairs: list[GradePair] = []
    for name, make in grading_pairs.GENERATORS:
        rng = random.Random(f"{seed}:{name}")
        for k, (answer, prediction, correct) in enumerate(make(rng)):
            pairs.append(GradePair(f"{name}-{k}", name, answer, prediction, correct))
    return pairs
