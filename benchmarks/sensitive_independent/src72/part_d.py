"""Part D: the caretaker who is a union representative, unions and a-kasser in housing matters."""
from common import M

M("u", """
Til borgerrådgiveren

Jeg er vicevært i en af de almene afdelinger i Ishøj og tillidsrepræsentant for de ejendomsfunktionærer der er organiseret i 3F. Jeg skriver fordi beboere flere gange har fået at vide af kommunens folk, at de skal "tage det med viceværten", når det drejer sig om skimmelsvamp. Det er ikke vores opgave at vurdere sundhedsrisiko.

Med venlig hilsen
Brian Kofoed
""")

M("u", """
hej ole

vores vicevært Jan er også TR og han har sagt til os beboere at han ikke må gå ind i lejlighederne alene mere efter en episode. vi forstår det godt men hvem skal så skifte pærer hos de ældre? kan kommunen hjælpe med en frivilligordning

hilsen Birgit fra opgang 3
""")

M("", """
Hej

Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter i oktober? Jeg er ejendomsservicetekniker og overvejer at skifte.

Mvh
Daniel
""")

M("u", """
Hej Karen

Jeg er medlem af FOA og arbejder som hjemmehjælper her i kommunen. Jeg bor selv i Vejleåparken. Jeg har læst at boligselskabet vil lægge viceværtfunktionen ud til et privat firma. Som FOA-medlem er jeg bekymret for hvad det betyder for de ansatte. Ved du om kommunen har noget at sige?

Hilsen
Winnie
""")

M("", """
Til Teknik- og Miljøudvalget

Jeg skriver som faglig sekretær i 3F Køge Bugt på vegne af forbundet. Vi har noteret os, at kommunens nye udbud af vinterbekæmpelse i boligområderne ikke stiller krav om overenskomst. Vi vil gerne have et møde med udvalget.

Med venlig hilsen
Karsten Vind, faglig sekretær, 3F Køge Bugt
""")

M("ue", """
Hej

Jeg er blevet fyret fra min stilling som ejendomsfunktionær efter 11 år. Jeg har fået hjælp fra Dansk Metal, hvor jeg har været medlem hele mit arbejdsliv, og de mener fyringen er usaglig. Imens skal jeg melde mig ledig. Skal jeg gøre det på jobnet eller i Jobcentret i Ishøj?

Mvh
Torben Nørby
""")

M("", """
Hej

Er det korrekt at man ikke behøver være medlem af en fagforening for at få boligstøtte? En kollega sagde det modsatte. Jeg er ikke medlem af nogen a-kasse eller fagforening.

Mvh Sabrina
""")

M("ue", """
Til Ydelsescentret

Jeg får dagpenge fra HK's a-kasse og vil søge boligstøtte. A-kassen siger, at I skal bruge en udbetalingsspecifikation, men jeg har kun en PDF fra deres app. Kan jeg sende den?

Venlig hilsen
Rebecca Holt
cpr [[120297-4021]]
""")

M("u", """
Kære borgmester

Som BUPL-tillidsrepræsentant i en af kommunens daginstitutioner vil jeg gøre opmærksom på, at flere af mine kolleger har svært ved at finde en bolig i Ishøj, de kan betale. Kunne kommunen reservere nogle almene boliger til nyansatte pædagoger?

Med venlig hilsen
Stine Kjærsgaard
""")

M("", """
Hej

Jeg arbejder som redaktør på Fagbladet 3F og skriver en artikel om ejendomsfunktionærernes arbejdsmiljø i almene boliger. Kan jeg få et interview med formanden for Teknik- og Miljøudvalget?

Med venlig hilsen
Lise Kamp, journalist
""")

M("u", """
Hej

Vi er fire beboere, alle medlemmer af Dansk Sygeplejeråd og på nattevagter. Vi vil gerne spørge, om kommunen kan påvirke boligselskabet, så renoveringen med boremaskiner ikke starter kl. 7 om morgenen i vores opgang. Vi sover om dagen.

Hilsen
Mette, Sanne, Louise og Hanne
""")

M("", """
Kære hovedpostkasse

Vores afdelingsbestyrelse har fået et tilbud fra et vinduesfirma. Firmaet oplyser at det har overenskomst med Dansk Metal. Kan I bekræfte at kommunen ikke stiller andre krav, når det er boligselskabets egne penge?

Venlig hilsen
Afdelingsbestyrelsen, Ishøj Søpark
""")

M("uhe", """
hej

er i 3F og har været sygemeldt med en knæskade fra arbejdet i 4 mdr. fagforeningen hjælper med arbejdsskadesagen. nu har jeg fået brev om at jeg skal til samtale i jobcentret om sygedagpenge. kan min tillidsmand komme med?

Ronni
""")

