"""corpus50 part D: the workplace: dismissals, wage disputes, union matters, faith, origin and orientation at work."""
from common import M

M("su", """Hej Louise

Jeg er lesbisk og har arbejdet i kommunens tandpleje i 6 år. Efter jeg viste et billede af min kone og vores datter til julefrokosten, er en kollega begyndt at kalde mig "manden i klinikken". Min tillidsrepræsentant i HK siger jeg skal gå til ledelsen, men jeg er bange. Kan jeg skrive til borgerrådgiveren om det?

Mvh Camilla Friis""")

M("", """Kære byrådsmedlem

Jeg synes kommunen skal flage med regnbueflaget under Copenhagen Pride også på rådhuset. Det er et godt signal til alle ansatte.

Venlig hilsen
Rune""")

M("u", """Til direktionen

Som tillidsrepræsentant for BUPL i Børnehuset Regnbuen vil jeg gøre opmærksom på, at tre kolleger ikke har fået deres tillæg for særlige opgaver udbetalt siden august. Jeg har selv det samme problem. Vi beder om et møde.

Med venlig hilsen
Signe Ottesen, TR""")

M("", """Til HR

Hvilken overenskomst dækker kommunens rengøringsassistenter – er det FOA eller 3F? Jeg skal søge job og vil gerne vide det før samtalen.""")

M("tb", """Hej

Jeg er praktiserende sikh og bærer turban. Jeg er blevet tilbudt job som chauffør i kommunens kørselsordning, men de siger jeg skal bære cykelhjelm-lignende uniformskasket. Jeg er født i Punjab og har boet i Danmark i 20 år. Kan jeg få en undtagelse pga. min tro?

Med venlig hilsen
Harpreet Singh""")

M("", """Kære borgerrådgiver

Jeg har hørt at kommunen er ved at lave en politik for bederum på arbejdspladserne. Hvornår kommer den i høring? Jeg har ingen personlig interesse, jeg er journalist.""")

M("bu", """Hej Jørgen

Jeg var ude at stemme for Dansk Folkeparti ved sidste valg, og jeg er medlem af Dansk Metal. Jeg synes I skal stoppe med at bruge vikarer fra Østeuropa i vejafdelingen. Det koster danske job.

Mvh Ole Jensen""")

M("", """Hvor mange af kommunens ansatte er medlem af en fagforening? Og hvilke forbund er størst? Spørgsmålet er til et speciale om kommunal arbejdsmarkedspolitik.""")

M("ts", """Kære Ishøj Kommune

Jeg er transkvinde fra Thailand og bor sammen med min kæreste Sofie i Vildtvej. Jeg har søgt job som køkkenmedhjælper i jeres plejecenter to gange og har hørt at lederen sagde "vi ansætter ikke sådan nogen". Jeg vil gerne klage.

Venlig hilsen
Nok Suwannarat""")

M("", """Til beskæftigelsesudvalget

FOA Ishøj-Vallensbæk har i år forhandlet en lokalaftale om seniorordninger for kommunens SOSU'er. Vi vil gerne præsentere den for udvalget.

Med venlig hilsen
Tina Holmgaard, faglig sekretær, FOA""")

M("eu", """Kære Mette Frank

Jeg er medlem af 3F og blev fyret fra Ishøj Havns bådeværft i sidste uge efter 18 år, en uge efter jeg sagde at jeg ville stille op som tillidsrepræsentant. 3F kører sagen som en usaglig afskedigelse. Jeg skriver til dig fordi værftet er på kommunal grund. Jeg skal nu melde mig ledig.

Med venlig hilsen
Lars Boye""")

M("", """Hej, gælder overenskomsten for kommunale dagplejere også for dem der er i prøveperiode? Vi spørger fra dagplejeforeningen.""")

M("s", """Hej Anders

Tak fordi du kom forbi vores stand til Vallensbæk-Ishøj Pride. Min kæreste Mikkel og jeg er stolte af at bo i en kommune hvor man kan være åben om at være to mænd sammen. Men vi savner stadig en LGBT+-forening i Ishøj.

Mvh Jonas Berg""")

M("", """Til hovedpostkassen

Vi er en privat virksomhed med overenskomst med Dansk Metal. Vi overvejer at udvide med en afdeling i Ishøj og vil gerne høre om kommunens erhvervsservice.

Med venlig hilsen
Nordsmed A/S""")

