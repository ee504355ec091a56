# Beliefs (political, religious, philosophical) and trade-union membership.
from common import M, C

# ---------------------------------------------------------------- BELIEF
M("b", """
Kære Merete

Som socialdemokrat gennem 40 år mener jeg, at partiet svigter sine egne kerneværdier, når I skærer i rengøringen på plejecentrene. Jeg har stemt på dig hver gang, men det bliver ikke næste gang, hvis det her går igennem.

Med venlig hilsen
Bent Kjeldsen
""")

M("b", """
Hej

Jeg er medlem af Enhedslisten i Ishøj og vil gerne høre, hvordan man søger om at stille en stand op på Ishøj Bytorv op til valget. Skal vi have tilladelse fra kommunen eller fra centret?

Venlig hilsen
Sofie Madsen
""")

M("b", """
Til Ishøj Skole

Min søn er muslim og beder gerne middagsbøn, når det passer ind. Han spørger, om han må bruge et tomt klasseværelse i frikvarteret de dage, hvor han har lange dage. Han vil ikke forstyrre nogen.

Venlig hilsen
Hamid
""")

M("b", """
Hej

Jeg er katolik og vil gerne have min mor begravet efter katolsk ritual på Ishøj Kirkegård. Er det muligt at få en præst fra Sankt Knuds Kirke til at forestå ceremonien på kirkegården, eller skal det foregå i folkekirken?

Mvh
Teresa Kowalczyk
""")

M("b", """
Hej

Som Jehovas Vidne ønsker jeg ikke, at min datter deltager i fødselsdagsfejringer og julearrangementer i børnehaven. Vi vil gerne tale med lederen om, hvordan det kan gøres uden at hun føler sig udenfor.

Venlig hilsen
Ruth Lindberg
""")

M("b", """
Kære skolebestyrelse

Vi er ateister i vores familie og vil gerne have vores søn fritaget fra kristendomskundskab og fra skolens julegudstjeneste i kirken. Hvordan gør vi det formelt?

Med venlig hilsen
Jacob og Mette Ravn
""")

M("b", """
Kære Kristian

Jeg stemte på Dansk Folkeparti ved sidste valg, og jeg håber, I holder fast i jeres løfte om flere hjemmehjælpstimer. Hvornår kommer det på dagsordenen?

Mvh
Erling
""")

M("b", """
Hej

Jeg har været medlem af Venstre i 30 år og formand for den lokale vælgerforening i 10. Jeg vil gerne have en aktindsigt i sagen om salget af Vejleå Skoles gamle sportshal.

Med venlig hilsen
Poul Henriksen
""")

M("b", """
Hej

Vores frikirke, Pinsekirken i Ishøj, søger om tilladelse til at holde en udendørs gudstjeneste i Ishøj Strandpark den 15. juni. Jeg er præst i menigheden og kontaktperson.

Venlig hilsen
Pastor David Lind
""")

M("b", """
Hej

Min søn er sikh og bærer turban. Svømmehallen har sagt, at han ikke må have sit hovedklæde på i svømmeundervisningen. Vi vil gerne finde en løsning, der respekterer hans tro.

Mvh
Harpreet Singh
""")

M("b", """
Hej

Jeg er buddhist og mediterer hver morgen. Jeg vil gerne foreslå en meditationsgruppe på Ishøj Bibliotek, som er åben for alle. Kan jeg booke et lokale gratis?

Venlig hilsen
Karsten
""")

M("b", """
Kære borgmester

Jeg har været medlem af Det Konservative Folkeparti, siden jeg var 18. Men I har skuffet mig med beslutningen om at lukke Ishøj Landsbys bibliotek. Jeg beder jer genoverveje det.

Med venlig hilsen
Inger Juul
""")

M("b", """
Hej Pernille

Jeg er aktiv i SF i Ishøj og arbejder for flere grønne områder. Kan vi mødes og tale om forslaget om at plante træer langs Ishøj Parkvej?

Venlig hilsen
Trine Bach
""")

M("b", """
Hej

Som radikal vælger og tidligere kandidat til byrådet vil jeg gerne opfordre jer til at genoverveje nedskæringerne i kulturlivet.

Mvh
Lars Gammelgaard
""")

M("b", """
Hej

Jeg er medlem af Liberal Alliance og synes ejendomsskatten i Ishøj er alt for høj. Men det er ikke det, jeg skriver om: Jeg vil gerne vide, hvornår min ejendomsvurdering bliver behandlet.

Mvh
Michael
""")

M("b", """
Hej

Vi er veganere af etiske grunde og ønsker ikke, at vores børn får kød eller mælkeprodukter i vuggestuen. Kan køkkenet lave vegansk mad til dem?

Venlig hilsen
Emma og Frederik
""")

M("b", """
Kære byrådsmedlem

Jeg er pacifist og har været militærnægter. Jeg synes ikke, at kommunen bør arrangere Forsvarets Dag på skolerne, og jeg vil ikke have, at min søn deltager.

Med venlig hilsen
Ole
""")

