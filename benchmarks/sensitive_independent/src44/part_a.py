"""Part A: complaints to the citizen advisor about case handling, decisions and waiting times."""
from common import M

M("he", """
Til Borgerrådgiveren

Jeg vil klage over sagsbehandlingen i min sag om sygedagpenge. Her er forløbet:

Den 12. marts fik jeg et brev om, at min sag skulle revurderes. Den 3. april ringede jeg til min sagsbehandler, som ikke var at træffe. Den 29. april fik jeg så en afgørelse, hvor der står: "Kommunen vurderer, at din arbejdsevne ikke længere er nedsat på grund af sygdom." Men min diskusprolaps er ikke blevet bedre, og min læge har skrevet det samme to gange.

Jeg har ikke fået partshøring, og det mener jeg man skal efter forvaltningsloven.

Med venlig hilsen
Gitte Holmgaard
Ishøj Strandvej 212, 2635 Ishøj
""")

M("", """
Til Borgerrådgiveren

Jeg vil gerne klage over, at det tager over seks uger at få svar fra Teknik og Miljø på en simpel forespørgsel om en skurvogn. Jeg har skrevet tre gange (sagsnr. 01.03.03-P19-214-24) og hører intet.

Er det normalt?

Hilsen Per Vestergaard
""")

M("e", """
Kære borgerrådgiver

Den 2. februar søgte jeg om enkeltydelse til tandbehandling efter aktivloven § 82. Den 14. maj – altså over tre måneder senere – har jeg stadig ikke fået en afgørelse. Jeg er på kontanthjælp og kan ikke selv betale de 7.800 kr.

Jeg har ringet fire gange og fået at vide, at "sagen ligger i bunken".

Venlig hilsen
Dennis Kragh
""")

M("", """
Hej borgerrådgiver. Hvad er jeres telefontid? Jeg kan kun finde åbningstiderne for Borgerservice på hjemmesiden.
""")

M("he", """
Til borgerrådgiver Lone

Min mor, Inger Bech, 84 år, har siden 1. september fået skåret sin hjemmehjælp ned fra rengøring hver uge til hver tredje uge. Afgørelsen citerer serviceloven § 83 og siger, at hun "kan udføre lettere rengøring selv". Hun har KOL og skal bruge ilt, så hun kan knap gå fra stuen til køkkenet.

Vi fik ingen visitationssamtale, kun et brev. Kan det virkelig være rigtigt?

Venlig hilsen
Susanne Bech (datter, med fuldmagt)
""")

M("", """
Til Borgerrådgiveren

Jeg vil klage over den tone, jeg blev mødt med i Borgerservice i fredags, da jeg skulle hente et nyt pas. Medarbejderen var direkte uhøflig og sagde, at jeg "måtte læse hjemmesiden". Jeg forventer en undskyldning.

Michael Frost
""")

M("", """
Hej

Jeg har en generel klage: Kommunens afgørelser om hjemmehjælp henviser altid bare til serviceloven § 83 uden at forklare noget. Som pårørende til mange ældre i vores opgang synes jeg, det er uforståeligt. Kunne man ikke skrive det på almindeligt dansk?

Hilsen Birthe fra Vejledalen
""")

M("e", """
Borgerrådgiver,

min sagsbehandler i Ydelsescentret har nu tre gange "glemt" at sende min boligstøtte videre til Udbetaling Danmark, siger hun. Nu har jeg en huslejerestance på 14.200 kr og boligforeningen har sendt rykker. Hvem har ansvaret for det her???

Jannik, Gildbrohøj
""")

M("", """
Til borgerrådgiveren

Er det jer, man skal klage til, hvis man er utilfreds med et svar fra Ankestyrelsen? Jeg spørger for min nabo, som ikke er så god til dansk, men jeg kender ikke detaljerne i hans sag.

Venlig hilsen
Karsten Olesen
""")

