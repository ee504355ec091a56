"""Prometheus metrics and /healthz (issue 9 point 3), scraped over HTTP on a free port."""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from pydantic import ValidationError
from sqlalchemy import create_engine

from daemon import metrics
from daemon.config import load_config
from daemon.config.schema import MetricsCfg
from daemon.metrics import Metrics, health, start_http
from daemon.runner import Runner
from daemon.store.db import Store

from .conftest import deliver, eml

ARRIVED = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)     # Monday
AFTER = ARRIVED + dt.timedelta(hours=1)


@pytest.fixture
def fresh() -> Iterator[Metrics]:
    """A registry of the test's own, so counts do not depend on other tests."""
    mine = Metrics()
    old = metrics.use(mine)
    yield mine
    metrics.use(old)


def _world(rules_copy: Path):
    text = rules_copy.read_text("utf-8").replace("# cutoff: 2026-11-01T00:00:00+01:00",
                                                 "cutoff: 2026-11-01T00:00:00+01:00")
    rules_copy.write_text(text, "utf-8")
    config = load_config(rules_copy, env={})
    return config, Store.open(config.database)


def _get(port: int, path: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode()


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def _value(samples: dict, name: str, **labels: str) -> float | None:
    return samples.get((name, tuple(sorted(labels.items()))))


def test_counters_and_store_gauges_over_http(rules_copy: Path, fresh: Metrics) -> None:
    config, store = _world(rules_copy)
    base = rules_copy.parent
    for i in range(3):
        deliver(base / "var/mail/borgmester-pa", f"m{i}",
                eml(sender=f"Borger {i} <borger{i}@gmail.com>", message_id=f"<m{i}@gmail.com>"),
                ARRIVED + dt.timedelta(seconds=i))
    runner = Runner(config, store, clock=lambda: AFTER)
    runner.executor.run = lambda now: None   # type: ignore[method-assign,assignment,return-value]
    runner.run_once()                         # decided and persisted; nothing sent yet
    # The counters as the runner and the executor record them (call sites: see the report).
    metrics.record_decision("borgmester-pa", "citizen_inquiry")
    metrics.record_sent("borgmester-pa", "receipt")
    metrics.record_sent("borgmester-pa", "forward")
    metrics.record_sent("borgmester-pa", "forward")
    metrics.record_held("borgmester-pa", "sensitive:cpr,health")
    metrics.record_quarantine("hovedpostkasse", "unparseable:KeyError")
    metrics.record_adapter_error("hovedpostkasse", "TemporaryFailure")

    clock = {"now": AFTER}
    fresh.bind(store, config, lambda: clock["now"])
    server = start_http(0, fresh.registry, lambda: health(store, config, clock["now"]))
    try:
        assert server.server.server_address[0] == "127.0.0.1"
        status, ctype, text = _get(server.port, "/metrics")
        assert status == 200 and ctype.startswith("text/plain")
        got = _samples(text)
        mbox = {"mailbox": "borgmester-pa"}
        assert _value(got, "borgerpost_messages_processed_total", outcome="citizen_inquiry",
                      **mbox) == 1
        assert _value(got, "borgerpost_receipts_sent_total", **mbox) == 1
        assert _value(got, "borgerpost_forwards_sent_total", **mbox) == 2
        assert _value(got, "borgerpost_held_total", reason="sensitive", **mbox) == 1
        # Reason codes are cut at ":", so a label never carries free text.
        assert _value(got, "borgerpost_quarantined_total", mailbox="hovedpostkasse",
                      reason="unparseable") == 1
        assert _value(got, "borgerpost_adapter_errors_total", mailbox="hovedpostkasse",
                      kind="TemporaryFailure") == 1
        # From the store: each inquiry left a receipt, a forward and a category row pending.
        assert _value(got, "borgerpost_backlog", **mbox) == 9
        assert _value(got, "borgerpost_backlog", mailbox="hovedpostkasse") == 0
        assert _value(got, "borgerpost_cases_overdue") == 0
        assert _value(got, "borgerpost_last_sync_timestamp_seconds", **mbox) \
            == AFTER.timestamp()
        assert _value(got, "borgerpost_store_up") == 1
        assert "@" not in text

        # The answer deadline is 7 December 2026 (10 working days): on the 8th all three
        # open cases are overdue, counted with the working-day calendar of the core.
        clock["now"] = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)
        got = _samples(_get(server.port, "/metrics")[2])
        assert _value(got, "borgerpost_cases_overdue") == 3
        clock["now"] = dt.datetime(2026, 12, 7, 22, 0, tzinfo=dt.UTC)   # still the 7th
        got = _samples(_get(server.port, "/metrics")[2])
        assert _value(got, "borgerpost_cases_overdue") == 0
        assert _get(server.port, "/nothing")[0] == 404
    finally:
        server.close()


