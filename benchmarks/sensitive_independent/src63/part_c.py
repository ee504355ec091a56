"""corpus63 part C: teenagers, work conflicts, moving house, faith at home."""
from common import M

M("u", """Hej Børnehuset Mariehønen

Er der mulighed for at aflevere kl 6.15 et par dage om ugen fra januar? Jeg har en sag
kørende med min arbejdsgiver om vagtplanen, og Krifa, som jeg er medlem af, har fået mig
flyttet til tidligvagt mens sagen står på. Det er midlertidigt.

Venlig hilsen
Rasmus, far til Alfred på Grøn stue""")

M("uh", """Kære Lars Bo (formand, Børne- og Familieudvalget)

Jeg er sygeplejerske og har været sygemeldt med stress siden september, efter en lang
konflikt på min afdeling. DSR bistår mig, og jeg har haft to møder med dem og min
arbejdsgiver. Jeg skriver til dig fordi vores søns børnehave nu vil nedsætte hans tid,
fordi "mor er jo hjemme". Er det virkelig kommunens politik? Jeg har brug for ro til at
blive rask.

Med venlig hilsen
Mette Kragh""")

M("s", """hejsa

jeg er 16 og pan, og jeg savner nogen at snakke med der forstår det. er der en
lgbt+-gruppe i ungdomsskolen eller ungdomsklubben i ishøj? ellers synes jeg i skulle lave
en 🌈

hilsen Alba""")

M("", """Hej Kultur og Fritid

Holder Ishøj noget til Pride-ugen i år, og er der et tilbud til LGBT+-unge i kommunen?
Vi er en gruppe gymnasieelever der gerne vil lave en stand til ungdomsfestivalen, men vi
ved ikke hvem vi skal spørge.

Mvh elevrådet, Ishøj Gymnasium""")

M("p", """Til Gildbroskolen, kontoret

Vi troede vores hus i Ishøj Landsby var solgt, men køberen trak sig i sidste uge, så vi bor
her måske et halvt år endnu. Vi havde meldt Astrid ud pr. 1. februar, fordi vi skulle flytte
til Greve. Kan hun blive i klassen indtil huset er solgt?

Med venlig hilsen
Peter Hjorth""")

M("p", """Hej

Vi har været til fremvisning af et hus på Baldersbækvej i søndags og overvejer at byde. Det
vigtigste for os er skolen. Hvilket skoledistrikt ligger Baldersbækvej i, og er der plads i
den kommende 1. klasse?

Tak for hjælpen
Jonas og Emilie""")

M("", """Hej Ishøj Kommune

Vi bor til leje i Valby og drømmer om at købe hus i Ishøj, når vores to drenge skal i skole
om et par år. Hvilke skoler har de bedste trivselsmålinger, og er der ventelister til
SFO? Vi har ikke set på noget konkret endnu.

Mvh Line og Mads""")

M("t", """Til klasselæreren i 7.B

Min søn Ali bliver kaldt "perker" af nogle drenge fra 8. klasse i frikvartererne. Han har
fortalt det til en gårdvagt, som sagde at de bare lavede sjov. Det er ikke sjov. Han vil
ikke i skole om morgenen.

Jeg vil have at I gør noget i denne uge.

Mvh Kamal""")

M("b", """Hej Ishøj Skole

Vores søn Viktor skal ikke konfirmeres. Han har selv valgt en humanistisk nonfirmation i
maj. Vi vil gerne have at han får fri den mandag efter, ligesom konfirmanderne får blå
mandag, hvis det er muligt.

Venlig hilsen
Charlotte og Ulrik Bendtsen""")

M("", """Hej skolekontoret

Hvornår ligger konfirmationsforberedelsen for 7. klasserne i år? Lægges den i skoletiden
eller om eftermiddagen? Vi skal planlægge kørsel til fritidsaktiviteter for et hold på 12
børn.

Mvh Pernille, holdleder i Ishøj Svømmeklub""")

