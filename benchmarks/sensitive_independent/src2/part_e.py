from common import M

M("h", """Hej Pia

Jeg skriver lige fordi vi mødtes til sommerfesten i Ishøj Landsby, og du sagde jeg bare kunne skrive. Det handler om bussen, linje 128, som er blevet lagt om så den ikke kører forbi Vejlebrovej mere efter kl 19. Det er egentlig ikke så slemt for mig, jeg har bil, men min nabo Ruth, der har KOL og går med ilt, kan ikke gå de 800 meter til det nye stoppested, og hun er derfor helt afskåret fra at komme til sin datter om aftenen. Der er også en del unge der tager bussen hjem fra arbejde i Bycentret. Kunne I ikke kigge på det igen? Jeg ved godt det er Movia, men kommunen betaler jo.

Mange hilsner
Aase""")

M("e", """Hej

Jeg vil gerne klage over vejbelysningen på stien mellem Gildbrohøj og Vibeholmskolen. Den har været slukket i 3 uger og det er mørkt som en sæk når ungerne skal i skole. Jeg har ringet to gange. Jeg har ellers nok at se til, nu hvor jeg er alene med tre børn, er på dagpenge og skal møde på jobcentret hver anden uge, så jeg gider ikke bruge mere tid på det. Kan I ikke bare skifte pærerne?

Mvh Rikke Lund""")

M("t", """hej hej

vi har en fest på lørdag i fælleshuset i Vejleåparken, det er min fars 70 års fødselsdag, og vi vil gerne grille på græsplænen bagved. vi er ca 80 mennesker fordi hele familien kommer fra Tyrkiet og Tyskland, du ved hvordan det er med os kurdere, der kommer altid flere end man tror haha. skal man have en tilladelse til at grille der? og må vi spille musik til kl 23?

vh Deniz""")

M("u", """Hej

Tak for svaret sidst om parkeringen. Jeg har et opfølgende spørgsmål: der holder stadig lastbiler på Industrivej hele weekenden med motoren kørende for at holde køl. Det larmer helt op til os. Jeg ved det er chaufførerne fra grossisten, og jeg har talt med et par af dem (jeg er selv gammel chauffør og var i 3F i mange år, så vi taler samme sprog) men de siger at det er ordre fra firmaet. Kan kommunen sende et påbud?

Hilsen Jørn""")

M("b", """Kære Kultur- og Fritidsudvalg

Jeg skriver angående tilskud til foreningen Ishøj Rollespil. Vi har 40 unge medlemmer og har søgt 12.000 kr. til nyt udstyr. Vi fik afslag med en begrundelse om at vi ikke opfylder kravet om "almennyttigt formål". Det forstår jeg ikke. Jeg er selv frivillig træner og har været det i 8 år, ved siden af mit arbejde og mit engagement i Radikale Venstres lokalforening, og jeg ved hvor meget foreningen betyder for de unge. Kan vi få en ny vurdering?

Med venlig hilsen
Karoline Vang""")

M("s", """hej Morten

ved godt du har travlt men vil lige spørge om noget med affaldet. vi har fået de nye spande med 4 rum og de er alt for små til en familie på 5. min mand Kristian og jeg har tre børn fra hans tidligere ægteskab boende hver anden uge, og når de er her fylder det vanvittigt meget. kan man få en ekstra restaffaldsspand uden at betale dobbelt?

vh Nikolaj""")

M("p", """Hej

Jeg vil gerne høre om der er planer om at fælde de store popler langs Tranegilde Strandvej. De har stået der så længe jeg kan huske, og fuglene bor i dem. Min kone og jeg har haft huset her i 40 år, og nu hvor vi er ved at sælge det til et ungt par (de har ikke skrevet under endnu) har de spurgt om træerne bliver stående, for det var dem der fik dem til at byde. Jeg håber I kan give et klart svar.

Venlig hilsen
Holger""")

