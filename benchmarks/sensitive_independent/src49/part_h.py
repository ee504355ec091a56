"""Part H: longer mails with signatures, from coaches, step-parents and grandparents; a few more hard negatives."""
from common import M

M("hetu", """
Kære Ahmad Khan

Jeg skriver til dig, fordi jeg ikke ved, hvem jeg ellers skal gå til. Jeg er farmor til tre drenge på 6, 9 og 12 år, som har boet hos mig og min mand siden april. Deres mor er blevet indlagt på psykiatrisk afdeling i Glostrup, og deres far sidder i fængsel. Familieafdelingen har sagt, at de "undersøger sagen", men ingen har været på besøg.

Vi er en tyrkisk familie og har boet i Ishøj i 30 år. Min mand er pensioneret buschauffør og har været medlem af 3F hele sit arbejdsliv. Vi har ikke meget, og tre drenge spiser meget. Den ældste, Emre, er begyndt at pjække fra skole, og skolen har ringet flere gange.

Kan du hjælpe os med at få et møde med kommunen? Vi vil gerne være plejefamilie for drengene, men vi har brug for hjælp.

Drengenes cpr-numre: [[110314 6207]], [[030917-5480]] og [[250220–7891]].

Med venlig hilsen
Ayşe Kaya
Ishøj Strandvej 88, 2635 Ishøj
tlf. 28 44 61 90
""")

M("t", """
Hej træner

Tak for en god sæson. Jeg vil bare nævne, at min søn Kwame var ked af det efter turneringen i Køge, hvor en modspiller kaldte ham n-ordet. Han er adopteret fra Ghana. Jeg har skrevet til DBU, men vil gerne have at klubben også reagerer.

Venlig hilsen
Hanne Mølgaard
""")

M("t", """
hej. jeg er halvt filippinsk og min lillesøster får hele tiden at vide at hun er "kineser" i klassen. lærerne gør intet. hvad kan man gøre? /Mikaela, 9.A
""")

M("t", """
Hej

Min kone og jeg er fra Bosnien og kom hertil i 1993 som flygtninge. Nu er vi bedsteforældre og vil gerne fortælle om krigen i vores barnebarns klasse. Må man det?

Mvh Emir Hodžić
""")

M("", """
Hej

Kan bedsteforældre komme og fortælle om deres liv i skolen? Vi er en gruppe i ældreklubben.

Mvh
""")

M("up", """
Hej

Jeg er FOA-tillidsrepræsentant på plejecentret og bonusmor til to. Vi er i gang med at sælge min lejlighed og har et bud, men køber kræver at vi flytter 1. februar. Kan bonusbørnenes SFO-plads flyttes til Vejleå, hvor vi skal bo?

Mvh Lisbeth Hein
""")

M("u", """
Hej

Jeg er pædagog i SFO'en Stjernen og BUPL-medlem, og jeg har været med til at starte et madhold for børnene. Kan kommunen give tilskud til råvarer?

Mvh Kasper
""")

M("p", """
Hej

Vores genbo på Vibeholm Allé skal på tvangsauktion, og huset har stået tomt i måneder. Børnene leger derinde. Kan kommunen gøre noget, indtil det er solgt?

Mvh familien i nr. 12
""")

M("", """
Kære Jakob Nielsen

Jeg vil gerne takke for dit indlæg om børnenes trivsel i avisen. Jeg er helt enig i at vi skal investere i de yngste.

Med venlig hilsen
Bodil Kragh
""")

M("", """
Hej

Er der åbent i Ishøj Naturcenter i påsken? Vi vil gerne tage børnebørnene med.

Mvh
""")

M("", """
Hej

Jeg har set at sundhedsplejen i Ishøj holder babycafé om torsdagen. Hvor er det og skal man tilmelde sig?

Mvh
""")
