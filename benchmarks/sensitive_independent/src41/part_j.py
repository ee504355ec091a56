"""Part J: long letters where one sensitive detail sits once in the middle of a practical account, with several people named."""
from common import M

M("e", """Kære Brian Holst

Jeg skriver til dig som formand for Teknik- og Miljøudvalget, fordi jeg har et problem med vejen foran vores opgang på Ishøj Strandvej 94, og fordi jeg har prøvet alt andet.

Siden vandværket gravede vejen op i maj, har der været et hul på størrelse med et badekar lige ud for indgangen. Det er afspærret med to gule bukke, men den ene er væltet, og om aftenen kan man ikke se hullet. Min nabo, fru Jensen i stuen, er faldet over kanten en gang, og postbuddet har klaget. Jeg har skrevet til kommunen via hjemmesiden den 12. juni, den 3. august og den 18. september og fået samme svar hver gang: at sagen er sendt videre til entreprenøren.

Jeg har ringet til entreprenøren, Vestegnens Anlæg, og de siger, at de venter på kommunen. Så ingen gør noget.

Jeg har tid til at følge op på det, for jeg har været ledig siden marts og går hjemme, mens jeg søger arbejde. Men jeg synes ikke, det er min opgave at få to parter til at tale sammen.

Min anden nabo, Ahmed på 2. sal, har tilbudt at fylde hullet med grus selv, men jeg har sagt, at det må han ikke, for så kan kommunen sige, at det er vores skyld, hvis noget går galt.

Kan du finde ud af, hvem der har ansvaret, og sørge for, at det bliver lavet inden vinteren? Jeg vedlægger fotos fra juni og fra i går.

Venlig hilsen
Tommy Lassen
Ishøj Strandvej 94, 1. tv.
""")

M("he", """Kære borgerrådgiver

Jeg vil gerne klage over, hvordan en sag om skolebuskort er blevet behandlet. Det er ikke en stor sag, men den har kostet os mange timer.

Vores søn Magnus går i 4. klasse på Vibeholmskolen. Han har altid cyklet, men efter at han fik konstateret en hjertefejl i foråret, har lægen sagt, at han ikke må cykle de fire kilometer hver vej, før han er blevet opereret igen efter nytår. Vi søgte derfor om et buskort til ham i august, med lægeerklæring.

Skolens kontor sendte os videre til Center for Børn og Forebyggelse, som sendte os videre til Byudvikling og Natur, som sagde, at det var skolen. Til sidst fik vi et brev om, at buskortet var bevilget fra 1. oktober. Men det er ikke kommet. Da vi ringede, var der ingen, der kunne finde sagen.

Vi har købt et kort til ham selv i mellemtiden, for det kan vi heldigvis godt, men vi synes, at det er for dårligt, at man skal bruge så meget tid på at finde ud af, hvem der gør hvad.

Vi vil gerne have, at I ser på, hvordan sagen er blevet behandlet, og vi vil gerne have refunderet det, vi har betalt siden 1. oktober.

Med venlig hilsen
Louise og Anders Brink
Vejleå Parkvej 77
""")

M("u", """Kære Kultur- og Fritidsudvalg

Jeg skriver som formand for Ishøj Bordtennisklub om vores lokaler i Vejleåhallen. Vi er 84 medlemmer, heraf 40 børn, og vi træner tre aftener om ugen.

Siden sommeren har vi delt hallen med en ny badmintonklub, og det fungerer ikke. Der er ikke plads til begge dele, og børnene må vente på bænken i en halv time, før de kan komme til. Vi har talt med badmintonklubben, og de har det på samme måde. Vi er enige om, at der mangler tider, ikke at vi er uvenner.

Vi har foreslået, at vi får gymnastiksalen på Vejleåskolen om mandagen i stedet. Skolen siger, at det er i orden for dem, men at bookingen går gennem kommunen.

Jeg vil sige, at jeg i det daglige er tillidsrepræsentant for HK på et lager i Brøndby, og jeg ved godt, hvor svært det er at fordele ressourcer, når der ikke er nok. Jeg beder ikke om mere, end der er. Men jeg tror, at en bedre fordeling kunne hjælpe alle.

Vi vil gerne invitere udvalget til at komme og se en tirsdag aften. Det er nemmere at forstå, når man står i hallen.

Med venlig hilsen
Lone Rasmussen
Formand, Ishøj Bordtennisklub
""")

M("b", """Kære Morten

Du spurgte mig til julefrokosten i partiforeningen, om jeg ville skrive ned, hvad jeg oplevede med affaldsordningen i vores rækkehusforening. Så her er det.

Vi er 36 rækkehuse på Gildbrovej, og vi har fælles containere. Siden den nye ordning kom, har der været problemer med, at papcontaineren bliver fyldt om mandagen og ikke tømmes før fredag. Vi har skrevet til kommunen og fået at vide, at tømningsfrekvensen følger kvalitetsstandarden, og at vi kan bestille en ekstra container mod betaling.

Bestyrelsen har diskuteret, om vi skal betale, og vi er ikke enige. Nogle mener, det er kommunens ansvar. Andre mener, at vi bare skal betale og være færdige med det. Jeg hører til dem, der synes, at kommunen bør se på, om standarden passer til rækkehusforeninger, hvor mange bor tæt.

Du kender mig jo som én, der har delt flyers for Venstre siden 2009, så du ved, at jeg ikke er typen, der råber på flere offentlige udgifter. Men her tror jeg, at der er en fejl i systemet.

Kan du tage det med i udvalget, eller skal jeg skrive til nogen andre?

Hilsen
Ebbe Skov
""")

