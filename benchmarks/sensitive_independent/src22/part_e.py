"""Part E: money trouble through bills, debt, benefits, eviction and divorce; hard negatives about rates, rules and businesses."""
from common import M

M("e", """
Hej

Jeg skylder 14.300 kr. i restskat og har fået brev fra Gældsstyrelsen om lønindeholdelse. Jeg har i forvejen svært ved at få det til at løbe rundt med to børn alene. Kan kommunen hjælpe med en afdragsordning?

Venlig hilsen
Charlotte Vind
""")

M("", """
Hej

Er det kommunen eller Gældsstyrelsen der laver afdragsordninger på restskat?

Mvh Charlotte
""")

M("e", """
hej vi har fået en udsættelsesbegæring fra fogedretten fordi vi skylder 3 mdrs husleje. vi har 2 børn på 4 og 7. hvad sker der nu?? hjælp
Sabrina, Ishøj Strandpark
""")

M("", """
Hej

Hvor mange udsættelser af lejere har der været i Ishøj de sidste tre år? Jeg skriver til Ishøj Avis.

Mvh Jesper Brink, journalist
""")

M("e", """
Til Ydelsescentret

Jeg fik kontanthjælp i april, men beløbet var 2.300 kr. lavere end i marts. Der står intet i brevet om hvorfor. Kan I forklare det?

Med venlig hilsen
Ahmed Khalil
Ishøj Boulevard 21, st. tv.
""")

M("", """
Hej, hvor meget er kontanthjælpssatsen for en enlig over 30 år uden børn i 2026?
""")

M("e", """
Hej

Min boligstøtte er blevet sat ned fordi min søn er flyttet hjemmefra. Det forstår jeg godt, men nu skal jeg betale 1.800 kr. tilbage for tre måneder. Det har jeg ikke. Kan det modregnes lidt ad gangen?

Mvh Bodil Andersen
""")

M("", """
Hej

Hvordan beregnes boligstøtte, og er det kommunen eller Udbetaling Danmark der afgør det?

Venlig hilsen
Bodil
""")

M("es", """
Hej

Min mand Frederik og jeg (Christian) er gået fra hinanden efter 12 år. Vi har en fælles andel i lejligheden, men jeg har ikke råd til at blive boende alene. Kan jeg få hjælp til at finde en billigere bolig via boliganvisningen?

Mvh Christian
""")

M("e", """
hej, jeg er 22 og har fået en inkassosag på 9000 kr. for en mobilregning. jeg får SU og har ikke pengene. kender I nogen gratis gældsrådgivning i ishøj?
/Malthe
""")

M("", """
Hej, findes der gratis gældsrådgivning i Ishøj eller omegn? Jeg spørger for en forening der vil lave en folder.
""")

M("e", """
Kære byrådsmedlem

Jeg er 71 år, lever kun af folkepension og har ikke råd til min tandlæge-regning på 11.000 kr. Kan man søge om hjælp til tandbehandling hos kommunen?

Venlig hilsen
Gerda Poulsen
""")

M("e", """
Hej

Vores søn på 15 har været anbragt på en døgninstitution i Jylland siden januar. Vi får kun lov at se ham hver anden weekend og skal selv betale togbilletter. Kan vi få transporten dækket?

Med venlig hilsen
Kim og Pia Larsen
""")

M("", """
Hej

Hvor mange børn fra Ishøj er anbragt uden for hjemmet, og hvad koster det kommunen om året?

Mvh Sven
""")

M("et", """
Hej

Jeg kom fra Afghanistan for 3 år siden og er på selvforsørgelses- og hjemrejseydelse. Jeg har fået et job som rengøringsassistent på 15 timer. Hvor meget bliver min ydelse sat ned?

Hilsen
Mohammad Rezaei
""")

M("", """
Hej, hvad er selvforsørgelses- og hjemrejseydelse, og hvordan adskiller den sig fra kontanthjælp?
""")

