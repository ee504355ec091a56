"""The crash test, short variant (issue 5): inquiries in waves, the service SIGKILLed at
random moments and restarted each time; at the end every inquiry has exactly one
receipt and one forward in the recipients' Dovecot mailboxes. The long variant (1,000
inquiries, 200 kills) is benchmarks/imap/crash.py.

The SMTP server keeps sent mail as the municipality's server does (Exchange's Sent
Items for SMTP submissions, or a journal mailbox): see benchmarks/imap/harness.py. The
daemon's Sent-folder check (`sent_folder: Sent`, `append_to_sent: false`) is what
makes a restart after a kill between the server's 250 and the outbox commit not send
again.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

from benchmarks.imap.harness import Box, Centre, crash_test
from tests.servers.dovecot import PASSWORD, Dovecot

pytestmark = pytest.mark.integration

INQUIRIES = 60
KILLS = 15
SEED = 5_2026


def test_sigkill_at_random_moments_loses_nothing_and_doubles_nothing(
        dovecot: Dovecot, tmp_path: Path) -> None:
    u = [dovecot.new_user() for _ in range(8)]
    tag = uuid.uuid4().hex[:8]
    citizens = [f"borger{i}.{tag}@example.dk" for i in range(INQUIRIES)]
    dovecot.add_users(citizens)
    time.sleep(1.1)   # Dovecot re-reads its passwd-file at most once a second
    boxes = [Box("borgmester-pa", u[0], pa=u[1]),
             Box("hovedpostkasse", u[2], pa=u[3], role="main_mailbox")]
    centres = [Centre("voksne-velfaerd", u[4], u[5]), Centre("byudvikling-natur", u[6], u[7])]
    result = crash_test(host=dovecot.host, imap_port=dovecot.port, password=PASSWORD,
                        boxes=boxes, centres=centres, citizens=citizens,
                        users=list(dovecot.users), workdir=tmp_path,
                        inquiries=INQUIRIES, kills=KILLS, seed=SEED, tag=tag,
                        settle_timeout=240)
    print(result.line())
    assert result.kills == KILLS
    assert (result.lost_receipts, result.doubled_receipts) == (0, 0), result.line()
    assert (result.lost_forwards, result.doubled_forwards) == (0, 0), result.line()
