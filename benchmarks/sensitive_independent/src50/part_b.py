"""corpus50 part B: sick leave, sygedagpenge, work injuries, fleksjob, førtidspension."""
from common import M

M("he", """Kære Susanne Bech

Jeg har været sygemeldt siden juni efter en arbejdsulykke på byggepladsen ved Ishøj Station – jeg faldt ned fra et stillads og brækkede ryggen to steder. Kommunen har nu sendt en partshøring om at stoppe mine sygedagpenge. Jeg kan stadig ikke gå mere end 200 meter. Hvordan kan det være?

Venlig hilsen
Carsten Møller
[[120571-1945]]""")

M("", """Hej

Hvad er satsen for sygedagpenge i 2025, og hvornår overtager kommunen betalingen fra arbejdsgiveren? Vi er en lille virksomhed med 6 ansatte og vil gerne have styr på det.

Venlig hilsen
Lone, Ishøj Blomster""")

M("h", """hej Mikkel

min kollega Sonja har kræft i brystet og har været væk fra butikken siden sommerferien. vi vil gerne samle ind til en gave fra personalet. må man sende blomster via kommunens hjemmepleje? hun kommer hjem fra Herlev i næste uge

Gitte""")

M("", """Til borgerrådgiveren

Jeg er arbejdsgiver og har en medarbejder, som har været sygemeldt i længere tid. Hvordan søger man om § 56-aftale generelt – hvilke blanketter skal bruges? Jeg beder kun om den generelle vejledning.

Med venlig hilsen
HR, Ishøj Trælast""")

M("he", """Til hovedpostkassen, att. Sygedagpengeafdelingen

Jeg har fået et brev om, at jeg skal betale 31.200 kr. i sygedagpenge tilbage, fordi min læge ikke nåede at indsende lægeerklæringen i tide. Jeg var indlagt med blodprop i benet. Det er ikke min fejl.

Mvh Jette Kragh
Cpr.nr. [[2107694012]]""")

M("", """Kære Karin Winther

Jeg ville bare sige tak for jeres indsats for at få flere i fleksjob. Som leder af et værksted med 4 flexjobbere kan jeg sige at det virker.

Hilsen Torben""")

M("ehu", """Hej

Jeg er fleksjobber i 12 timer om ugen på biblioteket pga. kronisk træthedssyndrom. Min FOA-repræsentant siger at kommunen har nedsat mit løntilskud uden varsel. Jeg vil gerne have en forklaring. Jeg er medlem af FOA og har bedt dem om at følge sagen.

Lotte Vinding""")

M("", """Hvor mange borgere i Ishøj fik tilkendt førtidspension sidste år? Og hvor mange fik afslag? Jeg er journalist på Ishøj Avis.

Christian Bruun""")

M("he", """Kære borgmester,

min kone Hanne har nu ventet i 14 måneder på at hendes sag om førtidspension kommer for rehabiliteringsteamet. Hun har sklerose og kan ikke længere arbejde, det siger alle hendes læger. Hvor lang tid skal det tage?

Med venlig hilsen
Bjarne Kristoffersen, Ishøj Søndre Strandvej 14""")

M("h", """Hej Birgitte, jeg kan ikke komme til bestyrelsesmødet i boligforeningen på torsdag, jeg er lige blevet opereret for grå stær. Kan du tage referatet? /Inger""")

M("", """Til direktionsassistenten

Kan direktøren bekræfte at kommunens egne medarbejdere følger de samme regler for sygefraværssamtaler som private arbejdsgivere? Vi har fået spørgsmålet fra flere ledere.

Med venlig hilsen
Ditte Ahlberg, HR-konsulent""")

M("he", """Hej

Jeg er selvstændig elektriker og blev skadet i håndleddet i august. Jeg har forsikret mig for sygedagpenge fra første dag hos kommunen, men jeg har ikke fået noget endnu. Forsikringsnummer 0108764455 – det er ikke mit cpr, det er policen.

Hilsen Morten Ravn""")

M("", """Hej

Vores fagforening, 3F Køge Bugt, holder åbent hus om arbejdsskader den 22. maj. Vi vil gerne have kommunens arbejdsmiljøkonsulent med. Er det muligt?

Venlig hilsen
Jimmi Hald, faglig konsulent, 3F Køge Bugt""")

M("h", """Til Ishøj Kommune

Min søn Oliver (17) skar sig slemt i hånden på sit fritidsjob i Netto i weekenden og måtte sys med 9 sting på skadestuen. Butikken siger det ikke er en arbejdsskade fordi han er under 18. Er det rigtigt?

Mvh Heidi Nielsen""")

M("", """Er det muligt at få en liste over virksomheder i Ishøj med en social klausul om fleksjob eller skånejob? Vi laver en kampagne i vores forening.""")

