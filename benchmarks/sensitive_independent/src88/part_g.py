"""corpus88 part G: CPR numbers of parents and children in every format (hyphen, none,
space, en dash, no-break space; with and without a lead-in; in signatures; two numbers
in one mail); look-alike invoice, customer, account, phone, order, case and pupil
numbers and dates as negatives."""
from common import M

M("", """
Hej
Jeg har skrevet min søn op til 0. klasse på Vejleåskolen via selvbetjeningen, men jeg
fik ingen kvittering. Vil I tjekke om den er kommet? Han er født 14.03.2021.
Mvh Tine Bach
""")

M("e", """
Til Borgerservice

Jeg vil gerne søge økonomisk friplads i SFO til min søn Oscar, cpr [[140318-4127]].
Jeg er alene med ham og på dagpenge siden september.

Venlig hilsen
Stine Qvist
""")

M("", """
Hej
Jeg har fået en regning på SFO med fakturanr. 1512251088 og beløb 1.980 kr. Jeg har
allerede betalt den med MobilePay. Kan I se den?
Mvh Dennis Holm
""")

M("h", """
Kære skolesundhedsplejerske

Min datter Lilje ([[030917-5068]]) har fået konstateret diabetes, og hospitalet beder
om at skolen får en plan. Jeg sender den i Aula, men skriver hendes personnummer her
så I kan finde hende.

Mvh Camilla Brink
""")

M("", """
Til Borgerservice

Betaling for klubben går ikke igennem. Mine oplysninger: reg.nr. 2211, kontonr.
0741852963. Kan I trække beløbet igen?

Mvh Kirsten Juul
""")

M("", """
Hello,

I have called the school on 43 57 70 00 several times without getting through. Could
someone call me back on 22 10 87 41? It is about my son's class trip to Bornholm.

Jesper
""")

M("e", """
Til Center for Børn og Forebyggelse

Jeg er far til Milas, personnummer [[220513-4395]], og jeg er uenig i at hans mor har
fået midlertidig bopæl hos sig. Vi er skilt, og jeg vil gerne vide hvem der har
truffet beslutningen om at skolen kun må tale med hende.

Mvh
Kenneth Bro
[[081184-1653]]
""")

M("", """
Hej Ishøj Kommune

Min ordrenummer på skolefotoet er 240519-3387. Jeg har stadig ikke fået billederne af
mine børn. Hvem har kontrakten med fotografen?

Mvh Jette Lund
""")

M("he", """
Hej PPR

Vi har fået indkaldelse til møde om vores søn August, cpr.nr. [[150616 4419]], den 12.
december. Han er i udredning for autisme på Glostrup. Vi beder om at mødet rykkes til
efter udredningen.

Mvh
Maria og Jeppe Skov
""")

M("", """
Til PPR

Sagsnummer 28.03.08-P19-2211-26. Vi vil gerne have en kopi af referatet fra
skolemødet den 4. november om inklusion i 3. årgang.

Mvh Forældrerådet 3.b
""")

M("e", """
Hej

Jeg har fået afslag på tilskud til min datters lejrskole. Mit cpr er [[1208950234]],
hendes er [[0505155132]]. Jeg er på kontanthjælp og kan ikke betale 1.200 kr. Kan I se
på det igen?

Mvh Sabrina Nielsen
""")

M("", """
Kære Borgerservice

Jeg kan ikke logge ind på Aula med mit MitID. Fejlkode 403-118-22. Jeg har prøvet på to
forskellige computere.

Mvh Lene Dam
""")

M("b", """
Til skolen

Vores søn Ali, [[020714–4712]], skal holde fri til eid den 20. marts og dagen efter.
Vi rejser til familien i Malmø.

Venlig hilsen
Fatima og Osman Yilmaz
""")

M("", """
Hej
Kundenummer 0703854126 står på vores girokort for SFO, men navnet er forkert. Der står
Hansen, vi hedder Hansen-Lind. Kan det rettes?
Vh Trine
""")

