"""OpenAI-compatible backend (vLLM, vllm-ascend, MindIE, SGLang, `python -m model serve`) over httpx."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import httpx

from model.base import Completion, GenerationConfig, Message
from model.errors import ModelResponseError, ModelUnavailableError
from model.reasoning import CLOSE, OPEN, split_reasoning

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


def _origin_path(url: str) -> tuple[str, str, str]:
    """(scheme, host:port, path) of a URL, lower-cased where case does not matter, default ports filled."""
    parts = urlsplit(url.strip())
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower(), 0)
    return parts.scheme.lower(), f"{(parts.hostname or '').lower()}:{port}", parts.path.rstrip("/")


def configured_endpoints() -> list[str]:
    """Base URLs the server's operator configured: TUTOR_MODEL's URL and TUTOR_API_ENDPOINTS (comma-separated)."""
    found = [u.strip() for u in os.environ.get("TUTOR_API_ENDPOINTS", "").split(",") if u.strip()]
    spec = os.environ.get("TUTOR_MODEL", "").strip()
    if spec.lower().startswith("openai:"):
        found.append(spec.split(":", 1)[1].split("?", 1)[0])
    return found


def server_key_for(base_url: str) -> str | None:
    """The server's own API key (TUTOR_API_KEY / OPENAI_API_KEY), only for an endpoint the operator configured.

    A URL typed into a browser form is not one of them, so the key never travels to a stranger's server.
    """
    key = os.environ.get("TUTOR_API_KEY") or os.environ.get("OPENAI_API_KEY")
    if not key:
        return None
    wanted = _origin_path(base_url)
    return key if any(_origin_path(u) == wanted for u in configured_endpoints()) else None


class OpenAIChatModel:
    """Chat over `/v1/chat/completions`; batch sends requests concurrently through a bounded pool."""

    def __init__(
        self,
        base_url: str,
        *,
        name: str = "",
        model: str | None = None,
        api_key: str | None = None,
        timeout: float | str = 120.0,
        connect_timeout: float | str = 5.0,
        retries: int | str = 2,
        concurrency: int | str = 8,
        backoff: float | str = 0.25,
    ):
        self.base_url = base_url.rstrip("/")
        self.name = name or f"openai:{self.base_url}" + (f"?model={model}" if model else "")
        self._model_id = model
        self.retries, self.concurrency, self.backoff = int(retries), max(1, int(concurrency)), float(backoff)
        key = api_key or server_key_for(self.base_url)
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(float(timeout), connect=float(connect_timeout)),
            headers={"Authorization": f"Bearer {key}"} if key else {},
            limits=httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency),
        )
        self._id_lock = threading.Lock()

    # ---- the ChatModel interface ------------------------------------------------------------

    def chat(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Completion:
        """Complete one conversation (retrying transport failures and 5xx/429 a bounded number of times)."""
        config = config or GenerationConfig()
        started = time.perf_counter()
        body = self._request_body(messages, config, stream=False)
        data = self._with_retries(lambda: self._post_json("/chat/completions", body))
        total = time.perf_counter() - started
        try:
            choice = data["choices"][0]
            message = choice["message"]
            content = message.get("content") or ""
            usage = data.get("usage") or {}
        except (KeyError, IndexError, TypeError, AttributeError) as exc:
            raise ModelResponseError(
                f"{self.base_url}: not a chat completion ({exc!r}): {_clip(data)}"
            ) from None
        # Servers with a reasoning parser return thinking separately; others leave <think> inline.
        separate = message.get("reasoning_content") or message.get("reasoning") or ""
        reasoning, text = split_reasoning(content)
        return Completion(
            text=text,
            reasoning="\n\n".join(r for r in (separate.strip(), reasoning) if r),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            ttft_s=total,  # a non-streamed reply arrives whole
            total_s=total,
            finish_reason=choice.get("finish_reason") or "stop",
            model=self.name,
        )

    def stream(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Iterator[str]:
        """Yield content pieces from the server's SSE stream; separate reasoning comes wrapped in <think>."""
        config = config or GenerationConfig()
        body = self._request_body(messages, config, stream=True)
        attempt = 0
        while True:
            yielded = False
            try:
                for piece in self._stream_once(body):
                    yielded = True
                    yield piece
                return
            except (httpx.TransportError, _Retryable) as exc:
                # Only retry before anything reached the caller; afterwards a retry would duplicate text.
                if yielded or attempt >= self.retries:
                    raise self._unavailable(exc) from None
                attempt += 1
                time.sleep(self.backoff * attempt)

    def batch(
        self, conversations: Sequence[Sequence[Message]], config: GenerationConfig | None = None
    ) -> list[Completion]:
        """Complete many conversations, at most `concurrency` requests in flight, results in order."""
        if not conversations:
            return []
        self._resolve_model_id()  # once, before the threads start
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(conversations))) as pool:
            return list(pool.map(lambda messages: self.chat(messages, config), conversations))

    def describe(self) -> dict:
        """Facts for reports: backend, URL and served model id."""
        return {"backend": "openai", "model": self.name, "url": self.base_url, "served_model": self._model_id}

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    # ---- HTTP -------------------------------------------------------------------------------

    def _request_body(self, messages: Sequence[Message], config: GenerationConfig, *, stream: bool) -> dict:
        body: dict = {
            "model": self._resolve_model_id(),
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "max_tokens": config.max_new_tokens,
            "temperature": config.temperature,
            "top_p": config.top_p,
            "seed": config.seed,
            "stream": stream,
        }
        if not config.enable_thinking:
            # vLLM / SGLang hand this to the chat template (Qwen3's switch); sent only when needed,
            # since strict servers reject fields they do not know.
            body["chat_template_kwargs"] = {"enable_thinking": False}
        if config.stop:
            body["stop"] = list(config.stop)
        return body

    def _resolve_model_id(self) -> str:
        """The served model id: from the spec, else the first one `/v1/models` lists."""
        with self._id_lock:
            if self._model_id is None:
                data = self._with_retries(lambda: self._get_json("/models"))
                try:
                    self._model_id = str(data["data"][0]["id"])
                except (KeyError, IndexError, TypeError) as exc:
                    raise ModelResponseError(
                        f"{self.base_url}/models lists no model ({exc!r}): {_clip(data)}"
                    ) from None
            return self._model_id

    def _with_retries(self, call):
        attempt = 0
        while True:
            try:
                return call()
            except (httpx.TransportError, _Retryable) as exc:
                if attempt >= self.retries:
                    raise self._unavailable(exc) from None
                attempt += 1
                time.sleep(self.backoff * attempt)

    def _unavailable(self, exc: Exception) -> ModelUnavailableError:
        return ModelUnavailableError(
            f"model server {self.base_url} unavailable after {self.retries + 1} attempt(s): {type(exc).__name__}: {exc}"
        )

    def _get_json(self, path: str):
        return _parse_json(self._check(self._client.get(path)))

    def _post_json(self, path: str, body: dict):
        return _parse_json(self._check(self._client.post(path, json=body)))

    def _check(self, response: httpx.Response) -> httpx.Response:
        if response.status_code in RETRY_STATUS:
            raise _Retryable(f"HTTP {response.status_code}: {_clip(response.text)}")
        if response.status_code >= 400:
            raise ModelResponseError(
                f"{response.request.url} answered HTTP {response.status_code}: {_clip(response.text)}"
            )
        return response

    def _stream_once(self, body: dict) -> Iterator[str]:
        thinking = False
        with self._client.stream("POST", "/chat/completions", json=body) as response:
            if response.status_code >= 400:
                response.read()
                self._check(response)
            for line in response.iter_lines():
                if not line.startswith("data:"):
                    continue  # SSE comments, event names and keep-alives
                payload = line[len("data:") :].strip()
                if payload == "[DONE]":
                    break
                chunk = _parse_json(payload)
                if isinstance(chunk, dict) and "error" in chunk:  # servers report mid-stream failures in-band
                    raise ModelResponseError(
                        f"{self.base_url}: server failed mid-stream: {_clip(chunk['error'])}"
                    )
                try:
                    delta = chunk["choices"][0].get("delta") or {}
                except (KeyError, IndexError, TypeError, AttributeError) as exc:
                    raise ModelResponseError(
                        f"{self.base_url}: bad stream chunk ({exc!r}): {_clip(payload)}"
                    ) from None
                if reasoning := delta.get("reasoning_content") or delta.get("reasoning"):
                    yield (OPEN if not thinking else "") + reasoning
                    thinking = True
                if content := delta.get("content"):
                    yield (CLOSE if thinking else "") + content
                    thinking = False
            if thinking:
                yield CLOSE


class _Retryable(Exception):
    """A server answer worth trying again (overloaded, restarting, gateway trouble)."""


def _parse_json(source: httpx.Response | str):
    text = source.text if isinstance(source, httpx.Response) else source
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelResponseError(f"model server sent malformed JSON ({exc}): {_clip(text)}") from None


def _clip(value, limit: int = 200) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "…"
