"""corpus11 part B: economic and social circumstances, and hard negatives on money and services."""
from common import M

# --- economy_social, single category ----------------------------------------------

M("e", """Kære borgmester

Jeg er blevet sat ud af min lejlighed på Vildtbanevej i sidste uge, fordi jeg skyldte tre måneders husleje. Nu sover jeg på sofaen hos en kammerat i Greve. Jeg har ingen adresse at give jobcentret. Hvad gør jeg?

Mvh Nicklas""")

M("e", """hej Lone, jeg har fået brev fra fogedretten om udsættelse den 2. december kl. 9. jeg har to børn. kan kommunen gøre noget?? Jannie""")

M("e", """Til Borgerservice

Min boligstøtte er blevet sat ned fra 2.150 kr. til 640 kr. om måneden, uden at min indkomst er steget. Jeg forstår ikke beregningen. Kan nogen forklare det?

Venlig hilsen
Ruth Andersen""")

M("e", """Kære borgerrådgiver

Jeg vil klage over, at min ansøgning om enkeltydelse til en ny vaskemaskine har ligget i fem måneder uden afgørelse. Jeg har tre børn og vasker nu i hånden.

Hilsen
Helle Bundgaard""")

M("e", """Hej Kasper

Jeg blev ledig i august, da Vestegnens Trykkeri lukkede, og har søgt 60 job siden. Jobcentret har nu indkaldt mig til tre samtaler på en uge. Er det normalt?

Med venlig hilsen
Jan Steffensen""")

M("e", """Til Center for Børn og Forebyggelse

Min eksmand og jeg er blevet skilt, og vi er uenige om samværet med vores to drenge. Familieretshuset har sagt, at jeg skal spørge kommunen om børnesagkyndig rådgivning. Kan I hjælpe?

Venlig hilsen
Maria Dahl""")

M("e", """Kære udvalgsformand

Vores plejebarn Noah har boet hos os i fire år. Nu vil kommunen flytte ham til en institution på Sjælland uden at tale med os først. Vi er kede af det på hans vegne.

Med venlig hilsen
Plejefamilien Holm, Ishøj Landsby""")

M("e", """Hej

Jeg har fået en underretning om min datter fra skolen, og nu skal vi til møde med en socialrådgiver. Jeg ved ikke engang hvad der står i den. Har jeg ret til at se den?

/Camilla""")

M("e", """Til hovedpostkassen

Jeg har afsonet 14 måneder i Vestre Fængsel og bliver løsladt den 1. marts. Jeg har brug for hjælp til en bolig og til at komme i gang med uddannelse. Hvem skal jeg skrive til?

Med venlig hilsen
Mads""")

M("e", """hej jeg skylder 43.000 i restance til kommunen for daginstitution og sfo og de har sendt det til gældsstyrelsen. kan jeg lave en afdragsordning med jer i stedet? mvh Tanja""")

M("e", """Kære Borgmester

Min mor på 88 bor på plejehjemmet Ishøjgård. Personalet er søde, men de er så få, at hun ofte først kommer op kl. 11. Vi pårørende er bekymrede.

Venlig hilsen
Søren Lauritsen""")

M("e", """Hej Ahmed

Jeg har fået afslag på friplads til min søn i SFO'en, fordi min indtægt er 1.200 kr. for høj om året. Jeg er enlig mor og tjener 24.000 før skat. Kan det virkelig passe?

Hilsen Dorthe""")

M("e", """Til jobcentret

Jeg modtager dagpenge og skal til jobsamtale den 12. januar, men jeg har fået et vikariat på Rema 1000 den dag. Kan samtalen flyttes?

Hilsen Morten, tlf. 28 91 33 07""")

M("e", """Kære borgerrådgiver

Jeg har været på førtidspension siden 2016. Nu har jeg fået et brev om, at jeg skal betale 18.700 kr. tilbage i for meget udbetalt personligt tillæg. Jeg har ikke de penge.

Venlig hilsen
Vibeke Kruse""")

M("e", """Hej Hanne. min søn er 19 og har fået en dom for vold og har nu fodlænke. han vil gerne have et fritidsjob men ingen vil ansætte ham med en plettet straffeattest. findes der nogen hjælp? mvh Lise""")

M("e", """Til Center for Voksne og Velfærd

Min bror har ledsageordning 15 timer om måneden. Hans faste ledsager er stoppet, og der er ikke kommet en ny i tre måneder.

Venlig hilsen
Karina Thygesen""")

