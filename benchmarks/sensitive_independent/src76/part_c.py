"""corpus76 part C: requests for access to files (aktindsigt, GDPR art. 15)."""
from common import M

M("e", """
Til Ydelsesservice, Ishøj Kommune

Anmodning om aktindsigt

Jeg anmoder om aktindsigt i hele min sag om kontanthjælp fra 2022 og frem, herunder
notater fra samtaler, interne mails og den beregning der ligger til grund for
tilbagebetalingskravet af 12. september.

Jeg ønsker materialet tilsendt via Digital Post.

Venlig hilsen
Kasper Nyholm
CPR: [[281093\u00a03019]]
""")

M("he", """
Hej

Jeg vil gerne have aktindsigt i min sygedagpengesag, herunder alle lægeerklæringer,
statusattester og det referat der blev skrevet efter mødet i oktober. Jeg har
fibromyalgi og er blevet fortalt at min læge "ikke mener jeg er syg nok" men det
har han aldrig sagt til mig.

Venlig hilsen
Tina Krogh
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg er far til Lucas (11), som blev anbragt uden for hjemmet i marts. Jeg anmoder om
aktindsigt i alle dokumenter i sagen, også underretningerne og den børnefaglige
undersøgelse. Jeg har aldrig fået den børnefaglige undersøgelse at se, kun hørt om
den på et møde.

Jeg forventer svar inden for syv arbejdsdage, som loven siger.

Thomas Bruun
""")

M("", """
Til borgmesterens sekretariat

Jeg anmoder hermed om aktindsigt i borgmesterens kalender for perioden 1. januar til
30. juni i år samt i kontrakten med det konsulentfirma, der har udarbejdet analysen
af administrationen. Anmodningen sker med henvisning til offentlighedsloven.

Med venlig hilsen
Signe Dahl, journalist, Ishøj-Vallensbæk Avis
""")

M("", """
Til Center for Byudvikling og Natur

Jeg ønsker aktindsigt i sagen om den nye rundkørsel på Ishøj Stationsvej, herunder
trafiktællinger, notater om alternative løsninger og korrespondancen med
rådgivningsfirmaet. Jeg bor på vejen og vil gerne forstå, hvorfor projektet er
ændret.

Mvh
Morten Lindberg
""")

M("p", """
Til Økonomiudvalget / Center for Byudvikling og Natur

Jeg anmoder om aktindsigt i forhandlingerne om kommunens salg af grunden matr.nr. 8a
bag Industrivej til Nordic Logistics A/S. Ifølge dagsordenen er der indgået en
betinget købsaftale, og salget afventer en lokalplan. Som nabo vil jeg gerne se
købsaftalen, prisen og de betingelser, køber har stillet.

Med venlig hilsen
Anja Winther, Industrivej 12
""")

M("te", """
Til Ishøj Kommune, Integration

Vi er fra Eritrea og kom til Ishøj i 2019. Vi vil gerne have aktindsigt i vores sag om
integrationsprogrammet, fordi sagsbehandleren siger at min kone ikke har mødt op på
sprogskolen, og det har hun. Vi vil se hvad der står.

Med venlig hilsen
Yonas Tesfaye
""")

M("s", """
Til Center for Byudvikling og Natur

I foråret klagede jeg til kommunen over, at min nabo har hængt sedler op i opgangen om
"lebberne på 2. sal". Jeg er lesbisk og bor med min kæreste Sara. Jeg har aldrig hørt
hvad der skete med klagen. Jeg beder om aktindsigt i sagen, også hvad I har skrevet
til boligselskabet.

Venlig hilsen
Katja Holm
""")

M("h", """
Til Skolesundhedsplejen, Ishøj

Jeg ønsker indsigt i de journalnotater, sundhedsplejersken har skrevet om min datter
Emma (14) efter samtalerne om hendes spiseforstyrrelse. Emma blev henvist til
børnepsykiatrien i august, og lægen der beder om at se jeres vurdering.

Venlig hilsen
Charlotte Wiese
""")

M("b", """
Til HR, Ishøj Kommune

Jeg søgte i august stillingen som receptionist i Borgerservice og fik afslag efter
samtalen. Ved samtalen blev jeg spurgt, om jeg ville tage mit tørklæde af, hvis det
blev et krav. Jeg anmoder om aktindsigt i notaterne fra samtalen og indstillingen.

Med venlig hilsen
Mariam El-Sayed
""")

