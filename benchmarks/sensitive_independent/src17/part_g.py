"""Part G: mixed writers about relatives, friends and clients — top-up for orientation, belief, ethnicity and CPR; short negatives."""
from common import M

M("s", """
Hej, jeg er bøsse og min kæreste Rasmus og jeg vil gerne være plejefamilie. Kan to mænd godkendes i Ishøj? /Mikkel
""")

M("se", """
Kære Familieafdelingen

Min ekskone og jeg har fælles forældremyndighed over vores datter. Efter jeg er blevet gift med min mand, Tobias, har hun stoppet samværet og siger til Familieretshuset at "det er ikke et sundt hjem". Kan kommunen udtale sig?

Mvh Anders Kähler, [[070883-1457]]
""")

M("", """
Hvad er reglerne for at blive godkendt som plejefamilie? Generelt spørgsmål, vi overvejer det.
""")

M("s", """
Hej

Min datter Emilie (19) og hendes kæreste Sara er lige flyttet sammen i en ungdomsbolig og skal have fælles adresse. Der står kun "ægtefælle" eller "samlever af modsat køn" i jeres formular. Kan I rette den?

Mvh Henning
""")

M("s", """
hej jeg er aseksuel og har fået at vide af min sagsbehandler at "det går nok over". jeg synes ikke det er i orden at hun kommenterer på det. hvordan klager jeg? /Line
""")

M("", """
Hvornår er Regnbuecaféen på biblioteket åben? Min nabo spurgte mig.
""")

M("sb", """
Kære sognepræst og kommune

Vi er to kvinder, Maria og Jeanette, der gerne vil giftes i Ishøj Kirke. Vi er begge medlemmer af folkekirken og troende. Præsten har sagt nej med henvisning til sin samvittighed. Hvordan får vi en anden præst?

Venlig hilsen
Maria Fogh
""")

M("s", """
Til Sundhedsplejen

Vi er en regnbuefamilie – mig, min kone Camilla, og vores søn på 3 måneder. Sundhedsplejersken spurgte tre gange om "hvem faren er". Vi vil gerne have en anden sundhedsplejerske.

Mvh Julie Bak
""")

M("", """
Har kommunen en politik for LGBT+-medarbejdere? Jeg skriver en bacheloropgave om kommunernes mangfoldighedspolitikker.
""")

M("she", """
Hej

Min søn Frederik på 24 er homoseksuel og HIV-positiv. Han er flyttet hjem til os i Ishøj efter et brud og har svært ved at komme til behandling på Hvidovre. Kan han få befordringsgodtgørelse?

Mvh Birgit Laursen
""")

M("s", """
Kære Carsten

Min mand Klaus og jeg (Ole) har boet på Strandager i 30 år. Naboen har i et år råbt "bøssesvin" efter os, når vi går tur. Vi har anmeldt det til politiet, men vil også gerne have at vores byrådsmedlem ved det.

Hilsen Ole Sander
""")

M("", """
Vi er et hold der vil arrangere en queer filmaften i Kulturhuset. Skal vi søge tilskud eller leje salen?
""")

M("st", """
Hej

Jeg er ung, lesbisk og har tyrkisk baggrund. Min familie ved ikke noget, og jeg er bange for hvad der sker, hvis de finder ud af det. Jeg har brug for et sted at bo. Hvem i kommunen kan jeg tale med i fortrolighed? Jeg er 18.

(skriver ikke mit navn)
""")

M("s", """
Hej Lene

jeg (Thomas) og min kæreste Mads skal adoptere, og vi skal have en udtalelse fra kommunen til adoptionssamrådet. hvor lang tid tager det?

tak, Thomas
""")

M("s", """
Til Ishøj Kommune

Jeg er en kvinde på 67 og bor med min kæreste, Bente, i en ældrebolig på Vildtbanegård. Vi ønsker at få en fælles lejekontrakt, men boligkontoret kræver at vi er gift. Er det korrekt?

Mvh Lis Hermansen
""")

M("", """
Hvorfor hejste kommunen ikke regnbueflaget i år? Jeg synes det er en forkert beslutning.
""")

M("sh", """
Hej

Jeg er transkønnet og homoseksuel og har været på venteliste til kønsbekræftende behandling i 2 år. Jeg er blevet meget deprimeret. Kan kommunen hjælpe med psykologhjælp imens?

Alex (Ishøj)
""")

M("", """
Kære kommune, hvor mange kirkelige vielser og borgerlige vielser var der i Ishøj i 2024? Det er til en artikel.
""")

M("be", """
Hej

Jeg er medlem af Mosaisk Trossamfund og spiser kun kosher. Min mor er indlagt på et af kommunens aflastningspladser, og hun får ikke kosher mad. Kan det løses?

Mvh David Rosen
""")

