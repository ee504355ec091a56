"""corpus4, part a: mostly health, with health-flavoured hard negatives."""
from common import M

M("h", """
hej

jeg skriver fordi min søn han har sukkersyge (type 1) og skolen vil ikke hjælpe ham at tage insulin i frikvarteret. lærer siger det er ikke deres job. han er kun 8 år. hvem jeg skal snakke med?

mvh Fatima
""")

M("he", """
hej Lone 🙂 undskyld jeg skriver til dig direkte men jeg ved ik hvem ellers. jeg er sygemeldt med stress siden marts og nu siger jobcentret at mine sygedagpenge stopper til juni fordi "revurdering". jeg kan sgu ik overskue det. hvem ska jeg ringe til?? vh Jonas
""")

M("h", """
Kære borgmester

Min mor på 84 har netop fået stillet diagnosen Alzheimers. Hun bor stadig selv i sin lejlighed på Ishøj Strandvej, men vi kan mærke at hun glemmer at spise. Egen læge har henvist til kommunens demenskoordinator, men der er åbenbart 11 ugers ventetid. Er det virkelig rimeligt?

Venlig hilsen
Bente Kragh
""")

M("h", """
min kæreste har lige fået diagnosen adhd og får concerta nu men han kan ik få tid hos den psykiater som kommunen henviser til før efter sommerferien. er det normalt at der går så lang tid. han mister snart sit job hvis ik det bliver bedre
""")

M("h", """
Til Sundhedsplejen

Jeg mistede vores baby i uge 11 for tre uger siden (spontan abort). Jeg har stadig et brev liggende om en hjemmebesøgs-aftale med jer i maj. Kan I fjerne den, så jeg ikke skal ringe og forklare det igen?

Tak
Maria
""")

M("h", """
Hi, sorry for my danish. Jeg har burnout og min læge says I need to slow down og gå ned i tid. Min manager siger at det er "kommunens regler" at jeg ikke kan gå ned til 25 timer. Is that true? Jeg arbejder i Ishøj Bycenter, ikke i kommunen.

Best, Priya
""")

M("ht", """
Hej

Jeg er grønlænder og min far ligger på Hvidovre Hospital med svær KOL. Han forstår ikke så meget dansk når han er træt. Når han kommer hjem skal kommunen lave genoptræning og vi vil gerne have tolk på grønlandsk til det første møde. Hvordan gør vi det?

Ulloriaq
""")

M("he", """
Jeg vil gerne gøre opmærksom på drengen i nr. 14 (ca. 13 år). Han er fuld næsten hver eftermiddag og har kastet op i opgangen flere gange, og forældrene er aldrig hjemme før sent. Jeg har sendt en underretning via jeres hjemmeside i sidste uge men har ikke hørt noget. Er den kommet frem?

Anonym nabo, Vejleåparken
""")

M("h", """
Til Center for Voksne og Velfærd

Min bror Søren Holt har paranoid skizofreni og er stoppet med sin medicin (Abilify) for ca. en måned siden. Han har låst sig inde i lejligheden og vil ikke åbne for hjemmesygeplejersken. Jeg er meget bekymret. Hvem har ansvaret for at gøre noget?

Mvh Lise Holt
""")

M("h", """
hej. må min datter svømme i ishøj svømmehal med skolen når hun har epilepsi? læreren siger hun skal have sin egen voksen med i vandet og det har vi ik. hun har ik haft anfald i 2 år

Kamilla (mor til Ellie 3.b)
""")

M("he", """
Kære udvalgsformand

Efter en rygmarvsskade for to år siden sidder jeg i kørestol. Jeg søgte om støtte til handicapbil i oktober, og nu, 7 måneder efter, har jeg stadig ikke fået en afgørelse. Imens kan jeg ikke komme på arbejde uden at min nabo kører mig.

Jeg håber, De vil se på sagsbehandlingstiden.

Mvh
Kasper Dahl
""")

M("h", """
har lige fundet ud af jeg er gravid 🥰🥰 men min læge er gået på pension og jeg kan ik finde nogen læge i ishøj der tager nye patienter. hvad gør man?? pls hjælp
""")

M("h", """
Jeg har kronisk migræne, og det nye lys i cykeltunnelen under Ishøj Stationsvej blinker hele tiden. Det udløser anfald hos mig hver gang jeg cykler igennem på vej hjem. Kan det blive lavet?

Hilsen Morten Brix
""")

M("h", """
Kære Jens

Min mand fik en blodprop i hjertet i januar og må ikke bære tunge ting. Vi bor på 3. sal uden elevator, og nu er storskraldsordningen ændret så vi selv skal bære ned. Kan man få en undtagelse?

Venlig hilsen
Birgit Sand
""")

M("hb", """
Til hjemmeplejen / genoptræningen

Jeg er Jehovas Vidne og har fået lavet en ny hofte på Glostrup uden blodtransfusion. Nu skal jeg genoptrænes i kommunen. Jeg vil gerne sikre mig at det står i min journal, at jeg ikke tager imod blod, hvis noget skulle gå galt.

Med venlig hilsen
Ruth Andersen
""")

