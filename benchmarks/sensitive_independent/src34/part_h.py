"""corpus34 part H: long mails (over 3,000 characters) where one sentence in the middle
carries a medicine, a ward, a therapist, a payment plan, a collection letter, care received
or a jobcentre duty; a few carry a CPR number or another category there too."""
from common import M

M("h", """Kære Ishøj Kommune, Vej og Park

Jeg vil gerne gøre opmærksom på en række forhold på Pilemøllevej og de tilstødende stier, som efter min mening trænger til at blive set på, inden vinteren for alvor sætter ind. Jeg har boet på vejen i snart 30 år, og jeg har aldrig set den i så dårlig stand som nu.

For det første er der asfalten. Der er opstået store huller ud for nummer 12 til 20, hvor vandet samler sig, når det regner. Om morgenen fryser vandet til is, og jeg har flere gange set cyklister vælte, fordi de ikke kunne se isen i mørket. En af mine naboer, en ung pige på vej til gymnasiet, slog sig ret slemt i sidste uge. Hullerne har været der siden foråret, og de bliver større for hver uge, der går. Jeg har meldt dem via jeres app to gange, første gang i april og anden gang i september, men der er ikke sket noget.

For det andet er der fortovet. Fliserne er mange steder hævet af rødderne fra de gamle lindetræer, så der er kanter på op til fem centimeter. Det er svært at komme frem med barnevogn, og det er farligt for ældre. Jeg forstår godt, at man ikke vil fælde træerne, og det vil jeg heller ikke, for de er smukke og giver skygge om sommeren. Men måske kunne man lægge fliserne om, eller lave en lille rampe ved de værste steder.

For det tredje er belysningen. To af gadelygterne ud for nummer 30 har været slukket siden sommerferien. Det betyder, at der er et stykke på omkring 80 meter, hvor der er helt mørkt. Det er utrygt, især for kvinder og børn, der går hjem om aftenen. Jeg har hørt fra en nabo, at der har været et par indbrud i skurene på den mørke strækning.

Jeg lægger selv mærke til den slags, fordi jeg tager blodfortyndende medicin efter min hjerteklapoperation og derfor skal passe ekstra på ikke at falde og slå mig.

For det fjerde er der stien bag husene ned mod Vejleåen. Den er groet til med brombær og brændenælder, så man næsten ikke kan komme igennem. Den blev tidligere slået to gange om året, men i år er den ikke blevet slået overhovedet. Det er en skam, for det er en dejlig sti, som mange bruger til at gå tur med hunden eller til at komme ned til åen.

Jeg har nogle konkrete forslag:

1. At hullerne i asfalten bliver lappet midlertidigt, indtil vejen kan blive lagt om. Det kan gøres på en dag med en lille maskine, har jeg set andre steder.
2. At de værste fliser ved træerne bliver lagt om, eller at der bliver lagt asfalt i stedet på de kritiske steder.
3. At de to gadelygter bliver repareret hurtigst muligt.
4. At stien bag husene bliver slået og ryddet, og at den kommer på en fast plan igen.

Jeg vil også gerne spørge, om der er en samlet plan for vedligeholdelse af vejene i vores område. Jeg har set på hjemmesiden, at der findes en vejplan, men den er fra 2019, og jeg kan ikke se, om Pilemøllevej er med. Hvis vejen står til at blive renoveret i de kommende år, vil jeg gerne vide hvornår, så vi kan forberede os.

Jeg er klar over, at kommunen har mange veje at passe, og at pengene er små. Men jeg tror, at mange af tingene kan gøres billigt, hvis bare de bliver gjort. Og jeg tror også, at det koster mere på sigt at vente, både fordi skaderne bliver større, og fordi der kan ske ulykker.

Hvis I vil have mig til at vise jer stederne, vil jeg gerne gå en tur med jer. Jeg er hjemme de fleste dage og kan træffes på telefon 43 54 27 81.

Med venlig hilsen
Kjeld Ammitzbøll
Pilemøllevej 26
2635 Ishøj
""")

M("e", """Hej Mette

Det er længe siden, vi har talt sammen, men jeg håber, du husker mig fra dengang, vi sad sammen i forældrebestyrelsen på Strandgårdsskolen. Jeg skriver, fordi jeg har et par spørgsmål om kommunens tilbud til unge, og fordi jeg ved, at du sidder i Børne- og Skoleudvalget nu.

Min ældste datter, Josefine, er 17 og har lige afsluttet 10. klasse. Hun er ikke kommet i gang med en uddannelse, og hun ved ikke rigtig, hvad hun vil. Hun har været til et par samtaler hos Ungdommens Uddannelsesvejledning, men hun synes ikke, at det har hjulpet så meget. Hun sidder mest derhjemme og er på sin telefon, og jeg er bekymret for, at hun kommer ind i en dårlig rytme.

Jeg har hørt om FGU, den forberedende grunduddannelse, og jeg har læst, at der er en skole i Brøndby, som Ishøj-unge kan gå på. Men jeg har ikke kunnet finde ud af, hvordan man kommer ind, og om det er noget, man selv søger, eller om det er noget, kommunen henviser til. Jeg har også hørt, at der er en ordning, hvor unge kan komme i praktik i en virksomhed nogle uger og prøve et fag af. Det tror jeg, at Josefine ville have godt af, fordi hun er meget praktisk og god med sine hænder.

Mine spørgsmål er derfor:

1. Hvordan kommer man ind på FGU, og hvor lang er ventetiden?
2. Findes der en praktikordning for unge, der ikke er i uddannelse, og hvordan finder man en praktikplads?
3. Er der nogen i kommunen, som kan være en fast kontaktperson for Josefine, så hun ikke skal fortælle sin historie forfra hver gang?

Det er ikke fordi, vi har de store problemer, men familien har haft et svært år, hvor vores økonomi er blevet så stram, at vi har fået en sagsbehandler i Center for Børn og Forebyggelse, som kommer hjemme hos os en gang om måneden og hjælper med budgettet og børnenes fritidsaktiviteter.

Sagsbehandleren er rigtig god, men hun har sagt, at uddannelse for de unge er en anden afdeling, og at jeg skulle henvende mig der. Så det gør jeg nu, men jeg ved ikke helt hvor, og derfor skriver jeg til dig i håbet om, at du kan pege mig i den rigtige retning.

Jeg vil også gerne sige noget mere generelt. Jeg tror, der er mange unge i Ishøj, der har det som Josefine. De er ikke dårlige, de er ikke kriminelle, de er bare gået lidt i stå. De har brug for en voksen, der tror på dem, og for et sted at gå hen om morgenen. Jeg har læst, at kommunen har et mål om, at alle unge skal have en uddannelse, og det synes jeg er et godt mål. Men for at nå det, skal der være nogle tilbud, som er lette at finde og lette at komme ind på.

Jeg kunne godt tænke mig, at kommunen lavede en lille folder eller en side på hjemmesiden, der forklarede de forskellige muligheder for unge efter 9. og 10. klasse, og hvem man skal kontakte. Det ville hjælpe os forældre meget, for det er et stort og uoverskueligt system, og man føler sig hurtigt dum, når man ikke kender ordene.

Tak fordi du læser med. Jeg ved, at du har travlt, men jeg ville blive glad for et svar eller et navn på en, jeg kan skrive til. Josefine ved godt, at jeg skriver til dig, og hun synes, det er okay.

Mange hilsner
Anja Nørgaard
Strandgårdsvej 61
2635 Ishøj
""")

