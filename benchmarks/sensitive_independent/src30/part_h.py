"""Part H: mostly hard negatives - laws, rates, the municipality's own trades, finished
trades, news, statistics, election logistics, church events, a firm's accounts - and a
few positives written in the same tone."""
from common import M

M("", """Kære Økonomiudvalg

Jeg har læst i referatet fra sidste møde, at kommunen har købt ejendommen Ishøj Landevej 120 for 4,2 mio. kr. med henblik på nedrivning. Købet blev godkendt i marts. Hvad skal grunden bruges til?

Med venlig hilsen
Bent Kristiansen""")

M("", """Hej. Hvornår offentliggør kommunen den nye takst for boligstøtte og varmehjælp for 2026? Jeg er frivillig rådgiver i Ældresagen og får mange spørgsmål. Mvh Grethe""")

M("", """Kære byråd

Jeg er dybt uenig i beslutningen om at skære i budgettet til familiebehandling. Forebyggelse er billigere end anbringelser på længere sigt. Det viser al forskning. Jeg håber I vil genoverveje.

Venlig hilsen
Ane Marie Holst, socialrådgiver (pensioneret)""")

M("", """hej, hvor mange børn er anbragt uden for hjemmet i Ishøj, og er tallet steget? så en artikel fra DR om at Vestegnen ligger højt. mvh Tue""")

M("", """Til valgsekretariatet

Jeg har meldt mig som tilforordnet til kommunalvalget. Hvornår får vi besked om, hvilket valgsted vi skal sidde på, og er der instruktion dagen før? Jeg har aldrig prøvet det før.

Mvh Sigrid Holm""")

M("", """Hej. Kan man brevstemme på biblioteket i Ishøj til kommunalvalget, og fra hvilken dato? Mvh. Jens""")

M("", """Kære Kulturudvalg. Vil kommunen støtte koncertrækken i Ishøj Kirke, som menighedsrådet planlægger til efteråret? Der kommer mange ikke-kirkegængere, så det er en kulturbegivenhed for hele byen. Mvh Søren Lassen, organist""")

M("", """Hej. Er der parkering ved Torslunde Kirke til den store julekoncert, og må man holde på græsset? Mvh Arne""")

M("", """Til Økonomiudvalget

Som revisor for Ishøj Idrætsforening kan jeg oplyse, at foreningens regnskab for 2024 viser et underskud på 187.000 kr., primært pga. stigende energipriser i klubhuset. Vi søger derfor om ekstraordinært tilskud. Regnskabet er vedhæftet.

Med venlig hilsen
Statsautoriseret revisor Lene Bruhn""")

M("", """Kære Erhvervsudvalg. Vores firma, Strandens Bageri ApS, har haft et svært år med høje råvarepriser, og vi overvejer at lukke filialen på Torvet. Har kommunen nogen ordninger for erhvervsdrivende med huslejestøtte? Mvh Direktør Bo Winther""")

M("", """Hej. Er det rigtigt, at Folketinget har vedtaget et kontanthjælpsloft igen? Hvornår træder det i kraft, og hvad betyder det for kommunens økonomi? Mvh Peter Rasmussen""")

M("", """Kære Borgmester

Hvorfor solgte kommunen i sin tid den gamle præstegård i Torslunde? Salget blev gennemført i 1998, men jeg har altid undret mig over, at den ikke blev bevaret som kulturhus.

Venlig hilsen
Poul Erik Nørby""")

M("", """Kære Center for Byudvikling. Hvilke kommunale grunde er sat til salg lige nu, og hvordan byder man? Jeg kan ikke finde listen på hjemmesiden. Mvh Allan""")

M("", """Hej. Vi købte vores hus på Ishøj Søvej tilbage i 2012. Nu vil vi gerne bygge en carport. Skal vi søge byggetilladelse, hvis den er under 50 m²? Mvh familien Holm""")

M("", """Til Teknisk Forvaltning. Jeg har set, at kommunen og Vallensbæk skal bytte nogle arealer langs kommunegrænsen ved Vejleåen. Hvornår bliver mageskiftet endeligt, og skal borgerne høres? Mvh Torben Bagge""")

M("", """Kære byråd

Jeg synes, at kommunen skal stoppe med at støtte Ishøj Moské-forening med lokaler gratis. Kommunen bør være neutral over for alle trossamfund. Det er ikke et angreb på nogen, men et principielt synspunkt.

Mvh Svend Aage Juhl""")

M("", """Hej. Hvad er reglerne for at få lov at stille et juletræ op på torvet for en forening? Vi er fra Ishøj Borgerforening. Mvh Conni""")

M("", """Kære Socialudvalg. Hvorfor er ventetiden på en gældsrådgivning hos Den Sociale Retshjælp i Ishøj nu 8 uger? Kommunen bør give et større tilskud. Mvh Tina, frivillig i Kirkens Korshær""")

M("", """Til Borgerservice. Hvad er forskellen på at modtage kontanthjælp og uddannelseshjælp, og hvornår skifter man fra den ene til den anden? Spørger for en skoleopgave. Mvh Nikoline, 9.B""")

M("", """Kære Beskæftigelsesudvalg

Ledigheden i Ishøj steg ifølge Danmarks Statistik med 0,4 procentpoint sidste kvartal. Hvad er jeres strategi for at få ledige i job, især de unge? Jeg er erhvervsdrivende og mangler arbejdskraft.

Med venlig hilsen
Lasse Holt, Ishøj Cykler""")

