"""corpus10, part C: mails about neighbours, and mails from landlords, housing
associations (boligselskaber, afdelingsbestyrelser) and property owners."""
from common import M

M("h", """Til Center for Voksne og Velfærd

Jeg er bekymret for min nabo i nr. 14, en ældre mand der bor alene. Han har i flere måneder drukket
meget, og i weekenden lå han i opgangen og kunne ikke rejse sig. Jeg tror ikke han får hjælp fra
nogen. Kan kommunen tage kontakt til ham? Jeg vil helst ikke have at han ved det var mig.

Venlig hilsen
en nabo på Gildbrovej""")

M("", """Hej. Naboens hæk på Vejlebrovej 23 er nu over 2,5 meter høj og skygger for hele vores have. Vi
har talt med ham flere gange. Kan kommunen gøre noget, eller er det en privatretlig sag? /Birgitte""")

M("p", """Kære Center for Byudvikling og Natur

Vores nabo på Torslunde Bygade 4 har sat sit hus til salg, og mægleren har fortalt potentielle
købere at "der må bygges en etage ovenpå". Vi mener ikke lokalplanen tillader det. Kan I bekræfte
det, før en køber skriver under på et forkert grundlag?

Mvh. Annette og Bjarne Ohlsen, Torslunde Bygade 6""")

M("", """Til Center for Byudvikling og Natur

Huset ved siden af os, Torslunde Bygade 8, blev solgt sidste år, og de nye ejere er flyttet ind.
Nu bygger de en stor tilbygning. Er der givet byggetilladelse? Vi er ikke blevet hørt.

Hilsen Poul Thomsen""")

M("e", """Til Ishøj Kommune, Boligsocialt team

Fra: Ishøj Strandpark Boligselskab, afdeling 3, administrationen

Vi vil gerne orientere om at en lejer i afdelingen, Carina Hald, Strandgårdsparken 41, 3. th., nu
har en huslejerestance på 3 måneder (27.900 kr.). Vi har sendt påkrav, og sagen går til
boligretten, hvis der ikke sker noget inden den 15. Lejer har to mindreårige børn. Vi håber
kommunen kan gå ind i sagen, så en udsættelse kan undgås.

Med venlig hilsen
Henrik Staal, udlejningsansvarlig""")

M("", """Til Ishøj Kommune

Fra: Ishøj Strandpark Boligselskab

Vi afholder beboermøde i afdeling 3 tirsdag den 14. kl. 19 om den nye helhedsplan. Vi vil gerne have
en repræsentant fra kommunen til at fortælle om tidsplanen for renoveringen. Beboerne har mange
spørgsmål om genhusning.

Venlig hilsen
Henrik Staal""")

M("h", """Hej

Jeg er vicevært i afdelingen på Vejleåparken. En beboer, Frank Jessen i opgang 12, har en så
alvorlig samlemani at der er rotter og lugt i hele opgangen. Han har tidligere fortalt mig at han
går hos en psykiater og får medicin for OCD. Vi vil ikke sætte ham ud, men vi har brug for hjælp
fra kommunen til at tale med ham.

Mvh. Jørn, vicevært""")

M("t", """Til borgmesteren

Jeg skriver fordi min nabo gennem to år, der bor i stuelejligheden under mig, hele tiden råber
"sorte svin" efter min søn og mig, når vi går forbi. Vi er fra Eritrea. Politiet siger at de ikke
kan gøre noget. Boligselskabet siger at det er en sag mellem naboer. Hvem kan hjælpe os?

Med venlig hilsen
Senait Tesfay""")

M("", """Til borgmesteren

Vi har problemer med larm fra naboen under os, der spiller høj musik til langt ud på natten, også
på hverdage. Boligselskabet siger at det er en sag mellem naboer. Har kommunen nogen muligheder?

Venlig hilsen
Tove Hein""")

M("p", """Kære kommune

Jeg ejer et kolonihavehus i Haveforeningen Strandhaven (have nr. 38), og jeg har en køber der vil
give 465.000 kr. Foreningen mener prisen er for høj i forhold til vurderingen, og handlen er sat i
bero. Kommunen ejer jorden — har I noget at skulle have sagt om prisen?

Mvh. Jonna""")

