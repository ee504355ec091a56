"""corpus69, part c: dødsbo, the parents' house, værgemål and fremtidsfuldmagt."""
from common import M

M("p", """Til Center for Byudvikling og Natur

Vi er tre søskende der sidder med vores forældres dødsbo. Huset på Ishøj Landsby 19 er sat til salg hos EDC, og en køber har givet et bud, men han vil have det betinget af at carporten bliver lovliggjort. Vi kan ikke finde nogen byggetilladelse på carporten. Kan I se i jeres arkiv om der findes en?

Med venlig hilsen
Lene Holst, på vegne af boet""")

M("", """Hej

Vi solgte min fars hus i Torslunde i 2021, og handlen blev afsluttet uden problemer. Nu får jeg pludselig et brev om en gammel vandafgift på hans adresse. Boet er for længst lukket. Hvad gør jeg?

Mvh Allan""")

M("pe", """Kære borgerrådgiver

Min mor har siddet i uskiftet bo efter far døde, og nu skal hun på plejehjem. Vi er nødt til at sælge huset for at hun kan betale indskuddet, og ejendomsmægleren siger det tager tre til seks måneder. Kommunen vil have svar på om hun tager pladsen inden for en uge. Kan man få udsættelse, mens huset er til salg?

Venlig hilsen
Carsten Eriksen""")

M("", """Til hovedpostkassen

Sælger kommunen den gamle grund bag plejecentret på Vejlebrovej? Der har stået et skilt længe. Vi er en lille forening der overvejer at bygge et klubhus og vil gerne vide hvad processen er generelt.

Mvh Ishøj Modeljernbaneklub""")

M("pe", """Hej,

Jeg er værge for min farbror, Svend Aage Nielsen, som Familieretshuset satte under værgemål i januar. Hans rækkehus på Bækkeskovvej skal sælges, fordi han ikke kan bo der mere. Vi har en køber der tilbyder 2,1 mio., men værgemålet kræver at Familieretshuset godkender salget. Mægleren spørger om kommunen har nogen forkøbsret. Har I?

Venlig hilsen
Peter Nielsen, værge""")

M("", """Hej Lars,

Hvordan er reglerne, hvis man vil lave en fremtidsfuldmagt? Jeg vil gerne vide det til et oplæg i vores seniorklub. Er det noget kommunen hjælper med, eller skal man til notar?

Mvh Grethe""")

M("pt", """Kære Jens

Min svigerfar kom fra Tyrkiet som gæstearbejder i 1970 og byggede selv sit hus i Vildtbanegård. Han døde i februar, og nu vil familien sælge. En nabo har budt, men han vil kun købe hvis han kan få lov at rive huset ned og bygge to boliger. Må man det efter lokalplanen? Vi vil gerne vide det, før vi svarer på buddet.

Hilsen
Mette Yilmaz""")

M("e", """Til Center for Voksne og Velfærd

Min far har en fremtidsfuldmagt, som er sat i kraft i Familieretshuset, og jeg er fuldmægtig. Alligevel nægter hjemmeplejen at tale med mig om hans visitation. Jeg har vedhæftet ikraftsættelsen. Venligst opdater jeres system.

Med venlig hilsen
Jesper Kragh""")

M("p", """Hej Helle

Mine forældres andelslejlighed i Strandparken skal sælges efter at mor døde. Andelsforeningen har en venteliste, men bestyrelsen siger at første køber på listen først kan se lejligheden om to måneder. Vi betaler boligafgift imens. Er der noget kommunen kan gøre? Nej, vel? Jeg ville bare høre.

Kh. Marianne""")

M("", """Hej

Jeg er ejendomsmægler og har mange dødsboer i Ishøj. Kan man få oplyst generelt hvor lang tid det tager at få en BBR-rettelse igennem? Det ville hjælpe med at forventningsafstemme med arvinger.

Mvh Carsten, Home Ishøj""")

M("hpe", """Kære direktionsassistent

Min mor fik demensdiagnosen sidste år og er nu under værgemål. Hendes lejlighed i Gadevang er solgt, men køberen er sprunget fra to dage før overtagelsen. Nu står vi uden køber, og plejehjemmet vil have husleje fra 1. maj. Hun har ingen penge ud over folkepensionen før lejligheden er solgt.

Med venlig hilsen
Jonas Winther""")

