"""Errors that say whose fault they are (STYLE.md, after h11).

* ConfigError: the operator's. rules.yaml or .env is wrong; Borgerpost refuses to start.
* MessageError: the sender's. One inbound message cannot be handled; it is quarantined
  and the daemon goes on.
* TemporaryFailure: a server's, for now. Retry with backoff.
* PermanentFailure: a server refused for good (SMTP 5xx, Graph 4xx). Hold for a person.

Messages of these exceptions never carry a subject, a body, an address or a secret:
they end up in logs.
"""

from __future__ import annotations


class BorgerpostError(Exception):
    """Base class of every error Borgerpost raises on purpose."""


class ConfigError(BorgerpostError):
    """The configuration is invalid. `problems` holds one line per error, file:line: key: what."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class MessageError(BorgerpostError):
    """An inbound message cannot be processed (hostile or malformed): quarantine it."""


class TemporaryFailure(BorgerpostError):
    """A server failed in a way that may pass: retry later."""


class PermanentFailure(BorgerpostError):
    """A server refused for good: hold the action for a person."""
