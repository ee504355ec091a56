"""Part D: neighbours, boards and residents on the people around them; origin, faith, orientation and unions in housing life."""
from common import M

M("t", """
Hej Ishøj Kommune

Jeg er selv halvt grønlandsk, og jeg er træt af at blive kaldt "eskimo" af viceværten i vores afdeling. Han gør det foran de andre beboere. Jeg har klaget til boligselskabet uden resultat.

Mvh
Naja Petersen
""")

M("", """
Hej

Hvor mange grønlændere bor der i Ishøj? Jeg skriver speciale om grønlændere i hovedstadsområdet.

Mvh Aviaja
""")

M("s", """
hej

jeg er bi og bor med min kæreste Sara på Ishøj Boulevard. nogle drenge i opgangen råber ting efter os hver dag. vi overvejer at flytte men har ikke råd. kan kommunen gøre noget?

Emma
""")

M("b", """
Kære afdelingsbestyrelse og kommune

Som praktiserende katolik beder jeg om tilladelse til at opsætte et lille krucifiks ved min hoveddør i opgangen. Bestyrelsen har sagt nej. Er det lovligt at forbyde?

Med venlig hilsen
Teresa Kowalczyk
""")

M("", """
Hej

Hvad gælder for religiøse symboler i fællesarealer i almene boliger? Vi diskuterer det i bestyrelsen.

Mvh bestyrelsen, afd. 5
""")

M("u", """
Hej Ishøj

Jeg er tillidsrepræsentant for HK'erne i Ishøj Boligselskab og vil gerne påpege at ejendomskontoret er underbemandet. Beboerne venter for længe på reparationer.

Venlig hilsen
Karen Friis
""")

M("", """
Hej

Jeg er faglig konsulent i 3F Køge Bugt og skriver på forbundets vegne: vi vil gerne invitere byrådet til et møde om boliger til unge lærlinge i Ishøj.

Med venlig hilsen
Niels Aagaard, 3F
""")

M("tb", """
Hej

Jeg er jøde og bor i Ishøj Strand. I går var der tegnet et hagekors på min dør. Jeg har anmeldt det til politiet, men jeg vil også gerne vide, om kommunen kan flytte mig til en anden afdeling.

Mvh
David Rosenberg
""")

M("", """
Hej

Hvor mange antisemitiske hændelser er der registreret i Ishøj? Jeg spørger som gymnasieelev.

Mvh Anna
""")

M("sb", """
Kære Mikkel

Jeg er homoseksuel og medlem af Enhedslisten. Jeg har hørt at kommunen vil sælge Strandparkens kolonihaver til byggeri. Jeg har selv kolonihave der, men det er ikke derfor jeg skriver. Jeg er imod af principielle grunde.

Hilsen Kasper Ravn
""")

M("", """
Kære Mikkel

Jeg er imod at kommunen sælger Strandparkens kolonihaver. Det er en dårlig idé.

Hilsen Kirsten
""")

M("t", """
Hej

Min nabo i nr. 22 kalder mine børn "perker" hver gang de leger i gården. Vi er fra Irak, og børnene er født her. Boligselskabet siger det er en privat sag. Kan I hjælpe?

Mvh Layla Hassan
""")

M("u", """
Hej

Jeg er FOA-medlem og social- og sundhedshjælper. Jeg bor i Vejleåparken og vil gerne klage over at mine nattevagter bliver forstyrret af byggestøj kl. 7. Er der regler?

Mvh Bente
""")

M("", """
Hej

Hvilke tidspunkter må man lave byggearbejde i Ishøj? Der er larm kl. 7 hver morgen på Ishøj Boulevard.

Mvh
""")

M("se", """
Kære borgerrådgiver

Min mand og jeg, to mænd på 70, vil gerne flytte i en ældrebolig sammen, men da vi skrev os op, fik kun han et nummer. Vi er gift. Er det en fejl?

Venlig hilsen
Erik og Helmuth Lindqvist
""")

M("", """
Hej

Kan man skrive sig op til en ældrebolig som par, eller skal man gøre det hver for sig?

Mvh Else
""")

M("b", """
Hej

Jeg er ateist og medlem af Ateistisk Selskab. Jeg vil klage over at afdelingsbestyrelsen har sat en juletræ og en krybbe op i fællesrummet uden at spørge beboerne.

Mvh Jesper Hald
""")

M("", """
Hej

Må en afdelingsbestyrelse sætte julepynt op i fællesrummet? Vi har en diskussion om det.

Mvh
""")

M("tu", """
Hej Søren

Jeg er kommet hertil fra Rumænien og arbejder på byggeplads. Jeg er medlem af 3F. Vores arbejdsgiver har lejet os ind i en lejlighed på Industrivej, 8 mand i 3 værelser. Er det lovligt?

Mvh Ionut Popescu
""")

M("", """
Hej Søren

Er det lovligt at leje en erhvervsbygning ud som bolig til udenlandske arbejdere? Jeg har set det på Industrivej.

Mvh en nabo
""")

