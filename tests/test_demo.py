"""The bundled demo runs end to end, and neither its log nor its table leaks personal data."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from daemon import logs
from daemon.demo import SAMPLES, demo
from daemon.mail.parse import parse

from .conftest import RULES

CPR = re.compile(r"(?<!\d)\d{6}[-\u2013 ]?\d{4}(?!\d)")


def _personal_data() -> tuple[set[str], set[str], set[str]]:
    """Addresses, CPR-shaped numbers and subjects that occur in the samples."""
    addresses, cprs, subjects = set(), set(), set()
    for path in SAMPLES.glob("*/*.eml"):
        raw = path.read_bytes()
        message = parse(raw)
        for addr in (message.sender, *message.to, *message.cc):
            if addr is not None:
                addresses.add(addr.addr)
        for original in message.forwarded:
            if original.sender is not None:
                addresses.add(original.sender.addr)
        cprs.update(CPR.findall(message.text))
        if len(message.subject) > 12:
            subjects.add(message.subject)
    return addresses, cprs, subjects


def _run_demo(tmp_path: Path) -> tuple[str, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert demo(RULES, None, tmp_path / "demo") == 0
    return out.getvalue(), (tmp_path / "demo" / "borgerpost.log").read_text("utf-8")


@pytest.mark.parametrize("safety_net", [True, False], ids=["scrubbed", "call-sites-alone"])
def test_demo_runs_and_logs_no_personal_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             safety_net: bool) -> None:
    if not safety_net:
        # Prove the call sites log no personal data even without the formatter's scrub.
        monkeypatch.setattr(logs, "scrub", lambda text: text)
    table, log = _run_demo(tmp_path)
    addresses, cprs, subjects = _personal_data()
    assert addresses and cprs and subjects, "the samples must contain what we search for"
    lines = log.splitlines()
    assert sum(1 for line in lines if json.loads(line)["event"] == "message.decided") >= 20
    for needle in addresses | cprs | subjects:
        assert needle.lower() not in log.lower()
    for addr in addresses:
        assert addr not in table     # the table shows masked senders only
    assert "kvittering" in table and "videresendt" in table
    outbox = list((tmp_path / "demo" / "outbox" / "new").iterdir())
    assert len(outbox) >= 10
