"""corpus71 part B: dismissals, shop stewards, unions and the a-kasse."""
from common import M

M("eu", """
Kære borgmester

Jeg blev fyret fra kommunens egen rengøringsenhed i sidste uge. Min leder sagde det
var "omstrukturering", men jeg var den eneste. Jeg har talt med 3F, hvor jeg er
medlem, og de siger det ligner en usaglig afskedigelse. Jeg ved godt at borgmesteren
ikke kan blande sig i personalesager, men jeg vil gerne have at I ved det.

Med venlig hilsen
Jannie Kofoed
""")

M("u", """
Hej Karsten

Jeg er tillidsmand for de timelønnede på genbrugspladsen. Folkene er trætte af at
vagtplanen bliver lagt om med to dages varsel. Kan du tage det op i udvalget? Jeg
skriver som TR, ikke som privatperson.

Mvh
Brian, TR for 3F-gruppen på Ishøj Genbrugsplads
""")

M("", """
Til Ishøj Kommune

I nyhederne hører man at overenskomstforhandlingerne på det kommunale område er gået i
hårdknude. Vil kommunens daginstitutioner holde åbent, hvis der kommer strejke eller
lockout til foråret? Jeg skal planlægge pasning af mine børn.

Venlig hilsen
Sarah Winther
""")

M("eu", """
Hej

er lige blevet opsagt fra lageret i Hundige. står nu uden job fra 1. feb. Er i
Krifa a-kasse og har meldt mig ledig derinde, skal jeg også gøre noget hos jer på
jobcentret? jeg har aldrig prøvet det før

Kim
""")

M("", """
Til formanden for Økonomiudvalget

Hvorfor betaler kommunen kontingent til KL, når KL alligevel forhandler overenskomster
som vi borgere ikke har nogen indflydelse på? Jeg ønsker at vide hvad kontingentet
koster om året.

Med venlig hilsen
Leif Sandberg
""")

M("u", """
Kære Lise Brandt

Jeg er næstformand i BUPL's klub i Ishøj og pædagog i Børnehuset Solsikken. Vi er
bekymrede for normeringerne efter de nye besparelser. Jeg skriver som medlem, ikke på
BUPL's vegne. Har du tid til en kop kaffe?

Hilsen
Mette Kjeldsen
""")

M("e", """
Til Borgerrådgiveren

Min arbejdsgiver har fyret mig mens jeg var på barsel. Det er ikke jer, men jobcentret
har nu sendt mig indkaldelse til et "cv-møde" selvom jeg stadig er på barselsdagpenge
i to måneder. Kan I tjekke om det er rigtigt?

Venlig hilsen
Line Bjerre
""")

M("", """
Hej

Jeg er faglig sekretær i HK Hovedstaden og skriver på vegne af afdelingen. Vi vil
gerne holde et oplæg for kommunens ledige kontorfolk om efteruddannelse. Kan jobcentret
hjælpe med at invitere?

Venlig hilsen
Kristian Lorentzen
Faglig sekretær, HK Hovedstaden
""")

M("eh", """
Kære Merete Dahl

Jeg har arbejdet som chauffør i 11 år og blev afskediget i går, to dage efter at jeg
kom tilbage fra sygemelding efter et hjertetilfælde. Arbejdsgiveren siger det er "af
driftsmæssige årsager". Jeg er ikke medlem af en fagforening og ved ikke hvem der kan
hjælpe mig. Har kommunen en eller anden rådgivning?

Venlig hilsen
Gert Halvorsen
""")

M("u", """
Til udvalgsformanden for Børn og Skole

Jeg er tillidsrepræsentant for lærerne på Vibeholmskolen (DLF). Vi har en konkret
sag om arbejdstidsaftalen, som vi gerne vil have på dagsordenen. Jeg vedhæfter
vores notat.

Med venlig hilsen
Søren Kirkegaard Nielsen
TR, Vibeholmskolen
""")

