"""corpus6, part C: long letters, angry writers, non-native writers."""
from common import M

M("h", """
Kære borgmester Merete Hald

Jeg har længe tænkt på at skrive, og nu gør jeg det så. Jeg har boet i Ishøj i 31 år og holder meget af byen, men der er nogle ting der irriterer mig, og jeg tror ikke jeg er den eneste.

For det første trafikken på Vejlebrovej om morgenen. Når skolebørnene skal over ved Bækgårdsvej, er der ingen skolepatrulje længere, og bilerne holder ikke tilbage. Jeg har set flere farlige situationer.

For det andet stierne langs Store Vejleå. Siden jeg blev sygemeldt med en depression i efteråret, har jeg gået lange ture der hver dag, det er lægens ordre, og jeg har lagt mærke til at flere af broerne er rådne og at skiltene er væltet. Det er synd, for det er et af de smukkeste steder i kommunen.

For det tredje bibliotekets åbningstider. Det er blevet svært at nå at aflevere bøger, efter at den betjente tid er skåret ned.

Endelig vil jeg gerne rose Ishøj Bad for den nye varmtvandsbassin-ordning for seniorer. Det er et rigtig godt tilbud.

Jeg håber ikke De tager det ilde op, men jeg synes det er vigtigt at borgerne siger hvad de ser.

Med venlig hilsen
Jytte Vinding
Gildbrovej 17
2635 Ishøj
""")

M("", """
Tak for en rigtig god borgerdag på rådhuset i lørdags, den var godt arrangeret og kaffen var varm!
""")

M("tu", """
Hej

Jeg hedder Suresh og jeg er tamil, kom fra Sri Lanka i 1998. Jeg arbejder med rengøring på skolerne for det firma som kommunen har kontrakt med. Vi får ikke betalt for overtid i flere måneder. Jeg er medlem i 3F men de siger kommunen skal også vide det, fordi det er kommunens kontrakt.

Venlig hilsen
Suresh Kumar
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har den 2. april underskrevet købsaftale på Tranegildevej 9 med forbehold for finansiering og advokatgodkendelse, og overtagelsen er aftalt til 1. juni. Banken beder om en bekræftelse på, at der ikke er tinglyst servitutter om vejudvidelse. Kan kommunen udstede en sådan erklæring?

Med venlig hilsen
Charlotte og Anders Wiberg
""")

M("s", """
Hej

Min kæreste Line og jeg skal giftes til august og vil gerne leje festsalen på Ishøj Rådhus til receptionen. Er det muligt for private, og hvad koster det?

Kh Tine Holm
""")

M("b", """
Hej

Jeg er aktiv i Extinction Rebellion, og vi vil gerne holde en fredelig demonstration foran rådhuset fredag d. 16. maj under byrådsmødet. Skal vi søge tilladelse hos jer eller kun hos politiet?

Mvh Sebastian Kromann
""")

M("", """
Kære Konservative i byrådet

Hvorfor stemte I imod skaterbanen ved Ishøj Idrætscenter? De unge har ikke noget sted at være om aftenen, og en skaterbane koster jo ikke det hvide ud af øjnene.

Mvh Jeppe, far til to
""")

M("heu", """
Til Jobcenter Ishøj, sygedagpengeafdelingen

Min ryg er smadret efter 25 år som SOSU-hjælper, og jeg har været sygemeldt siden september. FOA har rådet mig til at bede om aktindsigt i min sag, fordi jeg har fået at vide at mine sygedagpenge måske stopper til sommer. Jeg beder hermed om aktindsigt i alle dokumenter.

Birgit Lund, cpr [[150772 1846]]
""")

M("t", """
Til borgerrådgiveren

Vi er en romafamilie og har boet i Ishøj i fire år. Vores yngste datter er blevet sat i en klasse for sig selv sammen med to andre romabørn, og vi får at vide det er "for hendes egen skyld". Vi synes det er forskelsbehandling og vil gerne klage.

Venlig hilsen
Milan og Ljuba Petrović
""")

M("e", """
hej jeg er 21 og har fået lidt for mange sms-lån og skylder nu ca 40.000 til forskellige firmaer og de ringer hele tiden. min mor siger kommunen har gældsrådgivning. hvor kan jeg booke tid?? mvh Oliver
""")

M("", """
Har kommunen gratis gældsrådgivning, og foregår den på biblioteket eller i Borgerservice? Der står to forskellige ting på hjemmesiden.
""")

