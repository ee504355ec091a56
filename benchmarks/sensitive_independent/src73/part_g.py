"""corpus73, part G: partners, families and orientation in illness and care."""
from common import M

M("sh", """
Til Center for Voksne og Velfærd

Min mand Carsten har fået en blodprop i hjertet og er udskrevet i går. Jeg (Henrik) er hans nærmeste pårørende, men hjemmesygeplejersken ringede til hans søster i stedet. Vi er gift. Vær venlig at rette det i jeres system.

Henrik Mølgaard
""")

M("s", """
Hej

Jeg er bøsse og 72 år. Jeg har hørt at der er en LGBT+ seniorgruppe i Hvidovre. Er der noget lignende i Ishøj? Jeg vil gerne møde nogen.

Hilsen
Erling
""")

M("", """
Hej

Hvornår holder Ishøj Pride sin parade i år, og skal vejene spærres? Jeg kører bus og vil gerne vide om ruten bliver lagt om.

Mvh
Kim
""")

M("se", """
Til Center for Voksne og Velfærd

Min kone Birgit og jeg har søgt om en ældrebolig sammen. Vi er to kvinder på 78 og 81 og har været sammen i 40 år, men har først kunnet gifte os i 2012. Skal vi søge hver for sig eller sammen? Vi vil ikke skilles ad.

Med venlig hilsen
Inga Mortensen
""")

M("sh", """
Hej Lotte

Min kæreste Jonas og jeg (to mænd, 30 og 34) har lige fået at vide, at Jonas har testikelkræft. Vi er ikke gift, og hospitalet vil ikke give mig oplysninger. Kan kommunen hjælpe med en fuldmagt?

Hilsen
Mathias Kirk
""")

M("s", """
Kære borgerrådgiver

Min søn Kristian på 15 er kommet ud som homoseksuel, og hans lærer har sagt foran klassen at "det er en fase". Jeg vil klage over læreren.

Med venlig hilsen
Karen Bjerre
""")

M("", """
Til udvalgsformanden for Kultur og Fritid

Vil kommunen flage med regnbueflaget under Copenhagen Pride i august? Vi er en gruppe borgere, der gerne så det.

Venlig hilsen
Anne-Mette Lund
""")

M("she", """
Hej

Vi er to mødre, Sidsel og Katja, og vores søn Alfred har fået diagnosen cøliaki. Vi har søgt om diætkost i hans børnehave og fået afslag, fordi det ikke er "nødvendigt". Vi vil klage.

Med venlig hilsen
Sidsel Kjærgaard
""")

M("sh", """
Hej

Jeg er trans kvinde og lesbisk. Jeg har fået en depression, og min læge har henvist mig til psykolog, men der er 6 måneders ventetid. Har kommunen et tilbud til LGBT+ personer?

Hilsen
Freja
""")

M("se", """
Til byrådsmedlem

Jeg er biseksuel og mor til to. Min eksmand siger at jeg ikke må tage børnene med til Pride, fordi han synes det er "upassende". Har kommunen en holdning til det?

Hilsen
Mette
""")

M("s", """
Til Borgerservice

Min mand Ahmed og jeg (Lasse) skal giftes på rådhuset i juni. Vi har udfyldt prøvelsesattesten, men systemet bliver ved med at afvise den, fordi vi begge står som "mand". Kan I hjælpe?

Lasse Friis
Cpr [[280889-1713]]
Ahmed Omar
Cpr [[141090-1451]]
""")

M("", """
Hej

Jeg underviser i seksualundervisning på Strandgårdskolen. Har kommunen materiale om LGBT+ til 8. klasse? Eller skal vi bruge Sex & Samfunds materiale?

Venlig hilsen
Line, lærer
""")

M("sh", """
Hej Jesper

Min kone og jeg, to kvinder på 60, skal holde fest for vores sølvbryllup. Men Lene har netop fået at vide at hun har brystkræft, så vi udsætter. Vi havde lejet festsalen i Medborgerhuset til d. 12. april. Kan vi flytte datoen uden at betale?

Mvh Hanne
""")

