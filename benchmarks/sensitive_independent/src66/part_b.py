"""corpus66 part B: students, SU, kollegium and young adults' first homes."""
from common import M

M("e", """
Hej

Jeg har et SU-lån på 148.000 kr. som jeg skal begynde at betale tilbage nu, og jeg har
ikke fundet arbejde efter min kandidat. Udbetaling Danmark vil have 1.900 om måneden.
Kan kommunen hjælpe, eller er jeg bare nødt til at gå på dagpenge? Jeg meldte mig aldrig
ind i en a-kasse.

Mvh Line, [[080397-2210]]
""")

M("", """
Til Ishøj Kommune

Har kommunen et kollegium eller ungdomsboliger, og hvordan kommer man på ventelisten?
Jeg starter på DTU efter sommerferien og vil gerne blive i Ishøj, hvor jeg er vokset op.

Hilsen
Victor
""")

M("s", """
Kære borgerrådgiver

Jeg bor på et ungdomskollegium ved Ishøj Strand. Min kæreste Ali og jeg (vi er begge
fyre) har fået en advarsel fra viceværten om at "gæster ikke må overnatte". Andre par
på gangen får ikke advarsler. Kollegiet er ejet af en boligforening, men kommunen
anviser til det. Kan man klage til jer?

Mvh Daniel
""")

M("h", """
hej, jeg er på 2. år på gymnasiet og har spiseforstyrrelse (anoreksi) og er
indlagt i dagbehandling tre dage om ugen. skolen siger jeg skal til en samtale hos
kommunens ungeberater men jeg ved ikke hvad det handler om. kan i forklare?
-Freja
""")

M("e", """
Til Center for Beskæftigelse og Erhverv

Jeg har fået at vide at min SU stopper fordi jeg har været inaktiv på studiet, og nu
vil Jobcentret have mig til samtale om uddannelseshjælp. Jeg forstår ikke hvorfor jeg
skal møde op, når jeg bare skal starte på et nyt studie i februar.

Venlig hilsen
Sebastian Krogh
CPR [[2109014731]]
""")

M("", """
Hej! Jeg skriver en bacheloropgave om unges boligforhold i Vestegnen. Har kommunen
tal for hvor mange unge under 25 der bor alene, og hvor mange ungdomsboliger der er?
Jeg bruger kun offentlige data, ingen personoplysninger.
Mvh Astrid, RUC
""")

M("tb", """
Hej Mikkel

Jeg er 21, født i Eritrea og kom hertil som barn. Jeg læser jura og er aktiv i
Radikal Ungdom. Vi vil gerne lave en debat i Ishøj om unges boligmangel, og jeg vil
gerne have dig med i panelet. Hvilke datoer passer dig i oktober?

Hilsen
Senait
""")

M("p", """
Til Center for Byudvikling og Natur

Mine forældre vil købe en andelslejlighed til mig i Vejleå Park, og sælger har
accepteret vores bud, men andelsforeningen skal godkende. Foreningen siger at kommunen
skal udstede en erklæring om lejlighedens areal. Kan I sende den?

Mvh
Lærke
""")

M("", """
Til borgmesteren

Tak for introugen for nye studerende i Ishøj Bibliotek. Det var en god idé med
studiecaféen. Kunne man holde den åben til kl. 22 i eksamensperioden? Vi er mange
der ikke har plads til at læse derhjemme.

Mange hilsner fra en flok fra Ishøj Gymnasium
""")

M("hu", """
Til Jobcentret

Jeg er sygeplejerskestuderende, studentermedlem af DSR, og har fået brækket
håndleddet under min klinik. Min vejleder siger jeg skal have en erstatning, og at
det er en arbejdsskade, selvom jeg er studerende. Hvem skal anmelde den?

Venlig hilsen
Ida Marie Nørgaard
""")

M("e", """
Til hovedpostkassen

Jeg er lige fyldt 18 og har været anbragt på et opholdssted i Køge. Nu skal jeg
flytte i min første lejlighed, og min sagsbehandler har sagt at jeg kan få
efterværn. Hun er gået på barsel og ingen svarer. Kan I give mig navnet på en ny?

Mvh Nikolaj
""")

M("t", """
Kære borgerrådgiver

Jeg er 20 og søgte lærlingeplads som elektriker hos et firma i Ishøj. Da jeg mødte
op til samtale, sagde mesteren at han "ikke tager arabere, det er kunderne ikke glade
for". Jeg er født i Danmark, men min familie er fra Libanon. Jeg vil gerne vide om
kommunen kan gøre noget, da firmaet arbejder for kommunen.

Khaled
""")