M("h", """Til Kultur- og Fritidsudvalget

Som formand for Ishøj Havekreds vil jeg gerne takke for det tilskud, vi fik sidste år til vores plantebytte og vores foredragsrække. Det har betydet, at vi har kunnet invitere nogle rigtig gode foredragsholdere, og vi har haft over 40 deltagere ved hvert foredrag. Det er langt flere, end vi havde turde håbe på, og det viser, at der er en stor interesse for haver og natur i Ishøj.

Jeg skriver også, fordi vi gerne vil søge om tilskud igen til næste år, og fordi vi har nogle ønsker til, hvordan samarbejdet med kommunen kan blive endnu bedre.

Vores største ønske er at få lov til at etablere en lille fælleshave på det grønne område ved Ishøj Landsbyvej, tæt ved gadekæret. Området bliver i dag kun slået et par gange om året, og det bliver ikke brugt til ret meget. Vi forestiller os nogle højbede, hvor medlemmer og andre interesserede kan dyrke grøntsager og blomster, og et lille skur til redskaber. Vi vil selv stå for arbejdet og vedligeholdelsen, og vi vil gerne lave en aftale med kommunen om, hvordan det skal foregå.

Vi har talt med nogle af naboerne til området, og de er positive. Flere af dem har sagt, at de gerne vil være med. Vi har også talt med Ishøj Landsby Skole, som gerne vil have en klasse med, så børnene kan lære om, hvor maden kommer fra.

Vores andet ønske er, at kommunen vil hjælpe med at sprede budskabet om foreningens arrangementer. Vi har en lille hjemmeside og en Facebook-side, men vi når ikke så mange, som vi gerne vil. Hvis vi kunne få vores arrangementer med i kommunens kalender og på infoskærmene i Bycentret og på biblioteket, ville det hjælpe meget.

Vores tredje ønske er at få lov til at bruge Kulturhusets store sal til vores årlige plantebytte i maj. Sidste år holdt vi det på parkeringspladsen, og det regnede hele dagen, så det var ikke en succes. Hvis vi kunne være indendørs, ville vi kunne samle mange flere.

Jeg skal selv stoppe som formand ved generalforsamlingen i marts, fordi min reumatolog har sat mig i behandling med en ny biologisk medicin mod min leddegigt, og jeg ved endnu ikke, hvor meget energi jeg får.

Men foreningen fortsætter, og vi har en god næstformand, Lisbeth Juhl, som har sagt ja til at stille op. Hun vil være jeres kontaktperson fremover, og jeg har givet hende alle papirer og aftaler.

Jeg vedlægger vores regnskab for sidste år og et budget for næste år, så I kan se, hvad pengene er blevet brugt til, og hvad vi gerne vil bruge dem til. Vi søger om 8.000 kr., det samme som sidste år.

Jeg vil gerne slutte med at sige, at jeg synes, Ishøj er en dejlig by at bo i, og at det er de små foreninger og de frivillige, der gør den til det. Jeg håber, at kommunen vil blive ved med at støtte os, for vi gør det for byens skyld og ikke for vores egen.

Hvis I har spørgsmål, er I velkomne til at kontakte mig eller Lisbeth. Mine kontaktoplysninger står nedenfor, og Lisbeth kan nås på 23 17 40 96.

Med venlig hilsen
Margit Thomsen
Formand, Ishøj Havekreds
Ishøj Landsbyvej 12
2635 Ishøj
""")

M("e", """Kære Center for Borger, Økonomi og IT

Jeg skriver, fordi jeg har modtaget et brev om, at min ejendomsskat for næste år bliver forhøjet markant, og jeg har svært ved at forstå beregningen. Jeg har prøvet at læse vejledningen, men jeg er ikke blevet meget klogere.

Jeg bor i et lille rækkehus på Gildbro Vænge, som jeg har ejet siden 1998. Huset er ikke blevet renoveret, og det er ikke blevet større. Alligevel er grundskylden steget med næsten 30 procent på to år. I brevet står der, at det skyldes den nye ejendomsvurdering fra Vurderingsstyrelsen, og at kommunen har fastsat en grundskyldspromille på et bestemt niveau.

Jeg vil gerne forstå:

1. Hvor stor en del af stigningen skyldes den nye vurdering, og hvor stor en del skyldes kommunens promille?
2. Har kommunen mulighed for at sætte promillen ned, så stigningen bliver mindre for husejerne?
3. Hvad er skatterabatten, som der står om i brevet, og hvordan bliver den beregnet?
4. Kan jeg klage over vurderingen, og i givet fald til hvem?

Jeg har talt med mine naboer, og de har fået de samme breve. Der er en del af os, der er ældre og har boet her længe, og vi er bekymrede for, om vi har råd til at blive boende, hvis skatten bliver ved med at stige.

For mit eget vedkommende er det sådan, at jeg allerede har en aftale om indefrysning af grundskylden, fordi min folkepension ikke rækker til både skat og varme, og jeg er nervøs for, at det indefrosne beløb vokser mig over hovedet.

Jeg ved godt, at meget af det er statslige regler, og at kommunen ikke bestemmer alt. Men jeg synes, det er kommunens ansvar at forklare det på en måde, så almindelige mennesker kan forstå det. Brevet var på tre sider med mange tal og henvisninger til paragraffer, og jeg måtte have hjælp af min søn til at læse det.

Jeg har også et forslag. Kunne kommunen holde et informationsmøde for husejere, hvor nogen fra skatteafdelingen forklarede den nye ordning og svarede på spørgsmål? Jeg tror, at mange ville komme. Man kunne holde det i Kulturhuset en aften, og det behøver ikke at tage mere end en time.

Jeg har også prøvet at bruge beregneren på Vurderingsportalen, men den kræver, at man logger ind med MitID, og så skal man finde frem til en masse tal, som man ikke ved, hvor man skal finde. Til sidst gav jeg op.

Jeg vil gerne takke medarbejderen i Borgerservice, som jeg talte med i telefonen sidste uge. Hun var meget tålmodig og forklarede det så godt, hun kunne, men hun sagde også, at jeg skulle skrive til jer for at få et ordentligt svar.

Jeg håber at høre fra jer snart, og gerne med en forklaring, som jeg kan forstå. Jeg har vedlagt kopi af brevet, så I kan se, hvad der står.

På forhånd tak.

PS. Jeg har i mellemtiden talt med to af mine naboer, som har fået et helt andet beløb end mig, selvom vores huse er næsten ens og ligger side om side. Den ene skal betale omkring 2.000 kr. mindre om året. Vi har sammenlignet brevene ved køkkenbordet, og vi kan ikke se, hvor forskellen kommer fra. Kan det skyldes, at grundene er målt forskelligt, eller at der er sket en fejl? Jeg vil gerne have, at nogen ser på det, for hvis der er fejl i vurderingerne i vores lille bebyggelse, er der måske også fejl andre steder. Jeg tilbyder gerne at samle brevene fra de andre husstande, så I kan se dem samlet, hvis det kan gøre arbejdet lettere for jer.

Med venlig hilsen
Aase Bruun
Gildbro Vænge 39
2635 Ishøj
""")

