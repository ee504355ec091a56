"""Part D: families moving, houses for sale, school districts and trades."""
from common import M

M("p", """Kære Ishøj Skole

Vi har sat vores rækkehus på Gildbrovej til salg, og ejendomsmægleren
regner med en handel inden jul. Vores to børn, Malou (3.A) og Oscar
(0.B), skal derfor højst sandsynligt skifte skole i januar. Hvornår skal
vi give skolen besked, og kan de blive til juleafslutningen?

Venlig hilsen
Karina og Thomas Vestergaard""")

M("", """Hej
Vi har lige købt hus i Torslunde, handlen gik igennem i maj og vi har boet
her siden 1. august. Nu vil vi gerne have at vores søn skifter fra
Strandskolen til Torslunde Skole. Hvordan søger man om skoleskift?
Vh Louise""")

M("pe", """Til borgerrådgiveren

Vores hus på Ishøj Landevej skal på tvangsauktion den 14. januar. Vi har
ikke kunnet betale terminerne siden min kone mistede sit job. Vi har
tre børn i skole og børnehave. Kan kommunen hjælpe os med at finde en
lejebolig i samme skoledistrikt, så børnene ikke også skal miste deres
venner?

Mvh Brian Lund""")

M("p", """Hej Jeanette (skolesekretær)

Bare en hurtig info: Vi har fået et bud på lejligheden i går og regner med
at skrive under på mandag, hvis banken siger god for køberens lån. Hvis
alt går vel flytter vi til Greve 1. marts, og så skal Viggo nok skifte skole.
Jeg melder tilbage når det er på plads.

Mvh Morten Sand""")

M("", """Til Center for Byudvikling og Natur

Hvornår sælger kommunen de nye grunde i Store Vejleå Nord? Vi er en familie
med to børn der overvejer at bygge, og vi vil gerne vide om der bliver en ny
skole i området. Mvh Christian Dall""")

M("pt", """Hej Lars Møller

Jeg skriver til dig fordi du er i byrådet. Vi er en familie fra Eritrea,
og vi har fået et tilbud om at købe en andelsbolig i Vejleåparken. Sælgeren
har nu trukket sig og siger til naboen at han "ikke vil sælge til
udlændinge". Vores datter skulle have gået på skolen lige overfor.
Kan I gøre noget?

Mvh Yonas Tesfay""")

M("p", """Kære skoleleder

Vi har købt et hus i Dragør med betinget købsaftale, og der er
advokatforbehold til fredag. Vi vil derfor gerne vide, om Anna kan fortsætte
i 7. klasse på Ishøj Skole året ud, selvom vi flytter kommune i april. Hun
har en god klasse og vi vil nødigt rive hende op midt i året.

Venlig hilsen
Stine og Ulrik Bach""")

M("", """Hej. Vi har solgt vores lejlighed i Ishøj Landsby og handlen er for
længst på plads. Vores søn flytter med os til Solrød i sommerferien. Hvordan
udmelder vi ham af SFO og klubben? Mvh Lisa""")

M("pe", """Hej Birgitte

Jeg er nødt til at sælge min andel i Gadekæret fordi jeg ikke kan betale
boligafgiften efter skilsmissen. Der er en køber der har budt, men
andelsforeningen siger at prisen er for høj. Jeg har to børn på Vibeholm og
vil gerne blive i området. Kan kommunen give mig en bolig i den mellemtid?

Hilsen Anette""")

M("p", """Til Ishøj Kommune, skoleindskrivning

Vi er ved at købe huset på Torslundevej 14 og har afgivet bud, som sælger
har accepteret mundtligt. Vi overtager forventeligt 1. juni. Kan vi
allerede nu skrive vores datter op til 0. klasse på Torslunde Skole, eller skal
skødet være tinglyst først?

Mvh Jesper og Mai Holm""")

M("", """Kære Kultur- og Fritidsudvalg
Er det rigtigt at kommunen vil rive den gamle spejderhytte ved Ishøj Sø ned?
Mange børn har gode minder derfra. Jeg håber I genovervejer. Mvh Preben""")

M("p", """Hej Anders

Jeg er spejderleder i 1. Ishøj Trop. Vi er i gang med at købe en lille
grund ved Tranegilde af en privat lodsejer til en ny hytte. Vi har en
betinget aftale, men den afhænger af at kommunen godkender lokalplanen. Kan
du fortælle hvornår sagen kommer på udvalgets dagsorden?

Mvh Lone Brøndum""")

M("pse", """Hej

Min mand og jeg har et hus til salg på Kirkebjerg Allé, og vi har nu en
køber der vil overtage 1. februar. Vi flytter til hans forældres by i
Jylland med vores søn på 10. Kan vi få papirer fra PPR med, så den nye skole
ved hvad der er lavet?

Hilsen Anders Bisgaard""")

M("", """Hej, vi ved godt at det er en privat sag, men naboens hus ved siden af
skolen er blevet solgt og nu står der en container i indkørslen hver dag.
Den står i vejen for børnene på skolevejen. Hvem skal vi kontakte? Vh Ole""")

