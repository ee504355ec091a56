"""corpus79 part B: economy and social matters, short and messy."""
from common import M

M("e", """hej jeg er på kontanthjælp og har ikke råd til at betale for min søns fodboldkontingent. findes der nogen hjælp til det? mvh Dennis""")

M("e", """Emne: Huslejerestance Vejleåparken - har fået brev om udsættelse, hvad gør jeg???""")

M("e", """Hej, jeg er Khaled. Jeg har fået brev, kommunen siger jeg skal betale 14.000 kr tilbage i boligstøtte. Jeg forstår ikke hvorfor, min indkomst er samme. Kan nogen forklare til mig på enkel dansk? Tak""")

M("e", """hej. mig og mine 4 børn vi har ingen sted at bo fra 1. december, udlejer smider os ud. jeg har ringet mange gang til kommune ingen svar. hjælp os. Ayaan""")

M("e", """hej det er Lars jeg blev fyret i fredags fra tømrerfirmaet og jeg ved ikke om jeg skal melde mig ledig på jobnet først eller ringe til jer""")

M("e", """vi er ved at blive skilt og min eksmand vil ikke lade mig se børnene i weekenden, familieretshuset siger vi skal vente 3 mdr. kan kommunen gøre noget??? hilsen Tina""")

M("e", """Hello, I lost my job at the airport in October and I'm now on dagpenge. My rent is 9.800 and I can't pay it anymore. Can I get help from the municipality? Regards, Daniel""")

M("e", """Til Center for Børn og Forebyggelse

Jeg har i dag lavet en underretning om drengen i nr. 23 på Tranegilde Strandvej, han går rundt alene ude om aftenen og ser sulten ud. Har I fået den?

Mvh nabo""")

M("e", """Dzien dobry. Jeg hedder Agnieszka. Min ansøgning om friplads i vuggestue har fået afslag. Jeg er alene med barn og tjener kun 18.000 om måned. Hvorfor afslag? Jeg vil klage.""")

M("e", """Respected Sir/Madam, I am Suresh. My mother is 82 year and she is now getting hjemmehjælp two time in week. But the helper is not coming last 2 weeks. Please check it. Thank you.""")

M("e", """Min søn Mikkel sidder i Vestre Fængsel og bliver løsladt i januar. Han har ingen bolig. Hvem hjælper ham med det? Mvh Anne Grethe""")

M("e", """hey jeg har gæld til skat på 60k og ka ikk betale husleje, ka kommunen hjælpe m en enkeltydelse?? plz svar""")

M("he", """Jeg søgte førtidspension pga. sclerose for 14 mdr siden og har stadig ikke hørt noget. Det er for dårligt.

Venlig hilsen Gitte Rasmussen, Ishøj Landevej""")

M("e", """Kære borgmester

Jeg har været træner i Ishøj IF i snart 20 år, og jeg vil bare sige at klubhuset ved Vejleå er i en forfærdelig stand. Der er skimmel i omklædningsrummet og taget drypper når det regner. Børnene fortjener bedre, og det er jo dem der holder sig væk fra gaden fordi de har fodbold. Jeg har god tid til at hjælpe til med at male og ordne, jeg har selv været arbejdsløs i to år nu og går og venter på at jobcentret finder noget, så jeg kan godt stille op med et hold frivillige hvis kommunen betaler materialerne. Vi snakker en weekend eller to.

Hilsen Kim, træner U11""")

M("e", """Hej vores plejebarn Malthe skal starte i 0. klasse. Skal vi spørge hans sagsbehandler eller skolen om tilskud til skoletaske og tøj? Mvh plejemor Susanne""")

M("he", """min far Ib er 89 og kan ikke gå på trapper mere efter sin blodprop. vi har søgt ældrebolig i august, hvor lang er ventelisten nu?
Ib Christensen cpr [[140637-1028]]
mvh datteren Lene""")

M("e", """Jeg har fået indkaldelse til samtale i jobcentret d. 4/12 kl 10, men min søn skal til tandlæge samme tid. Kan vi flytte den? mvh Hassan""")

M("e", """hej maden fra madordningen til min mor Ruth på Baldersbækvej kom kold igen i dag. 3. gang denne måned.""")

M("", """Hvad er satserne for boligstøtte i 2025? Jeg skal bruge det til en opgave på SOSU-skolen. mvh Emilie""")

M("", """Til Beskæftigelsesudvalget. Kontanthjælpsreglerne er alt for stramme, det burde I sige tydeligt til Folketinget. Venlig hilsen Ole""")

M("", """Hvornår holder Borgerservice lukket mellem jul og nytår? Skal have fornyet pas""")

