"""corpus23 part E: orientation, belief, union and origin in the writer's own words; several categories."""
from common import M

M("su", """Hej Lone

Jeg er tillidsrepræsentant for 3F'erne på genbrugspladsen og jeg er selv bøsse. En kollega har i flere måneder kaldt mig "bøssekarl" foran de andre, og lederen griner med. Jeg har meldt det til 3F men vil også have at politikerne ved det, da det er en kommunal arbejdsplads.

Mvh Rene Skov""")

M("", """Hej Lone, tak for at du tager emnet op på personalemødet. Generelt vil vi i MED-udvalget gerne have en politik mod chikane pga. køn og seksualitet. Vedlagt udkast. /MED-sekretariatet""")

M("s", """Vi er to fædre til en dreng på 5 og har oplevet at børnehaven kun laver morsdagsgaver. Vi har bedt om at det ændres, men lederen siger "sådan har vi altid gjort". Kan udvalget sige noget om det? Mvh Jakob og Ali""")

M("s", """Hej. Jeg er medmor til vores datter Alma, og kommunen har skrevet til min kone Sara som om hun er alene om forældremyndigheden. Vi har været gift i 6 år. Kan I rette det i jeres system? Mvh Trine Dalsgaard""")

M("", """Hvordan registreres medmoderskab i kommunens systemer? Jeg er it-konsulent og skal opdatere en fagapplikation. Mvh Kasper, KMD""")

M("sh", """kære kommune. jeg er 15 og pan og min far smider mine ting ud hvis jeg snakker om det. jeg skærer i mig selv igen. jeg tør ikke ringe. kan nogen skrive til mig. – N.""")

M("b", """Til borgmesteren

Jeg er katolik og har i 40 år gået til messe i Sankt Nikolaj i Hvidovre. Nu er bus 128 omlagt, så jeg ikke kan komme derhen søndag morgen. Jeg er 84 og har ikke bil. Kan I ikke lade bussen køre som før?

Venlig hilsen
Agnes Wójcik""")

M("", """Hvornår kører bus 128 om søndagen efter køreplansskiftet? Jeg skal til Hvidovre Hospital. Tak, Lis""")

M("bt", """Hej Jan

Jeg er jøde og min familie kom fra Polen i 1969. Jeg blev i sidste uge råbt efter på Ishøj Station af nogle unge, og nogen har tegnet et hagekors på min postkasse i Vejleåparken. Jeg har anmeldt det til politiet. Kan kommunen gøre mere for tryghed i området?

Med venlig hilsen
Ruth Abrahamsen""")

M("", """Til byrådet

Vi har set i pressen at antisemitiske hændelser er steget i Danmark. Har Ishøj Kommune en handleplan for tryghed for religiøse minoriteter? Venlig hilsen Det Jødiske Samfund i Danmark, sekretariatet""")

M("b", """Hej Søren. Du kender mig fra Venstres generalforsamling. Jeg vil bare høre om du kan få fat i nogen i Byg angående mit tilbygningsprojekt. Det er gået i stå. Mvh Leif Kragh""")

M("", """Hej Leif, jeg kan desværre ikke blande mig i konkrete byggesager. Jeg har sendt din mail til hovedpostkassen, så Byg kan kontakte dig. Mvh Søren""")

M("b", """jeg stemte på Alternativet sidst og kommer aldrig til det igen, når I ikke engang kan få ordentlige cykelstier på Ishøj Strandvej!! Jesper, Ishøj Strand""")

M("", """Jeg synes det er skandaløst at der ikke er cykelsti på hele Ishøj Strandvej. Børnene cykler på kørebanen. Få det nu lavet! Jesper""")

M("bu", """Kære Helle

Som medlem af Enhedslisten og af HK's lokale bestyrelse vil jeg opfordre dig til at tage sagen om vikarbrug i kommunens rengøring op i udvalget. Jeg har selv arbejdet som vikar i 5 år.

Mvh
Solvej Hjort""")

M("u", """Hej

Jeg hedder Kenneth, er elektriker og medlem af Dansk El-Forbund. Jeg har fået at vide at jeg ikke må komme på byggepladsen på den nye skole fordi vores firma ikke har overenskomst med underentreprenøren. Det kan kommunen som bygherre vel gøre noget ved?

Kenneth Rye""")

M("", """Til kommunen som bygherre: Har I arbejdsklausuler i udbuddet på den nye skole? Jeg er journalist på Fagbladet 3F og skriver om social dumping på offentlige byggerier. Venlig hilsen Mikkel Sand""")

