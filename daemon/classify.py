"""Run the classifiers over a parsed message: the answers `decide` takes as input."""

from __future__ import annotations

import datetime as dt
from typing import Any

from classifiers.commands import Command, authenticated_internal, parse_command
from classifiers.inquiry import auto_generated
from classifiers.quotes import split_reply
from classifiers.routing import CentreKeywords, RoutingRule, route
from daemon.config.schema import Config
from daemon.core.classification import Classification
from daemon.core.message import Address, Forwarded, Message


def _inline_forward(message: Message) -> Forwarded | None:
    from classifiers.forwards import find_inline_forward

    original = find_inline_forward(message.text, message.html)
    if original is None:
        return None
    sender = (Address(original.sender_address, original.sender_name or "")
              if original.sender_address else None)
    return Forwarded(sender, original.date_text, original.subject, original.text,
                     f"inline:{original.client}")


def sensitive_input(subject: str | None, text: str) -> str:
    """What the sensitive-data detector reads for a mail: its subject as an "Emne:" line,
    a blank line, then the body, the shape the detector's rules and benchmark corpora
    know.  A bare first line would run on into the body's first line as one sentence:
    "Kontanthjælp" + "Hej, jeg vil gerne vide, hvornår I har åbent" read as the writer on
    kontanthjælp, where on an "Emne:" line it is only the mail's topic."""
    return f"Emne: {subject or ''}\n\n{text}"


_DETECTORS: dict[tuple[Any, ...], Any] = {}


class Classifier:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.centres = tuple(CentreKeywords(c.id, c.words, c.weights, c.kle)
                             for c in config.centres)
        self.rules = tuple(RoutingRule(r.centre, r.mailbox, r.sender, r.sender_domain,
                                       r.keyword, r.kle) for r in config.routing)
        self._detector: Any = None

    @property
    def detector(self) -> Any:
        """Built once per settings: building Presidio's engine takes a second or two, and
        a config reload (SIGHUP) with the same settings should not pay it again."""
        if self._detector is None:
            cfg = self.config.sensitive
            key = (cfg.min_score, tuple(sorted((k, tuple(v)) for k, v in
                                               cfg.extra_terms.items())),
                   tuple(cfg.exclude_phrases), cfg.veto, cfg.rescue)
            if key not in _DETECTORS:
                from classifiers.sensitive import SensitiveSettings, build_detector

                kwargs: dict[str, Any] = {"extra_terms": dict(cfg.extra_terms),
                                          "exclude_phrases": tuple(cfg.exclude_phrases)}
                if cfg.min_score is not None:
                    kwargs["min_score"] = cfg.min_score
                if cfg.veto is not None:
                    kwargs["veto"] = tuple(cfg.veto)
                if cfg.rescue is not None:
                    kwargs["rescue"] = tuple(cfg.rescue)
                _DETECTORS[key] = build_detector(SensitiveSettings(**kwargs))
            self._detector = _DETECTORS[key]
        return self._detector

    def sensitive(self, text: str, today: dt.date | None = None) -> tuple[str, ...]:
        from classifiers.sensitive import categories

        return tuple(categories(self.detector.detect(text, today=today)))

    def classify(self, message: Message, today: dt.date | None = None,
                 mailbox: str | None = None) -> Classification:
        forwarded = next((f for f in message.forwarded if f.sender is not None), None)
        if forwarded is None:
            forwarded = _inline_forward(message)
        subject = message.subject
        text = message.text
        sensitive_text = sensitive_input(message.subject, message.text)
        if forwarded is not None:
            subject = f"{subject}\n{forwarded.subject or ''}"
            text = f"{text}\n{forwarded.text}"
            sensitive_text += "\n\n" + sensitive_input(forwarded.subject, forwarded.text)
        sender = forwarded.sender if forwarded is not None else message.sender
        routing = route(subject, text, self.centres, self.rules, mailbox=mailbox,
                        sender=sender.addr if sender else None)
        command, authenticated = self._command(message)
        return Classification(
            sensitive=self.sensitive(sensitive_text, today),
            centre=routing.centre,
            routing_explanation=routing.explanation,
            forwarded=forwarded,
            auto_generated=auto_generated(message),
            command=command,
            authenticated=authenticated,
        )

    def _command(self, message: Message) -> tuple[Command | None, str | None]:
        """A command word on the first line of staff's reply, and the sender's proof."""
        sender = message.sender
        if sender is None or not self.config.is_internal(sender.addr):
            return None, None
        new = split_reply(message.text).new
        names = [(c.id, c.name) for c in self.config.centres]
        trust = self.config.trust
        return (parse_command(new, names),
                authenticated_internal(message, self.config.internal_domains,
                                       trust.authserv_ids, trust.exchange_internal))
