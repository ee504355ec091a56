from common import M

M("p", """Hej,

Vi var til åbent hus på Strandgårdsvej 61 i søndags og har givet et bud på 3,2 mio. Mægleren siger sælger overvejer. Inden vi går videre vil vi gerne vide om der er en verserende sag om den ulovlige tilbygning. Kan vi få aktindsigt?

Mvh Camilla og Frederik Holm""")

M("pe", """Kære Jens

Min mor Grethe er flyttet på plejehjem og vi børn er ved at sælge hendes lejlighed på Ishøj Søvej. Der har været tre fremvisninger men ingen bud endnu. Mægleren mener at kommunens planer om et nyt højhus skræmmer folk. Er de planer endelige?

Venlig hilsen Peter Brink""")

M("", """Hvad er status på planerne for et højhus ved Ishøj Søvej? Mange naboer er bekymrede for skyggen.""")

M("pe", """Hej,

Vi er nødt til at sælge huset på Høkervej fordi jeg er gået ned i tid og min kone er arbejdsløs. Vi har fundet en køber, men han har ikke fået finansieringen på plads endnu. Kan vi få henstand med ejendomsskatten til handlen er gået igennem?

Jens Ovesen, [[170966–2231]]""")

M("p", """Hej. Vi har lige skrevet under på en betinget købsaftale på en grund ved Torslunde. Betingelsen er at vi kan få lov til at bygge i to etager. Hvor lang tid tager det at få svar på en forespørgsel? Mvh Amanda Kure""")

M("", """Kommunens salg af byggegrunde i Torslunde Nord er jo afsluttet for længst. Men hvorfor står der stadig et skilt med "Til salg - kontakt Ishøj Kommune" ved indkørslen? Det bør fjernes.""")

M("", """Til Økonomiudvalget. Jeg har set i dagsordenen at kommunen vil sælge den gamle tandklinik på Vejleåvej. Hvad er mindsteprisen, og kan borgere byde?""")

M("p", """Hej Ishøj Kommune

Jeg har arvet min fars sommerhusgrund ved Ishøj Strand sammen med min bror. Vi er ved at forhandle om at han køber min halvdel, men vi er ikke enige om værdien. Kan kommunen oplyse den seneste offentlige vurdering?

Mvh Karina Dahl""")

M("pb", """Hej,

Vores menighed i Pinsekirken Ishøj har givet et bud på den tidligere børnehave på Vildtbanevej. Jeg er kasserer og har været med til budmødet. Vi har endnu ikke hørt fra kommunen. Hvornår afgøres det?

Mvh Esther Kjærsgaard""")

M("", """Hvem har købt den tidligere børnehave på Vildtbanevej? Jeg hørte det blev en kirke, men det må være afgjort for længe siden, for der er allerede kommet nyt skilt.""")

M("p", """Hej Mikkel

Jeg vil gerne have din hjælp. Min nabo på Vejlebrovej 15 har sat sit hus til salg og har en køber der vil lave en stor tilbygning ud mod min have. Handlen er ikke på plads endnu, men jeg vil gerne vide om jeg bliver hørt.

Mvh Lotte Norup""")

M("s", """hej Ishøj, jeg og min kæreste Ahmad vil gerne søge en ungdomsbolig sammen. jeg hedder Omar og vi er begge studerende på DTU. kan vi skrive os op som par?""")

M("s", """Kære Byråd

Jeg er lesbisk og har været åben om det i 20 år, men sidste uge blev jeg råbt efter i Ishøj Bycenter. Jeg vil gerne vide hvad kommunen gør mod hadforbrydelser.

Mvh Charlotte Beck""")

M("", """Hvad gør Ishøj Kommune for at forebygge hadforbrydelser mod LGBT+-personer? Jeg har læst en rapport fra Institut for Menneskerettigheder og synes det er et vigtigt emne.""")

M("st", """Hej

Jeg og Lars har været sammen i 15 år og har lige adopteret en datter fra Colombia. Vi er to fædre og vi har fået en plads i Børnehuset Solsikken. Er der noget særligt vi skal gøre i forhold til papirer?

Venlig hilsen
Søren Hald""")

