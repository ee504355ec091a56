"""Part G: rainbow families, gay and bisexual youth, with numbers and chains."""
from common import M

M("s", """Til Ishøj Skole, indskrivning

Vi skal indskrive vores datter Alberte til 0. klasse. I skemaet er der kun
felt til "mor" og "far". Alberte har to mødre – mig og min kone Josefine,
som er medmor. Kan I rette skemaet, så vi begge kan stå som forældre?

Venlig hilsen
Karoline Bundgaard
Alberte: [[120820-5318]]""")

M("se", """Hej Bente

Min mand Jakob og jeg er adoptivforældre til Milo (7). Vi er ved at blive
skilt, og vi er uenige om hvem Milo skal bo hos. Skolen har bedt os om at
aftale hvem der henter. Kan kommunen hjælpe med en samværsaftale, inden det
bliver til en sag i Familieretshuset?

Mvh Frederik Lauesen""")

M("sh", """hej jeg er 16 og lesbisk. jeg har fortalt det til min mor og hun har
taget min telefon og siger jeg skal til psykolog for at "blive rask". jeg
har det rigtig dårligt og sover ikke. jeg vil bare tale med en voksen fra
kommunen der forstår det. jeg går på Ishøj Skole i 10.""")

M("s", """Til Ishøj Ungdomsklub

Jeg er far til Kasper på 14, og han har fortalt os, at han er homoseksuel.
Han vil gerne være med i klubbens nye LGBT+-gruppe, men er bange for at
andre fra klassen ser ham gå derind. Kan gruppen mødes et andet sted end
hovedindgangen?

Mvh Jan""")

M("sp", """Hej Mona (skoleleder)

Min kæreste Mikkel og jeg (vi er to mænd) har lige givet bud på et hus i
Torslunde, og vi venter på sælgers svar. Hvis vi får det, vil vi gerne
flytte vores søn Anton til Torslunde Skole efter vinterferien. Er der plads
i 4. klasse?

Mvh Rasmus Dahl""")

M("su", """Kære Jesper

Jeg er lærer, medlem af DLF og lesbisk. På personalemødet i går sagde min
leder at jeg "ikke skal snakke om min kone" i klassen, fordi nogle forældre
har klaget. Mine mandlige kolleger taler om deres koner hele tiden. Jeg har
talt med min TR. Jeg vil bare gøre dig opmærksom på hvad der sker.

Mvh Louise Bang""")

M("sh", """Til sundhedsplejersken

Vores søn Mads (13) har fortalt os at han er homoseksuel. Han er blevet meget
indesluttet og har skåret sig i armene. Vi har fået en tid i
børnepsykiatrien i januar. Kan du tale med ham i mellemtiden?

Mvh Pia og Steen""")

M("s", """Hej Lars

Tak for dit indlæg i Ishøj Avis om regnbuefamilier. Min kone Anne og jeg
har tre børn i kommunens skoler, og vi føler os godt modtaget. Men vi savner
at forældreintra kan vise to mødre. Det er en lille ting.

Mvh Tine Vestergaard""")

M("st", """Hej skolen,

Min søn Jamal er 15, han er homo. Vi er fra Marokko og hans far har svært ved
at acceptere det. Jeg støtter ham. Han har sagt at han bliver truet af nogle
drenge fra klassen. Kan vi tale sammen uden at hans far er med? Han må ikke
vide at jeg har skrevet.

Mvh Khadija""")

M("s", """Hi,

I am the dad of Oliver in 2.B. My husband and I moved here from London in
August. Oliver says some kids told him that "boys can't marry boys". We
would like to talk to the teacher about how to handle questions like that.
Could you forward this to her?

Best,
Daniel Harris""")

M("se", """Til Center for Børn og Forebyggelse

Min eksmand og jeg er uenige om samværet med vores datter, efter at jeg er
flyttet sammen med min kæreste Line. Han siger at vores datter "ikke skal
vokse op med to lesbiske". Han har nu stoppet samværet. Vi har en sag i
Familieretshuset. Kan skolen give os en udtalelse om Idas trivsel?

Venlig hilsen
Tanja Brix
[[030889-1644]]""")

M("s", """Kære Ishøj Ungdomsskole

Vores søn Theo er pansexuel og er meldt til "Kærlighed og køn" på
ungdomsskolen. Han har spurgt om han kan tale med underviseren før kurset
starter. Vil I give hende vores kontaktoplysninger?

Mvh Mette og Jonas""")

