"""Part E: lawyers, estate agents, doctors' secretaries and advisers about clients; market-report and procedure negatives."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Som ejendomsmægler for sælger af Ishøj Strandvej 88 skal jeg bede om en kopi af BBR-meddelelsen og oplysning om eventuelle påbud. Der foreligger en betinget købsaftale med frist for advokatforbehold den 20. dennes.

Med venlig hilsen
Jonas Breum, EDC Ishøj
""")

M("", """
Kære kommune

Som lokal ejendomsmægler kan jeg oplyse, at huspriserne i Ishøj steg 6 % i 2. kvartal, og liggetiderne er faldet til 74 dage. Jeg vil gerne høre om kommunen har planer for nye udstykninger, så vi kan orientere vores kunder.

Mvh Home Ishøj
""")

M("p", """
Kære Ejendomsskat

Jeg er advokat for køberne af Tranegildevej 5, hvor handlen endnu ikke er endeligt på plads. Køberne har fået oplyst en forkert ejendomsværdi, og vi har brug for at vide om der er restancer på ejendomsskat, før skødet kan underskrives.

Med venlig hilsen
Advokat Mette Holmgaard
""")

M("", """
Hvordan søger man om at få udstedt en ejendomsskattebillet for en ejendom man lige har købt? Handlen blev tinglyst i marts.
""")

M("pe", """
Hej

Jeg er advokat for Helle Nørgaard, som er ved at blive skilt. Parrets fælles hus på Ishøj Søvej 12 er sat til salg, og der er kommet et bud på 3,4 mio. kr. Ægtefællen vil ikke acceptere buddet. Min klient har brug for at vide om kommunen har et lån til indfrielse af ejendomsskat som skal indfries ved salget.

Med venlig hilsen
Advokat Peter Krogh
""")

M("he", """
Til Center for Voksne og Velfærd

Fra lægesekretær, Lægerne på Ishøj Torv: Vi har modtaget en anmodning om lægeerklæring vedrørende patient Bente Lyhne, [[221167-2008]], i forbindelse med hendes ansøgning om hjælpemidler efter en knæalloplastik. Erklæringen er vedhæftet.

Med venlig hilsen
Lægesekretær Susanne Bak
""")

M("", """
Til Borgerservice

Lægehuset på Ishøj Bygade flytter pr. 1. oktober til Sundhedshuset. Vil kommunen opdatere adressen på hjemmesiden?

Venlig hilsen
Lægesekretær
""")

M("p", """
Kære Ulla

Jeg vil gerne byde på kommunens grund ved Ishøj Havn (matr. 12 ab) og har et konkret bud på 2,1 mio. kr. Jeg ønsker ikke at mit navn kommer frem, før kommunen har taget stilling. Jeg har vedlagt finansieringstilsagn fra Danske Bank.

Med venlig hilsen
Lars Engholm
""")

M("", """
Hvornår sælger kommunen de næste byggegrunde i Ishøj Landsby? Og hvad bliver kvadratmeterprisen?
""")

M("pt", """
Hej

Jeg er mægler og har en polsk familie, Nowak, som har givet et bud på et rækkehus på Bækkevej. Sælger har sagt til mig "jeg sælger ikke til polakker". Jeg ved ikke om det er noget for kommunen, men jeg er i tvivl om hvad jeg skal gøre. Handlen står stille.

Mvh en mægler i Ishøj
""")

M("", """
Til kommunen. Hvad er reglerne for forkøbsret for lejere i en udlejningsejendom, der skal sælges? Generelt spørgsmål fra en ejendomsadministrator.
""")

M("hp", """
Kære kommune

Jeg er advokat for dødsboet efter Ejvind Carlsen. Boet skal sælge hans hus på Vejlebrovej 201, og der er en køber, men vi har brug for at vide om kommunen har et tilgodehavende for plejehjemsophold, før vi kan afslutte handlen. Han døde af ALS i februar.

Med venlig hilsen
Advokat Christina Rask
""")

M("he", """
Til Jobcentret

Fra lægesekretær i Lægehuset Vildtbanegård: Vedr. patient Torben Kirkegaard, cpr [[0809783317]]. Lægen har sygemeldt Torben i yderligere 8 uger pga. depression. Han modtager sygedagpenge via jer, og han har bedt os sende erklæringen.

Med venlig hilsen
Lægesekretær Anette
""")

M("", """
Hvad koster en lægeerklæring til kommunen, og hvem betaler? Vi er en forening for pårørende og får spørgsmålet tit.
""")

M("pe", """
Kære borgerrådgiver

Jeg er bolig- og gældsrådgiver i Ishøj Frivilligcenter. En af mine klienter, Henrik Steen, har sit hus på Nordmarken til tvangsauktion om 3 uger. Han har et bud fra en privat køber, men banken vil ikke acceptere det. Han har 680.000 kr. i gæld. Kan kommunen hjælpe med tid?

Med venlig hilsen
Allan Friis
""")

