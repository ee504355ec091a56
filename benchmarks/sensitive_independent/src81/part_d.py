"""corpus81 part D: neighbours, friends and colleagues who worry about someone."""
from common import M

M("h", """
Til Socialpsykiatrien

Manden i lejligheden over mig, Bo i nr. 3, 2. th., råber og slår i væggene hele natten.
I trappeopgangen fortalte han mig i går at han er holdt op med at tage sin medicin mod
psykose, fordi "de hører med gennem pillerne". Jeg er ikke vred på ham, jeg er bange for
ham og for hvad der kan ske. Kan nogen fra jer tage ud til ham?

Venlig hilsen
en nabo, Marie
""")

M("e", """
Jeg ønsker at være anonym.

Jeg vil gerne lave en underretning om de to børn i rækkehuset nr. 7 på Kirkebjerg
Parkvej. De er omkring 6 og 9 år og har været alene hjemme hele weekenden igen. Den
mindste bankede på hos mig lørdag aften og spurgte om jeg havde noget mad. Det er tredje
gang i efteråret.
""")

M("", """
Hej

Hvordan laver man en underretning til kommunen, og kan man være anonym? Skal det være
skriftligt, eller kan man ringe? Jeg spørger bare, så jeg ved det, hvis det en dag
bliver nødvendigt.

Mvh Jens
""")

M("hte", """
Til Center for Børn og Forebyggelse

Min veninde Amina er fra Syrien og er gravid i femte måned. Hendes mand slår hende, og
hun har vist mig mærkerne på armene. Hun vil gerne på krisecenter med sin lille datter,
men hun tør ikke ringe selv, fordi han tjekker hendes telefon. Kan I kontakte hende et
sted hvor han ikke er, fx hos mig?

Venlig hilsen
Hiba
""")

M("uh", """
Hej

Min kollega og gode ven Jens har været sygemeldt i fire måneder med rygsmerter efter et
fald på pladsen. Han er i 3F, og de hjælper med arbejdsskaden, men han er helt alene
derhjemme og virker trist. Er der noget frivilligt i kommunen, hvor man kan få besøg,
hvis man ikke er gammel?

Mvh Brian
""")

M("se", """
hej jeg skriver for min bedste ven Mikkel som er 19. han sprang ud som bøsse i sidste uge
og hans far har smidt ham ud, han har sovet hos mig men vi har ikke plads. han har ingen
penge og ved ikke hvad han skal gøre. hvor kan han få hjælp til et sted at bo?? han er
for flov til at skrive selv

Oscar
""")

M("bt", """
Til borgmesteren

Min nabo Abraham Levin, som er jøde, har for anden gang på en måned fået malet et
hagekors på sin hoveddør. Han er 86 og har boet her i 50 år. Han vil ikke selv gøre
noget ved det, men jeg synes ikke vi kan tie. Politiet er kontaktet. Kan kommunen fjerne
malingen og sætte et kamera op ved opgangen?

Venlig hilsen
Inge Skov, nabo
""")

M("", """
Til Byg og Miljø

Der har været støjende byggearbejde på nabogrunden fra 12.03.2025 til 01.04.2025 og nu
igen fra 3. november, også lørdag fra kl. 7. Jeg har ringet til entreprenøren på 20 14 58
33 uden svar. Hvornår er det tilladt at arbejde i weekenden?

Mvh Kaj Nielsen
""")

M("", """
Til Borgerservice

Jeg hjælper min gamle ven Ib Lund, cpr [[121150-1337]], med at få et nyt sundhedskort, da
han har tabt sin pung. Han har skrevet under på en fuldmagt, som er vedhæftet. Kan kortet
sendes til hans adresse som sædvanligt?

Venlig hilsen
Arne Hvidt
""")

M("pe", """
Kære byrådsmedlem Mads Hjorth

Min nabo Lene ringede til mig i går grædende. Hun har ikke kunnet betale sine terminer,
siden hun blev alene, og hendes hus skal på tvangsauktion i januar. Hun har to
teenagebørn. Jeg ved godt at du ikke kan redde huset, men er der nogen i kommunen der
kan hjælpe hende med at finde en bolig og forstå hvad der skal ske?

Venlig hilsen
Kirsten Bach
""")

