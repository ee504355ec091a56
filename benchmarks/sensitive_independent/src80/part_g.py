"""corpus80 part G: hard negatives. Newsletters, invitations, general questions,
roads and noise, case and invoice numbers, statistics, and the sensitive words used
about services, policies, institutions or people in general."""
from common import M

M("", """
Til Vej og Park

Der er et hul i asfalten ud for Vejleåvej 60, som er blevet større og større. I morges punkterede en cyklist. Hvornår bliver det lappet?

Mvh Erling
""")

M("", """
Kære hovedpostkasse

Naboens varmepumpe brummer hele natten og står lige under vores soveværelsesvindue. Vi har talt med dem, men de mener den er lovlig. Har kommunen nogle regler for støj fra varmepumper?

Mvh Line og Kasper, Ishøj Landsby
""")

M("", """
NYHEDSBREV – Ishøj Seniorråd, november 2026

· Seniorrådet holder åbent møde om det nye ældrepolitiske program den 24. november kl. 14 i Aktivitetscentret.
· Vi har spurgt forvaltningen om ventetiden på plejebolig: den var i gennemsnit 38 dage i 3. kvartal.
· Husk at stemme til seniorrådsvalget!

Med venlig hilsen
Ishøj Seniorråd
""")

M("", """
Invitation

Kære byrådsmedlemmer
Ishøj Erhvervsforum inviterer til nytårskur fredag den 8. januar kl. 16–18 på Ishøj Havn. Borgmesteren holder talen. Tilmelding til sekretariatet senest 20. december.

Med venlig hilsen
Ishøj Erhvervsforum
""")

M("", """
Hej

Jeg har fået en faktura fra kommunen på 1.250 kr. for rottebekæmpelse med fakturanr. 0905821447. Men det var min nabos grund der var rotter på. Kan I se på det?

Mvh Jesper Vang
""")

M("", """
Til Borgerservice

Min sag om ny fartbump har sagsnr. 26/19022 og jeg har fået journalnr. 03.02.00-P20-4-26. Nu har jeg ikke hørt noget i 2 måneder. Er sagen gået i stå?

Med venlig hilsen
Ingolf Berg
""")

M("", """
Kære Social- og Sundhedsudvalget

Jeg synes, reglerne for kontanthjælp er alt for stramme, og jeg håber at Ishøj vil presse på overfor Folketinget for at lempe dem. Mange familier i kommunen har det svært.

Mvh Dorthe, Vejleå
""")

M("", """
Hej

Hvor mange borgere i Ishøj modtager førtidspension, og hvordan har tallet udviklet sig siden 2020? Jeg skal bruge det til en artikel i lokalavisen.

Med venlig hilsen
Maja Holst, journalist, Ishøj Avis
""")

M("", """
Til Kultur

Hvornår starter Eid-festen i Ishøj Idrætscenter næste år, og er det åbent for alle? Vi så en plakat i Bycentret og vil gerne tage børnene med og smage maden.

Mvh Bjarne
""")

M("", """
Kære byråd

Må man bade med tørklæde eller burkini i Ishøj Svømmehal? Jeg har hørt forskellige ting og vil gerne kunne svare de unge i klubben, hvor jeg er pædagog.

Mvh Niels
""")

M("", """
Til Vibeholm Børnehus

Står der halal på menuen hver dag, eller kun nogle dage? Vi overvejer at søge plads hos jer og vil gerne se jeres madplan.

Mvh Louise
""")

M("", """
Hej

Kan man leje salen i Vejleå Kulturhus til konfirmationer i maj, og hvor mange kan der være? Vi er en festlokaleudlejer og vil gerne henvise vores kunder.

Mvh Festudlejning Sjælland
""")

M("", """
Kære udvalgsformand

Hvor mange medarbejdere i hjemmeplejen er organiseret i FOA, og hvornår udløber overenskomsten? Jeg underviser på SOSU-skolen og vil gerne bruge Ishøj som eksempel.

Mvh Tina Holmgaard
""")

