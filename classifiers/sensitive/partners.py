"""Same-sex partners said indirectly: "min mand Mikael" in a mail signed "Søren".

The guideline counts a same-sex partner or spouse as sexual orientation (issue 3;
independent corpus README: "a man writing 'min mand'").  A lexicon cannot see it: the
words are ordinary, only the writer's sex makes them sensitive.  Here the writer's sex
comes from the first name in the signature, the partner's from the word ("mand",
"kone") or from the name after it ("min kæreste Jonas"), both from ``names.yaml``.
A name that is unknown or used by both sexes decides nothing.  An unnamed partner
counts when the word has a sex: "min kone" in a mail signed by a woman (the README's
labelling rule: "a man writing 'min mand'"); "min kæreste" alone decides nothing.
When the signature has no known first name, a self-introduction ("jeg hedder Lars")
gives the writer's sex.

Pure functions; ``engine.py`` wraps them in a Presidio recognizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from classifiers.quotes import author_text

MALE = "m"
FEMALE = "f"

# Partner words after "min": the word's own sex, or None when it has none.
_PARTNER_SEX: dict[str, str | None] = {
    "mand": MALE, "ægtemand": MALE, "eksmand": MALE, "eks-mand": MALE,
    "kone": FEMALE, "hustru": FEMALE, "ekskone": FEMALE, "eks-kone": FEMALE,
    "ekshustru": FEMALE,
    # Round 29: "ex" as the English-spelled prefix ("min ex-kæreste", "min exmand").
    "ex-mand": MALE, "exmand": MALE, "ex-kone": FEMALE, "exkone": FEMALE,
    "ex-kæreste": None, "exkæreste": None,
    "kæreste": None, "partner": None, "samlever": None, "forlovede": None,
    "ægtefælle": None, "ekskæreste": None,
    # Round 27: the English words after "my" ("My husband Marco and I", signed by a
    # man): a second-language writer says the same thing in English.
    "husband": MALE, "wife": FEMALE, "boyfriend": MALE, "girlfriend": FEMALE,
}


def _led_by(first: str, source: str) -> str:
    """``source`` behind a look-ahead for the characters its matches can start with
    (``first``, a character class body, every case form of a case-blind letter given).

    Speed only, the matches are the same: most of these patterns start with a
    look-behind and a case-blind word, so the regex engine tries every branch at every
    position of the mail; one character class first skips most positions. The
    partner patterns scanned each mail whole ~2 ms per 5 KB; this saves about a third.
    """
    return f"(?=[{first}])(?:{source})"


# Words that may stand between "min" and the partner word ("min afdøde mand").
# Round 10: a nationality adjective too ("min danske kone", "min polske mand").
# Round 27: "ny"/"nye" ("min nye kæreste, Mads").
_PARTNER_ADJ = (r"(?:(?i:afdøde|nu\s+afdøde|tidligere|kære|elskede|nuværende|søde|nye|ny|"
                r"[a-zæøå]{2,}ske)\s+)?")
# Round 6: the writer's partner also as "jeg har en kæreste der hedder Marie": "har
# en" only before the sexless partner words ("en mand" is anyone), and the name also
# after "der/som hedder".
_PARTNER_RE = re.compile(_led_by(
    "mMhH",
    r"(?<!\w)(?:(?i:min|my)|(?i:har\s+en)(?=\s+(?i:kæreste|partner|samlever)(?!\w))"
    # Round 27: "jeg har en kone og to børn", "... og har en hustru": a wife is no
    # worker, so "har en" needs no name after "kone"/"hustru" (unlike "en mand").
    r"|(?:(?<=(?i:jeg)\s)|(?<=(?i:og)\s))(?i:har\s+en)(?=\s+(?i:kone|hustru)(?!\w))"
    # Round 24: "Jeg har en mand, Rasmus": the writer's spouse with the name after a
    # comma ("jeg har en mand" alone may be a worker: "har en mand, der kommer").
    r"|(?<=(?i:jeg)\s)(?i:har\s+en)(?=\s+(?i:mand|kone|hustru),?[ \t]+[A-ZÆØÅ][a-zæøå]))\s+"
    # Round 12: the partner word in quotation marks ('min "kæreste"').
    + _PARTNER_ADJ + r"[\"\u201c\u201d\u201e\u00bb\u00ab]?(?P<rel>(?i:"
    + "|".join(sorted(map(re.escape, _PARTNER_SEX), key=len, reverse=True))
    + r"))(?P<gen>s)?(?!\w)[\"\u201c\u201d\u00bb\u00ab]?"
    # Round 15: how long between the word and the name ("min samlever gennem 40 år,
    # Svend", "min mand i mange år, Poul", "min kone siden 1998, Bente").
    r"(?:[ \t]+(?i:gennem|i|siden|igennem)[ \t]+(?:\d{1,4}|(?i:mange|over|næsten|snart|"
    r"et|to|tre|fire|fem|ti|tyve|tredive|fyrre|halvtreds|\w+tyve))(?:[ \t]+(?:\d{1,2}|(?i:år)))?"
    r"[ \t]*,)?"
    # Round 13: "hedder også" ("min kæreste hedder også Emil").
    # Round 30: a hard-wrapped line may break between the word and the name ("melde min
    # kæreste\nJakob og mig flyttet"); one line break only, a blank line ends the phrase.
    r"(?:[ \t]*,?[ \t]*\n?[ \t]*(?:(?:(?i:der|som)[ \t]+)?(?i:hedder)[ \t]+(?:(?i:også)[ \t]+)?)?"
    r"(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
    # Round 13: a texted mail writes the partner's name in lower case ("min kæreste
    # mikkel"); it counts only when it is a known first name (see _lower_name).
    r"|[ \t]+(?:(?:(?i:der|som)[ \t]+)?(?i:hedder)[ \t]+(?:(?i:også)[ \t]+)?)?"
    r"(?P<lname>[a-zæøå][a-zæøåéü]+)(?![\w-]))?"
))
# Round 13: lower-case words that are also first names in names.yaml but mostly mean
# something else after a partner word ("min kæreste hans ...", "per måned").
_NOT_LOWER_NAMES = frozenset((
    "hans", "per", "said", "line", "else", "mark", "bent", "max", "bo", "dan", "sten",
    "ane", "tim", "iris", "rosa", "vera", "karl", "ruth", "lis", "leo",
))


def _lower_name(word: str | None) -> str | None:
    """A lower-case word after a partner word when it is a known first name."""
    if not word or word in _NOT_LOWER_NAMES:
        return None
    return word if sex_of(word) is not None else None
# Someone else's partner, named: "min søn Jonas og hans kæreste Emil".  "hans" is a
# man's, "hendes" a woman's; a partner's name of the same sex is a same-sex couple.
_OWNER_SEX = {"hans": MALE, "hendes": FEMALE}
_THIRD_RE = re.compile(_led_by(
    "hH",
    r"(?<!\w)(?P<owner>(?i:hans|hendes))\s+(?P<rel>(?i:"
    + "|".join(sorted(map(re.escape, _PARTNER_SEX), key=len, reverse=True))
    + r"))(?!\w)[ \t]*,?[ \t]*(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
))
# Round 6: the reflexive "sin": the owner is the subject, found as the last kin word
# or known first name before it in the same sentence ("min søster Camilla bor med sin
# kæreste Rikke").
_REFLEXIVE_RE = re.compile(_led_by(
    "sS\u017f",
    # Round 12: an adjective between ("med sin nye kæreste, Camilla").
    r"(?<!\w)(?i:sin)\s+(?:(?i:nye|nuværende|kommende|tidligere)\s+)?(?P<rel>(?i:"
    + "|".join(sorted(map(re.escape, _PARTNER_SEX), key=len, reverse=True))
    + r"))(?!\w)[ \t]*,?[ \t]*(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
))
# Round 7: a partner named after "en (ny) kæreste" ("min søn Emil har fået en kæreste,
# Mathias"): the owner is found as for "sin".  Only the partner words with no sex of
# their own: "en mand, Peter" is anyone.  Found from the partner word (str.find), as
# a regex that starts at every "en" costs a tenth of a millisecond per 5 KB.
_INDEFINITE_WORDS = ("kæreste", "partner", "samlever")
_INDEFINITE_BEFORE_RE = re.compile(r"(?<!\w)en\s+(?:(?:ny|fast)\s+)?$")
_NAME_AFTER_RE = re.compile(
    r"(?!\w)[ \t]*,?[ \t]*(?:(?i:der|som)[ \t]+(?i:hedder)[ \t]+)?"
    r"(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
)
# The states that make two named people a couple (see _NAMED_COUPLE_RE), found the
# same way before the couple regex is tried in the text just before them.
_STATE_WORDS = ("gift", "gifte", "samlevere", "samlevende", "kærester", "et par",
                "forlovede", "registrerede partnere",
                # Round 11: "Poul og Helmer, som har levet sammen i 40 år".
                "levet sammen", "lever sammen", "levede sammen")
_COUPLE_REACH = 160


def _word_ends(low: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each whole-word occurrence of ``words`` in lower-case ``low``."""
    out = []
    for word in words:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                out.append((i, j))
            i = low.find(word, j)
    return sorted(out)


_KIN_SEX = {
    "søster": FEMALE, "datter": FEMALE, "mor": FEMALE, "moster": FEMALE, "faster": FEMALE,
    "niece": FEMALE, "kusine": FEMALE, "veninde": FEMALE, "svigerinde": FEMALE,
    "svigerdatter": FEMALE, "steddatter": FEMALE, "plejedatter": FEMALE,
    "bror": MALE, "søn": MALE, "far": MALE, "morbror": MALE, "farbror": MALE,
    "nevø": MALE, "fætter": MALE, "svoger": MALE, "svigersøn": MALE, "stedsøn": MALE,
    "plejesøn": MALE,
    # Round 23: grandparents ("min mormor har fået en kæreste der hedder Inger").
    "mormor": FEMALE, "farmor": FEMALE, "bedstemor": FEMALE, "oldemor": FEMALE,
    "morfar": MALE, "farfar": MALE, "bedstefar": MALE, "oldefar": MALE,
}
# Round 12: "han"/"hun" as the subject too ("Hun vil flytte med sin nye kæreste, Camilla").
_SUBJECT_RE = re.compile(r"(?<!\w)(?:[A-ZÆØÅ][a-zæøåéü]+|(?i:jeg|han|hun|"
                         + "|".join(_KIN_SEX) + r"))(?!\w)")
