"""corpus90 part B: property trades not yet concluded (an estate's house, a bid on a
plot, an andelsbolig waiting on approval, forced sales); concluded trades, plot prices,
property tax and building permits as negatives."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Jeg er eksekutor i dødsboet efter min mor, Grethe Lindahl, og vi skal sælge hendes hus
på Ishøj Landevej 211. Ejendomsmægleren spørger, om der er verserende sager om
ulovlige byggerier på grunden, fordi en køber har givet et bud på 3,1 mio. med
forbehold for det. Kan I bekræfte, at udestuen er lovligt opført?

Med venlig hilsen
Anders Lindahl
""")

M("p", """
Hej

Vi har givet et bud på storparcel 14 i Vejleå Syd på 1.450.000 kr. Mægleren siger,
at kommunen skal godkende købet, fordi det er en kommunal grund med
bebyggelsespligt. Hvor lang tid tager sådan en godkendelse? Vi har et lånetilsagn der
udløber 1. februar.

Venlig hilsen
Nikolaj og Emma Brandt
""")

M("", """
Til Center for Byudvikling og Natur

Hvad er prisen per kvadratmeter for de kommunale parcelhusgrunde i Ishøj Landsby Syd,
og hvornår kommer næste udbud? Vi er bare nysgerrige for nu.

Mvh Stine
""")

M("p", """
Kære bestyrelse / kære kommune

Jeg har solgt min andelsbolig i A/B Strandhaven til en køber, men handlen afventer
stadig bestyrelsens godkendelse og nu også kommunens, fordi foreningen har en
kommunegaranti på lånet. Køber er ved at miste tålmodigheden. Hvem i kommunen skal
skrive under på prisen?

Med venlig hilsen
Lone Hvid, Strandhaven 14, 1. th.
""")

M("", """
Hej

Vi købte huset på Fasanvænget sidste år, og skødet er tinglyst i august. Nu vil vi
gerne bygge en overdækket terrasse på 28 m2. Skal vi søge byggetilladelse, eller er
det nok at anmelde det?

Mvh Rune Thygesen
""")

M("pe", """
Til borgerrådgiveren

Vores hus på Bækkeskovvej skal på tvangsauktion den 21. januar. Vi har været bagud med
terminerne siden min mand blev fyret fra Avedøreværket. Vi har en køber, der vil
give 2,6 mio., men banken vil ikke acceptere et frivilligt salg under 2,8. Kan
kommunen gøre noget, så vi i det mindste ikke også skylder ejendomsskat bagefter?

Venlig hilsen
Marianne Kruse
""")

M("", """
Til byrådet

Jeg synes kommunen sælger grundene i Ishøj Landsby Syd alt for billigt til
developere. Det er fællesskabets jord. Hvorfor bliver de ikke udbudt til almindelige
familier først?

Med venlig hilsen
Jørgen Falk
""")

M("p", """
Hej Peter

Som du ved fra i fredags, er vi i forhandling med en køber om vores
erhvervsgrund på Industrivej 9. Køberen vil gerne have en forhåndstilkendegivelse om
at de må bygge lager i 12 meters højde. Kan du hjælpe med hvem vi skal skrive til?
Vi vil helst ikke tabe handlen.

Mvh
Henrik Bøgh
Bøgh Transport ApS
""")

M("pe", """
Kære Kirsten

Jeg sender det her til dig fordi jeg er helt fortvivlet. Min far døde i september og
efterlod huset på Torslunde Landevej, men også en gæld til kommunen på 160.000 kr. for
et lån til ejendomsskat (han havde indefrosset den i mange år). Vi har en køber, der
har budt 2,2 mio., men vi kan ikke få en opgørelse fra kommunen over lånet, og køber
vil ikke vente ret meget længere.

Mvh Jakob Mølvig
""")

M("", """
Til Center for Byudvikling og Natur

Vi har solgt vores hus på Kirkevej 33, handlen gik igennem i oktober, og køberne er
flyttet ind. Men vi har stadig fået regning for ejendomsskat for 1. rate 2027. Skal
den ikke sendes til de nye ejere?

Med venlig hilsen
Kaj og Birthe Mørch
""")

M("p", """
Subject: Bid on house in Ishøj - question about local plan

Hello,

My partner and I have made an offer on a house at Åmarken 17, and the seller has
accepted it subject to our lawyer's approval. Our lawyer says we should ask the
municipality whether the local plan allows us to turn the garage into a small studio.
Who can answer this before 10 December?

Best regards,
Julian Meyer
""")

