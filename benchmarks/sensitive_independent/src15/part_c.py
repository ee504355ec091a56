"""Part C: Ydelseskontoret — tilbagebetaling, boligstøtte, enkeltydelser; house sales that affect benefits."""
from common import M

M("ep", """
Til Ydelseskontoret

Jeg får kontanthjælp og har arvet halvdelen af min fars rækkehus på Ishøj Stationsvej sammen med min bror. Huset er sat til salg hos EDC, men der har kun været én fremvisning og ingen bud. Sagsbehandleren siger at jeg skal "realisere formuen" før jeg kan få mere hjælp. Hvordan kan jeg det, når huset ikke er solgt?

Med venlig hilsen
Stine Brandt
""")

M("", """
Hej Ydelseskontoret

Hvor stor formue må man have, før det påvirker kontanthjælpen? Jeg spørger generelt, fordi jeg er ved at skrive en artikel til foreningsbladet.

Mvh
Birgit Malling
""")

M("e", """
Hej

jeg har fået et brev om tilbagebetaling af 3.850 kr i boligstøtte. jeg vil gerne lave en afdragsordning på 200 kr om måneden, jeg er på SU og har ikke mere. hvem skal jeg skrive til

mvh Malthe
cpr [[030303-4419]]
""")

M("ep", """
Kære sagsbehandler

Som aftalt i telefonen: vi har nu underskrevet en betinget købsaftale på vores andelslejlighed i Vildtbanegård, men køberen har 6 ugers forbehold for sin bank. Indtil handlen er endelig, kan vi ikke flytte, og vi har derfor brug for at vores boligstøtte fortsætter en måned mere. Vi fremsender købsaftalen når forbeholdet er bortfaldet.

Venlig hilsen
Marianne og Jørgen Lykke
""")

M("", """
Til Ydelseskontoret

Vi er en boligforening der gerne vil lave en informationsaften om boligstøtte for vores beboere. Har I materiale, vi kan dele ud, eller kan en medarbejder komme forbi?

Med venlig hilsen
Vejleåparkens afdelingsbestyrelse
""")

M("e", """
Kære Ydelseskontoret

Min ekskone og jeg er blevet skilt i marts, og jeg betaler nu børnebidrag for to børn. Det har gjort at jeg ikke kan betale min husleje. Jeg søger derfor om hjælp til huslejerestance på 11.200 kr. Ellers bliver jeg sat ud den 1.

Vedhæftet: brev fra boligselskabet.

Med venlig hilsen
Thomas Krag
""")

M("", """
Hej

Jeg har en 10-cifret kode i mit brev fra jer: bilagsnr. 2609881245. Skal jeg skrive den når jeg overfører penge, eller er det mit cpr I skal bruge?

Vh Line
""")

M("ehp", """
Hej

Jeg er i gang med at sælge mit kolonihavehus i Haveforeningen Solvang, fordi jeg efter min knæoperation ikke kan passe haven længere. Der er en interesseret køber, men vi er ikke blevet enige om prisen endnu. Jeg er på førtidspension. Skal jeg fortælle jer om salget allerede nu, eller først når det er solgt?

Mvh
Kaj Rosenkilde
personnr. [[220951–0787]]
""")

M("e", """
Til Ydelseskontoret

Jeg har fået afslag på hjælp til flytning. Jeg er blevet sagt op fra min lejlighed fordi boligselskabet skal renovere, og jeg har ingen bil og ingen penge til en flyttebil. Jeg er 63 og på efterløn.

Kan jeg få en begrundelse?

Venlig hilsen
Agnete Christoffersen
Ishøj Bygade 44
""")

M("", """
Hej Ydelseskontoret

Hvornår bliver kontanthjælpen udbetalt i december, når den sidste hverdag er juleaften? Det er for at kunne svare vores medlemmer i foreningen.

Mvh
Ishøj Seniorklub
""")

M("ep", """
Hej

Vores hus på Bredekærs Vænge skal på tvangsauktion den 22. i næste måned, hvis vi ikke finder en løsning med banken. Vi har en køber der har budt 2,1 mio, men banken vil ikke godkende det endnu. Kan kommunen hjælpe med en midlertidig bolig hvis det ender med auktionen? Vi har tre børn.

Mvh
Lene og Kenneth Borup
""")

M("", """
Til Ydelseskontoret

Jeg vil gerne anmode om aktindsigt i kommunens interne retningslinjer for enkeltydelser til tandbehandling. Jeg er journalist på en lokalavis.

Med venlig hilsen
Frida Stoltenberg
""")

M("eh", """
Hej,

Jeg søger om hjælp til briller. Jeg har grå stær på det ene øje og skal opereres, men indtil da skal jeg have nye glas til det andet øje. Optikeren siger 3.900 kr. Jeg er på kontanthjælp.

Bedste hilsner
Zainab Hussaini
""")

