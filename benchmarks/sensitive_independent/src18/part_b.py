"""Part B: economy_social — positives and hard negatives."""
from common import M

M("e", """
Hej Ydelsescentret

Jeg har fået et brev om at min kontanthjælp bliver nedsat fra 1. juni pga. 225-timers reglen. Jeg har arbejdet 180 timer i en rengøringsvirksomhed. Tæller timerne fra vikarbureauet ikke med?

Mvh
Jannik Holm
""")

M("e", """
hej jeg er 3 måneder bagud med huslejen (ca 21.000 kr) og boligselskabet har sendt en ophævelse. har I en boligsocial rådgiver jeg kan snakke med?? jeg har 2 børn
Maria
""")

M("e", """
Til borgerrådgiveren

Jeg har søgt boligstøtte i februar og har stadig ikke fået svar fra Udbetaling Danmark, og kommunen siger det er ikke deres bord. Imens skylder jeg penge væk til min svoger. Hvem kan hjælpe mig?

Venlig hilsen
Helle Sandberg
""")

M("e", """
Kære Ole Bjørstorp

Jeg er blevet skilt og min eksmand vil ikke overholde samværsaftalen. Familieretshuset siger jeg skal kontakte kommunen om børnesagkyndig rådgivning. Kan du fortælle mig hvor jeg skal henvende mig?

Hilsen Tina
""")

M("e", """
Hej

Vi er en familie på 5 med en samlet indkomst på ca. 310.000 kr. om året. Vi vil gerne søge om friplads i SFO'en til vores yngste. Er der et skema?

Mvh
Familien Juhl, Gildbrovej
""")

M("e", """
Til Børne- og Familiecentret

Jeg er plejemor for en dreng på 7, som er anbragt hos os af Ishøj Kommune. Vi har ikke fået vores vederlag for april og maj. Kan I undersøge det?

Venlig hilsen
Gitte Lassen
""")

M("e", """
hej kommune,, naboens børn render rundt alene til kl 23 hver aften og moren er fuld hver weekend, jeg vil lave en underretning men vil være anonym, hvordan gør jeg det
(naboen i opgang 4, 1.tv, Ishøj Strandvej 58)
""")

M("e", """
Vedr.: hjemmehjælp til min far

Min far, Erling Hansen (89), får hjemmehjælp 2 gange om ugen til rengøring, men de sidste tre gange er der ikke kommet nogen. Han bor i Ishøj Landsby. Hvem har ansvaret?

Hilsen
Pia Hansen
""")

M("e", """
Hej

Jeg har siddet 14 måneder i fængsel og bliver løsladt i august. Jeg skal bruge et sted at bo og har ingen penge. Min kriminalforsorgsmedarbejder sagde jeg skulle skrive til Jobcentret inden løsladelsen.

Mvh
Dennis P.
""")

M("e", """
Til Borgmesteren

Jeg bor på gaden siden januar og sover i en bil ved Ishøj Havn. Jeg har prøvet at få en plads på herberget men der er fyldt. Er der slet intet kommunen kan gøre?

Kenneth
""")

M("eh", """
Hej,

Min mand har fået bevilget plejebolig efter sin blodprop i hjernen, men ventetiden er 4 måneder. Jeg er 81 og kan ikke selv løfte ham. Kan vi få midlertidig aflastningsplads?

Venlig hilsen
Ellen Brink
""")

M("eu", """
Hej Jobcentret

Jeg er blevet fyret efter 11 år i Netto og er meldt ledig. Min a-kasse (HK) siger jeg skal booke en samtale hos jer inden 14 dage. Der er ingen ledige tider på jobnet. Hvad gør jeg?

Mvh
Charlotte Frost
""")

M("e", """
Hej, tak for sidst på Fritidscentret. Jeg vil gerne høre om tilskud til sommerlejr – min datter vil gerne med men jeg er på dagpenge og har ikke 1.800 kr. lige nu. Findes der en pulje?

Mvh Jesper
""")

M("e", """
Emne: restskat / afdragsordning

Jeg har fået en restskat på 38.000 og har allerede gæld i Gældsstyrelsen. Kan kommunen hjælpe med gældsrådgivning?

/Anders Wiberg
""")

M("e", """
Kære udvalgsformand

Mine forældre er blevet visiteret til madservice, men maden koster 64 kr. pr. portion og de har kun folkepension uden tillæg. De har ca. 2.000 kr. tilbage om måneden efter husleje. Kan der søges tilskud?

Venlig hilsen
Lise Kromann (datter)
""")

