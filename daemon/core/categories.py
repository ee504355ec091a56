"""The Outlook categories (IMAP keywords) Borgerpost puts on messages: what staff see."""

from __future__ import annotations

from classifiers.categories import LABELS_DA

INQUIRY = "Borgerhenvendelse"
NEEDS_ROUTING = "Mangler fordeling"
REGISTERED = "Registreret"            # before cutoff or over the sender cap: no receipt sent
SENSITIVE_PREFIX = "Følsomt: "

# The Danish names of the sensitive categories (seed 000), shared with the detector.
SENSITIVE_LABELS = LABELS_DA


def sensitive_category(category: str) -> str:
    return SENSITIVE_PREFIX + SENSITIVE_LABELS.get(category, category)
