"""corpus81 part A: adult children about old parents (dementia, plejebolig, home care)."""
from common import M

M("he", """
Til Visitationen, Center for Voksne og Velfærd

Jeg skriver på vegne af min mor, Inger Dahl, Brombærvej 4. Hun fik konstateret
Alzheimers sidste forår, og det er gået hurtigt ned ad bakke siden jul. Hjemmeplejen
kommer tre gange om dagen, men hun er to gange gået ud om natten og blev fundet af
politiet nede ved stranden. Vi ønsker at søge om en plejebolig til hende hurtigst
muligt. Jeg har fuldmagt fra hende, den er vedhæftet.

Venlig hilsen
Merete Dahl Jessen (datter)
tlf. 28 41 90 17
""")

M("hep", """
Kære Lars Nørgaard

Min far har siddet i kørestol siden en blodprop i hjernen i august, og han har fået
plejebolig på Torslundehus fra 1. december. Problemet er at han nu skal betale husleje
to steder. Hans rækkehus på Gildbrovej er sat til salg, og vi fik et bud i sidste uge,
men køberen vil først overtage til marts. Kan kommunen vente med huslejen for
plejeboligen til huset er solgt?

Jeg ved godt at du ikke selv kan behandle sagen, men måske kan du sende den videre
til dem der kan.

Mvh Kasper Holm
""")

M("", """
Hej

Min far og jeg har snakket om fremtiden. Han klarer sig fint selv i dag og vil helst
blive boende så længe som overhovedet muligt, men vi vil gerne være forberedt. Hvordan
søger man en plejebolig i Ishøj, hvem er det der vurderer det, og hvor lang er
ventetiden for tiden? Kan man komme og se et plejecenter inden?

Hilsen Birgitte
""")

M("e", """
Til Ishøj Kommune

Vedr. min mor Else Marie Kragh, cpr [[120331-1482]]

Jeg har fuldmagt til at handle på min mors vegne (vedhæftet). Hun fik i september en
afgørelse om hjemmehjælp til rengøring hver anden uge, men hun kan ikke finde brevet
nogen steder. Vil I sende en kopi af afgørelsen til mig?

Med venlig hilsen
Poul Kragh
""")

M("tbe", """
Til lederen af Plejecenter Ishøjhus

Min mor Emine Yılmaz bor hos jer på afdeling B. Hun er født i en landsby ved Konya i
Tyrkiet og taler kun tyrkisk, så hun forstår ikke hvad personalet siger til hende. Hun
er meget troende og beder fem gange om dagen, men hun kan ikke selv holde styr på
tiderne mere. Og hun har fået svinekød i sovsen to gange, selv om vi har sagt at hun
kun spiser halal. Kan vi få et møde med jer og en tolk?

Mehmet Yılmaz, søn
""")

M("hse", """
Til Center for Voksne og Velfærd

Min mand Torben har Parkinsons, og jeg passer ham derhjemme. Jeg er ved at gå ned med
flaget. Vores læge siger at vi kan søge om aflastning. Hvordan gør vi det, og kan han
komme på aflastning en uge i januar, når jeg selv skal opereres i knæet?

Venlig hilsen
Henrik Bjerre
""")

M("heu", """
Hej

Jeg hjælper min far Bent med hans papirer. Han har KOL og har fået en iltkoncentrator
fra hjælpemiddeldepotet, men den larmer så meget at han ikke kan sove om natten. Kan
man få en anden model? Han har været i 3F hele sit arbejdsliv, og de har tilbudt at
hjælpe med en klage, men jeg vil hellere prøve at løse det med jer først.

Mvh Susanne (datter)
""")

M("", """
Hej

Jeg betaler regningerne for min mor, der er 88 og bor på Strandgårdsvej. Hun har fået
den samme faktura for renovation to gange, fakturanr. 2304511187. Den første blev
betalt 3. oktober fra hendes konto, reg.nr. 2191 kontonr. 0725431122. Kan I
kreditere den anden? Kundenr. 1101478830.

Hilsen Jonna Lind
""")

M("pe", """
Til borgerrådgiveren

Min mor flyttede i plejebolig i april, og vi tre søskende skal nu sælge hendes
andelslejlighed i Ishøj Landsby. Der er en køber, som har budt 15.000 under
vurderingen, og min bror vil tage imod buddet, mens jeg synes vi skal vente. Imens
skal mor betale både husleje på plejecentret og boligafgift til foreningen. Vi skrev
til kommunen om at få udsat den ene betaling for seks uger siden og har ikke hørt
noget. Er det rimeligt at man ikke engang får en kvittering?

Vibeke Strand
""")