M("he", """
Hej

Jeg har haft long covid i halvandet år. Jeg kan max arbejde 10 timer om ugen før jeg ligger ned i to dage. Jobcentret vil nu have mig i et ressourceforløb, men min sagsbehandler er skiftet 4 gange. Jeg vil gerne klage over at jeg skal forklare alt forfra hver gang.

Mvh Signe
""")

M("h", """
hej vuggestuen sommerfuglen

vores lille pige Alma skal starte 1. august og hun har svær nøddeallergi (anafylaksi, hun har epipen). vi vil gerne have et møde med køkkenet før hun starter. hvornår kan det lade sig gøre?

vh Nikolaj og Sara
""")

M("h", """
Kære Center for Børn og Forebyggelse

Vores datter Ida på 15 år er indlagt på børne- og ungdomspsykiatrien med anoreksi. Skolen bliver ved med at sende automatiske breve om ulovligt fravær. Det er meget hårdt at modtage. Kan I få dem til at stoppe?

Venlig hilsen
Trine og Mads Overgaard
""")

M("he", """
jeg ved ikke om det er jer man skal skrive til. min far er ludoman og har spillet hele min mors opsparing væk, over 300.000. nu kan hun ikke betale huslejen til maj. hun skammer sig og vil ik selv skrive. hvad kan hun få af hjælp?
""")

M("h", """
Hvorfor kan man kun ringe til borgerservice og ikke skrive? Jeg er døv og kan ikke bruge telefonen. Jeg har prøvet at få hjælp til mit sundhedskort i 3 uger.

Mvh Henning (døv, bruger tegnsprog)
""")

M("he", """
Hej

Mormor er blevet dement og bor stadig alene i sit hus i Torslunde. Hun går ud om natten. Vi har søgt om plejebolig til hende i februar og fik at vide det tager 2 måneder – nu er det snart 5. Hvad sker der?

Hilsen Julie (barnebarn)
""")

M("h", """
hej jeg er 16 og har ocd og angst. min skole vil ik lade mig sidde ved døren til eksamen og jeg ved ik om jeg kan klare at sidde midt i salen. kan kommunen gøre noget? min mor ved godt jeg skriver
""")

M("h", """
Kære byrådsmedlem

Min svigerfar har Parkinsons sygdom og kan ikke længere gå op ad trappen til valgstedet på skolen. Sidste gang måtte to af os bære ham. Kan valgstedet flyttes til stueetagen eller kan han stemme hjemme?

Venlig hilsen
Peter Lund
""")

M("hu", """
Hej

Jeg er social- og sundhedsassistent og medlem af FOA. I november fik jeg en arbejdsskade (diskusprolaps) da jeg løftede en borger alene på plejecentret, fordi der ikke var lift. Jeg vil gerne vide om kommunen har anmeldt det, for jeg kan ikke finde det nogen steder.

Mvh
Dorthe Lauridsen
""")

M("h", """
Efter ulykken med 300'eren i december har jeg piskesmæld og går til fysioterapeut to gange om ugen. Hvem skal jeg sende kvitteringerne til? Busselskabet siger kommunen og kommunen siger busselskabet. / Ole
""")

M("h", """
Hej

jeg har gigt i hænderne og kan ik åbne låget på de nye affaldsspande (det med klemmen). jeg er ikke den eneste i vores opgang. kan vi få den gamle slags?

venlig hilsen
Grethe, Gildbrovej
""")

M("h", """
Til Sundhedshuset

Jeg har fået konstateret type 2-diabetes og er startet på Metformin. Min læge siger at kommunen har et kursus om kost og motion. Hvordan tilmelder jeg mig?

Mvh Jens Peter Hviid
""")

M("he", """
Hej

Min søn på 22 er afhængig af kokain og bor på gaden nu. Han sover nogle nætter i opgangen hos en kammerat. Han vil gerne i behandling men han har ikke en adresse og så siger de at han ikke kan få hjælp i Ishøj. Er det rigtigt?

En fortvivlet far
""")

M("h", """
Jeg er svagsynet (grøn stær) og kan ikke læse de breve I sender i Digital Post, når de er scannede billeder. Kan I sende dem som rigtig tekst, så min skærmlæser kan læse dem op?

Med venlig hilsen
Aase Mikkelsen
""")

M("he", """
jeg er bekymret for min veninde camilla. hun er bipolar og er i en mani lige nu, hun har brugt over 40.000 på kreditkort den sidste uge og har ikke sovet. hun vil ik høre på nogen. kan kommunen gøre noget? jeg tør ik ringe til hende familie
""")

M("hs", """
Kære borgmester

Min mand Anders har fået konstateret prostatakræft og skal i strålebehandling på Herlev fem dage om ugen i seks uger. Jeg arbejder selv fuld tid. Kan han få kørsel gennem kommunen?

Venlig hilsen
Thomas Wind
""")

