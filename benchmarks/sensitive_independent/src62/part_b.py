"""Part B: houses and flats for sale, and where people come from."""
from common import M

M("p", """
Hej. Vi har givet bud på hus på Tranegilde Strandvej, 2.650.000. Sælger har ikke svaret endnu. Må vi bygge carport der hvis vi køber? Mvh Hüseyin
""")

M("pt", """
Kære borgmester

Vi er en familie fra Irak og vi har boet i Ishøj i 20 år. Nu vil vi købe rækkehus i Ishøj Landsby men banken vil vide om der kommer ny vej bag huset. Købsaftalen er med forbehold for advokat til fredag. Kan du svare hurtigt?

Med venlig hilsen
Saad og familie
""")

M("t", """
Hej borgerrådgiveren. Drengene i opgangen kalder min søn "sorte abe" hver dag. Vi er fra Somalia. Boligselskab siger det er ikke deres problem. Hvem kan hjælpe os? Hodan
""")

M("p", """
hej vi vil sælge vores andelslejlighed i Vildtbanegård. en køber har sagt ja men trækker sig måske fordi vurderingsrapport ikke er klar. skal kommune godkende noget? tak
""")

M("", """
Hej, hvornår sælger kommunen byggegrundene ved Ishøj Søpark? Jeg har læst i avisen. Er der venteliste? Mvh
""")

M("t", """
Til Center for Børn og Forebyggelse

Jeg er polsk og min datter Zuzanna går i 3. klasse. Hun kan ikke godt dansk endnu. Kan hun få dansk som andetsprog timer? Lærer siger ikke plads.

Pozdrawiam / hilsen
Agnieszka Nowak
""")

M("pt", """
Hello, I am Filipina married to Danish man and we want to buy the small house on Strandgårdsvej which is for sale. The agent say there is some problem with "lokalplan". Can someone explain what we may build? We have not signed yet. Thank you, Jovelyn
""")

M("p", """
Kære Teknik- og Miljøudvalg

Vi har sat vores ejerlejlighed til salg for 3 måneder siden. Nu har en køber trukket sig pga. den nye støjskærm ved motorvejen som ikke er bygget. Hvornår er støjskærmen færdig? Det betyder meget for salget.

Med venlig hilsen
Ivana og Marko
""")

M("t", """
hej jeg er ukrainer og kom i 2022. min søn går i modtagelsesklassen. han vil gerne til fodbold. hvor er fodboldklub der er billig? tak Olha
""")

M("", """
hej er det rigtigt at kommunen vil sælge Strandgården? jeg læste det på facebook. hvad skal der være?
""")

M("p", """
Hej. Min far vil sælge sit kolonihavehus i Haveforeningen Ishøj. Der er en køber på 180.000 men foreningen siger max pris er 140.000. Hvem bestemmer prisen? Kommune eller forening? Jeg skriver for ham fordi han ikke kan computer. Venlig hilsen Murat
""")

M("t", """
Til borgmesterens PA

På min arbejdsplads i kantinen siger kollega at jeg er "perker" og skal rejse hjem til Tyrkiet. Leder gør ingenting. Jeg arbejder i kommunen på rådhuset. Er der et sted jeg kan klage?

Hilsen Serkan
""")

M("p", """
hej jeg har et bud på min pizzeria-bygning på Ishøj Stationsvej fra en mand som vil lave frisør. han vil vide om man må det. må man? vi har ikke skrevet kontrakt. mvh Ahmad
""")

M("pt", """
Kære byrådsmedlem

Jeg er tamil fra Sri Lanka og har haft købmand i Ishøj i 15 år. Nu vil jeg sælge butikken og grunden, men køberen vil først købe når kommunen svarer om parkering. Jeg har ventet 6 uger. Kan du hjælpe?

Venlig hilsen
Suresh
""")

M("t", """
Hej, jeg vil klage over buschaufføren på linje 128 i går. Han sagde til min mor "I arabere skal lære at stille jer i kø". Hun er 70 år. Vi er palæstinensere og hun forstod det godt. Det er racisme. Mvh Rami
""")

M("", """
Hej, jeg er ejendomsmægler og har et spørgsmål om skel mellem to grunde på Ishøj Søvej. Hvor kan jeg finde matrikelkort? Mvh, Kristian, EDC
""")

M("p", """
hej naboen på Gammelgårdsvej 12 har sat hus til salg og han siger til køberne at vi har lovlig carport på grænsen. det er ikke rigtigt. kommunen skal sige det før de køber. Vh
""")

M("pe", """
Hej borgerrådgiver. Banken vil tvangsauktion vores hus i maj fordi vi ikke kan betale siden min mand blev arbejdsløs. Vi prøver at sælge før, der er en køber der kigger. Kan kommunen hjælpe med noget? Hilsen Svetlana
""")

M("t", """
Jeg hedder Teklehaimanot og jeg er fra Eritrea. Jeg vil gerne være frivillig lektiehjælper i biblioteket. Jeg taler tigrinya og lidt arabisk. Hvem skal jeg skrive til?
""")

M("", """
hej hvad koster det at få et nyt vurderingsbrev fra kommune på grund? jeg forstår ikke det brev om grundskyld. tak
""")

M("p", """
Kære Byudvikling

Vi vil købe grund nr. 7 i den nye udstykning ved Ishøj Landsby. Vi har fået tilbud fra jer og skal svare inden 1. juni. Må vi bygge i 2 plan? Vi har ikke underskrevet endnu.

Mvh. Nguyen familie
""")

