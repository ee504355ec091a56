"""Part A: citizens writing Danish as a second language (mostly positives)."""
from common import M

M("eh", """
Hej kommune

Mig hedder Rasha Haddad, jeg bor i Vildtbanegårdsvej 14, 2. th. Jeg har fået brev om mit kontanthjælp stop fordi jeg ikke komme til møde. Men jeg var på hospital, Hvidovre, for min ryg, operation. Jeg har papir fra læge. Please hvad skal jeg gøre nu?

Mit cpr [[120485-2316]]

Venlig hilsen
Rasha
""")

M("tb", """
Goddag byrådsmedlem

Jeg er kommet fra Afghanistan i 2016 og jeg er muslim. Min datter vil gå med tørklæde i svømning i skolen og lærer siger nej. Hvorfor? Det er vores tro. Vi vil gerne svømme, bare med lang tøj. Kan du hjælpe med spørgsmål til skolen?

Mange tak
Farid Noorzai
""")

M("e", """
Dear sir/madam, undskyld mit dansk ikke så godt. Jeg har husleje restance 3 måned, udlejer siger jeg skal ud 1. juni. Jeg har ikke penge fordi job stoppet. Kan kommune hjælpe med lån eller noget? Tak. Ionut Popescu, tlf 52 81 90 33
""")

M("eht", """
Til Borgerservice

Jeg skriver for min mor, hun er 71 år og hun taler kun tyrkisk. Vi er fra Tyrkiet, kurdisk familie. Hun har sukkersyge og kan ikke gå godt, hun får hjemmehjælp to gange om ugen men hjemmehjælperen kommer ofte ikke. Min mor er meget ked af det. Hendes cpr-nr er [[030653 1128]].

Jeg har fuldmagt fra hende.

Med venlig hilsen
Zeynep Aksoy
""")

M("u", """
hej, jeg er Tomasz, jeg arbejde på lager i Brøndby. Jeg er medlem af 3F siden 2019. Min tillidsmand siger jeg skal spørg kommune om tilskud til kursus truckcertifikat. Er det rigtigt? Tak
""")

M("te", """
Hej

Vi er en familie fra Syrien, vi har kommet som flygtning i 2015. Nu min mand har fået job og vi skal betale tilbage boligstøtte 8.400 kr fordi vi fik for meget. Vi forstår ikke brevet. Kan nogen forklare på enkelt dansk eller arabisk?

Hilsen Amal Khatib
Ishøj Strandvej 60, st. tv.
""")

M("h", """
Godt dag. Jeg er gravid i 7 måned og jeg har brug for at vide om sundhedsplejerske kan komme hjem til mig efter fødsel, jeg forstår ikke så godt dansk med telefon. Mit navn er Mai Nguyen. Tak for hjælpe.
""")

M("b", """
Hej Borgmester

Jeg er sikh og bærer turban. På jobmesse i hallen i går en mand fra kommunen sagde jeg skal tage den af for foto til badge. Det kan jeg ikke, det er min religion. Jeg synes det var ikke ok. Bare så I ved.

Gurpreet Singh
""")

M("eht", """
hallo, ich meine hej. min mand er tysk og jeg er dansk men vi bor i Ishøj nu. Han er blevet syg med kræft og kan ikke arbejde. Han har aldrig fået sygedagpenge i Danmark før, han arbejdede i Flensburg. Hvem skal vi kontakte? Ulrike og Jens Bock
""")

M("t", """
Hej,

jeg hedder Olena og jeg er ukrainsk, flygtet fra Kharkiv med mine to børn. Jeg vil gerne starte på dansk uddannelse, modul 3. Hvor skal jeg skrive? Min sønn spørger også om fodbold klub.

Olena Kovalenko
""")

M("eb", """
Hej

Jeg er muslim og jeg beder fem gange om dagen. På min praktik som jobcentret har sendt mig til, lederen siger ingen pause til bøn. Min sagsbehandler i jobcentret siger jeg skal bare acceptere. Er det korrekt dansk lov?

Med venlig hilsen
Abdirahman Yusuf
""")

M("st", """
Hej, jeg er Marco fra Italien, jeg bor med min mand Søren i Ishøj Landsby. Vi vil gerne gifte os i rådhuset i september. Hvad papir skal jeg have fra Italien? Grazie!
""")

M("eu", """
Til kommunen

Jeg har været medlem i FOA i 6 år, jeg arbejde på plejehjem som social og sundhedshjælper. Nu jeg er fyret og FOA siger jeg skal melde ledig hos jobcenter i dag. Jeg gør det men systemet på nettet virker ikke med mit MitID. Hvad gør jeg?

Venlig hilsen
Grace Mensah
cpr [[170990–2044]]
""")

