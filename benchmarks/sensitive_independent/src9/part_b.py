"""corpus9 part b: young people and busy parents writing fast on a phone.
Lower-case, slang, abbreviations, missing punctuation, typos."""
from common import M

M("", """
hej hvad er indkomstgrænsen for friplads til sfo i år?? kan ik finde det på
hjemmesiden, den gamle side siger 2023
mvh camilla
""")

M("", """
hvornår åbner skøjtebanen ved bycentret?? vil gerne ha ungerne med i weekenden
""")

M("s", """
hej jeg er 17 og bi og vil gerne vide om ungdomsklubben har noget for lgbt unge..
tør ik sige det til mine forældre så pls send ik noget hjem med posten
""")

M("h", """
min søn har adhd og får medikinet men skolen vil ik give ham pillen kl 12 fordi
"det er ikke vores opgave". hvem skal jeg snakke med?? han er helt væk om
eftermiddagen uden
/ sanne (mor til william 3.b)
""")

M("", """
yo hvor kan man spille padel i ishøj og hvad koster det
""")

M("e", """
hej jeg har fået brev om at min uddannelseshjælp stopper 1 maj?? har ik fået noget at
vide af min sagsbehandler. hvad gør jeg nu, har husleje d 1.
cpr [[0304025234]]
mvh mathias
""")

M("s", """
hej! min kæreste og jeg (vi er begge piger) vil gerne leje festlokalet i
ishøj landsby til vores 1 års dag, er det ledigt 14 juni? og må man ha dj
/ freja
""")

M("", """
min kæreste og jeg skal flytte sammen og vil gerne i en af de nye lejligheder
ved strandparken, hvordan skriver man sig op og er der lang venteliste
""")

M("h", """
hej jeg er gravid i uge 30 og har fået slem bækkenløsning, kan jeg få flextrafik
til jordemoderen i sundhedshuset?? kan ik gå til bussen mere
""")

M("e", """
min eks vil ik lade mig se min datter. vi har en samværsaftale fra
familieretshuset men han dukker bare ik op med hende. kan kommunen gøre noget
eller er det kun politiet
""")

M("t", """
de kaldte min lillebror "sorte abe" i skolegården på vejleåskolen og lærerne
gjorde INGENTING. vi er fra somalia men han er født her og har aldrig været der.
jeg vil ha et møde med skolelederen
""")

M("", """
bliver skraldet hentet på fredag pga helligdag eller hvad
""")

M("b", """
hej jeg er muslim og holder ramadan sammen med min søn på 12, kan han få lov til
at slippe for udholdenhedsløb i idræt i den periode? han bliver svimmel
mvh hodan
""")

M("u", """
hej jeg er lige blevet tømrerlærling og har meldt mig i 3F, men min mester siger
at "hos ham er man ikk organiseret". er det lovligt at han siger det?? vil ik miste
min læreplads
""")

M("", """
hvordan får man nyt sundhedskort, har tabt min pung i bussen
""")

M("he", """
har været sygemeldt med stress i 3 mdr og nu siger jobcenteret at mine sygedagpenge
stopper fordi jeg ik er "i gang med noget". jeg kan ik engang komme ud af sengen
nogle dage. hvem kan jeg klage til
""")

M("p", """
vi har lige givet bud på et rækkehus på vildtbanevej men mægleren siger der er en
anden køber på. ved i om der kommer ny lokalplan derude?? vil ik købe og så få
en motorvej i baghaven lol
""")

M("", """
hvorfor er der ik lys på stien rundt om ishøj sø?? er bange for at gå hjem fra
træning om vinteren
""")

M("", """
hej skal bruge en bekræftelse på at min datter er indskrevet på ffo til
feriepasning uge 28
Alma Kjærgaard [[150716-4412]]
thx
""")

M("e", """
jeg er 19 og har sovet på min kammerats sofa siden min mor smed mig ud i
januar. har ingen adresse. kan kommunen hjælpe mig med et værelse eller noget
""")

M("", """
hvad er reglerne for kontanthjælp hvis man flytter hjemmefra som 18 årig? spørger
til et skoleprojekt i samfundsfag
""")

M("s", """
min far og hans mand skal giftes på rådhuset i juni, kan man booke haven bagefter
til billeder? de vil ha det som en overraskelse så ring ik til dem
""")

M("h", """
min mor har drukket rigtig meget siden corona og det er blevet værre. hun vil ik i
behandling og jeg er 16 og ved ik hvad jeg skal gøre. er der nogen jeg kan
snakke med uden hun finder ud af det
""")

M("b", """
har stemt enhedslisten hele mit liv (ok 2 valg lol) men nu er jeg seriøst træt af at
i lukker natbussen. hvordan skal vi unge komme hjem fra byen
""")

M("", """
kan man få praktik på rådhuset i 9 klasse? vil gerne prøve at være jurist eller
noget
""")

M("te", """
hej vi er fra eritrea og min mor får kontanthjælp og hun siger vi ik har råd til at
jeg tager med på lejrskole til bornholm. er der nogen tilskud?? alle mine venner
skal med
""")

M("h", """
jeg har type 1 diabetes og min insulinpumpe er gået i stykker, lægen siger jeg skal
søge om en ny hos jer?? hvor lang tid tager det, har kun pen nu
""")

M("", """
er det rigtigt at i vil lukke ungdomsskolens knallertkursus?? det er sygt dårligt
""")

