"""Part F: teachers, pedagogues and staff: unions, sick leave, their own cases."""
from common import M

M("uh", """Til skolechef Marianne Due

Jeg er lærer på Gildbroskolen og medlem af Danmarks Lærerforening. Jeg har
været sygemeldt med stress siden 1. oktober. Min leder har indkaldt mig til
en sygefraværssamtale, og jeg vil gerne have min TR med. Kan mødet flyttes
til en dag hvor hun kan?

Venlig hilsen
Lene Dalgaard""")

M("u", """Hej Jesper (byrådsmedlem)

Jeg er TR for lærerne på Ishøj Skole (DLF kreds 24). Vi har hørt at
kommunen vil hæve undervisningstimetallet til august. Kan du bekræfte det,
og vil du mødes med os før budgetforhandlingerne?

Mvh Michael Bjerg""")

M("", """Kære borgmester
Jeg har læst i Politiken at lærernes nye arbejdstidsaftale træder i kraft
til august. Hvad betyder det konkret for Ishøjs skoler? Bliver der flere
eller færre timer til forberedelse? Venlig hilsen Hans-Erik, pensionist""")

M("uh", """hej Birgitte

jeg er pædagog i SFO'en på Strandskolen og er med i BUPL. jeg har fået en
arbejdsskade i ryggen efter at have løftet en elev i kørestol uden lift.
arbejdsgiveren vil ikke anmelde det. BUPL siger jeg selv kan anmelde men
hvad gør kommunen ved at der ikke er lift?

Helle""")

M("u", """Til Borgerrådgiveren

Jeg er skolesekretær og medlem af HK Kommunal. Jeg vil klage over, at jeg
ikke har fået svar på min ansøgning om nedsat tid i fire måneder. Jeg
ved godt at det er en personalesag, men jeg ved ikke hvor jeg ellers skal gå
hen.

Venlig hilsen
Birthe Lund""")

M("", """Til Børne- og Skoleudvalget

Hvilke fagforeninger deltager i kommunens forhandlinger om
arbejdstidsregler for pædagoger i SFO'erne? Jeg skriver en artikel til
forældrebladet.
Mvh Kirsten Ravn, redaktør""")

M("hu", """Kære Lars Møller

Jeg har været lærer i Ishøj i 22 år. I foråret fik jeg konstateret
brystkræft og har været i kemo hele sommeren. Nu vil skolen afskedige mig
pga. "langvarigt sygefravær". Min fagforening, DLF, er inde i sagen, men jeg
synes også at politikerne skal vide hvordan kommunen behandler sine
medarbejdere.

Med venlig hilsen
Annette Kvist
[[210968-2045]]""")

M("u", """Hej Ishøj Kommune, jeg er pædagogmedhjælper i Ishøj Ungdomsklub og
medlem af FOA. Vi er blevet bedt om at tage ekstra aftenvagter uden
tillæg. Er det i orden efter overenskomsten? FOA siger nej, men lederen
siger ja. Mvh Dennis""")

M("he", """Til personaleafdelingen / HR

Jeg er lærer på Vibeholmskolen og er på sygedagpenge efter en knæoperation.
Jobcentret har indkaldt mig til opfølgningssamtale den 3. december. Jeg vil
gerne vide om jeg skal have en mulighedserklæring fra lægen med.

Mvh Klaus Brandt
cpr. [[050476-1931]]""")

M("", """Hej. Hvornår er lærernes overenskomstforhandlinger færdige? Vi har fået
at vide at der måske bliver strejke. Skal forældrene regne med at skolerne
lukker? Vh Sanne""")

M("u", """Kære Bente

Jeg skriver som menigt medlem af BUPL og forælder. Jeg synes at kommunens
nye normeringstal for SFO er skønmaleri. Vi er 2 voksne til 48 børn om
eftermiddagen. Det er ikke forsvarligt. Kan vi få et møde?

Venlig hilsen
Jens Lykke, pædagog""")

