"""Same-sex partners said indirectly: "min mand Mikael" in a mail signed "Søren".

The guideline counts a same-sex partner or spouse as sexual orientation (issue 3;
independent corpus README: "a man writing 'min mand'").  A lexicon cannot see it: the
words are ordinary, only the writer's sex makes them sensitive.  Here the writer's sex
comes from the first name in the signature, the partner's from the word ("mand",
"kone") or from the name after it ("min kæreste Jonas"), both from ``names.yaml``.
A name that is missing, unknown or used by both sexes decides nothing, and the partner
must be named: "min kone" alone in a mail signed by a woman is not enough, since a
signature may be someone else's (a mail written for a parent, a shared address) and
the benchmark corpora show that bare "min kone"/"min mand" misfires more than it finds.

Pure functions; ``engine.py`` wraps them in a Presidio recognizer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

MALE = "m"
FEMALE = "f"

# Partner words after "min": the word's own sex, or None when it has none.
_PARTNER_SEX: dict[str, str | None] = {
    "mand": MALE, "ægtemand": MALE, "eksmand": MALE, "eks-mand": MALE,
    "kone": FEMALE, "hustru": FEMALE, "ekskone": FEMALE, "eks-kone": FEMALE,
    "ekshustru": FEMALE,
    "kæreste": None, "partner": None, "samlever": None, "forlovede": None,
    "ægtefælle": None, "ekskæreste": None,
}
_PARTNER_RE = re.compile(
    r"(?<!\w)(?i:min)\s+(?P<rel>(?i:"
    + "|".join(sorted(map(re.escape, _PARTNER_SEX), key=len, reverse=True))
    + r"))(?P<gen>s)?(?!\w)"
    r"(?:[ \t]*,?[ \t]*(?:hedder[ \t]+)?(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-]))?"
)
# Someone else's partner, named: "min søn Jonas og hans kæreste Emil".  "hans" is a
# man's, "hendes" a woman's; a partner's name of the same sex is a same-sex couple.
_OWNER_SEX = {"hans": MALE, "hendes": FEMALE}
_THIRD_RE = re.compile(
    r"(?<!\w)(?P<owner>(?i:hans|hendes))\s+(?P<rel>(?i:"
    + "|".join(sorted(map(re.escape, _PARTNER_SEX), key=len, reverse=True))
    + r"))(?!\w)[ \t]*,?[ \t]*(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
)
# The writer's partner's sex said in words: "jeg er sammen med en mand", "min kæreste
# er en kvinde".
_GENDER_WORD = {"mand": MALE, "kvinde": FEMALE, "fyr": MALE, "pige": FEMALE}
_SAID_RE = re.compile(
    r"(?<!\w)(?i:jeg\s+(?:er|bor|lever)\s+sammen\s+med|"
    r"min\s+(?:kæreste|partner|samlever|ægtefælle)\s+er)\s+(?i:en)\s+"
    r"(?P<word>(?i:mand|kvinde|fyr|pige))(?!\w)"
)
# A line that closes a mail; the writer's name follows on it or on the next line.
_CLOSING_RE = re.compile(
    r"^\s*(?:med\s+)?(?:venlig(?:st)?e?|kærlig|mange|de\s+bedste|bedste|varme|kh|"
    r"god\s+dag)?\s*(?:hilsen|hilsner)\b[\s,.!]*(?P<rest>.*)$"
    r"|^\s*(?:mvh|vh|bh|kh|m\.v\.h)\b[\s,.!]*(?P<rest2>.*)$"
    r"|^\s*(?:på\s+forhånd\s+)?tak(?:\s+for\s+hjælpen)?\b[\s,.!]*(?P<rest3>.*)$",
    re.IGNORECASE,
)
_NAME_LINE_RE = re.compile(r"^\s*(?P<first>[A-ZÆØÅ][a-zæøåéü]+)(?:[\s,(-]|$)")
_SIGNATURE_LINES = 12


@dataclass(frozen=True)
class PartnerMatch:
    start: int
    end: int


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Lower-case first name -> MALE or FEMALE (names used by both sexes left out)."""
    data = yaml.safe_load(
        resources.files("classifiers.sensitive")
        .joinpath("lexicons", "names.yaml")
        .read_text("utf-8")
    )
    if not isinstance(data, dict):
        raise ValueError("names.yaml: not a mapping")
    male = {str(n).strip().lower() for n in data.get("male") or ()}
    female = {str(n).strip().lower() for n in data.get("female") or ()}
    out = {n: MALE for n in male - female}
    out.update({n: FEMALE for n in female - male})
    return out


def sex_of(name: str | None) -> str | None:
    if not name:
        return None
    return first_names().get(name.strip().lower())


def _first_name(line: str) -> str | None:
    m = _NAME_LINE_RE.match(line)
    return m.group("first") if m else None


def writer_sex(text: str) -> str | None:
    """The writer's sex from the signature's first name, or None when unknown.

    The signature is the name after the last closing ("Mvh", "Venlig hilsen"...), on
    the same line or the next non-empty one; without a closing, a short last line.
    Only the last few lines are read.
    """
    lines = text.rstrip().splitlines()[-_SIGNATURE_LINES:]
    for i in range(len(lines) - 1, -1, -1):
        m = _CLOSING_RE.match(lines[i])
        if m is None:
            continue
        rest = (m.group("rest") or m.group("rest2") or m.group("rest3") or "").strip()
        if rest:
            return sex_of(_first_name(rest))
        for line in lines[i + 1 :]:
            if line.strip():
                return sex_of(_first_name(line))
        return None
    last = lines[-1].strip() if lines else ""
    if 0 < len(last) <= 40 and len(last.split()) <= 4:
        return sex_of(_first_name(last))
    return None


def find_same_sex_partners(text: str) -> list[PartnerMatch]:
    """"min mand/kone/kæreste NAME" whose sex is the writer's own."""
    matches = list(_PARTNER_RE.finditer(text))
    if not matches:
        return []
    writer = writer_sex(text)
    if writer is None:
        return []
    found: list[PartnerMatch] = []
    for m in matches:
        word_sex = _PARTNER_SEX[m.group("rel").lower()]
        name_sex = sex_of(m.group("name"))
        if name_sex is None:
            continue  # no partner's name: too little to go on (see module docstring)
        if word_sex is not None and word_sex != name_sex:
            continue  # "min kone Peter": a typo or a name we read wrong
        if name_sex == writer:
            found.append(PartnerMatch(m.start(), m.end("name")))
    return found


def find_third_party_partners(text: str) -> list[PartnerMatch]:
    """"hans kæreste Emil", "hendes kone Maria": a named same-sex partner of someone
    the writer speaks of; the writer's own sex does not matter."""
    found: list[PartnerMatch] = []
    for m in _THIRD_RE.finditer(text):
        owner = _OWNER_SEX[m.group("owner").lower()]
        word_sex = _PARTNER_SEX[m.group("rel").lower()]
        name_sex = sex_of(m.group("name"))
        if name_sex is None or (word_sex is not None and word_sex != name_sex):
            continue
        if name_sex == owner:
            found.append(PartnerMatch(m.start(), m.end("name")))
    return found


def find_said_partners(text: str) -> list[PartnerMatch]:
    """"jeg er sammen med en mand" in a mail signed by a man."""
    matches = list(_SAID_RE.finditer(text))
    if not matches:
        return []
    writer = writer_sex(text)
    if writer is None:
        return []
    return [
        PartnerMatch(m.start(), m.end())
        for m in matches
        if _GENDER_WORD[m.group("word").lower()] == writer
    ]
