"""corpus60 part E: taxes, fees and the household budget."""
from common import M

M("", """
Kære Økonomiudvalg

Ishøj har en af de højeste grundskyldspromiller på Vestegnen. Jeg opfordrer byrådet til
at sænke den med 2 promille i budget 2026. Det vil hjælpe alle boligejere.

Med venlig hilsen
Jørgen Lassen
""")

M("e", """
Hej Lars

Vi har fået en ejendomsskattebillet på 31.400 kr., og vi er bagud med de to første
rater. Min kone er på førtidspension, og jeg har kun folkepension. Vi har boet i huset i
45 år. Kan vi få lov til at indefryse skatten, eller hvad gør man?

Venlig hilsen
Holger Krogh
[[080849-1137]]
""")

M("", """
Til Borger, Økonomi og IT

Hvordan søger man om indefrysning af grundskyld? Er der en blanket? Jeg spørger for
min ældre nabo, men hun har ikke bedt mig om at gøre noget endnu.

Mvh. Ove
""")

M("ep", """
Kære Tanja

Jeg skriver til dig, fordi jeg ikke ved, hvem ellers. Jeg skylder kommunen 48.000 kr. i
ejendomsskat og renovation, og nu har I sendt sagen til inddrivelse. Banken vil
tvangsauktionere huset til maj. Jeg har en køber, der har budt 1,9 mio., men han skal
have sit lån på plads. Kan kommunen vente med inddrivelsen i to måneder, så jeg kan
sælge selv?

Med venlig hilsen
Brian Lykke, cpr [[241175 1457]]
""")

M("", """
Til Opkrævningen

Jeg har fået renovationsregning nr. 4401250073 for 2025, men vi har fået mindre
beholder fra 1. marts. Kan I regulere?

Forbrugernr. 0308991234. Adresse: Kildevældsvej 7.

Mvh. Henning Bak
""")

M("h", """
hej Merete

vi har fået besked om at vi skal sortere i 10 fraktioner. jeg har gigt i hænderne og
kan ikke åbne de nye beholdere. min mand har dårlig ryg efter en diskusoperation. kan
man få hjælp eller fritagelse?? vi er begge over 80

Edith
""")

M("", """
Til Teknik- og Miljøudvalget

Jeg synes, det er godt med den nye affaldssortering, men beholderne er for tunge for
mange ældre. Kan kommunen lave en ordning med hentning ved døren?

Hilsen Jytte Kramer, Ældrerådet
""")

M("e", """
Kære Susanne

Min daglejepris stiger 400 kr. om måneden fra januar. Jeg har søgt økonomisk friplads,
men jeg har ikke fået svar i tre måneder. Jeg er enlig mor og tjener 24.000 før skat.
Hvornår kommer der en afgørelse?

Venlig hilsen
Fie Sørensen, [[1203934562]]
""")

M("", """
Kære Børne- og Skoleudvalg

Hvorfor stiger taksten for dagpleje mere end for børnehave i 2026? Kan udvalget oplyse
beregningen? Jeg har ikke selv børn i dagpleje, men jeg sidder i forældrebestyrelsen.

Mvh. Rasmus Koch
""")

M("b", """
Kære borgmester

Jeg er medlem af Moderaterne og sidder i partiets lokale bestyrelse. Jeg har regnet på
kommunens budgetforslag og mener, at der kan findes 14 mio. på administrationen uden at
røre kernevelfærden. Jeg vil gerne præsentere regnestykket for dig. Hvornår har du tid?

Med venlig hilsen
Michael Stenberg
""")

M("bt", """
Til Økonomiudvalget

Jeg er jødisk og medlem af Mosaisk Trossamfund, og jeg betaler ikke kirkeskat. Men jeg
kan se, at kommunen bruger penge på kirkegården. Jeg synes, det er rimeligt nok, men kan
I oplyse, om der også gives tilskud til den jødiske begravelsesplads, hvor min familie
ligger?

Med venlig hilsen
Ruth Bamberger
""")

M("", """
Til Økonomiudvalget

Hvor meget betaler kommunen til kirkegårdsdrift i Ishøj og Torslunde, og hvordan er det
fordelt mellem kirkeskat og kommuneskat? Jeg er medlem af Ishøj Borgerforening og vil
bruge tallene i en debat.

Venlig hilsen
Kim Egholm
""")

