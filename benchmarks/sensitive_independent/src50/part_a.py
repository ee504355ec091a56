"""corpus50 part A: unemployment, the jobcenter, dagpenge and a-kasse."""
from common import M

M("eu", """Kære Lene Holm

Jeg blev fyret fra lageret i Vejlebrovej den 30. september sammen med 11 andre. Jeg har meldt mig ledig i 3F's a-kasse, men der går åbenbart fem uger før de første dagpenge kommer. Har kommunen nogen form for hjælp til husleje i mellemtiden? Jeg har to børn og kan ikke vente.

Venlig hilsen
Brian Kofoed
Tranegilde Strandvej 41, 2635 Ishøj""")

M("", """Hej

Hvilke virksomheder deltager i jobmessen i Ishøj Bycenter i marts, og skal man tilmelde sig på forhånd? Jeg spørger på vegne af vores produktionsskole.

mvh Kirsten Aagaard, vejleder""")

M("e", """Til borgerrådgiveren

Jeg har nu fået min tredje indkaldelse til samtale i jobcentret på to uger, og hver gang er det en ny medarbejder der ikke har læst min sag. Jeg er ledig efter 14 år som buschauffør og har søgt 60 stillinger. Kan I hjælpe mig med at få én fast kontaktperson?

Hilsen Jørn Vestergaard""")

M("e", """hej jeg har fået afslag på kontanthjælp fordi min kæreste tjener for meget siger de. vi er ikke gift. er det rigtigt?? min cpr er [[140399 2715]] hvis i skal slå mig op. /Sebastian""")

M("", """Kære udvalgsformand

Som leder af en mellemstor malervirksomhed i Ishøj Erhvervspark vil jeg gerne høre, om kommunen har planer om at udvide ordningen med løntilskud til små virksomheder. Vi kunne sagtens tage to ledige ind i praktik, men papirarbejdet er for tungt.

Med venlig hilsen
Thomas Rydahl
Rydahl Maler ApS, CVR 38471926""")

M("eu", """Hej Mette

Kort spørgsmål: min mand Kenneth har været ledig siden august og er medlem af Dansk Metals a-kasse. Nu siger de, at han skal i virksomhedspraktik via jobcentret hos et firma i Greve, men han har ikke kørekort. Kan man få befordring dækket? 

hilsen Dorthe Kjær, Ishøj Søvej""")

M("", """Jeg synes det er for dårligt, at jobcentret i Ishøj har lukket den åbne rådgivning om torsdagen. Mange ledige har brug for at kunne møde op uden tid. Tag det op i beskæftigelsesudvalget.

Allan Bøgh""")

M("e", """Til hovedpostkassen

Vedr. sag 2024-17-0482. Jeg har modtaget et brev om, at mine dagpenge bliver stoppet fordi jeg ikke var til samtale 4. november. Jeg VAR der, jeg sad i venteværelset i 40 minutter og blev sendt hjem. Jeg beder om at I tjekker jeres log.

Michelle Thrane
Vildtvej 3 st. tv.""")

M("", """Hej,
jeg har fået en lønseddel fra kommunen hvor der står Medarbejdernr. 0311851147 øverst, hvad bruger man det til? Jeg er ny vikar i rengøringen og vil gerne forstå sedlen.
Vh Pia""")

M("e", """Kære borgmester

Min søn Mads på 24 er blevet sat i aktivering i en genbrugsbutik 25 timer om ugen for sin kontanthjælp. Han har en kandidatgrad i historie. Jeg synes, det er spild af alles tid, og vil gerne vide hvem der har besluttet det.

Med venlig hilsen
Annelise Mørk""")

M("", """Hvor mange borgere i Ishøj var på kontanthjælp i 2024 sammenlignet med 2023? Jeg skriver en opgave på HF.

tak, Yasmin""")

M("eh", """hej Karsten

jeg er sygemeldt med en diskusprolaps og jobcentret vil nu have mig til opfølgningssamtale hver 4. uge. jeg kan dårligt sidde i bussen derind. kan samtalerne ikke foregå over telefon? mit nr er [[250774 1983]].

mvh René Dalsgaard""")

M("", """Til direktionsassistenten

Vi er en lokal afdeling af HK, og vi vil gerne invitere direktøren for beskæftigelse til et medlemsmøde om den nye beskæftigelsesreform den 12. februar i Kulturhuset. Der er cirka 80 tilmeldte.

Med venlig hilsen
Susanne Jeppesen, faglig sekretær, HK Hovedstaden""")

