"""corpus39 part A: school start, school choice, summer holiday care (SFO, feriepasning)."""
from common import M

M("", """Hej. Hvornår er sidste frist for at melde sit barn til skolestart i august? Vi har kun fået et brev på papir og det er blevet væk. Mvh Jannie""")

M("h", """Kære skoleafdeling

Vores søn Malthe starter i 0. klasse på Vibeholmskolen efter sommerferien. Han har type 1-diabetes og skal have målt blodsukker før frokost. Kan vi aftale et møde med klasselæreren inden skolestart, så personalet ved hvad de skal gøre?

Venlig hilsen
Rikke og Thomas Lund
Ishøj Strandvej 118""")

M("", """Til byrådsmedlem Hansen. Jeg synes det er helt forkert at man lukker en 0. klasse på Strandgårdskolen når der flytter flere børnefamilier til området. Lyt til forældrene!""")

M("he", """Hej

Min datter Sofie (7 år) har ADHD og har fået afslag på støttetimer i SFO'en i sommerferien. Hun kan ikke klare de store grupper og det ender hver dag med at hun bliver hentet kl. 10. Jeg er enlig og kan ikke tage fri hele juli. Hvem kan jeg klage til?

Susanne Kjær
Tlf 28 41 90 37""")

M("", """Hvor mange børn går der egentlig i SFO i ferieugerne? Jeg har hørt at det er under 20 pr. institution i uge 29 og 30. Er det rigtigt? Venlig hilsen en nysgerrig far""")

M("e", """hej jeg har fået brev om at jeg skal betale fuld pris for SFO igen fra august fordi min friplads er stoppet. men jeg tjener ikke mere end sidste år, jeg er stadig på kontanthjælp. kan i se på det igen?? mvh Dennis""")

M("", """Til direktøren for Børn og Forebyggelse

Kan De oplyse, hvilke kriterier der bruges, når der er flere ansøgere end pladser til en skole uden for distriktet? Jeg efterlyser gennemsigtighed om det frie skolevalg i kommunen.

Med venlig hilsen
Preben Aalund""")

M("t", """Goddag. Vi er en familie fra Eritrea, vi har boet i Ishøj i 2 år. Vores datter Senait skal starte i skole, men hun taler ikke så godt dansk endnu. Er der modtageklasse på Gildbroskolen? Tak. Yonas""")

M("", """Hej, jeg vil gerne vide om skolebussen kører fra Tranegilde første skoledag, eller starter den først mandagen efter? Mvh Louise""")

M("", """Er der nogen regler om hvor mange tolke skolen har til forældremøder? Der kommer rigtig mange forældre som ikke forstår dansk, og det er synd for dem. Det er bare en generel undren. Hilsen Karin""")

M("b", """Kære borgmester

Vores søn skal starte i 0.a på Strandgårdskolen. Vi er muslimer, og vi vil gerne høre, om skolen tager hensyn i madkundskab og på lejrskolen, så han kan få halal mad. Vi vil ikke være besværlige, vi vil bare gerne forberede ham.

Med venlig hilsen
Amina og Khaled Rahimi""")

M("", """Hej Stine (byrådet)
Tak for dit indlæg i avisen om skolevejen ved Ishøj Boulevard. Vi er mange forældre der er enige. Der mangler et fodgængerfelt før skolestart. /Mette""")

M("hse", """Hej,

jeg og min mand Jesper har vores plejesøn boende, nej undskyld, vores søn – vi har adopteret ham sidste år. Nu skal han starte i skole og han har en høreskade på venstre øre. Kan skolen sørge for at han sidder forrest og at der er teleslynge i klassen?

Venlig hilsen
Mikkel Brandt
Gildbro Allé 6""")

M("", """Hvad koster det at have et barn i SFO i juli hvis man kun skal bruge to uger? Er det fuld måned eller kan man melde fra?""")

M("e", """Til Center for Børn og Forebyggelse

Jeg skriver fordi vi har fået besøg af en sagsbehandler efter en underretning fra skolen om vores ældste, Noah. Jeg forstår ikke hvad der står i underretningen, og skolestarten for lillebror er om tre uger. Kan vi få aktindsigt før mødet?

Mvh
Camilla Frost""")

M("", """Ang. ferieåbning: hvilke børnehaver holder åbent i uge 28-30 i år? Jeg kan ikke finde listen på hjemmesiden. Vh Ali""")

M("h", """hej skolen, min søn Oliver brækkede armen til fodbold i weekenden og har gips på i 5 uger. Han skal starte i 4. klasse på mandag. kan han få lov at være inde i frikvartererne? mvh Pia""")

