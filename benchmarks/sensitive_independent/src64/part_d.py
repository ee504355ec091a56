"""corpus64 part D: households whose stories bring in orientation, faith, origin, union."""
from common import M

M("es", """
Kære borgerrådgiver

Min mand Ole og jeg har boet sammen i 22 år, og vi blev gift, så snart det blev muligt. Ole døde i januar. Nu siger boligselskabet, at lejekontrakten kun stod i hans navn, og at jeg ikke kan fortsætte lejemålet uden at betale et nyt depositum, som jeg ikke har. Jeg får folkepension.

Kan kommunen hjælpe mig?

Venlig hilsen
Bjarne Hald
""")

M("s", """
Hej

Jeg er lesbisk og bor i en lejlighed i Vejleå Park. En nabo har hængt sedler op i opgangen om "de to damer i nr. 4". Min kæreste og jeg tør snart ikke gå ud af døren. Boligselskabet siger, de ikke kan gøre noget. Har kommunen nogen mulighed for at gribe ind?

Hilsen
Tina Ravn
""")

M("sb", """
Til Ishøj Kommune

Vi er to fædre til en dreng på 4 år, og vi er ved at søge om plads i en børnehave. Vi vil gerne vælge en børnehave, hvor der også bliver talt om forskellige familieformer. Vi er begge medlemmer af Humanistisk Samfund og vil gerne undgå en børnehave, der holder krybbespil. Er der nogen af de kommunale børnehaver, der ikke deltager i julegudstjenesten?

Med venlig hilsen
Anders og Kim
""")

M("bu", """
hej Mette

jeg er tillidsrepræsentant for 3F på Ishøj Havn og medlem af Socialdemokratiet her i byen, så jeg plejer ikke at klage til jer. men nu er det for galt med parkeringen ved havnen, vi får bøder hver dag. kan du ikke tage det op?

Flemming
""")

M("tbe", """
Kære borgmester

Vi er en somalisk familie og vi er muslimer. Vi har søgt om en bolig gennem kommunens boliganvisning, fordi vores nuværende lejlighed er for lille til syv personer. Vi har nu fået tilbudt en bolig i et område, hvor der ikke er nogen moské inden for gåafstand, og min mand går i moskéen hver dag. Kan vi blive på ventelisten til noget i Ishøj Landsby i stedet?

Med venlig hilsen
Hodan Mohamed
""")

M("tbe", """
Til Borgerservice

Jeg er jøde, og min familie har boet i Ishøj i tre generationer. Min mor på 91 er flyttet på plejecentret Ishøjgård, og hun spiser kun kosher. Hun har hidtil betalt for sin egen mad. Kan kommunen hjælpe med at få kosher-mad som en del af madordningen?

Med venlig hilsen
Ruth Melchior
""")

M("u", """
Hej

Jeg er lærer på Vibeholmskolen og medlem af DLF. Jeg har spurgt min TR, men hun ved det ikke: Kan kommunen give tilskud til cykelparkering ved skolerne, så personalet kan cykle? Jeg tænker på et projekt, som skolerne selv kunne søge.

Mvh Peter Kirk
""")

M("", """
Hej

Hvilke fagforeninger deltager i jobmessen i Ishøj Bycenter den 14. maj? Jeg er vejleder på sprogcentret og vil gerne fortælle vores kursister om det.

Venlig hilsen
Lotte Hammer
""")

M("st", """
Hi,

My husband and I are both men, married in Canada, and we moved to Ishøj from Toronto last year. We rent a flat on Ishøj Strandvej. Our landlord has refused to put my husband's name on the lease, saying it is "only for families". Is that legal in Denmark, and can the kommune help?

Best regards,
David Chen
""")

M("be", """
Til borgerrådgiveren

Jeg er vegetar af etiske grunde og har været det i 30 år. Jeg får hjemmehjælp og madordning, og maden bliver ved med at komme med kød. Jeg har sagt det fire gange. Jeg betaler for maden og vil gerne have noget, jeg kan spise.

Med venlig hilsen
Ellen Brix
""")

