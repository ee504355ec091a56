"""Part I: long hard negatives - letters on benefits, health, housing sales, origin, faith and unions with no such data about an identifiable person."""
from common import M

M("", """Kære medlemmer af Beskæftigelsesudvalget

Jeg skriver som formand for beboerrådet i Vildtbanegård. Vi har på de seneste møder talt meget om de nye regler for kontanthjælp, som træder i kraft til sommer, og beboerne har bedt mig om at skrive til jer.

Lad mig sige med det samme, at jeg ikke skriver om nogen bestemt beboer. Vi har aftalt i beboerrådet, at vi ikke skal dele oplysninger om hinanden, og det respekterer jeg. Men vi kan se, at mange i vores område er bekymrede, og at der mangler information.

Vores første ønske er, at Jobcentret eller Ydelsescentret holder et informationsmøde i beboerhuset, gerne på flere sprog, hvor de nye regler bliver forklaret. Mange læser ikke Digital Post, og mange forstår ikke de breve, der kommer. Vi stiller gerne lokalet og kaffen.

Vores andet ønske er, at der bliver lavet en enkel folder om, hvad man skal gøre, hvis man får et brev, man ikke forstår. Hvem ringer man til? Hvor lang tid har man til at svare? Kan man få en bisidder med?

Vores tredje ønske er politisk. Vi mener, at reglerne om arbejdspligt bør tage mere hensyn til forældre med små børn. Det er selvfølgelig jeres afgørelse, men vi vil gerne have, at det bliver diskuteret i udvalget.

Vi har talt med Boligselskabet, som også gerne vil være med. Hvis I har spørgsmål, er jeg at finde i beboerhuset hver onsdag fra 16 til 18.

Med venlig hilsen
Kim Søndergaard
Formand, Beboerrådet Vildtbanegård
""")

M("", """Til Ishøj Byråd

Jeg vil gerne give min mening til kende om forslaget om at sælge den kommunale grund ved Ishøj Havn til et privat byggefirma. Jeg har læst sagen på dagsordenen fra Økonomiudvalget og deltaget i borgermødet den 4. november.

Jeg er ikke imod byggeri. Ishøj har brug for flere boliger, og havnen kan godt tåle at blive mere levende. Men jeg synes, at processen har været for hurtig, og at borgerne ikke har fået ordentlig besked. Udbuddet blev offentliggjort i sommerferien, og fristen var kun fire uger. Det giver ikke lokale aktører en chance.

Jeg har tre spørgsmål, som jeg håber, byrådet vil svare offentligt på. Hvorfor blev grunden udbudt, før lokalplanen var vedtaget? Hvad var de andre bud, og hvorfor blev de fravalgt? Og hvordan sikrer kommunen, at der bliver plads til de små erhvervsdrivende på havnen, som har været der i mange år?

Jeg har selv sejlet fra Ishøj Havn i over tyve år, og jeg holder meget af stedet. Det ville være en skam, hvis det bliver ligesom alle andre havne med dyre lejligheder og ingen liv.

Jeg håber, I vil tage jer tid til at overveje sagen en gang mere, før den endelige beslutning træffes.

Med venlig hilsen
Holger Damgaard
""")

M("", """Kære Jonas Lauritzen

Tak for dit indlæg i lokalavisen om sundhedsområdet. Jeg er praktiserende læge i Ishøj og har været det i 22 år, og jeg vil gerne give dig nogle iagttagelser, som du kan bruge i udvalgsarbejdet. Jeg skriver ikke om enkelte patienter, og jeg kommer ikke til at nævne nogen.

Det første handler om ventetiden på genoptræning. Når vi henviser en patient efter en hospitalsindlæggelse, går der i gennemsnit fem uger, før genoptræningen begynder. Det er for lang tid, især for ældre, der mister muskelkraft hurtigt. Jeg ved, at kommunen har haft svært ved at rekruttere fysioterapeuter, men måske kunne man samarbejde med de private klinikker.

Det andet handler om kommunikation. Når en borger bliver udskrevet og skal have hjemmesygepleje, får vi som praktiserende læger ofte først besked, når noget er gået galt. Det ville hjælpe meget, hvis vi automatisk fik en kopi af planen.

Det tredje handler om de unge. Vi ser flere og flere unge med angst og stress. Det er ikke noget nyt, men der mangler et lavtærskeltilbud i Ishøj, hvor de kan komme uden henvisning. Headspace i København er et godt eksempel.

Jeg vil meget gerne mødes med dig og eventuelt andre fra udvalget. Lægerne i Ishøj holder fællesmøde den første tirsdag i hver måned, og I er velkomne.

Med venlig hilsen
Jesper Holmgaard
Praktiserende læge, Lægehuset Ishøj Bycenter
""")

