"""Part E: relatives, lawyers, advocates and volunteers writing on someone's behalf."""
from common import M

M("pe", """
Til Ishøj Kommune, Center for Byudvikling og Natur

Undertegnede advokat repræsenterer Hanne og Torben Vestergaard, Stationsvej 17, 2635 Ishøj, i forbindelse med salget af deres ejendom. Der foreligger en betinget købsaftale, hvor købers advokatforbehold udløber den 2. oktober. Mine klienter er i betydelige økonomiske vanskeligheder, og banken har varslet tvangsauktion, hvis handlen ikke gennemføres.

Jeg skal derfor anmode om en hurtig udtalelse om den lovliggørelse af udestuen, som køber har stillet som betingelse.

Med venlig hilsen
Advokat Christian Lykke
Lykke & Holm Advokater, Køge
""")

M("he", """
Hej

Jeg skriver på vegne af min mor, Birthe Nørgaard, som ikke selv kan skrive længere efter sin blodprop. Hun har brug for en badebænk og et toiletforhøjer. Hun har givet mig fuldmagt, den er vedhæftet. Hendes personnummer er [[291046-1352]].

Mvh
Lone Nørgaard (datter)
""")

M("s", """
Kære Borgerrådgiver

Jeg er frivillig i LGBT+ Ishøj og skriver med tilladelse fra Kasper (29), som er homoseksuel og bor i en kommunal ungdomsbolig. Han bliver chikaneret af en nabo, der har skrevet "bøsse" på hans dør to gange. Boligselskabet siger, det er kommunens sag. Kasper ønsker ikke at stå frem med efternavn endnu, men kan kontaktes via mig.

Med venlig hilsen
Trine Brix, frivillig
""")

M("", """
Kære byrådsmedlemmer

Jeg er frivillig i Ishøj Besøgsvenner og vil blot høre, om kommunen vil fortsætte sit tilskud til vores foreningen næste år. Vi har 42 aktive besøgsvenner og ventelister på begge sider.

Venlig hilsen
Anne-Lise Brandt, koordinator
""")

M("eu", """
Til Jobcentret

Jeg skriver som faglig konsulent i HK Hovedstaden på vegne af vores medlem Sofie Andreasen, [[170294-2640]], som har fået sanktion i sin kontanthjælp for ikke at være mødt til en samtale, som hun aldrig har fået indkaldelse til. Vi beder om aktindsigt i indkaldelsen og om genoptagelse.

Med venlig hilsen
Martin Skov
HK Hovedstaden
""")

M("he", """
Kære Visitation

Jeg er barnebarn til Ingrid Holst, Vejledalen 9, og skriver fordi farmor efter sin indlæggelse for lungebetændelse ikke kan klare sig selv. Hun har i forvejen hjemmehjælp to gange om ugen, men den slår ikke til nu. Hun har givet mundtlig tilladelse til at jeg skriver, og jeg kan skaffe en skriftlig fuldmagt.

Mvh Mads Holst
""")

M("p", """
Kære Ishøj Kommune

Jeg er advokat for dødsboet efter Erling Pallesen. Boets ejendom, Tranegilde Strandvej 88, er sat til salg, og der er indkommet to bud, som vi forhandler med. Begge købere spørger til, om kommunen har forkøbsret eller planer for naboarealet. Jeg vil gerne have et skriftligt svar, som kan vedlægges salgsopstillingen.

Med venlig hilsen
Advokat Merete Lund
""")

M("s", """
Hej

Min søn Frederik (15) har fortalt os, at han er bøsse, og han har fået det meget svært i klassen på Ishøj Skole. Vi vil gerne høre om kommunen har en rådgiver for unge LGBT, som han kan tale med. Vi er hans forældre og bakker ham op.

Mvh
Pia og Morten Lauridsen
""")

M("t", """
Kære Borgmester

Jeg er frivillig i Venligboerne og skriver for en familie fra Afghanistan, som bor i Vildtbanegård. Deres ældste datter Marzia (11) er tre gange blevet kaldt "afghaner-luder" på skolens legeplads. Familien taler ikke dansk godt nok til at klage selv og har bedt mig gøre det.

Med venlig hilsen
Helle Rosendahl
""")

M("", """
Kære Borgerrådgiver

Jeg er advokat og vil gerne høre generelt, hvordan borgerrådgiveren forholder sig til fuldmagter fra advokater. Skal de være underskrevet med MitID, eller er en skannet underskrift nok? Jeg har ingen konkret sag lige nu.

Venlig hilsen
Advokat Jens Bøgh
""")