M("", """Til kommunen

Hvilke regler gælder for hvor meget man må bygge på en kolonihavegrund i Haveforeningen
Strandhaven? Kommunen ejer jorden, så jeg går ud fra at det er jer der bestemmer.

Mvh. Jonna's nabo, have 40""")

M("b", """Hej

Jeg bor i Ishøj Landsby og min nabo er meget aktiv i Jehovas Vidner. Han har nu tre gange ringet
på og delt blade ud til min 14-årige datter, når hun var alene hjemme, selv om jeg har bedt ham
lade være. Jeg ved godt at det ikke er ulovligt, men kan kommunen gøre noget?

Mvh. Kent""")

M("", """Hej, må man dele religiøse pjecer ud i opgangene i de almene boliger? Nogen har lagt løbesedler
om et møde i Ishøj Moské i alle postkasser. Jeg er bare nysgerrig på reglerne. /Anne""")

M("ep", """Til Center for Borger, Økonomi og IT

Jeg skylder kommunen 41.000 kr. i ejendomsskat og renter, og min bank har sagt nej til at låne mig
flere penge. Jeg har derfor sat mit rækkehus på Gadekærvej til salg. En køber har budt, men han
vil først skrive under når I har bekræftet at der ikke kommer tvangsauktion. Hvad kan I love?

Med venlig hilsen
Hans Christian Rask""")

M("", """Til Center for Borger, Økonomi og IT

Jeg vil gerne vide hvordan ordningen med lån til betaling af ejendomsskat fungerer, og hvad renten
er. Jeg skriver en kort artikel om det til grundejerforeningens blad.

Mvh. Dennis""")

M("", """Til Center for Byudvikling og Natur

Vi er en afdelingsbestyrelse og vil gerne klage over at kommunen ikke har ryddet op efter
vandledningsarbejdet på Vejleåvej. Der ligger stadig grus og afspærringer efter tre uger.

Afdelingsbestyrelsen, Vejleåvej 80-120""")

M("s", """Hej

Vi er to kvinder, der er gift og bor på Ishøj Strandvej. Nogen har to gange skrevet "lesbiske
svin" på vores hoveddør og sprøjtet maling på vores bil. Politiet har fået en anmeldelse. Vi vil
gerne have kommunen til at fjerne graffitien på cykelskuret, som vi ikke selv ejer.

Mvh. Louise og Tine""")

M("", """Hej. Der er sprøjtet graffiti på cykelskuret ved Ishøj Strandvej 60. Kan kommunen fjerne det?
Det er ikke pænt at se på for børnene. /Ebbe""")

M("e", """Til Center for Voksne og Velfærd

Fra: Boligselskabet Ishøjhusene, udlejning

Vi har modtaget en opsigelse fra lejer Kim Sandberg, der oplyser at han skal i fængsel i 14
måneder fra januar. Han har spurgt om han kan fremleje lejligheden imens. Kan kommunen hjælpe ham
med at søge boligstøtte til fremlejetageren, eller skal han opsige?

Med venlig hilsen
Susanne Klit""")

M("", """Til Center for Voksne og Velfærd

Fra: Boligselskabet Ishøjhusene

Vi har 12 ledige ungdomsboliger på Vejleå Allé. Vi vil gerne samarbejde med kommunen om at
informere om dem. Kan I dele det med relevante medarbejdere? Lejen er 3.850 kr. pr. måned.

Susanne Klit""")

M("pe", """Til hovedpostkassen

Vi er en andelsboligforening på 18 lejligheder på Ishøjgårdsvej. Et medlem, Vibeke Thorsen, er gået
konkurs og skal sælge sin andel. Der er en køber på hånden, men bestyrelsen har endnu ikke godkendt
overdragelsen, fordi vi venter på at kommunen svarer på om lejligheden er godkendt til beboelse i
sin nuværende form. Kan vi få et svar inden den 1.?

Med venlig hilsen
Bestyrelsesformand Ib Christophersen""")

M("", """Til hovedpostkassen

Vi er en andelsboligforening på Ishøjgårdsvej og vil gerne have en kopi af BBR-meddelelsen for
vores ejendom. Ejendomsnr. 183-015441. Vi bruger den til vores årlige valuarvurdering.

Bestyrelsen""")

