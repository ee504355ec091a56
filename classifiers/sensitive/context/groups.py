"""A hit that names a subject, a group or a state denied for everyone, not a person.

Round 4 (corpus5 classes) found three ways in which any category's term is about no
one: it is the subject of a work or a lesson ("en film om en kvinde, der bliver
hjemløs", ``topic_only``), it names a group ("de fattigste familier", "en forening for
personer med astma", ``group_only``), or it is denied for everyone named ("hverken jeg
eller min søster får boligstøtte", ``denied_for_all``).  ``not_about_anyone``
(``no_one.py``) asks these for every category; the category modules reuse some of the
group patterns.
"""

from __future__ import annotations

import re

from classifiers.sensitive.context.core import _clause_start, _persons, _sentence
from classifiers.sensitive.context.textcache import DENIED_HINT

# --- Round 4 (corpus5 classes): subjects, groups and denials that are no one's ---------

# A work or a lesson about a subject (README, "Labelling rules": "Information that is
# only general ... does not count"): "en dokumentar om en familie, der bliver sat ud",
# "et oplæg om islam og hinduisme", "speciale om unge med angst", "eleverne lærer om
# sikhisme".  The subject after "om" is no one's unless the writer or someone they
# point to is in it ("en bog om min depression", "opgave om sin ADHD").
_TOPIC_NOUNS = (
    r"bog|bogen|bøger|bøgerne|\w*roman|\w*romanen|\w*romaner|novelle\w*|stykke|stykket|"
    r"teaterstykke\w*|film|filmen|dokumentar\w*|forestilling\w*|musical\w*|"
    r"fortælling\w*|udstilling\w*|artikel|artiklen|artikler|podcast\w*|\w*projekt\w*|"
    r"\w*opgave\w*|bachelor\w*|speciale\w*|afhandling\w*|\w*foredrag\w*|oplæg\w*|"
    r"kursus|kurset|kurser|temadag\w*|\w*tema|temaet|undervisning\w*|lektion\w*|"
    r"workshop\w*|seminar\w*|konference\w*|debat\w*|\w*forelæsning\w*|"
    # Round 7: a public meeting on a subject ("informationsmøde om boligstøtte og
    # budgetrådgivning"); a meeting with one's caseworker is no such meeting.
    r"\w*informationsmøde\w*|infomøde\w*|temamøde\w*|borgermøde\w*|"
    r"orienteringsmøde\w*|\w*temaaften\w*|informationsaften\w*|"
    # Round 11: a piece written for a paper or a debate ("et indlæg om ventetider").
    r"\w*indlæg|\w*indlægget|\w*indlæggene"
)
# "om" as a time ("han læser om aftenen") opens no subject.
_NOT_A_SUBJECT = (
    r"(?!(?:aftenen|morgenen|natten|dagen|formiddagen|eftermiddagen|ugen|måneden|året|"
    r"sommeren|vinteren|foråret|efteråret|weekenden|\w+dagen)(?!\w))"
)
# Found from the "om" backwards (a scan for "om" is cheap; the frame words are tried
# only before one).
_OM_RE = re.compile(r"(?<!\w)om\s+" + _NOT_A_SUBJECT, re.IGNORECASE)
_FRAME_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:" + _TOPIC_NOUNS + r")"
    # Round 21: the work's reader or place between ("en artikel til lokalavisen om
    # religiøst liv i byen", "et oplæg for forældrene om ...").
    r"(?:\s+(?:til|for|i|på)\s+(?:\w+\s+)?[\w\-]+)?|"
    r"(?:læser|læste|lærer|lærte|lære|underviser|underviste|undervise|"
    # Round 28: a piece being written ("jeg er ved at skrive om demens i kommunerne",
    # "i gang med at skrive om ensomhed"); a bare "jeg skriver om" is "regarding" and
    # stays out.
    r"(?:ved|gang\s+med)\s+at\s+skrive|"
    # Round 30 (corpus85): a speaker invited to talk on a subject ("må invitere nogen
    # til at tale om spiseforstyrrelser"); a talk the writer wants for themself ("kan
    # jeg tale med nogen om min angst") has no invitation.
    r"invitere\w*(?:\s+\w+){0,3}?\s+til\s+at\s+(?:tale|fortælle|snakke))(?:\s+\w+){0,3}?)"
    r"\s+$",
    re.IGNORECASE,
)
_FRAME_REACH = 60
# Inside a subject, the writer or the one addressed makes it theirs; a third person
# does too, unless the subject first brings in someone new ("en pige, der mister sin
# mor": "sin" is the girl's in the story).
_FIRST_SECOND_RE = re.compile(
    r"(?<!\w)(?:jeg|mig|min|mit|mine|vi|os|vores|du|dig|din|dit|dine|jeres)(?!\w)",
    re.IGNORECASE,
)
_THIRD_RE = re.compile(
    r"(?<!\w)(?:han|hun|ham|hende|hans|hendes|sin|sit|sine|deres)(?!\w)", re.IGNORECASE
)
_INDEFINITE_RE = re.compile(r"(?<!\w)(?:en|et|nogle)\s+\w+", re.IGNORECASE)
# A title in quotation marks: "<titel>", en roman om ...; filmen "<titel>".  Reported
# speech in quotation marks (a slur shouted, a line of a record) is no title.
_QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb"
_TITLE_NOUNS = (
    r"\w*roman|\w*bog|novelle|film|dokumentar\w*|forestilling|\w*stykke|musical|"
    r"serie|podcast|digt|udstilling"
)
# Right after the title: the kind of work, perhaps with an article and an adjective
# ("Titel", en roman om ...; "Titel" (en ny dokumentar)).
_TITLE_AFTER_RE = re.compile(
    r"\s*[,(\u2013-]?\s*(?:(?:som\s+er\s+)?(?:en|et)\s+(?:\w+\s+)?)?(?:" + _TITLE_NOUNS
    + r")(?!\w)",
    re.IGNORECASE,
)
# Before it, in its sentence: the work named ("filmen", "romanen") or a play staged.
# Reading alone is no title: a record can be quoted too ("jeg læste i journalen ...").
_TITLE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:opfører|opførte|bogen|romanen|filmen|stykket|"
    r"teaterstykket|forestillingen|novellen|titlen|musicalen|dokumentaren|serien)(?!\w)",
    re.IGNORECASE,
)
_TITLE_REACH = 80