_SUBJECT_REACH = 120
# The partner of the one addressed, in the municipality's own words quoted in a reply
# ("Kære Jesper ... dig og din mand, Mads"): the addressee's first name is on the
# salutation line before it.
_ADDRESSED_RE = re.compile(_led_by(
    "dD",
    r"(?<!\w)(?i:din)\s+" + _PARTNER_ADJ + r"(?P<rel>(?i:"
    + "|".join(sorted(map(re.escape, _PARTNER_SEX), key=len, reverse=True))
    + r"))(?!\w)(?:[ \t]*,?[ \t]*(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-]))?"
))
_SALUTATION_RE = re.compile(
    r"^[ \t>]*(?i:kære|hej|hejsa|goddag|dear)[ \t]+(?P<name>[A-ZÆØÅ][a-zæøåéü]+)",
    re.MULTILINE,
)
# A named partner and the writer as a couple: "Knud Erik Holm og jeg har været
# samlevere i 30 år", "Vibeke og jeg er gift".
_COUPLE_RE = re.compile(_led_by(
    "A-ZÆØÅ",
    r"(?<![\w-])(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?:[ \t]+[A-ZÆØÅ][\w-]+){0,3}[ \t]+og[ \t]+jeg"
    r"[ \t]+(?i:har[ \t]+været|er|var|blev|har[ \t]+levet|lever|har[ \t]+boet|bor)"
    r"(?:[ \t]+\w+){0,2}?[ \t]+(?i:samlevere|samlevende|gift|gifte|kærester|et[ \t]+par|"
    # Round 15: a couple parted ("Peter og jeg er blevet separeret", "er skilt").
    r"sammen|forlovede|forlovet|separeret|separerede|skilt|skilte|"
    r"registrerede[ \t]+partnere)(?!\w)"
))
# Round 7: two people named by first name and said to be a couple ("Thomas og Rasmus
# Winther-Lund, der har været gift siden 2019", "Mette og Sara er gift"): a same-sex
# couple when both names are of one sex.  "begge" or "hver" before the state says each
# is married to someone else ("Peter og Poul er begge gift").
_NAMED_COUPLE_RE = re.compile(
    r"(?<![\w-])(?P<a>[A-ZÆØÅ][a-zæøåéü]+)(?:[ \t]+[A-ZÆØÅ][\w-]+){0,2}[ \t]+og[ \t]+"
    r"(?P<b>[A-ZÆØÅ][a-zæøåéü]+)(?:[ \t]+[A-ZÆØÅ][\w-]+){0,3}"
    # Round 24: their house between ("Torben og Allan i nr. 3, der er gift").
    r"(?:[ \t]+(?i:i|fra|på)[ \t]+(?i:nr\.?|nummer)[ \t]*\d{1,4}\w?)?[ \t]*,?[ \t]+"
    # Round 24: a line may wrap after "der" ("..., der\ner gift med hinanden").
    r"(?:(?i:der|som)\s+)?"
    r"(?i:har[ \t]+været|er|var|blev|har[ \t]+levet|lever|levede|har[ \t]+boet|bor)"
    # Round 29: "\s" before the state word: a line may wrap there too ("Jens og
    # Morten Lykke, der er\ngift").
    r"(?:[ \t]+(?!(?i:begge|hver|ikke)(?!\w))\w+){0,2}?\s+"
    r"(?i:gift|gifte|samlevere|samlevende|kærester|et[ \t]+par|forlovede|"
    r"registrerede[ \t]+partnere|(?<=levet[ \t])sammen|(?<=lever[ \t])sammen|"
    r"(?<=levede[ \t])sammen)(?!\w)"
)
# Round 29: the couple named first and said to be one in a later sentence with "de"
# ("Jeg er nabo til Hans og Vagn på Søvej 27. De har været gift i 30 år", "Frank og
# Lasse er blevet chikaneret ... De er et par"): "de" right before the state word, the
# last two names joined by "og" before it in the reach.
_THEY_STATE_BEFORE_RE = re.compile(
    r"(?<!\w)(?i:de)[ \t]+(?i:har[ \t]+været|er|var|blev|har[ \t]+levet|lever|levede)"
    r"(?:[ \t]+(?!(?i:begge|hver|ikke)(?!\w))\w+){0,2}?\s+$"
)
_NAME_PAIR_RE = re.compile(
    r"(?<![\w-])(?P<a>[A-ZÆØÅ][a-zæøåéü]+)(?:[ \t]+[A-ZÆØÅ][\w-]+){0,2}[ \t]+og[ \t]+"
    r"(?P<b>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
)
_THEY_REACH = 260
# The writer's partner's sex said in words: "jeg er sammen med en mand", "min kæreste
# er en kvinde".
_GENDER_WORD = {"mand": MALE, "kvinde": FEMALE, "fyr": MALE, "pige": FEMALE,
                # Round 27: English (see _SAID_RE).
                "man": MALE, "woman": FEMALE, "guy": MALE, "girl": FEMALE}
# The verb may come first after a fronted phrase ("Siden i sommer bor jeg sammen med en
# mand") and an adverb may follow the subject ("jeg er nu gift med en kvinde").
# Round 27: "selv" ("jeg er selv gift med en mand", "og er selv gift med en kvinde").
_SAID_ADVERB = (r"(?:\s+(?:nu|nu\s+også|også|stadig|i\s+dag|faktisk|blevet|nu\s+blevet|"
                r"selv|selv\s+også|også\s+selv))?")
_SAID_RE = re.compile(
    r"(?<!\w)(?i:(?:jeg\s+(?:er|bor|lever)|(?:er|bor|lever)\s+jeg)" + _SAID_ADVERB
    + r"\s+sammen\s+med|"
    # Round 25: "bor med" without "sammen" ("fordi jeg bor med en kvinde nu"); not "er
    # med en mand" (company for an afternoon).
    r"(?:jeg\s+(?:bor|lever)|(?:bor|lever)\s+jeg)" + _SAID_ADVERB + r"\s+med|"
    r"(?:jeg\s+er|er\s+jeg)" + _SAID_ADVERB
    + r"\s+(?:gift|kæreste|kærester|forlovet)\s+med|"
    r"(?:jeg|har\s+jeg|var\s+jeg)\s+(?:har\s+)?(?:været\s+)?gift\s+med|"
    # Round 11: "jeg er præst i folkekirken og gift med en kvinde".
    # Round 26: a longer office before it ("jeg er præst i en frikirke i Ishøj og gift
    # med en mand": six words).
    # Round 28: a comma in the list ("Jeg er kvinde, præst i folkekirken og gift med en
    # kvinde", "jeg er 52, lærer og gift med en mand").
    r"jeg\s+er\s+(?:[\w-]+,?\s+){1,7}?og\s+(?:har\s+været\s+)?gift\s+med|"
    # Round 15: a longer predicate, a number in it, and "og er gift" ("jeg er far til
    # en dreng i 3. klasse og er gift med en mand", "jeg er 34 og bor i Ishøj og er
    # gift med en kvinde").
    r"jeg\s+(?:er|bor|arbejder|har)\s+(?:[\w.-]+,?\s+){1,10}?og\s+(?:er|har\s+været|blev)\s+"
    r"(?:(?:nu|også|lykkeligt|selv)\s+)?gift\s+med|"
    # Round 24: together for years ("jeg har været sammen med en kvinde i 20 år"); an
    # afternoon "sammen med en kvinde fra hjemmeplejen" has no years.
    r"(?:jeg\s+har|har\s+jeg|jeg\s+er\s+(?:[\w.-]+,?\s+){1,6}?og\s+har)"
    r"\s+været\s+sammen\s+med(?=\s+en\s+\w+\s+i\s+"
    r"(?:\d{1,2}|mange|flere|over|næsten|snart|\w+tyve|\w+tres|\w+treds|tyve|tredive|fyrre)"
    r"(?:\s+\w+)?\s+år(?!\w))|"
    r"min\s+(?:kæreste|partner|samlever|ægtefælle)\s+er)\s+(?i:en)\s+"
    r"(?P<word>(?i:mand|kvinde|fyr|pige))(?!\w)"
    # Round 27: the same in English, from a writer in a second language ("he found out
    # that I love a woman", "I am married to a woman", "I live with a man").
    r"|(?<!\w)(?i:i\s+(?:love|loved|am\s+in\s+love\s+with|fell\s+in\s+love\s+with|"
    r"am\s+married\s+to|was\s+married\s+to|have\s+been\s+married\s+to|"
    r"live\s+with|am\s+living\s+with|am\s+together\s+with|am\s+in\s+a\s+"
    r"relationship\s+with|have\s+a\s+relationship\s+with)|i'm\s+(?:in\s+love\s+with|"
    r"married\s+to|living\s+with|together\s+with|in\s+a\s+relationship\s+with))"
    r"\s+(?i:a|another)\s+(?P<eword>(?i:man|woman|guy|girl))(?!\w)"
)
# A line that closes a mail; the writer's name follows on it or on the next line.
_CLOSING_RE = re.compile(
    r"^\s*(?:med\s+)?(?:venlig(?:st)?e?|kærlig|mange|de\s+bedste|bedste|varme|kh|"
    r"god\s+dag)?\s*(?:hilsen|hilsner)\b[\s,.!]*(?P<rest>.*)$"
    r"|^\s*(?:mvh|vh|bh|kh|m\.v\.h|knus|kram|kærligst|hilsner|de\s+bedste)\b[\s,.!]*(?P<rest2>.*)$"
    r"|^\s*(?:på\s+forhånd\s+)?tak(?:\s+for\s+hjælpen)?\b[\s,.!]*(?P<rest3>.*)$"
    # Round 11: an English mail's closing ("Kind regards", "Best wishes", "Sincerely").
    r"|^\s*(?:(?:kind|best|warm|many)\s+regards|regards|best\s+wishes|(?:yours\s+)?"
    r"sincerely|cheers|thank\s+you|thanks)\b[\s,.!]*(?P<rest4>.*)$",
    re.IGNORECASE,
)
# Round 10: a short mail signs with a slash or a dash before the name ("/Mette",
# "- Jonas").
_NAME_LINE_RE = re.compile(
    r"^\s*(?:[/\-\u2013\u2014~][ \t]*)?(?P<first>[A-ZÆØÅ][a-zæøåéü]+)(?:[\s,(-]|$)"
)
_SIGNATURE_LINES = 12
# A sentence end with more words after it: a line of body text, not a closing.
_MORE_SENTENCES_RE = re.compile(r"[.!?][ \t]+\w+[ \t]+\w+")
# "jeg hedder Lars", "mit navn er Hanne", "jeg er Christian og ...": the writer's
# own first name in the text (capitalised, as a name is written).
_INTRO_RE = re.compile(
    r"(?<!\w)(?:(?i:jeg\s+hedder|mit\s+navn\s+er|jeg\s+er|my\s+name\s+is)\s+"
    r"(?P<name>[A-ZÆØÅ][a-zæøåéü]+)|"
    # Round 11: a texted mail writes the name in lower case after "hedder" ("jeg
    # hedder birgitte"); "hedder" and "mit navn er" still say a name follows.
    r"(?i:jeg\s+hedder|mit\s+navn\s+er)\s+(?P<lower>[a-zæøå][a-zæøåéü]+)|"
    # Round 7: the writer's name in brackets after "jeg" ("Min mand Ahmad og jeg
    # (Jonas) blev gift"): a writer telling who "jeg" is.
    r"(?i:jeg)[ \t]+\([ \t]*(?P<bracketed>[A-ZÆØÅ][a-zæøåéü]+|[a-zæøå][a-zæøåéü]+)[ \t]*\)|"
    # Round 25: the name set off by commas after "og jeg" ("Min kone Ayşe og jeg,
    # Zeynep, skal giftes"); both commas, as "jeg, Mette og Hans" is a list.
    r"(?<!\w)(?i:og[ \t]+jeg),[ \t]*(?P<comma>[A-ZÆØÅ][a-zæøåéü]+)[ \t]*,|"
    # Round 13: an English mail's "I'm Mark" / "I am Mark" (a capital after it is a
    # name or a nationality; only a known first name decides).
    r"(?:I'm|I\s+am|I\u2019m)[ \t]+(?P<en>[A-Z][a-zéü]+)|"
    # Round 29: the writer labelled in a texted list of people ("Mig: Nikolaj Bech
    # 141189-1017, ham: Kasper Bech ...", "Jeg: Anna Holm").
    r"(?<!\w)(?i:mig|jeg)[ \t]*:[ \t]*(?P<listed>[A-ZÆØÅ][a-zæøåéü]+))(?![\w-])"
)
# Round 7: lines of a signature block that hold no name: an address, a postcode and
# town, a phone number, an e-mail address ("Jonas Bergholt / Vibeengen 62 / tlf 31 15
# 42 80" with no closing word above it).
_CONTACT_LINE_RE = re.compile(
    r"^\s*(?:(?i:tlf|tel|telefon|mobil|mob|e-?mail|mail)\b.*|[\d +()-]{8,}|"
    r"\d{4}\s+\w.*|\S+@\S+|[\wæøåÆØÅ.-]+(?:\s+[\wæøåÆØÅ.-]+){0,3}\s+\d+\w?"
    r"(?:,?\s*(?:\d+\.?\s*(?:th|tv|mf|sal)\.?|st\.?(?:\s*(?:th|tv)\.?)?))?)\s*$"
)