M("t", """Til borgerrådgiveren

Jeg skriver, fordi min søn og jeg havde en dårlig oplevelse i Ishøj Svømmehal sidste lørdag, og jeg vil vide, om det er noget, I kan se på.

Vi kom kl. 10 til familiesvømning, som vi har gjort næsten hver lørdag i to år. Min søn Idris er 8 år. Ved indgangen blev vi bedt om at vise vores årskort, hvilket vi gjorde. Familien foran os og familien bag os blev ikke bedt om noget. Da jeg spurgte hvorfor, sagde medarbejderen, at der havde været problemer med 'nogle fra Vildtbanegård' og at de skulle tjekke 'nogle af jer'. Jeg er somalisk, og jeg er den eneste sorte mor, der kommer om lørdagen. Jeg ved godt, hvad han mente.

Jeg siger ikke, at det var ondt ment. Men min søn spurgte mig bagefter, om vi havde gjort noget forkert, og det har jeg ikke kunnet glemme.

Jeg har ikke lyst til at skabe problemer for medarbejderen. Men jeg vil gerne have, at svømmehallen tænker over, hvordan de tjekker kort, så alle bliver behandlet ens.

Vi kommer igen på lørdag.

Med venlig hilsen
Hodan Warsame
Vildtbanevej 33
""")

M("p", """Kære Lars

Tak for din hjælp sidste år med vejbumpene. Nu kommer jeg igen, og denne gang handler det om kloakken.

Vi har boet på Ishøj Landsby 21 i 17 år, og vores kloak har altid været fin. Men da vi fik tv-inspektion i september, viste det sig, at stikledningen ud til vejen er knækket, og at det er kommunens ledning fra skellet og ud. Forsyningen siger, at det er kommunens vej, og kommunen siger, at det er forsyningen.

Det er blevet akut, fordi vi har solgt huset med forbehold, og køberne, et ungt par med to børn, har skrevet i købsaftalen, at handlen kun gennemføres, hvis kloakken er i orden. Mægleren siger, at vi har indtil 10. januar. Vi har allerede købt lejlighed i Roskilde og kan ikke holde to boliger.

Vi har selv betalt for inspektionen, og rapporten er vedlagt. Vi vil gerne betale for vores del af reparationen, men vi skal vide, hvem der ejer hvad.

Kan du hjælpe med at få en afklaring? Det ville betyde utroligt meget for os.

Venlig hilsen
Jytte og Kaj Frederiksen
""")

M("s", """Kære Yasmin

Jeg skriver til dig, fordi jeg har et forslag til ungdomsklubberne, og jeg har fået at vide, at du sidder i udvalget.

Jeg er 19 år og gik selv i Ungdomsklubben Strandgården, fra jeg var 13. Det var et godt sted, og personalet var søde. Men jeg husker også, at der ikke var nogen, der talte om, at man kunne være andet end hetero. Da jeg selv fandt ud af, at jeg var bøsse, da jeg var 15, var der ingen voksne, jeg turde sige det til, og jeg var meget alene med det.

Nu læser jeg til pædagog, og jeg har talt med min praktikvejleder om at lave et forløb i klubben om krop, køn og seksualitet. Hun synes, det er en god idé, men siger, at det skal godkendes af kommunen.

Mit forslag er, at kommunen laver et samarbejde med LGBT+ Ungdom eller Sabaah, så de kan komme ud og holde oplæg i alle klubberne. Det koster ikke meget, og det kan gøre en stor forskel.

Jeg vil gerne hjælpe med at planlægge det, hvis der er interesse.

Venlig hilsen
Malik Jensen
""")

M("he", """Til byrådsmedlem Søren Dahl

Jeg vil gerne fortælle dig om min mor, Inge Poulsen, som er 84 år og bor alene i sin lejlighed på Ishøj Centervej 15. Jeg har hendes fuldmagt og har aftalt med hende, at jeg skriver.

Min mor har haft hjemmepleje i tre år, og indtil for nylig har det fungeret godt. Men efter sommerferien blev hendes morgenbesøg flyttet fra kl. 8 til kl. 10.30, og det betyder, at hun ligger i sengen i to en halv time længere, fordi hun ikke selv kan komme op efter sit slagtilfælde. Hun har sagt til mig, at hun skammer sig over at ligge og vente, og hun er holdt op med at ringe til mig om morgenen, fordi hun ikke vil klage.

Jeg har talt med hjemmeplejens leder, Pernille, som sagde, at de har flyttet tiderne for alle på ruten for at få det til at hænge sammen. Det forstår jeg godt. Men jeg synes ikke, at det er en god løsning for en, der ikke kan komme ud af sengen selv.

Jeg har også spurgt, om min mor kan komme på venteliste til en plejebolig, og fik at vide, at hun skal visiteres igen. Det er nu bestilt, men der er otte ugers ventetid.

Jeg beder dig ikke om at gribe ind i sagen. Jeg vil bare gerne have, at byrådet ved, at ruteplanlægningen har konsekvenser.

Med venlig hilsen
Bettina Poulsen
""")
