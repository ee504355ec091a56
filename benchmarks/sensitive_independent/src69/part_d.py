"""corpus69, part d: hospice, palliative care, death, funerals and faith."""
from common import M

M("hb", """Kære borgmester

Min mor ligger på Hospice Sydvestsjælland med kræft i leveren, og hun har bedt om at blive begravet på den muslimske gravplads i Brøndby. Hun har altid bedt sine fem daglige bønner og vil vaskes efter islamisk skik. Vi har fået at vide at der er lang ventetid på en gravplads. Kan Ishøj Kommune hjælpe, eller har kommunen selv et muslimsk afsnit?

Med venlig hilsen
Samira El-Amin""")

M("", """Til Center for Byudvikling og Natur

Har Ishøj Kirkegård et afsnit til muslimske begravelser eller til askespredning? Jeg spørger på vegne af vores studiekreds om dødskultur i Danmark.

Venlig hilsen
Signe Holmgaard""")

M("h", """Hej

Min far er kommet hjem for at dø. Han har ALS i sidste fase. Palliativt team fra Herlev kommer to gange om ugen, og hjemmesygeplejen kommer hver dag. Jeg vil bare sige at de er fantastiske. Send gerne min tak videre.

Mette""")

M("bte", """Kære Center for Voksne og Velfærd

Min morfar, Isak Melchior, døde i nat på Plejecentret Strandhaven. Han var jøde, og efter jødisk skik skal han begraves så hurtigt som muligt, helst i morgen. Kan I sørge for at personalet ikke vasker ham, da Chevra Kadisha fra Mosaisk Trossamfund kommer og gør det? Det haster.

Venlig hilsen
Rebecca Melchior""")

M("", """Hej

Hvad koster en kommunal begravelse i Ishøj, hvis der ikke er nogen penge? Jeg spørger for en generel artikel i beboerbladet om "Hvad sker der når man dør alene".

Mvh
Redaktionen, Strandparkens Beboerblad""")

M("hb", """Til hjemmeplejen

Min kone er døende og vil gerne modtage den sidste olie. Vi er katolikker. Præsten fra Sankt Knud Lavard kommer i morgen kl 14. Kan aftenvagten komme lidt senere, så vi ikke bliver afbrudt?

Med venlig hilsen
Tadeusz Nowak""")

M("", """Til Ældrerådet

Ældrerådet har foreslået at plejecentrene får en fast aftale med en præst, en imam og en humanistisk samtalepartner, som beboerne kan bede om. Hvor langt er forslaget? Jeg har ikke selv brug for det, jeg synes bare det er en god idé.

Mvh Erik""")

M("hbe", """Kære borgerrådgiver

Min far boede sine sidste tre måneder på Plejecentret Kærbo. Han var sikh og bar turban hele sit liv. Da vi kom for at tage afsked, havde personalet taget hans turban af og klippet hans skæg for at "gøre ham pæn". Det var dybt krænkende for os. Han døde af hjertesvigt, og jeg ved at personalet havde travlt, men det her må ikke ske igen.

Med venlig hilsen
Harpreet Singh""")

M("h", """Hej Helle

jeg skriver bare fordi du sagde til mødet at vi skulle sige til. min kone fik plads på hospice i går, efter otte måneder med lungekræft. jeg er glad for at hun kom derop, de er søde. men ventetiden var for lang. det skal du tage op.

Poul""")

M("", """Hej,

Holder kirken en mindegudstjeneste for de beboere på plejecentrene der er døde i løbet af året? Jeg har hørt at man gør det i Hvidovre. Det kunne være fint i Ishøj også.

Mvh Lone""")

M("b", """Kære Jens

Tak for din hilsen ved min mands begravelse. Det betød meget. Bisættelsen fra Ishøj Kirke var præcis som han ønskede det, og sognepræsten havde fanget ham godt. Han har sunget i kirkekoret i 40 år, og han gik i kirke hver søndag indtil det sidste.

Kærlig hilsen
Vibeke""")

