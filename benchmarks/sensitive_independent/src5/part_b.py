"""Part B: Borgerservice (pas, kørekort, flytning), Integration, Boligsocial."""
from common import M

M("", """
Hej Borgerservice

Jeg er flyttet fra Vejlebrovej til Ishøj Strandvej 88, 2. th. pr. 1. august, men min post kommer stadig til den gamle adresse, og min læge står også forkert. Jeg meldte flytning på borger.dk den 28. juli.

cpr: [[210699-4118]]

Mvh
Nadia Berg
""")

M("e", """
Hej

Min datter skal have nyt pas inden vores ferie i oktober. Hendes far og jeg er skilt, og vi har fælles forældremyndighed, men han nægter at skrive under på samtykket, fordi han mener, at jeg vil "tage hende fra ham". Kan I udstede passet alligevel? Hendes personnummer er [[050711 4123]].

Med venlig hilsen
Kristina Møller
""")

M("h", """
Til Borgerservice

Mit kørekort skal fornyes i december, og min læge siger at jeg skal have en ny lægeerklæring på grund af min sukkersyge, fordi jeg tager insulin. Skal erklæringen sendes direkte til jer, eller skal jeg selv tage den med?

Venlig hilsen
Erik Poulsen, [[170745–1189]]
""")

M("", """
Hej

Jeg har tabt mit gule sundhedskort, sandsynligvis i bussen. Kan I sende et nyt, og hvad koster det? Jeg har stadig det digitale på telefonen, men min tandlæge vil se det fysiske.

Hilsen
Vibeke Lund
""")

M("t", """
Kære Integrationsteam

Vi er en familie fra Afghanistan med tre børn på 6, 9 og 13 år. Vi fik opholdstilladelse i maj og er netop flyttet til Ishøj fra asylcentret. Hvordan får vi vores børn skrevet op til skole, og skal den ældste i modtagelsesklasse først?

Venlig hilsen
Farid Rahimi
""")

M("t", """
Til Boligsocialt Team, Strandgårdsparken

Naboerne i opgang 14 kalder min søn på 11 år for perker og abe, hver gang han kommer hjem fra skole. Den ene far har også råbt, at vi skal "rejse hjem". Min søn tør ikke gå alene på trappen mere. Kan I gøre noget, eller skal jeg gå til boligselskabet?

Med venlig hilsen
Hamid Ahmadi
""")

M("", """
Hej Integration

Vi har mange tosprogede familier på skolen. Kan kommunen generelt stille en arabisk tolk til rådighed til forældremøder, eller skal hver skole selv bestille og betale? Det gælder også somalisk og tyrkisk.

Mvh
Line Thomsen, skolesekretær
""")

M("the", """
Til Visitationen

Min mor er fra Vietnam og kom hertil som bådflygtning i 1979. Hun har fået demens, og hun taler efterhånden kun vietnamesisk. Hun har hjemmehjælp morgen og aften, men hjælperne kan ikke forstå hende, og hun bliver bange. Er det muligt at få en hjælper, der taler vietnamesisk, eller i det mindste en tolk til de faste besøg?

Venlig hilsen
Linh Nguyen-Jensen
""")

M("sb", """
Hej

Min kone Trine og jeg skal giftes på rådhuset til august. Vi blev viet i kirken i Norge sidste år, men det er vist ikke gyldigt her, så vi vil gerne gøre det rigtigt. Hvilke papirer skal vi sende til jer?

Kærlig hilsen
Louise Vang
""")

M("s", """
Hej Borgerservice

Min mand Ali og jeg blev gift i juni. Vi vil gerne begge tage navnet Hassan-Bjerre. Jeg hedder i dag Mads Bjerre. Kan vi ansøge samlet, eller skal vi hver især udfylde en ansøgning?

Venlig hilsen
Mads
""")

M("", """
Hej

Jeg har fået nyt personnummer efter juridisk kønsskifte og skal derfor have både nyt pas og nyt kørekort. Kan jeg bestille én tid til begge dele, eller skal jeg booke to? Jeg vil helst ikke skulle forklare det hele to gange i skranken.

Venlig hilsen
Alex Sand
""")

