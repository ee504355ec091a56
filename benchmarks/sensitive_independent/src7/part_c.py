"""corpus7, part C: jobcentre, benefits, debt, housing and Borgerservice."""
from common import M

M("eh", """Til Jobcentret

Jeg har været på sygedagpenge siden oktober efter en diskusprolaps og er indkaldt til opfølgningssamtale d. 3. april kl. 9.40. Jeg kan ikke sidde ned i mere end 20 minutter. Kan samtalen holdes over telefonen?

Venlig hilsen
Brian Kofoed, [[140382-3317]]""")

M("e", """hej

har fået en rykker fra kommunen på 3.400 kr for noget jeg sku ha fået for meget i boligstøtte sidste år. jeg er allerede i RKI og ka ik betale det hele nu. ka jeg betale 200 om mdn?

mvh Jannik""")

M("", """Hej

Hvordan beregnes boligstøtte, hvis man bor i andelsbolig? Tæller boligafgiften ligesom husleje, og hvad med renter af andelslånet?

Venlig hilsen
Bodil Frandsen""")

M("eu", """Til Jobcentret

Jeg er ledig og medlem af 3F's a-kasse, og de siger at jobcentret ikke har registreret min jobsøgning i februar. Jeg har skærmbilleder fra Jobnet. Hvem retter fejlen?

Venlig hilsen
Kim Larsen""")

M("", """Hej

Jeg er ikke medlem af nogen a-kasse, men overvejer det. Kan jobcentret sige noget om forskellen på ASE og en fagforeningsa-kasse, eller skal jeg spørge dem selv?

Mvh Patrick""")

M("e", """Til Borgerservice

Vi har fået varsel om at fjernvarmen lukkes d. 1. december, fordi vi skylder 11.000 kr. Vi har to børn på 3 og 5. Min kæreste mistede sit job i august, og vi har ikke fået styr på det endnu. Er der nogen der kan hjælpe med en enkeltydelse?

Sandra Holmgaard""")

M("", """Hej

Min fjernvarmeregning for 2. kvartal er kommet med kundenummer 1504781123, men jeg kan ikke se på den hvilken aflæsning den bygger på. Kan I sende aflæsningen?

Venlig hilsen
Karsten Dyhr
Ishøj Søvej 22""")

M("eh", """Kære Bente

Jeg har ventet på en afgørelse om førtidspension i 2 år og 4 måneder. Jeg har fibromyalgi og PTSD efter en trafikulykke, og jeg er blevet sendt i arbejdsprøvning 3 gange. Jeg orker ikke mere. Kan du spørge ind til hvorfor det tager så lang tid?

Hilsen
Merete Dalgaard""")

M("et", """Til Jobcentret

Jeg hedder Olena og kom fra Ukraine i 2022 med mine to børn. Jeg har været på selvforsørgelses- og hjemrejseprogram, men nu er jeg i job som rengøringsassistent 20 timer. Skal jeg stadig komme til samtaler i jobcentret?

Med venlig hilsen
Olena Kovalenko""")

M("e", """Hej

Min lejlighed i Vejleåparken er sagt op pga. huslejerestance, og fogeden kommer d. 17. Jeg har en hund og ingen andre steder at bo. Kan kommunen anvise en bolig?

/Michael""")

M("", """Hej

Hvad skal man gøre, hvis man har fået et brev i e-Boks om "restance" fra Ishøj Kommune, men det viser sig at være et phishing-forsøg? Jeg har ikke klikket på linket, men vil gerne advare jer.

Mvh Allan""")

M("u", """Til Center for Beskæftigelse og Erhverv

Jeg er TR for HK'erne i en virksomhed i Ishøj Erhvervspark. Vi skal afskedige 14 og vil gerne høre om jobcentret kan lave et tilbud om opkvalificering til de berørte.

Venlig hilsen
Susanne Vind, tillidsrepræsentant""")

M("e", """Hej

Min nabo i nr. 22, Birgit, har fået inkassobreve i stakkevis og spørger mig hvad hun skal gøre. Hun har ikke en computer. Kan kommunen give hende en tid hos en gældsrådgiver?

Venlig hilsen
Lone Bach""")

