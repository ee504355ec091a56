"""corpus66 part E: unions, employers' associations, trainees and apprentices."""
from common import M

M("u", """
Til Erhvervsudvalget

Jeg er fællestillidsrepræsentant for Dansk Metal på en virksomhed i Ishøj
Erhvervspark. Vi har hørt at kommunen vil ændre trafikken på Industrivej, så
lastbilerne skal køre ind fra Vejlebrovej. Vi vil gerne inviteres til
borgermødet.

Med venlig hilsen
Kenneth Friis
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Dansk Erhverv holder et arrangement for små virksomheder om rekruttering af
elever den 14. marts i Ishøj. Vi vil gerne have en fra jobcentret med til at fortælle
om lønstøtte til elever. Kan I sende en?

Med venlig hilsen
Camilla Birk, konsulent i Dansk Erhverv
""")

M("", """
Hej

Jeg har et lille byggefirma og er medlem af Dansk Byggeri. De siger at kommunen
kræver sociale klausuler med elever i alle udbud over 5 mio. Gælder det også små
renoveringsopgaver? Jeg vil gerne byde på skolerenoveringen.

Mvh
Bo Kragh, Kragh Byg ApS
""")

M("ue", """
Hej Susanne

Jeg er 19 og var elev som frisør i 14 måneder, men salonen lukkede og ejeren
forsvandt. Jeg er med i Frisør- og Kosmetikerforbundet, som siger at de kan hjælpe
mig med at få en skolepraktik, men imens har jeg ingen løn og kan ikke betale mit
værelse. Kan kommunen hjælpe med husleje i en måned?

Mvh
Nanna
""")

M("us", """
Kære borgmester

Jeg er HK'er og arbejder på jeres eget rådhus i lønningskontoret. Jeg skriver privat.
Min mand Peter og jeg vil gerne have lov at holde vores bryllupsfest i rådhushallen
en lørdag i juni. Kan man leje den som ansat?

Venlig hilsen
Thomas Lundgren
""")

M("", """
Til udvalgssekretæren

HORESTA vil gerne have et punkt på dagsordenen for Erhvervsudvalget om
åbningstider for restauranter ved stranden. Vi repræsenterer 11 virksomheder i
Ishøj. Vedlagt vores forslag.

Med venlig hilsen
Jesper Lund, regionschef, HORESTA
""")

M("uh", """
hej
er i FOA og arbejder i hjemmeplejen. har fået en arbejdsskade i ryggen efter at
have løftet en borger alene fordi vi manglede en kollega. er sygemeldt nu. FOA har
anmeldt skaden. jeg vil gerne have at politikerne ved at der mangler folk
Dorte
""")

M("", """
Hej
Hvilke fagforeninger deltager i uddannelsesmessen i Ishøj Idrætscenter? Vi er en
klasse fra 9. årgang der skal lave en opgave om fagbevægelsen.
Mvh 9.B, Ishøj Skole
""")

M("ue", """
Til borgerrådgiveren

Jeg har været medlem af Djøf i 12 år og blev fyret fra min stilling i en kommune
på Sjælland. Jeg har meldt mig ledig hos jer og fået et forløb i jobcentret, men min
rådgiver vil have at jeg tager et kursus i Excel, selvom jeg underviste i det. Jeg
vil klage over planen.

Hilsen
Birgitte Kaas
""")

M("u", """
Kære Jens

Jeg sidder i bestyrelsen for 3F Køge Bugt og bor i Ishøj. Vi er bekymrede for at de
nye elever på byggepladsen ved skolen ikke har sikkerhedsudstyr. Kan du spørge
forvaltningen hvem der fører tilsyn?

Med kammeratlig hilsen
Brian Larsen
""")

M("", """
Til Center for Byudvikling og Natur

Jeg er faglig konsulent i Blik- og Rørarbejderforbundet og skriver på vegne af
forbundet. Vi har en liste over VVS-firmaer i Ishøj, der har elever, og vil gerne
have kommunen til at bruge dem i udbud. Kan vi få et møde?

Med venlig hilsen
Henning Bach
""")

M("ueh", """
Til Center for Beskæftigelse og Erhverv

Jeg var tjenerelev og er medlem af 3F. Min elevkontrakt blev ophævet fordi jeg blev
gravid og ikke kunne stå på benene 10 timer. Jeg har søgt barselsdagpenge, men
jobcentret siger at jeg først skal have en samtale. Hvorfor?

Julie Svendsen, [[061103-4418]]
""")

M("", """
Til hovedpostkassen

Ishøj Erhvervsforening vil gerne have kommunens kontaktperson for
erhvervsaffald til vores generalforsamling den 22. april. Der er ca. 60 medlemmer.
Kan I sende et navn?

Mvh
Sekretariatet
""")