M("h", """Hej Karsten

Tak for dit indlæg i Lokalavisen om den nye bymidte og om planerne for Ishøj Torv. Jeg er enig i meget af det, du skriver, men jeg har nogle bemærkninger, som jeg gerne vil give dig, fordi jeg tror, de er vigtige for, at bymidten bliver et sted, hvor alle har lyst til at komme.

Først vil jeg sige, at jeg er glad for, at der kommer mere grønt. Torvet er i dag meget gråt og hårdt, og det er ikke et sted, man har lyst til at opholde sig. Træer, bænke og måske et lille vandspil ville gøre en stor forskel. Jeg har set tegningerne, og de ser lovende ud.

Men jeg savner, at der bliver tænkt på, hvordan man kommer til og fra torvet. Der er i dag kun en indgang fra busterminalen, og den går gennem en smal passage, hvor der ofte står cykler og affald. Hvis torvet skal være et samlingspunkt, skal det være let at komme dertil fra alle sider, både gående, cyklende og med bus.

Jeg savner også, at der bliver tænkt på toiletter. Der er ingen offentlige toiletter i bymidten, undtagen inde i Bycentret, og de er lukket om aftenen og om søndagen. Det er et problem for børnefamilier, for ældre og for alle, der bruger torvet til arrangementer. Jeg synes, at et offentligt toilet bør være en del af planen fra starten.

Jeg har selv en kronisk tarmsygdom, Crohns, og jeg ved af erfaring, hvor meget det betyder at vide, at der er et toilet inden for rækkevidde, når man bevæger sig rundt i byen.

Men det gælder jo for mange. Jeg har talt med folk i Seniorklubben, som siger, at de ikke tager ind til byen, fordi de ikke ved, hvor de kan gå på toilettet. Og forældre med små børn har det på samme måde.

Jeg har også en bemærkning om parkering. Jeg forstår, at der skal være færre biler i bymidten, og det er jeg egentlig enig i. Men der skal være handicapparkering tæt på torvet, og der skal være et sted, hvor man kan sætte folk af. Ellers kan de mennesker, der har sværest ved at gå, ikke komme der.

Og så vil jeg foreslå, at der bliver lavet en brugergruppe, der kan følge projektet. Det kunne være repræsentanter fra Handicaprådet, Ældrerådet, Ungdomsrådet og de lokale foreninger. De kunne mødes et par gange i løbet af projektet og give deres input, så man undgår at lave fejl, der er dyre at rette bagefter.

Jeg vil gerne være med i sådan en gruppe, hvis den bliver lavet. Jeg har tid, og jeg har lyst til at bidrage til, at bymidten bliver et godt sted.

Tak for dit engagement i byen. Det er godt at se en politiker, der tager stilling og skriver i avisen om det, han mener.

PS. Jeg har senere talt med indehaveren af caféen på hjørnet af torvet, som fortalte, at han gerne ville stille sit toilet til rådighed for offentligheden mod et lille tilskud fra kommunen. Det har man gjort i andre byer under navnet "Det venlige toilet", hvor butikker og caféer sætter et klistermærke i vinduet og lader folk gå på toilettet uden at købe noget. Det kunne være en hurtig og billig løsning, indtil der kommer et rigtigt offentligt toilet på torvet. Måske kunne kommunen tale med de handlende i bymidten om det? Jeg tror, at flere ville være med, hvis de fik lidt hjælp til rengøring og et skilt. Det ville gøre en stor forskel for mange mennesker allerede fra næste sommer, og det kan sættes i gang uden en lokalplan.

Jeg vil også gerne spørge, om der er planer om at flytte busstoppestedet tættere på torvet, når bymidten bliver lavet om.

Venlig hilsen
Anette Holck
Ishøj Stationsvej 14, 3. tv.
2635 Ishøj
""")