M("u", """
Til Center for Voksne og Velfærd

Som FOA-tillidsrepræsentant på Plejecenter Ishøjhus anmoder jeg om aktindsigt i
arbejdspladsvurderingen fra i foråret og handlingsplanen for løftearbejde. Mine
kolleger har spurgt efter den i et halvt år.

Med venlig hilsen
Lise Brøndum
""")

M("e", """
Til Center for Børn og Forebyggelse

Vi er forældre til Sille Jensen og anmoder om aktindsigt i alle underretninger om
Sille siden 2023 og i sagsbehandlerens notater. Vi ønsker at vide, hvem der har
indgivet underretningerne, hvis loven tillader det.

Pia Jensen, [[060684-2336]]
Jan Jensen, [[191182 2551]]
""")

M("", """
Til Center for Byudvikling og Natur

Aktindsigt: Jeg beder om al korrespondance mellem Ishøj Kommune og Vejdirektoratet
om støjskærmen langs Køge Bugt Motorvejen fra 2021 og frem, herunder
støjberegningerne.

Venlig hilsen
Grundejerforeningen Tranegilde Strand
v/ formand Lars Eskildsen
""")

M("he", """
Til visitationen

Jeg vil gerne se, hvad visitatoren har skrevet om min mor, Ruth Dam, efter besøget i
september, hvor hendes hjemmehjælp blev skåret ned til hver anden uge. Min mor har
demens og kan ikke selv huske hvad der blev sagt. Jeg har fuldmagt og vedlægger den.
Jeg beder om aktindsigt i hele sagen.

Venlig hilsen
Henrik Dam
""")

M("", """
Til Ishøj Kommune, Udbud og Indkøb

Anmodning om aktindsigt i tilbudsvurderingen for udbud nr. 2024/117 (kantinedrift).

Vores tilbud er afgivet af Smagsfabrikken ApS, CVR 38294061, EAN 5790002318456. Vi
beder om evalueringsnotatet og pointgivningen for alle tilbudsgivere.

Med venlig hilsen
Claus Winther, direktør
""")

M("et", """
Til Ishøj Kommune

Jeg er grønlænder og kom til Ishøj i 2021. Jeg blev anvist en bolig af kommunen efter
at have været hjemløs i et år, og nu vil boligselskabet opsige mig. De siger kommunen
har lovet noget. Jeg vil gerne have aktindsigt i sagen om boliganvisningen.

Aputsiaq Lund
""")

M("e", """
Til Opkrævningen

Jeg ønsker aktindsigt i min gældssag hos kommunen. Jeg har fået rykkere for i alt
27.300 kr. for tre forskellige ting og jeg kan ikke se, hvad der er hvad. Jeg vil
gerne have alle opgørelser og de breve, I mener at have sendt mig.

Venlig hilsen
Michael Skovgaard
""")

M("h", """
Til Sundhedshuset

Indsigtsanmodning efter databeskyttelsesforordningens artikel 15

Jeg var til genoptræning hos jer efter min knæoperation i foråret. Jeg ønsker en kopi
af alle oplysninger, I har registreret om mig, herunder fysioterapeutens journal og
de oplysninger I har modtaget fra Hvidovre Hospital.

Med venlig hilsen
Gunnar Eriksen
""")

M("", """
Til borgmesterens PA

Ekstra Bladet undersøger kommunernes håndtering af aktindsigtsanmodninger. Kan I
oplyse, hvor mange anmodninger Ishøj Kommune har modtaget i 2023 og 2024, hvor mange
der blev besvaret inden for syv arbejdsdage, og hvor mange der blev afslået helt eller
delvist?

Med venlig hilsen
Jonas Ravn, journalist
""")

M("b", """
Til Center for Byudvikling og Natur

Jeg anmoder om aktindsigt i sagen om udvidelse af Ishøj Kirkegård, herunder
naboindsigelserne og kommunens svar til provstiet. Menighedsrådet har ikke fået de
dokumenter, vi har bedt om.

Med venlig hilsen
Anne Marie Hald
Sognepræst, Ishøj Sogn
""")

