"""corpus84, part G: employers, HR staff and union reps writing for others; pensioners; forwarded chains."""
from common import M

M("h", """Til Jobcenter Ishøj, virksomhedsservice

Vi har en medarbejder, Lone Bager ([[150468-2106]]), som har været sygemeldt i 7 uger efter et brud på håndleddet. Hun vil gerne starte op igen på 15 timer. Kan I sende skemaet til delvis raskmelding, så vi kan søge refusion af sygedagpenge for resten?

Med venlig hilsen
Jette Hammer, HR-konsulent
Ishøj Emballage A/S, CVR 18 22 71 39""")

M("eu", """Fra: Kim Lyngby (TR, 3F)
Til: Ishøj Kommune, Jobcenter

Vedr. to af vores medlemmer på Ishøj Betonvarefabrik, der er blevet opsagt i går:
- Per Holst, cpr [[1904752211]]
- Rasmus Kold, cpr [[0203881435]]
Begge ønsker at melde sig ledige hurtigst muligt, og begge har givet mig fuldmagt. De står i 3F's a-kasse. Hvem skal fuldmagterne sendes til?

Med venlig hilsen
Kim Lyngby""")

M("", """Til Jobcenter Ishøj

Vi er en vognmandsforretning og mangler chauffører med C/E-kørekort. Kan I henvise kandidater? Stillingen er slået op med ordrenummer 1507240042 hos jer. Kontakt gerne trafikleder Bo på 43 73 11 90.

Mvh
Ishøj Vognmandsforretning""")

M("h", """Kære Center for Voksne og Velfærd

Jeg er leder af en tømrervirksomhed. En af vores lærlinge, Mathias på 19, faldt ned fra et tag i sidste uge og brækkede ryggen. Han ligger på Rigshospitalet. Vi har anmeldt arbejdsskaden, men hans mor spørger, hvad kommunen kan hjælpe med, når han kommer hjem. Hvem kan hun tale med?

Venlig hilsen
Søren Bygballe""")

M("e", """Til Ydelsescentret

Jeg er 66 og overgår til folkepension 1. august. Jeg har hørt, at jeg skal søge selv. Er det på borger.dk, eller skal jeg sende noget til jer? Jeg er stadig i arbejde 20 timer om ugen.

Mvh
Ellen Mørch
[[240758 2146]]""")

M("", """Kære HR i Ishøj Kommune

Hvad er løntrinnet for en stilling som administrativ medarbejder i Center for Borger, Økonomi og IT? Jeg overvejer at søge, men vil gerne kende lønniveauet først.

Venlig hilsen
Rikke Mortensen""")

M("hu", """Til formanden for Beskæftigelsesudvalget

Jeg er fællestillidsrepræsentant for BUPL i kommunens dagtilbud. Vi har en kollega, Anne-Mette, som har været sygemeldt med stress i 10 uger og nu skal til en rundbordssamtale med jobcentret. Hun ønsker, at jeg deltager, men det har jobcentret afvist. Kan udvalget afklare, om TR må deltage?

Med venlig hilsen
Camilla Bro, FTR, BUPL""")

M("hep", """Hej

Jeg hjælper min nabo, Karl, på 81. Han har fået demens og skal på plejehjem. Hans hus på Ishøj Bygade skal sælges, og der er en køber, der har budt 2,1 mio. Men hans søn i Canada vil ikke skrive under på fuldmagten. Hvad gør vi?

Mvh
Hanne Lau""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi har fået en regning på 12.500 kr. for kursus i kundeservice for vores ansatte. Fakturanr. 0709231456. Vi mener, at kurset var gratis for virksomheder under 50 ansatte. Kan I forklare?

Med venlig hilsen
Susanne, økonomi, Ishøj Glas & Rammer
p-nr. 1019283746""")