M("eh", """Kære Center for Voksne og Velfærd

Jeg skriver for at give jer en tilbagemelding på den hjælp, min far har fået, og for at stille et par spørgsmål om, hvad der sker nu, hvor han er flyttet.

Min far, Arne Bjerregaard, boede indtil for en måned siden på Kærbyvej 2 i Ishøj. Han er 88 år og har boet alene, siden min mor døde for seks år siden. I de sidste to år har han fået hjemmehjælp til rengøring og indkøb hver anden uge, og de sidste måneder også hjælp til bad to gange om ugen, og den hjælp har været helt afgørende for, at han kunne blive boende så længe.

Jeg vil gerne sige tak til hjemmehjælperne. Der var især en hjælper, Susanne, som kom hos ham i lang tid, og som han var meget glad for. Hun havde tid til at snakke, og hun lagde mærke til, når der var noget galt. Det betød meget for ham og for os pårørende, fordi vi vidste, at der var nogen, der holdt øje.

Nu er han flyttet til Roskilde for at bo tættere på min søster, og han bor i en lejlighed i samme opgang som hende. Han har fået hjælp fra Roskilde Kommune, og det fungerer fint.

Mine spørgsmål drejer sig om nogle praktiske ting:

1. Han har stadig et nødkald fra Ishøj Kommune i lejligheden på Kærbyvej, som skal afleveres. Hvordan gør vi det? Skal vi selv bringe det et sted hen, eller bliver det hentet?
2. Han har også en badestol og en gribetang, som han har lånt. Skal de også afleveres, eller kan han tage dem med til Roskilde?
3. Vi har fået en regning for hjemmehjælp for den måned, hvor han flyttede. Den dækker hele måneden, selvom han kun var i Ishøj de første ti dage. Kan den blive justeret?

Jeg har prøvet at ringe til visitationen, men jeg kom ikke igennem. Jeg har også prøvet at finde svar på hjemmesiden, men der står ikke noget om, hvad man skal gøre, når en borger flytter ud af kommunen.

Det ville være godt, hvis der var en lille tjekliste til pårørende, når en ældre flytter, så man ved, hvad man skal huske. Der er mange ting, og det er let at glemme noget, når man står midt i en flytning og samtidig skal passe sit eget arbejde og sin egen familie.

Jeg vil gerne slutte med at sige, at vi som familie har været meget tilfredse med Ishøj Kommune. Der har været venlige og kompetente mennesker hele vejen, og vi har følt, at min far var i gode hænder. Det er ikke noget, man skal tage for givet, og derfor vil jeg gerne sige det.

Jeg kan kontaktes på mail eller på telefon 29 83 16 44. Jeg arbejder på hverdage, men kan tage telefonen i frokostpausen.

PS. Jeg har i øvrigt opdaget, at min fars navn stadig står på listen over modtagere af kommunens nyhedsbrev til ældre, og at han får post fra Ishøj om arrangementer i Seniorklubben og om influenzavaccination. Det er ikke noget stort problem, men det forvirrer ham, fordi han tror, at han skal deltage. Kan I fjerne ham fra de lister, når flytningen er registreret? Og hvis der er andre lister, han står på, f.eks. til besøgsvenner eller til den årlige julefrokost for ældre, vil jeg gerne have ham fjernet derfra også. Jeg har prøvet at afmelde ham via linket i nyhedsbrevet, men det kræver et login, som han ikke har.

Jeg vil også gerne vide, om hans journal fra hjemmeplejen bliver sendt videre til Roskilde, eller om vi selv skal sørge for det.

Med venlig hilsen
Birgitte Bjerregaard Nielsen
Roskilde
""")

M("eu", """Kære Jonas

Jeg skriver til dig, fordi du ved sidste byrådsmøde talte om, at kommunen skal være en god arbejdsplads, og fordi jeg har en oplevelse, som jeg synes, du skal høre om.

Jeg har i mange år været ansat som pedel på en af kommunens skoler. Jeg har været glad for mit arbejde, og jeg har haft gode kolleger. Men i de sidste par år er der sket meget. Antallet af pedeller er blevet skåret ned, og vi har fået flere bygninger at passe. Der er ikke længere tid til at lave det ordentligt, og meget af det, vi laver, er brandslukning.

Jeg tror ikke, at politikerne altid ved, hvad det betyder ude på skolerne. Når en dør går i stykker, går der nu flere uger, før den bliver lavet. Når et toilet er stoppet, må børnene gå til en anden fløj. Når der skal bæres borde og stole til et arrangement, må lærerne selv gøre det, fordi vi ikke har tid. Det er ikke godt for nogen.

Jeg har også oplevet, at arbejdsmiljøet er blevet dårligere. Der er flere, der er blevet syge, og flere, der har sagt op. Når man er få, bliver det hårdt, når én mangler.

Jeg er selv blevet opsagt fra den 1. februar som led i den seneste besparelse, og som mangeårigt medlem af 3F har jeg fået hjælp fra fagforeningen til at gennemgå opsigelsen, så det handler ikke om min egen sag, men om dem, der bliver tilbage.

Det jeg gerne vil bede dig om er at tage det op i udvalget. Jeg synes, at I skal se på, om der er det rigtige antal pedeller til de bygninger, vi har. Og jeg synes, at I skal spørge dem, der laver arbejdet, hvad der skal til. Der er mange gode idéer blandt pedellerne, men vi bliver sjældent spurgt.

Jeg har nogle forslag, som jeg har talt med kollegerne om:

- Lav en fælles vagtordning, så der altid er en pedel, der kan rykke ud til akutte ting på alle skoler.
- Lad pedellerne være med til at planlægge vedligeholdelsen, så de vigtigste ting bliver lavet først.
- Giv skolerne et lille budget til småreparationer, så de ikke skal vente på den centrale ejendomsafdeling.
- Se på, om der kan spares andre steder end på dem, der holder bygningerne kørende.

Jeg ved, at budgettet er stramt, og at der skal spares. Men jeg tror, at det bliver dyrere i længden, hvis bygningerne forfalder. Et tag, der ikke bliver repareret i tide, koster meget mere, når det skal udskiftes.

Tak fordi du tager dig tid til at læse det her. Jeg ville ønske, at jeg havde skrevet noget lignende for mange år siden, men bedre sent end aldrig. Hvis du vil tale med nogle af de pedeller, der stadig er ansat, kan jeg sætte dig i kontakt med dem.

PS. Jeg vil også gerne nævne, at mange af de gamle pedelboliger ved skolerne står tomme nu, fordi pedellerne ikke længere bor på skolerne. Nogle af dem er i god stand, andre trænger til en kærlig hånd. Kunne kommunen ikke udleje dem til unge eller til nyansatte lærere og pædagoger, der har svært ved at finde en bolig i området? Det ville give lidt indtægt og samtidig betyde, at der var nogen på skolerne om aftenen og i weekenderne, så hærværket måske blev mindre. Jeg har set, at der har været ruder smadret og graffiti på flere af skolerne i år, og det koster også penge at udbedre. Det var i sin tid en af grundene til, at pedellen boede på skolen, og det var ikke nogen dum idé.

Venlig hilsen
Flemming Rask
Torsbjergvej 40
2635 Ishøj
""")

