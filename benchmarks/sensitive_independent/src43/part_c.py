"""Part C: moving out, flats and houses for sale, student jobs and unions - short SMS-like mails."""
from common import M

M("p", """hej. min kæreste og jeg vil købe hendes forældres rækkehus på Strandgårdsparken, men vi venter på at banken godkender lånet. må kommunen vide det? spørger bare om der er forkøbsret lol""")

M("p", """hey 🙂 har budt 1,9 mio på en lejlighed i Ishøj Bycenter, sælger har sagt måske. hvor lang tid tager det at få en tilstandsrapport godkendt hos jer? /Kasper""")

M("", """hej, hvad koster et hus i ishøj i gennemsnit? skal bruge det til en opgave i matematik 😅""")

M("p", """hej. vi skulle have købt et hus på Vejlebrovej men køberen (os) trak sig pga fugt, og nu siger sælger vi skal betale for hans udgifter. kan kommunen hjælpe med noget?? mvh Nanna og Jonas""")

M("", """hej, jeg har lige købt min første lejlighed 🥳 handlen gik igennem i marts. hvordan tilmelder jeg mig affald? mvh Emma""")

M("pe", """hej. min farmor skal på plejehjem og vi skal sælge hendes andelslejlighed på Gildbrovej. der er en køber der venter på at andelsforeningen godkender. kan kommunen sætte fart på noget? /Lucas""")

M("", """Hej. Hvilke regler gælder for at sælge en andelsbolig i Ishøj? Er det kommunen der fastsætter maksprisen? Mvh""")

M("pe", """hej. vi skal sælge vores hus på Tranehaven tvangsauktion i januar fordi vi ikke kan betale lånet efter jeg blev ledig. er der nogen hjælp at få?? vi har 2 små børn. /Dennis""")

M("", """hej, hvordan fungerer en tvangsauktion? vi har en i vejen og vil bare vide hvad der sker""")

M("p", """hej. naboens hus i nr. 14 er sat til salg og der har været byggeaffald i haven i månedsvis. kan i ik få det fjernet før fremvisning? tak, Rasmus, Ishøj Landsby""")

M("p", """heej, vi er et ungt par og har budt på kolonihavehuset i Strandhaven, men foreningen siger der er 40 på venteliste og de vil se om nogen byder højere. må de det?? 🤔""")

M("", """hej, er der kolonihaver til salg i Ishøj? hvordan kommer man på venteliste?""")

M("p", """Hej. Jeg har arvet en grund efter min morfar i Torslunde og har fået et bud, men køber vil have at lokalplanen ændres først. Hvem snakker jeg med? Mvh Frederik""")

M("", """Hej. Hvornår kommer den nye lokalplan for Ishøj Landsby i høring? Mvh""")

M("pe", """hej. jeg og min eks skal sælge vores lejlighed efter bruddet og hun vil ik skrive under på salgsopstillingen. vi har også fælles gæld. kan kommunen mægle?? /Anders""")

M("p", """Hej. Vi har fået en betinget købsaftale på et hus på Ishøj Strandvej, betinget af at I godkender en udestue. Hvornår behandler I ansøgningen? Sagsnr. 24-19022. Mvh Astrid""")

M("", """Hej. Hvor lang tid tager en byggesag i Ishøj for en udestue? Mvh""")

M("p", """hej!!! vi har fået accept på vores bud på et rækkehus på Bredekærs Vænge 🎉 men handlen er ik underskrevet endnu. kan vi allerede nu søge om vuggestueplads i ishøj? /Mathilde""")

M("p", """hej. min far er ved at sælge sin virksomhedsgrund på Industribuen og køberen har bedt om en miljøattest. er det jer? mvh Ali""")

M("", """Hej. Hvornår udbyder kommunen erhvervsgrunde ved Industribuen? Mvh""")

M("u", """hej jeg har lige fået studiejob i lageret hos en grossist og min kollega siger jeg skal melde mig ind i 3F. det har jeg gjort nu. hvad får jeg ud af det egentlig 😅 /Elias""")

M("u", """hej. jeg er tillidsrepræsentant for eleverne på erhvervsskolen (HK Ungdom) og vi vil gerne invitere byrådet til debat om praktikpladser. Mvh Kathrine""")

M("", """hej, hvornår holder HK Ungdom debatmøde i Ishøj? det så jeg på insta""")

M("", """Hej. Jeg er faglig sekretær i 3F Vestegnen og skriver på forbundets vegne: vi vil gerne mødes med Teknik- og Miljøudvalget om arbejdsmiljø på kommunens byggepladser. Mvh Jan Vestergaard""")

