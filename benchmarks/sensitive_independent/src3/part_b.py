"""Part B: mostly economy_social, plus hard negatives."""
from common import M

M("e", """Til Borgmesterkontoret

Kære borgmester

Jeg skriver til Dem i håbet om, at De kan hjælpe mig med at få et overblik over en sag, der har vokset mig over hovedet.

I 2024 kom jeg bagud med betalingen for min datters plads i Troldehøjen, fordi min arbejdsgiver gik konkurs, og jeg i nogle måneder stod uden løn. Restancen blev sendt til inddrivelse hos Gældsstyrelsen, og siden er der lagt renter og gebyrer på. Samtidig har et inkassofirma, som har overtaget min gamle mobilregning, registreret mig i RKI, så jeg ikke kan få en ny lejekontrakt.

Jeg har nu fast arbejde igen og vil gerne betale, men jeg har brug for en betalingsaftale, jeg kan overholde. Jeg har ringet til kommunens opkrævning tre gange og er blevet sendt videre hver gang.

Jeg vil være meget taknemmelig, hvis De vil bede den rette medarbejder om at kontakte mig.

Med venlig hilsen
Annemette Lorentzen
Ishøj Strandvej 40, 3. th.""")

M("e", """Hej Karin

Jeg ved ikke hvem jeg ellers skal skrive til. Vi har fået brev fra fogedretten om at vi bliver sat ud den 1. december pga. huslejerestance. Vi skylder 31.000 kr. til Vejleåparken. Jeg har to børn på 4 og 7 og vi har ingen steder at tage hen.

Kan kommunen hjælpe med at betale restancen? Jeg har ringet men de siger jeg skal søge om enkeltydelse og det tager 6 uger.

Mvh Jannie""")

M("", """Hej

Hvad er reglerne for boligstøtte i 2026? Hvor meget må man tjene, og hvordan regnes det ud, hvis der bor to voksne i lejligheden? Jeg skal bruge det til en opgave i samfundsfag.

Venlig hilsen
Emma (elev på Ishøj Gymnasium)""")

M("e", """Til Social- og Sundhedsudvalget

Jeg er far til to drenge på 6 og 9 år. Deres mor og jeg blev skilt for to år siden, og siden har vi haft en samværssag kørende i Familieretshuset, fordi hun flyttede til Ishøj med drengene uden at sige det til mig.

Jeg har samvær hver anden weekend, men de sidste tre gange har hun aflyst med kort varsel. Familieretshuset siger, det ikke er deres bord, og kommunens familieafdeling siger, det er Familieretshusets bord.

Jeg vil gerne vide, hvem der så har ansvaret for, at drengenes trivsel bliver undersøgt.

Mvh
Michael Frost""")

M("e", """Emne: SV: Jeres søn Mathias - indkaldelse til netværksmøde

Jeg kommer ikke til det møde. I har taget min søn fra mig på grundlag af en underretning fra en lærer, der aldrig har kunnet lide ham, og nu vil I have mig til at sidde og smile til jer.

Jeg har skrevet til advokaten.

Helle

Fra: Center for Børn og Forebyggelse
Sendt: 6. oktober 2025 14:22
Til: Helle Rask
Emne: Jeres søn Mathias - indkaldelse til netværksmøde

Kære Helle

Som aftalt indkalder vi til netværksmøde om Mathias' anbringelse på opholdsstedet i Høje-Taastrup. Mødet holdes torsdag d. 16. oktober kl. 10 på rådhuset.

Venlig hilsen
Familierådgiver""")

M("e", """Kære byrådsmedlem Tanja Storm

Min søn Daniel afsoner lige nu en dom med fodlænke, og han må kun forlade lejligheden for at gå på arbejde. Han har fået et job hos et vognmandsfirma i Ishøj, men Kriminalforsorgen siger, at arbejdet skal godkendes, og så skal jobcentret skrive en erklæring. Jobcentret har ikke svaret i tre uger, og arbejdsgiveren er ved at give jobbet til en anden.

Kan du hjælpe med at få sat skub i det? Det er jo det, vi alle sammen gerne vil – at han kommer i arbejde.

Med venlig hilsen
Lene Sørensen""")

