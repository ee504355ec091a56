"""corpus60 part I: houses changing hands, partners and neighbours."""
from common import M

M("p", """
Kære Søren

Vores nabo på Ishøj Bygade 31 har solgt på betingelse af, at køberen må rive den gamle
lade ned og bygge to rækkehuse. Vi har hørt, at kommunen skal give dispensation fra
lokalplanen. Vi er imod og vil gerne høres, før der gives tilladelse. Handlen er
ikke endelig endnu, siger sælgeren selv.

Med venlig hilsen
Kaj og Bodil Nørby
""")

M("p", """
hej Karina

vi har fået et bud på lejligheden i Strandgårdsparken men køberne vil have at vi
først får lovliggjort altanen. vi søgte i august. hvornår kommer der svar. vi skal
give dem svar om 10 dage ellers går de

Rasmus & Sofie
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg er ved at forhandle køb af ejendommen Ishøj Strandvej 118. Sælger har oplyst, at
der er en uafsluttet sag om ulovligt byggeri. Kan I give mig aktindsigt i sagen, før jeg
skriver under? Jeg vedlægger sælgers samtykke.

Venlig hilsen
Johnny Madsen, advokat på egne vegne
""")

M("pe", """
Kære Jannik Holm

Min søster har arvet vores mors rækkehus, men hun kan ikke betale lånet, fordi hun har
mistet sit job og er på dagpenge. Vi prøver at sælge det til familien, men vi er ikke
enige om prisen endnu. Skal kommunen vurdere det, når det er en familiehandel?

Hilsen
Kirsten Borup
""")

M("p", """
Kære Økonomiudvalg

Jeg har fået tilbudt at købe min lejlighed i Ishøj Bycenter af boligselskabet som
led i ombygningen. Er der en regel om forkøbsret for lejerne? Jeg har ikke besluttet
mig endnu og forhandler om prisen.

Venlig hilsen
Bettina Mørk
""")

M("ph", """
Hej Lars

Vi er nødt til at sælge huset på Torvevej, fordi min kone har fået sklerose og ikke
kan klare trapperne. En køber har givet bud, men han vil kun købe, hvis kommunen
godkender en ny kælderudgang, så han kan leje kælderen ud. Kan det godkendes
hurtigt?

Venlig hilsen
Niels Hauge, [[090953-1123]]
""")

M("p", """
Til Plan- og Miljøudvalget

Vores købsaftale på en landbrugsejendom ved Torslunde er betinget af, at vi får lov
til at lave hestehold. Sælger har givet os til 1. maj. Vi beder udvalget behandle
vores ansøgning på det næste møde.

Venlig hilsen
Maja og Kristian Aalund
""")

M("u", """
Kære Peter

Som medlem af 3F og nabo til den gamle brandstation vil jeg protestere mod, at kommunen
sælger grunden til en privat investor. Jeg har hørt, at der er en foreløbig aftale,
men at den ikke er underskrevet. Grunden burde bruges til almene boliger.

Mvh. Lars Winther
""")

M("", """
Til Økonomiudvalget

Hvilke kommunale ejendomme er sat til salg i 2025, og hvad er proceduren for udbud?
Jeg vil gerne kunne følge med som borger.

Venlig hilsen
Hans Jessen
""")

M("p", """
Kære Karsten

Ishøj Bådelaug har forhandlet med kommunen om at købe bådpladsen ved havnen. Vi har
sendt et bud på 1,2 mio. og venter på modbud. Generalforsamlingen skal godkende
handlen i april. Kan du sige noget om tidsplanen?

Med venlig hilsen
Formand Torben Lind
""")

M("p", """
Hej

Jeg har sat min sommerhusgrund ved Ishøj Strand til salg, og en køber har skrevet under
med forbehold for, at kommunen giver lov til et anneks. Jeg har søgt for 2 måneder
siden. Sagsnr. 25/00871. Hvornår sker der noget?

Mvh. Jørgen Hauge
""")