M("se", """
Til Center for Voksne og Velfærd

Min mand Erik og jeg søgte i foråret om en ældrebolig sammen, og vi fik at vide at
vi står på venteliste. Nu siger en nabo, at et par der søgte efter os har fået en
bolig. Jeg beder om aktindsigt i vores ansøgning og i, hvordan ventelisten er
prioriteret.

Med venlig hilsen
Hans Christian Borup
""")

M("he", """
Aktindsigt – hjælpemiddelsag

Jeg fik amputeret højre underben i januar og søgte om el-scooter i marts. Jeg har
ikke hørt noget siden en mail i maj om at sagen "er under behandling". Jeg vil gerne
have aktindsigt i sagen, så jeg kan se om der overhovedet er sket noget.

Svend Aage Kronborg
cpr.nr. [[031155-1427]]
""")

M("", """
Til Økonomiudvalget

Jeg anmoder om aktindsigt i de lukkede punkter om salget af den gamle Vejleå Skole,
som blev tinglyst i 2023. Nu hvor handlen er afsluttet, mener jeg at der ikke længere
er grund til at holde prisen og køberens betingelser hemmelige.

Venlig hilsen
Poul Erik Juhl
""")

M("t", """
Til Kultur og Fritid, Ishøj Kommune

Vi er fra Marokko, og i sommer klagede vi over at vores børn blev nægtet adgang til
en fodboldturnering i Ishøj Idrætscenter, fordi "holdet var fuldt", mens et andet hold
kom ind bagefter. Vi vil gerne have aktindsigt i sagen og i hallens bookingliste for
den dag.

Hilsen
Youssef og Nadia Benali
""")

M("eu", """
Hej

Jeg er i FOA's a-kasse og de har bedt mig skaffe kopier af referaterne fra mine
samtaler på jobcentret i august og september, fordi der er uenighed om, hvad der blev
aftalt. Kan jeg få aktindsigt i dem?

Venlig hilsen
Helle Kamp
""")

M("e", """
vil gerne ha aktindsigt i min sag om boligstøtte. alle mails mellem sagsbehandleren og
min udlejer, de har snakket sammen uden at spørge mig
Mvh Jannik
""")

M("", """
Hej

Hvor lang tid har kommunen til at svare på en anmodning om aktindsigt? Og hvad gør
man, hvis de ikke svarer? Kan man klage til Ombudsmanden med det samme?

Venlig hilsen
Frank
""")

M("h", """
Til Sundhedsplejen

Vores søn blev født i uge 31 og lå på neonatalafdelingen i fem uger. Sundhedsplejersken
har skrevet journal om hans udvikling siden. Vi beder om en kopi af journalen, fordi
hospitalet vil sammenligne med deres egne målinger.

Med venlig hilsen
Trine og Kasper Bjerre
""")

M("p", """
Til Center for Byudvikling og Natur

Vi har solgt vores hus på Vibeholms Allé, men køberens advokat kræver en erklæring
fra kommunen om, at kloakken ikke er omfattet af et påbud. Handlen kan ikke gå igennem
før det er på plads. Jeg beder om aktindsigt i kloaksagen fra 2019, så vi selv kan
se hvad der blev besluttet.

Med venlig hilsen
Tom Rasmussen
""")

M("eb", """
Til Center for Børn og Forebyggelse

Min datter Leila er anbragt i plejefamilie i Greve. Jeg har mange gange bedt om at hun
får halalmad, og plejefamilien har sagt ja, men nu siger hun at hun får svinekød. Jeg
vil have aktindsigt i hvad der står i handleplanen om mad og religion.

Venlig hilsen
Fatima Haddad
""")

M("st", """
Dear Ishøj Kommune,

I am a gay man from Brazil and moved to Ishøj with my partner Lars last year. When I
registered my address, the staff member asked several personal questions I did not
understand the reason for. Under Article 15 GDPR, I request a copy of all personal
data the municipality holds about me and the purpose of each.

Best regards,
Rafael Costa Lima
""")

M("", """
Til Center for Byudvikling og Natur

Jeg beder om aktindsigt i kontrakten med parkeringsselskabet om kontrol i Ishøj
Bycenter, kontrakt nr. 0102881234, samt i de seneste tre års afregninger. Hvor mange
afgifter er udstedt, og hvor stor en andel går til kommunen?

Med venlig hilsen
Lisbeth Holt
""")

