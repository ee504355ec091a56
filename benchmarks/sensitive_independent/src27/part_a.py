"""Part A: roads, permits, building applications and Byudvikling og Natur, with one
sensitive clause buried in practical business (and hard negatives that only sound like it)."""
from common import M

M("h", """
Til Center for Byudvikling og Natur

Jeg skriver angående vejarbejdet på Vejlebrovej ud for nr. 84-92, som har stået på siden uge 36. Der er gravet op på begge sider af fortovet, og afspærringen er flyttet tre gange uden varsel, så man om morgenen ikke ved, hvilken side man skal gå på. Skiltet fra entreprenøren siger "forventet afsluttet uge 41", men der er ikke sket noget de sidste ti dage.

Det er ikke kun et irritationsmoment. Jeg går med rollator efter min blodprop i januar og kan simpelthen ikke komme over det løse grus ved busstoppestedet, så jeg må gå helt ned til rundkørslen for at komme over vejen.

Kan I oplyse, hvornår fortovet bliver lagt igen, og om der kan laves en midlertidig fast overgang ved stoppestedet?

Med venlig hilsen
Inger Holmgaard
Vejlebrovej 88, st. tv.
2635 Ishøj
""")

M("", """
Til Center for Byudvikling og Natur

Jeg skriver angående vejarbejdet på Ishøj Strandvej ved cykelstien mod stranden. Afspærringen er sat så tæt på kørebanen, at barnevogne og kørestole ikke kan komme forbi. Jeg tænker særligt på de mange ældre fra plejecentret længere nede ad vejen, som går tur her om eftermiddagen.

Kan I bede entreprenøren om at rykke hegnet en halv meter?

Venlig hilsen
Torben Aagaard
""")

M("e", """
Hej

Vedr. byggesag 2026-04411, carport på Gildbrohøj 31.

Jeg har fået jeres brev om, at ansøgningen mangler en situationsplan med afstand til skel. Den er vedhæftet nu. Jeg har også rettet højden til 2,50 m, som I bad om.

Jeg vil bare sige, at hvis der kommer et gebyr for den ekstra behandling, så må I gerne sende det som rater. Jeg er gået ned på halv tid efter fyringsrunden på lageret og har lige nu et underskud hver måned, og vi har i forvejen en aftale med SKAT om restskatten.

Hilsen
Kenneth Rask
""")

M("", """
Hej

Vedr. byggesag om carport på Gildbrohøj.

Hvad koster det egentlig at få behandlet en byggeansøgning på en carport under 50 m2? Jeg kan ikke finde gebyrerne på hjemmesiden, kun noget fra 2019. Og kan gebyret betales i rater, eller skal det betales på én gang?

mvh
Lasse Brink
""")

M("p", """
Kære byggesagsbehandler

Jeg søger hermed om tilladelse til at udskifte taget på vores hus på Tranegilde Strandvej 12 fra eternit til tegl. Tegninger og en beskrivelse fra tømreren er vedhæftet.

Jeg vil være ærlig og sige, at grunden til at vi har travlt er, at huset er sat til salg hos home, og at vi har en interesseret køber, som har gjort sit bud betinget af, at taget er skiftet eller at der er en godkendt tilladelse. Derfor vil vi meget gerne have en afgørelse inden udgangen af måneden, hvis det på nogen måde kan lade sig gøre.

Venlig hilsen
Mette og Jesper Kold
""")

M("", """
Kære byggesagsbehandler

Kan man få en forhåndsudtalelse om et tagskifte fra eternit til tegl, inden man sætter et hus til salg? Vi har læst, at mange købere spørger efter det, og vi overvejer at sælge om et par år. Er der regler om tagets vægt, når man skifter til tegl i de gamle parcelhuskvarterer?

Venlig hilsen
Annette Vibe
""")

M("t", """
Hej

Jeg vil gerne klage over, at der igen er kørt storskrald over vores græsrabat på Ishøj Søvej. Rabatten er nu en mudderpøl, og hjulsporene går helt ind til hækken.

Jeg har ringet to gange. Anden gang fik jeg at vide af en medarbejder i telefonen, at "det er nok jer selv, der har stillet affaldet forkert", og da jeg spurgte hvorfor hun troede det, sagde hun noget om at "I kender nok ikke reglerne, hvor I kommer fra". Vi er kurdere og har boet her i 22 år, og jeg synes ikke det er i orden at blive talt til på den måde.

Jeg vil gerne have rabatten reetableret og et svar på, hvem der har kørt der.

Med venlig hilsen
Dilan Aksoy
Ishøj Søvej 17
""")