M("", """
Hej

Hvad er forskellen på at være medlem af en a-kasse og få dagpenge, og så at få
kontanthjælp fra kommunen? Det er til en skoleopgave i samfundsfag i 9. klasse.

Tak
Amira, 9.b
""")

M("eu", """
Kære Jobcenter Ishøj

Jeg er medlem af Dansk Metals a-kasse og har været ledig siden august. A-kassen
siger at jeg skal have en samtale hos jer inden for de første seks måneder, men jeg
har ikke fået nogen indkaldelse. Er jeg glemt?

Mvh
Morten Bonde
Jobnet-id: 4407391
""")

M("u", """
Kære borgmester

Jeg var medlem af FOA i 30 år og tillidsrepræsentant på plejehjemmet Ishøjhave i ti
af dem. Nu er jeg pensionist. Jeg vil bare sige, at personalet derude gør et
kæmpe arbejde, og at I skal passe på dem.

Med venlig hilsen
Ruth Frandsen
""")

M("", """
Til hovedpostkassen

Hvor mange af kommunens ansatte er dækket af en overenskomst, og hvilke forbund
har kommunen flest medlemmer fra? Spørgsmålet er til et læserbrev, og jeg vil gerne
have tallene rigtige.

Med venlig hilsen
Niels Ebbesen, Ishøj Park
""")

M("eut", """
Til Merete Dahl

Jeg er fra Rumænien og arbejdede på et slagteri i Vestsjælland gennem et vikarbureau.
De fyrede mig en uge efter at jeg havde meldt mig ind i 3F. Nu har jeg hverken job eller
penge, og min udlejer vil smide mig ud i januar. Er der nogen i kommunen der kan
hjælpe med husleje?

Mulțumesc,
Ionut Popescu
""")

M("u", """
Hej Lise

Tak for et godt møde i går med os fra tillidsrepræsentantgruppen på rådhuset. Som jeg
sagde, er jeg selv TR for HK-gruppen i Borgerservice. Vi vender tilbage med forslag til
hvordan arbejdsmiljøet kan forbedres.

Venlig hilsen
Pia Mandrup
""")

M("", """
Kære Karsten Holm

Kan du forklare hvorfor kommunen har valgt et udbud på vejarbejdet ved Ishøj Stationsvej
hvor vinderen ikke har overenskomst? Det står i Arbejderen i dag. Det virker underligt
for en socialdemokratisk ledet kommune.

Med venlig hilsen
Jens Overgaard
""")

M("eu", """
-----Oprindelig meddelelse-----
Fra: Hans Peter Krogh
Sendt: 9. november 2026 21:14
Til: Jobcenter Ishøj
Emne: Afsked

Jeg er blevet opsagt fra Haldor Topsøe efter 22 år. Jeg har fået en fratrædelsesgodtgørelse
og vil gerne vide om den påvirker mine dagpenge fra Ingeniørernes a-kasse. Jeg er
medlem af IDA.

-----

Til hovedpostkassen: Jeg har ikke fået svar på ovenstående i tre uger. Kan I sende det
videre til den rigtige person?

Hans Peter Krogh
""")

M("", """
Hej

Jeg søger job som butiksassistent og spekulerer på om jobcentret har en liste over
butikker på Ishøj Bycenter der søger folk lige nu. Jeg er ikke tilmeldt jobcentret,
jeg har bare lyst til at skifte job.

Mvh
Nanna, 27
""")

M("hu", """
Til jobcentret

Jeg er sygemeldt efter et fald på arbejdet hvor jeg brækkede håndleddet. Min
arbejdsgiver har nu indkaldt til en fratrædelsessamtale. Jeg er medlem af Dansk El-Forbund og tager
min tillidsmand med. Skal jobcentret også vide det?

Hilsen
Rune Skovbo
""")

M("e", """
Kære borgmester

Min far på 64 er blevet fyret fra Ishøj Kommunes vej og park, og nu har han ingen
indtægt ud over sin lille private pension. Han er for stolt til at skrive selv. Han
hedder Erling Søndergaard. Kan I fortælle ham om hans muligheder?

Med venlig hilsen
Christina
""")

