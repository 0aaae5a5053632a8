"""`python -m tutor_graph train`: the generic trainer of `model/` with the bank's data and the SymPy reward.

Also the held-out measurement: a model spec answers the held-out prompts, the reward scores the answers
(reward mean, share of chains in the format, share of written steps whose claim verified).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tutor_graph.training.reward import reward, score_many, step_verified_share

DATA_FILES = {"sft": "sft_train.jsonl", "grpo": "rl_train.jsonl"}
HELDOUT_FILE = "rl_heldout.jsonl"


def read_rows(data: str | Path, name: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of `DATA/name` (or of DATA itself when it is a file), at most `limit` of them."""
    path = Path(data)
    path = path / name if path.is_dir() else path
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: no such data file (write it with `python -m content export-sft --out DIR`)"
        )
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def train(method: str, data: str | Path, limit: int | None = None, **config: Any) -> dict[str, Any]:
    """Run SFT or GRPO (with the SymPy-checked reward) and return the run's report as a dict."""
    from dataclasses import asdict

    from model.training import TrainConfig, train_grpo, train_sft

    settings = TrainConfig(**{k: v for k, v in config.items() if v is not None})
    rows = read_rows(data, DATA_FILES[method], limit)
    report = train_sft(settings, rows) if method == "sft" else train_grpo(settings, rows, reward)
    return asdict(report)


def evaluate(
    spec: str,
    data: str | Path,
    limit: int = 8,
    max_new_tokens: int = 96,
    say: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Answer the first `limit` held-out prompts greedily with `spec` and score them with the reward."""
    from model import GenerationConfig, load_model

    rows = read_rows(data, HELDOUT_FILE, limit)
    chat = load_model(spec)
    started = time.perf_counter()
    completions = chat.batch([r["prompt"] for r in rows], GenerationConfig(max_new_tokens=max_new_tokens))
    generate_s = time.perf_counter() - started
    scored = score_many([c.text for c in completions], [r["answer"] for r in rows])
    if say:
        say(f"{spec}: first answer {completions[0].text[:160]!r}")
    return {
        "spec": spec,
        "prompts": len(rows),
        "reward_mean": round(sum(s.score for s in scored) / len(scored), 4),
        "format_share": round(sum(s.chain for s in scored) / len(scored), 4),
        "step_verified_share": round(step_verified_share(scored), 4),
        "answers_correct": sum(bool(s.answer_correct) for s in scored),
        "generate_s": round(generate_s, 2),
    }


def figures(
    data: str | Path,
    out: str | Path,
    base: str = "embedded",
    sft_steps: int = 3,
    grpo_steps: int = 3,
    heldout: int = 8,
    max_new_tokens: int = 96,
    say: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Measure a few LoRA SFT steps and a few LoRA GRPO steps from `base`, before and after, on held-out prompts."""
    out = Path(out)
    result: dict[str, Any] = {"base": base, "before": evaluate(base, data, heldout, max_new_tokens, say)}
    runs = {
        "sft": {"max_steps": sft_steps, "max_length": 384},
        "grpo": {"max_steps": grpo_steps, "max_completion_length": 64, "num_generations": 2},
    }
    for method, extra in runs.items():
        if say:
            say(f"{method}: {extra['max_steps']} LoRA steps from {base} …")
        report = train(method, data, base=base, out=str(out / method), lora=True, batch_size=2, **extra)
        rewards = [e["reward"] for e in report["log"] if "reward" in e]
        result[method] = {
            "steps": report["steps"],
            "seconds_per_step": report["seconds_per_step"],
            "peak_memory_mb": report["peak_memory_mb"],
            "device": report["device"],
            "spec": report["spec"],
            "train_reward_mean": round(sum(rewards) / len(rewards), 4) if rewards else None,
            "after": evaluate(report["spec"], data, heldout, max_new_tokens, say),
        }
    return result
