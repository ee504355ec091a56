"""corpus4, part e: trade-union membership and mails with several categories."""
from common import M

# --- union ----------------------------------------------------------------

M("u", """
hej. jeg er chauffør på 300'eren og er med i fagforeningen (3F). når i lukker busgaden ved stationen i juli hvor ska vi så holde pause? der er ingen toiletter på den nye endestation
""")

M("u", """
Kære Plan- og Miljøudvalg

Som TR på lageret hos Nordic Freight på Industribuen (Dansk Metal) skal jeg gøre opmærksom på, at kollegerne ikke kan komme sikkert over Industribuen om morgenen, fordi lastbilerne holder i cykelstien. Kan der laves en fodgængerovergang?

Med venlig hilsen
Brian Kjeldsen
""")

M("u", """
Kære udvalgsformand

Som FOA-tillidsrepræsentant på Ishøjhjemmet vil jeg gøre opmærksom på, at nattevagterne igen er alene med 28 beboere. Det er ikke forsvarligt. Jeg vil gerne mødes med dig.

Med venlig hilsen
Yvonne Christoffersen
""")

M("u", """
Hej

Jeg er pædagog i Troldehøjen og BUPL-medlem. Vi har fået at vide at normeringen skal "tilpasses" efter sommer. Kan du som politiker fortælle hvad det betyder for os på gulvet?

Mvh Jannie
""")

M("u", """
Kære Jens

Som lærer på Vibeholmskolen og medlem af DLF vil jeg gerne invitere dig til at besøge os en dag og se hvordan inklusionen fungerer i praksis. Du er meget velkommen.

Med venlig hilsen
Henriette Bach
""")

M("u", """
Hej

Jeg er sygeplejerske i hjemmeplejen og medlem af Dansk Sygeplejeråd. Vi kører i egne biler og har ikke fået kilometerpenge siden januar. Er det en fejl i lønsystemet?

Mvh Tine
""")

M("u", """
Hej

Jeg har været medlem af HK i 20 år, men meldte mig ud sidste år. Nu har jeg fået et brev fra kommunen som HR, hvor der står at min TR har fået kopi. Jeg ønsker ikke at HK får mine oplysninger. Kan det fjernes?

Mvh Lisbeth Hviid
""")

M("u", """
hej jeg er i krifa og de siger jeg ska bede kommunen om en kopi af min ansættelseskontrakt fra da jeg var i sommerjob på vejene i 2023. hvor sender jeg den anmodning hen?
""")

M("ue", """
Hej

Min fagforening, Det Faglige Hus, har bedt mig sende en kopi af kommunens afgørelse om mit jobcenter-kursus. Kan I sende den til mig på e-boks, så videresender jeg den?

Mvh Ronni Mølgaard
""")

M("ue", """
hej jeg er ledig og i FOAs a-kasse. jeg har fået tilbudt et kursus som sosu-hjælper men jobcentret siger jeg ik kan få det godkendt fordi jeg har været ledig for kort tid. a-kassen siger noget andet. hvem har ret?

Winnie
""")

M("u", """
Kære direktør

Som Djøf'er og tidligere ansat i en anden kommune undrer jeg mig over at Ishøj ikke offentliggør aktindsigter i anonymiseret form. Er det noget I overvejer?

Med venlig hilsen
Anders Thorsen, cand.jur.
""")

M("u", """
Hej

Jeg er ingeniør og medlem af IDA. Vi holder et arrangement om klimatilpasning og vil gerne have en fra kommunens vandafdeling til at holde oplæg. Hvem kan jeg spørge?

Mvh Kathrine Jessen
""")

M("u", """
Hej

Jeg er medlem af Lederne og vil gerne høre om kommunen vil være med i et netværk for ledere i lokale virksomheder. Vi mødes fire gange om året.

Venlig hilsen
Jesper Aagaard, produktionschef
""")

M("u", """
Hej

Jeg er rengøringsassistent på rådhuset via et privat firma og medlem af Serviceforbundet. Vi har fået at vide at vi ikke længere må bruge personalerummet. Er det kommunens beslutning?

Mvh Gülsen
""")

M("u", """
Hej

Min mand er elektriker og i Dansk El-Forbund. Han siger at den nye gadebelysning på vores vej er sat forkert op og blænder ind i stuerne. Kan I sende nogen ud at se på det?

Mvh Susanne, Bredekærs Vænge 5
""")

