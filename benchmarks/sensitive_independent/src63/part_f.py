"""corpus63 part F: young people writing themselves, houses, unions, faith."""
from common import M

M("s", """hej elevrådet og skolelederen

min kæreste Jonas og jeg er begge drenge og vi vil gerne lave en regnbueplakat til
trivselsdagen i næste uge. må vi hænge den op i aulaen? vi har spurgt vores lærer, hun
sagde vi skulle spørge jer

Elias 9.B""")

M("se", """Kære borgerrådgiver

Jeg er 19 og på kontanthjælp. Til min sidste samtale i jobcentret spurgte min
sagsbehandler om min "kæreste" var en pige, og da jeg sagde at jeg er sammen med en fyr,
sagde hun at det nok var derfor jeg ikke fik job på lageret. Det er ikke i orden. Jeg vil
gerne have en anden sagsbehandler.

Mvh Mikkel""")

M("s", """Til klasselæreren i 5.A

Min mand Kim og jeg kan desværre ikke begge deltage i forældremødet, så det bliver Kim der
kommer. Vi vil dog gerne have referatet sendt til os begge på Aula. Tak for en god
start på året.

Venlig hilsen
Lars Bertelsen""")

M("sb", """til borgerrådgiveren

jeg er 18, muslim og lesbisk. min familie ved det ikke og jeg er bange for hvad der sker
hvis de finder ud af det. jeg vil gerne snakke med nogen om hvad jeg kan gøre, men ikke
nogen i min moské eller familie. kan i hjælpe mig med at finde det rigtige sted?

skriv kun på denne mail""")

M("sh", """Hej Sundhedsplejen

Min kæreste Sara og jeg har fået et positivt svar efter fertilitetsbehandling på
Hvidovre, hun er gravid i uge 9. Vi er begge kvinder og ved ikke helt hvordan det
fungerer med medmoderskab og papirer. Kan vi få en samtale med en sundhedsplejerske?

Kh Maria""")

M("sp", """Hej Pladsanvisningen

Min mand Ahmed og jeg har fået et bud på vores ejerlejlighed, og vi skal måske flytte til
Torslunde, hvis vores bud på et hus der bliver accepteret. Vi har en datter på 2 i
vuggestuen Myretuen. Kan hun få en plads i Torslunde fra april?

Venlig hilsen
Jonas Bøgh""")

M("u", """Hej SFO Stjernen

Jeg er rengøringsassistent og medlem af Serviceforbundet. Min nye arbejdstid starter kl. 5,
så jeg kan hente Jasmin allerede kl. 13.30. Kan hun komme direkte fra klassen til mig ved
porten de dage, i stedet for at gå i SFO'en først?

Mvh Songül""")

M("u", """Hej Ungdomsskolen

Min mor er tillidsrepræsentant for Socialpædagogerne på sin arbejdsplads og har mange
aftenmøder, så jeg kan ikke altid få kørsel hjem fra knallertholdet. Kan jeg tage min
knallert med hjem selv om jeg ikke har kørekort endnu? Haha nej, men kan jeg gå tidligere?

Rasmus 15""")

M("ue", """Til UU Ishøj

Min far blev fyret fra byggepladsen i sidste måned, og 3F kører en sag for ham. Vi har
ikke så mange penge lige nu, så jeg vil gerne finde et fritidsjob ved siden af 9. klasse.
Kan I hjælpe mig med hvor man kan søge, når man er 15?

mvh Adnan""")

M("u", """Til skolebestyrelsen på Ishøj Skole

Jeg er butikschef i en Føtex og medlem af Lederne. Jeg vil gerne tilbyde jeres 8.
klasser et besøg i butikken i deres erhvervspraktikuge, og måske praktikpladser. Hvem
skal jeg tale med om det?

Venlig hilsen
Dennis Ravn""")

M("uh", """Hej lærerne i 2.A

Jeg arbejder på slagteriet i Ringsted og er medlem af Fødevareforbundet NNF. I sidste
uge skar jeg mig på hånden og er sygemeldt i tre uger, så jeg kan ikke hjælpe med at
bage til klassens julebod. Det må I undskylde.

Venlig hilsen
Janni, mor til Asger""")

M("u", """Kære Vibeholmskolen

Vi er nogle forældre fra forskellige forbund, bl.a. 3F, HK og FOA, og vil gerne lave en
faglig dag for 9. klasserne om rettigheder på arbejdsmarkedet, før de skal have
fritidsjob. Kan vi få en time på skemaet i foråret?

Venlig hilsen
Forældregruppen""")

M("ph", """Til Pladsanvisningen og PPR

Vi skal sælge vores rækkehus i Brøndby og har det til salg nu, fordi vi vil flytte tættere
på specialskolen i Ishøj, hvor vores søn Hjalte går. Han har autisme, og den lange
køretur hver dag er hård for ham. Kan han beholde sin plads hvis vi flytter?

Venlig hilsen
Rikke og Jesper Dyhr""")

