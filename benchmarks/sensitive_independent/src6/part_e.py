"""corpus6, part E: relatives on someone's behalf, elderly writers, slang."""
from common import M

M("sh", """
Hej

Min kone Sofie og jeg venter vores første barn til oktober (hun er i uge 16 og har haft en hård start med kvalme). Vi vil gerne høre om sundhedsplejersken kommer hjem til os, og om vi skal skrive os op til vuggestue allerede nu.

Kh Anna Vestergaard
""")

M("u", """
Jeg er organiseret i Serviceforbundet og gør rent på rådhuset om aftenen. Hvem i kommunen skal vi kontakte om at låsen til personaleindgangen ikke virker? Vi har meldt det fire gange. Mvh Birthe
""")

M("p", """
Hej

Vores andel i Andelsboligforeningen Strandhaven er solgt med forbehold for, at køberen kan få lån. Banken vil have oplysning om, hvorvidt kommunen har planer for fjernvarmeomlægning i området, fordi det påvirker værdien. Kan I svare hurtigt? Køberen har frist den 20.

Venlig hilsen
Preben Aagaard
""")

M("tb", """
Hej

Mine forældre kom fra Pakistan i 70'erne og har boet i Ishøj siden. Nu er min far død, og min mor vil gerne vide, om der er et gravfelt på kirkegården hvor man kan blive begravet med ansigtet mod Mekka, eller om vi skal til Brøndby.

Med venlig hilsen
Imran Chaudhry
""")

M("b", """
hej Frederik, jeg er aktiv i Venstres Ungdom og vi vil gerne lave et arrangement om ungdomsboliger med dig som taler. kan du en torsdag i oktober? mvh Magnus 18
""")

M("", """
Hej

Jeg har set at der skal bygges 120 nye almene boliger ved Ishøj Landevej. Hvornår kan man skrive sig op, og er det boligselskabet eller kommunen der styrer ventelisten?

Mvh Birgit
""")

M("e", """
Til Borgerservice

Jeg søger om økonomisk friplads til min søn i dagplejen. Jeg er alene med ham og er lige blevet ledig, så jeg er på dagpenge nu. Mit cpr er [[170889 2746]] og min søns er [[250619-5132]]. Skal jeg sende lønsedler for hele sidste år?

Venlig hilsen
Sandra Kofoed
""")

M("ts", """
Hej

Jeg ved ikke helt hvem jeg skal skrive til. Min kæreste Omar er 22, og hans familie er fra Irak. De ved ikke, at han er sammen med mig, og han er bange for hvad der sker hvis de finder ud af det. Han bor stadig hjemme. Har kommunen et sted han kan få rådgivning, eller en bolig hvis det bliver nødvendigt?

Mvh Mikkel
""")

M("ps", """
Kære Haveforeningen og kommunen

Min mand Søren og jeg skal sælge vores kolonihavehus i H/F Vejlegården, fordi vi flytter til Jylland. Vi har en køber, men vurderingsmanden siger at udestuen ikke er godkendt. Skal den godkendes af kommunen, før handlen kan gå igennem?

Venlig hilsen
Mogens Bjerregaard
""")

M("b", """
Hej

Jeg er hindu, og min mor døde i sidste måned. I vores tradition spreder vi asken ved vand. Må man sprede aske fra båden ud for Ishøj Strand, eller skal der søges tilladelse?

Med venlig hilsen
Ravi Sharma
""")

M("hu", """
Hej Henrik

Jeg er HK-tillidsrepræsentant på rådhuset, og jeg har selv sklerose, så jeg ved hvad det betyder når elevatoren i B-bygningen igen har været ude af drift i tre uger. For flere af os er 2. sal uden elevator ikke en mulighed. Hvornår bliver den repareret?

Venlig hilsen
Charlotte Winther
""")

M("e", """
er på kontanten og har fået brev om at jeg skal i nytteindsats og feje blade i parken 37 timer om ugen ellers mister jeg pengene. kan de virkelig det?? jeg har lige fået en deltidsjob i netto som starter om 2 uger. mvh Jonas
""")

