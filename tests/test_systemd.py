"""sd_notify over a real unix datagram socket, credentials, and the unit's hardening."""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from daemon import systemd
from daemon.config import load_config
from daemon.config.loader import read_env

from .conftest import ROOT


def test_notify_sends_datagram(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        monkeypatch.setenv("NOTIFY_SOCKET", str(path))
        assert systemd.notify("READY=1", "STATUS=ok")
        assert server.recv(4096) == b"READY=1\nSTATUS=ok"
    monkeypatch.delenv("NOTIFY_SOCKET")
    assert systemd.notify("READY=1") is False


def test_watchdog_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert systemd.watchdog_interval() == 15.0
    monkeypatch.setenv("WATCHDOG_PID", "1")          # meant for another process
    assert systemd.watchdog_interval() is None


def test_credentials_fill_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "BORGERPOST_DATABASE_URL").write_text("sqlite:////tmp/from-credential.db\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    monkeypatch.delenv("BORGERPOST_DATABASE_URL", raising=False)
    rules = tmp_path / "rules.yaml"
    shutil.copyfile(ROOT / "rules.yaml", rules)
    assert load_config(rules, env=read_env(rules)).database == \
        "sqlite:////tmp/from-credential.db"
    monkeypatch.setenv("BORGERPOST_DATABASE_URL", "sqlite:////tmp/env-wins.db")
    assert load_config(rules, env=read_env(rules)).database == "sqlite:////tmp/env-wins.db"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_unit_exposure_at_most_2() -> None:
    run = subprocess.run(["systemd-analyze", "security", "--offline=true",
                          str(ROOT / "systemd" / "borgerpost.service")],
                         capture_output=True, text=True, check=False)
    line = next(x for x in run.stdout.splitlines() if "Overall exposure level" in x)
    level = float(line.split(":")[1].split()[0])
    assert level <= 2.0, line
    verify = subprocess.run(["systemd-analyze", "verify", "--man=no",
                             str(ROOT / "systemd" / "borgerpost.service")],
                            capture_output=True, text=True, check=False)
    assert "Unknown key" not in verify.stderr and "Invalid" not in verify.stderr
