"""corpus63 part D: rainbow families, unions, moving, faith and PPR."""
from common import M

M("su", """Hej Børnehuset Skovbrynet

Min mand Jesper og jeg skal begge arbejde sent i december, og jeg har desuden møder hos
BUPL, hvor jeg er medlem, om en uenighed med min egen leder i Brøndby, hvor jeg er pædagog. Kan vores søn Carl
blive til lukketid mandag og torsdag i de næste tre uger?

Mvh Nicolai Frost""")

M("s", """hej

ved ikke helt hvem jeg skal skrive til. jeg er 17 og har fundet ud af at jeg er aseksuel.
alle mine venner snakker kun om kærester og det er lidt ensomt. findes der en gruppe i
ishøj for unge som mig, eller en person man kan snakke med?

/ Liv""")

M("sh", """Kære borgerrådgiver

Vores datter Asta på 15 er lesbisk, og efter hun sprang ud har hun haft det meget svært.
Hun er nu i behandling for en depression hos en psykolog via lægen. Skolen har ikke
gjort noget ved de kommentarer hun får fra klassekammeraterne, og vi føler os ikke
hørt.

Hvem kan vi klage til?

Mvh Lars og Birgitte Winther""")

M("s", """Til Ishøj Skole

Min søn Kristoffer og hans mand Ali har adopteret en dreng på 6, Bao, som skal starte i
0. klasse efter sommerferien. Jeg er farfar og skal hente ham om onsdagen. Skal jeg stå
på en liste, eller er det nok at forældrene skriver det i Aula?

Venlig hilsen
Jørgen Kiel""")

M("sp", """Hej

Min kone og jeg har budt på et hus på Tranegildevej, og mægleren har sagt at sælger
svarer i morgen. Vi har to piger på 4 og 7. Hvis vi får huset, hvornår kan den store
starte på Gildbroskolen, og kan den lille få børnehaveplads i nærheden fra marts?

Mange hilsner
Kirstine Møller""")

M("se", """Til Familieafdelingen

Min tidligere partner Jonas og jeg er to fædre til Aksel, 5 år. Vi er gået fra hinanden,
og vi kan ikke blive enige om bopæl og samvær. Familieretshuset har indkaldt os til
møde, men Jonas vil flytte til Aalborg med Aksel. Kan kommunen hjælpe med mægling
inden?

Med venlig hilsen
Frederik Holst""")

M("s", """Hello,

Our son Lukas (14) told us last month that he is gay. We are proud of him. He'd like
to join a youth group for LGBT teens, and he mentioned that the ungdomsskole might run
one. Could you tell us if that's true and how he signs up?

Best wishes,
Rachel and Tom Bennett""")

M("u", """Hej Pladsanvisningen

Jeg er TR for FOA på Plejecenter Kærhaven, og vi har personalemøder hver anden tirsdag til
kl 17.30. Kan min datters børnehave give hende lov at blive til jeg kommer de dage?
Lukketid er 17.

Mvh Suzan Aydin""")

M("uhe", """Til jobcentret, opfølgning

Jeg er lærer på en skole i Høje-Taastrup og har været sygemeldt siden august efter en
konflikt med ledelsen. Jeg får sygedagpenge. Danmarks Lærerforening har tilbudt at en
konsulent deltager i min opfølgningssamtale den 3. december. Er det i orden?

Venlig hilsen
Anders Bloch""")

M("u", """hej klubben

jeg har lige meldt mig ind i HK Ungdom fordi min chef i netto ikke betaler aftentillæg og
de vil hjælpe mig. de spørger om vi kan holde et lille møde i klubben for dem der arbejder
i butikker. må vi det en tirsdag?

mvh Sara 17""")

M("ue", """Hej SFO'en

Jeg blev fyret fra mit job som elektriker i sidste uge. Dansk El-Forbund, hvor jeg er
medlem, har lovet at se på sagen, fordi jeg mener det skete efter jeg klagede over sikkerheden. Indtil jeg får
nyt arbejde kan jeg selv hente Oliver kl 14. Skal jeg melde ham ned i tid?

Mvh Brian Kjeldsen""")

