"""corpus36 part F: belief, union and CPR numbers mixed with paraphrased health and money troubles, plus a few more trades, origins and orientations."""
from common import M

M("hbe", """Kære Merete
Jeg er muslim og faster i ramadanen, men i år har lægen sagt at jeg ikke må, fordi mit sukker er helt forkert. Jeg vil gerne vide om kommunens madordning i dagcentret kan give mig mad efter solnedgang alligevel, når jeg spiser lidt.
Venlig hilsen
Fatma Yilmaz
[[0904521184]]""")

M("eb", """hej jeg har ikke råd til at betale for min datters konfirmation i Ishøj Kirke, vi lever af det lidt jeg får hver måned fra jer. vi er troende og det betyder alt for hende. kan man søge et tilskud? Mvh Connie""")

M("b", """Kære Ole Madsen
Jeg er medlem af Radikale Venstre og var suppleant ved sidste valg. Jeg vil gerne høre om mulighederne for at sidde i Ældrerådet.
Hilsen Ebbe Lindholm""")

M("bu", """Hej Pia
Jeg er lærer på Vibeholmskolen, medlem af DLF og desuden aktiv i Alternativet. En forælder har klaget over at jeg "politiserer" fordi jeg har et klistermærke på min taske. Må skolen forbyde det?
Mvh Rikke Haugaard""")

M("be", """Kære borgerrådgiver
Jeg er kristen og har fået tildelt en plads i en bofælleskab via kommunen efter mit ophold på herberg. Nu må jeg ikke have et kors på væggen på mit værelse. Hvorfor?
Venlig hilsen
Steffen Bruun
[[270379 2241]]""")

M("bh", """hej jeg er hindu og min mor er lige død på Hvidovre efter lang tids sygdom. vi vil gerne brænde hende efter vores skik og sprede asken i vandet. hvad må man i Ishøj? /Priya""")

M("b", """Kære udvalg
Jeg har stemt på Dansk Folkeparti hele mit liv, men nu stemmer jeg blankt. I har glemt os ældre.
Venlig hilsen
Aksel Holt, Ishøj Landsby""")

M("bhe", """Til Ældre- og Sundhedsudvalget
Min far er katolik og ligger på plejecentret efter sin sidste blodprop. Han har ønsket at få nadver hver søndag, men personalet glemmer at lukke præsten ind. Vi har klaget to gange.
Venlig hilsen
Anna Kowalczyk
far: [[030938-0567]]""")

M("b", """hej jeg er frafalden muslim og min familie ved det ikke. jeg er 18 og vil gerne flytte hjemmefra. kan kommunen hjælpe med at jeg får en lejlighed uden at min familie får adressen? /anonym""")

M("b", """Kære Merete
Jeg er medlem af Mosaisk Trossamfund og vil gerne spørge om Ishøj Kommune vil markere holocaustdagen den 27. januar.
Med venlig hilsen
Ruth Adler""")

M("bhe", """Kære Socialudvalg
Jeg er Jehovas Vidne og har fået afslag på hjælp til tandlæge, fordi jeg "selv har valgt" ikke at tage imod blod, står der. Det har intet med tænderne at gøre. Jeg lever af førtidspension.
Venlig hilsen
Grethe Lauesen""")

M("b", """Hej Ole, jeg er partisoldat for SF i Ishøj og vil gerne vide om vi må sætte valgplakater op på lygtepælene ved Strandvejen allerede nu. /Mads""")

M("bs", """Kære Pia
Jeg er præst i en frikirke, og jeg er selv homoseksuel og gift med en mand. Vi vil gerne leje et lokale til en gudstjeneste for regnbuefamilier.
Venlig hilsen
Pastor Jonas Lind""")

M("b", """hej jeg er vegetar af religiøse grunde (hindu) og vil spørge om madordningen i SFO kan tage hensyn. min søn hedder Arjun, 1.c. /Deepa""")

M("bt", """Kære borgmester
Min mand og jeg er jøder og har meldt vores søn ind i Strandskolen. Han skal have fri til de jødiske højtider. Skolen siger at det er ulovligt fravær.
Venlig hilsen
Miriam Stein""")

M("u", """Kære Merete
Jeg er 3F-medlem og arbejder som chauffør i Ishøj. Min fagforening siger at kommunen skylder mig for overarbejde fra vinterberedskabet i januar. Løn nr. 11402.
Hilsen Per Hald""")

M("uh", """hej. jeg er pædagog i vuggestuen Bikuben og medlem af BUPL. jeg har fået ondt i ryggen af at løfte børn hele dagen og har ikke kunnet arbejde i 5 uger. min leder siger jeg skal til samtale. må min TR komme med? mvh Louise""")

M("ue", """Kære Jobcenter
Jeg er ledig efter konkursen hos Ishøj Tryk og har været medlem af Dansk Metal siden jeg var lærling. Nu er jeg 59 og har fået et brev om at jeg skal på kursus i kundeservice. Hvad skal jeg bruge det til?
Mvh Leif Andersen
[[120765–1193]]""")

M("u", """Hej Ole, som FOA-tillidsrepræsentant på plejecentret vil jeg invitere dig til at komme og se vores arbejdsforhold. Hilsen Bettina""")

M("u", """Til Økonomiudvalget
Vi er fem ansatte på materielgården, alle medlemmer af 3F, og vi protesterer mod at vores kantine lukkes.
Underskrevet: Henrik, Ole, Mustafa, Johnny og Kurt""")

M("ue", """Kære borgerrådgiver
Jeg var i sin tid HK-medlem og har betalt til a-kassen i 20 år, men da jeg blev arbejdsløs sidste år meldte jeg mig ud, fordi pengene ikke slog til. Nu får jeg ingenting. Kan kommunen hjælpe?
Mvh Birgitte Schou
[[050370-2268]]""")