M("", """Hej! Hvornår er der næste gang loppemarked til fordel for Kirkens Korshær i Ishøj Kulturhus? Vi har en masse tøj, vi vil donere. Mvh familien Nørgaard""")

M("", """Kære Ishøj Kommune. Jeg fik for nylig et brev med referencenummer 130578-9921 om min ansøgning om byggetilladelse til en udestue. Kan I oplyse status? Mvh Kaj Lund, Nøddevej 4""")

M("", """Kære politikere

Jeg læste, at Kriminalforsorgen vil oprette en halvvejshus i Ishøj. Er det rigtigt, og hvor skal det ligge? Vi er nogle forældre, der gerne vil vide det før det besluttes.

Venlig hilsen
Mette Klausen""")

M("", """Hej. Hvor kan man se referater fra Integrationsrådet, og hvem er medlemmer? Jeg skriver speciale om lokal integrationspolitik. Mvh Malthe Sørensen, KU""")

M("", """Kære Kultur- og Fritidsudvalg. Det er flot at kommunen har givet tilskud til Pride-ugen, men kunne I ikke også støtte et arrangement for ældre LGBT+-personer? De bliver ofte glemt. Mvh Hanne Friis""")

M("", """Hej. Er kommunens ansatte dækket af en overenskomst med FOA eller 3F, når de arbejder i parkafdelingen? Jeg er ved at søge job. Mvh Dennis""")

M("", """Til Borgerrådgiveren. Hvor mange klager modtog I i 2024 om sagsbehandlingen i Center for Børn og Forebyggelse? Jeg har læst jeres årsberetning for 2023 og er nysgerrig. Mvh Liv""")

M("", """Kære Økonomiudvalg

Kan I oplyse, hvor mange borgere i Ishøj der har gæld til kommunen, og hvor stor den samlede restance er? Jeg er medlem af et lokalt borgerpanel om kommunens økonomi.

Venlig hilsen
Carl-Erik Thomsen""")

M("", """Hej. Jeg har en opkrævning med ordrenr. 0106900312 vedr. leje af et kolonihavelod. Skal det betales til kommunen eller til foreningen? Mvh Hanne""")

M("", """Kære Teknik- og Miljøudvalg. Det hus på Vejleåvej, som har stået tomt i årevis, blev solgt på tvangsauktion i 2017 og er nu revet ned. Hvad må der bygges på grunden? Mvh nabo""")

M("e", """Kære Teknik- og Miljøudvalg

Jeg er den nabo, som klagede over det faldefærdige hus på Vejleåvej. Jeg har selv en restance på ejendomsskatten, som jeg er ved at afdrage, så I skal ikke tro jeg er én af dem der har styr på det hele. Men huset er farligt for børnene.

Mvh Kurt Brandt""")

M("b", """Hej Lone. Tak for pjecen om valget. Jeg er selv medlem af Liberal Alliance, men det betyder ikke at jeg ikke kan se at I har en pointe om cykelstierne. Mvh Asger""")

M("p", """Kære Økonomiudvalget

Jeg har læst, at kommunen vil købe min nabos grund til en ny daginstitution. Det drejer sig om Egevej 9, som tilhører Hans Peter Vinther. Forhandlingerne er vist ikke afsluttet. Jeg er bekymret for støjen fra en institution.

Mvh Birgit Faber""")

M("eh", """hej. jeg ved ikke om det er jer. min nabo Bente på 3. sal drikker og hendes lille dreng er alene hjemme om aftenen. jeg er bange for ham. jeg vil gerne underrette men ikke med mit navn. hvad gør jeg? lejlighed på Ishøj Strandvej 80""")

M("", """Kære Ishøj Kommune. Hvor mange almene boliger i Ishøj står tomme, og hvad er den gennemsnitlige ventetid på en familiebolig? Jeg er ejendomsmægler og får mange spørgsmål. Mvh Kristian Berg, home Ishøj""")

M("p", """Hej. Jeg er ejendomsmægler hos home Ishøj og har en køber til Toftegårdsvej 15, der ønsker svar om lokalplanens bestemmelser, før vi laver købsaftale. Sælger ønsker ikke, at det kommer ud, at huset er til salg, før handlen er på plads. Kan I svare hurtigt? Mvh Kristian Berg""")

M("s", """Til Ældreudvalget. Min samlever gennem 40 år, Svend, og jeg (Erik) vil gerne flytte sammen i en ældrebolig. Vi har hørt, at man ikke kan få en parbolig, hvis man ikke er gift. Er det rigtigt? Mvh Erik Mortensen""")

M("t", """Kære borgmester. Jeg er halvt tysk, halvt dansk, og vil gerne tilbyde at undervise i tysk for ældre i Ishøj Seniorcenter gratis. Hvem skal jeg kontakte? Mvh Ursula Jensen""")

M("", """Hej. Tilbyder Ishøj Seniorcenter sprogundervisning, fx tysk eller spansk? Min mor på 78 vil gerne lære spansk før en rejse. Mvh Mette""")

M("u", """Kære Center for Beskæftigelse og Erhverv

Vi er tre tillidsrepræsentanter fra Dansk Metal på virksomheden Ishøj Stål A/S. Virksomheden skal lukke, og 80 kolleger mister jobbet. Vi vil gerne have et møde om jobcentrets indsats.

Venlig hilsen
Per Holm, Jan Lund, Michael Fisker""")
