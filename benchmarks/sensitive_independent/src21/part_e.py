"""corpus21 part E: sexual orientation, families and identity in the local debate; origin and minority stories."""
from common import M

M("se", """Kære borgmester

Jeg er 68 og har levet sammen med min kæreste, Erling, i 40 år. Vi har aldrig været åbne om det over for vores naboer i Strandgårdsparken. Nu skal vi måske flytte på plejehjem, og jeg er bange for, at vi ikke kan få lov at bo sammen, eller at personalet vil se skævt til os. Findes der en politik for ældre homoseksuelle par på kommunens plejecentre?

Venlig hilsen
Gunnar""")

M("", """Kære borgmester

Har kommunens plejecentre en politik for LGBT+ beboere? Flere kommuner har fået "regnbuecertificering". Kunne Ishøj gøre det samme?

Venlig hilsen
LGBT+ Danmark, seniorgruppen""")

M("s", """hej Hanne. jeg er lesbisk og mor til to, og jeg vil bare sige at jeg synes det er grimt at en af jeres byrådskolleger deler opslag om at "regnbueideologi" ikke hører hjemme i skolen. mine børn går i skolen her. /Signe""")

M("", """Hej Hanne. Jeg synes ikke, at seksualundervisning om kønsidentitet hører hjemme i 2. klasse. Det er forældrenes opgave. /Kenneth""")

M("s", """Til Børne- og Skoleudvalget

Vi er to mødre til Alma i 1.c på Vejleå Skole. I forbindelse med "Uge Sex" har læreren sendt et brev ud om "mor og far", og Alma kom hjem og spurgte, om hun havde en forkert familie. Vi håber, udvalget vil minde skolerne om, at der findes regnbuefamilier.

Med venlig hilsen
Karoline og Sofie Lund-Berg""")

M("s", """Kære Anne-Mette

Jeg er medmor til vores datter Freja, og kommunens system kan stadig ikke registrere mig som forælder i skolernes forældreintra, fordi der kun er felterne mor og far. Jeg bliver logget ind som "far". Det er lidt komisk, men også lidt trist.

Hilsen Birgitte""")

M("", """Kære Anne-Mette

Forældreintra skal kunne håndtere alle familieformer. Det er en teknisk ting, men den betyder noget. Kan I ikke stille krav til leverandøren?

Hilsen Per Kofoed, it-konsulent""")

M("s", """Til byrådsmedlem Jesper Holm

Min mand Karim og jeg har søgt om at blive aflastningsfamilie. Vi er begge mænd, og vi bor på Tangsøparken. Sagsbehandleren var flink, men spurgte, om vi havde "overvejet, hvordan børnene reagerer på to mænd". Jeg synes, spørgsmålet var upassende. Jeg vil bare gerne vide, om det er et standardspørgsmål.

Med venlig hilsen
Christian Munk""")

M("s", """hey, jeg er en transkvinde og lesbisk og har boet i ishøj hele mit liv. jeg har ikke noget at klage over, jeg vil bare sige tak for at I havde regnbueflaget oppe i år. det betød meget for mig. kh Alex""")

M("", """Hey. Regnbueflaget skal ikke hænge på rådhuset. Rådhuset er for alle, ikke for en bestemt gruppe. Mvh Knud""")

M("s", """Kære Mette

Min søn på 16 er lige sprunget ud som bøsse. Han har det svært i skolen, og der er nogle drenge, der har skrevet grimme ting om ham på Snapchat. Skolen siger, at det er et privat anliggende. Jeg synes, det er mobning, og at skolen har et ansvar. Kan du tage det op i udvalget som et generelt problem?

Med venlig hilsen
Lisbeth Aagaard""")

M("", """Kære Mette

Skolernes antimobbestrategier bør også dække digital mobning uden for skoletiden. Det står der ikke noget om i den nuværende strategi.

Med venlig hilsen
Skole og Forældre, Ishøj""")

M("sh", """Til Sundheds- og Forebyggelsesudvalget

Jeg er homoseksuel og lever med hiv. Jeg er velbehandlet og har det godt, men jeg oplevede sidste måned, at en hjemmesygeplejerske tog to par handsker på og holdt afstand, da hun skulle skifte en forbinding på mit ben efter en operation. Jeg vil gerne have, at kommunen har undervisning for personalet om hiv.

Med venlig hilsen
Jørgen V.""")

M("", """Til Sundheds- og Forebyggelsesudvalget

AIDS-Fondet tilbyder gratis undervisning af kommunalt sundhedspersonale om hiv og stigma. Vi vil gerne tilbyde det til Ishøj Kommune.

Med venlig hilsen
AIDS-Fondet""")

M("s", """Kære Lars

Jeg er biseksuel og gift med en kvinde. Jeg skriver, fordi min kone og jeg har været til et borgermøde om ungdomsklubben, hvor en anden deltager sagde, at "de biseksuelle bare ikke har bestemt sig". Jeg synes, byrådsmedlemmerne, der var til stede, burde have sagt noget. Ingen gjorde.

Med venlig hilsen
Anders Rønne""")