M("u", """
hej Lone
min far var i Dansk Metal i 40 år og fik sølvnål. nu vil han gerne fortælle
kommunens elever om at være lærling i 70'erne. har i et forum hvor han kunne komme ud
på skolerne?
mvh Peter
""")

M("us", """
Til Ishøj Kommune

Jeg er sygeplejerske og medlem af DSR. Min kone Tina og jeg (jeg hedder Mette)
overvejer at flytte til Ishøj og vil gerne vide om kommunen har ledige stillinger på
plejecentrene til nyuddannede.

Mvh
Mette Lind
""")

M("ue", """
Hej

Jeg er selvstændig tømrer og meldte mig ud af 3F og a-kassen, da jeg startede firmaet.
Nu er firmaet lukket, og jeg har ingen ret til dagpenge. Jeg har søgt kontanthjælp,
men min kone har en indtægt, så vi får ingenting. Vi har to børn. Er der andre
muligheder?

Mvh
Jacob Holm
""")

M("", """
Hej

Er det rigtigt at kommunen nu kræver at alle leverandører har overenskomst? Jeg er
freelance oversætter og har ingen ansatte. Skal jeg også have en overenskomst for at
kunne tage opgaver for jer?

Mvh
Sabine
""")

M("ub", """
Kære udvalgsformand

Jeg er tillidsrepræsentant for BUPL i en børnehave i Ishøj og medlem af SF. Vi har
problemer med at de nye vikarer fra vikarbureauet ikke har børneattest. Kan
udvalget tage det op?

Med venlig hilsen
Hanne Gram
""")

M("u", """
Til borgmesterens PA

Jeg er næstformand i Krifa Ung og kommer fra Ishøj. Vi vil gerne lave et
arrangement om unges rettigheder som fritidsansatte i Ishøj Bycenter. Kan vi få lov
at stå i centret en lørdag?

Venlig hilsen
Simon Aagaard
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Vi er en lille tandklinik med 4 ansatte. Hvordan søger vi lønstøtte til en
voksenlærling? Vi har læst at reglerne er ændret, men der står ikke noget på
jeres hjemmeside.

Med venlig hilsen
Klinikchef, Tandklinikken Ishøj
""")

M("ut", """
Hey Hatice

Jeg er polsk, elektriker og medlem af Dansk El-Forbund. Jeg har arbejdet på en
byggeplads for kommunen og har fået 30 kr. mindre i timen end danskerne. Forbundet
har lavet en sag. Jeg vil bare sige det til dig, for det er kommunens byggeri.

Piotr Zieliński
""")

M("uh", """
Hej

Jeg har været kontorelev i 1 år og medlem af HK. Jeg har fået konstateret
kronisk tarmbetændelse og er meget syg i perioder. Min chef siger at elever ikke kan
have så meget sygefravær. HK siger at der findes en § 56-aftale. Skal jeg søge den hos
jer?

Mvh
Cecilie
""")

M("", """
Hej

Jeg er formand for en lille lokal afdeling af Dansk Arbejdsgiverforening for
håndværkere, og vi vil gerne have kommunen til at fortælle om de nye regler for
affaldssortering på byggepladser. Kan I komme til et medlemsmøde?

Mvh
Per Skov
""")

M("u", """
Til Center for Børn og Forebyggelse

Jeg er lærer, tillidsrepræsentant for DLF på Strandgårdskolen. Vi vil gerne høre hvad
kommunen har tænkt sig med det nye skema for eleverne i erhvervsklassen. Lærerne er
ikke inddraget.

Med venlig hilsen
Lise Haugaard
""")

M("us", """
Kære Mikkel

Jeg er bi og medlem af IDA. Jeg sidder i IDA's netværk for LGBT+-ingeniører, og vi vil
gerne lave et arrangement i Ishøj om diversitet i tekniske virksomheder. Kan
kommunen være medarrangør?

Bedste hilsner
Jonas Krogh
""")

M("", """
Til Erhvervsudvalget

Jeg er redaktør på 3F's fagblad og skriver en artikel om sociale klausuler i
kommunale udbud. Kan jeg få et interview med udvalgsformanden?

Mvh
Lene Maj, journalist, Fagbladet 3F
""")

M("ue", """
Til hovedpostkassen

Jeg var lærling som smed og blev fyret efter en konflikt med mesteren. Dansk Metal
har sagen. Jeg har ikke fået løn i to måneder, og jeg har fået rykker på min husleje
og mit lån til bilen. Hvad kan jeg søge om imens?

Alexander Nielsen
cpr nr [[2803048711]]
""")

