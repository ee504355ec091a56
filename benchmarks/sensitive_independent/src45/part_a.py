"""corpus45 part A: health and economy/social, much of it written on someone's behalf."""
from common import M

M("he", """Kære Center for Voksne og Velfærd

Jeg skriver som bisidder for min nabo, Gurli Stenholt, Vejlebrovej 14, cpr [[030441-1862]]. Gurli har fået hjemmehjælp siden hun brækkede hoften i marts, men nu er hjælpen skåret ned til hver anden uge, og hun kan ikke selv komme ud med haveaffaldet eller ned til postkassen.

Gurli har givet mig fuldmagt, den er vedhæftet.

Med venlig hilsen
Bente Kjær, bisidder""")

M("", """Hej. Hvornår kommer haveaffaldsbilen i Strandgårdsparken i juni? Vi har tre sække med hækafklip der står og lugter.""")

M("h", """hej Lars

min datter Sofie skal til eksamen i dansk på fredag men hun har haft mononukleose hele maj og er stadig helt smadret. kan skolen give hende en sygeeksamen i august i stedet?? vi har lægeerklæring

mvh Helle""")

M("e", """Til borgmesteren

Jeg er advokat for Jonas Ravn Pedersen, som har fået udsættelsesdom fra sin lejlighed i Vildtbanegård pr. 1. juli pga. huslejerestance på 23.400 kr. Han har to børn boende hver anden uge og har ingen steder at tage hen. Jeg beder om, at kommunen hurtigst muligt ser på en midlertidig bolig.

Advokat Mette Frausing
Sagsnr. hos os: 2025-0412-77""")

M("", """Kære udvalgsformand. Jeg synes det er helt forkert at kommunen har sparet på hjemmehjælpen til de ældre. Det rammer dem der har mindst. Husk det når budgettet skal lægges i år.
Venlig hilsen Ole Bak""")

M("he", """Hej

Min far Kurt (cpr [[170936 2219]]) bor på Ishøj Plejecenter og har fået konstateret Parkinson. Han kan ikke komme med på sommerudflugten til Stranden uden kørestol, og plejecentret siger at den skal søges hos kommunen. Kan I hjælpe med at få den bevilget før 20. juni?

Mvh hans søn, Michael Thygesen""")

M("", """Hej! Er der åbent i Sundhedshuset i uge 29-30 eller holder de sommerferie? Jeg skal bare hente en ny pjece om rygestop til vores arbejdsplads.""")

M("h", """Til skolen / PPR

Vores søn Elias (9. klasse) har ADHD og ordblindhed, og vi er bekymrede for afgangsprøverne i juni. Han har brug for oplæsning og ekstra tid. Hvem skal vi tale med?

Venlig hilsen Nanna og Kasper Lund""")

M("e", """Jeg er blevet fyret fra lageret i Baldersbrønde pr. 31. maj og har meldt mig ledig. Skal jeg stadig møde op til samtalen på jobcentret den 3. juni, selvom jeg har sommerferie booket? Mvh Ahmad""")

M("", """Kære Jobcenter. Vores firma søger 4 sommerafløsere til havnen – kan I formidle kandidater? Kontakt Sejlklubbens havnefoged på 43 54 12 90.""")

M("he", """Til Borgerrådgiveren

Jeg er socialrådgiver på Hvidovre Hospital og skriver med samtykke fra patienten Birthe Aagaard, cpr. [[250659–2046]]. Birthe bliver udskrevet efter en blodprop i hjernen og skal hjem til sin lejlighed på 3. sal uden elevator. Hun har søgt om en plejebolig, men har endnu ikke hørt noget efter seks uger. Hun har brug for hjemmepleje morgen og aften indtil da.

Venlig hilsen
Karina Holt, socialrådgiver""")

M("", """Hej, hvad er takserne for boligstøtte i 2025 for en pensionist der bor alene? Det er bare et generelt spørgsmål, jeg skriver en artikel til foreningsbladet.""")

