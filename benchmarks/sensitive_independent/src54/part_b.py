"""corpus54 part B: foster care, preventive measures, divorce, child support, custody."""
from common import M

M("e", """Til Familieretshuset og kopi til Ishøj Kommune, Center for Børn og Forebyggelse

Jeg er blevet skilt fra min kone i august og vi har ikke kunnet blive enige om bopæl for
børnene. Jeg vil gerne have at kommunen ved, at jeg har søgt om fast bopæl.

Familien:
| navn            | cpr          |
| Jens Munk (far) | [[120483-1179]] |
| Karla Munk      | [[300612-4470]] |
| Oscar Munk      | [[150915-4291]] |

Venlig hilsen
Jens Munk""")

M("e", """Hej Borgerrådgiver

Min eks betaler ikke børnebidrag og har ikke gjort det siden marts. Udbetaling Danmark
lægger ud, men nu siger de, at jeg skal betale noget tilbage, fordi han har fået
nedsat bidraget med tilbagevirkende kraft. Jeg forstår ingenting, og jeg har ikke 6.000
kr. Kan I hjælpe mig med at forstå brevet?

Mvh Stine""")

M("", """Til Center for Børn og Forebyggelse

Jeg er journalist på Sjællandske og skriver om anbringelser. Hvor mange børn og unge fra
Ishøj var anbragt uden for hjemmet pr. 1. januar 2026, og hvor mange af dem i
plejefamilie? Jeg beder om aktindsigt i den samlede statistik, ikke i enkeltsager.

Med venlig hilsen
Maja Holt, journalist""")

M("e", """Kære borgmester

Mit barnebarn Victor på 5 er blevet anbragt i en plejefamilie i Holbæk. Min datter har
problemer, det ved jeg godt, men jeg har tilbudt at tage ham, og ingen har svaret mig.
Jeg er hans mormor og har passet ham hver weekend siden han var baby. Hvorfor bliver
jeg ikke hørt?

Venlig hilsen
Jytte Nielsen""")

M("", """Hej

Vi overvejer at blive plejefamilie og har set, at I holder informationsmøde. Hvornår er
det næste, og skal man tilmelde sig? Vi har selv to børn på 8 og 11.

Mvh Katrine og Søren""")

M("e", """Til familieafdelingen

Vedr. samvær med min datter. Jeg har ikke set Freja i syv uger, fordi hendes mor
aflyser hver gang. Vi har fælles forældremyndighed, og der er en aftale om hver anden
weekend. Familieretshuset siger, at jeg skal kontakte kommunen for et børnesagkyndigt
møde. Er det jer?

/Nicolai Dam""")

M("eh", """hej Ishøj

jeg er 17 og bor på et opholdssted i Roskilde. jeg skal snart fylde 18 og min
sagsbehandler har sagt at jeg kan få efterværn men ingen har holdt møde med mig. jeg har
PTSD og har virkelig brug for at vide hvor jeg skal bo. please svar

Amalie""")

M("e", """Til Center for Børn og Forebyggelse

Jeg skriver på vegne af min søster, Sanne Holm, [[061192-2835]], som har givet mig
fuldmagt (vedhæftet). Hendes to børn fik en forebyggende foranstaltning i form af
familiebehandling sidste år, men behandleren er stoppet, og der er ikke kommet en ny.
Børnene er Liam ([[250817 4012]]) og Ida.

Med venlig hilsen
Louise Holm""")

M("", """Kære udvalg,

Jeg mener, at kommunen bruger for mange penge på dyre private opholdssteder. Man burde
bygge et kommunalt tilbud i stedet. Jeg har arbejdet som pædagog i 30 år og ved,
hvad det kræver.

Med venlig hilsen
Kim Lyngholm""")