M("eu", """Hej

Jeg har været medlem af FOA i 22 år og blev opsagt fra plejecentret i sommer. Nu har a-kassen fundet ud af, at jeg ikke opfylder beskæftigelseskravet pga. at jeg gik ned i tid. Jeg står uden dagpenge og har ansøgt om kontanthjælp hos jer. Hvor lang er sagsbehandlingstiden?

Birgit Hansen, [[030266 1404]]""")

M("", """Kan man få et udskrift af sin sag fra jobcentret, når man ikke længere er ledig? Jeg spørger generelt, for jeg skal rådgive nogle af vores lærlinge.

Med venlig hilsen
Ole Krag, uddannelsesansvarlig, Krag VVS""")

M("et", """Kære Pernille Dahl

Jeg er kommet til Danmark fra Eritrea som flygtning i 2016 og har været i integrationsprogrammet. Nu er jeg på selvforsørgelses- og hjemrejseydelse, og jeg vil gerne have et rigtigt job. Jeg har været svejser i 8 år. Kan jobcentret hjælpe mig med at få mit svejsercertifikat godkendt?

Venlig hilsen
Tesfay Gebremariam
Ishøj Strandvej 112""")

M("", """Jobcentret ringede til vores firma i går for at høre om vi havde ledige stillinger. Det er fint, men kan I ikke koordinere det? Det var tredje opkald fra tre forskellige medarbejdere på en måned.

Morten, Ishøj Auto-Service""")

M("e", """Jeg har fået et krav fra kommunen om at tilbagebetale 18.400 kr. i kontanthjælp for perioden april–juni, fordi jeg havde haft noget arbejde på weekenderne som jeg ikke havde indberettet. Jeg troede eIndkomst klarede det. Kan jeg afdrage 500 kr. om måneden? Jeg har ikke andre penge.

Venligst
Kasper Nyholm
[[180592–3305]]""")

M("", """Sagsnr. 2025-03-0117 

Hej. Jeg skal bruge en bekræftelse på, at min virksomhed har haft en elev i virksomhedspraktik fra jer, til vores revisor. Eleven hed ikke noget i papirerne, så jeg ved ikke hvad jeg skal oplyse. Kontonummer til refusion er 5301 0248193.

Hanne Friis, bogholder""")

M("eub", """Kære Jens Peter

Du kender mig fra partiforeningen i Enhedslisten, hvor vi sad sammen i bestyrelsen. Jeg skriver privat: jeg er blevet ledig efter 30 år som tømrer og er medlem af Blik og Rør... nej undskyld, 3F Byggefagene. A-kassen siger at jeg skal på seniorjob, men jobcentret siger at der ikke er flere seniorjob i Ishøj. Hvem har ret?

Kammeratlig hilsen
Poul Erik""")

M("", """Hvad er reglerne for at tage frivilligt arbejde når man er på dagpenge? Jeg spørger for vores frivilligcenter, vi får mange spørgsmål om det.

Ishøj Frivilligcenter""")

M("e", """hej

min far (67) står stadig op kl 4 og kører avis ud fordi hans folkepension ikke rækker til huslejen efter min mor døde. Kan han søge om personligt tillæg? Han vil ikke selv skrive. Han hedder Erling Nørgaard og bor på Gadekærvej 19.

Vh Tina""")

M("", """Kære borgerrådgiver

Jeg vil gerne klage over den måde man bliver talt til på i jobcentrets reception. Det er ikke mig selv det handler om, jeg var der som tolk for et firma. Men tonen var uacceptabel over for de ledige der stod i køen.

Mvh Hülya Aksoy""")

M("eh", """Hej Lars

Min kollega på værkstedet, Jannik, er sygemeldt med depression og har fået et brev om at han skal til møde i rehabiliteringsteamet. Han er bange for at miste sine sygedagpenge. Han har sagt det er okay at jeg skriver til dig. Hvad kan han forvente af sådan et møde?

Mvh
Steen Lauritsen""")

M("", """Til hovedpostkassen

Vores lønsystem har sendt en fil med medarbejdernumre til jobcentret ved en fejl (fx 1505821234 og 2207901110 er medarbejdernumre, ikke cpr-numre). Vi vil gerne have bekræftet, at filen slettes.

Venlig hilsen
Lønafdelingen, Strandparkens Rengøring A/S""")

