"""corpus78, part E: housing-association boards, andelsforeninger, garden colonies and tenants."""
from common import M

M("e", """Til Center for Voksne og Velfærd

Afdelingsbestyrelsen i Vejleåparken afd. 3 skriver, fordi en af vores ældre beboere i nr. 14,
Herluf, har fået en udsættelsesbegæring fra boligselskabet for huslejerestance. Han er 84 og
har boet her i 40 år. Vi tror ikke han forstår brevene. Kan nogen fra kommunen besøge ham?

Med venlig hilsen
Afdelingsbestyrelsen, v/ Grete Sommer""")

M("", """Høringssvar – lokalplan 1.38, nye boliger ved Ishøj Strandvej

Bestyrelsen i Boligforeningen Strandgården mener, at de nye blokke på 6 etager vil tage lyset
fra vores gårdhaver, og at trafikken på Strandvejen vil stige. Vi foreslår højst 4 etager og
en ny udkørsel mod Ishøj Strandvej 200.

Bestyrelsen""")

M("h", """Kære kommunens sociale vagt / Center for Voksne og Velfærd

Vi har en beboer i opgang 6, Poul, som har samlet affald i lejligheden i flere år. Der lugter
nu i hele opgangen. Han har tidligere fortalt mig at han er psykisk syg og holdt op med sin
medicin. Vi vil ikke smide ham ud, men vi ved ikke hvad vi skal gøre.

Venlig hilsen
Lone, formand for afdelingsbestyrelsen""")

M("", """BEBOERBLADET VEJLEÅPARKEN – NR. 3

Fællesspisning hver anden torsdag i beboerhuset · Ny vaskeribooking via app fra 1. maj ·
Husk at cykelkælderen ryddes 14. juni · Beboermøde 26. maj kl. 19: budget 2026 og
altanudskiftning.

Redaktionen""")

M("p", """Til Center for Byudvikling og Natur

Andelsboligforeningen Solvænget skriver vedr. andel nr. 3. Andelshaveren har fundet en køber,
og overdragelsen er aftalt til 1. august, men køber vil have kommunens bekræftelse på at
tagterrassen er lovlig før hun skriver under. Kan I sende en bekræftelse?

Med venlig hilsen
Bestyrelsen, Solvænget""")

M("s", """Til borgerrådgiveren

To mænd, der bor sammen i nr. 22, Frank og Lasse, er blevet kaldt "bøssesvin" og har fået
ødelagt deres postkasse flere gange. De er et par og har boet her i 5 år. Boligselskabet
siger det er en sag for politiet. Hvad kan kommunen gøre?

Venlig hilsen
Et medlem af afdelingsbestyrelsen""")

M("t", """Kære borgmester

Familien i nr. 7 er fra Somalia, og i denne måned har nogen smadret deres ruder to gange og
skrevet grimme ting om deres hudfarve på døren. Vi i afdelingsbestyrelsen er forfærdede og vil
gerne have kommunens hjælp til et beboermøde med politiet og SSP.

Med venlig hilsen
Bestyrelsen, Gildbrogård""")

M("", """Til Center for Borger, Økonomi og IT

Boligselskabet Ishøj Boligforening beder om statistik over den kommunale anvisning: hvor mange
boliger blev anvist i 2024, fordelt på familietyper, og hvordan ventetiden har udviklet sig.

Med venlig hilsen
Administrationen""")

M("e", """Til Center for Voksne og Velfærd

Jeg har købt andel i Andelsboligforeningen Tranehaven og har søgt om indskudslån hos jer. Jeg
har fået et brev om at ansøgningen mangler oplysninger, men det står ikke hvilke. Mit
personnummer er [[140291 3372]]. Jeg er alenemor og på SU.

Venlig hilsen
Emma Frost""")

M("he", """Hej Center for Byudvikling

Vores beboer Inger i nr. 2 har fået en elektrisk kørestol af kommunen efter sin amputation, men
hun kan ikke komme ud, fordi der er trappetrin ved hoveddøren. Boligselskabet siger kommunen
skal betale en rampe. Hvad siger I?

Mvh afdelingsbestyrelsen, Ishøj Strandpark""")

