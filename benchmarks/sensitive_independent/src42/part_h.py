"""Part H: last mails before the New Year: swimming-hall cards, gritting, family news."""
from common import M

M("s", """
Kære Ishøj Svømmehal

Jeg og min mand Henning går til seniorsvømning om tirsdagen. Vi er to ældre herrer, der har været sammen i 45 år, og vi vil gerne købe et parkort til januar. Kan man det, selvom vi ikke er "mand og kone"?

Venlig hilsen
Poul Ravn
""")

M("", """
Hej svømmehallen. Findes der et parkort eller et pensionistkort til seniorsvømning? Prisen for to stk.?
""")

M("sb", """
Kære Biblioteket

Jeg er præst i Ishøj og selv gift med en kvinde, min kone Lene. Jeg vil gerne holde et foredrag om tro og regnbuefamilier på biblioteket i februar. Har I en ledig aften?

Venlig hilsen
Mette Kjærsgaard
""")

M("", """
Hej. Jeg har et forslag til biblioteket: lav en aften om regnbuefamilier i februar, når der er Copenhagen Pride-forberedelser. Venlig hilsen Ulla
""")

M("p", """
Til hovedpostkassen

Vi har sat vores rækkehus på Strandgårdsvej til salg og fået et bud, men køberen spørger om kommunen skrider ind over for den ulovlige skur hos naboen. Kan vi få et svar vi kan vise ham?

Mvh
Lone og Erik Berg
""")

M("ue", """
Hej Rikke

Min mor, som er 88, var i 50 år medlem af Kvindeligt Arbejderforbund og vil gerne have æresnålen sendt til plejehjemmet. Fagforeningen siger kommunen skal give adressen. Hun bor på Kærbo, stue 14.

Mvh Annie Holm
""")

M("", """
Hvornår bliver der saltet ved plejecentret Kærbo om morgenen? Pårørende og personale glider på indkørslen.
""")

M("s", """
hej, mig og min kæreste Mikkel (jeg er også en fyr) er lige flyttet til Ishøj og vil gerne melde os til en badmintonklub. er der nogen klubber der er åbne for alle? mvh Jeppe
""")

M("", """
Hej. Hvilke idrætsforeninger i Ishøj har hold for voksne begyndere i badminton? Tak.
""")

M("b", """
Kære borgmester

Jeg er muslim og har arbejdet i kommunens vintertjeneste i tre sæsoner. Jeg vil gerne bede om at få et sted at bede på depotet i Erhvervsområdet under lange vagter.

Venlig hilsen
Bilal Ahmed
""")

M("", """
Har kommunens arbejdspladser bederum? Jeg spørger generelt, fordi vi er ved at lave en politik i vores firma.
""")

M("s", """
Hej Kirsten

Jeg er homoseksuel og frivillig i Ældre Sagen. Jeg vil foreslå at kommunens seniorcafé laver en LGBT+-eftermiddag før jul. Jeg kan selv stå for den.

Mvh Kurt Bjerre
""")

M("", """
Hej. Vi har fundet en hanske og en hue i omklædningsrummet efter skoleholdets svømning fredag. Vi afleverer dem i receptionen. Hilsen lærer Sandra
""")

M("", """
Hej byrådet. Nummer 070195-1224 stod på en parkeringsbøde jeg fandt på min bil, men det er ikke min bil. Hvad er det for et nummer? Jeg tror det er et bødenummer.
""")

M("", """
Kære Hovedpostkasse. Ordre 1612541180 på grus til grundejerforeningen er ikke leveret. Vi har bestilt 2 tons. Mvh. Grf. Skovgården
""")
