"""corpus10, part B: requests for access to files (aktindsigt), appeals against
decisions (klage over afgørelse), and mails from representatives: bisidder,
værge, advokat, pårørende."""
from common import M

M("e", """Anmodning om aktindsigt

Jeg anmoder hermed om aktindsigt i min sag om kontanthjælp, herunder alle notater fra samtaler,
mails mellem sagsbehandlerne og den indstilling der blev sendt til visitationsudvalget i april.

Navn: Kenneth Rosenberg
Cpr.nr.: [[1108933071]]
Adresse: Ishøj Bygade 17, 1. tv.

Jeg ønsker materialet sendt til min e-Boks.""")

M("", """Anmodning om aktindsigt

I henhold til offentlighedsloven anmoder jeg om aktindsigt i kommunens kontrakt med
entreprenøren på renoveringen af Ishøj Svømmehal, herunder tillægsaftaler og
ekstraregninger. Udbuds-ID 2024/0117.

Med venlig hilsen
Jakob Lindberg, journalist""")

M("he", """Til Center for Voksne og Velfærd

Jeg beder om aktindsigt i alle oplysninger kommunen har om mit helbred: lægeerklæringer,
referater fra rehabiliteringsteamet og den neuropsykologiske undersøgelse fra 2023. Jeg har
sklerose og vil gerne selv se hvad der er skrevet om mig, før jeg søger om hjælpemidler igen.

Personnummer [[020468–1936]]

Venlig hilsen
Marianne Thygesen""")

M("", """Hej. Hvordan søger man aktindsigt i en byggesag på naboejendommen? Er det gratis, og hvor lang
tid tager det? Matr.nr. 14ab Ishøj By. Mvh. Lars""")

M("e", """Til Center for Børn og Forebyggelse

Jeg er advokat for Lene Vestergaard, [[300590-2648]], og anmoder på hendes vegne om fuld
aktindsigt i sagen om anbringelsen af hendes søn, herunder den børnefaglige undersøgelse,
underretningerne og referaterne fra børne- og ungeudvalgets møde. Fuldmagt vedlægges.

Jeg gør opmærksom på fristen på 7 arbejdsdage.

Med venlig hilsen
Advokat Ida Brandt
Brandt & Kjær Advokater, Glostrup
J.nr. 2025-0418""")

M("", """Aktindsigt

Jeg anmoder om aktindsigt i sagen om lokalplan 2.41 for området ved Ishøj Havn, herunder
høringssvar og notater fra mødet med developeren. Jeg bor på Strandskadevej og er nabo til
området.

Med venlig hilsen
Kirsten Møberg""")

M("he", """Klage over afgørelse om afslag på merudgifter

Jeg klager hermed over kommunens afgørelse af 14. august om afslag på dækning af merudgifter til
min datter Freja. Freja har cystisk fibrose og skal have særlig kost og ekstra vask af tøj og
sengetøj. Kommunen skriver at udgifterne "ikke er dokumenteret", men vi har sendt regninger for
tre måneder.

Jeg beder kommunen genvurdere sagen og sende den til Ankestyrelsen, hvis I fastholder afslaget.

Frejas cpr: [[1204174839]]

Venlig hilsen
Nanna Kofoed""")

M("", """Klage over afgørelse

Jeg klager over afslaget på dispensation fra lokalplanen til at opsætte et 1,8 m højt plankeværk
mod Vejlebrovej. Afgørelsen af 3. juni, sagsnr. 02.34.00-P20-44-25. Der er plankeværker af samme
højde tre huse længere nede, så jeg mener afgørelsen strider mod lighedsprincippet.

Med venlig hilsen
Michael Storm""")

M("he", """Hej,

Jeg vil klage over at I har stoppet min kontanthjælp fordi jeg "ikke stod til rådighed". Jeg var
syg med feber den dag jeg ikke mødte op, og jeg ringede og meldte det. Jeg har nu ingen penge til
mad til mig og mine to børn. Sagsnr. 15.20.08-K07-2291-25.

Jasmin""")

M("", """Klage over afgørelse om skoledistrikt

Vores søn Emil er blevet tildelt en plads på Vibeholmskolen, selv om vi bor 400 meter fra
Gildbroskolen og hans storesøster går der. Vi beder om at afgørelsen bliver genovervejet.

Med venlig hilsen
Trine og Allan Nygaard
Gildbro Allé 6""")

