"""Part J: a last set of long threads and business mails; property, orientation, union and
belief, and hard negatives whose one sentence only sounds sensitive."""
from common import M

M("pe", """
Fra: Susanne Winther <swinther@gmail.com>
Sendt: 2. december 2026 07:45
Til: Borgerservice Ishøj
Emne: VS: VS: Flytning og parkeringslicens

Hej igen

Jeg har stadig ikke fået svar på min mail herunder. Jeg skal flytte den 15., og licensen til Strandparken skal opsiges.

Lidt mere baggrund, hvis det hjælper: vi er gået fra hinanden, og vores hus i Ishøj Landsby er sat til salg, men der er ingen køber endnu, så jeg lejer mig ind i Strandparken indtil videre.

Susanne

> Fra: Susanne Winther
> Sendt: 20. november 2026
> Emne: Flytning og parkeringslicens
> Hvordan opsiger jeg min parkeringslicens, når jeg flytter?
""")

M("", """
Fra: Borgerservice Ishøj
Til: Susanne Winther
Emne: SV: VS: VS: Flytning og parkeringslicens

Kære Susanne Winther

Parkeringslicensen opsiges på ishoj.dk/parkering. Vi har af hensyn til fortroligheden slettet din oprindelige mail fra dette svar.

Med venlig hilsen
Borgerservice Ishøj
""")

M("su", """
Hej Karsten (udvalgsformand)

Jeg er FOA-tillidsrepræsentant på Ishøj Plejecenter og vil gerne på dagsordenen med en sag om vagtplaner. Men først noget mere personligt: Sidste uge sagde en kollega højt i personalerummet, at "min kæreste" nok ikke var en "rigtig kæreste", fordi han er en mand. Jeg har meldt det til lederen, men der er ikke sket noget.

Mvh
Benjamin Holt
""")

M("", """
Hej Karsten (udvalgsformand)

Kan udvalget tage vagtplanerne på plejecentrene op? Der er mange klager fra pårørende over skiftende personale.

Mvh
Benjamin Holst
""")

M("b", """
Kære Kultur- og Fritidsudvalget

Som aktiv medlem af SF og formand for Ishøj Naturfredningsforening vil jeg gerne opfordre udvalget til at bevare engen ved Ishøj Sø som naturområde. Jeg har vedlagt en liste over de plantearter, vi har registreret.

Venlig hilsen
Birgit Engel
""")

M("", """
Kære Kultur- og Fritidsudvalget

Engen ved Ishøj Sø bør bevares som natur, ikke laves til boldbane. Jeg har vedlagt en liste over plantearterne. Jeg ved at både SF og Venstre har sagt det samme i avisen.

Venlig hilsen
Birgit Engberg
""")

M("p", """
Hej

Vi er ved at købe et hus på Brenderup Vænge 11 og har givet et bud, som sælger endnu ikke har accepteret. Vi vil gerne vide, om der er planer om en cykelsti bag haven, før vi går videre.

Mvh
Malte og Clara Friis
""")

M("", """
Hej

Er der planer om en cykelsti bag husene på Brenderup Vænge? Jeg har set landmålere der i sidste uge.

Mvh
Malte Friis
""")

M("th", """
Hej

Jeg er kinesisk og min mand er dansk. Vi har lige fået en søn, og jeg har fået en fødselsdepression, som min læge har henvist til behandling for. Jeg vil gerne spørge, om sundhedsplejersken kan komme oftere, og om hun kan tale engelsk med mig.

Mvh
Mei Ling Sørensen
""")

M("", """
Hej

Hvor ofte kommer sundhedsplejersken på besøg efter en fødsel? Og kan man få besøg på engelsk? Jeg spørger for en kollega på arbejdet, der er ny i Danmark.

Mvh
Signe Bach
""")

M("u", """
Hej Ishøj Kommune

Jeg har skiftet fra Djøf til Akademikernes A-kasse og skal bruge en ny dokumentation for min ansættelse i kommunen. Kan lønkontoret sende den?

Mvh
Peter Holmboe
""")

M("", """
Hej Ishøj Kommune

Jeg har skiftet a-kasse til ASE og skal bruge en dokumentation for min ansættelse i kommunen. Kan lønkontoret sende den?

Mvh
Peter Holm
""")

M("s", """
Hej

Jeg er ikke-binær og queer, og jeg har ændret mit juridiske køn, men i Aula står jeg stadig under mit gamle navn som forælder. Min kæreste og jeg er begge ikke-binære og kalder os "forældre" til Mille. Kan I rette det?

Mvh
Sam Lindberg
""")

M("pu", """
Kære borgmester

Jeg er formand for Ishøj Boldklub og medlem af Dansk Metal. Klubben har fået et bud fra en ejendomsudvikler på vores klubhusgrund, som vi ejer selv. Vi har ikke sagt ja endnu. Kan kommunen hjælpe med at finde en ny grund, hvis vi sælger?

Mvh
Torben Vind
""")

M("", """
Kære borgmester

Sælger kommunen jord til idrætsklubber? Ishøj Boldklub har brug for mere plads, og der tales om at flytte klubhuset.

Mvh
Torben Vinde
""")

M("bs", """
Hej

Vi vil gerne holde vores vielse i Ishøj Rådhus, ikke i kirken. Vi er begge ateister og to mænd, så det skal være en borgerlig vielse. Hvornår er der ledige tider i maj?

Mvh
Lars og Henrik
""")

M("eh", """
Hej Vej og Park

Der er igen skrald ved containeren på Vildtbanegårdsvej. Jeg kan ikke selv samle det, jeg har dårlig ryg og får hjemmehjælp.

Mvh
Ruth Hansen
""")

M("", """
Hej Vej og Park

Der er igen skrald ved containeren på Vildtbanegårdsvej. Kan I tømme den oftere? Det tiltrækker rotter.

Mvh
Ruth Hald
""")
