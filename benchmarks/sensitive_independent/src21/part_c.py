"""corpus21 part C: church, mosque and belief; labour disputes and unions."""
from common import M

M("u", """Kære borgmester

Jeg er HK'er og arbejder i Borgerservice. Jeg skriver som privatperson, ikke som ansat. Jeg synes, det er forkert, at byrådet vil lukke Borgerservice om torsdagen. Det rammer de borgere, der ikke kan klare sig digitalt.

Med venlig hilsen
Susanne Kjær""")

M("", """Kære borgmester

Lukning af Borgerservice om torsdagen rammer de ældre og dem, der ikke kan finde ud af MitID. Lad være.

Med venlig hilsen
Egon Larsen""")

M("u", """hej Kirsten. jeg er tillidsmand for 3F'erne på vejafdelingen og vi har lige fået at vide at I vil udlicitere vintertjenesten. det har ingen snakket med os om. vi vil gerne have et møde inden budgettet. mvh Bo Kragelund""")

M("", """Til Teknik- og Miljøudvalget

Vintertjenesten bør ikke udliciteres. Sidste gang det blev prøvet i en nabokommune, lå cykelstierne under sne i tre dage. 

Venlig hilsen
Cyklistforbundet, Ishøj-afdelingen""")

M("ue", """Kære Jesper

Jeg har været medlem af Dansk Metal i 30 år og blev fyret fra virksomheden på Industrivej, da de flyttede produktionen til Polen. Jeg er 61 og får dagpenge, men de løber ud til sommer. Jeg har søgt over 100 job. Jobcentret sender mig på kursus i CV-skrivning for tredje gang. Det er spild af alles tid.

Med venlig hilsen
Leif Pallesen""")

M("", """Kære Jesper

Kan byrådet ikke gøre mere for at tiltrække produktionsvirksomheder til erhvervsområdet ved Industrivej? Vi har mistet tre store arbejdspladser på fem år.

Med venlig hilsen
Ishøj Erhvervsforening""")

M("u", """Til Økonomiudvalget, att. sekretær

Vedr. konflikten på rengøringsområdet: Jeg har været med i strejken som medlem af FOA. Jeg vil gerne have det noteret, at vi ikke strejker for at genere borgerne, men fordi vikarbureauet ikke overholder overenskomsten. Kommunen er ansvarlig for, hvem den køber ydelser af.

Med venlig hilsen
Gurli Mortensen""")

M("", """Til Økonomiudvalget

Hvorfor er rengøringen på skolerne udliciteret til et vikarbureau, der ikke har overenskomst? Sæt krav om overenskomst i alle udbud.

Venlig hilsen
Peter Schou""")

M("", """Kære borgmester. Strejken på rengøringsområdet har varet to uger nu, og toiletterne på mit barns skole er ulækre. Hvad gør kommunen? Vh Jane""")

M("b", """Til byrådet

Som formand for Ishøj Humanistforening og selv overbevist ateist vil jeg gerne opfordre byrådet til at droppe bønnen ved byrådets konstituerende møde. Et byråd repræsenterer alle borgere, uanset tro.

Med venlig hilsen
Johannes Krogh""")

M("", """Til byrådet

Jeg undrer mig over, at kommunen bruger penge på julegudstjeneste for medarbejderne. Er det en sædvane, der stadig giver mening? Det er et ærligt spørgsmål.

Venlig hilsen
Lisbeth Mølgaard""")

M("b", """Kære Anne-Mette

Jeg er Jehovas Vidne. Min søn er blevet drillet i skolen, fordi han ikke deltager i fødselsdage og jul. Læreren har sagt foran klassen, at "det er synd for ham". Jeg vil gerne have, at skolen respekterer vores tro, og jeg håber, du som formand for udvalget kan tage det op generelt.

Venlig hilsen
Rebekka Holm""")

M("", """Kære Anne-Mette

Jeg vil foreslå, at skolerne laver en fælles politik for, hvordan man håndterer højtider, så børn af alle trosretninger føler sig velkomne. Det ville hjælpe lærerne.

Venlig hilsen
Pia Mørch""")

