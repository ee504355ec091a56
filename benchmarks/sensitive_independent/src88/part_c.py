"""corpus88 part C: bullying over a child's origin or over two mothers or two fathers,
rainbow families, adoption, refugees and languages at home; anti-bullying policy,
Pride events and "min mand" from a woman as negatives."""
from common import M

M("t", """
Til skolelederen på Gildbroskolen

Min søn Yusuf i 4.a bliver kaldt "perker" og "terrorist" af to drenge fra 5. klasse
hver dag i frikvarteret. Han vil ikke i skole mere. Vi er fra Somalia, men han er født
på Hvidovre Hospital og har aldrig boet andre steder end i Ishøj. Hvad gør skolen?

Mvh Hodan Abdi
""")

M("s", """
Hej Strandgårdskolen

Vores datter Ellen i 2.b er begyndt at komme grædende hjem, fordi nogle af pigerne
siger at hun "ikke har en rigtig familie", fordi hun har to mødre. Min kone og jeg vil
gerne have et møde med klasselæreren så hurtigt som muligt.

Venlig hilsen
Sanne Bjerre
""")

M("", """
Kære udvalgsformand

Jeg savner at kommunen har en tydelig antimobbestrategi, som er den samme på alle
skoler. Hvornår kommer der en? Det er en politisk opgave.

Mvh Gitte Kjær
""")

M("ts", """
Til borgerrådgiveren

Jeg og min mand Omar har to adoptivbørn fra Colombia. Vores søn bliver drillet både
for sin hudfarve og fordi han har to fædre. Skolen siger at det bare er drengestreger.
Jeg vil klage over at skolen ikke tager det alvorligt.

Venlig hilsen
Christian Lindholm
""")

M("", """
Hej
Hvornår er Pride-arrangementet på biblioteket i år? Min datter vil gerne være med til
at male regnbueflag. Mvh Anita
""")

M("tb", """
Hej

Min datter Mariam er den eneste i klassen med tørklæde... nej undskyld, det er ikke
det jeg vil skrive om. Det handler om at hun bliver kaldt "sorte" af en pige i
klassen. Vi er fra Eritrea og hun er den eneste sorte pige på årgangen. Det skal stoppe.

Mvh Tesfay
""")

M("s", """
Til dagtilbudslederen

Vi er to fædre til Aksel på 3, som starter i Børnehuset Vejleå til februar. Vi vil
gerne sikre os at personalet ikke skriver "kære mor og far" i alle beskeder. Det
lyder måske småt, men det fylder for ham, når han bliver større.

Mvh Mads og Jonas Brandt-Nielsen
""")

M("", """
Hej SFO'en

Min mand og jeg kan ikke hente vores søn på fredag, så min mor henter ham kl. 15.30.
Hun hedder Ruth.

Vh Katrine
""")

M("t", """
Kære borgmester

Vi kom som flygtninge fra Syrien i 2016. Mine børn taler perfekt dansk, men på
skolen bliver de stadig kaldt "flygtningebørn" af en lærer foran klassen. Det er
krænkende. Jeg har skrevet til skolen uden svar.

Venlig hilsen
Rasha Haddad
""")

M("s", """
Hej
jeg er 15 og går på Ishøj Skole. jeg er lesbisk og alle ved det nu fordi nogen har
delt en snap af mig og min kæreste. de skriver klamme ting. kan man få hjælp fra en
voksen der ikke er min lærer? jeg tør ikke sige det til min mor
""")

M("", """
To Center for Børn og Forebyggelse,

Which materials do the schools use for sex education in week 6? As a parents' council
we would like to see them in advance.

Best regards,
The parents' council of 7.b
""")

M("t", """
Hej

Vi er polske og vores søn Kacper er lige startet i 1. klasse. Han forstår ikke så
meget dansk endnu, og børnene griner af ham når han taler. Kan han få ekstra
dansktimer? Vi taler kun polsk derhjemme.

Mvh Agnieszka Nowak
""")

M("ts", """
To the headteacher of Vejleåskolen,

My wife and I are a lesbian couple from the Philippines. Our son Miguel (9) was told
by a classmate's parent at the school gate that "his family is a sin". We would like
to know what the school does to protect children from rainbow families.

Regards,
Liza and Joy Santos
""")

