"""corpus76 part E: neighbours' building permits, land sales and house sales."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Jeg klager over byggetilladelsen til min nabo på Højagervænget 19. Tilladelsen blev
givet på tre uger til en tilbygning i to plan, mens jeg selv ventede et halvt år på
en carport. Nu har naboen sat huset til salg med teksten "godkendt tilbygning – klar
til ny ejer". Det ligner at tilladelsen blev hastet igennem for at få en højere pris.

Jeg vil gerne have en forklaring og en vurdering af, om tilladelsen er i orden.

Hilsen Bjarne Lauritsen
""")

M("", """
Til Byggesag, Ishøj Kommune

Min nabo på Kirkebjerg Allé har fået tilladelse til en tilbygning, der går næsten helt
op til skellet og tager al eftermiddagssol fra vores terrasse. Vi blev ikke hørt. Vi
klager over tilladelsen og beder om, at den tages op igen.

Med venlig hilsen
Ellen og Søren Høj
""")

M("p", """
Kære byrådsmedlemmer

Det fremgår af Økonomiudvalgets dagsorden, at kommunen forhandler med en
supermarkedskæde om salg af grunden ved Vejleå Station, og at prisen "endnu ikke er på
plads". Det er den sidste grønne plet i kvarteret. Jeg opfordrer jer til at stoppe
forhandlingerne, før der bliver skrevet under.

Med venlig hilsen
Henriette Blom
""")

M("", """
Til byrådet

Skødet på grunden ved Ishøj Havn blev tinglyst i juni, og prisen var efter min mening
alt for lav. Jeg forstår ikke, hvorfor man ikke lod grunden gå i offentligt udbud.
Jeg forventer, at byrådet lærer af det til næste gang.

Venlig hilsen
Vagn Holst
""")

M("pe", """
Til Byggesag

Jeg er ved at blive skilt og skal sælge vores hus på Ishøj Søvej. Vi har en køber, men
mægleren siger at udestuen ikke er registreret, og at køberen ikke vil skrive under
før det er i orden. Min mand er flyttet, og jeg kan ikke betale huset alene ret meget
længere. Kan I ikke prioritere sagen?

Annette Rye
""")

M("phe", """
Til Center for Byudvikling og Natur

Min kone har Alzheimers og skal på plejehjem efter nytår. Jeg kan ikke blive boende i
huset alene, og vi har en køber, der har skrevet under med forbehold for, at
kommunen godkender vores brændeovn. Skorstensfejeren har været der. Hvorfor skal der
gå otte uger?

Venlig hilsen
Arne Bundgaard
""")

M("", """
Hej

Hvordan gør man indsigelse mod et forslag til lokalplan? Skal det være et brev, eller
kan man skrive i et skema på hjemmesiden? Og hvad sker der bagefter?

Venlig hilsen
Niels
""")

M("pt", """
Til Center for Byudvikling og Natur

Vi er en familie fra Pakistan, og vi bød på et af kommunens rækkehuse i Vejleå Park den
2. september. Vores bud var det højeste, har mægleren sagt, men kommunen har valgt en
anden køber uden at svare os. Vi vil gerne vide, hvordan køberen blev valgt.

Venlig hilsen
Asif og Rubina Malik
""")

M("p", """
Kære borgmester

Jeg har lige læst, at kommunen har indgået en betinget aftale med et byggefirma om at
sælge det grønne område bag Lundegården. Det er der, børnene leger. Aftalen er betinget
af en ny lokalplan, så der er stadig tid. Jeg beder dig stoppe salget.

Med venlig hilsen
Tina Haugaard
""")

M("ps", """
Til Byggesag, Ishøj Kommune

Min mand og jeg har solgt vores hus på Baunehøjvej, men køberen trækker sig, hvis
kommunen ikke inden 15. november bekræfter, at kælderen må bruges til beboelse. Vi
søgte i maj. Vi har allerede købt et andet hus og står nu med to.

Med venlig hilsen
Christian Fogh
""")

