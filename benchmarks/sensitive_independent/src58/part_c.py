"""corpus58 part C: religion and conviction of persons; the same words about institutions."""
from common import M

M("b", """Til Ishøj Svømmehal

Min datter Aya (10) går med tørklæde, og i onsdags sagde svømmelæreren til skolesvømning, at hun
skulle tage det af, fordi det "ikke er hygiejnisk". Hun har en badehætte over tørklædet, og det
har aldrig været et problem før. Hvad er reglen?

Venlig hilsen
Khadija Benali""")

M("", """Hej Svømmehallen

Vi er en svømmeklub med mange nye medlemmer. Må man bade i burkini eller med badetørklæde i
Ishøj Svømmehal, eller er det kun almindelig badedragt? Vi vil gerne skrive det rigtige i vores
velkomstfolder.

Mvh
Ishøj Svømmeklub, sekretariatet""")

M("be", """Til lederen af Ishøj Plejecenter

Min far Abdullah bor på afdeling B. Han spiser kun halal, og det står i hans plan, men i går fik
han frikadeller igen. Han er 88 og siger ikke selv noget. Kan I sikre, at aftenholdet også ved
det? Vi kan gerne selv komme med kød.

Venlig hilsen
Samira Hassan (datter)""")

M("", """Til Forældrebestyrelsen / pladsanvisningen

I forældrebestyrelsen for Børnehuset Solsikken diskuterer vi, om det er enklere at servere
halalkød til alle børn, så køkkenet kun skal lave én ret. Har kommunen en politik for det, eller
bestemmer hver institution selv?

Venlig hilsen
Mikkel, formand for bestyrelsen""")

M("be", """Hej jobcentret

jeg er i virksomhedspraktik i genbrugsbutikken på Ishøj Bygade som I har sat mig i. jeg beder 5
gange om dagen og skal bruge 5 min til middagsbøn og eftermiddagsbøn. lederen siger jeg må bruge
lageret men der er beskidt. kan i snakke med hende? jeg vil gerne blive der

Mustafa""")

M("", """Til Biblioteket

Bliver der et bederum eller stillerum i det nye bibliotek i Ishøj Bycenter? Flere studerende har
spurgt i læsesalen, og vi vil gerne kunne svare dem.

Mvh
Personalet i Ungdomsskolens lektiecafé""")

M("b", """Hej Kulturhuset

Vores søn Lucas skal nonfirmeres med Humanistisk Samfunds ceremoni i maj, og vi vil gerne leje
et lokale til en frokost bagefter, lørdag den 9. maj, ca. 45 personer. Er der noget ledigt?

Venlig hilsen
Tine og Jesper Boll""")

M("", """Hej

Lejer Ishøj Medborgerhus salen ud til konfirmationer i april og maj 2027? Jeg vil gerne vide
prisen, og om man selv må have kok med. Jeg spørger for en veninde.

Mvh Dorthe""")

M("b", """Til skolelederen

Jeg er ateist, og jeg ønsker ikke, at min datter Liva skal øve salmer til skolens juleafslutning
i kirken. Hun er ikke døbt. Kan hun få en anden opgave den dag, uden at det bliver gjort til en
stor ting foran klassen?

Venlig hilsen
Anders Vestergaard""")

M("", """Hej

Hvornår er der gudstjeneste i Ishøj Kirke juleaften, og er der også en børnegudstjeneste? Vi
plejer at gå i Vallensbæk, men de har byggearbejde.

Mvh Jens""")

M("bt", """Til skolelederen på Strandskolen

Vores søn Harjot bærer turban, og vi er sikher fra Punjab. Klassen skal på cykeltur i naturen
fredag, og læreren siger, at alle skal have cykelhjelm på. En hjelm kan ikke komme over en turban.
Kan han gå med i stedet, eller kan vi finde en anden løsning?

Venlig hilsen
Manpreet Singh""")

M("", """Til Center for Byudvikling og Natur

Hver fredag ved middagstid holder bilerne fra fredagsbønnen i moskeen på Industrivej ulovligt
på cykelstien og i busstoppet. Det er farligt for børnene, der kommer fra skole. Kan I sætte
skilte op eller sende en parkeringsvagt?

Venlig hilsen
Jørgen Nielsen""")

