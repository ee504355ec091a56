"""HTML mail bodies as text lines, each marked with the quote marker that covers it.

Private helper of ``classifiers.quotes`` and ``classifiers.forwards``. It uses the
standard library's ``html.parser`` on purpose: it is always there (lxml and
beautifulsoup4 only arrive with the optional exchange/outlook extras), it never
raises on broken markup, and it decodes character references for us, so the markers
below are matched on decoded attribute values.

Markers (issue 4): mail clients mark the quoted part of a reply in the markup.
Re-quoting prefixes ids and classes (Outlook web adds ``x_``, Gmail adds
``gmail-m_123…``, Hotmail ``ecx``), so ids and classes are matched on their suffix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose content is never shown to a reader.
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "xml"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
     "param", "source", "track", "wbr", "basefont", "frame", "keygen"}
)
# Elements that start and end a line of text.
_BLOCK = frozenset(
    {"address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
     "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
     "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
     "tbody", "thead", "tfoot", "tr", "ul", "body", "html", "caption"}
)
# Deeper nesting than this is hostile; further elements are flattened into the parent.
_MAX_DEPTH = 400

# Everything from one of these to the end of the document is the quoted history
# (Outlook puts the header div first and the old message after it, as siblings).
_CUT_TO_END_IDS = (
    "appendonsend",             # Outlook web / new Outlook: empty div before the <hr>
    "divrplyfwdmsg",            # Outlook web: the Fra:/Sendt:/Til:/Emne: header div
    "mail-editor-reference-message-container",  # Outlook for Mac / new Outlook
    "olk_src_body_section",     # Outlook for Mac: wraps header and old message
    "stopspelling",             # Hotmail/old Outlook.com: <hr id="stopSpelling">
)
# Everything inside one of these is quoted.
_SUBTREE_IDS = (
    "gmail_attr",               # Gmail: "Den … skrev …:" line
    "moz-cite-prefix",          # Thunderbird: "Den … skrev …:" line
    "moz-forward-container",    # Thunderbird forward
    "yahoo_quoted",             # Yahoo
    "protonmail_quote",         # Proton Mail
    "zmail_extra",              # Zoho
)
_GMAIL_QUOTE = "gmail_quote"
_MAIL_END_COMPOSE = "_mailendcompose"  # Outlook desktop: anchor after the new text
# Outlook desktop: the header div has a solid top border in one of these colours.
_OUTLOOK_BORDER = re.compile(r"border-top:\s*solid\s+#(?:e1e1e1|b5c4df)", re.IGNORECASE)
_HEADER_START = re.compile(
    r"^\W{0,3}(?:fra|from|von|de|da|van|från|от|od|sendt|sent|date|dato)\s*:", re.IGNORECASE
)
_WS = re.compile(r"[ \t\n\r\f\v]+")
# Invisible characters that Outlook and Windows Mail sprinkle into headers.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\xad"), None)


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    children: list[_Element | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A forgiving tree builder: unknown end tags are ignored, open ones are closed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {})
        self._stack: list[_Element] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {k: (v or "") for k, v in attrs})
        if tag == "p" and self._stack[-1].tag == "p":
            # A <p> closes an open <p> (HTML's implied end tag); Outlook relies on it.
            self._stack.pop()
        self._stack[-1].children.append(element)
        if tag not in _VOID and len(self._stack) < _MAX_DEPTH:
            self._stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack[-1].children.append(_Element(tag, {k: (v or "") for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        # Search only a few levels up, so that a flood of stray end tags stays linear.
        for depth in range(len(self._stack) - 1, max(0, len(self._stack) - 40), -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _idents(element: _Element) -> list[str]:
    names = element.attrs.get("class", "").lower().split()
    for key in ("id", "name"):
        value = element.attrs.get(key, "").strip().lower()
        if value:
            names.append(value)
    return names


def _has_suffix(names: list[str], suffixes: tuple[str, ...]) -> str | None:
    for name in names:
        for suffix in suffixes:
            if name.endswith(suffix):
                return suffix
    return None


def _text_start(element: _Element, limit: int = 120) -> str:
    """The first characters of an element's visible text (bounded work)."""
    out: list[str] = []
    size = 0
    stack: list[_Element | str] = [element]
    steps = 0
    while stack and size < limit and steps < 2000:
        steps += 1
        node = stack.pop()
        if isinstance(node, str):
            out.append(node)
            size += len(node)
        elif node.tag not in _SKIP:
            stack.extend(reversed(node.children))
    return _WS.sub(" ", "".join(out).translate(_INVISIBLE).replace("\xa0", " ")).strip()


@dataclass
class _Ctx:
    """One open element during the walk."""

    element: _Element
    reason: str | None          # quote marker for the whole subtree, if any
    gmail: bool = False         # a gmail_quote container
    seen_blockquote: bool = False
    pre: bool = False


@dataclass
class HtmlLines:
    """Text lines of an HTML body; ``reasons[i]`` is the marker quoting line i, or None."""

    lines: list[str]
    reasons: list[str | None]


