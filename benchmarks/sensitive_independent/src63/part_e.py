"""corpus63 part E: grandparents, homes for sale, unions at work, origins."""
from common import M

M("p", """Til skolekontoret på Ishøj Skole

Vi har sat vores villa i Vallensbæk til salg for at komme tættere på Ishøj Skole, hvor
vores to drenge går. Mægleren har haft tre fremvisninger, men der er ikke kommet noget bud
endnu. Er det muligt at drengene kan blive på skolen, selv om vi stadig bor i en anden
kommune et stykke tid?

Venlig hilsen
Lone Kjærsgaard""")

M("ps", """Hej

Min mand Rune og jeg har fået et bud på vores lejlighed på Ishøj Strandvej, og vi regner
med at skrive under i næste uge. Så flytter vi til Hundige. Vores søn Theo går
i dagpleje i Ishøj. Skal vi opsige pladsen
med en måneds varsel, eller følger den adressen?

Mvh Henrik Lassen""")

M("pu", """Hej Pladsanvisning

Jeg er tillidsrepræsentant for Dansk Metal på fabrikken i Hvidovre og kører på skiftehold.
Vi har købt et hus på Ishøj Landevej, men overtagelsen er betinget af at vi sælger vores
lejlighed i Rødovre. Kan vi skrive vores datter op til en børnehave i Ishøj med
forventet start 1. april?

Venlig hilsen
Tommy Bach""")

M("p", """Kære Ishøj Kommune

Min mand døde i sommer, og huset på Pilemøllevej skal sælges. Der er en køber der har
budt, men dødsboet er ikke gjort op endnu, så vi kan ikke skrive under. Mine barnebørn
har tit boet hos mig i ferierne. Hvis handlen går igennem flytter jeg nær dem i Greve.

Skal jeg give jer besked om noget, når jeg flytter?

Venlig hilsen
Ella Bruun""")

M("pe", """Kære borgerrådgiver

Banken har begæret tvangsauktion over vores lejlighed i Vejleåparken, og auktionen er
fastsat til februar. Jeg har tre børn i skole her og er alene med dem. Jeg er bange for
at vi ender uden et sted at bo. Hvem i kommunen kan jeg tale med?

Med venlig hilsen
Pernille Stær""")

M("p", """Til Børne- og Skoleudvalget

Huset ved siden af Børnehuset Kastanjen, nr. 9, er sat til salg. Ejeren har fortalt os
naboer at han gerne vil sælge til kommunen, så børnehaven kan udvide. Vi har ventet på en
udvidelse i årevis. Vil udvalget se på det, inden en privat køber slår til?

Venlig hilsen
Pia Villadsen, formand for forældrebestyrelsen""")

M("ph", """Hej Pladsanvisning

Vi har fået lånetilsagn og skal skrive under på et hus på Ishøj Landevej i næste uge. Jeg er
gravid i 7. måned, så vi vil gerne skrive barnet op til vuggestue så hurtigt som muligt.
Kan man det før fødslen?

Mvh Simone Kirk""")

M("sh", """Til Sundhedsplejen

Min kone Emma skal føde vores første barn i april. Jeg er medmor og vil gerne være med til
alle besøgene. Kan sundhedsplejersken komme om eftermiddagen, når jeg har fri? Og sender
I brevene til os begge?

Venlig hilsen
Sofie Brink""")

M("s", """hej

må man spørge om noget anonymt her? jeg er 14 og er forelsket i en dreng i min klasse og
jeg er selv dreng. i seksualundervisningen snakker de kun om drenge og piger sammen. kan
i ikke sige til lærerne at de også skal snakke om det andet

en elev""")

M("st", """Til familierådgivningen

Vi er fra Pakistan. Min datter på 16 har fortalt mig at hun er biseksuel, og min mand er
meget vred. Jeg er bange for at han vil sende hende til familien i Lahore. Kan vi tale
med nogen, hvor min mand ikke får at vide at jeg har skrevet?

S.""")

M("se", """Til Familieplejen

Vi er et homoseksuelt par og har i to år været plejefædre for Jonas, der nu er 8. Hans
skole vil kun tale med "plejemor", og sagsbehandleren skrev "plejeforældrene (mor og far)"
i den nye handleplan. Det er forkert og skal rettes.

Med venlig hilsen
Peter og Kaspar Ahlgren""")

M("s", """Hej SFO Regnbuen

Jeg er mormor til Ida i 1.A. Min datter Louise og hendes kone Sara er på ferie i Thailand
i næste uge, så det er mig der henter. Har de skrevet det i Aula? Jeg har ikke selv adgang.

Venlig hilsen
Grete Holmboe""")

M("ue", """Hej Pladsanvisningen

Jeg er blevet opsagt fra mit job i en tøjbutik, og Det Faglige Hus, som jeg er medlem af,
hjælper mig med at se om opsigelsen er i orden. Jeg skal nu melde mig ledig. Hvad betyder
det for min søns børnehaveplads?

Mvh Rikke""")

