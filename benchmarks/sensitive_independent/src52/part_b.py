"""corpus52 part b: faith, religious practice, headscarves, halal, Eid, confirmations."""
from common import M

M("b", """
Hej Kultur- og Fritidsudvalget

Vores datter Freja skal konfirmeres i Ishøj Kirke søndag den 26. april. Vi er mange
gæster, og vi vil gerne spørge, om vi kan leje gymnastiksalen på Strandgårdskolen til
festen om aftenen. Hvem skal vi kontakte, og hvad koster det?

Med venlig hilsen
Tina og Morten Bloch
""")

M("", """
Hej

Udlejer I Store Sal i Ishøj Kulturhus til konfirmationsfester i april og maj 2027? Hvad
er prisen for en lørdag, og er der køkken med service? Jeg er festarrangør og får mange
forespørgsler.

Mvh
Catrine, Festfabrikken ApS
""")

M("b", """
Kære Nadia Ali

Min søn Adam på 4 år spiser kun halal. Vi har sagt det til børnehaven Lærkereden mange
gange, men i sidste uge fik han frikadeller af svinekød, fordi en vikar ikke vidste
det. Lederen siger, at de "gør deres bedste". Kan du spørge til kommunens retningslinjer
for mad til børn med særlige hensyn?

Med venlig hilsen
Leila Haddad
""")

M("", """
Til Børne- og Skoleudvalget

Jeg har hørt fra andre forældre, at børnehaven Lunden kun serverer halal-kød til alle
børn. Er det rigtigt? Jeg synes, det bør være et valg, og jeg vil gerne kende kommunens
politik for kosten i daginstitutionerne.

Venlig hilsen
Jacob Nørgaard
""")

M("b", """
Hej Shahid

Vi fejrer eid med hele familien hos min svigermor i Odense, og vi kører fredag morgen.
Vores to drenge går i 3. og 5. klasse på Vibeholmskolen. Skolen siger, vi skal søge om
fri hos skolelederen, men vi har fået afslag. Er det ikke normalt, at man kan få fri til
sin højtid?

Med venlig hilsen
Fatma Yilmaz
""")

M("", """
Hej

Hvornår starter eid-festen i Ishøj Idrætscenter på lørdag, og er der parkering ved
hallen, eller skal man holde ved Bycentret? Jeg kører for et par ældre fra
seniorklubben, som gerne vil se det.

Venlig hilsen
Hans Ole
""")

M("bt", """
Kære formand for Kultur- og Fritidsudvalget

Min datter Ayan er 13 år og svømmer i Ishøj Svømmeklub. Hun er somalisk og går med
tørklæde, også i hallen, og til træning har hun en heldragt. Hendes nye træner har sagt
foran holdet, at "det tøj hører ikke til i en dansk klub", og at hun ikke kan komme med
til stævne i det. Klubben får tilskud fra kommunen. Jeg mener, det er diskrimination.

Med venlig hilsen
Khadra Mohamed
""")

M("", """
Til borgmesteren

Et byrådsmedlem har i Ishøj Avis sagt, at tørklæder ikke hører hjemme i kommunens
jobs med borgerkontakt. Er det byrådets officielle holdning, eller kun hans egen? Jeg
synes, borgerne har krav på at vide det.

Mvh
Else Kragh
""")

M("b", """
hej Jette
jeg er social og sundhedsassistent på Ishøj Plejecenter og jeg faster i ramadanen. min
leder vil ikke lade mig tage min pause ved solnedgang, selvom en kollega gerne vil
bytte. kan du sige om kommunen har nogle regler for det?
hilsen Hamza
""")

M("", """
Hej

Holder biblioteket i Ishøj Bycenter længere åbent om aftenen under ramadanen ligesom
sidste år? Det var et rigtig godt tilbud til de unge, og jeg vil gerne fortælle om det
i vores lektiecafé.

Venlig hilsen
Maja, frivillig i Lektiecafé Ishøj
""")

M("b", """
Kære Lars

Vores søn Villads har valgt nonfirmation i stedet for konfirmation. Han har gået på
forløbet hos Humanistisk Samfund hele vinteren. Nu har hans klasse fået en skoleudflugt
lagt på netop den dag, fordi "alle konfirmationer er overstået". Kan skolen virkelig
ikke tage hensyn til det?

Hilsen
Sidsel Holm
""")

