"""corpus24 part H: more short messy mails - property trades, orientation, union, belief, origin - and a few long ones."""
from common import M

M("p", """hej vores købere til huset på ishøj søvej er sprunget fra i går, så nu står det til salg igen. kan i lige annullere flyttemeldingen vi lavede??""")

M("p", """ejendomsmægleren siger der er 2 bydere på min mors lejlighed på Strandager og at kommunen skal svare om altanen er lovlig inden de byder endeligt. mvh. Bo""")

M("p", """Hej. Jeg har købt en grund i Torslunde med forbehold for byggetilladelse - handlen er ikke endelig før I har sagt god for et hus i 2 plan. Hvor lang tid er sagsbehandlingen pt.? Venlig hilsen Nikolaj Bech""")

M("pt", """hej. vi er en pakistansk familie og vi har budt på et hus på vildtbaneparken. naboen har sagt til mægleren at "sådan nogle som os" ikke skal bo der. sælger tøver nu. kan kommunen gøre noget?""")

M("p", """Til Byudvikling. Vi har en betinget købsaftale på erhvervsgrunden Ishøj Erhvervsvej 31 og skal bruge en udtalelse om støjkrav inden fristen d. 1. Med venlig hilsen, Stensgaard Logistik A/S""")

M("p", """min nabo i nr 15 skal sælge og jeg overvejer at byde selv så jeg kan udvide haven. må man slå to grunde sammen i ishøj? ring 31 42 07 55""")

M("p", """hejsa, sælger af kolonihaven i Tranegilde vil have 50.000 under bordet oven i prisen, vi har ikke skrevet under. er det ulovligt? haveforeningen siger kommunen skal vide det""")

M("phe", """Hej. Min far har fået konstateret Alzheimer og vi skal sælge hans lejlighed på Gildbrohaven for at betale plejeboligen. Der er en interesseret køber men han vil ha mere tid. Kan betalingen til plejeboligen udsættes? Mvh Ditte""")

M("p", """Cpr [[140571-1926]]. Vi har sat huset på Pilemølle Allé 12 til salg og køber vil have en BBR-meddelelse der stemmer. Carporten står forkert. Kan I rette det hurtigt, vi skal underskrive om en uge. Torben""")

M("ep", """hej vi har ikke betalt ejendomsskat i et år og nu siger banken at huset skal sælges før tvangsauktion. der er en køber på vej. kan vi få henstand? /Ronni""")

M("s", """hej jeg hedder emil og min kæreste hedder også emil lol. vi vil gerne bo sammen i en ungdomsbolig i ishøj men det står at det er for par - gælder det også for to fyre?""")

M("s", """Kære borgerrådgiver. Jeg er lesbisk og en medarbejder i Borgerservice sagde "nå, så er det bare dig og din veninde" da jeg skulle melde flytning med min kone. Det var ydmygende. Lise Holt""")

M("s", """hey, er der en regnbuefamilie gruppe i ishøj? vi er 2 fædre med tvillinger og vil gerne møde andre. /morten og jens""")

M("s", """min søster er bi og hendes kæreste er en kvinde. de vil gerne adoptere. hvor starter de? spørger for dem pga sprog""")

M("sh", """hej jeg er 19 og er homo. mine forældre ved det ikke og jeg har det rigtig dårligt, tænker på selvmord nogle gange. kan jeg tale med nogen i kommunen uden at de får det at vide? anonym""")

M("s", """Kære udvalgsformand, som en ældre homoseksuel mand på 72 er jeg bekymret for at komme på plejehjem og skulle skjule mig igen. Hvad gør Ishøj for LGBT+ ældre? Med venlig hilsen, Finn""")

M("", """hvad gør ishøj kommune for lgbt+ ældre på plejehjemmene? spørger for en forening""")

M("s", """min kone og jeg (Tina) er to kvinder og vi har lige fået en søn. Hvordan får jeg ham registreret med mig som medmor? hospitalet sagde I skulle hjælpe""")

