"""Part A: the mayor's inbox - long life stories told to make a political point."""
from common import M

M("heu", """
Kære borgmester

Jeg skriver til dig fordi jeg ikke ved hvem ellers der vil lytte. Jeg hedder Bente Rasmussen, jeg er 61 år og har boet i Ishøj siden 1979, først i Vildtbanen og nu i en lille lejlighed på Strandgårdsvej.

Jeg har arbejdet som social- og sundhedsassistent i 34 år, de sidste tolv på Ishøj Plejecenter. Jeg har været medlem af FOA hele mit voksne liv og var i en periode tillidsrepræsentant. For to år siden fik jeg konstateret slidgigt i begge knæ, og sidste vinter kom der en diskusprolaps oveni. Jeg har været sygemeldt siden januar, og nu har jobcentret sagt at mine sygedagpenge stopper til august, fordi jeg har nået revurderingstidspunktet.

Jeg forstår godt at der er regler. Men jeg har løftet jeres ældre i over tredive år, og nu skal jeg til samtale hver fjerde uge og forklare hvorfor jeg ikke kan gå på trapper. Min fagforening hjælper mig, men de siger at det er kommunen der bestemmer tempoet.

Jeg beder ikke om særbehandling. Jeg beder om at I kigger på hvordan I behandler folk der er slidt op i jeres egen ældrepleje. Der er mange som mig.

Venlig hilsen
Bente Rasmussen
""")

M("", """
Kære borgmester

Jeg vil gerne opfordre dig til at tage fat i de lange ventetider på en plejebolig. De ældre på plejehjemmet i Ishøj fortjener bedre, og mange familier i Ishøj står helt alene med pasningen af deres gamle forældre, mens de venter. Det er ikke værdigt for en velfærdskommune.

Jeg håber at budgettet for næste år afspejler det.

Med venlig hilsen
Poul Erik Jeppesen
""")

M("etb", """
Hej borgmester

Jeg hedder Amir og er 23. Mine forældre kom fra Irak i 1998, og jeg er født og opvokset i Ishøj Strand. Jeg skriver fordi jeg læste i avisen at kommunen vil lukke ungdomsklubben på Vejledalen.

Da jeg var 15 var klubben det eneste sted hvor jeg ikke blev set som "ham den arabiske". Min far var arbejdsløs i mange år og vi boede seks mennesker i en treværelses. Klubben var der jeg lavede lektier. I dag læser jeg til ingeniør på DTU.

Jeg er muslim, og jeg beder fem gange om dagen, og det var også klubbens pædagoger der sørgede for at jeg havde et stille sted at bede om fredagen, uden at nogen gjorde et stort nummer ud af det.

Luk ikke klubben. Der sidder en ny 15-årig derude som har brug for den.

Amir Hassan
""")

M("", """
Kære borgmester,

Jeg er træt af at høre politikere tale om "integration" som om det var et problem man kunne løse med et par nye regler. Flygtninge i Ishøj har brug for sprogundervisning, arbejde og ordentlige boliger, ikke flere kampagner. Kommunen bør samarbejde mere med virksomhederne i erhvervsområdet om praktikpladser.

Venlig hilsen
Ingrid Madsen, Ishøj Landsby
""")

M("hes", """
Til borgmesteren

Jeg har tænkt længe over om jeg skulle skrive. Min mand Jesper og jeg har været gift i 11 år. Han fik en hjerneblødning i marts sidste år, 48 år gammel, og er i dag halvsidigt lammet og har afasi. Han kan ikke længere arbejde som elektriker, og vi har søgt om førtidspension, som stadig ikke er afgjort efter ni måneder.

Jeg passer ham om aftenen og om natten, og hjemmeplejen kommer om morgenen. Det fungerer nogenlunde, men jeg er selv ved at gå ned. Jeg har gået ned i tid på mit arbejde og vi har måttet sælge bilen for at betale huslejen.

Når jeg læser i Ishøj Avis at kommunen "prioriterer rehabilitering", så vil jeg gerne invitere dig hjem til os en tirsdag aften. Så kan du se hvad rehabilitering betyder i praksis.

Med venlig hilsen
Thomas Brandt
Ishøj Boulevard
""")

