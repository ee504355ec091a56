"""corpus79 part G: trade-union membership, short and messy."""
from common import M

M("u", """Emne: er i 3F og vil vide om kommunen har overenskomst med rengøringsfirmaet på skolerne""")

M("u", """Jeg er FOA-tillidsrepræsentant på Ishøj Plejecenter og vil gerne have et møde om den nye vagtplan. Mvh Jannie""")

M("u", """hej det er Kenneth jeg er medlem af Dansk Metal og min kollega siger kommunen har lavet en aftale om flere praktikpladser er det rigtigt""")

M("u", """Dzien dobry. Jeg er medlem i 3F siden 2019, jeg arbejder på byggeplads ved Ishøj Strand. Chefen betaler ikke overtid. Kan kommunen gøre noget, det er jeres byggeri? Tomasz""")

M("u", """Vi er en gruppe pædagoger, alle i BUPL, og vi er bekymrede over normeringen i Vildtbanegårdens Børnehus. Vi vil gerne mødes med udvalget før budgettet.""")

M("u", """Som TR for lærerne på Gildbroskolen (DLF) vil jeg gerne have referatet fra skolebestyrelsens sidste møde. Mvh Ole""")

M("ue", """Jeg var i HK i 15 år men meldte mig ud sidste år. Nu er jeg blevet opsagt fra kommunen og har brug for hjælp, hvem kan jeg ellers spørge?""")

M("ue", """er i krifa, ka de hjælpe m en klage over min sagsbehandler i jobcentret el skal jeg skrive direkte til jer""")

M("u", """hej. jeg arbejder i rengøring på skolen, jeg er i Det Faglige Hus. min leder råber på mig hver dag. hvad jeg kan gøre? Sahra""")

M("u", """Respected Sir, I am member of 3F and working in Ishøj kitchen at the care home. The chef tell me I must work Saturday without pay. What to do? Thank you, Ramesh""")

M("u", """Jeg er Djøf-medlem og jurist, og jeg mener at kommunens svar på min aktindsigtsanmodning er mangelfuldt. Sagsnr. 25/04412.

Venlig hilsen
Camilla Vestergaard""")

M("uh", """Sygeplejerske, DSR-medlem. Jeg er sygemeldt med stress efter 12 vagter i træk på plejecentret. Min leder vil ikke høre på det. Helene""")

M("u", """Hej jeg er Younes. Jeg er i fagforeningen Dansk El-Forbund og jeg vil gerne være lærling i kommunen. Hvordan søger jeg?""")

M("u", """Som IDA-medlem og ingeniør undrer jeg mig over kommunens beregninger af skybrudssikringen ved Ishøj Strand. Kan jeg se dem? /Martin""")

M("ue", """Jeg er medlem af Lederne og er blevet afskediget som afdelingsleder i kommunen. Hvem skal min konsulent kontakte? Mvh Lars Bruun""")

M("ue", """min a-kasse er FOA og de siger jeg skal have en udtalelse fra kommunen fordi jeg er blevet opsagt fra hjemmeplejen. hvem sender den""")

M("u", """VS: Mødeindkaldelse

Hej, jeg videresender fra min fagforening HK Kommunal. Jeg er medlem og de vil gerne deltage i partshøringen om min ansættelsessag. Mvh Lisbeth""")

M("u", """hej jeg er tillidsmand for chaufførerne på genbrugspladsen vi er alle i 3F og vi vil gerne have et møde med udvalget om de nye ruter""")

M("u", """Til Teknik- og Miljøudvalget

Jeg skriver om fældningen af de gamle pile langs Store Vejleå. Jeg har boet på Strandgårdsvej siden 1978 og har set dem vokse. Nu står der bare stubbe. Kommunen skrev i bladet at de var syge, men jeg har ikke set nogen svamp. Som gammelt medlem af Dansk Metal er jeg vant til at man snakker sammen før man gør noget, og det synes jeg ikke der er sket her. Hvornår bliver der plantet nye, og hvilke træer bliver det?

Med venlig hilsen
Verner Olsen""")

