"""corpus51 part C: houses and flats for sale, bids, buyers, with care and health."""
from common import M

M("pe", """Kære borgmester

Min mor har fået plads på plejecenter fra 1. februar, og vi har sat hendes rækkehus på Bækkeskovvej til salg. Der er kommet et bud, men køberen vil have at kommunen først godkender en carport der blev bygget i 1998 uden tilladelse. Kan byggesagsafdelingen nå at svare inden fristen på fredag?

Venlig hilsen
Lene Dahl""")

M("p", """Hej

Vi har solgt vores andelslejlighed betinget af at køberen får godkendt sit lån. Banken kræver en ejendomsvurdering, men kommunens BBR siger at lejligheden er 4 m2 mindre end vi har oplyst. Hvem kan rette BBR?

Mvh Jakob og Simone""")

M("", """Til Center for Byudvikling og Natur

Hvornår sætter kommunen de næste storparceller i Ishøj Landsby til salg? Vi har skrevet os op på interesselisten for to år siden og har ikke hørt noget.

Venlig hilsen
Familien Bøgh""")

M("ph", """hej. vi skal sælge huset fordi min mand har fået ALS og ikke kan komme op ad trappen mere. ejendomsmægleren siger at der er en tinglyst deklaration om kloakken som kommunen skal slette før køber vil skrive under. hvor lang tid tager det? / Winnie""")

M("p", """Til byrådsmedlem Kim Nielsen

Jeg skriver fordi kommunen i 8 måneder har trukket tiden med at svare på om vi må udstykke vores grund. Vi har en køber der står klar til at købe den bageste del, men han trækker sig hvis ikke der kommer et svar inden 1. marts.

Med venlig hilsen
Preben Thomsen, Tranegilde""")

M("", """Hej

Vi købte huset på Ishøj Søvej i 2019, og handlen er for længst afsluttet. Men nu har vi fundet ud af at sælger har lavet en ulovlig tilbygning. Kan kommunen gøre noget, eller er det et privatretligt spørgsmål?

Mvh Anja""")

M("pe", """Til borgerrådgiveren

Jeg har restance på ejendomsskatten og kommunen har sendt den til inkasso. Jeg har nu sat huset til salg for at betale gælden, og der er en køber der har budt 2,1 mio. Men kommunen har tinglyst et udlæg og banken vil ikke frigive pengene før udlægget er slettet. Jeg er fuldstændig låst.

Jens Erik Kjærgaard
[[150752-1339]]""")

M("ph", """Kære udvalgsformand for Teknik og Miljø

Vi har en kolonihave i Haveforeningen Strandhaven, som vi må sælge, fordi min kone har fået en hjerneskade efter et fald og ikke længere kan komme derud. Bestyrelsen siger at kommunen skal godkende prisen. Vi har en køber på 185.000. Kan I se på det snart?

Mvh Bent Frederiksen""")

M("p", """Hej

Naboen i nr. 22 har sat sit hus til salg og en køber har været rundt og spurgt om vores hæk, som han mener står på hans side. Kan kommunen sende en landinspektør? Vi vil gerne have det afklaret før handlen går igennem.

Hilsen Marianne fra nr. 20""")

M("", """Til hovedpostkassen

Hvad koster det at få en ejendomsoplysningsskema fra kommunen? Jeg er ejendomsmægler og skal bruge det til flere sager i Ishøj.

Mvh
Claus Bay, home Ishøj""")

M("pe", """Kære borgerrådgiver

Jeg blev skilt i foråret og min eksmand og jeg skal sælge vores fælles hus. Han nægter at skrive under på salgsopstillingen, selv om vi har fået et bud på 3,4 mio. Kommunen har også opkrævet ham for ejendomsskat på min konto. Kan I hjælpe med det sidste?

Mvh Pernille""")

M("p", """Til Center for Byudvikling og Natur

Vores firma, Vestegnens Auto ApS, CVR 38271946, har givet et betinget bud på erhvervsgrunden på Industrivej 14. Betingelsen er en jordbundsundersøgelse. Hvem hos jer kan give adgang til grunden?

Venlig hilsen
Dennis Hald, direktør""")

M("ph", """Hej Hovedpostkassen

Jeg er 72 og har fået konstateret lungekræft. Jeg vil gerne sælge min andelsbolig og flytte til min datter i Køge, mens jeg kan. Andelsforeningen siger, at kommunen har forkøbsret på grund af en gammel aftale. Er det rigtigt? Jeg har en køber der vil give fuld pris.

Med venlig hilsen
Aksel Winther""")

