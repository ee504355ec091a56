"""corpus77 part D: a death in the family, funerals, estates and funeral help."""
from common import M

M("e", """Til Borger og Økonomi

Ansøgning om begravelseshjælp

Afdøde: Inge Hansen, cpr [[180338-1194]], død 2. november på Ishøj Plejecenter.
Hun havde kun 6.000 kr. på kontoen, og bedemanden skal have 24.000. Jeg er hendes datter
og har skrevet under på bedemandens papirer.

Venlig hilsen
Hanne Bech""")

M("he", """hej

min far døde af lungekræft i søndags. han fik hjemmehjælp hver morgen, kan I stoppe det
så de ikke kommer i morgen? jeg kan ikke klare at de står ved døren

Martin""")

M("p", """Hej Byudvikling

Jeg er bobestyrer i min fars dødsbo. Huset på Gersagervej er sat til salg, og vi har et bud
fra en familie. Køberens rådgiver spørger til en gammel olietank i haven. Har kommunen
papirer på, om den er sløjfet? Handlen kan ikke gå igennem før.

Venlig hilsen
Søren Mølgaard""")

M("bt", """Hej kirkegårdskontoret / kommunen

Min far døde i nat. Han var muslim og kom fra Tyrkiet i 1970. Han skal begraves efter
islamisk skik inden for et døgn. Har Ishøj en muslimsk gravplads, eller skal vi til
Brøndby?

Venlig hilsen
Mehmet Yilmaz""")

M("", """Hej

Vi er en pensionistforening i Ishøj og vil lave en lille pjece om, hvad man skal gøre når
en ægtefælle dør. Hvordan anmelder man generelt et dødsfald, og hvilke breve får man fra
kommunen bagefter?

Venlig hilsen
Ishøj Seniorklub""")

M("", """Kære administration

Jeg vil gerne have tal på antal dødsfald blandt borgere i Ishøj i 2024 og 2025 fordelt på
aldersgrupper. Det skal bruges i debatten om plejeboligbehovet i Ældreudvalget.

Hilsen
Susanne Vang, byrådsmedlem""")

M("s", """Kære borgmester

Min mand Erik og jeg boede i Ishøj Landsby i 35 år. Han døde i foråret. Vi gik hver dag
langs Store Vejleå, og jeg vil gerne betale for en bænk med en lille plade med hans navn
ved broen. Er det muligt?

Venlig hilsen
Poul Andersen""")

M("u", """Hej

Jeg er medlem af FOA og arbejder på Bækgården. Min mor skal begraves i Thisted på
torsdag, og jeg har kun fået én fridag. FOA siger der er en regel om fri ved nære
pårørendes død. Kan HR se på det?

Mvh Dorota""")

M("e", """Hej plejecentret

Min mor boede på stue 12 hos jer og døde i tirsdags. Er det rigtigt at værelset skal være
tømt inden tre dage? Vi er kun to søskende og den ene bor i Aalborg.

Venlig hilsen
Lene""")

M("e", """Hej

Jeg søger om begravelseshjælp efter min bror. Jeg har betalt bedemanden selv og har
ikke selv så mange penge, jeg er på efterløn.

Ansøger: Kirsten Nyborg, cpr [[300756–2418]]

Venlig hilsen
Kirsten""")

M("h", """Til Center for Børn og Forebyggelse

Min bror tog sit eget liv i sidste uge. Han havde været psykisk syg længe. Han har to
drenge på 7 og 10, som bor hos deres mor i Ishøj. Er der nogen hos jer der kan tale med
dem?

Venlig hilsen
Maria""")

M("", """Hej kirkekontoret

Hvornår er Alle Helgens gudstjeneste i Ishøj Kirke i år, og bliver navnene på årets døde
læst op? Det skal stå i kalenderen i Ishøj Avis.

Venlig hilsen
Redaktionen""")

M("t", """Til borgerrådgiveren

Min farmor er død. Vi er romaer, og familien vil holde vågen i hendes lejlighed med mange
gæster i tre nætter. Viceværten siger boligselskabet har klaget til kommunen. Må vi
det?

Stefan""")

M("b", """Hej

Min mor var katolik hele sit liv og skal bisættes fra Sankt Knuds Kirke, men hun boede i
Ishøj. Skal kommunen have besked om, at bisættelsen ikke er i hendes sogn?

Venlig hilsen
Benedikte""")

