"""Part C: the local election - candidates, voters, polling stations, party talk."""
from common import M

M("", """
Hej

Hvor ligger valgstedet for Vejleåparken til kommunalvalget? Sidste gang var det på Vejleåskolen, men jeg har hørt det er flyttet.

Mvh
Henning
""")

M("b", """
Kære Ole Bjerre

Jeg har stemt på Socialdemokratiet i 30 år, men denne gang stemmer jeg på dig, fordi du vil bevare svømmehallen. Bare så du ved det.

Hilsen
Aase Lindholm, Ishøj Strandvej
""")

M("", """
Hej valgsekretariatet

Hvor mange stemmer skal man have for at blive valgt ind i byrådet i Ishøj? Er der en tabel fra sidste valg?
""")

M("", """
Kære kandidater

Vi er en lokal avis og vil gerne lave et vælgermøde om ældrepolitik på Ishøj Bibliotek den 12. november. Hvilke partier vil stille op?

Venlig hilsen
Ishøj Lokalavis
""")

M("bu", """
Hej

Jeg er medlem af Enhedslisten og er samtidig tillidsrepræsentant i BUPL i Børnehuset Regnbuen. Er det i orden at jeg hænger valgplakater op for partiet i min fritid, eller siger kommunens regler noget om ansatte?

Mvh
Katrine Dyhr
""")

M("", """
Må partierne hænge valgplakater op på lygtepælene på Ishøj Boulevard? Der hænger en halvt nedrevet plakat og blafrer ved cykelstien.
""")

M("", """
Hej, jeg har mistet mit valgkort. Kan jeg stadig stemme hvis jeg har sygesikringskortet med?
""")

M("h", """
Kære valgsekretariat

Min far har haft en hjerneblødning og er lam i højre side. Han vil gerne stemme, men kan ikke komme ud af huset. Kan han brevstemme hjemme, og hvordan bestiller vi det?

Venlig hilsen
Susanne Rytter
""")

M("", """
Hej

Hvordan kan man brevstemme hjemme hvis man er syg eller gangbesværet? Jeg skriver for ældresagen lokalt og vil gerne lave en folder.
""")

M("b", """
hej jeg er 18 og skal stemme for første gang. jeg er medlem af Radikal Ungdom, men mine forældre siger man ikke må fortælle hvem man stemmer på?? er det rigtigt haha
""")

M("", """
Hej, hvad er åbningstiderne på valgstedet på Ishøj Skole? Kl 8-20?
""")

M("bt", """
Kære borgmester

Jeg stiller op som kandidat for Konservative ved kommunalvalget. Jeg er født i Tyrkiet og kom hertil som barn, og jeg vil gerne være en stemme for de mange tyrkiske familier i Ishøj. Kan vi tage en kop kaffe?

Med venlig hilsen
Mehmet Yilmaz
""")

M("", """
Hej

Jeg vil gerne være valgtilforordnet ved kommunalvalget. Hvordan melder man sig, og får man diæter?
""")

M("bs", """
Kære Ishøj Pride-netværk og byrådskandidater

Jeg er selv SF'er og lesbisk og bor med min kone på Gildbrovej. Jeg håber alle partier vil svare på om de støtter regnbueflaget på rådhuset i pride-ugen.

Venlig hilsen
Helle Rasmussen
""")

M("", """
Hej

Hvad er kommunens politik for regnbueflag på rådhuset? Jeg har set nogle kommuner hejser det i juni. Det er bare et spørgsmål.
""")

M("", """
Kære Venstre i Ishøj

Hvad er jeres holdning til at bygge flere rækkehuse ved Ishøj Strand? Jeg skal til at beslutte mig.

Hilsen en tvivlende vælger
""")

M("b", """
Til byrådsmedlem Karsten Hvid

Jeg har været medlem af Dansk Folkeparti siden 2001 og stemt på jer hver gang. Men at I nu vil lukke Torslunde Bibliotek er for meget. Jeg melder mig ud.

Arne Fogh
""")

M("", """
Hej

Kan man stemme i Ishøj hvis man lige er flyttet til kommunen den 1. november? Eller skal man stemme i Brøndby hvor man boede før?
""")

M("u", """
Hej kandidater

Vi er medlemmer af FOA's lokale afdeling og vil have svar: hvad vil I gøre ved normeringerne i hjemmeplejen? Vi inviterer til møde i fagforeningshuset. Mit eget medlemskab er 24 år gammelt.

Hilsen
Lene Bech, FOA-medlem, sosu-hjælper
""")

M("", """
Hej, hvilke fagforeninger deltager i vælgermødet om beskæftigelse den 5.? Er det kun 3F og HK?
""")

M("hb", """
Hej valgstedet

Jeg er blind og medlem af Alternativet. Jeg vil gerne have hjælp til at stemme af en person jeg selv vælger, min nevø. Kan det lade sig gøre?

Mvh
Kaj Thygesen
""")

M("", """
Hej

Er det lovligt at en kandidat deler flyers ud foran Ishøj Bycenter på valgdagen? Jeg så det i dag.
""")