M("ep", """
Kære Ydelseskontor

Jeg har fået brev om at min boligstøtte stopper, fordi jeg "ejer en ejendom". Det er min afdøde mands sommerhus i Rørvig, som vi er ved at sælge. Der er lavet en købsaftale med en køber, men han har advokatforbehold og skødet er ikke tinglyst. Jeg ejer altså stadig huset på papiret, men får ikke noget ud af det.

Med venlig hilsen
Else Marie Kirkegaard
""")

M("", """
Hej

Er det rigtigt at man skal søge boligstøtte på borger.dk og ikke hos jer? Min nabo sagde det.

Hilsen Arne
""")

M("et", """
Til Ydelseskontoret

Jeg og min familie er kurdere fra Syrien og kom som flygtninge for 3 år siden. Vi har fået et brev om tilbagebetaling af 22.000 kr i integrationsydelse fordi min søn har haft et fritidsjob. Han er 16 og vidste ikke han skulle melde det. Vi har ikke pengene.

Mvh
Rezan Hassan
""")

M("e", """
hej ydelseskontoret

jeg har søgt om hjælp til et par vinterstøvler og en jakke til min søn på 8. jeg er alene med ham og får kontanthjælp. I har afvist fordi "det kan betales af ydelsen". men der er ikke noget tilbage når huslejen er betalt. kan i ikke se på det igen

Nadia
""")

M("", """
Hej

Min mor er død, og jeg er bobestyrer. Skal vi give Ydelseskontoret besked, eller sker det automatisk via folkeregisteret?

Mvh
Claus Ebbesen
""")

M("e", """
Til Ydelseskontoret

Min kontanthjælp er blevet nedsat fordi I mener at min kæreste og jeg er samlevende. Hun har en lejlighed i Hundige og jeg bor på Ishøj Strandvej. Vi overnatter hos hinanden i weekenden. Jeg har fået en partshøring, og jeg vil gerne svare på den, men hvem skal jeg sende mine dokumenter til?

Mvh
Mikkel Strand
""")

M("ep", """
Kære Ydelseskontoret

Jeg er enlig mor og har stået for at købe en lille lejlighed på Kærbo Allé, hvor jeg har givet et bud på 1.480.000 kr. Ejendomsmægleren har sagt at sælger overvejer et modbud. Vil jeg kunne få boligstøtte som ejer, og hvad sker der med min friplads i børnehaven?

Mvh
Rikke Juul
""")

M("", """
Hej

Hvad er satsen for boligstøtte i år for en enlig uden børn? Jeg kan ikke finde tabellen.

Hilsen Flemming
""")

M("eu", """
Til Ydelseskontoret

Jeg er blevet opsagt fra min stilling på fabrikken efter 22 år. Min fagforening, Dansk Metal, har sagt at jeg kan have ret til en enkeltydelse mens jeg venter på afklaring fra a-kassen om min karensperiode. Er det rigtigt?

Med venlig hilsen
Finn Larsen
Cpr [[121167 1033]]
""")

M("eh", """
Hej

jeg er gravid i 7. måned og har søgt om hjælp til barnevogn og udstyr. jeg er 19 og på uddannelseshjælp. jeg har ikke hørt noget i 6 uger. barnet kommer i juni

Sara M.
""")

M("", """
Til Ydelseskontoret

Kan I bekræfte at jeres nye telefontid er 9-12 mandag til torsdag? Jeg skal skrive det i vores nyhedsbrev fra Ishøj Frivilligcenter.

Mvh
""")

M("ep", """
Hej Ydelseskontoret

Som led i vores skilsmisse skal huset på Tranegilde Vænge sælges. Der er et bud fra et ungt par, men min eksmand vil ikke acceptere det, og vi er i gang med en sag i Familieretshuset. Jeg er flyttet i lejlighed og søger boligstøtte. Min andel af huset kan jeg ikke få udbetalt før handlen er på plads.

Med venlig hilsen
Berit Nyholm
""")

M("e", """
Kære Ydelseskontoret

Min bror Jesper er blevet løsladt fra Vridsløselille i sidste uge og bor midlertidigt hos mig. Han har ingen penge og intet sted at bo. Hvordan søger han om kontanthjælp, og kan han få hjælp til et værelse? Han har ikke selv MitID endnu.

Mvh
Kirsten Ravn
""")

M("", """
Hej

Jeg har fået en afgørelse fra jer med en klagevejledning, men jeg kan ikke finde ud af om klagen skal sendes til jer eller Ankestyrelsen. Hvad er den rigtige fremgangsmåde?

Venlig hilsen
""")

