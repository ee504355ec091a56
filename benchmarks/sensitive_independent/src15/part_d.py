"""Part D: Center for Børn og Forebyggelse — underretninger, børnefaglige undersøgelser, anbringelser, samvær."""
from common import M

M("es", """
Kære Center for Børn og Forebyggelse

Min kone Louise og jeg har fået et brev om at der er lavet en underretning om vores datter Alma. Vi ved ikke hvem der har lavet den eller hvorfor. Vi vil gerne have aktindsigt og et møde hurtigst muligt. Vi er to mødre og har en fornemmelse af, at det hænger sammen med en konflikt med en anden forælder i klassen.

Med venlig hilsen
Camilla Vinding
""")

M("", """
Hej

Hvordan laver man en underretning, hvis man er bekymret for et barn i opgangen? Skal man oplyse sit navn? Jeg spørger generelt, der er ikke noget konkret lige nu.

Venlig hilsen
""")

M("eh", """
Til min sagsbehandler i Børn og Forebyggelse

Jeg har læst den børnefaglige undersøgelse om min søn Noah og er ikke enig i flere ting. Der står at jeg "har et alkoholproblem". Jeg har været ædru i 14 måneder og går til AA hver uge. Det burde stå der. Jeg vil gerne partshøres ordentligt før der træffes afgørelse om aflastning.

Mvh
Jacob Fisker
""")

M("e", """
Hej

Jeg vil klage over at mit samvær med mine børn på plejefamilien er blevet skåret ned fra hver uge til hver anden uge, uden at jeg er blevet hørt. Jeg har aldrig aflyst et samvær. Jeg har fået en ny sagsbehandler i december, og hun har ikke mødt mig endnu.

Sanne Tvede
""")

M("", """
Kære Center for Børn og Forebyggelse

Jeg er pædagog i en vuggestue og vil gerne vide, hvor hurtigt I skal reagere på en underretning fra os. Er det 24 timer? Vi er ved at opdatere vores procedure.

Mvh
Lisa Kold
Pædagogisk leder
""")

M("et", """
Hej

Politiet kom hjem til os i nat fordi naboen ringede om larm. Min mand og jeg havde et skænderi. Nu har jeg fået et brev om at der skal laves en § 50-undersøgelse af vores tre børn. Jeg er bange for at de tager børnene. Vi er fra Irak og jeg forstår ikke det danske system godt. Kan jeg få en tolk til mødet?

Mvh
Layla Al-Jaberi
""")

M("", """
Hej

Vi er en forening der arbejder med forebyggelse blandt unge. Må vi få en kontaktperson i jeres SSP-team?

Venlig hilsen
Ungdomsklubben Vildtbanen
""")

M("es", """
Til Center for Børn og Forebyggelse

Jeg er medmor til Oliver, og min ekskone og jeg er gået fra hinanden. Under jeres samtale om hans trivsel blev jeg omtalt som "den anden forælder" hele vejen igennem, og min ekskone blev kaldt "mor". Jeg har præcis samme forældremyndighed. Jeg vil gerne have at det bliver rettet i sagen.

Med venlig hilsen
Maja Stender
""")

M("eh", """
Hej

Min datter på 15 er anbragt på et opholdssted på Sjælland og har fået diagnosen anoreksi. Opholdsstedet har ikke kontaktet mig om hendes vægt i over en måned. Jeg har ret til at vide hvordan hun har det. Hvem har ansvaret for at informere mig?

Venlig hilsen
Karen Bülow
""")

M("", """
Til Børn og Forebyggelse

Jeg er morfar til to børn i Ishøj og vil gerne høre om der er nogle forældrekurser, som min datter kunne tage del i. Hun er bare ny som mor og vil gerne lære mere. Hvad tilbyder I generelt?

Mvh Poul
""")

M("est", """
Kære sagsbehandler

Vores søn Ahmed på 16 har fortalt os at han er homoseksuel, og han bliver truet af nogle af sine fætre. Han har sagt at han ikke tør komme hjem, og han sover hos en ven. Vi er en palæstinensisk familie og det har været svært for os, men vi vil gerne beskytte ham. Kan I hjælpe os med et sikkert sted og nogen at tale med?

Med venlig hilsen
Samira Khalil
""")

