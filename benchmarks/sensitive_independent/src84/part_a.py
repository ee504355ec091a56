"""corpus84, part A: sick leave, sygedagpenge, § 56, follow-up at the jobcenter."""
from common import M

M("he", """Til Jobcenter Ishøj, sygedagpengeteamet

Jeg har været sygemeldt siden den 4. marts med en diskusprolaps i lænden og har fået et brev om at jeg skal udfylde et oplysningsskema inden fredag. Jeg kan ikke sidde ved en computer i mere end ti minutter ad gangen, så kan jeg i stedet komme forbi og udfylde det sammen med en medarbejder?

Mit cpr-nr. er [[140379-2215]].

Venlig hilsen
Kenneth Bach Lauridsen
Tranegilde Strandvej""")

M("he", """hej. jeg fik brev om at jeg skal betale 14.600 kr tilbage i sygedagpenge fordi i mener jeg var rask fra 1 juni. det passer ikke, lægen har skrevet at jeg stadig havde angst og ikke kunne arbejde. hvem skal jeg klage til?? mvh Louise""")

M("h", """Kære borgmester

Jeg er HR-partner i en mellemstor virksomhed i Ishøj Erhvervspark. En af vores lagermedarbejdere, Bo Kjærsgaard, har sklerose og har skullet have hyppigt fravær. Vi har søgt om en § 56-aftale for ham for tre uger siden og har ikke hørt noget. Bo selv er bekymret for at vi mister tålmodigheden, hvilket vi ikke gør, men vi vil gerne have ordningen på plads. Kan De hjælpe os med at finde ud af, hvor ansøgningen ligger?

Med venlig hilsen
Pernille Ravn, HR""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi er en virksomhed med 14 ansatte og vil gerne vide, hvordan man som arbejdsgiver søger refusion af sygedagpenge efter arbejdsgiverperioden. Skal det ske via NemRefusion, og hvor lang er fristen? Vores CVR-nr. er 38 44 19 72, hvis I skal bruge det.

Med venlig hilsen
Jesper Klint, bogholder
Klint Ventilation ApS""")

M("heu", """Til byrådsmedlem Hanne Overgaard

Jeg skriver til dig, fordi jeg er tillidsrepræsentant for FOA på et af kommunens plejecentre, og en af mine kolleger, Dorthe, har været sygemeldt med stress i fire måneder. Hun får sygedagpenge, men nu har jobcentret indkaldt hende til en samtale hvor de taler om at hun skal i arbejdsprøvning et helt andet sted. Hun er helt ude af den og turde ikke selv skrive. Jeg mener ikke det er i orden at presse en medarbejder, der stadig har en plads at vende tilbage til.

Hilsen
Birgitte Vang, TR""")

M("he", """Hej

Min far (Ole Frandsen, [[230856-1147]]) blev sygemeldt fra sit job som chauffør efter en blodprop i hjertet i januar. Han er 68 og får nu både løn fra firmaet og folkepension, men firmaet siger at sygedagpengene stopper fordi han er over folkepensionsalderen. Er det rigtigt? Han har ikke selv en computer, så jeg skriver for ham og har hans fuldmagt.

Mvh Tina Frandsen""")

M("h", """Til borgerrådgiveren

jeg er ansat på en fabrik og har fået kræft i brystet. jeg skal have kemo hver tredje uge og min chef siger jeg bare skal ringe hver gang jeg er dårlig. det er fint nok men jeg vil gerne vide om jeg har krav på noget hvis det bliver langvarigt. jeg ved ikke hvor jeg skal starte

Marianne""")

M("", """Hej jobcentret

Hvornår har I åbent for personlig fremmøde i uge 42? På hjemmesiden står der både 9-14 og 10-15, og jeg vil nødig tage turen fra Torslunde forgæves bare for at hente jeres brochure om jobcafeen.

Tak
Palle""")

