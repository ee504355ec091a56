"""corpus29 part C: local plans, house sales not yet concluded, land and garden colonies, to members and the mayor."""
from common import M

M("p", """Kære Jesper Bang

Vi har et betinget købstilbud på vores hus på Vejlebrovej 88 på 3,4 mio., men køberen har taget forbehold for, om lokalplanen for Vejleå Syd bliver vedtaget med etageboliger bag os. Hvornår forventer udvalget at tage stilling? Vi har kun tre uger før forbeholdet udløber.

Med venlig hilsen
Birgitte og Kasper Lange""")

M("", """Kære Jesper Bang

Hvornår kommer lokalplanforslaget for Vejleå Syd i offentlig høring? Jeg har læst i avisen, at det bliver i foråret.

Mvh
Lars Juhl""")

M("p", """Hej Mette,

Vi er ved at sælge vores andelslejlighed i Ishøj Strandpark, og køberen vil vide, om kommunen har planer om at bygge på den grønne kile mod stranden. Det er afgørende for prisen. Har du noget at sige, som jeg kan give videre?

Hilsen
Jette Brøns""")

M("", """Hej Mette

Min andelsbolig blev solgt i foråret, og handlen er for længst på plads. Men jeg er stadig vred over, at ingen fra kommunen kunne svare på, om der skulle bygges på den grønne kile. Det må I blive bedre til.

Hilsen
Arne Brix""")

M("pe", """Kære borgmester

Vi har ikke længere råd til at blive boende efter min mands fyring, og banken har sagt, at huset skal sælges. Det står til salg nu, men der har ikke været en eneste fremvisning, siden lokalplanen om den nye omfartsvej blev kendt. Hvis vi ikke har solgt inden februar, bliver det tvangsauktion.

Venlig hilsen
Linda Kaas
Pilemøllevej 7""")

M("", """Kære borgmester

Omfartsvejen i lokalplan 1.88 vil gå tæt forbi boligområdet ved Pilemøllevej. Vi har i grundejerforeningen lavet en støjberegning, som vi gerne vil fremlægge. Kan vi få et møde?

Med venlig hilsen
Grundejerforeningen Pilemøllen""")

M("p", """hej kim
har lige fået et bud på vores kolonihavehus i Haveforeningen Solbakken på 420.000, men køberen siger han trækker det tilbage hvis kommunen ikke forlænger lejekontrakten for hele foreningen efter 2030. ved du noget om det?
mvh Lene og Bo""")

M("", """Kære Kim

Haveforeningen Solbakkens bestyrelse beder om et møde om forlængelse af lejekontrakten på jorden efter 2030. Vi har 112 haver og mange bekymrede medlemmer.

Mvh
Bestyrelsen""")

M("p", """Kære Ahmad

Jeg ejer grunden ved Industrivej 14 og er i forhandling med et byggefirma om at sælge den. De vil først skrive under, når lokalplanen tillader boliger. Jeg vil gerne høre, om det står til at ske i denne byrådsperiode.

Venlig hilsen
Poul Ladefoged""")

M("", """Kære Ahmad

Ishøj Erhvervsforum vil gerne invitere byrådet til en rundvisning i erhvervsområdet ved Industrivej, hvor mange virksomheder overvejer at flytte, hvis området omdannes til boliger.

Med venlig hilsen
Ishøj Erhvervsforum""")

M("pe", """Kære Lone Brix

Min far, Viggo Hedegaard, er flyttet på plejehjem, og vi skal sælge hans hus på Ishøj Landevej 212 for at betale. Vi har en køber, der har budt 2,1 mio., men vi har fået at vide, at kommunen har forkøbsret på grund af den planlagte cykelsti. Kan du fortælle, om kommunen vil gøre brug af den?

Venlig hilsen
Anette Hedegaard""")

M("", """Kære Lone Brix

Har kommunen forkøbsret på ejendomme langs Ishøj Landevej i forbindelse med cykelstiprojektet? Jeg er ikke sælger, men er bare nysgerrig.

Mvh
Ove""")

