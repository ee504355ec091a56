"""Part F: belief (religion, philosophy, party) — positives and hard negatives."""
from common import M

M("b", """
Hej

Jeg er muslim og faster under ramadanen. Kan min søn blive fritaget fra madkundskab de dage, hvor de smager på maden?

Mvh Yusuf Demir
""")

M("b", """
Kære Tina (byrådsmedlem)

Jeg har været medlem af Socialdemokratiet i Ishøj i 22 år, men efter jeres stemme om skolelukningen melder jeg mig ud. Det ville jeg bare have at du vidste.

Med venlig hilsen
Helge Nørgaard
""")

M("b", """
hej, jeg er Jehovas Vidne og kan ikke deltage i fødselsdagsfester – min datter skal ikke med til de fælles fødselsdage i SFO'en. kan I respektere det? mvh Rut
""")

M("bhe", """
Hej

Min far er katolik og ligger for døden på hospice. Han ønsker at en katolsk præst kommer. Kan plejepersonalet sørge for det? Han er på Ishøj Plejecenter stue 14.

Mvh Maria Kowalski
""")

M("b", """
Til Skolebestyrelsen

Vi er ateister og ønsker ikke at vores søn deltager i skolens julegudstjeneste i kirken. Kan han få et alternativ på skolen?

Venlig hilsen
Lars og Tina Brandt
""")

M("b", """
Hej, jeg bærer tørklæde pga. min tro og blev bedt om at tage det af til en fotoprøve på Borgerservice til mit nye pas. Er det korrekt?? Jeg vil gerne klage.
/Sumaya
""")

M("b", """
Hej Borgmester

Jeg stemte på dig ved sidste valg, men efter budgettet gør jeg det ikke igen. Jeg er pensionist og føler mig svigtet.

Mvh
Erik Lund
""")

M("b", """
Kære Kultur- og Fritidsudvalget

Jeg er sikh og vil gerne søge om at bruge Kulturhuset til en Vaisakhi-fejring for vores menighed. Vi forventer ca. 150 gæster.

Mvh
Harjit Singh
""")

M("b", """
Hej,
jeg er veganer af etiske grunde og min datter ønsker heller ikke kød. Kan skolemadsordningen levere veganske retter?
Mvh Anne-Mette
""")

M("b", """
Til Teknik- og Miljøudvalget

Som aktiv i Extinction Rebellion Vestegnen vil jeg gerne varsle en fredelig demonstration foran rådhuset den 5. juni. Skal vi søge om tilladelse?

Mvh
Signe Vind
""")

M("b", """
Hej

Jeg er kandidat for Enhedslisten ved det kommende kommunalvalg og vil gerne vide hvornår man må hænge valgplakater op i Ishøj.

Mvh
Omar Hassan
""")

M("b", """
hej, min mand og jeg er buddhister og vil gerne have lov at sprede vores mors aske i Ishøj Strandpark. kræver det tilladelse?
""")

M("bt", """
Hej

Vi er en assyrisk kristen familie fra Irak. Min søn bliver kaldt "vantro" i skolegården af nogle andre drenge. Kan skolen tage det op?

Mvh
Nabil Yousef
""")

M("b", """
Kære byrådsmedlem

Jeg er medlem af Dansk Folkeparti og er uenig med dig i mange ting, men jeg vil takke dig for din hjælp med vejen. Det er godt politikere kan samarbejde.

Hilsen
Bent Vestergaard
""")

M("b", """
Hej

Min kone er konverteret til islam, og hun ønsker at hendes begravelse skal foregå efter muslimsk skik. Er der en muslimsk afdeling på Ishøj Kirkegård?

Mvh
Jan
""")

M("b", """
Til borgerrådgiveren

Jeg er pacifist og har derfor nægtet at deltage i kommunens beredskabsøvelse, som jeg er blevet indkaldt til som frivillig. Nu truer de med at smide mig ud af frivilligkorpset. Er det lovligt?

Mvh
Gorm Bæk
""")

M("bet", """
hej jeg er jøde (troende) og vil høre om jeres madordning i plejehjemmet kan levere kosher mad til min mor. mvh Rebekka
""")

M("b", """
Hej

Vores søn er medlem af Venstres Ungdom og har fået lov til at låne et lokale på skolen til et møde. Nu siger skolelederen, at det er politisk og ikke må foregå der. Hvad er reglen?

Mvh
Familien Rask
""")

M("b", """
PS: Jeg er humanist og medlem af Humanistisk Samfund, så jeg ønsker en borgerlig navngivning af min datter, ikke dåb. Hvordan gør jeg det?

Mvh Nikolaj
""")

M("b", """
Hej

Jeg er frikirkekristen (Pinsekirken) og vil gerne leje skolens gymnastiksal søndag formiddag til gudstjeneste. Hvad koster det?

Mvh
Pastor Daniel Holm
""")