M("hep", """Kære Lene Wiberg (formand for Beskæftigelsesudvalget)

Jeg har været sygemeldt i otte måneder efter en hjernerystelse og har lige fået at vide, at mine sygedagpenge ikke kan forlænges. Jeg skal overgå til et jobafklaringsforløb. Det betyder at vores indtægt falder med næsten 6.000 kr om måneden, og vi har derfor sat rækkehuset på Ishøj Bygade til salg. Ejendomsmægleren har fået et bud i går, og vi skal svare i morgen. Jeg ved godt, at du ikke kan gøre noget ved min sag, men jeg vil have, at politikerne ved, hvad reglerne gør ved familier.

Venlig hilsen
Mads Østergaard""")

M("", """Til Jobcenter Ishøj

Hvilke kurser tilbyder I til ledige, der gerne vil have truckcertifikat? Jeg spørger for vores boligforening, som vil lave et opslag på opslagstavlen om muligheder i kommunen.

Med venlig hilsen
Beboerrådet, Strandgårdsparken""")

M("he", """Subject: sygemelding – [[0507821938]]

Hej, jeg har fået en brækket ankel da jeg faldt på trappen hjemme. Er sygemeldt fra mit arbejde i Netto fra i dag, lægen siger 6-8 uger. Min chef siger jeg skal sende en "anmodning om sygedagpenge" til jer selv, fordi jeg kun har været ansat i 5 uger og derfor ikke har ret til løn under sygdom. Er det den her mail eller skal det være en blanket?

Sara Lund""")

M("hs", """Til personaleafdelingen i Center for Voksne og Velfærd

Jeg er social- og sundhedsassistent hos jer og har været sygemeldt i to uger efter en operation i knæet. Min mand, Thomas, ringede ind for mig den første dag, og min leder sagde til ham, at det var "mærkeligt at en mand ringer for en mand". Jeg tog det som en joke først, men det er blevet gentaget på arbejdspladsen. Jeg ønsker ikke en stor sag, men jeg vil gerne vide, hvem jeg kan tale med.

Mvh
Jonas Kirkegaard""")

M("he", """hej Kommunen.

er på sygedagpenge pga depression og mit jobcenter møde er flyttet til tirsdag kl 8.15 og jeg kan ikke komme så tidligt pga medicinen gør mig helt væk om morgenen. kan det rykkes til efter middag? har ringet 3 gange men ingen tager den

Jesper S""")

M("", """Kære direktionsassistent

Jeg har læst i Ishøj Avis, at antallet af sygemeldte i kommunen er steget med 11 procent. Vil direktionen lave en analyse af, hvilke afdelinger det drejer sig om, og vil den blive offentliggjort? Jeg spørger som almindelig borger og skatteyder.

Med venlig hilsen
Erik Vestergaard""")

M("hb", """Til borgmester Merete Amdisen

Jeg er imam i en lille menighed i Vejleåparken og har de sidste to måneder været sygemeldt efter et hjerteanfald. Vores menighed har spurgt, om kommunen kan hjælpe med at finde en vikar, men det forstår jeg ikke er jeres opgave. Jeg skriver egentlig kun for at takke for den søde hjemmesygeplejerske, der kom hos mig i tre uger efter udskrivelsen. Hun hedder Gitte, og hun gjorde en forskel.

Med venlig hilsen
Abdullah Yilmaz""")

M("heu", """Hej Heidi (politiker)

jeg er medlem af 3F og har været sygemeldt med en skulderskade i et halvt år. jobcentret vil nu have mig i ressourceforløb men min læge siger jeg skal opereres først. 3F siger at kommunen ikke må tvinge mig. hvad mener du? det er helt vildt at man bliver behandlet sådan når man har knoklet i 30 år

Kim""")

