"""daemon.service: one worker per mailbox, stop and SIGTERM, a dead server stalls no one."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.imap.harness import (
    PASSWORD_ENV,
    ROOT,
    Box,
    Centre,
    header,
    inquiry,
    inquiry_id,
    rules_yaml,
    wait_until,
)
from daemon.config import load_config
from daemon.service import MailboxExecutor, Service
from daemon.store.db import Store
from daemon.store.models import Outbox
from tests.conftest import deliver, eml
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.smtp import SmtpServer

ARRIVED = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


def _maildir_rules(rules_copy: Path) -> Path:
    text = rules_copy.read_text("utf-8").replace(
        "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00")
    rules_copy.write_text(text, "utf-8")
    return rules_copy


def _outbox(base: Path) -> list[Path]:
    new = base / "var" / "outbox" / "new"
    return sorted(new.iterdir()) if new.exists() else []


def test_maildir_service_sends_and_stops(rules_copy: Path) -> None:
    rules = _maildir_rules(rules_copy)
    base = rules.parent
    config = load_config(rules, env={})
    store = Store.open(config.database)
    # An hour after arrival: on the wall clock the second service would send the
    # 7-working-day reminder once the calendar passed it (from 2 December 2026).
    now = ARRIVED + dt.timedelta(hours=1)
    service = Service(config, store, lambda: now, interval=0.2)
    service.start()
    try:
        deliver(base / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
        wait_until(lambda: len(_outbox(base)) == 2, 120, what="receipt and forward")
    finally:
        assert service.stop(timeout=60)
    assert not any(t.is_alive() for t in service._threads)
    # A new service over the same state sends nothing again.
    again = Service(config, store, lambda: now, interval=0.2)
    again.start()
    wait_until(lambda: again.passes >= len(config.mailboxes), 60, what="a pass per mailbox")
    assert again.stop(timeout=60)
    assert len(_outbox(base)) == 2
    store.engine.dispose()


def test_each_mailbox_executor_takes_only_its_own_rows(rules_copy: Path) -> None:
    rules = _maildir_rules(rules_copy)
    base = rules.parent
    config = load_config(rules, env={})
    store = Store.open(config.database)
    deliver(base / "var/mail/borgmester-pa", "a", eml(), ARRIVED)
    deliver(base / "var/mail/hovedpostkasse", "b", eml(message_id="<b@x.dk>",
                                                       to="ishoj@ishoj.dk"), ARRIVED)
    from daemon.runner import PassStats, Runner
    plain = Runner(config, store)
    for mailbox in config.mailboxes:
        plain.poll(mailbox, PassStats())   # decide and persist only, send nothing
    plain.close()
    service = Service(config, store)
    now = ARRIVED + dt.timedelta(hours=1)
    mayor = service.executors["borgmester-pa"]
    assert isinstance(mayor, MailboxExecutor)
    assert {r.mailbox_id for r in store.pending_outbox(now, mailbox_id=mayor.mailbox_id)} \
        == {"borgmester-pa"}
    mayor.run(now)
    with store.sessions() as s:
        states = {(r.mailbox_id, r.state) for r in s.scalars(select(Outbox)).all()}
    assert ("hovedpostkasse", "pending") in states
    assert ("borgmester-pa", "pending") not in states
    service.runner.close()
    store.engine.dispose()


def test_systemd_ready_watchdog_sighup_reload_and_sigterm(rules_copy: Path,
                                                          tmp_path: Path) -> None:
    rules = _maildir_rules(rules_copy)
    log = tmp_path / "daemon.log"
    notify_path = tmp_path / "notify.sock"
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(notify_path))
    # READY=1 follows Detector.warm(): every lexicon pattern compiled, about 65 s on
    # this 2-core VM since session 18 (no mail then waits for a compile); the unit
    # allows 300 s, and a busy CI machine may be slower.
    notify.settimeout(240)
    env = {**os.environ, "NOTIFY_SOCKET": str(notify_path), "WATCHDOG_USEC": "1000000"}
    env.pop("BORGERPOST_DATABASE_URL", None)
    env.pop("WATCHDOG_PID", None)
    messages: list[str] = []

    def expect(state: str) -> None:
        while not any(state in m for m in messages):
            messages.append(notify.recv(4096).decode())

    def logged(text: str) -> bool:
        return text.encode() in log.read_bytes()

    good = rules.read_text("utf-8")
    with log.open("wb") as err:
        process = subprocess.Popen([sys.executable, "-m", "daemon.service", "--config",
                                    str(rules), "--interval", "0.5"], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=err)
        try:
            expect("READY=1")
            expect("WATCHDOG=1")
            # An invalid rules.yaml is refused on SIGHUP; the old rules stay.
            rules.write_text(good.replace("mode: live", "mode: sometimes"), "utf-8")
            process.send_signal(signal.SIGHUP)
            wait_until(lambda: logged("config.reload_refused"), 60, what="refusal")
            assert process.poll() is None
            rules.write_text(good, "utf-8")
            process.send_signal(signal.SIGHUP)
            wait_until(lambda: logged("config.reloaded"), 60, what="reload")
            # A safety limit, not a timing: the restarted service warms its detector
            # again before it logs "daemon.started" (Detector.warm, ~65 s on 2 cores).
            wait_until(lambda: log.read_bytes().count(b"daemon.started") == 2, 300,
                       what="the service started again")
            process.send_signal(signal.SIGTERM)
            assert process.wait(60) == 0
            expect("STOPPING=1")
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            notify.close()
    assert b"daemon.stopped" in log.read_bytes()


# -- against Dovecot --------------------------------------------------------------------

@pytest.fixture
def blackhole() -> Iterator[int]:
    """A TCP port that accepts connections and never says a word (a hung server)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(server.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join(5)
    for conn in held:
        conn.close()
    server.close()


@pytest.mark.integration
def test_a_dead_server_stalls_no_other_mailbox(dovecot: Dovecot, smtp_server: SmtpServer,
                                               blackhole: int, tmp_path: Path) -> None:
    u = [dovecot.new_user() for _ in range(6)]
    citizen = f"borger.{uuid.uuid4().hex[:8]}@example.dk"
    dovecot.add_users([citizen])
    time.sleep(1.1)   # Dovecot re-reads its passwd-file at most once a second
    boxes = [Box("hovedpostkasse", u[0], pa=u[1], role="main_mailbox",
                 imap_port=blackhole),
             Box("borgmester-pa", u[2], pa=u[3])]
    rules = tmp_path / "rules.yaml"
    rules.write_text(rules_yaml(imap_port=dovecot.port, smtp_port=smtp_server.port,
                                boxes=boxes,
                                centres=[Centre("voksne-velfaerd", u[4], u[5])],
                                database=tmp_path / "bp.db",
                                cutoff="2026-11-01T00:00:00+01:00", poll_seconds=3600),
                     "utf-8")
    config = load_config(rules, env={PASSWORD_ENV: PASSWORD})
    store = Store.open(config.database)
    service = Service(config, store)
    service.start()
    try:
        dovecot.deliver(u[2], inquiry(1, sender=citizen, to=u[2], tag="dead"))
        receipts = wait_until(lambda: dovecot.messages(citizen), 120, what="the receipt")
        assert [header(bytes(d[b"BODY[]"]), "In-Reply-To") for d in receipts.values()] == [
            inquiry_id(1, "dead")]
    finally:
        assert service.stop(timeout=60), "a worker did not stop"
        store.engine.dispose()


def test_service_sends_the_weekly_digest(rules_copy: Path) -> None:
    """The time-driven work of a pass (reminders and the weekly digest) runs in the
    service too, not only in `run --once`."""
    from tests.conftest import DIGEST_LINE

    rules = _maildir_rules(rules_copy)
    rules.write_text(rules.read_text("utf-8").replace("digest: {enabled: false}",
                                                      DIGEST_LINE), "utf-8")
    base = rules.parent
    config = load_config(rules, env={})
    store = Store.open(config.database)
    monday = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)   # 09:00 in Copenhagen
    for mailbox in config.mailboxes:   # an installation running since last week
        store.mailbox_state(mailbox.id, "INBOX", monday - dt.timedelta(days=7))
    service = Service(config, store, lambda: monday, interval=0.2)
    service.start()
    def digest_states() -> set[str]:
        with store.sessions() as s:
            return {d.state for d in s.scalars(select(Outbox).where(Outbox.kind == "digest"))}

    try:
        # One digest per PA, each sent by its mailbox's worker: wait for all of them
        # (the first file in the outbox may come while another worker is mid-pass).
        wait_until(lambda: digest_states() == {"sent"}, 120, what="the weekly digests")
    finally:
        assert service.stop(timeout=60)
    assert any(b"Borgerpost: ugeoversigt" in p.read_bytes() for p in _outbox(base))
    store.engine.dispose()