M("", """
Hej

Hvad koster en influenzavaccine, hvis man er under 65? Og kan man få den i Sundhedshuset eller kun på apoteket?

Mvh Ole
""")

M("", """
Til Trafik

Bus 300S holder ikke længere ved Hvidovre Hospital. Hvordan kommer man derud med offentlig transport fra Ishøj Station nu?

Venlig hilsen
Kaj
""")

M("", """
Kære kommune

Hvornår sender I de nye sundhedskort ud efter at alle kort skal skiftes? Vi har ikke fået noget endnu i husstanden.

Mvh
Per og Lene
""")

M("", """
Hej

Hvilke regler gælder der for at holde høns i en almindelig villahave i Ishøj? Vi vil gerne have 4 høner, ingen hane.

Venlig hilsen
Anja
""")

M("", """
Til borgmesterens PA

Kan borgmesteren åbne vores nye bager på Ishøj Torv lørdag den 12. december kl. 9? Vi giver rundstykker til de første 100.

Med venlig hilsen
Bageriet Kornet ApS
CVR 41928355
""")

M("", """
Hej

Jeg har fået en opkrævning med betalings-ID 71 12345678901234 og kreditornr. 88745621. Jeg kan ikke se på borger.dk hvad det gælder. Er den rigtig?

Mvh Flemming Kirk
""")

M("", """
Til Center for Børn og Forebyggelse

Hvor mange underretninger modtog Ishøj Kommune i 2025, og hvor mange af dem kom fra skolerne? Jeg er studerende på socialrådgiveruddannelsen.

Mvh Katrine
""")

M("", """
Kære byrådsmedlemmer

Vi er nogle beboere på Ishøj Strandvej, som er trætte af knallerter, der kører stærkt på stranden om aftenen. Kan politiet og kommunen ikke sætte bomme op?

Med venlig hilsen
Beboerne i nr. 120–140
""")

M("", """
Hej

Jeg vil gerne vide, hvordan man som forening søger om tilskud fra §18-puljen til frivilligt socialt arbejde. Vi er en besøgstjeneste for ensomme ældre.

Mvh Ruth, formand, Besøgsvennerne Ishøj
""")

M("", """
Til hovedpostkassen

Vi er en forsikringsmægler og har en skade registreret på kommunens ejendom Vejleåvej 17 under police nr. 6543-210987. Skadenummer 2026-114482. Hvem er kontaktperson?

Med venlig hilsen
Tryg Erhverv
""")

M("", """
Kære Ishøj Kommune

Jeg har en kvittering med ordrenr. 1809791234 fra jeres webshop for billetter til julekoncerten, men billetterne er ikke kommet på mail. Kan I sende dem igen?

Hilsen Marianne
""")

M("", """
Hej

Hvad er reglerne for at sætte juletræ op på fællesarealet i vores boligforening? Skal man søge om lov hos kommunen, eller er det boligforeningen?

Mvh Gitte
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvornår holdes Ishøj Pride-picnic næste år? Vores spejdergruppe vil gerne hjælpe til med at sætte telte op.

Mvh 1. Ishøj Gruppe, Det Danske Spejderkorps
""")

M("", """
Kære byråd

Statistikken i jeres årsrapport viser, at 24 % af borgerne i Ishøj har en anden etnisk baggrund end dansk. Hvordan er tallet opgjort – er efterkommere med?

Med venlig hilsen
Henning Sørensen
""")

M("", """
Til Byggesag

Hvornår sælger kommunen byggegrundene i Vejleå Sydstrand? Vi har hørt, at der kommer 40 grunde, og vil gerne vide om der bliver venteliste.

Mvh Simone
""")

M("", """
Hej

Jeg har et spørgsmål om ejendomsskat: Hvornår bliver de nye grundskyldspromiller for 2027 vedtaget i Ishøj?

Mvh Jonas Nielsen
""")

