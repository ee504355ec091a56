"""corpus34 part E: belief and trade-union membership, plus further property, orientation
and ethnicity mails, many with a CPR number or a health/money detail."""
from common import M

M("u", """Hej. Jeg er tillidsrepræsentant for FOA i hjemmeplejen Syd og vil gerne have et møde med udvalgsformanden om de nye køreplaner. Mvh Jeanette Rask""")

M("ue", """Hej
Jeg er medlem af 3F og er blevet fyret fra lageret. Min a-kasse siger jeg skal melde mig ledig hos jobcentret, men Jobnet virker ikke. Cpr [[081176 1984]]. Hvad gør jeg?
Mvh Allan Bech""")

M("u", """Kære Mette, som HK-medlem og ansat i Borgerservice i nabokommunen vil jeg gerne høre om Ishøj også har indført hjemmearbejdsdage. /Pia""")

M("uh", """Til HR i Ishøj Kommune
Jeg er pædagog i Børnehuset Tranen og medlem af BUPL. Jeg har været sygemeldt med stress i seks uger, og min leder har indkaldt til sygefraværssamtale. Jeg ønsker min TR med.
[[250881-2012]]
Mette Fogh""")

M("u", """Hej Jonas. Vi er nogle stykker fra Dansk Metal og HK, der gerne vil låne et lokale i Kulturhuset til et medlemsmøde om pension. Kan det lade sig gøre en tirsdag? Mvh Henrik Falk""")

M("u", """hej, jeg har lige meldt mig ud af Krifa og ind i Det Faglige Hus. skal jeg give kommunen besked som min arbejdsgiver? /Sanne, dagplejer""")

M("ue", """Kære jobcenter
Jeg er medlem af Djøf a-kasse og har været ledig i 10 måneder. Jeg har fået tilbud om løntilskud i kommunens økonomiafdeling. Hvem skal jeg kontakte?
[[300685 1742]]
Venlig hilsen Kathrine Ravn""")

M("u", """Hej Søren, som formand for DSR's kreds i regionen vil jeg gerne invitere dig til vores debatmøde om sygeplejersker i kommunerne. Mvh Birthe Holm, sygeplejerske""")

M("u", """Til Kultur- og Fritidsudvalget. Jeg er gammelt medlem af Malerforbundet og har været med i 40 år. Nu vil vi gerne lave en udstilling om fagbevægelsens historie i Ishøj på biblioteket. Kan det lade sig gøre? Hilsen Kurt Nørby""")

M("ue", """Hej. Jeg er lærer på Strandgårdsskolen og medlem af DLF. Min løn er blevet trukket for en dag, jeg var til møde i kredsen. Jeg kan ikke få det til at passe i budgettet den måned, vi er i forvejen i rykker med SKAT. Hvem i kommunen kan se på det? /Morten""")

M("u", """Hej
Jeg er TR for 3F-medlemmerne i Park og Vej. Vi vil gerne tale med jer om de nye arbejdstider om vinteren.
Venlig hilsen Jimmy Kragh""")

M("u", """Kære byråd, jeg har været medlem af IDA i 20 år og skriver fordi jeg synes kommunens nye IT-udbud skulle have været i dialog med fagforbundene. /Lars Vinding, ingeniør""")

M("uh", """hej. jeg arbejder i køkkenet på plejecentret og er med i FOA. har fået en arbejdsskade i ryggen og min fagforening siger jeg skal have en anmeldelse fra kommunen. hvem laver den? cpr [[120391-3118]] /Dorthe""")

M("u", """Til borgmesteren. Som Lederne-medlem og tidligere butikschef i Bycentret vil jeg gerne give et par input til den nye detailhandelsplan. Mvh Susanne Brandt""")

M("u", """Hej Karina
Vi er en gruppe rengøringsassistenter, alle organiseret i Serviceforbundet, og vi vil gerne klage over de nye vagtplaner på skolerne.
Mvh Fatma, Lise og Gitte""")

M("ut", """Hej. Jeg er polsk håndværker og medlem af Blik og Rør. Jeg har ikke fået løn for et arbejde på et af kommunens byggerier via en underentreprenør. Kan kommunen hjælpe? /Piotr""")

M("u", """Kære Kim. Jeg var tillidsmand i HK i 15 år før jeg gik på pension, og jeg vil gerne være frivillig ved byrådsvalget. Hvordan melder man sig? Hilsen Inger Lau""")

