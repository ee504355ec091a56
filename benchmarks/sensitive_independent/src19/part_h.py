"""Part H: mails to the mayor's PA, directors and committee chairs as they arrive in
Outlook: short and slangy, auto-footers, 'Sendt fra min iPhone', mixed labels."""
from common import M

M("", """
hej borgmester
hvornår kommer der en ordentlig legeplads i Vejleåparken? ungerne leger på parkeringspladsen.
mvh en træt mor

Sendt fra min iPhone
""")

M("s", """
Hej borgmester

Jeg vil bare sige tak fordi du kom til vores bryllup på rådhuset. Min kone Tine og jeg var så glade for din tale. Det betød meget for os, at en borgmester sagde "to kvinder" højt uden at tøve.

Kh Nanna
""")

M("", """
Kære direktør for Voksne og Velfærd

Jeg har læst at kommunen vil spare 4 mio. på hjemmeplejen i 2026. Hvordan vil I sikre at kvaliteten ikke falder? Jeg er bekymret som borger.

Venlig hilsen
Jørgen Pind
""")

M("e", """
Fra: Direktionsassistent
Til: Center for Voksne og Velfærd
Emne: VS: Hjemmehjælp

Kvittering sendt. Direktøren i cc.

> Hej. Jeg er 86 og får hjemmehjælp. Den nye hjælper kommer hver gang 2 timer for sent og går efter 5 min. Jeg har ikke fået støvsuget i en måned.
> Hilsen Aase Kragh, Ishøj Søvej 14
""")

M("", """
Kære udvalgsformand for Teknik og Miljø

Jeg foreslår, at kommunen laver en hundeskov i Tranegilde. Der er mange hundeejere i området, og det vil også mindske problemerne på stranden.

Med venlig hilsen
Henrik Lyngby
""")

M("u", """
yo borgmester 
jeg er lærling som tømrer og med i 3F ungdom. vi vil gerne have en snak med dig om lærepladser i kommunen. kan vi komme forbi?
/Malik
""")

M("", """
Til borgmesterens PA

Vi har fået kvittering for vores henvendelse, men den var sendt til en forkert mail (min kones). Kan I sende fremtidig korrespondance til mig?

Mvh
Carsten Høj
""")

M("h", """
Kære borgmester

Jeg er ked af at skulle skrive det her, men min søn Lucas på 15 har været på venteliste til børne- og ungdomspsykiatrien i 11 måneder for sin spiseforstyrrelse. Han vejer nu 41 kg. Jeg ved godt det er regionen, men kan kommunen ikke gøre noget i mellemtiden?

Mvh
Anne Søndergaard
""")

M("", """
Kære borgmester

Tak for et godt borgermøde i går om Ishøj Strand. Jeg syntes især det var godt at I lyttede til de unge.

Venlig hilsen
Marianne
""")

M("t", """
Hej udvalgsformand

Jeg er grønlænder og har boet i Ishøj i 3 år. Jeg vil gerne starte en grønlandsk kulturaften på biblioteket for grønlændere i Vestegnen. Kan kommunen give tilskud?

Qujanaq
Aviaja Lynge
""")

M("", """
Til borgmesteren

Jeg synes det er pinligt at kommunen stadig ikke har en ordentlig cykelparkering ved stationen. Hvor mange gange skal vi spørge?

Hilsen
Lene Mørk
""")

M("bu", """
Hej Poul Vang

Vi mødtes til Folkemødet på Bornholm. Som du ved er jeg medlem af Radikale og sidder i bestyrelsen i min DSR-kreds. Jeg vil gerne invitere dig til en debat om sygeplejerskers arbejdsvilkår i kommunen.

Mvh
Helle Vinding
""")

M("", """
Kære PA

Borgmesteren lovede på borgermødet at vende tilbage om trafikken på Ishøj Strandvej. Det er nu 6 uger siden. Kan I minde ham om det?

Venlig hilsen
Finn Aagaard
""")

M("p", """
Til borgmesteren

Jeg har en betinget handel på mit hus i Ishøj Landsby, men køberen er nervøs over rygtet om at kommunen vil bygge en genbrugsplads på marken bag os. Er der truffet en beslutning? Køberen vil have svar inden fredag.

Mvh
Per Kjær
""")

M("", """
Til borgmesteren

Jeg har hørt at der skal være valg til november. Hvor kan man stemme, hvis man har fået ny adresse?

Mvh
Jytte
""")

M("sb", """
Kære udvalgsformand Henrik Schou

Jeg er biseksuel og aktiv i Alternativet. Jeg vil gerne høre, om kommunen vil deltage i en kampagne mod hadforbrydelser, efter at jeg og min kæreste Emma blev overfaldet ved Ishøj Station i april.

Mvh
Sofie Lund
""")

