"""corpus55 part A: jobcentre, kontanthjælp, sygedagpenge, flexjob, førtidspension."""
from common import M

M("he", """Til Jobcenter Ishøj

Jeg har været sygemeldt siden 3. marts med en diskusprolaps og får sygedagpenge fra jer. Nu har jeg fået et brev om en opfølgningssamtale den 14., men jeg kan ikke sidde ned i mere end 20 minutter ad gangen. Kan samtalen tages over telefonen?

Venlig hilsen
Kenneth Holm
cpr [[120574-1187]]""")

M("e", """hej jeg har fået brev om at min kontanthjælp bliver trukket 2000 kr fordi jeg ikke mødte op tirsdag. men jeg var til samtale på et lager i Brøndby den dag, jeg har sms fra dem. hvem skal jeg snakke med?? mvh Jannik""")

M("e", """Kære Borgerrådgiver

Jeg vil klage over min sagsbehandler i Jobcenteret. Jeg har bedt om at få et andet aktiveringstilbud end rengøring tre gange, og hver gang bliver jeg bare sendt tilbage til det samme. Jeg er 58 år og har arbejdet som kontorassistent i 30 år. Jeg synes ikke jeg bliver hørt.

Med venlig hilsen
Birgit Sønderby""")

M("he", """Til byrådsmedlem Lone Kjær

Jeg skriver fordi jeg ikke ved hvad jeg ellers skal gøre. Jeg har haft brystkræft og er færdig med kemo, men nu siger kommunen at mine sygedagpenge stopper efter revurderingen, og jeg skal i jobafklaringsforløb. Jeg er stadig så træt at jeg sover middagslur hver dag. Kan du hjælpe med at forstå reglerne?

Hilsen
Merete A.""")

M("e", """Hej

min søn Mikkel (19) har søgt uddannelseshjælp for 5 uger siden og har stadig ikke fået svar. Han bor hjemme men betaler kostpenge, og nu har vi ikke råd. Hvad tager så lang tid?

Mvh Gitte, mor til Mikkel""")

M("", """Goddag

Jeg er praktikvejleder på en skole og vil gerne høre, om Jobcentret stadig har en ordning med virksomhedspraktik for unge under 25 i detailhandlen. Vi har plads til to i foråret.

Med venlig hilsen
Rasmus Bech
Ishøj Byhaveskole""")

M("he", """Sagsnr. 27.12.04-G01-1187-25

Jeg har fået afslag på fleksjob med den begrundelse at min arbejdsevne ikke er varigt nedsat. Min læge og en psykiater har begge skrevet at jeg har kronisk depression og PTSD efter udsendelsen i 2011. Jeg klager hermed over afgørelsen.

Carsten Mølgaard
[[030983-1455]]""")

M("e", """Til Center for Beskæftigelse og Erhverv

Jeg er blevet fyret fra Netto pr. 31. i måneden pga. nedskæringer og skal melde mig ledig. Skal jeg først gøre det på jobnet.dk eller skal jeg komme ned i jobcentret? Jeg har ikke været ledig før.

Mvh Yasmin""")

M("e", """Kære Erik Olsen (formand for Beskæftigelsesudvalget)

Jeg har været på kontanthjælp i 4 år. Hver gang jeg får et job i 3 måneder, starter det forfra bagefter med 225-timersreglen og nye papirer. Det er ikke en klage over nogen ansat, men jeg vil gerne at I ved hvordan det føles.

Hilsen
Tobias, Vejleåparken""")

M("", """Hej Erik

Jeg synes kontanthjælpsreglerne er alt for stramme, og det er på tide at byrådet siger det højt til Christiansborg. Hvorfor skal folk der ikke kan finde arbejde straffes hele tiden? Tag det op på næste møde.

Venlig hilsen
En vælger i Ishøj Strand""")

M("he", """til jobcentret

jeg kan ikke komme til møde i rehabiliteringsteamet torsdag, jeg er indlagt på Hvidovre med lungebetændelse. min kone ringer når jeg kommer ud.
Ole
cpr [[2107651203]]""")

M("e", """Dear Jobcenter,

I received a letter in Danish about a meeting on the 22nd regarding my "selvforsørgelses- og hjemrejseydelse". I do not understand all of it. Can I bring my cousin to translate, or can you book an interpreter? My case number is 2024-117-3321.

Kind regards
Samir""")

M("", """Hej Jobcenter

Jeg er sagsbehandler i Brøndby Kommune og skal bruge en kontaktperson i jeres virksomhedsservice ang. en fælles rekrutteringsdag for lagerarbejdere. Hvem er det bedst at skrive til?

Mvh
Lene Hvass, Brøndby Kommune""")

