"""corpus6, part F: long mixed letters, short notes, forwarded mails."""
from common import M

M("u", """
Kære borgmester

Jeg er en gammel mand på 81, og jeg skriver med hjælp fra mit barnebarn, fordi computeren ikke er min ven. Jeg har flere ting på hjertet.

Først vil jeg takke for den nye bænk ved gadekæret i Ishøj Landsby. Jeg sidder der hver formiddag og fodrer ænderne, og det er en fornøjelse at se at kommunen stadig tænker på os gamle.

Men så er der bussen. Linje 128 kører nu kun hver halve time om eftermiddagen, og den sidste går allerede kl. 22. Min kone og jeg går til whist i Medborgerhuset om tirsdagen og kan ikke komme hjem. Vi har ikke bil mere.

Så er der fortovet på Ishøj Landevej ud for nr. 140-160. Fliserne er løftet af rødderne fra træerne, og jeg har set flere falde. Det er et spørgsmål om tid før det går galt.

Jeg vil også gerne sige, at jeg har været medlem af 3F i over 50 år, siden jeg kom i lære som murer i 1959, og jeg synes det er trist at kommunen nu bruger så mange udenlandske firmaer på byggepladserne uden at vide om de har ordentlige forhold. Det bør byrådet se på, når de laver udbud.

Til sidst: Julebelysningen på Torvet var meget smuk i år. Tak for det.

Jeg håber ikke De synes jeg brokker mig for meget. Det er ikke ment sådan. Jeg holder af Ishøj og har boet her siden 1972.

Med venlig hilsen
Ejnar Mikkelsen
Ishøj Landsby 14
""")

M("he", """
Til Social- og Sundhedsudvalget

Jeg skriver som formand for beboerrådet i vores afdeling, men også som privatperson, fordi det hænger sammen.

Vi har i beboerrådet gennem længere tid oplevet, at vaskeriet og fælleslokalet bliver dårligt vedligeholdt, og at boligselskabets svartider er blevet meget lange. Det er ikke kommunens ansvar, det ved jeg godt, men kommunen har anvisningsret til en fjerdedel af lejlighederne og burde interessere sig for forholdene.

Dernæst handicapadgangen. Rampen ved opgang C er for stejl til en elkørestol. Det ved jeg fordi min datter, som er på førtidspension pga sin sklerose, bor hos mig og ikke selv kan komme ind og ud. Hun har søgt om boligændring for over et år siden. Vi har ikke hørt noget siden den første fysioterapeut var her.

Derudover vil beboerrådet gerne foreslå at kommunen genopretter den opsøgende ældremedarbejder, der tidligere kom i afdelingen en gang om måneden. Mange af vores ældre beboere bor alene og ved ikke hvor de skal henvende sig.

Endelig vil vi invitere udvalget til vores sommerfest den 21. juni, hvor I kan se afdelingen og tale med beboerne.

Med venlig hilsen
Bodil Frederiksen
Formand for beboerrådet, afd. 7
""")

M("p", """
Huset er sat til salg og mægleren siger at vi skal have papirer på den nye tagterrasse. Hvor søger vi? Mvh Kenneth og Tina Bro
""")

M("s", """
Hej

Jeg vil klage over hækken mellem os og nr. 22. Min nabo Karen og hendes kone har plantet laurbærkirsebær lige op ad skellet, og den er nu over to meter. Vi har bedt dem klippe den. Hvad er reglerne?

Mvh Poul Dalby
""")

M("t", """
Hej

Jeg er født i Gambia og har en uddannelse som lærer derfra. Jeg har boet i Danmark i seks år og taler dansk. Hvordan får jeg min uddannelse godkendt, og kan kommunen hjælpe mig med det?

Venlig hilsen
Lamin Jallow
""")

M("u", """
Hej Ole. Jeg er organiseret i 3F og arbejder på havnen, og vi er mange der undrer os over at kommunen har givet tilladelse til at losse om natten. Vi bor jo også her. Mvh Kim
""")

M("b", """
Kære Helle

Som medlem af Kristendemokraterne og mor til fire vil jeg gerne sige tak for at du kæmpede for at bevare familiecaféen på biblioteket. Det betyder meget for mange familier.

Venlig hilsen
Miriam Lauritzen
""")

M("", """
Hej

Hvorfor bliver der ikke gjort noget ved de mange knallerter, der kører på stien langs stranden? Jeg har set børn næsten blive ramt flere gange. Kan der sættes bomme op?

Mvh Inge
""")