M("", """Kære Lars Jensen (V)

Du lovede i valgkampen at skoledistrikterne skulle laves om, så børnene fra Ishøj Landsby kunne gå på den nærmeste skole. Hvad er der sket med det? Jeg vil gerne have et svar inden skolestart.

Karsten Højlund""")

M("t", """Hej. Min datter Aylin bliver kaldt for "perker" i frikvarteret af to drenge fra 5.b. Vi er kurdere og hun er født her. Hun vil ikke i skole efter sommerferien. Hvad gør skolen? Mvh Zeynep""")

M("", """Til hovedpostkassen: Kan I videresende til rette person? Jeg vil høre om man kan få skolefotografering flyttet, fordi den ligger samme dag som skolestart-festen. Hilsen forældrerådet i 1.c""")

M("hu", """Hej

Jeg er pædagog i en SFO og har været sygemeldt med stress siden maj. Jeg har haft hjælp fra BUPL, men nu har jeg brug for at høre, om kommunen har en politik for gradvis tilbagevenden efter sommerferien. Min leder svarer ikke.

Bedste hilsner
Tina Mogensen""")

M("", """Jeg har læst at BUPL kritiserer normeringen i SFO'erne i sommerperioden. Hvad siger kommunen til det? Jeg er bare en bekymret bedstemor.""")

M("e", """Hej, vi er lige blevet skilt og er uenige om hvilken skole vores datter Freja skal gå på. Hendes far bor i Brøndby, jeg bor på Ishøj Strandvej. Hvem bestemmer? Og kan skolen nægte at snakke med ham? Mvh Anne""")

M("", """Hej. Mit barn har et elevnummer på intra der hedder 2108150417. Det virker ikke når vi logger ind. Kan IT hjælpe? Tak, Morten""")

M("h", """Kære skoleleder

Vores datter Ida er gravid i 9. klasse, hun er 15. Vi ved det er et chok for alle, også for os. Hun vil gerne gøre skolen færdig, og terminen er i slutningen af oktober. Hvordan kan vi tilrettelægge afgangsprøverne? Vi beder om at det bliver mellem os og ledelsen.

Hilsen
Henriette og Bo""")

M("", """til byrådet!!! hvorfor har I skåret i lejrskolerne? min søn har glædet sig i 3 år. skandale""")

M("e", """Hej,

Jeg har ansøgt om friplads i SFO fra 1. august, men jeg har ikke hørt noget. Jeg er lige blevet fyret fra mit job i lufthavnen og min mand får dagpenge. Vi har 3 børn. Hvornår får vi svar?

Mvh Nadia""")

M("", """Hej – hvordan søger man om skoleudsættelse? Min søn er født i december og er lidt lille til at starte. Er det skolen eller PPR man skriver til? Mvh Kristina""")

M("he", """Kære Mette Frederiksen-udvalget (børneudvalget)

Vores søn Emil har autisme og har fået bevilget plads i specialklasse på Vibeholmskolen fra august. Men der er ikke bevilget kørsel, og vi kan ikke køre ham begge to. Kan I hjælpe med at få sagen set igen?

Venlig hilsen
Jan og Lene Østergaard""")

M("", """Vi undrer os over, at der ikke er sundhedsplejerske på skolen i august, når alle de nye 0. klasser skal undersøges. Hvornår kommer hun? Hilsen Anja, forælder i 0.b""")

M("", """Hej, hvilken skole hører Kirkebjerg Allé til? Vi flytter til august og vil gerne søge den rigtige. Tak /Jakob""")

M("bt", """Kære skoleafdeling

Vi er en jødisk familie og flytter til Ishøj i juli. Vores to drenge skal starte på Ishøj Skole. De går med kippa om fredagen. Vi har hørt om episoder på andre skoler i landet og vil gerne tale med ledelsen om hvordan de sikres. 

Med venlig hilsen
Daniel og Rebekka Sachs""")

M("", """Hej, min datter mistede sit sygesikringskort på skolens sommerfest. Kan det være afleveret på kontoret? Mvh Lotte""")

M("h", """Hej SFO Solsikken

Jeg vil bare sige at Mathias tager Ritalin om morgenen, og han skal have den anden pille kl 12 i ferieugerne. Kan I give ham den? Vh mor (Louise Kragh)""")

M("", """Til borgmesteren. Hvad er planen for ferieaktiviteter for de unge i år? Sidste år stod mange 13-14 årige og kedede sig i centret hele juli. Venlig hilsen Birgit fra Vejleåparken""")

M("e", """Hej

Jeg skal bruge en bekræftelse fra kommunen om at min søn Ahmad bor hos mig og ikke hos sin far, fordi skolen siger at far har forældremyndighed og skal skrive under på skoleskiftet. Vi har fælles forældremyndighed men der er en verserende sag i Familieretshuset. 

Mvh Samira""")