M("", """
Hej Kulturhuset

Humanistisk Samfund holder nonfirmationsceremoni i Store Sal den 3. maj. Jeg vil gerne
vide, hvem der har godkendt lejen, og om den er sket på samme vilkår som for andre
foreninger. Det er et principielt spørgsmål.

Mvh Poul Thorup
""")

M("b", """
Til Center for Borger, Økonomi og IT – Kirkegårdskontoret

Vi er katolikker, og vores mor Maria Kowalczyk døde i går. Vi ønsker, at hun bliver
begravet på Ishøj Kirkegård med en katolsk præst fra Sankt Mariæ Kirke. Kan præsten
forrette ved graven, når hun ikke var medlem af folkekirken? Mors personnummer er
[[120838-1902]].

Med venlig hilsen
Piotr Kowalczyk
""")

M("", """
Hej

Hvilke regler gælder der for begravelse af personer, der ikke er medlem af folkekirken,
på kirkegårdene i Ishøj? Er der særlige afsnit for muslimske eller jødiske grave? Jeg
skal bruge det til en opgave på socialrådgiveruddannelsen.

Mvh
Astrid Krogh
""")

M("bp", """
Kære borgmester Ole Bjørstorp

Som formand for Ishøj Islamiske Kulturcenter skriver jeg om vores bud på den tidligere
dagligvarebutik på Industribuen. Sælgeren har accepteret buddet, betinget af at
kommunen giver dispensation til forsamlingslokale. Vores menighed har samlet pengene
ind over fire år. Vi beder om et møde om dispensationen, før fristen i købsaftalen
udløber den 1. juni.

Med venlig hilsen
Bilal Chaudhry, formand
""")

M("b", """
Hej Michael

Jeg går i kirke hver søndag i Ishøj Kirke, og siden vejen blev lukket for
gennemkørsel, skal jeg gå 900 meter fra busstoppestedet i alt slags vejr. Jeg er ikke
den eneste. Kan bussen ikke holde ved kirken om søndagen?

Med venlig hilsen
Agnete Poulsen
""")

M("", """
Hej

Hvad er gudstjenestetiderne juleaften i Torslunde Kirke og Ishøj Kirke? Og kører der
ekstra busser? Vi vil gerne lægge tiderne i klubbens decemberblad.

God jul
Kasper, formand for Ishøj Seniorklub
""")

M("b", """
Til skolelederen på Gildbroskolen, cc. Børne- og Skoleudvalget

Vores søn Arjun på 8 år bærer patka, fordi vi er sikher. Skolen kræver nu cykelhjelm på
alle ture, og en hjelm kan ikke sidde over hans patka. Læreren siger, at han så må
blive på skolen. Vi beder om, at skolen finder en løsning, så han kan komme med på tur
sammen med sin klasse.

Venlig hilsen
Harpreet Singh
""")

M("bt", """
Kære Pernille

Vi er en jødisk familie, og vores datter Noa på 12 har flere gange fået kastet
kommentarer om "Gaza" og "jøder" efter sig i skolegården. Hun har ikke fortalt læreren
det, fordi hun er bange for, at det bliver værre. Vi vil gerne vide, hvad kommunen gør
for at beskytte børn i vores situation.

Med venlig hilsen
Rebecca og David Lund
""")

M("be", """
Til Ishøj Plejecenter, cc. Center for Voksne og Velfærd

Min mor, Ruth Levin, flyttede ind på jeres afdeling Havbrisen i sidste måned. Hun spiser
kun kosher, og det har vi skrevet i ansøgningen. Alligevel får hun almindelig mad og
lader den stå. Hun har tabt tre kilo. Kan køkkenet bestille kosher måltider, eller må
vi selv komme med maden?

Ruths cpr-nr.: [[030432–1448]]
Venlig hilsen
Daniel Levin
""")

M("", """
Til Ældre- og Sundhedsudvalget

Tilbyder kommunens plejecentre kosher- eller halalkost til beboere, der ønsker det? Og
hvad er prisen i forhold til den almindelige madordning? Jeg spørger på vegne af
Ældrerådets kostgruppe.

Venlig hilsen
Bodil Madsen, Ældrerådet
""")

M("b", """
Hej Kasper

Jeg er ansat på Materielgården og beder i min frokostpause i omklædningsrummet. Min nye
formand har sagt, at det "ikke hører til på en arbejdsplads" og at jeg skal gøre det
i min bil. Jeg synes ikke, det er rimeligt, for jeg tager ikke mere pause end de
andre. Må han forbyde det?

Hilsen
Abdullahi Hassan
""")

