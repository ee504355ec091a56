"""corpus66 part A: sole traders, failing shops, inkasso and tax debt."""
from common import M

M("he", """
Til borgmesteren

Jeg har haft blomsterbutikken på Ishøj Stationsvej i elleve år, men siden vejarbejdet
startede i foråret er kunderne væk. Jeg skylder nu 84.000 kr. i moms og huslejen for
to måneder er sendt til inkasso. Jeg sover ikke om natten, og min læge har sat mig i
behandling for stress og giver mig sovemedicin.

Jeg beder ikke om særbehandling, men jeg vil gerne vide om kommunen har tænkt sig at
kompensere de butikker der har været afskåret fra kunderne i et halvt år.

Venlig hilsen
Birthe Lauridsen
""")

M("e", """
hej
jeg har en enkeltmandsvirksomhed (frisør) og har fået brev fra et inkassofirma om
23.417 kr for et gammelt leasingkrav på stolene. kan kommunen hjælpe med gældsrådgivning
eller hvem skal jeg ringe til. mit cpr er [[120885-1734]] hvis i skal slå mig op
mvh Sanne
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Vi åbner en lille café i Ishøj Bycenter til august og skal søge serveringstilladelse.
Virksomheden har CVR 41827365 og p-nummer 1023456789. Skal vi først have
næringsbrevet på plads, eller kan de to ansøgninger køre samtidig? Og hvem fra
kommunen deltager i det møde politiet holder om tilladelsen?

Med venlig hilsen
Cafe Strandlys v/ Kasper Mølgaard
""")

M("ue", """
Hej Lone

Du sagde til vælgermødet at vi bare kunne skrive. Jeg var tømrerlærling i 2. år og
mester gik konkurs i sidste uge, så min læreplads er væk. 3F hjælper mig med at få
lønnen fra Lønmodtagernes Garantifond, men det tager måneder og jeg kan ikke betale
min husleje den 1. Jeg har søgt uddannelseshjælp og fået at vide jeg skal vente.
Kan du gøre noget ved at det går så langsomt?

Mathias, 20 år
""")

M("tb", """
Til borgerrådgiveren

Jeg driver en café på Vejleåvej. Jeg er kurder, født i Tyrkiet, og har boet i Ishøj
i 19 år. I marts skrev nogen "tag hjem til ørkenen" på min rude, og i sidste uge kom
to mænd ind og kaldte mig terrorist fordi de så mig bede i baglokalet. Jeg har
anmeldt det til politiet. Men kommunens folk fra affaldsordningen griner bare når
jeg fortæller det. Jeg vil klage over den måde jeg bliver behandlet på.

Serhat
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har sat vores landbrugsejendom på Tranegildevej til salg, og der er kommet et bud
fra en køber der vil drive hestepension. Købet er betinget af at han kan bygge en ny
ridehal. Kan I sige om det kan lade sig gøre i landzonen, før vi skriver under?

Mvh
Erik og Hanne Thomsen
""")

M("s", """
Kære udvalgsformand

Jeg er freelance grafiker og arbejder hjemmefra i rækkehuset i Vejleå Park. Min mand
Jonas har også hjemmekontor, så vi har brug for at bygge et lille udhus om til
tegnestue. Kræver det en byggetilladelse når der ikke kommer kunder?

Venlig hilsen
Mikael Brandt
""")

M("", """
Hej
Hvornår er den næste erhvervsmorgenmad for små virksomheder? Jeg så på Facebook at
Ishøj Erhvervsforening holder et arrangement om grøn omstilling sammen med kommunen,
men der stod ikke noget tidspunkt. Gerne også hvem man tilmelder sig hos.
Mvh Rasmus, Ishøj VVS & Blik
""")

M("he", """
har kræft i tyktarmen og kan ikke passe kiosken mere. er selvstændig og har aldrig
tegnet den der forsikring, så jeg ved ikke om jeg kan få sygedagpenge fra jer. min søn
holder åbent om aftenen men det løber ikke rundt. hvem skal jeg skrive til

Kurt Sørensen, Kiosken ved stationen
""")

