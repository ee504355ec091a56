"""Part C: Visitationen, Sundhedsplejen, Tandplejen, PPR, Skole/SFO, Daginstitutioner."""
from common import M

M("he", """
Til Visitationen

Min far på 88 har Parkinson, og han er faldet tre gange siden jul. Han har fået afslag på plejebolig med den begrundelse, at han kan klare sig med mere hjemmehjælp. Men han kan ikke selv komme op om natten, og hjemmeplejen kommer kun kl. 22 og kl. 7. Vi vil gerne have sagen vurderet igen.

Venlig hilsen
Bente Rosendahl (datter, fuldmagt vedhæftet)
""")

M("he", """
Hej Hjælpemiddelcentret

Mit ene hjul på kørestolen er knækket, og jeg sidder fast i lejligheden. Jeg har ringet tre gange i dag. Kan nogen komme i morgen? Jeg skal til kontrol på Rigshospitalet på torsdag og kan ikke komme derind uden stolen.

Leif Olsen, Vildtbanevej 12, st.
""")

M("e", """
Hej

Min mor får hjemmehjælp til rengøring hver 14. dag. De sidste tre gange er der kommet en ny person hver gang, og to gange er der slet ikke kommet nogen, uden at hun fik besked. Hun bliver ked af det og går og venter hele dagen. Kan I sørge for, at hun får en fast hjælper?

Mvh
Ulrik Jeppesen
""")

M("h", """
Kære Sundhedsplejen

Vores søn på 5 måneder tager ikke nok på, og han har udslæt og kaster op efter hvert måltid. Vores læge tror, at han ikke kan tåle komælk, og vi er henvist til børneafdelingen på Hvidovre. Kan sundhedsplejersken komme forbi ekstra, indtil vi har været der?

Mvh
Sarah og Nicolai
""")

M("s", """
Til Sundhedsplejen

Vi har modtaget jeres velkomstbrev, og det er fint, men det er adresseret til "mor og far". Vi er to mødre, og jeg er medmor til vores datter. Det ville være rart, hvis jeres skabeloner kunne tage højde for det. Ellers glæder vi os til besøget på tirsdag.

Venlig hilsen
Josefine Lind
""")

M("", """
Hej Sundhedsplejen

Tilbyder I stadig forældregrupper for førstegangsforældre? Jeg er dagplejer og skal skrive en lille oversigt til vores nyhedsbrev over tilbud, som nye forældre i kommunen kan bruge.

Mvh
Conni, dagplejen i Torslunde
""")

M("h", """
Hej Tandplejen

Min datter Ella (7 år) faldt på legepladsen i dag, og hendes ene fortand er slået løs og sidder skævt. Den bløder lidt. Kan hun komme akut i morgen tidlig elller skal vi til vagttandlæge i aften?

Ring gerne: 40 19 73 55
Mor til Ella
""")

M("he", """
Hej

Vores søn skal have tandregulering, men vi har fået at vide, at bøjlen på overkæben ikke dækkes, fordi det er "kosmetisk". Vi har ikke råd til 22.000 kr., min kone er på dagpenge og jeg har lige skiftet job til lavere løn. Kan vi få tilskud?

Mvh
Martin Højgaard
""")

M("", """
Hej

Jeg kan forstå, at Tandplejen flytter fra Strandgårdskolen til Vibeholmskolen efter sommerferien. Hvor skal man parkere, når man kommer med en lille og har barnevogn med?

Mvh
Signe
""")

M("he", """
Til PPR

Min søn Noah er i udredning for autisme. Skolen henviste ham til jer i september sidste år, og vi har stadig ikke fået en tid til den psykologiske test. Han har det rigtig skidt i klassen og kommer hjem grædende næsten hver dag. Hvor længe skal vi vente?

Med venlig hilsen
Stine Brix
""")

M("he", """
Hej PPR

Vores datter i 4. klasse er blevet testet ordblind i december. Skolen siger, at hun kan få en computer med oplæsning, men der er ikke sket noget endnu. Hvem har ansvaret for at bestille den?

Venlig hilsen
Jakob og Dorthe Winther
""")

M("t", """
Kære klasselærer og skoleleder

Min datter er den eneste sorte pige i 3.b, og nogle af drengene bliver ved med at røre ved hendes hår og kalde hende "chokolade". Hun vil ikke i skole om morgenen. Jeg har nævnt det to gange til forældresamtalen. Jeg forventer, at skolen gør noget nu.

Med venlig hilsen
Grace Mensah-Larsen
""")

