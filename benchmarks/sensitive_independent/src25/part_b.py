from common import M

M("h", """Hej

Min mand Erik skal have fjernet grå stær på Glostrup øjenafdeling den 2. oktober og må ikke køre bil i 14 dage efter. Kan han få kørsel til efterkontrollen?

Hilsen Inge Thomsen, Vejlebrovej 42""")

M("", """Hvilke regler gælder for befordring til sygehusbehandling i Region Hovedstaden? Min nabo spurgte, men jeg vidste det ikke.""")

M("he", """Kære Ældre- og Sundhedsudvalg

Min far Holger, [[2205380917]], er 88 og har fået stomi efter operationen for tarmkræft. Hjemmeplejen kommer nu tre gange om dagen, men de har ikke tid til at skifte posen ordentligt. Kan det være rigtigt?

Mvh Susanne Bech""")

M("", """Jeg vil gerne rose hjemmeplejen i Ishøj generelt. Min nabo siger de altid er glade og søde. Det er et flot fag, og de burde have mere i løn.""")

M("e", """Hej Ishøj Kommune. Jeg har fået et brev fra Udbetaling Danmark om at jeg skal betale 14.300 kr tilbage i boligstøtte fordi min kæreste flyttede ind. Jeg kan ikke betale det på én gang. Kan man lave en afdragsordning?

Maria Kristensen""")

M("", """Hvordan beregnes boligstøtte, når man har en voksen søn boende hjemme? Det er bare et spørgsmål, vi har ikke søgt.""")

M("te", """Hej,

Jeg er vokset op i Ishøj, men min mor er fra Sri Lanka og tamil, og min farmor taler kun tamil. Hun er lige flyttet ind på Plejecenter Vildtbanegård. Er der nogen ansatte der taler tamil?

Mvh Priya Jensen""")

M("", """Har Plejecenter Vildtbanegård ansatte, der taler andre sprog end dansk? Jeg er sygeplejerske og overvejer at søge et job der, og jeg taler selv arabisk og fransk.""")

M("sh", """hej. jeg hedder Simon og min kæreste Kasper er indlagt på Hvidovre efter en cykelulykke på Ishøj Strandvej. vi bor sammen men er ikke gift. må jeg få oplysninger fra hjemmeplejen når han kommer hjem, eller skal han skrive en fuldmagt?""")

M("", """Hej, hvem har ansvaret for cykelstien ved Ishøj Strandvej? Der er et stort hul ud for nr. 40 og jeg er bange for at nogen kommer til skade.""")

M("b", """Til Skoleafdelingen

Vi er katolikker og vores datter Maja skal til førstekommunion i Sankt Mikaels Kirke i maj. Det falder på en skoledag. Kan hun få fri hele dagen?

Venlig hilsen Tomasz og Hanne Wiśniewski""")

M("", """Får eleverne fri til konfirmation? Jeg er formand for skolebestyrelsen og vi vil gerne have en fælles linje for alle trosretninger.""")

M("u", """Hej Lone

Jeg har været medlem af BUPL i 22 år og min fagforening siger at kommunen ikke har overholdt varslingsreglerne for lukning af Børnehuset Regnbuen. Vi vil gerne have et møde.

Mvh Jette Kofoed, pædagog""")

M("", """Skal kommunen varsle lukningen af en daginstitution efter reglerne i overenskomsten, eller er det kun et politisk spørgsmål? Jeg spørger som forælder i Børnehuset Regnbuen.""")

M("p", """Hej Byudvikling

Vi skal sælge vores andel i A/B Pilemøllen, og bestyrelsen har godkendt køberen, men overdragelsen sker først 1. december. Køberen spørger om der er planer om en ny vej bag blok C. Kan I svare før de skriver under?

Mvh Bent Iversen""")

M("", """Er der planer om en ny vej bag Pilemøllen? Jeg har hørt rygter på Facebook.""")

M("e", """Kære borgerrådgiver

Min søster Louise er sat ud af sin lejlighed på Ishøj Boulevard og sover nu på min sofa med sine to børn. Hun har ikke penge til depositum nogen steder. Kan kommunen anvise en bolig?

Jeg har fuldmagt fra hende.

Anne-Mette""")

M("", """Hvor mange hjemløse er der i Ishøj? Jeg så et tal på 14 i en rapport fra VIVE, men det virker lavt.""")

M("th", """Hej, min mand Ahmed er fra Irak og har PTSD efter krigen. Han kan ikke tåle høje lyde. Naboens søn spiller høj musik til kl. 3 om natten. Kan kommunen gøre noget?

Fatima""")

M("", """Vi vil gerne lave en udstilling i Ishøj Bibliotek om krigen i Irak og de irakere, der kom til Vestegnen i 1990'erne. Hvem skal vi kontakte om udstillingsrummet?""")

M("", """Hej

Jeg vil bare gøre opmærksom på at jeg IKKE er medlem af nogen fagforening og heller ikke ønsker at blive det, så jeg forstår ikke hvorfor jeg får post fra "Det Faglige Hus" sendt via kommunens jobcenter-portal. Kan I fjerne det?

Mvh Jan""")

M("u", """Hej Jobcentret. Jeg har meldt mig ud af HK i januar og ind i Krifa i stedet. Skal jeg give jer besked om skift af a-kasse, eller ordner de det selv? Mvh Rikke Fog""")

