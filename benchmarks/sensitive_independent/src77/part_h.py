"""corpus77 part H: buying a first home; baptisms, namings and confirmations."""
from common import M

M("p", """Hej Byudvikling

Vi har budt på vores første lejlighed i Ishøj Strand, en treværelses på 2. sal. Sælgeren
har sagt ja, men vi har advokatforbehold til fredag. Må man sætte en glasinddækning på
altanen efter lokalplanen?

Mvh Line og Oscar""")

M("", """Hej

Vi arrangerer Boligmessen i Ishøj Idrætscenter den 17. januar for førstegangskøbere. Vil
kommunen have en stand om byggegrunde og lokalplaner? Der kommer banker, mæglere og
advokater.

Venlig hilsen
Boligmessen Vest""")

M("", """Hej

Vi drømmer om at købe vores første hus i Ishøj om et par år, når vi har sparet op. Hvornår
sælger kommunen næste gang byggegrunde, og kommer der en venteliste?

Hilsen Amanda og Nikolaj""")

M("b", """Hej skolen og kommunen

Vores datter Freja skal konfirmeres i Ishøj Kirke den 2. maj. Må vi leje skolens aula til
festen om eftermiddagen? Vi er ca. 60 gæster.

Venlig hilsen
Tina og Brian Holm""")

M("b", """Hej Kultur og Fritid

Vores søn Viggo skal nonfirmeres med Humanistisk Samfund i april, i stedet for at blive
konfirmeret. Kan vi låne den lille sal i Kulturhuset til ceremonien? Det er ikke en
religiøs fest, men den betyder meget for ham.

Venlig hilsen
Helle""")

M("p", """Til Ishøj Kommune, ejendomsskat

Vi har underskrevet købsaftale på vores første hus, Bækgårdsvej 9, med
advokatforbehold. Vores advokat beder om en restanceerklæring for ejendommen.

Køber: Sebastian Holm, [[030596-1137]]

Mvh Sebastian""")

M("sp", """Hej

Min kæreste Magnus og jeg (to mænd, 27 og 29) har købt vores første lejlighed på
Vejleåvej med forbehold for bankens godkendelse. Må vi lave en terrasse i fællesarealet,
eller skal foreningen godkende det?

Hilsen Oliver""")

M("pe", """Hej borgerrådgiver

Vi har budt på et lille rækkehus, men banken vil have dokumentation for at min
kontanthjælp stopper, når jeg starter i job 1. februar. Jobcentret svarer ikke. Kan I
hjælpe mig med at få et brev?

Venlig hilsen
Sabrina""")

M("", """Hej

Vi er Ishøj Grundejerforening og udlejer vores klubhus. Hvor mange har booket lokaler
til konfirmationsfester i kommunens huse i foråret 2027? Vi vil vide om der er brug
for flere.

Venlig hilsen
Bestyrelsen""")

M("tb", """Selam

Vi er fra Eritrea og er ortodokse kristne. Vores søn skal døbes i den eritreiske kirke i
København på søndag, og der kommer mange. Må vi holde festen i fælleshuset i Ishøj Nord
bagefter?

Yonas og Saba""")

M("up", """Hej

Jeg er medlem af FOA, og de har et medlemstilbud på boliglån. Vi har købt et hus på
Ishøj Landsby med forbehold for finansiering. Banken vil have en ansættelsesbekræftelse fra
kommunen. Kan HR sende den?

Mvh Maria Sørensen, hjemmeplejen""")

M("", """Hej

Til skoleledernes møde: ligger konfirmationsforberedelsen i Ishøj Kirke stadig onsdag
morgen i skoletiden i 7. klasse? Og hvor mange elever deltager generelt?

Venlig hilsen
Skolechefen""")

M("b", """Hej kirkekontoret / borgerservice

Jeg skal bruge en dåbsattest til min søn Noah, som blev døbt i Torslunde Kirke i 2013. Den
skal bruges til hans pas.

Noah Kristensen, [[280612-4011]]

Venlig hilsen
Pernille Kristensen""")

M("hp", """Hej Byggesag

Vi har budt på vores første hus på Åvænget, og jeg er kørestolsbruger efter en ulykke.
Handlen er betinget af, at vi kan få lov at bygge en rampe og udvide døren til
badeværelset. Hvor hurtigt kan vi få svar på en byggeansøgning?

Venlig hilsen
Kasper""")

