"""Round 29 (corpus72-80 classes, nine writers): origin said of anyone, and a same-sex
partner said in short texted mails, in a wedding or of a named couple.

ethnicity.yaml version 27 (27b): a person's only language whoever the subject is ("X
taler kun tigrinya", "kan ikke tale dansk, kun tyrkisk", "only speaks Cantonese");
English "is/are/was from <country>" of anyone the sentence speaks of; a nationality of
a group or after another predicate ("vi er alle polske", "selv katolik og polsk", "er 88
og jødisk", "tre polske byggearbejdere"); a town inside a country; more jobs before
"fra"; Copts; course participants named before "fra"; a city of origin with the year of
arrival; "fordi han er mørk"; Polish "jestem z Polski".  context/core.py: a name right
before "er fra" (a known first name, or one already used as a name in the mail).
sexual_orientation.yaml version 24 (24b) and partners.py: "jeg er en mand og har en
mand", Swedish "vi är två män", "to mænd" with a wedding word, a one-line mail signed
with name and CPR number, "Mig: Name", "jeg blev gift med Name", "min ex-kæreste, en
mand", a couple named and then said to be one with "de".  Sentences of our own
wording; each was missed (or, for the negatives, found) before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ETH = "ethnicity"
SO = "sexual_orientation"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- ethnicity ----------------------------------------------------------------------

def test_only_language_whoever_speaks_it() -> None:
    assert _has("Vores farmor snakker kun punjabi, kan hun få en tolk til mødet?", ETH)
    assert _has("Min svigerinde bor hos os og taler kun amharisk.", ETH)
    assert _has("Genet taler kun tigrinya, så vi skal bruge tolk.", ETH)
    assert _has("Hendes bedstefar, som er 90, taler næsten kun kurdisk.", ETH)
    assert _has("Min onkel kan kun tale arabisk og skal til lægen.", ETH)


def test_only_language_after_not_danish() -> None:
    assert _has("Min mor kan ikke tale dansk, kun somalisk. Kan hun få tolk?", ETH)
    assert _has("Hun kan ikke tale dansk, kun tigrinya.", ETH)
    assert _has("far kan ikke snakke dansk kun tyrkisk", ETH)


def test_only_language_in_english() -> None:
    assert _has("My father-in-law only speaks Mandarin and needs help with the form.", ETH)
    assert _has("Our neighbour speaks only Arabic, can someone visit her?", ETH)
    assert _has("My grandma can only speak Urdu.", ETH)
    # People in general, or a service's language, are no one's origin.
    assert not _has("Mange ældre indvandrere taler kun tyrkisk, har kommunen tolke?", ETH)
    assert not _has("Lægen talte kun engelsk med os, det var svært.", ETH)
    assert not _has("Is there help for people who only speak English?", ETH)


def test_english_from_a_country_said_of_anyone() -> None:
    assert _has("My dad is from Eritrea and needs a home carer.", ETH)
    assert _has("Her parents were from Iraq, and she wants to visit the grave.", ETH)
    assert _has("Our son's grandmother comes from Ghana.", ETH)
    assert _has("We are from a village in Syria and live in Ishøj now.", ETH)
    assert _has("I came here from Kerala, India, five years ago.", ETH)
    assert not _has("The package is from China and has not arrived.", ETH)


def test_english_nationality_of_a_person_or_family() -> None:
    assert _has("Greetings from a Polish family that just moved to Vejleå!", ETH)
    assert _has("My brother, an Iraqi citizen, is visiting in May.", ETH)
    assert not _has("We went to a Chinese restaurant in Ishøj.", ETH)


def test_nationality_of_a_group_or_after_another_predicate() -> None:
    assert _has("I vores lille firma er vi alle sammen rumænske.", ETH)
    assert _has("Vi er alle litauiske og arbejder på lageret.", ETH)
    assert _has("Jeg er mor til tre og selv muslim og somalisk.", ETH)
    assert _has("Min mormor er 91 og jødisk og vil på et jødisk plejehjem.", ETH)
    assert _has("Det drejer sig om fire rumænske sæsonarbejdere på marken.", ETH)
    assert _has("Jeg er kasserer i klubben og selv ortodoks og serbisk.", ETH)
    assert not _has("Jeg er tolk og taler selv arabisk og fransk.", ETH)
    assert not _has("Maden var billig og tyrkisk.", ETH)
    assert not _has("Vi er alle glade for den nye legeplads.", ETH)


def test_town_inside_a_country() -> None:
    assert _has("Vi er to søstre, begge fra Aleppo i Syrien.", ETH)
    assert _has("Min kone er fra en lille landsby i Polen.", ETH)
    assert _has("Min svoger kom fra Mosul i 2015 og bor nu i Ishøj.", ETH)
    assert not _has("Varerne kom fra en fabrik i Kina.", ETH)


def test_job_before_fra() -> None:
    assert _has("Jeg er tandlæge fra Iran og vil gerne have min uddannelse godkendt.", ETH)
    assert _has("Han er buschauffør fra Polen og bor i Vejleå.", ETH)
    assert _has("Jeg er mekaniker fra Ukraine og søger arbejde.", ETH)


def test_copts_and_course_participants() -> None:
    assert _has("Min familie er koptere fra Egypten og søger en kirke.", ETH)
    assert _has("En af mine kursister, Amina fra Sudan, har fået et brev.", ETH)
    assert _has("Vores kursister Yonas fra Eritrea og Sara skal til prøve.", ETH)


def test_skin_colour_as_the_reason() -> None:
    assert _has("vagten smed min søn ud, kun fordi han er mørk", ETH)
    assert _has("de smed os ud fordi vi er mørke", ETH)
    assert not _has("Cykelstien er farlig, fordi den er mørk om aftenen.", ETH)


def test_polish_self_introduction() -> None:
    assert _has("Dzień dobry. Jestem z Polski og søger bolig i Ishøj.", ETH)
    assert _has("Jestem Polką. Hvor kan jeg lære dansk?", ETH)
    assert _has("Jesteśmy z Polski, vi er en familie på fire.", ETH)


def test_name_right_before_er_fra() -> None:
    assert _has("Vi har ansat Dawit i køkkenet. Dawit er fra Eritrea og taler godt dansk.", ETH)
    assert _has("Vi har en ny frivillig, Tenzin. Tenzin er fra Tibet.", ETH)
    assert _has("Vi har en ny nabo, Lejla. Lejla er fra Bosnien og vil være frivillig.", ETH)
    assert not _has("Pakken er fra Kina og er ikke kommet endnu.", ETH)


# --- sexual orientation ---------------------------------------------------------------

def test_man_with_a_man_said_with_har() -> None:
    assert _has("Jeg er mand og har en mand, og vi vil gerne adoptere.", SO)
    assert _has("Jeg er en kvinde og har en kvinde, vi bor i Vejleå.", SO)
    assert _has("Jeg er selv mand og har en mand der er syg.", SO)


def test_swedish_two_men() -> None:
    assert _has("Hej! Vi är två män och har flyttat till Ishøj.", SO)
    assert _has("Vi är två kvinnor som vill gifta oss på rådhuset.", SO)
    assert _has("hej vi är två män med en son, var anmäler vi flytt?", SO)


def test_two_men_raised_by_a_wedding_word() -> None:
    assert _has("Vi er to mænd og drømmer om at blive viet i kirken.", SO)
    assert _has("Vi er to kvinder og vil gerne vies på rådhuset.", SO)
    assert _has("Vi er to mænd, og vi vil vies på rådhuset.", SO)
    assert not _has("Vi er to mænd på 70, der vil spille petanque.", SO)


def test_one_line_mail_signed_with_name_and_cpr() -> None:
    assert _has("hej min mand og jeg skal melde flytning. Søren Dahl 120380-1234", SO)
    assert _has("Min kone er syg i dag så vi kommer ikke. /Maja 0101901234", SO)
    assert _has("jeg og min kone Liv flytter. mit cpr er 0202020202 mvh Emma", SO)
    assert not _has("min mand og jeg skal melde flytning. Søren Dahl 120380-1234 "
                    "og Lise Dahl", SO)


def test_writer_labelled_in_a_texted_list() -> None:
    assert _has("Vi skal skifte læge. Jeg: Thomas Berg, min mand: Ole Berg.", SO)
    assert _has("Flytning. Mig: Sofie Lund 010190-1234, min kone: Ida Lund.", SO)
    assert _has("Mig: Anders Holm. Min mand Kim og jeg ønsker samme læge.", SO)


def test_wedding_as_an_event() -> None:
    assert _has("Jeg blev gift med Julie i sommer og vil skifte navn.\n\nHilsen Maria", SO)
    assert _has("Jeg skal giftes med Kasper til maj.\n\nMvh Jonas", SO)
    assert _has("Jeg giftede mig med Emma sidste år.\n\nVenlig hilsen Sara", SO)
    assert not _has("Jeg blev gift med Julie i sommer.\n\nHilsen Thomas", SO)


def test_ex_partner_said_to_be_a_man() -> None:
    assert _has("Min ex-kæreste, en mand fra Køge, har stadig nøglen.\n\nMvh Mikkel", SO)
    assert _has("Min exkæreste, en kvinde jeg boede med, får min post.\n\nHilsen Line", SO)
    assert _has("Min exmand bor stadig på adressen.\n\nMvh Henrik", SO)


def test_couple_named_then_said_to_be_one_with_de() -> None:
    assert _has("Jeg hjælper Poul og Erik i nr. 4. De har været gift i 20 år, og nu "
                "skal Erik på plejehjem.", SO)
    assert _has("Anne og Mette bor over for mig. De er et par og er blevet chikaneret.", SO)
    assert _has("Sælgerne er Jens og Mads Holm, der er\ngift.", SO)
    assert not _has("Jeg talte med Anne og Peter. De er gift og har to børn.", SO)
