"""corpus64 part A: debt, rent arrears, eviction, boligstøtte, gældsrådgivning."""
from common import M

M("e", """
Hej

Min boligstøtte er stoppet fra 1. marts, og jeg har ikke fået noget brev om hvorfor.
Jeg bor stadig alene i lejligheden på Vejleåvej, og min indkomst er den samme som sidste år.
Kan I se på det, inden jeg også kommer bagud med huslejen?

Cpr [[230791-2418]]

Mvh
Sanne Holm
""")

M("e", """
Til borgerrådgiveren

Jeg skriver fordi jeg ikke ved hvor jeg ellers skal gå hen. Boligselskabet har sendt mig en ophævelse af lejemålet, fordi jeg skylder for februar og marts. Jeg har to børn på 6 og 9 år, og vi har ingen steder at tage hen, hvis vi bliver sat ud. Jeg har ringet til Borgerservice tre gange og fået at vide, at jeg skal søge om hjælp til huslejerestancen, men ingen har forklaret mig hvordan, og fristen i brevet er om otte dage.

Kan du hjælpe mig med at finde ud af, hvem i kommunen der tager sig af det?

Venlig hilsen
Mette (vil helst ikke have mit efternavn med, hvis det kommer videre)
""")

M("he", """
Kære Lars Hansen

Du sagde til borgermødet at man kunne skrive til dig, så det gør jeg. Jeg har haft en diskusprolaps siden oktober og er på sygedagpenge. De er ca. 6.000 kr. mindre om måneden end min løn, og nu kan jeg ikke betale den fulde husleje. Jeg har søgt boligstøtte, men sagen har ligget i Udbetaling Danmark i syv uger.

Er der noget kommunen kan gøre i mellemtiden?

Hilsen
Kenneth Bjerre, Gadekærvej
""")

M("eu", """
hej jeg er i 3F og har været det i 14 år, men nu siger a-kassen at mine dagpenge stopper i juni fordi jeg har brugt min periode op. hvad gør jeg så med huslejen?? jeg har ringet til jobcentret men de siger bare jeg skal søge kontanthjælp og så skal min kones løn tælle med. det er ikke fair

Brian
""")

M("et", """
Til Ishøj Kommune

Vi er en familie fra Eritrea og har boet i Ishøj siden 2016. Vi har fem børn. Min mand har mistet sit arbejde i januar, og vi skylder nu 21.400 kr. i husleje. Der er møde i fogedretten den 14. maj. Jeg forstår ikke alle ord i brevet fra fogeden. Kan nogen fra kommunen ringe til mig og forklare, og kan vi få hjælp til at betale?

Med venlig hilsen
Selam Tesfay
tlf. 52 81 44 09
""")

M("e", """
Ansøgning om boligstøtte – vi er flyttet sammen

Vi er flyttet sammen i Strandgårdsparken 1. april og søger boligstøtte som husstand. Vores oplysninger:

Julie Kragh, [[150698-2644]]
Mikkel Sørensen, [[020397-1351]]

Vi er begge studerende og får SU. Huslejen er 7.850 kr. om måneden inkl. varme.

Venlig hilsen
Julie og Mikkel
""")

M("", """
Hej

Jeg er redaktør på beboerbladet i vores afdeling og vil gerne skrive en kort artikel om boligstøtte til næste nummer. Hvordan søger man, hvilke indkomstgrænser gælder i 2026, og hvor lang er sagsbehandlingstiden typisk? Vi vil gerne kunne henvise folk det rigtige sted hen.

På forhånd tak
Redaktionen, Beboerbladet "Naboen"
""")

M("e", """
jeg har 180.000 i gæld til gældsstyrelsen og så nogle kviklån oveni, kan ikke overskue det mere. min veninde sagde at kommunen har en gratis gældsrådgivning? hvordan får man en tid, jeg kan kun efter kl 15 pga arbejde

/Natasja
""")

M("he", """
Kære borgerrådgiver

Jeg har siden sidste forår haft en svær depression, og i den periode har jeg ikke åbnet min post. Nu har jeg opdaget, at jeg skylder kommunen penge for en for meget udbetalt boligydelse, og at sagen er sendt til inddrivelse. Jeg har aldrig fået mulighed for at forklare mig. Jeg er nu i behandling hos en psykiater og prøver at få styr på tingene igen.

Kan man klage over, at sagen er gået videre uden at nogen har talt med mig?

Hilsen Torben Løkke
""")

