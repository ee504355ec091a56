"""Part B: website contact-form submissions (Emne / Navn / Telefon / Henvendelse)."""
from common import M

M("h", """
Emne: Hjælpemidler
Navn: Egon Thomsen
Telefon: 43 73 11 90
Henvendelse: Jeg har fået amputeret venstre ben under knæet og mangler stadig en kørestol til indendørs brug. Hvor lang er ventetiden?
""")

M("", """
Emne: Hjælpemidler
Navn: Egon Frandsen
Telefon: 43 73 18 22
Henvendelse: Hvor afleverer man en kørestol, som kommunen har udlånt? Vi har fundet en i kælderen efter den tidligere lejer.
""")

M("e", """
Emne: Huslejerestance
Navn: Sabrina Poulsen
Telefon: 31 56 22 08
Henvendelse: jeg skylder 3 mdr husleje og boligselskabet truer med udsættelse. kan kommunen hjælpe med et lån?
""")

M("", """
Emne: Boligselskaber
Navn: Niels Eriksen
Telefon: 61 18 40 33
Henvendelse: Hvilke boligselskaber har lejligheder i Ishøj Strandpark, og hvor skriver man sig op?
""")

M("e", """
Emne: Enkeltydelse
Navn: Mikkel Dam
CPR: [[150689-2213]]
Telefon: 28 90 14 77
Henvendelse: Mit køleskab er gået i stykker og jeg er på kontanthjælp. Kan jeg søge om enkeltydelse til et nyt?
""")

M("", """
Emne: Ordre
Navn: Mikkel Damgaard
Telefon: 28 90 11 45
Henvendelse: Jeg har bestilt en ekstra affaldsspand, ordrenr. 1506892213, men den er ikke kommet. Hvornår leveres den?
""")

M("t", """
Emne: Modersmålsundervisning
Navn: Merve Yilmaz
Telefon: 42 11 56 39
Henvendelse: Vi er kurdere fra Tyrkiet, og vores søn taler kurdisk derhjemme. Tilbyder skolen modersmålsundervisning i kurmanji?
""")

M("", """
Emne: Modersmålsundervisning
Navn: Merete Holst
Telefon: 42 18 56 20
Henvendelse: Hvilke sprog tilbyder kommunen modersmålsundervisning i? Jeg skal bruge det til en opgave på pædagogstudiet.
""")

M("s", """
Emne: Forældrebrev
Navn: Nikolaj Friis
Telefon: 53 22 91 40
Henvendelse: Vores søn får breve stilet til "mor og far". Han har to fædre, min mand Emil og mig. Kan systemet ændres så der står "forældre"?
""")

M("", """
Emne: Forældreintra
Navn: Nikolaj Frost
Telefon: 53 22 14 98
Henvendelse: Kan man få forældrebreve på både dansk og engelsk? Min kæreste læser ikke dansk.
""")

M("b", """
Emne: Skolemad
Navn: Harpreet Kaur
Telefon: 26 44 18 70
Henvendelse: Vi er sikher og spiser vegetarisk af religiøse grunde. Kan vores datter få vegetarisk skolemad uden at vi skal betale ekstra?
""")

M("", """
Emne: Skolemad
Navn: Henriette Krag
Telefon: 26 44 10 61
Henvendelse: Er der en vegetarisk mulighed i skolemadsordningen? Og hvad koster den pr. måned?
""")

M("u", """
Emne: Løntilskud
Navn: Jimmi Hansen
Telefon: 40 77 33 19
Henvendelse: Jeg er medlem af Dansk Metal, og de siger at jeg har ret til løntilskud efter 6 mdr. Stemmer det?
""")

M("e", """
Emne: Ledighed
Navn: Jimmi Holm
Telefon: 40 77 31 02
Henvendelse: har været ledig i 8 mdr og er ikke medlem af nogen a-kasse. kan jeg få løntilskud?
""")

