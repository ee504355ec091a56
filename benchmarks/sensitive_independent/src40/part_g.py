"""Part G: CPR numbers in forms, signatures, quoted parts and P.S. lines, mostly with other categories."""
from common import M

M("h", """
Navn: Kirsten Aagaard
CPR-nummer: [[170352-1844]]
Emne: Kørekort
Besked: Lægen siger jeg skal have ny lægeerklæring pga. min epilepsi før kørekortet fornyes. Hvad skal jeg gøre?
""")

M("e", """
Hej

P.S. mit cpr-nr. er [[0311861923]], hvis I skal finde sagen om min huslejerestance.

Mvh Christian
""")

M("s", """
Emne: Re: Navneændring

Ja, jeg vil gerne tage min mands efternavn. Vi blev gift i lørdags – Mikkel og jeg.

Anders Bruun (fremover Anders Bruun Sørensen)
cpr [[250690\u00a03217]]

> Skriv venligst dit cpr-nummer og hvilket navn du ønsker.
""")

M("t", """
Hej

Min mor er fra Chile og har glemt sit danske navn på pensionspapirerne... hun hedder Maria Elena Rojas, født [[140948 2106]]. Hun vil gerne have tilsendt sin sundhedskortbestilling på spansk, hvis muligt.

Venlig hilsen
Carolina Rojas Hansen
""")

M("p", """
Til Center for Borger, Økonomi og IT

Vi skal sælge vores hus på Ishøj Strandvej 120, og køberen vil have en restanceerklæring for ejendomsskat. Salget er ikke endeligt før den foreligger.

Sælger: Jens Holm, cpr [[020258-3311]]

Mvh Jens Holm
""")

M("ue", """
Til hovedpostkassen

Vedr. min lønindeholdelse: jeg er medlem af FOA og de vil have en kopi af afgørelsen. Personnummer: [[120775–1648]]

Hilsen Rikke Dal
""")

M("b", """
Hej

Jeg ønsker at melde mig ud af folkekirken og har fået at vide at det sker via sogn.dk. Men jeg vil også gerne have at kommunen noterer at jeg er humanist, til begravelsen. Cpr [[080844-2375]].

Mvh Viggo
""")

M("he", """
Hi,

I have a question about my sygedagpenge. I broke my arm at work and have been off since 2 April. My CPR is [[230197-3049]]. Nobody answers the phone.

Thanks, Daniel Okafor
""")

M("tb", """
Kære borgerrådgiver

Jeg hedder Fatma og er kurder og alevi. Jeg fik at vide af en medarbejder i Borgerservice at "I muslimer skal lære dansk". Jeg er ikke muslim, og jeg taler dansk.

CPR: [[2902724418]]
""".replace("2902724418", "2702724418"))

M("s", """
Dear Ishøj Kommune,

My wife Sarah and I (both women) moved to Ishøj last week. We need to register our daughter. Sarah's CPR is [[110389-2140]]. What do you need from us?

Emma Lindqvist
""")

M("eh", """
Hej

Jeg har fået afslag på hjemmehjælp til rengøring, men jeg har KOL og kan ikke støvsuge. Jeg vil klage.

Gerda Nielsen
[[05 03 39]]
""".replace("[[05 03 39]]", "[[050339 1206]]"))

M("p", """
Emne: Forkøbsret?

Vi har et bud på vores grund på Ishøj Landsby 22 fra en udvikler. Har kommunen forkøbsret? Vi skal svare mægleren inden fredag.

Hilsen Torben og Else Ravn
""")

M("pe", """
Hej

Vi er ved at sælge vores lejlighed i Ishøj Bycenter-området fordi vi ikke kan betale. Vi har fået en køber. Vi søger samtidig om boligstøtte til en lejebolig. Mit cpr: [[190385-2288]].

Mvh Nadia
""")

M("t", """
Re: Ansøgning om tilskud

Som nævnt nedenfor er jeg selv af grønlandsk afstamning, og det er derfor jeg startede foreningen.

Mvh Nuka Lynge
CPR [[301166-1170]]

> Tak for ansøgningen om tilskud til Grønlandsk Forening Ishøj. Vi mangler kontaktpersonens cpr-nummer.
""")

M("s", """
Hej, kan vi få en ny fælles Aula-login? Min kone Nanna og jeg er begge forældre til Viggo. Nannas cpr [[041191–4020]], mit er [[161290–4122]].
Mvh Julie
""")

M("u", """
Navn: Carsten Bloch
CPR: [[2206671591]]
Emne: Pensionsindbetaling
Besked: Jeg var ansat i kommunen 1990-2015 og medlem af HK. Jeg kan ikke finde mine pensionspapirer fra dengang.
""")