M("e", """kære jer
vi er en familie på 5 der har levet af kontanthjælp i to år. nu er vi ramt af kontanthjælpsloftet og mangler 3.000 om måneden. vi har meldt os til madhjælp i kirkens kælder. jeg synes det er en skam at det skal være sådan i Danmark.
hilsen Tina og René""")

M("e", """Kære Peter

Jeg vil gerne fortælle dig, at jeg har fået gældssanering og nu er gældfri efter 12 år i RKI. Tak til Ishøjs gratis gældsrådgivning i Medborgerhuset – uden dem havde jeg ikke klaret det.

Venlig hilsen
Lena""")

M("e", """Til hovedpostkassen

Vi har fået besked om, at vores datter skal anbringes frivilligt på et opholdssted i en periode. Vi vil gerne vide, hvem der betaler for hendes transport til skolen i Ishøj.

Med venlig hilsen
Anette og Kenneth Frost""")

M("e", """Hej, jeg er hjemløs og har ingen fast adresse. Kan jeg få post til Borgerservice? /Jimmi""")

M("e", """Kære Anja

Jeg får hjemmehjælp til rengøring hver 14. dag, men i november er den blevet aflyst to gange uden varsel. Jeg er 91 og kan ikke selv støvsuge.

Med venlig hilsen
Karen Dyhr
Ishøj Søvej 8""")

M("e", """Til Familieafdelingen

Min datters far betaler ikke børnebidrag, og jeg har ikke fået forskudsvis udbetaling fra Udbetaling Danmark i tre måneder. Jeg har kun min løn som kassedame at leve af.

Venlig hilsen
Sanne Petersen""")

M("e", """Hejsa Karin

Min kæreste og jeg er gået fra hinanden og hun er flyttet med vores barn. Jeg må kun se ham hver anden weekend og jeg synes ikke det er retfærdigt. Kan kommunen hjælpe med mægling?

Jonas""")

# --- economy_social with other categories -----------------------------------------

M("ep", """Kære borgmester

Vi har rod i økonomien efter min mands konkurs og kan ikke betale lånet på huset i Torslunde. Banken har sagt, at vi skal sælge inden sommer, ellers bliver det tvangsauktion. Huset er sat til salg hos EDC til 3,2 mio., men der er ingen bud. Kan kommunen udsætte ejendomsskatten?

Med venlig hilsen
Lisbeth Vang""")

M("et", """Hej

Jeg er kurder fra Irak og kom til Danmark som flygtning i 2015. Jeg har været på selvforsørgelses- og hjemrejseydelse, og nu får jeg at vide, at jeg skal have 225 timers arbejde for at få fuld ydelse. Jeg forstår ikke brevet. Kan nogen forklare det på et møde?

Hilsen Rebwar""")

M("eh", """Til Center for Voksne og Velfærd

Min søster er skizofren og bor i en bostøtte-lejlighed. Hun har ikke betalt el i et halvt år, og nu lukker Radius for strømmen. Hendes bostøttemedarbejder svarer ikke. Kan I gå ind i det hurtigt?

Venlig hilsen
Pernille Krogh""")

M("eb", """Kære udvalgsformand

Jeg er aktiv i Enhedslisten og har i 11 år været på kontanthjælp pga. manglende job. Jeg vil gerne invitere dig til en debat i vores lokalforening om fattigdom på Vestegnen. Jeg kan selv fortælle om hverdagen på ydelse.

Mvh Dennis Vinther""")

M("eu", """Hej Lone

Jeg er medlem af 3F og har fået at vide af min a-kasse, at jeg mister dagpengeretten den 31. marts. Jobcentret har ikke kontaktet mig endnu. Kan du spørge, hvad der så sker?

Hilsen Brian Krag""")

# --- hard negatives on economy and services ---------------------------------------

M("", """Hvad er satserne for boligstøtte i 2025, hvis man bor i en almen bolig med to børn? Jeg skriver en artikel til beboerbladet. Mvh redaktionen, Vejlebo Nyt""")

M("", """Kære Social- og Arbejdsmarkedsudvalg

Jeg synes, kontanthjælpsreglerne er alt for stramme, og at kommunen bør bruge sit råderum til at hjælpe familierne mere. Det er en skam for et rigt land.

Venlig hilsen
Jytte Brandt""")

M("", """Hej. Jeg har betalt fakturaen for affaldsgebyret to gange. Fakturanr. 1503241187, beløb 2.845,00 kr. Vil I tilbagebetale til reg.nr. 5301 konto 0241567890? Mvh Frank Iversen""")

M("", """Til Borgerservice

Hvilke dokumenter skal jeg medbringe, når jeg skal bestille pas til mig selv og min datter? Vi rejser til Spanien i april.

Venlig hilsen
Line Bro""")