M("", """
Hej

Er der nogen i kommunen der ved om man skal være medlem af en fagforening for at
få en læreplads som kok? Jeg spørger bare for at vide det inden jeg søger.

Hilsen Ahmed, 16 år
""")

M("ub", """
Til borgerrådgiveren

Jeg var medlem af Kristelig Fagbevægelse, men skiftede til 3F fordi jeg ikke synes
Krifa passede til mig som ateist. Nu siger min arbejdsgiver at jeg ikke kan få
elevløn efter 3F's overenskomst. Jeg vil bare vide hvem der har ret, og om kommunen
har noget med det at gøre, da det er en kommunal elevplads.

Mvh
Rasmus
""")

M("u", """
Hej Bent

Jeg er TR for Serviceforbundet i en rengøringsvirksomhed. Vi har på et personalemøde
talt om at der mangler hjertestartere i Ishøj Erhvervspark; den nærmeste hænger på
tankstationen. Kan kommunen sætte flere op?

Hilsen
Kirsten Mølgaard
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Vi er en lille virksomhed og medlem af DI. Vi vil gerne tage en flygtning i
virksomhedspraktik og har hørt at kommunen har en ordning. Hvad skal vi gøre?

Med venlig hilsen
HR, Ishøj Plast A/S
""")

M("ut", """
Kære borgerrådgiver

Jeg er fra Litauen og arbejder på et slagteri. Jeg er medlem af NNF. Mine
kolleger fra Danmark får alle de gode vagter, og når jeg klager siger min formand
at "østeuropæere skal være glade for at have et job". NNF hjælper mig. Jeg vil bare
vide om kommunen har en politik.

Mindaugas
""")

M("u", """
hej jeg har lige meldt mig ind i HK som studerende og vil gerne have et
fritidsjob i kommunen. hvor finder jeg de ledige stillinger for unge under 18?
vh Maja
""")

M("ue", """
Til borgmesteren

Jeg er pensioneret murer og har været medlem af BJMF hele livet. Nu får jeg
folkepension og ældrecheck, men kommunen har sagt at jeg ikke kan få varmehjælp, fordi
jeg har en lille pension fra AP Pension. Det er uretfærdigt, og min fagforening er enig.

Mvh
Svend Åge Lund, [[120352-1924]]
""")

M("", """
Hej

Vi er Danske Studerendes Fællesråd og vil gerne have kommunens bud på hvordan man
sikrer billige boliger til studerende i Ishøj. Kan vi få et møde med
byudvalgsformanden?

Med venlig hilsen
DSF
""")

M("us", """
Hej Jens

Jeg er medlem af Dansk Journalistforbund og arbejder freelance. Min mand Ole og jeg
har startet et lille forlag med bøger for regnbuefamilier. Vi vil gerne låne
biblioteket til en lancering. Hvordan gør vi?

Vh
Kasper Riis
""")

M("u", """
Til Center for Beskæftigelse og Erhverv

Jeg har været medlem af Det Faglige Hus siden jeg var 20 og er nu 34. Jeg har fået
job i Ishøj og vil gerne høre hvornår kommunens introduktionskursus for nye
medarbejdere er.

Mvh
Tobias Møller
""")

M("e", """
Hej

Jeg er elev i en lille bageri og får 9.800 kr. om måneden før skat. Jeg bor selv og
har søgt boligstøtte, men jeg har fået for lidt. Min elevløn er jo lav, og jeg har
ingen forældre der kan hjælpe. Kan jeg klage?

Mvh Emil, 18
""")

M("", """
Til Erhvervsudvalget

Jeg har et spørgsmål om kommunens elevplan: hvor mange elever skal kommunen have i
de nye udbud af grønne områder? Jeg er leder af et anlægsgartnerfirma og vil vide
hvad vi skal regne med.

Mvh
Jørgen Holst
""")

M("hte", """
Til Center for Voksne og Velfærd

Min bror er 25 og har Downs syndrom. Han arbejder i et beskyttet værksted og drømmer
om at blive elev i en café. Vi er fra Tyrkiet, og min mor taler ikke dansk. Kan
vi få et møde om hans muligheder, gerne med tolk på tyrkisk?

Hilsen
Elif
""")

M("uh", """
Hej Susanne

Jeg er DSR-medlem og sygeplejerske på en privat klinik. Jeg blev stukket af en
brugt kanyle og skal tage hiv-forebyggende medicin i 4 uger. Jeg er bange og
vil gerne vide om kommunens sundhedshus har nogen jeg kan tale med.

Mvh
Louise
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Vi har modtaget jeres faktura på deltagergebyr for jobmessen, fakturanr. 0904231187.
Den skal sendes til vores EAN-nummer 5798000411234 og ikke på mail. Kan I sende den
igen?

Mvh
Økonomiafdelingen, Ishøj Boligselskab
""")