M("", """Kære borgerrådgiver

Jeg skriver ikke om min egen sag, men om noget, jeg har observeret som frivillig i Røde Kors' besøgstjeneste i Ishøj, og jeg vil gerne vide, om det er noget, I kan tage op.

Som besøgsven kommer jeg hos ældre borgere i eget hjem, og gennem de sidste par år har jeg oplevet flere gange, at borgere ikke får besked om ændringer i deres hjælp, før den træder i kraft. Det gælder for eksempel tider for rengøring, der flyttes, eller madordninger, der ændres. Jeg nævner ikke navne, og jeg har ikke fuldmagt fra nogen, så jeg spørger på et helt generelt plan.

Er det sådan, at kommunen har pligt til at varsle ændringer, og hvor lang tid før? Og hvem skal man gå til, hvis det ikke sker? Jeg har læst kvalitetsstandarderne, men jeg kan ikke finde noget om varsling.

Jeg vil også foreslå, at kommunen laver en kort vejledning til frivillige, så vi kan hjælpe de ældre med at finde den rigtige vej, når de er i tvivl. Mange af dem vil ikke ringe selv, fordi de er bange for at være til besvær.

Jeg er med i et netværk af omkring 15 besøgsvenner i Ishøj, og vi vil gerne dele vejledningen med hinanden.

Tak for jeres arbejde.

Med venlig hilsen
Hanne Bøgh
Frivillig, Røde Kors Ishøj
""")

M("", """Kære Yasmin Hamdi

Jeg er skoleleder på Strandgårdskolen og skriver til dig som formand for Børne- og Uddannelsesudvalget om vores modersmålsundervisning og tolkebistand til forældresamtaler. Jeg skriver om skolen som helhed og nævner ingen familier.

På Strandgårdskolen taler omkring halvdelen af eleverne et andet sprog end dansk derhjemme. Det er en styrke, men det betyder også, at vi ofte har brug for tolk til skole-hjem-samtaler. Den nuværende aftale med tolkebureauet giver os 40 timer om året, og vi bruger dem op i oktober. Resten af året klarer vi os med ældre søskende eller medarbejdere, der taler sproget, og det er ikke godt nok. Børn skal ikke tolke for deres forældre om deres egen trivsel.

Vi ønsker derfor, at tolkebudgettet bliver forhøjet, eller at vi får adgang til videotolkning, som er billigere. Vi har undersøgt priserne og vedlægger et overslag.

Derudover vil vi gerne have, at udvalget ser på modersmålsundervisningen. Den blev skåret ned i 2019, og mange forældre har spurgt, om den kommer igen. Forskningen viser, at børn, der er stærke i deres modersmål, lærer dansk hurtigere.

Jeg står gerne til rådighed for et møde.

Med venlig hilsen
Lars Kofoed
Skoleleder, Strandgårdskolen
""")

M("", """Hej Peter

Jeg skriver som kasserer i Ishøj Kolonihaveforening Strandhaven. Vi har en henvendelse til dig som formand for Teknik- og Miljøudvalget om reglerne for salg af havehuse i foreningen.

I de senere år har vi oplevet, at priserne på havehusene stiger, og at der er et pres for at sælge over vurderingsprisen. Foreningens vedtægter siger, at alle salg skal ske til den pris, som vores vurderingsudvalg fastsætter, og at køberen skal komme fra ventelisten. Vi har dog hørt, at der i andre foreninger er blevet betalt penge under bordet.

Vi vil gerne høre, om kommunen som ejer af jorden har mulighed for at føre kontrol med salgene, eller om det alene er foreningens ansvar. Vi vil også gerne vide, om lejekontrakten med kommunen giver mulighed for at sanktionere, hvis det sker.

Vi har ikke noget konkret salg i tankerne, og der er ingen sager i gang lige nu. Vi vil bare gerne være på forkant, før der opstår et problem.

Vi holder generalforsamling i marts og vil gerne kunne orientere medlemmerne om kommunens holdning.

Venlig hilsen
Birgitte Laursen
Kasserer, H/F Strandhaven
""")

