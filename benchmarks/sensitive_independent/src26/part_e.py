"""Part E: bisiddere, lawyers, interpreters and other representatives."""
from common import M

M("eh", """
Til Ydelsescenteret
Att.: sagsbehandler for Anders Krogh

Som advokat for Anders Krogh, cpr.nr. [[230681-1945]], Ishøj Strandvej 104, 2. tv., anmoder jeg om aktindsigt i hans sag om ressourceforløb, herunder journalnotater fra rehabiliteringsteamets møde den 12. september. Min klient har en dokumenteret PTSD efter udsendelse og har siden 2019 været uden for arbejdsmarkedet.

Fuldmagt vedlægges.

Med venlig hilsen
Advokat Charlotte Ebbesen
Ebbesen & Vind Advokater
Vesterbrogade 12, 1620 København V
""")

M("t", """
Kære Borgerservice

Jeg er tolk (arabisk/kurdisk) og var med min klient, en kurdisk kvinde fra Syrien, Rojda Hassan, til mødet i Borgerservice den 3. november. Hun bad mig efterfølgende skrive, at hun ikke har modtaget det kvitteringsbrev, der blev lovet. Kan det sendes igen?

Venlig hilsen
Hevi Ali, tolk
""")

M("", """
Hej

Jeg er freelance tolk (tigrinya og amharisk) og vil gerne høre, hvordan man kommer på kommunens tolkeliste. Hvilken uddannelse kræver I, og hvem skal jeg sende mit CV til?

Mvh
Senait Tesfaye
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg har fungeret som bisidder for Maja Kristensen ved mødet den 28. oktober om hendes børns anbringelse. Maja har bedt mig anmode om referatet, som hun ikke har fået. Hun er også i tvivl om, hvornår den næste handleplansmøde er. Fuldmagt fra Maja er vedhæftet.

Venlig hilsen
Birgit Laursen, frivillig bisidder, Bisidderkorps Ishøj
""")

M("eu", """
Kære Jobcenter Ishøj

Jeg skriver som faglig konsulent i 3F Køge Bugt på vegne af vores medlem Ali Yilmaz, [[110973-1631]]. Ali er blevet sanktioneret for udeblivelse fra et kursus den 4. oktober, men han var til jobsamtale hos en arbejdsgiver den dag, hvilket han har dokumentation for. Vi beder om, at sanktionen tages op igen.

Med venlig hilsen
Kim Lauritzen, faglig konsulent, 3F Køge Bugt
""")

M("", """
Til borgerrådgiveren

Jeg er advokat og repræsenterer et ejerlaug i Ishøj. Jeg vil gerne vide, om borgerrådgiveren kan behandle klager over kommunens sagsbehandlingstid i byggesager, eller om det skal gå til Planklagenævnet. Det er et generelt spørgsmål inden vi rådgiver klienten.

Mvh
Advokat Michael Brund
""")

M("he", """
Hej

Jeg er bisidder for Karina Møller, [[0409902214]]. Hun har fået afslag på førtidspension, selv om hun har svær fibromyalgi og tre lægeerklæringer, der siger hun ikke kan arbejde. Hun vil klage, og vi vil gerne have et møde med sagsbehandleren inden klagen sendes.

Mvh
Ulla Dinesen
""")

M("tb", """
Til Center for Borger, Økonomi og IT

Som tolk for familien Osmanović må jeg gøre opmærksom på, at I har skrevet i jeres brev, at familien er "fra Serbien". Familien er bosniakker og muslimer, og de kom til Danmark som flygtninge i 1993. Det er vigtigt for dem, at det rettes i jeres registrering.

Venlig hilsen
Amra Hodžić, tolk
""")

M("", """
Hej

Jeg har været bisidder i mange år og vil gerne foreslå kommunen at lave en folder om, hvad en bisidder må og ikke må til møder. Der er mange sagsbehandlere, der er i tvivl. Vil I være interesserede?

Mvh
Finn Kjær, pens. socialrådgiver
""")

M("e", """
Til Ishøj Kommune, Økonomi

Vi repræsenterer Hans-Erik Larsen, [[250366 3119]], som har en gæld til kommunen på 41.312,50 kr. vedrørende tilbagebetaling af boligsikring. Vores klient er under gældssanering, og vi anmoder om, at kravet anmeldes til skifteretten i stedet for at blive inddrevet. 

Venlig hilsen
Advokatfirmaet Holm & Bech
v. advokatfuldmægtig Sara Bech
""")

M("", """
Kære byrådsmedlem

Jeg er tolk og oplever ofte, at der ikke er afsat tid nok til tolkning ved møder i jobcentret. Et møde på 30 minutter bliver til 15 minutters reel samtale. Det går ud over borgerne. Kan byrådet se på dette?

Venlig hilsen
Mariam Safi, statsautoriseret tolk
""")

