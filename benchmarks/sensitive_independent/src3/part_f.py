"""Part F: CPR numbers, quoted reply chains, look-alike numbers, negatives."""
from common import M

M("", """Hej

Jeg er lige flyttet fra Brøndby til Ishøj Strandvej 34, 2. th. og har meldt flytning på borger.dk. Men jeg har stadig ikke fået et nyt sygesikringskort. Mit cpr-nr. er [[140382-3317]], hvis I skal bruge det.

Mvh
Rasmus Kjær""")

M("", """Hej

Jeg har ikke modtaget mit valgkort til kommunalvalget. Jeg bor på Ishøj Landevej 102. Personnr. [[0304951238]].

Venlig hilsen
Stine Bach""")

M("p", """Til Center for Byudvikling og Natur

Vedr. køb af kommunens grund, parcel 6 i Vejleå Enge

Vi har modtaget udkast til købsaftale og skal returnere den underskrevet med vores personnumre, så skødet kan udfærdiges, når byrådet har godkendt salget. Min hustru er Karina Holm, cpr [[120568 1042]], og jeg er Lars Holm, cpr [[030767 1157]].

Vi tager forbehold for, at vores advokat godkender aftalen.

Med venlig hilsen
Lars Holm""")

M("u", """Hej

Jeg er medlem af Dansk Metal og har fået tilbudt et kursus gennem fagforeningen. Kurset foregår i arbejdstiden, og jeg er ansat på kommunens materielgård, så jeg skal have min leders godkendelse. Hvem skal jeg sende ansøgningen til?

Venlig hilsen
Michael Ravnsborg
CPR: [[221179–1453]]""")

M("e", """Til Ydelsesafdelingen

Jeg har søgt om kontanthjælp den 2. januar, men har ikke fået nogen afgørelse endnu, og jeg har ingen penge til husleje i februar. Min sparekasse har sagt, at de kan give henstand, hvis de får et brev fra jer.

Navn: Jacob Steffensen
CPR-nr.: [[081196-2745]]
Adresse: Vejleåparken 9, st. tv.""")

M("h", """Hej Genoptræningen

Jeg skulle have startet genoptræning efter min skulderoperation (rotator cuff-syning) på Glostrup den 4. marts, men er ikke blevet indkaldt. Mit personnummer er [[250461\u00a01286]].

Venlig hilsen
Hanne Bredahl""")

M("", """Hej

Vi vil gerne indskrive vores søn Oscar i 0. klasse på Strandgårdskolen fra august. Hans cpr-nummer er [[120319-4127]]. Vi har søgt via pladsanvisningen, men systemet siger, at han allerede er indskrevet på en anden skole, og det er han ikke.

Mvh
Christina og Jonas Møller""")

M("e", """Til hjemmeplejens visitation

Jeg skriver på vegne af min far, Børge Kristensen, født [[030338-0719]], som bor alene på Torslundevej. Han har fået hjemmehjælp til rengøring og indkøb i to år, men nu er indkøbshjælpen sløjfet uden varsel. Jeg har fuldmagt og vil gerne se afgørelsen.

Med venlig hilsen
Lene Kristensen""")

M("t", """Hej

Jeg er født i Vietnam og har boet i Danmark siden 1979. Jeg skal forny mit pas, og Borgerservice siger, at mit fødested står forkert i CPR-registret. Der står "Kina". Mit cpr-nummer er [[170554–1268]].

Kan I rette det?

Venlig hilsen
Nguyen Van Tuan""")

M("s", """Hej

Min mand Kasper og jeg blev gift på rådhuset i lørdags, og jeg vil gerne tage hans efternavn. Skal jeg søge om navneændring hos jer eller hos kirkebogsføreren? Mit cpr er [[091088-1479]].

Mvh
Jonathan Friis""")

M("b", """Til Ishøj Kommune

Jeg ønsker at melde mig ud af folkekirken, da jeg er blevet muslim. Jeg ved ikke, om det er jer eller kirkekontoret, jeg skal skrive til, så jeg sender det her.

Navn: Sebastian Nørby
Personnummer: [[210893-2341]]""")

M("", """Hej

Vores to børn skal have nye sygesikringskort efter vores flytning til Ishøj. De hedder Alma, [[070612-4218]], og Vigga, [[250918-4076]]. Kan kortene sendes til vores nye adresse på Baldersbuen 40?

Mvh
Signe Holt""")

M("p", """Hej

Jeg er ved at sælge min andelsbolig i A/B Vibeholm, og bestyrelsen har godkendt køberen, men overdragelsen er ikke gennemført endnu. Foreningen skal bruge en erklæring fra kommunen om, at der ikke er verserende påbud på ejendommen. Jeg er andelshaver, cpr [[131259 2216]].

Mvh Ulla Bergstrøm""")

