"""The Outlook categories (IMAP keywords) Borgerpost puts on messages: what staff see."""

from __future__ import annotations

INQUIRY = "Borgerhenvendelse"
NEEDS_ROUTING = "Mangler fordeling"
REGISTERED = "Registreret"            # before cutoff or over the sender cap: no receipt sent
SENSITIVE_PREFIX = "Følsomt: "

# Danish names of the sensitive categories (seed 000). classifiers.sensitive.LABELS_DA
# must agree; tests/test_categories.py checks it.
SENSITIVE_LABELS: dict[str, str] = {
    "cpr": "CPR",
    "health": "Helbred",
    "economy_social": "Økonomi/sociale forhold",
    "property_trade": "Ejendomshandel",
    "ethnicity": "Etnicitet",
    "sexual_orientation": "Seksuel orientering",
    "belief": "Overbevisning",
    "union": "Fagforening",
}


def sensitive_category(category: str) -> str:
    return SENSITIVE_PREFIX + SENSITIVE_LABELS.get(category, category)