M("ps", """
Hej

Mig og min kæreste Jonas har budt på en lejlighed i Ishøj Bycenter-området. Sælger har accepteret men der er en tilstandsrapport der siger, at altanen ikke er godkendt. Vi vil gerne vide om kommunen har en sag om den, før vi skriver under.

Mvh Oliver Thorsen
""")

M("ue", """
Hej Jacob

Jeg er HK'er og er lige blevet fyret fra mit job på et kontor i Glostrup efter en omstrukturering. Jeg har et forbrugslån og en billån og er bange for at jeg ikke kan betale efter tre måneder. Har kommunen nogen form for gældsrådgivning til sådan nogen som mig?

Mvh Rasmus Skov
""")

M("tp", """
Til Ishøj Kommune, Erhverv

Vi er en tyrkisk familie og har drevet bageri i Ishøj i 12 år. Nu forhandler vi med kommunen om at købe grunden på hjørnet af Ishøj Stationsvej, så vi kan bygge et nyt bageri. Vi har fået et prisoplæg, men vil gerne høre om der kan gives henstand med betalingen.

Med venlig hilsen
Mehmet Aydın
""")

M("s", """
Kære borgmester

Min søn på 16 har fortalt os, at han er til fyre. Vi støtter ham fuldt ud, men han har det svært i skolen. Er der nogen i kommunen han kan tale med, som ved noget om det at være ung og homo?

Venlig hilsen
Karen og Frank Lindberg
""")

M("hu", """
Hej

Jeg er sygemeldt med slidgigt i begge knæ og har været det i fire måneder. FOA har været med mig til samtaler på jobcentret, men nu har jobcentret sagt at jeg skal i virksomhedspraktik som kassedame, hvor jeg skal stå op hele dagen. Det kan jeg ikke.

Mvh Lone Kjær
""")

M("p", """
Hej

Vi er i gang med at sælge vores andelsbolig, og bestyrelsen vil ikke godkende prisen på 1,2 mio. fordi de mener forbedringerne er for højt sat. Køberen venter. Kan kommunen sige noget om maksimalprisen?

Mvh Stine og Frederik Ravn
""")

M("s", """
heyy jeg er pan og 17 og jeg synes skolens trivselsmåling er super dårlig fordi den kun spørger om man er dreng eller pige og om man har kæreste af det andet køn. kan I ikke lave den om?? mvh Sigrid
""")

M("t", """
Til borgerrådgiveren

Jeg arbejder i kommunens rengøring, og en kollega kalder mig "paki" og laver grimme lyde når jeg går forbi. Min familie er fra Pakistan, men jeg er født i Hvidovre. Min leder griner bare. Jeg ved ikke om I kan hjælpe, når det er på min arbejdsplads.

Mvh Bilal
""")

M("u", """
Hej

Jeg er buschauffør og medlem af 3F Transport. Vejarbejdet på Ishøj Boulevard har gjort at vi ikke kan overholde køreplanen, og passagererne skælder os ud. Kan kommunen og Movia ikke koordinere bedre?

Mvh Per Kronborg
""")

M("p", """
Hej

Vores køber har trukket sig fra handlen på Bækkeskovvej 6, fordi han har hørt at der skal bygges et stort renseanlæg i nærheden. Er det rigtigt? Vi har brug for at vide det, før vi sætter huset til salg igen.

Med venlig hilsen
Gert og Annette Madsen
""")

M("he", """
hej jeg er mor til en dreng på 8 med autisme og epilepsi og vi har aflastning en weekend om måneden men nu siger de at aflastningsstedet lukker til sommer og der er ikke noget nyt og jeg er alene med ham og to mindre søskende og jeg er allerede sygemeldt fordi jeg ikke kan mere så hvis aflastningen forsvinder så ved jeg ikke hvad der sker kan du ikke se på det før udvalgsmødet hilsen Maja
""")

M("se", """
Hej

Min ekskone Hanne og jeg er blevet skilt, og hun vil ikke udlevere vores datters pas, så vi kan tage på ferie. Familieretshuset siger at det tager tre måneder. Kan kommunen gøre noget?

Mvh Trine Jørgensen
""")

M("b", """
Hej

Jeg har konverteret til katolicismen for et år siden og vil gerne have min søn døbt i den katolske kirke. Skal jeg gøre noget i forhold til kommunen, eller er det kun kirkebogen?

Venlig hilsen
Christina Winther
""")

M("t", """
Hej

Min mand er fra Ghana og har fået permanent ophold. Han vil gerne tage et dansk kørekort, men de siger at hans ghanesiske kørekort ikke kan ombyttes. Er det rigtigt?

Mvh Mette Boateng
""")

