"""Part D: associations, clubs, faith communities, tenants' and patient associations, unions."""
from common import M

M("", """
Til Ishøj Kommune, Kultur- og Fritidsudvalget

Bestyrelsen for Ishøj Muslimske Forening søger om lån af lokaler i Ishøj Medborgerhus til vores ugentlige lektiecafé for skolebørn (tirsdage 16-18). Vi har i dag 25 børn tilmeldt. Foreningen er godkendt efter folkeoplysningsloven, CVR 38 21 45 67.

Med venlig hilsen
Bestyrelsen for Ishøj Muslimske Forening
v/ sekretær
""")

M("b", """
Kære udvalgsformand

Jeg er næstformand i Ishøj Muslimske Forening og selv praktiserende muslim. Jeg vil gerne personligt invitere dig til vores iftar i Medborgerhuset den 8. marts. Det ville betyde meget for mig og for de unge at en politiker kom.

Venlig hilsen
Bilal Chaudhry
""")

M("", """
Kære borgmester

Ishøj Sogns menighedsråd ønsker at drøfte fremtiden for kirkegårdens parkeringsplads, som kommunen ejer. Ved begravelser er der ofte ikke plads nok. Vi foreslår et møde i januar.

Med venlig hilsen
Ishøj Sogns menighedsråd
Formand Hans Jørgen Mikkelsen
""")

M("b", """
Kære borgmester

Jeg sidder i menighedsrådet i Torslunde-Ishøj, og jeg vil gerne sige at jeg som troende kristen er dybt bekymret over forslaget om at fjerne julegudstjenesten fra skolernes kalender. For mig er det ikke tradition, det er tro.

Med venlig hilsen
Kirsten Hvid
""")

M("", """
Kære byrådsmedlemmer

Lejerforeningen i Strandparken inviterer til beboermøde om den nye helhedsplan onsdag den 15. kl. 19 i fælleshuset. Vi håber at så mange af jer som muligt vil komme og høre beboernes synspunkter.

Med venlig hilsen
Afdelingsbestyrelsen, Strandparken afd. 3
""")

M("e", """
Kære Kasper

Jeg skriver som formand for afdelingsbestyrelsen i Gadekæret, men det her handler om én beboer. Fru Jensen i blok 4 har fået en opsigelse fra boligselskabet fordi hun skylder 3 måneders husleje. Hun er 79 og alene. Vi prøver at hjælpe hende, men boligselskabet vil ikke forhandle. Kan kommunen ikke gå ind i det?

Med venlig hilsen
Lone Jakobsen, afdelingsformand
""")

M("", """
Kære Kasper

Afdelingsbestyrelsen i Gadekæret er bekymret over at huslejen stiger igen med 4,5 % fra 1. januar. Mange beboere er pensionister og har små indkomster. Vi opfordrer kommunen som tilsynsmyndighed til at se nærmere på budgettet.

Med venlig hilsen
Lone Jakobsen, afdelingsformand
""")

M("", """
Til alle byrådsmedlemmer

3F Køge Bugt inviterer til medlemsmøde om social dumping i bygge- og anlægsbranchen, torsdag den 19. kl. 17 i Ishøj Medborgerhus. Panel: repræsentanter fra byrådet, Dansk Byggeri og 3F. Vi håber I vil deltage.

Med venlig hilsen
3F Køge Bugt, afdelingsformand Preben Stage
""")

M("u", """
Kære Morten

Tak for sidst. Som du ved er jeg tillidsmand for 3F'erne på Ishøj Havn, og jeg kan bekræfte at kollegaerne er meget interesserede i at høre dig på mødet den 19. Jeg holder selv et kort oplæg om vores erfaringer.

Hilsen
Allan "Bølle" Hansen
""")

M("", """
Kære Social- og Sundhedsudvalg

Scleroseforeningens lokalafdeling i Ishøj-Vallensbæk ønsker at søge om § 18-midler til vores aktivitetsdag for mennesker med sclerose og deres pårørende. Ansøgningen er vedhæftet. Journalnr. hos jer: 27.15.00-A26-4-25.

Med venlig hilsen
Scleroseforeningen, Ishøj-Vallensbæk
""")

M("h", """
Kære udvalg

Som formand for Scleroseforeningens lokalafdeling vil jeg også sige fra mig selv: jeg har selv haft sclerose i 15 år, og aktivitetsdagen er det eneste tidspunkt på året hvor jeg møder andre i samme situation. Jeg håber I vil støtte den.

Med venlig hilsen
Birgitte Lohse
""")

M("", """
Hej Kultur- og Fritidsudvalget

Ishøj Cricket Club mangler en bane. Vi træner i dag på en fodboldbane i Vallensbæk. Vi har 40 medlemmer, mange af dem unge med pakistansk, indisk og srilankansk baggrund, og vi håber kommunen kan finde et egnet areal.

Mvh
Ishøj Cricket Club, formand Rahul Mehta
""")

