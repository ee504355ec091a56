"""corpus54 part F: parents who are teachers or pedagogues, strikes, unions."""
from common import M

M("u", """Kære Birgit Holm

Jeg er lærer på Strandgårdskolen og medlem af Danmarks Lærerforening. Hvis der bliver
lockout til foråret, hvem passer så mine egne børn, når SFO'en også lukker? Vi er to
forældre, der begge er lærere. Har kommunen en nødpasning?

Venlig hilsen
Rikke Dahl""")

M("", """Til Børne- og Skoleudvalget

Hvad sker der med undervisningen, hvis lærerne bliver lockoutet igen som i 2013? Jeg
har to børn i udskolingen, der skal til eksamen. Bliver eksamen flyttet?

Mvh
Claus Winther""")

M("u", """hej Ahmad

jeg er pædagog i Troldehøjen og TR for BUPL. vi har fået at vide at normeringen bliver
skåret igen. jeg skriver som forælder også, min datter går i vuggestuen samme sted. det
her holder ikke. kan vi mødes

Sanne""")

M("", """Til hovedpostkassen

Hvilke faglige organisationer er med til den fælles jobmesse for pædagogstuderende i
Ishøj Kulturhus i marts? Vi er en gruppe studerende, der vil forberede os.

Venlig hilsen
Josefine Kragh""")

M("uh", """Kære borgerrådgiver

Jeg er pædagog i en integreret institution i Ishøj og medlem af BUPL. Jeg har været
sygemeldt med stress siden august, og nu har min leder indkaldt mig til en samtale om
afsked. BUPL har sagt, jeg skal klage til jer, men jeg tror, det er et
personalespørgsmål. Kan I hjælpe?

Mvh Lone Bertelsen""")

M("", """Hej

Jeg er lærer på Ishøj Skole og vil gerne vide, hvornår de nye arbejdstidsregler træder i
kraft. Vores overenskomst siger noget andet end det, ledelsen siger. Det er ikke en klage,
bare et spørgsmål.

/Martin""")

M("ue", """Til Ishøj Kommune, Jobcenter

Jeg er uddannet lærer og medlem af DLF, men jeg har været ledig siden juni. Jeg får
dagpenge fra Lærernes a-kasse. Jobcentret har indkaldt mig til samtale den 14. om
vikarjob på en skole, men mine egne børn har efterårsferie. Kan samtalen flyttes?

Med venlig hilsen
Anders Holm""")

M("", """Kære udvalgsformand

Jeg vil opfordre udvalget til at give pædagogerne i Ishøj et lønløft. Min søn går i
Delfinen, og personalet løber stærkt. Jeg arbejder ikke selv i området, men kan se det
hver dag.

Mvh Pia Nørregaard""")

M("u", """Hej Lone

Kort: jeg er i 3F og arbejder som buschauffør. Jeg kører skolebussen til
specialskolen. Vi har fået nye ruter, og børnene skal sidde i bussen i over en time.
Det er ikke ok for dem. Jeg siger det også som tillidsmand.

Mvh Brian""")

M("", """Til Ishøj Kommune

Jeg er faglig sekretær i FOA Storkøbenhavn og skriver på vegne af vores medlemmer i
dagplejen. Vi beder om et møde om de nye åbningstider i dagplejen og følgerne for
arbejdsmiljøet.

Med venlig hilsen
Karin Bech, faglig sekretær""")

M("ue", """hej

er pædagogmedhjælper og i FOA. blev fyret i sidste uge fra Solsikken pga nedskæringer.
har to børn og skal nu melde mig ledig. skal jeg gå på jobcentret eller er det a-kassen
først? vil ikke have at børnene mister deres plads i institutionen nu

Maja""")

M("", """Hej! Har Ishøj Kommune en aftale med HK om, at skolesekretærer får løntillæg for
ekstra opgaver? Jeg skriver en artikel til fagbladet. /Tina Roed, journalist""")

