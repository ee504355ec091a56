"""Part C: teenagers in slang, phone dictation without punctuation, and angry ALL CAPS mails."""
from common import M

M("s", """
hej ung-udvalget el hvem der nu læser det her

jeg er 16 og bi og der er ik et eneste sted i ishøj hvor man kan være sig selv ?? ungdomsklubben er fuld af drenge der siger "bøsse" som skældsord hele tiden. kan i ikk lave en lgbt aften eller noget. seriøst

- Alma
""")

M("", """
yo hvorfor lukker skaterparken kl 20 om sommeren det er jo lyst til kl 22 wtf. vi laver ik ballade vi skater bare

sendt fra min iphone
""")

M("h", """
hej

jeg hedder Noah og går i 9. jeg har adhd og min mor siger jeg skal skrive selv til kommunen fordi det er min sag lol. jeg vil gerne have en mentor på ungdomsskolen fordi jeg ikk kan følge med i matematik og får hele tiden skæld ud. kan det lade sig gøre??

mvh noah 15 år
""")

M("e", """
heyy

min mor og far er blevet skilt og jeg skal bo en uge hos hver men de bor 40 km fra hinanden så jeg kommer for sent i skole hver anden uge og min far er mega sur over det. kan kommunen betale buskort?? jeg er 14

Emil
""")

M("", """
hej er det rigtigt at man kan få gratis buskort hvis man går i skole langt væk? jeg går på Ishøj Skole og bor i Ishøj Landsby hvor langt skal det være?? tak
""")

M("t", """
hej

jeg er 17 og halvt somalisk og halvt dansk og jeg søgte fritidsjob i kommunens svømmehal og manden i receptionen sagde jeg ik "passede ind i teamet" og grinede. min veninde som er helt dansk fik jobbet dagen efter. det er racisme. hvem skal jeg klage til

hodan
""")

M("", """
hej hvor kan man søge fritidsjob når man er 15 i ishøj?? har kommunen en liste eller noget
""")

M("eh", """
hej jeg ved ik rigtig hvem jeg skal skrive til men min mor drikker hver dag og vi har ik mad i køleskabet og min lillebror på 8 har ikk været i skole i 2 uger fordi hun ik står op. jeg er 13. vi bor på vildtbanevej. vil ik have at hun bliver sur på mig så i må ik sige at det er mig der har skrevet

""")

M("", """
hej kan man som ung få hjælp anonymt hvis man er ked af det? jeg spørger for en skoleopgave om trivsel ikke for mig selv. hvad hedder det sted i kommunen
""")

M("b", """
hej

jeg er 18 og vegetar/veganer af etiske grunde og er aktiv i Extinction Rebellion. vi vil gerne søge om tilladelse til en demo foran rådhuset lørdag d. 12. hvordan gør man det? vi er ca 30

mvh Freja
""")

M("", """
hej vi er en elevgruppe fra 8.c der laver projekt om klima. må vi interviewe en fra teknik og miljø om hvordan kommunen vil nå 2030 målene? vi har spørgsmål klar
""")

M("s", """
Hej kommunen

jeg er 19 og transkvinde og har lige fået nyt navn og nyt cpr men ungdomsuddannelsesvejlederen bliver ved med at kalde mig mit gamle navn i mails. det er sindssygt ubehageligt. min kæreste Sofie (ja vi er to piger) siger jeg skal klage, så det gør jeg

Luna
""")

M("hue", """
hej 

jeg er lærling som tømrer og har lige brækket armen på pladsen. min mester siger det er min egen skyld men 3F siger det er en arbejdsskade og at kommunen skal vide det pga sygedagpenge. jeg er medlem af 3F siden jeg startede. hvem sender jeg papirer til??

mvh Mathias 19
""")

M("", """
hej! er der nogen der ved om fagforeninger kommer ud og fortæller om rettigheder på ishøj ungdomsskole? vores klasselærer snakkede om det men vi ved ik hvornår
""")