M("b", """
Hej

Vi er muslimer, og vi fejrer Eid al-Adha på mandag. Må vores to børn i 2.a og 5.c få fri den dag? Vi skal besøge familie i Odense.

Mange hilsner
Fatima og Karim
""")

M("", """
Hej Skoleafdelingen

Vi læser om religion i 8. klasse på Gildbroskolen og vil gerne besøge både en kirke og en moské i samme uge. Har kommunen en fast aftale med de lokale trossamfund om skolebesøg, eller skal vi selv kontakte dem? Vi er 24 elever og tænker på en formiddag i uge 47.

Venlig hilsen
Kristian Jessen, lærer i kristendomskundskab
""")

M("h", """
Hej SFO Ishøj Sø

Vores datter Liva kan ikke tåle gluten. Hun har haft mavepine flere gange efter eftermiddagsmaden. Kan I sørge for at hun får noget andet, og må vi sende en liste med, hvad hun må spise?

Tak
Marie (mor til Liva, 1.a)
""")

M("b", """
Hej Børnehuset Troldehøjen

Vi er veganere af etiske grunde og vil gerne have, at vores søn ikke får kød, mælk eller æg i børnehaven. Vi ved godt, at det kræver lidt ekstra. Kan vi tale om det til indkøringssamtalen?

Mvh
Frida og Sebastian
""")

M("b", """
Hej

Vi spiser ikke svinekød af religiøse grunde, og min søn kom hjem i går og fortalte, at de havde fået frikadeller. Jeg ved ikke, om de var af svin. Kan I fremover sige til, når der er svinekød, så han kan få noget andet?

Venlig hilsen
Samira
""")

M("", """
Hej

I kommunens kostpolitik for daginstitutioner står der, at der tages hensyn til religiøse og etiske spisevaner. Hvordan gøres det i praksis? Jeg er ny køkkenleder i Børnehuset Regnbuen og skal lave den næste menuplan.

Venlig hilsen
Tove Bundgaard
""")

M("e", """
Hej

Jeg vil gerne søge om friplads i SFO'en til mine to børn. Jeg er enlig og på kontanthjælp, og jeg har ikke råd til at betale de 4.100 kr. om måneden. Skal jeg sende lønsedler eller kan I se det selv?

Mvh
Tina Schou
""")

M("s", """
Hej

Vores søn i 3. klasse bliver drillet med, at han har to fædre. Et par af de andre børn siger, at han ikke har en rigtig familie. Han vil ikke fortælle lærerne om det, men vi vil gerne have, at klassen arbejder med det på en god måde. Kan vi få et møde?

Mvh
Morten og Jakob Lauritsen-Berg
""")

M("s", """
Til skolelederen på Strandgårdskolen

Min søn på 15 er sprunget ud som homoseksuel i sommerferien, og nu bliver han mobbet på Snapchat af nogle i parallelklassen. Han har vist mig beskeder, hvor de skriver grimme ting. Han vil ikke have at det bliver en stor sag, men jeg er nødt til at gøre noget.

Venlig hilsen
Lis Thomsen
""")

M("", """
Kære Kultur- og Fritidsudvalg

Jeg synes, at skolebibliotekerne og hovedbiblioteket bør have flere børnebøger om regnbuefamilier, skilsmissefamilier og familier med handicap. Børn skal kunne se sig selv i bøgerne. Vil udvalget tage det op?

Venlig hilsen
Annette Kruse, pensioneret bibliotekar
""")

M("", """
Hej skolebiblioteket

Vi har fået nedenstående besked fra dansklæreren i 6.b. Vores søn vil gerne læse bogen hjemme i forvejen. Har I den til udlån, eller skal vi købe den?

Mvh
Rikke og Bo Nørgaard

> Kære forældre i 6.b
> I dansk læser vi i de kommende uger "Drengen med de to mødre", en roman om en dreng, der flytter fra Jylland til Ishøj. Vi kommer til at tale om forskellige familieformer.
> Venlig hilsen Helle Bjerregaard, dansklærer
""")

M("he", """
Hej Visitationen

Min mand har fået en ny hofte og er kommet hjem fra hospitalet i går. Han kan ikke komme ind og ud af badekarret, og vi har ikke noget brusebad. Kan vi låne en badebænk og et toiletforhøjer, og hvor hurtigt kan det komme?

Venlig hilsen
Jytte Rasmussen
""")

M("e", """
Hej

Min mor får mad fra madservice, men hun siger, at maden er kold, når den kommer, og at hun aldrig får fisk, selvom hun har bedt om det. Kan I tjekke, hvad der er aftalt? Hun bor på Søndergårdsvej 4.

Venlig hilsen
Bettina Nørby
""")

