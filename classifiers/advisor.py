"""The citizen advisor's questions about an inquiry (issue 8; seeds 001, 002, 003).

Pure: no I/O, no clock (`today` is an argument), no globals that change. Every answer is
a suggestion for the advisor, who corrects it in Outlook; nothing here decides a case.

* `categorise`: klage / vejledning / vejvisning (seed 001 section 7; 002 "Ordforklaring").
  An investigation (undersøgelse) is always a person's decision (seed 001 7.d), never ours.
* `competence_flags`: matters the advisor cannot handle (seed 001 section 1, seed 003
  "Borgerrådgiveren kan ikke behandle klager mv. over"), flagged, never decided.
* `wants_anonymity`: the citizen asks not to be named (seed 003 "Tavshedspligt og
  anonymitet"). It errs on the side of anonymity: a false "yes" costs a name in the
  statistics, a false "no" could pass on a name the citizen asked to keep back.
* `complaint_points`: distinct complaint points; each point beyond the first becomes a
  follow-up case (følgesag, seed 001 6.a).

Evidence strings name the rule that hit ("cue: klage over"), never more than the cue.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Category = Literal["klage", "vejledning", "vejvisning"]
CATEGORIES: tuple[Category, ...] = ("klage", "vejledning", "vejvisning")
CATEGORY_LABELS: dict[str, str] = {"klage": "Klage", "vejledning": "Vejledning",
                                   "vejvisning": "Vejvisning"}


@dataclass(frozen=True)
class AdvisorCategory:
    category: Category
    score: float                 # 0..1: the winner's share of all cue weight; 0 = no cue
    reasons: tuple[str, ...]     # the cues that hit, as "category: cue name"


@dataclass(frozen=True)
class CompetenceFlag:
    code: str
    label: str                   # Danish, for the Outlook category and the advisor's note
    evidence: str                # the rule that hit, never the citizen's text


# -- category cues ---------------------------------------------------------------------
#
# (name, pattern, weight). Patterns run on the lower-cased text. Guidance about the
# complaint system ("hvordan klager jeg") is vejledning, not a complaint (seed 001 7.b:
# "spørgsmål om det kommunale klagesystems indretning"); those spans are removed before
# the complaint cues run, so "klage" inside them does not count twice.

_W = r"(?:\w+\s+){0,3}"     # up to three words in between

_GUIDANCE: tuple[tuple[str, str, float], ...] = (
    ("hvordan klager jeg", r"\bhvordan\s+" + _W + r"klage[rn]?\b", 2.0),
    ("hvor klager jeg", r"\bhvor\s+(?:kan\s+|skal\s+)?(?:jeg|man|vi)\s+klage\b", 2.0),
    ("klagefrist/klagevejledning", r"\bklage(?:frist|vejledning|mulighed|adgang)\w*", 2.0),
    ("kan jeg klage", r"\b(?:kan|må|skal)\s+(?:jeg|vi|man)\s+klage\b", 1.5),
    ("hvordan søger jeg", r"\bhvordan\s+(?:søger|ansøger|ansøge|søge)\b", 2.0),
    ("forstår ikke brevet/afgørelsen",
     r"\bforstå(?:r)?\s+(?:ikke\s+)?" + _W + r"(?:brev|afgørelse|svar|partshøring)\w*", 2.0),
    ("hvad betyder", r"\bhvad\s+betyder\b", 2.0),
    ("hjælp til at forstå", r"\bhjælp\s+til\s+at\s+forstå\b", 2.0),
    ("mine rettigheder", r"\b(?:mine|vores)\s+rettigheder\b", 1.5),
    ("har jeg ret til", r"\bhar\s+(?:jeg|vi)\s+ret\s+til\b", 1.5),
    ("hvilke regler", r"\bhvilke\s+regler\b|\breglerne\s+for\b", 1.0),
    ("vejledning", r"\bvejledning\b", 1.0),
)

_WAYFINDING: tuple[tuple[str, str, float], ...] = (
    ("hvem skal jeg kontakte",
     r"\bhvem\s+(?:skal|kan|bør)\s+(?:jeg|vi|man)\s+(?:kontakte|ringe|skrive|henvende)\b", 2.0),
    ("hvor henvender jeg mig",
     r"\bhvor\s+(?:skal\s+|kan\s+)?(?:jeg|vi|man)\s+(?:henvende|ringe|skrive|gå)\b", 2.0),
    ("hvor henvender man sig", r"\bhvor\s+henvender\s+(?:jeg|man|vi)\b", 2.0),
    ("hvilken afdeling", r"\bhvilken\s+(?:afdeling|myndighed|forvaltning|center|instans)\b",
     2.0),
    ("rette sted", r"\b(?:det\s+)?rette\s+(?:sted|afdeling|person|myndighed)\b", 1.5),
    ("hvem tager sig af", r"\bhvem\s+(?:tager\s+sig\s+af|har\s+ansvaret|står\s+for)\b", 1.5),
    ("hvor kan jeg få hjælp", r"\bhvor\s+kan\s+(?:jeg|vi|man)\s+få\s+hjælp\b", 1.5),
    ("telefonnummer", r"\btelefonnummer(?:et)?\s+(?:til|på)\b", 1.0),
)

_COMPLAINT: tuple[tuple[str, str, float], ...] = (
    ("klage over", r"\bklage[rn]?\s+over\b", 3.0),
    ("vil klage", r"\b(?:vil|ønsker\s+at|må|skal)\s+(?:gerne\s+)?klage\b", 3.0),
    ("klage", r"\bklage[rn]?\b", 1.5),
    ("utilfreds", r"\butilfreds\w*", 2.0),
    ("uacceptabelt", r"\buacceptab\w*|\bkritisab\w*|\buhørt\b", 2.0),
    ("sagsbehandlingstid", r"\bsagsbehandlingstid\w*|\blang\s+sagsbehandling\b", 2.0),
    ("personalets optræden",
     r"\b(?:personalets|medarbejderens|sagsbehandlerens)\s+(?:optræden|adfærd|tone)\b"
     r"|\buhøflig\w*|\bnedladende\b|\bgrim\s+tone\b|\blagde\s+på\b", 2.0),
    ("diskrimination", r"\bdiskrimin\w*|\bforskelsbehandl\w*|\bracis\w*", 3.0),
    ("intet svar", r"\b(?:ikke|aldrig)\s+(?:fået|modtaget)\s+(?:noget\s+)?svar\b"
                   r"|\buden\s+at\s+få\s+svar\b|\bingen\s+svar\b", 2.0),
    ("dårlig behandling", r"\bdårlig(?:t)?\s+(?:behandl\w*|sagsbehandling|service)\b"
                          r"|\bikke\s+ordentlig\s+sagsbehandling\b", 2.0),
)

# "Jeg vil ikke klage, men …": a negated complaint cue is not a complaint.
_NEGATED_COMPLAINT = re.compile(r"\b(?:ikke|ingen)\s+(?:\w+\s+){0,2}klage\w*")


def _strip(text: str, pattern: str) -> str:
    return re.sub(pattern, " ", text)


def _score(text: str, cues: tuple[tuple[str, str, float], ...],
           subject: str) -> tuple[float, list[str]]:
    weight = 0.0
    hits: list[str] = []
    for name, pattern, w in cues:
        found = re.search(pattern, text) is not None
        in_subject = re.search(pattern, subject) is not None
        if found or in_subject:
            # A cue in the subject weighs double: the citizen's own summary.
            weight += w * (2 if in_subject else 1)
            hits.append(name)
    return weight, hits


def categorise(subject: str, text: str) -> AdvisorCategory:
    """The advisor category from Danish cues; "vejledning" with score 0 when nothing hits.

    Ties go to the complaint: a complaint registered as guidance would drop out of the
    complaint statistics the council reads (seed 002), while the advisor sees and
    corrects the suggestion either way.
    """
    subj, body = subject.lower(), text.lower()
    guidance_w, guidance = _score(body, _GUIDANCE, subj)
    wayfinding_w, wayfinding = _score(body, _WAYFINDING, subj)
    # Remove guidance and negated spans before the complaint cues run.
    plain_body, plain_subj = body, subj
    for _name, pattern, _w in _GUIDANCE:
        plain_body, plain_subj = _strip(plain_body, pattern), _strip(plain_subj, pattern)
    plain_body = _NEGATED_COMPLAINT.sub(" ", plain_body)
    plain_subj = _NEGATED_COMPLAINT.sub(" ", plain_subj)
    complaint_w, complaint = _score(plain_body, _COMPLAINT, plain_subj)
    weights: dict[Category, float] = {"klage": complaint_w, "vejledning": guidance_w,
                                      "vejvisning": wayfinding_w}
    total = sum(weights.values())
    reasons = tuple([f"klage: {n}" for n in complaint] + [f"vejledning: {n}" for n in guidance]
                    + [f"vejvisning: {n}" for n in wayfinding])
    if total == 0:
        return AdvisorCategory("vejledning", 0.0, ("no cue: a person decides",))
    best: Category = max(CATEGORIES, key=lambda c: (weights[c], -CATEGORIES.index(c)))
    return AdvisorCategory(best, round(weights[best] / total, 3), reasons)


# -- competence ------------------------------------------------------------------------

COMPETENCE_LABELS: dict[str, str] = {
    "older_than_one_year": "ældre end 1 år",
    "employment": "ansættelsesforhold",
    "private_law": "privatretligt",
    "service_level": "politisk serviceniveau",
    "other_appeal_body": "anden klageinstans",
    "before_ombudsman_supervision_court": "Ombudsmand/tilsyn/domstol",
    "decision_content": "afgørelsens faglige indhold",
}
# Why each is outside the advisor's competence, for the note (seed 001 section 1, 003).
COMPETENCE_RULES: dict[str, str] = {
    "older_than_one_year": "Borgerrådgiveren går ikke ind i sager, der er over 1 år gamle, "
                           "medmindre der klages over konkrete forhold inden for det seneste år.",
    "employment": "Borgerrådgiveren behandler ikke klager over ansættelsesforhold i kommunen.",
    "private_law": "Privatretlige spørgsmål (fx naboklager, hegnssyn) ligger uden for "
                   "borgerrådgiverens kompetence.",
    "service_level": "Serviceniveauet, som Kommunalbestyrelsen har fastlagt politisk, kan "
                     "borgerrådgiveren ikke behandle.",
    "other_appeal_body": "Forhold, der kan indbringes for lovhjemlede klageorganer (fx "
                         "Ankestyrelsen), behandles ikke af borgerrådgiveren.",
    "before_ombudsman_supervision_court": "Forhold, der er indbragt for det kommunale tilsyn, "
                                          "Ombudsmanden eller domstolene, behandles ikke.",
    "decision_content": "Borgerrådgiveren kan ikke ændre afgørelser eller tage stilling til "
                        "deres faglige indhold, men kan hjælpe med at klage.",
}
COMPETENCE_CODES = tuple(COMPETENCE_LABELS)

_MONTHS = {"januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6,
           "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
           "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
           "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASONS = r"(?:foråret|sommeren|efteråret|vinteren|starten\s+af|slutningen\s+af|begyndelsen\s+af)"
_NUMBERS = {"et": 1, "ét": 1, "en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
            "syv": 7, "otte": 8, "ni": 9, "ti": 10, "halvandet": 1.5, "flere": 2,
            "mange": 2, "adskillige": 2}

# A year counts only in a date-like context, so that postcodes ("2635 Ishøj"), amounts
# and law numbers are not read as years.
_YEAR_CONTEXT = re.compile(
    r"\b(?:i|fra|siden|tilbage\s+i|i\s+året|året|inden|før|primo|ultimo|medio|"
    + _SEASONS + r")\s+(?P<year>(?:19|20)\d{2})\b")
_MONTH_YEAR = re.compile(r"\b(?:(?P<day>\d{1,2})\.?\s+)?(?P<month>" + _MONTH_RE
                         + r")\.?\s+(?P<year>(?:19|20)\d{2})\b")
_NUMERIC_DATE = re.compile(
    r"\b(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>(?:19|20)?\d{2})\b"
    r"|\b(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})\b")
_AGO = re.compile(r"\bfor\s+(?:over\s+|mere\s+end\s+|næsten\s+|ca\.\s+|cirka\s+)?"
                  r"(?P<n>\d+|" + "|".join(_NUMBERS) + r")\s+(?P<unit>år|måneder)\s+siden\b")
_OVER_A_YEAR = re.compile(r"\b(?:over|mere\s+end)\s+(?:et|ét|1)\s+år\s+siden\b"
                          r"|\bi\s+(?:flere|mange)\s+år\b")


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _one_year_before(today: dt.date) -> dt.date:
    try:
        return today.replace(year=today.year - 1)
    except ValueError:                     # 29 February
        return today.replace(year=today.year - 1, day=28)


def _older_than_one_year(text: str, today: dt.date) -> str | None:
    """Evidence that the matter lies more than one year back (seed 001, 003 "Forældede
    sager"). Only what is certainly older counts: "i 2025" on 2026-11-23 may be December
    2025, so a bare year must be at least two years back; a month or a date is compared
    with its last possible day."""
    limit = _one_year_before(today)
    for match in _NUMERIC_DATE.finditer(text):
        try:
            if match.group("iy"):
                when = dt.date(int(match.group("iy")), int(match.group("im")),
                               int(match.group("id")))
            else:
                year = int(match.group("year"))
                year = year + 2000 if year < 100 else year
                when = dt.date(year, int(match.group("month")), int(match.group("day")))
        except ValueError:
            continue
        if when < limit:
            return "a date more than one year back"
    for match in _MONTH_YEAR.finditer(text):
        year, month = int(match.group("year")), _MONTHS[match.group("month")]
        try:
            when = (dt.date(year, month, int(match.group("day"))) if match.group("day")
                    else _month_end(year, month))
        except ValueError:
            continue
        if when < limit:
            return "a month more than one year back"
    for match in _YEAR_CONTEXT.finditer(text):
        if int(match.group("year")) <= today.year - 2:
            return "a year more than one year back"
    for match in _AGO.finditer(text):
        raw = match.group("n")
        n = float(raw) if raw.isdigit() else float(_NUMBERS[raw])
        months = n * 12 if match.group("unit") == "år" else n
        # "for et år siden" is borderline; "for over et år siden" is caught below.
        if months > 12:
            return "'for … år/måneder siden'"
    if _OVER_A_YEAR.search(text):
        return "'for over et år siden'"
    return None


_SENTENCE = re.compile(r"[^.!?\n]+")
_EMPLOYMENT_CUE = re.compile(
    r"\bmin\s+(?:chef|leder|arbejdsgiver|ansættelse|opsigelse|afskedigelse|tjenestemand\w*)\b"
    r"|\bmit\s+(?:ansættelsesforhold|job|arbejde)\b|\bsom\s+ansat\b|\bjeg\s+(?:er|var)\s+ansat\b"
    r"|\b(?:blev|er)\s+(?:fyret|afskediget|opsagt)\b|\bmine\s+kolleger\b")
_MUNICIPALITY = re.compile(r"\bkommunen?\b|\bforvaltningen\b|\brådhuset\b|\bhos\s+jer\b"
                           r"|\bi\s+kommunen\b|\bkommunalt\s+ansat\b")
_EMPLOYMENT_EXPLICIT = re.compile(r"\bansættelsesforhold\w*\s+i\s+(?:kommunen|\w+\s+kommune)\b"
                                  r"|\bkommunalt\s+ansat\b")

_PRIVATE_LAW = re.compile(
    r"\bnabo(?:en|er|erne|ens|ernes)?\b|\bnaboklage\w*|\bnaboens\b|\bhæk(?:ken|ke|kene)?\b"
    r"|\bhegn(?:et|ene|s)?\b|\bhegnssyn\w*|\bskel(?:let|lets)?\b|\bskelforhold\w*"
    r"|\bmin\s+(?:private\s+)?udlejer\b|\bvicevært\w*")
_SERVICE_LEVEL = re.compile(
    r"\bserviceniveau\w*|\bpolitisk\s+(?:besluttet|vedtaget|fastlagt|bestemt)\b"
    r"|\b(?:byrådet|kommunalbestyrelsen|politikerne|udvalget|økonomiudvalget)\s+har\s+"
    r"(?:besluttet|vedtaget|bestemt)\b"
    r"|\b(?:besluttet|vedtaget)\s+af\s+(?:byrådet|kommunalbestyrelsen|politikerne|udvalget)\b"
    r"|\bbesparelse(?:r|rne)?\s+(?:på|i)\b")
_OTHER_APPEAL = re.compile(
    r"\bankestyrelse\w*|\bklagenævn\w*|\bbyggeklageinstans\w*|\bplanklagenævn\w*"
    r"|\bmiljø-\s+og\s+fødevareklagenævn\w*|\bskatteankestyrelse\w*|\blandsskatteret\w*"
    r"|\bstyrelsen\s+for\s+patientklager\b|\bpatienterstatning\w*|\bhuslejenævn\w*"
    r"|\bbeboerklagenævn\w*|\btvistighedsnævn\w*|\bklageinstans\w*")
_OMBUDSMAN_COURT = re.compile(
    r"\bombudsmand\w*|\bkommunale\s+tilsyn\b|\btilsynsmyndighed\w*|\bstatsforvaltning\w*"
    r"|\bankestyrelsens\s+tilsyn\b|\bdomstol\w*|\bbyretten\b|\blandsretten\b|\bhøjesteret\b"
    r"|\bretssag\w*|\bstævning\w*|\bsagsanlæg\w*|\banlagt\s+sag\b|\bretten\b(?!\s+til)")
# "Tilsynet" as a name, capitalised mid-sentence: "jeg har skrevet til Tilsynet".
_TILSYNET = re.compile(r"(?<=[a-zæøå,]\s)Tilsynet\b")
_DECISION_CONTENT = re.compile(
    r"\buenig\w*\s+i\s+(?:afgørelsen|afslaget|vurderingen|beslutningen)\b"
    r"|\bklage[rn]?\s+over\s+(?:en\s+|min\s+|vores\s+|jeres\s+)?(?:afgørelse\w*|afslag\w*)"
    r"|\b(?:ændre|omgøre)\s+(?:afgørelsen|afslaget)\b|\bfået\s+afslag\b")


def competence_flags(subject: str, text: str, today: dt.date) -> tuple[CompetenceFlag, ...]:
    """Signs that the matter may lie outside the advisor's competence (seed 001 section 1;
    seed 003). Flags only: the advisor decides, and a flagged matter can still be handled
    (seed 001: an old matter with a recent, concrete incident)."""
    whole = f"{subject}\n{text}"
    low = whole.lower()
    found: list[tuple[str, str]] = []

    old = _older_than_one_year(low, today)
    if old:
        found.append(("older_than_one_year", old))

    if _EMPLOYMENT_EXPLICIT.search(low) or any(
            _EMPLOYMENT_CUE.search(s) and _MUNICIPALITY.search(s)
            for s in _SENTENCE.findall(low)):
        found.append(("employment", "employment cue with the municipality in one sentence"))
    if _PRIVATE_LAW.search(low):
        found.append(("private_law", "neighbour/fence/boundary cue"))
    if _SERVICE_LEVEL.search(low):
        found.append(("service_level", "service level or political decision cue"))
    if _OTHER_APPEAL.search(low):
        found.append(("other_appeal_body", "an appeal body is named"))
    if _OMBUDSMAN_COURT.search(low) or _TILSYNET.search(whole):
        found.append(("before_ombudsman_supervision_court",
                      "Ombudsman, supervisory authority or court named"))
    if _DECISION_CONTENT.search(low):
        found.append(("decision_content", "disagreement with a decision"))
    return tuple(CompetenceFlag(code, COMPETENCE_LABELS[code], why) for code, why in found)


# -- anonymity -------------------------------------------------------------------------

_ANON = re.compile(r"\banonym(?:t|e|itet|iteten)?\b")
# An anonymous letter, call or report *about* the citizen is no request to be anonymous.
_ANON_OTHER = re.compile(r"\banonym(?:t|e)?\s+(?:brev|breve|opkald|underretning\w*|"
                         r"anmeldelse\w*|besked|kilde|tip|klage\s+over\s+mig)\b")
_ANON_NEGATED = re.compile(r"\b(?:ikke|ej|behøver\s+ikke)\s+(?:\w+\s+){0,3}anonym")
_NAME_KEPT = re.compile(
    r"\buden\s+at\s+(?:mit|vores)\s+navn\b"
    r"|\b(?:ikke|aldrig)\s+(?:\w+\s+){0,2}(?:oplyse|give|skrive|videregive|videregiver|nævne|"
    r"sige|bruge|sende|fortælle)\s+(?:\w+\s+){0,2}(?:mit|vores)\s+navn\b"
    r"|\b(?:mit|vores)\s+navn\s+(?:må|skal)\s+ikke\b"
    r"|\bholde\s+(?:mit|vores)\s+navn\s+(?:ude|hemmeligt)\b"
    r"|\bikke\s+vil\s+have,?\s+at\s+(?:de|centret|afdelingen|sagsbehandleren)\s+ved,?\s+"
    r"(?:hvem\s+jeg\s+er|at\s+det\s+er\s+mig)\b"
    r"|\buden\s+at\s+(?:oplyse|sige)\s+hvem\s+jeg\s+er\b")


def wants_anonymity(text: str) -> bool:
    """Does the citizen ask to stay anonymous? ("jeg ønsker at være anonym", "anonymt",
    "uden at mit navn …", "må ikke videregive mit navn"). Seed 003: the advisor must
    respect the wish when it is made."""
    low = text.lower()
    if _NAME_KEPT.search(low):
        return True
    for sentence in _SENTENCE.findall(low):
        if not _ANON.search(sentence):
            continue
        if _ANON_OTHER.search(sentence) or _ANON_NEGATED.search(sentence):
            continue
        return True
    return False


# -- complaint points (hovedsag + følgesager) -------------------------------------------

_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•–])\s+(?P<item>\S.*)$")
_POINT_START = re.compile(
    r"^\s*(?:(?:derudover|desuden|endvidere|yderligere|også|herudover|for\s+det\s+"
    r"(?:første|andet|tredje|fjerde)|og\s+så|så\s+vil\s+jeg\s+også)\b[^.\n]{0,80}?"
    r"(?:klage|utilfreds|kritik)"
    r"|jeg\s+(?:vil|ønsker\s+at)\s+(?:også\s+|endvidere\s+|desuden\s+|gerne\s+)*klage"
    r"|jeg\s+er\s+(?:også\s+|desuden\s+)?(?:meget\s+)?utilfreds"
    r"|(?:min\s+|en\s+)?(?:anden|næste|første)\s+klage)")


def complaint_points(text: str) -> int:
    """Distinct complaint points, at least 1 (seed 001 6.a: each point is registered; the
    first is the main case, each further one a follow-up case).

    A list of two or more items of at least three words counts item by item; otherwise
    paragraphs that open with a complaint cue ("Jeg vil også klage over …", "Derudover
    er jeg utilfreds med …") count, one each.
    """
    items = sum(1 for line in text.splitlines()
                if (m := _LIST_ITEM.match(line)) and len(m.group("item").split()) >= 3)
    if items >= 2:
        return items
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    starts = sum(1 for p in paragraphs if _POINT_START.match(p.lower()))
    return max(1, starts)