M("e", """Kære byrådsmedlem

Jeg er 58 år og har været på dagpenge i snart to år. Til februar falder jeg ud. Jeg har fået afslag på seniorpension fordi min arbejdsevne ikke er nedsat nok. Hvad gør man så? Sælger huset? Det er ikke til salg, før jeg har prøvet alt andet.

Venlig hilsen
Lisbeth Worm""")

M("", """Er det rigtigt at kommunen skal spare 12 mio. på beskæftigelsesindsatsen næste år? I så fald synes jeg det er helt forkert, for Ishøj har en af de højeste ledighedsprocenter i hovedstadsområdet.

Venlig hilsen
Frank Møller""")

M("eu", """Hej. Jeg er tillidsrepræsentant for HK'erne i Ishøj Bycenters administration og skriver fordi jeg selv er blevet varslet afskediget pga. nedskæringer. Jeg skal melde mig ledig 1. marts. Må jeg stadig deltage i MED-udvalgets møde i februar, eller er min rolle slut med opsigelsen?

Bente Lindgaard""")

M("", """Til beskæftigelsesudvalget

Dansk Metal Sjælland inviterer hermed til dialogmøde om mangel på faglærte smede i Ishøj og omegn. Vi ser gerne at udvalget deltager. Tid: 3. april kl. 16-18, sted: Ishøj Rådhus, mødelokale 2.

Med venlig hilsen
Kim Søgaard, faglig konsulent""")

M("et", """Hej

Jeg hedder Marta, jeg er polsk og har arbejdet på en gård ved Tune i fire år. Nu er jeg blevet ledig og jobcentret siger jeg skal gå på danskkursus før jeg kan få ydelse. Jeg taler dansk. Kan jeg få en tolk til næste samtale den 9. december, så der ikke er misforståelser?

Marta Kowalczyk
Torslunde Byvej 8""")

M("", """Hvornår har jobcentret åbent i julen? Der står ikke noget på hjemmesiden.""")

M("e", """Hej Hanne,
Tak for en god snak på torvet lørdag. Som lovet: jeg er den ledige lastbilchauffør der fik afslag på kørekortkursus (C/E) fra jobcentret med den begrundelse, at der er "rigeligt med chauffører". Det er der ikke. Mit journalnr. er 27.12.04-P20-3-25.

Michael Holst""")

M("e", """Kære Ishøj Kommune

Jeg har en lønseddel fra min tidligere arbejdsgiver med lønnummer [[2403882219]] og min nye fra vikarbureauet. Jobcentret mener jeg har arbejdet for mange timer til at få supplerende dagpenge. Jeg har vedhæftet begge lønsedler. Mit cpr er [[240388–2219]] (ja, lønnummeret er mit cpr, det er arbejdsgiverens system).

Louise Bang""")

M("", """Hej

Vi er tre veninder der gerne vil starte en lille kaffebar på Ishøj Havn. Findes der støtte til iværksættere, eller skal vi gå gennem Erhvervshus Hovedstaden?

Sara""")

M("eh", """Til borgerrådgiveren

Jeg har været på sygedagpenge i 22 uger efter en hjerneblødning og har nu fået besked på at de stopper, fordi jeg ikke kan forlænges. Jobcentret taler om jobafklaringsforløb. Jeg forstår ikke brevet. Kan I forklare mig det på et almindeligt sprog? Min datter læser dette for mig.

Hilsen Gert Frandsen, cpr [[110963 1127]]""")

M("", """Hej
Jeg arbejder som jobkonsulent i jobcentret og vil gerne foreslå at vi laver et fælles kursus med biblioteket om CV-skrivning. Hvem skal jeg tale med?
Mvh Nadia""")

M("e", """hej hvor lang tid tager det at få svar på en ansøgning om enkeltydelse til tandlæge?? jeg søgte i oktober. jeg er på uddannelseshjælp. /Emil, Kildebakken""")

M("", """Kære byrådsmedlemmer

Jeg arbejder i en a-kasse og oplever, at flere og flere unge i Ishøj ikke ved, at de kan melde sig ind i en a-kasse fra de er 18. Måske kunne kommunen sætte noget information op på ungdomsskolen? Jeg er ikke ude efter medlemmer til os specifikt.

Med venlig hilsen
Jakob Winther""")

M("e", """Hej

Jeg skylder 43.000 kr. i restskat efter at min enkeltmandsvirksomhed gik konkurs i foråret, og nu er jeg på kontanthjælp. Skattestyrelsen modregner i min ydelse. Kan kommunen gøre noget? Jeg har fået et nummer fra Gældsstyrelsen: 210487301556, det er vist et sagsnummer.

Henrik Skov""")

