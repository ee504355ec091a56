"""Part C: the flu season, vaccinations, nursing homes, home care and a parent's dementia."""
from common import M

M("", """
Hvor kan man blive vaccineret mod influenza i Ishøj i år, og er det gratis for folk over 65?
""")

M("he", """
Kære hovedpostkasse

Min mor Kirsten Lind, [[170540-0826]], er blevet glemt til sin influenzavaccination på plejecentret. Hun har astma og er meget bange for at blive syg. Kan I sørge for at hun får den i denne uge?

Venlig hilsen
Jesper Lind
""")

M("eh", """
Hej,

Min far Arne har fået konstateret Alzheimer i september, og vi har søgt om plejebolig. Han går rundt om natten og har to gange været ude på Ishøj Strandvej i pyjamas. Vi er desperate. Hvor lang er ventelisten?

Mvh. Tine Vestergaard
""")

M("", """
Til Ældrerådet og byrådet

Jeg synes ventetiden på plejeboliger i Ishøj er uacceptabel. Andre kommuner har en plejeboliggaranti som de overholder. Hvad vil I gøre ved det?

Med venlig hilsen
Asger Thomsen, medlem af Ældresagen
""")

M("", """
Hvornår er der vaccination mod covid for beboerne på Ishøjcentret? Jeg er frivillig i caféen og vil gerne hjælpe med kaffen.
""")

M("e", """
Kære borgerrådgiver

Jeg klager over hjemmeplejen. Min mor får hjælp til bad to gange om ugen, men de sidste tre uger er der kommet en ny hver gang og de har kun været der 10 minutter. Hun hedder Karen Olsen og bor på Ishøj Søvej 4.

Mvh Helle Olsen
""")

M("h", """
Hej. Jeg er gravid i 7. måned og ville høre om jeg kan få influenzavaccinen gratis, og om den er sikker? Min læge har lukket for nye tider før jul. — Sara
""")

M("", """
Er influenzavaccinen gratis for gravide? Min veninde siger det, men jeg kan ikke finde det på sundhed.dk.
""")

M("eh", """
Goddag Fru Borgmester

Undskyld jeg skriver direkte. Min kone Ingrid har Parkinson og jeg passer hende alene. Jeg er 86 og kan ikke mere. Vi har ansøgt om aflastning for tre måneder siden og har intet hørt. Vi bor på Ishøj Landevej 202.

Ærbødigst
Viggo Kjeldsen
""")

M("", """
Hvad koster en plejebolig i Ishøj om måneden? Jeg skal bruge tallene til en opgave på sosu-skolen.
""")

M("h", """
Hej. min søn på 7 har haft influenza i 10 dage og 40 i feber. skal han have en lægeerklæring til skolen eller er det nok jeg skriver i Aula? mvh Mads
""")

M("", """
Til Sundhedsudvalget

Jeg vil foreslå at kommunen laver gratis vaccination på biblioteket for at nå flere borgere. Det gør man i Brøndby.

Hilsen Kirsten B.
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er datter til Poul Simonsen (f. 1939) som bor på plejecentret Kærhuset. Han har demens og siden han fik ny medicin i oktober har han sovet meget og spist næsten intet. Personalet siger de ikke har tid til at sidde med ham under måltiderne. Jeg ønsker et møde.

Mvh
Anette Simonsen
""")

M("hbe", """
Hej Kaj

Min mor er dement og bor på plejehjemmet, og hun har altid været en troende katolik. Nu vil hun gerne have besøg af en katolsk præst, men personalet ved ikke hvem de skal kontakte. Kan kommunen formidle det?

Mvh Pia Schmidt
""")

M("", """
Kan man få hjemmehjælp i Ishøj hvis man kun har brug for hjælp til indkøb? Og hvordan søger man? Spørger for en ven.
""")

M("", """
Hej. Vi har en demensforening i Ishøj for pårørende. Vil kommunen hjælpe med at lave en pjece om vores tilbud til plejecentrene?
""")

M("eh", """
Kære Anne-Marie (byrådet)

Min svigerfar Bent, [[050933 1261]], fik et slagtilfælde i november og ligger nu på Hvidovre Hospital. Han skal udskrives til en midlertidig plads, men kommunen har ikke en ledig. Han kan ikke komme hjem, fordi han ikke kan gå. Familien er ved at gå til.

Hilsen
Carsten Vinther
""")

M("", """
Til direktionsassistenten: Kan vi få en liste over de plejecentre i kommunen der har ledige pladser til aflastning i juleferien? Vi er et privat hjemmeplejefirma der samarbejder med jer.
""")

M("h", """
Hej jeg har lige fået lungebetændelse efter en influenza og kan ikke komme til mødet i Ældrerådet d. 10. Undskyld. Margit
""")

M("et", """
Kære Hovedpostkasse

Min far kom hertil fra Pakistan i 1972 og er nu blevet 80. Han får hjemmehjælp, men han taler ikke så meget dansk længere, efter han er blevet ældre. Kan hjemmeplejen sende nogen der taler urdu? Min far hedder Tariq Mahmood.

Venlig hilsen
Nadia Mahmood
""")

M("", """
Er der tolkebistand i hjemmeplejen? Vi tænker generelt på ældre med anden etnisk baggrund, vi er en forening der arbejder med integration.
""")

M("hes", """
Hej

Min mand Henrik og jeg (Søren) har været gift i 30 år. Henrik fik demens i en tidlig alder og nu skal han have plads på et plejecenter. Det gør ondt at skulle sige det, men vi vil gerne sikre os at personalet er trygge ved at han er gift med en mand. Han bliver meget ked af det, hvis nogen spørger til "hans kone".

Venlig hilsen
Søren Ladefoged
""")