M("", """
Til Ejendomsafdelingen: Kommunens salg af den gamle skolegrund på Ishøj Bygade blev afsluttet i 2023. Hvad blev prisen, og hvor er pengene brugt?
""")

M("p", """
Hej

Vi har sat vores andelslejlighed i A/B Strandhaven til salg og fået en køber, men andelsforeningen siger at kommunen skal godkende forbedringerne i badeværelset før prisen kan fastsættes. Køber venter og har allerede sagt sin lejlighed op.

Mvh Kim og Rie Hansen
""")

M("", """
Kan en ejendomsmægler få aktindsigt i byggesager for en ejendom, han har til salg? Hvad skal der vedlægges?
""")

M("hbe", """
Kære Center for Voksne og Velfærd

Jeg er advokat og repræsenterer Ruth Lykke, 87, som er Jehovas Vidne og har en skriftlig erklæring om at hun ikke ønsker blodtransfusion. Hun skal flytte på plejehjem, og vi ønsker at sikre at plejepersonalet kender og respekterer hendes erklæring, hvis hun bliver akut syg. Hun har hjertesvigt.

Med venlig hilsen
Advokat Jens Vinding
""")

M("", """
Til Byudvalget

Jeg er ejendomsmægler og synes kommunens sagsbehandlingstid på byggesager er alt for lang. Det skader handler i hele byen. Jeg opfordrer jer til at ansætte flere.
""")

M("p", """
Hej Kim

Fortroligt: Min nabo Jørgen på Søndre Alle 17 har tilbudt at købe vores have-hjørne på 80 m² for 120.000 kr. Vi er ikke helt enige om prisen endnu. Hvad skal der til fra kommunens side for at lave en skelændring?

Vh Palle
""")

M("", """
Er der nogen regler for at sælge en kolonihave i Ishøj? Hvad er maksimalprisen? Jeg spørger bare generelt, vi har ingen planer.
""")

M("ep", """
Kære kommune

Jeg er bobestyrer for Karin Vestergaard, som er erklæret konkurs. Hendes rækkehus på Strandager 31 er sat til salg, og vi forhandler med to købere. Kommunen har tinglyst pant for et boliglån på 92.000 kr. Kan kommunen oplyse restgælden?

Med venlig hilsen
Advokat Søren Haldrup
""")

M("", """
Til Center for Byudvikling og Natur

Hvor mange ejendomshandler blev der registreret i Ishøj i 2024, fordelt på parcelhuse, rækkehuse og ejerlejligheder? Tak.
""")

M("hp", """
Til borgmesteren

Min mand og jeg skal sælge vores hus på Tranegilde Strandvej, fordi han har fået ALS og ikke kan gå på trapper. Vi har en køber, som kun kan købe hvis vi flytter før 1. februar, og vi har ingen bolig at flytte til. Vi har søgt om en handicapvenlig lejlighed. Kan sagen fremskyndes?

Venlig hilsen
Inge Bonde
""")

M("", """
Kære lægesekretær-netværket i Ishøj: Kommunen afholder kursus i sikker mail den 4. november i rådhusets mødelokale 2. Tilmelding via Sundhedsafdelingen.
""")

M("h", """
Til Hjælpemiddelafdelingen

Fra Fysioterapeuterne Ishøj: Vores patient Preben Kold, cpr. [[1204511029]], har efter sit slagtilfælde brug for en gangbarre og et toiletstolsforhøjer. Vi har udfyldt ansøgningsskemaet sammen med ham. Han har givet samtykke til at vi sender det.

Med venlig hilsen
Fys. Mette Nørby
""")

M("", """
Kan jeg som privatpraktiserende psykolog få en liste over kommunens tilbud til borgere med angst? Jeg vil gerne henvise korrekt.
""")

M("p", """
Hej

Jeg er interesseret i at købe erhvervsgrunden på Industrivej 14, som kommunen har i udbud. Jeg har afgivet bud og hørt at der er en anden byder. Hvornår træffer Økonomiudvalget afgørelse? Jeg har brug for at vide det inden min bank lukker for finansieringen.

Mvh Jannik Brandt, Brandt VVS ApS
""")

M("", """
Hej, jeg er advokat og skal have oplyst kommunens sagsnummer for en tinglyst deklaration på matr. 3b, Ishøj By. Det er til en gennemgang af tingbogen. Sagsnr. 2019-07-2241.
""")

M("ps", """
Hej

Min mand Jacob og jeg (Martin) er ved at købe vores første hus sammen på Lindegårdsvej, men købsaftalen er betinget af at kommunen godkender en tilbygning. Mægleren siger at sælgeren bliver utålmodig. Kan I sige noget om sagsbehandlingstiden?

Venlig hilsen
Martin Dalgaard
""")

M("", """
Til Økonomiudvalget: Kommunens salg af Ishøj Strand-grundene bør ske ved offentlig licitation og ikke ved direkte salg. Det er min holdning som borger.
""")

