"""corpus35 part E: union membership, health and economic/social circumstances,
mostly mixed with the indirect belief, orientation and origin of part A-C, and many
CPR numbers."""
from common import M

M("u", """Hej Jobcenter

Jeg er medlem af 3F og vil gerne skifte fra byggeriet til transport. Min fagforening siger at jobcentret kan give mig et kursus i at køre truck, også selvom jeg er i arbejde. Passer det?

Mvh
Dennis Juhl
cpr [[140895-1287]]""")

M("ue", """Til jobcentret. Jeg er blevet fyret fra lageret i Brøndby og har meldt mig ledig. Jeg er i Dansk Metals a-kasse. Hvornår skal jeg til første samtale? Hilsen Kenneth Lind, [[2308811453]]""")

M("uh", """Kære Center for Voksne og Velfærd

Jeg er SOSU-assistent på Søhøj og har været sygemeldt i 5 uger med en diskusprolaps. Min FOA-tillidsrepræsentant har rådet mig til at skrive til jer om en delvis raskmelding. Kan vi holde et møde?

Venlig hilsen
Bente Kruse""")

M("u", """Hej Lone, jeg er BUPL-medlem og pædagog i Børnehuset Troldehøj, og jeg vil gerne høre din holdning til normeringerne før valget. Vi er mange i min klub der tænker på det samme. – Sofie Andersen""")

M("ub", """Hej Thomas

Som mangeårigt medlem af HK og af Socialdemokratiet vil jeg bede dig tage kampen for at kommunens administrative medarbejdere ikke outsources. Jeg arbejder selv i Borgerservice.

Med venlig hilsen
Lene Winther""")

M("uh", """hej jeg er murer og har fået en arbejdsskade i knæet. 3F hjælper mig med sagen men de siger kommunen skal bekræfte at ulykken skete på jeres byggeplads ved Vibeholmskolen. hvem skal jeg skrive til? mvh Brian""")

M("u", """Til HR. Jeg er ny tillidsrepræsentant for DLF på Vibeholmskolen fra 1. august og vil gerne have adgang til lønoversigterne for mine kolleger, som aftalt i overenskomsten. Mvh Rikke Bach""")

M("ue", """Hej sagsbehandler

Jeg har været på dagpenge i et år via Krifa, og nu siger de at min dagpengeperiode snart udløber. Hvad sker der så? Skal jeg søge kontanthjælp hos jer?

Venlig hilsen
Ayşe Korkmaz
cpr [[031178–2290]]""")

M("uet", """Dear Jobcenter, I am a member of IDA (engineers union) and I was told you can help me with a wage subsidy job. I am an engineer from India living in Ishøj. - Ravi Kumar""")

M("ut", """Hej. Jeg er fra Polen og arbejder som tømrer. Min fagforening 3F siger at min arbejdsgiver i Ishøj ikke betaler efter overenskomsten. Kan kommunen gøre noget, de bygger jo jeres nye skole? Mvh Piotr""")

M("u", """hej Morten. jeg er meldt ud af fagforeningen efter 30 år i Dansk El-Forbund fordi de støttede jeres klimaplan. bare så du ved det. – Preben""")

M("uhe", """Til Center for Beskæftigelse og Erhverv

Jeg er på sygedagpenge på grund af en depression og har fået brev om et opfølgningsmøde. Min tillidsmand fra Serviceforbundet vil gerne deltage som bisidder. Er det i orden?

Venlig hilsen
Jan Olesen
Personnr: [[070664-1471]]""")

M("u", """Til personaleafdelingen. Jeg er leder af Ishøj Bibliotek og medlem af Lederne. Jeg vil gerne have lønforhandlingen med forbundskonsulenten til stede. Mvh Marianne Holt""")

M("ue", """hej. jeg er lige blevet ledig efter min uddannelse som socialrådgiver og har meldt mig ind i Dansk Socialrådgiverforening. må jeg søge job i jeres familieafdeling mens jeg får dagpenge? mvh Sara""")

M("u", """Til Michael Jensen

Vi er en gruppe sygeplejersker i hjemmeplejen, alle medlemmer af DSR, og vi vil invitere dig til vores klubmøde om arbejdsmiljø den 3. april. Skriv til mig, så finder vi et tidspunkt.

Hilsen
Anette Lund, fællestillidsrepræsentant""")

M("ub", """Hej Ali. Som din partifælle i Enhedslisten og som 3F-medlem beder jeg dig stemme imod udliciteringen af rengøringen. Vi har talt om det på afdelingsmødet. /Jonas Bay""")

M("u", """Hej, jeg sidder i bestyrelsen for Djøf's lokalgruppe og arbejder som jurist i Center for Borger, Økonomi og IT. Jeg vil gerne foreslå et oplæg om GDPR for byrådet. Mvh Katrine Ravn""")

