"""corpus85 part E: first jobs and unions, first homes, debt, hard negatives."""
from common import M

M("u", """hej
er 16 og har lige meldt mig ind i 3F fordi min chef i pizzeriaet på torvet betaler 70 kr
i timen kontant. 3F siger det er under mindstelønnen. kan kommunen gøre noget? jeg vil
ikke miste jobbet
mvh Hamza""")

M("", """Hej Ungdomsskolens jobvejledning

Hvad er mindstelønnen for unge under 18 i dag, og må en 15-årig arbejde efter kl. 20 en
fredag? Vi har en diskussion i klassen og ingen ved det.

Mvh 9.a på Gildbroskolen""")

M("p", """Til Center for Byudvikling og Natur

Vi har budt 1,25 mio. kr. på en ejerlejlighed i Ishøj Strandpark, og sælgerens mægler har
sagt at vi hører fra dem på fredag. Inden da vil vi gerne vide, om man kan få en
beboerparkeringstilladelse i området, da vi har to biler.

Mvh Tea og Jonas (24 og 25)""")

M("e", """hej gældsrådgivning

ok så jeg har 7 kviklån nu og rykkerne stabler sig (græde-emoji). det er vist 52.000 i
alt og to af dem er hos inkasso. jeg er 23 og arbejder i en tøjbutik. kan i se på det
med mig? jeg har ikke fortalt det til nogen
/Sabrina""")

M("", """Hej

Hvordan kommer man på ventelisten til Ishøj Kollegium, og hvor lang er ventetiden for
et værelse i øjeblikket? Jeg starter på uddannelse i august.

Mvh Nicklas""")

M("s", """Til Familieplejen i Ishøj

Min mand Mikkel og jeg er to mænd på 29 og 31, og vi vil gerne høre om at blive
plejefamilie for en teenager. Kommer I ud og holder informationsmøde, eller skal vi
komme ind til jer?

Venlig hilsen
Oscar Lund""")

M("t", """Kære borgmester

Mine forældre kom fra Irak i 1995, og jeg er den første i min familie, der har taget en
lang uddannelse. Jeg er lige blevet færdig som læge. Jeg vil gerne tilbyde at komme ud
på skolerne og fortælle om det, hvis kommunen har et rollemodelprojekt.

Med venlig hilsen
Zainab Al-Sadi""")

M("b", """hej ungdomsklubben
jeg skal konfirmeres i maj og min mor spørger om vi må låne klubbens sal til festen
bagefter. vi er ca 40. hvad koster det?
mvh Felix 7.b""")

M("", """Kære skoleledere i Ishøj

Vi er forældrerådet i 7. årgang og undrer os over at konfirmationsforberedelsen i Ishøj
Kirke ligger i skoletiden om tirsdagen. Kan skolerne og kirken finde et andet tidspunkt?

Venlig hilsen
Forældrerådet""")

M("eu", """hej jobcentret
mit studiejob i lageret stopper d. 31 fordi de lukker afdelingen. jeg er færdig med
uddannelsen i januar og er medlem af 3F's a-kasse. skal jeg melde mig ledig allerede nu?
cpr [[291099-3046]]
Malthe""")

M("hp", """Til Byggesagsafdelingen

Jeg er 30 og fik sklerose sidste år. Jeg skal sælge min lejlighed på 3. sal, fordi jeg
ikke kan klare trapperne, og jeg har en køber, der vil overtage 1. februar. Køberen vil
have en byggeattest for badeværelset. Kan I finde den?

Venlig hilsen
Nanna Eriksen""")

M("", """Kære gældsrådgivningen

Jeg er journalist på Vestegnen og skriver om unge og kviklån. Hvor mange unge under 30
har I rådgivet i år, og er det flere end sidste år?

Venlig hilsen
Peter Mogensen""")

M("t", """Til borgerrådgiveren

Min kæreste Jamal blev kaldt "sorte svin" af en kontrollør fra kommunens parkeringsfirma
på P-pladsen ved stranden i søndags. Jeg stod ved siden af. Jamal vil ikke selv klage,
men det er vigtigt for mig. Kan man klage på hans vegne?

Mvh Line Holm""")

M("h", """hej studievejleder i ungdomsskolen

jeg har OCD og kan ikke bruge toiletterne på skolen. jeg holder mig hele dagen og får ondt
i maven. må jeg bruge lærernes toilet? min psykiater siger det vil hjælpe
mvh anonym 15-årig""")

M("e", """Hej borgerrådgiveren

jeg er 17 og min far er hjemløs og sover i sin bil ved Ishøj Strand. han vil ikke selv
bede om hjælp. jeg bor hos min mor. kan kommunen gøre noget for ham uden at han ved det
er mig der har skrevet?
A.""")

M("u", """Hej Løn og Personale

Jeg blev uddannet pædagog i sommer og starter i vuggestuen Bakkehuset den 1. januar. Jeg
er medlem af BUPL, og de siger at min pension skal starte fra første dag. Kan I bekræfte
det?

Mvh Karoline""")

