"""Part B: heating bills, winter roads, snow clearing, December darkness."""
from common import M

M("", """
Hej Vej og Park

Cykelstien langs Ishøj Boulevard er ikke saltet i morges, og jeg så to cyklister vælte ved krydset til Vejlebrovej. Kan I sætte den højere op på listen?

Mvh
Jesper Koch
""")

M("h", """
Hej

Jeg gled på fortovet ud for Kirkebjerg Allé 27 i går aftes, fordi der ikke var ryddet sne. Jeg har brækket armen og gået til skadestuen. Hvem har ansvaret for rydningen der, kommunen eller grundejeren?

Venlig hilsen
Annelise Brink
""")

M("", """
hvornår kommer saltbilen på Tranegildevej?? det er spejlglat og børnene skal i skole
""")

M("", """
Hej

Vi har fået en varmeregning fra fjernvarmen med kundenr. 0101754821 som er næsten dobbelt så høj som sidste år. Er det kommunen der fastsætter prisen, eller er det Ishøj Varmeværk selv?

Mvh Claus
""")

M("e", """
Til Ydelsescenteret

Varmeregningen er kommet, og jeg skylder nu 11.000 kr. til Ishøj Varmeværk. Jeg er på førtidspension og har ikke pengene. De truer med at lukke for varmen. Kan jeg få hjælp?

cpr [[080862-0315]]

Med venlig hilsen
Birgit Hansen
""")

M("", """
Kære Teknik- og Miljøudvalget

Jeg vil gerne foreslå at I laver en vinterplan hvor fortove ved skoler og plejecentre ryddes før kl. 7. Det er et politisk ønske fra os i grundejerforeningen.

Venlig hilsen
Grundejerforeningen Ishøj Nord
""")

M("eh", """
Hej

Min mor på 91 har hjemmepleje og et nødkald. I frostvejret i weekenden kom hjemmeplejen ikke, fordi vejen ikke var ryddet. Hun har sukkersyge og skal have insulin morgen og aften. Det må ikke ske igen.

Hilsen
Bent Jørgensen (søn af Ella Jørgensen, Ishøj Søvej 12)
""")

M("", """
Hej

Jeg har fået et brev om at jeg som grundejer skal rydde fortovet. Gælder det også hvis fortovet er på den anden side af en grøft? Adressen er Bækkeskovvej 5.
""")

M("", """
Hej
Er der nogen tilskud fra kommunen til varmepumper? eller er det kun staten?
""")

M("ut", """
Hej Vej og Park

Jeg kører snerydning for jer via vikarbureauet og er medlem af 3F. Vi har ikke fået vores vagttillæg for november. Jeg er polsk og forstår ikke alt i lønsedlen, så jeg vil gerne have det forklaret.

Piotr Zielinski
""")

M("", """
Hej, hvorfor er gadelyset slukket på stien bag Ishøj Stationsvej? Det er mørkt kl. 16 og det er utrygt at gå der.
""")

M("he", """
Kære borgerrådgiver

Jeg sidder i kørestol og har fået kørselsordning fra kommunen, men chaufføren nægtede at køre mig til Glostrup Hospital i fredags pga. sne. Jeg missede min dialyse. Jeg vil klage.

Med venlig hilsen
Niels Erik Bonde
cpr [[110954 1882]]
""")

M("", """
Hej

Må man selv salte fortovet med vejsalt, eller er der regler om det pga. træerne? Jeg spørger for vores ejerforening.
""")

M("p", """
Hej

Vi skal sælge vores hus i Ishøj Landsby og ejendomsmægleren spørger om energimærket og varmeinstallationen. Køberen har budt under prisen fordi det er oliefyr. Har I oplysninger om hvornår området får fjernvarme?

Mvh
Finn og Lise Mortensen
""")

M("", """
Hej

Jeg bor i en andelsbolig og vi overvejer i bestyrelsen at skifte til jordvarme. Kan man få byggetilladelse til boringer i december, eller skal man vente til foråret?
""")

