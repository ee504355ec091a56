"""corpus24 part F: short mixed-style mails with CPR numbers, property trades, orientation, belief and union."""
from common import M

M("p", """hej vi har fået accepteret et bud på rækkehuset på strandhøjen 44 men det er betinget af at vi sælger vores lejlighed først. skal kommunen ha besked om noget ift. fjernvarmen""")

M("h", """cpr [[081163-1277]] - jeg skal have fornyet mit handicap parkeringskort, jeg har stadig MS og går med stok. mvh lis""")

M("e", """mit cpr nr er [[2207891935]]. jeg har fået afslag på enkeltydelse til tandbehandling og vil klage. jeg lever af kontanthjælp og har ingen opsparing""")

M("p", """Kære Byggesag. Vi er ved at sælge vores grund på Torslunde Bygade til en udvikler, men han trækker den og vil først skrive under når lokalplanen er vedtaget. Hvornår behandles den i udvalget? Mvh. Hans og Inge Lauritsen""")

M("s", """hej jeg er asexual og er blevet spurgt af en sagsbehandler hvorfor jeg "ikke har fundet nogen endnu" - det har ikke noget med min sag at gøre, synes jeg. vil gerne klage. /signe""")

M("bu", """Jeg er medlem af Socialdemokratiet og af FOA, og jeg vil som social- og sundhedshjælper sige til udvalget at I skal lytte mere til os der arbejder i hjemmeplejen. Venlig hilsen Hanne Mikkelsen""")

M("t", """min mor er fra tyrkiet og min far er dansk. min lillebror bliver kaldt "perker" i SFO'en af en pædagog. jeg er 15 og skriver fordi min mor ikke tør. /emre""")

M("", """Hej. Jeg ville høre hvad kommunen gør mod racisme i skolerne. Jeg skriver en opgave om det i 9. klasse.""")

M("u", """hej kan i sende min lønseddel til min fagforening? jeg er i Det Faglige Hus og de skal tjekke mit overarbejde""")

M("", """kan man vælge hvilken fagforening man vil være i når man er ansat i kommunen? eller bestemmer overenskomsten det""")

M("s", """Hej. Min søn Tobias (14) har fortalt os at han er homoseksuel. Han vil gerne snakke med en voksen uden for familien. Har I nogen i ungeindsatsen der er gode til det? Kh far""")

M("b", """jeg er konverteret til islam for et år siden og vil gerne ha min søn fritaget fra svømning med piger. ja jeg ved det lyder mærkeligt. /Mette""")

M("", """hvad er reglerne for fritagelse fra svømning i folkeskolen?""")

M("pe", """hej. Vi er ved at blive skilt og huset skal sælges. der er en køber men han vil ha 200.000 ned i pris og min eksmand vil ikke. kan kommunen rådgive om noget? /jannie""")

M("", """ang. ansøgning om parkeringslicens cpr [[121103-4528]] (min søn, han har lige fået bil)""")

M("", """Hej jeg har ikke modtaget mit sundhedskort efter flytning. Cpr: [[310894–2266]]. Ny adresse: Ishøj Søvej 12, 1. tv.""")

M("t", """jeg er halvt grønlandsk og vil gerne ha min datter i grønlandsk modersmålsundervisning, findes det i ishøj?""")

M("", """findes der modersmålsundervisning i arabisk i ishøj kommune? hvilke sprog tilbyder i""")

M("su", """hej, jeg hedder Kristian og min mand Simon arbejder også i kommunen. Vi er begge i HK og vil høre om vi kan få samme ferie uge selvom vi er i samme afdeling. fagforeningen sagde vi skulle spørge jer.""")

M("e", """cpr [[030570-1440]] jeg har søgt om bostøtte fra socialpsykiatrien og har ikke hørt noget i 2 mdr""")

M("h", """personnummer [[1612862713]]. jeg er gravid i uge 20 og skal have ny termin dato sendt til jobcentret, mvh Line""")

M("bh", """vi er Jehovas Vidner og vil ikke have blodtransfusion til vores datter på hospitalet. sundhedsplejersken siger kommunen skal inddrages?? hvad betyder det. hilsen Ruth og Mogens""")

M("", """Hvordan tilmelder man sig valgstyrer til kommunalvalget? Jeg vil gerne hjælpe til""")

M("b", """jeg har været medlem af Dansk Folkeparti i 15 år men er gået over til Danmarksdemokraterne. vil gerne være valgstyrer for dem i ishøj. hvem skal jeg skrive til?""")

M("p", """hej!! vi har et bud på 2,1 mio på vores andelsbolig i vejleåparken, men den vurderingsmand foreningen har brugt siger 1,9. køber er klar. hvad gør vi??""")

M("", """vurderingsmand til andelsboliger, hvem betaler for den? generelt spørgsmål""")

M("s", """hej vi er to mødre, jeg og min kone Sara. Vi vil gerne ha vores søn på venteliste til Regnbuen. tak/Maja""")

