"""A real Dovecot IMAP server for the integration and contract tests.

`dovecot` (session scope) writes a standalone Dovecot configuration into a fresh
directory under /tmp, starts `dovecot -F -c CONF` on a free loopback port and stops it
at the end of the session. Users live in a passwd-file that the tests may extend while
the server runs (Dovecot re-reads the file when it changes), so a test that needs an
empty mailbox asks for `dovecot.new_user()` instead of cleaning up after others.

Running as root: Dovecot refuses to run mail processes as root, so every user maps to
uid/gid 65534 (nobody/nogroup), `first_valid_uid = 1`, and the mail directory belongs
to nobody. The directory is created under /tmp with mode 0755 (not pytest's 0700 tmp
dir) because the mail processes, running as nobody, must reach it.

Missing Dovecot: the tests skip with a reason, unless BORGERPOST_REQUIRE_SERVERS is set
(CI sets it), in which case they fail. See tests/servers/README.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml
from imapclient import IMAPClient

from daemon.config.schema import ImapSource

from .tls import write_self_signed

PASSWORD = "test-password"
NOBODY_UID = 65534
NOBODY_GID = 65534
POOL = 400   # users u1..u400@test.ishoj.dk for new_user()
REPO = Path(__file__).resolve().parents[2]

# The citizen and a second outside sender; every address in rules.yaml is added to them.
CITIZENS = ("borger@example.dk", "anden.borger@example.org")


def rules_addresses(path: Path = REPO / "rules.yaml") -> list[str]:
    """The centre chiefs, directors, watched mailboxes and PAs named in rules.yaml."""
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except OSError:
        return []
    found: list[str] = []
    for centre in data.get("centres") or []:
        found += [centre.get("chief"), centre.get("director")]
    for mailbox in data.get("mailboxes") or []:
        found += [mailbox.get("address"), mailbox.get("pa")]
    return sorted({a.lower() for a in found if isinstance(a, str) and "@" in a})


def find_dovecot() -> str | None:
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)),
        None)


def require_or_skip(what: str, install: str) -> None:
    """Skip (or, under BORGERPOST_REQUIRE_SERVERS, fail) because `what` is missing."""
    reason = f"{what} is not installed ({install})"
    if os.environ.get("BORGERPOST_REQUIRE_SERVERS"):
        pytest.fail(f"{reason}; BORGERPOST_REQUIRE_SERVERS is set", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def dovecot_version(binary: str) -> tuple[int, int]:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    match = re.match(r"(\d+)\.(\d+)", out.stdout.strip())
    if not match:
        raise RuntimeError(f"cannot read the Dovecot version from {out.stdout!r}")
    return int(match.group(1)), int(match.group(2))


def _oauth2_ext(introspection_url: str) -> str:
    """dovecot-oauth2.conf.ext (Dovecot 2.3 oauth2 passdb), against tests/servers/entra.py.

    RFC 7662 introspection by POST (`introspection_mode = post`, as the Dovecot
    documentation's WSO2 example); no tokeninfo_url, so every login is introspected. The
    token must be active and name the login user; its roles must include
    IMAP.AccessAsApp (Exchange Online's app permission for IMAP).
    """
    return f"""\
# Written by tests/servers/dovecot.py. Test use only.
introspection_mode = post
introspection_url = {introspection_url}
username_attribute = username
active_attribute = active
active_value = true
scope = IMAP.AccessAsApp
timeout_msecs = 5000
"""


def _oauth2_23(root: Path, introspection_url: str | None) -> tuple[str, str, str]:
    """(auth_mechanisms, passwd-file passdb lines, oauth2 passdb block) for Dovecot 2.3.

    Without oauth2 the first two are what the configuration always had and the third is
    empty. With it, the passwd-file passdb serves PLAIN and LOGIN only (the fixtures'
    own connections), the oauth2 passdb XOAUTH2 and OAUTHBEARER only: a token is never
    compared with a password, nor a password introspected.
    """
    if introspection_url is None:
        return "plain login", "", ""
    (root / "dovecot-oauth2.conf.ext").write_text(_oauth2_ext(introspection_url), "utf-8")
    block = f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}
"""
    return "plain login xoauth2 oauthbearer", "  mechanisms = plain login\n", block


def _config_23(root: Path, port: int, tls_port: int,
               introspection_url: str | None = None) -> str:
    mechanisms, passwd_mechanisms, oauth2_passdb = _oauth2_23(root, introspection_url)
    return f"""\
# Written by tests/servers/dovecot.py for Dovecot 2.3. Test use only.
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
# Plaintext LOGIN on loopback only; this server never listens elsewhere.
disable_plaintext_auth = no
# No delay after a failed login. (The per-IP penalty of later logins stays: tests that
# fail a login on purpose use the `private_dovecot` fixture.)
auth_failure_delay = 0
auth_mechanisms = {mechanisms}
mail_location = maildir:{root}/mail/%u
mail_uid = {NOBODY_UID}
mail_gid = {NOBODY_GID}
first_valid_uid = 1
first_valid_gid = 1
# IDLE reports new mail within a second (inotify usually makes it immediate).
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = {root}/passwd
{passwd_mechanisms}}}
{oauth2_passdb}userdb {{
  driver = passwd-file
  args = {root}/passwd
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
"""


def _config_24(root: Path, port: int, tls_port: int) -> str:
    # Dovecot 2.4 renamed most settings (mail_driver/mail_path, auth_allow_cleartext,
    # named passdb/userdb blocks, listener `listen`). Written to the 2.4 documentation.
    return f"""\
# Written by tests/servers/dovecot.py for Dovecot 2.4. Test use only.
dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_server_cert_file = {root}/cert.pem
ssl_server_key_file = {root}/key.pem
auth_allow_cleartext = yes
# No delay after a failed login. (The per-IP penalty of later logins stays: tests that
# fail a login on purpose use the `private_dovecot` fixture.)
auth_failure_delay = 0
auth_mechanisms = plain login
mail_driver = maildir
mail_path = {root}/mail/%{{user}}
mail_home = {root}/mail/%{{user}}
mail_uid = {NOBODY_UID}
mail_gid = {NOBODY_GID}
first_valid_uid = 1
first_valid_gid = 1
mailbox_idle_check_interval = 1s
passdb passwd-file {{
  passwd_file_path = {root}/passwd
}}
userdb passwd-file {{
  passwd_file_path = {root}/passwd
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    listen = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    listen = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
"""


class Dovecot:
    """One running Dovecot. Tests use: host, port, users, new_user(), imap_cfg(),
    client(), deliver(), messages(), flags(), reset_uidvalidity(), restart()."""

    host = "127.0.0.1"

    def __init__(self, binary: str, users: Sequence[str],
                 oauth2_introspection_url: str | None = None,
                 mail_format: str = "maildir") -> None:
        """`oauth2_introspection_url`: opt-in XOAUTH2/OAUTHBEARER through Dovecot's oauth2
        passdb, validating tokens at that RFC 7662 endpoint (tests/servers/entra.py);
        PLAIN and LOGIN with the passwd-file keep working for the fixtures' own
        connections. Dovecot 2.3 only: the 2.4 oauth2 settings are not written yet.
        `mail_format`: Dovecot's storage ("maildir", or "sdbox"/"mdbox", which keep
        flags in the index; benchmarks/imap compares them)."""
        self.binary = binary
        self.version = dovecot_version(binary)
        if oauth2_introspection_url is not None and self.version >= (2, 4):
            raise NotImplementedError("the oauth2 mode is written for Dovecot 2.3 only")
        self.root = Path(tempfile.mkdtemp(prefix="borgerpost-dovecot-"))
        self.root.chmod(0o755)
        self.conf = self.root / "dovecot.conf"
        self.port = free_port()          # plain IMAP, STARTTLS offered
        self.tls_port = free_port()      # implicit TLS (imaps)
        self.users: list[str] = []
        self._lock = threading.Lock()
        self._counter = itertools.count(1)
        self._process: subprocess.Popen[bytes] | None = None
        mail = self.root / "mail"
        mail.mkdir()
        os.chown(mail, NOBODY_UID, NOBODY_GID)
        for sub in ("run", "state"):
            (self.root / sub).mkdir()
        self.cert, self.key = write_self_signed(self.root)
        if self.version >= (2, 4):
            text = _config_24(self.root, self.port, self.tls_port)
        else:
            text = _config_23(self.root, self.port, self.tls_port, oauth2_introspection_url)
        if mail_format != "maildir":
            text = text.replace("mail_location = maildir:", f"mail_location = {mail_format}:")
            text = text.replace("mail_driver = maildir", f"mail_driver = {mail_format}")
        self.conf.write_text(text, "utf-8")
        self.add_users([*users, *(f"u{n}@test.ishoj.dk" for n in range(1, POOL + 1))])

    # -- users ----------------------------------------------------------------------

    def add_users(self, users: Sequence[str]) -> None:
        with self._lock:
            for user in users:
                if user not in self.users:
                    self.users.append(user)
            lines = [f"{u}:{{PLAIN}}{PASSWORD}:{NOBODY_UID}:{NOBODY_GID}::"
                     f"{self.root}/mail/{u}::\n" for u in self.users]
            tmp = self.root / "passwd.tmp"
            tmp.write_text("".join(lines), "utf-8")
            tmp.chmod(0o644)
            os.replace(tmp, self.root / "passwd")

    def new_user(self) -> str:
        """A user with an empty mailbox, unique in this session.

        Taken from a pool written before the start: Dovecot looks at the passwd-file's
        mtime at most once a second, so a user added later may not log in at once.
        """
        n = next(self._counter)
        user = f"u{n}@test.ishoj.dk"
        if n > POOL:
            self.add_users([user])
            time.sleep(1.1)   # see above; only after the pool is used up
        return user

    def imap_cfg(self, user: str, **overrides: Any) -> ImapSource:
        values: dict[str, Any] = {"kind": "imap", "host": self.host, "port": self.port,
                                  "security": "none", "username": user,
                                  "password": PASSWORD, "timeout_seconds": 10}
        values.update(overrides)
        return ImapSource.model_validate(values)

    # -- process --------------------------------------------------------------------

    def start(self) -> None:
        self._process = subprocess.Popen([self.binary, "-F", "-c", str(self.conf)],
                                         stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = self._process.stderr.read().decode(errors="replace") if (
                    self._process.stderr) else ""
                raise RuntimeError(f"dovecot exited: {err}\n{self.log()}")
            with contextlib.suppress(OSError), socket.create_connection(
                    (self.host, self.port), timeout=1) as sock:
                if sock.recv(100).startswith(b"* OK"):
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not start\n{self.log()}")

    @property
    def pid(self) -> int | None:
        """The master process (benchmarks read its process tree's CPU time)."""
        return self._process.pid if self._process is not None else None

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stderr:
            process.stderr.close()

    def restart(self) -> None:
        """Stop and start on the same port with the same mail (a server restart)."""
        self.stop()
        self.start()

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text("utf-8", "replace")[-4000:] if path.exists() else ""

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- mail -----------------------------------------------------------------------

    @contextlib.contextmanager
    def client(self, user: str, folder: str | None = None,
               readonly: bool = True) -> Iterator[IMAPClient]:
        """A second, independent IMAP connection as `user` (to look without touching)."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            client.login(user, PASSWORD)
            if folder is not None:
                client.select_folder(folder, readonly=readonly)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX",
                flags: Sequence[bytes] = (), internaldate: dt.datetime | None = None
                ) -> int | None:
        """APPEND a message as `user`; returns its UID (UIDPLUS) where known."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, flags=tuple(flags), msg_time=internaldate)
        match = re.search(rb"APPENDUID \d+ (\d+)", response or b"")
        return int(match.group(1)) if match else None

    def messages(self, user: str, folder: str = "INBOX") -> dict[int, dict[bytes, Any]]:
        """UID → {FLAGS, BODY[], INTERNALDATE}, read with EXAMINE and BODY.PEEK."""
        with self.client(user, folder, readonly=True) as client:
            uids = client.search(["ALL"])
            if not uids:
                return {}
            return dict(client.fetch(uids, [b"FLAGS", b"BODY.PEEK[]", b"INTERNALDATE"]))

    def flags(self, user: str, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        return {uid: tuple(data[b"FLAGS"]) for uid, data in self.messages(user, folder).items()}

    def find(self, user: str, message_id: str, folder: str = "INBOX") -> list[bytes]:
        """The raw messages in `folder` whose Message-ID header is `message_id`."""
        found = []
        for data in self.messages(user, folder).values():
            raw = data[b"BODY[]"]
            head = raw.split(b"\r\n\r\n", 1)[0]
            if re.search(rb"(?im)^message-id:\s*" + re.escape(message_id.encode()) + rb"\s*$",
                         head):
                found.append(raw)
        return found

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        with self.client(user) as client:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def reset_uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        """Give `folder` a new UIDVALIDITY, as a server migration or restore would."""
        new = self.uidvalidity(user, folder) + 1000
        subprocess.run(["doveadm", "-c", str(self.conf), "mailbox", "update", "-u", user,
                        "--uid-validity", str(new), folder],
                       check=True, capture_output=True)
        return new


_shared: dict[str, Any] = {"server": None, "users": 0}
_shared_lock = threading.Lock()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """The session's Dovecot, shared by every conftest that imports this fixture."""
    binary = find_dovecot()
    if binary is None:
        require_or_skip("dovecot", "apt-get install dovecot-imapd")
        raise AssertionError("unreachable")
    with _shared_lock:
        if _shared["server"] is None:
            server = Dovecot(binary, [*CITIZENS, *rules_addresses()])
            try:
                server.start()
            except Exception:
                server.cleanup()
                raise
            _shared["server"] = server
        _shared["users"] += 1
        server = _shared["server"]
    try:
        yield server
    finally:
        with _shared_lock:
            _shared["users"] -= 1
            if _shared["users"] == 0:
                server.cleanup()
                _shared["server"] = None


@pytest.fixture
def private_dovecot() -> Iterator[Dovecot]:
    """A Dovecot of the test's own, for tests that fail logins on purpose: Dovecot delays
    every later login from the same IP (auth penalty), which would slow other tests."""
    binary = find_dovecot()
    if binary is None:
        require_or_skip("dovecot", "apt-get install dovecot-imapd")
        raise AssertionError("unreachable")
    server = Dovecot(binary, CITIZENS)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()
