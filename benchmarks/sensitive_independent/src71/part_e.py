"""corpus71 part E: the mosque and church building projects, and the writers' faith."""
from common import M

M("b", """
Kære borgmester

Jeg er muslim og har boet i Ishøj hele mit liv. I dag beder vi fredagsbøn i en
kælder på Ishøj Centervej, hvor der ikke er plads til kvinderne. Jeg håber, at byrådet
vil støtte den nye moské, så min mor og mine søstre også kan komme med.

Med venlig hilsen
Yusuf Demir
""")

M("", """
Til Center for Byudvikling og Natur

Hvornår er høringsfristen for lokalplanforslaget om moskébyggeriet ved Vejlebrovej?
Jeg vil gerne læse trafikvurderingen, især om parkering ved fredagsbøn.

Mvh
Søren Dalgaard
""")

M("b", """
Hej Lise

Jeg er troende kristen og går i Ishøj Kirke hver søndag. Jeg forstår ikke, hvorfor
kommunen ikke vil give menighedsrådet lov til at bygge et sognehus ved siden af kirken,
når der bliver givet tilladelse til alt muligt andet. Kan du forklare det?

Hilsen
Inger Margrethe Bonde
""")

M("", """
Til udvalgsformanden for Kultur og Fritid

Menighedsrådet ved Torslunde Kirke ansøger om tilskud til renovering af kirkegårdsmuren,
som er faldefærdig. Vedlagt budget og tilbud fra murermester. Journalnr. hos os:
2025-14.

Med venlig hilsen
Torslunde Menighedsråd
v/ formand Else Hjorth
""")

M("b", """
hej karsten. jeg er ateist og synes ikke kommunen skal give nogen grund til en moske
eller en kirke. religion er privat. men jeg hører der er en høring, hvor skal jeg skrive?
jens
""")

M("", """
Kære Merete

Hvornår er der gudstjeneste i Ishøj Kirke juleaften? Jeg vil gerne have min gamle
nabo med, hun kan ikke selv finde ud af hjemmesiden.

Mvh
Gurli
""")

M("bt", """
Til borgmesteren

Jeg er en dansk konvertit, og min mand er fra Marokko. Vi er begge aktive i
moskéforeningen. Jeg vil bare sige tak for at byrådet stemte for lokalplanen. For os
betyder det meget at have et ordentligt sted at bede.

Med venlig hilsen
Maria Benali
""")

M("", """
Til Ishøj Kommune

Er den nye moské blevet godkendt? Jeg er nabo til grunden og vil gerne vide, hvornår
byggeriet starter, og om der bliver lavet en ny adgangsvej.

Mvh
Poul Vestergaard, Vejlebrovej 61
""")

M("b", """
Hej

Vi skal have vores søn døbt i Ishøj Kirke den 9. marts og vil gerne holde festen i
medborgerhuset. Er salen ledig den dag?

Hilsen
Josefine og Martin
""")

M("", """
Til Center for Byudvikling og Natur

Vi udlejer Ishøj Medborgerhus til konfirmationer, navnefester og iftarmiddage. Kan vi
få tilladelse til at sætte et ekstra telt op på græsset om sommeren? Vi har aldrig
haft klager.

Med venlig hilsen
Bestyrelsen for Ishøj Medborgerhus
""")

M("bs", """
Kære Karsten Holm

Jeg er en lesbisk kvinde og medlem af folkekirken, og min kone og jeg blev viet i Ishøj
Kirke i 2019. Vi er kede af, at en lokal politiker i debatten om sognehuset sagde, at
"kirken skal holde fast i de traditionelle værdier". Hvad mener du?

Med venlig hilsen
Rikke Andersen
""")

M("b", """
Til udvalgsformanden for Plan og Erhverv

Jeg er sikh og medlem af den gurdwara-forening, der søger om at ombygge en tom
lagerhal i Ishøj til tempel. Vi har ventet et halvt år på et svar. Kan udvalget
tage sagen op?

Med venlig hilsen
Harpreet Singh Gill
""")

