"""Prometheus metrics and /healthz on a local port (issue 9 point 3).

Two kinds of numbers, kept apart on purpose:

* **Counters** (messages processed, receipts, forwards, held, quarantined, adapter
  errors) count what this process did; the runner and the executor call the `record_*`
  functions at the moment it happens. Prometheus' `rate()` copes with the reset at a
  restart.
* **Gauges of state** (backlog per mailbox, cases overdue, last successful sync per
  mailbox) are read from the database at scrape time by `StoreCollector`. They are right
  just after a restart and agree between several instances on one PostgreSQL, which
  counters kept in memory could not be.

Everything lives in a registry of our own (`METRICS.registry`), never in
prometheus_client's global one: importing a library that registers metrics globally
cannot leak its series into ours, and tests can make a fresh `Metrics()`.

No personal data: labels are mailbox ids, outcome and reason codes, action kinds.
Reason codes are cut at the first ":" ("classify_failed:KeyError" → "classify_failed")
so that a label's values stay a short, fixed list.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from zoneinfo import ZoneInfo

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select, text

from daemon.config.schema import Config
from daemon.core import lifecycle
from daemon.store.db import Store
from daemon.store.models import Case, MailboxState, Outbox

Clock = Callable[[], dt.datetime]
HealthFn = Callable[[], tuple[bool, dict[str, Any]]]


def _code(reason: str) -> str:
    return (reason.split(":", 1)[0] or "unknown")[:40]


class Metrics:
    """The counters of one process, in a registry of its own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.processed = Counter(
            "borgerpost_messages_processed", "Inbound messages handled, by outcome "
            "(the decision's reason, duplicate, quarantined).", ["mailbox", "outcome"],
            registry=r)
        self.receipts = Counter("borgerpost_receipts_sent", "Receipts sent to citizens.",
                                ["mailbox"], registry=r)
        self.forwards = Counter("borgerpost_forwards_sent", "Inquiries forwarded to a centre.",
                                ["mailbox"], registry=r)
        self.sent = Counter("borgerpost_outbox_sent", "Outgoing mail sent, by kind.",
                            ["mailbox", "kind"], registry=r)
        self.held = Counter("borgerpost_held", "Outgoing mail held for a person.",
                            ["mailbox", "reason"], registry=r)
        self.quarantined = Counter("borgerpost_quarantined", "Inbound messages quarantined.",
                                   ["mailbox", "reason"], registry=r)
        self.adapter_errors = Counter(
            "borgerpost_adapter_errors", "Failures of a mailbox's source or transport.",
            ["mailbox", "kind"], registry=r)
        self._collector: StoreCollector | None = None

    def bind(self, store: Store, config: Config, clock: Clock) -> StoreCollector:
        """Add the gauges read from `store` at scrape time (once per registry)."""
        if self._collector is not None:
            self.registry.unregister(self._collector)
        self._collector = StoreCollector(store, config, clock)
        self.registry.register(self._collector)
        return self._collector


class StoreCollector(Collector):
    """Gauges computed from the database when Prometheus scrapes."""

    def __init__(self, store: Store, config: Config, clock: Clock) -> None:
        self.store = store
        self.config = config
        self.clock = clock

    def describe(self) -> Iterator[GaugeMetricFamily]:
        # Described up front so registering needs no database round trip.
        return iter(self._families())

    @staticmethod
    def _families() -> list[GaugeMetricFamily]:
        return [
            GaugeMetricFamily("borgerpost_backlog", "Outbox rows waiting to be performed.",
                              labels=["mailbox"]),
            GaugeMetricFamily("borgerpost_cases_overdue", "Open cases past their answer "
                              "deadline (Danish working days)."),
            GaugeMetricFamily("borgerpost_last_sync_timestamp_seconds",
                              "Unix time of the last successful sync of a mailbox.",
                              labels=["mailbox"]),
            GaugeMetricFamily("borgerpost_store_up", "1 when the database answered the scrape."),
        ]

    def collect(self) -> Iterator[GaugeMetricFamily]:
        backlog, overdue, synced, up = self._families()
        try:
            state = read_state(self.store, self.config, self.clock())
        except Exception:
            # A scrape must not fail because the database does: say so in a gauge.
            up.add_metric([], 0)
            yield up
            return
        for mailbox_id, count in state["backlog"].items():
            backlog.add_metric([mailbox_id], count)
        overdue.add_metric([], state["overdue"])
        for mailbox_id, last in state["last_sync"].items():
            if last is not None:
                synced.add_metric([mailbox_id], last.timestamp())
        up.add_metric([], 1)
        yield from (backlog, overdue, synced, up)


