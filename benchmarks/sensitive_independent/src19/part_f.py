"""Part F: CPR numbers in complaints, signatures and quoted threads; hard negatives
with invoice, case, customer and account numbers that look like CPR numbers."""
from common import M

M("h", """
Til Borgerservice

Jeg har mistet mit sundhedskort og skal til kontrol på Herlev for min brystkræft på mandag. Kan I sende et nyt hurtigst muligt? Mit personnummer er [[080471-1846]].

Venlig hilsen
Pia Engholm
Ishøj Søvej 62
""")

M("", """
Hej

Jeg har fået en rykker for faktura 0304251187 på 412 kr. Jeg har betalt den 2. april. Kan I tjekke det?

Mvh
Søren Gade
""")

M("e", """
Fra: Mona Kristiansen <monakris@hotmail.com>
Sendt: 22. januar 2025 14:03
Til: Ydelsescenteret
Emne: SV: Din ansøgning om enkeltydelse

Hej

Jeg har stadig ikke fået svar på min ansøgning om hjælp til depositum. Jeg skal flytte den 1. marts, fordi jeg er blevet sat ud af min gamle lejlighed pga. huslejerestancer. Jeg har ingen steder at bo hvis det ikke går igennem.

cpr: [[1702891234]]

Mona

> Kære Mona Kristiansen
> Vi har modtaget din ansøgning og behandler den hurtigst muligt.
> Venlig hilsen Ydelsescenteret
""")

M("", """
Hej

Vores kundenummer hos jer er 1105784412, og vi har fået to regninger for samme periode for vandafledning. Kan I kreditere den ene?

Venlig hilsen
Familien Rask
""")

M("", """
Til Borgerrådgiveren

Jeg vil klage over at jeres medarbejder bad mig oplyse mit CPR-nummer på en almindelig mail. Jeg gjorde det ikke, men jeg synes det er dårlig praksis, når I selv skriver at mails ikke er sikre.

Mvh
Helle Thomsen
""")

M("e", """
Hej Borgerservice

Min far Erik Brandt, personnr. [[300936 0515]], er flyttet på plejehjem i Vallensbæk, men hans post kommer stadig hertil. Jeg har fuldmagt. Kan I ændre adressen?

Mvh
Lisbeth Brandt
""")

M("he", """
Til Ydelsescenteret

Vedr. min ansøgning om førtidspension, cpr [[041265–2219]].

Jeg har nu ventet 14 måneder. Jeg har KOL og har været på hospitalet fem gange i vinter. Min læge har skrevet tre erklæringer. Jeg forstår ikke hvad der mangler.

Med venlig hilsen
Jørn Kastrup
""")

M("", """
Hej

Er sagsnummer 250314-0087 det samme som det journalnummer, der står på jeres brev? Jeg skal bruge det, når jeg ringer.

Mvh
Lise
""")

M("", """
Hej hovedpostkassen

I jeres kvittering står der "Vi har modtaget din henvendelse. Skriv aldrig dit CPR-nummer i en mail". Men jeres egen formular beder om det? Det hænger ikke sammen.

Mvh Kasper Sand
""")

M("h", """
Hej

Jeg skal bruge en bekræftelse på at jeg er tilmeldt Lægehuset i Ishøj, fordi jeg skal til psykolog og de mangler papirer. Cpr.nr.: [[2309971408]].

Hilsen
Sara Mikkelsen
""")

M("e", """
Til Ishøj Kommune, Opkrævningen

Jeg kan ikke betale restancen på daginstitutionsbetalingen på én gang. Kan jeg lave en afdragsordning på 500 kr om måneden? Jeg er arbejdsløs siden januar.

Mit cpr er [[110684 3322]] og mit barns cpr er [[260220 4117]].

Mvh
Maria Holst
""")

M("", """
Hej

Mit kontonummer er 5470 0001234567. Kan I udbetale tilskuddet til vores forening dertil?

Mvh
Kassereren, Ishøj Skakklub
""")