M("ht", """Kære Center for Voksne og Velfærd

Min nabo, fru Bakkali, er en ældre marokkansk kvinde, der ikke taler dansk. Hun har fået et brev
om at hendes hjemmesygepleje stopper, og hun har bedt mig læse det for hende. Hun har sukkersyge og
kan ikke selv tage blodsukker, fordi hun ryster på hænderne. Jeg har ingen fuldmagt, men kan I ringe
til hendes søn på 31 27 44 08?

Mvh. Gitte Lindholm, Baldersbækvej 9""")

M("", """Hej

Jeg er nabo til en ældre kvinde på Baldersbækvej, som jeg hjælper med indkøb. Findes der en liste
over frivillige besøgsvenner i Ishøj, som jeg kan give videre til hende?

Mvh. Gitte""")

M("p", """Til Center for Byudvikling og Natur

Jeg er udlejer af ejendommen Ishøj Bygade 42 med seks lejemål. Jeg forhandler med en investor om
salg af ejendommen, men vi er ikke enige om prisen endnu. Investor vil have kommunens svar på om
tagetagen kan indrettes til to ekstra lejligheder, før han giver et endeligt bud. Kan I give et
forhåndstilsagn?

Med venlig hilsen
Steffen Hoff""")

M("", """Til lejerne i Ishøj Bygade 42 — videresendt til kommunen til orientering

Kære lejere. Ejendommen har skiftet ejer pr. 1. august, og handlen er endeligt på plads. Den nye
ejer overtager alle lejekontrakter uændret. Huslejen betales fortsat til konto 9570 0011234890.

Med venlig hilsen
Administrator, Hoff Ejendomme""")

M("", """Hej. Må jeg som privat udlejer kræve tre måneders depositum for et værelse? Og hvem fører
tilsyn med reglerne for værelsesudlejning? Mvh. Lene""")

M("s", """Til Center for Byudvikling og Natur

Jeg og min kæreste Thomas har købt rækkehuset på Torslundevej 3 og er flyttet ind i maj. Vores
nabo har siden vi flyttede ind kaldt os "bøsserøvene" over hækken og nu sat et hegn op, der går
30 cm ind på vores grund. Vi vil gerne vide hvor skellet præcist går, og om hegnet kræver
tilladelse.

Mvh. Mikkel Juhl""")

M("", """Til Center for Byudvikling og Natur

Min kæreste og jeg har købt rækkehuset på Torslundevej 5 (overtaget i maj). Vi vil gerne vide hvor
skellet præcist går mod nr. 7, fordi vi vil sætte et nyt hegn op. Findes der et kort?

Mvh. Kim Hansen""")

M("p", """Hej

Vi har købt et hus på Vejleå Parkvej, og købsaftalen er underskrevet, men der er advokatforbehold
til fredag. Vores advokat har opdaget at carporten måske er opført uden tilladelse. Kan I se i
jeres arkiv om der er givet byggetilladelse, og gerne hurtigt?

Mvh. Stine og Anders Brink""")

M("", """Hej. Hvor kan jeg se om en carport på en ejendom i Ishøj har byggetilladelse? Findes der et
offentligt arkiv online? Mvh. ejendomsmægler Carsten Frost, Home Ishøj""")

M("e", """Kære kommune

Min nabo ovenpå, en ung mor med to små børn, råber og skriger hver aften, og børnene græder. I går
hørte jeg et brag og et barn der skreg "stop". Jeg er bange for at børnene ikke har det godt. Jeg
vil gerne lave en underretning, men anonymt. Hun bor på Strandgårdsparken 9, 4. tv.""")

M("", """Hej. Hvordan laver man en underretning til kommunen, hvis man er bekymret for et barn? Kan man
være anonym? Jeg spørger generelt, fordi jeg er træner i en fodboldklub. Mvh. Nikolaj""")

M("t", """Til afdelingsbestyrelsen — kopi til Ishøj Kommune, Boligsocialt team

Jeg vil klage over at formanden for afdelingsbestyrelsen ved sidste beboermøde sagde at
"pakistanerne i nr. 22 ikke kan finde ud af at sortere affald". Det er os. Vi har boet her i 15 år
og sorterer som alle andre. Jeg synes bestyrelsen skal give en offentlig undskyldning.

Shazia Iqbal, Vejleåparken 22""")

