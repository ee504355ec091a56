"""Part F: buying and selling a house, flat, andel or plot at every stage (viewing, bid, deposit, deed, taking over); hard negatives about concluded trades, municipal plots and estate agents as businesses."""
from common import M

M("p", """
Hej

Vi har været til fremvisning af Tranegilde Strandvej 42 i søndags og vil gerne byde. Inden vi gør det, vil vi høre om der er planer om at bygge noget på marken bag huset.

Venlig hilsen
Sara og Mathias Holm
""")

M("", """
Hej

Er der planer om at bygge på marken bag Tranegilde Strandvej? Jeg går tur der hver dag med hunden.

Mvh Lone
""")

M("p", """
hej vi har budt 2,85 mio på et rækkehus på Lindevangen og sælger vil svare fredag. kan i nå at sende en ejendomsoplysning inden? vores bank skal bruge den
mvh Kasper
""")

M("p", """
Kære Center for Byudvikling og Natur

Jeg har sat mit hus på Ishøj Landevej til salg, og en køber har bedt om at se byggetilladelsen til carporten fra 1998. Jeg kan ikke finde den. Kan I sende en kopi?

Med venlig hilsen
Poul-Erik Hansen
""")

M("", """
Hej

Hvordan får man en kopi af en gammel byggetilladelse? Jeg er bare nysgerrig efter hvornår vores hus blev bygget.

Mvh Poul-Erik
""")

M("p", """
Hej

Vi har underskrevet en betinget købsaftale på Vejleåparken 17 med forbehold for advokatgodkendelse. Advokaten beder om at få oplyst, om der er restancer på ejendomsskat. Hvor får vi det?

Venlig hilsen
Nikolaj Vester
""")

M("p", """
Hej

Min mor er død og vi tre søskende skal sælge hendes hus på Ishøj Byvej. En af os vil gerne købe de to andre ud, men vi er uenige om prisen. Kan kommunen lave en vurdering?

Mvh Lene Bach
""")

M("", """
Hej

Laver kommunen ejendomsvurderinger, eller er det kun Vurderingsstyrelsen?

Mvh Lene
""")

M("pe", """
Hej

Vi er nødt til at sælge vores hus fordi min mand er blevet arbejdsløs og vi ikke kan betale lånet. Ejendomsmægleren siger at det tager mindst 4 måneder. Kan vi få udsættelse med ejendomsskatten til det er solgt?

Med venlig hilsen
Hanne Vestergaard
""")

M("", """
Hej

Kan man få henstand med ejendomsskat? Hvad er reglerne?

Mvh Peter
""")

M("p", """
Hej. Jeg har lagt deponering på 150.000 kr. for en lejlighed på Ishøj Strandvej. Overtagelsen er 1. april. Skal jeg selv melde flytning eller gør ejendomsmægleren det?
/Stine
""")

M("", """
Hej. Vi flyttede ind i vores nye hus i Ishøj for et halvt år siden, handlen er for længst på plads. Hvornår kommer skraldebilen på Torslunde Mose?
""")

M("p", """
hej min nabo på Tjørnevej 8 har sat huset til salg og der kommer masser af folk til fremvisning og parkerer i vores indkørsel. må de det?
""")

M("", """
Hej, må gæster parkere ude på vejen på Tjørnevej, eller skal de holde på den offentlige p-plads?
""")

M("pt", """
Hej

Vi er en dansk-ghanesisk familie og har budt på et hus på Strandgårdsvej. Ejendomsmægleren sagde i telefonen at sælger "helst ville sælge til en dansk familie". Kan man gøre noget ved det?

Venlig hilsen
Kwame og Maja Mensah
""")

M("p", """
Til Ishøj Kommune

Jeg vil gerne købe det lille jordstykke mellem min have og stien på Gildbrovej. Jeg har fået at vide at det er kommunens. Hvad skal det koste, og hvem skal jeg forhandle med?

Venlig hilsen
Jørgen Kofoed
""")

