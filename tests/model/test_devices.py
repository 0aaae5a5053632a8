"""Device choice NPU -> CUDA -> CPU, with availability monkeypatched (and one real torch_npu failure)."""

import pytest
import torch

from model import devices
from model.errors import DeviceUnavailableError


@pytest.fixture
def host(monkeypatch):
    """Set which accelerators the probes report: host(npu=True, cuda=False)."""

    def set_host(npu: bool = False, cuda: bool = False):
        monkeypatch.setattr(
            devices,
            "_probe_npu",
            lambda: (npu, "2 Ascend NPU(s) via torch_npu" if npu else "torch_npu is not installed"),
        )
        monkeypatch.setattr(
            devices,
            "_probe_cuda",
            lambda: (cuda, "1 CUDA device(s): H100" if cuda else "torch reports no CUDA device"),
        )

    return set_host


def test_npu_present_is_preferred(host):
    host(npu=True, cuda=True)
    choice = devices.choose_device()
    assert (choice.device, choice.kind, choice.dtype) == ("npu:0", "npu", torch.bfloat16)
    assert "NPU" in choice.reason


def test_npu_absent_falls_back_to_cuda(host):
    host(npu=False, cuda=True)
    choice = devices.choose_device("auto")
    assert (choice.device, choice.dtype) == ("cuda:0", torch.bfloat16)


def test_no_accelerator_runs_on_cpu_and_says_why(host):
    host()
    choice = devices.choose_device()
    assert choice.device == "cpu"
    assert choice.dtype == devices.DTYPES[devices.CPU_DEFAULT_DTYPE]
    assert "torch_npu is not installed" in choice.reason and "no CUDA" in choice.reason


def test_npu_requested_but_absent_is_an_error_not_a_cpu_run(host):
    host(npu=False, cuda=True)
    with pytest.raises(
        DeviceUnavailableError, match="NPU requested but not usable: torch_npu is not installed"
    ):
        devices.choose_device("npu")


def test_cuda_requested_but_absent_is_an_error(host):
    host(npu=True)
    with pytest.raises(DeviceUnavailableError, match="CUDA requested"):
        devices.choose_device("cuda")


def test_explicit_choices_and_dtype_override(host):
    host(npu=True, cuda=True)
    assert devices.choose_device("cpu").device == "cpu"
    assert devices.choose_device("npu:3").device == "npu:3"
    assert devices.choose_device("cuda", dtype="fp16").dtype == torch.float16
    assert devices.choose_device("cpu", dtype="bf16").dtype == torch.bfloat16


@pytest.mark.parametrize(("device", "dtype"), [("tpu", None), ("cpu", "int3")])
def test_unknown_device_or_dtype_is_rejected(host, device, dtype):
    host()
    with pytest.raises(ValueError, match="unknown"):
        devices.choose_device(device, dtype)


def test_real_probe_on_this_host():
    # This dev/CI host has torch_npu uninstalled and a CPU-only torch build.
    assert devices._probe_npu() == (False, "torch_npu is not installed")
    assert devices._probe_cuda()[0] is torch.cuda.is_available()


def test_torch_npu_that_fails_to_import_is_reported(monkeypatch, tmp_path):
    # A torch_npu whose import fails, as it does on a host without CANN.
    (tmp_path / "torch_npu.py").write_text(
        "raise ImportError('libhccl.so: cannot open shared object file')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    ok, why = devices._probe_npu()
    assert not ok and "libhccl.so" in why
    with pytest.raises(DeviceUnavailableError, match="libhccl.so"):
        devices.choose_device("npu")


@pytest.mark.parametrize(("requested", "env", "expected"), [(3, None, 3), (None, "2", 2), ("4", "2", 4)])
def test_cpu_threads(monkeypatch, requested, env, expected):
    if env is None:
        monkeypatch.delenv("TUTOR_CPU_THREADS", raising=False)
    else:
        monkeypatch.setenv("TUTOR_CPU_THREADS", env)
    assert devices.cpu_threads(requested) == expected


def test_cpu_threads_default_leaves_cores_free(monkeypatch):
    monkeypatch.delenv("TUTOR_CPU_THREADS", raising=False)
    monkeypatch.setattr(devices.os, "cpu_count", lambda: 8)
    assert devices.cpu_threads() == 4
    monkeypatch.setattr(devices.os, "cpu_count", lambda: 1)
    assert devices.cpu_threads() == 1