M("heu", """Til Ishøj Kommune

Jeg er faglig sekretær i FOA Kbh Vest og skriver på vegne af vores medlem, Marianne Hald, social- og sundhedsassistent i jeres hjemmepleje. Hun har en arbejdsskade i ryggen efter en forflytning og har været sygemeldt i 3 måneder. Hun har nu fået brev om, at hendes sygedagpenge skal revurderes. Hun ønsker, at jeg deltager i opfølgningsmødet.

Med venlig hilsen
Lisbeth Kragh
faglig sekretær, FOA""")

M("e", """Subject: VS: Din ansøgning om boligstøtte

Kære Bente

Tak for din ansøgning om boligstøtte. Vi har brug for dokumentation for din indkomst ...

Hej Bente igen,

Jeg videresender det her til dig fra mor, da hun ikke selv kan finde ud af mail. Mor er gået på pension og får kun folkepension nu. Kan du hjælpe hende med at finde lønsedlerne fra sidste år?

Kh Søren""")

M("", """Hej

Hvor mange ansatte har Ishøj Kommune i alt, og hvor mange er på deltid? Jeg laver en sammenligning af kommunerne på Vestegnen.

Med venlig hilsen
Thomas, Vestegnens Erhvervsråd""")

M("tu", """Til udvalgsformand Søren Kirk

Jeg er TR for Dansk Metal på en virksomhed i Ishøj. Flere af mine kolleger er polske, og de får dårligere vagter end de danske. En af dem, Marek, har spurgt mig, om kommunen kan hjælpe med at oversætte overenskomsten til polsk. Er det en mulighed?

Med venlig hilsen
Kenneth Hald""")

M("eb", """Kære borgmester

Jeg er pensioneret skolelærer og har i mange år været medlem af Konservative. Jeg har netop fået afslag på boligstøtte, og jeg forstår ikke beregningen. Kan din PA sende min henvendelse videre til Borgerservice?

Med venlig hilsen
Aksel Lindholm
[[0812511067]]""")

M("hu", """Hej Lene

Jeg er TR for HK hos en revisionsvirksomhed. En af vores bogholdere har brystkræft og skal have kemoterapi. Arbejdsgiveren vil søge § 56, og hun er glad for det. Jeg vil bare sikre mig, at kommunen behandler sådanne sager hurtigt. Hvor lang er behandlingstiden?

Med venlig hilsen
Nina Holt""")

M("", """Til hovedpostkassen

Vi vil gerne tilmelde tre ansatte til kommunens kursus i førstehjælp den 14. november. Betaling sker via EAN 5798000123456, vores p-nr. er 1004567890. Deltagernes navne følger.

Med venlig hilsen
Ishøj Børnehus (privat)""")

M("pe", """Til Center for Byudvikling og Natur

Jeg er selvstændig vognmand og har lejet en grund af kommunen i 20 år. Nu vil jeg købe den, da firmaet skal sælges til min svigersøn, og han har brug for ejerskab for at få lån. Vi har aftalt en pris med jeres ejendomsafdeling, men vi venter på jeres godkendelse. Kan det skyndes lidt? Jeg skylder banken penge, og de presser på.

Mvh
Jørgen Vognsen""")

M("b", """Til byrådsmedlem Hanne Overgaard

Jeg er medlem af Alternativet og vil gerne invitere dig til en debat om 4-dages arbejdsuge på Ishøj Bibliotek. Det er et emne, der optager mange af vores medlemmer.

Venlig hilsen
Freja Lindberg""")

M("he", """Til Jobcenter Ishøj

Jeg er 59, har haft to blodpropper i hjertet og får nu seniorpension. Jeg har fået tilbudt et job som skolebuschauffør fem timer om ugen. Må jeg tage det uden at miste pensionen?

Hilsen
Bent Juul
[[210365\u00a01427]]""")

M("", """Kære Jobcenter

Holder I åbent i jobcafeen i efterårsferien? Jeg vil gerne have hjælp til mit CV, da jeg gerne vil skifte job.

Mvh
Line""")

