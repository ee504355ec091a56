"""corpus21 part G: short angry mails, association mails, quoted council replies; origin, faith and union mixed into the debate."""
from common import M

M("t", """jeg er sort og jeg er træt af at blive stoppet af jeres parkeringsvagter hver gang jeg holder ved hallen. de hvide fædre holder der også. /Kwame""")

M("", """Jeres parkeringsvagter er for nidkære ved hallen. Folk skal bare lige hente deres børn. Stop det. /Per""")

M("t", """Kære borgmester

Jeg er født i Sydkorea og adopteret til Danmark som baby. Jeg har boet i Ishøj i 20 år. Jeg skriver, fordi kommunens nye integrationsstrategi taler om "borgere med anden etnisk baggrund" som én gruppe med sprogproblemer. Jeg taler kun dansk. Husk os adopterede i jeres strategi.

Venlig hilsen
Mi-Sook Rasmussen""")

M("t", """Til Børne- og Skoleudvalget

Min søn er halvt ghanesisk, og han er den eneste mørke dreng i sin klasse på Ishøj Skole. Sidste uge kaldte en klassekammerat ham "abe" og ingen voksne greb ind. Jeg har talt med skolen. Jeg vil bare have, at udvalget ved, at racisme sker i 3. klasse i Ishøj.

Venlig hilsen
Marianne Owusu""")

M("", """Til Børne- og Skoleudvalget

Har skolerne i Ishøj en handleplan mod racisme? Jeg har ikke kunnet finde den. Hvis ikke, bør udvalget bede forvaltningen om at udarbejde en.

Venlig hilsen
SOS mod Racisme, Vestegnen""")

M("tu", """Kære Kirsten

Jeg er polsk og har arbejdet som tømrer på byggeriet ved stationen. Vi polske håndværkere får 40 kr. mindre i timen end de danske, og vi har ingen overenskomst. Jeg er meldt ind i 3F nu, og de siger, at kommunen som bygherre kan stille krav om arbejdsklausuler. Gør I det?

Med venlig hilsen
Piotr Zieliński""")

M("", """Kære Kirsten

Stiller kommunen krav om arbejdsklausuler i sine byggeudbud? Det burde den, så udenlandske håndværkere ikke bliver underbetalt.

Med venlig hilsen
Bo Lassen""")

M("b", """Stemte på jer i 2021. Aldrig igen. I har lukket min lokale skole. /Tove""")

M("", """I har lukket den lokale skole. Skam jer. /Tove fra Kærbyvej""")

M("b", """Kære Ahmad

Jeg har været medlem af Socialdemokratiet i 25 år og stemt på dig personligt ved sidste valg. Jeg melder mig ud nu, fordi partiet lokalt har svigtet Vejleåparken i nedrivningssagen. Jeg ville bare have, at du hørte det fra mig.

Hilsen Jens Otto Poulsen""")

M("", """Kære Ahmad

Jeg er skuffet over, at byrådets flertal stemte for nedrivningen. Hvad var alternativet? Jeg vil gerne forstå jeres overvejelser.

Hilsen Signe Laursen""")

M("u", """Til byrådet

Som formand for Ishøj Lærerforening og lærer på Gildbro Skole beder jeg om foretræde for Børne- og Skoleudvalget om budgettet. Vi ønsker at fremlægge vores forslag til en lokal arbejdstidsaftale.

Med venlig hilsen
Ulla Sønderby""")

M("tb", """Hej Mette

Jeg er kristen armenier og min familie flygtede fra Syrien i 2014. Vi går i den armenske kirke i København. Vi har set at kommunen holder møder med "det muslimske samfund" om integration. Kan I ikke også invitere de kristne fra Mellemøsten? Vi føler os glemt.

Hilsen Ani Sarkissian""")

M("b", """Til Kultur- og Fritidsudvalget

Jeg er en af de frivillige i Ishøj Moské, og jeg har selv været muslim hele mit liv. Vi vil gerne invitere udvalget på besøg til fredagsbønnen og en kop te bagefter. Vi tror, det kan skabe mere forståelse.

Med venlig hilsen
Bilal Hussain""")

M("", """Til Kultur- og Fritidsudvalget

Ishøj Moské holder åbent hus lørdag den 9. for alle borgere. Udvalget er velkommen.

Med venlig hilsen
Ishøj Muslimske Kulturforening""")

M("bt", """Kære borgmester

Jeg er jøde og født i Israel, og jeg bor i Ishøj med min danske kone. Efter 7. oktober har jeg fået skrevet grimme ting på min hoveddør to gange. Jeg har ikke meldt det til politiet, fordi jeg er bange for at få mere opmærksomhed. Jeg vil bare have, at kommunen ved, at det sker.

Venlig hilsen
D.""")

M("", """Kære borgmester

Kommunen bør udtale sig klart imod antisemitisme og islamofobi efter de seneste måneders hærværk i Ishøj. Et byrådsflertal kan godt sige det højt.

Venlig hilsen
Ishøj Dialogforum""")

