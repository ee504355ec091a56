"""Part I: a last handful - trades with CPR, and more look-alike numbers."""
from common import M

M("p", """
Hej Borgerservice

Jeg skal sælge min ejerlejlighed på Ishøj Strandvej og køber skal overtage 1. februar, hvis banken godkender. Mægleren skal bruge en restanceerklæring for ejendomsskat. Her er mit cpr: [[161063–1218]].

Mvh
Jens Peter Moos
""")

M("p", """
hej
vi har fået et bud på vores hus på Bækkeskovvej men det er 200.000 under udbudsprisen. vi venter med at svare til efter jul. er der nogen kommunale planer for området vi bør kende til inden vi siger ja?
Rikke og Jes
""")

M("pe", """
Kære Ydelsescenter

Jeg er på kontanthjælp og har arvet en halv andelslejlighed efter min mor. Vi er ved at sælge den, og der er en køber. Bliver pengene trukket i min kontanthjælp når handlen er gået igennem?

[[291184–1176]]
""")

M("", """
Hej

Jeg har en kvittering med løbenummer 191287-0034 fra Ishøj Genbrugsstation for aflevering af asbest. Skal den gemmes, eller er den ligegyldig?
""")

M("", """
Hej, hvordan finder jeg mit ejendomsnummer? Der står 1811650007 på min ejendomsvurdering, er det det?
""")

M("", """
Hej Valgsekretariatet

Kommer der en opgørelse over hvor mange der brevstemte fra plejecentrene ved kommunalvalget? Vi er en forskergruppe på KU.
""")

M("", """
Hej, er der julebelysning på Ishøj Boulevard i år, eller er den sparet væk? Tidligere var der stjerner på lygtepælene.
""")
