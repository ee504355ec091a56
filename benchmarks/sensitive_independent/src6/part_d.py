"""corpus6, part D: replies to receipts, mails to the mayor's office, young writers."""
from common import M

M("s", """
Tak for kvitteringen. Jeg vil bare tilføje, at min mand Lars og jeg begge skal stå som ansøgere på tilskuddet til energirenovering (vi er to mænd, så det er ikke en fejl i formularen, som jeres medarbejder troede i telefonen).

Mvh Kristoffer Bang

> Kære Kristoffer Bang
> Borgmesteren har modtaget din henvendelse af 3. april. Du vil få svar inden for 10 arbejdsdage.
> Med venlig hilsen
> Borgmestersekretariatet
""")

M("tbe", """
Kære borgmester

Min mor (84) er lige kommet på plejehjem. Hun er fra Bosnien og muslim og spiser ikke svinekød, og det har vi sagt fra dag ét. Alligevel har hun fået frikadeller to gange i denne uge, og personalet siger at "hun kan bare lade være med at spise dem". Det er ikke i orden.

Med venlig hilsen
Emina Hodžić
""")

M("u", """
er det rigtigt at kommunen ikke vil have folk fra 3F med i det nye MED-udvalg på materielgården? jeg er selv 3F'er og har været der i 14 år. det er da underligt. mvh Kenneth L
""")

M("p", """
Hej

Vi har solgt vores hus betinget af, at køberne får solgt deres eget, og det trækker ud. Nu vil de have at vi venter tre måneder mere. Imens har vi fået tilbudt en lejebolig i kommunen med overtagelse 1. juni. Kan vi få udskudt overtagelsen af lejeboligen?

Mvh Susanne og Erik Laursen
""")

M("b", """
Hej

Jeg er medlem af Humanistisk Samfund, og min mor var det også. Vi ønsker en ikke-religiøs ceremoni i kapellet på Ishøj Kirkegård. Kan man leje kapellet uden præst, og hvem skal jeg tale med?

Venlig hilsen
Torben Lindholm
""")

M("", """
Hvornår er der kommunalvalg næste gang, og kan man brevstemme på Borgerservice i Ishøj eller skal man til et bibliotek?
""")

M("he", """
Til Center for Voksne og Velfærd, hjælpemidler

Jeg er netop blevet knæopereret (nyt knæ) og har fået at vide af sygehuset, at jeg skal søge om rollator og toiletforhøjer hos kommunen. Jeg bor alene på 1. sal. Kan jeg få det leveret inden fredag, hvor jeg bliver udskrevet?

Kirsten Holmgaard
CPR-nr. [[281150-1423]]
Strandgårdsvej 8, 1. th.
""")

M("t", """
Kære skoleleder, cc borgmesteren

Vores datter Mai er adopteret fra Vietnam, og flere i klassen kalder hende "kineser" og laver skæve øjne ad hende. Det har stået på siden efterårsferien. Vi har talt med klasselæreren to gange. Nu vil vi gerne have at ledelsen gør noget.

Venlig hilsen
Bo og Anette Kragh
""")

M("", """
Hej

Min søn er trans og har skiftet navn til Liam. Han vil gerne bruge drengenes omklædningsrum i idrætstimerne, men skolen siger de skal have en "politik" først. Har kommunen en sådan politik, eller er det op til den enkelte skole?

Mvh Helle Vang
""")

M("s", """
Hej

Jeg er lesbisk og blev i sidste uge bedt om at forlade omklædningsrummet i Ishøj Bad, fordi en anden gæst følte sig "utilpas" ved at jeg var der med min kæreste. Personalet gav hende ret. Jeg vil gerne klage.

Med venlig hilsen
Marie Fogh
""")

M("e", """
Hej

Min søster sidder i fængsel i et år, og hendes to børn bor hos mig imens. Jeg har ikke råd til at forsørge dem på min egen indtægt. Kan jeg få børnetilskud eller anden støtte, og skal børnene så være anbragt hos mig formelt?

Mvh Rikke Dalgaard
""")

M("", """
Hej. Jeg har betalt kontingent til Ishøj Pensionistforening, men I har registreret det på en forkert person. Mit medlemsnr. er 1904420731. Kan I rette det? Mvh Hans Jensen
""")

