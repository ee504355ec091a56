"""Shared by the IMAP benchmarks (benchmarks/imap/) and the end-to-end and crash tests
(tests/integration/test_e2e_imap.py, test_crash.py): a rules.yaml written to the
DESIGN.md contract for Dovecot + SMTP, inquiries, an SMTP server that keeps sent mail
the way the mail server of a municipality does, and small helpers.

Why a server that keeps sent mail (`JournalingSmtp`): exactly once (DESIGN.md step 6)
means that, after a crash, the executor finds the Message-ID "where the server keeps
sent mail". Exchange Online saves every SMTP AUTH submission in the sender's Sent
Items, and a journal rule copies every accepted message to a journal mailbox; in both
the copy exists as soon as the server has accepted the message, whatever happens to
the client. `JournalingSmtp` does the same: it APPENDs the copy to the sender's `Sent`
(or a journal mailbox) before it delivers to the recipients and before it answers
250. With `append_to_sent: false` and `sent_folder: Sent`, Borgerpost's Sent-folder
check then sees every message the server accepted. (When Borgerpost APPENDs the copy
itself, `append_to_sent: true`, a crash between the server's 250 and that APPEND
leaves no copy, and the restarted daemon sends again: see benchmarks/imap/README.md.)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from imapclient import IMAPClient

ROOT = Path(__file__).resolve().parents[2]
PASSWORD_ENV = "BP_TEST_IMAP_PASSWORD"
CPH = dt.timezone(dt.timedelta(hours=1))

# Inquiries by centre: (subject, body). Each routes clearly to one centre of rules.yaml.
TOPICS = {
    "voksne-velfaerd": ("Hjemmeplejen kommer ikke",
                        "Hej\n\nMin mor får ikke den hjemmehjælp hun er visiteret til. "
                        "Hjemmeplejen er ikke kommet i tre dage.\n\nMvh"),
    "byudvikling-natur": ("Storskrald er ikke hentet",
                          "Hej\n\nVores storskrald er ikke hentet, og affald flyder på "
                          "fortovet ved genbrugsstationen.\n\nVenlig hilsen"),
}
CENTRE_NAMES = {"voksne-velfaerd": "Center for Voksne og Velfærd",
                "byudvikling-natur": "Center for Byudvikling og Natur"}
KEYWORDS = {"voksne-velfaerd": ["hjemmepleje", "hjemmehjælp", "plejebolig", "ældre"],
            "byudvikling-natur": ["affald", "storskrald", "genbrugsstation", "fortov"]}


@dataclass(frozen=True)
class Centre:
    id: str
    chief: str
    director: str


@dataclass(frozen=True)
class Box:
    """A watched mailbox: its id, role and address (= its Dovecot user)."""

    id: str
    address: str
    pa: str
    role: str = "mayor_pa"
    imap_port: int | None = None     # another server than the others' (a dead one)


def rules_yaml(*, imap_port: int, smtp_port: int, boxes: Sequence[Box],
               centres: Sequence[Centre], database: Path, cutoff: str | None = None,
               sent_folder: str | None = None, append_to_sent: bool | None = None,
               idle: bool | None = None, poll_seconds: int | None = None,
               smtp_rate: int | None = None, smtp_login: tuple[str, str] | None = None,
               message_id_domain: str | None = None) -> str:
    """rules.yaml to the DESIGN.md contract: `kind: imap`, `security: none`,
    `kind: smtp`; the password from the environment as ${BP_TEST_IMAP_PASSWORD}."""
    lines = ["municipality: Ishøj Kommune", "mode: live"]
    if cutoff:
        lines.append(f"cutoff: {cutoff}")
    lines += ["internal_domains: [ishoj.dk]",
              "authority_domains: [skat.dk, ast.dk, ufst.dk, politi.dk]",
              "calendar:", "  country: DK", '  closed_days: ["06-05", "12-24", "12-31"]',
              "  timezone: Europe/Copenhagen",
              "deadlines: {receipt_days: 10, draft_days: 7, advisor_callback_days: 1}",
              f"database: sqlite:///{database}"]
    if message_id_domain:
        lines.append(f"message_id_domain: {message_id_domain}")
    lines.append("centres:")
    for c in centres:
        lines += [f"  - id: {c.id}", f"    name: {CENTRE_NAMES[c.id]}",
                  f"    chief: {c.chief}", f"    director: {c.director}",
                  f"    keywords: [{', '.join(KEYWORDS[c.id])}]"]
    lines.append("mailboxes:")
    for b in boxes:
        source = (f"{{kind: imap, host: 127.0.0.1, port: {b.imap_port or imap_port}, "
                  "security: none, timeout_seconds: 10, "
                  f"username: {b.address}, password: ${{{PASSWORD_ENV}}}, folder: INBOX")
        if sent_folder:
            source += f", sent_folder: {sent_folder}"
        if idle is not None:
            source += f", idle: {'true' if idle else 'false'}"
        if poll_seconds is not None:
            source += f", poll_seconds: {poll_seconds}"
        source += "}"
        send = f"{{kind: smtp, host: 127.0.0.1, port: {smtp_port}, security: none"
        if smtp_login:
            send += f", auth: login, username: {smtp_login[0]}, password: {smtp_login[1]}"
        else:
            send += ", auth: none"
        if append_to_sent is not None:
            send += f", append_to_sent: {'true' if append_to_sent else 'false'}"
        if smtp_rate is not None:
            send += f", rate_per_minute: {smtp_rate}"
        send += "}"
        lines += [f"  - id: {b.id}", f"    role: {b.role}", f"    address: {b.address}",
                  f"    pa: {b.pa}", f"    source: {source}", f"    send: {send}",
                  "    receipt: auto", "    forward: auto"]
    lines.append('digest: {weekday: monday, time: "07:00"}')
    return "\n".join(lines) + "\n"


def inquiry(n: int, *, sender: str, to: str, centre: str = "voksne-velfaerd",
            name: str = "Karen Jensen", cpr: bool = False, tag: str = "bp") -> bytes:
    """An inquiry from a citizen; Message-ID `<inq-{tag}-{n}@borger.example>`."""
    subject, body = TOPICS[centre]
    if cpr:
        body += "\n\nMin mors CPR-nummer er 120437-1234."
    text = (f"From: {name} <{sender}>\r\nTo: {to}\r\nSubject: {subject} ({n})\r\n"
            f"Date: Mon, 16 Nov 2026 08:55:00 +0100\r\n"
            f"Message-ID: {inquiry_id(n, tag)}\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
            f"\r\n{body.replace(chr(10), chr(13) + chr(10))}\r\n")
    return text.encode("utf-8")


def inquiry_id(n: int, tag: str = "bp") -> str:
    return f"<inq-{tag}-{n}@borger.example>"


def header(raw: bytes, name: str) -> str | None:
    head = raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n ", b" ").replace(b"\r\n\t", b" ")
    match = re.search(rb"(?im)^" + re.escape(name.encode()) + rb":[ \t]*(.*?)\s*$", head)
    return match.group(1).decode("utf-8", "replace") if match else None


def wait_until(predicate: Callable[[], Any], timeout: float = 120.0,
               interval: float = 0.2, what: str = "condition") -> Any:
    """Poll until `predicate()` is truthy; fail (AssertionError) after a generous
    timeout. A liveness guard, not a timing assertion."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what} after {timeout:.0f} s")
        time.sleep(interval)


