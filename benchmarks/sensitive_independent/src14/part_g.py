"""Part G: council members' inboxes - identity, work and union stories, mostly several categories."""
from common import M

M("su", """
Hej Kasper

Jeg er HK-tillidsrepræsentant i Borgerservice og selv lesbisk. En kollega er blevet udsat for grove kommentarer om sin kæreste fra en borger ved skranken, og ledelsen har ikke gjort noget. Jeg vil gerne have at byrådet laver en politik mod chikane fra borgere.

Mvh
Tina Vestergaard
""")

M("s", """
hej morten. min kæreste hedder Jonas og vi er begge drenge på 19. vi blev råbt efter i bussen i går ved ishøj st. af nogle fyre. det er tredje gang. hvorfor er der ingen vagter om aftenen?? /Oliver
""")

M("", """
Hej Morten

Der har været flere episoder med chikane og overfald i busserne om aftenen på linje 300S gennem Ishøj. Jeg synes kommunen skal presse Movia for at få vagter med.

Mvh
Ulla
""")

M("tu", """
Kære Lone

Jeg er filippinsk og arbejder som sosu-hjælper i hjemmeplejen i Ishøj. Jeg er medlem af FOA. Flere borgere har nægtet at få hjælp af mig på grund af min hudfarve, og min leder siger bare at "borgeren har frit valg". Er det virkelig kommunens politik?

Venlig hilsen
Maricel Santos
""")

M("", """
Kære Lone

Hvad er kommunens politik, når en borger i hjemmeplejen beder om ikke at få besøg af medarbejdere med en bestemt baggrund? Jeg er leder i en privat hjemmeplejevirksomhed og vil gerne vide hvordan kommunen håndterer det.

Venlig hilsen
Bettina Krog
""")

M("su", """
Kære Anne

Min mand, Peter, og jeg er begge pædagoger og BUPL-medlemmer. Vi har søgt om at komme på kommunens liste som aflastningsfamilie, men sagsbehandleren spurgte om "børnene ikke ville blive forvirrede af to fædre". Jeg skriver for at høre om det er kommunens holdning.

Med venlig hilsen
Anders Bech
""")

M("ts", """
Kære borgmester

Jeg er trans kvinde og mine forældre er fra Eritrea. Jeg bor på Ishøj Strandvej med min kæreste, Sara. Vi har oplevet chikane fra en nabo der skriver ting på vores dør. Jeg har anmeldt det, men vil gerne have at kommunen som udlejer også tager det alvorligt.

Hilsen
Hanna Tesfaye
""")

M("u", """
Hej Kasper

Jeg sidder i bestyrelsen for Krifa i Køge Bugt og er selv medlem der. Vi vil gerne invitere til et debatmøde om arbejdsglæde i den offentlige sektor. Må vi bruge rådhusets mødesal?

Mvh
Ester Poulsen
""")

M("", """
Hej Kasper

Kan foreninger og organisationer låne mødesalen på rådhuset? Hvad koster det, og hvordan booker man?

Mvh
Ester
""")

M("eu", """
Kære Morten

Jeg er 58 og har været ledig i 14 måneder efter 30 år som maskinarbejder. Jeg er medlem af Dansk Metals a-kasse, og min dagpengeperiode udløber til foråret. Jobcentret har sendt mig på CV-kursus for tredje gang. Jeg har brug for en uddannelse, ikke et kursus.

Med venlig hilsen
Leif Hjorth
""")

M("ht", """
Hej Anne

Min mand Kaan er tyrkisk og har lige fået konstateret type 2-diabetes. Han vil gerne på et af kommunens patientforløb, men de foregår kun på dansk. Er der mulighed for et hold på tyrkisk?

Vh Marie
""")

M("", """
Hej Anne

Kunne Sundhedshuset lave patientforløb for diabetikere på andre sprog end dansk? Der bor mange med tyrkisk og arabisk baggrund i Ishøj, og diabetes er udbredt i de grupper.

Vh Marie Aydın
""")

M("bu", """
Kære Lone

Jeg er lærer, DLF-medlem og aktivt medlem af Dansk Folkeparti. Jeg synes det er forkert at vi skal bruge undervisningstid på temauger om mangfoldighed. Jeg ved at du er uenig, men jeg ønsker en dialog.

Venlig hilsen
Jan Lykkegaard
""")