M("he", """
Hej,

jeg klager over, at jobcentret har indkaldt mig til samtale tre dage efter min operation i knæet (korsbåndet). Jeg sendte lægeerklæring den 4. oktober, men fik alligevel et brev om at mine sygedagpenge kunne stoppe, hvis jeg ikke mødte.

Jeg synes det er respektløst.
Nikolaj Storm
""")

M("e", """
Til Borgerrådgiveren

Jeg vil klage over sagsbehandlingstiden i min ansøgning om friplads i SFO til min søn Emil. Jeg søgte den 8. august, fik kvittering, og siden har jeg ikke hørt noget. Nu har jeg fået en opkrævning på fuld pris for tre måneder, 5.346 kr. Jeg er alene med to børn og har ikke pengene.

Venlig hilsen
Camilla Thygesen, Tranegilde Strandvej 8
""")

M("", """
Borgerrådgiveren – jeg vil bare gerne høre, hvor lang tid I har til at svare på en klage? Der står "10 arbejdsdage" i jeres kvittering, men er det et krav eller et mål?
""")

M("eh", """
Kære borgerrådgiver

Den 5. januar fik jeg afslag på en kørestol fra kommunen. Begrundelsen var citeret sådan: "Det vurderes, at dit behov kan dækkes af en rollator." Jeg har sklerose og falder med rollatoren. Jeg har klaget den 10. januar, og nu (den 2. april) har sagen stadig ikke været genvurderet og sendt til Ankestyrelsen.

CPR: [[140365-2218]]

Med venlig hilsen
Hanne Lysholdt
""")

M("", """
Hej borgerrådgiver

Jeg vil klage over, at kommunens hjemmeside ikke virker på mobil, når man skal søge om parkeringslicens. Jeg har prøvet fem gange. Sagsnummer på fejlmeldingen: 2404-118273.

Mvh Jesper
""")

M("e", """
Til borgerrådgiver

Jeg klager over min sagsbehandler i Familieafdelingen. Den 15. juni blev der lavet en underretning om min datter Sofie, og ingen har fortalt mig, hvad der stod i den. Jeg har bedt om aktindsigt (forvaltningsloven § 9) den 20. juni og igen den 14. juli. Intet svar.

Mit cpr er [[0203870518]] hvis I skal finde sagen.

Mvh
Lene Ravn
""")

M("", """
Til Borgerrådgiveren

Vi er en gruppe forældre i Strandgårdsskolens skolebestyrelse, som gerne vil vide, hvordan man klager over en beslutning om at lukke skolens madordning. Det er ikke en sag om enkelte børn, men en principiel sag.

Venlig hilsen
Skolebestyrelsen, v/ formand Rikke Dahl
""")

M("ue", """
Kære borgerrådgiver

Jeg skriver som tillidsrepræsentant for 3F her på lageret, men denne gang om mig selv: Jeg blev fyret den 30. september og har meldt mig ledig. Jobcentret har indkaldt mig til CV-samtale på et tidspunkt, hvor jeg er til møde i a-kassen. De nægter at flytte den.

Venlig hilsen
Allan Mortensen
""")

M("", """
Hej. Er borgerrådgiveren uafhængig af kommunen? Jeg har hørt at I bare sidder i rådhuset og arbejder for borgmesteren.
""")

M("h", """
Til Borgerrådgiveren

Jeg vil gerne klage over, at hjemmesygeplejersken er kommet mellem kl. 7 og kl. 13 de sidste tre uger, selv om jeg skal have insulin kl. 8. Jeg har diabetes type 1 og får det dårligt, når det bliver for sent. Jeg har sagt det til dem flere gange.

Hilsen
Ove Kamstrup, 78 år
""")

M("", """
Til Borgerrådgiveren,

Jeg var ude for, at en medarbejder i Teknik og Miljø lagde på, midt i en samtale om vores vejbump. Det er ikke i orden. Ville gerne have at I så på det.

Venlig hilsen
Preben Aagaard, Vejleåvej
""")

M("he", """
hej

ville bare sige at jeg er godt træt af jer. min søn Malthe har ADHD og har ventet på en plads i specialklasse siden sommerferien. 14 uger nu. I siger "visitationsudvalget mødes i næste måned" hver gang jeg ringer. han sidder derhjemme og jeg kan ikke passe mit arbejde

Tina
""")