M("bt", """Kære borgmester

Jeg er sikh, og min familie kom fra Punjab i 1970'erne. Vi ønsker at åbne en lille gurdwara i en tidligere butik i Ishøj Bycenter. Vi har fået at vide, at det kræver en ændring af lokalplanen. Jeg vil høre, om det er noget, byrådet er åbne over for, før vi bruger penge på en arkitekt.

Med venlig hilsen
Harpreet Singh Gill""")

M("", """Kære borgmester

Hvilke regler gælder for at indrette et forsamlingshus eller trossamfund i en butik i bycentret? Er der krav om parkeringspladser?

Med venlig hilsen
Hans Erik Brandt, ejendomsadministrator""")

M("b", """Kære Lars

Jeg er aktiv i Radikale Venstre i Ishøj, og jeg er skuffet over, at ingen af partierne tog debatten om klimaplanen alvorligt på sidste byrådsmøde. Jeg vil gerne invitere dig til vores medlemsmøde den 5. om lokal klimapolitik.

Venlig hilsen
Astrid Bech""")

M("", """Kære Lars

Klimaplanen er alt for uambitiøs. Sæt et mål om CO2-neutralitet i 2035, ligesom København. Hvad venter I på?

Venlig hilsen
Laura Winkel""")

M("b", """hej Mette, jeg har været vegetar i 20 år og veganer i 5 af etiske grunde, og jeg synes det er uacceptabelt at kommunens kantiner ikke har en eneste vegansk ret. mvh Simon Bang""")

M("", """Hej Mette. Vil kommunen indføre en kødfri dag i skolernes madordning? Det har vi diskuteret i forældrerådet, og meningerne er delte. /Nanna""")

M("bu", """Kære byrådsmedlemmer

Jeg er SF'er og tillidsrepræsentant for pædagogerne i BUPL på Børnehuset Kæret. Jeg vil opfordre alle partier til at stemme for minimumsnormeringerne uden at skære på åbningstiderne. Forældrene skal ikke betale for lovkravet.

Med venlig hilsen
Rasmus Eriksen""")

M("", """Kære byrådsmedlemmer

Minimumsnormeringerne er lov. Det er jeres ansvar at finde pengene uden at skære i åbningstiderne.

Med venlig hilsen
Forældrebestyrelsen, Børnehuset Kæret""")

M("hu", """Til Social- og Seniorudvalget

Jeg har arbejdet som sygeplejerske på Ishøj Plejecenter i 14 år og er medlem af DSR. Jeg er nu sygemeldt med en depression, som min læge mener skyldes det pres, vi har været under siden omstruktureringen. Jeg skriver, fordi jeg ikke er den eneste. Udvalget bør få en arbejdsmiljøredegørelse.

Venlig hilsen
Lone Kierkegaard""")

M("", """Til Social- og Seniorudvalget

Sygeplejerskerne på Ishøj Plejecenter løber stærkt. DSR Kreds Hovedstaden har bedt om et møde med udvalgsformanden om arbejdsmiljøet. Kan det komme i stand i december?

Venlig hilsen
DSR Kreds Hovedstaden, konsulent""")

M("u", """Hej Jens, jeg er ikke længere medlem af Krifa, har skiftet til HK i sommer fordi Krifa ikke ville hjælpe mig med min opsigelsessag. bare så du ved det hvis du vil bruge min historie i debatten om den gule fagbevægelse. mvh Anja""")

M("", """Hej Jens. Hvad synes du om at kommunen kun samarbejder med de røde fagforeninger og ikke med Krifa og Det Faglige Hus? Er det ikke diskrimination? Mvh Poul Henning""")

M("be", """Kære borgmester

Jeg er buddhist og har mediteret i over 10 år. Efter min skilsmisse har jeg ikke råd til en stor lejlighed, men jeg vil gerne spørge, om kommunen har lokaler, hvor en lille meditationsgruppe kan mødes gratis en aften om ugen. Vi er 6-8 personer.

Med venlig hilsen
Morten Lindberg""")

M("", """Kære Kultur- og Fritidsudvalg

Hvilke foreninger kan låne lokaler gratis på skolerne om aftenen? Kræver det, at man er en godkendt folkeoplysende forening?

Venlig hilsen
Yogaforeningen Balance""")

