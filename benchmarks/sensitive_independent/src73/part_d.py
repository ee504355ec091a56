"""corpus73, part D: homes, moves and trades that illness brings; CPR numbers in all forms."""
from common import M

M("hp", """
Til Center for Byudvikling og Natur

Vi har solgt vores hus betinget af at køberen kan få lov at bygge carport. Vi skal flytte fordi min kone er blevet blind af sin sukkersyge og ikke kan finde rundt i det store hus. Køberens advokat siger at I mangler at svare på en forespørgsel fra 2. september.

Med venlig hilsen
Ove Lindberg
""")

M("", """
Hej

Hvornår sælger kommunen de nye grunde ved Ishøj Landsby? Vi er et par der gerne vil bygge, men vi har ikke set noget annonceret.

Mvh Sebastian
""")

M("p", """
Til byrådsmedlem Henrik Lund

Naboens hus på Bækvej 17 har været til salg i et år nu, og der er vist endelig en køber, der vil lave det om til seks lejligheder. Jeg vil gerne vide om kommunen skal give tilladelse til det, før handlen går igennem.

Med venlig hilsen
Grete Winther, Bækvej 15
""")

M("", """
Til hovedpostkassen

Vi har købt Vejlebrovej 112 i 2021, og handlen er for længst på plads. Men vi har aldrig fået en ny ejendomsskattebillet i vores navn. Er den stadig sendt til de tidligere ejere?

Venlig hilsen
Familien Rasmussen
""")

M("hep", """
Hej,

Vi har et bud på vores andelslejlighed i Vejleåparken, men køber har forbehold for at vores ansøgning om en plejebolig til min mand bliver godkendt, for så kan han flytte ind før os. Han har haft en apopleksi og har fået afasi.

Vi har søgt hos jer i september, sagsnr. 2024-08921.

Med venlig hilsen
Else og Ib Jakobsen
""")

M("ep", """
Til Borgerservice

Jeg er gået på førtidspension og kan ikke betale mit huslån mere. Banken har sagt at jeg har 3 måneder til at sælge huset selv, ellers går de til tvangsauktion. Jeg har haft tre fremvisninger og ét bud på 1,8 mio. Skal jeg tage det? Og hvad sker der med min boligstøtte?

Hilsen
Birthe Friis
CPR [[210962-2045]]
""")

M("", """
Hej

Vi er ejendomsmæglere og ønsker at få udleveret BBR-meddelelse og eventuelle servitutter for matr.nr. 7k Ishøj By, Ishøj. Sagen har vores interne nummer 2109620451.

Med venlig hilsen
home Ishøj
""")

M("tp", """
Til direktionsassistenten

Vi er en polsk familie og driver et lille byggefirma i Ishøj. Vi har givet bud på kommunens erhvervsgrund på Industribuen 7 og vil gerne vide hvornår Økonomiudvalget tager stilling. Vores bud er betinget af at jordbundsundersøgelsen er i orden.

Med venlig hilsen
Tomasz og Agnieszka Nowak
""")

M("sp", """
Hej Jens

Min mand Nikolaj og jeg har fået et bud på vores rækkehus i Torslunde, og vi skal købe en lejlighed i København. Mægleren siger at kommunen skal godkende skødet fordi der er en tilbagekøbsklausul fra 1972. Hvem skal vi skrive til?

Mvh Kasper Brink
""")

M("", """
Til Center for Byudvikling og Natur

Hvordan er reglerne for at sætte en rampe op ved indgangen til et rækkehus? Kræver det byggetilladelse, eller kan man bare gøre det? Vi er en andelsboligforening, der gerne vil gøre vores 40 rækkehuse mere tilgængelige.

Venlig hilsen
A/B Strandparken
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg søger om boligændring: en trappelift i vores rækkehus. Jeg har haft polio som barn og har nu fået postpolio-syndrom, og jeg kan ikke gå op til soveværelset mere.

Med venlig hilsen
Kirsten Bay
Personnummer [[0603542780]]
Tlf. 43 54 12 09
""")

M("", """
Hej

Er der stadig et tilskud fra kommunen til at installere solceller hvis man bor i et parcelhus? Jeg har kundenr. 1105791223 hos Radius, hvis det er nødvendigt.

Mvh Lars
""")