M("s", """
Til Borgerservice

Vi er to mødre og skal registrere medmoderskab for vores søn. Han er født den 2.
november, og cpr-nummeret er [[021126\u00a04251]]. Jeg er medmor. Hvad skal vi udfylde?

Venlig hilsen
Rikke Holm og Anne Lassen
""")

M("", """
Til Center for Børn og Forebyggelse

Vi har lavet bestilling nr. 2026-0455 på busser til 6. årgangs tur til Roskilde den
11. maj. Kan I bekræfte, at skolen betaler?

Mvh Hanne, lærer på Ishøj Skole
""")

M("eh", """
Hej jobcenter

jeg skal til samtale på torsdag men min søn er syg med feber og jeg har ingen til at
passe ham. kan vi tage det i telefonen? mit cpr er [[170499 4132]]

mvh Line
""")

M("", """
Hej
Jeg har fået en p-afgift ved Gildbroskolen, afgiftsnr. 031024-1177, mens jeg afleverede
mit barn. Jeg holdt i to minutter. Vil I annullere den?
Mvh Malene
""")

M("t", """
Til Borgerservice

Vi er flyttet hertil fra Ukraine og vores datter Sofiia skal starte i skole. Hendes
danske personnummer er [[190312-4886]]. Vi taler ukrainsk derhjemme. Hvilken skole
skal hun gå på?

Mvh Olena Kovalenko
""")

M("", """
Hej
Min søns elevnummer er 5811203 og han står som fraværende hele november i Aula, men
han har været i skole hver dag. Kan I rette det?
Mvh Mette
""")

M("eh", """
Til Center for Børn og Forebyggelse

Emne: Ansøgning om merudgifter

Navn: Jamila Rahimi, cpr [[260890-2718]]
Barn: Sami Rahimi, cpr [[090216-4053]]

Sami har svær astma og skal have særlig sengetøj og rengøring. Vi søger om dækning af
merudgifter efter § 41.

Venlig hilsen
Jamila Rahimi
""")

M("", """
Kære kommune

Jeg har betalt depositum til skolens musikskole, kvitteringsnr. 290306-5521. Min datter
er stoppet, så jeg vil gerne have pengene tilbage.

Mvh Ida
""")

M("u", """
Hej

Jeg er pædagog og TR i Børnehuset Ishøj Strand, BUPL. Jeg skriver vedrørende min egen
lønindplacering, som HR har spurgt til.

Pernille Vestergaard
CPR [[110783-1224]]
""")

M("t", """
Hello,

We are from Vietnam and our son Minh, CPR [[250616-5219]], is in 4th grade at Ishøj
Skole. He speaks Vietnamese at home. Is there extra Danish teaching for him after
school?

Regards,
Tran Thi Lan
""")

M("e", """
Hej

Jeg skriver igen om min søn Victors skolekørsel, som blev bevilget efter han kom i
specialklasse.

Victor Lindgren
[[061013–5562]]

Kørslen kommer ikke om morgenen. Tre gange denne uge.

Mvh Bo Lindgren
""")

M("", """
Hej Ishøj Kommune

Vi har født den 27.10.2026 og har fået en brev fra jer om at vælge vuggestue. Men vi
bor i Greve nu. Er det en fejl?

Mvh Nina
""")

M("eh", """
Til borgerrådgiveren

Jeg klager over at jeg ikke har fået svar på min ansøgning om tabt arbejdsfortjeneste.
Min datter Frida (cpr [[250119-4408]]) har leukæmi og er i kemobehandling. Jeg passer
hende hjemme. Jeg har sendt ansøgningen den 2. september.

Venlig hilsen
Jonas Friis, cpr. [[300986 3217]]
""")

M("", """
Hej
Bilag nr. 151125-0017 er vedhæftet som dokumentation for udlæg til klassens juleklip.
Skal jeg sende det til skolen eller til jer?
Mvh Karina, kasserer i forældrerådet
""")