M("e", """
hej
jeg har fået varmeregning på 7800 og jeg er studerende på SU. jeg har ingen mulighed for at betale før nytår. kan man få hjælp til sådan noget eller er det kun folk på kontanthjælp?
Jonas, 22
""")

M("", """
Kære Vej og Park

Tak til snerydderne der var ude kl. 4 i nat. Vejen var ryddet da vi skulle på arbejde. Godt gået!

Hilsen
Familien på Gildbrovej 33
""")

M("he", """
Goddag

Jeg er 84 år og har haft lungebetændelse i november. Nu har jeg en varmeregning jeg ikke kan klare, fordi jeg har skruet op for at holde varmen. Min pension rækker ikke. Hvad kan jeg gøre?

Venlig hilsen
Ejner Sørensen
Strandvejen 77
""")

M("", """
Hej

Jeg vil anmelde at fortovet ved Ishøj Skole er som en skøjtebane. Der er mange børn der går der kl. 8. Hvem tager sig af det?
""")

M("", """
Vi har set at kommunen vil spare på vintertjenesten i budgettet for 2027. Hvor mange km vej bliver der ikke ryddet mere? Venlig hilsen Ishøj Lokalavis
""")

M("eu", """
Hej

Jeg er blevet ledig her i december fra et firma i Taastrup. Jeg er medlem af HK og min a-kasse siger jeg skal registrere mig på jobnet. Men systemet siger jeg skal kontakte kommunen. Hvad gør jeg?

Mvh
Kristina Lykke
""")

M("", """
hej, gadelampe nr. 2301860417 på Vejleåvej er gået ud. nummeret står på masten
""")

M("he", """
Hej

Min søn Lucas har autisme og skal med specialbussen til Kirkebjergskolen. Bussen er ikke kommet to dage i træk pga. glatte veje, og han har det rigtig svært med ændringer. Kan I give besked når bussen ikke kan køre? Han har kørsel bevilget af kommunen.

Mvh
Sidsel Ravn
""")

M("", """
Goddag

Jeg er pensioneret ingeniør og undrer mig over at kommunen ikke bruger saltlage i stedet for tørsalt. Det er både billigere og bedre for miljøet. Har Vej og Park overvejet det?

Med venlig hilsen
Erik Holmstrøm
""")

M("", """
Hej, gælder varmechecken fra staten også for dem der bor til leje i Ishøj Strandpark? Og hvem udbetaler den?
""")

M("hs", """
Hej

Min mand Jonas og jeg bor på Tranegildevej. Jonas har en gammel rygskade og kan ikke skovle sne. Er der nogen ordning hvor kommunen eller frivillige kan rydde vores indkørsel?

Venlig hilsen
Mikkel Dahl
""")

M("", """
Hej
Vores måler nr. 1403700098 til fjernvarme viser et forbrug som ikke kan passe. Hvem skal vi kontakte?
""")

M("e", """
Kære Pia Strand

Jeg har været arbejdsløs i to år og lever af kontanthjælp. Nu har varmeværket lukket for varmen fordi jeg skylder. Jeg har en lille pige på 5. Kan du ikke hjælpe mig, jeg ved ikke hvor jeg ellers skal gå hen.

Simone
""")

M("", """
Hej, kommer der vinterdæk-tjek på kommunens biler inden jul? Jeg kører for hjemmeplejen og min bil skrider meget.
""")

M("p", """
Hej

Vi har fået et bud på vores grund på Ishøj Landevej, men køberen vil kun handle hvis der kan laves en ny overkørsel. Kan I sige om det vil blive godkendt? Handlen er betinget af det.

Med venlig hilsen
Gert Andreasen
""")

M("", """
Hej

Jeg kan se at kommunen sælger byggegrunde ved Ishøj Strand. Hvornår kommer næste udbud, og hvad koster grundene cirka?
""")

