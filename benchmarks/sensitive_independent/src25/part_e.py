from common import M

M("pu", """Hej Ishøj Kommune

Jeg er tillidsmand i Blik- og Rørarbejderforbundet og skal flytte til Jylland med ny stilling. Vores rækkehus på Engsvinget 4 er sat til salg, og vi har et bud, men vi har ikke accepteret det endnu. Kan vi opsige vores plads i dagplejen med en måneds varsel?

Mvh Claus Brandt
[[0205831145]]""")

M("ps", """Hej,

Min mand Henrik og jeg (Torben) har fået et bud på vores lejlighed på Ishøj Strandvej 102, men køberen vil først underskrive når han ved om altanen er lovliggjort. Kan I tjekke sagen?

Torben Friis, cpr [[301172-1359]]""")

M("pt", """Hej

Min familie er fra Libanon og vi har drevet kiosken på Ishøj Bygade i 18 år. Nu vil vi sælge forretningen og grunden, og vi er i forhandling med en køber. Han vil vide om kommunen giver tilladelse til at lave den om til frisør. 

Mvh Hassan Khalil""")

M("pe", """Kære borgerrådgiver

Jeg er blevet skilt og skal sælge vores fælles hus på Gildbrovej. Min eksmand nægter at skrive under på salgsopstillingen. Mægleren har en interesseret køber, men det hele står stille. Kan kommunen hjælpe med noget?

Mvh Annette Vang""")

M("p", """hej! vi skal til at handle en andelslejlighed i Vejleåparken. det er ikke endeligt endnu, men vi vil vide om vi kan få boligstøtte når vi flytter ind? hvad er reglerne for andelsboliger?

Nicklas""")

M("", """Hvad er reglerne for boligstøtte til andelsboliger? Jeg er bogholder i en andelsboligforening og bliver tit spurgt af medlemmerne.""")

M("p", """Kære Jens Rasmussen

Vi har fået en erklæring om, at køberen af vores hus på Rørvangsvej 37 har trukket sig. Mægleren siger at det skyldes den nye lokalplan om støjvold. Vi har nu sat prisen ned med 200.000. Hvornår bliver lokalplanen vedtaget?

Mvh Kirsten og Jan Fog""")

M("", """Hvornår bliver lokalplanen om støjvolden ved Rørvangsvej vedtaget? Vi bor på en lejlighed et andet sted, men vil gerne følge med.""")

M("pb", """Hej,

Vi er en muslimsk familie og vil gerne købe grunden ved siden af vores hus på Ishøjgårdsvej for at udvide. Ejeren er villig, men vi mangler kommunens svar på om grunden kan udstykkes. Vores advokat siger at vi ikke kan skrive under før.

Mvh Rashid Ali""")

M("", """Må man bygge et bederum i sin egen have, eller kræver det byggetilladelse? Det er et hypotetisk spørgsmål.""")

M("h", """Hej,

Min datter Sofie på 12 år har fået en insulinpumpe og skal på lejrskole med klassen. Lærerne er nervøse for at hendes blodsukker falder om natten. Kan der komme en sygeplejerske med?

Mvh Kenneth Lund, [[151013-4120]] (Sofie)""")

M("he", """hej jeg har fået høreapparater på begge ører efter et besøg hos ørelægen i Glostrup. jeg kan ikke høre dørklokken. kan kommunen give et lysblink?

hilsen Ove, 79, Vejlegårdsvej 2""")

M("he", """Kære Ældreudvalget

Min mor har fået en stol med løftefunktion og en badebænk fra hjælpemiddeldepotet, men hun mangler en toiletforhøjer. Hun er faldet tre gange i år og har brækket hoften én gang.

Mvh Dorte Birk""")

M("he", """Hej,

Jeg har fået en depression og har været sygemeldt fra mit job på Ishøj Bibliotek siden november. Nu siger min arbejdsgiver at de vil afskedige mig. Hvad sker der med mine sygedagpenge?

Mvh Marianne Lauritsen
CPR [[230478 2212]]""")

M("h", """hej, min kæreste er indlagt på Bispebjerg psykiatrisk afdeling efter et selvmordsforsøg. jeg er bange for at hun ikke får den rigtige hjælp. hvem kan jeg tale med?

- Jonas""")

M("", """Er der en selvmordsforebyggende klinik på Vestegnen? Jeg er skolelærer og vil gerne have nummeret liggende til eleverne, hvis nogen har brug for det.""")