M("", """
Hej

Hvornår sælger kommunen de nye byggegrunde i Ishøj Landsby, og hvordan kommer man på interesseliste?

Mvh Mette
""")

M("p", """
Hej

Vi har solgt vores andelslejlighed i A/B Pilebo, og køber skal overtage 1. juni, men bestyrelsen har ikke godkendt køberen endnu. Er der noget kommunen kan gøre for at få det til at gå hurtigere?

Mvh Camilla Juhl
""")

M("ps", """
Hej, det er Morten. Min mand Kasper og jeg har fundet drømmehuset i Torslunde og har fået bud accepteret, men banken vil have en tilstandsrapport som viser at kloakken er ok. Har I oplysninger om kloakken på Torslunde Byvej 5?
""")

M("", """
Hej, har kommunen oplysninger om kloakken på Torslunde Byvej? Vi har problemer med lugt på hele vejen.
""")

M("p", """
Hej

Jeg er ejendomsmægler hos Home Ishøj og har en klient, der vil sælge sit hus på Baldersvej 22. Køberen vil gerne vide om der er lokalplan for området. Kan I sende den?

Venlig hilsen
Ulla Frost
""")

M("", """
Hej

Home Ishøj har fået nyt kontor i Ishøj Bymidte og vi vil gerne sætte et skilt op ved indkørslen. Skal vi søge om skiltetilladelse?

Venlig hilsen
Ulla Frost, indehaver
""")

M("p", """
hej vi har arvet min farfars kolonihavehus i Haveforeningen Solsikken og vil gerne sælge det. må man sælge til hvem man vil eller skal det gå via ventelisten?
""")

M("", """
Hej

Hvordan fungerer ventelisten til kolonihaver i Ishøj? Hvor mange står der på den?

Mvh Irene
""")

M("peh", """
Hej

Vores hus på Ishøj Søvej skal på tvangsauktion den 3. november. Jeg har været syg og kunne ikke betale. Vi har 2 børn. Kan kommunen hjælpe os med at blive boende eller finde et andet sted?

Venlig hilsen
Jannie Rosendahl
""")

M("", """
Hej

Hvor kan man se hvilke huse i Ishøj der skal på tvangsauktion? Jeg er investor.

Mvh B. Holm
""")

M("p", """
Hej

Køber af vores hus har trukket sig dagen før fortrydelsesfristen udløb. Nu sætter vi det til salg igen. Må vi sætte et "Til salg"-skilt op på kommunens græsrabat ud mod vejen?

Mvh Søren og Lotte
""")

M("p", """
Kære borgmester

Jeg ejer erhvervsgrunden på Industrivej 14 og er i forhandling med en køber, der vil bygge en lagerhal. Han vil gerne vide om lokalplanen tillader 12 meters højde, før han skriver under.

Med venlig hilsen
Finn Dahl, Dahl Ejendomme ApS
""")

M("", """
Hej

Hvor høje bygninger tillader lokalplanen i erhvervsområdet ved Industrivej?

Venlig hilsen
Finn
""")

M("p", """
hej vi har set på en ejerlejlighed i Ishøj Bymidte og overvejer at give bud på 1,9. er der planer om at bygge noget højt foran der tager udsigten?
""")

M("pt", """
Hej

Jeg er fra Sverige og skal købe et hus i Ishøj. Vi har skrevet under med forbehold. Kan en svensk statsborger købe helårshus i Danmark uden særlig tilladelse?

Hälsningar
Johan Lindqvist
""")

M("", """
Hej

Skal udenlandske statsborgere have tilladelse for at købe fast ejendom i Danmark? Jeg spørger for en ven.
""")

M("p", """
Hej

Min svigerinde og hendes mand har fået et bud på deres hus på Vejlebrovej, men køber vil gerne have en ibrugtagningstilladelse for tilbygningen. Den har de aldrig fået. Hvordan søger man den hurtigt?

Mvh Ellen
""")

