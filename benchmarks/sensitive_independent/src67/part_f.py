"""corpus67 part f: crisis stories where orientation, union and faith come in."""
from common import M

M("su", """
Kære Rikke (formand for Beskæftigelsesudvalget)

Jeg er tillidsrepræsentant for 3F på et lager i Ishøj. En kollega, som er åbent homoseksuel,
bliver mobbet af sin formand. Han har bedt mig skrive, og han hedder Kenneth. Kan kommunen
gøre noget, når virksomheden er på en kommunal lejekontrakt?

Med venlig hilsen
Bo Sandberg
""")

M("es", """
hej borgerrådgiver

er 22 og bi og har boet hos min far indtil i søndags. han smed mig ud da han så mig med
min kæreste, som er en pige. sover hos en ven på en madras. ku jeg få en ungdomsbolig
hurtigt?

Mvh Frida
""")

M("ue", """
Til Center for Beskæftigelse og Erhverv

Jeg er blevet afskediget efter 18 år som lagerarbejder. Min fagforening, Dansk Metal, siger
at jeg skal melde mig ledig hos jer i dag. Jeg har ikke MitID lige nu, fordi min telefon
blev stjålet. Kan jeg møde op?

Med venlig hilsen
Flemming Dam, [[090868-1215]]
""")

M("sb", """
Kære borgmester

Jeg er sognepræst og er selv gift med en mand. Ved vielsen af to kvinder i Ishøj Kirke
sidste lørdag stod der demonstranter udenfor med skilte. Jeg beder om at kommunen og
politiet tager det alvorligt, hvis det sker igen.

Venlig hilsen
Thomas Bundgaard, sognepræst
""")

M("hse", """
Til Center for Voksne og Velfærd

Min kone Birgitte har fået konstateret brystkræft med spredning. Vi er to kvinder og har
ingen børn. Hun vil gerne dø hjemme. Hvordan får vi hjemmesygepleje og en plejeseng?

Med venlig hilsen
Hanne Mortensen
""")

M("ub", """
Til hovedpostkassen

Jeg er medlem af Djøf og af Det Radikale Venstre. Jeg var frivillig på stemmestedet ved
valget og blev råbt ad af en vælger, der var utilfreds med kommunens håndtering af
hjemløse. Jeg vil gerne vide, om kommunen har en procedure for at beskytte frivillige.

Med venlig hilsen
Astrid Lund
""")

M("seh", """
Hej Ishøj

My wife Sarah and I are both women, and we just had a baby boy in Hvidovre. We live in
Ishøj. The hospital says the medmor must be registered by the kommune. I'm on barsel with
barselsdagpenge from Udbetaling Danmark. Who do we contact?

Thanks!
Emma Clarke
""")

M("u", """
Kære Niels (byrådsmedlem)

Vi er en gruppe sosu-assistenter, alle medlemmer af FOA, som arbejder om natten på
plejecentret. Vi er bange for at gå til bussen efter vagten, fordi stien er mørk. Kan der
komme lys på?

Mange hilsner fra nattevagterne
""")

M("s", """
Til Kultur- og Fritidsudvalget

Min kæreste Mohammed og jeg (jeg er også mand) vil gerne leje et lokale i kulturhuset til
vores forlovelsesfest. Vi har fået at vide at lokalet er optaget, men vi tror det er på
grund af os. Er det rigtigt?

Med venlig hilsen
Simon Friis
""")

M("eu", """
Til borgerrådgiveren

Jeg har været medlem af FOA i 15 år og er nu på kontanthjælp, fordi jeg har mistet retten
til dagpenge. Jobcentret har sendt mig i aktivering i en genbrugsbutik. Jeg føler mig
ydmyget. Hvad kan jeg gøre?

Med venlig hilsen
Birthe Kragh
""")

M("sh", """
Hej Mette (byrådet)

Jeg er 16 og lesbisk. Jeg har det rigtig svært og har tænkt på at gøre skade på mig selv.
Min skolepsykolog er på barsel. Er der nogen i kommunen, jeg kan tale med, uden at mine
forældre får det at vide?

Anonym pige fra 9.c
""")

M("bu", """
Til direktionsassistenten, Børn og Unge

Jeg er lærer og medlem af DLF og er også muslim. Jeg har fået at vide af min leder, at jeg
ikke må bruge bederummet i pausen, selvom andre lærere bruger det som stillerum. Jeg har
talt med min TR, men vil også gøre forvaltningen opmærksom på det.

Med venlig hilsen
Nadia Benhaddou
""")

M("ps", """
Til Center for Byudvikling og Natur

Min mand Lars og jeg (to mænd) har givet et bud på et hus på Tranegårdsvej 48, og sælger har
accepteret under forudsætning af at kommunen godkender den ulovlige udestue. Kan I
lovliggøre den inden overtagelsen?

Med venlig hilsen
Jens Thorsen
""")