M("e", """
Til hovedpostkassen

Gældsstyrelsen har nu sendt mig en lønindeholdelse på 32 % fordi jeg har en restskat på
61.000 kr. fra dengang jeg havde mit rengøringsfirma. Jeg kan ikke betale husleje,
når de tager så meget. Jeg har ringet til dem, men de siger at jeg skal søge
kommunen om hjælp til huslejen. Hvilken blanket skal jeg bruge?

Cpr-nr. [[030779–1482]]
Tina Holm, Strandgårdsparken
""")

M("", """
Til dagsordensamleren for Erhvervs- og Beskæftigelsesudvalget

Jeg skriver på vegne af en gruppe erhvervsdrivende i Ishøj Landsby. Vi vil gerne have
punktet "skiltning langs Ishøj Landsby" på udvalgets dagsorden. Vi har ikke
kunnet finde reglerne for facadeskilte i lokalplanen, og flere butikker har fået
forskellige svar.

Med venlig hilsen
Lars Bang, formand for Landsbyens Handelsstandsforening
""")

M("u", """
Hej borgmester

Jeg er tillidsrepræsentant for HK på et lager i Industrikvarteret, og vi har et
problem med at bussen 128 ikke kører tidligt nok til at folk kan nå morgenholdet kl. 6.
Der er 40 medarbejdere der står og venter. Kan kommunen tale med Movia?

Vh. Annette Friis
""")

M("ps", """
Hej Jens

Min kone Louise og jeg har budt på den gamle smedje på Ishøj Landsby 14, som vi vil
lave om til keramikværksted med lille butik. Sælger har sagt ja til prisen, men vi skal
have byggetilladelsen på plads inden handlen er endelig. Sagen har ligget hos
byggesag i fem uger. Kan du spørge hvor den er?

Venlige hilsner
Camilla Dahl
""")

M("", """
Hej, jeg læser til pædagog og skal skrive opgave om hvordan små kommuner støtter
iværksættere. Har Ishøj en erhvervsstrategi jeg kan læse, og er der tal på hvor
mange nye virksomheder der er startet de sidste fem år? Tak på forhånd!
Ida, 3. semester
""")

M("t", """
Dear Mayor,

I moved to Ishøj from Nigeria two years ago and started a small catering business
from a rented kitchen. Last month an inspector from the municipality told me my food
"smells too African for the neighbours". I found that hurtful. I have all my
papers and my hygiene certificate. Who can I complain to?

Kind regards,
Chinwe Okafor
""")

M("b", """
Kære Susanne

Som medlem af Socialdemokratiet i Ishøj og selvstændig elektriker vil jeg bede dig
tage sagen om kommunens betalingsfrister op i partiets byrådsgruppe. Små håndværkere
kan ikke vente 45 dage på pengene.

Kammeratlig hilsen
Per Knudsen
""")

M("e", """
Vedr. min regning til kommunen og mit inkassokrav

Jeg malede to klasseværelser på Gildbroskolen i juni, faktura 2406180033, og har ikke
fået pengene. Imens er min egen bil sendt til inkasso fordi jeg ikke kunne betale
afdraget, og banken har lukket min kassekredit. Jeg er alene i firmaet, så det er
mine penge. Hvornår betaler I?

Thomas Lind
Lind Malerservice, CVR 38291047
""")

M("", """
Hej
Er det rigtigt at kommunen har lavet et nyt udbud på vinduespudsning på
skolerne? Vi er et lokalt firma med 6 ansatte og vil gerne byde. Hvor findes
udbudsmaterialet, og er der informationsmøde? Vores EAN-nr. til fakturering er
5790002391845 hvis det skal bruges.

Mvh
Klar Udsigt ApS
""")

M("hue", """
Til Center for Beskæftigelse og Erhverv

Jeg er ansat i en lille bilforhandler og medlem af Dansk Metal. Jeg faldt fra en lift
i værkstedet og brækkede hoften, og arbejdsskaden er anmeldt. Min arbejdsgiver siger
at jeg skal tale med jer om at komme delvist tilbage. Jeg vil gerne have en
mødetid efter den 10., hvor jeg har haft kontrol på hospitalet.

Brian Lykke
""")

M("s", """
Hej

Jeg er 19 og bøsse, og jeg har lige startet en lille TikTok-virksomhed med makeup for
fyre. Jeg vil gerne høre om kommunens iværksætterpulje også gælder for sådan noget
som mit, eller om det kun er "rigtige" firmaer.

Hilsen Oliver
""")

