"""corpus21 part A: schools and elderly care - debate mails to mayor and council."""
from common import M

M("", """Kære borgmester

Jeg skriver, fordi jeg er dybt uenig i forslaget om at lukke Vibeholm Skoles afdeling på Kærbyvej. Vores børn skal ikke sendes tværs over Ishøj Strandvej hver morgen, bare fordi et regneark siger, at der er 40 pladser for mange. Skolestrukturen bør handle om børn og ikke om kvadratmeter.

Jeg håber, at byrådet lytter til forældrene på borgermødet den 14.

Venlig hilsen
Trine Kastrup""")

M("h", """Kære borgmester

Jeg skriver om skolelukningen på Kærbyvej, men også om min egen søn. Mathias er 9 år og har autisme og ADHD, og han har brugt to år på at vænne sig til sin klasse og sine voksne. Et skoleskift vil slå ham tilbage, det ved vi fra sidste gang, hvor han ikke kunne sove i tre uger og fik ondt i maven hver morgen.

Jeg forstår godt, at kommunen skal spare. Men jeg beder jer om at tænke på de børn, for hvem en flytning ikke bare er en ny bus.

Med venlig hilsen
Lene Baggesen
Tangsøparken 31, 2635 Ishøj""")

M("", """hej Jesper, det er sgu for dårligt med de nye skoledistrikter. hvem har fundet på det?? vi stemmer jer ud næste gang. mvh Kim""")

M("", """Til Børne- og Skoleudvalget, att. dagsordensamler

Forældrebestyrelsen på Vejleå Skole ønsker at få følgende sat på udvalgets dagsorden som orientering: Vi har talt 27 elever, der dagligt krydser Gildbrovej uden fodgængerfelt. Vi foreslår et lysreguleret overgangssted og en skolepatrulje.

Vedlagt er vores trafiktælling fra uge 38.

På forældrebestyrelsens vegne
Anders Møller Skov, formand""")

M("e", """Til byrådsmedlem Hanne Friis

Du skrev i Ishøj Avis at "ingen familier bliver ramt af besparelsen på SFO". Det passer ikke. Jeg er alene med to børn, er på kontanthjælp og har indtil nu haft friplads i SFO'en. Med de nye regler mister jeg halvdelen af fripladsen, og det er 640 kr. om måneden, som jeg ikke har.

Jeg vil gerne have, at du ser på det igen.

Hilsen
Pernille A., Strandgårdsparken""")

M("", """Kære Hanne Friis

Tak for dit svar om SFO-taksterne. Jeg er stadig uenig: fripladsreglerne burde følge indkomstgrænserne fra staten, og takststigningen på 11 % er for stor i et år, hvor alt andet også stiger. Jeg håber, I tager det op igen ved budgetforhandlingerne.

Mvh Jonas Brink""")

M("he", """Hej Søren

Jeg hørte dig sige på borgermødet, at ældreplejen i Ishøj er "i top". Min mor på 84 ligger nu på Hvidovre Hospital med en lungebetændelse, som ingen opdagede, fordi hjemmeplejen kun kom 10 minutter om morgenen. Hun har KOL og burde have været tjekket bedre.

Så nej, den er ikke i top.

Gitte Holm""")

M("he", """Kære borgmester

Min far, Poul Erik Damgaard, bor i plejebolig på Torslundehjemmet. Han har Alzheimer og kan ikke længere selv ringe efter hjælp. I weekenderne er der efter min optælling to faste medarbejdere og en vikar til hele afdelingen. I sidste måned faldt han om natten og lå på gulvet i næsten to timer, før nogen fandt ham. Han brækkede håndleddet.

Jeg ved godt, at I ikke kan løse det ene tilfælde fra borgmesterkontoret. Men jeg vil gerne have at vide, hvad byrådet vil gøre ved normeringen om natten.

Med venlig hilsen
Birgitte Damgaard Lund
Bredekærs Vænge 7, 2635 Ishøj
tlf. 23 41 87 90""")

M("", """Til Social- og Seniorudvalget

Ældrerådet har drøftet forslaget om at omlægge madordningen til kølemad leveret to gange om ugen. Rådet anbefaler, at varm mad fortsat tilbydes dagligt, og at udvalget indhenter erfaringer fra nabokommunerne, inden beslutningen træffes. Vi ser gerne, at sagen kommer på dagsordenen i november.

Ishøj Ældreråd
v/ Kirsten Vang, næstformand""")

