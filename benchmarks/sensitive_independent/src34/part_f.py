"""corpus34 part F: hard negatives on health and money words - staff, institutions,
statistics, firms, pets, cars, fiction, general questions and numbers that look like CPR."""
from common import M

M("", """Hej. Hvornår har Sundhedshuset åbent for influenzavaccination i år, og skal man bestille tid? Mvh Birgit""")

M("", """Kære udvalg. Jeg synes, kontanthjælpsloftet er for hårdt for børnefamilier i Ishøj. Det er en politisk beslutning, som byrådet bør protestere imod. Hilsen Lene Winther""")

M("", """Hej, min hund Bella er blevet opereret for en diskusprolaps og går nu med en lille kørestol. Må hun stadig komme i hundeskoven ved Søvej? /Mie""")

M("", """Til Borgerservice. Jeg har fået en faktura med nr. 1204851234. Er det en regning fra kommunen eller et spam-brev? Hilsen Ole Brink""")

M("", """Hej Jonas. Hvor mange borgere i Ishøj modtager hjemmehjælp i dag, og hvordan har tallet udviklet sig siden 2020? Jeg skriver en opgave på SOSU-skolen. Mvh Ida""")

M("", """Kære borgmester. Jeg har læst, at hver fjerde ansatte i hjemmeplejen har været sygemeldt i år. Hvad gør kommunen ved arbejdsmiljøet? /Poul Riis""")

M("", """Hej, vores firma leverer rollatorer og badebænke og vil gerne byde på kommunens næste hjælpemiddeludbud. Hvornår annonceres det? Mvh Jesper Knudsen, Mobilitet ApS""")

M("", """Hej. Min bil fik et nyt gear i sidste uge og står nu på værkstedet på Industrivej. Må jeg parkere en lånebil på gæstepladsen i tre uger? /Tim, Gildbro Vænge 7""")

M("", """Til biblioteket. Vores læsekreds har læst en roman om en kvinde, der mister sin lejlighed og ender på et herberg. Kan I skaffe 10 eksemplarer af efterfølgeren? Hilsen Læsekredsen Pilen""")

M("", """Kære Karina. Jeg er frivillig i fødevarebanken på Vejleåparken, og vi mangler kølerum. Kan kommunen hjælpe med et lokale? Mvh Kirsten Bay""")

M("", """Hej. Hvordan søger man om boligstøtte, og hvor meget kan man få? Jeg spørger for at kunne vejlede i vores lejerforening. /Bjarne""")

M("", """Kære Teknik og Miljø. Vores teater i Kulturhuset sætter et stykke op om en familie, der bliver sat ud af deres lejlighed. Må vi sætte plakater op i busskurene? Mvh Ishøj Amatørteater""")

M("", """hej! vores kat har fået sukkersyge og skal have insulin hver dag. vi skal på ferie – ved I om der er kattepension i kommunen? /Lærke""")

M("", """Hej Mette. Jeg er sygeplejerske på Hvidovre og bor på Strandgårdsvej. Jeg vil gerne vide, om der kommer cykelparkering ved den nye station. Mvh Rikke""")

M("", """Til Ishøj Kommune. Mit ordrenummer hos jeres webshop for genbrugssække er 0503921188. Sækkene er ikke kommet. Hilsen Anders Kofoed""")

M("", """Hej. Er det rigtigt, at kommunen lukker en af madservicens ruter, og hvordan bliver de ældre orienteret? Jeg spørger som pårørende-repræsentant i Ældrerådet. /Inge""")

M("", """Kære Sofie. Statistikken viser at 312 husstande i Ishøj blev sat ud i 2024. Det er alt for mange. Hvad er byrådets plan? Mvh Ulrik, lejerforeningen""")

M("", """Hej. Min hest har fået en hofteskade og kan ikke længere ride. Jeg vil gerne lave en lille fold på min lejede jord i Torslunde. Skal jeg søge om noget? /Katrine""")

M("", """Til Center for Beskæftigelse. Jeg er jobkonsulent i et vikarbureau og vil gerne lave et samarbejde om virksomhedspraktik for ledige. Hvem kan jeg tale med? Mvh Søren Bang, Bemanning A/S""")

