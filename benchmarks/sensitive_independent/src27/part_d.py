"""Part D: moves, tax, property tax, house and flat sales, bills and Borgerservice, with
CPR numbers in practical business; pending trades; hard negatives."""
from common import M

M("p", """
Kære Ishøj Kommune

Jeg skal bruge en ejendomsoplysning til vores ejendomsmægler om Ishøj Landsby 41: Er der registreret nogen påbud, verserende byggesager eller gæld til kommunen på ejendommen?

Vi har solgt huset med forbehold for købers advokat, og advokatens frist for at godkende handlen udløber fredag, så vi har lidt travlt.

Med venlig hilsen
Hanne og Per Nordby
""")

M("", """
Kære Ishøj Kommune

Hvor bestiller ejendomsmæglere ejendomsoplysninger hos jer, og hvad koster det? Jeg er nystartet mægler hos EDC Ishøj og har ikke gjort det i jeres kommune før.

Med venlig hilsen
Simon Brix
""")

M("p", """
Hej

Vi har fået et bud på vores rækkehus på Pilegården 22 fra et ungt par, og vi forhandler stadig om prisen. De spørger, om der er planer om at bygge på den grønne plads bagved. Kan I svare på det? Det kan betyde at de trækker sig.

Mvh
Lise Dyrberg
""")

M("", """
Hej

Er der planer om at bygge på den grønne plads bag rækkehusene i Pilegården? Jeg har hørt rygter i foreningen og vil gerne have det bekræftet eller afkræftet.

Mvh
Vagn Hald
""")

M("e", """
Hej

Jeg er flyttet fra min kone og bor midlertidigt hos min bror på Brødemosevej 11, indtil skilsmissen er på plads. Skal jeg melde flytning, selv om det bare er i et par måneder? Jeg vil ikke miste min plads i lægepraksis.

CPR [[020781-1357]]

Hilsen
Kim Worsaae
""")

M("", """
Hej

Skal man melde flytning, hvis man bor hos nogen i mindre end tre måneder? Jeg har en ven fra Jylland, der skal bo hos mig mens han er i praktik.

Hilsen
Kim Wolff
""")

M("", """
Hej

Jeg har fået en rykker med gebyr på en regning fra jer. Regningen har nr. 1807792345 og er på 650 kr. for hundeskat... nej, undskyld, for rottebekæmpelse. Jeg betalte den den 3. men måske med forkert reference. Kan I tjekke det?

Mvh
Flemming Sejr
""")

M("e", """
Hej,

Jeg skriver fordi jeg har fået en regning på 1.840 kr. fra Ishøj Kommune for "for meget udbetalt kontanthjælp" i marts. Jeg startede i job den 18. marts og meldte det til jobcentret samme dag. Jeg troede, det var sat i stå.

Kan I forklare beregningen? Mit CPR-nr.: [[1108963291]]

Venlig hilsen
Jonas Iqbal
""")

M("p", """
Til ejendomsskat

Jeg har et spørgsmål om ejendomsskatten for 2027. Vi er ved at sælge vores hus på Gadekærvej 5 til min søster, men vi er ikke færdige med papirerne endnu, og det er usikkert om hun kan få lån. Hvem skal betale 1. rate i januar, hvis overtagelsen først sker i februar?

Mvh
Bente Skov
""")

M("", """
Til ejendomsskat

Hvem betaler ejendomsskatten for den periode, hvor der skiftes ejer? Vi solgte vores hus i august, og handlen er afsluttet og tinglyst, men vi har fået en opkrævning for 2. halvår.

Mvh
Bente Sand
""")

M("pe", """
Til Borgerrådgiveren

Jeg skriver fordi banken har sat tvangsauktion på mit hus på Torslundevej til den 14. januar, og jeg har en privat køber, der vil købe inden da, men han venter på at kommunen tinglyser aflysning af en gammel servitut. Jeg har bedt om det i seks uger. Jeg har også mistet mit job, og mine dagpenge slutter i december.

Hvad kan jeg gøre?

Carsten Holm
""")

