"""`check-config --connect` against a real Dovecot and SMTP server, and on Maildir."""

from __future__ import annotations

from pathlib import Path

from daemon.config import load_config
from daemon.probe import probe_all
from tests.servers.dovecot import PASSWORD

RULES = """\
municipality: Test
internal_domains: [ishoj.dk]
centres:
  - {id: a, name: A, chief: centerchef.cvv@ishoj.dk}
mailboxes:
  - id: pa
    role: mayor_pa
    address: borgmester@ishoj.dk
    source: {kind: imap, host: 127.0.0.1, port: %(imap)d, security: none,
             username: borger@example.dk, password: ${IMAP_PW}, folder: INBOX}
    send:   {kind: smtp, host: 127.0.0.1, port: %(smtp)d, security: none, auth: none}
"""


def test_connect_reports_per_mailbox(tmp_path: Path, private_dovecot, smtp_server) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES % {"imap": private_dovecot.port, "smtp": smtp_server.port}, "utf-8")
    lines, ok = probe_all(load_config(path, env={"IMAP_PW": PASSWORD}))
    assert ok, lines
    assert any("login" in line and "OK" in line for line in lines)
    assert any("folder" in line and "OK" in line for line in lines)
    assert any("send" in line and "dry run" in line for line in lines)
    assert smtp_server.received == []          # the send check sends nothing

    lines, ok = probe_all(load_config(path, env={"IMAP_PW": "wrong-secret-pw"}))
    assert not ok
    text = "\n".join(lines)
    assert "login afvist" in text and "login refused" in text
    assert "wrong-secret-pw" not in text and PASSWORD not in text


def test_connect_on_the_shipped_maildir_rules(tmp_path: Path) -> None:
    rules = (Path(__file__).resolve().parents[2] / "rules.yaml").read_text("utf-8")
    (tmp_path / "rules.yaml").write_text(rules, "utf-8")
    for sub in ("new", "cur", "tmp"):
        for box in ("borgmester-pa", "byraad-mette-larsen", "direktion-social",
                    "udvalg-social-sundhed", "hovedpostkasse", "borgerraadgiver"):
            (tmp_path / "var/mail" / box / sub).mkdir(parents=True, exist_ok=True)
    lines, ok = probe_all(load_config(tmp_path / "rules.yaml", env={}))
    assert ok, lines
    assert len(lines) == 12
    (tmp_path / "var/mail/borgmester-pa/new").rmdir()
    lines, ok = probe_all(load_config(tmp_path / "rules.yaml", env={}))
    assert not ok and any("borgmester-pa" in line and "FEJL" in line for line in lines)
