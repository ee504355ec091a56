"""corpus57 part D: pensions, boligstøtte, personligt tillæg, debt, estates, sales."""
from common import M

M("e", """Til Borgerservice

Jeg har fået folkepension siden 2019, men mit pensionstillæg er sat ned fra
januar, og jeg forstår ikke hvorfor. Min indtægt er den samme. Jeg har
ringet til Udbetaling Danmark, og de siger, jeg skal spørge kommunen om
boligstøtten, der også er faldet.

Mit personnummer er [[031154-2249]].

Venlig hilsen
Birthe Laursen""")

M("", """Hej

Hvad er satserne for boligstøtte til folkepensionister i 2025, og hvor finder
man beregneren? Vi vil gerne lave en vejledning til beboerne i vores
afdeling, da mange har spurgt.

Med venlig hilsen
Afdelingsbestyrelsen, Vejleåparken afd. 3""")

M("eh", """Kære borgerrådgiver

Jeg har søgt om personligt tillæg til nye briller og tandbehandling. Jeg har
fået afslag, fordi jeg har "for meget på kontoen" – det er 9.000 kr, som jeg
sparer op til min begravelse. Min tandlæge siger, at to af mine tænder skal
trækkes pga betændelse. Hvad gør jeg?

Kaj Lund, [[110342-1187]]""")

M("e", """hej jeg har fået et brev om at jeg skal betale 14.000 tilbage i boligstøtte
fordi min indtægt var forkert. jeg er 77 og har ikke de penge. kan jeg
betale af med 200 om måneden?? hvem skal jeg skrive til

Gerda""")

M("", """Til Social- og Sundhedsudvalget

Jeg mener, at reglerne for personligt tillæg er alt for stramme. Det er ikke
værdigt, at pensionister skal tømme deres opsparing, før de kan få hjælp til
tandlæge. Jeg håber, udvalget vil bruge den frihed, loven giver.

Venlig hilsen
Ellen Gravesen""")

M("ep", """Til Center for Borger, Økonomi og IT

Min mor døde i januar, og jeg er bobestyrer sammen med min bror. Vi har fået
en køber til hendes hus på Vibeskrænten, men skødet er ikke underskrevet,
og banken vil ikke frigive pengene, før ejendomsskatten er gjort op. Der er
en restance på 18.600 kr. Kan den betales af salgssummen, når handlen er
på plads?

Med venlig hilsen
Lars Kofoed""")

M("", """Til hovedpostkassen

Hvordan fungerer det med ejendomsskat, når et hus skifter ejer midt i året?
Bliver skatten fordelt mellem køber og sælger, eller skal sælger betale hele
året? Jeg er ejendomsmægler og vil gerne kunne svare mine kunder præcist.

Venlig hilsen
Jannik Bro, Home Ishøj""")

M("p", """Hej

Vi er tre søskende, der skal sælge vores forældres rækkehus på Gildbrohøj.
Der er kommet et bud, som vi alle vil acceptere, men købers advokat spørger
om der er en kommunal forkøbsret eller servitut om carport. Kan I tjekke
det før vi skriver under? Matrikelnr. 12cø, Ishøj By.

Mvh
Annette Holm""")

M("", """Til Byudvikling og Natur

Vi købte huset på Ishøj Landsby 27 for tre år siden, og handlen er for længst
på plads. Nu opdager vi, at der er en kloakledning under garagen, som ikke
står i papirerne. Hvem skal vi kontakte?

Mvh
Nanna og Rune""")

M("e", """Til borgerrådgiveren

Min far døde i november. Han havde gæld til kommunen for varmeregninger og en
gammel regning for hjemmehjælp på 23.000 kr. Vi arver ingenting, og dødsboet
er insolvent. Kan kommunen fortsat kræve pengene af os børn?

Venlig hilsen
Susanne Fog""")

M("", """Hej

Hvem betaler for begravelsen, hvis dødsboet ikke har penge? Jeg har hørt, at
kommunen giver begravelseshjælp. Hvad er beløbet i 2025? Jeg spørger til en
opgave på socialrådgiveruddannelsen.

Tak
Frida""")

M("eb", """Til Borgerservice

Min mand Omar døde den 3. februar. Vi har ikke mange penge, jeg får kun
folkepension. Jeg har søgt begravelseshjælp, men han blev begravet på den
muslimske gravplads i Brøndby inden for 24 timer, som vores tro foreskriver,
og nu siger I, at fakturaen kom for sent. Det kunne jo ikke vente.

Venlig hilsen
Amal Rahman""")

M("", """Til Center for Borger, Økonomi og IT

Jeg har modtaget en rykker på ejendomsskat for en grund, jeg ikke ejer. Sags-
nr. 2024-118733, journalnr. 03.22.08-G01-44-24. Der må være tale om en
fejl. Kan I undersøge det?

Venlig hilsen
Ole Thorsen""")

M("pe", """Kære borgmester

Min mor skal på plejehjem, og vi skal sælge hendes lejlighed for at hun kan
betale. Men køberen trak sig i går, og nu skal vi starte forfra. Hun skal
flytte om tre uger. Kan kommunen hjælpe med at betale den dobbelte husleje i
den mellemliggende periode?

Vh Torben Lindberg""")