M("he", """Til Ydelsesservice

Jeg har fået brev om at min opfølgningssamtale hos jer er den 12. november kl. 10. Jeg har fået nyt job fra 1. november og har allerede meldt mig rask. Skal jeg stadig komme? Jeg har også sendt lønsedlen fra den nye arbejdsgiver.

Hilsen Camilla Strøm""")

M("h", """Kære Ishøj Kommune

Jeg er indehaver af et lille frisørfirma med tre ansatte. En af mine frisører er gravid og har fået bækkenløsning, så hun er sygemeldt på deltid. Kan I fortælle mig, om jeg selv skal betale løn de første 30 dage, eller om der er en særlig regel for graviditetsrelateret fravær? Jeg vil gerne gøre det rigtigt.

Venlig hilsen
Lotte Bjerre
Salon Lotte, Ishøj Stationsvej""")

M("", """Til hovedpostkassen

Vi er en virksomhed, der har modtaget en faktura fra Ishøj Kommune vedrørende kursusgebyr. Fakturanr. 1203240871 står med forkert EAN-nummer. Vores korrekte EAN er 5790002114382. Vil I sende en kreditnota og en ny faktura?

Med venlig hilsen
Bogholderiet, Vognmand Henning Sørensen A/S""")

M("het", """Hej

Jeg hedder Olena og jeg kommer fra Ukraine. Jeg arbejder på et hotel i rengøring. Jeg fik ondt i min ryg og lægen sagde jeg skal hvile. Min chef siger jeg ikke får penge når jeg er syg fordi jeg er ukrainer og ikke dansker. Er det rigtigt? Jeg har dansk skattekort. Kan jeg få sygedagpenge fra kommunen?

Tak
Olena Kravets
cpr [[190986\u20134421]]""")

M("he", """-----Oprindelig meddelelse-----
Fra: Jobcenter Ishøj
Sendt: 2. oktober
Emne: Indkaldelse til opfølgningssamtale

Du indkaldes til samtale om din sygemelding ...

Hej igen

Jeg svarer lige på ovenstående. Jeg er stadig indlagt på Glostrup efter operationen og kan ikke komme. Kan vi tage samtalen i telefonen når jeg er kommet hjem? Jeg har min datter til at hjælpe mig med posten.

Venlig hilsen
Leif Hansen""")

M("hu", """Til udvalgsformand Søren Kirk

Som tillidsmand i Dansk Metal på en virksomhed i Ishøj vil jeg gøre opmærksom på, at en kollega, der har haft en arbejdsulykke med en trykluftspistol, er blevet bedt om at møde ind på lette opgaver samme uge. Han har ikke fået nogen lægeerklæring, der siger, at han kan. Jeg ved, at det ikke er kommunens sag, men jeg vil gerne høre, om arbejdsmiljøet på private virksomheder er noget, udvalget har drøftet.

Med venlig hilsen
Allan Holt""")

M("hp", """Hej Jannik

Lige en praktisk ting – vi har fået et køb i hus på en andelsbolig i Ishøj Landsby, men overtagelsen er betinget af bestyrelsens godkendelse. Jeg er på barsel fra næste måned og min kæreste Camilla er sygemeldt med graviditetsforgiftning, så det er svært for os at komme til bestyrelsesmødet. Kan man bede kommunen om noget? Det er nok ikke jer, men så vil jeg gerne have at vide hvem.

Hilsen
Rasmus""")

M("", """Kære borgerrådgiver

Jeg vil klage over, at Jobcenter Ishøj ikke svarer telefonen mellem 12 og 13. Jeg har prøvet at ringe seks gange i denne uge for at spørge om åbningstiden på jobcafeen. Det må kunne gøres bedre.

Hilsen
Bent Mogensen""")

M("heb", """Til Ishøj Kommune

Jeg er sygemeldt med kronisk træthedssyndrom og får sygedagpenge. Jeg er Jehovas Vidne og deltager i vores møder to aftener om ugen, hvilket jobcentret har set på Facebook og nu spørger om, hvorfor jeg kan det, når jeg ikke kan arbejde. Jeg synes, det er ubehageligt at blive overvåget på den måde. Møderne er halvanden time, jeg sidder ned, og jeg sover hele næste formiddag.

Med venlig hilsen
Ruth Engelbrecht""")

