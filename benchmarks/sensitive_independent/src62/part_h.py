"""Part H: SMS-style notes, mails written by a child or a neighbour, dictation slips."""
from common import M

M("p", """
hej vi har bud på lejlighed i Strandparken 1,9 mio sælger siger ja hvis vi svarer fredag. må vi sætte glas på altan??? vh Aram
""")

M("p", """
HEJ JEG SKRIVER FOR MIN FAR. HAN VIL SÆLGE SIT HUS PÅ VEJLEÅ PARKALLÉ OG FLYTTE TIL LEJLIGHED. MÆGLER SIGER KOMMUNEN SKAL GODKENDE TILBYGNING FØRST. HVOR LANG TID? KH ELIAS 12 ÅR
""")

M("s", """
hej er det ok at jeg tager min kæreste Oliver med til skolens julefest, jeg er også dreng. lærer siger spørg kommunen?? 🙈 /Noah 9.b
""")

M("h", """
hej min mormor har ondt i hjertet og skal på hospital i morgen. jeg skriver for hende. hun kan ikke komme til tandlæge onsdag hos jer. kh Leila 11 år
""")

M("p", """
hello!! we are buying flat in Ishøj, the seller accepted our offer but we still wait for the bank. is there a plan for new school near Ishøj Søpark? thank u 🙏 Priya
""")

M("sp", """
Hej. Min mand Lasse og jeg (Simon) har fundet et hus i Torslunde og givet bud. Ejendomsmægleren siger der er en sag om en ulovlig skur. Kan vi se sagen før vi køber?
""")

M("b", """
jeg går i moske hver fredag og nu har i lukket p plads ved industrivej. hvor skal jeg parkere kl 12? jeg har dårligt ben ... nej ikke dårligt ben, bare langt at gå
""")

M("t", """
hej jeg skriver for naboen Mr. Tesfaye han er fra Etiopien og kan ikke skrive dansk. hans bil er blevet ridset med ordet "neger". han vil gerne at kommunen sætter kamera på p pladsen. hilsen Jette
""")

M("p", """
Hej igen igen 😅 Køberen af vores kolonihavehus har trukket sig fordi hegnet ikke er godkendt. Nu skal vi finde en ny køber. Kan I sige hvad der er galt med hegnet? Have nr. 112. Kh Gülsüm
""")

M("s", """
Min søster er lesbisk og hun vil ikke selv skrive. Hun bliver chikaneret af naboerne i opgang 7 fordi hun bor med sin kæreste Tina. De skriver ting på døren. Hvem kan vi ringe til? Hilsen bror
""")

M("u", """
hej jeg er i FOA. kan jeg få fri fra jobbet på plejehjemmet for at være med i borgerpanelet? min leder ved ikke. Lourdes
""")

M("h", """
hej dikteret mens jeg kører. min datter har spist nødder i skolens køkken og fik allergisk chok i går. hun var på skadestuen. hvorfor var der nødder? hun har allergi og det står i hendes papirer. Mvh far til Zehra
""")

M("p", """
hej vi har forkøbsret på ejendommen ved siden af vores butik og ejeren vil sælge til anden. kan kommunen sige noget om hvad bygningen må bruges til? vi skal svare inden 14 dage. mvh Butik Alanya v/ Hasan
""")

M("sb", """
Kære Vejleåskolen, vores søn skal konfirmeres i Ishøj Kirke til maj og vi (to mødre) vil gerne have fri til ham mandag efter. Er det ok? Kh Stine og Maj
""")

M("pe", """
hej jeg vil købe min mors andelslejlighed når hun flytter på plejehjem, men andelsforeningen siger der er venteliste. hvem bestemmer? Kommunen eller foreningen? Hun har ikke flyttet endnu. Mvh Camilla
""")

M("t", """
Hej. Min datter fik at vide af en pædagog at hun ikke må tale polsk med sin veninde i børnehaven. Vi er polske og taler polsk hjemme. Er det en regel? Hilsen Marta
""")

M("s", """
hey er der en gruppe i Ishøj for ældre homoseksuelle mænd? jeg er 71 og har været alene siden min mand døde. vil gerne møde nogen. Hilsen Kurt
""")

M("h", """
Hej borgmester. Jeg skriver for min bedstefar som har svært ved at se skærmen efter grå stær operation. Han vil gerne klage over at der ikke er bænk ved busstoppestedet. Han hedder Valdemar. Hilsen barnebarn Ida
""")

M("b", """
Hej, vi er nogle forældre fra Gildbroskolen. Vores børn spiser kun halal og vi vil spørge om madordningen kan have halal kylling en gang om ugen. Underskrevet: Aziza (mor til Imran 3.b) og Khadija (mor til Sami 3.c)
""")

M("p", """
Hej jeg er ved at købe Ishøj Pizza fra den gamle ejer inkl. bygningen. Vi har ikke skrevet under. Skal jeg søge ny tilladelse til udeservering eller følger den med? Mvh Kemal
""")