M("e", """
Hej

Jeg har ingen fast adresse for tiden og sover hos en ven i Vallensbæk. Jeg har brug for at kunne få min post et sted, ellers mister jeg breve fra Udbetaling Danmark. Kan jeg blive registreret som "uden fast bopæl" i Ishøj, hvor jeg har boet hele mit liv?

Mit cpr er [[310164\u00a02345]]

Tak
Per
""")

M("e", """
Til Boligsocialt Team

Vi har fået en dom om udsættelse fra boligretten og skal være ude af lejligheden den 1. november. Vi har to børn. Vi har ikke noget sted at tage hen. Hvad gør vi?

Mvh
Jannie og Kenneth
""")

M("", """
Hej

Lektiecaféen i Gadekæret vil gerne låne lokale 3 i det boligsociale hus tirsdage og torsdage kl. 15-17 fra september. Vi er fire frivillige og ca. 20 elever fra 4.-9. klasse. Skal vi lave en aftale med jer eller med boligselskabet?

Mvh
Gitte Holmgaard, frivillig koordinator
""")

M("t", """
Hej

Jeg er grønlænder og har boet i Ishøj i tre år. Jeg savner nogen at snakke grønlandsk med. Findes der en forening eller et værested for grønlændere i kommunen eller i nabokommunerne?

Qujanaq
Naja Kleist
""")

M("tb", """
Til beboerrådgiveren

Vi er en gruppe somaliske kvinder i Vildtbanegård, og vi beder fem gange om dagen. Når vi er i beboerhuset til syning om eftermiddagen, har vi ikke et roligt sted at bede. Må vi bruge det lille mødelokale i 10 minutter ad gangen?

På vegne af gruppen
Hodan Warsame
""")

M("", """
Til Byggesag

Der står skilte om ombygning ved moskeen på Industrivej, men ingen dato. Hvornår forventes den at åbne igen? Vi bor lige overfor og vil gerne vide, hvor længe der kommer lastbiler.

Venlig hilsen
Ulla Krogh
""")

M("t", """
Hej

Jeg er adopteret fra Colombia som spæd og skal have nyt pas. I mit gamle pas står fødebyen stavet forkert ("Bogota" uden accent og med forkert landekode). Kan det rettes, og hvilke dokumenter skal jeg have med?

Med venlig hilsen
Daniela Krogsgaard
""")

M("e", """
Hej

Kan kommunen hjælpe med at betale for et nyt pas? Jeg er på førtidspension og har simpelthen ikke råd til de 740 kr. lige nu, og jeg skal til min søsters bryllup i Tyskland.

Mvh
Lene
""")

M("tu", """
Hej

Jeg er syrisk kurder og arbejder som buschauffør hos Arriva. Jeg vil gerne tage Prøve i Dansk 3 om aftenen. Min fagforening 3F siger, at de kan betale halvdelen af kurset, hvis kommunen betaler resten. Er det muligt?

Venlig hilsen
Rezan Mohammed
""")

M("", """
Hej Borgerservice

Jeg har booket tid til nyt pas den 18., bookingnr. 2411250937. Kan jeg tage min søn med i samme tid, så han også kan få taget billede til sit pas? Han er 7 år.

Mvh
Kenneth
""")

M("s", """
Hej

Jeg vil søge om navne- og adressebeskyttelse. Min ekskæreste Sara bliver ved med at dukke op uden for min opgang, selvom vi slog op i april, og hun har fundet min nye adresse på en eller anden måde. Politiet har givet hende et tilhold. Hvordan søger jeg?

Venlig hilsen
Julie Brandt
""")

M("", """
Hej

Hvor mange bestod indfødsretsprøven i Ishøj sidste år, og hvor mange gik op? Jeg skriver en artikel til lokalavisen om statsborgerskab.

Mvh
Rasmus Kjeldsen, journalist
""")

M("t", """
Til Borgerrådgiveren

Jeg vil klage over en medarbejder i Borgerservice. Da jeg skulle forny mit kørekort i tirsdags, spurgte hun to gange, hvor jeg "egentlig" kom fra, og om mit danske kørekort var "ægte". Mine bedsteforældre kom fra Pakistan i 1970'erne, men jeg er født på Hvidovre Hospital og har aldrig boet andre steder end her. Jeg synes, det var ydmygende, og der stod andre folk i køen og hørte det.

Venlig hilsen
Saira Chaudhry
""")