M("hp", """
Hej

Min svigermor har Parkinson og skal flytte ind hos os. Vi har derfor sat vores lejlighed til salg og har budt på et hus med anneks på Gadevangen. Sælger har accepteret, men banken vil have en vurdering af om annekset er lovligt. Kan kommunen bekræfte det?

Venlig hilsen
Louise og Martin Sand
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg ejer et kolonihavehus i Ishøj Havekoloni og vil sælge det til min nevø. Foreningen siger at vi skal bruge vurderingsudvalgets pris, men han vil give mere. Må han det?

Hilsen
Verner
""")

M("", """
Til hovedpostkassen

Vi sender hermed opkrævning for renovation til ejendommen med matrikel nr. 3a. Betalingen er for 2. halvår. Ordrenr. 250386-1102. Bemærk at vores kontonummer er ændret til reg. 2216 kontonr. 0712861044.

Med venlig hilsen
Vestforbrænding
""")

M("p", """
Til kommunen

Vi er ved at sælge min fars hus, han døde i sommer. Skifteretten har sagt god for at vi sælger, og der er et bud. Men der er en gammel kloakledning over grunden som ejendomsmægleren siger at kommunen skal tinglyse. Hvad gør vi?

Med venlig hilsen
Anja Poulsen
Min fars CPR til jeres opslag: [[170138-1205]]
""")

M("hep", """
Kære borgmester

Vi er to pensionister der har solgt vores hus med overtagelse 1. marts, men handlen er ikke endelig, fordi køberen har en advokatforbehold om en ulovlig udestue. Vi har i mellemtiden fået tilbudt en ældrebolig i Ishøj, men min mand er kommet på hospitalet med lungebetændelse. Vi er ved at gå ud af vores gode skind.

Med venlig hilsen
Gudrun Møller
""")

M("", """
Hej

Hvordan søger man som ejer om at få en matrikel udstykket? Min nabo har gjort det, og jeg overvejer det samme. Der er ikke noget salg i gang.

Venlig hilsen
Svend Aage
""")

M("tp", """
Hej,

Vi er fra Vietnam og har haft en lille restaurant i Ishøj Bycenter i 18 år. Nu vil vi sælge restauranten og butikslokalet, som vi ejer, fordi vi skal på pension. En køber har givet et bud, men vil vide om ejerforeningen i centret skal godkende ham. Ved kommunen noget om det?

Venlig hilsen
Hung Tran
""")

M("he", """
Kære Borgerrådgiver

Jeg har fået afslag på flytning af mit hjemmehjælp-tidspunkt. Jeg har sukkersyge og skal have mad kl. 7, men de kommer først kl. 9.30. Det har givet mig tre føningsture til skadestuen (lavt blodsukker).

Sagsnummer 24/33281.

Venlig hilsen
Elly Krogh
Cpr: [[120333-0984]]
""")

M("", """
Til Borger, Økonomi og IT

Jeg vil gerne vide, om I har tilbagebetalt mit depositum for leje af festsalen i Ishøj Medborgerhus. Min bank har reg.nr. 5301 og kontonr. 0003120476. Det er ikke blevet indsat endnu.

Mvh Jan
""")

M("hes", """
Hej

Min mand og jeg (vi er begge mænd, han hedder Said og jeg hedder Peter) har søgt om en handicapbil til Said, som har muskelsvind. Vi har fået afslag fordi han "ikke har et arbejde at køre til". Men han skal til behandling på Rigshospitalet to gange om ugen.

Said Mansour: [[020481-1273]]
Peter Vang: [[180379-1351]]

Med venlig hilsen
Peter
""")

M("ht", """
Til byrådsmedlem

Jeg er grønlænder og bor i Ishøj med min datter. Hun har fået diagnosen FAS (føtalt alkoholsyndrom) og skal have ekstra støtte i skolen. Alle siger bare "det er fordi I er grønlændere". Det er det ikke.

Med venlig hilsen
Aviaja
""")

M("", """
Hej

Vi ønsker at oprette en ny leverandøraftale med kommunen. Vores P-nummer er 1021457893, CVR 29871645, og kontaktperson er Lene Holm.

Med venlig hilsen
Apotek Vestegnen A/S
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg har fået ny hofte og skal bruge gangbuk i 6 uger. Kan jeg låne en på depotet i Ishøj? Jeg har ringet, men der er lang ventetid i telefonen.

Mvh Mogens Steffensen
[[281145–1133]]
""")

