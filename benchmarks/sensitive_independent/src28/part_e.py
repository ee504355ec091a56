"""corpus28 part E: work, the jobcenter and unions — a union's advice quoted, TR roles,
a-kasse questions; job-fair and wage questions as hard negatives."""
from common import M

M("ue", """Hej Jobcentret

Min a-kasse, HK, siger at jeg skal have et CV-møde hos jer inden for de første 4 uger, men jeg har ikke fået nogen indkaldelse. Jeg blev ledig den 1. Hvem skal jeg kontakte?

Mvh Tanja Bonde
cpr [[180790-2244]]""")

M("", """Hej. Hvilke a-kasser samarbejder Jobcenter Ishøj med? Jeg overvejer at melde mig ind i en, men ved ikke hvilken.""")

M("ue", """hej, jeg er i Krifa og er blevet opsagt fra mit job som lagermedarbejder. krifa siger jeg skal tilmelde mig som ledig på jobnet samme dag, men jeg kan ikke logge på med mitid. kan I hjælpe? Mvh Ali, [[030398 2675]]""")

M("", """Er det rigtigt at man kan få løntilskud hvis man ansætter en ledig over 50? Vi er en lille tømrervirksomhed i Ishøj.""")

M("u", """Kære Center for Beskæftigelse og Erhverv

Jeg skriver som TR for Dansk Sygeplejeråd på et privat plejehjem i Ishøj. Vi har fået besked om at kommunen ændrer visitationen af beboerne fra april. Kan I oplyse om møder hvor de ansatte kan blive informeret?

Med venlig hilsen
Helle Damgaard""")

M("", """Hej. Hvornår er der informationsmøde om seniorjob for borgere over 60?""")

M("eu", """Kære Jobcenter Ishøj

Jeg er medlem af Det Faglige Hus og har fået sygedagpenge siden juni. Jeg har fået en indkaldelse til et møde i morgen kl. 9, men Det Faglige Hus siger at jeg har ret til at have en bisidder med. Kan mødet flyttes, så min bisidder kan komme?

Mvh Carsten Møller""")

M("", """Hej jobcentret, kan man få hjælp til at skrive ansøgninger hvis man ikke er ledig, men bare vil skifte job? Jeg arbejder på fuld tid.""")

M("u", """hej jeg er med i Djøf og min fagforening har sagt at kommunen skal svare på min aktindsigt i et udbud inden 7 arbejdsdage. Det er 12 dage siden nu. Sag 2026-118822. /Johanne""")

M("", """Til Ishøj Kommune

Hvad er lønnen for en sommerferiejob-elev hos Vej og Park? Min søn på 15 vil søge.

Hilsen Kurt""")

M("uhe", """Kære jobcenter

Jeg har været sygemeldt i 5 måneder med angst og stress efter en konflikt på mit arbejde. Min tillidsrepræsentant fra FOA har været med til alle møder med arbejdsgiveren, og nu vil hun også gerne deltage i opfølgningssamtalen hos jer. Er det i orden?

Med venlig hilsen
Dorte Lassen""")

M("", """Kære jobcenter. Hvad er reglerne for at have en bisidder med til en samtale? Spørger for mit arbejde i en frivillig rådgivning.""")

M("ut", """Hej

Jeg er rumæner og arbejder som murer. Jeg er medlem af BJMF, og fagforeningen siger at firmaet, som har en opgave for kommunen på Ishøj Skole, ikke betaler overenskomstløn til os udlændinge. Kan kommunen kontrollere det, når det er en kommunal opgave?

Mulțumesc,
Ionuț Popescu""")

M("", """Kære kommune. Har Ishøj Kommune arbejdsklausuler i sine udbud, så underleverandører skal betale overenskomstløn? Jeg spørger som journalist.""")

M("u", """Hej

Jeg var tidligere medlem af 3F, men meldte mig ud sidste år og er nu i Lederne. Nu får jeg stadig breve fra jobcentret om at min a-kasse er 3F. Kan I rette det i jeres system?

Venlig hilsen
Steen Brødsgaard""")

M("", """Hej, jeg er ikke medlem af nogen a-kasse. Kan jeg stadig få hjælp af jer til at finde et job? Mvh Tobias""")

M("u", """Kære direktør

Jeg har fået at vide af min fagforening, IDA, at Ishøj Kommune ikke har svaret på min klage over afslaget på min ansøgning om etablering af et mikrofirma i iværksætterhuset. Det er nu 8 uger siden. Jeg synes det er for længe.

Venlig hilsen
Søren Overgaard, civilingeniør""")

M("", """Hej, hvad koster det at leje et kontor i iværksætterhuset på Ishøj Strandvej? Mvh Line""")

