"""corpus45 part F: belief and union membership in summer mail; jobs lost and found, associations, elections; with hard negatives."""
from common import M

M("b", """Kære Rikke

Jeg er formand for Venstres lokalforening i Ishøj og vil gerne låne Strandparkens pavillon til vores sommermøde den 24. juni. Hvem skal jeg tale med?

Mvh Bjørn Engberg""")

M("", """Kære Rikke. Kan politiske partier låne pavillonen i Strandparken til møder, eller er den kun for foreninger? mvh""")

M("u", """Hej, jeg er blevet valgt som tillidsrepræsentant for pædagogerne i Vuggestuen Solsikken og vil gerne have adgang til jeres sommerferieplan for personalet. Mvh Trine, BUPL""")

M("", """Hej. Hvor mange pædagoger er på ferie samtidig i juli i vuggestuerne? Jeg er forælder og vil vide om der er nok voksne. Mvh Trine""")

M("b", """hej Jesper, jeg stemte på dig ved kommunalvalget fordi du lovede at bevare strandengen. nu har du stemt for en p-plads. jeg er træt af at blive snydt. /Michael""")

M("", """hej Jesper, du lovede at bevare strandengen. hvorfor er der nu planer om en p-plads? /Michael""")

M("u", """Kære Borgmester

Vi er 14 ansatte på Ishøj Rengøringsservice og alle medlemmer af 3F. Vi har ikke fået løn for maj, og firmaet har kontrakt med kommunen om rengøring af skolerne. Kan kommunen gøre noget?

På vegne af kollegerne, Zeynep Aydin""")

M("", """Kære Borgmester. Stiller kommunen krav om overenskomst når den udbyder rengøring af skolerne? Det er et principielt spørgsmål fra en borger. Mvh""")

M("b", """Kære Kulturudvalg

Vi er en lille gruppe kvækere (Vennernes Samfund) der mødes i Ishøj, og vi vil gerne holde en stille sommerandagt i Thorslunde Kirkes have. Skal vi have tilladelse fra jer eller fra menighedsrådet?

Mvh Agnes Holmboe""")

M("ue", """Kære Center for Beskæftigelse

Jeg blev fyret fra Ishøj Havn i maj efter 22 år, og min fagforening Dansk Metal har hjulpet mig med at søge dagpenge. Nu skal jeg til samtale hos jer den 17. juni. Må min fagforeningsmand være med?

Mvh Henning Bork""")

M("", """Kære Center for Beskæftigelse. Må man have en bisidder med til samtaler i jobcentret? Det er et generelt spørgsmål fra en frivillig i Ishøj Netværkshus.""")

M("b", """Hej, jeg er ateist og jeg vil gerne vide hvorfor skolens sommerafslutning foregår i kirken. Min søn Malte skal ikke tvinges til at synge salmer. Mvh Jacob Broe""")

M("", """Hej, hvorfor foregår Vibeholmskolens sommerafslutning i Ishøj Kirke i år? Er det et fast arrangement? Mvh en forælder""")

M("u", """Hej, jeg er nyuddannet SOSU-assistent og har meldt mig ind i FOA. Jeg har søgt sommerjob i jeres hjemmepleje men har ikke fået svar. Hvem skal jeg kontakte? Vh Fatma""")

M("bt", """Kære Borgmester

Jeg er jødisk og formand for en lille forening for jøder på Sjællands sydkyst. Efter de seneste episoder på stranden er vores medlemmer bange for at gå til sommerarrangementer. Kan kommunen øge sikkerheden ved Strandparkens festival?

Venlig hilsen Miriam Adler""")

M("", """Kære Borgmester. Hvilke sikkerhedstiltag er der ved Strandparkens festival i år? Der var meget uro sidste år. Mvh""")

M("u", """hej kommunen, min far Jørgen er pensioneret fra Dansk Metal som medlem i over 40 år og har fået en medalje. kan han få en lille omtale i kommunens nyhedsbrev? han fylder 80 den 2. juli. /Susanne""")

M("b", """Kære Byrådsmedlem

Som aktiv i Radikale Venstre og mangeårig medlem af Greenpeace beder jeg dig om at stemme imod den nye havneudvidelse. Jeg har samlet 200 underskrifter.

Mvh Karen Ploug""")

M("", """Kære Byrådsmedlem. Jeg har samlet 200 underskrifter mod havneudvidelsen, hvordan afleverer jeg dem? Mvh Karen""")

M("ue", """Kære Jobcenter. Jeg er medlem af Ledernes a-kasse og er blevet opsagt som butikschef i Ishøj Bycenter. Skal jeg melde mig hos jer eller klarer a-kassen det? Mvh Henrik Dal""")

M("ue", """Til Jobcentret

Jeg er fra Ingeniørforeningen, IDA, hvor jeg er medlem, og jeg har været ledig siden januar. Jobcentret har sendt mig i aktivering på et lager i Greve, selvom jeg er civilingeniør. Det giver ingen mening. Kan jeg klage?

Mvh Per Aagaard""")

M("", """Til Jobcentret. Hvad er reglerne for aktivering af højtuddannede ledige? Jeg er konsulent i IDA og skal svare et medlem. Mvh Per Aagaard, IDA""")

M("b", """hej, jeg er præst i Pinsekirken og vi vil holde et dåbsarrangement i Ishøj Søerne. Ja, jeg er selv pinsekristen, vi er 30 mennesker. Må man det? /Ruben""")