M("he", """
Hej

Min veninde Lotte har brystkræft og er midt i strålebehandlingen. Hun har fået et brev
om at hendes sygedagpenge stopper til januar, fordi hun har nået grænsen. Hun er helt
slået ud og kan ikke overskue at ringe. Er det rigtigt at de bare stopper, og hvad så?
Jeg har hendes accept til at skrive.

Mvh Anette
""")

M("", """
Hej

Jeg er 67 og er lige stoppet med at arbejde, og jeg vil gerne være besøgsven for en ældre, der sidder alene. Hvordan bliver man det i
Ishøj, og skal man have børneattest eller lignende?

Venlig hilsen
Grethe
""")

M("t", """
Til borgerrådgiveren

Min mand er fra Gambia. Vores nabo kalder ham "neger" og "abekat" hver gang han går forbi
med skraldeposen, og i sidste uge også mens vores datter stod ved siden af. Vi bor i
kommunens udlejning, og boligselskabet siger at det er kommunens sag. Hvem har ansvaret?

Venlig hilsen
Camilla Sarr
""")

M("u", """
Til Ishøj Kommune, Borgerservice

Vi er nogle stykker fra FOA-klubben på plejecentret, der vil samle ind til vores kollega,
som har mistet sin mand. Må man stille en indsamlingsbøsse på rådhuset i en uge, eller
skal det godkendes et sted?

Med venlig hilsen
Sussi, FOA-medlem og klubkasserer
""")

M("sh", """
Til hjemmesygeplejen

Jeg var sammen med Anders i ti år, og selv om vi ikke er kærester mere, er jeg den han
ringer til. Han har HIV og er lige kommet hjem efter en lungebetændelse. Han bor alene og
har svært ved at holde styr på sine piller. Kan I komme forbi ham, og skal han selv
ringe, eller kan jeg gøre det?

Venlig hilsen
Lasse Dybdahl
""")

M("", """
Hi,

I'm new in Ishøj and would like to volunteer. Does the municipality have a visiting
friend scheme for lonely elderly people, and can you take part if you don't speak
Danish yet?

Best,
Chloe
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg er af Familieretshuset beskikket som værge for Jens Nielsen, Ishøj Strandvej 12, 4.
tv. Jens har fået en opsigelse på grund af huslejerestance på 21.000 kr. Jeg vil bede
kommunen vurdere, om han kan få hjælp til at betale restancen, så han ikke bliver sat ud.
Dokumentation vedlagt.

Med venlig hilsen
Advokat Rikke Holm, værge
""")

M("h", """
Hej

Jeg fandt min nabo Erling liggende på gangen i morges. Han var faldet og kunne ikke
rejse sig. Ambulancen har kørt ham på Hvidovre med et brækket lårben. Han har ingen
familie. Jeg har hans medicinæske med hans cpr: [[050931-1198]], hvis I skal bruge det.
Hvem skal vide besked om at hans hjem står tomt?

Mvh Bente nr. 14
""")

M("te", """
Hej Jobcentret

Min ven Mahmoud er statsløs palæstinenser fra Libanon. Han får integrationsydelse og
har været i Danmark i tre år. Han har fået tilbud om et job som buschauffør, men skal
have kørekort først. Kan kommunen hjælpe med det? Jeg skriver for ham fordi hans
skriftlige dansk ikke er så godt endnu.

Venlig hilsen
Jacob
""")

M("bh", """
Til hospicet

Min veninde Hanne er buddhist og har mediteret hver morgen i 30 år. Nu er hun kommet på
hospice med kræft i leveren. Hun vil gerne have et roligt sted om morgenen, hvor hun
kan sidde i stilhed, og hun har en lille alterfigur med. Må hun stille den på sin stue?

Kærlig hilsen
Bodil
""")

M("", """
Hej. Hvordan giver man en nabo fuldmagt til at hente ens post og pakker, når man er på
ferie i tre uger? Skal det være på et særligt skema? Mvh Vagn
""")

