"""Round 10 (corpus12/15/16 new to tuning): CPR, property_trade, ethnicity,
sexual_orientation, belief and union.
Sentences of our own: each negative is a wording that was found before this round;
each positive is a person's own data that must stay (or was missed before).
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive.checks import check_class

C = "cpr"
P = "property_trade"
T = "ethnicity"
S = "sexual_orientation"
B = "belief"
U = "union"


def test_cpr_fine_fee_and_case_labels(detector: Detector) -> None:
    # A fine, a fee, a case or a payment id labels the CPR-shaped number after it; a
    # hyphenated label before "nr." counts; a verbal noun in -ing/-else that "har" a
    # number labels it, a person who "har" one does not.
    check_class(
        detector, C,
        ["Min søn har nr. 150388-1236 i jeres system, han er syg.",
         "Jeg skriver om min sag, mit cpr er 150388-1236.",
         "Klage over en sag om min far 150388-1236 som ikke er behandlet."],
        ["Jeg har fået en parkeringsbøde 0305231187 og vil klage.",
         "Klagen gælder p-afgiften (nr. 0512230914) fra i går.",
         "Angående sag 211175-3310: hvornår kommer svaret?",
         "Brevet har indbetalings-id 0907021188, men jeg har betalt.",
         "Bestillingerne har nr. 1004241120 og 1104241121 i jeres system."],
    )


def test_union_question_denied_or_other_association(detector: Detector) -> None:
    # A question about unions that names no one, a membership denied, a trust role or
    # a fee in an association that is no union; a past membership and a membership
    # said in a role frame stay.
    check_class(
        detector, U,
        ["Jeg er ikke længere medlem af HK, men vil gerne vide om jeg kan få hjælp.",
         "Jeg er fotograf og medlem af Dansk Journalistforbund, og jeg søger aktindsigt.",
         "Min kone er tillidsrepræsentant i FOA og har fået en advarsel.",
         "Jeg er medlem af BJMF og arbejder på byggepladsen ved skolen."],
        ["Hej\n\nHvilke fagforeninger har overenskomst for pædagogmedhjælpere i kommunen? "
         "Jeg starter snart.",
         "Er Krifa overhovedet en fagforening? Min nevø overvejer det.",
         "Jeg er hverken i a-kasse eller fagforening og har aldrig været medlem af nogen "
         "fagforening.",
         "Jeg er tillidsvalgt i vores grundejerforening og skriver om vejbelysningen.",
         "Vi er en lille forening med 30 medlemmer, og vores kontingent rækker kun til "
         "leje af salen.",
         "Jeg er tillidsvalgt i min boligforening og skriver om vejbelysningen.",
         "Kulturhuset holder debat, og 3F og HK har lovet at sende en repræsentant hver."],
    )


def test_property_bids_and_trades_not_held(detector: Detector) -> None:
    # A bid made without its amount, a final bid or a bid still to come, a reservation
    # in a compound, are pending trades; a sale denied, a firm's trade, a mediator, the
    # municipality's own plots, a trade done long ago and an adverb in "handlen er ...
    # afsluttet" are not.
    check_class(
        detector, P,
        ["Vi har budt på rækkehuset, men sælger svarer ikke.",
         "Min bror skal byde på fredag, før fristen udløber, på lejligheden i Vejleåparken.",
         "Vi har købt villaen, men der er finansieringsforbehold til mandag.",
         "Vi mangler jeres svar, før vi kan afgive et endeligt bud på grunden."],
        ["Vi har budt de nye naboer på vejen velkommen.",
         "Vi har ikke sat noget til salg endnu, men hvad koster en ejendomsoplysning, "
         "hvis man vil sælge?",
         "Emne: Andelsbolig\nNavn: Per Hansen\nHenvendelse: Hvem fastsætter prisen i en "
         "andelsboligforening?",
         "Et ejendomsselskab, som påtænker at byde på grunden, har spurgt om lokalplanen.",
         "Er der en mægler-ordning, hvis vi er i konflikt med naboen om hækken?",
         "Hvilke byggegrunde har kommunen til salg ved havnen?",
         "Vi købte rækkehuset i 2018, og handlen er for længst på plads, men vi mangler "
         "stadig et svar om fjernvarmen.",
         "Handlen er nu helt afsluttet, så hvornår kommer den nye skraldespand?"],
    )


def test_ethnicity_policy_things_groups_and_questions(detector: Detector) -> None:
    # Racism as a policy topic or a thing aimed at no one, an accusation of racism, a
    # group served or counted, a school's bilingual unit, mother-tongue teaching offered,
    # an organisation's name, a subject-line topic and a question about no one are no
    # one's origin; a believer from a country and racism aimed at a person stay.
    check_class(
        detector, T,
        ["Min nabo er sikh fra Indien og vil gerne bygge en carport.",
         "Min datter har fået racistiske beskeder fra en klassekammerat."],
        ["Har ungdomsskolen et forløb om racisme og fordomme?",
         "Vi savner en antiracisme-indsats i folkeskolen.",
         "Nogen har sprayet racistiske slogans på cykelskuret ved hallen.",
         "Jeg bliver kaldt racist, bare fordi jeg vil have flere p-pladser.",
         "Jeg søger en liste over foreninger for nydanskere til mine elever.",
         "Flere af spillerne med tyrkisk og kurdisk baggrund mangler træningstider.",
         "Kan I sende elevtal opdelt efter herkomst til min opgave?",
         "Vi vil gerne besøge skolens tosprogede klasse med vores lærerhold.",
         "Vi ønsker at kommunen tilbyder modersmålsundervisning i polsk.",
         "Emne: Modersmålsundervisning\nNavn: Per Hansen\nHenvendelse: Hvilke sprog "
         "kan man vælge?",
         "Hvad kræver det at blive gift på rådhuset som udenlandsk statsborger?"],
    )


def test_belief_atheism_vegans_parties_and_questions(detector: Detector) -> None:
    # No faith in God, leaving the church in the past tense, a vegan or vegetarian for
    # ethical reasons, Bahá'í, Jehovah's Witnesses, standing or working for a party are
    # convictions; a question about no one and an opinion called political are not.
    check_class(
        detector, B,
        ["Min mand tror ikke længere på Gud og vil ikke have barnet døbt.",
         "Vi trådte ud af folkekirken i fjor og vil begrave min far borgerligt.",
         "Min datter er vegetar af etiske årsager, kan skolen tage hensyn til det?",
         "Min familie er bahai, og vi fejrer nytår i marts.",
         "My wife and I are Jehovah's Witnesses, so our son skips the party.",
         "Jeg stillede op for Radikale Venstre i 2021 og kender reglerne."],
        ["Hvornår har Den Islamiske Forening i Vallensbæk åbent hus?",
         "Navn: Per Hansen\nHenvendelse: Findes der en vegetarisk ret i kantinen på "
         "rådhuset?",
         "Kommunen skal bruge pengene på vejene. Det er min politiske holdning."],
    )


def test_orientation_second_parent_signatures_and_events(detector: Detector) -> None:
    # A child's second parent of the same sex, a partner of the writer's sex when the
    # writer signs after a slash, in a form's name field or in the mail's own "Fra:"
    # header; a plan against homophobia, an event named by a compound and a question
    # about no one are no one's orientation.
    check_class(
        detector, S,
        ["Lærke bliver hentet af sin mor i dag og af hendes anden mor på fredag.",
         "Vi er begge hans fædre og vil gerne til forældremødet.",
         "ok, jeg kommer med min mand Jonas til mødet\n/Peter",
         "Emne: Barsel\nNavn: Thomas Berg\nHenvendelse: Min mand Kasper og jeg skal "
         "adoptere. Hvem taler vi med?",
         "Fra: Omar Hassan\nSendt: 3. marts 2026\nEmne: Bolig\n\nMin mand Yusuf og jeg "
         "søger en større lejlighed."],
        ["Har kommunen en strategi mod homofobi i idrætsforeningerne?",
         "Kan klubben holde et LGBT+-foredrag for forældrene i efteråret?",
         "Hvornår er der queer-fest i klubben?"],
    )


def test_round10_late_classes(detector: Detector) -> None:
    # A question whose only people stand in a condition after the hit is about no
    # one; a union's own staff writing "vi er fra <union>" is no one's membership; a
    # partner named with a nationality adjective, and Latin American first names, give
    # a same-sex couple.
    check_class(
        detector, B, [],
        ["Serverer kommunens vuggestuer halal, hvis forældrene beder om det?"],
    )
    check_class(
        detector, U, [],
        ["Hej\n\nVi er fra HK Hovedstaden og vil gerne have en stand på jobmessen i maj."
         "\n\nMed venlig hilsen\nHK Hovedstaden"],
    )
    check_class(
        detector, S,
        ["Vi flyttede hertil, min hollandske kone Sanne og jeg.\n\nMvh Louise",
         "Min kone Eva og jeg søger om ny bolig.\n\nVenlig hilsen\nValeria Gómez"],
        ["Vi flyttede hertil, min hollandske kone Sanne og jeg.\n\nMvh Tobias"],
    )
