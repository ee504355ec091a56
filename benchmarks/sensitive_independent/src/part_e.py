# Hard negatives: no sensitive personal data (categories = []).
from common import M, C

M("", """
Hej

Hvad er åbningstiderne i Sundhedshuset i påsken? Jeg skal aflevere en pakke til en af de ansatte.

Mvh
Birgit
""")

M("", """
Hej

Hvornår åbner den nye moské ved Ishøj Strandvej? Jeg bor lige overfor og vil gerne vide, om der kommer mere trafik på vores vej i weekenderne.

Venlig hilsen
Poul Erik Hansen
""")

M("", """
Kære byrådsmedlem

Jeg vil opfordre dig til at arbejde for flere parkeringspladser ved Ishøj Station. Om morgenen er der ikke en ledig plads efter kl. 7.15, og folk parkerer ulovligt på græsset.

Med venlig hilsen
Finn Gregersen
""")

M("", """
Hej Opkrævningen

Jeg har betalt faktura nr. 1203241456 på 1.875,00 kr. den 14.03.2025 fra reg.nr. 2191 kontonr. 6281234567, men har nu fået en rykker. Kan I tjekke det?

Mvh
Jens Holm
""")

M("", """
Hej

Jeg har bestilt en ny affaldsbeholder (ordrenr. 3110240987) den 31. oktober, men den er ikke kommet. Kundenummer 0701851234. Hvornår kan jeg forvente den?

Venlig hilsen
Bodil Juhl
""")

M("", """
Til Ishøj Kommune

Vores firma har skiftet adresse. Ny adresse: Industrivej 14, 2635 Ishøj. CVR 38291746, P-nr. 1003456789. Fakturaer bedes fremover sendt til EAN 5798000201234.

Med venlig hilsen
Bogholderiet, Ishøj Maskinudlejning ApS
""")

M("", """
Hej

Jeg skrev til jer i februar om den ødelagte lygtepæl ud for Vejlebrovej 60 og fik sagsnr. 24/18231. Der er stadig ikke sket noget, og det er helt mørkt om aftenen. Hvornår bliver den repareret?

Mvh
Kirsten Lauridsen
""")

M("", """
Hej

Jeres brev af 12.03.2025 (j.nr. 2025-015678) om vejbidrag til asfaltering af Tranegildevej - hvordan er beløbet på 14.250 kr. beregnet?

Venlig hilsen
Ole Friis
""")

M("", """
Hej

Der er et hul i vejen på hjørnet af Gildbrovej og Ishøj Stationsvej, der er så dybt, at min cykel næsten knækkede i går. Det er farligt for børnene på vej til skole.

Mvh
Annette
""")

M("", """
Hej

Vores skraldespand er ikke blevet tømt i tre uger. Vi bor på Ishøj Søvej 17. Restaffald skulle tømmes tirsdag i uge 10.

Mvh
Familien Kjær
""")

M("", """
Hej

Hvornår er genbrugspladsen åben i sommerferien? Jeg skal af med en gammel sofa og et køleskab.

Hilsen Per
""")

M("", """
Hej

Hvad koster det at leje gymnastiksalen på Vejleå Skole til en fødselsdag for 30 børn lørdag den 17. maj kl. 10-14?

Mvh
Maja Lund
""")

M("", """
Kære borgmester

Tak for den nye legeplads i Strandgårdsparken. Mine børnebørn elsker den. Men kunne der komme en bænk mere til os bedsteforældre?

Mvh
Grethe
""")

M("", """
Hej

Hvilke fagforeninger deltager i jobmessen på rådhuset den 3. april? Jeg vil gerne vide, om der kommer nogen fra byggefagene.

Venlig hilsen
Mads
""")

M("", """
Hej

Hvornår holder Ishøj Kirke julegudstjeneste for skolerne i år? Vi skal planlægge kørslen for børnehaveklassen.

Mvh
Pernille, skolesekretær
""")

M("", """
Hej

Hvornår er der Pride-arrangement i Ishøj i år, og skal man tilmelde sig paraden?

Hilsen
Sara
""")

M("", """
Hej

Vi købte huset på Gadekærvej 12 i 2019, og handlen er for længst på plads. Nu vil vi gerne bygge en udestue på 18 m². Skal vi søge byggetilladelse?

Mvh
Karsten og Lene Bruun
""")