M("se", """Hej

Min kone Birgit døde i juli. Vi var gift i 28 år, selvom det først var lovligt for to
kvinder de sidste år af det. Nu er min folkepension blevet lavere. Hvorfor?

Venlig hilsen
Else Thomsen""")

M("", """Hej Lone

Forhenværende borgmester Jens Hovmand er død. Vil borgmesteren have flaget på halv stang
ved rådhuset på begravelsesdagen, og skal vi sende en krans fra byrådet? Jeg ved ikke hvad
praksis er.

Hilsen Niels, byrådsmedlem""")

M("hu", """Til borgmesteren

Min mand døde i foråret af lungehindekræft efter asbest fra værftet. Han var i Dansk
Metal i 40 år, og de hjælper mig med arbejdsskadesagen. Kommunen skal sende hans gamle
lægepapirer fra en sag i 1990'erne. Kan I finde dem?

Venlig hilsen
Grethe Olsen""")

M("e", """Hej

Jeg har fået et brev om at min fars dødsbo skylder kommunen 9.400 kr. for hjælp i
hjemmet og en restance på ejendomsskat. Skal jeg selv betale det? Dødsboet har ingen
penge.

Mvh Tim""")

M("p", """Til Ishøj Kommune, Byggesag

Dødsbo efter Svend Aage Rasmussen, [[041041-1287]]

Ejendommen Vejleå Parkallé 8 er sat til salg, og der er budt 3,4 mio. Køberen beder om
dokumentation for lovliggørelse af garagen. Svar venligst til bobestyrer, advokat
Lise Krogh.""")

M("", """Til bogholderiet

Faktura fra Ishøj Begravelsesforretning, fakturanr. 2811251340, CVR 29384756.
Vedr. kommunens andel af kistetransport. Indbetales på reg.nr. 5301 konto 0246811357.
Kunde-ID 1702890033.

Venlig hilsen
Bogholderiet""")

M("t", """Hello / Hej

My mother died last week. We are from Ghana and the family wants to bury her in
Kumasi. What papers does the municipality give for sending her body home? Jeg taler lidt
dansk.

Kwame Mensah""")

M("b", """Til kulturforvaltningen

Min far var imam i Ishøj i over tyve år og døde i september. Mange i byen kendte ham.
Vi vil gerne høre, om en lille mindeplade på Ishøj Bibliotek, hvor han holdt oplæg, er
en mulighed.

Venlig hilsen
Aisha""")

M("he", """Hej hjælpemiddeldepotet

Min mor døde på hospice efter fire år med ALS. Hun havde en el-kørestol og en plejeseng
fra kommunen. Hvornår kan I hente dem? Vi skal aflevere lejligheden 1. december.

Venlig hilsen
Peter Holt""")

M("s", """Hej

Min partner Anne og jeg var registrerede partnere i 22 år, før hun døde i august. Nu
står der "ugift" i et brev fra kommunen om ejendomsskat. Det gør ondt at læse. Kan
det rettes?

Venlig hilsen
Kirsten""")

M("", """Dear Ishøj Municipality,

We are a UK law firm that handles estates for British clients. In general, how do we
obtain a Danish death certificate, and is it issued by the municipality or by the
parish? A general answer is fine.

Regards,
Pemberton & Lowe""")

M("u", """Hej HR

Jeg er HK-tillidsrepræsentant i Teknik og Miljø. Vores kollega Bjarne døde pludselig i
weekenden. Må vi samle ind til en krans i arbejdstiden, og kan kommunen give fri til dem,
der vil med til bisættelsen?

Venlig hilsen
Lotte Vind, TR""")

M("", """Hej

Vedr. dødsfald: min far Knud Iversen, [[221134 2213]], døde 8. november. Jeg er
hans søn, [[170566-1871]], og eneste arving. Hvilke breve skal jeg forvente fra jer?

Venlig hilsen
Jan Iversen""")

M("e", """Hej

Min søster og jeg skal tømme vores fars lejlighed på Ishøj Strandvej. Boligselskabet
siger han skyldte tre måneders husleje. Skal vi betale det? Han fik boligstøtte fra jer,
måske er der noget der skal modregnes?

Mvh Kim""")

M("tb", """Sat Sri Akal

Vores farfar døde i går. Vi er sikher fra Punjab og skal have ham kremeret med bøn i
krematoriet i Glostrup inden tre dage. Hvilken attest skal kommunen udstede, og hvor
hurtigt kan det gå?

Harpreet Singh""")

