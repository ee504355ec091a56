"""Part D: Byggesag, Ejendomsskat, Teknik og Miljø (affald, vej, parkering)."""
from common import M

M("p", """
Til Byggesagsafdelingen

Vi har fået et bud på vores hus på Bredekærs Vænge, men køberens rådgiver vil have dokumentation for, at carporten og udhuset er lovligt opført. Vi byggede dem i 2008 og mener, vi fik en tilladelse, men kan ikke finde papirerne. Kan I sende byggesagsarkivet for ejendommen? Det haster lidt, da køberen skal give endeligt svar på fredag.

Med venlig hilsen
Torben og Lise Carlsen
""")

M("p", """
Hej Ejendomsskat

Vores hus har ligget til salg i snart et år, og mægleren siger, at den høje foreløbige ejendomsvurdering skræmmer købere væk. Kan vi klage over vurderingen, mens huset er til salg, og hvor lang tid tager det?

Venlig hilsen
Birthe Lyngsø
""")

M("p", """
Hej

Køberen af vores rækkehus har taget forbehold for tilstandsrapporten, og skønsmanden har skrevet, at vinterhaven muligvis er opført uden tilladelse. Nu vil køberen have en erklæring fra kommunen, ellers træder hun tilbage. Kan I se, om der er givet tilladelse? Adressen er Gildbrovej 51.

Mvh
Allan Kirk
""")

M("p", """
Hej Teknik og Miljø

Vi venter på, at banken godkender lånet til huset på Torslundevej 9, som vi har budt på. I mellemtiden vil vi gerne vide, om der er planer om at lave en ny vej eller cykelsti bag grunden. Det står i hvert fald ikke i lokalplanen, men naboen har hørt noget.

Mvh
Sandra og Rune
""")

M("p", """
Hej Byggesag og Matrikel

Naboens hus er lige blevet sat til salg, og vi har talt med ham om at købe en stribe på ca. 4 meter af hans grund, så vi kan få indkørsel fra siden. Det skal selvfølgelig aftales endeligt med den nye ejer eller med ham inden salget. Hvad skal der til fra kommunens side ved sådan en arealoverførsel?

Venlig hilsen
Kim Bertelsen, Ishøj Landevej 28
""")

M("p", """
Hej

Jeg er ved at sælge min andel i A/B Strandhøj. Køberen vil vide, om foreningens altanprojekt er godkendt af kommunen, før hun skriver under. Kan I oplyse, hvor sagen står?

Mvh
Lotte Eskildsen
""")

M("pe", """
Til Ejendomsskat og Ydelsescenteret

Vi er kommet så langt bagud med ejendomsskatten og afdragene, at banken har begæret tvangsauktion over vores hus. Den er berammet til den 14. november. Min mand har været arbejdsløs i et år, og jeg er på deltid. Er der noget, kommunen kan gøre, før det er for sent?

Cpr: [[260955-3398]]

Venlig hilsen
Jane Holbæk
""")

M("p", """
Hej Teknik og Miljø

Jeg vil gerne sælge mit kolonihavehus i H/F Ishøjhave. Vurderingsmanden kommer på lørdag, og bestyrelsen siger, at jeg først skal have en attest om, at kloakken er tilsluttet lovligt. Er det jer, der udsteder den?

Med venlig hilsen
Gunhild Mose
""")

M("p", """
Til Plan og Byggeri

Vi forhandler med ejeren af erhvervsgrunden på Industrivej 22 om at købe den til vores VVS-firma. Inden vi byder endeligt, vil vi gerne have bekræftet, om lokalplanen tillader en hal på 9 meter, og om der må være udendørs oplag.

Med venlig hilsen
Jens Kølvraa
Kølvraa VVS ApS
""")

M("p", """
Hej

Køberen af vores lejlighed er sprunget fra i går, to dage før advokatforbeholdet udløb, fordi hans bank ikke ville låne ham pengene. Vi skulle have haft overtagelse 1. december. Skal vi selv afmelde den flytning, vi har anmeldt hos Borgerservice?

Mvh
Charlotte Ibsen
""")

