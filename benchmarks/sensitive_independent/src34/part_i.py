"""corpus34 part I: the last long mails (over 3,000 characters) - positives with one
sensitive sentence (some with a CPR number or another category in it), and long hard
negatives that talk about the same subjects without such data."""
from common import M

M("e", """Kære Teknik- og Miljøudvalget

Jeg skriver som beboer på Søndre Vej om de mange store lastbiler, der i løbet af det sidste halve år er begyndt at køre gennem vores lille villavej for at komme ud til det nye logistikcenter ved Industrivej. Vejen er ikke bygget til den slags trafik, og det kan mærkes.

Lastbilerne kører typisk mellem klokken fem og syv om morgenen og igen sidst på eftermiddagen. De er så store, at de har svært ved at komme forbi hinanden, og de kører op over kantstenen og ind på græsrabatterne. Rabatterne er efterhånden kørt helt i stykker, og der står mudder og vand i hjulsporene. Et par af naboerne har fået knækket deres postkasser, og en har fået en skade på sin hæk.

Jeg har talt med en af chaufførerne, som var meget flink. Han sagde, at hans GPS sender ham denne vej, fordi den er kortest, og at han ikke vidste, at han ikke måtte køre her. Det tror jeg også er rigtigt for de fleste af dem. Men det betyder, at problemet ikke forsvinder af sig selv.

Jeg har set, at der står et skilt ved indkørslen fra Ishøj Søvej med "Gennemkørsel forbudt for lastbiler over 3.500 kg", men det er lille og sidder bag en busk, og det bliver tydeligvis ikke respekteret. Der er heller ikke nogen, der kontrollerer det.

Mine forslag er:

1. At skiltet bliver gjort større og flyttet, så det kan ses i god tid.
2. At kommunen kontakter logistikcentret og beder dem orientere deres chauffører og vognmænd om den rigtige rute.
3. At kommunen kontakter de store GPS-leverandører og beder dem om at registrere forbuddet, så ruten ikke bliver foreslået.
4. At politiet bliver bedt om at lave kontrol et par morgener.
5. At rabatterne bliver retableret, og at der eventuelt bliver sat pæle op, så lastbilerne ikke kan køre op over kanten.

Jeg har også et mere personligt problem, som jeg vil nævne. Jeg har siden foråret haft en hjemmehjælper, der kommer om morgenen, og hun har to gange ikke kunnet parkere, fordi der holdt en lastbil og ventede midt på vejen.

Men det vigtigste er sikkerheden. Der bor mange børn på vejen, og de går til skole netop på det tidspunkt, hvor lastbilerne kører. Der er ikke fortov på den ene side af vejen, så børnene går på kørebanen. Det er kun et spørgsmål om tid, før der sker en ulykke.

Jeg har talt med de fleste af mine naboer, og de er enige med mig. Vi har lavet en liste med 23 underskrifter, som jeg vedlægger. Vi har også taget billeder og videoer af lastbilerne, som vi gerne sender, hvis I vil se dem.

Vi vil også gerne høre, om kommunen overvejer at lukke vejen helt for gennemkørsel med en bom eller et par blomsterkummer. Det har man gjort på Engvej, og det har virket godt. Vi er klar over, at det vil give os lidt længere vej, når vi selv skal ud, men det vil vi gerne tage med, hvis det betyder, at lastbilerne forsvinder.

Jeg har prøvet at skrive til logistikcentret selv, men jeg har ikke fået svar. Jeg tror, at det vil have mere effekt, hvis det kommer fra kommunen.

Tak fordi I læser med. Vi håber på en hurtig løsning, før der sker noget.

Med venlig hilsen
Henny Damsgaard
Søndre Vej 15
2635 Ishøj
""")

M("t", """Hej Rikke

Jeg skriver til dig, fordi jeg har set, at du er formand for Integrationsrådet, og fordi jeg gerne vil foreslå et projekt, som jeg tror kan gøre en forskel for mange familier i Ishøj.

Jeg arbejder som frivillig lektiehjælper på biblioteket to eftermiddage om ugen. Der kommer børn fra 3. til 9. klasse, og vi hjælper dem med matematik, dansk og engelsk. Det er et fantastisk arbejde, og børnene er søde og motiverede. Men vi kan mærke, at der er mange forældre, der gerne vil hjælpe deres børn, men som ikke ved hvordan, fordi de ikke selv kender det danske skolesystem.

Mit forslag er derfor et "forældrecafé"-projekt, hvor forældrene kan komme på biblioteket samtidig med børnene og få en introduktion til skolen, til Aula, til forældremøder og til, hvordan man kan støtte sit barn i lektierne. Det kunne være en gang om måneden, og det kunne holdes på forskellige sprog med hjælp fra frivillige.

Jeg har selv erfaring med det, fordi jeg kom til Danmark fra Bosnien som barn og så, hvor svært det var for mine forældre at forstå, hvad der foregik i min skole.

Jeg har talt med de andre frivillige, og flere af dem vil gerne være med. Vi har også talt med en lærer på Ishøj Skole, som gerne vil komme og fortælle om skolen. Og bibliotekets personale er positive, men de siger, at det skal godkendes af kommunen, og at der skal være nogle penge til kaffe og materialer.

Jeg vil derfor gerne spørge:

1. Kan Integrationsrådet støtte projektet, f.eks. med en udtalelse eller en lille bevilling?
2. Er der en pulje, vi kan søge til materialer og forplejning?
3. Kan kommunen hjælpe med at nå ud til forældrene, f.eks. gennem skolerne og Aula?

Jeg tror, at projektet kan være med til at styrke samarbejdet mellem skole og hjem, og at det kan hjælpe børnene til at klare sig bedre i skolen. Det koster ikke meget, og det bygger på frivillige kræfter, som allerede er der.

Jeg har også et par idéer til emner, vi kunne tage op:

- Hvordan fungerer Aula, og hvordan finder man beskeder fra læreren?
- Hvad sker der til en skole-hjem-samtale, og hvordan forbereder man sig?
- Hvordan kan man hjælpe med lektier, når man ikke selv taler godt dansk?
- Hvad er ungdomsuddannelserne, og hvordan vælger ens barn?
- Hvilke fritidstilbud findes der, og hvordan melder man sit barn til?

Vi vil også gerne invitere sundhedsplejersken og en fra Ungdomsskolen til at fortælle om deres tilbud. Og vi vil gerne have, at der er tid til at snakke sammen og lære hinanden at kende, for mange af forældrene føler sig alene.

Jeg vil gerne mødes med dig og fortælle mere om idéen. Jeg er på biblioteket tirsdag og torsdag fra kl. 14 til 17, og du er meget velkommen til at komme forbi og se lektiecaféen.

Tak fordi du læser med.

PS. Jeg har lavet en lille spørgeundersøgelse blandt de forældre, der henter deres børn i lektiecaféen, og 19 ud af 24 svarede, at de ville komme til en forældrecafé, hvis den lå på et tidspunkt, hvor de kunne. De fleste foretrak sidst på eftermiddagen, lige når børnene alligevel er på biblioteket, og mange bad om, at der var mulighed for tolkning eller for at tale med en, der kan deres sprog. Vi har frivillige, der taler arabisk, somali, tyrkisk, urdu og polsk, så det kan vi sagtens klare selv. Det eneste, vi mangler, er et fast lokale og lidt penge til kaffe og kage. Jeg vedlægger resultaterne.

Venlig hilsen
Emina Hadžić
Vejleå Have 94, 2. tv.
2635 Ishøj
""")

