"""corpus28 part J: a few late mails — CPR numbers written with a no-break space
or en dash (pasted from Word or a phone), and the last negatives."""
from common import M

M("", """Hej Borgerservice

Jeg har glemt min MitID-kode og kan ikke komme ind i Digital Post. Kan I hjælpe mig, hvis jeg kommer forbi i morgen? Mit cpr er [[190563 1418]].

Venlig hilsen
Kirsten Aabo""")

M("s", """Hej. Min mand Ole og jeg (Bent) skal begge have nye pas inden vores bryllupsrejse. Kan vi booke tid sammen? Mit cpr: [[041166 1773]], Oles: [[120870–1135]]. Mvh Bent Villadsen""")

M("h", """Kære hovedpostkasse

Jeg kan ikke møde op til valgstyrer-opgaven den 4. november, som jeg er indkaldt til, fordi jeg skal opereres for grå stær samme uge. Jeg sender gerne lægens papir. Mit personnummer er [[250954 2016]].

Venlig hilsen
Annelise Bruun""")

M("", """Hej. Jeg er indkaldt som tilforordnet vælger, men vil gerne bytte dag med en anden. Hvem skal jeg skrive til? Mvh Peter Hald""")

M("e", """hej jeg har fået et brev om at min hjemmehjælp stopper fra næste uge fordi jeg ikke har betalt egenbetalingen for madordningen i 3 mdr. jeg har ikke haft råd efter min husleje steg. cpr [[081038–2219]]. Hilsen Erna Poulsen""")

M("", """Hej, hvor meget koster egenbetaling for madordning og hjemmehjælp i Ishøj? Mvh Karen""")

M("s", """Hej

Jeg skal lave en ny aftale om sommerhusleje for foreningen "Regnbueseniorer Vestegnen", hvor jeg og min kone Lis er medlemmer. Vi er begge pensionerede lærerinder. Må foreningen bruge kommunens lejrhytte ved Ishøj Strand i uge 32?

Mvh Grete Holmgaard""")

M("", """Hej. Kan foreninger leje kommunens lejrhytte ved Ishøj Strand om sommeren? Og hvad koster det pr. døgn?""")

M("", """Hej jeg har et spørgsmål om sankthans-bålet på stranden. Hvem står for det i år, og må man selv tage brænde med? Hilsen Ib""")
