"""Part A: relatives about elderly parents — care, dementia, plejebolig, the parents' house; Ældrerådet and care-centre negatives."""
from common import M

M("he", """
Kære Ulla Brink (formand for Social- og Sundhedsudvalget)

Jeg skriver på vegne af min mor, Inger Marie Holst, som bor på Gildbrovej 22. Hun har siden jul haft tre fald i hjemmet og ligger nu på Hvidovre Hospital med et brækket lårben. Hjemmeplejen kommer to gange om dagen, men det er tydeligt ikke nok længere. Vi har søgt om plejebolig i januar og har endnu ikke hørt noget.

Hendes cpr-nr. er [[120438-1186]], hvis det kan gøre det lettere at finde sagen.

Med venlig hilsen
Birgitte Holst Jensen (datter)
""")

M("", """
Hej

Hvornår holder Ældrerådet næste offentlige møde, og kan man som pårørende deltage uden at være tilmeldt på forhånd? Jeg vil gerne høre om planerne for det nye aktivitetscenter.

Mvh Lone
""")

M("hp", """
Til borgmesteren

Min far, Poul Erik Sandholm, har fået konstateret Alzheimers, og vi er derfor i gang med at sælge mine forældres rækkehus på Strandager 9. Der er kommet et bud fra et ungt par, men de skal først have lånet godkendt i banken, og handlen er altså ikke på plads endnu. Kommunen har en forkøbsret eller en tinglyst deklaration på grunden som vi ikke forstår – kan nogen forklare os, om den forsinker salget?

Venlig hilsen
Jesper Sandholm
""")

M("e", """
hej, min mor har fået frataget sin rengøringshjælp fra 1. marts. hun er 89 og kan ikke selv støvsuge. hun bor alene på Ishøj Bygade. hvem klager man til?? hilsen Tina (datter af Ruth Kjeldsen)
""")

M("", """
Kære Ældreråd

Tak for et godt arrangement i Kulturhuset om fremtidens ældrepleje. Jeg synes, det var interessant at høre, at kommunen vil ansætte flere SOSU-assistenter. Kommer slides'ene på hjemmesiden?

Venlig hilsen
Kirsten Aagaard
""")

M("h", """
Hej

Min svigermor Edith Frandsen (Vejlebrovej 120, lejl. 3 th.) er begyndt at glemme at tage sin medicin – hun har både sukkersyge og forhøjet blodtryk, og vi fandt i weekenden en hel uges dosisæsker urørt. Kan hjemmesygeplejen hjælpe med at dosere og give medicinen? Hun vil helst ikke selv ringe.

Mvh
Rasmus Frandsen
""")

M("he", """
Til Center for Voksne og Velfærd

Vedr. min far Kaj Mortensen, cpr [[030536 1127]] (vi skrev født 1936 forkert i sidste mail, beklager).

Far er flyttet ind på plejecentret i februar. Nu har vi fået en regning for egenbetaling på 14.000 kr., som han slet ikke kan betale – han har kun folkepension og et lille ATP-tillæg. Han har også Parkinsons og skal have ekstra fysioterapi, som vi har fået at vide at vi selv skal betale.

Kan I se på, om han er berettiget til helbredstillæg eller personligt tillæg?

Venlig hilsen
Hanne Mortensen
Tlf. 21 48 90 35
""")

M("", """
Hej. Er der stadig fællesspisning på Ishøj Plejecenter om torsdagen, og koster det noget for udefrakommende pensionister? Mvh Henning
""")

M("e", """
Kære Lars (byrådsmedlem)

Min mormor, Gudrun Larsen, bor i ældrebolig i Vildtbanegård. Hun har haft en huslejerestance på 6.800 kr. siden efteråret, fordi hendes boligstøtte blev stoppet efter min morfar døde, og ingen har hjulpet hende med at søge igen. Nu har boligselskabet sendt et påkrav. Kan du hjælpe med at få nogen fra kommunen til at kigge på det?

Hilsen
Camilla
""")

M("", """
Vi er en gruppe pårørende der gerne vil oprette en pårørendegruppe for demensramte familier i Ishøj. Kan kommunen stille et lokale til rådighed en gang om måneden? Vi har 8-10 interesserede.

Venlig hilsen
Jette Bruun, Pårørendeforeningen Ishøj
""")

M("h", """
Hej

Jeg er nabo til Erna i nr. 4 på Tranegilde Strandvej. Hun er blevet meget forvirret de sidste måneder, går rundt ude om natten i nattøj og kunne ikke finde hjem i søndags. Hun har ingen familie i nærheden. Jeg tror hun er ved at blive dement og er bange for at der sker hende noget. Hvem skal jeg kontakte?

Venlig hilsen
Annette (nr. 6)
""")

