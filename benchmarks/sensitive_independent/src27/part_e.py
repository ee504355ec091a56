"""Part E: long practical mails to council members and the mayor's PA (roads, parking fines,
permits, events) with orientation, belief, origin or union in one clause; several
multi-category mails; a few hard negatives."""
from common import M

M("sb", """
Kære Jens Kristian (byrådsmedlem)

Tak for sidst ved vælgermødet i Ishøj Kulturhus. Jeg lovede at sende dig noget om cykelstien langs Ishøj Strandvej, så her er det.

Stien er ikke ryddet for sne de sidste to vintre, før kl. 9, og i januar lå der is i tre dage. Der er mange, der cykler til stationen.

Jeg vil også gerne sige, at jeg som homoseksuel og medlem af Radikale Venstre var glad for, at du tog ordet om Pride-flaget. Det betyder noget for min mand og mig.

Venlig hilsen
Kasper Lindholm
Strandvejen 201
""")

M("", """
Kære Jens Kristian (byrådsmedlem)

Tak for vælgermødet. Jeg er enig med dig i, at flaget skal hænge under Pride, men endnu vigtigere er vintervedligeholdelsen af cykelstien langs Ishøj Strandvej, som ikke er ryddet før kl. 9. Kan du tage det op i udvalget?

Venlig hilsen
Kasper Lindahl
""")

M("u", """
Til borgmesterens PA

Jeg vil gerne have et møde med borgmesteren om den manglende belysning på stien mellem Ishøj Station og Vejleåparken. Jeg går der kl. 5 hver morgen til mit arbejde som rengøringsassistent, og det er helt mørkt. Vi er fem kvinder fra samme hold, der går sammen for at føle os trygge.

Jeg er medlem af Serviceforbundet, og vi har talt om det på et klubmøde.

Med venlig hilsen
Bente Aagaard
""")

M("tu", """
Hej

Jeg er rumæner og har arbejdet på byggepladsen på Ishøj Boulevard i syv måneder. Jeg har fået en parkeringsafgift fordi vores firmavan stod på det forkerte sted, men det var byggelederen, som sagde vi skulle stille den der. Jeg er medlem af 3F nu, og de siger jeg skal klage til jer. Afgift nr. 55411902.

Thank you
Ionut Popescu
""")

M("", """
Hej

Hvem har ansvaret for parkeringen på byggepladsen ved Ishøj Boulevard? Håndværkernes varevogne står på fortovet hver dag, og det er umuligt at komme forbi med barnevogn.

Mvh
Sara Lind
""")

M("b", """
Kære Kultur- og Fritidsudvalg

Vi vil gerne søge om tilskud til vores sommerlejr for børn fra Ishøj. Vi er en lille katolsk menighed, som samles i Sankt Knuds Kirke i Glostrup, men 22 af børnene bor i Ishøj. Jeg er selv katolik og leder lejren som frivillig.

Budget og program er vedhæftet. Ansøgningsfristen er 1. marts, så det burde være i tide.

Med venlig hilsen
Maria Kowalczyk
""")

M("", """
Kære Kultur- og Fritidsudvalg

Kan religiøse foreninger søge tilskud fra Ishøj Kommunes fritidspulje? Vi er en gruppe forældre, der vil starte en spejdergruppe, og vi overvejer at gøre det sammen med KFUM.

Med venlig hilsen
Jens Olsen
""")

M("t", """
Hej,

Jeg ville gerne spørge til min ansøgning om byggetilladelse til et drivhus (sagsnr. 26-15566). Jeg har ringet tre gange, og hver gang får jeg at vide, at jeg skal ringe igen. Jeg er ikke dansk, jeg er fra Eritrea, og jeg tror måske at de har svært ved at forstå mig i telefonen, så derfor skriver jeg.

Tak.
Tesfay Haile
""")

M("se", """
Til borgerrådgiveren

Jeg vil gerne klage over en medarbejder i Borgerservice. Da jeg og min kone skulle skrive os op til en ældrebolig i fællesskab, spurgte medarbejderen, "hvem af jer er manden så?", og grinede. Vi er to kvinder på 71 og 74 og har været gift i ti år. Det var ydmygende.

Vi vil ikke nødvendigvis have nogen straffet, men vi vil gerne have en undskyldning.

Venlig hilsen
Inge Lauritzen
""")

