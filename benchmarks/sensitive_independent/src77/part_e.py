"""corpus77 part E: moving to Ishøj, address changes and registering as a new citizen."""
from common import M

M("t", """Hola / Hej

Jeg er spansk og flyttede til Ishøj fra Valencia i oktober med min mand, som er dansk.
Han har allerede cpr-nummer [[260784-1473]]. Skal jeg møde op i borgerservice for at få
mit eget, eller kan han gøre det for mig?

Muchas gracias,
Lucía""")

M("", """Hej

Vi er en boligforening og laver en velkomstmappe til nye lejere. Hvordan melder man
generelt flytning i Ishøj, og hvad skal man gøre med læge og sygesikring? Bare en kort
forklaring, vi henviser til borger.dk.

Venlig hilsen
Boligforeningen Vejleå""")

M("e", """Hej boliganvisningen

Tak for lejligheden på Ishøj Stationsvej. Efter et halvt år uden fast bopæl er det en lettelse.
Men nøglen virker ikke til kælderen, og viceværten siger at kommunen må ordne det, fordi
det er en anvisningsbolig. Kan I hjælpe?

Venlig hilsen
Morten Kjær""")

M("s", """Hej borgerservice

Min kæreste Jonas og jeg er to mænd, der flytter sammen i hans lejlighed på Vibeholmsvej
1. december. Skal vi begge melde flytning, eller kun mig? Og skal vi vælge samme læge?

Mvh Frederik""")

M("p", """Hej Byudvikling

Vi flytter til Ishøj og har givet et bud på et hus på Ishøj Søvej. Samtidig skal vores
lejlighed i Valby sælges, og der er en køber. Vores advokat vil vide om der er
servitutter om hegn mod stien. Kan I svare i denne uge?

Mvh Julie og Rune""")

M("he", """Til visitationen

Min mor på 84 flytter fra Fredericia til en lejlighed tæt på mig i Ishøj i januar. Hun
har demens og får hjemmepleje morgen og aften i dag. Hvordan sikrer vi at hjælpen er
klar fra første dag i Ishøj?

Venlig hilsen
Charlotte""")

M("u", """Hej

Jeg flytter til Ishøj og starter som pædagog i Børnehuset Ishøjgård 1. februar. Jeg er
medlem af BUPL, og de spørger om kommunen har en lokal aftale om flytteudgifter. Hvem
skal jeg skrive til?

Venlig hilsen
Ida Schou""")

M("b", """Hej

Vi er lige flyttet til Ishøj, og vi er katolikker. Vi vil gerne melde os ud af
folkekirken, som vi blev meldt ind i som børn, og høre hvor den nærmeste katolske messe
er. Er det kommunen eller kirkekontoret der skal have udmeldelsen?

Mvh Ewa og Tomasz""")

M("", """Hej

Hvor mange borgere flyttede til Ishøj Kommune i 2025, og hvor mange flyttede fra? Gerne
også nettotilflytningen for børnefamilier. Det skal bruges i planstrategien.

Venlig hilsen
Ulla Brandt, formand for Økonomiudvalget""")

M("t", """Hello,

We moved to Ishøj from Nigeria in September. My husband works in Copenhagen. Our two
children need school places. Do we register them at the school or at the town hall? We
speak English at home and a little Yoruba.

Thank you,
Adaeze Okafor""")

M("", """Flytteanmeldelse

Navn: Kasper Lind
Cpr: [[1506912207]]
Fra: Nørrebrogade 44, 2200 København N
Til: Strandgårdsvej 7, 2635 Ishøj
Fra den 1. december.

Mvh Kasper""")

M("e", """Hej jobcentret

Jeg er på dagpenge og flytter fra Aarhus til Ishøj den 15. Skal jeg selv sige det til jer,
eller gør a-kassen det? Jeg har et CV-møde i Aarhus i næste uge, skal jeg stadig
derover?

Mvh Stine""")

M("", """Hej forsyningen

Vi flytter ind 1. december. Målernummer på vandmåleren er 31204587, aftagenummer
0104841172, installationsnummer 571313104882761. Kan I registrere aflæsningen 00452 m³
fra overtagelsesdagen?

Venlig hilsen
Familien Dahl""")

M("st", """Hi there,

My husband Daniel and I moved to Ishøj from Canada in August. We are both men and got
married in Toronto. Do we need to register our marriage with the municipality, or does
the Danish system recognise it automatically?

Best,
Mark Thompson""")

M("h", """Hej skoleafdelingen

Vi flytter til Ishøj til foråret. Vores søn Elias på 9 har autisme og har det svært med
store klasser. Hvilke af jeres skoler har erfaring med børn som ham? Vi vil gerne
besøge en skole inden.

Venlig hilsen
Karina""")