M("pt", """
Dzień dobry. Vi er en polsk familie og har boet i Ishøj i 8 år. Nu har vi budt på et rækkehus på Ørnehøj, og sælger har sagt ja, men mægleren siger vi skal have et papir fra kommunen om ejendomsskatten før banken vil låne. Hvor finder vi det? Tak, Katarzyna og Piotr Zieliński
""")

M("u", """
Hej Jytte

Jeg er selv FOA-medlem og har været SOSU-assistent i 22 år. Når du siger i avisen at der ikke er rekrutteringsproblemer i ældreplejen, så tror jeg ikke du har talt med nogen af os på gulvet. Kom og tag en vagt med.

Hilsen Lene Mortensen
""")

M("b", """
Hej

Vi er muslimer og vil gerne vide, om den nye madordning på skolen serverer halal kød, eller om vi skal give vores børn madpakke med som før. Skolen kan ikke svare.

Mvh Ayşe og Murat Demir
""")

M("h", """
Til SFO'en og kommunen

Vores datter Clara har epilepsi og skal have akut medicin, hvis hun får et længere anfald. Pædagogerne i SFO'en siger de ikke må give medicin uden en skriftlig aftale med kommunen. Hvordan laver vi en sådan aftale?

Med venlig hilsen
Mikkel Svendsen
""")

M("", """
Hvorfor hedder det Sundhedshuset, når der ikke er nogen læger? Det er forvirrende for folk. Kald det noget andet.
""")

M("se", """
Hej

Min kone Birgitte og jeg er gået fra hinanden efter 12 år, og vi er uenige om hvor vores søn skal have bopæl. Familieretshuset har henvist os til kommunens børnesagkyndige. Hvornår kan vi få en samtale?

Venlig hilsen
Dorthe Hviid
""")

M("t", """
Hej

Jeg skal søge om dansk pas til min søn Adam. Min kone er fra Marokko og Adam har både dansk og marokkansk statsborgerskab. Skal han have sit marokkanske pas med til Borgerservice? Hans cpr er [[030716\u00a04921]].

Mvh Simon Lund
""")

M("", """
Hvor mange af Ishøjs borgere er medlem af en fagforening? Jeg kan kun finde tal for hele landet. Det er til en opgave på handelsskolen.
""")

M("bu", """
Hej Camilla

Jeg er aktiv i Alternativet her i kommunen og medlem af HK, og jeg vil gerne høre, om du vil være med til et fælles debatmøde om en firedages arbejdsuge for kommunens ansatte. Vi tænker i starten af september.

Bedste hilsner
Sune Frandsen
""")

M("p", """
Hej

Kommunen har tilbudt at købe en stribe af vores grund på Vildtbanevej til den nye cykelsti, men vi er ikke enige om prisen. Jeres tilbud ligger langt under hvad vores vurderingsmand siger. Hvem kan vi forhandle med?

Mvh Palle og Grete Vinther
""")

M("he", """
Ishøj Kommune
Att.: Center for Beskæftigelse og Erhverv

Klage over afslag på enkeltydelse

Jeg har den 3. marts fået afslag på hjælp til tandbehandling. Jeg har en kronisk betændelse i kæben og skal have trukket fire tænder, og tandlægen har vurderet at det haster. Jeg er på kontanthjælp og kan ikke selv betale de 11.400 kr. Jeg beder om at afgørelsen bliver genvurderet.

Med venlig hilsen
Henrik Paulsen
""")

M("", """
Kære Kultur- og Fritidsudvalg

Ishøj Svømmeklub vil gerne gøre opmærksom på, at vi med de nuværende banetider ikke kan optage flere børn. Vi har 74 børn på venteliste, og vores trænere står klar. Hvis vi kunne få to ekstra baner tirsdag og torsdag fra kl. 17 til 18, kunne vi starte to nye hold.

Vi ved at der også er pres fra skolesvømning og de andre klubber, og vi er åbne for at dele tiderne. Vi foreslår et fælles møde med alle brugerne af svømmehallen i løbet af foråret.

Med venlig hilsen
Bestyrelsen, Ishøj Svømmeklub
Formand Lise Strand
""")