M("", """
Til Borgerrådgiveren

Hvad gør kommunen, når en borger mister sit hus på tvangsauktion? Er der nogen hjælp til at finde en ny bolig? Det er til en artikel i Ishøj Avis om tvangsauktioner på Vestegnen.

Med venlig hilsen
Louise Holberg, journalist
""")

M("t", """
Hej

Min mor og far skal have hjælp til deres selvangivelse, de er fra Vietnam og læser ikke dansk godt. Kan man få en tolk hos Borgerservice, eller skal jeg tage med? De bor på Ishøj Søvej 81.

Mvh
Linh Tran
""")

M("", """
Hej

Tilbyder Borgerservice hjælp til årsopgørelsen på andre sprog? Jeg er frivillig i en lektiecafé og vil gerne kunne henvise.

Mvh
Anja Thrane
""")

M("h", """
Hej Borgerservice

Jeg skal have fornyet mit kørekort, som udløber i næste måned. Jeg har fået sukkersyge type 1 siden sidst og er usikker på, om jeg skal have en lægeerklæring med. Kan jeg bestille tid?

[[050562-2198]]

Mvh
Erik Bach
""")

M("", """
Hej Borgerservice

Skal man have lægeerklæring for at forny kørekort, når man er over 75? Min far spørger, han fylder 75 i maj.

Mvh
Erik Damm
""")

M("s", """
Hej

Jeg har fået en bøde for ikke at have tilmeldt min bolig i tide. Jeg flyttede ind hos min kæreste Mathias på Tjørnegårdsvej i juli, men jeg troede, han havde meldt os begge, da det er hans lejlighed. Jeg er en mand, og vi har været sammen i tre år, hvis det gør noget. Kan bøden frafaldes?

Mvh
Tobias Friis
""")

M("b", """
Hej

Vi skal have navngivet vores søn, og vi har valgt navnet Gurpreet. Vi er sikher, og navnet er et almindeligt sikh-navn. Præsten i kirken sagde, at vi skulle spørge jer, fordi det ikke står på listen over godkendte navne. Hvad skal vi gøre?

Mvh
Harjit og Simran Singh
""")

M("", """
Hej

Hvordan navngiver man et barn, hvis man ikke er medlem af folkekirken? Og hvad gør man, hvis navnet ikke står på listen over godkendte fornavne?

Mvh
Jesper Nyholm
""")

M("u", """
Hej

Jeg har fået en restskat, fordi fradraget for mit fagforeningskontingent til Dansk Metal ikke er kommet med. Er det noget I kan rette, eller skal jeg ringe til SKAT? Jeg tror det er fordi jeg skiftede fra 3F sidste år.

Mvh Brian
""")

M("", """
Hej

Hvor meget kan man trække fra for fagforeningskontingent i 2026? Er det stadig 7.000 kr.?

Mvh Brian K.
""")

M("e", """
Hej

Kan I hjælpe med hvilken adresse jeg skal bruge? Jeg har ingen fast bopæl siden jeg blev smidt ud af min lejlighed i august og sover på sofaen hos forskellige venner. Jeg skal bruge en adresse til at få min post fra Udbetaling Danmark. Kan jeg bruge kommunen som adresse?

Jannick
""")

M("", """
Hej

Hvordan får folk uden fast bopæl deres post fra det offentlige? Jeg er frivillig på varmestuen i Glostrup, og mange spørger.

Mvh
Dorthe Falk
""")

M("ep", """
Kære Ishøj Kommune

Vedr. lån til indskud.

Jeg har fået tilbudt en lejlighed hos Ishøj Boligselskab med indflytning 1. februar. Jeg har søgt om indskudslån, men har fået at vide, at jeg ikke kan få det, fordi jeg ejer en andel. Det gør jeg ikke rigtig mere: andelen i Vibeholm er sat til salg, og der er en køber, men overdragelsen er ikke underskrevet endnu. Jeg har ingen penge ud over andelen og lever af folkepension.

Cpr-nr. [[221149-2086]]

Med venlig hilsen
Grete Møller
""")

M("", """
Kære Ishøj Kommune

Hvornår kan man få indskudslån, og er der en formuegrænse? Jeg skal bruge det til en artikel i beboerbladet.

Mvh
Redaktionen, Beboerbladet Vejleåparken
""")