M("ph", """
Hej

Vi er nødt til at sælge huset, fordi min mand har fået en blodprop i hjernen og ikke længere kan gå på trapper. Mægleren vil gerne have, at vi får godkendt det gamle badeværelse i kælderen, så det kan sælges som beboelse. Hvordan søger vi om det, og kan det gå hurtigt?

Venlig hilsen
Karen Frandsen
""")

M("ps", """
Hej Ejendomsskat

Min mand Lars og jeg har sat vores lejlighed på Ishøj Strandvej til salg, og vi har allerede haft to fremvisninger. Mægleren spørger, om vi har betalt ejendomsskat for hele året, og om vi så får noget tilbage, når vi sælger. Hvordan fungerer det?

Mvh
Thomas Brandt
""")

M("pe", """
Hej

Min ekskone og jeg skal sælge huset på Vejleåvej som del af skilsmissen, men vi er uenige om prisen, og hun vil ikke skrive under på salgsaftalen med mægleren. Kan kommunen give os en ny, opdateret ejendomsvurdering, så vi har noget at gå ud fra?

Venlig hilsen
Steffen Laursen
""")

M("pt", """
Dear / Kære kommune

Vi er hollændere og bor i Amsterdam, men min mand skal arbejde i Ishøj i de næste fem år. Vi har budt på en grund i Ishøj Landsby Syd og venter på svar fra sælger. Er der særlige regler for udenlandske købere, eller skal vi have tilladelse fra Justitsministeriet?

Kind regards / Venlig hilsen
Anke de Vries
""")

M("p", """
Hej

Vi har underskrevet en købsaftale på et hus på Tranegilde Strandvej, men advokatforbeholdet udløber først på fredag, så det er ikke endeligt endnu. Hvem skal betale ejendomsskat for andet halvår, hvis handlen går igennem?

Mvh
Nicklas Bundgaard
""")

M("p", """
hej. vi har budt 3,2 mio på strandvejen 104 og venter på svar. er der planer om højhuse eller butiker på grunden overfor? vil ikke købe og så få udsigten til en p-plads

mvh sebastian
""")

M("p", """
Til Byggesag

Vi har købt grunden på Lillevangsvej 3 under forudsætning af, at vi kan få byggetilladelse til et hus på 180 m² i halvanden plan. Vi har frist til den 1. april til at træde tilbage fra handlen. Kan I nå at behandle en ansøgning inden da?

Mvh
Sofie og Emil Krogh
""")

M("p", """
Hej

Min far døde i februar, og hans hus på Ishøj Søvej skal sælges som led i dødsboet. Ejendomsmægleren har brug for en BBR-meddelelse og oplysninger om evt. ulovligheder. Jeg er eneste arving og har skifteretsattest. Hvor bestiller jeg det?

Venlig hilsen
Jannik Bruhn
""")

M("p", """
Hej Byggesag

Se nedenstående fra vores ejendomsmægler. Kan I hjælpe med det, hun efterspørger?

Mvh Heidi Andresen

----- Videresendt besked -----
Fra: Mette Holt, home Ishøj
Emne: Bud på Vejlebrovej 17

Hej Heidi og Søren
Køberne har givet et bud på 2.975.000 kr. under forudsætning af, at kommunen kan bekræfte, at udestuen er lovliggjort. Kan I skaffe en erklæring fra kommunen inden onsdag?
Venlig hilsen Mette
""")

M("", """
Hej

Vi overtog huset på Gildbrovej 8 den 1. maj, og skødet er tinglyst. Vi vil gerne have skiftet affaldsbeholderne til en større restaffaldsspand, og ejendomsskattebilletten står stadig i den tidligere ejers navn. Hvem skal vi kontakte om hvad?

Venlig hilsen
Asger og Nina Thomsen
""")

M("", """
Hej

Hvornår sælger kommunen de nye byggegrunde i Ishøj Landsby Syd, og hvordan kommer man på interesselisten?

Mvh
Rasmus Hald
""")

M("", """
Til Ejendomsskat

Vi har ejet vores hus i 31 år, og grundskylden er steget igen i år. Hvordan kan det være, når der ikke er sket noget med grunden? Vi har ikke bygget om, og vejen er den samme.

Venlig hilsen
Svend Aage Nielsen
""")