M("eh", """Til Center for Voksne og Velfærd, Visitationen

Som værge for min farbror, Svend Aage Mikkelsen, [[150239-1022]], klager jeg over afgørelsen om at
han ikke kan få en plejebolig. Han har svær demens, er faldet fire gange siden jul og vandrer om
natten. Hjemmeplejen kommer seks gange i døgnet, men han er alene resten af tiden. Jeg mener ikke
han kan blive boende i eget hjem forsvarligt.

Jeg er beskikket som værge af Familieretshuset og vedhæfter værgebeviset.

Med venlig hilsen
Torben Mikkelsen""")

M("", """Hej. Vi har fået afslag på at fælde et stort egetræ i vores have fordi det er bevaringsværdigt.
Kan vi klage, og til hvem? Det skygger for hele terrassen. Mvh. familien Greve""")

M("e", """Kære sagsbehandler

Jeg er bisidder for Gitte Nørgaard, der har bedt mig skrive, fordi hun ikke selv magter det lige
nu. Gitte er blevet sat ud af sin lejlighed i Strandgårdsparken og bor midlertidigt på et
herberg i København. Hun har en restance hos boligselskabet på 23.400 kr. og har brug for hjælp til
en afdragsordning og til at finde en ny bolig. Hun giver samtykke til at I taler med mig.

Med venlig hilsen
Anne-Mette Juul, frivillig bisidder, Ishøj Frivilligcenter""")

M("", """Til hovedpostkassen

Jeg er frivillig bisidder i Ishøj Frivilligcenter. Vi vil gerne holde et informationsmøde for
borgere om hvad en bisidder må og ikke må til møder i kommunen. Kan I sende os en kontaktperson i
Center for Beskæftigelse og Erhverv?

Hilsen Anne-Mette Juul""")

M("heu", """Til Center for Beskæftigelse og Erhverv

Jeg skriver som repræsentant for vores medlem Rasmus Holt, [[071182-1495]], der har fået afslag på
forlængelse af sygedagpenge. Rasmus har diskusprolaps og venter på operation. Vi er uenige i
vurderingen af at han ikke opfylder betingelserne for et jobafklaringsforløb og klager hermed over
afgørelsen. Klagen bedes videresendt til Ankestyrelsen, hvis afgørelsen fastholdes.

Med venlig hilsen
Kim Lauritsen
Socialrådgiver, Dansk Metal Storkøbenhavn""")

M("", """Hej. Hvilke regler gælder for rengøringshjælp fra kommunen — er det hver anden uge for alle, eller
vurderer man hver enkelt? Jeg spørger fordi jeg skal holde et oplæg i pensionistforeningen. /Gudrun""")

M("e", """Til Ankestyrelsen via Ishøj Kommune

Klage over afgørelse om boligstøtte

Jeg klager over at kommunen har medregnet min eksmands indtægt i beregningen af min boligstøtte.
Vi blev skilt i februar, og han flyttede i marts. Det er dokumenteret med bopælsattest.
Ref.: [[280885 4413]]

Louise Hammer""")

M("", """Til Center for Borger, Økonomi og IT

Vi har modtaget en rykker på faktura nr. 2910241187 for renovation, men beløbet blev betalt den
15. oktober fra konto 5301 0248 773. Vil I venligst annullere rykkeren og rykkergebyret?

Med venlig hilsen
Henning Mølgaard""")

M("ht", """Til Center for Voksne og Velfærd

Jeg er datter og pårørende til Fatma Yıldız, 78 år. Min mor er tyrkisk og taler kun lidt dansk. Hun
fik en hjerneblødning i juni og er nu på genoptræning. Ved visitationsmødet var der ingen tolk, og
mor sagde ja til ting hun ikke forstod. Jeg beder om et nyt møde med tolk, og jeg vil gerne have
aktindsigt i referatet fra det første møde.

Med venlig hilsen
Elif Yıldız""")

M("", """Hej. Kan man få en tolk med til et møde i kommunen, og skal man selv betale? Det drejer sig om
arabisk. Mvh. Rania""")

