"""corpus7, part D: building permits, property, roads, waste, nature."""
from common import M

M("p", """Til Byggesag

Vi har underskrevet en købsaftale med advokatforbehold på Gildbrovej 58, og vores advokat vil gerne se byggetilladelsen til udestuen, før forbeholdet kan frafaldes. Sælger siger den findes, men vi kan ikke se den i Weblager. Kan I finde den inden fredag?

Venlig hilsen
Nikolaj og Rikke Brix""")

M("p", """Hej

Mægleren har fremvisning af vores rækkehus på søndag, og køberne spørger om carporten er lovlig. Vi fik vist aldrig færdigmelding. Kan vi få en hurtig afklaring?

Mvh Henning Lund
Tranehaven 12""")

M("", """Hej

Vi købte huset på Vejlebrovej i 2019, og handlen har været på plads længe. Nu vil vi bygge en garage på 42 m². Skal vi søge byggetilladelse, eller er det nok at anmelde?

Venlig hilsen
Mette Strand""")

M("pe", """Hej

Vores hus skal på tvangsauktion d. 8. maj fordi vi ikke kan betale banken. Vi har stadig en køber der måske vil give et bud før auktionen. Kan kommunen udsætte inddrivelsen af ejendomsskatten, så den ikke ødelægger handlen?

/Jens og Lotte""")

M("", """Hej

Hvornår sælger kommunen de sidste byggegrunde i Ishøj Landsby, og hvordan kommer man på interesselisten? Er prisen fast eller går det efter højeste bud?

Mvh Ahmed""")

M("p", """Til Teknik og Miljø

Jeg har givet et bud på grunden ved siden af mig på Torslunde Bygade, og sælger har bedt om en uges betænkningstid. Jeg vil gerne vide om lokalplanen tillader et dobbelthus, før jeg hæver buddet.

Mvh Peter Holm""")

M("p", """Hej

Vi er ved at sælge vores andel i A/B Strandparken, og bestyrelsen siger kommunen skal godkende en ombygning af køkkenet, før køberen kan overtage. Køberen har allerede trukket sig én gang pga. det. Hvad skal vi gøre?

Venlig hilsen
Vivi Lauritzen""")

M("", """Hej

Skraldebilen har ikke tømt vores madaffald på Ishøj Søvej i to uger. Containeren lugter så man får kvalme bare af at gå forbi. Vores kundenr. hos renovationen er 4471-0093. Kan I sende nogen?

Mvh Bente""")

M("", """Kære Teknik- og Miljøudvalg

Jeg synes det er spild af penge at male et regnbuefodgængerfelt ved rådhuset. Brug hellere pengene på at fylde hullerne i Ishøj Stationsvej. Det er min mening som skatteborger.

Med venlig hilsen
Erling Dam""")

M("b", """Til borgmesteren

Jeg er medlem af Dansk Folkeparti, men som borger vil jeg gerne sige at regnbuefodgængerfeltet ved rådhuset er en god idé. Jeg stemmer på jer næste gang, hvis I holder fast.

Mvh Flemming Vad""")

M("p", """Hej

Min mor er død, og vi skal sælge hendes hus på Baldersbæk Vænge. Mægleren har fundet en køber, men køberens bank kræver en kloakrapport, og der står at kloakken ikke er separeret. Hvad kræver kommunen af os før salget?

Venlig hilsen
Morten Hald""")

M("", """Hej

Der er væltet et træ over stien langs Ishøj Strand ved bro 3. Der kan ikke komme cykler forbi. Mvh Søren, tlf. 21 54 87 33""")

M("pt", """Hej

Jeg og min bror er fra Tyrkiet og har købt et lille kolonihavehus i H/F Pilegården sammen med vores far. Nu vil vi sælge det igen, og der er en på ventelisten der vil købe. Foreningen siger kommunen skal godkende tilbygningen. Hvor lang tid tager det?

Mvh Serkan Yıldız""")

M("", """Hej

Vi har solgt vores hus på Ishøj Strandvej, og køberne overtog d. 1. marts. Kan I sende den endelige afregning for ejendomsskat til min nye adresse i Greve?

Hilsen
Lene og Bo Krog""")

M("p", """Hej Erhverv

Vores firma forhandler med kommunen om at købe grunden på Industrivej 14 til et nyt lager. Vi har fået et udkast til købsaftale men mangler at høre om servitutten om støj. Hvem følger op?

Venlig hilsen
Michael Storm, direktør
Storm Logistik A/S""")

M("", """Hej

Der er lavet en ny lokalplan for Ishøj Bycenter, som også omfatter grunden ved moskéen og kirken. Hvornår er borgermødet, og kan man sende høringssvar på mail? Jeg har en mening om parkeringen.

Mvh Hanne""")

M("ph", """Hej

Vi har sat huset til salg fordi min mand er blevet lam i benene efter en ulykke, og vi kan ikke bo i et hus med trapper. Vi har et bud, men køber vil have byggetilladelsen til kælderen med. Kan I finde den?

Venlig hilsen
Grethe Winther
Torslunde Vænge 4""")

