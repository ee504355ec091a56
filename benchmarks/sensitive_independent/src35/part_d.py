"""corpus35 part D: pending property trades said indirectly (a viewing, a bid, an
estate agent, an unsigned purchase agreement, a cooling-off period, a reserved plot,
the municipality's offer on someone's land), some with other categories."""
from common import M

M("p", """Hej

Vi har været til fremvisning af rækkehuset på Gildbrohøj 17 i søndags og overvejer at give et bud. Kan I oplyse, om der er tinglyst en servitut om fælles parkering?

Venlig hilsen
Stine og Martin Kjær""")

M("p", """Til Byggesag. Vi har skrevet under på købsaftalen på Ishøj Landsby 31 i går, men vi er stadig inden for fortrydelsesfristen. Vores advokat vil vide om carporten er lovligt opført. Kan vi få svar inden fredag? Mvh Nikolaj Frost""")

M("p", """hej, min mægler siger at køberen af mit hus på Vejlebrovej trækker sig hvis kommunen ikke kan bekræfte at tilbygningen er godkendt. det haster. mvh Lene Bruun""")

M("p", """Kære Center for Byudvikling og Natur

Tak for kommunens tilbud på 1,2 mio. kr. for vores jordstykke ved Tranegilde, som skal bruges til den nye regnvandssø. Vi er ikke klar til at sige ja til den pris og vil gerne have et møde.

Med venlig hilsen
Hans og Karen Mortensen, Tranegilde Gårdvej 4""")

M("p", """Hej. Jeg har fået reserveret storparcel nr. 9 i Ishøj Landsby Vest, og reservationen udløber den 30. Jeg venter stadig på banklånet. Kan reservationen forlænges med 14 dage? Mvh Ahmad Rahimi""")

M("pe", """Til Ydelsesservice

Vi er ved at sælge vores andelslejlighed på Strandgårdsparken, fordi min mand er gået konkurs med sit firma. En køber har budt, men handlen er ikke på plads. Påvirker salget min ret til boligstøtte i den nye lejebolig?

Venlig hilsen
Gitte Bjørn
personnummer [[0903722250]]""")

M("p", """hej Kommune. vi har sat kolonihavehuset i Ishøj Haveforening til salg og der er en interesseret køber, men foreningen skal godkende ham. Hvad har kommunen at skulle have sagt ved overdragelsen? vh Svend""")

M("p", """Dear Municipality, we are in the middle of buying a villa on Ishøj Strandvej 142. Our offer has been accepted by the seller but our lawyer has not approved yet. Is there any planned construction near the beach that could affect the property? Kind regards, Lars and Eva Schmidt""")

M("p", """Til Teknik og Miljø. Naboen på Ishøj Søvej 18 har sat huset til salg, og der står i salgsopstillingen at grunden kan udstykkes. Det tvivler vi på. Kan I oplyse om den kan? Mvh Anders Pihl, nr. 16""")

M("p", """Hej

Mine to søskende og jeg arver vores mors hus på Vejlebrovej og er uenige om salget. Jeg vil gerne købe dem ud, men vi har ikke aftalt prisen endnu. Kan kommunen oplyse den seneste ejendomsvurdering, så vi har et udgangspunkt?

Hilsen
Bettina Lauridsen""")

M("pe", """Til Borgerservice

Jeg har restancer på ejendomsskatten og banken har sagt at huset på Ishøj Landsby 44 kommer på tvangsauktion i oktober, hvis jeg ikke får det solgt først. Ejendomsmægleren har lige haft en fremvisning. Kan I udsætte inddrivelsen en måned?

Med venlig hilsen
Jørn Kastrup
CPR-nr. [[180758-1939]]""")

M("p", """hej, vi har et betinget bud på vores erhvervsgrund på Industrivej. købers betingelse er at lokalplanen tillader lager på over 10 m. hvornår kommer lokalplanforslaget i høring?? mvh Karim / KH Byg ApS""")

M("p", """Kære Hanne Birk

Jeg skriver til dig som formand for Økonomiudvalget. Kommunen har tilbudt at købe vores grund ved Baldersbæk for at lave cykelsti. Vi forhandler stadig, men forvaltningen truer nu med ekspropriation. Er det byrådets linje?

Venlig hilsen
Ellen Gormsen""")

M("p", """Hej Byggesag. Vi har købt hus på Torslunde Bygade 7 – men skødet er ikke underskrevet endnu, og vi vil gerne søge om at bygge et udhus allerede nu, så vi kan komme i gang. Kan man det før overtagelsen? /Camilla Hviid""")

M("pe", """Hej sagsbehandler

Min far er flyttet på plejehjem og hans rækkehus på Ishøj Strandvej skal sælges for at betale for det. Der har været to fremvisninger, men intet bud endnu. Kommunen har spurgt til hans formue. Hvad regnes med, når huset ikke er solgt?

Hilsen
Marianne Dahl, datter og værge""")

M("p", """Til kommunen. Jeg har bud inde på en ejerlejlighed i Ishøj Bycenter-byggeriet, og sælger har givet mig frist til mandag. Er der nogen planer om at ændre trafikken ved indkørslen? Det ændrer om jeg vil købe. Mvh Dragan""")