M("", """Til Center for Byudvikling og Natur

Som advokat for ejerne af Torslunde Bygade 11 anmoder jeg om aktindsigt i alle dokumenter vedrørende
naboens tilbygning, herunder ansøgning, tegninger og kommunens interne notater. J.nr. 24-3318.
Fuldmagt vedlagt.

Med venlig hilsen
Advokat Nikolaj Bering""")

M("p", """Til Center for Byudvikling og Natur

Undertegnede advokat repræsenterer køberen af ejendommen Ishøj Landevej 140. Der er indgået en
betinget købsaftale, og handlen er betinget af at kommunen bekræfter at der ikke er verserende
påbud på ejendommen. Vi beder om svar hurtigst muligt, da sælger har et andet bud i baghånden og
fristen for at løfte betingelsen er den 30. i denne måned.

Med venlig hilsen
Advokat Pernille Hviid""")

M("", """Til Center for Byudvikling og Natur

Vi købte Ishøj Landevej 138 i 2021, og handlen er for længst afsluttet. Vi vil dog gerne have en
kopi af den byggetilladelse der blev givet til udestuen i 1998, da den ikke var med i
salgsmaterialet. BBR-nr. 183-2210-4.

Mvh. Jesper og Rikke Voss""")

M("es", """Klage over afgørelse om samvær

Jeg er far til Noah på 6. Efter min skilsmisse fra hans mor har kommunens familieafdeling lavet en
midlertidig aftale om overvåget samvær, fordi min eksmand har påstået at jeg ikke passer ham ordentligt.
Det passer ikke, og det har hans børnehave også skrevet. Noah skal vokse op med begge sine fædre. Jeg klager
over afgørelsen og beder om at sagen bliver behandlet igen.

Med venlig hilsen
Christian Bøgh
Cpr.nr. [[130587\u00a02119]]""")

M("", """Hej. Kan man klage over en parkeringsafgift fra et privat firma til kommunen, eller er det
noget helt andet? Det er fra p-pladsen ved Ishøj Bycenter. Ref. 040925-7712. /Sune""")

M("b", """Til hovedpostkassen

Aktindsigt i egne oplysninger

Jeg har i en mail fra en medarbejder i jobcentret set at der i min journal står "borger er
muslim og vil ikke arbejde i svineslagteri". Jeg har aldrig sagt det, men det er rigtigt at jeg
er muslim. Jeg vil gerne have indsigt i alt hvad der står om mig, og hvorfor min religion overhovedet
står i min sag. Jeg ønsker oplysningen slettet.

Omar Haddad
[[050391-3377]]""")

M("", """Til hovedpostkassen

Jeg anmoder om aktindsigt i de mails der er sendt mellem borgmesterens kontor og Center for
Byudvikling og Natur om den nye cykelbro over Ishøj Strandvej i perioden 1. januar til 1. april.

Med venlig hilsen
Mette Friis""")

M("ehu", """Kære Center for Beskæftigelse og Erhverv

Jeg er tillidsrepræsentant i HK på lageret hos Nordisk Logistik i Ishøj og skriver med samtykke fra
min kollega Bettina Lauesen. Bettina blev sygemeldt med en alvorlig depression i foråret og har nu
fået afslag på et fleksjob, fordi kommunen mener at hun kan arbejde fuld tid. Hendes psykiater er
uenig. Bettina har ikke overskud til at skrive selv, og vi vil gerne have et møde om sagen.

Venlig hilsen
Torben Aagaard""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi er en virksomhed i Ishøj Erhvervsområde og vil gerne høre om ordningen med løntilskud og
fleksjob. Vi har to ledige stillinger på lageret. CVR 38 41 20 97.

Med venlig hilsen
Nordisk Logistik ApS, HR""")

M("", """Til Familieafdelingen

Jeg er ny plejeforælder-interesseret og vil gerne vide hvordan man bliver godkendt som plejefamilie
i Ishøj, og hvor lang tid det tager. Findes der informationsmøder? /Charlotte""")

M("he", """Anmodning om indsigt

Efter databeskyttelsesforordningen artikel 15 anmoder jeg om indsigt i de oplysninger kommunen
behandler om min søn Elias Bjerre, [[180312-4025]]. Han har fået diagnosen ADHD og er visiteret
til en specialklasse. Jeg vil især se den pædagogisk-psykologiske vurdering.

Med venlig hilsen
Signe Bjerre""")