M("be", """
Hej

Jeg har fået tilbudt en lejlighed gennem boligselskabet, men jeg mangler 32.000 kr. til depositum. Jeg har hørt, at kommunen kan give et lån til depositum. Jeg er muslim, og jeg kan ikke tage et lån med renter. Er kommunens lån rentefrit? Hvis det er, vil jeg gerne søge.

Jeg får kontanthjælp og bor nu midlertidigt hos min bror.

Hilsen
Yusuf
""")

M("es", """
Kære udvalgsformand

Min mand Jesper og jeg skal skilles efter elleve år. Vi har haft vores lejlighed på Ishøj Strandvej sammen, men jeg kan ikke betale den alene på min løn som pædagogmedhjælper. Boligselskabet siger, at jeg skal vente i to år på en mindre bolig. Jeg har brug for at vide, om kommunen kan anvise en bolig hurtigere i en situation som min.

Med venlig hilsen
Rasmus Tving
""")

M("e", """
Til borgmesterens sekretær

Jeg beder om at borgmesteren ser på min sag. Jeg skal sættes ud af min bolig den 3. juni kl. 9.30, fogeden kommer med en låsesmed. Jeg har betalt det meste af restancen, der mangler 4.200 kr. Boligselskabet vil ikke forhandle mere. Jeg har ikke noget sted at bo med mine ting.

Tom Nielsen
Ishøj Søpark
""")

M("e", """
Til Borgerservice, Ydelser

Jeg vil gerne søge om hjælp til betaling af huslejerestance efter aktivloven § 81, så udsættelsen kan afværges. Jeg vedlægger brev fra boligselskabet og mine kontoudtog for de sidste tre måneder.

Navn: Henriette Lund
cpr-nr. [[040569–1123]]
Adresse: Vildtbanegård 4, 2. th.

Med venlig hilsen
Henriette Lund
""")

M("he", """
Hej

Jeg skriver på vegne af min mor, som er 82 og har KOL. Hun har fuldmagt til mig. Hun får hjemmehjælp to gange om ugen, men nu har hun fået en regning på ældreboligen som hun ikke kan betale, fordi hendes boligydelse er blevet sat ned. Hun er meget ked af det og tør ikke åbne flere breve. Hvem kan vi tale med?

Venlig hilsen
Lone Skov (datter)
""")

M("", """
-----Oprindelig meddelelse-----
Fra: Afdelingsbestyrelsen, Vejleå Park afd. 3
Sendt: 2. februar 2026 10:14
Til: Ishøj Kommune
Emne: Huslejestigning

Vi har på beboermødet drøftet den varslede huslejestigning på 4,1 % fra 1. juli. Flere beboere spørger, om kommunen som tilsynsmyndighed har godkendt budgettet, og om der er planer om at renovere facaderne, som ellers vil koste mere. Vi beder om et møde med forvaltningen.

Med venlig hilsen
Afdelingsbestyrelsen
""")

M("e", """
Hej Ishøj Kommune

Ishøj Forsyning har varslet at de lukker for vandet hos mig om 10 dage fordi jeg ikke har betalt de sidste to regninger. Jeg er arbejdsløs siden december og venter på at min a-kasse kommer i gang. Kan kommunen hjælpe med regningen eller tale med forsyningen så de venter?

Mvh Dennis
""")

M("et", """
Hello, sorry my danish is not so good. I am polsk, I come to Danmark 2019 for work in lager in Greve. In february they close my job. Now I have no money for husleje for april. I have room in Ishøj Landsby, landlord say I must go out if no pay. What can I do? Can kommune help?

Thank you
Tomasz
""")

M("heu", """
Til Social- og Sundhedsudvalgets formand

Jeg er social- og sundhedshjælper og FOA-medlem. Jeg har været sygemeldt siden september med en knæskade, som er anmeldt som arbejdsskade. Nu har kommunen stoppet mine sygedagpenge efter revurderingen, fordi jeg ikke opfylder forlængelsesreglerne. Jeg har en husleje på 9.100 kr. og ingen indtægt fra næste måned.

Min TR i FOA siger at jeg skal klage, og det gør jeg også, men jeg vil gerne have at udvalget ved hvordan det her rammer folk.

Venlig hilsen
Dorte Kjær
""")

M("e", """
Hej

Jeg har fået en regning fra kommunen på tilbagebetaling af enkeltydelse til tandlæge, 3.800 kr. Jeg troede det var en hjælp jeg fik, ikke et lån. Jeg har ikke pengene. Kan jeg betale af med 200 kr. om måneden?

Med venlig hilsen
Pia Rosendahl
Personnummer:\u00a0[[120477\u00a03016]]
""")