M("b", """
Hej

Vi er medlemmer af Mosaisk Trossamfund og holder sabbat. Vores søn har fået tildelt svømmeundervisning lørdag formiddag. Er der mulighed for en anden dag?

Venlig hilsen
Rachel Melchior
""")

M("b", """
Hej

Jeg er frivillig i moskeen på Ishøj Strandvej og vil gerne høre, om vi kan låne kommunens borde og stole til Eid-fest i juli.

Mvh
Bilal
""")

M("b", """
Hej

Jeg er troende kristen og kan ikke med min samvittighed deltage i vielser af par af samme køn som frivillig kirkesanger. Dette er ikke en kritik af nogen, bare en forklaring på, hvorfor jeg melder fra.

Venlig hilsen
Kirsten Vang
""")

M("b", """
Kære Ishøj Byråd

Jeg har lige meldt mig ind i Nye Borgerlige, fordi jeg synes, at byrådet ikke tager trygheden alvorligt. Jeg vil gerne stille spørgsmål ved borgerspørgetiden på næste byrådsmøde.

Mvh
Dennis
""")

M("b", """
Hej

Vi er fra Alternativet i Ishøj og vil gerne afholde et klimamøde i Kulturhuset. Jeg er lokalformand. Kan vi booke salen den 20. april?

Venlig hilsen
Karoline Bech
""")

M("b", """
Hej

Jeg har altid været kommunist og vil stadig være det, men jeg vil også gerne have en ordentlig ældrepleje. Jeres forslag til budget er en skandale.

Mvh
Henning, 78
""")

M("b", """
Hej

Jeg er en del af Indre Mission og vi vil gerne låne en skolegymnastiksal til et bibelstudie-arrangement for unge. Koster det noget?

Mvh
Johannes Bach
""")

M("b", """
Hej

Jeg bærer tørklæde pga. min tro, og jeg er blevet afvist til en praktikplads i en kommunal institution. Lederen sagde, at det "ikke passede ind". Jeg vil gerne klage.

Venlig hilsen
Leyla
""")

M("b", """
Kære borgmester

Jeg har været aktiv i Extinction Rebellion i fem år, og jeg er dybt overbevist om, at vi står over for en klimakatastrofe. Jeg vil bede byrådet erklære klimanødsituation i Ishøj.

Med venlig hilsen
Asger
""")

M("b", """
Hej

Jeg har stemt på Socialistisk Folkeparti hele mit liv, men jeg vil gerne fortælle dig, Kim, at du har gjort et godt stykke arbejde med cykelstierne, selvom du er fra Venstre.

Hilsen
Else
""")

M("b", """
Hej

Jeg er humanist og vil gerne holde en borgerlig navngivningsceremoni for vores datter på rådhuset. Har I noget lignende?

Mvh
Maria
""")

M("b", """
Hej

Jeg er medlem af Moderaterne og vil gerne høre, om byrådets dagsordener kan gøres mere tilgængelige på nettet.

Mvh
Sebastian
""")

# ---------------------------------------------------------------- UNION
M("u", """
Hej

Jeg er medlem af 3F og arbejder som chauffør for kommunens leverandør af madudbringning. Vi har ikke fået overenskomstmæssig løn i tre måneder. 3F har sagt, at kommunen som ordregiver skal kontrollere leverandøren. Hvem hos jer har ansvaret for det?

Mvh
Kenneth Olsen
""")

M("u", """
Kære HR

Jeg er FOA-tillidsrepræsentant på Ishøj Seniorcenter og vil gerne anmode om et møde om de nye vagtplaner. Flere af mine kolleger har klaget over, at de ikke får 11-timersreglen overholdt.

Med venlig hilsen
Bente Mathiasen
""")

M("u", """
Hej

Jeg er HK-medlem og ansat i Borgerservice. HK har rådet mig til at skrive til jer om, at min løn ikke er reguleret efter overenskomsten fra 1. april.

Mvh
Anja Poulsen
""")

M("u", """
Hej Løn

Min fagforening, Dansk Metal, siger, at jeg skal have efterbetalt weekendtillæg for hele 2023. Jeg er ansat som smed på Materielgården.

Venlig hilsen
Morten Falk
""")

M("u", """
Hej

Jeg er pædagog i Børnehuset Ishøj og medlem af BUPL. Jeg vil gerne vide, om det er korrekt, at vi ikke får betalt for personalemøder efter kl. 17.

Mvh
Line
""")

M("u", """
Kære skolechef

Som tillidsrepræsentant for Danmarks Lærerforening på Vejleå Skole vil jeg gerne indkalde til et møde om arbejdstidsaftalen. Vi har flere kolleger, der er meget pressede.

Venlig hilsen
Jens Bruun
""")

M("u", """
Hej

Jeg er medlem af Krifa og vil gerne have, at min fagforening deltager i min tjenstlige samtale i næste uge. Er det i orden?

Mvh
Signe
""")