M("eu", """Hej Kristian

Jeg er ledig og medlem af Dansk Metal. Min a-kasse siger at mit løntilskud i kommunen tæller ned på dagpengeperioden, men jobcentret sagde det modsatte. Hvem har ret? Jeg har 8 måneder tilbage.

Venlig hilsen
Henrik Bonde""")

M("", """Hej

Vi er et lille firma med 6 ansatte på Industrivej og vil gerne tage en i virksomhedspraktik. Hvordan kommer vi i gang, og hvem hos jobcentret er vores kontaktperson?

Mvh Ali Hassan
Hassan VVS ApS""")

M("eh", """Til Jobcentret

Jeg kan ikke komme til mødet d. 22.10. Jeg går i behandling på Rigshospitalet for lymfekræft hver 3. uge, og det er lige dagen efter. Jeg vedhæfter min indkaldelse.

Mvh
Allan Skov""")

M("e", """Kære borgmester

Jeg er 62 og har arbejdet hele mit liv. Efter min skilsmisse mistede jeg huset, og nu bor jeg i en kolonihavehytte om vinteren fordi jeg ikke kan få en lejlighed. Kommunens boligsocial anvisning siger der er 2 års venteliste. Det er ikke værdigt.

Venlig hilsen
Ib Mortensen""")

M("", """Hej

Har I et IBAN-nummer jeg kan bruge til at betale mit parkeringsgebyr fra min tyske bankkonto? Jeg bor i Hamburg men var i Ishøj til et bryllup.

Mit gebyrnummer er 2211203345.

Viele Grüße / Hilsen
Thomas Becker""")

M("e", """Hej Borgerservice

Jeg er lige kommet ud efter 18 måneders afsoning. Jeg har ingen bolig, ingen penge og min gamle bankkonto er lukket. Hvad skal jeg gøre for at søge kontanthjælp, og kan jeg få en NemID/MitID uden fast adresse?

Danny""")

M("et", """Hej

Min far er fra Marokko og har boet i Ishøj siden 1972. Han har fået et brev om at hans boligstøtte stopper fordi han har været i Marokko i mere end 3 måneder. Han var der fordi hans søster døde. Kan det virkelig passe?

Venlig hilsen
Karim El Amrani""")

M("", """Hej

Jeg skal betale for leje af festsalen på Ishøj Rådhus til min fars 70-års fødselsdag, men har kun reg.nr. og konto fra en gammel mail. Er det stadig reg.nr. 0216 konto 4069131546? Jeg vil ikke sende pengene forkert.

Mvh Hanne Kjær""")

M("eh", """Hej

Jeg har været på ressourceforløb i 3 år. Min sagsbehandler er skiftet 5 gange, og hver gang skal jeg forklare min bipolare lidelse og min indlæggelse i 2021 forfra. Kan jeg få én fast sagsbehandler?

Venlig hilsen
Pia Nørskov""")

M("u", """Til HR-afdelingen

Min advokat fra Krifa har bedt mig søge aktindsigt i min personalesag fra dengang jeg var ansat på Ishøj Plejecenter. Hvilken sikker mail skal jeg bruge?

Mvh Lotte Birk""")

M("", """Hej

Jeg har fået en faktura fra kommunen på rottebekæmpelse med fakturanr. 300125-0042. Jeg har ikke bestilt noget, og vi har ikke rotter. Kan I tjekke den?

Hilsen
Steen Vang""")

M("e", """Hej

Vores søn på 27 bor hjemme igen efter et konkursbo og gæld til SKAT på over 300.000 kr. Han er ret ked af det og tør ikke åbne sin e-Boks. Kan kommunens gældsrådgivning tale med ham, hvis vi kommer med?

Venlig hilsen
Helle og Finn Ravn""")

M("be", """Hej

Jeg er muslim og beder fredagsbøn kl. 13. Jobcentret har sendt mig i virksomhedspraktik, hvor jeg ikke må holde pause til bøn. Min praktikvejleder siger jeg kan miste min ydelse hvis jeg går. Hvad er mine rettigheder?

Venlig hilsen
Abdullahi""")