M("p", """
Emne: Ejendomshandel – skel
Navn: Susanne Lind
Telefon: 22 60 04 81
Henvendelse: Vi har solgt vores hus på Kirkebjerg Allé betinget af at skelforholdene er i orden. Køberens advokat venter på en skelerklæring fra kommunen – overtagelsen er først 1. juni. Hvornår kan vi få den?
""")

M("", """
Emne: Skel
Navn: Susanne Lyng
Telefon: 22 60 71 55
Henvendelse: Hvordan får man en landinspektør til at afsætte skellet? Det er et spørgsmål om hæk mellem os og naboen.
""")

M("h", """
Emne: Handicapparkering
Navn: Gitte Kjær
Telefon: 29 18 55 04
Henvendelse: Jeg har KOL og kan højst gå 50 m. Kan jeg få en handicapparkeringsplads foran min opgang på Vejlebrovej 62?
""")

M("", """
Emne: Handicapparkering
Navn: Gitte Kruse
Telefon: 29 18 55 71
Henvendelse: Hvorfor er der kun to handicappladser ved Ishøj Bibliotek? Der er altid optaget.
""")

M("he", """
Emne: Sygedagpenge
Navn: Rasmus Bech
CPR-nr.: [[030277 1457]]
Telefon: 30 14 88 21
Henvendelse: Mine sygedagpenge er stoppet, men jeg er stadig sygemeldt med depression. Jeg har sendt lægeerklæringen to gange.
""")

M("", """
Emne: Sygedagpenge
Navn: Rasmus Beck
Telefon: 30 14 80 66
Henvendelse: Hvor længe kan man som udgangspunkt få sygedagpenge? Jeg er HR-ansvarlig i en virksomhed i Ishøj og skal informere medarbejderne.
""")

M("t", """
Emne: Tolk
Navn: Dragana Petrović
Telefon: 52 19 60 38
Henvendelse: Jeg er serber og min mor taler ikke dansk. Kan hun få en serbisk tolk med til lægen i Sundhedshuset?
""")

M("", """
Emne: Tolk
Navn: Dorte Pedersen
Telefon: 52 19 60 10
Henvendelse: Har kommunen en liste over godkendte tolke? Vi er et privat firma der søger samarbejde.
""")

M("e", """
Emne: Friplads
Navn: Anita Sørensen
Telefon: 61 70 34 52
Henvendelse: Jeg er alene med to børn og tjener 19.000 før skat. Kan jeg få friplads i vuggestuen?
""")

M("", """
Emne: Friplads
Navn: Anita Storm
Telefon: 61 70 91 16
Henvendelse: Hvor er indkomstgrænsen for økonomisk friplads i 2025?
""")

M("b", """
Emne: Navngivning
Navn: Peter Aagaard
Telefon: 20 84 71 12
Henvendelse: Jeg er medlem af Humanistisk Samfund og vil gerne holde en ikke-religiøs navngivning for min datter i Ishøj Kulturhus. Kan man leje salen til det?
""")

M("", """
Emne: Leje af lokaler
Navn: Peter Aagesen
Telefon: 20 84 31 90
Henvendelse: Hvad koster det at leje salen i Kulturhuset en lørdag? Vi skal holde 50-års fødselsdag.
""")

M("hu", """
Emne: Arbejdsskade
Navn: Lone Bak
Telefon: 27 31 46 90
Henvendelse: Jeg er pædagog og medlem af BUPL. Jeg fik et slag i hovedet af et barn og har hjernerystelse. Min TR siger jeg skal anmelde det til jer som arbejdsgiver – hvordan?
""")

M("", """
Emne: Arbejdsskade
Navn: Lone Bang
Telefon: 27 31 12 58
Henvendelse: Hvor finder man kommunens blanket til anmeldelse af arbejdsskade? Jeg er leder af en privat børnehave.
""")

M("s", """
Emne: Foreningstilskud
Navn: Jakob Rask
Telefon: 60 48 90 21
Henvendelse: Jeg er selv homoseksuel og vil starte en LGBT+-ungdomsklub i Ishøj. Kan vi søge foreningstilskud?
""")