M("", """
hej kommunen

der er igen kørt storskrald over rabatten ude foran os på ishøj søvej, nu er det tredje gang i år. hvem betaler for at få det lagt om? det er jo jeres bil

mvh dilan
""")

M("h", """
Til vej og park

Det store piletræ ved stien mellem Strandgårdsparken og Ishøj Bycenter har tabt en stor gren hen over stien igen. Den ligger der endnu og spærrer halvdelen.

I øvrigt: Jeg har fået konstateret epilepsi og må ikke køre bil i et år, så jeg cykler ad netop den sti to gange om dagen til arbejde. Jeg vil meget gerne have, at der bliver kigget på hele træet og ikke kun den gren.

Mvh
Søren Fabricius
""")

M("", """
Til vej og park

Pilen ved stien mellem Strandgårdsparken og bycentret har tabt en stor gren. Jeg har set at der står et skilt om at "syge træer" i området skal fældes i 2027. Er pilen et af dem? Den er jo meget smuk om foråret.

Mvh
Karin Laub
""")

M("b", """
Kære Center for Byudvikling og Natur

Vi har søgt om lov til at holde et arrangement på græsplænen ved Ishøj Strand den 14. juni fra kl. 14 til 20 med ca. 60 deltagere, en grill og en lille lydanlæg. Ansøgningen har sagsnummer 26-31877.

Vi er en gruppe fra Ishøj Baptistkirke, og arrangementet er vores årlige sommerfest med dåb i havet for tre af vores nye medlemmer, deriblandt min egen datter Ruth. Vi rydder naturligvis op og har aftalt med Strandens Café at låne toiletterne.

Jeg skal blot høre, om der mangler noget i ansøgningen, og om vi skal have en tilladelse fra politiet til højtaleren.

Med venlig hilsen
Daniel Frost
""")

M("", """
Kære Center for Byudvikling og Natur

Skal man have tilladelse for at holde en kirkelig friluftsgudstjeneste på stranden? Jeg spørger på vegne af menighedsrådet ved Ishøj Kirke, som overvejer en gudstjeneste ved Strandparken pinsemorgen. Vi regner med omkring 150 mennesker og ingen forstærket lyd.

Venlig hilsen
Preben Juul, menighedsrådets formand
""")

M("u", """
Hej

Jeg henvender mig om parkeringsforholdene ved Ishøj Station for pendlere. Efter at P-pladsen ved Vejlebrovej er blevet inddraget til byggeplads, er der ingen steder at stille bilen før kl. 7.

Jeg er tillidsrepræsentant for buschaufførerne på garagen i Glostrup, og vi er 14 kolleger fra Ishøj, som møder kl. 5.15 og ikke kan tage et tog, der ikke kører endnu. Kan der laves en midlertidig løsning?

Venlig hilsen
Jan Ottesen
""")

M("", """
Hej

Vi er en gruppe pendlere, der møder meget tidligt i Glostrup og København. Efter at P-pladsen ved Vejlebrovej er blevet til byggeplads, kan vi ikke parkere ved stationen før 7. Jeg har talt med både 3F og Dansk Metal om det, fordi mange af deres medlemmer har samme problem, men de siger selvfølgelig at det er et kommunalt anliggende.

Kan der laves en midlertidig P-plads?

Venlig hilsen
Ole Kragh
""")

M("he", """
Til byggesagsafdelingen

Vedr. ansøgning om trappelift og rampe til hoveddøren, Torslunde Bygade 7.

Jeg har fået afslag på at sætte rampen op, fordi den vil gå 40 cm ind over kommunens fortovsareal. Jeg har forstået begrundelsen, men jeg beder om at sagen bliver vurderet igen.

Min mand fik amputeret højre ben under knæet i foråret på grund af sukkersygen, og han er nu i kørestol. Hjælpemiddelafdelingen har bevilget trappeliften indenfor, men han kan ikke komme ud af huset uden rampen. Vi har i forvejen søgt om boligændring hos Voksne og Velfærd (deres sagsnr. 26-22091).

Med venlig hilsen
Bodil Lykke
""")