M("ep", """
Kære borgmester

Jeg er ked af at skrive til dig, men jeg ved ikke hvad jeg ellers skal gøre. Banken har begæret vores hus på Tranegildevej på tvangsauktion. Det er sat til den 19. juni i retten i Glostrup. Vi har været bagud med lånet siden min kone blev fyret, og vi har prøvet at sælge huset selv i et halvt år, men der kom ikke et eneste bud over gælden.

Er der noget som helst kommunen kan gøre, så vi kan blive boende eller i det mindste få et sted at bo med børnene bagefter?

Venlig hilsen
Michael Aagaard
""")

M("e", """
hej, er bagud med 3 mdr husleje og har fået rykker fra advokat. har to job men det rækker ikke. kan jeg få en samtale med nogen om budget? jeg har skrevet til jer før men fik ikke svar. 
Jannik
""")

M("eht", """
Til hovedpostkassen

Min far er fra Tyrkiet og kom hertil som gæstearbejder i 1971. Han er nu 78, har Parkinsons og bor alene i Ishøj Landsby. Han har folkepension og en lille pension fra Tyrkiet. Han har fået et brev om, at hans boligydelse skal tilbagebetales, fordi pensionen fra Tyrkiet ikke var oplyst. Det var ikke med vilje, han forstår ikke brevene. Jeg har fuldmagt og vil gerne hjælpe med at ordne det.

Med venlig hilsen
Aylin Demir
""")

M("eb", """
Kære Helle

Jeg er selv medlem af Enhedslisten her i Ishøj og har været med på standen i Bycentret, så du kender mig måske. Jeg skriver ikke politisk denne gang men privat: jeg er blevet opsagt fra min lejlighed, fordi ejeren selv vil flytte ind, og jeg får ikke boligstøtte nok til at betale de lejligheder, der er ledige. Kan du sige, hvem jeg skal tale med om en kommunal anvisning?

Hilsen
Rikke Møller
""")

M("", """
Hej

Hvad er reglerne for at få hjælp til depositum, hvis man skal flytte til en almen bolig? Er det et lån eller en ydelse, og skal man betale det tilbage over hvor lang tid? Jeg er frivillig i lektiecaféen og får tit det spørgsmål fra forældrene, så jeg vil gerne kunne give et korrekt svar.

Mvh Kirsten, frivillig
""")

M("e", """
Til Ishøj Kommune, Center for Borger, Økonomi og IT

Jeg har modtaget afgørelse om, at jeg skal tilbagebetale 14.320 kr. i boligstøtte for 2024, fordi min indkomst var højere end forventet. Jeg fik et engangsbeløb fra min tidligere arbejdsgiver, da jeg blev afskediget, og det var ikke med i min forskudsopgørelse.

Jeg anmoder om en afdragsordning. Jeg kan betale 400 kr. om måneden.

Kundenr. i Udbetaling Danmark: 7724-1190
Med venlig hilsen
Claus Frederiksen
""")

M("eu", """
Hej

Jeg er tillidsrepræsentant for HK på mit arbejde, men det her handler om mig selv. Min kone og jeg er gået fra hinanden, og jeg er flyttet ud til en værelse hos en kollega. Jeg har søgt om en ungdomsbolig, men er for gammel. Kan kommunen hjælpe med en midlertidig bolig til mig og mine to drenge, når de er hos mig hver anden uge?

Venlig hilsen
Allan
""")

M("hes", """
Kære borgerrådgiver

Jeg er en kvinde på 54 og bor med min kone i en toværelses på Vejlebrovej. Min kone fik konstateret brystkræft i november og har været på sygedagpenge siden. Jeg arbejder 30 timer om ugen. Vi har søgt boligstøtte, men fået afslag, fordi vores indtægt lå for højt sidste år. Det er jo ikke sidste års indtægt vi lever af nu.

Hvordan kan vi få sagen set på igen med de tal, der gælder nu?

Venlig hilsen
Birgitte Andersen
""")

M("e", """
Emne: Afdragsordning restskat

Jeg har en restskat på 27.000 kr. som nu er sendt til Gældsstyrelsen, og de vil trække 20 % af min løn. Det kan jeg ikke leve af, jeg er enlig med en søn. Kan kommunens gældsrådgivning hjælpe mig med at søge om en lavere trækprocent?

Venlig hilsen
Susanne Dahl
cpr.: [[290383 2140]]
""")

