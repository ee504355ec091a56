"""corpus37 part A: sexual orientation through partner, signature and family form; opposite-sex negatives."""
from common import M

M("s", """Hej Lene

Min mand Jesper og jeg vil gerne høre, om der stadig er ventetid på carporte i Vejlebrovej-området. Vi har søgt byggetilladelse i marts.

Venlig hilsen
Mikkel Thorsen""")

M("", """Hej Lene

Min mand Jesper og jeg vil gerne vide, hvornår der bliver tømt storskrald på Vejlebrovej igen.

Venlig hilsen
Karina Thorsen""")

M("s", """Til borgmesteren. Vores datter Freja starter i 0. klasse efter sommer, og både hendes mor Signe og jeg (hendes anden mor) vil gerne stå på forældreintra. Skolen siger systemet kun kan have "mor" og "far". Kan det virkelig passe i 2026? Mvh Maja Kjeldsen""")

M("e", """Til borgmesteren. Vores datter starter i 0. klasse efter sommer og skolen siger at forældreintra kun kan have to forældre på. Vi er skilt i mindelighed og er fire voksne omkring hende med nye partnere. Kan der ikke laves plads til flere? Mvh Trine Holm""")

M("s", """hej. jeg er hans mand, altså Rasmus' fra nr 14 på Gildbrovej, og han ligger ikke på hospitalet mere så I kan godt stoppe med at ringe til mig om hjælpemidler. vi klarer det selv. /Ole""")

M("sh", """Kære Ole Hansen (byrådet)

Som min mands nærmeste pårørende beder jeg om en samtale. Thomas fik en blodprop i februar og er stadig meget træt. Jeg er selv ved at gå ned med stress af at passe ham og mit arbejde.

Med venlig hilsen
Kasper Winther
Ishøj Strandvej 51""")

M("", """Kære Ole Hansen (byrådet)

Som min mands nærmeste pårørende vil jeg gerne takke for den flotte indsats ved byfesten. Thomas og jeg havde en dejlig dag.

Med venlig hilsen
Birgitte Winther""")

M("s", """Hej

Vi blev gift på rådhuset i Ishøj den 12. juni - Ahmed og jeg - og vi mangler stadig vores vielsesattest. Vi skal bruge den til min arbejdsgivers pensionsordning.

Hilsen Jonas Lykke""")

M("", """Hej

Vi blev gift på rådhuset i Ishøj den 12. juni og mangler stadig vores vielsesattest. Min kone Sara og jeg skal bruge den til banken.

Hilsen Jonas Lykke-Berg""")

M("", """Kan man blive gift på rådhuset en lørdag? Og hvad koster det, hvis ingen af os bor i Ishøj? Mvh Line""")

M("s", """Hej Borgerservice
Jeg er far til Alfred (3 år), og min kæreste Emil er gået ind som medfar. Skal vi udfylde noget ekstra for at han kan hente i vuggestuen?
Venlig hilsen
Nicklas Aagaard""")

M("se", """Til Børn og Familie

Det har været et hårdt år. Jeg blev skilt fra min kone Helle i 2024 og har nu boet sammen med Anette i et års tid. Helle vil nu have samværet med drengene ændret, fordi hun mener "det er forvirrende for dem at have to mødre i det andet hjem". Vi har fået brev fra Familieretshuset. Kan kommunen hjælpe med en børnesagkyndig samtale?

Mvh
Susanne Brix, Tranegilde Strandvej 8""")

M("e", """Til Børn og Familie

Jeg blev skilt fra min kone Helle i 2024 og har nu en ny kæreste. Helle vil have samværet med drengene ændret. Vi har fået brev fra Familieretshuset. Kan kommunen hjælpe med en børnesagkyndig samtale?

Mvh
Poul Brix, Tranegilde Strandvej 8""")

M("se", """Hej, jeg søger om at få min kone Camilla skrevet på som kontaktperson for min mor på plejecentret, når jeg er ude at rejse. Hvor gør man det? Venlig hilsen Julie Poulsen""")

M("", """Hej, jeg søger om at få min kone Camilla skrevet på som kontaktperson for vores søn i SFO'en. Hvor gør man det? Venlig hilsen Morten Poulsen""")

M("s", """hejsa!! vi er to fædre til lille Oscar og vil bare sige at sundhedsplejersken var MEGA sød og slet ikke mærkelig over at der ikke var nogen mor til stede 🙂 tak for det, Bjørn & Kristian""")

