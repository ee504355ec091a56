"""corpus88 part E: young parents on benefits, pregnancy, parental leave, teachers and
pedagogues with their unions and TR roles; union staff, ASE, job fairs and general
questions on benefits as negatives."""
from common import M

M("e", """
Hej

Jeg er 19 og har lige fået en søn. Jeg er på uddannelseshjælp og min kæreste er på SU.
Vi kan ikke finde en lejlighed vi har råd til. Kan kommunen hjælpe med en
startbolig?

Mvh Amalie
""")

M("h", """
Til dagtilbud

Jeg er gravid i 5. måned og skal på barsel fra april. Min datter skal blive i
vuggestuen imens, men kan hun gå på nedsat tid uden at miste pladsen?

Mvh Sofie Brandt
""")

M("eh", """
Kære borgerrådgiver

Jeg er 20, gravid og på kontanthjælp. Jobcentret vil have mig i aktivering 37 timer om
ugen, selvom jordemoderen har sagt at jeg skal tage det roligt pga. for højt
blodtryk. Er det lovligt?

Venlig hilsen
Cecilie
""")

M("u", """
Til skolechefen

Som tillidsrepræsentant for lærerne på Ishøj Skole vil jeg bede om et møde om
vikardækningen. Vi har 14 ubesatte timer om ugen i udskolingen.

Med venlig hilsen
Kristine Bay, TR, Danmarks Lærerforening
""")

M("", """
Til Ishøj Kommune

Hvad er satsen for børne- og ungeydelsen i 2027, og hvornår udbetales den? Jeg skriver
en artikel til foreningsbladet.

Mvh redaktør Jens Lykke
""")

M("us", """
Hello,

My partner Jack and I are two dads with a daughter at Strandgårdskolen. I'm a member
of 3F and work shifts at the harbour, so I can never make the parents' evenings at
17.00. Could the school offer an online option?

Cheers,
Ryan O'Connor
""")

M("u", """
Kære borgmester

Jeg er pædagog i en af kommunens børnehaver og medlem af BUPL. Vi er fem ud af elleve
der er på nedsat tid, fordi vi ikke kan holde til normeringen. Det burde du vide.

Venlig hilsen
Tina Rasmussen
""")

M("", """
Hej
Hvilke fagforeninger deltager i jobmessen for unge på rådhuset i marts? Min søn
vil gerne høre om elektrikeruddannelsen.
Mvh Grethe
""")

M("eh", """
Til Jobcenter Ishøj

Jeg har fået indkaldelse til samtale den 8. december, men jeg er indlagt på
Hvidovre, fordi jeg har fået en for tidligt født søn. Han ligger i kuvøse. Kan
samtalen flyttes?

Mvh
Nanna Overgaard
""")

M("u", """
Hej

jeg er i 3F og arbejder som chauffør om natten, så jeg kan ikke hente i SFO før kl 17.
kan min datter blive til kl 17.15 på torsdage? min fagforening siger jeg skal spørge
skolen direkte

mvh Brian
""")

M("e", """
Kære byrådsmedlem Søren Kjeldsen

Min datter på 17 er blevet mor, og hun bor stadig hjemme hos os. Hun har fået afslag
på børnetilskud, fordi hun er under 18. Er det rigtigt at hun først kan få noget, når
hun fylder 18? Vi har ikke råd til både hende og babyen.

Mvh Vibeke Andersen
""")

M("", """
Til HR i Ishøj Kommune

Jeg søger stillingen som pædagogmedhjælper i Børnehuset Vejleå, ref. nr. 2026-418.
Mit CV er vedhæftet.

Med venlig hilsen
Mathias Holst
""")

M("eu", """
Hej Borgerrådgiveren

Jeg er lærer og medlem af DLF, og jeg er blevet opsagt fra en privatskole i Ishøj efter
jeg klagede over forholdene. Min fagforening hjælper mig, men jeg har to børn og skal
have dagpenge fra næste måned. Hvordan melder jeg mig ledig?

Mvh
Henrik Carlsen
""")