M("", """
Hej

Hvad siger lokalplanen om minareter og kirketårne? Er der en højdegrænse for religiøse
bygninger i Ishøj? Jeg spørger i forbindelse med en debatartikel.

Vh
Mikael Fog, Folkebladet
""")

M("bhe", """
Til direktionsassistenten, Center for Voksne og Velfærd

Min far er 84 og bor på Ishøjhave plejecenter. Han er katolik og har altid gået til
messe hver søndag, men nu kan han ikke længere komme derhen, efter at han brækkede hoften. Kunne
en præst fra Sankt Mikaels komme på besøg på centret?

Venlig hilsen
Teresa Nowak
""")

M("", """
Til Kultur og Fritid

Kan vores forening leje Ishøj Hallen til en stor eid-fest for medlemmer og
naboer? Vi forventer 400 gæster og skal bruge køkken og borde.

Med venlig hilsen
Ishøj Kulturforening
""")

M("b", """
Kære Merete Dahl

Min datter Leila vil gerne bære tørklæde i sit praktikforløb i kommunens vuggestue,
men lederen siger det ikke er tilladt. Hun har båret det siden hun var 14. Er det
kommunens politik?

Mvh
Nadia Hassan
""")

M("", """
Til Center for Byudvikling og Natur

Kirkegården ved Ishøj Kirke har ikke fået slået græs i flere uger. Min mand ligger
begravet der. Hvem har ansvaret for vedligeholdelsen?

Venlig hilsen
Karen Boel
""")

M("bt", """
Hej Lise

Vi er armenske kristne og har i flere år lejet en sal hos Ishøj Kirke til vores
gudstjenester. Nu hører vi at sognehuset måske skal rives ned. Hvor skal vi så
være? Vi er 60 familier.

Med venlig hilsen
Arman Petrosyan
""")

M("b", """
Til Borgerrådgiveren

Min søn faster under ramadanen, og i år faldt det i skoleeksamenstiden. Han fik at vide af
en lærer at han "bare skulle spise". Jeg synes det var respektløst. Jeg ved ikke om det
er noget I kan se på.

Med venlig hilsen
Fatma
""")

M("", """
Til borgmesteren

Jeg er formand for Ishøj Islamiske Kulturcenter, og vi inviterer byrådet til åbent
hus den 15. marts. Alle er velkomne. Vi vil gerne vise tegningerne til den nye moské.

Med venlig hilsen
Ishøj Islamiske Kulturcenter, bestyrelsen
""")

M("bth", """
Kære Karsten

Jeg er jøde og kommer oprindelig fra Israel. Jeg har fået at vide at kommunen ikke vil
lave et område til jødiske begravelser på kirkegården i Ishøj. Min kone er syg, og vi
vil gerne vide hvor vi kan blive begravet sammen.

Med venlig hilsen
Avi Rosen
""")

M("", """
Hej

Vores plejecenter Ishøjhave vil gerne høre hvordan andre kommuner håndterer halal- og
svinekødsfri kost. Vi har ingen konkret beboer i tankerne, det er en generel
undersøgelse fra køkkenet.

Mvh
Køkkenleder Bjarne Mikkelsen
""")

M("b", """
Til Merete Dahl

Jeg stemte på Radikale Venstre ved sidste valg, men jeg er skuffet over partiets
holdning til moskébyggeriet. Kan du forklare hvorfor jeres byrådsgruppe stemte imod?

Venlig hilsen
Helle Bang
""")

M("", """
Til hovedpostkassen

Jeg vil gerne klage over at kirkeklokkerne i Torslunde ringer kl. 8 søndag morgen. Er
der regler for støj fra kirker?

Mvh
Allan Brink
""")

M("bt", """
Hej borgmester

Jeg er tamil fra Sri Lanka og hindu. Vi er en lille gruppe tamilske familier i Ishøj, der
gerne vil bygge et lille tempel i vores baghave. Skal vi søge byggetilladelse, og kan vi
få hjælp til ansøgningen på engelsk?

Tak
Suresh Kanagaratnam
""")

M("", """
Til Center for Byudvikling og Natur

Jeg er arkitekten på moskébyggeriet ved Vejlebrovej og vil gerne aftale et
forhåndsmøde om facadematerialer. Sagsnr. hos jer: 02.34.02-P19-12-26.

Med venlig hilsen
Jakob Tvede, Tvede Arkitekter
""")

