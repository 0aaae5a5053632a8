"""`python -m evaluation bench model`: load time, time to first token and decode speed on a fixed prompt."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time

from model.base import Completion, GenerationConfig, Message
from model.registry import load_model

WARMUP: list[Message] = [{"role": "user", "content": "What is 2+3?"}]
# Long enough to time decoding (~80 tokens from the embedded model before it stops by itself).
PROMPT: list[Message] = [{"role": "user", "content": "Write a short paragraph about the history of mathematics."}]


def run_bench(
    spec: str | None = None,
    *,
    device: str | None = None,
    dtype: str | None = None,
    threads: int | None = None,
    max_new_tokens: int = 96,
    repeats: int = 3,
) -> dict:
    """Load the model, warm it up, then time `repeats` greedy runs of the fixed prompt (medians)."""
    options = {k: v for k, v in {"device": device, "dtype": dtype, "threads": threads}.items() if v}
    started = time.perf_counter()
    model = load_model(spec, **options)
    load_s = time.perf_counter() - started
    warm = model.chat(WARMUP, GenerationConfig(max_new_tokens=16))  # first call pays one-off set-up
    config = GenerationConfig(max_new_tokens=max_new_tokens)
    remote = model.describe().get("backend") == "openai"
    ttfts: list[float] = []
    rates: list[float] = []
    cpu_rates: list[float] = []
    done: Completion | None = None
    for _ in range(max(1, repeats)):
        cpu_started = time.process_time()
        done = model.chat(PROMPT, config)
        # Tokens per CPU-second of this process: steadier than wall time on a shared host.
        cpu_rates.append(done.completion_tokens / max(time.process_time() - cpu_started, 1e-9))
        ttft = _stream_ttft(model, config) if remote else done.ttft_s  # a whole reply has no first token
        ttfts.append(ttft)
        if done.completion_tokens > 1 and done.total_s > ttft:
            rates.append((done.completion_tokens - 1) / (done.total_s - ttft))
    assert done is not None  # repeats >= 1
    described = model.describe()
    return {
        "model": model.name,
        "device": described.get("device", described.get("url")),
        "dtype": described.get("dtype"),
        "threads": described.get("threads"),
        "load_s": round(load_s, 3),
        "ttft_s": round(statistics.median(ttfts), 4),
        "decode_tokens_per_s": round(statistics.median(rates), 2) if rates else None,
        # Linux reports ru_maxrss in KiB.
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "tokens_per_cpu_s": round(statistics.median(cpu_rates), 2),
        "load_avg_1m": round(os.getloadavg()[0], 2),  # how busy the host was: read timings with it
        "completion_tokens": done.completion_tokens,
        "warmup_answer": warm.text,
        "answer": done.text,
    }


def _stream_ttft(model, config: GenerationConfig) -> float:
    started = time.perf_counter()
    for _ in model.stream(PROMPT, config):
        return time.perf_counter() - started
    return time.perf_counter() - started


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of `python -m evaluation bench model`."""
    parser.add_argument("--model", default=None, help="model spec (default: $TUTOR_MODEL or 'embedded')")
    parser.add_argument("--device", default=None, help="auto | npu | cuda | cpu (local models)")
    parser.add_argument("--dtype", default=None, help="bf16 | fp32 | fp16 | auto (local models)")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads (default: half the cores)")
    parser.add_argument("--max-new-tokens", type=int, default=96)
    parser.add_argument("--repeats", type=int, default=3)


def command(args: argparse.Namespace) -> int:
    """Print the figures as one JSON object (the last line); a model error is one line on stderr, exit 2."""
    from model.errors import ModelError

    try:
        result = run_bench(args.model, device=args.device, dtype=args.dtype, threads=args.threads,
                           max_new_tokens=args.max_new_tokens, repeats=args.repeats)
    except (ModelError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False))
    return 0