M("u", """
Hej

Jeg er medlem af Fødevareforbundet NNF og arbejder på slagteriet i Greve. Vi er mange fra Ishøj som tager bussen kl. 5.10, men den bliver nedlagt fra december. Kan byrådet gøre noget?

Mvh Dragan
""")

M("u", """
min far er tr for 3f på havnen og han siger at kommunen har lovet at asfaltere pladsen foran portene i år. er det rigtigt? han spørger bare fordi folk går og snakker
""")

M("u", """
Hej

Jeg er VVS'er og medlem af Blik- og Rørarbejderforbundet. Jeg har set at kommunen har udbudt renoveringen af badeværelserne i Vejleåparken uden krav om lærlinge. Hvorfor?

Mvh Kenneth Holm
""")

M("u", """
Hej

Som medlem af Socialpædagogerne og ansat på et bosted i Ishøj vil jeg spørge, om byrådet kender til, at vi ofte er alene på vagt med 8 beboere. Jeg vil gerne være anonym overfor min arbejdsplads.

Mvh en socialpædagog
""")

M("ue", """
Hej

Jeg har meldt mig ud af fagforeningen, fordi jeg ikke kan betale kontingentet mere efter jeg blev sat ned i timer. Nu får jeg et krav om restkontingent på 2.400 kr. Kan kommunen hjælpe med gældsrådgivning?

Mvh Patrick
""")

M("hu", """
Hej

Jeg er malersvend og medlem af Malerforbundet. Efter 25 år med maling har jeg fået astma og eksem på hænderne. Min læge siger det skal anmeldes som arbejdsskade. Hvem i kommunen skal have besked, hvis jeg skal omskoles?

Mvh Flemming Kure
""")

M("u", """
Hej presseafdelingen

Jeg er freelancejournalist og medlem af Dansk Journalistforbund. Jeg søger aktindsigt i mails mellem borgmesteren og byggefirmaet om Strandparken. Hvor sender jeg anmodningen?

Mvh Nina Kaas
""")

M("u", """
Kære HR / borgmesterens kontor

Jeg er tillidsrepræsentant for HK Kommunal i Borgerservice. Flere kolleger har oplevet trusler fra borgere ved skranken. Vi ønsker et møde om sikkerheden.

Med venlig hilsen
Malene Bjerre
""")

M("ub", """
Hej

Som kristen er jeg med i Krifa, også fordi jeg ikke ville i en fagforening med politisk farve. Nu hører jeg at kommunen kun forhandler med 3F om praktikpladser. Er det rigtigt?

Mvh Jonas Kirk
""")

M("u", """
hej min kone er fællestillidsrepræsentant for 3F hos rengøringsfirmaet på skolerne. hun har bedt mig skrive fordi hun ik har tid: hvornår bliver den nye rengøringskontrakt afgjort?
""")

M("ut", """
Dzień dobry. Vi er fire polske håndværkere, medlemmer af 3F, og arbejder på byggeriet ved Ishøj Station. Firmaet betaler ikke det tillæg for weekendarbejde, som står i overenskomsten. 3F hjælper, men vi spørger om kommunen som bygherre kan gøre noget.

Marek
""")

# --- several categories ---------------------------------------------------

M("het", """
hej. min mor hun er fra Irak og hun har kræft i tarmen. hun skal til kemo på Herlev to gange om ugen, men vi ikke har penge til taxa og hun kan ik tage bus alene. kan kommunen betale kørsel?? hun er på pension og har ikke noget tilbage

Zahraa
""")

M("tbe", """
Hej

Jeg er afghansk og muslim. Jeg får kontanthjælp og jobcentret siger jeg skal arbejde i et slagteri med svinekød. Jeg vil gerne arbejde men ikke med svin pga. min tro. Kan jeg sige nej uden at miste min ydelse?

Mvh Ahmad Rahimi
""")

M("hse", """
Hej

Min kone og jeg er begge kvinder, og hun har svær depression og er sygemeldt. Hendes sygedagpenge stopper i næste måned, og jobcentret vil ikke forlænge. Jeg er bange for hvad der sker med hende. Hvad kan vi gøre?

Venlig hilsen
Lærke
""")

