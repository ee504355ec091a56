"""The command line as an operator and the outside tests use it."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, deliver, eml, without_digest

DESIGN_EXAMPLE = """\
municipality: Ishøj Kommune
mode: live                      # live | shadow
cutoff: 2026-11-01T00:00:00+01:00   # mail that arrived before this is registered, not
                                    # answered; default: the moment of the first start
internal_domains: [ishoj.dk]    # "safe" addresses; everything else is external
authority_domains: [skat.dk, ast.dk, ufst.dk, politi.dk]   # not citizen inquiries
calendar:
  country: DK
  closed_days: ["06-05", "12-24", "12-31"]   # municipal closing days (MM-DD)
  timezone: Europe/Copenhagen
deadlines: {receipt_days: 10, draft_days: 7, advisor_callback_days: 1}
database: ${BORGERPOST_DATABASE_URL:-sqlite:///borgerpost.db}
centres:
  - id: voksne-velfaerd
    name: Center for Voksne og Velfærd
    chief: centerchef.cvv@ishoj.dk
    director: direktoer.social@ishoj.dk
    keywords: [hjemmepleje, plejebolig, handicap, ældre, misbrug, bostøtte]
mailboxes:
  - id: borgmester-pa
    role: mayor_pa            # council_member | mayor_pa | director_assistant |
                              # committee_secretary | main_mailbox | citizen_advisor
    address: borgmester@ishoj.dk
    pa: pa.borgmester@ishoj.dk          # who gets the digest and escalations
    source: {kind: imap, host: imap.example, port: 993, security: tls,   # tls | starttls | none
             username: borgmester@ishoj.dk, password: ${IMAP_PASSWORD_BORGMESTER},
             folder: INBOX}                       # or auth: oauth2 with tenant/client ids
    send:   {kind: smtp, host: smtp.example, port: 587, security: starttls,
             username: borgmester@ishoj.dk, password: ${SMTP_PASSWORD_BORGMESTER}}
    receipt: auto             # auto | off
    forward: auto             # auto | on_decision | off
digest: {weekday: monday, time: "07:00"}
"""


def bp(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None
       ) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("BORGERPOST_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "daemon.cli", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, check=False, env=full_env,
                          timeout=300)


def test_design_contract_config_explains(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(DESIGN_EXAMPLE, "utf-8")
    env = {"IMAP_PASSWORD_BORGMESTER": "pw-imap-secret", "SMTP_PASSWORD_BORGMESTER": "pw-smtp"}
    check = bp("check-config", "--config", str(tmp_path / "rules.yaml"), env=env)
    assert check.returncode == 0, check.stderr
    assert "pw-imap-secret" not in check.stdout + check.stderr
    (tmp_path / "in.eml").write_bytes(eml())
    run = bp("explain", str(tmp_path / "in.eml"), "--mailbox", "borgmester-pa", "--json",
             "--config", str(tmp_path / "rules.yaml"), "--now", "2026-11-23T09:00:00+01:00",
             env=env)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["citizen_inquiry"] is True and result["centre"] == "voksne-velfaerd"
    assert result["actions"][1] == {"type": "receipt", "to": ["karen.j@gmail.com"],
                                    "deadline": "2026-12-07"}
    assert result["actions"][2]["to"] == ["centerchef.cvv@ishoj.dk"]
    assert result["actions"][2]["cc"] == ["direktoer.social@ishoj.dk"]


def test_run_once_twice_then_status(tmp_path: Path) -> None:
    rules = (ROOT / "rules.yaml").read_text("utf-8").replace(
        "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00")
    (tmp_path / "rules.yaml").write_text(without_digest(rules), "utf-8")
    arrived = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)
    deliver(tmp_path / "var/mail/hovedpostkasse", "m1",
            eml(to="ishoj@ishoj.dk", subject="Byggetilladelse til carport",
                body="Hvornår får jeg svar på min byggesag om en carport?"), arrived)
    args = ("--config", str(tmp_path / "rules.yaml"), "--now", "2026-11-23T10:00:00+01:00")
    first = bp("run", "--once", *args)
    assert first.returncode == 0, first.stderr
    outbox = tmp_path / "var/outbox/new"
    assert len(list(outbox.iterdir())) == 2
    second = bp("run", "--once", *args)
    assert second.returncode == 0, second.stderr
    assert len(list(outbox.iterdir())) == 2
    assert "karen.j@gmail.com" not in first.stderr + second.stderr
    status = bp("status", *args)
    assert status.returncode == 0, status.stderr
    assert "BH-2026-00001" in status.stdout and "byudvikling-natur" in status.stdout
    assert "2026-12-07" in status.stdout
    assert "karen" not in status.stdout.lower()


def test_unknown_mailbox_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "in.eml").write_bytes(eml())
    run = bp("explain", str(tmp_path / "in.eml"), "--mailbox", "nope")
    assert run.returncode == 1 and "unknown mailbox 'nope'" in run.stderr
    run = bp("explain", str(tmp_path / "missing.eml"), "--mailbox", "borgmester-pa")
    assert run.returncode == 1 and "no such file" in run.stderr


def test_scan_masks_values(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Mit cpr-nr. er 120437-1234 og jeg har brystkræft.",
                                    "utf-8")
    run = bp("scan", str(tmp_path / "t.txt"), "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert {"cpr", "health"} <= set(result["categories"])
    assert "120437-1234" not in run.stdout and "brystkræft" not in run.stdout
    assert any(f["masked"] == "120437-XXXX" for f in result["findings"])
