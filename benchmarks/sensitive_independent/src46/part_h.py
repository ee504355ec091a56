"""Part H: late arrivals in the mailbox — one-liners, signatures, forwarded chains; tops up the thinner categories."""
from common import M

M("s", """
Emne: Pårørende

Jeg er Bents mand og vil gerne stå som nærmeste pårørende på Ishøj Plejecenter. Jeg hedder Kurt Vang.
""")

M("s", """
hej, er det ok at min kone og jeg begge kommer til forældresamtalen? vi er to mødre til Asta i 1.b så der står kun den ene i aula
Hilsen Pernille
""")

M("st", """
Kære Borgerrådgiver

Jeg er homoseksuel og flygtet fra Uganda, hvor det er forbudt. Jeg har boet i Ishøj et år og vil gerne vide, om der er en forening jeg kan komme i.

Med venlig hilsen
David O.
""")

M("s", """
Hej

Min datter Freya (16) er aseksuel og vil gerne have, at skolesundhedsplejersken holder op med at spørge til prævention ved hver samtale. Hun har bedt mig skrive.

Mvh Helle (mor til Freya)
""")

M("sp", """
Hej Byggesag

Min kæreste Jens og jeg (Thomas) har budt på huset på Ishøj Søvej 9. Sælger har ikke svaret endnu. Er der en verserende sag om ulovlig tilbygning?

Mvh Thomas
""")

M("p", """
Til Økonomiudvalget

Hermed vores bud på det gamle vandværk i Torslunde: 950.000 kr. Vi vil lave værksted og galleri. Buddet gælder til 31. januar.

Med venlig hilsen
Kirsten og Bo Aagaard
""")

M("p", """
sendt fra mobil
sælger vores lejlighed, køber vil se byggetilladelse på altanen. Gadekærvej 3 2.tv. kan i maile den
""")

M("tp", """
Hej

Vi er en tyrkisk familie som vil købe pizzeriaet på Ishøj Stationsvej. Overdragelsen er ikke underskrevet endnu. Hvad skal vi søge om hos kommunen?

Mvh Mehmet og Ayşe Kaya
""")

M("t", """
Til Ishøj Kommune

Jeg er inuk og er flyttet fra Nuuk til Ishøj. Jeg kan ikke få NemID/MitID fordi mit grønlandske personnummer ikke virker i jeres system. Kan I hjælpe?

Mvh Naja Lynge
""")

M("t", """
hej min svigerfar er fra Gambia og vil besøge os til jul. skal han have et brev fra kommunen?
""")

M("bu", """
Kære borgmester

Jeg er medlem af Enhedslisten og af 3F, og jeg har fulgt med i debatten om udlicitering af rengøringen. Jeg vil gerne tale ved næste borgermøde.

Mvh Bjarne Holst
""")

M("e", """
Hej

Jeg skylder 12.000 kr i daginstitutionsbetaling og har fået brev om inddrivelse. Mit cpr er [[270295-1160]]. Kan jeg aftale en ordning?

Lea
""")

M("", """
Sendt fra Outlook til Android

vil bare høre om genbrugspladsen har åbent 2. juledag
""")

M("", """
Emne: SV: Juletræ på torvet

Super, tak.

Fra: Kultur og Fritid
Sendt: 19. november 2026 11:30
Til: Ishøj Handelsforening
Emne: Juletræ på torvet
Juletræet tændes 29. november kl. 16.
""")

M("", """
Hej. Hvornår kommer der svar på min ansøgning om opsætning af skilt på facaden? Sagsnr. 26/08812. Jeg har sendt bilag 1–4.

Mvh Kim's Kiosk
""")

M("", """
Vedhæftet vores årsberetning for Ishøj Pensionistforening. Vi har 212 medlemmer.

Venlig hilsen
Bestyrelsen
""")

M("s", """
Emne: Gæsteliste til rådhusreceptionen

Kan jeg tage min mand med til receptionen for frivillige den 4. december? Han hedder Hans, jeg hedder Poul Ege, og vi har været gift i 12 år.
""")

M("t", """
Hej Integrationsrådet

Jeg er kurder fra Irak og vil gerne stille op til Integrationsrådet. Hvordan gør jeg?

Mvh Dilan Rashid
""")

M("bt", """
Hej

Min søn skal til bar mitzvah i foråret, vi er jøder, og jeg vil høre om han kan få fri fra Ishøj Skole om fredagen. CPR på ham er [[040913 4417]].

Mvh Ester Melchior
""")

M("pe", """
Til Økonomiforvaltningen

Vores ejendom på Ishøj Landevej 80 er sat til salg, fordi vi har betalingsstandset over for banken. Køber har budt, men vil have bekræftet, at der ikke er pantebreve til kommunen. Se bilag.

Med venlig hilsen
Lene og Jørgen Bach
""")

M("u", """
ring gerne, er TR for FOA i køkkenet på plejecentret. 28 90 14 55
/Gitte
""")

M("", """
Emne: Ordrenr. 2702921546

Hej, vi har ikke modtaget de bestilte affaldsspande, ordrenr. 2702921546. Ishøj Boldklub.
""")