M("b", """Til SFO'en Regnbuen

Vi er Jehovas Vidner, og vi ønsker ikke, at vores søn Samuel deltager i fødselsdagsfejringer og
fastelavn. Vi vil gerne tale om, hvordan det kan gøres, så han ikke føler sig udenfor. Hvem
aftaler vi det med?

Med venlig hilsen
Ruth og Daniel Poulsen""")

M("bhe", """Til sygeplejersken på Ishøj Plejecenter, afdeling A

Min mor Gerda, som bor hos jer, skal opereres for en brækket hofte på Hvidovre på torsdag. Hun er
Jehovas Vidne og vil ikke modtage blod. Hun har et underskrevet dokument om det. Vil I sørge for,
at det følger med hende til hospitalet?

Venlig hilsen
Lise Dahl""")

M("", """Hej

Kommer Jehovas Vidner stadig rundt ved dørene i Ishøj? Kan kommunen forbyde den slags
dørsalg, eller hvad det nu hedder, i boligområderne?

Hilsen
Bodil""")

M("b", """Hej lærerne i 5.c

Vores søn Idris faster i ramadanen i år for første gang. Sportsdagen ligger midt i, og han vil
gerne deltage. Kan han få lov at tage det lidt roligt og sidde i skyggen i pauserne? Han skal
ikke drikke noget, siger han selv.

Hilsen
Ilham og Karim""")

M("", """Hej

Hvornår starter den fælles iftar i Ishøj Medborgerhus i år? Vi er et par naboer fra
Ishøj Strand, der gerne vil komme og smage. Skal man tilmelde sig?

Venlig hilsen
Susse""")

M("b", """Til Kirkegårdskontoret / Ishøj Kommune

Jeg er katolik, og min mor, som døde i weekenden, var det også. Hun skal begraves fra Sankt
Knuds Kirke i Albertslund, men hun ønskede at ligge på Ishøj Kirkegård ved min far. Kan en
katolsk præst forrette ved graven på Ishøj Kirkegård?

Med venlig hilsen
Teresa Kowalczyk""")

M("be", """Til Ydelseskontoret

Jeg søger om enkeltydelse til konfirmationstøj og fest til min datter Sofie, som skal
konfirmeres den 2. maj. Jeg er på kontanthjælp og har ingen opsparing. Jeg har vedhæftet
tilbud på kjole og sko.

Venlig hilsen
Marianne Jensen
[[130887-2940]]""")

M("", """Hej

Hvad er åbningstiderne på Ishøj Kirkegård om vinteren, og må man køre ind med bil, hvis man har
svært ved at gå? Jeg vil gerne besøge et gravsted ved nytår.

Mvh Helge""")

M("b", """Hej

Jeg er buddhist og min mand var det også. Han døde i februar og er blevet kremeret. Vi ønskede
altid at hans aske skulle spredes ved havet. Må man sprede aske ud for Ishøj Strand, og skal
man søge om det hos kommunen?

Med venlig hilsen
Phuong Larsen""")

M("bt", """Til Ishøj Fodboldklub og kommunens idrætskonsulent

Vi er jødiske og holder sabbat, så vores søn kan ikke spille kampe lørdag formiddag. Klubben
siger, at alle U12-kampe ligger lørdag, fordi kommunen fordeler banetiderne. Er det muligt at
få enkelte kampe flyttet til søndag?

Venlig hilsen
David Rosenthal""")

M("", """Hej Biblioteket

Laver I Hanukkah-lysetænding igen i år i forbindelse med "Lys i mørket"-ugen? Min datters
dagplejer vil gerne komme med børnene.

Venlig hilsen
Camilla Wiese""")

M("b", """Hej

vi fejrer diwali med familien den 8. november og vil gerne tænde lidt fyrværkeri i haven kl.
20-21. Er det lovligt uden for nytår, eller skal vi søge om tilladelse? Vi bor på Vejlebrovej.

Mvh Priya og Arjun""")