M("sb", """
Hej

Jeg er medlem af Radikale Venstre og i øvrigt gift med en kvinde, selv er jeg kvinde. Vi vil gerne have kommunens hjælp til at finde en tilgængelig lejlighed til min kones mor. Hvem skal vi tale med?

Mvh
Louise Holt
""")

M("", """
Hej

Hvem skal man tale med om tilgængelige lejligheder i Ishøj?

Mvh
""")

M("bt", """
Kære borgmester

Jeg er muslim og af marokkansk afstamning. Jeg har boet i Vejleåparken i 20 år og har set kvarteret ændre sig. Jeg vil gerne foreslå et samarbejde mellem moskeen og boligselskabet om lektiehjælp.

Med venlig hilsen
Youssef El Amrani
""")

M("", """
Kære borgmester

Jeg vil gerne foreslå et samarbejde mellem moskeen og boligselskabet om lektiehjælp i Vejleåparken.

Med venlig hilsen
Pia Holm
""")

M("u", """
Hej

Jeg har været medlem af Krifa i 10 år, men skiftede til Det Faglige Hus sidste år. Nu er jeg formand for afdelingsbestyrelsen i Ishøj Strand og vil gerne have et møde med kommunen om grønne områder.

Mvh Allan Beck
""")

M("", """
Hej

Hvilke fagforeninger deltager i boligmessen i Ishøj i maj?

Mvh
""")

M("s", """
Hej

jeg er trans og ikke-binær og bor i en lejlighed i Ishøj Strand med min kæreste, som også er en kvinde. jeg er queer og vi bliver chikaneret af viceværten. hvad kan vi gøre?

mvh Alex
""")

M("", """
Hej

Hvornår er Ishøj Pride i år, og kommer byrådet?

Mvh
""")

M("b", """
Hej Jacob

Jeg stemte på dig ved sidste valg, fordi du lovede flere ejerboliger. Nu hører jeg at du stemte for almene boliger på Ishøj Landsby. Det er jeg skuffet over.

Mvh Tina Kragh
""")

M("", """
Hej Jacob

Jeg er uenig i byrådets beslutning om almene boliger på Ishøj Landsby. Hvorfor blev det ikke til ejerboliger?

Mvh Tina
""")

M("t", """
Hej

Jeg er adopteret fra Colombia og har brunt hudfarve. Ved fremvisningen af lejligheden i afd. 8 spurgte udlejeren om "hvor jeg egentlig kom fra". Jeg fik ikke lejligheden. Kan jeg klage?

Mvh
Camila Jensen
""")

M("", """
Hej

Er det lovligt for en privat udlejer at spørge om ansøgerens nationalitet?

Mvh
""")

M("b", """
Til borgerrådgiveren

Vi er medlemmer af Pinsekirken og holder gudstjeneste i vores hus på Vildtbanevej hver søndag. Naboen har klaget til kommunen over parkering. Vi har fået brev om at det kræver en ændret anvendelse. Er det rigtigt?

Mvh
Samuel og Ruth Boateng
""")

M("", """
Hej

Kræver det en tilladelse at holde religiøse møder i et privat hus?

Mvh
""")

M("tue", """
Hej

Jeg er polsk, arbejder som tømrer og er medlem af Dansk Byggeri? nej, af 3F. Vi bor i en campingvogn på en grund i Torslunde, fordi vi ikke kan finde en lejlighed. Kan kommunen hjælpe med en midlertidig bolig?

Mvh Piotr
""")

M("", """
Hej

Har kommunen midlertidige boliger til udenlandske arbejdere? Vi er et byggefirma.

Mvh
""")

M("s", """
Hej

min ekskæreste Mikkel og jeg (vi er begge fyre) har haft en lejlighed sammen i Vejleåparken. han er flyttet og nu vil boligselskabet ikke skrive kontrakten om til mig. er det fordi vi ikke var gift?

mvh Oliver
""")

M("", """
Hej

Kan en samlever overtage et lejemål, når den anden flytter? Hvad er reglerne?

Mvh
""")

M("bu", """
Hej

Som medlem af SF og af Djøf har jeg læst kommunens boligpolitik grundigt. Jeg mener ikke den tager højde for unge. Kan jeg få et møde med udvalgsformanden?

Mvh
Mads Holberg
""")

M("", """
Hej

Jeg mener ikke kommunens boligpolitik tager højde for unge. Kan jeg få et møde?

Mvh Mads
""")

M("t", """
Hej

Mine forældre er fra Vietnam, og de taler ikke så godt dansk. De har fået et brev om at deres lejlighed skal renoveres og de skal genhuses. Kan kommunen sende en tolk, eller skal jeg oversætte?

Mvh Linh Tran
""")

M("", """
Hej

Tilbyder kommunen tolkning til genhusningsmøder i Ishøj Strand?

Mvh
""")

M("u", """
Hej

Jeg er IDA-medlem og ingeniør. Jeg har set på jeres udbud om renovering af Vejleåparken og vil gerne påpege at isoleringen ikke lever op til BR18. Kan jeg få et svar?

Mvh
Jens Kjær
""")

M("", """
Hej

Jeg er ingeniør og har set på jeres udbud om renovering af Vejleåparken. Isoleringen lever ikke op til BR18.

Mvh Jens
""")
