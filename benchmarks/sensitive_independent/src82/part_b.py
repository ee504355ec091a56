"""Part B: noise and neighbour disputes, harassment in the stairwell, complaints
about neighbours' behaviour, written by tenants, owners and housing boards."""
from common import M

M("st", """
Til borgerrådgiveren

Min mand Ahmed og jeg (Daniel) er blevet chikaneret af en nabo i opgangen siden vi flyttede ind i Vejleåparken i foråret. Han har skrevet "bøsser" og et skældsord om Ahmeds hudfarve på vores postkasse. Boligselskabet siger, det er en politisag. Vi vil gerne vide, om kommunen kan gøre noget, fx flytte os til en anden afdeling.

Med venlig hilsen
Daniel Kofoed
""")

M("", """
Hej

Hvad er reglerne for støj fra håndværkere i weekenden? Der bores i nr. 22 hver lørdag fra kl. 7. Jeg ved godt det er en privat sag, men findes der en kommunal regel om byggestøj?

Mvh
Finn, Torslunde
""")

M("h", """
Til byrådsmedlem Camilla Lund

Min nabo under mig råber om natten og banker på rørene. Jeg ved, at han er syg – han har selv fortalt mig at han har skizofreni og ikke tager sin medicin for tiden. Jeg er bange for ham, men synes også det er synd for ham. Kan kommunen sende nogen?

Venlig hilsen
En bekymret nabo, Ishøj Strand
""")

M("b", """
Hej

Min nabo har klaget til boligselskabet over at jeg spiller høj musik. Det passer ikke. Det hun hører er mig der beder fem gange om dagen, og jeg læser Koranen højt om aftenen, det er ikke høj musik. Jeg har sagt undskyld hvis det er for højt, men hun vil have mig sat ud. Kan kommunen mægle?

Mvh
Abdullahi
""")

M("", """
Til Center for Byudvikling og Natur

Naboens hæk mod vores have er nu over 2,5 meter. Han vil ikke klippe den. Hvem bestemmer over hegn og hække mellem to private grunde i Ishøj, og kan hegnsynet komme ud?

Med venlig hilsen
Ulla og Preben Dahl
""")

M("t", """
hej

der er en familie i nr. 9 der bliver kaldt "perker" af drengene fra blokken overfor hver gang de går til bussen. faren Hassan er fra Irak og de har bedt mig skrive fordi jeg kender dem. de er bange for at gå ud om aftenen. kan kommunens SSP gøre noget

mvh Lene (nabo)
""")

M("", """
Kære afdelingsbestyrelse og Ishøj Kommune

Der bliver holdt fest i festlokalet i Vejleåparken til kl. 3 hver fredag. Jeg vil gerne vide om der findes en regel for festlokaler i de almene boliger, eller om det kun er husordenen der gælder.

Mvh
Lone
""")

M("hs", """
Til Ishøj Kommune, borgerrådgiveren

Min kone Tanja er ved at gå ned med stress, fordi naboen hver dag råber "lebbe" efter hende og vores datter. Tanja er sygemeldt nu. Jeg har skrevet til boligselskabet tre gange. Jeg ved ikke hvem ellers jeg kan spørge.

Hilsen
Anja Frost
""")

M("e", """
Til borgmesterens PA

Min nabo Ole på 1. sal har fået hjemmehjælp i flere år. Nu er hjælperne holdt op med at komme, og der lugter fra lejligheden, og han svarer ikke når jeg banker. Jeg er bange for at noget er galt. Kan I sende nogen?

Med venlig hilsen
Kirsten Lauridsen
""")

M("tb", """
Til borgerrådgiveren

Jeg er jøde og bor i et rækkehus i Ishøj. Nogen har to gange revet vores mezuza ned fra dørkarmen og skrevet noget på døren som jeg ikke vil gentage. Politiet er orienteret. Jeg vil gerne vide, om kommunen har en kontaktperson for hadforbrydelser i boligområderne.

Med venlig hilsen
Miriam Levin
""")

M("h", """
hej vi har en søn på 9 med autisme og han skriger nogle gange om aftenen når han er overstimuleret. naboen har klaget til boligselskabet og nu har vi fået en advarsel. vi gør alt hvad vi kan. kan kommunen skrive til boligselskabet at det er pga hans diagnose?

mvh Rikke og Thomas
""")