M("uh", """Til skolelederen

Jeg har været sygemeldt i 3 uger med lungebetændelse og regner med at være
tilbage den 1. december. Jeg har talt med min tillidsrepræsentant i DLF om
en gradvis tilbagevenden. Kan vi aftale et møde om en delvis raskmelding?

Venlig hilsen
Ole Henriksen, lærer 5.-6. årgang""")

M("", """Til hovedpostkassen
Vedr. lønseddel for oktober, personalenummer 0311857, skolens p-nr. 1003456789. Jeg mangler tillæg
for to lejrskoledøgn. Kan det rettes? Mvh Jacob, lærer på Strandskolen""")

M("su", """Hej Lone

Jeg er lærer og TR for DLF på Torslunde Skole. Jeg vil fortælle dig om noget
der sker for mig personligt: en forælder har skrevet på Facebook at "en homo
som mig ikke skal undervise deres børn". Jeg er gift med en mand og har aldrig
lagt skjul på det. Ledelsen har ikke reageret. Kan du som politiker sige noget
om hvor kommunen står?

Mvh Christian Aagaard""")

M("u", """Til Borgmesterens PA

Jeg er tidligere medlem af Dansk Metal og arbejder nu som pedel på
Gildbroskolen. Jeg vil gerne tale med borgmesteren om arbejdsmiljøet i
kælderen, hvor der har været skimmelsvamp i to år.

Venlig hilsen
Jørgen Nielsen""")

M("", """Kære Jesper
Jeg arbejder som faglig konsulent i BUPL Storkøbenhavn. På vegne af
forbundet vil jeg invitere dig til et møde om pædagogers arbejdsvilkår i
Ishøj. Kan du den 12. eller 14. december?
Med venlig hilsen
Morten Juhl, BUPL""")

M("ue", """hej jeg er pædagog og blev fyret fra min stilling i SFO'en da den blev
nedlagt i sommer. jeg er medlem af BUPL's a-kasse og har fået dagpenge siden
august. nu skal jeg til samtale i jobcentret om aktivering, men jeg har fået
tilbudt job i en anden kommune. skal jeg stadig komme?
Anders""")

M("uh", """Kære formand for Børne- og Skoleudvalget

Som TR for BUPL-medlemmerne i Ishøj Ungdomsklub vil jeg gøre opmærksom på, at
to af mine kolleger er blevet sygemeldt med stress i efteråret efter vold
fra unge i klubben. Vi beder om at få en sikkerhedsgennemgang.

Venlig hilsen
Mette Lindhardt""")

M("t", """Til skoleleder Jonas Krogh

Jeg er modersmålslærer i arabisk og selv født i Libanon. Jeg er blevet
spurgt af en forælder, om jeg "egentlig kan tale ordentligt dansk", og
kollegerne grinede. Jeg vil gerne have at ledelsen tager det alvorligt.

Venlig hilsen
Nadia Khoury""")

M("u", """Hej Mads

Jeg er skolesekretær på Ishøj Skole og HK-tillidsrepræsentant for
administrationen. Vi mangler svar på om vi får den lokale løntillæg der
blev aftalt i foråret. Kan du tage det op i Økonomiudvalget?

Mvh Susanne Winther""")

M("", """Hej. Jeg har hørt at der er konflikt på vej for lærerne. Hvis skolerne
lukker, får forældrene så nødpasning? Og hvem har ansvaret for børn med
særlige behov? Mvh Jette""")

M("hue", """Til Ishøj Kommune, HR

Jeg er lærer og medlem af Krifa. Jeg har fået diagnosen sklerose og har brug
for et hæve-sænkebord og kortere arbejdsdage. Min leder siger at det skal
gå gennem jer. Jeg søger også om en § 56-aftale.

Med venlig hilsen
Camilla Rosendahl
cpr: [[091188-1876]]""")

