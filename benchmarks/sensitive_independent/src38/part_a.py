"""Part A: December mail - julehjælp, julekurve, holidays and the closing days."""
from common import M

M("e", """
Hej

Jeg vil gerne søge julehjælp igen i år. Jeg er alene med to drenge og er på kontanthjælp siden marts, så der er ikke noget til gaver.

Mvh Jannie Holm
Ishøj Strandvej 118, 2. th.
""")

M("", """
Hej kommune

Hvornår er sidste frist for at søge julehjælp hos de frivillige i år, og er det stadig Frelsens Hær der står for det eller er det Kirkens Korshær? Jeg spørger for en forening.

Venlig hilsen
Bodil fra Beboerforeningen Vejleåparken
""")

M("he", """
Kære Ydelsescenter

Min far Arne Kjeldsen bor alene i Gildbrohøj og får hjemmehjælp to gange om ugen. Han har KOL og kan ikke selv komme ned og handle julemad. Kan hjemmehjælpen tage en ekstra tur den 23. december?

cpr [[120238-1447]]

Med venlig hilsen
Lone Kjeldsen (datter)
""")

M("", """
Holder Borgerservice åbent mellem jul og nytår? Jeg skal have fornyet mit pas inden vi rejser den 2. januar.
""")

M("", """
Goddag

Jeg har et spørgsmål om kommunens lukkedage i julen. Er det rigtigt, at både den 24. og den 31. december er lukket, og hvad med den 27.? Jeg skal aflevere en byggeansøgning og vil ikke misse noget frist.

Mvh Kurt Larsen, tømrermester
""")

M("eh", """
hej jeg hedder Sandra og er 19 år. jeg bor på et værelse og er på sygedagpenge pga en knæoperation, og jeg har fået en regning på 4.300 kr for varme som jeg ikke kan betale før jul. kan i hjælpe med en enkeltydelse??
""")

M("e", """
Til Borgerrådgiveren

Jeg søgte julehjælp den 1. december og fik afslag fordi jeg "har for høj indkomst". Men jeg har fået nedsat min tid på arbejdet til 22 timer og har 3 børn. Jeg synes ikke de har regnet rigtigt.

Mit cpr-nr. er [[0304851726]].

Venlig hilsen
Michelle Bruun
""")

M("", """
Kære borgmester

Tak for den flotte juletræstænding på Ishøj Torv søndag. Børnene var vilde med nissen og æbleskiverne. Lad os få det igen næste år!

Hilsen en glad farmor
""")

M("b", """
Hej

Vi er en familie der ikke fejrer jul, vi er Jehovas Vidner. Min søn går i 2.b på Gildbroskolen og klassen skal lave julepynt hele næste uge. Kan han få en anden opgave de timer?

Venlig hilsen
Rasmus og Tina Friis
""")

M("", """
Hvordan søger man om julehjælp? Min nabo spurgte mig, og jeg kunne ikke finde det på ishoj.dk. Er det kommunen eller nogle foreninger der giver den?
""")

M("bt", """
Hej Gildbroskolen

Min datter Noor må gerne være med til julefrokosten i klassen, men hun spiser ikke svinekød fordi vi er muslimer. Vi er fra Irak og det er første jul her i Danmark for os. Undskyld mit dansk.

Mange hilsner
Haider Al-Khafaji
""")

M("", """
Der mangler lys i juletræet ved Ishøj Bycenter, halvdelen af kæden er gået ud. Bare så I ved det.
""")

M("she", """
Hej

Min mand Kristian og jeg har juleferie fra den 21. Vi vil gerne have afløsning til min mors plejebolig-besøg, for hun skal have sin medicin (hun har Parkinson) og vi er ikke hjemme.

Hilsen
Thomas Bang
""")

M("e", """
Hej

Kan jeg få udbetalt min boligstøtte for januar før jul? Jeg har fået en efterregning på el og har ikke andet at betale med.

Med venlig hilsen
Ruth Nielsen, Bredekærs Vænge 40
""")

M("", """
Hej

Vi er nogle forældre i 4.a der gerne vil lave en indsamling så alle børn i klassen kan komme med i Tivoli til jul, uanset hvad forældrene har råd til. Må vi bruge skolens intra til at sende det ud, eller skal det gå gennem skolebestyrelsen?

Venlig hilsen
Ditte, forælder i 4.a
""")

M("e", """
Kære byrådsmedlem Pia Strand

Jeg skriver til dig fordi jeg ikke ved hvad jeg skal gøre. Jeg har fået en udsættelsesdom fra fogeden og skal være ude af lejligheden den 2. januar. Jeg skylder 3 mdr husleje. Jeg har ikke nogen steder at tage hen med min hund.

Steen
""")