M("pt", """
Kære Jan

Jeg er kinesisk og ejer restauranten på Ishøj Torv. Jeg er i gang med at sælge til en
anden familie, men køberen vil have, at udeserveringen er godkendt først. Jeg har
søgt, men ikke fået svar. Kan du hjælpe mig? Mit dansk er ikke så godt.

Wei Zhang
""")

M("s", """
Kære Mette

Jeg og min mand Rune har søgt om at blive plejefamilie, og vi er blevet godkendt. Men
jeg har hørt fra andre, at mandlige par sjældent får børn anbragt. Er det rigtigt, og
er der en politik for det i kommunen?

Venlig hilsen
Anders Krabbe
""")

M("s", """
Hej

mig og min kæreste Sofie (vi er begge piger) vil gerne leje en kolonihave sammen men
foreningen siger at det kun er familier der kan stå på ventelisten. tæller vi ikke som
familie når vi bor sammen??

Alberte
""")

M("s", """
Til Borgmesteren

Jeg vil bare sige tak for, at I har ansat en LGBT+-konsulent i ungdomsklubben. Min søn
er pansexual og har endelig en voksen at tale med.

Venlig hilsen
Gitte Lorentzen
""")

M("sh", """
Kære Charlotte

Min hustru Birgit døde sidste år. Nu er jeg alene og har det dårligt. Jeg er blevet
behandlet for depression på Glostrup. Jeg har hørt, at der er en samtalegruppe for
ældre kvinder, der har mistet. Må jeg være med, selvom den er for enker?

Venlig hilsen
Inger-Lise Mose
""")

M("s", """
Kære Jannik

Min bror Carsten og hans mand har flyttet ind i rækkehuset ved siden af. Nogen har
skrevet "bøsser" på deres bil. De vil ikke selv skrive, men jeg synes, kommunen skal
vide, at det sker i vores kvarter.

Mvh. Lene Friis
""")

M("s", """
Hi Rasmus,
my wife Anna and I (we are both women, living in Ishøj since 2020) would
like to volunteer at the local library events. Is there a volunteer programme?

Warm regards,
Elin Johansson
""")

M("sh", """
Hej Kirsten

Vi er to mødre, der har fået tvillinger ved hjælp af donor. Sundhedsplejersken skriver
"far" i journalen hver gang. Kan I ikke rette systemet? Det er ikke rart at rette hver
gang.

Kh Josefine og Emma
""")

M("s", """
Kære Hanne

Jeg har været gift med en mand i 25 år, men jeg er nu sammen med en kvinde, og vi bor
sammen i Ishøj. Jeg vil gerne melde mig ind i kommunens seniorråds LGBT+-netværk,
hvis der er et.

Venlig hilsen
Anne-Grethe
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvornår afholdes Ishøj Pride i 2026, og kan foreninger søge tilskud til at deltage?

Mvh. Ishøj Roklub
""")

M("st", """
Kære Ali

Jeg er homoseksuel og fra Iran. Jeg har fået asyl i Danmark, fordi jeg ikke kunne leve
frit i mit hjemland. Jeg bor i Ishøj nu og vil gerne være aktiv i lokalsamfundet. Hvor
kan jeg starte?

Hilsen
Reza
""")

M("t", """
Kære Lars

Vi er tre familier med pakistansk baggrund på Vejlebrovej, og vi bliver jævnligt
spurgt af naboer, om vi "nu også betaler skat". Det er ikke kommunens skyld, men vi vil
gerne have, at politikerne ved det.

Med venlig hilsen
Imran og Sana Qureshi
""")

M("t", """
Hej

Jeg er same fra Nordnorge og er flyttet til Ishøj. Jeg kunne godt tænke mig at holde et
foredrag om samisk kultur på biblioteket. Hvem skal jeg kontakte?

Mvh. Ánde Somby
""")

M("u", """
Kære Lene

Jeg er elektriker og medlem af Dansk El-Forbund. Vi har bedt kommunen om at stille krav
om overenskomst i udbuddet af gadebelysningen. Mange af os bor selv i Ishøj.

Mvh. Claus Bech
""")