M("pb", """
Til Center for Byudvikling og Natur

Vi er muslimer og har købt et hus på Torslundevej med forbehold for, at vi må bygge et
lille ekstra værelse, hvor vi kan bede. Naboen har gjort indsigelse og skrevet til jer
at "den slags ikke hører hjemme her". Vores købsaftale udløber om tre uger. Vi beder
om at sagen behandles sagligt.

Venlig hilsen
Hassan og Amina Yilmaz
""")

M("", """
Til Byggesag

For et år siden klagede jeg over min nabos skur, som står 20 cm fra skellet og er over
2,5 m højt. I sagde, at I ville se på det. Der er ikke sket noget. Hvornår håndhæver
kommunen sine egne regler?

Venlig hilsen
Poul Winther
""")

M("p", """
Til Ishøj Kommune

Jeg har sat mit kolonihavehus i Haveforeningen Strandhaven til salg, og der er en
køber. Foreningen siger, at kommunen skal godkende prisen, fordi jorden er kommunal.
Jeg har ventet en måned. Køberen vil have svar inden jul.

Hilsen Lilly Jacobsen, have nr. 47
""")

M("pu", """
Til Byggesag

Jeg er tømrer og medlem af 3F og har selv bygget anneksset på min grund på
Ishøjvej, med tilladelse. Nu vil køberen af huset have dokumentation for
færdigmeldingen, og den kan jeg ikke finde i jeres system. Handlen hænger på det.

Mvh Brian Kolding
""")

M("", """
Til Center for Byudvikling og Natur

Jeg vil gerne have oplyst, hvor mange byggetilladelser kommunen har givet i 2024, og
den gennemsnitlige sagsbehandlingstid for enfamiliehuse. Jeg skriver en opgave på
Byggeteknisk Højskole.

Venlig hilsen
Magnus Ø.
""")

M("ep", """
Til Ishøj Kommune, Opkrævningen

Mit hus skal på tvangsauktion i januar, fordi jeg har en stor gæld til banken efter
at jeg mistede mit arbejde. Jeg har en køber, der vil give 200.000 mindre end
vurderingen. Skal restancen på ejendomsskat betales af mig eller trækkes fra i
handlen?

Mvh Jesper Kirk
""")

M("p", """
Kære borgerrådgiver

Vi havde solgt vores andelslejlighed, men køberen er sprunget fra, fordi kommunen i
fire måneder ikke har svaret på, om altanen er lovlig. Nu har vi en ny køber, og jeg
er bange for, at det sker igen. Kan du hjælpe os med at få svar?

Venlig hilsen
Pia Storm
""")

M("", """
Til Ishøj Kommune, Kommunikation

Jeg skriver en artikel om kommunens salg af grunden på Ishøj Strand, der blev
afsluttet sidste år. Kan I oplyse den endelige pris og om der blev indhentet en
uvildig vurdering?

Med venlig hilsen
Søren Lindholm, freelancejournalist
""")

M("hp", """
Til Byggesag

Jeg har fået kræft og vil sælge vores sommerhus i Tranegilde, mens jeg stadig kan
klare det. Køberen vil kun skrive under, hvis skuret bliver godkendt. Jeg beder om en
hurtig behandling. Min læge kan bekræfte det, hvis det er nødvendigt.

Gudrun Krogh
""")

M("p", """
Til Center for Byudvikling og Natur

Huset ved siden af os, nr. 14, er sat til salg, og mægleren skriver i annoncen at man
kan bygge en ekstra etage. Det forbyder lokalplanen. Vil kommunen ikke sige det til
mægleren, før nogen køber det i god tro og vi ender med en nabo i to plan?

Venlig hilsen
Joan Mortensen
""")

M("", """
Til Center for Byudvikling og Natur

Byggepladsen ved de nye rækkehuse på Vejleåvej larmer fra kl. 6 om morgenen,
også om lørdagen. Hvilke regler gælder, og hvem kontrollerer dem?

Mvh
Hanne Birk
""")