M("ste", """
Hej borgerrådgiver jeg skriver for min ven som er transkvinde... nej, hun er lesbisk og kommer fra Uganda. Hun er flygtning og bor på asylcenter men skal flytte til Ishøj. Hun er bange for at folk finder ud af det. Kan kommunen hjælpe hende med bolig sikkert?
""")

M("u", """
hej har været i Dansk Metal i 12 år og nu arbejder jeg i kommunens vejafdeling. kan jeg blive i Dansk Metal eller skal jeg skifte? hvem i kommunen ved det? Tobias
""")

M("p", """
Kære Økonomiudvalget. Vi er en lille forening der vil købe den gamle spejderhytte ved Ishøj Sø af kommunen. Vi har givet bud på 350.000 kr i januar men intet svar. Hvornår hører vi? Venlig hilsen formand Hakan
""")

M("h", """
Hej skolen. Min søn Jamal har fået briller og hørerapparat denne uge. Han er ked af det. Kan læreren passe på at drengene ikke driller? Mor Asha
""")

M("s", """
Kære Ishøj Bibliotek. Jeg er pan og non... undskyld, jeg er panseksuel, og jeg vil gerne lave en læsekreds for queer unge i Ishøj. Må vi bruge et lokale? Kh Alex
""")

M("bt", """
Hej. Vi er en jødisk familie og flytter til Ishøj. Vores søn går med kippa. Vi er bange for at han bliver drillet i skolen. Kan skolen tale med klassen før han starter? Hilsen Rebecca og Daniel Levin
""")

M("p", """
Hej hej. Vi har fået en køber til vores ejerlejlighed men han siger der står i papirerne at der er "påbud fra kommunen" om tagvinduer. Vi ved ikke noget. Kan I tjekke Ishøj Strandvej 41, 2. tv? Vh Anita
""")

M("ut", """
hello i am from Thailand, i work in restaurant kitchen and member of 3F. i need help because my boss keep my passport. who in kommune can help?? please answer fast. Nong
""")

M("s", """
hej det er min bror der har skrevet til jer i sidste uge om hans og hans mands lejlighed, det er mig der tager telefonen fordi han er på arbejde. kan I ringe efter kl 16? Ahmad (bror til Younes)
""")

M("p", """
Godaften. Vi ejer en grund i Ishøj Landsby og en nabo vil købe en del af den. Vi har ikke sagt ja endnu. Må man dele en grund? Hvad koster udstykning? Med venlig hilsen Lise og Frank
""")

M("b", """
Hej jeg er med i Radikale Venstre lokalt og vil spørge om vi må holde vælgermøde i biblioteket i april. Hvad koster det? Hilsen Gitte
""")

M("h", """
hej hjemmesygeplejersken kom ikke i går og min mor fik ikke sin sprøjte. hun har sukkersyge. hvem skal jeg ringe til om aftenen? Hilsen Dalia
""")

M("s", """
Hej, jeg hedder Kasper og min kæreste hedder Mikkel. Vi vil gerne holde vores bryllupsfest i Ishøj Strandpark. Må man det, og skal man betale? 🥂
""")

M("pe", """
Hej. Banken siger vores hus skal på tvangsauktion i juni. Vi har fundet en køber der vil give lidt mindre end gælden. Kan kommunen give dispensation for restancen på ejendomsskat så salget kan gå igennem? Vh Bettina
""")

M("u", """
hej dette er dikteret: jeg er medlem af Dansk Sygeplejerske råd og arbejder på sundhedshuset i Ishøj. parkeringspladsen er altid fuld af folk der går til bycentret. kan I sætte tidsbegrænsning op
""")

M("s", """
Hej Ishøj kommune. Min kone Ayşe og jeg, Zeynep, skal giftes på rådhuset i august. Kan vi få tid om lørdagen? Tak 💍
""")

M("h", """
Til borgmester. Min nabo hr. Olsen i nr. 5 har været indlagt i 3 uger og hans post fylder postkassen. Jeg vil bare sige det så nogen ved det. Hilsen Fatma (nr. 7)
""")

M("s", """
Hi, me and my husband (I'm Tom, he's Luis) want to send our son to Ishøj school from August. We live in Copenhagen now. How do we apply? cheers
""")

M("p", """
HASTER!! vi har købsaftale med advokatforbehold på hus Tranegilde og advokaten har fundet at carport er bygget uden tilladelse. sælger siger kommunen har godkendt det mundtligt. har I??? Wiktor
""")

M("e", """
hej jeg kan ikke betale regning for SFO og institution, jeg skylder 3 måneder. jeg er alene med børn. kan i give mig mere tid? Halimo
""")

M("", """
hej kan man få en ekstra skraldespand til pap? vi er mange i huset. tak
""")
