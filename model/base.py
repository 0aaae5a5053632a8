"""The one interface every backend implements, and the values it passes around."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Protocol, TypedDict, runtime_checkable


class Message(TypedDict):
    """One chat turn, as in the OpenAI API: role is system | user | assistant."""

    role: str
    content: str


@dataclass(frozen=True)
class GenerationConfig:
    """How to decode. Greedy and deterministic unless temperature > 0."""

    max_new_tokens: int = 512
    temperature: float = 0.0
    top_p: float = 1.0
    stop: tuple[str, ...] = ()
    # Ends runaway repetition: stop once the last `repeat_window` tokens repeat this many times.
    max_repeats: int = 4
    repeat_window: int = 32
    # Let reasoning models think (Qwen3 `enable_thinking`); thinking text goes to Completion.reasoning.
    enable_thinking: bool = True
    seed: int = 0


@dataclass
class Completion:
    """What one chat call returns."""

    text: str  # the answer, with any <think>…</think> removed
    reasoning: str = ""  # the separated thinking, "" when the model emitted none
    prompt_tokens: int = 0
    completion_tokens: int = 0
    ttft_s: float = 0.0  # time to first token
    total_s: float = 0.0
    finish_reason: str = "stop"  # stop | length | repetition
    model: str = ""
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain JSON-able dict (for traces and the HTTP server)."""
        return asdict(self)


@runtime_checkable
class ChatModel(Protocol):
    """A chat model, local or remote. Implementations are safe to share within a process."""

    name: str  # the resolved spec, e.g. "embedded" or "openai:http://host/v1?model=qwen"

    def chat(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Completion:
        """Complete one conversation."""
        ...

    def stream(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Iterator[str]:
        """Yield the completion text piece by piece (thinking included as emitted)."""
        ...

    def batch(
        self, conversations: Sequence[Sequence[Message]], config: GenerationConfig | None = None
    ) -> list[Completion]:
        """Complete many conversations; same results as calling chat on each."""
        ...

    def describe(self) -> dict:
        """Facts for reports: backend, device, dtype, model path or URL."""
        ...