M("u", """Kære Social- og Sundhedsudvalget

Jeg skriver til jer om arbejdsforholdene i hjemmeplejen, fordi jeg er bekymret for, hvordan det vil gå, når de nye ruteplaner bliver indført efter nytår. Jeg skriver som privatperson, men jeg kender forholdene indefra.

Jeg har arbejdet som social- og sundhedsassistent i Ishøj Kommunes hjemmepleje i 16 år. Jeg holder af mit arbejde og af de borgere, jeg kommer hos. Mange af dem har jeg kendt i mange år, og jeg ved, hvad de har brug for, og hvordan de har det. Det er et arbejde, der giver mening.

Men de sidste år er tiden pr. besøg blevet kortere, og antallet af besøg pr. vagt er blevet større. Vi kører fra den ene adresse til den næste, og der er ikke tid til at tale med borgerne eller til at lægge mærke til, om der er noget galt. Det er ikke den slags pleje, vi gerne vil give, og det er heller ikke den, borgerne har krav på.

Med de nye ruteplaner skal vi have endnu flere besøg, og køretiden mellem besøgene er beregnet ud fra, at der aldrig er kø eller vejarbejde. Det holder ikke i praksis. Vi vil komme bagud allerede om formiddagen, og det går ud over de sidste borgere på ruten.

Jeg har været tillidsrepræsentant for FOA-medlemmerne i hjemmeplejen Nord de sidste fire år, og jeg har derfor talt med mange kolleger om det, og der er stor bekymring.

Flere af mine kolleger overvejer at søge andre steder hen, og nogle har allerede gjort det. Det er et problem, fordi det i forvejen er svært at rekruttere nye medarbejdere, og fordi vikarer koster mere og ikke kender borgerne. Det er en ond cirkel.

Jeg vil gerne bede udvalget om at:

1. Udsætte indførelsen af de nye ruteplaner, indtil de er blevet testet i praksis på et par ruter.
2. Inddrage medarbejderne i planlægningen, så man bruger vores erfaring med, hvor lang tid tingene faktisk tager.
3. Se på, om der kan findes penge til at ansætte flere, så tiden pr. besøg ikke bliver endnu kortere.
4. Lave en evaluering efter et halvt år, hvor man spørger både borgere, pårørende og medarbejdere.

Jeg forstår godt, at der skal spares, og at antallet af ældre vokser hurtigere end budgettet. Men jeg tror, at det bliver dyrere i længden, hvis vi ikke har tid til at opdage, når en borger bliver syg eller falder. Det ender med flere indlæggelser og mere arbejde for alle.

Jeg vil også gerne invitere jer til at køre med på en rute en morgen. Så kan I selv se, hvordan det foregår, og hvad det betyder for borgerne. Jeg tror, det vil gøre indtryk. Vi starter kl. 7 på kontoret ved Ishøjgård, og I er velkomne til at komme med i bilen hele formiddagen, hvis ledelsen giver lov.

Jeg håber, at I vil lytte. Vi vil gerne give god pleje, men vi skal have rammerne til det.

PS. Jeg vil også gerne gøre opmærksom på, at mange af de biler, vi kører i, er gamle og ofte på værksted. Når en bil er væk, må vi dele, og så bliver ruterne endnu mere presset. Der har været dage, hvor tre kolleger har måttet køre i én bil og sætte hinanden af. Det er ikke holdbart, og det går ud over tiden hos borgerne. Jeg ved, at der er en plan om at skifte til elbiler, men indtil da synes jeg, at man skal sørge for, at der er reservebiler nok. Det ville være en billig måde at undgå mange af de forsinkelser, som borgerne og de pårørende klager over. Jeg har talt med vores leder om det, og hun er enig, men siger, at det er et budgetspørgsmål, som skal op i udvalget.

Med venlig hilsen
Jeanette Borup
Gadekærvej 30
2635 Ishøj
""")

M("s", """Kære Kultur- og Fritidsudvalget

Jeg skriver på vegne af en gruppe forældre i Ishøj, der gerne vil starte et nyt fritidstilbud for børn i alderen 6 til 12 år: en lille teaterskole, der mødes en gang om ugen i Kulturhuset og arbejder hen mod en forestilling til sommer.

Idéen opstod, da vi så, hvor glade vores børn var for den teaterworkshop, der blev holdt på biblioteket i efterårsferien. Der var over 30 børn tilmeldt, og mange stod på venteliste. Bagefter spurgte mange forældre, om der ikke var et fast tilbud, men det er der ikke i Ishøj. Det nærmeste er i Valby eller Roskilde, og det er for langt væk for de fleste.

Vi har talt med instruktøren fra workshoppen, som gerne vil undervise, og vi har fundet frem til, at Kulturhusets lille sal er ledig om onsdagen fra kl. 16 til 18. Vi har lavet et budget, hvor forældrene betaler et lille kontingent, men det dækker ikke det hele, og vi vil derfor gerne søge om tilskud fra kommunen til instruktørens løn og til kostumer og kulisser.

Vi vil gerne spørge:

1. Hvordan søger vi om tilskud, og hvornår er fristen?
2. Skal vi stifte en forening for at kunne søge, eller kan vi søge som en gruppe forældre?
3. Kan vi få lov til at bruge lokalet gratis, ligesom andre foreninger, eller skal vi betale leje?
4. Kan kommunen hjælpe med at gøre opmærksom på tilbuddet, f.eks. gennem skolerne?

Vi er en blandet gruppe forældre. Jeg og min mand Jakob, som begge har arbejdet med teater i mange år, vil stå for det praktiske, og vi har fire andre forældre, der vil hjælpe med kostumer, kage og kørsel.

Vi tror, at teater kan give børn noget, som de ikke får andre steder. Det styrker selvtilliden, sproget og samarbejdsevnen, og det er et tilbud til de børn, der ikke nødvendigvis er til fodbold eller håndbold. Mange af de børn, der var med i workshoppen, var børn, der ellers ikke går til noget.

Vi vil gerne holde prisen så lav som muligt, så alle kan være med. Vores mål er et kontingent på 300 kr. pr. halvår, og vi vil gerne have nogle fripladser til familier, der ikke har råd.

Vi har lavet en lille plan for det første halvår, hvor vi vil starte med lege og øvelser og så langsomt bygge en forestilling op. Forestillingen skal vises i juni i Kulturhuset for familie og venner, og måske også for børnehaverne i området.

Vi vil meget gerne præsentere idéen for udvalget, hvis der er mulighed for det. Vi kan også sende vores budget og plan, hvis det er nyttigt.

Tak for jeres tid. Vi håber, at I vil støtte projektet, så Ishøj kan få sin egen lille teaterskole.

PS. Vi har også talt med Ishøj Ungdomsskole, som gerne vil låne os nogle lamper og en lydanlæg til forestillingen, og med en lokal tømrer, der har tilbudt at bygge en lille scene, som kan flyttes. Så meget af det praktiske er faktisk på plads. Det, vi mangler, er primært instruktørens løn, som vi har regnet til omkring 18.000 kr. for et halvt år, og et fast lokale. Hvis kommunen kan hjælpe med de to ting, tror vi, at resten kan klares med kontingenter og lidt fundraising. Vi har også fået at vide, at man kan søge Folkeoplysningsudvalget om et starttilskud til nye foreninger, og det vil vi gerne høre mere om, hvis det er det rigtige sted at søge. Vi kan sende vores vedtægtsudkast, hvis det er nødvendigt.

Med venlig hilsen
Thomas Engelbrecht
på vegne af forældregruppen
Torsbjergvej 18
2635 Ishøj
""")