M("", """Hej. Hvad koster det at få en plads på et plejecenter i Ishøj, og betaler man husleje? Det er et generelt spørgsmål til min fremtid. Tak. Hilsen Erling""")

M("", """Kære kommune. Vores firma, Ishøj Tømrer A/S, har fået en rykker fra jer på en faktura, vi allerede har betalt. Fakturanr. 2211870451. Kan I tjekke? Mvh bogholderiet""")

M("", """Hej Lars. Min bedstefar var indlagt på Sankt Hans i 1950'erne. Har Ishøj Lokalarkiv noget om de patienter, der blev sendt derhen fra sognet? Jeg skriver slægtshistorie. /Kim Vest""")

M("", """hej. vores skole skal lave et tema om fattigdom i Danmark. kan vi interviewe en fra kommunens gældsrådgivning om deres arbejde? mvh 8.B på Ishøj Skole""")

M("", """Hej. Hvornår har apoteket i Bycentret åbent i julen? Vil gerne have det på kommunens hjemmeside. Mvh Hanne""")

M("", """Kære borgerrådgiver. Jeg vil klage over at ventetiden i telefonen til Ydelsesservice er over en time. Jeg har ringet tre gange om et spørgsmål om min nabos affaldsbeholder. /Kjeld""")

M("", """Hej. Vores frisørsalon har kunder, der kommer med rollator, og vi vil gerne have en rampe op til døren. Skal vi søge byggetilladelse? Mvh Salon Lotus""")

M("", """Hej Søren. Jeg har læst, at kommunen vil bruge flere penge på misbrugsbehandling. Det støtter jeg. Kan du fortælle hvor meget? /Lone Dam""")

M("", """Til Center for Voksne og Velfærd. Vi er en demensforening og vil gerne holde et oplæg for pårørende i Kulturhuset. Hvem kan vi kontakte om lokaler? Mvh Demensforeningen Sydvest""")

M("", """Hej. Min søn skal lave en opgave om diabetes i 7. klasse. Har kommunen tal på, hvor mange ældre i Ishøj der har sukkersyge? Tak, Mette""")

M("", """Kære Karsten. Jeg synes det er en skandale at pantelånerforretningen på Torvet har fået lov til at åbne. Det er ikke det, vi har brug for i bymidten. Mvh Hans Erik""")

M("", """Hej, jeg skal bruge en ny sundhedskort, fordi min gamle er knækket. Kan jeg bestille det online? /Bo""")

M("", """Hej Rikke. Tak for indsatsen for Kræftens Bekæmpelses indsamling. Vi samlede 14.200 kr ind i Torslunde. Mvh indsamlingslederen, Hanne""")

M("", """Kære Ishøj Kommune. Jeg arbejder som hjemmehjælper og har fået en ny telefon fra arbejdet. Appen til køreplanen virker ikke. Hvem er IT-support? /Gitte""")

M("", """Hej. Hvorfor skal man betale for at få fjernet en død rotte fra sin have? Det synes jeg er forkert. Mvh Ib, Kærbyvej 4""")

M("", """Til Jobcentret. Hvornår holder I jobmesse i år, og hvilke virksomheder kommer? Vi vil gerne have en stand. Mvh Rengøringsfirmaet Skinne ApS""")

M("", """Kære borgmester. Jeg har læst i avisen om en mand, der blev sat ud af en kommunal bolig i Brøndby med to dages varsel. Kan det også ske i Ishøj? Hvilke regler gælder? /Jens""")

M("", """Hej! Vi er et hold fra Ishøj Gymnastikforening, der træner for seniorer med gangbesvær. Kan vi få tider i hallen om formiddagen? Kh Instruktøren Lis""")

M("", """Hej. Min kunde har nummeret 2903861577 i vores system, og nu vil kommunen have et EAN-nummer på fakturaen. Hvor finder jeg det? Mvh Bogholder Tina, Ishøj VVS""")

M("", """Hej Mette. Hvad koster madservice pr. måltid i Ishøj sammenlignet med Greve? Jeg sidder i Ældrerådet og vil bruge det i et høringssvar. /Aksel""")