M("h", """Hej,

Min svigerfar har fået en pacemaker og skal ikke længere gå op og ned ad trapper. Han bor på 3. sal uden elevator på Ishøj Boulevard 68. Kan han komme på venteliste til en stueetage?

Mvh Per Hjort""")

M("he", """Hej

Jeg er afhængig af hash og har været i behandling hos Ishøj Misbrugscenter. Jeg har fået at vide at min kontanthjælp stopper hvis jeg ikke møder op. Men jeg er stoppet nu og går hos en psykolog. Kan det sættes på pause?

Martin, [[071292 1143]]""")

M("", """Ishøj Misbrugscenter bør have længere åbningstider. Det er en politisk holdning, jeg kender ingen der går der, men det er vigtigt.""")

M("hte", """Hej

Min mor kom fra Chile som politisk flygtning i 1975. Hun har nu demens og taler kun spansk igen. Plejecentret har ingen spansktalende. Kan man ikke finde en frivillig?

Mvh Claudia Rojas""")

M("e", """Hej Ishøj,

Jeg har fået brev om at min kontanthjælp bliver nedsat med 4.000 kr fordi jeg ikke har arbejdet nok timer. Jeg har to børn og bor alene. Kan jeg klage?

Anita Berg, [[080989-2034]]""")

M("e", """Kære Ishøj Kommune

Min far er blevet tildelt en plads i dagcenteret på Ishøjgård to dage om ugen, men transporten kommer aldrig til tiden. Han sidder og venter i en time i sin jakke.

Mvh Ingrid Pade""")

M("e", """Hej

Jeg har været i aktivering hos Jobcentret i 6 måneder og nu siger min sagsbehandler at jeg skal i virksomhedspraktik i Føtex. Jeg har en uddannelse som laborant. Giver det mening?

Mvh Camilla Storm""")

M("", """Hvor mange borgere er i virksomhedspraktik i Ishøj? Jeg sidder i Beskæftigelsesudvalget i en anden kommune og vil sammenligne.""")

M("e", """Hej,

Min ekskone har flyttet vores søn til Sverige uden at spørge mig. Vi har fælles forældremyndighed. Kan kommunen stoppe det?

Mvh Anders Moll""")

M("e", """hej hvem kan jeg tale med om min nabo? hun har tre små børn og jeg hører dem græde om natten og der er aldrig mad i køleskabet siger den ældste. jeg vil lave en underretning om familien i nr. 7 på Høkervej.""")

M("", """Hvordan laver man en underretning, og kan man være anonym? Jeg spørger bare generelt, der er ikke nogen konkret sag.""")

M("e", """Hej Ydelsescentret,

Jeg har modtaget et brev om, at jeg skal betale 9.800 kr tilbage i børneydelse. Jeg har ikke pengene, jeg er på dagpenge. Kan jeg afdrage det?

Mvh Katrine Jensen, [[1205911196]]""")

M("euh", """Hej

Jeg er medlem af Krifa og har fået at vide at jeg skal i et jobafklaringsforløb. Jeg har ikke været på arbejde i 2 år pga. min ryg. Hvad betyder det for min økonomi?

Mvh Henning Ravn""")

M("s", """Hej Ishøj Kommune

Jeg hedder Anne og er gift med Julie. Vi vil gerne være plejeforældre. Hvad kræver det?

Venlig hilsen Anne Kristiansen""")

M("", """Hvor mange plejefamilier har Ishøj Kommune, og hvordan bliver man godkendt? Vi er et par i 30'erne og overvejer det.""")

M("s", """Kære Børn og Forebyggelse

Vi er en regnbuefamilie med to mødre og to børn, og vores ældste skal starte i skole. Vi vil gerne have at skolens blanketter ikke kun har felterne "mor" og "far". Kan det ændres?

Mvh Nanna og Rikke""")

M("s", """hej, jeg er en dreng på 15 og jeg er forelsket i en anden dreng i klassen. jeg har brug for at tale med nogen men jeg tør ikke sige det til mine forældre.""")

M("s", """Hej,

Jeg skriver for min bror Mikkel, der bor alene på Vibeholmsvej efter hans mand Rasmus døde i sommer. Mikkel har brug for hjælp til at rydde op. Er der en frivillig ordning?

Mvh Dorthe""")

