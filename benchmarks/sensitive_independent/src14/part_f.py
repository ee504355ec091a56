"""Part F: housing and property - sales not yet concluded, and the hard negatives around them."""
from common import M

M("p", """
Kære formand for Teknik- og Miljøudvalget

Vi har solgt vores hus på Vejlebrovej betinget af at køberen kan få byggetilladelse til en tilbygning. Køberens advokat har sat en frist til 15. december. Ansøgningen har ligget hos jer siden september. Hvis ikke den bliver afgjort, falder handlen.

Med venlig hilsen
Marianne og Poul Kirk
""")

M("", """
Kære formand for Teknik- og Miljøudvalget

Hvor lang er den gennemsnitlige sagsbehandlingstid for byggetilladelser til enfamiliehuse i Ishøj? Kommunen har tidligere lovet 40 dage.

Venlig hilsen
Boligejerforeningen Ishøj
""")

M("p", """
Hej Kasper

Min nabo på Ishøj Strandvej 118 har sat sit hus til salg, og der har været fremvisninger hele weekenden. Jeg er bekymret for at en ny ejer vil fælde hækken som er fælles. Kan kommunen gøre noget hvis den bliver fældet?

Mvh Per Sloth
""")

M("", """
Hej Kasper

Hvem ejer hækken langs fortovet på Ishøj Strandvej – kommunen eller grundejerne? Den trænger til at blive klippet.

Mvh Per Sloth
""")

M("pe", """
Kære borgmester

Vores andelsbolig i A/B Ishøjgaard er sat til salg fordi jeg og min mand skal skilles. Vi har haft en køber, men andelsforeningens bestyrelse har afvist hende, og vi ved ikke hvorfor. Nu skal vi betale husleje to steder, og jeg kan ikke klare det.

Med venlig hilsen
Malene Kjærsgaard
""")

M("", """
Kære borgmester

Har kommunen nogen rolle i forhold til andelsforeningers godkendelse af købere? Jeg sidder i en bestyrelse og vil gerne kende reglerne.

Venlig hilsen
Ove Ring, A/B Ishøjgaard
""")

M("p", """
Til Byudvalget

Vi har fået et tilbud fra en developer på vores grund i Tranegilde (matr. nr. 7b), 4,2 mio. kr. Tilbuddet er betinget af at lokalplanen bliver ændret til etageboliger. Vi har ikke skrevet under endnu. Kan I sige noget om tidsplanen for den nye lokalplan?

Venlig hilsen
Jørn og Lise Engholm
""")

M("", """
Til Byudvalget

Vi er en gruppe grundejere i Tranegilde der er bekymrede for at developere opkøber grunde for at presse en ny lokalplan igennem. Vi mener at landsbykarakteren skal bevares.

Venlig hilsen
Tranegilde Landsbylaug
""")

M("pe", """
Hej Anne

Banken har varslet tvangsauktion over vores hus på Kirkebjerg Allé i februar, hvis vi ikke sælger inden. Vi har haft det til salg i et år. Vi har to børn i skolen her. Er der noget kommunen kan gøre, fx lån til ejendomsskatten?

Mvh
Sebastian og Camilla Holm
""")

M("", """
Hej Anne

Hvor mange tvangsauktioner har der været i Ishøj i 2025? Jeg skriver en opgave om boligmarkedet i Storkøbenhavn.

Mvh
Asger, studerende
""")

M("p", """
Kære borgmester

Jeg er ejendomsmægler og skriver på vegne af min sælger, Hanne Vinther, Ishøj Søvej 40. Vi har en køber der har budt, men som vil have at kommunen bekræfter at der ikke er planlagt en vej bag grunden. Kan I skriftligt bekræfte det?

Med venlig hilsen
Sune Ravn, Ravn Bolig
""")

M("", """
Kære borgmester

Handlen på vores hus på Ishøj Søvej blev endeligt afsluttet i juni, og vi er glade for at bo her. Vi vil gerne sige tak for hurtig behandling af vores byggesag. 

Med venlig hilsen
Familien Skov
""")

