"""corpus66 part D: shop and café owners, harassment for origin or faith."""
from common import M

M("tb", """
Til borgmesteren

Jeg har en frisørsalon i Ishøj Bycenter. Jeg er fra Irak og bærer tørklæde. I sidste
uge kom en kunde og sagde at "sådan nogle som dig" ikke skal klippe danske børn, og
han har skrevet det samme i en anmeldelse på nettet. Centerledelsen siger at det er en
privat sag. Jeg synes kommunen skal tage stilling, fordi bycentret er halvt kommunalt.

Med venlig hilsen
Zainab Al-Hassan
""")

M("t", """
hej
jeg har en grillbar og er fra Bosnien. nogle drenge fra området kommer hver fredag og
råber "muh" og "jugo" og smadrer ting. politiet siger de ikke kan gøre noget. kan
kommunens SSP-folk tage en snak med dem
Edin
""")

M("", """
Til Center for Børn og Forebyggelse

Vi er en gruppe forældre der gerne vil høre hvad kommunen gør for at forebygge
racisme blandt unge. Er der et SSP-projekt i skolerne, og kan vi få materialet at se?

Med venlig hilsen
Forældrerådet, Vibeholmskolen
""")

M("b", """
Kære udvalgsformand

Jeg driver en halal-slagter på Ishøj Stationsvej og spiser selv kun halal. Jeg vil
gerne levere til kommunens køkkener, men i udbuddet står der at kødet skal være
bedøvet. Jeg mener det skal være muligt at levere til de institutioner der selv ønsker
halal. Hvem kan jeg tale med?

Mvh
Hassan Demir
""")

M("", """
Hej

Hvornår er der næste gang fællesspisning med halal-mad i Strandgårdsparkens
beboerhus? Jeg har hørt at kommunen giver tilskud. Hvem skal man kontakte for at
være med i køkkengruppen?

Hilsen Karen
""")

M("tbe", """
Til borgerrådgiveren

Min mand og jeg er fra Syrien og har en lille bager. Vi holder lukket fredag middag
fordi vi går til fredagsbøn. Nu har jobcentret sagt at min mand skal stå til rådighed
for et job om fredagen, fordi bageriet ikke giver nok, og vi får supplerende
kontanthjælp. Kan de kræve det?

Rama
""")

M("t", """
Dear council member,

I'm an Indian engineer who has opened a small IT consultancy in Ishøj. A man at the
business network breakfast told me "you people" should go back to Bangalore and stop
taking Danish jobs. The municipality co-hosts the breakfast. I think someone should
say something about it.

Regards,
Arjun Mehta
""")

M("", """
Til Erhvervsudvalget

Vi er en forening af indvandrererhvervsdrivende på Vestegnen. Vi vil gerne lave et
samarbejde med kommunen om en iværksætterworkshop på arabisk og tyrkisk. Er der
penge i puljen til det, og hvornår er ansøgningsfristen?

Med venlig hilsen
Netværket for Nye Virksomheder
""")

M("bt", """
Hej Hatice

Jeg er jødisk og har lige åbnet en lille delikatesse med kosher varer. Nogen har tegnet
et hagekors på døren i nat. Jeg har anmeldt det, men jeg vil gerne vide om kommunen
har en plan for at fjerne graffiti hurtigt, for jeg kan ikke selv.

Mvh
David Levin
""")

M("t", """
Til Center for Beskæftigelse og Erhverv

Jeg er grønlænder og har arbejdet på fiskeindustrien i Nuuk. Jeg er flyttet til
Ishøj og vil gerne starte som selvstændig fisker eller fiskehandler. Hvad skal jeg
vide om reglerne i Danmark?

Mvh Aqqaluk
""")

M("be", """
Til hovedpostkassen

Jeg er sikh og bærer turban. Jeg har fået tilbudt et job som vagt gennem jobcentret,
men firmaet siger at turbanen skal af for at hjelmen kan sidde. Jeg vil ikke miste min
ydelse fordi jeg siger nej. Hvad er reglerne?

Gurpreet Singh, [[110992-3054]]
""")

M("", """
Hej

Hvornår åbner det nye bederum i Ishøj Kulturhus? Jeg har hørt at der bliver et
stillerum for alle religioner. Er det rigtigt, og hvem kan bruge det?

Mvh
Jonna
""")