# A closing inside the last line, after a sentence end, followed by at most a few
# more words (the name, perhaps a place or a role): "... hjælpe? Mvh Claus Broberg".
_INLINE_CLOSING_RE = re.compile(
    # Round 29: a texted mail closes straight after a number or a word, with no
    # sentence end ("... og hendes er 2907951638 mvh Ida"); only the closing
    # abbreviations, which are no ordinary words.
    r"(?:[.!?]|(?<=[\w,])(?=[ \t]+(?i:mvh|vh|kh)[ \t,.]))"
    r"[ \t]+(?i:mvh|vh|kh|hilsen|venlig\s+hilsen|med\s+venlig\s+hilsen|knus|kram)[ \t,.]+"
    # Round 16: a double first name with a hyphen ("Carl-Erik", "Anne-Mette"): the
    # first part gives the sex.
    r"(?P<first>[A-ZÆØÅ][a-zæøåéü]+)(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:[ \t,]+[\w().-]+){0,3}"
    # Round 15: a CPR number after the name ("Mvh Erik Holm, cpr 010203-1234").
    r"(?:[ \t,]+(?i:cpr|cpr-nr|cpr\.nr|cpr-nummer)?[.:]?[ \t\xa0]*\d{6}[ \t\xa0-]?\d{4})?[ \t.]*$"
)
# Round 5: a partner word with no sex of its own, then the partner's pronoun and name
# in the next words ("min partner ... Ja, hun hedder Karoline"): the pronoun gives the
# partner's sex.
_PRONOUN_SEX = {"han": MALE, "hun": FEMALE}
# Round 12: the verb first ("så hedder hun Hanne") or in the past ("han hed Jesper").
_NAMED_BY_PRONOUN_RE = re.compile(
    r"(?<!\w)(?:(?P<pron>(?i:han|hun))\s+(?i:hedder|hed)|(?i:hedder|hed)\s+"
    r"(?P<pron2>(?i:han|hun)))\s+(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
)
_PRONOUN_REACH = 120


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
    low = name.strip().lower()
    sex = first_names().get(low)
    # Round 15: the old spelling "aa" for "å" in older Danes' names ("Aage", "Aase",
    # "Aagot", "Kaare", "Bjaarne"): the name is the same as with "å".
    if sex is None and "aa" in low:
        sex = first_names().get(low.replace("aa", "å"))
    return sex


# Round 11: a texted mail signs in lower case ("/camilla", "kasper", "ida, 19"): a line
# that is only one or two lower-case words (perhaps after a slash or a dash, perhaps
# with an age after a comma) is a name when its first word is a known first name.
_LOWER_NAME_LINE_RE = re.compile(
    r"^\s*(?:[/\-\u2013\u2014~][ \t]*)?(?P<first>[a-zæøå][a-zæøåéü]+)"
    r"(?:[ \t]+[a-zæøå][\w-]*)?[ \t]*(?:,[ \t]*\d{1,3}(?:[ \t]*år)?)?[ \t.]*$"
)


# Round 11: a title or role before the name on the signature line ("Sognepræst
# Birgitte Lund", "Overlæge Jens Holm"): the name is the next word.
_TITLES = frozenset((
    "sognepræst", "præst", "pastor", "provst", "biskop", "imam", "rabbiner", "læge",
    "overlæge", "advokat", "direktør", "formand", "forkvinde", "borgmester", "rådmand",
    "byrådsmedlem", "lektor", "professor", "dr", "sygeplejerske", "pædagog", "lærer",
    "skoleleder", "konsulent", "jordemoder", "tandlæge", "psykolog", "socialrådgiver",
    "sagsbehandler", "kasserer", "sekretær", "tillidsrepræsentant", "fru", "hr",
))
_TITLE_NAME_RE = re.compile(r"[ \t]+(?P<first>[A-ZÆØÅ][a-zæøåéü]+)(?:[\s,(-]|$)")


def _first_name(line: str) -> str | None:
    m = _NAME_LINE_RE.match(line)
    if m is not None:
        if m.group("first").lower() in _TITLES:
            end = m.end("first")
            after = _TITLE_NAME_RE.match(line, end + (line[end:end + 1] == "."))
            if after is not None:
                return after.group("first")
        return m.group("first")
    m = _LOWER_NAME_LINE_RE.match(line)
    return m.group("first") if m and sex_of(m.group("first")) else None


def writer_sex(text: str) -> str | None:
    """The writer's sex from the signature's first name, or None when unknown.

    The signature is the name after the last closing ("Mvh", "Venlig hilsen"...), on
    the same line or the next non-empty one; without a closing, a short last line.
    Only the last few lines are read.
    """
    lines = own_part(text).rstrip().splitlines()[-_SIGNATURE_LINES:]
    for i in range(len(lines) - 1, -1, -1):
        m = _CLOSING_RE.match(lines[i])
        if m is None:
            continue
        rest = (m.group("rest") or m.group("rest2") or m.group("rest3") or m.group("rest4")
                or "").strip()
        if rest:
            sex = sex_of(_first_name(rest))
            inline = _INLINE_CLOSING_RE.search(rest) if sex is None else None
            # "Tak for hjælpen i går! Venlig hilsen Birthe": thanks open the line, the
            # closing and the name end it.
            if inline is not None:
                return sex_of(inline.group("first"))
            # "Med venlig hilsen og god weekend": a short lower-case rest of the closing
            # line holds no name; the name is on the next line.
            if sex is None and m.group("rest3") and _MORE_SENTENCES_RE.search(rest):
                # Round 20: thanks that open a paragraph of several sentences ("tak for
                # sidst til kommunens sommerfest! jeg og min kæreste Freja ...") close
                # nothing: read on, and the short last line ("Emma") signs.
                continue
            if sex is not None or _first_name(rest) is not None or len(rest.split()) > 4:
                return sex
        for line in lines[i + 1 :]:
            if line.strip():
                return sex_of(_first_name(line))
        return None
    # Round 7: a signature block without a closing word: the name line is the last
    # line above the address, phone and e-mail lines.
    k = len(lines) - 1
    while k > 0 and len(lines) - k <= 4 and _CONTACT_LINE_RE.match(lines[k]):
        k -= 1
    last = lines[k].strip() if lines else ""
    if 0 < len(last) <= 40 and len(last.split()) <= 4:
        return sex_of(_first_name(last))
    # Round 5: a short mail on one line signs off inside it ("... Kan I hjælpe? Mvh
    # Claus Broberg"): the closing word after a sentence end, then the name, ends it.
    m = _INLINE_CLOSING_RE.search(last)
    if m is not None:
        return sex_of(m.group("first"))
    # Round 13: a one-line mail signed with the bare name after its last sentence
    # ("... Hvad skal vi gøre? Hassan", "... dagplejen? - Camilla", "... i maj. /nico").
    # Round 29: a one-line mail signed with the name and the CPR number after its last
    # sentence or after a slash ("... flytning sammen. Peter Holm 040472-1955", "... i
    # lørdags /Mathias 0309901123"): citizens sign so to be found in the case system.
    m = _INLINE_CPR_SIGN_RE.search(last, max(0, len(last) - 60))
    if m is not None:
        return sex_of(m.group("first"))
    m = _INLINE_NAME_RE.search(last, max(0, len(last) - 30))
    if m is not None:
        # Round 23: the exceptions are lower-case words only: a capital after the last
        # sentence end is the name ("... hønsegård i haven. Line").
        if m.group("first"):
            return sex_of(m.group("first"))
        name = m.group("lower")
        return sex_of(name) if name.lower() not in _NOT_LOWER_NAMES else None
    return None