M("", """Hej. Hvornår lukker kommunen for ansøgninger om plads i specialklasserne til næste skoleår?
Og hvem træffer afgørelsen? Jeg spørger for skolebestyrelsen. Mvh. Anja""")

M("t", """Til hovedpostkassen

Jeg vil gerne have aktindsigt i referatet fra mødet den 4. marts mellem mig og Center for Børn og
Forebyggelse. Ved mødet blev det sagt at "familier med roma-baggrund har et andet syn på
skolegang", og det blev, så vidt jeg kunne se, skrevet ned. Jeg er selv rom og vil vide hvad der
står om min familie.

Med venlig hilsen
Milan Stojanović""")

M("", """Til hovedpostkassen

Jeg har læst i avisen at kommunen har lavet en undersøgelse om trivsel blandt børn med anden
etnisk baggrund end dansk. Kan jeg få aktindsigt i rapporten? Jeg studerer sociologi.

Mvh. Peter Hald""")

M("e", """Hej

Jeg er værge for min bror Martin, [[250776-3114]]. Martin har ikke selv betalt sin husleje i
fem måneder, og boligselskabet har varslet udsættelse den 1. næste måned. Jeg har først fået adgang
til hans bankkonto nu. Jeg beder om hjælp til at søge om enkeltydelse til at betale restancen, så
han kan blive boende.

Allan Wibe""")

M("", """Til Center for Borger, Økonomi og IT

Vores kundenummer hos jer er 220764-1102 (vandafledning). Vi har fået to opkrævninger for samme
kvartal. Kan I kreditere den ene?

Ishøj Strandpark Grundejerforening
v/ kasserer Bodil Hjorth""")

M("hbe", """Til Center for Voksne og Velfærd

Klage over afgørelse om madordning

Min far er buddhist og har været vegetar hele sit liv af religiøse grunde. Efter han fik KOL og
kom på plejecenter i Ishøj, har han fået kød flere gange om ugen, fordi "menuen er fælles". Jeg har
klaget mundtligt to gange. Nu klager jeg skriftligt.

Hilsen Linh Tran""")

M("", """Hej. Kan man få vegetarmad på kommunens plejecentre, eller er der kun én menu?
Mvh. Helle""")

M("ep", """Til Center for Borger, Økonomi og IT

Jeg er advokat for boet efter Arne Vestergaard og for hans søn, der har fået kontanthjælp
siden 2022. Sønnen arver halvdelen af huset på Vejleåvej 88, som nu er sat til salg; der er
kommet et bud, men det er ikke accepteret endnu. Vi beder om en vurdering af hvordan arven og et
kommende salgsprovenu påvirker kontanthjælpen, før der skrives under.

Med venlig hilsen
Advokat Kasper Lund
J.nr. 7741-25""")

M("", """Hej. Min far er død. Skal jeg selv give besked om at hans beboerparkeringskort skal stoppes,
eller sker det automatisk? Han boede på Vejleå Allé. Mvh. Kristian""")

M("p", """Klage over sagsbehandlingstid

Vi har ansøgt om tilladelse til at lave en overkørsel til grunden på Tranegilde Strandvej den
12. januar. Sagsnummer 05.04.02-P19-9-25. Vi har en betinget aftale om at købe grunden, og
sælger truer med at sælge til en anden, hvis vi ikke snart kan løfte betingelsen om overkørsel.
Der er gået 9 måneder. Vi har ringet fire gange.

Venlig hilsen
Kenneth og Tanja Juhl""")

M("e", """Til hovedpostkassen — Aktindsigt

Jeg beder om aktindsigt i min datters sag i familieafdelingen, hvor der blev lavet en
§ 50-undersøgelse sidste år efter en underretning fra skolen. Hun hedder Alberte Dam og er født
[[041009-4712]]. Jeg har fælles forældremyndighed.

Venlig hilsen
Morten Dam""")

M("u", """Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Krifa og har fået at vide af min a-kasse at kommunen skal godkende min ansøgning om
at tage et kursus mens jeg er i job. Min a-kasse siger det ene, I siger det andet. Hvem har ret?

Mvh. Lone Busk""")

M("", """Til Center for Beskæftigelse og Erhverv

Jeg er medlem af ASE og er i job. Hvordan søger jeg om at få dækket et kursus i truckcertifikat?
Mvh. Rune""")