M("", """
Hej

Hvornår begynder kommunen at sælge byggegrundene i den nye udstykning ved Ishøj Landsby, og hvor bliver de annonceret?

Mvh
Peter
""")

M("", """
Hej

Min mand og jeg vil gerne klage over støjen fra byggepladsen ved Ishøj Bycenter. De starter kl. 6.00 om morgenen, også lørdag.

Venlig hilsen
Hanne Munk
""")

M("", """
Hej

Hvor kan man blive vaccineret mod influenza i Ishøj i år? Er det på apoteket eller hos lægen?

Mvh
Jørgen
""")

M("", """
Hej

Har Borgerservice tolkebistand på arabisk og tyrkisk? Jeg arbejder i en frivillig forening og vil gerne kunne henvise folk korrekt.

Venlig hilsen
Kathrine, Ishøj Frivilligcenter
""")

M("", """
Hej

Kører bus 300S stadig til Hvidovre Hospital, eller er ruten lagt om efter køreplansskiftet?

Mvh
Anders
""")

M("", """
Hej

Kræftens Bekæmpelse vil gerne samle ind på Ishøj Bytorv den 1. september. Skal vi have tilladelse fra kommunen?

Venlig hilsen
Lokalkomiteen
""")

M("", """
Hej

Folkekirkens Nødhjælp åbner en genbrugsbutik i Ishøj Bycenter. Må vi sætte et A-skilt op på fortovet?

Mvh
Butiksleder Lone
""")

M("", """
Hej

Hvornår holder partierne vælgermøde på biblioteket op til kommunalvalget?

Mvh
Sune
""")

M("", """
Hej

Hvem står for oprydningen efter 1. maj-arrangementet i Ishøj Parken? Der lå skrald overalt dagen efter.

Mvh
Henny
""")

M("", """
Hej

Hvor mange flygtninge har Ishøj Kommune modtaget i 2024? Jeg skriver en opgave om integration i 3.g.

Venlig hilsen
Laura, Ishøj Gymnasium
""")

M("", """
Hej

Jeg søger stillingen som pædagogisk assistent (jobnr. 2025-0312). Jeg kan ikke uploade mit CV i jeres system - kan jeg sende det på mail?

Mvh
Nanna Holm
""")

M("", """
Hej

Hvordan får jeg et nyt gult sundhedskort? Jeg har tabt mit.

Mvh
Frank
""")

M("", """
Hej

Jeg har modtaget bilag nr. 300125-0042 vedr. jeres regning for vintervedligeholdelse af privat fællesvej. Jeg kan ikke se, hvilken periode det dækker.

Venlig hilsen
Grundejerforeningen Tranegilde
Formand Bjarne Holm
""")

M("", """
Hej

Jeg har flere gange ringet til 43 57 75 75 mellem kl. 9.00 og 10.00 uden at komme igennem. Kan I ringe mig op på +45 21 43 65 87 om mit spørgsmål om sommerhustilladelse til min campingvogn?

Mvh
Ulrik
""")

M("", """
Hej

Der er rotter i vores baghave. Vi har set tre i denne uge. Kan I sende en rottefænger? Adresse Pilemøllevej 22.

Mvh
Lise
""")

M("", """
Hej

Hvornår bliver cykelstien langs Ishøj Strandvej færdig? Den har været spærret siden marts.

Mvh
Jakob
""")

M("", """
Kære byrådet

Jeg synes, det er en dårlig idé at lukke Ishøj Bibliotek om lørdagen. Mange familier bruger det netop i weekenden.

Med venlig hilsen
Anne Kathrine
""")

M("", """
Hej

Naboens hæk er over 2 meter og skygger for hele vores have. Er der regler for, hvor høj en hæk må være?

Mvh
Torben
""")

M("", """
Hej

Vil I venligst sende mig kopi af dagsordenen for Teknik- og Miljøudvalgets møde den 8. april, punkt 7 om trafiksikkerhed ved skolerne?

Venlig hilsen
Vibeke
""")

M("", """
Hej

Hvor skal man stemme, hvis man bor i Tranegilde? Det står ikke på mit valgkort.

Mvh
Jens
""")

M("", """
Hej

Hvornår er der vinterferie for skolerne i Ishøj i 2026? Jeg kan ikke finde skolekalenderen.

Mvh
Louise
""")

