"""corpus83 part F: integration policy, Vejleåparken's development plan, refugees."""
from common import M

M("tp", """Kære byrådsmedlemmer

Jeg er født i Tyrkiet og har boet i Vejleåparken i 25 år. Nu skal vores blok
rives ned efter udviklingsplanen. Vi har i stedet budt på et rækkehus i
Ishøj Landsby, men sælgeren vil vente på om der kommer andre bud. Det er
svært at konkurrere, når man er blevet presset ud af sit hjem.

Venlig hilsen
Ayşe Kaya""")

M("", """Til byrådet

Jeg synes integrationspolitikken i Ishøj er for blød. Der skal stilles krav
om dansk fra første dag og om arbejde. Det gælder alle, der kommer hertil.

Hilsen Bjarne Lassen""")

M("te", """Kære borgmester

Jeg kom som flygtning fra Somalia i 2009. Jeg har lært dansk, taget en
uddannelse som SOSU-assistent og arbejder i dag på plejecentret. Men fordi
jeg stadig bor i et område på listen, får mine børn ikke plads på skolen i
Strandparken. Vi har søgt om boligstøtte for at kunne flytte. Hvad skal jeg
mere?

Hodan Abdi
cpr. [[030885-2146]]""")

M("", """Hej

Hvor mange beboere i Vejleåparken skal genhuses i alt efter udviklingsplanen,
og hvornår er tidsplanen for nedrivning klar? Jeg skriver for
beboerbladet.

Mvh redaktionen""")

M("pt", """Til Plan- og Miljøudvalget

Vi er en vietnamesisk familie, der har ejet en grillbar ved Ishøj Centret i
15 år. Nu har vi sat bygningen til salg, men køberen venter på om kommunen
ændrer lokalplanen for centeret. Handlen er betinget af det. Hvornår
bliver det besluttet?

Thanh og Lan Pham""")

M("et", """Til Beskæftigelsesudvalget

Jeg er fra Eritrea og på selvforsørgelses- og hjemrejseprogrammet. Jobcentret
har givet mig tre forskellige sagsbehandlere på et år. Jeg har cpr
[[141192 2231]]. Jeg vil gerne arbejde, men ingen har tid til mig.

Mvh Semhar""")

M("", """Kære byråd,

I Ishøj har omkring 40 % af borgerne anden etnisk baggrund end dansk. Har
kommunen en strategi for at få flere med minoritetsbaggrund ind i
foreningslivet? Jeg spørger som næstformand i Ishøj Idrætsforening.

Venlig hilsen
Kasper Winge""")

M("the", """Hej Hakan

Min far er kurder fra Tyrkiet og har været i Danmark siden 1972. Han taler
næsten ikke dansk og har fået konstateret lungekræft. Han er blevet
indkaldt til samtale i kommunen om hjælp i hjemmet, men der er ikke bestilt
tolk. Kan du sikre at der kommer en?

Deniz Arslan""")

M("p", """Til borgmesteren

Vi har fået et købstilbud på vores rækkehus på Vejledalen fra
boligselskabet, fordi de skal bruge grunden til udviklingsplanen. Vi har
ikke sagt ja endnu. Kan kommunen tvinge os til at sælge, hvis vi siger nej?

Per og Hanne Mathiesen""")

M("t", """Dear Mayor,

I am a Filipino nurse who came to Denmark in 2016. I read in the newspaper
that the council wants to "reduce the number of non-Western residents" in
some areas. I own my flat, I pay my taxes. Am I non-Western? What does this
mean for me?

Maria Santos""")

M("", """Til Integrationsrådet

Hvornår holder rådet næste møde, og er møderne åbne for offentligheden? Jeg
vil gerne høre debatten om den nye integrationsplan.

Mvh Jonna Kristensen""")

M("tb", """Kære Lone

Jeg er kristen palæstinenser og kom fra Libanon som barn. Folk tror altid, at
jeg er muslim. I integrationsdebatten taler I om "muslimerne" som om alle
med mellemøstlig baggrund er det. Det er ikke rigtigt. Kan I ikke være mere
præcise?

Hilsen Elias Khoury""")