M("", """
Til byggesagsafdelingen

Hvordan søger man om at lave en rampe til hoveddøren, hvis den går ud over fortovet? Skal det søges hos jer eller hos vejmyndigheden? Jeg spørger for en bekendt, der skal have det lavet.

Mvh
Bent Holst
""")

M("", """
Hej

Jeg har fået en faktura fra kommunen på 4.150 kr. for "vejbidrag, istandsættelse af fortov". Fakturanr. 2403261187. Jeg forstår ikke, hvad det dækker. Fortovet foran mit hus er ikke blevet istandsat, så vidt jeg kan se.

Kan I sende mig en specifikation?

Venlig hilsen
Tom Iversen
Baldersbæk 14
""")

M("e", """
Hej

Jeg har fået en faktura på 4.150 kr. for fortovsarbejde på Baldersbækvej (fakturanr. 1105261903). Jeg bestrider ikke beløbet, men jeg har ikke pengene lige nu. Jeg er på kontanthjælp efter at min virksomhed gik konkurs, og Ydelsescentret har sagt, at jeg skal spørge jer om en afdragsordning.

Kan jeg betale 300 kr. om måneden?

Mvh
Rasmus Hjort
cpr [[030478-1125]]
""")

M("", """
Goddag

Jeg vil gerne gøre indsigelse mod lokalplanforslag 2.41 for området ved Industrivej. Planen giver mulighed for byggeri i op til fire etager, hvilket vil tage udsigten og aftensolen for hele rækken af huse på den anden side af vejen.

Jeg er klar over, at der skal bygges boliger, men fire etager er for meget midt i et parcelhuskvarter. Jeg foreslår maksimalt to og en halv etage ud mod vejen.

Med venlig hilsen
Lise Bagger
Industrivej 3A
""")

M("p", """
Goddag

Indsigelse mod lokalplanforslag 2.41 (Industrivej).

Jeg har ejet Industrivej 9 i 31 år. Jeg har allerede en betinget købsaftale med et byggefirma, som vil købe grunden, hvis lokalplanen vedtages med fire etager, men som har en klausul om at trække sig, hvis etageantallet bliver sat ned. Jeg vil derfor bede jer om at fastholde forslaget, som det er, og om at give mig besked, så snart der er en tidsplan for den endelige vedtagelse.

Med venlig hilsen
Carl-Erik Damgaard
""")

M("", """
Hej

Hvornår begynder I at sælge de nye byggegrunde i Ishøj Landsby etape 3? Jeg har hørt på et borgermøde, at der kommer 18 grunde til salg, og jeg vil gerne skrives op. Er der en venteliste?

Mvh
Niels Krogh
""")

M("s", """
Hej

Vedr. nabohøring om vores plankeværk på Ishøj Parkvej 54.

Vi har fået jeres brev om at naboen i nr. 56 har gjort indsigelse mod højden. Vi er selvfølgelig villige til at sænke det til 1,80 m.

Jeg vil dog gerne nævne, at grunden til at vi ville have det højere er, at min mand og jeg har fået skrevet ting på hegnet to gange i år, senest "bøsserøve", og at vi gerne ville have lidt mere privatliv i haven. Det er også meldt til politiet.

Venlig hilsen
Martin Lerche
""")

M("", """
Hej

Kan I fortælle mig, hvor højt et plankeværk må være mod en sti, uden at man skal søge? Jeg har set 1,80 m et sted og 1,60 m et andet sted.

Mvh
Ulla
""")

M("", """
Hej

Jeg har en klage over tømningen af skraldespande på Vildtbanevej. Den grønne spand blev ikke tømt fredag, selv om den stod ude kl. 6. Det er tredje gang siden sommerferien. Mit kundenummer hos Vestforbrænding er 0805791347, og adressen er Vildtbanevej 23.

Mvh
Hans Peder Rønne
""")

M("h", """
Hej

Den grønne spand på Vildtbanevej 41 blev heller ikke tømt i denne uge. Jeg kan ikke selv trække den op til vejen, da jeg har fået en ny knæprotese og går med krykker de næste seks uger, så jeg har søgt om at få den hentet ved døren. Er den ordning trådt i kraft?

Kundenummer: 1402834411

Venlig hilsen
Margit Hasle
""")