M("e", """
Hej

Vores søn Lukas (15) har fået tildelt en kontaktperson efter §52 (nu barnets lov), men kontaktpersonen er stoppet og der er ikke kommet en ny. Det har nu været 2 måneder.

Mvh
Henriette og Bo Dalsgaard
""")

M("e", """
Hej,
jeg er netop flyttet fra min kæreste og har ingen indtægt, da jeg har været hjemmegående. Kan jeg søge kontanthjælp, og hvad skal jeg medbringe?
Mvh Sara
""")

M("e", """
Til Familieafdelingen

Jeg vil klage over at I har fjernet min datter uden samtykke. Hun er 4 år og er nu anbragt i en plejefamilie i Holbæk. Jeg har ikke set hende i 6 uger. Det er uretfærdigt.

Malene Strøm
""")

M("e", """
hej, jeg er den ene af de to der fik udkørsel fra Vibeholm-blokken i marts (fogeden kom). vi bor hos min mor nu på 2 værelser med 3 børn. kommer vi på ventelisten til en akut bolig?
/Nadia
""")

M("e", """
Hej

Jeg søger om en ledsageordning til min søn, som er 19 og har brug for hjælp til at komme til fritidsaktiviteter. Han er bevilget 15 timer om måneden, men vi kan ikke finde en ledsager. Hjælper kommunen med at finde en?

Mvh Frank
""")

M("e", """
Ref. sag 2024-08812

Hej igen. Som skrevet tidligere har jeg fået afslag på enkeltydelse til depositum. Jeg har modtaget uddannelseshjælp i 8 måneder og har ingen opsparing. Jeg klager hermed over afgørelsen.

Venlig hilsen
Oskar Brandt
""")

M("e", """
Hej Leif (byrådet)

Kort fortalt: min bror er på førtidspension og har fået sit forsørgertillæg stoppet fordi hans søn er flyttet hjemmefra. Men sønnen er flyttet TILBAGE. Hvem skal han kontakte?

Mvh
Jørgen
""")

M("e", """
Hej,

Jeg arbejder som selvstændig frisør og havde kun en indtægt på 96.000 kr. sidste år. Kan jeg få nedsat forældrebetaling i børnehaven?

Mvh
Leila Haddad
""")

M("eh", """
Hej

Min mor skal på plejehjem. Hun har Alzheimer og kan ikke længere bo alene. Vi vil gerne have hende på Torslundegården, hvor min far også var. Hvordan søger man om en bestemt plads?

Venlig hilsen
Steen Vestergaard
""")

M("e", """
jeg har fået et brev om tilbagebetaling af 17.400 kr i boligstøtte fordi min søns indtægt ikke var talt med. jeg aner ikke hvordan jeg skal betale det, jeg har kun min pension. ring venligst på 22 41 87 16. Grete
""")

M("e", """
Til Udvalget for Beskæftigelse

Jeg har været i ressourceforløb i 3 år og har haft 7 forskellige sagsbehandlere. Hver gang skal jeg starte forfra. Det er ikke værdigt.

Med venlig hilsen
Vibeke Poulsen
""")

M("e", """
Hej,

Vi er en familie der har fået en underretning fra skolen om vores søn. Vi forstår ikke hvorfor – han har bare haft meget fravær. Må vi se underretningen?

Mvh
Familien Abdi
""")

M("e", """
Hej

Jeg arbejder som pædagog og ville bare sige: jeg tjener 31.000 før skat og kan ikke finde en bolig i Ishøj under 12.000. Hvorfor bygger I ikke flere almene boliger? Jeg står til at skulle flytte fra kommunen.

Mvh Camilla
""")

M("e", """
Til Jobcentret, Att. min sagsbehandler Louise

Jeg er blevet sanktioneret for at udeblive fra et møde den 14. maj. Jeg var til retsmøde i min skilsmissesag om forældremyndigheden samme dag og har indkaldelsen. Kan sanktionen fjernes?

Mvh
Tobias Krogh
""")

M("e", """
Hej,

Jeg vil gerne vide om min bror Martin kan få en midlertidig bolig igennem kommunen. Han har været hjemløs siden sin skilsmisse og sover i skiftevis min og vores fars stue.

Hilsen Lasse
""")

