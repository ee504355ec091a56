"""Part H: mixed December and election mail - more CPR forms, look-alike numbers, partners."""
from common import M

M("eh", """
Hej Ydelsescenteret

Jeg har fået et brev om at mine sygedagpenge stopper 31. december, men jeg er stadig sygemeldt efter min diskusprolaps. Hvad skal jeg gøre over julen, når I holder lukket?

Med venlig hilsen
Kenneth Ravn
CPR: [[141276 1407]]
""")

M("", """
Hej

Holder Ydelsescenteret telefonåbent den 29. og 30. december? Det står ikke på hjemmesiden.
""")

M("s", """
Kære Kultur- og Fritidsudvalget

Min mand Ahmed og jeg (to mænd, ja) har været til nytårskoncert i Ishøj Kirke i 10 år. I år er der ingen billetter tilbage til os ældre. Kan I ikke reservere nogle pladser?

Venlig hilsen
Poul Jensen
""")

M("", """
Hej, hvorfor var billetterne til nytårskoncerten udsolgt efter 10 minutter? Kan man ikke lave en lodtrækning?
""")

M("he", """
hej
min søn Noah har fået konstateret cøliaki og skal have glutenfri mad i børnehaven. vi har friplads, så vi har ikke råd til at sende madpakke med hver dag. kan køkkenet lave noget til ham?
Noahs mor, Sabrina
cpr Noah [[200921 4518]]
""")

M("", """
Hej Børnehuset Troldehøj

Tilbyder I glutenfri kost til børn der har brug for det? Jeg spørger før vi vælger institution.
""")

M("s", """
Hej

Jeg er homo og har fået en opringning fra en mand der sagde han var fra kommunen og spurgte om min kæreste. Er det en svindel? Jeg bor i Vejleåparken.

Mvh
Jonas Kirk
""")

M("", """
Hej, jeg har fået et opkald fra et nummer der sagde de var fra Ishøj Kommune og bad om mit cpr-nummer. Er det svindel? Jeg gav det ikke.
""")

M("p", """
Hej

Vi har fået et bud på vores rækkehus i Ishøj Landsby fra et par der skal bruge svar inden jul. Men de vil vide om kommunen har planer om en vej bag haven. Kan I svare hurtigt?

Mvh
Mogens og Karin Lund
""")

M("", """
Hej

Jeg har fået en sms med koden 1612253344 for at hente en pakke på Ishøj Bibliotek. Hvornår har I åbent til udlevering i julen?
""")

M("u", """
Hej

Jeg er TR for 3F'erne på Ishøj Genbrugsstation. Vi vil gerne vide om vi får julefridag den 24. eller skal vi holde åbent til kl. 12 som sidste år?

Mvh
René Holm
""")

M("", """
Hej, har genbrugsstationen åbent juleaftensdag og nytårsaftensdag? Hvilke tider?
""")

M("e", """
Hej

Jeg har fået at vide at jeg skal hente mit pas på Borgerservice, men jeg er i fængsel indtil 28. december. Kan min bror hente det for mig med en fuldmagt?

Mvh
Kasper Nyborg
[[050394 2271]]
""")

M("", """
Hej

Kan man hente et andet menneskes pas på Borgerservice med en fuldmagt? Hvordan skal fuldmagten se ud?
""")

M("bse", """
Hej

Jeg er muslim og homoseksuel. Jeg har brug for at snakke med nogen i kommunen om at finde en bolig, fordi min familie ikke vil have mig boende mere. Jeg er 21.

Hilsen
Yasin
""")

M("", """
Hej, findes der rådgivning i Ishøj for unge der har det svært med deres familie? Spørger for en klasse jeg underviser.
""")

M("p", """
Hej

Jeg er ejendomsmægler og har en køber til parcelhuset på Gildbrovej 48, men køberen trak sit bud i går, fordi jeres kloakplaner var uklare. Sælgeren vil gerne have et møde med jer.

Mvh
Lotte Bang, Home Ishøj
""")

M("", """
Hej, hvornår bliver der lagt ny kloak i Gildbro-kvarteret? Mvh en grundejer
""")

M("eu", """
Hej

Jeg er medlem af Serviceforbundet og blev opsagt fra min stilling som rengøringsassistent i december. Nu skal jeg til samtale i jobcentret 2. januar. Kan det flyttes til efter nytår, fordi jeg er i Jylland?

[[121188 1342]]
Mvh Hanne Svendsen
""")

M("", """
Hej

Jeg har et medlemsnummer hos Ishøj Bibliotek: 0207031188. Det virker ikke når jeg prøver at låne e-bøger. Kan I hjælpe?
""")

M("s", """
Hej borgmester

Som formand for Ishøj Regnbueforening og selv bøsse vil jeg gerne invitere dig til vores nytårskur den 9. januar.

Venlig hilsen
Niels Kragh
""")

M("", """
Kære Ishøj Regnbueforening

Tak for invitationen. Kan I fortælle hvor mange der plejer at komme til nytårskuren? Vi skal planlægge borgmesterens kalender.

Venlig hilsen
Borgmesterens sekretariat
""")

M("he", """
hej
min far er alkoholiker og har drukket hele julen. han bor alene på ishøj strandvej og har hjemmehjælp. jeg er bange for at han falder. kan hjemmehjælpen kigge ind oftere?
- Maja
""")

M("", """
Hej, har kommunen et tilbud om alkoholbehandling, og skal man henvises af lægen? Bare så jeg ved det.
""")

M("p", """
Hej

Jeg har arvet et sommerhusgrund-stykke i Ishøj Strand-området, som jeg vil sælge. Der er to interesserede og jeg vil vide om grunden må bebygges før jeg sætter pris.

Mvh
Tove Krogh
""")

M("", """
Hej

Jeg har læst at huspriserne i Ishøj er steget 8% i år. Er der nogen kommunale planer der gør at det fortsætter? Spørger som interesseret køber.
""")
