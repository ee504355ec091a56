"""corpus8 part D: housing, roads, waste, building permits, property (Byudvikling og Natur)."""
from common import M

M("p", """Til Byggesag

Vi er ved at sælge vores parcelhus på Ishøj Landsby 44, og køberens advokat har spurgt, om carporten og udestuen er lovligt opført. Handlen er betinget af, at det kan dokumenteres. Kan I sende byggetilladelserne fra 1998 og 2004?

Med venlig hilsen
Jens og Hanne Kjærgaard
tlf 23 40 81 77""")

M("", """Hej

Vi har solgt vores hus på Torslunde Bygade 3 – handlen er afsluttet og køber overtog i oktober. Nu har vi fået en regning for renovation for 4. kvartal. Den bør vel gå til de nye ejere?

Mvh
Finn og Kirsten Ravn
Ny adresse: Søndergade 4, Køge""")

M("", """Hej

Hvornår sælger kommunen de næste storparceller ved Ishøj Landsby? Er der en venteliste man kan skrive sig på?

Vh Claus Bryld""")

M("p", """Hej Byudvikling

Jeg har fået et bud på 3,4 mio på mit rækkehus i Vibeengen, men køberen vil have en garanti for at der ikke bliver bygget boliger på den grønne plæne bag huset. Er der planer om at ændre lokalplanen? Jeg skal svare mægleren på fredag.

Hilsen
Gert Nymann""")

M("", """Hej

Der er et hul i vejen på Vejleåvej ud for nr. 78. Det er blevet større efter frosten, og der har allerede været en cyklist der er væltet. Kan det lappes snart?

Mvh Torben""")

M("", """Hej Ishøj Kommune

Skraldespanden til papir blev ikke tømt i tirsdags på Bredekærs Vænge, ulige numre. Det er anden gang i denne måned. Kan I sende en bil?

Venlig hilsen
Maja""")

M("pe", """Kære borgmester

Jeg skriver i desperation (mit cpr er [[130979-2146]]). Vores hus i Torslunde skal på tvangsauktion den 14. maj, fordi vi er kommet bagud med terminerne efter min mands konkurs. Vi har tre børn. Jeg har hørt at kommunen nogle gange kan hjælpe med et lån, er det rigtigt?

Med venlig hilsen
Susanne Bøgh""")

M("", """Hej

Må man bygge en overdækket terrasse på 28 m² uden at søge byggetilladelse? Vores hus ligger i Strandparken.

Mvh Rune Andreasen""")

M("p", """Hej

Min nabo på Ishøj Søvej 16 har sat sit hus til salg, og jeg har hørt at der allerede er en køber der har budt. Jeg er bekymret for, at den nye ejer vil fælde de store træer i skel. Kan kommunen gøre noget for at beskytte dem?

Mvh
Helge Bang, nr. 14""")

M("", """Hej

Jeg har fået en parkeringsafgift på Ishøj Stationsplads, afgiftsnr. 2103259981, selvom jeg havde P-skive. Vil gerne klage.

Mvh
Jasmin Lund
tlf 31 22 90 14""")

M("e", """Til Boligselskabet og Ishøj Kommune

Jeg har fået en udsættelsesbegæring fra boligselskabet, fordi jeg skylder 3 måneders husleje. Jeg var uden indtægt i en periode, men har nu fået job igen. Kan kommunen hjælpe med at betale restancen, så jeg ikke bliver smidt ud? Jeg har to små børn.

Mvh
Linda Severinsen
Vejleåparken 22, 4. th.
[[240687–2318]]""")

M("p", """Hej

Vi er en familie der har fået accepteret et købstilbud på en andelsbolig i Strandgårdsparken, men vi har 6 hverdages fortrydelsesret og advokatforbehold. Vi vil gerne høre om der er planer om renovering af facaderne, som vi skal betale for?

Tak
Nadia og Jesper Holm""")

M("", """Til Teknik og Miljø

Kan kommunen ikke sætte flere skraldespande op på stien langs Ishøj Strand? Der flyder med dåser og papir hver weekend om sommeren.

Mvh
Eva, Strandparkens Grundejerforening""")

M("p", """Hej

Vi har arvet min mors kolonihavehus i Haveforeningen Tranegilde, og vi har en interesseret køber der har budt 280.000 kr. Foreningen skal godkende prisen, men kommunen skal vel også ind over, da det er kommunens jord? Hvordan foregår det?

Med venlig hilsen
Tove Hansen""")

