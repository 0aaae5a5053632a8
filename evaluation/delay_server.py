"""A tiny OpenAI-compatible server that answers after a fixed delay, at most `slots` requests at once.

It stands in for a serving engine (vLLM, MindIE) in the throughput figure: with the model's time fixed,
items per minute measure only how well the harness keeps requests in flight.
Run: `python -m evaluation.delay_server --port 8765 --delay 1.5 --slots 8`.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from typing import Any

from fastapi import FastAPI, Request

ANSWER = "逐步计算可得结果。\n最终答案：2"


def create_app(delay_s: float = 1.0, slots: int = 8, answer: str = ANSWER) -> FastAPI:
    """The app: `/v1/chat/completions` sleeps `delay_s` inside one of `slots` slots, then returns `answer`."""
    app = FastAPI(title="fixed-delay OpenAI-compatible server")
    gate = asyncio.Semaphore(slots)
    state = {"in_flight": 0, "peak": 0, "served": 0}

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", **state}

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "delay", "object": "model", "owned_by": "evaluation"}]}

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> dict[str, Any]:
        body = await request.json()
        async with gate:
            state["in_flight"] += 1
            state["peak"] = max(state["peak"], state["in_flight"])
            try:
                await asyncio.sleep(delay_s)
            finally:
                state["in_flight"] -= 1
                state["served"] += 1
        prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "delay"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_chars // 2, "completion_tokens": len(answer) // 2,
                      "total_tokens": prompt_chars // 2 + len(answer) // 2},
        }

    return app


def main(argv: list[str] | None = None) -> None:
    """Serve the fixed-delay app on loopback."""
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m evaluation.delay_server")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds per request")
    parser.add_argument("--slots", type=int, default=8, help="requests served at once")
    args = parser.parse_args(argv)
    uvicorn.run(create_app(args.delay, args.slots), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
