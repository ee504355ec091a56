"""Part G: across the mailboxes - house and flat trades, unions at work, partners and families."""
from common import M

M("p", """
Hej Byggesagsafdelingen

Vi har solgt vores hus betinget af at I godkender udestuen inden 15. januar. Køberne venter på svaret og har sagt at de ellers træder tilbage. Sagsnummer BYG-2026-1187.

Mvh
Lene og Torben Steen
Ishøj Landevej 61
""")

M("", """
Hej

Vi købte huset på Torslunde Bygade i 2019 og handlen er for længst på plads. Nu vil vi bygge en carport – hvad kræver det af tilladelser?

Mvh
Kim Vestergaard
""")

M("pu", """
Kære Pia Strand

Jeg er tillidsrepræsentant i HK på rådhuset, men skriver som privatperson: jeg har fået et bud på min andelslejlighed i Ishøj Strandpark, og køberen vil vide om de nye altaner bliver betalt af foreningen eller kommunen. Ved du noget om tidsplanen?

Hilsen
Jette Marcussen
""")

M("", """
Hej, hvornår bliver de nye altaner i Ishøj Strandpark sat op? Spørger som beboer.
""")

M("p", """
hej, vi har solgt vores kolonihave men køberen er sprunget fra i sidste øjeblik. nu skal vi finde en ny køber inden foreningens frist 1. marts. kan kommunen forlænge fristen?
Benny
""")

M("pe", """
Til Borgerrådgiveren

Banken har begæret tvangsauktion over mit hus på Vejlebrovej til februar. Jeg har været arbejdsløs siden juni. Kan kommunen hjælpe mig med at finde en bolig inden, og kan jeg få hjælp til flytning?

cpr [[220574-1389]]
Morten Falk
""")

M("", """
Hej

Hvordan foregår en tvangsauktion i praksis, og annoncerer kommunen det et sted? Jeg er ejendomsmægler og vil gerne følge med.
""")

M("p", """
Hej Teknik og Miljø

Naboens hus i nr. 14 er sat til salg, og mægleren har sat et skilt op der står ind på vores grund. Kan I bede dem flytte det?

Hilsen
Familien i nr. 16, Tranegilde Strandvej
""")

M("", """
Hej, hvad er reglerne for "til salg"-skilte på private grunde? Må de stå på fortovet?
""")

M("ps", """
Hej

Min mand Peter og jeg er ved at købe vores første hus sammen på Ishøj Søvej. Vi har underskrevet købsaftalen med advokatforbehold, og vores advokat mangler ejendomsdatarapporten. Kan I sende den?

Med venlig hilsen
Martin Holm-Andersen
""")

M("p", """
Kære Erhverv

Vi forhandler med kommunen om køb af erhvervsgrunden ved Industrivej Nord til vores VVS-firma. Vi har budt 2,1 mio. og har ikke hørt noget siden november. Er der andre bydere?

Venlig hilsen
Søren Hald, direktør
""")

M("", """
Hej

Hvordan sælger kommunen erhvervsgrunde? Er det altid i offentligt udbud? Jeg spørger for en iværksætterforening.
""")

M("su", """
Hej HR

Jeg er ansat i Vej og Park og medlem af 3F. Jeg vil gerne have orlov en uge i januar, fordi min kæreste Morten skal opereres... nej undskyld, ikke opereres, han skal til eksamen, og jeg vil støtte ham. Er det muligt med så kort varsel?

Mvh
Thomas Berg
""")

M("", """
Hej, hvor mange dages omsorgsdage har kommunens ansatte efter overenskomsten? Det er et generelt spørgsmål.
""")

M("u", """
Hej Jobcentret

Jeg er medlem af Det Faglige Hus og min a-kasse har bedt om en kopi af min jobplan. Kan I sende den til dem direkte?

Mvh
Brian Thomsen
[[091180-1533]]
""")

M("", """
Hej

Jeg er ikke medlem af nogen a-kasse og er lige blevet færdig som elektriker. Hvad er fordelene ved at melde sig ind? Bare et råd.
""")

M("u", """
Kære Børne- og Skoleudvalg

Som TR for pædagogerne i Vuggestuen Solsikken (BUPL) vil jeg gøre opmærksom på at vi har været underbemandet hele december pga. influenza. Kan I finde vikarpenge?

Venlig hilsen
Mads Kjeldgaard
""")

M("", """
Hej, hvor meget har kommunen brugt på vikarer i daginstitutionerne i år? Jeg spørger som forælder.
""")

M("us", """
Hej

Jeg hedder Søren og er medlem af Dansk Sygeplejeråd. Min mand Anders og jeg skal bruge en daginstitution til vores adoptivbarn fra februar. Vi er begge sygeplejersker med skiftende vagter. Har I en institution med tidlig åbning?

Mvh
Søren Lindberg
""")

M("", """
Hej, er der daginstitutioner i Ishøj med åbent fra kl. 6? Jeg er sygeplejerske og har tidlige vagter.
""")

M("s", """
Hej

Vi er et par på to kvinder, Sanne og Louise, og vil gerne melde os som aflastningsfamilie. Kan man det som regnbuefamilie?

Kh Sanne Møller
""")

M("", """
Hej, hvad kræves der for at blive godkendt som plejefamilie i Ishøj? Kan enlige også?
""")

M("s", """
Hej biblioteket

Min kone Nanna og jeg (begge kvinder haha) vil gerne booke jeres mødelokale til en lille julehygge for vores regnbuenetværk den 18. december.

Hilsen
Tine
""")