M("he", """
Til Center for Børn og Forebyggelse

Ansøgning om dækning af merudgifter

Vores søn Elias, cpr [[120320\u00a04817]], har cerebral parese og skal bruge specialsko, ekstra bleer og kørsel til fysioterapi to gange om ugen. Vi søger hermed om dækning af merudgifter efter serviceloven. Lægeerklæring og kvitteringer er vedlagt.

Med venlig hilsen
Julie og Martin Bech
""")

M("p", """
Hej

Vi skal sælge vores hus, og køberen venter kun på ejendomsoplysningerne fra kommunen. Kan I sende dem til mægleren? Min cpr er [[110988 9104]], og huset ligger på Ishøj Parkvej 31.

Mvh Rune Bendtsen
""")

M("u", """
Hej

Jeg er pensioneret lærer og stadig medlem af DLF. Vi er en gruppe der gerne vil tilbyde lektiehjælp på biblioteket. Skal vi have børneattest, og hvordan får man det?

Mvh Anne Marie Holk
""")

M("s", """
Hej

Vi er to mødre til Ellie i 2.B, og vi vil gerne være med i forældrerådet. Men tilmeldingen i Aula tillader kun én forælder per barn. Er det en fejl?

Mvh Lotte og Camilla Dreyer
""")

M("t", """
Hej

Min mor er fra Chile og flygtede til Danmark i 1974. Hun er nu 78 og vil gerne fortælle sin historie til skolebørn. Har kommunen et projekt med fortællinger fra ældre borgere?

Venlig hilsen
Carolina Dahl
""")

M("b", """
Hej Morten

Jeg er aktiv i Dansk Folkeparti her i Ishøj, og jeg har et forslag om at styrke nabohjælpen i villakvartererne. Kan vi mødes en dag?

Mvh Bjarne Gram
""")

M("p", """
Hej

Vi har afgivet et tilbud på kommunens byggegrund nr. 7 ved Ishøj Landsby og har ikke hørt noget i tre uger. Står vi stadig som højestbydende, eller er der kommet et andet bud?

Mvh Heidi og Jesper Vang
""")

M("s", """
Min mand og jeg har boet på Vejlebrovej i 20 år, og nu er der kommet nye naboer, der kalder os ting på grund af det. Kan SSP hjælpe? Mvh Claus Broberg
""")

M("u", """
Hej

Hjemmeplejen Nord mangler stadig biler til aftenvagterne, og vi har flere gange måttet tage egen bil uden kørselsgodtgørelse. Det er ikke i orden.

Mvh Lars Bøgh
FOA-tillidsrepræsentant, Hjemmeplejen Nord
""")

M("h", """
min ryg er smadret og jeg kan ikke bære skraldespanden ud til vejen mere. kan skraldemændene hente den ved huset? mvh Ib, Torslunde
""")

M("e", """
Vi har ikke en krone tilbage efter husleje og el denne måned. Kan man få en madkupon eller noget fra kommunen? Mvh Dennis og Sabrina
""")

M("te", """
Hej

Jeg er flygtning fra Afghanistan og er på integrationsydelse. Jeg vil gerne tage et kursus som truckfører, men min sagsbehandler siger at det ikke passer i min plan. Kan jeg klage?

Hilsen Ahmad Rahimi
""")

M("s", """
Kære hovedpostkasse

Videresendes, da borgeren spørger om sin egen sag.

Venlig hilsen
Mette Lorentzen, byrådsmedlem

---------- Videresendt besked ----------
Fra: Lene Borup
Emne: Navneændring

Hej Mette. Min kone og jeg blev gift i foråret, og jeg vil gerne tage hendes efternavn. Nogen har sagt at det er kommunen, andre siger det er kirken. Hvem skal jeg skrive til? Lene
""")

M("p", """
Kære borgmesterkontor

Vi har ejendommen til salg på Ishøj Strandvej 88, og køberen vil have skriftligt at der ikke kommer en støjvold foran huset. Kan borgmesteren eller forvaltningen svare på det inden fredag? Ellers går handlen i vasken.

Venlig hilsen
Jens Erik Sommer
""")

M("h", """
hej jeg er ADHD'er og kan simpelthen ikke overskue jeres brev om ejendomsskat, det er 6 sider. kan nogen ringe og forklare det på 2 min? 22 41 80 13. tak Mathias
""")