M("e", """Hej Ishøj Kommune

Jeg skriver, fordi jeg har problemer med min lejlighed og med min nabo, og fordi jeg ikke ved, hvem der ellers kan hjælpe mig. Jeg har prøvet boligselskabet, men de siger, at det er en sag for politiet eller for kommunen.

Jeg bor i en toværelses lejlighed på Strandparken, og naboen ovenover har i det sidste halve år spillet høj musik om natten, især i weekenderne, men også på hverdage. Det starter typisk omkring midnat og varer til klokken tre eller fire. Jeg har banket på døren flere gange, men ingen lukker op. Jeg har lagt sedler i postkassen, men det har ikke hjulpet.

Jeg har klaget til boligselskabet fire gange, og de har sendt et brev til naboen, men det har ikke ændret noget. De siger, at de ikke kan gøre mere, før der er dokumentation fra flere naboer, og at de andre naboer ikke har klaget.

Jeg har også ringet til politiet to gange om natten, men de sagde, at de ikke kunne komme, fordi de havde andre opgaver, og at jeg skulle ringe igen, hvis det fortsatte. Det gjorde det, men jeg har ikke haft lyst til at ringe igen.

Det er blevet et stort problem for mig, fordi jeg ikke kan sove, og fordi jeg er meget træt om dagen. Jeg arbejder som rengøringsassistent og møder kl. 6, så jeg skal tidligt op.

Jeg er desuden netop kommet ud af et forløb med en budgetrådgiver fra kommunens gældsrådgivning og har en stram plan for at betale min gæld af, så jeg har ikke råd til at flytte eller til at betale for en advokat.

Mine spørgsmål er:

1. Kan kommunen gøre noget, når det drejer sig om støj fra en nabo i en almen bolig? Jeg har læst, at kommunen har en miljøafdeling, der kan se på støj, men gælder det også for musik fra en lejlighed?
2. Kan kommunen tale med boligselskabet og bede dem tage sagen mere alvorligt?
3. Findes der en mæglingsordning eller en konfliktrådgivning, hvor man kan få hjælp til at tale med naboen?
4. Hvad kan jeg ellers gøre? Jeg vil gerne undgå en stor konflikt, men jeg kan ikke blive ved med at leve sådan.

Jeg har ført en logbog over nætterne med støj, og jeg har optaget lyden på min telefon et par gange. Jeg sender det gerne, hvis det kan bruges.

Jeg har også talt med en anden nabo på samme etage, som siger, at hun også er generet, men at hun er bange for at klage, fordi hun ikke ved, hvem naboen er. Jeg forstår hende godt, men jeg har prøvet at overtale hende til at skrive til boligselskabet, så der kommer flere klager.

Jeg håber virkelig, at I kan hjælpe, eller at I kan sende mig videre til nogen, der kan. Jeg er ved at være helt udmattet og ved ikke, hvad jeg ellers skal gøre.

PS. I nat var det igen slemt, og jeg sad oppe fra halv to til næsten fire. Jeg har optaget en del af det, og man kan tydeligt høre bassen gennem loftet. Jeg ved godt, at man ikke kan forlange absolut ro i en etagebolig, og jeg er ikke en, der klager over børn, der løber, eller en vaskemaskine om aftenen. Men det her er noget andet. Jeg har også bemærket, at der kommer mange mennesker op og ned ad trappen om natten, og at der lugter af røg i opgangen. Jeg ved ikke, om det har noget med sagen at gøre, men det gør mig utryg, og jeg har ikke lyst til at gå ned med skraldet om aftenen længere. Måske kunne boligselskabets varmemester gå en runde en weekendnat.

Med venlig hilsen
Dorthe Lykkegaard
Strandparken 31, 3. tv.
2635 Ishøj
""")