M("", """
Hej

Hvor mange børn er anbragt uden for hjemmet i Ishøj Kommune? Jeg er studerende og skriver om anbringelsesområdet.

Venlig hilsen
Jonathan Krebs
""")

M("e", """
til børn og forebyggelse

jeg er 17 og bor på et bosted efter at være blevet anbragt. jeg fylder 18 til sommer og har hørt om efterværn. min sagsbehandler har sagt at "det ser vi på senere", men jeg er bange for at stå uden bolig. hvem bestemmer det?

Victoria
""")

M("eh", """
Kære Center for Børn og Forebyggelse

Jeg skriver angående min nevø Lukas, som jeg er plejefar for. Han har ADHD og tilknytningsforstyrrelse og har brug for at skifte til et specialskoletilbud. PPR er enige, men sagen har ligget stille i 3 måneder. Han er ved at gå i stykker i sin nuværende klasse.

Lukas' cpr er [[2705125531]].

Venlig hilsen
Niels Kastrup
Ishøj Strandvej 41
""")

M("", """
Hej

Vi skal adoptere fra udlandet og har fået at vide at kommunen skal lave en godkendelse. Er det jer eller Adoptionsnævnet? Vi er blot i den indledende fase og vil gerne vide hvor vi skal starte.

Mvh
""")

M("et", """
Hej

Jeg har haft et møde med en familiebehandler som skal hjælpe os efter at vores søn stjal fra en butik. Hun sagde at "romabørn jo ofte bliver sat til at stjæle af familien". Vi er rumænske roma og har boet her i 9 år, vi arbejder begge. Jeg vil ikke have hende som familiebehandler.

Mvh
Florin Stanciu
""")

M("", """
Til Center for Børn og Forebyggelse

Jeg er socialrådgiver og har en familie der flytter til Ishøj fra Hvidovre. Hvordan sender vi sagen over? Skal det gå via Digital Post eller Serviceplatformen?

Med venlig hilsen
Trine Hald, Hvidovre Kommune
""")

M("ehs", """
Hej

Mine to fædre, Jonas og Kim, har sagt at jeg selv må skrive til jer. Jeg er 14 og synes at samværet med min biologiske mor hver weekend er for meget. Hun drikker og jeg vil ikke derhen. Kan jeg få en snak med nogen?

Asta
""")

M("", """
Kære Børn og Forebyggelse

Jeg vil gerne komme med ros til jeres familiehus på Vejlebrovej. Vi har brugt det åbne tilbud og det har været super godt.

Mvh
Line
""")

M("ehb", """
Kære sagsbehandler

Vi er Jehovas Vidner, og vi har fået at vide at hospitalet har bedt jer om at vurdere om vi er i stand til at passe vores datter, fordi vi sagde nej til blodtransfusion før hendes operation. Vi har aldrig sat hendes liv på spil og accepterede alle andre behandlinger. Vi vil gerne have et møde.

Med venlig hilsen
Ruth og Daniel Mortensen
""")

M("", """
Hej

Hvad er forskellen på en børnefaglig undersøgelse og en § 50-undersøgelse? Eller er det det samme? Jeg vil gerne forstå begreberne.

Tak
""")

M("e", """
Til Center for Børn og Forebyggelse

Min eksmand og jeg har fælles forældremyndighed, men han har ikke overholdt samværsaftalen i 4 måneder, og han hentede vores søn fra SFO'en uden at sige det til mig. Familieretshuset har lavet en midlertidig afgørelse om at Oscar skal bo hos mig. Kan I sende en kopi af jeres notat fra mødet den 3. til min advokat?

Med venlig hilsen
Pernille Holk
""")

M("", """
Hej, er der åben rådgivning for familier i Ishøj? Hvornår?

Vh
""")

M("eh", """
Hej

Jeg er psykisk syg og blev indlagt i 3 uger i foråret. Mens jeg var indlagt, blev min datter midlertidigt anbragt hos min mor. Nu er jeg udskrevet og har det meget bedre, men der er stadig ikke holdt et møde om hjemgivelse. Jeg savner hende.

Mvh
Christina Lund
[[210391 2244]]
""")

M("st", """
Kære Center for Børn og Forebyggelse

Min søn Malik på 13 bliver kaldt "sorte abe" og "bøssebarn" af en gruppe drenge i klubben. Han er adopteret fra Etiopien, og vi er to fædre. Klubben siger at de ikke kan gøre noget, fordi det sker efter lukketid. Kan I hjælpe med en indsats?

Med venlig hilsen
Morten Kjær og Frederik Aagaard
""")