M("", """
Hej borgmester

Jeg vil bare sige tak for den nye cykelsti langs Ishøj Strandvej. Jeg cykler der hver dag og det er blevet meget mere trygt. Mere af det!

Hilsen Lise
""")

M("ehb", """
Kære borgmester

Min søn Rasmus er 19 og bor stadig hjemme. Han har ADHD og en angstlidelse og har ikke kunnet gennemføre ungdomsuddannelse. Han har været på kontanthjælp (uddannelseshjælp) i snart to år og har haft fem forskellige sagsbehandlere.

Jeg er præst i en frikirke i Vallensbæk, og jeg ser mange unge i samme situation. Men det er noget andet når det er ens eget barn. Hver gang en ny sagsbehandler starter, skal Rasmus fortælle hele sin historie igen, og hver gang bryder han sammen bagefter.

Kan kommunen ikke sikre at unge som ham har én fast kontaktperson?

Venlig hilsen
Hanne Vestergaard
""")

M("", """
Kære borgmester

Som mange andre borgere er jeg bekymret over at kommunen vil sælge grunden ved Ishøj Søpark til boligbyggeri. Det er et af de få grønne områder tilbage, og det bruges af både hundeluftere, løbere og skolebørn. Jeg håber at byrådet vil genoverveje.

Mvh
Jens Kristoffersen
""")

M("pe", """
Kære borgmester

Jeg skriver angående lokalplanen for Baldersbækvej. Min kone og jeg har haft vores rækkehus til salg i syv måneder, og vi havde endelig en køber i sidste uge. Hun trak sig i går, efter at hun havde læst om de planlagte ændringer med tung trafik forbi vores vej.

Vi har allerede købt en lejlighed i Køge med overtagelse 1. marts, og hvis vi ikke får solgt, ender vi med dobbelt husleje og et lån vi ikke kan betale. Banken har sagt at de højst kan give os to måneder.

Jeg beder om at kommunen melder klart ud om trafikken, så de næste købere ikke bliver skræmt væk af rygter.

Venlig hilsen
Henrik Lauridsen
Baldersbækvej 22
""")

M("tbe", """
Kære borgmester Merete,

Mit navn er Fatma Yilmaz. Jeg er kurdisk og kom til Danmark som 6-årig. Jeg er opvokset i Ishøj og har i dag tre børn. Jeg er blevet skilt for et år siden, og jeg bor alene med børnene i en lejlighed i Gadekæret.

Jeg bærer tørklæde fordi jeg er troende muslim, og jeg har søgt over 40 job som pædagogmedhjælper. Jeg er blevet kaldt til to samtaler. På den ene spurgte lederen direkte om jeg "kunne tage tørklædet af i arbejdstiden".

Jeg ved at det ikke er noget kommunen kan bestemme over i private institutioner. Men jeg håber at kommunens egne daginstitutioner går foran, og at du vil sige det højt.

Med venlig hilsen
Fatma Yilmaz
""")

M("", """
Til Ishøj Kommunes borgmester

Jeg er pensionist og har fulgt debatten om den nye svømmehal. Efter min mening bør pengene hellere bruges på ældreplejen. Svømmehallen i Vallensbæk er kun 10 minutter væk. Vi skal prioritere dem der har allermest brug for hjælp.

Venlig hilsen
Grethe Hansen
""")

M("hs", """
Kære borgmester

Jeg hedder Mikkel, jeg er 17 og går på Ishøj Gymnasium. Jeg er bøsse og kom ud sidste år. Det gik okay hjemme, men ikke så godt i skolen, og i en periode var jeg så langt nede at jeg blev henvist til en psykolog og fik antidepressiv medicin.

Jeg skriver fordi der ikke findes noget sted i Ishøj hvor homoseksuelle unge kan mødes. Man skal ind til København, og det koster penge og tid. Kunne kommunen ikke støtte en LGBT+-ungegruppe i en af klubberne?

Mikkel
""")

M("", """
Kære borgmester

Homoseksuelle unge i vores kommune har stadig en markant højere risiko for mistrivsel end deres jævnaldrende, viser undersøgelser. Jeg opfordrer kommunen til at lave en handleplan og til at hejse regnbueflaget på rådhuset under Copenhagen Pride.

Venlig hilsen
Karen Obel, lærer
""")