M("", """Hej

Min mor døde i februar og har efterladt et hus i Ishøj Landsby. Hvem skal vi kontakte om ejendomsskatten, skal den stadig betales?

Mvh Lasse""")

M("t", """Til Ishøj Kommune

Vores nye naboer har skrevet "skrid hjem til Pakistan" på vores garage med spraymaling. Vi er født her, men vores forældre kom fra Lahore. Vi har anmeldt det til politiet, men vil gerne have kommunen til at fjerne graffitien hurtigt, da vores børn ser det hver dag.

Med venlig hilsen
Familien Iqbal
Gadekærvej 51""")

M("", """Hej

Der er graffiti på tunnelen under Ishøj Boulevard ved stationen. Det er hagekors og grimme ord. Kan det fjernes hurtigt?

Mvh Jonna""")

M("s", """Hej

Min kæreste Mads og jeg – vi er begge mænd – vil gerne leje en af de nye almene lejligheder ved Ishøj Strand. Vi er ikke gift. Kan vi blive skrevet op som par, eller skal vi have hver sin opskrivning?

Venlig hilsen
Jakob Hviid""")

M("", """Hej

Min kæreste og jeg vil gerne leje en af de nye almene lejligheder ved Ishøj Strand. Hvordan bliver man skrevet op, og hvor lang er ventetiden ca?

Venlig hilsen
Sam""")

M("pe", """Hej

Jeg er blevet skilt og skal have udløst min ekskone af vores hus på Bredekærs Vænge. Banken vil ikke give mig lånet før jeg kan dokumentere min indkomst som selvstændig, og hvis det ikke lykkes, skal huset sælges. Kan kommunen udsætte grundskylden et par måneder?

Mvh
Henrik Dall""")

M("", """Hej

Hvorfor er grundskylden steget så meget på vores grund i år? Den er gået op 12%. Jeg forstår ikke den nye vurdering.

Mvh
Lars Busk
Ishøj Landsby 8""")

M("", """Hej

Hvornår tømmes haveaffald i Tranegilde i år? Og kan man bestille ekstra afhentning til juletræer?

Vh Solveig""")

M("h", """Til Byggesagsafdelingen

Jeg har fået afslag på at bygge en rampe og en tilbygning med badeværelse i stueplan. Grunden er at jeg har ALS og snart ikke kan gå på trapper. Jeg vil gerne klage. Ergoterapeuten fra kommunen har selv anbefalet ombygningen.

Med venlig hilsen
Michael Krog
Ishøj Søvej 31
[[070566-1959]]""")

M("", """Hej

Vores nabo har bygget et skur, der går 40 cm ind over vores skel. Kan kommunen gøre noget?

Mvh
Birthe og Ole""")

M("b", """Hej

Jeg er buddhist og vil gerne opsætte et lille bønneflag-arrangement og en Buddha-statue i min forhave på ca. 1,5 m. Kræver det tilladelse?

Mvh
Kamal Thapa""")

M("", """Hej

Hvornår har moskeen på Industrivej åbent til fredagsbøn? Der er mange biler som parkerer på fortovet og vi kan ikke komme ud med barnevogn.

Mvh Lene""")

M("e", """Til Boligsocialt team

Min nabo, en ældre kvinde i nr. 5, har ikke åbnet døren i lang tid, og postkassen er proppet. Jeg ved at hun har fået sin strøm lukket pga. ubetalte regninger. Kan nogen fra kommunen se til hende?

Mvh
Rasmus, Ishøj Strandvej""")

M("", """Hej

Der lugter af kloak på hele Kærbo. Er der sket noget med pumpestationen?

Mvh Gitte""")

M("pu", """Hej

Vi har fået et betinget tilbud fra en udvikler på vores to ejendomme på Industrivej, som skal rives ned til boliger. Handlen er betinget af at lokalplanen ændres. Jeg er samtidig tillidsrepræsentant for de 14 medarbejdere i Dansk Metal, som er nervøse for deres job. Hvornår tager byrådet stilling?

Med venlig hilsen
Kurt Lindholm
Lindholm Maskinfabrik""")

M("", """Hej

Er det muligt at få opsat en fartbump på Tranegilde Strandvej? Bilerne kører over 80 km/t, og der bor mange børn.

Mvh Alberte""")

