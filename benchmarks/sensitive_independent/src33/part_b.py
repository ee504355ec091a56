"""corpus33 part B: byrådsmedlemmer - political mail, personal pleas, forwards."""
from common import M

M("", """Kære byrådsmedlem

Jeg vil bare sige at jeg er dybt uenig i beslutningen om at lukke Ishøj Strand for biler om sommeren. Det rammer ældre som ikke kan gå så langt.

Med venlig hilsen
Erik Mortensen""")

M("b", """Hej Lars

Som mangeårigt medlem af Socialdemokratiet i Ishøj skuffer det mig at du stemte for nedskæringerne på ældreområdet. Jeg har delt løbesedler for partiet i 20 år. Det her er ikke det jeg har kæmpet for.

Hilsen Grethe Bonde""")

M("", """Hej Mette, hvornår er der byrådsmøde næste gang og er det åbent for publikum? /Jonas""")

M("be", """Kære Ahmad

Jeg stemte på dig ved sidste valg fordi jeg troede du ville kæmpe for os på kontanthjælp. Jeg har været på kontanthjælp i 3 år nu og får 2.000 kr mindre efter det nye loft. Hvad gør du ved det?

Fra en skuffet vælger, Jimmi Nordahl, Gildbrovej""")

M("b", """Kære byrådsmedlemmer

I Venstre mener vi at kommunens grønne områder skal passes bedre. Vi inviterer til borgermøde i Ishøj Medborgerhus torsdag kl. 19.

Venstre Ishøj, bestyrelsen""")

M("hes", """Hej Susanne

Jeg ved godt at du ikke kan behandle min sag, men jeg ved ikke hvem jeg ellers skal skrive til. Min mand Henrik har haft en blodprop i hjernen og sidder nu i kørestol. Vi har søgt om en rampe til vores hus på Bredekærs Vænge for fire måneder siden og har intet hørt.

Jeg er ved at gå ned med stress. Kan du ikke hjælpe?

Kærlig hilsen
Martin Løvgren""")

M("", """Hej Kasper

Tak for en god debat i går i Ishøj Teater. Jeg var ikke enig i alt, men du var god til at lytte.

Mvh Birthe""")

M("", """Hej byrådsmedlem

Kan du forklare hvorfor kommunen bruger penge på nye bænke på Ishøj Store Torv når der mangler pædagoger?

Hilsen en bekymret far""")

M("t", """Kære Jesper

Min datter på 15 er blevet kaldt "sorte abe" af tre drenge i 9.b på Ishøj Skole. Hun er adopteret fra Etiopien. Skolen siger de "taler med drengene" men det har stået på i et halvt år. Jeg forventer at du som formand for Børne- og Skoleudvalget gør noget.

Med venlig hilsen
Katrine Fogh""")

M("", """Hej, jeg syntes I skal sætte flere skraldespande op ved badesøen. Det flyder med dåser. Mvh Nikolaj""")

M("u", """Hej Pia

Vi er en gruppe pædagoger i BUPL på dagtilbud i Ishøj Landsby, og vi vil gerne invitere dig på besøg så du kan se normeringen med egne øjne. Jeg er selv tillidsrepræsentant.

Venlig hilsen
Maja Ravn""")

M("", """Hej. Hvad mener dit parti om at bygge en ny letbanestation ved Vejleåparken? Hilsen Allan""")

M("e", """Kære Hans

Jeg skriver fordi min søster Tina, der bor på Ishøj Søvej, har fået en underretning imod sig fra skolen, og nu er der en børnefaglig undersøgelse i gang. Hun er helt knust. Hun er en god mor. Kan du ikke tale med nogen?

Hilsen Camilla""")

M("", """---------- Videresendt besked ----------
Fra: Lene Brandt (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: Hul i vejen

Videresendes til rette center.

> Der er et stort hul i asfalten ud for Kirkebjerg Allé 22. Min cykel fik fladt dæk.
> Hilsen Johnny""")

M("hu", """---------- Videresendt besked ----------
Fra: Anders Brøndum (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: Arbejdsskade

Hej, videresender til Center for Beskæftigelse og Erhverv. /Anders

> Hej Anders
> Jeg er ansat i hjemmeplejen og faldt på en isglat trappe hos en borger i januar. Jeg har brækket håndleddet og er sygemeldt. FOA hjælper mig med arbejdsskadesagen, men nu siger min leder at jeg skal komme til samtale om min fremtid.
> Mvh Lisbeth Møller""")

M("", """Kære byrådsmedlem. Jeg kan ikke forstå at der stadig ikke er lys på stien ved Ishøj Sø. Det er utrygt om aftenen. Venlig hilsen Sanne K.""")