M("tp", """Hej

Min mand og jeg er fra Iran og har boet i Ishøj i 10 år. Nu har vi budt på en lejlighed
på Ishøj Boulevard, og sælgeren har sagt ja med forbehold. Er der nogen planer om at
bygge foran vores udsigt?

Mvh Shirin""")

M("", """Hej

Hvornår sælger kommunen grundene i den nye udstykning i Ishøj Landsby Syd, og hvad bliver
prisen pr. m²? Vi er en gruppe unge, der overvejer at flytte til området.

Venlig hilsen
Tobias""")

M("s", """Hej Kulturhuset

Vi er et lesbisk par og har fået vores første barn. Vi vil holde en navnefest for ham i
Kulturhusets café en søndag i februar. Kan den lejes, og må vi selv have kage med?

Kh Mille og Sara""")

M("bt", """Hej

Vi er jøder, og vores datter Ester skal have bat mitzvah i synagogen i Krystalgade i maj.
Hun går på Ishøj Skole. Må hun få fri fredag og mandag, så familien fra Israel kan være
sammen med hende?

Venlig hilsen
Miriam Levy""")

M("p", """Hej

Vi sælger vores havehus i Kolonihaveforeningen Strandhaven, fordi vi har købt vores første
rigtige hus. Køberen har givet bud, men bestyrelsen skal godkende prisen først. Skal
kommunen også godkende noget?

Mvh Rikke""")

M("eb", """Hej borgerrådgiver

Jeg har søgt om enkeltydelse til konfirmationstøj til min datter Sofie, der skal
konfirmeres i maj. Jeg er på kontanthjælp og har fået afslag. Kan jeg klage?

Venlig hilsen
Sanne""")

M("", """Hej biblioteket

Holder I igen førstegangskøberaften med en bankrådgiver og en boligadvokat? Jeg vil
gerne sætte den i boligforeningens nyhedsbrev sammen med boligmessen i januar.

Hilsen Henrik, nyhedsbrevet""")

M("ub", """Hej

Jeg er smed og medlem af Dansk Metal. Min søn Magnus skal konfirmeres fredag den 1. maj,
og jeg har vagt på vandværket. Min leder siger jeg skal spørge HR. Kan jeg bytte?

Mvh Allan""")

M("tp", """Dzień dobry

Vi er polske og bor i Ishøj. Vi har givet bud på en andelsbolig i Cedergården, og
foreningen spørger, om vi har boet i kommunen i et år. Kan I sende en bopælsattest?

Marek og Kasia""")

M("hb", """Hej Ishøj Kirke og skolen

Vores søn Anton har autisme og skal konfirmeres til foråret. Han kan ikke være med på
holdet med 25 elever. Kan han få forberedelse alene med præsten, og kan skolen give ham
fri til det?

Venlig hilsen
Lotte""")

M("", """Hello,

We are a relocation agency. Can foreigners in general buy property in Ishøj, or is
there a permission from the Ministry of Justice needed? A general answer would help our
clients.

Regards,
MoveNordic""")

M("sb", """Hej

Vi er to fædre, og vores datter Luna skal døbes i Ishøj Kirke den 15. februar. Præsten
har sagt ja. Kan vi leje Strandgårdens fælleshus til frokosten?

Kh Jakob og Emil""")

M("p", """Til Vurdering

Vi er ved at købe Vibeholmsvej 21 og har fået et tilbud fra sælger, men vi venter på at
vores rådgiver har set ejendomsvurderingen. Kan I sende den?

Køber: Nadia Jensen, [[110493\u00a02258]]

Mvh Nadia""")

M("he", """Hej

Vi købte vores første hus i Ishøj i 2022, og handlen er for længst på plads. Nu er min mand
blevet syg med hjertesvigt og er på sygedagpenge, og vi kan næsten ikke betale ydelsen.
Kan kommunen rådgive os?

Venlig hilsen
Maria""")

M("b", """Hej

Jeg konverterede til katolicismen sidste år og skal firmes i Sankt Knuds Kirke i
marts. Kan jeg få fri fra mit arbejde i børnehaven den dag? Min leder siger det skal
søges hos kommunen.

Mvh Katrine""")

