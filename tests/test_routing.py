"""Centre routing: Danish word forms, weights, ordered rules, KLE numbers, confidence."""

from __future__ import annotations

from classifiers.routing import CentreKeywords, RoutingRule, kle_numbers, route

CENTRES = (
    CentreKeywords("cvv", ("hjemmepleje", "ældre", "plejehjem")),
    CentreKeywords("cbf", ("skole", "børnehave", "vej"), kle=("17",)),
    CentreKeywords("cbn", ("vej", "parkering", "fortov"), weights=(("parkering", 3.0),)),
)


def test_word_forms_and_compounds() -> None:
    assert route("", "Hjemmeplejen kom ikke", CENTRES).centre == "cvv"
    assert route("", "Vi mangler en plejehjemsplads", CENTRES).centre == "cvv"
    assert route("", "Specialskolen ringer aldrig", CENTRES).centre == "cbf"
    # Short keywords only as whole words with inflection: "vejledning" is not "vej".
    assert route("", "Jeg vil gerne have vejledning", CENTRES).centre is None


def test_weights_and_confidence() -> None:
    # parkering weighs 3, skole 1: cbn wins although both match once.
    assert route("", "Parkering ved skolen", CENTRES).centre == "cbn"
    # A tie between centres is no confident route.
    tie = route("", "Vejen ved skolen og fortovet", CENTRES)
    assert tie.centre is None and "not confident" in tie.explanation


def test_rules_come_first_in_order() -> None:
    rules = (RoutingRule("cbn", mailbox="teknik"),
             RoutingRule("cvv", sender_domain="plejecenter.dk"),
             RoutingRule("cbf", keyword="hjemmepleje", kle="17.02"))
    text = "Hjemmeplejen og skolen"
    assert route("", text, CENTRES, rules, mailbox="teknik").centre == "cbn"
    assert route("", text, CENTRES, rules, sender="a@x.plejecenter.dk").centre == "cvv"
    hit = route("", text + " (KLE 17.02.05)", CENTRES, rules)
    assert hit.centre == "cbf" and "rule 3" in hit.explanation
    # All conditions of a rule must hold: the keyword without the KLE number is no hit.
    assert "rule" not in route("", text, CENTRES, rules).explanation


def test_kle_numbers_need_their_name() -> None:
    assert kle_numbers("Sagen hører under KLE 27.36.04 og KLE-nr. 17.02") == ("27.36.04",
                                                                              "17.02")
    assert kle_numbers("Mødet er 27.11 kl. 10") == ()
    assert route("", "Se KLE 17.01", CENTRES).centre == "cbf"
