"""Part F: support workers, volunteers and colleagues writing on someone's behalf."""
from common import M

M("es", """
Hej

Jeg er bostøttemedarbejder og skriver for en borger, Dennis Hald, som bor på Vildtbanegård. Dennis har en kæreste, Kevin, der gerne vil flytte ind, men Dennis er bange for, at hans boligstøtte bliver sat ned. Kan I regne på det, hvis Kevin flytter ind? Dennis har givet samtykke.

Venlig hilsen
Natasja Bille, bostøtte
""")

M("u", """
Hej

Jeg er frivillig i Ishøj Seniorklub og hjælper Egon Lund med at søge om tilskud til vores klubtur. Egon har været medlem af Malerforbundet hele sit liv, og de giver også tilskud, men de skal bruge en bekræftelse fra kommunen på, at klubben er godkendt. Kan I sende den?

Mvh
Annelise Vinther
""")

M("", """
Hej

Vi er en frivillig forening, der tilbyder lektiehjælp i Ishøj Bibliotek mandag og onsdag. Vi mangler frivillige og vil gerne dele en plakat i kommunens nyhedsbrev. Hvem skal vi kontakte?

Mvh
Lektiecaféen Ishøj
""")

M("hes", """
Kære Center for Voksne og Velfærd

Jeg er kontaktperson i LGBT+ Ungdom og hjælper en ung mand fra Ishøj, Lukas Vestergaard (20), der er homoseksuel og er blevet smidt ud hjemmefra. Han bor hos os midlertidigt. Han har svær angst og har brug for en psykolog. Kan han få en samtale med en rådgiver hos jer?

Venlig hilsen
Jonatan Fisker
""")

M("b", """
Hej

Jeg er frivillig i Ishøj Moskéforening og hjælper Imam Yusuf Karaca med hans ansøgning om at være fast sjælesørger på plejecentrene. Han er selv muslim og har taget en kursus i palliativ omsorg. Kan kommunen vejlede om, hvordan man søger?

Mvh
Zeynep Arslan
""")

M("", """
Til Frivilligcentret

Hvordan bliver man besøgsven? Jeg er lige gået på pension og har tid. Er der krav om børneattest?

Mvh
Hans Jørgen
""")

M("eh", """
Hej

Jeg er frivillig i Kirkens Korshærs varmestue og kender en af vores gæster, Jan, der har sovet på bænkene ved stationen de sidste fire nætter. Han er misbruger og har et sår på benet, der ser betændt ud. Han vil gerne have en herbergsplads. Kan kommunen hjælpe i aften? Han sidder her nu.

Mvh
Poul, Varmestuen
""")

M("u", """
Til Jobcenter Ishøj

Jeg er arbejdsmiljørepræsentant og tillidsrepræsentant for Dansk Metal på Ishøj Stålindustri. En af vores lærlinge, Jonas Kirk, har spurgt mig, om han kan få tilskud til sit svendebrev-kursus gennem kommunen. Kan I kontakte ham?

Mvh
Per Nygaard
""")

M("", """
Hej

Jeg er socialrådgiver på Ishøj Plejecenter og vil høre, hvem der er ny visitationschef, nu hvor Maria Holt er stoppet. Vi skal have en aftale om næste møde om kapacitetsplanen.

Mvh
Anna Brix
""")

M("t", """
Kære kommune

Jeg er mentor for en ung pige, Sahra, der er somalier og går på HF. Hun har fået en praktikplads i kommunen, men er blevet spurgt af lederen om hun "virkelig kan tale med de ældre". Hun er født i Danmark og taler perfekt dansk. Jeg vil gerne gøre opmærksom på det.

Mvh
Bodil Skou, frivillig mentor
""")

M("se", """
Hej

Jeg er frivillig i Ishøj Væresteder og hjælper Susanne, der har ansøgt om plads i kommunens krisecentertilbud, fordi hun er blevet slået af sin kone. Hun har hørt, at krisecentrene ikke tager imod kvinder med en kvindelig voldsudøver. Er det rigtigt?

Mvh
Marianne Løkke
""")

M("", """
Hej

Vi er en gruppe frivillige, der vil lave et Pride-arrangement i Ishøj Bycenter i juni. Skal vi have tilladelse fra kommunen? Vi vil også gerne invitere borgmesteren til at holde tale.

Mvh
Ishøj Pride-udvalget
""")

M("bhe", """
Hej

Jeg er besøgsven for Anna-Lise Bang, 91, der er medlem af Sankt Andreas katolske kirke. Hun har lige fået konstateret lungekræft og er blevet sengeliggende. Hun vil gerne modtage den sidste olie og bad mig kontakte jer om, hvem der kan koordinere med præsten, da hun bor hjemme med hjemmepleje.

Mvh
Kirstine Møller
""")

M("", """
Til Social- og Sundhedsudvalget

Som frivillig i Ældresagen besøger jeg mange ensomme ældre i Ishøj. Jeg synes, udvalget bør overveje at lave et fast tilbud om fællesspisning hver uge i aktivitetscentrene. Det vil hjælpe mange.

Venlig hilsen
Ruth Dalgas
""")

M("eu", """
Hej

Jeg er frivillig rådgiver i Det Faglige Hus og hjælper Lisette Kragh, der er medlem hos os, med at søge om sygedagpenge efter 30 dage i fleksjob. Hun har fået et afslag, som vi ikke forstår. Kan vi få begrundelsen?

Mvh
Christian Bager
""")

