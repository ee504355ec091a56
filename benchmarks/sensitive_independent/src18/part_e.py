"""Part E: sexual_orientation — positives (incl. same-sex partner signals) and hard negatives."""
from common import M

M("sh", """
Hej

Min kone Sara og jeg (Line) venter vores første barn, og jeg skal være medmor. Hvordan registrerer vi medmoderskab, og skal kommunen involveres?

Mvh Line Thomsen
""")

M("s", """
hej jeg er 16 og er lige sprunget ud som bi. der er nogle i klassen der skriver grimme ting om mig på snap. ved ikke hvem jeg skal sige det til på skolen. kan I hjælpe
""")

M("s", """
Kære borgmester

Tak for at flaget blev hejst til Copenhagen Pride. Som homoseksuel mand, der voksede op i Ishøj i 80'erne, betyder det mere end du tror.

Venlig hilsen
Torben Aagaard
""")

M("sh", """
Hej

Min mand Henrik er indlagt efter et hjertestop, og personalet på plejehjemmet vil ikke give mig oplysninger, fordi de "kun taler med familie". Vi har været gift i 12 år.

Mvh
Peter Juel
""")

M("s", """
Hej, vi er to fædre (Kasper og Amir) der gerne vil høre om vi kan blive godkendt som plejefamilie. Er der forskel på reglerne for os?
""")

M("s", """
Til Skole og Dagtilbud

Vores datter har to mødre, og i skolens nye skema til forældrekontakt står der "Mor" og "Far". Kan I lave det om til "Forælder 1 og 2"?

Med venlig hilsen
Anne og Mette Kjær-Rasmussen
""")

M("s", """
Hej

Jeg er lesbisk og har oplevet at min nabo kalder mig "pervers" og har skrevet noget på vores dør. Hvad gør man? Politiet henviser til kommunen.

Mvh
Julie Bonde
""")

M("s", """
hej jeg er en bøsse på 67 og vil gerne høre om der findes et seniortilbud for LGBT+ i Ishøj eller omegn. jeg er lidt ensom efter min partner Leif døde
""")

M("s", """
Kære Kultur- og Fritidsudvalget

Jeg er formand for vores lokale regnbuefamilienetværk og selv far i en regnbuefamilie med min mand. Vi søger 5.000 kr. til en sommerfest.

Mvh
Morten Skovgaard
""")

M("se", """
Hej,
Min ekskone og jeg er gået fra hinanden, og vi er uenige om samværet med vores søn. Hun vil flytte til Aarhus med sin nye kæreste, Camilla. Hvem kan hjælpe os?
Anders
""")

M("s", """
Hej Jobcentret

Til jobsamtalen blev jeg spurgt om min "kæreste" og da jeg sagde han hed Jesper, blev stemningen helt mærkelig. Jeg er en mand og synes det var ubehageligt. Vil gerne klage.

Mvh Christian
""")

M("s", """
Hej

Jeg er pansexual og ikke-binær, og jeg undrer mig over at skolens toiletter kun er opdelt i dreng/pige. Kan vi få et kønsneutralt toilet?

/Alex, 9.b
""")

M("s", """
Til borgerrådgiveren

Jeg og min kæreste Maria (vi er begge kvinder) blev bedt om at "tone det ned" af en medarbejder i svømmehallen, da vi holdt i hånd. Et heteropar ved siden af blev ikke sagt noget til.

Venlig hilsen
Nanna Holst
""")

M("s", """
hej, vores søn har lige fortalt os at han er homo. vi vil gerne støtte ham, men ved ikke helt hvordan. har kommunen en rådgiver eller kan I anbefale noget? 
mvh Susanne
""")

M("s", """
Hej

PS: Hvis I skal bruge min ægtefælles oplysninger til ansøgningen, så hedder hun Hanne Winther. Jeg er selv Birgitte Winther.

Mvh Birgitte
""")

M("sb", """
Kære byrådsmedlem

Jeg er asexual og samtidig aktiv i Alternativet. Vi vil gerne have et arrangement om seksuel mangfoldighed på biblioteket – vil du støtte det?

Mvh
Sebastian Lind
""")

M("s", """
Hej

Min mand Rasmus og jeg, Jakob, skal giftes på rådhuset den 14. august. Er der mulighed for at få vielsen i Arken-haven i stedet?

Mvh
Jakob Sørensen
""")

M("se", """
Til Udvalget for Social og Sundhed

Jeg er transkvinde og lesbisk, og jeg har fået at vide af hjemmeplejen, at de kun sender mandlige hjælpere til mig. Det er krænkende.

Venlig hilsen
Karen Westergaard
""")

M("s", """
Hej

Min ven Mads er bøsse og blev overfaldet ved Ishøj Station i weekenden. Der er ingen kameraer. Kan kommunen sætte belysning og kameraer op?

Mvh Frederik
""")

M("s", """
hej lol har lige set at vi kan få gratis kondomer gennem sundhedsplejen?? jeg og min kæreste (vi er to drenge) vil gerne have nogle. hvor henter man dem
""")

