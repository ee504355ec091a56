"""corpus55 part F: sexual orientation, with work, money and family matters."""
from common import M

M("se", """Kære borgerrådgiver

Min kone og jeg er begge kvinder og har fået et barn sammen. Udbetaling Danmark og kommunen har kun registreret mig som mor og min kone står ikke som medmor, så hun kan ikke få barselsdagpenge. Hvem i kommunen kan hjælpe os med at få det rettet?

Venlig hilsen
Sidsel Brandt""")

M("s", """hej Lone. jeg er bøsse og arbejder i kommunens rengøring. en kollega kalder mig hele tiden bøssekarl og lægger kondomer i mit skab. min leder siger det er for sjov. det er det ikke. Jonas""")

M("", """Hej

Hvornår er Ishøj Pride i år, og kan man som privatperson melde sig som frivillig til at sætte boder op? Jeg har hørt det er i august.

Mvh Trine""")

M("s", """Til borgmesteren

Min mand Anders og jeg har boet på Strandvænget i 12 år. Vi vil gerne invitere dig til vores 10-års bryllupsdag i Strandhuset, hvor vi også samler ind til LGBT+ Danmark. Jeg ved godt det er lidt usædvanligt.

Venlig hilsen
Thomas Ravn""")

M("es", """Hej Erik

Jeg er lesbisk og blev skilt fra min kone i foråret. Nu er jeg alene med to børn og har søgt boligstøtte, men sagsbehandleren skriver "din tidligere mand" i alle breve. Det er trættende at rette det hver gang.

Kh Maja""")

M("", """Hej

Min mand og jeg har fået et brev om ejendomsskat, hvor kun hans navn står på, selvom vi ejer huset sammen. Hvordan får vi også mit navn på?

Venlig hilsen
Lise Kjeldsen""")

M("sh", """Til udvalgsformanden for Social- og Sundhedsudvalget

Min mand Kristian er indlagt med kræft i bugspytkirtlen. Som hans ægtemand er jeg blevet afvist på afdelingen med ordene "kun nærmeste familie". Det var ikke kommunens personale men vi blev henvist til jer om hjemmesygepleje når han kommer hjem. Kan I sørge for at jeg bliver regnet som pårørende?

Venlig hilsen
Steen Dahl""")

M("s", """Hej

Jeg er biseksuel og tillidsvalgt i vores ungdomsråd. Vi vil gerne lave et oplæg om LGBT på skolerne i Ishøj, og jeg vil gerne selv fortælle min historie. Hvem skal vi kontakte?

Mvh
Alma, 17""")

M("", """Til Kultur- og Fritidsudvalget

Vi er en forening der arbejder for LGBT+ unges trivsel i Vestegnen. Vi søger om lokaler i Ishøj Kulturhus til et månedligt ungdomsmøde. Foreningens CVR er 41228800.

Med venlig hilsen
Regnbuen Vest""")

M("se", """Kære Annette Holm

Vi er to fædre til en dreng på 4, og vi har søgt om fripladstilskud til hans børnehave. Systemet kan kun have én "far" og en "mor", så ansøgningen afvises. Kan du hjælpe med at finde en løsning? Vi har begge lav indkomst, jeg er ledig.

Venlig hilsen
Rasmus og Kasper""")

M("s", """Kære Lone,

Jeg er transkvinde og lesbisk, og jeg har en kæreste, Nanna. Vi vil gerne flytte sammen i en af kommunens ældreboliger, men det her er faktisk ikke om os, det er om reglerne for samboende. Hvad kræver det?

Med venlig hilsen
Vera""")

M("su", """Til borgerrådgiveren

Jeg er homoseksuel og medlem af HK. Min leder i Borgerservice spurgte mig til medarbejdersamtalen om jeg "har tænkt mig at stå frem" over for borgerne. Det mener jeg ikke er hans sag. Min TR har rådet mig til at skrive til dig.

Venlig hilsen
Frederik""")