M("", """
hej, hvordan tilmelder man sig studiebussen til den fælles erhvervspraktik-dag?
mit elevnummer er 2309051188 hvis det skal bruges. skolen siger jeg skal kontakte
kommunen
""")

M("sb", """
Til kirke- og kulturudvalget

Jeg er 23 og lesbisk, og jeg er lige blevet færdig som præst. Jeg er ansat som
hjælpepræst i nabosognet og vil gerne lave en queer-gudstjeneste i Ishøj under Pride.
Er der et kommunalt lokale vi kan bruge til kirkekaffe bagefter?

Venlig hilsen
Marie Kjær, hjælpepræst
""")

M("he", """
Kære Hatice

Jeg er 19 og har ADHD og ordblindhed. Jeg har fået afslag på SPS-støtte på min
erhvervsuddannelse fordi papirerne kom for sent fra kommunen. Det er jo ikke min skyld.
Kan du hjælpe mig?

Mvh
Mads
""")

M("", """
Til Center for Børn og Forebyggelse

Er det rigtigt at kommunen har lukket fritidsjobordningen for unge på 15-17?
Vi er et lille supermarked der plejer at have fem unge ansat om eftermiddagen.

Mvh
SuperBrugsen Ishøj Landsby, butikschef
""")

M("e", """
hey
jeg får uddannelseshjælp og skal starte på VUC men der er et hul på 2 måneder.
sagsbehandleren sagde jeg skulle i nyttejob imens. er det rigtigt at jeg ikke kan
få penge hvis jeg siger nej?? cpr [[050603 4417]]
mvh Isak
""")

M("s", """
Hej

Jeg er transkønnet og bi og flytter snart i kollegieværelse. Jeg har et spørgsmål om
navneskiltet på døren og postkassen: kan kommunen hjælpe med at få mit nye navn
registreret i folkeregistret, så det står rigtigt?

Hilsen Alex
""")

M("", """
Hej
Vi er en studenterforening på KU der arrangerer en tur til Arken og Ishøj Strand for
internationale studerende. Kan man leje grillpladsen ved Strandparken, og må der
være 60 personer?

Best regards / venlig hilsen
The International Student Club
""")

M("bt", """
Kære udvalgsformand

Jeg er jødisk og studerer på DTU. Jeg har fået fritidsjob i Ishøj Svømmehal, og
lederen vil ikke give mig fri fredag aften. Jeg ved godt at det ikke er kommunens
opgave at styre vagtplanen, men svømmehallen er kommunal, og jeg vil gerne vide om
man tager hensyn til den slags.

Mvh
Benjamin
""")

M("e", """
Til borgmesterens PA

Jeg vil gerne klage over at min ansøgning om enkeltydelse til depositum er afvist.
Jeg er 22, alene med en baby, og har fået en lejlighed gennem boligselskabet, men
jeg kan ikke betale 24.000 i depositum. Afslaget kom efter fem uger uden at nogen
havde talt med mig.

Jasmin Hansen, [[120404-4721]]
""")

M("hs", """
Hej Jens

Min kæreste Tobias og jeg er to fyre og flyttede sammen i vores første lejlighed i
maj. Han har haft en depression i et år og skal starte i psykiatrisk ambulatorium,
men ventetiden er 9 måneder. Er det noget kommunen kan gøre noget ved?

Mvh
Simon
""")

M("", """
hej
hvornår åbner ungdomsklubben igen efter sommerferien? og er det rigtigt at den skal
flytte til den gamle skole? jeg og mine venner er 16 og går der hver fredag
""")

M("u", """
Til Center for Beskæftigelse og Erhverv

Jeg er HK Ung-medlem og kontorelev i en lille revisorvirksomhed i Ishøj. HK har
sagt at min elevkontrakt skal godkendes af skolen, men min chef siger at kommunen også
skal. Hvem har ret?

Mvh
Clara
""")

M("pe", """
Kære borgerrådgiver

Min bror og jeg har arvet vores fars hus på Ishøj Strandvej. Vi er begge studerende
og på SU, så vi kan ikke betale ejendomsskatten, og den er nu i restance. Huset er sat
til salg, og der har været to fremvisninger. Kan man få henstand med skatten til huset
er solgt?

Mvh
Signe
""")

M("", """
Til Ishøj Kommune

Gælder reglen om at man skal have bopæl i kommunen for at få en plads i
ungdomsboligerne også for udvekslingsstuderende? Vi er en sprogskole som hjælper
unge med at finde bolig, og vi får mange spørgsmål.

Mvh
Sprogskolen Vestegnen
""")