M("he", """Hej

Jeg har været på kontanthjælp i snart tre år, og jeg har svær angst og panikanfald. Jobcentret har nu indstillet mig til et ressourceforløb, og det er jeg glad for, men jeg er bange for, at jeg skal i praktik i en stor butik, for det kan jeg ikke.

Kan man selv være med til at bestemme, hvad der skal ske i forløbet?

Mvh Sabrina""")

M("e", """Til Center for Beskæftigelse og Erhverv

Jeg blev visiteret til flexjob i maj, og siden har jeg gået på ledighedsydelse. Jeg har søgt over 40 stillinger, men ingen arbejdsgivere vil ansætte mig på 12 timer om ugen. Min sagsbehandler er skiftet tre gange, og den nuværende har ikke svaret på mine mails siden august.

Jeg vil gerne have en ny samtale og en plan. Ellers ender jeg med at miste ledighedsydelsen, når perioden løber ud.

Med venlig hilsen
Henrik Bøgh""")

M("e", """Hej

Jeg har en SU-gæld på ca. 94.000 kr. fra min tid på RUC, som jeg aldrig fik færdiggjort. Udbetaling Danmark har nu sendt den til Gældsstyrelsen, og de trækker i min løn. Jeg har lige fået et barn og har kun halv løn på barsel.

Kan kommunens gældsrådgivning hjælpe mig med at søge om nedsat lønindeholdelse?

Mvh
Andreas""")

M("e", """Kære borgerrådgiver

Jeg vil gerne høre, om kommunen tilbyder gratis budgetrådgivning. Efter min skilsmisse har jeg skullet betale alle regningerne selv, og jeg kan ikke få det til at hænge sammen. Jeg er 62 og har aldrig haft styr på økonomi, for det gjorde min mand.

Venlig hilsen
Birthe Holt""")

M("he", """Hej Lasse

Jeg ved, at du er formand for Social- og Sundhedsudvalget, så jeg skriver til dig. Vi er en familie på fem, og siden jul har vi fået madpakker fra Fødevarebanken hver torsdag i Ishøj Kirkes lokaler. Nu lukker udleveringen, fordi kirken skal bruge lokalet.

Jeg ved ikke, hvad vi skal gøre. Min mand er syg af nerver og kan ikke arbejde, og jeg har kun et deltidsjob i Rema.

Er der nogen, der kan finde et andet lokale?

Hilsen
Mette Andersen""")

M("e", """Kære Social- og Sundhedsudvalg

Min storebror Jimmy har boet på Herberget i Glostrup siden i vinter. Før det boede han i sin bil i tre måneder. Han er fra Ishøj, og han vil gerne tilbage hertil, hvor hans netværk er. Men når han spørger i Borgerservice, siger de, at han skal have en adresse for at komme på boligventelisten.

Hvordan skal han få en adresse, når han er hjemløs?

Med venlig hilsen
Connie Berg""")

M("e", """hej

jeg er 19 og har ikke haft egen bolig siden jeg blev smidt ud hjemmefra i sommer. jeg sofasurfer hos venner og sover nogle gange på en sofa hos min kæreste. jeg har hørt at man kan få hjælp til en ungdomsbolig men jeg ved ikke hvor man skriver til

mvh mads""")

M("e", """Til Center for Voksne og Velfærd, visitationen

Min mor Edith Nørregaard på 91 år bor alene på Vildtbanevej. Hun har fået hjemmehjælp til rengøring hver 14. dag i mange år, men fra 1. marts er den blevet skåret ned til hver 3. uge. Hun har ikke fået nogen begrundelse, kun et standardbrev.

Jeg beder om, at afgørelsen bliver begrundet skriftligt, så vi kan klage.

Med venlig hilsen
Jens Nørregaard
Søn og fuldmagtshaver""")

M("", """Kære byrådsmedlemmer

Jeg vil bare sige, at jeg synes kontanthjælpsloftet og 225-timers-reglen er dybt urimelige. Det er børnene, der betaler prisen. Jeg håber, at Ishøj Byråd vil sende et klart signal til Christiansborg om, at reglerne skal laves om.

Med venlig hilsen
Kirsten Aagaard""")

M("", """Hej

Jeg vil gerne donere nogle kasser med holdbare madvarer til Fødevarebanken. Er der et indsamlingssted i Ishøj, eller skal jeg køre til København?

Venlig hilsen
Lone Bisgaard""")