M("b", """Kære borgmester

Jeg skriver til dig som formand for en lille forening, der arbejder for bedre forhold for fugle og natur ved Ishøj Strand og Tranegilde Strand. Vi er omkring 60 medlemmer, og vi mødes en gang om måneden for at tælle fugle, rydde affald op og holde foredrag.

Vi er glade for det samarbejde, vi har haft med kommunens naturafdeling de sidste år. De har lyttet til os, og de har gjort meget for at beskytte de sårbare områder ved lagunerne. Men der er nogle ting, som vi er bekymrede for, og som vi gerne vil have, at du og byrådet ser på.

Det drejer sig om planerne for en ny parkeringsplads og et nyt servicebyggeri ved Tranegilde Strand. Vi har set tegningerne, og vi kan se, at en del af det område, der i dag er strandeng og yngleplads for terner og strandskader, skal bruges til parkering. Det synes vi er en meget dårlig idé.

Ternerne og strandskaderne er sårbare og er gået tilbage i hele landet de sidste år. Ishøj er et af de få steder i hovedstadsområdet, hvor de stadig yngler i et vist antal. Hvis ynglepladsen forsvinder, er det et stort tab, både for naturen og for de mange mennesker, der kommer til stranden for at se fuglene.

Jeg skal nok sige, at jeg selv har været aktiv i Naturfredningsforeningen i 30 år og er medlem af Alternativet, fordi jeg mener, at naturen skal have en stemme i politik, men det er ikke derfor, vi skriver.

Vi skriver, fordi vi tror, at der kan findes en løsning, hvor der både er plads til de besøgende og til fuglene. Vi har nogle forslag:

1. Flyt den nye parkeringsplads til det eksisterende grusareal ved vejen, som allerede er befæstet.
2. Lav en sti med informationstavler om fuglene, så de besøgende kan lære om dem og respektere ynglepladsen.
3. Lav en afspærring af ynglepladsen i yngletiden fra april til juli, sådan som man gør andre steder.
4. Inddrag os og andre naturforeninger i den videre planlægning.

Vi vil gerne invitere dig og udvalget til en tur langs stranden i foråret, når fuglene er kommet. Vi kan vise jer, hvor de yngler, og fortælle om, hvad der skal til for at beskytte dem. Vi lover, at det bliver en god oplevelse, og vi tager kikkerter med til alle.

Vi vil også gerne tilbyde at hjælpe med at overvåge ynglepladsen og tælle fuglene, så kommunen har et godt grundlag for sine beslutninger. Vi har gjort det i mange år og har data helt tilbage til 1998.

Tak fordi du læser med. Vi håber, at vi kan finde en løsning sammen.

PS. Vi har netop afsluttet vores årlige optælling, og i år talte vi 46 ynglende par havterner og 12 par strandskader på netop det område, der skal bruges til parkering. Det er det højeste antal i ti år, og det viser, at den indsats, kommunen og foreningen har gjort sammen, virker. Det ville være en stor skam, hvis det hele blev sat over styr nu. Vi har også tal for dværgterne, som er endnu mere sjældne, og som har ynglet i området de sidste tre år. Jeg vedlægger vores rapport, som også indeholder kort over redernes placering. Vi vil gerne bede om, at rapporten bliver en del af sagens bilag, når udvalget skal træffe beslutning, så alle kan se tallene.

Med venlig hilsen
Lars Højgaard
Formand, Strandengens Venner
Tranegilde Strandvej 12
2635 Ishøj
""")

M("p", """Til Center for Byudvikling og Natur

Vi skriver angående vores ejendom på Ishøj Landsbyvej 40, hvor vi har et ældre stuehus og en stor have, som grænser op til det kommunale grønne område ved gadekæret. Vi har nogle spørgsmål om lokalplanen og om muligheden for at udstykke en del af grunden.

Vores grund er på omkring 2.400 kvadratmeter, og vi har i mange år tænkt på, om det var muligt at udstykke den bageste del, så der kunne bygges et mindre hus. Det ville give os mulighed for at blive boende i stuehuset, mens vores datter og hendes familie kunne bygge på den anden del. Vi har forstået, at lokalplanen for landsbyen har en minimumsgrundstørrelse, men vi kan ikke finde ud af, hvad den præcis er, og om der er mulighed for dispensation.

Vi har også spørgsmål om adgangsvejen. Den bageste del af grunden har kun adgang via vores egen indkørsel, og vi er usikre på, om det er tilstrækkeligt, eller om der skal laves en ny vej. Vi har hørt, at der i landsbyen er særlige regler for nye indkørsler af hensyn til landsbymiljøet.

Og så har vi et spørgsmål om bevaringsværdige bygninger. Vores stuehus er fra 1880'erne, og vi ved, at det er registreret som bevaringsværdigt. Betyder det noget for, hvad der må bygges på den anden del af grunden, f.eks. med hensyn til højde, tagform og materialer?

Det haster lidt for os, fordi vi samtidig har fået et købstilbud fra en nabo på netop den bageste del af grunden, og han vil gerne have svar inden udgangen af februar, før han skriver under.

Vi har ikke besluttet os for noget endnu. Vi vil helst, at vores datter får grunden, men hvis det ikke kan lade sig gøre at udstykke til hende, vil vi overveje naboens tilbud. Det afhænger meget af, hvad kommunen siger om mulighederne.

Vores spørgsmål er derfor:

1. Hvad er minimumsgrundstørrelsen i lokalplanen, og er der mulighed for dispensation?
2. Hvilke krav er der til adgangsvej for en udstykket grund i landsbyen?
3. Hvilke begrænsninger giver det bevaringsværdige stuehus for byggeri på resten af grunden?
4. Hvor lang tid tager en udstykningssag typisk, og hvad koster den?

Vi vil meget gerne have et møde med en sagsbehandler, hvor vi kan gennemgå mulighederne. Vi kan komme på rådhuset, eller I kan komme ud og se grunden. Vi har vedlagt et luftfoto og en skitse af, hvordan vi forestiller os udstykningen.

Vi vil også gerne nævne, at vi er meget glade for at bo i landsbyen, og at vi gerne vil bevare dens særlige karakter. Vi har ingen ønsker om at bygge noget stort eller moderne, der ikke passer ind. Vi vil bare gerne give plads til den næste generation.

Tak for hjælpen.

PS. Vi har i mellemtiden fået en landinspektør til at se på grunden, og han mener, at den bageste del kan blive på omkring 950 kvadratmeter, hvis skellet lægges, som vi har tegnet det. Han siger også, at der er en gammel dræning under haven, som muligvis skal flyttes, hvis der skal bygges. Det er noget, vi ikke vidste, og som vi gerne vil høre kommunens holdning til. Han har tilbudt at deltage i et møde med kommunen, hvis det kan gøre sagen hurtigere. Vi betaler gerne for hans tid, hvis det kan spare os for en lang skriftlig proces frem og tilbage. Vi vil i det hele taget gerne gøre det så let som muligt for alle parter.

Med venlig hilsen
Erik og Ruth Mogensen
Ishøj Landsbyvej 40
2635 Ishøj
Tlf. 43 73 09 28
""")