M("u", """
Hej Tanja

Jeg er socialrådgiver i kommunen og medlem af Dansk Socialrådgiverforening. Vi har 45
sager pr. rådgiver. Foreningen har rejst sagen i MED. Jeg skriver privat for at sige, at
det går ud over borgerne.

Mvh Katrine
""")

M("ue", """
Kære Jens

Jeg er medlem af Det Faglige Hus og blev afskediget fra kantinen på rådhuset i
foråret. Jeg har stadig ikke fået min sidste løn, og nu er jeg på dagpenge. Kan du
rykke for mig? Cpr [[231179–1145]].

Venlig hilsen
Rene Bruun
""")

M("u", """
Til Kultur- og Fritidsudvalget

Jeg er pensioneret og har været i Malerforbundet hele mit liv. Jeg vil gerne give
kommunens kulturhus en gammel fane fra fagforeningen, som min far bar i 1. maj-
optoget i 1950'erne. Er der interesse?

Venlig hilsen
Jørgen Bech
""")

M("ub", """
Kære Karsten

Jeg er tidligere TR i FOA og sidder nu i Socialdemokratiets lokale bestyrelse. Jeg
vil gerne invitere dig til at tale om velfærdsuddannelser på vores medlemsmøde den 14.
april.

Kammeratlig hilsen
Mona Jeppesen
""")

M("e", """
Kære Social- og Sundhedsudvalg

Min nabo, en ældre dame i nr. 3, har stået på venteliste til plejebolig i et halvt år.
Hun er faldet to gange i sin lejlighed. Jeg skriver med hendes tilladelse. Hun hedder
Gerda Holm, cpr [[120432-0542]].

Venlig hilsen
Jonna Lykke
""")

M("", """
Til Center for Voksne og Velfærd

Hvor lang er ventetiden på plejebolig i Ishøj i gennemsnit? Jeg kan se tallet for 2023
i årsrapporten (63 dage), men ikke for 2024.

Venlig hilsen
Peter Winther, Ældresagen Ishøj
""")

M("h", """
Kære Borgmester

jeg har ringet til 5 kontorer om det samme: der er skimmelsvamp i min lejlighed og
jeg har fået astmaanfald. min læge har skrevet en erklæring. hvem gør noget?

[[300692-2875]]
Nicolai
""")

M("", """
Til Teknik og Miljø

Jeg har et ikke-personligt spørgsmål: Har kommunen en tilsynsforpligtelse, når der
er skimmelsvamp i almene boliger? Jeg er bestyrelsesmedlem i boligafdelingen.

Mvh. Svend
""")

M("p", """
Kære Louise

Vi er et par, der har lejet os ind i et af kommunens gamle lærerhuse ved Torslunde. Nu
har vi fået at vide, at huset skal sælges, og vi har spurgt om at købe det. Ejendomsafdelingen
har sendt et tilbud, men vi synes, prisen er for høj, og vi har sendt et modbud. Kan
du sige noget om, hvordan prisen er fastsat?

Venlig hilsen
Ditte og Kasper Juhl
""")

M("b", """
Kære Merete

Jeg er formand for Ishøj Kirkes Venner og selv troende kristen. Vi har hørt, at
præstegårdens jord skal sælges til en byggeentreprenør, som allerede har budt. Vi
forstår, at aftalen afventer stiftets godkendelse. Kan kommunen sige noget om, hvad der
må bygges?

Med venlig hilsen
Kirsten Holm-Larsen
""")

M("s", """
hej Jannik

min kæreste hedder Jonas og jeg er Magnus, vi er 17 og går begge på Ishøj Gymnasium. vi
vil gerne lave en regnbue-café i ungdomsklubben en gang om måneden. hvem skal vi spørge

Magnus
""")

M("sp", """
Kære Søren

Min mand Erik og jeg har sat vores hus på Ishøj Strandvej til salg, fordi vi vil flytte
til Aarhus, hvor vi blev gift. Vi har en køber, men han kræver, at kommunen først
afslutter sagen om vores carport. Vi har ventet i fire måneder. Kan du hjælpe os?

Venlig hilsen
Bjarne Thomsen
""")
