"""Split a reply into what the author wrote now and the quoted history (issue 4).

Council members answer citizens from an unsafe channel, and the guideline (seed 000)
says the citizen's quoted text must be deleted when it holds confidential data. So the
errors are not equal: quoted text left in ``new`` is a leak, new text moved to
``quoted`` is lost, and when the markers disagree we say ``uncertain`` so that the
caller holds the mail for a person (fail closed).

The public detectors (talon, mail-parser-reply, email_reply_trimmer) each leak Danish
quotes or cut the author's own text, so this module knows the Danish and English
client formats itself:

* ``>`` blocks (and Supercite's "JJ>"), and the attribution line next to them ("Den 3.
  marts 2025 kl. 10.12 skrev …:", Gmail's "man. 3. mar. 2025 kl. 10.12 skrev …:",
  "On … wrote:"), wrapped over up to three lines or broken over blank lines by a
  mangled "<mailto:…>"; prose about writing ("Last week I wrote:", "Den 3. marts
  skrev I til mig:") is not an attribution;
* header blocks (Outlook's Fra:/Sendt:/Til:/Emne:, Apple's and Samsung's Fra:/Dato:);
* named separators ("-----Oprindelig meddelelse-----", "Start på videresendt besked:");
* HTML markers (see ``classifiers._html_text``);
* text that repeats an earlier message of the same case (``history``).

Pure: no I/O, no clock, no logging; ``reasons`` name markers, never message text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from classifiers._html_text import html_to_lines

__all__ = ["Reply", "split_reply"]


@dataclass(frozen=True)
class Reply:
    """A reply split in two; ``uncertain`` means a person must look before sending."""

    new: str
    quoted: str
    uncertain: bool = False
    reasons: tuple[str, ...] = ()


# Bodies larger than this are still split (linearly), but flagged: nobody writes a
# 2 MB answer, so something odd is going on.
_LARGE = 2_000_000
# Marker regexes only ever see this many characters of a line, which bounds their cost.
_LINE_PEEK = 400

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\xad"), None)
# Mail trackers for Gmail (Mailtrack, Streak) add a line holding only "ᐧ" (U+1427)
# next to their pixel; it is no text of anybody's, so such a line counts as blank.
_TRACKER_GLYPHS = "\u1427"

# -- attribution lines ------------------------------------------------------------------

_VERB = re.compile(
    r"(?<!\w)(skrev|wrote|schrieb|a\s+écrit|écrit|het\s+volgende\s+geschreven|geschreven"
    r"|schreef|escribió|ha\s+scritto|scrisse|escreveu|napisał\(a\)|napisała|napisał"
    r"|написал\(а\)|написала|написал|написав|kirjoitti|írta|skrifaði|写道)(?!\w)",
    re.IGNORECASE,
)
# "10.12", "10:12" but not the "03.03" of "03.03.2025".
_TIME = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?!\d|\.\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Old Gmail: "2016-03-03 17:21 GMT+01:00 Jens Jensen <jj@x.dk>:" (colon often missing).
_GMAIL_OLD = re.compile(r"^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?: \d{1,2}:\d{2} GMT[+-]\d{1,2}:?\d{2})?\s")
# Words that start a multi-line attribution ("On …", "Den …", "man. 3. mar. …").
_OPENER = re.compile(
    r"^(?:on|den|d\.|am|le|op|el|il|em|w|dnia|at|the|\d|"
    r"man|tir|ons|tor|fre|lør|søn|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|"
    r"mon|tue|wed|thu|fri|sat|sun|\W)",
    re.IGNORECASE,
)
# Danish prose, not an attribution: "Den 3. marts skrev I til mig, at …",
# "… som jeg skrev:" (a pronoun before "skrev" or a pronoun/preposition after it).
_DA_PRONOUNS = frozenset(
    ["jeg", "du", "i", "vi", "han", "hun", "de", "dem", "man", "det", "der", "som", "hvad",
     "og", "at", "vores", "jeres"]
)
_DA_AFTER = frozenset(
    ["jeg", "du", "i", "vi", "han", "hun", "de", "til", "at", "om", "på", "for", "følgende",
     "dette", "det", "en", "et", "den", "noget", "og", "men", "ikke", "også", "så"]
)

# Words that never sit in a sender's name after "skrev" ("… skrev kommunen følgende til mig:").
_DA_PROSE_TAIL = frozenset(["følgende", "til", "at", "om", "mig", "os", "jer", "dig"])
# English prose about writing ("Last week I wrote:", "As I wrote to you on 3 March 2025
# at 10:12:"): clients put a name or an address before "wrote" and nothing after it.
_EN_PRONOUNS = frozenset(
    ["i", "you", "we", "they", "he", "she", "it", "who", "which", "that", "what", "also",
     "already", "just", "once", "previously", "earlier", "recently", "have", "had", "has"]
)

# -- header blocks ----------------------------------------------------------------------

_HEADER_KEYS: dict[str, str] = {}
for _kind, _names in {
    "from": "fra from von de da van från od от lähettäjä feladó afsender",
    "date": "sendt sent dato date gesendet datum envoyé data enviado fecha verzonden "
    "skickat отправлено дата wysłano päivämäärä",
    "to": "til to an à a para aan till кому do vastaanottaja modtager",
    "subject": "emne subject betreff objet oggetto asunto onderwerp ämne тема temat "
    "assunto aihe tárgy",
    "cc": "cc kopi bcc reply-to svar-til risposta",
}.items():
    for _name in _names.split():
        _HEADER_KEYS[_name] = _kind
_HEADER_KEYS["svar til"] = "cc"
_HEADER_KEYS["antwort an"] = "cc"

# -- separators -------------------------------------------------------------------------

_SEPARATOR_WORDS = re.compile(
    r"(oprindelig|original|videresendt|videresend|forwarded|forward|weitergeleitet"
    r"|ursprüngliche|meddelelse|besked|message|nachricht|mensaje|messaggio|bericht"
    r"|meddelande|wiadomość|сообщение|mail)",
    re.IGNORECASE,
)
_FORWARD_INTRO_WORDS = (
    r"(start på videresendt (?:besked|meddelelse)|begin forwarded message|videresendt "
    r"(?:besked|meddelelse)|forwarded message|anfang der weitergeleiteten nachricht"
    r"|début du message réexpédié|inicio del mensaje reenviado"
    r"|начало переадресованного сообщения)"
)
_FORWARD_INTROS = re.compile(r"^" + _FORWARD_INTRO_WORDS + r"\s*:?$", re.IGNORECASE)
_DASHES = "-_=*~—–"

_LONE_RULE = re.compile(r"^[-_=*—–]{5,}$")

# What mail clients write in a header block and people typing a letter do not: an
# address in angle brackets or as "[mailto:…]", and a reply/forward subject prefix.
_CLIENT_ADDRESS = re.compile(r"<[^<>\s@]{1,64}@[^<>\s]{1,255}>|\[mailto:", re.IGNORECASE)
_REPLY_PREFIX = re.compile(r"^(?:re|sv|aw|vs|fw|fwd|wg|tr|rv|antw)\s*:", re.IGNORECASE)


@dataclass
class _Lines:
    """Working state: one entry per line."""

    text: list[str]
    depth: list[int]
    reason: list[str | None]


# What every marker needs somewhere in the text (a superset, one pass in C): a line
# that starts with a quote prefix ("> ", "JJ>"), a rule (a separator, a Zoho
# attribution), a forward intro, a header key and its colon, or an old-Gmail date; a
# line that ends in a colon (every other attribution); "写道". A mail without any of
# them has nothing ``_mark_markers`` could cut. ``tests/quotes/test_author_text.py``
# holds ``author_text`` equal to ``split_reply(...).new`` on every corpus mail.
_MAY_QUOTE = re.compile(
    r"^[ \t]*[A-Za-z]{0,4}>"
    r"|^[\s*]*[-_=*~—–]"
    r"|^[\s*]*" + _FORWARD_INTRO_WORDS +
    r"|^[\s*>]*(?:" + "|".join(sorted(map(re.escape, _HEADER_KEYS), key=len, reverse=True))
    + r")[*> \t]*:"
    r"|^\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}"
    r"|[:：][\s*]*$"
    r"|写道",
    re.IGNORECASE | re.MULTILINE,
)
_UNSEEN = "".join(map(chr, _INVISIBLE)) + _TRACKER_GLYPHS + "\r"
# _MAY_QUOTE in three searches that find a match exactly when it does (speed only: a
# case-blind scan tries its five "^" branches at every character, ~0.4 ms per 5 KB
# mail). A line start is the text's start or a "\n": the branches without their "^"
# are matched at 0 and searched after a literal "\n", which the engine skips ahead
# to. ``tests/sensitive/test_speed_keys.py`` holds the two equal.
_LINE_MARKER_ALTS = _MAY_QUOTE.pattern.split(r"|[:：]")[0].replace("|^", "|")[1:]
_FIRST_LINE_MARKER = re.compile(_LINE_MARKER_ALTS, re.IGNORECASE)
_NEXT_LINE_MARKER = re.compile(r"\n(?:" + _LINE_MARKER_ALTS + ")", re.IGNORECASE)
_COLON_AT_END = re.compile(r"[:：][\s*]*$", re.IGNORECASE | re.MULTILINE)


def _may_hold_quote(body: str) -> bool:
    """False only when no line of ``body`` can be a quote marker (``_MAY_QUOTE``).
    Invisible characters, tracker glyphs and carriage returns change lines before the
    markers are read: such a body always goes to the splitter."""
    return (any(c in body for c in _UNSEEN)
            or _FIRST_LINE_MARKER.match(body) is not None
            or _NEXT_LINE_MARKER.search(body) is not None
            or _COLON_AT_END.search(body) is not None
            or "写道" in body)


def split_reply(body: str, html: bool = False, *, history: Sequence[str] = ()) -> Reply:
    """Split ``body`` into the author's new text and the quoted history.

    ``html``: ``body`` is an HTML part; ``new`` and ``quoted`` are then plain text.
    ``history``: texts of earlier messages of the same case (by References,
    In-Reply-To or case tag); any passage that repeats them is quoted, whatever its
    markers. Never raises: on an internal error everything is called quoted and
    uncertain, so that nothing is sent unseen.
    """
    try:
        return _split(body, html, history)
    except Exception:  # Fail closed: a bug here must hold the mail, not crash or leak.
        text = body if isinstance(body, str) else ""
        return Reply(new="", quoted=text, uncertain=True, reasons=("internal_error",))


def author_text(body: str) -> str:
    """``split_reply(body).new`` of a plain-text body without history, with the
    splitter skipped when no line can be a quote marker (``_may_hold_quote``): the
    sensitive-data check reads the writer's own text of every mail that names a
    partner, and most mail quotes nothing (~1.5 ms saved on a 5 KB mail)."""
    if _may_hold_quote(body):
        return split_reply(body).new
    # No invisible character, tracker glyph or "\r" is left here (_may_hold_quote sends
    # those to the splitter), so _plain_lines is a split on "\n" and _clean_line an
    # rstrip (speed only: ~180 lines in a 5 KB mail).
    return _join([line.rstrip() for line in body.split("\n")])


def _plain_lines(body: str) -> list[str]:
    """A plain-text body's lines, whatever its line ends."""
    return body.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _split(body: str, html: bool, history: Sequence[str]) -> Reply:
    uncertain = False
    reasons: list[str] = []
    if len(body) > _LARGE:
        uncertain = True
        reasons.append("too_large")
    if html:
        rendered = html_to_lines(body)
        raw_lines = rendered.lines
        forced = rendered.reasons
    else:
        raw_lines = _plain_lines(body)
        forced = [None] * len(raw_lines)
    lines = _Lines(
        text=[_clean_line(line) for line in raw_lines],
        depth=[_quote_depth(line) for line in raw_lines],
        reason=list(forced),
    )
    _mark_initials_prefix(lines)
    uncertain |= _mark_markers(lines)
    if history:
        uncertain |= _mark_history(lines, history)
    _absorb_blank_lines(lines)
    uncertain |= _residual_doubt(lines)

    new_lines = [t for t, r in zip(lines.text, lines.reason, strict=True) if r is None]
    if not any(t.strip() for t in new_lines) and any(
        t.strip() for t, r in zip(lines.text, lines.reason, strict=True) if r is not None
    ):
        # A reply with nothing new is odd (a forward without a note, or a cut that
        # took everything): let a person look.
        uncertain = True
        reasons.append("nothing_new")
        if ({r for r in lines.reason if r is not None} == {"quote_prefix"}
                and not _history_inside(lines.text)):
            # Only `>` lines, with no attribution, header or separator anywhere, not
            # even inside the quote: no evidence that they are someone else's words
            # rather than what the author sent (a pasted text, a citation). They are
            # all there is: keep them as the author's, still uncertain, so that
            # nothing is sent on this split unseen.
            lines.reason[:] = [None] * len(lines.reason)
            new_lines = list(lines.text)
            reasons.append("unattributed_quote_only")
    quoted_lines = [t for t, r in zip(lines.text, lines.reason, strict=True) if r is not None]
    for reason in lines.reason:
        if reason is not None and reason not in reasons:
            reasons.append(reason)
    if uncertain and "uncertain" not in reasons:
        reasons.append("uncertain")
    return Reply(
        new=_join(new_lines),
        quoted=_join(quoted_lines),
        uncertain=uncertain,
        reasons=tuple(reasons),
    )


