"""Part H: citizens who put their CPR number (or someone else's) in a mail to a politician."""
from common import M

M("e", """
Kære borgmester

Jeg har ventet 11 uger på svar om boligstøtte. Mit cpr-nr. er [[140592-1837]], så I kan finde min sag. Jeg har to børn og er alene.

Mvh Jannie Kofoed
""")

M("he", """
Hej Lone

Min mor Gudrun Holm, cpr [[2109341122]], ligger på Hvidovre Hospital med lungebetændelse og skal udskrives til en aflastningsplads, men kommunen siger der ikke er nogen ledig. Hun kan ikke komme hjem alene. Kan du gøre noget?

Vh Per Holm
""")

M("", """
Hej Lone

Tak for svaret. Jeg har nu fået en tid hos Borgerservice til nyt pas den 14.11 kl. 10.20. Mit bookingnummer er 1411251020, hvis det skulle blive nødvendigt.

Vh Per
""")

M("s", """
Kære Morten

Min mand Jakob og jeg skal giftes på rådhuset i juni. Vi har sendt prøvelsesattesten, men har ikke hørt noget. Mit cpr er [[010788–2215]] og Jakobs er [[230986–1579]]. Kan du hjælpe med at finde ud af hvor den er?

Mvh
Simon Dahl
""")

M("", """
Kære Morten

Vi skal giftes på rådhuset i juni og vil høre hvilke lørdage der er ledige. Vi er fleksible.

Mvh
Sofie og Jens
""")

M("tb", """
Kære Kasper

Jeg har søgt dansk indfødsret og mangler en erklæring fra kommunen. Jeg er født i Afghanistan, er hazara og shia-muslim. Mit personnummer er [[150390 3381]]. Sagen har ligget stille i et halvt år.

Med venlig hilsen
Ali Rezaei
""")

M("u", """
Hej Anne

Jeg er TR for FOA på Ishøj Plejecenter og har hjulpet en kollega med at skrive til lønkontoret, men vi har ikke fået svar. Mit cpr: [[0905754129]]. Det drejer sig om min egen lønseddel for september, hvor der mangler tillæg for TR-arbejdet.

Mvh
Hanne Fogh
""")

M("", """
Hej Anne

Hvorfor står der et 10-cifret tal på min faktura fra Ishøj Forsyning? Kundenummer 0309781104 – er det ikke mit cpr-nummer? Det burde man da ikke skrive på en faktura.

Mvh
Claus
""")

M("", """
Hej Claus

Nej, det er ikke dit cpr-nummer, det er et kundenummer fra forsyningens eget system. Men jeg har givet din bemærkning videre.

(videresendt til byrådsmedlem Anne Sejr, med Claus' tilladelse)
""")

M("eh", """
Til borgmesteren

Jeg skriver på vegne af min søn, Lasse Winther, cpr [[300704-6617]]. Han er 21 og har en svær depression. Han er på uddannelseshjælp, men har fået et brev om sanktion fordi han ikke mødte op til et aktiveringstilbud – han var indlagt den dag. Jeg har fuldmagt.

Med venlig hilsen
Karin Winther
""")

M("p", """
Kære formand for Teknik- og Miljøudvalget

Vi er ved at sælge vores hus på Strandgårdsvej 88, og køberens bank vil have en attest om at der ikke er restancer til kommunen. Jeg har bedt Borgerservice om den, men den er ikke kommet. Mit cpr er [[1212631042]], min kone Kirstens [[050365-1118]].

Med venlig hilsen
Bent Mølgaard
""")

M("", """
Kære formand for Teknik- og Miljøudvalget

Hvordan får man en restanceattest fra kommunen i forbindelse med et hussalg? Jeg spørger for en kunde. Vores sag: R-2025-17732.

Mvh
Lene Sølvhøj, advokatsekretær
""")

M("hte", """
Hej Kasper

Min far Mustafa Demir, cpr [[120147 1333]], er kurdisk og har demens. Han er blevet nægtet plads i dagcentret fordi "han ikke kan kommunikere med personalet". Han taler kurmanji. Vi ønsker at klage.

Mvh
Deniz Demir
""")

M("e", """
hej
jeg har fået en regning fra kommunen for en daginstitutionsplads jeg aldrig har haft. min søn har aldrig gået der. hans cpr [[181019-4408]] og mit er [[220294-2617]]. jeg er på kontanthjælp og kan ik betale 9000 kr for noget jeg ikke har fået
Nadia
""")