M("t", """
Kære borgmester

Jeg er sort og har boet i Ishøj hele mit liv. I lørdags blev jeg stoppet af vagterne i Bycentret og bedt om at vise min taske, mens mine hvide venner bare kunne gå. Det er tredje gang i år. Jeg ved godt det er et privat center, men kommunen lejer jo lokaler der.

Med venlig hilsen
Samuel Mensah
""")

M("s", """
Hej

Min mand Rune og jeg vil gerne godkendes som plejefamilie. Vi har læst at det er kommunen der starter processen. Har det nogen betydning, at vi er to mænd? Vi vil gerne være forberedt til samtalen.

Venlig hilsen
Kasper Dalsgaard
""")

M("u", """
Hej

Jeg var medlem af Dansk Metal i 20 år, men meldte mig ud da jeg gik på pension. Nu spørger kommunen om jeg vil være frivillig i jobcaféen som "erfaren fagperson". Skal jeg være medlem af noget for at deltage?

Mvh Ove Bergmann
""")

M("", """
Hvornår har Det Faglige Hus åben jobcafé på Ishøj Bibliotek? Der stod noget om torsdage i foldere, men der var ingen i torsdags.
""")

M("h", """
Hej

Jeg har fibromyalgi og kan ikke gå mere end 50 meter ad gangen på dårlige dage. Der er ingen handicapparkering ved vores opgang på Ishøj Søpark, og den nærmeste plads er 200 m væk. Kan kommunen lave en plads?

Mvh Winnie Larsen
""")

M("b", """
Til Børne- og Skoleudvalget

Som troende kristen og mor til tre har jeg det svært med noget af materialet i seksualundervisningen i 6. klasse. Jeg vil ikke forhindre mine børn i at deltage, men jeg vil gerne se materialet på forhånd. Er det muligt?

Med venlig hilsen
Ruth Kjærgaard
""")

M("", """
Tak for dit svar, Ib. Det var mere end jeg havde forventet. Jeg ser frem til at høre om sagen i udvalget.

Venlig hilsen
Mogens Friis

Fra: Ib Kristensen (Venstre) <ibk@ishoj.dk>
Sendt: 2. maj 2025 08:55
Til: Mogens Friis
Emne: SV: Belysning på stien

Kære Mogens
Tak for din henvendelse om belysningen på stien ved Store Vejleå. Jeg har bedt om at få sagen på dagsordenen i Teknik- og Miljøudvalget i juni.
Venlig hilsen
Ib Kristensen
""")

M("hpe", """
Hej Lars

Vi har fået et bud på huset på 2,9 mio., men vores gæld i huset er over 3,2 mio. efter at min kone blev syg og gik ned i tid, og vi kan ikke få banken til at acceptere et salg med restgæld. Kan kommunen hjælpe med rådgivning? Vi har kun ti dage til at svare køberen.

Mvh Anders Vestergaard
""")

M("t", """
hej jeg er 17 og min far er fra Tyrkiet og min mor fra Ishøj, og jeg vil gerne stille op til Ungdomsrådet for at vise at man sagtens kan være både og. hvordan stiller man op? mvh Deniz
""")

M("s", """
jeg er en dreng på 15 og er forelsket i en anden dreng fra min klasse og tør ikke sige det til nogen. er der et sted i kommunen hvor man kan snakke med nogen anonymt? jeg vil ikke have at mine forældre ved det
""")

M("", """
Hej. Hvornår er der fernisering på den nye udstilling på Arken, og kan man komme gratis som Ishøj-borger? Mvh Anne-Lise
""")

M("ue", """
Hej

Jeg er medlem af Krifa og deres a-kasse, og jeg har fået sanktion i mine dagpenge fordi jobcentret mener jeg ikke har søgt nok jobs. Men jeg har dokumentation for 36 ansøgninger. A-kassen siger det er kommunen der har lavet fejlen. Kan I se på det?

Mvh Lars Brink
""")

M("", """
Hej

Vi har betalt for meget for SFO i marts pga en fejl i jeres system. Kan I overføre de 1.460 kr til reg. 5301 konto 0245117788? Det er min konto, ikke min mands.

Mvh Bettina Kragh
""")