M("", """
Hvornår kommer der ny plejehjemsleder på Kærbo? Vi i pårørenderådet har ikke hørt noget siden den gamle stoppede.
""")

M("h", """
Kære borgerrådgiver

Jeg havde en tid til influenzavaccine hos jeres vaccinationsteam i Sundhedshuset, men blev sendt hjem fordi jeg tager blodfortyndende medicin og de sagde de skulle tale med min læge først. Det er ikke rimeligt at jeg så ikke får en ny tid.

Hilsen Annelise Kvist, [[210144-1620]]
""")

M("", """
Nogle beboere på plejecentret har fået influenza. Er der besøgsforbud? Jeg er besøgsven for Røde Kors og skulle komme i weekenden.
""")

M("e", """
Til Social- og Seniorudvalget

Jeg har fået afslag på hjemmehjælp til rengøring med den begrundelse at jeg kan gøre det selv. Jeg er 89. Jeg kan godt, men det tager mig en hel dag. Jeg vil gerne klage.

Med venlig hilsen
Grete Bjerre
""")

M("", """
Hej, jeg arbejder som sygeplejerske på Hvidovre og vil høre om kommunen søger vagter til vaccinationsteamet i weekenderne. /Line
""")

M("h", """
Kære Hovedpostkasse

Min far har fået hjemmesygepleje til at skifte forbinding på benet, fordi han har et sår der ikke vil hele pga. sukkersyge. Sygeplejersken kommer på forskellige tider og han venter ofte hele formiddagen. Kan der aftales et fast tidspunkt? Han hedder Leif Mortensen, Ishøj Bygade 19.

Mvh
Bo Mortensen
""")

M("", """
Hvad er forskellen på hjemmesygepleje og hjemmepleje? Jeg skal skrive en artikel til foreningsbladet.
""")

M("eh", """
hej min mormor har fået en rollator fra kommunens hjælpemiddeldepot men den er for høj og hun kan ikke bruge den, hun har dårlig balance efter hun faldt i sommer. kan vi bytte den

mvh amalie
""")

M("", """
Kære borgmester. Vi er en gruppe pårørende der vil klage over at caféen på Ishøjcentret er lukket om aftenen. Vi synes at det er et tab for de ældre.
""")

M("u", """
Hej Mette

Jeg er sosu-assistent i hjemmeplejen og FOA-tillidsrepræsentant. Vi kan ikke nå vores ruter i snevejret, og kollegerne er stressede. Vil du tage det op i udvalget?

Mvh
Gitte Lorentzen
""")

M("", """
Til byrådet: Hvor mange medarbejdere i hjemmeplejen er på deltid? Vi vil gerne have tallene til et debatindlæg.
""")

M("eh", """
Kære direktør for Voksne og Velfærd

Min mor Lilly, 93 år, fik ændret sin hjemmepleje fra tre til to besøg dagligt efter revisitationen. Hun har hjertesvigt og falder ofte, og nu ligger hun alene i 14 timer. Det kan ikke passe. Vi vil gerne klage over afgørelsen.

Med venlig hilsen
Michael Bay
""")

M("", """
Kan man se hvilke plejecentre der har fået kritik af Styrelsen for Patientsikkerhed? Tak. Jan
""")

M("th", """
Hej

Min mormor er vietnamesisk og kom til Danmark som bådflygtning i 1979. Hun har fået demens, og nu taler hun kun vietnamesisk. Er der plejecentre i kommunen med personale der kan tale med hende?

Venlig hilsen
Linh Tran
""")

M("", """
Hej. Vi er et ungdomskor der gerne vil synge julesange for beboerne på plejecentrene. Hvem skal vi kontakte?
""")

M("eh", """
Kære Jette

Jeg er 71 og har fået bevilget nødkald (alarmarmbånd), fordi jeg har epilepsi. Men armbåndet virker ikke i mit badeværelse. Jeg har ringet tre gange. Hvem skal jeg klage til?

Hilsen
Bent Larsen, [[080753-3011]]
""")

M("", """
Hvor mange borgere har fået alarmarmbånd i 2024? Jeg spørger som medlem af Ældrerådet til vores årsberetning.
""")

M("", """
Til PA. Borgmesteren har lovet at besøge plejecentret Kærhuset til julefrokosten d. 18. december. Kan I bekræfte?
""")

M("he", """
Hej

Jeg har været sygemeldt med stress siden oktober og er på sygedagpenge. Nu har jeg fået brev om at jeg skal til opfølgningssamtale på jobcentret d. 20. december. Kan den flyttes til januar? Min psykolog siger jeg ikke kan klare det nu.

Mvh Maja Winther
""")

M("", """
Hej, hvordan fungerer reglerne om sygedagpenge efter 22 uger? Skal man så have et jobafklaringsforløb? Spørger generelt.
""")

M("h", """
Kære Sundhedsplejen

Vores datter Ella på 3 måneder har RS-virus og var indlagt i fire dage på Hvidovre. Sundhedsplejersken skulle komme i uge 48, men vi vil gerne udskyde besøget til hun er rask.

Mvh Josefine og Mikkel
""")

M("", """
Hej. Sundhedsplejersken må gerne komme på torsdag i stedet for onsdag. Vh Julie på Vejlebrovej 80
""")

M("eh", """
Til borgerrådgiveren

Min mor har demens, og plejecentret har flyttet hende til en anden afdeling uden at spørge os. Vi har fuldmagt. Hendes navn er Birgit Holmgaard, [[010332-0448]]. Jeg vil gerne have en forklaring.

Mvh Jens Holmgaard
""")

M("", """
Kan man få fuldmagt til sin mors sager hos kommunen hvis hun har demens? Hvilken blanket skal man bruge? (Jeg spørger generelt, min mor er ikke syg endnu, men vi vil gerne være forberedt.)
""")
