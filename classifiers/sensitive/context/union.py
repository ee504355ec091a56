"""union: a union named as an organisation, not as someone's membership.

The README counts a person's trade-union membership.  A union as a workplace, an
organisation acting or a body that signs ("BUPL opfordrer ...", ``union_as_organisation``),
a union denied, an event or a course, the writer on the union's staff or in no union
(``union_not_held``) is no one's membership; a membership word right before the hit
(``membership_before``) keeps it.  The signature and event patterns are shared with the
belief checks and imported from ``belief_ethnicity_orientation``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifiers.sensitive.context.belief_ethnicity_orientation import (
    _UNION_EVENT_RE,
    _WORD_TAIL_RE,
    _signed_by,
    _writer_speaks,
    member_named,
)
from classifiers.sensitive.context.core import _sentence, question_about_no_one
from classifiers.sensitive.partners import first_names

# A union as an organisation, not as anyone's membership (README, "union": "membership
# of a trade union ..."): the union hosts, rents, arranges or employs ("BUPL holder
# konference", "FOA's mødesal", "arrangeret af fagbevægelsen", "jeg arbejder som
# bogholder hos Dansk Metal", "Fagbevægelsens Hus").  Only union *names* are read this
# way; a membership word ("medlem", "tillidsrepræsentant", "kontingent") always counts.
_MEMBERSHIP_RE = re.compile(
    # "Faglige" in Det Faglige Hus's own name is no membership word.
    r"medlem|tillid|kontingent|fagforening|fagforbund|organiser|klub|faglig(?!e\s+hus)|a-kasse|"
    r"(?<!\w)tr(?!\w)|repræsentant",
    re.IGNORECASE,
)
# Other unions or a local branch may stand between the name and the verb ("HK, 3F og
# FOA har sagt ja", "BUPL Storkøbenhavn holder konference").
_ORG_LIST = r"(?:\s+[A-ZÆØÅ][\w\-]*|(?:,|\s+og|\s+eller)\s+[\w\-']+(?:\s+[A-ZÆØÅ][\w\-]*)?){0,4}"
_ORG_AFTER_RE = re.compile(
    r"(?:'s|’s|s|'|’)?"
    # Round 22: the union's branch as the subject ("HK's lokalafdeling holder kursus om
    # pension"): the organisation acts.
    r"(?:\s+(?:lokal|ungdoms)?afdeling(?:en)?|\s+lokalklub(?:ben)?)?" + _ORG_LIST
    + r"\s+(?:har\s+|vil\s+|skal\s+|også\s+|allerede\s+|netop\s+|lige\s+)*"
    # Round 13: a union publishing a survey or a report ("Dansk Metal har netop lavet en
    # undersøgelse", "3F har udgivet en rapport").
    r"(?:(?:lavet|laver|udgivet|udgiver|offentliggjort|offentliggør|lanceret|lancerer)\s+"
    r"(?:en|et|ny|nye)\s+(?:\w+\s+)?(?:undersøgelse|analyse|rapport|kampagne|måling)\w*|"
    r"holder|holdt|afholder|afholdt|arrangerer|arrangeret|inviterer|inviterede|lejet|"
    r"lejer|lejede|booket|booker|sagt\s+ja|stiller\s+med|deltager|sponsorerer|udlejer|"
    # Round 10: a union sending someone to a meeting or a debate ("HK og FOA har lovet
    # at sende en repræsentant").
    r"(?:lovet\s+at\s+)?sende\s+(?:en|et|to|hver\s+sin)\s+(?:repræsentant|oplægsholder|"
    r"taler|debattør)\w*|sender\s+(?:en|et|to)\s+(?:repræsentant|oplægsholder|taler)\w*|"
    # Round 21: the union says something in public ("Danmarks Lærerforening skriver i
    # dag, at ...", "3F skriver på sin hjemmeside, at ..."), takes industrial action ("3F
    # er begyndt at blokere byggepladsen", "HK varsler strejke") or holds its own
    # meeting ("vores afdeling af Lederne har generalforsamling").  Only with a public
    # marker: "FOA siger at opsigelsen ikke er saglig" is a member's union on their case.
    r"(?:skriver|skrev|siger|sagde|mener|meldte|melder|advarer|oplyser)"
    r"\s+(?:i\s+dag|på\s+\w+\s+hjemmeside|i\s+en\s+(?:pressemeddelelse|udtalelse|"
    r"rapport|undersøgelse|kronik|artikel|kampagne)|i\s+(?:avisen|pressen|medierne|"
    r"fagbladet|\w*avisen))\s*,?\s+at"
    # "HK siger, at jeg har ret til ...": advice to a member, not a public statement.
    r"(?!\s+(?:jeg|mig|min|mit|mine|vi|os|vores|han|hun|hans|hendes)(?!\w))|"
    r"(?:er\s+)?(?:begyndt\s+at\s+|gået\s+i\s+gang\s+med\s+at\s+)?"
    r"(?:blokere|blokerer|blokeret|blokaden|varsler|varslet|strejker|strejke)|"
    r"(?:har|holder)\s+(?:\w+\s+)?(?:generalforsamling|kongres|landsmøde|"
    r"repræsentantskabsmøde|medlemsmøde)|"
    r"åbner|flytter)(?!\w)"
    r"|^(?:'s|’s|s|'|’)?\s+(?:\w+\s+)?(?:mødesal\w*|mødelokale\w*|lokale\w*|sal|salen|"
    r"kontor\w*|bygning\w*|kursuscenter\w*|feriecenter\w*|konference\w*|"
    r"informationsmøde\w*|jobmesse\w*|stand|standen|arrangement\w*|sommerfest\w*|"
    # Round 5: a café or a course the union runs ("Det Faglige Hus' åbne jobcafé").
    r"\w*café\w*|\w*cafe\w*|\w*kursus|\w*kurset|\w*kurser|"
    r"kampagne\w*|annonce\w*|reklame\w*|hjemmeside\w*|adresse\w*|parkering\w*)(?!\w)"
    r"|^(?:'s|’s|s|'|’)?\s+Hus(?!\w)"
    # A staff unit signing for the union ("BUPL Storkøbenhavn, arrangementsteamet").
    r"|^(?:\s+[A-ZÆØÅ][\w\-]*)?,\s*\w*(?:team|sekretariat|afdeling|administration|"
    r"kommunikation|redaktion)\w*",
)
_ORG_BEFORE_RE = re.compile(
    r"(?:(?:arrangeret|afholdt|sponsoreret|organiseret|inviteret|betalt|lejet|udlejet|"
    r"booket)\s+(?:af|hos|fra)|(?:lejet|leje|låne|lånt|booke)"
    r"|(?:arbejder|arbejdede|ansat|job|stilling|praktik)\b[^.\n!?]{0,40}?(?:hos|ved)"
    # Round 13: the verb first in a question, perhaps before a list of unions ("hvor
    # holder 3F, HK og Dansk Metal deres møder"); a party to an agreement ("kommunen
    # har fået en ny overenskomst med HK").
    r"|(?:holder|afholder|arrangerer|inviterer)(?:\s+[\w\-]+(?:\s+[A-ZÆØÅ][\w\-]*)?"
    r"(?:\s*,|\s+og))*"
    r"|(?:overenskomst\w*|forhandling\w*|forhandler|forhandlet|forhandle)\s+med"
    # Round 25: the agreement's area named by the union ("reglerne i overenskomsten for
    # HK Kommunal"): the agreement, no one's membership.
    r"|overenskomst\w*\s+(?:for|under)"
    # Round 23: the writer speaks for the union ("Jeg repræsenterer Lederne og vil
    # invitere kommunens skoleledere"): its staff or envoy, no membership said.
    r"|(?:jeg|vi)\s+repræsenterer|(?:skriver|henvender\s+(?:mig|os))\s+på\s+vegne\s+af)"
    r"\s+$",
    re.IGNORECASE,
)
_ORG_REACH = 80
# Round 5: the union's own office or a-kasse as a workplace ("jeg arbejder som
# sagsbehandler i FOA's a-kasse", "ansat i 3F's afdeling").  Only "i" right before the
# name, and no word of membership or a new clause in between: "jeg arbejder i
# hjemmeplejen og er organiseret i FOA" is a member.
_EMPLOYER_IN_RE = re.compile(
    r"(?<!\w)(?:arbejder|arbejdede|ansat|job|jobbet|stilling|praktik)(?!\w)"
    r"(?:(?!medlem|organiser|meldt|og\s|,)[^.\n!?]){0,40}?\s+i\s+$",
    re.IGNORECASE,
)
# A membership word in the union's name itself ("medlem af FOA") always counts; an
# a-kasse name may be a workplace.
_MEMBER_WORD_RE = re.compile(
    r"medlem|tillid|kontingent|organiser|(?<!\w)tr(?!\w)|repræsentant", re.IGNORECASE
)


_SELF_MEMBER_RE = re.compile(
    r"(?<!\w)(?:jeg|vi)(?!\w)[^.!?\n]{0,80}?(?<!\w)(?:som|er|blev|er\s+blevet)\s+"
    # Round 21: "jeg er selv HK-medlem" (a member compound, perhaps after "selv").
    r"(?:(?:selv|også)\s+)?(?:[\w]+-)?medlem(?!\w)"
    # Round 13: the membership first, the writer after ("Som medlem af Enhedslisten og
    # af HK's lokale bestyrelse vil jeg ...").
    r"|(?<!\w)som\s+medlem\s+(?:af|i)(?!\w)[^.!?\n]{0,80}?(?<!\w)(?:jeg|vi)(?!\w)",
    re.IGNORECASE,
)


_UNION_OFFICE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:jeg|han|hun|vi|(?:min|mit|vores)\s+\w+)\s+(?:er|var|har\s+været|blev|"
    r"er\s+blevet|sidder|sad|har\s+siddet)\s+(?:(?:nu|også|stadig|selv|lige)\s+)?"
    r"(?:(?:ny|nyvalgt|valgt\s+som|valgt\s+til)\s+)?"
    r"(?:formand\w*|forkvinde\w*|næstformand\w*|kasserer\w*|sekretær|bestyrelsesmedlem|"
    r"i\s+bestyrelsen|i\s+styrelsen|i\s+hovedbestyrelsen|aktiv|frivillig|delegeret|"
    r"ungdomsrepræsentant|repræsentant|kontaktperson|tillidsrepræsentant|"
    r"arbejdsmiljørepræsentant|medlem\s+af\s+bestyrelsen)"
    r"\s+(?:for|i|af|hos|ved)\s+(?:den\s+|det\s+)?$",
    re.IGNORECASE,
)


_FOR_A_UNION_RE = re.compile(
    r"(?<!\w)(?:det|den|mødet|lokalet|salen|arrangementet|bookingen|reservationen|er|"
    r"lejet|lejes|booket|bookes|arrangeret|reserveret|bestilt)\s+(?:er\s+)?for\s+en\s+$",
    re.IGNORECASE,
)


# Round 25: a union's member named by its staff ("vores medlem Tonny Hvid", "på vegne af
# et medlem"), found from "medlem" (str.find) before the regex.
_MEMBER_NAMED_BY_STAFF_RE = re.compile(
    # Round 29 (helper C): case-blind first word ("Vores medlem Karina Holt har ..."
    # opens a sentence), and one member out of many ("Et af vores medlemmer, Brian
    # Holst, har ...", "en af vores medlemmer som ..."); several unnamed are no one.
    r"(?<!\w)(?:(?i:vores|vort|et|(?:på\s+vegne\s+af|for)\s+(?:vores|et))\s+medlem"
    r"|(?i:et|en)\s+af\s+vores\s+medlemmer)"
    r"(?:[ \t]*,?[ \t]+[A-ZÆØÅ][a-zæøå]+|[ \t]+(?i:der|som)(?!\w))"
)


@lru_cache(maxsize=8)
def _our_member_named(text: str) -> bool:
    return "medlem" in text and _MEMBER_NAMED_BY_STAFF_RE.search(text) is not None


def member_written_for(text: str) -> bool:
    """Round 29 (helper C): a union's staff or body writes for a member it names ("Vedr.
    vores medlem Karina Holt", "Et af vores medlemmer, Brian Holst"): the union named
    is that member's (README: union staff; CORPUS61 decision), even where the writer's
    own frame ("Jeg skriver fra HK Hovedstaden") reads as an opinion or the staff's."""
    return _our_member_named(text)