M("eth", """
Hej

Jeg er frivillig i Dansk Flygtningehjælps netværk og hjælper Abdullahi, som kom hertil fra Somalia for tre år siden. Han har fået brev om, at hans integrationsydelse nedsættes, fordi han har "forsømt" danskundervisning. Han var syg en uge med feber. Kan han få et møde, hvor jeg kan være med som bisidder?

Mvh
Grete Olsen
""")

M("u", """
Kære Løn og Personale

Jeg er tillidsrepræsentant for HK'erne på rådhuset og skriver på vegne af vores medlem Tina Skovgaard, som har fået tilsendt en forkert lønseddel for oktober. Hun har bedt mig tage det op. Kan I rette det inden næste lønkørsel?

Mvh
Jens-Ole Frandsen, TR, HK Kommunal
""")

M("", """
Hej

Hvad koster det for en virksomhed at bruge kommunens tolkeservice? Vi er et rengøringsfirma i Ishøj med mange udenlandske medarbejdere og vil gerne kunne holde informationsmøder med tolk.

Venlig hilsen
Serviceteamet ApS
""")

M("e", """
Til Familieafdelingen

Jeg er advokat for Rasmus Ottesen i sagen om samvær med hans søn, Mads, [[140218-4327]]. Min klient har ikke set sin søn siden juli, og plejefamilien har nu også aflyst overvåget samvær i november. Vi anmoder om en redegørelse for, hvorfor samværet ikke gennemføres som besluttet.

Venlig hilsen
Advokat Jakob Brinch
""")

M("hbe", """
Hej

Jeg er præst i Ishøj Valgmenighed og har fungeret som sjælesørger for et af vores medlemmer, Eva Brøndum, der er døende på Ishøjhave. Eva har bedt mig skrive, at hun ikke ønsker genoplivning og gerne vil have nadver, når hun ikke længere kan tale. Hun har underskrevet et livstestamente.

Med venlig hilsen
Pastor Morten Gjørup
""")

M("", """
Hej

Jeg er advokat og har en klient, der vil sælge sin erhvervsejendom i Ishøj Erhvervspark. Vi skal bruge oplysninger om kommunale servitutter, så der kan laves et salgsprospekt. Hvor bestiller vi dem? Jeg nævner ikke navnet endnu.

Mvh
Advokat Kristine Bolt
""")

M("p", """
Kære Center for Byudvikling og Natur

Jeg er advokat for sælger i handlen om ejendommen Ishøj Strandvej 173 (matr.nr. 14ab Ishøj By, Ishøj). Handlen er betinget af, at kommunen bekræfter, at den ulovligt opførte tilbygning kan lovliggøres. Sælger er Bodil Fausing. Vi beder om en hurtig tilbagemelding, da købers finansiering udløber 15. december.

Med venlig hilsen
Advokat Steen Marker
""")

M("e", """
Hej

Jeg er socialrådgiver i Ishøj Boligsociale Helhedsplan og skriver for en beboer, Henriette Ravn, som har bedt om hjælp. Hun har en huslejerestance på 18.000 kr. og har fået opsigelse fra boligselskabet. Hun har tre børn. Kan hun få et akut møde i Ydelsescenteret om enkeltydelse?

Venlig hilsen
Mads Dyhr
""")

M("", """
Til Borgerservice

Vi er et advokatkontor og modtager ofte fuldmagter fra klienter i Ishøj. Hvilket fuldmagtsformular accepterer I til aktindsigt i sociale sager? Har I en standardblanket?

Mvh
Sekretariatet, Advokathuset Køge
""")

M("ht", """
Kære sundhedsplejen

Jeg er tolk på polsk og tolkede ved jeres besøg hos familien Nowak, som er fra Polen, i sidste uge. Moren, Agnieszka, spurgte mig efterfølgende om noget hun ikke turde sige under besøget: hun tror hun har en fødselsdepression. Jeg har sagt, at jeg ville give beskeden videre med hendes samtykke.

Med venlig hilsen
Krystyna Malinowska, tolk
""")

M("eb", """
Hej

Jeg er bisidder for Michael Dalgaard, [[300885–2341]], der er i et forløb om udsættelse fra sin lejlighed. Han er aktiv i Jehovas Vidner og har fået tilbudt et værelse hos et medlem af menigheden i Albertslund, hvis han ikke kan beholde lejligheden. Kan kommunen hjælpe med flytteudgifter?

Mvh
Henrik Due
""")

