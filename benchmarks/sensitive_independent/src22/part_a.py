"""Part A: families and couples of every kind, partners named or pointed to, origin said in everyday words."""
from common import M

M("s", """
Hej Lone

Min mand Jesper og jeg vil gerne høre, om vi kan låne festsalen i Ishøj Medborgerhus til vores 10 års bryllupsdag i september. Vi er ca. 60 gæster.

Venlig hilsen
Thomas Brink
Vejleåvej 14, 2635 Ishøj
""")

M("sh", """
hej, jeg og min kone Sofie skal have vores første barn i marts og vi skal vide hvordan det er med medmor-erklæringen når man bor i ishøj? skal den sendes til jer eller til familieretshuset
mvh Line
""")

M("s", """
Til dagplejen

Vores datter Ella starter hos jer 1. august. Bare så I ved det når I laver navnesedler og sådan: hun har to fædre, Mikkel og mig, og hun kalder os far og papa. Det er vigtigt for os at det ikke bliver gjort til en stor ting.

Hilsen Rasmus Holt
""")

M("se", """
Kære byrådsmedlem

Jeg er 67 og har boet sammen med min veninde Grethe i 31 år. Ja, vi er kærester, det har vi altid været, men vi har aldrig sagt det højt her i opgangen. Nu skal Grethe på plejehjem og jeg er bange for at jeg ikke får lov at komme og gå som en ægtefælle ville. Hvem kan jeg tale med?

Hilsen Birthe
""")

M("s", """
Hej

Jeg er bøsse og bor alene i en toværelses på Gildbrohøj. Der bliver råbt ting efter mig på trappen næsten hver aften. Jeg har talt med boligforeningen men der sker intet. Kan kommunen gøre noget ved tryghed i området?

Mvh. Ahmad
""")

M("s", """
Hej med dig. Min kæreste Jonas og jeg flytter sammen i en lejlighed på Strandgårdsvej til december, og han vil gerne skifte læge så han har samme som mig. Hvordan gør man det i praksis?
/Oliver
""")

M("", """
Hej

Min kæreste og jeg flytter sammen i en lejlighed på Strandgårdsvej til december. Skal vi begge melde flytning hver for sig, eller kan den ene gøre det for os begge?

Mvh Kim
""")

M("", """
Hej, hvornår er der Pride-arrangement på biblioteket i år? Min søn vil gerne med i optoget.
""")

M("se", """
Hej Ishøj Kommune

Jeg er biseksuel og har lige fået en kæreste, som er en kvinde. Min ekskæreste (far til mine børn) truer med at bruge det imod mig i samværssagen. Kan jeg få en rådgivningssamtale hos jer?

Maria
""")

M("se", """
Til Familieafdelingen

Min tidligere mand og jeg blev skilt sidste år, efter at jeg fortalte ham at jeg er lesbisk. Nu bor jeg med min kæreste Camilla og drengene er hos os hver anden uge. Han vil ikke betale sin del af institutionen. Hvem afgør det?

Med venlig hilsen
Hanne Lykke
Ishøj Strandvej 88
""")

M("s", """
hey jeg er 16 og er lige sprunget ud som trans og pan over for mine venner men ikke min familie. er der en ungerådgivning i ishøj hvor man kan snakke anonymt?
""")

M("", """
Hej

Jeg ville bare høre om det er rigtigt at kommunen ikke længere støtter LGBT+-ungdomsklubben i Taastrup? Jeg synes det er en vigtig ting at have i nærheden.

Venlig hilsen
Peter
""")

M("s", """
Kære borgmester

Tak for flaget på rådhuset i Pride-ugen. For min mand Ali og mig betød det rigtig meget at se det, da vi kørte forbi med vores søn.

Hilsen
Martin og Ali
""")

M("st", """
Hello, sorry my Danish not so good. Me and my wife Anna, we come from Ukraine 2022. We are two women, married in Kyiv. Now we want to register our marriage in Denmark, where we go?
Olena
""")

M("t", """
Hej. Min kone og jeg er fra Polen og vores søn Kacper starter i 0. klasse. Kan han få dansk som andetsprog, han taler mest polsk derhjemme?
Mvh Piotr Nowak
""")