M("pt", """
Til Ishøj Kommune, Salg af grunde

Vi er polske og har bygget huse i Danmark i mange år. Vi har fået accepteret vores bud
på parcel nr. 6 i Vejleå Syd, men kommunen kræver nu en bankgaranti, som ikke stod i
salgsmaterialet. Vi vil gerne klage over de nye vilkår, før vi underskriver.

Med venlig hilsen
Piotr og Agnieszka Nowak
""")

M("he", """
Til Byggesag

Kommunen har bevilget en boligændring til min søn, der sidder i kørestol efter en
rygmarvsskade, men byggetilladelsen til rampen og den brede dør har nu ligget hos jer i
fire måneder. Det er to afdelinger i samme kommune. Hvorfor tager det så lang tid?

Med venlig hilsen
Lise Bjørn
""")

M("p", """
Til Ishøj Kommune, BBR

Vi er ejendomsmæglere for ejerne af Vejlebrovej 60 og har en betinget handel. Ifølge
BBR er boligarealet 20 m² mindre end det faktiske, og køberens bank vil ikke give lån
før det er rettet. Ejerne har sendt tegninger i august.

Med venlig hilsen
Nybolig Ishøj
""")

M("", """
Til Byggesag

Naboen har fået lov til at sætte solceller op på taget mod vores side, og de blænder
om eftermiddagen. Vi blev ikke spurgt. Kan man klage over det?

Hilsen
Anni Dahl
""")

M("ps", """
Til Center for Byudvikling og Natur

Min kone og jeg har fået accepteret et bud på en byggegrund i Ishøj Landsby, men
handlen er betinget af, at vi må bygge i halvandet plan. Kommunen svarer ikke. Mægleren
siger at sælger vil gå videre med en anden køber efter 1. december.

Venlig hilsen
Marie og Louise Brask
""")

M("p", """
Til borgmesteren

Kommunen ønsker at købe en del af vores jord til den nye cykelsti og har tilbudt en pris,
som er under halvdelen af, hvad en uvildig vurdering siger. Vi er ikke imod cykelstien,
men vi vil ikke presses til at sælge. Forhandlingerne er gået i stå, og vi har fået et
brev om ekspropriation. Vi vil gerne mødes med dig.

Med venlig hilsen
Karen og Finn Ottosen, Tranegildegård
""")

M("b", """
Til Byggesag

Jeg er hindu og har et lille alter i haven i et overdækket skur. Min nabo har klaget
og kalder det "et tempel". Jeg har fået brev fra jer om, at skuret skal søges
lovliggjort. Jeg vil gerne vide, om det er reglerne for skure eller noget andet, der
er problemet.

Venlig hilsen
Ravi Subramaniam
""")

M("pe", """
Hej Byggesag

Vi skal skilles og har sat huset til salg, og der er en køber. Mægleren siger, at der
mangler en tinglyst deklaration om vores kloak, som kommunen skulle have sendt i 2015.
Kan I hjælpe? Vi vil gerne have det overstået.

Mvh Jonas og Camilla Kruse
""")

M("", """
Til Teknik- og Miljøudvalget

Det er ikke i orden, at høringer om lokalplaner kun annonceres på hjemmesiden. Mange
ældre læser ikke den. Sæt dem i avisen igen og hæng sedler op i Bycentret.

Venlig hilsen
Jytte Lind
""")

M("pu", """
Til Byggesag

Jeg har solgt min ejerlejlighed i Strandparken, men køberen har fundet ud af at
badeværelset ikke er godkendt. Jeg er blikkenslager, medlem af Blik og Rør, og har
selv lavet det efter reglerne. Jeg vil gerne have en besigtigelse hurtigst muligt, så
handlen ikke glipper.

Mvh Lars Thygesen
""")

M("p", """
Kære udvalgsformand

Vi er bestyrelsen i Haveforeningen Solsikken. Vi har hørt, at kommunen forhandler med
en køber om salg af den jord, vores haver ligger på. Ingen har orienteret os. Vi vil
gerne mødes med udvalget, før der bliver skrevet en aftale under.

Med venlig hilsen
Bestyrelsen, H/F Solsikken
""")

