"""Part E: CPR numbers given in every way, and numbers that only look like them (matrikel, BFE, lease, loan, invoice, customer)."""
from common import M

M("p", """
Til hovedpostkassen

Jeg har underskrevet en købsaftale på Ishøj Søvej 12 med forbehold for advokatgennemgang. Advokaten beder om en kopi af servitutterne. Mit personnummer er [[180488-1327]] hvis I skal bruge det.

Mvh Jeppe Lund
""")

M("", """
Hej

Faktura nr. 2104861190 for rottebekæmpelse på Ishøj Søvej 12 – jeg har købt huset og overtaget det i 2024, og regningen skal sendes til den tidligere ejer. Handlen er afsluttet.

Mvh Jeppe
""")

M("e", """
Hej

Jeg skylder 14.300 kr. i husleje og har fået en aftale om afdrag. Kan I bekræfte at I har modtaget den første rate?

Med venlig hilsen
Jannie Bech
[[0304912176]]
""")

M("", """
Hej

Jeg har kundenummer 0304911276 hos forsyningen og vil gerne skifte til betalingsservice.

Mvh
""")

M("pe", """
Kære Pernille

Vi er ved at sælge vores hus på Torslundevej fordi min mand er kommet i fængsel, og jeg kan ikke betale alene. Køberen vil overtage 1. juni. Skal kommunen vide noget om salget i forhold til min boligstøtte til den nye lejlighed?

Mit cpr er [[061178 2034]].

Mvh Hanne Kaas
""")

M("", """
Hej

Matrikel 12ai og 12ak Ishøj By – jeg skal bruge en bekræftelse på at de er sammenlagt. Handlen blev gennemført i 2020.

Mvh landinspektør Kim Rønne
""")

M("h", """
Hej

Jeg er nyopereret for brystkræft og skal have stråler. Mit køleskab i lejligheden er gået i stykker, og jeg kan ikke selv få det udskiftet. Jeg har ringet til ejendomskontoret 3 gange.

Birthe Holm
cpr [[251060-2248]]
""")

M("", """
Hej

BFE-nummer 1012855243 – kan I oplyse den seneste offentlige vurdering? Jeg er ejer og har haft huset i 15 år.

Mvh
""")

M("pu", """
Hej

Jeg har været HK-medlem hele mit arbejdsliv og er nu gået på pension. Vi skal sælge vores hus på Kærbo og har en køber, men han har taget forbehold for at kloakken er i orden. Kan kommunen sende kloaktegningerne?

[[150353-1188]]

Hilsen Lis Fabricius
""")

M("", """
Hej

Lånenummer 2503 871 144 – jeg er advokat for køberen af en ejendom, hvor handlen er gennemført og huset overtaget. Kan I bekræfte, at der ikke er tinglyst kommunale lån på ejendommen?

Mvh
""")

M("he", """
Hej

Min mor har brug for en plejehjemsplads. Hun har Parkinson og kan ikke mere bo i sit rækkehus. Hendes cpr er [[110338–0452]]. Vi har søgt for 2 måneder siden.

Mvh
Lisbeth Krogh
""")

M("", """
Hej

Sagsnummer 27.12.04-G01-1120-25 – hvornår er der svar på min ansøgning om byggetilladelse til carport?

Mvh Frank
""")

M("pt", """
Hej

Jeg er fra Eritrea og vil købe et lille hus på Ishøj Landsby med min mand. Sælger har accepteret vores bud på 2,1 mio., og vi venter på banken. Mægleren vil have vores personnumre – er det normalt?

Mit: [[010190-1436]]

Mvh Senait Tesfaye
""")

M("", """
Hej

Lejekontrakt nr. 0101901436 – hvornår må jeg overtage lejligheden? Jeg har allerede betalt depositum.

Mvh
""")

M("s", """
Hej

Jeg skal registreres som medmor til vores barn, som min kone har født. Vi bor på Ishøj Strand 12. Kan kommunen hjælpe med papirerne?

Mvh
Sofie Andersen
[[240893-2817]]
""")

M("", """
Hej

Hvordan bliver man registreret som medmor? Generelt spørgsmål til en artikel.

Mvh
""")

M("pb", """
Hej

Vi er medlemmer af Mosaisk Trossamfund og vil gerne købe en grund for at bygge en lille synagoge til vores forening. Vi har budt på kommunens grund på Ishøj Centervej. Budet er betinget af lokalplanen.

Mvh
Daniel Melchior, formand
CPR: [[300567 1093]]
""")

