"""Settings of a tutoring session: the run context of the tutoring graph, and where it reads the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal


def default_checkpoint_path() -> Path:
    """The SQLite file of tutoring threads (env TUTOR_TUTORING_DB, else beside the project's data)."""
    env = os.environ.get("TUTOR_TUTORING_DB", "").strip()
    if env:
        return Path(env)
    return Path.home() / ".local" / "share" / "question-chain-tutor" / "tutoring.sqlite"


@dataclass(frozen=True)
class TutorSettings:
    """How the tutoring graph runs. Pass as `graph.invoke(..., context=TutorSettings(...))`."""

    lang: Literal["zh", "en"] = field(default="zh", metadata={"description": "Language of the tutor's replies."})
    check_timeout_s: float = field(
        default_factory=lambda: float(os.environ.get("TUTOR_CHECK_TIMEOUT", "2.5")) * 4,
        metadata={"description": "Hard bound on checking one student turn (several grades in one worker call)."},
    )
    model_use: Literal["auto", "always", "never"] = field(
        default="never",
        metadata={"description": "How the solve graph builds the chain: the tutor needs a verified chain, so by "
                                 "default only the symbolic specialist's."},
    )
