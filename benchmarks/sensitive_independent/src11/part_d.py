"""corpus11 part D: ethnic origin, descent, skin colour, minorities, slurs; hard negatives."""
from common import M

# --- ethnicity, single category ---------------------------------------------------

M("t", """Kære borgerrådgiver

Min søn på 11 bliver kaldt "perker" af to drenge i klassen hver dag. Vi er fra Pakistan oprindeligt, men han er født her på Hvidovre Hospital. Skolen siger, at det er "drengestreger". Det er det ikke.

Med venlig hilsen
Nasir Ahmad""")

M("t", """Hej Ahmed. Jeg er somalisk og min datter er den eneste sorte pige i sin børnehavegruppe. En pædagog har sagt til hende, at hun skal vaske sig mere. Hvem klager jeg til? /Hodan""")

M("t", """Til Borgerservice

Jeg er grønlænder og er lige flyttet til Ishøj fra Nuuk. Jeg kan ikke få oprettet NemKonto, fordi mit grønlandske personnummer ikke virker i jeres system. Hvad gør jeg?

Venlig hilsen
Aviaja Petersen""")

M("t", """kære borgmester

vi er polske og har boet i ishøj i 9 år. vores børn taler flydende dansk. alligevel bliver vi i den nye boligforening bedt om at "lære reglerne" hver gang vi sætter en cykel forkert. det føles som om det er fordi vi er fra Polen.

Hilsen Katarzyna og Piotr""")

M("t", """Kære Karin

Jeg er adopteret fra Sydkorea som spæd og har altid boet i Ishøj. Ved skranken i Borgerservice spurgte en medarbejder, om jeg havde brug for tolk. Det var pinligt, og jeg synes, I skal lære medarbejderne at lade være med at gætte på folks sprog ud fra udseendet.

Hilsen
Line Kim Madsen""")

M("t", """Til Center for Børn og Forebyggelse

Vi er en romafamilie, og vores børn har i to år fået at vide af andre forældre på legepladsen, at "sigøjnere stjæler". Vi vil gerne have hjælp til et møde med skolen.

Med venlig hilsen
Familien Nikolić""")

M("t", """Hej Lone

Min mand er fra Marokko og jeg er dansk. Vores søn har været udsat for racisme til fodbold, hvor en træner fra et andet hold kaldte ham "lille terrorist". Kan kommunen gøre noget over for klubben, der låner kommunens baner?

Venlig hilsen
Christina El-Idrissi""")

M("t", """Kære udvalgsformand

Jeg er af vietnamesisk afstamning, og mine forældre kom hertil som bådflygtninge i 1979. Jeg vil gerne tilbyde at fortælle min families historie til skoleklasser i Ishøj som en del af historieundervisningen.

Med venlig hilsen
Thanh Nguyen""")

M("t", """hej jeg er halvt thai og halvt dansk og har søgt job som pædagogmedhjælper i tre af jeres institutioner. Jeg kom ikke til samtale nogen steder, selv om jeg har erfaring. mine danske veninder med samme cv kom til samtale. mvh Nittaya""")

M("t", """Til borgmesteren

Jeg er ukrainer og kom til Ishøj i marts 2022. Jeg vil gerne takke kommunen for modtagelsen og spørge, om jeg kan blive frivillig på biblioteket, fordi jeg var bibliotekar i Kharkiv.

Venlig hilsen
Olena Kovalenko""")

M("t", """Kære Kasper

Naboen i nr. 14 har skrevet "sorte svin, skrid hjem" på vores dør. Vi er fra Eritrea. Politiet er kontaktet, men boligselskabet gør ingenting. Kan kommunen hjælpe os med at blive flyttet?

Med venlig hilsen
Yonas Tesfaye""")

M("t", """Hej, min svigerfar er tamil fra Sri Lanka og taler kun lidt dansk. Han skal have en samtale om sit pas på Borgerservice. Må jeg komme med som tolk? /Priya""")

M("t", """Til hovedpostkassen

Vi er en kurdisk familie, og min mor kommer i ældreklubben på aktivitetscentret og ønsker en kurdisk-talende frivillig at tale med, hvis det er muligt. Hun bliver forvirret, når hun skal tale dansk.

Venlig hilsen
Dilan Aydin""")

M("t", """Kære Hanne

Jeg er født i Ishøj af forældre fra Tyrkiet. Som andengenerationsindvandrer vil jeg gerne være med i kommunens nye integrationsråd. Hvordan søger man?

Med venlig hilsen
Serkan Yilmaz""")

