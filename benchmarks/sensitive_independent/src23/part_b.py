"""corpus23 part B: the mayor's PA and directors' assistants (receipts, forwards, citizens' own mails)."""
from common import M

M("he", """Til Borgmester

Jeg har skrevet til kommunen tre gange nu uden svar. Jeg er 58 og fik førtidspension i 2019 pga. KOL. Nu har jeg fået et brev om at jeg skal betale 14.300 kr. tilbage i boligstøtte fordi min datter boede hos mig i to måneder. Hun var hjemløs. Jeg har ikke de penge.

Venlig hilsen
Kirsten Bay
Ishøj Stationsvej 3, st.tv.
CPR: [[030466-1184]]""")

M("", """Kære Kirsten Bay

Tak for din henvendelse til borgmesteren. Vi har modtaget din mail, og den er sendt videre til Center for Borger, Økonomi og IT, som vil svare dig inden for 10 arbejdsdage.

Med venlig hilsen
Lise Borup
PA for borgmesteren
Ishøj Kommune | Ishøj Store Torv 20 | 2635 Ishøj
Tlf. 43 57 70 12""")

M("", """Til centerchef for Borger, Økonomi og IT, cc direktør

Vedlagt henvendelse og kvittering, sendt 11. marts. Svarfrist 25. marts. Borgmesteren ønsker at underskrive svaret, så jeg beder om et udkast i SBSYS senest 20. marts.

Lise Borup, PA""")

M("ep", """Kære borgmester

Jeg sidder i et dødsbo efter min mor og vi har en køber til hendes andelslejlighed i Ishøj Centerpark. Problemet er at andelsforeningen ikke vil godkende prisen, og køberen har sagt at han trækker sig hvis det ikke er på plads i denne måned. Samtidig har jeg selv fået en inkassosag på 60.000 kr. fordi boet ikke kan betale fællesudgifterne. Kan kommunen hjælpe med at presse på?

Mvh
Henrik Madsen""")

M("", """Hej

Jeg er ejendomsmægler hos Home Ishøj og har en generel forespørgsel: Hvor lang tid tager det i øjeblikket at få en BBR-ændring registreret? Vi har flere handler, hvor købernes banker venter.

Venlig hilsen
Thea Riis
Ejendomsmægler, MDE
Home Ishøj""")

M("ht", """Til direktøren for Voksne og Velfærd

Jeg er ukrainer og kom til Danmark i 2022 med min søn, som har autisme. Han er nu 14 og har ikke fået nogen specialskoletilbud, kun et hold i almindelig skole hvor han sidder alene. Jeg taler dårligt dansk, undskyld. Kan I hjælpe?

Olena Shevchenko""")

M("e", """Kære direktionsassistent

Jeg har lige læst at man kan skrive til direktøren. Mit problem: jeg har været på kontanthjælp i fire år og nu har jobcentret sat mig i nyttejob med at samle skrald i parken. Jeg har en uddannelse som bogholder. Er det virkelig det bedste kommunen kan finde?

Med venlig hilsen
Søren Krag, Gildbrohøj""")

M("", """Kære direktør

Ishøj Erhvervsforening vil gerne invitere dig til at holde et oplæg om kommunens beskæftigelsesindsats for ledige akademikere. Vi har 60 medlemsvirksomheder der mangler arbejdskraft.

Venlig hilsen
Allan Dybdahl
Formand, Ishøj Erhvervsforening""")

M("bs", """Kære borgmester

Jeg er præst i en lille frikirke og samtidig åbent homoseksuel, gift med en mand. Vi vil gerne lave en gudstjeneste i forbindelse med Pride og spørger om vi må bruge parken bag rådhuset. Jeg har forstået at det kræver en tilladelse fra kommunen.

Med venlig hilsen
Pastor Morten Kähler
Frikirken Ishøj""")

M("", """Til borgmesterens PA

Kan du bekræfte at borgmesteren deltager i åbningen af den nye moské i Vejleåparken den 18. maj? Vi skal bruge det til programmet.

Venlig hilsen
Sekretariatet, Ishøj Muslimske Forening""")

M("hu", """Hej

Jeg er lærer på Gildbrohøjskolen og TR for DLF-kollegerne. Jeg har selv været sygemeldt med stress i otte uger og er nu på vej tilbage på nedsat tid. Jeg skriver fordi jeg oplever at ledelsen ikke overholder aftalen om delvis raskmelding. Jeg har talt med kredsen men vil også gerne have at direktøren ved det.

Venlig hilsen
Marianne Fog""")

M("", """Til direktøren for Børn og Forebyggelse

Danmarks Lærerforening, Kreds 21, ønsker et møde om arbejdstidsaftalen for det kommende skoleår. Vi foreslår uge 14.

Med venlig hilsen
Kredsformand, DLF Kreds 21""")

