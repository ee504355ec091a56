"""Part A: health and economy_social as they arrive in the hovedpostkasse: replies with quoted threads, forwards, web forms, CPR numbers."""
from common import M

M("he", """
Hej igen

Jeg har stadig ikke hørt noget. Se nedenfor.

Mvh Lone Vestergaard

Den 3. maj 2026 kl. 09:14 skrev Lone Vestergaard <lonev1961@gmail.com>:
> Til Ydelsescentret
> Jeg er sygemeldt med en diskusprolaps og har søgt sygedagpenge den 12. april.
> Mit cpr-nr er [[140361-1482]]. Hvornår kommer der svar?
""")

M("", """
Hej

Tak for svaret. Så ved jeg at Sundhedshuset har åbent til kl. 18 om torsdagen.

Venlig hilsen
Bent

-----Oprindelig meddelelse-----
Fra: Hovedpostkassen
Sendt: 2. maj 2026 10:22
Emne: SV: Åbningstider

Kære Bent. Sundhedshuset på Vejlebrovej har åbent man-ons 8-16, tors 8-18 og fre 8-13.
""")

M("e", """
Navn: Jamila Hussein
Adresse: Strandgårdsparken 14, 2. th., 2635 Ishøj
Telefon: 21 44 90 17
Emne: Boligstøtte
Besked: Jeg har fået brev om at min boligstøtte stopper fra juni. Jeg forstår ikke hvorfor, min indkomst er den samme. Kan nogen ringe mig op?
""")

M("e", """
Navn: Kenneth R.
Emne: restance
Besked: jeg skylder 14.200 i husleje og boligselskabet siger de går til fogeden. kan kommunen hjælpe med et lån?? har 2 børn
""")

M("", """
Navn: Birthe Carlsen
Emne: Boligstøtte satser
Besked: Hvor kan jeg se hvad grænsen for indkomst er for at få boligstøtte i 2026? Jeg skal hjælpe min nevø med at forstå reglerne, han overvejer at søge.
""")

M("h", """
Fwd: min mor

Hej – jeg sender lige videre hvad min mor skrev til mig, hun kan ikke selv finde ud af mailen.

---------- Forwarded message ---------
From: Inge Møller
Date: søn. 10. maj 2026
Subject: hjælp

Kære Susanne. Hjemmesygeplejersken kom ikke i går og mine sår på benet er ikke skiftet siden torsdag. Kan du ringe til kommunen?
Kram mor

--
Susanne Møller Brandt
""")

M("he", """
Dear Sir/Madam,

I am writing on behalf of my wife, Agnieszka Nowak, who has been on sick leave since February with a herniated disc. The jobcenter has now called her to a meeting on 19 May, but she cannot sit for more than 20 minutes. Can the meeting be held by phone?

Her CPR is [[0207884126]].

Kind regards
Tomasz Nowak
Ishøj Strandvej 88, 2635 Ishøj
""")

M("", """
Hello,

I have just moved to Ishøj from Aarhus for a job at the harbour. How do I change my doctor (læge) to one in Ishøj and do I need a new yellow card? My old one still has my Aarhus address.

Thanks, Martin
""")

M("e", """
hej jeg har fåt afslag på enkeltydelse til ny køleskab. det gamle er gået i stykker og jeg har ikke pænge til nyt jeg er på kontanthjælp. kan jeg klage? hvordan.

Ahmad
""")

M("", """
Til Social- og Sundhedsudvalget v/ udvalgssekretær

Jeg vil gerne bede udvalget tage stilling til, hvorfor kommunen har sænket antallet af enkeltydelser de seneste tre år. Ifølge jeres egen årsberetning er bevillingerne faldet med 18 %. Det rammer de svageste.

Med venlig hilsen
Jens Ole Kristiansen
""")

M("hе".replace("е", "e"), """
Kære Karen (udvalgsformand)

Undskyld jeg skriver til dig direkte. Min søn Mads på 14 har autisme og har fået afslag på at komme på specialskole. Han har ikke været i skole siden jul. Jeg ved ikke hvad jeg skal gøre mere.

Hilsen Pernille Dam
Tranegilde Strandvej 5

P.S. hans cpr er [[210811-4578]] hvis I skal finde sagen.
""")