def union_as_organisation(text: str, start: int, end: int) -> bool:
    """True when the union named at ``text[start:end]`` acts as an organisation (host,
    landlord, organiser, employer) rather than as someone's union."""
    name = text[start:end]
    lo = max(0, start - _ORG_REACH)
    if (_MEMBER_WORD_RE.search(name) is None and _EMPLOYER_IN_RE.search(text, lo, start)
            # Round 25: a union's staff writing for a named member ("Jeg arbejder som
            # faglig konsulent i 3F og skriver på vegne af vores medlem Tonny Hvid"):
            # the union is the member's (CORPUS61 decision), not only a workplace.
            and not _our_member_named(text)):
        return True
    # Round 13: the union word's genitive before its premises or event ("bruge
    # fagforeningens lokaler"): the organisation's, whoever speaks.
    if name.lower() in ("fagforeningens", "fagforeningernes") and _ORG_AFTER_RE.match(
            text[end:end + _ORG_REACH]) is not None:
        return True
    # Round 21: a room or an event booked for an unnamed union ("kan man leje lokaler
    # ...? Det er for en fagforening"): the organisation as a customer, no one's union.
    if name.lower() in ("fagforening", "fagforbund") and _FOR_A_UNION_RE.search(
            text, max(0, start - 30), start) is not None:
        return True
    if _MEMBERSHIP_RE.search(name):
        return False
    # Round 27: "jeg er i IDA og vi holder et medlemsmøde": the writer is in it.
    if _SELF_IN_UNION_BEFORE_RE.search(text, max(0, start - 30), start) is not None:
        return False
    # Round 15: a person's own office in the union or its branch ("jeg er formand for
    # 3F's lokale ungdomsafdeling", "min mor sidder i bestyrelsen for FOA's afdeling"):
    # an elected office in a union is held by a member, whatever the branch does.
    if _UNION_OFFICE_BEFORE_RE.search(text, max(0, start - 70), start) is not None:
        return False
    # Round 11: "Vi er nogle fra 3F's lokale afdeling, og jeg skriver ... som medlem":
    # the writer says in the same sentence that they are a member.
    s, e = _sentence(text, start, end)
    if "medlem" in text[s:e].lower() and _SELF_MEMBER_RE.search(text, s, e) is not None:
        return False
    if _ORG_BEFORE_RE.search(text, max(0, start - _ORG_REACH), start):
        return True
    after = text[end : end + _ORG_REACH]
    return _ORG_AFTER_RE.match(after) is not None


