"""Part B: child protection, notifications, foster care, custody and access, divorce and the family home, grandparents."""
from common import M

M("e", """
Kære Familieafdelingen

Jeg har modtaget et brev om at der er lavet en underretning på min søn Victor fra hans skole. Jeg forstår ikke hvad der står i den og vil gerne have aktindsigt. Victor er født [[120711-4359]].

Med venlig hilsen
Henriette Lauridsen
""")

M("", """
Hej

Hvordan laver man en underretning hvis man er bekymret for et barn i opgangen? Skal man oplyse sit navn?

Mvh
""")

M("", """
Kære byrådsmedlem

Antallet af underretninger i Ishøj steg med 18 % sidste år ifølge årsrapporten. Hvad vil I gøre for at få flere socialrådgivere i Familieafdelingen?

Mvh en bekymret borger
""")

M("e", """
Hej

Jeg er mormor til Alberte på 8. Hun har boet hos os i to år fordi min datter ikke kan tage sig af hende. Vi har aldrig fået nogen hjælp fra kommunen. Kan vi blive godkendt som netværksplejefamilie og få vederlag? Albertes cpr: [[170418 6602]]

Venlig hilsen
Grethe og Bent Nørgaard
""")

M("", """
Hej

Vi overvejer at blive plejefamilie. Hvad kræver det, og er der informationsmøder i Ishøj i foråret?

Mvh Lone og Mikael
""")

M("s", """
Kære Familieafdelingen

Min mand Rasmus og jeg vil gerne søge om at blive godkendt som plejefamilie. Vi har et stort hus i Torslunde og god tid. Kan I sende ansøgningsskemaet?

Med venlig hilsen
Jonas Thygesen
""")

M("e", """
hej, jeg er 16 og bor i plejefamilie i Ishøj Landsby. jeg vil gerne flytte hjem til min far igen men min sagsbehandler svarer ikke. kan borgerrådgiveren hjælpe mig?? /Mathilde
""")

M("eh", """
Til borgerrådgiveren

Mine to børn blev anbragt uden for hjemmet i april, efter at jeg var indlagt på psykiatrisk afdeling med en depression. Jeg er rask nu og har ikke set dem i seks uger fordi samværet er aflyst tre gange. Jeg vil klage over sagsbehandlingen.

Cpr: [[090691-2274]]

Mette Kristoffersen
Strandgårdsparken 14, 2. th
""")

M("", """
Hej borgerrådgiver

Hvad kan I hjælpe med, og hvad kan I ikke? Jeg har set på jeres side men jeg er i tvivl om I også tager sager om børn.

Mvh
""")

M("e", """
Hej

Min eks og jeg har fælles forældremyndighed men hun flyttede med Noah til Køge uden at sige det. Familieretshuset har sagen. Skal Noah nu skifte skole? Jeg vil ikke have at han skifter.

Mvh
Dennis Bruun
""")

M("", """
Hej

Er det kommunen eller Familieretshuset der tager sig af samværssager? Jeg vil gerne forstå ansvarsfordelingen, jeg er journalist på lokalavisen.

Venlig hilsen
Mads Skov, Ishøj Avis
""")

M("ep", """
Kære Søren

Efter skilsmissen skal vi sælge huset på Ishøj Landevej 210, og vi har en køber der har budt, men kun med forbehold for salg af egen bolig. Jeg vil gerne blive boende i Ishøj med børnene. Ved du om kommunen har små lejligheder med kort venteliste?

Mvh Christina
""")

M("", """
Hej

Hvad er reglerne for at købe et af kommunens grunde i Ishøj Landsby? Er der en liste over ledige grunde?

Mvh
""")

M("p", """
Hej

Vi har sat vores rækkehus på Vejlebrovej til salg fordi vi gerne vil tættere på bedsteforældrene i Torslunde. Hvis vi sælger inden 1. juli, kan vores datter så nå at få plads i Torslunde Skole fra august?

Mvh
Morten Greve
""")

M("p", """
Hej Birthe

Naboerne i nr. 23 har fået et bud på deres hus, og køberen er en familie med fire børn. Er der overhovedet plads i 0. klasse på Vibeholmskolen næste år? Vi er nervøse for at klassen bliver for stor.

Hilsen Annette fra Vibeholm Allé
""")