M("s", """Hej

Min mand og jeg vil gerne bygge et drivhus bag vores hus på Vildtbanevej 77. Det bliver 14 m². Skal vi søge tilladelse?

Mvh Lars Thorsen og Allan Thorsen""")

M("", """Hej

Jeg har fundet en knust rude på legepladsen ved Vejleåparken. Glasskår overalt, og et barn kan nemt skære sig og ende på skadestuen. Kan I rydde op inden kl. 14, hvor børnehaven plejer at komme?

Hilsen Mira""")

M("p", """Hej Byggesag

Vi venter på tilbud fra to købere på vor grund i Tranegilde, men de vil begge vide om æ grund ka udstykkes i to. Ka I gi en forhåndsvurdering?

Venlig hilsen
Ejnar Schmidt""")

M("", """Hej

Hvor meget koster det at få tømt en ekstra sæk med haveaffald, og kan man bestille storskrald online? Mit kundenummer hos affaldsordningen er 2609874410.

Mvh Kurt Ebbesen""")

M("pe", """Til Borgerrådgiveren

Jeg er gået konkurs med mit firma, og banken kræver at jeg sælger min ejerlejlighed. Mægleren har annonceret den, men kommunen har en gammel tinglyst pant for lån til ejendomsskat. Jeg får ikke svar fra opkrævningen. Kan du hjælpe?

Jacob Vestergaard""")

M("u", """Hej

Jeg er TR for 3F-chaufførerne hos renovationsfirmaet der kører i Ishøj. Vi kører med for få mand, og derfor springer vi tømninger over. Det er ikke chaufførernes skyld. Vil gerne mødes med udvalget.

Hilsen
Bjarne Kristoffersen""")

M("", """Hej

Jeg har læst at 3F og Dansk Metal holder en fælles faglig demonstration på rådhuspladsen d. 1. maj. Skal vejen lukkes, og hvornår?

Mvh Tove""")

M("p", """Hej

Vi overvejer at købe naboens grund, som han har sat til salg. Hvis vi lægger den sammen med vores, må vi så bygge et ekstra hus? Vi vil ikke byde, før vi kender svaret.

Hilsen
Kamilla og Tobias Frost""")

M("t", """Hej

Naboen i nr. 9 har skrevet "sorte svin" på vores postkasse og hegn. Min mand er fra Nigeria, og vores børn er blevet kaldt ting i hele sommer. Kommunen skal fjerne graffitien, og vi vil vide om det er noget I kan gøre mere ved.

Venlig hilsen
Hanne Okafor""")

M("", """Hej

Vi fik byggetilladelse til vores tilbygning i sag 23/08817 i marts. Nu står der at den er afsluttet, men vi har ikke fået færdigmeldingen bekræftet. Kan I tjekke?

Mvh Claus Brink
Ishøj Strandvej 98""")

M("p", """hej

vi har solgt vores lejlighed med forbehold for at vi finder et hus inden 1. juni. mægleren spørger om kommunen ved om der kommer nye grunde i torslunde i år. ved i det?

mvh Julie""")

M("b", """Til Teknik og Miljø

Jeg er aktiv i Extinction Rebellion og bor på Tranegildevej. Vi vil gerne holde en fredelig markering foran rådhuset på lørdag med bannere om klimaet. Skal vi søge om tilladelse til at bruge pladsen?

Venlig hilsen
Frida Kjær""")

M("", """Hej

Hvornår kommer der ny belysning på stien mellem Ishøj Station og Vejleåparken? Det er meget mørkt om vinteren, og folk med rollator og dårlige øjne kan ikke se kanten.

Mvh en beboer""")

M("ps", """Hej

Min mand Daniel og jeg er ved at købe et rækkehus på Tranevangen. Vi venter stadig på lånetilsagn, og køber af vores lejlighed har ikke underskrevet. Kan vi stadig nå at søge om parkeringstilladelse til flyttebilen d. 30.06.?

Mvh
Oliver Hartmann""")

M("", """Hej

Der står en stor sten mitt på cykelstien ved Ishøj Landevej som nogen har lagt der. Farligt om natten, man ser den først når man er lige ved den. Ring evt. på 53 18 22 90.

Hilsen
Kasper""")

M("he", """Hej

Vi har fået afslag på boligændring fra kommunen. Min søn har Duchennes muskeldystrofi og kan snart ikke gå på trapperne. Vi har brug for en elevator eller en trappelift. Vi har ikke selv råd.

Mvh
Charlotte Eriksen""")

M("p", """Til Center for Byudvikling og Natur

Jeg har en erhvervsejendom på Industrivej til salg. En køber har bedt om tilladelse til at indrette den til fitnesscenter, og handlen er betinget af det. Hvor hurtigt kan I behandle en ansøgning om ændret anvendelse?

Mvh
Jesper Thomsen""")

M("", """Hej

Jeg har hørt at der skal bygges en moské på Vejlebrovej. Er det rigtigt, og hvornår kommer den i høring?

Mvh Inge""")

M("", """Kære byråd

Hvorfor blev det regnbuefarvede flag ikke hejst ved rådhuset under Pride-ugen i år? Det var en fin tradition.

Venlig hilsen
Bo Nielsen""")