# -- reading mailboxes ----------------------------------------------------------------------

class Imap:
    """A cache of logged-in IMAP connections to one server (one per user), for APPENDs
    and reads in loops; each use is under a lock, so threads may share it."""

    def __init__(self, host: str, port: int, password: str) -> None:
        self.host, self.port, self.password = host, port, password
        self._clients: dict[str, IMAPClient] = {}
        self._lock = threading.Lock()

    MAX_OPEN = 32   # Dovecot limits connections (default_client_limit); 1,000 citizens

    def _client(self, user: str) -> IMAPClient:
        client = self._clients.pop(user, None)
        if client is None:
            while len(self._clients) >= self.MAX_OPEN:
                oldest = next(iter(self._clients))
                stale = self._clients.pop(oldest)
                with contextlib.suppress(Exception):
                    stale.logout()
            client = IMAPClient(self.host, self.port, ssl=False, timeout=30)
            client.login(user, self.password)
        self._clients[user] = client   # most recently used last
        return client

    def run(self, user: str, operation: Callable[[IMAPClient], Any]) -> Any:
        with self._lock:
            for attempt in (1, 2):
                try:
                    return operation(self._client(user))
                except Exception:
                    stale = self._clients.pop(user, None)
                    if stale is not None:
                        with contextlib.suppress(Exception):
                            stale.shutdown()
                    if attempt == 2:
                        raise
        raise AssertionError("unreachable")

    def append(self, user: str, raw: bytes, folder: str = "INBOX",
               flags: Sequence[bytes] = (), when: dt.datetime | None = None) -> None:
        def op(client: IMAPClient) -> None:
            client.append(folder, raw, flags=tuple(flags), msg_time=when)
        self.run(user, op)

    def headers(self, user: str, folder: str = "INBOX",
                fields: str = "MESSAGE-ID IN-REPLY-TO CC") -> list[dict[str, str]]:
        """The named header fields of every message in `folder` (EXAMINE, PEEK)."""
        def op(client: IMAPClient) -> list[dict[str, str]]:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            if not uids:
                return []
            key = f"BODY[HEADER.FIELDS ({fields})]".encode()
            out = []
            for data in client.fetch(uids, [f"BODY.PEEK[HEADER.FIELDS ({fields})]"]).values():
                raw = data.get(key, b"")
                out.append({name: header(raw + b"\r\n\r\n", name) or ""
                            for name in fields.lower().split()})
            return out
        return list(self.run(user, op))

    def count(self, user: str, folder: str = "INBOX") -> int:
        def op(client: IMAPClient) -> int:
            status = client.folder_status(folder, [b"MESSAGES"])
            return int(status[b"MESSAGES"])
        return int(self.run(user, op))

    def close(self) -> None:
        with self._lock:
            for client in self._clients.values():
                with contextlib.suppress(Exception):
                    client.logout()
            self._clients.clear()