M("st", """Kære Ahmad

Jeg er født i Ishøj af marokkanske forældre og er homoseksuel. Jeg har ikke fortalt det til min familie. Jeg skriver, fordi jeg har læst, at du vil lave et netværk for unge med minoritetsbaggrund. Husk at der også er os, der har brug for et sted, hvor vi kan være begge dele. Jeg ønsker at være anonym.

Y.""")

M("", """Kære Ahmad

Netværket for unge med minoritetsbaggrund er en god idé. Hvem kan deltage, og hvornår starter det?

Venlig hilsen
Ishøj Ungdomsskole, vejleder""")

M("s", """Til borgmesterens kontor

Min kæreste, Lukas, og jeg skal giftes på rådhuset i juni. Da vi bestilte tid, fik vi at vide, at vielsesteksten er den samme for alle par, men at ordene "brud og brudgom" står i den. Kan den rettes til os? Vi er to mænd.

Venlig hilsen
Mathias Krogh""")

M("", """Til borgmesterens kontor

Hvor mange vielser foretager rådhuset om året, og hvad koster det at blive gift en lørdag?

Venlig hilsen
Anja Poulsen""")

M("s", """Hej Kirsten

Jeg er lige flyttet til Ishøj med min kone, Mette, og vores søn. Jeg vil gerne engagere mig i lokalpolitik, men vil først høre, om der er nogen LGBT+ netværk i partierne her. Jeg kommer fra Aarhus, hvor det var meget naturligt.

Hilsen Louise Bjerre""")

M("s", """Kære udvalg

Jeg er aseksuel og 34 år. Jeg skriver, fordi kommunens nye sundhedsprofil spørger "Hvornår havde du sidst sex?" i et obligatorisk felt ved jobcentrets sundhedssamtale. Det er upassende, og det er ikke relevant for min jobsøgning.

Med venlig hilsen
Rikke Holm""")

M("", """Kære udvalg

Jobcentrets sundhedssamtaler spørger om meget private ting. Hvilken hjemmel har kommunen til det? Og hvem får adgang til svarene?

Med venlig hilsen
IT-Politisk Forening, lokalgruppe""")

M("s", """hej Jens, min kæreste (hun hedder Maja) og jeg ville gerne holde hånd i Ishøj Bycenter uden at blive råbt af. det skete igen i lørdags. jeg er selv en pige. kan der ikke komme nogle vagter eller noget. /Emilie, 17""")

M("", """Hej Jens. Der er for mange unge, der hænger ud i bycentret om aftenen og råber af folk. Kan der komme mere politi? /Erna""")

M("se", """Til borgmesteren

Jeg er en bøsse på 52 og arbejdsløs efter 20 år i samme firma. Jeg får dagpenge, og jeg skal snart over på kontanthjælp, men fordi jeg bor sammen med min partner, Henrik, skal hans indkomst regnes med. Vi er ikke gift. Jeg vil bare sige, at gensidig forsørgelsespligt for samlevende rammer mange, og at I som kommune burde skrive til ministeren.

Med venlig hilsen
Torben Skytte""")

M("", """Til borgmesteren

Reglerne om gensidig forsørgelsespligt for samlevende er urimelige. Jeg håber, at byrådet vil tage det op med KL.

Med venlig hilsen
Anne Juhl""")

M("s", """Kære Anne-Mette

Vores datter, som er adopteret, har to fædre, mig og min mand, Kasper. Hun har spurgt om hun kan holde en tale om "min familie" til skolens fremlæggelsesdag. Læreren synes det var en god idé, men skolelederen sagde nej, fordi "det kunne skabe uro". Er der en retningslinje?

Venlig hilsen
Nikolaj Brandt""")

M("s", """Til Kultur- og Fritidsudvalget

Jeg er træner i Ishøj Svømmeklub og er selv åbent homo. Vi har haft en snak i klubben om, hvordan vi kan være bedre til at tage imod transpersoner og homoseksuelle unge. Kan kommunen hjælpe med et kursus til frivillige trænere?

Med venlig hilsen
Oliver Bech""")

M("", """Til Kultur- og Fritidsudvalget

Hvilke kurser tilbyder kommunen til frivillige trænere i idrætsforeningerne? Vi er interesseret i førstehjælp og børneattester.

Med venlig hilsen
Ishøj Boldklub""")

M("s", """Hej Mette. Min datter og hendes kæreste, som også er en pige, vil gerne til ungdomsklubbens fest, men lederen har sagt at de ikke må danse sammen "af hensyn til de andre". Det er jo helt hen i vejret. /Hanne Vind""")

M("", """Kære byrådsmedlem

Jeg er imod, at kommunen bruger penge på Pride-arrangementer. Det er ikke en kommunal opgave. Brug pengene på veje.

Hilsen Vagn""")