M("", """
Til borgerrådgiveren

Hvordan klager man over en medarbejder i Borgerservice, der var uhøflig ved skranken? Det var ikke noget alvorligt, men jeg synes de skal vide det.

Venlig hilsen
Jytte Lunde
""")

M("bt", """
Kære borgmester

Jeg er formand for Ishøj Jødiske Forening, som har omkring 20 medlemmer, og jeg er selv jøde. Vi vil gerne søge om at få lov til at tænde en stor chanukka-lysestage på Ishøj Torv i december, som man gør i andre byer.

Vi har talt med politiet om sikkerheden. Hvem skal vi søge om tilladelse hos?

Med venlig hilsen
David Rosenthal
""")

M("", """
Kære borgmester

Hvem søger man hos, hvis man vil stille et stort juletræ eller en lysestage op på Ishøj Torv? Vores grundejerforening vil gerne pynte op.

Med venlig hilsen
Ulrik Holm
""")

M("p", """
Kære byrådsmedlem Karina

Jeg skriver, fordi vi har ventet i 14 uger på en byggetilladelse til en tilbygning på Industrivej 47, hvor vores lille virksomhed ligger. Vi har fået et bud på hele erhvervsgrunden fra et logistikfirma, men køberen vil kun betale den aftalte pris, hvis tilladelsen er givet. Handlen falder bort den 1. december, hvis der ikke er svar.

Kan du sætte fart på?

Venlig hilsen
Henning Aabo, Aabo Skilte ApS
""")

M("", """
Kære byrådsmedlem Karina

Hvorfor tager byggesager så lang tid i Ishøj? Jeg har læst, at den gennemsnitlige sagsbehandlingstid er 14 uger, hvor den i Greve er 6. Hvad vil du gøre ved det?

Venlig hilsen
Henning Aaby
""")

M("he", """
Hej Louise (udvalgsformand)

Jeg er mor til Freja, 14 år, som bruger den gamle ungdomsklub i Vejleåparken. Klubben lukker nu kl. 19, og det gør at hun går rundt i bycentret om aftenen.

Freja har en spiseforstyrrelse og går i behandling i Børne- og Ungdomspsykiatrien, og klubben er et af de få steder, hun har det godt. Vi har også en forebyggende foranstaltning gennem kommunen, en kontaktperson, som mødes med hende i klubben. Kan åbningstiden ikke udvides igen?

Mvh
Anja Holst
""")

M("", """
Hej Louise (udvalgsformand)

Jeg synes det er en dårlig idé at lukke ungdomsklubben kl. 19. De unge går rundt i bycentret om aftenen i stedet. Mange børn i Vejleåparken har ikke andre steder at være.

Mvh
Anja Holt
""")

M("u", """
hej

jeg er tr for chaufførerne hos Arriva på linje 128 og vi har haft 3 nærved-ulykker ved det nye vejbump ved Ishøj Landsby. det er sat alt for tæt på stoppestedet. kan nogen kigge på det før der sker noget

hilsen Kenneth
""")

M("", """
hej

det nye vejbump ved Ishøj Landsby er for tæt på busstoppestedet, bussen hopper helt vildt. er det meningen?

hilsen Kenneth
""")

M("ts", """
Kære Kultur og Fritid

Jeg vil gerne leje Ishøj Medborgerhus til en fest den 3. maj. Det er vores bryllupsfest, og vi bliver omkring 120 gæster.

Min mand Omar er fra Libanon og jeg er dansk, og vi er begge mænd, så hans familie kommer ikke alle sammen. Men vi har mange venner. Er salen ledig, og hvad koster det med køkken?

Venlig hilsen
Simon Vestergaard
""")

M("b", """
Hej

Vedr. ansøgning om tilladelse til at holde en demonstration ved Rådhuset den 22. april.

Vi er en gruppe fra Extinction Rebellion Vestegnen, og jeg er lokal kontaktperson. Vi forventer 30-40 deltagere, og vi vil holde os på pladsen foran. Skal vi også kontakte politiet?

Mvh
Ida Thomsen
""")

M("", """
Hej

Skal man søge kommunen om lov til en demonstration foran rådhuset, eller er det kun politiet? Jeg spørger på vegne af elevrådet på Ishøj Gymnasium, som vil lave en klimademonstration.

Mvh
Oskar Lind
""")

M("e", """
Kære borgmester

Jeg vil gerne klage over, at kommunen har fjernet parkeringspladsen foran min opgang på Strandgårdsparken. Jeg kører min søn, som er i aflastning hver anden weekend, og jeg kan ikke bære ham helt fra P-pladsen ved bycentret.

Det er svært nok at være alene med et handicappet barn og på kontanthjælp i forvejen.

Venlig hilsen
Lotte Brandt
""")