M("e", """Til Center for Børn og Forebyggelse

Familien i nr. 18 har to plejebørn, og det ene barn, en pige på ca. 10, har flere gange siddet
på trappen om aftenen og sagt hun ikke må komme ind. Vi ved ikke om vi skal blande os, men vi
vil gerne have at nogen ser på det.

Venlig hilsen
Beboerrådet""")

M("b", """Til afdelingsbestyrelsen og kommunen (til orientering)

Jeg er Jehovas Vidne og har delt foldere i postkasserne i vores opgange. Nogen har klaget til
kommunen. Jeg vil gerne vide om der er regler, så jeg kan overholde dem.

Mvh Lars Winther""")

M("", """Til Økonomiudvalget

Afdelingsbestyrelsen i Vejleåparken protesterer mod at vores boligområde igen står på
regeringens liste. Andelen af beboere med ikke-vestlig baggrund er 63 % og ledigheden 11 %, men
vi er et trygt sted. Listen stigmatiserer beboerne, og kommunen bør presse på for en ændring.

Med venlig hilsen
Bestyrelsen""")

M("p", """Til kommunens kolonihaveadministration

Haveforeningen Ishøj Strandhaver skriver, fordi medlemmet i have 34 har sat sit kolonihavehus
til salg efter foreningens venteliste. Køberen, nr. 1 på listen, vil vide om kommunens
lejekontrakt for jorden forlænges efter 2028, før han accepterer prisen.

Med venlig hilsen
Haveforeningens kasserer""")

M("e", """Hej Center for Voksne og Velfærd

Erik i nr. 9 får hjemmepleje tre gange om dagen. Hjemmeplejens bil holder i brandvejen, og nu
har vores vicevært klaget. Kan I lave en aftale om en fast plads, så Erik ikke bliver snydt for
sine besøg?

Mvh Afdelingsbestyrelsen""")

M("", """Til Trafik og Vej

Kan kommunen lave to p-pladser forbeholdt hjemmeplejen og hjemmesygeplejen ved
Strandgårdsvej 20-30? Bilerne holder i dag ulovligt. Beboerne er positive.

Bestyrelsen for Strandgården afd. 2""")

M("t", """Hej kommunen

Jeg bor ved siden af fru Haddad i nr. 16. Hun taler kun arabisk og forstår ikke brevene fra
boligselskabet om vandskaden. Hun er alene. Kan kommunen sende nogen, der kan forklare hende
det, eller oversætte brevet?

Mvh Birthe""")

M("u", """Kære Lisbeth (byrådet)

Som gammel 3F'er og nu formand for afdelingsbestyrelsen er jeg glad for at renoveringen skal
laves af lokale folk. Men vi har set at underentreprenøren ikke har overenskomst. Vil du følge
op på det?

Mvh Henning""")

M("e", """Til Center for Voksne og Velfærd

Vores lejer i nr. 11 sidder i fængsel og har gjort det i fire måneder. Lejligheden står tom,
og huslejen bliver ikke betalt. Hans mor siger at kommunen har sagt at den betaler. Er det
rigtigt?

Med venlig hilsen
Boligforeningen Strandgården, udlejning""")

M("", """Ansøgning – boligsocial pulje 2026

Afdelingsbestyrelsen i Vejleåparken søger 60.000 kr. til en lektiecafé i beboerhuset tre dage
om ugen med frivillige og en lønnet koordinator. Budget og aftale med Ishøj Bibliotek vedlagt.

Afdelingsbestyrelsen""")

M("e", """Kære borgerrådgiver

Min eks-mand og jeg står begge på lejekontrakten i Strandgården, men han er flyttet ud efter
skilsmissen og vil ikke skrive under på at jeg overtager. Boligselskabet siger jeg skal have en
afgørelse fra Familieretshuset. Kan kommunen hjælpe?

Mvh Dorte""")

M("p", """Til Økonomiudvalget

Boligselskabet Ishøj forhandler med kommunen om salg af det ubebyggede grundstykke ved
Vejleåparken afd. 4 (matr. 18cd). Vores bestyrelse har godkendt et bud på 3,4 mio. kr. med
forbehold for udvalgets godkendelse. Vi beder om, at sagen kommer på dagsordenen i marts.

Med venlig hilsen
Direktionen""")