M("ue", """Hej Bo

Jeg er 61 og blev opsagt fra lageret i Hundige efter 30 år. Jeg er i Lederne og deres a-kasse og har fået at vide at jeg skal på et seniorkursus fra jobcentret. Jeg vil bare have lov til at søge job i fred.

Poul Kjær""")

M("u", """Hej. Jeg er IDA-medlem og ingeniør i en rådgivende virksomhed der arbejder for kommunen. Jeg vil gerne advare anonymt om at tidsplanen for kloakprojektet ikke kan holde. Nævn ikke mit navn.""")

M("u", """Til dagsordensamler

Hermed ansøgning om foretræde. Jeg er Djøf-medlem og var tidligere jurist i kommunen, og jeg mener at reglerne for aktindsigt ikke overholdes i byggesager.

Mvh Birgit Hermansen""")

M("", """Til hovedpostkassen

Djøf, IDA og Lederne holder fælles karrieremesse i Ishøj Kulturhus. Vil kommunen stille med en stand for at rekruttere? Mvh arrangørgruppen""")

M("ut", """Hej Jan. Vi er seks polske tømrere, alle i 3F, der arbejder på renoveringen i Strandgården. Vi bor i skurvogne på pladsen og entreprenøren trækker 3.000 kr. om måneden for det. Kan kommunen som tilsyn gøre noget? Mvh Piotr""")

M("t", """Til Børn og Skole

Min søn Ahmed har fået at vide af en pædagog i SFO'en at "arabere altid laver ballade". Vi er fra Marokko og har boet her i 20 år. Jeg forventer en undskyldning.

Khadija Benali""")

M("", """Hvor mange elever i Ishøj har et andet modersmål end dansk? Jeg skriver et notat til Danmarks Statistik. Mvh Anders""")

M("t", """hej tanja. jeg er halvt thai og halvt dansk og har arbejdet i ishøjs hjemmepleje i 3 år. borgere siger nogle gange "vi vil ikke have den asiatiske". min leder siger jeg skal tage det som en del af jobbet. er det sådan? mvh Pim""")

M("ts", """Til borgmesteren

Min mand Rashid og jeg er begge mænd og han er fra Iran, hvor han ville risikere dødsstraf for at være homoseksuel. Vi søger familiesammenføring og har brug for en bekræftelse fra kommunen på vores bolig. Vi har ventet i 8 uger.

Mvh Thomas Lykke
[[021185-1677]]""")

M("", """Hvilke dokumenter skal kommunen udstede ved familiesammenføring? Vi er en advokatpraksis med speciale i udlændingeret og vil gerne have kommunens procedure. Mvh Advokat Lise Holm""")

M("tb", """Hej Dorte

Jeg er tamil fra Sri Lanka og hindu. Vi vil gerne holde en lille Thai Pongal-fest i kolonihaveforeningens fælleshus, men formanden siger at "vi ikke skal have religion ind". Kan kommunen sige noget, når det er kommunens jord?

Mvh Kumar Sivanesan""")

M("b", """Til Ishøj Kommune

Jeg er aktiv i Extinction Rebellion og vil informere om at vi ønsker at afholde en fredelig demonstration foran Rådhuset den 22. november. Hvem skal søge om tilladelse?

Mvh Silje Bøgh""")

M("", """Hvem søger man tilladelse hos til at demonstrere foran Ishøj Rådhus? Det er til en klimademonstration i klassen. Mvh Frederikke, 8.a""")

M("b", """Hej igen. Jeg er pacifist og nægter at deltage i skolens "forsvarsdag" hvor soldater viser våben frem. Min datter Luna skal heller ikke. Kan hun få et andet tilbud den dag? Mvh Benedikte Aagaard""")

M("", """Til Børn og Skole: Er forsvarsdagen på skolerne frivillig? Vi er bestyrelsen for Ishøj Skole og vil gerne kende kommunens linje. Mvh skolebestyrelsen""")

M("hbe", """Til Social- og Sundhedsudvalget

Jeg er buddhist og mediterer dagligt. Efter min hjerneblødning sidder jeg i kørestol og har fået bevilget hjemmepleje. Hjælperne vil ikke lade mit alter stå, fordi de siger det er i vejen. Det betyder meget for mig.

Venlig hilsen
Lars Ravnsborg""")

M("hs", """Hej Pernille

Min søster Maja er lesbisk og bor sammen med sin kæreste Cecilie i Ishøj. Maja har lige fået at vide hun har brystkræft og skal opereres. Hospitalet vil ikke give Cecilie oplysninger fordi de ikke er gift. Er det rigtigt?

Mvh Line""")

