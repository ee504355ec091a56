"""Part J: mixed third-person mails, many with a CPR number for the person concerned."""
from common import M

M("h", """
Til Tandplejen

Min søn, Oscar Lund, cpr [[120511-4829]], har slået en fortand ud på legepladsen i dag. Skadestuen sagde, at vi skulle kontakte jer i morgen. Kan han få en akut tid?

Mvh
Martin Lund
""")

M("", """
Hej

Jeg har fået en regning fra jer med "kundenr. 0605781123" og et fakturanr. på 10 cifre. Min mor siger det ligner et personnummer, men det er ikke mit. Er det bare et kundenummer? Regningen er for renovation.

Mvh
Tobias Frisk
""")

M("e", """
Hej

Jeg søger om plads i ungdomsboligerne på Vejleåvej til min søn, Silas Hvid ([[210106 4731]]). Han er 19 og blev smidt ud af sin far, så han bor nu på min sofa. Han er tilmeldt uddannelseshjælp.

Mvh
Birgit Hvid
""")

M("h", """
Hej

Min lillebror, Jonas Friis, [[090498-2215]], blev kørt på skadestuen i går efter en overdosis. Han er udskrevet i dag men har ingen hjælp. Han har sagt, at jeg må kontakte jer. Kan han få en samtale hos misbrugscentret hurtigt?

Mvh
Camilla Friis
""")

M("", """
Til Borgerservice

Vi har modtaget et brev med journalnummer 27.12.04-K08-3-24. Min far spørger, om det er noget med hans pension. Kan I se, hvad det drejer sig om, hvis vi ringer med nummeret?

Mvh
Susanne
""")

M("e", """
Hej

Jeg er plejemor for Amanda, [[150612–4906]], som har været hos os i tre år. Hun skal på lejrskole i januar, og vi skal have en underskrift fra hendes sagsbehandler, fordi det er i udlandet. Hvem er hendes sagsbehandler nu, hvor Jette er stoppet?

Venlig hilsen
Annette Skov
""")

M("ht", """
Kære Sundhedshuset

Min mormor, Fatma Yildiz, [[010142 1908]], er fra Tyrkiet og taler næsten ikke dansk. Hun har fået en henvisning til høreapparat, men brevet er på dansk, og hun forstår det ikke. Kan I ringe til mig, når hun skal komme? Jeg er hendes barnebarn, Elif, 25 13 88 02.
""")

M("", """
Hej

Mit P-nummer for virksomheden er 1011223344 og CVR 38 41 22 10. Jeg skal registrere en ny filial i Ishøj. Hvilken afdeling skal jeg skrive til?

Mvh
Kenneth, Kenneths VVS
""")

M("hes", """
Til Voksne og Velfærd

Jeg er mand og registreret partner til Kurt Nielsen, [[191145-1227]]. Kurt har Parkinsons og har fået bevilget en plejebolig på Ishøjhave. Vi har boet sammen i 40 år og vil gerne flytte ind sammen. Er det muligt i en parbolig?

Med venlig hilsen
Bent Nielsen
""")

M("e", """
hej min datter Julie [[2304974836]] er flyttet hjem igen efter hun blev skilt. hun skal have flyttet sin adresse og søge om boligstøtte når hun finder noget. kan hun gøre det fra min adresse? mvh Hanne Krogh
""")

M("", """
Hej

Vi har fået et brev om vores datters vaccinationer. Der står et nummer, "bilag 080315-2201", og vi forstår ikke hvad bilaget er. Kan I hjælpe med at finde det?

Mvh
Lise og Jakob
""")

M("b", """
Hej

Jeg skriver på vegne af min onkel, Poul Erik Vang, [[050644-1283]], der er Jehovas Vidne og ikke ønsker blodtransfusion, hvis han skal opereres. Han vil gerne have det skrevet ind i kommunens oplysninger, så hjemmesygeplejen ved det. Hvor gør vi det?

Mvh
Gitte Vang
""")

M("eu", """
Kære Ydelsescentret

Vedlagt fuldmagt fra min kone, Dorte Nielsen, cpr [[071079 2604]]. Hun er medlem af FOA og har fået dagpenge, men hun er nu overgået til kontanthjælp, og jeg vil gerne høre, hvornår første udbetaling kommer. Hun er på ophold hos sin søster i Aarhus.

Mvh
Søren Nielsen
""")

M("", """
Hej. Hvornår kommer storskraldsordningen på vores vej? Vi bor på Ishøj Søvej 61 og har et gammelt køleskab. Min far er kommet til at stille det ud for tidligt. /Christina
""")

M("t", """
Hej

Min mand, Rafael Ortega, er fra Chile og har boet i Danmark i 20 år. Han vil gerne søge om dansk indfødsret og har brug for en udtalelse fra kommunen om, at han ikke skylder det offentlige penge. Hvordan får vi den? Hans cpr er [[140971-2907]].

Venlig hilsen
Anette Ortega
""")

M("", """
Hej

Min mor har fået et sundhedskort med et nummer på bagsiden, 80 208 0001 234, som hun tror er hendes cpr-nr. Er det bare kortnummeret? Hun er bange for at have givet det til en telefonsælger.

Mvh
Jesper
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er kontaktperson for Lars Bo Ravn, [[2710650151]], som bor på bostedet Birkehuset. Lars har skizofreni og er i dårlig periode. Han har ønsket at flytte i egen lejlighed med bostøtte. Vi vil gerne have et møde med hans sagsbehandler.

Mvh
Jonas Tang, pædagog
""")

M("p", """
Hej

Jeg hjælper min far, Ove Dreyer, [[030338-1172]], der vil sælge sin sommerhusgrund ved Ishøj Strand. Køberen har givet et betinget bud og venter på, at kommunen svarer om strandbeskyttelseslinjen. Hvornår kan vi forvente svar?

Mvh
Jan Dreyer
""")

M("", """
Hej

Min bror har fået udskrevet en bøde for parkering på Ishøj Torv. Bødenr. 1912841056. Han mener, at der ikke var skiltet. Kan han klage, og hvordan?

Mvh
Marie
""")

M("h", """
Hej

Vores dagplejer, Connie, har ringet og sagt, at hun er indlagt med blindtarmsbetændelse og er væk i mindst en uge. Hvor skal vores søn passes i mellemtiden? Vi har ikke fået besked om gæstedagpleje.

Mvh
Malene og Tue
""")

M("he", """
Hej

Jeg er værge for min bror, Carsten Lauritzen, [[120870-3355]], der har en udviklingshæmning. Hans førtidspension er blevet sat ned, og der er ikke givet nogen forklaring. Han har en husleje på 6.800 kr. og kan ikke betale den. Kan I forklare nedsættelsen?

Mvh
Birgitte Lauritzen
""")

M("", """
Til Børn og Forebyggelse

Jeg er lærer og vil gerne have jeres skabelon for underretninger. Vi har i teamet talt om, at skolen bruger forskellige skabeloner, og vi vil gerne ensrette det.

Mvh
Kasper Hviid
""")

M("hs", """
Hej

Jeg skriver for min veninde, Marie, og hendes kæreste, Sofia, som venter barn i marts. Sofia har fået svangerskabsdiabetes og skal følges tæt. De vil gerne vide, hvornår de kan skrive barnet op til vuggestue.

Mvh
Cecilie
""")

M("", """
Hej

Hvem skal man kontakte, hvis en person er død i en kommunal bolig og ingen pårørende har meldt sig? Jeg er vicevært og har ikke oplevet det før. Spørger generelt.

Mvh
Vicevært, Vildtbanegård
""")