M("b", """
Hej

Jeg er buddhist og mediterer i en lille gruppe på seks personer. Vi vil gerne låne et stille lokale på biblioteket tirsdag aften. Kan man booke et lokale gratis som borger?

Mvh Karsten Bloch
""")

M("e", """
Kære Social- og Sundhedsudvalg

Min kone er kommet på plejehjem, og nu skal jeg betale husleje både for min egen lejlighed og for hendes bolig. Min pension rækker ikke til begge dele, og jeg har allerede brugt vores opsparing. Hvad gør man?

Med venlig hilsen
Viggo Nørgaard, 83 år
""")

M("", """
Hej

Jeg bestilte en kompostbeholder i kommunens webshop for tre uger siden, ordrenr. 0102853344, men den er ikke kommet. Kan I se hvor den er?

Mvh Henning
""")

M("p", """
Hej

Naboens hus på Gammel Køge Landevej er sat til salg, og mægleren reklamerer med at grunden "egner sig til tre rækkehuse". Vi er bekymrede for, at en køber vil rive huset ned. Hvad siger lokalplanen?

Mvh Ingrid og Bent Holm
""")

M("s", """
Hej

Vores datter på 14 har fortalt os at hun er lesbisk, og siden hun fortalte det til sine veninder, er hun blevet mobbet på Snapchat af nogle fra parallelklassen. Skolen siger det foregår uden for skoletiden. Vi synes de har et ansvar.

Mvh Jannie og Torben Sørensen
""")

M("th", """
Hej

Min mor er fra Vietnam og forstår kun lidt dansk. Hun har fået konstateret kræft i tyktarmen og skal i kemo, men hun forstår ikke hvad lægerne siger. Kan kommunen skaffe en tolk til hendes samtaler, og betaler I for det?

Venlig hilsen
Lan Nguyen
""")

M("", """
Vi vil holde loppemarked på parkeringspladsen ved Ishøj Søpark den 7. september. Skal vi søge om tilladelse, og hos hvem? Mvh beboerforeningen
""")

M("b", """
Hej Morten

Jeg har meldt mig ud af Dansk Folkeparti efter 15 år, fordi jeg ikke kan genkende partiet mere. Men jeg vil gerne fortsætte i foreningslivet i byen. Vil du stadig have hjælp til Ishøj Marked i august?

Mvh Knud Erik Hansen
""")

M("u", """
Kære borgmester

Som formand for 3F's lokalafdeling i Ishøj vil jeg gerne invitere dig til at holde tale på Torvet 1. maj kl. 11. Vi forventer omkring 200 deltagere.

Med venlig hilsen
Jens Peter Kold
""")

M("", """
Hej

Jeg har fået et brev om ejendomsskat på min lejlighed, men jeg ejer den ikke længere. Den blev solgt i november. Mit cpr-nummer er [[120674-1587]]. Kan I slette mig?

Venlig hilsen
Bodil Thorsen
""")

M("h", """
Jeg har fået konstateret brystkræft og skal opereres den dag, hvor der er borgermøde om skolelukningen. Kan jeg sende mine kommentarer skriftligt, og kommer de så med? Mvh Tina Hviid
""")

M("se", """
Hej

Min mand Peter har mistet sit job efter 19 år, og nu kan vi ikke betale vores husleje. Vi har aldrig bedt om hjælp før. Hvem i kommunen skal vi tale med om boligstøtte eller andet?

Mvh Henrik Mølgaard
""")

M("", """
Hej

Jeg er socialrådgiver i en anden kommune og har et fagligt spørgsmål: Hvordan organiserer Ishøj den tværfaglige indsats for unge mellem 18 og 25? Jeg vil gerne lære af jeres model.

Venlig hilsen
Pia Kjeldsen
""")

M("", """
Kære Rasmus (Radikale)

Tak for et godt møde om skolebusserne. Vi glæder os til at se forslaget i udvalget. Hilsen fra forældrerådet på Strandgårdskolen.
""")

M("p", """
Til Ishøj Kommune

Som ejendomsmægler for sælgeren af Ishøj Strandvej 15 skal jeg venligst anmode om en status på ansøgningen om lovliggørelse af kvisten. Der foreligger en betinget købsaftale, og køberens advokat har sat en frist til den 30. maj.

Med venlig hilsen
Louise Lerche
Ejendomsmægler, MDE
""")