M("e", """Hej igen Lise

Jeg vil bare høre hvad der sker med min sag. Min søn Tobias på 13 blev anbragt på en opholdsinstitution i Holbæk i januar og jeg har kun set ham to gange. Sagsbehandleren svarer ikke. Borgmesteren lovede at se på det.

Mvh Dorthe Eskildsen
Tlf. 51 73 20 48""")

M("", """Kære Dorthe Eskildsen. Tak for din mail. Vi har rykket centret, og du vil blive kontaktet af teamleder i løbet af næste uge. Mvh Lise Borup, PA for borgmesteren""")

M("h", """hej borgmester. jeg har ventet på en psykolog gennem kommunens ungdomstilbud i 4 måneder. jeg har depression og har ikke været i skole siden jul. min mor ved ikke at jeg skriver. Kan du hjælpe? Emma (17)""")

M("", """Hvor lang ventetid er der på kommunens gratis psykologtilbud for unge mellem 15 og 24? Jeg spørger til en artikel i Ishøj Lokalavis. Mvh Jesper Bendtsen, journalist""")

M("ph", """Kære direktør for Byudvikling og Natur

Vi har sat vores villa på Pilemøllevej til salg og har en interesseret køber, men han vil have en skriftlig bekræftelse på at der ikke kommer en ny vej bag grunden. Samtidig har min mand fået konstateret Parkinsons, og vi skal sælge fordi huset ikke passer til ham mere. Vi har virkelig brug for svar.

Venlig hilsen
Bodil og Knud Lassen""")

M("", """Til Byudvikling og Natur

Vores firma er advokat for en køber i en ejendomshandel i Ishøj. Vi anmoder generelt om oplysning om hvilke vejprojekter der er vedtaget i kommuneplanen for området nord for Ishøj Landsby. Ingen personoplysninger i denne forespørgsel.

Venlig hilsen
Advokatfirmaet Brix & Co.""")

M("t", """Kære borgmester

Jeg hedder Jamal og er palæstinenser, født i Libanon. Jeg har søgt 45 jobs i Ishøj og omegn og kommer aldrig til samtale. Min sagsbehandler siger jeg skal skifte navn i ansøgningen. Det vil jeg ikke.

Jamal Hassan, Ishøj""")

M("", """Hej Lise, kan du sætte 30 minutter af i borgmesterens kalender til Ishøj Integrationsråd i uge 9? De vil tale om den nye integrationsstatistik. Mvh Rikke, direktionssekretariatet""")

M("eh", """Til Ishøj Kommune att. borgmester

Min bror, Flemming Sand, bor på Vibeholms Allé og har været alkoholiker i mange år. Han er nu blevet sat ud af sin lejlighed og sover i en skurvogn ved kolonihaverne. Han har ikke penge og ingen kontakt til kommunen. Jeg er bange for han dør i kulden. Hvem kan hjælpe?

Birgit Sand
Greve""")

M("", """Hvad gør kommunen for hjemløse om vinteren? Der er flere der sover ved stationen. Jeg synes det er en skam og vil gerne hjælpe som frivillig. Mvh Marie""")

M("bu", """Kære borgmester

Jeg er tidligere HK-tillidsrepræsentant og har været medlem af Socialistisk Folkeparti i 30 år. Jeg er dybt uenig i den måde byrådet har behandlet sagen om lukningen af borgerservice om lørdagen. Det rammer dem der arbejder.

Venlig hilsen
Aase Vinther""")

M("", """Kære borgmester

Jeg vil blot sige, at jeg er dybt uenig i beslutningen om at lukke borgerservice om lørdagen. Mange har ikke mulighed for at komme i hverdagen. Jeg håber byrådet genovervejer.

Venlig hilsen
En borger i Ishøj Strand""")

M("e", """Hej

Jeg er sagsbehandler i Greve Kommune. Vi har en fælles borger, Peter Rosenkilde, som er flyttet fra Ishøj til Greve i december. Han modtog kontanthjælp i Ishøj og vi skal bruge sagsakterne. Hvem skal jeg kontakte?

Mvh
Lene Stær, Jobcenter Greve""")

M("", """Hej Lene, sager mellem kommuner skal ikke gå via direktørens postkasse. Send anmodningen sikkert via Digital Post til Jobcenter Ishøj. Mvh Direktionsassistent Maria Toft""")

M("s", """Til borgmesteren

Min kone Sanne og jeg (vi er to kvinder) ønsker at blive plejefamilie. Vi har fået at vide ved et informationsmøde at "det nok er svært med to mødre". Er det kommunens holdning?

Hilsen
Ulla Schou""")

M("", """Hvor mange plejefamilier mangler Ishøj Kommune, og hvad er kravene for at blive godkendt? Jeg skriver en opgave på socialrådgiveruddannelsen. Tak, Line Sejersen, Professionshøjskolen Absalon""")