M("p", """hej lone, det er Per fra grundejerforeningen. privat: Susanne og jeg har sat huset til salg i stilhed, vi har en mægler på, men vil ikke have at det kommer ud i foreningen endnu. kan du holde det for dig selv når du hører det? mvh Per""")

M("p", """Hej Byudvikling

Vi er en lille gartnervirksomhed og har fået tilbudt at købe kommunens tidligere materielgård på Ishøjvej. Vi har givet et bud på 3,4 mio. og afventer jeres svar. Må vi få en besigtigelse inden byrådet beslutter?

Med venlig hilsen
Torben og Lise Hald, Hald Planteskole""")

M("pt", """Hello, I am from Lithuania and my Danish is not good. I have signed a purchase agreement for a flat on Vejleåparken but the bank has not said yes yet. Is there a cooling-off period in Denmark? The estate agent only gave me papers in Danish. – Vytautas""")

M("p", """Til Byggesagsafdelingen. Vores hus på Gildbrovej 11 er til salg, og køberens rådgiver spørger om vi har fået ibrugtagningstilladelse til kælderen. Vi kan ikke finde den. Haster. Hilsen Jesper Fog""")

M("p", """Hej! Vi står til at købe en byggegrund i Søhøj-området af kommunen, men vi har ikke fået købsaftalen til underskrift endnu, og lånet er ikke på plads. Kan vi stadig trække os uden gebyr? Mvh Ida og Magnus""")

M("ph", """Hej

Jeg er ved at sælge min lejlighed på Ishøj Boulevard, fordi jeg efter mit hjerteanfald ikke kan klare trapperne. Der er en køber der har budt, men hun vil have oplyst om der kommer elevator. Hvad er status på boligforeningens elevatorsag hos kommunen?

Hilsen
Kirsten Holm""")

M("p", """hej vi har givet bud på huset ved siden af vores på Ishøj Landsby 22 for at slå grundene sammen. mægleren siger sælger tænker over det. skal vi søge om sammenlægning nu eller efter? mvh Jakob""")

M("p", """Til Center for Byudvikling og Natur

Vi har modtaget jeres forespørgsel om at købe et areal på 350 m² af vores have til fortovsudvidelse. Vi vil gerne sælge, men prisen i jeres tilbud er for lav. Vores landinspektør vurderer 1.100 kr. pr. m².

Venlig hilsen
Finn og Merete Brask, Vejlebrovej 90""")

M("pe", """Hej Ydelsesservice

Jeg er skilt i år og min eksmand og jeg skal sælge huset i Torslunde. Han vil ikke skrive under på salgsopstillingen. Jeg bor midlertidigt hos min søster og har søgt om enkeltydelse til depositum. Er der noget kommunen kan gøre?

Mvh
Hanne Søndergaard
[[220779-2034]]""")

M("p", """Hej Claus. Jeg har lige vundet budrunden på kiosken på Ishøj Stationsvej, men overtagelsen sker først når kommunen har godkendt skiltningen. Kan du skubbe lidt på? Mvh Mehmet, din gamle skolekammerat""")

M("p", """hej, jeg er ejendomsmægler og har en sælger på Ishøj Søvej 3, der gerne vil vide om den gamle olietank er registreret som fjernet. handlen er ikke endelig og køber vil have det med som forbehold. Mvh Lotte Dam, EDC Ishøj""")

M("p", """Kære Merete

Vi vil sælge vores landbrugsjord ved Tranegilde til en privat investor, men har hørt at kommunen har forkøbsret pga. den nye lokalplan. Er det rigtigt? Vi har et tilbud liggende, som udløber om en uge.

Venlig hilsen
Jens Thygesen""")

M("pb", """Hej. Vi er en muslimsk familie og har budt på et rækkehus på Gildbrohøj, men andelsforeningen vil ikke godkende os. Vi tror det skyldes min kones tørklæde. Vores bud står stadig. Hvem kan hjælpe? Mvh Hassan Jaber""")

M("p", """Hej Byggesag, vi overvejer at købe Ishøj Landsby 55 og har været til åbent hus to gange. Ligger der nogen påbud på ejendommen? Vi har ikke budt endnu. Hilsen Anne & Thomas""")

M("p", """hej jeg sælger min andel i Ishøj Strand-bebyggelsen og køber har fået 6 hverdages fortrydelsesret. Hun har spurgt til støjmålinger fra Køge Bugt Motorvejen. Har I dem? Mvh Birgit""")

M("pe", """Til Ydelsesservice

Jeg har fået kontanthjælp, men nu har jeg arvet en sommerhusgrund i Nordsjælland. Den er sat til salg og der er en interesseret, men intet er underskrevet. Skal jeg stoppe kontanthjælpen allerede nu?

Venlig hilsen
Simon Rask
cpr [[040591\u00a03306]]""")

M("p", """Hej Teknik. Vi sælger vores hus til min bror for en symbolsk pris, papirerne er ikke lavet endnu. Skal kommunen give tilladelse, når han vil indrette tagetagen? Mvh Louise Kähler""")

M("p", """Til Borgmesteren

Kommunen har sendt os et købstilbud på vores ejendom ved Ishøj Havn, som ligger i det nye byudviklingsområde. Vi har 4 uger til at svare og vil gerne mødes med dig personligt først.

Med venlig hilsen
Else og Bjarne Holt""")