_ALL_PREFIXES = re.compile(r"^(?:[ \t]*>)+[ \t]?")


def _history_inside(texts: list[str]) -> bool:
    """Whether `>`-quoted lines, with every `>` taken off, show a marker of quoted
    mail (an attribution, a header block, a separator, a forward intro)."""
    inner = "\n".join(_ALL_PREFIXES.sub("", t) for t in texts)
    found = set(_split(inner, False, ()).reasons)
    return bool(found - {"nothing_new", "uncertain", "quote_prefix", "too_large"})


def _clean_line(line: str) -> str:
    cleaned = line.translate(_INVISIBLE).rstrip()
    if cleaned and not cleaned.strip(_TRACKER_GLYPHS + " \t"):
        return ""
    return cleaned


def _join(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _quote_depth(line: str) -> int:
    """Number of leading '>' (spaces between allowed); looks at a bounded prefix."""
    depth = 0
    for char in line[:_LINE_PEEK]:
        if char == ">":
            depth += 1
        elif char in " \t":
            continue
        else:
            break
    return depth


# Supercite-style quoting (Emacs, some list software): "JJ> text", "C>".
_INITIALS_PREFIX = re.compile(r"^ {0,3}([A-Za-z]{1,4})>(?=\s|$)")


def _mark_initials_prefix(lines: _Lines) -> None:
    """Give depth 1 to runs of two or more lines that share an "XY>" prefix."""
    n = len(lines.text)
    i = 0
    while i < n:
        match = _INITIALS_PREFIX.match(lines.text[i][:_LINE_PEEK]) if not lines.depth[i] else None
        if match is None:
            i += 1
            continue
        j = i + 1
        while j < n and not lines.depth[j]:
            other = _INITIALS_PREFIX.match(lines.text[j][:_LINE_PEEK])
            if other is None or other.group(1) != match.group(1):
                break
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                lines.depth[k] = 1
        i = j


# -- markers ----------------------------------------------------------------------------


def _mark_markers(lines: _Lines) -> bool:
    """Mark quoted lines by their markers; True when a marker leaves doubt."""
    text, depth, reason = lines.text, lines.depth, lines.reason
    n = len(text)
    doubt = False
    has_new_above = False
    i = 0
    while i < n:
        if reason[i] is not None:
            i += 1
            continue
        if depth[i] > 0:
            reason[i] = "quote_prefix"
            i += 1
            continue
        line = text[i].strip()
        if not line:
            i += 1
            continue
        peek = line[:_LINE_PEEK]
        sep = _separator(peek)
        if sep is not None:
            start = _rule_above(lines, i)
            _cut_from(lines, start, sep)
            break
        block = _header_block(lines, i)
        if block is not None:
            _kinds, end, evidence, separated = block
            at_top = not has_new_above
            if (
                at_top
                and not separated
                and not evidence.get("time")
                and not evidence.get("client")
            ):
                # A letter that begins with typed "Til:"/"Fra:" lines (issue 4 guard):
                # Outlook always writes a time in "Sendt:", people don't.
                if evidence.get("email"):
                    doubt = True
                i = end
                has_new_above = True
                continue
            if at_top and not evidence.get("time"):
                # Cut on what only a client writes ("Name <a@b.dk>", "[mailto:…]",
                # "Emne: SV: …"), but a person should confirm: it may still be typed.
                doubt = True
            if not (evidence.get("time") or evidence.get("email") or separated):
                doubt = True
            _cut_from(lines, _rule_above(lines, i), "header_block")
            break
        attribution = _attribution_at(lines, i)
        if attribution is not None:
            size, quoted_follows = attribution
            if quoted_follows:
                for k in range(i, i + size):
                    reason[k] = "attribution"
                i += size
                continue
            _cut_from(lines, i, "attribution")
            break
        if _looks_like_lost_attribution(peek):
            doubt = True
        has_new_above = True
        i += 1
    return doubt


def _cut_from(lines: _Lines, start: int, why: str) -> None:
    for k in range(start, len(lines.text)):
        if lines.reason[k] is None:
            lines.reason[k] = why


def _rule_above(lines: _Lines, i: int) -> int:
    """Include a divider line ("_____", "-----") just above a cut in the quoted part."""
    k = i - 1
    blanks = 0
    while k >= 0 and blanks <= 2:
        line = lines.text[k].strip().strip("*").strip()
        if not line:
            blanks += 1
            k -= 1
            continue
        if lines.reason[k] is None and _LONE_RULE.match(line[:_LINE_PEEK]):
            return k
        break
    return i


def _separator(line: str) -> str | None:
    """A named separator such as "-----Oprindelig meddelelse-----"."""
    stripped = line.strip().strip("*").strip()
    if _FORWARD_INTROS.match(stripped):
        return "forward_intro"
    if not stripped or stripped[0] not in _DASHES:
        return None
    inner = stripped.strip(_DASHES + " ")
    lead = len(stripped) - len(stripped.lstrip(_DASHES + " "))
    trail = len(stripped) - len(stripped.rstrip(_DASHES + " "))
    if lead < 2 or not inner or len(inner) > 60:
        return None
    if trail < 2 and not inner.endswith(":"):
        return None
    if _SEPARATOR_WORDS.search(inner) and not any(c in inner for c in ".!?,;"):
        return "separator"
    return None


def _header_line(line: str) -> tuple[str, str] | None:
    """("from", value) for "Fra: Jens <jj@x.dk>", "*From:* …", else None."""
    stripped = line.strip()
    colon = stripped.find(":", 0, 30)
    if colon <= 0:
        return None
    key = stripped[:colon].strip("*> \t").lower()
    kind = _HEADER_KEYS.get(key)
    if kind is None:
        return None
    value = stripped[colon + 1 :].strip("* \t")
    return kind, value


def _header_block(
    lines: _Lines, i: int
) -> tuple[set[str], int, dict[str, bool], bool] | None:
    """A run of mail header lines starting at ``i`` that holds a sender.

    Returns (kinds, end, evidence, separated_by_rule) or None.
    """
    first = _header_line(lines.text[i][:_LINE_PEEK])
    if first is None:
        return None
    kinds: set[str] = set()
    evidence = {"time": False, "email": False, "client": False}
    k = i
    blanks = 0
    last_value = ""
    while k < len(lines.text) and k < i + 14:
        if lines.reason[k] is not None:
            break
        line = lines.text[k][:_LINE_PEEK]
        if not line.strip():
            blanks += 1
            if blanks > 1:
                break
            k += 1
            continue
        parsed = _header_line(line)
        if parsed is None:
            # Outlook wraps a long Til:/Cc: list onto the next line.
            if kinds and (line[:1] in " \t" or last_value.endswith((";", ","))) and not blanks:
                k += 1
                continue
            break
        blanks = 0
        kind, value = parsed
        kinds.add(kind)
        last_value = value
        if kind in ("from", "to", "cc") and "@" in value:
            evidence["email"] = True
            if _CLIENT_ADDRESS.search(value):
                evidence["client"] = True
        if kind == "subject" and _REPLY_PREFIX.match(value):
            evidence["client"] = True
        if kind == "date" and _TIME.search(value):
            evidence["time"] = True
        k += 1
    if "from" not in kinds or len(kinds) < 2:
        return None
    separated = _rule_above(lines, i) != i
    if len(kinds) < 3 and not separated:
        return None
    while k > i and not lines.text[k - 1].strip():
        k -= 1
    return kinds, k, evidence, separated


def _attribution_at(lines: _Lines, i: int) -> tuple[int, bool] | None:
    """(number of lines, whether a quote follows) if an attribution starts at ``i``."""
    text = lines.text
    n = len(text)
    for size in (1, 2, 3):
        if i + size > n:
            break
        chunk = text[i : i + size]
        if any(not part.strip() for part in chunk) or any(
            lines.reason[k] is not None or lines.depth[k] for k in range(i, i + size)
        ):
            break
        if size > 1:
            head = chunk[0].strip()
            # A sentence ends here, unless the line is a sender and verb whose date
            # wraps after an abbreviation (German Gmail: "Max <m@x.de> schrieb am Fr., 28.").
            if (
                head.endswith((".", "!", "?"))
                and not _OPENER.match(head)
                and not ("@" in head and _VERB.search(head[:_LINE_PEEK]))
            ):
                break
            if not (_OPENER.match(head) or _VERB.search(head[:_LINE_PEEK])):
                break
        joined = " ".join(part.strip()[:_LINE_PEEK] for part in chunk)
        follows = _quote_follows(lines, i + size)
        if _is_attribution(joined, follows):
            dated = _TIME.search(chunk[0]) or _YEAR.search(chunk[0])
            if (
                size > 1
                and not dated
                and _attribution_at_single_later(lines, i + 1, i + size, follows)
            ):
                return None
            return size, follows
    return _broken_attribution_at(lines, i)


# A piece of an attribution whose "<mailto:…>" link an HTML-to-text step broke up:
# a lone bracket, or a piece holding the address.
_BRACKET_PIECE = re.compile(r"^[<>\[\]()\s]+$")


def _broken_attribution_at(lines: _Lines, i: int) -> tuple[int, bool] | None:
    """An attribution broken over blank lines by a mangled address, such as
    "On Thu, 31 Mar 2016 at 11:16 Some One" / "" / "<" / "mailto:… <a@b.c>" / "> wrote:".

    The first line must start like an attribution and carry a date; the pieces after
    it may only be brackets or hold the address; the last one ends with ":" and, unless
    the verb was on the first line (Danish "Den … skrev Jens"), starts with the verb.
    """
    text = lines.text
    head = text[i].strip()[:_LINE_PEEK]
    if (
        not _OPENER.match(head)
        or head.endswith((".", "!", "?", ":"))
        or not (_TIME.search(head) or _YEAR.search(head))
    ):
        return None
    pieces = [head]
    blanks = 0
    k = i + 1
    while k < len(text) and k < i + 8:
        if lines.reason[k] is not None:
            return None
        piece = text[k].strip()[:_LINE_PEEK]
        if not piece:
            blanks += 1
            if blanks > 2:
                return None
            k += 1
            continue
        blanks = 0
        if lines.depth[k] > 1 or len(piece) > 150:
            return None
        pieces.append(piece)
        if piece.endswith(":"):
            break
        if lines.depth[k] or not (_BRACKET_PIECE.match(piece) or "@" in piece):
            return None
        k += 1
    else:
        return None
    if len(pieces) < 2:
        return None
    last = pieces[-1].lstrip("> \t").rstrip(":").rstrip()
    verb = _VERB.search(last)
    if _VERB.search(head):
        rest = last  # Danish: the verb came first, the address piece ends the line
    elif verb is not None and not last[verb.end() :].strip():
        rest = last[: verb.start()].strip()
    else:
        return None
    if rest and not (_BRACKET_PIECE.match(rest) or ("@" in rest and len(rest.split()) <= 4)):
        return None
    joined = " ".join(pieces)
    if "@" not in joined:
        return None
    follows = _quote_follows(lines, k + 1)
    if not _is_attribution(joined, follows):
        return None
    return k + 1 - i, follows


def _attribution_at_single_later(lines: _Lines, start: int, end: int, follows: bool) -> bool:
    """True if the attribution really starts on a later line (keep the earlier line new)."""
    for k in range(start, end):
        joined = " ".join(part.strip() for part in lines.text[k:end])
        if _is_attribution(joined, follows):
            return True
    return False


def _quote_follows(lines: _Lines, j: int) -> bool:
    n = len(lines.text)
    while j < n and not lines.text[j].strip():
        j += 1
    return j < n and (lines.depth[j] > 0 or lines.reason[j] is not None)


def _is_attribution(s: str, quote_follows: bool) -> bool:
    s = s.strip().rstrip("*").strip()
    if len(s) > 350 or len(s) < 6:
        return False
    if _GMAIL_OLD.match(s) and ("@" in s or "GMT" in s):
        return True
    zoho = s.startswith("----") and s.endswith("----")
    if not (s.endswith((":", "：")) or zoho or s.endswith("写道")):
        return False
    body = s.strip("-").strip().rstrip(":：").rstrip()
    verbs = list(_VERB.finditer(body))
    verb = verbs[-1] if verbs else None
    evidence = bool(_TIME.search(s) or "@" in s or _YEAR.search(s) or "mailto" in s.lower())
    if verb is None:
        # No verb (mail.ru's "… от Name <addr>:"): only next to a quote, with a
        # sender address and a time.
        return quote_follows and "@" in s and bool(_TIME.search(s))
    tail = body[verb.end() :].strip()
    before = body[: verb.start()].strip()
    if len(tail) > 120 or not before:
        return False
    if verb.group(1).lower() == "skrev":
        words_before = before.split()
        words_after = tail.split()
        if words_before and words_before[-1].lower().strip(",") in _DA_PRONOUNS:
            return False
        if words_after and words_after[0].lower().strip(",") in _DA_AFTER:
            # "Den 3. marts 2025 kl. 10.12 skrev Jens følgende:" is rare, prose is not.
            return False
        if any(word.lower().strip(",") in _DA_PROSE_TAIL for word in words_after):
            return False
    elif verb.group(1).lower() == "wrote":
        last = before.split()[-1].lower().strip(",")
        # Eudora writes "At 6/16/2016 08:32 PM, you wrote:", always with a time.
        if last in _EN_PRONOUNS and not (last == "you" and _TIME.search(before)):
            return False
        if tail and not (
            tail.lower().startswith("on ") and (_TIME.search(tail) or _YEAR.search(tail))
        ):
            # "On … Jens wrote:" has no words after the verb, Lotus Notes only a date
            # ("Jens Jensen/Org wrote on 03/03/2025 10:12:"); prose has others
            # ("… wrote to you on 3 March:", "… wrote the following:").
            return False
    if quote_follows:
        return True
    # Nothing quoted below: the cut would run to the end, so ask for what clients
    # always write (a time or an address), not just a year ("Den 3. marts 2025 skrev").
    return bool(_TIME.search(s) or "@" in s or "mailto" in s.lower()) and evidence


def _looks_like_lost_attribution(line: str) -> bool:
    """A line that nearly is an attribution (date, time, sender, verb) but failed."""
    stripped = line.strip()
    if len(stripped) > 200:
        return False
    verb = _VERB.search(stripped)
    return bool(
        verb and "@" in stripped and _TIME.search(stripped)
        and verb.group(1).lower() in ("skrev", "wrote")
    )


# -- thread history ---------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_SHINGLE = 5


def _words(line: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(line[:5000])]


def _mark_history(lines: _Lines, history: Sequence[str]) -> bool:
    """Quote lines that repeat an earlier message of the case; True on partial repeats."""
    known: set[tuple[str, ...]] = set()
    for earlier in history:
        if not isinstance(earlier, str):
            continue
        words = _words_of_text(earlier)
        for k in range(len(words) - _SHINGLE + 1):
            known.add(tuple(words[k : k + _SHINGLE]))
    if not known:
        return False
    # Word stream of the lines still counted as new, with the line each word is on.
    stream: list[str] = []
    owner: list[int] = []
    for index, line in enumerate(lines.text):
        if lines.reason[index] is None:
            for word in _words(line):
                stream.append(word)
                owner.append(index)
    covered = [False] * len(stream)
    for k in range(len(stream) - _SHINGLE + 1):
        if tuple(stream[k : k + _SHINGLE]) in known:
            for m in range(k, k + _SHINGLE):
                covered[m] = True
    total: dict[int, int] = {}
    hits: dict[int, int] = {}
    for m, index in enumerate(owner):
        total[index] = total.get(index, 0) + 1
        hits[index] = hits.get(index, 0) + (1 if covered[m] else 0)
    doubt = False
    long_hits: set[int] = set()
    short_hits: list[int] = []
    for index, count in total.items():
        share = hits[index] / count
        if share >= 0.6:
            if count >= _SHINGLE:
                long_hits.add(index)
            else:
                short_hits.append(index)
        elif share > 0.2:
            doubt = True
    # Shingles run across line ends, so a short line ("Rasmus") next to a repeated
    # paragraph looks covered; quote it only when it sits inside repeated text.
    marked = set(long_hits)
    for index in short_hits:
        before = _next_content(lines, index, -1)
        after = _next_content(lines, index, 1)
        if (before is None or before in long_hits) and (after is None or after in long_hits) and (
            before is not None or after is not None
        ):
            marked.add(index)
    for index in marked:
        lines.reason[index] = "history_repeat"
    return doubt


def _next_content(lines: _Lines, index: int, step: int) -> int | None:
    """Index of the nearest non-blank line still counted as new, or None."""
    k = index + step
    while 0 <= k < len(lines.text):
        if lines.text[k].strip():
            return k if lines.reason[k] is None else None
        k += step
    return None


def _words_of_text(text: str) -> list[str]:
    words: list[str] = []
    for line in text[:_LARGE].splitlines():
        # Earlier messages may themselves be quoted with ">"; compare the words only.
        words.extend(_words(line))
    return words


# -- clean-up and doubt -----------------------------------------------------------------


def _absorb_blank_lines(lines: _Lines) -> None:
    """Blank lines between two quoted lines belong to the quote (cosmetic)."""
    n = len(lines.text)
    i = 0
    while i < n:
        if lines.reason[i] is None and not lines.text[i].strip():
            j = i
            while j < n and lines.reason[j] is None and not lines.text[j].strip():
                j += 1
            if i > 0 and j < n and lines.reason[i - 1] is not None and lines.reason[j] is not None:
                for k in range(i, j):
                    lines.reason[k] = lines.reason[i - 1]
            i = j
        else:
            i += 1


def _residual_doubt(lines: _Lines) -> bool:
    """True when the new text still smells of quoted history."""
    for index, line in enumerate(lines.text):
        if lines.reason[index] is not None:
            continue
        peek = line[:_LINE_PEEK]
        parsed = _header_line(peek)
        if parsed is not None and parsed[0] in ("from", "date") and (
            "@" in parsed[1] or _TIME.search(parsed[1])
        ):
            return True
        stripped = peek.strip()
        if _separator(stripped) is not None:
            return True
        if "oprindelig meddelelse" in stripped.lower() or "original message" in stripped.lower():
            return True
    return False