M("e", """
Kære Center for Børn og Forebyggelse

Min datter Alberte, født [[120708\u00a04917]], er anbragt i plejefamilie i Solrød. Hun
skal til konfirmation... nej, hun skal til konfirmationsfest hos en veninde, og
plejefamilien vil ikke lade hende tage med. Må jeg som mor ikke bestemme det?

Mvh Susanne Holt
""")

M("", """
Til kommunen

CVR 29188505 er vores firma, Ishøj Legeland ApS. Vi vil gerne tilbyde skolerne rabat
på klasseture i vinterferien. Hvem skal vi kontakte?

Mvh Jan Dalsgaard
""")

M("hb", """
Hej klasselærer

Min søn Ibrahim, [[281011-4760]], faster i ramadanen i år, og han er type 1-diabetiker.
Lægen har sagt at han ikke må faste, men han vil gerne. Kan I hjælpe med at holde øje
med ham til jeg har talt med lægen igen?

Mvh Hanan
""")

M("", """
Hi,
Our EAN number is 5798000418855. The parents' association needs an invoice for renting
the gym for the Christmas dance.
Kim
""")

M("es", """
Til familieafdelingen

Min tidligere mand og jeg er skilt, og jeg lever nu med en kvinde. Han har anmodet
om at få vores datter fuldt, fordi "hun vokser op med to kvinder". Sagen er i
Familieretshuset. Min datters cpr: [[040415-5306]]. Jeg vil gerne vide om kommunen er
involveret.

Mvh Maria Baggesen
""")

M("", """
Til Center for Børn og Forebyggelse

Mødet i skolebestyrelsen den 03.12.26 er flyttet til 10.12.26 kl. 17.00. Dagsorden og
bilag nr. 1-7 følger.

Mvh sekretær for skolebestyrelsen
""")

M("t", """
Hello,

I need a school place for my son Ahmed, CPR [[150614-4029]]. We are from Iraq and just
moved from Odense. He speaks Arabic and Danish.

Thank you,
Zahraa Ali
""")

M("", """
Hej
Jeg har en faktura fra skolebussen med referencen 0110191234. Kan I bekræfte at den er
betalt? Den står som ubetalt i min netbank.
Mvh Sune
""")

M("eh", """
Hej

Min søn Liam, [[030204–9126]], er 22 og har infantil autisme. Han bor på et bosted i
Ishøj og skal flytte til et nyt, fordi han er blevet for gammel til det nuværende.
Vi har ikke hørt fra kommunen.

Venlig hilsen
Gitte Bonde
""")

M("", """
Til Center for Børn og Forebyggelse

Jeg har en klage med sagsnr. 2025-118431 om en lærers opførsel. Det er snart et år
siden. Hvad sker der?

Mvh Thomas
""")

M("he", """
Til Jobcenter Ishøj

Mit cpr-nr. er [[191096-2875]]. Jeg er sygemeldt efter en fødsel med komplikationer og
har fået brev om at min sygedagpenge stopper. Jeg har stadig ondt og kan ikke gå langt.

Mvh Nathalie Rask
""")

M("", """
Hej
Vi har valgt skole via pladsanvisningen med ansøgningsnr. PA-2027-00418. Vores
førsteprioritet er Ishøj Skole. Hvornår får vi svar?
Mvh Kasper og Louise
""")

M("u", """
Kære HR

Jeg er medlem af DLF og min fagforening har bedt mig sende mit personnummer, så de kan
se min ansættelse: [[070268-0113]].

Med venlig hilsen
Birgit Sørensen, lærer på Strandgårdskolen
""")

M("e", """
Hej

Jeg vil gerne søge om søskendetilskud og friplads for mine to børn.

Mig: Nadja Hansen [[2311911416]]
Børn: Marius og Karla

Jeg er under uddannelse og på SU.

Hilsen Nadja
""")

M("", """
Til Borgerservice

Mit telefonnummer er ændret til 60 12 35 78 og min mail er nu nadja.t@outlook.dk. Kan
I opdatere det i Aula for mine børn?

Mvh Nadja Thomsen
""")
