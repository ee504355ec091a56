"""Part H: short and slangy mails, lowercase, typos, SMS-style, plus some long ones with
signatures and disclaimers; property, orientation and union weighted."""
from common import M

M("p", """
hej, vi har et bud på huset på Bredekærs Vænge men køberen vil vide om kommunen har planer om støjvold mod motorvejen. har i det? haster lidt, de skal svare mægleren på mandag
""")

M("p", """
Hej

Jeg har arvet min mors kolonihavehus i Ishøj Strandparkens Haveforening og vil sælge det. Der er en interesseret, men foreningen siger, at kommunen skal godkende prisen, fordi den er over vurderingen. Hvem skal jeg skrive til?

Mvh
Bente Holgersen
""")

M("", """
Hej

Skal kommunen godkende salgsprisen på kolonihavehuse, eller er det foreningens vurderingsmand? Vi skal opdatere vedtægterne.

Mvh
Bestyrelsen, H/F Solsikken
""")

M("p", """
Kære Ishøj Kommune

Vi har solgt vores lejlighed betinget af, at køber kan få et lån, og banken har bedt om en energimærkning. Hvor finder vi den seneste, og er det jer, der har den? Handlen er ikke endelig før banken siger ja.

Mvh
Trine og Mads Krogh
""")

M("", """
Kære Ishøj Kommune

Hvor finder man energimærkningen for en ejendom? Er det kommunen, der har den, eller Energistyrelsen?

Mvh
Mads Krog
""")

M("pe", """
hej

min far er død og vi skal sælge hans hus på Ishøj Landsby så vi kan betale hans gæld. banken vil ha' at vi sælger hurtigt. der er en køber som har budt men han vil ha en lavere pris pga. taget. kan i fortælle os om der er nogen sager på huset?

/Kasper
""")

M("s", """
yo, kan man booke fodboldbanen ved Vejleåparken til en turnering for queer fodboldhold? vi er fra Pan Idræt og jeg er selv queer og træner holdet. d. 30 august

/Alex
""")

M("", """
yo, kan man booke fodboldbanen ved Vejleåparken til en turnering d. 30 august? vi er et firmahold

/Alex
""")

M("s", """
Hej. Min kæreste og jeg (to drenge, 19 og 20) vil gerne skrives op til en ungdomsbolig sammen. Skal vi søge som par eller hver for sig? /Mikkel
""")

M("s", """
Til Ishøj Seniorklub

Jeg vil gerne melde mig ind i seniorklubben og deltage i torsdagsdansen. Jeg er enkemand efter Erik, som jeg var gift med i 40 år, og jeg vil gerne komme lidt ud blandt mennesker igen. Kan jeg danse med, selv om jeg ikke har en partner?

Venlig hilsen
Poul Vestergaard
""")

M("", """
Til Ishøj Seniorklub

Jeg vil gerne melde mig ind i seniorklubben og deltage i torsdagsdansen. Kan man komme alene uden partner?

Venlig hilsen
Poul Vester
""")

M("s", """
Kære Jobcenter

Jeg har fået et praktiksted hos et vikarbureau, men jeg føler mig ikke tryg, fordi kollegerne har gjort grin med, at jeg er lesbisk. Kan jeg skifte praktiksted?

Mvh
Louise
""")

M("s", """
hej hej, vi er 2 mødre der gerne vil skrive vores søn op til vuggestuen i Ishøj Landsby. skal vi begge stå som forældre på ansøgningen? /Julie og Kat
""")

M("", """
hej hej, vi gerne vil skrive vores søn op til vuggestuen i Ishøj Landsby. skal begge forældre stå på ansøgningen? /Julie
""")

M("u", """
hej

jeg er med i Krifa og de siger kommunen skal sende en bekræftelse på, at jeg har deltaget i jobsamtalerne. kan i sende den? mit navn er Nanna Berg

mvh Nanna
""")

M("u", """
Hej

Vi er en arbejdsplads med 12 ansatte, alle medlem af Det Faglige Hus, og vi vil gerne have en af jeres virksomhedskonsulenter ud og fortælle om voksenlærlinge. Jeg er klubformand.

Mvh
Rene Steffensen
""")

M("", """
Hej

Kan en virksomhedskonsulent komme ud og fortælle om voksenlærlinge? Vi er en arbejdsplads med 12 ansatte i Ishøj.

Mvh
Rene Stenhøj
""")

M("u", """
Til Ishøj Kommune, HR

Jeg har været ansat i kommunen som socialrådgiver i tre år og er medlem af Dansk Socialrådgiverforening. Jeg overvejer at stille op som TR. Hvornår er næste valg?

Mvh
Anja Vinther
""")