M("tep", """Til Økonomiudvalget

Min mor er fra Marokko og er enke. Hun har fået en fogedsag på huset i
Torslunde, fordi hun ikke har betalt ejendomsskat i to år. Tvangsauktionen er
sat til den 14. november. Kan kommunen give henstand? Hun hedder Fatima
Benali, cpr [[220454-1126]].

Venlig hilsen
Youssef Benali""")

M("", """Hej

Er det rigtigt at Ishøj får flere flygtninge tildelt næste år? Hvor mange,
og hvor skal de bo? Jeg spørger fordi jeg er formand for
Boligforeningen Ishøjgård og vil forberede beboerne.

Venlig hilsen
Peter Lauge""")

M("tu", """Til byrådet

Jeg er fra Polen og har arbejdet som chauffør i Ishøj i 12 år. Jeg er medlem
af 3F og betaler skat her. Når politikerne taler om "udlændinge", tænker jeg,
om I også mener mig. Det gør ondt at høre.

Piotr Kowalczyk""")

M("pe", """Kære udvalg

Mit andelsbevis i A/B Pilegården er til salg for 680.000 kr., og der er en
interesseret køber, som skal have finansieringen på plads. Jeg sælger, fordi
jeg har fået tildelt en ældrebolig i Ishøj Landsby. Kan indflytningsdatoen
rykkes en måned?

Venlig hilsen
Ingrid Schou""")

M("", """Til byrådet

Integrationspolitikken i Ishøj virker. Beskæftigelsen blandt indvandrere er
steget 8 procentpoint på fem år. Det burde I fortælle mere om i stedet for
at lade Facebook sætte dagsordenen.

Mvh Hans Erik Bork""")

M("te", """Kære Susanne

Vi er romaer fra Rumænien og bor med tre børn i en campingvogn ved Ishøj
Strand, fordi vi ikke kan få en bolig. Min mand arbejder sort om natten, og
vi har ingen penge til skolen. Kan kommunen hjælpe os med et sted at bo?

Elena""")

M("th", """Hej Peter

Min nabo i nr. 14, Hr. Yilmaz, er tyrker og en rar mand. Han har fået
amputeret et ben pga. sukkersyge og kan ikke komme ud. Han bor på 3. sal
uden elevator. Hvem i kommunen skal han kontakte om det?

Mvh Inge Bach""")

M("p", """Hej

Min nabo har sat sin grund ved Vejleå til salg, og der står et skilt med
"Solgt med forbehold". Nu hører jeg, at køberen vil bygge et seksfamiliehus.
Skal naboerne høres, før handlen er endelig?

Hilsen Gerda Friis""")

M("e", """Til borgerrådgiveren

Jeg er blevet sat ud af min lejlighed i Vejleåparken pga. huslejerestance og
bor nu hos min søster på sofaen. Mit cpr er [[0705890813]]. Jeg har søgt om
akut bolig men fået afslag. Jeg vil klage.

Mvh Jannik Møller""")

M("", """Kære byrådsmedlemmer

Vi vil gerne invitere til dialogmøde om integration i Strandparken onsdag
den 6. november kl. 18 i beboerhuset. Arrangeret af afdelingsbestyrelsen og
Ishøj Bibliotek. Tilmelding ikke nødvendig.

Afdelingsbestyrelsen, Strandparken""")

M("t", """jeg er dansker med tyrkisk baggrund og født på Hvidovre Hospital. jeg
ER fra Ishøj. I kalder os "borgere med anden etnisk baggrund" i alle jeres
papirer. kan I ikke finde et bedre ord

Selin""")

M("pt", """Til Hakan Yilmaz

Jeg er iraker og ejer af kiosken på Ishøj Stationsvej. Jeg har fået et bud
fra en udvikler, der vil købe hele matriklen, men kun hvis kommunen giver
lov til boliger. Vi har aftalt at vente på udvalgets beslutning. Hvornår
kommer sagen op?

Ali Hassan""")

M("tb", """Kære byråd

Jeg er tamil og hindu, og vi fejrer diwali hvert år med familien. Vi vil
gerne holde et offentligt diwali-arrangement ved Ishøj Søpark, som en del
af integrationsugen. Hvem skal vi søge om tilladelse hos?

Venlig hilsen
Kavitha Rajan""")

