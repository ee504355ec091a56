"""corpus39 part F: mixed mailboxes; same-sex families, origin, faith and party, union, trades; many CPR numbers."""
from common import M

M("s", """Hej

Vi er to fædre, Anders og jeg, og vores datter Luna skal starte i børnehave i Ishøj efter sommerferien. På tilmeldingen kan man kun skrive én far. Hvordan gør vi? Mit cpr er [[091183-1571]].

Mvh Thomas Bjerg""")

M("s", """hej, jeg er lesbisk og bor med min kæreste Maja på Ishøj Strandvej. vi har fået en meget ubehagelig seddel i postkassen fra en nabo. jeg vil ikke anmelde det men vil gerne at boligsocial medarbejder ved det. /Camilla""")

M("sh", """Hej

Min kone Sara er gravid i 7. måned, og vi er to kvinder, så jeg er medmor. Vi vil gerne vide hvordan vi registrerer medmoderskab, når barnet bliver født i august, og om sundhedsplejersken også kommer til os begge. Mit personnr. er [[210790\u00a02424]].

Venlig hilsen
Ditte Lauritsen""")

M("", """Hej. Hvordan registrerer man medmoderskab i Danmark? Er det kommunen eller Familieretshuset? Jeg skal skrive en pjece for en forening. Tak""")

M("s", """Hej Kasper (byrådet)

Jeg er bøsse og 71 år og bor på Ishøj Plejecenter, nej, jeg bor i et seniorbofællesskab ved Ishøj Landsby. Jeg vil gerne have et tilbud for ældre LGBT-personer i Ishøj. Kan du tage det op i udvalget?

Med venlig hilsen
Kjeld""")

M("se", """Hej

Min eksmand Michael og hans nye mand Jonas vil have vores søn Oskar på 7 hele sommerferien, men samværsaftalen siger 3 uger. Familieretshuset har ikke svaret. Skal jeg sende Oskar afsted?

Mvh Louise""")

M("s", """Hej Ishøj Kommune

Jeg (Anne) og min kone Birgitte vil gerne være aflastningsfamilie for et barn i Ishøj. Vi har ingen børn selv. Hvordan søger man? 

Mvh Anne Kjær""")

M("", """Hej. Hvad kræver det at blive plejefamilie i Ishøj? Og må man være enlig? Mvh Katja""")

M("s", """Hej, jeg er 17 og pansexual. Min skole har en trivselsmåling, hvor man kun kan svare "dreng" eller "pige" og "kæreste af modsat køn". Det er ikke fair. Kan kommunen ændre skemaet? /Alba""")

M("sb", """Hej

Jeg er troende kristen og præst i folkekirken, og min mand Peter er organist. Vi har fået et brev om at vores ansøgning om at leje Ishøj Kulturhus til vores bryllupsfest er afvist, fordi den var en "religiøs fest". Det er en reception, ikke en gudstjeneste. Kan I forklare?

Venlig hilsen
Mikael Storm""")

M("s", """Hej! Vi er to mænd der lige er flyttet til Tranegildevej, Jakob og jeg. Vi vil gerne starte en naboforening der arrangerer sommerfest. Kan vi få tilskud? Mvh Oliver Hald""")

M("", """Hej. Vi vil gerne starte en naboforening på vores vej og holde en sommerfest. Kan vi få tilskud fra kommunen? Mvh Ole og Birthe Hald""")

M("t", """Hej

Vi er en tamilsk familie fra Sri Lanka og har boet i Ishøj siden 1990. Vores datter skal giftes i august, og vi forventer 400 gæster. Vi vil gerne leje Ishøj Idrætshal. Hvad koster det? Mit cpr er [[050362-2918]].

Mvh Sivakumar""")

M("t", """Hej. Min far er fra Gambia, min mor er dansk. Jeg har søgt sommerjob hos Ishøj Kommunes vejafdeling og fik afslag, men min hvide ven med dårligere karakterer fik jobbet. Jeg er 16. Er det diskrimination? Mvh Lamin""")

M("", """Hej. Hvor mange unge med anden etnisk baggrund end dansk får sommerjob i kommunen? Jeg er medlem af Integrationsrådet og vil gerne have tallene. Mvh Ali Öztürk""")

M("t", """Hej

Vi er polakker og bor i Ishøj, og vi har fået et brev på dansk om vores søn Kacpers skolestart som vi ikke forstår. Kan det sendes på polsk eller engelsk? Hans personnummer er [[010619-4317]].

Dziękuję / Mvh Agnieszka""")

M("te", """Hej

Jeg er kurder fra Syrien og kom som flygtning i 2015. Jeg er på integrationsydelse og har fået tilbudt et sommerjob på et gartneri, men jobcentret siger jeg mister ydelsen i de uger. Er det rigtigt? Cpr: [[2010854112]].

Mvh Rashid""")

M("", """Hej. Hvilke sprog kan man få tolk på i Ishøj Kommune? Vi er en frivillig forening der hjælper nytilkomne. Mvh Venligboerne Ishøj""")

M("t", """Hej

Min nabo kalder min kone "den sorte" og vores børn for "halvblods" når de leger på fællesarealet. Min kone er fra Ghana. Vi bor i Vejleåparken, blok 4. Boligforeningen gør ingenting. Hvad kan kommunen?

Mvh Torben""")

M("tb", """Hej

Jeg er armensk og medlem af den armensk-apostolske kirke. Vi vil gerne holde en mindegudstjeneste i april i Ishøj Kirke, og sognet siger at vi skal have kommunens tilladelse til at bruge parkeringspladsen. Er det rigtigt?

Mvh Aram Petrosyan""")