M("", """
Kære borgerrådgiver

Hvorfor får man ikke en kvittering, når man skriver til kommunen via Digital Post? Jeg har skrevet om en væltet lygtepæl (på Ishøj Boulevard ud for nr. 41) og har ingen anelse om, om nogen har set det.

Mvh Leif
""")

M("e", """
Til borgerrådgiveren

Jeg er 67 og får folkepension. Den 3. marts søgte jeg om personligt tillæg til en ny køleskab, fordi mit gik i stykker. Den 22. marts fik jeg afslag med henvisning til pensionsloven § 14, fordi min formue var "over grænsen". Jeg har 11.000 kr på min konto. Jeg forstår ikke beregningen.

Venlig hilsen
Jørgen Hessellund
""")

M("", """
Borgerrådgiveren

Jeg har læst i avisen, at antallet af klager over handicapområdet er steget med 40 procent. Hvad gør kommunen for at rette op på det? Jeg spørger som interesseret borger.

Med venlig hilsen
Ib Christoffersen
""")

M("het", """
Til Borgerrådgiver

Jeg er kommet til Danmark fra Eritrea for fire år siden. På jobcentret siger min mentor at jeg skal starte i praktik, men jeg har rygsmerter efter en ulykke og har papir fra lægen. Hun siger at det er "undskyldninger". Jeg føler at jeg ikke bliver hørt fordi jeg er fra Afrika.

Med venlig hilsen
Yonas Tesfay
""")

M("e", """
Kære borgerrådgiver

Jeg vil klage over, at Jobcentret har sanktioneret min kontanthjælp med 3 dages fradrag, fordi jeg "udeblev" fra en samtale den 9. november. Jeg mødte op, men lokalet var lukket, og der var ingen i receptionen. Jeg har billeder af døren med tidspunkt.

Mvh Sabrina Lauritsen
cpr [[2901990214]]
""")

M("", """
Til borgerrådgiveren

Der står i jeres årsberetning at I fik 412 henvendelser sidste år. Hvor mange af dem handlede om sagsbehandlingstider? Jeg skriver en opgave på pædagoguddannelsen.

Hilsen Frida, studerende
""")

M("", """
Hej borgerrådgiver,

det er tredje gang at skraldebilen ikke har tømt vores papircontainer på Søndergade. Jeg har klaget til affaldsselskabet, som siger at det er kommunens ansvar. Kommunen siger at det er affaldsselskabet. Hvem skal jeg klage til??

Mvh Kim
""")

M("eh", """
Til Borgerrådgiveren

Den 4. juni var jeg til møde i rehabiliteringsteamet. Der blev sagt, at jeg skulle have ressourceforløb, fordi min depression og angst gør det svært at holde et arbejde. Den 30. juni fik jeg en afgørelse om jobafklaringsforløb i stedet for. Ingen har forklaret forskellen, og der står kun "jf. sygedagpengelovens § 24".

Jeg har bedt om et møde, men min sagsbehandler er stoppet.

Med venlig hilsen
Mette Juul Krogh
[[110485 2336]]
""")

M("", """
Kære borgerrådgiver

Kan man klage over, at et møde i Børne- og Skoleudvalget blev aflyst med to timers varsel? Vi var 20 forældre, som havde taget fri.

Hilsen
Anders Bülow
""")

M("e", """
Til Borgerrådgiver

Min nabo og jeg har fælles fuldmagt fra hans søster, Kirsten Dam, som bor på Bøgeparken Plejecenter. Hun er blevet opkrævet for "tøjvask" to gange i oktober, 2 x 312 kr. Plejecentret siger, at det er forvaltningens fejl. Kan I hjælpe med at få dem til at rette det?

Venlig hilsen
Svend Aage Pallesen
""")

M("", """
hej jeg har ventet 45 min i telefonkøen hos Borgerservice idag. er der ikke noget i kan gøre ved det??
""")
