"""Part F: union members and representatives, workplace disputes, and the property trades of ordinary people."""
from common import M

M("u", """
Til borgerrådgiveren

Jeg har været medlem af FOA siden 2009 og arbejder som SOSU-hjælper. Min klage er over, at kommunens hjemmeside siger, at man kan søge job i hjemmeplejen uden at have børneattest, men så krævede de den alligevel. Jeg mistede en vagt.

Hilsen Jeanette Møller
""")

M("u", """
Hej Lars

kort: jeg er i dansk metal og vi er 14 på værkstedet der har skrevet under mod at kommunen lukker busruten til industrikvarteret. vedhæfter listen.

/Brian
""")

M("", """
Hej Lars. Vi er 14 på værkstedet i industrikvarteret, der har skrevet under mod at kommunen lukker busruten. Vedhæfter listen.
""")

M("ue", """
Til Jobcentret / kopi til udvalgsformanden

Den 1. juni blev jeg afskediget fra Ishøj Tæppecenter. Min fagforening, HK Handel, siger, at jeg skal være tilmeldt jobcentret fra første ledighedsdag, og det var jeg. Alligevel siger a-kassen, at jobcentret har registreret mig forkert fra den 8. juni, og jeg mister en uges dagpenge.

Venlig hilsen
Susanne Friis
""")

M("u", """
Kære udvalgsformand

Som fællestillidsrepræsentant for DSR i Ishøj Kommunes hjemmesygepleje vil jeg på medlemmernes vegne bede om et møde om bilordningen. Vi kører i egne biler uden fuld godtgørelse.

Venlig hilsen
Birgitte Sonne, FTR
""")

M("", """
Kære udvalgsformand

Jeg er chefkonsulent i Dansk Sygeplejeråd og skriver på organisationens vegne om kørselsgodtgørelse i hjemmesygeplejen. Vi anbefaler, at kommunen følger statens takster.

Venlig hilsen
Louise Kjær, DSR
""")

M("ub", """
Til Økonomiudvalget

Jeg er Djøf-medlem og jurist, og jeg er medlem af Radikale Venstre i Ishøj. Jeg vil påpege, at kommunens beslutning om at lukke borgerservice om onsdagen ikke er lovligt varslet. Der skal være høring efter styrelsesloven, mener jeg.

Venlig hilsen
Anders Vibe
""")

M("", """
Til Økonomiudvalget

Vi klager over at borgerservice nu holder lukket om onsdagen. Mange ældre kan ikke bruge computer. Ishøj Ældreråd beder udvalget genoverveje.

Med venlig hilsen
Ishøj Ældreråd
""")

M("u", """
Til borgmesteren

Jeg var i 22 år medlem af Malerforbundet, indtil jeg gik på pension. Jeg skriver fordi rådhusets facade er malet med en maling, der skaller af efter et år. Det er sjusk fra entreprenøren.

Mvh Verner Aagesen
""")

M("", """
Til borgmesteren

Rådhusets facade skaller af. Hvem har stået for malerarbejdet, og er der garanti? Det ser sjusket ud.

Mvh en borger
""")

M("uhe", """
Til Jobcentret

Jeg har en arbejdsskade fra lageret – en knust fod – og er sygemeldt. Min fagforening 3F har anmeldt det til Arbejdsmarkedets Erhvervssikring. Nu vil I have mig til "opfølgningssamtale" på Jobcentret om to dage. Jeg kan ikke gå.

Venlig hilsen
Kenneth Lauritzen
cpr-nr. [[210373-0457]]
""")

M("u", """
Hej Anja

Jeg er TR for IDA-medlemmerne i kommunens IT-afdeling. Vi oplever, at IT-sikkerheden er under pres, og vi vil gerne præsentere vores bekymringer for Økonomiudvalget.

Mvh Rasmus Gade
""")

M("", """
Hej Anja. Vil Økonomiudvalget se på IT-sikkerheden i kommunen? Jeg læste at nabokommunen blev hacket.
""")

M("u", """
Kære borgerrådgiver

Jeg er ikke længere medlem af Krifa – jeg meldte mig ud i 2022 – men de sender stadig opkrævninger og siger at kommunen har oplyst, at jeg er ansat hos jer. Har I sendt oplysninger om mig til Krifa?

Mvh Mette Buus
""")

M("", """
Kære borgerrådgiver

Kan kommunen give oplysninger om ansatte til fagforeninger uden samtykke? Jeg spørger principielt – jeg har hørt om en sag i en anden kommune.

Hilsen Preben
""")

M("ue", """
Til borgerrådgiveren

Jeg er medlem af Lederne og var leder i en privat virksomhed, indtil jeg blev fyret i august. Jobcentret har nu sendt mig i virksomhedspraktik som kassemedarbejder. Det giver ingen mening for mig, og min a-kasse er enig.

Mvh Carsten Bro
""")

M("", """
Til Jobcentret

Hvilke virksomheder i Ishøj tager imod praktikanter gennem jobcentret? Vi er et mindre firma og kunne godt være interesseret.

Mvh Ishøj VVS ApS
""")

M("u", """
Til Kultur- og Fritidsudvalget

Vi er en gruppe pensionerede medlemmer af Blik- og Rørarbejderforbundet, som mødes hver torsdag i Ishøj Seniorklub. Vi mister vores lokale, når klubben flytter. Kan vi få et andet?

Venlig hilsen
Holger Skov
""")

