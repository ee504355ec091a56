"""Part J: a last round of disputes - trades not yet concluded, partners, origin, CPR in every form."""
from common import M

M("p", """
Til Teknik- og Miljøudvalget

Den 4. juni underskrev vi en købsaftale på Ishøj Søpark 112 med forbehold for finansiering og kommunens svar om en ulovlig kælderlejlighed. Den 20. juni fik kommunen vores spørgsmål. Den 30. august har vi intet svar, og sælger truer med at sælge til en anden køber, der har budt 50.000 mere.

Mvh Oliver og Frederikke Lund
""")

M("p", """
Kære Sanne

Vi har et hus på Torslunde Bygade til salg, og to interesserede købere har begge spurgt, om kommunen vil bygge en ny vej bag grunden. Ingen vil give bud, før de ved det. Hvornår beslutter udvalget det?

Mvh Preben Sejr
""")

M("pe", """
Til borgerrådgiveren

Banken har opsagt vores lån, og vores hus på Vejleåvej 51 skal på tvangsauktion den 14. januar, hvis vi ikke får solgt inden. Vi har en køber, som venter på kommunens ejendomsoplysninger. Jeg har ringet hver dag i to uger. Cpr [[231166–1435]].

Mvh Gert Winther
""")

M("", """
Til Teknik og Miljø

Hvor mange tvangsauktioner har der været i Ishøj i 2024? Jeg har set en liste hos retten, men vil gerne høre kommunens tal.

Mvh Økonomistuderende Lærke
""")

M("se", """
Til Social- og Sundhedsudvalget

Min ægtemand Hans og jeg har boet sammen i 38 år. Nu skal Hans på plejehjem, og vi har fået at vide, at der ikke findes "parboliger for to mænd". Det har jeg aldrig hørt før.

Mvh Bjørn Kjeldgaard
""")

M("s", """
hej. mig og min kæreste Mads (vi er begge fyre) blev smidt ud af svømmehallen fordi vi holdt i hånd. livredderen sagde at "det er et familiested". ret dårligt ishøj.

- Jonathan
""")

M("t", """
Til Kultur- og Fritidsudvalget

Vi er en grønlandsk familie og har søgt om at få vores søn med i Ishøj Roklub, men vi har fået at vide, at "kun dem med svømmebevis fra en dansk skole" kan optages. Han har svømmebevis fra Nuuk.

Mvh Nukannguaq Olsen
""")

M("t", """
Til borgerrådgiveren

Jeg er af pakistansk herkomst og har ventet 4 måneder på et svar om min byggetilladelse til en garage. Min nabo, som er dansker, fik tilladelse til præcis det samme på 3 uger. Sag nr. 02.34-P19-2211-24.

Mvh Imran Chaudhry
""")

M("h", """
Til borgerrådgiver

Jeg har sendt min lægeerklæring om min migræne til Borgerservice, så jeg kan få en handicap-p-kort-ansøgning videre. Hvorfor har jeg fået den retur? Mit personnummer er [[121282 2451]].

Mvh Lena Storgaard
""")

M("he", """
til jobcentret

jeg kommer ikke til aktiveringen mandag fordi min datter er syg. jeg har ringet men ingen tager den. cpr [[1004942389]]

Ronja
""")

M("", """
Til Jobcentret

Vi har en praktikplads ledig i vores bageri på Ishøj Bygade. Hvordan kan vi samarbejde med jobcentret om aktivering? Cvr 31724409.

Mvh Ishøj Brød
""")

M("", """
Til Borgerrådgiveren

Hvor længe før man fylder folkepensionsalderen skal man søge folkepension? Vi laver et oplæg for medlemmerne i foreningen.

Mvh Ishøj Seniorforening
""")

M("b", """
Til borgmesteren

Jeg er medlem af Moderaterne og har stået på listen ved sidste kommunalvalg. Jeg klager over, at vores valgplakater blev taget ned to dage før tid af kommunens vejfolk.

Mvh Christian Holm
""")

M("", """
Til Teknik og Miljø

Hvornår må valgplakater hænge op før et kommunalvalg? Der hænger stadig plakater fra sidste valg på Ishøj Boulevard.

Mvh Gitte
""")
