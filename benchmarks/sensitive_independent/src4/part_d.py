"""corpus4, part d: sexual orientation and belief, with hard negatives."""
from common import M

# --- sexual orientation ---------------------------------------------------

M("s", """
Hej

Min kæreste og jeg (vi er begge kvinder) vil gerne giftes på rådhuset i september. Skal vi begge møde op for at bestille tid, eller kan det gøres online? Vi har prøvet jeres formular men den vil have "brudgom".

Hilsen Nanna og Line
""")

M("s", """
Til skolen / Center for Børn og Forebyggelse

Jeg er medmor til vores søn Viggo i 0.b. Alle beskeder på Aula går kun til hans mor, og jeg står som "anden kontakt". Jeg har fuld forældremyndighed sammen med hende. Kan det rettes?

Venlig hilsen
Stine Mølgaard
""")

M("s", """
hej vuggestuen. på indskrivningsblanketten står der mor og far. vores datter har to fædre 🙂 kan i lave den om så der står forælder 1 og 2? vi er ik sure bare lidt trætte af at rette den med kuglepen

Jakob og Ahmad
""")

M("s", """
jeg er 15 og bi og der er nogen i klubben der skriver ting om mig i en snapgruppe. de voksne i klubben siger de ik kan gøre noget fordi det er på snap. er det rigtigt??
""")

M("s", """
Kære Center for Børn og Forebyggelse

Vores søn på 14 fortalte os i sommer, at han er til drenge. Vi støtter ham fuldt ud, men han har det svært i klassen og vil ikke i skole. Har kommunen en ungerådgivning, hvor han kan tale med nogen om det?

Venlig hilsen
Hanne og Søren Vestergaard
""")

M("s", """
hej. jeg er selv fyr og min boyfriend og jeg vil gerne være frivillige i ungdomsklubben sammen, men lederen sagde "det kan give snak". må han sige det?? vh Mathias
""")

M("s", """
Hej

Jeg er 17 og aseksuel. I seksualundervisningen i 9. klasse blev det sagt at "alle" på et tidspunkt får lyst til sex, og at man ellers skal til lægen. Jeg synes det var meget forkert. Kan man klage over undervisningsmaterialet?

(vil gerne være anonym)
""")

M("s", """
hej!! jeg er pan og vil gerne starte en lgbt+ gruppe for unge i ungdomsklubben på tirsdage. vi er 6 stykker allerede. hvem ska jeg spørge om lokale? 🏳️‍🌈
""")

M("sb", """
Kære Kirkeudvalg / Ishøj Kommune

Jeg er lesbisk og praktiserende katolik, og jeg vil gerne vide om kommunens medborgerhus kan lejes til en lille velsignelse af min og min kones partnerskab, da vores egen kirke ikke vil. Er der regler for religiøse ceremonier i kommunale lokaler?

Med venlig hilsen
Teresa Kowalczyk
""")

M("s", """
Hej

Vi er en regnbuefamilie med to mødre og tre børn. Til skolefotografering i år står det på sedlen at "mor og far" skal være med på familiebilledet. Det er bare en lille ting, men kan I give fotografen besked?

Venlig hilsen
Mette og Ditte Kjærsgaard
""")

M("s", """
Hej

Naboen i nr. 18 kalder mig og min kone for "de to lebbere" og har malet på vores hoveddør. Politiet har fået en anmeldelse, men boligselskabet gør intet. Kan kommunen gøre noget?

Hilsen Annette
""")

M("se", """
Kære borgmester

Jeg er 78 år og bøsse, og jeg har lige fået bevilget plejebolig på Ishøjhjemmet. Jeg har levet åbent i 50 år, men jeg er bange for at skulle skjule mig igen blandt personale og beboere. Har plejecentret nogen politik for det?

Med venlig hilsen
Erling Friis
""")

M("s", """
Hej

Min datter på 16 har en kæreste, som er en pige fra parallelklassen. Nogle af de andre forældre har lavet en facebookgruppe, hvor de skriver grimme ting om dem. Skolen siger det er uden for skoletid. Hvad kan vi gøre?

Mvh Lene
""")

M("s", """
hej er der noget queer sted for unge i ishøj?? jeg er queer og 14 og har ik nogen at snakke med 😔 min mor ved det ik
""")

M("st", """
Hej

Jeg er sort og homoseksuel, og jeg oplever at blive råbt efter på vej hjem gennem Strandparken. Jeg har meldt det til politiet to gange. Kan kommunen sætte mere lys op ved stien?

Mvh Jean-Baptiste
""")

M("s", """
Hej

Vi er to mænd, der blev gift sidste år, og vi overvejer at blive plejefamilie. Er der særlige krav til os, og hvem skal vi tale med?

Mvh Martin og Jesper
""")

M("s", """
Hej

Jeg er biseksuel og min tidligere kæreste deler billeder af mig i en gruppe på nettet med teksten "hun kan ikke bestemme sig". Jeg bor i Ishøj og han også. Kan kommunen hjælpe mig, eller kun politiet?

Mvh Julie
""")

