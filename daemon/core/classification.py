"""What the classifiers said about a message, as plain data for `decide`."""

from __future__ import annotations

from dataclasses import dataclass

from .message import Forwarded


@dataclass(frozen=True)
class Classification:
    sensitive: tuple[str, ...] = ()          # categories found (classifiers.sensitive)
    centre: str | None = None                # classifiers.routing; None: a person routes
    routing_explanation: str = ""
    forwarded: Forwarded | None = None       # the original of a forwarded inquiry
    auto_generated: str | None = None        # classifiers.inquiry.auto_generated