M("", """Må man bade i Ishøj Søerne om sommeren, og er vandkvaliteten god nok i år? /en mor""")

M("b", """Kære Tanja. Jeg er medlem af Dansk Folkeparti og jeg vil gerne advare om at der er alt for mange fyrværkeri-problemer ved havnen ved sankthans. Hvorfor gør politiet ingenting? Mvh Kim Brandt""")

M("", """Kære Tanja. Hvorfor må man brænde fyrværkeri af ved havnen ved sankthans? Det skræmmer både hunde og børn. Mvh Kim""")

M("u", """Hej. Som TR i Dansk Sygeplejeråd på Ishøj Sundhedshus har jeg gentagne gange påpeget at lokalerne er for varme om sommeren. Intet er sket. Kan du tage det op i udvalget? Mvh Lone Bech""")

M("", """Hej. Lokalerne i Ishøj Sundhedshus er alt for varme om sommeren, når patienterne venter. Kan der sættes aircondition op? Mvh en borger""")

M("bh", """Kære Center for Voksne og Velfærd

Min far er Jehovas Vidne og ligger nu på Hvidovre efter en trafikulykke. Han nægter blodtransfusion. Vi har brug for at tale med nogen fra kommunens hjemmepleje om hvad der sker når han kommer hjem.

Mvh Tobias Lind""")

M("u", """hej jeg er lærling i Blik & Rør og medlem, og jeg har fået tilbudt sommerjob på kommunens materielgård. skal jeg have en særlig arbejdstilladelse fordi jeg er 17? /Oskar""")

M("", """hej, hvor gammel skal man være for at få sommerjob på kommunens materielgård? /Oskar""")

M("b", """Kære kommune. Jeg er sikh og har fået nyt job som buschauffør. Mit firma siger at jeg skal have kasket på i stedet for turban. Kommunen har kontrakten med busselskabet – kan I gøre noget? Mvh Gurpreet""")

M("ub", """Kære Rikke,

Jeg er både 3F-tillidsrepræsentant på genbrugspladsen og aktiv i Enhedslistens lokalafdeling, og jeg vil gerne invitere dig til en debat om arbejdsmiljø på havnen den 19. juni.

Hilsen Mads Kirkegaard""")

M("", """Kære Rikke. Debatmøde om arbejdsmiljø på havnen den 19. juni kl. 19 i Ishøj Kulturhus. Alle partier er inviteret. Kom gerne. Hilsen arrangørgruppen""")

M("u", """Kære Kommune

Jeg er medlem af Krifa og har fået ny job på plejecentret fra 1. august. Jeg vil gerne vide om jeg kan få en P-licens til medarbejderparkering, licensnr. 0108251134 står på min ansøgning.

Mvh Linda Mortensen""")

M("b", """hej, jeg er muslim og under ramadan holder jeg fri fra mit sommerjob om aftenen. må jeg bruge Strandparkens grill til iftar med min familie efter kl. 21? /Omar""")

M("", """Hvornår lukker Strandparken om aftenen, og må man grille efter kl. 21? /Omar""")

M("u", """Kære Jobcenter

Jeg er konsulent i HK Hovedstaden og vil gerne aftale et møde om jeres nye sommerjobordning for unge. Jeg er selv HK-medlem, men skriver på forbundets vegne.

Mvh Ditte Hald""")

M("", """Kære Jobcenter. Jeg er faglig sekretær i 3F Køge Bugt og vil gerne høre om jeres sommerjobordning for unge. Vi har mange henvendelser. Mvh Claus Ebbesen, 3F""")

M("b", """Kære Byråd

Vi er en buddhistisk familie fra Ishøj Landsby. Vores søn Tenzin skal ikke deltage i konfirmandforberedelserne, men vi ønsker at han kan have en anden aktivitet i den tid. Hvad tilbyder skolen?

Venlig hilsen Pema og Kristian Sølvsten""")

M("", """Hvad laver de elever, der ikke går til konfirmandforberedelse i skoletiden? Mvh en far""")

M("ub", """Kære Borgmester. Jeg er pensioneret HK'er og medlem af Konservative, og jeg synes at kommunen skal give rabat på ældres kolonihaver. Mvh Grethe Lund""")

M("", """Kære Borgmester. Kunne man give pensionister rabat på kolonihavelejen? Mvh Grethe""")

M("b", """hej Lars. jeg vil bare sige at jeg er kristen og at jeg synes det er forkert at Ishøj Pride får penge af kommunen. Mvh Jonas""")

M("uh", """Til Personaleafdelingen. Jeg er ansat som pædagogmedhjælper, og jeg er medlem af BUPL. Mit sygefravær i maj blev registreret forkert. Kan det rettes? Mvh Julie Bang""")

M("", """Til Personaleafdelingen. Hvordan registreres sygefravær hos kommunens ansatte i sommerferien? Jeg er revisor. Mvh""")

M("b", """Kære Kulturhus. Vores katolske menighed vil gerne holde en sommerfest for polske familier i Ishøj. Jeg er selv katolik og arrangør. Kan vi låne salen? Mvh Agnieszka""")

M("u", """Hej Jesper. Jeg er tidligere 3F-medlem, men meldte mig ud da jeg startede eget firma. Nu vil jeg by på kommunens udbud på græsslåning. Hvordan gør jeg? Mvh Kenneth Brun""")

M("", """Hej Jesper. Hvordan byder man på kommunens udbud på græsslåning? Mvh Brun Anlæg ApS""")
