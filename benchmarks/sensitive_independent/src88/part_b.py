"""corpus88 part B: children with diagnoses (ADHD, autism, diabetes, epilepsy), PPR,
special schools and support at school; general questions on PPR and inclusion as
negatives."""
from common import M

M("he", """
Til PPR

Vores søn Lucas i 2.b blev indstillet til PPR i august, og vi har stadig ikke hørt
noget. Lærerne mener han har ADHD, og han bliver sendt uden for døren næsten hver dag.
Hvor lang tid tager en udredning?

Mvh Camilla og Nikolaj Berg
""")

M("h", """
Hello Strandgårdskolen,

My daughter Asta has type 1 diabetes and will get an insulin pump from Rigshospitalet
next week. Who at the school can I make an agreement with about checking her blood
sugar during breaks?

Kind regards,
Signe Holst
""")

M("", """
Til PPR

Hvad er jeres åbningstid i juleferien, og kan man ringe til en psykolog uden at have
en sag? Jeg spørger for en forældregruppe på Vejleåskolen.

Mvh Lotte
""")

M("he", """
Kære borgmester

Vi har kæmpet i to år for at vores søn William, der har autisme, kan komme på
specialskole. Nu har vi fået afslag igen. Han har ikke været i skole siden efterårsferien,
og jeg er selv sygemeldt med stress af det. Er det virkelig sådan I behandler børn?

Med venlig hilsen
Rikke Damgaard
""")

M("", """
Til Børne- og Skoleudvalget

Jeg vil gerne høre hvad kommunens strategi for inklusion er. Hvor mange elever går i
specialklasser i dag, og hvor mange er blevet inkluderet i almenklasser de sidste fem
år?

Venlig hilsen
Lars Winther
""")

M("h", """
hej, min søn Adam har epilepsi og fik et anfald i svømmehallen i tirsdags. lærerne
vidste ikke hvad de skulle gøre. kan I sørge for at alle der har ham ved hvad de skal
gøre? jeg har en plan fra neurologen. mvh Hiba
""")

M("he", """
Til Center for Børn og Forebyggelse

Vi har fået bevilget en støtteperson til vores datter Ella i SFO, fordi hun har
Downs syndrom. Nu siger SFO'en at støttepersonen kun er der til kl. 15. Det står der
ikke noget om i bevillingen. Hvem har ret?

Venlig hilsen
Hanne og Per Aabye
""")

M("e", """
Kære PPR

Tak for mødet i går om Sebastian. Som aftalt sender jeg hans skolehjemsamtale-papirer
og lærernes observationer, så I kan lave testen i uge 49.

Mvh Julie Kristoffersen
""")

M("", """
Hej
Jeg er lærer på en skole i Greve og vil høre om PPR i Ishøj holder kurser for lærere
om ordblindhed, som vi kan deltage i.
Vh Anette
""")

M("h", """
Til skolelederen på Ishøj Skole

Jeg vil gerne fortælle at min søn Frederik har fået medicin for sin ADHD fra i mandags.
Han kan være træt og uden appetit de første uger. Sig endelig til, hvis I ser noget.

Venlig hilsen
Maria Eskildsen
""")

M("he", """
Emne: Klage over afslag på kørsel

Min datter Nora er kørestolsbruger efter en rygmarvsskade og går på Tranehaveskolen i
specialklasse. Kommunen har nu givet afslag på kørsel, fordi hun "bor under 6 km fra
skolen". Hun kan ikke selv komme med bussen. Vi klager hermed.

Søren Holt
""")

M("", """
Hej PPR. Er det rigtigt at ventetiden på en psykologvurdering er over 6 måneder i Ishøj?
Jeg er journalist på Lokalavisen og skriver om det. Mvh Birgit Lund
""")

M("h", """
Hi Vibeholmskolen,

My son Konrad has just been diagnosed with coeliac disease. Can the kitchen make
gluten-free food for him in the lunch scheme, or should he bring a packed lunch?

Ulla
""")

M("he", """
Til borgerrådgiveren

PPR har testet min søn Malthe og konkluderet at han er ordblind. Skolen har lovet ham
en computer med oplæsning, men det er nu tre måneder siden og han har intet fået. Han
føler sig dum foran klassen. Kan du hjælpe?

Venlig hilsen
Heidi Andreasen
""")

