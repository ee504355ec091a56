"""corpus33 part E: borgerrådgiveren - complaints, guidance, anonymity, quoted replies."""
from common import M

M("he", """Kære borgerrådgiver

Jeg vil klage over min sagsbehandler i jobcentret. Hun har tre gange aflyst mit opfølgningsmøde, og nu har jeg fået brev om at mine sygedagpenge stopper fordi jeg "ikke har medvirket". Jeg har depression og angst og har svært ved at åbne post.

Cpr [[190284\u00a02673]]

Med venlig hilsen
Tanja Broe""")

M("", """Hej borgerrådgiver. Hvad kan I hjælpe med, og er det gratis? Jeg har et problem med min nabos hæk. Mvh Poul""")

M("eh", """Til borgerrådgiveren

Jeg ønsker at være anonym. Jeg er ansat på et plejecenter (jeg vil ikke sige hvilket) og har set hvordan en beboer, fru Holm på 2. sal, ikke får skiftet ble i mange timer. Hun får ikke den hjemmepleje hun er visiteret til.

Anonym""")

M("", """Hej

Kan borgerrådgiveren hjælpe med en klage over en afgørelse om tabt arbejdsfortjeneste, eller skal det til Ankestyrelsen? Jeg spørger generelt.

Mvh Dorte""")

M("e", """Hej borgerrådgiver

Jeg er blevet skilt og min ex-kone har fået bopælen for vores to drenge. Kommunen har nu sat mig til at betale 3.400 kr. i børnebidrag, og jeg er på kontanthjælp. Det kan ikke løbe rundt.

Jacob Nielsen
cpr. [[080879-3317]]""")

M("", """Tak for hjælpen i sidste uge, nu har jeg fået mit svar fra Byudvikling. Alt ordnet. /Per Holst""")

M("hte", """Kære borgerrådgiver

Min mor er 71, fra Vietnam og taler ikke dansk. Hun har brystkræft og skal have kemo. Hun har fået bevilget kørsel til hospitalet, men chaufføren har to gange ikke dukket op. Kommunen siger det er Movia. Movia siger det er kommunen. Hun har misset en behandling.

Hilsen Linh Tran""")

M("", """Hvad er jeres åbningstider og kan man ringe anonymt? /M""")

M("e", """Hej

Jeg har en klage over at min datters friplads i SFO'en er blevet trukket tilbage. Jeg fik brevet to dage før og nu skylder jeg 6.000 kr. Sagsnr. 28.09.20-G01-118-24.

Mit cpr: [[010190-2418]]

Mvh Jeanette Lyng
Strandgårdsparken 18, 1. th""")

M("", """Kære borgerrådgiver

Jeg ville gerne klage over hvor lang tid det tager at få svar fra byggesagsafdelingen. 14 uger på en carport. Mit sagsnummer er 020324-1187. Det er urimeligt.

Mvh Ib Frost""")

M("e", """Hej borgerrådgiver, jeg har fået at vide at jeg ikke kan få enkeltydelse til en ny vaskemaskine selvom jeg er på kontanthjælp og har tre børn. Kan det passe? sagsbehandleren siger bare nej. Samira A., Vejleåparken 104""")

M("h", """Til borgerrådgiveren

Min søster Mette (45) fik en blodprop i januar og kom på Glostrup Hospital. Da hun blev udskrevet, var der ingen genoptræningsplan sendt til kommunen. Hun har ventet i 7 uger på genoptræning og kan stadig ikke bruge sin højre arm.

Venlig hilsen
Lise Strøm""")

M("", """Hej

Hvordan klager man over en medarbejders opførsel i Borgerservice? Ikke fordi det er sket mig, men jeg er formand for seniorrådet og vi laver en pjece.

Venlig hilsen
Erna Krogh""")

M("eh", """Kære borgerrådgiver

Jeg har søgt om en el-kørestol i maj. Jeg har muskelsvind og kan ikke længere køre min manuelle stol. Hjælpemiddelcentret har sendt mig tre forskellige breve og ingen af dem siger hvornår. Mit personnummer står forkert i et af brevene, det rigtige er [[261178-3095]].

Mvh Christian Borg""")

M("", """Hej, jeg har klaget over min nabos hund der gør hele natten. Er det noget borgerrådgiveren kan hjælpe med? Jørn""")

M("es", """Hej

Jeg og min kone Line er gået fra hinanden, og hun har vores søn. Jeg er selv kvinde, og sagsbehandleren i familieafdelingen har flere gange omtalt mig som "den anden" og ikke som medmor. Jeg vil klage over den behandling i samværssagen.

Maria Østergaard""")

M("", """Til borgerrådgiveren. Jeg er utilfreds med at rådhuset lukker kl. 14 om fredagen. Hilsen Kaj""")

M("u", """Kære borgerrådgiver

Jeg vil klage over at kommunens jobcenter har skrevet til min fagforening, Krifa, med oplysninger om min sag uden mit samtykke. Det fik jeg at vide af min konsulent i Krifa i går.

Venlig hilsen
Henriette Lang""")

M("", """hej hvad betyder "kritisabelt" i jeres rapport? er det værre end beklageligt? mvh en nysgerrig borger""")

M("ht", """Til borgerrådgiveren

Jeg er grønlænder og har boet i Ishøj i 30 år. Da jeg var til møde om min hjemmesygepleje, sagde sygeplejersken at "grønlændere jo drikker". Jeg er sukkersyg og drikker ikke. Jeg vil klage.

Venlig hilsen
Niels Kristiansen""")

M("", """Hej borgerrådgiver

Jeg har fået afslag på at få min klage behandlet, fordi det er over et år siden. Hvornår præcis regnes året fra? Afgørelsen er dateret 04.02.24.

Mvh Hugo""")

M("e", """Kære borgerrådgiver,

Jeg er pårørende til min onkel Bent Friis på Ishøjgårdsvej 11. Han har en støtte-kontaktperson fra socialpsykiatrien, men hun har ikke været der i fem uger. Han går ikke ud, og jeg er bekymret.

Venlig hilsen
Pernille Friis""")

M("", """---------- Videresendt besked ----------
Fra: Borgerrådgiveren
Til: Hovedpostkassen
Emne: VS: Spørgsmål om vejvisning

Borgeren spørger hvor man søger om tilladelse til et telt ved en privat fest. Kan I sende videre til Byudvikling og Natur?

> Vi holder bryllup i haven 12. juli og vil sætte et telt op på 80 m2. Skal vi søge om det?
> Mvh Sigrid og Anders""")

M("he", """Hej borgerrådgiver

jeg er alkoholiker men har været ædru i 2 år nu. jeg har søgt fleksjob og jobcentret bliver ved med at hive min gamle misbrugsjournal frem. det er ikke fair. kan I hjælpe mig med at klage?

Rene""")

M("", """Hej. Min klage er nu 3 uger gammel. Jeres kvittering havde nr. BR-2025-0117. Hvornår kan jeg forvente svar? Mvh Karsten""")

M("eb", """Til borgerrådgiveren

Min søn er anbragt på et opholdssted i Jylland. Vi er katolikker, og han har fået at vide at han ikke må gå til messe om søndagen, fordi personalet ikke har tid til at køre. Vi vil klage over det.

Venlig hilsen
Anna og Piotr Kowalski""")