M("eu", """Hej Birgit

Jeg er tillidsrepræsentant for BUPL i Børnehuset Trylleskoven og skriver privat. Jeg er
netop blevet skilt og skal flytte fra vores fælles hus. Jeg har søgt om en lejebolig
gennem kommunens boliganvisning, fordi mine børn skal kunne blive i Ishøj. Kan man
komme foran i køen, når man har børn?

Hilsen
Mette Laursen""")

M("", """Til Ydelseskontoret

Hvad er satsen for børne- og ungeydelsen i 2027 for et barn på 3 år, og hvornår
bliver den udbetalt i januar? Jeg skal lave budget for vores forening, der hjælper
nye familier med privatøkonomi.

Venlig hilsen
Rådgivningsforeningen Penge på Plads, Ishøj""")

M("eb", """Kære borgerrådgiver

Min eksmand og jeg er uenige om, hvorvidt vores søn skal konfirmeres. Han vil have det,
jeg vil ikke, for jeg er ateist, og Frederik har selv sagt, at han hellere vil holde en
nonfirmation. Samværssagen er allerede i Familieretshuset. Kan kommunen hjælpe med
mægling, eller er det kun dem?

Mvh
Lene Bruun""")

M("e", """Til Borgerservice

Jeg bliver skilt og skal have ændret min adresse og mine børns. Min eks flytter til
Brøndby, og jeg bliver i lejligheden på Kirkebjerg Allé med børnene. Jeg skal også
søge om fripladstilskud til vuggestuen nu, hvor vi kun er én indtægt.

Mvh. Emma""")

M("", """hej
er der nogen der kan sige hvad det koster at have et barn i vuggestue i Ishøj pr måned i
2027? og hvordan man søger om søskendetilskud? tak""")

M("eh", """Kære Center for Børn og Forebyggelse

Jeg er bekymret og vil gerne lave en underretning om min nabo, som jeg tror drikker.
Hendes søn på 4, Mikkel, står ofte alene ude på trappen om aftenen. Jeg kender ikke
hendes cpr, men drengens står på en seddel, han har haft med hjem fra børnehaven:
[[180421-4766]].

Jeg vil gerne være anonym.""")

M("", """Til Børne- og Skoleudvalget

Jeg vil gerne spørge til kommunens strategi for tidlig indsats. Der står i budgettet,
at der skal spares 4 mio. på forebyggelse. Hvor kommer de besparelser fra? Som
skolebestyrelsesformand er jeg bekymret for, at færre familier får hjælp.

Med venlig hilsen
Niels Overgaard""")

M("he", """Hej Ahmad

Jeg har fået en støtte-kontaktperson til min søn Tobias på 15 efter at han blev
tvangsindlagt i foråret. Han har skizofreni. Kontaktpersonen er god, men timerne bliver
skåret fra 10 til 4 om ugen. Kan du tage det med i udvalget?

mvh Kurt""")

M("e", """-----Oprindelig meddelelse-----
Fra: Anja Hviid
Sendt: 3. november 2026 21:14
Til: Familieafdelingen
Emne: børnebidrag

Hej. Jeg har fået et brev om, at jeg skal betale bidrag til min søn, men jeg har ham
halvdelen af tiden. Mit cpr er [[030790-2418]], hans er [[121114-4901]]. Hvad gør jeg?

-----
Hej Anja, det er Familieretshuset, ikke kommunen, der fastsætter bidrag. /familieafd.

Men jeg får jo ikke svar fra dem!!""")

M("", """Til hovedpostkassen

Jeg vil gerne høre, om kommunen tilbyder gratis parterapi eller forældrekurser til
par, der er gået fra hinanden. Vi har ikke selv brug for det, men jeg sidder i
bestyrelsen for Ishøj Familienetværk, og vi vil gerne henvise til det rigtige sted.

Hilsen Carina Brix""")