M("u", """
Til Center for Byudvikling og Natur

Jeg er vicevært i Kirkebjerg Parken og samtidig arbejdsmiljørepræsentant og TR for 3F. Jeg vil gerne indberette, at der i kælderen under nr. 8 er asbest i rørisoleringen, som håndværkerne er gået i gang med at rive ned uden afdækning. Vi har stoppet arbejdet.

Venlig hilsen
Finn Bech
""")

M("", """
Hej

Jeg sidder i LLO Ishøj, Lejernes Landsorganisation, og vil gerne have en kopi af kommunens tilsynsrapport for boligselskaberne i 2024. Den skulle være offentlig.

Venlig hilsen
Jørgen Sand
""")

M("ue", """
Kære Borgerrådgiver

Jeg har været ledig siden maj og får dagpenge gennem Krifa. Min a-kasse siger at jobcentret har lavet en fejl i min plan, så jeg har mistet dagpenge i to uger. Nu kan jeg ikke betale husleje for august. Hvem skal rette fejlen?

Med venlig hilsen
Jakob Wendt
""")

M("ue", """
Til byrådsmedlem Ahmed Saleh

Jeg er pensioneret tømrer og har været medlem af Blik- og Rørarbejderforbundet og senere 3F i 45 år. Nu bor jeg i en ældrebolig på Ishøj Landsby. Vi savner et fælleslokale hvor vi kan mødes, og jeg vil gerne høre om kommunen har penge til det.

Venlig hilsen
Erling Schou
""")

M("", """
Hej

Hvad er forskellen på en a-kasse og en fagforening? Vi har en debat i opgangen om det, og ingen af os ved det rigtig. Er det noget kommunen kan forklare på et beboermøde?

Mvh
Beboerforeningen Tranegilde
""")

M("ub", """
Kære Borgmester

Jeg er HK-tillidsrepræsentant i Ishøj Rådhus og sidder også i bestyrelsen for Socialdemokratiet i Ishøj. Jeg skriver privat. Jeg mener kommunen bør genoverveje salget af Ishøj Strand-grundene, så der i stedet kan bygges almene familieboliger.

Venlig hilsen
Hanne Iversen
""")

M("ue", """
Hej

Jeg er medlem af Djøf og er netop blevet opsagt fra min stilling i en styrelse. Jeg har 3 måneders opsigelse og skal derefter på dagpenge. Jeg har en billig lejlighed i Ishøj, men er bekymret for at jeg ikke kan blive boende. Kan jeg få boligstøtte på dagpenge?

Venlig hilsen
Kasper Overby
""")

M("", """
Til Ishøj Kommune

Vi er lærere på Strandgårdskolen og vil gerne lave et undervisningsforløb om boligpolitik og almene boliger. Kan en medarbejder fra kommunen komme ud og fortælle om boligsituationen i Ishøj? Vi tænker på 8. klasse.

Venlig hilsen
Karin Friis og Mohammad Jafari
""")

M("u", """
Hej

Jeg er ansat som ejendomsservicetekniker i boligselskabet og 3F'er, og jeg er valgt som TR for teamet i Ishøj. Beboere ringer ofte til os om affaldsordningen, som kommunen har lavet om. Kan I sende os et informationsark, så vi kan svare rigtigt?

Mvh
Søren Holgersen
""")

M("", """
Hej

Vi vil gerne invitere en repræsentant fra en fagforening til at fortælle om ungdomsjob på vores beboermøde for unge. Har kommunen en kontaktperson hos de faglige organisationer?

Mvh
Ungdomsklubben i Vejleåparken
""")

M("uh", """
Til Karen Dam

Jeg er DLF-medlem og lærer på en af kommunens skoler. Jeg er blevet sygemeldt med stress efter en voldsom episode med en elev. Jeg bor i en almen bolig i Ishøj og har fået varsel om en huslejestigning. Jeg skriver fordi jeg ikke ved om jeg kan blive boende, hvis jeg går ned i tid.

Med venlig hilsen
Marianne Hvid
""")

M("", """
Til borgmesterens PA

På vegne af 3F Køge Bugt vil vi gerne invitere borgmesteren til at tale på Grundlovsdag i Ishøj Havn. Vi forventer ca. 300 deltagere. Vores kontaktperson er organisationskonsulent Bjarne Lund, tlf. 70 30 03 00.

Med venlig hilsen
3F Køge Bugt
""")