M("eus", """
Kære borgerrådgiver

Jeg er medlem af HK. Efter min skilsmisse fra Kristina har jeg fået en ny kæreste,
Louise. Min eksmand — undskyld, min ekskone — truer nu med at tage vores søn fra mig, fordi
hun mener "et barn skal ikke vokse op med to mødre". Der er en sag i Familieretshuset. Kan
kommunen hjælpe med en børnesagkyndig?

Med venlig hilsen
Marie Holmgaard
""")

M("ue", """
Til hovedpostkassen

Jeg er lige blevet fyret fra mit job som buschauffør. Jeg er medlem af 3F, men de vil ikke
føre sagen. Jeg skal nu have dagpenge. Mit cpr.nr. er [[1712750519]]. Hvornår er mit første
møde på jobcentret?

Mvh Jens-Erik Bach
""")

M("sbe", """
Kære Social- og Sundhedsudvalg

Jeg er imam og har gennem mange år hjulpet unge muslimer. En ung mand i min menighed har
fortalt mig at han er homoseksuel og er bange for sin familie. Han har bedt mig spørge om
kommunen har et sted han kan bo midlertidigt. Jeg skriver ikke hans navn.

Med venlig hilsen
Imam Abdullah Yilmaz
""")

M("pu", """
Hej

Jeg er tillidsrepræsentant i DSR på Hvidovre Hospital og vil gerne købe kommunens gamle
skolebygning på Vejleåvej. Jeg har sendt et bud på 3,2 mio. sammen med to kolleger. Hvornår
behandler Økonomiudvalget buddene?

Med venlig hilsen
Pernille Gade
""")

M("s", """
Til borgmesteren

Tak for at kommunen hejste regnbueflaget i juni. Som homoseksuel mand, der er vokset op i
Ishøj, betyder det meget for mig. Jeg håber I gør det igen næste år.

Venlig hilsen
Allan
""")

M("ehs", """
Til Center for Voksne og Velfærd

Min kæreste Jonas (vi er begge mænd) er hiv-positiv og har det dårligt efter en
lungebetændelse. Han er på sygedagpenge, og nu vil kommunen stoppe dem. Han er for svag til
selv at skrive. Jeg har hans fuldmagt.

Med venlig hilsen
Rasmus Holt
""")

M("u", """
Kære formand for Teknik- og Miljøudvalget

Jeg er medlem af Blik- og Rørarbejderforbundet og har arbejdet på kloakrenoveringen i
Ishøj efter skybruddet. Jeg vil gøre jer opmærksom på, at kommunens rottespærrer flere
steder er monteret forkert.

Med venlig hilsen
Kim Lorentzen, VVS'er
""")

M("bs", """
Til Kultur- og Fritidsudvalget

Vi er et lesbisk par, og vi er begge medlemmer af Ishøj Humanistiske Forening. Vi vil gerne
holde en ikke-religiøs navngivningsceremoni for vores datter i Ishøj Bypark. Skal vi søge
tilladelse?

Med venlig hilsen
Kirsten og Malene
""")

M("ue", """
Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Lederne og har været ledig i 7 måneder. Jobcentret har indkaldt mig til
et møde om aktivering på samme dag som en jobsamtale. Kan mødet flyttes? Jeg har
brug for svaret i dag.

Med venlig hilsen
Henrik Bendtsen
""")

M("sp", """
Hej

Min kone og jeg er to kvinder og har solgt vores rækkehus i Ishøj Landsby. Køberen har nu
sagt at han ikke vil gennemføre, fordi naboen har fortalt ham at der skal bygges en skole
bagved. Er det rigtigt? Ellers vil vi forklare køberen det.

Mvh Tina og Pernille
""")

M("tu", """
Til borgmesterens PA

Vi er en gruppe kvinder fra Pakistan, Tyrkiet og Marokko, der alle arbejder på Ishøj
Rengøring og er medlemmer af 3F. Vi vil gerne invitere borgmesteren til at høre om vores
arbejdsforhold.

Med venlig hilsen
Shazia, Ayşe og Fatima
""")

M("es", """
Til hovedpostkassen

Jeg er en homoseksuel mand på 55 og har lige mistet min partner gennem 20 år. Hans familie
har smidt mig ud af hans lejlighed, da det kun var ham, der stod på kontrakten. Jeg bor nu
på et herberg. Hvad gør jeg?

Med venlig hilsen
Morten
""")

M("b", """
Kære Pernille (byrådsmedlem, SF)

Jeg er også medlem af SF, og jeg er vegetar af etiske grunde. Jeg vil foreslå at kommunens
skoler får en grøn dag om ugen, og høre om du vil tage det op i udvalget.

Med venlig hilsen
Liva Holm
""")

M("hu", """
Hej

Jeg er BUPL-medlem og pædagog i en børnehave i Ishøj. Jeg har været sygemeldt med stress i
8 uger. Nu har kommunen som arbejdsgiver indkaldt mig til en sygefraværssamtale med
min leder. Må jeg tage min TR med?

Mvh Stine
""")

