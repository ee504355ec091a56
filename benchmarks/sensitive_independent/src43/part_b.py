"""Part B: young parents about their children - day care, school, PPR, diagnoses, bullying."""
from common import M

M("he", """Hej Birgitte

Vores søn Villads (4) har fået diagnosen autisme i sidste måned, og børnehaven Regnbuen siger de ikke har ressourcer til at give ham en støttepædagog. Hvem kan vi tale med? Hans cpr er [[120321-4417]].

Mvh Camilla og Rune Holst""")

M("", """Hej. Hvordan søger man støttepædagog til et barn i børnehave? Er der en blanket? Mvh en ny far""")

M("he", """hej, vi har fået afslag fra PPR på specialklasse til vores datter Alma, som er ordblind og har angst. hun græder hver morgen før skole. kan vi klage?? hendes cpr [[0803144632]] mvh Sandra""")

M("", """Hej. Hvad er ventetiden på en PPR-udredning i Ishøj lige nu? Vi overvejer at flytte til kommunen og vil gerne vide det. Mvh Jeppe""")

M("e", """hej, vi kan ik betale vuggestuen mere siden jeg blev fyret. kan vi søge friplads?? barnets cpr [[170623 4518]] // Mette, Tranegilde Strandvej""")

M("", """hej, hvad koster en vuggestueplads i 2027 og hvornår kommer takstbladet? mvh""")

M("", """Hej. Vores datter har fået pladsnr. 2105234417 på ventelisten til Strandgården, men vi kan ikke se hvor hun står i køen. Kan I hjælpe? Mvh Oskar og Line""")

M("h", """hej Peter (skoleudvalget). min søn på 9 er blevet mobbet så meget at han nu har ondt i maven hver dag og egen læge har sygemeldt ham fra skolen i 14 dage. skolen gør ingenting. hvad gør i?? mvh Anja""")

M("", """Hej. Jeg synes det er for dårligt at Ishøj ikke har en fælles antimobbestrategi for alle skoler. Kan udvalget tage det op? Mvh en bekymret mor""")

M("t", """Hej. Min datter på 7 er blevet kaldt "perker" af to drenge i sfo'en flere gange. Vi er fra Irak, og hun forstår ikke hvorfor. Pædagogerne siger det er "drengeleg". Det er ikke ok. Mvh Zainab""")

M("", """hej, er der tolkebistand til forældremøder i sfo'en? vi har flere forældre på stuen der ikke snakker dansk godt""")

M("sh", """Hej. Vi er to mødre (jeg er medmor) til Asta på 2, og hun har lige fået konstateret astma. Vuggestuen vil ikke give hende inhalator uden en underskrift fra "far". Hvad gør vi? Vh Louise""")

M("", """Hej. Hvilken blanket skal vuggestuen have for at give et barn medicin? Tak""")

M("b", """Hej. Vi er katolikker og vores søn skal til første kommunion en lørdag i maj, hvor der også er fodboldstævne med skolen. Kan han få fri fra den obligatoriske del fredag? Mvh Maria og Tomasz""")

M("", """hej! hvornår er der gudstjeneste for børn i Ishøj Kirke op til jul? mvh""")

M("", """Hej. Vores sag i familieafdelingen har j.nr. 27.24.00-A00-1203-24. Hvem er sagsbehandler nu? Den gamle er stoppet. Mvh""")

M("e", """Hej. Jeg har fået en underretning fra skolen om min søn Noah fordi han er kommet for sent mange gange. Jeg synes det er vildt overdrevet. Hvad sker der nu? Mvh Tina""")

M("", """Hej. Hvornår skal en skole lave en underretning? Jeg er ny lærer og vil gerne kende kommunens retningslinjer. Mvh""")

M("he", """Kære Lone Jensen (formand for Børne- og Skoleudvalget)

Vores datter Ellie på 11 har epilepsi og har fået afslag på kørsel til skole, selvom hun har haft to anfald på cyklen. Vi forstår det ikke. Cpr: [[230715–4221]].

Venlig hilsen
Mikkel Thorsen""")

M("", """Hej. Hvem kan få kørsel til skole? Er der en afstandsgrænse? Vi flytter til Ishøj Landsby til sommer. Mvh""")

M("e", """hej. mig og barnets far er gået fra hinanden og han vil ik aflevere Lukas efter weekenden. hvad kan kommunen gøre?? ring 6031 2298 pls""")

M("", """hej, hvor finder man info om samvær når man går fra hinanden? Familieretshuset eller kommunen?""")

M("s", """hej. jeg og min mand Jakob (jeg hedder Thomas) har lige fået godkendt adoption af en lille dreng og vi vil gerne høre om der er noget vi skal sørge for ift. vuggestue og sundhedsplejerske når han kommer hjem? mvh""")

M("", """hej, hvornår kommer sundhedsplejersken på første besøg efter fødslen?""")

M("h", """hej. jeg er gravid i uge 30 og min vuggestueplads til min ældste starter lige når jeg skal føde. kan den rykkes?? mvh Nicoline""")

M("", """Hej. Kan man rykke en vuggestuestart hvis man får en plads man ikke er klar til? Spørger for min søster""")