M("", """Til hovedpostkassen

Vi er et bedemandsfirma i Ishøj. Kan I oplyse, hvilken afdeling i kommunen der behandler ansøgninger om begravelseshjælp, og hvad sagsbehandlingstiden er? Vi får mange spørgsmål fra pårørende.

Mvh
Ishøj Begravelsesforretning ApS
CVR 31847266""")

M("hbte", """Hej,

Min bedstefar er fra Somalia og er muslim. Han har tarmkræft og ligger hjemme. Vi familien vil gerne passe ham selv, men vi har brug for hjælp om natten. Han vil ikke have kvindelige hjælpere til at vaske ham, af religiøse grunde. Kan hjemmeplejen sende mænd?

Mvh
Abdirahman""")

M("", """Hej

Hvilke regler gælder for at sprede aske over havet ud for Ishøj Strand? Vi har hørt at det kræver tilladelse. Det er til en generel forespørgsel fra vores forening.

Mvh
Ishøj Sejlklub""")

M("bs", """Hej Anne,

Jeg vil bare fortælle at min mand Jesper døde i søndags. Vi blev viet i Ishøj Kirke i 2016 som et af de første mandlige par i sognet. Nu skal han begraves fra samme kirke, og jeg skal have hjælp til at vælge gravsted. Kan kommunen fortælle mig om reglerne for urnegrave på Ishøj Kirkegård?

Kærlig hilsen
Michael""")

M("he", """Kære Center for Voksne og Velfærd

Min mor har terminal kræft og ønsker at dø hjemme. Vi har søgt om en plejeseng og en loftlift, men der er tre ugers ventetid. Hun har måske ikke tre uger. Hvad kan man gøre?

Mvh
Louise Dam
Mors cpr: [[250838-4102]]""")

M("", """Til Social- og Seniorudvalget

Jeg foreslår at kommunen laver et sorgkursus for ældre der har mistet en ægtefælle. Jeg har selv været enke i to år og oplevet hvor lidt der er. Kirken har noget, men ikke alle er kirkegængere.

Venlig hilsen
Hanne Bonde""")

M("b", """hej

min mormor er død og vi vil holde en hindu-ceremoni for hende, med bål og mantraer. hun var meget troende og gik i templet i Brøndby hver uge. må vi holde en ceremoni ude ved stranden? hvad kræver det?

Priya""")

M("", """Hej,

Hvornår er Ishøj Kirkes kontortid i december? Jeg skal bestille en mindeplade til min afdøde mor, og kirkekontoret svarer ikke.

Venlig hilsen
Kim""")

M("hb", """Kære Sanne

Jeg er diakon i Ishøj Sogn og besøger mange ældre på hospice. Min egen far er nu selv blevet indlagt der med hjertesvigt. Det er en anden ting at være pårørende. Jeg vil bare sige at jeg synes kommunen skal kigge på transporten for pårørende derud, det tager to timer med bus.

Venlig hilsen
Rikke Bang""")

M("bet", """Kære borgerrådgiver

Min far er død, og han havde ingen penge. Vi har fået begravelseshjælp, men kommunen siger at den kun dækker en borgerlig ceremoni. Han var ortodoks kristen fra Serbien og ønskede en ortodoks præst. Præsten koster 3.000 kr. ekstra. Kan man søge om mere?

Mvh
Dragana Petrović""")

M("h", """Hej

Min søster har fået tilbudt plads på Hospice Søndergård, men hun vil hellere være hjemme. Hun har ALS. Er der palliativ hjælp i hjemmet i Ishøj? Vi er tre søskende der kan skiftes.

Venlig hilsen
Birgitte""")

M("", """Hej Kim,

Jeg er imod at der skal bygges et krematorium ved Vallensbæk-grænsen. Det er for tæt på boligerne. Vil du stemme imod? Der er mange ældre der bor derude, som ikke har lyst til at se røgen.

Mvh Leif""")

M("bt", """Til Center for Byudvikling og Natur

Min mand og jeg er begge katolikker fra Polen og vil gerne købe et dobbelt gravsted på Ishøj Kirkegård i den katolske del, hvis der er en. Vi er 81 og 79 og vil gerne have det på plads. Hvem skal vi tale med?

Med venlig hilsen
Halina og Jerzy Wiśniewski""")

