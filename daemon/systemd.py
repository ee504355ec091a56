"""systemd integration: sd_notify (Type=notify, watchdog) and credentials.

sd_notify is a datagram on the unix socket named by $NOTIFY_SOCKET (sd_notify(3)); a
dozen lines, so we write them rather than depend on the unmaintained `sdnotify` package.
Without $NOTIFY_SOCKET (not under systemd) every call does nothing.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path


def notify(*states: str) -> bool:
    """Send e.g. notify("READY=1", "STATUS=…"). Returns False when not under systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address or not states:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]   # an abstract socket (sd_notify(3))
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
        try:
            sock.connect(address)
            sock.sendall("\n".join(states).encode("utf-8"))
        except OSError:
            return False
    return True


def watchdog_interval() -> float | None:
    """Seconds between WATCHDOG=1 pings (half of WatchdogSec), or None when not asked."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return int(usec) / 2_000_000
    except ValueError:
        return None


def credentials() -> dict[str, str]:
    """Secrets passed with LoadCredential= (systemd.exec(5)), by credential name.

    They stand in for ${NAME} in rules.yaml when the environment has no NAME, so that no
    secret needs to live in an environment file.
    """
    directory = os.environ.get("CREDENTIALS_DIRECTORY")
    if not directory:
        return {}
    found: dict[str, str] = {}
    for entry in Path(directory).iterdir():
        if entry.is_file():
            found[entry.name] = entry.read_text("utf-8").rstrip("\n")
    return found