M("sp", """
Til Ishøj Kommune, Byggesag

Min veninde Karen og hendes kone Lis bor i Spanien om vinteren, og jeg hjælper dem med
salget af deres hus på Tranevej 31. De har fået et bud, men køberen vil have papir på
at skuret er lovligt, før han skriver under. Hvor finder man det?

Venlig hilsen
Pia Rask
""")

M("uh", """
Til Ishøj Kommune, Arbejdsmiljø

Jeg er tillidsrepræsentant for Serviceforbundet blandt kommunens rengøringsassistenter.
En af vores medarbejdere faldt på en våd trappe på skolen og brækkede håndleddet. Hun er
sygemeldt i mindst seks uger. Arbejdsskaden er ikke anmeldt endnu, så vidt jeg kan se.
Hvem sørger for det?

Med venlig hilsen
Henrik Lund, TR
""")

M("he", """
Hej

Min nabo fru Sørensen har sukkersyge, og hjemmehjælpen plejer at komme og hjælpe hende
med insulinen og morgenmad. I dag er der ikke kommet nogen, og hun er meget rystende.
Jeg har givet hende juice. Kan nogen komme nu? Hun bor i nr. 22.

Vh Torben, nr. 20
""")

M("", """
Hej

Hvor lang ventetid er der generelt på en aflastningsplads for ældre i Ishøj for tiden?
Og kan man booke den flere måneder frem, fx til en ferie?

Hilsen Susanne
""")

M("bt", """
Til Ishøj Svømmehal

Min gode ven Sanjeev er sikh, født i Punjab, og bærer turban. I lørdags blev han nægtet
adgang til motionssvømning, fordi han ville have en badehætte over sin turban, og
personalet sagde at det ikke var tilladt. Han er for stolt til at klage selv. Er det
jeres regel?

Mvh Thomas
""")

M("eh", """
Til Center for Beskæftigelse og Erhverv

Jeg har fuldmagt fra min ven Mogens Hald, cpr [[2307611443]]. Han er på dagpenge og
skulle til samtale hos jer på tirsdag, men han ligger på Herlev efter en blodprop i
hjertet. Kan samtalen flyttes? Han kan ikke selv ringe.

Venlig hilsen
Finn
""")

M("", """
Hej

Min vens kælder på Ishøj Strandvej er oversvømmet efter skybruddet. Forsikringen,
policenr. 0412881130, spørger om kommunen har gjort noget ved kloakken i området siden
2021. Hvem kan svare på det?

Mvh Jan
""")

M("s", """
Til Ishøj Kommune

Naboerne i nr. 14, Peter og hans mand Kim, har fået knust deres ruder to gange. Der står
"bøsser" malet på deres carport. De er søde mennesker og har boet her længe. Kan
kommunen gøre noget ved belysningen på stien bag husene, hvor det sker?

Venlig hilsen
Birgit, nr. 12
""")

M("e", """
hej

min veninde Jasmin har ikke fået sin boligstøtte i to måneder og har en rykker fra
boligselskabet. hun har ringet men bliver bare stillet videre. hvem kan se på hendes sag?
jeg har lov til at skrive for hende

hilsen Line
""")

M("bue", """
Kære Ditte Kristensen (byrådsmedlem)

Jeg er aktiv i Enhedslisten og medlem af 3F, så du ved hvor jeg står. Men det her er
ikke politik: min nabo, en enlig far med to små børn, bliver sat ud den 1. december, fordi
han skylder 9.000 kr. i husleje. Han har søgt kommunen om hjælp og fået afslag. Kan du få nogen til at se
på det igen?

Hilsen Ahmad
""")

M("", """
Jeg synes kommunen skal gøre meget mere for ensomme ældre. Der bor mange alene i
Ishøj, og besøgstjenesten er for lille. Hvad vil byrådet gøre ved det i næste års budget?

Venlig hilsen
Ellen Dahl
""")

M("h", """
Hej

Min gamle ven Erik fra roklubben glemmer mere og mere. I sidste uge stod han på
parkeringspladsen og kunne ikke huske hvor han boede, og lægen har sagt til ham at det er
begyndende demens. Han har ingen børn. Kan man få besøg af en demenskoordinator, og kan
jeg være med?

Mvh Palle
""")