M("he", """Hej

Jeg er 34 og var tømrer, indtil jeg fik en skulderskade, og nu er jeg bevilget revalidering, så jeg kan tage en uddannelse som bygningskonstruktør. Men jeg har fået at vide, at revalideringsydelsen kun er godkendt for det første år. Kan I bekræfte, at hele uddannelsen er dækket?

Mvh Nikolaj Hjort""")

M("e", """Kære Center for Børn og Forebyggelse

Vi er plejefamilie for en dreng på 11 år, som har boet hos os i fire år. Vi har netop fået at vide, at hans sag skal revurderes, og at han måske skal flytte til et opholdssted. Han er dybt ulykkelig over det.

Vi beder om et møde, inden der bliver truffet beslutning.

Venlig hilsen
Anette og Flemming Bech""")

M("e", """Hej

Jeg blev ledig i oktober efter 11 år som lagerarbejder. Jeg er medlem af ASE og får dagpenge, men jobcentret har sendt mig et brev om, at jeg skal møde til samtale samme dag, som jeg har jobsamtale i Roskilde.

Kan jeg flytte samtalen uden at miste mine dagpenge?

Mvh Ronni Strand""")

M("eu", """Hej

Jeg har været ledig siden sommerferien, da lageret på Industrivej lukkede. Jeg får dagpenge gennem 3F's a-kasse, og 3F har sagt, at jeg kan få et kursus i truckkørsel betalt, men jobcentret skal godkende det. Jeg har sendt ansøgningen for tre uger siden.

Mvh
Jan Kristiansen""")

M("", """Hej

Hvad er satserne for økonomisk friplads i daginstitution i 2026, og hvornår bliver de opdateret på hjemmesiden? Jeg arbejder i en forening, der hjælper nytilflyttere med at finde rundt i systemet.

Mvh Ditte""")

M("e", """Hej

Vi er en familie med to børn, og vores samlede indkomst er ca. 380.000 kr. om året før skat. Har vi ret til økonomisk friplads i vuggestuen? Min kone er på dagpenge lige nu.

Mvh Kenneth Lauridsen""")

M("e", """Kære Borgerservice

Jeg er enke og 84 år. Min mand døde i januar, og jeg bor nu alene i vores lejlighed på Ishøj Stationsvej. Min bank har fortalt mig, at jeg måske kan få boligydelse, fordi min pension nu er alene, og huslejen er 8.900 kr. om måneden.

Jeg har ikke en computer og kan ikke bruge NemID eller MitID. Kan I sende mig et ansøgningsskema med posten?

Med venlig hilsen
Else Sørensen
Ishøj Stationsvej 12, 2. tv.""")

M("", """Kære Teknik- og Miljøudvalg

Jeg er en ældre dame, der har brugt linje 128 i mange år for at komme til Hundige Storcenter. Nu er den blevet omlagt, så den ikke længere kører forbi Ishøj Landsby. Det er meget besværligt for os ældre.

Jeg skal venligst bede udvalget om at kontakte Movia.

Med venlig hilsen
Astrid Krogh""")

M("he", """Emne: RE: Afgørelse om enkeltydelse

Tak for bevillingen. Jeg vil bare spørge, om tandlægen skal sende regningen direkte til jer, eller om jeg skal lægge ud.

Hilsen
Vibeke Rønn

> Fra: Center for Beskæftigelse og Erhverv
> Sendt: 3. februar 2026
> Til: Vibeke Rønn
>
> Du er bevilget enkeltydelse efter aktivlovens § 82 på 14.300 kr. til tandbehandling (to rodbehandlinger og en krone), da du modtager kontanthjælp og ikke selv har mulighed for at betale.
>
> Med venlig hilsen
> Ydelsesteamet""")

M("e", """Hej

Min kæreste og jeg er gået fra hinanden, og jeg er flyttet ud med vores datter. Jeg betaler nu 7.400 kr. i husleje alene og tjener 21.000 kr. før skat. Kan jeg få boligstøtte, og skal jeg søge om friplads igen nu, hvor vi ikke længere bor sammen?

Mvh Sandra""")

M("e", """Til Børne- og Kulturudvalget

Jeg har i mange år været frivillig træner i Ishøj Fodbold, men nu vil klubben ikke længere have mig, fordi min børneattest er kommet retur med en gammel dom for vold fra 2009. Jeg har aldrig gjort et barn fortræd, og det er 16 år siden.

Jeg vil gerne vide, om kommunen har en politik for, hvordan foreningerne skal vurdere gamle domme.

Venlig hilsen
Steffen Ulrik""")