M("e", """Kære borgmester

Min søn Marcus på 17 er sigtet for vold efter en slåskamp ved Ishøj Bycenter. Han har aldrig
været i problemer før. Nu er han smidt ud af sin efterskole og sidder derhjemme hele dagen.
Politiet siger sagen tager måneder.

Jeg beder kommunen om hjælp til at få ham i gang med noget, inden han glider helt væk.

Annette Skov""")

M("h", """Hej sundhedsplejen på Strandgårdskolen

min datter Mathilde er 16 og gravid i 10. uge. hun vil gerne gøre 10. klasse færdig, og vi
har ikke bestemt noget endnu. kan hun snakke med skolesundhedsplejersken uden at hele
klassen opdager det? hun er meget ked af det

mvh hendes mor""")

M("e", """Til Pladsanvisningen

Jeg søger fripladstilskud til min datter Lærke, [[020621-5548]], i vuggestuen Solstrålen. Jeg er
alene og på kontanthjælp, og min indtægt er under grænsen.

Venlig hilsen
Jasmin Holm
cpr. [[150301-4482]]""")

M("sb", """Hej Børnehuset Lærkereden

Vores søn Milo har to mødre, min kone Signe og mig. Vi er buddhister og har et lille alter
hjemme. Milo har spurgt om han må tage en lille Buddha-figur med til "vis og fortæl" på
fredag. Vi ville bare høre om det er ok først.

Kærlig hilsen
Ditte""")

M("", """Kære udvalgssekretær

Kan I sende mig de seneste tal for hvor mange 0-5-årige i Ishøj der går i dagpleje og
hvor mange i daginstitution? Og hvordan har tallene udviklet sig de sidste fem år? Det
skal bruges til et punkt på næste bestyrelsesmøde i dagplejens forældreråd.

Tak
Bo Rasmussen""")

M("e", """Hej borgerrådgiveren

Familieretshuset har givet mig samvær med min datter under overvågning i kommunens
lokaler, to timer hver anden uge. Nu er tiderne blevet aflyst to gange af kommunen fordi
der manglede en medarbejder. Det er min eneste tid med hende.

Kan jeg klage over det?

Mvh Rene Sommer""")

M("he", """Til PPR og skolens ledelse

Vores søn Alexander på 10 har Tourettes syndrom. Han har mange tics, især når der er uro,
og han bliver sendt uden for døren af vikarerne. Vi har søgt om støttetimer, men I har
skrevet at sagen først bliver behandlet i januar.

Vi vil gerne have en midlertidig aftale indtil da.

Venlig hilsen
Martin og Josefine Brix""")

M("", """Hej

Hvilke fagforeninger og a-kasser kommer til uddannelsesmessen på Ishøj Skole i februar? Min
datter i 9. klasse vil gerne høre om lærlingeløn og praktikpladser, og hun spurgte om hun
kunne tale med nogen derfra.

Mvh Søren""")

M("u", """Hej Vibeholmskolen

Jeg er pensioneret smed og har været medlem af Dansk Metal i 45 år. Jeg har hørt at I
søger læsemakkere til indskolingen. Jeg vil gerne hjælpe, og jeg har tid om
formiddagen. Skal jeg have en børneattest?

Mvh Flemming Storm""")

M("", """Til Børne- og Familieudvalget

Jeg skriver som faglig konsulent i BUPL Storkøbenhavn. Vi vil gerne have et møde om
minimumsnormeringerne i Ishøj og høre hvordan kommunen vil bruge de ekstra midler i
næste års budget. Kan udvalgssekretæren finde en dato i december?

Med venlig hilsen
Morten Skjold, faglig konsulent, BUPL""")

M("tb", """Hej pædagogerne

Vi er kurdere fra Syrien og vi er muslimer. Vores søn Rojhat må ikke spise svinekød. I
sidste uge fik han pølser til frokost. Kan i sikre at han får noget andet de dage? Vi
kan sende madpakke med hvis det er nemmere.

Tak for jer
Hêvî""")

M("", """Hej Børnehuset Bølgen

Vi overvejer at søge plads hos jer til vores datter og er nysgerrige på madplanen.
Serverer I svinekød, og hvor tit er der fisk? Og er maden økologisk? Vi har ikke nogen
særlige krav, det er bare godt at vide.

Mvh Anders""")

