"""Part A: rent, boligstøtte, arrears and eviction; the housing association's rules."""
from common import M

M("e", """
Til borgerrådgiveren

Jeg har i dag fået et brev fra fogedretten om at jeg skal sættes ud af min lejlighed i Vejleåparken den 14. maj. Det handler om husleje for januar og februar som jeg ikke har kunnet betale, i alt 13.460 kr. Jeg har talt med boligselskabet men de siger sagen er sendt videre og de kan ikke gøre mere.

Jeg har to børn på 6 og 9 år og ved ikke hvor vi skal bo. Kan I hjælpe mig med at finde ud af hvem i kommunen jeg skal tale med?

Venlig hilsen
Maja Thorsen
Vejleåparken 41, st. th.
cpr [[210688-2914]]
""")

M("e", """
hej

boligstøtten er stoppet fra 1. april fordi de siger min søn er flyttet hjemmefra og så er min indtægt for høj til to rum?? han bor her stadig bare ikke hele tiden. nu mangler jeg 2100 kr hver måned og kan ikke betale huslejen til maj

hvem kan jeg ringe til

Lone
""")

M("", """
Kære hovedpostkasse

Hvordan beregnes boligstøtte egentlig? Jeg sidder i afdelingsbestyrelsen i Gadekæret, og vi får mange spørgsmål fra beboerne om, hvorvidt boligstøtten stiger, når huslejen stiger efter renoveringen. Findes der en folder eller en side på borger.dk, vi kan henvise til på vores opslagstavle?

Med venlig hilsen
Afdelingsbestyrelsen, Gadekæret
v/ Svend Aagaard
""")

M("he", """
Til byrådsmedlem Karen Dam

Undskyld at jeg skriver til dig direkte, men jeg ved ikke hvad jeg ellers skal gøre. Jeg har været sygemeldt med en svær depression siden efteråret, og jeg er kommet bagud med huslejen. Boligselskabet har sendt mig et påkrav på 9.870 kr. og skriver, at lejemålet bliver ophævet, hvis ikke beløbet er betalt inden 14 dage.

Jeg har søgt om hjælp til huslejerestancen i Ydelsescentret, men har ikke hørt noget i tre uger. Jeg er alene med min datter.

Kan du sige noget om, hvor lang tid sådan en ansøgning normalt tager?

Hilsen
Rikke S.
""")

M("e", """
Hej Ishøj Kommune

Vi har fået en restance-skrivelse fra boligselskabet på 24.300 kr. Min mand har mistet sit arbejde på lageret i Brøndby i december og dagpengene er ikke nok til husleje, el og institution. Vi vil gerne søge om en enkeltydelse eller et lån, så vi kan blive boende.

Hvilket skema skal vi bruge?

Mvh
Sanne og Michael Holt
""")

M("", """
Til beboerne i afdeling 7 (kopi til kommunen til orientering)

Der indkaldes til ordinært afdelingsmøde torsdag den 18. september kl. 19.00 i beboerhuset. På dagsordenen er blandt andet godkendelse af driftsbudget, forslag om ny husorden for vaskeriet og valg af to suppleanter. Budgettet indebærer en huslejestigning på 2,1 %.

Forslag skal være afdelingsbestyrelsen i hænde senest 1. september.

Med venlig hilsen
Afdelingsbestyrelsen
""")

M("et", """
Hello,

I write in English because my Danish is not good yet. My family came to Denmark as refugees from Eritrea in 2019 and we live in Strandgårdsparken. We got a letter that our housing benefit (boligstøtte) will be paid back, 7,200 kr, because my wife started working in a cleaning job. We did not know we had to tell this. We cannot pay this at once.

Can we pay in small parts every month?

Thank you
Yonas Tesfay
""")

M("", """
Hej

Hvad er reglerne for boligstøtte, når man er studerende og bor i en almen familiebolig? Vi diskuterede det i min studiegruppe, og ingen vidste om SU tæller med som indkomst.

Mvh
Emil
""")

M("e", """
Til Ydelsescentret

Hermed ansøgning om boligstøtte fra 1. juni til min nye lejlighed i Ishøj Landsby (2 vær., 61 m², husleje 6.980 kr.). Jeg er på kontanthjælp og har vedlagt lejekontrakten.

Anne-Mette Kjær
CPR [[0304951618]]
""")

M("eu", """
Hej Borgerrådgiver

Jeg har været medlem af 3F i 22 år og nu er min tid sat ned til 25 timer om ugen. Min afdeling i 3F siger at jeg skal søge boligstøtte og at kommunen skal regne med den nye løn og ikke sidste års. Men sagsbehandleren siger det ikke kan lade sig gøre før årsopgørelsen.

Hvem har ret?

Hilsen
Bent Raun
""")