M("", """Hej

Må man holde med en flyttebil på fortovet på Ishøj Bygade en lørdag, eller skal man søge
om tilladelse? Vi er et flyttefirma og flytter mange i området.

Mvh Flyt & Fragt ApS, tlf. 70 20 33 18""")

M("bt", """Til borgerservice

Vi er koptiske kristne fra Egypten og er flyttet til Ishøj med vores tre børn. Vi vil
gerne have at vores ældste kan få fri til vores påske, der ligger senere end den danske.
Skal det søges hos skolen eller kommunen?

Venlig hilsen
Mina og Marina Girgis""")

M("ue", """hej

jeg er ledig og med i 3F's a-kasse. flytter til Ishøj fra Slagelse. kan jeg beholde
min plan fra jobcentret i Slagelse eller starter jeg forfra

Mvh Brian""")

M("", """Hej Lone

Kunne borgmesteren ikke holde et velkomstarrangement for nye tilflyttere i foråret,
som man gør i Greve? Med information om foreningsliv, skoler og kultur. Jeg tager det
gerne op i Økonomiudvalget.

Hilsen
Torben, byrådsmedlem""")

M("pe", """Hej

Jeg har fået tildelt en ældrebolig på Ishøjhøj fra 1. marts. Min andelsbolig i
Cedergården er sat til salg, og andelsforeningen har en køber, men prisen er ikke på plads
endnu. Kan jeg udskyde indflytningen, til salget er faldet på plads?

Venlig hilsen
Jytte Madsen""")

M("t", """Til borgerservice

Jeg er fra Indien og er kommet for at arbejde som IT-konsulent. Jeg har fået mit cpr
[[040293–9157]], men mit sundhedskort er sendt til en gammel adresse. Hvordan får jeg
et nyt?

Kind regards,
Rahul Sharma""")

M("s", """Hej

Min kone Tanja og jeg flytter til Ishøj fra Køge med vores to drenge. Jeg er den ene
af to mødre, og vi har fælles forældremyndighed. Skal vi søge dagtilbud til drengene
sammen?

Kh Henriette""")

M("e", """Hej

Jeg er studerende og flytter fra kollegiet til en lejlighed i Ishøj. Jeg får SU og
studielån. Kan jeg få boligstøtte, og skal jeg have en tro- og loveerklæring fra
udlejeren?

Mvh Marcus""")

M("", """Hello,

I work in HR at a logistics company in Ishøj and we hire many EU workers. In general,
how do EU citizens register their address after moving here, and how long does it take
to get a CPR number? A link is fine.

Best regards,
Anna Nowak, HR""")

M("h", """Hej

Jeg er blind og er lige flyttet til Ishøj. Jeg kan ikke finde ud af at melde flytning på
borger.dk med min skærmlæser. Kan jeg få en tid i borgerservice, hvor nogen læser op for
mig?

Venlig hilsen
Bent Holm""")

M("b", """Til menighedsrådet og kommunen

Jeg er netop ansat som sognepræst i Ishøj Sogn og flytter ind i præsteboligen 1.
januar. Mine børn skal starte i skole. Kan I hjælpe med at finde ud af hvilket
skoledistrikt præsteboligen ligger i?

Venlig hilsen
Kristian Mortensen, sognepræst""")

M("t", """Vanakkam

Vi er tamiler fra Sri Lanka og har boet i Albertslund i 20 år. Nu flytter vi til
Ishøj for at være tæt på vores datter. Min mor taler kun tamil. Kan hun få tolk ved
lægen i Ishøj?

Tharshan""")

M("eh", """Hej borgerrådgiver

Min far fik en blodprop i hjernen i september og har nu fået plads på Plejecenter
Ishøjhøj. Han er flyttet derind, men hans post kommer stadig til den gamle adresse. Hvem
melder flytningen, når han ikke selv kan?

Venlig hilsen
Jesper""")

M("", """Hej

Hvornår er der storskrald i Ishøj Nord i december? Vi har mange flyttekasser og et gammelt
sofabord. Kan man bestille afhentning online?

Mvh beboer på Gildbrohøj""")

M("su", """Hej HR

Min mand Lars og jeg flytter til Ishøj, og jeg er FOA-tillidsrepræsentant på mit
nuværende arbejde. Jeg har søgt stilling i hjemmeplejen hos jer. Kan man få kørselstillæg
det første år, når man flytter så langt?

Venlig hilsen
Thomas Kvist""")