M("eb", """hej Kim, jeg er på kontanten og har fået at vide at jeg ikke kan få enkeltydelse til min søns konfirmationstøj. han bliver konfirmeret 4. maj i Ishøj Kirke og jeg har bare ikke råd. er der andre muligheder? / Tina""")

M("h", """Kære Rikke (byrådsmedlem)

Min mand Bjarne er lige blevet opereret for tarmkræft og ligger stadig på Herlev. Vi har en hæk der skal klippes inden 15. juni ifølge kommunens brev, og det kan vi simpelthen ikke nå. Kan fristen rykkes for os?

Hilsen Inge Bjerre, Tranegilde Strandvej""")

M("", """Til Byudvikling: Hvornår skal hække langs fortov klippes i år, og hvor højt må de være? Vi er en grundejerforening med 40 huse.""")

M("he", """Goddag

Jeg er datter til Erna Mikkelsen, Ishøj Landevej 31 ([[051130-0814]]). Mor er dement og sygeplejersken siger hun ikke længere kan bo hjemme alene. Vi søgte plejehjemsplads den 2. april. Hvor langt er sagen? Sagsnummer 27.34.02-G01-118-25.

Med venlig hilsen Lone Mikkelsen""")

M("e", """Jeg skriver på vegne af min lillebror Patrick, som er blevet sat ud af sin lejlighed efter skilsmissen og nu sover på min sofa. Han har søgt kontanthjælp men ikke hørt noget i 3 uger. Hvad kan han gøre? Mvh Camilla""")

M("", """Hej Borgerservice, mit sundhedskort er blevet væk på stranden i går. Hvordan bestiller jeg et nyt? Tak""")

M("h", """Jeg var til bryllup lørdag i Ishøj Strandpark og skar min fod helt op på glasskår i vandkanten, 6 sting på skadestuen. Der ligger knust glas overalt ved badebroen. Ryd det nu op før et barn kommer til skade!
Hilsen Torben Sand""")

M("", """Der ligger knust glas ved badebroen i Strandparken, ved siden af bænken nærmest Havnevej. Nogen bør rydde op inden weekenden. mvh en løbegruppe""")

M("eh", """Kære Jesper

Jeg har været sygemeldt med stress siden januar og er på sygedagpenge. Nu siger jobcentret at jeg skal i jobafklaring fra 1. juli, lige når vi skal giftes. Jeg forstår ikke hvorfor sagen skal køre så hårdt. Kan du forklare reglerne for mig?

Venlig hilsen Maja Winther""")

M("", """Kære Jesper. Hvorfor er reglerne om sygedagpenge så stramme? Jeg synes folk skal have lov at blive raske i ro og mag. Det er en politisk holdning, ikke en personlig sag. Hilsen Poul""")

M("e", """Til Center for Børn og Forebyggelse

Vores plejebarn Noah på 7 år skal på sommerferie med os til Bornholm i uge 28. Skal vi søge om lov hos hans sagsbehandler, og dækker kommunen færgebilletten? Noah har været anbragt hos os siden 2023.

Venlig hilsen plejefamilien Dahl, Pilemøllevej 8""")

M("", """Hej, vi overvejer at blive plejefamilie og vil gerne vide hvornår næste informationsmøde er. Vi har selv to store børn. Mvh Anette og Rasmus""")

M("he", """hej
min mormor bliver 91 i juli og får hjemmesygepleje to gange om dagen til sine sår på benene, og hun har også madordning fra kommunen. nu vil de stoppe madordningen fordi hun "kan selv"?? det kan hun ikke, hun kan næsten ikke stå. hvem klager man til
Sara (barnebarn)""")

M("h", """Til Sundhedsplejen

Jeg er gravid i uge 30 og flytter til Ishøj 1. juli fra Køge. Skal jeg selv kontakte jer, eller kommer jeres besked automatisk når barnet er født?

Mvh Fatima Yilmaz""")

M("", """Hvor kan man få gratis influenzavaccine i efteråret hvis man er over 65? Jeg spørger for ældreklubben på Ishøj Bytorv.""")