# -- the SMTP server ------------------------------------------------------------------------

@dataclass
class Accepted:
    message_id: str
    in_reply_to: str
    kind: str                  # receipt | forward | other (by the Message-ID)
    at: float                  # time.monotonic() just before the 250


@dataclass
class _Handler:
    imap: Imap | None
    users: set[str]
    journal_folder: str | None
    deliver: bool
    accepted: list[Accepted] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        sender = str(envelope.mail_from or "").lower()
        mid = header(raw, "Message-ID") or ""
        try:
            if self.imap is not None:
                # The server keeps sent mail first (Exchange's Sent Items / a journal),
                # then delivers: a copy exists for every message any recipient got.
                if self.journal_folder and sender in self.users:
                    self.imap.append(sender, raw, self.journal_folder, flags=(b"\\Seen",))
                if self.deliver:
                    for rcpt in envelope.rcpt_tos:
                        if rcpt.lower() in self.users:
                            trace = (f"Return-Path: <{sender}>\r\n"
                                     f"Delivered-To: {rcpt.lower()}\r\n").encode()
                            self.imap.append(rcpt.lower(), trace + raw)
        except Exception:
            return "451 4.3.0 Local delivery failed"
        kind = ("receipt" if ".receipt@" in mid else "forward" if ".forward@" in mid
                else "other")
        with self.lock:
            self.accepted.append(Accepted(mid, header(raw, "In-Reply-To") or "", kind,
                                          time.monotonic()))
        return "250 OK"


class JournalingSmtp:
    """aiosmtpd on a free loopback port; see the module docstring. `deliver=False`
    keeps the copy only (benchmarks that need no recipient mailboxes)."""

    host = "127.0.0.1"

    def __init__(self, imap: Imap | None, users: Iterable[str], *, port: int,
                 journal_folder: str | None = "Sent", deliver: bool = True) -> None:
        self.port = port
        self.handler = _Handler(imap, {u.lower() for u in users}, journal_folder, deliver)
        self.controller = Controller(self.handler, hostname=self.host, port=port)

    @property
    def accepted(self) -> list[Accepted]:
        with self.handler.lock:
            return list(self.handler.accepted)

    def kinds(self) -> Counter[str]:
        return Counter(a.kind for a in self.accepted)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.controller.stop()


# -- the daemon as a subprocess ------------------------------------------------------------

def borgerpost(*args: str, env: dict[str, str], stdout: Any = subprocess.PIPE,
               stderr: Any = subprocess.PIPE) -> subprocess.Popen[bytes]:
    """`python ARGS` in the repository (ARGS from service_argv), the password in env."""
    full = {**os.environ, **env}
    full.pop("BORGERPOST_DATABASE_URL", None)
    return subprocess.Popen([sys.executable, *args], cwd=ROOT,
                            env=full, stdout=stdout, stderr=stderr,
                            stdin=subprocess.DEVNULL)