M("bt", """Hej

Jeg er jødisk og arbejder som vikar på Ishøj Skole. Jeg har bedt om fri til Jom Kippur, men skolelederen siger at det ikke er en helligdag i Danmark. Jeg har tilbudt at arbejde en lørdag i stedet. Er det rimeligt at sige nej?

Mvh David Adler""")

M("", """Kære byrådsmedlemmer

Jeg mener, at kommunen bør udbyde flere job til unge med minoritetsbaggrund. Tallene fra jobcentret viser, at ledigheden er dobbelt så høj for dem. Det er et strukturelt problem.

Venlig hilsen
Amira""")

M("tb", """Kære Kirsten

Jeg hedder Fatima, jeg er marokkansk og bærer tørklæde pga. min tro. Jeg var til jobsamtale i en af kommunens børnehaver, og lederen spurgte, om jeg ville tage det af. Jeg fik ikke jobbet. Jeg vil gerne have at nogen ser på det.

Med venlig hilsen
Fatima Benali""")

M("", """Hej, kan man få oplyst hvilken organisation der repræsenterer kommunens vejarbejdere? Jeg er ny ansat og ved ikke hvor jeg skal melde mig ind.""")

M("u", """hej Lars! kort: jeg har meldt mig ud af HK efter 20 år og ind i Det Faglige Hus, fordi det er billigere. skal jeg give lønkontoret besked eller klarer de det selv? /Bitten fra borgerservice""")

M("", """Kære Økonomiudvalg

Danske Lønmodtagere i Ishøj opfordrer kommunen til at indføre sociale klausuler i alle udbud, så underleverandører følger overenskomsterne. Vi vedlægger et forslag.

Med venlig hilsen
LO Ishøj-Vallensbæk""")

M("se", """Hej

Min mand Tobias og jeg fik en dreng for en måned siden via rugemor i USA. Jeg har fået afslag på barselsdagpenge fordi jeg "ikke er forælder efter loven" endnu. Vi er to fædre og er helt overrumplede. Hvem kan hjælpe?

Med venlig hilsen
Mikkel Bjerregaard, [[030489-2211]]""")

M("", """Til direktøren

Hvorfor har kommunen ikke en mangfoldighedspolitik for ansatte? Brøndby og Albertslund har. Det er ikke en personlig sag, jeg mener det bare er tid.""")

M("t", """Kære borgmester

Jeg er grønlænder og har arbejdet som pædagogmedhjælper i Ishøj i 9 år. En forælder sagde i går foran de andre: "vi vil ikke have at en grønlænder passer vores barn". Lederen gjorde intet. Jeg vil gerne vide hvad kommunen gør ved racisme mod ansatte.

Venlig hilsen
Naja Kristiansen""")

M("", """Kære Rikke Lund

Vi er en gruppe ansatte i kommunens park- og vejafdeling, der vil klage over at vi ikke har fået den regulering i lønnen som overenskomsten siger pr. 1. oktober. Vi har ikke talt med fagforeningen endnu.

Med venlig hilsen
på vegne af kolleger i Park & Vej""")

M("bu", """Kære Henrik

Vi er nogle stykker i kantinen på rådhuset, der er med i Socialistisk Folkeparti og også medlemmer af FOA. Vi vil gerne høre, hvorfor kommunen har valgt et privat kantinefirma uden overenskomst. Hvad siger du som formand for udvalget?

Mvh Ulla, Hanne og Birthe""")

M("", """Til byrådet

Kommunens nye lønpolitik bør gøre op med ulige løn mellem kvinder og mænd. Jeg har set tal der viser et gab på 8 % i teknisk forvaltning.""")

M("stu", """Hej Majken

Min kone Aisha er fra Tyrkiet og jeg er dansk, vi er to kvinder der har været gift i 4 år. Hun har fået job som SOSU-hjælper hos jer, og nu vil FOA have hende til at dokumentere sin uddannelse fra Istanbul. Hun er også medlem af FOA. Er det normalt?

Mvh Julie Kragh""")

M("", """Kære borgerrådgiver

Hvorfor skal ansatte i kommunen selv betale for arbejdstøj i hjemmeplejen? Det står ikke i overenskomsten. Jeg spørger som pårørende til en medarbejder, der ikke ved at jeg skriver.""")