M("", """
Hej

Vi har købt hus i Ishøj Landsby for tre år siden, handlen er for længst på plads. Men vi har nu opdaget at carporten ikke er lovliggjort. Hvad gør vi?

Mvh
Tanja og Lars Fischer
""")

M("phe", """
Kære Morten

Min mor på 86 er flyttet på plejehjem efter et fald hvor hun brækkede hoften. Vi har sat hendes rækkehus på Baldersbækvej til salg, og der er en køber på vej, men han vil have kommunens tilladelse til at fjerne en bærende væg først. Kan I fremskynde sagen?

Mvh
Kirsten Bjerre
""")

M("p", """
Hej Teknik og Miljø

Kommunen har en grund til salg i Ishøj Erhvervsområde (Industrivej 6). Jeg har budt 2,1 mio. kr. som privat investor og har fået at vide at der også er et andet bud. Hvornår bliver der truffet beslutning? Jeg har finansieringen klar til 1. marts.

Venlig hilsen
Michael Dam
""")

M("", """
Hej Teknik og Miljø

Hvornår sælger kommunen de nye storparceller i Ishøj Landsby? Og hvordan bliver de solgt – lodtrækning eller højeste bud?

Venlig hilsen
Simon
""")

M("p", """
Kære Lone

Vores kolonihavehus i Haveforeningen Strandhaven er sat til salg via foreningens venteliste. Den første på listen har sagt ja, men vil først underskrive når kommunen har godkendt det lille skur vi har bygget. Kan du hjælpe med at få det igennem?

Hilsen
Bo og Anita Hviid
""")

M("pt", """
Kære borgmester

Jeg er af pakistansk oprindelse og har forsøgt at købe et hus i Ishøj Landsby. Jeg har budt på tre huse, altid over udbudsprisen, men sælgerne vælger andre. Den seneste mægler sagde direkte at "sælgerne foretrækker et dansk par". Jeg har netop budt igen på et hus på Gildbrovej og venter på svar.

Med venlig hilsen
Imran Qureshi
""")

M("", """
Kære borgmester

Der skal være mere blandede boligformer i Ishøj. Det er forkert at nogle bydele næsten kun har almene boliger og andre kun parcelhuse. Det skaber en opdelt by.

Med venlig hilsen
Helle Jønsson
""")

M("pe", """
Hej Kasper

Min kæreste og jeg har købt vores første lejlighed – det vil sige, vi har skrevet under, men advokaten har ikke godkendt endnu, og banken skal lige have min lønseddel. Jeg har lige fået en fyreseddel fra mit job. Hvis banken opdager det, ryger handlen. Hvad gør jeg? Jeg har ingen at spørge.

Hilsen Nikolaj
""")

M("p", """
Kære Teknik- og Miljøudvalg

Vi har fået et bud på vores erhvervsgrund i Industrikvarteret fra en virksomhed, der vil etablere et lager. Købsaftalen er betinget af miljøgodkendelse. Vi har endnu ikke underskrevet. Kan vi få et forhåndssvar på om miljøgodkendelse er realistisk?

Med venlig hilsen
Jensen & Søn Maskinfabrik ApS
v/ Peter Jensen
""")

M("", """
Kære Teknik- og Miljøudvalg

Hvilke virksomheder kan få miljøgodkendelse i Ishøj Industrikvarter? Er der nogen begrænsninger i forhold til lagerbygninger?

Mvh
Anders Wulf, arkitekt
""")

M("ps", """
Hej Anne

Min mand Rasmus og jeg (vi er to mænd, hvis du undrer dig) har købt et hus i Ishøj Landsby med overtagelse 1. april, men handlen er betinget af at vi kan sælge vores lejlighed i København først. Vi vil gerne vide om der er plads i børnehaven på Landsbyvej til vores datter fra april.

Mvh
Christian Holm-Nielsen
""")

M("", """
Hej Anne

Er der ledige pladser i børnehaverne i Ishøj Landsby fra april? Vi overvejer at flytte til kommunen.

Mvh
Christian
""")