M("", """Hvorfor skal plejehjemmene have robotstøvsugere til 300.000 kr når der mangler hænder??? Det er en hån mod personalet. Vh Ole""")

M("h", """hej, jeg er selv 71 og har fået ny hofte i foråret og skal bruge rollator nu. jeg kan ikke komme op ad trapperne til aktivitetscentret på Ishøj Bygade når elevatoren er i stykker hver anden uge. det er ikke bare mig, det er mange. vil i se på det? hilsen Ellen Kirk""")

M("", """Kære udvalgsformand

Jeg vil gerne spørge, hvor mange ældre i Ishøj der i dag venter på en plejebolig, og hvad den gennemsnitlige ventetid er. Jeg har set tal fra Danmarks Statistik, men de er fra 2022. Kan tallene komme med i næste kvartalsrapport til udvalget?

Venlig hilsen
Morten Aagaard""")

M("eh", """Til byrådet

Jeg har fået frataget min hjemmehjælp til rengøring fra hver anden uge til hver tredje uge, efter en revisitering, hvor visitator var hos mig i 12 minutter. Jeg er 79, har dårligt hjerte og sukkersyge og kan ikke selv tørre støv af eller gøre badeværelset rent.

Jeg har klaget, men ingen har svaret i seks uger. Derfor skriver jeg nu til jer politikere.

Med venlig hilsen
Aase Winther
Vildtbanevej 14 st. th., 2635 Ishøj""")

M("e", """Kære Lars (byrådsmedlem)

Du kender mig fra håndboldklubben. Jeg ville ikke skrive det her, men vi er ved at blive sat ud af vores lejlighed i Vejleåparken. Vi skylder tre måneders husleje, efter at min mand mistede sit job på lageret i maj. Boligselskabet har sendt sagen til fogedretten. Kan du fortælle mig, hvem i kommunen vi skal tale med?

Hilsen Maria""")

M("", """Til Jesper Holm (byrådsmedlem)

Jeg forstår ikke argumentet om, at "udsættelser er et boligselskabsanliggende". Kommunen har en forpligtelse over for familier med børn, og antallet af udsættelser i Ishøj steg med 18 % sidste år ifølge Ankestyrelsens tal. Hvad vil jeres parti gøre ved det?

Mvh. Rasmus Nygaard, Pile Allé""")

M("h", """Kære borgmester

Jeg er lærer på en af kommunens skoler og har været sygemeldt med stress siden august. Jeg skriver ikke for at klage over min leder, men fordi jeg vil have, at politikerne forstår, hvad inklusionsmodellen gør ved os. Vi har 27 elever i klassen og 5 med særlige behov og ingen ekstra voksne. Jeg var den tredje i mit team, der gik ned.

Jeg ønsker at være anonym, hvis mailen sendes videre.

En lærer""")

M("", """Til borgmesteren

Inklusionsmodellen på skoleområdet virker ikke. Det siger lærerne, det siger forældrene, og det siger sygefraværsstatistikken, som er den højeste i Vestegnen. Sæt flere ressourcer af til specialklasser. 

Med venlig hilsen
Karen Bruun""")

M("u", """Til Børne- og Skoleudvalget

Som tillidsrepræsentant for DLF på Gildbro Skole vil jeg gerne gøre udvalget opmærksom på, at vi nu har fem ubesatte lærerstillinger, og at lærerne har dækket over 400 vikartimer siden sommerferien. Jeg beder om, at udvalget får en status på rekrutteringen.

Med venlig hilsen
Dorthe Rasmussen
TR, Gildbro Skole""")

M("", """Til udvalgsformanden

Hvordan sikrer kommunen, at lærernes arbejdstidsaftale bliver overholdt nu, hvor der er så mange vakante stillinger? Jeg har læst i Folkeskolen, at flere kommuner har lavet lokale aftaler med lærerkredsen. Overvejer Ishøj det samme?

Venlig hilsen
Bent Juhl""")

M("ub", """Kære Mette Kragh

Du svarede på mit indlæg på borgermødet, at "fagforeningerne skal holde sig fra skolepolitik". Jeg er medlem af BUPL og af Enhedslisten, og jeg mener, at de, der arbejder i daginstitutionerne, skal høres, før man skærer i normeringerne. Det er ikke en særinteresse, det er erfaring.

Med venlig hilsen
Sanne Overgaard, pædagog""")

M("", """Hej. Hvornår er budgetmødet om ældreområdet? Jeg kan ikke finde det på hjemmesiden. /Henning""")