M("eu", """Til borgerrådgiveren

Jeg er efterlønsmodtager og medlem af 3F's a-kasse. Jeg har arbejdet lidt på en havn om sommeren. A-kassen siger, at jeg har modtaget for meget efterløn, og at kommunen skal trække i min folkepension senere. Det forstår jeg ikke.

Mvh
Villy Kjær""")

M("h", """Hej Ishøj Kommune

Vores virksomhed har en medarbejder, der har fået diagnosen ADHD som voksen. Hun har spurgt os, om vi kan få hjælp til at indrette hendes arbejdsplads, så der er mindre støj. Hun hedder Sofie og er vores receptionist. Hvem kan rådgive os?

Venlig hilsen
Helle Damgaard, direktør, Ishøj Revision""")

M("p", """Til formanden for Plan- og Miljøudvalget

Jeg er direktør og eneejer af et lille produktionsfirma. Vi skal flytte til større lokaler, og jeg har fået et tilbud på en ejendom i Ishøj Erhvervspark. Købet er betinget af, at vi kan få lov til at bygge en lagerhal. Hvornår kommer sagen for udvalget?

Venlig hilsen
Mogens Jeppesen""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi er en brancheorganisation, der holder et informationsmøde for arbejdsgivere om de nye regler for fleksjob. Vil en medarbejder fra jobcentret holde et oplæg?

Med venlig hilsen
Dansk Erhverv, Region Hovedstaden""")

M("he", """Til Ydelsescentret

Jeg skriver for min mor, Irene Hansen, [[131140-0884]]. Hun er 84, har fået et hjerteanfald og er indlagt. Hun har fået et brev fra jer om hendes folkepension, og hun beder mig svare. Hun har givet mig fuldmagt, og jeg vedlægger den. Min egen cpr er [[250767\u20132213]], hvis I skal bruge den.

Med venlig hilsen
Lars Hansen""")

M("b", """Til udvalgsformand

Jeg er medlem af Dansk Folkeparti og skriver for at klage over, at kommunen bruger så mange penge på integration. Jeg synes, pengene skulle bruges på de ældre.

Med venlig hilsen
Ole Brandt""")

M("", """Hej

Jeg har en virksomhed og har modtaget en faktura fra kommunen for affaldshåndtering. Fakturaen har nr. 2412181005 og et beløb, som jeg ikke kan genkende. Hvem skal jeg kontakte? Vores CVR-nummer er 33 44 55 66.

Mvh
Jan Poulsen, Poulsens Isolering""")

M("tp", """Til Center for Byudvikling og Natur

Vi er en libanesisk familie, der ejer butikslokalet i Ishøj Bycenter, hvor vores grillbar ligger. Vi har fået et bud på lokalet fra en anden restaurant, men de vil kun købe, hvis I godkender en ny skiltning. Køberen har givet os en frist på 14 dage.

Med venlig hilsen
Familien Haddad""")

M("u", """Til borgmesterens PA

Som formand for Lederne Sjælland og selv medlem gennem 25 år vil jeg invitere borgmesteren til vores årsmøde. Vi håber, at borgmesteren vil tale om kommunens erhvervsstrategi.

Med venlig hilsen
Peter Hald""")

M("he", """Hej Ishøj Kommune

Jeg er arbejdsgiver for en ung mand, der er i fleksjob hos os. Han har cerebral parese og har brug for en ekstra pause. Vi vil gerne have refusion for hans løntilskud for november. Han hedder Mikkel Rasmussen.

Venlig hilsen
Anne Skov, økonomichef""")

M("", """Til Jobcenter Ishøj

Vi er et vikarbureau og vil gerne samarbejde med jobcentret om at finde medarbejdere til lagerarbejde. Hvem skal vi kontakte?

Med venlig hilsen
Vikar1 ApS, CVR 41 22 33 44""")

M("bu", """Kære borgerrådgiver

Jeg er medlem af Kristelig Fagforening og aktiv i Kristeligt Folkeparti. Jeg er lærer på en friskole og vil gerne klage over, at kommunen ikke har svaret på vores ansøgning om tilskud til en skolebus i 3 måneder.

Med venlig hilsen
Hans Kristensen""")