M("", """
Hej

Jeg vil gerne høre hvornår boligselskabet skal sende varsel om huslejestigning. Er det 3 måneder? Det står ikke nogen steder på jeres hjemmeside, og vi har lige fået et opslag i opgangen om ny husleje fra 1. januar.

Mvh beboer i Kirkebjerg Parken
""")

M("e", """
Kære borgmesterens sekretariat

Min far, Arne Pedersen, bor alene i en toværelses i Ishøj Søpark. Han er 81 og har fået hjemmehjælp i et par år. Nu har jeg opdaget, at han ikke har betalt husleje i tre måneder, fordi han har glemt at forny betalingsaftalen, da banken lukkede hans gamle konto. Boligselskabet har truet med at ophæve.

Kan kommunen hjælpe med at få stoppet ophævelsen, mens vi ordner betalingen?

Med venlig hilsen
Jette Pedersen (datter)
""")

M("he", """
hej karen

det er mig fra nr 17 igen. nu er jeg blevet opereret i ryggen og er på sygedagpenge til og med august. huslejen er 8400 og jeg får 14.600 udbetalt, så det hænger ikke sammen. har søgt boligstøtte men de mangler en lønseddel jeg ikke har fordi jeg er syg

kan du skubbe lidt på

hilsen Tommy
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg arbejder som socialrådgiver i et boligsocialt projekt i Vejleåparken. Vi laver i foråret en række informationsmøder om boligstøtte, budget og el-regninger for beboerne. Kan I stille med en medarbejder fra Ydelsescentret en aften i marts eller april?

Venlig hilsen
Helle Brink
Boligsocial medarbejder
""")

M("e", """
Kære borgerrådgiver

Jeg er blevet sat ud af min lejlighed i sidste uge. Fogeden kom tirsdag. Jeg sover nu hos en ven på sofaen i Hundige, men det kan kun være et par uger. Jeg har ringet til kommunen tre gange om en midlertidig bolig og får hver gang at vide at nogen ringer tilbage.

Ingen har ringet.

Kasper Juhl
tlf 28 41 97 03
""")

M("e", """
Hej,

Jeg skriver på vegne af min mor, Birthe Hansen, Ishøj Strandvej 89, 2. tv. Hun har fået en fraflytningsregning på 31.000 kr. fra sit gamle boligselskab, og de har sendt den til inkasso. Hun er på førtidspension og har ingen opsparing. Hun flyttede fordi lejligheden var for dyr.

Hun har givet mig fuldmagt. Hvem i kommunen kan rådgive om gæld?

Venlig hilsen
Kim Hansen
""")

M("", """
Hej

Jeg har et spørgsmål til regningen fra boligselskabet. Der står "opkrævning nr. 1807241193" og "kundenr. 0412774410" men jeg kan ikke se, hvilken måned den gælder. Det er til vandafregningen for afdelingen, som vi i bestyrelsen skal godkende. Kan I hjælpe med at finde ud af hvem man spørger?

Mvh Poul, kasserer i afdelingsbestyrelsen
""")

M("e", """
Til Ydelsescentret

Jeg vil klage over, at min ansøgning om indskudslån er afvist. Jeg har fået tilbudt en lejlighed gennem den boligsociale anvisning efter min skilsmisse, men jeg kan ikke betale depositum på 19.500 kr. Afslaget siger, at min indtægt er for høj, men den er regnet med min eks-mands løn.

Med venlig hilsen
Dorthe Lind
Personnummer: [[190779-1822]]
""")

M("e", """
Hej

Min søn på 19 er blevet smidt ud hjemmefra af sin far og bor nu i en bil. Han har ikke råd til at leje noget. Kan han skrives op til en ungdomsbolig gennem kommunen med det samme, eller skal han stå på den almindelige venteliste?

Hilsen
Gitte, mor til Oliver
""")

M("", """
Kære udvalgsformand

Jeg vil gerne opfordre Social- og Sundhedsudvalget til at se på, om Ishøj kan oprette flere akutboliger. I Roskilde og Brøndby har man prøvet med "skæve boliger", og resultaterne ser fornuftige ud. Der er ikke tale om nogen konkret sag, men jeg følger debatten om hjemløshed i regionen med bekymring.

Venlig hilsen
Lars Fogh
""")

M("eh", """
Til Borgmester

Mit navn er Nadia. Jeg er gravid i 7. måned og bor med min kæreste i et værelse hos hans forældre. Vi har stået på venteliste til en familiebolig i fire år. Kommunen har sagt nej til boligsocial anvisning, fordi vi "har tag over hovedet". Vi er seks mennesker i en lejlighed på 74 m².

Hvordan kan det være rigtigt?

Nadia Rahimi
""")