M("tu", """
Kære borgmester

Jeg er rengøringsassistent fra Filippinerne og medlem af Serviceforbundet. Vores
firma gør rent på kommunens skoler og betaler os for 6 timer, når vi arbejder 8. Vi er
bange for at sige noget, fordi mange af os har opholdstilladelse på grund af jobbet.
Kan kommunen kræve at firmaet overholder reglerne?

Maria Santos
""")

M("b", """
hej borgmester
du må gerne vide at jeg er ateist og ikke vil have kirkeskat. jeg har meldt mig ud, men
på min årsopgørelse står der stadig kirkeskat. er det jeres fejl eller skat?
/Jakob
""")

M("te", """
Til borgerrådgiveren

Jeg er fra Gambia og har fået afslag på kontanthjælp, fordi min virksomhed
(afrikansk catering) stadig er registreret. Men den har ikke tjent noget i et år. Jeg
vil gerne klage, men jeg forstår ikke afgørelsen. Jeg vil gerne have den oversat.

Lamin Jallow
""")

M("", """
Til borgmesterens PA

Ishøj Kommune har fået et brev fra et tyrkisk erhvervskammer, der vil besøge
kommunen i foråret. Kan borgmesteren tage imod dem? De kommer med 12 personer og
vil høre om erhvervsområdet ved havnen.

Med venlig hilsen
Tolkeservice Vest, på vegne af kammeret
""")

M("tbh", """
Hej Lone

Jeg er palæstinenser og muslim og har en lille købmand. Jeg har været sygemeldt med
angst siden to mænd i maskering truede mig i butikken efter en demonstration. Min bror
passer butikken, men kunderne kommer ikke. Hvad kan kommunen gøre for at folk føler
sig trygge i området?

Mvh Ibrahim
""")

M("b", """
Til kulturudvalget

Jeg er præst i den koptisk-ortodokse menighed, som holder gudstjeneste i et lejet
lokale i Ishøj. Vi vil gerne søge om at leje en kommunal sal til påskefest for ca. 200
personer. Hvad koster det?

Med venlig hilsen
Fader Mina Girgis
""")

M("", """
Til Center for Byudvikling og Natur

Hvad er reglerne for at sætte et skilt op på arabisk over en butik? Vi er et
skiltefirma og får ofte spørgsmålet, så vi vil gerne kunne svare kunderne rigtigt.

Mvh
SkiltePro
""")

M("t", """
Til udvalgssekretæren

Vil I sætte denne sag på Erhvervsudvalgets dagsorden: Jeg er romani og handler med
brugte møbler. Jeg har søgt en stadeplads på markedet tre år i træk og får altid
afslag uden begrundelse, mens andre får plads første gang. Jeg tror det er fordi
markedsforeningen ikke vil have "sigøjnere".

Mvh
Milan Nikolić
""")

M("bs", """
Kære borgerrådgiver

Jeg er muslim og homoseksuel og har en cafe i Ishøj. Nogle fra min egen moske har
skrevet trusler på Facebook om at de vil lukke min cafe. Jeg er bange. Jeg ved ikke
om kommunen kan hjælpe, men jeg vil gerne have at nogen ved det.

Yusuf
""")

M("", """
Hej
Hvem skal man kontakte hvis man vil lave en stand med mad fra forskellige lande til
Ishøj Kulturfestival? Vi er en gruppe studerende fra forskellige baggrunde der har
lyst til at være med.
Hilsen Rosa
""")

M("tp", """
Hej Bent

Min familie er fra Vietnam, og vi har ejet neglesalonen og lejligheden ovenover på
Ishøj Bygade siden 2004. Vi har fundet en køber, men han har trukket sig to gange, og
nu siger mægleren at nogen i byggesag har sagt at vi "sikkert har bygget uden
tilladelse". Vi har alle papirer. Kan du hjælpe med at få en skriftlig bekræftelse?

Thi Nguyen
""")

M("b", """
Til hovedpostkassen

Jeg er Jehovas Vidne og har et lille maleri-firma. Kommunen har spurgt om vi vil male
et lokale til julefrokosten. Jeg vil gerne lave opgaven, men jeg deltager ikke selv i
festen. Det er bare så I ved det, hvis det bliver et problem.

Mvh Lars Bech
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Har kommunen statistik over hvor mange virksomheder i Ishøj der er ejet af personer
med ikke-vestlig baggrund? Vi er et forskningsprojekt på CBS om etnisk iværksætteri.

Venlig hilsen
Anne Dalgaard, ph.d.-studerende
""")