M("", """Kære Center for Byudvikling. Vores hund er blind, og vi har sat et skilt op ved vores indkørsel: "Blind hund – kør langsomt". Må det stå der? Mvh Lisbeth, Engvej 21""")

M("", """Hej. Jeg har hørt at der er lukket for strømmen til lysmasterne ved Strandparken pga. en fejl hos energiselskabet. Hvornår er de tændt igen? /Arne""")

M("", """Til Kultur og Fritid. I filmklubben vil vi vise "Druk" og bagefter have en debat om alkohol og unge. Kan vi få støtte til en oplægsholder? Mvh Ishøj Filmklub""")

M("", """Hej. Hvordan bliver man plejefamilie i Ishøj? Jeg spørger bare generelt, for vi har talt om det derhjemme. /Sara""")

M("", """Kære Jonas. Jeg har været på Hvidovre Hospital og besøge en kollega, og bussen 300S kører kun hver 20. minut om aftenen. Kan den ikke køre oftere? Mvh Dennis""")

M("", """Hej. Er der en frist for at søge om tilskud til psykologhjælp for unge i kommunen? Jeg er skolepsykolog i nabokommunen og vil vejlede forældre. /Anne-Mette""")

M("", """Hej. Lægehuset på Ishøj Torv har fået en ny læge, men der står stadig den gamle læges navn på skiltet ud mod parkeringen. Kan kommunen sige det til ejeren af bygningen? Mvh Poul""")

M("", """Kære udvalgsformand. Vores virksomhed har 40 ansatte og vil gerne tilbyde en fleksjobber en stilling. Hvordan gør vi det i praksis? Venlig hilsen HR, Ishøj Plast A/S""")

M("", """hej kommunen, min undulat er død og jeg vil gerne begrave den i haven. er det lovligt? mvh Emma 10 år (min mor har hjulpet)""")

M("", """Hej. Jeg har set at Ishøj Kommune har budget til 12 nye pladser i bostøtte. Hvordan er det fordelt mellem socialpsykiatri og handicap? /Torben, journalist på Lokalavisen""")

M("", """Til borgerrådgiveren. Jeg er socialrådgiver i en anden kommune og vil gerne høre, hvordan I registrerer klager over sagsbehandlingstid. Vi er ved at lave en lignende ordning. Mvh Helle""")

M("", """Hej. Firmaet, der har kontrakten på hjemmeplejens biler, har 14 biler på værksted efter en uge med sne. Er der nok biler til at dække ruterne? Spørger som bekymret borger. /Jørn""")

M("", """Kære Lars. Min farfar var arbejdsløs i 1930'erne og fik hjælp af fattigkassen i Ishøj sogn. Har I nogen protokoller fra den tid, jeg kan se? Hilsen Per Lindgaard""")

M("", """Hej. Jeg har fået et girokort med referencenummer 1509781234 fra kommunen om vejbidrag. Hvad dækker det? /Vagn, Søndre Vej 2""")

M("", """Hej Sofie, nu hvor hjemmeplejen skal have ny leverandør af inkontinensprodukter, kan du så sikre at kvaliteten bliver vurderet af brugerne? Det er bare en generel opfordring. /Grethe""")

M("", """Kære Ishøj Kommune. I min roman lader jeg hovedpersonen være sagsbehandler på jobcentret i Ishøj. Må jeg bruge rådhusets navn i bogen? Mvh forfatter Mikkel Aagaard""")

M("", """Hej. Hvor ligger kommunens hjælpemiddeldepot, og hvornår har det åbent? Jeg skal aflevere en rollator, som vores dagplejegruppe lånte til et teaterstykke om ældre. /Lise""")

M("", """Hej. Hvem skal man kontakte, hvis man ser en ældre nabo, man er bekymret for? Jeg spørger generelt, det er ikke en konkret situation. Mvh Bente""")

M("", """Til Teknik og Miljø. Vores forening, Ishøj Hjerteforening, vil gerne have en hjertestarter sat op ved Strandparkens toiletter. Kan kommunen betale? Mvh lokalkomiteen""")

M("", """Hej Kim. Jeg er bekymret for, at der er så mange unge, der får angst og depression. Kunne ungdomsskolen lave et kursus i mental sundhed? Mvh Charlotte, mor til to""")