M("h", """hej Tina, du kender mig fra aftenskolen. jeg har lige fået at vide at jeg har brystkræft og skal i kemo fra december. jeg skriver fordi min datter skal starte i 0. klasse på Tangsø skole og jeg ikke kan køre hende hver dag, hun er ikke kommet med i skolebussen fordi vi bor 200 m for tæt på. kan du finde ud af hvem jeg skal skrive til? kh Sabrina""")

M("", """Til Teknik- og Miljøudvalget

Skolebusordningen bør ikke følge en stiv afstandsgrænse på 2,5 km. Der bør tages hensyn til trafikken på ruten. Jeg foreslår, at udvalget får en sag om en mere fleksibel ordning.

Venlig hilsen Claus Ebbesen""")

M("", """Kære alle i byrådet

I vedtog i går at spare 4,2 mio. kr. på ældreområdet. I skriver i pressemeddelelsen, at "ingen borgere vil mærke forskel". Det er simpelthen ikke sandt, og det ved I godt. Fire millioner er otte fuldtidsstillinger. 

Hilsen en vred skatteyder, Jørn Kaae""")

M("he", """Kære Jesper

Tak for dit svar. Du skriver:

> Jeg kan desværre ikke gå ind i enkeltsager, men jeg har sendt din mail videre til administrationen.

Det er fint. Men jeg vil bare gerne have, at du forstår, hvad der sker med min mand. Han er 58, fik en blodprop i hjernen i januar og har været på sygedagpenge siden. Nu siger jobcentret, at hans sygedagpenge stopper efter 22 uger, og at han skal i jobafklaring. Han kan ikke engang huske, hvad han har spist til morgenmad.

Med venlig hilsen
Hanne Stidsen""")

M("", """Kære Jesper

Tak for dit svar om sygedagpengereglerne. Jeg er enig med dig i, at revurderingstidspunktet efter 22 uger er for rigidt, men det er jo en statslig regel. Hvad kan en kommune som Ishøj overhovedet gøre selv? Er der lokale muligheder i forlængelsessagerne?

Mvh Ulrik Vestergaard""")

M("e", """Til Social- og Seniorudvalget, att. sekretær

Jeg er pårørende til min bror, Henrik Mose, som bor i et af kommunens bofællesskaber og får ledsageordning 15 timer om måneden. Ordningen blev i sidste uge skåret til 8 timer uden begrundelse. Jeg har fuldmagt fra Henrik og vedlægger den.

Jeg beder om, at sagen sendes videre til rette center.

Venlig hilsen
Dorte Mose
Ishøjgård Allé 22""")

M("", """Hej byrådet. Kan I ikke bare lade være med at lave om på madordningen hele tiden? Min mormor siger at det var bedre før. Mvh Nikolaj 16 år""")

M("h", """Hej Anne-Mette

Jeg er en af de forældre, der var til mødet om lukningen af Solsikken. Min yngste, Ida, er født med en hjertefejl og skal opereres igen i marts. Vi har brugt lang tid på at finde en institution, hvor personalet kender hendes medicin og ved, hvad de skal gøre, hvis hun bliver blå om læberne. Hvis Solsikken lukker, starter vi forfra.

Jeg håber, I vil overveje at beholde den lille institution.

Mvh Rikke Thygesen""")

M("", """Kære Anne-Mette

Hvad er den faglige begrundelse for at samle dagtilbuddene i store enheder? Forskningen fra VIVE peger ikke entydigt på, at store institutioner giver bedre kvalitet. Jeg vil gerne se det notat, som forvaltningen har skrevet til udvalget.

Med venlig hilsen
Lise Fogh Andersen""")

M("e", """Kære borgmester

Jeg er 67 og har boet i Ishøj hele mit liv. Min pension er 12.800 kr. om måneden efter skat, og huslejen er steget til 7.400. Jeg har søgt boligstøtte, men fik afslag, fordi jeg har en lille opsparing på 90.000 fra min afdøde mands livsforsikring. Jeg kan ikke forstå, at man skal bruge hele sin opsparing, før man kan få hjælp.

Venlig hilsen
Inger Lauridsen
Søvangsvej 4""")

M("", """Til borgmesteren

Jeg vil opfordre byrådet til at presse på over for Folketinget for at ændre formuegrænsen for boligstøtte for pensionister. Grænsen er ikke fulgt med prisudviklingen. Mange ældre i vores boligafdeling mener det samme.

Venlig hilsen
Inger-Lise Dahl""")