M("e", """Til Borgerservice

Jeg skriver for min nabo, Hr. Olsen, som er 92. Han har fået et brev om
inkasso for en TV-licens og en vandregning, i alt 31.000 kr. Han forstår ikke
brevene. Kan nogen fra kommunen hjælpe ham med at få overblik over sin
gæld? Han giver gerne lov.

Mvh
Vibeke, nabo""")

M("", """Hej

Kan man få gratis gældsrådgivning i Ishøj? Jeg er frivillig i Røde Kors og
møder mange ældre, der har svært ved at få styr på regninger. Hvor kan jeg
henvise dem til?

Venlig hilsen
Peter Dahl""")

M("eu", """Til Center for Borger, Økonomi og IT

Jeg er på efterløn og var i 35 år medlem af 3F's a-kasse. Nu har jeg fået at
vide, at min boligstøtte skal genberegnes, fordi jeg har fået udbetalt en
pensionsopsparing. Hvor meget bliver den sat ned? Jeg kan ikke betale mere
end nu.

Jørgen Kjeldsen
[[141059-1645]]""")

M("", """Til hovedpostkassen

Hvornår sælger kommunen de sidste byggegrunde ved Tranegilde? Vi følger med
på hjemmesiden og vil gerne vide, om der kommer en ny runde i år.

Mvh
Familien Knudsen""")

M("p", """Til Byudvikling og Natur

Jeg har budt på grunden på Ishøj Strandvej 201, som kommunen har sat til
salg, og fik at vide, at jeg var højestbydende. Nu har jeg ikke hørt noget i
fem uger. Er buddet accepteret, eller er der andre bydende? Jeg har brug
for svar, fordi min bank har givet mig et tilbud med udløb.

Med venlig hilsen
Jakob Mørch""")

M("pt", """Til borgerrådgiveren

Vi er en polsk familie, og vi vil købe vores fars lejlighed i Strandparken,
nu hvor han skal flytte til Polen igen. Sælgerens mægler siger, at vi skal
have en dansk rådgiver, og han vil ikke skrive med os på engelsk. Er det
lovligt? Købsaftalen er ikke underskrevet.

Med venlig hilsen
Tomasz Wiśniewski""")

M("", """Til Center for Byudvikling og Natur

Vores naboer på Ishøj Bygade har solgt deres hus, og den nye ejer har fældet
hækken. Handlen er gået igennem for et halvt år siden. Må han det uden at
spørge? Hækken stod i skel.

Hilsen
Mona Rask""")

M("eh", """hej
jeg er på førtidspension pga min hjerte og nu siger banken at jeg har
overtræk på 40.000 og de vil lukke kontoen. kan kommunen hjælpe med et lån
eller noget? har ikke andre at spørge

Ib""")

M("", """Til Borgerservice

Jeg har fået en regning fra kommunen med betalingsID 71 1234567891234 og
kreditornr. 85432189. Der står "skat af ejendom", men jeg har allerede betalt
den over PBS. Er der sket en dobbeltopkrævning?

Venlig hilsen
Inger Toft""")

M("ep", """Til visitationen, cc. Borgerservice

Min far er flyttet i plejebolig, og vi er i gang med at sælge hans hus.
Ejendomsmægleren har fået to bud, begge under vurderingen. Min far vil ikke
gå ned i pris, men vi kan ikke betale huslejen i plejeboligen af hans
pension, mens huset ikke er solgt. Kan boligydelsen hjælpe?

Med venlig hilsen
Jacob Falk (fuldmagt vedhæftet)""")

M("", """Hej

Hvordan beregner kommunen indskuddet til en ældrebolig, og kan man få et
indskudslån? Jeg hører det fra mange i kortklubben og vil gerne give et
rigtigt svar.

Venlig hilsen
Freddy Hedegaard""")

M("e", """Til Center for Voksne og Velfærd

Min mor har fået et indskudslån til sin ældrebolig, men nu kan hun ikke
betale afdragene, fordi hendes boligydelse er blevet mindre. Hvad sker der,
hvis hun ikke betaler? Hun er bange for at blive sat ud.

Hilsen
Annie Juhl""")

M("tp", """Kære byrådsmedlem

Jeg er tyrkisk af oprindelse og har ejet en lille frisørsalon i Ishøj
Bycenter i 20 år. Nu vil jeg sælge forretningen og gå på pension. En køber
har budt, men han vil have lejekontrakten ændret først, og centret svarer
ikke. Kan du hjælpe med at få en kontakt?

Venlig hilsen
Hasan Demir""")

M("", """Til Borgerservice

Mit pas udløber, og jeg skal bestille tid. Men systemet beder om et
nummer på et gammelt kørekort, 28061955, som jeg ikke kan huske om er rigtigt.
Hvad gør jeg?

Venlig hilsen
Jens Munk""")