M("p", """
Kære Ishøj Kommune

Vi overtager huset på Køgevej 31 den 1. september, men skødet er ikke tinglyst endnu pga. en servitut om vejret. Kommunen står som påtaleberettiget. Kan I hjælpe med at få den aflyst?

Med venlig hilsen
Morten Skov
""")

M("", """
Hej

Vi købte huset på Køgevej for fem år siden og har aldrig forstået hvad servitutten om vejret betyder. Kan I forklare det?

Mvh Morten
""")

M("pu", """
Hej

Jeg er FOA-medlem og har lige fået fast stilling på plejecentret. Nu vil vi gerne købe en lejlighed tæt på arbejdet. Vi har et bud inde på en lejlighed på Ishøj Torv. Har kommunen nogen ordning for nyansatte?

Mvh Pia
""")

M("p", """
Hej

Vi har skrevet under på en købsaftale om at sælge vores hus i Ishøj Landsby til en udvikler, med forbehold for at kommunen godkender en udstykning. Hvor langt er sagen?

Venlig hilsen
Holger og Inge Mark
""")

M("p", """
hej vores købere vil have en ny ejendomsoplysningsrapport og den gamle er fra 2023. kan den opdateres? vi skal nå det før deres bank lukker sagen
""")

M("", """
Hej

Hvordan bestiller man en ejendomsoplysningsrapport, og hvad koster den i Ishøj?

Mvh Jakob
""")

M("ps", """
Hej

Min kæreste Lars og jeg (vi er to mænd) er ved at købe et rækkehus sammen. Sælger har spurgt om vi "er brødre", og vi har sagt sandheden. Nu trækker han handlen i langdrag. Er der noget at gøre?

Mvh Nikolaj
""")

M("p", """
Hej

Vi har prøvet at sælge vores hus i to år uden held. Nu vil vi sænke prisen til 3,1 mio. Kan vi samtidig få ejendomsvurderingen taget op igen?

Mvh Jens og Birte
""")

M("", """
Hej

Huspriserne i Ishøj er steget meget. Hvad gør byrådet for at unge familier stadig har råd til at bo her?

Venlig hilsen
Anton
""")

M("p", """
Hej

Jeg har været til åbent hus på Tranegildevej 63, hvor der er anvist et ekstra værelse i kælderen. Er det lovligt til beboelse, før jeg byder?

Venlig hilsen
Frederikke
""")

M("", """
Hej

Må man bo i en kælder i Ishøj? Hvad er reglerne for beboelse under terræn?

Venlig hilsen
Frederikke
""")

M("pe", """
Hej

Jeg er skilt og skal købe min eksmand ud af huset, men banken siger nej til lånet fordi jeg er på nedsat tid. Nu skal huset sælges. Han har fundet en køber som kommer på onsdag. Kan jeg få et råd fra kommunen om min bolig fremover?

Mvh Tina Rohde
""")

M("p", """
Kære Dorthe

Vi har solgt vores hus, men køber har ikke betalt udbetalingen endnu, og vi har allerede lejet et sted i Greve. Er det muligt at blive boende til handlen er endelig?

Hilsen Arne og Kirsten Bech
""")

M("", """
Hej

Vi solgte vores hus på Ishøj Strandvej i 2019 og flyttede til Spanien. Vi modtager stadig post om ejendomsskat. Kan I rette adressen?

Hilsen Arne Bech
""")

M("pb", """
Hej

Vi er en lille muslimsk familie og har fundet et hus på Gildbrovej. Vi vil gerne give bud, men vi skal vide om man må bygge et lille bederum i haven. Er det lokalplanen der bestemmer?

Venlig hilsen
Yusuf og Aisha Karaca
""")

M("", """
Hej

Må man bygge et lille havehus på 10 m² uden byggetilladelse på en villagrund i Ishøj?

Venlig hilsen
Kim
""")
