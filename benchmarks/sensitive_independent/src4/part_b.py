"""corpus4, part b: mostly economic and social circumstances, with hard negatives."""
from common import M

M("e", """
hej

jeg ikke har penge til husleje denne måned. jeg har to børn og deres far hjælper ikke. kan kommunen låne mig penge til det, boligselskabet siger jeg får rykker på fredag

mvh Amina
""")

M("e", """
jeg får penge fra kommunen hver måned men i denne måned har i trukket 3000 kr og der står ingen forklaring i e-boks. hvem kan forklare mig det?? jeg har ring 4 gange
""")

M("e", """
Hej

Vi har ikke råd til fritidsklub til begge drenge efter min mand blev gået ned i tid. Kan vi søge om friplads, og gælder den også for den store der går i 5. klasse?

Venlig hilsen
Louise
""")

M("e", """
hej kære byråd. min kæreste sidder inde til august og jeg er alene med 3 børn nu. jeg kan ik nå at hente i vuggestuen kl 16 når jeg arbejder til 16.30. kan vi få længere åbningstid eller en plads et andet sted?? 🙏
""")

M("e", """
Til borgerrådgiveren

Min søn på 19 er kommet på bosted i Hundige for et halvt år siden. Nu har vi fået at vide at han skal flytte igen, fordi Ishøj ikke vil betale mere. Ingen har talt med os eller med ham. Kan man det?

Med venlig hilsen
Hanne Lorentzen
""")

M("e", """
Hej Ishøj kommune

Vi har fået en udsættelsesbegæring fra boligselskabet pga. husleje vi skylder fra vinteren (ca. 21.000). Vi har 2 små børn. Fogedmødet er d. 12. Kan nogen hjælpe os inden da?

Mvh Dennis og Mia, Strandparken
""")

M("e", """
min eks vil ik lade mig se vores datter selvom familieretshuset har sagt hver anden weekend. nu har jeg ik set hende i 7 uger. kan kommunen ik gøre noget?? politiet siger det ik er deres bord
""")

M("e", """
Hej

Efter skilsmissen bor jeg alene i en 3-værelses i Vejleåparken. Jeg har søgt boligstøtte i januar og har stadig ikke fået svar. Udbetaling Danmark siger de venter på noget fra kommunen. Hvad venter I på?

Mvh Erik Vinther
""")

M("e", """
Kære Center for Børn og Forebyggelse

Vi er plejefamilie for en dreng på 9 år, som har boet hos os i tre år. Vi har netop fået at vide at hans sagsbehandler stopper, og at han får en ny for fjerde gang. Det påvirker ham meget. Hvordan kan det blive ved med at ske?

Venlig hilsen
Familien Winther, Ishøj Landsby
""")

M("e", """
Min far på 89 får hjemmehjælp to gange om ugen, men de kommer kun i 5 minutter og når ikke at tømme skraldespanden. I visitationen stod der 20 minutter. Er det ikke en fejl?

Mvh Lars Krogh
""")

M("e", """
jeg står i rki og boligselskaberne vil ik give mig en lejlighed. jeg bor hos min mor på sofaen. er der nogle boliger som kommunen kan anvise

vh Tobias 24 år
""")

M("e", """
hej jeg er 19 og har været ledig siden sommer. jobcentret siger jeg skal i aktivering 37 timer om ugen med at sortere tøj, men jeg har fået plads på HF til januar. ska jeg stadig møde op?
""")

M("e", """
Hej

Jeg har fået en regning om at jeg skylder kommunen 14.200 kr. for daginstitution tilbage fra 2023. Jeg troede at jeg havde fuld friplads. Kan jeg få en afdragsordning? Jeg kan betale 300 om måneden.

Mvh Zainab
""")

M("e", """
Hej Kim

Jeg har ikke haft fast adresse siden januar og sover hos forskellige venner. Jeg mistede min lejlighed da jeg mistede mit job. Jeg har ingen postadresse så jeg kan ikke få mine breve. Hvad gør man?

/ Dennis
""")

M("e", """
vi mister 4000 kr om måneden pga 225 timers reglen. min kone hun kan ikke finde arbejde fordi hun har ikke kørekort og alle job i lagerne starter 05. det er ikke fair. vi har 4 børn
""")

M("e", """
Til Center for Beskæftigelse og Erhverv

Vores vaskemaskine er brudt sammen, og vi har ikke penge til en ny, da jeg er på kontanthjælp. Kan jeg søge enkeltydelse til en brugt maskine? Jeg har fundet en til 1.500 kr.

Med venlig hilsen
Nanna Bjerre
""")