M("", """
Kære hovedpostkasse

Vi er en sprogskole, der udbyder danskundervisning for udlændinge. Kan vi komme med i kommunens liste over godkendte udbydere af danskuddannelse?

Med venlig hilsen
Dansk for Alle ApS
CVR 32198844
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Hvor mange sygemeldte borgere har jobcentret lige nu, og hvor lang er den gennemsnitlige sygedagpengeperiode i Ishøj sammenlignet med landet?

Med venlig hilsen
Forskningsassistent Louise Krag, KU
""")

M("", """
Hej

Der bliver tømt glascontainere kl. 5.30 om morgenen på Torslunde Torv. Det larmer som et bombeangreb. Kan det ikke flyttes til kl. 8?

Mvh Anonym nabo
""")

M("", """
MØDEINDKALDELSE

Børne- og Skoleudvalget
Tirsdag den 17. november 2026 kl. 17.00, Rådhuset, mødelokale 3

1. Orientering om ny skolestruktur
2. Budget for specialundervisning 2027
3. PPR's ventetider, status
4. Henvendelse fra forældrebestyrelsen i Gildbro Børnehus (til efterretning)
""")

M("", """
Kære kommune

Vi er en privat hjemmeplejeleverandør og vil gerne vide, hvornår næste udbud af frit valg på hjemmehjælpsområdet bliver offentliggjort.

Med venlig hilsen
OmsorgsPartner ApS
p-nr. 1023458866
""")

M("", """
Hej

Jeg er sygeplejerske og har lige flyttet til Ishøj. Hvor er nærmeste genbrugsstation, og må jeg komme med haveaffald i en trailer?

Mvh Birthe
""")

M("", """
Til Ishøj Bibliotek

Har I bøger om islam og kristendom for børn, som min klasse kan låne? Vi har tema om religioner i 4. klasse.

Mvh Jonas Friberg, lærer
""")

M("", """
Til Vej og Park

Lyset i tunnelen under Ishøj Boulevard har været slukket i tre uger. Det er utrygt, når man går hjem fra toget om aftenen.

Mvh Anne
""")

M("", """
Hej

Vi vil gerne holde et vejfest på Brushøjvej lørdag den 6. juni. Skal vi søge om at spærre vejen, og må vi have en hoppeborg?

Mvh Vejlauget Brushøjvej
""")

M("", """
Kære borgerrådgiver

Hvor mange klager fik du sidste år, og hvilke centre fik flest? Jeg har læst årsberetningen men kan ikke finde tallet for Center for Byudvikling og Natur.

Hilsen Poul
""")

M("", """
Hej

Jeg har fået en parkeringsafgift med afgiftsnr. 2610261188 ved Ishøj Strand. Der var ingen skilte. Jeg vil gerne klage.

Mvh Christian Lund
""")

M("", """
Til kommunen

Hvad er reglerne for hjemmehjælp i weekenden – kan man få hjælp om søndagen i Ishøj, eller kun på hverdage? Jeg spørger til et oplæg i ældresagen.

Mvh Ingrid, DaneAge lokalafdeling
""")

M("", """
Hej

Vores lejeforening vil gerne vide, om kommunen har et tal for hvor mange der er blevet sat ud af almene boliger i Ishøj i 2025.

Mvh
Bestyrelsen, Lejerforeningen Strandparken
""")

M("", """
Til Center for Byudvikling og Natur

Vores elmåler nr. 571313104401234567 ved foreningens klubhus viser forkert. Det er kommunen der ejer bygningen. Hvem skal vi ringe til?

Mvh Ishøj Roklub
""")

M("", """
Kære byrådsmedlem

Tak for et godt vælgermøde i går. Jeg var meget enig i det du sagde om cykelstier og grønne områder. Fortsæt det gode arbejde.

Hilsen
Gurli
""")