M("ehb", """
hej jeg skriver dette med diktat fordi mine hænder ryster for meget at skrive jeg hedder Sami Rahman og jeg er muslim og jeg har været afhængig af hash i 4 år og jeg vil gerne stoppe nu jeg har ingen lejlighed og sover hos forskellige venner og jeg har brug for hjælp til behandling min tlf er 52 19 87 40 please ring

Sendt fra min Samsung Galaxy
""")

M("h", """
hej jeg dikterer det her fordi jeg er i bilen min søn Lucas har fået konstateret cøliaki altså glutenallergi og han skal have særlig kost i SFO'en komma kan I sørge for det fra mandag punktum han går i SFO Strandgården stor tak Trine
""")

M("", """
hej jeg dikterer lige det her i bilen hvornår er der fernisering på Arken næste gang og er det gratis for pensionister komma min mor vil gerne med spørgsmålstegn mange tak Bent
""")

M("e", """
hej kommunen det er mig igen Johnny jeg snakker det her ind på telefonen så undskyld stavefejl jeg har stadig ikke fået min kontant hjælp for juni og jeg har ringet 6 gange nu og får at vide at sagsbehandleren hader ferie altså HAR ferie og udlejer truer med at smide mig ud jeg skylder 2 måneder nu min cpr er [[030487 1905]]
""")

M("ehp", """
hej det er Kim jeg taler det her ind fordi jeg kører lastbil vi har sat huset til salg på grund af skilsmissen og der er en der har budt 2,4 men min ekskone vil ikke acceptere buddet og i mellemtiden bor jeg i campingvogn og jeg har fået diagnosen depression af lægen så jeg er sygemeldt kan kommunen hjælpe med en bolig i mellemtiden tak
""")

M("", """
hej jeg dikterer det her jeg vil bare høre om man skal søge byggetilladelse til en carport på 30 kvadratmeter på Grønningen 4 eller om det bare kræver anmeldelse tak på forhånd Søren
""")

M("", """
hej jeg prøver at sende det her ved stemmestyring hvor ligger genbrugspladsen og har den åbent på søndag fordi vi har en gammel sofa der skal ud tak og hav en god dag
""")

M("h", """
hej ja det er Rita jeg siger det her ind til telefonen min mand Bjarne er faldet i haven og har slået hovedet han er på Hvidovre nu med hjernerystelse og de siger han skal have genoptræning når han kommer hjem hvem skal jeg kontakte om det i kommunen punktum tak
""")

M("s", """
hej kommune det er Kasper jeg dikterer det her min mand Anders og jeg vil gerne være plejeforældre til et barn og vi har hørt at kommunen søger plejefamilier kan to fædre godt blive godkendt eller skal vi lede et andet sted tak
""")

M("u", """
jeg dikterer fordi jeg står på arbejde jeg er tillidsrepræsentant for FOA på Ishøjhjemmet og vil gerne have et møde med centerchefen om vagtplanerne for julen det er svært for mange af kollegaerne kan I ringe mig op på 26 44 71 03 Lene Bak
""")

M("", """
JEG VIL GERNE VIDE HVORFOR VEJEN UDE FOR MIT HUS IKKE ER BLEVET SALTET. DET ER TREDJE GANG I DENNE VINTER. DER ER SKØJTEBANE FRA ISHØJ BOULEVARD OG NED. NOGEN KOMMER TIL SKADE. JEG BETALER SKAT!!!!
""")

M("e", """
DET ER SIMPELTHEN FOR GALT!!! JEG HAR VENTET 4 MÅNEDER PÅ SVAR OM MIN BOLIGSTØTTE OG I MELLEMTIDEN HAR JEG MÅTTET LÅNE PENGE AF MIN BROR. NU FÅR JEG ET BREV OM AT JEG SKAL INDSENDE LØNSEDLER SOM JEG SENDTE I MARTS. HVAD LAVER I DERNEDE????

MARIANNE SKOV
ISHØJ STRANDVEJ 90, 2.TV
""")

