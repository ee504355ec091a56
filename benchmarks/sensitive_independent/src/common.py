"""Helpers for writing the independent sensitive-data corpus.

Each mail is registered with M(categories, text, *cprs). In `text`, every
occurrence of the token §CPR§ is replaced, in order, by a generated CPR number
built from the (day, month, year, fmt) tuples in `cprs`. Spans are computed
from the final text, never counted by hand.
"""
import random

ENTRIES = []

# short codes used while writing
CODES = {
    "c": "cpr", "h": "health", "e": "economy_social", "p": "property_trade",
    "t": "ethnicity", "s": "sexual_orientation", "b": "belief", "u": "union",
}

SEPS = {"dash": "-", "plain": "", "space": " ", "endash": "\u2013", "nbsp": "\u00a0"}


def seventh_digits(year):
    """Digits allowed in position 7 for a full birth year."""
    yy = year % 100
    ok = []
    for d in range(10):
        if d <= 3:
            cent = 1900
        elif d in (4, 9):
            cent = 2000 if yy <= 36 else 1900
        else:
            cent = 2000 if yy <= 57 else 1800
        if cent + yy == year:
            ok.append(d)
    if not ok:
        raise ValueError(f"no valid 7th digit for {year}")
    return ok


def C(day, month, year, fmt="dash"):
    return (day, month, year, fmt)


def make_cpr(spec, rng):
    day, month, year, fmt = spec
    import datetime
    datetime.date(year, month, day)  # raises on invalid date
    d7 = rng.choice(seventh_digits(year))
    serial = f"{d7}{rng.randint(0, 999):03d}"
    return f"{day:02d}{month:02d}{year % 100:02d}{SEPS[fmt]}{serial}"


def M(cats, text, *cprs):
    cats = [CODES[c] for c in cats.split()] if cats else []
    ENTRIES.append((cats, text.strip("\n"), list(cprs)))


def render(seed=2025):
    rng = random.Random(seed)
    out = []
    for cats, text, cprs in ENTRIES:
        n = text.count("§CPR§")
        if n != len(cprs):
            raise ValueError(f"placeholder/CPR mismatch ({n} vs {len(cprs)}): {text[:80]!r}")
        if bool(cprs) != ("cpr" in cats):
            raise ValueError(f"cpr label mismatch: {text[:80]!r}")
        spans = []
        for spec in cprs:
            value = make_cpr(spec, rng)
            i = text.index("§CPR§")
            text = text[:i] + value + text[i + 5:]
            spans.append([i, i + len(value)])
        out.append({"text": text, "categories": cats, "cpr_spans": spans})
    return out