M("st", """
Hej kommunen

Jeg og min mand Pablo er flyttet til Ishøj i januar. Vi er fra Argentina og vil gerne lære dansk hurtigt, men vi arbejder begge to i dagtimerne. Findes der danskundervisning om aftenen eller weekend? Undskyld hvis min dansk er dårlig, jeg lære stadig.

Mange tak
Diego Fernández
""")

M("p", """
Vi har huset til salg og en køber der venter på jeres svar om skellet mod stien. Sagsnr. 24/18811. Kan I give en dato? Mvh John Madsen
""")

M("be", """
Hej

Jobcentret har sendt mig i praktik i et supermarked, og chefen siger at jeg ikke må bære mit tørklæde i kassen. Jeg bærer tørklæde pga min tro og har gjort det i ti år. Min sagsbehandler siger at hvis jeg siger nej til praktikken, kan jeg miste min kontanthjælp. Er det lovligt?

Hilsen Yasmin
""")

M("", """
Hvornår holder den nye moské på Industrivej åbent hus? Vi er en gruppe fra ældreklubben der gerne vil se den indefra.
""")

M("he", """
Min mor på plejehjemmet har fået et stort liggesår på hælen og ingen har sagt noget til os. Vi opdagede det selv da vi besøgte hende søndag. Det er uacceptabelt. Hvem skal jeg klage til? Mvh Tommy Bak (søn)
""")

M("u", """
Kære Søren

Som medlem af Djøf og jurist i en privat virksomhed undrer jeg mig over, at kommunen har valgt at hyre et eksternt advokatfirma til sagen om svømmehallen i stedet for at bruge egne jurister. Hvad har det kostet?

Venlig hilsen
Kirstine Aaby
""")

M("", """
Hej

Jeg er journalistpraktikant på Lokalavisen og skriver om sygefravær i kommunerne. Hvad var det gennemsnitlige sygefravær blandt kommunens ansatte i 2024, og hvordan ser det ud sammenlignet med nabokommunerne?

Med venlig hilsen
Emma Kjær
""")

M("p", """
Kære kommune

Vi er tre søskende, der skal sælge vores afdøde fars hus på Torslunde Landevej. Der er en køber, men handlen kan ikke gå igennem før kommunen har svaret på, om det gamle udhus skal rives ned. Mægleren siger køberen kun venter til udgangen af måneden.

Med venlig hilsen
Pernille Jakobsen
""")

M("e", """
Til Ishøj Kommune

Jeg er blevet opsagt fra mit job som lagermedarbejder og er ikke medlem af en a-kasse. Jeg skal derfor søge kontanthjælp. Jeg har prøvet at søge på borger.dk, men den siger jeg skal kontakte jer først. Mit cpr-nr. er [[090395–2287]].

Med venlig hilsen
Mads Overgaard
""")

M("t", """
Kære Benny

Som dansk-iraner, der kom hertil som barn i 1989, vil jeg gerne sige tak for din tale ved integrationsprisen. Den ramte noget rigtigt. Hvis du mangler nogen til at fortælle om at vokse op i Ishøj som indvandrerbarn, så stiller jeg gerne op.

Med venlig hilsen
Dariush Rahimi
""")

M("sh", """
Hej

Min kæreste Mikkel har det rigtig svært psykisk og har ikke været ude af lejligheden i tre uger. Hans læge har henvist ham til psykiatrien, men der er ventetid. Har kommunen nogen form for støtte man kan få i mellemtiden, fx en mentor eller en bostøtte?

Mvh Jonas
""")

M("", """
Hej. Hvor ligger Dansk Metals kursuscenter, hvor kommunens førstehjælpskursus for foreningsfrivillige holdes den 22.? Der står ingen adresse i invitationen. Mvh Vagn
""")

M("b", """
Hej

Jeg er pacifist og har været det hele mit voksne liv. Jeg synes ikke det er i orden at Forsvaret skal komme og rekruttere i 9. klasse på min datters skole. Kan man bede om at hun får fri den dag?

Mvh Ulrik Brandt
""")

M("e", """
Hej

Jeg får madservice fra kommunen, og de sidste fire dage har maden været kold når den kom. Jeg kan ikke selv varme den ordentligt. Er der nogen der kan se på det?

Venlig hilsen
Aksel Hansen, 88 år
""")

M("", """
Hvor mange borgere i Ishøj får madservice, og hvad koster en portion for kommunen? Jeg vil gerne sammenligne med Vallensbæk til et indlæg i avisen.
""")

M("ps", """
Hej

Min kone og jeg skal sælge vores lejlighed på Ishøj Søvej og har en køber på hånden. Ejerforeningen siger at kommunen skal godkende at vi har slået en væg ned. Hvordan søger man det bagudrettet?

Mvh Sanne Thomsen
""")