M("pt", """Kære Ahmed (byrådsmedlem)

Du og jeg er begge fra Somalia, så jeg skriver til dig. Jeg vil købe en lille butik i Ishøj Bycenter, og ejeren har sagt ja til min pris, men han vil have at kommunen først siger ok til et skilt. Hvordan gør jeg?

Hilsen
Abdi""")

M("pe", """Til direktionsassistenten

Min far døde i juli og jeg er eneste arving. Boet er insolvent, og skifteretten siger huset skal på tvangsauktion i januar. Før det sker, har jeg en køber der vil overtage til 1,7 mio. Kommunen har pant i huset for et lån til ældreboligindskud. Vil kommunen acceptere et salg?

Venlig hilsen
Marie Andersen""")

M("p", """hej vi har lagt bud ind på et hus på gildbrovej og mægleren siger at der er en sag i kommunen om et skur naboen har klaget over. må vi se sagen før vi skriver under? / Sebastian & Laura""")

M("ph", """Til Social- og Sundhedsudvalget

Jeg skriver som søn af Poul Eriksen. Far har Lewy body demens og kan ikke længere bo alene. Vi søster og jeg skal sælge hans lejlighed på Ishøj Strandvej, men han har glemt at han har sagt ja til buddet og nægter nu at flytte. Hvad gør vi? Han har ingen værge.

Med venlig hilsen
Steen Eriksen""")

M("p", """Til Center for Byudvikling og Natur

Vi er en gruppe på fire familier, der vil købe det nedlagte landbrug på Tranegildevej og lave bofællesskab. Vi har et bud inde hos dødsboet og venter på svar. Vil kommunen tillade at bygningerne bruges til fire boliger?

Venlig hilsen
Gruppen bag "Landsbyfællesskabet"
kontakt: Kirsten Holm, tlf. 22 31 87 04""")

M("", """Hej

Jeg vil gerne klage over at kommunen har solgt grunden ved siden af os til en entreprenør i 2021 uden at høre naboerne. Nu bygger de tre etager. Handlen blev vist godkendt i byrådet.

Mvh Hanne Kirk""")

M("pe", """Hej

Min kæreste og jeg har købt en lejlighed sammen, men vi er gået fra hinanden inden overtagelsen. Han vil trække sig fra handlen. Jeg kan ikke selv låne pengene, for jeg er på SU. Sælgeren truer med at kræve erstatning. Kan kommunen hjælpe eller vejlede?

Vh Freja""")

M("p", """Kære borgmester,

Ishøj Boldklub har fået et tilbud om at købe klubhuset af kommunen for 1 kr. mod at overtage vedligeholdelsen. Bestyrelsen har sagt ja, men vi mangler at få kommunens endelige underskrift. Hvornår kommer den?

Venlig hilsen
Kasserer, Lars Jensen""")

M("pt", """Hi,

We are a Polish family (my husband and I both come from Gdańsk) and we have made an offer on a townhouse in Vejleåparken. The seller has accepted, but the estate agent says we need a "byggetilladelse" for the winter garden before the deal can close. Can you help us understand what that means?

Best,
Agnieszka Kowalska""")

M("ps", """Hej Hovedpostkassen

Min mand Henrik og jeg (Kristoffer) har købt en grund i Ishøj Landsby betinget af byggetilladelse. Arkitekten siger at den maksimale bebyggelsesprocent er 25, men lokalplanen siger 30. Hvem har ret? Vi skal have svar inden 15. april, ellers falder handlen.

Mvh Kristoffer""")

M("pb", """Til udvalgsformanden

Det Islamiske Kulturcenter, hvor jeg er næstformand og beder hver fredag, har budt på den tomme pavillon på Industrivej. Sælgeren har accepteret betinget af at kommunen godkender brug som forsamlingslokale. Vi venter på jer.

Med venlig hilsen
Hamid Karimi""")

M("p", """hej, min bror vil sælge sin halvdel af vores fælles sommerhus på Tranegilde til mig. vi er enige om prisen men hvordan med ejendomsværdiskatten, hvornår skifter den? /Karina""")

M("pe", """Til borgerrådgiveren

Vi har været på kontanthjælp begge to i to år og har fået besked fra banken om at huset skal sælges, ellers går det på tvangsauktion. Vi har nu en køber der har budt, men kommunen har ikke svaret på om vi må få enkeltydelse til at betale mæglerens salær.

Mvh Susanne og Torben""")