M("hbt", """Kære direktør

Min datter Rachel er 9 år og har type 1-diabetes. Vi er jøder og holder kosher, så hun spiser sin egen madpakke. SFO'en vil nu ikke længere hjælpe hende med at måle blodsukker før frokost, fordi de "ikke har ressourcerne". Det er livsfarligt for hende.

Med venlig hilsen
Daniel Melchior""")

M("", """Til direktøren

Sundhedsplejen i Ishøj vil gerne præsentere den nye handleplan for børn med kroniske sygdomme i skoler og SFO på næste direktionsmøde. Oplægget varer 20 minutter.

Venlig hilsen
Ledende sundhedsplejerske""")

M("e", """Til Lise Borup

Kort: vores søn Malthe (15) har fået en betinget dom for røveri og nu vil skolen smide ham ud. Vi vil bare have at han kan tage sin 9. klasse. Vi ved godt han har lavet noget dumt. Mvh Tina og Jes Skov""")

M("", """Kære borgmester

Jeg har fået en parkeringsbøde på 510 kr ved Ishøj Strand, afgiftsnr. 2104231187. Skiltningen var dækket af en busk. Jeg vil gerne klage. Hvor skal jeg sende det?

Mvh Ole""")

M("", """Hej

Jeg har betalt ejendomsskat to gange i februar. Mit betalings-id er 1506780042 og kundenummer 0311554487. Kan I tilbagebetale det ene beløb?

Mvh Grete Ravn""")

M("e", """Til borgmesterens sekretariat

Jeg har en gæld til kommunen på 38.000 kr. for for meget udbetalt kontanthjælp og har fået en afdragsordning på 2.000 om måneden. Det kan jeg ikke betale når huslejen også skal betales. Jeg vil bare gerne have en ordning på 500.

Venlig hilsen
Jannik Thorup
Personnr. [[1207911329]]""")

M("hte", """VS: Henvendelse til direktøren

Til Center for Voksne og Velfærd – sendes videre med direktørens accept.
/Maria Toft, direktionsassistent

> Min mor er grønlænder og har boet i Ishøj siden 1978. Hun har fået demens og er flyttet på plejecentret Bøgelunden, men personalet taler om hende som "den grønlandske" og griner af hendes accent. Jeg vil have at det stopper.
> Aviaja Lund""")

M("", """Hej Maria, jeg har sendt kvitteringen til Aviaja Lund og lagt sagen i SBSYS. Centerchefen er orienteret. /Sekretariatet, Voksne og Velfærd""")

M("u", """Til direktøren

Jeg er pædagog i Ishøj Kommune og medlem af BUPL. Jeg vil bare sige at BUPL's lokale afdeling og jeg er meget bekymrede for normeringen i vuggestuerne. Vi mangler hænder.

Med venlig hilsen
Nicolai Hvid""")

M("", """Hvordan er normeringen i Ishøjs vuggestuer sammenlignet med nabokommunerne? Jeg har hørt at vi ligger lavest. Mvh bekymret forælder""")

M("hp", """Hej borgmester

Vi har fået et bud på vores rækkehus på Brohusgade, men købers bank vil have en tilstandsrapport, og den viser skimmelsvamp i kælderen. Min yngste har fået astma, og lægen mener det er fra skimmelen. Kan kommunen hjælpe med at vurdere om det er boligselskabets eller vores ansvar?

Mvh Claus Jepsen""")

M("", """Til borgmesteren

Bestyrelsen for Boligselskabet Strandgården ønsker at orientere om den kommende helhedsplan og renovering af afdeling 3, herunder afhjælpning af skimmelsvamp i 120 lejligheder.

Med venlig hilsen
Administrationschef""")

M("e", """Til direktøren for Borger, Økonomi og IT

Jeg var på Borgerservice i går for at få hjælp til min ansøgning om enkeltydelse til en ny køleskab (mit gik i stykker og jeg er på kontanthjælp). Medarbejderen sagde højt "nå, så du er på kontanthjælp" så alle i køen kunne høre det. Det var meget ydmygende.

Venlig hilsen
Ida Rasmussen""")

M("", """Sendt fra min iPhone

Hej Lise, borgmesteren kommer 10 min for sent til mødet med ungdomsskolen. Kan du give dem besked? /Henrik""")

M("heu", """Kære borgmester,

Jeg er buschauffør, medlem af 3F i mange år, og har siden et overfald på linje 128 i august været sygemeldt med PTSD. Min a-kasse og fagforening hjælper mig, men kommunen har nu indkaldt mig til rehabiliteringsteamet. Jeg er bange for at miste min indtægt helt.

Mvh
Kenneth Bruun
cpr-nr. [[010277–1355]]""")