M("p", """
Til Byudvalget

Jeg er interesseret i at købe den gamle smedje på Tranegilde Bygade, som ejes af min onkel. Vi er ved at forhandle pris, men inden jeg byder endeligt vil jeg gerne vide om kommunen vil tillade at den ombygges til bolig.

Venlig hilsen
Laura Tranegaard
""")

M("", """
Til Byudvalget

Den gamle smedje i Tranegilde er et fredet bevaringsværdigt hus. Det skal bevares som kulturarv. Jeg håber ikke kommunen vil tillade ombygning.

Mvh
Lokalhistorisk Forening for Ishøj
""")

M("pe", """
Kære borgmester

Min eksmand og jeg ejer vores hus på Industrivej i fællesskab. Han vil ikke sælge, jeg vil. Nu har vi en køber der har budt 3,1 mio., og min advokat siger at jeg kan kræve tvangssalg gennem skifteretten. Jeg er på kontanthjælp og kan ikke betale min halvdel af lånet mere. Kan kommunen hjælpe med gældsrådgivning?

Mvh
Susanne Berg
""")

M("", """
Kære borgmester

Tilbyder kommunen gratis gældsrådgivning? Jeg har en ven der har brug for det, men han ved ikke hvor han skal henvende sig. Det er ikke mig, og jeg kender ikke hans situation i detaljer.

Mvh
Martin
""")

M("p", """
Hej Morten

Naboen i nr. 9 på Kærholmvej har sat sin lejlighed til salg, og mægleren har skrevet i salgsopstillingen at der "er mulighed for at leje parkeringsplads hos kommunen". Det er ikke rigtigt, vi har ventet i 3 år. Kan du få kommunen til at rette det, før nogen køber på forkert grundlag?

Mvh
Tove
""")

M("p", """
Kære udvalgsformand

Vi er to søstre der har arvet vores fars sommerhusgrund ved Ishøj Strand. Vi har en køber, men handlen er i stå fordi kommunen ikke har svaret på vores spørgsmål om byggelinjen. Køberen har sagt hun trækker sig efter nytår.

Med venlig hilsen
Anne og Karen Thygesen
""")

M("", """
Kære udvalgsformand

Hvad er byggelinjen langs Ishøj Strand? Jeg har hørt at den er blevet ændret med den nye kystbeskyttelse.

Venlig hilsen
Bent Laursen
""")

M("pt", """
Kære borgmester

Vi er en polsk familie, der har boet til leje i Ishøj i 10 år. Nu vil vi købe den lejlighed vi bor i, for udlejeren vil sælge. Vi har budt 1,8 mio., og han overvejer. Men banken spørger om kommunen har planer for området. Kan I svare?

Med venlig hilsen
Katarzyna og Piotr Wiśniewski
""")

M("", """
Kære borgmester

Jeg har hørt rygter om at kommunen vil købe ejendommen på Ishøj Centervej 5. Er det rigtigt? Det vil jeg gerne vide som nabo.

Mvh
Hanne Bruhn
""")

M("pb", """
Kære byrådsmedlemmer

Ishøj Islamiske Kulturcenter har afgivet et bud på den tidligere skolebygning på Ishøj Skolevej. Som bestyrelsesformand og som troende muslim vil jeg gerne understrege at bygningen skal være åben for alle. Vi afventer byrådets beslutning.

Med venlig hilsen
Abdullah Karimi
""")

M("", """
Kære byrådsmedlemmer

Jeg er imod at kommunen sælger den tidligere skolebygning på Ishøj Skolevej til et trossamfund. Bygningen bør bruges til kommunale formål, fx ungdomsboliger.

Med venlig hilsen
Poul Sønderby
""")

M("pu", """
Hej Lone

Jeg er murer og medlem af BJMF, og jeg er ved at købe en byggegrund i Vildtbanen sammen med min bror. Vi har skrevet en betinget købsaftale. Vi vil gerne bygge huset selv. Skal vi have særlig tilladelse for at gøre selvbyg?

Mvh
Dennis Kragh
""")

M("", """
Hej

Vi sælger ikke alligevel – huset på Vejledalen er taget af markedet. Tak for jeres svar om byggelinjen. Sagen kan lukkes.

Mvh
Per og Gitte Lassen
""")