M("", """
Til Kultur- og Fritidsudvalget

Julemarkedet i Ishøj Landsby var en succes, men der var alt for få parkeringspladser og bilerne holdt helt ud på Vejlebrovej. Kan man lave en pendulbus næste år?

Venlig hilsen
Jens Otto Mikkelsen
""")

M("he", """
hej
min kone Birthe er indlagt på Hvidovre med en blodprop og kommer nok ikke hjem til jul. hun plejer at få madordning fra kommunen. vil i afbestille maden fra 15. dec til videre? kundenr hos madservice er 1512380421.
mvh Poul
""")

M("", """
Hej

Vores ordrenummer for juletræerne til institutionerne er 2112240318. Leverancen kom kun halvt. Hvem skal jeg tale med i Teknik og Miljø?

Hilsen
Gartner Henning Lund ApS
""")

M("u", """
Hej Jobcenter

Jeg er medlem af Dansk Metal, og de siger at jeg skal have min aktivitetsplan inden 20. dec ellers går min ferie i fløjten. Kan I sende den?

Mvh Tommy
""")

M("", """
Kære Borgerrådgiver

Jeg vil bare sige at jeres information om juleåbningstiderne for genbrugsstationen var rigtig fin i år. Det var nemt at finde.

Hilsen
Gitte Sommer
""")

M("hse", """
Hej

Jeg og min kone Line har fået en lille pige den 30. november – tillykke til os! Line var meget syg efter fødslen og er stadig sygemeldt. Vi vil gerne søge om barselsdagpenge til mig som medmor og vide om jeg kan få dem forlænget pga. det.

cpr Camilla: [[170791 2208]]

Hilsen
Camilla Thorup
""")

M("", """
Hej, jeg er ny i Ishøj (kommer fra Aalborg). Er der nogle steder hvor man kan møde andre i julen hvis man er alene? Fx julearrangementer i kirken eller i foreninger?
""")

M("e", """
Goddag

Jeg er 78 år og lever kun af min folkepension. Jeg har læst at man kan få et tillæg til varmen. Hvordan søger jeg det? Jeg har ikke computer.

Venlig hilsen
Else Marie Thygesen
Tranegilde Strandvej 9
telf 43 73 11 20
""")

M("", """
Er det rigtigt at der er julegudstjeneste for ældre på plejecentret Kærbo den 20. december? Hvornår starter den?
""")

M("b", """
Hej

Jeg er ateist og synes ikke min søn skal tvinges med i kirke til jul med skolen. Vi har ellers fint accepteret alt andet. Kan han blive på skolen med en voksen i stedet?

Mvh
Morten Kjær, far til Oliver i 0.c
""")

M("", """
Hej skolen

Hvordan er reglerne for skolernes juleafslutning i kirken? Kan et barn fritages, og skal man skrive det på intra? Jeg spørger generelt, vi har ikke besluttet noget.
""")

M("eh", """
Kære Jobcenter

Jeg har fået brev om at jeg skal i virksomhedspraktik fra 2. januar. Jeg er i behandling for depression og min psykiater mener det er for tidligt. Jeg har vedlagt hendes erklæring.

cpr. [[2209891234]]

Venlig hilsen
Anders Mølgaard
""")

M("", """
Hej

Vi har fået en faktura fra kommunen med nr. 1812250066 for leje af Ishøj Idrætscenter til julefrokost. Beløbet passer ikke med tilbuddet. Kan I tjekke den?

Med venlig hilsen
Ishøj Svømmeklub, kassereren
""")

M("p", """
Hej Teknik og Miljø

Vi har sat vores rækkehus på Ishøj Søvej til salg og har en køber der venter på jeres svar om carporten. Han vil gerne have det på plads før jul, ellers trækker han sig måske. Kan I svare snart?

Mvh Lars og Anja Vestergaard
""")

M("", """
Hvornår kommer julekurvene fra Lions ud i år? Vi i menighedsrådet vil gerne koordinere, så de samme familier ikke får to.
""")

M("te", """
God dag

Jeg hedder Olena og jeg kom fra Ukraine i 2022. Min søn Danylo er 7 år. Vi har meget lidt penge til jul og jeg har hørt at kommunen kan hjælpe. Jeg får integrationsydelse. Kan jeg søge noget?

Tak
Olena Kovalenko
""")

M("", """
Hej

Hvem afgør hvilke familier der får juleuddelingen fra kommunens samarbejde med Fødevarebanken? Det er et spørgsmål til en artikel i lokalavisen.

Venlig hilsen
Marianne Krog, journalist
""")

M("he", """
hej plejecentret
min mormor Gudrun på stue 14 har demens og bliver meget urolig når der er mange mennesker. hvis vi tager hende med hjem juleaften, kan vi så få hendes medicin med i en doseringsæske?
kh Amalie
""")