M("tbu", """
Hej Susanne

Jeg er kurdisk alevi og arbejder som kok. Jeg er medlem af 3F. Min chef på
restauranten kalder mig "den vantro" foran gæsterne og griner af at jeg ikke faster.
3F siger at jeg skal skrive det ned. Jeg vil gerne vide om kommunen har en rådgiver
for diskrimination.

Mvh
Cem
""")

M("e", """
Til Ishøj Kommune

Jeg har fået brev om at min butik skal betale tilbage 38.000 kr. i kompensation fra
corona-tiden, fordi den blev beregnet forkert. Jeg er alene i forretningen og har
ikke de penge. Jeg har allerede en afdragsordning med SKAT. Kan kommunen gå i
forbøn?

Mvh
Ulla Pedersen
""")

M("b", """
Kære Jens

Jeg er aktiv i Extinction Rebellion og ejer en lille genbrugsbutik. Vi vil lave en
"reparationsdag" på Store Torv med gratis cykelreparation. Skal jeg søge om
tilladelse?

Vh
Kirstine
""")

M("", """
Hej

Vi er en tekstilvirksomhed der gerne vil give rabat til medarbejdere i Ishøj Kommune.
Kan vi komme med i kommunens personalegodeprogram? Vores kundenummer hos jer er
1903871234.

Venlig hilsen
Ishøj Stof & Tråd
""")

M("t", """
Til borgmesterens PA

Min mor er fra Pakistan og taler kun urdu. Hun har en lille tøjforretning og har fået
et brev fra kommunen om ejendomsskat på butikken. Det må være sendt til den forkerte,
for hun lejer den bare. Kan I sende brevet på urdu eller give hende en tolk?

Mvh
Imran Qureshi
""")

M("", """
Til Center for Borger, Økonomi og IT

Kan man få en tolk, hvis man skal på borgerservice for at søge om næringsbrev? Jeg
spørger for vores forening, som hjælper nye erhvervsdrivende med papirerne.

Mvh
Ishøj Frivilligcenter
""")

M("tb", """
Til udvalgsformanden

Jeg er tamil fra Sri Lanka og hindu. Vores lille butik har en husalter i hjørnet og vi
brænder røgelse om morgenen. En nabo har klaget til kommunen over lugten. Er det
ulovligt?

Venlig hilsen
Kumar Sivakumar
""")

M("b", """
hej Mikkel
er medlem af Dansk Folkeparti og har et lille vognmandsfirma. syntes at kommunen skal
lave flere p-pladser til lastbiler ved erhvervsområdet så vi ikke holder i
villavejene. hvad siger du
mvh Kim
""")

M("", """
Hej

Kan I fortælle hvad kommunens politik er for brug af religiøse symboler hos ansatte i
borgerservice? Jeg spørger fordi jeg skriver en artikel til lokalavisen.

Mvh
Mette Holst, journalist
""")

M("t", """
Hej Hatice

Min søn er halvt ghanesisk og har fået læreplads som automekaniker, men han bliver
kaldt "abe" af de andre på værkstedet. Mester griner med. Han vil ikke sige noget
fordi han er bange for at miste pladsen. Hvad kan vi gøre?

Mvh
Anja
""")

M("bte", """
Kære borgerrådgiver

Jeg er ukrainer og kom som flygtning i 2022. Jeg er ortodoks kristen og går i kirke
hver søndag. Jeg har et lille syværksted, men jeg får også integrationsydelse, og nu
siger kommunen at jeg skal betale det tilbage, fordi jeg havde indtægt fra
værkstedet. Jeg har sendt alle kvitteringer. Hvordan klager jeg?

Olena Kovalenko, [[150389–3726]]
""")

M("", """
Til Erhvervsudvalget

Tak for mødet om erhvervsstrategien. Jeg synes at I skal lægge mere vægt på at hjælpe
virksomheder ejet af kvinder og af unge. Det er de grupper der har sværest ved at få
lån i banken.

Med venlig hilsen
Ishøj Iværksætterklub
""")

M("t", """
Til Center for Beskæftigelse og Erhverv

Jeg er fra Eritrea og har arbejdet i Danmark i 6 år som buschauffør. Jeg vil gerne
starte mit eget taxifirma. Er der kurser på tigrinya eller engelsk om
virksomhedsstart?

Mvh
Yonas Tesfay
""")
