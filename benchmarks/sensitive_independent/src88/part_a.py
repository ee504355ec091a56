"""corpus88 part A: divorce, custody and access, underretninger and the family
department; school-start and SFO questions as negatives."""
from common import M

M("e", """
Til Center for Børn og Forebyggelse

Min eksmand og jeg blev skilt i foråret, og nu vil han ikke aflevere vores søn
Magnus (7 år) efter weekenden som aftalt. Familieretshuset har sagt at samværet er hver
anden weekend, men han holder ham tilbage til onsdag. Skolen ringer til mig når Magnus
ikke møder. Hvad kan kommunen gøre?

Venlig hilsen
Tina Rasmussen, Vejleåvej
""")

M("", """
Hej
Hvornår starter 0. klasse efter sommerferien 2027 på Vibeholmskolen? Vi skal planlægge
vores ferie.
Mvh Jakob
""")

M("e", """
Kære borgmester

Jeg skriver fordi jeg føler mig helt overset. Der er lavet en underretning på min
datter Sofie fra børnehaven, fordi hun kom med blå mærker efter en cykeltur. Nu skal
vi til møde i familieafdelingen og jeg er bange for at de tager hende fra mig. Hun
faldt af cyklen, det er hele forklaringen.

Med venlig hilsen
Lærke Holm
""")

M("eh", """
Til borgerrådgiveren

Jeg vil gerne klage over sagsbehandlingen i min sag om samvær. Min tidligere kone har
fået at vide af sagsbehandleren at jeg "ikke er stabil", fordi jeg var indlagt på
psykiatrisk afdeling i Glostrup for to år siden med en depression. Jeg har været
velbehandlet siden og tager min medicin. Det står i journalen som om det var i går.

Kan I hjælpe mig med at få rettet det?

Mvh
Thomas Vinther
""")

M("", """
Hej Borgerservice. Hvad koster SFO pr. måned for et barn i 1. klasse fra januar? Og er
der søskenderabat? Hilsen Malene
""")

M("st", """
Dear Gildbroskolen,

My husband Kenji and I are two dads who moved here from Japan in the summer. Our son
Haruto is in 2.a. Every letter from the school starts with "Dear mother and father",
and the form for the class trip only has a field for a mother. Could you change it?

Kind regards,
Daniel Morgan
""")

M("e", """
Til byrådsmedlem Hanne Berg

Jeg har lavet en underretning om familien i opgangen over os, nr. 4, 2. th. Der er
råben hver aften og drengen på ca. 8 år sidder ofte alene på trappen sent om aftenen.
Det er tre uger siden og der er ikke sket noget. Jeg ved ikke om kommunen overhovedet
har læst den.

Hilsen en bekymret nabo
""")

M("", """
Kære Hanne Berg

Vil du arbejde for flere pædagoger i kommunens børnehaver? Normeringen er for lav,
det kan alle se når man henter kl. 16.

Venlig hilsen
Birgitte Skov
""")

M("s", """
Emne: Aula

Hej

Jeg er medmor til Asta i 1.c på Ishøj Skole, men jeg står ikke som forælder i Aula,
kun hendes mor Line. Kan I rette det? Astas personnummer er [[110719-4802]].

Mvh Maja Kirkegaard
""")

M("eh", """
Til familieafdelingen

Min søster har ikke overskud til sine børn for tiden. Hun drikker meget efter
skilsmissen og glemmer at hente den mindste i vuggestuen. Jeg har forsøgt at hjælpe,
men jeg bor i Aarhus. Kan man lave en underretning anonymt? Hun hedder Camilla og bor
på Ishøj Strandvej.
""")

M("", """
Hej
Jeg har fået en opkrævning for SFO på 2.145 kr, fakturanr. 2611260453. Jeg mener at
min søn er meldt ud pr. 1. november. Kan I tjekke det?
Venlig hilsen
Kim Andersen
""")

M("e", """
Kære Center for Børn og Forebyggelse

Jeg er plejemor for Yasmin på 9 år, som blev anbragt hos os sidste år. Hun skal starte
i 3. klasse på Strandgårdskolen, og vi har brug for at vide hvem der skal underskrive
samtykke til skolefotografering og ture: os eller hendes mor?

Venlig hilsen
Pia Frandsen
""")

M("", """
Til skolechefen

Hvornår kommer de nye regler om mobilfri skole til at gælde i Ishøj? Vi diskuterer det
i skolebestyrelsen på Ishøj Skole og vil gerne følge kommunens linje.

Med venlig hilsen
Ole Bang, formand for skolebestyrelsen
""")