M("ep", """
Hej

Min far er flyttet på plejehjem, og vi har hans andelslejlighed til salg. Der er en interesseret køber men andelsforeningen vil ikke godkende prisen. Jeg passer samtidig mit barnebarn tre dage om ugen. Kan kommunen vejlede om andelsbolig? Eller er det en privatsag?

Mvh Lis Pedersen
""")

M("", """
Hej

Vi har købt hus på Gildbrovej, handlen blev afsluttet i januar. Skal vi selv melde flytning til skole og daginstitution, eller sker det automatisk?

Mvh Sofie og Nikolaj
""")

M("e", """
Hej Kommunen

Jeg er farmor og har haft mine barnebørn siden deres mor kom i fængsel. Jeg er på folkepension og kan ikke få det til at løbe rundt med to børn. Hvad kan jeg søge om?

Med venlig hilsen
Inge Hald
""")

M("", """
Hej

Hvilke ydelser kan bedsteforældre generelt søge, hvis de passer deres barnebørn fast? Jeg er med i en bedsteforældreforening og vil lave en folder.

Mvh Ove
""")

M("eh", """
Hej

Min datter har et misbrug og vi har overtaget hendes søn på 4. Vi har fået bevilget aflastning hver anden weekend, men nu vil kommunen skære ned. Drengen er også ved at blive udredt for tilknytningsforstyrrelse. Hans cpr er [[250621-7890]].

Mvh morfar Jørgen Skytte
""")

M("", """
Hej

Jeg er socialrådgiver og sidder i Familieafdelingen. Jeg vil bare høre hvornår næste temamøde for plejefamilier er, så jeg kan skrive det i mine breve.

Mvh Karina, Ishøj Kommune
""")

M("e", """
Kære Jakob Nielsen

Vores plejebarn Sebastian (13) har boet hos os i 6 år. Kommunen vil nu flytte ham til en institution, fordi det er billigere, siger de. Han er helt knust. Kan du som udvalgsformand se på sagen?

Mvh
Plejefamilien Holm, Torslundevej
""")

M("", """
Hej

Hvad er Ishøjs samlede udgifter til anbringelser i 2025? Jeg har set at mange kommuner bruger mere på institutioner end på plejefamilier.

Venlig hilsen
Birger Lauesen
""")

M("e", """
hej jeg er mor til Kevin i 8.A, han har ikke været i skole i 5 uger. han ligger bare i sengen og spiller. skolen har lavet en underretning. jeg ved ikke hvad jeg skal gøre længere
""")

M("", """
Hej

Hvordan registrerer skolen fravær, og hvornår bliver der lavet en underretning ved højt fravær? Jeg har hørt det er ved 10 %.

Mvh
""")

M("h", """
Hej

Vores datter Laura (12) har haft 30 % fravær i år fordi hun har migræne flere gange om ugen. Vi har lægeerklæring. Skal vi aflevere den til skolen eller til kommunen?

Mvh
Peter og Lene Mortensen
""")

M("e", """
Kære Ulla

Jeg vil gerne sige tak for at du som støtte-kontaktperson har hjulpet vores søn Mikkel det sidste år. Han er kommet tilbage i skole og har fået en fritidsjob. Vi håber ordningen kan fortsætte.

Hilsen Hans og Birgit
""")

M("", """
Hej

Findes der forældrekurser i kommunen for familier med teenagere? Vi har ikke problemer som sådan, men vil gerne være på forkant.

Mvh
""")

M("e", """
Hej

Jeg har fået afslag på familiebehandling selvom min eks og jeg skændes foran børnene hver gang de skal skifte. Jeg vil klage. Mit cpr er [[111184-1743]], børnenes er [[020716-4908]] og [[190719–5711]].

Mvh
Jacob Frandsen
""")

M("", """
Hej

Skal man betale for Familiehusets åbne rådgivning? Og har I åbent om aftenen?

Mvh
""")

M("et", """
Kære Familieafdelingen

Jeg er fra Somalia og forstår ikke alle breve. I har indkaldt mig til et møde om min søn Abdi. Kan der komme en tolk på somali? Jeg er på kontanthjælp og har ikke råd til at betale en selv.

Halima Warsame
""")

M("", """
Hej

Bruger Familieafdelingen tolke ved møder, og hvem betaler? Det er et spørgsmål jeg ofte får som frivillig i lektiecaféen.

Mvh Hanne
""")