M("u", """Kære lektiecaféen på biblioteket

Jeg er pensioneret lærer og tidligere medlem af Danmarks Lærerforening i 38 år. Jeg vil
gerne hjælpe børn med matematik i lektiecaféen en eftermiddag om ugen. Hvem skal jeg
kontakte?

Venlig hilsen
Karen Lunding""")

M("", """Til Center for Beskæftigelse og Erhverv

Jeg er redaktør på 3F's medlemsblad og arbejder på en artikel om lærlinge i kommunerne på
Vestegnen. Må jeg interviewe en medarbejder fra UU Ishøj om hvordan man hjælper unge i
gang med en erhvervsuddannelse?

Venlig hilsen
Lise Kampmann, redaktør""")

M("p", """Hej Vibeholmskolen

Vi har solgt vores lejlighed i Hvidovre og købt et hus i Ishøj Landsby, men købers advokat
har stadig forbehold på salget indtil på fredag. Hvis alt går vel, flytter vi den 1.
januar. Vores søn går i 4. klasse. Kan vi besøge skolen før jul?

Venlig hilsen
Sofie Østergaard""")

M("p", """Hej Pladsanvisning

jeg har fået tilbudt en andelslejlighed i Ishøj Strand og skal skrive under på fredag, men
andelsforeningens bestyrelse skal godkende mig først. hvis det går igennem vil jeg gerne
have min datter flyttet til Børnehuset Havmågen. hvad er ventetiden

mvh Louise""")

M("p", """Til Ishøj Kommune

Vi har vores hus i Torslunde til salg, og ejendomsmægleren har udbudt det til 3,2 mio. Vi
vil gerne købe noget mindre tæt på vores barnebarn på Vejleåvej, så vi kan hjælpe med at
hente i SFO. Kan I fortælle om kommunen har planer om nyt byggeri ved Vejleå?

Mvh Kurt og Hanne Lindberg""")

M("pe", """Til borgerrådgiveren

Vi købte hus i Ishøj for at være tæt på vores søns skole, men vores gamle hus i Albertslund
er stadig ikke solgt efter fem måneder. Vi betaler nu to boliglån, og banken har sagt
stop. Vi er bagud med ejendomsskatten. Kan kommunen give henstand, eller er der nogen
hjælp at få?

Med venlig hilsen
Mads og Line Krogh""")

M("pt", """Hej Gildbroskolen

Vi har skrevet under på en købsaftale på et rækkehus på Ishøj Boulevard, men den er
betinget af at vi sælger vores lejlighed først. Min mand er fra Tyrkiet, og vores to drenge
taler både tyrkisk og dansk. Hvis handlen går igennem, vil de gerne starte hos jer.

Venlig hilsen
Marianne Yilmaz""")

M("t", """Hej lærer

Jeg er fra Somalia og mit dansk er ikke så godt. Til skole-hjem-samtale for min søn Abdi vil
jeg gerne have en tolk. Kan skolen bestille det? Jeg kommer den 14.

Tak
Hassan""")

M("tb", """Til klasselæreren i 1.C

Vi er sikher fra Punjab, og vores søn Gurveer bærer patka, et lille stofturban. En dreng i
klassen hiver i den hver dag, og i går gik den af i gården. Det er meget krænkende for
ham. Kan I tale med klassen om det?

Venlig hilsen
Harpreet Singh""")

M("t", """Hej Strandgårdskolen

Min datter Pipaluk er halvt grønlandsk, og nogle af de store børn kalder hende
"eskimo" og spørger om hun bor i en iglo. Hun er 8. Hun var glad for skolen før. Hvad gør
lærerne når de hører det?

Venlig hilsen
Anette Kleist""")