M("b", """Kære Ahmad Rashid

Du skrev i dit svar til mig:

> Jeg forstår godt din bekymring, men moskéen på Industrivej har alle tilladelser.

Jeg er ikke imod moskéer. Jeg er selv katolik og ved, hvordan det er at være religiøs minoritet i Danmark. Men jeg synes, der skal være mere åbenhed om, hvem der finansierer byggeriet.

Med venlig hilsen
Teresa Kowalczyk""")

M("", """Kære Ahmad Rashid

Er det rigtigt, at moskéen på Industrivej er finansieret af en udenlandsk fond? Kan kommunen oplyse det?

Med venlig hilsen
Svend Aage Buus""")

M("u", """Til borgmesteren

Vi er 12 chauffører på busruten 128, alle medlem af 3F, og vi er meget bekymrede for det nye udbud, hvor kommunen har sat pris over løn. Vi vil gerne mødes med dig og forklare, hvad det betyder for vores arbejdstid.

Med venlig hilsen
På vegne af chaufførerne
Carsten Lykke""")

M("", """Til borgmesteren

Bus 128 kører for sjældent om aftenen. Jeg kan ikke komme hjem fra mit job på Hvidovre Hospital efter kl. 22.

Venlig hilsen
Gitte Sørensen""")

M("bs", """Hej Hanne

Jeg er præst i folkekirken og lever sammen med min mand, Thomas. Vi blev viet i 2017. Jeg skriver, fordi der i debatten om ungdomsklubben er nogle, der siger, at "kirken er imod homoseksuelle". Det passer ikke for mit vedkommende, og jeg vil gerne stille op til en samtale på klubben, hvis I ønsker det.

Med venlig hilsen
Peter Lauesen, sognepræst""")

M("", """Hej Hanne. Mødestedet for LGBT+ unge er en god idé. Jeg håber, I finder pengene. Mvh Karina""")

M("u", """Kære byrådet

Jeg har været medlem af Lærerforeningen i 35 år og er nu pensioneret lærer. Jeg vil opfordre jer til at huske, at lockouten i 2013 stadig sidder i mange lærere. Lyt til lærerne, før I laver en ny skolereform.

Med venlig hilsen
Grethe Winther""")

M("", """Kære byrådet

Lockouten i 2013 ødelagde tilliden mellem lærere og kommuner. Ishøj har en chance for at gøre det bedre med en lokal aftale.

Med venlig hilsen
Ishøj Lærerforening, kredsstyrelsen""")

M("be", """Kære byrådsmedlem

Jeg er medlem af Dansk Folkeparti og var kandidat ved sidste valg. Jeg skriver ikke som politiker, men som privatperson: Min virksomhed gik konkurs i foråret, og jeg har søgt kontanthjælp, men får at vide, at jeg skal sælge min bil først. Jeg synes, reglerne rammer selvstændige hårdt.

Med venlig hilsen
Niels-Erik Bonde""")

M("", """Kære byrådsmedlem

Reglerne for kontanthjælp til tidligere selvstændige er alt for stramme. Kommunen bør have en særlig rådgivning til dem.

Med venlig hilsen
Dansk Erhverv, lokalt netværk""")

M("u", """kære Kirsten, jeg er medlem af HK Kommunal og vil bare sige tak fordi du stemte imod at lukke kantinen på rådhuset. den er vigtig for os der arbejder der. hilsen Vibeke""")

M("b", """Til Kultur- og Fritidsudvalget

Jeg er medlem af Mosaisk Trossamfund og har boet i Ishøj i 15 år. Efter de seneste måneders begivenheder har vi fået hærværk på vores postkasse. Jeg vil spørge, om kommunen vil være med til en fælles markering for religiøs tolerance, sammen med kirken og moskéen.

Med venlig hilsen
Daniel Meyer""")

M("", """Til Kultur- og Fritidsudvalget

Et forslag: en årlig dag for religionsdialog i Ishøj, hvor kirke, moské og andre trossamfund åbner dørene. Kunne det være et kommunalt initiativ?

Venlig hilsen
Dialogforum Ishøj""")

