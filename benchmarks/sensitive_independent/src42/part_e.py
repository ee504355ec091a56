"""Part E: school absence, after-school clubs (SFO/klub), the library and the swimming hall."""
from common import M

M("s", """
Hej

Vores søn Emil går i 0.b på Vibeholmskolen. Han har to fædre, og han kom grædende hjem fordi en pædagog i SFO'en sagde at "man kan ikke have to fars". Vi vil gerne have et møde med lederen.

Mvh Jakob og Martin Rask-Holm
""")

M("", """
Hvornår åbner Ishøj Svømmehal efter juleferien? Og er der morgensvømning den 2. januar?
""")

M("h", """
Kære skoleleder (cc Hovedpostkassen)

Min datter Freja i 6.a har været fraværende i tre uger pga. mononukleose og er meget træt. Vi har fået en bekymringsskrivelse om fravær. Hun har en lægeerklæring og vi vil gerne have en plan for at indhente det forsømte.

Venlig hilsen
Charlotte Bjerg
""")

M("", """
Til Børne- og Skoleudvalget

Det er for dårligt at kommunen har lukket klubben på Ishøj Strand om fredagen. De unge har ingen steder at være i de mørke måneder. Jeg håber I vil genoverveje det.

Med venlig hilsen
en forælder fra Strandgårdskolen
""")

M("t", """
hej min søn Aram går i klubben i Vejleåparken og nogle af de andre drenge kalder ham "perker" hver dag. vi er kurdere fra Syrien. pædagogerne gør ingenting. det skal stoppe

Shirin
""")

M("", """
Hvor mange elever i Ishøj har bekymrende fravær? Jeg har set det nævnt i en avisartikel og vil gerne have de officielle tal.
""")

M("b", """
Kære Skolechef

Min datter Aisha i 8. klasse må ikke bade nøgen med de andre piger efter svømning pga. vores tro — vi er muslimer. Hun vil gerne bade i badedragt eller i et separat rum. Det er blevet afvist af læreren. Kan vi finde en løsning?

Mvh Fatima El-Sayed
""")

M("", """
Har svømmehallen særlige åbningstider kun for kvinder? Jeg har hørt andre kommuner har det.
""")

M("eh", """
Hej SFO Ishøj Skole

Min søn Noah har ADHD og har fået bevilget en støttepædagog i SFO'en, men hun har været syg i to uger, og nu får vi at vide at han skal hentes kl. 13. Jeg arbejder til 16. Hvad gør vi?

Mvh Sanne Kofoed
""")

M("", """
Hej! Lånerkort nr. 2502880017 virker ikke i selvbetjeningen på Ishøj Bibliotek. Kan I nulstille det?
""")

M("s", """
Hej Biblioteket

Jeg er biseksuel og har været med i jeres LGBT+-læsekreds, som jeg er meget glad for. Jeg vil høre om I vil fortsætte den i foråret? Jeg kan hjælpe med at finde bøger.

Mvh Nanna
""")

M("", """
Til biblioteket: vil I ikke købe flere bøger om LGBT+ til ungdomsafdelingen? Mange unge efterspørger dem. Hilsen en bibliotekar fra en nabokommune
""")

M("u", """
Kære Børne- og Skoleudvalg

Som medlem af BUPL og pædagog i Ishøjs fritidsklubber vil jeg gøre opmærksom på, at normeringen i klubberne er så lav, at vi ikke kan tage på tur. Jeg skriver privat, ikke som tillidsrepræsentant.

Mvh Lasse Dalby
""")

M("", """
Hvad koster det at leje svømmehallen til et børnefødselsdagsarrangement? Vi er 12 børn.
""")

M("e", """
Hej

Vores søn Oliver skal starte i klub efter jul. Vi har søgt friplads fordi vi begge er ledige og på dagpenge. Vi har ikke hørt noget. Hvornår får vi svar?

Mvh Tanja og Kenneth Lerche
""")

M("st", """
Kære Skoleleder

Min søn Ibrahim (9.b) har fortalt sin klasse at han er homoseksuel, og siden er han blevet mobbet både af danske og arabiske drenge. Vi er selv fra Libanon, og det har været svært for familien, men vi står bag ham. Han har ikke været i skole i en uge. Hjælp os.

Venlig hilsen
Rania Haddad
""")

M("", """
Til skolen. Er det korrekt at skolen indberetter fravær til kommunen efter 10 %? Hvad sker der så? Jeg spørger for at forstå reglerne.
""")

M("u", """
Hej Karina

Jeg er lærer på Gildbroskolen og medlem af Danmarks Lærerforening. Jeg synes byrådet skal vide, at vi ikke har vikarer nok til influenzasæsonen, og at klasser bliver sendt hjem. Kan det tages op?

Mvh
Rene Schou
""")

M("", """
Hej. Kan vi få en rundvisning på biblioteket med vores 3. klasse i uge 50? Mvh. klasselærer Bente Friis, Ishøj Skole
""")

M("h", """
Hej svømmehal

Jeg har epilepsi og vil gerne svømme hos jer. Må jeg svømme alene i 50-meter-bassinet, eller skal jeg have en ledsager? Badeassistenten sagde det var ok sidst, men jeg vil være sikker.

Mvh Morten
""")

M("", """
Er der handicaplift i Ishøj Svømmehal? Vi er en forening for mennesker med handicap der overvejer at leje en time om ugen.
""")

