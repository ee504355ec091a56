"""corpus64 part C: kontanthjælp, uddannelseshjælp, SU, førtidspension, pension, efterløn."""
from common import M

M("e", """
Hej Jobcenter Ishøj

Jeg er 27 og får uddannelseshjælp. Jeg er kommet ind på pædagoguddannelsen fra september og skal så over på SU. Jeg har hørt, at der kan gå en måned, før SU'en kommer. Kan uddannelseshjælpen fortsætte, indtil første SU er udbetalt?

Mvh Sofie Lund
[[130998-2271]]
""")

M("eh", """
Til borgerrådgiveren

Jeg har søgt førtidspension to gange og fået afslag begge gange. Jeg har fibromyalgi og PTSD efter en voldsom ulykke, og jeg har været i arbejdsprøvning fire gange. Hver gang har jeg måttet stoppe efter få uger. Nu vil kommunen have mig i endnu et ressourceforløb. Jeg orker ikke mere. Jeg vil gerne klage over, at min sag trækker ud, og at min læges erklæring ikke bliver læst.

Venlig hilsen
Charlotte Meyer
""")

M("e", """
hej jeg er på kontanthjælp og har fået en lille arv fra min farmor på 22.000. skal jeg sige det til kommunen? min ven siger de tager det hele
""")

M("eu", """
Kære udvalgsformand

Jeg blev afskediget fra Ishøj Bycenter i februar efter 19 år. Jeg er medlem af HK og får dagpenge, men jeg er 61 og vil gerne vide, om jeg kan gå på efterløn allerede nu, eller om jeg skal vente. Min a-kasse og jobcentret siger to forskellige ting.

Med venlig hilsen
Bente Kjærgaard
""")

M("et", """
Kære byrådsmedlem Ahmed

Jeg er palæstinenser fra Libanon og har boet i Danmark i 30 år. Jeg har ikke optjent fuld folkepension, fordi jeg kom hertil som 35-årig, så jeg får kun brøkpension. Det er svært at leve af. Kan kommunen give personligt tillæg? Hvordan søger man?

Hilsen Mahmoud
""")

M("", """
Hej

Hvad er satserne for kontanthjælp i 2026 for en enlig over 30 uden børn, og hvordan påvirker den nye kontanthjælpsreform dem? Jeg er studerende på socialrådgiveruddannelsen og skriver opgave om det.

Mvh Nanna
""")

M("heb", """
Til Jobcenter Ishøj

Jeg er muslim og har diabetes type 1. Under ramadanen faster jeg ikke pga. sygdommen, men jeg beder om at mit møde ikke bliver lagt på eid-dagen den 20. marts, hvor jeg skal i moskéen med min familie. Jeg er på kontanthjælp og kommer altid til mine møder.

Med venlig hilsen
Samira Khalil
""")

M("e", """
Til Ydelseskontoret

Jeg vil gerne søge om enkeltydelse til en ny vaskemaskine, den gamle er brudt sammen og jeg har tre små børn. Jeg er enlig mor og på kontanthjælp. Regningen fra vaskeriet er over 600 kr. om ugen.

Mvh
Stine Hald
cpr: [[0506894432]]
""")

M("eb", """
Hej

Min datter Freja skal konfirmeres i Torslunde Kirke den 25. april. Jeg er på kontanthjælp og har ikke råd til tøj og fest. Kan man søge kommunen om hjælp til det? Jeg har hørt andre har fået det.

Venlig hilsen
Janni Pedersen
""")

M("e", """
Kære Kirsten Larsen

Min mand gik på efterløn i 2024, og jeg fik folkepension fra januar. Nu får vi et brev om, at vi har fået for meget i ældrecheck. Vi forstår det ikke, vi har ikke fået andre indtægter. Vi har ringet til Udbetaling Danmark, men de henviser til kommunen. Kan du hjælpe os med at finde ud af, hvem der har ret?

Med venlig hilsen
Inger Toft
""")

M("ehu", """
Hej

jeg er sygemeldt med stress fra mit job som pædagog, BUPL siger jeg skal søge om § 56 men min leder siger det ikke er nødvendigt. kommunen har indkaldt mig til opfølgningssamtale på fredag, og jeg er bange for at miste mine sygedagpenge hvis jeg ikke kommer. kan man få samtalen over telefon?

Maja
""")