M("", """
Kære Center for Beskæftigelse og Erhverv

Har I information på engelsk om reglerne for dagpenge og barsel? Vi er en gruppe
forældre på Ishøj Skole, som vil lave en folder til nye familier.

Mvh Forældrerådet
""")

M("pu", """
Hej

Jeg er lærer og DLF-medlem og har accepteret et bud på min ejerlejlighed på Ishøj
Strandvej. Køberen venter på en erklæring fra ejerforeningen om altanerne, og
foreningen siger at de venter på kommunen. Kan I rykke for det?

Mvh
Lars Bjørn
[[030578-1149]]
""")

M("tu", """
To the Mayor's office,

I'm a primary school teacher from Ireland... sorry, that is not relevant. I'm a member
of the Danish teachers' union (DLF) and a parent at Vejleåskolen. I would like to know
when the council will answer our letter about class sizes.

Kind regards,
Siobhan Kelly
""")

M("eh", """
Til Jobcenter Ishøj

Jeg er på sygedagpenge efter en fødselsdepression og skal til opfølgningssamtale i
næste uge. Kan jeg tage min baby med? Jeg har ikke nogen pasning.

Mvh Maja Frederiksen
""")

M("", """
Hej
Jeg er ikke medlem af nogen fagforening og overvejer at melde mig ind i en. Har
kommunen en oversigt over hvilke der findes for pædagogmedhjælpere?
Mvh Louise
""")

M("u", """
Til Børne- og Skoleudvalget

Vi er tre TR'er fra FOA, BUPL og HK i dagtilbuddene, og vi vil gerne præsentere
udvalget for resultaterne af vores trivselsundersøgelse blandt personalet på næste
møde.

Med venlig hilsen
Birgit, Hanne og Ole
""")

M("eh", """
Hej
jeg er 18 og bor på et bosted, men jeg er gravid og vil gerne flytte i egen bolig før
barnet kommer. min kontaktperson siger at jeg skal skrive til jer. hvad gør jeg?
""")

M("", """
Til borgerrådgiveren

Jeg arbejder som faglig konsulent i BUPL og skriver på vegne af foreningen. Vi vil
gerne høre om kommunen har planer om at ændre åbningstiderne i børnehaverne.

Med venlig hilsen
Mikkel Strand, faglig konsulent
""")

M("t", """
Dear school,

We are from Eritrea and speak Tigrinya at home. Our daughter Luwam started in 1st
grade in October. Can we have an interpreter at the parents' meeting in January?

Best regards,
Mehari Tekle
""")

M("u", """
Hej

Jeg er medlem af HK og arbejder som skolesekretær på Gildbroskolen. Jeg vil gerne
høre om kommunen vil give fri med løn til forældremøder for ansatte, der selv har børn
i skolen?

Mvh Conny Thygesen
""")

M("ub", """
To the Mayor,

I'm a shop steward for HK at a logistics firm in Ishøj and a member of the
Conservative Party. I'm writing as a parent: the new school bus route means my kids
leave home at 6.55. Please look at it again.

Best regards,
Sandra Mills
""")

M("", """
Hi,
How high is the income limit for a reduced fee place (økonomisk friplads) in 2027? I
just want to know if it has gone up.
Rasmus
""")

M("eu", """
Til borgmesteren

Jeg var ansat i SFO'en på Ishøj Skole i fem år og er nu fyret efter sparerunden. Jeg
er medlem af FOA, og jeg har fået at vide at det var "de sidst ansatte", men jeg var
ikke den sidst ansatte. Nu er jeg på dagpenge med to børn.

Mvh
Susanne Nygaard
""")

M("h", """
Hej SFO

Jeg har lige fået at vide at jeg venter tvillinger, og jeg er meget syg med kvalme. Kan
min søn Viggo blive hentet af sin farmor de næste uger? Jeg sender hendes navn.

Vh Mette
""")