M("be", """
Til Borgerservice

Min far er konverteret til islam og har bedt om at blive begravet efter muslimsk skik, men min mor – som er hans værge, fordi han er på plejehjem – vil have en kirkelig begravelse. Hvem bestemmer, når tiden kommer?

Mvh Kasper Nyholm
""")

M("b", """
kære borgmester. jeg stemte på dig sidste gang, men efter at I lukkede biblioteket i Torslunde stemmer jeg Alternativet næste gang. /Grete
""")

M("", """
Hej. Hvor kan man stemme til kommunalvalget i Ishøj Strand? Er Strandgårdsskolen stadig valgsted?
""")

M("b", """
Hej Peter

Jeg er aktiv i Extinction Rebellion og står bag aktionen ved rådhuset i fredags. Vi fik en bøde for at sætte plakater op. Jeg mener vi har ret til at demonstrere. Kan jeg klage?

Mvh Freja Lund
""")

M("bt", """
Til Center for Børn og Forebyggelse

Vi er en eritreisk-ortodoks familie, og vores søn på 5 skal ikke spise svinekød i fasten. Institutionen serverer det alligevel. Kan I tale med dem?

Med venlig hilsen
Tesfay Gebre
""")

M("b", """
Hej

Min mor er pacifist og kvæker, og hun har fået at vide at hun skal deltage i et kommunalt kursus med beredskabstema som en del af sin jobplan. Hun vil ikke af samvittighedsgrunde. Er der alternativer?

Vh Ida Hørby
""")

M("", """
Hvornår er der næste gang borgermøde om ny moské i Ishøj? Jeg vil gerne deltage og høre argumenterne.
""")

M("b", """
Kære Kirsten

Som medlem af Dansk Folkeparti og din politiske modstander vil jeg alligevel sige tak for din hjælp med min mors sag. Det var godt arbejde.

Mvh Palle Holm
""")

M("t", """
Hej

Min svigerdatter er fra Vietnam og har lige fået sin mor på besøg. Moren er faldet og har brækket armen, og hun har ikke dansk sygesikring. Hvem betaler regningen?

Mvh Ebbe
""")

M("te", """
Hej Kommunen

Jeg er inuk fra Grønland og bor i Ishøj. Jeg får hele tiden at vide på jobcentret at jeg skal tage et danskkursus, selvom jeg er dansk statsborger og har talt dansk hele livet. Det er krænkende.

Mvh Naja Kleist
""")

M("", """
Er der en grønlandsk forening i Ishøj? Jeg kender nogen der lige er flyttet hertil.
""")

M("te", """
Til Ydelsescentret

Jeg er syrisk og kom som flygtning i 2015. Jeg har fået at vide at min selvforsørgelsesydelse bliver nedsat fordi jeg ikke har bestået danskprøven. Jeg har tre børn. Hvordan klager jeg?

Mvh Basel Hamdan
""")

M("t", """
Kære byrådsmedlem

Vores søn er adopteret fra Colombia, og på hans skole siger en lærer til ham at han er "den lille mexicaner". Vi har talt med skolelederen uden resultat.

Mvh Jens og Hanne Brix
""")

M("", """
Hvor mange flygtninge har Ishøj Kommune modtaget i 2024, og hvor mange er i job efter tre år? Spørgsmål til avisen.
""")

M("th", """
Hej

min nabo er romani og har en søn med autisme, som ikke får den specialskoleplads han er visiteret til. hun tror det er fordi hun er sigøjner. hun har bedt mig skrive. vh Lisbeth, Gildbroparken 21
""")

M("t", """
Hej

Jeg er pakistaner og sælger grøntsager på torvedagen. En kommunal kontrollant sagde "jer pakistanere snyder altid med vægten". Jeg vil klage over hans opførsel.

Mvh Imran Qureshi
""")

M("", """
Har kommunen et tilbud om danskundervisning om aftenen for folk, der arbejder i dagtimerne?
""")

M("h", """
Til Hjemmeplejen

Vedr. Karen Mikkelsen, cpr [[1502341018]]. Datteren her. Mor kan ikke længere klare trappen efter sin hjertestop-episode. Kan hun få en trappelift?

Mvh Janni
""")

M("e", """
Hej

Min søster Bente, [[200965 2250]], har fået afslag på boligstøtte. Hun bor alene og får kun fleksjobsydelse. Kan I se på sagen igen? Jeg har fuldmagt.

Mvh Kirsten
""")

M("", """
Hej, hvad er faktura nr. 1408952216 for? Jeg har fået en regning fra kommunen, men jeg kan ikke se hvad den dækker. Kundenr. 0305721188.
""")