M("e", """
Hej

Min far på 88 har fået plads på Ishøj Plejecenter fra 1. marts. Hans egenbetaling er sat til 4.800 kr. om måneden. Det er næsten hele hans pension. Er det rigtigt beregnet?

Med venlig hilsen
Kurt Madsen
""")

M("e", """
hej min ex betaler ikke børnebidrag og har ikke gjort det i et halvt år. jeg har søgt om forskudsvis udbetaling men har ikke hørt noget. hvor lang tid tager det?
Mette, mor til Liam og Ella
""")

M("e", """
Kære Ishøj Kommune

Vi er blevet skilt, og min ekskone har fået bopælen for vores datter. Jeg har ret til samvær hver anden weekend, men hun aflyser hver gang. Familieretshuset siger at jeg skal kontakte jer om en børnesagkyndig samtale. Hvem gør jeg det hos?

Med venlig hilsen
Jens-Peter Lauridsen
""")

M("", """
Hej

Hvad er forskellen på Familieretshuset og kommunens familieafdeling, når det kommer til samværssager?

Mvh Jens
""")

M("e", """
Hej

Jeg har søgt om friplads til min søn Viggo i Børnehuset Regnbuen, da jeg er på dagpenge. Jeg har fået afslag fordi min kæreste bor hos os. Han er ikke far til Viggo. Gælder hans indkomst virkelig?

Venlig hilsen
Trine
""")

M("", """
Hej

Hvad er indkomstgrænsen for økonomisk friplads i dagtilbud i 2026?

Venlig hilsen
Trine
""")

M("e", """
Til borgerrådgiveren

Jeg har været hjemløs i to måneder og sover hos venner. Jobcentret siger at de ikke kan sende mig breve når jeg ikke har en adresse, og derfor er min ydelse stoppet. Det er en ond cirkel.

Mvh Jimmy
""")

M("", """
Hej, har Ishøj et herberg eller varmestue for hjemløse? Jeg ser flere og flere ved stationen.
""")

M("e", """
Hej

Jeg har fået en regning fra kommunen på 2.450 kr. for SFO i juli, men min datter var ikke der i juli. Jeg har lige nu ingen penge på kontoen og kan ikke lægge ud. Kan regningen sættes i bero?

Mvh Sidsel
""")

M("", """
Hej

Jeg tror der er en fejl i regningen for SFO for juli. Min datter har været på ferie med sine bedsteforældre. Hvem kan jeg tale med?

Mvh Sidsel
""")

M("eh", """
Hej

Jeg er på førtidspension pga. svær gigt. Min elregning er steget til 1.900 kr. om måneden, og jeg har to gange fået rykker. Findes der tillæg til varme for pensionister?

Med venlig hilsen
Inge Kjær
""")

M("", """
Hej. Hvad er personligt tillæg og hvem kan søge det?
""")

M("e", """
hej jeg er lige blevet løsladt fra Vestre Fængsel efter 14 måneder. jeg har ingen bolig og ingen penge. min kontaktperson sagde jeg skulle skrive til Ishøj Kommune da jeg boede her før
Danny
""")

M("e", """
Hej

Min nabo i nr. 4 på Gadekærvej har fået sin lejlighed sat til tvangsauktion... nej undskyld, det er en lejlighed, han er blevet sat ud. Han sover i sin bil nu. Kan nogen fra kommunen tage ud og tale med ham?

Hilsen Karen
""")

M("e", """
Hej

Jeg er enlig mor og får børne- og ungeydelse og børnetilskud. Nu har Udbetaling Danmark stoppet børnetilskuddet fordi de mener jeg bor sammen med min kæreste. Det gør jeg ikke. Hvem hos jer kan bekræfte min adresse?

Mvh Maria Holst
Ishøj Torv 3, 2. tv.
""")

M("", """
Hej

Det er en skandale at kontanthjælpsloftet rammer børnefamilier så hårdt. Jeg håber byrådet vil arbejde for at afskaffe det.

Mvh Anne-Grethe
""")

