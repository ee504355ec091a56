"""corpus58 part D: union membership, shop stewards, strikes; unions and agreements in general."""
from common import M

M("u", """Til formanden for Børne- og Skoleudvalget

Jeg er BUPL-tillidsrepræsentant i Børnehuset Troldehøjen. Siden 1. august har vi haft tre
stillinger ubesat, og vikarbudgettet er brugt. Kollegerne går hjem med ondt i maven hver dag.
Jeg vil gerne invitere dig på besøg en morgen, så du selv kan se normeringen.

Med venlig hilsen
Pernille Dyhr""")

M("e", """Hej

Hvornår slutter strejken hos buschaufførerne på linje 400S og 128? Min mor er afhængig af bussen
til dagcentret, og vi vil gerne vide, om kommunen sætter erstatningskørsel ind.

Mvh Lene""")

M("uhe", """Til Jobcentret, sygedagpengeafdelingen

Jeg er på sygedagpenge efter at have fået en palle ned over foden på lageret i august
(arbejdsskade). 3F's advokat har anmeldt skaden til AES og beder om kopi af alle mine
lægeattester, som I har fået. Kan I sende dem til mig, så jeg kan give dem videre?

Venlig hilsen
Kenneth Rask""")

M("", """Til Center for Voksne og Velfærd

Jeg er faglig sekretær i FOA Storkøbenhavn og skriver på vegne af afdelingen om de nye
vagtplaner på Ishøj Plejecenter. Vores medlemmer oplever, at weekendvagterne fordeles skævt.
Vi foreslår et møde i oktober med centerledelsen.

Med venlig hilsen
Jannie Løvgren, faglig sekretær""")

M("u", """Til SFO Strandgården

Jeg er sygeplejerske og medlem af DSR, og jeg strejker fra mandag. Det betyder, at jeg kan
hente Ellen allerede kl. 13 de næste dage. Jeg skriver bare, så I ikke bliver forvirrede over
de nye tider.

Hilsen
Marie Lauritsen""")

M("ue", """Hej Jobcentret

Jeg blev fyret fra mit job i en bank i sidste uge og er meldt ledig i HK's a-kasse. Jeg har
fået en indkaldelse til en samtale hos jer den 14., men der står ikke, om jeg skal medbringe
noget. Skal jeg det?

Venlig hilsen
Helle Brandt""")

M("e", """Hej Jobcentret

Jeg er blevet opsagt fra min stilling i et rengøringsfirma og er medlem af ASE, ikke af nogen
fagforening. Skal jeg tilmelde mig hos jer allerede nu, eller først når opsigelsesperioden er
slut den 31.?

Mvh
Jan Pedersen""")

M("", """Hej Jobcentret

Hvilke fagforeninger og a-kasser deltager i jobmessen i Ishøj Bycenter den 10. oktober? Jeg vil
gerne sætte det i nyhedsbrevet til vores elever på VUC.

Venlig hilsen
Anette Bro, studievejleder""")

M("u", """Til skolechefen

Som lærer på Ishøj Skole og medlem af DLF vil jeg gerne klage over, at vi nu skal registrere
vores tid i et nyt system hvert kvarter. Kredsen har sagt, at det ikke er aftalt lokalt. Kan du
bekræfte, om det er et krav fra forvaltningen?

Venlig hilsen
Torben Ravn""")

M("u", """Til Borgerrådgiveren

Jeg arbejder for en underentreprenør på kommunens byggeri ved Gildbroskolen. Da jeg viste mit
3F-medlemskort til byggepladsmødet, sagde formanden, at han ikke ville have "fagforeningsfolk",
og dagen efter var mit navn ikke på vagtlisten. Kommunen er bygherre. Kan I gøre noget?

Martin Holm
[[170392-3311]]""")

M("", """Hej

Hvad betyder den nye overenskomst for dagplejerne i Ishøj? Får de flere fridage, eller er det
kun lønnen der stiger? Jeg er dagplejeforælder og vil gerne forstå, hvorfor der er lukket en
ekstra dag i juni.

Mvh Rikke""")

