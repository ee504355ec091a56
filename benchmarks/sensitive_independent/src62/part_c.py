"""Part C: partners, families and faith, told the way learners and texters write."""
from common import M

M("s", """
hej jeg og min mand Karim vil gerne være plejefamilie. vi er to mænd er det et problem for kommunen? hilsen Youssef
""")

M("b", """
Kære skoleleder. Min søn Omar fast i ramadan denne år, han er 12. Han vil ikke spise i frokostpause men sidde med vennerne. Er det okay? Mor til Omar 5.c
""")

M("sbt", """
Hello, my name is Mark and my husband Ramon and I are from the Philippines, we are both catholic and want to baptise our adopted daughter in a church. Do we need papers from the kommune for her name? Thank you!
""")

M("be", """
hej jeg går med tørklæde og på mit praktiksted siger leder at jeg skal tage det af når jeg står i kassen. må han det? jeg er i praktik fra jobcenter. Hilsen Hanan
""")

M("", """
Hej, hvornår er der Eid-fest i Ishøj Kulturhus i år? Kan alle komme? Tak
""")

M("s", """
Kære borgerrådgiver

Jeg er lesbisk og bor med min kone Ewa. På vores søns børnehave skriver de altid "til mor og far" på sedler og en pædagog spurgte hvem er "rigtig mor". Det er ikke rart. Kan kommunen lære personalet om regnbuefamilier?

Venlig hilsen
Katarzyna
""")

M("b", """
min mor er 80 og er buddhist og hun vil gerne til templet i Vesterbro hver søndag. kan flextur køre hende? hun kan ikke gå til bus mere. hilsen Sunisa (datter)
""")

M("b", """
Til byrådsmedlem for Socialdemokratiet

Jeg er selv medlem af partiet i 30 år og jeg er skuffet over at I stemte for lukning af biblioteket i Vejleå. Jeg vil gerne tale med dig før næste generalforsamling.

Mvh Jørgen
""")

M("", """
hej jeg vil gerne vide hvorfor moskeen på Industrivej ikke har p-plads om fredagen. alle holder på fortovet. kan kommunen lave skilte?
""")

M("s", """
hej jeg er bøsse og min kæreste og jeg bliver råbt efter i Ishøj Bycenter når vi holder hånd. vagterne gør ikke noget. kan borgmesteren tale med centret? /Mads
""")

M("bt", """
Hej. Vi er fra Etiopien og jeg er ortodoks kristen. Vi faster 55 dage før påske, ingen kød og mælk. Min datter i vuggestue skal have mad uden kød og mælk i den tid. Kan I det? Mvh Meron
""")

M("sb", """
Kære Ishøj Kommune, vi er to kvinder der skal giftes i Ishøj Kirke i september, og vi vil gerne bruge parken bag kirken til fotos bagefter. Skal vi søge tilladelse? Hilsen Lærke og Nadia
""")

M("b", """
Hej jeg er muslim og jeg beder 5 gange om dagen. På sprogskolen har de ikke et rum. Må jeg bede i et tomt klasselokale i frokost? Det tager 5 minutter. Hilsen Abdullahi
""")

M("", """
Hej, må man have tørklæde på i svømmehallen i Ishøj? min veninde spørger. tak
""")

M("b", """
Kære Kultur- og Fritidsudvalget

Vi er en familie som er Jehovas Vidner og vi vil gerne låne et lokale på biblioteket til et foredrag om familieliv. Vi har fået nej. Hvorfor? Andre foreninger får lov.

Med venlig hilsen
Grzegorz og Maria
""")

M("s", """
hi! me and my boyfriend (I'm a guy 😅) just moved to Ishøj and we want to sign up for the tennis club in the kommune hall. Is there a couples price? cheers, Tomás
""")

M("b", """
hej vores datter skal konfirmeres i maj og vi vil gerne låne Vejleå Parken til fest. hvem spørger vi? kh Trine
""")

M("s", """
Goddag

Min søn (17 år) har fortalt os at han er homoseksuel. Vi er ikke vant til det i vores familie og vi ved ikke hvordan vi skal hjælpe ham. Har kommunen nogen man kan tale med? 

Venlig hilsen hans far
""")

M("b", """
jeg er ateist og jeg vil ikke at min søn skal synge salmer i skolen til jul i kirken. lærer siger det er tradition. kan han blive på skolen? /Henrik
""")

M("", """
Hej. Er der jule-gudstjeneste for skolebørn i år? Hvilken dato? Vi vil planlægge fri fra arbejde. Mvh
""")

M("sbe", """
As-salamu alaykum. Jeg skriver for min fætter, han kan ikke skrive dansk. Han er homo og muslim og hans familie har smidt ham ud. Han sover hos mig nu. Er der et sted han kan bo og tale med nogen som forstår begge ting?
""")

M("b", """
Til borgmesteren

Jeg har stemt på Dansk Folkeparti i 20 år men nu stemmer jeg ikke mere på jer i Ishøj, fordi I ikke holder jeres løfter om ældreplejen. Det vil jeg bare sige.

Preben
""")