M("", """Hej. Mit barns sygesikringsnr. står som 0912221234 på kortet fra regionen – nej vent, det er fra Tandplejen, det er hendes patient-id. Kan I bruge det til at flytte hendes tid? Mvh Lærke""")

M("h", """hej!! min lille på 3 har fået skoldkopper så vi kommer ik i dagplejen hele ugen. skal jeg give besked til jer eller direkte til dagplejeren? /Simone""")

M("", """Hej, hvor længe skal et barn med skoldkopper blive hjemme? Har kommunen en vejledning?""")

M("h", """Hej. Vores dagplejer, Gitte på Bredekærs Vænge, er syg i tre uger, og vi har fået gæsteplads et andet sted, men Liam græder hele tiden. Kan vi få en fast vikar? Mvh Karina""")

M("e", """Hej. Vi er blevet indkaldt til møde om "bekymring" for vores to børn fordi min kæreste sidder i fængsel. Kan vi have en bisidder med? Mvh Maja, [[050198 1632]]""")

M("", """Hej. Må man have en bisidder med til møder i familieafdelingen? Spørger generelt. Tak""")

M("t", """Hej. Min søn er adopteret fra Colombia og bliver spurgt hver dag om han "er rigtig dansk". Kan skolen lave et forløb om forskellighed? Mvh Birgit""")

M("", """Hej. Vi vil gerne adoptere. Har Ishøj Kommune noget med adoptionssager at gøre, eller er det staten? Mvh""")

M("u", """hej. jeg er pædagog i Troldehøjen og medlem af BUPL, og vi er så få voksne på stuen at jeg ik kan nå at skifte bleer. jeg skriver som forælder og ansat. kan byrådet ik se på normeringen? /Anne""")

M("", """Hej. Jeg synes normeringen i daginstitutionerne er alt for lav, og jeg håber byrådet prioriterer det i budgettet. Mvh en far""")

M("", """hej, BUPL holder stormøde om normeringer torsdag - er nogen fra børneudvalget med?""")

M("he", """Hej. Vores søn Elias har Downs syndrom og skal starte i skole. Vi har søgt om en specialskoleplads og hjælpemidler (en særlig stol). Sagen har nr. 2024-11873 og hans cpr er [[270419 4012]]. Hvornår hører vi noget? Mvh Jesper og Sara""")

M("", """Hej. Hvor mange specialskolepladser har Ishøj, og hvor mange børn venter? Mvh Dorte""")

M("e", """Hej. Jeg er på barsel og har søgt barselsdagpenge via kommunen, men der er ikke kommet noget i 6 uger. Mit cpr er [[140797-1520]]. Vh Signe""")

M("", """Hej. Hvordan søger man barselsdagpenge som selvstændig? Mvh""")

M("b", """hej. min datter har valgt at bære tørklæde nu hun er 12 pga sin tro og nogen fra klassen har taget det af hende. hvad gør skolen ved det? mvh Hanan""")

M("", """Hej. Har skolerne regler om hovedbeklædning i timerne? Kasketter, tørklæder osv.? Mvh""")

M("h", """Hej. Min datter Frida på 14 skærer i sig selv, og vi har ventet 8 måneder på børne- og ungdomspsykiatrien. Kan kommunen hjælpe i mellemtiden? Mvh en meget træt mor""")

M("", """Hej. Hvad er ventetiden i børne- og ungdomspsykiatrien i Region Hovedstaden? Jeg læste 9 måneder i avisen""")

M("eh", """hej, vi har fået bevilget aflastning hver anden weekend til vores søn med ADHD og autisme, men aflastningsfamilien har sagt op. hvad nu?? /Rikke""")

M("", """hej, vi vil gerne være aflastningsfamilie. vi har et ekstra værelse og to store børn. hvem kontakter vi?""")

M("", """Hej. CVR 3012 8844 på den dagplejeforening vi er med i – er den godkendt af kommunen? Mvh""")

M("t", """Hej. Vi er en ukrainsk familie og kom for 2 år siden. Vores søn vil gerne gå til fodbold, men klubben siger han skal have cpr først. Han har det: [[010615-4771]]. Hvad mangler de? Mvh Olena""")

M("", """Hej. Kan børn fra Ukraine gå gratis til fritidsaktiviteter i Ishøj? Mvh frivillig træner""")

M("pe", """hej. vi har sat vores rækkehus på Tranehaven til salg fordi vi skal flytte tættere på vores datters nye specialskole. der har været 2 fremvisninger. må vi beholde skolepladsen hvis vi sælger? /Martin""")

M("", """Hej. Hvornår sælger kommunen de nye byggegrunde i Ishøj Landsby? Vi er en ung familie og drømmer om at bygge. Mvh""")

M("e", """Hej. Min mand mistede sit job, og vi har søgt enkeltydelse til briller til vores søn. Vi har fået afslag. Hvad er reglerne? Mvh Helle""")

M("", """hej, vi har brug for en ny barnevogn, er der et sted i kommunen man kan bytte brugte ting? tak""")

M("hs", """hej, min søn på 16 er lige sprunget ud som homo og han er meget ked af det og har fået angstanfald. skolen vil gerne hjælpe men ved ik hvad de skal gøre. /hans far""")

M("", """Hej. Har kommunen materiale til forældre om unge og kønsidentitet? Mvh""")