# --- Round 10 (corpus12/15/16 classes, helper B) ------------------------------------------

# Union words that hold no one's membership (README, "union": not "ikke medlem af nogen
# a-kasse", not "which unions take part ...?"):
# * a question about unions that names no person ("Hvilke fagforeninger har overenskomst
#   med ...?", "Er X en rigtig fagforening?", "Hvad koster det at være medlem af Y?");
# * a membership denied ("jeg er ikke medlem af nogen fagforening"), unless it ended
#   ("ikke længere medlem": a past membership counts);
# * a trust role or a fee in an association that is no union ("tillidsvalgt i en
#   boligforening", "kontingentet til pensionistforeningen", "vi er en lille forening
#   ... vores kontingent").
_UNION_DENIED_RE = re.compile(
    # Round 13: "er" between in a subordinate clause ("at jeg ikke er medlem af").
    # Round 29 (helper C): "tilknyttet" said of a union ("Vi er ikke tilknyttet nogen
    # fagforening eller parti", "ikke tilknyttet en a-kasse").
    r"(?<!\w)(?:(?:ikke|aldrig)\s+(?:(?:er|været|blevet|selv)\s+)?(?:medlem|organiseret|"
    r"tilknyttet|meldt\s+ind)|hverken\s+(?:medlem\s+)?(?:i|af))(?!\w)(?![^.!?\n]{0,80}?(?:længere|mere|siden))[^,;.!?\n]{0,60}$",
    re.IGNORECASE,
)
_WE_FROM_RE = re.compile(r"(?<!\w)vi\s+(?:er\s+|kommer\s+)?fra\s+$", re.IGNORECASE)
_TRUST_OR_FEE_RE = re.compile(r"tillids|kontingent", re.IGNORECASE)
_NON_UNION_ASSOCIATION_RE = re.compile(
    r"(?<!\w)(?:(?!fag)\w*forening(?:en|er|erne|ens)?|\w*klub(?:ben|ber|berne)?|kor|koret|"
    r"bestyrelse\w*|beboerrepræsentation\w*|\w*ensemble\w*|"
    # Round 23: councils of pupils, young people, residents and users ("tillidsvalgt i
    # vores ungdomsråd"); not "Dansk Sygeplejeråd", a union.
    r"(?:ungdoms|elev|beboer|ældre|senior|handicap|bruger|pårørende|forældre|børne|"
    r"integrations|menigheds|idræts)råd\w*)(?!\w)",
    re.IGNORECASE,
)
_UNION_WORD_RE = re.compile(
    r"fagforening|fagforbund|forbund|a-kasse|overenskomst|(?<!\w)(?:TR|3F|FOA|HK|BUPL|DLF|"
    r"DSR|Krifa)(?!\w)",
)