M("pe", """Til hovedpostkassen / Center for Børn og Forebyggelse

Jeg er far til Liam (13), som er anbragt i familiepleje i Ishøj. Hans mor
og jeg skal sælge vores fælles hus i Avedøre som en del af skilsmissen. Der
er en køber, men vi er uenige om prisen. Sagsbehandleren siger at Liams
samvær med os skal vente til huset er solgt. Kan det være rigtigt?

Venlig hilsen
Henrik Olsen""")

M("p", """hej
huset er sat til salg, mægleren kommer og tager billeder på lørdag. vores
datter har fået en udvekslingsplads i skoleåret, men vi ved ikke om vi bor
her når hun kommer hjem. hvad gør man med skoleplads mens man er ude?
Mvh Kim""")

M("", """Til Center for Byudvikling og Natur
Hvad må der bygges på grunden ved den gamle børnehave på Bredekærgårds
Vænge, når den nye lokalplan er vedtaget? Vi er naboer og vil gerne vide det
inden høringsfristen. Hilsen Jette""")

M("pt", """Kære borgmester

Min svigerfar fra Tyrkiet vil købe et lille forretningslokale på Ishøj
Bycenter til en frisørsalon. Købsaftalen er betinget af at kommunen
godkender ændret anvendelse. Han forstår ikke dansk og jeg hjælper ham med
papirerne. Kan I fortælle hvor langt sagen er?

Venlig hilsen
Dilek Yilmaz""")

M("p", """Hej Tina

Jeg sender lige en besked om Alberts fravær: vi skal have fremvisning af
huset på fredag kl. 10, og han skal passe sin lillesøster. Det er anden
fremvisning denne måned, og mægleren tror at en af køberne vender tilbage
med et bud. Undskyld at det er i skoletiden.

Mvh Maria""")

M("", """Hej. Kan I oplyse hvilke skoledistrikter der hører til Ishøj Strand?
Vi kigger efter et hus og drømmer om at flytte til området en dag. Vh Sara""")

M("ph", """Kære Ishøj Kommune

Vi har fået et bud på vores villa, som vi sælger fordi vores søn Noah er
blevet kørestolsbruger efter en ulykke. Huset har trapper overalt. Køberen
vil kun betale hvis vi selv retter en fejl i taget. Vi er i forhandling nu.
Kan kommunen fortælle os hvilke boligændringer man kan søge til et nyt hus?

Mvh Kasper og Anne Berg""")

M("", """Til Ishøj Kommune
Jeg er ejendomsmægler og har en kunde der spørger om skoledistriktet for
Vejleå Parkvej 12. Kan I bekræfte hvilken skole det er?
Mvh Niels Hjort, Home Ishøj, sag nr. 0410221487""")

M("pe", """Hej

Vi har et hus på Ishøj Strandvej som skal sælges, fordi vi er gået fra
hinanden. Vi har fælles forældremyndighed over Ellen (7) og Kalle (11). Nu
står vi med to købere der har budt, og vi kan ikke blive enige om hvem vi skal
sælge til. Kan familierådgivningen hjælpe os med at tale sammen, så børnene
ikke kommer i klemme?

Venlig hilsen
Maja Holst""")

M("p", """Til formanden for Teknik- og Miljøudvalget

Ishøj Rideklub ønsker at købe det kommunale jordstykke matr. nr. 12c bag
ridehallen for at udvide med en ridebane til børneholdene. Vi har fået et
prisoverslag fra kommunen på 680.000 kr. og vil gerne forhandle prisen.
Klubben har 160 børnemedlemmer.

Venlig hilsen
Bestyrelsen, Ishøj Rideklub""")

M("", """Hej kommunen. Vores klub har lejet klubhus af kommunen i 15 år. Er der
planer om at sælge det? Vi vil bare gerne vide om vi skal kigge efter noget
andet. Mvh Ishøj Skakklub""")

M("pb", """Kære Lone

Vi er en gruppe muslimske forældre, der sammen vil købe en tidligere
erhvervsejendom på Industrivej til en weekendskole for vores børn med
arabisk og koranundervisning. Vi har givet et bud og venter på svar fra
sælgeren. Hvilke tilladelser skal vi have fra kommunen?

Med venlig hilsen
Youssef El-Amin
på vegne af forældregruppen""")

M("p", """hej
vi skal sælge vores kolonihavehus i haveforeningen Ishøj Strand, der er to
interesserede og den ene har sagt 185.000. pengene skal gå til vores datters
efterskoleophold næste år. skal vi bruge haveforeningens vurdering eller må
vi selv sætte prisen?
Connie og Bent""")

M("", """Kære udvalgsformand
Jeg har læst at kommunen har solgt den gamle skole i Torslunde til en
privat investor. Handlen blev vist underskrevet i 2024. Hvad skal der være nu?
Venlig hilsen Gunnar""")