M("p", """Hej

Vi har budt på et kolonihavehus i H/F Strandhaven, og sælgeren har sagt ja, men
foreningens formand siger at huset er for stort i forhold til kommunens regler. Må vi
overtage det, eller skal sælgeren rive noget ned først?

Hilsen Alma og Frederik""")

M("bs", """Kære Kasper

Jeg er 19, bi og medlem af SFU (SF Ungdom). Vi vil gerne lave en stand om LGBT+ unges
trivsel ved Ishøj Bycenter i januar. Kan du hjælpe os med at finde ud af om vi skal søge
tilladelse, og hos hvem?

Mvh Asta""")

M("", """Hej Ungdomsskolen

Holder I stadig valgfaget "krop, sex og grænser" for 8. klasserne? Flere forældre har
spurgt, om det kommer igen i foråret.

Venlig hilsen
Birthe, skolebestyrelsen""")

M("h", """Hej Skolesundhedstjenesten

Jeg er 20 og har haft en spiseforstyrrelse fra 13-17 års alderen. Min nye psykiater vil
gerne se, hvad skolens sundhedsplejerske og psykolog skrev dengang. Hvordan får jeg
aktindsigt i min journal?

Personnr. [[011106–4382]]
Mvh Emma""")

M("t", """Hej Ishøj Lokalhistoriske Arkiv

Min mor kom fra Bosnien som flygtning under krigen i 1993, og jeg er 26 og vil skrive en
bog om de bosniske familier i Ishøj. Har I noget om flygtningecentret dengang?

Mvh Amra""")

M("p", """Til Ishøj Kommune, juridisk afdeling

Vores udlejer vil sælge hele ejendommen på Ishøj Strandvej 40, og vi lejere har fået et
tilbud om at købe den som andelsforening. Vi er mest unge under 30 og har aldrig prøvet
sådan noget. Kan kommunen vejlede om tilbudspligten og fristen?

Venlig hilsen
Lejerne i nr. 40, v/ Magnus Holt""")

M("", """Hej. Er det rigtigt at der skal bygges ungdomsboliger ved Ishøj Station? Hvornår kan man
skrive sig op, og hvad bliver huslejen? mvh Bjørn""")

M("ub", """Kære byrådsmedlem

Jeg er 27, medlem af Det Faglige Hus og har stemt på Moderaterne ved sidste valg. Jeg
forstår ikke hvorfor kommunen kun nævner de store fagforeninger i sin jobguide til unge.
Kan I ikke skrive, at man selv vælger?

Mvh Patrick""")

M("", """Hej Ishøj Bueskytteklub / Idrætscentret

Har I et ungdomshold for 14-18-årige, og kan man låne en bue de første gange? Min søn
har set det på YouTube og vil gerne prøve.

Mvh Lisbeth""")

M("s", """hej ungdomsklubben i vejleåparken
omg jeg sprang ud som gay for min mor i går og hun græd (glad gråd!!) hjerte-emoji.
ville bare sige tak til Dennis og Malou fra klubben, der sagde jeg skulle gøre det når jeg
var klar. i er seje
/Nikolaj 16""")

M("he", """Til Jobcentret

Jeg er 29 og har kronisk migræne, som betyder at jeg ikke kan arbejde fuld tid. Jeg søgte
om fleksjob i august og har været til rehabiliteringsteam. Hvornår får jeg en
afgørelse? Jeg har ikke hørt noget i tre måneder.

Venlig hilsen
Mikala Hansen [[150197-1923]]""")

M("", """Hej Ishøj Teater

Jeg har billetnr. 1912031177 til julekoncerten den 19. december, men kan ikke komme. Kan
jeg få pengene tilbage eller bytte til koncerten dagen efter?

Mvh Lise""")

M("t", """Hej Ishøj Bibliotek

Min bedstemor bor hos os og taler kun polsk. Hun læser meget, men har læst alle de polske
bøger vi har. Har I polske romaner, eller kan I låne nogle hjem fra et andet bibliotek?

Mvh Wiktoria, 19""")

M("b", """Hej Kulturhuset

Jeg er buddhist og mediterer hver morgen. Vi er en lille gruppe unge buddhister, der
gerne vil leje et stille lokale en time om søndagen. Har I noget, der er billigt?

Mvh Kevin""")

M("u", """Hej Plejecentret Ishøjgaard

Min kæreste er i FOA og har natvagter hos jer. Hun siger at de unge vikarer ikke får
tillæg for weekendnætter. Hun tør ikke selv skrive, så jeg spørger: hvordan er reglerne?

Mvh Daniel""")

M("e", """Til Familieydelser

Jeg har lige født min datter Alma den 2. oktober og har søgt børne- og ungeydelse og
børnetilskud som enlig. Jeg har ikke fået noget endnu. Kan I se om der mangler noget?

Ida Kristensen [[120403-4216]]
Alma [[021026-4601]]""")

M("", """Kære Kultur- og Fritidsudvalget

Der er brug for flere voksne med minoritetsbaggrund i ungdomsklubberne i Ishøj. Mange unge
har brug for rollemodeller, de kan spejle sig i. Vil udvalget tage det op?

Venlig hilsen
Jørgen Lauridsen""")

