"""IMAP benchmarks (issue 5) against a Dovecot of their own and an SMTP server that keeps
the sent copy (harness.JournalingSmtp, no delivery to recipients):

* throughput: APPEND N inquiries (default 10,000) into two watched mailboxes, start the
  service (`borgerpost run`), and time until every receipt is accepted by SMTP;
* latency: with the service idling in IDLE, APPEND one inquiry at a time (default 200)
  and time APPEND → receipt accepted by SMTP; p50 and p95;
* peak RSS of the daemon process (VmHWM);
* baseline: imapclient alone fetching (BODY.PEEK[], batches of 50) and parsing
  (email, policy.default) the same messages.

    .venv/bin/python benchmarks/imap/run.py [--messages 10000] [--latency 200]
                                            [--mail-format maildir|sdbox|mdbox]
"""

from __future__ import annotations

import argparse
import datetime as dt
import email
import email.policy
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from imapclient import IMAPClient  # noqa: E402

from benchmarks.imap.harness import (  # noqa: E402
    PASSWORD_ENV,
    Box,
    Centre,
    Imap,
    JournalingSmtp,
    borgerpost,
    inquiry,
    inquiry_id,
    peak_rss_mb,
    rules_yaml,
    service_argv,
    terminate,
    tree_cpu_s,
    wait_for_line,
    wait_until,
)
from tests.servers.dovecot import PASSWORD, Dovecot, find_dovecot, free_port  # noqa: E402

STAFF = ["borgmester", "pa.borgmester", "ishoj", "postkasse.team", "centerchef.cvv",
         "direktoer.social", "centerchef.cbn", "direktoer.teknik"]


def baseline(dovecot: Dovecot, users: list[str]) -> tuple[int, float]:
    """imapclient fetch + email parse of every message in the users' INBOXes."""
    started = time.perf_counter()
    count = 0
    for user in users:
        client = IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=60)
        client.login(user, PASSWORD)
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        for start in range(0, len(uids), 50):
            batch = uids[start:start + 50]
            for data in client.fetch(batch, [b"BODY.PEEK[]", b"INTERNALDATE"]).values():
                msg = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
                body = msg.get_body(("plain", "html"))
                _ = (msg["subject"], msg["from"], body.get_content() if body else "")
                count += 1
        client.logout()
    return count, time.perf_counter() - started


def cpu_now(dovecot: Dovecot, daemon_pid: int | None = None) -> dict[str, float]:
    """CPU seconds so far: Dovecot's process tree, the daemon's, and this process apart
    from its main thread (the main thread only APPENDs or polls; the SMTP server and the
    journal APPENDs it makes run in aiosmtpd's thread)."""
    assert dovecot.pid is not None
    times = os.times()
    own = times.user + times.system
    return {"dovecot": tree_cpu_s(dovecot.pid),
            "daemon": tree_cpu_s(daemon_pid) if daemon_pid else 0.0,
            "smtp": own - time.thread_time(), "client": time.thread_time()}


def cpu_since(before: dict[str, float], dovecot: Dovecot,
              daemon_pid: int | None = None) -> dict[str, float]:
    after = cpu_now(dovecot, daemon_pid)
    return {k: after[k] - before[k] for k in before}


def detect_ms(centres: list[str], samples: int = 500) -> float:
    """CPU ms of one `classifiers.sensitive.detect` call on an inquiry body of this run
    (built and warmed first): the least NLP a daemon does per inquiry."""
    from benchmarks.imap.harness import TOPICS
    from classifiers.sensitive import detect
    bodies = [TOPICS[c][1] for c in centres]
    detect(bodies[0])
    started = time.process_time()
    for k in range(samples):
        detect(bodies[k % len(bodies)])
    return (time.process_time() - started) / samples * 1000