M("", """Til Boligsocialt team

Vi har problemer med affaldssorteringen i vores afdeling. Kunne kommunen lave en informationsfolder
på flere sprog — fx arabisk, tyrkisk, urdu og somali? Mange beboere forstår ikke piktogrammerne.

Afdelingsbestyrelsen, Vejleåparken""")

M("ph", """Kære Center for Byudvikling og Natur

Jeg skal sælge mit hus på Ishøj Søvej, fordi jeg har fået konstateret ALS og ikke kan klare
trapperne længere. Min ejendomsmægler siger at jeg skal have en færdigmelding af badeværelset, før
køberne vil skrive under. Der er to interesserede. Kan I skynde jer?

Med venlig hilsen
Finn Kjeldsen""")

M("p", """Kære kommune. Hvordan får man en færdigmelding på et nyt badeværelse? Vi har fået lavet det
i 2022 og aldrig hørt noget. Nu er huset solgt med forbehold, og køberens bank vil ikke frigive
lånet før færdigmeldingen er der. Sagsnr 02.34.02-G01-3310-22. /Rita""")

M("eh", """Til Boligsocialt team

Vi har i vores afdeling en ældre lejer, Kaj Ernst, som efter sin kones død ikke har åbnet sine
breve i et halvt år. Han har fået afbrudt strømmen og skylder huslejen for oktober og november.
Han virker forvirret og har nævnt at han "glemmer alt". Vi tror han har brug for hjælp fra
kommunen. Han bor Vejlebrovej 61, 1. th.

Med venlig hilsen
Afdelingsbestyrelsen, Vejlebrovej""")

M("", """Hej. Vores afdelingsbestyrelse vil gerne starte en besøgsordning for ensomme ældre i
afdelingen. Kan kommunen støtte det med penge fra puljen til frivilligt socialt arbejde? /Birthe""")

M("p", """Hej

Vi har lejet en lejlighed i Ishøj Bygade 42, og udlejeren har fortalt at han er ved at sælge
ejendommen til en investor, men at "der stadig forhandles". Har vi som lejere nogen forkøbsret,
og har kommunen noget at skulle have sagt?

Mvh. lejerne i 2. sal""")

M("p", """Hej. Vores udlejer på Vejlebrovej 70 har fået et bud på hele ejendommen og vil sælge. Har vi
som lejere forkøbsret? Jeg har læst noget om tilbudspligt. Gælder det i Ishøj? /Jens, lejer i nr. 70""")

M("b", """Til Center for Byudvikling og Natur

Jeg er ateist og har intet imod at naboerne går i kirke, men jeg vil gerne klage over at den lille
frikirke i kælderen på Ishøj Bygade 30 holder gudstjeneste med højtalere søndag morgen kl. 8. Jeg
mener ikke det er lovligt at drive en kirke i en beboelsesejendom. Er der givet
tilladelse?

Mvh. Karin""")

M("", """Til Center for Byudvikling og Natur

Der holdes møder med højtalere hver søndag morgen i kælderen på Ishøj Bygade 30. Kræver det en
tilladelse at bruge en kælder til forsamlingslokale? Mvh. naboen i nr. 32""")

M("", """Hej. Kan udlejere få huslejen betalt direkte fra kommunen? Hvordan fungerer ordningen, og
hvem skal ansøge? Mvh. Kurt Winge, udlejer""")

M("h", """Kære kommune,

min nabo i rækkehuset ved siden af, en kvinde på omkring 40, har en hund der gør hele dagen. Jeg har
talt med hende, og hun fortalte at hun er sygemeldt med angst og ikke kan holde ud at gå tur
med den. Jeg vil ikke klage over hende, men findes der en hundeluftningsordning eller frivillige
der kan hjælpe?

Hilsen Bodil""")

M("", """Til Center for Byudvikling og Natur

Vi er blevet enige med naboen om at købe en stribe af hans grund på 40 m², og handlen blev
tinglyst den 2. september. Skal vi selv søge om matrikulær ændring, eller sker det via landinspektøren?

Mvh. Martin Holk""")