M("s", """
Hej

Min mand Kristian og jeg har adopteret en lille dreng, og adoptionen er nu endelig. Vi vil gerne navngive ham Oskar Kristian Holm-Dahl. Hans personnummer er [[250518-6031]]. Hvordan gør vi det, og kan det klares digitalt?

Kh
Mathias Holm-Dahl
""")

M("b", """
Hej

Vi er begge udmeldt af folkekirken og er humanister. Vi vil gerne navngive vores datter hos jer i stedet for i kirkebogen. Kan det klares digitalt, eller skal vi møde op?

Venlig hilsen
Tanja og Peter Skou
""")

M("", """
Hej

Er der nogen i kommunen, der ved, hvornår der er gudstjeneste i Ishøj Kirke juleaften? Kirkens hjemmeside er nede, og min mor vil gerne med i år.

Glædelig jul
Rikke
""")

M("e", """
Til Boligsocialt Team

Jeg er bekymret for min nabo i nr. 7. Han har fået lukket for strømmen, fordi han ikke har betalt, og han har tre børn, som bor hos ham hver anden uge. Jeg har set dem hente vand hos genboen. Jeg vil ikke blande mig, men nogen bør vide det.

Anonym beboer, Ishøj Strandvej
""")

M("th", """
Hej

Min svigermor er fra Irak og taler kun arabisk. Hun skal opereres for grå stær på Glostrup Hospital den 11. marts. Kan kommunen bestille en tolk til forundersøgelsen og operationen, eller er det hospitalet, der gør det?

Mvh
Ahmed Al-Saadi
""")

M("", """
Hej

Mit kørekort udløber næste år. Jeg har hørt, at man skal have en lægeerklæring, når man er over 75. Gælder det stadig, eller er reglerne ændret? Jeg er 74.

Venlig hilsen
Poul Erik Jakobsen
""")

M("te", """
Hej Integration

Vi er ukrainere og bor i en af kommunens midlertidige boliger på Ishøj Boulevard. Min mand har ikke fået sin ydelse for september, og vi har kun 300 kr. tilbage til mad til resten af måneden. Vi har to små børn. Hvem kan vi tale med?

З повагою / Venlig hilsen
Olena Kovalenko
""")

M("", """
Hej

Hvor mange fordrevne fra Ukraine har kommunen modtaget i alt siden 2022, og hvor mange bor her stadig? Jeg skal bruge tallene til et oplæg i ældreklubben.

Mvh
Jørgen Bak
""")

M("p", """
Hej Borgerservice

Vi har købt et hus i Torslunde, men handlen er betinget af advokatgodkendelse og af at vores egen lejlighed bliver solgt. Vi vil gerne flytte ind 1. oktober, hvis alt går igennem. Kan man melde flytning, før skødet er underskrevet, eller skal vi vente?

cpr [[0803921456]]

Mvh
Simon Aagaard
""")

M("", """
Hej

Vi overtog huset på Ishøj Landevej 1. marts, og skødet er tinglyst. Hvorfor står den gamle ejer stadig registreret som bosat på adressen? Vi får hans post, og nu også en rykker til ham fra et inkassofirma.

Venlig hilsen
Ida og Morten Friis
""")

M("u", """
Hej

Jeg skal bruge en børneattest og en straffeattest til mit nye job som afdelingsleder i en fritidsklub. Lederne, hvor jeg er medlem, siger at jeg kan bede om dem hos jer. Hvordan gør jeg det hurtigst?

Mvh
Claus Vinther
""")

M("b", """
Hej

Min forlovede og jeg er katolikker og skal giftes i Sankt Knud Lavard Kirke i Lyngby i maj. Præsten siger, at vi skal have en prøvelsesattest fra kommunen. Hvor lang tid tager det?

Venlig hilsen
Marta Nowak
""")

M("e", """
Hej

Jeg blev løsladt fra Vestre Fængsel i fredags efter 14 måneder, og jeg har brug for at få styr på adresse, sygesikring og penge til at starte med. Min mor siger, jeg kan bo hos hende i Ishøj. Hvor skal jeg starte?

[[120458-2210]]
Tonny
""")

