"""corpus29 part F: mails forwarded by members to staff with the citizen's text quoted, relatives of people in care, CPR numbers and look-alikes."""
from common import M

M("he", """Fra: Jesper Bang
Til: Hovedpostkassen
Emne: VS: min mor på Ishøjhus

Kan I svare på denne? Jeg har kun kvitteret over for borgeren og slettet hendes tekst i mit svar.
/Jesper

-----Oprindelig meddelelse-----
Kære Jesper
Min mor, Gudrun Holm, cpr [[170433-1408]], bor på Plejecenter Ishøjhus. Hun har demens og er faldet tre gange på en måned. Vi har bedt om en sensormåtte, men har ikke hørt noget. Kan du hjælpe?
Hilsen Bettina Holm""")

M("e", """Fra: Mette Lindholm
Til: Hovedpostkassen; Direktør for Børn og Velfærd
Emne: VS: Henvendelse om SFO-betaling

Kan I svare på denne?

> Kære Mette, jeg har fået en rykker på SFO-betaling for min søn Elias ([[040516-7213]]). Jeg har søgt om økonomisk friplads i august, men har ikke fået svar. Jeg er alene med ham og arbejder på deltid.
> Mvh Sabrina Olsen""")

M("", """Fra: Mette Lindholm
Til: Hovedpostkassen
Emne: VS: Spørgsmål om SFO-takster

Kan I svare på denne?

> Hej Mette, hvad koster SFO pr. måned i 2026, og hvornår bliver taksterne vedtaget?
> Mvh Jens""")

M("eh", """Fra: Ahmad Karimi
Til: Hovedpostkassen
Emne: VS: Hjemmehjælp

Hej, borgeren har ringet til mig to gange. Kan I svare på denne?
Ahmad

---
Kære Ahmad Karimi
Jeg hedder Birthe Lauesen og er 84. Jeg har haft et hjertetilfælde og kommer lige hjem fra Hvidovre. Jeg har fået at vide, at jeg kun kan få rengøring hver tredje uge. Jeg kan ikke selv støvsuge. Mit personnummer er [[0912411872]].
Birthe""")

M("", """Fra: Ahmad Karimi
Til: Hovedpostkassen
Emne: VS: Hjemmehjælp – spørgsmål

Kan I svare på denne?

> Hvordan søger man om hjemmehjælp i Ishøj, og hvor lang tid tager det? Jeg spørger til en opgave på sosu-uddannelsen.""")

M("e", """Kære borgmester

Jeg skriver på vegne af min far, Leif Jensen, født [[260142 1333]], som har fuldmagt til mig. Han har søgt om plads i en plejebolig for seks måneder siden og har stadig ikke fået et tilbud. Vi vil gerne vide, hvor han står på listen.

Venlig hilsen
Marianne Jensen
fuldmagt vedhæftet""")

M("", """Kære borgmester

Jeg har fået en faktura fra kommunen med fakturanr. 2601421383 og kundenummer 0712554021. Beløbet er 1.240 kr. for vinterbeplantning. Jeg har ikke bestilt noget. Hvem skal jeg kontakte?

Mvh
Finn Lassen""")

M("", """Hej Kim

Mit kørekort er udløbet, og på borger.dk står der, at jeg skal ringe til 43 57 75 75. Er det rigtigt, at det er Ishøj Borgerservice, der tager sig af det?

Mvh
Helle""")

M("h", """Kære Lone

Vedr. min søster Marianne Krogh, [[050875-2894]]: hun har skizofreni og har været indlagt på Psykiatrisk Center Glostrup i 4 måneder. Nu bliver hun udskrevet til sin egen lejlighed uden noget støttetilbud på plads. Det går galt. Jeg beder dig om at sende det videre til de rette.

Med venlig hilsen
Tine Krogh""")

M("", """Kære Lone

Hvilke støttetilbud har kommunen til borgere, der udskrives fra psykiatrien? Jeg er pårørenderådgiver i SIND og vil gerne kende mulighederne.

Mvh
Ulla Berg""")

M("es", """Kære Jens Vinding

Jeg og min mand Kristian har været gift i 11 år. Jeg har mistet mit job på lageret og er nu på dagpenge, og vi søger om boligstøtte. Mit cpr er [[121183\u00a01451]]. Vi håber, I vil kigge på, hvorfor behandlingstiden er 14 uger.

Mvh
Jesper Lind""")

