"""corpus84, part H: mixed letters on work and income, reply chains, and hard negatives with look-alike numbers."""
from common import M

M("", """Til Jobcenter Ishøj

Jeg er kontaktperson i en boligforening og vil gerne vide, hvad jobcentrets telefontid er om fredagen. Flere af vores beboere har spurgt, og vi vil gerne sætte det i beboerbladet.

Venlig hilsen
Anni Thygesen, Ishøj Strandpark Afd. 4""")

M("pe", """Hej Jakob

Kort fortalt: Jeg er blevet sagt op hos Danfoss efter 14 år, og min kone er på dagpenge. Vi har et bud på vores rækkehus på Gildbrovej, men køberen vil have os ud 1. februar, og vi har ikke fundet noget at leje. Jeg ved ikke, om kommunen kan noget, men jeg skriver alligevel.

Hilsen
Jan Ebbesen""")

M("", """Til hovedpostkassen

Reference: kundenr. 2703851192, journalnr. 27.15.00-G01-14-24.
Vi har fået en rykker for en regning, vi betalte den 3. marts fra reg.nr. 2211, kontonr. 6280094417. Kan I tjekke jeres kontoudtog og annullere rykkergebyret?

Med venlig hilsen
Bogholderiet, Ishøj Maler- & Tapetserforretning""")

M("b", """Kære Søren Kirk

Jeg er aktiv i Extinction Rebellion og var med til demonstrationen ved Ishøj Havn. Jeg er også ansat hos et transportfirma, og min chef har spurgt mig, om jeg "er en af dem". Må han det?

Mvh
Silje""")

M("tp", """Til Center for Byudvikling og Natur

Jeg er opvokset i Gambia og har drevet en afrikansk købmandsbutik i Ishøj i otte år. Nu har jeg fundet en køber til forretningen og den lille erhvervsejerlejlighed, den ligger i. Han har skrevet under på en betinget aftale og venter på, at I godkender, at han må lave et køkken bagved. Hvor længe tager det?

Med venlig hilsen
Lamin Jallow""")

M("", """Hej

Er der nogen ledige sommerjob for unge i kommunens parkafdeling? Min datter er 16 og vil gerne tjene lidt penge i ferien.

Mvh
Karsten""")

M("pb", """Til formand for Økonomiudvalget

Jeg er medlem af Dansk Folkeparti i Ishøj og skriver som privatperson. Min kone og jeg har sat vores sommerhus i Ishøj Landsby til salg, og vi har fået et bud, men køberen vil kun købe, hvis kommunen lover at lave en cykelsti forbi. Hvad er planerne for den sti?

Med venlig hilsen
Preben Kallehauge""")

M("s", """Kære borgerrådgiver

jeg er bøsse og arbejder i et supermarked. en kunde kaldte mig et grimt ord og min chef grinede bare. jeg vil ikke anmelde nogen jeg vil bare vide om der er et sted man kan snakke med nogen om det. /Victor""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi er en virksomhed, der har fået tilskud til en voksenlærling. Hvornår udbetales tilskuddet for 2. kvartal? Vores CVR-nr. er 37 19 88 02 og sagsnr. hos jer er 23/34417.

Med venlig hilsen
Lønbogholder, Ishøj Auto Service""")

M("p", """Kære Ishøj Kommune

Jeg har købt en grund af kommunen i Ishøj Landsby, men har endnu ikke fået skødet. Mægleren siger, at der mangler en underskrift fra kommunen. Banken vil ikke udbetale lånet, og sælgeren af mit nuværende hus bliver utålmodig, for jeg har også solgt, betinget af at jeg kan flytte. Hvornår kommer skødet?

Mvh
Thomas Lykke""")

M("hes", """Til Jobcenter Ishøj

Jeg er kvinde og gift med Nina. Jeg har været sygemeldt med en piskesmæld efter et trafikuheld på vej hjem fra arbejde i en kommunal bil. Jeg har fået sygedagpenge i 6 måneder, og nu vil I stoppe dem. Jeg har stadig hovedpine hver dag.

Venlig hilsen
Pernille Ravnholt
[[081184-2214]]""")

M("", """Kære borgmester

Jeg synes, at jobcentrets nye åbningstider er for korte. Det er svært for folk, der arbejder, at komme forbi. Kan de udvides om torsdagen?

Mvh
Flemming""")

M("tp", """Hej

Vi er en grønlandsk familie og har lige fået et bud på vores andelsbolig i Vejleåparken, men foreningen har forkøbsret via kommunens venteliste. Vil I give os besked, om nogen på listen vil have den, inden fristen fredag?

Inga Kristiansen""")

M("b", """Til udvalgssekretær for Social- og Sundhedsudvalget

Jeg er humanist og medlem af Humanistisk Samfund. Jeg har hørt, at kommunen vil invitere præster til at tale med ansatte på plejecentrene om død. Jeg vil bede om, at der også tilbydes en sekulær samtalepartner.

Med venlig hilsen
Lise Holmberg""")