M("he", """
Kære borgerrådgiver

Jeg vil klage over visitationen af min mor, Solveig Rasmussen. Hun har KOL og bruger ilt døgnet rundt, men visitatoren vurderede efter et besøg på 15 minutter at hun ikke har brug for hjælp til bad. Min mor skammede sig over at indrømme at hun ikke kan klare det selv. Hun får i dag praktisk hjælp hver anden uge.

Jeg har fuldmagt fra min mor og vedhæfter den.

Med venlig hilsen
Michael Rasmussen
""")

M("", """
Hvorfor skal ældre i Ishøj vente længere på en plejebolig end i Brøndby? Jeg synes byrådet burde prioritere ældreområdet højere i næste budget, og jeg vil gerne vide hvad jeres parti mener.

Søren B.
""")

M("hpe", """
Hej Henrik

Som du ved, er min mor flyttet på plejehjem efter sin blodprop. Hendes andelsbolig i Ishøj Landsby er sat til salg, og andelsforeningen har nu et køberbud liggende til godkendelse, men bestyrelsen vil have en erklæring om at hun ikke kan flytte tilbage. Kan kommunen udstede sådan en? Sagen haster lidt, køberen springer fra, hvis det trækker ud.

Kh Lisbeth
""")

M("he", """
Til Demenskoordinatoren

Min far (Arne Skov, 81 år) er netop udredt på Glostrup med vaskulær demens. Lægen nævnte, at der findes et dagtilbud i kommunen. Hvordan søger vi det, og kan far køres derhen?

Mvh Pia Skov
Stationsvej 17
""")

M("", """
Kære Center for Voksne og Velfærd

Jeg har hørt fra flere i min opgang, at nye hjemmehjælpere ikke altid bærer id-kort. Er det korrekt at alle medarbejdere skal bære synligt id? Vi vil bare gerne have regler at henvise til.

Mvh Ole
""")

M("ep", """
Kære politikere

Min bror Torben (62 år) bor stadig hjemme hos vores mor på Nordmarksvej. Han har aldrig haft et arbejde, lever af kontanthjælp og har nu fået et brev om at skulle flytte, da mor skal på plejehjem og huset skal sælges til dækning af gæld. Han har intet sted at bo. Hvad kan kommunen gøre?

Hilsen
Anita Kjær
""")

M("", """
Hvad koster en plads på et af kommunens plejecentre pr. måned i 2025, og hvad indgår i prisen (mad, vask, rengøring)? Jeg spørger på forhånd fordi vi skal planlægge.
""")

M("he", """
Hej

jeg er datter af Lilly Petersen på stue 14 på plejecentret. Mor er i den sidste tid nu og plejepersonalet har sagt at hun har fået morfinpumpe. Kan vi få lov at overnatte på stuen? vi er 3 søskende og vil gerne skiftes

Maja
""")

M("", """
Til Ældrerådet

Ældrerådets høringssvar om madordningen står som "udsat" på hjemmesiden. Hvornår bliver det offentliggjort? Jeg er selv over 70 og interesseret i maden fra centralkøkkenet.

Med venlig hilsen
Finn Lauridsen
""")

M("he", """
Jeg vil gerne gøre opmærksom på at min far, Ib Nielsen [[170929 2415]], har fået afslag på høreapparat-tilskud. Han er 95 og næsten døv, og han har kun folkepension og ingen formue. Det er helt urimeligt. Jeg har fuldmagt.

Mvh Karsten Nielsen
""")

M("p", """
Kære Byudvikling

Mine forældre har besluttet at sælge deres parcelhus på Ishøj Søvej 31 og flytte i lejlighed. Ejendomsmægleren har fundet en køber, men købsaftalen er betinget af at carporten bliver lovliggjort. Hvor lang tid tager en byggesag om lovliggørelse af en carport? Handlen falder ellers til jorden.

Mvh
Signe Damgaard (datter)
""")

M("", """
Hvor mange plejeboliger har kommunen i alt, og hvor mange står på ventelisten lige nu? Det ville være fint med tal for de sidste tre år.
""")

M("hb", """
Kære plejecenter-ledelse

Min mor, Hedvig Andersen, er katolik og har altid gået i kirke hver søndag. Efter hun fik sin hjerneblødning kan hun ikke selv komme af sted. Kan der arrangeres at en præst fra Sankt Knuds kommer og giver hende kommunion på stuen? Hun bliver meget urolig når hun ikke får det.

Venlig hilsen
Karen Andersen
""")

M("ht", """
Hej

Min far er fra Tyrkiet og taler næsten ikke dansk længere efter han blev dement. Han er begyndt at tale tyrkisk med hjemmehjælperne, og de forstår ham ikke. Kan der komme en hjælper, der taler tyrkisk? Han hedder Mehmet Yıldız og bor på Vejleåparken 8.

Mvh Ayşe Yıldız
""")

