"""The deployment files (issue 14) are valid: `deploy/compose*.yaml` and the YAML in docs/deploy.md are
compose files whose references resolve; the systemd units in `deploy/systemd/` and docs/deploy.md pass
`systemd-analyze verify` (where systemd is installed; otherwise a strict key=value reading), and the
Dockerfile starts with FROM and uses only known instructions."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
DOC = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
UNITS = sorted((DEPLOY / "systemd").iterdir())


class _ComposeLoader(yaml.SafeLoader):
    """YAML with the compose specification's merge tags (`!reset`, `!override`)."""


def _tagged(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


for _tag in ("!reset", "!override"):
    _ComposeLoader.add_constructor(_tag, _tagged)


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC, re.S)


def check_compose(text: str, override: bool = False) -> dict:
    """Parse a compose file and check what `docker compose config` would refuse; return it."""
    data = yaml.load(text, Loader=_ComposeLoader)
    assert isinstance(data, dict) and isinstance(data.get("services"), dict) and data["services"]
    top = {k: set(data.get(k) or {}) for k in ("networks", "volumes", "secrets")}
    for name, service in data["services"].items():
        assert isinstance(service, dict), name
        assert override or "image" in service or "build" in service, f"{name}: neither image nor build"
        depends = service.get("depends_on") or []
        assert set(depends) <= set(data["services"]), f"{name}: depends on an unknown service"
        assert set(service.get("networks") or []) <= top["networks"], f"{name}: undeclared network"
        assert set(service.get("secrets") or []) <= top["secrets"], f"{name}: undeclared secret"
        for volume in service.get("volumes") or []:
            source = volume.split(":")[0]
            assert source.startswith(("/", ".")) or source in top["volumes"], f"{name}: undeclared volume {source}"
        for port in service.get("ports") or []:
            assert str(port).startswith("127.0.0.1:"), f"{name}: {port} is published beyond loopback"
    return data


@pytest.mark.parametrize("path", sorted(DEPLOY.glob("compose*.yaml")), ids=lambda p: p.name)
def test_compose_files(path):
    check_compose(path.read_text(encoding="utf-8"), override=path.name != "compose.yaml")


def test_compose_in_the_guide():
    blocks = _blocks("yaml")
    assert blocks
    for block in blocks:
        check_compose(block)


def test_a_broken_compose_file_is_caught():
    with pytest.raises(AssertionError):
        check_compose("services:\n  app:\n    image: x\n    depends_on: [db]\n")
    with pytest.raises(yaml.YAMLError):
        check_compose("services:\n  app: [\n")


def verify_unit(path: Path) -> list[str]:
    """What is wrong with a unit file (empty when nothing): systemd-analyze's complaints, else our reading."""
    if shutil.which("systemd-analyze"):
        done = subprocess.run(["systemd-analyze", "verify", "--man=no", str(path)], capture_output=True, text=True,
                              timeout=60)
        lines = (done.stdout + done.stderr).splitlines()
        return [line for line in lines if line.strip() and "is not executable" not in line]  # /opt/tutor is absent
    problems, section = [], None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith(("#", ";")):
            continue
        if re.fullmatch(r"\[(Unit|Service|Install|Timer)\]", line.strip()):
            section = line.strip()
        elif section is None or not re.fullmatch(r"[A-Z][A-Za-z]+=.*", line):
            problems.append(f"{path.name}:{number}: {line}")
    return problems


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_unit_files(path):
    assert verify_unit(path) == []


def test_units_in_the_guide(tmp_path):
    blocks = _blocks("ini")
    assert blocks
    for block in blocks:
        name = re.search(r"/etc/systemd/system/([\w.-]+)", block).group(1)
        (tmp_path / name).write_text(block, encoding="utf-8")
        assert verify_unit(tmp_path / name) == [], name


def test_a_broken_unit_is_caught(tmp_path):
    bad = tmp_path / "bad.service"
    bad.write_text("[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\nRestart=sometimes\nBogus=1\n", encoding="utf-8")
    assert verify_unit(bad)


def test_dockerfile():
    lines = [line for line in (DEPLOY / "Dockerfile").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#") and not line.startswith(" ")]
    assert lines[0].startswith("FROM ")
    known = {"FROM", "WORKDIR", "ENV", "COPY", "RUN", "USER", "EXPOSE", "CMD", "ARG", "LABEL", "ENTRYPOINT"}
    assert {line.split()[0] for line in lines} <= known
