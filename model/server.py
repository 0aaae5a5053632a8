"""`python -m model serve`: any backend behind an OpenAI-compatible HTTP API (FastAPI + uvicorn)."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from model.base import ChatModel, GenerationConfig
from model.errors import ModelError


class ChatMessage(BaseModel):
    """One turn; content may be a string or OpenAI's list of typed parts (text parts are kept)."""

    model_config = ConfigDict(extra="ignore")
    role: str
    content: str | list[dict] | None = ""

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type", "text") == "text")
        return self.content or ""


class ChatRequest(BaseModel):
    """The subset of OpenAI's chat request that local decoding honours; unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore")
    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)  # greedy unless asked: reproducible answers
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    stop: str | list[str] | None = None
    seed: int | None = None
    stream: bool = False
    chat_template_kwargs: dict | None = None


def create_app(model: ChatModel, *, model_id: str | None = None, max_tokens_limit: int = 2048) -> FastAPI:
    """Build the app serving `model` under `model_id` (default: the model's spec name)."""
    served = model_id or model.name
    app = FastAPI(title="question-chain tutor model server", version="1")

    def config_for(req: ChatRequest) -> GenerationConfig:
        wanted = req.max_completion_tokens or req.max_tokens or 512
        stop = (req.stop,) if isinstance(req.stop, str) else tuple(req.stop or ())
        thinking = (req.chat_template_kwargs or {}).get("enable_thinking", True)
        return GenerationConfig(
            max_new_tokens=min(wanted, max_tokens_limit),
            temperature=req.temperature,
            top_p=req.top_p,
            stop=stop,
            seed=req.seed or 0,
            enable_thinking=bool(thinking),
        )

    @app.exception_handler(ModelError)
    def model_failed(request: Request, exc: ModelError) -> JSONResponse:
        return JSONResponse(
            status_code=500, content={"error": {"message": str(exc), "type": type(exc).__name__}}
        )

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok", "model": served}

    @app.get("/v1/models")
    def models() -> dict:
        return {
            "object": "list",
            "data": [{"id": served, "object": "model", "created": 0, "owned_by": "tutor"}],
        }

    @app.post("/v1/chat/completions")
    def chat_completions(req: ChatRequest):
        if req.model not in (None, "", served):
            raise HTTPException(
                404, detail=f"model {req.model!r} is not served here; /v1/models lists {served!r}"
            )
        messages = [{"role": m.role, "content": m.text()} for m in req.messages]
        config = config_for(req)
        ident, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        if req.stream:
            return StreamingResponse(
                _sse(model.stream(messages, config), ident, created, served), media_type="text/event-stream"
            )
        done = model.chat(messages, config)
        # Thinking goes back inline so clients that split <think> (ours does) see it as emitted.
        content = f"<think>{done.reasoning}</think>\n{done.text}" if done.reasoning else done.text
        return {
            "id": ident,
            "object": "chat.completion",
            "created": created,
            "model": served,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    # OpenAI's vocabulary has no "repetition": the guard ended it, so it stopped.
                    "finish_reason": "length" if done.finish_reason == "length" else "stop",
                }
            ],
            "usage": {
                "prompt_tokens": done.prompt_tokens,
                "completion_tokens": done.completion_tokens,
                "total_tokens": done.prompt_tokens + done.completion_tokens,
            },
        }

    return app


def _sse(pieces: Iterator[str], ident: str, created: int, served: str) -> Iterator[str]:
    """Frame text pieces as OpenAI `chat.completion.chunk` server-sent events."""

    def event(delta: dict, finish: str | None = None) -> str:
        chunk = {
            "id": ident,
            "object": "chat.completion.chunk",
            "created": created,
            "model": served,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""})
    try:
        for piece in pieces:
            yield event({"content": piece})
    except ModelError as exc:  # headers are gone already: report in-band, as OpenAI does
        yield f"data: {json.dumps({'error': {'message': str(exc), 'type': type(exc).__name__}})}\n\n"
        return
    yield event({}, "stop")
    yield "data: [DONE]\n\n"


def serve(
    model: ChatModel,
    host: str = "127.0.0.1",
    port: int = 8000,
    log_level: str = "info",
    model_id: str | None = None,
) -> None:
    """Run the server until interrupted."""
    import uvicorn

    uvicorn.run(create_app(model, model_id=model_id), host=host, port=port, log_level=log_level)