M("he", """
Til Visitationen

Vores søn Magnus på 24 år har muskelsvind og har BPA med fire hjælpere. Den ene hjælper er sagt op, og det tager lang tid at få godkendt en ny. I mellemtiden er der huller i vagtplanen om natten, hvor vi som forældre må træde til. Kan godkendelsen gå hurtigere?

Med venlig hilsen
Hanne og Steen Poulsen
""")

M("he", """
Hej

Vi har fået aflastning hver anden weekend for vores datter Clara, som har Downs syndrom og en hjertefejl. Aflastningsstedet lukker til nytår. Hvad sker der så? Vi har virkelig brug for de weekender.

Mvh
Anja Mikkelsen
""")

M("e", """
Hej

Jeg har en ledsageordning på 15 timer om måneden, og min ledsager er gået på pension. Hvordan finder jeg en ny, og kan jeg selv foreslå en person?

Venlig hilsen
Kirsten Bruun
""")

M("he", """
Hej

Jeg søgte om støtte til handicapbil i januar og fik at vide, at der var fire måneders behandlingstid. Nu er det syv måneder siden. Jeg er afhængig af bilen for at komme på arbejde. Hvad er status?

Venlig hilsen
Rene Vinding
""")

M("", """
Hej

Hvordan søger man job som afløser i hjemmeplejen til sommer? Jeg er i gang med SOSU-uddannelsen og vil gerne have erfaring.

Mvh
Mathilde, 19 år
""")

M("", """
Hej

Hvad skal man gøre, når ens forældre ikke længere kan klare sig selv? Vi vil gerne være forberedt, før det bliver aktuelt, så vi ikke står helt på bar bund. Er der en pjece eller et informationsmøde?

Venlig hilsen
Karin Dahl
""")

M("h", """
Hej Sundhedsplejen

Jeg havde en spontan abort i uge 11 for tre uger siden, men jeg har lige fået et brev om, at sundhedsplejersken kommer på graviditetsbesøg. Kan I slette mig af listen? Det var virkelig hårdt at få det brev.

Tak
Anna
""")

M("th", """
Hej Sundhedsplejen

Vi er fra Eritrea og kom til Danmark for to år siden. Min kone er gravid i 7. måned med vores første barn. Hun taler tigrinya og lidt engelsk. Kan sundhedsplejersken have en tolk med, når hun kommer efter fødslen?

Mvh
Yonas Haile
""")

M("e", """
Hej

Dagplejemor Ruth siger, at vi skylder for tre måneders forældrebetaling, og at vores plads bliver opsagt, hvis vi ikke betaler inden den 1. Vi har haft en svær periode, efter jeg blev skilt. Kan vi lave en afdragsordning?

Mvh
Jesper Mølgaard
""")

M("u", """
Kære Børne- og Skoleudvalg

Jeg skriver som tillidsrepræsentant for lærerne på Strandgårdskolen. Vi har i år fire klasser med 28 elever og to inklusionsbørn i hver. Kredsen og jeg vil gerne fremlægge vores erfaringer på et udvalgsmøde. Hvordan kommer vi på dagsordenen?

Med venlig hilsen
Henrik Steffensen
""")

M("u", """
Hej

Som pædagog og BUPL-medlem i over 20 år vil jeg gerne sige tak til udvalget for at have fundet penge til to ekstra hænder i vores vuggestue. Det kan mærkes allerede.

Venlig hilsen
Lene Abildgaard, Vuggestuen Mælkebøtten
""")

M("", """
Hej Ishøj Idrætscenter

BUPL Storkøbenhavn holder konference for ca. 300 pædagoger den 6. marts. Kan vi leje den store hal og cafeteriet fra kl. 8 til 16, og hvad koster det?

Mvh
Marianne Toft, BUPL Storkøbenhavn, arrangementsteamet
""")

M("he", """
Til PPR og skolelederen

Min datter på 13 har ikke været i skole siden efterårsferien. Hun har så meget angst, at hun kaster op om morgenen, når vi nærmer os skolen. Hun går til psykolog privat, og vi venter på en tid i børne- og ungdomspsykiatrien. Skolen siger, at hun skal "presses lidt", men psykologen er uenig. Vi har brug for, at PPR kommer med på et møde.

Venlig hilsen
Michael Svane
""")

M("h", """
Hej Tandplejen

Vi er lige flyttet fra Aarhus, og vores søn skal indskrives hos jer. Han er født med en læbe-ganespalte og er blevet opereret to gange. Han går til kontrol på tandregulering i Aarhus. Hvem tager over her?

Hans cpr: [[300420-4821]]

Venlig hilsen
Line Madsen
""")