M("bu", """
Hej Kirsten

Som SF'er og tillidsrepræsentant i FOA i hjemmeplejen vil jeg sige at arbejdsmiljøet er helt i bund. Vi har haft 5 sygemeldinger på en måned. Kan I tage det op i udvalget?

Mvh
Birgit Lauridsen
""")

M("b", """
Til kommunen

Jeg er hindu, og vi vil gerne fejre Diwali med lys på altanen. Boligselskabet siger at det er brandfarligt. Har kommunen regler om stearinlys på altaner?

Mvh Priya
""")

M("b", """
hej jeg er ikke troende længere og vil gerne melde mig ud af folkekirken. kan det gøres hos jer eller skal jeg til præsten
""")

M("b", """
Hej,

Jeg sidder i bestyrelsen i Konservative Ishøj og vil høre om vi må stå med en stand på torvet lørdag.

Mvh Christian Wulff
""")

M("b", """
Hej, jeg er shiamuslim og beder kl. 13. Kan jeg få 10 minutters pause i min elevtid på Jobcentret til det? Min vejleder siger nej.
Mvh Hussein
""")

M("b", """
Hej

Jeg har stemt Radikale hele mit liv, men kan ikke forstå at jeres lokale repræsentant stemte for at fælde træerne ved søen.

Hilsen
Gudrun Lindberg
""")

M("b", """
Kære borgmester, jeg er medlem af Mosaisk Trossamfund og vil gerne høre om kommunen vil tænde lys ved mindesmærket den 9. november.
Mvh Esther
""")

M("bh", """
Hej

Min mand er Jehovas Vidne og afviser blodtransfusion. Han skal opereres i knæet. Kan hjemmesygeplejen hjælpe med at formidle det til hospitalet?

Mvh
Birthe Lassen
""")

M("b", """
Hej

Vi er en gruppe muslimske forældre der ønsker at pigerne kan svømme i burkini i skolesvømningen. Min datter Amina i 5.a vil ellers ikke deltage.

Mvh
Khadija Rahimi
""")

M("b", """
hej det er Lotte fra Liberal Alliance her, vi skal bruge kontaktoplysninger på kommunens valgsekretariat til brevstemmer på plejehjem. hvem er det?
""")

# --- hard negatives ---
M("", """
Hej, hvornår åbner den nye moské på Industrivej, og skal der laves parkeringspladser?
""")

M("", """
Hej

Hvad tid er gudstjenesten juleaften i Ishøj Kirke? Min mor vil gerne med.

Mvh
""")

M("", """
Kære byrådsmedlem

Jeg mener vi skal have flere parkeringspladser ved stationen. Det er umuligt at finde en plads efter kl. 8.

Mvh
Carl
""")

M("", """
Hej, jeg tror at bussen er forsinket hver morgen pga. vejarbejdet. Tror I det bliver bedre efter sommerferien?
""")

M("", """
Hej

Folkekirkens Nødhjælp holder sogneindsamling den 9. marts. Må vi stille op med indsamlere ved Ishøj Station?

Mvh indsamlingsleder Else Berg
""")

M("", """
Til Børne- og Skoleudvalget

Jeg er imod lukningen af biblioteket i Torslunde. Det er et vigtigt samlingssted for hele landsbyen.

Mvh Aase
""")

M("", """
Hej, hvor mange stemte ved kommunalvalget i Ishøj i 2021? Og hvordan var fordelingen på partier?
""")

M("", """
Hej

Jeg skriver en opgave om religion i Danmark. Hvor mange trossamfund har lokaler i Ishøj?

Mvh Mathilde, 2.g
""")

M("", """
Hej, jeg troede at juletræet skulle tændes den 1. december, men der skete ikke noget? Er det aflyst?
""")

M("", """
Hej Byråd

Hvornår er næste borgermøde om den nye helhedsplan? Jeg vil gerne stille spørgsmål om trafikken.

Mvh Bjørn
""")

M("", """
Kære borgmester, jeg synes det er forkert at kontanthjælpsreglerne er så stramme. Tak for ordet. Mvh Olga
""")

M("", """
Hej, hvordan booker man Ishøj Kirke til en koncert? Vores kor vil gerne synge der.
""")

M("", """
Hej

Kan man brevstemme på Borgerservice til folketingsvalget, og hvad er åbningstiderne?

Mvh Hans
""")

M("", """
Hej, er der nogen regler for højtalere ved fredagsbøn? Der er lidt larm ved det nye kulturcenter – ikke en klage, bare et spørgsmål.
""")

M("", """
Hej

Jeg tror ikke at nye cykelstier løser trafikproblemet. Det er min ærlige mening. Men hvad siger Teknik- og Miljøudvalget?

Mvh Leif
""")
