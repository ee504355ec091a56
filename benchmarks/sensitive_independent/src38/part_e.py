"""Part E: young writers - students, young parents, first jobs, first homes, coming out."""
from common import M

M("s", """
hej ungdomsklubben
jeg er 16 og er lige sprunget ud som bi. findes der en LGBT+ gruppe for unge i ishøj eller skal jeg til kbh?
- Emil
""")

M("", """
hej, findes der en LGBT+ ungegruppe i Ishøj? spørger til et skoleprojekt om fritidstilbud
""")

M("u", """
Hej

Jeg er 20 og lige blevet medlem af 3F Ungdom. Jeg er i lære som tømrer og min mester siger kommunen skal godkende min praktikplads. Er det rigtigt?

Mvh
Oskar Brandt
""")

M("", """
hej, hvor kan jeg søge fritidsjob i kommunen som 15-årig? fx i svømmehallen
""")

M("p", """
Hej

Min kæreste og jeg har budt på en lejlighed i Ishøj Strandpark og sælgeren har accepteret med forbehold for finansiering. Banken vil have en erklæring om at der ikke er ulovlige byggerier. Kan I sende en?

Mvh
Nikolaj og Sara
""")

M("eh", """
hej
jeg er 23 og har ADHD og er på kontanthjælp. jobcentret har sendt mig i aktivering fra januar men jeg har fået at vide af min læge at jeg skal starte på ny medicin først. kan det rykkes?
cpr [[0506029631]]
Victor
""")

M("", """
Hej, gælder fripladstilskud også til SFO? Og hvordan beregnes det ud fra indkomst? Jeg læser til pædagog og skriver opgave om det.
""")

M("ts", """
Hej Ungdomsskolen

Jeg hedder Aya, er 17 og er kurder. Jeg er lesbisk og har ikke fortalt det til min familie. Jeg vil gerne med på jeres LGBT-weekend, men kan I undlade at sende brev hjem?

Aya
""")

M("", """
hej! hvornår åbner skøjtebanen på Ishøj Torv i år? og er det gratis for unge?
""")

M("he", """
Hej SU-kontoret / kommunen

Jeg er gravid og skal føde i april. Jeg går på HF og vil høre om jeg kan få barselsdagpenge eller om det kun er SU ekstra.

Mvh Julie, 21
""")

M("", """
Hej, hvordan søger man om en ungdomsbolig i Ishøj? Er der venteliste?
""")

M("e", """
Hej

Jeg er 19 og sidder i gæld efter et sms-lån på 18.000. Jeg har fået en inkassoregning i dag. Findes der gratis gældsrådgivning i kommunen?

Mvh
Line
""")

M("", """
Til Ungerådet

Vi vil gerne foreslå at kommunen laver en gratis juleaften for unge der ikke har nogen at fejre med. Mange kender nogen der sidder alene.

Hilsen 3 elever fra Ishøj Gymnasium
""")

M("bs", """
Hej

Jeg er 22, pansexual og aktiv i Venstres Ungdom. Vi vil gerne stille en stand op ved Ishøj Pride næste år. Hvem skal vi søge tilladelse hos?

Mvh
Alex Mikkelsen
""")

M("", """
Kan man låne Ishøj Kulturhus til en nytårsfest for unge mellem 16 og 18? Hvad koster det?
""")

M("e", """
Kære Familieafdelingen

Min søster på 15 bor hos os fordi hun ikke kan være hjemme hos vores far. Hun har en sagsbehandler hos jer. Skal vi have et plejeforældre-godkendelse for at have hende i julen?

Hilsen
Maria Dall, 24
""")

M("u", """
Hej

Jeg er elev i Ishøj Kommune og tillidsrepræsentant for eleverne på sosu-uddannelsen (FOA). Vi har ikke fået udbetalt elevløn for november. Hvem skal jeg kontakte?

Mvh
Natasja
""")

M("", """
Hej, hvordan er reglerne for elevløn på sosu-uddannelsen, hvad får man i 1. år?
""")

M("", """
yo kommune, der er en lygte der blinker helt vildt ved skaterbanen, det er lidt sygt
""")