M("p", """Hej

Vi har fået et bud på vores hus på Ishøj Strandvej som ligger 200.000 under prisen. Mægleren siger det skyldes at kommunen planlægger en ny vej bag haven. Passer det? Vi svarer ikke køberen før vi ved det.

Venlig hilsen
Birthe og Svend Andersen""")

M("e", """Hej

Jeg ejer en lejlighed jeg udlejer i Ishøj. Lejeren har ikke betalt i tre måneder. Kan kommunen hjælpe mig, eller er det en sag for boligretten?

Mvh Jan Lyngby""")

M("b", """Hej

Vi er en lille katolsk familie fra Ishøj som hvert år laver en procession med vores menighed på Kristi Himmelfartsdag langs stranden. Vi er ca. 40. Skal vi have tilladelse fra kommunen?

Venlig hilsen
Kasia og Tomasz Zielinski""")

M("", """Hej

Der er tre biler der holder ulovligt på græsset ved Strandgårdsparken hver nat. Kan parkeringskontrollen komme forbi en aften? Reg.nr. på den ene er CZ 41 882.

Mvh Bente""")

M("p", """Hej Teknik

Jeg skal sælge min halvdel af dobbelthuset på Ishøj Søvej til min eksnabo, men vi er uenige om hvor skellet går. Kan kommunen hjælpe med matrikelkortet, før vi underskriver?

Venlig hilsen
Ulla Brodersen""")

M("", """Hej

Jeg vil gerne søge om at få en p-plads til elbiler foran min butik på Ishøj Store Torv. Er der en ansøgningsformular? CVR 38445120.

Mvh Ayşe Kaya, Kaya Frisør""")

M("hp", """Hej

Jeg er 82 og har fået KOL, så jeg kan ikke passe haven mere. Jeg har sat huset til salg, og en køber kommer på 2. fremvisning i morgen. Han spørger om han må fælde de store birketræer. Hvad siger reglerne?

Mvh Edith Hansen""")

M("", """Hej

Hvem har ansvaret for hækken mellem vores have og kommunens grønne område ved Ishøj Søvej (matr.nr. 7bq Ishøj By)? Vi har ejet huset siden 2015, og hækken er nu 3 meter høj og skygger for alt.

Mvh Hans og Lise""")

M("pe", """Hej

Vi er ved at gå fra hinanden og skal sælge vores hus på Tranegilde. Vi har en køber, men købesummen dækker ikke lånet, så banken skal godkende. Skal vi betale ejendomsskatten for 2. halvår, hvis huset er solgt i juli?

Venlig hilsen
Kristina""")

M("t", """Til Center for Byudvikling og Natur

Jeg er grønlænder og har søgt om kolonihave i H/F Strandhaven i 3 år. Formanden sagde højt til en anden at "de der grønlændere drikker jo bare". Kommunen ejer jorden. Kan I gøre noget?

Aviaja Petersen""")

M("", """Hej

Jeg har en ejendomsvurdering hvor grundværdien er steget 40 %. Hvordan klager jeg? Er det kommunen eller Vurderingsstyrelsen?

Mvh Niels Bak""")

M("pb", """Hej

Menigheden i Ishøj Frikirke, hvor jeg sidder i bestyrelsen, er ved at købe en tidligere butik på Ishøj Bygade. Købsaftalen er underskrevet med forbehold for at vi må bruge lokalet til gudstjenester. Hvordan søger vi om det?

Venlig hilsen
Daniel Otieno""")

M("p", """Hej

Vores købere er sprunget fra handlen, fordi tilstandsrapporten viste råd i taget. Nu har vi fået et nyt bud, som er betinget af at vi får tilladelse til at skifte til tegltag. Kan vi søge nu, selvom huset stadig er til salg?

Mvh Jytte og Kaj Bundgaard""")

M("p", """Til Byggesag

Jeg har fået en betinget købsaftale på en grund i Ishøj Landsby, hvor betingelsen er at kommunen godkender et hus i to plan. Hvornår kan jeg forvente et svar på min forespørgsel fra 3. marts?

Venlig hilsen
Mikkel Aagaard""")

M("s", """Hej

Min mand Thomas og jeg har fået en klage fra naboen over vores nye hegn på Vejlebrovej 112. Han siger det er for højt. Vi har målt det til 1,80 m. Hvad er reglerne?

Mvh Kristian Fogh""")

M("u", """Hej Teknik og Miljø

Jeg er tillidsrepræsentant for Dansk El-Forbund hos entreprenøren der lægger nye kabler på Ishøj Strandvej. Vi har fået at vide, at vi skal arbejde uden afspærring. Det er farligt. Kan kommunen som bygherre stoppe det?

Mvh Jørgen Lykke""")

M("t", """Hej

Jeg er polak og har et lille murerfirma i Ishøj. En nabo til min byggeplads på Gildbrovej har anmeldt os for støj og skriver på Facebook at "de polske" arbejder om natten. Det passer ikke, vi stopper kl. 17. Kan kommunen bekræfte vores tilladelse?

Mvh Paweł Wójcik""")