M("h", """Kære Ishøj Bibliotek

Jeg vil gerne rose jer for de nye læsekredse for voksne, som I startede i efteråret. Jeg har været med i den, der mødes tirsdag eftermiddag, og det har været en stor glæde. Vi har læst både klassikere og nye bøger, og diskussionerne har været levende og engagerede. Bibliotekaren, der leder kredsen, er god til at få alle med, også dem, der ikke siger så meget.

Jeg skriver også, fordi jeg har nogle forslag til, hvordan tilbuddet kan blive endnu bedre.

For det første vil jeg foreslå, at der bliver lavet en læsekreds om aftenen. Mange af dem, jeg kender, vil gerne være med, men de arbejder om dagen. En kreds om aftenen, f.eks. en gang om måneden, ville kunne nå en helt anden gruppe.

For det andet vil jeg foreslå, at der bliver lavet en kreds for folk, der læser på andre sprog end dansk. Der er mange i Ishøj, der læser på engelsk, arabisk, tyrkisk, polsk og mange andre sprog, og de kunne have glæde af at mødes og tale om bøger på tværs af sprogene. Det kunne også være en god måde at lære hinanden at kende på.

For det tredje vil jeg foreslå, at bibliotekets lydbøger bliver gjort mere synlige. Mange ældre har svært ved at læse små bogstaver, og lydbøger kunne være en god løsning for dem. Men mange ved ikke, at man kan låne dem, og de ved ikke, hvordan man gør.

Det sidste forslag kommer fra min egen erfaring, for jeg har fået konstateret grå stær på begge øjne og venter på operation på Glostrup i januar, så jeg er selv gået over til lydbøger i mellemtiden.

Jeg fandt ud af, at man kan låne lydbøger gennem eReolen, men det tog mig lang tid at finde ud af, hvordan app'en virkede. En af bibliotekarerne hjalp mig til sidst, og nu fungerer det fint. Men jeg tænker, at der er mange, der opgiver, før de når så langt.

Måske kunne I lave en lille introduktion til lydbøger og e-bøger en gang om måneden, hvor man kunne komme med sin telefon eller tablet og få hjælp til at komme i gang. Det behøver ikke at være et langt kursus, bare en time, hvor man kan stille spørgsmål.

Jeg vil også gerne nævne, at det ville være godt, hvis der var lidt flere stole og borde i avisafdelingen. Om formiddagen er der ofte fyldt op, og man må stå og læse. Og så kunne man måske få en bedre lampe ved læsepladserne ved vinduet, for om vinteren er det ret mørkt der.

Jeg ved, at biblioteket har travlt og ikke har mange penge. Men jeg tror, at mange af mine forslag kan gøres uden de store udgifter. Og jeg vil gerne hjælpe, hvis det kan bruges. Jeg har været skolelærer i mange år og er god til at forklare ting for folk, der ikke er vant til teknik.

Tak for et dejligt bibliotek. Det er et af de bedste steder i Ishøj.

PS. Jeg har hørt, at biblioteket i Greve har et samarbejde med Ældre Sagen om "digitale hjælpere", der sidder på biblioteket to formiddage om ugen og hjælper med alt fra e-Boks til MitID og lydbøger. Måske kunne Ishøj lave noget lignende? Jeg vil gerne være en af hjælperne, og jeg tror, at jeg kan finde et par andre pensionerede lærere, der også vil. Vi behøver ikke betaling, bare et bord og en stikkontakt og en aftale om, hvornår vi sidder der. Det vil også give bibliotekarerne lidt mere ro til deres egne opgaver, for jeg har set, hvor mange der står i kø ved skranken for at få hjælp til de digitale ting, som de ikke selv kan finde ud af.

Med venlig hilsen
Inger Lise Christoffersen
Vibeholmen 3, 1. th.
2635 Ishøj
""")

M("eh", """Til borgerrådgiveren

Jeg vil gerne klage over den måde, jeg er blevet behandlet på i forbindelse med en ansøgning om et tilskud til tandbehandling, og jeg vil gerne have hjælp til at forstå, hvad jeg kan gøre nu.

I august søgte jeg om hjælp til en tandbehandling, som min tandlæge havde sagt var nødvendig. Det drejede sig om to rodbehandlinger og en krone, og prisen var omkring 14.000 kr. Jeg sendte ansøgningen via borger.dk med overslaget fra tandlægen vedhæftet, som der stod på hjemmesiden.

Jeg fik en kvittering, men derefter hørte jeg intet i syv uger. Jeg ringede to gange, og begge gange fik jeg at vide, at sagen var under behandling, og at jeg ville få svar snart. Da svaret endelig kom, var det et afslag med den begrundelse, at jeg ikke havde indsendt dokumentation for min økonomi. Men det havde ingen bedt mig om.

Jeg er på kontanthjælp og har været det i et år, og jeg havde troet, at kommunen allerede havde alle oplysninger om min økonomi.

Jeg har læst afgørelsen flere gange, og jeg forstår ikke, hvorfor man ikke bare skrev til mig og bad om de papirer, der manglede, i stedet for at give afslag. Jeg har læst, at kommunen har en pligt til at oplyse sagen, og at man skal høres, før der træffes en afgørelse, hvis der mangler noget. Det er ikke sket her.

Jeg har nu fået tandpine igen, og tandlægen siger, at det bliver dyrere, jo længere jeg venter. Jeg har ikke råd til at betale selv, og jeg ved ikke, hvad jeg skal gøre.

Det, jeg gerne vil have hjælp til, er:

1. At finde ud af, om jeg kan klage over afgørelsen, og i givet fald til hvem og inden for hvilken frist.
2. At få at vide, om jeg kan søge igen med det samme, nu hvor jeg ved, hvilke papirer der skal med.
3. At få vurderet, om sagsbehandlingen har været i orden, for jeg synes ikke, det er rimeligt, at man venter syv uger og så giver afslag på grund af noget, man aldrig har bedt om.

Jeg vil gerne sige, at jeg ikke er sur på nogen bestemt medarbejder. Jeg ved, at de har travlt. Men jeg synes, at systemet skal fungere sådan, at man får besked, hvis der mangler noget, og ikke bare et afslag.

Jeg har vedhæftet kopi af min ansøgning, kvitteringen og afgørelsen, så du kan se, hvad der er sket.

Jeg vil også gerne spørge, om der findes andre steder, jeg kan søge hjælp til tandbehandling, f.eks. en fond eller en forening. Jeg har hørt, at der findes tandlægestuderende, der behandler billigt, men jeg ved ikke, om det gælder for mig.

Tak fordi du vil se på min sag. Jeg håber at høre fra dig snart, for tanden gør mere og mere ondt.

PS. Jeg har ringet til tandlægen igen i dag, og hun siger, at hun kan lave en midlertidig behandling, der holder smerten nede, men at det koster 1.800 kr., og at jeg så stadig skal have det hele lavet senere. Jeg ved ikke, om det er klogt at bruge penge på det, når jeg ikke ved, om jeg får hjælp til resten. Kan kommunen give et forhåndstilsagn, eller i hvert fald sige, om jeg har en chance, hvis jeg søger igen med de rigtige papirer? Så kan jeg bedre planlægge. Jeg har også en aftale med tandlægen om, at hun sender et nyt overslag direkte til kommunen, hvis det hjælper, så det ikke er mig, der skal være mellemmand.

Med venlig hilsen
Kenneth Bro
Vejleåparken 17, 2. th.
2635 Ishøj
Tlf. 50 23 71 86
""")