M("u", """
Kære Helle Mørch

Jeg er sygeplejerske i hjemmesygeplejen og medlem af DSR. Vi har fået at vide, at
kommunen fra nyt år vil tage 30 kr. om dagen for frokost i kantinen, også for os der
ikke kan nå at spise der. DSR's kreds har rejst det, men jeg vil gerne have, at
politikerne også ved det.

Venlig hilsen
Lone Brix
""")

M("", """
Hej

Hvad koster madordningen til ældre i eget hjem pr. måltid i 2026? Og bliver den
reguleret, hvis kommunen skifter leverandør?

Mvh. Erik, pensionistforeningen
""")

M("he", """
Kære Social- og Sundhedsudvalg

Min mor Inger på 91 får madordning fra kommunen, og prisen stiger til 68 kr. pr. måltid.
Hun har Alzheimers og forstår ikke regningerne. Hun har kun folkepension og er ved at
bruge sin opsparing. Hun er nu i restance med 4.200 kr. Kan hun få nedsat prisen?

Venlig hilsen
Birgit Vesterby
Moderens cpr: [[160334-0616]]
""")

M("", """
Til Center for Borger, Økonomi og IT

Vedr. faktura 2910231123: Vi har betalt den 2. november, men har fået en rykker.
Ordrenr. 3011227781. Kan I tjekke jeres system?

Med venlig hilsen
Ishøj Malerfirma ApS, CVR 28 91 44 07, EAN 5798000123456
""")

M("s", """
hej Rikke

min kæreste Mathilde og jeg er flyttet sammen i hendes lejlighed. skal vi betale
renovation hver for sig eller som husstand? vi er to kvinder og hun siger kommunen
skriver til "hr. og fru" hele tiden. det er lidt irriterende

Julie
""")

M("", """
Til Opkrævningen

Hvorfor skriver jeres breve om ejendomsskat stadig "Hr. og fru" i indledningen? Det er
gammeldags. Kan I ændre skabelonen?

Venlig hilsen
Pia Bruun
""")

M("h", """
Kære Peter

Jeg har fået et stort vandforbrug på min regning: 182 m³ i stedet for 60. Jeg var
indlagt på psykiatrisk afdeling i fire måneder, og i den tid sprang et rør. Ingen var i
huset. Kan jeg få nedsat afledningsafgiften? Målernr. 19-2044187.

Med venlig hilsen
Anders Frederiksen
""")

M("", """
Til HOFOR/kommunen

Kan man få nedsat vandafledningsafgiften, hvis der har været brud på en ledning? Vores
grundejerforening har fået flere spørgsmål om det. Målernr. på fællesmåleren er
22-0098712.

Venlig hilsen
Formand, GF Strandhaven
""")

M("t", """
Hej Jannik

Jeg er fra Syrien og har boet i Ishøj i 8 år. Jeg har fået et brev om ejendomsskat, men
det er skrevet så svært at jeg ikke forstår det. Kan kommunen lave breve på arabisk
eller enklere dansk? Jeg er ikke den eneste med det problem.

Venlig hilsen
Ahmad Alhassan
""")

M("", """
Hej

Har kommunen tolkebistand på arabisk til borgere, der ikke forstår brevene om
ejendomsskat? Jeg arbejder som frivillig i lektiecaféen og får spørgsmålet tit.

Mvh. Karen
""")

M("ep", """
Kære Karina

Vores andelsbolig på Ishøj Strandvej er sat til salg, fordi vi skal skilles. Vi har en
interesseret køber, men hun spørger til de stigende fællesudgifter og kommunens planer
for fjernvarmetaksten. Vi kan ikke blive enige om prisen, og vi kan heller ikke betale
begge huslejen og det nye sted. Kan kommunen sige noget om varmeprisen de næste år?

Venlig hilsen
Maria Holt
""")

M("he", """
Til Borgerrådgiveren

Jeg har fået et brev om tilbagebetaling af 22.000 kr. i sygedagpenge, fordi jeg
angiveligt har arbejdet under sygemelding. Det er ikke rigtigt, jeg hjalp bare min
svoger en dag. Jeg har kræft i tyktarmen og er i behandling. Sagsbehandleren svarer
ikke. Hvad kan jeg gøre?

Med venlig hilsen
Jan Overgaard
[[071262-1999]]
""")

