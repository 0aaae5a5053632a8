"""Choose the device and dtype once: Ascend NPU (torch_npu) -> CUDA -> CPU, with the reason why."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass

import torch

from model.errors import DeviceUnavailableError

# Measured with `python -m evaluation bench model --dtype fp32|bf16` on the embedded model (2-core AMD EPYC with
# avx512_bf16, shared with other work). Decode tokens/s, bf16 vs fp32, in paired runs: 17.5 vs 17.0
# on a quiet host; 8.6 vs 5.7, 7.3 vs 6.0, 5.3 vs 4.0 and 5.5 vs 7.2 on a busy one (wall time is
# noisy there); in-process A/B by CPU time 14.6 vs 13.3 tokens per CPU-second. Time to first token
# was 12-59% shorter in bf16 in every pair, and its answers were as fluent ("2 + 3 = 5").
# CPUs without native bf16 may prefer fp32: set TUTOR_DTYPE=fp32 (or ?dtype=fp32 in the spec).
CPU_DEFAULT_DTYPE = "bfloat16"

DTYPES: dict[str, torch.dtype] = {
    "float32": torch.float32,
    "fp32": torch.float32,
    "bfloat16": torch.bfloat16,
    "bf16": torch.bfloat16,
    "float16": torch.float16,
    "fp16": torch.float16,
}
DEVICE_KINDS = ("auto", "npu", "cuda", "cpu")


@dataclass(frozen=True)
class DeviceChoice:
    """Where the weights live and in what precision, and why that was chosen."""

    device: str  # a torch device string: "npu:0", "cuda:0", "cpu"
    kind: str  # npu | cuda | cpu
    dtype: torch.dtype
    reason: str

    @property
    def dtype_name(self) -> str:
        """The dtype as a short string for reports, e.g. "bfloat16"."""
        return str(self.dtype).removeprefix("torch.")


def _probe_npu() -> tuple[bool, str]:
    """Report whether an Ascend NPU is usable. Imports torch_npu only when it is installed."""
    if importlib.util.find_spec("torch_npu") is None:
        return False, "torch_npu is not installed"
    try:
        import torch_npu  # noqa: F401  (registers torch.npu)
    except Exception as exc:  # CANN missing or mismatched: torch_npu raises all sorts of errors
        return False, f"torch_npu failed to import ({type(exc).__name__}: {exc})"
    npu = getattr(torch, "npu", None)
    if npu is None or not npu.is_available() or npu.device_count() == 0:
        return False, "torch_npu imported but reports no NPU device"
    return True, f"{npu.device_count()} Ascend NPU(s) via torch_npu"


def _probe_cuda() -> tuple[bool, str]:
    """Report whether a CUDA device is usable."""
    if not torch.cuda.is_available():
        return False, "torch reports no CUDA device" + (
            "" if torch.version.cuda else " (CPU-only torch build)"
        )
    return True, f"{torch.cuda.device_count()} CUDA device(s): {torch.cuda.get_device_name(0)}"


def parse_dtype(name: str | None) -> torch.dtype | None:
    """Map a dtype name (`bf16`, `float32`, …) to torch; None means "use the device default"."""
    if name is None or name in ("", "auto"):
        return None
    try:
        return DTYPES[name.lower()]
    except KeyError:
        raise ValueError(f"unknown dtype {name!r}; use one of {sorted(set(DTYPES))} or 'auto'") from None


def choose_device(request: str | None = None, dtype: str | None = None) -> DeviceChoice:
    """Pick the device (`auto`, `npu`, `cuda`, `cpu`, optionally with `:N`) and dtype.

    `auto` tries NPU, then CUDA, then CPU. An explicit request for a device that is not present
    raises DeviceUnavailableError instead of silently running on the CPU.
    """
    request = (request or "auto").strip().lower()
    kind, _, index = request.partition(":")
    if kind not in DEVICE_KINDS:
        raise ValueError(
            f"unknown device {request!r}; use one of {', '.join(DEVICE_KINDS)} (optionally kind:N)"
        )
    index = index or "0"
    forced = parse_dtype(dtype)

    if kind in ("auto", "npu"):
        ok, why = _probe_npu()
        if ok:
            return DeviceChoice(f"npu:{index}", "npu", forced or torch.bfloat16, f"NPU: {why}")
        if kind == "npu":
            raise DeviceUnavailableError(
                f"NPU requested but not usable: {why}. Install requirements-npu.txt on a host with CANN, or ask for device 'auto'."
            )
        npu_why = why
    if kind in ("auto", "cuda"):
        ok, why = _probe_cuda()
        if ok:
            return DeviceChoice(f"cuda:{index}", "cuda", forced or torch.bfloat16, f"CUDA: {why}")
        if kind == "cuda":
            raise DeviceUnavailableError(f"CUDA requested but not usable: {why}.")
        cuda_why = why
    if kind == "cpu":
        reason = "CPU: requested explicitly"
    else:
        reason = f"CPU: no accelerator ({npu_why}; {cuda_why})"
    return DeviceChoice("cpu", "cpu", forced or DTYPES[CPU_DEFAULT_DTYPE], reason)


def versions() -> dict[str, str | None]:
    """Versions of torch and (without importing it) torch_npu, for `info` and reports."""
    from importlib import metadata

    try:
        npu_version = metadata.version("torch-npu")
    except metadata.PackageNotFoundError:
        npu_version = None
    return {
        "torch": torch.__version__,
        "torch_npu": npu_version,
        "transformers": metadata.version("transformers"),
    }


def cpu_threads(requested: int | str | None = None) -> int:
    """Threads for CPU inference: the request, else $TUTOR_CPU_THREADS, else half the cores.

    Half, not all: on a small shared host (this project's 2-core dev and CI machines, a classroom
    laptop also running the app) OpenMP threads that outnumber free cores spin against each other;
    measured here, 1 thread decoded ~3.5x faster than 2 while other processes were busy.
    """
    value = requested or os.environ.get("TUTOR_CPU_THREADS")
    if value:
        threads = int(value)
        if threads < 1:
            raise ValueError(f"CPU threads must be >= 1, got {value!r}")
        return threads
    return max(1, (os.cpu_count() or 2) // 2)