M("ps", """Hej Jesper

Min mand Rasmus og jeg er ved at købe rækkehuset på Birkestien 31. Vi har underskrevet betinget af, at vi kan få lov til at bygge en carport. Byggesagen har ligget i 9 uger. Kan du ikke give dem et skub? Vi skal overtage om en måned.

Mvh
Thomas Kjeldsen""")

M("", """Hej Jesper

Hvor lang er den gennemsnitlige sagsbehandlingstid for byggetilladelser i Ishøj? Jeg har set tal, der siger 42 dage.

Mvh
Rikke fra Ishøj Byg ApS""")

M("p", """Kære borgmester

Jeg vil gerne fortælle om mit hus på Torslundevej 40. Det har stået til salg i 14 måneder. Mægleren siger, at det er skolelukningen, der skræmmer. Jeg er gået ned i pris to gange. Jeg skal flytte til Fyn for at passe mine forældre. Hvad skal jeg gøre?

Med venlig hilsen
Morten Egholm""")

M("", """Kære borgmester

Jeg har læst, at huspriserne i Torslunde er steget 4 % det sidste år på trods af skolelukningen. Så det kan ikke passe, at lukningen har skadet området.

Mvh
Kristian""")

M("p", """Til borgmesterens PA

Jeg ønsker et møde med borgmesteren om kommunens salg af storparcellen ved Ishøj Søvej. Mit firma, Kolding Ejendomme, har afgivet bud på 18,5 mio. kr., og vi har fået at vide, at kommunen overvejer et andet bud. Vi vil gerne have lejlighed til at forbedre vores.

Med venlig hilsen
Jens-Peter Kolding""")

M("", """Til borgmesterens PA

Hvornår udbyder kommunen de nye storparceller ved Ishøj Søvej? Vi er et mindre byggefirma og vil gerne byde.

Mvh
KN Byg""")

M("pt", """Kære Kim

Jeg er kurder og har boet i Ishøj siden 2001. Vi prøver at sælge vores hus på Højrupvej, og en køber har sagt til mægleren, at han ikke vil bo ved siden af 'udlændinge'. Han har trukket sit bud tilbage. Jeg ved ikke, om kommunen kan gøre noget, men jeg vil have, at du ved, det sker.

Med venlig hilsen
Serdar Aydin""")

M("", """Kære Kim

Jeg har hørt, at der findes ejendomsmæglere, som diskriminerer. Har kommunen nogen politik imod det, eller er det et spørgsmål for Institut for Menneskerettigheder?

Mvh
Bettina""")

M("peh", """hej ahmad
vi har solgt vores hus betinget af at vi kan få en lejebolig hos boligselskabet. men vi står på venteliste og sælgeren har kun givet os 30 dage. min kone er syg og vi er på kontanthjælp. kan kommunen hjælpe med anvisning
mvh farid""")

M("", """Kære Ahmad,

Hvordan fungerer den kommunale boliganvisning i Ishøj, og hvem kan få en bolig anvist? Jeg vil gerne vide det, fordi jeg skal rådgive i vores lektiecafé.

Venlig hilsen
Sanne""")

M("pb", """Kære Jens Vinding

Som medlem af Alternativet og som grundejer ved Strandskoven vil jeg sige, at jeg er imod lokalplanen om feriehuse i skoven. Jeg er i øvrigt ved at sælge min grund til Danmarks Naturfredningsforening, og handlen afventer byrådets beslutning.

Venlig hilsen
Karen Skytte""")

M("", """Kære Jens Vinding

Danmarks Naturfredningsforening Ishøj opfordrer byrådet til at forkaste lokalplanforslaget for feriehuse i Strandskoven. Vi har 320 medlemmer lokalt.

Mvh
DN Ishøj""")

M("p", """Kære Mette

Vores nabo på Gadekærsvej 9 har sat huset til salg, og nu står der, at grunden kan udstykkes til tre rækkehuse. Er det rigtigt? Vi er bekymrede for, hvad der kommer, hvis en investor køber.

Hilsen
Ib og Hanne Vogt""")

M("", """Kære Mette

Er det muligt at udstykke grunde i Torslunde landsby til rækkehuse efter den nuværende lokalplan? Jeg spørger generelt.

Mvh
Carl""")