M("", """
Til Børn og Forebyggelse

Har I en pjece på arabisk om hvad en underretning er? Vi vil gerne bruge den i vores lektiecafé.

Mvh
Ishøj Lektiecafé
""")

M("eh", """
hej jeg er gravid og har en sag hos jer fordi jeg har taget stoffer før. jeg er clean nu i 5 måneder og går i behandling. min sagsbehandler siger at de skal lave en undersøgelse når barnet er født. jeg er så bange. hvad skal jeg gøre for at vise at jeg kan

anonym
""")

M("", """
Hej,

Jeg vil klage over at Center for Børn og Forebyggelse ikke har svaret på min mail om en skolevejleder. Det er 3 uger siden. Det er bare et spørgsmål om hvilken uddannelse min søn skal vælge.

Mvh
Birthe
""")

M("ebt", """
Kære sagsbehandler

Som du ved, er vores plejedatter Maryam muslim, og hendes biologiske mor har bedt om at hun ikke spiser svinekød og får lov at gå til koranundervisning om lørdagen. Vi er selv ikke religiøse, men vil gerne respektere det. Kan kommunen betale for transport til moskéen i Brøndby? Maryams mor er fra Afghanistan og taler kun dari, så hun har brug for tolk til næste møde.

Mvh
Helle og Jan Poulsen
""")

M("", """
Hej

Er det rigtigt at man kan blive plejefamilie selv om man er single? Vi var nogle venner der diskuterede det.

Hej fra Karin
""")

M("e", """
Til Center for Børn og Forebyggelse

Min søn på 16 blev anholdt i weekenden for røveri i Ishøj Bycenter, og han sidder nu i Sølager. Vi har aldrig haft kontakt med jer før. Politiet siger at der kommer en sagsbehandler. Hvem er det, og hvornår hører vi noget?

Mvh
Torben Hessellund
""")

M("", """
Kære Børn og Forebyggelse

Hvordan søger man om at blive aflastningsfamilie? Vi har et stort hus og voksne børn der er flyttet hjemmefra.

Venlig hilsen
Mette og Allan
""")

M("hs", """
Hej

Jeg er 17 og transkønnet. Jeg skal starte i hormonbehandling på Rigshospitalet, og min sagsbehandler fra Børn og Forebyggelse skal være med til et møde. Jeg vil gerne bede om at hun kalder mig Alex og bruger "han". Jeg er også biseksuel, hvis det er relevant for den snak vi skal have om min kæreste.

Alex
""")

M("", """
Til Center for Børn og Forebyggelse

Vi er en skole i kommunen. Hvor lang tid går der typisk fra en underretning sendes til forældrene bliver kontaktet? Det er til vores lærerråd.

Mvh
Ledelsen, Strandgårdskolen
""")

M("et", """
Hej

Jeg er grønlænder og bor i Ishøj med mine 2 børn. Da vi flyttede fra Nuuk blev der sendt en sag med om os fra kommunen der, og nu vil I lave en ny undersøgelse. Jeg synes ikke det er fair at starte forfra. Jeg har job nu og børnene går i skole.

Naja Lyberth
""")

M("", """
Hej!

Holder I stadig det der arrangement for regnbuefamilier i Kulturhuset i maj? Vi vil gerne have en plakat til vores opslagstavle i børnehaven.

Mvh
Personalet, Børnehuset Kærnehuset
""")

M("eh", """
Til Center for Børn og Forebyggelse

Vores søn har infantil autisme og vi får aflastning én weekend om måneden. Nu har vi fået brev om at det bliver skåret ned til hver anden måned, fordi der er "nye visitationskriterier". Vi har ikke hørt om nogen ændring i hans behov. Jeg vil gerne have en begrundelse og partshøring.

Mvh
Anja Bjerre
""")

M("s", """
Hej

Jeg og min kæreste Sofie har været sammen i 4 år og har nu søgt om at blive plejefamilie. Vores sagsbehandler har nu spurgt ind til om vi "har tænkt over hvad en mandlig rollemodel betyder". Vi vil gerne vide, om det er et standardspørgsmål i godkendelsen, eller om det kun stilles til os.

Mvh
Julie Haagensen
""")