M("eu", """
Kære borgmester

Jeg har arbejdet som buschauffør i 22 år. Jeg er medlem af 3F, og jeg blev fyret i oktober da selskabet mistede kontrakten på linje 128. Jeg er nu på dagpenge og har søgt 60 jobs.

Det jeg ikke forstår er at kommunen har valgt det billigste tilbud uden at stille krav om overenskomst. Det har kostet mig mit arbejde. Jeg synes du skal forklare det til os der kørte busserne.

Hilsen
Kim Bech Jakobsen
""")

M("", """
Kære borgmester

Vi er en gruppe pendlere der hver dag tager linje 128. Siden skiftet af operatør er bussen forsinket næsten hver morgen. Vi vil gerne vide hvilke krav kommunen stiller til punktlighed i den nye kontrakt, og om der er bøder ved forsinkelser.

På vegne af pendlergruppen
Rikke Sandholm
""")

M("hte", """
Kære borgmester

Min far, Stanisław Nowak, er 84 år. Han kom til Danmark fra Polen i 1970 for at arbejde på Carlsberg og har boet i Ishøj siden. Han har demens nu og taler næsten kun polsk igen – det danske er gået tabt.

Han bor på plejehjemmet Ishøj Plejecenter, afdeling Birken, og personalet er søde, men ingen af dem taler polsk. Han bliver urolig og bange og forstår ikke hvad der sker.

Jeg ved at der er andre polske ældre i kommunen. Kunne man ikke samle dem i en afdeling, eller finde en frivillig tolk et par timer om ugen?

Med venlig hilsen
Ewa Nowak Sørensen
""")

M("", """
Kære borgmester

Der bor efterhånden mange ældre med anden etnisk baggrund end dansk i Ishøj. Når de får brug for hjemmepleje eller plejebolig, er der brug for personale der kan deres sprog og kender deres kultur. Har kommunen en strategi for det?

Venlig hilsen
Susanne Dahl, Ældrerådet (skriver som privatperson)
""")

M("pe", """
Kære Merete

Jeg ved du har travlt, så kort: Min far døde i august og jeg er eneste arving. Huset på Tranegilde Strandvej skal sælges, og vi har fået et bud på 2,9 mio., men køberen kræver at skelforholdet mod naboen bliver afklaret først. Sagen ligger hos jeres byggesagsafdeling og har ligget der i fire måneder.

Imens betaler jeg ejendomsskat og forsikring for et tomt hus, og jeg er på SU. Jeg kan ikke blive ved.

Kan du få nogen til at kigge på det?

Hilsen
Nanna Frederiksen
""")

M("", """
Kære borgmester

Jeg er ejendomsmægler og har kontor i Ishøj Bycenter. Jeg oplever at byggesagsbehandlingen i kommunen er blevet langsommere, og det forsinker handler for mange af mine kunder. Er der planer om at ansætte flere sagsbehandlere?

Med venlig hilsen
Lars Ravn, Ravn Bolig
""")

M("bu", """
Kære borgmester

Jeg skriver som almindelig borger, men jeg vil ikke skjule at jeg har været medlem af Socialistisk Folkeparti i 30 år og sidder i bestyrelsen for HK Hovedstadens klub for offentligt ansatte.

Jeg synes det er dybt problematisk at kommunen overvejer at udlicitere rengøringen på skolerne. Det har vi prøvet før, og resultatet var dårligere rengøring og dårligere løn.

Med venlig hilsen
Birthe Kragh
""")

M("", """
Kære borgmester

Jeg er imod udliciteringen af skolerengøringen. Jeg har to børn på Vibeholmskolen, og toiletterne er allerede i en sørgelig forfatning. Lad være med at gøre det værre.

Hilsen
Tina Mortensen
""")

M("he", """
Hej Merete

Undskyld at jeg skriver direkte til dig, men jeg er ved at gå til. Jeg har kræft i tyktarmen og er i kemobehandling på Herlev. Jeg er selvstændig frisør og har ingen dagpengeforsikring, så jeg har søgt sygedagpenge, men der er gået 7 uger og jeg har ikke hørt noget.

Salonen er lukket og regningerne hober sig op. Jeg har 14.000 kr. i restance på huslejen.

Jeg har skrevet til jobcentret tre gange. Kan du hjælpe mig med at finde ud af hvem der sidder med sagen?

Mvh
Dorthe Weng
""")