M("p", """hej

vi er et ungt par og prøver at købe vores første lejlighed på Vejleå Allé. vi venter på
bankens svar, og sælger har givet os til fredag. vi skal bruge en vuggestueplads fra maj,
hvis det lykkes. er der ventetid i det område?

mvh Oliver og Mathilde""")

M("p", """Hej Gildbroskolen

Vi har givet et bud på nr. 23 på Gadekærsvej, lige ved siden af vores datter og
barnebørn. Hvis vi får huset, kan vi hente børnene fra skole hver dag. Må vi som
bedsteforældre være med på hentelisten?

Med venlig hilsen
Birgit og Hans Bredahl""")

M("pe", """Hej borgerrådgiveren

Min eks og jeg skal sælge vores fælles hus i Ishøj Landsby efter skilsmissen, men han vil
ikke skrive under på salgsopstillingen hos mægleren. Huset står tomt og jeg betaler
halvdelen af lånet selv om jeg bor til leje med børnene. Kan kommunen gøre noget?

Mvh Anita Holberg""")

M("p", """Kære Byudvikling

Kommunen har vist os en grund i Ishøj Landsby, og vi har sendt et købstilbud i fredags.
Vi har tre børn og vil bygge så tæt på Gildbroskolen som muligt. Hvornår kan vi forvente
svar på tilbuddet?

Venlig hilsen
Mathias og Julie Lind""")

M("p", """Hej Pladsanvisning

Vi har solgt vores hus betinget, køberen har stadig fortrydelsesret til på torsdag. Hvis
det holder, flytter vi til Ishøj 1. marts. Vi ville bare høre om der er plads i
Børnehuset Troldehøj til vores søn på 4.

Venlig hilsen
Trine Svendsen""")

M("t", """Hej Vibeholmskolen

Min kone er fra Thailand, og vores søn Niran ligner hende. Nogle af børnene i hans klasse
trækker øjnene skæve, når de ser ham, og kalder ham "ching chong". Han er 7. Hvad gør
skolen for at stoppe det?

Mvh Morten Skaarup""")

M("t", """Laba diena / God dag

Vi er litauere og flyttede til Ishøj i foråret. Vores datter er 5 og skal starte i
børnehaveklasse næste år. Er der nogen på skolen, der kan tale litauisk eller russisk
med os til det første møde? Vi forstår lidt dansk.

Venlig hilsen
Rasa og Tomas""")

M("te", """Til familieafdelingen

Jeg er inuk og flyttede hertil fra Nuuk for tre år siden. Min søn Aputsiaq er anbragt i en
plejefamilie i Ishøj. Jeg vil gerne have at han får lov til at lære grønlandsk og besøge
min familie, men plejefamilien siger det er op til jer.

Venlig hilsen
Nivi""")

M("t", """Hej SFO Regnbuen

Min svigermor henter Aryan om torsdagen, og hun taler kun farsi og lidt engelsk. Vil I
være søde at sende beskeder om tøj og ture skriftligt på Aula til os forældre i stedet
for at sige dem til hende?

Tak
Shirin Rahmani""")

M("tb", """Hej klasselærer

Vi er assyrere og syrisk-ortodokse kristne. Vores påske falder en uge senere end den
danske i år, og vi går til gudstjeneste i vores kirke i Taastrup hele langfredag. Kan
Ninos få fri den dag?

Med venlig hilsen
Gabriel og Mariam""")

M("b", """Til skolelederen

Vores søn Daniel bærer kippa, og i sidste uge slog en elev den af hans hoved i
omklædningsrummet. Det er ikke første gang. Han vil nu gå med kasket over, men det må han
ikke i timerne. Kan der laves en undtagelse?

Venlig hilsen
Miriam Katz""")

M("b", """Til Ishøj Skole

Jeg er medlem af Dansk Folkeparti og forælder til to elever. Jeg vil gerne vide om
skolen har en politik for at lærere giver udtryk for deres politiske holdninger i
undervisningen. Min søn fortalte at en lærer havde gjort grin med "DF'ere".

Venlig hilsen
Carsten Møller""")

M("b", """Hej SFO

Vores datter Hiba spiser kun halal, og i dag fik hun fortalt af en vikar at kødet var
kylling, men det var ikke halal. Hun var meget ked af det bagefter. Kan I sørge for at
vikarerne ved det?

Mvh Yasmin El-Sayed""")

M("b", """Hej klasselæreren i 3.C

Vi er medlemmer af Pinsekirken, og vores datter Naja deltager ikke i halloween. Kan hun
lave noget andet, når klassen laver græskarlygter og klæder sig ud på fredag?

Venlig hilsen
Ruth og Per Olesen""")

M("be", """Til familieafdelingen

Vores søn Frederik på 17 har konverteret til islam det sidste halve år. Det har vi
accepteret. Men han er anbragt på et opholdssted, og personalet siger at de ikke kan
give ham mulighed for at bede i løbet af dagen. Er det rigtigt? Han har ret til sin tro.

Venlig hilsen
Lise og Hans Kjær""")