M("", """
Hej

Handlen på huset er for længst afsluttet, men sælger har efterladt en stor bunke gammelt træ og en ødelagt trampolin i haven. Må vi brænde træet af i haven, eller skal vi køre det på genbrugspladsen?

Mvh
Patrick
""")

M("", """
Hej

Vi solgte vores hus på Strandgårds Allé i 2019, og handlen gik helt som den skulle. Nu har vi fået en opkrævning på vejbidrag for 2020. Det må være en fejl. Kan I tjekke det?

Venlig hilsen
Jonna og Erling Busk
""")

M("", """
Hej

Hvordan ser boligmarkedet ud i Ishøj lige nu? Kommunen har vel tal for, hvor mange huse der er solgt i år i forhold til sidste år? Jeg er med i grundejerforeningens bestyrelse og vil gerne fortælle om det på generalforsamlingen.

Mvh
Henning Bagger
""")

M("", """
Hej Vej og Park

En ejendomsmæglerkæde har sat et stort reklameskilt op i rabatten ved rundkørslen på Ishøj Stationsvej. Er det lovligt? Det skygger for udsynet, når man kommer fra venstre.

Mvh
Ole Bisgaard
""")

M("", """
Hej Parkering

Min beboerlicens nr. 04-1187 udløber den 31. Kan den fornyes online, eller skal jeg komme ind? Nummerpladen er den samme.

Mvh
Jørgen
""")

M("", """
Hej

Min nabo i nr. 12 stiller storskrald ud næsten hver uge, selvom afhentningen kun er den første mandag i måneden. Det flyder ud på fortovet. Må han det?

Mvh
Inge Krogh
""")

M("", """
Hej

Jeg har fået en parkeringsafgift ved Ishøj Station, afgiftsnr. 2307251432, men jeg havde en gyldig P-skive i forruden. Jeg har et billede af den. Hvor sender jeg min indsigelse?

Venlig hilsen
Malene Kjær
""")

M("", """
Hej

Må biler uden handicapskilt holde på handicappladserne ved indgangen til Bycentret om aftenen, når butikkerne er lukket? Der holder altid de samme tre biler der, og jeg synes, det er uretfærdigt over for dem, der har brug for pladserne.

Mvh
Dorthe Rask
""")

M("", """
Hej

Der er vejarbejde på Ishøj Stationsvej, og bussen til Hvidovre Hospital er blevet omlagt. Hvor længe varer det? Mange af os ældre i Ishøj Landsby bruger den bus.

Venlig hilsen
Aase Mikkelsen
""")

M("", """
Hej

Jeg har fået en regning på affaldsgebyr for både en sommerhusgrund og en helårsbolig, men jeg har kun helårsboligen. Kundenr. 1506721188. Kan I rette det?

Mvh
Dennis Overgaard
""")

M("h", """
Hej Vej og Park

Jeg har et handicapparkeringskort, fordi jeg har svær KOL og ikke kan gå mere end 50 meter uden at skulle have luft. Kan jeg få en reserveret handicapparkeringsplads foran min opgang på Vildtbanevej? Der er ofte optaget på de almindelige pladser.

Venlig hilsen
Gert Albrechtsen
""")

M("h", """
Til Miljø

Vores søn på 6 år har astma, og han får anfald, når naboen fyrer i brændeovnen. Røgen kommer direkte ind gennem vores ventilation. Kan kommunen se på, om ovnen er lovlig og bliver brugt rigtigt?

Mvh
Louise og Anders Winding
""")

M("e", """
Hej

Jeg kan ikke betale affaldsgebyret på 3.450 kr. nu. Jeg har været arbejdsløs siden nytår og får først mine dagpenge igen fra næste måned. Kan jeg dele det op i rater?

Mvh
Carsten Lyng
""")

M("h", """
Hej Affald

Jeg er i kemoterapi og har ikke kræfter til at trække skraldespanden ud til vejen om mandagen. Findes der en ordning, hvor skraldemanden kan hente den ved døren, bare i en periode?

Venlig hilsen
Lise-Lotte Berg, Vibeholms Allé 17
""")