M("he", """Hej

Min far Poul-Erik er i fleksjob 12 timer om ugen hos en tømrer efter sin blodprop i hjertet. Nu vil arbejdsgiveren ikke forlænge, og han er bange for at ryge på ledighedsydelse. Han vil ikke selv skrive, så jeg gør det. Han har givet fuldmagt.

Poul-Eriks personnummer: [[240261 2219]]

Venlig hilsen
Line Kastrup""")

M("e", """Kære borgmester

Tak for sidst ved fællesspisningen. Jeg ville bare sige at jeg endelig har fået mit første job efter 2 år på kontanthjælp, som chauffør ved Movia. Det var jobcentrets mentor der hjalp mig med kørekortet. Giv hende et skulderklap.

Hilsen Ahmad""")

M("h", """Til Personaleafdelingen / kopi til byrådsmedlem

Jeg er ansat på Ishøj Rådhus og har været sygemeldt med stress i seks uger. Jeg vil gerne starte op på nedsat tid fra næste måned, men min leder svarer ikke. Hvad gør jeg?

A.""")

M("he", """Til borgerrådgiveren

Min sagsbehandler har krævet 34.000 kr. i sygedagpenge tilbage, fordi jeg "har arbejdet" mens jeg var sygemeldt. Det eneste jeg lavede var at passe mit barnebarn to eftermiddage. Jeg har slidgigt i begge knæ og kan ikke gå på arbejde som pædagogmedhjælper. Jeg er ked af tonen i brevet.

Hanne Vestergaard
cpr-nr. [[170368–1524]]""")

M("e", """jeg fik afslag på enkeltydelse til briller.. 1800 kr er mange penge når man er på kontanthjælp. er det fordi jeg ikke sendte kvitteringen med?? kan jeg søge igen""")

M("", """Til Jobcenter Ishøj

Hvad er reglerne for hvor mange timer man kan arbejde på et fleksjob i kommunen, og har I en pjece på arabisk og tyrkisk som vi kan lægge frem i vores beboerhus?

Venlig hilsen
Beboerrådgiver, Vildtbanegård""")

M("e", """Kære Lone

Du spurgte til min situation da vi snakkede ved Strandparken. Jeg er nu på førtidspension, efter kommunen endelig traf afgørelse i juni. Det har taget fire år. Jeg vil gerne være med i jeres arbejdsgruppe om ventetider, hvis I stadig mangler en borger.

Venlig hilsen
Susanne Lund""")

M("hte", """Hej

Jeg er fra Eritrea og kom som flygtning i 2015. Jeg har arbejdet i køkkenet på et plejecenter i 6 år, men nu har jeg fået en skade i ryggen og er sygemeldt. Jobcentret har sendt mig en plan, men jeg forstår ikke ordet "arbejdsprøvning". Kan nogen forklare mig på enkel dansk?

Tak
Tesfay""")

M("eu", """Til direktionsassistenten, Center for Beskæftigelse og Erhverv

Jeg vil gerne have en kopi af min sag hos Jobcentret, aktindsigt, herunder alle notater fra samtaler i 2024 og 2025. Jeg har modtaget dagpenge fra 3F's a-kasse i perioden og har været i to praktikker.

Mvh
Jørgen Ravn
[[090877-3061]]""")

M("", """Hej!

Hvornår er der næste jobmesse i Ishøj Idrætscenter, og hvilke fagforeninger og a-kasser deltager? Jeg er studievejleder og vil gerne tage en klasse med.

Vh Marie""")

M("he", """hej Annette

du kender mig fra svømmeklubben. jeg er gravid i 5 mdr og blev fyret i prøvetiden fra et vikarbureau. Kan de det?? jeg har søgt dagpenge men a-kassen siger jeg mangler timer. ved ikke hvad jeg skal gøre

kh Sofie""")

M("e", """Kære Borgerrådgiver,

Jeg vil gerne klage over at Jobcentret har indkaldt mig til samtale tre gange på den dag hvor jeg har min datter. Jeg er alene med hende og min eksmand har hende kun hver anden weekend. Jeg har sagt det flere gange.

Mvh
Charlotte Bruun""")

M("h", """Hej Jobcenter,

Jeg har en medarbejder, Kim, som har været sygemeldt efter en arbejdsulykke på pladsen (han fik en palle over foden). Hvordan søger vi refusion, og hvem udfylder §56-papirerne? Vi er et lille firma med 8 ansatte.

Venlig hilsen
Dennis Fog
Fog Byg ApS, CVR 38112245""")

M("", """Til Beskæftigelsesudvalget

Hvor mange borgere i Ishøj var på kontanthjælp i 2024 sammenlignet med 2023, og hvor mange kom i job via virksomhedspraktik? Jeg skriver en opgave på UCC.

Tak
Jonas Friis""")

M("e", """Til hovedpostkassen

Jeg har i dag fået en indkaldelse til en samtale i jobcentret d. 4. november kl. 9.30, men jeg har jobsamtale hos Ishøj Bus samme formiddag. Kan mødet flyttes?

Mvh
Nikolaj Steen
personnr. [[011290-2257]]
tlf. 22 45 18 90""")