M("h", """
hej kommunen

jeg bor i nr 11 på Ørnevej og min nabo i nr 9, en ældre mand der bor alene, har de
sidste måneder virket meget forvirret. i nat stod han ude i haven i bare underbukser og
kaldte på sin kone, som døde for fem år siden. jeg tror han er ved at blive dement og
han har vist ingen familie. hvem skal man kontakte? vil ikke blande mig, men jeg er
bange for han fryser ihjel en nat

/Jannik
""")

M("beh", """
Kære formand for Social- og Sundhedsudvalget

Min far Arne Madsen, 84, bor på plejecentret i Vejleåparken. Han skal opereres for en
blødning i maven, og fordi han er Jehovas Vidne, vil han ikke have blod. En af
medarbejderne på centret har sagt til ham at det er dumt og at han risikerer at dø for
sin tro. Det har gjort ham meget ked af det. Jeg synes ikke personalet skal
kommentere folks tro, og jeg vil gerne have at nogen fra kommunen taler med dem.

Hilsen Ruth Madsen Kjær
""")

M("the", """
Dear Sir or Madam,

I am writing from London about my mother, Danuta Kowalczyk, who lives alone at Ishøj
Strandvej. She is Polish, came to Denmark in 1971, and since her stroke she has lost
most of her Danish. She now gets home care twice a day, but the carers change all the
time and she cannot understand them. Would it be possible to assign a carer who speaks
Polish, or at least the same two or three people? I have her written consent.

Kind regards,
Tomasz Kowalczyk
""")

M("", """
Hej

Jeg er pårørende og bliver tit spurgt af andre pårørende om madordningen. Hvad koster
en hovedret leveret til døren i 2027, kan man selv vælge leverandør, og hvor kan man
se menuen for den kommende måned? Jeg kan kun finde priserne for i år.

Venlig hilsen
Mogens Thrane
""")

M("he", """
Emne: genoptræning far - cpr [[0704402917]]

Hej. Min far Jørgen Vestergaard (cpr står i emnet) blev udskrevet fra Glostrup i går
efter en ny hofte. Der står i udskrivningsbrevet at kommunen skal sørge for
genoptræning, men ingen har ringet. Han kan heller ikke selv komme ud med
skraldespanden eller i bad, så kan vi få nogen til at hjælpe ham hjemme de næste uger?

Mvh Lene
""")

M("sp", """
Til Ishøj Kommune, Byg og Miljø

Min far døde i juni, og min mand Jakob og jeg vil gerne overtage hans hus på Tranevej
fra dødsboet. Mine to søstre er enige om prisen, men købsaftalen er ikke skrevet under
endnu. Vi vil gerne bygge en tilbygning mod haven, og inden vi skriver under, vil vi
vide om lokalplanen står i vejen for det. Kan I se på det?

Med venlig hilsen
Anders Friis
""")

M("ueh", """
Kære borgmester

Jeg er selv social- og sundhedsassistent og FOA-tillidsrepræsentant i en nabokommune,
så jeg ved godt hvor presset plejen er. Men det jeg ser, når jeg besøger min mor på
Ishøjhus, er under al kritik. Hun er inkontinent efter sin apopleksi, og i søndags havde
hun ligget i en våd ble i fire timer, fordi der kun var to på vagt til 22 beboere.
Jeg beder ikke om særbehandling, jeg beder om at nogen kigger på normeringen.

Annette Juhl
""")

M("", """
Hej

Gælder der særlige besøgsregler på kommunens plejecentre i juleugen? Fx hvor mange man
må være på en gang, og om man må tage mad med udefra? Jeg kan ikke finde det på
hjemmesiden, og det er lidt svært at planlægge uden.

Vh Søren
""")

M("hte", """
Til hjemmeplejen, gruppe Nord

Min svigermor Aisha Rahimi har fået demens og har glemt det meste af det danske hun
lærte. Nu taler hun kun dari. Jeg har set at jeres medarbejdere prøver med Google
Translate, og det er sødt, men det virker ikke for hende. Kan I sende den samme hjælper
hver gang? Hun bliver bange for fremmede mennesker.

Venlig hilsen
Farid (svigersøn)
""")

M("", """
FULDMAGT

Undertegnede Grethe Sørensen, [[220336-0762]], Ishøj Søvej 19, giver hermed min søn Ole
Sørensen, [[170662–1195]], fuldmagt til at rette henvendelse til Ishøj Kommune,
Borgerservice, på mine vegne om mit pas og mit sundhedskort, og til at modtage
post herom.

Ishøj, den 14. november 2026

Grethe Sørensen
""")

M("", """
Hvor finder jeg blanketten til fuldmagt, hvis jeg skal hjælpe min far med at skrive
med kommunen? Skal den skrives under med MitID eller kan det være på papir? Og gælder
den også hos Skattestyrelsen?
tak
Jesper
""")