M("p", """Kære Jesper Bang,

Jeg skriver som direktør for Bang & Co. Autoværksted. Vi forhandler lige nu om at købe nabogrunden på Ishøj Værkstedsvej 22 for at udvide. Sælger kræver, at vi har en godkendt lokalplan for erhverv, før han underskriver. Hvornår behandles den i udvalget?

Mvh
Henrik Bang (ingen familie med dig, haha)""")

M("", """Hej Jesper

Vi i Ishøj Cykelklub er glade for den nye cykelsti langs Ishøj Landevej. Tak for det. Kan I huske belysningen ved tunnellen?

Mvh
Pia, Ishøj Cykelklub""")

M("pe", """Kære borgmester

Jeg vil gerne bede om et møde. Jeg er blevet skilt, og vi skal sælge vores fælles hus på Vibeholms Allé. Der er en køber, som venter, men min ekskone vil ikke underskrive, og kommunen skal godkende noget om et servitut for kloakken. Alt står stille, og jeg betaler to huslejer.

Mvh
Bo Nissen""")

M("", """Kære borgmester

Vi er en gruppe borgere, der vil foreslå, at kommunen opretter en borgerbudget-ordning, hvor 2 mio. kr. om året fordeles af borgerne selv. Vi vil gerne præsentere idéen.

Mvh
Borgerbudget Ishøj""")

M("phe", """Kære Lone

Jeg har ALS og skal sælge min lejlighed på 4. sal, da jeg ikke kan komme op og ned. Køberen har givet bud og vil overtage 1. marts, men jeg har ikke fået en ny bolig fra kommunen endnu. Hvis jeg ikke har noget, må jeg sige nej til salget. Kan I fremskynde det?

Mvh
Steen Bager""")

M("", """Kære Lone,

Der mangler handicapvenlige boliger i Ishøj. Jeg synes, kommunen bør stille krav om tilgængelighed i alle nye lokalplaner.

Med venlig hilsen
Dansk Handicap Forbund, Ishøj afdeling""")

M("p", """Kære Kim

Jeg har fået et kontraktforslag på mit sommerhus i Ishøj Strand-området, men køber vil vide, om kommunen har planer om en ny strandparkering lige ved siden af. Kan du oplyse det, eller hvem skal jeg spørge?

Venlig hilsen
Lisbeth Stær""")

M("", """Hej Kim

Hvor kan jeg se de tinglyste servitutter på en ejendom i Ishøj? Jeg er ejendomsmæglerstuderende.

Mvh
Oliver""")

M("pb", """Kære Ahmad

Vores menighed, Frikirken i Ishøj, har budt på den gamle børnehave på Ishøj Stationsvej. Vi er selv medlemmer af frikirken, jeg som forstander, og vi håber, byrådet vil se positivt på det, når salget skal besluttes i Økonomiudvalget.

Med venlig hilsen
Rolf Dahl""")

M("", """Kære Ahmad

Jeg har læst, at en frikirke har budt på den gamle børnehave på Ishøj Stationsvej. Jeg synes, bygningen bør bruges til et medborgerhus i stedet.

Mvh
Nanna B.""")

M("p", """Hej Mette Lindholm

Kort spørgsmål: Vi har underskrevet købsaftalen på en grund i Ishøj Landsby, men advokatforbeholdet løber stadig. Vores advokat har set en lokalplan-fejl på kortet. Kan du sende det videre til nogen?

Tak
Signe""")

M("", """Til Mette Lindholm

Ishøj Kommunes budget for byggemodning i 2026 er på 12,4 mio. kr. Jeg savner en forklaring på, hvorfor det er steget 60 % på et år.

Mvh
Frede Sund""")

M("pe", """Kære Jesper Bang

Min mor har fået sin plejebolig bevilget fra 1. december, og vi har sat hendes rækkehus på Birkestien til salg. Ejendomsmægleren siger, at der kan gå et halvt år. Skal hun betale både husleje på plejehjemmet og udgifter i huset imens? Det kan hendes pension ikke bære.

Med venlig hilsen
Tina Sørensen""")

M("", """Kære Jesper Bang

Skal man betale dobbelt husleje, når man flytter i plejebolig og ikke har fået solgt sit hus? Jeg spørger på vegne af vores pensionistforening, hvor mange er i tvivl.

Mvh
Aksel""")