M("", """Hej

Vi er en ny gymnastikforening. Skal alle vores frivillige trænere have indhentet børneattest, også dem der kun træner voksne? Og er det foreningen selv, der skal gøre det?

Mvh Camilla, formand for Ishøj Springgymnastik""")

M("e", """Kære Lone

Jeg bor på Ishøj Strandvej 52. Familien på 3. sal, to voksne og tre små børn, blev sat ud i sidste uge af fogeden. Jeg så dem sidde på trappen med deres ting i sorte sække. De har ikke familie i Danmark, så vidt jeg ved.

Er der nogen fra kommunen, der hjælper dem? Jeg kan ikke holde ud at tænke på børnene.

Venlig hilsen
Gerda""")

M("e", """Til Center for Børn og Forebyggelse

Jeg vil gerne lave en underretning. Børnene i opgang 4, 1. th. på Vejlebroparken (en pige på ca. 6 og en dreng på ca. 3) er ofte alene hjemme om aftenen, og jeg har flere gange hørt dem græde i timevis. Sidste fredag gik den lille dreng rundt i opgangen i bar mave kl. 22.

Jeg ønsker at være anonym over for familien.

Venlig hilsen
en nabo""")

M("", """Kære byrådsmedlemmer

Jeg vil gerne opfordre byrådet til at arbejde for flere almene familieboliger og færre ungdomsboliger i den nye bydel. Ishøj mangler boliger, som almindelige familier har råd til.

Med venlig hilsen
Claus Winther""")

M("e", """Kære Center for Voksne og Velfærd

Min mor Ingrid Storm er 93 år og bor alene i Torslunde. Hun kan ikke længere klare trapperne og har to gange i år ikke kunnet komme op efter at være faldet. Hun blev visiteret til plejebolig i oktober, men der er stadig ingen ledig plads.

Hvornår kan vi forvente, at hun får en plads, og kan hun få en midlertidig aflastningsplads i mellemtiden?

Med venlig hilsen
Bente Storm-Hansen""")

M("he", """Hej

Min far, der har Parkinsons sygdom, har fået afslag på hjemmehjælp til bad. Han ryster så meget, at han ikke kan stå i bruseren selv, og han er faldet to gange. Visitatoren var der i 20 minutter og så ham kun sidde i stolen.

Hvordan klager vi?

Mvh
Jakob Lindholm""")

M("", """Hej

Jeg har lige fået mit første job og vil gerne melde mig som frivillig hos Fødevarebanken eller et andet sted, der hjælper familier i Ishøj. Ved kommunen, hvem man kan kontakte?

Mvh Freja""")

M("e", """hej

jeg har fået brev om at jeg ikke har arbejdet de 225 timer og at min kontanthjælp bliver sat ned med 1.200 kr om måneden fra næste måned. men jeg har arbejdet i netto i 3 måneder, det har jeg lønsedler på. hvem skal jeg sende dem til

mvh Patrick""")

M("et", """Til Jobcenter Ishøj

Jeg kom til Danmark som flygtning fra Eritrea i 2022 og modtager selvforsørgelses- og hjemrejseydelse. Jeg har fået tilbudt et job som rengøringsassistent 25 timer om ugen, men jeg er bange for, at ydelsen falder helt bort, og at jeg så ikke kan betale husleje i den første måned, før lønnen kommer.

Kan I fortælle mig, hvordan det bliver regnet ud?

Venlig hilsen
Yonas Tesfaye""")

M("e", """Kære Økonomiudvalg

Jeg henvender mig til udvalget som borger i Ishøj gennem mere end 50 år og vil gerne fremkomme med nogle bemærkninger til kommunens håndtering af opkrævninger.

For det første har jeg bemærket, at ejendomsskattebilletten i år er kommet meget sent, hvilket har gjort det vanskeligt at lægge budget. For det andet er det et problem for os ældre, at alt nu skal foregå digitalt. For det tredje – og det er egentlig grunden til, at jeg skriver – har jeg efter min mands død fået en restskat på 38.000 kr., som jeg ikke har mulighed for at betale på én gang, og Skattestyrelsen henviser mig til kommunen for at få en afdragsordning på de kommunale ejendomsskatter, så jeg kan betale restskatten først.

Jeg håber, at udvalget vil se velvilligt på sådanne sager.

Med venlig hilsen
Ellen Margrethe Bang""")