# --- hard negatives on economy/social subjects ---
M("", """
Hej

Hvad er satserne for boligstøtte i 2025, og hvor finder jeg beregneren?

Mvh
""")

M("", """
Kære byrådsmedlem

Jeg synes kontanthjælpsreglerne er alt for stramme, og at 225-timers reglen rammer de forkerte. Vil du arbejde for at Ishøj bruger alle sine muligheder for at hjælpe?

Venlig hilsen
Bjarne Kristiansen
""")

M("", """
Hej Ydelsescentret

Jeg er medarbejder i en boligforening og vil høre om I har materiale på arabisk og tyrkisk om, hvordan man søger boligstøtte, som vi kan lægge i opgangene.

Mvh
Ishøj Boligforening, Beboerservice
""")

M("", """
Hej, jeg har solgt min gamle cykel på DBA til en fra Ishøj og han betalte med falske penge?? kan kommunen gøre noget eller skal jeg gå til politiet
""")

M("", """
Til Økonomiudvalget

Hvorfor er kommunens gæld steget med 40 mio. kr. det seneste år? Og hvad er planen for at få den ned igen?

Med venlig hilsen
Leo Sommer
""")

M("", """
Hej

Hvor mange borgere i Ishøj modtager kontanthjælp i dag sammenlignet med 2019? Jeg skriver til lokalavisen.

Mvh
Rune Friis, journalist, Lokalavisen Ishøj
""")

M("", """
hej hvad koster en plads i vuggestue i ishøj pr måned? og er der søskenderabat? vi overvejer at flytte dertil
""")

M("", """
Hej

Jeg vil høre om kommunen holder en informationsaften om skilsmisse og børn. Vi er en frivilligforening (Børn i Skilsmissefamilier Vestegnen) og vil gerne hjælpe med at arrangere.

Venlig hilsen
Annie Fjord
""")

M("", """
Kære Borgmester

Jeg har ingen skyld i at bussen ikke kører, men jeg føler alligevel skyld hver gang jeg tager bilen. Kan vi ikke få bus 128 til at køre om søndagen igen?

Mvh Inge
""")

M("", """
Hej

Mit firma vil gerne sponsorere julehjælpen i år. Hvem koordinerer uddeling af julekurve til familier, så vi kan aftale et beløb?

Mvh
Stefan Berg, Berg VVS ApS
""")

M("", """
Hej, hvornår betaler man ejendomsskat til kommunen, og kan man dele det op i rater? Jeg vil bare planlægge budgettet for året.
""")

M("", """
Til Udvalget for Beskæftigelse

Jeg læste at antallet af langtidsledige i Ishøj er faldet med 18 %. Tillykke! Hvad har I gjort anderledes, som andre kommuner kan lære af?

Hilsen
Erik Knudsen
""")

M("", """
Hej

Er det muligt at betale parkeringsafgiften ved Ishøj Strand med MobilePay? Automaten tager ikke kort.

Mvh Dorthe
""")

M("", """
Hej plejehjemmet Torslundegården

Vi er et kor der gerne vil komme og synge for beboerne til jul. Hvilken dag passer jer bedst?

Venlig hilsen
Ishøj Seniorkor
""")

M("", """
Hej, jeg har lige fået job som hjemmehjælper hos jer – hvornår får jeg min løn udbetalt første gang? Det står ikke i kontrakten.
""")

M("", """
Kære byrådsmedlemmer

Jeg mener at kommunen bør gøre mere for hjemløse – der ligger folk og sover ved stationen hver nat. Hvor mange herbergspladser har vi i Ishøj?

Med venlig hilsen
Pernille Rask
""")

M("", """
Hej

Vores formand har bedt mig spørge: hvordan ansøger man om lokaletilskud som forening efter folkeoplysningsloven?

Mvh Kassereren, Ishøj Skakklub
""")

M("", """
Hej Jobcentret

Holder I jobmesse igen i år? Vi er en virksomhed i Ishøj Erhvervspark der mangler lagerfolk og chauffører.

Mvh
HR, Nordisk Logistik A/S
""")

M("", """
Til kommunen

Hvad er reglerne for at være plejefamilie? Min mand og jeg har overvejet det længe og vil gerne høre om der er et informationsmøde.

Mvh
Karina
""")

M("", """
hej, bare et spørgsmål – er det kommunen der sætter prisen på madservice, eller er det leverandøren? synes 64 kr er dyrt generelt
""")
