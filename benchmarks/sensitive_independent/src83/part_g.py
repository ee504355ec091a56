"""corpus83 part G: petitions, letters to the editor sent on, party and election mail."""
from common import M

M("b", """Kære borgmester

Hermed vores underskriftindsamling for at bevare Ishøj Bibliotek på
Vejleåvej. 1.148 underskrifter. Jeg har samlet dem ind som formand for
Konservative i Ishøj, men det er ikke en partisag, mange andre har skrevet
under.

Venlig hilsen
Gorm Hvidt""")

M("", """Til byrådet

Underskriftindsamling: "Bevar Ishøj Bibliotek". Vi er 1.148 borgere der
ønsker at biblioteket bliver, hvor det er. Listen er vedhæftet som pdf.

Initiativgruppen""")

M("e", """Hej

Jeg har skrevet under på listen mod lukning af værestedet på Ishøj
Stationsvej. Jeg kommer der hver dag, fordi jeg ikke har et hjem. Hvor skal
jeg varme mig, hvis det lukker?

Navn: Ib Kaas
Personnummer: [[281163-1455]]""")

M("h", """Til Sundheds- og Ældreudvalget

Jeg vedlægger et læserbrev, jeg har sendt til Ishøj Avis:

"Jeg har haft brystkræft to gange og ved, hvor meget det betyder at have
Sundhedshuset tæt på. Lukker I genoptræningen i Ishøj, skal vi til
Glostrup. Det kan vi ikke alle sammen."

Med venlig hilsen
Bente Aagesen""")

M("", """Kære byrådsmedlemmer

Ishøj Vælgerforening inviterer til valgmøde om ældrepolitik tirsdag den
4. november kl. 19 i Ishøj Kulturhus. Vi håber alle partier stiller med en
kandidat. Svar venligst inden den 20. oktober.

Med venlig hilsen
Ishøj Vælgerforening""")

M("b", """Hej Susanne

Jeg er aktiv i Extinction Rebellion og var med til aktionen foran rådhuset
i torsdags. Vi er ikke vandaler. Vi vil bare have, at kommunen laver en
rigtig klimaplan. Jeg håber du vil mødes med os.

Asger Nyholm""")

M("", """Til borgmesteren

Kan kommunen forklare, hvorfor partiernes valgplakater må hænge på
lygtepæle på Ishøj Boulevard, men foreningernes plakater for loppemarkeder
bliver taget ned? Hvad er reglerne?

Mvh Hanne Falk""")

M("bp", """Kære Lone

Jeg er medlem af Alternativet og har samlet underskrifter mod at sælge
kolonihaveområdet ved Tranegilde til boligbyggeri. Jeg har selv et
kolonihavehus derude, som jeg har sat til salg, og nu er der ingen købere,
fordi alle har hørt om planen. Vi er mange i samme situation.

Hilsen Tina Ravn""")

M("e", """Vedr. vælgererklæring

Jeg vil gerne stille op til byrådet for en ny lokalliste. Kan jeg være
kandidat, når jeg er på førtidspension? Mit cpr er [[130366\u00a02817]].

Mvh Leif Bruun""")

M("b", """Hej Peter

Jeg stemte på Venstre til sidste valg, men efter jeres stemme om
plejehjemmet stemmer jeg på Konservative næste gang. Det skulle du bare
vide.

Vh Jan Ravn""")

M("", """Kære byråd

Jeg er træt af at partierne bruger tid på symbolpolitik. Giv os flere
sygeplejersker og færre pressemeddelelser. Hilsen en borger""")

M("tb", """Til Ishøj Avis og byrådet (læserbrev)

"Jeg er dansk-marokkaner og medlem af Socialdemokratiet i Ishøj. Jeg er
træt af at min baggrund bliver brugt som argument i valgkampen, både af
dem der vil have flere som mig i byrådet og af dem der vil have færre."

Venlig hilsen
Yassin El-Idrissi""")

M("s", """Hej Mette

Jeg vedhæfter mit læserbrev til Ishøj Avis, som de ikke ville bringe:

"Som lesbisk mor i Ishøj har jeg aldrig været bange for at vise, hvem jeg er.
Men i denne valgkamp har jeg for første gang hørt politikere tale om os som
et problem."

Helle Krogsgaard""")