M("e", """Til Ishøj Kommune, boligsocial

Min datter Sanne har mistet sin lejlighed i Brøndby på grund af huslejerestance, og hun og
hendes to børn på 3 og 6 bor nu hos mig i en toværelses på Ishøj Strandvej. Det går
ikke i længden. Kan kommunen hjælpe hende med en bolig? Børnene skal i institution og
skole her.

Mvh Grethe Damgaard (mormor)""")

M("s", """Hej skoleballsudvalget

Må man tage sin kæreste med til skoleballet selvom han går på en anden skole? Jeg er dreng
og min kæreste Mads går i 9. på Hundige Skole. Vi vil gerne danse sammen uden at nogen
laver en stor ting ud af det.

/Oscar 9.A""")

M("", """Hej Ishøj Skole

Jeg vil gerne indskrive min søn Valdemar i 0. klasse fra august. Hans cpr-nummer er
[[181120–5127]], og vi bor på Ishøj Søndergård. Mit telefonnummer er 22 41 87 06, hvis I har
spørgsmål.

Mvh Katja Lassen""")

M("he", """Til familieafdelingen

Vores søn Noah på 15 har skåret i sig selv i et halvt år, og i weekenden blev han indlagt
på børne- og ungdomspsykiatrien i Glostrup. Han kommer hjem om en uge. Vi kan ikke
klare det alene. Vi har bedt om en familiebehandler, men vi har ikke fået svar.

Ring til os på 61 72 11 09.

Pernille og Jan""")

M("", """Kære byrådsmedlemmer

Trivselsundersøgelserne viser at mange unge i Ishøj har det psykisk dårligt. Hvad gør
kommunen konkret? Er der flere skolepsykologer på vej, og hvornår kommer der en
ungdomspsykologisk rådgivning ligesom i nabokommunerne?

Med venlig hilsen
Claus Mathiesen""")

M("p", """Hej Pladsanvisningen

Vores datter og svigersøn har sat deres lejlighed i Valby til salg, og der er en køber der
venter på at få sit lån godkendt. Så snart det er i orden, flytter de til Ishøj tæt på os.
Deres søn på 2 skal bruge en vuggestueplads. Kan han skrives op nu?

Venlig hilsen
Hanne og Erik Bundgaard (bedsteforældre)""")

M("u", """Til Børne- og Skoleudvalget

Som tillidsrepræsentant i HK for de ansatte i Ishøj Bycenters butikker vil jeg spørge om
udvalget har overvejet at give nogle institutioner længere åbent om lørdagen. Mange af
mine kolleger arbejder i weekenden og har ingen pasning.

Venlig hilsen
Dorte Vinding""")

M("b", """Til Strandgårdskolen

Jeg er imam i moskeen på Ishøj Bygade og far til Idris i 2.A. Fredag eftermiddag leder jeg
fredagsbønnen, og jeg kan derfor ikke komme til skole-hjem-samtalen fredag kl 13.
Kan vi flytte den til en torsdag?

Med venlig hilsen
Abdullah Saleh""")

M("", """Til Ishøj Skole, udlejning

Bestyrelsen i Ishøj Moskeforening vil gerne leje skolens gymnastiksal en lørdag i marts til
en fodboldturnering for børn fra 8 til 12 år. Vi forventer ca. 60 børn. Hvad koster det,
og hvem skal vi aftale nøgler med?

Med venlig hilsen
Bestyrelsen""")

M("e", """hej

jeg er 18 og min stedfar har smidt mig ud. jeg har sovet hos venner i to uger men nu kan jeg
ikke være der mere. jeg går på ishøj gymnasium. hvad gør jeg? har kommunen et sted man kan
sove

Emil""")

M("h", """Hej SFO Stjernen

Vores datter Nora har svær nøddeallergi og har haft anafylaktisk shock to gange. Hun har en
EpiPen med i tasken. Vi vil sikre at alle pædagoger ved hvor den er og hvordan den bruges,
også vikarerne. Kan vi komme forbi og vise det på næste personalemøde?

Venlig hilsen
Kristian og Maja""")