M("t", """
Kære Center for Børn og Forebyggelse

Jeg er født i Somalia og kom til Danmark som 9-årig. Nu har jeg selv tre børn, og min ældste datter bliver drillet i skolen fordi hun er sort. Lærerne siger det bare er børn der leger. Det er det ikke.

Med venlig hilsen
Hodan Farah
""")

M("t", """
hej min far er tyrker og min mor er dansker, jeg søger om et job i jeres SFO og vil gerne vide om det er en fordel at jeg også kan tyrkisk
mvh Deniz
""")

M("", """
Hej

Har I tolke til tyrkisk og arabisk på borgerservice, eller skal man selv have én med?

Hilsen Jens
""")

M("t", """
Til borgerrådgiveren

Vi er en romafamilie og har boet i Ishøj i fire år. Da min mand ringede til boliganvisningen, sagde medarbejderen at "jeres slags" altid ødelægger lejlighederne. Jeg vil gerne klage over det.

Venlig hilsen
Elena Dumitru
""")

M("te", """
Hej

Mine forældre er fra Pakistan, og min mor forstår ikke de breve hun får fra e-Boks om sin folkepension. Må jeg ringe på hendes vegne?

Mvh
Usman
""")

M("t", """
hejsa, vi har adopteret vores datter fra Colombia for 2 år siden og hun begynder i børnehave nu. er der nogen i personalet som taler spansk? det ville hjælpe hende meget de første uger
""")

M("t", """
Kære byrådsmedlem Jensen

Min svigermor er grønlænder og taler næsten kun grønlandsk. Hun er flyttet ind hos os på Ishøj Boulevard. Findes der en grønlandsk forening eller et værested i kommunen hvor hun kan møde nogen?

Med venlig hilsen
Kristian Møller
""")

M("", """
Hej. Hvor mange flygtninge har Ishøj Kommune modtaget i 2025, og hvor mange er kommet i job? Jeg skriver en opgave på HF.
Mvh Sara
""")

M("t", """
Til Jobcentret

Jeg er kurder fra Irak og har boet her i 6 år. Jeg har en ingeniøruddannelse hjemmefra men den bliver ikke godkendt. Kan I hjælpe mig med at få den vurderet?

Venlig hilsen
Karwan Ahmed
""")

M("t", """
Min kone er fra Thailand og har fået opholdstilladelse. Hun vil gerne i gang med danskuddannelse hurtigst muligt, hvordan tilmelder hun sig?
Henning Lund, Pilemøllevej 7
""")

M("", """
Hej, min kone vil gerne i gang med danskuddannelse. Hvordan tilmelder man sig, og er det gratis?
Henning
""")

M("t", """
hej jeg er vietnamesisk og min mand er dansk, vi har fået tvillinger og min mor kommer fra Vietnam for at hjælpe i 3 måneder. skal hun have sygesikring?
Lan
""")

M("t", """
Kære Ishøj Kommune

Min søn har en hollandsk far og jeg er fra Chile. Han er født i Danmark men har ikke dansk statsborgerskab. Kan han alligevel komme på skolernes udvekslingstur til Tyskland med klassen?

Hilsen Carolina
""")

M("", """
Hej

Kan man få sit navn skrevet med de rigtige tegn (ø, å, ü) på sygesikringskortet hvis man har dobbeltnavn?

Venlig hilsen
Sebastian
""")

M("s", """
Hej

Jeg skriver til dig fordi du sidder i Børne- og Skoleudvalget. Min søn på 13 har fortalt os at han er homoseksuel. Han har det godt med det, men vi er i tvivl om skolen er et trygt sted for ham. Har skolerne en politik om det?

Hilsen
Anette (mor til Malthe, 7.b på Vibeholmskolen)
""")

M("", """
Hej

Har skolerne i Ishøj en politik mod mobning pga. seksualitet eller køn? Jeg mener det bør være en del af trivselsplanen.

Venlig hilsen
Dorthe Andersen
""")

M("s", """
Hej, det er Jakob fra Tranegilde. Min mand og jeg vil gerne være plejefamilie. Kan to mænd godt blive godkendt i Ishøj?
""")

M("s", """
Kære Ishøj Kommune

Jeg er asexuel og har det fint med at bo alene, men min sagsbehandler bliver ved med at spørge om jeg ikke "snart finder nogen" når vi taler om boligstørrelse. Det synes jeg ikke er i orden at spørge om.

Med venlig hilsen
Nanna
""")

