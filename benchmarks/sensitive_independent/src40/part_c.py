"""Part C: ethnicity, sexual orientation and belief in everyday mails (forwards, P.S., signatures, English, second-language Danish)."""
from common import M

M("t", """
Hej

Min søn blev kaldt "perker" af en pædagog i fritidsklubben i går. Vi er fra Irak, men han er født her. Jeg vil klage.

Mvh Haider Al-Jaburi
""")

M("", """
Hej

Har kommunen en politik mod racisme i fritidsklubberne? Vi er i bestyrelsen og vil gerne lave en fælles linje.

Mvh Bestyrelsen, Klub Ishøj
""")

M("ts", """
Kære borgerrådgiver

Min mand Ahmed og jeg (vi er to mænd, gift siden 2022) blev behandlet nedladende i Borgerservice, da vi skulle have ændret adresse. Medarbejderen spurgte hvem af os der var "konen". Ahmed er fra Libanon og ham kiggede hun slet ikke på.

Mvh
Mathias Lund-Haddad
""")

M("s", """
Hej

Vi er to mødre til Ella (medmor-familie), og skolens blanket har kun felter for "mor" og "far". Kan det ændres i Aula?

Kh Camilla og Sara
""")

M("", """
Hej

Kan skolens blanketter i Aula ændres, så der står "forælder 1" og "forælder 2" i stedet for "mor" og "far"? Det ville være mere inkluderende for alle slags familier.

Kh Forældrerådet 3.B
""")

M("b", """
Hej

Min datter skal på lejrskole i uge 24. Vi er muslimer og hun spiser kun halal. Kan skolen sørge for det?

Mvh Fatima
""")

M("", """
Hej

Tilbyder kommunens skoler halal-mad på lejrskoler? Vi er en gruppe forældre i bestyrelsen der gerne vil vide hvad der er praksis.

Mvh skolebestyrelsen
""")

M("b", """
Kære Susanne Jensen (udvalgsformand)

Som aktivt medlem af Enhedslisten i Ishøj og tidligere kandidat synes jeg udvalget svigter på klimaområdet. Jeg vil gerne komme i foretræde.

Mvh
Morten Bjerre
""")

M("", """
Kære Susanne Jensen (udvalgsformand)

Jeg synes udvalget svigter på klimaområdet. Hvorfor er der ikke flere ladestandere ved Bycentret? Jeg vil gerne komme i foretræde.

Mvh
Morten Bjerre
""")

M("st", """
hej
jeg er en homoseksuel mand fra syrien og bor på asylcentret før, nu i ishøj. jeg bliver chikaneret af naboerne i opgangen de kalder mig grimme ord. kan kommunen flytte mig til en anden lejlighed
Rami
""")

M("bt", """
Til Ishøj Kommune

Jeg er jøde og vil gerne vide om der må sættes en mezuza på dørkarmen i min kommunale ældrebolig. Viceværten siger nej.

Venlig hilsen
Ruth Abrahamsen
""")

M("", """
Til Ishøj Kommune

Må man sætte ting op på dørkarmen i de kommunale ældreboliger? Viceværten siger nej til alle, også til navneskilte.

Venlig hilsen
Poul Abrahamsen
""")

M("b", """
Kære byrådsmedlem

Jeg har stemt på dig i 20 år, men nu kan jeg ikke mere efter jeres stemme om moskeen. Jeg er socialdemokrat til benet og det gør mig ondt at skrive det.

Mvh Aage
""")

M("", """
Kære byrådsmedlem

Hvordan stemte du egentlig om moskeen på Industrivej? Jeg kan ikke finde referatet.

Mvh Aage
""")

M("t", """
Navn: Nguyen Thi Lan
Emne: tolk
Besked: Min mor er vietnamesisk og taler ikke dansk. Hun har tid hos kommunen om pension næste uge. Kan hun få tolk? Hun hedder Nguyen Thi Hoa.
""".replace("Hun har tid hos kommunen om pension", "Hun har tid hos Borgerservice om sit sygesikringskort"))

M("", """
Navn: Nguyen Thi Lan
Emne: tolk
Besked: Har kommunen tolke på vietnamesisk i Borgerservice? Jeg spørger for en veninde.
""")

M("s", """
Kære hovedpostkasse

Vi er et regnbuepar, Thomas og Frederik, og vil gerne høre om vi kan blive vielsesberettigede til borgerlig vielse på Ishøj Strand i august.

Mvh Thomas
""")

M("", """
Kære hovedpostkasse

Kan man blive gift borgerligt på stranden i Ishøj? Vi vil gerne det i august.

Mvh Thomas og Line
""")