M("", """
Hvad er kontanthjælpssatserne for 2025 for en enlig under 30 uden børn? Jeg skal bruge det til en opgave på socialrådgiveruddannelsen.
""")

M("t", """
Hej

Vores nabo er fra Somalia og har stor familie, og der er altid larm sent om aftenen i opgangen. Vi har prøvet at snakke med dem, men de forstår ikke så meget dansk. Kan kommunen sende en tolk eller nogen til at mægle?

Mvh Jan og Bettina Holm
""")

M("pe", """
Kære borgmester

Vores hus skal på tvangsauktion den 14. maj, fordi vi er kommet bagud med afdragene efter min mands konkurs. Vi har en privat køber der vil betale mere end auktionen giver, men han skal have svar fra kommunen om en byggesag først. Kan De hjælpe med at få den behandlet før?

Med venlig hilsen
Lisbeth Ravn
""")

M("s", """
Hej

Min kæreste Kristian og jeg vil gerne skrive os op til en seniorbolig i Ishøj. Vi er ikke gift, men har boet sammen i 24 år. Kan vi stå på ventelisten sammen?

Mvh Anders Juul
""")

M("b", """
Hej

Vi er aktive i Indre Mission og har et lille bibelstudie hjemme hos os hver onsdag. Nu har naboen klaget til boligselskabet over parkering. Vi er 8 personer og parkerer lovligt. Kan kommunen bekræfte reglerne?

Mvh Jørgen og Else Pedersen
""")

M("", """
Der står en flok fra en frikirke og deler foldere ud ved Ishøj Station hver lørdag. Er det tilladt på kommunens areal, eller skal de have tilladelse?
""")

M("u", """
Hej

Som medlem af IDA og ingeniør i byggebranchen vil jeg gerne tilbyde at hjælpe i en borgergruppe om klimasikring af Strandparken. Jeg har erfaring med diger. Hvordan kommer man med?

Mvh Christian Bruhn
""")

M("he", """
Hej

Min far har svær KOL og er på ilt døgnet rundt. Hjemmeplejen har to gange i denne måned glemt at skifte flasken, og han har ringet til mig i panik. Jeg bor i Aarhus og kan ikke bare køre derover. Hvem har ansvaret?

Venlig hilsen
Kristina Berg (datter)
""")

M("h", """
Hej

Jeg vil gerne aflyse min tid til jordemoderen i Sundhedshuset på torsdag. Jeg har desværre aborteret i sidste uge. Mit personnummer er [[061192–2508]].

Hilsen Signe Holst
""")

M("tb", """
Kære byrådsmedlem

Vi er en gruppe koptiske kristne fra Egypten, der bor i Ishøj og omegn. Vi mangler et sted at mødes om søndagen, og vi har hørt at kommunen udlejer lokaler til foreninger. Jeg er selv kasserer i gruppen. Kan vi komme i betragtning?

Med venlig hilsen
Mina Girgis
""")

M("", """
Stemmer det, at kommunen har skåret i tolkebistanden til nyankomne flygtninge? Det står i avisen. Hvis ja, hvorfor?
""")

M("s", """
Hej Birgitte

Du spurgte i din mail, om min partner også ville med til mødet om vuggestuen. Ja, hun hedder Karoline og vi har været gift i fem år. Vi kommer begge.

Mvh Mette Rosenberg

> Kære Mette
> Tak for din henvendelse. Vil du og din partner komme til et møde på rådhuset den 14. kl. 16?
> Venlig hilsen
> Birgitte Nørby, formand for Børne- og Skoleudvalget
""")

M("p", """
Til Ishøj Kommune

Købers advokat har bedt os oplyse, om der er restancer til kommunen på ejendommen Vejledalen 4, inden handlen afsluttes. Vi har ikke selv noget overblik. Kan I sende en restanceerklæring? Underskrift er berammet til den 2. juni.

Med venlig hilsen
Michael Bruun
""")