M("hbe", """
Til Plejecentret Vejlebo

Min far, Ibrahim Aziz, er muslim og skal have halalmad. Han har Alzheimers og kan ikke selv sige fra, når han får serveret svinekød, og det er nu sket to gange. Jeg beder om, at det bliver skrevet tydeligt i hans plan.

Venlig hilsen
Samira Aziz
""")

M("e", """
Kære Børne- og Ungeudvalg

Jeg er plejemor for en dreng på 8 år, som blev anbragt hos os for to år siden. Vi får ikke svar fra hans sagsbehandler om samvær med hans biologiske mor, og han bliver urolig af det. Vi ønsker at vide, hvem der har ansvaret, når sagsbehandleren er på orlov.

Venlig hilsen
Dorthe Krag
""")

M("u", """
Til Center for Voksne og Velfærd

Jeg er FOA-tillidsrepræsentant for social- og sundhedshjælperne i Hjemmeplejen Syd og skriver på vegne af mine kolleger. Vi er bekymrede for den nye køreliste, som giver 4 minutter til et bad.

Med venlig hilsen
Susanne Koch, TR, FOA
""")

M("h", """
Hej

Jeg er nabo til Willy på Ishøj Søvej 22, 1. th. Han har ikke været ude i en uge, og der lugter fra lejligheden. Sidst jeg så ham, var han meget forvirret og sagde han ikke havde fået sin medicin. Kan hjemmeplejen komme forbi?

Mvh
Ulla fra 1. tv.
""")

M("eh", """
Kære Borgerrådgiver

Som bisidder fra Ishøj Sociale Frivilligcenter skriver jeg på vegne af Jørn Lassen, som har givet fuldmagt. Jørn er på førtidspension pga. KOL og har fået afslag på dækning af merudgifter til iltbehandling. Han oplever ikke at være blevet partshørt.

Venlig hilsen
Kirsten Falk, bisidder
cpr på Jørn: [[0309581447]]
""")

M("", """
Hej

Jeg er frivillig i Kirkens Korshær og vil høre, hvem i kommunen vi skal kontakte for at få lov at uddele varm mad på stationspladsen om vinteren.

Mvh
Bo Henningsen
""")

M("p", """
Til Byudvikling

Jeg er datter til Ruth Kamp, som sælger sit rækkehus i Ishøj Landsby. Køberen har trukket sig i sidste øjeblik, fordi kommunens brev om kloakseparering dukkede op. Mor er 88 og vil gerne vide, om separeringen bliver udsat, så vi kan sætte huset til salg igen.

Venlig hilsen
Jette Kamp
""")

M("s", """
Kære Ishøj Kommune

Jeg skriver for min bror, Anders, og hans mand, Jonas. De har søgt om at adoptere et barn og har fået at vide, at kommunens adoptionssamråd først kan se på sagen om et år. Er det rigtigt, at ventetiden er længere for to fædre?

Hilsen Martin Friis
""")

M("ehu", """
Til Jobcentret

Jeg er tillidsrepræsentant for 3F på Ishøj Rensningsanlæg og skriver på vegne af vores kollega Kim Rask, som har givet mig lov. Kim har fået konstateret kræft i tyktarmen og er sygemeldt. Han er bange for, at hans sygedagpenge stopper efter 22 uger, mens han er i kemo. Kan I fortælle hvad reglerne er for forlængelse i hans situation?

Med venlig hilsen
Lars Emborg, TR
""")

M("", """
Kære Børne- og Ungeudvalg

Vi er en gruppe frivillige forældre, som gerne vil starte en legestue for nytilkomne familier. Kan vi låne et lokale i Ishøj Bibliotek eller Kulturhuset uden at betale?

Hilsen
Henriette, Ayan og Magda
""")

M("t", """
Til Borgerrådgiveren

Jeg er frivillig tolk og var med min veninde Amina til møde i Børn og Forebyggelse. Sagsbehandleren sagde til hende: "I somaliere har jo en anden børneopdragelse". Amina har bedt mig skrive klagen for hende.

Mvh
Saida Abdi
""")

M("eh", """
Til Center for Børn og Forebyggelse

Vi er morforældre til Lucas (4) og Emma (7). Vores datter er indlagt, og børnenes far sidder i fængsel. Vi har haft børnene i tre måneder og vil gerne søge om at blive godkendt som netværksplejefamilie. Hvad skal vi gøre?

Venlig hilsen
Jytte og Per Hald
""")

M("b", """
Kære Kultur- og Fritidsudvalg

Jeg er forælder til en pige i FDF Ishøj og skriver på vegne af forældrene. Vi er alle aktive i Ishøj Kirke og har valgt FDF for dets kristne værdier. Vi håber, at kommunen fortsat vil give lokaletilskud.

Venlig hilsen
Kirsten Bang
""")