M("u", """Hi, I'm a member of HK and my union rep told me to ask the municipality for a copy of my employment contract. Can you send it? Kind regards, Sophie""")

M("uh", """Merhaba. Jeg er medlem af 3F og jeg har arbejdsskade i hånden fra vaskeriet. Fagforeningen siger kommunen skal anmelde. Hvorfor ikke anmeldt? Hasan""")

M("u", """Emne: TR-valg på Ishøj Skole - jeg er blevet valgt som ny tillidsrepræsentant, hvem skal have besked?""")

M("", """Jeg skriver som faglig sekretær i 3F Vestegnen på vegne af vores medlemmer på genbrugsstationen. Vi ønsker et møde om arbejdsmiljøet. Mvh Jens Poulsen""")

M("", """Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter i marts?""")

M("", """Hvilken a-kasse skal man vælge hvis man er selvstændig? ASE eller en anden? spørger bare generelt""")

M("", """Min datter vil gerne være elektriker, tager kommunen lærlinge? Tlf 60 22 14 87""")

M("", """Hvornår er der MED-udvalgsmøde i Center for Byudvikling og Natur? Dagsordenen mangler på intranettet. /sekretariatet""")

M("", """Er det rigtigt at kommunen og FOA har lavet en ny lokalaftale om weekendtillæg?""")

M("", """Jeg er ikke medlem af nogen a-kasse, men vil gerne vide hvad et fleksjob er. Mvh Tanja""")

M("", """HK's lokalafdeling holder foredrag om pension på biblioteket 5/12. Må de hænge plakater op i hallen? /Biblioteket""")

M("", """Hvordan får jeg lønsedlen for oktober? Medarbejdernr. 2409881234""")

M("", """Vores forening skal holde generalforsamling, kan vi låne mødelokale 3 på rådhuset tirsdag? Mvh Ishøj Havkajakklub""")

M("", """Er der strejke i busserne i morgen? skal jeg finde noget andet til mine børn? mvh""")

M("u", """Til lønafdelingen

Jeg er skiftet fra FOA til 3F, men fagforeningskontingentet trækkes stadig til FOA. Cpr [[150779–1612]].

Mvh Bo""")

M("ut", """Jeg er fra Eritrea og medlem af 3F. På arbejdet kalder de mig 'abe'. Min TR gør ikke noget. Yonas""")

M("ub", """Jeg er TR i BUPL og samtidig aktiv i SF. Vil borgmesteren mødes med os om børnehusene? Mette""")

M("u", """medl af FOA, arbejder som sosu hjælper, vagtplanen er ulovlig?? 11 timers hviletid brudt 3 gange""")

M("u", """er i Serviceforbundet. hvem er arbejdsmiljørepræsentant på rådhuset?""")

M("u", """hej Tove her jeg er med i fag foreningen 3 f og jeg vil klage over at vi ikke får sikkerhedssko fra kommunen på materielgården""")

M("uh", """> Er du medlem af en fagforening?

Ja, jeg er i Dansk Sygeplejeråd. Jeg vil gerne have min TR med til mødet om min sygemelding.""")

M("u", """Vi er to kollegaer i 3F, Peter Nielsen [[010165-1219]] og Kurt Jensen [[120968 1451]], og vi har ikke fået udbetalt feriepenge fra kommunen for 2024.""")

M("u", """Hej Parkering

Jeg får en p-afgift hver anden uge når jeg henter mine børn i Strandskolens SFO, fordi der kun er 15 minutters parkering og jeg kommer direkte fra nattevagt. Jeg har prøvet at klage til firmaet men de svarer ikke. Jeg er jo selv i Fødevareforbundet NNF og vores TR siger at sådan nogle regler burde tage hensyn til skiftearbejde. Kan kommunen ikke gøre parkeringen længere om eftermiddagen?

Mvh Janne""")

M("u", """Hello, I'm an international employee in the IT department and a member of PROSA. I'd like to know the pension rules for my contract. Thanks, Ankit""")

M("u", """Jeg er Layla, jeg er medlem i HK, jeg arbejder i Borgerservice. Jeg vil gerne have tolkekursus betalt af kommune. Er det muligt?""")