M("", """Hej

Jeg er nysgerrig på hvor mange borgere i Ishøj der modtager kontanthjælp sammenlignet med Brøndby og Vallensbæk. Findes der en opgørelse?

Mvh Lars, Ishøj Lokalavis""")

M("eh", """Hej

Min mor [[031133-1446]] har fået personligt tillæg til medicin, men apoteket siger at kommunen ikke har givet besked. Hun får Eliquis og Furix og har ikke råd til at lægge ud. Kan I ringe til Apoteket i Ishøj?

Venlig hilsen
Lars Hvidberg (søn)""")

M("", """Hej Borgerservice

Jeg skal have nyt pas før en rejse i juni. Hvor lang er ventetiden nu, og kan jeg booke tid online? Ordrenummeret fra sidste gang var 030619-4471, hvis det hjælper.

Mvh Camilla""")

M("e", """Hej

Jeg er på uddannelseshjælp og har fået et job til 10 timer om ugen i Netto. Skal jeg selv trække lønnen fra, eller gør I det? Jeg vil ikke ende med at skylde penge tilbage.

mvh Oscar, 22""")

M("u", """Kære lønkontor

Jeg er buschauffør i kommunens kørselsordning. Jeg har været medlem af Det Faglige Hus i 4 år men har meldt mig ud pr. 1. marts. Der bliver stadig trukket kontingent til dem over min lønseddel. Kan I rette det?

Mvh Rene""")

M("", """Hej

Hvordan søger man om tilskud til arbejdsredskaber som selvstændig, og er der en forskel hvis man er medlem af en fagforening eller ej? Jeg spørger for en forening jeg er med i.

Venlig hilsen
Thomas Dinesen""")

M("et", """Til Borgerrådgiveren

Jeg er fra Gambia, og jeg har oplevet at en medarbejder i Ydelseskontoret talte meget nedladende til mig, og sagde "I kommer jo bare for pengene". Jeg søgte kontanthjælp fordi jeg har mistet mit arbejde. Jeg vil klage.

Lamin Jallow""")

M("eh", """hej

er det rigtigt at man kan få hjælp til tandlæge hvis man er på kontanthjælp? min tand er knækket og det koster 7000 at få en krone. jeg har ikke de penge.

Stine""")

M("eh", """Hej

Jeg er blevet raskmeldt af jobcentret selvom min læge siger jeg stadig er syg af stress og angst. Nu har jeg ingen indtægt, og min husleje skal betales d. 1. Hvad gør jeg?

Simone Krarup""")

M("", """Hej

Jeg vil høre om Ishøj Kommune har en seniorjobordning, og hvad kravene er. Jeg har en kollega der spørger, men hun vil helst ikke selv skrive.

Mvh Lotte""")

M("p", """Hej

Vi er ved at sælge vores lejlighed i Ishøj Landsby og har fået et bud fra en køber som skal have lånegodkendelse. Samtidig har vi fået tilbudt en lejlighed gennem boligforeningen. Må vi have begge dele et par uger, eller skal vi sige nej til lejligheden?

Venlig hilsen
Karen og Ole Thygesen""")

M("eh", """Til Beskæftigelse og Erhverv

Vores datter på 19 har Downs syndrom og er lige blevet færdig med STU. Hun vil gerne have et job med løntilskud i en børnehave. Vi har søgt førtidspension til hende, men ikke hørt noget. Hvem skal vi kontakte?

Mvh Birgit og Ulrik Ahlgren""")

M("", """Hej

Kan man betale ejendomsskat med MobilePay? Og hvad er kommunens EAN-nummer, hvis vi vil betale via vores firma? Ejendommen er Ishøj Landevej 45, sag 24/12345.

Mvh Dan Lykke""")

M("eu", """Hej Ishøj Kommune

Jeg er ansat som rengøringsassistent på rådhuset og medlem af 3F. Vi har fået at vide at vi bliver outsourcet til et privat firma, og jeg frygter at miste mit job. Jeg har to børn og har lige fået afslag på boligstøtte. Hvad sker der med vores løn?

Gülay""")