M("ub", """Hej Jonas
Som medlem af både SF og FOA vil jeg gerne takke for din indsats for normeringer. Jeg har delt dit opslag i min lokalafdeling.
Kh Mette Brink""")

M("u", """til hvem det vedkommer: jeg er medlem af Fødevareforbundet NNF og vi holder klubmøde på kantinen. er der p-plads til 30 biler ved rådhuset lørdag? /Jan""")

M("ue", """Hej jobcentret
Min a-kasse hos Metal siger at kommunen skal godkende mit kursus før jeg kan få dagpenge under det. Kursus starter om en uge. [[070770-1311]]
Mvh Klaus Dahl""")

M("u", """Hej Rikke. Jeg er TR for socialrådgiverne (Dansk Socialrådgiverforening) i Center for Børn og Forebyggelse og vil gerne have udvalgets holdning til sagstallet. Venlig hilsen Anne Kjær""")

M("u", """Kære formand. Jeg har været i Frie Funktionærer siden 2018 og vil gerne vide, om kommunens jobmesse også er for os, eller kun for de store forbund. /Casper""")

M("u", """Hej. Jeg er elev i kommunen og lige meldt ind i Forbundet Kommunikation og Sprog. Min elevløn er forkert. Hvem skal jeg kontakte? Mvh Sara""")

M("uh", """Til Personaleafdelingen
Jeg er ansat som social- og sundhedshjælper og er medlem af FOA. Jeg er gravid i 5. måned og har fået at vide af min jordemoder, at jeg ikke må løfte. Kan jeg omplaceres?
Cpr: [[1605962087]]
Mvh Sabrina""")

M("u", """hejsa, er det rigtigt at tillidsrepræsentanter i kommunen får fri til TR-kursus? Jeg er nyvalgt TR for DLF på Vibeholmskolen. /Thomas""")

M("u", """Kære Ishøj Kommune
Jeg er medlem af Socialpædagogerne og arbejder på et bosted i kommunen. Jeg vil gerne klage over, at vores arbejdsmiljørepræsentant ikke er blevet indkaldt til møderne.
Hilsen Pernille Busk""")

M("u", """Hej Lars. Jeg er aktiv i 3F's seniorklub, og vi vil gerne holde et møde med byrådet om seniorboliger. Mvh Erik Sejer""")

M("b", """Hej. Jeg er muslim og beder fem gange om dagen. Kan jeg få lov at bruge et stille rum på jobcentret, når jeg er til kursus hele dagen? Mvh Ayse""")

M("b", """Kære Center for Børn og Forebyggelse
Vi er Jehovas Vidner og ønsker ikke at vores datter deltager i fødselsdagsfejringer i børnehaven. Hvordan kan det håndteres?
Venlig hilsen
Familien Brink""")

M("b", """Hej Mette. Jeg er medlem af Enhedslisten og aktiv i lokalafdelingen. Vi vil gerne låne rådhusets mødesal til et borgermøde om klima. Kan vi det? /Rasmus Lind""")

M("b", """Til byrådet. Jeg stemte på Venstre ved sidste valg men er så skuffet over beslutningen om at lukke svømmehallen om morgenen, at jeg næste gang stemmer på nogen andre. Hilsen Poul""")

M("bh", """Hej
Jeg er katolik og ligger på hospice nu. Jeg vil gerne vide om min begravelse kan ske på Ishøj Kirkegård med en katolsk præst. Min søn hjælper mig med at skrive.
Venlig hilsen Maria Kowalczyk""")

M("b", """hej! jeg er veganer af etiske grunde og synes at skolemaden burde have et vegansk alternativ hver dag. Min søn Theo går i 2.A. /Line""")

M("b", """Kære borgmester. Som humanist og medlem af Ateistisk Selskab vil jeg gerne foreslå, at byrådet dropper den kristne andagt ved julestuen. Mvh Henrik Rolf""")

M("bt", """Hej
Jeg er sikh og bærer turban. Kan jeg få lov at arbejde i kommunens køkken med turban i stedet for hårnet? Jeg er født i Punjab.
Mvh Harpreet Singh""")

M("b", """Til Kultur og Fritid. Vi er en buddhistisk meditationsgruppe på seks personer og vil gerne låne et lokale på biblioteket hver onsdag. Kontaktperson: Kirsten Bay""")

