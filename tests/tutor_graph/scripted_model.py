"""A ChatModel that replies from a script: drives the solve graph's control flow in tests without weights."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from model.base import Completion, GenerationConfig, Message

Reply = str | Callable[[Sequence[Message]], str]


class ScriptedModel:
    """Answers each call with the next scripted reply (a string, or a function of the messages).

    Raises AssertionError when the script runs out, so a test sees an unexpected extra model call.
    Every conversation is kept in `calls` for assertions about what the graph told the model.
    """

    def __init__(self, replies: Sequence[Reply], name: str = "scripted"):
        self.name = name
        self.replies = list(replies)
        self.calls: list[list[Message]] = []

    def _next(self, messages: Sequence[Message]) -> str:
        self.calls.append(list(messages))
        if not self.replies:
            raise AssertionError(f"unexpected model call #{len(self.calls)}: {messages[-1]['content'][:200]}")
        reply = self.replies.pop(0)
        return reply(messages) if callable(reply) else reply

    def chat(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Completion:
        text = self._next(messages)
        reasoning = ""
        if "</think>" in text:  # as real backends do: thinking split from the answer
            reasoning, text = text.split("</think>", 1)
            reasoning = reasoning.replace("<think>", "").strip()
        return Completion(text=text.strip(), reasoning=reasoning, prompt_tokens=sum(len(m["content"]) for m in messages) // 4,
                          completion_tokens=max(1, len(text) // 4), model=self.name)

    def stream(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Iterator[str]:
        text = self._next(messages)
        for i in range(0, len(text), 8):
            yield text[i : i + 8]

    def batch(self, conversations: Sequence[Sequence[Message]], config: GenerationConfig | None = None) -> list[Completion]:
        return [self.chat(c, config) for c in conversations]

    def describe(self) -> dict:
        return {"backend": "scripted", "replies_left": len(self.replies)}
