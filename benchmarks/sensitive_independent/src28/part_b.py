"""corpus28 part B: the citizen advisor's mailbox — complaints and guidance, with
diagnoses, arrears and family matters given as the reason."""
from common import M

M("he", """Kære borgerrådgiver

Jeg vil klage over min sagsbehandler i Jobcentret. Jeg har PTSD efter min tid i Afghanistan og har svært ved store rum med mange mennesker, men jeg blev alligevel indkaldt til et gruppemøde i aktivering, og da jeg ikke mødte op, blev min kontanthjælp trukket 1.400 kr.

Jeg ønsker at være anonym overfor centret.

Hilsen
en veteran fra Ishøj Strand""")

M("", """Hej borgerrådgiveren. Kan du hjælpe mig med at finde ud af hvem jeg skal klage til hvis jeg er uenig i en afgørelse om hjælpemidler? Det er ikke til mig, jeg spørger for en forening. Tak, Lone""")

M("", """Kære borgerrådgiver

Hvor lang tid har man egentlig til at klage over en afgørelse fra kommunen? Og kan I hjælpe med at skrive klagen, eller skal man have en advokat? Jeg skriver en artikel til lokalavisen om borgerrettigheder.

Mvh Thomas Lund, Ishøj Lokalavis""")

M("e", """Hej

Jeg har fået en regning fra kommunen på tilbagebetaling af 9.600 kr. i enkeltydelse som jeg fik til en vaskemaskine i 2025. Jeg fik at vide dengang at det var en hjælp og ikke et lån. Nu står der at det er et lån. Min økonomi er i forvejen helt i bund, jeg har en huslejerestance på 3 måneder hos Vejleåparken. Hvad kan jeg gøre?

Venlig hilsen
Hanne B.""")

M("t", """Kære borgerrådgiver

Jeg vil klage over en medarbejder i Borgerservice. Da jeg var der i tirsdags for at søge om pas til min datter, sagde hun højt at "I somaliere skal jo altid have det hele oversat". Jeg er født i Mogadishu men har boet i Danmark i 24 år og taler flydende dansk. Jeg følte mig meget ydmyget foran de andre i køen.

Med venlig hilsen
Hodan Warsame""")

M("", """Hej. Jeg synes det er helt urimeligt at kommunen har lukket Borgerservice om torsdagen. Mange af os arbejder til 16 og kan ikke nå det. Det er et politisk valgt serviceniveau, ved jeg godt, men jeg vil alligevel klage.""")

M("eh", """Kære borgerrådgiver

Min far, Erik Svendsen (82), bor på Ishøj Plejecenter. Han har Alzheimers og kan ikke selv klage. Personalet har to gange glemt at give ham hans medicin om aftenen, og i sidste uge lå han på gulvet i flere timer før nogen fandt ham. Jeg har fuldmagt og vil gerne have en undersøgelse.

Hans cpr er [[140244-2013]].

Med venlig hilsen
Lene Svendsen
tlf. 40 18 32 77""")

M("", """Til borgerrådgiveren. Hvad er forskellen på jer og Ankestyrelsen? Jeg er forvirret. /Kim""")

M("e", """hej jeg har fået afslag på hjemmehjælp til rengøring, selvom jeg er 91 år og bor alene på Bredekær. jeg synes det er forkert. min datter siger jeg skal skrive til dig. Ellen Hansen""")

M("es", """Kære borgerrådgiver

Min kone og jeg er gået fra hinanden, og vi har delt forældremyndighed over vores søn Oskar på 6. Hun flytter nu til Jylland og vil tage ham med. Familieretshuset siger det er deres sag, men kommunens skole har udleveret skoleskift-papirer til hende uden at spørge mig. Er det lovligt?

Mvh
Line Skov""")

M("", """Jeg vil gerne klage over at skraldemændene smider spanden midt på fortovet hver tirsdag. Jeg har skrevet til affald 3 gange. Nu skriver jeg til jer. Ove Krogh, Gadekærvej""")

M("h", """Kære borgerrådgiver

Jeg har ME/kronisk træthedssyndrom og kan kun holde til at læse breve i korte perioder. Alligevel sender Center for Beskæftigelse og Erhverv mig 6-7 sider lange breve hver uge. Jeg har bedt om at de ringer i stedet, men det bliver ikke noteret. Kan du hjælpe mig med at få det noteret i min sag?

Venlig hilsen
Signe Lauritzen""")