M("", """Til borgerrådgiveren

Jeg arbejder som sekretær i en boligforening i Ishøj og vil gerne høre, hvordan borgerrådgiveren registrerer henvendelser i sin årsberetning. Kan jeg få en kopi af den seneste?

Venlig hilsen
Karen Friis""")

M("ep", """Fra: Maja Lindhardt
Sendt: 14. nov.
Til: Ishøj Kommune, Opkrævningen

> Den 2. nov. skrev Opkrævningen:
> Vi har sendt din restance på 18.400 kr. til Gældsstyrelsen.

Hej

Jeg har lige fået en køber til mit rækkehus, og handlen er betinget af, at der ikke er udlæg i ejendommen. Kan I trække restancen tilbage fra Gældsstyrelsen, hvis jeg betaler den fulde sum ved overtagelsen?

Maja""")

M("bt", """Kære Fatima Yousef

Jeg er iransk bahá'í og kom til Danmark som flygtning. Jeg arbejder nu som tandlæge i Ishøj. Vi er en lille menighed, og vi vil gerne låne et lokale i kulturhuset til en fest i april. Kan du hjælpe?

Venlig hilsen
Shahram Rezaei""")

M("", """Hej

Vi har en faktura fra kommunen på leje af Ishøj Idrætscenter til vores firmaidrætsdag. Fakturanummer 1709250338, EAN 5798000456123. Beløbet er dobbelt så højt som aftalt. Kan I rette det?

Mvh
Ishøj Firmasport""")

M("s", """Til HR i Ishøj Kommune

Jeg er ny medarbejder og skal udfylde skemaet om pårørende. Der er kun felter til "ægtefælle (mand/kvinde)". Jeg er gift med en kvinde og er selv kvinde, og det er lidt akavet at udfylde. Kan I opdatere skemaet?

Venlig hilsen
Katrine Ebbesen""")

M("pu", """Kære udvalgsformand

Jeg er medlem af El-forbundet og har købt et hus i Vejleå, hvor handlen først er endelig, når kommunen har godkendt et skel. Jeg er bange for at køberen af min gamle lejlighed trækker sig, hvis der er forsinkelser. Kan I hjælpe?

Mvh
Rasmus Juhl""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvordan søger man som virksomhed om at blive godkendt som praktiksted for ledige? Vores p-nr. er 1017890456, og vi har ledige pladser fra januar.

Venlig hilsen
Ishøj Gartneri""")

M("b", """Hej Hanne

Jeg er kirkesanger og medlem af menighedsrådet i Torslunde. Jeg går til gudstjeneste hver søndag og har gjort det i 40 år. Jeg vil bare sige tak for jeres støtte til restaureringen af kirken.

Med venlig hilsen
Eva Kristensen""")

M("pe", """Til Center for Byudvikling og Natur

Jeg har en andelsbolig i Ishøj, som jeg skal sælge, fordi jeg er blevet skilt. Min eks-mand vil ikke skrive under på salget, og køberen er ved at trække sig. Kan kommunen mægle?

Med venlig hilsen
Heidi Lund""")

M("", """Hej Jobcenter

Jeg har et spørgsmål om jeres virksomhedskonsulenter: Hvem er kontaktpersonen for restaurationsbranchen? Vi vil gerne have en fast person at ringe til.

Mvh
Restaurant Havnekanten""")

M("t", """Til byrådsmedlem Jakob Nørgaard

Jeg er af vietnamesisk afstamning og arbejder på et lager. Min chef kalder mig "Kinamanden". Jeg synes, det er racisme. Hvad kan jeg gøre?

Mvh
Nam""")

M("pe", """Til borgerrådgiveren

Mit firma er gået konkurs, og jeg har personlig gæld på 600.000 kr. Jeg har sat min lejlighed i Ishøj Strandpark til salg, men køberen har fået afslag på lån. Kan kommunen hjælpe, så jeg ikke ender på gaden?

Venlig hilsen
Henrik Brask""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi ønsker at få oplyst, hvordan kommunen samarbejder med a-kasserne om ledige. Hvilke a-kasser har I mest samarbejde med? Vi skriver en rapport om emnet.

Med venlig hilsen
Analyseinstituttet VIVE""")

M("bs", """Til borgmester Merete Amdisen

Jeg er sognepræst og gift med min mand, Torben. Vi er flyttet til Ishøj, og jeg er ansat i Ishøj Sogn fra 1. september. Jeg vil bare sige hej og høre, om kommunen har et velkomstarrangement for nye tilflyttere?

Venlig hilsen
Mads Holm""")

M("e", """hej. har fået brev om at min kontanthjælp stopper fordi min kæreste flytter ind. hun tjener 28.000 om måneden. men hun betaler ikke mine regninger. hvad gør jeg nu?? /Sandra""")

M("", """Hej

Jeg har set jeres opslag om en stilling som SOSU-assistent på Ishøj Plejecenter, jobnr. 250124-3381. Er stillingen stadig ledig, og er det muligt at få et fleksibelt skema?

Mvh
Anja""")