M("s", """
hej fritidsklubben, min søn har to mødre og han bliver drillet med det. kan I tage en snak med børnene? han hedder Elias og går i 4. klasse.
mvh Sara (medmor)
""")

M("", """
Hej, har fritidsklubberne materiale om forskellige familieformer, fx regnbuefamilier? Jeg er pædagogstuderende.
""")

M("sb", """
Kære borgmester

Jeg er præst i folkekirken og biseksuel, og jeg skriver fordi jeg gerne vil vie to kvinder i Ishøj Kirke til sommer, og menighedsrådet er uenige. Kan kommunen låne os rådhussalen i stedet til festen?

Venlig hilsen
Mette Kornum
""")

M("", """
Hej, hvem kan vie par på rådhuset i Ishøj, og hvad koster det? Vi vil giftes i april.
""")

M("se", """
Hej

Jeg er asexual og bliver presset af min sagsbehandler til at "finde en kæreste så du ikke er så alene". Jeg synes ikke det hører hjemme i en samtale om min bolig. Hvem kan jeg klage til?

Kim
""")

M("sh", """
Hej Hjemmeplejen

Min mand Jens og jeg har været sammen i 50 år. Jens er faldet og har brækket hoften, og han er indlagt på Hvidovre. Kan jeg få besked når han kommer hjem, og hvem skal jeg tale med om hans genoptræning?

Venlig hilsen
Harald Winther
""")

M("", """
Hej, hvor foregår genoptræning efter hofteoperationer i Ishøj? Er det på Sundhedshuset?
""")

M("ps", """
Hej

Min kæreste Ida og jeg (jeg er også pige) har budt på en andel i Vejleåparken. Foreningen siger der er en anden med højere bud. Er der en venteliste hos kommunen eller er det kun foreningen?

Mvh
Emma Friis
""")

M("p", """
Hej

Vi skal sælge vores parcelhus på Kirkebjerg Allé, og der er en køber på krogen, men han kræver at vi får lovliggjort skuret. Kan I se på det inden jul?

Mvh
Jørn Lassen
""")

M("", """
Hej, hvad koster det at få lovliggjort et skur der er bygget uden tilladelse?
""")

M("p", """
Hej kommune

Min søster og jeg har arvet vores fars hus i Torslunde og skal sælge det. Vi har et bud, men vi er uenige om vi skal tage imod. Skal kommunen godkende noget ift. dødsboet?

Hilsen
Anja Lund
""")

M("pe", """
Hej

Vi er blevet skilt og huset på Gildbrohøj skal sælges. Jeg bliver boende med børnene til det er solgt. Min ex-mand betaler ikke sin del af afdragene. Kan jeg søge boligstøtte så længe?

cpr [[100882 1456]]

Mvh
Camilla Strøm
""")

M("", """
Hej, kan man få boligstøtte hvis man bor i ejerbolig? Eller kun lejere?
""")

M("pu", """
Hej

Jeg er medlem af Lederne og leder af en byggeplads. Vi er ved at købe den gamle skolegrund på Vejleåvej af kommunen, og handlen er betinget af lokalplanen. Hvornår behandles den i udvalget?

Mvh
Kurt Damgaard
""")

M("", """
Hej, hvornår behandler Teknik- og Miljøudvalget lokalplanen for den gamle skolegrund på Vejleåvej? Jeg bor ved siden af.
""")

M("p", """
Hej

Jeg har lejet en garage ud til naboen, men nu vil han købe den af mig sammen med en stump jord. Vi er enige om prisen, men har ikke skrevet under. Skal kommunen godkende udstykningen?

Mvh
Vagn Nielsen
""")

M("ph", """
Hej

Jeg har fået konstateret sklerose og kan ikke klare trapperne i mit rækkehus mere. Jeg har sat det til salg og har fået et bud, men det er lavt. Kan kommunen hjælpe mig med at finde en stueetagebolig?

Mvh
Birgitte Holm
[[030768-2474]]
""")

M("", """
Hej, hvor mange ældreboliger i stueetagen har kommunen, og hvordan kommer man på ventelisten?
""")

M("p", """
Kære Økonomiudvalget

Vi er en gruppe naboer der vil købe det grønne område bag Ishøj Parkvej af kommunen. Vi har sendt et tilbud på 300.000 kr. men har ikke fået svar. Hvornår tager I stilling?

Med venlig hilsen
Beboerne på Ishøj Parkvej 2-20
""")

M("u", """
Hej

Jeg er IDA-medlem og ingeniør i en rådgivervirksomhed. Vi byder på kommunens udbud om nye cykelstier. Hvor finder jeg udbudsmaterialet?

Mvh
Lasse
""")

M("", """
Hej, hvor finder man kommunens udbud? Er de på udbud.dk?
""")

M("u", """
Kære Karsten Hvid

Tak for at du mødte op hos os i Djøf's lokalafdeling i går. Som medlem var jeg glad for svaret om fleksjob.

Hilsen
Camilla Nørgaard
""")

M("ue", """
Hej

Jeg var medlem af FOA i 20 år, men meldte mig ud da jeg fik førtidspension. Nu vil jeg gerne tjene lidt som frivillig i hjemmeplejen i julen. Går det ud over min pension?

Mvh
Birgit Lauesen
""")

M("", """
Hej, hvor meget kan man tjene ved siden af førtidspension uden at blive modregnet? Generelt spørgsmål.
""")

M("u", """
Hej, jeg er tillidsmand i Dansk El-Forbund på et byggeri i Ishøj. kommunen har lovet at vi kan bruge skurvognen ved skolen. hvem har nøglen?
Ole
""")