M("", """
Kære Hanne Berg

Jeg synes ikke at kommunen skal bruge penge på regnbueflag ved rådhuset. Pride er fint,
men det er ikke kommunens opgave.

Mvh en borger
""")

M("t", """
Til skolelederen

Min datter Zainab er blevet kaldt "sandneger" i bussen hjem fra Vibeholmskolen. Det
var en dreng i 8. klasse. Hun er 11. Jeg forventer at skolen reagerer.

Mvh Karim Hussein
""")

M("s", """
Til Børne- og Skoleudvalget

Min kone Pernille og jeg har to drenge i indskolingen. Vi oplever at regnbuefamilier
ikke findes i nogen af skolens bøger. Kan udvalget bede skolerne se på deres
materialer?

Med venlig hilsen
Louise Friis
""")

M("", """
Hej
Min kæreste og jeg skal flytte sammen i Ishøj, og vi har hver et barn. Kan børnene gå
på samme skole, selvom de har forskellige adresser de første måneder?
Mvh Nicolai
""")

M("t", """
Kære Center for Børn og Forebyggelse

Vores datter Hana er adopteret fra Sydkorea, og vi er trætte af at andre forældre
spørger om hun "kan tale dansk". Nu har en lærer sat hende til at fortælle om "sit
hjemland" i en temauge. Hun har boet i Danmark siden hun var 10 måneder.

Mvh Birgitte og Jens Kofoed
""")

M("s", """
hej jeg er medmor til Viggo i børnehaven Mælkebøtten. i har skrevet på Aula at kun
"mødre" må komme til mors dag-kaffen. jeg går ud fra at det også gælder mig? vh Julie
""")

M("", """
Til skolelederen

Vi har en dreng i klassen som bliver mobbet, og vi forældre vil gerne lave en
trivselsgruppe. Må vi låne et lokale på skolen en aften om måneden?

Mvh Klasseforældrerådet i 5.a
""")

M("ts", """
Til borgerrådgiveren

Jeg er en bøsse fra Iran, og jeg har en søn på 12 fra et tidligere forhold. Han bor
hos mig halvdelen af tiden. Hans mors familie siger til ham at jeg er syg, og nu har
han fået at vide af en lærer at han skal "respektere sin fars kultur". Jeg ved ikke
hvem jeg skal tale med.

Hilsen
Reza
""")

M("t", """
Hej

Min søn Emir og jeg er fra Bosnien og taler bosnisk derhjemme. Skolen har sat ham i
modersmålsundervisning, men han er på et hold hvor de taler serbisk. Kan det ændres?

Mvh Amra
""")

M("", """
Kære borgerrådgiver

Skolen har sendt et brev på arabisk til alle forældre i klassen, også til os der ikke
taler arabisk. Er det ikke spild af penge at oversætte alt til alle?

Mvh Bent Olsen
""")

M("s", """
Til SFO'en på Ishøj Skole

Min mand Lasse henter Viktor på torsdage fremover, så han skal skrives på
hentelisten. Han er Viktors far ligesom jeg, så det er ikke nogen anden.

Venlig hilsen
Peter Lund
""")

M("t", """
Til skoleinspektøren

Min datter Nawal fortæller at hendes dansklærer sagde "dem fra Mellemøsten skal jo
altid have særbehandling", da hun bad om ekstra tid til en prøve. Vi er irakere og
har boet her i 20 år. Det er ikke i orden.

Med venlig hilsen
Ahmed Al-Rubaie
""")

M("", """
Hi,
When is the talk about bullying at the library? I saw a poster in Ishøj Centrum but
cannot find the date.
Lise
""")

M("s", """
Kære klasselærer i 3.c

Vi er to mødre, Anne og Karen, og vi har hørt at klassen skal lave "min familie"-
tegninger. Vi er glade for det, men vil gerne give dig et lille forspring, så Liam ikke
bliver spurgt "hvor er din far" foran alle.

Kærlig hilsen
Anne
""")