# Round 12: a union's body or office on its signature line.
_UNION_BODY_RE = re.compile(
    r"(?<!\w)(?:sekretariat\w*|\w*styrelse\w*|afdeling\w*|kreds\w*|forbundet|"
    r"klubben|ledelsen)(?!\w)",
    re.IGNORECASE,
)
_OWN_ROLE_RE = re.compile(r"(?<!\w)(?:tillidsrepræsentant\w*|TR|medlem\w*|jeg)(?!\w)",
                          re.IGNORECASE)


# Round 14: trust representatives in the plural as a group of the workplace ("kurset
# for nye tillidsrepræsentanter", "møder med tillidsrepræsentanterne"), unless the
# words just before make someone one of them ("vi er tre tillidsrepræsentanter",
# "formand for tillidsrepræsentanterne").
_GENERIC_TR_WORD_RE = re.compile(r"tillidsrepræsentant(?:er|erne)$")
_TR_HOLDER_RE = re.compile(
    r"(?<!\w)(?:vi|os|er|var|som|formand\w*|næstformand\w*|fælles\w*|vores|jeg)(?!\w)")
# Round 14: the writer is on the union's staff ("Jeg er ansat i FOA og skal holde et
# oplæg", a signature "Susanne Bech, faglig sekretær, FOA Vestegnen") and writes for no
# member: every union named is the organisation the writer works for.
_UNION_STAFF_ROLES = ("faglig sekretær", "faglig konsulent", "konsulent", "jurist",
                      "organisator")


# Round 17: the writer's staff role said in any order ("Jeg er faglig konsulent i FOA",
# "jeg skriver som redaktør af FOA's blad", "hvor jeg arbejder som faglig sekretær",
# "jeg er jurist hos HK", a signature line "Faglig sekretær, 3F ...") (README: union
# staff writing on the union's behalf state an occupation).
# The roles of the signature check above, and more that are said only in these frames.
_STAFF_ROLES = (*_UNION_STAFF_ROLES, "faglige sekretær", "redaktør", "journalist",
                "kommunikationsmedarbejder", "kommunikationskonsulent", "politisk konsulent",
                "forhandlingskonsulent", "arbejdsmiljøkonsulent", "a-kasserådgiver",
                "karriererådgiver", "advokat",
                # Round 28: staff writing together ("Vi er tre faglige konsulenter fra
                # FOA", "vi er to jurister i HK").
                "faglige konsulenter", "faglige sekretærer", "konsulenter", "jurister",
                "organisatorer")
