"""CPR numbers (personnummer): format, century rule, date check and modulus 11.

Pure functions; the Presidio recognizer in ``engine.py`` calls them.  The rules are
those of the CPR office (CPR-kontoret, "Personnummeret i CPR", rev. 2008):

* ``DDMMYY`` then four digits; the 7th digit (first of the four) fixes the century:

  ====  ==================  =================
  7th   YY 00-36            YY 37-57 / 58-99
  ====  ==================  =================
  0-3   1900-1936           1937-1999
  4, 9  2000-2036           1937-1999
  5-8   2000-2057 (<= 57)   1858-1899 (>= 58)
  ====  ==================  =================

* Modulus 11 (weights 4 3 2 7 6 5 4 3 2 1) held for all numbers issued before 2007;
  since 2007 numbers are issued that fail it and are valid.  It is therefore evidence
  that raises the score, never a requirement (issue 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Separators allowed between DDMMYY and the serial (issue 3): hyphen-minus, hyphen
# (U+2010), non-breaking hyphen (U+2011), en dash (U+2013), minus sign (U+2212),
# space, no-break space (U+00A0) and narrow no-break space (U+202F).
SEPARATORS = "-\u2010\u2011\u2013\u2212 \u00a0\u202f"
_SEP_CLASS = "[" + re.escape(SEPARATORS) + "]"

# Not glued to letters or digits: no word character directly before or after, and no
# other digit group joined by a single separator or dot before (a reg.nr and account
# number "1234 0101901234") or after ("010190-1234-5", "010190-1234.00",
# "281265-0042-A").
CPR_REGEX = re.compile(
    r"(?<![\w])(?<![0-9][" + re.escape(SEPARATORS) + r".,/])"
    r"(?P<dd>[0-3][0-9])(?P<mm>[01][0-9])(?P<yy>[0-9]{2})"
    r"(?P<sep>" + _SEP_CLASS + r")?"
    r"(?P<serial>[0-9]{4})"
    r"(?![\w])(?![" + re.escape(SEPARATORS) + r".,/][0-9])"
    # A hyphen glued to a letter goes on with the code: "281265-0042-A" is a code.
    r"(?![-\u2010\u2011\u2013\u2212][^\W\d_])",
)

_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


@dataclass(frozen=True)
class CprMatch:
    """A CPR-shaped number whose date is real and not in the future."""

    start: int
    end: int
    digits: str
    birth_date: date
    modulus11: bool
    separator: str


def century_year(yy: int, seventh: int) -> int | None:
    """Full birth year from YY and the 7th digit (CPR office table), or None."""
    if not (0 <= yy <= 99 and 0 <= seventh <= 9):
        return None
    if seventh <= 3:
        return 1900 + yy
    if seventh in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy


def birth_date(digits: str) -> date | None:
    """Birth date of a ten-digit CPR number, or None when it is no real date."""
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return None
    year = century_year(int(digits[4:6]), int(digits[6]))
    if year is None:
        return None
    try:
        return date(year, int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        return None


def modulus11_ok(digits: str) -> bool:
    """True when the weighted digit sum is divisible by 11 (pre-2007 control)."""
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    return sum(w * int(d) for w, d in zip(_WEIGHTS, digits, strict=True)) % 11 == 0


def is_valid_cpr(digits: str, today: date) -> bool:
    """Real date in the century of the 7th digit, not after ``today``.

    Modulus 11 is deliberately not checked (see module docstring).
    """
    born = birth_date(digits)
    return born is not None and born <= today


def find_cpr(text: str, today: date) -> list[CprMatch]:
    """Every valid CPR-shaped number in ``text``, in order of position."""
    found: list[CprMatch] = []
    for m in CPR_REGEX.finditer(text):
        digits = m.group("dd") + m.group("mm") + m.group("yy") + m.group("serial")
        born = birth_date(digits)
        if born is None or born > today:
            continue
        found.append(
            CprMatch(
                start=m.start(),
                end=m.end(),
                digits=digits,
                birth_date=born,
                modulus11=modulus11_ok(digits),
                separator=m.group("sep") or "",
            )
        )
    return found


def mask_cpr(value: str) -> str:
    """``120437-1234`` -> ``120437-XXXX``: the birth date stays, the serial never shows."""
    digits = "".join(c for c in value if c.isascii() and c.isdigit())
    if len(digits) != 10:
        return "XXXXXX-XXXX"
    return digits[:6] + "-XXXX"