M("", """
Jeg har læst i Ishøj Avis at kommunen vil lukke et af dagcentrene. Er det rigtigt? Og hvad sker der med de aktiviteter der er der nu (billard, kortspil, gymnastik)?
""")

M("e", """
Til Centerchefen

Vi har nu fire gange oplevet at hjemmeplejen ikke er mødt op hos min mor Aase (Ishøj Strandvej) til morgenhjælp. Hun har ligget i sengen til kl. 12. Det her er ikke i orden. Hun er visiteret til hjælp til personlig pleje morgen og aften.

Venlig hilsen
Jens Ove Larsen
""")

M("he", """
Kære Kristian

vi har talt sammen før om min mor. nu er hun røget ind igen med lungebetændelse og er så svækket at hun ikke kan komme hjem. hun er på Amager Hospital. hvem i kommunen tager stilling til en aflastningsplads?? Det haster

/ Dorthe
""")

M("", """
Hvordan bliver man frivillig på et af plejecentrene? Jeg er netop gået på pension og vil gerne læse højt eller gå ture med beboerne.

Vh Birthe Holm
""")

M("hep", """
Kære Ishøj Kommune

Jeg skriver som værge for min onkel, Verner Kragh, cpr. nr. [[250841–1239]]. Han har svær demens og er blevet visiteret til plejebolig. Hans lejlighed på Brombærvej er en ejerlejlighed, som skal sælges for at betale hans gæld til banken (ca. 180.000 kr.). Der er kommet et bud, men jeg har brug for at vide om kommunen har pant i boligen pga. lån til ældreboligindskud, før vi kan acceptere det.

Med venlig hilsen
Flemming Kragh
""")

M("", """
Hej

Er det korrekt at madudbringningen fra nytår skifter leverandør? Og får man så stadig mulighed for at vælge diætkost? Jeg spørger for en veninde.
""")

M("he", """
Til borgerrådgiveren

Min svigerfar, Hans Villadsen, fik i november en amputation af venstre ben (diabetes). Han ansøgte om en el-kørestol i december og har stadig ikke fået svar. Han sidder derhjemme på 2. sal uden elevator og kan ikke komme ud. Han får invalidepension og har ikke råd til selv at købe stolen.

Hans cpr: [[090152-1975]]

Mvh
Nanna Villadsen
""")

M("", """
kan man se referaterne fra Ældrerådets møder et sted? har ledt på hjemmesiden men finder kun 2023
""")

M("h", """
Hej

Min mor Grethe (Ishøj Centervej) skal have fjernet grå stær på begge øjne i næste måned. Hun kan ikke selv tage bussen til Glostrup bagefter. Har kommunen en kørselsordning til hospitalsbehandling?

Mvh Mads
""")

M("e", """
Kære byrådsmedlem

Min far blev i sidste uge taget af politiet for at køre spritkørsel og har nu fået frakendt kørekortet og en bøde på 24.000 kr., som han ikke kan betale. Han er 74 og bor alene i Torslunde. Jeg ved ikke hvad jeg skal gøre. Kan kommunen hjælpe med en afdragsordning?

Venlig hilsen
Lene Juhl
""")

M("", """
Til Kultur- og Fritidsudvalget

Pensionistforeningen Ishøj ønsker at søge tilskud til en busudflugt til Møns Klint for vores 45 medlemmer. Hvilken pulje skal vi søge, og hvad er ansøgningsfristen?

Med venlig hilsen
Bent Holgersen, kasserer
""")

M("hse", """
Hej

Min far Gunnar er 84 og bor på plejecenteret. Hans mand, Bjarne, som han har været gift med i 11 år, bor stadig i deres lejlighed og kommer dagligt. Personalet har to gange nægtet at give Bjarne oplysninger om fars hjertemedicin, fordi de "kun taler med familien". Bjarne ER familien. Kan I sørge for at det bliver rettet?

Mvh Thomas Ravn
""")

M("", """
Jeg synes det er for dårligt at kommunen ikke vil betale for klippekort til ældre mere. Det var en af de få ting der gav lidt livskvalitet. Jeg håber I tager det op i byrådet.

Hilsen en vred pensionist
""")

M("he", """
Hej Jannie

Tak for en god snak i går. Som aftalt sender jeg oplysningerne om min mor: Ellen Pedersen, født 14.07.1940, cpr [[1407403058]]. Hun har haft to blodpropper i hjernen og er nu lam i højre side. Hun har fået hjemmepleje 4 gange dagligt. Vi ønsker at søge om en plejebolig tættere på mig i Ishøj (hun bor i dag i Roskilde).

Venlig hilsen
Susanne Pedersen
""")

M("", """
Hej. Jeg vil gerne høre hvem der er kontaktperson for demensvenlige aktiviteter på biblioteket. Jeg kunne godt tænke mig at holde et foredrag om erindringsdans.
""")

