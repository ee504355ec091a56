"""corpus81 part G: siblings and grandchildren; short notes, slang, English and hard negatives."""
from common import M

M("ue", """
hej. er i 3F og min tillidsrep har tilbudt at tage med til mødet om min mors plejebolig
på torsdag, da jeg ikke kan overskue det alene. er det ok at hun kommer med? /Dennis
""")

M("sp", """
Til Ishøj Kommune, Byg og Miljø

Min mand Christian og jeg (vi blev gift i 2019) hjælper hans mor med at sælge huset på
Kirkebjerg Parkvej. Der er en køber, der har givet et bud, men han vil have at vi
dokumenterer at terrassen er lovlig. Hvor finder vi det?

Venlig hilsen
Nicolai Brix
""")

M("p", """
Hej

Vi er fire søskende og har fået to bud på fars hus i Torslunde. Vi kan ikke blive enige om,
hvilket vi skal tage imod. Den ene køber vil overtage hurtigt men betale mindre. Kan
kommunen sige noget om den nye vej, der skal gå bag huset, og hvornår den kommer? Det
kan ændre vores valg.

Mvh Line Bergholt
""")

M("", """
Hej

Hvem vurderer normalt et hus i et dødsbo, og skal kommunen inddrages i skiftet, eller er
det kun skifteretten? Jeg vil gerne forstå hvordan det plejer at foregå.

Mvh Anders
""")

M("be", """
Til Bostedet Lundegården

Min søster Trine er konverteret til katolicismen i foråret og vil gerne til messe i
Sankt Knuds Kirke hver søndag. Hun bor hos jer og kan ikke selv tage bussen. Kan en
medarbejder følge hende, eller skal hun søge om ledsagelse?

Venlig hilsen
Mette Kruse
""")

M("p", """
Til Ishøj Kommune, Byggesagsarkivet

Vi sælger vores mors hus. Sælger: Inge Marie Poulsen, [[2211431680]], Ishøj Søvej 7.
Køberens bank beder om dokumentation for at tagboligen er godkendt, før lånet kan
bevilges. Kan I sende byggetilladelsen til mig? Mor har givet fuldmagt.

Venlig hilsen
Jens Poulsen
""")

M("", """
Hej

Min mor er flyttet fra sin lejlighed og vil gerne have opgjort vand og varme. Hun har
kundenr. 1708921456 hos forsyningen, og målerstanden den 30. november var 4.512. Kan I
sende slutopgørelsen til hendes nye adresse?

Mvh Kirsten
""")

M("te", """
Til Plejecenter Torslundehus

Min bedstefar Giuseppe er fra Italien og har boet i Danmark siden 1962. Han bor hos jer og
savner at læse en italiensk avis. Vi vil gerne betale et abonnement. Kan den blive leveret
til hans stue, eller skal den til receptionen?

Mvh Sara Moretti
""")

M("sue", """
Hej

Min mand er i Dansk Metal og jeg er i 3F, og vi vil begge gerne tage fri en uge i januar
for at hjælpe min far med at flytte. Er der noget hjemmeplejen skal vide om det?

Mvh Jesper Hald
""")

M("h", """
Hej

Min lillebror har epilepsi og har haft tre store anfald i denne måned. Han bor alene i
Ishøj og vil ikke have at vi kommer for tit. Er der nogen i kommunen der kan give ham
gode råd om at bo alene med epilepsi?

Vh Cecilie
""")

M("", """
Hej. Holder plejecentrene åbent hus i år, så man kan komme og se dem? Vi vil gerne kende
stederne. Mvh Lis
""")

M("b", """
Til Ishøj Lokalhistoriske Arkiv

Min morfar, Svend Aage Lund, var medlem af Det Radikale Venstre i 60 år og sad i
sognerådet for partiet i 1950'erne. Vi har fundet hans taler og breve. Vil arkivet have
dem, og kan vi få lov at se dem igen senere?

Venlig hilsen
Christina Lund
""")

M("e", """
hej

min søster er på kontanthjælp og har fået en elregning på 7.800 kr. som hun ikke kan
betale. hun har tre børn og de har ikke varme i lejligheden. kan hun søge om hjælp til
regningen, og hvordan? jeg hjælper hende med det skriftlige

Sandra
""")