M("hu", """
Kære Anne Sejr

Jeg har fået en arbejdsskade (nakkeskade) i forbindelse med mit job som chauffør for kommunens kørselsordning. Min fagforening, 3F, har anmeldt skaden, men Arbejdsmarkedets Erhvervssikring mangler kommunens dokumentation. Mit cpr-nr. er [[071178-2149]].

Med venlig hilsen
Torben Nørgaard
""")

M("", """
Kære Anne Sejr

Jeg har en dom fra retten om at kommunen skal betale erstatning til min virksomhed for en forsinket byggesag. Dommen har rettens sagsnummer BS-12053/2024. Hvornår kan vi forvente betaling? CVR 29 40 11 58.

Venlig hilsen
Lars Hjort, Hjort Byg ApS
""")

M("e", """
Kære Lone

Min nabo, Egon Poulsen, cpr [[040439-1037]], har bedt mig skrive, fordi han ikke har computer. Han har fået afslag på personlige tillæg til en ny briller, og han har kun folkepension. Jeg har fuldmagt.

Mvh
Birthe Sørensen, Ishøj Landsby
""")

M("h", """
Hej Morten

Jeg har været på venteliste til genoptræning efter min hofteoperation i 9 uger. Jeg er 74 og bor alene. cpr [[2806511093]]. Jeg vil bare gerne vide hvornår jeg er på.

Vh
Aase Christensen
""")

M("es", """
Kære borgmester

Jeg har søgt om enkeltydelse til depositum til en ny lejlighed, fordi jeg er flyttet fra min kone og vores fælles hjem. Hun hedder Katja, og vi er registreret som partnere. Jeg er selv kvinde, hvis det forvirrer sagsbehandleren, der blev ved med at skrive "din mand". Mit cpr: [[190881 2240]].

Mvh
Julie Strand
""")

M("b", """
Hej Kasper

Jeg er udtrådt af folkekirken fordi jeg er blevet muslim, men jeg betaler stadig kirkeskat ifølge min årsopgørelse. Cpr [[0506932715]]. Hvordan får jeg det rettet?

Mvh
Emil Saleem (tidl. Emil Sørensen)
""")

M("", """
Hej Kasper

Hvordan melder man sig ud af folkekirken? Og hvornår stopper kirkeskatten så? Det er et generelt spørgsmål, jeg overvejer det.

Mvh
Emil
""")

M("he", """
Til borgmester Merete Amdisen

Jeg hedder Jørgen Riis, cpr [[230356–1485]]. Jeg er blevet amputeret på venstre ben pga. sukkersyge og har søgt om boligændring (rampe og badeværelse) for 8 måneder siden. Jeg har ikke været ude af min lejlighed siden. Min pension rækker ikke til at betale selv.

Med venlig hilsen
Jørgen Riis
""")

M("eu", """
Kære Morten

Jeg er ledig ingeniør og medlem af IDA og deres a-kasse. Jobcentret har sendt mig i virksomhedspraktik som lagermedarbejder, hvilket jeg mener strider mod reglerne. Mit personnummer er [[110890-3319]].

Venlig hilsen
Sebastian Kock
""")

M("", """
Kære Morten

Jeg har fået en P-afgift ved Ishøj Rådhus, afgiftsnr. 2105881234, selv om jeg havde parkeringsskive. Hvem skal jeg klage til?

Mvh
Karsten
""")

M("te", """
Hej Anne

Min datter Amina (cpr [[121216-4520]]) har fået afslag på plads i Ishøj Skoles specialklasse, og begrundelsen nævner "familiens somaliske baggrund" som en faktor. Det er diskrimination.

Med venlig hilsen
Fadumo Warsame
""")

M("e", """
Kære udvalgsformand

Jeg er plejemor for Mikkel, cpr [[090411-4187]]. Kommunen vil flytte ham til en institution uden at spørge os. Han har boet hos os i 8 år.

Med venlig hilsen
Gitte og Bo Frandsen
""")

M("she", """
Hej Lone

Min kone Anja og jeg (to kvinder) har fået barn via insemination. Anja, cpr [[271289 1624]], er sygemeldt med fødselsdepression, men har fået afslag på forlænget barsel. Hvad kan vi gøre?

Mvh
Rikke Lindholm
""")

M("te", """
Kære Kasper

Jeg er bosnier og flygtede hertil i 1993. Nu søger jeg folkepension, og Udbetaling Danmark siger at jeg mangler optjening. Kommunen har mine papirer fra dengang. Mit cpr er [[161157 1936]].

Venlig hilsen
Emir Hodžić
""")