M("", """
Til direktionen

Må kommunens ansatte bede i arbejdstiden, og findes der et stilleværelse på rådhuset?
Jeg vil gerne have et principielt svar, som vi kan lægge på vores personaleintranet.

Venlig hilsen
Connie Frederiksen, HR-konsulent i et privat firma
""")

M("b", """
Hej

Min forlovede og jeg skal vies i moskeen på Vejleåvej den 14. juni. Vi skal også være
gift borgerligt, og vi vil gerne gøre det på rådhuset samme formiddag. Kan man få en
tid om lørdagen, og hvor lang tid i forvejen skal vi søge?

Med venlig hilsen
Amina Khalil
""")

M("b", """
Kære borgmester

Vores lille pige Ella skal døbes i Ishøj Kirke den 7. juni, og vi vil gerne holde
reception i Ishøj Landsbypark bagefter med et telt til 60 gæster. Skal vi søge om
tilladelse, og hvem skal vi kontakte?

Mange hilsner
Sofie og Anders Kjeldsen
""")

M("b", """
Hej

Vi fejrer diwali den 1. november, og hvert år tænder vi lys og lidt fyrværkeri i haven
sammen med naboerne. I år har en nabo sagt, at fyrværkeri kun er lovligt nytårsaften.
Må vi slet ikke skyde noget af til vores fest?

Venlig hilsen
Priya Raman
""")

M("", """
Til Beredskabet

Må man skyde fyrværkeri af til diwali, eid og kinesisk nytår, eller kun fra 27.
december til 1. januar? Vi får mange spørgsmål i grundejerforeningen om det, og jeg
vil gerne kunne henvise til reglerne.

Venlig hilsen
Ib Christoffersen, formand, Grf. Ishøj Strand
""")

M("b", """
Kære Mette

Jeg konverterede til islam for fem år siden. På min arbejdsplads i Ishøj Kommunes
rengøring har flere kolleger siden sagt ting som "har du også fået en mand, der
bestemmer?". Jeg har sagt det til min leder uden at der er sket noget. Jeg vil bare
gerne have, at nogen ved det.

Hilsen
Julie
""")

M("", """
Kære Børne- og Skoleudvalg

Skolekantinen på Ishøj Skole er gået over til kun at servere halal-kylling. Jeg synes,
det er forkert, at alle børn skal spise det uden at forældrene er blevet spurgt, og jeg
vil gerne vide, hvem der har truffet beslutningen.

Med venlig hilsen
Flemming Nyborg
""")

M("b", """
Hej

Vores to børn spiser ikke svinekød af religiøse grunde. I SFO'en får de nu pølsehorn
hver fredag, og pædagogerne siger, de må tage en madpakke med. Kan SFO'en ikke bare
lave nogle med kylling?

Mvh
Nour El-Sayed
""")

M("b", """
Til borgerrådgiveren

Jeg søgte en praktikplads som pædagogmedhjælper i SFO Vibeholm og blev inviteret til
samtale. Da jeg kom, sagde lederen, at jeg var "meget kvalificeret", men at forældrene
nok ville have svært ved mit tørklæde. To dage efter fik jeg et afslag. Jeg vil gerne
klage.

Med venlig hilsen
Hana Osman
cpr [[190201\u00a04778]]
""")

M("", """
Kære kommunikationsafdeling

Jeg skriver en artikel til Ishøj Avis om tørklæder på arbejdspladsen. Har kommunen
tal på, hvor mange ansatte der bærer tørklæde, eller en politik for religiøse symboler
i uniformer? Deadline er fredag.

Venlig hilsen
Martin Vestergaard, journalist
""")

M("b", """
hej Bo
til eid slagter vi et lam hos slagteren i Valby og deler kødet ud til naboer og familie,
sådan som vi gør hvert år. vi vil gerne stille et bord op foran Bycentret med te og
kager samme dag. skal man have tilladelse til det?
hilsen Mustafa og Zeynep
""")

M("", """
Hej

Moskeen på Vejleåvej holder åbent hus på søndag med rundvisning og te. Er det et
arrangement, som kommunen står bag eller støtter, eller er det moskeens eget? Jeg vil
gerne tage min klasse med.

Venlig hilsen
Kirsten Pagh, lærer
""")

M("bs", """
Kære Lise Bundgaard

Jeg er muslim og homoseksuel, og jeg er 22 år. Jeg har ikke fortalt det til min familie.
Jeg har hørt, at kommunen støtter en rådgivning for unge LGBT+ med minoritetsbaggrund,
men jeg kan ikke finde den på hjemmesiden. Kan du hjælpe mig med et navn eller et
nummer? Skriv ikke til min adresse, kun her.

Tak
Y.
""")