M("t", """Hej Peter

Jeg har mørk hud, og jeg blev i går stoppet af en kontrollør i svømmehallen, som bad mig vise kvittering, mens de hvide drenge foran mig bare gik ind. Jeg vil gerne klage.

Hilsen Kwame, 17 år""")

M("t", """Til Center for Voksne og Velfærd

Min farmor er færing og flytter til Ishøj til foråret for at bo tættere på os. Findes der informationsmateriale om kommunens aktivitetstilbud til ældre på færøsk? Hun forstår færøsk bedre end dansk.

Venlig hilsen
Jógvan Hansen""")

M("t", """Kære borgmester

Vi er tre bosniske kvinder, der kom som flygtninge i 1993. Vi vil gerne lave en udstilling på biblioteket om vores vej til Ishøj. Kan vi få et lokale i maj?

Venlig hilsen
Amra, Selma og Mirsada""")

M("t", """hej, min søn er brun og har fået at vide af en lærer på 7. årgang at han "nok ikke kommer på gymnasiet alligevel". vi er fra Afghanistan men han er født her. hvad kan jeg gøre?? mvh Mariam""")

M("t", """Til udvalget for Børn og Skole

Jeg er etnisk dansker, gift med en kvinde fra Ghana, og vores datter har fået afslag på at gå på den afdeling, hun ønskede, med henvisning til "fordeling af tosprogede elever". Hun er født i Danmark og taler kun dansk.

Med venlig hilsen
Jesper Owusu Nielsen""")

M("t", """Kære Anja

Min mor er inuit og har boet i Danmark i 40 år. I seniorklubben på biblioteket kalder en af de frivillige hende "eskimoen". Det er ikke i orden. Kan du tage det op med lederen af klubben?

Venlig hilsen
Naja Kristiansen""")

M("t", """Hej. Jeg er syrer og vil gerne åbne en frisørsalon på Ishøj Torv. Skal jeg have en særlig tilladelse? Tlf. 52 19 84 03. Mvh Ahmad Haddad""")

M("t", """Til borgerrådgiveren

Jeg er født i Chile og kom til Danmark som flygtning i 1974. Ved en borgerservicesag blev jeg bedt om at vise opholdstilladelse, selvom jeg har været dansk statsborger i 30 år. Jeg synes ikke, det er ok.

Med venlig hilsen
Rodrigo Fuentes""")

M("t", """hej Lone! min kæreste er fra Nigeria og jeg er fra Ishøj. vi har fået at vide at hun skal til dansk-prøve før hun kan få bopæl hos mig. er det rigtigt? mvh Mikkel""")

M("t", """Kære borgmester

Da jeg var til samråd om det nye boligområde, råbte en mand efter mig, at "sådan en neger som dig" ikke skulle blande sig i Ishøjs planer. Jeg har boet her i 25 år og er fra Gambia oprindeligt. Jeg håber, byrådet tager afstand.

Med venlig hilsen
Lamin Jallow""")

# --- ethnicity with other categories ---------------------------------------------

M("tb", """Til Center for Børn og Forebyggelse

Vi er somaliere og muslimer, og vores søn må ikke spise svinekød. I vuggestuen har han nu tre gange fået leverpostej med flæsk. Vi beder om, at der bliver holdt øje med det.

Med venlig hilsen
Abdi og Fadumo Hassan""")

M("tb", """Kære udvalgsformand

Jeg er palæstinenser og kristen (ortodoks). Folk antager altid, at jeg er muslim, også i kommunens integrationsforløb, hvor vi fik udleveret en brochure om moskeer. Det var lidt sjovt, men også trættende.

Venlig hilsen
George Khoury""")

M("te", """Hej Kasper

Jeg er fra Afghanistan og har været på integrationsydelse i to år. Nu har jeg fået et job som buschauffør, men jeg har fået brev om at jeg skal betale 9.000 kr. tilbage. Hvorfor?

Mvh Jawad""")

M("th", """Til Sundhedsplejen

Min kone er fra Somalia og er lige blevet gravid med vores første barn. Hun er omskåret og er bange for fødslen. Findes der en sundhedsplejerske, der kender til det og kan tale med hende?

Venlig hilsen
Mohamed Ali""")

M("tu", """Kære borgmester

Jeg er født i Bosnien og har arbejdet på kommunens vejhold i 20 år. Jeg er tillidsrepræsentant for 3F. Flere af mine kolleger med udenlandsk baggrund oplever, at de får de hårdeste opgaver. Jeg vil gerne have et møde.

Med venlig hilsen
Emir Hodžić""")