M("", """
Kære Kasper

Hvordan beregnes optjening af folkepension for folk der er kommet til Danmark som voksne? Jeg skriver et indlæg til Ishøj Avis om emnet og vil gerne have det rigtigt.

Venlig hilsen
Eva Kirk
""")

M("p", """
Hej Morten

Vi har solgt vores lejlighed, men handlen er betinget af at køberen får sin ejendomsvurdering godkendt. Ishøj Kommune skal bekræfte lejlighedens areal til BBR. Mit cpr [[310172-2209]]. Kan du skubbe lidt på?

Mvh
Lise Holck
""")

M("hbe", """
Kære borgmester

Jeg er vegansk af overbevisning og har fået at vide at plejecentret ikke kan tilbyde veganske måltider til min mor, Ingrid Lange, cpr [[030834-0806]], der har været vegan i 40 år af etiske grunde. Hun har nu også fået slagtilfælde og kan ikke selv protestere.

Med venlig hilsen
Kristine Lange
""")

M("e", """
hej Kasper jeg ville bare sige at jeg har fået min boligstøtte nu efter du sendte det videre. tak. min cpr var [[250899-1310]] hvis du skal lukke noget. mvh sabrina
""")

M("", """
Hej Kasper

Jeg ringer til dig vedr. vores sag, journalnummer 15.20.00-G01-12-24. Kommunen har sendt os en afgørelse dateret 12.09.2024 og vi forstår ikke begrundelsen. Det drejer sig om en skeltvist med naboen.

Mvh
Grethe og Hans Overby
""")

M("u", """
Kære Anne

Jeg er pensioneret lærer og stadig medlem af DLF's pensionistforening. Jeg har ikke fået min pensionsopgørelse fra kommunen for 2024, cpr [[141148-1411]]. Kan du hjælpe?

Mvh
Kaj Rosenkilde
""")

M("e", """
Til borgmester

Min ekskone har fået fuld forældremyndighed, og jeg har kun samvær hver anden weekend. Nu vil kommunen opkræve fuldt børnebidrag, selvom jeg er på dagpenge. Cpr. nr. [[020285-1773]].

Hilsen
Mads Riis
""")

M("h", """
Hej Anne

Jeg er 29 og gravid med tvillinger. Jordemoderen i Sundhedshuset har sagt at jeg skal tale med en fra kommunen om hjemmehjælp efter fødslen, men ingen ringer. cpr [[130896-2826]].

Mvh
Laila Said
""")

M("", """
Kære Lone

Vedhæftet er fakturaen for vores udlejning af bussen til Pensionistforeningens tur, faktura nr. 2108240007. Beløbet er betalt fra foreningens konto reg. 2270 kontonr. 6280 441 193.

Venlig hilsen
Pensionistforeningen, kasserer
""")

M("he", """
Kære Morten

Jeg skriver på vegne af min nabo Ole Kramer, cpr [[1803460977]]. Han har lungekræft og er alene. Han har ikke fået madservice i to uger, og han spiser næsten ingenting. Jeg har hans fuldmagt.

Med venlig hilsen
Tove Hein
""")

M("tu", """
Kære Lone

Jeg er fra Eritrea og arbejder som buschauffør. Jeg er medlem af 3F. Jeg skal have en bekræftelse fra kommunen på at jeg har boet i Ishøj siden 2014 til min ansøgning om permanent ophold. Mit cpr er [[010180-3873]].

Med venlig hilsen
Yonas Gebremedhin
""")

M("s", """
Hej Kasper

Min kæreste Lars og jeg (jeg er også mand) vil gerne registreres som samboende på samme adresse, men Borgerservice siger vores flytning ikke er registreret. Mit cpr [[260491 1005]], hans [[130788 2107]].

Mvh
Jonas Wulff
""")

M("e", """
Hej Morten

Jeg er blevet sat ud af min lejlighed og bor på et herberg i København, men jeg har stadig adresse i Ishøj. Jobcentret kan ikke finde mig i systemet. Cpr [[050377-1599]]. Jeg har brug for hjælp.

Morten Bech (ja, samme navn som dig haha)
""")

M("", """
Hej Morten

Kan kommunen oplyse hvor mange borgere der er registreret med adresse på kommunekontoret? Jeg har hørt at man kan få det hvis man er hjemløs.

Mvh
Anders
""")

M("", """
Hej

Jeg har fået et brev om en ny parkeringslicens. Licensnummer 0802910453. Skal jeg gøre noget, eller gælder den automatisk?

Vh
Tina
""")