M("e", """
Hej

min kæreste og jeg er gået fra hinanden og han er flyttet til Brøndby. vores datter
på 4 bor hos mig. skal hun stadig have plads i børnehaven Regnbuen eller skal jeg søge
igen? og hvem betaler? han siger han ikke vil betale noget som helst

mvh Jasmin
""")

M("e", """
Dear Ishøj Kommune,

My wife and I are getting divorced and we both want to stay in Ishøj so the children
can keep their school. Is there any help from the municipality for finding a second
flat quickly? I am currently sleeping on a friend's sofa.

Kind regards,
Mark Jennings
""")

M("", """
Til dagtilbud

Vi flytter fra Hvidovre til Ishøj 1. marts. Hvordan skriver vi vores søn op til
børnehave, og hvor lang er ventetiden i Vejleå Park-området?

Mvh Anne og Simon
""")

M("e", """
Til borgerrådgiver

Jeg er far til Noah (5) og jeg har fælles forældremyndighed. Børnehaven nægter at give
mig oplysninger om ham, fordi hans mor har sagt at jeg ikke må. Det må de vel ikke?
Vi har en verserende sag om bopæl i Familieretshuset.

Hilsen
Jesper Wolff
""")

M("eh", """
Kære Center for Børn og Forebyggelse

Jeg har fået et brev om at vores familie skal have en børnefaglig undersøgelse efter
§ 50. Jeg forstår ikke hvorfor. Det eneste der er sket, er at min mand har været
sygemeldt med angst i et halvt år og at vores ældste har haft meget fravær. Vi er
ikke dårlige forældre.

Venlig hilsen
Helle Mortensen
""")

M("", """
Hej, er der stadig ledige pladser på sommerlejren for 10-12-årige i uge 28? Min søn
er meget interesseret. Mvh Peter Dahl, tlf. 24 81 63 90
""")

M("e", """
Til borgmesteren

Jeg skriver på vegne af min datter Louise og hendes to små børn. Louise er flyttet fra
sin samlever efter vold i hjemmet og bor lige nu på krisecenter. Hun vil gerne tilbage
til Ishøj, hvor børnene har skole og børnehave, men hun kan ikke få en bolig. Kan
kommunen anvise en bolig?

Med venlig hilsen
Grethe Sørensen
""")

M("", """
Kære udvalgsformand for Børn og Skole

Jeg synes det er en skandale at kommunen lukker tandplejen ved Gildbroskolen og samler
den i Ishøj Centrum. Det er langt for de små at gå alene.

Vh Susanne Berthelsen
""")

M("e", """
Hej

Jeg har fået et brev fra familieafdelingen om at min søn Oliver er anbragt på
opholdsstedet i Roskilde, men der står ikke noget om hvornår jeg må besøge ham. Hvem
kan jeg ringe til?

Mvh Dennis
""")

M("eh", """
Til sagsbehandler i Børn og Familie

Jeg vil bare sige at jeg er uenig i at min eks skal have Maja hver anden weekend. Hun
har stadig ikke styr på sit misbrug, hun røg hash sidst Maja var der. Jeg har billeder.
Jeg vil gerne have et møde hurtigst muligt.

Michael
""")

M("", """
Til Center for Børn og Forebyggelse

Jeg arbejder som sundhedsplejerske i en anden kommune og vil høre om I har ledige
stillinger i Ishøj. Hvem skal jeg skrive til?

Venlig hilsen
Karina
""")

M("t", """
Hello,

I'm from Kenya and my son Brian starts school in August. His CPR is [[170821-4316]].
We live on Ishøj Boulevard. Which school is he assigned to, and how do we register?

Thanks,
Wanjiru Mwangi
""")

M("e", """
Kære byrådsmedlem Søren Kjeldsen

Jeg er morfar til tre børnebørn der blev anbragt uden for hjemmet i sommer. Vi har
fået at vide at vi ikke kan være netværksplejefamilie, men ingen har forklaret os
hvorfor. Vi vil bare gerne se børnene.

Med venlig hilsen
Arne Pedersen
""")

M("", """
Hej Søren
Tak for et godt borgermøde om skolestruktur i går. Jeg håber I holder fast i at der
skal være en skole i hver bydel.
Vh Lene fra Torslunde
""")

M("u", """
Til Center for Børn og Forebyggelse

Som FOA-tillidsrepræsentant for dagplejerne i Ishøj vil jeg spørge, hvornår
forældrene får besked om næste års lukkedage. Mine kolleger får mange spørgsmål.

Venlig hilsen
Gitte Bundgaard
""")

