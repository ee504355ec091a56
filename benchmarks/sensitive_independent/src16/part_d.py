"""Part D: short notes sent from phones: little punctuation, lowercase, typos."""
from common import M

M("e", """
hej er på kontanten og har fået brev om møde fredag men har ik penge til bussen. kan det være på tlf
sendt fra min iphone
""")

M("h", """
hej kan ikk komme til mødet i morgen har fået lungebetændelse. ring evt 27 19 84 52
""")

M("", """
hej hvornår lukker genbrugspladsen i dag
""")

M("hu", """
hej jeg er i 3F og er sygemeldt m diskusprolaps siden uge 12 skal jeg ringe til jer eller fagforeningen først?
""")

M("", """
hvor ligger 3F's kontor nærmest ishøj? sendt fra mobil
""")

M("t", """
hej igen. glemte at skrive at min mor er fra Vietnam og kun taler vietnamesisk så hun skal ha en tolk med til mødet
mvh Linh
""")

M("", """
kan man få en tolk til mødet på rådhuset, eller skal man selv tage en med?
""")

M("s", """
vi er 2 mænd der skal adoptere og vil gerne snakke m nogen fra kommunen om det. hvem?
Mads & Hussein
""")

M("", """
hvordan fungerer adoption i DK, er det kommunen der står for godkendelsen? skal bruge det til en opgave
""")

M("b", """
er vegansk af etiske grunde og min søn også. kan institutionen lave mad uden animalske produkter til ham?
""")

M("", """
tilbyder vuggestuerne i ishøj vegetarisk mad eller kun kød? spørger bare
""")

M("p", """
hej vi har fået et bud på huset på 3,4 men køber vil ha lov at bygge en tilbygning. hvor hurtigt kan vi få et svar på byggetilladelsen? sælger skal ha svar fredag
""")

M("", """
hvor lang er sagsbehandlingstiden på byggetilladelser for tiden?
""")

M("e", """
min bror sidder i vestre fængsel og skal løslades i juni. han har ingen bolig. hvem hjælper med det
""")

M("", """
har kommunen et tilbud til folk der bliver løsladt fra fængsel? læste en artikel om det
""")

M("h", """
sorry for sent svar var på psykiatrisk i en uge. kan vi flytte mødet til næste torsdag
""")

M("e", """
tak. fik lige afslag på boligstøtte igen så vi prøver at klage
""")

M("", """
hvor klager man over et afslag på boligstøtte? er det udbetaling danmark
""")

M("hb", """
jeg faster til ramadan og har sukkersyge. må jeg springe blodprøven over på torsdag eller skal den tages fastende alligevel haha
Omar
""")

M("", """
hvornår starter ramadan i år? vi skal planlægge skolens motionsdag
""")

M("tb", """
hej jeg er fra Eritrea og ortodoks kristen. findes der en eritreisk kirke i nærheden? min mor vil gerne gå i kirke
""")

M("", """
hvornår er gudstjenesten i Ishøj Kirke på søndag
""")

M("u", """
hej Torben jeg er tillidsmand i 3F på byggepladsen ved stationen. vi har problemer m parkering. kan du ringe 60 21 48 93
""")

M("", """
hej der er store problemer med parkering ved byggepladsen ved stationen. hvem kan man klage til
""")

M("e", """
mig og min kæreste er gået fra hinanden og jeg har ingen steder at bo m min søn. hvad gør jeg
""")

M("h", """
var til scanning i går og de fandt en knude. har ikk overskud til at komme til forældremøde. beklager
Trine
""")

M("", """
hvornår er forældremødet i 2.a? har ikke fået besked
""")

M("s", """
hej jeg er bi og vil gerne være frivillig i ungdomsklubben til den nye queer aften. hvem skal jeg skrive til
""")

M("", """
hvornår er der queer-aften i ungdomsklubben? min datter vil gerne med en veninde
""")

M("e", """
hej min mor har fået bevilget hjemmepleje men de kommer aldrig til tiden. hvem klager man til
""")

M("", """
hvem er leverandør af hjemmepleje i ishøj? er der frit valg?
""")

M("ep", """
hej vi er ved at miste lejligheden pga gæld og banken vil tvangssælge. hvad gør vi, vi har 2 små børn
""")

M("hte", """
hej min far er tyrkisk og har alzheimer og glemmer dansken. kan han komme på et plejecenter med tyrkisktalende personale
""")

M("", """
taler nogen af personalet på plejecentrene tyrkisk eller arabisk? til en artikel om mangfoldighed
""")

M("hs", """
min kone Sofie er gravid og jeg er medmor. skal jeg også have en jordemoderaftale hos kommunen?
Ida
""")

M("", """
hvordan registrerer man medmoderskab? er det hos kommunen eller familieretshuset?
""")

M("b", """
hej jeg er aktiv i Extinction Rebellion og vil søge om at demonstrere foran rådhuset d 20. hvordan?
""")

M("", """
skal man søge om tilladelse til at demonstrere på rådhuspladsen?
""")

M("eu", """
er arbejdsløs og har været i HK i 12 år. de siger mine dagpenge udløber i august. hvad så
""")

M("", """
hvor lang er dagpengeperioden nu? er den blevet ændret?
""")

M("h", """
ja det er fint, men jeg er lidt dårlig til fods efter min knæoperation så helst i stueetagen
""")

M("", """
ja det er fint med mødet i stueetagen. vi ses kl 10
""")

M("t", """
min kæreste er pakistaner og hans mor kommer på besøg. skal hun have visum
""")

M("", """
hvordan søger man visum til familie fra Pakistan, er det kommunen?
""")