M("", """
Hej

Jeg er lærer på Vibeholmskolen og vil høre, om kommunen har et tilbud om specialundervisning i læsning for 4. klasse, som vi kan henvise forældre til. Bare generelt.

Mvh Anja (lærer)
""")

M("he", """
SV: Kvittering for din henvendelse

Tak for kvitteringen. Jeg vil bare tilføje at min far nu er blevet indlagt på Hvidovre med en blodprop, så det haster endnu mere med plejehjemspladsen.

Mvh Torben Lauritsen

> Kære Torben Lauritsen
> Vi har modtaget din henvendelse om plejebolig til din far, Kurt Lauritsen. Center for Voksne og Velfærd svarer inden 10 hverdage.
""")

M("", """
SV: Kvittering for din henvendelse

Tak. Jeg venter spændt på svar om cykelstien ved Ishøj Søvej.

Mvh Torben

> Kære Torben. Vi har modtaget din henvendelse. Center for Byudvikling og Natur svarer inden 10 hverdage.
""")

M("e", """
Hej,

Min nabo i nr. 23, fru Olsen, har ikke fået hjemmehjælp i to uger. Hun er 91 og kan ikke selv gøre rent. Hun bad mig skrive. Hun hedder Else Olsen, Søndergårds Allé 23.

Venlig hilsen
Peter (nabo i nr. 21)
""")

M("", """
Hej,

Hvor mange timers hjemmehjælp kan man få om ugen i Ishøj? Jeg læste i avisen at kommunen skærer ned. Er det rigtigt?

Hilsen Ole
""")

M("h", """
Hej Borgerservice

Jeg skal forny mit pas men jeg er gravid i 8. måned og kan ikke stå i kø. Kan jeg få en tid?

/Line
""")

M("", """
Hej. Mit sundhedskort er blevet væk. Hvordan bestiller jeg et nyt? Mvh Rasmus Juul
""")

M("e", """
Emne: Fwd: Rykker

Hej kommune. Jeg sender jer rykkeren videre. Jeg har ikke betalt daginstitution i 3 måneder fordi jeg mistede mit job i januar. Kan jeg få friplads bagud?

Mette Sørensen

-----Original Message-----
From: Opkrævning Ishøj
Subject: Rykker – pladsbetaling
Vi har ikke modtaget betaling for Vibeholm Børnehus for perioden feb-apr 2026. Restance: 7.845,00 kr.
""")

M("", """
Hej

Er fakturanummer 0104261187 fra jeres opkrævning korrekt? Beløbet passer ikke med hvad vi plejer at betale for renovation.

Mvh Kim
Kundenr. 2903751140
""")

M("", """
Til hovedpostkassen

Jeg har fået en faktura med bilagsnr. 150326-0091 på 2.300 kr for et skilt, men vi har aldrig bestilt noget skilt. Kan I undersøge det?

Venlig hilsen
Ishøj Cykelklub, kasserer Lars Bak
""")

M("he", """
Til rette vedkommende

Min datter Sofie (cpr [[130906 4522]]) har type 1 diabetes og skal have hjælp til at måle blodsukker i SFO'en. SFO'en siger de ikke har personale til det. Vi har søgt om støtte i januar men intet hørt.

Med venlig hilsen
Kristian Hald
""")

M("", """
Hej. Hvilke regler gælder for medicinhåndtering i kommunens SFO'er? Vi er en forældregruppe der gerne vil forstå det generelt før næste forældremøde.
Mvh forældrerådet, Gildbroskolen
""")

M("h", """
Hej

Jeg kan ikke komme til møde i Seniorrådet i morgen, jeg har fået corona og ligger i sengen.

Hilsen Gunnar Friis
Medlem af Seniorrådet
""")

M("", """
Hej

Seniorrådet holder møde i morgen kl. 14 i Kulturhuset. Dagsorden vedhæftet. Kaffe og kage.

Hilsen Gunnar Friis, formand
""")

M("he", """
Kære borgerrådgiver

Jeg vil klage over min sagsbehandler i jobcentret. Jeg har PTSD og depression, og hun råbte af mig til sidste møde. Hun sagde jeg bare skulle tage mig sammen, ellers ville min kontanthjælp blive trukket.

Jeg ønsker at være anonym over for centret.

Mvh.
(navn kendt af borgerrådgiveren)
""")