M("p", """
Kære sekretær for Økonomiudvalget

Jeg ejer ejendommen Vejlebrovej 48, som kommunen har vist interesse for at købe i
forbindelse med den nye stiforbindelse. Jeg har fået et tilbud på 2,95 mio. fra
kommunens side, men jeg mener huset er mere værd. Skal jeg svare udvalget direkte,
eller går det gennem jeres jurist?

Venlig hilsen
Birgit Lauesen
""")

M("", """
Hej

Hvad koster det at få en byggetilladelse til en tilbygning på 40 m2? Jeg kan ikke finde
gebyrtabellen på hjemmesiden.

Mvh Flemming
""")

M("p", """
hej
vi har fundet et rækkehus på Vildtbanen til 2,4 og har fremvisning på torsdag. må man
sætte solceller på taget der eller er der en lokalplan der forbyder det? vil gerne vide
det inden vi byder
mvh Camilla
""")

M("", """
Hej

Vi drømmer om at købe en byggegrund i Ishøj en dag. Hvordan bliver man skrevet op til
kommunens grunde? Er der en venteliste?

Mvh Tina og Søren
""")

M("pe", """
Til Borgerservice

Jeg er blevet skilt og skal sælge vores fælles lejlighed på Ishøj Strandvej 60. Min
eksmand vil ikke skrive under på salgsopstillingen, og jeg kan ikke betale terminerne
alene. Kan jeg få hjælp til boligudgifterne indtil lejligheden er solgt?

Med venlig hilsen
Dorte Lyhne
""")

M("", """
Til Center for Byudvikling og Natur

Vi har fået tilsagn om byggetilladelse til et udhus på 18 m2 (sagsnr. 02.34.02-P19-3388-26).
Må vi bruge sort træ, eller skal vi holde os til de farver, der står i lokalplanen?

Venlig hilsen
Asger Bech
""")

M("p", """
Til udvalgsformand for Plan- og Miljøudvalget

Som ejer af nabogrunden til det areal på Ishøj Havn, som kommunen vil sælge til
hotelbyggeri, vil jeg gerne fortælle at jeg selv har givet et bud på arealet i
september. Jeg har ikke fået svar. Er mit bud stadig med i overvejelserne?

Med venlig hilsen
Frank Eriksen
Eriksen Marine
""")

M("p", """
Hej

Min nabo i nr. 19 har sat sit hus til salg, og der var åbent hus i søndags. Jeg er
bekymret for, at en køber vil rive det ned og bygge i to etager. Hvad siger
lokalplanen om det? Kan jeg gøre indsigelse allerede nu?

Mvh Ruth Nørby, Ishøj Landsbygade 17
""")


M("pe", """
Til Center for Borger, Økonomi og IT

Min mor (85) skal sælge sit rækkehus på Kærholmen, fordi hun er flyttet på
plejehjem. Huset er sat til salg til 2,75 mio., og der er en interesseret køber. Har
hun ret til at beholde sin boligydelse på plejehjemmet, når hun har friværdien fra
huset?

Med venlig hilsen
Lisbeth Hammer
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har skrevet betinget købsaftale på en kolonihave i HF Ishøj Sønderland, men
foreningen siger at kommunen som ejer af jorden skal godkende overdragelsen og
vurderingen. Hvordan foregår det? Sælger skal flytte til Jylland i januar.

Med venlig hilsen
Jonas Friis
""")


M("p", """
Kære Mette

Du sad i bestyrelsen for sparekassen engang, så du ved sikkert hvordan sådan noget
foregår. Jeg har fået et bud på min landejendom ved Tranegilde, men køberen vil have at
kommunen dispenserer fra landzonereglerne for at lave ridehal. Hvor hurtigt kan man få
en landzonetilladelse? Jeg vil nødig tabe køberen.

Hilsen Ove Strange
""")

M("", """
Til Byggesag

Vi har købt en grund i 2024 og bygget hus. Nu mangler vi ibrugtagningstilladelse.
Vores byggesag har sagsnr. 02.03.00-P19-1029-24. Hvem har sagen nu?

Venlig hilsen
Sebastian Lorentzen
""")

M("p", """
Subject: Sale of our flat - neighbour's claim

Dear Sir or Madam,

We are selling our owner-occupied flat in Ishøj Bycenter (ejerlejlighed) and have a
signed purchase agreement pending our buyer's bank approval. A neighbour now says our
balcony glass was installed without permission and threatens to report it, which could
stop the sale. Could someone confirm whether a permit is needed for this?

Kind regards,
Ingrid and Paul Hansen
""")

M("", """
Til Center for Byudvikling og Natur

Jeg vil gerne klage over byggeriet på nabogrunden. De arbejder kl. 6 om morgenen også
om lørdagen. Er det tilladt? Byggesagen har nr. 02.34.02-P19-2214-26.

Mvh Lars Vinge
""")