M("", """Hvor mange er ansat i fleksjob i Ishøj Kommune som arbejdsplads? Og hvor mange af dem er over 60? Spørgsmålet er til budgetdebatten.

Venlig hilsen
Bo Ravn, Ishøj Ældreråd""")

M("ebu", """Kære Anja

Jeg er formand for Socialdemokratiets lokale afdeling i Vejleå og desuden tillidsmand i Dansk Metal på Vallensbæk-fabrikken. Jeg skriver for at sige, at jeg selv er blevet fyret i sidste uge sammen med 40 andre. Jeg går på dagpenge fra 1. januar. Jeg vil meget gerne tale med dig om hvad kommunen kan gøre for os.

Hilsen Per Kjeldsen""")

M("", """hej jobcentret. jeg skal bruge jeres CVR-nummer til en faktura fra vores kantine. det står ikke på mails. tak""")

M("e", """Til direktøren for Arbejdsmarked

Jeg har nu i 9 måneder ventet på at min sag om ledighedsydelse bliver afgjort. Jeg har været visiteret til fleksjob siden marts, men der er ingen fleksjob. Imens lever min familie af min kones SU. Det er ikke rimeligt.

Med venlig hilsen
Rasmus Fog
Ishøj Boulevard 7, 3. th.
[[010891-2287]]""")

M("", """Kære Lise

Jeg har læst i avisen, at ledigheden blandt indvandrere i Ishøj er faldet. Det er godt. Kan du sende mig tallene for kvinder og mænd hver for sig?

Venlig hilsen
Inge Damgaard""")

M("eht", """Hej

jeg er afghaner og har boet i Ishøj i 11 år. jeg er sygemeldt fra rengøringen pga. stress og søvnproblemer og har fået en indkaldelse til jobcentret. kan jeg få en tolk på dari? jeg forstår dansk men ikke når det handler om lovgivning og penge.

mvh Zahra Ahmadi
[[050583-3618]]""")

M("", """Til hovedpostkassen

Vi er et rekrutteringsfirma der samarbejder med flere jobcentre. Vi vil gerne præsentere os for Ishøj. Kunne I videresende denne mail til den rette leder?

Med venlig hilsen
Camilla Brix, Brix Rekruttering ApS""")

M("e", """Hej Tommy

Sidste år hjalp du min nabo, så jeg prøver også: Jeg er selvstændig frisør og har ingen kunder efter vejarbejdet på Ishøj Torv. Jeg har ikke råd til husleje for salonen og heller ikke til min lejlighed. Jeg har søgt om hjælp, men jeg kan ikke få kontanthjælp fordi jeg har et firma. 

Sanne Holt""")

M("", """Er der nogen fra kommunen der kommer til Ishøj Erhvervsforenings generalforsamling? Vi skal tale om lærepladser.""")

M("eu", """Kære Ishøj Kommune,

Jeg er medlem af Krifa og har fået at vide af dem at jeg skal bede jer om en bekræftelse på at jeg har deltaget i et kursus via jobcentret i uge 38-40, så de kan udbetale mine dagpenge for de uger. Mit medlemsnummer hos Krifa er 1909743321 og mit personnummer [[190974-3321]].

Venlig hilsen
Jonas Falk""")

M("", """Hej

Jeg driver en pizzeria i Ishøj Landsby og vil gerne ansætte en ung med handicap i fleksjob. Hvad skal jeg gøre som arbejdsgiver? Jeg ved ikke noget om personen endnu.

Vh Ali""")

M("e", """Jeg vil gerne klage over at jobcentret har sendt min sag videre til ydelseskontoret uden at spørge mig. Nu har de stoppet min kontanthjælp i tre uger, og jeg har ikke kunnet betale el. Jeg har to restancebreve fra Ørsted.

Maja Sørensen, Bredekærs Vænge 2""")

M("", """Kære borgmester, jeg synes det er godt at kommunen ansætter flere ledige i løntilskud i parkafdelingen. Det giver mening for alle. Hilsen en tilfreds borger""")

M("es", """Hej Kasper

Min mand Anders og jeg (vi blev gift sidste år, ja, to mænd fra Ishøj Strand) har lige fået at vide, at han bliver fyret fra kommunens tekniske afdeling pr. 1. februar. Vi har lige købt lejlighed sammen og er bekymrede for økonomien. Kan han søge om at få et andet job i kommunen?

Mvh Jesper Lund""")