M("u", """hej jeg er i FOA og arbejder som dagplejer. jeg har ikke fået løn for min overarbejde i oktober. min TR siger jeg skal skrive hertil""")

M("u", """er ny TR for HK Kommunal på rådhuset, hvordan får jeg adgang til lokalerne til medlemsmøde?""")

M("u", """Jeg meldte mig ud af 3F sidste år og ind i Krifa. Lønkontoret trækker stadig kontingent til 3F. Kan I stoppe det? Mvh. Kim""")

M("u", """vi er nogle stykker fra forskellige forbund i tekniske service og vil gerne have et møde med direktøren om arbejdsmiljøet""")

M("eu", """jeg er i 3F's a-kasse og har fået at vide at jobcentret har sendt forkerte oplysninger om min aktivering. nu får jeg ikke dagpenge for oktober. hjælp""")

M("hu", """Hej jeg er sygeplejerske og medlem af DSR. Jeg har fået en arbejdsskade i ryggen på plejecentret og fagforeningen vil have en kopi af skadesanmeldelsen. Hvem har den? Birgitte""")

M("u", """Jeg er medlem af Djøf og jurist i Center for Borger, Økonomi og IT. Jeg vil gerne give byrådet et input om GDPR-praksis, hvem skal jeg sende til?""")

M("", """Hej, hvor mange af kommunens ansatte er organiseret i en fagforening? Bare nysgerrig""")

M("b", """jeg er troende kristen og vil gerne have lov til at bede bordbøn med min søn når han spiser i SFO'en. personalet siger det er imod reglerne. /Esther""")

M("b", """hej jeg er medlem af Radikale Venstre og vil gerne stille op til kommunalvalget i ishøj. hvordan bliver man opstillet? eller er det partiet der bestemmer""")

M("b", """jeg stemmer altid på Alternativet pga klimaet, og jeg er dybt skuffet over at I vil udvide motorvejen. mvh andrea""")

M("bt", """shalom - vi er en jødisk familie der er flyttet til Ishøj og vil høre om der er andre jøder i kommunen. er der en forening? Rebecca""")

M("b", """assalamu alaikum, jeg er imam i moskeen på ishøj strandvej og vil gerne invitere borgmesteren til iftar. Mvh Imam Hamid""")

M("", """hvornår er der iftar arrangement i medborgerhuset? åbent for alle?""")

M("t", """min mand er fra marokko og får ikke lov at komme på sprogskolen fordi der er venteliste. hvorfor? han har været her et år. /Camilla""")

M("t", """Hej, jeg er af libanesisk-palæstinensisk oprindelse og vil klage over at en sagsbehandler har sagt "I kender jo godt systemet, jeres slags". Venlig hilsen Khaled""")

M("t", """hej jeg er fra ukraine og vil gerne arbejde som frivillig med ukrainske børn i ishøj. hvem skal jeg kontakte? /Iryna""")

M("te", """Min bedstemor er roma og jeg vil gerne at plejehjemmet respekterer at hun har mange besøgende. De har klaget over os. Mvh. Daniel""")

M("te", """Jeg kom som flygtning fra Afghanistan og bor nu i en integrationsbolig på Ishøj Søvej. Jeg har fået brev om at jeg skal flytte, men jeg har ingen anden bolig. Hjælp. Jawad""")

M("", """cpr nr. [[061282 3348]] søger tilskud til briller til min søn""")

M("", """Hej, glemte mit personnr i blanketten til hundeskatten: [[2909721155]] mvh Rene""")

M("", """Til Borgerservice: sygesikringskort bevis 1 ønskes. Personnummer: [[200404–9013]]. Ishøj Strandvej 66, 2. th.""")

M("", """hej skal man selv betale for briller til sit barn eller giver kommunen tilskud? vi er ret mange forældre der spørger""")

M("", """hej det er mig igen, [[170688-2216]], jeg har stadig ikke fået svar på mail fra d. 4/11 om min sag om vej bump""")