M("u", """
hej jeg er ik medlem længere men var i HK i 10 år. kan de stadig hjælpe mig med min sag om fejl i lønsedlen fra jer? mvh Dennis
""")

M("", """
hej hvem skal jeg kontakte hvis der er fejl i min lønseddel fra kommunen? jeg er timelønnet vikar mvh Dennis
""")

M("h", """
hej, kan ikke komme til samtalen på torsdag, har corona og ligger helt flad. kan vi tage den over tlf? mvh Jamal
""")

M("h", """
jeg har lige fået at vide at jeg har brystkræft og skal opereres i næste uge, så jeg kan ikke møde op til sprogskolen. hvem skal jeg sige det til? Aisha
""")

M("e", """
kan i ik bare se at jeg har betalt huslejen?? jeg fik jo pengene fra jer i går (kontanthjælp) og overførte med det samme. boligforeningen siger jeg skylder stadig. /Mads
""")

M("", """
hvorfor er kontanthjælpen så lav i Danmark?? man kan jo ikke leve af det. I politikere burde skamme jer
""")

M("e", """
Hej

Min søn på 16 er blevet anholdt for tyveri, og politiet siger de sender en underretning til jer. Hvad sker der nu? Skal vi til møde?

Mvh
Gitte Frandsen
""")

M("", """
Hej

Hvad sker der, når politiet sender en underretning til kommunen om en ung under 18? Jeg er lærer og vil gerne vide, hvordan det foregår, så jeg kan forklare eleverne det.

Mvh
Gitte Frandsen, Ishøj Skole
""")

M("t", """
Hej

Vi har fået en ny nabo, der har kaldt min datter "sorte abe" flere gange i opgangen. Vi er fra Ghana. Kan boligafdelingen og kommunen gøre noget?

Mvh
Kwame Mensah
""")

M("b", """
Kære Ishøj Kommune

Jeg vil gerne søge om fritagelse for skolernes svømmeundervisning for min datter, fordi hun som muslim ikke må bade med drengene. Kan hun få svømning i en pigegruppe?

Mvh
Hodan Abdi
""")

M("", """
Kære Ishøj Kommune

Har skolerne kønsopdelt svømmeundervisning? Jeg har læst i avisen, at nogle kommuner tilbyder det. Hvad mener byrådet om det?

Mvh
Kirsten Rand
""")

M("bh", """
Hej

Jeg er Jehovas Vidne og vil ikke modtage blodtransfusion. Jeg skal opereres for en brok på Hvidovre i næste måned og vil gerne have at min hjemmesygeplejerske ved det, så hun kan hjælpe med papirerne. Hvordan får jeg besked til hende?

Mvh
Jørgen Bertelsen
""")

M("h", """
Hej, kan I give mig nummeret til hjemmesygeplejen? Jeg skal have skiftet forbinding efter min operation i knæet, og jeg ved ikke hvem jeg skal ringe til. Tak. Bent
""")

M("", """
Hej, hvad er telefonnummeret til hjemmesygeplejen i Ishøj? Det står ikke på hjemmesiden. Tak. Bent
""")

M("e", """
Hej, jeg skal betale min datters fritidsklub men jeg er arbejdsløs siden marts og har ingen penge. kan hun få friplads? mvh Jannie Møller, [[040587-2238]]
""")

M("e", """
Hej

Vil I venligst bekræfte, at min aftale om afdrag på 500 kr. om måneden på min gæld til kommunen er registreret? Sagsnr. 26-01220.

Mvh
Frederik Lund
""")

M("", """
Hej

Vil I bekræfte, at min betaling af parkeringslicensen er registreret? Sagsnr. 26-01221, kvitteringsnr. 2503261199.

Mvh
Frederik Lund
""")

M("te", """
hej. min mor er fra Iran og hun skal bruge en persisktalende hjemmehjælper, hvis det er muligt. hun taler ikke så godt dansk. mvh Sara
""")

M("e", """
hej. min mor har fået hjemmehjælp til rengøring hver anden uge, men de kommer ikke til tiden. hvem klager man til? mvh Sara
""")

M("", """
hej. hvordan søger man om hjemmehjælp i Ishøj, og hvor lang tid tager det? vi skal skrive en opgave om ældrepleje. mvh Sara og Emma, 9.b
""")

M("he", """
Hej

Jeg vil gerne søge om et handicapparkeringskort. Jeg har KOL og kan højst gå 100 meter. Jeg har lige fået førtidspension.

Mvh
Holger Nielsen, [[120859 3377]]
""")

M("", """
Hej

Hvor søger man om handicapparkeringskort, og hvor lang tid tager det? Er det kommunen eller Danske Handicaporganisationer?

Mvh
Holger Nilsson
""")