M("u", """
Kære Jørgen

Jeg har været medlem af Dansk Metal hele mit arbejdsliv og går nu på pension. Jeg vil bare sige tak for, at byrådet har støttet den nye fagbevægelsesudstilling på museet. Det betyder meget for os gamle.

Venlig hilsen
Kaj Pedersen
""")

M("", """
Hej

Hvornår er Ishøj Pride i år, og kan man som forening søge om at have en stand? Vi er en idrætsforening og vil gerne være med.

Mvh Ishøj Svømmeklub
""")

M("ste", """
Til Ishøj Kommune

Jeg er transkvinde og lesbisk, og jeg kom til Danmark som flygtning fra Iran for fem år siden. Jeg bor nu alene og får kontanthjælp. Jeg er blevet chikaneret af nogle unge i min opgang. Jeg har søgt om at blive flyttet til en anden bolig via kommunen, men der er ikke sket noget i fire måneder.

Hilsen
Parisa
""")

M("bu", """
Kære udvalgsformand

Som formand for Ishøj Venstre og medlem af Lederne vil jeg gerne invitere dig til et debatmøde om erhvervsudviklingen i Ishøj den 8. oktober. Vi håber på bred politisk deltagelse.

Med venlig hilsen
Claus Bøgh
""")

M("s", """
hej, jeg og min kæreste Emma (vi er begge piger) vil gerne leje et af kommunens kolonihavehuse. hvordan kommer man på ventelisten?
Sofie, 24
""")

M("tbe", """
Kære Social- og Sundhedsudvalg

Min far er 84 og fra Pakistan. Han er muslim og beder fem gange om dagen. Han har fået plads på plejecenter, men personalet siger, der ikke er plads til, at han kan have sit bedetæppe fremme. Vi synes, det er helt urimeligt. Han har betalt skat i Danmark i 45 år.

Med venlig hilsen
Imran Butt
""")

M("", """
Til Ishøj Kommune

Vi driver en lille halal-slagter i Ishøj Bycenter. Vil kommunen overveje at købe halalkød til plejecentrenes køkkener? Vi kan levere til konkurrencedygtige priser. Vores CVR er 40 22 18 39.

Med venlig hilsen
Ishøj Halal Slagter ApS
""")

M("su", """
Hej Helle

Min mand Nikolaj og jeg (jeg er også mand, for god ordens skyld) skal holde bryllupsfest i Ishøj Medborgerhus i august. Vi er begge medlemmer af IDA, og nogle kolleger spørger, om der er parkering. Hvor mange pladser er der ved huset?

Mvh Thomas Lindberg
""")

M("tu", """
Kære byrådsmedlem

Jeg er tyrkisk og har arbejdet som chauffør i 20 år. Jeg er medlem af 3F og tillidsrepræsentant i mit firma. Mange af mine kolleger har svært ved at finde bolig i Ishøj, fordi ventelisterne er så lange. Kan byrådet gøre noget for, at folk der arbejder i kommunen, kan få bolig?

Med venlig hilsen
Murat Yildiz
""")

M("b", """
Til borgmesteren

Jeg stemte på dig ved sidste valg, men nu er jeg skuffet. Jeg har spurgt tre gange om, hvornår der kommer en fodgængerovergang ved Ishøj Skole, og jeg har ikke fået svar. Det er vores børn, der går på den vej.

Med venlig hilsen
Lone Dam
""")

M("bt", """
Hej

Vi er en hinduistisk familie fra Sri Lanka. Vi fejrer Diwali den 1. november og vil gerne tænde lys i haven og på altanen. Må vi det i vores boligområde, eller er der brandregler imod det?

Venlig hilsen
Priya Sivakumar
""")

M("", """
Hej

Hvornår holder Ishøj Kirke julegudstjeneste, og kører der flextur den dag? Mange i vores pensionistforening vil gerne med.

Mvh Torslunde Pensionistforening
""")