M("", """
Til Lise Brandt

Jeg læste at Ishøj Kommune og Fagbevægelsens Hovedorganisation laver en aftale om
sociale klausuler i byggeriet ved stationen. Hvad betyder det i praksis for lærlinge?

Mvh
Frederik Dam, Vejlebrovej
""")

M("u", """
Hej Merete

Jeg tror ikke jeg har fortalt dig det, men jeg gik ud af Socialpædagogerne sidste år,
fordi kontingentet blev for dyrt. Nu overvejer jeg at melde mig ind igen pga. alt
postyret om normeringer på bostederne. Hvad mener du, er det værd det?

Kh Tine
""")

M("eu", """
Til Center for Beskæftigelse og Erhverv

Jeg blev ledig efter min tidsbegrænsede stilling på Ishøj Skole udløb. Jeg er med i
Lærernes a-kasse og DLF. Jobcentret har sat mig på et kursus i "digital jobsøgning",
men jeg underviser selv i IT. Kan jeg blive fritaget?

Med venlig hilsen
Rasmus Toft
cpr.nr.: [[120881-3457]]
""")

M("", """
Til Ishøj Kommune

Jeg er kasserer i Ishøj Cykelklub. En af vores sponsorer spørger om klubben kan få
løntilskud til en træner. Vi har CVR 29 88 41 02 og EAN 5790001234567. Hvem skal vi
tale med?

Med venlig hilsen
Claus Ravn
""")

M("u", """
Hej borgmester

Jeg stillede op til bestyrelsen i min lokale 3F-afdeling, og vi vil gerne invitere
dig til at tale ved vores 1. maj-arrangement i Ishøj Kulturcenter. Jeg er selv
medlem, og jeg står for arrangementet. Kan du?

Hilsen
Lasse Ibsen
""")

M("es", """
Til Borgerrådgiveren

Jeg er en mand på 44 og blev fyret fra en købmandsbutik lige efter at jeg havde fortalt
at jeg skal giftes med min kæreste Jonas. Chefen sagde "det passer ikke ind hos os".
Jeg ved godt at det er et privat firma og ikke kommunen, men jobcentret har nu
indkaldt mig til møde og spørger hvorfor jeg stoppede. Hvad skal jeg sige?

Anonym
""")

M("", """
Kære Karsten

Jeg synes kommunen skal stille krav om overenskomst til alle der bygger for kommunen.
Social dumping på byggepladserne er et problem, og Ishøj bør gå forrest.

Venlig hilsen
Arne Vedel
""")

M("hu", """
Til Ishøj Kommune, Arbejdsmiljø

Som arbejdsmiljørepræsentant og medlem af FOA vil jeg gøre opmærksom på at min
kollega Annie blev slået af en borger i hjemmeplejen i sidste uge og nu er sygemeldt
med et brækket kraveben. Vi har lavet en arbejdsskadeanmeldelse. Hvad gør ledelsen?

Hilsen
Dorthe Nyborg
""")

M("e", """
hej jeg har faet afslag paa dagpenge fra a kassen fordi jeg ikke har arbejdet nok
timer. kan jeg saa faa kontanthjaelp fra kommunen i stedet? jeg er 23 og bor alene
i en lejlighed paa Brohusgade

vh jonas
""")

M("", """
Til Ishøj Kommune

Vi er en gruppe på fem lærlinge fra Ishøj Tekniske Skole og vil gerne lave en
opgave om hvordan fagforeninger og kommunen samarbejder om lærepladser. Kan vi få et
interview med nogen fra Center for Beskæftigelse og Erhverv?

Med venlig hilsen
Marie, Oliver, Sebastian, Ali og Nikoline
""")

M("ub", """
Kære Merete Dahl

Jeg er medlem af Enhedslisten og af HK, og jeg har fulgt debatten om outsourcing af
rengøringen på skolerne. Jeg vil gerne vide om kommunen har regnet på, hvad det koster
at tage opgaven tilbage i egen regi.

Med venlig hilsen
Kirsten Lauridsen
""")