M("e", """
Til borgmesterens PA

Min søn på 19 er sendt hjem fra sin tømrerlærlingeplads og har ingen indtægt. Han vil ikke selv søge uddannelseshjælp, fordi han skammer sig. Kan kommunen tage kontakt til ham? Han bor hjemme hos mig på Ishøj Strandvej.

Venlig hilsen
Hanne Dreyer
""")

M("e", """
Hej

Jeg skriver for at klage over, at min kontanthjælp er blevet nedsat med 1.900 kr., fordi jeg nu bor sammen med en kammerat. Vi er ikke kærester, vi deler bare en lejlighed på Vejlebrovej for at have råd. Kommunen har sendt et brev om, at vi er "samlevende". Det er vi ikke.

Med venlig hilsen
Mikkel Olsen
""")

M("ehs", """
Til borgerrådgiveren

Jeg er 45 og bøsse og har levet med hiv i 15 år. Jeg har altid arbejdet, men min sygdom er blevet værre, og jeg fik seniorpension bevilget sidste år. Nu skriver kommunen, at pensionen skal genberegnes, fordi min mand har fået en højere løn. Det virker som om min mands indkomst straffer mig. Er det rigtigt?

Med venlig hilsen
Kristian Wulff
""")

M("", """
Kære Beskæftigelsesudvalg

Jeg er leder af en lokal byggevirksomhed. Vi vil gerne tage folk fra kontanthjælp i virksomhedspraktik, men vores erfaring er, at papirarbejdet er alt for tungt. Kan kommunen forenkle det? Vi har plads til tre praktikanter fra august.

Med venlig hilsen
Bjarne Holt, Holt Byg ApS
""")

M("et", """
hej jeg er fra Afghanistan og kom som flygtning da jeg var 16. nu er jeg 21 og går på hf. jeg har SU men det er ikke nok til husleje og bøger. kan man få hjælp fra kommunen oveni SU? 
mvh Ali
""")

M("e", """
Til Ishøj Kommune

Ansøgning om personligt tillæg til medicin og briller

Jeg er folkepensionist og har ingen anden indkomst end pensionen. Jeg har fået nye briller for 4.800 kr. og vil gerne søge om tillæg.

Eva Nygaard
[[110251-1702]]
Ishøj Landsby 9
""")

M("eh", """
Hej

Min mor har alzheimer og bor i en ældrebolig. Hun fik førtidspension i mange år, og nu får hun folkepension. Der er kommet et brev om, at hun skal betale 18.000 kr. tilbage i boligydelse. Hun kan ikke selv forstå det. Jeg har fuldmagt. Hvordan klager vi?

Venlig hilsen
Kasper Kirkeby
""")

M("eut", """
Kære byrådsmedlem

Jeg er polsk og har arbejdet i Danmark i 9 år, de sidste 6 år som slagteriarbejder. Jeg er medlem af NNF. Jeg er blevet fyret pga. nedskæringer og har søgt dagpenge, men min a-kasse siger, jeg mangler en dokumentation fra Polen om mine tidligere år. Imens har jeg ingen penge. Kan kommunen hjælpe med akut hjælp?

Med venlig hilsen
Piotr Nowak
""")

M("eh", """
Hej

Er der nogen der kan forklare mig, hvorfor jeg skal have 225 timers arbejde for at beholde min kontanthjælp, når jeg passer min syge far? Jeg har ikke tid til et job ved siden af. 

Mvh Louise
""")

M("", """
Til Ishøj Kommune

Hvordan søger man om boligydelse som folkepensionist? Er det kommunen eller Udbetaling Danmark, og skal man have en særlig blanket? Jeg spørger for vores pensionistforening, hvor flere medlemmer har spurgt.

Med venlig hilsen
Ishøj Pensionistforening
v/ formand Knud Aagaard
""")

M("eh", """
Kære Social- og Sundhedsudvalget v/ sekretær

Min bror på 38 har skizofreni og bor alene på Gadekærvej. Han er på kontanthjælp, men burde have haft førtidspension for længst. Han bruger pengene på noget helt andet end husleje og mad, og han er nu blevet sat ud for anden gang. Jeg er bekymret for, at han ender på gaden. Kan kommunen gøre noget?

Venlig hilsen
Rikke Lassen
""")

