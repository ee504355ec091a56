"""corpus33 part C: borgmesterens PA and direktionsassistenter - own cases with CPR, receipts."""
from common import M

M("he", """Til borgmesteren

Jeg hedder Birgit Hald, cpr [[120458-1026]], og har fået frataget min hjemmehjælp til rengøring, selvom jeg har KOL og bruger ilt hele dagen. Jeg kan ikke støvsuge selv. Jeg håber borgmesteren vil se på min sag.

Venlig hilsen
Birgit Hald
Ishøj Bygade 54""")

M("", """Kære borgmester

Tak for jeres hurtige indsats ved stormen i weekenden. Vores vej var ryddet før kl. 10.

Mvh Ulla og Svend""")

M("e", """Hej

Mit personnummer er [[2208930817]]. Jeg har fået et brev om at jeg skal betale 14.500 kr. tilbage i boligstøtte. Jeg forstår ikke hvorfor, min indkomst har ikke ændret sig. Kan direktøren se på det?

Mvh Mahmoud Saleh""")

M("", """Kære PA

Borgmesteren lovede på borgermødet i Ishøj Landsby at sende os svaret på spørgsmålet om cykelstien. Sagsnr. 05.01.02-G01-22-24. Har I en dato?

Venlig hilsen
Landsbylauget""")

M("", """Kvittering for din henvendelse

Tak for din henvendelse til borgmesteren, modtaget 14.03.2025 kl. 09.12. Din henvendelse er sendt videre til Center for Byudvikling og Natur, som vil svare dig inden for 10 arbejdsdage.

Med venlig hilsen
Borgmesterens sekretariat, Ishøj Kommune""")

M("hes", """Kære borgmester

Min mand Søren ([[041172-1379]]) og jeg (Jens, [[170568-2211]]) har været gift i 12 år. Søren har fået konstateret en hjernesvulst og skal have aflastning, men vi har nu ventet i otte uger på visitationen. Jeg passer ham alene ved siden af mit job. Vi har brug for hjælp nu.

Jens Overgaard
Kongeparken 7""")

M("", """Hej direktør Andersen

Jeg vil høre om kommunen har overvejet at indføre gratis parkering for elbiler ved rådhuset.

Venlig hilsen
Steen""")

M("p", """Til direktøren for Byudvikling

Vi har et tilbud fra Ishøj Boligselskab om at købe vores andelsbolig i Ishøj Landsby for 1,1 mio., men bestyrelsen har ikke godkendt overdragelsen endnu. Hvorfor tager kommunens godkendelse af den nye vedtægt så lang tid? Vores køber er ved at springe fra.

Mvh Ditte Thorsen, Andelsforeningen Landsbyhaven""")

M("", """Hej

Jeg forstår at borgmesteren skal åbne den nye legeplads på lørdag. Må vi tage billeder til skolebladet?

Hilsen 6.a, Ishøj Skole""")

M("e", """Til borgmesterens PA

Jeg er 67 og har lige fået folkepension, men udbetalingen er forkert. Udbetaling Danmark siger det er kommunens fejl. Personnr: [[300957–2104]].

Mvh Jytte Kragh""")

M("ht", """Kære borgmester

Jeg er rom og er født i Serbien. Min datter har astma og vi bor i en lejlighed med skimmelsvamp på Vejleåparken. Boligselskabet gør intet. Jeg tror de ikke hjælper os pga hvor vi kommer fra.

Venlig hilsen
Dragana Nikolić""")

M("", """Hej. Hvor mange henvendelser fik borgmesteren sidste år, og hvor mange blev besvaret inden for 10 dage? Det er til en artikel i Ishøj Avis. Mvh journalist Peter Lund""")

M("eu", """Hej direktionsassistent

Jeg er HK-medlem og har været på dagpenge siden oktober. Jobcentret har nu sendt mig i virksomhedspraktik i en butik hvor jeg bare fylder varer op. Jeg er uddannet bogholder. Kan direktøren for Beskæftigelse se på om det er rimeligt?

Cpr.nr. [[0906851433]]

Mvh Louise Hede""")