M("st", """Kære borgmester

Jeg er iransk og kom til Danmark som flygtning i 2015, fordi jeg er homoseksuel og risikerede fængsel derhjemme. Jeg har boet i Ishøj i tre år og arbejder som kok. Jeg vil gerne takke for, at kommunen tog imod mig. Men jeg har oplevet, at andre iranere her i byen truer mig. Jeg har talt med politiet. Jeg skriver, fordi jeg ønsker, at kommunen har en kontaktperson for LGBT+ flygtninge.

Med venlig hilsen
Reza""")

M("", """Kære borgmester

LGBT+ Asylum har lavet en rapport om forholdene for LGBT+ flygtninge i danske kommuner. Vi sender den gerne til byrådet.

Med venlig hilsen
LGBT+ Asylum""")

M("sb", """Til byrådet

Jeg er muslim og homoseksuel, og jeg er medlem af et netværk for queer muslimer i København. Jeg vil opfordre byrådet til at have dialog med både moskéen og LGBT+ foreningerne, når I skriver jeres nye mangfoldighedspolitik. Vi findes, selvom det er svært for nogle at forstå.

Med venlig hilsen
Samir""")

M("sh", """Til dagsordensamler, Social- og Seniorudvalget

Vedr. punktet om pårørendepolitik: Da min kone, Lis, lå for døden på hospice, blev jeg flere gange spurgt, om jeg var "søster eller veninde". Vi havde været gift i 12 år. Jeg håber, at pårørendepolitikken vil nævne par af samme køn.

Med venlig hilsen
Hanne Krag""")

M("s", """kære byrådsmedlem. jeg er pansexuel og synes ikke det er ok at kommunens nye kampagne om "familieliv" kun viser mor far og børn. /Freja, 22""")

M("s", """Kære Hanne Friis

Jeg har talt med dig før om mit naboskab. Min nabo, der bor i nr. 15, har skreget "bøssesvin" efter min mand og mig tre gange nu. Vi har meldt det til politiet og boligselskabet. Jeg vil bare have, at du som politiker ved, at det sker her i Ishøj.

Med venlig hilsen
Frederik Ravn""")

M("", """Kære Hanne Friis

Er der tal på, hvor mange hadforbrydelser der er blevet anmeldt i Ishøj de sidste år? Jeg vil gerne skrive et debatindlæg.

Med venlig hilsen
Mette Nyborg""")

M("s", """Hej Lars. Du kender min bror Mikkel, han er bøsse og har lige fået job som pædagog i en af kommunens børnehaver. En forælder har klaget over at "en homo skal skifte ble på hans barn". Kommunen skal bakke ham op. /Sara""")

M("", """Til byrådet

Kommunens personalepolitik bør sige klart, at medarbejdere ikke må diskrimineres på grund af seksuel orientering. Jeg kan ikke se det i den nuværende version.

Venlig hilsen
HK Kommunal Ishøj-klubben""")

M("s", """Til Børne- og Skoleudvalget

Min søn går i 9. klasse og er kommet ud som bi over for os. Han vil gerne have, at skolen inviterer Sex & Samfund, men skolelederen siger, at der ikke er penge. Kan udvalget afsætte et beløb til det?

Venlig hilsen
Katrine Schou""")

M("sh", """Hej Mette

Jeg er lesbisk og har i tre år forsøgt at blive gravid med donorsæd. Jeg har nu haft to aborter, og det offentlige tilbud er brugt op. Jeg ved godt, at det er regionens område, men jeg vil gerne have at politikere i kommunen ved, at mange af os betaler 100.000 kr. selv. Måske kan I presse på i KL.

Hilsen Maja""")

M("", """Kære Mette

Fertilitetsbehandling af enlige og lesbiske bør være gratis ligesom for heteroseksuelle par. Jeg ved, at det er regionens opgave, men kommunerne kan presse på.

Hilsen Henrik""")

M("s", """Kære udvalgsformand

Som formand for Regnbuen Vestegnen og selv lesbisk vil jeg gerne takke for lokalerne i Kulturhuset. Vi har nu 32 unge, der kommer fast. Vi inviterer hele udvalget til vores åbent hus.

Med venlig hilsen
Marie Kildegaard""")

M("s", """hej Jesper. mine to fædre vil gerne stille op til skolebestyrelsen men de er bange for hvad folk siger. jeg synes du skal skrive et opslag om at alle forældre er velkomne. /Victor, 14 år""")

M("", """Hej Jesper. Hvordan stiller man op til skolebestyrelsen, og hvornår er der valg? /Søren""")

M("s", """Kære borgmester

Jeg er en ældre mand, der lige er blevet enkemand efter min mand, Hans, døde i foråret. Vi boede sammen i 35 år i Ishøj Landsby. Jeg skriver, fordi jeg gerne vil spørge, om kommunen har et tilbud til ældre, der har mistet en ægtefælle, og om der er andre som mig i det.

Med venlig hilsen
Preben Holst""")

M("", """Kære borgmester

Findes der sorggrupper for ældre i Ishøj? Jeg har mistet min kone og savner nogen at tale med.

Med venlig hilsen
Kaj Nielsen""")