M("u", """
Kære hovedpostkasse

Videresender hermed en henvendelse jeg har fået. Den vedrører personaleforhold, så jeg går ikke selv ind i den.

Venlig hilsen
Allan Nygaard, byrådsmedlem

---------- Videresendt meddelelse ----------
Fra: Pia Lauridsen
Emne: Vagtplaner i Borgerservice

Hej Allan. Jeg er HK's tillidsrepræsentant i Borgerservice, og vi er flere der oplever at vagtplanerne bliver lagt så sent at man ikke kan planlægge sit liv. Vi har taget det op internt uden resultat. Pia
""")

M("t", """
I GIVER ALLE BOLIGERNE TIL UDLÆNDINGE!!! Jeg er selv etnisk dansker, født og opvokset i Ishøj, og har stået på venteliste i 6 år. Hvornår er det vores tur?

Flemming
""")

M("he", """
Til PPR / Center for Børn og Forebyggelse

Vores søn, Noah, cpr [[1103145276]], har fået diagnosen autisme i december og har det meget svært i sin nuværende klasse. Han går ikke i skole for tiden. Vi ønsker at han bliver visiteret til et specialtilbud, og beder om et møde hurtigst muligt.

Med venlig hilsen
Kristina og Peter Lauesen
""")

M("", """
Vedr. erhvervsaffald

Vores virksomhed på Industrivej har fået en regning på erhvervsaffald, selvom vi har egen aftale med et privat firma. P-nr. 1015826634, CVR 38112245. Kan I slette os fra ordningen?

Med venlig hilsen
Ishøj Auto ApS
""")

M("b", """
Hej

Vores søn skal have fri til Yom Kippur, og vi er medlemmer af Mosaisk Trossamfund. Lærerne har sagt ja, men han får fravær i systemet. Kan det registreres som lovligt fravær i stedet?

Venlig hilsen
Rebecca Salomonsen
""")

M("p", """
Til Ishøj Kommune, Ejendomme

Vi er i dialog med kommunen om køb af erhvervsgrunden Baldersbuen 15 og har fået et prisoplæg på 1.450 kr/m2. Vi vil gerne komme med et modbud, men har brug for at vide om der er krav om p-pladser på egen grund, inden vi lægger os fast.

Med venlig hilsen
Thomas Iversen
Direktør, Iversen VVS A/S
""")

M("he", """
hej jeg er 20 og bor på herberget i Taastrup fordi jeg blev smidt ud hjemmefra. jeg ryger meget hash og vil gerne stoppe men der er ventetid på behandling og jeg har ingen penge til noget. jeg har adresse i Ishøj stadig. hvem skal jeg snakke med? mvh Nikolaj
""")

M("", """
Kære byråd

Jeg er en ældre dame på 86 år, og jeg tager bussen hver dag til Bycentret. Jeg vil gerne sige følgende:

Bænkene ved stoppestedet på Ishøj Boulevard er taget væk, og der er nu kun et læskur uden sæder. Det er svært for os ældre at stå og vente i 15 minutter.

Der mangler også et toilet i Bycentret, som man kan bruge uden at købe noget.

Og så vil jeg gerne takke for de nye lygtepæle langs stien til Strandparken. Nu tør jeg gå der om aftenen igen.

Med venlig hilsen
Ellen Marie Kjeldsen
""")

M("e", """
Hej

Vi er plejefamilie for en dreng på 9, som er anbragt hos os af Ishøj Kommune. Han skal skifte skole efter sommerferien, men kommunen har ikke bevilget kørsel endnu. Hvem skal vi kontakte? Sagsbehandleren svarer ikke.

Mvh Lis og Henrik Krogh
""")

M("s", """
Hej

Vi er to fædre til tvillinger på 3 år, og vi er glade for vores dagpleje. Men i Aula står der "mor" og "far" på alle blanketterne, og det har vi skullet rette manuelt tre gange nu. Kan det ikke laves om?

Mvh Henrik og Jens Tofte
""")

M("u", """
Kære formand for Børne- og Skoleudvalget

Som DLF-tillidsrepræsentant på Gildbroskolen vil jeg gerne gøre opmærksom på, at lærerne på mellemtrinnet har haft over 40 timers ubetalt merarbejde siden jul. Jeg vil gerne mødes og fortælle om det.

Venlig hilsen
Anders Holmboe
""")

M("", """
Hej

Jeg er ansat som pædagog i en af kommunens børnehaver, og jeg vil bare spørge, om det er meningen at personalet skal betale for parkering ved rådhuset, når vi er til kursus der. Det synes jeg ikke er rimeligt.

Mvh Camilla
""")