M("h", """
hej jeg har depression og tager medicin sertralin. min læge siger jeg skal tale med psykolog men ventetid er lang. kommune har gratis psykolog for unge? jeg er 22. Hilsen Yasmin
""")

M("te", """
Goddag,

Jeg er polsk og bor i Danmark 4 år. Jeg mistede mit arbejde i januar og jeg har ikke a-kasse. Jeg søger kontanthjælp men kommune siger jeg skal vise dokumenter fra Polen om min indtægt. Det tager lang tid. Hvad kan jeg leve af imens?

Med venlig hilsen
Katarzyna Nowak
personnummer [[051188-2640]]
""")

M("b", """
Hej, mein name ist Dieter. Jeg er katolik og går i kirke i Taastrup. Vi vil lave en lille procession på Corpus Christi fra kirken til parken ved Strandgårdskirken, kan vi få tilladelse? Danke.
""")

M("et", """
Kære rådgiver

Min søn på 16 år er meget tit i problem med politi. Socialrådgiver har lavet underretning og nu møde på fredag. Vi er somalisk familie og jeg føler de ser på os som dårlig forældre kun fordi vi er sort. Jeg vil have tolk til mødet, somali. Kan I sørge for det?

Hodan Ali
""")

M("h", """
Hej. My father is in hospital Glostrup after stroke (blodprop i hjernen). He lives alone in Ishøj. When he come home, can he get help? I live in London. Best regards, Peter Lindholm Jr.
""")

M("bt", """
Til byrådet

Vi er en jødisk familie, min mand og jeg, og vi har to børn i Gildbro Skole. Til jul skal alle børn i kirke. Vi vil ikke tvinge, men vi vil gerne have alternativ for vores børn. Hvem skal vi tale med?

Shoshana Levin
""")

M("eht", """
Hej

Jeg har fået førtidspension fordi jeg har PTSD fra krig i Bosnien, jeg kom som flygtning i 1994. Nu kommune vil se på min sag igen? Jeg har fået brev. Jeg er bange. Jeg forstår ikke hvorfor, det er ikke blevet bedre.

Emir Hadžić
[[220367 1305]]
""")

M("u", """
Hej jeg hedder Carlos, jeg er tillidsrepræsentant for HK på kontoret hvor jeg arbejde. Nogle kolleger vil gerne lære dansk efter arbejde. Har kommune sprogskole om aftenen? Muchas gracias.
""")

M("e", """
Hej, my name is Priya. I was approved for friplads for my son in daycare but now new letter say I must pay full. My income is same. Why? Please answer in English if possible. Priya Raman, Ishøj Centervej 8
""")

M("t", """
Hej Ishøj Kommune. Jeg er rom, min familie er rom fra Rumænien. I sommer vi bo i campingvogn ved Ishøj Strand og vagter siger vi skal væk fordi vi er "sigøjnere". Det er ikke fair at snakke sådan. Vi har betalt plads. Florin
""")

M("ehb", """
Hej

Jeg hedder Mariam, jeg er 58 år. Jeg har gigt i hænder og kan ikke arbejde som rengøring mere. Jeg er på sygedagpenge nu i 5 måned. Jobcentret vil sende mig i praktik i butik men lørdag er jeg i kirken, jeg er syvende dags adventist. Kan praktik være mandag til fredag?

Mariam Tesfaye
[[140266-1852]]
""")

M("st", """
hej det er Tobi, jeg er fra Nigeria og jeg er gay. I mit land det er farligt. Nu i Danmark jeg vil gerne finde en gruppe for LGBT folk fra Afrika. Har kommune en liste? thanks
""")

M("et", """
Goddag

Jeg og min kone kom fra Eritrea. Vores boligsag: vi bor 6 mennesker i 2 værelser. Vi har skrevet til boligselskab men de siger ventetid 8 år. Jeg får kontanthjælp. Kan kommune hjælpe med større bolig?

Med venlige hilsener
Yonas Gebre
""")

M("h", """
Til Sundhedsplejen

Mein Sohn, Luka 4 år, han snakker ikke mange ord. Børnehave siger måske autisme. Vi vil gerne have test. Hvor lang tid tager det? Wir sind sehr besorgt.

Anja Petrović
""")

M("et", """
hej jeg er studerende fra Litauen og jeg har fået SU men jeg har også gæld til kommune for daginstitution fra sidste år, 6.200 kr. Kan jeg betale i rater 500 kr om måned? Min kundenummer er 40021187. tak Rūta
""")

M("tbe", """
Kære Borgerrådgiver

Jeg vil klage over min sagsbehandler i Ydelsescentret. Hun sagde til mig "I arabere vil altid have penge" da jeg spurgte om enkeltydelse til briller. Jeg er palæstinenser og muslim, og hun sagde også noget om Ramadan og at jeg ikke kan arbejde når jeg faste. Det var meget ydmygende.

Med venlig hilsen
Khaled Saleh
cpr nr. [[090779-1457]]
""")