M("", """Til borgmesterens PA

Byrådet har besluttet at sælge den gamle præstebolig ved Ishøj Kirke. Hvornår bliver den udbudt, og kommer der en annonce? Jeg er ikke køber, jeg er bare interesseret i bygningens historie.

Venlig hilsen
Aage, lokalhistorisk forening""")

M("ps", """Hej

Min mand Mogens og jeg (jeg hedder Frank) har ejet vores hus på Tranegilde Strandvej i 31 år. Nu vil vi sælge og flytte i ældrebolig mens vi stadig kan. Vi har en køber der har underskrevet en købsaftale, men den er betinget af at kommunen godkender en tilbygning fra 1998. Kan I se på sagen? Sagsnr. 2025-08214.

Venlig hilsen
Frank Holm""")

M("he", """Til Familieafdelingen — nej, undskyld, til Voksne og Velfærd

Jeg ved ikke helt hvem jeg skal skrive til. Min bror er psykisk udviklingshæmmet og nu 70 år, og vores mor, der altid har passet ham, er død. Han kan ikke bo alene. Han har aldrig haft nogen sagsbehandler. Hvad gør vi?

Mvh Lis Carlsen""")

M("", """Hej

Vi har arvet et kolonihavehus i H/F Gildbrohave efter min mormor. Salget gik igennem i juni og pengene er fordelt. Men foreningen har sendt os en regning for vand fra 2024. Er det kommunen eller foreningen der fastsætter vandprisen?

Mvh Line""")

M("pb", """Kære udvalgsformand

Jeg er præst i Den Evangelisk-Lutherske Frikirke og min mor har efterladt et hus i Ishøj Landsby. Vi har fået et tilbud fra en lokal bygherre, men han trak det tilbage, da han hørte at grunden ligger i bevaringsværdigt område. Kan udvalget fortælle om der er planer om at ændre lokalplanen?

Med venlig hilsen
Pastor Jakob Lindgaard""")

M("pe", """hej

min far døde og har efterladt gæld på 400.000 til skat og banken. huset er sat til salg men mægleren siger at det ikke kan dække gælden. skal vi som arvinger betale resten? og kan kommunen hjælpe med begravelseshjælp når der er gæld i boet?

Tina""")

M("pt", """Hello,

My father was Vietnamese and came to Denmark as a boat refugee in 1979. He passed away in March and left a small house on Ishøj Søvej. My sister and I live in Australia and want to sell it. We have a buyer who offered 1.8 million DKK on condition that the roof is checked. Do we need any papers from the municipality before we sign?

Kind regards,
Linh Tran""")

M("", """Til Center for Borger, Økonomi og IT

Jeg har modtaget ejendomsskattebilletten for 2026 på min fars hus, som er solgt og overtaget af køber den 1. december 2025. Skødet er tinglyst. Kan I sende regningen til den nye ejer? Ejendomsnr. 183-044921.

Mvh
Jan Søndergaard""")

M("pe", """Kære borgerrådgiver

Min mor er kommet på plejehjem og jeg har fremtidsfuldmagt. Kommunen har lagt beslag på hendes opsparing til betaling af restance for hjemmehjælp, som hun havde fået i tre år uden at betale. Jeg vidste ikke noget om restancen. Nu skal hendes hus sælges, og der er en køber der venter på svar. Kan restancen betales ud af salget i stedet?

Med venlig hilsen
Karina Bech""")

M("p", """Hej Kim,

Kommunen har fået en henvendelse fra en investor der vil købe vores afdøde fars landbrugsejendom ved Torslunde og lave den om til rideskole. Vi har ikke solgt endnu og er i forhandling om prisen. Vi vil gerne vide om kommunen er positivt stemt over for ridehal. Det kan få betydning for prisen.

Mvh
Søren og Bodil Hansen""")

M("", """Til udvalgssekretæren, Byudvalget

Jeg vil gerne have oplyst, hvor mange ejendomme i Ishøj der blev solgt fra dødsboer i 2024. Jeg skriver speciale om boligmarkedet på Vestegnen. Anonymiserede tal er fint.

Venlig hilsen
Mathias Krog, stud.scient.pol.""")

M("he", """Til visitationen

Jeg er fuldmægtig for min mor efter hendes fremtidsfuldmagt, som blev sat i kraft da hun fik Alzheimers. Hun er visiteret til plejebolig på Kærbo. Kan jeg få en kopi af visitationsafgørelsen sendt til min e-boks?

Mvh
Anders Jessen
cpr [[090563-3125]]""")

