"""corpus67 part a: domestic violence, the krisecenter, and hard negatives on them."""
from common import M

M("e", """
Til borgerrådgiveren

Jeg bor for tiden på krisecentret sammen med mine to børn, og jeg har fået at vide at
jeg skal finde en bolig selv inden 1. februar. Ingen i Center for Voksne og Velfærd har
ringet tilbage i tre uger. Jeg vil gerne klage over at jeg ikke kan få fat i nogen.

Venlig hilsen
Maja Thorsen
""")

M("eh", """
Kære Karin Hansen (byrådet)

Undskyld jeg skriver til dig privat. Min søster Linda blev slået af sin kæreste igen i
weekenden og har brækket to ribben. Hun er nu på krisecentret men de siger hun skal
flytte om en måned. Kan kommunen ikke skaffe hende en lejlighed? Hun tør ikke tage hjem.

Mvh Susanne
""")

M("", """
Hej

Jeg er frivillig i en lokal forening og vil gerne donere legetøj og tøj til kvinder og
børn på krisecentret i kommunen. Hvem skal jeg kontakte, og hvor skal tingene afleveres?

Tak på forhånd
Birthe Lauritsen
""")

M("", """
Til borgmesterens sekretariat

Hvor mange pladser har kommunen på krisecentre i 2025, og hvor meget af budgettet går
til det? Vi er nogle borgere der har diskuteret det i vores grundejerforening efter
artiklen i Ishøj Avis.

Med venlig hilsen
Jens Ole Brandt
""")

M("ets", """
Hej borgerrådgiver,

My name is Amira and I write in English because my Danish is not so good yet. I came to
Denmark from Iraq three years ago. I had to leave my husband's home because he found out
that I love a woman and he beat me. I am now at the women's shelter in the kommune.
My caseworker says I must apply for kontanthjælp again but nobody helps me with the form.

Thank you
Amira
""")

M("e", """
til hovedpostkassen

min eksmand har fået tilhold mod mig men han står stadig nede ved opgangen på Vejleåparken
hver aften. politiet siger de ikke kan gøre mere. jeg vil gerne have en hemmelig adresse og
flytte. jeg har boet på krisecenter i 4 mdr sidste år. hvem i kommunen kan hjælpe??

Natasja
""")

M("", """
Kære udvalgsformand for Social- og Sundhedsudvalget

Jeg læste i avisen at landets krisecentre mangler penge og at nogle må sige nej til
kvinder. Hvordan står det til i Ishøj? Jeg synes det er en skandale hvis vi ikke har
pladser nok, og jeg håber udvalget tager det op.

Hilsen
Poul Erik Svendsen, pensionist
""")

M("eu", """
Til direktionsassistenten, Børn og Velfærd

Jeg er tillidsrepræsentant for FOA på mit arbejde og skriver også som mor. Min datter på
19 har flyttet ind hos mig efter at hendes kæreste har udøvet vold mod hende. Hun har
ikke noget arbejde og ingen penge. Kan hun søge om kontanthjælp mens hun bor hos mig, og
hvad med boligstøtte til os begge?

Mvh Hanne Dalsgaard
""")

M("hb", """
Kære borgmester

Jeg er muslim og går med tørklæde. I juli blev jeg skubbet omkuld ved busstoppestedet ved
Ishøj Bycenter af en mand som råbte ad mig. Jeg fik hjernerystelse og har stadig
hovedpine. Jeg føler mig ikke tryg, og jeg synes kommunen skal sætte mere lys op der.

Med venlig hilsen
Fatma
""")

M("", """
Til Center for Voksne og Velfærd

Hvad er krisecentrets telefonnummer uden for åbningstid? Jeg er lærer og vil gerne kunne
give det til elever og forældre hvis det bliver nødvendigt. Findes der en folder?

Venlig hilsen
Lærke Bech, Ishøj Skole
""")

M("e", """
Hej Mette

Jeg skriver til dig fordi du er i byrådet og jeg kender din mor. Min nabo i nr. 14 råber
ad sine børn hver aften, og i går hørte jeg et barn skrige og noget der smadrede. Jeg har
lavet en underretning til kommunen om familien i nr. 14, men der er ikke sket noget. Kan du
få nogen til at tage det alvorligt?

Hilsen Rie fra Strandgårdsparken
""")