M("", """Til Center for Byudvikling og Natur

Salget af garagearealet til kommunen faldt på plads i 2021 og er tinglyst. Nu vil vi høre,
hvem der har ansvar for snerydning på arealet, da vi stadig får regningen.

Mvh Boligforeningen Ishøj Syd""")

M("h", """Hej Anne (formand for Teknik- og Miljøudvalget)

Maja i nr. 5 venter tvillinger og har i forvejen tre børn på 62 m². Hun har fået lægeerklæring
om at hun skal have ro resten af graviditeten. Bestyrelsen støtter at hun får en større
lejlighed hurtigt. Kan kommunen bruge sin anvisningsret?

Vh bestyrelsen i Gildbrogård""")

M("b", """Hej Ole Pedersen

Jeg er medlem af Radikale Venstre og formand for afdelingsbestyrelsen i Strandhusene. Jeg
skriver for at invitere dig til en rundvisning på vores nye legeplads, som kommunen har
støttet.

Mvh Jesper""")

M("t", """Dear Mayor,

I am a tenant in Ishøj Strandpark. I am from the Philippines and work as a nurse at Hvidovre
Hospital. My neighbour shouts at me in the stairwell that I should "go back to Asia". The
housing board says they cannot do anything. Who can I talk to?

Thank you,
Maricel Santos""")

M("e", """Til Center for Borger, Økonomi og IT

Vi søger om boligstøtte til vores nye lejlighed i Vejleåparken fra 1. maj.

Ahmed Yousef, cpr [[010175-3517]]
Fatima Yousef, cpr [[2204803664]]

Vi har begge lav indkomst. Bestyrelsen har hjulpet os med at udfylde.

Mvh Ahmed""")

M("", """Til Borgerservice

Vi vil bringe en artikel i beboerbladet om boligstøtte. Hvad er de gældende satser og
indkomstgrænser for 2026, og hvor kan beboerne søge?

Redaktionen, Strandparkens Beboerblad""")

M("h", """Til borgerrådgiveren

Vores søn Victor på 8 har autisme og skriger, når han bliver overstimuleret. Naboen under os
har klaget til boligselskabet tre gange, og nu truer de med at vi skal flytte. Hvad kan vi
gøre? Afdelingsbestyrelsen har sagt at vi skulle skrive til jer.

Mvh Camilla og Jonas""")

M("", """Til Center for Byudvikling og Natur, forsyning

Fællesvarmecentralen i Solvænget har et måleroverblik med fejl: målernr. 1408923456 og
1408923457 er registreret på samme lejlighed. Kan I rette det før årsopgørelsen?

Venlig hilsen
Andelsforeningens vicevært""")

M("s", """Hej Ishøj Kommune

Vi er to mødre, Signe og Katrine, og har boet i rækkehusene i Torslunde i 3 år. Vores datter
starter i skole efter sommerferien, og boligforeningens børneklub skriver "kære mor og far" i
alle breve. Det er ikke jeres skyld, men kan kommunen tale med foreningerne om inkluderende
sprog?

Kh Signe""")

M("he", """Til Center for Voksne og Velfærd, misbrugscentret

Kim i 4. th. er på stoffer, det har han selv fortalt flere af os. Han har ikke betalt husleje i
tre måneder og har fået rykkerbrev. Der kommer folk til hans dør hele natten. Vi vil gerne have
at han får hjælp, før han bliver sat ud.

Mvh Beboerrådet, opgang 12""")

M("", """Kære byrådsmedlemmer

Der bliver handlet hash i gården ved Vejleåparken hver aften. Vi beder om at kommunen og
politiet øger indsatsen, og at der kommer mere lys ved cykelskurene.

Med venlig hilsen
Afdelingsbestyrelsen""")

M("p", """Hej Bent (byrådet)

Vi har solgt vores rækkehus på Gildbrovej – eller næsten: køberne kom med et bud i søndags
efter fremvisning, og vi har sagt ja, men de vil have en tilstandsrapport, og kommunen har
ikke sendt BBR-rettelsen. Uden den falder handlen. Kan du hjælpe?

Mvh Lene og Per""")