M("", """Hej

Må man fyre fyrværkeri af nytårsaften fra kl. 18, eller er der et forbud i år pga. tørke? Og
gælder det også raketter på stranden?

/ Ib""")

M("bh", """Til Hjemmesygeplejen

Jeg har et sår på benet, som skal skiftes hver anden dag efter min operation. Jeg bærer niqab og
vil meget gerne have en kvindelig sygeplejerske, når jeg skal tage strømpen af. Er det muligt
at tage hensyn til det i planen?

Venlig hilsen
Fatima""")

M("b", """Til Center for Byudvikling og Natur

Jeg er imam ved Ishøj Moské og bor privat på Gadekærvej 3. Kommunens gravearbejde ud for mit hus
har nu stået i tre uger, og jeg kan ikke komme ud af indkørslen med bilen. Hvornår bliver
hullet lukket?

Med venlig hilsen
Imam Yasin Kaplan""")

M("", """Til Byggesagsafdelingen

På vegne af bestyrelsen for Ishøj Islamiske Kulturcenter søger vi om at opsætte et nyt skilt med
navnet på facaden, 3 x 0,6 m. Tegninger er vedhæftet. Sagsnummer fra forhåndsdialogen:
2025-1188-04.

Med venlig hilsen
Bestyrelsen""")

M("p", """Til Byggesagsafdelingen

Vi er ved at sælge vores villa på Tranegilde Strandvej til Ishøj Frikirke, men handlen er
betinget af, at de må bruge kælderen til bøn og bibelstudie om aftenen. Skal der søges om
ændret anvendelse, og kan det ske, før skødet underskrives?

Venlig hilsen
Henning og Lis Mortensen""")

M("b", """Hej Borgerservice

Jeg konverterede til islam sidste år og vil gerne tage navnet Maryam som mellemnavn. Skal jeg
søge om det hos jer eller hos kirkekontoret? Jeg er ikke længere medlem af folkekirken.

Mvh
Louise (Maryam) Kjær""")

M("", """Til byrådet

Debatten om moskébyggeriet på sidste byrådsmøde var pinlig at høre på. Begge sider talte forbi
hinanden. Kan I ikke holde et borgermøde, hvor alle kan komme til orde?

Hilsen
Morten Sand""")

M("b", """Til Teknik og Miljø

Jeg er medlem af Enhedslisten i Ishøj, og i weekenden blev otte af vores valgplakater på
Ishøj Parkvej taget ned af kommunens folk, selvom de hang efter reglerne. Hvem har besluttet
det?

Venlig hilsen
Signe Thygesen""")

M("", """Hej

Hvor tidligt må man hænge valgplakater op før kommunalvalget, og må de hænge på lygtepæle
ved rundkørslerne? Jeg vil gerne vide det, da jeg bor ved Ishøj Boulevard og ser mange.

Mvh Poul""")

M("b", """Til Borgmesteren

Jeg stemte på Venstre ved sidste valg, men jeg fortryder. I har lovet lavere dækningsafgift i
to valgkampe nu. Jeg vil gerne have et konkret svar på, hvornår den kommer.

Med venlig hilsen
Kurt Aagesen""")

M("bh", """Til køkkenet på Vibeholmskolen

Min søn Viggo er veganer af etiske grunde, og han har også svær nøddeallergi (han har EpiPen). Han
vil gerne bestille skolemad, men der står mandel i flere af de veganske retter. Kan I lave en
udgave uden nødder?

Venlig hilsen
Kathrine Lund""")

M("", """Til rådhusets kantineudvalg

Hvorfor er der ikke en vegetarisk ret hver dag i kantinen? Flere kolleger i min afdeling har
spurgt. Jeg sender det til jer, fordi vi ikke ved hvem der bestemmer menuen.

Hilsen
Bjørn, Center for Borger, Økonomi og IT""")

M("be", """Til Jobcentret

Jeg er på kontanthjælp og har fået besked på at starte på et kursus i "jobsøgning og livsmod",
som holdes i en frikirkes lokaler med bøn før frokost. Jeg er humanist og medlem af Humanistisk
Samfund, og jeg vil ikke deltage i bøn. Kan jeg få et andet kursus?

Venlig hilsen
Mads Ebbesen""")