M("b", """Kære Karsten, jeg har været medlem af Dansk Folkeparti i tyve år, og jeg må sige at jeres budget rammer de ældre. Det skal du vide. /Ove Kjær""")

M("be", """Hej
Jeg er konverteret til islam og går med tørklæde pga. min tro. Jobcentret har sendt mig i praktik i en butik, der kræver at jeg tager det af. Kan jeg sige nej uden at miste min kontanthjælp?
Mvh Louise (Aisha) Jensen, [[011195-2344]]""")

M("b", """Hej Rikke. Jeg er aktivist i Extinction Rebellion og vil gerne give byrådet et brev om klimaplanen ved næste møde. Må vi stå foran rådhuset? Venlig hilsen Jonas Bille""")

M("b", """Til skolen. Vores familie er ortodokse kristne og fejrer jul den 7. januar. Kan vores børn få fri den dag? /Elena og Mihai Popescu""")

M("b", """Kære Sofie. Jeg er pacifist og synes ikke at kommunen skal have en soldaterudstilling på biblioteket. Det går imod alt, hvad jeg tror på. Mvh Inge Brask""")

M("bu", """Hej Lars
Som socialdemokrat og HK'er gennem 30 år vil jeg bare sige: godt gået med budgettet. Du har min stemme igen.
Kh Bente Vestergaard""")

M("b", """Hej, jeg er medlem af Mosaisk Trossamfund og vil gerne spørge om vi kan få sat et lys op ved Ishøj Kirkegård til Hanukkah ved min fars grav. /Miriam""")

M("be", """Til Center for Voksne og Velfærd. Min mor er troende muslim og ønsker kun kvindelige hjælpere til personlig pleje. Hun har hjemmehjælp hver morgen. Kan det lade sig gøre? Mvh Zainab El-Amin""")

M("b", """Hej Dorte. Jeg er aktiv i Konservative Ungdom og vil gerne interviewe dig til vores medlemsblad. Har du tid i næste uge? /Frederik, 19""")

M("bs", """Hej
Jeg er præst i frikirken og homoseksuel, og jeg vil gerne høre, om kommunen kan støtte vores Pride-gudstjeneste med et telt.
Venlig hilsen Mads Ørum""")

M("b", """Kære byrådsmedlem. Jeg er kristen og går i Pinsekirken i Ishøj. Vi vil gerne dele gratis suppe ud på Torvet i december. Kræver det tilladelse? /Ruth Hansen""")

M("b", """hej. jeg er sunni-muslim og min datter skal i lejrskole. kan skolen sørge for halalmad? mvh Mustafa Ahmadi""")

M("b", """Til udvalget. Jeg er medlem af Radikale Venstre og formand for lokalforeningen. Vi vil gerne stille op med en stand ved Kulturnatten. Mvh Trine Juhl""")

M("b", """Hej. Jeg er hindu og vil gerne vide, om man må sprede aske i Ishøj Havn efter vores traditioner, når min mand dør. Mvh Lakshmi""")

M("bh", """Kære borgerrådgiver
Jeg er ateist og fik at vide af en medarbejder på plejecentret, hvor min mor er døende med kræft, at "nu må I vel bede for hende". Jeg synes det var upassende.
Hilsen Flemming Bay""")

M("b", """Hej Jonas. Jeg har meldt mig ind i Alternativet efter jeres debat om grønne områder. Jeg vil gerne være med i arbejdsgruppen. /Sif""")

M("bt", """Hej
Vi er en jødisk familie og vil gerne vide om der er nogen der kan hjælpe med at finde en plads på kirkegården, hvor man må begrave efter jødisk skik.
Venlig hilsen Aron Meyer""")

M("p", """Hej Kim. Vi har solgt vores lejlighed betinget af at køber får lån. Men køberens bank vil have en tilstandsrapport, og kommunen har ikke registreret vores udestue. Kan I hjælpe hurtigt? Mvh Bettina Lauridsen, [[090987 1420]]""")

M("pe", """Hej
Jeg arver min fars hus på Engvej, men jeg har gæld og skal sælge det hurtigt. Der er en køber der vil betale kontant, hvis kommunen kan fortælle om der er gæld i ejendommen. Cpr [[220364-1093]].
Mvh Gitte Sand""")