M("e", """Til Familieafdelingen, Ishøj

Jeg er plejemor for en pige på 12 (Ronja), der har boet hos os i fire år. Hendes
biologiske mor har fået ret til samvær uden opsyn, og Ronja er bange hver gang. Jeg vil
gerne have et møde om samværet.

Venlig hilsen
Hanne Gregersen""")

M("es", """Kære borgmesterens PA

Min kone Sidsel og jeg har været plejefamilie i ni år. Vi har lige nu to plejebørn,
brødrene Adam og Noah, og vi har fået at vide, at de skal flyttes til en institution,
fordi kommunen skal spare. Drengene har været hos os siden de var 2 og 4. Vi beder om
et møde med borgmesteren.

Med venlig hilsen
Katrine Brandt og Sidsel Holm""")

M("", """Til udvalgsformand Birgit Holm

Jeg har læst, at der er lavet en ny retningslinje for samvær for anbragte børn. Er den
offentlig? Jeg er socialrådgiverstuderende og skriver bachelor om samvær.

Venlig hilsen
Oliver Dahl""")

M("e", """Hej

Jeg vil søge om enkeltydelse til vinterjakke og støvler til mine to børn. Jeg er på
kontanthjælp og har ingen penge tilbage efter husleje. Mit cpr nr. er [[2209951806]].
Børnene hedder Alba (5) og Lucas (3).

Venlig hilsen Maria Pedersen""")

M("eh", """Til Ishøj Kommune

Min datter Liva er 16 og gravid. Hun vil gerne beholde barnet. Hun bor hos mig, og jeg
har selv nedsat tid på arbejdet pga. en diskusprolaps. Hvad kan kommunen hjælpe med,
både økonomisk og med rådgivning? Vi vil gerne have en familierådgiver.

Venlig hilsen
Pernille Thygesen""")

M("e", """til familieafdelingen
min eks har taget børnene med til Tyrkiet i sommerferien og er ikke kommet tilbage.
politiet siger det er en civil sag. jeg har forældremyndigheden sammen med ham. jeg er ved
at gå i stykker. hvem kan hjælpe mig
Ali""")

M("", """Kære Center for Børn og Forebyggelse

Hvor mange plejefamilier har kommunen godkendt i 2026, og hvor lang er ventetiden for
børn, der skal i familiepleje? Spørgsmålet kommer fra Socialudvalget i Vallensbæk,
der sammenligner kommunerne.

Venlig hilsen
sekretariatet""")

M("e", """Hej familierådgiver Pia

Som aftalt sender jeg oplysningerne til ansøgningen om aflastningsfamilie til min søn.

Søn: Benjamin Rask  [[030614\u00a04107]]
Mor: Charlotte Rask  [[170388\u00a02594]]

Han har en weekend om måneden nu og har brug for to. Jeg arbejder på skiftehold.

Mvh Charlotte""")

M("", """Hej. Må man have sin hund med til samvær på kommunens samværslokale på
Ishøj Store Torv? Det er ikke mit eget samvær, jeg er frivillig chauffør for Røde Kors
og kører nogle familier derhen. /Bent""")

M("et", """Til borgerrådgiveren

Jeg er fra Somalia og har fuld forældremyndighed over mine tre børn efter skilsmissen.
Min eksmand vil have, at børnene bor hos ham i Sverige. Kommunens sagsbehandler skrev i
et referat, at "somaliske fædre ofte" osv. Det er forkert og fordomsfuldt. Jeg vil
klage over referatet.

Med venlig hilsen
Hodan Ali""")

M("eh", """Hej Borgmester

Jeg har siddet i fængsel i 14 måneder og er løsladt i næste uge. Jeg har en datter på 6,
som bor hos sin mormor. Jeg har været i behandling for mit misbrug i fængslet og er
clean nu. Jeg vil gerne have kontakt med hende igen, men jeg ved ikke, hvor jeg skal
starte i kommunen.

Daniel""")