M("ehs", """
Til borgerrådgiveren

Jeg er en mand på 34 og har været udsat for vold af min mand i flere år. Jeg skammer mig
over at skrive det. Der findes ikke krisecentre for mænd i Ishøj, og på herberget var der
ikke plads. Jeg sover hos en ven nu. Jeg har fået diagnosen PTSD hos min læge.
Hvem i kommunen kan hjælpe mig med en bolig?

Christian L.
""")

M("", """
Hej

Vi er nogle gymnasieelever der laver et projekt om vold i nære relationer. Må vi interviewe
en medarbejder fra kommunen om hvordan I arbejder med det? Vi har fået tilladelse fra
vores lærer.

Mvh Sofie, Emma og Yasmin, 2.g
""")

M("e", """
Kære Jan (formand for Børne- og Skoleudvalget)

Jeg har forældremyndigheden alene over min søn efter skilsmissen, men hans far kommer
stadig hen på skolen og vil hente ham. Der er en samværssag i Familieretshuset. Skolen
siger de ikke må nægte ham. Hvad gælder her?

Med venlig hilsen
Charlotte Vang
""")

M("eht", """
Til Center for Børn og Forebyggelse

Jeg er fra Somalia og bor på krisecentret i Ishøj med min datter på 6 år. Hun har mareridt
og tisser i sengen siden vi flyttede. Psykologen på centret siger hun skal have hjælp fra
kommunen. Hvordan søger jeg det?

Hodan Ali
""")

M("", """
Til hovedpostkassen

Kan I oplyse adressen på krisecentret? Jeg er taxachauffør og har fået en bestilling
dertil i morgen, men adressen står ikke på kortet.

Mvh Ali Haddad, Dantaxi
""")

M("e", """
Til Bjarne Sørensen, byrådet

Jeg vil gerne gøre opmærksom på min veninde Lones situation. Hun er flyttet på krisecenter
med tvillingerne og har ikke råd til at betale huslejen i den lejlighed, hvor hendes
kæreste stadig bor. Boligselskabet truer med udsættelse, og det er hendes navn på
kontrakten. Kan kommunen hjælpe med restancen?

Venlig hilsen
Pia
""")

M("", """
Hej Ishøj Kommune

Jeg arbejder hos en landsdækkende organisation mod partnervold, og vi holder et
informationsmøde i Ishøj Kulturhus den 12. marts. Kunne I lægge det i jeres nyhedsbrev?

Bedste hilsner
Camilla Frost, kommunikationsmedarbejder
""")

M("eh", """
Kære borgerrådgiver

jeg har ringet 5 gange. min sagsbehandler skulle have sendt papirer til krisecentret om
min enkeltydelse til depositum. nu siger krisecentret at de ikke har fået noget og
jeg mister lejligheden. jeg er gravid i 7. måned og kan ikke blive her længere

Rikke
""")

M("et", """
Til Center for Beskæftigelse og Erhverv

Jeg er polsk og har arbejdet på et lager i Hundige. Efter at min kæreste smed mig ud og
tog mine penge, har jeg ikke noget sted at bo og har sagt mit job op fordi jeg ikke kan
komme derhen. Kan jeg få hjælp i Danmark selvom jeg ikke er dansk statsborger?

Best regards / Med venlig hilsen
Katarzyna
""")

M("", """
Kære Social- og Sundhedsudvalg

Som formand for Ishøj Ældreråd vil jeg spørge om kommunen har en plan for ældre
der udsættes for vold fra deres voksne børn. Vi oplever på landsplan at det er et
overset problem. Kan emnet komme på et temamøde?

Med venlig hilsen
Ebba Nørgaard, formand
""")

M("ehu", """
Hej

Jeg er medlem af HK og min fagforening har rådet mig til at skrive til kommunen. Jeg er
sygemeldt med angst efter at min tidligere partner overfaldt mig, og nu vil jobcentret
have mig til opfølgningssamtale på mandag. Jeg kan ikke sidde i et lokale med fremmede
endnu. Kan samtalen foregå over telefon?

Mvh Louise Kjær
""")

M("", """
Til Teknik- og Miljøudvalget

Stien bag Ishøj Station er helt mørk om aftenen, og mange kvinder fra vores afdeling tør
ikke gå der alene. Vi foreslår at der opsættes belysning. Underskrevet af 41 beboere.

Beboerrådet, Ishøj Strandvej
""")