M("", """
Til Ishøj Kommune

Hvor mange unge mødre under 20 er der i kommunen, og hvilke tilbud har I til dem? Jeg
er studerende og skriver bachelorprojekt.

Venlig hilsen
Karoline Nørgaard
""")

M("eh", """
Til Jobcenter Ishøj

Min kæreste Lukas er 22 og på kontanthjælp. Han har ADHD og har svært ved at møde op
kl. 8. Han er blevet trukket i sin ydelse to gange. Vi har en lille pige på 8 måneder og
vi kan ikke klare at han bliver trukket igen.

Mvh Josefine
""")

M("u", """
Hej Anja

Jeg er lærer og TR på Vejleåskolen og medlem af DLF. Jeg vil gerne invitere dig til at
se en undervisningsdag i 4. klasse, så du kan se hvordan inklusionen fungerer i
praksis.

Mvh Peter Juul
""")

M("", """
Hej
Kan man være i ASE og stadig få dagpenge, hvis man er på barsel? Jeg har fået
forskellige svar.
Mvh Ditte
""")

M("s", """
Til klasselæreren i 6.b

Jeg er panseksuel og har en kæreste, der er kvinde, og min søn fortæller at du har sagt
til klassen at "det der med at være pan er en fase". Jeg vil gerne have en snak om det.

Mvh
Mikkel Bundgaard
CPR: [[121087-1655]]
""")

M("eu", """
Hej

Jeg er i Dansk Metal og har været ledig siden august. Min datter skal starte i SFO, men
jeg har ikke råd til den fulde pris. Min a-kasse siger at jeg kan søge friplads hos
jer. Kan jeg det?

Mvh Martin Lindberg
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Har I praktikpladser for unge mødre, der gerne vil i gang med en uddannelse? Jeg
spørger for Ishøj Ungdomsskole, ikke for en bestemt elev.

Mvh Camilla Bech
""")

M("h", """
Kære klasselærer

Jeg har desværre haft en spontan abort i sidste uge og har ikke overskud til
forældresamtalen i morgen. Kan vi flytte den til januar?

Mvh Line (Mikkels mor)
""")

M("u", """
Kære dagsordensamler for Børne- og Skoleudvalget

På vegne af Krifa-medlemmerne blandt dagplejerne i Ishøj, hvoraf jeg selv er en, vil
jeg bede om at vores henvendelse om gæstedagpleje kommer på udvalgets dagsorden.

Med venlig hilsen
Helle Jacobsen, dagplejer
""")

M("e", """
Hej Borgerservice

Jeg er 20 og har lige fået en baby. Jeg har søgt barselsdagpenge, men fået at vide at
jeg ikke har arbejdet nok. Kan jeg så få noget andet? Jeg bor alene med hende.

Vh Nadia
""")

M("", """
Hej
Mit lønsedler viser forkert feriepenge efter at jeg skiftede fra skolen til
administrationen. Hvem i lønkontoret kan jeg skrive til? Medarbejdernr. 40017.
Mvh Anja
""")

M("eu", """
Til byrådsmedlem Hanne Berg

Jeg er 3F-medlem og tillidsmand på en byggeplads, og jeg er netop blevet alene med
mine tre drenge efter en skilsmisse. Jeg arbejder fra kl. 6. Hvorfor åbner SFO'en
først kl. 6.30? Det burde være muligt for os skifteholdsfolk.

Mvh Jimmi Hansen
""")

M("e", """
Kære borgerrådgiver

Vi har fået afslag på særlig støtte til vores søns briller, fordi vi "ikke er på
kontanthjælp". Vi er studerende på SU med et barn. Er det rigtigt at kun folk på
kontanthjælp kan få hjælp?

Mvh Sara og Ahmed
""")

M("h", """
Hej vuggestuen

Jeg har født i fredags og ligger stadig på Hvidovre med et kejsersnit der er gået i
betændelse. Min mand afleverer Ella hele næste uge.

Hilsen Rebecca
""")