def print_budget(cpu: dict[str, float], inquiries: int, rate: float,
                 base_rate: float, base_client_ms: float, nlp_ms: float) -> None:
    """Where the machine's CPU went per inquiry, and what that allows. With C cores, no
    end-to-end rate can exceed C / (CPU per inquiry): the servers' share alone sets a
    ceiling that no daemon, however fast, can pass."""
    per = {k: v / inquiries * 1000 for k, v in cpu.items()}
    cores = os.cpu_count() or 1
    servers = per["dovecot"] + per["smtp"]
    print(f"  CPU per inquiry: daemon {per['daemon']:.2f} ms, Dovecot {per['dovecot']:.2f} ms,"
          f" SMTP server with its journal APPENDs {per['smtp']:.2f} ms "
          f"(total {per['daemon'] + servers:.2f} ms on {cores} cores)", flush=True)
    print(f"  ceiling set by the servers alone (a daemon costing nothing): "
          f"{cores * 1000 / servers:.0f} msg/s; a third of the baseline is "
          f"{base_rate / 3:.0f} msg/s", flush=True)
    budget = cores * 1000 / (base_rate / 3) - servers
    print(f"  at a third of the baseline the daemon may spend {budget:.2f} ms of CPU per "
          f"inquiry; fetch + parse alone (the baseline client) costs {base_client_ms:.2f} ms "
          f"and one detect() on the body {nlp_ms:.2f} ms", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--latency", type=int, default=200)
    parser.add_argument("--mail-format", default="maildir",
                        help="Dovecot storage: maildir (default), sdbox or mdbox")
    args = parser.parse_args()
    binary = find_dovecot()
    if binary is None:
        print("dovecot is not installed (apt-get install dovecot-imapd)", file=sys.stderr)
        return 2
    staff = [f"{name}@ishoj.dk" for name in STAFF]
    dovecot = Dovecot(binary, staff, mail_format=args.mail_format)
    dovecot.start()
    imap = Imap(dovecot.host, dovecot.port, PASSWORD)
    smtp = JournalingSmtp(imap, staff, port=free_port(), journal_folder="Sent",
                          deliver=False)
    smtp.start()
    boxes = [Box("borgmester-pa", staff[0], pa=staff[1]),
             Box("hovedpostkasse", staff[2], pa=staff[3], role="main_mailbox")]
    centres = [Centre("voksne-velfaerd", staff[4], staff[5]),
               Centre("byudvikling-natur", staff[6], staff[7])]
    centre_ids = [c.id for c in centres]
    work = Path(tempfile.mkdtemp(prefix="bp-bench-"))
    config = work / "rules.yaml"
    config.write_text(rules_yaml(
        imap_port=dovecot.port, smtp_port=smtp.port, boxes=boxes, centres=centres,
        database=work / "borgerpost.db", cutoff="2026-01-01T00:00:00+01:00",
        sent_folder="Sent", append_to_sent=False, smtp_rate=10000), "utf-8")
    log = work / "daemon.log"
    process: subprocess.Popen[bytes] | None = None
    try:
        # -- APPEND everything ------------------------------------------------------
        t = time.perf_counter()
        for n in range(args.messages):
            box = boxes[n % 2]
            imap.append(box.address, inquiry(n, sender=f"borger{n}@example.dk",
                                             to=box.address,
                                             centre=centre_ids[(n // 2) % 2], tag="tp"))
        append_s = time.perf_counter() - t
        print(f"appended {args.messages} inquiries in {append_s:.1f} s", flush=True)

        # -- baseline ---------------------------------------------------------------
        cpu0 = cpu_now(dovecot)
        base_n, base_s = baseline(dovecot, [b.address for b in boxes])
        base_rate = base_n / base_s
        base_cpu = cpu_since(cpu0, dovecot)
        print(f"baseline (imapclient fetch + email parse): {base_n} messages in "
              f"{base_s:.1f} s = {base_rate:.0f} msg/s", flush=True)
        print(f"  CPU per message: baseline client {base_cpu['client'] / base_n * 1000:.2f} ms"
              f", Dovecot {base_cpu['dovecot'] / base_n * 1000:.2f} ms", flush=True)

        # -- throughput -------------------------------------------------------------
        wanted = args.messages
        with log.open("wb") as err:
            spawned = time.monotonic()
            process = borgerpost(*service_argv(config), env={PASSWORD_ENV: PASSWORD},
                                 stdout=subprocess.DEVNULL, stderr=err)
        wait_for_line(log, "daemon.started", process, timeout=300)
        ready = time.monotonic()
        cpu0 = cpu_now(dovecot, process.pid)
        last_report = [ready]

        def all_receipts() -> bool:
            got = smtp.kinds()["receipt"]
            if time.monotonic() - last_report[0] > 30:
                last_report[0] = time.monotonic()
                print(f"  {got} receipts after {time.monotonic() - ready:.0f} s "
                      f"(RSS peak {peak_rss_mb(process.pid):.0f} MB)", flush=True)
            return got >= wanted

        wait_until(all_receipts, 6 * 3600, 0.2, "all receipts")
        cpu = cpu_since(cpu0, dovecot, process.pid)
        receipts = [a for a in smtp.accepted if a.kind == "receipt"]
        done = max(a.at for a in receipts)
        total_s = done - ready
        rate = wanted / total_s
        print(f"throughput: {wanted} inquiries, every receipt accepted by SMTP "
              f"{total_s:.1f} s after daemon.started ({done - spawned:.1f} s after exec) "
              f"= {rate:.1f} msg/s end to end ({len(smtp.accepted)} mails sent)", flush=True)
        print_budget(cpu, wanted, rate, base_rate, base_cpu["client"] / base_n * 1000,
                     detect_ms(centre_ids))

        # -- latency, one at a time, with IDLE --------------------------------------
        latencies = []
        for k in range(args.latency):
            n = 1_000_000 + k
            box = boxes[k % 2]
            mid = inquiry_id(n, "lat")
            raw = inquiry(n, sender=f"borger{n}@example.dk", to=box.address,
                          centre=centre_ids[k % 2], tag="lat")
            t0 = time.monotonic()
            imap.append(box.address, raw)
            hit = wait_until(lambda m=mid: next((a for a in smtp.accepted
                                                 if a.kind == "receipt"
                                                 and a.in_reply_to == m), None),
                             300, 0.005, f"receipt {k}")
            latencies.append(hit.at - t0)
            time.sleep(0.05)
        latencies.sort()
        p50 = statistics.median(latencies)
        p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
        print(f"latency APPEND -> receipt accepted by SMTP, {len(latencies)} one at a "
              f"time with IDLE: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
              f"max {latencies[-1] * 1000:.0f} ms", flush=True)
        rss = peak_rss_mb(process.pid)
        print(f"peak RSS of the daemon: {rss:.0f} MB", flush=True)
        code = terminate(process)
        process = None
        print(f"daemon stopped by SIGTERM, exit {code}")
        print(f"ratio to baseline: {rate / base_rate:.2f} (target >= 0.33)")
        print(f"machine: {platform.node()}, {os.cpu_count()} cores, Python "
              f"{platform.python_version()}, Dovecot {'.'.join(map(str, dovecot.version))}; "
              f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
        targets = (p95 <= 2.0, rate >= 50, rate >= base_rate / 3, rss <= 300)
        print("targets (p95<=2s, >=50 msg/s, >=1/3 baseline, RSS<=300MB): "
              + ", ".join("met" if t else "MISSED" for t in targets))
    finally:
        if process is not None:
            terminate(process)
        smtp.stop()
        imap.close()
        dovecot.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