M("b", """
Hej Søren

Som ateist synes jeg ikke, min datter skal synge salmer til morgensang hver dag på
Ishøj Skole. Skolelederen siger, det er en tradition. Kan hun blive fritaget, og
hvorfor står det ikke i skolens værdigrundlag?

Mvh
Thomas Gade
""")

M("", """
Til Børne- og Skoleudvalget

Jeg synes, morgensang med salmer i folkeskolen bør afskaffes. Skolen skal være for alle
børn, og Ishøj er en by med mange religioner. Jeg håber, udvalget tager det op på et
kommende møde.

Venlig hilsen
Marianne Friis
""")

M("b", """
Til Center for Borger, Økonomi og IT

Jeg meldte mig ud af folkekirken i februar sidste år og har kvittering fra
kirkekontoret. Alligevel er der trukket kirkeskat på min forskudsopgørelse for i år.
Kan I rette det, eller skal jeg gå til Skattestyrelsen?

Venlig hilsen
Rasmus Holt
""")

M("bh", """
Kære Ældre- og Sundhedsudvalg

Min far, Tenzin, er buddhist og ligger nu på Hospice Sydvestsjælland med kræft i
bugspytkirtlen. Han har ønsket, at en munk kan komme og sidde hos ham, og at han kan
dø i sin egen seng. Vi vil gerne have ham hjem til Ishøj igen. Hvad skal der til, for
at kommunen kan hjælpe med det?

Venlig hilsen
Pema Dolma
""")

M("b", """
Hej Anne Mette

Min datter Liva bliver konfirmeret den 9. maj, og skolen har netop lagt 7. klasses
lejrskole fra den 7. til 10. maj. Vi har fået at vide, at hun kan blive hjemme, men så
går hun glip af hele turen. Kan I ikke flytte lejrskolen en uge?

Venlig hilsen
Anja Kjær
""")

M("", """
Kære Anne Mette

Skolen har lagt projektugen oven i de fleste konfirmationer i maj. Det rammer mange
familier i 7. årgang, og det er ikke første gang. Kan udvalget ikke bede skolerne om at
se på kirkens kalender, før de lægger årsplanen?

Mvh
Forældrerådet, 7.B, Strandgårdskolen
""")

M("b", """
Hej

Min søn må ikke holde fødselsdag i klassen, fordi vi af religiøse grunde ikke fejrer
fødselsdage. Læreren har nu lavet en fødselsdagskalender på væggen, hvor hans navn står
som den eneste uden dato. Han bliver drillet. Kan hun ikke tage kalenderen ned?

Med venlig hilsen
Ruth Mathiesen
""")

M("", """
Hej Ishøj Skole

Er juleafslutningen i Ishøj Kirke frivillig for eleverne, og hvad laver de børn, der
ikke skal med? Min nevø skal starte på skolen efter sommerferien, og hans forældre har
spurgt mig.

Mvh
Jens
""")

M("b", """
Hej borgmester

Vi fejrer hanukka i december med vores børn og naboer. Sidste år satte vi en hanukkia
i vinduet, og den blev knust med en sten. Jeg spørger ikke om noget særligt, men jeg
vil gerne have, at byrådet ved, at det sker i Ishøj.

Venlig hilsen
Miriam
""")

M("", """
Kære byråd

Kommunen burde sætte en hanukkia og en ramadan-lanterne op ved siden af juletræet på
Ishøj Torv. Det ville vise, at alle hører til her. Hvad siger I til det?

Venlig hilsen
Jonas Skov
""")

M("bt", """
Hej Ahmed

Min mand er fra Marokko, og vi holder ramadan sammen hvert år. Vores datter på 15 vil
gerne faste med os i år for første gang, men skolen har terminsprøver midt i måneden.
Læreren siger, at hun "ikke skal forvente hensyn". Kan der laves prøver om formiddagen
for elever, der faster?

Venlig hilsen
Lene Benali
""")

M("", """
Til Kultur- og Fritidsudvalget

Både Pride-festen og eid-markedet er booket til Ishøj Landsbypark lørdag den 14. juni.
Hvem har dobbeltbooket, og hvilket arrangement flyttes? Jeg er frivillig ved
lydanlægget og skal vide, hvor vi skal stå.

Mvh
Kristoffer Munk
""")