M("", """hejsa!! vi er nybagte forældre til lille Oscar og vil bare sige at sundhedsplejersken var MEGA sød. tak for det, Stine & Kristian""")

M("s", """Til kirkegårdsforvaltningen. Min afdøde mand Henning og jeg valgte for mange år siden et dobbeltgravsted på Ishøj Kirkegård. Nu vil graverkontoret kun skrive "ven" på planen. Vi var gift i 19 år. Jeg er selv 81, og det betyder noget. Carl-Erik Vang""")

M("", """Til kirkegårdsforvaltningen. Min afdøde mand Henning og jeg valgte for mange år siden et dobbeltgravsted på Ishøj Kirkegård. Hvem skal jeg kontakte om vedligeholdelsen af hækken? Inge Vang""")

M("s", """Kære Naja Kristensen

Jeg stiller op til ungdomsrådet og vil gerne bede om et møde. Jeg vil også gerne sige åbent, at jeg har en kæreste der hedder Sofie, og at jeg selv er pige. Det synes jeg unge skal kunne se i et ungdomsråd.

Hilsen Amalie, 17 år""")

M("", """Kære Naja Kristensen

Jeg stiller op til ungdomsrådet og vil gerne bede om et møde om cykelstier og lys på stien ved Ishøj Sø.

Hilsen Amalie, 17 år""")

M("s", """Hej. Jeg bliver ved med at få breve adresseret til "Frederik Holt og hustru". Jeg hedder Frederik Holt og er gift med Anders Holt. Kan I rette det i jeres system? Tak. Frederik""")

M("", """Hej. Jeg bliver ved med at få breve adresseret til "Frederik Holt og hustru". Min kone er død for to år siden. Kan I rette det? Tak. Frederik""")

M("s", """Hej kommune
Min søster og hendes kone er flyttet til Strandgårdsparken med deres tvillinger, og jeg vil høre om der er legeplads tæt på. De kender ingen i byen endnu.
Knus fra Vibeke""")

M("", """Hej kommune
Min søster og hendes mand er flyttet til Strandgårdsparken med deres tvillinger, og jeg vil høre om der er legeplads tæt på.
Knus fra Vibeke""")

M("sh", """Til Sundhedsplejen

Vi er to mødre til Lærke på 5 uger. Det var Line, der fødte, og hun har haft en svær fødselsdepression. Jeg har været hjemme, men skal tilbage på arbejde. Kan sundhedsplejersken komme lidt oftere?

Mange hilsner
Trine Mortensen, Ishøj Bygade 33""")

M("", """Til Sundhedsplejen

Kan sundhedsplejersken komme på besøg en ekstra gang, når ens baby er 5 uger? Vi er lidt nervøse førstegangsforældre.

Mange hilsner
Familien Mortensen""")

M("s", """Hej Søren. Dejligt at se dig til Pride i Ishøj Bycenter. Det var første gang, min kæreste Malte og jeg gik med hånd i hånd offentligt her i byen. Mvh Tobias (Gildbrohøj)""")

M("", """Hvornår holder Ishøj Pride næste år, og kan foreninger få en stand i Bycentret? Vh Jens fra ungdomsklubben""")

M("s", """Til personaleafdelingen

Jeg skal registrere min ægtefælle som pårørende i lønsystemet. Min hustru hedder Mette Lund, og systemet vil ikke tage imod det, fordi vi begge står som kvinder. Kan I ordne det manuelt?

Venlig hilsen
Karen Lund, pædagogmedhjælper, Vibeholm""")

M("s", """Hej. Jeg vil bare sige at mine to mødre ikke kunne komme til forældremødet i 7.b på grund af arbejde, så de vil gerne have referatet. Fra Alma (elev)""")

M("", """Hej. Jeg vil bare sige at mine forældre ikke kunne komme til forældremødet i 7.b på grund af arbejde, så de vil gerne have referatet. Fra Alma (elev)""")

M("s", """Til Ishøj Kommune – vielser

Vi ønsker en borgerlig vielse i Ishøj Rådhus lørdag den 4. oktober. Brudeparret: Martin Skov og Daniel Ibsen, begge bosat Stationsvej 2. Vidner medbringes selv.

Med venlig hilsen
Martin Skov""")

