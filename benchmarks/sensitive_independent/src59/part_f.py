"""corpus59 part f: houses, plots, summer houses, flats and businesses being bought
or sold, pre-emption, neighbours' sales; and trades already concluded."""
from common import M

M("p", """
Hej

Vi har fået et bud på 3,2 mio. på vores rækkehus i Vejleåparken, men vi har ikke
accepteret endnu. Køber spørger om kommunen har planer om at bygge en skole bag
haven. Hvad kan I sige?

Mvh Lotte og Bo
""")

M("", """
Hej

Vi købte huset på Ishøj Søvej i 2019 og overtog det 1. april samme år. Handlen er
for længst tinglyst. Nu vil vi gerne vide om vi må sætte solceller på taget.

Hilsen Kasper Dahl
""")

M("ps", """
Emne: Vores hus – salg og skilsmisse? nej!

Hej, der er nogen der har sagt til jer at vi sælger pga. skilsmisse. Det passer ikke.
Min mand Mogens og jeg – Jens – har været sammen i 30 år. Vi sælger fordi vi vil
tættere på vores barnebarn. Der er en køber der har budt, men vi har ikke svaret ham.
Kan I sørge for at rygtet ikke står i sagen?

Jens Buus
""")

M("pe", """
Til Center for Borger, Økonomi og IT

Banken har sagt at vi skal sælge huset, fordi vi ikke kan betale afdragene efter min
mand blev arbejdsløs. Vi har en mægler på, men der er ikke kommet nogen bud. Kan vi
få udsat ejendomsskatten til huset er solgt?

Med venlig hilsen
Bente Kirk
""")

M("", """
Hej Ishøj Kommune

Hvornår udbyder I de næste erhvervsgrunde i Ishøj Erhvervspark? Vi er et mindre
vognmandsfirma og kigger generelt på muligheder i Køge Bugt-området.

Med venlig hilsen
Vognmand Lars Friis ApS
CVR 28765432
""")

M("p", """
Kære Center for Byudvikling og Natur

Jeg har arvet min mosters sommerhus i Tranegilde og vil sælge det. En nabo vil
købe det, men han vil først vide om der er lovliggjort et anneks. Jeg er ikke selv
ejer endnu, skiftet er ikke afsluttet.

Preben Stær
Cpr.-nr. [[1207670815]]
Tlf. 2844 1199
""")

M("p", """
Hej byråd

Vi har hørt at ejeren af tankstationen på Ishøj Stationsvej er ved at sælge til en
kædeburgerbar. Er det rigtigt? Kommunen må kunne sige nej, der er allerede larm nok.

Beboerforeningen Stationsparken
""")

M("", """
Hej

Vi har solgt vores lejlighed, og handlen blev endelig i september. Nu har vi fået en
regning på ejendomsskat for 4. kvartal. Den må være til den nye ejer? Regningsnr.
2909851176.

Mvh Line Borup
""")

M("pt", """
Til borgmesteren

Vi er tre brødre med pakistansk baggrund som vil købe den gamle købmandsbutik ved
Torslunde og lave den om til et bageri. Sælgeren siger at kommunen skal godkende
ændringen af anvendelsen før han skriver under. Vi håber I vil hjælpe os. Alle vores
penge er i det.

Med venlig hilsen
Usman, Bilal og Zain Qureshi
""")

M("pu", """
Hej Kim

Kort: Jeg er faglig sekretær… nej, undskyld, jeg er medlem af HK og helt almindelig
lønmodtager. Jeg har budt på grunden ved Ishøj Landsby 7 som kommunen har til salg,
men har ikke hørt noget i 4 uger. Er mit bud modtaget?

Anne-Mette Wulff
""")

M("", """
Kære hovedpostkasse

Hvor kan jeg se kommunens salgspriser på byggegrunde i 2025 og 2026? Jeg skriver
speciale om boligmarkedet i Køge Bugt.

Venlig hilsen
Stud.scient. Mikkel Have
""")

M("p", """
Fra: Ejendomsmægler Ole Brink
Til: Byggesag Ishøj
Emne: Ishøj Strandvej 46 – manglende ibrugtagningstilladelse

Hej

Vi har et salg på Ishøj Strandvej 46 der er betinget af, at kommunen udsteder
ibrugtagningstilladelse på tilbygningen. Køber overtager ikke uden. Kan I prioritere?

Med venlig hilsen
Ole Brink, statsaut. ejendomsmægler
EDC Ishøj · CVR 10203040 · Tlf. 43 54 00 00
""")

