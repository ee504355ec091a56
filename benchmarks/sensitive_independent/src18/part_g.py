"""Part G: union (trade-union membership, TR roles) — positives and hard negatives."""
from common import M

M("u", """
Hej

Jeg er medlem af 3F og min fagforening siger at kommunen ikke har betalt pension for mine timer som vikar i Teknisk Service. Kan I tjekke det?

Mvh Kenneth Rask
""")

M("u", """
Kære Personaleafdeling

Som tillidsrepræsentant for BUPL i Børnehuset Regnbuen vil jeg gerne have et møde om normeringen i efteråret.

Venlig hilsen
Mette Vinther, TR
""")

M("uh", """
hej jeg er i fagforeningen Krifa og de siger jeg skal have en kopi af min arbejdsskadeanmeldelse fra jer. hvordan får jeg den?
""")

M("u", """
Hej

Jeg var medlem af HK i 20 år, men meldte mig ud sidste år. Nu skal jeg have hjælp til en sag om min opsigelse fra kommunen – har jeg ret til partsrepræsentant?

Mvh
Grethe Holt
""")

M("u", """
Til borgmesteren

Jeg er lærer og medlem af DLF. Jeg skriver som privatperson for at sige, at arbejdstidsaftalen ikke fungerer på Strandgårdskolen.

Mvh
Jonas Eriksen
""")

M("ue", """
Hej Jobcentret

Jeg er ledig og medlem af Dansk Metals a-kasse. De siger jeg skal uploade min jobplan, men den er ikke lavet. Mine dagpenge står stille.

Mvh Brian Sørensen
""")

M("u", """
Hej

Jeg er FOA-medlem og arbejder som social- og sundhedshjælper. Min fællestillidsrepræsentant sagde jeg skulle skrive direkte til Udvalget for Social og Sundhed om vores vagtplaner.

Mvh Dorthe Larsen
""")

M("u", """
Kære byrådsmedlem

Jeg er sygeplejerske og organiseret i DSR. Vi har brug for flere hænder på akutpladserne. Vil du arbejde for det i budgettet?

Mvh Lene Abildgaard
""")

M("uhe", """
Hej

Jeg har fået en arbejdsskade (knæ) på lageret og min 3F-afdeling hjælper mig med sagen. Jobcentret vil have mig i praktik, men jeg kan ikke stå op. Hvad gør jeg?

Mvh Tommy
""")

M("u", """
Hej, jeg er arbejdsmiljø- og tillidsrepræsentant i Djøf-klubben på rådhuset og vil gerne booke mødelokale 2 til klubmøde den 3. oktober.
Mvh Sidsel
""")

M("u", """
Hej

Min mand er medlem af Det Faglige Hus, og de vil gerne have en udtalelse fra kommunen om hans arbejdstid som dagplejer. Hvem udsteder den?

Mvh Ida
""")

M("u", """
Til Teknik- og Miljøudvalget

Vi er tre medlemmer af Blik og Rør, der arbejder på renoveringen af Vibeholmskolen. Der er asbest i kælderen og ingen har sagt noget. Vi vil have en undersøgelse.

Mvh
Kim, Palle og Ahmad
""")

M("u", """
Hej, jeg har lige meldt mig ind i IDA og vil gerne høre om kommunens IT-afdeling har en lokal aftale om frihed til fagligt arbejde.
/Mikkel
""")

M("u", """
Hej

Som formand for HK Kommunal-klubben i Ishøj Kommune vil jeg gerne invitere borgmesteren til vores generalforsamling.

Venlig hilsen
Birte Frandsen
""")

M("u", """
hej det er Said. jeg er TR for chaufførerne i 3F hos busselskabet og vil klage over at kommunen har ændret ruterne uden at inddrage os
""")

M("ue", """
Hej,

Jeg er medlem af Lederne og er blevet opsagt som institutionsleder. Nu er jeg på dagpenge. Min fagforening mener opsigelsen var usaglig. Må jeg få aktindsigt i min personalesag?

Mvh
Jette Kromann
""")

M("u", """
Hej

Jeg vil gerne vide om kommunen trækker mit fagforeningskontingent til FOA direkte fra lønnen, for jeg kan ikke se det på lønsedlen.

Mvh Yvonne
""")

M("u", """
Til kommunen

PS: Jeg er tidligere fællestillidsmand for Dansk Metal på værftet, så jeg ved godt hvordan en arbejdsplads skal køre.
Men sagen er: gadelyset på Ishøj Søvej er slukket igen.

Hilsen Erling
""")

M("u", """
Hej

Min datter er netop blevet elev i kommunen og har meldt sig i HK Ungdom. Hun spørger om hun må deltage i HK's elevdag i arbejdstiden.

Mvh
Søren
""")