M("seh", """
Til borgerrådgiveren

Jeg er en mand på 68, og min mand Erik har fået demens. Han får hjemmepleje to gange om dagen, men hjælperne skifter hele tiden, og en af dem sagde til ham "hvor er din kone?". Han blev meget forvirret. Jeg vil gerne klage over, at personalet ikke har fået oplysninger om vores familie.

Venlig hilsen
Preben Jensen
""")

M("ub", """
Til Ishøj Kommune

Jeg er sognepræst i Torslunde Sogn og medlem af Præsteforeningen. Jeg skriver fordi præsteboligen har fugt i kælderen, og jeg er i tvivl, om kommunen har et ansvar, da den ligger op ad en kommunal grøft.

Med venlig hilsen
Anne Marie Kold
""")

M("t", """
Hej

Min nabo råber "sorte abe" efter min søn hver gang han går forbi. Vi bor i rækkehusene på Strandgårdsvej. Politiet siger det er en privat sag. Hvad kan kommunen gøre?

Mvh Aminata Diallo
""")

M("s", """
Kære Pia

Jeg er biseksuel og engageret i LGBT+ Ishøj. Jeg vil foreslå, at biblioteket får en regnbuehylde med bøger for unge. Kan du bringe det videre til kulturudvalget?

Hilsen
Mathias
""")

M("u", """
Hej,

jeg er fra HK Hovedstaden, men skriver som privatperson og medlem, ikke på vegne af forbundet. jeg synes kommunens nye parkeringsregler ved rådhuset er dårligt kommunikeret. Jeg har fået en p-afgift på 510 kr. selvom skiltet var dækket af et træ.

Mvh Lise
""")

M("", """
Til borgmesteren

Som faglig sekretær i FOA Storkøbenhavn henvender jeg mig på vegne af forbundet om arbejdsmiljøet i hjemmeplejen i Ishøj. Vi har modtaget mange henvendelser fra medarbejdere om for korte køretider mellem borgerne. Vi ønsker et møde med forvaltningen.

Med venlig hilsen
Karina Holm, faglig sekretær, FOA
""")

M("tb", """
Kære borgmester

Jeg er sikh, og min familie kom fra Punjab i 1980'erne. Jeg bærer turban. Vi vil gerne lave et lille fællesskabskøkken (langar) i vores gård en gang om måneden, hvor alle i området kan spise gratis. Skal vi have tilladelse fra kommunen?

Med venlig hilsen
Harjit Singh
""")

M("es", """
Hej

Min kone Birgit og jeg (to kvinder) er ved at blive skilt, og vi skal finde ud af, hvem der bliver boende i lejligheden i Vejleå Park. Vi har to børn. Kan kommunen hjælpe med mægling om børnene og boligen?

Mvh Annika
""")

M("bt", """
Til Ishøj Kommune

Jeg er født i Danmark, men mine forældre kommer fra Marokko. Jeg bærer tørklæde, og da jeg var til jobsamtale i kommunens rengøring, sagde lederen, at tørklædet "nok ikke passer ind". Jeg vil gerne klage.

Med venlig hilsen
Nadia El Amrani
""")

M("ue", """
Kære Social- og Beskæftigelsesudvalget

Jeg er medlem af Serviceforbundet og har arbejdet som vagt i 15 år. Jeg har lige fået at vide, at jeg er fyret pga. nedskæringer. Jeg vil gerne vide, hvordan jeg melder mig ledig, og om jeg kan få hjælp til at betale huslejen den første måned.

Venlig hilsen
Jan Sørensen
""")

M("sh", """
hej, jeg er en 17-årig dreng og jeg er homo. mine forældre ved det ikke. jeg er blevet så deprimeret at jeg ikke kan gå i skole. hvor kan jeg tale med nogen uden at de får det at vide?
""")

M("b", """
Til Ishøj Kommune

Vi er medlemmer af Extinction Rebellion i Ishøj og vil gerne holde en fredelig demonstration foran rådhuset den 12. juni mod kommunens klimaplan. Skal vi søge tilladelse til at bruge pladsen?

Med venlig hilsen
Julie Haagensen og Martin Friis
""")