M("eb", """
Til borgmesterens PA

Jeg er præst i en lille frikirke, og en kvinde fra vores menighed bor nu på krisecentret
med sine tre børn. Hun har givet mig lov til at skrive. Hun mangler penge til vinterjakker
og støvler til børnene, og kontanthjælpen rækker ikke. Kan kommunen give en ekstra
hjælp?

Med venlig hilsen
Pastor Henrik Juul
""")

M("e", """
Hej, skriver for min mor som ikke kan skrive dansk. Min far har været voldelig i mange år,
og nu er hun endelig flyttet. Hun har ingen indkomst, min far styrede alle pengene.
Hvordan søger hun kontanthjælp, og skal hun have en tolk?

/Omar (søn, 22 år)
""")

M("", """
Hej med jer

Hvornår lukker krisecentrets genbrugsbutik i julen? Jeg plejer at handle der og vil gerne
give nogle gaver til et godt formål.

Hilsen Gitte
""")

M("ehs", """
Kære Lise

Du kender mig fra Pride-arrangementet sidste år. Jeg er lesbisk og har en kone, og hun er
blevet mere og mere voldelig efter hun begyndte at drikke. Jeg har været på skadestuen to
gange. Jeg tør ikke gå til kommunen med det, for jeg er bange for at de ikke tager mig
alvorligt fordi vi er to kvinder. Kan du give mig et navn?

Kh. Marianne
""")

M("", """
Til borgerrådgiveren

Jeg er pårørende og vil gerne spørge, hvordan man generelt klager over et krisecenter,
som kommunen samarbejder med. Det handler ikke om en bestemt person, men om deres
regler for besøg, som jeg synes er for strenge.

Venlig hilsen
Finn Hedegaard
""")

M("e", """
Kære dagsordensamler for Børne- og Skoleudvalget

Jeg er mor til Noah i 3.b. Efter at jeg og børnene er flyttet på krisecenter, kan Noah
ikke længere tage bussen til skolen. Kan han få bevilget kørsel indtil vi har fået en
ny bolig? Jeg har spurgt skolen, men de henviser til kommunen.

Med venlig hilsen
Sanne Madsen
""")

M("tb", """
Hej

Jeg er jøde og har flere gange fået skrevet grimme ting på min dør i opgangen. Nu har nogen
også smadret min postkasse. Boligselskabet siger at det er en politisag, politiet siger
at det er boligselskabet. Hvem har ansvaret?

Med venlig hilsen
David Rosen
""")

M("", """
Til Center for Voksne og Velfærd

Jeg er journalist på Ishøj Lokalavis og arbejder på en artikel om kommunens indsats på
voldsområdet. Kan I sende mig tal for antallet af henvendelser om partnervold de seneste
tre år?

Med venlig hilsen
Morten Krag, journalist
""")

M("eh", """
Hej Kim (byråd)

min datter er 16 og har en kæreste på 24 som styrer hende og har slået hende. hun er
begyndt at skære i sig selv. jeg har lavet en underretning om hende til kommunen for 2 mdr
siden men ingen har ringet. hvad gør jeg?

fra en meget bekymret far
Lars
""")

M("e", """
Til hovedpostkassen

Min kone og jeg er skilt og jeg har mistet min lejlighed fordi den stod i hendes navn. Jeg
bor på herberget i Glostrup men min søn går i skole i Ishøj. Skal jeg søge boligstøtte
her eller der?

Mvh Brian Holm
""")

M("", """
Kære borgmester

Tillykke med den nye handleplan mod vold i nære relationer. Som medlem af bestyrelsen for
Ishøj Boligselskab vil jeg gerne tilbyde at vi deler informationsmateriale i opgangene.
Skal vi bestille det hos jer?

Venlig hilsen
Henning Lassen
""")

M("ethu", """
Til borgerrådgiveren

Jeg hedder Mariam og er kurder fra Tyrkiet. Jeg arbejder som rengøringsassistent og er
medlem af 3F. Efter at min mand slog mig, har jeg boet på krisecentret i seks uger. Jeg har
blå mærker og smerter i skulderen, og lægen har sagt at jeg skal til scanning. Nu siger
kommunen at jeg skal betale egenbetaling for krisecentret fordi jeg har en løn. Er det
rigtigt?

Mariam Yilmaz
""")

M("", """
Hej

Er krisecentret i Ishøj drevet af kommunen selv eller af en selvejende institution? Jeg
skriver en opgave på pædagoguddannelsen.

Mvh Ida
""")