M("he", """
Dear PPR,

Our daughter Chloe (8) was diagnosed with autism in England before we moved here. We
have the reports in English. Should we send them to you, and can she be assessed for
support in her new class at Gildbroskolen?

Best regards,
Rachel and Tom Hughes
""")

M("", """
Kære Anja Thomsen

Jeg synes der mangler viden om autisme blandt lærerne i kommunen generelt. Vil du tage
det op i udvalget? Flere forældre i min Facebookgruppe mener det samme.

Vh Jette Riis
""")

M("h", """
Hej

Min datter Liva skal opereres for skæve hofter i januar og vil være i gips i seks uger.
Kan hun få undervisning hjemme, eller skal vi selv sørge for det?

Mvh
Carina Mølgaard
Tlf. 26 18 74 03
""")

M("he", """
Til Center for Børn og Forebyggelse

Vores søn Johan på 14 har svær angst og har ikke været i skole i otte uger. Han er i
et forløb i børne- og ungdomspsykiatrien. Vi har søgt om et specialtilbud, men vi er
blevet bedt om at vente på PPR. Hvor længe skal han sidde derhjemme?

Venlig hilsen
Marianne og Kenneth Lund
""")

M("", """
Hej Center for Børn og Forebyggelse
Hvor mange specialskoler samarbejder Ishøj med, og er der planer om at åbne en ny
specialklasserække i kommunen? Vh Tove
""")

M("he", """
Hej PPR

jeg er mor til Alma på 6, vi har fået diagnosen ADD og lægen siger hun skal have en
støtte i klassen. hvordan søger vi det? skolen siger det er jer

mvh Simone
CPR: [[130891-2840]]
""")

M("h", """
Kære skolesundhedsplejerske

Min søn Ahmad har astma og har glemt sin inhalator derhjemme to gange i denne uge.
Kan der ligge en ekstra på skolen? Lægen har udskrevet en ekstra til os.

Venlig hilsen
Sara
""")

M("e", """
Til PPR Ishøj

Sagsnr. 27.12.04-G01-1187-26

Vi har modtaget indkaldelse til møde om vores datter Ingrid den 3. februar. Vi kan
begge to komme, men vil gerne have at hendes klasselærer også er med.

Mvh Katrine Lindgren
""")

M("", """
Hej
Hvordan bliver man ansat som støttepædagog i Ishøjs skoler? Jeg er uddannet pædagog og
har erfaring med børn med særlige behov.
Mvh Martin Sønderby
""")

M("he", """
Kære formand for Børne- og Skoleudvalget

Min søn Victor på 9 har Tourettes. Han er visiteret til en specialklasse på en skole i
Albertslund, og nu siger kommunen at han skal tilbage i almenklasse fra januar. Han
har tics hele dagen når han er stresset. Det er ikke forsvarligt.

Med venlig hilsen
Anders Bjerregaard
""")

M("h", """
Hej Anne fra 4.a

Tak for i dag. Som sagt har Rosa lige fået en allergidiagnose: hun kan ikke tåle
jordnødder, og hun har en adrenalinpen i tasken. Kan du fortælle det til vikarerne?

Mvh Emilie (mor til Rosa)
""")

M("", """
Til Ishøj Kommune

Hvad er reglerne for at få en elev testet for ordblindhed i 3. klasse? Vi er nogle
forældre i skolebestyrelsen der vil vide hvordan det foregår generelt.

Vh skolebestyrelsen på Strandgårdskolen
""")

M("he", """
Hej

Vores søn Milas har cerebral parese og har fået bevilget en kørestol, men den passer
ikke ind i elevatoren på skolen. Hjælpemiddelcentralen siger det er skolens problem,
skolen siger det er jeres. Hvem hjælper os?

Venlig hilsen
Maja og Søren Kirk
""")

M("h", """
Til klasselæreren i 6.c

Lige en besked: Ida har været indlagt på Hvidovre i tre dage med lungebetændelse og
er hjemme resten af ugen. Hun kan hente lektier på Aula.

Hilsen Trine
""")

M("", """
Kære borgmester

Jeg er imod at kommunen bruger så mange penge på specialundervisning uden for
kommunen. Det må kunne gøres billigere her. Det er min mening som skatteyder.

Mvh Preben Holm
""")