M("bhe", """
Til afdelingslederen, Plejecenter Torslundehus

Min mor er katolik og har gået til messe hver eneste søndag, så længe jeg kan huske. Nu
er kræften spredt, og lægen siger det er et spørgsmål om uger. Hun har bedt om at få
den sidste olie af en katolsk præst. Nattevagten sagde til min bror at det kan centret
ikke sørge for. Det har vi heller ikke bedt om, vi skaffer selv præsten, men vi vil
gerne være sikre på at han kan komme ind, også om natten.

Med venlig hilsen
Cecilie Brandt
""")

M("hep", """
Kære Pia Vestergaard

Jeg er fortvivlet. Min mor har demens og har boet på plejehjem siden sommer. Det viser
sig nu at hun ikke har betalt af på sine lån i næsten et år, fordi ingen vidste at
hun havde dem. Banken har sendt huset på Ishøj Søvej på tvangsauktion den 14. januar.
Kan kommunen gøre noget, eller kan du sige hvem vi skal tale med? Vi vil gerne nå at
sælge det på almindelig vis.

Vh Dorthe
""")

M("", """
Hej

Hvad koster en plejebolig i Vejleåparken om måneden i husleje, og er el og varme med?
Vi er nogle stykker i en Facebookgruppe for pårørende, der diskuterer det, og ingen
kan finde et tal. Tak på forhånd.
""")

M("tsh", """
Til borgmesterens PA

Min lillebror Christian fik en hjerneblødning i oktober. Han bor i Ishøj med sin mand,
Somchai, som er fra Thailand og ikke læser dansk særlig godt. Alle brevene fra
kommunen om genoptræningsplanen kommer i e-Boks, og Somchai forstår dem ikke. Kan man få
et brev på engelsk, eller kan jeg få lov at hjælpe dem uden at være gift ind i det?

Mvh Louise Kjærgaard
""")

M("u", """
Til kirkegårdskontoret

Min far Erling døde i sidste uge. Han var medlem af Dansk Metal i over 50 år og var
klubformand på værftet i mange af dem. Hans gamle fagforening vil gerne stille med
faneborg ved bisættelsen i kapellet. Er det tilladt, og hvem skal vi aftale det med?

Venlig hilsen
Jan Erlingsen
""")

M("h", """
Til Ishøj Kommune

Min mor Ruth Beck, [[090245 2286]], får hjemmesygepleje to gange om ugen til sine
bensår. I sidste uge kom sygeplejersken ikke, og ingen ringede. Mor sad og ventede hele
formiddagen med forbindingen løsnet. Kan I sikre at hun får besked, hvis besøget
bliver flyttet?

Hilsen Kirsten Beck
""")

M("", """
Hej

Hvad er reglerne for plejeorlov, hvis man vil passe en nærtstående der er alvorligt
syg? Kan man få plejevederlag hvis man er selvstændig, og hvor lang er
sagsbehandlingstiden normalt? Jeg vil gerne kende reglerne før der bliver brug for det.

Mvh
Claus
""")

M("she", """
Kære Center for Voksne og Velfærd

Min kone Hanne er 61 og fik i foråret diagnosen frontotemporal demens. Hun har fået
plads i dagcentret to dage om ugen, og det har været en stor hjælp for os begge. Nu
hører jeg at dagcentret måske skal lukke om fredagen. Er det rigtigt? Fredag er den
dag jeg har mit eget arbejde.

Venlig hilsen
Mette Lauritsen
""")

M("be", """
Hej valgsekretariatet

Min far har stemt på Venstre ved hvert eneste valg siden 1960 og er meget stolt af
det. Han bor nu på plejecentret på Ishøj Boulevard og kan ikke komme hen på
valgstedet. Kan han brevstemme på centret, og hvem sørger for det? Han vil ikke gå glip
af regionsvalget.

Venlig hilsen
Hanne Holst
""")

M("e", """
Hej

Jeg hjælper min mor på 79 med hendes post. Hun har fået afslag på helbredstillæg til
en ny tandprotese, fordi hendes formue er for høj, men det eneste hun har er
indestående på 31.000 kr. til sin egen begravelse. Tæller det virkelig med? Kan vi
klage, og hvordan?

Med venlig hilsen
Bo Jeppesen
""")

M("", """
hej

jeg bestilte storskrald til min mors adresse på Vejleåvej 14, ordrenummer 2811471203,
til afhentning i tirsdags, men der er ikke kommet nogen. sofaen står stadig ude ved
vejen og nu regner det. hvornår kommer de?

mvh Pernille
""")

M("th", """
Til Center for Voksne og Velfærd

Min far kom som flygtning fra Irak i 1996. Han har altid haft mareridt fra krigen, men
efter at han er stoppet på lageret og er blevet mere alene, er det blevet meget værre. Han
sover næsten ikke og har fået diagnosen PTSD hos en psykiater for mange år siden. Han vil
ikke tale med fremmede om det. Er der nogen i kommunen der har erfaring med ældre
flygtninge og traumer, som vi kan tale med?

Venlig hilsen
Zainab
""")

