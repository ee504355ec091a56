"""corpus90 part E: sexual orientation in money, housing and business matters
(same-sex spouses, divorces, joint purchases, harassment); partners of the other or
unknown sex and Pride questions as negatives."""
from common import M

M("sp", """
Til Center for Byudvikling og Natur

Min mand Jesper og jeg har givet bud på rækkehuset på Vejleåvej 57 og fået accept. Vi
vil gerne lave en tagterrasse. Kan vi få en forhåndsvurdering, inden købsaftalen bliver
endelig? Vores advokat har givet os en uge.

Med venlig hilsen
Thomas Winther
""")

M("", """
Hej

Min mand og jeg har lige købt hus i Torslunde (overtagelse var 1. oktober). Vi vil
gerne høre om der kommer fibernet i området.

Mvh Julie Ravnsborg
""")

M("se", """
Kære borgerrådgiver

Min kone og jeg er gået fra hinanden efter 11 år. Vi har en søn på 6, som jeg er medmor
til. Hun er flyttet med ham til Køge og vil nu ikke lade mig se ham. Familieretshuset
siger det tager måneder. Kan kommunen ikke gøre noget, så han i det mindste kan blive i
SFO'en i Ishøj imens?

Med venlig hilsen
Sofie Brix
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvornår holder Ishøj Pride næste år, og kan kommunen give tilskud til scenen igen?

Mvh Arbejdsgruppen for Vestegnens Pride
""")

M("s", """
Subject: Moving to Ishøj with my husband

Hello,

My husband Daniel and I are moving from Berlin to Ishøj in February (I got a job at the
airport). Could you tell me how to register our address and get the yellow health card?
We are a married male couple, in case that matters for the papers.

Best wishes,
Markus Weber
""")

M("se", """
hej

jeg er bøsse og blev smidt ud hjemmefra i går af min far da han fandt ud af det. jeg
er 18 og sover hos en ven nu. kan jeg få hjælp til en bolig eller noget

/Ali
""")

M("", """
Hej

Min ægtefælle og jeg vil gerne søge om tilladelse til at fælde et træ i haven. Hvem skal
vi skrive til?

Mvh Kim Larsen, Ishøj Landsbygade
""")

M("sp", """
Til Borgerservice

Min kone Karen og jeg har solgt vores andelsbolig på Ishøj Strandvej, men køberen
afventer stadig kommunens godkendelse af prisen (foreningen har kommunal
garanti). Vi har allerede købt et nyt hus. Hvor lang tid tager godkendelsen? Vi betaler
dobbelt husleje imens.

Venlig hilsen
Lene Rask
""")

M("s", """
Til borgmesteren

Tak fordi I hejste regnbueflaget ved rådhuset i august. Som lesbisk kvinde, der er
vokset op i Ishøj i 80'erne, betyder det mere end I tror.

Mvh Annette Holm
""")

M("", """
Til borgmesteren

Jeg synes ikke kommunen skal bruge penge på regnbueflag. Det er ikke kommunens opgave.

Venlig hilsen
Erling Bak
""")

M("se", """
Kære Center for Borger, Økonomi og IT

Min mand Henrik døde i september. Vi var gift i 14 år. Nu får jeg at vide, at jeg skal
betale hans gæld til kommunen, 22.000 kr., fordi vi hæftede solidarisk for lånet til
indskuddet. Jeg har kun min egen løn og kan ikke både betale huslejen og gælden.

Med venlig hilsen
Frederik Holm
""")

M("sh", """
Subject: Registering as co-parents

Hi,

My wife and I are expecting our first child via a known donor in March (she is carrying).
Do we need to do anything at the municipality for me to be registered as the co-mother
(medmor)? Or is it all through the hospital?

Thanks,
Rebecca Sand
""")


M("se", """
Til Jobcenter Ishøj

Jeg har været ledig i fem måneder, siden jeg sagde op på grund af chikane på arbejdet.
Mine kolleger kaldte mig "bøssekarl" og lavede sjov med min kæreste Martin. A-kassen
har givet mig karantæne, fordi jeg sagde op selv. Kan jobcentret hjælpe med at
dokumentere, at det var en rimelig grund?

Med venlig hilsen
Christian Falk
""")