M("t", """
Hej

Min nabo Naja på 80, som er fra Grønland, har ikke været ude af sin lejlighed i fem
dage. Hun plejer at gå tur med hunden hver morgen. Der er lys, men hun åbner ikke. Kan
nogen fra kommunen tjekke, eller skal jeg ringe til politiet?

Hilsen Dorte, nr. 5
""")

M("ueh", """
Til Center for Voksne og Velfærd

Min bedste veninde gennem 40 år, Vibeke, er døende af kræft og vil gerne dø hjemme. Hun
har ingen familie. Min fagforening, HK, siger at jeg kan søge om plejevederlag for at
passe hende, selv om vi ikke er i familie. Jeg vil gerne søge. Mit cpr-nr. er
[[110765-2341]].

Med venlig hilsen
Hanne Frost
""")

M("", """
Hej

Må man tage sin hund med på besøg på kommunens plejecentre? Den er lille og rolig. Jeg
har set det på andre plejehjem, men ved ikke hvad reglerne er her.

Mvh Ida
""")

M("p", """
Til Ishøj Kommune

Min ven Ole er flyttet til Spanien, og jeg har fuldmagt til at sælge hans lejlighed i
Ishøj Strandpark. En køber har budt, og vi venter på at ejerforeningen skal godkende. De
spørger om kommunen har registreret altanen rigtigt i BBR. Hvordan kan jeg tjekke det?

Venlig hilsen
Stig
""")

M("ste", """
Dear Ishøj Municipality,

My friend Joseph is a gay man who fled Uganda and got asylum in Denmark this year. He
has been placed in Ishøj. He is afraid of the other men from Uganda in his building,
who have found out. Is there any way he can be moved to another flat? I am writing for
him, with his permission.

Sincerely,
Anna Berg
""")

M("b", """
Til Vej og Park

Min ven Abdullah er imam i Ishøj og bor på Vejleåvej. Han får tit besøg af folk, der vil
tale med ham, og de parkerer på græsset, fordi der ingen pladser er. Han er bange for at
få skylden. Kan der laves et par ekstra parkeringspladser?

Mvh Hassan
""")

M("", """
Hej

Jeg bor ved siden af plejecentret, og der holder store busser med tændt motor om
morgenen. Kan kommunen bede dem om at slukke motoren? Det larmer og lugter.

Venlig hilsen
Bjørn
""")

M("he", """
Kære borgerrådgiver

Min ven Poul fik en ny hofte i september. Han har søgt om hjemmehjælp til rengøring og
indkøb, men fået afslag, fordi han "kan selv". Han kan gå 20 meter med rollator. Jeg
synes afgørelsen er forkert. Kan I hjælpe ham med at klage?

Venlig hilsen
Svend Aage
""")

M("t", """
Til Ishøj Kommune

Jeg hjælper min nabo Agnieszka, som kun taler polsk, med et brev om hendes
folkeregisteradresse. Hun er ikke sikker på om hendes flytning er registreret. Hendes
cpr-nummer er [[291163-2404]]. Kan I svare til mig på dansk eller engelsk?

Venlig hilsen
Henriette
""")

M("e", """
Hej

Min veninde bor på krisecenter med sine to børn og har fået at vide at hun skal finde en
bolig selv inden tre måneder. Kan kommunen anvise en bolig? Hun har skrevet under på at
jeg må spørge.

Vh Maja
""")

M("", """
Hej

Hvad gør man, hvis man finder en forvirret ældre på gaden om natten? Ringer man 112
eller til kommunen? Vi har talt om det i grundejerforeningen.

Mvh Karsten
""")

M("bp", """
Hej

Min nabo, der er præst i Ishøj Frikirke, skal sælge sit hus fordi han har fået en
stilling i Aarhus. Der har været fremvisning, og en køber har budt. Han har bedt mig
spørge, om skellet mod vores fælles sti er registreret rigtigt hos kommunen, før
købsaftalen bliver skrevet.

Mvh Erik, nabo
""")

M("sh", """
Til Sundhedsplejen

Min veninde Tine og hendes kone Maria venter deres første barn til marts. Tine er den
gravide, og hun er meget nervøs. De er lige flyttet til Ishøj. Kommer sundhedsplejersken
også før fødslen, eller først efter?

Mvh Anne
""")
