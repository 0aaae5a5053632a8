"""Mastery per knowledge point by Bayesian knowledge tracing, with pyBKT's forward pass at fixed parameters.

OATutor's defaults are the start: prior = learn = slip = guess = 0.1, no forgetting, mastered at 0.95.
pyBKT 1.4.3's `Model.fit` (EM) fails on NumPy 2.4 ("setting an array element with a sequence"), and a
tutor with a handful of answers per student has nothing to fit anyway, so the parameters are fixed and
only pyBKT's one-step prediction (`pyBKT.fit.predict_onestep.run`, its forward algorithm) is used: it gives
P(mastered) before each observation; a trailing "no observation" (0) gives it after the last one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MASTERED = 0.95


@dataclass(frozen=True)
class BKTParams:
    """The four BKT parameters of one knowledge point (OATutor's defaults)."""

    prior: float = 0.1
    learn: float = 0.1
    slip: float = 0.1
    guess: float = 0.1


def p_mastered(observed: Sequence[bool], params: BKTParams | None = None) -> float:
    """P(mastered) after the observations (True = correct first answer), by pyBKT's forward pass.

    >>> round(p_mastered([]), 3), round(p_mastered([True]), 3), round(p_mastered([False]), 3)
    (0.1, 0.55, 0.111)
    """
    import numpy as np
    from pyBKT.fit import predict_onestep  # type: ignore[import-untyped]

    params = params or BKTParams()
    if not observed:
        return params.prior
    # pyBKT's data: 0 = no observation, 1 = wrong, 2 = correct; one skill, one sequence.
    sequence = [2 if ok else 1 for ok in observed] + [0]
    data = {"data": np.array([sequence], dtype=np.int32), "resources": np.ones(len(sequence), dtype=np.int64),
            "starts": np.array([1], dtype=np.int64), "lengths": np.array([len(sequence)], dtype=np.int64)}
    model = {"learns": np.array([params.learn]), "forgets": np.array([0.0]), "guesses": np.array([params.guess]),
             "slips": np.array([params.slip]), "prior": params.prior}
    _, states = predict_onestep.run(model, data, parallel=False)
    return float(states[1, -1])


def bkt_update(p: float, correct: bool, params: BKTParams | None = None) -> float:
    """The standard BKT update of one observation (the reference the pyBKT path is tested against).

    >>> round(bkt_update(0.1, True), 3)
    0.55
    """
    params = params or BKTParams()
    if correct:
        posterior = p * (1 - params.slip) / (p * (1 - params.slip) + (1 - p) * params.guess)
    else:
        posterior = p * params.slip / (p * params.slip + (1 - p) * (1 - params.guess))
    return posterior + (1 - posterior) * params.learn


def mastery(observations: Mapping[str, Sequence[bool]], params: BKTParams | None = None) -> dict[str, float]:
    """P(mastered) per knowledge point from its observations."""
    return {point: p_mastered(seq, params) for point, seq in observations.items()}


def is_mastered(p: float) -> bool:
    """Whether P(mastered) reaches OATutor's threshold."""
    return p >= MASTERED