M("t", """
Hej Rahul (cc udvalget)

Som jeg sagde på mødet: jeg er selv født i Sri Lanka og kom hertil som flygtning i 1990. Cricket var det eneste der mindede mig om hjemme. Jeg håber virkelig vi får banen.

Hilsen Suren Rajapakse, kasserer i Ishøj Cricket Club
""")

M("", """
Kære borgmester

Ishøj Pensionistforening har 230 medlemmer og ønsker at bevare muligheden for at låne bussen til vores årlige udflugt. Vi har hørt at ordningen skal stoppes. Vi håber ikke at det er rigtigt.

Venlig hilsen
Ishøj Pensionistforening
v/ formand Aase Kjær
""")

M("", """
Kære byråd

Foreningen Regnbuefamilier Sydvest ønsker at søge om lokaler i Ishøj Bibliotek til et månedligt legemøde for børn i regnbuefamilier. Vi forventer 10-15 familier. Kan I hjælpe med at finde et egnet lokale?

Med venlig hilsen
Regnbuefamilier Sydvest
""")

M("s", """
Hej Anne

Jeg er en af dem der har startet Regnbuefamilier Sydvest. Min kone Trine og jeg har selv to børn, og vi savnede et sted hvor de kunne møde andre børn med to mødre. Håber du kan hjælpe med lokalet.

Hilsen
Mette Raun
""")

M("", """
Kære borgmester

Danske Patienter og Ishøj Handicapråd inviterer til temadag om tilgængelighed i den offentlige transport. Programmet og tilmeldingsformularen er vedhæftet. Mødet finder sted i Ishøj Rådhus, mødesal 1.

Med venlig hilsen
Sekretariatet
""")

M("", """
Kære byrådsmedlemmer

Humanistisk Samfund, lokalgruppe København Syd, vil gerne tilbyde humanistiske navngivnings- og navnefester som alternativ til dåb. Vi vil gerne høre om kommunen har lokaler der kan lejes til sådanne ceremonier.

Med venlig hilsen
Humanistisk Samfund
""")

M("b", """
Hej Lone

Jeg er ateist og medlem af Humanistisk Samfund, og vi har lige holdt navnefest for vores datter. Det var svært at finde et sted at være, fordi alle lokalerne i Ishøj er enten kirkelige eller alt for dyre. Det vil jeg gerne gøre opmærksom på.

Mvh
Rasmus Eskildsen
""")

M("", """
Til Teknik- og Miljøudvalget

Ishøj Kolonihaveforening (haveforeningen Birkely) søger om tilladelse til at etablere fælles regnvandsopsamling. Vi har vedlagt tegninger fra vores rådgiver. Foreningens medlemsnummer i Kolonihaveforbundet er 2208.

Med venlig hilsen
Bestyrelsen, H/F Birkely
""")

M("p", """
Kære Teknik- og Miljøudvalg

Jeg har et kolonihavehus i H/F Birkely, havelod nr. 41, som jeg er ved at sælge. Køberen har tilbudt 340.000 kr., men vil kun skrive under hvis regnvandsanlægget er godkendt af kommunen, fordi hun er bange for en ekstraregning. Kan I sige hvornår sagen bliver afgjort?

Venlig hilsen
Johnny Birk
""")

M("", """
Kære byrådsmedlemmer

Fagbevægelsens Hovedorganisation, lokalsektion Køge Bugt, opfordrer Ishøj Byråd til at tilslutte sig kampagnen for sociale klausuler i alle kommunale udbud. Vi vedlægger en fælles erklæring, som 11 kommuner allerede har underskrevet.

Med venlig hilsen
FH Køge Bugt
""")

M("u", """
Kære Kasper

Jeg er formand for FOA's sektor for social og sundhed i Køge Bugt og har selv været sosu-assistent i Ishøj i 20 år. Jeg vil gerne mødes med dig om rekrutteringen i ældreplejen. Hvornår passer det dig?

Mvh
Jane Frost
""")

M("", """
Hej Kasper

Kan du fortælle hvilke fagforeninger kommunen har lokalaftaler med på ældreområdet? Jeg skriver et speciale om lokal løndannelse.

Mvh
Sebastian Dyhr, studerende ved KU
""")

M("", """
Kære borgmester

Kristeligt Dagblad laver en artikelserie om frikirker i forstæderne. Vi vil gerne høre om Ishøj Kommune har et samarbejde med trossamfund i lokalområdet, fx om lokaler eller frivilligt arbejde.

Med venlig hilsen
Peter Møller Kristensen, journalist, Kristeligt Dagblad
""")

M("b", """
Kære Anne

Jeg er pastor i Pinsekirken i Ishøj og selv konverteret fra islam for tolv år siden. Jeg vil gerne fortælle dig om vores arbejde med hjemløse. Vi serverer suppe hver fredag. Vil du komme forbi?

Mvh
Pastor Daniel Saleh
""")

