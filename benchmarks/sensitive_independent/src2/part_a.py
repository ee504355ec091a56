from common import M

M("he", """Hej Jette

Jeg skriver fordi jeg er ved at være helt træt af at vente på svar fra jer om hjælpemidler. Min søn Malthe har fået en diagnose her i foråret, de siger det er i autismespektret, og skolen har sagt at han skal have et hjørne med skærm og høretelefoner. Det har vi ventet på siden marts. Kan du ikke lige skubbe lidt på?

Mvh Dorthe, Gildbrohøj""")

M("h", """hej. min mor har fået konstateret demens og hun går og glemmer at slukke komfuret. hvem skal jeg ringe til hos jer?? hun bor i ishøj landsby. /kim""")

M("h", """Kære borgmester

Det er nok lidt mærkeligt at skrive til dig om det her, men jeg ved ikke hvor jeg ellers skal gå hen. Jeg har gået og haft det skidt længe, det startede vel efter corona, og nu har lægen skrevet mig op til psykiatrisk udredning, men ventetiden er 9 måneder. Jeg er 24 år og har ikke lyst til at vente så længe på at få det bedre. Er der noget kommunen kan gøre i mellemtiden?

Venlig hilsen
Sara N.""")

M("he", """Til jobcenteret

Jeg har været sygemeldt med stress siden uge 6 og er nu på sygedagpenge. Jeg fik et brev om at jeg skal til opfølgningssamtale på torsdag men jeg kan ikke klare at sidde i et venteværelse lige nu. Kan vi tage den over telefon?

Hilsen Mikkel Bang""")

M("h", """Hej igen

Vi snakkede i telefonen i går om min far, altså Poul på Vejleåvej. Som sagt har han fået en ny hofte for tre uger siden og kan ikke komme op i badekarret. Kan I sende nogen ud og kigge på om der kan sættes et håndtag op? Han er ellers frisk nok.

Mvh Lene""")

M("h", """Hej Ishøj Kommune!!

Vores datter på 3 har diabetes type 1 og vuggestuen (Solsikken) siger nu de ikke tør give hende insulin når hun skal skifte stue. Det er helt urimeligt. Hun har sin pumpe og det er ikke raketvidenskab. Vi vil gerne have et møde hurtigst muligt.

Vh Ahmad og Line""")

M("h", """hej
jeg er gravid i 5 måned og skal flytte fra min lejlighed på 3. sal uden elevator. kan jeg komme foran i køen til en stuelejlighed? ved godt det ikke er en sygdom men det er hårdt med trapperne
mvh Cecilie""")

M("h", """Til Center for Voksne og Velfærd

Jeg skriver på vegne af min bror Jan (fuldmagt vedhæftet). Jan har været alkoholiker i mange år og har nu været tørlagt i 4 måneder, men han har brug for et sted at gå hen om dagen så han ikke falder i igen. Han har hørt der findes et værested i byen. Kan I sende information?

Med venlig hilsen
Birgit Thomsen""")

M("h", """Kære Kenneth

Tak for sidst til borgermødet. Jeg nævnte kort min kone Rikke, som har sclerose og sidder i kørestol. Det vi talte om var at der ikke er niveaufri adgang til stranden ved Ishøj Strandpark, og for hende betyder det at hun ikke kan komme derned overhovedet. Kan du tage det med videre?

Hilsen Bo""")

M("h", """Hej,
Jeg fik min skulder smadret på arbejdet i december (faldt ned fra en stige på lageret) og det er nu anmeldt som arbejdsskade. Jeg vil bare høre om det påvirker min ret til at tage min fleksjobsamtale senere, eller hvordan det hænger sammen.
/René""")

M("h", """hej jeg har lige haft en abort (spontan) i sidste uge og min sagsbehandler vil stadig ha mig til samtale på mandag. jeg orker det ikke. kan det rykkes?? tak. Jasmin""")

M("h", """Godmorgen

Naboen i nummer 14 (ældre mand, bor alene) har ikke været ude i over en uge og han fortalte mig før jul at han har fået konstateret kræft i bugspytkirtlen og ikke vil på hospitalet. Jeg er bekymret. Kan I sende nogen forbi?

Venlig hilsen
en nabo fra Strandgårdsparken""")