M("h", """Hej Dorte

Du var så venlig at komme forbi vores stand ved Kulturnatten, hvor vi fortalte om Ishøj Motionsløbere, og du sagde, at vi skulle skrive til dig, hvis vi havde brug for noget. Det har vi nu.

Vi er en løbeklub med omkring 120 medlemmer i alle aldre. Vi løber fra Ishøj Idrætscenter tre gange om ugen, og vi har hold for begyndere, for øvede og for seniorer. Vi arrangerer også et årligt løb langs stranden, Ishøj Strandløbet, som sidste år havde over 600 deltagere.

Vores problem er, at vi ikke har nogen fast base. Vi mødes på parkeringspladsen ved idrætscentret, og vi har ingen steder at opbevare vores udstyr eller at gå på toilettet efter kl. 21, når centret lukker. Om vinteren er det koldt og mørkt at stå og vente på de sidste løbere, og vi har ingen steder at varme os.

Vi har spurgt idrætscentret, om vi kunne få et lille rum eller et skab, men de siger, at alle rum er optaget af andre foreninger. Vi har også spurgt, om vi kunne bruge omklædningsrummene, men det kræver, at der er personale, og det er der ikke om aftenen.

Vi vil derfor gerne spørge, om kommunen kan hjælpe os med at finde en løsning. Det kunne være en container eller et lille skur ved idrætscentret, eller det kunne være adgang til et rum med nøglekort, sådan som nogle andre foreninger har det.

Vi vil også gerne spørge om hjælp til Strandløbet. Det kræver mange tilladelser, og vi skal hvert år søge hos både kommunen, politiet og Strandparken. Det ville være en stor hjælp, hvis der var en kontaktperson i kommunen, der kunne hjælpe os med at samle det hele.

Jeg har selv været løbeleder i klubben i otte år, men efter at jeg fik en blodprop i hjertet i sommer, løber jeg ikke længere, og jeg går kun med på gåholdet, så jeg har overladt det meste til vores nye formand, Sune Lauritzen.

Sune er en dygtig og engageret formand, og han vil være jeres kontaktperson fremover. Han kan nås på sune.lauritzen@outlook.dk eller på telefon 53 29 48 10.

Vi vil også gerne invitere dig til at løbe, eller gå, med os en aften. Vi har et begynderhold, der starter i januar, og der er plads til alle. Det er gratis at prøve de første tre gange.

Og så vil vi gerne sige tak til kommunen for den nye belysning på stien langs Vejleåen. Den har gjort en kæmpe forskel for os, der løber om aftenen om vinteren, og vi ved, at mange andre også er glade for den. Det er den slags investeringer, der gør, at folk kommer ud at bevæge sig.

Vi håber at høre fra dig.

PS. Vi har talt med Ishøj IF, som også kunne have glæde af et fælles klubrum ved idrætscentret, og de er positive over for at dele et skur eller en container med os. Vi bruger det mest om aftenen, og de bruger det mest om eftermiddagen og i weekenderne, så det kan sagtens lade sig gøre. Vi har også talt om at lave et fælles løb for børn i forbindelse med Strandløbet, hvor fodboldspillerne kunne løbe med. Hvis kommunen kan hjælpe med en placering, vil vi to foreninger selv stå for at skaffe containeren og indrette den. Vi har allerede et tilbud fra et firma i Hundige på en brugt, isoleret container med lys og varme, og vi har penge til den i kassen.

Med sportslig hilsen
Jens Erik Holmberg
Ishøj Motionsløbere
Ishøj Søvej 8
2635 Ishøj
""")