M("", """Hej

Jeg er lærer og vil gerne vide om Ishøj Kommune har materialer til undervisning om kønsidentitet og seksualitet i 8. klasse. Ministeriets materiale er lidt gammelt.

Mvh Lene, Strandskolen""")

M("s", """Kære byrådsmedlem

Min søn er lige sprunget ud som bøsse, og hans far har smidt ham ud hjemmefra. Han bor hos mig nu. Jeg vil bare spørge om der er en ungdomsgruppe i Ishøj han kan gå i, hvor han kan møde andre som ham.

Venlig hilsen
Malene""")

M("set", """Til Jobcenter Ishøj

Min mand Jonas og jeg er to mænd, og vi har adopteret en pige fra Colombia. Jeg har søgt om forældreorlov/barselsdagpenge, men jobcentret har spurgt hvem der er "moren". Det er ingen af os. Hvordan fordeler vi ugerne?

Med venlig hilsen
Anders Bech""")

M("s", """hej Erik
min kæreste og jeg er to piger og vi er blevet kastet sten efter ved busstoppestedet ved Ishøj Station. vi har anmeldt det til politiet. kan kommunen sætte lys op? vi er bange for at tage bussen om aftenen.
mvh Emma""")

M("", """Hej

Min kæreste og jeg skal flytte til Ishøj og vil gerne høre hvordan man skriver sig op til en almen bolig. Vi er begge studerende.

Mvh Kim""")

M("she", """Til Center for Voksne og Velfærd

Min kone, Birgitte, har Alzheimer og bor nu på Ishøj Plejecenter. Jeg er hendes hustru og har været det i 31 år. Personalet omtaler mig som "hendes veninde". Det gør ondt. Kan I informere personalet?

Med venlig hilsen
Karen Lund""")

M("", """Til borgmesterens PA

Vil borgmesteren hejse regnbueflaget ved rådhuset under Copenhagen Pride? Mange kommuner gør det. Jeg synes det er et vigtigt signal.

Venlig hilsen
Henrik""")

M("sp", """Hej Lone

Min mand Ahmed og jeg (jeg er også en mand) skal købe hus i Ishøj Landsby. Sælgeren har accepteret vores bud på 3,2 mio., men handlen er betinget af at kommunen godkender en ny indkørsel. Kan du finde ud af hvem der sidder med sagen?

Kh
Morten""")

M("s", """Hej, jeg er aseksuel og er blevet spurgt af min sagsbehandler på uddannelsesvejledningen om jeg har kæreste, som en del af en "trivselssamtale". jeg synes ikke det er relevant. vil bare høre om de må spørge om det. mvh Sara""")

M("sb", """Kære borgerrådgiver

Min kone og jeg er to kvinder og er gift i Ishøj Kirke sidste år. Nu har vores datter fået en plads i Torslunde Børnehus, men ansøgningsskemaet har kun plads til "mor" og "far". Det er 2026. Kan det ikke rettes?

Venlig hilsen
Line og Cecilie""")

M("se", """Til Ishøj Kommune, Ydelseskontoret

Vi er et homoseksuelt par, og min partner Simon er på kontanthjælp. Vi vil gerne flytte sammen, men har hørt at hans ydelse så bliver sat ned fordi jeg har job. Er det rigtigt også for to mænd?

Mvh
Jesper""")

M("", """Til hovedpostkassen

Jeg er projektleder i LGBT+ Danmark og vil gerne høre om kommunen har en handleplan for LGBT+ ældre på plejecentrene. Vi er ved at lave en kortlægning for hele Region Hovedstaden.

Med venlig hilsen
Anna Lind""")

M("st", """Dear councillor,

My husband and I moved to Ishøj in August. We are a gay couple from Ireland. At the citizen service desk, the staff member laughed when my husband registered me as his spouse. I'd like to make a formal complaint.

Regards,
Conor O'Brien""")