M("te", """
Hej

Jeg skriver for min nabo, Yonas, som er fra Eritrea og ikke skriver dansk så godt. Han har fået et brev om at hans integrationsydelse stopper, fordi han ikke mødte op til en samtale, men han var på arbejde i sin praktik den dag. Han har givet mig lov til at skrive. Hvem kan han ringe til?

Mvh Gitte Brøndum
""")

M("", """
Hej Lone

Som Enhedslistens repræsentant i Social- og Sundhedsudvalget, hvad mener I så om at lukke dagcentret på Ishøj Boulevard? Jeg kan ikke finde noget om det på jeres hjemmeside.

Mvh Peter
""")

M("b", """
Hej Mette

Jeg stemmer altid på SF, men denne gang overvejer jeg noget andet. I har simpelthen ikke kæmpet for cykelstien langs Ishøj Strandvej som lovet.

Venlig hilsen
Rolf Sand
""")

M("p", """
Hej

Vi er købere til Ishøj Landevej 77 og venter på at kommunen godkender at carporten kan lovliggøres. Sælger er utålmodig og siger han har en anden køber klar. Kan vi få en status?

Mvh Louise og Benjamin Dahl
""")

M("h", """
hej min man har sukkersyge og han blev blind på et øje i sidste år, han kan ikke læse brev fra kommune mere. kan i ringe til ham i stedet? hans navn er Ali og telefon 28 19 44 07. tak Zeynep
""")

M("", """
Kan I sende en kopi af min navneattest? Jeg skal bruge den til et pas. [[240659\u00a02213]] Mvh Jørgen Lykke, Ishøj Strandvej 120
""")

M("", """
Hej

Mødet d. 12.03.25 kl. 16.30 i lokale 2.14 om vejbump på Ishøj Søvej er vel stadig gældende? Vi er fire fra grundejerforeningen, der kommer. Ring evt. på 40 18 22 63.

Mvh Tage
""")

M("tb", """
Hej

Vores søn Gurpreet på 11 går til fodbold i Ishøj IF, og træneren har sagt, at han ikke må spille kamp med sin patka (turban). Vi er sikher og familien er fra Punjab. Det er et stort problem for ham. Klubben får tilskud fra kommunen, så vi spørger jer om det er i orden.

Venlig hilsen
Harjit Singh
""")

M("s", """
Hej

Jeg er bøsse og bor i Strandgårdsparken, og naboens teenagere har i flere måneder råbt ting efter mig og smidt æg på mine vinduer. Boligselskabet gør ingenting. Kan kommunens SSP gøre noget?

Mvh Morten Bach
""")

M("u", """
Hej Ole

Som medlem af Lederne og afdelingsleder i en privat virksomhed vil jeg gerne spørge, om kommunen har planer om at lave en erhvervsklub for ledere i lokalområdet. Det ville være et godt netværk.

Venlig hilsen
Jeanette Kruse
""")

M("", """
Kære borgmester

Jeg vil bare sige tak fordi I hurtigt fik lavet hullet i vejen ved vores skole. Min søn er før faldet i det med cyklen. Det er dejligt at blive hørt.

Med venlig hilsen
Dorte Nygaard
""")

M("he", """
Hvad foregår der i hjemmeplejen??? Min mor på 90 har demens og har fået en ny hjælper næsten hver dag den sidste måned. Hun bliver helt forvirret og tror at der er fremmede der vil stjæle. I fredags kom der slet ingen. Jeg vil have et møde med den ansvarlige!!

Susanne Brink, datter
""")

M("", """
Hej

Vi solgte vores hus på Vejlebrovej sidste sommer, og handlen er for længst afsluttet, men vi får stadig regninger for ejendomsskat til vores nye adresse. Kan I stoppe dem?

Mvh Kim og Lene Hviid
""")

M("ep", """
Hej

Vi er kommet i restance med fællesudgifterne til ejerforeningen og kan ikke få det til at løbe rundt efter min mand blev arbejdsløs. Mægleren kommer på mandag for at sætte lejligheden til salg. Kan kommunen hjælpe med noget i mellemtiden, så vi undgår at foreningen går til fogeden?

Venlig hilsen
Anja Nielsen
""")

M("", """
Hej

Vi er en gruppe fra Ishøj Seniorklub, der samler ind til Kræftens Bekæmpelse ved Bycentret den 5. oktober. Må vi stå med en bod på pladsen foran indgangen?

Venlig hilsen
Aase og Ruth
""")