M("", """
Hej

Må man affyre fyrværkeri på stranden i Ishøj nytårsaften? Og hvornår må man begynde?

Mvh
Martin
""")

M("", """
Hej Vej og Park

Der er graffiti på tunnelen under Ishøj Parkvej ved skolen. Noget af det er ret grimt, og børnene går forbi hver dag.

Hilsen
Susanne
""")

M("", """
Hej

Kan kommunen sætte bump op på Tranegildevej? Bilerne kører 80 km/t forbi børnehaven om morgenen kl. 7.30-8.30.

Mvh
Forældrerådet i Børnehuset
""")

M("", """
Hej

Jeg har fået en parkeringsafgift (afgiftsnr. 1004201178) på Ishøj Store Torv, men jeg havde en gyldig p-billet. Billeden er vedhæftet. Afgiften lyder på 510 kr.

Mvh
Peter Bang
""")

M("", """
Hej

Mit målernummer er 5706001234, og aflæsningen pr. 31.12. var 1.432 m³. Jeg kan ikke indberette på jeres hjemmeside - den giver fejl.

Venlig hilsen
Hans Krogh
""")

M("", """
Hej

Jeg vil gerne bestille storskrald til afhentning. Ejendomsnr. 183-012345. Det drejer sig om et sofabord og to stole.

Mvh
Randi
""")

M("", """
Hej

Jeg skal have fornyet mit kørekort, der udløber den 01.06.2025. Kan jeg bestille tid til Borgerservice online?

Mvh
Bjørn
""")

M("", """
Hej

Hvornår er vandkvaliteten målt ved Ishøj Strand sidst? Der var blågrønalger sidste sommer.

Mvh
Ida
""")

M("", """
Hej

Kan hundeskoven ved Vejlesø få et nyt hegn? Der er hul ved indgangen, og hundene løber ud på vejen.

Mvh
Hundeejerne ved Vejlesø
""")

M("", """
Hej

Må vi holde vejfest på Torslundevej lørdag den 23. august kl. 14-24 og spærre vejen for gennemkørsel? Det er kun beboerne, der bruger den.

Mvh
Vejlauget
""")

M("", """
Hej

Hvad er satserne for boligstøtte i 2025? Jeg er rådgiver i en boligforening og vil gerne kunne informere beboerne.

Venlig hilsen
Mette, boligsocial helhedsplan
""")

M("", """
Kære borgmester

Jeg mener, at kontanthjælpsreglerne generelt er for stramme, og at kommunen burde bruge flere penge på uddannelse af unge ledige. Det er en politisk holdning, jeg gerne vil høre din mening om.

Med venlig hilsen
Steffen
""")

M("", """
Hej

Vi vil gerne høre om kommunens regler for opsætning af solceller på tage i Ishøj Landsby, hvor der er bevaringsværdige huse.

Mvh
Ejerforeningen Ishøj Landsby
""")

M("", """
Hej

Jeg har fundet en pung på Ishøj Station med et buskort og 200 kr. Skal jeg aflevere den hos jer eller hos politiet?

Mvh
Morten
""")

M("", """
Hej

Tak for en god borgerdag i lørdags. Jeg har et forslag: Kunne der næste gang være en hoppeborg til de mindste?

Mvh
Familien Rask
""")

M("", """
Hej

Jeres hjemmeside siger, at Ishøj Svømmehal har åbent til kl. 21 om torsdagen, men i går lukkede de kl. 20. Hvad er rigtigt?

Mvh
Claus
""")

M("", """
Hej

Min mand og jeg har et spørgsmål om tilskud til energirenovering. Gælder puljen også for rækkehuse fra 1970'erne?

Venlig hilsen
Jette Laursen
""")

M("", """
Hej

Hvorfor er sneen ikke ryddet på fortovet langs Vejleå Parkvej? Det er glat, og ældre mennesker kan ikke komme til bussen.

Mvh
Aksel
""")

M("", """
Hej

Vi er en ny forening for brætspil og vil gerne låne et lokale i Kulturhuset tirsdage kl. 18-22. Foreningen har CVR 41234567. Hvordan ansøger vi?

Mvh
Thomas, formand
""")

