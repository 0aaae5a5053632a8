"""A real PostgreSQL server for the tests: initdb into a temporary folder, pg_ctl start on a free port with
its unix socket in that folder, as a non-root user when the tests run as root (initdb refuses root)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _bin(name: str) -> str | None:
    """A PostgreSQL program: on PATH, else in Debian's versioned folder."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return versions[-1] if versions else None


def missing() -> str | None:
    """Why a server cannot be started here (None when it can): the reason a test is skipped with."""
    absent = [n for n in ("initdb", "pg_ctl") if _bin(n) is None]
    if absent:
        return f"PostgreSQL programs {absent} are not installed (make test installs Debian's postgresql)"
    if os.geteuid() == 0 and not _runner():
        return "running as root and no non-root user (postgres or nobody) to run the server as"
    return None


def _runner() -> str | None:
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return user
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server() -> Iterator[str]:
    """Start a throw-away PostgreSQL server; yield its SQLAlchemy URL (psycopg 3); stop and delete it after."""
    folder = Path(tempfile.mkdtemp(prefix="tutor-pg-"))
    data, sock, log = folder / "data", folder / "sock", folder / "server.log"
    sock.mkdir()
    user = _runner() if os.geteuid() == 0 else None
    if user:
        entry = pwd.getpwnam(user)
        for path in (folder, sock):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    prefix = ["runuser", "-u", user, "--"] if user else []
    port = _free_port()

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=300, cwd=folder)

    try:
        run(_bin("initdb"), "-D", str(data), "-U", "tutor", "--auth=trust", "-E", "UTF8", "--locale=C")
        run(_bin("pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "240", "start",
            "-o", f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off")
        run(_bin("createdb") or "createdb", "-h", str(sock), "-p", str(port), "-U", "tutor", "tutor")
        yield f"postgresql+psycopg://tutor@127.0.0.1:{port}/tutor"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*prefix, _bin("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=120, cwd=folder)
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)