M("h", """hej

kan i fortælle mig hvornår genbrugspladsen holder åbent i påsken? og så vil jeg høre om man kan få hentet storskrald gratis hvis man ikke selv kan løfte. jeg har fået nyt knæ og må ikke løfte tungt de næste 3 måneder. har en gammel sofa der skal ud.

mvh Søren P.""")

M("he", """Kære Ishøj Kommune

Jeg er ked af at skulle skrive det her. Min far har i mange år drukket for meget, og nu har han mistet sit job og sin lejlighed. Han sover i sin bil på parkeringspladsen ved stranden. Han vil ikke have hjælp, siger han, men jeg ved ikke hvad jeg ellers skal gøre. Han er 61. Kan nogen fra jer tage ud og tale med ham?

Hilsen hans datter, Camilla""")

M("the", """Hej

Min mand er fra Somalia og han har fået et brev om at hans integrationsydelse stopper, fordi han ikke var til danskundervisning i to uger. Han var syg med influenza og havde ringet til skolen. Hvorfor bliver han straffet for det?

Med venlig hilsen
Hibo""")

M("ub", """Kære Jan

Tillykke med valget. Som du ved er jeg aktiv i Socialdemokratiet og har været tillidsrepræsentant for 3F på kommunens materielgård i mange år. Jeg vil gerne tale med dig om arbejdsmiljøet derude, for der er flere kolleger der har det svært. Kan vi mødes en dag efter fyraften?

Hilsen Bjarne""")

M("hs", """Hej

Jeg er 72, og min partner Gunnar, som jeg har boet sammen med i 30 år, har Parkinsons. Jeg er selv en gammel mand, hedder Arne, og jeg kan ikke løfte ham mere. Vi har brug for en vurdering af, om vi kan få en loftslift.

Venlig hilsen
Arne Kristensen""")

M("ht", """hej igen. min datter (8) er født i Kina og adopteret, og hun har en hjertefejl der betyder hun ikke må have idræt med puls. skolen har sat hende til at sidde på bænken hver gang. kan hun ikke få et andet tilbud? mvh Lene""")

M("ep", """Hej

Vi har haft huset til salg i 10 måneder uden bud og nu har banken sagt at de ikke vil forlænge vores lån, så vi risikerer at skulle gå fra det. Vi skylder også ejendomsskat for 2. halvår. Kan vi få henstand med ejendomsskatten, indtil huset er solgt?

Mvh Thomas og Sanne Holm""")

M("bt", """Hej Ishøj Kommune

Jeg er muslim og af somalisk afstamning, og jeg er ansat i et privat rengøringsfirma der gør rent på rådhuset. Jeg har fået at vide af min formand at jeg ikke må bede i pausen i kælderen. Er det kommunens regel eller firmaets?

Mvh Abdirahman""")

M("h", """Hej

Angående det nye hundeskov-projekt: det er en god ide, men I bør sætte hegnet højere. Jeg går derude med min hund hver dag, det er en del af min genoptræning efter min depression, og jeg har set flere hunde springe over det nuværende hegn ved Strandparken.

Mvh Pernille""")

M("s", """hej, jeg er Christian og jeg vil bare spørge hvornår der kommer svar på min ansøgning om parkeringslicens i Ishøj Strand. min mand har bilen registreret i sit navn, så måske er det derfor det er gået i stå? mvh C.""")

M("e", """Hej.

Vi er blevet underrettet om at vores søn har været i en slåskamp i skolen og at politiet er indblandet. Nu vil kommunen lave en børnefaglig undersøgelse. Vi vil gerne vide præcis hvad det indebærer, og om vi kan have en bisidder med.

Vh Morten og Lisbeth""")

M("e", """hej. kan man få hjælp til tandlæge hvis man er på kontanthjælp? har fået en regning på 6.000 fra tandlægen. mvh Nicklas""")

M("p", """Hej Ishøj

Vi er ved at købe en andelslejlighed i Ishøj Strand og andelsforeningen siger at kommunen har en forkøbsret eller noget i den stil? Vi har ikke skrevet under endnu. Kan I forklare?

Mvh Sara og Emil""")