M("", """Hej,

Er det muligt at besøge en beboer på hospice uden for besøgstiden? Jeg spørger generelt, det er til min forelæsning om palliation for sygeplejestuderende.

Mvh Dorte""")

M("hbe", """hej bente

far fik plads på Kærbo i marts pga demens og nu er han død. han var Jehovas Vidne og ville aldrig have blodtransfusion, men han fik det alligevel på hospitalet i sidste uge. vi er meget vrede. hvem kan vi klage til?

mvh Jonathan""")

M("", """Til Ishøj Hospice Venneforening

Vi vil gerne donere 5.000 kr. fra vores julebasar. Hvilket kontonummer skal vi bruge? Vores regnr. er 5301 og konto 0241876510, hvis I skal sende kvittering.

Med venlig hilsen
Strandgårdsskolens elevråd""")

M("b", """Kære Kim,

Jeg er imam og følger ofte familier til de sidste timer på Glostrup Hospital. Det er ikke mit ærinde i dag, men jeg vil spørge om Ishøj Kommune har en plan for muslimske begravelser. Mange ældre i Ishøj er muslimer og vil begraves her, hvor de har boet i 40 år.

Med venlig hilsen
Imam Hassan Yousef""")

M("hes", """Hej

Min kone Malene og jeg har været sammen i 28 år, og nu ligger hun på hospice med brystkræft. Jeg er hendes pårørende, men hospitalet har skrevet hendes søster på som nærmeste. Vi er gift, men fordi vi begge er kvinder tror de at vi er veninder. Jeg har også søgt plejeorlov og ikke hørt noget. Kan I hjælpe?

Mvh
Tina Dahl""")

M("", """Hej

Jeg vil gerne vide hvornår det nye hospice i Glostrup åbner, og om Ishøj-borgere kan få plads der. Min nabo sagde at det var lukket for nye patienter.

Venlig hilsen
Marianne""")

M("b", """Kære borgmester

Jeg var til min gamle vens begravelse i sidste uge, en humanistisk ceremoni i kapellet. Jeg er selv ateist og har været medlem af Humanistisk Samfund i 20 år, og jeg synes kommunen skal gøre det lettere at holde ikke-religiøse begravelser. Kapellet er jo bygget til kristne.

Med venlig hilsen
Peter Vogt""")

M("hbte", """Kære direktionsassistent

Min svigermor er fra Irak og er kaldæisk kristen. Hun er nu meget syg af lungekræft og ligger hjemme. Hun ønsker at en præst fra den kaldæiske kirke kan komme og læse for hende, men han er i Malmø. Kan kommunen hjælpe med at dække transporten for ham? Vi har ikke meget.

Venlig hilsen
Fadi""")

M("", """Hej,

Har kommunen en liste over trossamfund i Ishøj, som plejecentrene samarbejder med? Jeg sidder i bestyrelsen for et plejecenter i Høje-Taastrup og vil gerne se hvordan I gør.

Mvh
Jan""")

M("bu", """Hej Lars

Min far var præst i folkekirken i 30 år og medlem af Præsteforeningen. Han er død og skal bisættes fra Ishøj Kirke torsdag. Vi vil gerne spørge om byrådet vil sende en repræsentant, da han var med til at oprette ældreklubben i sognet i 80'erne.

Hilsen
Kirsten""")

M("", """Til Center for Voksne og Velfærd

Må man holde vågen hos en døende på plejecentret hele natten? Vi er en gruppe frivillige vågekoner fra Røde Kors og vil gerne kende reglerne.

Mvh Røde Kors Ishøj""")

M("hb", """Hej,

Min mor er blevet indlagt igen, og vi tror ikke hun kommer hjem. Hun er konverteret til buddhisme for 20 år siden og vil gerne have at en munk fra det thailandske tempel kommer. Hospitalet siger det er et kommunalt spørgsmål når hun kommer hjem. Er det det?

Mvh
Jesper""")
