"""``not_about_anyone``: ask, for a hit's category, each check that finds it is about no
one.

Kept apart from ``core.py`` because it calls into every category's module (groups,
care and money, property trades, belief and the other convictions); the core must not
depend on them.  ``engine.py`` calls it for every hit.
"""

from __future__ import annotations

import re

from classifiers.sensitive.context.belief_ethnicity_orientation import (
    _BARE_GROUP_CATEGORIES,
    _ORG_CATEGORIES,
    bare_group,
    belief_thing,
    organisation_acting,
    party_acting,
    party_addressed,
)
from classifiers.sensitive.context.care_and_money import (
    _QUESTION_CATEGORIES,
    asked_in_general,
    asked_only_to_know,
    association_lease,
    benefit_unit,
    care_service_as_provider,
    debt_of_institution,
    doctor_as_record,
    employer_staff,
    fasting_symptom,
    feared_care,
    health_firm_trade,
    homeless_group,
    impersonal_question,
    neighbours_forced_sale,
    not_myself,
    people_in_general,
    scheme_rules,
    service_denied,
    shelter_as_place,
    social_group_served,
    stranger_with,
)
from classifiers.sensitive.context.core import (
    _SENTENCE_REACH,
    _sentence,
    retracted,
    subject_line_only,
    subject_of_writer,
)
from classifiers.sensitive.context.groups import (
    _COUNT_BEFORE_RE,
    _FAITH_RE,
    _OM_RE,
    _QUOTE_RE,
    _TITLE_REACH,
    denied_for_all,
    group_only,
    topic_only,
)
from classifiers.sensitive.context.property_trade import (
    charged_property,
    municipality_trades,
    trade_rules,
)
from classifiers.sensitive.context.textcache import OM

# Round 25: staff on sick leave counted as people ("vi har to langtidssygemeldte
# i afdelingen", "tre sygemeldte kolleger"): a workplace's absence, no one named; the
# plural of the sick-leave noun was already counted (groups.health_of_many).
_COUNTED_SICK_RE = re.compile(r"\w*sygemeldte", re.IGNORECASE)


def _counted_sick(text: str, start: int, end: int) -> bool:
    return (_COUNTED_SICK_RE.fullmatch(text, start, end) is not None
            and _COUNT_BEFORE_RE.search(text, max(0, start - 25), start) is not None)


_OUR_MEMBER_RE = re.compile(
    r"(?<!\w)(?:vores|vort|jeres|vores\s+tidligere)\s+medlem(?:met)?(?!\w)|"
    r"(?<!\w)(?:et|en)\s+af\s+vores\s+medlemmer(?!\w)",
    re.IGNORECASE,
)


def not_about_anyone(text: str, start: int, end: int, category: str) -> bool:
    """Round 4 classes: a subject of a work or a lesson, a group, a state denied for
    everyone named, a doctor as a register entry, a property charged a fee."""
    # The sentence is found only when a quotation mark or an "om" stands before the hit.
    lo = max(0, start - _SENTENCE_REACH)
    if (_QUOTE_RE.search(text, max(0, start - _TITLE_REACH), start) is not None
            or (OM.may_match(text, lo, start)  # speed only: spares most searches
                and _OM_RE.search(text, lo, start) is not None)):
        s, _ = _sentence(text, start, end)
        if topic_only(text, start, end, s):
            return True
    return (
        group_only(text, start, end, category)
        or (denied_for_all(text, start)
            and not (category == "belief" and _FAITH_RE.match(text, start, end)))
        # Round 25: an illness taken back at once ("rygskade — nej det er ikke
        # rigtigt"; CORPUS62.md).  Not economy_social: there the writer mostly swaps one
        # benefit for another ("sygedagpenge... nej undskyld, på dagpenge", ind8-294).
        or (category == "health" and (retracted(text, start, end)
                                      or _counted_sick(text, start, end)))
        or (category == "health" and (doctor_as_record(text, start, end)
                                      or fasting_symptom(text, start, end)
                                      # Round 27: "Vestegnens Fysioterapi ApS".
                                      or health_firm_trade(text, start, end)))
        or (category == "property_trade" and (charged_property(text, start)
                                              or municipality_trades(text, start, end)
                                              or trade_rules(text, start)))
        or (category == "belief" and party_addressed(text, start, end))
        or (category in _ORG_CATEGORIES and organisation_acting(text, start, end)
            # Round 11: a union that signs a mail for "vores medlem" names that
            # member's union (README: union staff writing for a member).
            and not (category == "union" and _OUR_MEMBER_RE.search(text) is not None))
        or (category in _BARE_GROUP_CATEGORIES and bare_group(text, start, end, category))
        or (category == "belief" and (party_acting(text, start, end)
                                      or belief_thing(text, start, end)
                                      # Round 21: "Bare et generelt spørgsmål",
                                      # "spørger generelt: må vi kræve at ansatte
                                      # ikke bærer religiøse symboler?"
                                      or asked_only_to_know(text, start, end)))
        or (category == "economy_social" and social_group_served(text, start, end))
        or (category in _QUESTION_CATEGORIES and (impersonal_question(text, start, end)
                                                  # Session 13: unless the body
                                                  # opens about the writer.
                                                  or (subject_line_only(text, start, end)
                                                      and not subject_of_writer(
                                                          text, start, end))
                                                  or service_denied(text, start, end)
                                                  or employer_staff(text, start)
                                                  or care_service_as_provider(
                                                      text, start, end)
                                                  or scheme_rules(text, start)
                                                  or asked_in_general(text, start, end)
                                                  # Round 13: "spørger generelt",
                                                  # "jeg er ikke selv syg".
                                                  or asked_only_to_know(text, start, end)
                                                  or not_myself(text, start)
                                                  or stranger_with(text, start)))
        # Round 13: a firm's or the municipality's debt ("kommunen skylder ...").
        or (category == "economy_social" and (debt_of_institution(text, start, end)
                                              # a group's premises; a care home feared
                                              or association_lease(text, start, end)
                                              or feared_care(text, start, end)
                                              # Round 25: "min kollega i Ydelse".
                                              or benefit_unit(text, start, end)
                                              # Round 27: "erhvervsdrivende der er
                                              # gået konkurs"; "naboens hus skal på
                                              # tvangsauktion".
                                              or people_in_general(text, start, end)
                                              or neighbours_forced_sale(text, start,
                                                                        end)
                                              # Round 27: "adressen på krisecentret".
                                              or shelter_as_place(text, start, end)
                                              # "hvor hjemløse mænd kan sove".
                                              or homeless_group(text, start, end)))
    )