M("u", """
Hej HR

Dansk Sygeplejeråd har bedt mig skrive til jer om min ferieafregning. Jeg er medlem og ansat som sygeplejerske i hjemmesygeplejen.

Mvh
Mette Schou
""")

M("u", """
Hej

Jeg er elektriker og medlem af Dansk El-Forbund. Jeg har fået en advarsel fra min arbejdsleder i Ejendomsservice, og min fagforening vil gerne have en kopi.

Venlig hilsen
Simon Dyhr
""")

M("u", """
Hej

Som medlem af Blik- og Rørarbejderforbundet undrer jeg mig over, at kommunens udbud af VVS-service ikke stiller krav om overenskomst. Jeg vil bede byrådet se på sociale klausuler.

Mvh
Thomas Grøn
""")

M("u", """
hej jeg har snakket med min fagforning og de siger at jeg har ret til at se min personalesag. hvordan får jeg den

mvh kim
""")

M("u", """
Hej

Jeg har fået trukket fagforeningskontingent over lønnen, men jeg meldte mig ud af FOA i januar. Kan I stoppe det og betale pengene tilbage?

Venlig hilsen
Lotte Krog
""")

M("u e", """
Hej

Jeg er ledig og får dagpenge fra 3F's a-kasse. 3F har sagt, at jeg skal have godkendt et kursus hos jobcentret. Hvem skal jeg kontakte?

Mvh
Lars
""")

M("u", """
Hej

Jeg er socialpædagog på botilbuddet i Ishøj og medlem af Socialpædagogerne. Jeg er blevet bedt om at tage et ekstra vagtlag, men min TR siger, at det er i strid med overenskomsten.

Mvh
Pernille
""")

M("u", """
Hej

Som medlem af Serviceforbundet og ansat som vagt på rådhuset vil jeg klage over, at vi ikke får pauser.

Mvh
Ali Hamadi
""")

M("u", """
Hej

Jeg er jurist i kommunen og medlem af Djøf. Djøf mener, at min stilling er indplaceret forkert. Hvem i HR skal jeg tale med?

Mvh
Frederikke
""")

M("u e", """
Hej

Jeg har været ledig siden sommer og får dagpenge via FOA's a-kasse. FOA har hjulpet mig med at klage over en sanktion fra jobcentret. Hvornår får jeg svar?

Mvh
Dorte
""")

M("u", """
Hej

Jeg er tillidsmand for 3F på kommunens genbrugsplads og vil gerne indkalde til et MED-møde om de nye arbejdstider.

Mvh
Brian Lund
""")

M("u h", """
Hej

Jeg er medlem af Det Faglige Hus og vil gerne have en bisidder med til min samtale om sygefravær. Jeg har været syg med migræne 14 dage i år. Er det tilladt?

Mvh
Michelle
""")

M("u", """
Hej

Jeg er ingeniør i Byudvikling og medlem af IDA. IDA har bedt mig indhente min stillingsbeskrivelse. Kan I sende den?

Mvh
Rune
""")

M("u", """
Hej

Jeg er ansat som kontorassistent og medlem af HK Kommunal. Min afdelingsleder nægter at give mig afspadsering. HK siger, jeg skal skrive til HR.

Mvh
Tina
""")

M("u", """
Hej

Jeg er medlem af Lederne og institutionsleder i en af kommunens børnehaver. Jeg vil gerne have, at min fagforening deltager i forhandlingerne om min nye kontrakt.

Venlig hilsen
Kristine
""")

M("u", """
Hej

Som fællestillidsrepræsentant for 3F i Ishøj Kommune vil jeg gerne have en kopi af den nye lønpolitik, før den bliver forhandlet i Hoved-MED.

Venlig hilsen
Jesper Holst
""")

M("u", """
Hej

Jeg er fagligt organiseret i FOA og vil gerne vide, om kommunen har en aftale om seniordage, som også gælder for deltidsansatte.

Mvh
Grete
""")

M("u", """
Kære borgmester

Jeg skriver som formand for 3F Vestegnens afdeling og på vegne af vores medlemmer i kommunens rengøring. Vi vil gerne have et møde om udliciteringen.

Med venlig hilsen
Henrik Nørgaard
""")

M("u", """
Hej

Mit medlemskab af Dansk Metal er grunden til, at jeg bliver holdt uden for overtid, tror jeg. Min mester siger, at "fagforeningsfolk" skal lære at stå på egne ben. Det er en kommunal entreprise. Kan I se på det?

Mvh
Jacob
""")

M("u h", """
Hej

Min TR fra HK har hjulpet mig med at skrive denne mail: Jeg har været sygemeldt med en depression siden januar og ønsker en fastholdelsessamtale med gradvis tilbagevenden.

Mvh
Kirsten
""")

M("u h", """
Hej

Jeg er ny i Ishøj og medlem af 3F. Findes der en lokal afdeling, eller skal jeg til Glostrup? Og kan jeg få hjælp til min arbejdsskade? Jeg brækkede håndleddet på en byggeplads i Ishøj.

Mvh
Paulo
""")