M("es", """
Til Christina, formand for Social- og Sundhedsudvalget

Min mand og jeg (vi er to mænd, gift i 2019) er plejefamilie for en dreng på 9 år. Drengen
har været anbragt hos os i to år efter vold i hjemmet. Nu vil hans mor have ham hjem, og
vi er bekymrede. Vi har ikke fået indkaldelse til mødet om hans handleplan. Kan du
hjælpe os med at blive hørt?

Med venlig hilsen
Søren og Kasper
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg vil gerne have oplyst om der er blevet lavet en underretning om mig eller mine
børn. Jeg har hørt fra en nabo at nogen har ringet til kommunen efter politiet var her
i fredags. Jeg vil have aktindsigt.

Med venlig hilsen
Camilla P.
""")

M("", """
Til borgerrådgiveren

Jeg vil gerne rose medarbejderne på krisecentret for deres julearrangement for beboerne
i kvarteret. Det var et flot initiativ og godt at de åbner dørene for naboerne.

Venlig hilsen
Inger Mikkelsen, nabo
""")

M("eh", """
Hej

Min mor på 78 bliver holdt fast derhjemme af min bror, som tager hendes pension og ikke
giver hende mad nok. Hun har demens og kan ikke selv ringe. Jeg bor i Jylland. Kan
hjemmeplejen, som kommer hos hende to gange om dagen, ikke se hvad der sker?

Anne-Grethe Poulsen
""")

M("e", """
Kære Dorthe i byrådet

Jeg har fået et brev om at krisecentret vil opkræve 3.800 kr. for min søns ophold
sammen med mig i oktober. Jeg er på kontanthjælp og har ikke pengene. Jeg har
fået en rykker. Kan man få det nedsat?

Venlig hilsen
Jasmin
""")

M("", """
Hej

Jeg skal afholde et motionsløb til fordel for krisecentre i Storkøbenhavn i maj. Kan vi
låne Ishøj Strandpark og få hjælp til skilte? Overskuddet går til en landsorganisation.

Mvh Kenneth, løbeklubben
""")

M("ebt", """
Til hovedpostkassen

Jeg er fra Syrien og er kristen. Min eksmand truer mig fordi jeg er gået fra ham, og hans
familie siger at jeg har bragt skam over dem. Jeg har søgt om en hemmelig adresse i CPR,
men jeg har ikke fået svar. Jeg har nu boet hos min kusine i tre måneder uden egen bolig.

Med venlig hilsen
Rania
""")

M("", """
Kære Social- og Sundhedsudvalg

Vi er en gruppe kvinder fra Ishøj Kvindeforum, og vi vil gerne invitere udvalget til en
temaaften om social kontrol i marts. Der kommer oplægsholdere fra et landsdækkende
rådgivningstilbud. Vil I komme?

Venlig hilsen
Bestyrelsen
""")

M("eh", """
Hej igen, det er Tina der skrev i sidste uge.

Jeg glemte at sige at jeg ikke kan bo i stuen på det sted I har tilbudt, fordi min
eksmand ved hvor det er. Og så tager jeg antidepressiv medicin nu, så jeg kan ikke
flytte alene uden hjælp. Kan jeg få en bostøttemedarbejder?

Tina
""")

M("ep", """
Til borgmesterens PA

Mit hus på Ishøj Landevej er til salg efter skilsmissen, og vi har en køber der har budt
2,1 mio. Min eksmand vil ikke skrive under. Kan kommunen stoppe handlen med vejudvidelsen,
som jeg hørte om? Jeg skal bruge svaret inden fredag.

Med venlig hilsen
Lene Bak
""")

M("", """
Hej

Vi er ved at planlægge den årlige tryghedsvandring i Ishøj Landsby i april, hvor politiet
og kommunen går med. Kan Teknik og Miljø deltage? Sidste år manglede der nogen til at
notere lygtepæle der var gået ud.

Med venlig hilsen
Grundejerforeningen Landsbyen
""")

M("eu", """
Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Dansk Metal og har været ledig i to måneder. Nu er jeg flyttet væk fra
min kæreste efter et voldsomt skænderi og bor midlertidigt på et vandrehjem. Jeg skal
til samtale på jobcentret den 9., men jeg har ingen fast adresse. Hvad skriver jeg?

Henrik Juhl
""")