M("u", """hej Jesper. er lige blevet valgt som TR for FOA på Torslundehjemmet. vil gerne mødes med dig og snakke om normeringerne. kaffe? /Dennis""")

M("tu", """Til Teknik- og Miljøudvalget

Jeg er litauer og arbejder som chauffør for affaldsfirmaet, som kommunen har kontrakt med. Vi kører 12 timer om dagen. Jeg er medlem af 3F, men firmaet siger, at det ikke gælder for os udenlandske. Jeg vil gerne have, at kommunen undersøger, om firmaet overholder kontrakten.

Med venlig hilsen
Darius Kazlauskas""")

M("", """Til Teknik- og Miljøudvalget

Affaldsbilerne kommer kl. 5.30 om morgenen på Vildtbanevej. Det vækker hele gaden. Kan tidspunktet flyttes?

Med venlig hilsen
Connie Brandt""")

M("b", """Kære byrådsmedlem Lars

Som medlem af Extinction Rebellion deltog jeg i demonstrationen foran rådhuset i sidste uge. Jeg vil gerne sige, at vi ikke ønsker at genere nogen, men at klimaet ikke kan vente. Kan vi få et møde med dig om kommunens klimaplan?

Med venlig hilsen
Clara Mikkelsen""")

M("", """Kære Lars

Demonstrationen foran rådhuset blokerede indgangen for kørestolsbrugere. Det skal politiet se på næste gang.

Venlig hilsen
Bent Holgersen""")

M("t", """Kære Integrationsrådet

Jeg er dansk-pakistaner, født og opvokset i Ishøj, og jeg er ingeniør. Jeg vil gerne stille op til integrationsrådet, men jeg synes det er mærkeligt, at man skal have "anden etnisk baggrund" for at stille op. Hvorfor ikke bare et borgerråd for alle?

Venlig hilsen
Usman Tariq""")

M("", """Kære Integrationsrådet

Hvordan vælges medlemmerne af integrationsrådet, og hvornår er der næste valg?

Venlig hilsen
Karin Schmidt""")

M("t", """Til Hanne Friis

Min kæreste er fra Nigeria, og vi søger om familiesammenføring. Kommunen skal udtale sig om vores bolig. Sagsbehandleren har sagt, at det tager 6 måneder. Vi har ventet i 8. Jeg beder dig sende min mail videre.

Mvh Sidsel Aagaard""")

M("", """Til Hanne Friis

Hvor lang tid tager kommunens udtalelse i sager om familiesammenføring, og hvem i kommunen står for dem?

Mvh Jonas Winther""")

M("ut", """Kære borgmester

Jeg er tyrkisk og har drevet pizzeria på Ishøj Bygade i 18 år. Jeg er medlem af Lederne - nej, Det Faglige Hus, via min a-kasse. Jeg skriver fordi kommunen har givet tilladelse til en ny burgerkæde lige overfor, og jeg ikke fik mulighed for at afgive høringssvar. Jeg synes, det er uretfærdigt.

Med venlig hilsen
Mehmet Öztürk""")

M("b", """Kære Anne-Mette

Jeg er humanist og konfirmeret ved en humanistisk konfirmation. Min datter ønsker det samme, men skolen giver kun fri til kirkelig konfirmationsforberedelse. Det er forskelsbehandling. Jeg beder om, at skolerne får en fælles linje.

Med venlig hilsen
Kasper Dam""")

M("", """Kære Anne-Mette

Hvorfor ligger konfirmationsforberedelsen stadig i skoletiden? Det er et levn fra fortiden. Flyt den til eftermiddagen.

Med venlig hilsen
Michael Brix""")

M("th", """Kære Social- og Seniorudvalget

Min far er fra Tyrkiet og bor på Torslundehjemmet. Han har demens og har glemt sit danske og taler nu kun tyrkisk. Ingen af personalet forstår ham, og han bliver meget ked af det. Kan der ansættes nogen, der taler tyrkisk, eller bruges tolk?

Venlig hilsen
Ayşe Yılmaz""")

M("", """Kære Social- og Seniorudvalget

Hvordan bruger plejecentrene tolke til beboere, der ikke taler dansk? Er der en politik for det?

Venlig hilsen
Ældrerådet""")

M("ue", """Til Kirsten Holt

Jeg var tillidsrepræsentant for HK i 12 år i kommunens lønkontor, indtil jeg gik på efterløn sidste år. Jeg skriver, fordi jeg har hørt, at I vil outsource lønbehandlingen til et privat firma. Husk at lønkontoret har viden, som ikke kan købes.

Med venlig hilsen
Lise Bjerregaard""")

M("u", """Hej Anders. jeg er nyuddannet pædagog og blev anbefalet at melde mig ind i BUPL før jeg startede i kommunen. nu er jeg medlem men jeg kan ikke finde ud af om jeg er omfattet af overenskomsten i den private institution jeg er ansat i. ved du det? /Isabella""")

M("", """Hej Anders. Hvilke private daginstitutioner i Ishøj har overenskomst? Det burde stå på kommunens hjemmeside. /Isabella's mor""")