M("b", """Hej Michael

Jeg er aktiv i Enhedslisten og vil gerne høre om du vil deltage i en paneldebat om klimaplanen i Ishøj. Vi er tre partier der arrangerer. Du må gerne svare til min private mail.

Mvh Sofie Holm""")

M("s", """hej peter

jeg og min kæreste (hun hedder Amalie) er to piger der gerne vil holde bryllup på Ishøj Strand til sommer. kan man det?? og skal man søge nogen om det? 

mvh Josefine""")

M("", """Hej

Jeg vil opfordre byrådet til at deltage i Pride i København igen i år og hejse regnbueflaget ved rådhuset. Det sender et vigtigt signal.

Med venlig hilsen
Morten Falk""")

M("e", """Kære Hanne

Min mor har boet i plejebolig på Ishøj Plejecenter i to år. Nu vil de flytte hende til et andet afsnit uden at spørge os. Hun er 91. Kan du gøre noget?

Venlig hilsen
Allan Kirkegaard""")

M("", """Hej, jeg har hørt at kommunen overvejer at nedlægge Strandgårdskirkens parkeringsplads. Passer det? Mvh Else""")

M("tb", """Kære byrådsmedlem

Jeg er palæstinenser og kristen, og jeg føler mig ofte overset når kommunen taler om "muslimske borgere" som om alle med arabisk baggrund er muslimer. Jeg går i den koptisk-ortodokse menighed i Glostrup. Jeg vil gerne være med i jeres dialogforum.

Venlig hilsen
Rami Khoury""")

M("p", """Hej Lars

Jeg vil bare give dig en heads up: vi har et bud på vores grund på Tranegilde Strandvej fra et udviklingsselskab, men købet er betinget af at lokalplanen ændres. Kan du fortælle om det er noget byrådet vil se positivt på?

Mvh Kent Ager""")

M("", """Til byrådet

Vi i beboerbladet for Vejleåparken vil gerne interviewe jer om helhedsplanen. Hvem har tid?

Redaktionen""")

M("he", """Hej Ida

Jeg har været sygemeldt siden august med en diskusprolaps og jobcentret vil nu stoppe mine sygedagpenge. Jeg kan næsten ikke gå. Jeg har betalt skat hele mit liv. Det er ikke i orden.

Hilsen Kenneth Bach
Vejlebrovej 88""")

M("", """Hej Simon. hvad er kommunens politik om regnbuefamilier i daginstitutionerne? bliver der talt om det? mvh Line""")

M("s", """Kære Simon

Vi er en regnbuefamilie – to mødre og tre børn – i Ishøj Landsby, og vores yngste er netop startet i vuggestuen Mariehønen. Personalet har spurgt hvem der er "den rigtige mor". Vi ønsker ikke en klage, men vil gerne have at kommunen tilbyder undervisning til personalet.

Mange hilsner
Trine og Marianne Kolding""")

M("", """Hej Jørgen. Tillykke med valget til formand for Teknik- og Miljøudvalget! /Vibeke""")

M("", """Kære byrådsmedlem

Hvor stor en del af kommunens budget går til flygtninge og integration? Jeg synes man bør lægge tallene åbent frem.

Hilsen Leif""")

M("eu", """Hej Bjarne

Jeg er blevet fyret fra Ishøj Kommunes vejafdeling efter 14 år og er nu ledig. Dansk Metal siger at fyringen er usaglig. Jeg forstår godt at du ikke kan gå ind i personalesager, men jeg vil gerne at byrådet ved hvad der foregår.

Mvh Frank Jessen""")

M("", """Hej Mona, kan du komme og holde tale på vores sommerfest i Ishøj Kolonihaveforening den 21. juni? Hilsen bestyrelsen""")

M("t", """hej, jeg er polak og har boet i ishøj i 8 år. min nabo skriver "polakker go home" på min postkasse. jeg har anmeldt det. hvad kan kommunen gøre? Tomasz""")

M("", """Hej

Jeg vil gerne klage over jeres støjmåling. Motorvejen larmer og I siger det ligger under grænseværdien. Hvad er grænseværdien?

Mvh Henning""")

M("", """Hej Anja. Er det rigtigt at byrådet skal stemme om salget af den gamle skole på torsdag? Hvad er prisen? Hilsen Kirsten""")

M("b", """Hej Torben

Jeg er Jehovas Vidne, og min søn vil ikke deltage i julegudstjenesten som skolen holder i Ishøj Kirke. Læreren siger at det er obligatorisk. Det passer da ikke?

Venlig hilsen
Rebecca Schmidt""")

M("", """Hej, hvor kan jeg se referaterne fra Økonomiudvalget? Tak. Morten""")

M("e", """Hej Hanne

jeg skriver til dig fordi min eks nægter mig samvær med min datter og statsforvaltningen (familieretshuset) er så langsomme. jeg har ikke set hende i 3 måneder. kan kommunen ikke gøre noget

Kim P.""")