M("eb", """
Til Jobcenter Ishøj

Jeg er kristen, katolik, og går i kirke hver søndag i Sankt Andreas. Jeg har fået tilbudt et job i en butik, hvor jeg skal arbejde hver søndag formiddag. Kan jeg afslå det uden at miste min kontanthjælp?

Venlig hilsen
Maria Santos
""")

M("e", """
Til Center for Beskæftigelse og Erhverv

Jeg har fået afslag på dækning af transport til min virksomhedspraktik i Albertslund. Det koster mig 1.200 kr. om måneden, og jeg får kun integrationsydelse. Jeg beder om, at afslaget bliver genovervejet.

Mvh Ibrahim Sall
""")

M("e", """
hej, skal jeg betale skat af min SU? jeg har lige fået brev fra skat om restskat 8000 og jeg tjener kun 4000 ved siden af SU. kan kommunen hjælpe med at klage? 
/Oliver, 22
""")

M("", """
Kære byrådsmedlemmer

Kontanthjælpsreglerne er alt for stramme, og det rammer børnefamilierne i Ishøj hårdt. Jeg opfordrer byrådet til at bruge alle de muligheder, kommunen har, for at give enkeltydelser og hjælp til børnenes fritidsaktiviteter.

Med venlig hilsen
Grethe Mølgaard
""")

M("et", """
Til Jobcenter Ishøj

Jeg er fra Ukraine og har været i Ishøj siden 2022 med min datter. Vi får selvforsørgelses- og hjemrejseydelse. Jeg har nu fået job som rengøringsassistent 25 timer om ugen. Hvordan skal jeg melde min løn, så ydelsen ikke bliver udbetalt forkert?

Med venlig hilsen
Olena Kovalenko
""")

M("he", """
Hej

jeg er gravid i 7. måned og var på kontanthjælp da jeg blev gravid. jeg har hørt at man ikke kan få barselsdagpenge på kontanthjælp, er det rigtigt? hvad får jeg så når barnet er født? min kæreste har også kun SU

Jasmin
""")

M("e", """
Til borgerrådgiveren

Jeg har to gange fået en regning på tilbagebetaling af kontanthjælp fra 2023, hvor jeg havde et job i tre uger. Første gang var det 6.400 kr., anden gang 9.100 kr. Det passer ikke sammen. Jeg har skrevet til Ydelseskontoret tre gange uden svar.

Venlig hilsen
Dennis Rasmussen
""")

M("ehu", """
Kære Social- og Beskæftigelsesudvalg

Jeg har været FOA-medlem i 30 år og arbejdet som hjemmehjælper i Ishøj. Jeg har slidgigt i begge hofter og har fået afslag på seniorpension med den begrundelse, at jeg kan arbejde 15 timer om ugen. Jeg kan ikke engang gå op ad trappen til min lejlighed uden smerter.

Med venlig hilsen
Lis Brøndsted
""")

M("e", """
Til Ishøj Kommune

Jeg er netop gået på efterløn, og jeg skal vide, hvordan jeg søger om fritagelse for betaling af den kommunale tandpleje til mit barnebarn, som bor hos mig. Han bliver 16 til sommer.

Med venlig hilsen
Hans Jørgen Pallesen
""")

M("eh", """
Hej Jobcenter

Mit ressourceforløb slutter i juni, og min rehabiliteringsteam-møde er den 2. juni. Jeg har kronisk migræne og en diskusprolaps i nakken. Jeg vil gerne have min egen læge med. Er det muligt?

Mvh Trine Damgaard
[[220486–1538]]
""")

M("", """
Til Ishøj Kommune

Jeg vil gerne vide, hvor mange borgere i Ishøj der modtog kontanthjælp i 2025, fordelt på aldersgrupper, og hvor mange der kom i job. Jeg skriver en artikel til Ishøj Avis.

Med venlig hilsen
Journalist Sara Lind
""")

M("et", """
Kære borgmester

Jeg er kurder fra Syrien og har boet i Ishøj i 8 år. Min kone og jeg har begge fået job, men nu siger kommunen, at vi skal betale noget af vores integrationsydelse tilbage fra 2023. Vi har ingen opsparing. Vi vil gerne betale, men vi kan ikke betale 31.000 kr. på én gang.

Med venlig hilsen
Hozan Ali
""")

