"""corpus36 part G: a last batch of property trades, and hard negatives - the same everyday words about things, firms, sport and people in general, staff on their own work, bills without hardship, and CPR-like numbers that are not CPR numbers."""
from common import M

M("p", """Hej Ole
Vores bud på Ishøj Landsby 7 er accepteret, men vi har 6 hverdages fortrydelsesret og vil gerne vide inden da om der planlægges noget på marken bagved.
Mvh Julie og Asger""")

M("p", """Kære Teknik
Jeg sælger mit sommerhus-lignende hus i Tranegilde, og køberen er i tvivl om det må bruges til helårsbeboelse. Aftalen er ikke underskrevet endnu. Hvad er reglerne for netop den ejendom?
Hilsen Vagn Friis""")

M("pe", """hej, jeg er nødt til at sælge min andelslejlighed fordi jeg ikke kan betale boligafgiften mere efter min mand døde og hans pension forsvandt. der er en interesseret køber. skal kommunen vide noget? Hilsen Edith""")

M("p", """Kære Merete
Som ejer af Strandcaféen har jeg modtaget et tilbud fra en køber, der vil overtage forpagtningen og bygningen. Vi forhandler stadig. Er det rigtigt at kommunen har forkøbsret?
Mvh Bo Strand""")

M("pt", """Hej. Vi er en syrisk familie, der har lejet i 10 år og nu har fået lov at købe vores rækkehus af boligselskabet. Skødet er ikke underskrevet. Vi vil vide om der kommer ekstra ejendomsskat. /Nour og Bassam""")

M("ph", """Kære Ole
Min mor er flyttet ind hos os, fordi hun ikke kan være alene efter sine fald. Hendes lejlighed på Ishøj Strandvej er sat til salg, og der er en køber, men vi mangler en tilladelse til at fjerne en væg. Hvor hurtigt kan det gå?
Venlig hilsen
Peter Ladegaard""")

M("", """Hej. Mit ordrenummer er 2003851176 fra jeres webshop med Ishøj-krus. Pakken er ikke kommet.
Mvh Annie""")

M("", """Kære borgerservice. Mit sygesikringsbevis er gået i stykker - kan jeg få et nyt? Jeg hedder Pernille Dahl, Ishøj Søvej 2.""")

M("", """Bilag nr. 141272-0093 fra jeres regning for vinterberedskab ser forkert ud. Kan I sende en ny?
Hilsen Ishøj Grundejerforening""")

M("", """Mvh og tak for sidst. Telefon: 43 57 21 98. Jeg ringer igen om skoleskiltene på Vejledalen.
Klaus Dreyer""")

M("", """hej. vores bil kan ikke starte om morgenen når det er koldt, og der er ingen strøm på p-pladsen til motorvarmer. kan kommunen sætte stik op ved Strandgårdsparken? Mvh Jens""")

M("", """Kære Ole
Min fodboldklub har ikke vundet i 6 uger, spillerne er helt nede i kulkælderen og kan ikke se en bold. Men det jeg vil sige er, at banerne på Ishøj Idrætscenter er for dårligt vedligeholdt.
Mvh træner Bo""")

M("", """Til Økonomiudvalget
Jeg har læst at kommunens restancer er steget med 20% i år. Hvad gør I for at inddrive dem?
Hilsen en skatteyder""")

M("", """Kære Merete
Vi har en gammel hund, der ikke kan komme op ad trapperne mere. Må vi lave en lille rampe ved indgangen til vores rækkehus uden at søge?
Hilsen Kirsten""")

M("", """Hej jeg har hørt at kommunen vil give bøder til folk der sover i deres biler. er det rigtigt? det synes jeg er forkert overfor hjemløse generelt.
/Mia""")

M("", """Kære Socialudvalg
Jeg er pensioneret socialrådgiver. Jeg vil foreslå et gældsrådgivningstilbud i Ishøj, for jeg ved fra mit arbejdsliv hvor mange der har brug for det. Det er et generelt forslag.
Venlig hilsen
Lillian Ryberg""")

M("", """Hvad er åbningstiderne for Sundhedshuset mellem jul og nytår? Mvh Preben""")

M("", """hej. min telefon er død, skærmen er smadret 😭 kan man låne en pc på biblioteket og printe? /Jonas""")

M("", """Kære Ole Madsen
Jeg vil gerne rose hjemmeplejen. Jeg er pårørende til en bekendt, og jeg ser hvor hårdt de arbejder. I burde give dem flere penge.
Venlig hilsen
Ruth""")

M("", """Hej! Vi er nogle nabobørn der har lavet en loppemarked for at samle ind til Kræftens Bekæmpelse. Må vi stå på torvet på lørdag? Hilsen Ella, Bertram og Vilma""")

M("", """Kære borgerrådgiver
Jeg er ansat som hjælper i et bofællesskab og hjælper beboerne med bad og medicin. Vores vagtplan har ændret sig uden at vi blev spurgt. Jeg skriver som ansat, ikke om nogen beboer.
Mvh Sonja""")

M("", """Hej kommune
Varmeregningen er steget med 3.000 kr i år. Det er ikke et problem for os, men vi vil gerne vide hvorfor, når vi har sparet på varmen.
Mvh Jan og Gitte, Pilemølle 15""")

M("", """Kære Pia
Vores forening har fået en regning fra kommunen på 12.500 kr for leje af hallen. Det er 30% mere end sidste år. Vi kan godt betale, men vil gerne forstå stigningen.
Mvh Ishøj Badminton""")