M("", """
Hej

Valgkort nr. 0811750031 er sendt til min gamle adresse. Kan jeg få et nyt?
""")

M("b", """
Kære Pia Strand

Jeg er muslim og vil stemme på dig fordi du har talt for et muslimsk gravsted i Ishøj. Men jeg vil gerne vide om det stadig er på dagsordenen efter valget.

Hilsen
Yusuf
""")

M("", """
Hej

Er der planer om et muslimsk gravafsnit på Ishøj Kirkegård? Jeg har læst det i avisen og vil gerne vide hvor langt sagen er.
""")

M("bu", """
Hej

Jeg er tidligere medlem af Socialdemokratiet og var i 20 år medlem af Dansk Metal. Nu er jeg pensionist og stiller op som uafhængig lokalliste. Kan jeg få vælgerlisten til at indsamle underskrifter?

Venlig hilsen
Bjarne Steffensen
""")

M("", """
Til valgsekretariatet

Hvor mange stillere skal en lokalliste have for at kunne stille op i Ishøj, og hvad er fristen?
""")

M("", """
Kære alle i byrådet

Jeg synes det er en skandale at der ikke er flere p-pladser ved stationen. Den kandidat der lover flere pladser, får min stemme.

Hilsen pendler
""")

M("e", """
Hej

Jeg er på kontanthjælp og vil gerne være valgtilforordnet. Bliver diæterne trukket i min kontanthjælp?

Mvh
Rikke
cpr [[100293 4415]]
""")

M("", """
Hej

Bliver diæter for valgtilforordnede modregnet i kontanthjælp? Jeg spørger på vegne af en forening der rekrutterer frivillige.
""")

M("bt", """
Hej

Jeg er dansk-pakistaner og har været medlem af Radikale Venstre i 6 år. Jeg vil gerne arrangere et vælgermøde på urdu i Strandgårdskirkens lokaler. Hvem skal jeg kontakte?

Mvh
Sana Qureshi
""")

M("", """
Vil kommunen lave valgmateriale på andre sprog end dansk? Fx arabisk, tyrkisk og urdu? Det ville hjælpe mange.
""")

M("", """
Hej

Hvor mange procent stemte i Ishøj ved sidste kommunalvalg? Og hvilke valgsteder havde den laveste stemmeprocent?
""")

M("b", """
hej Mette fra SF
jeg har stemt på jer siden jeg fik stemmeret og jeg er meget skuffet over jeres holdning til skolelukningen. i får ikke min stemme igen
- Sebastian
""")

M("", """
Hej

Nogen har skrevet "STEM IKKE" med spraymaling på valgplakaten ved Ishøj Stationsvej. Hvem skal rydde op?
""")

M("sb", """
Kære Dansk Folkeparti

Jeg er bøsse og konservativ vælger. Jeg vil gerne høre jeres holdning til homoseksuelles ret til at adoptere, før jeg sætter mit kryds. Min kæreste Rasmus er også i tvivl.

Venlig hilsen
Jacob Winding
""")

M("", """
Hej

Kommer der et nyt valgsted i Ishøj Landsby? Det er langt at gå til Torslunde for de ældre.
""")

M("eb", """
Kære borgmester

Jeg er på førtidspension og har været aktiv i Liberal Alliance i mange år. Jeg synes I skal sætte skatten ned, og så synes jeg at min egen sag om boligstøtte har taget alt for lang tid.

Hilsen
Torben Quist
""")

M("", """
Hej

Jeg vil gerne se referatet fra det konstituerende møde efter valget. Hvornår bliver det lagt op?
""")

M("", """
Kære kandidat

Hvad mener du om at give flere penge til skolerne i Vejleå? Mvh en forælder
""")

M("u", """
Hej

Jeg er tillidsrepræsentant for lærerne på Strandgårdskolen (DLF). Vi vil gerne lave et debatmøde med kandidaterne til byrådet i skolens aula. Må vi det?

Venlig hilsen
Anne-Mette Krog
""")

M("", """
Hej

Er det tilladt at lave vælgermøder på skolerne i arbejdstiden? Hvad siger kommunens retningslinjer?
""")

M("bh", """
Hej

Jeg er kandidat for Kristendemokraterne og er i kemobehandling for brystkræft. Jeg kan derfor ikke deltage i valgmødet den 10., men vil gerne sende en skriftlig udtalelse.

Mvh
Gitte Bloch
""")

M("", """
Hej

Har kommunen en regel om, hvor tæt på et valgsted der må føres valgkamp? Vi er tre partier der er uenige.
""")

M("b", """
Kære Kristian Lund

Tak for din tale ved valgmødet i Ishøj Kirke. Som medlem af Indre Mission var jeg glad for at du nævnte kristne værdier.

Hilsen
Peder Holm
""")

M("", """
Hej, hvornår er valgresultatet klar på ishoj.dk på valgaftenen?
""")

M("", """
Kære byråd

Jeg er træt af at alle partier lover det samme op til valget og så glemmer det bagefter. I skal holde hvad I lover om cykelstier.

Hilsen
Helge
""")