M("e", """
Til Ishøj Kommune

Jeg ønsker aktindsigt i alle dokumenter i min sag om udsættelse fra lejligheden på
Strandgårdsvej. Fogeden kommer den 14. november, og jeg vil vide hvad kommunen har
sagt til boligselskabet, og om der er søgt om en midlertidig bolig til mig.

Kim Ottesen
cpr [[250979–1847]]
""")

M("he", """
Til Center for Børn og Forebyggelse, Handicapteamet

Vores søn Villads (9) har infantil autisme. Vi får aflastning en weekend om måneden,
men har fået at vide at det skal skæres ned. Vi beder om aktindsigt i sagen,
herunder den socialfaglige vurdering der ligger til grund.

Venlig hilsen
Maja og Rasmus Fog
""")

M("tb", """
Til Kultur og Fritid

Jeg er palæstinenser og muslim og er formand for en lille forening, der søgte om at
låne et lokale til fredagsbøn i Medborgerhuset. Vi fik afslag uden begrundelse.
Jeg anmoder om aktindsigt i sagen og i, hvilke andre foreninger der har fået lokaler.

Venlig hilsen
Khaled Mansour
""")

M("", """
Til borgerrådgiveren

Jeg er ph.d.-studerende ved Københavns Universitet og skriver om borgerrådgivere i
mindre kommuner. Må jeg få jeres årsberetninger for 2021–2024 og eventuelt
anonymiserede tal for, hvor mange henvendelser der handlede om aktindsigt?

Med venlig hilsen
Sara Lykkegaard
""")

M("u", """
Til Center for Byudvikling og Natur

Jeg har været medlem af 3F i 25 år, indtil jeg startede egen madvogn sidste år. I
afslaget på min stadeplads ved stranden står der, at jeg "ikke har relevant erfaring".
Jeg har været kok i hele mit arbejdsliv. Jeg anmoder om aktindsigt i sagen.

Venlig hilsen
Bjarne Holst
""")

M("e", """
Til Opkrævningen i Ishøj

Min bank siger at jeg er registreret hos jer for en gammel gæld på daginstitutionsbetaling
fra 2019, som jeg troede var betalt. Jeg vil gerne have aktindsigt i sagen og alle
breve, I har sendt, og hvornår I har sendt sagen til Gældsstyrelsen.

Med venlig hilsen
Randi Sommer
""")

M("hse", """
Til Center for Voksne og Velfærd

Min kone Anne er indlagt på psykiatrisk afdeling i Glostrup, og jeg har fået fuldmagt
til at tage mig af hendes sager. Jeg beder om aktindsigt i de oplysninger, kommunen
har sendt til afdelingen om hende, og i sagen om hendes støtte-kontaktperson.

Med venlig hilsen
Birgit Lauridsen
""")

M("", """
Til Byggesag

Jeg ønsker aktindsigt i byggetilladelsen til min nabos carport på Tranegilde Strandvej
17, herunder tegninger og sagsbehandlerens vurdering af afstanden til skel. Jeg mener
ikke at den overholder reglerne.

Venlig hilsen
Henning Bay
""")

M("e", """
Hej Ydelsesservice

Jeg ønsker aktindsigt i sagen om den sanktion, jeg fik i september. Jeg mener ikke at
jeg fik den indkaldelse, I henviser til.

Med venlig hilsen

Dennis Amstrup
Ishøj Strandvej 80, 3. tv
[[0912871695]]
""")

M("eu", """
Til Jobcenter Ishøj

Jeg er medlem af Lederne og blev ledig i foråret, 61 år gammel. Jeg søgte om seniorjob
i kommunen og fik afslag. Jeg anmoder om aktindsigt i vurderingen og i listen over
ledige seniorjob i perioden.

Venlig hilsen
Jens Ole Brix
""")

M("", """
Til Byrådssekretariatet

Jeg anmoder om aktindsigt i mails mellem byrådsmedlemmer og forvaltningen om
placeringen af den nye svømmehal fra 1. marts til i dag.

Venlig hilsen
Rasmus Elkjær
""")

M("he", """
Til Plejecenter Vejleåparken

Min far døde på plejecentret den 3. oktober efter et hjertestop om natten. Vi har fået
forskellige forklaringer på, hvornår personalet fandt ham. Som arving beder jeg om
aktindsigt i hans journal og i vagtplanen for natten.

Med venlig hilsen
Susanne Bøgh
""")