M("u", """Jeg har været i 3F i 30 år og synes ikke det er i orden at kommunen bruger vikarbureauer på vejene. Det underbyder os. Hilsen en gammel vejmand, Leif""")

M("", """Hvorfor bruger kommunen vikarbureauer til vejarbejde? Er det billigere? Mvh Leif""")

M("t", """Hej, vores søn er adopteret fra Etiopien og han skal have hjælp i skolen med dansk. Lærerne tror han ikke kan dansk fordi han er sort, men han er født i dk og har boet her hele livet. Vi er trætte. Anne og Kim""")

M("h", """Cpr [[260948 0733]] min far er blevet blind på det ene øje og kan ikke selv læse breve fra jer. kan I sende til mig i stedet? Jeg har fuldmagt. Hilsen Mette, datter""")

M("", """kan man få breve fra kommunen sendt til sin datter hvis man ikke kan læse dem selv? hvad skal der til af fuldmagt""")

M("e", """[[0501931833]] - ang. mit gældsbrev til kommunen, jeg kan godt betale 300 om måneden, ikke mere, jeg er på SU og har 2 børn""")

M("", """Hej kan i rette mit cpr i systemet det står [[1808961234]] men mit rigtige er [[1808961243]] derfor virker nem konto ikke. mvh Ida""")

M("se", """min bror kom ud som bøsse og er blevet smidt ud hjemmefra. han er 17 og sover hos os. kan han få hjælp til egen bolig? /Sara""")

M("p", """Vi forhandler om køb af det gamle værksted på Ishøj Industrivej 9 og sælger vil ha svar på om kommunen vil bruge forkøbsret. Intet er underskrevet. Mvh. Nordvang Smede ApS""")

M("b", """jeg er buddhist og vil gerne ha min mors urne nedsat i en skovbegravelse uden præst. må man det i ishøj?""")

M("", """hvor kan man få sin urne nedsat i ishøj uden præst? spørger til min egen fremtid""")

M("u", """Jeg er fællestillidsrepræsentant for DSR på sundhedshuset og vil gerne sende jer en skrivelse om normeringen. Hvem er modtager?""")

M("te", """hej jeg er dansk-vietnamesisk og i personalet på plejehjemmet spørger min mor hele tiden hvor hun "egentlig kommer fra". hun er født i Saigon men har boet her i 40 år. det er trættende""")

M("ps", """hej vi er et par mænd der skal købe hus sammen, tobias og jeg (adam), vi har et bud inde på et hus i ishøj landsby. skal begge stå på skødet eller hvordan fungerer ejendomsskatten?""")

M("", """Hej. Her er mit CPR-nummer til ansøgningen om søskenderabat: [[2004821166]]. Og min mands: [[110980 1417]]. Mvh Heidi""")

M("", """Jeg hedder Jonas Brink, [[150206-4189]], og vil søge om fritidsjob i kommunen til sommer""")

M("et", """Hej, jeg er tamil og har boet i Danmark siden 1995. Min mand er død og nu skal jeg søge om enkepension og boligstøtte. Kan I hjælpe med papirerne? Hilsen Kamala""")

M("ub", """jeg er aktiv i Enhedslisten og i FOA og vil gerne sige at besparelserne i hjemmeplejen er en skandale. mvh kirsten""")

M("", """besparelserne i hjemmeplejen er en skandale, I må stoppe dem nu. mvh kirsten""")

M("h", """cpr [[091059-2048]] ang. min genoptræning efter knæoperationen. fysioterapeuten er holdt op og jeg har ikke fået ny tid""")

M("s", """hej, min kone er transkønnet og vi er to kvinder nu. vores ægteskab står forkert i registret. Mette""")

M("u", """hej jeg er i IDA og arbejder som ingeniør i teknisk forvaltning, vil bare lige sige at jeres nye byggesagssystem er fuldstændig ubrugeligt. mvh ole""")

M("p", """Vi er ved at sælge vores kolonihavehus i Strandparkens Haveforening og der er en køber, men bestyrelsen siger at kommunen skal godkende tilbygningen først. Kan I sende nogen ud?""")

M("e", """hej jeg er blevet smidt ud af min lejlighed og sover hos min ven på hans sofa. jeg har ingen adresse nu. hvordan får jeg min post? /mads""")

M("", """hvordan får man post hvis man ikke har fast adresse? generelt""")

M("tb", """Min kone og jeg er jøder og vi har fået en nabo der har tegnet hagekors på vores postkasse. Politiet er kontaktet, men vi vil gerne have at boligselskabet og kommunen ved det. Venlig hilsen David Melchior, Pilemølle Allé""")

M("", """Mvh
Kirsten Dahl
Vejleåvænget 3, 2635 Ishøj
cpr [[190362 4407]]""")

M("", """cpr: [[021099-3210]] - jeg ønsker at melde flytning til Tranegildevej 22""")