M("b", """Kære skoleleder

Jeg er lærer på skolen og selv muslim. Jeg vil bede om at få lov til at
bede fredagsbøn i et tomt lokale i min frokostpause. Det tager 10 minutter.
Jeg har ikke ønsket at gøre det til en stor sag, men jeg vil gerne have det
godkendt.

Venlig hilsen
Omar Farouk""")

M("u", """Til Økonomiudvalget

Vi er en gruppe pædagoger fra forskellige forbund – BUPL, FOA og 3F –
der arbejder i kommunens klubber. Vi vil protestere mod at klubbernes
åbningstid skæres, og vi vil gerne inviteres til et møde.

Med venlig hilsen
(underskrevet af 14 medarbejdere)""")

M("", """Til Børne- og Skoleudvalget

Forældrerådet på Strandskolen vil gerne vide, hvordan lockouten i 2013
påvirkede elevernes faglige niveau, og om kommunen har lavet en
evaluering. Vi diskuterer det i forbindelse med den nye overenskomst.
Mvh forældrerådet""")

M("he", """Hej HR

Jeg er gravid i 5. måned og er lærer på Vibeholmskolen. Min læge har sagt at
jeg ikke må stå op mere end 2 timer ad gangen pga. bækkenløsning. Jeg søger
om barselsdagpenge fra uge 30 og vil gerne vide hvem der dækker mine timer.

Venlig hilsen
Sofie Ravn""")

M("u", """Hej Jytte

Jeg er pædagog og medlem af BUPL, og jeg er formand for Ishøj Ungdomsklubs
MED-udvalg. Vi vil gerne have at udvalget besøger klubben før der træffes
beslutning om at flytte den til skolen. Hvornår passer det jer?

Mvh Lars Storm""")

M("t", """Dear Mr Mayor,

I am a teacher at the international class at Ishøj Skole. I am from Nigeria
and have lived in Denmark for 8 years. Last week a parent refused to let
their child be in my class "because of my background". The school leader
moved the child. I feel humiliated and would like to know what the
municipality's policy is.

Yours sincerely,
Chinedu Okafor""")

M("uh", """Kære borgerrådgiver

Jeg er rengøringsassistent på Ishøj Skole og medlem af 3F. Jeg har fået
eksem på hænderne af det nye rengøringsmiddel og har været sygemeldt i 14
dage. Min leder vil ikke skifte middel. Min TR i 3F siger at det er en
arbejdsskade.

Mvh Ayse""")

M("", """Hej. Hvem er tillidsrepræsentant for lærerne på Torslunde Skole? Jeg
er ny forælder og vil gerne invitere vedkommende til bestyrelsesmøde om
arbejdsmiljø. Mvh Jakob""")

M("us", """Hej Bo

Jeg arbejder som pædagog i Ishøj Ungdomsklub og har været medlem af FOA i
10 år. Jeg er biseksuel og har en kæreste, der er kvinde. En kollega har
fortalt de unge at jeg "går med begge", og nu bliver jeg drillet i klubben.
Min leder siger jeg skal lade det ligge. Hvad gør jeg?

Mvh Martin""")

M("eu", """Til Jobcenter Ishøj

Jeg er lærer og blev opsagt pr. 31. oktober pga. nedskæringer. Jeg har meldt
mig ledig i DLF A-kasse. Jeg har modtaget en indkaldelse til jobsamtale den 9.
december, men den ligger samme dag som en jobsamtale på en skole i Brøndby.

Mvh Rikke Lassen
[[130792-2248]]""")

M("h", """Hej Karin

Jeg er din kollega fra 3.B, undskyld jeg skriver privat. Jeg vil lige sige
at Hanne fra SFO'en er blevet indlagt med blodprop i går. Hun har bedt mig
fortælle det til teamet, men ikke til børnene endnu.

Kh Lisbeth""")