M("", """
Hi,
Could you tell me which school district Ishøj Strandvej 112 belongs to? We are
considering renting a flat there.
Thanks,
Priya
""")

M("e", """
Hej

Jeg har fået besked på at jeg skal betale tilbage for min søns fritidsplads, fordi
jeg ikke meldte min nye samlever ind. Jeg havde friplads fordi jeg var alene med ham.
Det drejer sig om 8.400 kr. og det kan jeg ikke betale på én gang. Kan jeg lave en
afdragsordning?

Mvh
Sandra Kristensen
""")

M("eh", """
Til PPR og familieafdelingen

Min datter Freja på 11 har fået diagnosen PTSD efter det hun har oplevet hjemme hos
sin far. Nu kræver han fuldt samvær igen. Jeg beder om at kommunen tager hensyn til
psykiaterens udtalelse, før der træffes afgørelse om samvær.

Venlig hilsen
Mette Lykke
CPR [[040685-1926]]
""")

M("", """
Kære borgerrådgiver

Jeg har ringet til Center for Børn og Forebyggelse fire gange om en kopi af et
referat fra et skolebestyrelsesmøde, uden svar. Er det normalt at det tager så lang
tid?

Mvh Kurt Hansen
""")

M("e", """
Til kommunen

jeg har været i fængsel i 2 år og kommer ud i januar. jeg vil gerne se min søn igen,
han bor hos sin mormor i Ishøj. hvordan starter jeg en samværssag?

Ali
""")

M("e", """
Kære Anja Thomsen, formand for Børne- og Skoleudvalget

Jeg er mor til to, og efter min skilsmisse har jeg ikke råd til både husleje og
SFO. Jeg har søgt økonomisk friplads, men har fået afslag fordi min indtægt er 2.000
kr. over grænsen. Kan udvalget se på grænserne? Det rammer mange enlige.

Venlig hilsen
Dorthe Kragh
""")

M("", """
Til udvalgsformanden for Børn og Skole

Som forælder vil jeg gerne opfordre til at kommunen indfører søskenderabat også i
klubberne. Mange familier har flere børn i klub samtidig.

Mvh Jonas Friis
""")

M("b", """
Hej

Vi er katolikker, og vores søn Mateusz skal til første kommunion i Sankt Mikaels
Kirke lørdag den 16. maj. Der er generalprøve fredag eftermiddag. Må han gå tidligt
fra skole den dag?

Mvh Joanna og Piotr Lewandowski
""")

M("e", """
Til Center for Børn og Forebyggelse

Vi er en familie med tre børn som har fået tilknyttet en familiebehandler fra
kommunen. Det har hjulpet meget. Nu får vi at vide at forløbet stopper til jul. Kan
det forlænges? Vores yngste har lige fået det svært igen.

Med venlig hilsen
Ditte og Morten Aagaard
""")

M("", """
Hej
Må man parkere på kiss and ride-pladsen ved Strandgårdskolen om eftermiddagen, eller
er det kun om morgenen? Jeg har fået en bøde, nr. 88213.
Mvh Henrik
""")

M("sb", """
Til SFO'en på Vibeholmskolen

Min kone Aisha og jeg holder ramadan fra næste uge. Vores datter Yara på 8 faster ikke,
men vi henter hende lidt senere end normalt de dage, hvor vi bryder fasten sammen med
familien. Er det i orden at hun bliver til kl. 17?

Mvh Dalia Nasser
""")

M("", """
Kære borgerrådgiver

Min mand og jeg er uenige med skolen om hvorvidt vores søn skal gå et år om i 2.
klasse. Hvem har det sidste ord, skolen eller os som forældre?

Venlig hilsen
Trine Lauridsen
""")

M("eh", """
Emne: Aflastning

Hej Center for Børn og Forebyggelse

Vi har søgt om aflastning for vores søn Elias, der har svær autisme og ikke sover om
natten. Det er fire måneder siden, og vi har ikke fået svar. Jeg er ved at knække
midt over.

Mvh Line og Rasmus Vestergaard
""")

M("e", """
Til borgerrådgiveren

Jeg er bedstemor til Mikkel på 10. Hans far sidder i Vestre Fængsel og hans mor kan
ikke tage sig af ham. Han bor hos mig nu, uden nogen aftale med kommunen. Jeg vil
gerne vide om jeg kan få noget hjælp, både til tøj og til at han kan blive i sin skole.

Venlig hilsen
Inger Madsen
""")

M("", """
Hi, my daughter is in 9th grade and has to find a work placement (praktik). Does the
town hall take pupils? She is interested in administration. Best, Karen Juhl
""")