M("", """Til Center for Byudvikling og Natur

Hvilke regler gælder for salg af kolonihaver i Ishøj? Vi er en ny bestyrelse i Haveforeningen Engen og vil gerne have retningslinjer til vores medlemmer.

Med venlig hilsen
Bestyrelsen""")

M("ph", """Kære Merete

Jeg er gravid i 7. måned, og vi har solgt vores lejlighed med overtagelse 1. marts. Det nye hus vi har købt, kan vi ikke overtage før 1. maj, fordi sælgers nye hus ikke er færdigt. Købet er stadig betinget. Kan kommunen anvise en midlertidig bolig i de to måneder?

Vh Sofia""")

M("p", """Hej

Jeg har underskrevet en købsaftale på et rækkehus på Ishøj Søvej 40 med advokatforbehold. Banken beder om en kommunal bekræftelse på at der ikke er restancer på ejendommen. Mit personnummer er [[2711883219]], hvis I skal bruge det.

Mvh Rasmus""")

M("p", """Til byrådsmedlem Pia Gundersen

Mine forældre vil gerne købe et stykke af kommunens grønne område bag deres have i Gadekæret. De har lavet et tilbud på 40.000 kr, men har ikke hørt noget i et halvt år. Hvad er proceduren?

Mvh Camilla""")

M("", """Hej

Jeg vil gerne vide hvornår byrådet behandler lokalplanen for Rådhusgrunden. Er mødet åbent for offentligheden, og må man stille spørgsmål?

Vh Jørn""")

M("pu", """Hej Kim

Som du ved fra klubben, er jeg TR i Dansk Metal på værftet. Jeg skriver privat: jeg har fået et tilbud på et hus på Vejleåvej, men sælgeren vil have at jeg skriver under i morgen. Kan kommunen fortælle om der er planer om en vej bagved?

Hilsen Torben""")

M("pe", """Til borgerrådgiveren

Min søster og jeg arver vores mors hus. Min søster bor der og vil ikke flytte, men hun har ingen indtægt og kan ikke købe mig ud. Jeg har en køber der har budt. Kan kommunen hjælpe hende med en anden bolig hvis huset bliver solgt?

Med venlig hilsen
Dorthe""")

M("p", """Kære Center for Byudvikling og Natur

Vi har set at to erhvervsgrunde i Ishøj Erhvervspark er til salg. Vores virksomhed vil gerne byde på den ene. Er prisen fast, eller kan man forhandle? Vi er ikke interesserede hvis vi ikke kan få overtagelse før sommer.

Mvh
Jesper Lykke
Lykke VVS A/S""")

M("", """Til Ishøj Kommune

Jeg har fået en regning for renovation med fakturanr. 1405901287. Jeg har ikke boet på adressen siden handlen blev afsluttet i august. Kan I rette det?

Mvh Ib Kruse""")

M("ph", """hej. min far skal flytte på hospice i næste uge. han har bedt mig sælge hans kolonihavehus i Ishøj Haveby for ham. der er en køber men bestyrelsen vil have en tilstandsrapport fra kommunen. har i sådan en? / Julie""")

M("p", """Til direktøren for Byudvikling

Jeg vil gøre opmærksom på at jeres medarbejder har lovet vores køber, at der ikke kommer en cykelsti langs vores grund. Nu siger en anden medarbejder det modsatte, og køberen har trukket sig. Vi står med to huse. Jeg forventer en forklaring.

Henning Bak, Ishøj Landsby""")

M("pt", """Hej,

Min mand er fra Pakistan og jeg er dansk. Vi har købt en grund på Strandgårdsvej og har fået et brev om at handlen kræver en særlig tilladelse fordi han ikke er EU-borger. Er det kommunen der giver den? Skødet er ikke tinglyst endnu.

Mvh Louise Khan""")

M("pe", """Til Ishøj Kommune, Borgerservice

Jeg er førtidspensionist og har fået et tilbud fra boligselskabet om at købe min lejebolig. Jeg vil gerne, men jeg er bange for at miste min boligstøtte. Kan jeg få at vide hvad der sker før jeg skriver under?

Venlig hilsen
Mogens""")

M("p", """Kære borgmester,

Jeg er ved at sælge mit firma og den grund det ligger på på Håndværkervej. Køberen vil have at kommunen forlænger den midlertidige dispensation for oplag, før han underskriver. Vi har en aftale om at handlen skal være på plads inden 31/12.

Mvh Ole Hedegaard
Hedegaard Tømrer & Snedker""")