M("", """Hej

Hvor mange bolighandler var der i Ishøj Kommune i 2025, og hvordan har
gennemsnitsprisen for parcelhuse udviklet sig? Tallene skal bruges til et indlæg.

Venlig hilsen
Finn, byrådsmedlem""")

M("su", """Hej HR

Jeg er tillidsrepræsentant for 3F i Vej og Park. Min mand Kasper og jeg købte hus i
Ishøj i sommer, og handlen er afsluttet. Kan jeg få ændret min adresse i lønsystemet?

Venlig hilsen
Dennis""")

M("pe", """Til borgerrådgiveren

Vi har købsaftale på vores første lejlighed, men banken har afvist lånet pga. min gæld
til kommunen for en gammel tilbagebetaling af boligstøtte. Købsaftalen udløber om 10 dage.
Kan jeg få en afdragsordning hurtigt?

Mvh Ahmed""")

M("tb", """Hej

Vi er fra Gambia og er muslimer. Vores søn skal navngives på 7. dagen i moskeen i
Brøndby, og vi holder fest bagefter. Kan vi leje fælleshuset på Gildbrohøj på søndag?

Lamin""")

M("", """Hej

Hvornår er julegudstjenesterne i Ishøj Kirke juleaften? Vi vil sætte tiderne på
ældrecentrets opslagstavle.

Mvh Aktivitetsmedarbejderen""")

M("p", """Hej Byggesag

Vi har et købstilbud på vores tofamiliehus på Torslundevej. Køberen vil gerne dele huset
i to ejerlejligheder og har gjort købet betinget af, at kommunen siger ja. Hvad
skal der til?

Venlig hilsen
Anette og Preben""")

M("hb", """Hej Ishøj Kirke

Min mor har kræft og har måske kun et par måneder tilbage. Vores barnebarn skal døbes i
juni, men vi vil gerne rykke dåben til januar, så hun kan være med. Er der ledige
søndage?

Venlig hilsen
Birgitte""")

M("e", """Hej

Jeg og min kæreste vil gerne købe vores første bolig, men jeg er på SU og hun er på
dagpenge. Banken siger nej. Kan kommunen hjælpe os med en lejebolig i stedet?

Mvh Mads""")

M("sp", """Hej

Min kone Stine og jeg har budt på et rækkehus på Ishøj Søvej, og sælgeren har givet et
modbud. Inden vi svarer, vil vi vide om der er planer om støjværn mod motorvejen. Ved I
det?

Venlig hilsen
Louise""")

M("b", """Hej borgerservice

Min datter Emma skal konfirmeres i Torslunde Kirke, og kirken vil se hendes dåbsattest.
Vi kan ikke finde den. Emma er født i Aarhus.

Emma Bruun, [[140912–4398]]

Venlig hilsen
Jeanette Bruun""")

M("", """Til BBR

Vi har opdaget en fejl i BBR: carporten er registreret som garage. Ejendomsnummer
1830123456, matr.nr. 12ab Ishøj By, sag nr. 147-2025-3321. Vi har ejet huset i 15 år.

Venlig hilsen
Ejeren af Søvej 4""")

M("t", """Hej

Min svigerfar taler kun farsi og vil gerne holde en tale ved vores søns navnefest på
rådhuset. Kan kommunen formidle en tolk, eller skal vi selv finde en?

Mvh Camilla""")

M("up", """Hej HR

Jeg er medlem af Krifa og arbejder i børnehaven Mælkebøtten. Vi har budt på et hus, og
banken vil have en erklæring om min faste ansættelse inden fredag. Kan I lave den?

Venlig hilsen
Jeppe""")

M("", """Til kommunens ejendomsafdeling

Ishøj Sogns menighedsråd spørger, om vi må låne rådhusets parkeringsplads til gæsterne
ved konfirmationerne den 2. og 3. maj 2027. Vi forventer ca. 200 biler.

Venlig hilsen
Menighedsrådets formand""")

M("b", """Hej Vibeholmskolen

Vores søn Malik fejrer eid med familien på onsdag og skal med til bøn i moskeen om
morgenen. Kan han komme i skole efter middag, og skal vi skrive til kommunen?

Mvh Samira""")