M("ut", """Til kommunens entreprisekontor

Jeg er fra Polen og er medlem af Krifa. Jeg har arbejdet som tømrer på kommunens nye
børnehus i fire måneder, men firmaet har ikke betalt feriepenge. Krifa siger, kommunen har en
arbejdsklausul i kontrakten. Hvem skal jeg kontakte?

Pozdrawiam / hilsen
Paweł Nowicki""")

M("ub", """Hej

Jeg er medlem af Krifa, fordi jeg er kristen og ikke vil være med i en fagforening der støtter
partier. Nu siger min tillidsrepræsentant på plejecentret, at jeg ikke kan være med til
personalemøderne om lokalaftalen. Er det rigtigt?

Venlig hilsen
Esther Mikkelsen""")

M("", """Hej Biblioteket

Djøf holder karrieremøde for nyuddannede i jeres sal den 4. november. Er det åbent for alle,
eller skal man være medlem? Det står ikke på jeres side.

Mvh
Asger""")

M("ue", """Til Pensionskontoret

Jeg var medlem af Dansk Metal i 25 år, indtil jeg gik på folkepension i januar. Nu har jeg fået
brev om, at min pension bliver modregnet for en udbetaling fra min gamle arbejdsmarkedspension.
Jeg forstår det ikke. Kan nogen ringe mig op?

Venlig hilsen
Kjeld Vang, 67 år""")

M("uh", """Til min leder i hjemmeplejen og kopi til FOA

Jeg har været sygemeldt med stress siden 3. marts. FOA deltager i vores samtale på torsdag, og
min klubformand Anja har bedt om, at vi holder den på rådhuset i stedet for på kontoret i
hjemmeplejen. Kan det lade sig gøre?

Venlig hilsen
Britt Olsen""")

M("", """Til Personaleafdelingen

Kan kommunen oplyse, hvor stor en andel af de ansatte der er organiseret i en fagforening, fordelt
på centre? Jeg skriver en bachelor om organisationsgrad i kommunerne.

Mvh
Sigrid Bech, RUC""")

M("u", """Til Teknik og Miljø

Min mand er tillidsmand i Blik- og Rørarbejderforbundet, og han har ringet til jer fire gange om
de varmerør, I har gravet over ved vores hus. Han arbejder på skift og kan kun tage telefonen
efter kl. 16. Kan I ringe til ham der?

Mvh
Gitte Sørensen""")

M("ue", """Til Preben Vind, byrådsmedlem

Jeg blev valgt som tillidsrepræsentant for 3F på kommunens materielgård i tirsdags, og i dag
fik jeg min opsigelse med begrundelsen "omstrukturering". Jeg har 11 års anciennitet. Jeg
beder dig som politiker om at se på, hvordan kommunen som arbejdsgiver behandler TR'er.

Michael Eriksen""")

M("", """Hej

3F holder 1. maj-arrangement i Ishøj Bypark igen. Skal de have tilladelse fra kommunen til
scenen og fadøl, og hvem rydder op bagefter? Sidste år lå der glas i sandkassen.

Hilsen
Jens fra Bypark-foreningen""")

M("uh", """Hej personalekontoret

Jeg er sygeplejerske i hjemmeplejen og medlem af DSR. Jeg er gravid i 30. uge og har fået at
vide af jordemoderen, at jeg ikke må løfte. Min leder siger, at jeg skal tage de tunge besøg
indtil barsel. DSR har rådet mig til at skrive til jer.

Venlig hilsen
Mette Holm""")

M("", """Hej

Jeg er sygeplejerske i hjemmeplejen og kører rundt i egen bil. Kan jeg få en parkeringstilladelse,
så jeg kan holde i Vejleåparkens p-zone, når jeg er på besøg hos borgerne?

Mvh
Louise Berg""")

M("up", """Til Byggesagsafdelingen

Jeg er ved at købe en andel i A/B Vejlegården, og HK's advokat har gennemgået kontrakten for mig
som en del af mit medlemskab. Advokaten spørger, om den overdækkede terrasse er lovliggjort.
Handlen er betinget af svaret. Kan I sende mig oplysningerne?

Venlig hilsen
Julie Kragh""")

M("u", """Til Center for Borger, Økonomi og IT

Jeg er TR for Serviceforbundet hos rengøringsfirmaet på rådhuset. Flere af vores folk har ikke fået
adgangskort til de nye lokaler og kan ikke komme ind før kl. 7. Hvem kan ordne det?

Venlig hilsen
Anita Hansen""")