M("bh", """
Til Borgerrådgiveren

Min mor er muslim og ligger for døden på hospice. Hun ønsker at blive vasket og begravet
efter islamisk skik. Hospicet siger det er kommunen der skal godkende en muslimsk
begravelsesplads. Vi har ikke lang tid. Hvem kan hjælpe?

Med venlig hilsen
Zainab Ahmadi
""")

M("", """
Kære Lise Brandt

Jeg synes at kommunen skal bruge pengene på ældreplejen i stedet for at give
tilskud til religiøse foreninger, uanset hvilken religion det er.

Venlig hilsen
Bent Lykke
""")

M("b", """
Til udvalgsformanden for Børn og Skole

Min datter skal konfirmeres i maj, og konfirmationsforberedelsen ligger i skoletiden om
onsdagen. Skolen vil ikke give hende fri. Kan I tale med skolelederen?

Med venlig hilsen
Susanne Lerche
""")

M("b", """
Hej Merete

Jeg er medlem af Venstre i Ishøj og var med til at stille ændringsforslaget om
moskéens parkeringsplads. Jeg vil gerne bede dig om at sende mig referatet fra
udvalgsmødet.

Hilsen
Peter Damgaard
""")

M("", """
Til Ishøj Kommune

Hvor mange trossamfund har ansøgt om lokaler i kommunen de sidste fem år? Jeg skriver
speciale om religiøse bygninger i forstæder og har brug for tal, ikke navne.

Med venlig hilsen
Maja Sommer, Københavns Universitet
""")

M("bte", """
Til direktionsassistenten, Center for Beskæftigelse og Erhverv

Jeg er en kurdisk kvinde og bærer tørklæde. På mit seneste møde i jobcentret sagde
konsulenten, at jeg nok lettere ville få arbejde "uden det der på hovedet". Jeg vil gerne
have en ny konsulent.

Med venlig hilsen
Rojda Aslan
""")

M("b", """
Kære borgmester

Jeg er Jehovas Vidne, og vores menighed vil gerne leje en stand på torvet til at dele
blade ud. Vi fik nej fra Ishøj Bycenter. Kan kommunen give tilladelse på det offentlige
areal ved stationen?

Med venlig hilsen
Kurt Sønderskov
""")

M("", """
Hej

Vi er naboer til den nye gurdwara, og det er fint med os. Men lastbilerne holder
i vores indkørsel om morgenen. Kan kommunen skilte bedre?

Hilsen
Familien Thorup
""")

M("b", """
Til Kultur og Fritid

Som humanist og medlem af Humanistisk Samfund vil jeg foreslå at kommunen også
tilbyder et ikke-religiøst ceremonirum på rådhuset til navngivning og
begravelser. Vi er mange, der ikke er medlem af folkekirken.

Venlig hilsen
Allan Hedegaard
""")

M("", """
Til formanden for Kultur og Fritid

Hvornår holder kommunen sin årlige interreligiøse dialogaften? Jeg vil gerne
invitere min nabo og hendes familie, hvis den er åben for alle.

Mvh
Tove Johansen
""")

M("bs", """
Hej Karsten

Jeg er en homoseksuel muslim og er blevet truet af nogle fra den moskéforening, der
søger om grunden på Vejlebrovej. Jeg vil ikke anmelde dem, men jeg synes I skal vide
hvem I giver jord til.

Anonym
""")

M("b", """
Til Ishøj Kommune

Vi holder sabbat og kan ikke deltage i jeres borgermøde om lokalplanen fredag aften.
Kan man give høringssvar på anden vis, eller er der en lørdagsaften-mulighed?

Med venlig hilsen
Familien Melchior
""")

M("", """
Til Center for Byudvikling og Natur

Kan man få fritagelse for ejendomsskat, hvis ejendommen bruges til religiøse formål? Jeg
spørger på vegne af en forening, der overvejer at købe en ejendom, men der er ikke noget
konkret endnu.

Mvh
Bo Lindberg, revisor
""")