M("", """
hej jeg bor alene og vil gerne bytte min 3-værelses til en mindre, har I en byttebørs eller hvordan gør man
""")

M("s", """
Hej. Min søster Louise og hendes kone har fået et barn, og jeg er gudmor. Jeg vil gerne give dem en gave fra kommunen's velkomstpakke, kan man bestille den til nogen andre?
Mette
""")

M("", """
Hej

Hvad indeholder kommunens velkomstpakke til nye forældre, og skal man selv bestille den?

Mvh Rikke
""")

M("st", """
Hej jeg hedder Yusuf. Jeg er fra Syrien og jeg er homo. Min familie ved ikke det. Jeg bor i ungdomsbolig og vil gerne ha kontakt til nogen der kender til det. Kan i hjælpe mig?
""")

M("t", """
Hej. Min kæreste Ivan er russer og vi vil gifte os på Ishøj Rådhus i maj. Hvilke papirer skal han have med fra Rusland?
Mvh Julie
""")

M("", """
Hej

Hvilke papirer skal en udenlandsk statsborger have med for at blive gift på Ishøj Rådhus?

Venlig hilsen
Lars
""")

M("s", """
jeg (kvinde) og min kone har ansøgt om at få vores navne skrevet ind som forældre på vuggestuens intra. der står kun far og mor som muligheder. kan det rettes? mvh Tine
""")

M("t", """
Kære Borgerrådgiver

Jeg er vokset op i Danmark men min familie er tamiler fra Sri Lanka. Ved et møde i Ydelsescentret sagde medarbejderen: "I er jo vant til at bo mange sammen." Det synes jeg var racistisk. Jeg ønsker at være anonym.
""")

M("", """
Hej

Jeg har hørt at der er en ny integrationsplan på vej. Hvornår bliver den behandlet i byrådet, og kan man komme med høringssvar?

Mvh Bent Pedersen
""")

M("t", """
Hej

Min mand er inuk fra Nuuk og vores søn har svært ved at finde sig til rette i klassen, fordi de andre kalder ham "eskimo". Det skal stoppe.

Hilsen Signe Berg
""")

M("", """
Hej, findes der en familiegruppe for nye tilflyttere i Ishøj? Vi er lige flyttet hertil fra Aarhus med to små børn.
Hilsen Anders og Mette
""")

M("s", """
Kære Lise

Tak for en god snak på torvet. Som lovet skriver jeg om regnbuefamilier i dagtilbud: vores familie består af mig, min kone Helle og vores donorbarn Ida, og vi oplever igen og igen at blanketter kun har "mor" og "far".

Venlig hilsen
Karina Thomsen
""")

M("t", """
Hej. jeg er fra Eritrea, jeg kom som flygtning 2015. Min bror kommer nu til Danmark, kan han bo hos mig i min lejlighed? Tak. Filmon
""")

M("t", """
Hej

Min datter er halvt japansk, og hendes farmor i Osaka vil gerne have et dokument der viser hun er født her. Hvor får man en fødselsattest på engelsk?

Mvh Anne-Mette
""")

M("", """
Hej

Hvor får man en fødselsattest på engelsk, og koster det noget?

Mvh Anne-Mette
""")

M("s", """
hej :) jeg og min kæreste Emil (vi er begge fyre) vil gerne leje et kolonihavehus sammen til sommer. står man på venteliste hos kommunen eller hos haveforeningen?
""")

M("", """
Hej

Vi er en familie på fem der er ved at vokse ud af vores lejlighed. Hvordan kommer man på venteliste til et rækkehus i de almene boliger?

Venlig hilsen
Familien Hansen
""")

M("ts", """
Hej Borgerrådgiver

Jeg er iraner og kom til Danmark som flygtning, fordi jeg er homoseksuel. Nu har en ny kollega i hjemmeplejen sagt det videre til andre. Det føles utrygt. Hvad kan jeg gøre?

Reza
""")

M("", """
Hej Ishøj Kommune. Jeg har et spørgsmål om navneændring. Min mand og jeg vil gerne have fælles efternavn efter brylluppet. Skal det søges hos jer eller hos kirken?
Venlig hilsen Louise
""")