M("", """
Til borgmesterens PA

Ishøj Håndværkerforening vil gerne invitere borgmesteren til at holde en kort tale
ved vores 100-års jubilæum fredag den 6. september kl. 16 i Ishøj Kulturhus. Der
kommer ca. 150 medlemmer og gæster. Kan I vende tilbage inden den 15. august?

Venlig hilsen
Ole Riis, sekretær
""")

M("pe", """
Til borgmesteren

Min mor og jeg ejer ejendommen på Ishøj Bygade hvor hun har haft sin systue i 30 år.
Nu går det ikke længere. Banken kræver at vi sælger, fordi vi er bagud med
afdragene, og der er en køber der vil give 2,1 mio. hvis kommunen godkender at
stueetagen laves til bolig. Vi har brug for et hurtigt svar, ellers trækker han sig.

Jesper Holm
""")

M("b", """
hej kommune
jeg er veganer af etiske grunde og har en lille foodtruck. må jeg stå ved stranden
om sommeren og hvad koster det? ingen kød ingen mælk, kun planter :)
/Sofie
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har fået en rykker fra jer, men jeg har allerede betalt. Det drejer sig om
gebyret for affaldsordningen på min erhvervsadresse, kundenummer 0704851299, og
betalingen gik via Betalingsservice den 1. i måneden. Kan I tjekke det og fjerne
rykkergebyret?

Mvh
Morten Kirk
""")

M("te", """
Kære borgerrådgiver

Min far kom fra Pakistan i 1972 og har haft kiosk i Ishøj i 40 år. Nu er han 71, og
han har fået brev om at han skylder kommunen 18.000 kr. i for meget udbetalt
boligstøtte. Han forstår ikke brevet, og han taler næsten kun punjabi. Jeg vil gerne
hjælpe ham med at klage.

Venlig hilsen
Nadia Ahmed
""")

M("s", """
Hej Bent

Jeg og min kæreste Maja (vi er to piger) har overtaget frisørsalonen på Store Torv. Vi
har hørt at der er tilskud til at gøre butikker tilgængelige for kørestolsbrugere.
Hvordan søger man?

Mvh
Emma
""")

M("e", """
-----Oprindelig meddelelse-----
Fra: Jobcenter Ishøj
Sendt: 4. marts
Emne: Indkaldelse til samtale

Du indkaldes til samtale om dit forløb som selvstændig uden indtægt.

----

Jeg kan ikke komme den dag, jeg har et job som rengøringshjælp den formiddag og jeg
har brug for pengene. kan vi flytte samtalen til efter kl. 14?

Vh Ahmad
""")

M("", """
Hvad er reglerne for at holde loppemarked i en privat gård? Vores ejerforening vil
gerne lave et den sidste søndag i august, og nogen siger at man skal have tilladelse
fra kommunen når der sælges mad. Vi sælger kun kaffe og kage.
Mvh Jette, Ejerforeningen Bækkeskovvej 2-18
""")

M("hbe", """
Til Center for Voksne og Velfærd

Jeg er 24, studerer og er medlem af Jehovas Vidner. Jeg har fået diagnosen
epilepsi og må ikke køre bil i et år. Jeg har fået et studiejob i Hundige, men jeg kan
ikke komme derhen uden bil. Jeg vil gerne søge om hjælp til kørsel. Hvor gør jeg det?

Venlig hilsen
Rebekka Andersen
""")

M("u", """
Til Jobcenteret

Jeg er ingeniør, medlem af IDA, og starter for mig selv som konsulent. Jeg vil høre om I
har et netværk for nye virksomheder i kommunen. Ikke noget med ydelser, jeg skal
bare møde folk.

Mvh Helle Sand
""")

M("e", """
Hej Mikkel

Jeg er 22 og har lige fået min første lejlighed i Ishøj Strand. Jeg arbejder som
elev i en bank og tjener 13.500 før skat, og huslejen er 7.900. Jeg har søgt
boligstøtte i december og har stadig ikke fået svar. Er det normalt at det tager
så lang tid?

Hilsen Jonathan
""")