M("b", """
Kære Jacob

Jeg har stemt Enhedslisten hele mit liv, og det bliver jeg ved med. Men jeg må sige at jeres forslag om at lukke den ene af skolerne ikke er gennemtænkt. Kom og se hvordan det ser ud hos os.

Mvh Hanne Dyrberg
""")

M("", """
Hej. Der hænger stadig valgplakater på lygtepælene langs Ishøj Boulevard, tre uger efter valget. Hvem skal fjerne dem? Mvh Erik
""")

M("u", """
Hej

Jeg er lige blevet valgt som tillidsrepræsentant for 3F'erne hos entreprenøren på den nye skolebyggeri, og vi har nogle spørgsmål om sikkerheden på pladsen, som kommunen er bygherre på. Hvem er jeres kontaktperson?

Mvh Patrick Lund
""")

M("e", """
Hej

Vi er blevet sat ud af vores lejlighed og bor nu på en campingplads i Karlslunde med to børn på 6 og 9. De går stadig i skole i Ishøj, men vi har ingen penge til bus. Kan kommunen hjælpe med transport eller en bolig?

Mvh Heidi Olsen
""")

M("h", """
Hej

Jeg har kronisk tinnitus og kan ikke holde støjen fra vejarbejdet på Ishøj Søvej ud. Det starter kl. 6.30 hver dag. Må de virkelig starte så tidligt?

Mvh Kurt Lassen
""")

M("", """
Hej

Jeg er jordemoder og bor selv i Ishøj. Jeg vil foreslå at kommunen laver en gratis gåtur for gravide og nybagte forældre langs stranden en gang om ugen. Det er der stor efterspørgsel på andre steder.

Mvh Rikke Krogh
""")

M("t", """
Hej

Jeg er same og vokset op i Nordnorge, men har boet i Ishøj i 15 år. Jeg vil gerne lave en lille udstilling om samisk kultur på biblioteket i februar. Hvem skal jeg tale med?

Mvh Ánde Saba
""")

M("sb", """
hej jeg er 19 og homoseksuel og muslim og der er ikke mange steder hvor man kan være begge dele. findes der en samtalegruppe eller nogen rådgivning i ishøj? vil helst være anonym. mvh A
""")

M("ue", """
Hej

Jeg er blevet ledig efter 16 år på værkstedet, og min a-kasse i Dansk Metal siger at jobcentret skal lave en plan med mig inden for en måned. Der er gået seks uger og jeg har ikke hørt noget. Kan du skubbe på?

Mvh Torben Rask
""")

M("", """
Bygningen hvor FOA havde kontor på Ishøj Torv har stået tom i et år. Hvad skal der være nu? Kunne det ikke blive et værested for unge?
""")

M("p", """
Hej

Gartneriet ved siden af os på Tranegildevej skal efter sigende sælges til en developer, og forhandlingerne er i gang. Vi vil gerne vide, om kommunen har modtaget en ansøgning om at ændre lokalplanen, før handlen er på plads.

Venlig hilsen
Lars og Karina Munk
""")

M("h", """
Hej

Jeg er døv og kan ikke ringe til Borgerservice. Jeres hjemmeside siger at man skal ringe for at bestille tid. Kan jeg bestille tid på mail i stedet? Jeg skal forny mit kørekort.

Mvh Jesper Vind
""")

M("", """
Hvad koster en plads på plejehjem i Ishøj om måneden, og hvad indgår i prisen? Jeg vil gerne sammenligne, da vi overvejer at flytte hertil fra Greve.
""")

M("t", """
Hej

Mine bedsteforældre kom til Ishøj som gæstearbejdere fra Jugoslavien i 1969. Jeg er ved at lave et projekt om dem og andre familier, og vil gerne se lokalarkivets billeder fra Vejleåparken i 70'erne. Hvordan får jeg adgang?

Mvh Nikola Jovanović
""")