# Round 29: see writer_sex.
_INLINE_CPR_SIGN_RE = re.compile(
    r"(?:[.!?][ \t]+(?:/[ \t]*)?|[ \t]/[ \t]*)(?P<first>[A-ZÆØÅ][a-zæøåéü]+)"
    r"(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:[ \t]+[A-ZÆØÅ][a-zæøåéü-]+){0,2}[ \t,]+"
    r"(?:(?i:cpr|cpr-nr|cpr\.nr)[.:]?[ \t]*)?\d{6}[ \t-]?\d{4}[ \t.]*$"
)
# Round 24: the quotation marks of a quoted line ("> ", ">> ").
_QUOTE_MARKS_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_INLINE_NAME_RE = re.compile(
    r"[.!?][ \t]+(?:(?:[/\-\u2013\u2014~][ \t]*)?(?P<first>[A-ZÆØÅ][a-zæøåéü]+)"
    # Round 16: a hyphenated first name and up to two surnames after the bare name
    # ("... det betyder noget. Carl-Erik Vang", "... haha. Ib Lauritsen").
    r"(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:[ \t]+[A-ZÆØÅ][a-zæøåéü]+){0,2}|"
    r"[/\-\u2013\u2014~][ \t]*(?P<lower>[a-zæøå][a-zæøåéü]+))[ \t.!]*"
    # Round 24: a mail quoted whole closes with the quotation mark after the name
    # ('"Hej Morten. ... Kan kommunen ikke stille krav? Jonas"').
    r"[\"\u201d\u00bb]?[ \t]*$"
)


@lru_cache(maxsize=8)
def own_part(text: str) -> str:
    """The writer's own text, without a quoted or forwarded earlier message (the
    project's reply splitter): the signature there is the earlier sender's ("min kone
    Inger" signed Henning above a quoted reply from Lone).  Cached: a mail asks for the
    writer's sex more than once."""
    new = author_text(text)
    return new if new.strip() else text


# Round 12: the writer names themself in the mail's first words ("Hej, det er Morten",
# "hej det er Lotte fra ...", "Hej, Birgit Holm her, ..."): read in the opening only,
# as "det er Peter der betaler" later in a mail speaks of someone else.
_OPENING_INTRO_RE = re.compile(
    r"\A\W*(?:(?i:hej|hejsa|hallo|goddag|godmorgen|kære|til)(?:[ \t]+[A-ZÆØÅ][\w-]*)?"
    r"[ \t]*[,.!:]?\s*)?(?:(?i:det\s+er|her\s+er)[ \t]+(?P<name>[A-ZÆØÅ][a-zæøåéü]+)"
    r"(?![\w-])|(?P<here>[A-ZÆØÅ][a-zæøåéü]+)(?:[ \t]+[A-ZÆØÅ][\w-]+){0,2}[ \t]+"
    r"(?i:her)[ \t]*[,.!:\u2013-])"
)
_OPENING_REACH = 160


def _introduced_sex(text: str) -> str | None:
    """The writer's sex from a self-introduction ("jeg hedder Lars", "mit navn er
    Hanne", "jeg er Christian og ...", "og jeg (Jonas)"), or None when there is none
    or they disagree."""
    own = own_part(text)
    found = {
        sex_of(m.group("name") or m.group("bracketed") or m.group("lower") or m.group("en")
               or m.group("comma") or m.group("listed"))
        for m in _INTRO_RE.finditer(own)
    } - {None}
    opening = _OPENING_INTRO_RE.match(own[:_OPENING_REACH])
    if opening is not None:
        found.add(sex_of(opening.group("name") or opening.group("here")))
        found.discard(None)
    # Round 11: the writer says their own sex ("jeg er en pige på 18", "jeg er også
    # pige", "jeg er mor til to", "I am a woman").
    found.update(_SELF_WORD_SEX[m.group("word").lower()] for m in _SELF_SEX_RE.finditer(own))
    return found.pop() if len(found) == 1 else None


_SELF_WORD_SEX = {
    "kvinde": FEMALE, "pige": FEMALE, "mor": FEMALE, "dame": FEMALE,
    "mand": MALE, "dreng": MALE, "fyr": MALE, "far": MALE,
    "woman": FEMALE, "girl": FEMALE, "mum": FEMALE, "mom": FEMALE, "mother": FEMALE,
    "man": MALE, "guy": MALE, "boy": MALE, "dad": MALE, "father": MALE,
    # Round 20: a trans woman is a woman, a trans man a man ("jeg er transkvinde ...
    # og bor sammen med min kæreste Sofie").
    "transkvinde": FEMALE, "transmand": MALE,
}
_SELF_SEX_RE = re.compile(
    # Round 24: "selvom jeg selv er kvinde" (the word order after a conjunction).
    r"(?<!\w)(?i:jeg\s+er|er\s+jeg|jeg\s+selv\s+er|i\s+am|i'm)\s+"
    r"(?:(?i:også|selv|nu|also)\s+)?"
    r"(?:(?i:en|a)\s+)?(?:(?i:ung|ældre|enlig|single|young|\d{1,2}[- ]?(?:årig|year[- ]old))\s+)?"
    # Round 15: an adjective of origin or any other "-sk" adjective before the word
    # ("jeg er en grønlandsk kvinde", "jeg er en dansk-tyrkisk mand", "jeg er en
    # gammel mand", "I am a Polish woman").
    r"(?:(?i:[a-zæøå-]{2,}(?:sk|ske)|gammel|midaldrende|voksen|nybagt|stolt|glad|"
    r"[A-Z][a-z]+(?:ish|ian|ese|an|i)|old|middle-aged|proud|single)\s+)?"
    r"(?P<word>(?i:transkvinde|transmand|kvinde|pige|mor|dame|mand|dreng|fyr|far|woman|"
    r"girl|mum|mom|mother|"
    r"man|guy|boy|dad|father))(?![\w-])"
)


# Round 10: the writer's name in a web form's field ("Navn: Maja Lind") or in the
# mail's own header on its first line ("Fra: Ahmed Nasser" above "Sendt:", "Emne:").
_FORM_NAME_RE = re.compile(
    r"(?:^|\n)[ \t]*(?i:navn|name|afsender|fra|from)[ \t]*:[ \t]*"
    r"(?P<first>[A-ZÆØÅ][a-zæøåéü]+)(?:[ \t]+[A-ZÆØÅ][\w\-]*){0,3}[ \t]*(?:<[^>\n]*>)?[ \t]*\n"
)


def _form_name_sex(text: str) -> str | None:
    """The writer's sex from a form's "Navn:" field or the mail's first header line
    ("Fra:"); a quoted header ("> Fra: ...") is someone else's."""
    own = own_part(text)
    m = _FORM_NAME_RE.search(own, 0, 400)
    if m is None:
        return None
    if m.group(0).lstrip("\n \t")[:3].lower() in ("fra", "fro") and own[:m.start()].strip():
        return None  # a "Fra:" header counts only as the mail's first line
    return sex_of(m.group("first"))


@lru_cache(maxsize=8)
def author_sex(text: str) -> str | None:
    """The writer's sex: from the signature, else from a self-introduction, else from a
    form's name field or the mail's own "Fra:" header.  Cached (round 11): several
    partner rules ask for it on the same mail."""
    return writer_sex(text) or _introduced_sex(text) or _form_name_sex(text)


def find_same_sex_partners(text: str) -> list[PartnerMatch]:
    """"min mand/kone/kæreste NAME" whose sex is the writer's own."""
    matches = list(_PARTNER_RE.finditer(text))
    if not matches:
        return []
    own_end = len(own_part(text))
    found: list[PartnerMatch] = []
    for m in matches:
        # Round 13: a partner word in a forwarded or quoted earlier message is that
        # message's writer's partner: the signature that closes the text after it.
        # Round 24: read without its "> " marks, so that its own signature ("> Thomas",
        # ">> Camilla") closes it.
        writer = (author_sex(text) if m.start() < own_end
                  else writer_sex(_QUOTE_MARKS_RE.sub("", text[m.start():])))
        if writer is None:
            continue
        word_sex = _PARTNER_SEX[m.group("rel").lower()]
        name = m.group("name") or _lower_name(m.group("lname"))
        name_sex = sex_of(name)
        if name_sex is None and word_sex is None and name is None:
            name_sex = _pronoun_sex(text, m.end())
        if name_sex is None:
            # No partner's name (or one we do not know): the word's own sex decides
            # ("min mand" signed by a man); "min kæreste" alone decides nothing.
            if word_sex is not None and word_sex == writer:
                found.append(PartnerMatch(m.start(), m.end("rel")))
            continue
        if word_sex is not None and word_sex != name_sex:
            continue  # "min kone Peter": a typo or a name we read wrong
        if name_sex == writer:
            found.append(PartnerMatch(m.start(), m.end() if name else m.end("rel")))
    return found