M("t", """Kære borgerrådgiver

Vi er romaer og bor i Ishøj. Min søn på 11 er den eneste i klassen der aldrig bliver
inviteret med til fødselsdage, og en forælder har sagt til en lærer at "de der
sigøjnere stjæler". Læreren har ikke gjort noget. Jeg vil klage over skolen.

Med venlig hilsen
Milena""")

M("te", """Til Ydelser

Vi har flygtningebaggrund og kom til Ishøj sidste år. Vi får integrationsydelse, og min
ældste søn skal på lejrskole til 1.800 kr. Kan vi få hjælp til at betale?

Tak
Mohammad Karimi""")

M("b", """Hej Ishøj Skole

Vores søn Magnus skal konfirmeres den 3. maj, og vi vil gerne spørge om vi kan leje skolens
aula til hans konfirmationsfest om aftenen. Vi er ca. 70 gæster.

Mvh Susanne og Per Lund""")

M("b", """Hej pædagogerne på Solsikkestuen

Vi er hinduer og fejrer diwali derhjemme på torsdag. Aarav vil rigtig gerne tage nogle
lys og søde sager med og fortælle de andre børn om det. Er det ok?

Kærlig hilsen
Priyanka""")

M("b", """Til skolelederen

Vi er ateister og ønsker ikke at vores søn Bertil deltager i skolegudstjenesten i Ishøj
Kirke inden juleferien. Kan han blive på skolen med en voksen i den time?

Venlig hilsen
Nanna og Simon Eriksen""")

M("b", """Kære Ishøj Skole

Jeg sidder i skolebestyrelsen og er medlem af Enhedslisten, og det har en forælder
klaget over på Facebook. Jeg vil gerne spørge skolelederen om der er regler for
partipolitik i bestyrelsesarbejdet, så jeg ved at jeg holder mig på den rigtige side.

Venlig hilsen
Julie Paludan""")

M("be", """Til Ungdomsskolen

Vores datter Ingrid på 17 er aktiv i Extinction Rebellion og blev anholdt ved en
demonstration i København i lørdags. Hun er sigtet for at blokere en vej. Hun er bange for
at hun mister sin plads på jeres fotohold, fordi klubbens regler siger noget om
straffesager. Gælder det også sådan noget?

Mvh Bodil Aakjær""")

M("he", """Til PPR

Indstilling af vores søn Felix, cpr. [[110316-5873]], til pædagogisk-psykologisk vurdering. Han
har fået diagnosen ADD på Bispebjerg og har svært ved at følge med. Skolen har
sendt indstillingen, men vi vil gerne selv sende lægens erklæring.

Venlig hilsen
Tobias Krag""")

M("e", """Hej min sagsbehandler Helle

jeg er anbragt på Ungehuset og bliver 18 til marts. jeg vil gerne have efterværn så jeg
kan blive boende mens jeg tager 10. klasse færdig. kan vi snakke om det?

Rasmus, [[1203085331]]""")

M("", """Hej SFO Stjernen

Jeg er mormor til Ella i 0.A og vil gerne skrives på listen over dem der må hente hende.
Hendes mor har givet lov. Ellas cpr er [[250519–9014]], hvis I skal bruge det.

Venlig hilsen
Lis Ottesen""")

M("h", """Til Sundhedsplejen

Jeg er gravid med tvillinger i 24. uge og har fået at vide at jeg skal sengeligge resten
af tiden. Vi har en dreng på 3 derhjemme. Kan sundhedsplejersken komme hjem til mig?
Min cpr: [[270693\u00a02106]].

Venlig hilsen
Stine Laursen""")

M("", """Til Center for Børn og Forebyggelse

Vedr. godkendelse af privat pasningsordning "Lille Mejse". CVR 41286630, p-nummer 1012345678.
Vi har sendt ansøgningen den 2. oktober og har journalnummer 28.00.00-P20-112-26. Hvornår
kan vi forvente svar?

Med venlig hilsen
Mette og Rie, Lille Mejse ApS""")

