from common import M

M("p", """Hej

Huset er sat til salg men ikke solgt endnu, og nu har vi fået at vide at der skal laves ny kloak på hele vejen til sommer. Det kommer jo til at skræmme købere væk. Kan vi få en skriftlig tidsplan vi kan vise til ejendomsmægleren?

Mvh Lars og Jytte, Vejlebrovej""")

M("p", """hej! vi har givet bud på et rækkehus i Thorslunde og sælger har sagt ja, men vores advokat siger der er en servitut om skel mod kommunens grønne område. kan I sige noget om det inden vi skriver under på fredag? vh Sofie""")

M("p", """Kære Birgitte

Vi står midt i et salg af vores andelslejlighed i Ishøj Strand og køberen er kun betinget af at kommunen kan bekræfte at altanen er lovligt opført. Vi har ventet 3 uger på svar fra Byudvikling. Hvis vi ikke får svar inden d. 15., springer køberen fra.

Med venlig hilsen
Niels Hedegaard""")

M("p", """Hej

Min nabo i nr. 22 har sat sit hus til salg, og der har været fremvisninger hele weekenden. Det er fint nok, men mægleren har sagt til køberne at der må bygges en tagterrasse, og det tror jeg ikke lokalplanen giver lov til. Hvem skal jeg kontakte?

/Ole""")

M("p", """Til Center for Byudvikling og Natur

Jeg har købt en kolonihave i Haveforeningen Strandhaven, men handlen er ikke faldet på plads endnu, for foreningen siger at kommunen skal godkende vurderingen af huset. Hvor lang tid tager det?

Venlig hilsen
Vivi""")

M("p", """ja hej det er bare fordi køberen til min mors lejlighed er sprunget fra i sidste øjeblik, og nu skal vi finde en ny. kan i stoppe ejendomsskatten mens den står tom? mvh Henrik""")

M("p", """Hej Karina

Jeg har et spørgsmål som jeg helst ikke vil skrive til den offentlige postkasse. Vi forhandler med kommunen om at købe grunden ved siden af vores værksted på Industrivej, og vi er nede på 1,1 mio. mod jeres 1,4. Er der politisk vilje til at mødes på midten, eller skal vi bare droppe det?

Mvh
Jørgen, J. Petersens Autoværksted ApS""")

M("p", """Kære Kommune

Vi har underskrevet en betinget købsaftale på et hus på Tranegilde Strandvej med forbehold for at vi kan få lov til at udvide med et værelse. Kan I give en forhåndsudtalelse? Fristen for forbeholdet er 14 dage.

Med venlig hilsen
Amalie og Jonas""")

M("p", """hej jeg skal sælge mit hus fordi jeg ikke kan klare det alene mere, men der står en gammel olietank i haven som køberen vil have fjernet før overtagelsen. hvad koster det at få kommunen til at se på det? -Ebba""")

M("p", """Hej

Der hænger et "til salg"-skilt hos familien overfor (nr. 9), og nu har nogle potentielle købere spurgt mig om der kommer en ny vej bag husene. Jeg ved det ikke. Har I nogen planer der?

Mvh Conny""")

M("pe", """Til Byrådet

Vores hus skal på tvangsauktion i april. Vi har forsøgt at sælge det frit i et år uden held. Jeg vil bare høre om kommunen har nogen mulighed for at hjælpe os med at undgå auktionen.

Med venlig hilsen
Per""")

M("p", """Hej, kort: vi har solgt vores lejlighed med overtagelse 1. juni men vi har IKKE fundet noget nyt endnu. køberen har forbehold for finansiering til d 20. skal vi melde flytning allerede nu? vh Rasmus""")

M("p", """Hej Anders

Jeg sidder i bestyrelsen i vores ejerforening og vi har et tilbud fra en investor om at købe hele vores parkeringsareal. Det er ikke vedtaget endnu, der skal generalforsamling til. Kan kommunen sige noget om om arealet overhovedet må bebygges? Jeg skriver som privatperson.

Mvh Hanne""")