M("hse", """Kære Susanne Hvid

Min kone Birgit og jeg har været gift i 11 år. Hun har lige fået konstateret Alzheimers og jeg kan ikke længere passe hende alene om natten. Kan vi få aflastning?

Venlig hilsen
Ellen Møller, Torslunde Bygade 7""")

M("", """Hvad er reglerne for aflastning, når man passer en ægtefælle med demens? Vi er en gruppe pårørende, der mødes i Alzheimerforeningen og vil gerne have en oplægsholder fra kommunen.""")

M("b", """Hej Ishøj Kommune,

jeg er medlem af Enhedslisten og aktiv i lokalafdelingen. Vi vil gerne stå med en stand ved Ishøj Bycenter lørdag før valget. Skal vi søge tilladelse?

Mvh Freja""")

M("", """Hvilke regler gælder for valgplakater i Ishøj? Hvor tidligt må man hænge dem op før kommunalvalget?""")

M("", """Hej,

Jeg har lige set "Ondskaben" på DR igen, og det slog mig at det er mange år siden kommunen har haft en ordentlig antimobbe-kampagne i skolerne. Det burde man gøre.""")

M("e", """Hej

Jeg har fået frataget min fripladstilskud i SFO'en fordi min indkomst steg 3.000 kr. Men jeg har fået en regning på 6.800 for tre måneder. Jeg har ikke pengene, kan jeg få henstand?

Mvh Josefine Lauritsen
[[250693-2410]]""")

M("", """Hvad er indkomstgrænsen for økonomisk friplads i SFO'en i 2026? Jeg kan ikke finde det på hjemmesiden.""")

M("p", """Hej Kristian,

Tak for snakken i byrådssalen. Som sagt har vi solgt vores hus på Vejlegårdsvej med overtagelse i november, men køberen har nu meldt fra på grund af tilstandsrapporten. Huset er sat til salg igen. Kan kommunen se på den fugtsag vi havde i 2019, så det ikke står i vejen for den næste køber?

Venlig hilsen Helle Gram""")

M("e", """hej. jeg er 19 og bor på et værelse på Ishøj Stationsvej. mine forældre smed mig ud i foråret og jeg får uddannelseshjælp. kan jeg få hjælp til en ny cykel så jeg kan komme til skolen?""")

M("t", """Hej,

Min kone og jeg er begge fra Tyrkiet, hun er kurder. Vores søn er født her. Nu spørger skolen om han skal have modersmålsundervisning i kurdisk eller tyrkisk. Hvad anbefaler I?

Mvh Mehmet Aydın""")

M("", """Tilbyder Ishøj Kommune stadig modersmålsundervisning i kurdisk? Jeg er lærer og vil gerne undervise.""")

M("bt", """Kære byråd

Min familie er jødisk og vi fejrer Pesach i april. Vores søn har skriftlig prøve den dag. Kan han få den flyttet? Han hedder Daniel Rosen og går i 9.a på Ishøj Skole.

Mvh Sara Rosen""")

M("", """Hej, I glemte vist at skrive påske ind i skolekalenderen for 2027. Eller er det bare mig der ikke kan finde det?""")

M("s", """Hej

Jeg er bi og har lige fået en kæreste som er en fyr. Min mor ved det ikke. Jeg er 16 og vil gerne tale med nogen fra ungdomsklubben om det, men ikke min klubmedarbejder. Er der en anden jeg kan skrive til?

- anonym""")

M("", """Tilbyder ungdomsklubberne i Ishøj nogen form for LGBT+-gruppe for unge? Jeg er forælder og tænker det kunne være godt at have.""")

M("eh", """Hej, jeg er på førtidspension pga min sklerose og bruger rollator. Hjemmehjælpen er skåret fra hver uge til hver anden uge med rengøring. Det kan jeg ikke leve med. Hvem kan jeg klage til?

Lisbeth Vinther, Vibeholmsvej 12""")

M("", """Hvad er serviceniveauet for rengøring i hjemmehjælpen i Ishøj sammenlignet med Vallensbæk? Jeg skal stille et spørgsmål til kommunalbestyrelsesmødet.""")

M("u", """Hej

Jeg er tillidsrepræsentant for Dansk Metal på Ishøj Maskinfabrik, og jeg har en kollega der har fået et brev fra jer. Han har bedt mig hjælpe ham. Hvem skal jeg ringe til?

Morten Skov""")

M("", """Dansk Metal har netop lavet en undersøgelse der viser at smede tjener mere i Ishøj end i Høje-Taastrup. Jeg synes kommunen skulle bruge det i sin erhvervsmarkedsføring.""")

M("", """Kære Ishøj Kommune

Mit nummer i jeres system er sagsnr. 27.12.04-G01-31-23 og I har stadig ikke svaret på min ansøgning om byggetilladelse til en overdækket terrasse. Det er fire måneder siden.

Venlig hilsen Kim Lindhardt""")

M("h", """Hej! Jeg er gravid i uge 29 og har fået plads i vuggestuen fra januar, men min jordemor på Hvidovre siger at jeg nok skal have kejsersnit tidligere. Kan man rykke startdato? Mvh Laura""")

M("", """Hvor tidligt skal man skrive sit barn op til vuggestue i Ishøj? Vi planlægger at få børn om et par år.""")