M("e", """hej jobcentret

jeg har samtale med jer på mandag om min ungeplan. jeg er lige flyttet så mit brev kom
forkert. kan i sende det igen til min nye adresse på vejleåparken 12, 3.tv?

mvh Zakaria
cpr [[040703-4157]]""")

M("h", """hej sundhedsplejen

jeg er 17 og gravid i 14. uge. jeg har ikke sagt det til min mor endnu. kan jeg komme til
samtale hos jer uden at hun ved det? mit cpr er [[2303095412]]

Mia""")

M("e", """Til Ydelseskontoret

Jeg skylder børnebidrag til min søn og har fået brev om at det bliver trukket i løn. Jeg
har lige fået nyt arbejde, og med trækket kan jeg ikke betale husleje. Kan kommunen tale
med Udbetaling Danmark om en mindre rate?

Min søn: [[260111 6034]]
Mig: [[190787-1251]]

Mvh Claus Andersen""")

M("", """Hej Ishøj Skole

Jeg vil gerne have en kopi af min søns karakterblad fra sidste skoleår. Han skal bruge det
til ansøgning på efterskole. Kan I sende det til min e-boks?

Venlig hilsen
Thomas Madsen
[[011079\u00a01239]]""")

M("he", """Til Familieafdelingen

Vi søger om dækning af merudgifter til vores datter Luna, [[150615–5720]], som har type
1-diabetes. Det drejer sig om teststrimler og særlig kost til skolen. Hendes læge har
skrevet en erklæring, som vi vedlægger.

Venlig hilsen
Kathrine og Rune Berg""")

M("he", """Kære Anne Christiansen

Min søn Oscar på 15 blev taget af politiet med kokain i lommen til en fest i lørdags.
Han har erkendt at han tager det i weekenderne og har gjort det siden sommer. Vi har bedt
kommunen om en ungebehandling, men de siger at der er seks ugers ventetid. Kan du hjælpe
med at få det skubbet?

Mvh en far i Ishøj""")

M("", """Til Skole- og Uddannelsesudvalget

Hvordan er kommunens politik for lektiecaféer? Er det op til hver skole, om de har en, og
bliver der sat penge af til det i næste års budget? Vi savner en i udskolingen på
Strandgårdskolen.

Venlig hilsen
Marie Lauritzen""")

M("", """Hej

Hvor lang er ventetiden til specialbørnehaverne i kommunen for tiden? Vi er en forening for
forældre til børn med særlige behov og vil gerne give nye medlemmer et realistisk svar.

Mvh Foreningen Særlige Børn Vestegnen""")

M("", """Hej

Vi er en seniorklub i Ishøj, og flere medlemmer har spurgt hvilke rettigheder bedsteforældre
har til at se deres barnebørn efter en skilsmisse i familien. Kan kommunen komme og holde
et kort oplæg en onsdag?

Venlig hilsen
Seniorklubben Ishøj Strand""")

M("", """Hej alle unge og forældre

Ungdomsskolens sommerfest er torsdag den 18. juni fra kl. 17 til 22 i Ishøj Idrætscenter.
Der er musik, mad og konkurrencer. Det er gratis og alle unge fra 7. klasse er velkomne.

Hilsen Ungdomsskolen""")

M("", """Kære byrådsmedlem

Er det rigtigt at ungdomskriminaliteten i Ishøj er steget i år? Jeg har læst forskellige
tal på Facebook. Jeg vil gerne have de rigtige tal og vide hvad kommunen gør for de unge
om aftenen ved stationen.

Venlig hilsen
Lis Frederiksen""")

M("", """Hej

Skal jeg oplyse min datters cpr-nummer når jeg tilmelder hende svømmeholdet i
ungdomsskolen, eller er navn og fødselsdato nok? Jeg vil helst ikke skrive det i en
almindelig mail.

Mvh Jeanette""")

M("", """Til Ishøj Skole, idræt

Vedr. ordre på nyt idrætstøj til skolens hold, ordrenr. 1511232290, kundenr. 0302874411.
Levering er sket til forkert adresse (Vibeholmskolen). Vil I aftale med dem, at kassen bliver
hentet? Faktura følger.

Med venlig hilsen
Sport24 Erhverv""")

M("", """Hello,

We have just moved to Ishøj with our two kids (8 and 11). Are there any football or
swimming clubs for children that train in English or are used to international kids?
We'd be grateful for a list.

Thanks,
Sarah and Ben""")

M("", """Hej Sundhedsplejen

Jeg er jordemoderstuderende og skriver en opgave om fødselsforberedelse i kommunerne. Hvad
tilbyder Ishøj gravide ud over det, hospitalet tilbyder? Må jeg evt. ringe til en af jer?

Venlig hilsen
Freja Lund""")

M("", """Til Pladsanvisningen

Jeg er boligsocial medarbejder i Vejleåparken og hjælper mange familier med at søge
fripladstilskud. Hvornår er fristen for ansøgninger, når indkomsten ændrer sig midt på
året? Og kan vi få papirfoldere på flere sprog?

Venlig hilsen
Line Dahl, boligsocial helhedsplan""")