M("e", """Kære Ishøj Kommune, Center for Byudvikling og Natur

Jeg skriver om det grønne område bag Vibeholmen, hvor der tidligere lå en legeplads, som blev fjernet for to år siden. Vi beboere fik dengang at vide, at der ville komme en ny legeplads, men der er ikke sket noget, og området står nu tomt med en bar plæne og et par gamle betonfundamenter.

Der bor mange børnefamilier i området, og børnene har ikke noget sted at lege tæt på. Den nærmeste legeplads er ved skolen, men den er lukket efter skoletid, og den næste er i Byhaven, som ligger langt væk for de mindste.

Jeg har spurgt boligselskabet, som siger, at området ejes af kommunen. Jeg har spurgt kommunen, og jeg har fået at vide, at der ikke er afsat penge til en ny legeplads i år. Men ingen har kunnet fortælle mig, om der er planer om det i de kommende år.

Jeg vil gerne foreslå, at kommunen i det mindste laver noget midlertidigt. Det behøver ikke at være dyrt. Et par store sten at klatre på, en sandkasse og et par bænke ville være en stor forbedring. Jeg har set, at andre kommuner har lavet "naturlegepladser" med træstammer og sten, og det er både billigt og godt for børnene.

Vi beboere vil gerne hjælpe. Vi har talt om at lave en arbejdsdag, hvor vi selv kan bygge noget, hvis kommunen leverer materialerne og giver tilladelse. Der er flere af os, der er gode med værktøj, og der er mange, der vil give en hånd med.

Det betyder ekstra meget for mig, fordi jeg er alene med to små børn, står i restance med huslejen og ikke har råd til at tage dem med i legeland eller på udflugter, så den lokale legeplads var det sted, vi brugte mest.

Men det gælder jo for mange. Der er mange familier i området, som ikke har bil og ikke har mange penge, og for dem er de nære grønne områder afgørende.

Jeg vil også gerne gøre opmærksom på, at betonfundamenterne fra den gamle legeplads er farlige. Der stikker jern op af dem flere steder, og jeg har set børn klatre på dem. De burde fjernes eller dækkes til, uanset om der kommer en ny legeplads.

Mine spørgsmål er:

1. Er der planer om en ny legeplads på området, og i givet fald hvornår?
2. Kan betonfundamenterne fjernes hurtigst muligt af sikkerhedshensyn?
3. Kan beboerne få lov til at lave en midlertidig naturlegeplads, hvis vi selv står for arbejdet?
4. Findes der en pulje, som beboerne kan søge til materialer?

Jeg har vedlagt nogle billeder af området og af fundamenterne. Jeg har også vedlagt en liste med underskrifter fra 34 husstande i området, som støtter forslaget.

Tak fordi I vil se på det. Jeg ser frem til at høre fra jer.

PS. Jeg har talt med en landskabsarkitekt, som bor i vores blok, og hun har tilbudt gratis at tegne et lille udkast til en naturlegeplads, som kommunen kan se på. Hun har lavet noget lignende for en skole i Hvidovre. Hvis I vil, kan jeg sende udkastet, når det er færdigt, formentlig om en måned. Hun siger, at man kan komme rigtig langt med træstammer fra kommunens egne fældninger, sten fra anlægsarbejder og noget sand, og at det vigtigste er, at faldunderlaget er i orden. Vi vil gerne gøre det hele efter reglerne, så der ikke sker noget, og så kommunen kan være tryg ved at give lov. Vi har også fået tilsagn fra boligselskabets varmemester om, at han vil hjælpe med at fjerne ukrudtet.

Med venlig hilsen
Nadia Rasmussen
Vibeholmen 44, st. tv.
2635 Ishøj
""")

M("h", """Hej Peter

Jeg ved, at du interesserer dig for cyklisme, fordi jeg har set dig på cykel til byrådsmøderne, så jeg tænkte, at du var den rette at skrive til om cykelforholdene i Ishøj.

Jeg cykler hver dag fra Ishøj Landsby til min arbejdsplads i Glostrup. Det er en tur på 12 kilometer, og den tager omkring 40 minutter. Det meste af vejen er der gode cykelstier, men der er nogle steder, hvor det er direkte farligt.

Det værste sted er krydset ved Ishøj Boulevard og Vejlebrovej. Her skal man som cyklist over fire vognbaner, og lyset er så kort, at man ikke kan nå over i én omgang. Man skal vente på en lille ø i midten, mens bilerne suser forbi på begge sider. Om morgenen, når det er mørkt, er det meget utrygt.

Et andet problem er cykelstien langs Ishøj Boulevard mellem Bycentret og stationen. Den er smal og ujævn, og der er mange fodgængere, der går på den, fordi fortovet er endnu smallere. Det giver konflikter, og jeg har set flere nærved-ulykker.

Et tredje problem er cykelparkeringen ved Ishøj Station. Der er alt for få pladser, og mange cykler står i rækker langs hegnet eller i buskene. Der er heller ikke overdækket parkering, så cyklen står i regnvejr hele dagen. Og der bliver stjålet mange cykler.

Jeg skal indrømme, at jeg selv har en personlig grund til at være opmærksom, fordi jeg for to år siden blev ramt af en bil i netop det kryds og stadig går til fysioterapeut for min skulder.

Men jeg skriver ikke for at klage over min egen situation. Jeg skriver, fordi jeg synes, at Ishøj har et stort potentiale som cykelby. Vi har fladt terræn, korte afstande og en supercykelsti på vej. Hvis bare de værste steder blev løst, tror jeg, at mange flere ville cykle.

Mine forslag er:

- Forlæng grøntiden for cyklister i krydset ved Ishøj Boulevard og Vejlebrovej, eller lav en cykelbro eller -tunnel.
- Udvid cykelstien langs Ishøj Boulevard, eller lav et separat fortov, så cyklister og fodgængere ikke skal dele.
- Lav flere og bedre cykelparkeringspladser ved stationen, gerne med tag og mulighed for at låse cyklen fast.

Jeg ved, at nogle af disse ting er dyre. Men jeg tror, at de vil betale sig, både fordi der bliver færre ulykker, og fordi flere vil cykle i stedet for at tage bilen. Det er godt for klimaet, for folkesundheden og for trafikken.

Jeg vil gerne invitere dig til at cykle turen med mig en morgen, så du kan se, hvad jeg mener. Vi kan mødes ved Ishøj Landsby kl. 7.15 og være i Glostrup kl. 8.

Tak fordi du læser med.

PS. Jeg har talt med et par kolleger, der også cykler fra Ishøj, og vi har lavet en liste over andre farlige steder på ruterne mod Glostrup, Albertslund og Brøndby. Der er især et sted ved jernbanebroen på Ishøj Stationsvej, hvor cykelstien pludselig slutter, og man bliver sendt ud på kørebanen uden varsel. Der er også en rundkørsel ved industrikvarteret, hvor lastbilerne ikke kan se cyklisterne, når de drejer. Jeg sender gerne listen med kortudsnit, hvis I vil bruge den i arbejdet med cykelstiplanen. Vi kunne også forestille os at lave en lille cykeltur for byrådet, hvor vi viser stederne. Det plejer at gøre mere indtryk end et brev.

Med venlig hilsen
Søren Kragelund
Ishøj Landsbyvej 58
2635 Ishøj
""")