M("h", """Hej Sofie

Jeg skriver til dig, fordi jeg så i avisen, at Kultur- og Fritidsudvalget skal beslutte, om der skal være en ny skaterpark ved Ishøj Idrætscenter. Jeg vil gerne give min støtte til projektet og samtidig komme med et par idéer.

Jeg er 16 år og har skatet i fire år. Jeg skater mest ved Bycentret, men der bliver vi ofte jagtet væk af vagterne, og der er ikke noget ordentligt at skate på. Der er kun nogle kantsten og et par trapper. Mange af mine venner tager til København eller til Roskilde for at skate, men det koster penge og tager lang tid med toget.

En skaterpark i Ishøj ville betyde meget for os. Det ville give os et sted at være, hvor vi ikke er i vejen, og hvor vi kan øve os og blive bedre. Det ville også gøre det lettere for nye at komme i gang, fordi de kunne se os andre og lære af os.

Jeg har set tegningerne på kommunens hjemmeside, og de ser gode ud. Men jeg har et par forslag:

- Der skal være både noget for begyndere og for dem, der er gode. Små ramper og rails til dem, der lige er startet, og en bowl til de øvede.
- Der skal være lys, så man kan skate om aftenen om vinteren. Det er der, vi har mest tid efter skole.
- Der skal være bænke og et sted, hvor man kan sidde i læ, når det regner.
- Der skal være plads til løbehjul og BMX, men måske i en særlig del, så der ikke sker ulykker.

Jeg har også talt med mine venner, og vi vil gerne være med til at planlægge parken. Vi har mange idéer, og vi ved, hvad der virker. Mange skaterparker bliver lavet af folk, der ikke selv skater, og så bliver de ikke brugt.

Selv er jeg lige kommet tilbage på brættet efter en operation i ankelen i sommer, hvor jeg havde revet et ledbånd, og jeg har gået til genoptræning i tre måneder, så jeg ved godt, at et ordentligt underlag er vigtigt.

Men det vigtigste er, at der kommer en skaterpark. Vi er mange unge i Ishøj, der mangler et sted at være, og en skaterpark kunne blive et samlingssted, hvor både skatere og andre kan hænge ud. Det er bedre end at vi hænger ud ved Bycentret eller ved stationen.

Vi vil også gerne hjælpe med at passe på parken. Vi kunne lave en lille forening eller en gruppe, der holder øje med, at der ikke er affald eller hærværk. Det har de gjort i andre byer, og det virker godt.

Tak fordi du læser min mail. Jeg håber, at du stemmer for skaterparken, og jeg vil gerne komme til udvalgsmødet og fortælle om, hvad den vil betyde for os, hvis det er muligt. Min mor siger, at jeg skal skrive, at hun godt må kontaktes, hvis det er nødvendigt, og hendes nummer er 31 26 85 40.

PS. Jeg har lavet en lille tegning af, hvordan vi forestiller os parken, som jeg vedlægger. Den er ikke særlig flot, men den viser, hvor ramperne og rails kan være, og hvor der kan være plads til bænke og en lille overdækning. Jeg har også samlet underskrifter fra 57 unge, der vil bruge parken, og fra fem forældre, der gerne vil hjælpe med at lave en forening. Vi har også spurgt en skateshop i København, om de vil være med til at lave et åbningsarrangement, og de sagde ja. Så hvis I bygger den, skal vi nok sørge for, at der kommer mange og bruger den fra første dag. Jeg kan også sende links til videoer fra andre skaterparker, som vi synes er gode eksempler.

Venlig hilsen
Oscar Wendt
Ishøj Søvej 29
2635 Ishøj
""")

M("eh", """Til Center for Børn og Forebyggelse

Jeg skriver om samarbejdet mellem min søns børnehave og kommunens PPR, og jeg vil gerne have hjælp til at forstå, hvad der skal ske, og hvad jeg kan forvente.

Min søn, Elias, er fem år og går i Børnehuset Solsikken. Han er en glad og nysgerrig dreng, men pædagogerne har bemærket, at han har svært ved at sidde stille og koncentrere sig, og at han nogle gange bliver meget vred, når tingene ikke går, som han vil. De har foreslået, at han bliver set af en psykolog fra PPR, og det har jeg sagt ja til.

Det er nu tre måneder siden, og der er ikke sket noget. Jeg har spurgt i børnehaven, og de siger, at de har sendt indstillingen, men at der er lang ventetid hos PPR. Jeg har ringet til PPR, og de bekræfter, at de har modtaget indstillingen, men de kan ikke sige, hvornår psykologen kan komme.

Jeg er bekymret, fordi Elias skal starte i skole til august, og jeg gerne vil vide, om han har brug for støtte, inden han starter. Jeg har læst, at man kan søge om udsat skolestart, men jeg ved ikke, om det er relevant for ham, og jeg vil gerne høre psykologens vurdering først.

Jeg er alene med Elias og hans lillesøster, og jeg har i et år haft en familiebehandler fra kommunen, som kommer hjemme hos os hver uge efter en underretning fra min tidligere arbejdsplads.

Familiebehandleren har været en stor hjælp, og hun har også set Elias i hverdagen. Jeg har spurgt hende, om hun kan sige noget til PPR, men hun siger, at det er to forskellige afdelinger, og at hun ikke kan fremskynde sagen.

Mine spørgsmål er:

1. Hvor lang er ventetiden på PPR, og hvorfor er den så lang?
2. Kan sagen blive prioriteret, når Elias skal starte i skole om få måneder?
3. Hvad sker der, når psykologen har set ham? Får jeg en skriftlig vurdering, og bliver jeg inddraget?
4. Hvordan søger man om udsat skolestart, og hvornår er fristen?

Jeg vil gerne sige, at pædagogerne i Solsikken er rigtig gode og meget omsorgsfulde over for Elias. Det er ikke dem, jeg klager over. Men jeg synes, det er et problem, at der er så lang ventetid på hjælp, når det handler om små børn, hvor det er vigtigt at komme tidligt ind.

Jeg har også et spørgsmål om, hvorvidt der findes forældrekurser eller netværk for forældre til børn med lignende udfordringer. Jeg tror, at det kunne være godt for mig at tale med andre, der står i samme situation, og at lære, hvordan jeg bedst kan hjælpe Elias derhjemme.

Tak fordi I læser med. Jeg håber, at I kan hjælpe, og at Elias snart kan få den vurdering, han har brug for.

PS. Jeg har fået at vide af en anden mor i børnehaven, at man kan bede om at få et møde med PPR, selvom psykologen ikke har set barnet endnu, for at få nogle råd, man kan bruge derhjemme i mellemtiden. Er det rigtigt? Det vil jeg meget gerne, hvis det kan lade sig gøre. Jeg kan komme stort set alle formiddage, fordi jeg arbejder om eftermiddagen og aftenen. Jeg vil også gerne have, at børnehaven er med til mødet, så vi alle ved det samme og kan gøre tingene på samme måde. Det tror jeg, at Elias vil have godt af.

Med venlig hilsen
Line Abildgaard
Vejleåparken 28, 1. tv.
2635 Ishøj
""")