M("ep", """Til hovedpostkassen

Vores mor døde i julen, og vi har en handel på vej med hendes hus. Der er
betinget underskrevet, men køberen vil først underskrive endeligt, når
kommunen har godkendt, at det gamle udhus er lovligt. Samtidig skylder
dødsboet kommunen 38.000 for hjemmepleje og madservice, som vi ikke vidste
noget om. Kan det vente, til huset er solgt?

Med venlig hilsen
Dorthe og Michael Krag""")

M("s", """Til Borgerservice

Min mand Lasse er død, og jeg skal have ændret vores adresse til kun mig. Vi
var gift i 18 år. Jeg ved ikke, hvordan man gør, når han stod som
hovedperson på alle breve. Kan nogen hjælpe mig?

Med venlig hilsen
Morten Lassen""")

M("", """Til Borgerservice

Hvordan ændrer man navn efter et dødsfald, hvis man vil tage sit pigenavn
igen? Jeg spørger for min moster, og hun vil gerne selv søge.

Hilsen
Karen""")

M("eb", """Kære borgmester

Jeg er 83 og har været medlem af Enhedslisten siden den blev stiftet. Jeg har
kun folkepension og får ingen tillæg, fordi jeg har en lille privat pension.
Nu stiger min husleje igen. Jeg vil gerne vide, om kommunen vil gøre noget
for os, der ligger lige over grænsen.

Med kamphilsen
Grethe Møller""")

M("", """Til borgmesterens PA

Kan borgmesteren deltage i Pensionistforeningens generalforsamling den 12.
marts kl. 14 i Strandgården? Vi vil gerne have et par ord om kommunens
budget for ældreområdet.

Venlig hilsen
Bestyrelsen, Pensionistforeningen Ishøj""")

M("ehu", """Til Borgerrådgiveren

Jeg var smed og medlem af Dansk Metal, indtil jeg fik en arbejdsskade i
ryggen i 2018. Nu er jeg på førtidspension. Kommunen har opkrævet mig for
for meget udbetalt boligstøtte fra 2022, men jeg har aldrig fået besked om
ændringen. Kan I se på det?

Venlig hilsen
Kim Andersen, personnr. [[190862-1241]]""")

M("", """Hej

Jeg er bankrådgiver og skriver på vegne af banken. Vi har en kunde, der har
bedt os om at tjekke, om kommunen har tinglyst pant i en ejendom i Ishøj.
Kundenummer 3011482234. Kan I svare på det uden fuldmagt, eller skal vi
sende en?

Venlig hilsen
Nordea Erhverv, Ishøj""")

M("p", """Til Byudvikling og Natur

Jeg har arvet min mosters hus i Torslunde. Det er sat til salg, og der har
været fremvisning i weekenden. En interesseret køber spørger, om man må
bygge en tilbygning på 30 m², for ellers byder han ikke. Hvad siger
lokalplanen?

Mvh
Christian Lerche""")

M("", """Til Center for Voksne og Velfærd

Hvor meget koster madservice i 2025 pr. hovedret, og er prisen den samme
for levering i weekenden? Jeg vil sammenligne med en privat leverandør.

Venlig hilsen
Morten, Ishøj Landsby""")

M("e", """Til Borgerrådgiveren

Jeg har fået at vide af min sagsbehandler, at jeg ikke kan få hjælp til
flytning, fordi jeg ikke "søgte i tide". Jeg er 68 og blev opsagt fra min
lejlighed, fordi ejendommen skal rives ned. Jeg har ikke penge til
flyttemand. Er det rigtigt, at man skal søge før man flytter?

Bjarne""")

M("", """Til hovedpostkassen

Tak for sidst til medarbejderne i Borgerservice, der hjalp mig med at få
adgang til Digital Post. Jeg er 81, og det var første gang, nogen tog sig
god tid.

Venlig hilsen
Ruth Holm""")

M("tp", """Til Byudvikling og Natur

My wife and I are from Ghana and have lived in Ishøj for 14 years. We are
trying to buy a house on Ishøj Strandvej, but the seller now says he will
not sell to "foreigners" and has stopped answering. The purchase agreement
was not signed. Can the municipality do anything, or where can we complain?

Regards,
Kwame Mensah""")

M("", """Til Center for Borger, Økonomi og IT

Vi har modtaget jeres opkrævning, faktura nr. 0509442881, for
vejbidrag på Ishøj Landsby. Vi betaler den gerne, men beløbet er for stort i
forhold til lokalplanen. Ejendomsnr. 183-12345.

Mvh
Grundejerforeningen Landsbyen""")

M("pe", """Hej

Min far er død og hans andel i andelsboligforeningen Ishøjhave skal sælges.
Foreningen har en på ventelisten, der har sagt ja, men prisen er ikke
godkendt endnu. I mellemtiden skylder boet 4 måneders boligafgift. Kan
kommunen sige noget til foreningen om at vente med rykkere, til salget er
gået igennem?

Mvh
Kasper Mathiesen""")

M("b", """Til borgmesteren

Jeg har stemt på Dansk Folkeparti hele mit liv, men jeg har aldrig været så
skuffet over byrådet som nu. I lukker pensionistcaféen i Strandgården for
at spare 80.000 kr. Det er et hån mod de gamle.

Hilsen
Erik Holmgaard""")