M("e", """
Hej

Jeg har en underretning liggende på min datter fra skolen. Hun har haft meget fravær og jeg har ikke klaret tingene efter min skilsmisse. Jeg vil gerne samarbejde men jeg er bange. Kan jeg få et møde med en rådgiver?

Mvh Stine
""")

M("", """
Hej

Hvordan laver man en underretning, hvis man er bekymret for et barn i sin opgang? Kan man være anonym?

Mvh
""")

M("e", """
Kære Ishøj Kommune

Vi er plejefamilie for en pige på 9, og vores plejevederlag er ikke blevet reguleret i to år. Kan I se på det?

Med venlig hilsen
Hanne og Ove Lund
""")

M("et", """
Hej

Jeg er pakistansk og min mand er død for et halvt år siden. Jeg har ikke arbejdet i Danmark, og jeg har nu ingen indkomst. Min søn på 19 hjælper med at skrive dette. Hvad kan jeg søge?

Shazia
""")

M("e", """
hej jeg har ikke råd til vinterjakke og støvler til mine to drenge. vi lever på kontanten. er der nogen hjælp at få? jeg skammer mig over at spørge
""")

M("", """
Hej

Findes der foreninger i Ishøj, der deler tøj ud til børnefamilier? Vi har en masse børnetøj vi gerne vil give væk.

Hilsen Pernille
""")

M("e", """
Hej

Jeg har ledsageordning 15 timer om måneden, men den er nu skåret til 8 timer uden at nogen har talt med mig. Jeg vil klage.

Hilsen Rasmus Ebbe
""")

M("e", """
Hej

Min søster og jeg har to helt forskellige sagsbehandlere i jobcentret. Hun er på ressourceforløb og jeg er i jobafklaring. Kan vi få samme sagsbehandler, da vi bor sammen og har samme problemer med økonomien?

Mvh Lise og Anne Tofte
""")

M("", """
Hej, hvad er forskellen på ressourceforløb og jobafklaringsforløb? Det er svært at forstå på hjemmesiden.
""")

M("e", """
Hej Mads

Du spurgte på borgermødet om nogen havde konkrete eksempler. Her er mit: jeg har fået dagpenge i to år, de er opbrugt, og fordi min mand har en lille indtægt som buschauffør får jeg ingenting. Vi har tre børn.

Venlig hilsen
Line Østergaard
""")

M("e", """
Hej. Jeg har lånt 4.000 kr. af kommunen til depositum i 2023 og kan ikke betale afdraget i denne måned. Kan det udskydes?
Sonja
""")

M("", """
Hej

Kan man låne til depositum af kommunen, hvis man flytter til en almen bolig? Hvad er reglerne?

Mvh Sonja
""")

M("es", """
Hej

Min mand og jeg (begge mænd, gift siden 2019) er ved at blive skilt. Vi har en plejesøn boende og er uenige om hvor han skal bo. Hvem i kommunen tager stilling til det?

Mvh Anders Lauritsen
""")

M("e", """
hej min mor har fået hjemmehjælp til rengøring hver 14. dag men hjælperen har ikke været der i 6 uger. hun er 91 og kan ikke selv. hvem skal vi ringe til?
""")

M("", """
Hej

Hvad koster det at få privat rengøring gennem kommunens frit valg-leverandører?

Mvh Ole
""")

M("eh", """
Hej Ishøj Kommune

Jeg har fået en regning fra Ishøj Forsyning på 6.700 kr. for vand, og jeg har ingen penge før næste måned. Jeg er på sygedagpenge. Kan I hjælpe med at snakke med dem?

Mvh Kasper
""")

M("", """
Hej

Ishøj Forsyning har sendt en regning til vores forening på 6.700 kr. for vand i klubhuset. Det virker meget højt. Er der en fejl?

Mvh Kasserer, Ishøj Petanqueklub
""")

M("e", """
Hej Borgerrådgiver

Min søn er 20 og har en dom for vold. Han er kommet ud og vil gerne i gang med en uddannelse, men han får afslag på kontanthjælp fordi han ikke møder op. Han har ingen mobil. Kan I hjælpe mig at hjælpe ham?

Hilsen Birgit
""")