def _pronoun_sex(text: str, end: int) -> str | None:
    """The sex of "han/hun hedder NAME" soon after a partner word, when the name, if
    known, agrees with the pronoun."""
    m = _NAMED_BY_PRONOUN_RE.search(text, end, min(len(text), end + _PRONOUN_REACH))
    if m is None:
        return None
    pron = _PRONOUN_SEX[(m.group("pron") or m.group("pron2")).lower()]
    name = sex_of(m.group("name"))
    return pron if name in (None, pron) else None


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
    owned: list[tuple[int, int, str, str]] = [
        (m.start(), m.end(), m.group("rel"), m.group("name")) for m in _REFLEXIVE_RE.finditer(text)
    ]
    low = text.lower()
    for i, j in _word_ends(low, _INDEFINITE_WORDS):
        before = _INDEFINITE_BEFORE_RE.search(low, max(0, i - 12), i)
        if before is None:
            continue
        after = _NAME_AFTER_RE.match(text, j)
        if after is not None:
            owned.append((before.start(), after.end(), low[i:j], after.group("name")))
    for start, end, rel, name in owned:
        word_sex = _PARTNER_SEX[rel.lower()]
        name_sex = sex_of(name)
        if name_sex is None or (word_sex is not None and word_sex != name_sex):
            continue
        subject = _subject_sex(text, start)
        if subject is not None and name_sex == subject:
            found.append(PartnerMatch(start, end))
    return found


def _subject_sex(text: str, start: int) -> str | None:
    """The sex of the last kin word, known first name or "jeg" (the writer) before
    ``start`` in its sentence: the one whose partner is named there."""
    lo = max(0, start - _SUBJECT_REACH)
    cut = max(text.rfind(".", lo, start), text.rfind("\n\n", lo, start),
              text.rfind("?", lo, start), text.rfind("!", lo, start))
    owner = None
    for w in _SUBJECT_RE.finditer(text, max(lo, cut + 1), start):
        word = w.group(0).lower()
        if word == "jeg":
            sex = author_sex(text)
        elif word in _PRONOUN_SEX:
            sex = _PRONOUN_SEX[word]
        else:
            sex = _KIN_SEX.get(word) if word in _KIN_SEX else sex_of(word)
        if sex is not None:
            owner = sex
    return owner


# Keys: a substring every match of a partner regex must hold, searched in the lower-case
# text (cheap) before the regex itself (~0.1-0.5 ms per 5 KB mail each: they cannot be
# anchored on a literal).  A key is a necessary condition, so the findings are the same.
_SAID_KEY_RE = re.compile(r"en\s+(?:mand|kvinde|fyr|pige)(?!\w)"
                          # Round 27: the English branch of _SAID_RE.
                          r"|(?<!\w)(?:a|another)\s+(?:man|woman|guy|girl)(?!\w)")
_AND_I_KEY_RE = re.compile(r"og[ \t]+jeg")
_WITH_KEY_RE = re.compile(r"og[ \t]+jeg|(?:mig|sammen|gift|kæreste)[ \t]+med[ \t]")


def _writers_own(pattern: re.Pattern[str], text: str,
                 sex: Callable[[re.Match[str]], str | None],
                 key: re.Pattern[str] | None = None) -> list[PartnerMatch]:
    """The matches of `pattern` whose person (`sex` of the match) has the writer's sex;
    none when `key` is given and not found in the lower-case text."""
    if key is not None and key.search(text.lower()) is None:
        return []
    matches = list(pattern.finditer(text))
    if not matches:
        return []
    writer = author_sex(text)
    own_end = len(own_part(text))
    found = []
    for m in matches:
        # Round 25: a forwarded citizen's mail ("Videresendt af byrådsmedlem ...", then
        # "Jeg er gift med en mand ... Omar"): the statement is that mail's writer's,
        # read by its own signature, as find_same_sex_partners does.
        who = (writer if m.start() < own_end
               else writer_sex(_QUOTE_MARKS_RE.sub("", text[m.start():])))
        if who is not None and sex(m) == who:
            found.append(PartnerMatch(m.start(), m.end()))
    return found


# Round 13: a relationship said with "forhold" ("jeg har været i et forhold med en pige
# i to år", "jeg er en fyr på 20 og er i et parforhold med en fyr"); tried only when
# "forhold med en" stands in the mail (a second scan of every mail would cost).
_RELATIONSHIP_RE = re.compile(
    r"(?<!\w)(?i:(?:jeg|har\s+jeg|er\s+jeg)\s+(?:har\s+|er\s+)?(?:været\s+)?(?:nu\s+)?"
    r"i\s+et\s+(?:par)?forhold\s+med|"
    r"jeg\s+er\s+(?:[\w-]+\s+){1,5}?og\s+(?:har\s+været|er)\s+i\s+et\s+(?:par)?forhold\s+med)"
    r"\s+(?i:en)\s+(?P<word>(?i:mand|kvinde|fyr|pige))(?!\w)"
)


def find_said_partners(text: str) -> list[PartnerMatch]:
    """"jeg er sammen med en mand" in a mail signed by a man."""
    found = _writers_own(
        _SAID_RE, text,
        lambda m: _GENDER_WORD[(m.group("word") or m.group("eword")).lower()], _SAID_KEY_RE)
    if "forhold med en" in text or "Forhold med en" in text:
        found.extend(_writers_own(_RELATIONSHIP_RE, text,
                                  lambda m: _GENDER_WORD[m.group("word").lower()]))
    return found


def find_addressed_partners(text: str) -> list[PartnerMatch]:
    """"din mand, Mads" in a letter to "Kære Jesper": the partner of the one addressed
    (often the municipality's words quoted in the citizen's reply)."""
    found: list[PartnerMatch] = []
    for m in _ADDRESSED_RE.finditer(text):
        salutations = [s for s in _SALUTATION_RE.finditer(text, 0, m.start())]
        if not salutations:
            continue
        addressee = sex_of(salutations[-1].group("name"))
        word_sex = _PARTNER_SEX[m.group("rel").lower()]
        name_sex = sex_of(m.group("name"))
        if addressee is None or (word_sex and name_sex and word_sex != name_sex):
            continue
        if (name_sex or word_sex) == addressee:
            found.append(PartnerMatch(m.start(), m.end("name") if name_sex else m.end("rel")))
    return found


# Round 9: a child and the child's in-law of the same sex named together as a couple
# ("min søn og min svigersøn har adopteret", "vores datter Sofie og svigerdatter Ida
# er blevet gift"): the svigersøn is the son's husband.  Only with a couple's shared
# life after them, since "min søn og min svigersøn hjalp med flytningen" can be a
# daughter's husband.
_IN_LAW_COUPLE_RE = re.compile(_led_by(
    "mMvV",
    r"(?<!\w)(?i:min|vores)[ \t]+(?:(?i:søn)(?P<a>[ \t]+[A-ZÆØÅ][\w-]+)?[ \t]+og[ \t]+"
    r"(?:(?i:hans)[ \t]+(?i:mand)|(?:(?i:min|vores)[ \t]+)?(?i:svigersøn))|"
    r"(?i:svigersøn)(?:[ \t]+[A-ZÆØÅ][\w-]+)?"
    r"[ \t]+og[ \t]+(?:(?i:min|vores)[ \t]+)?(?i:søn)|"
    r"(?i:datter)(?:[ \t]+[A-ZÆØÅ][\w-]+)?[ \t]+og[ \t]+(?:(?i:hendes)[ \t]+(?i:kone|hustru)|"
    r"(?:(?i:min|vores)[ \t]+)?(?i:svigerdatter))|"
    r"(?i:svigerdatter)(?:[ \t]+[A-ZÆØÅ][\w-]+)?[ \t]+og[ \t]+"
    r"(?:(?i:min|vores)[ \t]+)?(?i:datter))(?:[ \t]+[A-ZÆØÅ][\w-]+)?[ \t]+"
    r"(?i:har[ \t]+adopteret|adopterede|skal[ \t]+adoptere|er[ \t]+(?:blevet[ \t]+)?gift|"
    r"blev[ \t]+gift|skal[ \t]+giftes|bor[ \t]+sammen|har[ \t]+fået[ \t]+(?:et[ \t]+barn|"
    r"en[ \t]+søn|en[ \t]+datter|tvillinger)|venter[ \t]+barn|er[ \t]+blevet[ \t]+forældre)"
    r"(?!\w)"
))


def find_couples(text: str) -> list[PartnerMatch]:
    """"Vibeke og jeg er gift" in a mail signed by a woman; "Thomas og Rasmus, der har
    været gift siden 2019": two first names of one sex said to be a couple."""
    found = _writers_own(_COUPLE_RE, text, lambda m: sex_of(m.group("name")), _AND_I_KEY_RE)
    seen: set[int] = set()
    # Only the text before each state word can hold a named couple.
    for i, j in _word_ends(text.lower(), _STATE_WORDS):
        for m in _NAMED_COUPLE_RE.finditer(text, max(0, i - _COUPLE_REACH), j):
            a, b = m.group("a"), m.group("b")
            if (m.start() not in seen and a.lower() != b.lower()
                    and sex_of(a) is not None and sex_of(a) == sex_of(b)):
                seen.add(m.start())
                found.append(PartnerMatch(m.start(), m.end()))
        # Round 29: see _THEY_STATE_BEFORE_RE.
        they = _THEY_STATE_BEFORE_RE.search(text, max(0, i - 40), i)
        if they is not None:
            pairs = list(_NAME_PAIR_RE.finditer(text, max(0, i - _THEY_REACH), they.start()))
            if pairs:
                p = pairs[-1]
                a, b = p.group("a"), p.group("b")
                if (p.start() not in seen and a.lower() != b.lower()
                        and sex_of(a) is not None and sex_of(a) == sex_of(b)):
                    seen.add(p.start())
                    found.append(PartnerMatch(p.start(), p.end()))
    if "svigers" in text or "Svigers" in text or "svigerd" in text or "Svigerd" in text:
        found.extend(PartnerMatch(m.start(), m.end()) for m in _IN_LAW_COUPLE_RE.finditer(text))
    return found