M("", """Hej

Vi har købt hus på Vejleåvej 12, og overtagelsesdagen var 1. december. Sælger sagde at der er en gammel olietank i haven. Hvem skal sørge for at den bliver fjernet, og er det noget kommunen har registreret?

Mvh Kenneth Hougaard""")

M("e", """hej

min søster bor i Ishøj og er hjemløs nu. hun sover i sin bil og sidder i stor gæld efter et forhold der gik galt. hvad kan hun gøre? hun skammer sig for at ringe selv.

venlig hilsen
Camilla""")

M("", """Hej

Bliver der lavet en ny cykelsti langs Ishøj Strandvej? Jeg læste det i Ishøj Avis.

Mvh
Peter""")

M("pt", """Hej

Jeg hedder Jamal og er fra Libanon. Vi har fundet et hus i Ishøj som vi vil købe og har givet et bud. Sælger vil ikke svare, og vores mægler siger at det er fordi vi er arabere. Kan kommunen gøre noget ved det? Det er diskrimination.

Mvh
Jamal Haddad""")

M("", """Hej

Hvordan søger man om tilladelse til at fælde et træ i sin egen have? Det er en birk der er ved at blive for stor.

Mvh
Birgit""")

M("p", """Hej

Vi har underskrevet købsaftale på et hus i Ishøj Landsby med forbehold for købers advokats godkendelse, og den udløber på mandag. Advokaten har opdaget at der ikke er færdigmelding på tilbygningen fra 2011. Kan I hurtigt oplyse, om den er lovlig?

Venlig hilsen
Marianne Toft
tlf. 40 55 28 11""")

M("", """Hej

Må vi have et trailerstativ stående på fortovet? Vores vicevært siger nej.

Mvh Erik""")

M("e", """Hej

Jeg har ikke råd til at betale affaldsgebyret, som er blevet trukket 2 gange. Jeg er på pension og har kun 3.000 kr. om måneden efter husleje. Kan I hjælpe?

Med venlig hilsen
Ruth Lindgaard
personnr [[081049\u00a01572]]""")

M("", """Hej

Jeg vil klage over at containerne ved genbrugspladsen var fulde i lørdags. Medarbejderen var desuden meget uhøflig. Jeg skal vel ikke køre til Vallensbæk.

Mvh Thomas""")

M("pe", """Kære borgerrådgiver

Jeg har et dødsbo efter min far, og huset skal sælges. Der er budt 1,9 mio, men kommunen har tinglyst et pantebrev for den hjælp til ældreboligen han fik, og skifteretten siger at vi skal have kommunen til at aflyse det, før handlen kan gå igennem. Ingen i kommunen svarer mig.

Mvh
Ulrik Friberg""")

M("", """Hej

Hvem ejer grunden ved siden af Ishøj Skole? Der er et hegn der er faldet ned.

Mvh
Mads""")

M("", """Hej

Vi er fire familier på Askerød, som gerne vil søge om et vejfest-arrangement d. 21. juni. Skal vi have tilladelse til at spærre vejen?

Mvh Line""")

M("b", """Hej

Jeg er aktivist i Extinction Rebellion og vil gerne søge om at holde en stille demonstration foran rådhuset den 22. april på Jordens dag. Hvordan ansøger man?

Med venlig hilsen
Sigrid Kaae""")

M("", """Hej

Vi holder en indsamling til fordel for Folkekirkens Nødhjælp i Ishøj Landsby på lørdag. Må vi stille et bord op ved Gadekæret?

Mvh
Bente""")

M("ps", """Hej

Min mand Thomas og jeg (Morten) har sat vores lejlighed i Ishøj Strand til salg for at flytte sammen med hans mor, som har brug for hjælp. Vi skal bruge en energimærkning, og mægleren spørger efter byggeregnskabet for altanen. Kan kommunen finde det?

Med venlig hilsen
Morten Elkjær""")

M("", """Hej

Der kommer meget støj fra byggeriet ved Ishøj Bycenter, også om søndagen. Er det lovligt?

Mvh Karen""")

M("p", """Hej

Jeg er ved at forhandle om køb af en erhvervsejendom på Industrivej til mit autoværksted, men sælger og jeg er ikke enige om prisen endnu. Kan I oplyse, hvilken anvendelse lokalplanen tillader på matr. nr. 12af?

Mvh
Ibrahim Güler
Güler Auto""")

M("", """Hej

Er der kommet en ny ordning for storskrald? Jeg kunne ikke bestille afhentning på hjemmesiden.

Mvh
Kurt""")
