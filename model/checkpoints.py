"""A disk cache of dequantized GGUF checkpoints: parse the GGUF once, then load plain safetensors.

Reading a GGUF through transformers parses the file three times (tokenizer, config, weights) in
Python: ~17 s for the 100 MB embedded model on an idle 2-core host, ~50 s on a busy one. The same
weights saved as a Hugging Face folder load in ~3 s. The cache holds the dequantized float32
weights, so a cached load is bit-for-bit the model a GGUF load gives.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import warnings
from importlib import metadata
from pathlib import Path

OFF = {"0", "off", "false", "no", "none"}


def cache_root() -> Path | None:
    """Where dequantized checkpoints go: $TUTOR_MODEL_CACHE (`off` disables), else the user cache."""
    value = os.environ.get("TUTOR_MODEL_CACHE", "").strip()
    if value.lower() in OFF:
        return None
    if value:
        return Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "question-chain-tutor" / "dequantized"


def cached_folder(gguf: Path) -> Path | None:
    """The cache folder for one GGUF file (it may not exist yet), or None when caching is off.

    Keyed by the file's path, size and mtime and the transformers version, so a changed file or a
    converter upgrade makes a new entry instead of serving stale weights.
    """
    root = cache_root()
    if root is None:
        return None
    stat = gguf.resolve().stat()
    key = f"{gguf.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{metadata.version('transformers')}"
    return root / f"{gguf.stem}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"


def save_checkpoint(model, tokenizer, target: Path) -> bool:
    """Write model and tokenizer to `target` atomically; say whether this call wrote it.

    Written to a temporary folder beside it and renamed, so a reader never sees half a checkpoint
    and two processes converting at once do not clash (the second one's copy is discarded).
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        staging.chmod(0o755)  # mkdtemp makes it private; other users of the host may share the cache
    except OSError as exc:
        warnings.warn(f"could not cache the dequantized checkpoint in {target}: {exc}", stacklevel=2)
        return False
    try:
        model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        os.rename(staging, target)
        return True
    except OSError as exc:
        if (
            not target.is_dir()
        ):  # a concurrent writer winning the rename is fine; anything else is worth a word
            warnings.warn(f"could not cache the dequantized checkpoint in {target}: {exc}", stacklevel=2)
        return False
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already after a successful rename