M("", """
Kære borgerrådgiver

Hvordan klager man over en sagsbehandler? Jeg spørger for en forening, vi vil lave en lille folder til vores medlemmer om deres rettigheder.

Med venlig hilsen
Ishøj Lejerforening
""")

M("e", """
Hej&nbsp;Hovedpostkassen,<br>
<br>
Jeg har modtaget en opkrævning om tilbagebetaling af boligydelse på 6.100 kr. Jeg er folkepensionist og har ikke de penge.<br>
Kan jeg betale af?<br>
<br>
Med venlig hilsen<br>
Aase Pedersen<br>
Ishøj Bygade 12
""")

M("", """
Hej&nbsp;&nbsp;<br>
Hvornår bliver folkepensionen udbetalt i december? Er det før jul?<br>
Mvh<br>
</div>Knud
""")

M("h", """
Kære Lis

Jeg fik din hilsen. Tak. Operationen gik godt, de fjernede hele knuden, men jeg skal have kemo resten af sommeren, så jeg kan ikke deltage i udvalgsmøderne i juni. Vil du sige det til sekretariatet?

Kh Birgit
""")

M("", """
Kære Lis

Kan du sende mig materialet til udvalgsmødet i juni? Jeg er på ferie i Spanien men læser med hjemmefra.

Kh Birgit
""")

M("e", """
Vedr. sag 26-004512

Jeg har fået afslag på hjælp til depositum. Jeg har været hjemløs siden marts og sover hos venner. Jeg har fundet en lejlighed på Vildtbanevej men mangler 27.000 kr.

Kasper Hansen [[031095-2237]]
""")

M("", """
Vedr. sag 26-004513

Hej, vi har fået journalnummer 26-004513 på vores ansøgning om tilskud til sommerlejren. Hvornår kommer der afgørelse?

Ishøj Spejderne
""")

M("he", """
hey
min bror er i misbrugsbehandling i Rusmiddelcentret og han har ikke fået sin kontanthjælp i maj. han tør ikke selv ringe. han hedder Dennis Holm. kan i tjekke det
/ Nikolaj
""")

M("", """
hej hvor ligger rusmiddelcenteret og skal man have henvisning fra lægen? det er til en opgave i skolen
""")

M("h", """
Goddag

Jeg er blevet opereret for grå stær på begge øjne og kan ikke køre bil i 4 uger. Kan jeg få en p-tilladelse tættere på Rådhuset mens jeg skal til møder?

Venlig hilsen
Helge Nørgaard
""")

M("e", """
Emne: Re: Re: Re: Samværet

Jeg orker ikke mere. Min eksmand har ikke afleveret børnene siden påske, og Familieretshuset siger det er kommunens sag. Kommunen siger det er Familieretshusets. 

Annette

Den 28. april 2026 skrev Familieafdelingen:
> Kære Annette. Vi kan ikke gå ind i samværssagen, den hører under Familieretshuset.
""")

M("", """
Den 28. april 2026 skrev Familieafdelingen:
> Kære borger. Familieretshuset behandler sager om samvær. Se familieretshuset.dk.

Tak for linket, det var lige det jeg manglede til vores forældrefolder.

Hilsen Dorthe, formand for Forældreforeningen
""")

M("h", """
Hej Hovedpostkassen. Min kollega Susanne fra Borgerservice har bedt mig skrive: hun er sygemeldt med stress resten af måneden, så hendes borgere skal have en ny tid. Hilsen Marianne (afdelingsleder)
""")

M("he", """
Til Ishøj Kommune

Jeg har fået bevilget en elkørestol i 2024 men den er gået i stykker og hjælpemiddeldepotet svarer ikke. Jeg har sklerose og kan ikke gå uden den.

Med venlig hilsen
Jytte Holst
CPR: [[09–04–57]]
""".replace("[[09–04–57]]", "[[090457–1268]]"))

M("", """
Hej. Hjælpemiddeldepotet – hvad er åbningstiden, og kan man aflevere en gammel rollator der? Den tilhørte min afdøde mand.
Mvh Vibeke
""")

M("e", """
Kære dagsordensamler

Jeg vil gerne have min klage med på Social- og Sundhedsudvalgets møde. Kommunen har frataget min mor hendes madordning og plejehjemmet siger hun selv skal betale fuld pris fremover. Hun bor på Ishøj Plejecenter, stue 114.

Venlig hilsen
Lise Johansen
""")

