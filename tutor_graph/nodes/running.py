"""What every node runs with: settings, the event stream, model calls counted for the trace, warnings.

A node body is `def body(state, ctx: NodeRun) -> dict`; `as_node(name, body)` adapts it to LangGraph's
`(state, runtime)` signature, times it, emits node_start / node_end events and appends its NodeTrace.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from langgraph.runtime import Runtime

from model.base import ChatModel, Completion, GenerationConfig, Message
from tutor_graph.context import Settings
from tutor_graph.result import NodeTrace
from tutor_graph.state import SolveState

NodeBody = Callable[[SolveState, "NodeRun"], dict]


class ModelUnavailable(RuntimeError):
    """The configured model could not be loaded or called; nodes fall back to the specialist."""


def _split_reasoning(text: str) -> tuple[str, str]:
    from model.reasoning import split_reasoning

    return split_reasoning(text)


@dataclass
class NodeRun:
    """One execution of one node: the settings, an event writer, and what the node spent."""

    node: str
    settings: Settings
    write: Callable[[Any], None] = lambda _event: None
    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def emit(self, kind: str, **data: Any) -> None:
        """Send one custom event (stream mode "custom"); a no-op when nobody streams."""
        self.write({"type": kind, "node": self.node, **data})

    def warn(self, note: str) -> None:
        """Record an honest note for Result.warnings."""
        if note not in self.warnings:
            self.warnings.append(note)

    def model(self) -> ChatModel:
        """The chat model for this run: the injected one, else `load_model(settings.model)` (cached there)."""
        if self.settings.chat_model is not None:
            return self.settings.chat_model
        try:
            from model import load_model

            return load_model(self.settings.model)
        except Exception as err:  # an unloadable model is a fallback, not a crash
            raise ModelUnavailable(f"{type(err).__name__}: {err}") from err

    def chat(self, messages: Sequence[Message], max_tokens: int | None = None) -> Completion:
        """Call the model once, streaming pieces as events when settings.stream_tokens; count usage."""
        model = self.model()
        config = GenerationConfig(
            max_new_tokens=max_tokens or self.settings.token_budget, enable_thinking=self.settings.thinking
        )
        started = time.perf_counter()
        try:
            if self.settings.stream_tokens:
                completion = self._streamed(model, messages, config, started)
            else:
                completion = model.chat(messages, config)
        except ModelUnavailable:
            raise
        except Exception as err:  # a server that went away, a backend bug: fall back, say why
            raise ModelUnavailable(f"{type(err).__name__}: {err}") from err
        self.model_calls += 1
        self.prompt_tokens += completion.prompt_tokens
        self.completion_tokens += completion.completion_tokens
        if completion.reasoning:
            self.reasoning.append(completion.reasoning)
        return completion

    def _streamed(
        self, model: ChatModel, messages: Sequence[Message], config: GenerationConfig, started: float
    ) -> Completion:
        pieces: list[str] = []
        first = 0.0
        for piece in model.stream(messages, config):
            if not pieces:
                first = time.perf_counter() - started
            pieces.append(piece)
            # Thinking is streamed too, but typed apart so a UI never shows it as the answer.
            raw = "".join(pieces)
            thinking = raw.rfind("<think>") > raw.rfind("</think>")
            self.emit("reasoning" if thinking else "token", text=piece)
        reasoning, text = _split_reasoning("".join(pieces))
        # The stream interface yields text, not token ids: each piece is about one token.
        return Completion(
            text=text,
            reasoning=reasoning,
            completion_tokens=len(pieces),
            ttft_s=first,
            total_s=time.perf_counter() - started,
            model=getattr(model, "name", ""),
            extra={"tokens_counted": "stream pieces"},
        )

    def trace(self, seconds: float) -> NodeTrace:
        return NodeTrace(
            node=self.node,
            seconds=round(seconds, 4),
            model_calls=self.model_calls,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            reasoning="\n\n".join(self.reasoning),
        )


def as_settings(context: object) -> Settings:
    """The run's Settings: as passed, from a plain dict (LangGraph Studio sends JSON), or the defaults."""
    if isinstance(context, Settings):
        return context
    if isinstance(context, dict):
        known = set(Settings.describe()) - {"chat_model"}
        return Settings(**{k: v for k, v in context.items() if k in known})
    return Settings()


def as_node(name: str, body: NodeBody) -> Callable[..., dict]:
    """Wrap a node body for LangGraph: settings from the run context, timing, events, trace, warnings."""

    def node(state: SolveState, runtime: Runtime[Settings]) -> dict:
        settings = as_settings(runtime.context)
        run = NodeRun(name, settings, runtime.stream_writer)
        run.emit("node_start")
        started = time.perf_counter()
        update = body(state, run)
        seconds = time.perf_counter() - started
        run.emit("node_end", seconds=round(seconds, 4), model_calls=run.model_calls)
        update = dict(update)
        # A body may lead these with state.RESET (understand does: a new problem starts a new log).
        update["trace"] = list(update.get("trace", [])) + [run.trace(seconds)]
        if run.warnings or update.get("warnings"):
            update["warnings"] = list(update.get("warnings", [])) + run.warnings
        return update

    node.__name__ = name
    node.__doc__ = body.__doc__
    return node
