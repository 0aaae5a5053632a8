"""An inspect_ai model provider, `tutor/<spec>`, that calls our `model` package (any spec, fully offline).

inspect's own providers would need an API per backend and, to count tokens, a tokenizer fetched from a hub;
this one runs `model.load_model(spec).chat(…)` in a worker thread and reports the token counts our
backends return, so `embedded`, `hf:`, `gguf:` and `openai:` models all evaluate the same way offline.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from inspect_ai.model import (
    ChatMessage,
    GenerateConfig,
    ModelAPI,
    ModelOutput,
    ModelUsage,
    modelapi,
)
from inspect_ai.tool import ToolChoice, ToolInfo

T = TypeVar("T")

PROVIDER = "tutor"
# Our own worker threads: an item past its time limit stops being awaited at once, while its thread runs
# out in the background (anyio's or asyncio's default pools would hold the end of the run until it does).
_pool = ThreadPoolExecutor(max_workers=64, thread_name_prefix="evaluation")
_gates: dict[tuple[int, int], asyncio.Semaphore] = {}


def inspect_model_name(spec: str) -> str:
    """The inspect model name for one of our specs, e.g. `tutor/embedded`."""
    return f"{PROVIDER}/{spec}"


async def in_thread(fn: Callable[[], T], concurrency: int) -> T:
    """Run blocking `fn` in a worker thread, at most `concurrency` at once per event loop; cancellable."""
    key = (id(asyncio.get_running_loop()), max(1, concurrency))
    gate = _gates.setdefault(key, asyncio.Semaphore(key[1]))
    async with gate:
        return await asyncio.wrap_future(_pool.submit(fn))


def _messages(input: list[ChatMessage]) -> list[dict[str, str]]:
    """inspect chat messages as our `model.base.Message` dicts (tool turns read as user text)."""
    out = []
    for m in input:
        role = m.role if m.role in ("system", "user", "assistant") else "user"
        out.append({"role": role, "content": m.text})
    return out


class TutorModelAPI(ModelAPI):
    """inspect ModelAPI over `model.load_model(spec)`; usage = our backend's prompt / completion tokens."""

    def __init__(self, model_name: str, base_url: str | None = None, api_key: str | None = None,
                 config: GenerateConfig | None = None, concurrency: int = 1, **model_args: Any) -> None:
        super().__init__(model_name, base_url, api_key, [], config or GenerateConfig())
        self.spec = model_name
        self.concurrency = max(1, int(concurrency))

    async def generate(self, input: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice,
                       config: GenerateConfig) -> ModelOutput:
        """Complete one conversation with our model in a worker thread."""
        from model.base import GenerationConfig
        from model.registry import load_model

        gen = GenerationConfig(max_new_tokens=config.max_tokens or 512, temperature=config.temperature or 0.0)
        started = time.perf_counter()

        def call() -> Any:
            return load_model(self.spec).chat(_messages(input), gen)  # type: ignore[arg-type]

        completion = await in_thread(call, self.concurrency)
        output = ModelOutput.from_content(model=self.spec, content=completion.text,
                                          stop_reason="max_tokens" if completion.finish_reason == "length" else "stop")
        output.usage = ModelUsage(input_tokens=completion.prompt_tokens, output_tokens=completion.completion_tokens,
                                  total_tokens=completion.prompt_tokens + completion.completion_tokens)
        output.time = round(time.perf_counter() - started, 4)
        return output

    async def count_text_tokens(self, text: str) -> int:
        """A rough count (≈ one token per 2 characters of mixed Chinese/LaTeX) that needs no tokenizer download."""
        return max(1, len(text) // 2)

    def max_connections(self) -> int:
        """As many calls in flight as the run's concurrency."""
        return self.concurrency

    def connection_key(self) -> str:
        """One pool per spec."""
        return self.spec


@modelapi(name=PROVIDER)
def tutor() -> type[ModelAPI]:
    """Register the provider with inspect (imported by the runner before it calls `inspect_ai.eval`)."""
    return TutorModelAPI