M("", """Kære Økonomiudvalg

Jeg henvender mig til udvalget som borger i Ishøj gennem mere end 50 år og vil gerne fremkomme med nogle bemærkninger til den nye affaldsordning.

For det første er det vanskeligt for os ældre at skulle sortere i ti fraktioner, når spandene står ude ved vejen. For det andet er det uklart, hvad der skal i de forskellige spande, og pjecen er skrevet med meget lille skrift. For det tredje synes jeg, at prisen er steget uforholdsmæssigt meget.

Jeg håber, at udvalget vil se på ordningen igen.

Med venlig hilsen
Holger Juul""")

M("e", """hej Karina

vi er gået fra hinanden og nu vil han have vores søn hver anden uge, men han har ikke en lejlighed, han bor hos sin mor. familieretshuset har indkaldt os til møde den 12. kan kommunen ikke sige at det ikke er godt for drengen

Maja""")

M("e", """Kære Borgerrådgiver

Min søn Tobias på 22 år sidder varetægtsfængslet i Vestre Fængsel. Han er tilmeldt et forløb på VUC i Ishøj, og jeg har fået at vide, at han bliver meldt ud, fordi han ikke møder op. Kan kommunen ikke sørge for, at han beholder sin plads, indtil sagen er afgjort?

Med venlig hilsen
Karin Møller""")

M("", """Hej

Hvornår har Jobcenter Ishøj åbent i juleferien? Jeg skal aflevere en kopi af mit eksamensbevis til min søster, som arbejder der, og vil ikke gå forgæves.

Mvh
Thomas""")

M("e", """Til byrådsmedlem Jannik Hvid

Jeg bor i et af de almene byggerier på Vejleåparken og skylder lige nu tre måneders husleje. Jeg har skrevet til boligselskabet, at jeg kan betale 2.000 kr. ekstra om måneden, men de vil ikke indgå en afdragsordning og siger, at sagen går til fogeden.

Jeg har fuldtidsarbejde igen fra næste måned. Kan du hjælpe mig med at få dem til at lytte?

Mvh
Sara Hansen""")

M("e", """Emne: VS: Samvær – juleferie

Hej byrådsmedlem Pia Kjær

Jeg sender dig nedenstående, så du kan se, hvordan jeg bliver behandlet. Jeg har ikke set min datter siden august.

Hilsen Kim

---------- Videresendt meddelelse ----------
Fra: Familieretshuset
Dato: 28. november 2025
Emne: Samvær – juleferie

Familieretshuset har modtaget din anmodning om samvær med Ella i juleferien. Da der er verserende sag om midlertidigt samvær, og barnets mor har oplyst om bekymring, kan Familieretshuset ikke fastsætte feriesamvær, før der har været afholdt børnesamtale.""")

M("eu", """Hej

Jeg er uddannet kontorassistent og blev fyret fra et advokatkontor i Glostrup i december. Jeg er medlem af HK og får dagpenge fra HK's a-kasse. Jeg har set, at kommunen søger en vikar i Borgerservice, men opslaget siger, at man skal være ansat fra 1. marts, og jeg har en karensperiode. Må jeg søge alligevel?

Mvh
Pernille Storm""")

M("", """Hej

Jeg har fået en opkrævning for hundeafgift med fakturanr. 2003891456, men vi har ikke haft hund siden 2023. Kan I slette den? Mit kundenummer er 0711920045.

Venlig hilsen
Jette Kaas""")

M("e", """Hej Hovedpostkassen

Jeg er på kontanthjælp, og min sagsbehandler har trukket mig 2.000 kr. i ydelsen, fordi jeg ikke mødte op til et møde den 4. Men jeg var til jobsamtale hos Lidl den dag, og det havde jeg skrevet til hende dagen før. Jeg vil gerne klage over trækket.

Mvh Ali""")

M("", """Hej

Hvordan søger man om fripladstilskud til fritidsaktiviteter? Jeg spørger på vegne af vores boligforenings beboerrådgiver, som vil lave en folder til beboerne.

Mvh
Henriette Beboerrådgivningen, Vejleåparken""")
