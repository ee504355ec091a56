"""corpus39 part E: summer mail to council members and the mayor's PA, sensitive details in passing."""
from common import M

M("su", """Hej Peter (byrådet)

Min mand Ahmed og jeg skal på ferie i juli, og vores nabo har lovet at passe katten. Men mit egentlige spørgsmål: jeg er TR for 3F på genbrugspladsen, og vi har fået at vide at vi skal arbejde i alle tre ferieuger. Er det kommunens beslutning eller Vestforbrændings?

Mvh Lars Riis""")

M("", """Hej. Hvornår holder Borgerservice sommerlukket? Jeg skal have fornyet pas inden vi rejser. Tak. Mvh Hanne""")

M("p", """Hej Anne (byrådsmedlem)

Min nabo på Ishøj Søvej 42 har sat sit hus til salg, og køberen vil efter sigende lave det om til et 6-værelses udlejningshus. Handlen er ikke endelig endnu. Kan kommunen gøre noget inden, eller er det for sent?

Mvh Jytte""")

M("", """Kan kommunen ikke sætte flere bænke op langs Strandparken? Om sommeren er der ingen steder at sætte sig for ældre. Mvh Ruth""")

M("tb", """Hej borgmester

Jeg er iraner og har boet i Ishøj i 15 år. Jeg er konverteret fra islam til kristendommen, og jeg bliver chikaneret af nogle unge på Vejleåvej når jeg går til gudstjeneste om søndagen. Politiet siger de ikke kan gøre noget. Kan kommunen?

Med venlig hilsen
Reza""")

M("", """Hej. Er der nogen plan for at få fjernet graffitien på tunnellen under Ishøj Boulevard inden sommerferien? Vh Kirsten""")

M("u", """Hej

Jeg er medlem af Lederne og er lige startet som leder af Ishøj Ungdomsskoles sommerprojekt. Jeg har fået en kontrakt, hvor der står at jeg ikke har ret til at holde ferie i juli. Lederne siger det strider mod ferieloven. Hvem skal jeg snakke med?

Venlig hilsen
Søren Hjorth""")

M("", """Hej Byrådet. Jeg er imod at I bruger penge på en ny Pride-festival i Ishøj. Lad folk fejre hvad de vil, men ikke for skatteydernes penge. Mvh Erik""")

M("s", """Hej

Jeg vil gerne takke for at kommunen hejste regnbueflaget i juni. Som lesbisk kvinde der er vokset op i Ishøj i 80'erne betød det meget for mig. Kan I gøre det hvert år?

Kh Dorte Ahlgren""")

M("", """Hej, hvilke dage er der Pride i Ishøj i år? Og er der noget for børn? Mvh Trine""")

M("b", """Til borgmesterens PA

Jeg er aktiv i Extinction Rebellion og vil gerne høre om vi må holde en fredelig demonstration foran rådhuset den 5. juni, grundlovsdag. Vi er cirka 30 personer.

Venlig hilsen
Signe Frost""")

M("", """Hej. Må man demonstrere foran rådhuset uden at søge tilladelse? Det er bare et generelt spørgsmål fra en borger. Mvh Klaus""")

M("he", """Hej Susanne (byrådet)

Jeg ved godt at du ikke kan gøre noget i min sag, men jeg vil gerne fortælle dig om hvordan det er: jeg har kræft i brystet og har haft 2 måneders kemo, og nu har jobcentret indkaldt mig til en samtale om at komme i praktik. Er det sådan Ishøj behandler syge mennesker?

Mvh Lene Birk""")

M("", """Hej, jeg synes det er helt forkert at jobcentret indkalder syge til samtaler. Det bør Beskæftigelsesudvalget se på. Det er en generel holdning, jeg har ikke selv en sag. Vh Mona""")

M("tp", """Hej

Vi er en dansk-pakistansk familie som har budt på et rækkehus på Vejleåvænget. Ejendomsmægleren sagde i telefonen at "sælger helst vil have danske købere". Buddet er ikke accepteret endnu. Kan vi klage til kommunen, eller er det et sted andet?

Mvh Aamir Hussain""")

M("", """Hej, er der statistik på hvor mange huse der er solgt i Ishøj i 2025, og til hvilke priser? Mvh Jens, ejendomsmægler""")

M("bu", """Hej

Jeg er skolelærer, medlem af DLF og aktiv i Alternativet. Jeg vil gerne invitere kommunens skolechef til en debat om skolestart og trivsel i august. Vi holder den på biblioteket. Er skolechefen tilladt at deltage i et arrangement med et parti bag?

Mvh Mathias""")

M("", """Hej. Hvornår er der valg til skolebestyrelserne? Og kan man stille op som bedsteforælder? Mvh Per""")

M("e", """Hej

Jeg vil gerne søge om enkeltydelse til en ny vaskemaskine. Den gamle gik i stykker i maj, og jeg er alene med 3 børn på kontanthjælp. Mit cpr er [[0604861938]].

Mvh Naja""")

M("", """Hej. Kan man søge om enkeltydelse til en vaskemaskine? Jeg er frivillig i beboerrådgivningen i Vejleåparken og får spørgsmålet tit. Hvad er reglerne generelt?""")

M("s", """Hej

Min søn Rasmus og hans mand Niels bliver gift på rådhuset den 28. juni. Må jeg som bedstemor til deres adoptivdatter holde en lille tale i vielsessalen, eller er der ikke tid til det? Vi bliver cirka 25 gæster.

Venlig hilsen
Birthe""")