M("", """Hej

Vi er fire naboer på Skovvej, der har samlet underskrifter for en
fartbump. 62 husstande har skrevet under. Må vi aflevere listen på
rådhuset, eller skal den sendes digitalt?

Mvh Rasmus Kjærgaard""")

M("u", """Kære byrådsmedlemmer

Vi er en gruppe HK'ere og FOA'ere, der har samlet 400 underskrifter mod
privatiseringen af rengøringen på rådhuset. Vi har alle arbejdet der i
mange år. Underskrifterne er vedhæftet.

Ledet af
Lise Holst, HK
Fatma Ayhan, FOA""")

M("hte", """Hej Hakan

Jeg sender et læserbrev, jeg ikke fik bragt:

"Jeg er iransk, og jeg har PTSD efter fængsel i mit hjemland. Jeg går til
behandling på Rehabiliteringscenter for Torturofre. Når politikere siger,
at flygtninge skal "tage sig sammen", ved de ikke, hvad de taler om."

Mvh Farid""")

M("b", """Til borgmesteren

Jeg er medlem af Nye Borgerlige og formand for den lokale forening. Vi vil
holde et møde på biblioteket den 12. marts om udlændingepolitik. Vi har fået
at vide, at biblioteket "ikke udlåner lokaler til den slags". Er det
lovligt?

Jesper Munch""")

M("", """Kære byråd

Ishøj Bibliotek har en politik om, at lokaler ikke udlånes til partipolitiske
møder. Gælder den for alle partier, også dem i byrådet? Og hvem har vedtaget
den?

Venlig hilsen
Kirsten Madsen""")

M("ep", """Hej

Jeg har samlet underskrifter mod salget af kommunens grund ved Ishøj
Strandvej. Jeg har selv givet bud på mit nabohus på samme vej, men banken vil
ikke låne mig pengene, før jeg har fået ryddet op i min gæld til SKAT.
Det har ikke noget med sagen at gøre, men nu ved I, hvorfor jeg bekymrer mig.

Mvh Kenneth Bang
cpr. [[040271-1663]]""")

M("s", """Til Kultur- og Fritidsudvalget

Vi er to fædre, der vil starte en lokal afdeling af Regnbuefamilier
Danmark i Ishøj. Kan vi låne et lokale på biblioteket en gang om måneden?

Mikkel og Anders Holm-Petersen""")

M("", """Kære byrådsmedlemmer

Hermed invitation til årsmødet i Ishøj Handelsstandsforening torsdag den
27. februar kl. 17 i Ishøj Bycenter. Der bliver oplæg om centerets
fremtid og debat med byrådets partier.

Med venlig hilsen
Bestyrelsen""")

M("bu", """Til byrådet

Jeg er SF'er og 3F'er, og jeg var en af dem der samlede underskrifter mod
lukning af Ishøj Svømmehal. Vi fik 2.300 på tre uger. Nu vil vi gerne vide,
hvornår sagen kommer på dagsordenen.

Rene Jespersen""")

M("eh", """Kære Susanne

Jeg skrev under på jeres underskriftindsamling om flere hjemmehjælpstimer.
Jeg får selv hjemmehjælp en gang om ugen, og jeg har gigt i hænderne, så
jeg kan ikke støvsuge. En gang om ugen er ikke nok.

Hilsen Ruth Madsen""")

M("", """Til Ishøj Avis, cc byrådet

Jeg vil gerne have mit læserbrev bragt: "Byrådet har stemt for at lukke
Torslunde Skole. Det er en fejl. Landsbyen har brug for sin skole."

Mvh Bo Nygaard""")

M("bt", """Hej Erik

Jeg er Enhedslistens kandidat i Ishøj, og jeg er kurder. Jeg er blevet
kaldt "terrorist" på en af mine valgplakater. Jeg har anmeldt det. Jeg
vil bare have, at I i byrådet tager afstand fra det, uanset parti.

Dilan Yıldız""")

M("b", """Kære byråd

Jeg er pacifist og har aldrig villet røre et våben. Når I vil lade
Hjemmeværnet bruge Ishøj Idrætscenter til øvelser, vil jeg opfordre til
at I overvejer, hvilket signal det sender til børnene i hallen.

Venlig hilsen
Signe Brix""")

