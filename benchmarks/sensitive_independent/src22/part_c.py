"""Part C: union life at work (membership, TR, a-kasse, strikes, leaving a union) mixed with illness, money and origin; hard negatives about unions and job fairs."""
from common import M

M("u", """
Hej

Jeg er tillidsrepræsentant for pædagogerne i Børnehuset Solsikken og vil gerne have et møde med udvalgsformanden om de nye normeringer. Hvornår har du tid?

Venlig hilsen
Mette Kragh, BUPL-TR
""")

M("", """
Hej

Hvornår er der møde i Børne- og Skoleudvalget, og kan man som borger overvære det?

Venlig hilsen
Mette
""")

M("u", """
hej, jeg har været i 3F i 22 år og nu siger min arbejdsgiver (et vognmandsfirma i Ishøj) at jeg skal melde mig ud for at få fast kontrakt. er det lovligt?
mvh Flemming
""")

M("hu", """
Hej

Jeg arbejder som SOSU-hjælper i hjemmeplejen og har fået en diskusprolaps efter et løft hos en borger. Min FOA-afdeling har anmeldt det som arbejdsskade. Hvornår hører jeg fra jer om en omplacering?

Venlig hilsen
Gitte Rasmussen
""")

M("", """
Hej

Hvordan anmelder kommunen arbejdsskader for sine egne ansatte? Er det en fast procedure?

Mvh Lise, studerende på socialrådgiveruddannelsen
""")

M("eu", """
Til Ydelsescentret

Jeg er medlem af HK's a-kasse og har fået at vide, at mine dagpenge er opbrugt til oktober. Kan jeg søge kontanthjælp allerede nu, eller først når dagpengene stopper?

Med venlig hilsen
Rikke Juul
Ishøj Søpark 12, 3. th.
""")

M("u", """
Kære borgmester

Som formand for Dansk Metal i Vestegnen og selv metalarbejder i 35 år vil jeg gerne invitere dig til vores 1. maj-arrangement i Ishøj Idrætscenter.

Hilsen
Bjarne Poulsen
""")

M("", """
Hej

Hvilke fagforeninger deltager i jobmessen på Ishøj Rådhus den 12. marts?

Mvh Kim
""")

M("u", """
Hej

Jeg er lærer på Gildbroskolen og har lige meldt mig ud af DLF i protest mod overenskomsten. Kan jeg stadig deltage i de faglige møder på skolen, eller er de kun for medlemmer?

Mvh Jesper
""")

M("", """
Hej, jeg er lærer og vil gerne vide om kommunen har en lokalaftale om arbejdstid. Hvor kan jeg læse den?
""")

M("u", """
hej jeg er blevet valgt som arbejdsmiljø- og tillidsrepræsentant på Ishøj Rådhus's kantine. skal jeg selv sende det til HR eller gør 3F det?
Hilsen Mira
""")

M("ut", """
Hej

Jeg er fra Litauen og arbejder på et byggeri i Ishøj Bymidte. Jeg er medlem af 3F, men vores polske formand siger at vi ikke får overenskomstløn. Hvem i kommunen kan se på det, når det er et kommunalt byggeri?

Tomas
""")

M("", """
Hej

Stiller kommunen krav om overenskomst, når den udbyder byggeri? Jeg har hørt at der arbejder udenlandske håndværkere uden dansk løn på skolebyggeriet.

Mvh Jan Sørensen
""")

M("u", """
Hej Helle

Jeg er sygeplejerske i hjemmesygeplejen og medlem af DSR. Vi har i vores klub drøftet vagtplanerne, og vi vil gerne invitere Social- og Sundhedsudvalget til et møde.

Mvh
Pernille Vang, fællestillidsrepræsentant
""")

M("", """
Hej Helle

Jeg er sygeplejerske og vil bare sige at vagtplanerne i hjemmesygeplejen er urimelige. Der skal flere hænder til.

Mvh Pernille
""")