M("b", """
Til Kulturudvalget

Jeg er aktiv i Extinction Rebellion og vil gerne høre om vi kan låne mødelokalet på biblioteket til et foredrag om klimaaktivisme. Vi er ca. 20.

Med venlig hilsen
Sofie Hjort
""")

M("", """
Kære biblioteket, jeg vil gerne klage over at I har fjernet de danske aviser fra læsesalen. Mange ældre kommer for at læse dem. Hilsen Inger
""")

M("e", """
Til Center for Børn og Forebyggelse

Vores datter Luna er ikke kommet i skole i to måneder. Hun har skolevægring og sidder på sit værelse. Der er sendt en underretning fra skolen og nu har vi fået en sagsbehandler. Vi vil gerne have hjælp, ikke kontrol.

Mvh Anders og Maria Brun
""")

M("", """
Hej, mit barn går i SFO, er der åbent den 23. december? Og skal man tilmelde sig?
""")

M("tb", """
Hej Lærer

Vores familie er sikh, og min søn Harpreet bærer turban. Han vil gerne deltage i svømmeundervisningen, men kan ikke tage turbanen af foran andre. Kan han få lov til at bruge en badehætte over patka'en? Vi kommer oprindelig fra Punjab.

Mvh Gurpreet Singh
""")

M("", """
Kære Borgmester

Vi er nogle forældre der synes det er forkert at skolerne fejrer jul i kirken. Ikke alle børn er kristne. Kan byrådet ikke lave en politik om det?

Mvh forældrerådet i 4.c
""")

M("b", """
Kære skoleleder

Vi er ikke medlemmer af folkekirken og er ateister. Vores søn Theo skal ikke med til julegudstjenesten i kirken den 20. december. Hvad laver de børn, der bliver tilbage på skolen?

Hilsen
Nina Storm
""")

M("", """
Hvordan kan man se hvor mange bøger man har lånt på biblioteket? Appen virker ikke. Mvh.
""")

M("hs", """
Hej

Jeg er transkvinde og lesbisk. Jeg vil gerne bruge omklædningsrummet for kvinder i svømmehallen, men er blevet bedt om at bruge handicaptoilettet. Jeg tager hormoner og er i et forløb på Sexologisk Klinik. Er der en politik på området?

Venlig hilsen
Alex Mørk
""")

M("", """
Har Ishøj Svømmehal en politik for transkønnede og omklædningsrum? Jeg spørger fordi vi er ved at lave en politik i vores forening.
""")

M("e", """
Hej

Min nevø bor hos mig efter hans mor blev fængslet. Han er 12 og vil gerne gå i klubben, men jeg har ikke råd. Vi har en sag hos jer om anbringelse i netværkspleje. Kan han få gratis plads?

Mvh Heidi Lund
""")

M("t", """
Kære lærer

Jeg er ukrainer og kom til Ishøj med mine to børn efter krigen. Min datter Sofiia forstår ikke alle beskeder fra skolen om fravær og influenza. Kan skolen skrive på engelsk?

Med venlig hilsen
Olena Kovalenko
""")

M("", """
Sender skolen beskeder på andre sprog end dansk? Vi er en frivillig lektiecafé og hjælper mange forældre med at forstå Aula.
""")

M("s", """
hej svømmehallen :) vi er to mødre og har købt familiekort, men systemet siger at "familie" kun kan have en mor og en far. kan det rettes? min kone hedder Camilla og jeg hedder Rikke. tak
""")

M("", """
Ishøj Svømmehal: Jeg har mistet en guldring i omklædningsrummet for herrer, mandag kl. 18. Er den fundet? Mvh Flemming
""")

M("u", """
Hej Jan (formand for Kultur- og Fritidsudvalget)

Jeg er ansat som livredder i svømmehallen og medlem af 3F. Vi er for få på vagt i weekenderne. Det er et sikkerhedsproblem. Jeg håber du tager det alvorligt.

Mvh Tobias
""")

M("", """
Hej. Hvor mange livreddere skal der være på vagt i en svømmehal efter reglerne? Jeg spørger til min hovedopgave.
""")

M("he", """
Til Børne- og Skoleudvalget

Min søn har autisme og går på en specialskole uden for kommunen. Han er blevet bevilget kørsel, men taxaen er kommet for sent seks gange i november, og han får nedsmeltninger. Vi har klaget men intet er sket.

Med venlig hilsen
Katrine Westh
""")

M("", """
Er der en venteliste til klubben i Ishøj Landsby? Vi flytter til området i februar.
""")

M("tb", """
Hej

Jeg er jødisk, og min datter skal med sin klasse på biblioteket og lave julepynt. Hun er med, det er fint, men jeg vil gerne høre om biblioteket også vil lave noget om Hanukkah i år? Vi kunne hjælpe.

Mvh Rebekka Levin
""")

M("", """
Vil I lave et arrangement om Hanukkah, Diwali og Eid på biblioteket? Det ville være fint for børnene at lære om forskellige højtider.
""")

M("hu", """
Hej Peter

Jeg er pædagog i SFO Strandgården og TR for BUPL. Halvdelen af vores personale er syge med influenza denne uge, og jeg er selv lige kommet tilbage efter en uge i sengen. Vi kan ikke holde åbent forsvarligt. Kan forvaltningen hjælpe med vikarer?

Mvh Dorte Skov
""")

M("", """
Hvor henvender man sig, hvis man vil være frivillig lektiehjælper på biblioteket?
""")
