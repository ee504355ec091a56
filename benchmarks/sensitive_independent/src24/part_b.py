"""corpus24 part B: learner Danish (Arabic, Turkish, Polish, Somali, Ukrainian, Tamil speakers)."""
from common import M

M("th", """Hej kommune
Jeg hedder Oksana jeg kommer fra Ukraina som flygtning 2022. Min søn har meget angst fra krig, han ikke sove om natten. Kan han få psykolog? Skolen siger jeg skal spørge jer.
Tak
Oksana Hrytsenko""")

M("", """Hej. Hvor jeg kan køb parkering licens til min bil i Ishøj? Jeg bor på Gildbrohaven. Tak""")

M("e", """Goddag. Jeg har fåt brev fra Udbetaling Danmark at min boligstøtte stoppe. Men jeg har ikke arbejd siden august. Hvad skal jeg gøre? Mustafa""")

M("b", """hej jeg vil spørge om min datter må have tørklæde til svømning i skolen fordi vi er muslim og hun er 12 år. lærer siger nej. venlig hilsen Hodan""")

M("", """Hej jeg vil spørge hvornår er svømmehallen åben for kun kvinder? Mange kvinder i min område spørg""")

M("", """Hej
Jeg sende igen mit personnummer fordi sidste gang forkert: [[050387–2941]]
Mange tak
Piotr Nowak""")

M("eh", """Hej jeg er Ayşe. Min mand er meget syg med nyre, han går til dialyse 3 gang om uge. Han kan ikke arbejde mere. Vi har ikke penge til husleje denne måned. Kan kommune hjælpe med enkeltydelse?""")

M("", """Hej, jeg har spørgsmål om dansk uddannelse. Hvor lang tid tager modul 3 på sprogcenter? Tak for svar""")

M("t", """Goddag, jeg er tamil fra Sri Lanka og bor i Ishøj 20 år. Vi vil lave tamilsk kultur aften i medborgerhuset for vores familier, kan vi låne lokale gratis?""")

M("", """Hej vi er en forening og vil låne lokale i medborgerhus i weekend til fest. Hvad koster det? Hilsen bestyrelsen""")

M("ue", """Hej. Jeg arbejd på lager og er medlem 3F. Min fagforening siger jeg skal skrive til jer om min aktivering papir. Jeg forstår ikke brev.""")

M("p", """Hej jeg vil sælge mit lejlighed i Vejleåparken, andelslejlighed, og der er en køber men foreningen siger kommune skal godkende. Han venter. Hvor lang tid tager det? Hilsen Kamal""")

M("te", """Dzień dobry, hej. Jeg er polsk og arbejder i Danmark 5 år. Nu jeg er fyret og skal have dagpenge men jeg forstår ikke reglerne. Kan jeg få hjælp på polsk sprog? Marek""")

M("", """Hej har kommunen papirer på polsk eller ukrainsk? Mange i min opgang forstår ikke dansk breve""")

M("h", """Hej, min datter Anbu har sukkersyge type 1 og hun skal have insulin i skolen middags. Hvem skal hjælpe hende? Sygeplejersken kommer kun tirsdag.""")

M("", """Hej. Skolens sundhedsplejerske, hvilke dage hun er på Strandgårdskolen? Tak""")

M("b", """Hej jeg er hindu og vi vil gerne brænde lys ved søen til Diwali fest med børn, skal vi have tilladelse? Hilsen Priya""")

M("", """Hej må man grille ved Ishøj Sø i weekend? og må man lave bål?""")

M("e", """Kære sagsbehandler
Mit navn Yusuf Demir cpr [[190779 3351]]. Jeg skal betale tilbage kontanthjælp 24000 kr men jeg ikke forstår hvorfor. Jeg var i Tyrkiet 2 uge fordi min far død. Kan vi snakke med tolk?
Venlig hilsen Yusuf""")

M("t", """Hej min naboer siger til min børn "gå hjem til Somalia" og "sorte aber". Det sker hver dag ved legeplads. Jeg er bange. Kan kommune gøre noget? Hilsen Faadumo, Vejlebrovej""")

M("", """Hej, der er mange unge som råber og larmer ved legepladsen om aften, kan kommune sætte lys op? Hilsen beboer""")

M("s", """Hello, jeg undskylder min dansk. Jeg og min kone Natalia vi er to kvinder og vi har baby nu. Hvordan skal jeg skrive mig som medmor i papirer? Olena""")

