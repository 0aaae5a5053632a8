"""Errors the model host raises, so callers can tell a bad spec from a dead server from a bad reply."""

from __future__ import annotations


class ModelError(RuntimeError):
    """Base class for every model-host failure."""


class ModelSpecError(ModelError, ValueError):
    """A model spec string that does not resolve to a backend."""


class DeviceUnavailableError(ModelError):
    """An explicitly requested device (e.g. `npu`) is not present on this host."""


class ModelUnavailableError(ModelError):
    """A remote model server could not be reached (refused, timed out, or kept failing)."""


class ModelResponseError(ModelError):
    """A remote model server answered, but not with a valid chat completion."""