M("eu", """
Kære Jobcenter

Jeg fik en fyreseddel i mandags, og Krifa siger jeg skal tilmelde mig som ledig hos jer den første dag. Jeg kan ikke finde ud af hvor på jobnet.dk man gør det.

Hilsen Kristina Hald
""")

M("u", """
Hi, I am a member of IDA (engineers union) and moving to Ishøj with my family next month. Is there a contact person in the municipality for international employees?
Best, Rajesh
""")

M("ue", """
hej, jeg er i Det Faglige Hus og de har sagt at jeg skal have en udtalelse fra min tidligere chef i kommunen (vej og park) om at jeg blev sagt op pga. nedskæringer. hvem skal jeg skrive til?
Dennis
""")

M("hu", """
Hej

Jeg er social- og sundhedsassistent og har været sygemeldt med stress i 3 måneder. Min FOA-repræsentant har sagt, at kommunen skal holde en fraværssamtale med mig. Det er ikke sket. Hvorfor?

Mvh
Hanne Birk
""")

M("", """
Hej, hvor mange sygedage har kommunens ansatte i gennemsnit om året? Og hvad gør kommunen ved stress?
""")

M("u", """
Kære Ishøj Kommune

Jeg er ansat i rengøringen på Ishøj Skole og er medlem af Serviceforbundet. Vi har ikke fået den lønstigning som står i overenskomsten. Jeg beder om at jeres løncenter ser på det.

Venlig hilsen
Susanne Sørensen
""")

M("u", """
Hej

Som Djøf-medlem og jurist i staten vil jeg gerne høre om jeres ledige stilling som chefkonsulent. Er lønnen til forhandling?

Mvh
Karoline Schmidt
""")

M("", """
Hej

Er lønnen i jeres ledige stilling som chefkonsulent til forhandling, eller er den fast?

Mvh Karoline
""")

M("eu", """
Hej

Jeg er lige blevet smidt ud af min a-kasse (Lederne) fordi jeg ikke har betalt kontingent i fire måneder. Jeg har ingen penge og husleje forfalder om en uge. Hvad gør jeg nu?

Hilsen Claus
""")

M("u", """
Hej

Vi er 14 chauffører i Movias busser fra Ishøj-garagen, alle medlem af 3F. Vi strejker fra mandag og vil bare informere byrådet om hvorfor.

Venlig hilsen
Ali Demir, tillidsmand
""")

M("", """
Hej, hvorfor kører busserne ikke i dag? Er der strejke?
""")

M("u", """
Hej Kirsten

Tak for din tale på HK Kommunals fagdag. Jeg er selv HK-medlem og arbejder i borgerservice, og jeg kunne godt tænke mig at høre mere om din holdning til hjemmearbejde.

Venlig hilsen
Lotte
""")

M("u", """
hej min søn er 17 og har fået elevplads som tømrer. hans mester fik ham meldt ind i Blik og Rør, men han er jo tømrer? og er det os der skal betale kontingentet?
""")

M("", """
Hej. Skal elever på erhvervsuddannelser være medlem af en fagforening? Min søn er lige startet.
""")

M("hu", """
Kære HR

Jeg er tilknyttet BUPL og har fået konstateret gigt i hænderne. Jeg kan ikke længere løfte de mindste børn, og lægen foreslår et fleksjob. Kan jeg blive i institutionen på nedsat tid?

Med venlig hilsen
Bente Kirk, pædagog i Vuggestuen Mariehønen
""")

M("u", """
Hej

Jeg var medlem af Socialpædagogerne i mange år, men har nu skiftet til Krifa. Min TR på bostedet siger at jeg nu ikke kan sidde i MED-udvalget. Passer det?

Hilsen Morten
""")

M("", """
Hej. Kan man sidde i MED-udvalget uden at være medlem af en fagforening?
""")

M("u", """
Hej

Mit navn er Jonas Friis og jeg er lokal formand for Dansk Sygeplejeråd Hovedstaden, kreds Vest. Vi vil gerne i dialog om sygeplejerskernes forhold på Ishøj Plejecenter.

Med venlig hilsen
Jonas Friis
""")