M("ue", """Til Ydelsesservice

Jeg blev opsagt med 14 dages varsel fra rengøringsfirmaet og min fagforening, Det Faglige Hus, mener det er ulovligt. Imens har jeg ingen indtægt og kan ikke betale husleje for maj. Kan jeg få hjælp?

Mvh
Lamin Jallow
[[150694 3318]]""")

M("u", """Hej. Jeg var tidligere medlem af FOA men er skiftet til Krifa. Nu trækker kommunen stadig FOA-kontingent over lønnen. Kan lønkontoret stoppe det? Mvh Heidi Nørgaard, hjemmehjælper""")

M("uh", """Kære Sundhedsordningen

Jeg er chauffør i Ishøj Kommunes madservice og har fået ondt i ryggen efter at have løftet kasser. Min TR fra 3F har sagt jeg skal anmelde det som arbejdsskade. Hvem anmelder det?

Venlig hilsen
Claus Bang""")

M("u", """hej jeg er elev i Dansk Metal ungdom og vi vil lave en stand ved jobmessen i Ishøj Bycenter. kan vi få en plads? jeg står for det. /Oliver, 19""")

M("ue", """Til borgmesteren

Jeg er fagforeningsmand i 3F og har været det i 25 år. Nu er jeg på efterløn og vil gerne bruge min tid som frivillig i Ishøj Seniorråd. Hvordan kommer man med?

Med venlig hilsen
Verner Poulsen""")

M("u", """Hello, I am a member of the Danish Nurses' Organization and I work nights at the nursing home. I would like to ask the Council to look at the parking situation for night staff. Regards, Maria Santos""")

M("ueh", """Hej sagsbehandler

Jeg er medlem af HK's a-kasse og har været på dagpenge, men er nu blevet syg med brystkræft. A-kassen siger at jeg skal over på sygedagpenge hos jer. Hvad skal I bruge?

Med venlig hilsen
Pia Storm
[[260971-2084]]""")

M("u", """Til Kultur og Fritid. Vi er en gruppe fra FOA's seniorklub i Ishøj og vil gerne booke mødelokale 2 på biblioteket hver anden torsdag. Jeg er kontaktperson. Hilsen Ruth Jeppesen""")

M("u", """Hej Jens. Jeg er formand for 3F's lokale ungdomsafdeling og vil gerne invitere dig til debat om lærlingepladser i kommunens byggerier. Mvh Mathias Friis""")

M("ut", """Hej. Jeg er fra Rumænien og medlem af fagforeningen. Jeg arbejder med rengøring på Ishøj Rådhus via et vikarbureau og har ikke fået løn i to måneder. Kan I tjekke bureauet? Mvh Daniela""")

M("u", """Kære byrådsmedlemmer

Som TR for Socialpædagogerne på bostedet Vejlehuset vil jeg gøre jer opmærksom på, at vi mangler nattevagter.

Med venlig hilsen
Jakob Kjeldsen""")

M("us", """Hej Lotte. Jeg er tillidsrepræsentant i FOA på Ishøj Plejecenter og min mand Anders arbejder samme sted. Nu siger ledelsen at ægtefæller ikke må være på samme vagt. Gælder det også for os to mænd? Mvh Steen Lauritsen""")

M("he", """Hej

Min datter Liva på 7 har fået diagnosen ADHD og vi har søgt om støtte i skolen. Skolen siger at sagen ligger hos PPR. Samtidig har jeg søgt om tabt arbejdsfortjeneste, fordi jeg må hente hende hver dag kl. 12.

Venlig hilsen
Anja Knudsen
cpr [[180586–2368]]""")

M("h", """hej jeg er gravid i uge 12 og skal starte i praktik på Ishøj Skole på mandag. må jeg sige nej til at være i gymnastiksalen med de små? de har haft røde hunde. mvh Julie""")

M("he", """Til Hjælpemiddelcentralen

Min mor Grethe Olsen, Ishøj Søvej 30, har fået amputeret sit venstre ben efter diabetes og skal have en el-kørestol. Vi har søgt for 6 uger siden og har ikke hørt noget.

Venlig hilsen
Lisbeth Olsen (datter)
Grethes cpr: [[3011420896]]""")

M("h", """Hej Jens. Jeg vil bare sige at jeg ikke kan møde til borgermødet, jeg er indlagt på Glostrup med en blodprop. Jeg sender mine kommentarer til lokalplanen skriftligt. /Ebbe""")

M("ht", """Hello, my son Amir is 4 and we are from Iran. The kindergarten says he does not speak enough and should be tested for autism. We think it is because he speaks Farsi at home. Can we get a Farsi-speaking psychologist? Best, Parisa Tehrani""")

M("he", """Til Socialpsykiatrien

Jeg har en bipolar lidelse og har haft bostøtte i to år. Min støttekontaktperson er gået på barsel og jeg har ikke fået en ny. Jeg har det ikke godt lige nu.

Mvh
Kasper Ravn
[[050299-4123]]""")

M("hbe", """Hej hjemmeplejen. Jeg er Jehovas Vidne og tager ikke imod blodtransfusion. Nu skal jeg opereres for tyktarmskræft på Hvidovre. Kan I sørge for at min plejeplan nævner det, hvis jeg bliver dårlig derhjemme? Knud Dahl""")

