"""Part C: union membership, shop stewards, strikes, a-kasser, and hard negatives."""
from common import M

M("u", """
Hej

Jeg er medlem af FOA og arbejder i hjemmeplejen i Ishøj Nord. Min tillidsrepræsentant siger, at vi ikke må få trukket pausen i løn, når vi kører mellem borgerne. Kan Personaleafdelingen bekræfte det?

Mvh Dorthe Wendelboe
""")

M("", """
Hej

Jeg sidder i FOA's afdeling på Vestegnen og vil høre, om kommunen vil stille et lokale til rådighed for vores medlemsmøde den 3. marts. Vi forventer ca. 80 deltagere.

Venlig hilsen
Susanne Bech, faglig sekretær, FOA Vestegnen
""")

M("u", """
Til Børne- og Skoleudvalget

Som BUPL-tillidsrepræsentant i Børnehuset Lærkereden vil jeg gøre opmærksom på, at vi har haft 11 sygemeldinger på en måned. Personalet er slidt op.

Lene Kvist
""")

M("", """
Hej

Hvad er kommunens holdning til den kommende overenskomstforhandling for pædagoger? Vi forældre er bekymrede for en eventuel strejke.

Mvh
Marianne
""")

M("ue", """
hej jeg er i 3F og min a-kasse har stoppet mine dagpenge fordi jobcentret siger jeg ikke har søgt nok job. men jeg HAR søgt, jeg har screenshots. hvad gør jeg??

Kenneth, Ishøj Strand
""")

M("", """
Hej

Hvilke a-kasser samarbejder Jobcentret med om jobmessen i april? Vi vil gerne have flere med.

Mvh
Erhvervsteamet, Ishøj Erhvervsråd
""")

M("ue", """
Kære Jobcenter

Jeg er blevet opsagt fra min stilling som lagerarbejder efter 14 år. HK har sagt, at jeg skal melde mig ledig hos jer i dag. Jeg kan ikke finde ud af jobnet.dk. Kan jeg komme ind og få hjælp?

Med venlig hilsen
Kurt Bang
Vildtbanegårdsvej 37
""")

M("", """
Hej Jobcentret

Jeg er ansat i HK og er ved at lave en vejledning til vores medlemmer om at melde sig ledig. Har I et link til jeres nyeste guide?

Mvh
Christina Holm, HK Hovedstaden
""")

M("uh", """
Hej Anders

Jeg skriver til dig som byrådsmedlem, fordi jeg ikke ved hvor jeg ellers skal gå hen. Jeg er sosu-assistent på Ishøj Plejecenter og fik en diskusprolaps i maj efter at have løftet en borger uden lift. Min arbejdsskade er anmeldt, men min leder presser mig til at komme tilbage på fuld tid.

Min TR fra FOA er med til møderne, men det hjælper ikke rigtigt.

Hilsen
Pia Thygesen
""")

M("", """
Kære Anders

Er det rigtigt, at Ishøj Plejecenter mangler lifte? Jeg har hørt det fra flere der arbejder der. Det lyder som et arbejdsmiljøproblem.

Mvh
Karsten
""")

M("u", """
Til Personaleafdelingen

Jeg har fået en advarsel for at komme for sent to gange. Jeg ønsker, at min tillidsrepræsentant Jan Kofoed (Dansk Metal) deltager i mødet på torsdag.

Venlig hilsen
Brian Sommer, Vej og Park
""")

M("", """
Hej

Har Vej og Park stadig en tillidsrepræsentant efter at Jan Kofoed er gået på pension? Jeg skal bruge navnet til vores nyhedsbrev.

Mvh
Redaktionen, Ishøj Lokalnyt
""")

M("u", """
Hej Kim

Vi var på strejke hele sidste uge på Ishøj Skole (DLF), og nu har lønkontoret trukket mig for 7 dage i stedet for 5. Jeg har vedhæftet lønsedlen.

Hilsen
Rikke Boesen, lærer
""")

M("", """
Hej

Er der lavet nødberedskab på skolerne, hvis lærerne går i strejke? Vores datter har brug for pasning.

Hilsen
Tina og Jens
""")

M("ub", """
Kære udvalgsformand

Jeg har været medlem af Socialdemokratiet i 40 år og af 3F i lige så lang tid, så du ved, hvor jeg står. Men jeres beslutning om at lukke Vejleå Varmtvandsbassin er forkert. Det rammer dem, der har mindst.

Venlig hilsen
Egon Rasmussen
""")

M("", """
Kære udvalgsformand

Jeg er imod lukningen af varmtvandsbassinet. Det er et vigtigt tilbud for mange ældre og gigtramte i kommunen. Tænk jer om.

Venlig hilsen
Aase Larsen
""")

M("u", """
Til Ishøj Kommune, Lønkontoret

Vedr. fradrag for fagforeningskontingent

Mit kontingent til Krifa bliver stadig trukket, selvom jeg har meldt mig ud pr. 1. januar. Kan I stoppe trækket?

Med venlig hilsen
Stine Overgaard
Medarbejdernr. 40218
""")

M("", """
Hej

Kan man få fradrag for fagforeningskontingent på årsopgørelsen, eller skal man selv indtaste det? Jeg arbejder på rådhuset og kolleger spørger hele tiden.

Mvh
Jonas
""")

M("u", """
Hej

Jeg er tillidsrepræsentant for lærerne på Vibeholmskolen. Vi vil gerne have et møde med skolechefen om den nye skemalægning. Kan vi få en tid i uge 12?

Mvh
Hans Chr. Winther, TR, DLF Kreds 22
""")

