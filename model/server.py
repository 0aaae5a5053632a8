"""`python -m model serve`: any backend behind an OpenAI-compatible HTTP API (FastAPI + uvicorn)."""

from __future__ import annotations

import hmac
import json
import math
import os
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace

import anyio
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from model.base import ChatModel, GenerationConfig
from model.base import Message as Turn
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


MAX_REQUEST_BYTES = int(os.environ.get("TUTOR_SERVE_MAX_BYTES", str(256 * 1024)))
SHUTDOWN_GRACE_S = 3.0  # in-flight requests get this long after SIGTERM; generation cannot be interrupted mid-token
SEED_MAX = 2**63 - 1  # what torch.manual_seed takes without overflowing


class ChatRequest(BaseModel):
    """The subset of OpenAI's chat request that local decoding honours; unknown fields are ignored.

    NaN and infinities are refused (422), as are numbers torch cannot take (a seed of 2**80).
    """

    model_config = ConfigDict(extra="ignore", allow_inf_nan=False)
    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)  # greedy unless asked: reproducible answers
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    stop: str | list[str] | None = None
    seed: int | None = Field(default=None, ge=0, le=SEED_MAX)
    stream: bool = False
    chat_template_kwargs: dict | None = None


class _Guard:
    """ASGI middleware: the bearer token (when one is set) and the request size limit, before any parsing.

    Pure ASGI rather than FastAPI middleware so a body is counted as it arrives (a chunked upload has
    no Content-Length) and an oversized one is refused without being read into memory.
    """

    def __init__(self, app: ASGIApp, token: str | None, max_bytes: int) -> None:
        self.app, self.token, self.max_bytes = app, token, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self.token and scope.get("path") != "/health" and not _token_ok(headers.get("authorization"), self.token):
            await _reply(send, 401, "missing or wrong bearer token", {"www-authenticate": "Bearer"})
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await _reply(send, 413, f"request body over {self.max_bytes} bytes")
            return
        seen, refused = 0, False

        async def counted() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:  # answer now; the app sees a client that went away
                    refused = True
                    await _reply(send, 413, f"request body over {self.max_bytes} bytes")
                    return {"type": "http.disconnect"}
            return message

        async def unless_refused(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, counted, unless_refused)


def _token_ok(header: str | None, token: str) -> bool:
    scheme, _, given = (header or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


async def _reply(send: Send, status: int, message: str, extra: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": {"message": message, "type": "invalid_request_error"}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def create_app(
    model: ChatModel,
    *,
    model_id: str | None = None,
    max_tokens_limit: int = 2048,
    token: str | None = None,
    max_request_bytes: int = MAX_REQUEST_BYTES,
) -> FastAPI:
    """Build the app serving `model` under `model_id` (default: the model's spec name).

    `token` (default: env TUTOR_SERVE_TOKEN) makes every route but /health ask for `Authorization: Bearer
    <token>` and turns the interactive docs off.
    """
    served = model_id or model.name
    token = token if token is not None else (os.environ.get("TUTOR_SERVE_TOKEN") or None)
    docs_url, redoc_url, openapi_url = ("/docs", "/redoc", "/openapi.json") if not token else (None, None, None)
    app = FastAPI(title="question-chain tutor model server", version="1", docs_url=docs_url, redoc_url=redoc_url,
                  openapi_url=openapi_url)
    app.add_middleware(_Guard, token=token, max_bytes=max_request_bytes)
    window = getattr(model, "context_window", lambda: None)()
    count_tokens = getattr(model, "count_tokens", None)

    def bounded(messages: list, config: GenerationConfig) -> GenerationConfig:
        """The config with the reply cut to what the context leaves; 400 when the prompt alone fills it."""
        if window is None or count_tokens is None:
            return config
        if sum(len(m["content"]) for m in messages) > window * 16:  # far past any tokenizer's ratio: no need to count
            raise HTTPException(400, detail=f"prompt longer than the model's context of {window} tokens")
        used = count_tokens(messages, config)
        if used >= window:
            raise HTTPException(400, detail=f"prompt of {used} tokens fills the model's context of {window} tokens")
        return replace(config, max_new_tokens=min(config.max_new_tokens, window - used))

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

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI echoes the offending input, and NaN cannot be written as JSON: name the field, not the value.
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        return JSONResponse(status_code=422, content={"detail": errors})

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
        messages: list[Turn] = [{"role": m.role, "content": m.text()} for m in req.messages]
        config = bounded(messages, config_for(req))
        ident, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        if req.stream:
            return StreamingResponse(
                _until_gone(_sse(model.stream(messages, config), ident, created, served)),
                media_type="text/event-stream",
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


async def _until_gone(events: Iterator[str]) -> AsyncIterator[str]:
    """Pull events in a worker thread; when the client goes away (the task is cancelled), close the
    source, which cancels the model's generation at its next token instead of letting it run on."""
    try:
        while (event := await anyio.to_thread.run_sync(next, events, None)) is not None:
            yield event
    finally:
        close = getattr(events, "close", None)
        if close is not None:
            try:
                close()
            except ValueError:  # still running in its thread: it stops at the next token anyway
                pass


def serve(
    model: ChatModel,
    host: str = "127.0.0.1",
    port: int = 8000,
    log_level: str = "info",
    model_id: str | None = None,
) -> None:
    """Run the server until interrupted."""
    import uvicorn

    # SIGTERM: uvicorn stops accepting, gives in-flight requests a short grace, then returns; a
    # generation still running in a worker thread cannot be interrupted, so the process exits here
    # rather than waiting for it.
    uvicorn.run(create_app(model, model_id=model_id), host=host, port=port, log_level=log_level,
                timeout_graceful_shutdown=math.ceil(SHUTDOWN_GRACE_S))
    sys.stderr.flush()
    os._exit(0)
