"""Part E: housing, property trades and building plots; bids, conditional contracts, quoted replies."""
from common import M

M("p", """
Emne: Forkøbsret – Ishøj Landevej 112

Til Center for Byudvikling og Natur

Vi har underskrevet en betinget købsaftale på Ishøj Landevej 112 med forbehold for at kommunen ikke gør forkøbsret gældende. Kan I bekræfte det inden 1. december, hvor sælger ellers kan træde tilbage?

Med venlig hilsen
Louise og Rasmus Krogh
""")

M("", """
Har kommunen forkøbsret på ejendomme langs Ishøj Landevej i forbindelse med letbanen?
""")

M("pe", """
Hej

Vi er nødt til at sælge vores andelslejlighed i Torslundeparken fordi jeg er blevet skilt og ikke kan betale alene. Der er en køber, men foreningen siger at kommunen skal godkende prisen. Er det rigtigt?

Mvh Trine Bech
""")

M("", """
Emne: Andelsboligpriser

Fastsætter kommunen maksimalprisen for andelsboliger, eller er det foreningen selv?
""")

M("pt", """
Kære Torben Mølgaard

Tak for mødet. Som aftalt byder vi 1.850.000 kr. for erhvervsgrunden på Industrivej 9. Vi er en familie af pakistansk oprindelse med et lille grossistfirma og har drevet forretning i Ishøj i 20 år. Vi håber, kommunen vil prioritere lokale.

Med venlig hilsen
Imran Qureshi
Qureshi Import ApS
""")

M("", """
Hvornår afgør Økonomiudvalget salget af erhvervsgrundene på Industrivej? Jeg har set det på dagsordenen.
""")

M("p", """
Fra: Ejendomsmægler Hanne Stær <hs@estate-ishoj.dk>
Sendt: 21. november 2026 10:20
Til: Byggesag
Emne: Servitutter – Tranegårdsvej 31

Hej, vi har en køber til Tranegårdsvej 31, men handlen afventer afklaring af en servitut om hegn. Ejer er Preben Als. Kan I oplyse om der er en sag?

Venlig hilsen Hanne Stær, statsaut. ejendomsmægler
""")

M("", """
Hej Byggesag

Vi købte huset på Tranegårdsvej i 2019, og handlen er for længst på plads. Nu vil vi bare vide om vi må sætte et hegn på 1,8 m op.

Mvh Martin og Signe
""")

M("peh", """
Kære borgmester

Vores hus på Gildbrovej skal på tvangsauktion i januar. Jeg har mistet mit arbejde og min mand er syg. Kan kommunen gøre noget – måske købe huset og leje det tilbage?

Med venlig hilsen
Susanne Møller
""")

M("", """
Hvor mange tvangsauktioner har der været i Ishøj i 2026? Jeg er journalist på Ishøj Avis.
""")

M("p", """
sendt fra min iphone

hej vi har et bud på huset men køber vil vide om kloakken er separeret. kan i tjekke vejlebrovej 88
""")

M("", """
Hvornår bliver kloakken separeret på Vejlebrovej og hvad koster det for grundejerne?
""")

M("ps", """
Hej

Min mand Lars og jeg (Morten) har fået accepteret et bud på rækkehuset på Bredekærs Vænge 28. Vi mangler kun advokatens godkendelse. Vi vil høre om der er planer om at bygge på den grønne plæne bagved.

Mvh Morten Riis
""")

M("", """
Er der planer om at bygge på den grønne plæne bag Bredekærs Vænge?
""")

M("pe", """
Emne: Salg af dødsbo

Vores mor døde i sommer, og vi skal sælge hendes lejlighed på Ishøj Strandvej. En køber har budt, men trækker sig måske, fordi der er gæld til kommunen på ejendomsskatten. Hvor meget skylder boet? Vedhæftet skifteretsattest.

Venlig hilsen
Kim og Mette Sørensen
""")

M("", """
Hvordan betaler man ejendomsskat i et dødsbo?
""")

M("pb", """
Kære Økonomiudvalg

Vi er en lille buddhistisk menighed i Ishøj, og jeg er selv buddhist og formand. Vi byder hermed på den gamle børnehave på Vejleåvej 6 for at bruge den som meditationscenter. Vores bud er 2,4 mio. kr.

Med venlig hilsen
Lars Thanh Nguyen
""")

M("", """
Sælger kommunen den gamle børnehave på Vejleåvej? Hvad skal bygningen bruges til?
""")