M("eu", """
hej jeg har været i ASE a-kasse men skiftede til Metal's a-kasse i sommer og nu siger de at jeg ikke har optjent ret til dagpenge endnu. jeg er ledig fra 1. næste måned. kan jeg få noget fra kommunen i mellemtiden?
René
""")

M("e", """
Hej

Jeg er medlem af ASE og er blevet ledig. De beder mig om en kopi af mit seneste lønsedler fra kommunen. Hvor finder jeg dem?

Mvh Connie
""")

M("", """
Hej, jeg er ikke medlem af nogen a-kasse. Kan man melde sig ind i en a-kasse hos jer?
""")

M("u", """
Hej

Jeg er kok på Ishøj Plejecenter og medlem af 3F's Kost- og Servicegruppe. Vi har fået nye arbejdstider uden at blive spurgt. Min TR er syg, så jeg skriver selv.

Venlig hilsen
Lars Winther
""")

M("tu", """
Hej

Jeg er af irakisk oprindelse og har arbejdet i Ishøj Kommunes rengøring i 12 år. Min nye leder taler kun til mig gennem en kollega. Jeg har kontaktet FOA, og de siger jeg også skal skrive til jer.

Mvh
Zainab Hussein
""")

M("u", """
Kære udvalgsformand

Jeg har som tillidsrepræsentant for Ishøj Ungdomsskoles lærere (DLF) en kort henvendelse om de nye budgetter. Kan vi mødes i næste uge?

Hilsen Camilla Rask
""")

M("", """
Hej, jeg vil gerne vide hvad Ishøj Ungdomsskoles budget er for næste år og hvor mange lærere der bliver skåret.
Mvh Camilla
""")

M("u", """
hejsa, jeg er fra Dansk El-Forbund og har fået en henvendelse fra et medlem om asbest i kælderen på Vibeholmskolen. hvem skal vi kontakte hos jer?
/Niels
""")

M("ehu", """
Hej

Jeg har været sygemeldt med depression siden maj og fik i går brev om at mine sygedagpenge stopper. Min fagforening (FOA) siger jeg skal klage. Kan I hjælpe mig med at forstå hvad der står i afgørelsen?

Mvh
Jeanette Bach
Ishøj Strandpark 5
""")

M("u", """
Hej. Jeg er TR for de unge medarbejdere i Ishøj Bad og vil gerne spørge om vi kan få et personalerum. Vi er alle HK'ere.
Maja
""")

M("", """
Hej, hvornår har Ishøj Bad åbent i efterårsferien?
""")

M("u", """
Hej Bent

Jeg var med i FOA's klub i over 30 år, før jeg gik på pension. Nu vil vi gamle kolleger gerne bruge mødelokalet på Ishøj Plejecenter en gang om måneden. Kan det lade sig gøre?

Hilsen Aase
""")

M("u", """
Hej

Jeg er medlem af Teknisk Landsforbund og arbejder i Center for Byudvikling og Natur. Jeg vil gerne høre om kommunen betaler kursusgebyret for min efteruddannelse.

Venlig hilsen
Søren Holm
""")

M("", """
Hej

Betaler kommunen efteruddannelse for medarbejdere i Center for Byudvikling og Natur, eller er det den enkeltes ansvar?

Venlig hilsen
Søren
""")

M("eu", """
Til Ydelsescentret

Jeg er 3F-medlem men har ikke været i a-kassen. Nu er jeg fyret og har ingen opsparing. Jeg har brug for kontanthjælp fra 1. juni. Min kone tjener lidt, betyder det noget?

Mvh Kenneth Holm
""")

M("u", """
hej jeg er lærling og kom lige ind i fagforeningen (HK Ungdom). min chef i kommunen spørger om det hele tiden og siger det er spild af penge. er det chikane?
""")

M("", """
Hej, er det lovligt for en arbejdsgiver at spørge om man er i fagforening til en jobsamtale?
""")