M("s", """
hey, me and my girlfriend (i'm a girl too lol) want to rent the little hall at the library for our 1 year anniversary party, like 30 people. how much and is it possible on a saturday? tak!! 🥳
""")

M("hse", """
Kære Center for Voksne og Velfærd

Jeg har været sammen med min kone Lise i 30 år. Hun har fået Alzheimers, og jeg passer hende alene derhjemme. Jeg er ved at knække. Kan vi få aflastning en weekend om måneden?

Venlig hilsen
Hanne Bruun
""")

M("s", """
hej. min bror han er homoseksuel og familien er meget vred på ham. han er 19 og bor stadig hjemme. han er bange. er der nogen sted han kan tale med nogen, uden at familie får at vide?
""")

M("s", """
Hej

Jeg er lige sprunget ud som lesbisk, og jeg vil gerne med i noget fællesskab. Er der nogen foreninger i Ishøj eller tæt på for voksne? Jeg er 41 og føler mig lidt for gammel til ungdomsgrupperne.

Mvh Pernille
""")

M("s", """
Hej kære dagtilbud

Mormor og hendes kæreste Inger henter Asta om torsdagen fra i dag. De er begge på listen i Aula nu. Bare så I ved det, hvis de nye vikarer spørger.

Hilsen Camilla (mor til Asta, Sommerfuglestuen)
""")

# --- belief ---------------------------------------------------------------

M("b", """
Hej skolen

Jeg er troende kristen og vil ikke have at min søn skal klæde sig ud som dæmon til Halloween-festen i klassen. Han må gerne være med, men i et andet kostume. Er det ok?

Venlig hilsen
Rebekka
""")

M("b", """
hej vi beder fem gange om dagen og min søn (14) vil gerne bede middagsbønnen i skolen. der er ik noget sted. kan han låne et tomt lokale i 10 min?? tak

Yusuf
""")

M("b", """
Kære borgmester

Jeg er medlem af Lokallisten Ishøj og sidder i bestyrelsen. Vi vil gerne holde et borgermøde om trafikken på Ishøj Strandvej i medborgerhuset. Kan vi låne salen gratis som andre foreninger?

Med venlig hilsen
Ulla Krogh
""")

M("b", """
jeg stemte på jer sidste gang (Radikale) fordi I lovede at redde Vildtbanens skov. nu skal der bygges alligevel. aldrig igen
""")

M("b", """
Hej

Som ateist vil jeg ikke have at min datter deltager i juleafslutningen i Ishøj Kirke med skolen. Skolen siger det er "kultur". Har vi ret til et alternativ?

Mvh Kristoffer Lind
""")

M("b", """
Hej svømmehallen

Min søn er sikh og bærer turban (patka). Livredderen har sagt at han ikke må bade med den. Den er lavet af svømmestof. Kan vi finde en løsning?

Mvh Harpreet Singh
""")

M("b", """
Hej

Jeg går med tørklæde pga min tro og fik at vide til samtalen om praktik i Vildtbanens Børnehus at det "kunne være et problem for nogle forældre". Er det lovligt at sige sådan i en kommunal institution?

Mvh Sumaya
""")

M("b", """
Hej

Vi er buddhister, og vores mor ønskede at hendes aske blev spredt over vandet ved Ishøj Strand. Må man det, og skal vi søge om tilladelse hos kommunen?

Venlig hilsen
Pham Minh og søskende
""")

M("bt", """
Dzień dobry / Hej

Vi er polske og katolikker, og der kommer ca. 80 til polsk messe i Ishøj hver anden søndag. Vi vil gerne låne skolens aula til en første kommunion i maj. Hvem skal vi spørge?

Med venlig hilsen
Piotr Zieliński
""")

M("b", """
hej. jeg er konverteret til islam for 2 år siden. min familie tager det ikke godt og min mor har sagt til min søns skole at han ik må få halal mad. hun har ik forældremyndighed, det har jeg. kan skolen høre på hende?

Mathilde
""")

M("b", """
Hej

Jeg er med i Pinsekirken, og vi vil gerne synge julesange på torvet i Ishøj Bycenter en lørdag i december. Skal vi have tilladelse fra kommunen eller kun fra centret?

Mvh Daniel Bonde
""")

M("b", """
Kære Kim

Jeg sidder i bestyrelsen for Enhedslisten i Ishøj, og vi vil gerne sætte en stand op ved stationen i forbindelse med 1. maj. Skal vi søge om råden over vejareal?

Kammeratlig hilsen
Sif
""")

M("b", """
Hej

Jeg er veganer af etiske grunde og ønsker at min søn Theo (2 år) får vegansk mad i vuggestuen. Køkkenet siger de kun laver vegetar. Er der en regel for det?

Mvh Amalie
""")

M("b", """
Hej

Jeg er aktiv i Extinction Rebellion, og vi vil lave en fredelig demonstration foran rådhuset, når budgettet skal vedtages. Skal vi give jer besked på forhånd?

Mvh Asger
""")

M("b", """
Kære skoleleder / skoleforvaltning

Jeg er pacifist og ønsker ikke, at min datter deltager i Forsvarets rekrutteringsdag, som skolen arrangerer for 9. årgang. Er den obligatorisk?

Med venlig hilsen
Ebbe Holm
""")