M("h", """Kære Hanne Overgaard

Din kollega i udvalget sagde på borgermødet, at "folk med ondt i ryggen bare skal tage sig sammen". Jeg har selv haft to prolapser og har været sygemeldt i alt ti måneder de sidste tre år. Jeg synes, det var en grim bemærkning, og jeg håber, du vil tage det op.

Med venlig hilsen
Gunnar Pedersen""")

M("", """Hej

Jeg er studerende og skriver opgave om sygefravær i kommunerne. Kan jeg få tilsendt Ishøj Kommunes sygefraværsstatistik for de sidste fem år, fordelt på centre? Jeg skal ikke bruge navne, kun tal.

Venlig hilsen
Frederikke Aagaard, stud.scient.pol.""")

M("he", """Til Lene Wiberg, formand for Beskæftigelses- og Erhvervsudvalget

Min søn Nikolaj på 24 har været sygemeldt med OCD i over et år. Han bor stadig hjemme og får sygedagpenge, men jobcentret har netop skiftet hans sagsbehandler for fjerde gang. Hver gang skal han fortælle hele sin historie forfra, og det sender ham tilbage i sengen i ugevis. Vi beder ikke om særbehandling, kun kontinuitet.

Med venlig hilsen
Anette Grøn""")

M("h", """Kære HR

Hermed min raskmelding efter min fødsel. Jeg har fået et lille for tidligt født barn og har selv været indlagt to uger med blødninger. Jeg starter barsel fra mandag, som aftalt med min leder.

Hilsen
Sofie Damgaard, pædagog i Børnehuset Solstrålen""")

M("h", """Kære Center for Børn og Forebyggelse

Som leder af Børnehuset Solsikken skal jeg orientere om, at en af mine pædagoger, Ane Klausen, har fået konstateret diabetes og skal have mulighed for at tage pauser for at måle blodsukker. Vi har aftalt det internt, men jeg vil gerne vide, om der er en HR-politik, jeg skal følge i sådanne sager, så hun ikke bliver behandlet anderledes end andre.

Med venlig hilsen
Karin Løvgreen, leder""")

M("", """Hej

Jeg har hørt, at Ishøj Kommune tilbyder gratis kurser i førstehjælp til foreninger. Gælder det også for vores boldklub, og hvornår er de næste datoer?

Mvh Poul, formand for IBK Veteranerne""")

M("hes", """Til borgmesterens PA

Jeg vil bede om, at borgmesteren får denne mail.

Jeg er 52 år, har været gift med min mand Lars i 21 år, og jeg blev sygemeldt i august med en hjerneblødning. Jeg har nu fået afslag på forlængelse af sygedagpenge, og vores privatøkonomi kollapser. Lars arbejder, men hans løn kan ikke bære huset alene. Jeg beder ikke borgmesteren om at gå ind i min sag, men jeg beder om, at der bliver set på, om kommunen gør nok for at vejlede.

Henrik Mølgaard
[[110272-1453]]""")

M("he", """Hej jobcentret

Jeg har fået besked om, at mine sygedagpenge stopper den 1. december. Jeg vil gerne søge om kontanthjælp i stedet, men min kone tjener for meget siger en veninde. Skal jeg søge alligevel, eller er det spild af tid? Vi har to små børn.

Mvh Morten""")

M("heu", """Hej,

Jeg er HK'er og arbejder i en advokatvirksomhed. Jeg er blevet sygemeldt med migræne-anfald og min arbejdsgiver truer nu med at bruge 120-dages-reglen. HK siger det er lovligt, men jeg vil gerne vide om kommunen kan gøre noget i mellemtiden. Der er allerede startet en sygedagpengesag på mig hos jer, sagsnummer står ikke på brevet.

Venlig hilsen
Julie Thomsen""")

