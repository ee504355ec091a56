"""Fixtures from tests/servers (Dovecot, aiosmtpd).

The repository root goes on sys.path so that `tests.servers` imports however pytest is
started (the editable install maps only `daemon` and `classifiers`).
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.servers.dovecot import dovecot, private_dovecot  # noqa: E402,F401  (fixtures)
from tests.servers.smtp import smtp_factory, smtp_server  # noqa: E402,F401  (fixtures)