M("", """
Til Ishøj Bibliotek

Har I bøger om regnbuefamilier til børn? Jeg er pædagog og vil gerne bruge dem i
børnehaven.

Mvh Jette
""")

M("s", """
Hej Jonas

Du sagde til borgermødet at man bare kunne skrive til dig. Min kone og jeg (vi er to
kvinder) vil gerne åbne en lille café på havnen. Hvordan søger man om at leje
kommunens pavillon ved stranden?

Mvh Maja Lund
""")

M("sp", """
Kære Center for Byudvikling og Natur

Min kæreste Mads og jeg har skrevet under på en betinget købsaftale på Ishøj
Landevej 88, og jeg (Nikolaj) vil gerne sikre mig at der ikke er planer om vejudvidelse.
Køberrådgiveren siger vi skal spørge kommunen.

Mvh Nikolaj Berg
""")

M("", """
Hej

Min mand har fået en bøde for at parkere på fortovet ved Ishøj Strandvej, men der var
ingen skilte. Kan vi klage til jer?

Mvh Heidi
""")

M("sh", """
Til Center for Voksne og Velfærd

Min mand Bo har fået en blodprop i hjernen og skal på genoptræning. Jeg er hans
pårørende og vil gerne med til mødet. Sygehuset siger, at I skal have en
genoptræningsplan fra dem. Har I den?

Venlig hilsen
Peter Nygaard
""")

M("se", """
Kære Ulla

Jeg er biseksuel og har to børn med min tidligere mand. Nu vil han have fuld
forældremyndighed og har sagt til Familieretshuset at "mit liv er ustabilt", fordi
jeg har en kæreste, der er kvinde. Jeg er bange for at miste børnene. Kan kommunens
familierådgivning hjælpe mig?

Hilsen
Mette Dalgaard
""")

M("", """
Til Ishøj Kommune

Vi er en forening for LGBT+ ældre på Vestegnen og vil gerne høre, om vi kan låne et
lokale i Ishøj Bibliotek en gang om måneden.

Venlig hilsen
Bestyrelsen, Regnbueseniorer Vestegnen
""")

M("s", """
Subject: Same-sex couple - housing association rules?

Hi,

My boyfriend and I are looking at a flat in Vejleåparken on the waiting list. Do
housing associations in Ishøj accept two men as one household for the points system,
even though we're not married?

Thanks,
James O'Connor
""")

M("", """
Til borgerrådgiveren

Min ægtefælle og jeg har klaget over byggesagsbehandlingen på vores ejendom og har
ventet i 5 måneder. Sagen har nr. 02.34.02-P19-0912-26. Hvem kan vi gå til?

Med venlig hilsen
A. Kjær
""")

M("sp", """
Hej

vi er to mænd der har et lille bed and breakfast i Ishøj Landsby. vi skal sælge fordi
min mand skal til Aarhus med sit job. der er en køber der vil give 4,1 men kun hvis vi
må beholde skiltet ved vejen. må det overdrages?

Mvh Lars & Morten
""")

M("s", """
Kære formand for Børne- og Skoleudvalget

Vores datter har to mødre, og hun bliver drillet med det i skolen. Skolen siger at de
ikke kan gøre noget, når det sker i frikvarteret. Vi synes det er for lidt.

Med venlig hilsen
Signe og Katrine Holt-Madsen
""")


M("se", """
Til Borgerservice

Min ekskæreste og jeg har haft fælles lejlighed. Hun var min første kæreste efter jeg
sprang ud som lesbisk, og nu er hun flyttet og har efterladt mig med hele huslejen og
en gæld til boligselskabet på 9.800 kr. Jeg kan ikke selv betale. Kan I hjælpe?

Mvh Cecilie Lund
""")

M("s", """
Kære borgerrådgiver

Jeg vil klage over en medarbejder i Borgerservice. Da min mand Lars og jeg skulle
ændre adresse, sagde hun "så er det vel dig der er konen?" og grinede. Jeg synes ikke
det er professionelt.

Venlig hilsen
Michael Aagaard
""")

M("", """
Til Kultur- og Fritidsudvalget

Jeg er imod at kommunen sponsorerer Pride. Det er ikke skattekroners opgave at
fremme bestemte livsstile.

Hilsen Svend
""")