M("peh", """Til: Borgmesterens PA

Jeg er enlig far og har siddet med min søn i lejlighed i Vejleåparken. Nu
har udlejer besluttet at sælge hele ejendommen og vi har fået at vide at vi
skal ud inden et halvt år. Vi har ikke råd til depositum til noget andet. Min
søn har autisme og tåler ikke at skifte skole.

Jeg håber borgmesteren kan hjælpe.

Mads Kristensen
[[250579-1153]]""")

M("", """Hej. Vi overvejer at sælge vores hus om et par år når børnene er
flyttet hjemmefra. Er der planer om byggeri i Ishøj Landsby der kan påvirke
priserne? Mvh Torben""")

M("p", """Kære Karin

Jeg vil bare fortælle dig, at det bliver Mathildes sidste måned i klassen.
Vi har accepteret et bud på huset, og køberen skal have svar fra banken inden
fredag. Vi har endnu ikke fortalt Mathilde det hele, så sig ikke noget til
klassen endnu.

Kh Rikke""")

M("psh", """Til Ishøj Kommune, Center for Byudvikling og Natur

Min kone og jeg (vi er to kvinder, gift i 2019) har givet bud på et af de
nye rækkehuse ved Ishøj Strandpark. Vi har et barn på vej via donor og vil
gerne vide om vi kan skrive os op til vuggestue allerede nu, selvom vi ikke
har overtaget endnu.

Med venlig hilsen
Julie Frandsen""")

M("", """Hej Ishøj Kommune

Hvornår forventer I at bygge ny skole i Store Vejleå? Vi er i fuld gang med
at sammenligne kommuner, og skolen er vigtig for os. Mvh Simon""")

M("pu", """Hej Jesper

Jeg er tillidsrepræsentant for pædagogerne i BUPL på Ishøj Strand SFO. Jeg
skriver privat: min kæreste og jeg har fået et betinget tilbud på en
lejlighed i Ishøj Bycenter, og sælgeren vil have svar i denne uge. Kan du
fortælle om kommunen har planer om at lukke SFO'en? Så skal vi ikke købe.

Mvh Camilla Rask""")

M("p", """Til skolebestyrelsen

Vores nabo, familien i nr. 9, har sat huset til salg. Deres søn er vores søns
bedste ven, og han har ikke fået noget at vide. Vi ved det kun fordi skiltet
står i haven. Er der nogen måde at skolen kan hjælpe drengene igennem det,
hvis familien flytter?

Venlig hilsen
Bente og Jørgen Kofoed""")

M("", """Hej. Min far døde i foråret og vi har lige overtaget hans hus i Ishøj
Landsby. Skødet er tinglyst og alt er på plads. Hvem skal vi kontakte om
ejendomsskatten? Og hvem aflæser vandmåleren (målernr. 0311624418)? Forsikringen
er flyttet til os, policenr. 280956-7734. Mvh Jakob""")

M("pe", """Til borgerrådgiveren

Banken har givet os frist til 1. marts til at sælge huset frivilligt, ellers
går det til tvangsauktion. Vi har et bud, men det dækker ikke gælden. Vi
har tre børn og ved ikke hvor vi skal bo. Vores sagsbehandler i Ydelsesservice
har ikke svaret i tre uger. Kan I se på det?

Mvh Sanne Jeppesen
cpr. [[170382 2458]]""")

M("", """Kære borgmester
Hvorfor sælger kommunen grundene i Vejleå til private developere i stedet
for at bygge almene familieboliger? Der er mangel på boliger til familier
med børn. Mvh Eva Lund""")

M("pt", """Hi,
We are a family from the Philippines living in Ishøj. We have found a house
on Bredekærs Vænge and put in an offer yesterday. The agent says the seller
wants an answer on financing within a week. Can you tell us which school our
two daughters will go to if we buy it? Do they need Danish tests?

Thank you,
Maricel and Joseph Santos""")

M("", """Hej Center for Byudvikling. Banken har bedt om en attest fra kommunen om
vejbidrag for Ishøj Bygade 44, matrikelnummer 5a, fordi vi omlægger vores
lån. Ejendomsnummer 0183 0121 54. Hvor bestiller man den? Vh Poul Friis""")

M("p", """Kære skoleleder Henrik

Vi har i dag skrevet under på en købsaftale med overtagelse 1. april, men
der er stadig tre dages fortrydelsesret for køberen. Vi har bestemt at
Valdemar skifter skole til sommer, ikke i april. Er det muligt selvom vi
bor i Brøndby fra april?

Mvh Kirstine""")

M("pb", """Hej Torben (byrådsmedlem for Venstre)

Jeg er selv medlem af Venstres lokalforening og vil gerne høre dig om noget
privat. Vi skal sælge vores hus og har en køber der er interesseret, men
vejen er ikke færdig og køberen vil vente på lokalplanen. Ved du om den
kommer på dagsordenen før jul?

Mvh Steen Bruun""")