M("", """
Til direktøren

Det er uacceptabelt at kommunen har brugt 2 mio. kr. på konsulenter til den nye digitaliseringsstrategi. Jeg forventer et svar.

Mvh
Bo Fredsted
""")

M("eh", """
Fra: Dagsordensamler, Social- og Sundhedsudvalget
Til: Hovedpostkassen
Emne: VS: Henvendelse til formanden

Formanden ønsker at administrationen svarer. Ikke relevant som meddelelse til udvalget.

>> Kære formand. Min datter Ida på 23 har en udviklingshæmning og bor i et bofællesskab. Hun har fået frataget sin ledsageordning fordi kommunen mener hun "ikke har behov". Hun kan ikke tage bussen alene. Nu sidder hun inde hele weekenden.
>> Mvh Lars Rindom
""")

M("", """
hej

er der nogen der ved hvorfor skraldet ikke er hentet på Askerød i denne uge?? 

mvh
""")

M("t", """
Kære borgmester

Jeg er marokkaner og har drevet en grøntforretning i 15 år. I sidste uge skrev nogen "gå hjem" på min rude. Jeg har meldt det til politiet, men jeg vil gerne have at kommunen fjerner graffitien hurtigt, for det er kommunens facade.

Mvh
Youssef Benali
""")

M("", """
Til Ishøj Kommune

Jeres nye hjemmeside er meget svær at finde rundt på. Jeg har brugt 20 minutter på at finde telefonnummeret til genbrugspladsen.

Mvh
Signe
""")

M("se", """
Til borgmesteren

Jeg har to mødre, og den ene, Mette, er lige blevet fyret fra sit job. Nu siger de at vi måske skal flytte. Jeg er 13 og kan ikke lide at skifte skole. Kan kommunen hjælpe med at vi kan blive i Ishøj?

Hilsen Frida
""")

M("", """
Kære borgmester

Hvornår åbner den nye svømmehal? Vi har ventet i 3 år.

Mvh
Brian
""")

M("u", """
Til direktør for Beskæftigelse og Erhverv

Jeg er HK-tillidsrepræsentant i et privat firma i Ishøj Erhvervskvarter. Firmaet vil gerne samarbejde med jobcentret om virksomhedspraktik, men vi har ikke fået svar på vores henvendelse fra februar. Kan I følge op?

Mvh
Bente Lauridsen
""")

M("", """
Hej

Vi har modtaget en regning for sommerskole på 1.850 kr. Vores søn har ikke været tilmeldt. Regningsnr. 2006181190.

Mvh
Familien Holt
""")

M("bt", """
Kære udvalgsformand

Jeg er kristen ortodoks og kommer fra Eritrea. Vi er en gruppe på 40 familier der gerne vil leje et lokale til gudstjeneste om søndagen. Vi har spurgt mange steder. Kan kommunen hjælpe?

Med venlig hilsen
Yonas Tesfamariam
""")

M("", """
Til PA for borgmesteren

Jeg har ikke modtaget kvittering for min mail af 3. april om støjskærme. I skriver på hjemmesiden at man får kvittering med det samme.

Mvh
Knud Abildgaard
""")

M("ps", """
Kære borgmester

Min mand og jeg (to mænd, 35 år sammen) har fået et bud på vores hus på Skovvej 12, men det er betinget af at kommunen godkender en ny indkørsel. Vi skal flytte til Odense for at komme nærmere vores datter og børnebørn. Kan du hjælpe med at få sagen igennem?

Mvh
Erling Jessen
""")

M("", """
Til udvalgsformand for Børn og Skole

Jeg er imod at man lukker 10. klasse på Ishøj Skole. Det er et godt tilbud for mange unge.

Mvh
En forælder
""")

M("h", """
Kære borgmester

Jeg er tidligere byrådsmedlem og har lige fået en ny lunge på Rigshospitalet. Jeg vil bare sige tak for blomsterne fra byrådet. Det varmede.

Kh
Jens Kragelund
""")

M("", """
Til direktionen

Jeg vil gerne have oplyst, hvor mange borgerhenvendelser kommunen fik i 2024, og hvor mange der blev besvaret inden for 10 hverdage.

Mvh
Journalist Peter Busk, Folkebladet
""")

M("ueh", """
Hej

Jeg er formand for Dansk Metal Vestegnen og medlem af klubben på Ishøj Værft. Vi har en kollega, Henrik Olsen, der er blevet syg og er gået på sygedagpenge, og jobcentret har indkaldt ham mens han var indlagt. Det er ikke rimeligt.

Mvh
Kaj Dyhr
""")

M("", """
Kære borgmester

Jeg synes at det nye busnet er dårligt. Linje 128 kører ikke længere forbi plejecentret.

Mvh
Gerda
""")