M("s", """
Kære Kasper

Jeg er 71 og har levet alene hele mit liv, fordi det ikke var muligt at være åbent homoseksuel da jeg var ung. Nu er jeg ved at blive gammel, og jeg er bange for at komme på plejehjem og skulle skjule mig igen. Har plejecentrene nogen retningslinjer for LGBT+-ældre?

Med venlig hilsen
Erik Bonde
""")

M("", """
Kære Kasper

LGBT+-ældre oplever ofte at skulle gå i skabet igen når de kommer på plejehjem. Jeg foreslår at kommunens plejecentre bliver certificeret som regnbuevenlige.

Venlig hilsen
Ældre Sagen, netværk for LGBT+-ældre
""")

M("tu", """
Hej Morten

Jeg er fra Litauen og arbejder på slagteriet i Køge. Jeg er medlem af NNF. Min datter går i Ishøj Skole og får ikke modersmålsundervisning i litauisk, selv om vi har bedt om det to gange. Hvorfor ikke?

Med venlig hilsen
Rasa Petrauskienė
""")

M("", """
Hej Morten

Hvilke sprog tilbyder Ishøj Kommune modersmålsundervisning i, og hvem har ret til det?

Mvh
Jan
""")

M("hsu", """
Kære Anne Sejr

Min kone Hanne, som er sygeplejerske og i DSR, har været sygemeldt med brystkræft i et halvt år. Jeg hedder Maria, og jeg skriver fordi hendes arbejdsplads (plejecentret) nu har indkaldt hende til en fraværssamtale. Er det virkelig sådan man behandler sine medarbejdere?

Mvh
Maria Lund
""")

M("bt", """
Kære byrådsmedlem

Jeg er sikh og bærer turban. Jeg har søgt job som buschauffør hos den operatør der kører kommunens busser, men de siger at turban ikke passer til uniformen. Jeg er født i Punjab og kom til Danmark som 12-årig.

Med venlig hilsen
Harpreet Singh
""")

M("", """
Kære byrådsmedlem

Stiller kommunen krav om at busoperatørerne følger ligebehandlingsloven, fx i forhold til religiøse hovedbeklædninger? Det burde stå i kontrakten.

Mvh
Institut for Menneskerettigheder (henvendelse fra medarbejder, ikke officielt)
""")

M("su", """
Hej Lone

Som bi og som 3F'er har jeg siddet med på mange møder om ligestilling i fagbevægelsen. Jeg vil gerne foreslå at kommunen deltager i Pride med en vogn i år. Vi fra 3F's LGBT+-netværk hjælper gerne.

/Mads Kjeldsen
""")

M("", """
Hej Lone

Deltager Ishøj Kommune i Copenhagen Pride i år? Hvis ja, hvornår og hvor?

/Mads
""")

M("teh", """
Kære Kasper

Jeg er grønlænder og har boet i Ishøj i 20 år. Jeg har KOL og får hjemmehjælp to gange om ugen. Min hjemmehjælper har sagt højt at "grønlændere jo drikker". Jeg drikker ikke. Jeg vil ikke have hende igen.

Venlig hilsen
Aviaja Kristiansen
""")

M("u", """
Hej Anne

Jeg var tillidsrepræsentant for HK'erne i Ydelseskontoret indtil jeg gik på pension sidste år. Jeg vil gerne advare om at jeres nye it-system til sagsbehandling lader til at have alvorlige problemer. Jeg har ikke nogen personlig sag.

Venlig hilsen
Jytte Clausen
""")

M("ts", """
Hej Kasper

Min kæreste Ali og jeg (begge mænd) er lige flyttet til Ishøj fra Aarhus. Ali er fra Iran og har asyl her, fordi han ikke kunne leve som homoseksuel i Iran. Vi leder efter et fællesskab i Ishøj. Ved du om der findes noget?

Mvh
Mathias Berg
""")

M("", """
Hej Kasper

Findes der nogen LGBT+-fællesskaber i Ishøj eller omegn? Jeg skriver for en ven.

Mvh
Mathias
""")

