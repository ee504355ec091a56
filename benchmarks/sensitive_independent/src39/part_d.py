"""corpus39 part D: moving house, weddings, funerals, name changes (CPR given in many ways)."""
from common import M

M("", """Hej. Hvordan melder man flytning til Ishøj – skal det være på borger.dk eller kan man komme ned på rådhuset? Vi flytter 1. juli. Mvh Simon""")

M("e", """Hej

Jeg flytter fra Vejleåparken til en mindre lejlighed på Ishøj Strandvej pr. 1. august, fordi jeg ikke har råd efter skilsmissen. Jeg vil høre om min boligstøtte flytter med automatisk eller om jeg skal søge igen. Mit cpr er [[120479-2316]].

Mvh Jesper Nyholm""")

M("", """Hej. Vi vil gerne giftes på rådhuset lørdag den 14. juni. Er der ledige tider, og hvad skal vi medbringe? Mvh Karoline og Emil""")

M("s", """Hej

Jeg og min forlovede Mads vil gerne blive gift på Ishøj Rådhus i august. Vi er to mænd, og vi har hørt at man ikke kan vælge om det er borgmesteren eller en vielsesforretter. Er det rigtigt? Mit personnummer er [[030891 1457]].

Venlig hilsen
Kristian Holm""")

M("", """Hej. Min far døde i sidste uge. Hvordan bestiller man en plads på Ishøj Kirkegård, og er det kommunen eller kirken? Mvh Lene""")

M("b", """Hej

Min mor Fatma døde i går på Hvidovre Hospital. Vi er muslimer og skal begrave hende inden for et døgn. Kan kommunen hjælpe med at få dødsattesten hurtigt igennem, så vi kan bruge den muslimske gravplads i Brøndby? Hendes cpr: [[150342-0914]].

Mvh Hakan Çelik""")

M("", """Til direktionsassistenten

Er der et sted hvor man kan se hvor mange der flytter til og fra Ishøj hvert år? Jeg skriver speciale om boligområderne. Tak. Mvh Freja, stud.scient.pol.""")

M("he", """Hej

Jeg skal flytte fra mit hus til en plejebolig på Ishøj Plejecenter den 1. juni, fordi jeg har fået Parkinsons. Min søn hjælper med flytningen. Kan I ændre min adresse i jeres systemer? Cpr. nr. [[240238–1120]].

Venlig hilsen
Aase Bendtsen""")

M("", """Hej, har I lister over flyttefirmaer i Ishøj som kommunen anbefaler? Mvh Gitte""")

M("p", """Hej

Vi flytter fra Ishøj Landsby 6 og har sat huset til salg. Der er en køber, men han skal først sælge sit eget hus, så kontrakten er betinget. Kan vi beholde vores plads i SFO'en for vores yngste, indtil handlen er endelig?

Mvh Rasmus Winther""")

M("", """Kan man få fri fra skole når man skal flytte? Vi flytter den 3. juni som er en hverdag. Tak, Ann""")

M("e", """Hej

Min mand Arne er død den 2. maj. Jeg har ikke penge til begravelsen, da vi har levet af hans folkepension. Jeg har hørt om begravelseshjælp. Mit cpr-nummer er [[1805471329]] og hans var [[0902440213]].

Venlig hilsen
Ruth Madsen""")

M("", """Hej. Hvad koster en urnegrav på Ishøj Kirkegård i 10 år? Jeg planlægger min egen begravelse i god tid, jeg er 78 og frisk. Hilsen Knud""")

M("t", """Hej, vi vil gerne giftes i Ishøj. Min forlovede er fra Vietnam og jeg er dansk-vietnamesisk. Skal hendes dokumenter oversættes, og hvor lang tid tager prøvelsen hos Familieretshuset? Mit cpr: [[110993-2874]]. Mvh Minh Tran""")

M("", """Hej. Vi skal holde bryllupsfest i Strandparken og vil høre om vi må sætte et telt op på græsset ved Strandpavillonen. Mvh Louise og Patrick""")

M("bt", """Kære Ishøj Kommune

Min bedstefar Moshe er død, 94 år. Han var jøde og skal begraves på Mosaisk Vestre Begravelsesplads. Familien vil gerne vide om kommunen skal have noget fra os, eller om det går gennem sognet. Hans personnummer var [[010730 0417]].

Med venlig hilsen
Rachel Levin""")

M("", """Til hovedpostkassen. Jeg har mit kundenummer fra HOFOR, 0106891234, men jeg kan ikke se hvordan jeg afmelder vandet når jeg flytter. Skal jeg gøre det hos jer? Mvh Bjarne""")

M("hue", """Hej

Jeg er flyttet til Ishøj fra Aarhus pga. mit nye job som sygeplejerske på Glostrup, men jeg er sygemeldt med en diskusprolaps allerede fra uge 2. DSR har sagt jeg skal kontakte kommunen om sygedagpenge fra dag 31? Mit cpr er [[0703921646]]. Hilsen Maja

(Se også næste mail)""")

M("he", """Hej igen, glemte at skrive at jeg ikke har fået nogen løn for maj. Kan jeg få et forskud på sygedagpengene? Maja (cpr [[070392-1646]])""")

M("", """Hej, kan man låne rådhusets festsal til en sølvbryllupsfest? Vi er ca. 60 personer. Mvh Annette""")