M("t", """Til borgmesterens kontor

Jeg er romani og har boet i Danmark hele mit liv. Min søn er blevet afvist på en ungdomsuddannelse med begrundelsen "manglende motivation", og lærerne på skolen har sagt til ham, at "folk som jer" ikke gider skole. Jeg vil have, at borgmesteren ved det.

Venlig hilsen
Ramona Lakatos""")

M("b", """hej Jens. jeg er medlem af Venstre og var i stemmeboksen for jer ved sidste valg men jeg er ikke enig i at sælge den gamle brandstation. /Finn""")

M("", """Hej Jens. Sælg ikke den gamle brandstation. Gør den til et kulturhus for unge. /Finn Ravn""")

M("bh", """Kære Mette

Jeg er Jehovas Vidne og skal opereres for en hjertefejl på Rigshospitalet. Jeg modtager ikke blodtransfusion af religiøse grunde. Jeg er bange for, at kommunens hjemmesygepleje efter operationen ikke respekterer min beslutning, hvis der opstår komplikationer. Hvem skal jeg tale med om det?

Med venlig hilsen
Annelise Vinding""")

M("t", """Kære byråd

Jeg er halvt thailandsk og halvt dansk og var i praktik på rådhuset. En medarbejder spurgte mig, om jeg var "en af dem fra massageklinikken". Jeg har klaget til lederen, men jeg vil også have, at politikerne ved det. Jeg ønsker at være anonym.

En praktikant""")

M("ub", """Til byrådet

Som medlem af Djøf og af Liberal Alliance vil jeg sige, at kommunen bruger for mange penge på konsulenter. Vi ser det i referaterne. Det er ikke en partipolitisk pointe, det er sund fornuft.

Med venlig hilsen
Henrik Nørby, cand.polit.""")

M("", """Til byrådet

Kommunens konsulentudgifter steg med 34 % fra 2023 til 2024. Hvad er forklaringen?

Med venlig hilsen
Skatteyderforeningen""")

M("u", """Kære Lars

Jeg er kasserer i IDA's seniorgruppe og selv medlem i 45 år. Vi vil gerne invitere dig til at tale om kommunens planer for en ny stationsby. Der kommer 40-50 pensionerede ingeniører. 

Med venlig hilsen
Preben Toft""")

M("t", """hej, er fra Bosnien og kom i 1993. bliver stadig spurgt "hvor er du egentlig fra" af jobcentret selvom jeg har boet her i 30 år. i siger integration men i mener vel assimilation. /Amra""")

M("bu", """Kære Kirsten Holt

Jeg er katolik og medlem af Krifa, fordi jeg deler deres kristne værdigrundlag. Jeg vil bare sige, at jeg synes, kommunen skal invitere alle fagforeninger til MED-udvalgene, også de kristne.

Med venlig hilsen
Maria Wiśniewska""")

M("t", """Til Kultur- og Fritidsudvalget

Min mor og jeg er tamiler fra Sri Lanka. Vi vil gerne søge om at låne Ishøj Kulturhus til et tamilsk nytårsarrangement. Sidste år fik vi afslag uden begrundelse. Kan udvalget se på det?

Med venlig hilsen
Sathiya Kanthasamy""")

M("", """Til Kultur- og Fritidsudvalget

Hvilke kriterier bruges, når kulturhuset lejes ud til kulturelle foreninger? Er der prioritering af lokale foreninger?

Med venlig hilsen
Danske Folkedansere, Ishøj""")

M("b", """Kære Anne-Mette Ravn

Du skrev til mig i sidste uge:

> Jeg deler ikke din holdning til kristendomsundervisningen, men jeg respekterer den.

Tak for det. Jeg vil bare præcisere: jeg er ikke imod kristendomskundskab, jeg er selv frikirkekristen i Apostolsk Kirke. Jeg er imod, at faget kaldes "kristendom", når det også handler om andre religioner.

Med venlig hilsen
Ruben Lindqvist""")

M("t", """Kære Ahmad Rashid

Vi er en familie fra Irak med kurdisk baggrund, der er flyttet til Ishøj fra Aarhus. Min datter har fået at vide i børnehaven, at hun ikke må tale kurdisk med sin veninde, "fordi de andre ikke forstår det". Er det kommunens politik?

Venlig hilsen
Shilan Ahmed""")

M("", """Kære Ahmad Rashid

Hvad er kommunens sprogpolitik i børnehaverne? Må børnene tale deres modersmål med hinanden?

Venlig hilsen
Forældrerådet i Børnehuset Solstrålen""")

M("u", """Hej Mette. Jeg har meldt mig ud af FOA efter 20 år, fordi jeg ikke synes de kæmpede nok for os i hjemmeplejen. Tænkte bare du skulle vide at folk er trætte. /Winnie""")

M("tbu", """Til borgmesteren

Jeg er somalisk født, muslim og FOA-tillidsrepræsentant for SOSU-assistenterne hos en privat hjemmeplejeleverandør. Jeg skriver, fordi vores kolleger med tørklæde bliver afvist af nogle borgere, og ledelsen bare flytter dem til andre ruter. Kommunen som bestiller bør stille krav.

Med venlig hilsen
Hodan Farah""")