M("spt", """
Subject: Bid on plot - couple from Sweden

Hej/Hi,

My husband Erik and I (we're both men, married in Malmö) have made a bid on municipal
building plot no. 4 in Ishøj Landsby Syd. We got an email saying the council
committee will decide on 15 December. Is it possible to be told the result by phone?

Best,
Johan Lindberg
""")

M("e", """
Hej

Jeg skal skilles fra min mand og vil gerne vide, hvordan vi får delt ejendomsskatten
ved salget af huset, når det bliver aktuelt om et par år.

Mvh Birgitte
""")

M("s", """
Til borgmesteren

Jeg er aseksuel og har aldrig haft en partner. Jeg oplever, at kommunens
boligtilbud til ældre altid går ud fra par. Jeg er 67 og vil gerne bo i et fællesskab
med andre enlige. Har I tænkt på det?

Venlig hilsen
Grethe Bonde
""")

M("", """
Til Center for Borger, Økonomi og IT

Min samlever og jeg har fået to opkrævninger for vandafgift for samme adresse,
kundenr. 3107771026 og 3107771034. Kan I slå dem sammen?

Mvh Jeanette Vind
""")

M("se", """
Kære Jobcenter

Jeg har været på kontanthjælp i et år og har nu fået tilbudt et job i en
genbrugsbutik. Jeg er transkvinde og homoseksuel, og jeg er bekymret for at blive
chikaneret af kollegerne, som det skete på mit sidste job. Kan jeg tale med nogen om
det, før jeg siger ja?

Venlig hilsen
Luna Jakobsen
""")

M("s", """
Hej Kirsten

Min mand og jeg (ja, vi er to mænd, det har vi været i 30 år) vil gerne takke for
byrådets beslutning om at bevare Strandparken. Vi går der hver dag.

Venlig hilsen
Poul og Erik
""")

M("", """
Hej

Min partner og jeg har købt en lejlighed i Ishøj Bycenter, handlen er endelig på plads.
Skal vi selv melde flytning til kommunen, eller gør mægleren det?

Mvh Sam
""")

M("se", """
Til Borgerservice

Jeg og min tidligere kone er blevet skilt. Vi har to børn sammen, jeg er den
biologiske mor og hun er medmor. Men hun betaler ikke bidrag, og jeg har ikke råd til SFO. Kan jeg få friplads?

Mvh Rikke Damgaard
""")

M("sh", """
Kære Ole

Min kone Susanne er indlagt på Rigshospitalet med en svær lungebetændelse. Vi har
kun én bil, og jeg skal hente vores børn i Regnbuen. Kan jeg få lov at parkere ved
børnehavens personaleparkering de næste par uger?

Venlig hilsen
Anette Kirk
""")

M("s", """
Til Erhvervsservice

Min kone Trine og jeg driver en lille blomsterbutik sammen, og vi vil gerne vide, om
vi kan få lov at sælge juletræer fra pladsen foran butikken i december.

Mvh Mette Bang
""")

M("sb", """
Hej Jonas

Min mand og jeg blev gift i Ishøj Kirke i sommer, som et af de første mandlige par
der. Vi vil bare sige tak til byrådet for den lokale opbakning. Vi er begge aktive i
menigheden.

Mvh Kasper og Jesper Lund-Hansen
""")

M("s", """
Subject: Registering partnership for parking permit

Hello,

My wife Hannah and I (we are both women) own a small flat on Ishøj Strandvej. Can we
get two resident parking permits on the same address?

Thank you,
Claire Dubois
""")

M("sh", """
Kære Ulla

Jeg er homoseksuel og har lige fået at vide, at jeg har sclerose. Jeg er bange for at
blive alene, og jeg spekulerer på, om der findes en samtalegruppe i kommunen for
LGBT-personer med kronisk sygdom.

Med venlig hilsen
Morten
""")

M("s", """
hej, jeg er pan og bor i kollektiv i Ishøj Landsby med to andre. vi vil gerne holde
en gadefest for hele vejen. skal man søge om lov?
""")

M("sp", """
Til Plan og Byg

Min kæreste Jonas og jeg (vi er to fyre) har fået en accept på vores bud på
Åhaven 9, under forudsætning af at vi kan få lov at sætte en brændeovn i. Kræver det
en tilladelse fra jer?

Mvh Frederik Sand
""")
