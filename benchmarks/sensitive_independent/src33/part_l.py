"""corpus33 part L: a final handful for margin - mixed mailboxes and hard negatives."""
from common import M

M("t", """Hej

Min svigerfar er fra Gambia og bor hos os på Vejlevænget. Naboerne har klaget over "fremmede" i opgangen og bedt viceværten holde øje med ham. Er det lovligt?

Mvh Mette Kofoed""")

M("", """Hej. Hvor mange tolke bruger kommunen om året, og hvilke sprog er mest efterspurgte? Spørgsmål til Integrationsrådets årsmøde.""")

M("p", """Hej Lars

Vi er i gang med at forhandle pris med en køber om vores butik og lejemål på Ishøj Store Torv. Han vil have en garanti for at torvet ikke lukkes for biler, før han skriver under. Kan byrådet sige noget om det?

Mvh Ali og Nermin Kaya, Kaya Grønt""")

M("b", """Til Center for Børn og Forebyggelse

Vi er adventister og holder sabbat fra fredag aften til lørdag aften. Vores datter i 2.a kan derfor ikke deltage i skolens lørdagsarrangement. Vi håber det kan respekteres.

Mvh Sarah og Daniel Mortensen""")

M("u", """Hej

Jeg er medlem af Serviceforbundet og arbejder som buschauffør på rute 128 gennem Ishøj. Vi oplever at kommunens nye vejbump ødelægger ryggen på os chauffører. Kan I se på det?

Mvh Torben Lassen""")

M("", """Hej. Rute 128 kører for stærkt over de nye vejbump på Vejlebrovej. Kan kommunen tale med Movia? Mvh beboer""")

M("s", """hej, jeg og min kæreste Victor (vi er begge fyre) vil gerne leje et kolonihavehus i sommer. er der nogen der udlejer i Ishøj? -Oscar""")

M("", """Til hovedpostkassen

Journalnr. 00.01.00-A00-12-25. Vi henviser til aktindsigtsanmodning af 02.01.25 og beder om status.

Med venlig hilsen
Advokatfirmaet Bruun & Co.""")

M("hb", """Kære borgmester

Jeg er katolik og har været syg med kræft i et år. Jeg vil gerne at min præst fra Sankt Mariæ Kirke kan besøge mig på Ishøj Plejecenter uden for besøgstiden, hvis det går den forkerte vej.

Mvh Teresa Lindholm""")

M("", """Hej. Hvad er besøgstiderne på Ishøj Plejecenter, og må præster komme uden for dem? Mvh""")

M("tse", """Hej Hanne

Jeg er pakistaner og bøsse og er flygtet hjemmefra fordi min familie ikke accepterer det. Jeg er 19. Jeg har hørt at der findes et krisecenter for unge LGBT+. Hvor er det?

Mvh A.""")

M("", """Hej, er der en ordning med gratis madpakker til skolebørn i Ishøj? Hvem betaler? Mvh Karin""")