M("p", """
Til Center for Byudvikling og Natur

Min afdøde fars kolonihavehus i haveforeningen Solsikken skal sælges, og der er en interesseret køber, men haveforeningen siger at kommunen skal godkende overdragelsen. Køberen vil gerne underskrive i næste uge. Hvad skal vi indsende?

Mvh
Peter Thorsen
""")

M("e", """
Kære Anne

Min mor har nu boet på Ishøj Plejecenter i to år. Hun er under værgemål og min søster er hendes værge. Nu har vi fundet ud af at min søster har brugt af mors penge til sig selv, ca. 60.000 kr. Jeg ved ikke hvem man skal gå til med sådan noget. Kan kommunen gøre noget?

(anonym – jeg vil ikke nævnes over for min søster)
""")

M("", """
Hvornår åbner udendørs-fitnessparken ved plejecentret? Den blev lovet til foråret.
""")

M("h", """
Godmorgen

min farmor falder hele tiden, hun har knogleskørhed og har brækket håndleddet to gange i år. kan kommunen komme og sætte gelændere op i badeværelset? hun bor på Ørnehøjen 2. mvh Jonas
""")

M("", """
Kære Socialudvalg

Som formand for Ishøj Ældresagen vil jeg gerne opfordre til at I genovervejer besparelsen på 2,1 mio. kr. på hjemmeplejen. Vores medlemmer oplever allerede kortere besøg. Vi står gerne til rådighed for et møde.

Med venlig hilsen
Aksel Rømer
Formand, Ældresagen Ishøj
""")

M("eh", """
Hej

Jeg skriver for min nabo Ruth på Gildbro Strandvej, som ikke selv har en computer. Hun har fået en opsigelse på sin lejlighed fordi hun ikke har betalt husleje i tre måneder. Hun har været indlagt med et hjerteanfald og har simpelthen ikke kunnet overskue sin post. Hun har givet mig lov til at skrive.

Mvh Birgit Hoffmann
""")

M("", """
Er der parkering for pårørende ved Vejlebrocentret? Jeg besøger min tante hver søndag og har fået en p-afgift to gange.
""")

M("he", """
Til Visitationen

Vedr. Elna Jørgensen, [[300133-0618]]

Min mor er 92, blind og har brug for hjælp til alt. Hendes hjemmehjælp er skåret ned fra 6 til 3 timer om ugen. Vi har fået at vide at det er en besparelse. Vi kræver en ny vurdering.

Med venlig hilsen
Ole Jørgensen
""")

M("", """
Har kommunen en oversigt over private leverandører af hjemmehjælp, man kan vælge imellem? Og hvordan skifter man?
""")

M("hpe", """
Kære Ejendomsadministration

Min far Knud bor i sit hus på Tranegilde Tværvej, men efter hans hofteoperation kan han ikke gå på trapper. Vi har fået et bud fra naboen på huset, som vi overvejer at tage imod, så far kan flytte i en ældrebolig. Kan vi få en forhåndstilkendegivelse om en ældrebolig, før vi siger ja til naboen?

Mvh Morten Kjærsgaard
""")

M("", """
hej Ældrerådet, hvornår er valget til Ældrerådet næste gang og hvordan stiller man op?
""")

M("e", """
Hej

Min mor, som er 78 og bor på Bredekærs Vænge, har fået et brev fra Udbetaling Danmark om tilbagebetaling af 32.000 kr. i ældrecheck. Hun forstår det ikke og græder i telefonen. Kan nogen fra kommunen hjælpe hende med at klage?

Vh Christina Mogensen
""")

M("he", """
Kære Trine

Min far Henrik Dahl blev udskrevet fra Hvidovre i fredags efter en hjerneblødning. Han er sendt hjem uden genoptræningsplan og uden hjælpemidler. Han bor alene og er på førtidspension. Kan kommunen sætte noget i gang med det samme? Han kan knap nok komme ud af sengen.

Hilsen Sofie Dahl
""")

M("", """
Jeg har et spørgsmål om hjælpemiddeldepotet: hvad er åbningstiderne, og kan man aflevere en rollator der ikke bruges mere?
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er nevø til Bodil Sørensen på Ishøj Plejecenter, afd. B. Hun har fået tryksår på begge hæle, og da vi var på besøg lugtede det af betændelse. Personalet sagde at sygeplejersken "ville kigge på det", men det er en uge siden. Jeg vil gerne have at nogen tager det alvorligt.

Mvh Kenneth Sørensen
""")

M("", """
Kære Kulturhuset Ishøj

Vi er et kor for seniorer, der øver hver tirsdag. Kan vi booke salen til en julekoncert den 12. december? Vi regner med ca. 80 tilhørere.

Venlig hilsen
Ingrid Lyngbye, Ishøj Seniorkor
""")