M("he", """Kære Borgerservice

Jeg skriver, fordi jeg skal have fornyet mit kørekort, og fordi jeg er i tvivl om, hvad jeg skal have med, og om jeg kan få hjælp til at komme derind.

Mit kørekort udløber om to måneder. Jeg har haft kørekort i over 50 år og har aldrig haft problemer. Jeg har læst på hjemmesiden, at man skal bestille tid i Borgerservice, og at man skal have et nyt foto og eventuelt en lægeerklæring med.

Jeg har forsøgt at bestille tid online, men systemet viser kun ledige tider om fem uger, og så er jeg tæt på udløbsdatoen. Kan man få en tid hurtigere, hvis man har travlt? Og hvad sker der, hvis kørekortet udløber, før jeg har fået det fornyet? Må jeg så ikke køre i mellemtiden?

Jeg har også spørgsmål om lægeerklæringen. På hjemmesiden står der, at man skal have en lægeerklæring, hvis man har visse sygdomme, og jeg tror, at det gælder mig, fordi jeg har fået konstateret epilepsi sidste år og tager medicin for det, og kommunen har også bevilget mig et nødkald, mens vi finder den rette dosis.

Min læge har sagt, at han godt vil skrive en erklæring, men at det koster 750 kr., og at jeg skal bestille en særlig tid. Er det rigtigt, at jeg selv skal betale for det? Og skal erklæringen sendes til Borgerservice, eller skal jeg tage den med?

Endelig vil jeg spørge om foto. Jeg har hørt, at man kan få taget foto i Borgerservice, men at det koster ekstra. Er det billigere at få det taget hos en fotograf? Og hvilke krav er der til fotoet?

Jeg ved, at det er mange spørgsmål, men jeg synes, det er svært at finde ud af på hjemmesiden. Der står en masse om forskellige kategorier og regler, og det er ikke let at forstå, hvad der gælder for mig.

Jeg vil også gerne foreslå, at man laver en lille guide til ældre, der skal forny kørekort, med en liste over, hvad man skal have med, og hvad det koster. Det ville spare både borgerne og Borgerservice for mange telefonopkald. Jeg er sikker på, at jeg ikke er den eneste, der har siddet og kløet mig i hovedet over de regler.

Jeg kan godt komme ind på rådhuset, men jeg har svært ved at stå i kø i længere tid. Er der mulighed for at få en stol, eller for at vente et sted, hvor man kan sidde ned?

Tak for hjælpen. Jeg ser frem til at høre fra jer.

PS. Min kone har også et kørekort, der skal fornyes til foråret, så vi vil gerne høre, om vi kan bestille en fælles tid, så vi kun skal køre ind én gang. Hun har det fint og skal ikke bruge lægeerklæring, men hun skal have nyt foto, ligesom jeg. Hvis det er muligt at få de to tider lige efter hinanden, ville det være meget praktisk, for vi skal have vores nabo til at køre os, hvis jeg ikke må køre selv i mellemtiden. Jeg vil også gerne vide, om der er parkering tæt ved indgangen til Borgerservice, eller om man skal parkere i Bycentrets p-hus og gå over. Det er et stykke at gå, især om vinteren, når der er glat på pladsen foran rådhuset, og det har ikke altid været saltet, når vi har været der om morgenen.

Endelig vil jeg spørge, om man kan betale med kort i Borgerservice, eller om det skal være kontant.

Med venlig hilsen
Holger Skovsgaard
Gildbrovej 12
2635 Ishøj
Tlf. 43 73 42 18
""")

M("e", """Kære Mette

Jeg skriver til dig, fordi jeg har set, at du er medlem af Social- og Sundhedsudvalget, og fordi jeg gerne vil fortælle om et problem med den kommunale tandpleje for ældre, som jeg tror, mange ikke kender til.

Min mor, Gerda Lassen, er 92 og bor på Torslunde Plejecenter, hvor hun har boet siden foråret.

Hun har altid passet godt på sine tænder og har gået til tandlæge hele sit liv. Men efter hun flyttede på plejecentret, har hun ikke været til tandlæge. Jeg har spurgt personalet, og de siger, at hun er tilmeldt den omsorgstandpleje, som kommunen tilbyder, men at der er lang ventetid, og at tandlægen kun kommer en gang om måneden.

Jeg har læst på kommunens hjemmeside, at omsorgstandplejen er et tilbud til borgere, der ikke selv kan komme til tandlæge, og at den koster et fast beløb om året. Men jeg har ikke kunnet finde ud af, hvornår min mor kan forvente at blive set, eller hvad der sker, hvis hun får ondt i en tand i mellemtiden.

Jeg synes, det er bekymrende. Dårlige tænder kan give mange andre problemer, og for ældre mennesker kan det betyde, at de ikke kan spise ordentligt og taber sig. Jeg har set, at min mor er begyndt at spise mindre, og jeg er bange for, at det skyldes hendes tænder.

Mine spørgsmål er:

1. Hvor lang er ventetiden på omsorgstandpleje i Ishøj, og hvorfor er den så lang?
2. Hvad gør man, hvis en beboer får akut tandpine? Kan man så få en tid hurtigere?
3. Hvor ofte bliver beboerne på plejecentrene set af en tandlæge?
4. Får personalet på plejecentrene undervisning i mundpleje, så de kan hjælpe beboerne med at børste tænder?

Jeg har talt med andre pårørende på plejecentret, og flere har samme oplevelse. Der er beboere, der ikke har været til tandlæge i over et år. Det synes jeg ikke er godt nok.

Jeg vil gerne foreslå, at udvalget ser på, om der er ressourcer nok til omsorgstandplejen, og om man kan gøre noget for at nedbringe ventetiden. Måske kunne man lave en aftale med private tandlæger i området, så de kunne tage nogle af patienterne.

Jeg vil også gerne foreslå, at der bliver lavet en plan for mundpleje på plejecentrene, så personalet ved, hvad de skal gøre, og så det bliver en fast del af plejen. Det koster ikke meget, og det kan gøre en stor forskel.

Tak fordi du læser med. Jeg håber, at du vil tage det op i udvalget. Jeg kan kontaktes på telefon 40 57 21 93, hvis du har spørgsmål. Jeg besøger min mor hver søndag og kan også mødes med dig der, hvis du vil se plejecentret.

PS. Jeg har nu fundet ud af, at der faktisk er en tandlæge i Ishøj, som har en aftale med plejecentret om akut hjælp, men personalet vidste ikke, at den fandtes, før jeg nævnte den. Det viser, synes jeg, at informationen om omsorgstandplejen ikke er nået ud til alle. Måske kunne man lave et lille informationsark, som blev hængt op i personalerummet på alle plejecentrene, med telefonnumre og en forklaring på, hvad man gør, når en beboer får ondt i en tand. Det koster næsten ingenting og kan spare mange ældre for lange perioder med smerter. Jeg har også spurgt, om pårørende selv må tage deres forælder med til en privat tandlæge, og det må man godt, men så skal man selv betale det hele, og det ved mange ikke.

Med venlig hilsen
Hanne Lassen
Greve
""")