M("", """
Hej Ishøj Kommune

Vi har hørt i nyhederne at boligstøttesatserne stiger fra nyår. Gælder det også folk der bor i andelsboliger, eller kun almene boliger? Spørger bare generelt fordi vi overvejer at flytte.

Venlig hilsen
Malene
""")

M("e", """
Til hovedpostkassen

Vedr. min ansøgning om boligydelse (jeg er folkepensionist)

Jeg har ikke fået svar siden 3. marts. Min husleje er steget med 600 kr. om måneden efter renoveringen, og min pension rækker ikke. Jeg bor i Tranegilde 12 og har boet her siden 1979.

Med venlig hilsen
Inger Marie Nørgaard
[[120341-0428]]
""")

M("eh", """
Hej igen

Sagsnummer 2024-118734 (svar på jeres mail af 2. maj)

Jeg har nu vedlagt lægeerklæringen. Som I kan se, er jeg i behandling for bipolar lidelse og har været indlagt to gange i år. Det er grunden til at huslejen ikke blev betalt i den periode. Jeg søger stadig om hjælp til restancen på 11.200 kr., så jeg ikke mister lejligheden.

Mvh
Jonas Kragh
""")

M("", """
Til Center for Byudvikling og Natur

I boligselskabets nye husorden står der, at udsættelse kan ske ved gentagne brud på reglerne om affald. Er det noget kommunen har godkendt? Jeg synes det lyder voldsomt, og vi skal stemme om den på afdelingsmødet.

Venlig hilsen
Tove Lassen
""")

M("e", """
hej

har fået brev om at mit el bliver lukket på fredag. skylder 4700 til elselskabet. er på kontanthjælp og har to små. hvad gør jeg

Sofie
""")

M("e", """
Til borgerrådgiver

Jeg vil klage over sagsbehandlingen i min boligstøttesag. Jeg har sendt de samme papirer tre gange (lejekontrakt, lønsedler, skilsmissepapirer), og hver gang får jeg at vide at noget mangler. Nu har jeg ikke fået boligstøtte i fire måneder.

Jeg vil også gerne vide om jeg kan få pengene med tilbagevirkende kraft.

Mvh Camilla Brandt
""")

M("", """
Hej

Vi er en gruppe beboere der vil lave en låneordning for værktøj i kælderen. Kræver det tilladelse fra kommunen eller kun fra boligselskabet? Der er ikke noget med penge, det er bare udlån.

Mvh
Beboerne i opgang 14
""")

M("e", """
Kære Ishøj Kommune

Jeg har fået en opsigelse fra min udlejer, fordi jeg har haft hund uden tilladelse. Jeg har 3 måneder til at flytte. Jeg har stået på venteliste i KAB i mange år, men der er ingen ledige boliger.

Jeg er arbejdsløs og får dagpenge fra ASE. Kan kommunen anvise mig en bolig?

Mvh
Peter Juul
""")

M("e", """
Til Ydelsescentret, Ishøj

Ansøgning om hjælp til flytning

Jeg har fået en mindre og billigere lejlighed i Vildtbanegård, fordi jeg ikke længere kan betale den store. Jeg søger hjælp til flytteudgifter (flyttebil ca. 2.800 kr.). Jeg modtager uddannelseshjælp.

Med venlig hilsen
Mikkel Rask, [[140503 4217]]
""")

M("", """
Hej

Hvordan fungerer kommunens anvisningsret til almene boliger? Hvor mange boliger anviser kommunen om året i Ishøj, og hvad er kriterierne? Jeg skriver en opgave om boligpolitik på RUC.

Venlig hilsen
Clara Vestergaard
""")

M("he", """
Kære borgerrådgiver

Min mand har ALS og sidder i kørestol. Vi bor på 2. sal uden elevator, og han har ikke været ude af lejligheden siden jul. Vi har søgt om boligskift til en stueetagebolig, og boligselskabet siger at de venter på en indstilling fra kommunen. Kommunen siger at det er boligselskabets sag.

Vi bliver sendt frem og tilbage.

Med venlig hilsen
Hanne Søndergaard
""")

M("e", """
Til byrådsmedlem Ole Nielsen

Jeg ved godt at du ikke kan behandle min sag, men jeg vil bare have at nogen i byrådet ved det: Jeg er 58, blev fyret i februar efter 30 år samme sted, og nu har boligselskabet varslet udsættelse for restance. Jeg har aldrig før skyldt nogen noget.

Hilsen
Verner Kolding
""")