M("th", """
Hej

Jeg er adopteret fra Sydkorea og har svær angst. Jeg har fået tilbudt en psykolog via min læge, men der er 5 måneders venteliste. Har kommunen nogen tilbud til unge?

Mvh
Sofie Ahn Lund, 20
""")

M("", """
Har kommunen et gratis tilbud til unge med angst og ensomhed? Jeg er frivillig i en forening og vil gerne kunne henvise.
""")

M("p", """
Hej

Min far har sat sin lejlighed til salg og jeg har lyst til at købe den. Vi er ved at forhandle prisen. Skal kommunen godkende noget, når det er familiehandel?

Mvh
Casper Holm
""")

M("", """
Hej

Jeg har fået et valgkort som førstegangsvælger. Hvorfor står der et valgkortnr. på det som ligner et cpr-nummer: 2110060042? Det er jo ikke min fødselsdag.
""")

M("e", """
hej jobcentret
jeg er 18 og blev smidt ud af min praktik. nu siger de at jeg mister min uddannelseshjælp. er det rigtigt?
Mohamed
cpr [[1307074411]]
""")

M("", """
Hej Ishøj Bibliotek

Hvilke studiepladser har I åbne i eksamensperioden i januar? Er der åbent om aftenen?
""")

M("sh", """
Hej

Min kæreste Jonathan og jeg (jeg er også fyr) skal flytte sammen. Han bruger kørestol og vi leder efter en handicapvenlig lejlighed. Har kommunen en liste?

Mvh
Frederik Lindgren
""")

M("", """
Hej, hvad er reglerne for at spille høj musik i Strandgårdsparken efter kl. 22? Vi holder julefest
""")

M("b", """
Hej

Jeg er 19 og er konverteret til islam for et år siden. Jeg vil gerne bede på mit arbejde i kommunens svømmehal i pausen. Er der et rum jeg kan bruge?

Mvh
Mathias
""")

M("", """
Hej, er der et stilleværelse på Ishøj Rådhus som medarbejdere kan bruge? Bare et spørgsmål fra en ny ansat.
""")

M("eh", """
hej jeg er 20 og har en spiseforstyrrelse. jeg har været indlagt i 2 mdr og skal nu hjem. jeg har brug for en bostøtte, hvordan søger jeg??
""")

M("", """
Kære Ishøj Ungdomsskole

Hvad koster knallertkørekort i jeres regi, og er der hold i januar?
""")

M("", """
hej. jeg vil bare sige at jeres juleshow i ungdomsklubben var mega fedt!! tak til alle pædagogerne
""")

M("t", """
Hej

Jeg er halvt grønlænder og vil gerne søge legatet til unge med grønlandsk baggrund, som jeg så på ishoj.dk. Hvornår er fristen?

Mvh
Malik Egede
""")

M("", """
Hej

Jeg vil gerne søge et legat. Findes der et legat til unge fra Ishøj der skal studere i udlandet?
""")

M("u", """
hey
jeg arbejder i Netto og er medlem af HK. min chef siger jeg skal arbejde juleaften men jeg er kun 16. er det lovligt? hvem skal jeg ringe til?
Laura
""")

M("e", """
Hej

Jeg er 25, alenemor og får børnetilskud og boligstøtte. Jeg er lige startet på kontanthjælp. Skal jeg selv sige til Udbetaling Danmark at min indkomst er faldet, eller gør I det?

Mvh
Cecilie Jeppesen
[[011299 4523]]
""")

M("", """
Hej

Jeg studerer socialrådgiver og skriver opgave om julehjælp. Hvor mange familier i Ishøj fik julehjælp sidste år?
""")

M("s", """
Hej

Mine to fædre kommer til forældremøde i 3.b, men skolens intra kan kun have én "far" og én "mor". Kan I rette det?

Venlig hilsen
Ida, 14
""")

M("", """
Hej Ishøj, hvornår er der nytårskoncert i Arken i år? Og kan man få ungerabat?
""")

M("ep", """
Hej

Jeg er 26, lige blevet skilt og skal sælge vores fælles rækkehus på Gildbrovej. Min ex vil ikke skrive under på salgsaftalen. Vi har en køber der venter. Hvad gør man?

Mvh
Rasmus Krag
""")

M("", """
Hej

Hvad er ventetiden på en dagplejeplads i Ishøj lige nu? Vi flytter hertil i marts.
""")