# Round 11: the writer named as the partner of someone named ("jeg er kone til Louise",
# "jeg er enkemand efter Poul", "jeg er gift med Lone"): a word with a sex gives the
# writer's sex (else the signature does), the name the partner's.
_SPOUSE_ROLE_SEX: dict[str, str | None] = {
    "kone": FEMALE, "hustru": FEMALE, "enke": FEMALE, "mand": MALE, "ægtemand": MALE,
    "enkemand": MALE, "ægtefælle": None, "partner": None, "kæreste": None,
    "samlever": None,
}
_SPOUSE_OF_RE = re.compile(
    # Round 29: the wedding as an event ("Jeg blev gift med Camilla i lørdags", "jeg
    # skal giftes med Omar", "jeg giftede mig med Sara").
    r"(?<!\w)(?i:jeg\s+er\s+blevet|jeg\s+er|er\s+jeg|jeg\s+var|jeg\s+hedder|jeg\s+blev"
    r"|jeg\s+skal|jeg)\s+"
    # Round 13: the marriage after another predicate and "og" ("Jeg er kvinde og gift
    # med Sara", "Jeg hedder Anne og er gift med Julie").
    r"(?:(?:[\w-]+\s+){1,3}?(?i:og)\s+(?:(?i:er|har\s+været)\s+)?(?i:gift|forlovet)\s+(?i:med)"
    r"|(?i:nu\s+|også\s+)?(?i:giftes|gifte\s+mig|giftede\s+mig|gifter\s+mig|gift|kæreste"
    r"|forlovet)"
    r"\s+med|(?P<role>(?i:kone|hustru|enke|ægtemand|enkemand|mand|ægtefælle|partner|kæreste|"
    r"samlever))\s+(?i:til|efter))\s+(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
)
# Round 11: a partner said to be of a sex in a relative clause ("jeg har fået en
# kæreste, der er mand", "min kæreste, som er en pige"): the owner is the writer after
# "min", else the subject of the sentence ("min søn har en ny kæreste, der er en dreng").
# Also in apposition ("har en kæreste, en dreng fra klassen") or in brackets ("min
# ekskæreste (også en mand)").
_PARTNER_CLAUSE_RE = re.compile(
    r"(?<!\w)(?P<det>(?i:min|en))\s+(?:(?i:ny|nye|fast)\s+)?"
    r"(?i:kæreste|partner|samlever|ekskæreste|eks-kæreste|ex-kæreste|exkæreste)"
    r"(?:[ \t]*,?[ \t]+(?i:der|som)\s+(?i:er)\s+(?:(?i:også\s+)?(?i:en)\s+)?|[ \t]*,[ \t]*"
    r"(?i:en)\s+|[ \t]*\([ \t]*(?:(?i:også|selv)\s+)?(?i:en)\s+)"
    r"(?P<word>(?i:mand|kvinde|fyr|pige|dreng))(?![\w-])"
)
# Round 29: "ex-kæreste" ("Min ex-kæreste, en mand jeg boede sammen med ...").
_CLAUSE_PARTNER_WORDS = ("kæreste", "partner", "samlever", "ekskæreste", "eks-kæreste",
                         "ex-kæreste", "exkæreste")
# Round 12: also someone else's partner ("hendes kæreste, som også er en pige").
_CLAUSE_DET_RE = re.compile(r"(?<!\w)(?P<det>min|en|hans|hendes)\s+(?:(?:ny|nye|fast)\s+)?$")
# Round 12: "også" before the verb too ("hendes kæreste, som også er en pige").
_CLAUSE_AFTER_RE = re.compile(
    r"(?:[ \t]*,?[ \t]+(?i:der|som)\s+(?:(?i:også|selv)\s+)?(?i:er)\s+"
    r"(?:(?i:også\s+)?(?i:en)\s+)?|[ \t]*,[ \t]*"
    r"(?i:en)\s+|[ \t]*\([ \t]*(?:(?i:også|selv)\s+)?(?i:en)\s+)"
    r"(?P<word>(?i:mand|kvinde|fyr|pige|dreng))(?![\w-])"
)
_CLAUSE_WORD_SEX = {"mand": MALE, "fyr": MALE, "dreng": MALE, "kvinde": FEMALE, "pige": FEMALE}
# Round 12: someone named, or "han"/"hun", said to be married to or together with a
# man or a woman ("Marie, der er gift med en kvinde", "hun er sammen med en pige"):
# found from "med en" (str.find), the subject read in the words just before.
_WED_KEYS = ("gift med en ", "sammen med en ", "kæreste med en ", "forlovet med en ")
_WED_SUBJECT_RE = re.compile(
    r"(?<![\w-])(?P<subj>[A-ZÆØÅ][a-zæøåéü]+|(?i:han|hun))(?:[ \t]+[A-ZÆØÅ][\w-]+)?"
    r"[ \t]*,?[ \t]*(?:(?i:der|som)[ \t]+)?(?i:er|var|blev)[ \t]+"
    r"(?:(?i:også|nu|blevet|faktisk)[ \t]+)?$"
)
_WED_WORD_RE = re.compile(r"(?P<word>(?i:mand|kvinde|fyr|pige|dreng))(?![\w-])")
# Round 14: someone of a known sex who has (got) a wife or a new husband ("nu har min
# ekskone fået en ny kone", "min søster har en kone", "hun har fået en ny mand" is no
# news, "han har fået en ny mand" is): found from the partner phrase (str.find), the
# subject read just before it, before or after "har" (Danish inverts after "nu").
_NEW_SPOUSE_KEYS = ("en kone", "en hustru", "en ny kone", "en ny hustru", "en ny mand",
                    "en ny ægtemand")
_NEW_SPOUSE_SUBJ = (r"(?P<subj>(?i:han|hun)|(?i:min|hans|hendes)\s+(?P<kin>(?i:eks-?kone|"
                    r"ekshustru|eks-?mand|" + "|".join(_KIN_SEX) + r"))|[A-ZÆØÅ][a-zæøåéü]+)")
_NEW_SPOUSE_RE = re.compile(
    r"(?<![\w-])(?:" + _NEW_SPOUSE_SUBJ + r"\s+(?i:har|havde)|(?i:har|havde)\s+"
    + _NEW_SPOUSE_SUBJ.replace("subj", "subj2").replace("kin", "kin2")
    + r")\s+(?:(?i:nu|også|lige|allerede)\s+)?(?:(?i:fået|giftet\s+sig\s+med)\s+)?$"
)
_NEW_SPOUSE_SEX = {"kone": FEMALE, "hustru": FEMALE, "mand": MALE, "ægtemand": MALE}
_EX_SEX = {"ekskone": FEMALE, "eks-kone": FEMALE, "ekshustru": FEMALE, "eksmand": MALE,
           "eks-mand": MALE}
# Round 14: the writer "i et (registreret) forhold med en kvinde" signed by a woman.
_RELATION_KEY = "forhold med en "
_RELATION_SUBJ_RE = re.compile(
    r"(?<!\w)(?i:jeg)\s+(?i:er|var|lever|har\s+været)\s+(?i:i)\s+(?:(?i:et)\s+)?"
    r"(?:[\w-]+\s+)?$"
)
_WED_REACH = 60
# Round 11: an English mail's partner ("My husband Daniel and I", "my wife").
_EN_PARTNER_SEX: dict[str, str | None] = {
    "husband": MALE, "wife": FEMALE, "boyfriend": MALE, "girlfriend": FEMALE,
    "partner": None, "spouse": None, "fiance": None, "fiancé": None, "fiancée": None,
}
_EN_PARTNER_RE = re.compile(
    r"(?<!\w)(?i:my)\s+(?:(?i:late|dear|new)\s+)?(?P<rel>(?i:husband|wife|boyfriend|"
    r"girlfriend|partner|spouse|fianc[eé]e?))(?!\w)"
    r"(?:[ \t]*,?[ \t]*(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-]))?"
)
# Round 11: "vi er to mænd", "vi er 2 drenge på 19" said by a couple: two of one sex,
# in a mail that speaks of a couple (partner, marriage, adoption).
_PAIR_RE = re.compile(
    # Round 14: a few words before the number ("vi er et par, to mænd", "vi er begge
    # ateister og to mænd"), and the pair in brackets after "og jeg" ("min kæreste og
    # jeg (to drenge, 19 og 20)").
    r"(?<!\w)(?:(?:vi|man)\s+er\s+(?:[\w-]+,?\s+){0,3}?|og\s+(?:jeg|mig)\s+\(\s*)"
    r"(?:2|to|begge|begge\s+to|begge\s+2)\s+(?:mænd|drenge|fyre|kvinder|piger|damer|"
    # Round 15: "(begge piger)", "vi er begge to kvinder", "vi er to mødre/fædre",
    # two of one sex said as parents or in slang.
    r"mødre|fædre|mødrene|fædrene|tøser|gutter)(?!\w)"
)
# Round 18: the couple's sex put in brackets after the couple ("vi er et par (ja, to
# fyre)", "vi er gift (to kvinder)", "kærester (begge piger)").  Only straight after a
# word for the couple: "vi har to børn (to piger)" is children.
_PAIR_BRACKET_RE = re.compile(
    r"(?<!\w)(?:(?:et\s+par|par|ægtepar|kærestepar|kærester|gift|samlevende|vi|os)"
    # Round 23: a time after the state ("Jens og jeg har været gift i 30 år (to mænd,
    # ja)", "kærester i 5 år (begge piger)").
    r"(?:\s+i\s+(?:\d{1,2}|mange|over|snart)\s+år)?[ \t]*"
    r"\([ \t]*(?:(?:ja|jep|altså|nemlig|og\s+ja)[ \t]*[,!.:]?[ \t]*)?"
    r"(?:2|to|begge|begge\s+to|begge\s+2)\s+(?:mænd|drenge|fyre|kvinder|piger|damer|"
    r"tøser|gutter)"
    # Round 23: the same in English after the couple ("my husband Daniel and I (two
    # guys)", "my wife and I (both women)", "we got married (two men)").
    r"|(?:and\s+(?:i|me)|we|us|married|couple)[ \t]*\([ \t]*(?:(?:yes|yep)[ \t]*[,!.:]?[ \t]*)?"
    r"(?:2|two|both)\s+(?:men|guys|boys|women|girls|ladies|dads|moms|mums))(?!\w)"
)
# Round 11: a wedding of two women or two men ("kirken vier to kvinder"; the lemma of
# "vier" is "vi", so the lexicon phrase misses it).
_WEDDING_RE = re.compile(
    r"(?<!\w)(?:vier|vie|viet|vies|vielse\s+af|bryllup\s+mellem|gifter)\s+"
    r"(?:(?!og\s)\w+\s+){0,2}?(?:2|to)\s+"
    r"(?:kvinder|mænd)(?!\w)"
)
_COUPLE_CUES = ("kæreste", "gift", "ægtepar", "adopt", "forlove", "samlev", "partner",
                "et par", "som par", "bryllup", "vielse", "hustru", "min kone", "min mand",
                # Round 23: English mails ("my husband Daniel and I (two guys)").
                "husband", "wife", "married", "boyfriend", "girlfriend")