M("u", """hej. jeg var i Dansk Metal i mange år men meldte mig ud da jeg startede på universitetet. nu vil jeg gerne arbejde for kommunen i sommerferien – er det et problem? /Sebastian""")

M("u", """hej!! jeg er med i DSR som sygeplejestuderende og vi har fået at vide at praktikken på plejecentret er aflyst. hvorfor? /Karoline""")

M("", """hej, jeg læser til sygeplejerske og vil høre om kommunen har sommerjob på plejecentrene? 🙂""")

M("u", """hej. min mor er medlem af FOA og hun siger jeg også skal være det når jeg starter som SOSU-elev. men jeg vil hellere Krifa. hvad siger kommunen?? er det ligegyldigt? /Amina""")

M("", """Hej. Skal man være medlem af en fagforening for at være ansat i kommunen? Mvh en ny elev""")

M("u", """hej, jeg er i Det Faglige Hus og de siger kommunen har glemt at betale mig for overarbejde i juli. min lønsedlen siger medarbejdernr 2507031166 hvis I skal bruge det. mvh Oscar""")

M("", """hej. jeg har fået et medarbejdernummer 1803991212 – er det samme som mit cpr? ser næsten sådan ud lol""")

M("u", """hej. er med i DLF og underviser på 10. klassecenteret. vi er nogle lærere der gerne vil tale med udvalget om klassestørrelser. /Mikkel""")

M("u", """yo. jeg har fået job som tømrerlærling og er meldt ind i Blik og Rør – nej vent, i 3F Byg. min mester siger at kommunens udbud ikke kræver overenskomst. er det rigtigt? /Mads""")

M("", """Hej. Kræver kommunen overenskomst i sine udbud? Mvh""")

M("eu", """hej. jeg er blevet fyret fra mit job på lageret og min a-kasse i 3F siger jeg skal tilmelde mig jobnet i dag. hvordan gør jeg det?? mvh Ahmed""")

M("e", """Hej. Jeg er blevet ledig og har meldt mig i ASE a-kasse. Hvornår skal jeg til første samtale på jobcentret? Cpr [[090399-2214]]. Mvh Anna""")

M("", """Hej. Hvad er forskellen på en tværfaglig a-kasse og en fagforenings a-kasse? Mvh""")

M("ue", """hej, jeg er HK-tillidsrepræsentant på mit arbejde og har selv lige fået varslet fyring. skal jeg melde mig ledig i kommunen eller bare i a-kassen? /Line""")

M("", """hej. hvad skal man gøre når man bliver ledig første gang? 🙏""")

M("u", """Hej, jeg er FOA-medlem og arbejder i hjemmeplejen. Vores biler er så dårlige at vi kører med defekte lys. Kan udvalget se på det? Mvh Birthe, 26 år""")

M("", """Hej, er der gratis parkering ved Ishøj Rådhus for borgere med møde? Mvh""")

M("u", """hej jeg er lige blevet valgt som TR i Netto Ishøj Centret (har været med i HK i et år). kan kommunen hjælpe med kurser? lol prob ik men ville spørge""")

M("", """hej, hvor kan man få hjælp hvis man er ung og får for lidt i løn? 😡""")

M("", """Hej. Jeg har fået en parkeringsbøde med nr. 1911041287 ved stationen, men jeg holdt i en gyldig bås. Hvem klager man til? Mvh Viktor""")

M("ue", """hej, jeg er i Djøf og er blevet opsagt fra mit job i kommunen efter 2 mdr. kan jeg søge dagpenge med det samme? mvh Julie""")

M("u", """Hej Mette. Jeg er lærling i Dansk Metal og arbejder på værkstedet ved Ishøj Havn. Vi vil gerne have flere lærlingepladser i kommunen. Mvh Noah""")

M("", """Hej. Hvor mange lærlinge har kommunen ansat i 2025? Og i hvilke fag? Mvh""")

M("u", """hej 👋 jeg har været med i IDA siden studiet og skal starte som ingeniør i kommunens vejafdeling. skal jeg melde noget til nogen? /Tobias""")

M("", """hej! hvordan er det at arbejde som ingeniør i kommunen? har i åbent hus for studerende?""")

M("pu", """Hej. Jeg er med i 3F og vi forhandler lige nu om at købe et hus på Ishøj Landsbygade, men vi er bange for at lånet ikke går igennem hvis jeg bliver ramt af fyringsrunden. Har kommunen info om fyringerne i rengøringen? Mvh Charlotte""")

M("", """Hej. Hvad kan man selv gøre for at få et boliglån som ung? Har kommunen nogen rådgivning? Mvh""")