M("ub", """Kære Ahmad Zaki

Jeg er lærer, medlem af DLF og medlem af Enhedslisten, og jeg stemte på dig ved sidste
valg, selvom du er fra et andet parti, fordi du lovede at kæmpe for mindre klasser. Nu
stemmer du for at lægge 5.b og 5.c sammen på min søns skole. Det er løftebrud.

Hilsen
Morten Vang""")

M("", """Til Center for Børn og Forebyggelse

Jeg er pædagog og vil gerne høre, om kommunen stadig giver tilskud til
pædagogstuderende i lønnet praktik, og hvor mange pladser der er i 2027.

Venlig hilsen
Emilie Nielsen""")

M("u", """Til løn og personale, Ishøj Kommune

Jeg er netop ansat som lærer på Gildbroskolen og skal registreres til løn. Jeg er
medlem af DLF, og kontingentet skal trækkes over lønnen.

Navn: Sabrina Olsen
CPR-nr.: [[180594-2261]]
Reg. nr. 5301 kontonr. 0245781123

Mvh Sabrina""")

M("", """Hej

Vi er forældre i 2.a, der gerne vil lave en underskriftindsamling for, at lærerne skal
have mere forberedelsestid. Må vi stå uden for skolen med den om morgenen?

Mvh Klasserådet""")

M("u", """Til Borgmester

Jeg var tillidsrepræsentant for lærerne på Vejledalen skole i 12 år, indtil jeg gik på
pension. Jeg vil gerne dele nogle erfaringer om samarbejdet med forældrene, som kunne
være nyttige for den nye skolepolitik. Kan vi mødes?

Med venlig hilsen
Hans Jørgen Lund""")

M("uh", """Hej Birgit

Min mand er lærer og meldte sig ud af DLF sidste år, og nu er han blevet syg af
stress. Jeg skriver for ham, for han kan ikke overskue det. Skolen vil have ham tilbage
på fuld tid efter fire uger. Er det kommunens politik?

Kh Anne-Lise""")

M("", """Kære udvalg

Jeg har læst, at der er strejke blandt pædagogmedhjælperne i nabokommunen. Bliver
institutionerne i Ishøj berørt? Min datter går i Bifrost.

Mvh Jonas Falk""")

M("u", """Til Ishøj Kommune

Vedr. faglig voldgift: Jeg er medlem af BUPL og har fået medhold i, at jeg skulle have haft
løn under min barsel. BUPL har bedt mig sende mine oplysninger til kommunen.

Mit cpr: [[2807901322]]
Barnets cpr: [[0403254915]]

Venlig hilsen
Mia Gram""")

M("ut", """Til Borgmesteren

Jeg er fra Gambia og arbejder som pædagogmedhjælper. Jeg er også medlem af FOA. Min
kollega sagde foran forældrene, at jeg "skulle tilbage til junglen". Lederen gjorde
ingenting. Jeg vil gerne vide, hvad kommunen gør ved racisme blandt ansatte.

Med venlig hilsen
Lamin Jallow""")

M("u", """Hej Lone!!

Vi er nogle forældre fra Ishøj Skole, der arbejder i forskellige fagforbund, HK, FOA og
Dansk Metal, og vi vil gerne støtte lærerne i deres overenskomstkamp. Kan vi få et
punkt på skolebestyrelsesmødet om det?

Mvh en flok forældre""")

M("", """Til Ishøj Kommune

Jeg er konsulent i Danmarks Lærerforening og skriver for kredsen. Vi ønsker en
redegørelse for, hvordan kommunen vil sikre den lovpligtige undervisning under en
eventuel konflikt.

Med venlig hilsen
Birgitte Hald, konsulent, DLF""")

M("ueh", """Hej Ishøj

jeg er i krifa og arbejder i en privat børnehave. har nedsat tid fordi min søn har
diabetes og skal have hjælp i dagtimerne. kan jeg få tabt arbejdsfortjeneste fra
kommunen? min leder siger jeg skal spørge jer

Pernille""")