M("u", """Til Børne- og Skoleudvalget

Jeg er lærer på Gildbroskolen og har været DLF-medlem i 30 år. Jeg går på
pension til sommer og vil gerne sige tak for mange gode år. Men jeg vil også
advare jer: inklusionsopgaven er løbet løbsk. Vi har brug for flere hænder.

Venlig hilsen
Inge-Lise Krog""")

M("", """Til Ishøj Kommune
Som socialrådgiver i Center for Børn og Forebyggelse vil jeg gerne vide om
vi kan få adgang til skolernes Aula for at kommunikere med lærere om
bekymringer. Hvem skal jeg spørge? Mvh Kamilla""")

M("uh", """Hej Anders

Jeg er lærer og DLF-tillidsrepræsentant på Strandskolen. Min kollega, Peter
Juhl, har fået et hjertestop på skolen i sidste uge. Han overlevede, men
skolen havde ingen hjertestarter. Kan byrådet love at alle skoler får en?

Venlig hilsen
Ulla Kjærsgaard""")

M("t", """Til skolens ledelse

Jeg er vikar på skolen. Jeg er af vietnamesisk afstamning og er blevet
kaldt "ching chong" af elever i 7.A flere gange. Jeg har sagt det til
afdelingslederen. Intet er sket. Jeg vil gerne vide om jeg skal fortsætte
som vikar her.

Venlig hilsen
Linh Tran""")

M("u", """Hej Lars

Jeg er formand for DLF kreds 24 og skriver som medlem af foreningen i Ishøj:
jeg vil gerne inviteres med til næste møde i skolebestyrelsernes netværk.
Som lærer og forælder på Strandskolen har jeg en holdning til sagen om
skolestruktur.

Venlig hilsen
Per Aagaard""")

M("hu", """Til HR

Jeg er pædagog i SFO'en og tidligere medlem af FOA, nu i Det Faglige Hus.
Jeg har fået konstateret en høreskade efter at have arbejdet i for meget
larm og har fået bevilget høreapparater. Kan arbejdspladsen få
lyddæmpning?

Mvh Bettina Ahl""")

M("u", """Til lønkontoret

Jeg er nyansat lærer på Strandskolen. Kan I trække mit DLF-kontingent
over lønnen, ligesom på min gamle skole? Mit cpr-nummer er [[220195-3318]].

Mvh Jonas Vind""")

M("he", """hej det er mig igen (Sanne fra SFO'en)
jeg er stadig sygemeldt efter operationen og jobcentret har sendt mig et
brev om sygedagpenge som jeg ikke forstår. de skriver at jeg skal udfylde et
skema inden fredag. kan HR hjælpe? mit cpr er [[0304871258]]""")

M("ub", """Kære Lars Møller

Jeg er lærer og TR for DLF på Ishøj Skole, og jeg er medlem af
Socialdemokratiet lige som dig. Jeg vil gerne have en uformel snak om
inklusionsmidlerne inden budgetmødet.

Hilsen Kirsten Holt
[[160978 2264]]""")

M("tu", """Til HR, Ishøj Kommune

Jeg er pædagog i Vejleå SFO, født i Bosnien og medlem af BUPL. Jeg har søgt
om at få min bosniske uddannelse godkendt, så jeg kan få pædagogløn. Mine
papirer er sendt for to måneder siden.

Mvh Emina Begić
cpr-nr. [[280983–1446]]""")

M("h", """Hej Karin (afdelingsleder)

Jeg har været hos lægen, og jeg er gravid i 10. uge. Jeg fortæller det
tidligt fordi jeg ikke må løfte børn i SFO'en mere. Kan vi finde andre
opgaver til mig?

Kh Julie
[[061194\u00a02108]]""")

M("ue", """Hej

Jeg er medlem af FOA og pædagogmedhjælper i Ishøj Ungdomsklub. Min kone og
jeg har fået en underretning om vores søn fra skolen. Jeg vil bare høre om
min arbejdsgiver får besked om det, nu hvor jeg også er ansat i kommunen.

Mvh Brian
[[091081-3397]]""")