_QUOTE_RE = re.compile("[" + _QUOTE_CHARS + "]")


def _in_title(text: str, start: int, end: int, s: int) -> bool:
    """True when ``text[start:end]`` stands inside a quoted title of a work; ``s`` is
    where its sentence starts."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = -1
    for q in _QUOTE_RE.finditer(text, max(line_start, start - _TITLE_REACH), start):
        opening = q.start()
    if opening < 0:
        return False
    # An even number of quotation marks before it on the line: it opens a quotation.
    if len(_QUOTE_RE.findall(text, line_start, opening)) % 2:
        return False
    line_end = text.find("\n", end)
    hi = min(len(text) if line_end < 0 else line_end, end + _TITLE_REACH)
    closing = _QUOTE_RE.search(text, end, hi)
    if closing is None:
        return False
    if _TITLE_AFTER_RE.match(text, closing.end()) is not None:
        return True
    return _TITLE_BEFORE_RE.search(text, max(s, opening - _TITLE_REACH), opening) is not None


def _topic_frame_end(text: str, s: int, start: int) -> int:
    """Where the subject of the last work or lesson before ``start`` in the sentence
    (from ``s``) begins, or -1."""
    oms = [m for m in _OM_RE.finditer(text, s, start)]
    for m in reversed(oms):
        if _FRAME_BEFORE_RE.search(text, max(s, m.start() - _FRAME_REACH), m.start()):
            return m.end()
    return -1


def topic_only(text: str, start: int, end: int, s: int | None = None) -> bool:
    """True when ``text[start:end]`` is the subject of a work or a lesson (a book, a
    play, a lecture, a thesis, a school subject) or stands in a work's quoted title,
    and no person of the mail is in that subject."""
    if s is None:
        s, _ = _sentence(text, start, end)
    if _in_title(text, start, end, s):
        return True
    frame_end = _topic_frame_end(text, s, start)
    if frame_end < 0:
        return False
    subject = text[frame_end:start]
    if _FIRST_SECOND_RE.search(subject):
        return False
    third = _THIRD_RE.search(subject)
    if third is None:
        return True
    intro = _INDEFINITE_RE.search(subject)
    return intro is not None and intro.start() < third.start()


# A group of people, not a person: "de mest udsatte ledige", "flere muslimske
# medlemmer", "alle trossamfund i byen", "en forening for somaliske mødre".  Only for
# words that name people by circumstances, origin, faith or orientation; a health or
# debt word after a quantifier is still someone's ("jeg har flere inkassosager").
_GROUP_ADJ = (
    r"(?:\w+este|\w+ste|mest|lokale|forskellige|andre|øvrige|nye|små|unge|ældre|mange|"
    r"udsatte|svage|fattige|sårbare)"
)
_GROUP_BEFORE_RE = re.compile(
    r"(?<!\w)(?P<quant>de\s+" + _GROUP_ADJ + r"|de\s+fleste|mange|alle|flere|nogle|"
    r"adskillige|hvor\s+mange|en\s+del)(?:\s+" + _GROUP_ADJ + r")?\s+$"
    # An association or an offer for a group, perhaps a list ("for polske og ").
    r"|(?<!\w)(?P<org>\w*forening\w*|\w*klub\w*|netværk\w*|\w*gruppe\w*|fællesskab\w*|hold|"
    r"holdet|tilbud\w*|\w*café\w*|\w*cafe\w*|\w*aften|\w*aftener|kor|koret)\s+for\s+"
    r"(?:[\w\-]+\s*(?:,|og|eller)\s+)*$",
    re.IGNORECASE,
)
_PEOPLE = frozenset({
    "ledige", "arbejdsløse", "hjemløse", "fattige", "udsatte", "muslimer", "moslemer",
    "kristne", "jøder", "katolikker", "buddhister", "hinduer", "sikher", "ateister",
    "indvandrere", "flygtninge", "efterkommere", "tosprogede", "homoseksuelle",
    "bøsser", "lesbiske", "biseksuelle", "trossamfund", "trossamfundene", "menigheder",
    "familier", "borgere", "elever", "børn", "unge", "kvinder", "mænd", "mennesker",
    "personer", "beboere", "forældre", "naboer", "ansatte", "medarbejdere", "kolleger",
    "drenge", "piger", "medlemmer", "grupper", "miljøer", "foreninger", "samfund",
    "pensionister", "ældre", "mødre", "fædre", "seniorer", "studerende", "voksne",
    "teenagere",
})
_GROUP_CATEGORIES = frozenset({"economy_social", "ethnicity", "belief", "sexual_orientation"})
# The writer or someone they point to among the group ("vi er mange muslimer i
# opgangen", "jeg er en af de ledige").
_MEMBER_RE = re.compile(
    r"(?<!\w)(?:(?:vi|jeg|han|hun|de)\s+(?:er|var|bliver|blev)|(?:er|var)\s+(?:vi|jeg)|"
    # Round 15: a family or a relative as the subject ("Familien er bosniakker og
    # muslimer", "mine forældre er begge katolikker").
    r"(?:familien|(?:min|mine|vores|hans|hendes|deres|sin|sine)\s+(?:familie|forældre|"
    r"mand|kone|søn|sønner|datter|døtre|børn|far|mor|bror|brødre|søster|søstre|"
    r"svigerfamilie|svigerforældre|bedsteforældre))\s+(?:er|var|bliver|blev)|"
    r"en\s+af|én\s+af|som\s+os|som\s+mig)(?!\w)",
    re.IGNORECASE,
)
_GROUP_REACH = 60
_WORDS_RE = re.compile(r"[\w\-]+")


# Round 7: people in the plural named by a benefit ("arbejdspligt for
# kontanthjælpsmodtagere", "kontanthjælpsmodtagerne skal møde op") are a group, unless
# the writer or someone they point to is among them ("vi er kontanthjælpsmodtagere",
# "jeg er en af de kontanthjælpsmodtagere").
_RECIPIENTS_RE = re.compile(r"\w*modtager(?:e|ne)$", re.IGNORECASE)
_AMONG_US_RE = re.compile(
    r"(?<!\w)(?:(?:vi|jeg|han|hun|de)\s+(?:er|var|bliver|blev)(?:\s+\w+)?|"
    r"vi\s+som|os\s+som|som\s+os|en\s+af|én\s+af)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)

# Round 7: a health condition of a group ("en forening for personer med astma",
# "flere medlemmer med udviklingshæmning", "aflastningsfamilie for et barn med
# handicap"): people in general or not yet known, no one's health.  A parent's own
# child ("mor til et barn med autisme", "vores to børn med astma") stays: the group
# must follow a quantifier or "for" with no possessive or number between.
_HEALTH_GROUP_RE = re.compile(
    r"(?<!\w)(?:(?P<quant>flere|mange|nogle|alle|de\s+fleste|hvor\s+mange)|"
    r"(?<!mor\s)(?<!far\s)(?<!forælder\s)(?<!forældre\s)for)\s+"
    # Round 9: or relatives of the group ("en forening for pårørende til børn med").
    r"(?:pårørende\s+til\s+|forældre\s+til\s+|søskende\s+til\s+)?"
    r"(?:(?!min|mit|mine|vores|hans|hendes|deres|sin|sit|sine|to|tre|fire|fem)[\w\-]+\s+)?"
    r"(?:personer|mennesker|borgere|medlemmer|brugere|deltagere|patienter|børn|unge|"
    r"voksne|ældre|elever|familier|(?P<one>et\s+barn|en\s+person|en\s+borger|et\s+menneske))"
    r"\s+med\s+(?:[\w\-]+\s*(?:,|og|eller)\s+)*(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)


# Round 30: or starts or comes there ("Ronja starter på dagcenteret for unge med
# autisme", "min mor kommer i dagcentret for borgere med demens"): her place there.
_LIVES_IN_RE = re.compile(
    r"(?<!\w)(?:bor|boet|boede|flytte[rt]?|anbragt|indskrevet|visiteret|går|plads|"
    r"starte[rt]?|startede|begynde[rt]?|begyndte|begyndt|kommer|optaget)"
    r"\s+(?:[\w\-]+\s+){0,5}?(?:i|på|til)\s", re.IGNORECASE,
)
_WISH_RE = re.compile(
    r"(?<!\w)(?:gerne|ønsker|overvejer|kunne|hvordan|hvis|blive)(?!\w)", re.IGNORECASE
)


def health_group(text: str, start: int) -> bool:
    """True when the health hit at ``start`` is the condition of a group of people
    ("personer med astma") that the writer is not said to be in."""
    lo = max(0, start - _GROUP_REACH)
    if "med" not in text[lo:start]:
        return False  # the group is always "... med <the hit>"
    m = _HEALTH_GROUP_RE.search(text, lo, start)
    if m is None:
        return False
    if m.group("one") is not None:
        # One child or person not yet known: only in a wish or a question ("vil gerne
        # være aflastningsfamilie for et barn med handicap"); "vi er plejefamilie for
        # et barn med autisme" is that child's health.
        s, _ = _sentence(text, start, start)
        return _WISH_RE.search(text, s, m.start()) is not None
    if m.group("quant") is None:
        # "for": an offer or an association ("vi er en forening for"), unless someone
        # lives or has a place there (round 9: "min søster bor i et bofællesskab for
        # voksne med udviklingshæmning" is the sister's condition).
        s, _ = _sentence(text, start, start)
        return _LIVES_IN_RE.search(text, _clause_start(text, s, m.start()), m.start()) is None
    s, _ = _sentence(text, start, start)
    return _MEMBER_RE.search(text, _clause_start(text, s, m.start()), m.start()) is None


# Round 9: a condition of a group named after it or of counted staff: "spiseforstyrrelser
# blandt unge piger", "mange sygemeldinger i personalegruppen", "fire kolleger, der er
# gået ned med stress".  No one in particular.
_AMONG_AFTER_RE = re.compile(
    r"\s+(?:blandt|hos\s+(?:mange|flere|nogle|unge|ældre|børn))(?!\w)", re.IGNORECASE
)
_STAFF_AFTER_RE = re.compile(
    r"\s+(?:i|blandt|hos)\s+(?:personale\w*|medarbejder\w*|kolleg\w*|staben|"
    r"afdeling\w*|ansatte)(?!\w)",
    re.IGNORECASE,
)
_MANY_BEFORE_RE = re.compile(r"(?<!\w)(?:mange|flere|nogle|\d+)\s+(?:\w+\s+)?$",
                             re.IGNORECASE)
_COUNTED_STAFF_RE = re.compile(
    r"(?<!\w)(?:\d+|mange|flere|nogle|alle|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+"
    r"(?:\w+\s+)?(?:kolleger|medarbejdere|ansatte|lærere|pædagoger|elever|"
    r"sygeplejersker|hjemmehjælpere)\s*,?\s+(?:der|som)\s+(?:[\w\-]+\s+){0,4}$",
    re.IGNORECASE,
)


_COMMON_AFTER_RE = re.compile(
    r"\s+(?:er|var|bliver)\s+(?:\w+\s+)?(?:udbredt|hyppig\w*|almindelig\w*|"
    r"stigende|et\s+stigende\s+problem)(?!\w)",
    re.IGNORECASE,
)
# An offer or a course named by its subject ("tilbuddet om gratis svangerskabsyoga",
# "holdene med genoptræning for hjertepatienter"): a service, no one's health.
_OFFER_BEFORE_RE = re.compile(
    r"(?<!\w)(?:tilbud\w*|hold|holdet|holdene|kursus|kurser|kurserne|kurset)\s+"
    r"(?:om|med|i|til)\s+(?:gratis\s+|et\s+|en\s+)?$",
    re.IGNORECASE,
)


_PLURAL_SICK_LEAVE_RE = re.compile(r"\w*sygemelding(?:er|erne)|\w*sygefravær\w*",
                                   re.IGNORECASE)
_COUNT_BEFORE_RE = re.compile(
    r"(?<!\w)(?:mange|flere|nogle|adskillige|\d+|to|tre|fire|fem|seks|syv|otte|ni|ti)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# Round 30 (corpus85): a growing or counted group of people in the bare plural as the
# subject of the hit's clause, the hit in what they go through ("flere og flere unge
# mellem 15 og 24 oplever præstationspres, ensomhed og angst", "mange elever lider af
# stress"): people in general.  A writer or a relative among them ("min søn er en af
# de mange unge, der har angst") is read by _MEMBER_RE and keeps it.
_MANY_SUFFER_RE = re.compile(
    r"(?<!\w)(?:flere\s+og\s+flere|stadig\s+flere|mange|flere|rigtig\s+mange|alt\s+for\s+mange|"
    r"en\s+del|mange\s+flere)\s+(?:[\w\-]+\s+)?"
    r"(?:unge|børn|elever|piger|drenge|voksne|ældre|borgere|studerende|kvinder|mænd|"
    r"teenagere|skoleelever|gymnasieelever)(?:\s+[\w\-]+){0,5}?\s+"
    r"(?:oplever|har|lider\s+af|kæmper\s+med|rammes\s+af|bliver\s+ramt\s+af|døjer\s+med|"
    r"får|udvikler|mistrives\s+med)\s+"
    r"(?:[\w\-]+\s*(?:,|og|eller)\s+){0,4}(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)
_MANY_SUFFER_REACH = 140
_AND_BEFORE_RE = re.compile(r"(?<!\w)og\s+$", re.IGNORECASE)


def health_of_many(text: str, start: int, end: int) -> bool:
    """True when the health hit is the condition of a group named after it, common in
    a group, a subject of an offer, or of counted colleagues or staff."""
    if (_AMONG_AFTER_RE.match(text, end) is not None
            or _COMMON_AFTER_RE.match(text, end) is not None):
        return True
    s, e = _sentence(text, start, end)
    lo = max(s, start - _MANY_SUFFER_REACH)
    many = _MANY_SUFFER_RE.search(text, lo, start)
    # A person coordinated before the group in its clause ("Min datter og mange andre
    # piger har ...") or said to be one of them anywhere in the sentence keeps it.
    if many is not None and _MEMBER_RE.search(text, s, e) is None:
        before = _clause_start(text, s, many.start())
        if (_AND_BEFORE_RE.search(text, before, many.start()) is None
                or not _persons(text, before, many.start())[0]):
            return True
    if _OFFER_BEFORE_RE.search(text, max(0, start - 30), start) is not None:
        words, _ = _persons(text, s, e)
        if not words:
            return True
    lo = max(0, start - _GROUP_REACH)
    if (_STAFF_AFTER_RE.match(text, end) is not None
            and _MANY_BEFORE_RE.search(text, max(0, start - 20), start) is not None):
        return True
    # Round 10: sick leaves counted in the plural ("tre langtidssygemeldinger og ingen
    # vikarer"): a workplace's absence, no one's health.
    if (_PLURAL_SICK_LEAVE_RE.fullmatch(text, start, end) is not None
            and _COUNT_BEFORE_RE.search(text, max(0, start - 25), start) is not None):
        return True
    return _COUNTED_STAFF_RE.search(text, lo, start) is not None


def group_only(text: str, start: int, end: int, category: str) -> bool:
    """True when the hit names a group of people (a quantifier or "de" with an
    adjective before it, or an association for them) that the writer is not in."""
    if category == "health":
        return health_group(text, start) or health_of_many(text, start, end)
    if category not in _GROUP_CATEGORIES:
        return False
    if _RECIPIENTS_RE.search(text, start, end):
        s, _ = _sentence(text, start, end)
        return _AMONG_US_RE.search(text, max(s, start - _GROUP_REACH), start) is None
    size = len(_WORDS_RE.findall(text[start:end])) + 1
    # Only the first ``size`` words are read: only they are lower-cased (speed only).
    words = [w.lower() for w in _WORDS_RE.findall(text[start : end + 40])[:size]]
    if not any(w in _PEOPLE or w.endswith("modtagere") for w in words):
        return False
    m = _GROUP_BEFORE_RE.search(text, max(0, start - _GROUP_REACH), start)
    if m is None:
        return False
    if m.group("quant") is not None:
        s, _ = _sentence(text, start, end)
        if _MEMBER_RE.search(text, _clause_start(text, s, m.start()), start):
            return False
    return True


# A state denied for everyone named: "ingen af os er på kontanthjælp", "hverken jeg
# eller min mand får boligstøtte".  (A hit that itself begins with the denial, "ingen
# af os har råd", still counts: there the denial is the hardship.)
_DENIED_RE = re.compile(
    r"(?<!\w)(?:ingen\s+af\s+(?:os|dem|jer|\w+)|ingen\s+i\s+(?:familien|husstanden|"
    r"min\s+familie|vores\s+familie)|hverken\s+[\w\s]{1,30}?\s+eller\s+[\w\s]{1,30}?)\s+"
    r"(?:er|var|har|havde|får|fik|modtager|modtog|bor|lever|går|sidder)"
    r"(?:\s+(?:nogensinde|heller|længere|selv|været|fået|haft|ikke))*\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_DENIED_REACH = 80


_DENIED_HINT_RE = re.compile(r"ingen|hverken", re.IGNORECASE)


# Round 5: denying faith for everyone named states a conviction (README, belief:
# "atheism or humanism"): "ingen af os er troende", "hverken jeg eller min mand er
# religiøse" say what the people named believe, unlike "ingen af os får boligstøtte".
_FAITH_RE = re.compile(r"(?:troende|religiøs\w*|gudstro\w*)$", re.IGNORECASE)


def denied_for_all(text: str, start: int, s: int | None = None) -> bool:
    """True when the words right before ``start`` deny the state for everyone named."""
    lo = max(0, start - _DENIED_REACH)
    if not DENIED_HINT.may_match(text, lo, start) or _DENIED_HINT_RE.search(
            text, lo, start) is None:
        return False
    if s is None:
        s, _ = _sentence(text, start, start)
    return _DENIED_RE.search(text, max(s, lo), start) is not None