M("", """Emne: SV: Beboerparkering - ansøgning

Tak, jeg venter bare på licensen.

Mvh Christian Berg

> Kære Christian Berg
>
> Vedr. CPR-nr. [[1010791231]] - ansøgning om beboerparkeringslicens, Ishøj Strandvej.
> Vi har registreret din ansøgning, og licensen bliver sendt med posten inden for 10 hverdage.
>
> Venlig hilsen
> Parkering, Ishøj Kommune""")

M("", """Hej

Jeg har fået to opkrævninger for den samme vandregning: fakturanr. 1203241456 og fakturanr. 1203241457. Mit kundenummer hos HOFOR er 0701851234. Jeg vil gerne have den ene annulleret. Jeg har skrevet mit cpr-nr. herunder, så I kan finde mig: [[1501721346]].

Mvh
Peter Gram""")

M("", """Hej

Min far døde den 28. februar. Han hed Poul Erik Jensen, cpr [[1503402117]], og boede på Ishøj Strandvej 60. Hvordan får jeg stoppet den automatiske opkrævning af hans licens til parkeringspladsen?

Venlig hilsen
Morten Jensen""")

M("", """Hej

Jeg har en bøde fra Ishøj Kommunes parkering, men det må være en fejl. Bilen var udlånt til min bror den dag. Min bror er Kenneth Olsen, [[220589-9114]]. Hvordan overfører jeg bøden til ham?

Mvh Allan Olsen""")

M("", """Hej

Min datter Liva skal starte i dagpleje fra 1. april. Hendes cpr er [[050624 5832]]. Hvornår får vi besked om, hvilken dagplejer hun får?

Mvh Mathilde""")

M("u", """Til Løn og Personale

Vedr. fradrag for fagforeningskontingent

Jeg er medlem af FOA og har betalt kontingent via lønnen, men det står ikke på min årsopgørelse. Kan I rette indberetningen?

Helle Strøm
[[120981–1654]]""")

M("he", """Hej

Jeg er sygemeldt med en diskusprolaps og får sygedagpenge, men jeg har ikke fået udbetaling for december. Jeg har sendt alle papirerne fra min læge. CPR [[260785 3291]].

Mvh Tina Vestergaard""")

M("pe", """Til Byretten og Ishøj Kommune, Opkrævningen

Jeg har fået meddelelse om, at mit hus på Ishøj Søvej 11 skal på tvangsauktion den 14. maj på grund af restance på ejendomsskatter og lån. Jeg har nu en køber, der vil betale 2,4 mio., og jeg beder kommunen om at udsætte begæringen, så vi kan nå at lave en frivillig handel.

Mit personnummer er [[300961\u00a02119]].

Med venlig hilsen
Finn Aagesen""")

M("", """Hej

Mit indbetalingskort til ejendomsskat har ordrenummer 3006871234, men der står, at betalingen ikke er registreret. Jeg har betalt fra reg.nr. 2345 konto 0612783456 den 1. marts. Kan I se efter?

Mvh
Bent Lassen""")

M("", """Hej

Jeg har en klage over min sag med sagsnr. 27.15.00-G01-12-24 og journalnr. 2401150311. Jeg har ikke fået svar på min ansøgning om udskiftning af mit vandmåler (målernummer 0101951234). Ring gerne på 43 57 70 00 eller 22 16 05 84.

Mvh
Søren Lindgaard""")

M("", """Hej

Vi er en lille virksomhed med CVR 28473956 og P-nummer 1014567823. Vi leverer kaffe til kommunens kantiner og har ikke fået betaling for faktura 2207881190. EAN-nummeret på ordren var 5798000557802.

Mvh
Bogholderiet, Kaffehuset Ishøj ApS""")

M("", """Til Borgerservice

Jeg har fået et brev med bilag nr. 300125-0042 om ændring af min adresse, men jeg er ikke flyttet. Kan I se, hvad der er sket?

Mvh
Inger Bach""")

M("", """Kære Borgmester

Jeg tillader mig at skrive til Dem angående den forestående renovering af Ishøj Kirkes omgivelser og den tilstødende del af Ishøj Landsby.

Som De uden tvivl er bekendt med, er landsbyen et af de få steder i kommunen, hvor man endnu kan se, hvordan egnen så ud før udbygningen i 1970'erne. De gamle stengærder, de lave stråtækte huse og gadekæret udgør et samlet miljø, som efter min opfattelse bør bevares med største omhu.

Jeg har forstået, at der er planer om at anlægge en større parkeringsplads på marken øst for kirken. Jeg vil på det bestemteste opfordre byrådet til at overveje en mere skånsom løsning, eksempelvis grus i stedet for asfalt, og beplantning, der skjuler bilerne.

Jeg står gerne til rådighed, hvis byrådet ønsker at høre lokale beboeres synspunkter.

Med højagtelse
Valdemar Steenstrup
Ishøj Landsby 4""")

