"""Structured logging with no personal data (DESIGN.md "No personal data in logs").

Call sites log an event name and ids, codes and counts only. As a safety net the
formatter also masks anything shaped like a mail address or a CPR number in the final
line, so a mistake elsewhere cannot put one in a log file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sys
from typing import Any

LOGGER = "borgerpost"
_EMAIL = re.compile(r"[A-Za-z0-9._%+!#$&'*/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_CPR = re.compile(r"(?<![0-9])[0-3][0-9][01][0-9][0-9]{2}[-\u2010\u2011\u2013 \u00a0]?[0-9]{4}"
                  r"(?![0-9])")


def scrub(text: str) -> str:
    return _CPR.sub("[cpr]", _EMAIL.sub("[address]", text))


def short_hash(value: str) -> str:
    """A stable, non-reversible reference to a Message-ID or address for log lines."""
    return hashlib.sha256(value.strip().lower().encode("utf-8", "replace")).hexdigest()[:12]


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"),
            "level": record.levelname.lower(),
            "event": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            # The type only: exception texts from libraries may quote mail content.
            entry["error"] = record.exc_info[0].__name__
        return scrub(json.dumps(entry, ensure_ascii=False, default=str))


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", None) or {}
        extra = " ".join(f"{k}={v}" for k, v in fields.items())
        line = f"{record.levelname.lower():7} {record.getMessage()} {extra}".rstrip()
        if record.exc_info and record.exc_info[0] is not None:
            line += f" error={record.exc_info[0].__name__}"
        return scrub(line)


def setup(level: str = "INFO", fmt: str = "json", stream: Any = None) -> logging.Logger:
    logger = logging.getLogger(LOGGER)
    logger.handlers.clear()
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger


def get() -> logging.Logger:
    return logging.getLogger(LOGGER)


def log(level: int, event: str, **fields: Any) -> None:
    logging.getLogger(LOGGER).log(level, event, extra={"fields": fields})


def info(event: str, **fields: Any) -> None:
    log(logging.INFO, event, **fields)


def warning(event: str, **fields: Any) -> None:
    log(logging.WARNING, event, **fields)


def error(event: str, **fields: Any) -> None:
    log(logging.ERROR, event, **fields)