M("", """
Kære borgmester

Jeg er journalist på Ishøj-Vallensbæk Lokalavis og arbejder på en artikel om sagsbehandlingstider for sygedagpenge i kommunen. Kan du eller en af dine medarbejdere stille op til et kort interview i denne uge? Jeg vil også gerne have tallene for 2024 og 2025 opgjort pr. kvartal.

Venlig hilsen
Maja Thygesen, journalist
tlf. 29 44 81 06
""")

M("t", """
Kære borgmester

Min datter på 9 år kom hjem fra skole og græd fordi en voksen i SFO'en havde sagt at "I somaliere er altid så larmende". Vi er somaliere, ja, og vi er stolte af det, men min datter er født på Hvidovre Hospital og har aldrig været i Somalia.

Jeg har klaget til skolen, men jeg vil også gerne have at du ved det.

Med venlig hilsen
Hodan Abdi
""")

M("", """
Kære borgmester

Jeg har læst kommunens nye integrationspolitik og savner konkrete mål. Hvor mange flygtninge skal være i job inden for tre år? Hvor mange børn med ikke-vestlig baggrund skal have en ungdomsuddannelse? Uden mål kan man ikke måle fremskridt.

Mvh
Ole Bang Christiansen
""")

M("heb", """
Kære borgmester

Jeg hedder Søren Lykke og er 58. Jeg er tidligere alkoholiker – jeg har været ædru i fire år i dag, takket være AA og en fantastisk misbrugskonsulent i kommunens rusmiddelcenter. Dengang mistede jeg mit job, mit ægteskab og i en periode også min lejlighed, og jeg boede et halvt år på herberget i Valby.

Jeg er i dag aktiv i en kristen menighed, som har hjulpet mig mere end nogen andre, og jeg er kommet i flexjob som pedel.

Jeg skriver fordi jeg har hørt at rusmiddelcentret skal lægges sammen med Brøndbys. Det ville have betydet at jeg skulle tage to busser hver dag for at få min behandling dengang. Det havde jeg ikke klaret.

Venlig hilsen
Søren Lykke
""")

M("", """
Kære borgmester

Jeg er bekymret over sammenlægningen af rusmiddelcentret med Brøndby. Folk i misbrugsbehandling har brug for at behandlingen ligger tæt på, ellers falder de fra. Det er veldokumenteret.

Venlig hilsen
Jonas Holt, cand.psych.
""")

M("s", """
Kære borgmester

Min mand Morten og jeg blev gift på rådhuset i Ishøj for 6 år siden, og det var en af de bedste dage i vores liv. Vi vil gerne takke for at I hejste regnbueflaget i sidste uge. Det betød meget for os at se det.

Med venlig hilsen
Anders Bjerregaard
""")

M("", """
Kære borgmester

Hvorfor hænger der et regnbueflag på rådhuset? Kommunen skal være neutral. Man hejser jo heller ikke andre organisationers flag.

Mvh
Erik Pallesen
""")

M("ehp", """
Kære borgmester Merete Amdisen

Jeg har siddet og skrevet dette brev mange gange i mit hoved. Jeg er 72 år, enke, og bor i mit hus på Ishøj Søvej, som min mand og jeg byggede i 1971. Jeg har fået konstateret Parkinsons sygdom og kan ikke længere klare trapperne.

Jeg har besluttet at sælge, og ejendomsmægleren har fået et bud fra et ungt par, men de skal først have solgt deres egen lejlighed, så handlen er ikke på plads endnu. Samtidig har jeg søgt om en ældrebolig, og visitationen siger at der er 14 måneders venteliste.

Hvis huset bliver solgt før jeg får en bolig, ved jeg ikke hvor jeg skal bo. Min pension rækker ikke til en privat lejebolig.

Jeg beder ikke om at springe køen over. Men jeg vil gerne vide om kommunen har en plan for ældre som mig.

Med venlig hilsen
Inger Marie Holm
""")