class _LineSink:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.reasons: list[str | None] = []
        self._parts: list[str] = []
        self._reason: str | None = None

    def text(self, text: str, reason: str | None) -> None:
        if not text:
            return
        if text.strip() and reason != self._reason:
            if "".join(self._parts).strip():
                self.newline()
            self._reason = reason
        self._parts.append(text)

    def newline(self, blank: bool = False) -> None:
        """End the current line; ``blank``: an empty line counts (``<br>``, empty ``<p>``).

        Block boundaries alone make no empty lines, as in a browser.
        """
        line = "".join(self._parts).strip()
        self._parts = []
        if line:
            self.lines.append(line)
            self.reasons.append(self._reason)
        elif blank and self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.reasons.append(None)

    def finish(self) -> HtmlLines:
        self.newline()
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
            self.reasons.pop()
        return HtmlLines(self.lines, self.reasons)


def html_to_lines(html: str) -> HtmlLines:
    """Render ``html`` as text lines and mark the ones inside quote markers."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    sink = _LineSink()
    cut: str | None = None
    # The walk is iterative (hostile nesting must not hit the recursion limit): each
    # stack entry is a node to enter or, for ("exit", ctx), an element to leave.
    ctxs: list[_Ctx] = []
    work: list[tuple[str, _Element | str | _Ctx]] = [("node", builder.root)]
    while work:
        kind, item = work.pop()
        if kind == "exit":
            assert isinstance(item, _Ctx)
            ctxs.pop()
            tag = item.element.tag
            if tag in _BLOCK:
                sink.newline(blank=tag == "p")
            if tag == "blockquote":
                for ctx in reversed(ctxs):
                    if ctx.gmail:
                        ctx.seen_blockquote = True
                        break
            if cut is None and _MAIL_END_COMPOSE in _idents(item.element):
                cut = "html:_MailEndCompose"
            continue
        if isinstance(item, str):
            reason = cut or _current_reason(ctxs)
            pre = any(ctx.pre for ctx in ctxs[-3:])
            text = item.translate(_INVISIBLE).replace("\xa0", " ")
            if pre:
                for index, piece in enumerate(text.split("\n")):
                    if index:
                        sink.newline()
                    sink.text(piece, reason)
            else:
                sink.text(_WS.sub(" ", text), reason)
            continue
        assert isinstance(item, _Element)
        element = item
        tag = element.tag
        if tag in _SKIP:
            continue
        names = _idents(element)
        if cut is None:
            cut = _cut_marker(element, names)
        if tag == "br":
            sink.newline(blank=True)
            continue
        if tag in _BLOCK:
            sink.newline()
        if tag in ("td", "th"):
            sink.text(" ", None)
        ctx = _Ctx(element, _subtree_marker(element, names), pre=tag == "pre")
        if _GMAIL_QUOTE in " ".join(names) and tag != "blockquote":
            ctx.gmail = True
        ctxs.append(ctx)
        work.append(("exit", ctx))
        work.extend(("node", child) for child in reversed(element.children))
    return sink.finish()


def _cut_marker(element: _Element, names: list[str]) -> str | None:
    suffix = _has_suffix(names, _CUT_TO_END_IDS)
    if suffix is not None:
        return "html:" + suffix
    style = element.attrs.get("style", "")
    if element.tag == "div" and "border-top" in style.lower():
        if _OUTLOOK_BORDER.search(style):
            return "html:outlook_border_header"
        # Other clients (Windows Mail) draw the same line in another colour; accept it
        # only when the div starts with a header line.
        if _HEADER_START.match(_text_start(element)):
            return "html:border_header"
    if element.tag == "hr" and element.attrs.get("tabindex") == "-1":
        # Outlook 2003 draws the reply separator as <hr tabindex=-1>.
        return "html:outlook_hr"
    return None


def _subtree_marker(element: _Element, names: list[str]) -> str | None:
    if element.tag == "blockquote":
        if element.attrs.get("type", "").lower() == "cite":
            return "html:blockquote_cite"
        style = element.attrs.get("style", "").replace(" ", "").lower()
        if "border:none" in style and not names:
            # Gmail's "indent" button makes a borderless <blockquote>; not a quote.
            return None
        return "html:blockquote"
    suffix = _has_suffix(names, _SUBTREE_IDS)
    if suffix is not None:
        return "html:" + suffix
    return None


def _current_reason(ctxs: list[_Ctx]) -> str | None:
    for ctx in ctxs:
        if ctx.reason is not None:
            return ctx.reason
    for ctx in reversed(ctxs):
        if ctx.gmail:
            # Gmail keeps an inline answer inside the gmail_quote div but outside its
            # blockquotes; text there after the first blockquote is the new answer.
            return None if ctx.seen_blockquote else "html:gmail_quote"
    return None


def html_to_text(html: str) -> str:
    """The visible text of ``html``, quote markers ignored."""
    return "\n".join(html_to_lines(html).lines)