M("", """
Kære kommune

Jeg er advokatfuldmægtig og søger på vegne af et ejendomsselskab aktindsigt i lokalplan 3.17 og de tilhørende høringssvar. Selskabet er ikke part i nogen konkret sag.

Med venlig hilsen
Nikolaj Frost
""")

M("he", """
Hej

Min svoger, Bjarne, bor alene i Ishøj og har et stort alkoholmisbrug. Han har ikke betalt husleje i tre måneder, og boligselskabet har sendt en udsættelsesbegæring. Vi er meget bekymrede. Kan kommunen hjælpe med misbrugsbehandling og at redde lejligheden?

Mvh
Tove Ravn
""")

M("u", """
Hej

Jeg er frivillig i Ishøj Pensionistforening og var i 30 år medlem af BUPL, sidst som tillidsrepræsentant. Vi tilbyder at komme og læse højt i børnehaverne. Hvem skal vi kontakte?

Venlig hilsen
Hanne Svane
""")

M("e", """
Kære Ishøj Kommune

Jeg er advokat for Karina Blom i en forældreansvarssag mod barnets far. Familieretshuset har bedt om kommunens børnefaglige undersøgelse, og den er ikke modtaget. Jeg anmoder om, at den fremsendes snarest.

Med venlig hilsen
Advokat Simon Harboe
Karinas cpr: [[220886 2504]]
""")

M("hs", """
Hej

Jeg er kone til Louise Brandt, som blev indlagt i går med en psykose. Vi har en søn på 3 i Børnehuset Regnbuen. Kan pædagogerne blive orienteret, så de ikke siger noget forkert til ham? Han ved bare, at mor er syg.

Venlig hilsen
Mette Brandt
""")

M("", """
Hej

Jeg er frivillig i Ishøj Cykelklub og vil høre, om vi må lave cykelløb på Ishøj Strandvej i september, og om vejen kan spærres et par timer.

Mvh
René
""")

M("t", """
Til Center for Beskæftigelse og Erhverv

Jeg er mentor i Foreningen Nydansker og skriver på vegne af Ahmed Jama, som har givet tilladelse. Ahmed er født i Somalia og har en ingeniøruddannelse derfra, men jobcentret har kun tilbudt ham lagerarbejde. Kan hans uddannelse blive vurderet?

Venlig hilsen
Peter Winkel
""")

M("p", """
Kære Borgmester

Min far er 80 og har boet på sin grund i Torslunde i 50 år. Nu har en projektudvikler givet ham et tilbud på 4,2 mio. for grunden, og han overvejer det. Vi vil gerne vide, om kommunen vil ændre lokalplanen, før han beslutter sig.

Med venlig hilsen
Rasmus Due
""")

M("he", """
Hej

Jeg skriver for min veninde Nadia, som har givet mig lov. Hun er gravid i 7. måned og har fået afslag på boligstøtte, fordi hendes ekskæreste stadig står på kontrakten. Hun er meget stresset og har fået forhøjet blodtryk. Hvem kan hun tale med?

Mvh
Sandra
""")

M("", """
Til Ishøj Kommune

Jeg er pårørenderådgiver i Alzheimerforeningen og vil gerne holde et gratis oplæg for pårørende i Ishøj. Har kommunen et lokale, og vil I hjælpe med at sprede budskabet?

Venlig hilsen
Inge Marstrand
""")

M("bte", """
Kære Borgerrådgiver

Jeg skriver på vegne af min mor, Gulsen Kaya, som er alevi og kommer fra Tyrkiet. Hjemmehjælperen har flere gange sagt, at hun "ikke er en rigtig muslim", og mor føler sig krænket. Mor har givet mig fuldmagt.

Venlig hilsen
Deniz Kaya
""")

M("eu", """
Til Ydelsescenteret

Jeg er socialrådgiver i Dansk Metals a-kasse og skriver på vegne af vores medlem Johnny Wulff, [[010672-1853]]. Johnny har opbrugt sin dagpengeret og har søgt kontanthjælp hos jer for fem uger siden uden svar. Han har nu ingen indtægt.

Venlig hilsen
Anne Bork
Dansk Metal
""")

M("se", """
Hej

Jeg er nevø til Poul og Helmer, som har levet sammen på Ishøj Søvej i 40 år. Helmer er nu på plejehjem og Poul vil gerne have en plads ved siden af. Hvordan søger man det som par?

Mvh
Jakob
""")