M("e", """
Hej

Mine forældre er skilt og jeg bor hos min mor i en etværelses, jeg sover i stuen. Jeg er 17. Kan jeg søge om mit eget værelse gennem kommunen? Min mor siger vi ikke har råd til noget større.

Amalie
""")

M("", """
Kære Borgmester

Tillykke med den nye boligpolitik. Jeg synes det er rigtigt at Ishøj vil have en mere blandet beboersammensætning, men jeg savner noget om, hvad der sker med huslejen for dem der allerede bor her. Vil I holde et borgermøde om det?

Med venlig hilsen
Birgit Holm
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg skriver som mor. Min datter Line på 24 har bostøtte fra jer to timer om ugen i sin lejlighed i Strandgårdsparken. Nu har bostøttemedarbejderen sagt op, og ingen er kommet i tre uger. Line har ikke åbnet sin post, og der ligger en rykker fra boligselskabet.

Hvem tager over?

Hilsen
Marianne Friis
""")

M("eh", """
Hej.

Min nabo i nr. 22, fru Ellen Bech, har ikke været ude i to uger og hun har lige været indlagt med hjertesvigt. Hun fortalte mig at hun ikke har penge til husleje fordi hendes pension gik til medicin. Hun vil ikke selv ringe til jer. Kan nogen fra kommunen komme forbi?

Venlig hilsen
Søren (nabo)
""")

M("", """
Hej

Hvad koster det at leje beboerlokalet i Vejleåparken til en fødselsdag? Og er der rabat hvis man bor i afdelingen? Vi er 30 personer.

Mvh Hanne
""")

M("e", """
Til hovedpostkassen

Vedrørende huslejerestance: Jeg har indgået en afdragsordning med boligselskabet om 1.000 kr. om måneden, men nu trækker Udbetaling Danmark også i min boligstøtte for et gammelt tilbagebetalingskrav. Der bliver ikke noget tilbage til mad.

Kan jeg få trækket sat ned?

Venlig hilsen
Ali Yilmaz
CPR-nr. [[111182–3105]]
""")

M("", """
Hej

Kan I sende mig et link til kommunens regler for fremleje af almene boliger? Jeg skal til udlandet et halvt år på arbejde og vil gerne fremleje min lejlighed. Boligselskabet har sagt ok hvis kommunen ikke har indvendinger.

Mvh Andreas
""")

M("e", """
Kære Borgerrådgiver

Jeg har været hjemløs i syv måneder efter at jeg kom ud fra fængslet. Kriminalforsorgen sagde at kommunen ville have en bolig klar, men der var ingenting. Jeg bor på herberg i København, men jeg er stadig tilmeldt i Ishøj.

Jeg vil gerne vide om jeg er skrevet op til noget.

R. Madsen
""")

M("e", """
hej med dig

jeg har fået 2 rykkere fra varmeselskabet og en fra boligselskabet samme uge. min kæreste er flyttet og jeg står alene med det hele, han betalte halvdelen. har ikke noget arbejde lige nu. kan jeg få nogen at snakke med om økonomi?? ikke en sagsbehandler bare en der kan hjælpe mig med at lave budget

Nanna
""")

M("", """
Til Ishøj Kommune

Vi har fået en regning fra boligselskabet, men beløbet er for en afdeling vi ikke bor i. Fakturanr. 2108951034, reg.nr. 2191, konto 6871102344. Er det en fejl i jeres system eller i boligselskabets? Vi er ret sikre på at vi ikke skylder noget.

Mvh Familien Holst
""")

M("eh", """
Til Ydelsescentret

Jeg har søgt om enkeltydelse til nye senge og sengetøj, efter at vi har haft væggelus i hele lejligheden. Boligselskabet har betalt bekæmpelsen, men vi skal selv betale nyt inventar. Min yngste har fået så mange bid at lægen har givet ham creme og antihistamin. Jeg er enlig og på kontanthjælp.

Med venlig hilsen
Jamila
""")

M("", """
Hej

Er der nogen i kommunen der kan forklare hvordan den nye huslejeberegning i forbindelse med helhedsplanen fungerer? Vi har fået et brev med tre scenarier og forstår ikke forskellen. Det gælder hele afdelingen, ikke bare os.

Hilsen
Beboer, Gadekæret
""")

M("e", """
Til Karen Dam, byrådet

Jeg er enke og har lige fået afslag på boligstøtte fordi min afdøde mand havde en lille pension, som stadig bliver regnet med. Han døde i november. Hvordan kan det være, at de tæller penge med, som ikke kommer mere?

Venlig hilsen
Grethe Mortensen
""")
