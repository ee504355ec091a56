"""corpus56 part G: trade-union membership, short mails."""
from common import M

M("u", """er i 3F og min TR siger kommunen skylder mig løn for 3 weekender på vejen""")

M("u", """er medlem af FOA og har fået en advarsel på plejecentret hvor jeg arbejder, må FOA komme med til mødet""")

M("u", """HK medlem her, min arbejdsgiver (jer) har ikke indbetalt min pension siden juli""")

M("u", """jeg er tillidsrepræsentant for pædagogerne i Vejleåparkens børnehus og skriver om normeringen""")

M("", """hvilke fagforeninger deltager i jobmessen i hallen""")

M("ue", """min mand er i Dansk Metal og er blevet fyret fra værkstedet i går, hvad nu""")

M("u", """har meldt mig ud af BUPL men de trækker stadig kontingent over lønnen, kan kommunen stoppe det""")

M("u", """er i krifa og de siger jeg skal sende min lønseddel, hvor finder jeg den""")

M("", """er ikke medlem af nogen a-kasse, er det et krav for at blive vikar i kommunen""")

M("u", """ASE er min a-kasse men jeg er i 3F fagforening, er det et problem for min ansættelse""")

M("u", """Emne: DLF

som medlem af DLF vil jeg klage over skemaet for 7. årgang""")

M("u", """jeg er FOA-TR på Ishøj plejecenter og vi mangler hænder i weekenden""")

M("ue", """min far var i 3F i 40 år og nu er han på plejehjem og de glemte hans fødselsdag 🙁""")

M("u", """I'm a member of HK and my boss at the kommune keeps calling me after hours, is that allowed?""")

M("u", """er DSR medlem og sygeplejerske i hjemmesygeplejen, vi kan ikke nå vores ruter""")

M("u", """vi er nogle stykker fra forskellige forbund der vil demonstrere for de lavtlønnede 1. maj på rådhuspladsen""")

M("", """hvornår er der overenskomstforhandlinger for kommunalt ansatte""")

M("u", """min kollega Mette er tillidsmand og hun bliver chikaneret af lederen. hvad gør i""")

M("u", """djøf-medlem, vil vide om kommunen følger aftalen om seniordage""")

M("u", """jeg er i Det Faglige Hus og de siger at kommunen skal give mig en skriftlig kontrakt""")

M("", """Emne: 3F

hvad er tlf nummeret til 3F i Ishøj? min søn skal bruge det til en skoleopgave""")

M("u", """er medlem af Lederne og leder i et af jeres dagtilbud, har et spørgsmål om bonus""")

M("u", """er i fagforning (FOA) og vil vide om jeg har ret til fri på grundlovsdag""")

M("u", """jeg er IDA-medlem og ingeniør og synes jeres plan for klimasikring ved stranden er forkert""")

M("u", """har du tid til et møde Kim? jeg er formand for 3F Ishøj-afdelingens seniorklub""")

M("uh", """min søster er i Dansk Metal og har en arbejdsskade fra jeres vejvæsen, hun får ikke svar""")

M("u", """meldte mig ind i 3F i går og de spørger efter min kontrakt med kommunen, hvor får jeg den""")

M("", """hvor mange ansatte i kommunen er organiserede? spørger til en artikel""")

M("u", """Emne: fagforening

hej jeg er nyansat og min fagforening siger at jeg skal have et ansættelsesbrev inden 1 md""")

M("u", """som TR for buschaufførerne vil jeg påpege at stoppestedet ved Ishøj St. er farligt""")

M("ue", """i HK's a-kasse og ledig siden maj, min samtale på jobcentret er blevet flyttet 3 gange""")

M("u", """hej, I'm in 3F and working at the genbrugsplads, the safety shoes are broken since weeks""")

M("uh", """min mor var tillidsrepræsentant på skolen i 20 år, nu har hun demens og kan ikke huske sin pinkode til mitid""")

M("", """Emne: fagforeningskontingent

kan man trække fagforeningskontingent fra i skat? kommunen har ikke svaret på det""")

M("u", """jeg er fællestillidsrepræsentant for HK i kommunen og vil gerne have et møde om budgettet""")

M("u", """er medlem af Socialpædagogerne og arbejder på bostedet, vi har for få på vagt om natten""")

M("u", """BUPL-medlem, skriver om sygefraværet i min institution som er helt skævt""")

M("u", """kristelig fagforening er min, og de kan ikke lide jeres nye vagtplan""")

M("u", """jeg er faglig sekretær i 3F og selv medlem, og skriver som privatperson om skolevejen""")

M("", """jeg er konsulent i FOA og skriver på vegne af forbundet om jeres udbud af rengøring på skolerne""")

M("u", """er i Malerforbundet og maler på jeres skole, kan i rykke for stilladset""")

M("u", """min nabo er TR på havnen og siger at kommunen vil lukke stien langs kanalen, passer det""")

M("u", """vi er to fra Dansk El-Forbund der vil sætte en stand op på torvet lørdag""")

M("ue", """mit medlemskab af FOA er gået i stå fordi jeg er på kontanthjælp, kan kommunen betale kontingentet""")

M("", """Emne: tillidsrepræsentant

hvordan vælges tillidsrepræsentanter i kommunen? spørger til min HR-eksamen""")