M("p", """Til Ejendomsskat. Vi er ved at købe Søhusvej 9 og mangler kun underskrift. Sælger siger at der er en ubetalt rottebekæmpelsesregning. Hvem hæfter? Hilsen Rasmus og Mia""")

M("p", """kære kommune. jeg har budt på min nabos kolonihave i Torslunde, men to andre har også budt. hvordan vælger foreningen køberen? har kommunen nogen regler? /Lennart""")

M("p", """Hej
Vi overvejer at købe et tidligere landbrug ved Tranegilde og skal vide om der må holdes heste. Vi har fået en købsaftale i hænde, men ikke skrevet under.
Mvh Karoline Stæhr""")

M("ps", """Hej Lars. Min kone og jeg (vi er to kvinder) har fået accepteret vores bud på et hus i Ishøj Landsby. Handlen er betinget af at vi sælger vores lejlighed i Valby. Hvornår kan vi melde flytning? /Maja Bech""")

M("p", """Til Byudvikling. Vores udlejningsejendom på Ishøj Stationsvej har en køber, og handlen skal gennemføres i december. Køber spørger om en gammel påbudssag om altaner er lukket. Mvh Finn Holst Ejendomme ApS""")

M("s", """Hej. Min kæreste Mads og jeg (vi er begge mænd) skal giftes på rådhuset i maj. Kan vi få lov at tage vores hund med ind? Mvh Jonathan""")

M("s", """Til borgerrådgiveren. Jeg er homoseksuel og har oplevet at min nabo kalder mig bøsserøv, når jeg går forbi. Kommunen er udlejer, så jeg skriver her. /Niels, [[080562-1221]]""")

M("s", """hej Rikke!! vi er en gruppe biseksuelle og lesbiske seniorer der mødes hver torsdag. kan vi låne lokale i Kulturhuset? knus fra Lis""")

M("she", """Hej
Min hustru Karen (vi er et lesbisk par) er lige kommet hjem fra operation for brystkræft. Kan vi få hjælp til rengøring de næste uger?
Hilsen Marianne Krog, [[210458-1733]]""")

M("s", """Hej, vores søn på 14 er sprunget ud som homoseksuel, og han bliver drillet i skolen. Hvem i kommunen kan hjælpe? /Lotte, Vibeholmen""")

M("s", """Kære formand for Kultur- og Fritid. Som bøsse og medlem af Ishøj Rowing Club vil jeg gerne foreslå at klubben deltager i Copenhagen Pride. Kan kommunen give tilskud? /Anders""")

M("ste", """Hej. Jeg er trans og lesbisk og har tyrkisk-kurdisk baggrund. Min familie vil ikke kendes ved mig. Jeg søger et sted at bo. Mvh Deniz, [[150603-4122]]""")

M("t", """Hej. Jeg er af indisk oprindelse og har set at kommunens ansøgningsskema om boligstøtte kun findes på dansk. Kunne det komme på engelsk? Cpr [[041179-2306]]. Mvh Rahul""")

M("t", """Til borgmesteren. Min mand er fra Gambia, og han er blevet nægtet adgang til diskoteket i Bycentret flere gange. Kan kommunen gøre noget? /Sofie Kjær""")

M("te", """Hej. Jeg er kommet som flygtning fra Afghanistan og har fået kontanthjælp i to måneder. Jeg vil gerne starte på danskuddannelse om aftenen. Hvordan? Cpr [[010190-2775]]. Zahra""")

M("t", """Kære Ishøj Kommune. Jeg er grønlænder og min søn går i 4. klasse. Kan han få modersmålsundervisning i grønlandsk? Mvh Aviaja Lund""")

M("b", """Hej Sofie. Jeg er medlem af Folkekirken og sidder i menighedsrådet i Torslunde. Vi vil gerne have flere p-pladser ved kirken til søndagsgudstjenesten. /Bodil Skov""")

M("bu", """Kære Karsten
Som gammel kommunist og medlem af 3F siden 1974 må jeg sige, at jeres udlicitering af rengøringen er en hån mod arbejderne.
Med kammeratlig hilsen Arne Poulsen""")

M("u", """Hej jobcenter, jeg er medlem af Kristelig Fagforening og deres a-kasse. De siger jeg skal sende min CV til jer. Hvilken mail? /Henrik""")

M("bh", """Hej. Jeg er muslim og har sukkersyge. Kan Sundhedshuset give mig råd om medicin under ramadanen? Mvh Ibrahim Celik""")
