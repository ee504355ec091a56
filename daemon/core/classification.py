"""What the classifiers said about a message, as plain data for `decide`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .message import Forwarded

if TYPE_CHECKING:
    from classifiers.commands import Command


@dataclass(frozen=True)
class Classification:
    sensitive: tuple[str, ...] = ()          # categories found (classifiers.sensitive)
    centre: str | None = None                # classifiers.routing; None: a person routes
    routing_explanation: str = ""
    forwarded: Forwarded | None = None       # the original of a forwarded inquiry
    auto_generated: str | None = None        # classifiers.inquiry.auto_generated
    command: Command | None = None           # classifiers.commands: first line of a reply
    authenticated: str | None = None         # why the sender is authenticated internal