M("he", """Til Jobcentret

Efter min hjerneblødning sidste år har jeg svært ved at koncentrere mig mere end 2 timer ad gangen. Min læge mener jeg skal have et fleksjob, men min sagsbehandler vil have mig i virksomhedspraktik på 20 timer først. Jeg er bange for at det går galt.

Mvh Henrik Andreasen
personnr. [[220358-1127]]""")

M("", """Kære jobcenter

Jeg har fået en mail fra jer med en indkaldelse til et møde på onsdag, men der står ikke hvilken adresse. Er det på Jobcentret på Ishøj Store Torv eller på rådhuset?

Mvh Mikael""")

M("ue", """Hej

Min arbejdsgiver (et rengøringsfirma med kontrakt med kommunen) har ikke betalt min løn for december. 3F, hvor jeg er medlem, har sendt et krav, men jeg har ikke penge til husleje. Kan kommunen hjælpe med et akut lån til huslejen?

Venlig hilsen
Natalia Kowalska""")

M("", """Hej. Kan kommunen give et akut lån til husleje, og hvad er betingelserne? Det er et generelt spørgsmål fra Ishøj Boligselskabs beboerrådgiver.""")

M("ub", """Kære borgmester

Jeg er tillidsrepræsentant for HK'erne i Borgerservice i Vallensbæk, og jeg er også medlem af SF. Jeg vil som borger i Ishøj gerne opfordre dig til at se på de lange ventetider i jeres borgerservice – vi får mange af jeres borgere ind hos os.

Med venlig hilsen
Ulla Brandt""")

M("u", """Hej. jeg er BUPL medlem og vil gerne høre om kommunen har ledige pædagogstillinger i de nye institutioner i Ishøj Nord. /Simone""")

M("", """Hej. Har kommunen ledige pædagogstillinger? Hvor slås de op?""")

M("u", """Kære Ishøj Kommune

Jeg blev ansat som pædagogmedhjælper i en af jeres vuggestuer og har skrevet under på kontrakten, men FOA siger at min løntrin er forkert indplaceret. Jeg ved godt at borgerrådgiveren ikke tager ansættelsessager, så jeg skriver til hovedpostkassen: hvem i HR skal jeg kontakte?

Mvh Jasmin Hedegaard""")

M("", """Hej. Hvilke fagforeninger er repræsenteret i kommunens MED-udvalg? Det er til en opgave på SOSU-skolen.""")

M("eu", """Hej Jobcentret

Jeg har fået 3 sanktioner på min kontanthjælp på et halvt år for at komme for sent til aktivering. Min fagforening, Fødevareforbundet NNF, har sagt at jeg kan klage. Hvem klager jeg til?

Mvh Kristian Bøgh""")

M("", """Hvornår åbner Ishøj Kommunes sommerjob-portal for unge under 18?""")

M("heu", """Kære Center for Beskæftigelse og Erhverv

Jeg er metalarbejder og fik en arbejdsskade på venstre hånd i marts. Dansk Metal har hjulpet mig med at anmelde den til AES. Nu vil jobcentret vide hvad jeg kan arbejde med fremover. Min fagforeningskonsulent vil gerne være med til mødet. Kan I sende indkaldelsen til hende også?

Med venlig hilsen
Jimmi Lauridsen""")

M("", """Hej. Hvem anmelder en arbejdsskade – arbejdsgiveren eller lægen? Jeg er sikkerhedsrepræsentant i en kantine og vil gerne vide det.""")

M("e", """Kære jobcenter

Jeg er 62 og blev afskediget i august efter 31 år i samme firma. Dagpengene løber ud til sommer. Jeg har hørt om seniorpension, men ved ikke om jeg kan søge det. Kan I hjælpe?

Venlig hilsen
Poul Henriksen""")

M("u", """hej jeg er nyvalgt TR i Serviceforbundet på Ishøj Bycenter og vil høre om kommunen har regler for hvornår butikkerne må få varelevering om natten. vores folk klager over larm i lageret kl 4. mvh Dennis""")

M("", """Hej, må butikker i Ishøj Bycenter få varelevering om natten? Jeg bor lige over for og bliver vækket kl. 4. Mvh Gunhild, Ishøj Strandvej 62""")

M("ub", """Kære byrådsmedlem

Som gammel 3F'er og medlem af Arbejderpartiet Kommunisterne har jeg ikke mange forventninger, men jeg vil alligevel bede dig om at stemme mod udliciteringen af rengøringen på skolerne.

Hilsen Ejner""")

M("", """Kære byrådsmedlem. Jeg er imod udliciteringen af rengøringen på skolerne. Stem nej. Mvh Hanne""")

M("u", """Til Ishøj Kommune

Vores fagforening, Malerforbundet, har bedt mig som medlem at spørge om kommunen stadig stiller krav om lærlinge i sine malerudbud. Vi er tre lærlinge i mit firma og er bekymrede for fremtiden.

Mvh Oliver Krag""")