M("", """
Hej

Jeg har hørt, at kommunen overvejer at sælge grunde i Ishøj Landsby. Hvornår kommer de
til salg, og hvordan bliver man skrevet op?

Venlig hilsen
Mikkel
""")

M("hep", """
Til Center for Byudvikling og Natur

Min nabo, fru Hedvig Lunde, er kommet på plejehjem efter et slagtilfælde, og hendes
hus er sat til salg. Mægleren har fjernet hegnet mellem vores grunde for at vise
grunden frem. Kan kommunen kræve, at hegnet sættes op igen?

Venlig hilsen
Preben Ask
""")

M("p", """
Dear Ishøj Kommune,

We have made an offer on a house at Strandgårdsvej 88, conditional on the municipality
confirming that the conservatory is legal. The seller says the papers were sent years
ago. Could you please confirm, or tell us what is missing? Our offer expires on
30 November.

Best regards,
Thomas and Emily Clarke
""")

M("", """
Hi,

We are new in Ishøj and would like to put up a fence of 1.8 metres around our garden.
Do we need permission from the municipality, and does the neighbour have to agree?

Thank you,
James Whitfield
""")

M("p", """
Til Byggesag, Ishøj Kommune

Vedr. ejendommen Ishøj Stationsvej 112

Jeg skal sælge min ejendom og mangler en kopi af ibrugtagningstilladelsen, som
køberens advokat kræver. Mit cpr-nr. er [[240766-1433]], hvis I har brug for det
til at finde sagen.

Med venlig hilsen
Ole Hedegaard
""")

M("", """
Til Byggesag

Vi købte vores hus på Brohusvej i 2021, og nu opdager vi ved en ombygning, at
tilbygningen aldrig er blevet godkendt. Kan vi søge lovliggørelse, og hvem skal
betale? Sælgeren er flyttet til Spanien.

Venlig hilsen
Maja og Oskar Holm
""")

M("t", """
Til Center for Byudvikling og Natur

Jeg klager over min nabos carport, som står på min grund. Da jeg sagde det til ham,
kaldte han mig "sorte abe" og sagde at jeg skulle tage tilbage til Afrika. Jeg er født
i Nigeria og har boet her i 15 år. Jeg vil gerne have at kommunen ser på carporten,
og jeg har anmeldt resten til politiet.

Chinedu Okafor
""")

M("p", """
Til Ishøj Kommune, Ejendomsskat

Vi har købt Vibeholms Allé 23 med overtagelse 1. februar, men handlen er ikke endelig
før køberrådgiverens forbehold er løftet. Advokaten beder om en bekræftelse på, at der
ikke er restancer på ejendommen. Mit personnummer er [[150992–3371]].

Venlig hilsen
Frederik Lauesen
""")

M("p", """
Til Byggesag

Vi sælger vores afdøde mors hus på Åskrænten som dødsbo, og køberen venter på
kommunens svar om et ulovligt drivhus. Vi er to arvinger og skriver begge under.

Susanne Krarup, [[030565-1216]]
Erik Krarup, [[121161 2004]]
""")

M("p", """
hej
naboen sælger og mægleren har sat et kæmpe til salg skilt op på VORES græs ved
fortovet. er det ikke kommunens jord? må de det
Anders, nr. 9
""")

M("b", """
Kære Mads Jørgensen

Som mangeårigt medlem af Venstre og tidligere kandidat til byrådet skriver jeg til dig,
fordi byggesagen om mobilmasten på Ishøj Landevej er håndteret helt uden dialog med
naboerne. Det kan vi gøre bedre.

Med venlig hilsen
Knud Erik Vang
""")

M("hp", """
Til borgerrådgiveren

Vi må sælge vores hus, fordi min mand fik en hjerneskade efter en ulykke i foråret og
ikke kan klare trapper. Køberen har sagt ja med forbehold for kommunens godkendelse af
en tagudskiftning, men sagsbehandleren er stoppet, og ingen har overtaget sagen.

Venlig hilsen
Bente Ravn
""")