# --- hard negatives on ethnicity and integration ----------------------------------

M("", """Hej, kan man bestille en arabisktalende tolk til et forældremøde på skolen, og hvem betaler? Mvh Skolebestyrelsen, Gildbroskolen""")

M("", """Kære borgmester

Hvor mange flygtninge har Ishøj modtaget i 2024, og hvor mange er kommet i job? Jeg skriver læserbrev til Ishøj Avis.

Venlig hilsen
Vagn Olsen""")

M("", """Til Center for Byudvikling og Natur

Kan vi låne Ishøj Bypark til en international madfestival i juni med boder fra 20 lande? Vi forventer 1.500 gæster.

Med venlig hilsen
Ishøj Kulturforening""")

M("", """Hej Ahmed

Vejen foran Ishøj Bycenter er helt fyldt med huller. Kan det blive lavet inden vinteren? 

Hilsen Fatima""")

M("", """Kære Karin

Jeg hedder Mohammed og skriver om parkeringen ved Strandskolen. Forældrene holder i dobbelt række hver morgen kl. 7.50, og det er farligt for børnene.

Mvh Mohammed""")

M("", """Til integrationsrådet

Hvornår holder rådet sit næste møde, og er det åbent for offentligheden? 

Venlig hilsen
Sonja""")

M("", """Hej, hvad er åbningstiderne på sprogskolen i Ishøj, og hvor ligger den? Jeg underviser selv og vil gerne besøge den med mine kolleger. /Kirsten""")

M("", """Kære udvalgsformand

Jeg synes, kommunen skal gøre mere for at bekæmpe racisme i foreningslivet, for eksempel med kurser for trænere. Det er et vigtigt emne for hele byen.

Med venlig hilsen
Anne Skovgaard""")

M("", """Hej Lone, Olena her. Jeg vil gerne høre, om biblioteket har bøger på engelsk for børn. Mine børn læser mest engelsk. Tak!""")

M("", """Til Borgerservice

Hvilke papirer skal en EU-borger medbringe for at få et sundhedskort? Jeg hjælper i en forening for nye borgere.

Med venlig hilsen
Bent Lykke, Frivilligcenter Ishøj""")

M("", """Kære Kasper

Tak for et godt arrangement til Ishøj Kulturnat. Den tyrkiske dansegruppe og det grønlandske trommedanserkor var fantastiske. Mere af det!

Hilsen Tove""")

M("", """Hej. Jeg hedder Imran og har et spørgsmål om storskrald: henter I også gamle køleskabe? Adresse: Vejlebrovej 61, 1. th. Tlf 26 73 51 02.""")

M("", """Til hovedpostkassen

Jeg vil gerne anmelde, at nogen har malet racistiske tegninger på tunnelen under Ishøj Stationsvej. Kan de blive fjernet hurtigst muligt?

Venlig hilsen
Jonas Fisker""")

M("", """Kære borgmester

Hvor mange medarbejdere i kommunen taler et andet sprog end dansk? Og har kommunen en politik for sprogbrug i borgerservice?

Mvh Ib Rasmussen""")

M("", """Hej Hanne, hvornår starter holdet i "Dansk for nye borgere" på biblioteket igen? Jeg vil gerne være frivillig underviser. Hilsen Bodil""")

M("", """Til udvalget

Vi er en gruppe forældre, der gerne vil have, at skolen tilbyder modersmålsundervisning i flere sprog. Det gavner alle børn at kunne flere sprog.

Med venlig hilsen
Forældrerådet, Vibeholmskolen""")

M("", """Kære Peter

Kan du fortælle, hvordan kommunen fordeler flygtninge på de forskellige boligområder? Jeg er ikke imod, jeg vil bare forstå systemet.

Hilsen Ulla""")

M("", """Hej, jeg er underviser på VUC og vil gerne have en liste over kommunens foreninger for nydanskere til mine kursister. Findes den? /Kasper Bro""")

M("", """Til Borgerservice

Jeg skal forny min fars pas. Han bor i Spanien om vinteren. Kan det gøres fra ambassaden i Madrid?

Venlig hilsen
Hanne Gram""")

M("", """Kære Anja

Ishøj Fodboldklub holder integrationsturnering den 7. september. Vil du dele præmierne ud?

Med venlig hilsen
Turneringsudvalget""")