M("e", """
Hej borgmesterens PA

Jeg har skrevet til borgmesteren tre gange om min datter der er anbragt på et opholdssted i Jylland. Jeg vil bare vide om jeg kan få kørselsgodtgørelse så jeg kan besøge hende. Jeg er på førtidspension.

Mvh Michael Bach
""")

M("he", """
Hej

Jeg er på sygedagpenge efter en fødselsdepression og er bange for at det bliver brugt imod mig i samværssagen om min ældste. Kan kommunen se mine journaler?

Mvh Julie
""")

M("", """
Kære borgerrådgiver

Hvis jeg har været sygemeldt, kan kommunen så bruge det i en børnesag? Jeg spørger helt generelt, det er ikke min egen sag.

Mvh
""")

M("eu", """
Hej Ole

Jeg er blevet fyret fra lageret og har meldt mig ledig i 3F's a-kasse. Nu er jeg bange for at miste vuggestuepladsen til min yngste. Gælder pasningsgarantien også når man er ledig?

Mvh
Danny Jensen
""")

M("", """
Hej

Gælder pasningsgarantien når forældrene er ledige? Står det et sted?

Venlig hilsen
""")

M("e", """
Hej

Min søn Jonas på 15 er blevet anholdt for butikstyveri i Ishøj Bycenter. Politiet har talt om SSP. Hvad betyder det for ham, og kommer det på hans straffeattest?

Mvh Karen Vestergaard
""")

M("", """
Hej

Hvem sidder i SSP-samarbejdet i Ishøj, og holder I møder for forældre i udskolingen?

Mvh Søren, forælder på Ishøj Skole
""")

M("", """
Kære byråd

Jeg er træt af knallertbander ved Ishøj Station om aftenen. Der skal mere politi og flere SSP-medarbejdere på gaden. Det er ikke tryg.

Mvh Benny
""")

M("et", """
Hej

Vores søn Ali (17) sidder i arresten i Vestre og skal for retten om to uger. Vi er en kurdisk familie fra Tyrkiet og forstår ikke systemet godt. Kan kommunen hjælpe med en advokat eller en kontaktperson?

Venlig hilsen
Familien Demir
""")

M("", """
Hej

Jeg er træner for U14 drenge i Ishøj IF. Kan klubben få en SSP-medarbejder til at komme og snakke med holdet om knive og gruppepres?

Mvh
Brian, træner
""")

M("e", """
Hej Brian fra SSP

Tak for snakken i fredags. Som aftalt skriver jeg her: Mads i min U15 har fortalt at hans far er blevet sat ud af lejligheden, og at han nu sover på sofaen hos en kammerat. Jeg tror han har brug for hjælp. Hvad gør vi?

Mvh
Kim, træner i Ishøj IF
""")

M("e", """
hej. jeg er 17 og er smidt ud hjemmefra. jeg sover hos venner. kan kommunen hjælpe med en bolig? jeg går på Ishøj Gymnasium. cpr [[080309 5312]]
""")

M("", """
Hej

Har kommunen ungdomsboliger for unge under 18? Hvad er reglerne?

Mvh
""")

M("e", """
Kære Familieafdelingen

Min ekskone nægter at udlevere vores datter til samvær, selvom Familieretshuset har fastsat det. Jeg har ikke set Ida siden påske. Kan kommunen gøre noget, eller skal jeg til fogedretten?

Mvh
Lars Klitgaard
""")

M("s", """
Hej

Jeg er bonusmor til Viktor, som bor hos min kæreste Camilla og mig hver anden uge. Må jeg hente ham i børnehaven, eller skal hans far give lov?

Mvh Nanna
""")

M("", """
Hej

Hvem må hente et barn i børnehaven? Skal det altid være en forælder med forældremyndighed?

Mvh
""")

M("t", """
Hej

Vi er adopteret fra Sydkorea begge to, og nu har vi selv fået en datter. Vi vil gerne høre om der findes netværk for adoptivfamilier i kommunen.

Mvh Mi-Rae og Kim Dahl
""")

M("", """
Hej

Er der i kommunen tilbud til adoptivfamilier? Jeg skal bruge oplysningen til en artikel.

Mvh
""")

M("e", """
Hej

Jeg bor med mine 3 børn i en 2-værelses og har søgt om boligstøtte og en akut bolig. Kommunen har ikke svaret i 2 måneder. Min cpr [[200593-3381]]

Mvh Yasmin
""")

M("", """
Hej, kan I sende mig satserne for børne- og ungeydelsen for 2027? Og hvornår udbetales den?
""")