M("h", """
vores søn er autist og kan ik tage skolebussen med de andre børn, han får nedsmeltninger af larmen. skolen siger vi selv skal køre ham. vi har begge arbejde kl 7. hvad gør vi

Rasmus
""")

M("h", """
Til sundhedsplejersken

Jeg tror jeg har fødselsdepression. Jeg græder hele tiden og kan ikke glæde mig over min datter. Jeg tør ikke sige det til min mand. Kan I ringe til mig?

Sanne, Bredekærs Vænge
""")

M("h", """
Hej Camilla

Tak for sidst på biblioteket. Jeg nævnte at jeg tager Sertralin for min depression og har svært ved at komme op om morgenen. Det var derfor jeg spurgte om åbningstiderne i værestedet. Kan du sende mig linket du talte om?

Mvh Lasse
""")

M("h", """
Hej

Min kone er i dialyse tre gange om ugen på Herlev. Taxaen fra kørselsordningen kommer tit en time for sent så hun misser sin tid. Hvem klager man til?

Jørgen Bech
""")

M("h", """
Jeg er veteran fra Afghanistan og har PTSD. Nytårsaften og de uger op til er et helvede for mig med alt fyrværkeriet i Vejleåparken. Kan kommunen ikke indføre forbud i boligområdet, eller i det mindste håndhæve tidspunkterne?

/Michael
""")

M("h", """
hej. jeg har været ædru i 9 måneder og tager stadig Antabus. jeg vil gerne være frivillig i ungdomsklubben men jeg ved ik om de må sige nej pga mit alkoholforløb. hvad er reglerne

Kim
""")

# --- hard negatives -------------------------------------------------------

M("", """
Hej

Har Sundhedshuset åbent mellem jul og nytår? Og kan man stadig bestille tid til blodprøver der?

Mvh Jette
""")

M("", """
hvor kan man få influenza vaccine i år?? apoteket i bycentret siger de ik har flere
""")

M("", """
Kære Kultur- og Fritidsudvalg

Vi er en gruppe fra Ishøj Løbeklub, som vil arrangere et motionsløb i Ishøj Strandpark den 14. september til fordel for Kræftens Bekæmpelse. Vi forventer ca. 200 løbere. Skal vi søge om tilladelse hos jer, og kan vi låne afspærringshegn?

Med venlig hilsen
Ishøj Løbeklub v/ Christina Holm
""")

M("", """
yo den nye skaterbane ved ishøj station er sygt fed 🔥🔥 tak!! men kan i ik sætte lys op så vi kan skate om aftenen
""")

M("", """
Hej

Hvorfor er bus 128 holdt op med at køre helt ind til Hvidovre Hospital? Det er en lang gåtur fra stoppestedet, og mange ældre bruger den rute.

Hilsen Per, Ishøj Landsby
""")

M("", """
Til Ishøj Kommune

Vi er en fodboldklub med ca. 300 medlemmer på banerne ved Vejleåhallen. Der hænger ingen hjertestarter ude ved klubhuset, kun inde i hallen som er låst om aftenen. Kan kommunen sætte en op udendørs?

Mvh bestyrelsen, IF Vejleå
""")

M("", """
Kære borgmester

Jeg er uddannet sygeplejerske og har arbejdet 30 år på Glostrup. Nu har jeg mere tid og vil gerne hjælpe som frivillig ved kommunens arrangementer, fx sommerfesten for ældre. Hvem skal jeg kontakte?

Venlig hilsen
Lillian Frost
""")

M("", """
Jeg synes det er en skandale at psykiatrien i vores region er så underfinansieret. Kommunen burde presse på for flere sengepladser og kortere ventetid. Hvad gør byrådet ved det?

Mvh en bekymret borger
""")

M("", """
hej vi er en gruppe i 8.c på Ishøj Skole og vi laver projekt om den store depression i 1930erne og hvordan det ramte danske byer. har arkivet noget om ishøj fra den tid?? vi skal aflevere på fredag

mvh Yasmin, Oliver og Emil
""")

M("", """
Jeg har mistet mit gule sundhedskort. Kan jeg bestille et nyt online eller skal jeg møde op i borgerservice?

Mvh Henrik Juul
""")

M("", """
Hej

Min far døde i sidste uge. Vi skal have en urne sat ned på Ishøj Kirkegård. Hvem skal vi kontakte om gravstedet, og hvad koster det?

Venlig hilsen
Anne-Mette Kjær
""")

M("", """
der er rotter ved containerne bag netto på ishøj stationsvej. de kan sprede sygdomme og der leger børn lige ved siden af. nogen må gøre noget
""")

M("", """
Hej plejecentret Ishøjhjemmet

Vores kor (Ishøj Seniorkor, 22 sangere) vil gerne komme og synge julesange for beboerne i december. Hvilke datoer passer jer?

Med venlig hilsen
Kirsten, korleder
""")