M("she", """
Til Center for Voksne og Velfærd

Min mand Aksel (han er 89, og jeg er 85, og ja, vi er to mænd) har fået demens og er kommet på Ishøj Plejecenter. Personalet kalder mig "hans ven". Jeg vil gerne have at de respekterer at vi er gift.

Med venlig hilsen
Jørgen Holst
[[120839-1447]]
""")

M("s", """
hej

jeg er en fyr på 19 og jeg tror jeg er homo. jeg tør ikke sige det til mine forældre. er der nogen i kommunen man kan tale med anonymt

""")

M("", """
Til hovedpostkassen

Hvordan kan man kontakte LGBT Danmark om et foredrag på biblioteket? Vi er i biblioteksudvalget og vil gerne lave en temauge.

Med venlig hilsen
Ishøj Bibliotek
""")

M("sp", """
Kære borgmester

Min mand Michael og jeg (Søren) har et bud på vores hus i Ishøj Landsby. Køberne trækker sig måske, fordi naboen har skrevet "bøsserøvshus" på vores carport med spraymaling. Politiet er involveret, men vi skal også have malet det over, og kommunen siger at det er "privat". Hjælp.

Søren Lykke
""")

M("st", """
Hej,

Jeg er en homoseksuel mand fra Uganda og har fået asyl. Jeg er blevet placeret i Ishøj og vil gerne vide om der er foreninger for folk som mig.

Med venlig hilsen
Joseph
""")

M("sh", """
Til borgerrådgiveren

Jeg er lesbisk og har fået et barn med min kone ved hjælp af fertilitetsbehandling. Sundhedsplejersken skrev i journalen at barnets far er "ukendt". Der er ingen far. Der er en medmor. Kan I få det rettet?

Med venlig hilsen
Tine Vestergaard
""")

M("", """
Hej

Jeg skal lave en podcast om regnbuefamilier i Danmark. Har Ishøj Kommune nogen statistik om, hvor mange der er?

Mvh
Ida, Radio Vestegnen
""")

M("seh", """
Hej

Min mand Jørgen og jeg (Hans, 79) får hjemmehjælp sammen. Jørgen har Parkinson. Hjemmehjælperen har sagt at hun ikke vil "hjælpe bøsser". Jeg vil have en anden hjælper og vil gerne klage.

Hans Bach
""")

M("sb", """
Hej

Jeg er lesbisk og muslim, og jeg vil gerne lave en samtalegruppe for queer muslimer i Ishøj. Kan vi låne et lokale på biblioteket?

Mvh S.
""")

M("s", """
Til byrådsmedlem

Jeg er aseksuel og har været i et forhold med min kæreste i 5 år. Vi vil gerne bo sammen i en af kommunens ungdomsboliger. Er der regler for om man skal være "par"?

Hilsen
Kristian
""")

M("she", """
Hej

Jeg er homoseksuel og har haft hiv i 20 år. Jeg får førtidspension, og nu har kommunen sendt brev om at de vil revurdere min sag. Jeg har det godt nu med medicinen, men kan stadig ikke arbejde fuldt. Hvad betyder det?

Mvh
Poul
[[031067-1889]]
""")

M("", """
Til Center for Børn og Forebyggelse

Hvad er kommunens politik for, hvordan pædagoger taler med børn om forskellige familieformer? Vi er i forældrebestyrelsen og har fået spørgsmål fra forældre.

Venlig hilsen
Forældrebestyrelsen, Børnehuset Regnbuen
""")

M("sp", """
Hej Kasper

Min mand Tobias og jeg (Alexander) har budt på et rækkehus på Vejleåvej. Sælger vil have et hurtigt svar, men vi vil gerne vide om der kommer en ny vej bag huset. Kan du sige noget?

Alexander Winther
""")

M("s", """
Hej

Jeg er pansexual og arbejder frivilligt i ungdomsklubben. En af de andre frivillige har sagt til en leder at jeg ikke må være alene med børnene. Jeg vil gerne klage.

Mvh
Nikita
""")

M("hs", """
Til Social- og Sundhedsudvalget

Jeg er bøsse og blev i 1980'erne nægtet at besøge min kæreste på sygehuset, da han døde af aids. I dag har jeg kræft og er bange for at det samme sker for min nuværende mand. Jeg vil gerne have at kommunens plejecentre har en politik om pårørende af samme køn.

Med venlig hilsen
Bjarne Hviid
""")