M("e", """Kære Økonomi

Jeg har fået et brev om at jeg skylder 8.712 kr. i for meget udbetalt boligstøtte. Jeg skal til min datters bryllup i august og har ingen penge. Kan det afdrages med 300 kr. om måneden? CPR [[220871-3095]].

Venlig hilsen Hanne Rømer""")

M("", """Kære Økonomi. Faktura nr. 2205713095 fra jer vedr. renovation er betalt den 1. juni fra reg. 9570 konto 0011223344. Vil I bekræfte at den er modtaget? Mvh Grundejerforeningen Solhøj""")

M("h", """hej, vores dagplejer Kirsten er syg i to uger efter pinse, hvor skal vores søn være imens? mvh Line og Mads""")

M("", """Hej, dagplejen i Vejleåparken holder lukket uge 29 og 30 — hvor er gæstedagplejen i år? mvh Line""")

M("eh", """Til Jobcentret

Jeg er sagsbehandler hos Krifa? Nej — jeg er nabo. Undskyld. Jeg skriver for min nabo Svend Erik Holm, som ikke selv har computer. Han har fået afslag på førtidspension, selvom han har KOL og ikke kan gå op ad en trappe. Han vil gerne klage. Kan I sende klagevejledningen i brev til Gildbrovej 52?

Med venlig hilsen
Jytte Bach""")

M("h", """Kære Borgerrådgiver, min mand har været indlagt på Glostrup psykiatrisk siden påske, og i mellemtiden har skolen sendt tre breve om vores datters fravær. Hun er helt knust og har ikke kunnet komme i skole. Vi har brug for forståelse, ikke trusler. Venlig hilsen Dorthe""")

M("", """Hvornår er der dimission for 9. klasserne på Vibeholmskolen, og må man tage fuldbrødre og fætre med? Tak""")

M("e", """Til Center for Børn og Forebyggelse

Jeg er bisidder for Louise Frandsen (mor til Emil og Alma). Der er lavet en underretning om familien efter en episode ved sankthansbålet, og Louise har ikke fået aktindsigt endnu. Vi beder om aktindsigt i hele sagen.

Med venlig hilsen
Per Holdt, bisidder, Ishøj Frivilligcenter""")

M("", """Hej Per fra Frivilligcentret her — vi søger nye bisiddere til efteråret. Må vi få lov at lægge en plakat i Borgerservice? Hilsen kontoret""")

M("he", """Mig og min kæreste skal flytte sammen i juli, men jeg får førtidspension pga. epilepsi og har fået at vide at det påvirker min pension. Hvor meget falder den? Hilsen Kristian, 060788 — nej den skriver jeg ikke her, I kan ringe på 22 43 18 90""")

M("e", """Kære Socialudvalgsformand

Min kone og jeg er blevet skilt, og jeg har børnene hver anden weekend. Nu vil hun flytte til Jylland med dem efter sommerferien. Familieretshuset tager alt for lang tid. Kan kommunen gøre noget?

Mvh Anders Bøgh""")

M("", """Hej, hvor lang er ventetiden i Familieretshuset for tiden? Jeg underviser i familieret på VUC og vil gerne bruge tallene i en opgave.""")

M("h", """Vores nabo i nr. 17, ham den ældre herre Holger, faldt i sin have i weekenden og ligger nu på Hvidovre med et brækket lårben. Hans græsplæne er jo helt vild nu. Må vi slå den uden at spørge ham? - Familien i nr. 19, Strandhaven""")

M("eh", """Kære Center for Voksne og Velfærd

Jeg er tillidsperson for Allan Krogh, der bor på bostedet Egely og har en lettere udviklingshæmning. Allan har fået afslag på ledsageordning til sin søsters bryllup i juli. Han har ret til 15 timer om måneden, og vi vil gerne vide hvorfor afslaget er givet.

Venlig hilsen Rita Friis""")