M("", """
Kære borgmester

Hvor mange ældreboliger er der i kommunen i dag, og hvor lang er ventelisten i gennemsnit? Jeg skriver et læserbrev og vil gerne have mine tal i orden.

Hilsen
Bjarne Sonne
""")

M("etu", """
Kære borgmester

Jeg er fra Rumænien og har boet i Ishøj i 5 år. Jeg arbejder i byggeri og er medlem af 3F. Sidste måned blev jeg snydt for løn af en underentreprenør på byggeriet ved Ishøj Station, og 3F hjælper mig med sagen. Jeg mangler 38.000 kr. og kan ikke betale husleje.

Kommunen er bygherre på projektet. Hvorfor tjekker I ikke jeres underentreprenører?

Regards / Med venlig hilsen
Andrei Popescu
""")

M("", """
Kære borgmester

Kommunen bør indføre arbejdsklausuler i alle udbud på bygge- og anlægsområdet, så der sikres danske løn- og arbejdsvilkår. Det har mange andre kommuner gjort. Hvorfor ikke Ishøj?

Med venlig hilsen
Peter Holm Nielsen
""")

M("hbe", """
Kære borgmester

Jeg er Jehovas Vidne og skal have en stor operation på Rigshospitalet i næste måned (ny hjerteklap). Jeg har fået at vide at hospitalet respekterer at jeg ikke modtager blod. Men kommunens hjemmepleje, som skal komme bagefter, har spurgt mig om jeg "virkelig mener det". Jeg synes det er ubehageligt at skulle forsvare min tro over for en sosu-hjælper.

Venlig hilsen
Ruth Pedersen
""")

M("", """
Kære borgmester

Kan du oplyse hvornår der er borgermøde om den nye kommuneplan? Jeg vil gerne deltage og har spørgsmål om byudviklingen ved stationen.

Mvh
Frank Olsen
""")

M("eh", """
hej merete
jeg ved ik om du læser det her selv men jeg prøver. jeg er 26 og har været hjemløs siden maj. jeg sover hos venner og nogle gange i opgangen på ishøj strandvej. jeg har et hashmisbrug som jeg gerne vil ud af men der er 6 ugers ventetid på behandling. jeg har ingen adresse så jeg kan ikk få kontanthjælp udbetalt ordentligt. hvad skal jeg gøre
mvh
Daniel
""")

M("", """
Kære borgmester

Antallet af hjemløse i Storkøbenhavn er steget igen, også i Ishøj. Jeg mener at kommunen skal oprette flere skæve boliger og et værested med åbent om natten. Jeg stiller gerne op som frivillig.

Med venlig hilsen
Kirsten Wolff
""")

M("teb", """
Til borgmesteren

Jeg er dansk-pakistaner og ejer en lille købmandsbutik i Ishøj Bycenter. Jeg er også formand for min moské (Ishøj Islamiske Kulturcenter), men jeg skriver som privat person og som muslim.

Jeg har lige fået en regning fra SKAT på 180.000 kr. for moms, som jeg ikke kan betale, og jeg er bange for at jeg må lukke butikken. Jeg har bedt om en afdragsordning. Jeg beder ikke kommunen betale, men jeg vil spørge om kommunens erhvervsservice kan hjælpe små butikker som min med rådgivning.

Med venlig hilsen
Tariq Mahmood
""")

M("", """
Kære borgmester

Butikkerne i Ishøj Bycenter har det svært. Der står flere tomme lokaler end nogensinde, og huslejen er høj. Kan kommunen gøre noget, fx med gratis parkering eller events?

Mvh
Handelsstandsforeningen i Ishøj, v/ Annette Krog
""")

M("hs", """
Kære borgmester

Min kone, Lene, og jeg har to børn sammen, og vi har lige fået at vide at Lene har brystkræft. Hun skal opereres og i kemo, og jeg står alene med alt det praktiske. Jeg skriver fordi vores søn er skrevet op til vuggestue fra 1. juni, men pladsen er i Ishøj Landsby og vi bor i Strandparken, og jeg har ikke bil.

Kan man få en plads tættere på i en situation som vores?

Mvh
Signe Holmgaard
""")