M("h", """Til skolen og PPR

Vores dreng Oliver fik ADHD-diagnosen i januar og er startet på medicin (Concerta). Lærerne har ikke fået besked og han får skæld ud for at være urolig i timerne. Hvordan sørger vi for at alle ved det?

Mvh Tanja og Morten""")

M("h", """Hej. Jeg skal bruge en parkeringstilladelse til handicap-p-pladsen ved Ishøj Bycenter. Har mistet synet på det ene øje efter en blodprop i sommer og kører kun med min kone som chauffør nu. Hvad skal jeg udfylde? Hilsen Erling""")

M("h", """Kære byrådsmedlem

Min svigermor ligger på Hvidovre Hospital efter et fald, hun brækkede lårbenshalsen, og hun skal udskrives på fredag til en lejlighed hvor ingen har været forbi. Ingen fra kommunen har ringet. Hvad gør vi?

Med venlig hilsen
Henriette""")

M("h", """Hej
Jeg har spiseforstyrrelse (anoreksi) og har lige været indlagt. Min læge siger at kommunen kan bevilge mig et forløb hos en diætist, men ingen ved hvem der står for det hos jer. Please hjælp.
Emma, 19""")

M("h", """Til rette vedkommende

Jeg vil gerne klage over at min fars hjemmesygeplejerske glemte at give ham hans blodfortyndende medicin to dage i træk. Han har atrieflimren og det kunne være gået galt. Det er ikke første gang.

Søren Kjeldsen""")

M("h", """hejsa, er det jer der står for tandplejen til børn? min søn har skæv kæbe og skal opereres siger tandlægen, men vi har ik hørt noget i 6 uger. vh mor til Noah""")

M("h", """Kære Borgerrådgiver

Jeg vil være anonym. Jeg arbejder ikke for kommunen, men jeg er pårørende til en beboer på et bosted i Ishøj. Min søster har en udviklingshæmning og er epileptiker, og hun har haft tre anfald på en måned uden at personalet har skrevet det ned. Jeg tør ikke skrive mit navn af frygt for at hun bliver behandlet dårligere.""")

M("he", """Hej. Har lige fået at vide at jeg er blevet smittet med hiv. Vil bare høre om jeg skal sige det til min hjemmehjælper eller om det er privat. Mvh anonym""")

M("e", """Hej

Vi er gået fra hinanden, Mette og jeg, og hun har børnene. Jeg bor pt. på min kammerats sofa i Vildtbanegård og har ikke nogen adresse. Kan jeg overhovedet få samvær når jeg ikke har et sted at bo? Og kan I hjælpe med en bolig?

Mvh Jesper""")

M("e", """hej banken vil ikke låne os mere og vi kan ikke betale varmeregningen for december. vi er 2 voksne og 3 børn. findes der nogen form for hjælp eller skal vi bare lukke for varmen??? vh Camilla H""")

M("e", """Kære Jobcenter Ishøj

Jeg har været ledig siden august hvor lageret lukkede og min dagpengeperiode er ved at løbe ud til sommer. Jeg er 58 år og har søgt 140 job. Hvad sker der så? Kan jeg få kontanthjælp når min kone tjener lidt på sit rengøringsjob?

Med venlig hilsen
Kurt""")

M("e", """Hej Sandra

Jeg vil lige høre om det var dig der skrev den underretning om min datter? Hun siger at hendes lærer har spurgt om der er problemer derhjemme, og nu har vi fået brev fra Børn og Forebyggelse om et møde. Vi er ikke dårlige forældre.

Hilsen Pernille (mor til Ida i 4.b)""")

M("e", """Til boligkontoret / kommunen

Jeg har fået en udsættelsesdom og skal være ude af lejligheden den 1. i næste måned. Jeg skylder 3 måneders husleje fordi min løn ikke kom i et stykke tid. Jeg har et barn på 7. Hvor skal vi hen?

Yasmin""")

M("e", """Hej

Min nevø (17) er blevet anbragt på et opholdssted i Jylland og min søster fik først besked dagen efter. Vi forstår godt at der har været problemer, men kan I ikke forklare hvorfor familien ikke blev hørt? Jeg har fuldmagt fra min søster.

Mvh Jannik""")

M("e", """hey er det rigtigt at man kan få en enkeltydelse til en ny vaskemaskine? min er død og jeg er på kontanthjælp så kan ik bare købe en ny. vh Mona""")