M("st", """
Hello,

My sister Hanna and her wife Chioma, who is from Nigeria, live in Ishøj and are caring
for our mother. Chioma has been told she must attend a Danish test for her permanent
residence, on the same day as our mother's appointment. Who can we speak to?

Regards,
Petra Lindgren
""")

M("", """
Hej

Hvad koster depositum for en plejebolig i Ishøj, og kan man låne det af kommunen? Jeg
kan ikke finde det på hjemmesiden. Tak.
""")

M("pu", """
Til Ishøj Kommune

Jeg er jurist og medlem af Djøf, og jeg hjælper min mor med salget af hendes hus på
Gildbrovej. Køberens advokat spørger om der er tinglyst en deklaration om
fjernvarmepligt. Kan I bekræfte det? Handlen er betinget af svaret.

Med venlig hilsen
Katrine Holm
""")

M("h", """
Til Ishøj Kommune, Sundhed

Min mor Anna Klit, [[170931 1206]], skal opereres for grå stær på begge øjne i januar.
Hun har hørt at kommunen har en ordning med øjendråber efter operationen. Hvem skal
hun kontakte?

Venlig hilsen
Jørgen Klit
""")

M("", """
Hej. Hvad er telefontiden hos Visitationen, og er der lukket mellem jul og nytår? Tak.
Hilsen Birthe
""")

M("sbh", """
Til hospicet

Min kone Marie er præst i Ishøj Kirke, og hun vil gerne besøge min far hos jer, når hun
har fri om aftenen. Han har kræft i spiserøret og har spurgt efter hende. Er der
besøgstider om aftenen?

Venlig hilsen
Julie Winther
""")

M("ue", """
Til Hjemmeplejen, ledelsen

Min fagforening, Det Faglige Hus, har hjulpet mig med at skrive denne klage, fordi jeg
ikke selv er god til det. Min mor har i seks uger fået rengøring hver tredje uge i
stedet for hver anden, som der står i hendes afgørelse. Jeg vil gerne have det rettet.

Mvh Kenneth
""")

M("th", """
Til hjemmesygeplejen

Min mor er fra Iran og har brystkræft. Hun har brug for hjælp til sit sår efter
operationen, men hun vil meget gerne have en kvindelig sygeplejerske, fordi hun bliver
flov. Kan I sørge for det?

Med venlig hilsen
Parisa
""")

M("", """
Hej

Hvornår er der julegudstjeneste i plejecentrets festsal i år? Jeg vil gerne give besked
videre i vores pensionistforening, der plejer at komme.

Mvh Egon
""")

M("", """
Hej

Holder medborgerhuset en iftar-aften for ældre i år, som de gjorde sidste forår? Vi er
nogle i nabolaget, der gerne vil hjælpe med at lave mad.

Venlig hilsen
Fatma
""")

M("p", """
Hej

Vi har sat vores fars sommerhus i Rørvig til salg, og der er kommet et bud, som vi
overvejer. Far bor selv i Ishøj. Skal Ishøj Kommune have besked, når handlen er på plads,
eller klarer Odsherred det hele? Vi vil ikke have at han får en forkert skattebillet.

Mvh Allan
""")

M("she", """
Til Center for Voksne og Velfærd

Jeg er vokset op med to fædre, Henrik og Bo. Henrik har fået KOL i svær grad, og Bo kan
ikke klare plejen alene. Vi har søgt om hjemmehjælp til bad og påklædning for tre uger
siden. Hvornår kan vi forvente en afgørelse?

Venlig hilsen
Emma Holm-Jensen
""")

M("u", """
Til Ishøj Kommune

Jeg skal bruge en kopi af min fars skattebillet for 2025 til dødsboet. Jeg har fuldmagt.

Venlig hilsen
Jens Peter Holm, [[140261 1773]]
medlem af 3F Ishøj, bestyrelsen
""")

M("he", """
hej

min bror er alkoholiker og har mistet sin lejlighed. han sover i et skur i en kolonihave.
vi har prøvet alt. han siger han godt vil i behandling hvis han får et sted at bo først.
hvem kan hjælpe ham??

Tina
""")

M("", """
Hello,

How does it work in general if someone from another municipality wants a care home
place in Ishøj? Do they apply here or where they live now? I'm just gathering
information.

Thanks,
Oliver
""")