M("hu", """
Hej

Jeg er tillidsrepræsentant i 3F for skraldemændene. En af vores folk, Ali, faldt på glat is bag ved Ishøj Bycenter og slog hovedet. Han har hjernerystelse og er sygemeldt i to uger. Vi vil have at I salter gårdene.

Mvh
Klaus Winther
""")

M("", """
Kære Vej og Park

I har sat et skilt op om at Ishøj Søvej lukkes pga. vandskade. Hvornår åbner den igen? Vi skal til juleafslutning i Vejleåskolen.
""")

M("e", """
Hej

Vi er et ældre ægtepar og begge på folkepension. Vi vil gerne søge om varmetillæg. Min kone har cpr [[170643-2281]] og jeg har [[030341 1097]].

Venlig hilsen
Hans og Kirsten Lauridsen
""")

M("", """
Hej

Kan man få at vide hvilke veje der er prioriteret 1 i vinterberedskabet? Jeg bor på en lille stikvej og vil vide hvornår vi bliver ryddet.
""")

M("", """
Vi har en elmåler med nr. 570715000012345678 (EAN). Kan kommunen ændre adressen på den eller skal vi kontakte Radius?
""")

M("he", """
hej
jeg er gravid i 7. måned og kan ikke komme til kontrol fordi busserne ikke kører. kan jeg få taxa betalt af kommunen? jeg har ikke råd selv, jeg er på dagpenge.
Laila
""")

M("", """
Hej kommune, hvor mange vintre har I haft den nye snerydningsentreprenør? Det virker som om det er blevet dårligere. Bare en generel klage.
""")

M("t", """
Hej

Jeg er fra Somalia og har boet her i 4 år. Jeg har aldrig prøvet at rydde sne, og min nabo siger jeg får en bøde hvis jeg ikke gør det. Er det rigtigt? Jeg bor i hus på Ishøj Parkvej.

Mvh
Abdi Hassan
""")

M("", """
Hej

Jeg har et spørgsmål om vintervedligeholdelse af private fællesveje. Hvem betaler hvis kommunen rydder en privat fællesvej efter aftale? Er der en takst pr. meter?
""")

M("hs", """
Kære Sundhedsplejen

Min kone Maja og jeg venter vores første barn i februar. Jeg er sygemeldt med stress og vi er bange for at vi ikke kan klare varmeregningen og alt det andet. Kan man få noget hjælp eller en snak?

Hilsen
Louise Hjorth
""")

M("", """
Hej, hvor kan man hente gratis sandsække til at strø med? Jeg har hørt at kommunen har nogle ved materielgården.
""")

M("b", """
Hej

Jeg er vegetar af etiske grunde og aktiv i Extinction Rebellion. Jeg vil gerne høre om vi kan få lov at lave en lille demonstration foran rådhuset om kommunens brug af vejsalt og fossile snerydningsmaskiner.

Venlig hilsen
Freja Holt
""")

M("", """
Til Klimaudvalget

Hvorfor har kommunen ikke en plan for at udfase oliefyr hurtigere? Det er et spørgsmål om klimaansvar.

Med venlig hilsen
Ole Steensen
""")

M("e", """
Hej

Jeg skal flytte fra min lejlighed på Vejleåvej fordi jeg ikke kan betale huslejen efter min skilsmisse. Jeg har fundet et værelse men depositummet er 15.000. Kan jeg låne det af kommunen?

cpr [[2504791663]]
Mvh
Tina Ravnsborg
""")

M("", """
Hej

Er der nogen der holder øje med de gamle i vinterkulden? Jeg tænker på om kommunen har en ordning hvor frivillige ringer til ældre der bor alene. Ikke for nogen bestemt, jeg synes bare det ville være en god idé.
""")

M("", """
hej, faktura 3012241187 fra Ishøj Forsyning har forkert beløb. jeg har betalt 2.340 og ikke 3.240
""")