M("h", """Til hovedpostkassen

Jeg er ansat som vikar i Ishøj Kommunes rengøringsservice. Jeg blev stukket af en brugt kanyle i en affaldssæk på rådhuset i sidste uge og er blevet testet på Hvidovre Hospital. Min leder har ikke anmeldt det som arbejdsskade endnu. Kan I fortælle mig, hvem der skal gøre det?

Med venlig hilsen
Ahmad Sharif""")

M("", """Hej Jobcenter,

Jeg er arbejdsgiver og vil gerne vide, om man kan få et løntilskudsjob til en 55-årig, eller om der er en aldersgrænse. Vi mangler en hjælper til lageret og har hørt godt om ordningen. Vores p-nummer er 1012345678.

Venlig hilsen
Ishøj Tømmerhandel""")

M("het", """Til Ishøj Kommune

Min nabo er en ældre tyrkisk mand, Hasan Demir, som har arbejdet på et slagteri i 35 år. Han er blevet sygemeldt med sukkersyge og dårlige fødder og har svært ved dansk på skrift. Han har fået et brev fra jer om sygedagpenge, som han ikke forstår. Han har givet mig lov til at skrive. Kan nogen ringe til ham? Han taler bedst tyrkisk.

Venlig hilsen
Ib Sørensen""")

M("hu", """Til direktør for Center for Voksne og Velfærd (via direktionsassistent)

Som fællestillidsrepræsentant for DSR i kommunens hjemmesygepleje vil jeg gøre opmærksom på, at tre sygeplejersker i samme gruppe er sygemeldt med stress på én gang, og den ene af dem er Rikke, som vi var bekymrede for allerede i foråret. Vi beder om et møde om arbejdsbyrden.

Med venlig hilsen
Tove Andresen, FTR, DSR""")

M("he", """hej, kan i hjælpe? jeg har fået influenza og er sygemeldt fra mit vikarjob men vikarbureauet siger de ikke betaler, og jeg er ikke i nogen a-kasse. hvordan søger jeg sygedagpenge?? nummer [[030199 2475]]""")

M("", """Kære Ishøj Kommune

Vi er et konsulentfirma, der holder kurser i trivsel og stresshåndtering. Vi vil gerne byde ind på kommunens næste udbud. Hvor finder vi udbudsmaterialet? Vores CVR er 41882103.

Med venlig hilsen
Trivselskompagniet ApS""")

M("het", """Til Ishøj Kommune, Center for Beskæftigelse og Erhverv

Jeg er polsk murer og har boet i Danmark i 9 år. Efter et fald fra et stillads på en byggeplads i Tranegilde har jeg brækket hoften. Min arbejdsgiver siger det var min egen skyld og vil ikke anmelde arbejdsskade. Jeg er sygemeldt og har ikke fået løn siden sidste måned. Jeg vil gerne søge sygedagpenge og have hjælp til arbejdsskaden.

Pozdrawiam / venlig hilsen
Tomasz Nowak
[[170577-3321]]""")

M("h", """Hej Søren

Vi kender hinanden fra håndboldklubben. Jeg skriver bare for at sige at jeg ikke kan være træner i denne sæson, da jeg er blevet sygemeldt med angst fra mit arbejde og skal passe på mig selv. Du må gerne give besked videre til bestyrelsen, men ikke hvorfor.

Hilsen Martin""")

M("he", """Til Jobcenter Ishøj – sygedagpenge

Sagsnr. 24-118322
Jeg vedlægger ny lægeerklæring fra min psykiater. Diagnosen er nu ændret fra belastningsreaktion til PTSD. Jeg beder om, at det indgår i vurderingen af forlængelse af mine sygedagpenge.

Venlig hilsen
Daniel Rosenkrantz""")