M("hpe", """
Hej

Pga. min gigt kan jeg ikke arbejde fuld tid mere, og vi har ikke råd til at bo i huset. Vi har sat det til salg, men der er ingen bud efter 4 måneder. Kan man søge om hjælp til de faste udgifter imens?

Mvh John og Bitten Lund
""")

M("heu", """
Hej

Jeg er sygemeldt med en diskusprolaps efter et fald på arbejdet, og 3F hjælper mig med min sag om sygedagpenge. Men jobcentret har sendt mig til opfølgning i Albertslund, selvom jeg ikke kan sidde i bus i mere end 10 minutter. Kan samtalen holdes telefonisk?

Mvh Søren Juhl
""")

M("sb", """
Hej

Jeg er muslim og bøsse, og jeg har ikke fortalt det til min familie. Jeg vil gerne tale med en rådgiver om det, men ikke nogen fra mit lokalområde. Har kommunen nogen, eller kan I henvise?

(anonym)
""")

M("beu", """
Kære byrådsmedlem

Jeg er socialist, medlem af 3F og har været ledig i et år. Jobcentret sender mig til det ene meningsløse kursus efter det andet. Jeg synes kommunen burde lytte mere til os der er ramt. Hvornår holder du næste borgermøde?

Mvh Kurt Holm
""")

M("ht", """
Hej

Min søn er halvt somalisk og har sigdcelleanæmi. Han må ikke blive for kold og skal have en varm pause i frikvarteret om vinteren. Skolen siger de ikke kan lave særregler. Kan nogen fra kommunen tale med dem?

Mvh Hodan
""")

M("sp", """
Hej

Min mand Lars og jeg (vi er to mænd, gift i 2019) har købt et hus i Ishøj Landsby med overtagelse til august, men købet er betinget af at vi får lov til at lave en tilbygning. Hvornår kan vi få svar på vores byggeansøgning?

Mvh Christian Lykke
""")

M("hep", """
Hej

Vores andelslejlighed i Strandparken er sat til salg, fordi vi ikke kan betale boligafgiften længere efter at min mand blev syg og mistede sit arbejde. Foreningen siger at kommunen skal godkende prisen. Passer det?

Mvh Sanne
""")

M("tbs", """
Hej

Jeg er kurder og alevit, og min kæreste er også en mand. Vi vil gerne bo sammen, men min familie er imod det. Vi har søgt om en lejlighed i Vejleåparken. Kan man få den hurtigere, hvis der er konflikter i familien?

Mvh Deniz
""")

# --- hard negatives -------------------------------------------------------

M("", """
Hej borgmester

Vi er tre elever fra 8.a på Ishøj Skole. Vi laver et skoleprojekt om fagforeninger og den danske model. Må vi interviewe dig i 15 minutter om hvordan kommunen forhandler med fagforeningerne?

Mvh Noor, Mikkel og Freja
""")

M("", """
Hvilke fagforeninger og a-kasser deltager i jobmessen på rådhuset i oktober?
""")

M("", """
Hej

Jeg er selvstændig frisør og ikke medlem af nogen a-kasse. Gælder kommunens gratis erhvervsrådgivning også for mig, eller kun for iværksættere?

Mvh Sabrina
""")

M("", """
Hej

Jeg er i ASE og vil høre om kommunen har et kursus i Excel for borgere. Min a-kasse siger at kommunen nogle gange har hold i biblioteket.

Mvh Jakob
""")

M("", """
strejken hos buschaufførerne betyder at 300'eren ikke kører i morgen. kører der erstatningsbusser?? mange skal til eksamen
""")

M("", """
Hej

Lederne i fodboldklubben har besluttet at U12 skal træne kl. 20 om vinteren. Det er for sent for børnene. Kan kommunen give os en tidligere tid i hallen?

Mvh en forælder
""")

M("", """
hej i går var der koncert med dansk metal i ungdomsklubben til kl 23 og vi kunne ik sove. vi bor lige overfor. er der ingen regler for hvor længe de må spille
""")

M("", """
Kære byrådsmedlem

De kommunale overenskomster burde give pædagoger og sosu'er langt mere i løn. Det er dem der holder velfærden oppe. Vil du presse på for det?

Mvh Inger
""")

M("", """
Hej

Rengøringsfirmaet på min datters skole har ikke fulgt overenskomstens regler om weekendtillæg, siger de ansatte. Har kommunen som kunde et ansvar for at kontrollere det?

Mvh Bo
""")