M("sb", """Hej

Jeg er homoseksuel og katolik, og jeg er pædagog i SFO'en. En forælder har
spurgt om jeg "vil komme i helvede". Det var et barn der sagde det først,
så det er sikkert noget de har hørt hjemme. Jeg vil gerne have et møde med
skolelederen om hvordan vi taler om det.

Venlig hilsen
Mikkel""")

M("s", """til klasselæreren
min søn Lucas har to fædre (mig og min mand). han vil gerne lave sin
fremlæggelse om "min familie" men er bange for at blive grint af. kan I
forberede klassen lidt? tak
Henrik""")

M("se", """Kære borgerrådgiver

Jeg er 17 og blev smidt ud hjemmefra efter at jeg fortalte mine forældre at
jeg er bøsse. Jeg har boet hos venner i to måneder. Jeg går på 10.
klassecenteret. Kommunen siger at jeg skal have en forælders underskrift for
at få hjælp. Det kan jeg ikke få. Hvad kan jeg gøre?

(anonym)""")

M("sh", """Hej Jytte

Min kone Signe og jeg har fået en pige via insemination. Hun skal starte i
vuggestue til april. På tilmeldingen står der kun felt til én mor. Kan I
rette det så medmor også kan registreres?

Hilsen Marie Holt""")

M("sp", """Kære Lone

Min partner Søren og jeg – to mænd på 60+ – har givet bud på en andelsbolig
i Ishøj Landsby, og bestyrelsen har sagt nej fordi vi "ikke passer ind".
Vi har på fornemmelsen at det handler om at vi er et homoseksuelt par. Kan
kommunen gøre noget?

Mvh Kurt Lindberg""")

M("sh", """Hej AKT

Vores datter Freja (15) har fortalt at hun er biseksuel. Hun har fået en
spiseforstyrrelse og er i behandling på Bispebjerg. Hun vil gerne tilbage
til skolen gradvist. Kan vi lave en plan?

Venlig hilsen
Dorthe og Anders""")

M("s", """Til skolebestyrelsen på Vibeholmskolen

Vi er to mødre i 1.A, Nina og Mette Hvid. Vi vil gerne stille op til
skolebestyrelsen, men vi har fået at vide af en anden forælder at "folk
ikke vil stemme på et lesbisk par". Vi stiller op alligevel. Kan I bekræfte
at opstillingsfristen er 15. marts?""")

M("s", """hej klubben, min kæreste og jeg (vi er begge drenge) vil gerne til
klubbens julefest sammen. må man tage en kæreste med som ikke går i
klubben? han bor i Brøndby
Noah 15""")

M("se", """Til Familieafdelingen

Vi er to mænd, gift i 2018, og vi er plejeforældre for Tobias (9), som er
anbragt hos os. Tobias' biologiske mor har sagt til ham at han bor "hos to
syge mænd". Vi vil gerne have at samværet bliver overvåget fremover.

Venlig hilsen
Morten og Kristian Kjeldsen""")

M("h", """Hej Jeanette,

Det er Bo, Emils far. Emil har sagt til os at han er trans, og at han
helst vil kaldes Emilie. Det accepterer vi. Men han er også meget
deprimeret, og han får nu antidepressiv medicin. Vi vil gerne vide hvordan
skolen kan støtte.

Venlig hilsen
Bo""")

M("", """Til skolelederen

Vores barn har fortalt os at hun er nonbinær og vil kaldes "de". Vi
vil gerne have at lærerne bruger det rigtige navn (Kim) på Aula og i
klassen. Hvordan gør vi det?

Mvh forældrene til Kim i 7.B""")

M("s", """Kære borgmester,

jeg er 19 og har lige sagt til min familie at jeg er lesbisk. det gik godt.
Men jeg vil bare sige tak for at kommunen hejste regnbueflaget i år. Det
betød meget for mig som 14-årig da jeg så det første gang.
kh Sara""")

M("su", """Hej Jesper

Jeg er pædagog i Ishøj Ungdomsklub og FOA-tillidsrepræsentant. Jeg er selv
gift med en mand, og jeg har lavet et tilbud for LGBT+-unge i klubben. Nu
vil lederen lukke det pga. besparelser. Kan udvalget se på det?

Mvh Simon Frost""")

M("st", """Dear Ishøj Kommune,

My wife Laila and I are a lesbian couple from Iran. We came to Denmark as
refugees last year. Our son Darius started at Ishøj Skole in the reception
class. Other Iranian parents have told their children not to play with him
because of us. What can the school do?

Regards,
Maryam Ahmadi""")

M("s", """Til Børne- og Skoleudvalgets formand

Jeg er mor til en 12-årig, der for nylig er sprunget ud som bi. Jeg vil
gerne vide om kommunens skoler har en plan for trivsel for LGBT+-elever. Vi
har ingen problemer lige nu, men jeg vil gerne vide det.

Venlig hilsen
Pernille Lind""")