M("", """
Hej

Jeg er frivillig i Ishøj Kirke og vil høre om man kan låne Kulturhuset til et julearrangement for ensomme ældre den 24. december om eftermiddagen.

Med venlig hilsen
Karen Juul
""")

M("e", """
Hej

Min datter Sofie bor i plejefamilie i Vallensbæk. Kan jeg få lov at have hende hjemme juleaften, eller skal det godkendes af sagsbehandleren? Vi har samvær hver anden weekend.

Hilsen
Mette Andersen
""")

M("", """
Kære Børne- og Skoleudvalg

Jeg synes det er forkert at juleafslutningerne i SFO'en bliver skåret ned til én time. Det er en tradition som mange børn glæder sig til.

Hilsen
Henrik, far
""")

M("hu", """
Hej

Jeg er sosu-assistent og medlem af FOA. Jeg faldt på isen på vej ind til en borger i Ishøj Landsby i går og brækkede håndleddet. Skal jeg anmelde det som arbejdsskade hos jer eller hos FOA?

Mvh
Pernille Dam
""")

M("", """
Hej

Jeg har fået et girokort med betalingsid 241224 0071 vedr. renovation. Er det en fejl at den er dateret juleaften?
""")

M("", """
Kan man stadig aflevere juletræet ved containeren på Vejlebrovej i januar eller skal det i haveaffaldet?
""")

M("e", """
Hej
jeg er blevet fyret fra Netto i dag pga nedskæringer. jeg ved ikke hvordan jeg melder mig ledig og om jeg kan få noget før jul. jeg er 24.
mvh Mads
""")

M("", """
Hej

Jeg er praktiserende læge i Ishøj. Jeg vil høre om kommunen har lavet en plan for, hvordan hjemmeplejen kontaktes i julen, hvis vi som læger skal ændre medicin hos borgerne. Sidste år var telefonen lukket den 27.

Med venlig hilsen
Dr. Søren Hedegaard
""")

M("", """
Til Ishøj Kommune

Jeg vil gerne give et bidrag til kommunens juleindsamling til udsatte familier. Hvor kan jeg overføre pengene? Jeg har kontonr. 2191 0712861234 hvis I skal bruge det til kvittering.

Hilsen
Preben Ravn
""")

M("eh", """
Kære Hanne

Tak for sidst til juletræsfesten i foreningen. Jeg ville sige at jeg nu har fået bevilget en rollator fra kommunen efter min hofteoperation, så jeg kan godt komme til nytårskuren.

Hilsen Inger
""")

M("", """
Hej

Er der nogen regler for hvornår man må skyde nytårskrudt i Ishøj? Der var nogen ved Strandgårdsparken der skød raketter af hele natten til i går.
""")

M("t", """
Hej

Vi er en grønlandsk familie og vil gerne lave en lille julefest med grønlandsk mad for andre grønlændere i Ishøj. Kan vi låne et lokale på biblioteket?

Hilsen
Aviaja Petersen
""")

M("", """
Kære kommune

Hvornår sender I information ud om tømning af skraldespande i juledagene? Sidste år blev vores ikke tømt i 3 uger.
""")

M("e", """
Til Ydelsescenteret

Jeg har fået et brev om at jeg skal betale 6.200 kr. tilbage i for meget udbetalt boligstøtte inden 1. januar. Det kan jeg ikke, jeg har kun 2.000 på kontoen. Kan vi lave en afdragsordning?

Sagsnr. 2024-11-0512
Vibeke Sørensen
""")

M("", """
Hej

Må man sætte julelys op på altanen i Vejleåparken? Der er en nabo der siger det er forbudt pga. brandfare.
""")

M("u", """
Kære borgmester

Som tillidsrepræsentant for HK'erne på rådhuset vil jeg gerne takke for julegaven til personalet. Det blev meget værdsat.

God jul
Susanne Berg
""")

M("", """
Hej

Vi er en flok pensionister der gerne vil synge julesange på plejecentrene i december. Hvem skal vi kontakte?
""")

M("hb", """
Hej

Min far er katolik og meget syg af kræft. Han er på hospice nu, og vi vil gerne have en katolsk præst ud til ham juleaften. Ved I om kommunen har en kontakt?

Venlig hilsen
Marek Nowak
""")

M("", """
Hej! er det rigtigt at Ishøj Bibliotek har julekalender for børn hver dag i december? hvad tid?
""")

M("e", """
hejsa
jeg er 17 og min mor har smidt mig ud her før jul. jeg sover hos en ven nu. hvor kan jeg få hjælp?
""")

M("", """
Kære Social- og Sundhedsudvalget

Jeg vil opfordre jer til at give ekstra penge til julehjælp næste år. Der er flere og flere børnefamilier i kommunen der ikke har råd, det viser jo tallene fra Red Barnet.

Med venlig hilsen
Lisbeth Winther
""")
