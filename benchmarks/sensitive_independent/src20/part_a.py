"""Part A: young people writing like text messages (lowercase, slang, emoji-free shorthand)."""
from common import M

M("e", """
hej er det her man skriver hvis man er flyttet hjemmefra og ik har råd til husleje?? min mor smed mig ud i søndags og jeg sover hos en ven på Ishøj Strandvej nu. jeg er 19 og går på hf
/mathias
""")

M("he", """
hej hej
kan i flytte min samtale på jobcentret, har fået konstateret kyssesyge og lægen siger jeg ik må lave noget de næste 3 uger lol
mvh emil bertelsen
""")

M("", """
yo hvornår åbner skøjtebanen ved bycentret igen?? det var fedt sidste år
""")

M("s", """
hej, jeg er 16 og vil gerne høre om der findes en ungegruppe her i ishøj for queer unge?? jeg er bi og kender ingen andre der er det på min skole. ik sig det til mine forældre pls
""")

M("", """
hej jeg skal skrive opgave om ungdomsklubber i dansk og vil høre hvor mange unge der kommer i klubben på vejlebrovej om ugen. bare et ca tal er fint tak
/freja 8.b
""")

M("he", """
hej
min sagsbehandler har ik svaret i 2 uger. jeg får uddannelseshjælp og den er ik gået ind denne måned. jeg har adhd og kan ik overskue at ringe til jer, derfor skriver jeg. kan nogen plz tjekke det
cpr [[030503-4127]]
jonas
""")

M("t", """
hej borgmester. jeg er 17 og har en tyrkisk far og dansk mor og folk i bussen 300S kalder mig alt muligt. chaufføren gjorde ingenting i går da en mand sagde jeg skulle tage hjem til mit eget land. kan kommunen gøre noget ved det eller er det kun movia
""")

M("", """
hvorfor er der aldrig lys på stien bag ishøj station om aftenen?? det er mega utrygt at gå der efter fodbold
""")

M("eh", """
hej. jeg er gravid i 5. måned og min kæreste er skredet. jeg bor på et værelse i vildtbanegård og får su men det rækker ik til noget. kan jeg få hjælp til barnevogn og den slags? og hvem skal jeg snakke med
mvh sara k
""")

M("u", """
hej jeg har lige startet som lærling hos en elektriker og har meldt mig ind i dansk el-forbund. skal jeg sende noget til jer om det eller har det ik noget med kommunen at gøre?
""")

M("", """
hej er der nogen fra byrådet der gider komme ud på ishøj gymnasium og snakke om klima? vi laver en temadag d. 12 marts
mvh elevrådet
""")

M("b", """
yo. jeg er muslim og faster under ramadanen, og svømmeundervisning i 9. klasse ligger lige kl 12 hvor jeg er helt flad. kan skolen rykke det eller får jeg fravær??
/yasin
""")

M("e", """
hej min lillebror på 14 er blevet anbragt på et opholdssted i jylland og jeg må ik besøge ham fordi "der er ikke aftalt samvær med søskende". det er sygt. hvem bestemmer det?? jeg er 20
mvh camilla (storesøster til noah)
""")

M("", """
hvornår kommer der wifi på biblioteket der virker?? det falder ud hele tiden
""")

M("s", """
hej jeg og min kæreste mads skal flytte sammen og vi er begge 18. vi har hørt man kan få hjælp til indskud hvis man er ung? vi er to drenge hvis det gør nogen forskel for noget haha
/oliver
""")

M("h", """
heeej
jeg er sygemeldt fra min praktik pga stress og angst og min lærer siger jeg skal kontakte jer om forlængelse af min uddannelsesaftale. hvem skal jeg skrive til?? 
mvh julie 2.år ernæringsassistent
""")

M("", """
hej hvad koster det at leje hallen på ishøj idrætscenter en lørdag aften til en fødselsdag? vi er ca 40 stk
""")

M("he", """
hej jobcentret
jeg er 24 og på kontanthjælp og har lige fundet ud af jeg er ordblind. min lærer på VUC siger jeg kan få IT-rygsæk. skal i betale det eller skolen?
cpr: [[190800 4412]]
mikkel
""")

M("b", """
hej jeg er aktiv i Extinction Rebellion og vi vil gerne lave en stille demo foran rådhuset d. 3 juni. skal vi søge om lov hos jer eller politiet?
mvh kasper r
""")

M("", """
hej, er det rigtigt at man ik må grille på stranden længere? min ven sagde der kom bøder
""")

M("t", """
hej. jeg er adopteret fra Colombia og vil gerne finde mine biologiske forældre. har kommunen nogen papirer fra dengang jeg kom i 2004 eller er det kun ankestyrelsen
mvh valentina
""")

M("e", """
hey, jeg har fået en bøde fra jer på 750 kr for parkering og kan sgu ik betale den før d. 1. er på su og har 211 kr på kontoen. kan jeg dele den op?
""")

M("s", """
hej
jeg er trans og lesbisk og vil høre om ungdomsskolen har nogen safe space ting. jeg har det ik fedt i klubben
/ally
""")

M("", """
er der nogen der ved om der er sommerjob i kommunen for unge under 18? fx grøn pedel eller sådan noget
""")