M("", """Hej kommunen, kan man leje en kørestol i Ishøj til en enkelt dag? Vi holder havefest og vil gerne have en klar, hvis en af de ældre gæster får brug for den. Tak. Vh Pia""")

M("t", """Hej Mona (byrådet)

Jeg er grønlænder og har boet her i 4 år. Jeg søgte job som sommerafløser i daginstitutionerne, men fik at vide at "de ikke havde brug for flere med accent". Jeg ved ikke om det er kommunens holdning. Kan du undersøge det?

Mvh Nivi""")

M("", """Hej. Kan kommunen fortælle hvor mange af de ansatte i daginstitutionerne der har en anden etnisk baggrund end dansk? Jeg skriver en opgave. Tak. Mvh Emma, pædagogstuderende""")

M("p", """Til direktøren for Byudvikling

Jeg har et tilbud fra kommunen på at købe min lejede garage på Gildbrovej, men prisen er 40.000 højere end jeg fik at vide i telefonen. Jeg har ikke skrevet under. Kan I genberegne den?

Venlig hilsen
Frank Hedegaard""")

M("", """Hej, hvad gør kommunen med de gamle garager på Gildbrovej? Skal de sælges? Vi er mange der gerne vil vide det. Hilsen Preben""")

M("u", """Hej

Jeg er tidligere medlem af FOA, men meldte mig ud sidste år. Nu bliver jeg alligevel trukket 498 kr. hver måned via kommunens lønsystem. Jeg arbejder som dagplejer. Kan lønkontoret stoppe det?

Mvh Anita Lund
Medarbejdernr. 34821""")

M("", """Hej. Trækker kommunen kontingent til fagforeninger via lønnen? Jeg troede det var forbudt. Generelt spørgsmål. Mvh Jan""")

M("hbe", """Hej

Jeg er buddhist og mediterer hver dag, og jeg vil gerne høre om der er et stille rum på Ishøj Plejecenter, hvor min mand kan være, når han kommer hjem fra hospitalet efter hjerteoperationen. Han skal være der i aflastning i 3 uger. 

Venlig hilsen
Kamala Jensen""")

M("", """Hej. Er der et stille rum eller et bederum på Ishøj Rådhus? Vi er nogle borgere der har spurgt os selv om det. Mvh""")

M("he", """hej det er mig igen. har stadig ikke fået svar på min ansøgning om hjemmehjælp efter min blodprop i marts. jeg kan ikke selv gøre rent og min datter bor i Jylland. hvor lang tid skal det tage?? mvh Bente, Ishøj Søvej 12""")

M("", """Hej kommunen. Hvor lang er den gennemsnitlige sagsbehandlingstid for hjemmehjælp i Ishøj? Jeg synes det skal op på næste udvalgsmøde. Mvh pensionistforeningen""")

M("t", """Hej

Jeg er af romaer-afstamning, og min familie har haft et stadeplads på Ishøj sommermarked i 12 år. I år har arrangøren afvist os uden grund. Markedet bliver holdt på kommunens grund. Kan I se på det?

Mvh Josef Stanek""")

M("", """Hej. Hvem skal man kontakte for at få en stadeplads på sommermarkedet på Ishøj Torv? Vi sælger honning. Mvh Bi-avlerne i Ishøj""")

M("s", """Hej

Jeg hedder Frederik og jeg er trans og bøsse. Jeg søger om at få ændret mit navn i kommunens skolesystem, så lærerne ikke bruger mit gamle navn når vi starter i 9. klasse. Hvem gør det?

Mvh Frederik (15)""")

M("", """Hej skole. Hvordan gør man, når et barn skifter navn – skal forældrene sende noget, eller bliver det opdateret automatisk fra folkeregistret? Mvh Lisbeth, forælder i skolebestyrelsen""")

M("pe", """Hej

Jeg er blevet skilt og skal sælge mit hus på Ishøj Landsby 14. Min eksmand vil ikke skrive under på salgsaftalen, selvom vi har en køber til 3,2 mio. Jeg får hjælp fra en advokat gennem retshjælpen. Kan kommunen hjælpe med noget i forhold til vores datters skoleplads, hvis jeg skal flytte?

Mvh Maria""")

M("", """Hej. Hvad koster en skilsmisse hos Familieretshuset? Og er det kommunen der behandler den? Mvh en interesseret""")

M("h", """Hej Ishøj Kommune

Min mor (82) har fået en demensdiagnose, og hun har en kolonihave i H/F Engen, som hun ikke længere kan passe. Vi vil gerne finde ud af om hun kan overdrage den til mig. Hvem afgør det?

Mvh Henrik Friis""")

M("", """Hej. Kan man arve en kolonihave? Eller skal den tilbage til foreningen? Generelt spørgsmål. Mvh Lis""")

M("bt", """Kære borgmester

Jeg er sikh, og jeg vil gerne takke kommunen for at have lyttet til os i sagen om turbaner hos redderne. Min søn Harjot har fået sommerjob som livredder på Ishøj Strand og må nu bære sin turban på vagten. Vi kom til Danmark fra Indien i 2008.

Med venlig hilsen
Manpreet Kaur""")

M("", """Hej. Hvad er reglerne for livreddere på Ishøj Strand – skal de være over 18? Og hvor søger man? Tak, Ida (16)""")
