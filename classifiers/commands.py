"""Decisions staff send by mail: a command word on the first line of a reply in a case
thread (issue 7), and whether the sender is authenticated as internal ("Trust no From").

Commands (Danish, case-insensitive, first non-empty line of the new text):

    Udkast                       the centre's draft is in SBSYS (seed 004, path 2)
    Besvaret                     the citizen has been answered
    Afsluttet                    the case is closed
    Personligt svar              the politician answers personally (path 1)
    Udvalg                       the inquiry goes on a committee agenda
    Forlæng 10-12-2026 <reason>  the answer deadline moves; the citizen is told
    Videresend <centre>          route the case to another centre
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from daemon.core.message import Message


@dataclass(frozen=True)
class Command:
    kind: str                      # draft | answered | closed | personal | committee |
                                   # extended | reroute
    new_deadline: dt.date | None = None
    reason: str = ""               # for Forlæng: the reason, told to the citizen
    centre: str | None = None      # for Videresend: the centre id


_WORDS = {"udkast": "draft", "besvaret": "answered", "afsluttet": "closed",
          "afslut": "closed", "personligt svar": "personal", "udvalg": "committee"}
_DATE = re.compile(r"^(?:(\d{1,2})[-./](\d{1,2})[-./](\d{4})|(\d{4})-(\d{2})-(\d{2}))\b")


def _date(text: str) -> tuple[dt.date | None, str]:
    match = _DATE.match(text)
    if not match:
        return None, text
    try:
        if match.group(1):
            day = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        else:
            day = dt.date(int(match.group(4)), int(match.group(5)), int(match.group(6)))
    except ValueError:
        return None, text
    return day, text[match.end():].strip(" :-–")


def _centre(text: str, centres: Sequence[tuple[str, str]]) -> str | None:
    wanted = text.lower().strip(" .:")
    if not wanted:
        return None
    for centre_id, name in centres:
        if wanted in (centre_id, name.lower()):
            return centre_id
    # "Videresend Voksne og Velfærd": the centre's name without "Center for".
    hits = [cid for cid, name in centres
            if wanted in name.lower() or name.lower().removeprefix("center for ") in wanted]
    return hits[0] if len(hits) == 1 else None


def parse_command(new_text: str, centres: Sequence[tuple[str, str]]) -> Command | None:
    """The command on the first non-empty line, or None. Never guesses: an unknown word,
    a Forlæng without a valid date or a Videresend to an unknown centre is no command."""
    first = next((line.strip() for line in new_text.splitlines() if line.strip()), "")
    if not first or len(first) > 200:
        return None
    lower = first.lower().rstrip(".!")
    if lower in _WORDS:
        return Command(_WORDS[lower])
    if lower.startswith("forlæng"):
        day, reason = _date(first[len("forlæng"):].strip())
        return Command("extended", new_deadline=day, reason=reason[:300]) if day else None
    if lower.startswith("videresend "):
        centre = _centre(first[len("videresend "):], centres)
        return Command("reroute", centre=centre) if centre else None
    return None


def authenticated_internal(message: Message, internal_domains: Sequence[str],
                           authserv_ids: Sequence[str], exchange_internal: bool) -> str | None:
    """Why the message counts as sent by an authenticated internal user, or None.

    The From header alone proves nothing. Two kinds of evidence count (DESIGN.md):
    * Exchange's own marker `X-MS-Exchange-Organization-AuthAs: Internal`, which Exchange
      strips from mail that enters from outside, when `exchange_internal` is on;
    * the topmost Authentication-Results header (RFC 8601: the one our own border server
      added last; it must remove look-alikes from outside, section 5) whose authserv-id is
      one of ours, with dmarc=pass for an internal From domain.
    """
    sender = message.sender
    if sender is None or not any(sender.domain == d or sender.domain.endswith("." + d)
                                 for d in internal_domains):
        return None
    if exchange_internal:
        marker = (message.header("x-ms-exchange-organization-authas") or "").strip().lower()
        if marker == "internal":
            return "exchange:AuthAs=Internal"
    results = message.header_all("authentication-results")
    if results and authserv_ids:
        top = results[0]
        authserv = top.split(";", 1)[0].strip().split()[0].lower() if top.strip() else ""
        if authserv in {a.lower() for a in authserv_ids}:
            lowered = top.lower()
            if re.search(r"\bdmarc=pass\b", lowered) and re.search(
                    r"header\.from=" + re.escape(sender.domain) + r"\b", lowered):
                return f"authentication-results:{authserv}"
    return None


FOLDER_ROOT = "Borgerpost"


def folder_command(folder: str, centres: Sequence[tuple[str, str]]) -> Command | None:
    """A decision made by moving the inquiry into a folder under Borgerpost/ (issue 7):
    `Personligt svar`, `Udvalg`, `Afsluttet`, `Til <centre name>`."""
    name = folder.replace("\\", "/").split("/")[-1].strip()
    lower = name.lower()
    if lower in ("personligt svar", "udvalg", "afsluttet", "besvaret", "udkast"):
        return Command(_WORDS.get(lower, "closed"))
    if lower.startswith("til "):
        centre = _centre(name[4:], centres)
        return Command("reroute", centre=centre) if centre else None
    return None
