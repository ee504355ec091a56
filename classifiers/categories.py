"""The eight kinds of sensitive personal data (seed 000) and their Danish names.

A module of its own, light to import: the config validator, the core's Outlook
categories and the detector all name the categories from here.
"""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "cpr",
    "health",
    "economy_social",
    "property_trade",
    "ethnicity",
    "sexual_orientation",
    "belief",
    "union",
)

# Danish labels; the Outlook category is "Følsomt: " + label.
LABELS_DA: dict[str, str] = {
    "cpr": "CPR",
    "health": "Helbred",
    "economy_social": "Økonomi/sociale forhold",
    "property_trade": "Ejendomshandel",
    "ethnicity": "Etnicitet",
    "sexual_orientation": "Seksuel orientering",
    "belief": "Overbevisning",
    "union": "Fagforening",
}