M("", """Hej. Jeg vil være anonym. Jeg arbejder ikke for kommunen men har hørt at en sagsbehandler i Center for Børn og Forebyggelse taler grimt om borgerne i frokoststuen på en café i bycentret. Er det noget I kan undersøge? Jeg ved ikke hvem det handler om.""")

M("e", """Kære borgerrådgiver

Der er lavet en underretning om vores familie fra skolen, fordi vores datter Freja har haft meget fravær. Nu er vi indkaldt til møde med en socialrådgiver. Ingen har fortalt os hvad underretningen går ud på, og vi har ikke fået aktindsigt selvom vi bad om det for 3 uger siden.

Venlig hilsen
Pernille og Kasper Juhl""")

M("", """Hvordan klager man over en parkeringsafgift fra kommunen? Afgiftsnummer 2611250314. Jeg holdt i et felt der ikke var skiltet.""")

M("be", """Kære borgerrådgiver

Jeg er Jehovas Vidne og har fået at vide af min jobkonsulent at jeg skal i praktik i en butik, der har julepynt og julesalg hele december. Jeg har forklaret at jeg ikke kan deltage i julefejring pga. min tro, men hun sagde at så mister jeg min ydelse. Jeg vil gerne have vejledning om mine rettigheder.

Med venlig hilsen
Ruth Jeppesen""")

M("e", """Hej, jeg har boet på herberget i Glostrup i 2 måneder, fordi jeg blev sat ud af min lejlighed på Ishøj Boulevard. Kommunen siger de ikke kan hjælpe med en bolig før om et år. Er det rigtigt? Jeg har ingen adresse og min post kommer ikke frem. Mvh Brian""")

M("", """Hej borgerrådgiver. Vi er en gruppe forældre der mener at ventetiden på PPR-udredninger i Ishøj generelt er alt for lang. Vi vil ikke klage over en konkret sag men gerne vide hvem vi kan rejse det over for politisk.""")

M("heu", """Kære borgerrådgiver

Jeg blev sygemeldt med en diskusprolaps i august. Min fagforening, FOA, siger at kommunen skulle have holdt en opfølgningssamtale senest efter 8 uger, men det er ikke sket, og nu har jeg fået besked om at min sygedagpengesag vurderes. FOA har rådet mig til at bede dig om at se på sagsbehandlingen. Kan du det?

Med venlig hilsen
Gitte Friis
[[251169-2216]]""")

M("", """Jeg har klaget over en afgørelse i 2024, og vil gerne vide om det er for sent nu at komme til jer. /Henning""")

M("t", """Hej

Jeg vil gerne klage over en bemærkning min søns pædagog i SFO'en kom med. Da drengene legede, sagde hun til min søn Aziz at han skulle "opføre sig ordentligt, selvom han er araber". Vi er fra Irak, men det har ikke noget at gøre med hvordan han leger. Det er diskrimination.

Med venlig hilsen
Nour Al-Jaberi""")

M("", """Til borgerrådgiveren

Jeg har fået et brev der er sendt til min gamle adresse, selvom jeg meldte flytning for 4 måneder siden. Det er bare sjusk. Ikke mere at tilføje.
Birgit Holm""")

M("es", """Kære borgerrådgiver

Min kæreste, Mikkel, og jeg (Anders) har søgt om at blive plejefamilie. Vi er blevet godkendt af Familieplejen, men nu har vi hørt fra en anden plejefamilie at Ishøj Kommune "helst ikke bruger to mænd" til små børn. Vi vil gerne vide om det er rigtigt, og i så fald klage.

Venlig hilsen
Anders Bech""")

M("", """Hej. Er det jer man kontakter hvis man har et problem med boligselskabet? Det er et spørgsmål om vedligeholdelse af altanen.""")

M("eh", """hej borgerrådgiver
min bror sidder i fængsel i vestre og kommer ud i februar. han har ingen bolig og har været misbruger i mange år men er clean nu. jeg er bange for han ryger ud i det igen hvis han ender på gaden. hvem i kommunen skal han snakke med? han hedder Rene Poulsen.
mvh Tina""")