def run_once(config: Path, env: dict[str, str], *extra: str,
             timeout: float = 300) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **env}
    full.pop("BORGERPOST_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "daemon.cli", "run", "--once",
                           "--config", str(config), *extra], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=timeout, check=False)


def peak_rss_mb(pid: int) -> float:
    """VmHWM of a running process (its peak resident set), in MB."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def tree_cpu_s(root_pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and all its descendants,
    including descendants that have already exited and been reaped (their time is in
    their parent's cutime/cstime). Read from /proc; for the benchmarks' CPU budget."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, list[str]]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            text = (entry / "stat").read_text()
            # the command name is in parentheses and may hold spaces: split after it
            fields = text[text.rindex(")") + 2:].split()
            stats[int(entry.name)] = (int(fields[1]), fields)
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        if pid not in stats:
            continue
        fields = stats[pid][1]
        # fields[11..14] = utime, stime, cutime, cstime (stat fields 14-17)
        total += sum(int(v) for v in fields[11:15])
        todo.extend(children.get(pid, []))
    return total / tick


def terminate(process: subprocess.Popen[bytes], timeout: float = 60) -> int:
    """SIGTERM, then wait; SIGKILL if it does not leave."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return int(process.returncode)


def wait_for_line(path: Path, needle: str, process: subprocess.Popen[bytes] | None = None,
                  timeout: float = 120.0, start: int = 0) -> None:
    """Wait until the log file at `path` holds `needle` after byte `start`."""
    def seen() -> bool:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the daemon exited ({process.returncode}) before "
                                 f"{needle!r}: {path.read_text('utf-8', 'replace')[-2000:]}")
        try:
            with path.open("rb") as fh:
                fh.seek(start)
                return needle.encode() in fh.read()
        except FileNotFoundError:
            return False
    wait_until(seen, timeout, 0.02, needle)


def service_argv(config: Path) -> list[str]:
    """`borgerpost run` (the service) as a module invocation. Until daemon/cli.py's
    cmd_run calls daemon.service.run_service, `python -m daemon.service` is the same."""
    import inspect

    import daemon.cli

    if "run_service" in inspect.getsource(daemon.cli.cmd_run):
        return ["-m", "daemon.cli", "run", "--config", str(config)]
    return ["-m", "daemon.service", "--config", str(config)]


# -- the crash test ---------------------------------------------------------------------------

@dataclass
class CrashResult:
    inquiries: int
    kills: int
    kills_while_busy: int
    lost_receipts: int
    doubled_receipts: int
    lost_forwards: int
    doubled_forwards: int
    recovered: int          # sends found in Sent after a crash and not sent again
    quarantined: int        # inquiries quarantined as "crashed_repeatedly" (no receipt)
    seconds: float

    @property
    def ok(self) -> bool:
        return not (self.lost_receipts or self.doubled_receipts or self.lost_forwards
                    or self.doubled_forwards)

    def line(self) -> str:
        return (f"inquiries {self.inquiries}  kills {self.kills} "
                f"({self.kills_while_busy} while sending or deciding)  "
                f"receipts lost {self.lost_receipts} doubled {self.doubled_receipts}  "
                f"forwards lost {self.lost_forwards} doubled {self.doubled_forwards}  "
                f"recovered from Sent {self.recovered}  quarantined as crashed_repeatedly "
                f"{self.quarantined}  {self.seconds:.0f} s")