M("uh", """Kære direktionsassistent

Jeg er medlem af Djøf, som hjælper mig i en strid med min arbejdsgiver om min orlov,
når vores barn bliver født. Jeg skriver fordi vuggestuens opstartsdato ikke passer med
orloven. Kan opstarten rykkes en måned?

Venlig hilsen
Christian Hald""")

M("u", """hej UU

jeg er lærling som vvs'er og har meldt mig ind i Blik og Rør, de siger at min mester
skylder mig løn for skoledagene. kan i som UU hjælpe med noget eller er det kun
fagforeningen

mvh Kasper 18""")

M("u", """Kære Vibeholmskolen

Jeg er ingeniør og medlem af IDA, som har en mentorordning der skal få flere piger til
at interessere sig for teknik. Jeg vil gerne komme og fortælle 8. klasserne om mit
arbejde. Hvem skal jeg kontakte?

Venlig hilsen
Marianne Toft""")

M("uh", """Til SFO'en

Jeg arbejder på et plejehjem og er i FOA. Jeg har fået en arbejdsskade i ryggen og må
ikke løfte noget i 8 uger. Kan min datter blive hentet af sin storebror på 14 indtil
videre? Han skal stå på listen.

Mvh Nilufar""")

M("t", """Hej klasselærer

Vores søn Yonas er adopteret fra Etiopien. Klassen skal lave et projekt om "min families
rødder", og han er meget i tvivl om hvad han skal skrive. Kan vi tale sammen om det
inden, så han ikke føler sig udstillet?

Venlig hilsen
Karin og Ole Bisgaard""")

M("t", """Hej Ishøj Kommune

Vi er tamiler fra Sri Lanka og bor i Ishøj. Vores to børn vil gerne lære at skrive tamil.
Er der modersmålsundervisning i tamil, eller kan I henvise os?

Med venlig hilsen
Kanagaratnam Sivakumar""")

M("t", """Kære leder af Børnehuset Søstjernen

I går sagde en af pædagogerne til min søn Malik, at han skulle vaske sig, så han ikke
var så "beskidt" i huden. Han er sort, og han er 4 år. Han spurgte mig i aftes om han
kunne blive hvid. Jeg forventer en forklaring og en undskyldning.

Naomi Mensah""")

M("tb", """Til skolelederen på Strandgårdskolen

Vi er palæstinensere og muslimer. Vores datter Lina i 8. klasse går med tørklæde, og efter
nyhederne i sidste uge er hun blevet kaldt "terrorist" af to drenge. Hun vil ikke i
skole. Vi vil gerne vide hvad skolen gør.

Med venlig hilsen
Khaled og Reem""")

M("te", """Til hjemmeplejen i Ishøj

Min svigermor kom som flygtning fra Syrien i 2015 og bor hos os. Hun får hjemmehjælp to
gange om ugen. Vores børn er alene hjemme med hende om formiddagen i juleferien.
Kommer hjælperen som sædvanlig mellem jul og nytår?

Mvh Rami""")

M("b", """Hej Ishøj Kirke og skolen

Vores datter Alberte på 12 er ikke døbt, men hun vil selv gerne døbes før hun skal
konfirmeres næste år. Kan det ske i forbindelse med konfirmationsforberedelsen? Og skal
skolen have besked?

Venlig hilsen
Mette Sloth""")

M("b", """Hej lejrskoleholdet

Vores søn Noam spiser kun kosher mad. Vi har talt med ham om at han kan spise vegetarisk
på turen, hvis der er separat service. Ellers sender vi mad med til de tre dage. Hvad
foretrækker I?

Venlig hilsen
Dina Levinsky""")

M("b", """Kære Gildbroskolen

Jeg er sognepræst i Tranegilde Sogn og mor til Esther i 3.B. Jeg kan ikke deltage i
forældremødet søndag den 9., fordi jeg har gudstjeneste. Er der mulighed for at få
referatet, eller en kort snak med klasselæreren en anden dag?

Venlig hilsen
Ane Kirkegaard""")

M("b", """Kære borgmester

Jeg stemte på dig og Socialdemokratiet ved valget, fordi du lovede flere pædagoger. Nu
lukker I vuggestuen i Torslunde. Det er ikke hvad jeg stemte for, og det bliver ikke
igen.

En skuffet mor, Maiken""")

M("e", """Hej Ydelseskontoret

Jeg får kontanthjælp og min søn Adam, [[220817-5396]], skal have nye briller, som
sundhedskortet ikke dækker. Kan jeg søge om hjælp til det? Optikeren siger 1.900 kr.

Mvh Jannie""")

M("h", """Til Ishøj Skole

Vores datter Olivia, [[1410125186]], er indlagt på Rigshospitalet efter en blindtarmsoperation
med komplikationer. Hun bliver der nok en uge mere. Kan hun få opgaverne sendt, så hun
ikke kommer alt for bagud?

Mvh Jens og Trine Hald""")

