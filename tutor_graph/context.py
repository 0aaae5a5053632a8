"""Settings for one solve: the run context of the solve graph, and the only place that reads the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from model.base import ChatModel

# Nodes that may be switched off; the chain itself (understand → … → final_check → compose) always runs.
OPTIONAL_NODES: frozenset[str] = frozenset({"alternatives", "link", "variants"})

# Spec of the embedded demo model (SmolLM2-135M): it cannot do mathematics.
EMBEDDED_SPEC = "embedded"

ModelUse = Literal["auto", "always", "never"]
DEFAULT_MAX_TOKENS = 768  # room for a reasoning model to think, then answer
DEMO_MAX_TOKENS = 96


def _env_model() -> str:
    return os.environ.get("TUTOR_MODEL", "").strip() or EMBEDDED_SPEC


@dataclass(frozen=True)
class Settings:
    """How the solve graph runs. Pass as `graph.invoke(state, context=Settings(...))`."""

    model: str = field(
        default_factory=_env_model,
        metadata={"description": "Model spec: embedded | hf:PATH | gguf:FILE | openai:URL?model=NAME (env TUTOR_MODEL)."},
    )
    methods: int = field(
        default=2, metadata={"description": "How many solution methods (一题多解) to aim for, the main chain included."}
    )
    repair_budget: int = field(
        default=1, metadata={"description": "Repair tries per refuted step before the symbolic specialist takes over."}
    )
    plan_retries: int = field(
        default=1, metadata={"description": "Retries of an invalid plan, each told the validation error."}
    )
    nodes: frozenset[str] = field(
        default=OPTIONAL_NODES,
        metadata={"description": "Which optional nodes run: any of alternatives, link, variants."},
    )
    lang: Literal["zh", "en"] = field(default="zh", metadata={"description": "Language of prompts and output."})
    max_tokens: int | None = field(
        default=None,
        metadata={
            "description": (
                "max_new_tokens of each model call. None: 768, or 96 with the embedded demo model, which "
                "cannot do mathematics, so long outputs would only cost time (~7 tokens/s on 2 CPU cores)."
            )
        },
    )
    variants: int = field(default=2, metadata={"description": "How many variant questions to produce."})
    variants_budget_s: float = field(
        default=1.5,
        metadata={"description": "Seconds the variants node may spend trying number changes with the specialist."},
    )
    symbolic_timeout_s: float = field(
        default=8.0,
        metadata={
            "description": (
                "Hard bound in seconds on each symbolic specialist call that checks its chains (solve, one "
                "step); recognising and planning get at most 3 s. Each runs in a checker worker process that "
                "is killed past the bound; the solve then goes on without it and says so in warnings."
            )
        },
    )
    model_use: ModelUse = field(
        default="auto",
        metadata={
            "description": (
                "When model nodes run. always: every model node runs. never: the symbolic specialist only. "
                "auto (default): like always, except with the embedded demo model on a problem the "
                "specialist recognises, where the model cannot add anything verifiable: those runs skip "
                "the model (and its load), say so in warnings, and meet the demo's latency targets."
            )
        },
    )
    thinking: bool = field(
        default=True, metadata={"description": "Ask reasoning models to think (Qwen3 enable_thinking)."}
    )
    stream_tokens: bool = field(
        default=False, metadata={"description": "Stream model text pieces as custom events (stream_solve sets it)."}
    )
    chat_model: ChatModel | None = field(
        default=None,
        compare=False,
        metadata={"description": "An already-loaded model (tests, the app's cache); overrides `model`."},
    )

    def __post_init__(self) -> None:
        unknown = set(self.nodes) - OPTIONAL_NODES
        if unknown:
            raise ValueError(f"unknown optional nodes {sorted(unknown)}; choose from {sorted(OPTIONAL_NODES)}")
        if self.methods < 1 or self.repair_budget < 0 or self.plan_retries < 0 or self.variants < 0:
            raise ValueError("methods must be ≥ 1; repair_budget, plan_retries and variants ≥ 0")
        if not self.symbolic_timeout_s > 0:
            raise ValueError("symbolic_timeout_s must be a positive number of seconds")
        if self.max_tokens is not None and self.max_tokens < 1:
            raise ValueError("max_tokens must be ≥ 1 (or None for the default)")
        if self.model_use not in ("auto", "always", "never"):
            raise ValueError(f"model_use must be auto, always or never, not {self.model_use!r}")
        if self.lang not in ("zh", "en"):
            raise ValueError(f"lang must be zh or en, not {self.lang!r}")
        # Accept any iterable (a list from JSON or the CLI) but keep the field hashable.
        object.__setattr__(self, "nodes", frozenset(self.nodes))

    @property
    def model_name(self) -> str:
        """The spec actually used: the injected model's name, else the spec string."""
        return getattr(self.chat_model, "name", None) or self.model

    @property
    def is_embedded(self) -> bool:
        """True for the embedded demo model, which cannot do mathematics."""
        return self.model_name.strip().split("?", 1)[0] == EMBEDDED_SPEC  # "embedded?dtype=bf16" too

    @property
    def token_budget(self) -> int:
        """max_new_tokens per model call (see `max_tokens`)."""
        if self.max_tokens is not None:
            return self.max_tokens
        return DEMO_MAX_TOKENS if self.is_embedded else DEFAULT_MAX_TOKENS

    def runs(self, node: str) -> bool:
        """Whether the optional `node` is switched on."""
        return node in self.nodes

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed (None values are ignored, so CLI defaults pass through)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def describe(cls) -> dict[str, str]:
        """Field name → description, for help texts and the app's settings page."""
        return {f.name: f.metadata.get("description", "") for f in fields(cls)}
