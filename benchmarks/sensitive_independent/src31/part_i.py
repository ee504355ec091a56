"""Part I: a few more CPR mails (en dash, no-break space) and beliefs, in the emphasis voices."""
from common import M

M("tb", """
Hej

Min mand og jeg er eritreiske ortodokse kristne, og vi vil gerne have vores søn Daniel ([[070219–5631]]) fritaget for svømning i fastetiden, når han ikke må spise før kl. 15. Han bliver for svag.

Tak
Saba Gebremedhin
""")

M("sb", """
Til Borgerservice

Navneændring: Jeg har giftet mig med min kone Ayse Demir og vil gerne tage hendes efternavn. Vi er begge muslimer og blev også viet i moskéen. Mit personnummer: [[031189\u00a02046]].

Mvh
Leyla Demir (tidl. Jensen)
""")

M("uh", """
cpr [[220467–1183]]

Hej, jeg er medlem af Dansk Metal og har fået en arbejdsskade i ryggen på værkstedet i Ishøj. Forbundet siger, at jeg skal have en udtalelse fra kommunen om min sygemelding. Hvem sender den?

Flemming Juhl
""")

M("b", """
Hej

Jeg er aktiv i Kristeligt Folkeparti og vil gerne stille op til Ældrerådet. Må man det, når man er partimedlem?

Venlig hilsen
Inger Marie Toft
""")

M("", """
Hej

Hvornår er valget til Ældrerådet, og hvordan stiller man op? Jeg spørger for min mor.

Mvh Lars
""")

M("", """
Hej

Jeg har fået et brev med referencenummer 0711–8823. Det står ikke, hvad det drejer sig om. Kan I hjælpe?

Mvh Kirsten
""")

M("be", """
hej jeg er buddhistisk munk og bor midlertidigt hos min søster i Ishøj. jeg vil gerne melde flytning men jeg har ingen fast indkomst, er det et problem for folkeregistret?
Tenzin
""")

M("hst", """
Hej Lotte

Jeg ved godt du er byrådsmedlem for et andet parti end det jeg stemmer på, men du er den eneste jeg tror vil lytte. Min kæreste Yasin og jeg er to mænd, han er kurder fra Irak, og han har været indlagt på psykiatrisk afdeling efter at hans familie truede ham. Vi har brug for hjælp til at finde et sikkert sted at bo.

Cpr på ham: [[140998-2713]]

Hilsen
Jonas Klitgaard
""")