M("", """
Kære dagsordensamler

Vil udvalget sætte prisen på madordninger på plejecentrene på dagsordenen? Den er steget 11 % på et år, og det synes vi i Ældresagen er for meget.

Venlig hilsen
Ældresagen Ishøj
""")

M("e", """
Navn: Dragan Petrović
Emne: Praktik
Besked: Jobcentret har sendt mig i virksomhedspraktik i Føtex men jeg har kun fået transport dækket for en uge. Hvem skal jeg skrive til?
""")

M("", """
Navn: Dragan Petrović
Emne: Job
Besked: Søger I stadig buschauffører til skolebussen? Jeg har kørekort D og 10 års erfaring.
""")

M("h", """
Til Børne- og Skoleudvalget

Jeg skriver om vejen ved Ishøj Skole. I sidste uge blev min søn Oliver ramt af en bil på fodgængerfeltet og brækkede benet. Han ligger stadig på Hvidovre. Der skal være en lysregulering nu.

Rasmus Krogh, far
""")

M("", """
Til Børne- og Skoleudvalget

Der skal være lysregulering ved fodgængerfeltet ved Ishøj Skole. Bilerne kører alt for stærkt om morgenen og det er et spørgsmål om tid før der sker en ulykke.

Rasmus Krogh, far til to på skolen
""")

M("e", """
Hej

Jeg er netop blevet fyret fra mit job som lagerarbejder og skal melde mig ledig. Skal jeg gøre det på jobnet først eller kontakte jer?

Mvh
Jonas Birk
Tlf 40 12 93 88
""")

M("", """
Hej. Hvor mange ledige er der i Ishøj lige nu? Jeg skriver en artikel til lokalavisen om beskæftigelsen. Mvh Jesper, journalist
""")

M("he", """
Emne: Anonym henvendelse

Jeg vil ikke skrive mit navn. Jeg er alkoholiker og er ved at miste min lejlighed fordi jeg ikke har betalt husleje i 4 mdr. Hvor kan jeg få hjælp uden at mine børn får det at vide.
""")

M("", """
Emne: Anonym henvendelse

Hvor kan man anonymt få rådgivning hvis man er bekymret for en vens alkoholforbrug? Bare generel info tak.
""")

M("h", """
Kære Henrik

Vi mødtes til borgermødet. Jeg nævnte, at jeg er blind, og at de nye fortovsfliser ved stationen ikke har ledelinjer. Kan du tage det med i Teknik- og Miljøudvalget?

Mvh
Ulla Winther
""")

M("", """
Kære Henrik

Tak for et godt borgermøde. Som lovet sender jeg linket til Dansk Blindesamfunds anbefalinger om ledelinjer ved stationer. Måske relevant for Teknik- og Miljøudvalget.

Mvh
Ulla Winther
""")

M("e", """
Hej jeg er 19 og min far har smidt mig ud. jeg bor på gaden eller hos min ven. jeg har intet job og ingen penge. hvem skal jeg snakke med. mit cpr er [[050507 9913]]
""".replace("[[050507 9913]]", "[[050507 5913]]"))

M("", """
Til Ishøj Kommune

CVR 29188416 – vi er et rengøringsfirma og vil gerne byde på rengøringen af Rådhuset. Hvornår kommer udbuddet? EAN-nummer 5798000201002 er noteret fra jeres hjemmeside.

Mvh
Cleanservice ApS
""")

M("h", """
Hej Borgerservice,

Min mand døde i sidste måned. Selv er jeg i behandling for brystkræft, så jeg kan ikke komme ind og ordne papirerne. Kan det gøres over telefonen?

Venlig hilsen
Kirsten Bech
""")

M("", """
Hej Borgerservice,

Min mand døde i sidste måned. Hvilke papirer skal jeg ordne med kommunen? Jeg har allerede været hos bedemanden.

Venlig hilsen
Kirsten Bech
""")

M("he", """
Hi,

my name is Samir, I live in Ishøj Landsby. My father (Nabil, 78) had a stroke and now we need hjemmepleje for him every morning. The hospital said to contact the kommune. Who do I write to? His personal number [[011247-1356]].

Thanks
Samir
""")

M("", """
Hi,

does Ishøj Kommune offer any English-language information about hjemmepleje and how to apply? My neighbours are expats and were asking. Thanks!
""")