M("", """Hej

Hvad er kirkegårdens takster for gravsteder og vedligeholdelse i 2027? Vi er
en stenhuggervirksomhed og vil opdatere vores prisliste.

Mvh Stenhuggeriet Vest""")

M("h", """Hej

Vores datter døde i maven i uge 30. Hun blev født på Hvidovre i sidste uge. Vi vil gerne
begrave hende på Ishøj Kirkegård. Hvad skal vi gøre, og skal vi betale noget?

Sofie og Emil""")

M("pe", """Hej

Min mor er død og jeg har arvet hendes andelsbolig i Vejleåparken. Jeg vil sælge den, og
der er en køber fra ventelisten, som vil overtage til 1. februar. Jeg er på
kontanthjælp, så hvad sker der med den, når salget er gået igennem?

Venlig hilsen
Rikke""")

M("", """Til alle medarbejdere i Center for Borger, Økonomi og IT

Vores kollega gennem mange år, Lis fra lønafdelingen, er død. Der holdes mindestund i
kantinen fredag kl. 14. Kondolencer kan skrives i bogen i receptionen.

Venlig hilsen
Centerchefen""")

M("sb", """Kære sognepræst og kommune

Min mand Ole og jeg blev viet i Ishøj Kirke i 2015. Nu er han død, og jeg vil gerne have
ham bisat derfra. Jeg har sørget for bedemand. Skal kommunen have en kopi af
vielsesattesten i den forbindelse?

Venlig hilsen
Henrik Lund""")

M("e", """Hej

Mine børns far døde i juni. Jeg har søgt børnepension til dem begge, og Udbetaling
Danmark siger at kommunen også skal have sagen. Hvad skal jeg sende til jer?

Malene""")

M("u", """Til borgerservice

Min far var medlem af 3F i over 50 år, og de betaler noget til begravelsen. De vil have
en dødsattest fra kommunen. Kan I sende den til mig med posten?

Venlig hilsen
Bo Sørensen""")

M("", """Hej

Et spørgsmål til næste møde i Kultur- og Fritidsudvalget: har kommunen regler for
mindebænke med navneplader på offentlige arealer? Flere borgere har spurgt generelt.

Venlig hilsen
Jette, udvalgssekretær""")

M("t", """Hej

Min mor var grønlænder og har altid sagt hun ville hjem. Hun døde i Ishøj i oktober, og
vi vil sende urnen til Nuuk. Skal kommunen give tilladelse til at flytte urnen?

Venlig hilsen
Naja""")

M("he", """Hej

Min far døde af covid på Ishøj Plejecenter, hvor han havde boet i to år. Vi fik ikke besked før dagen efter. Jeg vil klage.

Far: Leif Jensen, [[011029\u00a01167]]

Mvh Susanne Jensen""")

M("b", """Hej

Jeg er humanist og vil holde en borgerlig begravelse for min mor uden præst, i
Strandparkens pavillon, hvis man må det. Min mor var ikke medlem af folkekirken
længere. Hvem skal jeg spørge?

Venlig hilsen
Morten""")

M("he", """Hej jobcentret

Min mand døde pludselig i august, og jeg er sygemeldt med stress. Jeg har fået et
brev om at min arbejdsgiver vil have en mulighedserklæring. Skal jeg selv bede lægen
om den?

Mvh Anette""")

M("", """Hej kommunikationsafdelingen

Jeg er journalist på Sjællandske. Hvor mange borgere døde på kommunens plejecentre i
2025, og hvor mange døde i eget hjem med hjemmepleje? Kun tal, ingen navne.

Venlig hilsen
Kasper Frandsen""")

M("ue", """hej

min mand er død og jeg har ikke arbejdet i 8 år. er medlem af HK's a-kasse. skal jeg
melde mig ledig nu, eller får jeg noget efter ham?

Mvh Connie""")

M("p", """Hej

Jeg er arving til min onkels grund i Ishøj Strand. Vi sælger til naboen, men aftalen er ikke
underskrevet, fordi han vil have kommunen til at sige om der må bygges et hus på grunden
før han skriver under.

Venlig hilsen
Lise""")

M("", """Hej

Vi er en frivillig rådgivning for pårørende. Hvordan kan man generelt få hjælp til at
betale en begravelse i Ishøj, og hvor findes ansøgningen? Vi vil gerne have det med i
vores pjece.

Venlig hilsen
Pårørenderådgivningen Vest""")