M("e", """Til borgerservice

Jeg bor på krisecentret og flytter snart i egen lejlighed i Ishøj. Min tidligere kæreste
må ikke finde min adresse. Kan I sørge for navne- og adressebeskyttelse?

Cpr-nr.: [[070298-2364]]

Venlig hilsen
Sanne""")

M("p", """Hej

Vi har solgt vores hus i Roskilde med forbehold for købers salg og har samtidig budt på
et rækkehus på Kærbo. Hvis begge handler falder på plads, flytter vi til Ishøj i marts.
Hvor lang ventetid er der på SFO på Ishøj Skole?

Mvh Anders Holmgaard""")

M("te", """Hej

Jeg kom som flygtning fra Sudan og er nu boligplaceret i Ishøj. Jeg har fået et brev fra
kommunen om integrationsprogram, men jeg forstår ikke hvor jeg skal møde op. Kan nogen
ringe?

Abdelrahman""")

M("", """Hej

Jeg er lærer på sprogskolen i Høje-Taastrup. Mine kursister spørger ofte generelt, hvordan
man får registreret et ægteskab indgået i udlandet, og hvordan man melder flytning. Har
kommunen en let forståelig folder, vi kan dele ud?

Venlig hilsen
Gitte Lund""")

M("b", """Hej

Vi er lige flyttet ind i en lejlighed på Ishøj Strandvej, og vi fejrer diwali med familien
i næste uge. Må vi stille olielamper på altanen, eller er det imod brandreglerne?

Mvh Ravi""")

M("s", """Hej

Jeg og min kæreste Sofia er begge kvinder og flytter sammen i Ishøj. Vi har fået at vide
at vi kan få rabat på vores fælles fritidskort, hvis vi er registreret som par. Hvordan
gør vi det?

Hilsen Nanna""")

M("h", """Til Byudvikling

Vi skal flytte fra vores lejlighed på Vejleåparken fordi der er skimmelsvamp, og min datter
har fået astma af det. Boligselskabet siger I skal se på det først. Kan I komme ud i
denne uge?

Venlig hilsen
Fatima""")

M("", """Hej genbrugsstationen

Kan man låne en trailer hos jer, når man flytter, og hvad koster det? Jeg har set at
Vallensbæk gør det gratis.

Tak, Peter""")

M("e", """Hej borgerrådgiver

Jeg har fået en udsættelsesdom fra boligretten og skal ud af min lejlighed til 1. januar.
Jeg skylder fire måneders husleje. Jeg har to børn. Kan kommunen hjælpe mig med et sted
at bo?

Mvh Kathrine""")

M("u", """Hej

Jeg er nyansat som afdelingsleder i Teknik og Miljø og flytter til Ishøj i næste måned.
Jeg er medlem af Lederne, og de siger at kommunen har en aftale om flyttegodtgørelse for
ledere. Er det rigtigt?

Venlig hilsen
Henning Aagaard""")

M("s", """Hej

Min mand Yusuf og jeg er flyttet til Ishøj. Hvordan skifter vi læge sammen, så vi får
samme læge? Systemet vil kun lade én af os vælge.

Hussein, [[121090 2245]]""")

M("", """Den 3. nov. skrev Borgerservice:
> Husk at melde flytning senest 5 dage efter, at du er flyttet.

Tak. Gælder de 5 dage generelt også hvis man flytter inden for samme opgang? Jeg spørger
for en forening der hjælper ældre med papirer.

Hilsen Birthe""")

M("tu", """Labas / Hej

Jeg er fra Litauen og arbejder i byggeriet i Ishøj. Jeg er medlem af 3F. Jeg har boet i
en skurvogn på pladsen, men nu har jeg fået et værelse. Hvordan melder jeg flytning, når
jeg ikke har NemID endnu?

Darius""")

M("he", """Hej

Min far flytter fra Odense til Ishøj for at bo hos os. Han får hjemmesygepleje til sine
sår og hjemmehjælp til rengøring i Odense. Skal vi søge forfra i Ishøj?

Venlig hilsen
Camilla""")

M("p", """Hej

Vi har aftalt at købe en ejerlejlighed på Ishøj Strandvej, men overtagelsen afhænger af
at sælgeren finder en ny bolig. Indtil da bor vi i Brøndby. Kan vi allerede nu skrive vores
søn op til skole i Ishøj?

Mvh Christian og Ayse""")

M("", """Hej

Jeg underviser frivillige besøgsvenner. Hvordan melder man generelt flytning for en
person, der er under værgemål – er det værgen eller personen selv? Det er et generelt
spørgsmål til vores kursus.

Venlig hilsen
Besøgstjenesten""")
