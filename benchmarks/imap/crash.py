"""The long crash test (issue 5): 1,000 inquiries, the service SIGKILLed at random
moments at least 200 times and restarted each time; prints lost and doubled receipts
and forwards, counted in the recipients' Dovecot mailboxes.

    .venv/bin/python benchmarks/imap/crash.py [--inquiries 1000] [--kills 200]
        [--seed 5] [--client-append]

Starts its own Dovecot (tests/servers/dovecot.py) and SMTP server (harness.py). By
default the SMTP server keeps the sent copy (as Exchange does for SMTP submissions;
`append_to_sent: false`). --client-append makes Borgerpost APPEND the copy itself
after the server's 250 (`append_to_sent: true`), to measure that window.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.imap.harness import Box, Centre, crash_test  # noqa: E402
from tests.servers.dovecot import PASSWORD, Dovecot, find_dovecot  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inquiries", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--max-delay", type=float, default=1.2,
                        help="seconds after daemon.started within which to kill")
    parser.add_argument("--client-append", action="store_true")
    args = parser.parse_args()
    binary = find_dovecot()
    if binary is None:
        print("dovecot is not installed (apt-get install dovecot-imapd)", file=sys.stderr)
        return 2
    staff = [f"{name}@ishoj.dk" for name in (
        "borgmester", "pa.borgmester", "ishoj", "postkasse.team", "centerchef.cvv",
        "direktoer.social", "centerchef.cbn", "direktoer.teknik")]
    citizens = [f"borger{i}@example.dk" for i in range(args.inquiries)]
    dovecot = Dovecot(binary, [*staff, *citizens])
    dovecot.start()
    try:
        boxes = [Box("borgmester-pa", staff[0], pa=staff[1]),
                 Box("hovedpostkasse", staff[2], pa=staff[3], role="main_mailbox")]
        centres = [Centre("voksne-velfaerd", staff[4], staff[5]),
                   Centre("byudvikling-natur", staff[6], staff[7])]
        with tempfile.TemporaryDirectory(prefix="bp-crash-") as work:
            result = crash_test(
                host=dovecot.host, imap_port=dovecot.port, password=PASSWORD, boxes=boxes,
                centres=centres, citizens=citizens, users=dovecot.users,
                workdir=Path(work), inquiries=args.inquiries, kills=args.kills,
                seed=args.seed, server_keeps_copy=not args.client_append,
                max_delay=args.max_delay, settle_timeout=900,
                progress=lambda line: print(line, flush=True))
    finally:
        dovecot.cleanup()
    mode = ("Borgerpost APPENDs to Sent after the 250 (append_to_sent: true)"
            if args.client_append else "the server keeps the sent copy (append_to_sent: false)")
    print(f"crash test {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
          f"{platform.node()}, seed {args.seed}; {mode}")
    print(result.line())
    print("OK: 0 lost, 0 doubled" if result.ok else "FAILED")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