M("t", """Til borgmesterens PA

Min mor, Sultana Begum, [[020359–2118]], er fra Bangladesh og har boet i Danmark siden 1982. Hun har fået brev om at skulle forny sit sundhedskort med ny adresse, men forstår det ikke. Kan I bede nogen ringe til mig, så jeg kan oversætte?

Mvh
Rahim Begum""")

M("", """Til borgmesterens PA

Jeg ringer fra Ishøj Lokalradio. Vi vil gerne lave et interview med borgmesteren om den nye integrationspolitik. Kan vi få en tid næste uge?

Mvh
Jonas""")

M("b", """Kære Ahmad Karimi

Jeg hedder Yusuf Demir og er muslim. Jeg vil gerne søge om at få en muslimsk begravelsesplads til min far på Ishøj Kirkegård. Hans personnummer var [[111037-1169]]. Han døde i søndags. Vi skal begrave ham inden for få dage, og vi har ikke fået svar fra kirkegårdskontoret.

Yusuf Demir""")

M("", """Kære Ahmad Karimi

Har Ishøj Kirkegård en afdeling til muslimske begravelser? Jeg vil gerne vide, hvordan man reserverer en plads.

Mvh
Imamforeningen""")

M("u", """Fra: Kim Hansen
Til: Hovedpostkassen
Emne: VS: Vagtplan på rensningsanlægget

Kan I svare på denne? Det handler om personaleforhold, så jeg skal ikke svare selv.
Kim

> Hej Kim, jeg er 3F-tillidsrepræsentant på rensningsanlægget, Brian Holt ([[190579-3317]]). Vi har ikke fået svar fra centerchefen om rådighedsvagterne i to måneder.""")

M("ph", """Kære Mette

Jeg sælger mit hus på Gadekærsvej 22, fordi jeg har fået en hjerneskade efter et fald og ikke kan vedligeholde det. Der er en køber, men kommunen mangler at godkende en ombygning fra 2009, før handlen kan afsluttes. Jeg hedder Kurt Madsen, [[030361-1077]]. Hjælp mig, tak.

Kurt""")

M("", """Kære Mette

Hvem godkender en ældre ombygning, når et hus skal sælges? Jeg er ejendomsmægler og har tre sager i Ishøj med samme problem.

Mvh
Rie Holm, danbolig""")

M("he", """Til Jesper Bang

Min far, Arne Christiansen ([[1411370937]]), har været på aflastning på Plejecenter Strandgården i to uger, mens min mor er på hospitalet efter en operation. Nu vil de sende ham hjem på fredag, selvom der ikke er nogen hjemme. Han har Alzheimer. Hjælp!

Trine Christiansen""")

M("teb", """hej jens
jeg er kurder og min bror sidder i fængsel i tyrkiet for at skrive kritisk om regeringen. jeg vil gerne bede byrådet om at sende en protest som venskabsby til Izmir. jeg ved det er langt ude men vi har ingen andre
mvh Berivan""")

M("", """Hej Jens

Har Ishøj Kommune stadig venskabsbysamarbejde med en by i Tyrkiet? Hvad går samarbejdet ud på?

Mvh
Gert""")

M("e", """Kære borgmester

Jeg har modtaget et brev om, at min søns skolebuskort bliver inddraget, fordi vi er flyttet 200 m for tæt på skolen. Vi er en familie på kontanthjælp. Min søn er Victor, [[080614-4522]]. Det er umuligt for ham at gå langs Ishøj Landevej i mørke.

Mvh
Sidsel Brun""")

M("", """Kære borgmester

Skolevejen langs Ishøj Landevej er farlig i mørke. Jeg foreslår, at afstandskravet for gratis skolebus bliver sat ned fra 2,5 km til 2 km for de yngste.

Mvh
Trafikgruppen i Vejleå""")

M("s", """Kære Kim

Jeg skriver for min mand, Thomas, og mig selv, Jens Udsen ([[251072-2203]]). Vi har søgt om at adoptere. Kommunens sagsbehandler har sagt, at det 'er svært for to mænd', og det er ikke et rigtigt svar. Vi vil gerne have et møde.

Jens""")