M("t", """
Hej

Min søn Mohammed er halvt dansk og halvt pakistansk og bliver kaldt "brun" og "paki"
på fodboldholdet i klubben. Trænerne griner med. Klubben har kommunalt tilskud, så I
må kunne gøre noget.

Mvh Louise Rahman
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi vil foreslå at kommunen laver en mangfoldighedsdag for alle skoler i juni, med
madboder fra forskellige lande. Det kunne styrke sammenholdet i Ishøj.

Mvh Ishøj Forældreforening
""")

M("st", """
Hej Borgerservice

Min mand og jeg er begge fra Brasilien og vi har lige fået vores datter med
surrogatmor i USA. Hvordan registrerer vi os som hendes fædre, og kan hun få en plads i
vuggestue allerede nu?

Obrigado og venlig hilsen
Rafael Souza
""")

M("t", """
Kære skole

Min datter Aisha er romaer ligesom resten af vores familie. Hun er blevet kaldt
"sigøjner" og at "hun stjæler" af en anden elev. Det er ikke første gang. Vi har
brug for at skolen tager stilling.

Mvh Florin
""")

M("", """
Hej
Er det muligt at få Aula-appen på engelsk? Jeg er udstationeret og min dansk er ikke så
god endnu.
Thanks, Anders
""")

M("s", """
Til borgerrådgiveren

Min søn på 16 er trans og homoseksuel og har lige fortalt det til sin klasse. Han er
nu blevet udelukket fra fodboldholdet i skolens idrætsdag. Jeg vil klage over
skolens håndtering.

Venlig hilsen
Hanne Dahl
""")

M("t", """
Hello,

We are Indian and moved to Ishøj in October. Our daughter Ananya (6) is in 0.B and
comes home saying nobody plays with her because she is "the brown girl". Can we meet
the teacher and the school psychologist?

Best regards,
Vikram Iyer
""")

M("", """
Til skolelederen på Vejleåskolen

Jeg synes det er forkert at skolen har hængt regnbueflag op i kantinen uden at spørge
forældrebestyrelsen. Det burde drøftes først.

Hilsen Finn Jacobsen
""")

M("s", """
Hej
Jeg og min kæreste Sara (vi er begge piger) vil gerne gå til skolefest sammen som par.
Læreren sagde at det "nok ikke var så smart". Er det skolens regler?
Emma, 9.b
""")

M("t", """
Kære udvalgsformand Anja Thomsen

Jeg er kurder fra Tyrkiet, og min datter har været til samtale i klubben, fordi en
medarbejder hørte hende tale kurdisk med sin veninde og sagde at der kun tales dansk.
Det er vores sprog. Er det klubbens regel?

Venlig hilsen
Serkan Yildiz
""")

M("", """
Hej
Jeg har en kone og to børn og vi overvejer at flytte til Ishøj. Hvordan er
skoledistrikterne, og er der ventelister på børnehaverne i Ishøj Landsby?
Vh Morten
""")

M("st", """
Til Vibeholmskolen

Vi er to mænd, oprindeligt fra Ghana og Danmark, og har adopteret vores søn Kofi. Han
bliver mobbet for at være "sort med to fædre". Vi har talt med klasselæreren to gange
uden at noget er sket.

Mvh Kwame Mensah og Lars Pedersen
""")

M("t", """
Hej klub

Min datter Aya er muslim... nej hun er faktisk ikke religiøs, men hun er fra Libanon
ligesom jeg, og nogle af drengene kalder hende "araberluder". Jeg vil have at I ringer
til forældrene.

Hussam
""")

M("", """
Til borgerrådgiveren

Hvordan klager man over en lærer, der har været uforskammet over for en elev? Jeg er
ikke selv forælder til eleven, men jeg så det som frivillig i lektiecaféen.

Mvh Jytte
""")

M("s", """
Kære Louise fra dagplejen

Tak for en dejlig tid med Alfred. Min kone og jeg har været så glade for dig. Vi
sender en buket blomster på fredag.

Kærlig hilsen Stine
""")

M("s", """
Hej Ishøj Skole

Min søn Felix i 5.a har to fædre, min mand Anders og mig. Til klassens
forældremøde stod der på navneskiltene "Felix' mor" og "Felix' far". Lille ting, men
vi vil gerne have at det bliver rettet til næste gang.

Mvh Jakob Thrane
""")