M("et", """
Hej

Jeg er kommet fra Eritrea i 2019 og får selvforsørgelsesydelse. Nu har jeg fået job 15 timer om ugen i en bager, men ydelsen blev stoppet helt. Er det rigtig? Jeg har ikke nok til leje.

Tak, Yonas
""")

M("e", """
kan jeg få madkasser fra kirkens korshær eller noget andet sted i ishøj? vi har ik penge til mad den sidste uge af måneden. jeg har søgt job hele året
""")

M("ep", """
Kære borgmester

Min mand og jeg er ved at blive skilt, og han vil have rækkehuset sat til salg allerede nu, selv om børnene skal gå på skolen et år mere. Ejendomsmægleren kommer og vurderer på torsdag. Har kommunen nogen form for rådgivning i den situation?

Venlig hilsen
Marianne Thygesen
""")

M("e", """
Hej

Min mor døde i marts. Nu har boet fået et krav fra kommunen på 18.000 kr. for hjemmehjælp og madudbringning, som hun åbenbart ikke havde betalt i et år. Vi vidste intet. Kan det passe at der ikke er sendt rykkere?

Mvh Søren Kaae
""")

M("he", """
Hej

Min bror Mikkel er udviklingshæmmet og har haft ledsageordning i 6 år. Nu er timerne skåret fra 15 til 5 om måneden uden at nogen har været ude og se ham. Han kan ikke komme til sin svømning mere. Hvordan klager vi?

Venlig hilsen
Stine
""")

M("eu", """
jeg blev fyret i sidste uge fra lageret på industribuen og min a-kasse i 3F siger jeg skal tilmelde mig jobnet med det samme. men jobnet virker ik med mitid. hvem hjælper med det?
""")

M("he", """
Til Center for Børn og Forebyggelse

Vores søn Aksel på 6 år har akut leukæmi og er i kemobehandling på Rigshospitalet. Jeg er gået ned til 0 timer for at være hos ham. Jeg har søgt om tabt arbejdsfortjeneste for 6 uger siden. Hvornår kan vi forvente svar? Vi har ikke ret meget at leve for nu.

Mvh Christian Falk
""")

M("e", """
hi, my husband lost his job i februar og vi mangler husleje for 2 måneder now. the landlord says he will throw us out. we have a baby 5 month. is there any help from kommunen? mange tak
""")

M("e", """
Hej

Min søn afsoner med fodlænke frem til oktober. Han vil gerne til sin lillesøsters 18-års fødselsdag i Ishøj Idrætscenter. Skal kriminalforsorgen spørge jer, eller skal vi?

Hilsen Jytte
""")

M("he", """
Kære Ishøj Kommune

Jeg er på førtidspension pga. sclerose. Min hjemmehjælper er blevet skiftet ud 6 gange på to måneder, og de nye ved ikke at jeg skal have hjælp til at tage strømperne af. Kan der ikke komme lidt mere kontinuitet?

Venlig hilsen
Bodil Rasmussen
""")

M("e", """
Hej

Jeg har fået et brev fra Udbetaling Danmark om at jeg skal betale 38.000 kr. tilbage i boligstøtte, fordi min datter boede hjemme et halvt år mere end jeg havde oplyst. Jeg har ikke de penge. Kan kommunen hjælpe med at forklare sagen for dem?

Mvh Lene
""")

M("e", """
min su rækker ik til noget når jeg også har en lille søn. jeg spiser havregryn hele ugen så han kan få frugt. findes der nogen hjælp til enlige studerende i ishøj? 😔
""")

M("e", """
faren til mine 2 børn har ikke betalt børnebidrag i et år. jeg har skrevet til udbetaling danmark men der sker intet. jeg er sosu og tjener ikke så meget. kan i hjælpe mig
""")

M("e", """
Hej

Jeg vil gerne gøre opmærksom på min nabo, fru Olsen i nr. 22. Hun er over 80. Forsyningen har lukket for strømmen fordi hun ikke har betalt. Hun sidder i mørke og har ikke noget varmt at spise. Kan kommunen komme ud?

Venlig hilsen
Karsten, nr. 24
""")

M("e", """
Hej

Jeg er i flexjob 12 timer om ugen på biblioteket og vil gerne have det forlænget. Min kontrakt udløber 31/8, og jobcentret har ikke svaret på min mail fra maj. Hvad gør jeg?

Hilsen
Rikke
""")

M("e", """
min arbejdsgiver har ik betalt løn i 2 måneder og nu kan jeg ik betale huslejen. han siger bare "næste uge". kan kommunen hjælpe mig med huslejen imens??
""")