M("", """Kære Børne- og Familieudvalg

Er det kommunens politik at alle daginstitutioner skal være nøddefri? Min søns børnehave
har forbudt nødder i madpakker, og vi forstår ikke hvorfor det gælder alle børn. Hvem
beslutter det?

Mvh Jacob Lindstrøm""")

M("t", """Hej

Jeg er fra Afghanistan og jeg bor i Ishøj i 3 år. Min datter er 3 år. Hun skal i børnehave.
Jeg forstår ikke brevet fra kommunen. Hvad skal jeg gøre? Kan nogen ringe til mig og
forklare? Jeg har telefon 52 80 19 44.

Tak
Farida""")

M("se", """Til Ungdommens hus / kommunen

Mine forældre har smidt mig ud fordi jeg er lesbisk. Jeg er 17 og har boet hos min
veninde i en uge men hendes mor siger jeg skal finde noget andet. Har kommunen en
ungebolig eller noget jeg kan søge?

Yasmin""")

M("ue", """Hej Pladsanvisning

Jeg er blevet afskediget fra lageret i Greve efter at jeg gik til 3F over manglende
overtidsbetaling. 3F kører sagen som usaglig afskedigelse. Jeg har meldt mig ledig og får
dagpenge fra 3F's a-kasse. Kan jeg beholde vuggestuepladsen til min søn mens jeg søger
arbejde?

Mvh Dragan""")

M("h", """Kære SFO

Jeg er farmor til Sebastian i 1.B og har hentet ham hver onsdag. Jeg har fået konstateret
kræft i brystet og skal i kemo fra næste uge, så jeg kan ikke hente ham et stykke tid.
Hans far henter i stedet. Vil I notere det?

Venlig hilsen
Ingrid Holst""")

M("", """Hej skolen

Min søns cykel blev ødelagt i cykelkælderen i sidste uge. Forsikringen vil have en
bekræftelse fra skolen. Policenr. 0811199834, skadenr. 26-771-904. Kan I skrive en kort
bekræftelse på at cyklen stod i kælderen? Ring gerne på 2134 5678.

Mvh Thomas Brandt""")

M("he", """Hej kommunen

Jeg er 19 og har type 1-diabetes. Jeg er startet på HF og vil gerne søge om hjælp til en
mentor, fordi jeg har haft mange indlæggelser og er bagud. Min sagsbehandler sagde jeg skulle
skrive hertil. Cpr [[040807 4325]].

Mvh Noah Hansen""")

M("b", """Hej Louise

Bare så du ved det: Safiya faster for første gang i år under ramadanen. Hun vil selv gerne
prøve, og hun spiser ikke frokost de næste uger. Hun må gerne være i klassen i
spisefrikvarteret og tegne.

Mange hilsner
Rania, mor""")

M("", """Til Ishøj Bibliotek

Holder biblioteket et iftar-arrangement igen i år under ramadanen? Sidste år var det
hyggeligt for hele kvarteret. Hvis I mangler frivillige til at stille borde op, vil vores
lektiecafé gerne hjælpe.

Mvh Sofie, lektiecaféen""")

M("t", """Hej klasselæreren

Min søn Minh er født i Vietnam, og vi kom til Danmark da han var fire. Nogle drenge kalder
ham "kineser" og "bøsse" og efterligner hans øjne. Han er meget ked af det og vil skifte
skole. Hvad gør I ved det?

Mvh Thu Nguyen""")

M("pe", """Hej Pladsanvisning

Min mand og jeg skal skilles, og huset i Ishøj Landsby er sat til salg. Indtil det er solgt
bor vi begge i det, men jeg leder efter en lejlighed tæt på Strandgårdskolen. Kan vores
datter få plads i SFO'en der, når vi flytter?

Med venlig hilsen
Camilla Juhl""")

M("", """Hej Børnehuset Kastanjen

Hvornår er fastelavnsfesten i år? Skal børnene være klædt ut hjemmefra, og skal vi tage
boller med? Der stod ikke noget på ForældreIntra.

Mvh Tanja, mor til Viggo""")