M("", """
Hej

Jeg har fået et brev om, at min bils nummerplade skal ændres i jeres parkeringssystem. Den nye er CD 98 765. Min gamle var AB 12 345. Tilladelsesnr. 2211870045.

Mvh
Ronni
""")

M("", """
Hej

Kan I oplyse telefonnummeret til Ishøj Tandpleje? Det på hjemmesiden virker ikke.

Mvh
Tine
""")

M("", """
Hej

Hvornår kommer den nye bro over Ishøj Havn? Vi har ventet siden 2022.

Mvh
Lotte
""")

M("", """
Hej

Vi har fået et nyt barn i vores familie og vil gerne vide, hvilke dagplejere der har ledige pladser i Ishøj Nord fra oktober.

Mvh
Tobias
""")

M("", """
Hej

Hvornår bliver der udbetalt tilskud til grundejerforeningens vejbelysning? Vores kontonummer er 5301 0123456789.

Mvh
Kassereren, Grundejerforeningen Strandhaven
""")

M("", """
Hej

Jeg har læst, at kommunen vil bygge et nyt sundhedscenter ved stationen. Hvornår kommer der et borgermøde om det?

Mvh
Rita
""")

M("", """
Hej

Jeres sagsnummer 27.12.04-G01-12-24 om min ansøgning om overkørsel er ikke besvaret endnu. Jeg søgte den 05.09.2024.

Mvh
Niels
""")

M("", """
Hej

Hvad er reglerne for at have høns i haven i Ishøj? Vi vil gerne have fire høner, ingen hane.

Mvh
Familien Thomsen
""")

M("", """
Hej

Jeg skal bruge en kopi af min bopælsattest til min nye arbejdsgiver. Hvordan bestiller jeg den?

Mvh
Sandra
""")

M("", """
Hej

Vi vil gerne holde et loppemarked i Ishøj Bycenters parkeringskælder søndag den 14. september. Kræver det tilladelse fra kommunen?

Mvh
Ishøj Spejderne
""")

M("", """
Hej

Klubben i Vildtbanegård har fået nye åbningstider: 15-21 mandag til torsdag. Er der en grund til, at fredag er lukket nu?

Mvh
En far
""")

M("", """
Hej

Bus 128 kommer altid for sent om morgenen kl. 7.42 fra Ishøj Station. Vil I tage det op med Movia?

Mvh
Elias
""")

M("", """
Hej

Hvordan bestiller man en ny parkeringslicens til gæster? Jeg har licensnummer 0803990017, og den udløber den 31.05.

Mvh
Niels Ebbesen
""")

M("", """
Hej

Er det rigtigt, at Ishøj Kommune vil indføre madaffaldssortering i etageboliger fra 2026, og får vi nye spande?

Mvh
Afdelingsbestyrelsen, afd. 12
""")

M("", """
Hej

Vi planlægger en stor fødselsdag i Ishøj Landsbys forsamlingshus den 14.06. Kan vi låne kommunens mobile toiletvogn? Vores reference hos jer er 2406-1188.

Mvh
Merete
""")

M("", """
Hej

Som formand for Ishøj Boldklub vil jeg gerne søge om ekstra træningstider på kunstgræsbanen fra 1. oktober.

Venlig hilsen
Kasper Lind
""")

M("", """
Hej

Hvad er kommunens holdning til, at der bliver bygget en ny Netto på græsarealet ved Gildbrovej? Jeg synes, det er et tåbeligt sted.

Mvh
Henning
""")

M("", """
Hej

Jeg skal have udstedt et nyt pas til min datter på 8 år. Skal begge forældre være med, eller kan jeg klare det alene med en samtykkeerklæring?

Mvh
Lasse
""")

M("", """
Hej

Jeg har et spørgsmål vedr. ordre 2104231899 fra kommunens webshop med bøger fra Ishøj Lokalhistoriske Arkiv. Bogen er ikke kommet.

Mvh
Inge
""")

M("", """
Hej

Kan I oplyse, hvornår vejen ud for Ishøj Bygade 1-25 bliver fejet? Der ligger grus fra vinteren.

Mvh
Beboerne
""")

M("", """
Hej

Hvorfor koster det 60 kr. at få lavet et nyt sundhedskort, når man har fået stjålet sin pung? Det synes jeg er urimeligt.

Mvh
Carl
""")