M("", """
Kære borgmester

Hvorfor er der fjernet parkeringspladser foran opgangene på Strandgårdsparken? Det går ud over de ældre og gangbesværede. Jeg håber at byrådet kan finde en løsning.

Venlig hilsen
Beboerrådet i Strandgårdsparken
""")

M("hb", """
Hej

Jeg har fået en bøde for at parkere på handicappladsen ved Ishøj Kirke. Jeg har handicapkort, men det lå på sædet og ikke i forruden. Jeg var til gudstjeneste og har en kunstig hofte, så jeg kan ikke gå langt. Afgiftsnr. 20558811.

Venlig hilsen
Aase Gram
""")

M("", """
Hej

Hvor mange handicappladser er der ved Ishøj Kirke? Der er altid fuldt om søndagen.

Venlig hilsen
Aase Greve
""")

M("tu", """
Kære Beskæftigelsesudvalget

Jeg er fra Pakistan og har boet i Ishøj i 12 år. Jeg er elektriker og medlem af Dansk El-Forbund. Jeg vil gerne foreslå, at kommunen laver et netværk for faglærte indvandrere, der vil starte egen virksomhed. Jeg vil gerne være med til at starte det.

Med venlig hilsen
Asif Mahmood
""")

M("", """
Kære Beskæftigelsesudvalget

Har kommunen nogen tilbud til indvandrere, der vil starte egen virksomhed? Jeg har set det i Albertslund.

Med venlig hilsen
Hans Jensen
""")

M("s", """
Hej Ishøj Svømmehal

Vi er et par, to mænd, som gerne vil tilmelde os familiesvømning med vores datter på 2 år om søndagen. Skal begge forældre have et kort, eller gælder det pr. familie? Og er der babysvømning på samme tid?

Hilsen
Thomas og Anders
""")

M("", """
Hej Ishøj Svømmehal

Hvordan fungerer familiekortet, gælder det for to voksne og alle børn? Og er der babysvømning om søndagen?

Hilsen
Thomas
""")

M("b", """
Til Ishøj Bibliotek

Jeg har bestilt et lokale til vores humanistiske læsekreds den første tirsdag i måneden, men bookingen er slettet. Vi er otte ateister, der mødes og læser filosofi. Kan I rette bookingen for resten af året?

Mvh
Kim Svendsen
""")

M("", """
Til Ishøj Bibliotek

Kan man booke et lokale til en læsekreds, der mødes fast en gang om måneden? Hvad er reglerne?

Mvh
Kim Svensson
""")

M("tb", """
Kære Teknik- og Miljøudvalget

Vi er en gruppe tyrkiske familier, der bor i Ishøj Landsby, og vi spiser i vores haver om aftenen under ramadanen. Vi vil gerne bede om at gadelysene på stien ved Landsbygaden bliver tændt tidligere. Jeg er selv sunnimuslim og en af dem, der arrangerer fællesspisningen.

Venlig hilsen
Mehmet Yildiz
""")

M("", """
Kære Teknik- og Miljøudvalget

Hvornår tænder gadelyset i Ishøj Landsby? Det virker til at være sent om aftenen i vinterhalvåret.

Venlig hilsen
Bjørn Yde
""")

M("ue", """
Hej Jobcentret

Jeg er blevet opsagt fra mit job som lagermedarbejder og har fået at vide af min fagforening, Fødevareforbundet NNF, at jeg skal melde mig ledig hos jer. Jeg har ansøgt om dagpenge.

Mvh
Jesper Lindgren
""")

M("eu", """
hej

jeg er blevet fyret og skal melde mig ledig, men jeg er ikke sikker på om min a-kasse er den fra HK eller om jeg har meldt mig ud. kan i se det? mit cpr er [[1902882301]]

mvh Sabrina
""")

M("", """
hej

hvor lang tid har man til at melde sig ledig efter man er blevet fyret? jeg spørger for en ven

mvh Sabrina
""")

M("h", """
Hej vej og park

Mit barnebarn faldt på cykel i et hul på stien ved Ishøj Sø, fik hjernerystelse og brækkede armen, og var indlagt to dage på Hvidovre. Hullet er stadig ikke lappet. Jeg vil gerne have at I gør noget før det sker igen.

Mvh
Erling Frost
""")