M("et", """
Til borgmesteren

Jeg hedder Abdi og jeg er somalier. Jeg bor på Ishøj Strandvej med min mor og fire søskende. Min mor får kontanthjælp, og vi har fået brev om at vi skal flytte, fordi boligen bliver renoveret og huslejen bliver dobbelt så høj bagefter. Vi kan ikke betale den nye leje. Min mor spørger om kommunen kan finde en anden bolig til os i Ishøj, så mine små søskende kan blive på skolen.

Med venlig hilsen
Abdi Hassan (18 år, skriver for min mor)
""")

M("e", """
hej
Jeg bor til leje i et hus på Højgårdsvej og udlejer har lige hævet huslejen med 2.500 om måneden. det kan jeg ikke betale med min førtidspension. er det lovligt? og kan jeg få mere i boligstøtte når lejen stiger?
mvh Jytte
""")

M("", """
Til Teknik- og Miljøudvalget

Som formand for Lejerforeningen i Ishøj vil vi gerne gøre udvalget opmærksom på, at huslejerne i de nyopførte private udlejningsboliger ved Ishøj Bycenter ligger 30–40 % over de almene boliger i samme område. Vi opfordrer udvalget til at stille krav om en andel billige boliger i de kommende lokalplaner.

Bilag: Oversigt over m²-priser, udarbejdet af foreningen.

Med venlig hilsen
Lejerforeningen i Ishøj
""")

M("eh", """
Hej

Min søn er 24 og har autisme. Han har boet hjemme, men nu vil han gerne flytte for sig selv. Han får førtidspension. Kan han få hjælp til depositum og boligstøtte, og kan han få bostøtte i sin nye lejlighed? Vi har en lejlighed i udsigt i Vejleå Park.

Med venlig hilsen
Inge Poulsen
""")

M("eh", """
Kære Jens-Ole

Du kender mig fra fodboldklubben. Jeg skriver fordi jeg skammer mig over at spørge nogen andre. Jeg er ludoman, det har jeg måttet indse, og jeg har spillet mig i gæld på online casino, over 300.000 kr. Min kone ved det ikke endnu. Jeg har brug for at vide hvor man går hen for at få hjælp til at lave en plan, uden at det kommer ud.

Mvh
en du kender
""")

M("eb", """
Til Ishøj Kommune

Jeg er Jehovas Vidne og har hidtil haft arbejde som rengøringsassistent på deltid. Efter at jeg er blevet alene med min datter, rækker pengene ikke til huslejen. Jeg vil gerne søge om supplerende hjælp. Jeg kan ikke arbejde om lørdagen pga. mine møder i rigssalen, så jeg beder om at det tages med i jobcentrets plan.

Venlig hilsen
Marianne Ibsen
""")

M("e", """
Hej igen

Jeg har stadig ikke hørt noget om min ansøgning om akut hjælp til husleje, sendt 3. marts. Fogeden har nu sat en ny dato. Kan I give mig et sagsnummer, så jeg ved den er modtaget? Mit telefonnr. er 22 61 90 13.

Anders Juul
[[161172-0813]]
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har to fakturaer fra kommunen, som jeg tror er sendt dobbelt:
Fakturanr. 2103861142, beløb 1.250 kr.
Fakturanr. 2103861143, beløb 1.250 kr.
Begge vedrører leje af lokale i Ishøj Medborgerhus den 12. marts til vores forenings generalforsamling. Vi har betalt den første fra reg.nr. 5301 konto 0245781. Vil I kreditere den anden?

Med venlig hilsen
Kasserer, Ishøj Vinterbadere
""")

M("eh", """
Kære borgerrådgiver

Jeg er 61 og fik en blodprop i hjertet sidste år. Jeg har været i jobafklaringsforløb, og nu er det slut. Kommunen siger jeg skal i ressourceforløb, men jeg har søgt om førtidspension, og min læge støtter det. I mellemtiden er min ydelse så lav, at vi er ved at miste rækkehuset i Torslunde. Sagsbehandleren er skiftet fire gange.

Hilsen
Poul Erik Jacobsen
""")

M("et", """
Hej

Vi er fra Syrien og har fået opholdstilladelse sidste år. Vi bor i en midlertidig bolig fra kommunen og betaler 6.000 kr. om måneden af vores integrationsydelse. Nu siger boligselskabet at vi skal flytte til en ny bolig som koster 8.900. Hvordan skal vi betale det? Min mand har ikke arbejde endnu.

Hilsen Rasha
""")

M("e", """
Til borgerrådgiveren

Jeg vil klage over den måde, medarbejderen i Ydelseskontoret talte til mig på, da jeg kom for at aflevere min ansøgning om hjælp til flytning. Hun sagde højt i skranken, at "folk på kontanthjælp må jo lære at budgettere". Der stod fem andre mennesker og hørte det.

Jeg vil gerne have en undskyldning.

Kim Holst
""")