M("", """Kære borgerrådgiver

Jeg ringede til Center for Borger, Økonomi og IT i går og blev sat på hold i 48 minutter og så blev jeg afbrudt. Det er ikke i orden. Jeg ringede om en ændring af min e-Boks, det var ikke noget særligt.

Venlig hilsen
Poul Erik Winther""")

M("e", """Kære borgerrådgiver,

Jeg klager over at min ansøgning om førtidspension er blevet sendt retur til rehabiliteringsteamet for tredje gang. Jeg har været ledig i 7 år og har gennemført 4 ressourceforløb. Jeg orker ikke mere.

Med venlig hilsen
Claus Petersen
cpr. [[020672–1457]]""")

M("", """Er det rigtigt at borgerrådgiveren ikke kan tage sager om naboskænderier? Min nabo har plantet en hæk der tager alt lyset fra min have.""")

M("hte", """Kære borgerrådgiver

Jeg er fra Eritrea og kom som flygtning i 2015. Jeg har fået at vide at jeg skal til lægeundersøgelse igen for at få forlænget mit fleksjob, men jeg har allerede dokumentation for min rygskade fra Rigshospitalet. Tolken til sidste møde talte tigrinya med en anden dialekt, så jeg forstod ikke alt. Jeg vil gerne klage over at der ikke blev bestilt en tolk jeg kunne forstå.

Venlig hilsen
Yonas Tesfay""")

M("e", """Hej borgerrådgiver

Jeg har fået en opkrævning på 14.000 kr. for min søns ophold på opholdsstedet Solsikken, selvom han er anbragt uden samtykke. Er det rigtigt at vi skal betale, og hvorfor har ingen fortalt os det før?

Mvh Susanne og Jørgen Riis""")

M("", """Hej borgerrådgiver! Tak for hjælpen sidste måned. Sagen er løst nu. Hav en god jul. Charlotte""")

M("be", """Kære borgerrådgiver

Jeg er muslim og bærer tørklæde. Ved en jobsamtale som Jobcentret havde sendt mig til, sagde arbejdsgiveren at jeg "selvfølgelig skulle tage det af". Da jeg fortalte det til min jobkonsulent, sagde hun at jeg bare kunne lade være med at søge jobbet. Jeg synes ikke jeg fik hjælp.

Med venlig hilsen
Samira""")

M("", """Hvornår udkommer borgerrådgiverens årsberetning for 2026? Jeg sidder i seniorrådet og vil gerne have den til vores møde i marts.""")

M("h", """Kære borgerrådgiver

Min datter Emma på 9 har autisme og ADHD. Skolen sender hende hjem næsten hver dag kl. 11, fordi de "ikke har ressourcer". Vi har bedt om et møde med skolelederen i 5 uger. Jeg ved godt at I ikke kan ændre skolens afgørelser, men kan I hjælpe med at få et svar?

Venlig hilsen
Louise Dam""")

M("e", """Kære borgerrådgiver

Vi har haft hjemmepleje til min mor Gudrun i 2 år. Fra 1. januar er tiden skåret fra 45 til 20 minutter om morgenen uden at vi har fået en afgørelse. Er det lovligt?

Med venlig hilsen
Kurt Mogensen""")

M("", """Til borgerrådgiver. Hvordan bliver man anonym hvis man vil klage? Jeg er bange for at det får konsekvenser for min sag. Tak.""")

M("", """Kære borgerrådgiver

Jeg vil gerne give ros til en medarbejder på Ishøj Bibliotek som hjalp mig med at søge om nyt sygesikringsbevis på nettet. Hun var utrolig tålmodig. Jeg kan ikke huske hendes navn, men hun har kort mørkt hår og arbejder om onsdagen.

Venlig hilsen
Else Marie Bundgaard""")

M("b", """Hej

Jeg har meldt mig ud af folkekirken, fordi jeg er ateist, men jeg får stadig at vide fra kirkegårdskontoret at jeg skal betale ekstra for et gravsted til min mor på Ishøj Kirkegård. Er det korrekt, og kan kommunen hjælpe?

Mvh Leif Andersen""")

M("", """Jeg har fået et brev fra kommunen der siger "partshøring". Hvad betyder det? Skal jeg svare?""")