M("p", """Hej. Jeg arver min fars hus i Ishøj Landsby og skal sælge det. Vi har en køber som vil give 3,2 men mægleren siger vi kan få 3,5. Nu spørger køberen om huset er BBR-registreret rigtigt, og det tror jeg ikke det er. Hvordan retter vi det? Mvh Lise""")

M("p", """Kære borgmester

Jeg ejer erhvervsgrunden på Ishøj Stationsvej som jeg er i dialog med en købekæde om at sælge. De kræver at kommunen ændrer lokalplanen til detailhandel. Vi har ikke skrevet under på noget endnu. Kan vi tage et møde?

Med venlig hilsen
Allan Skov""")

M("p", """hejsa. vi er ved at købe et hus men banken kræver en tilstandsrapport og ejendomsmægleren siger der er ulovlig carport. vil i se på det hurtigt for ellers mister vi huset? -Frederik""")

M("p", """Hej

Vi har fået et bud på vores rækkehus, men køberen vil først skrive under, når han har set byggetilladelsen til udestuen fra 1998. Den kan vi ikke finde. Har I den i arkivet?

Venlig hilsen
Kaj og Else""")

M("p", """Til kommunen. Min bror og jeg er uenige om vi skal sælge vores afdøde mors andel. Han vil sælge til en bekendt under markedsprisen, jeg vil ikke. Andelsforeningen siger de skal bruge en underskrift fra begge. Kan kommunen mægle? Venlig hilsen Susanne""")

M("p", """Hej igen

Angående vores henvendelse om støjvolden: Vi har nu sat huset til salg, fordi vi ikke kan holde støjen ud. Mægleren siger at vi står til at tabe 300.000 på grund af motorvejen. Er der nogen kompensation?

Mvh Kirsten og Hans Jørgen""")

M("p", """hej. kan i ikke godt holde lidt på oplysningen om at vi er ved at sælge forretningen på Ishøj Torv? personalet ved det ikke endnu. vi skal bare have flyttet bevillingen til den nye ejer når handlen går igennem. mvh Kenan""")

M("p", """Hej Jens

Jeg er gået i gang med at sælge mit sommerhus i Ishøj Strand via en mægler og der er en interesseret køber. Men kommunen har sendt en påbud om kloakering. Køberen vil vide, om det er ham eller mig der skal betale. Hvem har ansvaret?

Med venlig hilsen
Torben Ladefoged""")

M("t", """Hej

Min søn på 11 bliver kaldt "perker" hver dag i frikvarteret af de samme tre drenge, og lærerne gør ingenting. Vi er fra Pakistan oprindeligt, men han er født her på Hvidovre Hospital og taler bedre dansk end mig. Hvad gør skolen ved det?

Med venlig hilsen
Rashid""")

M("t", """hej, vi er polske og har boet i ishøj i 6 år. vores datter skal starte i skole og vi vil høre om hun kan få modersmålsundervisning i polsk. pozdrawiam, Agnieszka""")

M("t", """Kære Borgerrådgiver

Jeg vil klage over en medarbejder i Borgerservice, som tirsdag sagde til mig at "I somaliere forstår jo aldrig reglerne". Jeg har boet i Danmark i 25 år. Jeg ønsker en undskyldning.

Hodan A.""")

M("t", """Til skolelederen

Min datter er halvt grønlandsk, og hun er blevet spurgt af en vikar om hun "drikker ligesom sin mor". Det er helt uacceptabelt. Jeg forventer at det bliver taget op.

Vh Mette""")

M("t", """Hej Ishøj

Vi er en romafamilie og er lige flyttet hertil fra Rumænien. Vores børn skal i skole, men vi får at vide at vi først skal have et CPR-nummer. Er det rigtigt?

Hilsen Florin""")

M("t", """hej jeg er adopteret fra Colombia og vil gerne søge aktindsigt i de papirer kommunen har fra min adoption i 1994. hvordan gør jeg det? mvh Camilla""")