M("he", """
Til borgerrådgiver

Jeg har ADHD selv og min søn har det også. Jeg har svært ved at læse de lange breve fra
PPR og forstå hvad der står. Kan jeg få nogen til at forklare det mundtligt i stedet?
Det drejer sig om Noahs sag om skoleskift.

Mvh
Kenneth Madsen
""")

M("h", """
Hi,

My son Aarav has a severe nut allergy and starts in 0.A at Vibeholmskolen in August.
Who should I talk to about the school kitchen and his EpiPen?

Thank you,
Deepa Raman
""")

M("he", """
Kære PPR

Vores datter Merle er blevet udredt på Bispebjerg og har fået diagnosen autisme uden
mental retardering. Psykiateren anbefaler et mindre skoletilbud. Vi vil gerne søge om
det nu og beder om et møde.

Mvh
Sebastian Krogh
""")

M("", """
Hej PPR
Jeg har et spørgsmål på vegne af vores børnehave: Kan vi invitere en af jeres
psykologer til et forældremøde om søvn og skærmtid? Det er ikke om et bestemt barn.
Vh Dorte, leder af Børnehuset Solsikken
""")

M("he", """
Til Center for Børn og Forebyggelse

Jeg vil klage over at min søn Theo, der har diabetes, ikke må komme med på lejrskole,
fordi der ikke er personale til at hjælpe med insulin om natten. Vi har søgt om en
ekstra voksen fra kommunen og fået afslag. Det er diskrimination.

Venlig hilsen
Lone Krag
""")

M("h", """
hej jeg er far til Sofus i 1.b. han har fået briller og lappe på det ene øje pga.
dovent øje. han bliver drillet med det. kan lærerne snakke med klassen? mvh Rene
""")

M("", """
Til Ishøj Kommune

Jeg er privat praktiserende psykolog og vil høre om kommunen køber
ADHD-udredninger hos private, og hvem man skal kontakte om et samarbejde.

Venlig hilsen
Cand.psych. Hanne Vig, tlf. 42 19 67 30
""")

M("he", """
Til skolechefen

Min datter Clara har spiseforstyrrelse og er i behandling på Børne- og
Ungdomspsykiatrisk Center. Hun skal have nedsat skema, og vi har søgt om at hun kan få
undervisning i et mindre hold. Skolen siger det kræver jeres godkendelse. Hvornår kan
vi forvente svar?

Mvh Birthe Koch
""")

M("hp", """
Dear Ishøj Kommune,

We have accepted an offer on our house in Torslunde and must move by 1 March. Our
daughter Isla has autism and has finally settled at her school. If we move to Ishøj
Strand, can she stay at the same school for the rest of the year?

Kind regards,
Fiona Reid
""")

M("h", """
Kære SFO Regnbuen

Oskar er begyndt på ny medicin mod sin epilepsi, og han kan blive meget træt om
eftermiddagen. Lad ham endelig hvile i sofaen, hvis han har brug for det.

Venlig hilsen
Kirsten (Oskars mor)
""")

M("", """
Til borgerrådgiveren

Hvad kan forældre generelt gøre, hvis de er uenige i en afgørelse om
specialundervisning? Jeg sidder i en forældreforening og vil bare kende fremgangsmåden.

Hilsen
Anonym forælder
""")

M("he", """
Til Center for Børn og Forebyggelse

Emne: Tabt arbejdsfortjeneste

Jeg passer vores søn Jamal derhjemme, fordi han har svær epilepsi og ikke kan passes i
dagtilbud. Jeg har søgt om tabt arbejdsfortjeneste efter § 42 i juni. Jeg har ikke
fået nogen afgørelse og vi mangler hans løn hver måned.

Venlig hilsen
Fatima El-Sayed
CPR [[220388-4113]]
""")

M("h", """
Hej
Min datter Emma har lige fået konstateret diabetes og er indlagt på Herlev. Hun kommer
hjem på fredag. Kan vi holde et møde med skolen mandag, før hun kommer tilbage?
Mvh Jens Overgaard
""")

M("he", """
Kære borgmester Lisbeth Ravn

Jeg er enlig mor til tvillinger med autisme. Jeg har fået 10 timers aflastning om
måneden, men kommunen vil nu skære det ned til 4. Jeg arbejder fuld tid som
sosu-assistent og kan ikke få det til at hænge sammen. Vil du se på min sag?

Venlig hilsen
Dorthe Sejersen
""")