M("he", """
Kære borgerrådgiver

Jeg skriver på vegne af min søster, Lene Warming ([[190278-1656]]), som har været indlagt på Psykiatrisk Center Glostrup siden februar. Hendes boligstøtte er stoppet, fordi hun "ikke bor på adressen". Men hun skal jo hjem igen! Nu er hun ved at miste lejligheden. Jeg har fuldmagt.

Venlig hilsen
Hanne Warming
""")

M("", """
Til Borgerservice

Jeg har fået et pas med forkert fødselsdato. Der står 12.04.1985, men jeg er født 21.04.1985. Hvordan får jeg det rettet?

Mvh
Ronni Falk
""")

M("", """
Emne: Bilag nr. 300125-0042

Hej Økonomi

Bilaget til vores foreningstilskud er vedhæftet. Det er bilag nr. 300125-0042 som I bad om.

Mvh
Ishøj Petanqueklub
""")

M("", """
Hej

Jeg har fået et girokort med betalings-ID 71 +8 120519 8840 for hundeskat. Jeg troede hundeskat var afskaffet?

Mvh
Erna
""")

M("h", """
Hej Borgerservice

Jeg skal bruge et nyt gult kort til min søn Viktor, cpr [[0910184527]]. Han skal opereres for mandler på Hvidovre næste uge og vi kan ikke finde kortet.

Mvh
Nina Lauesen
""")

M("", """
Til Ishøj Kommune

Jeg har modtaget en opkrævning med nr. 2101750183, men jeg har ikke nogen ejendom i Ishøj. Jeg tror der er en forveksling.

Med venlig hilsen
Lars Krog, Køge
""")

M("t", """
Til Borgerservice

Jeg er født i Iran og har dansk statsborgerskab. I mit pas står min fødeby stavet forkert. Jeg vil gerne have det rettet. Mit cpr-nummer: [[120579\u00a02113]]

Med venlig hilsen
Dariush Moradi
""")

M("", """
Hej

Kan man få oplyst sit eget CPR-nummer hos Borgerservice, hvis man har glemt det? Det er til min mormor, men hun kommer selv med.

Mvh
Julie
""")

M("e", """
Kære Ydelsescenteret

Jeg har fået et brev om at jeg skal betale 6.300 kr tilbage i boligstøtte, fordi min indkomst var højere end forventet. Jeg har ikke pengene. Jeg er studerende og har kun SU og et studiejob.

Cpr [[270501-4410]]

Venlig hilsen
Emilie Strand
""")

M("", """
Hej

Jeg har fået P-nummer 1003123456 fra CVR. Er det det I skal bruge for at registrere min virksomhed til erhvervsaffald?

Mvh
Kim's Auto ApS
""")

M("b", """
Til Borgerservice

Jeg ønsker at melde mig ud af folkekirken, fordi jeg er konverteret til islam. Hvordan gør man det? Mit personnummer er [[150394\u00a01219]].

Mvh
Jonas Holm
""")

M("", """
Hej

Jeg har fået et brev med "Deres reference: 120388-11" – er det mit sagsnummer? Jeg forstår det ikke.

Mvh
Birgit
""")

M("eh", """
Til Visitationen

Vedr. min mor Ingrid Bak, cpr [[031030-0448]]

Min mor er 94 og har svær demens. Hun bor alene og har i de sidste uger glemt at spise og taget medicin to gange. Vi har søgt om plejebolig, men har fået at vide at ventetiden er 4 måneder. Det går ikke.

Jeg vedlægger lægens udtalelse.

Venlig hilsen
Per Bak
""")

M("", """
Hej

Hvad er telefonnummeret til Udbetaling Danmark? Jeres hjemmeside henviser til 70 12 80 63, men det virker ikke.

Mvh
Sanne
""")

M("u", """
Til Borgerservice

Jeg skal bruge en attest på min bopæl til min fagforening, 3F, der kræver den til min lærlingeaftale. Cpr.nr. [[050906 4213]].

Mvh
Mads Bjørn
""")