M("", """
Til byrådet

Som bestyrelse i Grundejerforeningen Ishøj Landsby vil vi gerne gøre opmærksom på, at trafikstøjen fra Ishøj Stationsvej er steget markant. Vi ønsker støjskærm eller lavere hastighed. Vi vedlægger målinger fra vores medlemmer.

Med venlig hilsen
Bestyrelsen
""")

M("bt", """
Kære borgerrådgiver

Jeg er sikh og bærer turban. En nabo i min opgang har flere gange kaldt mig "terrorist" og spyttet på min dør. Jeg er født i Punjab, men har boet i Danmark i 25 år. Boligselskabet siger bare at vi skal tale sammen. Jeg vil gerne vide hvad mine muligheder er.

Med venlig hilsen
Harpreet Singh
""")

M("", """
Hej

Er det lovligt at grille på altanen i en almen bolig i Ishøj? Vores husorden siger nej, men naboen siger at kommunen har en anden regel.

Tak
Sara
""")

M("s", """
Hej Ishøj Kommune

jeg er en bi fyr på 22 og bor sammen med min kæreste Victor i en ungdomsbolig på Ishøj Strand. nogen har hængt en seddel op i opgangen med billeder af os og skrevet ting om os. kan kommunen gøre noget eller er det kun boligselskabet?

Emil
""")

M("h", """
Til Center for Voksne og Velfærd

Der er en ældre dame i vores opgang, fru Hansen i nr. 3 st., som vi ikke har set i 10 dage. Hun har en rollator og er meget dårligt gående efter en hoftebrud. Hun har ingen familie. Vi har ringet til boligselskabet, men de siger vi skal kontakte kommunen.

Venlig hilsen
Beboere i nr. 3
""")

M("", """
Til hovedpostkassen

Hvem har ansvaret for at fjerne graffiti fra tunnelen under Ishøj Strandvej ved Vejleåparken? Den har stået i to måneder og der er skrevet grimme ord.

Mvh
Niels
""")

M("tb", """
Kære Ishøj Kommune

Vi er en polsk familie der bor i Vejleåparken. Vores nabo spiller høj musik hver nat, og når vi beder ham skrue ned råber han at vi skal "tage hjem til Polen". Vi går i den katolske kirke i Taastrup om søndagen og han står og filmer os når vi går. Vi er meget trætte.

Med venlig hilsen
Katarzyna og Piotr Nowak
""")

M("su", """
Til borgerrådgiver

Min mand Kasper og jeg (Steffen) er begge med i 3F, og vi har hele tiden fået hjælp af dem når det handler om arbejde. Men nu handler det om vores nabo, som hver gang vi er ude i haven sammen råber homo-ting over hækken og har kastet affald ind. Vi har anmeldt det. Findes der en mæglingsordning i kommunen?

Steffen Bach
""")

M("", """
Til Teknik- og Miljøudvalget

Jeg bor på Baldersbæk og synes at støjen fra Arken-koncerterne om sommeren er for høj efter kl. 22. Hvor mange koncerter har kommunen givet tilladelse til i år?

Mvh
Henning
""")

M("e", """
Til borgerrådgiveren

Min nabo er blevet anbragt på et bosted og hans lejlighed står tom. Hans kat er stadig derinde og hyler. Jeg har kontakt til hans søster, men hun bor i Aalborg. Hvem i kommunen kan åbne for at få katten ud?

Venlig hilsen
Birthe
""")

M("ht", """
Hej

Jeg er fra Tyrkiet og bor på Ishøj Strand. Min nabo har beskyldt mig for at lave mad der lugter, og nu har hun skrevet til boligselskabet at jeg er "beskidt". Jeg har astma og kan ikke have vinduerne åbne om vinteren. Jeg vil gerne bede om at kommunen hjælper mig at tale med boligselskabet.

Mvh
Ayşe
""")

M("", """
Til Ishøj Kommune

Vi har lagt mærke til, at mange beboere i Vejleåparken er utrygge ved belysningen på stien ned mod stationen. Kan kommunen sætte flere lygtepæle op? Vi har samlet 142 underskrifter.

Med venlig hilsen
Tryghedsgruppen i Vejleåparken
""")

M("b", """
Kære borgmester

Jeg er sognepræst og bor i præsteboligen ved kirken. Der er blevet kastet sten mod mine vinduer tre gange den seneste måned. Politiet mener det er de samme unge fra området. Jeg vil gerne tale med nogen i kommunens SSP-samarbejde om hvad vi kan gøre sammen.

Med venlig hilsen
Søren Kjeldsen
Sognepræst
""")

