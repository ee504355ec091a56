"""Part D: work, unions and a-kasser; mails from cleaners, drivers, carers."""
from common import M

M("u", """
hej jeg er i 3F og arbejder på lager i Ishøj. vejen til lageret har ingen lys om vinteren og vi cykler kl 5. kan kommunen sætte lygter op? mvh Adam
""")

M("ue", """
Hej Jobcenter. Jeg har mistet mit job som chauffør. Jeg er medlem af 3F a-kasse. De siger jeg skal til samtale hos jer først. Hvornår kan jeg komme? Hilsen Darius
""")

M("u", """
Kære borgmester

Jeg er FOA-tillidsrepræsentant på Ishøj Strand plejecenter. Mange kolleger fra Filippinerne og Polen er bange for at sige noget om de få hænder om natten. Jeg skriver på vegne af dem, men jeg skriver også som borger. Kan vi få et møde?

Venlig hilsen
Rowena
""")

M("", """
Hej, hvilke fagforeninger kommer til jobmessen i Ishøj Hallen i oktober? Tak
""")

M("u", """
hej jeg er med i HK og jeg har spørgsmål. kan jeg tage min fagforening med til møde på rådhuset om min parkeringsbøde? eller kun advokat?
""")

M("uh", """
Til Center for Beskæftigelse og Erhverv

Jeg faldt på arbejdet i januar og brækkede armen. Arbejdsskade er anmeldt. Min fagforening Dansk Metal siger at kommunen skal lave § 56 aftale med min arbejdsgiver fordi jeg skal opereres igen. Hvem skal jeg sende papir til?

Venlig hilsen
Piotr Kowalczyk
""")

M("", """
Hej. Jeg er ikke medlem af nogen a-kasse. Kan jeg alligevel tage kursus på VUC om aftenen gratis? Mvh
""")

M("u", """
hej det er Malee, jeg er i Serviceforbundet og gør rent på skolen. Toilettet i indskolingen er i stykker i 3 uger. Jeg har sagt det til pedel mange gange. Kan I ringe til nogen?
""")

M("ue", """
Dear Jobcenter, I am member of Krifa and I am unemployed since february. Krifa says I must upload my CV to jobnet but the page is only Danish. Can somebody help me in English? Best regards, Olena
""")

M("u", """
Kære byrådsmedlem. Jeg er BUPL medlem og pædagog i Ishøj. Vi har for mange børn pr voksen i vores børnehave. Det er ikke godt. Kan du tage det op i byrådet? Hilsen Tine
""")

M("", """
Hej. Vi er en virksomhed med 12 ansatte og vil gerne have flexjobber. Hvordan kontakter vi virksomhedskonsulent? CVR 41 20 77 35. Mvh Ilyas, Ishøj Rengøring ApS
""")

M("ue", """
hej, det er Sandra. jeg er blevet fyret fra Netto pga nedskæringer. jeg er i HK a-kasse. skal jeg melde mig ledig i kommunen også eller kun i a-kassen?
""")

M("u", """
Til udvalgsformand for Beskæftigelsesudvalget

Jeg er TR for 3F på vejarbejdet ved Ishøj Strandvej. Vores skurvogne står uden toilet, kommunen er bygherre. Det er ikke i orden. Kan I ringe til entreprenøren? 

Med venlig hilsen
Bogdan
""")

M("", """
Hej. Mit navn er Annette og jeg er faglig sekretær i FOA Storkøbenhavn. Vi vil gerne invitere Social- og Sundhedsudvalget til dialogmøde om rekruttering på plejecentrene. Hvem skal vi sende invitationen til?
""")

M("u", """
hejsa jeg har været medlem af Fødevareforbundet NNF siden 2008 og nu skifter jeg til 3F fordi jeg skal arbejde på byggeplads. spørgsmål: skal jeg give kommunen besked når jeg skifter a-kasse? jeg får ikke noget fra kommunen. /Milan
""")

M("uh", """
Kære borgerrådgiver

Jeg er sosu-assistent og medlem af FOA. Efter 3 måneders sygemelding med skulderen vil min leder i hjemmeplejen fyre mig. FOA hjælper mig, men jeg vil også klage over hvordan kommunen som arbejdsgiver taler til mig.

Venlig hilsen
Sabina
""")

M("u", """
hej er det rigtigt at kommunen ikke må ansætte folk som er i Krifa? min søn vil søge job som pedel. han er i Krifa. hilsen mor
""")

M("", """
Hej. Hvornår kommer overenskomsten for rengøring i kommunen? Vi har hørt forskelligt. Mvh
""")

M("u", """
Kære direktør

Som medlem af DLF og lærer på Ishøj Skole i 22 år vil jeg sige at de nye arbejdstidsregler gør det umuligt at forberede undervisning til modtagelsesklassen. Tak for at læse.

Mvh Hassan Jaber
""")

M("ue", """
Hej. Jeg er medlem i Det Faglige Hus og får dagpenge. Nu skal jeg i virksomhedspraktik hos kommunens vejafdeling men der er ingen arbejdssko. Skal jeg selv købe? Tak, Vasyl
""")

M("ut", """
hi, I am nurse from Philippines, member of DSR (Dansk Sygeplejeråd). I want to work night shift in Ishøj hjemmesygepleje. Who do I write to? thanks Maricel
""")