_STAFF_ROLE_RE = re.compile(
    # Round 20: a fronted role ("Som faglig sekretær i Dansk Sygeplejeråd vil jeg
    # ...") and "på" a union's paper ("Jeg er redaktør på Fagbladet 3F").
    # Round 30: anyone's staff role in a relative clause ("Min svoger, der er faglig
    # sekretær i 3F, siger ..."): an occupation, no membership (README: union staff).
    r"(?:(?<!\w)(?:jeg\s+er|vi\s+er|jeg\s+arbejder\s+som|arbejder\s+som|skriver\s+som|"
    r"(?<=,)\s*(?:der|som)\s+er|"
    r"er\s+ansat\s+som|ansat\s+som|(?:^|(?<=[.!?]\s))som)\s+(?:\w+\s+)?|^)"
    r"(?:" + "|".join(r.replace(" ", r"\s+") for r in
                      sorted(_STAFF_ROLES, key=len, reverse=True)) + r")"
    r"(?:\s+(?:i|hos|ved|af|for|på|fra)\s|,\s)",
    re.MULTILINE | re.IGNORECASE,
)


# Every staff role holds one of these (the key searched before _STAFF_ROLE_RE).
_STAFF_ROLE_KEYS = ("konsulent", "sekretær", "jurist", "organisator", "redaktør",
                    "journalist", "medarbejder", "rådgiver", "advokat")