M("t", """hej jeg er halvt thai og min datter bliver kaldt "rismor" i SFO'en. personalet griner. kan i gøre noget. mvh jesper""")

M("", """Hej, hvem er integrationsmedarbejderen i Ishøj Kommune nu? Vi vil invitere vedkommende til vores sommerfest i beboerhuset. Mvh Ishøj Kulturforening""")

M("b", """Hej

Jeg stemte på Dansk Folkeparti ved sidste valg, og jeg har skrevet til borgmesteren to gange om de nye flygtningeboliger på Tranegildevej uden at få svar. Jeg forventer at blive hørt selvom jeg ikke er enig med flertallet.

Mvh Bjarne Holst""")

M("", """Hej borgmester. Jeg er imod de nye flygtningeboliger på Tranegildevej, fordi der ikke er plads på skolerne. Jeg forventer svar. Mvh Bjarne""")

M("b", """Hej

Jeg er ateist og vil gerne have min søn fritaget fra kristendomsundervisning i 7. klasse. Skolen siger at det skal gå gennem forvaltningen. Hvordan gør jeg?

Mvh Christian Eriksen""")

M("", """Hej, kan man blive fritaget for kristendomsundervisning i folkeskolen? Det er et principielt spørgsmål. Mvh""")

M("b", """Hej Henrik (Socialdemokratiet)

Jeg er selv medlem af din partiforening i Ishøj og har været det i 30 år. Jeg vil gerne gøre dig opmærksom på at parkeringen ved Ishøj Strand er en katastrofe om sommeren. Hvad gør I?

Med partihilsen
Aksel Nørgaard""")

M("", """Hej Henrik. Jeg ved du er socialdemokrat, og jeg vil høre hvad partiet mener om parkeringen ved stranden om sommeren. Mvh Lis""")

M("b", """Hej

Jeg bærer tørklæde pga. min tro og har fået sommerjob i kommunens svømmehal. Nu siger lederen at jeg ikke må have det på i kassen. Er det kommunens regel?

Mvh Hiba (17)""")

M("", """Hej. Har Ishøj Kommune en regel om religiøse symboler for ansatte? Jeg spørger til en opgave på gymnasiet. Mvh Ella""")

M("be", """Hej

Vi er Jehovas Vidner og har fået afslag på tilskud til vores sommerstævne, men vi bliver samtidig bedt om at betale leje af hallen. Jeg er i øvrigt på førtidspension, og jeg betaler selv det meste. Kan vi klage?

Mvh Jens Ravn""")

M("b", """Hej byrådsmedlem Rikke

Jeg er pacifist og har nægtet at deltage i kommunens "Forsvarets Dag" på Strandgårdskolen med mit barn. Nu siger læreren at det er obligatorisk. Er det virkelig det?

Mvh Lone Agger""")

M("", """Hej. Skal alle elever deltage i Forsvarets Dag på skolerne? Og hvorfor holder kommunen den? Mvh Ulrik""")

M("u", """Hej

Jeg er medlem af BUPL og arbejder i en børnehave i Ishøj. Vi har fået at vide at vi skal holde lukket en uge mindre i sommer, men uden ekstra personale. Jeg vil gerne vide hvem der har besluttet det.

Mvh Rikke""")

M("u", """hej vi er nogle fra HK og Dansk Metal der arbejder på materielgården. vi har sommerferie i uge 29-31 men nu skal vi pludselig dække weekendvagter. hvem har besluttet det?""")

M("", """Hej. Hvem forhandler sommerferie og vagtplaner for kommunens ansatte – er det fagforeningerne eller kommunen? Generelt. Mvh""")

M("u", """Hej

Jeg er DSR-medlem og sygeplejerske i hjemmesygeplejen. Vores sommerferieplan betyder at vi er halvt bemandet i juli. Jeg har skrevet til min TR, og hun sagde at jeg skulle skrive til udvalget. Her er jeg.

Mvh Maria""")

M("u", """Hej

Jeg er tillidsrepræsentant for Djøf-medlemmerne i Center for Borger, Økonomi og IT. Vi vil gerne have et møde med direktøren om sommerens vikardækning. Hvornår kan det lade sig gøre?

Venlig hilsen
Peter Løvgren""")

M("u", """Hej. Jeg er medlem af IDA og har søgt en stilling som ingeniør i kommunens vejafdeling. Jeg har fået at vide at I ikke følger IDA's lønstatistik. Er det rigtigt? Mvh Sune""")

M("", """Hej. Jeg er faglig konsulent i FOA Hovedstaden og skriver på vegne af forbundet om sommerferieplanlægningen i hjemmeplejen. Vi vil gerne have et møde. Mvh Tina Bech, FOA""")

M("ue", """Hej

Jeg er ledig og medlem af Det Faglige Hus' a-kasse. Jobcentret har indkaldt mig til samtale den 10. juli, men da er jeg på ferie som jeg har meldt til a-kassen. Kan mødet flyttes? Cpr [[160979-2145]].

Mvh Kim Rasmussen""")

M("e", """Hej

Jeg er ledig og medlem af ASE. Jeg har fået et sommerjob på tre uger, og jeg vil høre om jeg skal melde det til jobcentret eller kun til a-kassen. Mit cpr er [[170886 3319]].

Mvh Lasse""")

M("", """Hej. Hvilke a-kasser samarbejder jobcentret i Ishøj med? Jeg spørger fordi jeg overvejer at skifte. Jeg er i arbejde. Mvh Jakob""")