M("h", """
hej hej. min mor er på hospitalet med en blodprop i hjernen og jeg er 17 og passer mine to småsøskende. de skal i skole i morgen og jeg aner ik hvad jeg skal gøre. kan nogen ringe til mig 31 45 22 09
-aya
""")

M("u", """
hey jeg er 19 og arbejder i netto og har lige meldt mig ind i HK ungdom. min chef siger jeg ikke må tage til jeres ungdomsråd møde i arbejdstiden, er det lovligt?
""")

M("", """
hej hvad sker der med skaterbanen ved strandparken? den har været lukket siden påske
""")

M("eh", """
hej. jeg er hjemløs lige nu og sover i en opgang på Ishøj Boulevard. jeg har diabetes og har ik haft insulin i 3 dage fordi mine ting blev stjålet. hvor kan jeg gå hen i dag
""")

M("", """
hej! kan man låne en gokart bane til vores klasse sommerfest eller er det kun foreninger der kan det? :))
""")

M("t", """
hej jeg er halvt somalisk og mine klassekammerater kalder mig ting i vores snap gruppe. læreren siger det er "uden for skoletid" og ikke hendes problem. kan i gøre noget
/hodan 7.a strandgårdskolen
""")

M("b", """
hej. jeg er konverteret til katolicismen sidste år og vil gerne skifte fra folkekirkens konfirmationsforberedelse til den katolske. skal skolen vide det eller hvordan
mvh sebastian
""")

M("e", """
yo jeg er lige kommet ud fra vestre fængsel efter 8 mdr og har ingen bolig. min kriminalforsorg-kontakt siger jeg skal skrive til jer. jeg hedder danny larsen og er 22
""")

M("", """
har i nogen statistik over hvor mange unge i ishøj der får uddannelseshjælp? skal bruge det til en samfundsfagsopgave
""")

M("h", """
kan i sende min læge papirerne om mit flexjob-forløb? jeg har gigt i ryggen og han skal skrive noget
mvh Nicklas Ebbesen
""")

M("se", """
hej jeg er 17, bøsse og har lige sprunget ud. min far er smidt mig ud og jeg bor hos min moster på Tranegilde Strandvej. hvem kan hjælpe mig
""")

M("e", """
hej min mor har ik råd til mit klubkontingent længere og jeg må stoppe til håndbold. findes der noget støtte? hun er enlig og arbejdsløs
/laura 13 år
""")

M("", """
hej hvornår er der valg til ungdomsrådet? og kan man stille op hvis man er 15
""")

M("hs", """
hej, jeg er en pige på 18 og har en kæreste der hedder Ida. vi har begge depression og går til samme psykolog. vi vil gerne bo sammen i en ungdomsbolig. kan man søge som par?
""")

M("u", """
hej borgmesteren, jeg er tillidsrepræsentant for de unge i mcDonalds i bycentret (3F) og vil gerne snakke om de manglende busser om natten. mange af os har lukkevagt
/ahmad
""")

M("", """
hej! er det muligt at få en praktikplads hos kommunen i 9. klasse? jeg vil gerne være sagsbehandler eller politi
""")

M("bt", """
hej jeg er sikh og vil gerne have lov til at bære min turban til idræt. min gymnastiklærer siger den skal af. mine forældre er fra punjab og vi har altid båret den. hvad siger reglerne
/gurpreet
""")

M("he", """
hej min psykiater har anbefalet et bosted men min mor siger jeg bare skal tage mig sammen. jeg er 18 og har skizofreni. kan jeg selv søge om det? har ingen penge og er på kontanthjælp
[[100405 9831]]
""")

M("", """
skolevejen ved gildbrohøj er farlig, bilerne kører alt for stærkt. kan i ikke sætte bump op
""")

M("p", """
hej, min kæreste og jeg har budt på en lejlighed i andelsforeningen på Ishøj Søvej, men vi mangler svar fra banken. må vi stadig stå på jeres ungdomsboligliste imens?
""")

M("e", """
heyyy. min far sidder i fængsel og jeg skal bruge en udtalelse fra jer for at kunne besøge ham. jeg er 15. hvem skriver det?
""")

M("", """
hvem bestemmer hvilke film der bliver vist i biografen i kulturhuset? vi vil gerne have en anime aften
""")

M("ts", """
hej jeg er 19, palæstinenser og homo. min familie ved det ikke. jeg har brug for at snakke med nogen om bolig fordi det bliver umuligt at bo hjemme. skriv ik til min mail hjemme plz
""")

M("h", """
hej jeg har epilepsi og må ikke køre knallert. kan jeg få buskort betalt så jeg kan komme til erhvervsskolen?
mvh tobias n.
""")

M("", """
hej er det gratis at komme i svømmehallen hvis man er under 18?
""")

M("u", """
min a-kasse er fagligt fælles forbund og de siger jobcentret har lavet fejl i min plan. hvem skal ringe til hvem?? jeg gider ik være bud
""")

M("e", """
hej. jeg er 23 og har 47.000 kr i gæld til sms-lån og kan ikke se mig ud af det. kan kommunen hjælpe eller skal jeg gå til nogen andre
""")

M("", """
hej hvor kan man aflevere pant i ishøj landsby? 
""")

M("b", """
hej jeg er medlem af Radikal Ungdom og vi vil gerne lave en bod på torvet i weekenden. skal vi have tilladelse
/freja
""")

M("", """
hej skal man betale for at tage knallertkørekort gennem ungdomsskolen?
""")