M("", """
Hej

Jeg er skoleleder og vil høre, om kommunen har en fast procedure for møder med tillidsrepræsentanterne om skemalægning.

Mvh
Birgit Aagaard
""")

M("uh", """
hej

jeg er gravid i 5 md og arbejder i køkkenet på rådhuset. jeg må ikke løfte tungt for lægen men min leder siger det er en del af jobbet. jeg er medlem af 3F og de siger jeg skal skrive til jer først. hvad gør jeg

Jamila
""")

M("", """
Hvad er reglerne for gravide medarbejdere og tunge løft i kommunens køkkener? Vi er ved at lave en arbejdspladsvurdering.

Mvh arbejdsmiljørepræsentanten, Rådhuskøkkenet
""")

M("u", """
Kære Ishøj Kommune

Jeg vil gerne søge stillingen som pædagogmedhjælper i Troldehøjen. Jeg har 12 års erfaring, er uddannet PAU og er medlem af FOA. Jeg kan starte med det samme.

Vh
Hanife Yilmaz
""")

M("", """
Hej

I stillingsopslaget for pædagogmedhjælper står der "løn efter overenskomst mellem KL og FOA". Hvad betyder det i kroner for en nyuddannet PAU?

Mvh Sidse
""")

M("ue", """
Til Ydelsescenteret

Jeg har været på kontanthjælp siden marts, fordi jeg ikke var medlem af en a-kasse. Nu har jeg meldt mig ind i Det Faglige Hus' a-kasse. Skal jeg selv give jer besked?

Mvh
Nicklas Jørgensen
""")

M("", """
Hej

Hvad er forskellen på en a-kasse og en fagforening? Mit barnebarn skal til at arbejde og spørger mig. Jeg tænkte at jobcentret vidste det.

Venlig hilsen
Edel
""")

M("u", """
Mvh
Torben Kjeldsen
Formand for tillidsrepræsentanterne, Dansk Sygeplejeråd, Ishøj Kommune
Tlf. 43 57 21 90

--- 

Hej Borgmester, tak for mødet i går. Jeg sender som lovet vores notat om normeringer på plejecentrene.
""")

M("", """
Hej Borgmester

Jeg er sygeplejerske på Ishøj Plejecenter og vil bare sige tak for den nye aftale om faste vagter. Det gør en kæmpe forskel.

Venlig hilsen
Merete Kruse, sygeplejerske
""")

M("u", """
Hej,

Jeg er pædagog og medlem af BUPL. Jeg har fået et tilbud om job i Ishøj, men jeg vil gerne høre om lønindplacering, før jeg takker ja. Hvem kan jeg kontakte?

Mvh
Signe Westergaard
""")

M("", """
Kære Økonomiudvalg

Hvor mange af kommunens ansatte er dækket af en overenskomst? Jeg sidder i Ældrerådet og vi vil gerne sammenligne med nabokommunerne.

Venlig hilsen
Kaj Poulsen
""")

M("ut", """
Hej

Jeg er polsk og har arbejdet som chauffør for et firma i Ishøj i tre år. De har ikke betalt feriepenge. Jeg har lige meldt mig ind i 3F i sidste uge. Kan kommunen hjælpe med noget, eller skal jeg bare gå til fagforeningen?

Piotr Kowalczyk
""")

M("", """
Hej

Vi har fået mange henvendelser fra polske chauffører om manglende feriepenge. Har kommunen en rådgivning om social dumping, eller henviser I til fagbevægelsen?

Mvh
Frivilligcentret Ishøj
""")

M("u", """
Kære Lone

Som skrevet i telefonen: Jeg deltager ikke i mødet på tirsdag, fordi jeg er til kongres med Djøf i Odense. Jeg er delegeret fra vores afdeling.

Hilsen
Mogens
""")

M("", """
Hej Lone

Djøf holder kongres i Odense næste uge, så kommunaldirektøren og flere chefer er væk. Kan mødet flyttes til uge 46?

Mvh
Sekretariatet
""")

M("uh", """
Hej

Jeg er sygemeldt med stress fra mit job i Borgerservice. Min leder har indkaldt til en sygefraværssamtale, og jeg har bedt om at min tillidsrepræsentant fra HK kommer med. Min leder siger at det ikke er nødvendigt. Har jeg ret til det?

Mvh
Charlotte
""")

M("", """
Kære Personaleafdeling

Har medarbejdere ret til at have en bisidder med til sygefraværssamtaler? Jeg spørger som leder, jeg vil gerne gøre det rigtigt.

Mvh
Leder i Borgerservice
""")

M("u", """
Hej

Jeg var medlem af Dansk Metal indtil 2021, men meldte mig ud. Nu skal jeg bruge dokumentation for min tidligere anciennitet til en ansøgning hos kommunen. Kan I bruge en udskrift fra Dansk Metal?

Venlig hilsen
René Vestergaard
""")

M("", """
Hej

Vi i Ishøj Fagforeningsudvalg arrangerer 1. maj i Ishøj Strandpark. Skal vi søge om tilladelse til scene og højttalere hos jer?

Mvh
Poul, kasserer
""")

M("ut", """
Hej

Jeg hedder Kamal og er fra Bangladesh. Jeg arbejder som rengøringsassistent på Ishøj Skole gennem et vikarbureau. Min kollega fra Serviceforbundet siger, at jeg får mindre løn end de ansatte. Er det lovligt? Jeg er selv medlem af Serviceforbundet nu.

Kamal Uddin
""")

M("", """
Hej

Hvilke krav stiller kommunen til vikarbureauer om løn og arbejdsvilkår? Er der en arbejdsklausul i jeres kontrakter?

Mvh
Serviceforbundet, region Sjælland
""")