M("", """Jeg har betalt for leje af lokale på Ishøj Bibliotek men det står ikke som betalt. Betalingsid 2803911462, fra reg 2270 konto 0745123456. Mvh Jytte""")

M("", """hejsa, har i et skema til ansøgning om parkeringslicens til Ishøj Strand? kan ikke finde det på hjemmesiden""")

M("", """Emne: Skraldespand ikke tømt - Strandgårdsvej 78, 3. gang på en måned. Kundenr 0701851234""")

M("", """Jeg arbejder i hjemmeplejen i Ishøj og vil spørge om der kommer flere p-kort til vores elbiler? Mvh Kirsten, social- og sundhedshjælper""")

M("", """Hvor mange borgere i Ishøj er på kontanthjælp nu sammenlignet med 2020? Jeg skriver speciale på KU om beskæftigelsesindsatsen. Mvh Jonas Friis""")

M("", """Hej. Jeg vil gerne være frivillig besøgsven for ældre på plejecentret. Hvem kontakter jeg? Tlf 30 11 72 58. Karen""")

M("", """hvad koster en plads i sfo pr måned nu? vi overvejer at flytte til ishøj""")

M("", """Sagsnr. 24/18832 - jeg har sendt de underskrevne papirer for byggetilladelse til carport. Er de kommet frem? Mvh Peter Juul, Ishøj Bygade""")

M("", """Til Økonomiudvalget: Hvorfor stiger grundskylden igen? Det er urimeligt for pensionister i det hele taget. mvh""")

M("e", """Vedr. samvær med min datter Nora, cpr [[0512154018]]. Hendes mor overholder ikke aftalen fra Familieretshuset. Hvad kan kommunen gøre? Ahmed""")

M("he", """Hej. Jeg har brug for en rollator, jeg har slidgigt i begge knæ. Har ansøgt på hjemmesiden for 5 uger siden. Hvornår kommer den? Hilsen Bodil, 71 år""")

M("e", """Min søster Line har fået sine to børn tvangsfjernet i sidste uge og hun har det rigtig skidt. Hvem kan hun tale med? Jeg er bare bekymret. /Anja""")

M("e", """Går på efterløn fra 1. marts. Skal jeg melde det til kommunen eller kun a-kassen? mvh Flemming""")

M("e", """hejjeg hedder Mona jeg får integrationsydelse og min sagsbehandler siger jeg skal i praktik i Netto men jeg har lille barn og ingen vuggestueplads hvad skal jeg gøre""")

M("he", """Hej Ishøj Kommune

Jeg er med i afdelingsbestyrelsen i vores boligafdeling og vi har snakket om at vi gerne vil lave en fælles grøn gård med plantekasser og bænke i stedet for den grå flise-plads, og vi har spurgt om man kan søge penge fra en pulje. Jeg skriver også selv fordi jeg er den der har tid, jeg har fået bostøtte fra kommunen en gang om ugen pga min angst, og min bostøttemedarbejder siger at det ville være godt for mig at have et projekt. Men hvem skal vi søge hos? Og er der en frist?

Mange hilsner
Rikke, Ishøj Strand""")

M("e", """Emne: Restance daginstitution - kan jeg få en afdragsordning? Jeg skylder 7.400 kr. Kundenr. 3009871234. Mvh Sabrina""")

M("e", """jeg sover på sofaen hos en ven siden august, har ingen adresse. ka jeg få post et sted? mvh Kenneth""")

M("e", """Merhaba, min mand og jeg har fået afslag på ansøgning om enkeltydelse til nyt køleskab. Vi har 3 børn og kun hans løn på 16.000. Vi klager. Fatma Yilmaz""")

M("e", """Min mormor er lige flyttet ind på plejecentret ved Ishøj Bygade og hendes tøj bliver væk i vaskeriet. Kan nogen kigge på det? Camilla""")

M("he", """Hej igen. Se nedenfor, jeg har ikke fået svar.

-----Oprindelig meddelelse-----
Fra: Bo Hansen
Sendt: 3. november 2025 21:14
Til: Hovedpostkassen
Emne: Ledsageordning

Jeg har søgt om ledsageordning til min søn Mads på 19 som er udviklingshæmmet. Det er nu 4 måneder siden og ingen har ringet.""")

M("e", """hej jeg har glemt mit kodeord til jobnet og kan ik booke samtale m min jobkonsulent. cpr [[1708962217]] mvh Sara""")

M("", """Hej, min vandregning er for høj. Målernr. 2104881736, kundenr 44120983. Adressen er Vejlebrovej 41. Kan I tjekke det? Mvh""")

M("", """Kan man betale ejendomsskat over MobilePay? og hvad er betalingsreferencen, der står 0110890001 på min opkrævning""")