M("", """Har I nogen materialer til pædagoger om hvordan man taler med børn om forskellige familieformer? Jeg arbejder i en børnehave og vi har en bog der hedder "Familier kommer i alle former".""")

M("sh", """hej. min kone Louise og jeg (Maja) venter vores første barn i april. vi har spørgsmål om fødselsforberedelse, skal vi begge komme? og hvor foregår det?""")

M("s", """Hej Ishøj Kommune,

Min hustru Kirsten og jeg er pensionister og bor på Pilemøllevej 3. Jeg hedder Annelise. Vi vil gerne melde os til seniorklubbens bustur til Møn.

Mvh Annelise Birk""")

M("", """Hvornår kører seniorklubbens bustur til Møn, og hvad koster det? Min kone og jeg er meget interesserede.

Mvh Bjarne""")

M("s", """Kære Skoleafdeling

Min søn Lukas er 14 og er lige sprunget ud som homoseksuel. Han bliver drillet i klassen. Jeg vil gerne have et møde med skolelederen.

Mvh Heidi Lorentzen""")

M("", """Er der en antimobbestrategi på Ishøj Skole? Jeg vil gerne se den som forælder i 6.a.""")

M("sb", """Hej

Jeg er transkvinde og pansexual og aktiv i Radikale Venstre i Ishøj. Jeg vil gerne have kommunen til at flage med Pride-flaget. Kan jeg komme og tale ved et udvalgsmøde?

Nora Bjørklund""")

M("", """Hej, hvornår er der offentlig spørgetid ved Kultur- og Fritidsudvalget? Jeg vil gerne tale om Pride-flaget på rådhuset.""")

M("b", """Hej

Jeg er ateist og vil ikke have at min datter deltager i skolens julegudstjeneste i Ishøj Kirke. Læreren siger at alle skal med. Er det rigtigt?

Mvh Jeppe Rask""")

M("", """Holder skolerne i Ishøj stadig julegudstjeneste i kirken? Jeg synes det er en god tradition og håber den fortsætter.""")

M("be", """Hej Ishøj Kommune

Vi er i gang med ramadanen og min mor (73) faster. Hjemmeplejen kommer kl. 12 med frokost, men hun spiser først efter solnedgang. Kan besøget flyttes til om aftenen i en måned?

Mvh Nadia Yilmaz""")

M("e", """Hej

Min mor på Vejleåvej 12 får madordning fra kommunen, men maden kommer nu kun 3 gange om ugen. Hun er 91. Er det den nye regel?

Mvh Kurt Madsen""")

M("", """Hvad koster den kommunale madordning pr. måltid i 2026? Jeg kan ikke finde taksterne på hjemmesiden.""")

M("b", """Kære Byråd

Jeg har stemt på Dansk Folkeparti hele mit liv og jeg er dybt skuffet over at I har givet tilladelse til en ny moské. Det vil jeg gerne have et svar på.

Palle Iversen""")

M("", """Jeg er imod den nye moské ved Industrivej fordi der ikke er parkeringspladser nok. Det har intet med religion at gøre. Hvornår er høringsfristen?""")

M("b", """Hej

Jeg er med i Extinction Rebellion og vi vil lave en fredelig demonstration foran Ishøj Rådhus den 3. maj. Skal vi søge tilladelse hos kommunen eller hos politiet?

Mvh Silje Winther""")

M("", """Hvem giver tilladelse til demonstrationer i Ishøj, er det politiet? Jeg spørger for en opgave i samfundsfag.""")

M("b", """Hejsa

Jeg har konverteret til islam og skal giftes med min kæreste i moskeen. Skal vi også registreres på rådhuset for at ægteskabet er gyldigt?

Mvh Kristoffer""")

M("bt", """Hej,

Min familie er alevitter fra Tyrkiet, og vi ønsker ikke at vores datter skal have den sunnimuslimske imam på besøg i klassen. Vi er ikke imod religion, men vi har vores egen tro. Hvem kan vi tale med?

Mvh Zeynep Demir""")

M("b", """Hej kommune,

Jeg er pacifist og nægter at deltage i beredskabsøvelsen med Hjemmeværnet som min arbejdsplads i Teknisk Forvaltning har planlagt. Kan jeg fritages?

Mvh Holger Brun""")