def read_state(store: Store, config: Config, now: dt.datetime) -> dict[str, Any]:
    """Backlog per mailbox, overdue cases and last sync per mailbox, from the store."""
    today = now.astimezone(ZoneInfo(config.calendar.timezone)).date()
    with store.sessions() as s:
        pending = dict(s.execute(select(Outbox.mailbox_id, func.count()).where(
            Outbox.state == "pending").group_by(Outbox.mailbox_id)).all())
        open_cases = s.execute(select(Case.state, Case.answer_deadline).where(
            Case.state.in_(lifecycle.AWAITING_ANSWER),
            Case.answer_deadline.is_not(None), Case.answer_deadline < today)).all()
        syncs = dict(s.execute(select(MailboxState.mailbox_id, func.max(
            MailboxState.last_sync)).group_by(MailboxState.mailbox_id)).all())
    ids = [m.id for m in config.mailboxes]
    last_sync: dict[str, dt.datetime | None] = {}
    for mailbox_id in ids:
        value = syncs.get(mailbox_id)
        # func.max() bypasses the column type, so SQLite hands back naive UTC text.
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        last_sync[mailbox_id] = value
    return {
        "backlog": {m: int(pending.get(m, 0)) for m in dict.fromkeys([*ids, *pending])},
        # The rule itself stays in one place (daemon.core.lifecycle.is_overdue); the query
        # only narrows the rows it is asked about.
        "overdue": sum(1 for st, deadline in open_cases
                       if lifecycle.is_overdue(st, deadline, today)),
        "last_sync": last_sync,
    }


def health(store: Store, config: Config, now: dt.datetime) -> tuple[bool, dict[str, Any]]:
    """Healthy when the database answers and every mailbox synced recently."""
    limit = config.metrics.healthy_sync_age_seconds
    body: dict[str, Any] = {"status": "ok", "database": "ok", "mailboxes": {}}
    try:
        with store.sessions() as s:
            s.execute(text("SELECT 1"))
        state = read_state(store, config, now)
    except Exception as exc:
        body.update(status="unhealthy", database=f"error:{type(exc).__name__}")
        return False, body
    healthy = True
    for mailbox_id, last in state["last_sync"].items():
        age = None if last is None else max(0, int((now - last).total_seconds()))
        fresh = age is not None and age <= limit
        healthy &= fresh
        body["mailboxes"][mailbox_id] = {
            "last_sync": last.isoformat(timespec="seconds") if last else None,
            "age_seconds": age, "ok": fresh}
    body["backlog"] = sum(state["backlog"].values())
    if not healthy:
        body["status"] = "unhealthy"
    return healthy, body


# -- the process's metrics and the functions the runner and the executor call -------------

METRICS = Metrics()


def use(metrics: Metrics) -> Metrics:
    """Make `metrics` the one the record_* functions write to (tests); returns the old one."""
    global METRICS
    old, METRICS = METRICS, metrics
    return old


def record_decision(mailbox: str, outcome: str) -> None:
    METRICS.processed.labels(mailbox, _code(outcome)).inc()


def record_sent(mailbox: str, kind: str) -> None:
    METRICS.sent.labels(mailbox, kind).inc()
    if kind == "receipt":
        METRICS.receipts.labels(mailbox).inc()
    elif kind == "forward":
        METRICS.forwards.labels(mailbox).inc()


def record_held(mailbox: str, reason: str) -> None:
    METRICS.held.labels(mailbox, _code(reason)).inc()


def record_quarantine(mailbox: str, reason: str) -> None:
    METRICS.quarantined.labels(mailbox, _code(reason)).inc()
    METRICS.processed.labels(mailbox, "quarantined").inc()


def record_adapter_error(mailbox: str, kind: str) -> None:
    METRICS.adapter_errors.labels(mailbox, _code(kind)).inc()


# -- the HTTP endpoint -------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    registry: CollectorRegistry
    health_fn: HealthFn
    server_version = "borgerpost"
    sys_version = ""

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/metrics":
            self._reply(200, CONTENT_TYPE_LATEST, generate_latest(self.registry))
        elif path == "/healthz":
            try:
                ok, body = self.health_fn()
            except Exception as exc:
                ok, body = False, {"status": "unhealthy", "error": type(exc).__name__}
            self._reply(200 if ok else 503, "application/json",
                        json.dumps(body, sort_keys=True).encode())
        else:
            self._reply(404, "text/plain; charset=utf-8", b"not found\n")

    def _reply(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        # The stdlib writes every request to stderr; our log has no use for scrapes.
        return


class MetricsServer:
    """A running endpoint: `.port` is the bound port (useful with port 0), `.close()`."""

    def __init__(self, server: ThreadingHTTPServer, thread: threading.Thread) -> None:
        self.server = server
        self.thread = thread
        self.port: int = server.server_address[1]
        self.reconfigure: Callable[[Config], None] = lambda config: None

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def start_http(port: int, registry: CollectorRegistry, health_fn: HealthFn,
               listen: str = "127.0.0.1") -> MetricsServer:
    """Serve /metrics and /healthz on `listen`:`port` in a daemon thread."""
    handler = type("Handler", (_Handler,), {"registry": registry,
                                            "health_fn": staticmethod(health_fn)})
    server = ThreadingHTTPServer((listen, port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="metrics-http", daemon=True)
    thread.start()
    return MetricsServer(server, thread)


def serve(config: Config, store: Store, clock: Clock) -> MetricsServer | None:
    """What `borgerpost run` calls: bind the store gauges and start the endpoint, if on.
    After a reload of rules.yaml, `server.reconfigure(new_config)` updates the mailbox
    list (the port and address stay those of the start)."""
    if config.metrics.port is None:
        return None
    current = {"config": config}
    METRICS.bind(store, config, clock)
    server = start_http(config.metrics.port, METRICS.registry,
                        lambda: health(store, current["config"], clock()),
                        config.metrics.listen)

    def reconfigure(new: Config) -> None:
        current["config"] = new
        METRICS.bind(store, new, clock)

    server.reconfigure = reconfigure
    return server