M("he", """Til Center for Voksne og Velfærd

Jeg skriver, fordi jeg gerne vil søge om et andet tidspunkt for min bostøttemedarbejders besøg, og fordi jeg har nogle spørgsmål om, hvordan man kan klage over den nye ordning med faste tidspunkter.

Jeg har i to år fået bostøtte to gange om ugen, fordi jeg har angst og ADHD og har brug for hjælp til struktur, post og indkøb. Mit cpr-nummer er [[120894-2031]], hvis I skal bruge det for at finde min sag.

Indtil nu har jeg haft mulighed for at aftale tiderne med min medarbejder, så de passede med mit arbejde. Jeg arbejder 15 timer om ugen i et fleksjob i en genbrugsbutik, og det er meget vigtigt for mig at kunne passe det.

Nu har jeg fået et brev om, at bostøtten fra næste måned skal ske på faste tidspunkter, som bliver lagt af kommunen, og at mine besøg bliver tirsdag og torsdag kl. 10. Det passer ikke med mit arbejde, som er tirsdag og torsdag formiddag.

Jeg har ringet til min medarbejder, som siger, at hun ikke kan ændre det, fordi det er en ny beslutning fra ledelsen. Hun foreslog, at jeg skrev til jer.

Mine spørgsmål er:

1. Kan jeg få ændret tidspunkterne, så de passer med mit arbejde, f.eks. mandag og onsdag eftermiddag?
2. Hvis ikke, kan jeg så klage, og til hvem?
3. Hvorfor er ordningen blevet ændret, og er det noget, der gælder for alle?

Jeg vil gerne understrege, at jeg er meget glad for min bostøtte, og at den har hjulpet mig meget. For to år siden kunne jeg ikke åbne min post eller gå i supermarkedet alene. Nu kan jeg det meste selv, og jeg har fået et arbejde, som jeg er stolt af. Det er i høj grad bostøttens fortjeneste.

Men jeg er bange for, at hvis jeg skal vælge mellem bostøtten og mit arbejde, så mister jeg en af delene, og det vil være et stort tilbageskridt. Det kan vel ikke være meningen med ordningen.

Jeg har også læst, at man efter serviceloven skal have indflydelse på tilrettelæggelsen af sin hjælp, og at den skal tage udgangspunkt i den enkeltes behov. Jeg synes ikke, at faste tidspunkter uden mulighed for ændring lever op til det.

Jeg vil gerne have et møde, hvor vi kan tale om det. Jeg kan komme mandag eller onsdag eftermiddag, eller fredag hele dagen. Jeg vil gerne have min medarbejder med, hvis det er muligt, så hun kan fortælle, hvordan det har fungeret.

Jeg håber, at I vil tage hensyn til min situation, og at vi kan finde en løsning, så jeg både kan beholde min støtte og mit arbejde.

Tak for jeres tid. Jeg kan bedst kontaktes på mail, fordi jeg har svært ved at tale i telefon.

PS. Jeg har talt med min chef i genbrugsbutikken, og han er villig til at flytte mine timer til mandag og onsdag, hvis det er den eneste løsning. Men så skal en kollega bytte med mig, og hun har børn, der skal hentes, så det er ikke let for hende. Jeg vil derfor helst, at det er bostøtten, der flytter, hvis det overhovedet kan lade sig gøre. Hvis det ikke kan, vil jeg gerne vide det hurtigt, så vi kan nå at lave en ny vagtplan i butikken, før den nye ordning starter. Jeg har ikke lyst til at skulle starte med at gå glip af arbejdet, fordi jeg venter på et svar, og så få problemer med min arbejdsgiver, som har været meget forstående over for mig.

Med venlig hilsen
Sebastian Krag
Vildtbanevej 3, 1. th.
2635 Ishøj
""")

M("e", """Hej Kim

Tak for sidst til generalforsamlingen i Ishøj Boldklub. Du bad mig skrive til dig om klubhuset, så her er det. Det er blevet lidt langt, for der er mange ting, der hænger sammen.

Klubhuset ved Ishøj Idrætscenter er bygget i 1978 og er ikke blevet renoveret siden 1990'erne. Taget er utæt, og der kommer vand ind i omklædningsrummene, når det regner. Der er skimmelsvamp i loftet over bruserne, og ventilationen virker ikke. Vinduerne er enkeltlagsglas, og varmen forsvinder lige ud. Vi har målt temperaturen i omklædningsrummene til 12 grader en morgen i november.

Vi har meldt det til kommunens ejendomsafdeling flere gange, og de har været ude og se på det. De siger, at de godt ved, at huset trænger til en renovering, men at der ikke er penge til det i budgettet i år. De har lappet taget et par gange, men det holder kun til næste storm.

Klubben har omkring 450 medlemmer, og klubhuset bliver brugt hver dag af både børn og voksne. Vi har også mange udefrakommende hold, der spiller kampe hos os, og det er pinligt at vise dem omklædningsrummene.

Vi har i bestyrelsen talt om, hvad vi selv kan gøre, og vi har søgt om penge fra DIF og fra et par fonde til nye vinduer. Men taget og ventilationen er for store opgaver til, at vi kan klare dem selv, og det er kommunens bygning.

Jeg skal for god ordens skyld sige, at jeg selv er gået på efterløn i år, så jeg har fået mere tid til klubben og har påtaget mig at være bestyrelsens kontakt til kommunen om huset.

Vores ønsker er:

1. At renoveringen af klubhuset kommer med i næste års budget, i det mindste taget og ventilationen.
2. At skimmelsvampen bliver undersøgt og fjernet hurtigst muligt, fordi det er et sundhedsproblem for børnene.
3. At klubben bliver inddraget i planlægningen af renoveringen, så vi kan komme med vores ønsker.
4. At kommunen hjælper med at søge fondsmidler, så vi måske kan få lidt mere ud af pengene.

Vi vil også gerne invitere dig og resten af udvalget til at komme og se klubhuset. Det er bedre at se det med egne øjne end at læse om det. Vi har træning hver dag fra kl. 16, og der er altid nogen fra bestyrelsen til stede om torsdagen.

Tak fordi du vil tage sagen op. Vi ved, at der er mange, der kæmper om pengene, men vi håber, at I kan se, at det her er et sted, der betyder meget for mange mennesker i Ishøj, og at det ikke kan vente ret meget længere.

PS. Vi har fået et tilbud fra et firma på at undersøge skimmelsvampen for 6.500 kr., og vi overvejer at betale det selv, fordi vi er bekymrede for børnene. Men vi vil gerne vide, om kommunen så vil tage resultatet alvorligt og handle på det, eller om kommunen selv vil lave en undersøgelse. Vi vil ikke bruge foreningens penge på noget, der alligevel skal laves om. Vi har også spurgt en af forældrene, som er ingeniør, om han vil se på ventilationen, og han mener, at det er et forholdsvis simpelt problem med et defekt spjæld, som måske kan løses for få tusind kroner. Det kunne være et godt første skridt, mens vi venter på den store renovering.

Med sportslig hilsen
Bjarne Rosendahl
Bestyrelsesmedlem, Ishøj Boldklub
Vejlebrovej 64
2635 Ishøj
""")