M("", """
Hej Jobcenter. Jeg er virksomhedsejer og har en medarbejder der gerne vil i løntilskud. Hvad skal vi udfylde? Mvh Hakan, H&K Byg
""")

M("ut", """
Hej. Jeg er tyrkisk og 3F medlem og arbejder i køkkenet på plejecentret. Kollegaer taler om mig på dansk og siger "de tyrkere er dovne". Min leder lytter ikke. Jeg vil klage. Vh Emine
""")

M("u", """
Kære Vejleåskolen. Jeg er tillidsrepræsentant for lærerne her og har været det i 6 år. Jeg vil gerne høre om skolebestyrelsen kan få en ekstra repræsentant for personalet. Venlig hilsen Birgitte
""")

M("ue", """
til kommunen. min a-kasse er Lederne og jeg har fået dagpenge i 18 måneder. nu skal jeg på kursus gennem jobcenter men kurset er fuldt. hvad så? mvh Jesper
""")

M("", """
Hej. Hvad koster det at være medlem af en fagforening i Danmark? Er det tvunget? Jeg er ny i job. Tak
""")

M("u", """
hej dette er diktat så undskyld. Jeg er medlem af Blik og Rør og jeg har arbejdet på taget på rådhuset i går og der er meget asbest tror jeg punktum Hvem skal vi ringe til i kommunen
""")

M("ue", """
Hej borgmester. Jeg har været i Dansk Metal i 30 år. Nu er jeg på efterløn og min kone har brug for hjemmehjælp. Vi har betalt skat hele livet. Hvorfor tager det 6 uger at få svar fra visitationen? Hilsen Erling
""")

M("u", """
Hej! Jeg er IDA-medlem og ingeniør. Jeg vil gerne være frivillig og hjælpe nye borgere med CV. Hvem koordinerer det i kommunen? Mvh, Farid
""")

M("", """
Hej, kan I sende mig en liste over de a-kasser man kan melde sig ind i? Jeg har lige fået job. Mvh Ana
""")

M("ue", """
Hej. Jeg er i ASE a-kasse og også i 3F fagforening. Jeg er ledig. ASE siger jeg skal til møde i jobcenter 14/5 men jeg har ikke fået brev. Er det rigtigt? Hilsen Kamil
""")

M("e", """
hej jeg er i ASE og har dagpenge. skal jeg stadig søge 2 jobs om ugen når jeg er på kursus? vh Nina
""")

M("u", """
Til Kultur- og Fritidsudvalget

Jeg er Djøf-medlem og bor i Ishøj. Jeg vil gerne foreslå en fritidsordning for voksne med fagligt netværk på biblioteket om aftenen. Jeg hjælper gerne. 

Med venlig hilsen
Ida Rasmussen
""")

M("uhe", """
Kære Jobcenter. Min mor er syg med kræft og kan ikke skrive selv. Hun er i FOA og FOA a-kasse. Hun får sygedagpenge. FOA siger I har ikke sendt papir til dem. Kan I sende? Hilsen søn Mustafa
""")

M("", """
Hej. Jeg arbejder på jobcentret og vil spørge IT om hvorfor vores printere på 2. sal ikke virker. Er dette den rigtige mail? /Ole
""")

M("u", """
hej jeg er HK'er og arbejder i borgerservice. jeg vil gerne være med i mangfoldighedsgruppen. hvem skal jeg skrive til? kh Aylin
""")

M("ue", """
Goddag. Jeg er 3F medlem, men jeg har ingen arbejde siden december. Jeg vil gerne lære at køre truck. Kan kommunen betale kursus? Jeg snakker med min jobkonsulent på fredag. Mvh Jamal
""")

M("u", """
Hej udvalgsformand. Jeg har været medlem af Dansk Sygeplejeråd i 40 år og er nu pensioneret sygeplejerske. Jeg vil gerne være besøgsven på plejehjem. Hvor kan jeg melde mig? Hilsen Gunhild
""")

M("u", """
hej jeg var i 3F før men nu er jeg selvstændig med lille rengøringsfirma. kan jeg byde på kommunens rengøring? hvor ser jeg udbud?
""")

M("", """
Hej kommune. Hvorfor lukker skolerne tidligt på fredag? Jeg skal arbejde og kan ikke hente. Er der SFO? Tak, far til Sara
""")

M("ut", """
Hello, I am from Poland and I work in construction, member of 3F. My boss pays cash and no vacation money. 3F says it is a matter for them but I want the kommune to know this is a firm doing work for the kommune school. Piotr
""")

M("ue", """
Til direktionsassistenten

Jeg er medlem af Dansk Metal og har fået ny rygskade — nej det er ikke rigtigt, jeg mener nyt job. Undskyld, diktering. Jeg har fået nyt job og min dagpenge skal stoppe. Jeg har skrevet til jobcentret 3 gange men de betaler stadig. Jeg vil ikke skylde penge. Hvem skal jeg skrive til?

Venlig hilsen
Ryszard
""")

M("", """
Hej. Hvordan bliver man tillidsrepræsentant i en kommune? Jeg skal lave en opgave på SOSU-skolen om det. Mvh Chloe
""")