M("sh", """Hej

Jeg er queer og har været sygemeldt med angst efter chikane på mit arbejde som pædagogmedhjælper. Jeg vil gerne tale med nogen i kommunen om hvordan jeg kommer tilbage uden at skulle møde den samme kollega. Min leder ved ikke noget om det.

Alex""")

M("es", """Til borgmesterens PA

Jeg ønsker et møde med borgmesteren. Min eksmand og jeg har fælles forældremyndighed over vores to børn. Efter jeg har fået en kæreste, som er en kvinde, forsøger han at få fuld forældremyndighed. Familieretshuset har sendt sagen videre til kommunens børnefaglige undersøgelse.

Venlig hilsen
Stine Kragh""")

M("", """Hej

Mit navn er Kim og min mand hedder Peter. Vi ønsker at søge om tilladelse til at sætte et hegn op om vores have på Vildtbanevej.

Venlig hilsen
Kim Jørgensen""")

M("s", """hej annette jeg er pansexual og vil gerne være med i jeres arbejdsgruppe om trivsel for unge. jeg har selv oplevet mobning på Ishøj skole fordi jeg fortalte det. jeg går i 9. nu. mvh Noah""")

M("sp", """Til Ejendomsafdelingen

Min kone og jeg – to kvinder, gift i 2020 – har budt på byggegrund nr. 4 i Strandhaven. Vi har hørt der er en anden byder, og vil gerne høre om vi kan forhøje vores bud før udvalget behandler sagen.

Venlig hilsen
Mette og Louise Dalsgaard""")

M("", """Til Kultur- og Fritidsudvalget

Hvorfor har kommunen ikke et regnbue-fodgængerfelt som i København? Det koster næsten ingenting og viser at Ishøj er en kommune for alle.

Mvh
Kasper""")

M("su", """Kære Erik Olsen

Jeg er tillidsrepræsentant for 3F på Ishøj Havn og er selv homo. En ny kollega er blevet kaldt grimme ting af de andre fordi han er bøsse. Jeg har prøvet at tage det op med ledelsen, men der sker ikke noget. Kan kommunen som havnens ejer gøre noget?

Med venlig hilsen
Henrik Bro""")

M("set", """Hej borgerrådgiver

Jeg er lesbisk og flygtede fra Uganda pga. min seksualitet. Jeg har fået asyl, men jobcentret har sendt mig i praktik hos en mand fra mit land, som ved hvem jeg er. Jeg er bange. Kan jeg få en anden praktik?

Mvh
Esther""")

M("", """Hej

Min kæreste og jeg venter os og vil gerne vide hvordan man søger om plads i vuggestue. Hvor lang er ventelisten i Ishøj?

Mvh Sam""")

M("s", """Kære byrådsmedlem

Min datter har to mødre: mig og min kone Louise. Skolen har sendt invitation til "morfar-dag" og "far-og-barn-aften". Vi synes det er lidt gammeldags, men vil gerne høre om kommunen har retningslinjer for regnbuefamilier i skolerne.

Venlig hilsen
Sofie Winther""")

M("sh", """Til hovedpostkassen

Vi er to mænd i et registreret partnerskab fra 1998. Min partner Ib har fået en hjerneblødning og er indlagt. Jeg skal have fuldmagt til at tale med kommunen om hans pension og husleje. Hvordan gør vi, når han ikke kan skrive under?

Venlig hilsen
Erling Thomsen""")

M("s", """Hej. er det rigtigt at man ikke kan være plejefamilie hvis man er to mænd? min mand og jeg har tænkt på det længe. vi er begge 40 og har fast arbejde. mvh Christian""")

M("se", """Til Jobcenteret

Jeg er blevet afskediget fra et lager, efter jeg stod frem som homoseksuel på arbejdspladsen. Min chef sagde det var pga. omstrukturering, men jeg var den eneste der røg. Jeg skal melde mig ledig, men vil også gerne vide hvor jeg kan klage.

Mvh Ali R.""")