M("h", """kære byråd
min søn på 15 har fået en diagnose med angst og har ikke været i skole siden påske. PPR siger der er 8 måneders ventetid. 8 måneder!! i mellemtiden sidder han på sit værelse. I skal altså bevillige flere penge til PPR.
mvh en mor fra Vejleåparken, Jeanette""")

M("", """kære byråd, 8 måneders ventetid i PPR er for lang. andre kommuner klarer det på 3. prioriter det. mvh Søren""")

M("", """Kære udvalg

Skolernes nye digitale platform er en katastrofe. Forældreintra var bedre. Beskederne kommer ikke frem, og lærerne bruger tid på at logge ind tre steder. Jeg ved godt, at det er en landsdækkende løsning, men kommunen kunne godt have ventet et år.

Venlig hilsen
Thomas Riis""")

M("hu", """Hej Mette

Jeg arbejder i hjemmeplejen i distrikt Syd og er medlem af FOA. Jeg har fået en diskusprolaps efter at have løftet en borger alene, fordi vi ikke var to på ruten den dag. Det er anmeldt som arbejdsskade. Jeg skriver til dig som politiker, fordi det sker hele tiden, og I skal vide det. Jeg vil gerne være anonym.

SOSU-hjælper, distrikt Syd""")

M("", """Til Mette Kragh

FOA's lokale afdeling har bedt mig videresende vores høringssvar om omlægningen af hjemmeplejens distrikter. Vi anbefaler, at der altid er to medarbejdere ved forflytninger, og at kørselstiden ikke skæres.

Venlig hilsen
Sekretariatet, FOA Vestegnen""")

M("", """Til byrådet

Vi er 140 beboere i Strandgårdsparken, der har skrevet under på, at vores lokale aktivitetscenter ikke skal lukkes. Underskrifterne er vedlagt. Centeret er stedet, hvor de ældre kommer ud af deres lejligheder og ser andre mennesker.

På vegne af beboerforeningen
Leif Haugaard""")

M("eh", """Til borgmesteren

Jeg er pårørende til min mor Karen Nissen, cpr [[120437-1286]], som bor alene på Vibelundsvej. Hun har en begyndende demens og har fået afslag på plejebolig to gange. Hun glemmer at spise og har tabt 8 kg. Hjemmeplejen kommer tre gange om dagen, men det rækker ikke. Jeg har fuldmagt og vil gerne have, at sagen ses på igen.

Venlig hilsen
Mads Nissen""")

M("", """hej. mit barnebarn går på Ishøj Skole og de har ikke haft idræt i 3 uger fordi hallen er lukket. hvornår bliver den lavet? Vh Bodil""")

M("", """Kære Anders

Jeg synes, det er rigtigt godt, at byrådet har sat penge af til gratis frokost på to af skolerne som forsøg. Jeg håber, det bliver gjort permanent. Det er ikke kun børn fra familier med få penge, der kommer sultne i skole.

Hilsen Vibeke Sand""")

M("e", """Hej Anders

Jeg vil bare sige tak for frokostordningen. Vi har ikke meget, siden jeg blev skilt, og min ekskone har ikke betalt børnebidrag siden juni, så det at mine to drenge får et varmt måltid i skolen, betyder mere, end du tror.

Hilsen Kasper""")

M("h", """Til Sundheds- og Forebyggelsesudvalget

Jeg har haft sclerose i 11 år og bruger kørestol. Svømmehallens nye omklædningsrum er lavet uden et eneste handicaptoilet med plads til en kørestol og en hjælper. Jeg har skrevet til hallen, men de henviser til jer. Kan udvalget kigge på det?

Venlig hilsen
Jens-Ole Nørgaard""")

M("", """Til Sundheds- og Forebyggelsesudvalget

Svømmehallen bør have en dag om ugen med varmere vand til genoptræningshold og ældre. Mange kommuner gør det. Kan det komme på dagsordenen?

Mvh Helle Kjær""")

M("", """Kære borgmester

Jeg læste i Ishøj Avis, at skolernes sygefravær blandt lærere ligger på 6,8 procent. Det er bekymrende. Hvilke initiativer har forvaltningen sat i gang? Jeg vil gerne have svar i et åbent brev, så andre forældre også kan læse det.

Venlig hilsen
Camilla Frost""")