M("e", """
Til Vej og Park

Det er rigtig godt, at der er kommet nye bænke langs søen ved Ishøj Sø. Men der mangler stadig en ved stien op mod Cirkelhusene. Jeg går tur der hver dag. Hjemmeplejen kommer først kl. 11, så jeg går tidligt om morgenen, og der er ingen steder at sidde og hvile.

Venlig hilsen
Asta Møller, 89 år
""")

M("", """
Til Vej og Park

Kan der komme flere bænke ved stien op mod Cirkelhusene? Mange ældre og gangbesværede går der, og der er ingen steder at sidde over en strækning på næsten en kilometer.

Venlig hilsen
Ældrerådet, v/ Gunnar Riis
""")

M("t", """
Kære Byudvalg

Jeg bor på Vejleåvej og har i flere år prøvet at få en skraldespand ved legepladsen. Nu har jeg fået at vide, at det ikke bliver i år. Det er et stort problem om sommeren, hvor der ligger pizzabakker og dåser overalt.

Jeg er selv født i Sri Lanka og tamil, og jeg har prøvet at samle de andre forældre, også dem fra Somalia og Pakistan, til en oprydningsdag. Men det kræver at der står en skraldespand.

Venlig hilsen
Tharshan Sivakumar
""")

M("", """
Kære Byudvalg

Vi er en gruppe forældre fra Vejleåparken, som gerne vil holde en oprydningsdag ved legepladsen i september. Vi har forældre fra mange forskellige lande, så vi laver invitationer på dansk, arabisk, urdu og somali. Kan kommunen låne os sække, gribetænger og handsker?

Venlig hilsen
Forældregruppen i Vejleåparken
""")

M("", """
Hej

Jeg har fået en parkeringsafgift ved Ishøj Bycenter mens jeg var til lægen i Sundhedshuset. Afgiftsnummer 120526-0451. Jeg stod der i 2 timer og 10 minutter, og skiltet siger 2 timer, men køen hos lægen var lang og det er altså ikke min skyld. Kan den frafaldes?

Mvh
Jonas Bach
""")

M("h", """
Hej

Jeg fik en p-afgift (nr. 77641200) den 12. maj ved Sundhedshuset. Jeg var til kemo på afdelingen i Glostrup først og derefter til blodprøve i Sundhedshuset, og jeg var så dårlig bagefter, at jeg måtte sidde i bilen en halv time, før jeg kunne køre. Jeg beder om at afgiften bliver annulleret.

Med venlig hilsen
Hanne Wied
""")

M("b", """
Til Teknik og Miljø

Jeg har søgt om tilladelse til at sætte et lille skur op i haven til opbevaring (8 m2), og jeg har fået at vide at det kræver byggetilladelse fordi det skal bruges til "ophold". Det er ikke rigtigt. Skuret er til mine redskaber og til min bedemåtte, så jeg har et stille sted til bøn fem gange om dagen, når børnebørnene er på besøg og der er larm i huset. Der skal ikke sove nogen.

Kan I ændre vurderingen?

Venlig hilsen
Rashid Haddad
""")

M("", """
Til Teknik og Miljø

Skal man have byggetilladelse til et skur på 8 m2 i haven? Og gælder det samme, hvis skuret skal bruges som hobbyrum?

Venlig hilsen
Birthe Laursen
""")

M("u", """
Hej

Jeg er medlem af Blik- og Rørarbejderforbundet og har i 16 år arbejdet med kloakering. Jeg vil bare sige, at de nye kloakdæksler, der er sat i på Ishøj Boulevard, sidder for lavt og giver et kæmpe bump, når man cykler. Det er ikke lavet efter forskrifterne. Send nogen ud og kig på det, før der sker en ulykke.

Mvh
Allan Brøns
""")

M("", """
Hej

Kloakdækslerne på Ishøj Boulevard ved busstoppestedet sidder 4-5 cm under asfalten. Det giver et farligt bump for cyklister. Hvem skal man kontakte, kommunen eller HOFOR?

Mvh
Peter Wulff
""")

