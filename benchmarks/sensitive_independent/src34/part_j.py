"""corpus34 part J: a last batch of short hard negatives - numbers that look like CPR
numbers, care and money words about institutions, and general questions."""
from common import M

M("", """Hej. Min faktura fra Ishøj Forsyning har nummeret 1706921345, men beløbet er det dobbelte af sidste kvartal. Kan I se på det? /Lone Kjær""")

M("", """Kære Ishøj Forsyning. Mit kundenummer står som 030488-1122 på vandregningen, men på jeres hjemmeside skal man bruge et målernummer. Hvor finder jeg det? /Bent""")

M("", """Hej. Hvor mange ansatte på rådhuset er medlem af en fagforening? Det er til en bacheloropgave om organisering i kommunerne. Mvh Simone, RUC""")

M("", """Til Center for Voksne og Velfærd. Jeg har læst, at kommunens plejecentre har ventelister. Hvor mange venter i gennemsnit, og hvor længe? Jeg spørger som medlem af Ældre Sagens lokalkomité. /Poul""")

M("", """Hej Jonas. Bilen, som kommunen bruger til madudbringning, holder hver dag med motoren i gang foran min dør i ti minutter. Kan chaufføren slukke motoren? Mvh Viggo, Pile Allé 3""")

M("", """Hej. Vores virksomhed er gået i betalingsstandsning, og vi har en lejekontrakt med kommunen på et lagerlokale. Hvem skal vores kurator tale med? Med venlig hilsen Ishøj Møbler A/S""")

M("", """Hej. Min hund har fået epilepsi og tager medicin. Hun er blevet bange for fyrværkeri. Kan kommunen ikke begrænse fyrværkeri til nytårsaften? /Merete""")

M("", """Kære Kultur og Fritid. Vores bogklub har læst "Mit navn er Adam", om en dreng, der bliver anbragt på børnehjem. Vi vil gerne invitere forfatteren til biblioteket. Kan I hjælpe? /Bogklubben Ishøj Nord""")

M("", """Hej. I 1992 boede jeg et halvt år på et kollegium, hvor kommunen betalte en del af huslejen, men det er jo længe siden og ordnet. Nu vil jeg bare vide, om kollegiet på Ishøj Stationsvej stadig findes. /Peter""")

M("", """Hej. Kontonummeret på jeres faktura står som reg. 2191 konto 0612874455. Er det rigtigt, eller er det en svindelmail? /Hanne""")

M("", """Hej. Hvordan får man en handicapparkeringsplads foran sin bolig? Jeg spørger på vegne af vores boligforenings bestyrelse, der vil lave en vejledning. /Kirsten""")

M("", """Kære Ishøj Kommune. Må en privat person lave julehjælp til trængte familier i sin garage og dele madkasser ud? Jeg spørger, inden jeg går i gang. /Susan""")

M("", """Hej Rikke. Vores kat Max er blevet opereret for en tumor og er kommet godt igennem. Vi vil gerne give en donation til Dyrenes Beskyttelse i kommunens navn. Hvordan? /Jette og Hans""")

M("", """Hej. Jeg læste, at en lærer på en af kommunens skoler er blevet afskediget. Hvem afgør sådan noget? Jeg spørger generelt. /Ole""")