M("su", """
Kære borgmester

Jeg er lesbisk og TR for HK på rådhuset. En kollega har gentagne gange lavet sjov med at jeg "bare mangler den rigtige mand". Jeg har talt med min leder, men intet sker.

Med venlig hilsen
Anette Bech
""")

M("s", """
Til borgerrådgiveren

Min datter Laura har to mødre, min kone og mig. Skolens it-system kan kun registrere "mor" og "far". Det betyder at min kone ikke får beskeder i Aula. Det har vi klaget over i et år.

Mvh
Camilla Hoff
""")

M("", """
Hej

Jeg hørte at kommunen vil oprette et mødested for LGBT+-unge. Hvornår åbner det og hvor?

Mvh
en bekymret bedstemor
""")

M("sh", """
Hej

Min mand Ole og jeg (Thomas) prøver at få et barn med en surrogatmor i udlandet. Vi har fået at vide af kommunen, at vi skal godkendes som adoptanter bagefter. Ole har epilepsi. Kan det få betydning for godkendelsen?

Thomas Lund
""")

M("st", """
hi,

we are a gay couple (me and my husband, both men) who just moved to Ishøj from Spain. We want to register our marriage in Denmark. Who do we contact?

Carlos and Pablo
""")

M("st", """
Hej

Jeg er fra Iran og er lesbisk. Min kone og jeg vil gerne giftes på rådhuset. Men jeg har ikke min fødselsattest fra Iran. Hvad gør vi?

Med venlig hilsen
Shirin
""")

M("she", """
Til Center for Voksne og Velfærd

Min kone Karen (vi er begge kvinder) er blevet lam i venstre side efter en hjerneblødning. Vi har fået bevilget en plejeseng, men den passer ikke ind i soveværelset. Kan vi få en smallere?

Med venlig hilsen
Tove Frandsen
""")

M("", """
Til Kultur- og Fritidsudvalget

Tak for at I støttede Ishøj Pride sidste år. I år håber vi på en større scene. Kan vi få et møde om tilskud?

Venlig hilsen
Ishøj Pride, bestyrelsen
""")

M("sp", """
Hej

Vi er to mænd der har købt et hus, og handlen er ikke helt på plads endnu: vi venter på tinglysning og en dispensation for et skur. Min mand Rasmus og jeg vil gerne vide om kommunen kan skynde på.

Mvh
Frederik Olsen
""")

M("sb", """
Hej

Jeg er homoseksuel og medlem af en frikirke i Ishøj. Præsten har sagt at jeg ikke kan være med i kirkekoret. Kan kommunen gøre noget, når kirken låner kommunale lokaler?

Mvh
Johannes
""")

M("se", """
Til Center for Børn og Forebyggelse

Min ekskone og jeg (vi er to kvinder og var gift i 8 år) er blevet skilt, og vi er uenige om samvær med vores søn. Familieretshuset har sagt at vi skal kontakte kommunen om en børnesagkyndig rådgivning.

Med venlig hilsen
Maria Sand
""")

M("s", """
Kære Rikke

Jeg er queer og vil gerne stille op til kommunens ungdomsråd. Jeg har hørt at der er nogle der mener at "sådan nogle" ikke skal repræsentere Ishøj. Står du ved at alle kan stille op?

Hilsen
Sam
""")

M("", """
Hej

Jeg er formand for en seniorklub. Vi har diskuteret om kommunens plejecentre har en politik for LGBT+-beboere. Findes der en?

Venlig hilsen
Poul-Erik, Ishøj Seniorklub
""")

M("sh", """
Til hovedpostkassen

Min mand Kim (jeg hedder Michael) skal have en ny nyre, og jeg skal være donor. Vi skal begge indlægges i 2 uger. Hvem passer vores hund? Nej, spøg. Men vi skal bruge hjælp til indkøb bagefter. Hvem kontakter vi?

Michael Nørgaard
""")

M("se", """
Hej

Jeg er homo og har været hjemløs i 3 måneder efter min far smed mig ud. Jeg sover hos venner. Kan kommunen hjælpe mig med en bolig?

Ali, 19
""")