M("sb", """
Hej

Jeg er præst i folkekirken og selv lesbisk, og jeg vil gerne foreslå at kommunen deltager i Copenhagen Pride med en vogn i år. Jeg kan hjælpe med planlægningen.

Mvh
Pastor Lene Grøn
""".replace("Jeg er præst i folkekirken og selv lesbisk", "Jeg er præst, troende kristen og selv lesbisk"))

M("", """
Hej

Deltager kommunen i Copenhagen Pride i år? Hvornår er det?

Mvh Lene
""")

M("b", """
Emne: Fwd: Juleafslutning

Hej, jeg sender mail fra skolen videre. Vi er Jehovas Vidner, og vores søn Noah holder ikke jul. Han skal ikke i kirken. Kan han være i SFO imens?

Hilsen Dorte Juul

---------- Forwarded message ---------
Fra: Ishøj Skole
Juleafslutning torsdag 18/12 starter med gudstjeneste i Ishøj Kirke kl. 9.
""")

M("", """
Emne: Fwd: Juleafslutning

Hej, skolen skriver at juleafslutningen starter i kirken. Er det lovligt på en folkeskole? Jeg spørger generelt.

Hilsen Dorte Juul

---------- Forwarded message ---------
Fra: Ishøj Skole
Juleafslutning torsdag 18/12 starter med gudstjeneste i Ishøj Kirke kl. 9.
""")

M("t", """
Kære udvalgsformand

Jeg vil klage over en afgørelse om opholdstilladelse-erklæring. Jeg er fra Eritrea og kom som flygtning i 2015. Kommunen har ikke sendt min erklæring om danskprøve til udlændingestyrelsen.

Mvh Tesfay
""")

M("", """
Kære udvalgsformand

Hvor mange flygtninge har Ishøj modtaget i 2025? Jeg vil bruge tallet i et læserbrev om integration.

Mvh Tesfay
""")

M("sb", """
Hej Karin

Tak for dit svar om Pride-flaget. Som medlem af Radikale og som biseksuel kvinde vil jeg gerne sige tak.

Kh Nanna

> Kære Nanna. Ja, kommunen hejser regnbueflaget på Rådhuset i Pride-ugen.
""")

M("", """
Hej Karin

Tak for dit svar om Pride-flaget. Dejligt at kommunen er med.

Kh Nanna

> Kære Nanna. Ja, kommunen hejser regnbueflaget på Rådhuset i Pride-ugen.
""")

M("t", """
Hello,

I'm a Roma woman living in Ishøj with my children. At the school my daughter is called "sigøjner" every day. The teacher does nothing. Please help.

Mirela
""")

M("bt", """
Kære borgerrådgiver

Jeg er sikh og bærer turban. Vagten på Ishøj Bibliotek bad mig tage "hatten" af. Jeg er født i Punjab men har boet her i 30 år.

Med venlig hilsen
Gurpreet Singh
""")

M("", """
Kære borgerrådgiver

Har Ishøj Bibliotek regler om hovedbeklædning? En vagt bad min ven tage sin hue af.

Med venlig hilsen
Gurpreet
""")

M("s", """
hej, jeg er 16 og er transkønnet og homo, og jeg bliver mobbet på Vibeholmskolen. kan jeg snakke med nogen fra kommunen uden mine forældre ved det
""")

M("", """
hej, er der en ungerådgivning i kommunen man kan ringe til anonymt? til en skoleopgave om trivsel
""")

M("b", """
Kære Børne- og Skoleudvalget

Vi er ateister, og vi ønsker ikke at vores datter Alberte deltager i konfirmationsforberedelse i skoletiden. Skolen siger hun så skal sidde alene i biblioteket. Det er ikke rimeligt.

Venlig hilsen
Kasper og Ida Holt
""")

M("", """
Kære Børne- og Skoleudvalget

Hvorfor ligger konfirmationsforberedelsen i skoletiden? Det burde ligge efter skole, så alle kan få fuld undervisning.

Venlig hilsen
Kasper Holt
""")

M("t", """
Navn: Sahra Warsame
Emne: klage
Besked: min far er somalisk og blev afvist ved Svømmehallen fordi han ikke kunne forstå reglerne om badetøj. vagten sagde "det er Danmark her". det er racisme
""")

M("s", """
Hi there,

My husband Daniel and I (we're both men, just moved from London) would like to register our son in a vuggestue. The form asks for "mother's CPR". How do we fill it in?

Cheers, Oliver
""")

M("", """
Hi there,

We just moved from London and would like to register our son in a vuggestue. Where do I find the form in English?

Cheers, Oliver
""")

M("b", """
Kære Henrik

Som medlem af Dansk Folkeparti i Ishøj er jeg træt af at høre om jeres kommunale integrationsprojekter. Jeg vil have en forklaring på budgettet.

Mvh
Preben Lassen
""")

