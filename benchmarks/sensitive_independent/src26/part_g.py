"""Part G: teachers, pedagogues and other staff worried about a child."""
from common import M

M("e", """
Til Center for Børn og Forebyggelse
UNDERRETNING

Jeg er klasselærer for Mohammed (6.b, Strandgårdskolen). Han har de sidste tre uger kommet i skole uden madpakke, i samme tøj og fortæller, at der ikke er mad derhjemme. Mor er alene med fire børn og har fortalt, at hun har mistet sin kontanthjælp. Jeg vurderer, at familien har brug for hjælp.

Venlig hilsen
Lærke Bundgaard, lærer
""")

M("h", """
Kære sundhedsplejerske på Vibeholmskolen

Jeg er lærer i 4.a og har lagt mærke til, at Ida Holm ofte klager over ondt i maven, og at hun har tabt sig meget siden sommer. Forældrene siger, hun bliver undersøgt for Crohns sygdom. Kan du tale med hende en dag?

Mvh
Signe Vestergaard
""")

M("", """
Hej

Jeg er pædagog i SFO'en og vil høre, om vi stadig kan få gratis frugt fra kommunens ordning i foråret. Det betyder meget for børnene.

Mvh
Anders Lykke
""")

M("t", """
Til skolelederen

Jeg er lærer i 2.c og vil gerne gøre opmærksom på, at en elev, Kwame, gentagne gange er blevet kaldt "abe" af nogle drenge fra 3. klasse. Kwame er adopteret fra Ghana. Jeg har talt med forældrene, og vi er enige om, at skolen skal reagere.

Venlig hilsen
Mads Ørum
""")

M("", """
Hej

Som lærer ser jeg, at flere elever kommer sultne i skole. Findes der en kommunal ordning med morgenmad, og hvem kan søge om den? Jeg tænker generelt, ikke om enkelte elever.

Mvh
Stine Karlsen
""")

M("eh", """
Til Familieafdelingen

Jeg er pædagog i Børnehuset Troldehøjen og vil underrette om Lucas (4 år), hvis far kom til at hente ham i går tydeligt beruset. Det er tredje gang. Mor har fortalt os, at hun har søgt skilsmisse, og at far har et alkoholproblem. Vi er bekymrede.

Venlig hilsen
Louise Bech, pædagog
""")

M("b", """
Hej

Jeg er klasselærer i 7.a og har en elev, Sarah, som er Jehovas Vidne og ikke må deltage i skolefesten. Hun er ked af det. Har kommunen en vejledning om, hvordan vi kan lave et alternativt arrangement, som hun kan deltage i?

Mvh
Birthe Nissen
""")

M("", """
Kære Børne- og Skoleudvalg

Vi er lærerne på Gildbroskolen og vil gerne invitere udvalget på besøg i vores nye naturfagslokale. Hvilke datoer passer jer i januar?

Venlig hilsen
Lærerrådet
""")

M("s", """
Hej

Jeg er lærer for Noah i 9.b. Han har i fortrolighed fortalt mig, at han er homoseksuel, og at han bliver drillet af et par drenge fra klassen, som har gættet det. Han vil ikke have, at forældrene får det at vide endnu. Hvordan håndterer jeg det, og kan SSP hjælpe uden at kontakte forældrene?

Mvh
Karina Dahl
""")

M("", """
Hej

Hvad er reglerne for, hvornår en lærer skal lave en underretning? Vi har et personalemøde om det i næste uge og vil gerne have kommunens retningslinjer.

Mvh
Pædagogisk leder, Ishøj Skole
""")

M("ht", """
Kære PPR

Jeg er lærer i modtageklassen og har en elev, Dawit (10), som kom fra Eritrea for et halvt år siden. Han falder ofte i søvn i timerne og vågner med mareridt. Hans mor har fortalt tolken, at han så sin far blive slået ihjel. Jeg tror, han har brug for traumebehandling.

Mvh
Hanne Bjerg
""")

M("e", """
hej socialrådgiver. det er Pia fra fritidsklubben. vi har en dreng, Anton (12), der har sagt at han sover hos en ven fordi hans mor og hendes nye kæreste er blevet smidt ud af lejligheden. han virker ok men vil ikke snakke om det. tænkte i skulle vide det
""")

M("", """
Til forvaltningen

Som pædagog i Regnbuen vil jeg gerne spørge, om der er midler til at sende personalet på kursus i tegn til tale. Vi har flere børn med sproglige udfordringer, og det ville hjælpe hele gruppen.

Mvh
Merete Hald
""")

M("h", """
Hej

Jeg er dagplejer og passer Frida (2). Forældrene har fortalt, at hun har fået konstateret epilepsi, og at hun har fået en anfaldsmedicin, som jeg skal give, hvis hun får et anfald. Jeg skal have undervisning i det. Hvem kan komme ud til mig?

Mvh
Connie Rask, dagplejer
""")

M("tb", """
Hej

Jeg er lærer på Vibeholmskolen. Jeg vil gerne have råd om en elev, Ari, hvis familie er yazidier fra Nordirak. Nogle elever har kaldt ham "djævletilbeder" efter en debat om religion i klassen. Familien er meget bange for, hvad der skal ske.

Mvh
Jeppe Kristoffersen
""")

M("", """
Hej

Vi har en elev, der har mistet sin mormor i weekenden. Har kommunen en sorgplan for skolerne, og kan vi få en psykolog til at komme ud og tale med klassen?

Mvh
Klasseteamet, 5.b
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg er skolesekretær og vil gøre opmærksom på, at eleven Emily Nørby, 3.a, har haft 38 dages fravær dette skoleår, og forældrene svarer ikke på Aula. Mor har tidligere sagt, at hun er gået fra faren og bor på et krisecenter. Hvem følger op?

Mvh
Lone Kirk
""")

M("hs", """
Hej

Jeg er AKT-lærer og taler jævnligt med en elev, Julie (15), som har fortalt, at hun er forelsket i en pige og har skåret i sig selv. Hun har givet mig lov til at kontakte sundhedsplejersken, men ikke forældrene. Hvad gør jeg?

Mvh
Trine Munk
""")

M("", """
Hej

Jeg er pædagogisk assistent og medlem af en arbejdsgruppe om inklusion. Hvor kan jeg finde kommunens nye strategi for børn med særlige behov? Linket på intranettet virker ikke.

Mvh
Camilla
""")

M("eht", """
Kære sagsbehandler

Jeg er lærer i 8.a på Ishøj Skole og vil gerne dele en bekymring om eleven Rahim. Han har fortalt mig, at han passer sine små søskende om natten, fordi hans mor er indlagt med en svær depression, og faren er rejst tilbage til Afghanistan. Han er ofte træt og har ikke fået sit busbevis fornyet, fordi familien ikke har råd.

Med venlig hilsen
Peter Holmgaard
""")

M("", """
Hej

Jeg er leder af Børnehuset Søstjernen og vil gerne høre, hvornår de nye normeringstal for 2026 bliver offentliggjort. Vi skal planlægge næste års personale.

Mvh
Helle Wedel
""")

M("s", """
Hej

Jeg er pædagog i vuggestuen Myretuen. Vi har et barn, Ella, der har to fædre, Michael og Jens. De har spurgt, om vi kan ændre vores fars dag- og mors dag-traditioner, så de ikke føler sig udenfor. Har kommunen en politik om det?

Mvh
Kamilla Rosenberg
""")