M("", """
Kære Anne

Pinsekirken i Ishøj serverer suppe for hjemløse og socialt udsatte hver fredag kl. 12 i Kirkesalen, Ishøj Centervej. Alle er velkomne, og der kræves ingen tilmelding. Vi søger frivillige.

Venlig hilsen
Pinsekirken i Ishøj
""")

M("eu", """
Hej Morten

Jeg var tidligere medlem af Dansk Metal, men meldte mig ud sidste år fordi jeg ikke havde råd til kontingentet efter jeg blev arbejdsløs. Nu er jeg røget helt ud af dagpengesystemet og er på kontanthjælp. Det er ikke en klage, bare en virkelighed for mange af os. Men det er MIN virkelighed.

/Kenneth
""")

M("", """
Hej Morten

Dansk Metal Storkøbenhavn har netop offentliggjort en undersøgelse om ledige metalarbejdere i kommunerne vest for København. Rapporten er vedhæftet, og vi stiller gerne op til en drøftelse.

Med venlig hilsen
Dansk Metal Storkøbenhavn
""")

M("", """
Kære udvalgsformand

Ishøj Boldklub har modtaget en regning fra kommunen på 14.800 kr. for leje af kunstgræsbanen (faktura nr. 2511030917). Vi mener at foreningen er fritaget efter folkeoplysningsloven og beder jer annullere fakturaen.

Med venlig hilsen
Ishøj Boldklub, kasserer Heidi Lund
""")

M("", """
Hej Lone

Ældresagen Ishøj arrangerer debatmøde med spidskandidaterne den 30. oktober kl. 14 i Ishøj Kulturhus. Kan du deltage? Vi forventer ca. 150 tilhørere.

Med venlig hilsen
Ældresagen Ishøj, Marianne Rye
""")

M("h", """
Kære Anne Sejr

Jeg er formand for Hjerteforeningens lokalkomité. Selv fik jeg bypass for tre år siden og ved hvor vigtig hjertegenoptræningen er. Vi vil gerne opfordre kommunen til at bevare holdene i Sundhedshuset.

Venlig hilsen
Erling Toft
""")

M("", """
Kære Anne Sejr

Hjerteforeningen, lokalkomité Ishøj, vil gerne opfordre kommunen til at bevare hjertegenoptræningsholdene i Sundhedshuset. Vi vedlægger en underskriftindsamling med 412 underskrifter.

Venlig hilsen
Hjerteforeningen, Ishøj
""")

M("t", """
Til Kultur- og Fritidsudvalget

Vi er tre grønlandske kvinder i Ishøj, der gerne vil starte en lille forening for grønlændere i kommunen, så vores børn kan lære kalaallisut og om kulturen. Hvordan søger man om at blive godkendt som forening?

Med venlig hilsen
Nivi Lynge, Aviaja Petersen og Paninnguaq Olsen
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvordan søger en ny forening om godkendelse efter folkeoplysningsloven, og hvilke dokumenter skal vi sende? Vi er en ny løbeklub med 14 medlemmer.

Med venlig hilsen
Ishøj Morgenløbere
""")

M("", """
Kære borgmester

Ishøj Lejerforening opfordrer byrådet til at indføre huslejenævnsvejledning i Borgerservice. Mange lejere i kommunen kender ikke deres rettigheder, særligt folk på kontanthjælp og ældre.

Med venlig hilsen
Ishøj Lejerforening
""")

M("e", """
Kære borgmester

Jeg er kasserer i Ishøj Lejerforening, men skriver om mig selv. Jeg er på kontanthjælp, og min udlejer har varslet en huslejestigning på 1.200 kr. om måneden efter en "forbedring" af køkkenet. Det kan jeg ikke betale. Foreningen hjælper mig med at klage til huslejenævnet.

Vh Brian Lorentzen
""")

M("", """
Kære byråd

Vi er en gruppe forældre i Ishøj, der har startet en forening for pårørende til børn med autisme. Vi har 28 familier med og søger om et mødelokale én aften om måneden. Kontaktperson: Camilla, tlf. 31 72 04 58.

Med venlig hilsen
Autismeforeningen Ishøj (under stiftelse)
""")

M("hu", """
Hej Kasper

Mit navn er Jens Peter Larsen. Jeg er sikkerhedsrepræsentant og medlem af HK på rådhuset og har selv været sygemeldt med en stressdepression sidste år. Jeg vil gerne invitere dig til vores arbejdsmiljømøde den 7. om psykisk arbejdsmiljø.

Venlig hilsen
Jens Peter Larsen
""")

M("", """
Kære borgmester

Dansk Folkehjælp, Ishøj, søger tilskud til julehjælp. Sidste år uddelte vi 180 julekurve til familier i Ishøj med lav indkomst. Ansøgningen er vedlagt med regnskab.

Med venlig hilsen
Dansk Folkehjælp Ishøj
""")