M("u", """hej jeg er blevet valgt som TR for elevatorteknikerne i vores firma i Ishøj (Dansk El-Forbund). kan vi få et møde med kommunen om elevatorerne i Vejleåparken? /Niels""")

M("uh", """Kære Merete Amdisen
Jeg er medlem af FOA og social- og sundhedshjælper i hjemmeplejen. Jeg er gravid i 5. måned og har fået for tunge ruter. Min leder vil ikke ændre dem. Jeg håber du kan hjælpe.
Venlig hilsen
Dorte Kjær""")

M("u", """Kære Pia
Jeg er Djøf-medlem og jurist og vil gerne tilbyde frivillig rådgivning i Ishøj Medborgerhus. Må jeg det?
Mvh Mikkel Brandstrup""")

M("u", """hej, min mor er i Krifa og min far i 3F og de skændes om hvem der er bedst haha. Men det jeg vil spørge om: hvordan får man fritidsjob i kommunen når man er 15? /Alba""")

M("ue", """Kære Socialudvalg
Min a-kasse hos 3F siger at jeg har brugt mine dagpenge op. Jeg har ikke fået arbejde i to år trods 300 ansøgninger. Nu skal jeg søge hos jer. Hvad skal jeg medbringe?
Venlig hilsen
Jimmy Holst
cpr: [[170881-3306]]""")

M("uh", """Hej
Jeg har fået en arbejdsskade på Ishøj Renseanlæg og er medlem af Dansk Metal. Min hånd blev klemt i en pumpe, og jeg har mistet to fingre. Kommunen er min arbejdsgiver - hvornår får jeg svar på min anmeldelse?
Mvh Bjarne Ravn
[[280572 1143]]""")

M("u", """Kære Ole, jeg har været IDA-medlem i 40 år og er pensioneret ingeniør. Jeg vil gerne hjælpe med at rådgive om klimatilpasning i Ishøj. Hilsen Torben Vest""")

M("ub", """Kære Merete
Jeg er tillidsrepræsentant for HK på rådhuset og medlem af Venstre. Jeg vil gerne have en snak om det nye lønsystem, både som TR og som partifælle.
Hilsen Lene Damgaard""")

M("h", """Kære Ishøj Kommune
Jeg skal til kontrol hver tredje måned på Rigshospitalet efter min nyre-transplantation. Kan jeg få en parkeringstilladelse til at holde ved stationen? 
Mvh Søren Krag
[[111058 2043]]""")

M("e", """Hej
Min bank har lukket min konto fordi jeg har gæld til dem, og nu kan I ikke udbetale min hjælp. Kan I sende den til min mors konto? Hun hedder Irene Thorsen.
Mvh Lasse Thorsen
[[0205973212]]""")

M("he", """Kære Sundhedsudvalg
Min kone Birgit har fået en seng fra kommunen, der kan hæve og sænke, efter hun blev lam i benene. Sengen er gået i stykker og ingen svarer på telefonen. Hun ligger i den hele dagen.
Venlig hilsen
Hans Birk
Birgit Birk, [[210246-1082]]""")

M("e", """Til Borgerservice
Jeg har fået brev om at jeg skal betale 6.000 kr tilbage i boligstøtte. Jeg forstår ikke hvorfor. Vi var de samme personer i lejligheden hele året.
Venlig hilsen
Anette Lyng
[[131272 1250]]""")

M("h", """hej min søn Oscar har fået at vide at han skal have briller med prismer og synstræning, han ser dobbelt. skal skolen vide det? cpr [[080616-4147]] /Maria""")

M("e", """Kære borgerrådgiver
Min søn på 17 er blevet anbragt på et opholdssted på Sjælland, og ingen har fortalt mig hvorhen. Jeg har ret til at vide det.
Venlig hilsen
Pernille Nøhr
[[230278 2196]]""")

M("eh", """Hej. Jeg er blevet udskrevet fra psykiatrisk afdeling i Glostrup og har ingen steder at bo. Jeg sover på en sofa hos en bekendt. Hvem hjælper mig? Navn: Rasmus Gade, cpr [[1603931057]]""")

M("", """Hej. Mit kundenummer er 1505871234, og fakturaen fra Ishøj Forsyning er på 4.320 kr. Jeg mener den er for høj, vi har ikke brugt mere vand end sidste år.
Mvh Heidi Kastrup""")

M("h", """Til sundhedsplejersken
Vores søn Anton blev født for tidligt i uge 31 og har været i kuvøse. Nu er vi hjemme. Hvornår kommer I på besøg?
Mette og Lars
Anton: [[301025 4089]]""")

M("e", """Kære Ishøj Kommune
Jeg er blevet 67 og har søgt folkepension, men jeg har ikke fået svar. Jeg har ingen anden indtægt.
Venlig hilsen
Erik Strand
[[020958-2215]]""")

M("", """Kære kommune
Sagsnr. 23-044917 og journalnr. 27.12.04-P20-3-23: vi har stadig ikke fået svar om vores byggetilladelse til udestuen.
Venlig hilsen
Kirsten og Ole Dam""")

M("ht", """hej. jeg er fra Somalia og min datter på 6 er blevet omskåret før vi kom til Danmark. hun har store smerter. lægen har henvist os til Rigshospitalet men vi har ikke hørt noget. hendes cpr er [[200519-4532]]. mvh Faduma""")

M("p", """Kære Merete
Vi har et bud på vores hus på Vejledalen 41 fra en køber, der vil have svar fra kommunen om skelforholdene. Vores sagsbehandler er på ferie. Kan nogen anden tage over?
Mvh Carl og Jette Juul
Carl: [[141161-2119]]""")