M("", """
Hej

Jeg arbejder som fængselsbetjent i Vestre Fængsel og har skiftende vagter, også om natten. Kan jeg få en beboerparkeringslicens til min egen bil i området ved Ishøj Station, selvom jeg ikke bor der? Jeg pendler videre med toget.

Mvh
Brian Søgaard
""")

M("t", """
Hej

Jeg er født og opvokset i Iran og har kørt bil i over 20 år der. Kan mit iranske kørekort ombyttes til et dansk, eller skal jeg tage hele køreprøven forfra? Jeg har boet i Danmark i 8 måneder.

Venlig hilsen
Maryam Karimi
""")

M("", """
Hej

Jeg har betalt gebyret for mit pas over MobilePay, kvitteringsnr. 3105641122, men I har sendt mig en rykker. Kan I se betalingen? Sagsnr. i jeres brev er 24/18233.

Mvh
Gunnar Lindberg
""")

M("eh", """
Til Boligsocialt Team

Vi bor seks personer i en toværelses lejlighed, to voksne og fire børn. Den ældste på 15 sover i stuen. Vi har stået på venteliste i fire år. Kan kommunen anvise os en større bolig? Vi har ikke råd til at leje privat, min mand er på sygedagpenge, og jeg er ved at tage en uddannelse.

Mvh
Ayan Farah
""")

M("te", """
Hej

Jeg hedder Florin, jeg er rom fra Rumænien, og jeg sælger Hus Forbi ved Ishøj Station. Jeg sover i en bil med min bror. Om vinteren er det meget koldt. Kan kommunen hjælpe med et sted at sove, også selvom vi ikke har dansk adresse?

Florin (en dansk ven skriver for mig)
""")

M("", """
Hej

Der står to Hus Forbi-sælgere ved indgangen til Bycentret hver morgen. Må de egentlig det, eller skal de have tilladelse fra kommunen? Jeg har ikke noget imod dem, jeg spørger bare.

Mvh
Anni
""")

M("h", """
Hej

Jeg har brug for hjælp til MitID. Jeg er blevet næsten blind efter en hjerneblødning sidste år og kan ikke læse koderne på den lille kodeviser. Findes der en løsning med lyd? Min datter kan følge mig ind på Borgerservice, hvis jeg skal møde op.

Venlig hilsen
Ebba Nielsen
""")

M("et", """
Til Familieafdelingen og Borgerservice

Min ekskone vil tage vores søn på 6 år med til Marokko, hvor hun selv er fra, i hele sommerferien. Jeg er bange for, at hun ikke kommer tilbage. Vi har fælles forældremyndighed, men han bor hos hende. Kan I stoppe, at der bliver udstedt pas til ham?

Med venlig hilsen
Jakob Thygesen
""")

M("", """
Hej

Jeg har modtaget et brev fra jer med bilagsnr. 150324-0077 om min ejendomsskat, men beløbet står i euro?? Er det en fejl i systemet? Min telefon er 22 81 40 19.

Mvh
Hanne Storm
""")

M("t", """
hej jeg er fra somalia og har boet i ishøj siden 2009. jeg vil gerne være frivilig lektiehjælper i boligsocialt hus og jeg taler somali, arabisk og dansk. hvem skal jeg skrive til

mvh abdi
""")

M("", """
Hej

Jeg har et medlemsnummer i Ishøj Bibliotek (0304851122) og kan ikke logge ind på eReolen længere. Er det Borgerservice eller biblioteket, der kan hjælpe?

Mvh Lars
""")

M("s", """
Hej

Jeg er bøsse og 67 år og bor alene i en lejlighed i Ishøj Landsby. Jeg har hørt, at der er et mødested for ældre LGBT+-personer på Frederiksberg, men findes der noget tilsvarende i Ishøj? Det er ikke så nemt at være åben her, hvor jeg bor.

Venlig hilsen
Hans-Henrik
""")

M("", """
Hej

Vores forening arrangerer en regnbuemarch fra Ishøj Station til Strandparken i forbindelse med Pride-ugen i august. Skal vi søge om tilladelse til at bruge vejen hos jer eller hos politiet?

Mvh
Ishøj Mangfoldighedsforum
""")