M("pe", """
Hej Jonas

Jeg skal sælge mit hus på Gildbrovej, fordi jeg ikke kan betale det længere efter min
konkurs med frisørsalonen. Der er to købere der har budt, men den ene vil have at
kommunen først fjerner en gammel servitut om fælles fællesvej. Hvem kan man tale med om
det? Jeg har travlt, banken har sat en frist.

Mvh Natasja
""")

M("p", """
Til Økonomiudvalget

På vegne af Vejleå Udvikling A/S bekræfter vi vores bud på 8,4 mio. kr. for
erhvervsarealet matr.nr. 12ab, Ishøj By, Ishøj. Buddet er betinget af, at
jordbundsundersøgelsen ikke viser forurening. Vi ser frem til udvalgets behandling.

Med venlig hilsen
Carsten Høj, adm. direktør
""")

M("", """
Til Økonomiudvalget

Hvor mange erhvervsgrunde har kommunen solgt de sidste fem år, og til hvilken
gennemsnitspris? Jeg skriver en opgave på RUC om kommunal jordpolitik.

Mvh Emil Sandvad
""")

M("ph", """
hej, vi har en andelsbolig på Ishøj Strandvej og skal sælge fordi vi venter barn nr.
3 og det bliver for trangt. foreningen siger den nye køber skal godkendes af kommunen
pga boligydelse?? passer det? vi har en køber klar

mvh Nanna
""")


M("p", """
Kære borgmester

Jeg har i 40 år drevet gartneri på Ishøj Landevej, og nu vil jeg sælge. Kommunen har
tidligere sagt at den måske vil købe jorden til boliger. Jeg har nu et bud fra en privat
investor, men vil gerne give kommunen en chance først. Kan vi mødes inden jul?

Med venlig hilsen
Viggo Sørensen
""")

M("", """
Hej

Jeg har set i avisen at kommunen har solgt den gamle skole i Torslunde. Hvad skal der
ske med bygningen? Bliver den revet ned?

Hilsen Margit
""")

M("pe", """
Kære Center for Borger, Økonomi og IT

Min bror Søren Gade sidder i fængsel til foråret og har bedt mig hjælpe med at sælge
hans lejlighed på Ishøj Strandvej 90, 4. tv., så han kan betale sin erstatning.
Der er en køber, og handlen venter kun på hans underskrift. Jeg har fuldmagt.
Skal jeg melde noget til kommunen om ejendomsskatten?

Venlig hilsen
Malene Gade
""")


M("p", """
Til Plan og Byg

Vi er tre søskende, som har arvet vores forældres sommerhus-grund ved Tranegilde Strand.
Vi er i gang med at sælge til en køber der har budt 1,8 mio., men ejendomsmægleren har
fundet ud af, at skuret ikke står i BBR. Kan det rettes hurtigt?

Venlig hilsen
Susanne, Karsten og Ib Tofte
""")

M("", """
Til Center for Byudvikling og Natur

Handlen om vores nye hus på Stenhøjgårdsvej er på plads og vi har fået nøglerne. Vi
vil gerne have en ny affaldsspand til papir. Hvem bestiller man hos?

Mvh Laura og Sebastian
""")

M("p", """
Hej

Vi er interesserede i en af kommunens rækkehusgrunde ved Ishøj Søpark, nummer 7 på
kortet, og vil gerne vide om vi kan få den reserveret i 14 dage, mens vi får
finansieringen på plads. Vi har et møde i banken på mandag.

Venlig hilsen
Oliver Dam og Sarah Kjær
""")

M("pu", """
Hej Peter

Vi er nogle stykker fra 3F's boligudvalg, der vil stifte et boligfællesskab og har givet
et bud på den gamle skole i Torslunde. Jeg er selv medlem af 3F. Hvornår behandler
Økonomiudvalget buddene?

Mvh Henning Skov
""")

M("ph", """
Til Center for Byudvikling og Natur

Jeg er blind og skal sælge mit hus på Baldersbækvej. Mægleren siger, at der kommer en
køber på torsdag. Kan I sende BBR-papirerne som lydfil eller i stor skrift?

Med venlig hilsen
Jens Otto Sørensen
""")

M("pb", """
Til Økonomiudvalget

Ishøj Sikh Gurdwara har givet bud på erhvervsgrunden på Industrivej 14. Jeg er selv
sikh og sidder i bestyrelsen. Vi vil gerne vide, om der er andre bydende.

Venlig hilsen
Manpreet Kaur
""")