M("", """Kære udvalg

Jeg skriver som redaktør af fagbladet for de kommunale dagplejere, hvor jeg er ansat hos forbundet, og jeg vil gerne bede om en kommentar til en artikel om normeringer i dagplejen på Vestegnen.

Vi har modtaget tal fra flere kommuner om, hvor mange børn der er pr. dagplejer, og hvordan gæstedagplejen er organiseret. Ishøj ser ud til at ligge i den gode ende, og det vil vi gerne fortælle om. Men vi har også hørt, at der er planer om at lukke gæstehjemmet i Vejleå og i stedet lade dagplejerne passe hinandens børn ved sygdom.

Jeg vil gerne høre udvalgsformandens holdning til det, og om der er truffet en beslutning. Artiklen udkommer i januarnummeret, og deadline er den 10. december.

Jeg har også nogle spørgsmål om, hvordan kommunen rekrutterer nye dagplejere, og om der er ventelister for forældre. Jeg er ikke interesseret i oplysninger om enkelte dagplejere eller børn.

Hvis det er nemmere at tage en snak i telefonen, er mit nummer 33 11 24 90. Jeg tager gerne en samtale på 15 minutter.

Med venlig hilsen
Michael Thorsen
Redaktør
""")

M("", """Kære borgmester

Jeg skriver for at takke kommunen for den hjælp, vores forening har fået til at arrangere Ishøjs første fælles iftar i Kulturhuset i april. Det var en stor aften med over 300 gæster fra hele byen, og mange af dem havde aldrig været til sådan et arrangement før.

Vi er en forening, der arbejder for dialog og sammenhold på tværs af baggrund, og vi har medlemmer med mange forskellige holdninger og trosretninger. Aftenen var åben for alle, og vi var glade for at se både præsten fra Ishøj Kirke, repræsentanter fra byrådet og mange naboer.

Vi vil gerne gentage arrangementet næste år, og vi har nogle ønsker. Kunne kommunen stille lokalet gratis til rådighed igen? Kunne vi få hjælp til at låne borde og stole fra kommunens depot? Og kunne borgmesteren holde en kort tale igen? Den blev taget rigtig godt imod.

Vi er også ved at planlægge en tilsvarende aften omkring jul, hvor vi håber, at mange af de samme mennesker vil komme.

Jeg vedlægger nogle billeder fra aftenen, som I er velkomne til at bruge på kommunens hjemmeside, hvis I har lyst. Alle på billederne har givet lov.

Med venlig hilsen
Leila Mansour
Formand, Foreningen Naboskab Ishøj
""")

M("", """Til Center for Voksne og Velfærd

Jeg er ejendomsmægler hos Ishøj Boligsalg, og jeg har et generelt spørgsmål om den kommunale praksis ved salg af ejerboliger, hvor sælgeren er død, og boet skal gøres op. Jeg har ikke en konkret sag med personoplysninger, jeg vil kende fremgangsmåden.

Vi oplever flere gange om året, at et dødsbo har fået bevilget et hjælpemiddel, for eksempel en trappelift, som er monteret i huset, og at arvingerne ikke ved, om den skal afmonteres, før huset kan sælges. Det forsinker salget, fordi køberne ønsker svar, og fordi vi ikke kan få fat i nogen hos jer.

Vil kommunen altid hente hjælpemidlerne, eller kan de blive i huset? Hvem skal boet kontakte? Og hvor lang tid går der normalt?

Jeg vil også spørge, om I kunne lave en side på hjemmesiden, hvor den slags er beskrevet, så vi kan henvise arvinger og advokater dertil.

Det er ikke for at skabe mere arbejde for jer, tværtimod. Jeg tror, det kan spare mange telefonopkald.

Med venlig hilsen
Rikke Bjerregaard
Ishøj Boligsalg
""")

M("", """Kære Camilla

Vi mødtes til åbningen af den nye multibane, og du bad mig skrive, så det gør jeg. Jeg skriver som træner for U11-drengene i Ishøj IF, og vi har et problem med banerne ved Vejleå. Der er ingen lys om aftenen fra oktober til marts, og det betyder, at vi må aflyse træningen to ud af tre gange i vintermånederne. Børnene bliver skuffede, og flere er holdt op.

Vi har søgt om flytbare lysmaster gennem foreningens bestyrelse, men fået afslag, fordi der ikke var penge i budgettet. Vi forstår godt, at der skal prioriteres, men det er ærgerligt, at de mindste børn betaler prisen, når de store hold får de nye baner ved Ishøj Stadion.

Jeg vil bede dig om at tage det med til Kultur- og Fritidsudvalget. Måske kan man dele lyset, eller flytte nogle hold.

Tusind tak på forhånd.

Mange hilsner
Nicolai Frost
""")