M("", """Kære Social- og Sundhedsudvalget

Jeg skriver som leder af en privat leverandør af praktisk hjælp, der har kontrakt med Ishøj Kommune om rengøring og tøjvask hos hjemmehjælpsmodtagere i den sydlige del af kommunen. Jeg vil gerne give jer en status på samarbejdet og pege på nogle ting, som efter vores erfaring kan forbedres.

Vi har haft kontrakten i snart tre år og leverer hjælp hos omkring 280 borgere hver måned. Vi har 34 medarbejdere, hvoraf de fleste er uddannede hjemmehjælpere eller social- og sundhedshjælpere. Vi er glade for samarbejdet med visitationen, som er professionel og hurtig til at svare, når vi har spørgsmål.

Der er dog nogle udfordringer, som vi gerne vil gøre opmærksom på.

For det første er kørselstiden mellem borgerne ikke realistisk beregnet i kontrakten. Kontrakten forudsætter en gennemsnitlig køretid på 8 minutter mellem besøgene, men i praksis er den nærmere 12 minutter, fordi borgerne bor spredt, og fordi der er meget trafik på de store veje om formiddagen. Det betyder, at vores medarbejdere har mindre tid hos den enkelte borger, end der er visiteret til, eller at vi må betale overtid.

For det andet er der problemer med adgangen til nøgler og nøglebokse. Mange borgere har nøglebokse, som kommunen har sat op, men koderne bliver ikke altid opdateret i systemet, når de ændres. Vores medarbejdere står derfor nogle gange uden for en dør uden at kunne komme ind.

For det tredje er sygefraværet i branchen generelt højt, og vi har ligesom kommunens egen hjemmepleje haft svært ved at rekruttere. Vi har i år haft et gennemsnitligt sygefravær på 7,8 procent, hvilket er lidt under landsgennemsnittet, men det betyder stadig, at vi ofte må flytte besøg.

For det fjerde savner vi en fælles platform til kommunikation med kommunen. I dag foregår det meste via mail og telefon, og det er ikke altid let at finde den rette person. En fælles portal, hvor både visitation og leverandører kunne se ændringer og beskeder, ville gøre samarbejdet lettere.

Vores forslag er:

1. At køretiden i kontrakten bliver genforhandlet ud fra faktiske målinger, som vi gerne bidrager med.
2. At der bliver lavet en fast procedure for opdatering af nøglebokskoder.
3. At kommunen og leverandørerne samarbejder om rekruttering, f.eks. ved fælles jobmesser eller praktikpladser.
4. At der bliver indført en fælles digital platform for kommunikation.

Vi vil gerne mødes med udvalget eller med forvaltningen for at drøfte forslagene. Vi er interesserede i at forlænge kontrakten, når den udløber, og vi vil gerne gøre det på et grundlag, der er godt for både borgerne, medarbejderne og kommunen.

PS. Vi har i øvrigt noteret os, at visitationen har indført nye kvalitetsstandarder for tøjvask fra januar, hvor vask skal ske i borgerens eget hjem og ikke længere på vores centrale vaskeri. Det betyder mere tid hos den enkelte og flere besøg, og vi vil gerne drøfte, hvordan det kan indpasses i den nuværende økonomi. Vi har regnet på det og kommer frem til, at ændringen vil kræve omkring 1,5 ekstra årsværk for os. Vi er ikke imod ændringen, som sikkert er god for mange borgere, men den skal finansieres, og det er ikke nævnt i kontrakten. Vi håber derfor på en dialog om et tillæg, før ordningen træder i kraft.

Med venlig hilsen
Britt Holmsted
Direktør, Hjem & Hverdag ApS
Industrivej 31
2635 Ishøj
""")

M("", """Hej Lars

Jeg følger med i debatten om kommunens budget, og jeg vil gerne give dig nogle tanker om gældsrådgivning og økonomisk vejledning, som jeg mener, kommunen bør prioritere højere. Jeg skriver som borger og som en, der har arbejdet med området i mange år, dog ikke i Ishøj.

Jeg har i 15 år været frivillig gældsrådgiver i en landsdækkende organisation og har mødt hundredvis af mennesker, der var kommet i økonomiske problemer. Min erfaring er, at de fleste kunne have undgået de værste problemer, hvis de havde fået hjælp tidligere. Det er ofte en lille regning, der ikke bliver betalt, og som så vokser med gebyrer og renter, til den er uoverskuelig.

Jeg har set, at Ishøj har en relativt høj andel af husstande med gæld til det offentlige, og at antallet af udsættelser fra almene boliger er steget de seneste år. Det er ikke unikt for Ishøj, men det er et problem, som kommunen har mulighed for at gøre noget ved.

Mine forslag er:

1. At kommunen etablerer en gratis og anonym økonomisk rådgivning, som borgerne kan henvende sig til, før problemerne bliver for store. Den kunne ligge på biblioteket eller i et af de boligsociale centre.
2. At kommunen samarbejder med boligselskaberne om en tidlig indsats, hvor beboere, der kommer i restance, bliver tilbudt rådgivning, før sagen går videre.
3. At kommunen ser på sine egne opkrævningsrutiner, så der er mulighed for at lave rimelige afdragsordninger, før gælden sendes til Gældsstyrelsen.
4. At der bliver lavet undervisning i privatøkonomi i udskolingen, så de unge lærer at lægge et budget.

Jeg ved, at nogle af forslagene koster penge. Men jeg tror, at de vil spare penge på længere sigt. En udsættelse koster kommunen mange penge i form af genhusning, sociale ydelser og sagsbehandling, og det er langt billigere at forebygge.

Jeg har set, at Albertslund og Hvidovre har gode erfaringer med lignende indsatser, og at de har kunnet dokumentere, at færre familier bliver sat ud. Det kunne være værd at tale med dem.

Jeg vil gerne tilbyde min hjælp. Jeg har tid, nu hvor mine børn er flyttet hjemmefra, og jeg vil gerne bidrage med min erfaring, f.eks. ved at være med til at opbygge en frivillig rådgivning i Ishøj. Jeg kender også andre erfarne rådgivere, der vil være interesserede.

Jeg vil også gerne dele nogle af de materialer, vi har udarbejdet i organisationen, f.eks. budgetskemaer og vejledninger om, hvordan man forhandler med kreditorer. De er gratis og kan bruges af alle.

Jeg håber, at du vil tage forslagene med i budgetforhandlingerne. Jeg er klar over, at der er mange gode formål, der kæmper om pengene, men jeg tror, at det her er en investering, der kan betale sig, både menneskeligt og økonomisk.

PS. Jeg har også noteret mig, at der i kommunens egen opkrævning stadig sendes rykkere med et standardgebyr på 100 kr., selvom det kun drejer sig om små beløb. Det er lovligt, men det kan være en dårlig start på en dialog med en borger, der er ved at komme i problemer. Nogle kommuner har valgt at ringe til borgeren først, før den første rykker bliver sendt, og de har fået flere til at betale til tiden og færre sager til inddrivelse. Det kunne være værd at prøve i Ishøj også. Jeg vil gerne være med til at lave et lille forsøg, hvis forvaltningen er interesseret, og jeg har kontakter i de andre kommuner, der har gjort det.

Med venlig hilsen
Preben Vinther
Tranegårdsvej 8
2635 Ishøj
""")