M("s", """
Til Center for Børn og Forebyggelse

Vores søn har to fædre, og i den nye børneintra kan vi kun skrive en "mor" og en "far". Det
er irriterende hver gang. Kan I rette formularen?

Med venlig hilsen
Jakob og Mikael
""")

M("ub", """
Til Jesper Holm, byrådet (Venstre)

Jeg har været medlem af Venstre i 30 år og af Dansk Metal hele mit arbejdsliv. Jeg skriver
fordi jeg er utilfreds med at kommunen har bygget et herberg så tæt på skolen. Jeg beder
dig tage det op i partiets gruppe.

Med venlig hilsen
Villy Jørgensen
""")

M("s", """
Hej

Jeg er pansexuel og vil gerne være frivillig i kommunens ungeklub for LGBT+-unge. Skal jeg
have en børneattest? Og hvem skal jeg kontakte?

Mvh Alex
""")

M("eu", """
Til Center for Voksne og Velfærd

Min far er 84 og var i 50 år medlem af Typografforbundet, som senere blev til HK. Nu er
han flyttet på plejehjem efter min mors død, og han savner sine gamle kolleger fra
pensionistklubben. Kan plejehjemmet hjælpe ham med kørsel til møderne?

Med venlig hilsen
Hanne Dalgaard
""")

M("sb", """
Til borgmesteren

Vi er to mænd, der har været gift i ti år, og vi er aktive i Ishøj Kirke. Præsten har bedt
os skrive for at spørge om kommunen vil give tilskud til en regnbuegudstjeneste i
pridemåneden.

Med venlig hilsen
Henrik og Johan
""")

M("u", """
Hej,

Jeg sidder i bestyrelsen for DLF's lokalkreds og skriver som medlem, ikke på kredsens
vegne. Jeg vil høre, hvornår kommunen offentliggør den nye plan for krisehjælp til
lærere efter voldsomme episoder på skolerne.

Mvh Jacob Hald
""")

M("es", """
Kære borgerrådgiver

Jeg og min kone Sofia har et plejebarn, en pige på 7, og kommunen vil nu flytte hende til en
institution uden at høre os. Vi er to kvinder, og vi tror ikke det er tilfældigt. Vi vil
klage.

Med venlig hilsen
Anna Holm
""")

M("bhe", """
Til Center for Voksne og Velfærd

Min mor på 88 bor på plejecenter Vejleåhusene og er katolik. Hun er ved at dø, og hun ønsker
den sidste olie af en katolsk præst. Personalet siger de ikke kan ringe efter præsten
om natten. Kan I ændre det?

Med venlig hilsen
Teresa Nowak
""")

M("pu", """
Hej Ishøj Kommune

Jeg er medlem af Det Faglige Hus og arbejder som tømrer. Min kone og jeg har budt på en
grund i Ishøj Landsby, og sælger har sagt ja, men vi mangler bankens godkendelse. Hvad
koster tilslutningsafgiften til kloak?

Venlig hilsen
Mads Petersen
""")

M("s", """
Til hovedpostkassen

Jeg vil gerne skifte efternavn til min mands efternavn. Vi blev gift på rådhuset i
september. Jeg hedder Ole Jensen og han hedder Ahmad Rahimi. Hvilke papirer skal jeg sende?

Med venlig hilsen
Ole
""")

M("bt", """
Til borgerrådgiveren

Jeg er buddhist og født i Thailand. På plejehjemmet, hvor jeg arbejder som rengøringsassistent,
har en kollega fjernet min lille Buddha-figur fra mit skab. Lederen siger det er i orden.
Er det diskrimination?

Med venlig hilsen
Siriporn
""")

M("eu", """
Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Serviceforbundet og er lige blevet opsagt som vagt. Jeg har søgt dagpenge,
men a-kassen siger at min opsigelse er selvforskyldt. Kan kommunen hjælpe med kontanthjælp i
mellemtiden? Mit personnummer: [[031081\u00a01337]]

Med venlig hilsen
Lars Brandt
""")

M("s", """
Dear council member,

I'm a trans man and gay, living in Ishøj with my boyfriend. I want to know if the kommune's
new youth club for LGBT+ young people is open to people over 25 as volunteers.

Best,
Kai
""")

M("tbs", """
Kære Lone

Jeg hedder Ali og er iraner. Jeg er ateist og homoseksuel, og jeg er flygtet fra Iran på
grund af det. Min familie i Ishøj ved det ikke. Jeg vil gerne flytte fra min bror, men
jeg er bange for at han finder ud af det, hvis jeg skriver til kommunen i mit navn.
Hvad kan jeg gøre?

Ali
""")

M("ub", """
Til formanden for Økonomiudvalget

Som medlem af Konservativ Ungdom og HK Ungdom vil jeg spørge, hvornår kommunen lancerer sin
plan for billigere boliger til unge. Jeg bor stadig hjemme og vil gerne kunne bo i Ishøj.

Mvh Oliver Krag
""")