M("he", """
Hej

vedr. min ansøgning om hjælp til medicin. min læge har skrevet at jeg har brug for smertestillende hver dag pga. slidgigt i knæene. jeg er på folkepension og har ingen opsparing. jeg har vedhæftet lægens papir

cpr. [[250649\u00a02168]]

Venlig hilsen
Ruth Hansen
""")

M("", """
Til udvalget

Kommunens hjælpemiddelpolitik blev sidst revideret i 2019. Vil udvalget tage en ny politik op, så den passer med de nye regler om egenbetaling? Jeg skriver som formand for Handicaprådet.

Venlig hilsen
Erling Dahl
""")

M("he", """
Hej

Jeg har fået en bevilling på hjemmehjælp efter min knæoperation, men hjælperen kommer aldrig på de aftalte tider. Kan jeg få en anden?

Venlig hilsen
Anna-Lise Berg, [[091250-2416]]
""")

M("hp", """
Hej Kasper

Du kender mig fra vejfesten. Jeg har en grund på Ishøj Strand, som jeg har arvet, og vil sælge den, fordi jeg skal bruge pengene til en privat operation i udlandet. Der er to interesserede købere. Er det rigtigt at kommunen vil ændre lokalplanen, så grunden kan blive mindre værd?

Hilsen
Jan Wulff
""")

M("", """
Hej

Jeg har en faktura fra jer for hjælpemidler til en afdød beboer. Fakturanr. 1801470233 — skal den sendes til dødsboet?

Med venlig hilsen
Bogholderiet, Plejecenter Ishøjhave
""")

M("hue", """
Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Dansk Metal og har arbejdet på værkstedet i Brøndby i 15 år. Jeg har fået konstateret KOL og kan ikke klare støvet. Min læge siger at jeg skal have fleksjob. Jeg har søgt om fleksjob hos jer i august.

Med venlig hilsen
Ole Skov
cpr [[310768-1591]]
""")

M("hep", """
Hej

Vores hus på Gildbrovej er til salg, og vi har et bud. Men min kone har fået MS og vi har søgt kommunen om at få boligændringer lavet i en ny bolig vi har set på. Må man søge det inden handlen er endelig?

Mvh Niels Lassen
""")

M("", """
Hej

Ved I om reglerne for handicapparkering ved rådhuset er ændret? Der står nye skilte. Vi er en gruppe fra Ældresagen der gerne vil skrive til vores medlemmer om det.

Mvh Ældresagen Ishøj
""")

M("he", """
Hej

Min mor, [[301132-0722]], har fået bevilget madordning, men maden bliver leveret kold. Hun er 92 og har svært ved at tygge efter et slagtilfælde. Kan I gøre noget?

Venlig hilsen
Birgit Holm
""")

M("ht", """
Hej

jeg er fra Eritrea og taler tigrinya. Min kone er gravid og har sukkersyge i graviditeten. vi har brug for tolk når hun skal til jordemoder. er det gratis

Tesfay
""")

M("hp", """
Til Center for Byudvikling og Natur

Vi har fået en betinget købsaftale på en grund i Ishøj Landsby. Vi skal bygge et hus, der er tilpasset vores søn, der er blind og har autisme. Hvornår kan vi få et møde om lokalplanen?

Venlig hilsen
Sabrina og Jens Kragh
""")

M("", """
Til hovedpostkassen

Vedr. jeres bestilling 0512731188 af 20 stk. kørestolsramper til kommunens bygninger. Vi kan levere i uge 12. Bekræft venligst.

Med venlig hilsen
Handi-Tech ApS
""")

M("p", """
Til direktionsassistenten

Jeg er ejendomsmægler og har et tilbud på en erhvervsgrund på Ishøj Stationsvej fra en kunde, der vil bygge et privathospital. Køber vil vide om kommunen vil acceptere en dispensation fra bebyggelsesprocenten. Prisen afhænger af det.

Med venlig hilsen
Thomas Holm, statsautoriseret ejendomsmægler
""")