M("utp", """
Hello Mayor,

I am a member of 3F and work as a cleaner at Ishøj Station. I am from Ghana. My landlord in Ishøj says I must leave the room I rent because the building is for sale, but I have a contract until December. My union says this is not their area, they only help with work. Who can help me with my rights as a tenant?

Thank you
Kwame Asante
""")

M("u", """
hej

jeg er fra forbundet, altså jeg er medlem af Serviceforbundet, og jeg arbejder som rengøring i boligselskabet. min chef siger at kommunen har bestemt at vi skal bruge et nyt kemikalie i opgangene. er det rigtigt? det lugter helt vildt

Bianca
""")

M("", """
Hej

Vi har fået en faktura fra vinduesfirmaet med overenskomst-tillæg. Fakturanr. 0202780419, ordrenr. 774512. Kan kommunen bekræfte om det tillæg skal betales af afdelingen eller af boligselskabet?

Mvh Kasserer, afd. 12
""")

M("ue", """
Til Ydelsescentret

Jeg er 3F-medlem, men min a-kasse (3F's) har stoppet dagpengene, fordi de siger jeg ikke har søgt nok job. Jeg har nu søgt kontanthjælp hos jer. Min husleje skal betales den 1.

Mvh
Mikael Dahl
[[200584 3313]]
""")

M("u", """
Kære udvalgsformand

Jeg har været TR for FOA på plejecentret Kærbo i 8 år. Jeg bor i Ishøj Søpark og vil gerne opfordre udvalget til at se på personaleboliger til SOSU-elever. Mange elever kommer langvejs fra og dropper ud.

Venlig hilsen
Lone Bertelsen
""")

M("", """
Hej

Gælder der særlige regler for opsigelse af en vicevært, hvis han er tillidsrepræsentant? Spørger generelt fordi vi i bestyrelsen diskuterer det, ingen konkret person.

Mvh
Kim, afdelingsbestyrelsen
""")

M("ue", """
Kære borgerrådgiver

Min mor, Lis Thygesen, har været medlem af FOA i 30 år og er nu gået på efterløn. Hun har brug for hjælp til at forstå, hvordan efterlønnen påvirker boligstøtten. Jeg har fuldmagt.

Mvh
Katrine Thygesen
""")

M("", """
Hej

Er der fagforeningskontingent med i den indkomst der bruges til at beregne boligstøtte? Altså kan man trække det fra? Spørger til en artikel på vores beboerhjemmeside.

Venlig hilsen
Redaktionen, Beboerbladet
""")

M("u", """
Hej

Jeg er elektriker og medlem af Dansk El-Forbund. Jeg har set at kommunen søger håndværkere til vedligehold af de kommunale boliger. Skal man være i et bestemt forbund for at byde ind?

Mvh
Rasmus Kjeldsen
""")

M("uh", """
Til Center for Voksne og Velfærd

Jeg er tillidsrepræsentant i 3F for viceværterne i vores boligselskab og skriver efter aftale med min kollega Ole Vang. Ole har kræft og er i kemobehandling. Han vil gerne blive i arbejde på nedsat tid. Kan kommunen lave en § 56-aftale med arbejdsgiveren?

Med venlig hilsen
Preben Thorup
""")

M("", """
Hej

Vi er en gruppe beboere, der vil danne en lejerforening. Skal vi registreres hos kommunen? Og kan vi få et lokale gratis? Vi er ikke tilknyttet nogen fagforening eller parti.

Mvh
Rikke Holm
""")

M("u", """
hej

min far var vicevært her i ishøj i 30 år og var altid med i fagforeningen (SID dengang). han døde sidste år. nu vil beboerne gerne sætte en lille plade op ved bænken ude ved søen. skal vi søge kommunen om det?

Jannik
""")

M("eu", """
Kære byrådsmedlem

Jeg er ejendomsfunktionær og medlem af 3F. Vi er blevet varslet om, at boligselskabet vil skære ned på antallet af viceværter og jeg er en af dem, der er blevet afskediget. Jeg skal melde mig ledig i næste uge.

Med venlig hilsen
Allan Friis
Ishøj Strandvej 120, 2. th.
""")

M("", """
Hej

Er det lovligt at boligselskabet kræver at viceværterne skal bære uniform med logo? Spørger fordi jeg tager uddannelsen til ejendomsservicetekniker og vil vide hvad man kan forvente.

Mvh Emma
""")

M("u", """
Til hovedpostkassen

Jeg har været medlem af Lederne og a-kassen der i mange år, men nu har jeg meldt mig ud, fordi jeg er holdt op med at arbejde. Skal jeg give kommunen besked om, at jeg ikke længere er medlem, i forhold til min ejendomsskat? Det står der noget om på et skema.

Venlig hilsen
Jens Rosendahl
""")