M("b", """Til afdelingsbestyrelsen, kopi til kommunens integrationsmedarbejder

Jeg beder fem gange om dagen og vil gerne kunne bruge det lille lokale bag vaskeriet til bøn
midt på dagen, når jeg har fri fra natarbejde. Jeg kan ikke bede hjemme, fordi min lejlighed
er lille og børnene sover. Kan det lade sig gøre?

Mvh Abdirahman""")

M("", """Til Kultur og Fritid

Vores afdelingsbestyrelse har fået spørgsmål om et bederum i beboerhuset. Hvad er kommunens
holdning til religiøse aktiviteter i lokaler, der er bygget med tilskud fra Landsbyggefonden?

Afdelingsbestyrelsen, Strandparken""")

M("t", """Til borgerrådgiveren

Jeg er rom og bor med min familie i Vejleåparken. Viceværten kalder os "sigøjnere" og siger vi
skal ud inden sommer, selvom vi betaler husleje. Vi har fuldmagt til at skrive for min mor, som
bor med os.

Mvh Stefan Nikolic""")

M("e", """Hej kommune

Jeg bor i Ishøj Strandpark og er på kontanthjælp. Mine børn kom til at smadre en rude i
opgangen med en bold, og boligselskabet vil have 4.200 kr. Jeg har ikke pengene. Kan jeg søge
om hjælp til det?

Venlig hilsen
Sabina Hansen, [[240695-2846]]""")

M("u", """Hej afdelingsbestyrelsen

Min nabo Lars i nr. 3 er TR i Dansk Metal og har sagt, at han gerne holder et oplæg om
arbejdsmiljø i beboerhuset. Kommunens frivilligcenter kan måske hjælpe med lokalet.

Mvh Niels, beboerrådet""")

M("", """Faktura til Ishøj Kommune

Boligforeningen Strandgården fakturerer leje af beboerhuset til valgstedet ved kommunalvalget.
Beløb 6.500 kr. EAN 5798000123456, fakturanr. 2511-0098. Betalingsfrist 30 dage.

Mvh Administrationen""")

M("e", """Kære Center for Voksne og Velfærd

Min mor Ruth, 87, bor i 2. sal uden elevator i Strandgården og står på venteliste til en
ældrebolig hos jer. Hun er faldet to gange på trappen. Hvor langt nede på listen er hun?

Venlig hilsen
Hanne Kjær""")

M("", """Til Center for Byudvikling og Natur

Fru Hansen i nr. 9 døde i september. Dødsboet har afleveret nøglerne til boligforeningen.
Hvem skal vi kontakte om hendes affaldsspand og om at stoppe vinterbørsten fra kommunen?

Mvh Viceværten""")

M("s", """Hej Center for Byudvikling og Natur

Min kæreste Mikkel og jeg har haft vand i kælderen i halvandet år, og boligforeningen skubber
det over på kommunens kloak. Vi er ved at blive vanvittige. Kan I sende nogen ud?

Hilsen Jonas Friis, Vejleåparken afd. 2""")

M("p", """Til Center for Borger, Økonomi og IT

Andelsboligforeningen Tranehaven søger om kommunegaranti for vores nye lån. Vi oplyser samtidig
at to nye andelshavere er på vej ind i andel nr. 12, handlen afventer bankens godkendelse:

Ole Karlsen, [[3011760141]]
Jens Karlsen, [[0506792217]]

Venlig hilsen
Bestyrelsen""")

M("sp", """Kære borgmester

Min mand Ahmed og jeg har et bud inde på en andelsbolig i Solvænget og har fået betinget ja.
Men i foreningens vedtægter står der noget om "ægtefæller", og formanden siger at vi ikke tæller,
fordi vi er to mænd. Vi er gift på rådhuset. Kan kommunen gøre noget?

Med venlig hilsen
Rune Madsen""")

M("ts", """Hej beboerrådgiveren

Jeg er lesbisk, og min kæreste Sara og jeg er begge fra Iran. Vi er for nylig
flyttet ind i Vejleåparken, og nogen i opgangen har opdaget det og råber ting. Vi er bange. Kan
kommunen flytte os til en anden afdeling?

Mvh Leila""")