M("h", """
HVORFOR ER DER STADIG IKKE KOMMET EN RAMPE TIL MIN KØRESTOL VED HOVEDDØREN. JEG SØGTE I JANUAR. JEG ER LAM FRA LIVET OG NED EFTER EN TRAFIKULYKKE OG JEG SIDDER FAST I MIN EGEN LEJLIGHED. DET ER EN SKANDALE.

Hans Jørgen Møller
""")

M("", """
HVORFOR BLIVER DER BYGGET FLERE BOLIGER I ISHØJ NÅR DER IKKE ER PARKERINGSPLADSER NOK TIL DEM DER BOR HER I FORVEJEN!!! STEM DET NED!!!
""")

M("e", """
JEG HAR FÅET EN UNDERRETNING PÅ HALSEN FRA SKOLEN FORDI MIN DATTER HAVDE ET BLÅT MÆRKE. HUN FALDT PÅ CYKLEN!!!! NU VIL EN SAGSBEHANDLER KOMME HJEM TIL OS. DET ER EN HEKSEJAGT. JEG VIL HAVE EN AKTINDSIGT I HELE SAGEN NU!!!!

Dennis Holt
""")

M("", """
HVORFOR SKAL JEG VENTE 3 UGER PÅ ET NYT PAS I BORGERSERVICE???? I ANDRE KOMMUNER KAN MAN FÅ TID DAGEN EFTER. DET ER FOR DÅRLIGT!!!!!
""")

M("eu", """
JEG ER LEDIG OG MEDLEM AF HK A-KASSE OG NU SKRIVER JOBCENTERET AT JEG SKAL I AKTIVERING MED AT SORTERE TØJ I EN GENBRUGSBUTIK. JEG ER UDDANNET BOGHOLDER MED 20 ÅRS ERFARING. DET ER NEDVÆRDIGENDE!!! JEG KRÆVER ET MØDE MED JERES CHEF.

Susanne Mølgaard
""")

M("b", """
JEG ER IKKE KRISTEN OG MIN SØN SKAL IKKE TVINGES TIL AT SYNGE SALMER TIL SKOLENS JULEAFSLUTNING I KIRKEN. VI ER ATEISTER I VORES FAMILIE. HVORFOR ER DER IKKE ET ALTERNATIV?????

Rasmus Brandt, far til Vitus i 2.a
""")

M("", """
ER DET RIGTIGT AT SKOLERNE HOLDER JULEAFSLUTNING I KIRKEN I ÅR IGEN? ER DET IKKE EN OFFENTLIG SKOLE?? JEG SYNES DET ER FORKERT!!!!
""")

M("p", """
JEG HAR ET HUS TIL SALG PÅ GRØNNEDALEN 22 OG KØBEREN ER SPRUNGET FRA FORDI I STADIG IKKE HAR SVARET PÅ HVOR LANGT LOKALPLANEN ER MED VEJEN BAG HUSET!!! NU HAR JEG EN NY INTERESSERET OG HVIS I IKKE SVARER DENNE GANG MISTER JEG OGSÅ HAM!!!!!

Carsten Høj
""")

M("", """
HVORNÅR BLIVER LOKALPLANEN FOR OMRÅDET VED GRØNNEDALEN VEDTAGET?? VI HAR VENTET I ÅREVIS PÅ SVAR OM DEN NYE VEJ. VENLIG HILSEN GRUNDEJERFORENINGEN
""")

M("hte", """
MIN MOR ER FRA GRØNLAND OG HUN ER SYG MED KRÆFT OG HJEMMEPLEJEN BEHANDLER HENDE SOM LUFT. DE TALER OM HENDE OVER HOVEDET PÅ HENDE OG SIGER HUN "SKAL VÆRE GLAD FOR DET HUN FÅR". DET ER RACISME OG JEG VIL HAVE EN UNDSKYLDNING!!!!

Nivi Kristensen (datter)
""")

M("eh", """
hej

har lige fået at vide af min læge at jeg er gravid (18 uger) og min kæreste har slået op. jeg er 18 og bor hos min mor men vi har ik plads. kan jeg få en ungdomsbolig eller noget? jeg er på SU

Cecilie
""")

M("", """
hej hvor mange ungdomsboliger har ishøj og hvor lang er ventelisten ca? tænker på at flytte hjemmefra næste år
""")