M("", """Hej

Jeg vil gerne vide, hvor mange der har gennemført danskuddannelse på Ishøj
Sprogcenter de sidste tre år. Kan I sende tallene eller henvise til en
rapport?

Mvh Birte Holm""")

M("pe", """Kære borgmester

Vi har budt på et hus i Gildbro, men banken vil kun låne os pengene hvis
min mand kommer i fast job. Han er i praktik gennem jobcentret nu. Sælgeren
giver os en uge. Kan kommunen skrive en udtalelse om at praktikken fører
til job?

Nadia""")

M("e", """Til borgerrådgiveren

Mit navn er Karim Touré. Jeg har fået et brev om tilbagebetaling af 18.000 kr.
i integrationsydelse, men jeg forstår ikke hvorfor. Jeg har cpr.nr.
[[171297\u20133389]]. Kan I hjælpe med at forklare det?

Karim""")

M("ts", """Hej Mette

Jeg er homoseksuel og kom til Danmark fra Iran som flygtning, fordi det er
farligt at være som mig der. I integrationsplanen står der ikke noget om
LGBT+-flygtninge. Vi har brug for et trygt sted at mødes.

Reza""")

M("", """Til byrådet

Forslag: Lav et mentorprogram, hvor pensionister hjælper nyankomne med
dansk og med at forstå systemet. Jeg har selv været mentor i Røde Kors i
Brøndby og det virker.

Venlig hilsen
Jørgen Vad""")

M("tp", """Hej

Vi er en ukrainsk familie og bor til leje i Ishøj. Vi har fundet en
andelslejlighed i Strandparken, og sælger har accepteret vores bud, men
andelsforeningen skal godkende os først. De siger at vi måske ikke bliver
godkendt, fordi vi har midlertidig opholdstilladelse. Er det lovligt?

Olena og Dmytro""")

M("th", """Kære Lone,

Min mor er fra Pakistan og taler kun punjabi. Hun er blevet indlagt med
hjertesvigt og lægerne ringer til mig, når de skal tale med hende. Hvorfor
bruger hospitalet ikke tolk? Jeg ved godt det er regionen, men kan I
presse på?

Imran Butt""")

M("p", """Til byrådet

Min kolonihave i Haveforeningen Ishøj Sø er til salg. Jeg har to
interesserede, men bestyrelsen siger, at kommunen vil opsige lejekontrakten
på jorden i 2027. Så vil ingen købe. Er det rigtigt?

Mvh Erling Dahl""")

M("", """Kære borgmester

Jeg læste i avisen, at kommunen vil sælge grunden ved Ishøj Torv til
boligbyggeri. Hvornår kommer udbuddet, og hvordan kan man byde? Jeg spørger
for min arbejdsgiver.

Mvh Casper Winther""")

M("te", """Hej Susanne

jeg er afghaner og har kontanthjælp. jeg har spurgt om sprogskole om
aftenen, fordi jeg passer min mor om dagen. de siger nej, kun om dagen.
hvordan skal jeg lære dansk så

Sharif""")

M("tu", """Kære Erik

Jeg er vokset op i Ishøj med indiske forældre og er i dag ingeniør og
medlem af IDA. Jeg vil gerne stille mig til rådighed som rollemodel for
unge med minoritetsbaggrund i kommunens nye mentorprogram.

Vikram Patel""")

M("tp", """Til Plan- og Miljøudvalget

Jeg er dansk-kinesisk og ejer den lille grund bag Ishøj Kirke, som jeg
arvede efter min far. Jeg er i forhandling med en køber, men han trækker
sig måske, fordi han har hørt, at kommunen vil lægge en sti over grunden.
Er det rigtigt?

Mvh Lin Jørgensen""")

M("et", """Hej

Jeg er fra Ishøj og er på kontanthjælp. Jeg skriver fordi I i aviserne
kun taler om indvandrere, når I taler om kontanthjælp. Vi er også mange
etniske danskere på den.

Mvh Kim Olsen""")