M("", """
Hej

Jeg har fået et kørekortnummer 31203958 og et kvitteringsnummer 060591-2031 på betalingen. Hvilket skal jeg bruge når jeg ringer til politiet?

Mvh Stine
""")

M("s", """
Til Ishøj Kommune

Min mand, Khalid, og jeg er begge mænd og blev gift i Københavns Rådhus i marts. Vi bor nu i Ishøj, men Borgerservice har registreret ham som "ugift". Mit cpr er [[180785-2647]]. Kan I rette det?

Mvh
Jens Kofoed-Rahman
""")

M("", """
Hej

Jeg vil klage over at jeres brev om "manglende betaling" var stilet til mig, men kundenummeret 2410632211 tilhører min afdøde mand. Kan I rette navnet?

Mvh
Else Winther
""")

M("he", """
Hej Jobcentret

Jeg hedder Jamal og er 24. Jeg har sendt jer min lægeerklæring om min diabetes og at jeg ikke kan arbejde om natten, men I har alligevel sendt mig i nattjeneste i et rengøringsfirma som aktivering. Jeg får kontanthjælp.

Cpr: [[1104004381]]

Jamal Osman
""")

M("", """
Til borgerrådgiver

Jeg har hørt at kommunen har lækket CPR-numre i en mail til forældre i en børnehave. Er det rigtigt, og hvad gør I ved det? Jeg har ikke selv børn der.

Mvh
Torben Aas
""")

M("ep", """
Kære Opkrævningen

Vedr. ejendomsskat for Pileengen 14, ejer Hans Ulrik Mørk, cpr. [[020759-1407]].

Huset skal sælges, og vi har en køber, men der er en restance på ejendomsskat på 18.400 kr fra 2024, fordi jeg har været arbejdsløs. Kan restancen trækkes i provenuet ved salget?

Mvh
Hans Ulrik Mørk
""")

M("", """
Hej,
mit telefonnummer er ændret til 28 10 65 43. Kan I opdatere det i min sag om vejafvanding?
Henrik
""")

M("h", """
Hej

Jeg var til helbredstjek i Sundhedshuset og de fandt for højt blodtryk. Jeg skal starte på medicin. Kan jeg få journalen sendt til min læge? Mit cpr er [[211166 1937]].

Mvh
Kirsten Bay
""")

M("", """
Hej. Jeg har vedlagt kopi af min lønseddel nr. 140225-1122 som I bad om til min ansøgning om parkeringstilladelse for håndværkere.
Mvh Ali, Vestegnens VVS
""")

M("e", """
Kære Center for Børn og Forebyggelse

Jeg er far til Lukas, cpr [[0803124939]]. Han er anbragt i en plejefamilie i Solrød, og jeg har ikke fået den samværsplan, som jeg blev lovet ved mødet i februar. Jeg har ret til at se min søn.

Mvh
Brian Kølle
""")

M("b", """
Hej

Jeg skal bruge en kopi af min vielsesattest til min pension. Kan I sende den? Vi blev gift i Ishøj Kirke i 1972.

Mvh
Inger og Poul Friis
""")

M("t", """
Hello

I am from the Philippines and I work as au pair for a family in Ishøj. My residence card shows the wrong address. My CPR is [[240398\u00a04129]] — wait sorry, [[240398-4128]]. Please help me update it.

Thank you
Maricel Santos
""")

M("", """
Hej

Vi har fået to fakturaer med nr. 1512021134 og 1512021135 for den samme containerleje. Vil I annullere den ene?

Mvh
Byg & Bo ApS
""")

M("he", """
Til Center for Voksne og Velfærd

Vedr. min ansøgning om høreapparat.

Mit cpr-nummer er [[160947-1122]]. Jeg har høretab på begge ører efter mange år i en larmende fabrik, og audiologen på Bispebjerg siger jeg skal have nye apparater. Kommunens tilskud er ikke kommet.

Venlig hilsen
Bent Holmgaard
""")