M("h", """
Kære Visitationen

Fra Lis Kragh, datter af Knud Kragh, [[011142-1389]]. Far har fået konstateret tarmkræft og skal have stomi. Han har brug for hjælp til at skifte poserne, indtil han lærer det selv.

Mvh Lis
""")

M("", """
Til Ejendomsskat. Min opkrævning har bilagsnummer 250324-0099 og kundenummer 1212551234. Jeg vil gerne betale i rater. Mvh Ole Rask
""")

M("e", """
Hej

Jeg er bostøtte for Michael Krogh, cpr. [[130599–4321]]. Han har fået en huslejerestance og risikerer udsættelse. Han modtager uddannelseshjælp. Kan vi aftale en afdragsordning med kommunen?

Mvh Anja, bostøtte
""")

M("", """
Hej. Jeg skal bruge en kopi af mit sygesikringskort, det er gået i stykker. Hvordan bestiller jeg et nyt?
""")

M("he", """
Kære kommune

Min far, Vagn Holm, [[260328 0957]], er 97 og har lige fået en lungeemboli. Han har søgt om plejebolig, men har fået at vide at han først kan komme i betragtning om 4 måneder.

Mvh Jytte Holm
""")

M("e", """
Hej

Jeg er kurator og skriver om Lennart Bjerg, [[050576-1843]], der er under gældssanering. Han har et tilgodehavende hos kommunen på 11.400 kr. Kan beløbet udbetales til boet?

Advokat Nina Holst
""")

M("", """
Mit telefonnummer er 28 14 05 76 og mit kundenr. hos Ishøj Forsyning er 1904881234. Vil I ringe til mig om vandmåleren?
""")

M("h", """
Til Sundhedsafdelingen

Vedr. min datter Luna, cpr [[091019-4786]]. Hun har fået konstateret cøliaki og skal have glutenfri kost i vuggestuen. Kan institutionen få besked?

Mvh Martin Sejr
""")

M("e", """
Kære Lone

Min datter Andrea, [[230704 4972]], skal anbringes på et opholdssted. Jeg vil gerne vide hvornår jeg kan få samvær med hende.

Mvh Rikke
""")

M("", """
Hej, jeg har et journalnummer 27.12.04-A00-3-25 og vil gerne vide status. Det handler om en vejlukning.
""")

M("u", """
Hej, jeg er TR for 3F på gartneriet og medlem siden 1998. Min leder har ændret mine arbejdstider uden varsel. Cpr [[181264-2379]] hvis det skal bruges. /Henrik Lynge
""")

M("ht", """
Hej

Min kone er fra Filippinerne, Maricel Andersen, [[041181-2244]]. Hun har fået diagnosen brystkræft, og vi har brug for en tolk på tagalog til samtaler med sygeplejersken.

Mvh Kurt Andersen
""")

M("", """
Til Center for Borger: P-nummer 1012345678 og CVR 32145678 – vi vil gerne ændre vores forenings adresse.
""")

M("sb", """
Hej

Jeg er imam og skriver for en ung mand i menigheden, som har betroet mig at han er homoseksuel og ønsker hjælp fra kommunens rådgivning uden at familien får det at vide. Han er praktiserende muslim. Kan I anvise en diskret rådgiver?

Med venlig hilsen
Imam Said
""")

M("", """
Hvad er CPR-kontorets åbningstider? Jeg skal have et nyt personnummer-bevis til mit barn.
""")

M("s", """
Kære Lars

Tak for din tale ved Pride i Ishøj. Som lesbisk mor til to har det betydet meget for mig og min kone at se kommunen bakke op.

Kh Louise Bang-Olsen
""")

M("p", """
Hej. Vi har fået et bud på vores rækkehus på Baldersbækvej, men køberen vil have kommunens svar om støjvolden først. Hvornår kommer det? /Trine og Ali
""")

M("", """
Ældrerådets budget for 2025 er på 85.000 kr. Hvad bruges pengene til? Jeg vil gerne se en oversigt.
""")

M("hpe", """
Kære kommune

Jeg er ejendomsmægler for Lisa Holm, [[300659-2170]], som sælger sin lejlighed på Vejlebrovej fordi hun er gået på førtidspension efter en blodprop. Køberen har taget forbehold for finansiering. Lisa spørger om hun kan bevare boligstøtten i den nye lejebolig.

Mvh Kasper Dahl, Nybolig
""")

M("", """
Hej. Hvordan melder man sig ud af folkekirken? Det er til en ven der spørger.
""")

M("t", """
Hej

Den nye pige på mit hold i Ishøj Taekwondo, Leila, er kurdisk fra Irak og taler ikke dansk endnu. Har kommunen en tolk, vi kan låne til forældremødet? Hendes far har sagt ja til at jeg skriver.

Mvh træner Mikael
""")