M("", """
Kære Henrik

Hvad koster kommunens integrationsprojekter om året? Jeg vil have en forklaring på budgettet.

Mvh
Preben Lassen
""")

M("t", """
Kære dagsordensamler

Min nabo råber "sorte svin" efter mine børn når de leger i gården. Vi er fra Ghana. Boligselskabet gør ingenting. Kan udvalget gøre noget?

Mvh Kwame Mensah
Gildbrovej 14, st. tv.
""")

M("b", """
Hej Hovedpostkassen

Jeg har ansøgt om fritagelse fra at spise i kantinen i ramadanen, da jeg faster. Min leder i Hjemmeplejen siger det ikke er muligt at holde pause ved solnedgang. Hvem afgør det?

Mvh Hamza
""")

M("", """
Hej Hovedpostkassen

Hvornår er ramadanen i år, og holder kommunen noget arrangement til eid i Bycentret? Spørger for kulturforeningen.

Mvh Hamza
""")

M("s", """
Til Ishøj Kommune, Familieafdelingen

Min kone Maja og jeg venter barn via donor, og vi skal registrere mig som medmor. Hvilke papirer skal vi bruge fra kommunen?

Mvh Emilie Krogh
""")

M("st", """
Hej med jer

Jeg hedder Kofi og er adopteret fra Ghana. Min kæreste Jonas og jeg (ja, to fyre) vil gerne leje et af kommunens festlokaler til vores bryllup.

Mvh Kofi Nielsen
""")

M("", """
Hej med jer

Hvad koster det at leje et af kommunens festlokaler til et bryllup i september? Vi er ca. 80 gæster.

Mvh Kofi Nielsen
""")

M("b", """
Kære Miljøudvalg

Som veganer af etiske grunde og aktiv i Extinction Rebellion synes jeg at kommunens kantiner skal være kødfri om mandagen.

Hilsen Sif Rosenberg
""")

M("", """
Kære Miljøudvalg

Jeg synes at kommunens kantiner skal være kødfri om mandagen. Det er godt for klimaet.

Hilsen Sif Rosenberg
""")

M("t", """
Hej

Jeg skriver på vegne af min svigerfar, der er tyrkisk kurder og ikke kan skrive dansk. Han har fået brev om at hans garage skal rives ned. Kan han få brevet på tyrkisk?

Mvh Deniz Kaya
""")

M("bt", """
Kære byrådsmedlem,

Jeg blev kaldt "jødesvin" i Ishøj Bycenter i går af en gruppe unge, fordi jeg bar kalot. Jeg vil bede dig rejse spørgsmålet om tryghed i byrådet.

Mvh
David Rosen
""")

M("", """
Kære byrådsmedlem,

Jeg er bekymret for tryghed i Ishøj Bycenter om aftenen. Kan du rejse spørgsmålet i byrådet?

Mvh
David Rosen
""")

M("s", """
Kære dagsordensamler

Til punktet om seniorboliger: jeg er en 74-årig bøsse og har boet med min mand Jørgen i 40 år. Vi frygter at blive adskilt hvis vi skal på plejecenter. Vil udvalget sikre parboliger for alle par?

Mvh Erik Vinther
""")

M("", """
Kære dagsordensamler

Til punktet om seniorboliger: vil udvalget sikre parboliger på plejecentrene, så ægtepar ikke bliver adskilt?

Mvh Erik Vinther
""")

M("b", """
Hej

Jeg er katolik og vil gerne kunne begraves på Ishøj Kirkegård selv om jeg ikke er medlem af folkekirken. Kan man det?

Mvh Teresa Kowalczyk
""")

M("", """
Hej

Kan man begraves på Ishøj Kirkegård selv om man ikke er medlem af folkekirken? Hvad er reglerne?

Mvh Teresa
""")

M("t", """
Re: Danskundervisning

Jeg er fra Ukraine og kom i 2022. Jeg har bestået Prøve i Dansk 2 og vil gerne fortsætte til PD3. Hvor kan jeg gå?

Olena Kovalenko

> Hej Olena. Hvilket niveau har du?
""")

M("s", """
Hej

Min søster Line og hendes kone skal have hjælp med at finde en dagplejer der ikke har problemer med to mødre. Den sidste sagde nej. Kan I hjælpe dem?

Mvh Anne
""")

M("b", """
Kære Kulturudvalg

Vi er en buddhistisk meditationsgruppe, og jeg er leder af den. Vi vil gerne låne et lokale i Kulturhuset torsdag aften.

Venlig hilsen
Mads Kærgaard
""")

M("", """
Kære Kulturudvalg

Kan foreninger låne lokaler i Kulturhuset gratis torsdag aften? Vi er en strikkeklub.

Venlig hilsen
Mads Kærgaard
""")
