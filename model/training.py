"""Fine-tune a local model with TRL: supervised (SFTTrainer) or GRPO with any reward callable, optional LoRA.

Generic on purpose: rows in, a folder out. It knows nothing of what the rows or the rewards mean. The base
is any local model spec (`embedded` and `gguf:` are dequantized to plain weights first; `hf:` is read as
it is); the device is the one `model.devices` picks (NPU -> CUDA -> CPU). Offline: no hub, no TRL usage
ping; tokenizer and chat template come from the base folder. The output loads back as a model spec:
`hf:OUT` after full fine-tuning, `BASE?adapter=OUT` (or `hf:OUT`) after LoRA; `train_report.json` names it.
"""

from __future__ import annotations

import os

# Before transformers / TRL are imported anywhere below: nothing may reach a hub, and TRL's usage
# ping (huggingface_hub.send_telemetry) honours these.
for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY", "HF_DATASETS_OFFLINE"):
    os.environ.setdefault(_var, "1")

import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import torch  # noqa: E402
from transformers import TrainerCallback  # noqa: E402

from model.devices import DeviceChoice, choose_device, cpu_threads  # noqa: E402
from model.errors import ModelSpecError  # noqa: E402

RewardFunc = Callable[..., list[float]]


@dataclass
class TrainConfig:
    """One training run. Defaults are small on purpose: a real run raises steps, lengths and batch."""

    base: str = "embedded"
    out: str = "runs/model"
    lora: bool = False
    max_steps: int = 10
    learning_rate: float = 2e-4
    batch_size: int = 2
    gradient_accumulation: int = 1
    max_length: int = 512  # SFT: prompt + completion tokens
    max_completion_length: int = 128  # GRPO: tokens generated per completion
    num_generations: int = 2  # GRPO: completions per prompt (the group its advantages compare)
    temperature: float = 1.0
    lora_r: int = 8
    lora_alpha: int = 16
    seed: int = 0
    device: str | None = None  # auto | npu | cuda | cpu (default: env TUTOR_DEVICE, else auto)
    threads: int | None = None
    use_vllm: bool = False  # GRPO generation through vLLM / vllm-ascend (colocated)
    extra: dict[str, Any] = field(default_factory=dict)  # passed to SFTConfig / GRPOConfig as they are


@dataclass
class TrainReport:
    """What a run did and what to load: the spec, seconds per step, peak memory, TRL's logged metrics."""

    method: str
    spec: str
    out: str
    base_folder: str
    device: str
    device_reason: str
    steps: int
    seconds_per_step: float
    train_seconds: float
    peak_memory_mb: float
    log: list[dict[str, Any]]


def base_folder(spec: str) -> Path:
    """A Hugging Face folder holding the base weights of a local spec (GGUF dequantized into the cache)."""
    from model.checkpoints import cached_folder, save_checkpoint
    from model.registry import embedded_gguf_path, parse_spec

    parsed = parse_spec(spec)
    if parsed.kind == "openai":
        raise ModelSpecError(f"cannot train {spec!r}: a served model has no local weights; use a local spec")
    if "adapter" in parsed.options:
        raise ModelSpecError(
            f"cannot train on {spec!r}: merge the adapter first (load it and save the model)"
        )
    if parsed.kind == "hf":
        path = Path(parsed.target).expanduser()
        if not (path / "config.json").is_file():
            raise ModelSpecError(f"model spec {spec!r}: {path} is not a model folder")
        return path
    gguf = embedded_gguf_path() if parsed.kind == "embedded" else Path(parsed.target).expanduser()
    folder = cached_folder(gguf)
    if folder is None:  # caching is off: keep the dequantized copy in a folder of our own
        folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"tutor-train-base-{gguf.stem}"
    if not (folder / "config.json").is_file():
        from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        model = AutoModelForCausalLM.from_pretrained(
            gguf.parent,
            gguf_file=gguf.name,
            quantization_config=GgufConfig(dequantize=True),
            dtype=torch.float32,
        )
        save_checkpoint(model, tokenizer, folder)
    return folder


class _Timer(TrainerCallback):
    """Wall time per optimizer step."""

    def __init__(self) -> None:
        self.durations: list[float] = []
        self._started = 0.0

    def on_step_begin(self, args, state, control, **kwargs):  # noqa: D102
        self._started = time.perf_counter()

    def on_step_end(self, args, state, control, **kwargs):  # noqa: D102
        self.durations.append(time.perf_counter() - self._started)


def _peak_memory_mb(choice: DeviceChoice) -> float:
    """Peak memory of the run: accelerator allocations, else the process's peak resident set."""
    if choice.kind == "cuda":
        return torch.cuda.max_memory_allocated() / 2**20
    if choice.kind == "npu":
        return torch.npu.max_memory_allocated() / 2**20  # type: ignore[attr-defined]
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _load(folder: Path, choice: DeviceChoice):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    # Weights in float32 and mixed precision on accelerators (bf16 autocast): the optimizer keeps full precision.
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    return model, tokenizer