M("", """Emne: SV: SV: Hul i vejen ved Vejlebrovej 80

Hej igen

Nu har jeg ventet tre uger, og hullet er blevet større. I dag kørte en cyklist næsten ind i det.

Mvh Karsten Dyhr

> Fra: Vej og Park
> Sendt: 3. oktober 2025
> Tak for din henvendelse. Vi har sendt en medarbejder ud for at se på skaden og vender tilbage.
>
>> Fra: Karsten Dyhr
>> Der er et stort hul i asfalten ud for Vejlebrovej 80. Det er farligt for cyklister.""")

M("", """Hej

Vi købte vores hus på Ishøjgård Allé i 2021, og handlen har været på plads i flere år. Nu har vi fået et brev fra en advokat, der siger, at den tidligere ejer ikke havde tilladelse til carporten. Er det os, der skal søge om lovliggørelse?

Mvh
Jens og Helle Svendsen""")

M("", """Hej

Jeg er social- og sundhedsassistent og arbejder i hjemmeplejen. Jeg har en idé til, hvordan vi kan spare kørsel ved at lægge ruterne anderledes. Hvem i administrationen skal jeg sende den til?

Mvh
Henriette Dahl""")

M("", """Kære Teknik- og Miljøudvalg

Min mor døde i september, og vi har ryddet hendes lejlighed. Vi har læsset tre trailere til genbrugsstationen, men fik at vide, at man kun må komme med en trailer om dagen. Det er en mærkelig regel, når man rydder et dødsbo.

Med venlig hilsen
Karin Ebbesen""")

M("", """Hej

Jeg har spurgt på biblioteket, om læsekredsen i beboerhuset kan låne bøger på urdu og farsi, men de har ikke ret mange. Har kommunen planer om at købe flere bøger på andre sprog?

Mvh
Ahmed Raza""")

M("", """Kære Social- og Sundhedsudvalg

Jeg har læst i avisen, at ventetiden på plejebolig i Ishøj er steget til fire måneder i gennemsnit. Det er for lang tid. Hvad gør kommunen for at nedbringe den?

Med venlig hilsen
Birgit Holt""")

M("", """Hej

Jeg læste, at kommunen vil sælge den gamle skole på Vildtbanevej. Kommer der en offentlig budrunde, og hvor kan man se udbudsmaterialet?

Mvh
Jakob Steen""")

M("", """Hej

Jeg er pædagogmedhjælper og har hørt, at kommunen tilbyder gratis kursus i førstehjælp til ansatte i daginstitutioner. Gælder det også for os, der er timeansatte?

Mvh Selma""")

M("", """Hej

Kan I sende mig datoerne for de næste møder i Handicaprådet? Jeg vil gerne overvære et møde som tilhører.

Mvh
Lasse Bjerregaard""")

M("u", """Emne: SV: Din henvendelse om sikkerhed i hjemmeplejens biler

Hej igen. Jeg har sendt det videre til vores fællestillidsrepræsentant i FOA, og vi regner med at tage det op på fagforeningsmødet i næste uge. Jeg håber, I har et svar inden da.

Mvh Anette Brodersen
Tillidsrepræsentant, hjemmeplejen Syd

> Kære Anette
> Tak for din henvendelse om de manglende vinterdæk på hjemmeplejens biler. Vi undersøger sagen med leasingselskabet.
> Venlig hilsen
> Center for Voksne og Velfærd""")

M("u", """Hej Torben

Jeg er sygeplejerske, DSR-medlem og sidder i kredsbestyrelsen i Kreds Hovedstaden. Vi vil gerne mødes med kommunen om rekruttering af sygeplejersker til hjemmesygeplejen. Har du et par datoer i december?

Venlig hilsen
Charlotte Winther""")

M("u", """Hej

Jeg er 3F'er og har været det i 20 år. Jeg har lagt mærke til, at der kører lastbiler med udenlandske nummerplader på kommunens byggeplads på Strandgårdsvej fra kl. 5 om morgenen. Det er ikke tilladt efter den lokale støjforskrift.

Mvh
Jens Ole Frandsen""")

M("u", """Kære Økonomiudvalg

Som HK'er og mangeårig kommunal kontorassistent vil jeg gerne kommentere forslaget om at outsource lønadministrationen. Jeg tror ikke, at det vil spare penge.

Venlig hilsen
Lise Holmgaard""")

M("u", """Emne: SV: Spørgsmål om lønindplacering

Tak. Jeg har nu talt med min fagforening, og de er enige i, at min indplacering er forkert.

Hilsen
Peter

> Fra: Løn og Personale
> Sendt: 12. januar 2026
> Kære Peter Munk
> Som aftalt med din organisation, Djøf, er du indplaceret på løntrin 6. Vi henviser til Djøfs overenskomst for yderligere spørgsmål.
> Venlig hilsen
> Løn og Personale""")