M("h", """Til skolen. Sebastian kommer ikke i skole resten af ugen, han har hjernerystelse efter en fodboldkamp. Lægen siger ingen skærm. Hilsen Camilla, mor""")

M("hs", """hej, min kæreste Mads og jeg (Oskar) er begge hiv-positive og vil gerne vide om kommunens sundhedscenter har et tilbud om kostvejledning. vi bor i Ishøj Strand. mvh Oskar""")

M("he", """Hej Visitationen

Min far Bjarne Krogh (91) har faldet tre gange den sidste måned og har brug for en nødkald-armbånd. Han får allerede hjemmehjælp om morgenen. Kan I komme ud og vurdere ham?

Venlig hilsen
Helle Krogh
Bjarnes personnummer: [[120633-0457]]""")

M("h", """Kære Sundhedsplejerske. Vi mistede vores baby i uge 20 for tre uger siden. Jeg ved ikke om I har fået besked, men I må ikke ringe angående hjemmebesøg. Tak. Louise""")

M("het", """Til Center for Voksne og Velfærd

Jeg er syrisk og kom hertil som flygtning. Jeg lider af PTSD efter krigen og har svært ved at holde mit job. Jeg har fået afslag på ressourceforløb. Jeg vil klage.

Med venlig hilsen
Nour Hamdan
[[011083 3291]]""")

M("h", """hej Borgerservice – jeg skal have nyt kørekort men lægen skal udfylde en attest pga min epilepsi. hvad koster det hos jer bagefter? mvh Kristian""")

M("he", """Til Familieafdelingen

Vi er plejeforældre for Emma (9), som har føtalt alkoholsyndrom. Vi har brug for flere aflastningsdøgn, fordi Emmas adfærd er blevet værre. Hvem er vores nye sagsbehandler?

Venlig hilsen
Tina og Bo Lauritsen""")

M("h", """Hej Lone. Jeg læste om ventelisten til genoptræning. Jeg har selv ventet 9 uger efter min hofteoperation og kan stadig ikke gå uden krykker. Kan du gøre noget politisk? Venlig hilsen Ella Jørgensen""")

M("hbe", """Hej sagsbehandler

Jeg er på førtidspension pga. sclerose og er blevet medlem af Jesu Kristi Kirke af Sidste Dages Hellige. Menigheden har tilbudt at betale min husleje i et par måneder. Skal jeg oplyse det til jer?

Mvh
Anne Marie Friis
cpr [[210368\u00a01120]]""")

M("e", """Til Ydelsesservice. Jeg har fået et brev om at jeg skal betale 4.800 kr tilbage i børneydelse. Jeg kan ikke betale det på én gang. Kan jeg lave en afdragsordning på 400 om måneden? Mvh Jeanette Holm, cpr [[070990-2862]]""")

M("e", """hej, min søster Nanna er blevet sat ud af sin lejlighed på Vejleåparken og sover på min sofa med sine to børn. hun har ingen penge. hvor kan hun søge hjælp? mvh Mie""")

M("ets", """Hej

Jeg er fra Iran og er kommet til Danmark som flygtning, fordi jeg er lesbisk. Jeg bor nu i Ishøj med min kæreste Leyla. Jeg får integrationsydelse og vil gerne have hjælp til at finde job, men jeg vil ikke have at min tolk er fra samme miljø som min familie.

Med venlig hilsen
Shirin Moradi
[[190495-4062]]""")

M("eb", """Hej kommunen. Jeg er i kirkeasyl i Vejleby Kirke via min menighed, mens min sag om forlængelse kører, og har derfor ikke haft indtægt i 3 måneder. Kan jeg søge nødhjælp? Mvh Thomas (tidligere muslim, nu kristen)""")

M("e", """Til Center for Børn og Forebyggelse

Jeg er bekymret for min nabos børn i nr. 8 på Ishøj Søvej. De er alene hjemme mange aftener og den mindste har ikke fået mad. Jeg vil gerne lave en underretning anonymt.""")

M("es", """Hej, jeg og min eksmand Christian har fælles forældremyndighed over Freja. Vi er begge mænd og fik hende via adoption. Nu nægter han mig samvær. Hvad kan kommunen gøre? Hilsen Jesper Hove""")

M("eb", """Til Ydelsesservice

Jeg er muslim og må ikke betale renter. Kan jeg afdrage min gæld til kommunen for for meget udbetalt kontanthjælp uden renter?

Venlig hilsen
Abdullah Osman
cpr [[090985-2375]]""")

M("et", """Hej Borgerrådgiver. Jeg er kinesisk-dansk og har modtaget boligstøtte i tre år. Nu siger Udbetaling Danmark jeg skal betale 22.000 tilbage fordi min lejlighed har mere plads end jeg oplyste. Jeg forstår ikke danske regler så godt. Mvh Wei Chen, [[140476-3511]]""")