M("te", """
hej jeg er fra Afghanistan og kom alene som 15 årig. jeg er nu 19 og har fået
læreplads som kok. jeg skal flytte fra mit bosted til et værelse. hvad skal jeg gøre
med min adresse i kommunen?
Hamid
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg har lige fået afslag på bostøtte. Jeg er 20 og flyttet hjemmefra og har brug for
hjælp til at få styr på regninger og post, og jeg har allerede et inkassobrev fra mit
teleselskab. Jeg vil gerne klage over afgørelsen.

Oskar Jensen
""")

M("b", """
Hej borgmester

Jeg er 18, medlem af Venstres Ungdom og elev på handelsskolen. Vi vil gerne invitere
dig til en debat om erhvervspolitik for unge den 3. november. Kan du?

Mvh
Magnus Holt, formand VU Ishøj
""")

M("", """
Til hovedpostkassen

Jeg skal starte på en erhvervsuddannelse og har brug for at vide, om kommunen dækker
arbejdstøj og værktøj for elever. Jeg spørger bare generelt; skolen har ikke kunnet
svare.

Hilsen Jonas
""")

M("hs", """
Hej

Jeg er 24 og gravid med mit første barn. Min kone Sara og jeg bor i en 2-værelses på
Gadekærvej og skal have noget større. Vi står på ventelisten hos boligselskabet, men vi
vil høre om kommunen har noget med boliger til familier der venter barn?

Vh Laura
""")

M("ue", """
Hej

Jeg var elev som tjener på en restaurant og blev fyret efter 3 måneder, fordi jeg
sagde fra over for chefens råb. Jeg er medlem af 3F, og de har taget sagen. Men jeg har
nu ingen elevplads og ingen løn. Skal jeg melde mig ledig hos jer?

Amalie, 19
""")

M("", """
Til Erhvervsudvalget

Kan kommunen oplyse hvor mange elevpladser den selv har på kontor- og
ernæringsområdet i år? Vi er en ungdomspolitisk gruppe på skolen der laver en
undersøgelse af praktikpladsmanglen.

Venlig hilsen
Elevrådet, Ishøj Tekniske Skole
""")

M("bh", """
Til Ishøj Kommune

Jeg er 22 og konverterede til islam sidste år. Min familie har brudt kontakten og jeg
har haft det meget skidt psykisk og er i behandling hos en psykolog. Jeg vil gerne
vide om der er en ungementor i kommunen man kan tale med.

Med venlig hilsen
Kristine
""")

M("t", """
Kære Lone Kjærsgaard

Jeg er dansk-vietnamesisk og har lige åbnet en bubble tea-bar med min søster. En
mand fra et andet firma har sagt at "gule" ikke skal have en stand ved
sommerfesten. Er det kommunen der bestemmer hvem der må stå der?

Venlig hilsen
Linh
""")

M("e", """
> Den 12. okt. skrev Ishøj Kommune, Ydelseskontoret:
> Vi har modtaget din ansøgning om hjælp til flytning.

Hej igen

Det er nu tre uger siden. Jeg skal flytte fra min mors lejlighed den 1. november
fordi hun er blevet sat ud, og jeg har ingen penge til flyttebil. Hvornår får jeg svar?

Mvh Jeppe
""")

M("su", """
Til Jobcentret

Jeg har lige afsluttet min uddannelse som socialrådgiver og er medlem af Dansk
Socialrådgiverforening. Jeg vil gerne vide hvordan man søger job i kommunen. Jeg
har en kone og to børn og vil gerne arbejde tæt på Ishøj.

Venlig hilsen
Rikke Hedegaard
""")

M("", """
Hej
Hvornår skal man senest søge om boligstøtte, hvis man flytter ind den 1.? Jeg
spørger for en studiekammerat der ikke taler dansk så godt. Er det fra indflytningsdagen
eller fra når man søger?
""")

M("h", """
Til borgmesterens PA

Min datter Olivia på 19 er blevet påkørt på sin cykel i krydset ved Ishøj Stationsvej
og ligger på Rigshospitalet med kraniebrud. Jeg vil gerne have borgmesteren til at se
på krydset. Der er kommet cykelsti på den ene side, men ikke den anden.

Med venlig hilsen
Dorthe Lund
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg skal flytte til Ishøj og begynde på en uddannelse. Kan jeg bestille nyt
sundhedskort online, og hvor lang tid tager det? Jeg skal også vælge læge.

Mvh
Sarah
""")

M("e", """
hej
min søster på 17 er anbragt i familiepleje hos vores moster i Ishøj og skal
starte på efterskole. hvem betaler efterskolen, kommunen eller os? vi har ikke
fået noget brev
mvh Rebecca
""")