M("ht", """
Kære Sundhedshuset

Jeg er bydelsmor i Ishøj og hjælper en kvinde fra Irak, Nour, der er gravid i femte måned og har svært ved at få kontakt med jordemoderen. Hun taler kun arabisk. Kan hun få en tid med tolk?

Mvh
Samira Rahman, bydelsmor
""")

M("", """
Hej

Jeg er pædagog på bostedet Birkehuset og ønsker at tilmelde personalegruppen til kommunens kursus i medicinhåndtering i marts. Hvor mange pladser er der?

Mvh
Jonas Tang
""")

M("b", """
Hej Mette Pedersen

Jeg er frivillig i Venstres lokalforening og hjælper vores medlem, Ole Thorsen, 85, med at få en transport til vælgermødet i Ishøj Kulturhus. Han har svært ved at bruge telefonen. Kan kommunens handicapkørsel bruges til sådan en tur?

Mvh
Allan Hjort
""")

M("", """
Til borgerrådgiveren

Jeg er leder af en frivillig forening for tidligere hjemløse. Vi vil gerne invitere borgerrådgiveren til at fortælle om sit arbejde ved vores næste medlemsmøde. Er det muligt i februar?

Mvh
Søren Rask, Foreningen Hjem Igen
""")

M("eh", """
Hej

Jeg er ansat i Ishøj Boligsocial som beboerrådgiver og skriver med tilladelse fra en beboer i Vejleåparken, Nadia Jensen, [[041192-1744]]. Hun har en hjerneskade efter en ulykke og får derfor ikke åbnet sin e-Boks. Nu er hendes boligstøtte stoppet. Kan der laves en aftale om fysisk post?

Mvh
Katrine Lund
""")

M("t", """
Hej

Vi er en lille gruppe frivillige, der hjælper grønlændere i Ishøj. En af dem, Niviaq, er grønlænder og har boet her i et år. Hun har spurgt, om hun kan få tolk på grønlandsk til sin næste samtale i Borgerservice. Er det muligt?

Venlig hilsen
Inge Berthelsen
""")

M("", """
Hej

Jeg er frivillig chauffør for Røde Kors og kører ældre til hospitalet. Må vi parkere ved indgangen til Sundhedshuset mens vi henter borgerne? Der er ofte p-vagter.

Mvh
Knud
""")

M("su", """
Hej

Jeg er kollega og ven med Morten Nørgaard, der er tillidsrepræsentant for 3F på genbrugspladsen. Han og hans mand, Kim, skal giftes, og vi vil gerne overraske dem med en hilsen fra borgmesteren. Kan det lade sig gøre?

Mvh
Jesper Holck
""")

M("", """
Kære Ishøj Kommune

Jeg er frivillig i Red Barnet og vil høre, om kommunen kan hjælpe med at sprede information om vores ferielejre for børn fra familier med lav indkomst. Vi har et brev vi gerne vil sende til skolerne.

Mvh
Birgitte Hein
""")

M("e", """
hej jeg er hjemmehjælper og har en borger på ruten (Gunnar i Ishøj Landsby 19) som har fået lukket for strømmen fordi han ikke har betalt. han har det koldt og spiser ikke varm mad. jeg ved ikke hvem jeg skal sige det til, min leder er på ferie. kan i sende det videre til nogen
""")

M("u", """
Kære Teknik- og Miljøudvalg

Jeg skriver som kollega til vores afdøde tillidsmand, Kurt Hansen, der var 3F-tillidsrepræsentant på Ishøj Havn i 25 år. Vi vil gerne søge om at opsætte en lille mindeplade på havnekajen. Hvad skal vi gøre?

Med venlig hilsen
Peter Busk, 3F Ishøj Havn
""")

M("", """
Hej

Vi er frivillige i Ishøj Sogns besøgstjeneste. Hvilke regler gælder for tavshedspligt, når vi besøger ældre, som får hjemmepleje? Vi vil gerne lave en kort instruks til nye frivillige.

Mvh
Sognets diakoniudvalg
""")

M("bu", """
Hej

Jeg er frivillig i Ishøj Humanistforening og hjælper vores formand, Lene Kjær, der også er tillidsrepræsentant for BUPL i Børnehuset Mælkebøtten. Hun vil gerne holde en ikke-religiøs navngivningsceremoni for sin søn i Kulturhuset. Kan man leje salen til det?

Mvh
Torsten Ebbesen
""")

M("ht", """
Til kommunens integrationskonsulent

Jeg er frivillig netværksperson for en familie fra Ukraine, Kateryna og hendes mor Halyna. Halyna (74) har fået et slagtilfælde og ligger på Herlev. Kateryna er helt alene med alt det praktiske og taler kun lidt dansk. Hvem hos jer kan hjælpe hende?

Mvh
Jytte Brandt
""")

M("", """
Hej

Jeg er sygeplejerske i hjemmesygeplejen og har et spørgsmål til IT: vores tablets logger ud efter 5 minutter, så vi skal logge ind hos hver borger. Kan tiden sættes op til 15 minutter?

Mvh
Rikke Olesen
""")

M("e", """
Hej Kirsten

Jeg er SSP-medarbejder og skriver dig som formand for Børne- og Skoleudvalget om en dreng, jeg følger tæt: en 14-årig fra Strandgårdskolen, Adrian, som er sigtet for indbrud og hvis familie har fået fogeden på døren. Jeg mener, hans sag er et eksempel på, at vi mangler en tidligere indsats. Jeg vil gerne tale med dig om det generelt, uden at du skal handle i hans sag.

Mvh
Nicklas Hjorth
""")