M("e", """Til Center for Beskæftigelse og Erhverv

Jeg vil gerne komme med en tilbagemelding på mit forløb i jobcentret, fordi jeg tror, det kan være nyttigt for jer at høre, hvordan det opleves fra den anden side af bordet. Jeg skriver ikke for at klage, men for at give nogle idéer til, hvad der kan gøres bedre.

Jeg har siden marts været i et forløb, hvor jeg skal møde op til samtaler hver måned, søge to job om ugen og registrere det på Jobnet, og deltage i de aktiviteter, som jeg bliver indkaldt til. Jeg har nu afsluttet forløbet, fordi jeg har fået et job som lagerarbejder, og jeg starter i næste uge.

Først vil jeg sige, at min jobkonsulent har været rigtig god. Hun har lyttet, hun har givet gode råd om mit CV, og hun har hjulpet mig med at finde stillingsopslag, som jeg ikke selv havde fundet. Det var faktisk hende, der fandt det job, jeg har fået.

Men der har også været ting, som ikke har fungeret så godt.

For det første har jeg oplevet, at mange af de aktiviteter, jeg er blevet indkaldt til, har været meget generelle. Der var f.eks. et kursus i "jobsøgning på de sociale medier", hvor halvdelen af tiden gik med at oprette en LinkedIn-profil. Det var sikkert nyttigt for nogle, men jeg havde allerede en profil, og jeg havde brug for noget andet.

For det andet har det været svært at finde ud af, hvad der var krav, og hvad der var tilbud. I nogle breve stod der "du skal", i andre stod der "du kan". Men det var ikke altid klart, hvad der skete, hvis man ikke deltog.

For det tredje har Jobnet været svært at bruge. Det tog mig lang tid at finde ud af, hvordan man registrerer sine ansøgninger, og et par gange forsvandt det, jeg havde skrevet, fordi siden timede ud.

Helt konkret var det sådan, at jeg var på dagpenge hele perioden og i juli fik en sanktion på tre dage, fordi mit joblog ikke var opdateret, selvom jeg havde søgt jobbene, hvilket var meget hårdt for min økonomi.

Jeg forstår godt, at der skal være regler, og at man skal kunne dokumentere sin jobsøgning. Men jeg synes, at man burde få en advarsel først, før man bliver trukket, især når det skyldes tekniske problemer.

Mine forslag er:

1. Gør aktiviteterne mere individuelle, så de passer til den enkeltes behov.
2. Skriv tydeligt i brevene, hvad der er krav, og hvad der er tilbud, og hvad konsekvensen er, hvis man ikke deltager.
3. Giv en advarsel, før der gives en sanktion, og giv mulighed for at rette fejl.
4. Lav en vejledning til Jobnet, der er let at forstå.

Tak for hjælpen i mit forløb. Jeg er glad for, at jeg nu kan komme i arbejde, og jeg vil gerne sige tak til min jobkonsulent igen. Hvis I vil tale mere med mig om mine erfaringer, er I velkomne til at kontakte mig.

PS. Jeg vil også gerne nævne, at ventetiden på at få en samtale med en jobkonsulent i starten var meget lang. Jeg blev ledig i februar, men min første samtale var først i slutningen af marts, og i den periode vidste jeg ikke rigtig, hvad jeg skulle gøre. Jeg søgte job på egen hånd, men jeg havde gerne haft lidt vejledning fra starten om, hvad der forventedes af mig. Måske kunne man lave et introduktionsmøde for nyledige hver uge, hvor man kunne få de vigtigste oplysninger og møde nogle af konsulenterne. Det ville også gøre det lettere at stille spørgsmål, som man ellers først får svar på en måned senere, når man sidder foran sin konsulent første gang.

Med venlig hilsen
Martin Vedel
Engvej 29
2635 Ishøj
""")

M("eh", """Kære borgmester

Jeg skriver til dig, fordi jeg har hørt, at du selv er vokset op i Vejleåparken, og at du kender området og de mennesker, der bor der. Det gør jeg også. Jeg har boet her i 35 år, og jeg har set det forandre sig meget.

Jeg skriver om den nye helhedsplan for området, som boligselskabet har fremlagt. Jeg har været til to beboermøder, og jeg har læst materialet. Der er meget godt i planen: nye facader, bedre udearealer, flere grønne områder og renoverede køkkener. Men der er også ting, som bekymrer mig og mange af mine naboer.

Det største problem er genhusningen. Under renoveringen skal beboerne flytte ud af deres lejligheder i op til et år. Boligselskabet har sagt, at alle bliver genhuset i området eller i nærheden, men mange er bange for, at de ikke kan komme tilbage bagefter, eller at huslejen bliver så høj, at de ikke har råd.

For mig selv er det særligt svært, for jeg er 74 år, bruger kørestol efter en rygmarvsskade og får hjemmepleje morgen og aften, så en midlertidig flytning betyder, at det hele skal sættes op igen et nyt sted.

Men jeg er ikke den eneste. Der er mange ældre i området, og mange, der har brug for hjælp i hverdagen. For os er det ikke bare en flytning, det er en stor omvæltning, der kan være svær at komme igennem.

Jeg vil gerne bede dig om at sørge for, at kommunen er med i planlægningen af genhusningen, så man tager hensyn til de beboere, der har særlige behov. Det kunne f.eks. være:

- At der bliver lavet en liste over beboere, der har brug for en tilgængelig bolig under genhusningen, og at de får første prioritet.
- At hjemmeplejen og andre kommunale tilbud bliver orienteret i god tid, så der ikke opstår huller i hjælpen.
- At der bliver en fast kontaktperson i kommunen, som beboerne kan henvende sig til med spørgsmål.
- At der bliver lavet en garanti for, at beboerne kan vende tilbage til deres lejlighed, og at huslejen ikke stiger mere end det, der er aftalt.

Jeg har også en bekymring for fællesskabet. Vejleåparken er et sted, hvor folk kender hinanden, og hvor der er et stærkt sammenhold. Hvis beboerne bliver spredt over hele kommunen i et år, er jeg bange for, at det sammenhold går tabt. Måske kunne man lave nogle aktiviteter i genhusningsperioden, så beboerne stadig kan mødes.

Jeg håber, at du vil tage det op med boligselskabet og med forvaltningen. Jeg vil også gerne invitere dig til en kop kaffe i min lejlighed, så du kan se, hvordan vi bor, og høre, hvad vi tænker. Jeg er hjemme de fleste eftermiddage.

PS. Jeg har lige fået et brev fra boligselskabet om, at der bliver holdt et særligt møde for beboere med handicap i januar. Det er fint, men mødet holdes i beboerhuset på første sal, og der er ingen elevator. Jeg har skrevet til dem om det, men jeg har ikke fået svar. Kan kommunen hjælpe med at sikre, at møderne bliver holdt et sted, hvor alle kan komme ind? Det er lidt af en ironi, at et møde om tilgængelighed holdes et sted, hvor de, der har mest brug for det, ikke kan komme. Jeg vil også gerne have, at Handicaprådet bliver orienteret om planen, hvis det ikke allerede er sket, så de kan følge med i genhusningen.

Med venlig hilsen
Kirsten Mølgaard
Vejleåparken 9, st. th.
2635 Ishøj
""")
