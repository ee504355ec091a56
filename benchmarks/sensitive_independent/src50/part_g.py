"""corpus50 part G: employers, shop stewards and colleagues; orientation, faith and origin said in passing; business premises."""
from common import M

M("su", """Hej Helle

Jeg er tillidsrepræsentant for 3F på kommunens genbrugsplads og skriver om en personlig ting: min kæreste Jonas og jeg skal giftes i maj, og jeg vil gerne have, at vi får samme ret til fri som heteroseksuelle kolleger får til bryllup. Personalehåndbogen taler kun om "brud og gom". Kan det rettes?

Mvh Thomas Winther""")

M("", """Til Ishøj Kommune

Vi er en lille rengøringsvirksomhed med 12 ansatte og har fået et tilbud om at overtage et kommunalt rengøringsudbud. Hvad kræver kommunen af os med hensyn til overenskomst?

Mvh Clean Ishøj ApS""")

M("bp", """Kære Ishøj Kommune

Ishøj Muslimske Kulturforening, hvor jeg er kasserer, har givet et bud på den tidligere Netto-bygning på Vejleåvej. Sælger har accepteret med forbehold for kommunens godkendelse af anvendelse til forsamlingssted. Vi beder om en hurtig afklaring, så vi ikke mister bygningen.

Med venlig hilsen
Mustafa Yilmaz""")

M("", """Kan kommunen oplyse, hvor mange moskeer og kirker der ligger i Ishøj? Vi laver en kortlægning af trossamfund i Vestegnen for en forskningsrapport.""")

M("t", """Hej Lars

Jeg er indehaver af en kebabbiks på Ishøj Station og er fra Libanon. Nogle drenge har malet "smut hjem, araber" på min rullegardin i nat. Det er tredje gang. Kan kommunen sætte et kamera op?

Mvh Rami Khoury""")

M("", """Til borgmesteren

Vi er flere erhvervsdrivende på Ishøj Torv der har haft indbrud i år. Vi vil gerne have bedre belysning og tv-overvågning. Kan vi få et møde?

Ishøj Torvs Handelsstandsforening""")

M("ts", """Hej,

Jeg er en kvinde fra Filippinerne og arbejder som au pair i Ishøj. Min kæreste er også en kvinde, Maja, og hendes forældre vil ikke acceptere det. Jeg vil gerne vide om jeg kan flytte ud fra min værtsfamilie og stadig have min opholdstilladelse.

Tak, Rosalie Santos""")

M("", """Kære udvalgsformand

Vi synes at kommunen skal gøre mere for at rekruttere medarbejdere med flygtningebaggrund. Vi har gode erfaringer i vores virksomhed, men vi vil ikke nævne enkelte personer.

Med venlig hilsen
Ishøj Vaskeri A/S""")

M("pe", """Hej Anja

Jeg har drevet frisørsalon i Ishøj Bycenter i 11 år, men nu er jeg nødt til at lukke pga. gæld. Jeg har en køber til salonen, men udlejeren (kommunen) skal godkende overdragelsen af lejemålet, før hun vil betale. Hvis det trækker ud, mister jeg både køber og kan ikke betale min private husleje.

Venlig hilsen
Susan Lind""")

M("", """Er det rigtigt at kommunen har købt Ishøj Strandhotel? Hvad skal det bruges til?""")

M("b", """Kære Pernille

Jeg er vegetar af etiske grunde og arbejder i kommunens storkøkken. Jeg er blevet pålagt at smage på kødretterne, og det vil jeg ikke. Min leder mener ikke, at det er en overbevisning. Hvad siger kommunens regler?

Mvh Simone Dahl""")

M("", """Til direktionen

Som formand for Ishøj Erhvervsforening vil jeg gerne spørge, om kommunen har overvejet at lave en fælles jobportal med nabokommunerne.""")

M("s", """hej Jesper

min kæreste Adam og jeg (ja vi er to fyre) har købt en foodtruck og vil gerne stå ved stranden om sommeren. vi har hørt at der er krav om tilladelse. vi har ikke prøvet det her før. hvor søger vi?

Rasmus""")

M("", """Kære byrådsmedlemmer

Vi er en gruppe af lokale erhvervsdrivende med forskellig etnisk baggrund, og vi vil gerne tilbyde at holde oplæg på skolerne om at starte egen virksomhed. Hvem skal vi kontakte?

Ishøj Iværksætternetværk""")

M("tb", """Hej

Jeg er pakistaner og ahmadiyya-muslim. Jeg har arbejdet som taxachauffør i mange år og vil nu starte mit eget vognmandsfirma. Jeg oplever at nogle kunder og kolleger chikanerer mig pga. min tro. Kan kommunens erhvervsservice hjælpe mig med at finde et kontor i et sikkert område?

Mvh Tariq Mahmood""")

M("", """Kære Ishøj Kommune

Hvad koster det at leje en stand på Ishøj Marked? Vi sælger tyrkiske specialiteter og har gjort det i Brøndby i flere år.

Mvh Ishøj Delikatesse""")