M("hp", """
hej

vi skal sælge huset fordi jeg er blevet blind på det ene øje og ikke må køre mere, og
vi bor langt fra busser. har en der har været og kigge men intet bud endnu. skal vi
afmelde vores p-tilladelse nu eller når huset er solgt?

anette
""")

M("", """
Hej

Kan kommunen oplyse hvordan forkøbsretten for sommerhusgrunde i Tranegilde fungerer i
praksis? Ikke for en bestemt grund – vi er et lokalhistorisk arkiv der laver en
artikel.

Venlig hilsen
Ishøj Lokalhistoriske Arkiv
""")

M("pb", """
Til Byudvalget

Ishøj Menighed af Jesu Kristi Kirke af Sidste Dages Hellige ønsker at købe den tomme
bygning på Industrivej 14 til forsamlingshus. Vi har givet et bud, men sælgeren vil
vente på om kommunen godkender anvendelsen. Jeg er selv menighedens biskop og kan
kontaktes på 2134 5566.

Med venlig hilsen
Henrik Laursen
""")

M("pe", """
Til borgerrådgiveren

Jeg er 78 og min søn vil have mig til at sælge mit hus og flytte ind i en ældrebolig.
Jeg har allerede fået tilbudt en, men jeg er ikke sikker. Han har fundet en køber, men
jeg har ikke sagt ja. Kan kommunen give mig mere tid til at svare på ældreboligen?

Venlig hilsen
Ruth Pallesen
""")

M("", """
Hej

Vores nabo har fået sit hus solgt i sommer, og nu bygger de nye ejere en mur helt ud
til skel. Må de det?

Hilsen Jesper, Brandholms Allé 11
""")

M("p", """
Hej

Jeg skal sælge min kolonihave i H/F Solvang og køberen skal bruge en erklæring om
at haven ikke har restance til kommunen. Købet er ikke underskrevet før vi har den.

Kristian Bro
[[081160 1277]]
""")

M("ps", """
Hej Sofie

Min kone Nadia og jeg (jeg er Charlotte) har fået et bud på vores hus i Torslunde. Vi
vil gerne købe et hus i Ishøj Landsby i stedet, men der er ingen huse til salg lige nu.
Ved du om kommunen har nogle grunde på vej?

Charlotte Bech
""")

M("p", """
Hej Allan

Vores køber trak sig i går, fordi han havde læst at der skal bygges en motorvej tæt
på. Passer det? Så skal vi sætte prisen ned. Ellers vil vi gerne have det på skrift
fra kommunen så vi kan vise næste køber det.

Mvh Henning og Lis Vang
""")

M("", """
Kære Byudvalg

Tak for jeres hjælp med skødet på vores grund sidste år. Alt gik fint, og huset står
færdigt nu. I er velkomne til indvielse!

Venlig hilsen
Familien Lund, Ishøj Landsby 22
""")

M("ep", """
Hej

Jeg har fået brev om tvangsauktion på min andelsbolig fordi jeg ikke har betalt
boligafgift siden april. Jeg har lige fået arbejde igen. Kan kommunen hjælpe mig med et
lån så jeg kan nå at sælge den selv i stedet? Der er en der har vist interesse.

Mvh Jonathan
Tlf 2288 9911
""")

M("tp", """
Hej

Vi er en vietnamesisk familie med en lille restaurant i Ishøj Bycenter. Vi skal
sælge den fordi min far er for gammel. En køber har budt, men lejekontrakten skal
overdrages og centret siger kommunen skal give lov til skilt. Hvem spørger vi?

Thuy Nguyen
""")

M("", """
Hej

Kan I sende mig den tinglyste servitut for matr.nr. 5ap Ishøj By? Vi skal bruge den
til vores egen opmåling. Journalnr. 01.02.05-P19-114-26. Ejendomsnr. 1830400211.

Mvh Landinspektørfirmaet Geo Øst
""")