M("", """Hej, min mand er død i sidste uge. Hvordan bestiller man et gravsted på Ishøj Kirkegård, og er det kommunen eller kirken der har kirkegården?

Mvh Birthe Nørgaard""")

M("b", """Hej Ishøj Kommune

Jeg er medlem af Humanistisk Samfund og vil gerne tilbyde humanistiske navnefester i kommunens lokaler. Kan vi leje Ishøj Kulturhus til det?

Mvh Line Agerskov""")

M("b", """Hej,

Vi er en kristen familie, og vi går i Apostolsk Kirke hver søndag. Vores søn skal til svømning søndag formiddag. Kan han skifte hold til lørdag?

Mvh Rebekka Skov""")

M("", """Er der svømmehold om lørdagen for børn i 2. klasse? Søndag passer os dårligt pga. fodbold.""")

M("b", """Hej,

Jeg har været medlem af Venstre i 30 år og er næstformand i den lokale vælgerforening. Jeg vil gerne invitere borgmesteren til vores årsmøde. Hvem skal jeg kontakte?

Mvh Erling Holst""")

M("b", """Hej,

Min datter på 9 bærer tørklæde pga. vores tro, og gymnastiklæreren har bedt hende tage det af. Er det lovligt?

Mvh Hanan Ibrahim""")

M("b", """hej ishøj. jeg stemte på Alternativet ved sidste valg og er skuffet over at de ikke fik nogen mandater. kan man se hvor mange stemmer de fik i Ishøj?""")

M("", """Hvor mange stemmer fik de enkelte partier i Ishøj ved sidste kommunalvalg? Jeg vil bruge tallene i min opgave.""")

M("tue", """Hej,

Jeg er fra Polen og arbejder som murer. Jeg er medlem af BJMF og fagforeningen hjælper mig med en sag om manglende løn. Men nu har kommunen skrevet at jeg skal betale for lang tid tilbage i daginstitution. Kan I sende det på engelsk?

Tomasz Kowalski""")

M("t", """Hej Ishøj Kommune,

Min søn er halvt eritreansk og bliver kaldt "neger" af nogle drenge i skolegården. Skolen tager det ikke alvorligt. Hvad gør jeg?

Mvh Line Tesfamariam""")

M("t", """Hej, jeg er inuk og har svært ved at få mine papirer fra Nuuk godkendt her. Hvem tager sig af det i Borgerservice?

Malik Kristiansen""")

M("", """Har Borgerservice åbent lørdag? Jeg skal have fornyet mit pas inden en rejse til Grønland.""")

M("t", """Hej,

Min mor og far er fra Marokko, og jeg er født her. Jeg vil gerne undervise i arabisk for voksne på Ishøj Sprogcenter. Kan man søge det?

Mvh Yasmin Benali""")

M("", """Ishøj Sprogcenter burde undervise i arabisk for danske voksne. Det ville gøre det lettere at tale med naboerne i Vejleåparken. Bare en idé.""")

M("t", """Kære Borgmester

Jeg er tamil og har boet i Danmark i 30 år. Jeg har startet en tamilsk kulturforening og vil gerne søge tilskud fra kulturpuljen.

Mvh Rajan Selvakumar""")

M("u", """Hej,

Jeg er blevet valgt som TR for pædagogerne i Børnehuset Troldebo, og jeg har nogle spørgsmål om normeringen. Hvem skal jeg henvende mig til?

Mvh Lone Holm""")

M("u", """Hej

Jeg er medlem af Dansk Sygeplejeråd og arbejder i hjemmesygeplejen. Vores bil har været i værksted i 3 uger. Vi må bruge vores egne biler uden kørselsgodtgørelse. Hvem kan vi tale med?

Mvh Betina Lind""")

M("u", """hej. vi er et par stykker fra Metal og 3F på havnen der har betalt til strejkekassen i mange år. vi vil gerne have kommunen til at støtte de strejkende på Ishøj Rengøring.""")

M("", """Hvem afgør om kommunen kan støtte en strejke økonomisk? Jeg tror ikke det er lovligt.""")

M("u", """Kære Byråd

Jeg er pensioneret fra HK men har stadig mit medlemskab. Jeg vil gerne deltage i Ishøj Kommunes seniorrådsmøde om busser. Hvordan tilmelder jeg mig?

Mvh Grete Skov""")

M("", """Kan man stille op til Seniorrådet i Ishøj, hvis man ikke er medlem af en forening? Jeg er 72 og interesseret.""")