M("he", """Jeg har ME/CFS og har været på ressourceforløb i 2 år nu. Sagsbehandleren har skiftet 5 gange. Hver ny person vil have jeg starter "med et par timer i praktik". Jeg kan ikke engang gå i Netto uden at ligge ned resten af dagen. Hvad skal der til?

Sendt fra min iPhone""")

M("e", """Til Ishøj Kommune, Ydelseskontoret

Kontanthjælp for oktober er ikke gået ind på min konto. Reg.nr. 2211 kontonr. 0612853341. Jeg har betalt husleje med kassekreditten og har nu 213 kr. til resten af måneden.

Malene Dahl
[[061285-3348]]""")

M("", """Hej, skriver for min arbejdsplads (Ishøj Bageri). Vi vil gerne ansætte en i løntilskud. Vores CVR er 29441608 og p-nr. 1012345678. Hvordan gør vi? mvh Anders""")

M("eh", """Hej Leila

Du sagde til mødet at jeg måtte skrive direkte. Min mand er på førtidspension pga. sklerose og jeg er hans hjælper. Nu vil jobcentret have at jeg tager et job på fuld tid, men hvem skal så hjælpe ham med toilet og bad? Vi har søgt om hjemmehjælp men fik kun 30 min om ugen.

Venlig hilsen
Rukiye""")

M("u", """Kære udvalgsformand

Som tillidsrepræsentant for HK'erne i Borgerservice vil jeg gøre opmærksom på at vi er alt for få ansatte til den mængde henvendelser om kontanthjælp og boligstøtte. Jeg beder om at det kommer på udvalgets dagsorden.

Med venlig hilsen
Pia Lauridsen""")

M("he", """Hej jobcenter. jeg er ikke syg. men min læge siger jeg har ADHD og skal have medicin. skal jeg sige det til min sagsbehandler? jeg er bange for de så sender mig i et andet forløb. jeg får uddannelseshjælp. Mvh Oliver""")

M("e", """Til Jobcenteret

Min datter Sara er 17 og har fået tilbudt et job i Føtex efter skole. Vil det påvirke den boligstøtte og det børnetilskud jeg får som enlig? Jeg vil ikke få et krav bagefter.

Venlig hilsen
Trine Sommer""")

M("", """Til borgmesterens PA

Vi er en forening af små erhvervsdrivende på Ishøj Torv og vil gerne invitere borgmesteren til et møde om lærlinge og jobcentrets samarbejde med butikkerne. Passer en dag i uge 47?

Med venlig hilsen
Peter Schou, formand""")

M("he", """Til Jobcenter Ishøj – journalnr. 2025-08813

Bekræfter hermed at min søster Camilla Ryge, [[150492-2910]], er indlagt på psykiatrisk afdeling i Glostrup og ikke kan deltage i samtalen på mandag. Hun har bedt mig skrive. Hun får kontanthjælp.

Venlig hilsen
Nanna Ryge
[[220896-2844]]""")

M("e", """jeg har arbejdet sort før men det gør jeg ikke mer. nu er jeg på kontanten og vil gerne starte min egen frisørsalon. kan jobcentret hjælpe med iværksætterforløb? Denise""")

M("", """Kære Erik

Hvorfor har kommunen stadig ikke ansat flere jobkonsulenter, når I lovede det i budgettet? Det er ikke godt nok. Vi har mange unge der går rundt uden noget at lave.

Med venlig hilsen
Thomas Lykke""")

M("he", """Til borgerrådgiveren

Jeg har søgt om førtidspension på grund af skizofreni, og jeg har fået brev om at sagen skal i rehabiliteringsteamet. Men jeg har ikke fået tilbudt en bisidder. Kan du være med? Jeg bliver meget urolig i store møder.

Martin""")

M("e", """Til: hovedpostkasse@ishoj.dk
Emne: Løntilskud – Lars Brink

Jeg er nu ansat i løntilskud hos Ishøj Forsyning. Min timeløn er 142 kr, og lønsedlen viser et træk på 8 % til pension. Er det rigtigt at jeg ikke kan få feriepenge af løntilskuddet? Min lønnummer er 104522 og medarbejder-ID 1205881192.

Lars Brink""")

M("", """Hej

Jeg er ansat på Jobcentrets forsikrede-afdeling og vil høre om vi må låne byrådssalen til et infomøde for ledige om rettigheder i efteråret. Cirka 60 deltagere.

Vh Mette, Jobcenter Ishøj""")

M("he", """Til udvalgsformanden for Social- og Sundhedsudvalget

Min bror Henrik (52) er alkoholiker og har mistet sit job som buschauffør. Han får nu kontanthjælp, men pengene går til øl. Kan kommunen give ham en støttekontaktperson? Han siger selv ja, men ingen ringer tilbage.

Hilsen
Lis Brandt""")