M("p", """Kære borgmester

Jeg har læst i lokalavisen, at kommunen har tilbudt at købe Ishøj Tennisklubs anlæg. Som medlem af bestyrelsen vil jeg gerne vide, om kommunen står ved sit bud på 4,2 mio., eller om det er til forhandling. Vi skal have generalforsamling om tilbuddet om 14 dage.

Med venlig hilsen
Palle Jeppesen""")

M("", """Kære borgmester

Ishøj Tennisklub inviterer byrådet til sommerfest den 21. juni. Vi håber på godt vejr og mange gæster.

Mvh
Bestyrelsen""")

M("pe", """Hej Kim

jeg har været på dagpenge i 2 år og nu falder jeg ud. vi har derfor solgt huset på vejleåvej med forbehold for at vi kan finde noget at leje. mægleren siger at vi skal skrive under i dag. er der noget kommunen kan gøre for boliger til folk i vores situation?
mvh Søren T""")

M("p", """Kære Jens

Jeg ejer Café Strandlyst ved stranden og er ved at sælge forretningen. Køberen vil kun overtage, hvis kommunen forlænger lejeaftalen på kiosken. Kan det komme på næste møde i Økonomiudvalget?

Mvh
Malene Hvid""")

M("", """Kære Jens,

Jeg synes, det er en skam, at cafeerne ved stranden lukker kl. 18. Kan kommunen ikke tillade længere åbningstid om sommeren?

Hilsen
Claus""")

M("pt", """Kære Mette

Jeg er født i Pakistan, og min familie har drevet kiosken på Ishøj Torv i 25 år. Nu vil vi sælge, og der er en køber, men centerforeningen vil ikke godkende overdragelsen af lejekontrakten. Vi mener, det handler om vores baggrund. Kan du hjælpe os med at få et møde?

Mvh
Imran Qureshi""")

M("", """Kære Mette

Jeg hedder Imran og driver kiosken på Ishøj Torv. Hvornår bliver torvet renoveret? Der er mange huller i belægningen, og kunderne falder.

Mvh
Imran""")

M("ps", """Kære borgmester

Min kone Lise og jeg, Mette Kirkegaard, har fundet vores drømmehus i Torslunde. Vi har budt, og sælger har accepteret, men tilbuddet er betinget af, at vi kan lave en hestefold på den kommunale jord ved siden af. Kan du fortælle, hvem der kan tage stilling til det?

Med venlig hilsen
Mette Kirkegaard""")

M("", """Kære Jesper

Jeg har været på rådhuset til borgermøde om den nye lokalplan. Meget fint arrangement, og tak for svarene. Jeg glæder mig til at se det endelige forslag.

Mvh
Winnie""")

M("p", """hej mette
naboen i nr. 16 har sat huset til salg og der står i annoncen at der må bygges 2 etager. er det rigtigt? så får vi ingen sol i haven
hilsen Kim og Dorte""")

M("", """Til Teknik- og Miljøudvalgets formand

Vi vil gerne høre, om det er muligt at ændre lokalplanen, så der må bygges en etage mere i vores område. Det drejer sig om hele Bredekærgårdsvej.

Mvh
Grundejerforeningen Bredekær""")

M("", """Kære Ahmad

Det er helt forkert, at byrådet vil sælge den gamle præstebolig. Den er en del af Ishøjs kulturarv. Jeg håber, I stemmer imod.

Mvh
Lokalhistorisk Forening""")

M("pe", """Kære Kim Hansen

Jeg har et hus, som skal på tvangsauktion den 12. januar, fordi jeg ikke har kunnet betale ejendomsskatten efter min skilsmisse. Jeg har fundet en privat køber, der vil betale restgælden, men kommunen skal acceptere en afdragsordning på restancen, før handlen kan gå igennem. Kan du hjælpe med at få det hurtigt behandlet?

Med venlig hilsen
Vibeke Strand
Cpr. [[110668-0934]]""")

M("", """Kære Kim Hansen

Hvor mange ejendomme er kommunen i gang med at sætte på tvangsauktion for skyldig ejendomsskat? Jeg vil gerne vide det som en del af et debatindlæg om boligøkonomi.

Mvh
Niels Haarder""")