M("s", """
Hej

Vi er et regnbuepar, Malene og Trine, og vi har lige fået en søn. Vi vil gerne melde os til en mødregruppe, men sundhedsplejersken har kun tilbudt os en gruppe med "mødre og fædre". Findes der noget andet?

Kh Malene
""")

M("e", """
Hej

Min mor på 87 har fået bevilget hjemmehjælp to gange om ugen, men de kommer kun én gang. Hun siger ikke noget selv, fordi hun ikke vil være til besvær. Kan nogen se på det?

Venlig hilsen
Jan Olsen
""")

M("b", """
Kære Kulturudvalg

Jeg er humanist og medlem af Humanistisk Samfund, og jeg vil opfordre til at kommunens navngivningsceremonier for nyfødte også tilbydes på biblioteket, som i andre kommuner. Jeg stiller gerne op som frivillig.

Venlig hilsen
Kim Thorup
""")

M("", """
Kære Socialdemokrater i Ishøj

Tak for et godt borgermøde om den nye skolestruktur. Jeg håber I lytter til de mange forældre der var mødt op.

Venlig hilsen
Lis Andersen
""")

M("p", """
Hej

Vi har fået et bud på vores rækkehus på Ishøj Parkvej, men det er betinget af at køberen kan få byggetilladelse til en kvist. Kan kommunen give en forhåndsvurdering, så vi ved om handlen holder?

Mvh Birgitte og Allan Schmidt
""")

M("u", """
Hej

Min mand er pædagog og i BUPL, og de har sagt at kommunen ikke længere vil betale for deres efteruddannelse. Stemmer det? Han har ikke tid til at skrive selv, han er på arbejde.

Mvh Julie Dam
""")

M("", """
Hej, jeg skal bruge en bopælsattest til min nye arbejdsgiver i Sverige. Kan I sende den som PDF? [[020385-1732]]. Mvh Morten Winther
""")

M("", """
Kære Teknik- og Miljøudvalg

Grundejerforeningen Strandhusene vil hermed gøre opmærksom på, at kældrene i vores område igen stod under vand efter skybruddet den 17. august. Det er tredje gang på fem år. Vi har fået at vide, at Ishøj Forsyning arbejder på en klimatilpasningsplan, men vi har ikke set noget konkret.

Vi beder om:
- en tidsplan for separatkloakering i området,
- en midlertidig løsning med højvandslukker på de mest udsatte stikledninger,
- et borgermøde, hvor Forsyningen og kommunen deltager.

Vi har samlet billeder og skadesopgørelser fra 23 husstande, som vi gerne sender.

Med venlig hilsen
På bestyrelsens vegne
Henning Ibsen
""")

M("", """
Hej

Jeg ringede den 22/4 kl. 9.15 til 43 57 75 75 og igen 24/4 kl. 13.40 om lysregulering ved Vejlebrovej/Ishøj Boulevard. Lyskurven er stadig for kort for fodgængere. Vores ref. er 2025-04-1188.

Mvh Steen
""")

M("", """
Hvorfor hejses der ikke regnbueflag på rådhuset i Pride-ugen, som man gør i København? Det ville være et godt signal.
""")

M("", """
Hej

Jeg er 67 og lige gået på pension, og jeg vil gerne være frivillig på biblioteket, fx med lektiehjælp. Hvem skal jeg kontakte?

Mvh Birte
""")

M("tu", """
Hello / Hej

Jeg er fra Filippinerne og arbejder på et hotel i Ishøj. Jeg er medlem af 3F. Mit skattekort er forkert efter jeg skiftede job, og 3F siger jeg skal kontakte kommunen. Mit CPR er [[0411853317]]. Tak for hjælpen.

Maria Santos
""")

M("", """
Hej

Jeg kan ikke logge ind på bibliotekets app. Mit lånernummer er 0212741109. Kan I nulstille mit password?

Mvh Lone
""")