M("", """Til Erhvervsservice

Jeg er konsulent i Dansk Metal og vil gerne invitere kommunen til et møde om flere lærlingepladser
i virksomhederne i Industriparken. Kan I foreslå et par datoer i november?

Med venlig hilsen
Thomas Brix, konsulent""")

M("ue", """Til Jobcentret

Jeg har fået dagpenge fra 3F's a-kasse siden april, men i dag skriver a-kassen, at jobcentret har
meldt, at jeg ikke mødte op til en samtale den 2. september. Jeg var der! Jeg har billede af
mødebrevet. Mit cpr er [[0611784023]].

Ali Jamal""")

M("u", """hej

vi er alle sammen i 3f på materielgården og vi har ikke fået det nye regntøj endnu selvom det
blev lovet i maj. det regner hver dag nu. kan udvalget ikke sætte lidt fart på

hilsen drengene på Materielgården, skrevet af Bo""")

M("", """Hej

Min søn var sommerferiehjælper i parkafdelingen i juli. Hvornår bliver lønnen udbetalt? Han har
ikke fået lønseddel endnu.

Mvh
Anne Rud""")

M("u", """Hello,

I'm a member of IDA and work as a researcher at DTU. I want to join the municipal working group on
climate adaptation as a citizen expert. IDA's local network suggested I write to you. Who decides
who can join?

Best,
Ravi Shankar""")

M("uh", """Til skolelederen, cc. kredsen

Vores TR, Susanne Ravn, er blevet syg og er indlagt, og vi ved ikke, hvor længe. Hvem
repræsenterer os til MED-mødet på onsdag? Vi vil ikke holde mødet uden en TR.

På vegne af lærerne på Vibeholmskolen
Thomas og Line""")

M("", """Hej

Er Ishøj Kommune med i KL's forhandlinger om den nye overenskomst for lærerne, eller er det
noget der kun sker centralt? Jeg er forælder og prøver at forstå, hvorfor der tales om konflikt.

Mvh Carsten""")

M("ub", """Til Martin Lind, formand

Jeg er medlem af SF og af FOA, og jeg arbejder i hjemmeplejen. Jeg synes, det er på tide, at I
laver en rigtig plan for faste teams. Jeg stiller gerne op til et møde, men ikke som
tillidsrepræsentant, bare som mig.

Hilsen
Birgit Sand""")

M("ueh", """Til sygedagpengeteamet

Jeg har været på sygedagpenge i 22 uger på grund af en diskusprolaps. Jeg vil gerne have min
HK-konsulent med til rundbordssamtalen den 19. Kan I sende indkaldelsen til hende også? Hun
hedder Lise og er fra HK Hovedstaden.

Mvh
Sandra Nørgaard""")

M("", """Hej

Bliver affaldet hentet som normalt, hvis skraldemændene strejker? Jeg har en fyldt container og
kan ikke vente tre uger.

Mvh
Carl""")

M("u", """Til Erhvervsservice

Min datter er frisørelev i en salon i Ishøj Bycenter og medlem af HK. Hun har ikke fået løn i to
måneder. HK hjælper hende, men vi vil gerne vide, om kommunen kan gøre noget, da salonen får
tilskud til lærepladsen fra jer.

Venlig hilsen
Anja Grøn""")

M("u", """Til Borgerservice

Jeg er butiksleder og medlem af Lederne. Vi har søgt om tilladelse til at stille
reklameskilte op ved indgangen til Ishøj Bycenter, men har ikke hørt noget i seks uger. Lederne
siger, vi skal klage. Kan I give en status først?

Venlig hilsen
Dennis Holt""")

M("", """Hej Ishøj Marked

Jeg er salgskonsulent i Det Faglige Hus og vil gerne leje en stand på Ishøj Marked i august til at
fortælle om vores a-kasse. Hvad koster en stand på 3 x 3 m, og er der strøm?

Med venlig hilsen
Kim Fogh""")