M("b", """Hej

Jeg er medlem af Venstre og aktiv i partiets erhvervsudvalg. Som selvstændig håndværker mener jeg at kommunen skal betale sine regninger hurtigere. Mine fakturaer med nr. 2406731147 og 2406731148 har ventet i 45 dage.

Med venlig hilsen
Søren Borup, Borup Byg""")

M("", """Hej. Jeg søger job som rengøringsassistent og har hørt, at man ikke må spørge om religion til en jobsamtale. Gælder det også i kommunen?""")

M("hsu", """Kære Ishøj Kommune

Jeg er homoseksuel og har arbejdet som vagt i Ishøj Bycenter i 10 år. Efter at en kollega "outede" mig i personalerummet har jeg fået angstanfald og er sygemeldt. Min fagforening, Serviceforbundet, siger at jeg skal kontakte kommunen om en arbejdsmiljøsag, fordi centret er kommunalt ejet. Er det rigtigt?

Mvh Kenneth Holm""")

M("", """Til Løn og Personale

Vi har brug for at vide, om man kan overføre ferie fra en kommune til en anden ved jobskifte. Spørgsmålet er generelt, vi har flere nye medarbejdere.""")

M("t", """Hej,

jeg er rumæner og har arbejdet i to år på en byggeplads i Ishøj uden at få overenskomstløn. Arbejdsgiveren siger jeg ikke har ret til mere fordi jeg er "fra Østen". Hvor skal jeg gå hen?

Ion Popescu""")

M("", """Kære Karsten

Som leder af en lille tømrervirksomhed skal jeg bare sige, at 3F er begyndt at blokere vores byggeplads ved Ishøj Strand. Vi har ikke overenskomst, og det er vores ret. Kan kommunen ikke blande sig?

Venlig hilsen
Jens Tømrer ApS""")

M("b", """Hej Lise

Jeg er ateist og har været lærer på Vejleåskolen i 22 år. Nu skal vi alle til en gudstjeneste som en del af skolens 50-års jubilæum. Jeg vil ikke deltage og vil vide om jeg kan få fri, uden at det går ud over mig.

Venlig hilsen
Kristian Lauge""")

M("", """Hej, hvor mange personer arbejder i kommunen med en anden etnisk baggrund end dansk? Jeg ved det er et lidt mærkeligt spørgsmål, men vi skal bruge det i en undersøgelse på RUC.""")

M("tu", """Kære byrådsmedlem

Jeg er fra Litauen og arbejder som slagteriarbejder. Jeg er medlem af NNF, men fagforeningen hjælper ikke med at få min løn for overarbejde. Min arbejdsgiver sagde at "østeuropæere er vant til at arbejde mere". Kan kommunen gøre noget?

Mvh Tomas Kazlauskas""")

M("", """Hej Jesper

Hvordan har kommunen det med politiske symboler på arbejdspladsen, fx partinåle? Vi diskuterede det på vores afdelingsmøde. Der er ikke nogen konkret sag.""")

M("sb", """Hej Peter

Jeg er præst i folkekirken og bøsse. Jeg skal vie et par mænd i Ishøj Kirke i juni, og jeg vil gerne høre, om kommunen kan hjælpe med at låne Strandparkens sal til festen.

Hilsen Niels Bang""")

M("", """Til Direktionen

Vi har hørt at der er en generel sag om løndiskrimination i ældreplejen. Hvornår kommer kommunens redegørelse? Vi vil gerne have den på dagsordenen i seniorrådet.""")

M("u", """Kære Anne

Jeg er Lederne-medlem og leder af kommunens vejdrift. Jeg vil gerne rejse spørgsmålet om min egen løn i forbindelse med lønforhandlingerne. Hvem er min rette kontakt?

Mvh Bjarne Thomsen""")

M("", """Kære Jens, 

vi i DLF's kreds for Ishøj og Vallensbæk ser frem til at mødes med dig om arbejdstidsaftalen den 4. marts. Jeg kommer som kredskonsulent.

Med venlig hilsen
Malene Vinter""")

M("bs", """Hej

Jeg er bifil og medlem af Radikale Venstre. Jeg vil gerne opfordre dig til at stille et forslag om, at kommunens jobannoncer nævner at alle kønsidentiteter og seksualiteter er velkomne.

Mvh Lea Dam""")

M("", """Hej kommunen! Hvornår holder I Pride-arrangementet for kommunens ansatte i år? Vi vil gerne deltage fra børnehaven.""")
