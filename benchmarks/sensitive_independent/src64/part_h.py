"""corpus64 part H: mixed households and money mails; more CPR forms; some negatives."""
from common import M

M("es", """
Til Borgerservice

Jeg har fået en opkrævning på 2.600 kr. for min mands plejehjemsophold i marts, efter at han døde den 2. marts. Vi var to mænd gift i 26 år, og jeg er nu alene med en lille folkepension. Kan opkrævningen nedsættes?

Med venlig hilsen
Svend Åge Hviid
[[230146-1127]]
""")

M("s", """
hej!! vi er to drenge der er kærester og vil gerne leje kommunens festlokale i Vejleå Park til vores 1-års dag. koster det noget? 
Frederik & Anton
""")

M("sh", """
Til borgerrådgiveren

Jeg er lesbisk og bor sammen med min kone Rikke. Hun er gravid i 5. måned, og vi vil gerne vide, om jeg som medmor skal gøre noget i forhold til kommunen, før barnet bliver født.

Mvh Nina Storm
""")

M("sb", """
Kære borgmester

Jeg er pansexual og medlem af Alternativet. Jeg vil gerne foreslå, at kommunen hejser regnbueflaget på rådhuset i hele Pride-ugen, ikke kun på én dag.

Mvh Kaja
""")

M("seu", """
Hej

Min mand Anders og jeg (vi er begge mænd) har boet i lejlighed på Ishøj Strandvej i 10 år. Jeg er 3F'er og har været ledig i et halvt år, og nu er mine dagpenge stoppet. Kan vi få boligstøtte på min mands indtægt alene?

Mvh Henrik Skov
""")

M("s", """
Hej

Min kone Karin og jeg er to kvinder, der gerne vil tilmelde os kommunens seniorklub. Kan par tilmelde sig sammen, og hvad koster det?

Venlig hilsen
Gerda Lund
""")

M("se", """
Til Ishøj Kommune

Min tidligere kæreste og jeg – to mænd – har haft fælles lejlighed, og nu er jeg flyttet ud. Han betaler ikke sin del af huslejen, og udlejeren vil have pengene fra mig. Jeg har ikke råd. Jeg har fået en rykker på 18.500 kr.

Mvh Johan Bech
""")

M("s", """
Dear Borgerrådgiver,

I am a bisexual woman and I feel my caseworker at Borgerservice treated me differently after I mentioned my girlfriend. She made jokes. I would like to file a complaint.

Sincerely,
Hannah Weber
""")

M("she", """
Kære Ishøj Kommune

Min kone Louise og jeg er to kvinder, der har været gift i 15 år. Louise har brystkræft og skal have kemo på Herlev. Kan kommunen hjælpe med kørsel?

Mvh Tina Bach
""")

M("es", """
Hej

Vi er to fædre, og vores søn er anbragt i en plejefamilie i Greve. Vi vil gerne have mere samvær. Kan borgerrådgiveren hjælpe os med at klage?

Mvh Michael og Steffen
""")

M("s", """
Til Kultur- og Fritidsudvalget

Jeg er homoseksuel og har boet i Ishøj hele mit liv. Jeg vil gerne starte en lokal LGBT+-forening for unge. Kan vi få tilskud?

Mvh Jonas Vestergaard
""")

M("e", """
Til Ydelseskontoret

Ansøgning om hjælp til huslejerestance for mig og min søn.

Mig: Camilla Brandt, cpr. [[160790–2211]]
Søn: Victor Brandt, cpr. [[090613–4409]]

Vi skylder 15.600 kr. og har fået ophævelse af lejemålet. Jeg er på kontanthjælp og kan ikke betale det hele selv.

Mvh Camilla
""")

M("he", """
Hej

Jeg har fået en regning fra kommunen for hjemmehjælp efter min hofteoperation. Jeg troede, det var gratis. Jeg har kun folkepension.

Mvh Knud Rasmussen
Personnr [[151040\u00a01071]]
""")

M("e", """
Hej

jeg er 23 og har fået job og vil gerne stoppe min uddannelseshjælp fra 1. juni. skal jeg skrive til jer eller til jobcentret? 
cpr [[2712024185]]
Laura
""")

M("", """
Hej

Min søn er født 12.08.2015, og han skal starte i 5. klasse. Hvornår kan vi søge om skoleskift til Vibeholmskolen? Vi er flyttet til Vibeholmsvej.

Mvh Julie Nørgaard
""")

M("", """
Til Ishøj Kommune

Vi er en lille ejendomsadministration og har brug for at kontakte kommunen om skadedyrsbekæmpelse i ejendommen Vejleåvej 44–50. Vores sagsnr. hos jer er 2026-00731, og vores kundenummer er 1811831066.

Med venlig hilsen
Ishøj Ejendomsadministration
""")

M("p", """
Kære Kim

Jeg har fået et tilbud fra en udvikler, som vil købe min grund på Ishøj Strandvej for at bygge rækkehuse. Han vil have, at kommunen ændrer lokalplanen først. Tilbuddet gælder til 1. oktober. Hvad er chancen for en ændring?

Mvh Ole Fisker
""")

M("pe", """
Hej

Vi er blevet skilt og skal sælge huset på Pilemøllevej. Vi har en køber, men køberens bank mangler en energimærkning. Vi har ikke råd til at betale for den, vi er begge på dagpenge. Kan kommunen hjælpe?

Mvh Sara og Jesper
""")

M("ph", """
Hej

Min mor er død af kræft, og vi skal sælge hendes lejlighed i Ishøj Søpark. Vi har fået et bud. Ejerforeningen siger, at kommunen skal godkende ændringen af altanerne. Hvem skal vi kontakte?

Mvh Louise Kjeldsen
""")