M("pe", """
Kære kommune

Jeg har modtaget en inkassosag på 47.000 kr. og bliver nødt til at sælge min ejerlejlighed på Vejlebrovej. Der har været fremvisninger og en interesseret køber har givet et bud, men det er under det, jeg skylder banken. Jeg har været ledig i et år. Har I nogen gældsrådgivning?

Anonym
""")

M("", """
Hej

Lægehuset Ishøj Strand søger en ny lokation. Har kommunen ledige lokaler til leje i nærheden af stationen? Vi har 4 læger og 6 ansatte.
""")

M("ht", """
Til Center for Voksne og Velfærd

Fra Lægerne i Vildtbanegård: Vores patient Fadumo Warsame, [[180562–3356]], er somalisk og taler kun lidt dansk. Hun har brug for tolk til sin næste samtale om genoptræning efter sin brystkræftoperation. Vi beder kommunen bestille en somalisk tolk.

Med venlig hilsen
Lægesekretær Camilla
""")

M("", """
Hvornår udbetaler kommunen tilskud til tandpleje for pensionister, og hvordan søger man? Jeg hjælper min forening med at lave en folder.
""")

M("p", """
Til kommunen

Vi skal købe et sommerhus i Ishøj (Strandbakken 5) og har fået et bud accepteret, men der er et påbud om kloakering. Vi vil gerne vide hvad det koster, før vi underskriver. Vi har kun advokatforbehold i 6 hverdage.

Mvh
Lene og Peter Schou
""")

M("", """
Kære Ishøj Kommune, vi er et advokatfirma der holder gratis retshjælp på biblioteket hver anden tirsdag. Kan vi få det med i kommunens kalender?
""")

M("pb", """
Kære Morten

Jeg er kasserer i Ishøj Frimenighed, og jeg er selv medlem og troende. Vi forhandler om at købe bygningen på Ishøj Bygade 40 til ny kirke. Sælger vil vente på kommunens godkendelse af ændret anvendelse. Vi har brug for at vide om det er realistisk før vi byder endeligt.

Med venlig hilsen
Sune Kragh
""")

M("", """
Hvor lang tid tager det at få en lokalplanændring, hvis en forening vil bruge et erhvervslokale til forsamlingshus? Generelt spørgsmål.
""")

M("he", """
Til Jobcenter Ishøj

Fra lægesekretær i Lægehuset Ishøj Centret. Vedr. Jasmin Kadir, cpr [[030398-4415]]: Jasmin er gravid i uge 24 og er sygemeldt pga. graviditetsgener. Hun modtager kontanthjælp og beder om at blive fritaget for aktivering i graviditetsperioden.

Med venlig hilsen
Lægesekretær Hanne
""")

M("", """
Hej. Vi ønsker at få at vide om kommunens ejendom på Vejlebrovej 2 skal sælges, og om foreninger kan byde. Det er ikke noget vi har besluttet endnu, bare et spørgsmål.
""")

M("p", """
Hej

Mine forældres sommerhusgrund ved Ishøj Strand er solgt betinget af udstykning. Køberen vil trække sig, hvis udstykningen ikke er godkendt inden 1. juni. Hvor langt er sagen?

Mvh Anne Laursen
""")

M("", """
Til Center for Byudvikling

Jeg er statsautoriseret ejendomsmægler og vil gerne have en generel udtalelse fra kommunen om støjforholdene ved motorvejen, som jeg kan bruge i salgsopstillinger. Det drejer sig om området ved Ishøj Landsby.
""")

M("pe", """
Kære borgerrådgiver

Min far er død, og min bror og jeg skal sælge hans lejlighed. Min bror sidder i fængsel, og jeg kan ikke få ham til at underskrive salgsfuldmagten. Køberen har ventet i 2 måneder. Hvad gør man?

Hilsen
Tanja Lund
""")

M("", """
Hvad er et ejendomsværdiattest, og hvor bestiller jeg den? Mægleren har bedt om en.
""")

M("hp", """
Hej

Jeg er lægesekretær og skriver privat: Jeg skal sælge mit hus, fordi jeg har fået sklerose og skal have et hus uden trapper. Vi har en køber, men handlen afhænger af at jeg kan flytte i en kommunal ejerlejlighed. Kan I give mig en tidshorisont?

Anne Mette Krogh
""")

M("", """
Kan kommunen oplyse gennemsnitsprisen for rækkehuse i Ishøj i 2024 sammenlignet med Greve og Vallensbæk?
""")

M("pu", """
Til Center for Byudvikling og Natur

Jeg er tillidsrepræsentant for 3F hos entreprenøren på Ishøj Havn og har selv budt på en af de nye rækkehuse i projektet – buddet er under behandling. Jeg vil gerne vide, om der gives fortrinsret til lokale ansatte.

Med venlig hilsen
Rene Hjort
""")
