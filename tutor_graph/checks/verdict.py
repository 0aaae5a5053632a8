"""The verdict a step check returns: verified | refuted | unknown, always with a reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Status = Literal["verified", "refuted", "unknown"]


@dataclass(frozen=True)
class Verdict:
    """Outcome of checking one claim. `unknown` is honest, never a silent pass."""

    status: Status
    reason: str
    counterexample: str | None = None  # set when refuted, e.g. "at x = 1: left 4, right 2"

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    def to_dict(self) -> dict:
        """Plain JSON-able dict (graph state and Result keep strings, not SymPy objects)."""
        return asdict(self)

    @classmethod
    def unknown(cls, reason: str) -> Verdict:
        return cls("unknown", reason)


@dataclass(frozen=True)
class Grade:
    """Outcome of grading a final answer against a reference."""

    correct: bool
    reason: str

    def to_dict(self) -> dict:
        return asdict(self)