M("hu", """
hej

jeg er TR i HK for kontorpersonalet i boligselskabet. jeg skriver privat, ikke som TR. min underbo har ryget hash hver aften i to år og det trænger op gennem ventilationen. jeg har astma og er blevet meget værre, min læge har skrevet det ned. hvad kan kommunen gøre?

Jesper
""")

M("", """
Til Center for Byudvikling og Natur

Vi har fået en ny nabo, som har sat et stort trampolin op lige ved skellet, og børnene kigger ind i vores stue. Er der regler for hvor tæt på skel man må have en trampolin?

Hilsen
Mette Vinther
""")

M("t", """
Kære Ishøj Kommune,

I'm writing in English because my Danish is not good yet. I am from Ghana, and I moved to Ishøj Strand with my wife in March. Every time I take the lift, a neighbour says the lift is "not for people like you" and makes monkey sounds. I have photos of a note he left on my door. Who can I talk to in the municipality?

Kind regards,
Kwame Mensah
""")

M("sh", """
Til byrådsmedlem Mikkel Ravn

Jeg er transkvinde og lesbisk og bor alene i Ishøj Strand. Efter at min underbo fandt ud af det, har jeg fået breve ind under døren og min dør er blevet sparket i. Jeg er i behandling for angst og det her gør det meget værre. Jeg har ikke lyst til at flytte, det er mit hjem.

Med venlig hilsen
Signe
""")

M("", """
Til borgerrådgiveren

Jeg vil klage over, at kommunens vej- og parkafdeling ikke har svaret på min henvendelse om en væltet lygtepæl ud for nr. 41. Jeg skrev for seks uger siden. Sagsnummer 2024-18832.

Venlig hilsen
Torben Lykke
""")

M("b", """
Hej

Der er en nabo der har klaget over at vi har en juletræsfest i gården. Men det er faktisk ikke en juletræsfest. Vi er en gruppe jehovas vidner i opgangen der mødes og synger, og vi fejrer ikke jul. Vi synger kun om lørdagen kl. 15–17. Må boligselskabet forbyde det?

Venlig hilsen
Tove Andresen
""")

M("e", """
Til borgerrådgiveren

Min nabo har fortalt mig at hun har fået en underretning sendt til kommunen om hendes børn, og hun tror det er mig der har lavet den. Det er det ikke. Nu chikanerer hun mig. Kan kommunen fortælle hende at det ikke er mig?

Mvh
Bettina
""")

M("tb", """
Til Ishøj Kommune

Jeg er kurder fra Iran og ateist. Min nabo, som er fra samme land, har hørt at jeg ikke tror på Gud og har fortalt det til hele opgangen. Nu får jeg beskeder på min dør om at jeg er "frafalden". Jeg er bange. Hvor kan jeg søge om at blive flyttet til en anden bolig?

Med venlig hilsen
Reza
""")

M("h", """
Hej

Min 17-årige datter har en spiseforstyrrelse og er indlagt i perioder. Når hun er hjemme, er naboerne meget larmende, og lægen siger hun har brug for ro. Kan man søge om at bytte lejlighed til en stillere opgang i Vejleåparken?

Hilsen
Gitte
""")

M("", """
Til hovedpostkassen

Vi er en bestyrelse i en andelsboligforening i Ishøj Landsby. Vi vil gerne vide, om kommunen har en mæglingsordning for naboer i konflikt, som vi kan henvise vores andelshavere til.

Venlig hilsen
A/B Landsbyhøj
""")

M("s", """
Kære Ishøj kommune

Min kone og jeg er to kvinder der har boet i Torslunde i 12 år uden problemer. Nu har vores nye nabo sat et skilt op med bibelcitater mod vores ægteskab vendt mod vores hus. Er det lovligt at have sådan et skilt stående ud mod en offentlig sti?

Mvh
Hanne
""")

M("e", """
Til borgerrådgiveren

Jeg har en støj-sag med min nabo. Jeg skal også sige at jeg selv er på kontanthjælp, og boligselskabet truer nu med at sige mig op hvis der kommer flere klager. Jeg har ikke råd til advokat. Hvor får jeg gratis retshjælp?

Hilsen
Karsten
""")

M("ts", """
Hej

jeg hedder Mohammad og jeg er fra Afghanistan. jeg bor sammen med min kæreste David. naboerne taler om os i opgangen og en af dem har sagt at han vil fortælle min familie at jeg er sammen med en mand. jeg er meget bange. hvem kan hjælpe mig

Mohammad
""")