M("", """Hej

Hvornår er næste byrådsmøde, og kan man stille spørgsmål i spørgetiden?
Jeg vil gerne spørge til planerne for Ishøj Havn.

Mvh Frank Vang""")

M("u", """Kære Mette

Vi er nogle Lederne-medlemmer, der arbejder som ledere i kommunens
institutioner. Vi har et forslag til en ny ledelsesstruktur og beder om et
møde med dig. Vi ønsker ikke at stå frem med navn før mødet.

Venlig hilsen
Fem ledere""")

M("b", """Til alle byrådsmedlemmer

Jeg er formand for Socialdemokratiet i Ishøj og vil invitere jer alle til
en fælles debat om boligpolitik på biblioteket den 9. september. Det er
ikke et partiarrangement, alle er velkomne.

Venlig hilsen
Morten Aabo""")

M("", """Hej

Hvad skal man gøre for at blive stillet op til Integrationsrådet? Jeg har
set opslaget på kommunens hjemmeside.

Mvh Abdel""")

M("he", """Kære borgmester,

Mit læserbrev, sendt til jer til orientering:

"Jeg har været afhængig af alkohol i ti år og har nu været ædru i to. Jeg fik
hjælp i kommunens alkoholbehandling og bostøtte. Hvis I skærer i den, dør der
nogen. Jeg ved det."

Steen Kaspersen""")

M("sb", """Hej Lone

Jeg er partiformand for Radikale i Ishøj og bøsse, og jeg er blevet spurgt om
jeg vil tale ved Pride. Det vil jeg gerne, men jeg vil gerne vide, om
byrådets medlemmer også bliver spurgt. Jeg vil ikke være den eneste
politiker der.

Nikolaj Frost""")

M("b", """Til byrådet

Jeg har været medlem af Venstre i 30 år og har stemt på partiet ved hvert
valg. Jeg melder mig nu ud i protest mod beslutningen om Torslunde Skole. Jeg
håber, at andre partier vil føre skolens sag.

Erik Frandsen""")

M("", """Kære byråd

Jeg vil klage over, at Dansk Folkepartis valgplakat ved Ishøj Station er
blevet revet ned tre gange. Det er ikke demokrati. Hvem rydder op?

Venlig hilsen
Knud Hald""")

M("th", """Hi,

I am Nigerian, living in Ishøj Strand, and my wife just had surgery on
her knee. I signed the petition for the bus to Hvidovre Hospital, and I
am forwarding the link to you. We need the bus to visit her.

Thank you,
Chidi Okafor""")

M("", """Til Økonomiudvalget

Underskrifter fra Vejleå Grundejerforening mod forhøjelse af grundskylden.
Vi er 310 husstande. Ejendomsnumre og matrikelnumre er vedhæftet, fx
183-009874 og 183-009875.

Bestyrelsen""")

M("p", """Til byrådet

Vi har samlet 80 underskrifter mod den nye vindmølle ved Torslunde. Selv har
vi sat huset til salg, og to købere er faldet fra, da de hørte om møllen. Vi
har en fremvisning igen på lørdag.

Mvh Poul og Inge Dam
Poul: [[0311550817]]""")

M("e", """Kære borgmester

Jeg har skrevet under på borgerforslaget om gratis buskort til
pensionister. Jeg er 79 og lever kun af folkepensionen. Mit cpr står
nedenfor, fordi I skrev, at det var nødvendigt for at skrive under.

Gudrun Aas
[[220946 0702]]""")

M("tp", """Kære Erik

Jeg er tyrkisk-dansk og ejer Ishøj Pizza på Vejleåvej. Jeg har lavet en
underskriftindsamling mod den nye parkeringsordning, fordi mine kunder ikke
kan holde. En køber har budt på forretningen, men han trækker sig, hvis
ordningen vedtages.

Mehmet Öztürk""")

M("", """Hej

Underskriftindsamlingen for en hundeskov i Ishøj Søpark har nu 530
underskrifter. Underskrifterne er indsamlet på underskrifter.dk med
indsamlingsnr. 2206881104. Hvordan afleverer vi dem?

Mvh Hundeejerne i Søparken""")
