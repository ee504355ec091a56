"""corpus83 part D: the pride flag on the town hall, Pride Week and LGBT+ life."""
from common import M

M("s", """Kære borgmester

Tak for regnbueflaget på rådhuset. Jeg er 68 og sprang ud som lesbisk, da jeg
var 40. Dengang turde jeg ikke fortælle det til nogen i Ishøj. I dag græd jeg
lidt, da jeg kørte forbi.

Kærlig hilsen
Inger Marie""")

M("", """Til byrådet

Rådhuset skal kun flage med Dannebrog. Det er ikke kommunens opgave at
tage stilling til den slags. Tag regnbueflaget ned.

Mvh Svend Aage Nielsen""")

M("sb", """Hej Mette

Jeg er homoseksuel og medlem af Venstre. Jeg er uenig med min egen
partiforening, der vil have flaget ned. For mig handler det ikke om politik,
men om at unge i Ishøj kan se, at de er velkomne.

Med venlig hilsen
Frederik Alsing""")

M("", """Hvornår er Pride-arrangementet i Ishøj i år, og må man tage hunde med til
optoget? Mvh Tina""")

M("sbt", """Kære byråd

Jeg er muslim, født i Bosnien, og jeg er homoseksuel. Der er mange der mener,
man ikke kan være alle tre. Jeg vil bare sige tak for flaget, og samtidig
bede jer om ikke at bruge Pride som et våben mod muslimer i debatten.

Venlig hilsen
Adnan""")

M("", """Til Kultur- og Fritidsudvalget

LGBT+ Ishøj søger 25.000 kr. fra Kulturpuljen til Ishøj Pride 2025. Budget,
program og foreningens vedtægter er vedhæftet. Foreningens CVR er 43218890,
bankkonto reg. 5301 konto 0241556871.

Med venlig hilsen
Bestyrelsen, LGBT+ Ishøj""")

M("sh", """Hej Susanne

min søn er 15 og har fortalt os at han er bøsse. han har det rigtig dårligt
og er i behandling hos børnepsykiatrien for depression. han er blevet mobbet
på skolen. kan byrådet ikke gøre mere for unge som ham end at hejse et flag?

mor""")

M("s", """Hej

Min mand og jeg (Bjarne) har boet på Ishøj Strandvej i 30 år. Vi er blevet
gift i 2012, da det blev muligt. Vi har aldrig oplevet noget ondt i Ishøj,
og flaget ændrer ikke noget for os, men det er pænt.

Bjarne Winther""")

M("b", """Kære byråd,

Jeg er præst i en frikirke i Ishøj, og jeg mener ikke, at en kommune skal
flage for en bestemt livsstil. Jeg respekterer alle mennesker, men flaget er
et politisk symbol. Tag det ned.

Pastor Jens Holmgaard""")

M("", """Til borgmesteren

Kommunens flagregulativ: Hvem bestemmer hvilke flag der hejses på rådhuset,
og findes der en politik for det? Jeg er studerende og skriver opgave om
kommuners flagpolitik.

Venlig hilsen
Laura Thim""")

M("s", """Kære Erik

Vi er en regnbuefamilie med to fædre og en dreng på 5. Vi er flyttet fra
Amager til Ishøj for et halvt år siden. Vores søn spurgte, da vi kørte
forbi rådhuset, om flaget var til os. Jeg sagde ja. Tak.

Kristoffer & Michael""")

M("e", """til borgmesteren

I bruger penge på flag og fester mens jeg sidder på 6000 kr. om måneden
efter husleje. Jeg er på integrationsydelse og kan ikke købe vinterjakke til
børnene. Sådan.

Mvh Hassan""")

M("sh", """Hej Mette

Jeg er transkvinde og lesbisk, og jeg har ventet 3 år på at komme til
kønsidentitetsklinikken. Flaget på rådhuset er fint, men jeg vil gerne have
at byrådet presser regionen for kortere ventetid. Jeg har haft en svær
depression imens.

Sofie R.""")

M("", """Til byrådet

I forbindelse med Pride Week foreslår vi, at Ishøj Bibliotek laver en
udstilling om LGBT+-historie i Danmark. Vi kan låne plancher fra
Rigsarkivet.

Med venlig hilsen
Ishøj Biblioteksforening""")

M("sb", """Kære Lone

Jeg er bi og jeg er kristen. Jeg går i Ishøj Kirke hver søndag og er glad
for at præsten og kommunen begge står bag Pride. Nogle gange føles det som
om man skal vælge side. Det skal man ikke.

Mvh Simon Lauritzen""")

M("t", """Hej

Jeg er grønlænder og har boet i Ishøj siden jeg var 18. Jeg vil bare sige,
at når kommunen kan hejse regnbueflaget, så kan I også hejse det grønlandske
flag på nationaldagen den 21. juni. Det betyder noget for os.

Naja Kleist""")

M("", """Hej

Regnbueflaget på rådhuset er revet i stykker af vinden. Det hænger og
blafrer helt ødelagt. Nogen bør tage det ned eller skifte det.

Mvh Bent Jessen""")

M("su", """Til Mette

Jeg er lesbisk og TR for HK-kollegerne i Borgerservice. Nogle kolleger har
oplevet at borgere nægter at blive betjent af dem, efter de har haft
regnbuenål på. Vi vil gerne have en klar melding fra ledelsen og byrådet.

Vh Camilla Dreyer""")

M("s", """Kære borgmester

Jeg er asexual og har aldrig haft lyst til at fortælle det til nogen, men
Pride-foredraget på biblioteket fik mig til at føle mig set. Så tak for
det. Hav en god dag.

J.""")