M("", """Hvor finder man skolekalenderen for næste skoleår? Især vil jeg vide om der er fri dagen efter Kristi himmelfart. Tak""")

M("", """Er det sandt at en tredjedel af eleverne i Ishøj går i privatskole? Det står i Ishøj Avis. Hvad gør kommunen for at folkeskolen bliver mere attraktiv? Mvh en lærer i Hvidovre""")

M("hb", """Hej

Jeg er Jehovas Vidne og min datter Hanna skal ikke deltage i fødselsdagsfejringer og juleklip i SFO. Derudover er hun allergisk over for nødder, hvilket står i hendes papirer. Kan personalet få besked inden opstart 1. august?

Med venlig hilsen
Lise Møller""")

M("", """Hej, vi vil gerne søge om at vores barn må skifte fra Gildbroskolen til Strandgårdskolen efter sommerferien. Hvilken blanket skal vi bruge? Mvh familien Pedersen""")

M("e", """Hej Borgmester. Min søn Kasper (13) sidder i fængsel nej undskyld på en sikret institution efter et røveri i foråret. Han skal tilbage i skole i august. Skolen vil ikke have ham tilbage. Hvad er hans rettigheder? Jeg er desperat. Mor""")

M("", """Til hovedpostkassen: vores grundejerforening vil gerne vide, om skolevejen langs Tranegildevej bliver oplyst inden skolestart i august. Mvh bestyrelsen, G/F Tranehaven""")

M("h", """Kære lærere i 2.a

Jeg skriver bare for at sige at Amalie har været indlagt på Hvidovre med lungebetændelse den sidste uge, så hun kommer først i skole onsdag efter ferien. Hun skal holde sig fra idræt i 14 dage.

Kh Maria (mor)""")

M("", """Goddag. Er ferieklubben i uge 27 også for børn der ikke går i SFO til daglig? Og koster det noget? Venlig hilsen Hassan""")

M("e", """Hej, jeg kan ikke betale for lejrskolen til min datter, 1.200 kr. Jeg har en restance til boligselskabet og får kun sygedagpenge – nej det er forkert, jeg får kontanthjælp. Er der en pulje? Mvh Tanja""")

M("", """Hej. Vil gerne vide hvor man melder flytning af barn til en anden skole når man flytter til Greve. Tak, Kenneth""")

M("s", """Hej kære skoleleder

Vores søn Valdemar starter i 0.c. Vi er to mødre, Julie og mig, og vi vil gerne at skolens blanketter har to felter til "forælder" og ikke "mor/far". Kan I rette det inden august?

Med venlig hilsen
Signe Holm""")

M("", """Hej, er det muligt at få vist Gildbroskolen frem for forældre der overvejer skoleskift? Vi har hørt gode ting. Mvh Jonas og Emilie""")

M("e", """Hej

Jeg har fået en regning for SFO på 2.845 kr, sag 2024-118839. Jeg er i gang med en gældssanering og kan ikke betale nu. Kan jeg få en afdragsordning?

Kenneth Olsen
Ishøj Søvej 14""")

M("", """Kan SFO'en låne gymnastiksalen i sommerferien til en sommerlejr? Vi er nogle forældre der vil arrangere en uge for børnene. Hvem skal vi spørge?""")

M("ht", """Hej Børne- og Skoleudvalget

Vores datter Zahra er født i Afghanistan og kom hertil som flygtning med os i 2021. Hun har stadig mareridt og en psykolog fra BUPL nej fra PPR siger hun har PTSD. Hun skal skifte skole og vi er bange for at hun ikke får den støtte hun har i dag. 

Mvh Farid Ahmadi""")

M("", """Jeg vil foreslå at kommunen laver et "skolestartsmarked" hvor man kan bytte brugte skoletasker og cykler. Det er dyrt at være forælder i august. Med venlig hilsen Hanne""")

M("e", """Til skolen

Min søn Jonas skal gå i feriepasning hos sin farmor i juli, fordi samværsaftalen er ændret af Familieretshuset. Jeg vil bare sikre mig at skolen ved hvem der må hente ham fra august.

Mvh Line Bech""")

M("", """Hej jeg er 14 og vil gerne vide om man kan få lov at skifte fra tysk til fransk når man starter i 8. klasse?? /Asta""")

M("", """Skolens elevnumre er vel ikke personnumre? Min søns skolekort siger 120716 4421 og jeg blev forskrækket fordi det ligner et cpr-nummer. Kan I forklare? Hilsen Ulla""")