# Round 23: a friend the writer lives with and is to marry ("Jeg har boet sammen med min
# veninde Karin i 30 år, og nu skal vi endelig giftes"): older couples of one sex often
# say "veninde"/"ven" of the partner.  "vi" must be the wedding's subject, and the
# friend must live with the writer or be one of "min veninde og jeg": "min veninde skal
# giftes" and "min veninde og jeg skal til bryllup" stay out.  Found from "gift"/"viet"
# (str.find).
_WE_WED_RE = re.compile(_led_by(
    "vnsek",
    r"(?<!\w)(?:(?:vi|nu|så|endelig)\s+(?:skal|vil|kan)\s+vi|vi\s+(?:skal|vil|kan|er\s+blevet|"
    r"blev)|skal\s+vi|vil\s+vi|kan\s+vi)\s+(?:(?:nu|endelig|gerne|snart|også|så)\s+){0,2}"
    r"(?:giftes|gift|blive\s+viet|viet|gifte\s+os)(?!\w)"
))
_FRIEND_COUPLE_RE = re.compile(
    r"(?<!\w)(?:(?:bor|boet|boede|lever|levet|levede)\s+sammen\s+med\s+min\s+(?P<a>veninde|ven)|"
    r"min\s+(?P<b>veninde|ven)(?:\s+[A-ZÆØÅ][a-zæøåéü]+)?\s+og\s+jeg)(?!\w)",
    re.IGNORECASE,
)
_FRIEND_SEX = {"veninde": FEMALE, "ven": MALE}
_FRIEND_REACH = 250


def _friend_couples(text: str, low: str) -> list[PartnerMatch]:
    # "udgift" holds "gift" too: only the word itself and its forms.
    if " gift" not in low and "giftes" not in low and "viet" not in low:
        return []
    for wed in _WE_WED_RE.finditer(low):
        # The last such friend before the wedding's "vi".
        friends = list(_FRIEND_COUPLE_RE.finditer(
            text, max(0, wed.start() - _FRIEND_REACH), wed.start()))
        if not friends:
            continue
        friend = friends[-1]
        word = (friend.group("a") or friend.group("b")).lower()
        if author_sex(text) == _FRIEND_SEX[word]:
            return [PartnerMatch(friend.start(), wed.end())]
    return []


def find_spoken_partners(text: str) -> list[PartnerMatch]:
    """"jeg er kone til Louise" signed by anyone: the role's sex (or the writer's) is
    the named partner's; "my husband Daniel" signed James; "en kæreste, der er mand"
    in a mail signed by a man; "vi er 2 drenge" with a partner."""
    found: list[PartnerMatch] = []
    low = text.lower()
    # Tried only where "jeg er", "er jeg" or "jeg var" stands (str.find, then an
    # anchored match): a scan of the whole text costs a tenth of a millisecond.
    # Round 29: "jeg blev/skal/giftede ..." (see _SPOUSE_OF_RE).
    for key in ("jeg er ", "er jeg ", "jeg var ", "jeg hedder ", "jeg blev ", "jeg skal ",
                "jeg gift"):
        i = low.find(key)
        while i >= 0:
            m = _SPOUSE_OF_RE.match(text, i)
            if m is not None:
                role = m.group("role") if key != "jeg hedder " or m.group("role") is None else None
                own = _SPOUSE_ROLE_SEX[role.lower()] if role else None
                partner = sex_of(m.group("name"))
                if partner is not None and (own or author_sex(text)) == partner:
                    found.append(PartnerMatch(m.start(), m.end()))
            i = low.find(key, i + 1)
    # Found from the partner word (str.find), the determiner before it and the clause
    # after it read at that place only.
    for i, j in _word_ends(low, _CLAUSE_PARTNER_WORDS):
        det = _CLAUSE_DET_RE.search(low, max(0, i - 12), i)
        if det is None:
            continue
        clause = _CLAUSE_AFTER_RE.match(text, j)
        if clause is None:
            continue
        word = det.group("det")
        owner = (author_sex(text) if word == "min" else _OWNER_SEX[word]
                 if word in _OWNER_SEX else _subject_sex(text, det.start()))
        if owner is not None and owner == _CLAUSE_WORD_SEX[clause.group("word").lower()]:
            found.append(PartnerMatch(det.start(), clause.end()))
    for key in _WED_KEYS:
        i = low.find(key)
        while i >= 0:
            j = i + len(key)
            word = _WED_WORD_RE.match(text, j)
            subj = (_WED_SUBJECT_RE.search(text, max(0, i - _WED_REACH), i)
                    if word is not None else None)
            if word is not None and subj is not None:
                name = subj.group("subj")
                sex = _PRONOUN_SEX.get(name.lower()) or sex_of(name)
                if sex is not None and sex == _CLAUSE_WORD_SEX[word.group("word").lower()]:
                    found.append(PartnerMatch(subj.start(), word.end()))
            i = low.find(key, j)
    for key in _NEW_SPOUSE_KEYS:
        i = low.find(key)
        while i >= 0:
            j = i + len(key)
            if j >= len(low) or not (low[j].isalnum() or low[j] == "-"):
                m = _NEW_SPOUSE_RE.search(text, max(0, i - _WED_REACH), i)
                if m is not None:
                    who: str = m.group("subj") or m.group("subj2") or ""
                    kin = (m.group("kin") or m.group("kin2") or "").lower()
                    if kin:
                        sex = _KIN_SEX.get(kin) or _EX_SEX.get(kin)
                    else:
                        sex = _PRONOUN_SEX.get(who.lower()) or sex_of(who)
                    if sex is not None and sex == _NEW_SPOUSE_SEX[key.rsplit(" ", 1)[1]]:
                        found.append(PartnerMatch(m.start(), j))
            i = low.find(key, j)
    i = low.find(_RELATION_KEY)
    while i >= 0:
        j = i + len(_RELATION_KEY)
        word = _WED_WORD_RE.match(text, j)
        if (word is not None and _RELATION_SUBJ_RE.search(low, max(0, i - 40), i)
                and author_sex(text) == _CLAUSE_WORD_SEX[word.group("word").lower()]):
            found.append(PartnerMatch(i, word.end()))
        i = low.find(_RELATION_KEY, j)
    if "my " in low:
        for m in _EN_PARTNER_RE.finditer(text):
            word = _EN_PARTNER_SEX[m.group("rel").lower()]
            name = sex_of(m.group("name"))
            if word is not None and name is not None and word != name:
                continue
            partner = name or word
            if partner is not None and author_sex(text) == partner:
                found.append(PartnerMatch(m.start(), m.end()))
    if "to kvinder" in low or "to mænd" in low or "2 kvinder" in low or "2 mænd" in low:
        wed = _WEDDING_RE.search(low)
        if wed is not None:
            found.append(PartnerMatch(wed.start(), wed.end()))
    # Read only where "vi er" stands (str.find, then an anchored match).
    # Round 13: also "man er" in a question about a couple ("kan man blive viet, når man
    # er to fyre").
    for key in ("vi er ", "man er ", "og jeg (", "og mig ("):
        i = low.find(key)
        while i >= 0:
            pair = _PAIR_RE.match(low, i)
            # Round 15: "vi er to mødre" says a couple of parents without a cue.
            if pair is not None and (pair.group(0).endswith(("mødre", "fædre", "mødrene",
                                                               "fædrene"))
                                     or any(cue in low for cue in _COUPLE_CUES)):
                found.append(PartnerMatch(pair.start(), pair.end()))
                break
            i = low.find(key, i + 1)
    if "(" in low:
        bracket = _PAIR_BRACKET_RE.search(low)
        if bracket is not None and any(cue in low for cue in _COUPLE_CUES):
            found.append(PartnerMatch(bracket.start(), bracket.end()))
    # Round 13: the partner said to be of the writer's sex ("min kæreste (han er mand
    # ligesom mig)", "hun er også en pige ligesom mig"): no signature needed.
    i = low.find("ligesom mig")
    while i >= 0:
        same = _LIKE_ME_RE.search(low, max(0, i - 40), i + 11)
        if same is not None and any(cue in low for cue in _COUPLE_CUES):
            found.append(PartnerMatch(same.start(), same.end()))
            break
        i = low.find("ligesom mig", i + 1)
    found.extend(_friend_couples(text, low))
    return found


# Round 15: a relative's same-sex spouse said with the genitive ("hans fars mand", "min
# mors kone", "min brors mand", "datterens kone", "min morfars mand"): the kin word gives
# the relative's sex, the spouse word the spouse's.  Found from " mand"/" kone"/...
# (str.find), the genitive read as the word just before.
_KIN_GEN_SEX = {
    **{k + "s": v for k, v in _KIN_SEX.items() if k not in ("veninde",)},
    "moders": FEMALE, "faders": MALE, "broders": MALE, "morens": FEMALE, "farens": MALE,
    "moderens": FEMALE, "faderens": MALE, "sønnens": MALE, "datterens": FEMALE,
    "søsterens": FEMALE, "broderens": MALE, "mormors": FEMALE, "farmors": FEMALE,
    "morfars": MALE, "farfars": MALE, "bedstemors": FEMALE, "bedstefars": MALE,
    "oldemors": FEMALE, "oldefars": MALE, "stedmors": FEMALE, "stedfars": MALE,
    "papmors": FEMALE, "papfars": MALE, "bonusmors": FEMALE, "bonusfars": MALE,
    "plejemors": FEMALE, "plejefars": MALE, "svigermors": FEMALE, "svigerfars": MALE,
    "onkels": MALE, "tantes": FEMALE, "mosters": FEMALE, "fasters": FEMALE,
    "morbrors": MALE, "farbrors": MALE, "halvbrors": MALE, "halvsøsters": FEMALE,
    "lillebrors": MALE, "storebrors": MALE, "lillesøsters": FEMALE, "storesøsters": FEMALE,
    "tvillingebrors": MALE, "tvillingesøsters": FEMALE,
}
_KIN_SPOUSE_SEX = {"mand": MALE, "ægtemand": MALE, "kone": FEMALE, "hustru": FEMALE}
_KIN_SPOUSE_KEYS = ("s mand", "s ægtemand", "s kone", "s hustru")
_KIN_OWNER_RE = re.compile(
    r"(?<!\w)(?:min|mit|hans|hendes|vores|deres|[a-zæøå]+s|(?:og\s+)?jeg\s+er)"
    r"\s+(?:afdøde\s+|nye\s+|nuværende\s+)?$"
)