M("", """Til Familieretshuset? eller kommunen? Jeg ved ikke hvem der gør hvad. Hvor finder man
skemaet til at søge om ændring af bidrag? Jeg har kigget på borger.dk men kan ikke finde
det. Det er ikke til mig, min kollega har spurgt mig fordi jeg arbejder på rådhuset i
Greve.""")

M("eu", """Til Familieafdelingen

Jeg er medlem af 3F og har fået hjælp af deres jurist, men han siger det her er jeres
område. Min ekskone vil flytte til Aalborg med vores søn Emil, og jeg ser ham kun
hver anden weekend i forvejen. Kan kommunen gøre noget for at stoppe flytningen?

Hilsen
Brian Kjeldsen""")

M("e", """Kære borgerrådgiver

Vi har haft en sag i familieafdelingen siden maj efter en underretning fra
børnehaven, fordi vores datter havde blå mærker. Hun faldt på trampolinen, og det kan
lægen bekræfte. Sagen er lukket nu, men sagsbehandleren har aldrig sagt undskyld for
at tale grimt til os. Vi vil klage over hende.

Med venlig hilsen
Peter og Maiken Lund""")

M("eth", """Kære Center for Børn og Forebyggelse

Jeg er plejemor for en dreng fra Eritrea på 14 år, der kom alene til Danmark. Han har
mareridt hver nat og har fået diagnosen PTSD. Han har brug for en psykolog, der taler
tigrinya, eller en tolk. Kommunen har sagt nej til tolk. Hvorfor?

Venlig hilsen
Bodil Svendsen""")

M("e", """Fra: Lars Thomsen
Til: Familieafdelingen
Emne: SV: SV: Samvær jul

Hej igen, jeg har stadig ikke fået svar. Vores samværsaftale siger at jeg har julen i
lige år. Min søn Sander [[231018-5027]] glæder sig.

> Den 1. dec. skrev Familieafdelingen:
> Vi vender tilbage hurtigst muligt.
>
> > Den 28. nov. skrev Lars Thomsen:
> > Hans mor siger at jeg ikke får ham til jul. Hvad gør jeg?

Lars""")

M("", """Til kultur- og fritidsudvalget

Vi vil gerne søge om at holde en stor familiedag for eneforsørgere i Ishøj Bypark i juni
med hoppeborg og gratis is. Vi er en gruppe frivillige fra Mødrehjælpen. Hvad kræver
det af tilladelser?

Venlig hilsen
Dorte Lund""")

M("e", """Hej Rasmus

jeg har bare lige et hurtigt spørgsmål. min datter har fået tilbudt plads i
familiehuset sammen med sin søn i 3 måneder. betyder det at hun mister sin
lejlighed? hun får boligstøtte. hilsen hendes mor""")

M("e", """Til Ishøj Kommune, Ydelse

Jeg har fået brev om at mit børnetilskud som enlig forsørger stoppes, fordi I mener, jeg
bor sammen med min ekskæreste. Det gør jeg ikke. Han har sin egen adresse.

Mit cpr nr: [[091093 2650]]

Jeg klager over afgørelsen.
Sofie Juul""")

M("", """Hej
Hvad er reglerne, hvis en bedsteforælder vil have samvær med sine børnebørn? Det er bare
et generelt spørgsmål, vi diskuterede det i seniorklubben. Venlig hilsen Aase""")

M("eh", """Til borgerrådgiver

Jeg har fået at vide at min søn skal anbringes fordi jeg har bipolar lidelse. Jeg har
været stabil i to år og tager min medicin. Jeg vil gerne have en bisidder til mødet
den 14. Kan I hjælpe?

Mvh
Rebecca""")

M("", """Kære byrådsmedlem Jens Hansen

Tak for dit indlæg om familiebehandling i Ishøj Avis. Jeg er helt enig i, at vi skal
investere i forebyggelse frem for anbringelser. Kan du sende mig den rapport, du
henviser til?

Venlig hilsen
Karen Aagaard""")