M("ehu", """Kære Bo

Jeg er FOA-tillidsrepræsentant på Ishøj Plejecenter og skriver om mig selv denne gang. Jeg har fået konstateret slidgigt i begge knæ og kan ikke længere løfte borgere. Ledelsen taler om at jeg skal i et fleksjob, men jeg er kun 49. Jeg har søgt om fleksjob og venter på afgørelsen. Hvad er mine muligheder?

Med venlig hilsen
Helle Bruun
[[090676-0418]]""")

M("", """Hej,

Jeg sidder i Ældrerådet og vil gerne spørge generelt om man skal betale skat af seniorpension? Vi får mange spørgsmål om det på vores åbne møder.

Erik""")

M("eh", """Til borgerrådgiveren

Min mor er 63, arbejder som kassedame og har haft 3 blodpropper i hjertet. Hun har søgt seniorpension og fået afslag, fordi "hun kan stadig arbejde 15 timer". Hun græder hver aften. Hvordan klager vi?

Med venlig hilsen
Jannie Bisgaard (datter)""")

M("", """Hej Ishøj Kommune. Hvad betyder jobafklaringsforløb? Jeg har hørt ordet i radioen. Tak.""")

M("he", """hej

jeg har angst og har været sygemeldt i 4 mdr. jeg skal til samtale på jobcenteret på mandag kl 10 men jeg kan ikke tage bussen pga angsten. må min søster komme med og må vi komme i bil og parkere ved indgangen?

cpr [[280201 4125]]
/Amalie""")

M("", """Til Ishøj Kommune, Løn og Personale

Vi har modtaget jeres betaling af faktura for lønadministration, fakturanr. 2012778201, periode uge 2-6. Beløbet er indsat på reg. 2216 konto 6280445512. Venligst bekræft modtagelsen.

Med venlig hilsen
Lønservice Danmark""")

M("he", """Kære Lars

Jeg er leder af Ishøj Tømrer & Snedker og har en lærling, Frederik, der er blevet diagnosticeret med ADHD. Han er en god håndværker, men han har svært ved skoleforløbene. Kan kommunen hjælpe med mentorstøtte? Han har sagt god for at jeg skriver.

Venlig hilsen
Kurt Brandt""")

M("", """Kære udvalg

Jeg synes det er på tide at kommunen kigger på sygefraværet i ældreplejen. Det er det højeste i regionen ifølge Danmarks Statistik. Det skyldes arbejdsmiljøet, ikke medarbejderne.

Med venlig hilsen
Merete Nielsen""")

M("hsue", """Hej Rikke

Jeg er en af de to mænd, der bor på hjørnet af Ishøj Søvej – min mand Kristian og jeg. Jeg skriver fordi han har fået en arbejdsskade på Avedøreværket (syreætsning på armene), og Dansk El-Forbund, hvor han er medlem, har sagt vi skal kontakte kommunen om hjælpemidler derhjemme. Hvem skal vi tale med?

Mvh Mathias Grønlund""")

M("", """Til borgmesteren

Hvornår kommer den nye politik for seniorer i kommunens egne job? Jeg har hørt, at den bliver forsinket. Det er vigtigt for mange af os, der arbejder til vi er 70.

Knud, Torslunde""")

M("he", """Hej

Jeg har fået tilkendt førtidspension i sidste uge efter 6 år med fibromyalgi og tre afbrudte arbejdsprøvninger. Tak for hjælpen til sagsbehandleren Ulla. Jeg ville bare skrive det, fordi man tit kun hører om det der går galt.

Venlig hilsen
Dorthe Lykke, Vejleåparken""")

M("", """Er kommunen forpligtet til at tilbyde fleksjob til sine egne ansatte, som bliver syge? Jeg spørger som formand for personaleforeningen, ikke om en konkret person.""")

M("eh", """Kære Ishøj Kommune

Min far, Leif Andersen, født [[070448-1123]], har arbejdet som maskinarbejder i 45 år og har nu fået konstateret asbestlunger. Han er på folkepension. Vi vil gerne søge om erstatning for arbejdsskade, men hvem skal anmelde det – kommunen eller den gamle arbejdsgiver, som ikke findes længere?

Med venlig hilsen
Karina Andersen""")

M("", """Vi har en arbejdsskadesag med skadesnr. 2311 0856 4417 hos Arbejdsmarkedets Erhvervssikring. Skal kommunen som arbejdsgiver have en kopi? 

Venlig hilsen
Ishøj Skoles administration""")

M("hu", """Hej Anette

Jeg er sygeplejerske i hjemmesygeplejen og medlem af DSR. Jeg har fået en slem ryg efter et fald i en borgers badeværelse i sidste måned og er stadig sygemeldt. Min leder vil ikke anmelde det som arbejdsskade. Kan du hjælpe mig med at finde ud af hvem i kommunen der har ansvaret?

Hilsen Sofie Mølgaard""")