M("", """Jeg er en af hjemmehjælperne i Område Syd og vil bare sige at vi mangler en cykelparkering ved kontoret på Ishøj Bytorv. Tak.""")

M("e", """hej. min søn Lukas blev dømt for indbrud sidste år og har lige afsonet. nu vil han gerne have et fritidsjob på havnen i sommer men ingen vil ansætte ham. kan I hjælpe? mor til Lukas""")

M("h", """Til Vej & Park: Kan jeg få en handicapparkeringsplads foran min opgang på Torslunde Tværvej? Jeg har sklerose og kan kun gå ca. 50 m. Mvh Karen Due""")

M("", """Til Vej & Park: Hvordan søger man om en handicap-p-plads på en privat fællesvej? Spørgsmålet kommer fra bestyrelsen i vores ejerforening.""")

M("he", """Hej Jobcenter

Min kone Lejla har haft en arbejdsskade på rengøringsfirmaet (en diskusprolaps) og har nu været i ressourceforløb i et år. Hun har møde i rehabiliteringsteamet 12. juni kl. 9.30. Kan jeg komme med som bisidder?

Mvh Mirsad, hendes mand""")

M("", """Hej, hvad tid åbner jobcentret efter frokost? Jeg skal aflevere et brev for min arbejdsgiver, det er ikke om mig. tak""")

M("e", """Kære Børneudvalget

Vi har søgt om friplads i SFO fra august, da vi begge har mistet vores job i foråret. Vi har endnu ikke hørt noget. Vores søn hedder Villads, 2.b på Gildbroskolen.

Hilsen Sanne og Rune Kofoed""")

M("", """Hvad er indkomstgrænsen for friplads i SFO 2025/26? Jeg er bare nysgerrig på reglerne. Mvh""")

M("hb", """Kære alle i byrådet,

tak for jeres hjælp sidste år da min datter Ida havde anoreksi og var indlagt i fire måneder. Nu er hun rask og skal konfirmeres 11. maj. Jeg ville bare sige tak.

Varme hilsner Susanne Bertelsen""")

M("eh", """Til den det vedrører

Jeg er kontaktperson hos Scleroseforeningen og skriver på vegne af medlem Tove Harder ([[120363-1988]]), som har søgt om trappelift til sit rækkehus i Ishøj Landsby. Hun har ventet siden februar. Tove kan ikke komme op til soveværelset og sover nu i stuen.

Venlig hilsen
Hans Grue, patientforeningsrepræsentant""")

M("", """Scleroseforeningen holder åbent hus i Ishøj Kulturhus den 14. juni kl. 13-16. Alle er velkomne — vil I dele arrangementet på kommunens Facebook? Hilsen lokalafdelingen""")

M("e", """hej jeg er 19 og blev smidt ud hjemmefra efter min studentereksamen, jeg har ingen adresse nu. kan kommunen hjælpe med noget?? jeg bor hos en ven i Ishøj landsby men kun en uge mere. /Jonas""")

M("", """hej jeg har lige fået min studenterhue og vil gerne holde fest i Ishøj Strandpark for ca. 60 mennesker, skal vi søge om tilladelse? /Jonas K""")

M("h", """Kære Kommune. Jeg vil klage over røgen fra naboens grill i Ishøj Haveforening. Min søn på 6 år har astma og får anfald hver gang de tænder op. Vi har parcel 42, de har 43.
Venlig hilsen Gitte Winding""")

M("", """Kære Kommune. Må man grille på altanen i almene boliger i Ishøj, eller er det kun boligselskabets regler der gælder? Jeg er formand for afdelingsbestyrelsen.""")

M("he", """Hej Mette (formand for Social- og Sundhedsudvalget)

Jeg skriver for min mor Aase, [[090244 1573]], som har fået hjemmepleje i fire år efter sit slagtilfælde. Hun får nu ny hjælper hver dag, og i sidste uge kom ingen til at hjælpe hende ud af sengen før kl. 11. Hun lå våd. Det er uværdigt.

Vh Jens Aagaard""")