M("e", """Kære Ahmad,

Min søn, Malik, ([[100907 5418]]), er anbragt uden for hjemmet. Jeg har ikke set ham i seks uger, fordi samværet er blevet aflyst. Jeg ved godt, at det er en sag, byrådet ikke kan behandle, men jeg beder dig sende den til de rette.

Mvh
Hanan""")

M("", """Kære Ahmad,

Hvor mange børn er anbragt uden for hjemmet i Ishøj i 2025? Og hvor stor en andel bor i plejefamilie?

Mvh
Simon Kragh, Ishøj Lokalavis""")

M("he", """hej lone, det er mig der snakkede med dig ved Ishøj Torv om min mor. hun hedder Ellen Frost, født [[281230-0616]]. hun har fået en blodprop i benet og nu vil kommunen ikke give hende genoptræning fordi hun er 'for gammel'. kan du gøre noget? mvh Susanne""")

M("", """Kære Lone

Tak for en god snak på Ishøj Torv lørdag. Jeg sender linket til vores debatindlæg om genoptræning, som vi talte om.

Mvh
Susanne Frost""")

M("pt", """Kære Jesper

Jeg er fra Gambia og har købt et hus i Torslunde. Overtagelsen er først i marts, men min kommende nabo har skrevet til mig og til sælgeren, at 'vores slags' ikke passer ind. Sælgeren overvejer at trække sig. Jeg er Mamadou Jallow, [[070686-1255]], og jeg vil gerne vide, om kommunen kan gøre noget.

Mvh
Mamadou""")

M("", """Kære Jesper

Jeg skriver for at sige tak for et godt borgermøde om integration i Torslunde. Det var godt, at så mange mødte op.

Mvh
Tove og Knud""")

M("eb", """Kære Jens Vinding

Jeg er katolik og har tre børn. Min mand har forladt os, og jeg er nu på kontanthjælp. Jeg vil gerne søge om fripladstilskud til min datter på Sankt Knud Lavards Skole, men har fået at vide, at kommunen ikke giver tilskud til privatskoler. Mit cpr er [[130286–2068]].

Mvh
Maria Kowalczyk""")

M("", """Kære Jens Vinding

Giver Ishøj Kommune tilskud til elever på privatskoler, eller er det kun staten? Jeg har læst forskellige ting.

Mvh
Skolebestyrelsen, Sankt Knud Lavards Skole""")

M("h", """Kære borgmester

Jeg hedder Pernille Aagaard, [[2209904012]]. Jeg har epilepsi og har fået afslag på at få kørekort fornyet, og nu kan jeg ikke komme på arbejde. Jeg ved godt, at det er Færdselsstyrelsen, men Borgerservice vil ikke engang hjælpe mig med at finde ud af, hvor jeg skal klage.

Mvh
Pernille""")

M("", """Kære borgmester

Mit sygesikringsbevis er blevet væk. Kan jeg få et nyt i Borgerservice, eller skal jeg bestille det online?

Mvh
Hans Christian""")

M("", """Kære Mette Lindholm

Vores sagsnummer er 28.00.00-P20-4-25 og journalnr. 150424-1188. Det handler om lokalplanen for Vejleå Park. Vi har indsendt et høringssvar, men det er ikke kommet med på listen.

Mvh
Grundejerforeningen Vejleå Park""")

M("", """Hej Jesper

Jeg fik bilag nr. 010185-0042 fra Ishøj Kommune i forbindelse med parkeringsafgiften. Det er ikke mit nummerplade, der står på. Kan I rette det?

Mvh
Peter Holm""")

M("", """Kære byråd

Budgettet for 2026 viser et fald i udgifterne til ældreområdet på 1,8 %, mens antallet af borgere over 80 stiger med 4,1 %. Det er en meget dårlig idé. Jeg håber, I vil genoverveje det ved 2. behandling.

Mvh
Ældre Sagen, lokalkomitéen""")

M("et", """Kære Kim Hansen

Min mor er fra Thailand og har arbejdet som rengøringsassistent i Ishøj i 30 år. Nu er hun gået på folkepension, men hun har fået en meget lav pension, fordi hun først kom til Danmark som 34-årig. Hun får intet tillæg. Jeg synes, byrådet skal vide, at der er mange kvinder som hende.

Mvh
Sunisa""")

M("s", """Kære Mette

Jeg er homo og dommer i Ishøj Fodboldklub. I weekenden blev jeg råbt efter fra sidelinjen med skældsord. Klubben gør ikke nok. Jeg synes, kommunen skal stille krav til klubberne om en politik mod homofobi, når de får tilskud.

Mvh
Rune Vestergaard""")