M("hu", """
Til Ishøj Kommune, HR

Jeg er faglig sekretær i FOA Vestegnen og bisidder for vores medlem Lene Brask, [[121064-1208]], social- og sundhedsassistent på Kærbo. Lene har været sygemeldt siden august med en arbejdsskade i skulderen efter et løft uden lift. Vi vil gerne have en kopi af arbejdspladsvurderingen og referatet fra sygefraværssamtalen.

Med venlig hilsen
Pia Sandholt, FOA
""")

M("", """
Hej

Hvad er proceduren, hvis en borger ønsker en bisidder med til et møde, men bisidderen ikke taler dansk? Må bisidderen have sin egen tolk med, eller skal kommunen betale? Det er et principielt spørgsmål fra vores forening.

Mvh
Foreningen Bisidderne, Vestegnen
""")

M("e", """
Kære Ydelsescenter

På vegne af min klient, Leila Mahmoud, [[0712881560]], som jeg bistår som gældsrådgiver hos Kirkens Korshær, vil jeg bede om en opgørelse over hendes gæld til kommunen. Hun har flere restancer (daginstitution og tilbagebetaling af boligstøtte), og vi skal have overblik til en afdragsordning.

Med venlig hilsen
Bent Nørlund, frivillig gældsrådgiver
""")

M("t", """
Hej

Jeg er tolk for Tenzin Dorje, der er tibetaner og kom til Danmark som flygtning i 2015. Han har spurgt mig, om han kan få sit navn stavet rigtigt i CPR-registret, for det står forkert på hans sundhedskort. Hvem skal vi henvende os til?

Mvh
Pema Lhamo
""")

M("", """
Hej

Jeg er advokat i en sag om arv, hvor afdøde boede i Ishøj. Kan I oplyse, om kommunen har nogen tilgodehavender i boet? Journalnr. hos skifteretten: BS-4420/2025. Afdødes personnummer fremsender jeg via sikker post.

Venlig hilsen
Advokat Henning Rye
""")

M("ehb", """
Kære borgerrådgiver

Jeg er præst i den katolske kirke og skriver med tilladelse fra et sognebarn, Maria Gonzales, [[220375-2806]]. Hun er katolik og går i kirke hos os. Hun er blevet opsagt fra sin lejlighed og har nu fået konstateret brystkræft. Hun har brug for hjælp fra kommunen, men oplever at ingen har tid til hende. Kan du guide hende?

Med venlig hilsen
Pater Tomasz Rybicki
""")

M("e", """
Hej

Jeg er støttekontaktperson for Kenneth (cpr [[010190-3377]]) og skal hjælpe ham med at søge om enkeltydelse til en ny seng, da hans gamle er ødelagt. Han får kontanthjælp. Hvilket skema skal vi bruge?

Mvh
Lise Hvam, SKP, Socialpsykiatrien
""")

M("", """
Til jobcentret

Vi er et tolkebureau og har en aftale med Ishøj Kommune. Jeres medarbejdere bestiller ofte tolke med under 24 timers varsel, og vi kan ikke altid levere. Kan vi aftale en fast procedure?

Venlig hilsen
Tolkecentralen Sjælland
""")

M("te", """
Kære Integrationsafdelingen

Jeg er frivillig lektiehjælper og skriver på vegne af familien Tekle, der er eritreanere og kom til Ishøj i 2019. Far, Yonas, er blevet opsagt fra sit job på slagteriet og skal nu have hjælp til at søge kontanthjælp. De har tre børn og ingen bil. Kan de få et møde hjemme?

Venlig hilsen
Helle Kruse
""")

M("u", """
Kære Børne- og Skoleudvalg

Jeg er kredsformand i Danmarks Lærerforening, kreds 22, og skriver på vegne af vores tillidsrepræsentant på Gildbroskolen, Thomas Lund, som har bedt om et møde med udvalget om arbejdstidsaftalen. Han kan ikke selv deltage i høringen den 5. december.

Med venlig hilsen
Jeanette Hald
""")

M("", """
Hej

Jeg er juridisk rådgiver hos Retshjælpen i Ishøj og vil gerne høre, om vi kan låne et lokale på biblioteket til vores gratis rådgivning hver tirsdag. Vi rådgiver om alle slags juridiske spørgsmål.

Mvh
Retshjælpen Ishøj
""")

M("eh", """
Til Ydelsescentret

Undertegnede er værge for Bjarne Sølvsten, [[1609521383]], der pga. demens er under værgemål. Hr. Sølvsten er flyttet fra Vejlebrovej til Kærbo plejecenter pr. 1. november, og hans boligydelse skal derfor omberegnes. Kendelse om værgemål er vedlagt.

Med venlig hilsen
Lisbeth Holm, advokat og værge
""")
