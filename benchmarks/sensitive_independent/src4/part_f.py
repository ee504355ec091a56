"""corpus4, part f: CPR numbers, numbers that only look like CPR, mixed mails."""
from common import M

# --- with CPR numbers -----------------------------------------------------

M("", """
hej jeg kan ik logge ind på borger.dk med mitid, den siger mit cpr ikke passer. mit cpr er [[0811921127]]. kan i se om der er fejl i jeres system?? har prøvet hele dagen
""")

M("p", """
Hej Center for Byudvikling og Natur

Tak for jeres accept af vores bud på parcelgrunden på Ishøj Landsbyvej. Advokaten skal bruge mit personnummer til købsaftalen, inden den sendes til underskrift: [[140387-2213]]. Min kones sender hun selv.

Venlig hilsen
Rasmus Holt
""")

M("s", """
Hej vielseskontoret

Min mand og jeg – vi er to mænd, der blev viet i Københavns Rådhus i maj – vil gerne have at vores fælles efternavn registreres korrekt. Jeg står stadig med mit gamle navn.

Per Strand, cpr [[121056-9034]]
Henrik Strand, cpr [[200668-0891]]
""")

M("h", """
hej SFO'en på Vibeholm

vores datter Sofie [[030915-4172]] har fået ny astmamedicin (Ventoline) som hun skal tage før idræt. jeg afleverer den i morgen. kan i skrive det ind i hendes papirer?

mvh Kristina
""")

M("e", """
Til hjemmeplejen

Jeg har fået besked om at min hjemmehjælp til bad bliver flyttet fra tirsdag til fredag. Det passer mig dårligt, fordi min datter kommer om fredagen. Kan det ændres?

Venlig hilsen
Edith Carlsen
CPR: [[170445–4019]]
""")

M("u", """
Hej

Jeg er medlem af Dansk Metal og min fagforening skal bruge en bekræftelse på at jeg var ansat ved Ishøj Kommunes vejafdeling fra 2019 til 2022. Kan HR sende den?

Mit personnummer er [[310178\u00a01406]].

Mvh Kim Rask
""")

M("p", """
Hej

Jeg er ved at sælge min ejerlejlighed på Ishøj Strandvej, og køberens advokat spørger til en gammel servitut om fælles vaskeri. Handlen er ikke på plads før det er afklaret. Kan I finde servitutten?

Mvh Birthe Lassen ([[250761 3348]])
""")

M("e", """
hej

jeg er 21 og får uddannelseshjælp. min ydelse kom ik ind d. 1 og jeg har ik penge til mad. mit cpr er [[290204-5531]]. hvad er der sket

Emma
""")

M("", """
Hej skoleindskrivning

Jeg har prøvet at indskrive min datter til skolestart 2025 via selvbetjeningen, men den afviser hendes personnummer [[010119-6235]]. Hvad gør jeg?

Mvh Sebastian Moe
""")

M("t", """
Hej

Jeg er adopteret fra Etiopien som baby og vil gerne se de papirer kommunen har om min adoption i 2000 (jeg tror de er i jeres arkiv). Hvordan søger jeg om det?

Mvh Selam Bruun
cpr-nr. [[231299-1457]]
""")

M("b", """
hej jeg er ateist og vil gerne udmeldes af folkekirken. jeg er 21 og mine forældre meldte mig ind som baby. kan kommunen gøre det eller er det sognet? mit cpr: [[050503-4420]]
""")

M("", """
Hej

Jeg har fuldmagt fra min mor, Grethe Wulff, [[160950–2287]], og vil gerne ændre hendes adresse til min, da hun er flyttet ind hos os i Torslunde. Kan I hjælpe med det?

Mvh Lone Wulff
""")

M("s", """
Hej

Jeg og min mand Jonas (vi er to mænd) blev gift i sidste måned og vil gerne have dobbelt efternavn. Skal vi begge ansøge hver for sig?

Mvh Oliver Berg-Hansen
Personnr.: [[091274\u00a03305]]
""")

M("", """
Hej

Jeg har bestilt en beboerlicens til parkering på Vejleåparken, men den er ikke kommet. Mit cpr er [[280283 1926]], og nummerpladen er CD 41 882.

Mvh Jannik
""")

M("t", """
Hej

Vi er vietnamesiske og taler vietnamesisk derhjemme. Vores søn Minh, [[301111-4068]], går i 8. klasse og vi vil gerne søge modersmålsundervisning for ham. Hvor søger man?

Mvh Lan og Duc
""")

M("u", """
Kære HR

Jeg er tillidsrepræsentant for FOA i hjemmeplejen Syd og har fået et brev om mit TR-tillæg, som er sat forkert. Kan det rettes? Jeg er [[150762-0517]].

Med venlig hilsen
Birgitte Juhl
""")

M("", """
hej mit barns sundhedskort er blevet vasket 🙈 kan jeg bestille et nyt til ham? cpr [[070708-6121]]. vh Sara
""")

M("b", """
Hej

Jeg stiller op for Lokallisten Ishøj ved næste kommunalvalg og vil gerne vide hvordan jeg får min kandidatanmeldelse godkendt. Hvad skal I bruge fra mig?

Signe Dahl, [[220894-3610]]
""")

M("e", """
Kære Center for Voksne og Velfærd

Min far på 92 år har boet på plejehjemmet Ishøjhjemmet siden januar, men han har endnu ikke fået en afregning for egenbetalingen, og nu kommer der tre måneder på én gang. Kan han få en afdragsordning?

Hans cpr: [[111032-1190]]
Mvh Jørgen Lind (søn)
""")