M("p", """Hej Mikkel,

Vores firma har et tilbud om at købe naboejendommen på Industrivej 22 fra et dødsbo. Boet skal først have kommunens attest om jordforurening, før handlen kan gennemføres. Kan du hjælpe med at skubbe til sagen?

Med venlig hilsen
Henning Baagøe, Baagøe Maskinfabrik""")

M("", """Hej Lise

Tak for din tale på 1. maj. Det var godt at høre en politiker sige noget om fagbevægelsen. Vi ses til næste år.

Hilsen Kurt""")

M("bu", """Kære Jens

Jeg er medlem af Enhedslisten og af FOA, og jeg var med i strejken i 2021. Jeg vil gerne spørge, om kommunen vil støtte en lokal lønpulje til sygeplejersker og SOSU'er, når de næste forhandlinger kommer.

Venlig hilsen
Annette Kjær, social- og sundhedsassistent""")

M("", """Til Ishøj Kommune

Jeg er leder af en privat børnehave og spørger generelt: må vi kræve at ansatte ikke bærer religiøse symboler? Vi har ikke nogen konkret medarbejder i tankerne.""")

M("sp", """Hej Kirsten

Min kone Lone og jeg (ja, to kvinder) har budt på den kommunale byggegrund i Tranegilde, og vi står som nr. 1 på listen, hvis den første køber trækker sig. Har I et tidsperspektiv?

Mvh Pernille Wulff""")

M("", """Kære borgerrådgiver

Jeg har hørt at kommunen afskediger medarbejdere på grund af alder. Er det rigtigt? Jeg spørger ikke om mig selv, men jeg har læst det i en Facebook-gruppe.""")

M("t", """Hej

Min kollega på lageret, Ibrahim, er sudanesisk, og vores formand kalder ham hele tiden for "sorte". Jeg er selv dansk og synes det er helt forkert. Hvad kan man gøre, når det sker på en privat arbejdsplads i Ishøj?

Mvh Martin Frederiksen""")

M("", """Hej, hvornår åbner den nye moské på Industrivej? Vi er en nabovirksomhed og vil gerne vide om trafikken om fredagen.""")

M("sb", """Kære byrådsmedlem

Jeg er lesbisk og katolik, og jeg har svært ved at finde mig til rette nogen steder. Jeg arbejder som sekretær i kommunen. Kunne kommunen støtte en lokal forening for LGBT+-troende? Jeg ville gerne hjælpe med at starte den.

Mvh Marianne Skov""")

M("", """Til byrådet

Vi i Ishøj Pensionistforening kræver at kommunen stopper salget af grunden ved Ishøj Landsby til et byggefirma. Den skal bruges til ældreboliger.""")

M("p", """hej

vi har lige fået en køber til vores hus på Lillevangsvej, men vi skal lige have kommunens ok på den nye tilbygning, ellers vil køberen ikke skrive under. mægleren siger det haster. kan i se på det denne uge?

Mads og Louise Riber""")

M("", """Hej, hvordan får man en ejendomsvurdering, hvis man vil sælge sit hus privat uden mægler? Jeg spørger bare generelt, før jeg anbefaler det til vores medlemmer i grundejerforeningen.""")

M("bt", """Hej

Jeg er født i Iran, men har konverteret til kristendommen. Jeg arbejder som pizzabager og er blevet truet af en kunde, som kaldte mig frafalden. Jeg er bange for at gå på arbejde. Hvem i kommunen kan jeg tale med?

Venlig hilsen
Reza Karimi""")

M("", """Kære Karin Winther,

Vi i Kristelig Fagbevægelse holder et debatmøde om sygefravær den 10. oktober. Vi vil gerne have kommunens beskæftigelseschef til at deltage.

Med venlig hilsen
Jan Mogensen, regionskonsulent""")

M("s", """Kære Ishøj Kommune

Jeg arbejder i vuggestuen Solsikken, og jeg er for nylig sprunget ud som pan. En forælder har klaget over at jeg har et regnbueflag på min taske. Lederen har bedt mig tage det af. Er det i orden?

Mvh Alex Kjeldsen""")

M("", """Hej, kan man leje lokaler i Ishøj Kulturhus til et fagligt møde for ca. 60 personer? Det er for en fagforening, og vi skal bruge lokalet en tirsdag aften.""")

M("tp", """Kære Tommy

Vi er en tyrkisk familie, der har drevet grønthandel i Ishøj i 20 år. Vi har nu fået et tilbud om at købe butikslokalet, men banken vil have en erklæring fra kommunen om at lokalet må bruges til detailhandel. Køber ellers en anden. Kan du hjælpe?

Mvh Mehmet Öztürk""")

M("", """Til Teknik og Miljø

Hvornår bliver der solgt byggegrunde i den nye bydel ved Ishøj Strand? Vi er et byggefirma og vil gerne byde.""")

M("b", """Hej Rikke

Jeg er aktiv i Extinction Rebellion og arbejder som ingeniør i et rådgivningsfirma i Ishøj. Vi vil gerne lave en stille demonstration foran rådhuset om kommunens klimaplan. Skal vi søge tilladelse?

Mvh Johan Krog""")

M("", """Hej, er der en bederum på rådhuset? Vi er en gruppe praktikanter fra erhvervsskolen, der skal være der en uge, og vi vil bare vide det på forhånd.""")