M("b", """Kære Hanne

Jeg er medlem af Konservative i Ishøj og var med til at skrive vores forslag om at bevare de små skoler. Jeg er ked af, at det blev stemt ned i udvalget, men jeg vil gerne invitere dig til et møde om, hvordan vi kan finde et kompromis på tværs af partierne.

Mvh Frederik Holst""")

M("", """Kære Hanne

Jeg så forslaget om at bevare de små skoler. Jeg synes, det er et godt forslag, uanset hvem der har stillet det. Tak fordi du stemte for.

Hilsen Lotte""")

M("eu", """Kære byrådsmedlem Kirsten Holt

Jeg blev opsagt fra mit job som køkkenmedarbejder på Torslundehjemmet, da køkkenet blev udliciteret. Jeg er medlem af 3F, og de hjælper mig med sagen, men i mellemtiden er jeg på dagpenge og har svært ved at betale regningerne. Jeg synes, det er forkert, at kommunen lod os gå i stedet for at tage os med over i det nye firma.

Med venlig hilsen
Jytte Abildgaard""")

M("", """Til Kirsten Holt

Udliciteringen af køkkenet på Torslundehjemmet var en fejl. Maden er blevet dårligere, og personalet er ikke længere ansat af kommunen. Tag køkkenet hjem igen.

Venlig hilsen
Per Ulrich""")

M("h", """Hej

Jeg vil bare lige sige til jer i Børneudvalget at min datter er gravid i 7. måned og har fået at vide at hun ikke kan få plads i vuggestue før barnet er 14 mdr. Hun skal tilbage på studiet. Hvad gør hun så?

Venlig hilsen Marianne Skovgaard""")

M("", """Hej Børneudvalget. Hvorfor er der pladsgaranti i loven når der ikke er plads? Bare et spørgsmål. /Sten""")

M("e", """Til borgmesteren

Mit barnebarn, Emil, er anbragt i familiepleje hos os, morfar og mormor, siden han var fire. Nu har kommunen sagt, at plejevederlaget bliver sat ned, fordi "opgaven er blevet mindre". Han har stadig brug for os hver dag. Vi har brugt det meste af vores opsparing på ham. Jeg vil gerne have et møde.

Venlig hilsen
Erik og Lis Frandsen""")

M("", """Kære borgmester

Plejefamilier i hele landet oplever at vederlagene bliver skåret. Jeg opfordrer Ishøj til at følge KL's vejledende takster og ikke gå under dem.

Med venlig hilsen
Plejefamilieforeningen Vestegnen v/ Annette Lykke""")

M("h", """Kære dagsordensamler for Social- og Seniorudvalget

Vedr. punktet om demensvenlig kommune: Jeg vil gerne fortælle min historie, hvis udvalget vil høre den. Jeg fik selv konstateret Alzheimer som 61-årig for to år siden. Jeg kan stadig tale og skrive, men jeg kan mærke, at det går den forkerte vej. Jeg ville ønske, at der havde været en pårørendegruppe for min kone fra starten.

Med venlig hilsen
Knud Agerskov""")

M("", """Kære udvalg

Demenskoordinatoren i Ishøj gør et fantastisk stykke arbejde. Jeg håber, stillingen bliver gjort permanent i budgettet. Hun har hjulpet mange familier i vores boligområde.

Venlig hilsen
Annie Gade""")

M("", """skolen har altså sagt at vi IKKE må hente børnene før kl 14 når der er fridag for lærerne. det er jo vanvittigt. mvh far til 2 i 3.b""")

M("h", """Kære Lars

Jeg har fulgt debatten om lukning af tandplejen på Vejleå Skole. Min datter, Sofie, har en alvorlig tandlægeskræk efter en operation i munden som lille og har brug for at komme et sted, hun kender. Hvis klinikken flytter til rådhuset, ved jeg ikke, om hun overhovedet vil gå med.

Hilsen Tina Hedegaard""")

M("", """Kære Lars

Tandplejen bør ligge tæt på skolerne. Det er nemmere for forældre, og børnene mister mindre undervisning. Jeg er imod centraliseringen.

Hilsen Michael Bach""")

M("eh", """Til Social- og Seniorudvalget

Jeg sidder i venteliste til et handicapvenligt hjem. Jeg er 54, har været på førtidspension siden 2019 pga. en rygskade og bor på tredje sal uden elevator. Jeg har ikke været ude af lejligheden i to måneder. cpr.nr. [[030770 1914]]. Jeg beder om at sagen bliver sendt til boliganvisningen.

Mvh Brian Sandholm
Vejledalen 9, 3. tv.""")