M("", """Kære borgmester

Jeg vil gerne rose medarbejderne i Borgerservice, som hjalp mig med at oprette MitID forleden. De var tålmodige og søde.

Hilsen
Erling""")

M("", """Hej Ahmed

Hvornår bliver budgettet for 2026 vedtaget, og er der afsat penge til flere pædagoger i daginstitutionerne? Jeg er bekymret for normeringerne.

Mvh Maja Holst""")

M("", """Til hovedpostkassen

Vi er en gruppe lønmodtagere hos et rengøringsfirma, der gør rent på rådhuset. Vi mener, at overenskomsten ikke følges på weekendtillæggene. Hvem hos kommunen har ansvaret for udbudet?

Venlig hilsen
Medarbejdergruppen""")

M("", """Hej, hvor meget koster en vuggestueplads om måneden i 2025? Og hvornår opkræves første gang? Vi flytter til Ishøj pr. 1. juni. /Oliver""")

M("", """Kære Kasper

Kan du forklare, hvorfor kommunen har hævet parkeringsafgiften ved stationen? Kvittering nr. 0912250311 fra automaten viser 35 kr. for to timer.

Mvh Henrik""")

M("", """Til Borgerrådgiveren

Jeg ville bare høre, om I også tager imod henvendelser om byggesager, eller kun om sociale sager? 

Hilsen Lotte""")

M("", """Hej
Hvordan søger en forening om tilskud fra Folkeoplysningsudvalget til et sommerstævne? Vores CVR er 38271904 og EAN 5798000554321.
Ishøj Petanqueklub""")

M("", """Kære borgmester

Hvor mange borgere i Ishøj modtager i dag kontanthjælp, og hvordan har tallet udviklet sig siden 2020? Jeg er gymnasieelev og skriver SRP.

Venlig hilsen
Asta Møller""")

M("", """Til jobcentret

Vores virksomhed vil gerne ansætte to lærlinge som tømrer fra august. Kan I hjælpe med at finde kandidater? Ring på 43 73 22 10.

Mvh Tømrerfirmaet Brink & Co ApS""")

M("", """hej, hvornår åbner julemærkeindsamlingen for madkasser i år? jeg vil gerne være frivillig og pakke kasser. mvh Birgitte""")

M("", """Kære Hanne

Jeg vil gerne vide, om kommunen tilbyder gratis økonomisk rådgivning, og hvor den holder til. Jeg er formand for afdelingsbestyrelsen og laver en oversigt over tilbud til beboerne.

Hilsen
Mogens""")

M("", """Til Center for Borger, Økonomi og IT

Vi har modtaget en regning på ejendomsskat med forfaldsdato 1. februar. Bilagsnr. 010225-0087. Er det korrekt, at rater kan betales via Betalingsservice?

Venlig hilsen
Lars og Ulla Sommer""")

M("", """Hej Lone, hvorfor er Jobcentrets åbningstid om torsdagen ændret? Jeg har en lille butik og plejer at komme forbi med stillingsopslag, men nu passer det ikke med min arbejdstid. /Kamal""")

M("", """Kære Karin

Tak for dit svar på mit spørgsmål om seniorklubbernes program. Jeg har ikke flere spørgsmål lige nu.

Venlig hilsen
Preben""")

M("", """Til udvalget

Jeg foreslår, at kommunen opretter en gratis lektiecafé på biblioteket for alle børn, uanset forældrenes indkomst. Det vil gavne hele byen.

Med venlig hilsen
Maiken Dalsgaard, mor til to""")

M("", """Hej, jeg har fået en opkrævning på 600 kr. for en ekstra papircontainer, men vi har afmeldt den i september. Sagsnr. 2024-07-00912. Kan I annullere den? Mvh Kurt""")

M("", """Kære borgmester

Jeg er frivillig i lektiecafeen på biblioteket om tirsdagen og torsdagen.

Vi har i efteråret haft op til 35 børn ad gangen, men kun fire frivillige. Mange af børnene går i 5.-7. klasse og har brug for hjælp til matematik.

Jeg vil gerne foreslå:
1. at kommunen annoncerer efter flere frivillige, f.eks. i Ishøj Avis og på kommunens Facebook
2. at biblioteket åbner et ekstra lokale, så der er mere ro
3. at der kommer frugt, for mange af børnene kommer direkte fra skole og er sultne

Vi gør det gerne, men vi kan ikke klare flere børn uden hjælp.

Med venlig hilsen
Karl Erik Vestergaard
pensioneret gymnasielærer""")