M("s", """
hej min kone og jeg (vi er to kvinder) har en søn på 4 og vi vil gerne have at han kommer i samme børnehave som hans kusine i Torslunde. hvordan søger man skift?
""")

M("b", """
Hej. Min søn Ibrahim må kun spise halal kød. I børnehaven fik han frikadeller med svin i går. Han sagde til pædagog, hun sagde "det er bare oksekød". Det er ikke okay. Hilsen Fatima
""")

M("", """
Hej. Hvor mange moskéer og kirker er der i Ishøj? Vi laver projekt i klassen om religion. Tak, 6.a
""")

M("se", """
Hej borgerrådgiver, jeg er biseksuel og min sagsbehandler i jobcentret spurgte om min "kæreste" er en mand eller kvinde og grinede. Det var mærkeligt. Skal jeg klage?
""")

M("b", """
Kære Vejleåskolen. Vi er sikh og vores søn Harjot har patka (lille turban). En dreng tog den af ham i frikvarteret og smed den. Vi vil have møde med skolen. Venlig hilsen Gurpreet Singh
""")

M("s", """
Til Center for Børn og Forebyggelse

Vi er to fædre, Jakob og Peter, og vi har fået vores datter ved rugemor i USA. Hun skal have plads i vuggestue fra januar. Skal vi sende andre papirer end andre familier? 

Venlig hilsen
Jakob Holm
""")

M("b", """
hej det er Fr. Thomas. jeg er katolsk præst i Ishøj og Vallensbæk for de polske familier. kan vi låne Ishøj Skoles gymnastiksal til julekoncert for børnene? venlig hilsen
""")

M("", """
Hej. Jeg er kirkesanger i Torslunde Kirke og vil spørge om vejen til kirken bliver ryddet for sne i weekenden. Der er bryllup lørdag. Vh Bodil
""")

M("sb", """
Kære Lokaludvalg, jeg er præst i Ishøj Sogn og jeg lever med min mand Søren i præsteboligen. Vi vil gerne holde en regnbuegudstjeneste i juni og spørger om vi må hænge flag på broen. Venlig hilsen Anders Berg
""")

M("b", """
hej. min mand og jeg er medlem af Enhedslisten og vi vil gerne høre om vi må sætte plakater på lygtepæle før valget uden tilladelse? hvor mange dage før?
""")

M("", """
hej hvornår skal plakater til kommunalvalg ned igen? der er stadig mange på Ishøj Strandvej
""")

M("s", """
Goddag. Jeg er mand og jeg bor sammen med min mand Henrik i ældrebolig... nej undskyld, vi bor i almindelig lejlighed. Vi vil gerne vide om vi to kan være sammen på samme plejehjem senere, hvis det bliver nødvendigt. Bare et spørgsmål. Mvh Poul
""")

M("b", """
Hej, jeg hedder Rahel og jeg går i den ortodokse kirke på Amager hver søndag. Bussen kører ikke tidligt nok fra Ishøj om søndagen. Kan kommunen tale med Movia?
""")

M("bt", """
Kære borgmester. Jeg er jøde og jeg bor i Ishøj i 40 år. Nu har nogen malet hagekors på min postkasse. Politiet er kontaktet. Jeg vil bare have at kommunen ved det. Med venlig hilsen Ruth Melchior
""")

M("s", """
hej er der nogen LGBT-gruppe for unge i ishøj? jeg er 16 og trans... nej jeg mener jeg er lesbisk og har ingen at snakke med. skriv til denne mail please ikke til mine forældre
""")

M("b", """
Hej. Jeg beder om at få min datter fritaget for kristendomskundskab fordi vi er muslimer. Hvad skal jeg skrive? Hun går i 4.b på Gildbroskolen. Hilsen Nadia Khan
""")

M("", """
hej hvornår er Pride i Ishøj? er kommunen med? vil gerne hjælpe som frivillig
""")

M("bt", """
hello, i am buddhist monk from Thailand, living at the temple in Ishøj. We want to make a small procession on Vesak day on the path by the lake. Do we need permission? Phra Somchai
""")

M("s", """
Hej! Min mand Ali og jeg (Dennis) søger om at blive aflastningsfamilie. Er det muligt for et homopar? Vi har en stor have. Hilsen
""")

M("b", """
til udvalgsformand: jeg er veganer af etiske grunde og min datter vil også være det. i skolens madordning er der ingen vegansk mad. kan I lave det? mvh Signe
""")

M("sb", """
Hej. Jeg er kvinde og min kone og jeg er begge muslimer. Vi får ikke lov at leje moskeens lokale til vores barns navnefest, siger de. Kan kommunen hjælpe med et andet lokale? Mvh Leyla
""")

M("b", """
Hej jeg er humanist og vil gerne holde nonfirmation for min søn Oskar i medborgerhuset i april. hvordan booker man? tak Mikkel
""")

M("", """
Hej. Kan man leje festsalen på rådhuset til konfirmationer? Hvad koster det? Mvh
""")

M("se", """
Hej borgerrådgiver. Min ex-mand siger i samværssagen at børnene ikke må være hos mig fordi jeg bor med en kvinde nu. Er det lovligt? Hilsen Sanne
""")