M("e", """
Kære Center for Byudvikling og Natur

Jeg skal flytte fra Gadekærsvej 9 til en mindre lejlighed, fordi jeg efter skilsmissen ikke har råd til at blive i huset alene. Mine spørgsmål går på de to ting, der står i jeres brev om ejendommen:

1) Skal jeg selv sørge for at få fjernet den olietank, der står i haven, inden huset overtages af min tidligere kone, eller følger forpligtelsen ejendommen?
2) Hvornår kommer der svar på vores ansøgning om at lukke brønden?

Venlig hilsen
Michael Brandt
""")

M("", """
Kære Center for Byudvikling og Natur

Følger forpligtelsen til at sløjfe en gammel olietank ejendommen, eller den der ejer huset på tidspunktet hvor påbuddet gives? Vi er ved at sælge vores sommerhus i Nordsjælland, men tanken står på vores helårsgrund i Ishøj, så det er bare af nysgerrighed.

Mvh
Ib Nørgaard
""")

M("p", """
hej

vi har fået brev om at vi skal beskære hækken ud mod stien på Højdevej. det gør vi selvfølgelig. men kan det vente til efter den 1. december? vi har huset til salg og mægleren siger det ser pænest ud med den høje hæk til fremvisningerne. der er fremvisning igen på søndag

mvh Tine og Bo
""")

M("", """
hej

vi har fået brev om at hækken på Højdevej skal beskæres inden 1. november. vi har lige købt huset og flyttede ind i sidste uge, så vi vidste ikke noget om det. handlen gik igennem i august og de gamle ejere nævnte det ikke. er der frist forlængelse?

mvh Tine
""")

M("ht", """
Til Center for Byudvikling og Natur

Jeg skriver på vegne af min far, Józef Nowak, der bor på Kærbo 4. Han har fået et påbud om at fjerne nogle gamle biler og et skur fra grunden inden 30 dage.

Min far er polsk og taler ikke dansk særlig godt, og han har siden sin hjerneblødning i 2024 svært ved at overskue breve. Jeg har fuldmagt og vil gerne tage kontakt med sagsbehandleren for at lave en realistisk plan. Vi kan fjerne bilerne inden fristen, men skuret kræver en container og mere tid.

Med venlig hilsen
Agnieszka Nowak-Holm
""")

M("", """
Til Center for Byudvikling og Natur

Er det muligt at få et påbud oversat til polsk? Vi har mange polske håndværkere i vores firma, der bor i kommunen, og nogle af dem har fået breve, de ikke forstår.

Mvh
Kristian Hede, Hede Byg ApS
""")

M("s", """
Hej

Vi har søgt om at sætte en lille overdækket terrasse op på Brenderupvej 18 og venter på svar. Sagsnummer 26-40113.

Jeg skriver, fordi vi skal giftes i haven den 20. juni, min kæreste Jonas og jeg, og vi ville gerne have terrassen stående til da. Er der noget, vi kan gøre for at fremskynde det?

Mvh
Emil Thorup
""")

M("", """
Hej

Vi skal holde bryllup i haven i juni og har søgt om at sætte en overdækket terrasse op (sagsnr. 26-40118). Kan man få en forventet behandlingstid? Det står ikke i kvitteringen.

Mvh
Louise Abildgaard
""")

M("bu", """
Til Teknik- og Miljøudvalget

Jeg er medlem af Enhedslisten og aktiv i 3F's lokale miljøgruppe, og jeg skriver ikke som politiker, men som nabo til genbrugspladsen.

Støjen fra containerpladsen starter nu kl. 6.30 om lørdagen, selv om miljøgodkendelsen efter min opfattelse siger kl. 7. Jeg har målt med en app, og det er over 60 dB ved mit skel. Kan I tjekke godkendelsen og sende en tilsynsmedarbejder ud?

Mvh
Kirsten Vang
Køgevej 212
""")

M("", """
Til Teknik- og Miljøudvalget

Støjen fra genbrugspladsen om lørdagen er for meget. Enhedslisten foreslog på sidste byrådsmøde, at åbningstiden skulle flyttes til 8, og jeg synes ærlig talt det var et godt forslag, uanset partifarve. Kan udvalget ikke tage det op igen?

Venlig hilsen
Frank Ebbesen
""")