M("ut", """Til Borgerservice

Jeg kommer fra Grønland og har været medlem af SIK deroppe og nu af 3F her. 3F siger at jeg skal
have et dansk sundhedskort, før jeg kan få hjælp af deres fysioterapeut-ordning. Hvordan får jeg
det, når jeg kun har et grønlandsk?

Venlig hilsen
Nukappiaaluk Olsen""")

M("upe", """Kære borgmester

Efter jeg blev fyret som TR for Dansk Metal sidste år, har vi ikke råd til at blive i huset. Det
har været sat til salg i fem måneder, og nu har banken sagt, at den vil tvangsauktion, hvis
ikke der er en køber før jul. Vi har en køber, der vil give et bud, hvis kommunen ændrer
lokalplanen for garagen. Kan I hjælpe?

Venlig hilsen
Jesper og Anna Dahl""")

M("", """Hej

Hvad er det maksimale fradrag for fagligt kontingent i 2027? Jeg underviser på et aftenkursus i
privatøkonomi og vil gerne have det rigtige tal med.

Mvh
Ulla Vinding""")

M("u", """Hej byrådsmedlem Jesper Holm

Jeg meldte mig ud af 3F i 2019 og ind i Krifa. Nu siger kollegerne på kommunens vejafdeling, at
kun 3F'ere kan komme med på uddannelsesdagen. Er det kommunen eller 3F, der bestemmer?

Frank""")

M("u", """Til Pladsanvisningen, vedr. mit eget ansættelsesbevis

Jeg har byttet arbejdstid med en kollega og skal bruge et nyt ansættelsesbevis til min
a-kasse. Jeg er TR for BUPL i Solsikken. Mit cpr-nr. er [[230781-1426]] i tilfælde af, at I
skal finde mig i systemet.

Venlig hilsen
Jens Vinther""")

M("", """Hej

Hvor mange kommunalt ansatte i Ishøj var udtaget til strejke under sygeplejerskekonflikten i 2021,
og hvad sparede kommunen i løn? Jeg er nysgerrig efter tallene.

Mvh Peter""")

M("ue", """Hej

Jeg er i Dansk Metals a-kasse og skal til samtale hos jer den 28. med en rådgiver. Kan min
a-kasse-rådgiver deltage over telefonen i stedet for at møde op? Hun siger, det plejer at gå.

Mvh
Søren Vad""")

M("u", """Til borgmesteren

Vi er nogle stykker fra forskellige forbund, der arbejder i kommunens køkkener. Vi vil gerne
aflevere en underskriftindsamling mod udliciteringen af madordningen på fredag kl. 12. Er du
på rådhuset?

Hilsen
Køkkenpersonalet""")

M("", """Hej

Overenskomsten siger 37 timer om ugen. Gælder det også for pædagogmedhjælpere i SFO, eller kan
de have kortere tid? Spørger fordi vi diskuterer det i forældrebestyrelsen.

Mvh
Ole""")

M("uh", """Til Arbejdsmiljøteamet i Center for Byudvikling og Natur

Min søn, som er elektrikerlærling og medlem af Dansk El-Forbund, faldt fra et stillads på jeres
byggeplads ved Strandskolen i tirsdags og brækkede ryggen. Han ligger på Rigshospitalet. Hvem har
ansvaret for sikkerheden der?

Jane Krogh""")

M("ub", """Til Kirkegårdskontoret

Jeg er præst i Ishøj Sogn og medlem af Præsteforeningen, og jeg er blevet bedt om at være
tillidsrepræsentant for præsterne i provstiet. Hvem i kommunen skal jeg tale med om
samarbejdsaftalen om kirkegårdens drift?

Venlig hilsen
Bodil Krarup""")

M("", """Hej

Hvilke regler gælder for, hvor mange tillidsrepræsentanter en arbejdsplads skal have? Jeg skriver
en artikel til et fagblad om kommunale arbejdspladser på Vestegnen.

Venlig hilsen
Johan Kruse, journalist""")

M("up", """Til Preben Vind

Jeg er tømrer og har været 3F'er hele livet. Min kone og jeg har givet bud på en kolonihavehus i
H/F Strandhaven, men foreningen siger, at kommunen skal godkende, at vi bor der om vinteren, før
de vil sige ja. Kan du hjælpe os med, hvem der bestemmer det?

Hilsen
Egon Bak""")