M("", """Kære Kultur- og Fritidsudvalg

Vi er en gruppe borgere der synes at kommunen bruger for mange penge på
Pride. Vi har samlet 340 underskrifter mod at kommunen betaler for optoget.
Listen er vedhæftet.

På vegne af gruppen
Arne Frandsen""")

M("st", """Hej Peter

Min kæreste Anders og jeg (jeg hedder Rasmus) blev overfaldet ved
stationen efter Pride-festen. En af dem kaldte Anders "perker-bøsse", fordi
han er halv iraner. Politiet har sagen, men vi vil gerne bede kommunen om mere
lys og tryghedsvandringer ved Ishøj Station.

Rasmus Kvist""")

M("b", """Til byrådet

Jeg er medlem af Kristendemokraterne og var med til at samle underskrifter
mod at kommunen betaler for Pride-optoget. Det handler ikke om at vi er imod
nogen, men om at skattekroner skal bruges neutralt.

Venlig hilsen
Ejvind Kragh""")

M("", """Hej

Hvad koster Pride-arrangementet kommunen i år i alt? Jeg har brug for
tallene til et indlæg i Ishøj Avis. Sagsnummer fra sidste års aktindsigt:
00.01.00-A00-3-24.

Mvh Kirsten Berg""")

M("sp", """Kære Susanne

Min kone Lise og jeg (Gitte) har sat vores hus i Torslunde til salg, fordi vi
vil tættere på vores børnebørn i Aarhus. En køber har trukket sig efter
at have set regnbueflaget i vores vindue og sagt "det er ikke et kvarter for
os". Det siger vel noget om stemningen. Vi har en ny fremvisning på søndag.

Gitte Lund""")

M("", """Til byrådet

Jeg har ingen problemer med homoseksuelle, men jeg synes flaget skal hænge
på Pride-dagen og ikke hele juni. Det bliver for meget.

Mvh John Henriksen""")

M("sbt", """Kære Hakan

Jeg er lesbisk og har dansk-iranske forældre. Jeg er også medlem af Radikale
Venstre. Min mor er begyndt at sige, at jeg ikke er en "rigtig" iraner,
fordi jeg har en kæreste der hedder Julie. Jeg skriver fordi jeg gerne vil
hjælpe med at lave et netværk for unge som mig.

Shirin""")

M("h", """Hej Lone

Til Pride-optoget var der ingen toiletter til kørestolsbrugere. Jeg har
sklerose og sidder i kørestol, og jeg måtte tage hjem efter en halv time.
Kan det komme med i planen næste år?

Charlotte Munk""")

M("su", """Hi Erik,

Writing in English, sorry. My husband Tom and I (I'm Patrick) both work at
the hospital and are members of the nurses' union DSR. We would like to
volunteer for the first aid tent at Ishøj Pride. Who do we contact?

Patrick""")

M("", """Til Kultur- og Fritidsudvalget

Regnbueflag, lyskæder og scene til Pride 2024: faktura 0107241198 fra Ishøj
Event ApS er endnu ikke betalt. Forfald 1. august. Vores kundenr. hos jer er
1508903317.

Med venlig hilsen
Ishøj Event ApS""")

M("s", """jeg er 17 og pan. ved ikke om I læser sådan nogle mails men tak for
ungdomsklubbens pride-aften. første gang jeg har mødt andre som mig i
Ishøj. hilsen Alex""")

M("", """Til byrådet

Vi i Ishøj Seniorforening synes, at kommunen skal bruge flere penge på
ældreområdet og mindre på symbolpolitik som flag og optog. Det er vores
holdning efter generalforsamlingen.

Med venlig hilsen
Bestyrelsen""")

M("se", """Kære borgerrådgiver

Min mand Omar og jeg (Tobias) har søgt om at blive godkendt som
plejefamilie. Vi fik at vide, at det tager længere tid for os. Samtidig har
jeg lige mistet mit job og er meldt ledig. Jeg frygter at det bliver brugt
imod os. Er det lovligt?

Tobias Holm""")

M("s", """Hej Mette

Jeg er lige sprunget ud over for mine forældre som lesbisk. De tog det fint.
Jeg tænkte bare at I skulle vide, at flaget på rådhuset var en del af grunden
til at jeg turde.

Emma, 19""")

M("", """Til byrådet, kopi til Ishøj Avis

Jeg vil gerne vide, om kommunen har samarbejde med nogen organisationer om
LGBT+-undervisning i folkeskolen, og hvad det koster. Det er et spørgsmål
om gennemsigtighed.

Venlig hilsen
Mogens Thygesen""")

M("hs", """Kære Susanne

Min kæreste Martin og jeg (Thomas) har boet sammen i 5 år. Han fik en
hjerneblødning i foråret og ligger nu på Glostrup Hospital. Personalet vil
ikke give mig oplysninger, fordi vi ikke er gift. Kan kommunen ikke hjælpe?

Thomas Friis""")

M("", """Hej Peter

Jeg synes det er en fin idé med en regnbuebænk ved Ishøj Havn. Kan man
søge om det gennem borgerbudgettet, og hvem skal jeg skrive til?

Mvh Lea""")

M("s", """Til Kultur- og Fritidsudvalget

Som homoseksuel mand der er vokset op i Ishøj i 90'erne, vil jeg bare sige
at det betyder noget at se flaget. Jeg troede dengang jeg var den eneste.

Venlig hilsen
Jesper Overgaard""")

M("sb", """Kære borgmester

Jeg er katolik og lesbisk, og jeg har gennem 10 år prøvet at få de to ting
til at hænge sammen. Jeg vil bede byrådet om at holde fast i flaget, også
selvom nogle kirker siger det modsatte.

Anna Kowalski""")