M("be", """
Til Plejecenter Vejleåparken

Min mormor fejrer hanukka hvert år, og det har hun gjort hele livet. Hun bor hos jer og
vil gerne tænde sin hanukkia i vinduet de otte aftener. Er det i orden med levende lys, hvis
en af os er der?

Venlig hilsen
Noa Adler
""")

M("", """
Til Byg og Miljø

Min bror har en sag om et skur hos jer, sagsnr. 2024-0318-2210. Han spørger generelt, om
et skur under 10 m² kræver tilladelse, når det står 2,5 m fra skel. Han kan træffes på tlf.
43 73 10 00 om formiddagen.

Mvh Ole
""")

M("u", """
Til Ishøj Lokalarkiv

Min far var typograf og medlem af Dansk Typograf-Forbund i 44 år, og han gemte alle sine
fagbladet og sine medlemsbøger. Vil arkivet have dem?

Venlig hilsen
Bent Olsen
""")

M("p", """
Til Center for Byudvikling og Natur

Kommunen har skrevet til min mor, at den vil købe en strimmel af hendes grund til den nye
cykelsti. Vi er uenige om prisen og har bedt om et nyt tilbud. Hvornår kan vi forvente
det? Jeg skriver for hende, fordi hun ikke bruger mail.

Venlig hilsen
Morten Kjær
""")

M("t", """
Til borgerrådgiveren

Min svigerinde Yasemin blev kaldt "perker" af chaufføren i flexturbussen i sidste uge, da
hun bad ham vente, til hun havde sat sig.
Hun vil ikke klage selv. Hvordan klager vi?

Venlig hilsen
Jakob
""")

M("", """
Hej

Hvor længe skal man have boet i Ishøj, før man kan søge om plejebolig her? Gælder det
også, hvis man flytter fra en anden kommune?

Venlig hilsen
Henrik
""")

M("sbe", """
Til Plejecenter Ishøjhus

Min mand Lars og jeg er kristne og går i kirke hver søndag. Hans far bor hos jer og vil
gerne med. Kan han være klar kl. 9.30, så vi kan hente ham?

Venlig hilsen
Frederik Nørby
""")

M("e", """
Til Pension og Boligstøtte

Jeg er værge for min mor, Birthe Lauritzen, [[230842-2130]]. Hun har fået brev om at der
bliver trukket i hendes folkepension for en gammel gæld til kommunen. Vi vil gerne have en
opgørelse og aftale en lavere afdragsordning.

Venlig hilsen
Steen Lauritzen
""")

M("h", """
Hej

Manden i nr. 4, Leif, har fortalt mig at han er alkoholiker og har været ædru i to år, men
nu er han faldet i igen. I går styrtede han på cyklen. Jeg vil gerne hjælpe, men ved ikke
hvordan. Hvad kan man gøre som nabo?

Mvh Inge
""")

M("", """
Hej

Kan man som pårørende blive medlem af plejecentrets bruger- og pårørenderåd, og hvornår
er der valg? Tak.

Vh Carsten
""")

M("up", """
Hej

Min mand og jeg har budt på et hus på Ishøj Søvej for at komme tættere på hans forældre.
Sælger har sagt ja, men vi venter på banken. Jeg er i FOA og min mand i HK, og vi har
begge skiftende arbejdstider. Kan vi få et møde om lokalplanen efter kl. 15?

Venlig hilsen
Dorthe Lund
""")

M("e", """
Til Boligtildelingen

Min far har fået tildelt en ældrebolig i Vildtbanegård, men den ligger på 2. sal uden
elevator. Kan han bytte til en i stueplan? Han er 87, og vi er bekymrede for trapperne
om vinteren.

Venlig hilsen
Anette Kjær
""")

M("", """
Hej

Jeg har lejet en trailer på genbrugsstationen, ordrebekræftelse nr. 110385-0042, til at
tømme min mors kælder. Kan jeg forlænge lejen til søndag?

Mvh Jørn
""")

M("tbe", """
Til Plejecenter Torslundehus

Min svigermor Anahit er armenier og ortodoks kristen. Hun bor hos jer, og til armensk jul
den 6. januar vil hun gerne have besøg af præsten fra den armenske kirke i København.
Må han komme, og kan vi bruge et lokale til en lille andagt?

Venlig hilsen
Ole Simonsen
""")
