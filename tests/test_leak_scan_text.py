"""What the leak guard scans of an outgoing mail (daemon.outbox.scannable_text)."""

from email.message import EmailMessage

from classifiers.sensitive import detect
from daemon.outbox import scannable_text


def _alternative(text: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "borgerservice@ishoj.dk"
    msg["To"] = "borger@example.dk"
    msg["Subject"] = "Kvittering"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


def test_a_line_both_alternatives_hold_is_scanned_once() -> None:
    raw = _alternative("Kære Karen Jensen\n\nSagsnummer BH-2026-00001.\n",
                       "<p>Kære Karen Jensen</p><p>Sagsnummer BH-2026-00001.</p>")
    text = scannable_text(raw)
    assert text.count("Kære Karen Jensen") == 1
    assert text.count("Sagsnummer BH-2026-00001.") == 1


def test_what_only_the_html_alternative_holds_is_still_scanned() -> None:
    # A client shows either part; a CPR number in one of them is a leak all the same.
    raw = _alternative("Kære Karen Jensen\n",
                       "<p>Kære Karen Jensen</p><p>Mit CPR-nummer er 120437-1234.</p>")
    text = scannable_text(raw)
    assert "120437-1234" in text
    assert "cpr" in {f.category for f in detect(text)}


def test_a_number_and_its_label_on_two_lines_keep_their_order() -> None:
    # Distinct lines are kept in the order first read, so context on the line before
    # a number still precedes it.
    raw = _alternative("CPR-nummer:\n120437-1234\n",
                       "<p>CPR-nummer:</p><p>120437-1234</p>")
    lines = [line for line in scannable_text(raw).splitlines() if line.strip()]
    assert lines.index("CPR-nummer:") + 1 == lines.index("120437-1234")