def test_healthz(rules_copy: Path, fresh: Metrics) -> None:
    config, store = _world(rules_copy)
    deliver(rules_copy.parent / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
    clock = {"now": AFTER}
    server = start_http(0, fresh.registry, lambda: health(store, config, clock["now"]))
    try:
        # Before the first pass no mailbox has synced: not healthy.
        status, ctype, body = _get(server.port, "/healthz")
        assert status == 503 and ctype == "application/json"
        assert json.loads(body)["mailboxes"]["borgmester-pa"]["last_sync"] is None

        Runner(config, store, clock=lambda: AFTER).run_once()
        status, _, body = _get(server.port, "/healthz")
        answer = json.loads(body)
        assert status == 200 and answer["status"] == "ok" and answer["database"] == "ok"
        assert set(answer["mailboxes"]) == {m.id for m in config.mailboxes}
        assert answer["mailboxes"]["hovedpostkasse"]["last_sync"] == "2026-11-23T09:00:00+00:00"
        assert "@" not in body and "karen" not in body.lower()   # no personal data

        # Ten minutes without a sync (the default healthy_sync_age_seconds: 600): 503.
        clock["now"] = AFTER + dt.timedelta(seconds=601)
        status, _, body = _get(server.port, "/healthz")
        assert status == 503 and json.loads(body)["mailboxes"]["borgmester-pa"]["ok"] is False
    finally:
        server.close()


def test_healthz_and_metrics_when_the_database_is_gone(rules_copy: Path, tmp_path: Path,
                                                       fresh: Metrics) -> None:
    config, store = _world(rules_copy)
    Runner(config, store, clock=lambda: AFTER).run_once()
    # A database that cannot be opened (its directory is gone).
    broken = Store(create_engine(f"sqlite:///{tmp_path}/missing/dir/x.db"))
    fresh.bind(broken, config, lambda: AFTER)
    server = start_http(0, fresh.registry, lambda: health(broken, config, AFTER))
    try:
        status, _, body = _get(server.port, "/healthz")
        assert status == 503 and json.loads(body)["database"].startswith("error:")
        status, _, text = _get(server.port, "/metrics")
        assert status == 200      # a scrape still answers, and says the store is down
        assert _value(_samples(text), "borgerpost_store_up") == 0
    finally:
        server.close()
        broken.engine.dispose()


def test_metrics_config_is_off_by_default_and_loopback_only() -> None:
    assert MetricsCfg().port is None
    assert MetricsCfg(port=9464).listen == "127.0.0.1"
    with pytest.raises(ValidationError):
        MetricsCfg(port=9464, listen="0.0.0.0")    # type: ignore[arg-type]


def test_serve_binds_the_configured_port(rules_copy: Path, fresh: Metrics) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    text = rules_copy.read_text("utf-8") + f"\nmetrics: {{port: {port}}}\n"
    rules_copy.write_text(text, "utf-8")
    config, store = _world(rules_copy)
    server = metrics.serve(config, store, lambda: AFTER)
    assert server is not None
    try:
        assert server.port == port
        assert _get(port, "/metrics")[0] == 200
        # After a reload of rules.yaml (SIGHUP) the endpoint follows the new mailbox list.
        fewer = config.model_copy(update={"mailboxes": config.mailboxes[:1]})
        server.reconfigure(fewer)
        body = json.loads(_get(port, "/healthz")[2])
        assert list(body["mailboxes"]) == [config.mailboxes[0].id]
    finally:
        server.close()


def test_the_runner_records_its_counters(rules_copy: Path, fresh: Metrics) -> None:
    """The call sites in daemon/runner.py and daemon/outbox.py (issue 9 point 3)."""
    config, store = _world(rules_copy)
    box = rules_copy.parent / "var/mail/borgmester-pa"
    deliver(box, "good", eml(), ARRIVED)
    deliver(box, "copy", eml(), ARRIVED + dt.timedelta(seconds=1))          # same Message-ID
    deliver(box, "bad", b"From: x@y.dk\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
            + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" * 2000,
            ARRIVED + dt.timedelta(seconds=2))
    deliver(box, "cpr", eml(sender='"Karen 120437-1234" <karen.k@gmail.com>',
                            message_id="<held@gmail.com>"), ARRIVED + dt.timedelta(seconds=3))
    Runner(config, store, clock=lambda: AFTER).run_once()
    reg = fresh.registry
    mbox = {"mailbox": "borgmester-pa"}

    def value(name: str, **labels: str) -> float:
        return reg.get_sample_value(name, {**mbox, **labels}) or 0.0

    assert value("borgerpost_messages_processed_total", outcome="citizen") == 2
    assert value("borgerpost_messages_processed_total", outcome="duplicate") == 1
    assert value("borgerpost_messages_processed_total", outcome="quarantined") == 1
    assert value("borgerpost_quarantined_total", reason="too_many_parts") \
        + value("borgerpost_quarantined_total", reason="nesting_too_deep") == 1
    assert value("borgerpost_receipts_sent_total") == 1          # the CPR one is held
    assert value("borgerpost_forwards_sent_total") == 2
    assert value("borgerpost_held_total", reason="sensitive_to_external") == 1
