"""Decoding helpers for the local backend: per-row stop rules, a token queue for streaming, text cuts."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence

import torch
from transformers import StoppingCriteria
from transformers.generation.streamers import BaseStreamer

from model.base import GenerationConfig


def repeated_tail(ids: Sequence[int], max_repeats: int, window: int) -> int:
    """Return the period of a runaway loop at the end of `ids`, or 0 if there is none.

    A loop is a block of p <= window tokens repeated back to back at least `max_repeats` times and
    covering at least `window` tokens, so short periods ("0000" inside a number) need more repeats.

    >>> repeated_tail([5, 1, 2, 3] * 4, max_repeats=4, window=8)
    4
    >>> repeated_tail([1, 2, 3, 4, 5, 6, 7, 8], max_repeats=4, window=8)
    0
    >>> repeated_tail([0] * 5, max_repeats=4, window=8)  # five zeros: a number, not a loop
    0
    """
    if max_repeats < 2 or window < 1:
        return 0
    n = len(ids)
    for period in range(1, window + 1):
        span = period * max(max_repeats, -(-window // period))
        if span > n:
            continue
        tail = ids[n - span :]
        if all(tail[i] == tail[i - period] for i in range(period, span)):
            return period
    return 0


def cut_at_stop(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    """Cut `text` before the earliest stop string; say whether one was found."""
    hits = [i for s in stops if s and (i := text.find(s)) != -1]
    return (text[: min(hits)], True) if hits else (text, False)


def stable_prefix(text: str, stops: Sequence[str]) -> str:
    """The part of a growing text that later tokens cannot change: no half-decoded character at
    the end and no trailing characters that might still become a stop string."""
    text = text.rstrip("\ufffd")  # an incomplete multi-byte character (common in Chinese)
    hold = 0
    for stop in stops:
        for k in range(min(len(stop) - 1, len(text)), 0, -1):
            if text.endswith(stop[:k]):
                hold = max(hold, k)
                break
    return text[: len(text) - hold]


class StopGuard(StoppingCriteria):
    """Stops each row on end-of-sequence, a stop string, a repetition loop or cancellation, and
    records why and after how many generated tokens (HF only tells that the batch ended)."""

    def __init__(
        self,
        decode: Callable[[list[int]], str],
        prompt_len: int,
        rows: int,
        config: GenerationConfig,
        eos_ids: set[int],
        cancel: threading.Event | None = None,
    ):
        self.decode, self.prompt_len, self.config, self.eos_ids = decode, prompt_len, config, eos_ids
        self.cancel = cancel
        self.reasons: list[str | None] = [None] * rows
        self.ends: list[int | None] = [None] * rows
        self.first_token_at: float | None = None
        # Each token decodes to at least one character, so a stop string fits in this many tokens.
        self.stop_tail = max((len(s) for s in config.stop), default=0) + 4

    def __call__(self, input_ids: torch.LongTensor, scores, **kwargs) -> torch.BoolTensor:
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()
        generated = input_ids[:, self.prompt_len :].tolist()
        for row, ids in enumerate(generated):
            if self.reasons[row] is None and (reason := self._reason(ids)):
                self.reasons[row], self.ends[row] = reason, len(ids)
        done = torch.tensor([r is not None for r in self.reasons], dtype=torch.bool, device=input_ids.device)
        return done  # type: ignore[return-value]  # a bool tensor: what transformers' BoolTensor names

    def _reason(self, ids: list[int]) -> str | None:
        if ids[-1] in self.eos_ids:
            return "stop"
        if self.cancel is not None and self.cancel.is_set():
            return "cancelled"
        if self.config.stop and cut_at_stop(self.decode(ids[-self.stop_tail :]), self.config.stop)[1]:
            return "stop"
        if repeated_tail(ids, self.config.max_repeats, self.config.repeat_window):
            return "repetition"
        return None

    def outcome(self, row: int, generated: int) -> tuple[str, int]:
        """(finish_reason, tokens kept) for a row; rows never stopped by a rule ran out of length."""
        return self.reasons[row] or "length", self.ends[row] or generated


class TokenQueue(BaseStreamer):
    """Receives new token ids from `generate` (skipping the prompt) for another thread to read."""

    def __init__(self) -> None:
        self.queue: queue.Queue[list[int] | None] = queue.Queue()
        self._prompt_seen = False

    def put(self, value: torch.Tensor) -> None:
        if not self._prompt_seen:  # generate first echoes the prompt
            self._prompt_seen = True
            return
        self.queue.put(value.reshape(-1).tolist())

    def end(self) -> None:
        self.queue.put(None)
