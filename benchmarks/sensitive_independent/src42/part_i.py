"""Part I: relatives writing on behalf of older citizens, in their own old-fashioned words."""
from common import M

M("te", """
Kære Borgmester

Min bedstemor er tatar fra Krim og kom hertil i 1990'erne. Hun bor alene på Ishøj Boulevard og har fået afslag på hjemmehjælp. Hun kan hverken læse dansk eller engelsk, og afgørelsen kom kun i e-Boks. Vi vil gerne klage på hendes vegne. Hendes personnummer: [[180234 2106]].

Venlig hilsen
Aliya Kurt
""")

M("", """
Hvor klager man over en afgørelse om hjemmehjælp? Skal det være skriftligt, og er der en frist? Jeg spørger for at kunne vejlede i vores boligforening.
""")

M("se", """
Kære Ishøj Kommune

Min afdøde veninde og livsledsager, Else, døde i november. Vi boede sammen som kærester i 38 år, men det var ikke noget man talte om dengang. Nu skal jeg ud af vores lejlighed, fordi kontrakten stod i hendes navn. Kan I hjælpe mig med at blive boende?

Ærbødigst
Gudrun Holst
""")

M("ue", """
Hej Anders

Far (Jørgen Vestergaard) var i Dansk Metal i 48 år, og fagforeningen vil gerne give ham en blomst til hans 90-års fødselsdag på plejecentret. Er det i orden at de kommer forbi den 19.?

Venlig hilsen
Kirsten Vestergaard
""")

M("", """
Må foreninger og fagforeninger komme på besøg på plejecentrene med gaver til jul? Er der regler for det?
""")

M("pe", """
Kære Jette

Min mor flytter i plejebolig efter nytår, og vi har sat hendes ejerlejlighed på Jægerbuen til salg. En køber har budt, men der er en fejl i BBR om altanen. Kan I rette den snarest, så vi ikke mister køberen?

Mvh Peter Lauridsen
""")

M("", """
Hvor lang tid tager det at rette en fejl i BBR? Vi er et ejendomsmæglerfirma og har flere sager i Ishøj.
""")

M("tbe", """
Hej borgerrådgiver

Min far er syrisk og kristen, og på plejecentret har personalet ad flere omgange sagt at han "må være muslim" og givet ham halalmad i stedet for svinekød, som han gerne vil have. Det er ikke så vigtigt, men han føler sig ikke set.

Mvh George Hanna
""")

M("ue", """
hej, er der nogen der kan hjælpe min far? han var i HK i 40 år og skal nu have sin fagforeningspension flyttet, men de skal bruge en attest fra kommunen om at han bor på Kærhuset. mvh Susanne
""")

M("", """
Hvad gør kommunen for at plejecentrene tilbyder mad til beboere med forskellig religiøs baggrund? Jeg er medlem af et integrationsråd og vil gerne tage det op.
""")

M("be", """
Kære Center for Voksne og Velfærd

Min mor er medlem af Mosaisk Trossamfund og vil gerne have at der tages hensyn til sabbat ved besøgene fra hjemmeplejen. Hun ønsker ikke at personalet tænder lys fredag aften.

Med venlig hilsen
Daniel Melchior
""")

M("", """
Til Ishøj Kommune. Det nye CPR-system må være lavet af idioter. Hvorfor skal man oplyse sit personnummer på hver eneste blanket? Hilsen Verner, 81 år
""")

M("s", """
Til Kultur og Fritid

Min kone Lisbeth og jeg (Hanne) fejrer sølvbryllup i februar og vil gerne leje festsalen på Ishøj Landsby Medborgerhus. Er den ledig den 15.?

Mvh Hanne Kirk
""")

M("", """
Er festsalen i Ishøj Landsby Medborgerhus ledig den 15. februar? Vi skal holde sølvbryllup for 60 personer.
""")

M("t", """
Hej

Jeg er af vietnamesisk afstamning og vil gerne søge kommunens kulturpulje til en fest for Tết (nytår) i Vejleåparken. Hvornår er ansøgningsfristen?

Mvh Minh Nguyen
""")