M("h", """
Hej

Min datter (cpr [[120418-5560]]) har fået konstateret ADHD og skal have medicin i skoletiden. Hvem på skolen giver den?

Mvh Jeanette
""")

M("e", """
Kære Familieafdelingen

Tak for mødet. Som aftalt sender jeg min søns cpr, [[090710 6442]], så I kan finde underretningen fra skolen.

Hilsen Ramona
""")

M("p", """
Emne: Vedr. kolonihavehus have 44

Jeg har solgt min kolonihave – altså, køberen har sagt ja, men vurderingsmanden har ikke været der endnu. Kan kommunen sende en ny vurderingsmand?

Kirsten Buch [[161047-2130]]
""")

M("b", """
Kære Henrik

Jeg stemte på Alternativet sidst, men efter jeres beslutning om Ishøj Sø gør jeg det ikke igen.

Venlig hilsen
Ida, Ishøj Landsby
""")

M("h", """
Emne: SV: Parkeringskort

Tak, men mit handicapparkeringskort er udløbet og jeg har stadig muskelsvind. Jeg vedhæfter lægeerklæringen.

Cpr: [[281159-0743]]
Mvh Ejnar

> Hej Ejnar. Vi skal bruge dokumentation for din funktionsnedsættelse.
""".replace("Tak, men mit", "Tak, men mit"))

M("e", """
Hej. Jeg vil gerne ansøge om friplads for min søn Noah ([[210520 5381]]). Jeg er alene med ham og arbejder 20 timer om ugen. Mvh Sabine
""")

M("st", """
Hej

Min kæreste Youssef og jeg (vi er to mænd) vil gerne bo sammen i hans lejlighed. Han er fra Marokko og hans opholdstilladelse afhænger af adressen. Hvad skal vi gøre?

Mvh Lasse Dahl
Cpr: [[070796-1365]]
""")

M("u", """
Kære udvalg

Som formand for HK's lokalafdeling her i Ishøj, og som medlem selv, vil jeg gerne stille et spørgsmål til udvalgsmødet om arbejdsmiljøet i Borgerservice.

Mvh Birte Fog
""")

M("", """
Kære udvalg

Som konsulent i HK skriver jeg på vegne af forbundet om arbejdsmiljøet i Borgerservice. Vi ønsker et møde.

Mvh Birte Fog, organisationskonsulent, HK Hovedstaden
""")

M("p", """
Hi,

we have signed a conditional agreement to buy the house at Kildevældet 8, and our solicitor needs to know if there are any outstanding municipal orders on it before the deadline on Friday.

Thanks
James and Priya Walker
""")

M("h", """
Navn: Hassan Omar
Emne: tolk til lægen
Besked: jeg er lige blevet opereret for nyresten og skal til kontrol i Sundhedshuset. jeg har brug for arabisk tolk. min cpr [[150683\u00a02277]]
""")

M("s", """
Kære Bibliotek / Kulturudvalg

Tak for Pride-udstillingen. Som bøsse der voksede op i Ishøj i 80'erne havde jeg aldrig troet jeg ville se det.

Mvh Kim
""")

M("", """
Hej

Bilag 240526-0017 og 240526-0018 er sendt til revisionen. Kan I bekræfte modtagelsen?

Mvh kasserer i Ishøj Roklub
""")

M("", """
Hej

Min kunde-ID hos Ishøj Forsyning er 1102834501 og jeg er flyttet. Jeg vil gerne afmelde vand.

Mvh Per
""")

M("he", """
Hej Hovedpostkassen&nbsp;

Min far, Erling Jakobsen, er blevet dement og kan ikke længere bo alene. Vi har søgt om plejebolig i marts. Vedhæftet er fuldmagten.<br>
Hans cpr: [[130234\u00a01187]]

Mvh
Susanne Jakobsen, datter
""")

M("", """
Hej Hovedpostkassen&nbsp;

Hvor lang er ventetiden på en plejebolig i Ishøj for tiden? Vi er nogle pårørende der diskuterer det i Ældrerådet.<br>

Mvh
Susanne Jakobsen
""")

M("ts", """
hej, jeg er fra Filippinerne og bor med min kone Grace (vi er to kvinder). kan vi begge stå som forældre på vuggestueansøgningen? mvh Joy
""")

M("", """
Hej

Telefonnummer til Jobcentret? Jeg skal bruge det til en kollega, der er ny i Danmark og ikke kan finde det på nettet.

Mvh Lars
""")

M("bu", """
Kære borgmester

Jeg er kristen, aktiv i Indre Mission, og medlem af Krifa. Jeg har ingen sag, jeg vil bare sige at jeg beder for jer alle.

Mvh Aksel
""")

M("", """
Kære borgmester

Jeg har ingen sag, jeg vil bare ønske jer god vind med budgettet.

Mvh Aksel
""")
