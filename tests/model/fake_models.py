"""Stand-in chat models for the server's plumbing tests (no weights): they count and can be slow."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence

from model.base import Completion, GenerationConfig, Message


class SlowEcho:
    """Streams 'tok ' pieces every `delay` seconds until `max_new_tokens` or until closed; knows its context."""

    name = "fake"

    def __init__(self, delay: float = 0.05, window: int = 64) -> None:
        self.delay, self.window = delay, window
        self.closed = threading.Event()
        self.pieces = 0
        self.last_config: GenerationConfig | None = None

    def context_window(self) -> int:
        return self.window

    def count_tokens(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> int:
        return sum(len(m["content"].split()) for m in messages)

    def chat(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Completion:
        config = config or GenerationConfig()
        self.last_config = config
        text = "".join(self.stream(messages, config))
        return Completion(text=text, reasoning="", prompt_tokens=1, completion_tokens=1, ttft_s=0.0,
                          total_s=0.0, finish_reason="stop", model=self.name)

    def stream(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Iterator[str]:
        config = config or GenerationConfig()
        self.last_config = config
        try:
            for _ in range(config.max_new_tokens):
                time.sleep(self.delay)
                self.pieces += 1
                yield "tok "
        finally:
            self.closed.set()  # as LocalModel.stream sets its cancel event: generation stops

    def batch(self, conversations, config=None) -> list[Completion]:
        return [self.chat(c, config) for c in conversations]

    def describe(self) -> dict:
        return {"backend": "fake"}


class Stuck(SlowEcho):
    """A chat that never ends by itself (a 1 MB prompt on a CPU): only the process's end stops it."""

    def chat(self, messages, config=None):
        while True:
            time.sleep(0.1)