M("b", """Til politiets og kommunens arrangementsteam

Jeg er aktivist i Extinction Rebellion København Vest, og vi vil gerne lave en fredelig
sit-in foran rådhuset den 20. september kl. 12–15 om klimaplanen. Hvor søger vi om lov til at
bruge pladsen, og må vi have en lille lydanlæg?

Venlig hilsen
Ida Holmgaard""")

M("", """Hej

Hvem i kommunen godkender demonstrationer på rådhuspladsen? Jeg så et opslag om en klima-
demonstration og vil gerne vide, om den er tilladt, for den ligger samme dag som markedet.

Mvh Lars""")

M("bt", """Dear Ishøj Kommune,

We are Coptic Christians from Egypt and moved to Ishøj last month. Our children go to mass with
us every Sunday in Copenhagen. Is there a school bus or a Flextur we can use on Sundays, or do
we have to take the train?

Best regards,
Mina and Mariam Girgis""")

M("bhe", """Til Kørselskontoret

Jeg har sklerose og er på førtidspension. Jeg er katolik og har gået til messe hver søndag i 30
år, men nu kan jeg ikke tage bussen længere. Jeg har søgt om at få Flextur-kort med særlig
takst, men fik afslag. Kan jeg klage over det?

Venlig hilsen
Bernadette Nowak
cpr-nr. [[040555-0716]]""")

M("", """Hej

Kører Flextur også om søndagen og helligdage? Og hvad koster det fra Ishøj Landsby til
Hvidovre Hospital? Jeg skal hjælpe en nabo med at finde ud af det.

Vh Grethe""")

M("b", """Hej

Vores lille søn skal døbes i Torslunde Kirke søndag den 14. juni kl. 11. Må gæsterne parkere
på grusarealet ved forsamlingshuset, eller er det kun for kirkens ansatte? Vi forventer ca. 15
biler.

Mvh
Sanne og Thomas""")

M("", """Hej

Kan man låne eller leje sognegården ved Ishøj Kirke til en 60-års fødselsdag, eller er det
kun for kirkelige arrangementer? Jeg har ledt på kommunens side men kan ikke finde det.

Mvh Kirsten""")

M("b", """Til Medborgerhuset

Jeg er lokalformand for Dansk Folkeparti i Ishøj, og vi vil gerne booke et mødelokale til vores
generalforsamling den 12. februar kl. 19. Jeg har fået at vide, at politiske partier ikke kan
booke. Er det rigtigt?

Med venlig hilsen
Hans-Jørgen Bak""")

M("b", """Kære skolebestyrelse og forvaltning

Jeg er pacifist, og jeg synes ikke, at Forsvaret skal have en stand med våben på skolens
uddannelsesmesse. Min søn er i 9. klasse og skal deltage. Kan han få lov at blive væk fra den
del?

Venlig hilsen
Kristoffer Juul""")

M("", """Hej

Kommer Forsvaret på uddannelsesmessen i Ishøj i år? Min søn overvejer at blive soldat og vil
gerne tale med nogen der har været inde.

Hilsen Tina""")

M("b", """Til Borgerservice

Jeg meldte mig ud af folkekirken i 2024, fordi jeg er ateist, men jeg betaler stadig kirkeskat
ifølge min årsopgørelse. Kan I se, om udmeldelsen er registreret?

Mvh
Rune Kastrup
[[281190-1433]]""")

M("", """Hej

Hvad er kirkeskatten i Ishøj for 2027, og er den højere end i Vallensbæk? Jeg overvejer at
flytte og sammenligner kommunerne.

Mvh Ole Friis""")

M("bh", """Til Hjemmeplejen / Sygeplejen

Min far Kuldip, der er sikh, har fået kræft i tarmen og er startet på kemo. Han kan ikke længere
løfte armene nok til at binde sin turban om morgenen, og det er meget vigtigt for ham. Kan
sygeplejersken, der kommer med medicin, hjælpe med det, eller skal vi søge om noget?

Venlig hilsen
Simran Kaur""")
