"""Round 27 (corpus67 economy_social, corpus66-68 health): crisis, welfare and health
words in everyday and second-language wording.

economy_social.yaml 30b: violence by a partner or a parent said with the verb, the
ex-wife, a temporary rented home asked for, a care bed, "lille" as a child only with a
child noun; context/care_and_money.py: a crisis shelter or hostel as a place or a body
("adressen på krisecentret", "til fordel for krisecentre", "herbergets køkken") and
homeless people as a group ("hjemløse mænd") are no one's.  health.yaml 27b: self-harm
in every person, burns, dying, a relative's drinking as a habit, an addict coordinated
with another state, "just had a baby", quitting smoking and prescriptions, whiplash
compounds; context: a health word in a firm's name ("... Fysioterapi ApS") or a clinic's
own service said as "vi"; exclusions: the hospital clowns charity.  CORPUS67.md's
decisions (domestic violence, shelter stays, drinking, a birth just given).  Sentences
of our own wording; each test failed before this round, the guards next to the
positives show what stays out.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"
HEALTH = "health"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- economy_social: a shelter as a place or a body ---------------------------------

def test_shelter_as_place_is_no_ones_stay() -> None:
    assert not _has("Hvad er telefonnummeret til krisecentret? Jeg skal levere blomster.")
    assert not _has("Vi holder loppemarked til fordel for kvindekrisecentret i oktober.")
    assert not _has("Jeg kører forbi og ser at hegnet ved herberget er væltet.")
    assert not _has("Jeg har hørt at kommunen vil bygge et nyt herberg bag stationen.")
    assert not _has("Jeg sælger brød til herberget hver morgen, men fakturaen er forkert.")
    assert not _has("Herbergets vaskemaskine larmer hele natten, jeg bor lige ved siden af.")
    # A stay, a move or a place asked for stays the person's circumstances.
    assert _has("Min datter har boet på krisecentret siden marts med sin søn.")
    assert _has("Jeg sov på herberget i to uger, da jeg mistede lejligheden.")
    assert _has("Hun er flyttet ind på et krisecenter med børnene.")
    assert _has("Han blev smidt ud af herberget i går og har ingen steder at sove.")


def test_homeless_people_as_a_group() -> None:
    assert not _has("Min far fortæller at hjemløse mænd sover i kirken om natten.")
    assert not _has("He asks whether the town has a room where homeless men can sleep.")
    assert not _has("Min mor har set hjemløse familier i parken.")
    assert not _has("Kan kommunen åbne en hal hvor hjemløse mænd kan sove når det fryser?")
    assert not _has("Om vinteren ser jeg mange hjemløse folk ved Ishøj station.")
    assert not _has("Is there a place where homeless people can get a shower in town?")
    # One person who is homeless stays.
    assert _has("Min nevø er hjemløs og sover i sin bil.")
    assert _has("My cousin is homeless since the summer.")


def test_little_one_needs_a_child_noun() -> None:
    assert not _has("Naboen har fjernet min lille postkasse fra hegnet uden at spørge.")
    assert not _has("Nogen har fjernet mit lille bord fra altanen, kan I se på det?")
    assert not _has("Pedellen fjernede min lille bænk i gården.")
    assert _has("De vil fjerne min lille dreng fra mig, hvad gør jeg?")


def test_partner_violence_said_with_the_verb() -> None:
    assert _has("Min kæreste slog mig i weekenden, og jeg tør ikke tage hjem.")
    assert _has("hendes mand har banket hende flere gange og nu vil hun flytte")
    assert _has("Jeg blev overfaldet af min eksmand foran børnehaven.")
    assert _has("my husband hit me. Min mand sparkede mig i maven.")
    # A break-up and a stranger are not domestic violence.
    assert not _has("Min kæreste slog op med mig i sommer, så jeg bor alene nu.")
    assert not _has("En fremmed mand slog mig ved busstoppet, politiet kom.")


def test_ex_wife_is_a_divorce() -> None:
    assert _has("Min ex-hustru har stadig nøglen til rækkehuset.")
    assert _has("Jeg og min eks-hustru deler drengene uge for uge.")
    assert _has("Min eksægtefælle vil ikke skrive under på papirerne.")


def test_temporary_rented_home_asked_for() -> None:
    assert _has("Min kone og jeg har mistet huset. "
                "Kan kommunen hjælpe med en midlertidig lejebolig?")
    assert _has("Vi har brug for et midlertidigt hjem, til huset er solgt.")
    assert _has("Kan I hjælpe med en midlertidig lejlighed til mig og min søn?")


def test_care_bed_is_an_aid() -> None:
    assert _has("Min mor er sengeliggende. Hvordan får vi en plejeseng til hende?")
    assert _has("Min far har fået en hospitalsseng i stuen.")
    assert _has("Jeg har søgt om en plejeseng, men har ikke hørt noget.")


# --- health -------------------------------------------------------------------------

def test_self_harm_in_every_person() -> None:
    assert _has("Min søn er begyndt at skære i sig selv om aftenen.", HEALTH)
    assert _has("jeg har lyst til at gøre skade på mig selv", HEALTH)
    assert _has("Hun har gjort skade på hende selv igen, siger skolen.", HEALTH)
    assert _has("Han cutter sig selv, og vi ved ikke hvad vi skal gøre.", HEALTH)
    assert not _has("Kommunen vil skære i budgettet til ældreplejen.", HEALTH)


def test_burns_to_a_person() -> None:
    assert _has("Min datter fik en slem forbrænding på armen fra komfuret.", HEALTH)
    assert _has("Han blev forbrændt i ansigtet på værkstedet.", HEALTH)
    assert _has("Min far ligger på brandsårsafsnittet efter branden.", HEALTH)
    assert _has("Hun har brandsår på begge hænder.", HEALTH)
    assert _has("Drengen blev skoldet med kogende vand i børnehaven.", HEALTH)
    assert not _has("Jeg har fået en regning fra Vestforbrænding for storskrald.", HEALTH)


def test_dying_now() -> None:
    assert _has("Min bedstefar er ved at dø, og vi vil gerne have ham hjem.", HEALTH)
    assert _has("Hun ligger for døden på plejecentret.", HEALTH)
    assert _has("Min far vil gerne have den sidste olie af en præst.", HEALTH)


def test_relatives_drinking_as_a_habit() -> None:
    assert _has("min far drikker og råber af os hver aften", HEALTH)
    assert _has("Hans mor drikker stadig, selvom hun har lovet at stoppe.", HEALTH)
    assert _has("Min mand drikker tit, og børnene er bange.", HEALTH)
    assert not _has("Min far drikker kaffe hos naboen hver morgen.", HEALTH)


def test_addict_coordinated_with_another_state() -> None:
    assert _has("Min bror er arbejdsløs og misbruger.", HEALTH)
    assert _has("Hun er misbruger og hjemløs og har ingen telefon.", HEALTH)
    assert _has("Han er psykisk syg og misbruger, og ingen hjælper ham.", HEALTH)


def test_birth_just_given_in_english() -> None:
    assert _has("We just had a baby girl at Hvidovre hospital.", HEALTH)
    assert _has("My wife just gave birth to twins.", HEALTH)
    assert _has("I recently had a baby and need to register her.", HEALTH)


def test_quitting_smoking_and_prescriptions() -> None:
    assert _has("Jeg er begyndt på rygestopkurset og har været røgfri i en uge.", HEALTH)
    assert _has("Kan lægen give mig nikotinplaster gratis?", HEALTH)
    assert _has("Jeg skal have en ny recept på mine piller.", HEALTH)
    assert _has("Jeg deltager i jeres rygestophold om tirsdagen.", HEALTH)
    # The course offered, a leaflet or the reception are no one's health.
    assert not _has("Jeg skal hente en pjece om rygestop til vores frokoststue.", HEALTH)
    assert not _has("Hvornår har receptionen åbent i julen?", HEALTH)


def test_whiplash_compound() -> None:
    assert _has("Jeg har haft en piskesmældsskade siden ulykken i 2019.", HEALTH)
    assert _has("Hendes piskesmældsskade gør at hun ikke kan arbejde.", HEALTH)
    assert _has("Han er sygemeldt med piskesmældssymptomer.", HEALTH)


def test_health_word_of_a_firm_or_a_clinic() -> None:
    assert not _has("Mvh Jonas Berg, Strandens Fysioterapi ApS", HEALTH)
    assert not _has("Best regards, Vestegnens Kiropraktik I/S", HEALTH)
    assert not _has("Vi er en ny klinik for fysioterapi og vil gerne tage imod borgere "
                    "med genoptræningsplan.", HEALTH)
    assert not _has("Vi samler ind til Danske Hospitalsklovne i maj.", HEALTH)
    # A person's own treatment at a firm stays.
    assert _has("Jeg går til fysioterapi hos Strandens Fysioterapi ApS efter min operation.",
                HEALTH)