M("", """Kære borgerrådgiver

Hvorfor skal man som arbejdsgiver vente over 8 uger på refusion af sygedagpenge? Vi er en lille virksomhed og mærker det. Det er ikke én sag, det er alle.

Venlig hilsen
Bent, Ishøj Vinduespolering""")

M("h", """Til direktøren for Børn og Unge

Min kollega, pædagog Lise Frost, var gravid og aborterede i sidste uge. Hun skal tilbage på arbejde på mandag, og jeg synes ikke hun er klar. Kan jeg som kollega gøre noget?

Mvh en bekymret kollega, Stine""")

M("", """hej, findes der en oversigt over hvor mange flexjob der er i kommunen fordelt på afdelinger? mvh lars, journalisten""")

M("ht", """Hej

Jeg er tyrkisk og har arbejdet på Ishøj Rengøringsservice i 19 år. Nu har jeg fået tennisalbue i begge arme og min læge har sygemeldt mig. Min chef siger jeg skal finde et andet job, fordi "I tyrkere er altid syge". Det er diskrimination, ikke?

Med venlig hilsen
Aylin Demir""")

M("", """Til Ishøj Kommune

Vi er et lille forsikringsselskab og har fået en forespørgsel om en arbejdsskade. Policenr. 1710924532. Vi beder om at få kontaktoplysninger på kommunens arbejdsskadeafdeling.

Med venlig hilsen
Topdanmark Erhverv, Skadeafdeling""")

M("eh", """hej Mette

jeg har kræft i tarmen og er i kemo. min arbejdsgiver har afskediget mig efter 120-dages reglen. jeg har ansøgt om sygedagpenge fra kommunen. der står i brevet at min sag bliver behandlet "snarest". det var 7 uger siden. jeg har ingen løn.

Frank Vestergaard
[[1311660927]]""")

M("", """Kære byrådsmedlem

Jeg har læst om den nye model med "hurtig tilbagevenden" for sygemeldte. Hvornår træder den i kraft i Ishøj, og hvordan bliver arbejdsgiverne inddraget?

Venlig hilsen
Claus, Ishøj Erhvervsforening""")

M("h", """Hej Pernille

Vores nabo i nr. 17, Hans, er faldet om på sin arbejdsplads (blodprop i hjernen) og ligger på Glostrup. Hans kone har bedt os holde øje med huset. Det er ikke noget I skal gøre noget ved, jeg ville bare sige at de ikke kan komme til vejfesten.

Hilsen Lisbeth, Bækkeskovvej""")

M("", """Er det lovligt at en arbejdsgiver spørger om man har været syg meget før man bliver ansat? Generelt spørgsmål.""")

M("eh", """Til hovedpostkassen

Jeg er 61 og arbejder stadig som pædagogmedhjælper. Jeg har en dårlig hofte og har fået en ny hofte i marts. Jeg har søgt om delpension, men der findes ikke delpension længere? Kan man i stedet få et skånejob hos kommunen? Jeg har fået afslag på fleksjob i 2023.

Venlig hilsen
Grete Holm""")

M("", """Kære Helle Rasmussen

Tak for jeres invitation til konferencen om arbejdsskader. Vi kan desværre ikke deltage, da vores afdeling af Lederne har generalforsamling samme dag.

Venlig hilsen
Peter Lund, sekretariatschef""")

M("eh", """Hej Kommunen

Jeg er i jobafklaringsforløb efter at have været syg med en tumor i hjernen. Nu skal jeg i praktik på Ishøj Bibliotek 8 timer om ugen. Jeg glæder mig, men jeg er bange for at jeg bliver for træt. Kan man begynde med 4 timer?

Vibeke Skov""")

M("", """Til borgerrådgiver

Min arbejdsgiver har bedt mig underskrive en tro- og loveerklæring om min sygdom. Er det lovligt? Jeg er ikke syg lige nu, jeg spørger fordi det står i min kontrakt.""")

M("ht", """Hej Jonas

Min kollega Faisal fra Pakistan blev ramt af en gaffeltruck på lageret i tirsdags og ligger på Rigshospitalet med knust bækken. Ledelsen siger ingenting. Vi er mange der er vrede. Kan kommunen gøre noget ved arbejdsmiljøet på Ishøj Logistikcenter?

Mvh Dennis""")

M("", """Hvor mange arbejdsulykker var der på kommunens egne arbejdspladser i 2024? Opdelt på forvaltninger, tak.

Venlig hilsen
Arbejdsmiljørepræsentant, Teknik og Miljø""")

M("he", """Kære Ishøj Kommune

Jeg har kørt taxa i 30 år og har fået sukkersyge og dårligt syn. Jeg har mistet mit kørekort til erhverv og dermed mit arbejde. Jeg har søgt om revalidering, så jeg kan blive uddannet til noget andet. Hvornår får jeg svar?

Med venlig hilsen
Hamid Rashidi
CPR:[[040367-1471]]""")