M("", """
Hej skolekontoret

Jeg vil gerne indskrive min datter i 0. klasse på Vibeholmskolen fra august. Hun går nu i Børnehuset Kløverbakken. Hendes personnummer: [[190618-5522]]. Hvornår får vi svar?

Mvh
Hans Kristensen
""")

M("th", """
Hej

Min søn Anan er halvt thailandsk, og hans mor bor i Bangkok. Han har astma og skal have sin inhalator med på lejrskolen. Hvem skal have besked, og kan lærerne hjælpe ham med at huske den morgen og aften?

Mvh
Thomas Mørch
""")

M("b", """
Kære skoleleder

Vores familie er medlem af Mosaisk Trossamfund, og vi holder Jom Kippur den 2. oktober. Vores to børn i 4. og 7. klasse vil derfor være fraværende den dag. Vi vil gerne have, at det registreres som godkendt fravær.

Venlig hilsen
David og Ruth Adler
""")

M("h", """
Hej SFO

Oliver skal have sin medicin (Ritalin) kl. 14, nu hvor han bliver i SFO til kl. 16.30. Jeg har afleveret pillerne i en æske med navn på hos Pia. Vil I sikre jer, at det bliver noteret?

Mvh
Susanne
""")

M("h", """
Hej Børnehuset Solsikken

Vores datter Emma har fået konstateret type 1-diabetes i sidste uge. Hun skal have målt blodsukker i løbet af dagen, og personalet skal kunne reagere, hvis det bliver for lavt. Diabetessygeplejersken fra Herlev vil gerne komme ud og lære jer op. Hvornår passer det?

Mvh
Nanna og Kasper
""")

M("", """
Hej

Kan personalet i vores børnehave komme på et førstehjælpskursus? Vi har fået en hjertestarter på væggen i foråret, men ingen af os ved rigtig, hvordan man bruger den.

Venlig hilsen
Forældrebestyrelsen i Børnehuset Lærkereden
""")

M("", """
Hej

Der er lus på Sommerfuglestuen igen. Hvad er kommunens retningslinjer for, hvornår børnene skal holdes hjemme? Sidst var der stor forvirring blandt forældrene.

Mvh
Forældrerådet, Sommerfuglestuen
""")

M("s", """
Hej Borgerservice

Jeg er medmor til Alma, som blev født den 3. maj. Min kone og jeg har lavet en aftale om medmoderskab før fødslen, men jeg står stadig ikke som forælder på Almas oplysninger. Hvad mangler? Mit personnummer er [[011290 1234]].

Mvh
Ida Holst
""")

M("e", """
Hej

Vi er ved at blive skilt og er ikke enige om, hvilken skole vores søn skal gå på efter sommerferien. Hans far har skrevet ham op på Gildbroskolen uden at spørge mig. Kan han det, når vi har fælles forældremyndighed?

Venlig hilsen
Mette Ravn
""")

M("", """
Hej

Jeg er pædagogstuderende og skriver bachelor om inklusion af børn med diagnoser i almindelige børnehaver. Må jeg interviewe en fra PPR om, hvordan I arbejder? Det tager ca. 45 minutter.

Mvh
Cecilie Bang, Københavns Professionshøjskole
""")

M("he", """
Hej Visitationen

Min kone har sklerose og er blevet meget dårligere det sidste halve år. Hun kan ikke længere gå på trapper, og vi bor på 2. sal uden elevator. Vi har søgt om boligskift eller trappelift for fire måneder siden. Hvornår hører vi noget?

Venlig hilsen
Bjarne Kofod
""")

M("", """
Hej

Hvor lang er ventelisten til plejeboligerne på Ishøj Plejecenter lige nu, og hvor mange pladser er der? Jeg spørger på vegne af Ældrerådet, som skal drøfte det på næste møde.

Venlig hilsen
Elsebeth Juul, Ældrerådet
""")

M("t", """
Hej

Vores søn går i 2. klasse og taler både dansk og vietnamesisk, fordi hans mor er fra Vietnam. Læreren har foreslået, at han skal have dansk som andetsprog. Vi synes ikke, han har brug for det, hans dansk er fint. Hvem bestemmer det?

Mvh
Peter Lykke
""")

M("h", """
Hej

Min datter Ida i 7.a har brækket armen til håndbold i weekenden, hun har gips på i 5 uger. Hun skal på lejrskole om to uger — kan hun komme med? Hun er ellers frisk!

Mvh
Camilla
""")