M("", """
Hej

Kommunen har solgt grunden på Ishøj Centervej 14. Hvem har købt den? Jeg har læst at handlen er tinglyst.

Mvh
""")

M("e", """
Hej

Jeg er hjemløs og sover i min bil på parkeringspladsen ved Ishøj Strand. Jeg har brug for en bolig. Mit cpr er [[120792-2553]].

Mvh Mathias
""")

M("", """
Hej

Hvor mange hjemløse er der i Ishøj? Jeg skriver en opgave om emnet.

Mvh Anna
""")

M("pe", """
Hej

Jeg er ved at købe en andel i AB Ishøjhave, men mit jobcenter siger at jeg skal have sparet op før jeg må bruge penge på det. Jeg er på kontanthjælp. Sælger har accepteret mit bud.

Mvh
Rashid
[[081095 1277]]
""")

M("", """
Hej

Hvad er reglerne for formue på kontanthjælp? Gælder det også for andelsboliger?

Mvh
""")

M("hp", """
Til borgmesterens PA

Jeg skal sælge min lejlighed, fordi jeg er blevet blind af diabetes og ikke kan klare mig selv. Jeg vil gerne flytte til Aarhus hvor min datter bor. Handlen er ikke underskrevet endnu.

Venlig hilsen
Grethe Dall
[[170444-2067]]
""")

M("", """
Hej

Ordrenr. 1704442067 for affaldsspand – den er ikke leveret.

Mvh Grethe Dall
""")

M("u", """
Hej

Jeg er Dansk Metal-medlem og skal bruge en udskrift fra folkeregistret til min a-kasse i forbindelse med en adresseændring. Mit cpr: [[290772-1109]].

Mvh Bo
""")

M("", """
Hej

Telefon 29 07 72 11 – ring gerne, jeg vil høre om containerpladser ved flytning.

Mvh Bo
""")

M("ps", """
Hej Morten

Min mand Jakob og jeg har solgt vores lejlighed, men vi har fortrudt og vil trække os inden fortrydelsesfristen. Køberens advokat truer med erstatning. Kan kommunen rådgive os?

Mvh
Kristoffer Lyng
[[140286-3021]]
""")

M("", """
Hej

Hvornår udløber fortrydelsesfristen ved ejendomshandel? Generelt.

Mvh
""")

M("he", """
Hej

Jeg har fået bevilget en hjemmehjælper efter min hjerteoperation, men hun kommer kun hver anden uge. Kan I sende hende oftere?

Mvh
Ejnar Vestergaard
cpr.nr. [[020237 0145]]
""")

M("", """
Hej

Kontonummer 2502 0237014512 – kan I bekræfte at I har modtaget betaling for fællesarealer?

Mvh
""")

M("t", """
Hej

Jeg er af grønlandsk afstamning og vil gerne vide, om der er særlige boligtilbud til grønlændere i Ishøj.

Mvh
Pipaluk Lynge
[[150599-2332]]
""")

M("", """
Hej

Er der særlige boligtilbud til grønlændere i Ishøj? Generelt spørgsmål.

Mvh
""")

M("b", """
Hej

Jeg er muslim og bærer tørklæde pga. min tro. Ved fremvisningen af en lejlighed spurgte udlejeren om jeg "ville tage det af i opgangen". Jeg vil gerne klage.

Mvh
Aisha Khan
[[220601-4188]]
""")

M("", """
Hej

Kan udlejere stille krav om at man ikke bærer tørklæde i opgangen? Jeg spørger generelt.

Mvh
""")

M("pe", """
Hej

Jeg har fået et bud på min grund på Tranegildevej, men jeg har gæld til kommunen (ejendomsskat, restance). Kan I bekræfte restancebeløbet?

Mvh Preben Møller
[[300965-1418]]
""")

M("", """
Hej

Hvordan får jeg en restanceattest? Jeg er mægler.

Mvh
""")

M("", """
Hej

Vi har bilag nr. 110223-0041 for graving ved Ishøj Søvej. Hvornår er gravearbejdet færdigt?

Mvh
""")

M("", """
Hej

Journalnr. 01.02.05-P20-1-24 – har I modtaget min klage om vejbump?

Mvh
""")

M("", """
Hej

P-nummer 1012345678 – vi er et nyt firma på Industrivej og vil gerne vide om erhvervsaffald.

Mvh
""")

M("", """
Hej

EAN 5798000123456 – fakturaen for leje af festsalen skal sendes til vores forening.

Mvh
""")

M("", """
Hej

CVR 12345678 – vi er en mæglervirksomhed og vil gerne have adgang til ejendomsdata.

Mvh
""")