M("t", """
hey! mig og min kæreste er fra Thailand og vi vil åbne thai massage i Ishøj. hvad skal vi søge om af tilladelse? kh Nok og Pim
""")

M("p", """
Hej! Vi har købt hus i Ishøj med overtagelse 1. august, men købet er ikke endeligt fordi vi venter på lånetilsagn. Kan vi allerede skrive vores søn op til vuggestue? Tak, Sofie
""")

M("t", """
Hej. Min mand er fra Marokko og jeg er dansk. Vores datter bliver drillet i skolen "du er halv brun". Lærer siger det er bare sjov. Det er ikke sjov. Hilsen Mette
""")

M("", """
Til Byudvikling og Natur
Jeg har fået brev om "ejendomsvurdering" for min lejlighed. Jeg bor til leje, ikke ejer. Er det en fejl? Brevet har ejendomsnr. 183-04417.
Mvh Anna
""")

M("p", """
hej jeg er ved at sælge min ejerlejlighed og køber vil have at altan er godkendt. hvor finder jeg byggetilladelse fra 1998? haster, køber venter!! /Lars
""")

M("pt", """
Til Borgerrådgiveren

Jeg er kurder fra Syrien. Vi har sat vores rækkehus til salg fordi vi flytter til Aarhus. En køber var interesseret men naboen fortalte ham "her bor mange udlændinge". Nu vil han ikke. Kan man gøre noget?

Venlig hilsen
Rojin
""")

M("te", """
Goddag. Min mor er fra Vietnam og taler kun vietnamesisk. Hun skal til samtale på plejecentret for at se plads til min far. Kan hun få tolk? Venlig hilsen Linh
""")

M("p", """
Hej. Vi har et hus i Torslunde som vi arvede fra min svigermor. Vi vil sælge det men der er en gammel olietank i haven. Køberen vil ikke skrive under før den er fjernet. Skal kommunen godkende fjernelsen? Vh Goran
""")

M("", """
Hej. Jeg søger lejebolig i Ishøj med 3 værelser. Har kommunen en liste over boligselskaber? Tak
""")

M("t", """
Hello council member, I'm from Nigeria and I live in Ishøj 4 years. At the pharmacy they always ask me for ID but not the white customers. It makes me feel bad. Can the municipality talk to them? Best, Chinedu
""")

M("p", """
Kære Økonomiudvalg

Min virksomhed vil købe den kommunale grund ved Industrivej (matr. 12ab) til nyt værksted. Vi har sendt bud på 4,2 mio. i marts. Hvornår behandler I buddet?

Med venlig hilsen
Erdem Yıldız
Direktør, Yıldız Auto ApS
CVR 38 41 22 90
""")

M("t", """
hej jeg er halv thai halv dansk og vil gerne være med i kommunens mangfoldighedsråd. hvordan søger man? kh Nalin
""")

M("", """
Hej. Mit hus blev solgt i 2019 men jeg får stadig breve om ejendomsskat. Handlen er for længst på plads. Hvem skal jeg ringe til? Mvh Bent
""")

M("p", """
Hej jeg er 82 år og vil sælge mit hus på Brombærvej. Min barnebarn hjælper mig med at skrive. Der er en køber men han vil have kommunen til at sige om der kommer cykelsti foran. Hilsen Inger
""")

M("te", """
Til Jobcenter

Jeg er fra Afghanistan, hazara. Min tolk til mødet var pashtun og han oversatte ikke alt rigtigt, han grinede af mig. Næste gang vil jeg have anden tolk, dari. Tak. Mohammad Reza
""")

M("p", """
hej vi har fået afslag på lån i banken til huset vi har bud på i Ishøj Landsby. sælger venter til mandag. kan kommune give lån til udbetaling? vi har to børn
""")

M("", """
Hej. Hvor mange flygtninge har Ishøj modtaget i 2024? Jeg skriver opgave til skole. Tak, Yusuf 9.b
""")

M("te", """
Hej med jer. Min far er grønlænder og bor på Ishøj Strand plejecenter. Han savner grønlandsk mad og vil gerne tale med nogen på grønlandsk. Findes der en besøgsven? Venlig hilsen Pipaluk
""")

M("pe", """
Hej Center for Borger, Økonomi og IT

Vi er skilt og skal sælge vores fælles hus. Min ex vil ikke skrive under på salget selvom der er en køber. Jeg kan ikke betale huslejen alene. Kan kommunen hjælpe? 

Mvh Elif
""")

M("t", """
Kære borgmester, jeg er sort og bor i Ishøj siden 1995. I går råbte en mand til mig ved Bycentret at jeg skal "rejse hjem til Afrika". Jeg er født i Ghana men dansk statsborger. Jeg vil bare sige det skal stoppe. Kwame
""")

M("", """
hej den fælles vaskekælder i opgang 4 er snavset og folk bruger maskine om natten. kan kommunen gøre noget? eller er det boligselskab
""")

M("p", """
Hej igen

Jeg sendte spørgsmål sidste uge om servitut på vores grund. Vi har solgt huset med forbehold, og køberens advokat venter på svar fra jer. Sag nr. 24/18830. Kan I svare denne uge?

Venlig hilsen
Dorota Wiśniewska
""")

M("t", """
Hej jeg har en ven fra Somalia som har skrevet det her, jeg retter kun lidt: "Jeg er somalier og jeg har fået nej til at leje lokale i medborgerhuset til familiefest. Manden sagde vi larmer for meget. Danske familier får ja." Kan I svare ham? Hans nummer er 52 90 63 18.
""")