M("het", """
hej

min mor hun er ny i Danmark, hun kom fra Pakistan på familiesammenføring sidste år. hun har brug for tandlæge men vi har ikke penge til det og hun kan ikke få tilskud sagde de på tandklinikken. er det rigtigt? hun har meget ondt

Bilal
""")

M("e", """
Til borgerrådgiveren

Mine børn blev anbragt uden for hjemmet i 2022. Jeg har samvær med dem hver anden lørdag i 3 timer, overvåget. Nu er det blevet aflyst tre gange fordi der ikke var en medarbejder. Jeg vil gerne klage.

Med venlig hilsen
Mette S.
""")

M("e", """
Hej

Mit barnebarn på 7 bor hos os fordi min datter ikke kan tage sig af ham lige nu. Kommunen har kaldt det en netværksanbringelse. Men vi har ikke fået nogen papirer, og skolen vil ikke tale med os. Hvem er det vi skal kontakte?

Mvh Ingrid og Poul Rask
""")

M("e", """
Hej Ishøj Kommune,

vi er på kontanthjælp begge to og kan ikke betale 1.200 kr. til lejrskolen i 6. klasse. Vores datter bliver ked af det hvis hun ikke kommer med. Findes der en pulje?

Venlig hilsen
Kenneth og Rie
""")

# --- hard negatives -------------------------------------------------------

M("", """
hvordan søger man boligstøtte? og hvad er grænsen for hvor meget man må tjene? kan ikke finde det på jeres hjemmeside
""")

M("", """
Kære byrådsmedlem

Jeg mener at kontanthjælpsreglerne er alt for stramme, og at kommunen burde bruge sit råderum til at hjælpe familier med børn. Vil du arbejde for det i det nye budget?

Mvh Hans Christian Møller
""")

M("", """
Hej

I har en ledig stilling som pædagogmedhjælper i Vildtbanens Børnehus. Er den stadig åben? Opslaget siger ansøgningsfrist d. 1 men jeg kan ikke se hvilken måned.

Mvh Sofie
""")

M("", """
der går en hjemløs kat rundt ved ishøj strand ved bådene, den er helt tynd. hvem skal man ringe til? dyrenes beskyttelse tager ikke telefonen
""")

M("", """
Kære økonomiudvalg

Hvorfor stiger kommunens gæld igen i budgetforslaget? Det er vores børn der skal betale for de nye byggerier. Jeg synes I skal prioritere at afdrage før I bygger ny svømmehal.

Med venlig hilsen
Bjarne Holst
""")

M("", """
hej hvem sidder inde med nøglerne til klubhuset ved tennisbanerne? vi har booket banen kl 18 men alt er låst
""")

M("", """
Hej biblioteket

Må jeg sætte en seddel op på opslagstavlen om salg af min gamle racercykel? Den koster 800 kr.

Mvh Frederik
""")

M("", """
Hej

Jeg har fået faktura nr. 2811230457 for leje af festlokalet i Ishøj Medborgerhus, men beløbet er det dobbelte af det aftalte. Vi havde lokalet d. 18/11 fra 14 til 22. Kan I sende en ny?

Venlig hilsen
Gitte Toft
""")

M("", """
hej hvornår er jobmessen på ishøj rådhus og er der også studiejob?
""")

M("", """
Til Ishøj Kommune

Vores forening (Rotary Ishøj) vil gerne donere 50 julekurve til familier, der har det svært i år. Hvordan kan vi få dem ud til de rette, uden at vi selv skal kende navnene?

Med venlig hilsen
Claus Fogh, kasserer
""")

M("", """
Hvad er indkomstgrænsen for hel økonomisk friplads i SFO i 2025? Og gælder den samme grænse for klubberne?
""")

M("", """
Kære skoleforvaltning

7. årgang på Strandgårdskolen vil gerne besøge Fængselsmuseet i Horsens i forbindelse med historieundervisningen. Kan vi låne kommunens bus, eller skal vi leje en?

Venlig hilsen
Anders Brinch, lærer
""")

M("", """
Jeg vil opfordre byrådet til at give ældre borgere mere tid i hjemmeplejen. 5-10 minutter er uværdigt. Det handler om prioritering i budgettet. Jeg håber I tager det op.

Mvh Inge Kofoed
""")

M("", """
Hej

Jeg er flyttet fra Ishøj til Greve pr. 1. marts. Kan I afmelde mig forsyningen? Mit kundenummer er 1003851144 og den gamle adresse er Gildbrovej 19, st. tv.

Mvh Kenneth Aagaard
""")