def crash_test(*, host: str, imap_port: int, password: str, boxes: Sequence[Box],
               centres: Sequence[Centre], citizens: Sequence[str], users: Iterable[str],
               workdir: Path, inquiries: int, kills: int, seed: int,
               server_keeps_copy: bool = True, max_delay: float = 1.2,
               settle_timeout: float = 600.0, stall_timeout: float = 90.0,
               tag: str = "crash",
               progress: Callable[[str], None] | None = None) -> CrashResult:
    """Deliver `inquiries` in waves; start the service, SIGKILL it at a random moment
    after it started, `kills` times; then let it finish and count, by In-Reply-To and
    Message-ID, what reached the citizens and the chiefs.

    server_keeps_copy: the SMTP server journals into the sender's Sent before it
    delivers (append_to_sent: false); otherwise Borgerpost APPENDs its copy after the
    server's 250 (append_to_sent: true) and the server keeps none.
    """
    import random
    import socket

    rng = random.Random(seed)
    started = time.monotonic()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        smtp_port = int(sock.getsockname()[1])
    server_imap = Imap(host, imap_port, password)
    reader = Imap(host, imap_port, password)
    smtp = JournalingSmtp(server_imap, users, port=smtp_port,
                          journal_folder="Sent" if server_keeps_copy else None)
    smtp.start()
    config = workdir / "rules.yaml"
    config.write_text(rules_yaml(
        imap_port=imap_port, smtp_port=smtp_port, boxes=boxes, centres=centres,
        database=workdir / "borgerpost.db", cutoff="2026-01-01T00:00:00+01:00",
        sent_folder="Sent", append_to_sent=not server_keeps_copy, poll_seconds=30,
        smtp_rate=10000), "utf-8")
    env = {PASSWORD_ENV: password}
    log = workdir / "daemon.log"
    centre_ids = [c.id for c in centres]
    plan = []
    for n in range(inquiries):
        box = boxes[n % len(boxes)]
        plan.append((n, box, citizens[n % len(citizens)], centre_ids[(n // 2) % len(centre_ids)]))
    waves = [plan[i::kills + 1] for i in range(kills + 1)]
    busy = 0

    def deliver(wave: list[tuple[int, Box, str, str]]) -> None:
        for n, box, citizen, centre in wave:
            server_imap.append(box.address, inquiry(n, sender=citizen, to=box.address,
                                                    centre=centre, tag=tag))

    def start() -> tuple[subprocess.Popen[bytes], int]:
        offset = log.stat().st_size if log.exists() else 0
        err = log.open("ab")
        try:
            process = borgerpost(*service_argv(config), env=env,
                                 stdout=subprocess.DEVNULL, stderr=err)
        finally:
            err.close()
        return process, offset

    try:
        for k in range(kills):
            deliver(waves[k])
            before = len(smtp.accepted)
            process, offset = start()
            wait_for_line(log, "daemon.started", process, start=offset)
            time.sleep(rng.uniform(0.0, max_delay))
            decided_before = log.read_bytes()[offset:].count(b"message.decided")
            process.kill()
            process.wait()
            if len(smtp.accepted) > before or decided_before:
                busy += 1
            if progress and (k + 1) % 10 == 0:
                progress(f"  {k + 1} kills, {len(smtp.accepted)} mails accepted")
        deliver(waves[kills])
        process, offset = start()
        wanted = {inquiry_id(n, tag) for n, *_ in plan}

        progress_at = [time.monotonic(), -1]

        def done() -> bool:
            got = smtp.accepted
            receipts = {a.in_reply_to for a in got if a.kind == "receipt"}
            forwards = {a.in_reply_to for a in got if a.kind == "forward"}
            if wanted <= receipts and wanted <= forwards:
                return True
            if len(got) != progress_at[1]:
                progress_at[:] = [time.monotonic(), len(got)]
            # Nothing more for a long while: what is missing is lost (counted below).
            return time.monotonic() - progress_at[0] > stall_timeout

        try:
            wait_until(done, settle_timeout, 0.5, "every receipt and forward")
        except AssertionError:
            pass   # counted below as lost
        finally:
            terminate(process)
        # Count at the recipients, by the inquiry each mail answers and by Message-ID.
        receipts: Counter[str] = Counter()
        receipt_ids: Counter[str] = Counter()
        for citizen in set(citizens):
            for h in reader.headers(citizen):
                receipts[h["in-reply-to"]] += 1
                receipt_ids[h["message-id"]] += 1
        forwards: Counter[str] = Counter()
        forward_ids: Counter[str] = Counter()
        for centre in centres:
            for h in reader.headers(centre.chief):
                forwards[h["in-reply-to"]] += 1
                forward_ids[h["message-id"]] += 1
        text = log.read_bytes()
        recovered = text.count(b"outbox.recovered")
        quarantined = text.count(b"crashed_repeatedly")
    finally:
        smtp.stop()
        server_imap.close()
        reader.close()
    def extra(counts: Counter[str]) -> int:
        return sum(c - 1 for c in counts.values() if c > 1)

    # A second copy shows twice: the same inquiry answered, the same Message-ID.
    doubled_r = max(extra(receipts), extra(receipt_ids))
    doubled_f = max(extra(forwards), extra(forward_ids))
    return CrashResult(
        inquiries=inquiries, kills=kills, kills_while_busy=busy,
        lost_receipts=len(wanted - set(receipts)), doubled_receipts=doubled_r,
        lost_forwards=len(wanted - set(forwards)), doubled_forwards=doubled_f,
        recovered=recovered, quarantined=quarantined, seconds=time.monotonic() - started)