M("t", """
Til Teknik og Miljø

I nat har nogen sprøjtet "perkere ud" på vores garageport. Vi er den eneste tyrkiske familie på vejen, så der er ikke tvivl om, hvem det er ment til. Vi har anmeldt det til politiet. Kan kommunen hjælpe med at fjerne det hurtigt? Vores børn skal ikke se det hver morgen.

Venlig hilsen
Serkan Demir
""")

M("b", """
Hej Byggesag

Vi er buddhister og vil gerne bygge en lille åben pavillon i haven, ca. 6 m², hvor vi kan meditere og have et lille alter. Kræver det byggetilladelse, eller er det som et udhus?

Mvh
Pernille og Tenzin Dorje
""")

M("b", """
Hej

Jeg stiller op for Det Konservative Folkeparti ved regionsrådsvalget og vil gerne hænge valgplakater op langs Ishøj Boulevard. Hvad er reglerne for højde og afstand til lyskryds i Ishøj, og fra hvilken dato må de hænge?

Venlig hilsen
Carl-Emil Strand
""")

M("", """
Hej

Valgplakaterne ved Ishøj Boulevard hænger så lavt, at man ikke kan se cyklisterne, når man svinger ind mod Bycentret. Kan kommunen sørge for, at partierne hænger dem højere op?

Mvh
Bo Kastrup
""")

M("u", """
Kære formand for Teknik- og Miljøudvalget

Jeg er tillidsrepræsentant for skraldemændene hos renovatøren og medlem af 3F's bestyrelse på Vestegnen. De nye ruter betyder, at vi skal trække beholderne mere end 20 meter på mange adresser. Det er et arbejdsmiljøproblem, og vi vil gerne mødes med udvalget.

Venlig hilsen
Brian Holm
""")

M("s", """
Hej Vej og Park

Min mand Jens og jeg har en hæk ud mod stien bag Gildbrovej. Kommunens folk har klippet den helt ned i går uden varsel, og nu kan man se direkte ind i vores stue. Hvorfor fik vi ikke besked?

Venlig hilsen
Poul Ebbesen
""")

M("e", """
Hej Ejendomsskat

Min kone og jeg er begge folkepensionister uden anden indkomst end pensionen, og vi kan ikke betale ejendomsskatten på huset mere, efter den er steget. Kan vi få lov at indefryse den, og hvad skal vi søge om?

Venlig hilsen
Harald og Else Juhl
""")

M("he", """
Hej

Jeg har været sygemeldt med en depression siden marts og har fået nedsat min løn til sygedagpenge. Jeg kan ikke betale den anden rate af ejendomsskatten til tiden. Kan jeg få henstand til oktober?

Mvh
Annette Schmidt, [[081067 0987]]
""")

M("", """
Hej

Jeg skal betale ejendomsskat for Gildbrovej 33. Kan jeg betale med bankoverførsel, og hvilket kontonummer skal jeg bruge? Jeg har reg.nr. 9570 og konto 0012345678 i min egen bank, hvis I skal bruge den til tilbagebetaling.

Mvh
Kurt Sonne
""")

M("p", """
Hej Byggesag

Jeg skriver på vegne af min mor, som er ved at sælge sit hus på Søndergårdsvej. Køberen har taget forbehold for, at kommunen bekræfter, at der ikke er planer om at inddrage en del af forhaven til fortov. Min mor har givet mig fuldmagt, som jeg vedhæfter.

Venlig hilsen
Mads Wendt
""")

M("", """
Hej

Jeg har søgt om tilladelse til en ny carport, ansøgningsnr. BOM-2025-101488. Der står "afventer sagsbehandling" i Byg og Miljø. Hvor lang er sagsbehandlingstiden?

Mvh
Thomas Grøn
""")

M("", """
Hej Miljø

Hvad gør man, hvis man finder asbest i et gammelt skur? Jeg spørger til et naboskab, hvor flere af husene er fra 1960'erne. Skal det anmeldes, før det rives ned?

Mvh
Erik Winther
""")

M("", """
Hej

Vi har købt et hus i Ishøj Landsby, og handlen blev endelig i sidste måned. Vi vil gerne rive den gamle garage ned og bygge en ny, lidt større. Skal vi søge om nedrivningstilladelse og byggetilladelse hver for sig?

Mvh
Jacob og Freja Andersen
""")