M("e", """Hej

Jeg er lige flyttet til Ishøj, efter at jeg er kommet ud fra Vestre Fængsel. Jeg skal have en kontaktperson og har brug for hjælp til at finde bolig. Lige nu sover jeg hos min bror på Ishøj Søvej. Cpr [[221188\u00a01533]].

Mvh Nicolai""")

M("", """Hej. Er der regler for hvor mange der må være til en mindehøjtidelighed i Ishøj Kirkes sognegård? Det er ikke til os, vi planlægger for en forening. Mvh""")

M("", """Til borgmesteren. Flytningen af Borgerservice til biblioteket har gjort det svært for ældre. Jeg foreslår en fast bus. Det er et politisk spørgsmål. Mvh Inge""")

M("s", """hej :) jeg og min kone Tine skal giftes for anden gang (ja vi bliver gift igen efter vi blev skilt i 2019, lang historie). Kan vi få en tid i september? Mit personnummer er [[290684-1208]]. Kh Pernille""")

M("", """Hej. Jeg vil gerne vide om man skal betale for at få sin vielsesattest på engelsk. Vi skal flytte til Canada. Mvh Amanda""")

M("he", """Hej

Vi flytter til Ishøj i juli. Vores søn Elias (6) har cerebral parese og har en kørestol og et ståstativ fra Brøndby Kommune. Flytter hjælpemidlerne med, eller skal vi søge igen i Ishøj? Hans cpr er [[140918-4231]].

Venlig hilsen
Katrine og Bo Lind""")

M("", """Hej, hvornår kommer skraldebilen til Kirkebjerg Parkvej – vi flytter ind og skal vide hvornår vi skal sætte skraldespanden ud. Mvh Jonas""")

M("p", """Hej

Min mor døde i marts, og vi tre søskende skal sælge hendes rækkehus på Ishøjvej. Der er en køber der har budt 2,1 mio., men vi er uenige om prisen. Skal boet have en tilladelse fra kommunen, eller er det skifteretten? Mvh Birgit""")

M("", """Hej. Jeg har fået et brev med "indkaldelse nr. 300676-0081" fra skifteretten – er det et nummer jeg skal bruge til noget hos jer? Hilsen Tove""")

M("b", """Hej

Jeg er selv pinsekristen og præst i Pinsekirken i Ishøj, og jeg skal vie et par i august, hvor gommen ikke har dansk statsborgerskab. Skal jeg som vielsesforretter have noget fra kommunen? Og kan I give mig en kontaktperson?

Venlig hilsen
Pastor Johan Bruun""")

M("", """Hvad skal man gøre når man flytter fra Ishøj til udlandet? Skal man melde det til kommunen? Vh Marco""")

M("ht", """Hej

Min far Abdi er død, han var somalier og kom hertil i 1995. Han var syg af kræft de sidste to år. Han skal sendes hjem til Somalia for at blive begravet. Kan kommunen hjælpe med papirerne? Hans cpr: [[010155-1127]]. Mit navn er Ifrah.""")

M("", """Hej. Der står i jeres brev om flytning "ref. 1909 8123 44". Hvad står det for? Mvh Lasse""")

M("u", """Hej

Jeg skal giftes den 21. juni, og jeg er tillidsrepræsentant på Ishøj Rådhus i HK Kommunal. Jeg vil bare sikre mig at der ikke er noget problem med at vielsen foregår på rådhuset, hvor jeg arbejder, og at en kollega fra borgerservice ikke skal være vielsesforretter. Cpr [[250585-2012]].

Mvh Anja Frandsen""")

M("", """Hej. Er der tilskud til flytning hvis man flytter for at tage et job langt væk? Det er et generelt spørgsmål. Tak""")

M("he", """Hej

Min datter Emma (19) er flyttet hjemmefra og bor nu på et bosted i Ishøj, fordi hun har en udviklingshæmning. Hun skal have ændret adresse, og jeg har fuldmagt. Hendes cpr er [[0812052348]]. Hvem sørger for at hendes pension bliver sendt til den nye adresse?

Mvh Gitte""")

M("", """Hej, kan man blive viet på Ishøj Strand? Vi har set billeder af det. Hvad koster det? Mvh Nanna""")

M("h", """Hej

Min mand Henrik er indlagt på Herlev og kan ikke møde op til vielsen som vi havde aftalt på fredag. Kan vi flytte den til om 3 uger? Mit personnummer er [[170796–2261]], hans er [[030294–1775]].

Venlig hilsen
Cecilie Frandsen""")

M("", """Hej. Vi har fået et elnummer 1506821123 fra Radius. Er det noget kommunen skal bruge når vi melder flytning? Tak, Daniel""")

M("e", """Til borgerrådgiveren

Min bror Poul døde alene i sin lejlighed, og det tog kommunen 3 uger at finde ham, selvom han fik hjemmehjælp hver tirsdag. Jeg vil gerne klage over at ingen reagerede da han ikke åbnede. Hans personnr. var [[130948 0821]].

Venlig hilsen
Kirsten Holt""")

M("", """Hej. Hvor mange vielser er der på Ishøj Rådhus om året? Og hvor mange af dem er af samme køn? Jeg spørger til en artikel. Mvh Sara, journalist""")

M("t", """Hej

Min kone er fra Thailand og vi vil giftes på rådhuset. Hun har et turistvisum. Kan vi nå det inden visummet udløber 30. juni? Jeg er født [[120367-1139]]. Hilsen Ole Bang""")

M("", """hej vi vil gerne holde polterabend i parken ved Ishøj Sø. må man grille der? :) mvh Thomas""")