M("u", """
hej jeg er elev i HK og har fået at vide at kommunen skal have en kopi af mit medlemsbevis for at jeg kan få tilskud til min elevløn? lyder lidt mærkeligt? mvh Oliver
""")

M("s", """
hejj vi er to drenge (kærester) på 17 og 18 og vil gerne til ungdomsklubbens fest næste weekend sammen men en pædagog sagde at "det kan skabe uro". hvad fuck. må de det??

Malthe & Yusuf
""")

M("", """
hej hvornår er der fest i ungdomsklubben i december? og må man tage venner med fra andre kommuner?
""")

M("e", """
yo kommunen

fik et brev om at jeg skylder 6000 i kontanthjælp fordi jeg havde et sommerjob jeg ik sagde til jer. men jeg troede jo det var okay når jeg var under 25??? jeg har ik de penge. kan jeg betale 200 om måneden

aske
""")

M("bt", """
hej

jeg er 16 og går med hijab fordi jeg er muslim og min familie er fra Palæstina. læreren i idræt siger at jeg ikk må have det på i svømning. men der findes jo svømmehijab?! kan kommunen lave en regel for det

Rania
""")

M("", """
hej er der regler for hvad man må have på i svømning i skolen? vores klasse diskuterer det i samfundsfag. tak
""")

M("h", """
hej jeg har det virkelig dårligt og har haft selvmordstanker de sidste uger. jeg er 17 og går til psykolog men der er 3 måneders ventetid på næste tid. kan kommunen hjælpe med noget hurtigere. jeg vil ik ha at min far ved det. /A. Petersen, Ishøj Gymnasium
""")

M("", """
Hej, vi er nogle unge der vil lave en kampagne om mental sundhed på gymnasiet. Har kommunen materialer vi må bruge? Eller en kontaktperson vi kan interviewe?
""")

M("u", """
hey jeg er tillidsrepræsentant på Netto i Ishøj Bycenter for HK og vi vil gerne have at kommunens jobcenter holder op med at sende folk i løntilskud til os fordi det fortrænger rigtige stillinger. kan jeg få et møde med nogen

mvh Amalie R.
""")

M("", """
JEG HAR NU RINGET TIL JERES TEKNIK OG MILJØ I 3 DAGE OG INGEN TAGER TELEFONEN. HVAD ER DET FOR EN SERVICE. JEG VIL BARE SPØRGE OM FÆLDNING AF ET TRÆ I MIN HAVE.
""")

M("eh", """
hej mit navn er Ole jeg dikterer det her fordi jeg er blind jeg har fået en ny blindhund men den kan jeg ikke få med i bussen fordi chaufføren siger nej og nu kan jeg ikke komme til mit job på Ishøj Rådhus jeg har fået at vide at det er kommunen der betaler min ledsageordning så det er kommunen der skal hjælpe mig tak
""")

M("", """
hej jeg dikterer dette hvordan søger man om handicapparkering når man selv er pårørende og kører for en anden spørger for en ven i Hundige tak for hjælpen
""")

M("sb", """
hej

jeg er 17, jeg er bøsse og jeg er også kristen og går i frikirken. det er rimelig svært at være begge dele lige nu. jeg ved ik om kommunen kan gøre noget men ungdomsrådgivningen har lang ventetid og jeg har brug for nogen at snakke med

J
""")

M("e", """
HEJ. JEG HAR SIDDET I FÆNGSEL I 2 ÅR OG ER LØSLADT I MANDAGS. KRIMINALFORSORGEN SAGDE AT KOMMUNEN HAVDE EN BOLIG KLAR TIL MIG, MEN DET HAR I IKKE. JEG SOVER PÅ BÆNKE. RING TIL MIG 40 13 22 98. BRIAN
""")

M("", """
HEJ. JEG VIL KLAGE OVER AT DER ER ROTTER I GÅRDEN PÅ VEJLEBROVEJ. DET HAR VÆRET SÅDAN I 2 MÅNEDER. SEND NOGEN!!!
""")
