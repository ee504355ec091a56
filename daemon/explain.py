"""`borgerpost explain` and `borgerpost scan`: decisions and findings for one file.

Explain reads no database and sends nothing. A file has no server arrival time, so the
arrival is --now if given, else the message's Date header, else the clock; the trace
says which. A reference to one of our Message-IDs or a case tag counts as a reply in
that case's thread (the daemon also checks the case exists in its database).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from daemon.classify import Classifier, sensitive_input
from daemon.config import mailbox_policy, policy_from_config
from daemon.config.schema import Config
from daemon.core.decide import decide
from daemon.core.history import CaseRef, History
from daemon.errors import ConfigError
from daemon.mail.parse import parse
from daemon.runner import case_tags


def explain(config: Config, raw: bytes, mailbox_id: str, now: dt.datetime | None
            ) -> dict[str, Any]:
    try:
        mailbox = config.mailbox(mailbox_id)
    except KeyError:
        known = ", ".join(m.id for m in config.mailboxes)
        raise ConfigError([f"--mailbox: unknown mailbox {mailbox_id!r}; use one of {known}"]
                          ) from None
    message = parse(raw)
    if now is not None:
        arrived, source = now, "--now"
    elif message.date is not None and message.date.tzinfo is not None:
        arrived, source = message.date, "the Date header"
    else:
        arrived, source = dt.datetime.now(dt.UTC), "the clock"
    clock_now = now or max(arrived, dt.datetime.now(dt.UTC))
    policy = policy_from_config(config)
    by_ref, by_tag = case_tags(message, policy.id_domain)
    refs = by_ref + by_tag
    history = History(first_start=arrived - dt.timedelta(seconds=1),
                      case=CaseRef(refs[0], "unknown", None) if refs else None)
    classifier = Classifier(config)
    today = clock_now.astimezone(ZoneInfo(config.calendar.timezone)).date()
    decision = decide(message, classifier.classify(message, today=today, mailbox=mailbox.id),
                      mailbox_policy(mailbox), policy, history, arrived, clock_now)
    result = decision.to_json()
    result["trace"] = [f"arrival: from {source}", *result["trace"]]
    return result


def scan(data: bytes, is_eml: bool) -> dict[str, Any]:
    from classifiers.sensitive import detect, mask

    if is_eml:
        message = parse(data)
        text = sensitive_input(message.subject, message.text)
        for original in message.forwarded:
            text += "\n\n" + sensitive_input(original.subject, original.text)
    else:
        text = data.decode("utf-8", errors="replace")
    findings = detect(text)
    return {"findings": [{"category": f.category, "start": f.start, "end": f.end,
                          "score": round(f.score, 3), "masked": mask(text[f.start:f.end], [
                              type(f)(f.category, 0, f.end - f.start, f.score)])}
                         for f in findings],
            "categories": sorted({f.category for f in findings})}