M("h", """
Hej

Jeg har fået et nyt høreapparat, men det hyler hele tiden. Jeg hører næsten intet uden det. Hvem skal jeg ringe til?

Mvh Erik Jensen, [[180239-9213]]
""")

M("s", """
Hej

Vores søn er født i maj 2022 og har to mødre. Jeg er medmor, men står ikke som forælder i jeres system. Kan I rette det?

Barnets cpr: [[020522-5098]]
Mvh Maja Frost
""")

M("p", """
Hej

Vi har fået et bud på vores hus på Gadekærvej, og køberne ønsker at overtage 1. marts. Men kommunen har ikke godkendt vores fjernvarmeafmelding. Kan det gå hurtigere? Jeg er [[0109744731]].

Mvh Tina Storm
""")

M("", """
hej har ik fået mit valgkort til kommunalvalget?? jeg er lige flyttet til ishøj. cpr [[1503880245]]
""")

# --- more property trade, no CPR ------------------------------------------

M("p", """
hejsa, vi har accepteret et bud på vores kolonihavehus i H/F Vejledalen men køberen venter på at foreningen og kommunen godkender den nye terrasse. hvor lang tid tager det?? 🙏 Lis
""")

M("p", """
Hej

Min nabo, Flemming på Torslundevej 12, har lige fortalt mig at han har solgt sit hus betinget af at køberen kan få lov at rive det ned og bygge to huse. Kan jeg gøre indsigelse, før kommunen giver tilladelse?

Mvh Jette
""")

# --- hard negatives: numbers that are not CPR numbers ---------------------

M("", """
Hej

Jeg har fået fakturanr. 1504241893 for leje af container til haveaffald, men vi afbestilte den i april. Kan den krediteres?

Mvh Tommy Leth
""")

M("", """
Hej

Vedr. sagsnr. 190224-0311 (ansøgning om nyt hegn mod Ishøj Strandvej): Hvornår kan vi forvente en afgørelse? Hegnsleverandøren kan ikke holde vores tid længere end til maj.

Mvh Helle og Jan
""")

M("", """
Hej

Vi har fået festlokalet tilbage i orden efter vores fest, så vi vil gerne have depositummet på 1.000 kr. tilbage. Reg.nr. 2211, kontonr. 0712856431.

Mvh Jeanette Holm
""")

M("", """
hej ring lige på 22 41 87 90 når i kommer med den nye affaldsspand, porten er låst. eller +45 28 14 06 33 hvis jeg ik tager den
""")

M("", """
Hej

Jeg skrev til jer i marts om hullerne i asfalten på Vejlebrovej (J.nr. 2024-118093) og fik en kvittering, men intet er sket. Kan I give en status?

Mvh Hans Erik
""")

M("", """
Hej forsyningen

Måleraflæsning for vand: 1.247 m3. Kundenr. 2506901122, målernr. 11079933. Adresse: Birkelundsvej 8.

Mvh Pia
""")

M("", """
Hej

Vi har booket Vejleåhallen til et badmintonstævne lørdag d. 14/6, bookingnr. 140625-3381. Kan vi komme ind kl. 7.30 for at sætte op?

Mvh Ishøj Badminton v/ Camilla
""")

M("", """
Hej erhvervsservice

Vi er et nyt rengøringsfirma med adresse i Ishøj (CVR 38294716) og vil gerne byde på kommunens opgaver. Hvor finder vi udbuddene? Vores EAN-nr. er 5798000123456, hvis I skal bruge det.

Mvh Clean Team ApS v/ Mira
""")

M("", """
Hej

Min taxabevilling nr. 0306881234 skal fornyes. Er det jer eller Movia, der håndterer det nu?

Mvh Hüseyin
""")

# --- other hard negatives -------------------------------------------------

M("", """
Hej

Min mor døde i januar. Hendes hus blev solgt i april, og handlen er afsluttet. Men der kommer stadig regninger for renovation til hendes navn. Hvor skal vi sende dødsattesten hen?

Mvh Carina Thorup
""")

M("", """
Hej vuggestuen

Vi er Mohammed og Fatima, forældre til Adam på Mariehønestuen. Har I åbent den 2. januar? Vi skal begge arbejde.

Mvh
""")

M("", """
Hej

Jeg har været fængselsbetjent i 30 år. Jeg vil gerne være mentor for unge i kommunens SSP-arbejde. Hvem skal jeg kontakte?

Mvh Finn Madsen
""")

M("", """
Hej

Min husband og jeg vil gerne have en ekstra grøn spand, vi er 5 i huset nu og den bliver altid fuld.

Mvh Sandra, Bredekærs Vænge 22
""")

M("", """
Ishøj bør tage imod flere flygtninge fra Sudan. Vi har plads og vi har brug for arbejdskraft. Jeg håber byrådet vil diskutere det.

Mvh Thorkild
""")

M("", """
Hej

Hvor søger man om handicapparkeringsplads foran en opgang? Jeg er formand for beboerbestyrelsen og vil bare kende proceduren, vi har ingen konkrete ønsker lige nu.

Mvh Leif, Vejleåparken afd. 3
""")

M("", """
Hej

Er der stadig ledige pladser på sommerlejren for 10-12-årige? Min søn vil gerne med sin ven Ali.

Mvh Morten
""")