M("e", """Hej

jeg har fået job som pædagogmedhjælper men har stadig kontanthjælp indtil første løn. skal jeg selv sige til jer at jeg har fået job eller gør arbejdsgiveren det? mvh Tanja
[[190201 4556]]""")

M("pb", """Kære borgmester Merete Amdisen

Jeg er præst i Ishøj Frimenighed, og vi er i gang med at købe en tidligere butik til kirkesal. Vi har underskrevet en betinget købsaftale, men lokalplanen skal ændres. Hvornår kan vi forvente en afgørelse?

Med venlig hilsen
Pastor Lars Agerbæk""")

M("", """Til borgerrådgiveren

Jeg har søgt job i kommunen og fået afslag uden begrundelse. Kan jeg få en forklaring? Jeg har fået at vide, at I ikke kan hjælpe med ansættelsessager, men hvem kan så?

Mvh
Lone""")

M("hs", """Til personaleafdelingen

Jeg arbejder i kommunens køkken og vil gerne søge om fri til at ledsage min mand, Kim, til kemoterapi to gange om måneden. Jeg er selv mand, i øvrigt. Hvad er reglerne for det?

Venlig hilsen
Steen Rask""")

M("eu", """Til Jobcenter Ishøj

Jeg er medlem af Teknisk Landsforbund og blev afskediget for to måneder siden. Jeg vil gerne starte egen virksomhed og har hørt, at man kan få starthjælp. Kan jeg beholde dagpengene i en periode?

Venlig hilsen
Jesper Ravn
[[260378\u20131243]]""")

M("t", """Til Ishøj Kommune, Center for Børn og Forebyggelse

Jeg er lærer og har romabaggrund. Jeg har hørt, at en forælder har klaget over mig og kaldt mig for "sigøjner". Jeg vil gerne vide, om min leder har modtaget klagen.

Med venlig hilsen
Marius Lakatos""")

M("", """Hej Ishøj Kommune

Hvad koster det at leje festsalen på rådhuset til vores firmajulefrokost? Vi er 40 ansatte. Vores EAN-nummer er 5790000123456.

Mvh
Ishøj Maskinservice""")

M("pe", """Hej Fatima

Jeg har lige fået fyreseddel, og vi har ikke råd til huset længere. Vi har fået et bud fra en køber, der vil overtage med det samme, men min kone vil vente og se, om jeg finder nyt job. Jeg ved ikke, hvad jeg skal gøre. Tak for at du lytter.

Mvh
Claus""")

M("hb", """Til HR, Ishøj Kommune

Jeg arbejder på et plejecenter og faster i ramadanen. Jeg har diabetes og har aftalt med min læge, hvordan jeg gør det sikkert, men min leder vil ikke lade mig tage pausen ved solnedgang. Kan I hjælpe?

Venlig hilsen
Samira Hussein""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi har modtaget jeres tilbud om et kursus i ledelse for små virksomheder. Vores ordrenummer er 230485-1102. Vi vil gerne tilmelde to. Hvornår starter kurset?

Med venlig hilsen
Holm & Søn El""")

M("u", """Hej

Jeg er ny TR for DSR i Ishøj og vil gerne præsentere mig for Social- og Sundhedsudvalget. Kan jeg få et møde med formanden?

Venlig hilsen
Pia Thorsen, TR, DSR""")

M("tb", """Kære Hanne

Jeg er født i Pakistan og ahmadiyya-muslim. Min arbejdsgiver har spurgt, om jeg vil tale om min tro på et personalemøde, fordi der har været misforståelser. Jeg vil gerne, men er bange for reaktionerne. Har kommunen erfaringer med den slags?

Venlig hilsen
Nasir Ahmad""")

M("he", """Hi,

I am writing for my father, Mr. Ahmed Saleh, [[170352-0915]]. He is 72, has Alzheimer's and receives folkepension. He got a letter about his pension supplement that we do not understand. Can someone call me? I have his power of attorney.

Regards,
Omar Saleh""")