M("u", """
min mor er i FOA og spørger om fagforeningen kan hjælpe hende med en klage over
vagtplanen på plejehjemmet, hun skal arbejde 3 weekender i træk. skal hun skrive
til jer eller til dem
""")

M("p", """
mine forældre skal sælge lejligheden og flytte til jylland, men køberen er sprunget
fra i sidste øjeblik så nu ved vi ik hvornår vi flytter. kan jeg blive i klassen
til sommer selvom vi måske er flyttet?
""")

M("", """
hvordan melder man flytning? og hvad koster et nyt pas til en på 15
""")

M("h", """
hej mit barn skal ha tjek hos sundhedsplejen for sin astma, den er blevet meget
værre efter vi fik nyt tæppe. kan i ringe mig
Noah Hansen [[240919–4021]]
""")

M("", """
min kæreste arbejder som fængselsbetjent og har nattevagter, kan vi få en
vuggestue med længere åbningstid? han møder 6.30
""")

M("", """
hvilke fagforeninger kommer på uddannelsesmessen i hallen? vil gerne snakke med
nogen om at blive elektriker
""")

M("t", """
jeg er halv dansk halv filippinsk og bliver hele tiden spurgt af pædagogerne i
klubben om jeg er "adopteret". det er så irriterende og de gør det foran alle
""")

M("", """
kan man få fritagelse for terminsprøven hvis man er udtaget til
landsholdssamling i håndbold?? samme uge
""")

M("", """
hvor lang ventetid er der på vuggestue i ishøj lige nu? har termin i oktober
""")

M("s", """
jeg er asexual og en lærer har sagt til mig foran klassen at det "bare er en fase".
er det ok at en lærer siger sådan?? vil klage men anonymt
""")

M("b", """
jeg er konverteret til islam for et år siden og vil gerne vide om kommunens
ungdomsklub kan lave halal mad til sommerturen. min mor er ik så glad for det
men det er mit valg
""")

M("e", """
hej jeg skylder penge til kommunen for sfo og har fået brev om at det går til
inkasso?? kan jeg lave en afdragsordning, 500 om mdr
cpr: [[111198 2314]]
""")

M("", """
hvornår er der fodboldskole i sommerferien og hvad koster det
""")

M("hu", """
er sosu elev og i FOA, fik et hold i ryggen da jeg løftede en borger alene, lægen
siger diskusprolaps. er det en arbejdsskade?? min vejleder siger nej
""")

M("", """
er det gratis at parkere ved strandparken om sommeren eller skal man ha app
""")

M("h", """
min lillesøster har anoreksi og er indlagt på psyk i glostrup, og hendes lærer
spørger hele tiden hvornår hun kommer tilbage. må skolen få at vide hvad hun fejler
eller bestemmer vi det selv
""")

M("", """
min mor er jordemoder og kører rundt på hjemmebesøg, kan hun få lov at parkere ved
sundhedshuset uden at betale
""")

M("", """
vi skal flytte til hvidovre, hvordan opsiger man sin lejlighed i vejleåparken og
skal man male selv??
""")

M("tb", """
jeg er kurder og alevit og folk i klubben tror altid jeg er sunni og spørger hvorfor
jeg ik faster. kan klubben ik lave noget om forskellige religioner så folk ved det
""")

M("", """
kan man låne cykler gratis i kommunen? så en reklame på insta
""")

M("e", """
min søn oliver [[020311\u00a04137]] er blevet anbragt hos en plejefamilie i
køge og jeg vil klage. jeg har fået nyt job og er stoppet med at feste. hvem
skriver jeg til
""")

M("h", """
min kæreste har fået en spontan abort i uge 11 og har det rigtig skidt, kan hun få
psykolog gennem kommunen eller skal det gennem lægen
""")

M("", """
har i en app hvor man kan melde huller i vejen? der er et kæmpe hul på
ishøj strandvej ved rundkørslen
""")

M("u", """
hej jeg er tillidsrepræsentant for HK i Netto i bycentret og vi vil lave en lille
event for de unge ansatte om rettigheder. kan vi låne et lokale på biblioteket?
/ rasmus
""")

M("s", """
jeg er pan og min kæreste er en pige og min mor siger jeg bare skal "vælge". er
der nogen i kommunen man kan snakke med om sådan noget? er 15
""")

M("s", """
min storebror er lige sprunget ud som gay og min far er helt vild. han er 18 og
bor stadig hjemme. hvis han bliver smidt ud hvor kan han så bo
""")

M("p", """
mine forældre prøver at købe en andelslejlighed i ishøj strandpark men
foreningen har ik godkendt dem endnu, så vi ved ik om jeg skal skifte skole.
hvornår skal man senest melde skoleskift?
""")

M("", """
hej hvornår er der åbent i svømmehallen i vinterferien, er der lukket om
mandagen?
""")

M("u", """
er medlem af HK ungdom og vi vil gerne stå med en stand ved ungdomsskolens
åbent hus. hvem skal vi spørge
""")

M("s", """
hej min kæreste thomas og jeg er begge fyre og vil gerne være aflastningsfamilie
for et barn. kan to mænd godt det i ishøj eller skal man være gift?
/ sebastian [[061296\u00a01173]]
""")

M("b", """
hej jeg er formand for DSU ishøj og vi vil gerne invitere borgmesteren til debat om
ungdomsboliger i oktober. hvem skal jeg skrive til for at booke hende
""")