M("eh", """Hej

Jeg er i fleksjob 12 timer om ugen, og min arbejdsgiver vil have mig op på 18. Min reumatolog siger at min leddegigt ikke kan holde til det. Hvem i jobcentret afgør det?

Mvh Anette Lykke""")

M("", """Hej

Vi søger en jurist til Ydelseskontoret med erfaring i sygedagpengesager og kontanthjælp. Kan I dele opslaget i jeres netværk? Ansøgningsfrist 15.05. kl. 12.00.

Venlig hilsen
HR, Ishøj Kommune""")

M("t", """Hej

Min mand og jeg er romaer fra Rumænien og arbejder begge i Danmark. Hver gang vi kommer i Borgerservice, bliver vi bedt om at vise pas to gange mens danskerne ikke skal. Er det reglerne?

Venlig hilsen
Florina Dumitru""")

M("e", """Hej

Jeg skal giftes i juni, men min forlovede er på kontanthjælp og jeg er i job. Jeg har hørt at hun så mister sin ydelse. Er det rigtigt, og hvad med hendes gæld?

Mvh
Jonas Bagger""")

M("", """Hej

Jeg har lige fået mit nye sundhedskort, men adressen er forkert – der står Ishøj Strandvej 12 i stedet for 121. Hvordan retter jeg det?

Mvh Irene""")

M("", """Hej

Hvor mange timer skal man have arbejdet for at optjene ret til dagpenge? Min søn er lige blevet færdig som tømrer og vil vide det inden han vælger a-kasse.

Mvh Jens""")

M("eh", """Hej Jobcenter Ishøj

Min kæreste Kenneth har været sygemeldt fra sit job som lagermedarbejder i 6 måneder efter en arbejdsulykke med ryggen. Han har fået brev om at hans sygedagpenge stopper om 3 uger. Han er ikke i stand til at skrive selv, så jeg skriver for ham med hans fuldmagt.

Venlig hilsen
Louise""")

M("", """Hej

Vi er et par der skal flytte til Ishøj fra Odense. Hvornår kan vi melde flytning, og kan vi beholde vores egen læge indtil vi har fundet en ny?

Hilsen
Mathias og Amalie""")

M("t", """Til Center for Beskæftigelse og Erhverv

Jeg er født i Iran og har en lille frisørsalon i Ishøj Bycenter. Jeres erhvervskonsulent sagde på mødet "I iranere er jo gode til at handle". Det var ment som en joke, men det var ubehageligt. Jeg vil bare have at I ved det.

Mvh Shirin Ahmadi""")

M("s", """Hej Erhverv

Min kone Sara og jeg har startet et lille bageri sammen på Ishøj Søvej. Vi vil gerne høre om kommunen har tilbud om gratis vejledning for nye virksomheder.

Venlig hilsen
Line Kruse""")

M("b", """Hej Erhvervsafdelingen

Jeg sidder i bestyrelsen for Venstre i Ishøj og driver også et tømrerfirma. Jeg vil gerne høre hvornår erhvervsudvalget behandler den nye erhvervsstrategi, så vi kan komme med input.

Mvh Carsten Vinther""")

M("u", """Hej

Jeg er medlem af Djøf og arbejder som jurist i en privat virksomhed. Jeg vil gerne være mentor for en ung i jobcentrets mentorordning. Hvordan melder jeg mig?

Mvh Sofie Bruun""")

M("u", """Hej

Jeg er ingeniør og medlem af IDA og sidder i den lokale IDA-bestyrelse. Vi vil gerne holde et informationsmøde for ledige ingeniører i jobcentrets lokaler. Er det muligt en torsdag kl. 16?

Venlig hilsen
Thomas Engel""")

M("p", """Til Borgerservice

Vi er ved at købe en andelsbolig i A/B Søparken, og bestyrelsen skal godkende os før handlen kan gå igennem. De vil have en bopælsattest. Kan vi få den digitalt?

Venlig hilsen
Ida og Mathias Wulff""")