M("uh", """
Kære Kim Lykke, formand for Økonomiudvalget

Jeg er pædagog i en af kommunens institutioner og medlem af BUPL. Min mor er i
kemobehandling for brystkræft på Herlev, og jeg følger hende til hver behandling.
Min fagforening siger at jeg har ret til fri med løn til det efter
overenskomsten, men min leder siger nej. Kan du hjælpe med at få afklaret hvad der
gælder for kommunens ansatte?

Mvh Sanne
""")

M("", """
Hej

Kommunen har annonceret en demenscafé på biblioteket i januar. Er den kun for
pårørende, eller kan alle komme? Jeg læser til sygeplejerske og skriver opgave om
demens og netværk, så jeg vil gerne høre hvordan sådan en café foregår.

Venlig hilsen
Ida Thorsen
""")

M("pe", """
Hej Ishøj Kommune

Huset ved siden af os, hvor fru Olsen boede i 40 år, er sat til salg. Hun er flyttet
på plejehjem, og hendes søn sagde at der allerede har været tre fremvisninger. Vi vil
gerne vide om der er regler for hvor høj en hæk den nye ejer må have mod vores grund,
før vi taler med køberen.

Mvh Lis og Ove Jakobsen
""")

M("he", """
Til Kørselskontoret

Min far Svend Aage Thomsen, [[311232-1547]], skal i dialyse tre gange om ugen på Herlev
fra næste mandag. Vi søgte om kørsel den 2. november men har ikke fået svar. Han har
ikke kørekort mere og kan ikke tage bussen. Hvad gør vi på mandag?

Venlig hilsen
Bente Thomsen
""")

M("sb", """
Til kirkegårdskontoret, Ishøj Kirkegård

Min far og hans mand, Per, har været sammen i 38 år og vil gerne købe et fælles
gravsted nu, mens de begge kan være med til at vælge. De er begge overbeviste ateister og
ønsker ingen præst og intet kors. Er der et område på kirkegården, hvor det er
almindeligt, og kan man købe et gravsted på forhånd?

Venlig hilsen
Rikke Sand
""")

M("", """
Hej. Hvor lang er ventelisten på en plads i et dagcenter for tiden? Kan man se tallet
på hjemmesiden, og bliver det opdateret? Tak.
""")

M("e", """
Til Borgerservice, Opkrævning

Jeg er af Familieretshuset beskikket som værge for min bror Michael Søgaard, og jeg
passer hans økonomi. Michael får førtidspension og har en gæld til kommunen på 12.400 kr.
for for meget udbetalt boligstøtte. Jeg vil gerne aftale en afdragsordning på 500 kr.
om måneden. Værgemålsbeviset er vedhæftet.

Med venlig hilsen
Karen Søgaard
""")

M("te", """
Hej Plejecenter Ishøjhus

Vores farmor Naja er grønlænder, født i Uummannaq, og hun savner maden hjemmefra. Vi
vil gerne tage tørret fisk og sælkød med til hende på centret en gang om ugen. Må vi
det, og kan køkkenet varme det op for hende?

Kærlig hilsen
Aviaja og Malik
""")

M("hp", """
Kære Ishøj Kommune

Min mor har fået konstateret kræft i bugspytkirtlen og vil gerne have solgt sit hus,
mens hun selv kan nå at være med. Mægleren har fundet en køber, men køberens bank
kræver at carporten bliver lovliggjort først, fordi den aldrig er blevet godkendt. Kan
I hjælpe med hurtig behandling af en ansøgning? Hun har ikke så lang tid.

Venlig hilsen
Maria Winther
""")

M("", """
Hello,

My father lives in Ishøj and I live in Australia. If he one day needs help at home,
how does one apply, and is there a guide in English? Also, what are the phone hours
of the citizen service, Danish time?

Thanks,
Liam
""")

M("eu", """
Til Pension og Boligstøtte

Min far Karl-Erik Hansen, født [[060138-2203]], har fået et brev om at hans
pensionstillæg bliver sat ned fra januar. Han forstår det ikke, og det gør jeg heller
ikke. Hans gamle fagforening, Malerforbundet, som han har været medlem af siden han var
lærling, har tilbudt at se på sagen, men de skal bruge afgørelsen. Kan I sende den
til mig? Fuldmagt vedhæftet.

Mvh Søren Hansen
""")

M("", """
Hej

Hvordan klager man over en afgørelse fra kommunen, og hvor lang er klagefristen? Jeg
skal hjælpe en ældre slægtning, men vil gerne have styr på fremgangsmåden først.

Hilsen
Gitte
""")