M("", """
Til Borgerrådgiveren

Jeg har en klage over, at kommunens breve om tilbagebetaling af ydelser ikke har en
klagevejledning. Det er generelt, jeg har ikke selv en sag.

Venlig hilsen
Dorte Nyholm
""")

M("b", """
Kære Ole

Jeg er humanist og medlem af Ateistisk Selskab, og jeg har meldt mig ud af folkekirken for
mange år siden. Alligevel får jeg breve fra kommunen, hvor kirkeskat står opført. Jeg
ved godt, den er 0, men kan man fjerne linjen helt for os der ikke er medlemmer?

Venlig hilsen
Troels Holme
""")

M("", """
Hej

Hvor mange i Ishøj er medlem af folkekirken, og hvor mange er meldt ud det seneste år?
Jeg skriver en opgave i religion.

Hilsen Amalie, 2.g
""")

M("u", """
Kære Jens

Jeg er medlem af Lederne og leder af en daginstitution i Ishøj. Vores budget er skåret
med 3 % igen. Jeg har været i dialog med Lederne om, hvordan jeg skal forholde mig, når
jeg bliver bedt om at afskedige. Jeg beder byrådet om at se på normeringerne.

Venlig hilsen
Pernille Vad
""")

M("", """
Kære Byråd

Vi er forældrebestyrelsen i Børnehuset Regnbuen. Vores budget er skåret 3 %, og vi har
mistet en pædagog. Vi beder om, at normeringen følger lovens minimum.

På bestyrelsens vegne
Signe
""")

M("ep", """
Hej

jeg har en grund i kolonihaveforeningen Strandhaven og vil gerne sælge min hytte. en
køber har budt 310.000 men foreningen siger kommunen skal godkende prisen pga
vurderingen. jeg skal bruge pengene fordi jeg er gået konkurs med min butik. hvornår
kan i godkende

Dennis, have 47, [[260887-1321]]
""")

M("", """
Til Kultur- og Fritidsudvalget

Hvad er reglerne for prisfastsættelse ved salg af kolonihavehuse på kommunens jord? Vi er
ved at opdatere foreningens vedtægter.

Med venlig hilsen
Bestyrelsen, HF Strandhaven
""")

M("e", """
Kære Susanne

Jeg vil bare sige tak. Jeg fik hjælp til at betale restancen på min husleje fra
Ydelsesservice i december, og jeg undgik at blive sat ud. Jeg er på kontanthjælp og
havde ikke klaret det uden. Det er ikke altid man skriver for at rose.

Mange hilsner
Hüseyin
""")

M("", """
Hej Susanne

Hvor mange borgere i Ishøj blev sat ud af deres bolig i 2024? Og hvor mange fik hjælp
til restance? Jeg er journalist på Vestegnens Avis.

Mvh. Louise Kragh
""")

M("", """
Til Økonomiudvalget

Vedr. CVR 41 22 87 15: vi har søgt om dispensation for dækningsafgift på vores
erhvervsejendom på Industrivej 42. Journalnr. 25-0031198. Hvornår kan vi forvente svar?

Med venlig hilsen
Ishøj Plast A/S
""")

M("eb", """
Kære Rikke

Jeg er muslim og vil ikke tage lån med renter. Derfor kan jeg ikke bruge kommunens
tilbud om lån til indskud i lejligheden. Jeg står uden bolig fra 1. marts. Findes der
en anden løsning? Jeg har været på kontanthjælp i et år.

Med venlig hilsen
Hassan Ibrahim
""")

M("", """
Til Center for Borger, Økonomi og IT

Kan man få rentefrit lån til indskud i Ishøj, og hvad er betingelserne? Jeg er
rådgiver i Ishøj Boligselskab og får spørgsmålet ofte fra nye lejere.

Venlig hilsen
Morten Aas
""")

M("h", """
Kære Merete

jeg er 36 uger henne og skal føde om en måned. vi har lige fået brev om at skraldet kun
bliver hentet hver 14. dag. med en nyfødt er det ikke nok. kan man betale sig fra ekstra
tømning?

Mia, Ishøj Landsby
""")
