"""Hosting the reasoning model: one chat interface, several backends. Knows nothing of math."""

from model.base import ChatModel, Completion, GenerationConfig, Message

__all__ = ["ChatModel", "Completion", "GenerationConfig", "Message", "load_model"]


def load_model(spec: str | None = None, **kwargs) -> ChatModel:
    """Resolve a model spec (`embedded`, `hf:PATH`, `gguf:FILE`, `openai:URL?model=NAME`) to a backend."""
    from model.registry import load_model as _load

    return _load(spec, **kwargs)