M("hu", """
Til Ishøj Kommune

Jeg er medlem af FOA og arbejder som dagplejer. Jeg har fået en diskusprolaps og er sygemeldt i fire uger. Kan kommunen finde en gæsteplads til børnene imens?

Mvh Lisbeth Jensen
""")

M("hu", """
Hej

Jeg har været TR for 3F på byggepladsen ved Ishøj Havn. En kollega er faldet ned fra et stillads og ligger på Rigshospitalet. Firmaet siger, det ikke er en arbejdsulykke. Hvad gør kommunen?

Mvh Per Olsen
""")

M("u", """
Til Ishøj Kommune

Jeg er medlem af IDA og ingeniør. Jeg vil gerne være frivillig og hjælpe med kommunens klimaplan. Hvem skal jeg kontakte?

Mvh Søren Hald
""")

M("ue", """
Hej

Jeg er medlem af Djøf og har været ledig i 8 måneder. Jobcentret har indkaldt mig til samtale om aktivering, men jeg har allerede jobsamtaler i to firmaer. Kan vi flytte mødet?

Mvh Mette Friis
""")

M("t", """
Hej

Vi er en familie fra Kosovo, og vi er lige flyttet til Ishøj. Vores børn skal i skole. Hvordan tilmelder vi dem?

Mvh Besnik Krasniqi
""")

M("tbh", """
Til Ishøj Kommune

Jeg er fra Indien og hindu. Jeg vil gerne vide, om man kan sprede aske i Køge Bugt efter en ligbrænding efter vores tradition. Min far er meget syg, og vi planlægger.

Mvh Ravi Sharma
""")

M("bh", """
Hej

Jeg er veganer af etiske grunde og har lige fået et barn på Hvidovre Hospital. Sundhedsplejersken siger, at jeg skal spise kød for at amme. Kan jeg få en anden sundhedsplejerske?

Mvh Ida Munk
""")

M("", """
Til Ishøj Kommune

Vi har fået faktura nr. 2411851290 for vejbelysning ved vores grundejerforening. Vi mener, det er kommunens udgift. Vores CVR er 31 07 62 18.

Med venlig hilsen
Grundejerforeningen Vejlegården
""")

M("", """
Hej

Jeg har en kollega, der har boet i Ishøj i mange år og gerne vil vide, om der findes boligstøtte til andelsboliger. Hvad skal hun gøre for at søge? Hun har ikke besluttet sig endnu.

Mvh Jørgen
""")

M("e", """
Hej

Vedr. min ansøgning om enkeltydelse. Jeg har vedhæftet lægeerklæringen, som I bad om. 

Mvh Tanja Holm
Cpr:[[031094-1522]]
Mobil: 22 83 41 96
""")

M("ht", """
Hi,

I'm from the Philippines and I work as a nurse in Ishøj. My mother came to visit and fell ill. She is in Hvidovre Hospital now. She has no Danish health insurance. Can the kommune help?

Thanks,
Grace Dela Cruz
""")

M("eh", """
Hej

jeg er blevet tilbudt en ældrebolig men kan ikke flytte ind før min knæoperation er overstået. må jeg sige nej uden at ryge af listen?

Mvh Kirsten Rask
[[310547 2098]]
""")

M("bt", """
Til Ishøj Kommune

Jeg er jødisk og vil gerne vide, om kommunens kirkegård har en jødisk afdeling, så jeg kan købe et gravsted til mig selv.

Mvh Miriam Salomon
""")

M("pehu", """
Kære borgerrådgiver

Jeg skriver, fordi jeg er ved at gå i stå med dødsboet efter min far, og jeg ikke ved, om det er kommunen eller skifteretten, jeg skal klage til.

Far døde i februar. Han efterlod rækkehuset på Gadekærvej og en del gæld, blandt andet til kommunen for hjemmehjælp og et lån til indefrysning af grundskyld. Min bror og jeg er arvinger. Huset er sat til salg hos en mægler, og der har været en køber, som trak sig efter tilstandsrapporten. Nu er der en ny interesseret, men han vil have, at kommunen først afklarer, om en tilbygning fra 1990'erne er lovlig.

Det, der gør det hele svært, er, at min bror er alkoholiker og har været i behandling to gange. Han vil have sin del af arven udbetalt nu og truer med at blokere salget. Jeg er selv medlem af 3F, og min fagforening har hjulpet mig med at få fri fra arbejde til møderne hos advokaten, men jeg kan ikke blive ved.

Kan kommunen i det mindste give et svar om tilbygningen, så salget kan komme videre?

Med venlig hilsen
Dennis Frandsen
""")

M("", """
Hej

Hvad koster det at bo i de nye ældreboliger på Ishøj Landsbygade, og hvor mange er der? Jeg spørger, fordi vi i seniorrådet skal drøfte, om der bygges nok.

Mvh Seniorrådet, v/ Jens Aage Holm
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Kan man få SU og uddannelseshjælp samtidig, hvis man går på VUC? Jeg er studievejleder og vil gerne give de unge et korrekt svar.

Mvh Pernille Dyhr, VUC Vestegnen
""")

M("te", """
salam, jeg hedder Mariam og er fra Somalia. jeg forstå ikke brev fra kommune om min boligstøtte. der står jeg skal betale 6000 tilbage. jeg har ingen penge, jeg bor alene med 3 børn. kan nogen ringe mig? 50 17 83 22
""")

M("u", """
Hej Jørgen

Vi er en gruppe fra Dansk Sygeplejeråd, der bor i Ishøj, og vi vil som privatpersoner og medlemmer gerne invitere byrådet til en snak om, hvorfor så mange af os pendler til arbejde i andre kommuner. Kom gerne til kaffe den 3. september.

Mvh Lotte, Berit og Hanne
""")