M("hep", """
Til Ydelseskontoret / pensionsafdelingen

Min mor, Ruth Winther, er flyttet i plejebolig efter en svær blodprop. Hendes hus på Vejlebrovej er sat til salg, og vi har fået et bud som vi overvejer. Kan I fortælle hvordan salget påvirker hendes boligydelse i plejeboligen? Jeg har fuldmagt. Hendes cpr: [[110440-0962]].

Med venlig hilsen
Anders Winther
""")

M("", """
Hej Ydelseskontoret

Kan I sende mig en oversigt over hvilke enkeltydelser man generelt kan søge om? Vi er en gruppe frivillige rådgivere fra Kirkens Korshær, der hjælper folk med at udfylde ansøgninger.

Venlig hilsen
""")

M("e", """
hej jeg har fået afslag på hjælp til at betale min elregning på 5600 kr. de har lukket for strømmen. jeg har en baby på 3 mdr. hvad gør jeg

Sandra
tlf 50 91 33 27
""")

M("ep", """
Kære sagsbehandler

Tak for mødet. Som jeg fortalte, har min mand og jeg sat vores villa på Ishøj Søvej til salg, fordi vi ikke kan betale lånet efter han mistede jobbet. Der er nu to interesserede købere og en budrunde på fredag. Vi håber at kunne sælge inden vi kommer i restance, og jeg vil gerne høre om vi kan søge boligstøtte bagefter.

Med venlig hilsen
Hanne Louise Kragh
""")

M("", """
Hej

Jeg fik et sms fra "Ishøj Kommune" om at jeg skal betale 1.200 kr. i tilbagebetaling via et link. Er det svindel? Jeg har ikke fået noget fra jer i e-Boks.

Mvh Poul
""")

M("ehb", """
Til Ydelseskontoret

Jeg har søgt om hjælp til rejse til min fars begravelse i Polen og fået afslag. Jeg er katolik, og det er vigtigt for mig at være med til messen. Jeg har ingen penge, fordi jeg er på sygedagpenge efter min operation.

Venlig hilsen
Tomasz Nowak
""")

M("", """
Kære Ydelseskontor

Hvorfor skal man vente 8 uger på svar på en ansøgning om boligstøtte? Det burde kunne gøres hurtigere med den digitale løsning. Det er en generel kommentar som jeg håber I tager med videre.

Mvh
Gunnar
""")

M("ep", """
Hej

Jeg er enkemand, 78 år, og har solgt mit hus i Torslunde - i hvert fald troede jeg det. Køberen har nu trukket sig to dage før overtagelsen, og jeg har allerede fået tilbudt en ældrebolig. Mægleren siger vi skal sætte det til salg igen. Hvad betyder det for min boligydelse i ældreboligen, når jeg stadig ejer huset?

Venlig hilsen
Viggo Nørskov
""")

M("e", """
Hej

Vi har solgt vores hus i 2021 og har været lejere lige siden. Handlen er for længst afsluttet. Skal vi alligevel oplyse om provenuet nu hvor vi søger boligstøtte første gang?

Mvh Tove og Harald
""")

M("e", """
Hej Ydelseskontoret

Jeg har fået en regning fra jer på 18.400 kr for "uberettiget modtaget hjælp" tilbage fra 2022, hvor jeg var hjemløs og sov på herberget i København. Jeg fik ikke jeres breve dengang fordi jeg ikke havde en adresse. Er det virkelig rimeligt?

Lasse Nygaard
[[281185-1507]]
""")

M("", """
Hej,

Hvis man får et arveforskud fra sine forældre, skal det så oplyses til kommunen hvis man modtager ydelser? Det er ikke mig, men en veninde der har spurgt mig.

Mvh
""")

M("pu", """
Hej

Jeg er FOA-medlem og tillidsrepræsentant på Plejecenter Bækkegården, og vi har i fagforeningens lokalafdeling spurgt om kommunen vil sælge den tomme grund ved siden af plejecentret. Jeg har selv givet et bud på den gennem min ejendomsmægler for at bygge et hus til min familie, men har ikke hørt noget. Hvem behandler buddet?

Mvh
Gitte Holmsted
""")

M("", """
Hej

Hvornår sælger kommunen de nye byggegrunde i Ishøj Landsby? Er der en venteliste man kan skrive sig på?

Vh Henrik
""")

M("pt", """
Til Ydelseskontoret

Vi er en tyrkisk familie, der har drevet grøntsagsbutik på Ishøj Bycenter i 15 år. Vi har nu en køber til butikken og lejemålet, men han vil have kommunens tilladelse til at skifte til café først. Handlen er ikke underskrevet. Er det Ydelseskontoret eller Erhverv vi skal tale med?

Mvh
Mehmet Yilmaz
""")

M("", """
Til Ydelseskontoret

Er det muligt at få sin udbetaling fra Ydelseskontoret på en anden konto end sin NemKonto, fx reg. 2270 konto 0612881455? Det er et spørgsmål fra vores budgetrådgivning.

Hilsen Jonna, Frivilligcentret
""")