M("", """Hej Pladsanvisningen

Som leder af Børnehuset Troldehøj får jeg mange spørgsmål fra nye forældre om
ventetiden. Kan I sende os en opdateret oversigt over ventelisterne i de forskellige
distrikter, så vi kan svare ordentligt?

Venlig hilsen
Susanne Berg, leder""")

M("", """Hej

Hvis et barn er født i december 2020, skal det så starte i skole i år eller kan man vente
et år? Reglerne har ændret sig siden min ældste startede, og jeg kan ikke finde det på
hjemmesiden.

Mvh Camilla""")

M("", """Til Pladsanvisningen

Hvad er indkomstgrænserne for økonomisk fripladstilskud i 2027, og bliver de
offentliggjort inden årsskiftet? Jeg er økonomiansvarlig i forældrebestyrelsen og vil
gerne lægge tallene på vores hjemmeside.

Venlig hilsen
Ib Mortensen""")

M("", """Kære Mogens (byrådet)

Jeg synes at kommunen anbringer for få børn, og for sent. Jeg har arbejdet som pædagog i
30 år og set mange børn blive i hjem hvor de ikke trives. Vil du arbejde for at
familieafdelingen får flere ressourcer? Det burde være en politisk prioritet.

Mvh Helle Andersen""")

M("", """Hej

Jeg læser jura og skriver om børnebidrag. Hvordan beregner Familieretshuset normalbidraget,
og kan kommunen hjælpe en forælder med at opkræve det? Jeg spørger til en opgave, ikke om
en konkret sag.

Tak
Anna Vestergård""")

M("", """Til alle forældre på Strandgårdskolen

Vi holder kulturaften torsdag den 20. marts med mad fra hele verden, musik og dans fra
elevernes forskellige baggrunde. Tag en ret med til fællesbordet. Der er halal og
vegetariske retter mærket.

Hilsen Elevrådet og skolebestyrelsen""")

M("h", """hej lærerne

min søn Frederik har brækket højre arm og har gips på i 6 uger. han kan ikke skrive i hånden.
kan han få lov at bruge computer til den skriftlige prøve i næste uge?

mvh Dorthe""")

M("e", """Hej Opkrævning

Jeg er bagud med betalingen for SFO i tre måneder og har fået en rykker med et gebyr.
Jeg har været arbejdsløs siden sommer og har ikke kunnet betale. Kan jeg få en
betalingsaftale så min søn ikke mister pladsen?

Nadia Hussain
cpr [[060593 2770]]""")

M("he", """Hej familieafdelingen

Vores datter Lily på 9 har Downs syndrom. Vi er slidte og har søgt om aflastning en weekend
om måneden. Nu har vi ventet i fire måneder. Vi har ingen familie i nærheden der kan tage
hende.

Venlig hilsen
Ann-Sofie og Mikael Rønne""")

M("", """Hej klasselæreren

Vores søn Lasse har ikke været i skole de sidste tre uger. Han nægter at stå op om
morgenen, og når vi får ham op, går han hjem igen fra porten. Vi ved ikke hvad der er
galt. Kan vi holde et møde med dig og skolelederen i denne uge?

Hilsen Gitte og Ole Thomsen""")

M("h", """Hej sundhedsplejerske

Jeg har haft det rigtig svært siden Emil blev født for 3 måneder siden. Min læge siger
det er en fødselsdepression og jeg er startet på medicin. Kan du komme forbi en ekstra
gang? Jeg har svært ved at komme ud.

Hilsen Maja""")

M("e", """Til Familieafdelingen

Min datter og hendes mand er blevet skilt, og de kæmper om hvor børnene skal bo.
Børnene på 6 og 9 har boet hos mig i weekenderne i flere år. Kan jeg som mormor få en
rolle i samværet, og kan jeg få en kopi af den aftale de har lavet?

Venlig hilsen
Else Schou, cpr. [[141152-1448]]""")