M("eu", """
Til jobcentret

Jeg er blevet afskediget fra Ishøj Bycenter, hvor jeg var butiksansat i Matas. Min
HK-afdeling siger at jeg skal tilmelde mig som ledig i dag, men Jobnet er nede.
Tæller det så alligevel fra i dag?

Venlig hilsen
Maja Ravnsborg
[[2703941178]]
""")

M("", """
Hej

Hvornår holder jobcentret sit næste jobmesse i Ishøj Hallen? Vores firma vil gerne
have en stand. Vi er en rengøringsvirksomhed med overenskomst med 3F, så vi regner
med at det er i orden.

Med venlig hilsen
Dorte Vang, Vang Rengøring ApS
""")

M("u", """
Hej Karsten

Kort til orientering: jeg er valgt som ny fællestillidsrepræsentant for Dansk
Sygeplejeråd i Ishøj Kommunes sundhedspleje og hjemmesygepleje. Jeg glæder mig til
samarbejdet med politikerne.

Bedste hilsner
Helle Drejer
""")

M("te", """
Til Borgerrådgiveren

Jeg hedder Ngozi og jeg er fra Nigeria. Jeg blev fyret fra mit job på et
plejehjem efter at en kollega kaldte mig for en abe og jeg klagede til lederen.
Jeg er ikke i fagforening. Nu er jeg uden arbejde og ved ikke hvordan jeg skal betale
regningerne. Kan I fortælle mig hvor jeg skal henvende mig?

Tak
Ngozi Okafor
""")

M("", """
Til Jobcenter Ishøj

Hvor mange ledige i Ishøj har fået job gennem jeres rekrutteringsservice i 2025?
Vi er en lokal forening for små virksomheder og overvejer at bruge jer.

Med venlig hilsen
Erhvervsnetværk Vestegnen
Kontakt: Mads Toft, 22 19 88 03
""")

M("eu", """
> Den 3. nov. 2026 kl. 09.12 skrev Jobcenter Ishøj:
> Vi har modtaget din mail og vender tilbage.

Det er nu tre uger siden. Jeg er stadig ledig og min a-kasse (FOA's) venter på at I
sender papirerne om min aktivering. Ellers mister jeg dagpenge for december.

Hilsen Susanne Rømer
""")

M("", """
Kære borgmester

Der står i lokalavisen at 312 borgere i Ishøj er langtidsledige. Hvad har I af planer
for at få dem i arbejde, og hvorfor er tallet steget siden sidste år?

Venlig hilsen
Lars Hedegaard, pensioneret skoleleder
""")

M("u", """
Til direktionsassistenten, Center for Byudvikling og Natur

Jeg er TR for gartnerne og vejfolkene (3F) og vil gerne have et møde med direktøren om
vinterberedskabet. Vi kører 12-timers vagter når det sner, og det holder ikke.

Med venlig hilsen
Kenneth Bruun
tlf. 51 88 23 40
""")

M("he", """
Hej Lise

Jeg er lige blevet fyret fra mit job i en vuggestue, fordi jeg ifølge lederen "har
for mange sygedage". Jeg har Crohns sygdom, og det ved de godt. Nu er jeg ledig og har
fået at vide jeg skal til samtale hos jobcentret på mandag.

Venlig hilsen
Louise
""")

M("", """
Hej

Er Ishøj Kommune medlem af en arbejdsgiverforening, eller forhandler I selv løn med
de ansatte? Jeg skal starte som pædagogmedhjælper hos jer i januar og vil gerne forstå
hvordan det fungerer.

Vh
Oliver Lind
""")

M("ue", """
Til formanden for Beskæftigelsesudvalget

Vi er nogle ledige fra forskellige forbund, der mødes hver torsdag på biblioteket
for at hjælpe hinanden med ansøgninger. Vi vil gerne invitere udvalget til at komme
og høre, hvordan det er at være ledig i Ishøj lige nu.

Hilsen fra Ledighedscafeen
""")
