"""Round 10 (corpus12/15/16 classes), health and economy_social precision: context/
(subject lines, questions after a form label or a wish to know, services denied, an
employer's unnamed staff, a care service as a provider), exclusions.yaml version 14
(an employer's refund, a department) and economy_social.yaml version 13
(consumer loans).
Sentences of our own: each hard negative is a wording that raised the category before
this round; each positive is a person's own circumstances that must stay.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive.checks import check_class

E = "economy_social"
H = "health"


def test_subject_line_names_a_topic(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Emne: Boligstøtte\n\nJeg har fået afslag på boligstøtte og forstår ikke hvorfor.",
         "Emne: Min mors plejebolig\n\nHvornår kan hun flytte ind?",
         "Emne: Flytning pga. huslejerestance\nVi skal flytte til en mindre lejlighed."],
        ["Emne: Boligstøtte\nNavn: Per Lund\nHenvendelse: Hvilke papirer skal I bruge, "
         "når en ansøgning behandles?",
         "Emne: Sv: Kontanthjælp\n\nTak for svaret om åbningstiderne."],
    )
    check_class(
        detector, H,
        ["Emne: Genoptræning\n\nJeg har brækket benet og skal genoptrænes."],
        ["Emne: Hjælpemidler\nNavn: Ole Berg\nTelefon: 22 33 44 55\nHenvendelse: "
         "Hvornår har depotet åbent i julen?"],
    )


def test_question_after_a_form_label_or_a_wish_to_know(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg vil gerne vide, hvornår jeg får min kontanthjælp?",
         "Navn: Ib\nHenvendelse: Hvorfor er min boligstøtte blevet sat ned?"],
        ["Navn: Ib Holm\nTelefon: 40 50 60 70\nHenvendelse: Hvordan søger man et fleksjob?",
         "Hej, jeg vil gerne vide hvordan man ansøger om boligstøtte?",
         "Ole – hvordan sender man en underretning om et barn?",
         "Hvor meget må man tjene ved siden af, før det påvirker dagpengene?"],
    )
    check_class(
        detector, H,
        ["Hvor ligger genoptræningscentret, jeg skal derhen med mit knæ?"],
        ["Hvor ligger genoptræningscentret?",
         "Hvor finder man alkoholrådgivningen i kommunen?"],
    )


def test_service_or_illness_denied(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min far har hjemmehjælp to gange om ugen.",
         "Vi får ikke boligstøtte længere, selvom vi har søgt igen."],
        ["Min far har ingen hjemmehjælp, men naboen kigger ind hver dag.",
         "Jeg er ikke på nogen ydelse, jeg spørger for en ven der er flyttet.",
         "Min mormor har ikke hjemmepleje endnu, så hvem tjekker hendes dørlås?"],
    )
    check_class(
        detector, H,
        ["Min kollega er syg og kan ikke komme til mødet."],
        ["Vores kok er på ferie, ikke syg, så køkkenet holder åbent."],
    )


def test_employer_staff_not_named(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg er i fleksjob hos en tømrer og har fået ny kontrakt."],
        ["Vores forening har 3 ansatte i fleksjob. Skal vi indberette timerne hver måned?"],
    )
    check_class(
        detector, H,
        ["Vores medarbejder Lise er sygemeldt, og hun har bedt os kontakte jer."],
        ["Jeg driver en bager og har en medarbejder, der er langtidssygemeldt. Hvilke "
         "blanketter skal jeg udfylde?"],
    )


def test_care_service_as_provider_or_landmark(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min mor får hjemmepleje fra en privat firma, og de kommer for sent."],
        ["Jeg arbejder for en leverandør af hjemmehjælp og vil høre om næste kontrakt.",
         "Hvordan fungerer frit valg i hjemmeplejen, når en ny firma kommer til?",
         "Kan kommunen sælge grunden ved siden af plejehjemmet til en købmand?"],
    )


def test_employer_refund_and_department(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har været syg i fem uger og har ikke fået mine sygedagpenge."],
        ["Som arbejdsgiver venter vi på sygedagpengerefusionen for april.",
         "Til sygedagpengeafdelingen: hvornår holder I lukket i påsken?"],
    )


def test_consumer_loans_are_debt(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Vi har 80.000 i forbrugslån og kan ikke få det til at hænge sammen.",
         "Han har taget tre sms-lån i år."],
        [],
    )


def test_foster_children_sanctions_and_signing_off(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Vores plejesøn skal starte i 3. klasse efter sommerferien.",
         "Vi har haft en pige på 9 i pleje siden foråret.",
         "Jeg har fået en sanktion, fordi jeg kom for sent til et møde.",
         "Min bror er i nytteindsats og må ikke holde fri.",
         "Jeg er startet på et lager og skal afmeldes som ledig.",
         "Fagforeningen hjalp mig slet ikke med min fyring.",
         "Kommunen vil lave en § 50-undersøgelse af vores datter.",
         "Vi bor på et asylcenter indtil vi får en lejlighed."],
        ["Byrådet har truffet beslutning om asylcentret ved motorvejen.",
         "Hvornår holder asylcentret åbent hus?"],
    )


def test_lump_found_and_hormone_treatment(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Lægen fandt en knude under min arm.",
         "Min datter er i hormonbehandling og er meget træt."],
        [],
    )


def test_scheme_rules_lists_and_fields(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har fået afslag på en enkeltydelse til briller.",
         "Min søn er anbragt, og jeg vil gerne se ham oftere."],
        ["Må jeg se jeres vejledning for enkeltydelser til medicin?",
         "Jeg vil gerne have en oversigt over hvilke tillæg man kan søge som pensionist.",
         "Vi drøfter de seneste tal for ledighed og kontanthjælp på mødet.",
         "Jeg er forsker og skriver om anbringelsesområdet i Region Hovedstaden.",
         "Hvad er indkomstgrænsen for at få friplads i SFO?",
         "Kan arbejdsgivere få lønnen refunderet, når en ansat er syg?"],
    )


def test_reply_subject_and_job_under_the_name(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Sv: Kontanthjælp\n\nJeg har stadig ikke fået min kontanthjælp for maj.",
         "Hej\n\nMin socialrådgiver svarer ikke.\n\nMvh\nPia Lund"],
        ["Sv: Kontakt til socialrådgiver\n\nHar I også åben rådgivning om lørdagen?",
         "Hej\n\nKan jeg få tilsendt jeres årsrapport for 2024?\n\nMed venlig hilsen\n"
         "Pia Lund\nSocialrådgiver"],
    )


def test_alcohol_served_and_sick_leaves_counted(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min far drikker alkohol hver dag og falder tit.",
         "Jeg er sygemeldt med en brækket arm."],
        ["Må der serveres alkohol til konfirmationen i medborgerhuset?",
         "Børnehaven har fire sygemeldinger og ingen vikarer denne uge."],
    )


def test_home_care_on_a_schedule(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Hjemmehjælpen kommer hver fredag og gør rent.",
         "Hjemmeplejen kommer tre gange om dagen, men det er ikke nok."],
        ["Hjemmesygeplejersken kommer to gange om ugen og skifter forbindingen."],
    )


def test_support_services_and_psychiatric_stays(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min søster har fået en støtte kontaktperson, men hun kommer aldrig.",
         "Jeg skal til møde i rehabiliteringsteamet på torsdag.",
         "Jeg vil søge handicaptillæg, fordi jeg ikke kan have et studiejob."],
        [],
    )
    check_class(
        detector, H,
        ["Undskyld det sene svar, var på psykiatrisk i ti dage.",
         "Min mand har agorafobi og kan ikke komme til mødet."],
        [],
    )


def test_question_marked_as_general(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har mistet mit job og vil gerne vide, hvad jeg generelt har ret til."],
        ["Jeg er selvstændig og vil gerne vide, hvad der generelt sker, hvis man bliver "
         "fyret.",
         "Jeg skriver til jer, fordi jeg gerne vil vide, om man som udgangspunkt kan få "
         "kontanthjælpen udbetalt før tid."],
    )


def test_doctor_in_an_app_name(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min læge vil ikke forny min recept.",
         "Min diabetes-app viser for højt blodsukker hver morgen."],
        ["Husk at I kan bestille tid via Min Læge-appen hele sommeren."],
    )


def test_child_psychiatrist_and_named_disorders(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Vores søn går hos en børnepsykiater hver anden uge.",
         "Min datter har en tilknytningsforstyrrelse og har svært ved skift."],
        [],
    )