M("", """Hej UU Ishøj

Jeg vil gerne høre om jeg kan tage 10. klasse på en efterskole eller om jeg skal vælge
ungdomsuddannelse nu. Min uddannelsesplan siger EUX, men jeg er i tvivl. Mit cpr er
[[030909–4518]], hvis I skal slå mig op.

mvh Selma""")

M("e", """Til Familieplejen

Vores plejebarn Mathias, [[170514-6201]], skal til tandregulering, og
tandplejen vil have samtykke fra forældremyndighedsindehaveren. Kan hans sagsbehandler
sørge for det?

Venlig hilsen
Bodil og Kjeld Winther, plejefamilie""")

M("he", """Til kørselskontoret

Mit barnebarn Ellie, cpr [[081018\u00a04409]], har leukæmi og skal i kemo på Rigshospitalet to
gange om ugen. Hendes mor har ikke bil. Vi har søgt om kørsel for tre uger siden, men
har ikke fået svar. Kan I se hvor sagen er?

Venlig hilsen
Gunnar Riis, morfar""")

M("h", """Hej lærerne i 7.C

Sofie skal opereres for skoliose den 8. januar og er væk fra skole i mindst fire uger.
Hun har det fint med at klassen får det at vide. Kan hendes veninder få lov at sende
noter?

Mvh Tina""")

M("e", """Hej kommunen

jeg er på SU og bor alene på Ishøj Strandvej. jeg vil søge om boligstøtte, men kan ikke
finde ud af om SU'en tæller med som indkomst. kan nogen ringe til mig?

hilsen Amalie, 20""")

M("", """Hej Borgerservice

Som ungdomsvejleder får jeg tit spørgsmålet fra unge om SU tæller med i indkomsten, når
man søger boligstøtte. Har I en vejledning jeg kan dele med dem? Det ville spare jer for
mange opkald.

Mvh Troels, Ungdommens Uddannelsesvejledning""")

M("", """Til Skoleudvalget

Hvad er kommunens politik for mobiltelefoner i skoletiden? På Vibeholmskolen skal de
afleveres om morgenen, men på Ishøj Skole må de have dem i lommen. Burde det ikke være
ens for alle skoler?

Mvh Jakob Dam""")

M("", """Kære udvalgsformand

Hvor mange elever går der i gennemsnit i klasserne på hver af kommunens skoler i dette
skoleår, og hvordan ser det ud i forhold til landsgennemsnittet? Jeg vil bruge det i en
debat i grundejerforeningen.

Venlig hilsen
Erling Kragh""")

M("", """Hej Sundhedsplejen

Hvor mange besøg får nybagte forældre egentlig af sundhedsplejersken efter en fødsel i
Ishøj, og tilbyder I også mødregrupper? Jeg er dagplejer og bliver tit spurgt af
forældre der flytter til kommunen, så jeg vil gerne kunne svare.

Venlig hilsen
Cecilie""")

M("", """Kære Mogens Jensen

Hvornår sætter kommunen de nye byggegrunde ved Ishøj Landsby til salg, og bliver der
reserveret nogle til børnefamilier? Vi følger med på hjemmesiden, men der står ikke noget
om tidsplanen.

Venlig hilsen
Jan og Birgit Poulsen""")

M("", """Kære bedsteforældre

Vi inviterer til juleklip i 1.B fredag den 5. december kl. 10-12. Der er gløgg og
æbleskiver, og I må meget gerne tage et par sakse med. Giv besked til Louise senest
onsdag, hvis I kommer.

Hilsen børnene i 1.B og klasselærer Louise""")

M("", """Til Ejendomsservice, Center for Byudvikling

Vandmåleren i SFO Stjernens kælder viser et alt for højt forbrug. Målernr. 2207149823,
installationsnr. 5713131200. Kan I sende en VVS'er ud? Nøglen kan hentes på skolens
kontor, tlf. 43 57 60 00.

Mvh Kim, pedel""")

M("", """Hello,

Is there an international school or an English-language class anywhere near Ishøj? A
lot of families moving here for work ask us, and we would like to give them the right
information. Does the municipality pay for transport to one?

Kind regards
The expat network at Ishøj Bycenter""")

M("", """Kære Børne- og Skoleudvalget

Har kommunen tal for hvor mange forskellige sprog der tales blandt eleverne i Ishøjs
skoler? Jeg har hørt tallet 40, men kan ikke finde kilden. Det ville være fint til vores
kulturuge.

Med venlig hilsen
Lærerteamet i 5. årgang, Vibeholmskolen""")

M("", """Hej Ungdomsskolen

Har ungdomsskolen et stille rum, hvor man kan trække sig tilbage eller bede, hvis man
har brug for det? Vi er nogle forældre der har talt om det til et forældremøde.

Mvh forældrerådet""")

M("", """Kære byrådsmedlem

Jeg synes ikke at skolerne skal bruge undervisningstid på at klippe julehjerter og gå i
kirke i december. Der er mange andre ting børnene skal lære. Vil du tage det op?

Mvh Benny Hjort""")