M("sh", """
Hej

Min kone Tine og jeg (Rikke) har været i fertilitetsbehandling i to år og har nu fået vores søn. Kan vi få sundhedsplejerske, selvom han er født på privatklinik?

Mvh Rikke
""")

M("s", """
Kære Ishøj Kommune

Jeg er biseksuel, gift med en mand, og har lige meldt mig som frivillig i LGBT+ Ungdom. Vi vil gerne lave et ungdomscafé-tilbud i Ungdomshuset.

Mvh
Sofie Kjeldgaard
""")

M("sb", """
Hej

Jeg har to mødre og skal i konfirmationsforberedelse. Præsten spurgte hvem der var min "rigtige" mor. Kan kommunen sige noget til det? Eller er det kirken?

/Freja 7.b
""")

M("se", """
Hej,

Jeg er bøsse og blev smidt ud hjemmefra da jeg var 18. Nu er jeg 19 og bor hos venner. Kan jeg få uddannelseshjælp og hjælp til en ungdomsbolig?

Mvh
Ali
""")

M("s", """
Hej Lise

Vil bare sige tak for dit indlæg om LGBT-vennlige skoler. Som homosexuel lærer i kommunen føler jeg mig set.

Mvh
Jesper (lærer på Vibeholmskolen)
""")

M("s", """
Til Dagtilbud

Vores søn har to fædre – Thomas og jeg. Til morgenmøde i vuggestuen bad pædagogen om "mors" telefonnummer. Kan I rette kontaktlisten?

Hilsen
Jonas Frost
""")

M("s", """
hej, hvornår åbner Regnbuecaféen igen? jeg kom der fast før, det hjalp mig meget da jeg sprang ud som lesbisk. kh Mia
""")

M("se", """
Vedr. plads på plejehjem for ægtepar

Min mand Erik og jeg (Gunnar) har været sammen i 45 år. Vi ønsker at bo sammen på plejehjemmet, men vi har fået at vide at der kun er enkeltboliger. Gælder reglen om ægtepar ikke os?

Gunnar Friis
""")

M("s", """
Hej

Jeg er queer og vil gerne søge tilskud til en filmaften i Kulturhuset om queer historie i Vestegnen.

Mvh Robin
""")

M("s", """
Hej, min kone Lotte og jeg flytter til Ishøj fra Herning. Jeg er selv kvinde, det står forkert i jeres system at Lotte er gift med en "Hr.". Kan I rette det?
Mvh Kirsten Bak
""")

# --- hard negatives ---
M("", """
Hej, hvornår er Pride i Ishøj i år, og holder kommunen en parade?
""")

M("", """
Kære Borgmester

Vi er meget stolte (proud!) af vores håndboldhold der vandt DM. Kan byrådet give en reception? It's a matter of pride for hele byen.

Mvh Ishøj IF Håndbold
""")

M("", """
Hej

Min mand og jeg (Anja) vil gerne høre om vielser på rådhuset – hvor lang tid i forvejen skal man booke?

Mvh Anja
""")

M("", """
Hej, min kæreste og jeg flytter sammen – hvordan melder vi flytning? Skal begge gøre det?
""")

M("", """
Hej

Har kommunen en politik om LGBT+-inklusion i skolerne? Jeg læste at 1 ud af 10 LGBT-unge oplever mobning. Hvad gør Ishøj?

Mvh
Karsten Holm
""")

M("", """
Kære Kultur- og Fritidsudvalget

Kan biblioteket få flere bøger om regnbuefamilier til børn? Vi er en børnehave, der gerne vil læse dem højt.

Mvh
Børnehaven Solstrålen
""")

M("", """
Hej, vil bare sige at jeg er stolt af at bo i Ishøj. Tak for de flotte blomsterbede ved rundkørslen.
""")

M("", """
Hej

Min kone og jeg (Niels) har meldt os til åbent hus på Strandgårdskolen. Kan man se SFO'en samme dag?

Mvh Niels
""")

M("", """
Hej, hvilken farve har regnbuefortovet ved Kulturhuset – skal det males om? Det er slidt.
""")

M("", """
Hej

Jeg er journalist og skriver om Pride-flag på rådhuse. Har Ishøj Kommune hejst regnbueflaget i år, og hvem besluttede det?

Mvh
Cecilie Vang, Sjællandske
""")

M("", """
Til Skolebestyrelsen

Jeg er imod at skolen underviser 1. klasse i kønsidentitet. Det bør vente til de er ældre. (jeg har ingen børn på skolen, men følger debatten)

Mvh Poul
""")

M("", """
Hej, holder Ishøj Bibliotek arrangement i Pride-ugen? Min nevø vil gerne komme.
""")

M("", """
Hej

Jeg leder efter et kursus i parterapi for par der har fået børn. Tilbyder Familiehuset noget? Min kæreste og jeg er nybagte forældre.

Mvh Kim
""")

M("", """
Hej, er det rigtigt at kommunen giver tilskud til Pride-foreninger? Hvor meget er der givet i 2024?
""")

M("", """
Kære byrådsmedlem

Jeg læste at en politiker i Køge er sprunget ud som homoseksuel. Synes det er flot – burde vi ikke have en mangfoldighedspolitik i Ishøj også?

Mvh
Tove
""")
