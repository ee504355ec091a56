"""The long-running service behind `borgerpost run` (without --once).

One worker thread per mailbox: fetch → Runner.process → execute that mailbox's outbox →
`source.wait()` (IMAP IDLE push, RFC 2177; polling where IDLE is missing or switched
off; Maildir sleeps). A slow or dead server therefore stalls only its own thread; the
other mailboxes go on (issue 5). Reconnecting with backoff is the adapter's job
(daemon.mailboxes.imap); the service only keeps calling it.

Why these choices:

* **The Runner does the work.** The service calls `Runner.poll` and, through it,
  `Runner.process`; it repeats none of their logic. `_ServiceRunner` only wraps
  `process` in a lock and hands the mailbox's outbox to its executor every few
  messages or half a second (`EXECUTE_EVERY`, `EXECUTE_AFTER`), so a backlog sends
  as it goes.
* **One lock for the CPU-bound part.** Parse, classify, decide and persist run under
  one lock, as does the leak scan of the executor. The GIL allows no parallel Python
  anyway, the Presidio/spaCy pipeline is not documented as thread-safe, and SQLite
  then never sees two writers racing for the same case counter. What runs in
  parallel is what waits: IMAP, SMTP, IDLE.
* **Each mailbox's outbox is executed by that mailbox's thread only.** No outbox row is
  ever executed by two threads at once, and each IMAP connection (the source, which
  also sets categories; the transport's Sent folder) is used by one thread only:
  imaplib connections are not thread-safe.
* **What run_once does per mailbox, per thread.** Each pass takes the mailbox's lease
  (PostgreSQL, several instances), polls new mail and then the Borgerpost/ decision
  folders (`Runner.poll`, `Runner.poll_decisions`). The scheduler (reminders,
  escalations) runs in a thread of its own every SCHEDULE_EVERY seconds and only adds
  outbox rows; the mailbox's worker sends them.
* **Stopping.** `stop()` (and SIGTERM, SIGINT) lets every worker finish the message in
  hand; a worker idling in IDLE is woken by shutting its socket down, and every sleep
  the service controls (the adapter's backoff, polling) waits on the stop event.

SQLite with threads: every call opens its own session from the Store's sessionmaker
(WAL and busy_timeout are set in daemon.store.db), so the threads share no session.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence

from sqlalchemy import func, select

from daemon import logs
from daemon.config.schema import Config, MailboxCfg
from daemon.mailboxes import MailSource, open_source
from daemon.mailboxes.base import Fetched, Interruptible
from daemon.outbox import ExecStats, Executor
from daemon.runner import PassStats, Runner
from daemon.store.db import Store
from daemon.store.models import Outbox
from daemon.transports import Transport

EXECUTE_EVERY = 10        # in a backlog, send after every 10 decided messages or
EXECUTE_AFTER = 0.5       # half a second, whichever is first: a receipt never waits for
                          # the rest of a backlog, and each outbox pass (one query, two
                          # commits) serves several messages, not one
WAIT_SLICE = 1.0          # sources without push are waited on in slices (stop is prompt)
SCHEDULE_EVERY = 300.0    # reminders are due by the working day; every 5 minutes is ample
PASS_ALLOWANCE = 300.0    # a worker silent longer than this (outside a wait) is hung
STOP_GRACE = 30.0         # how long stop() waits for the workers (an SMTP timeout)
_Clock = Callable[[], dt.datetime]


class MailboxExecutor(Executor):
    """The outbox executor for one mailbox's rows (See daemon.outbox.Executor).

    `Executor.run` takes every pending row; with one worker thread per mailbox each
    executes only its own, so no row is ever executed by two threads at once.
    """

    def __init__(self, base: Executor, mailbox_id: str,
                 scan: Callable[[str], tuple[str, ...]]) -> None:
        super().__init__(base.store, base.transports, base.sources, scan=scan,
                         envelope_from=base.envelope_from, shadow=base.shadow,
                         notice=base.notice)
        self.mailbox_id = mailbox_id

    def next_retry(self) -> dt.datetime | None:
        """When the earliest postponed row of this mailbox is due again."""
        with self.store.sessions() as s:
            return s.scalar(select(func.min(Outbox.next_attempt_at)).where(
                Outbox.mailbox_id == self.mailbox_id, Outbox.state == "pending"))

    def run(self, now: dt.datetime, mailbox_id: str | None = None) -> ExecStats:
        # This mailbox's rows only; on PostgreSQL each row is still claimed with
        # FOR UPDATE SKIP LOCKED (Executor._run_claiming).
        return super().run(now, mailbox_id or self.mailbox_id)


class _ServiceRunner(Runner):
    """Runner.process under the service's lock, with the outbox executed as a backlog
    goes. Nothing else differs from the Runner."""

    def __init__(self, config: Config, store: Store, clock: _Clock, *,
                 sources: dict[str, MailSource], transports: dict[str, Transport] | None,
                 lock: threading.RLock, after: Callable[[MailboxCfg], None]) -> None:
        super().__init__(config, store, clock=clock, sources=sources, transports=transports)
        self._lock = lock
        self._after = after

    def process(self, mailbox: MailboxCfg, fetched: Fetched, first_start: dt.datetime,
                stats: PassStats) -> None:
        with self._lock:
            super().process(mailbox, fetched, first_start, stats)
        self._after(mailbox)


class Service:
    """`borgerpost run`: one worker thread per mailbox. See the module docstring."""

    def __init__(self, config: Config, store: Store,
                 clock: _Clock = lambda: dt.datetime.now(dt.UTC), *,
                 interval: float = 30.0,
                 sources: dict[str, MailSource] | None = None,
                 transports: dict[str, Transport] | None = None) -> None:
        self.config = config
        self.clock = clock
        self.interval = interval
        self._stop = threading.Event()
        self._lock = threading.RLock()
        self._waiting: dict[str, MailSource] = {}
        self._waiting_lock = threading.Lock()
        self._beats: dict[str, float] = {}     # mailbox → monotonic time it must beat by
        self._since_execute: dict[str, int] = {m.id: 0 for m in config.mailboxes}
        self._last_execute: dict[str, float] = {m.id: time.monotonic()
                                                for m in config.mailboxes}
        self._recovered: dict[str, bool] = {}
        self._threads: list[threading.Thread] = []
        if sources is None:
            sources = {m.id: self._open_source(m) for m in config.mailboxes}
        self.runner = _ServiceRunner(config, store, clock, sources=sources,
                                     transports=transports, lock=self._lock,
                                     after=self._after_message)
        scan = self._locked_scan(self.runner.classifier.sensitive)
        self.executors = {m.id: MailboxExecutor(self.runner.executor, m.id, scan)
                          for m in config.mailboxes}
        self.passes = 0            # completed mailbox passes, for tests and benchmarks

    # -- construction -----------------------------------------------------------------

    def _open_source(self, mailbox: MailboxCfg) -> MailSource:
        if mailbox.source.kind == "imap":
            # The adapter's reconnect backoff and its polling sleep wait on the stop
            # event, so that stop() is not held up by a dead server.
            from daemon.mailboxes.imap import ImapSource

            return ImapSource(mailbox.id, mailbox.source,  # type: ignore[arg-type]
                              sleep=self._sleep)
        return open_source(mailbox)

    def _locked_scan(self, scan: Callable[[str], tuple[str, ...]]
                     ) -> Callable[[str], tuple[str, ...]]:
        def locked(text: str) -> tuple[str, ...]:
            with self._lock:
                return scan(text)
        return locked

    def _sleep(self, seconds: float) -> None:
        self._stop.wait(max(0.0, seconds))

    # -- the workers --------------------------------------------------------------------

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        # Build the sensitive-data detector before the first message (it takes seconds),
        # so the first receipt is not late and a worker never builds it under the lock.
        with self._lock:
            self.runner.classifier.detector.warm()
        logs.info("daemon.started", mailboxes=len(self.config.mailboxes),
                  mode=self.config.mode)
        for mailbox in self.config.mailboxes:
            thread = threading.Thread(target=self._work, args=(mailbox,),
                                      name=f"mailbox:{mailbox.id}", daemon=True)
            self._threads.append(thread)
            thread.start()
        thread = threading.Thread(target=self._schedule, name="scheduler", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _work(self, mailbox: MailboxCfg) -> None:
        source = self.runner.sources[mailbox.id]
        while not self._stop.is_set():
            stats = PassStats()
            self.beat(mailbox.id, PASS_ALLOWANCE)
            if not self._pass(mailbox, stats):
                # Another instance holds this mailbox (PostgreSQL leases): look again
                # after a poll interval.
                self._sleep(self._timeout(mailbox))
                continue
            if self._stop.is_set():
                break
            stats.outbox = self._execute(mailbox)
            if stats.fetched or stats.outbox.sent or stats.outbox.held or stats.outbox.retried:
                logs.info("pass.done", mailbox=mailbox.id, fetched=stats.fetched,
                          decided=stats.decided, skipped=stats.skipped,
                          quarantined=stats.quarantined, sent=stats.outbox.sent,
                          recovered=stats.outbox.recovered, held=stats.outbox.held,
                          retried=stats.outbox.retried, errors=stats.mailbox_errors)
            self.passes += 1
            if self._stop.is_set():
                break
            self._wait(mailbox, source)
        logs.info("mailbox.stopped", mailbox=mailbox.id)

    def _pass(self, mailbox: MailboxCfg, stats: PassStats) -> bool:
        """What Runner.run_once does for one mailbox: the lease, new mail, then mail a
        person moved into a Borgerpost/ decision folder. False: not ours to work."""
        runner = self.runner
        if not runner.leases.holds(mailbox.id):
            return False
        if not self._recovered.get(mailbox.id):
            # What a crash left in the outbox goes before new mail (each row is looked
            # for in the Sent folder before it is sent again).
            self._recovered[mailbox.id] = True
            self._execute(mailbox)
        return runner.work_mailbox(mailbox, stats)

    def _schedule(self) -> None:
        """Reminders, escalations, delay notices, weekly digests: into the outbox, under
        the lock (the scheduler changes cases that a worker may be deciding on). The
        mailbox workers send them on their next pass."""
        while not self._stop.is_set():
            with self._lock:
                added = self.runner.housekeeping(self.clock())
            if added:
                logs.info("scheduler.done", queued=added)
            self._stop.wait(SCHEDULE_EVERY)

    def _after_message(self, mailbox: MailboxCfg) -> None:
        self.beat(mailbox.id, PASS_ALLOWANCE)
        self._since_execute[mailbox.id] += 1
        due = (self._since_execute[mailbox.id] >= EXECUTE_EVERY
               or time.monotonic() - self._last_execute[mailbox.id] >= EXECUTE_AFTER)
        if due and not self._stop.is_set():
            self._execute(mailbox)

    def _execute(self, mailbox: MailboxCfg) -> ExecStats:
        self._since_execute[mailbox.id] = 0
        self._last_execute[mailbox.id] = time.monotonic()
        try:
            return self.executors[mailbox.id].run(self.clock())
        except Exception as exc:
            # A failing database or a bug in one action must not end the worker.
            logs.error("outbox.error", mailbox=mailbox.id, error=type(exc).__name__)
            return ExecStats()

    def _timeout(self, mailbox: MailboxCfg) -> float:
        """How long to wait for new mail: the source's poll interval (IMAP: between
        IDLE renewals, the adapter keeps each IDLE under 29 minutes), the command's
        --interval for sources without one, and never past a postponed send."""
        timeout = float(getattr(mailbox.source, "poll_seconds", self.interval))
        try:
            due = self.executors[mailbox.id].next_retry()
        except Exception:
            due = None
        if due is not None:
            until = (due - self.clock()).total_seconds()
            timeout = min(timeout, max(1.0, until))
        return timeout

    def _wait(self, mailbox: MailboxCfg, source: MailSource) -> None:
        timeout = self._timeout(mailbox)
        self.beat(mailbox.id, timeout + PASS_ALLOWANCE)
        if mailbox.source.kind == "imap":
            # IDLE (or the adapter's own polling sleep, which is self._sleep).
            with self._waiting_lock:
                self._waiting[mailbox.id] = source
            try:
                if not self._stop.is_set():
                    source.wait(timeout)
            except Exception as exc:
                logs.warning("mailbox.wait_failed", mailbox=mailbox.id,
                             error=type(exc).__name__)
                self._sleep(1.0)
            finally:
                with self._waiting_lock:
                    self._waiting.pop(mailbox.id, None)
            return
        # Sources that only sleep (Maildir, Graph, EWS): in slices, so stop is prompt.
        deadline = time.monotonic() + timeout
        while not self._stop.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            try:
                source.wait(min(WAIT_SLICE, remaining))
            except Exception as exc:
                logs.warning("mailbox.wait_failed", mailbox=mailbox.id,
                             error=type(exc).__name__)
                self._sleep(min(WAIT_SLICE, remaining))

    # -- stopping -----------------------------------------------------------------------

    def request_stop(self) -> None:
        """Ask the workers to finish the message in hand and leave. Safe in a signal
        handler: it sets flags and shuts idling sockets down, nothing more."""
        self._stop.set()
        self.runner.stopping = True
        self._wake()

    def _wake(self) -> None:
        with self._waiting_lock:
            waiting = list(self._waiting.values())
        for source in waiting:
            # Only sources that block in the server (IMAP IDLE) can be woken; the
            # others sleep in slices and see the stop flag (see _wait).
            if isinstance(source, Interruptible):
                with contextlib.suppress(Exception):
                    source.interrupt()

    def join(self, timeout: float = STOP_GRACE) -> bool:
        """Wait for the workers; True if all of them ended."""
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            while thread.is_alive() and time.monotonic() < deadline:
                thread.join(0.2)
                if self._stop.is_set():
                    self._wake()   # a worker may have entered IDLE after the first wake
        return not any(t.is_alive() for t in self._threads)

    def stop(self, timeout: float = STOP_GRACE) -> bool:
        """Stop the workers and close every connection. True if all workers ended."""
        self.request_stop()
        ended = self.join(timeout)
        if ended:
            self.runner.close()
        else:
            logs.warning("daemon.stop_timeout",
                         mailboxes=",".join(t.name for t in self._threads if t.is_alive()))
        logs.info("daemon.stopped")
        return ended

    def healthy(self) -> bool:
        """Every worker is where it should be: deciding, sending, or in a wait that has
        not overrun its timeout. A worker stuck past that stops the watchdog pings, and
        systemd restarts the daemon (WatchdogSec in systemd/borgerpost.service)."""
        now = time.monotonic()
        with self._waiting_lock:
            beats = dict(self._beats)
        return all(now <= until for until in beats.values())

    def beat(self, mailbox_id: str, allowance: float) -> None:
        with self._waiting_lock:
            self._beats[mailbox_id] = time.monotonic() + allowance

    def serve_forever(self, reload: Callable[[], Config] | None = None) -> Config | None:
        """Run until SIGTERM or SIGINT (systemd stop, Ctrl-C), then stop cleanly.

        SIGHUP calls `reload` (rules.yaml read and validated again): a valid new
        configuration stops this service cleanly and is returned, for the caller to
        start a new one; an invalid one is refused with a log line and the old rules
        stay (systemd/borgerpost.service). Returns None on stop.
        """
        hup = threading.Event()

        def on_signal(signum: int, _frame: object) -> None:
            if signum == signal.SIGHUP:
                hup.set()
                return
            # SIGTERM: finish the message in hand, then leave (systemd stop).
            self.request_stop()

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, on_signal)
            signal.signal(signal.SIGINT, on_signal)
            signal.signal(signal.SIGHUP, on_signal)
        from daemon import systemd

        self.start()
        systemd.notify("READY=1", f"STATUS=watching {len(self.config.mailboxes)} mailboxes")
        ping = systemd.watchdog_interval()
        last_ping = 0.0
        new_config: Config | None = None
        while not self._stop.is_set():
            # A timeout, so that the main thread returns to Python to run signal handlers.
            self._stop.wait(min(1.0, ping or 1.0))
            if ping is not None and time.monotonic() - last_ping >= ping and self.healthy():
                systemd.notify("WATCHDOG=1")
                last_ping = time.monotonic()
            if hup.is_set() and reload is not None:
                hup.clear()
                try:
                    new_config = reload()
                except Exception as exc:   # ConfigError: the operator's; keep the old rules
                    logs.error("config.reload_refused", error=type(exc).__name__,
                               problems=len(getattr(exc, "problems", ())))
                    continue
                logs.info("config.reloaded", mailboxes=len(new_config.mailboxes))
                systemd.notify("RELOADING=1")
                break
            if not any(t.is_alive() for t in self._threads):
                break
        if new_config is None:
            systemd.notify("STOPPING=1")
        self.stop()
        return new_config


def run_service(config: Config, store: Store, clock: _Clock, interval: float = 30.0,
                config_path: str | None = None) -> int:
    """The body of `borgerpost run` without --once. With `config_path`, SIGHUP reloads
    rules.yaml from it (the database stays the one opened at start)."""
    reload: Callable[[], Config] | None = None
    if config_path is not None:
        from daemon.config import load_config

        def reload() -> Config:
            return load_config(config_path)

    from daemon import metrics

    endpoint = metrics.serve(config, store, clock)   # None unless metrics.port is set
    try:
        while True:
            next_config = Service(config, store, clock, interval=interval).serve_forever(reload)
            if next_config is None:
                return 0
            config = next_config
            if endpoint is not None:
                endpoint.reconfigure(config)
    finally:
        if endpoint is not None:
            endpoint.close()


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m daemon.service [--config rules.yaml] [--now ISO] [--interval S]`: the
    service exactly as `borgerpost run` starts it once daemon/cli.py calls run_service."""
    from daemon.cli import build_parser
    from daemon.config import load_config
    from daemon.errors import ConfigError

    args = build_parser().parse_args(["run", *(sys.argv[1:] if argv is None else argv)])
    fixed: dt.datetime | None = getattr(args, "now", None)
    path = getattr(args, "config", "rules.yaml")
    try:
        config = load_config(path)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    logs.setup(config.logging.level, config.logging.format)
    store = Store.open(config.database)
    clock: _Clock = (lambda: fixed) if fixed is not None else (lambda: dt.datetime.now(dt.UTC))
    return run_service(config, store, clock, interval=args.interval, config_path=str(path))


__all__ = ["MailboxExecutor", "Service", "main", "run_service"]

if __name__ == "__main__":
    sys.exit(main())