M("", """
Emne: Foreningstilskud
Navn: Jakob Rønne
Telefon: 60 48 22 70
Henvendelse: Hvornår er ansøgningsfristen for foreningstilskud til nye foreninger? Vi er en skakklub.
""")

M("p", """
Emne: Andelsbolig
Navn: Hans-Erik Møller
Telefon: 24 41 77 63
Henvendelse: Jeg er ved at sælge min andel i A/B Strandhaven. Køber har trukket sig, og nu er der en ny køber der vil have en byggetilladelse til altanen vist. Haster.
""")

M("", """
Emne: Andelsbolig
Navn: Hans-Erik Madsen
Telefon: 24 41 10 35
Henvendelse: Må en andelsboligforening selv bestemme maksimalprisen, eller er der kommunale regler?
""")

M("e", """
Emne: Anbringelse
Navn: Rikke Jeppesen
Telefon: 71 44 08 25
Henvendelse: Min søn blev anbragt i marts og jeg har ikke set ham i 5 uger. Hvornår kan jeg få samvær?
""")

M("", """
Emne: Plejefamilie
Navn: Rikke Jensen
Telefon: 71 44 21 30
Henvendelse: Vi overvejer at blive plejefamilie. Hvad kræver det, og holder kommunen informationsmøder?
""")

M("h", """
Emne: Genoptræning
Navn: Flemming Kure
CPR: [[121148-0715]]
Telefon: 43 54 17 29
Henvendelse: Er udskrevet efter blodprop i hjernen. Hospitalet har sendt genoptræningsplan. Hvornår hører jeg fra jer?
""")

M("", """
Emne: Genoptræning
Navn: Flemming Kirk
Telefon: 43 54 88 01
Henvendelse: Hvor ligger genoptræningscentret, og er der parkering?
""")

M("t", """
Emne: Klage over naboer
Navn: Oskar Lund
Telefon: 93 50 24 18
Henvendelse: Jeg er adopteret fra Colombia og naboen i opgangen kalder mig ting jeg ikke vil skrive her, pga. min hudfarve. Boligselskabet gør intet.
""")

M("", """
Emne: Klage over naboer
Navn: Oskar Lindholm
Telefon: 93 50 61 47
Henvendelse: Naboen spiller høj musik hver nat. Er det noget kommunen kan gøre, eller skal jeg gå til boligselskabet?
""")

M("b", """
Emne: Bønnerum
Navn: Amina Hassan
Telefon: 50 33 19 82
Henvendelse: Jeg er muslim og går på sprogskolen. Er der et stille rum hvor jeg kan bede i frikvarteret?
""")

M("", """
Emne: Stillerum
Navn: Anne Hasselbalch
Telefon: 50 33 42 05
Henvendelse: Har rådhuset et stillerum eller ammerum man kan bruge når man venter i Borgerservice?
""")

M("u", """
Emne: Kontingent
Navn: Tina Vestergaard
Telefon: 42 98 10 33
Henvendelse: Jeg er i Krifa og har fået at vide at fagforeningskontingentet kan trækkes fra i skat. Er det kommunen eller Skat der skal ændre min forskudsopgørelse?
""")

M("", """
Emne: Skat
Navn: Tina Vedel
Telefon: 42 98 17 70
Henvendelse: Kan kommunen hjælpe med forskudsopgørelsen, eller skal jeg ringe til Skattestyrelsen?
""")

M("he", """
Emne: Handicaptillæg
Navn: Brian Ottosen
CPR: [[2208914073]]
Telefon: 31 20 77 58
Henvendelse: Jeg er SU-modtager med ADHD og autisme og vil søge handicaptillæg. Skal kommunen udfylde noget?
""")

M("", """
Emne: SU
Navn: Brian Olsen
Telefon: 31 20 10 94
Henvendelse: Er det kommunen eller Uddannelses- og Forskningsstyrelsen der behandler handicaptillæg til SU? Spørger for min klasse.
""")