M("u", """
Kære Leif

Jeg er medlem af BUPL og pædagog i Regnbuen. Vi har ikke fået løntillæg for overarbejdet i marts. Kan du hjælpe?

Mvh Louise
""")

M("u", """
hej, jeg er tillidsrepræsentant for sosu-eleverne (FOA) og vil gerne have en oversigt over hvor mange elever der er faldet fra i år
""")

M("uh", """
Hej

Jeg er sygemeldt med stress fra min stilling i Borgerservice. HK siger jeg skal have en fastholdelsessamtale. Kan jeg tage min fagforeningskonsulent med?

Mvh Janni
""")

M("u", """
Hej, jeg er medlem af Krifas a-kasse og har et spørgsmål om hvor jeg skal sende mine lønsedler.
""")

M("u", """
Hej

Min kollega Hassan er TR i Serviceforbundet. Han bad mig sende vedlagte referat fra mødet med rengøringsfirmaet.

Mvh
Jens, rengøringsassistent
""")

M("u", """
Kære Udvalg for Børn og Skole

Som skolelærer og DLF-kredsstyrelsesmedlem i Ishøj vil jeg gerne tilbyde at deltage i arbejdsgruppen om inklusion.

Mvh
Anne Marie Kjær
""")

M("u", """
Hej,

Jeg var med i 3F indtil min pension. Jeg har et spørgsmål om mit pensionsbevis fra kommunens tid som havemand.

Mvh Ove Kristensen
""")

M("u", """
Hej! Er medlem af Dansk El-Forbund og elektriker på Ishøj Idrætscenter-projektet. Der er ingen skurvogne med toilet, er det lovligt?
""")

M("u", """
Hej borgerrådgiver

Jeg har klaget over en afgørelse og har bedt om at min fagforening (Fagbevægelsens Hovedorganisation/HK) må repræsentere mig. Kan de få aktindsigt?

Mvh
Trine
""")

M("ub", """
Hej Tina

Som medlem af både Enhedslisten og 3F støtter jeg dit forslag om sociale klausuler i kommunens udbud. Godt gået!

Mvh Michael
""")

M("u", """
Hej

Vi er nogle FOA'ere på Torslundegården, som gerne vil klage over kantinepriserne.

Mvh Gitte (på vegne af kollegaerne)
""")

# --- hard negatives ---
M("", """
Hej Jobcentret

Hvilke fagforeninger deltager i jobmessen den 14. september?

Mvh
""")

M("", """
Hej, jeg er medlem af Ishøj Tennisklub og vil høre om banerne bliver renoveret i år.
""")

M("", """
Hej

Jeg er ikke medlem af nogen a-kasse. Kan jeg alligevel få hjælp af Jobcentret til at finde arbejde?

Mvh Kristian
""")

M("", """
Hej, jeg er medlem af ASE a-kasse og skal bruge en erklæring om min seneste praktik. Hvem laver den?
""")

M("", """
Kære Økonomiudvalget

Hvad er kommunens samlede udgift til overenskomstforhandlingerne for 2025? Jeg har læst at lønstigningerne er på 8,8 %.

Mvh
Henning
""")

M("", """
Hej

Hvorfor strejker buschaufførerne? Vores børn kan ikke komme i skole. Hvem forhandler?

Mvh en frustreret forælder
""")

M("", """
Hej, medlem af grundejerforeningen her – hvornår bliver vejen asfalteret?
""")

M("", """
Hej, er der stadig Fagbevægelsens 1. maj-arrangement i Ishøj Byparken? Mvh Kaj
""")

M("", """
Hej

Hvilken overenskomst følger kommunens rengøringspersonale? Jeg er selvstændig rengøringsvirksomhed og vil byde på et udbud.

Mvh
Clean Ishøj ApS
""")

M("", """
Kære byrådsmedlem

Jeg synes ikke kommunen skal bruge penge på at sende ansatte på fagforeningskurser i arbejdstiden. Det bør være frivilligt.

Mvh Steen
""")

M("", """
Hej, jeg er medlem af biblioteket og har mistet mit lånerkort. Kan jeg få et nyt?
""")

M("", """
Hej

Hvor mange af kommunens ansatte er omfattet af en kollektiv overenskomst? Jeg skriver speciale.

Mvh
Anders Lykke, KU
""")

M("", """
Hej Jobcentret, holder I informationsmøde om at skifte a-kasse? Mvh
""")

M("", """
Hej, kan Frivilligcentret give en liste over foreninger i Ishøj, som man kan blive medlem af som pensionist?
""")

M("", """
Til borgmesteren

Tak for et fint møde med erhvervslivet. Dansk Industri og Dansk Erhverv var godt repræsenteret.

Mvh
Ishøj Erhvervsforening
""")