M("", """Hej

Jeg er ikke medlem af nogen fagforening, men jeg vil gerne vide, om pædagoger i Ishøj
får tillæg for at arbejde i de sene åbningstider. Jeg overvejer at søge job hos jer.

Mvh Nanna""")

M("ube", """Til borgerrådgiveren

Jeg er lærer og tidligere medlem af DLF, nu i Frie Skolers Lærerforening. Jeg er også
praktiserende katolik, og mit barn går i Sankt Knuds Skole. Jeg vil klage over, at
kommunen ikke vil give kørsel til privatskole, selvom vi bor 7 km væk.

Venlig hilsen
Anna Kowalski""")

M("", """Kære borgmester

Hvorfor er pædagogerne i Ishøj ikke ansat på samme vilkår som i Brøndby? Jeg er forælder
og synes, vi mister gode folk til nabokommunen. Tænk over det.

Mvh Camilla""")

M("u", """Hej

er lærer og i DLF. kan jeg tage min datter med på arbejde under lockouten hvis SFO'en
lukker? bare et hurtigt spm. tak

Jonas""")

M("uhe", """Kære Birgit Holm

Jeg er skolesekretær og medlem af HK. Jeg har fået en arbejdsskade i ryggen efter at
have løftet kasser, og jeg er på sygedagpenge. Nu har kommunen sendt mig et brev om
jobafklaringsforløb. Jeg har to små børn. Jeg er bange for at miste mit job.

Med venlig hilsen
Gitte Brønd""")

M("", """Til Center for Børn og Forebyggelse

Hvor mange pædagoger og pædagogmedhjælpere er ansat i Ishøjs daginstitutioner i 2026,
og hvad er den gennemsnitlige normering? Jeg er formand for forældrebestyrelsen i
Bøgely.

Venlig hilsen
Henrik Toft""")

M("us", """Hej Ahmad,

Jeg er tillidsrepræsentant for lærerne på Ishøj Skole og bøsse. En forælder har skrevet
til ledelsen, at han ikke vil have, at "en homo" underviser hans søn. Ledelsen har
spurgt mig, om jeg vil bytte klasse. Det vil jeg ikke. Kan du bakke os op?

Hilsen
Thomas Friis""")

M("ue", """Til Ydelse

jeg er medlem af 3F og har været på dagpenge i ét år. Nu skal min søn starte i
vuggestue. Kan jeg få fripladstilskud, selvom jeg får dagpenge?

Mvh Kim Hansen""")

M("", """Til hovedpostkassen

Jeg repræsenterer Lederne og vil invitere kommunens skoleledere til et arrangement om
ledelse under overenskomstkonflikter. Hvem er den rette kontakt?

Med venlig hilsen
Jakob Steen""")

M("u", """Hej Ishøj Kommune

Jeg er pædagog, i BUPL, og skal skifte fra Ishøj til Vallensbæk. Min datter skal skifte
institution samtidig. Hendes cpr er [[300520 5149]], mit er [[191289 2716]]. Hvordan
opsiger jeg pladsen?

Mvh Nadja""")

M("ub", """Til borgmesteren

Jeg er SF'er og lærer, medlem af DLF. Jeg har været aktiv i SF's lokalafdeling i
Ishøj i 10 år. Jeg vil gerne invitere dig til debat om folkeskolen på biblioteket, hvor
vi taler om lærernes arbejdstid.

Venlig hilsen
Søren Kjær""")

M("u", """Hej. Min kone er sygeplejerske og i DSR, jeg er i Dansk Metal. Vi arbejder begge
skiftehold og kan ikke få pasning til vores søn om aftenen. Har kommunen aftenpasning?
/Mikkel""")

M("", """Til Ishøj Kommune

Vi arbejder på et projekt om forældresamarbejde og vil gerne interviewe en
tillidsrepræsentant fra en af kommunens skoler. Kan I formidle kontakten?

Venlig hilsen
Professionshøjskolen Absalon""")
