"""corpus73, part F: origin and faith where illness and care bring them in."""
from common import M

M("t", """
Hej

Jeg er født i Marokko og har boet i Ishøj siden 1989. Jeg vil gerne være frivillig besøgsven på plejecentret for de ældre fra Nordafrika, som sidder alene. Hvem skal jeg kontakte?

Med venlig hilsen
Rachid Benali
""")

M("", """
Hej

Har kommunen tolke på arabisk til rådighed i Sundhedshuset, eller skal man selv tage med? Jeg er frivillig i Dansk Flygtningehjælp og vil gerne give de rigtige oplysninger videre.

Venlig hilsen
Henriette
""")

M("the", """
Kære byrådsmedlem

min mor er kommet fra Bosnien som flygtning i 1993. hun har nu demens og glemmer sit danske. hun taler kun bosnisk nu. hun er meget bange når plejerne kommer. kan kommunen finde en der taler bosnisk?

tak
Amra
""")

M("tbe", """
Til Center for Voksne og Velfærd

Vi er en tyrkisk familie, og min far er troende muslim. Han skal på aflastningsophold i næste uge. Kan vi være sikre på at han får halalmad?

Venlig hilsen
Emre Yıldız
""")

M("", """
Hej

Hvor mange flygtninge har Ishøj Kommune modtaget i 2023, og hvor mange er kommet i arbejde? Jeg skriver en artikel.

Mvh Frederik, freelancejournalist
""")

M("tbh", """
Hej

Jeg er fra Afghanistan og bærer tørklæde. Jeg skal føde i marts og har bedt om en kvindelig læge på Hvidovre. Min sundhedsplejerske i Ishøj siger at det kan kommunen ikke blande sig i. Er det rigtigt?

Med venlig hilsen
Mariam Ahmadi
""")

M("t", """
Til hovedpostkassen

Jeg er tyskfødt og har boet i Danmark i 40 år. Jeg har fået et brev om folkeregistret, hvor mit fødested står forkert (der står Østrig). Kan I rette det?

Med venlig hilsen
Ursula Jensen
""")

M("", """
Hej

Vil det være muligt at få jeres pjece om hjemmehjælp oversat til arabisk, tyrkisk og urdu? Vi ser mange pårørende, der ikke forstår den.

Med venlig hilsen
Integrationsrådet i Ishøj
""")

M("teh", """
Hej

Min mand og jeg er fra Pakistan. Vi har fået at vide at vores integrationsydelse bliver skåret, fordi jeg ikke har været til danskundervisning, men jeg har passet min syge svigermor. Jeg kan ikke forstå brevet.

Med venlig hilsen
Rubina
""")

M("th", """
Hello,

My father is Chinese and speaks only Cantonese. He has been in Hvidovre hospital for a week with a broken hip. He will come home to our flat in Ishøj. Can the home nurse speak English, at least?

Thank you,
Li Wei Andersen
""")

M("", """
Hej

Kan man få en tolk til et borgermøde om den nye hospitalsplan? Vi er nogle i foreningen, der ikke taler godt dansk.

Mvh
""")

M("tb", """
Hej

Vi er armenske kristne og har boet i Ishøj siden 2005. Min datter skal døbes i den armenske kirke i København, men vi vil gerne holde festen i kommunens festsal. Kan man leje den?

Venlig hilsen
Aram Petrosyan
""")

M("t", """
Til borgerrådgiveren

Jeg er sort og er vokset op i Danmark, men forældre kommer fra Ghana. Da jeg var i Borgerservice i går, sagde medarbejderen at jeg "skulle tale langsommere dansk". Jeg taler kun dansk. Det var ydmygende.

Jeg ønsker at klage.

Mvh
Kofi Mensah Jørgensen
""")

M("", """
Til Center for Børn og Forebyggelse

Hvordan fordeles børn med andet modersmål end dansk på kommunens skoler? Jeg har læst at der er en ny model.

Venlig hilsen
Skolebestyrelsesformand, Ishøj Skole
""")

M("tbe", """
Kære borgmester

Jeg er kurder fra Iran og kom som flygtning i 2015. Jeg er kristen nu, og jeg kan ikke rejse tilbage. Min kone og jeg får kontanthjælp, og jeg har fået at vide at jeg skal flytte fra min lejlighed fordi den er for dyr. Vi har ingen steder at tage hen.

Med venlig hilsen
Reza Karimi
""")

M("t", """
hej

jeg er fra Polen og jeg vil gerne vide hvordan jeg tilmelder mit barn i børnehave. jeg er ny i Ishøj

Magda
""")

M("tb", """
Hej

Jeg er dansk-palæstinenser og beder om et bederum på arbejdspladsen på rådhuset. Jeg beder to gange i løbet af arbejdsdagen og gør det lige nu i et kopirum. Hvem tager stilling til det?

Mvh Omar Saleh
""")

M("", """
Til udvalgsformanden

Hvad mener udvalget om det nye forslag om at indføre kønsopdelt svømning i Ishøj Svømmehal? Jeg synes det er en dårlig idé.

Venlig hilsen
Kirsten Holm
""")

M("tbs", """
Hi,

I am from Iran, and I am gay. I came to Denmark as an asylum seeker and now I live in Ishøj. I converted to Christianity two years ago. Some men from my old country threaten me near the station. Who can I talk to in the municipality?

Arash
""")

M("tbh", """
Hej

Min svigermor er fra Gambia og er muslim. Hun bor hos os og er nu døende. Hun ønsker at blive begravet efter islamisk skik, inden for 24 timer. Hvordan gør man det i Ishøj?

Med venlig hilsen
Jesper Touray
""")