M("e", """Kære Ulla

Jeg ved godt du sidder i socialudvalget, så jeg prøver lige. Min far er 91 og får hjemmehjælp to gange om dagen, men nu har de skåret det ned til én gang uden at fortælle os hvorfor. Han kan ikke selv lave mad mere. Vi har søgt plejebolig til ham, men der er åbenbart lang ventetid.

Kh Torben""")

M("e", """Hej
Jeg er lige kommet ud efter 14 måneder i Vestre, og min kriminalforsorgs-kontaktperson siger at jeg skal henvende mig til jer om en bolig og ydelse. Jeg har ikke noget at bo i. Hvordan gør jeg?
Mvh Dennis""")

M("e", """Til Borgerservice

Jeg skal have hjælp til at udfylde ansøgningen om boligstøtte. Vi er flyttet ind i Ishøj Landsby i november, og efter min mand døde kan jeg ikke få huslejen til at hænge sammen på min folkepension.

Venlig hilsen
Inger Mikkelsen""")

M("e", """Hej. Jeg har en gæld til kommunen på ca 23.000 for for meget udbetalt børneydelse fra 2021, og nu trækker Gældsstyrelsen i min løn så jeg kun har 4.100 kr tilbage om måneden. Kan vi lave en afdragsordning? Mvh Patrick""")

M("e", """Hej med jer

Bare lige en opfølgning: min ex og jeg har været i Familieretshuset tre gange nu og vi kan stadig ikke blive enige om hvem der skal ha drengene i sommerferien. Han har ikke betalt børnebidrag siden oktober. Kan kommunen gøre noget, eller er det kun Familieretshuset?

Mvh Louise""")

M("e", """Hej Ishøj.

Vi er en plejefamilie og har haft Lukas boende i tre år. Nu vil hans nye sagsbehandler flytte ham uden at have mødt ham. Vi vil gerne have et møde inden der træffes en afgørelse.

Mvh Gitte og Claus, Torslunde""")

M("e", """ej hvor er det pinligt men jeg har ikke penge til madpakker til mine børn før d. 1. kan jeg få en madkasse eller noget?? vil helst ik skrive navn""")

M("e", """Hej

Min søster har boet på gaden i et halvt år nu og sover i opgangen hos os nogle nætter. Hun vil gerne have hjælp men hun har ingen telefon og ingen NemID/MitID. Hvordan kan hun komme i kontakt med jer? Hun hedder Tina Larsen og er født og opvokset i Ishøj.

Venlig hilsen
Marianne""")

M("e", """Til Center for Børn og Forebyggelse

Vores søn har fået friplads i SFO indtil nu, men vi fik afslag i år fordi vi tjente 2.000 kr for meget. Min mand har haft et ekstra weekendjob i to måneder, det var det. Kan vi få genberegnet?

Med venlig hilsen
Fatma""")

M("e", """Hej Mads

Du kender mig nok fra fodbolden. Jeg har søgt førtidspension i to år og har netop fået afslag igen. Jeg vil ikke gå i detaljer om mit helbred her, men jeg vil bare gerne vide om du kan sørge for at min klage bliver set på.

Hilsen Brian""")

M("e", """hej.
jeg er 19 og er smidt ud hjemmefra. jeg bor hos forskellige venner. kan jeg få noget hjælp til et værelse? har ik noget arbejde lige nu
- Mikkel""")

M("e", """Hej

Jeg har fået en ledsageordning bevilget for 15 timer om måneden, men den ledsager jeg har fået kommer aldrig til tiden. Kan jeg bytte?

Mvh Asta""")

M("e", """Til borgmesteren

Min gamle mor bor på plejehjemmet Kærbo og betaler 2.800 kr. om måneden for mad hun ikke spiser. Det synes jeg er rigtig mange penge for en pensionist, og vi har ikke råd til at supplere. Kan prisen nedsættes i hendes tilfælde?

Med venlig hilsen
Birthe Olsen""")

M("e", """Hej, er der nogen der kan hjælpe med min skat? Jeg har fået en restskat på 31.000 efter at jeg havde to jobs sidste år og det har jeg slet ik råd til. Jeg er alene med to børn. /Nanna""")

M("e", """hej Ishøj kommune, min kone og jeg er blevet skilt og vi skal dele vores lejlighed, men ingen af os har råd til at bo der alene. kan vi begge blive skrevet op til en ny bolig gennem jer? vh Thomas (Ishøj strand)""")
