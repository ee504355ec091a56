"""Part J: longer letters to council members and the citizen advisor; heirs, boards and neighbours; a few more hard negatives on prices, rules and plans."""
from common import M

M("pst", """
Kære Helle Mortensen

Jeg skriver til dig, fordi du sidder i Økonomiudvalget og fordi jeg ikke ved, hvem jeg ellers skal gå til.

Min mand Rasmus og jeg (vi blev gift på rådhuset i 2021) har i tre år sparet op til at købe en af kommunens storparceller i Ishøj Landsby. Vi fik tilsagn i august og underskrev en købsaftale med forbehold for bankens godkendelse. Banken har nu sagt ja, men kræver at vi dokumenterer, at kommunen ikke vil gøre brug af tilbagekøbsretten, hvis vi ikke når at bygge inden for 3 år.

Rasmus er født i Chile og har kun boet i Danmark i 6 år, og banken har været meget opmærksom på hans "tilknytning". Vi føler os lidt mistænkeliggjort.

Kan du hjælpe os med at få et klart svar på tilbagekøbsretten?

Venlig hilsen
Jonas Eskildsen
Vejlebrovej 112
""")

M("", """
Kære Helle Mortensen

Hvordan er kommunens tilbagekøbsret på storparcellerne i Ishøj Landsby formuleret? Jeg har læst salgsvilkårene, men forstår ikke, om fristen på 3 år regnes fra skødet eller fra overtagelsen. Jeg spørger generelt, jeg har ikke budt.

Venlig hilsen
Flemming Aagaard
""")

M("he", """
Til borgerrådgiveren

Jeg vil gerne klage over den måde, min mor er blevet behandlet på. Hun er 88, har svær KOL og er på ilt døgnet rundt. Hun har boet i sit rækkehus i 52 år, men visitationen har besluttet, at hun skal flytte i plejebolig på Kærbo, fordi hjemmeplejen ikke kan klare opgaven. Hun er ikke blevet spurgt ordentligt.

Hun er ikke dement, og hun vil blive. Kan man klage over sådan en afgørelse?

Med venlig hilsen
Bodil Carstensen
""")

M("", """
Hej

Kan kommunen tvinge en borger til at flytte på plejehjem? Det diskuterede vi i pensionistklubben.

Mvh
Erna
""")

M("eu", """
Kære Jakob

Jeg er medlem af FOA og har været det i 30 år. Da jeg blev skilt sidste år, beholdt jeg lejligheden i Ishøj Strand, men huslejen er for høj på én indtægt. Jeg har søgt boligstøtte og venter stadig. Kan du spørge, hvorfor det tager så lang tid?

Mvh
Hanne Bech
""")

M("", """
Hej Jakob

Hvor lang er sagsbehandlingstiden på boligstøtte hos Udbetaling Danmark lige nu? Det er ikke kommunen, vel?

Mvh
Torben
""")

M("bp", """
Hej

Jeg er quaker og pacifist af overbevisning, og jeg har et forslag: kommunen kunne sælge den gamle skydebane ved Torslunde til en fredelig forening. Vi i foreningen har allerede sendt et bud på 600.000 kr.

Mvh
Magnus Lindberg
""")

M("", """
Hej

Hvad skal den gamle skydebane ved Torslunde bruges til? Jeg har hørt at den skal sælges.

Mvh
""")

M("t", """
hej

er halvt thai og min far er dansk. naboen i nr. 3 kalder min mor "thaibruden" hver gang han ser hende i opgangen. hun tør ikke gå ned med skraldet mere. kan boligselskabet smide ham ud?

mvh Nina
""")

M("", """
Hej

Kan et boligselskab opsige en lejer for chikane af naboer? Hvad kræver det?

Mvh
""")

M("su", """
Kære Maria

Som kvinde med en kone og som fællestillidsrepræsentant for 3F på lageret i Ishøj vil jeg sige: tak for jeres arbejde med de nye familieboliger. Vi skal selv flytte til en af dem.

Mvh
Dorte Bak
""")

M("", """
Kære Maria

Tak for jeres arbejde med de nye familieboliger ved Ishøj Station. Hvornår kan man skrive sig op?

Mvh
""")

M("hpe", """
Hej

Jeg er gravid med tvillinger og vi er nødt til at sælge vores toværelses og købe noget større. Vi har budt på et rækkehus på Strandager, men sælger vil have overtagelse samme uge som termin. Kan kommunen hjælpe med flyttehjælp?

Mvh
Signe Aagaard
""")

M("", """
Hej

Hvor mange børnefamilier flytter til Ishøj hvert år? Og hvor mange af dem køber bolig?

Mvh
""")

M("bs", """
Hej

Jeg er pinsekristen og har en kæreste som er mand, jeg er også mand. Min menighed ved det ikke. Vi vil gerne flytte sammen i Ishøj, men vi vil gerne have diskretion. Kan kommunen love at vores adresseændring ikke offentliggøres?

Mvh
Samuel
""")

M("", """
Hej

Kan man få adressebeskyttelse i CPR-registret? Hvordan søger man?

Mvh
""")

M("pu", """
Hej

Jeg er HK'er og arbejder i en bank. Vi har en kunde, der – nej undskyld, det er mig selv: Vi har budt på et hus på Ishøj Søvej, og køberrådgiveren siger at der er tinglyst en vejret, som kommunen har. Kan I aflyse den?

Mvh
Anja
""")

M("", """
Hej

Hvor mange vejretter har kommunen tinglyst på private grunde i Ishøj? Jeg er landinspektør.

Mvh
""")

M("", """
Til borgmesteren

Det er en skandale at huspriserne i Ishøj er så lave i forhold til nabokommunerne. Kommunen burde markedsføre sig bedre.

Mvh
""")

M("", """
Hej

Hvad er den gennemsnitlige kvadratmeterpris for ejerlejligheder i Ishøj Strand? Jeg har set 22.000 kr. på Boliga, men er det rigtigt?

Mvh
""")

M("t", """
Til Center for Borger

Jeg er rom og kom fra Ungarn som barn. Min søn er blevet afvist som lejer i et privat udlejningsbyggeri, og udlejeren sagde "ingen sigøjnere". Jeg vil gerne klage.

Mvh
Lajos Kovács
""")

M("", """
Hej

Hvor mange klager over diskrimination har borgerrådgiveren fået i 2025?

Mvh
""")