M("bh", """
Hej

Jeg skal have ny hofte på Hvidovre til efteråret, og som Jehovas Vidne tager jeg ikke imod blod. Hospitalet har lovet at respektere det. Men vil kommunens genoptræning også have det noteret, hvis der sker noget i den periode?

Venlig hilsen
Elisabeth Korsgaard
""")

M("t", """
Hej

Min kæreste er fra Kenya og vil gerne melde sig ind i en lokal løbeklub, men hun har svært ved at finde information på engelsk. Har kommunen en oversigt over foreninger på engelsk?

Mvh Søren Kvist
""")

M("", """
Kære byråd

Vi er en gruppe beboere i Ishøj Landsby, der har fulgt sagen om det nye supermarked ved Ishøj Landevej. Vi vil gerne give vores mening til kende, inden sagen kommer på dagsordenen i Plan- og Miljøudvalget.

Vi er ikke imod udvikling. Vi ved godt at byen har brug for arbejdspladser og butikker. Men placeringen er efter vores mening forkert. Der vil komme lastbiler ind til varegården fra kl. 5 om morgenen, og vejen er i forvejen smal.

Vi har talt med flere af jer. Socialdemokraternes repræsentant sagde til borgermødet, at man ville se på trafikken. Venstres repræsentant sagde, at man ville have en ny trafikanalyse. Vi vil gerne bede om, at analysen bliver offentliggjort før beslutningen.

Vi har også set på tallene. Ifølge Danmarks Statistik er indbyggertallet i Ishøj steget med ca. 1.400 på ti år, og det forklarer behovet for butikker. Men der er to supermarkeder i forvejen inden for 800 meter.

Vi foreslår i stedet grunden ved Industrivej, som allerede har vejadgang til Ishøj Boulevard.

Vi indsamlede 312 underskrifter på fem dage. Listen er vedlagt.

Med venlig hilsen
På vegne af beboergruppen
Karin Holst og Peter Winther
""")

M("", """
Hej. Jeg er medlem af Ishøj Cykelklub, medlemsnr. 2304661123, og vi vil gerne låne en grøn plads til et cykelløb for børn den 8. juni. Hvem giver tilladelse? Mvh Jørgen
""")

M("", """
Der er 3F-firmafodbold i Idrætsparken på lørdag, og sidste gang holdt bilerne ulovligt hele vejen ned ad vores vej. Kan der komme en parkeringsvagt? Mvh Hans, Idrætsvej
""")

M("", """
Hvornår er der gudstjeneste i Torslunde Kirke 2. juledag, og er der kirkekaffe bagefter? Vi har gæster med.
""")

M("", """
Hvor mange borgere i Ishøj er på kontanthjælp lige nu, og hvordan har det udviklet sig de seneste fem år? Jeg spørger som formand for en debatklub på gymnasiet.
""")

M("", """
Hej

Vi overtog huset på Vildtbanevej 1. marts, og handlen er endelig på plads. Nu vil vi bygge en carport på 30 m2. Skal vi søge byggetilladelse, eller er den fri?

Mvh Jesper og Signe Dam
""")

M("", """
Tak for den hurtige hjælp med at få fjernet det væltede træ på stien bag Strandgårdsparken i morges. Det tog under to timer. Godt gået!
""")

M("", """
Hej

Jeg har fået en kvittering for betaling af hundeskat med nummeret 2911837764, men beløbet er trukket to gange fra reg. 9570 konto 1120045568. Jeg kan træffes på 31 20 44 58 mellem 8 og 16.

Mvh Vibeke Bonde
""")

M("", """
Kære Jens

Din partifælle i Venstre sagde på sidste byrådsmøde at der ikke er penge til flere cykelstier. Er du enig i det? Jeg synes det er vigtigt at børnene kan cykle sikkert til skole.

Mvh Lisbeth
""")

M("", """
Hi, I just moved to Ishøj for a job at the airport. Where can I find information in English about sorting waste and how to order a bin for paper? Thanks, Tom
""")

M("", """
Sygeplejerskerne og SOSU'erne på plejecentrene fortjener mere i løn. Det burde byrådet kæmpe for over for KL. Det er dem der holder det hele kørende.
""")

M("", """
Hvad koster det at få hjemmehjælp til rengøring, hvis man ikke er visiteret og selv vil betale? Kan man købe det gennem kommunen?
""")

M("", """
Har kommunen en demenskoordinator, og hvordan kommer man i kontakt med vedkommende? Jeg kan ikke finde det på hjemmesiden.
""")

M("", """
Hvor meget giver kommunen i tilskud pr. medlem under 25 år til foreninger, og hvornår er ansøgningsfristen for 2026?
""")