M("eu", """
Hej Ishøj Kommune

Jeg er medlem af Dansk Metal og har fået hjælp af dem til at få min løn, som min tidligere arbejdsgiver ikke har betalt siden januar. Firmaet er gået konkurs. Indtil Lønmodtagernes Garantifond betaler, har jeg ingen penge til huslejen. Kan jeg få et lån fra kommunen i mellemtiden?

Venlig hilsen
Jonas Krogh
""")

M("e", """
Kære Lone

Jeg bor på et værelse hos min onkel, fordi jeg ikke har nogen bolig. Jeg er 22 og får uddannelseshjælp. Jeg står på venteliste til ungdomsbolig i Ishøj og Vallensbæk, men der går mindst et år. Min onkel siger nu, at jeg skal være ude til sommer. Hvad kan man gøre?

Mvh Emil
""")

M("", """
Kære borgmester

I det nye budget for 2027 står der, at kommunen vil spare 2,4 mio. kr. på boligsocialt arbejde i Vejleå Park og Strandgårdsparken. Hvordan hænger det sammen med, at byrådet sidste år talte om at styrke indsatsen mod udsættelser? Jeg vil gerne have et svar, inden budgettet vedtages.

Med venlig hilsen
Hans Christian Lerche
""")

M("ehs", """
Hej,

Jeg og min mand (vi er to mænd, gift siden 2019) er ved at gå ned på det økonomiske. Han blev indlagt på psykiatrisk afdeling i Glostrup i januar og har været der siden. Jeg har gæld på kreditkortet efter at have betalt alt alene. Vi har fået rykker på huslejen. Er der hjælp til familier hvor den ene er indlagt i lang tid?

Thomas
""")

M("e", """
Til Jobcenter Ishøj, kopi til borgmesterens PA

Jeg har fået sanktion i min kontanthjælp for udeblivelse fra et møde den 8. april. Jeg var der! Jeg sad i venteværelset i 40 minutter og blev sendt hjem. Nu mangler jeg 3.000 kr. til huslejen. Jeg beder om at sanktionen ophæves.

Med venlig hilsen
Lisbeth Rørbæk
""")

M("eb", """
Til Ishøj Kommune

Vi er et ældre ægtepar, som har boet i vores hus på Pilemøllevej i 40 år. Min mand er præst emeritus, og vi har kun hans tjenestemandspension og min folkepension. Ejendomsskatten og grundskylden er steget så meget, at vi overvejer at låne i huset. Vi har hørt om muligheden for at indefryse grundskylden. Hvordan søger vi det?

Venlig hilsen
Agnete Brøndum
""")

M("", """
Hej

Kan I sende mig en oversigt over, hvilke betalinger jeg har foretaget til kommunen i 2025? Jeg skal bruge det til mit regnskab for min enkeltmandsvirksomhed. CVR-nr. 38 14 72 95, kundenummer 1207841203.

Venlig hilsen
Morten Lind
Lind Maling & Tapet
""")

M("eht", """
Til borgerrådgiveren

Jeg er irakisk kurder og kom til Danmark som flygtning i 1999. Jeg har arbejdet som buschauffør i 20 år, men fik en hjerneblødning i 2024 og kan ikke køre mere. Nu er min sag ved at ende med fleksjob, men der er ingen arbejdsgiver der vil have mig, og jeg er på ledighedsydelse. Min søn betaler halvdelen af huslejen, men han skal flytte. Jeg har ingen at spørge.

Mvh
Hawre
""")

M("et", """
Subject: rent arrears – help please

Hi, I moved to Ishøj from Spain for a job that ended after 3 months. I am now two months behind on rent for my room on Vejleåvej and my landlord has told me to leave by the end of the month. I do not have a Danish bank account that works anymore. Is there any emergency help from the kommune for someone like me?

Best,
Lucas
""")

M("eu", """
Kære Social- og Beskæftigelsesudvalg

Jeg har været medlem af Krifa i mange år og troede, at jeg var dækket. Men efter at jeg blev fyret, fik jeg at vide, at jeg ikke havde været med i deres a-kasse, kun i fagforeningen. Så nu er jeg på kontanthjælp, og fordi min samlever tjener for meget, får jeg ingenting. Vi har et hus med lån, og det kan hun ikke betale alene.

Er det rimeligt, at man ikke bliver oplyst bedre?

Hilsen Steen
""")