M("", """Hvilke rettigheder har en samlever ved sygdom og hospitalsindlæggelse, hvis man ikke er gift? Bare generelt. Mvh Rikke""")

M("s", """hej! jeg er en fyr på 22 og har lige sprunget ud. min mor siger hun vil smide mig ud hvis jeg tager min kæreste Emil med hjem. jeg bor hjemme på Gildbrohøjvej. er der et ungdomsboligtilbud jeg kan søge? /Mads""")

M("e", """Hovedpostkassen: Mads på 22 (se vedh.) har brug for akut bolighjælp – han er ved at blive sat ud hjemmefra. Send til boliganvisningen, Voksne og Velfærd. Mvh Sekretariatet""")

M("s", """Til Kultur- og Fritidsudvalget

Som biseksuel kvinde og træner i Ishøj Svømmeklub vil jeg gerne opfordre til at kommunen laver kønsneutrale omklædningsrum i den nye svømmehal.

Mvh Astrid Nyholm""")

M("", """Vil der være kønsneutrale omklædningsrum i den nye svømmehal? Vi er arkitekter på projektet og skal kende kommunens ønsker. Mvh Arkitema""")

M("s", """VS: Henvendelse

Til Hovedpostkassen. Kan en sagsbehandler fra Familieafdelingen kontakte borgeren? Jeg har ikke svaret.

> Hej Kasper. Jeg og min kone Louise er begge kvinder og har fået afslag på at adoptere gennem kommunens adoptionssamråd-forberedelse, uden begrundelse. Vi har gået til forberedelseskurset. Nina Kvist""")

M("", """Hvordan foregår adoptionsforberedelsen, og hvor lang tid tager den? Vi overvejer at adoptere. Mvh""")

M("su", """Kære udvalgsformand. Jeg er sygeplejerske, DSR-medlem og gift med min kone Johanne. Vi har fået at vide at kommunen ikke giver medforældre samme omsorgsdage. Er det virkelig rigtigt? Venlig hilsen Mette Krogh""")

M("b", """Til hovedpostkassen

Jeg er udtrådt af folkekirken og har spurgt om min mors begravelse kan holdes i et neutralt rum. Det er en praktisk ting, men jeg forstår ikke hvorfor det skal være så svært. Mvh Kurt Engel""")

M("", """Hvilke neutrale lokaler kan man bruge til begravelser i Ishøj? Jeg er bedemand og får ofte spørgsmålet. Mvh Ishøj Begravelsesforretning""")

M("bt", """hej! min familie er fra bosnien og vi er muslimer. min far skal begraves og vi vil gerne have et muslimsk gravsted. er der et sted på ishøj kirkegård?? haster. mvh Emir""")

M("", """Har Ishøj Kirkegård en muslimsk afdeling, og hvor mange gravsteder er der? Spørgsmål fra Vestegnens Avis. Mvh""")

M("eb", """Til Beskæftigelsesudvalget

Jeg er Jehovas Vidne og må ikke arbejde i en butik der sælger julepynt. Jobcentret har alligevel sendt mig i virksomhedspraktik i Bilka i december. Jeg vil gerne arbejde, men ikke der.

Mvh Ruth Mikkelsen
[[250978-2040]]""")

M("hu", """Hej Bo

Jeg er HK'er og sidder i Borgerservice. Jeg har lige fået diagnosen sclerose og vil gerne fortsætte på fuld tid, men har brug for et hæve-sænkebord. Lederen siger der ikke er budget. HK siger jeg skal tage det med dig.

Mette""")

M("", """Til Bo Hansen, formand: Hvor mange medarbejdere i kommunen har fået hjælpemidler på arbejdspladsen i 2024? Spørgsmål fra personaleudvalget, ingen navne. Mvh""")

M("e", """Jeg har fået at vide at min fleksjob-ansøgning ligger hos rehabiliteringsteamet. Hvor lang tid tager det? Mvh Rasmus Holm, [[300895-3362]]""")

M("h", """Hej. Min kollega Ole Hjorth, som er pædagog i Troldehøjen, har været indlagt med hjertestop og er på vej hjem. Vi vil gerne sende blomster fra kommunen. Hvem betaler? Mvh Lise""")

M("", """Hej, afdelingens blomsterordning til syge kolleger: hvilket budget bruger vi, og hvor bestiller man? Mvh Personalekontoret""")
