"""corpus45 part H: more CPR numbers without separator or with a no-break space, and more look-alike numbers."""
from common import M

M("", """hej borgerservice, jeg vil bare melde flytning for mig selv til Strandgårds Allé 19 pr. 1/7. cpr [[1104911873]]. tak /Jasmin""")

M("e", """Til Opkrævningen

Jeg skriver for min mor, Lilian Kragh (personnummer [[2008471054]]), som har fået rykker for daginstitutionsbetaling for sit barnebarn, som hun har haft i pleje i sommerferien. Hun er på folkepension og kan ikke betale 3.100 kr. på én gang.

Mvh Dorte Kragh""")

M("", """Til Opkrævningen. EAN-nummer 5798000123456 og ordrenr. 2008470154 på vores regning for sommerlejren – bedes brugt på fakturaen fremover. Mvh Ishøj Spejderne""")

M("h", """Hej, min søn Valdemar ([[020609\u00a04215]]) blev stukket af en hveps i Strandparken og fik allergisk chok. Han har nu fået en EpiPen. Skal vi give besked til SFO'en før sommerferien, og hvem? Mvh Karina""")

M("", """Hej, er der førstehjælpskurser for forældre i Ishøj i sommerferien? Vi vil gerne lære at bruge en EpiPen. Mvh Karina""")

M("u", """Kære Kommune, jeg er medlem af FOA og skal starte på Ishøj Plejecenter den 4. august. Mit cpr til lønsystemet: [[170699\u00a02318]]. Hvem skal have mit kontonummer? Mvh Selma""")

M("", """Kære Lønkontoret. Min nye medarbejder starter 4. august. Hendes ansættelsesnr. er 040825-0017, og hendes reg.nr. 1551 konto 3456789012. Mvh leder af Ishøj Plejecenter""")

M("p", """Kære Byudvikling. Vi er sælgere af Ishøj Landevej 76 og køberen har trukket sig efter at have fået en lokalplan-bekymring. Vi har en ny interesseret. Sælger: Jens Holt, [[0511620995]]. Ring endelig på 61 45 22 07. Mvh Jens og Birgitte""")

M("", """Mødet om hækklipning og vejfest er flyttet til 21.06.2025 kl. 14.30, mødelokale 2. Tilmeldingsnr. 2106251430. Mvh Grundejerforeningen Ishøj Landsby""")

M("e", """hej, jeg er [[3012851447]] og har fået afslag på boligstøtte til min nye lejlighed på Vildtbanegård. jeg er lige blevet skilt og har kun min løn at leve af. må jeg klage? /Tobias""")

M("", """Hej. Jeg har fået en bøde med nummer 300625-118 for at parkere ved Ishøj Havn under havnefesten. Kan jeg klage? Mvh Jens""")