M("t", """Kære byrådsmedlem

Jeg er sort og har boet i Ishøj i 12 år, og i sidste uge blev jeg stoppet af en af kommunens parkeringsvagter, som spurgte om jeg "overhovedet havde lov til at være her". Jeg vil gerne have at det bliver undersøgt.

Med venlig hilsen
Samuel Mensah""")

M("t", """Hej

Min mand er fra Marokko og har fået dansk indfødsret sidste år. Nu skal vi giftes på rådhuset og vi vil gerne have at en af hans venner kan være vidne, men han har kun marokkansk pas. Kan det lade sig gøre?

Venlig hilsen
Julie""")

M("t", """Hej Kommune!

Jeg er kurder fra Syrien og jeg har lige fået job i Ishøj. Jeg mangler en børnehaveplads til min datter. Det haster for jeg starter 1. marts.

Tak, Rojin""")

M("te", """Til Center for Voksne og Velfærd

Min far er 84, han kom fra Tyrkiet i 1970 som gæstearbejder og taler kun lidt dansk. Hjemmeplejen sender hver gang en ny person, og han forstår ikke hvad de siger. Kan han få faste hjælpere der taler tyrkisk?

Mvh Emre""")

M("t", """hej, vi er vietnamesere, min mor og jeg, og min mor har svært ved at læse danske breve. kan hun få breve fra jer på vietnamesisk eller med tolk? tak, Linh""")

M("t", """Hej

Der bor en familie oppe over os som er fra Eritrea. I går skrev nogen "skrid hjem" på deres dør med tusch. De tør ikke selv skrive til jer. Kan boligselskabet og kommunen gøre noget?

/Anne-Mette, opgang 4""")

M("t", """Kære Trine

Jeg er tamil fra Sri Lanka og har boet i Ishøj siden 1989. Vi er en lille gruppe tamilske familier, og vi vil gerne låne et lokale på biblioteket til en kulturaften. Vi har fået afslag to gange. Hvorfor?

Med venlig hilsen
Kumar""")

M("t", """hej. mine forældre er fra Irak men jeg er født i Danmark. en af pædagogerne i min søns børnehave har sagt at han skal "lære at opføre sig dansk". hvad betyder det?? jeg er ret vred. Zainab""")

M("t", """Hej

Jeg er halv-japaner og min søn ligner mig. I klassen kalder de ham for "kineser" og trækker øjnene ud. Klasselæreren siger det er for sjov. Det synes jeg ikke.

Mvh Kenji""")

M("t", """Til borgmesteren

Jeg har boet i Ishøj siden jeg kom hertil som flygtning fra Bosnien i 1993. Jeg er i dag 63 og har været på arbejdsmarkedet i 28 år. Nu vil jeg gerne være frivillig i et af kommunens sprogcaféer. Hvem skal jeg kontakte?

Venlig hilsen
Emir""")

M("t", """hej ishøj, vi er ukrainere og min mand er kommet hertil efter mig. han skal melde flytning til min adresse. kan han gøre det på nettet når han kun har ukrainsk pas? vh Olena""")

M("t", """Hej Rasmus

Tak for dit svar. Jeg har mere at sige: Jeg søgte job som pædagogmedhjælper i en af kommunens institutioner og fik at vide af lederen i telefonen, at "forældrene nok ikke ville være glade for en med arabisk accent". Jeg er fra Libanon. Det er diskrimination.

Hilsen Rania""")

M("t", """Hej. Jeg er inuk fra Nuuk og er flyttet til Ishøj for at studere. Jeg har hørt at der er et grønlandsk hus eller forening i området, ved I hvor? mvh Aviaja""")

M("t", """Kære Ishøj Kommune

Vi er en pakistansk familie på 7 og vi bor i en 3-værelses lejlighed. Vi har været skrevet op til større bolig i fem år. Er der ikke noget I kan gøre?

Med venlig hilsen
Imran Khan""")