M("", """
Til Center for Byudvikling og Natur

Kommunen ejer erhvervsgrundene langs Ishøj Søvej. Hvornår kommer de næste grunde til
salg, og hvilken pris pr. m² regner I med? Vi er en lille entreprenørvirksomhed der
kigger efter et nyt sted til vores materialegård.

Venlig hilsen
Jakob Vinter
""")

M("ht", """
Til borgmesterens PA

Min kollega Fatima, som er fra Somalia, har haft et ildebefindende på vores
rengøringsjob på rådhuset og ligger på Hvidovre Hospital. Hun har ingen familie her.
Kan I sørge for at nogen fra personalet ved besked, så hun ikke mister sine timer?

Med venlig hilsen
Grethe, hendes makker
""")

M("", """
Hej
hvad koster det at leje Ishøj Idrætscenter til en messe for iværksættere? vi er
en gruppe studerende fra KEA der vil lave et lille marked for studie-startups i
november, ca 30 stande
mvh Frederik
""")

M("pu", """
Hej Hatice

Jeg er 3F-medlem og har arbejdet på havnen i mange år. Nu har min kone og jeg sat vores
kolonihavehus i Haveforeningen Tranegården til salg, og der er en der har budt, men
foreningen siger at kommunen skal godkende udestuen først. Kan du skubbe lidt på?

Hilsen
Finn Olsen
""")

M("e", """
Til borgerrådgiveren

Jeg har en lille cykelsmed-forretning. Jeg søgte om kontanthjælp da forretningen
blev lukket ned i januar, men jobcentret siger at jeg først skal sælge værktøjet og
varelageret. Det er mit levebrød. Jeg synes ikke de har vejledt mig ordentligt.

Morten Bech, personnr. [[170569 1835]]
""")

M("b", """
Til kulturudvalgets formand

Jeg er katolik og driver en lille boghandel med kristen litteratur i Ishøj Bycenter. Jeg vil
gerne låne et lokale på biblioteket til en oplæsningsaften. Er det tilladt når
bøgerne er religiøse?

Med venlig hilsen
Teresa Nowak
""")

M("", """
Hej

Vi er en lille virksomhed der sælger kaffe fra en ladcykel. Skal man have
torvetilladelse for at stå på Store Torv om lørdagen, og kan man søge den for et
helt år ad gangen? Vores ordrenr. på den sidste tilladelse var 2205231107.

Mvh
Cykelkaffen
""")

M("e", """
hej jeg er 18 og min far har smidt mig ud. jeg bor hos en ven på en sofa. går på HF
og får SU men det er ikke nok til et værelse. er der nogen i kommunen der hjælper unge
med at finde bolig??
""")

M("tu", """
Til Erhvervsudvalget

Jeg er rumæner og arbejder i byggeriet i Ishøj. Jeg er blevet medlem af BJMF, og
de har sagt at vores firma betaler os under overenskomsten. Vi bor 8 i et hus på
Industrivej som firmaet ejer. Er det lovligt at bo i et erhvervsområde?

Mvh Andrei
""")

M("s", """
Til Ishøj Kommune

Vi er to fædre som vil åbne en legestue for småbørnsfamilier i et tomt butikslokale.
Kan man få lov at indrette lokalet til det, og skal vi søge noget særligt?

Bedste hilsner
Anders og Nikolaj Winther
""")

M("hb", """
Kære borgerrådgiver

Min søn på 17 er lærling hos en mekaniker. Han har diabetes og skal spise på faste
tidspunkter, og nu i ramadanen faster han ikke, men mesteren tror at han gør, og giver
ham ikke pauser. Vi er muslimer og jeg har forklaret at syge ikke skal faste. Jeg vil
gerne vide om kommunen kan tale med mesteren, da det er en praktikplads gennem
skolen.

Salim
""")

M("", """
Kære borgmester

Tillykke med den nye erhvervspris! Jeg synes det er fint at kommunen hylder de
lokale virksomheder. Men kunne man næste år lave en kategori for virksomheder under 5
ansatte? Det er os der holder liv i butikkerne.

Med venlig hilsen
Anne-Mette Jakobsen, Ishøj
""")

M("", """
Hej
jeg er ny som kasserer i en badmintonklub og vi skal søge lokaletilskud. vores
kontonummer er reg. 2267 konto 0612871943 og cvr 33819204. skal vi sende regnskab med eller
bare budget?
""")