# Round 23: the writer says in what capacity they write, a job on the union's staff
# ("Jeg skriver som afdelingens kontormedarbejder", "Jeg skriver i min egenskab af
# underviser" with "FOA Uddannelse" signing): only jobs a union employs, not a trade a
# member has ("jeg skriver som sygeplejerske" keeps "Mvh Anne, DSR").
_CAPACITY_KEYS = ("skriver som", "egenskab af", "henvender mig som")
_CAPACITY_ROLE_RE = re.compile(
    r"(?<!\w)(?:skriver|henvender\s+mig)\s+(?:her\s+|derfor\s+)?"
    r"(?:som|i\s+min\s+egenskab\s+af)\s+"
    r"(?:(?:afdelingens|forbundets|fagforeningens|kredsens|klubbens|a-kassens|"
    r"sekretariatets)\s+)?"
    r"(?:kontormedarbejder|medarbejder|ansat|underviser|instruktør|koordinator|"
    r"projektleder|projektmedarbejder|receptionist|bogholder|praktikant|"
    r"studentermedhjælper|sekretær|kursusleder|uddannelseskonsulent)(?!\w)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _staff_role_ends(text: str) -> tuple[int, ...]:
    """Where each staff role said in a frame ends (_STAFF_ROLE_RE, _CAPACITY_ROLE_RE),
    once per text: the regex cannot be anchored on a literal (~0.2 ms per 5 KB mail),
    and it was run for every union named."""
    low = text.lower()
    ends: tuple[int, ...] = ()
    if any(k in low for k in _CAPACITY_KEYS):
        ends = tuple(m.end() for m in _CAPACITY_ROLE_RE.finditer(text))
    if not any(k in low for k in _STAFF_ROLE_KEYS):
        return ends
    return ends + tuple(m.end() for m in _STAFF_ROLE_RE.finditer(text))


@lru_cache(maxsize=8)
def _union_after_staff_role(text: str) -> bool:
    """True when a union word or name follows a staff role (_staff_role_ends) within 50
    characters. Once per text (speed only): it does not depend on the union named, and
    _union_staff_writes is asked for every union name (~0.15 ms per 5 KB mail)."""
    return any(_UNION_WORD_RE.search(text, e, e + 50) is not None
               or _UNION_NAME_AFTER_ROLE_RE.search(text, e, e + 50) is not None
               for e in _staff_role_ends(text))


@lru_cache(maxsize=32)
def _union_staff_writes(text: str, name: str) -> bool:
    """True when the writer is on the staff of the union ``name`` ("jeg er ansat i
    FOA", a signature "..., konsulent, FOA") and writes for no member and holds no
    membership or trust role of their own."""
    low = text.lower()
    n = name.lower().split("'")[0]
    if not (any(f"{k} {n}" in low for k in ("jeg er ansat i", "jeg er ansat hos"))
            or any(f"{r}, {n}" in low for r in _UNION_STAFF_ROLES)
            or _union_after_staff_role(text)
            or any(n in low[e:e + 50] for e in _staff_role_ends(text))
            # Round 21: a post that names the union's district or federation itself
            # ("Jeg kommer som kredskonsulent", "jeg er forbundssekretær").
            or (any(k in low for k in _UNION_POST_KEYS)
                and _UNION_POST_RE.search(text) is not None)):
        return False
    # Round 29: "Et af vores medlemmer, Brian Holst" names a member too (the plural
    # is no member_named).
    return (not member_named(text) and not _our_member_named(text)
            and _SELF_MEMBER_RE.search(text) is None and "tillids" not in low)


# Round 21: union names that _UNION_WORD_RE does not hold, read only right after a
# staff role ("Som faglig sekretær i Dansk Sygeplejeråd vil jeg ...").
_UNION_NAME_AFTER_ROLE_RE = re.compile(
    r"Sygeplejeråd|Lærerforening|Djøf|(?<!\w)IDA(?!\w)|Lederne|Det\s+Faglige\s+Hus|"
    r"Dansk\s+Metal|Socialpædagogerne|Ergoterapeutforeningen|Fysioterapeuter"
)
_UNION_POST_KEYS = ("kredskonsulent", "kredssekretær", "forbundskonsulent",
                    "forbundssekretær")
_UNION_POST_RE = re.compile(
    r"(?<!\w)(?:jeg\s+(?:er|kommer|deltager|skriver|arbejder)\s+(?:\w+\s+)?som|jeg\s+er|"
    r"(?:^|(?<=[.!?]\s))som)\s+(?:" + "|".join(_UNION_POST_KEYS) + r")(?!\w)",
    re.MULTILINE | re.IGNORECASE,
)


_KNOW_OF_RE = re.compile(
    r"(?<!\w)(?:kender|kendte|hørt\s+om|læst\s+om|hører\s+om|set\s+reklamer\s+for|"
    r"fået\s+anbefalet|anbefalet)\s+(?:(?:kun|bare|lidt\s+til|til|godt|om|også)\s+)*$",
    re.IGNORECASE,
)


_TOWN_CLUB_BEFORE_RE = re.compile(r"(?<!\w)(?:i|for|fra|mod|hos)[ \t]+[A-ZÆØÅ][a-zæøå]+[ \t]+$")


_COUNTED_MEMBERS_RE = re.compile(
    r"(?<!\w)(?:hvor\s+mange|andelen\s+af|antallet\s+af|hvor\s+stor\s+en\s+andel\s+af)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:der|som)\s+er\s+(?:medlem\w*|organiseret)\s+(?:af|i)\s+"
    r"(?:en\s+|et\s+)?$",
    re.IGNORECASE,
)


# Round 29 (helper C): a membership that opens its sentence or line with the writer's
# "jeg er" dropped, perhaps abbreviated ("medl af FOA, arbejder som sosu, er vagtplanen
# lovlig??", "Medlem af 3F. Kan I hjælpe?"): the writer's own, even in a question.
_DROPPED_SELF_MEMBER_RE = re.compile(
    r"(?:^|[.!?:]\s+)[ \t]*(?:medlem|medl\.?)\s+(?:af|i)\s+$", re.IGNORECASE | re.MULTILINE
)


def _dropped_self_membership(text: str, start: int) -> bool:
    lo = max(0, start - 24)
    return ("medl" in text[lo:start].lower()
            and _DROPPED_SELF_MEMBER_RE.search(text, lo, start) is not None)


# Round 30: the union presents itself ("Vi er en fagforening der ønsker at leje salen",
# signed "Dansk El-Forbund, Region Sjælland"): its officers write for the union, and
# every union named is that organisation (README: union staff), unless a member is named.
_WE_ARE_UNION_RE = re.compile(
    r"(?<!\w)vi\s+er\s+(?:en|et)\s+(?:[\w-]+\s+)?(?:fagforening|fagforbund|forbund|"
    r"a-kasse)(?:\s*,)?\s+(?:der|som)\s",
    re.IGNORECASE,
)


def union_not_held(text: str, start: int, end: int) -> bool:
    """True when the union hit at ``text[start:end]`` is in a question about no one,
    a membership denied, or a trust role or fee in an association that is no union."""
    # Round 28: a member noun ("Som pensioneret 3F'er vil jeg spørge om ...?") says the
    # writer's membership, in a question too.
    if (question_about_no_one(text, start, end) and not _union_member_noun_at(text, start, end)
            and not _dropped_self_membership(text, start)):
        return True
    # Round 22: a handball club named by its town ("spiller håndbold i Ishøj HK"): HK
    # there is "Håndboldklub", not the union.
    if (text[start:end] == "HK"
            and _TOWN_CLUB_BEFORE_RE.search(text, max(0, start - 30), start) is not None
            and not text[end:end + 1].isalnum()):
        return True
    # Round 17: a union only known of or heard of ("jeg kender kun 3F", "har hørt om HK").
    if _KNOW_OF_RE.search(text, max(0, start - 30), start) is not None:
        return True
    if _union_staff_writes(text, text[start:end]):
        return True
    if ("vi er e" in text.lower() and _WE_ARE_UNION_RE.search(text) is not None
            and not member_named(text) and not _our_member_named(text)):
        return True
    # Round 25: the participle "forbundet med" ("jeg ønsker ikke at blive forbundet med
    # det", "er forbundet med udgifter"), not the union "Forbundet"; and an education
    # named after a union ("HK-uddannet", "HK uddannet kontorassistent": CORPUS61
    # decision, an education is no membership).
    if _NOT_UNION_AFTER_RE.match(text, end) is not None and (
            text[start:end].lower() == "forbundet"
            or (text[end:end + 1] in ("-", " ") and "uddanne" in text[end:end + 12].lower())):
        return True
    # Round 25: case-blind ("Tillidsrepræsentanterne ønsker ..." opens a line).
    if text[start:start + 19].lower() == "tillidsrepræsentant":
        tail = _WORD_TAIL_RE.match(text, end)
        word = text[start:tail.end() if tail is not None else end]
        if (_GENERIC_TR_WORD_RE.match(word.lower()) is not None
                and _TR_HOLDER_RE.search(text[max(0, start - 30):start].lower()) is None):
            return True
    # Round 11: an event named by a compound ("en fagforeningsmesse", "fagforeningsfesten").
    tail = _WORD_TAIL_RE.match(text, end)
    word = text[start:tail.end() if tail is not None else end]
    if _UNION_EVENT_RE.search(word) is not None:
        return True
    # Round 11: the union writes and signs itself ("Lokalt nyt fra 3F ... Med venlig
    # hilsen 3F Ishøj"), with no member it writes for ("vores medlem X" stays).
    if not member_named(text) and _signed_by(text, text[start:end]):
        return True
    # Round 12: the union's body signs on the last line with its name ("Sekretariatet,
    # FOA Vestegnen", "Ishøj Lærerforening, kredsstyrelsen"), no member written for.
    nl = text.rfind("\n", 0, start)
    if nl >= 0 and "\n" not in text[end:].rstrip():
        line = text[nl + 1:].strip()
        if (len(line.split()) <= 6 and _UNION_BODY_RE.search(line) is not None
                and _OWN_ROLE_RE.search(line) is None and not member_named(text)):
            return True
    # Round 12: not when it writes for a member ("vores medlem Signe Mørk").
    if (_WE_FROM_RE.search(text, max(0, start - 20), start) is not None
            and not _writer_speaks(text) and not member_named(text)):
        # "Vi er fra 3F Køge og vil gerne ...": the union's own staff writing.
        return True
    # Round 13: the union's body or office signs the mail on its last line
    # ("Serviceforbundet, Afd. Hovedstaden", "Kredsformand, DLF Kreds 21",
    # "Fællestillidsrepræsentantsekretariatet"), no one speaks as "jeg" and no member
    # is written for: every union named is the organisation writing.
    if _union_body_signs(text):
        return True
    s, e = _sentence(text, start, end)
    if _UNION_DENIED_RE.search(text, max(s, start - 80), start) is not None:
        return True
    # Round 28: "in" a union denied without a membership word ("Jeg er ikke i
    # fagforening", "jeg har aldrig været i nogen fagforening", "er ikke med i en
    # a-kasse"); "ikke i 3F længere" is a past membership and stays.
    if (_NOT_IN_UNION_BEFORE_RE.search(text, max(s, start - 40), start) is not None
            and _NO_LONGER_AFTER_RE.match(text, end) is None):
        return True
    # Round 26: members counted ("hvor mange medarbejdere i kommunen der er medlem af en
    # fagforening?"): statistics, no one's membership.
    if _COUNTED_MEMBERS_RE.search(text, max(s, start - 90), start) is not None:
        return True
    # Round 21: the union not yet contacted ("Vi har ikke talt med fagforeningen
    # endnu", "jeg har endnu ikke kontaktet fagforeningen"): the union as an outside
    # body the writers might turn to, no membership said.  "min fagforening" is not
    # read so (the possessive stands between).
    if (text[start:end].lower() in ("fagforeningen", "fagforbundet")
            and _NOT_CONTACTED_RE.search(text, max(s, start - 50), start) is not None):
        return True
    # Round 13: the writer says they are in no union at all ("jeg er ikke medlem af
    # nogen fagforening"): another union named in the mail is not theirs ("men jeg har
    # hørt at HK har ...", "post fra Det Faglige Hus"), unless a membership is said
    # right before it.
    if _writer_in_no_union(text) and not membership_before(text, start):
        return True
    if _TRUST_OR_FEE_RE.match(text, start) is not None:
        # The association may be named in the sentence before ("Vi er en lille
        # forening med 24 medlemmer, og vores kontingent ...").
        ps = _sentence(text, max(0, s - 2), max(0, s - 1))[0] if s > 1 else s
        lo = ps if text[start:end].lower().startswith("kontingent") else s
        if (_NON_UNION_ASSOCIATION_RE.search(text, lo, e) is not None
                and _UNION_WORD_RE.search(text, lo, e) is None):
            return True
    return False


_UNION_MEMBER_NOUN_RE = re.compile(r"['’-]er(?:e|en|ne)?(?!\w)")


def _union_member_noun_at(text: str, start: int, end: int) -> bool:
    """Round 28: the union hit is, or runs on into, a member noun ("DLF'er", "3F’ere")."""
    for j in range(max(start + 1, end - 5), min(end + 1, len(text))):
        if text[j] in "'’-":
            return _UNION_MEMBER_NOUN_RE.match(text, j) is not None
    return False


_NOT_IN_UNION_BEFORE_RE = re.compile(
    r"(?<!\w)(?:ikke|aldrig|hverken)\s+(?:(?:er|været|blevet|selv|nogensinde)\s+){0,2}"
    r"(?:med\s+)?i\s+(?:nogen|en|et|noget)?\s*$",
    re.IGNORECASE,
)
_NO_LONGER_AFTER_RE = re.compile(r"[\w'’-]*[ \t]+(?:\w+[ \t]+)?(?:længere|mere)(?!\w)",
                                 re.IGNORECASE)
_NOT_UNION_AFTER_RE = re.compile(r"[ \t]*(?:med(?!\w)|-?[ \t]*(?i:uddannet|uddannede)(?!\w))")


_NOT_CONTACTED_RE = re.compile(
    r"(?<!\w)(?:ikke|aldrig)\s+(?:(?:endnu|selv|nået\s+at)\s+)?(?:talt\s+med|snakket\s+med|"
    r"kontaktet|spurgt|ringet\s+til|skrevet\s+til|henvendt\s+(?:os|mig)\s+til|"
    r"inddraget|involveret)\s+$",
    re.IGNORECASE,
)


_NO_UNION_BEFORE_RE = re.compile(
    r"(?<!\w)(?:ikke|aldrig)\s+(?:(?:er|har\s+været|været|blevet|selv)\s+)?"
    # Round 23: "jeg er ikke i en fagforening, men i ASE" (no membership word).
    r"(?:(?:medlem|organiseret)\s+(?:af|i)|i)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _writer_in_no_union(text: str) -> bool:
    """True when the writer denies being in any union ("ikke medlem af nogen
    fagforening", "aldrig organiseret i en fagforening").  Found from "nogen
    fagforening"/"en fagforening" (str.find), the denial read just before it."""
    low = text.lower()
    for key in ("nogen fagforening", "en fagforening"):
        i = low.find(key)
        while i >= 0:
            if (_NO_UNION_BEFORE_RE.search(low, max(0, i - 40), i) is not None
                    and "jeg" in low[max(0, i - 60):i]):
                return True
            i = low.find(key, i + 1)
    return False


_UNION_SIGN_BODY_RE = re.compile(
    r"(?:sekretariat|kreds|afd\.|afdeling|forbundet|styrelse|fagforening)", re.IGNORECASE
)


@lru_cache(maxsize=8)
def _union_body_signs(text: str) -> bool:
    """True when the mail's last line is a union body's signature (short, no sentence,
    a body word such as "sekretariat", "kreds", "afd.", "forbundet"; not a person's name
    first), no one in the mail speaks as "jeg" and no member is named."""
    body = text.rstrip()
    nl = body.rfind("\n")
    if nl < 0:
        return False
    line = body[nl + 1:].strip()
    words = line.split()
    if (not words or len(words) > 6 or line.endswith((".", "?", "!"))
            or _UNION_SIGN_BODY_RE.search(line) is None
            or _OWN_ROLE_RE.search(line) is not None):
        return False
    first = words[0].strip(",").lower()
    if first in first_names():
        return False
    return not member_named(text) and not _writer_speaks(text)


# "medlem af X" says a membership whatever frame the writer speaks in ("jeg er
# journalist og medlem af Dansk Journalistforbund": the role frame "jeg er journalist"
# makes no opinion of it).
_MEMBER_BEFORE_RE = re.compile(
    r"(?<!\w)(?:medlem|organiseret|meldt\s+ind|"
    # Round 22: an elected office in the union ("Som formand for BUPL's lokalklub vil
    # jeg spørge ..."): a member's role.
    # Round 26: the trust role in a named union ("Som tillidsrepræsentant i HK vil jeg
    # spørge ..."): a member's elected role, like the formand above.
    r"(?:næst)?formand|kasserer|bestyrelsesmedlem|tillidsrepræsentant|tillidskvinde|"
    r"tillidsmand|TR)\s+(?:af|i|hos|for)\s+(?:\w+\s+)?"
    # Round 13: the union second in a list of memberships ("medlem af Enhedslisten og af
    # HK's bestyrelse").
    # Round 27: up to four words in the first name ("medlem af Ishøj Roklub for Seniorer
    # og FOA").
    r"(?:[\w\-]+(?:\s+[\w\-]+){0,3}\s+og\s+(?:af\s+|i\s+)?)?$", re.IGNORECASE
)


def membership_before(text: str, start: int) -> bool:
    """True when "medlem af"/"organiseret i" stands right before ``start``."""
    # Round 27: 50 characters, for a union second after a two-word name ("Som medlem af
    # Konservativ Ungdom og HK Ungdom vil jeg spørge ..."); and "jeg er i IDA".
    return (_MEMBER_BEFORE_RE.search(text, max(0, start - 50), start) is not None
            or _SELF_IN_UNION_BEFORE_RE.search(text, max(0, start - 30), start) is not None)


# Round 27: the writer or a relative "is in" the union ("jeg er i IDA og vi holder et
# medlemsmøde", "min mor er med i FOA", "vi er begge i 3F"): a membership, even when
# the union also hosts or invites in the same sentence.
_SELF_IN_UNION_BEFORE_RE = re.compile(
    # Round 29: "sidder i" the union or its network ("Jeg sidder i Djøfs lokale netværk",
    # "hun sad i 3F's ungdomsudvalg"): a seat in the union is held by a member.
    r"(?<!\w)(?:jeg|vi|han|hun|min\s+\w+|mine\s+\w+)\s+(?:er|var|har\s+været|sidder|sad|"
    r"har\s+siddet)\s+"
    r"(?:(?:også|selv|stadig|begge|fortsat)\s+)?(?:med\s+)?i\s+$",
    re.IGNORECASE,
)