M("bs", """
Kære byrådsmedlem

Jeg er præst i folkekirken og gift med en kvinde, Marianne. Jeg vil gerne invitere dig til en regnbuegudstjeneste i Ishøj Kirke i august. Det er vigtigt for mig at vise at tro og kærlighed går hånd i hånd.

Med venlig hilsen
Sognepræst Birgitte Lund
""")

M("", """
Kære byrådsmedlem

Ishøj Kirke holder regnbuegudstjeneste søndag den 17. august kl. 14. Alle er velkomne, og der er kaffe bagefter.

Venlig hilsen
Ishøj Sogn
""")

M("eu", """
Hej Morten

Jeg er medlem af FOA og arbejder som dagplejer i Ishøj. Kommunen har ikke udbetalt min løn for oktober korrekt – der mangler 6.800 kr. Jeg har bedt FOA om hjælp. Jeg kan ikke betale min husleje til tiden.

Mvh
Zeynep Öztürk
""")

M("t", """
Hej Morten

Jeg er roma og har boet i Danmark i 15 år. Hver gang jeg kommer ind i Bycentret bliver jeg fulgt af vagterne. Det er ydmygende. Kan kommunen tale med centret?

Hilsen
Florin Lăcătuș
""")

M("", """
Hej Morten

Kommunen bør tale med Bycentrets ledelse om vagternes adfærd. Jeg har flere gange set dem følge efter unge med anden etnisk baggrund. Det er diskrimination.

Hilsen
Bente Harboe
""")

M("su", """
Kære Lone

Min kone Sanne og jeg (jeg er kvinde) arbejder begge i rengøringen på rådhuset og er 3F-medlemmer. Vi vil gerne vide om det er rigtigt at rengøringen skal udliciteres. Vi har ikke fået noget at vide fra vores chef.

Venlig hilsen
Pia Bjerre
""")

M("tb", """
Kære borgmester

Jeg er palæstinenser og muslim. Jeg vil gerne takke for at kommunen stillede Medborgerhuset til rådighed for vores mindestund. Det betød meget for mig og min familie.

Med venlig hilsen
Khaled Abu Ali
""")

M("", """
Kære borgmester

Hvorfor stiller kommunen lokaler til rådighed for politiske demonstrationer? Medborgerhuset bør være for foreninger og ikke for aktivisme.

Mvh
Villy Kruse
""")

M("hs", """
Hej Anne

Jeg er en mand på 52 og min mand døde af aids i 1995. I dag lever jeg selv med hiv, velbehandlet. Jeg er frivillig i AIDS-Fondet og vil gerne tilbyde et oplæg for unge på kommunens skoler.

Med venlig hilsen
Torben Skov
""")

M("u", """
Kære udvalgsformand

Som medlem af Djøf og jurist i en stor organisation vil jeg gerne tilbyde gratis juridisk rådgivning i frivilligcentret en aften om måneden. Hvem skal jeg kontakte?

Med venlig hilsen
Christina Ravn
""")

M("tu", """
Hej Kasper

Jeg er fra Ghana og har arbejdet som rengøringsassistent på Ishøj Plejecenter i 8 år. Jeg meldte mig ind i 3F sidste år efter en kollega blev fyret uden grund. Nu har min leder sagt at jeg "ikke passer ind i teamet". Jeg er bange for at det er fordi jeg er sort.

Kofi Asante
""")

M("s", """
Kære Lone

Jeg er aseksuel og er træt af at kommunens sundhedsplejersker i 8. klasse antager at alle unge er interesserede i sex. Jeg er 16 og går på Strandskolen. Kan det ikke nævnes at man kan være aseksuel?

Anonym elev
""")

M("ets", """
Kære Anne

Jeg er fra Colombia og kom hertil med min danske kone, Line. Vi er nu skilt, og jeg er bange for at miste mit opholdsgrundlag. Jeg arbejder og betaler skat. Jeg skriver fordi kommunens integrationsafdeling siger at de ikke kan hjælpe mig.

Med venlig hilsen
Camila Restrepo
""")

M("u", """
Kære Morten

Jeg er tillidsrepræsentant for buschaufførerne hos Arriva i Ishøj og medlem af 3F Transport. Vi har fået at vide at linje 128 bliver omlagt, og vi vil gerne høre hvad byrådet ved. Kan du give os et svar inden fredag?

Med venlig hilsen
Kenneth Lauritsen
""")
