"""Hosting the reasoning model: one chat interface, several backends. Knows nothing of math."""

from model.base import ChatModel, Completion, GenerationConfig, Message
from model.errors import (
    DeviceUnavailableError,
    ModelError,
    ModelResponseError,
    ModelSpecError,
    ModelUnavailableError,
)

__all__ = [
    "ChatModel",
    "Completion",
    "DeviceUnavailableError",
    "GenerationConfig",
    "Message",
    "ModelError",
    "ModelResponseError",
    "ModelSpecError",
    "ModelUnavailableError",
    "load_model",
]


def load_model(spec: str | None = None, **kwargs) -> ChatModel:
    """Resolve a model spec (`embedded`, `hf:PATH`, `gguf:FILE`, `openai:URL?model=NAME`) to a backend."""
    from model.registry import load_model as _load

    return _load(spec, **kwargs)