M("", """Jeg har været på Glostrup Rådhus i dag for at se deres nye borgerservice. Ishøj kunne lære noget af den. Venlig hilsen Morten Steen""")

M("", """Hej. Jeg har lige set "Min søn er ikke som andre" på DR, en fin dokumentar. Burde den ikke vises på skolernes forældremøder?
Mvh Susanne""")

M("", """Kære udvalg
Huset ved siden af os i nr. 17 blev solgt i sommer, handlen er for længst på plads, og de nye naboer er flinke. Men de har lavet en hæk der er 3 meter høj. Må de det?
Mvh Leo Skov""")

M("", """Vi er et lille firma, og pengene slår ikke helt til i januar, så vi vil spørge om vi kan få en måneds henstand med betaling af erhvervsaffald. Kundenr. 0212891145.
Ishøj Rens ApS""")

M("", """Kære Ishøj Kommune
Hvor mange af kommunens borgere er på førtidspension? Jeg er studerende og skriver speciale.
Venlig hilsen Anna Krogh""")

M("", """hej, trænede håndbold i går og kunne ikke gå i dag lol, men det er bare ømme ben 😅 spørgsmål: hvornår åbner fitness i hallen igen efter renoveringen?""")

M("", """Kære Merete
Jeg er sygeplejerske i kommunens akutteam og vil gerne høre om vi kan få flere elbiler. Vi kører 200 km om dagen.
Mvh Tina Bak""")

M("", """Kære borgmester
Jeg er imod at kommunen bruger penge på en ny rådhusplads, når så mange familier ikke kan få pengene til at slå til. Brug dem på skolerne i stedet.
Hilsen Kurt Mose""")

M("", """Hej
Vores lejlighed fik nye vinduer og nyt køkken i år. Huslejen er steget 700 kr. Er det lovligt uden beboermøde?
Mvh Lars, Vejleåparken""")

M("", """Kære Ole
Min bil er blevet skiftet - hele motoren - og den kører som ny. Men der står stadig i jeres system at den har miljøzone-problem. Nummerplade AB 12 345.
Hilsen Frank""")

M("", """Hvor ligger nærmeste apotek, der har åbent om søndagen i Ishøj? /Jytte""")

M("", """Kære udvalg
Jeg er psykolog i PPR og vil gerne orientere om, at ventetiden til test af skolebørn er steget. Det er en faglig bekymring, ingen enkeltsag.
Venlig hilsen
Ulrik Sander""")

M("", """hej kommune, hvorfor skal man møde op på rådhuset hver gang man skal have et nyt pas? det burde kunne klares online. /Rasmus""")

M("", """Goddag
Vi er en gruppe pensionister der går tur hver onsdag. Stien langs Ishøj Strand er glat om vinteren, og vi er nervøse for at nogen falder. Kan der gruses?
Venlig hilsen Onsdagsholdet""")

M("", """Til Kultur- og Fritidsudvalget
Ishøj Teater har fået dårlige anmeldelser for sin seneste forestilling om en mand, der drikker for meget. Alligevel synes jeg I skal give dem tilskud igen.
Mvh Benny""")

M("", """Kære Merete
Kommunens nye hjemmeside er svær at finde rundt på, især for ældre. Kan der laves en telefonlinje i stedet?
Venlig hilsen Grete Holm""")

M("", """Hej, mit P-nummer er 1003745581. Vi vil gerne registrere vores nye filial på Industrivej hos kommunen. Hvad skal der til?
Mvh Hansen Logistik""")

M("", """Kære Ole
Jeg er ejendomsmægler i Ishøj og vil høre hvornår den nye lokalplan for Vejledalen bliver vedtaget. Flere af mine kunder spørger generelt.
Venlig hilsen
Lise Mølgaard, Home Ishøj""")

M("", """hej. er der nogen der har fundet en sort pung ved busstoppestedet på Ishøj Stationsvej? mit sygesikringskort og kørekort er i den. tlf 28 44 19 02 /Kim""")

M("", """Kære borgerrådgiver
Hvordan klager man over en afgørelse fra kommunen? Jeg spørger for min forening, som vil lave en guide.
Venlig hilsen
Frivilligcenter Ishøj""")

M("", """Hej
Jeg er kasserer i beboerforeningen, og vi har to lejere i restance med kontingentet - ikke huslejen, bare de 100 kr til foreningen. Må vi skrive navnene i bladet? Jeg nævner dem ikke her.
Mvh Jytte""")

M("", """Kære Pia
Vores kolonihave-forening har valgt ny bestyrelse. Vi vil gerne have et møde med kommunen om vandledningerne.
Hilsen Ishøj Haveforening""")

M("", """Hej, faktura 3011861457 fra SFO'en er betalt, men I har sendt en rykker. Kan I tjekke det? Mvh Carina""")

M("", """Kære Merete
Min mand og jeg vil gerne foreslå en ny legeplads ved Bredekær. Der er mange børnefamilier.
Mvh Hanne Kruse""")

M("", """Vi var på Glostrup Skøjtehal i weekenden. Kunne Ishøj ikke få en udendørs skøjtebane om vinteren? /familien Ravn""")

M("", """Kære Ole
Jeg har læst i avisen at mange ældre i Danmark føler sig ensomme og ikke kommer ud af sengen om morgenen. Hvad gør Ishøj for at forebygge ensomhed?
Venlig hilsen
Gerda Holt""")