M("eb", """
Til borgerrådgiveren

Jeg er medlem af Socialistisk Folkeparti og har i mange år deltaget i den lokale afdelings arbejde. Jeg har nu fået at vide af min sagsbehandler, at hun "ikke kan lide at hjælpe folk, der altid klager over kommunen i avisen". Jeg er på kontanthjælp og føler mig behandlet anderledes på grund af mit politiske engagement.

Venlig hilsen
Jens Winther
""")

M("e", """
Til Ydelseskontoret

Vedr. ansøgning om hjælp til tandbehandling

Jeg har fået overslag fra tandlæge på 11.600 kr. Jeg er på kontanthjælp og har ikke råd. Jeg vedlægger overslaget.

Navn: Rasmus Holmgaard
Personnr. [[031281-1957]]
Tlf. 28 19 33 05
""")

M("", """
Hej

Min nabo siger, at man kan få hjælp til briller, hvis man er pensionist. Er det rigtigt, og hvor finder man ansøgningen? Jeg spørger ikke for mig selv, men for at kunne svare ham, han har ikke computer.

Mvh Palle
""")

M("es", """
Til Ishøj Kommune

Min kone Helle og jeg (vi er to kvinder) har fået en søn sammen, og jeg er medmor. Jeg er i gang med en kandidatuddannelse og får SU. Kan jeg få SU-barselsforlængelse, og skal kommunen vide noget om det i forhold til vores boligstøtte?

Med venlig hilsen
Line Carstensen
""")

M("eh", """
Kære borgerrådgiver

Jeg er 63, og efter en hjerneskade har jeg fået bevilget førtidspension. Men de første tre måneder fik jeg kun kontanthjælp, fordi sagen trak ud. Jeg mener, det skyldes kommunens sagsbehandlingstid, og vil bede om efterbetaling. Hvem skal jeg skrive til?

Mvh Flemming Holm
""")

M("eu", """
Hej

Jeg er medlem af Det Faglige Hus og har fået nej til dagpenge, fordi jeg har for få timer. Nu siger jobcentret, jeg skal søge kontanthjælp, men min kæreste tjener for meget. Kan jeg få noget som helst?

/Dennis Kragh
""")

M("et", """
Til Jobcenter Ishøj

Jeg er fra Thailand og gift med en dansker. Vi er gået fra hinanden, og jeg bor nu alene i Ishøj. Jeg har aldrig haft arbejde her, og min mand har betalt alt. Jeg har ingen penge nu. Hvad kan jeg søge?

Med venlig hilsen
Malee Jensen
""")

M("e", """
Hej

Jeg har fået kontanthjælp i 4 år og har nu fået fast job fra 1. juni. Jeg vil gerne sige tak til min jobkonsulent Bo, som har været en stor hjælp. Kan I give ham beskeden?

Mvh Anja
""")

M("", """
Til Social- og Beskæftigelsesudvalget

Hvor mange sager om tilbagebetaling af kontanthjælp har kommunen haft i 2025, og hvor mange er endt med eftergivelse? Vi er en gruppe frivillige rådgivere og vil gerne se tallene.

Med venlig hilsen
Frivillig Rådgivning Ishøj
""")

M("heu", """
Til borgerrådgiveren

Jeg er sygeplejerske og medlem af DSR. Jeg har været sygemeldt med en alvorlig angst siden januar. Jobcentret har sendt mig et brev om, at mine sygedagpenge ikke kan forlænges, og at jeg skal i jobafklaringsforløb. DSR har sagt, at kommunen har lavet fejl i beregningen af ugerne. Jeg beder om, at sagen genoptages.

Med venlig hilsen
Camilla Thorsen
cpr.nr. [[090891-2486]]
""")

M("e", """
Hej Ishøj Kommune

Jeg har lige fået seniorpension og vil vide, om jeg kan få lov til at arbejde nogle timer som frivillig i Ishøj Bibliotek, uden at det påvirker min pension. 

Mvh Bodil Rasmussen
""")

M("et", """
Til Ishøj Kommune

Min familie er romaer fra Rumænien, og vi bor i Ishøj. Min far har arbejdet i 3 år som rengøring, men nu er han fyret. Vi har ingen ret til hjælp, siger jobcentret, fordi vi er EU-borgere. Er det sandt? Vi har 4 børn i skole her.

Med venlig hilsen
Andrei Lăcătuș (16 år, oversætter for min far)
""")