M("te", """
Hej Ishøj Kommune

Jeg er grønlænder og flyttede til Ishøj for at studere. Jeg har SU og bor på et værelse. Jeg har fået en regning fra min udlejer for et el-forbrug på 4.500 kr., som jeg ikke kan betale. Kan jeg få hjælp?

Mvh Naja Kleist
""")

M("sp", """
Kære Bo

Min mand Christian og jeg er ved at sælge vores hus på Vibeholmsvej, fordi vi skal flytte til Aarhus. Vi har haft en køber, men han trak sig, da han så vores regnbueflag i vinduet og sagde "det er ikke et sted for min familie". Vi har det dårligt med det, men vil bare sælge. Kan kommunen hjælpe med at få vurderingen af ejendommen rettet, så prisen passer?

Mvh Lars Bjørn
""")

M("bu", """
Til Økonomiudvalget

Jeg er medlem af Enhedslisten og af Djøf, og jeg arbejder som økonom. Jeg har læst kommunens budgetforslag og mener, at der er fejl i beregningen af de forventede skatteindtægter. Jeg vedlægger mine beregninger.

Med venlig hilsen
Maja Hinrichsen
""")

M("tbe", """
Til borgerrådgiveren

Jeg er fra Eritrea og er ortodoks kristen. Jeg har boet i Ishøj i 10 år. Jeg har fået afslag på enkeltydelse til en rejse til min mors begravelse i Asmara, fordi "det er ikke nødvendigt". Jeg mener, det er nødvendigt. Jeg vil gerne klage.

Med venlig hilsen
Yonas Tekle
""")

M("su", """
Hej

Vi er to mødre, og min kone er medlem af BUPL og arbejder i en af kommunens vuggestuer. Vores datter skal starte i vuggestue. Må hun gå i den vuggestue, hvor hendes mor arbejder?

Mvh Signe Holst
""")

M("te", """
Til Ishøj Kommune

Min svigermor taler kun tamil, og hun skal til en samtale om sin boligydelse. Kan vi få en tolk? Hun har boet hos os i tre år.

Venlig hilsen
Rajan Kumar
""")

M("", """
Hej

Jeg er arabisk tolk og vil gerne vide, hvordan man kommer på kommunens liste over tolke. Hvilken uddannelse kræves der?

Mvh Fatima Haddad
""")

M("sb", """
Til Ishøj Kommune

Min mand Hassan og jeg (vi er to mænd) skal giftes i Ishøj Kirke i maj. Præsten har sagt ja, men vi vil gerne have vielsen på rådhuset bagefter også, for min mands familie. Kan det lade sig gøre samme dag?

Med venlig hilsen
Martin Wendt
""")

M("tbh", """
Kære borgmester

Min far er iransk og er konverteret til kristendommen, hvilket gør, at han ikke kan rejse tilbage til Iran. Han har nu fået konstateret kræft og er indlagt på Herlev. Han vil gerne have en præst fra sin egen menighed på besøg, men hospitalet siger, de kun har hospitalspræster. Kan kommunen hjælpe?

Mvh Reza Karimi
""")

M("bu", """
Hej

Som medlem af Krifa og af Kristendemokraterne vil jeg gerne høre, om kommunen vil støtte en julemarkedsbod til indsamling for Folkekirkens Nødhjælp. Vi har gjort det i mange år.

Med venlig hilsen
Birthe Holm
""")

M("t", """
Hej

min kæreste er fra Nigeria og vi skal flytte sammen i Ishøj. hun får nok lidt problemer med sproget i starten. er der danskundervisning gratis?

Jonas
""")

M("eu", """
Kære borgmester

Jeg har været medlem af 3F i 25 år og er nu på dagpenge for første gang. Jeg har fået tildelt en jobkonsulent, som siger, jeg skal søge job i Aarhus. Jeg har ejerlejlighed og børn i Ishøj. Det er ikke rimeligt.

Med venlig hilsen
Bjarne Friis
""")