def find_kin_spouses(text: str) -> list[PartnerMatch]:
    """"hans fars mand", "min mors kone": a relative's spouse of the relative's sex."""
    found: list[PartnerMatch] = []
    low = text.lower()
    for key in _KIN_SPOUSE_KEYS:
        i = low.find(key)
        while i >= 0:
            j = i + len(key)
            if j >= len(low) or not (low[j].isalnum() or low[j] == "-"):
                k = i
                while k > 0 and low[k - 1].isalpha():
                    k -= 1
                kin = low[k:i + 1]
                sex = _KIN_GEN_SEX.get(kin)
                if sex is not None and sex == _KIN_SPOUSE_SEX[key[2:]] and (
                        _KIN_OWNER_RE.search(low, max(0, k - 30), k) is not None):
                    found.append(PartnerMatch(k, j))
            i = low.find(key, j)
    # "hun er blevet slået af sin kone", "han bor med sin mand": the reflexive's owner
    # is the last person word before it in the sentence (_subject_sex); "hver sin mand"
    # is one man each.
    for i, _j in _word_ends(low, _SIN_SPOUSE_WORDS):
        m = _SIN_SPOUSE_RE.match(low, i)
        if m is None or low[max(0, i - 5):i] == "hver ":
            continue
        owner = _subject_sex(text, i)
        if owner is not None and owner == _SIN_SPOUSE_SEX[m.group("rel")]:
            found.append(PartnerMatch(i, m.end()))
    return found


_SIN_SPOUSE_WORDS = ("sin",)
_SIN_SPOUSE_RE = re.compile(
    r"sin\s+(?:(?:afdøde|nye|nuværende|tidligere|kommende|egen|elskede|[a-zæøå]{2,}e)\s+){0,2}"
    r"(?P<rel>mand|ægtemand|eksmand|kone|hustru|ekskone|ekshustru)(?![\w-])"
)
_SIN_SPOUSE_SEX = {"mand": MALE, "ægtemand": MALE, "eksmand": MALE, "kone": FEMALE,
                   "hustru": FEMALE, "ekskone": FEMALE, "ekshustru": FEMALE}


_LIKE_ME_RE = re.compile(
    r"(?<!\w)(?:han|hun)\s+er\s+(?:også\s+)?(?:en\s+)?(?:mand|kvinde|fyr|pige|dreng)"
    r"\s+ligesom\s+mig$"
)


# Round 16: the writer joined to a named person in other word orders and verbs (by
# field: marrying, getting together, moving in, parting):
# - the verb first ("nu er Peter og jeg blevet separeret", "i år har Ole og jeg været
#   gift i 40 år");
# - "{Name} og jeg" and a wedding later in the sentence ("Michael og jeg vil gerne ...,
#   og vi har lige giftet os") or before it ("Vi blev gift i juni - Ahmed og jeg");
# - "jeg har giftet mig med Mikkel", "jeg har fundet sammen med Bent", "jeg er flyttet
#   sammen med Louise", "jeg er blevet gift med Anna" (not "bor sammen med", which is
#   also a child or a lodger).
# The name's sex must be the writer's, as for _COUPLE_RE.
_STATE = (r"(?:blevet[ \t]+|været[ \t]+)?(?i:gift|gifte|samlevere|samlevende|kærester|"
          r"et[ \t]+par|forlovede|forlovet|separeret|separerede|skilt|skilte|"
          r"registrerede[ \t]+partnere)(?!\w)")
# A dot inside a sentence: a date or an ordinal before a lower-case word or a digit
# ("den 12. juni").
_DATE_DOT = r"(?<=\d)\.(?=[ \t]+[a-zæøå\d])"
_NAME = r"(?P<name>[A-ZÆØÅ][a-zæøåéü]+)(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:[ \t]+[A-ZÆØÅ][\w-]+){0,2}"
_WRITER_WITH_RE = re.compile(_led_by(
    "A-ZÆØÅbBeEhHjJvV",
    r"(?<!\w)(?i:er|har|var|blev|bliver)[ \t]+" + _NAME + r"[ \t]+og[ \t]+(?i:jeg)[ \t]+"
    r"(?:(?:nu|også|lige|snart|endelig|desværre|i[ \t]+dag)[ \t]+)?" + _STATE
    + r"|(?<![\w-])" + _NAME.replace("?P<name>", "?P<n1>")
    + r"[ \t]+og[ \t]+(?i:jeg)(?!\w)(?:[^.!?\n]|" + _DATE_DOT + r"){0,90}?(?<!\w)"
    r"(?i:(?:har|har[ \t]+lige|er|er[ \t]+lige|blev|skal)[ \t]+(?:giftet[ \t]+os|"
    r"blevet[ \t]+gift|gift|giftes|viet|forlovet[ \t]+os))(?!\w)"
    r"|(?<!\w)(?i:vi[ \t]+(?:blev|er[ \t]+blevet|har[ \t]+været|skal[ \t]+(?:giftes|vies)|"
    r"blev[ \t]+viet))(?!\w)(?:[^.!?\n]|" + _DATE_DOT + r"){0,70}?(?<![\w-])"
    + _NAME.replace("?P<name>", "?P<n2>")
    + r"[ \t]+og[ \t]+(?i:jeg)(?!\w)"
    r"|(?<!\w)(?i:jeg[ \t]+(?:har|er)(?:[ \t]+(?:nu|lige|også))?|(?:har|er)[ \t]+jeg"
    r"(?:[ \t]+(?:nu|lige|også))?)[ \t]+(?i:giftet[ \t]+mig|fundet[ \t]+sammen|"
    r"flyttet[ \t]+sammen|blevet[ \t]+gift|blevet[ \t]+kæreste|kommet[ \t]+sammen)"
    r"[ \t]+(?i:med)[ \t]+" + _NAME.replace("?P<name>", "?P<n3>") + r"(?![\w-])"
))
# Round 16: the writer as a named person's spouse in the genitive ("Jeg er Jannes kone,
# Lise"): the role word gives the writer's sex, the name the partner's.
_GEN_SPOUSE_RE = re.compile(_led_by(
    "jJeE",
    r"(?<!\w)(?i:jeg[ \t]+er|er[ \t]+jeg)[ \t]+(?P<name>[A-ZÆØÅ][a-zæøåéü]+)s[ \t]+"
    r"(?:(?i:afdøde|nuværende|tidligere)[ \t]+)?"
    r"(?P<role>(?i:kone|hustru|enke|mand|ægtemand|enkemand))(?!\w)"
))
_GEN_ROLE_SEX = {"kone": FEMALE, "hustru": FEMALE, "enke": FEMALE, "mand": MALE,
                 "ægtemand": MALE, "enkemand": MALE}
# Round 16: two parents of one sex of a named child ("Vi er Jakobs fædre", "er vi
# Noras to mødre") and a same-sex bridal pair named ("Brudeparret: Martin Skov og
# Daniel Ibsen").
_CHILD_PARENTS_RE = re.compile(
    r"(?<!\w)(?i:vi[ \t]+er|er[ \t]+vi)[ \t]+[A-ZÆØÅ][a-zæøåéü]+s[ \t]+(?:(?i:to|2)[ \t]+)?"
    r"(?i:fædre|mødre)(?!\w)"
)
_PAIR_NOUN_RE = re.compile(_led_by(
    "bBæÆpP",
    r"(?<!\w)(?i:brudepar|brudeparret|ægteparret|ægtepar|parret|brudgommene|brudene)"
    r"[ \t]*[:,]?[ \t]+(?P<a>[A-ZÆØÅ][a-zæøåéü]+)(?:[ \t]+[A-ZÆØÅ][\w-]+){0,2}[ \t]+og[ \t]+"
    r"(?P<b>[A-ZÆØÅ][a-zæøåéü]+)(?![\w-])"
))


def find_named_pairs(text: str) -> list[PartnerMatch]:
    """Round 16: the writer and a named partner in other word orders, the writer named
    as someone's spouse, a named child's two fathers or mothers, a bridal pair."""
    found: list[PartnerMatch] = []
    low = text.lower()
    if _WITH_KEY_RE.search(low) is not None:
        found.extend(_writers_own(_WRITER_WITH_RE, text, lambda m: sex_of(
            m.group("name") or m.group("n1") or m.group("n2") or m.group("n3"))))
    if "s " in text and ("jeg er " in low or "er jeg " in low):
        for m in _GEN_SPOUSE_RE.finditer(text):
            if sex_of(m.group("name")) == _GEN_ROLE_SEX[m.group("role").lower()]:
                found.append(PartnerMatch(m.start(), m.end()))
    if "fædre" in low or "mødre" in low:
        found.extend(PartnerMatch(m.start(), m.end()) for m in _CHILD_PARENTS_RE.finditer(text))
    if "par" in low or "brud" in low:
        for m in _PAIR_NOUN_RE.finditer(text):
            a, b = m.group("a"), m.group("b")
            if a.lower() != b.lower() and sex_of(a) is not None and sex_of(a) == sex_of(b):
                found.append(PartnerMatch(m.start(), m.end()))
    return found