M("hp", """
Hej

Jeg vil gerne vide, om jeg skal betale affaldsgebyr for hele året på vores sommerhus i kolonihaveforeningen Strandgården, selvom vi har sat det til salg og håber at være ude til 1. april.

Vi sælger fordi min kone har fået en blodprop i hjernen og ikke kan klare haven mere.

Mvh
Kurt Jessen
""")

M("", """
Hej

Hvordan beregnes affaldsgebyret for kolonihavehuse? Er det kun for sommerperioden?

Mvh
Kurt Sørensen, bestyrelsen i H/F Strandgården
""")

M("t", """
Hej

Jeg har fået et brev fra Borgerservice om, at min opholdstilladelse skal fornyes for at jeg kan beholde min adresse i CPR-registret. Jeg er filippinsk og har været au pair, men er nu gift med en dansker. Kan I hjælpe med, hvad jeg skal sende?

Thank you,
Maricel Andersen
""")

M("", """
Hej

Where do I register my address when I move to Ishøj from another EU country? I'm starting a job at a company in Taastrup next month.

Best regards,
Lukas Weber
""")

M("e", """
Til Borgerservice

Jeg skal have nyt pas, men jeg har ikke råd til de 680 kr. lige nu. Jeg er på ressourceforløbsydelse og har fået en regning fra tandlægen. Kan man betale i rater?

Katja Holm, [[300390 2244]]
""")

M("", """
Til Borgerservice

Hvad koster et pas til en voksen i 2026? Og kan man betale med MobilePay?

Mvh
Ole Thorsen
""")

M("p", """
hejsa

skal vi søge om noget for at sætte et "til salg"-skilt op ved vejen? vi har sat huset på Ishøj Stationsvej 3 til salg og mægleren siger vi selv skal sørge for tilladelse hvis skiltet står på kommunens græs

mvh Camilla og Rune
""")

M("", """
hejsa

hvem har sat de store valgplakater op på Ishøj Stationsvej, de står i vejen for udsynet når man kører ud. kan de flyttes?

mvh Camilla
""")

M("h", """
Hej

Jeg vil gerne flytte min tid til pas fra torsdag til en dag i næste uge. Jeg er blevet indlagt på Amager Hospital med lungebetændelse og bliver her nok et par dage.

Mvh
Kirsten Dahl
""")

M("", """
Hej

Jeg vil gerne flytte min tid til pas fra torsdag til en dag i næste uge. Jeg skal på ferie til Spanien, og flyet går tidligere end planlagt.

Mvh
Kirsten Dahl
""")

M("eb", """
Kære Ishøj Kommune

Jeg har fået brev om at betale 2.900 kr. for skolefritidsordning for min søn, mens vi var bortrejst på pilgrimsrejse til Mekka i fire uger i foråret. Jeg synes ikke det er rimeligt at betale for en plads, han ikke har brugt.

Jeg er i forvejen i en gældssag hos Gældsstyrelsen, og jeg kan ikke betale mere lige nu.

Mvh
Abdirahman Farah
""")

M("", """
Kære Ishøj Kommune

Kan man få fritagelse for SFO-betaling, hvis barnet er bortrejst i mere end en måned? Vi taler om det i forældrerådet.

Mvh
Forældrerådet, SFO Delfinen
""")

M("s", """
hej borgerservice, jeg skal have lavet en navneændring nu hvor jeg og min kone Maria er blevet gift. jeg vil have hendes efternavn, Rosenkvist. hvad koster det? /Stine
""")

M("", """
hej borgerservice, jeg skal have lavet en navneændring efter brylluppet. jeg tager min mands efternavn. hvad koster det? /Stine
""")

M("u", """
Hej

Jeg skal flytte til Ishøj fra Aarhus og starte som lærer på Vibeholmskolen. Skal jeg melde flytning til DLF også, eller tager kommunen sig af det? Jeg er også medlem af deres a-kasse, Lærernes a-kasse.

Mvh
Mia Brix
""")

M("", """
Hej

Jeg skal flytte til Ishøj fra Aarhus. Hvornår skal man melde flytning, senest? Og skal man vælge ny læge med det samme?

Mvh
Mia Broe
""")