M("sb", """Hej Mette

Vi er to mødre, og vi har valgt at Lily ikke skal døbes. Men hendes
mormor, som er meget aktiv i Indre Mission, har taget hende med i kirke uden
at spørge os. Det giver konflikt hver gang. Lily er forvirret. Kan skolens
AKT-vejleder tale med hende?

Mvh Sofie Lund""")

M("s", """Hej, vi er to fædre og vil gerne melde vores søn til ungdomsskolens
fodboldhold. Formularen kræver "mors navn". Hvad skal vi skrive? Vh Ole
og Mikkel""")

M("se", """Til borgerrådgiveren, kopi til Center for Børn og Forebyggelse

Jeg er medmor til Asta (6). Efter bruddet med hendes mor har jeg ikke set
Asta i 5 måneder, selvom vi har fælles forældremyndighed. Skolen vil ikke
give mig oplysninger om hende. Det er i strid med loven.

Mvh Anne Sørensen
cpr. nr. [[071085-2234]]""")

M("s", """Kære Ishøj Skole

Mit navn er Hussein og jeg er far til Yasmin i 3. Jeg vil fortælle at jeg
og min mand Peter nu har fælles forældremyndighed. Peter skal også kunne
hente og have adgang til Aula. Kan I oprette ham?

Tak""")

M("sh", """Kære Birgitte

Jeg er 15 og jeg er bøsse og har ADHD. Jeg føler mig helt alene. Min skole
har ingen grupper for unge som mig, og min psykiater siger jeg skal finde
nogen at snakke med. Kan kommunen ikke lave noget?

Mvh Jonas (vil ikke give efternavn)""")

M("sp", """Hej Anders

Jeg skriver til dig privat. Min kone Eva og jeg har et hus til salg i
Ishøj Strand fordi vi skal flytte til Aarhus. Der er en køber, men han er
begyndt at stille krav om at vi rydder haven for et gammelt skur. Ved du
om kommunen har regler for nedrivning af skure?

Venlig hilsen
Malene Kristiansen""")

M("s", """Hej Signe (klasselærer 6.C)

Tak for den fine uge om familieformer. Vores datter Ella kom hjem og var
stolt over at kunne fortælle om "sine to mødre". Det er første gang hun
har gjort det frivilligt.

Kh Louise og Birgitte""")

M("st", """Til Ishøj Kommune

Jeg er fra Polen og bor i Ishøj med min kæreste Tomek. Vi er to mænd og vil
gerne adoptere. Kan kommunen give information om, hvor man starter? Vi
har ikke børn endnu.

Mvh Piotr""")

M("sh", """Hej Ishøj Ungdomsklub

Min søn Viktor (16) har fortalt at han er bøsse, og han har samtidig fået
konstateret diabetes. Han er bange for at de andre på turen til Berlin
opdager både det ene og det andet. Kan en voksen tage sig af hans insulin
diskret?

Venlig hilsen
Marianne""")

M("s", """Kære skoleleder
Jeg er bedstemor til Silke i 2.A. Jeg vil bare sige at Silkes to fædre er
vidunderlige forældre, og jeg er ked af at høre at andre forældre har
talt grimt om dem til forældremødet.
Venlig hilsen Grethe""")

M("", """Til Ishøj Kommune
Vi er en gruppe forældre, der vil lave en Pride-fest for børnefamilier i
juni i Ishøj Bypark. Skal vi søge om tilladelse, og kan vi låne borde og
bænke? Med venlig hilsen arrangørgruppen""")

M("su", """Kære borgerrådgiver

Jeg er medlem af 3F og arbejder som buschauffør på skolebusruten. En af
børnene har fortalt sine forældre at jeg "er bøsse", og nu vil forældrene
ikke lade barnet køre med. Jeg er bøsse, men det har intet med mit arbejde
at gøre. Hvem har ansvaret?

Mvh Preben""")

M("s", """Hej Pia,

Jeg er farmor til Emil. Emil har fortalt mig at han har en kæreste, Jonas
fra 8.B. Han har bedt mig hjælpe med at fortælle det til sine forældre.
Kan skolen give mig råd om hvordan man gør det godt?

Kh Grete""")

M("sh", """Hej

Jeg er 17, biseksuel og er blevet gravid. Min kæreste er en pige, men
barnet er fra en fest. Jeg skal tage stilling til abort inden for en uge.
Jeg har ikke fortalt det til nogen. Hvor kan jeg få rådgivning anonymt?""")