M("", """Til Ishøj Kommune – vielser

Vi ønsker en borgerlig vielse i Ishøj Rådhus lørdag den 4. oktober. Brudeparret: Martin Skov og Dorthe Ibsen, begge bosat Stationsvej 2.

Med venlig hilsen
Martin Skov""")

M("se", """hej jeg er lidt i tvivl. min eks-mand og jeg har fælles forældremyndighed og nu bor jeg sammen med Louise. skal hun stå noget sted hvis hun skal hente Noah fra skolen? mvh Pernille""")

M("se", """Kære borgmester

Min mand Karim og jeg har fået afslag på boligstøtte, fordi kommunen har regnet begge vores indkomster med, mens Karim stod i sin tidligere bolig. Jeg er selv på dagpenge. Vi synes ikke det er rimeligt.

Med venlig hilsen
Lars Nørgaard""")

M("e", """Kære borgmester

Min mand Karim og jeg har fået afslag på boligstøtte, fordi kommunen har regnet begge vores indkomster med. Jeg er selv på dagpenge. Vi synes ikke det er rimeligt.

Med venlig hilsen
Lone Nørgaard""")

M("", """Kære borgmester. Min kæreste og jeg er flyttet sammen i Ishøj Landsby og vil gerne vide, hvordan vi melder flytning for begge på én gang. Mvh Kim""")

M("s", """Til Børnehuset Regnbuen

Vi er Jakobs fædre og vil gerne aflevere ham kl. 6.30 fra august, fordi Søren er begyndt på ny vagtplan. Er det muligt?

Hilsen Søren og Peter Damgaard""")

M("", """Til Børnehuset Regnbuen. Kan vi komme med en kage til Jakobs fødselsdag fredag? Han bliver 4. Hilsen Søren Damgaard""")

M("", """Hej, er det rigtigt at Ishøj Kommune har flaget med regnbueflag ved rådhuset i august? Jeg synes det er en god idé. Mvh Gitte""")

M("", """Jeg mener ikke det er kommunens opgave at flage med regnbueflag. Rådhuset bør være neutralt. Med venlig hilsen Erling Dam""")

M("s", """Til Pladsanvisningen

Skemaet spørger efter "mor" og "far". Vores søn har en far (mig) og en far (Jens). Jeg har skrevet Jens under mor. Håber ikke det skaber problemer.

Mvh
Anders Kofoed""")

M("she", """Hej Hjemmeplejen

Min mand Poul har fået konstateret Alzheimer, og jeg kan ikke længere klare badet alene. Han er 84 og jeg er 80. Kan I komme morgen og aften?

Venlig hilsen
Gunnar Frost
Ishøj Strandvej 112""")

M("he", """Hej Hjemmeplejen

Min mand Poul har fået konstateret Alzheimer, og jeg kan ikke længere klare badet alene. Kan I komme morgen og aften?

Venlig hilsen
Ellen Frost
Ishøj Strandvej 112""")

M("s", """Hej – vi er et par på to kvinder, der vil høre om I stadig har lejeboliger i Ishøj Landsby med 3 værelser? Vi har ingen børn endnu. Mvh Rikke & Tanja""")

M("s", """Kære byrådsmedlem Birgit

Jeg var 25 år gift med Lise, og nu har jeg fundet sammen med Bent. Det har givet uro i familien, men det er ikke derfor jeg skriver: Vi bor nu sammen på Pilemøllevej og vil høre om vi kan få et ekstra affaldsstativ.

Venlig hilsen
Knud Ravn""")

M("", """Kære byrådsmedlem Birgit

Jeg var 25 år gift med Lise, og nu bor jeg alene på Pilemøllevej. Kan jeg få en mindre affaldsbeholder?

Venlig hilsen
Knud Ravn""")

M("s", """til skolen: min datter har to mødre. jeg er den ene. i har skrevet til "hr. Nielsen" igen. der er ingen hr. mvh Dorte Nielsen""")

M("", """Hvor mange par har fået borgerlig vielse på Ishøj Rådhus i 2025? Jeg skriver en opgave om vielser i Vestegnen. Mvh Cecilie, gymnasiet""")

M("s", """Hej Anja. Tak for snakken i går. Som sagt ville Michael og jeg gerne være plejefamilie engang, og vi har lige giftet os, så nu er vi vel klar. Hvad skal to mænd gøre for at blive godkendt? Hilsen Steffen""")