M("", """Hvor mange deltog i beredskabsøvelsen sidste år, og hvad kostede den? Jeg synes det er spild af penge.""")

M("u", """Hej Ishøj Kommune,

Min søster Tanja er SOSU-assistent på Ishøjgård og hun er kommet i klemme med sin løn. Hun har bedt mig skrive, fordi hun ikke tør selv. Hun har talt med sin tillidsrepræsentant i FOA, men de har ikke fået svar fra lønafdelingen.

Mvh Camilla""")

M("ue", """Kære HR

Jeg er gået på efterløn og har meldt mig ud af Djøf. Jeg skal stadig have min pension fra kommunen. Kan I sende mig en oversigt? 

Mvh Bo Lindquist""")

M("", """Hvad er forskellen på efterløn og folkepension, og hvornår kan man gå på efterløn, hvis man er født i 1968? Det er et generelt spørgsmål.""")

M("ue", """Hej Borgerrådgiveren

Jeg er ledig og medlem af 3F og har fået et afslag fra Jobcentret på at tage et AMU-kursus. 3F siger at jeg skal klage, men ikke hvordan. Kan du hjælpe?

mvh Brian Kofoed""")

M("u", """Hej. Vores klub af buschauffører på Ishøj Station er alle fra forskellige forbund, og vi vil gerne have et møde med Trafikudvalget om tidsplanerne.""")

M("u", """Hej

Jeg var tillidsrepræsentant hos Movia i 10 år, men nu er jeg pensioneret. Jeg vil gerne tale om busruten 128 ved et offentligt møde. Hvem kan jeg kontakte?

Mvh Jørgen Poulsen""")

M("", """Hvad er tillidsrepræsentantens rolle i en kommunal arbejdsplads? Jeg læser til socialrådgiver og skriver om MED-systemet.""")

M("u", """Hej,

Jeg er medlem af IDA og ingeniør i Hydrogen Vest. Vi vil gerne høre om kommunen har planer om at samarbejde med virksomheder i Ishøj Erhvervspark om grøn omstilling.

Mvh Søren Rye""")

M("", """Vil kommunen samarbejde med virksomheder i Ishøj Erhvervspark om grøn omstilling? Vi repræsenterer virksomhedsforeningen, ikke nogen fagforening.""")

M("t", """Hej,

Jeg er adopteret fra Sydkorea og har boet i Ishøj hele mit liv. Min datter har spurgt om der findes sprogkurser i koreansk her. Hvem skal jeg spørge?

Mvh Mi-Sun Larsen""")

M("t", """Kære borgmester,

Jeg er dansk-palæstinenser og min søn blev kaldt "terrorist" af en lærer i Ishøj Skole. Det er uacceptabelt og jeg vil klage.

Mvh Ramzi Odeh""")

M("", """Hvad er procedurerne, når en lærer har talt grimt til en elev? Jeg er medlem af skolebestyrelsen og vil gerne vide hvordan klager håndteres.""")

M("t", """Hej, min datter er halvt jamaicansk og har kraftigt krøllet hår. Der er ingen i SFO'en der kan flette det. Det lyder dumt men hun er ked af det. Kan de få lidt vejledning?

Anja""")

M("t", """Kære Kultur- og Fritidsudvalg

Jeg er roma og vil gerne vise min families musik ved Ishøj Kulturnat. Hvor søger man?

Mvh Stefan Lakatos""")

M("", """Hvordan søger man om at optræde ved Ishøj Kulturnat? Jeg spiller i et balkanband.""")

M("t", """Hej, vi er en familie fra Ukraine, kom i 2022. Min mand har fået arbejde, men vi vil gerne have vores datter i en børnehave med andre ukrainske børn. Findes det?

Olena Kovalenko""")

M("", """Hvor mange ukrainske flygtninge har Ishøj modtaget siden 2022? Det er til et debatindlæg.""")

M("th", """Hej Sundhedsplejen

Jeg er fra Afghanistan og kom hertil som flygtning. Nu har jeg lige født en søn. Jeg kan ikke sove og er hele tiden ked af det. Jordemoderen siger det måske er fødselsdepression. Kan sundhedsplejersken komme hjem til mig?

Mvh Zahra""")