M("", """
Hej

Er der en muslimsk begravelsesplads i Ishøj, eller skal man til Brøndby? Vi er i gang med at lave en oversigt for Ishøj Borgerforening.

Mvh
""")

M("te", """
Til Center for Beskæftigelse og Erhverv

Jeg er fra Somalia og har været ledig i 2 år. Jobcentret har sendt mig i praktik i en Netto, men de kalder mig "sorte" og jeg tør ikke sige noget. Jeg vil gerne have en anden praktikplads.

Abdi
""")

M("tbhe", """
Hej

Jeg er jødisk og bor på plejecenter Højstrup. Jeg er 91 og kan ikke længere gå. Der er en beboer der kalder mig "jødesvin" hver dag. Personalet siger at han er dement og ikke kan gøre for det.

Med venlig hilsen
Rut Levin
""")

M("", """
Hej

Hvornår holder kommunen sin årlige kulturfestival med mad fra hele verden? Vi er en forening der gerne vil have en bod med sri lankansk mad.

Mvh
Tamilsk Kulturforening
""")

M("t", """
Til byrådsmedlem

Jeg er romani, og min familie har boet i Ishøj i 3 generationer. Mine børn bliver kaldt "sigøjner" i skolen. Skolen gør ingenting. Jeg har skrevet til skolelederen to gange.

Venlig hilsen
Jan Stanković
""")

M("tbeh", """
Hej

Jeg er fra Syrien. Min mor på 68 er kommet på familiesammenføring og bor hos os. Hun er muslim og vil gerne i moskeen hver fredag, men hun kan ikke gå langt. Hun har fået afslag på en rollator fra kommunen.

Mvh Rami
""")

M("th", """
Til Center for Voksne og Velfærd

Min mor er fra Thailand og taler kun thai. Hun har fået kræft og skal have kemo. Hun bor alene i Ishøj. Vi er bange for at hun ikke forstår hvad lægerne siger.

Venlig hilsen
Nina Larsen
""")

M("", """
Hej

Hvordan søger man om at få en tolk til en borger med et hørehandicap ved et møde på rådhuset? Det gælder generelt for vores forening.

Mvh Døveforeningen Vestegnen
""")

M("t", """
Hej Anders

Jeg er grønlænder og har boet i Ishøj i 11 år. Jeg vil gerne lave et arrangement på biblioteket om grønlandsk kultur i januar. Kan kommunen give tilskud?

Hilsen
Naja Lyberth
""")

M("tbh", """
Kære Sara

Min bror er sikh og har diabetes. Han er kommet på hospitalet og har fået at vide, at han skal barbere sit skæg for en operation. Det vil han ikke. Han er født i Indien. Kan du hjælpe?

Hilsen
Manpreet
""")

M("be", """
Hej

Min far er katolik og bor på Ishøj Plejecenter. Kan han få besøg af en katolsk præst hver søndag?

Mvh
Marta Nowicka
""")

M("", """
Til hovedpostkassen

Vores kundenr. hos kommunen er 1408770091. Vi har en regning for vandforbrug på vores moské, men moskéen er fritaget for vandafgift. Kan I se på det?

Med venlig hilsen
Bestyrelsen, Ishøj Moské
""")

M("tbe", """
Til Center for Børn og Forebyggelse

Vi er en afghansk familie på kontanthjælp. Vores datter er 13 og skal på lejrskole, men der er svømning, og hun bærer tørklæde og vil ikke bade sammen med drenge. Skolen truer med at hun ikke må komme med. Kan vi få økonomisk hjælp til en burkini?

Venlig hilsen
Gul Ahmad Hakimi
""")

M("bt", """
Hej

Jeg er hindu fra Nepal, og vi fejrer Diwali i familien den 1. november. Må vi tænde lys og fyrværkeri i haven ved vores rækkehus?

Mvh Suman Thapa
""")

M("", """
Hej

Hvad er reglerne for fyrværkeri ved nytår og andre højtider? Vi har mange naboer der fejrer forskellige ting.

Venlig hilsen
Grundejerforeningen Strandparken
""")

M("tsbe", """
Hej

Jeg er en lesbisk kvinde fra Egypten og har fået opholdstilladelse. Jeg har forladt islam, og min familie truer mig. Jeg bor nu i Ishøj og har ingen penge. Jeg har brug for hjælp til at finde et sted at bo.

Ingen navn, tak
""")

M("t", """
Kære borgmester

Jeg er født i Tyrkiet og er dansk statsborger. Jeg er formand for beboerforeningen i Vejleåparken. Vi vil gerne invitere dig til vores sommerfest d. 21. juni.

Venlig hilsen
Hasan Demir
""")

M("hte", """
Hej,

mig er Pakistansk og jeg har 5 børn. Min mand har hjertesygdom og kan ikke arbejde. Vi har søgt førtidspension for ham for et år siden. Hvorfor så lang tid

Shazia Iqbal
cpr nummer [[120779-2356]]
""")

M("", """
Til direktionsassistenten

Kunne direktøren for Center for Voksne og Velfærd tænke sig at deltage i et dialogmøde med Ishøjs etniske foreninger om ældreomsorg?

Med venlig hilsen
Integrationsrådet
""")

M("tb", """
Hej

Min søn er adopteret fra Korea, og vi er baptister. Han skal døbes som voksen i vores frikirke i Hvidovre. Vi vil gerne holde en fest i kommunens lokaler bagefter.

Med venlig hilsen
Inger og Bent Riis
""")