M("pu", """
Kære udvalgsformand

Som tillidsrepræsentant i Dansk Metal og medejer af et lille værksted skriver jeg om
vores ønske om at købe naboens grund og udvide. Han vil sælge, men vil ikke skrive
under før kommunen har sagt god for en ny port ud til vejen.

Med venlig hilsen
Carsten Beck
""")

M("hpe", """
Til Center for Voksne og Velfærd

Min mor, Else Marie Holm, har fået konstateret kræft i bugspytkirtlen og skal på
hospice. Vi har sat hendes lejlighed til salg, den er en ejerlejlighed i Ishøj Søpark,
og der er en køber som har budt. Hun vil gerne have det afsluttet mens hun kan, og hun
har bedt om hjælp til at betale hospicet. Hendes cpr er [[221140–1066]].

Hilsen Lotte Holm
""")

M("", """
Til Center for Byudvikling og Natur

Vi har lejet lokalet i forsamlingshuset til et loppemarked og skal bruge CVR 45678912
på fakturaen, ikke vores private navn. Booking nr. 0507752198.

Mvh Torslunde Borgerforening
""")

M("pb", """
Kære byråd

Jeg er aktiv i Venstre i Ishøj og har været det i 20 år, men det her skriver jeg som
privatperson. Jeg vil købe en grund af kommunen ved Strandgården, og sagen er gået i
stå. Jeg har givet et bud, men ikke hørt noget. Kan I skubbe til sagen?

Med venlig hilsen
Niels Jepsen
""")

M("", """
Hej

Jeg vil bare høre om der stadig er ledige parceller i Ishøj Landsby Syd. Har ikke
budt endnu, bare nysgerrig.

Mvh
""")

M("pt", """
Hi,

I'm Indian and my wife and I are buying a flat in Ishøj Søpark. The seller accepted our
offer but it's conditional on our bank's approval. The bank needs the building's energy
label from the municipality. Can you send it?

Thanks
Rahul Sharma
""")

M("p", """
Hej Pernille

Min svigermor vil sælge sin grund i Tranegilde, men den ligger op til et område hvor
der er fredning. Kan du høre om kommunen vil købe den? Hun har ikke sat den til salg
endnu, men en nabo har spurgt om han kan købe den.

Torben Dam
""")

M("", """
Hej

Hvor stor var omsætningen af huse i Ishøj sidste år? Kommunen må have tal på
tinglysninger.

Hilsen Ishøj Avis
""")

M("p", """
Til Center for Borger, Økonomi og IT

Vi er ved at sælge vores hus på Baldersbuen og har fået et bud på 2,9 mio. Købers
advokat beder om oplysning om eventuelle kommunale lån i ejendommen. Jeg er ejer
sammen med min bror.

Jakob Holst, [[110269-2283]]
Anders Holst, [[300766-2155]]
""")

M("ps", """
Hej

Jeg er bøsse og ejer en lille lejlighed i Ishøj Bycenter. Jeg vil sælge og flytte ind
hos min kæreste Rune i Vallensbæk. Der er en køber men vi har ikke skrevet under. Kan
kommunen bekræfte at jeg ikke skylder noget i renovation?

Mvh Christian
""")

M("", """
Kære Center for Byudvikling og Natur

Jeg har modtaget jeres afgørelse om skel ved min grund. Jeg er enig og vil ikke klage.
Sagen kan lukkes.

Venlig hilsen
Jørn Olsen
Sagsnr. 26/08841
""")

M("pu", """
Hej

Jeg er medlem af FOA og arbejder nat på plejecentret. Min kæreste og jeg skal købe
et hus på Vejlebrovej, og banken vil have en erklæring fra min arbejdsgiver om fast
ansættelse før de giver lånet. Handlen er betinget af det. Hvem skal jeg spørge?

Mvh Dorthe
""")

M("", """
Hej

Hvad koster en ejendomsvurdering hos jer? Vi har ikke planer om at sælge, vi vil bare
vide hvad huset er værd.

Mvh Heidi og Torben
""")

M("ep", """
Hej

Efter skilsmissen skal huset sælges. Min eks vil ikke medvirke, og mægleren siger at vi
ikke kan sætte det til salg uden hans underskrift. Han har flyttet til Jylland. Kan
kommunen hjælpe mig?

Lene Skov
""")