M("h", """Hej, jeg har brækket min arm på arbejde og nu kan jeg ikke komme til dansk skole. Skal jeg sende papirer fra læge? Karim""")

M("", """Hej. Hvis jeg er syg og ikke kommer til dansk skole, hvem skal jeg ringe til? Spørger kun for at vide.""")

M("bt", """God dag. Jeg er kristen fra Irak, assyrisk. Vi har lille menighed og leder efter lokale til søndagsbøn i Ishøj. Kan kommunen hjælpe? Mvh Sargon""")

M("", """Hej jeg hørte kommune lukke moske på Ishøj Strandvej? Er det rigtig? Tak""")

M("eh", """Hej, min mor hun er 78 år og hun har sukkersyge og hjertet. Hun kan ikke gå trapper. Vi søger om hjemmehjælp og plejebolig men hører ikke noget fra 3 måned. Hilsen Selvi (datter)""")

M("", """Mit cpr nummer er [[1406952287]] og jeg ønsker at skifte læge til en læge i Ishøj centrum. Tak. Thuy""")

M("", """Hej hvordan man kan skifte læge? Jeg har ny adresse på Strandager""")

M("ueh", """Hej jeg er medlem af Krifa, de har sagt at kommune har lavet fejl med min sygedagpenge beregning. Hvem jeg skal ringe? Ali""")

M("", """Hej hvad koster det at få bil tilladelse til handicap parkering? Min naboer spørger""")

M("e", """Hej kommune. Min søn 17 år han er arresteret af politi sidste uge for tyveri. Vi er meget ked. Hvad sker nu, får han sagsbehandler? Hilsen far""")

M("t", """Hej Vi er romaer fra Rumænien og vores børn får ikke plads i børnehave. Andre får plads. Hvorfor? Hilsen Florin""")

M("", """Hej, hvordan jeg kan skrive mit barn op til børnehave? Systemet på nettet er svær""")

M("p", """Hej, vi vil købe grund på Tranegilde til vores butik, vi har givet bud men sælger vil have mere penge. Må man bygge to etage der? Hilsen Erdoğan Byg ApS""")

M("b", """Jeg er ateist og jeg ønsker ikke min søn skal gå til kristendomskundskab, kan han fritages? Dmitro""")

M("", """Hej hvilke fag har 7 klasse på Vibeholmskolen? Vi er nye i kommune""")

M("he", """Hej jeg hedder Samira jeg har depression og jeg har rehabiliteringsmøde næste uge. Kan min veninde komme med som bisidder? Jeg er bange""")

M("s", """Hej. Jeg har boet med min kæreste Ahmad (han er mand ligesom mig) i 3 år. Vi vil skrive os sammen på samme adresse. Hvad skal vi gøre? Hassan""")

M("", """[[2302204614]] min datter cpr, hun skal have skoleplads fra august. Vi bor Ishøj Søvej 5 st tv""")

M("", """Hej, min datter er 6 år. Hvornår skal vi vælge skole? Tak""")

M("th", """God dag. Jeg er fra Eritrea og jeg er gravid. Jeg har ikke læge endnu fordi jeg er ny i Ishøj. Hvem skal jeg ringe til? Senait""")

M("u", """Hej jeg er tillidsrepræsentant for Dansk Metal på fabrik i Ishøj industri. Vi vil gerne have møde med borgmester om busser om morgenen. Venlig hilsen Tomasz Kowalski""")

M("", """Hej, bus 300S den kommer ikke til tiden om morgenen i Ishøj Erhvervsområde. Mange mennesker kommer for sent til arbejde.""")

M("eb", """Hej jeg er muslim og kan ikke tage job i slagteri med svin. Jobcenter siger jeg mister kontanthjælp hvis jeg siger nej. Er det rigtig?""")

M("", """Hej hvor mange timer jeg skal arbejde for at få kontanthjælp? 225 timer regel? Spørger generelt""")

M("ht", """Hej mit navn Abdirahman. Jeg er somalisk og min far er på hospital med cancer. Han vil ikke spise hospital mad. Kan familie tage mad med? Tak""")

M("", """Hej hvornår kommer jeres nye affald spande, 4 rum spand? Vi har ikke fået""")

M("", """Hej igen her er mit personnummer [[011288-4106]] glemt sidste mail. Mvh Rajan""")