M("p", """
Kære Per Lund

Min svigermor har sat sit kolonihavehus i Haveforeningen Strandlyst til salg, og vi har en køber, som venter på, at kommunen svarer på, om udestuen er lovlig. Uden svar trækker han sig. Det haster.

Hilsen Lars Brink
""")

M("", """
Kære Per Lund

Hvad er reglerne for størrelsen på kolonihavehuse i Haveforeningen Strandlyst? Vi vil bygge en udestue.

Hilsen Ole
""")

M("p", """
Til Teknik og Miljø

Jeg er ejendomsmægler, og min klient er ved at sælge Torslunde Bygade 9. Køberen har taget forbehold for, at kommunen bekræfter, at der ikke er påbud på ejendommen. Vi har ventet tre uger. Sælger: Hanne og Erik Møller.

Venlig hilsen
Tina Vest, Home Ishøj
""")

M("", """
Til Teknik og Miljø

Hvor lang er sagsbehandlingstiden på en ejendomsoplysning fra kommunen? Jeg er ejendomsmægler og oplever ventetider på op til fire uger. Det er for lang tid.

Venlig hilsen
Tina Vest, Home Ishøj
""")

M("p", """
Hej

Jeg har givet et bud på en grund på Vejlebrovej, som kommunen har sat til salg. Nu står der på hjemmesiden, at "budfristen er forlænget". Er mit bud stadig gældende? Bud nr. 2024-07.

Mvh Jacob Siig
""")

M("", """
Hej. Hvornår er budfristen på kommunens grunde på Vejlebrovej? Jeg kan ikke finde det på hjemmesiden.
""")

M("p", """
Til Økonomiudvalget

Som ejer af Ishøj Auto ApS er jeg i forhandlinger med kommunen om køb af nabogrunden (matr. 14ab). Forhandlingerne har stået stille siden maj, og jeg mister en lejer, hvis vi ikke får afklaring. Pris er næsten aftalt: 4,2 mio.

Mvh Bjarne Holt
""")

M("", """
Til Økonomiudvalget

Vi har købt erhvervsgrunden på Industrivej 18 af kommunen i 2021. Handlen blev afsluttet, men vi har aldrig fået refusion for de 45.000 kr. i kloakbidrag. Kan I se på det?

Mvh Dansk Emballage A/S
""")

M("pe", """
Kære borgerrådgiver

Vi skal sælge vores hus på Ishøj Landevej, fordi vi ikke kan betale renterne efter min mands fyring. Ejendomsmægleren siger, at en køber er interesseret, men at kommunens forsyning har et udestående på 22.000 kr., som skal betales før handlen kan gå igennem. Vi har ikke pengene.

Venlig hilsen
Bodil Krog
""")

M("p", """
Hej Sanne

Vi har fået at vide af en ejendomsmægler, at vores naboer i nr. 16 har solgt til en køber, men at handlen "afhænger af kommunens lokalplan". Er der en ny lokalplan på vej, som kan påvirke vores hus også?

Hilsen Dorthe Kjær, Kirkebjerg Allé 14
""")

M("", """
Hej Sanne. Kommer der en ny lokalplan for Kirkebjerg Allé? Vi har hørt rygter og vil gerne vide det.
""")

M("ph", """
Til Teknik- og Miljøudvalgets formand

Jeg er 82 og er blevet svagere efter en hjerneblødning i foråret. Jeg har derfor sat mit hus til salg og skal flytte i en lejlighed. Køberen har underskrevet, men advokaten siger der mangler en færdigmelding på en tagudskiftning fra 1998. Kan den findes?

Mvh Inge Marie Poulsen
""")

M("", """
Til Teknik og Miljø

Vi mangler en færdigmelding på en tagudskiftning fra 1998 på vores hus. Kan I finde den i arkivet? Adressen er Klintevej 22. Vi har boet her i 30 år.

Mvh familien Kjær
""")

M("p", """
Hej Mikkel

vi er ved at købe et rækkehus i Ishøj Søpark. vi har underskrevet med advokatforbehold, og advokaten har fundet en gammel servitut om at kommunen skal godkende alle salg. er det rigtigt? hvis ja, hvor lang tid tager det? vi har solgt vores lejlighed i Valby og skal flytte 1/2

mvh Laura og Magnus
""")

M("p", """
Til Borgerrådgiver

Jeg vil klage over, at kommunen ikke har svaret på min ansøgning om forkøbsret til den kommunale ejendom på Ishøj Bygade 4, som jeg lejer som butik. Den er sat til salg, og jeg har afgivet bud den 4. oktober.

Venlig hilsen
Ali Demir, Demirs Frisør
""")

M("pu", """
Kære Anja

Jeg er tillidsrepræsentant i 3F for chaufførerne i Movia-selskabet, men skriver privat: vi har solgt vores lejlighed og er ved at købe hus på Vejleåvej. Købet er betinget af, at vi kan få lov til at bygge carport. Byggesagen har ligget i 9 uger.

Mvh Jan Kofoed
""")

M("", """
Kære Anja

Byggesagsbehandlingen i Ishøj er for langsom. Jeg har ventet 9 uger på en carporttilladelse. Gennemsnittet i andre kommuner er 4 uger. Hvad vil byrådet gøre?

Mvh Torben Damsgaard
""")