M("p", """
Hej

Jeg har sat mit kolonihavehus i Ishøj Haveforening til salg for 275.000 kr. En køber har spurgt om huset overholder reglerne for størrelse. Kan I sende tegningerne fra byggesagen?

Mvh Anni
""")

M("p", """
Hej

Naboens hus i nr. 14 er sat til salg, og vi vil gerne byde, hvis vi må bygge sammen med vores. Må man det?

Hilsen Frank, Vejledalen 16
""")

M("", """
Må man lægge to matrikler sammen i et parcelhuskvarter i Ishøj?
""")

M("peh", """
Emne: SV: Lån til indskud

Hej igen

Jeg har fået lov at købe andelen på Ishøj Søvej, men jeg mangler 40.000 kr til indskuddet. Kan jeg låne dem af kommunen? Jeg er på sygedagpenge og kan ikke få lån i banken.

Mvh
Hassan

> Kære Hassan. Kommunen yder ikke lån til andelsboliger, men kun til indskud i almene boliger.
""")

M("", """
Giver kommunen lån til indskud i almene boliger, og er der en indkomstgrænse?
""")

M("e", """
Hej

Jeg har fået lån til indskud i min lejlighed i Vejleåparken og kan ikke betale afdraget i december. Jeg har lige fået en regning fra tandlægen. Kan jeg få henstand?

Mvh Camilla
""")

M("pu", """
Til Teknik og Miljø

Som køber af grunden Ishøj Boulevard 40 (betinget af lokalplanen) vil jeg gerne høre om status på planen. Jeg er tømrermester og medlem af Dansk Byggeri – og personligt 3F-medlem fra min tid som svend, hvis det betyder noget for jer.

Venlig hilsen
Bo Karlsen
""")

M("", """
Hvornår vedtages lokalplanen for Ishøj Boulevard?
""")

M("p", """
Hej kommunen

Vi har fået et godt tilbud på vores landbrugsjord ved Torslunde af en investor. Vi har ikke underskrevet. Må den bygges på?

Mvh Hans og Inge Larsen, Torslundegård
""")

M("", """
Emne: Støj

Er der regler for hvornår man må bruge motorsav i weekenden? Naboerne er i gang igen.
""")

M("e", """
Hej

Vi har fået en udsættelsesbegæring fra boligselskabet på grund af huslejerestance på 18.000 kr. Vi er fire i familien. Hvad gør vi? Kan kommunen hjælpe?

Mvh Hussein og Aisha
""")

M("", """
Hvad gør kommunen for at forebygge udsættelser af lejere i almene boliger?
""")

M("t", """
hej jeg er fra Eritrea og er blevet afvist hos en udlejer fordi "vi lejer ikke til udlændinge". kan kommunen gøre noget
""")

M("", """
Hvordan klager man over diskrimination hos en privat udlejer?
""")

M("", """
Emne: Lejekontrakt nr. 2208951423

Hej, jeg har fået et nyt lejekontraktnummer, 2208951423, og vil gerne vide om jeg skal sende det til kommunen for boligstøtten? Eller er det bare boligselskabets?

Mvh Lene
""")

M("e", """
Kære boligudvalg

Jeg står på den sociale boligliste fordi jeg er hjemløs efter min skilsmisse. Min sagsbehandler siger, der er ventetid på 9 måneder. Jeg bor på herberg.

Morten
[[041179 1209]]
""")

M("", """
Hvordan anvises boliger efter den sociale boligliste i Ishøj? Hvor mange boliger anvises om året?
""")

M("p", """
Hej

Vi har underskrevet købsaftale på Vejleåvej 51 med forbehold for finansiering og byggeteknisk gennemgang. Kan I sende BBR-meddelelsen? Der står 132 m² men mægleren siger 140.

Vh Sune og Julie
""")

M("", """
Hvordan retter man en forkert oplysning i BBR?
""")

M("pt", """
Hej

Jeg er halvt thai og har set at kommunen sælger en grund ved havnen til en restaurant. Jeg vil gerne byde på den sammen med min bror. Hvem kan jeg tale med?

Mvh Niran Jensen
""")

M("p", """
Fra: Frede Hald
Til: Teknik og Miljø
Emne: VS: Købstilbud

Videresender tilbud fra køber af min ejendom på Ishøj Torv 2. Handlen er ikke underskrevet endnu. Køber vil åbne frisørsalon, og spørger om det kræver dispensation.
""")

M("", """
Kræver det dispensation at åbne en frisørsalon i et boligområde?
""")