def _common_args(config: TrainConfig, choice: DeviceChoice) -> dict[str, Any]:
    return {
        "output_dir": config.out,
        "max_steps": config.max_steps,
        "learning_rate": config.learning_rate,
        "per_device_train_batch_size": config.batch_size,
        "gradient_accumulation_steps": config.gradient_accumulation,
        "logging_steps": 1,
        "save_strategy": "no",
        "report_to": "none",
        "seed": config.seed,
        "use_cpu": choice.kind == "cpu",
        "bf16": choice.kind != "cpu",  # fp32 on CPU: bf16 autocast there is slower to train and less exact
        "gradient_checkpointing": choice.kind != "cpu",  # memory is not what a CPU run lacks
        "dataloader_num_workers": 0,
        **config.extra,
    }


def _peft(config: TrainConfig):
    if not config.lora:
        return None
    from peft import LoraConfig

    return LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=0.0,
        target_modules="all-linear",
        task_type="CAUSAL_LM",
    )


def _run(method: str, config: TrainConfig, build: Callable[..., Any]) -> TrainReport:
    """Load the base, build the trainer, train, save, and report."""
    choice = choose_device(config.device or os.environ.get("TUTOR_DEVICE"))
    if choice.kind == "cpu":
        torch.set_num_threads(cpu_threads(config.threads))
    folder = base_folder(config.base)
    model, tokenizer = _load(folder, choice)
    timer = _Timer()
    trainer = build(model, tokenizer, _common_args(config, choice), _peft(config), [timer])
    if len(trainer.train_dataset) == 0:  # SFT drops rows whose prompt alone fills max_length
        raise ValueError(f"no training row left after truncating to max_length={config.max_length}; raise it")
    started = time.perf_counter()
    trainer.train()
    train_s = time.perf_counter() - started
    out = Path(config.out)
    trainer.save_model(str(out))
    tokenizer.save_pretrained(out)  # the chat template travels with the weights or the adapter
    if config.lora:
        sep = "&" if "?" in config.base else "?"
        spec = f"{config.base}{sep}adapter={out.resolve()}"
    else:
        spec = f"hf:{out.resolve()}"
    steps = timer.durations
    report = TrainReport(
        method=method,
        spec=spec,
        out=str(out),
        base_folder=str(folder),
        device=choice.device,
        device_reason=choice.reason,
        steps=len(steps),
        seconds_per_step=round(sum(steps) / len(steps), 3) if steps else 0.0,
        train_seconds=round(train_s, 3),
        peak_memory_mb=round(_peak_memory_mb(choice), 1),
        log=[dict(entry) for entry in trainer.state.log_history],
    )
    (out / "train_report.json").write_text(
        json.dumps(asdict(report), indent=1, default=str), encoding="utf-8"
    )
    return report


def _dataset(rows: Sequence[dict[str, Any]], keep: Sequence[str] | None = None):
    from datasets import Dataset

    if not rows:
        raise ValueError("no training rows")
    return Dataset.from_list([{k: r[k] for k in keep} if keep else dict(r) for r in rows])


def train_sft(config: TrainConfig, rows: Sequence[dict[str, Any]]) -> TrainReport:
    """Supervised fine-tuning on prompt/completion rows (plain or conversational); loss on completions only."""
    from trl import SFTConfig, SFTTrainer

    data = _dataset(rows, ("prompt", "completion"))

    def build(model, tokenizer, common, peft_config, callbacks):
        args = SFTConfig(**common, max_length=config.max_length, completion_only_loss=True)
        return SFTTrainer(
            model=model,
            args=args,
            train_dataset=data,
            processing_class=tokenizer,
            peft_config=peft_config,
            callbacks=callbacks,
        )

    return _run("sft", config, build)


def train_grpo(
    config: TrainConfig, rows: Sequence[dict[str, Any]], reward_funcs: RewardFunc | list[RewardFunc]
) -> TrainReport:
    """GRPO on prompt rows; each reward callable gets (prompts, completions, **other columns) like TRL's."""
    from trl import GRPOConfig, GRPOTrainer

    data = _dataset(rows)

    def build(model, tokenizer, common, peft_config, callbacks):
        args = GRPOConfig(
            **common,
            num_generations=config.num_generations,
            max_completion_length=config.max_completion_length,
            temperature=config.temperature,
            use_vllm=config.use_vllm,
            **({"vllm_mode": "colocate"} if config.use_vllm else {}),  # type: ignore[arg-type]  # a str option
        )
        return GRPOTrainer(
            model=model,
            reward_funcs=reward_funcs,  # type: ignore[arg-type]  # ours never return None (TRL allows it)
            args=args,
            train_dataset=data,
            processing_class=tokenizer,
            peft_config=peft_config,
            callbacks=callbacks,
        )

    return _run("grpo", config, build)