M("p", """Emne: VS: Købsaftale Tranegilde 41

Hej Michael

Jeg sender dig denne mail, fordi du som formand for Teknik- og Miljøudvalget bør vide, hvad kommunens sagsbehandlingstid betyder for almindelige mennesker.

Mvh Kirsten Bøgh

---------- Videresendt meddelelse ----------
Fra: Advokat Henrik Sand
Dato: 4. marts 2026
Til: Kirsten Bøgh
Emne: Købsaftale Tranegilde 41

Kære Kirsten
Køberne har meddelt, at de ikke kan fjerne deres advokatforbehold, før kommunen har svaret på spørgsmålet om kloakseparering. Hvis svaret ikke foreligger inden 14 dage, annullerer de købsaftalen.
Venlig hilsen
Henrik Sand""")

M("p", """Hej

Vi er ved at købe Baldersbækvej 31 og har fået et tilbud fra sælger om, at hun sænker prisen med 75.000 kr., hvis vi selv står for at fjerne den gamle olietank. Kan I oplyse, om tanken er registreret hos kommunen, inden vi svarer?

Mvh Esben og Katrine""")

M("p", """Kære Byg og Miljø

Jeg er 82 år og har besluttet at sælge mit hus på Ishøj Landevej 55 til min nabo, som gerne vil udvide sin have. Vi er ikke enige om prisen endnu. Kan kommunen fortælle mig, om der må bygges et nyt hus på grunden, hvis den bliver udstykket? Det har betydning for, hvad jeg kan forlange.

Med venlig hilsen
Grethe Marie Dahl""")

M("p", """Hej Lone

Kommunen har vist tilbudt Ishøj Boldklub at købe arealet bag klubhuset, og forhandlingerne kører stadig. Som klubbens kasserer skal jeg sige, at vi kun kan betale halvdelen af den pris, kommunen foreslår. Kan byrådet ikke se på det igen?

Mvh
Poul Henriksen, kasserer""")

M("eh", """Emne: RE: Partshøring – ansøgning om merudgifter

Jeg er ikke enig i det, I skriver. Jeg har faktisk brug for taxa, fordi jeg ikke kan tage bussen.

Hilsen Lisbeth Uhre

-----Original Message-----
From: Center for Voksne og Velfærd
Sent: 19. februar 2026 08:51
Subject: Partshøring – ansøgning om merudgifter

Kære Lisbeth Uhre
Inden vi træffer afgørelse om din ansøgning om dækning af merudgifter efter servicelovens § 100, skal vi høre dig om følgende: Vi har lagt vægt på, at du ifølge lægeerklæringen fra din neurolog har sclerose med moderat gangbesvær, men at du efter vores vurdering kan benytte offentlig transport.""")

M("", """Emne: SV: Tilmelding til seniorfrokost

Tak for bekræftelsen. Vi er fire fra Ishøj Pensionistforening, der kommer.

Mvh Kaj Pedersen

> Tak for jeres tilmelding til seniorfrokosten i Ishøj Kulturhus den 11. december. Der serveres flæskesteg og risalamande.
> Venlig hilsen Kulturhuset""")

M("", """Kære Kulturudvalg

Jeg er en mand på 82 år, som i de senere år har fået stor glæde af bibliotekets tilbud, ikke mindst efter at min hustru gik bort for fire år siden og jeg fik mere tid til læsning.

Jeg vil dog gerne gøre udvalget opmærksom på, at det er blevet vanskeligt for os ældre at reservere bøger, efter at alt er flyttet over på en app. Den venlige bibliotekar hjælper gerne, men hun har kun tid om tirsdagen. Jeg foreslår, at man genindfører muligheden for at reservere pr. telefon, eller at man holder et lille kursus for os, der ikke er vokset op med mobiltelefoner.

Jeg takker for udvalgets opmærksomhed og ønsker en god jul.

Med venlig hilsen
Arnold Kirkegaard
Vejledalen 2""")

M("", """Emne: SV: Klage over fældning af træer ved Store Vejleå

Jeg er fortsat uenig. Træerne var ikke syge, og der var reder i dem.

Mvh Susanne Winge

> Fra: Center for Byudvikling og Natur
> Sendt: 21. januar 2026 13:40
> Til: Susanne Winge
>
> Kære Susanne Winge
> Tak for din klage. Træerne langs stien blev fældet, fordi de var angrebet af askeskuddød og udgjorde en fare for forbipasserende. Fældningen skete uden for yngleperioden.
>
> Venlig hilsen
> Natur og Miljø""")

M("", """Hej

Jeg har bestilt en kompostbeholder i kommunens webshop med ordrenr. 180490-7781 den 2. maj, men den er ikke leveret. Kan I se, hvor den er?

Mvh
Bodil Lauritzen""")