M("", """Til direktøren

Jeg vil klage over at kommunens hjemmeside ikke virker på min iPad. Jeg kan ikke finde tiderne for storskrald.

Hilsen Benny""")

M("b", """Kære borgmester

Jeg er præst i Ishøj Kirke og vil gerne invitere dig til at holde en kort tale ved vores 150-års jubilæum. Jeg har selv været medlem af menighedsrådet i mange år og tror det vil betyde meget for sognet.

Med venlig hilsen
Anne-Mette Skov, sognepræst""")

M("", """Hej. Vi har modtaget jeres faktura nr. 1503251230 for leje af Ishøj Idrætscenter. EAN 5798000012345. Kan I sende den til vores bogholder i stedet? Mvh Ishøj Cykelklub""")

M("e", """Til direktør for Voksne og Velfærd

Min bror Ole bor på et bosted i Ishøj, og han har fået frataget sin ledsageordning. Han er 34 og har en udviklingshæmning. Han kan ikke komme ud uden ledsager. Hans cpr er [[260790 2517]].

Hilsen Anja Vind""")

M("h", """Hej

Jeg er gravid i 7. måned og har svært ved at gå op ad trappen til Borgerservice på 1. sal. Er der en elevator? Jeg skal have pas til min søn.

Mvh Sabrina""")

M("", """Hej direktør. Der er stadig ikke kommet svar på vores høringssvar om lokalplan 3.41. Journalnummer 01.02.15-P16-3-23. Venligst bekræft modtagelse. Grundejerforeningen Strandhaven""")

M("", """Hej, hvad koster det at få et nyt pas og kan man bestille tid online? /Mads""")

M("e", """Kære borgmester

Jeg har boet på gaden i fire måneder efter min skilsmisse. Jeg sover i en bil på P-pladsen ved stationen. Kommunen siger der ikke er nogen herbergspladser. Mit cpr er [[150176-1107]].

Henrik""")

M("s", """Hej Borgmester

Jeg er transkvinde og lesbisk og vil gerne starte en LGBT+-ungdomsgruppe på Ishøj Ungdomsskole. Hvem skal jeg tale med om lokaler?

Mvh Ronja Eriksen""")

M("", """Hej

Kan borgmesteren komme og klippe snoren til vores nye frisørsalon på Ishøj Bygade den 1. september? Det ville betyde meget for os.

Mvh Salon Saks""")

M("hp", """Til direktøren for Byudvikling og Natur

Jeg er 78 og har Parkinson. Jeg er ved at sælge mit hus på Baldersbækvej 14, og køberen har bedt om dokumentation for at den gamle olietank er fjernet. Min mægler siger handlen falder hvis det ikke er på plads inden fredag. Kan I hjælpe?

Venlig hilsen
Gunnar Bruun""")

M("", """Hej. Vi vil gerne vide hvordan kommunen sikrer at tolkebistand i sundhedsvæsenet er gratis for borgere der har boet her over 3 år. Mvh Dansk Flygtningehjælp Frivillige, Ishøj""")

M("e", """Til borgmesterens PA

Vedr. mine forældre, Knud og Rita Juhl, Torslundevej 40. Far har søgt om plads på plejehjem for ti uger siden. Mor kan ikke løfte ham mere. Knuds cpr [[1302341419]] (han er 90).

Med venlig hilsen
Bettina Juhl""")

M("", """Kære borgmester. Skal Ishøj have en ny svømmehal? Vi er mange forældre der spørger. Hilsen Jette""")

M("u", """Hej

Jeg skriver som fællestillidsrepræsentant for DLF på Ishøjs skoler. Vi ønsker et møde med direktøren for Børn og Forebyggelse om inklusionsmidlerne.

Venlig hilsen
Carsten Bro, Ishøj Lærerforening""")

M("", """Til direktionen

Vores virksomhed har CVR 38224711 og vi ønsker at byde på kommunens udbud om snerydning. Hvor finder vi udbudsmaterialet?

Mvh Rydning ApS""")

M("e", """hej jeg hedder Yasmin og jeg er 17. min mor har smidt mig ud og jeg sover hos en veninde. jeg ved ikke hvad jeg skal gøre. min personnummer er [[1105074918]]""")