M("pu", """Hej Bente

Jeg har været medlem af Dansk El-Forbund i 45 år og vil nu sælge mit parcelhus for at flytte tættere på min datter i Odense. Jeg har en køber, men han vil have kommunen til at bekræfte, at der ikke er planer om en omfartsvej lige bag huset. Det har stået i avisen. Hvad er rigtigt?

Venlig hilsen
Kurt Madsen""")

M("", """Kære Center for Byudvikling og Natur

Plejecentret Strandhaven skal have ny tilbygning med 24 boliger ifølge avisen. Hvornår begynder byggeriet, og bliver stien langs stranden lukket? Vi går tur der med hunden hver dag.

Mvh
Familien Dahl""")

M("pe", """Kære Jens,

Min bror sidder i fængsel og kan derfor ikke selv deltage i skiftet af vores mors bo. Huset skal sælges, og der er tre bud. Kan kommunen hjælpe med at han får lov at underskrive fra fængslet, eller skal vi have en advokat?

Mvh Helle""")

M("", """Til hovedpostkassen

Vi er et dødsbo og skal aflevere nøglerne til kommunens udlejede ældrebolig på Gadevang. Hvor skal nøglerne afleveres, og hvornår kommer syn? Lejemålsnr. 34-122-08.

Mvh
Bo Lauritsen""")

M("pt", """Til Center for Byudvikling og Natur

Min mor er grønlænder og har boet i Ishøj siden 1975. Hun flytter nu op til min søster i Nuuk og vil sælge sin lejlighed i Vejleå Park. Vi har en interesseret køber som vil have en energimærkning og et udskrift fra BBR først. Hvordan får vi det hurtigt?

Venlig hilsen
Pipaluk Jensen""")

M("", """Hej

Jeg vil høre om kommunen har en vejledning om arv og testamente. Vi er et ældre par uden børn og vil gerne sikre at vores hus går til velgørenhed. Det er en generel forespørgsel.

Venlig hilsen
Inge og Carl""")

M("p", """Hej Sanne

Vores nabo er død og hans hus på Ishøj Strandvej 77 har været til salg i et år nu. Nu har en køber budt, men det er et firma, og vi er bange for at det bliver lavet om til værelser til udlejning. Hvad kan kommunen gøre? Vi har hørt at de har budt 1,5 mio.

Mvh naboerne i nr. 75 og 79""")

M("e", """Kære borgerrådgiver

Min svigermor er blevet sat under værgemål, og hendes værge er en advokat fra Glostrup, som vi aldrig har mødt. Han svarer ikke på vores mails. Hun bor på Kærbo og har ikke fået lommepenge i to måneder. Kan I hjælpe os med hvem vi klager til?

Venlig hilsen
Gitte Andreasen""")

M("ep", """Til Ydelsesservice

Jeg har fået kontanthjælp siden min skilsmisse, og nu har jeg arvet halvdelen af min fars hus. Mægleren har fået et bud på 1,9 mio, men min bror vil ikke sælge. Jeg har fået at vide at min kontanthjælp stopper, fordi huset tæller som formue. Men jeg kan jo ikke få pengene før det er solgt. Hvad gør jeg?

Mvh
Rikke Holm
[[230681-2416]]""")

M("", """Hej,

Jeg vil gerne vide hvad der sker med kommunens gamle plejehjem på Tranegildevej, når beboerne er flyttet til det nye center. Skal bygningen sælges eller rives ned? Mange i nabolaget spørger.

Mvh
Kirsten""")

M("pb", """Kære Jan

Vi er et ældre ægtepar, begge aktive i Socialdemokratiet lokalt i mere end 40 år. Nu vil vi sælge vores hus på Vibeholmsvej og har fået et bud, men køberen vil have svar på om kommunen vil ændre parkeringsforholdene foran huset. Du kender os fra partiforeningen. Kan du hjælpe os med at få et klart svar?

Venlig hilsen
Anna og Bent Juhl""")

M("", """Til Byudvalget

Jeg er imod at kommunen sælger grunden ved Ishøj Søpark til boligbyggeri. Den bruges af mange ældre til gåture. Jeg håber I stemmer nej.

Med venlig hilsen
Else Krogh""")