M("t", """
Hej. Jeg er grønlænder og flyttet til Ishøj i år. I Nuuk havde jeg sagsbehandler for min lejlighed. Her jeg ved ikke hvor jeg skal gå. Kan I fortælle mig hvor borgerservice er og hvornår åbent? Qujanaq. Ivalu
""")

M("eh", """
Hej kommune, jeg hedder Bogdan. Jeg faldt fra stillads på arbejde og brækkede ben, det er arbejdsskade. Arbejdsgiver siger han betaler ikke løn, jeg skal søge kommune. Jeg har ingen penge til husleje i juni. Cpr: [[1103853317]]. Hjælp mig please.
""")

M("b", """
Til udvalgsformand

Jeg er hindu og vi fejrer Diwali i november. Må vi tænde små lys (diyas) på altanen i boligområdet? Viceværten siger det er brandfare. Jeg spørger kommune om regler for det.

Venlig hilsen
Ravi Sharma
""")

M("eut", """
Hej jeg er elektriker fra Letland og medlem af Dansk El-Forbund. Jeg blev afskediget fra firma i Vallensbæk og har nu meldt mig ledig. Jobcentret har indkaldt mig til samtale 3. marts men jeg skal til Riga til min bedstemors begravelse. Kan vi flytte? Andris Ozols
""")

M("st", """
Hej

Jeg er Ana, fra Brasilien. Min kone Júlia og jeg vil gerne være "plejefamilie" men vi er lesbisk par. Er det muligt i Danmark? Vi har læst at ja, men vi vil spørge.

Obrigada, Ana Souza
""")

M("eht", """
Hej

Min svigermor er 82 og hun kom fra Pakistan i 1975. Hun har demens nu og siger kun punjabi. På plejecentret ingen taler med hende. Kan hun få plads på et andet plejecenter hvor er flere fra Pakistan eller tolk? Hendes cpr [[150142\u00a01602]].

Tariq Mahmood
""")

M("", """
Hej, jeg er ny i Danmark. Hvordan får jeg gult sundhedskort? Skal jeg bestille tid i borgerservice eller kan jeg gå ind? Thank you.
""")

M("", """
Goddag. Jeg vil spørge om kommune har danskundervisning for voksne om lørdagen. Jeg arbejder alle hverdage. Venlig hilsen, Lena
""")

M("", """
Hello, sorry for English. Where can I throw old sofa? Is there pickup for big trash (storskrald) in Ishøj? My address Søndergade 3. Thanks
""")

M("", """
Hej kommune

Jeg har fået brev fra jer med journalnummer 27.15.02-G01-118-24. Jeg forstår ikke hvad det er. Det er om vejarbejde foran mit hus? Kan nogen ringe til mig på 22 71 84 05?

Mvh Nguyen Van Long
""")

M("", """
hej, hvornår er moskeen i Ishøj åben for besøg for skoleklasser? Min nabos barn skal lave projekt om religioner og hun spurgte mig. tak
""")

M("", """
Guten Tag, ich bin Tourist. Er der offentlig toilet ved Ishøj Strand om vinteren? Danke schön, Frau Meier
""")

M("", """
Hej. Jeg har en bil med tyske nummerplader og jeg flytter til Ishøj. Hvor lang tid må jeg køre med dem? Er det kommune eller Motorstyrelsen jeg skal spørge? Kind regards, Lukas
""")

M("", """
Kære kommune, I har skrevet at tolk koster penge fra 2026. Gælder det også for forældremøde i skole? Jeg synes det er ikke godt for de forældre som ikke taler dansk. Hilsen en bekymret borger
""")

M("", """
Hej jeg vil gerne vide hvordan man bliver tolk for kommunen. Jeg taler dari, pashto og dansk. Jeg har ikke uddannelse som tolk men erfaring. Med venlig hilsen Sahar
""")

M("", """
Hello, I have a question about garbage sorting. What is "mad- og drikkekartoner"? The yellow or the blue bin? My Danish neighbour also don't know haha. Regards
""")

M("", """
Hej. Jeg har mistet mit pas på bussen linje 300S. Er der hittegods i kommune eller hos Movia? Mit navn er Aleksandr. Tak!
""")

M("", """
Goddag, jeg skriver fra Ishøj Kunstforening. Vi vil gerne låne et lokale på biblioteket til en udstilling med børnetegninger i maj. Hvem skal vi kontakte? Venlig hilsen bestyrelsen
""")

M("", """
Hej, min ordrenummer er 1505901234 for en ny skraldespand. Den er ikke kommet endnu efter 3 uger. Kan I tjekke? tak Ahmed
""")