M("tu", """Til formanden for Beskæftigelsesudvalget

Jeg er medlem af 3F og kommer fra Litauen. Jeg har arbejdet i et slagteri i otte år. Nu skal fabrikken lukke, og mange af os østeuropæere ved ikke, hvad vi skal gøre. Kan jobcentret lave et informationsmøde på russisk eller litauisk?

Med venlig hilsen
Tomas Kazlauskas""")

M("p", """Hi,

My wife and I have made an offer on a terraced house in Ishøj Landsby, and the seller has accepted subject to our bank's approval. The bank asks for a document from the municipality about the planned road in front of the house. Where do we get it?

Best,
Mark and Sophie Harrington""")

M("", """Hej

Jeg er leder af Ishøj Bibliotek og vil gerne invitere jobcentret til at holde et åbent arrangement om jobsøgning i vores lokaler. Hvem kan jeg kontakte?

Mvh
Hanne Vestergaard""")

M("hep", """Kære borgmester

Min mand har fået en hjerneskade efter en arbejdsulykke på en byggeplads. Han er nu på førtidspension. Vi skal sælge vores hus, fordi det ikke er handicapvenligt. Vi har en køber, der vil give 3,4 mio., men han vil vente med at underskrive til efter nytår. Kan kommunen hjælpe os med at finde en lejebolig i mellemtiden?

Med venlig hilsen
Susanne Kamp
[[120975 2026]]""")

M("b", """Til Ishøj Kommune, personaleafdeling

Jeg er medlem af Jehovas Vidner og kan ikke deltage i fødselsdagsfejringer. Min leder har bedt mig holde tale for en kollega, der fylder 50. Kan jeg få det undtaget?

Venlig hilsen
Jonathan""")

M("", """Til borgmesterens PA

Vi er en gruppe elever fra Ishøj Gymnasium, der laver projekt om ungdomsarbejdsløshed. Kan vi interviewe borgmesteren i 15 minutter?

Mvh
Aya, Julie og Mikkel""")

M("hs", """Kære Hanne

Min kone Mette og jeg har lige fået at vide, at hun er gravid med vores første barn ved hjælp af fertilitetsbehandling. Jeg er også kvinde. Vi er begge ansat i kommunen. Hvordan fordeler man orlov mellem to mødre?

Venlig hilsen
Louise""")

M("ept", """Til Center for Byudvikling og Natur

Jeg er tyrkisk og har haft en frisørsalon i Ishøj i 15 år. Nu er jeg gået konkurs og skal sælge lokalet. Der er en køber, men hun vil have, at kommunen godkender en ny brug som kosmetikklinik. Kan I skynde jer? Jeg har ingen indtægt nu.

Mvh
Mehmet Kaya""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvor kan jeg se kommunens regler for brug af konsulenter i beskæftigelsesindsatsen? Vi er en privat aktør, der gerne vil byde ind.

Med venlig hilsen
JobPartner ApS, CVR 29 38 47 56""")

M("e", """Til Ishøj Kommune

Jeg er 68 og har arbejdet hele mit liv. Nu har jeg fået et brev om, at min folkepension bliver reduceret, fordi min kone arbejder. Det er urimeligt. Jeg vil gerne klage.

Venlig hilsen
Knud Petersen
[[2307561031]]""")

M("p", """Til Ishøj Kommune

Jeg har arvet min mors hus i Ishøj og har fået et bud fra en køber. Han har taget forbehold for en tilstandsrapport, og der er en gammel olietank, som kommunen skal godkende fjernelsen af. Hvornår kan I komme ud?

Mvh
Susanne Holm""")

M("", """Hej

Har kommunen en liste over AMU-kurser, som ledige kan tage? Jeg er studievejleder og vil gerne kunne henvise kursister.

Venlig hilsen
Kirsten, VUC Vestegnen""")

M("b", """Kære Jakob

Jeg er medlem af Venstre og sidder i bestyrelsen for en lokal erhvervsforening. Vi vil gerne invitere dig til et møde om erhvervsudvikling i Ishøj.

Venlig hilsen
Bent Schou""")

M("t", """Hej

Jeg er halvt thai og halvt dansk, og jeg arbejder i en restaurant. Min chef siger, at jeg skal stå i køkkenet i stedet for i serveringen, fordi gæsterne forventer en thai-kok. Jeg er uddannet tjener. Er det diskrimination?

Mvh
Anong""")

M("", """Til Ishøj Kommune

Vi vil gerne søge om tilladelse til at sætte en midlertidig container op ved vores byggeplads på Industrivej 12. Vores målernr. er 57281043 og matrikelnr. 4bk. Hvem behandler den slags?

Med venlig hilsen
Byg & Bo ApS""")

M("pt", """Til Center for Byudvikling og Natur

Vi er en dansk-kurdisk familie, der har givet bud på en grund i Tranegilde til et nyt hus. Sælger har accepteret, men handlen er betinget af, at vi får byggetilladelse til et hus i to etager. Hvor hurtigt kan I behandle ansøgningen?

Med venlig hilsen
Familien Yildiz""")