M("bt", """Kære Mette

Jeg er kurdisk alevit, og jeg vil gerne sige, at ikke alle fra Tyrkiet går i moskéen på Industrivej. Vi har vores egen cemevi i Albertslund. Når kommunen taler om "den muslimske forening", så tænk på, at vi er mange forskellige.

Mvh Deniz Yıldız""")

M("u", """Kære borgmester

Jeg er TR for Dansk Sygeplejeråd i hjemmesygeplejen. Vi har nu tre ubesatte nattevagter, og vores medlemmer tager dobbeltvagter. Det er ikke holdbart. Jeg beder om et møde.

Med venlig hilsen
Marianne Lauritsen""")

M("h", """Kære borgmester

Er det rigtigt, at hjemmesygeplejen mangler nattevagter? Min nabo har ventet på sin insulin i to timer en aften. Hvad gør kommunen?

Med venlig hilsen
Ingrid Kaae""")

M("ub", """Til byrådet

Jeg er Enhedslisten-medlem og aktiv i 3F Vestegnen, og jeg var med til at samle underskrifter mod privatiseringen af affaldsindsamlingen. Vi har nu 1.200 underskrifter, som vi gerne vil aflevere til borgmesteren inden mødet den 26.

Med venlig hilsen
Kenneth Holm""")

M("", """Til byrådet

Affaldsindsamlingen fungerer fint i dag. Hvorfor ændre det? Jeg har ikke tillid til, at et privat firma kan gøre det bedre.

Venlig hilsen
Grete Christiansen""")

M("b", """Hej Ahmad. jeg stemte på dig sidst men det gør jeg ikke igen efter du støttede nedlæggelsen af Ishøj Bibliotek filial. /Martin""")

M("", """Hej Ahmad. Bibliotekets filial i Vejleåparken er vigtig. Luk den ikke. /Martin fra blok 2""")

M("bh", """Kære borgmester

Jeg er muslim og faster i ramadanen. Jeg er også diabetiker, og min læge har sagt, at jeg ikke skal faste, men jeg vil gerne. Jeg skriver, fordi jeg gerne vil have, at kommunens sundhedshus laver information på arabisk og tyrkisk om faste og diabetes. Jeg er sikkert ikke den eneste.

Med venlig hilsen
Mustafa Ergin""")

M("", """Kære borgmester

Sundhedshuset bør lave informationsmateriale på flere sprog om diabetes. Mange borgere har ikke dansk som førstesprog.

Med venlig hilsen
Diabetesforeningen, Ishøj-kredsen""")

M("u", """Til Børne- og Skoleudvalget

Vi er fire pædagoger i SFO Strandgården, alle BUPL-medlemmer, og vi har fået varslet en ny vagtplan, der betyder, at vi skal arbejde hver anden lørdag til arrangementer. Det står ikke i vores overenskomst. Vi har bedt vores fællestillidsrepræsentant tage det op, men vi vil også gerne have, at udvalget kender sagen.

Med venlig hilsen
Louise, Maja, Ahmed og Tobias""")

M("be", """Kære Lars

Jeg er pacifist og har nægtet militærtjeneste, og jeg synes ikke kommunen skal have et forsvarsarrangement i Ishøj Bypark med kampvogne til børn. Det er ikke en skole-fest. Jeg har i øvrigt lige været arbejdsløs i et halvt år og kan godt bruge de penge, det koster, på noget andet - og det kan kommunen også.

Mvh Sebastian Kold""")

M("", """Kære Lars

Forsvarsdagen i Ishøj Bypark er en god idé. Det er vigtigt at børn kender vores forsvar. Tak for initiativet.

Mvh Bjørn Vestergaard""")

M("ue", """Til Kirsten Holt

Jeg er medlem af Socialpædagogerne og arbejder på et bosted. Jeg har haft gæld til SKAT efter en fejl i min forskudsopgørelse og har lønindeholdelse på 3.000 kr. om måneden. Jeg nævner det, fordi I i budgettet foreslår at droppe gældsrådgivningen i Borgerservice. Den hjalp mig mere end nogen anden.

Mvh Pia Frandsen""")

M("", """Til Kirsten Holt

Gældsrådgivningen i Borgerservice bør ikke lukkes. Det er en lille udgift med stor effekt. Jeg har set tallene fra Den Sociale Retshjælp.

Venlig hilsen
Kaj Bundgaard""")