M("", """Kære Mette

Har Ishøj Kommune krav om værdigrundlag i de foreninger, der får tilskud? Fx politik mod mobning og diskrimination?

Mvh
Folkeoplysningsudvalgets næstformand""")

M("pe", """Kære Ahmad

Jeg hedder Bent Skjold, [[300648-1101]]. Jeg er 77 og min kone er lige død. Jeg har ikke råd til at blive boende i vores hus alene på min folkepension, så jeg har sat det til salg. Der er en køber, men han vil have, at kommunen fjerner et træ på fortovet først. Det kan vel ikke være så svært?

Bent""")

M("u", """Kære Lone Brix

Jeg er FOA-medlem, Dorthe Mølholm, [[040266-0819]], og jeg er tillidsrepræsentant for natholdet på Strandgården. Vi har nu fået en ny nattevagtplan uden dialog med MED-udvalget. Vi vil gerne bede om et møde.

Dorthe""")

M("t", """Hej Ahmad

Jeg er ung med eritreisk baggrund og har fået en praktikplads i kommunen. Men i frokoststuen bliver jeg hele tiden spurgt, om jeg 'virkelig' er dansker. Jeg ved ikke, om jeg skal sige det til HR, så jeg prøver dig først.

Mvh
Samuel""")

M("t", """Kære borgmester

Jeg er romani og har fået at vide af en medarbejder i Borgerservice, at 'jeres slags' altid snyder med ydelser. Jeg har ikke søgt om noget, jeg skulle bare have et pas. Jeg vil gerne klage og have en undskyldning.

Mvh
Stefan Radu""")

M("", """Kære borgmester

Jeg vil klage over den lange ventetid i Borgerservice for at få et nyt pas. Jeg ventede i 1 time og 20 minutter i tirsdags.

Mvh
Svend""")

M("b", """Kære Jesper

Jeg er medlem af Moderaterne og vil bare sige, at jeg synes, du har gjort det godt i sagen om cykelstien. Uanset parti. Tak.

Hilsen
Lars Holmboe""")

M("", """Kære Jesper

Tak for din indsats i sagen om cykelstien. Det var godt at se politikerne samarbejde på tværs af partierne.

Hilsen
Lars Holmboe""")

M("h", """Kære Mette Lindholm

Jeg har haft long covid i to år og kan kun arbejde 12 timer om ugen. Jeg vil gerne bede byrådet om at oprette et tilbud i Sundhedshuset for os med senfølger. Der er flere af os, end I tror.

Mvh
Jannie Ravn, [[150988\u00a02250]]""")

M("t", """Til Jens Vinding

Min kone er fra Filippinerne og arbejder i hjemmeplejen. Hun har fået kritik for sin accent af en borger, og lederen har sagt, at hun skal tage et danskkursus igen. Hun har boet her i 15 år og taler flydende. Jeg synes, det er diskrimination.

Mvh
Kenneth Dahl""")

M("s", """Hej Kim

jeg er 15 og jeg er trans og homo. jeg vil gerne have et kønsneutralt omklædningsrum i svømmehallen. det er ikke sjovt at stå der. kan i lave det?""")

M("", """Hej Kim

Kan svømmehallen få et kønsneutralt omklædningsrum? Andre svømmehaller har det.

Mvh
Ungdomsrådet""")

M("e", """Kære Jesper Bang

Min søn Lucas ([[171104-4610]]) har fået en underretning fra skolen, fordi han har meget fravær. Han passer sin lillebror, fordi jeg arbejder om natten. Jeg er alenemor og har ingen andre. Kan nogen forklare mig, hvad der sker nu?

Mvh
Nadia Christensen""")

M("", """Hej Ahmad

Jeg har et telefonnummer, +45 22 10 85 12, fra et brev om skolefravær, men det virker ikke. Hvem skal jeg ringe til?

Mvh
Leila""")

M("bs", """Kære Mette Lindholm,

Jeg er præst i Ishøj og gift med en mand. Jeg vil bare sige tak for jeres opbakning til regnbueflaget på rådhuset. Det betød meget for os, og også for mange i min menighed. Troen og kærligheden står ikke i modsætning.

Venlig hilsen
Michael Stær""")