M("p", """Til Ejendomsafdelingen

Vi er foreningen Ishøj Ungdomsband, og vi har afgivet bud på det gamle klubhus ved
Ishøj Søvej, som kommunen har sat til salg. Vi har ikke hørt noget, og en anden køber
har åbenbart også budt. Hvornår træffer Økonomiudvalget beslutning?

Venlig hilsen
Bestyrelsen v/ Rasmus""")

M("h", """Hej SSP

Min veninde Sofie fra 2.g forsøgte selvmord i weekenden og er indlagt nu. Jeg ved ikke hvad
jeg skal gøre eller sige når hun kommer tilbage. Er der nogen jeg kan tale med?

Hilsen Emma""")

M("bs", """Til Ishøj Kirke / Kirkekontoret (cc borgerservice)

Min kæreste Jonas og jeg er to mænd på 27 og 29, og vi vil gerne giftes i Ishøj Kirke til
sommer. Vi er begge døbt og konfirmeret og går til gudstjeneste i ny og næ. Hvordan
bestiller vi tid, og skal vi have prøvelsesattest fra kommunen først?

Kh Emil""")

M("", """Hej Sognegården ved Ishøj Kirke

Kan man leje sognegården til en studenterfest den 27. juni? Vi er fem familier, der går
sammen. Hvad koster det?

Mvh Hanne""")

M("se", """Hej jobcentret

Min kæreste Marie er på kontanthjælp, og vi vil gerne flytte sammen i min lejlighed.
Hvis vi gør det, mister hun så sin kontanthjælp, fordi jeg tjener penge? Vi er begge
kvinder, hvis det betyder noget for reglerne.

Mvh Julie""")

M("u", """Hej

Jeg var medlem af Dansk Metal, da jeg var i lære som mekaniker, men jeg er lige skiftet til
Lederne, fordi jeg er blevet værkfører. Skal jeg give kommunens lønkontor besked om
skiftet, så mit fradrag passer?

Mvh Kristian, 29""")

M("t", """Til Ishøj Skole

Jeg er palæstinenser og går i 9. klasse. I historietimen sagde vores lærer at "palæstinensere
ikke er et rigtigt folk". Jeg blev meget ked af det. Kan jeg klage til nogen?

Hilsen Yasmin""")

M("p", """Hej

Jeg har arvet halvdelen af min fars lejlighed i Ishøj Landsby, og min søster vil købe
mig ud. Vi er ikke enige om prisen, og hun foreslår at vi bruger kommunens
ejendomsvurdering. Kan I sende den?

Venlig hilsen
Mads, 24""")

M("", """Hej Svømmehallen

Hvad koster et begynderkursus i svømning for voksne, og er der et om aftenen? Jeg er 22 og
lærte det aldrig ordentligt.

Mvh Tobias""")

M("b", """Hej kantinelederen på rådhuset

Jeg er ung medarbejder i kantinen og faster i ramadanen fra marts. Kan jeg holde min pause
ved solnedgang i stedet for kl. 12, så jeg kan spise? Det er ca. kl. 18.

Mvh Hassan""")

M("", """Til hovedpostkassen

Sender denne videre fra min byrådsmail, da den hører til Borgerservice.

Med venlig hilsen
Jens Bak

-----Oprindelig meddelelse-----
Fra: viktor.b02@outlook.dk
Emne: p-bøde

jeg har fået en p-bøde ved ishøj strand selvom jeg havde p-skive. kan i annullere den?
cpr [[300502 4117]] og nummerplade AB 12 345""")

M("", """Hej kommunen! Hvornår er Ungdommens Folkemøde i Ishøj næste år, og kan man stå for en
debat som 17-årig? Mvh Ida""")

M("he", """Kære sundhedsplejerske Hanne

Jeg har fået en fødselsdepression efter vores søn kom, og min læge har sat mig på medicin.
Min mand arbejder på skiftehold, og jeg er 22 og helt alene med det. Kan vi søge om
aflastning fra kommunen, og kan du hjælpe med ansøgningen?

Kh Sofia""")

M("", """Hej Ishøj Bibliotek

Kunne I lave en udstilling om diwali, eid og jul i november-december, så børnene kan se
at højtiderne ligner hinanden? Jeg er lærer på Strandgårdskolen.

Mvh Bente""")

M("u", """Til Beskæftigelsesudvalget

Vores søn på 17 er lærling hos en VVS-virksomhed i Ishøj og er lige blevet valgt som
ungdomsrepræsentant i Dansk Metal. Han vil gerne invitere udvalget til et møde om
lærepladser. Må vi sende invitationen her?

Venlig hilsen
Gitte og Poul""")

M("", """Hej Kultur og Fritid

Vi søger tilskud til Ishøj Ungdomsbands koncert i Ishøj Ungdomshus den 10. januar.
Budgettet er vedhæftet. Tilskuddet kan indbetales på reg. 5301 kontonr. 0241567890.

Mvh Kassereren""")

M("", """Hvornår åbner den nye skatepark ved Ishøj Idrætscenter? Den har været lukket i to
måneder nu. Mvh en skater""")