M("b", """
jeg har altid stemt DF men nu er jeg godt træt af at I ik gør noget ved knallerterne på stien ved Ishøj Strand
""")

M("b", """
Hej

Min mor var humanist hele sit liv og ønskede ikke nogen præst. Vi vil gerne holde en ikke-religiøs mindehøjtidelighed i kapellet på kirkegården. Er det muligt, og hvem styrer det?

Venlig hilsen
Jens Ole Bruun
""")

M("b", """
Hej

Vi er medlemmer af Mosaisk Trossamfund, og vores søn skal have fri til Yom Kippur, som i år falder på en onsdag. Skolen siger at det er "ulovligt fravær". Er det rigtigt?

Mvh Rachel og David Melchior
""")

M("b", """
Hej

Vi er hinduer og fejrer Diwali i oktober. Må vi tænde lys og små lerlamper på altanen og på fortovet foran blokken, eller er det brandfarligt efter reglerne?

Tak, Priya og Anand
""")

M("b", """
Hej

Mine børn er Jehovas Vidner ligesom jeg og deltager ikke i fødselsdage. Pædagogerne i SFO'en siger de er "mærkelige" foran de andre børn. Jeg vil gerne have et møde.

Venlig hilsen
Susanne Berg
""")

M("b", """
Hej

Jeg stiller op for SF til kommunalvalget og vil gerne vide hvornår man må hænge valgplakater op, og om der er steder hvor det er forbudt.

Mvh Laura Nørgaard
""")

M("b", """
hej jeg har lige meldt mig ind i Socialdemokratiet 🌹 og vil gerne være med i noget lokalt. hvordan finder jeg jeres lokalforening?
""")

M("b", """
Hej

Jeg er troende muslim og faster under ramadanen, som i år falder midt i mine eksamener på VUC. Kan min mundtlige eksamen flyttes til formiddagen?

Mvh Ibrahim
""")

M("b", """
Hej

Min nabo i nr. 5 er scientolog og lægger foldere i alle postkasser i opgangen hver uge og ringer på om aftenen. Kan boligselskabet eller kommunen stoppe det?

Hilsen Bjørn
""")

# --- hard negatives -------------------------------------------------------

M("", """
hej hvornår er copenhagen pride i år og kører der ekstra tog fra ishøj?
""")

M("", """
Hej

Min mand og jeg vil gerne leje festsalen i Ishøj Medborgerhus til vores sølvbryllup den 3. maj. Er den ledig?

Venlig hilsen
Karina Holst
""")

M("", """
min kæreste og jeg vil gerne låne grillen ved søen i weekenden. skal man booke den?
""")

M("", """
Hej

Må man have bistader i kolonihaven i H/F Tranegilde, eller skal man søge om det?

Mvh Svend, biavler
""")

M("", """
Kære byråd

Den regnbuefarvede fodgængerovergang ved rådhuset er spild af penge. Brug dem hellere på at reparere cykelstierne.

Mvh Poul
""")

M("", """
Hej

Min kone og jeg har boet på Gildbrovej i 30 år. Nu vil vi gerne have fjernet den gamle bøg på fortovet, den tager alt lyset. Hvem skal vi kontakte?

Venlig hilsen
Arne Damsgaard
""")

M("", """
Hej

Min partner og jeg driver caféen på havnen. Vi vil gerne søge om udeservering på 20 m2 fra 1. april. Hvilken blanket skal vi bruge?

Mvh Café Mågen v/ Tanja
""")

M("", """
Hej

Hvornår åbner den nye moské på Ishøj Stationsvej officielt, og vil der komme ekstra parkering?

Mvh Gert
""")

M("", """
Hvornår er der julegudstjeneste i Ishøj Kirke juleaften? Og er der børnegudstjeneste?
""")

M("", """
Hej

Vi samler ind til Folkekirkens Nødhjælp den 10. marts og vil gerne stå ved indgangen til rådhuset. Er det tilladt?

Mvh Tove, indsamlingsleder
""")

M("", """
Kære byrådsmedlem

Der er alt for få parkeringspladser ved Ishøj Station. Vi pendlere må holde i boligområdet. Vil du arbejde for en p-kælder?

Mvh Anette
""")

M("", """
Der står en madbod ved stationen, som sælger muslimsk mad (halal kebab). Har den tilladelse til at stå der hver dag? Den står lige i cykelstien.
""")

M("", """
valgplakaterne fra sidste valg hænger stadig på lygtepælene på Vejlebrovej. hvem skal fjerne dem??
""")

M("", """
jeg tror ik at skraldebilen har været her i denne uge, den grønne spand er fuld. Tranegilde 22
""")

M("", """
Hej

Hvor mange timer kristendomskundskab har 7. klasse på de kommunale skoler i Ishøj? Jeg skriver en opgave på seminariet.

Mvh Signe
""")

M("", """
Jeg synes biblioteket i Ishøj Bycenter skal holde åbent til kl. 21 på hverdage. Mange unge har brug for et sted at lave lektier. Tak for jeres arbejde.
""")
