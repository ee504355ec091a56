"""corpus87 part C: plejebolig waiting lists, demens and a spouse after a stroke;
same-sex spouses and origin in care homes; general care-home questions as negatives."""
from common import M

M("eh", """
Kære borgerrådgiver

Min mand Poul har vaskulær demens og har stået på venteliste til plejebolig siden
maj. Han er blevet aggressiv om natten, og jeg har ikke sovet ordentligt i månedsvis.
Jeg er 81 selv. Hvor længe skal vi vente?

Venlig hilsen
Else Petersen
""")

M("", """
Til Center for Voksne og Velfærd

Hvor lang er ventetiden på en plejebolig i Ishøj i gennemsnit, og kan man ønske et
bestemt plejecenter? Jeg spørger til en artikel i Lokalavisen.

Venlig hilsen
Rikke Lauesen, journalist
""")

M("ehs", """
Kære Social- og Sundhedsudvalg

Min mand gennem 34 år, Torben, fik en stor blodprop i foråret og bor nu på
plejecentret. Jeg har søgt om at flytte ind hos ham som ægtefælle, men har fået at
vide at der ikke er plads til to. Vi har levet sammen siden 1991 og blev gift så snart
loven tillod det. Jeg beder jer om at se på reglerne for ægtepar.

Med venlig hilsen
Jens Aagaard
""")

M("eh", """
Til visitationen

Ansøgning om plejebolig til min mor

Min mor Karen Margrethe Holm, [[250730-0146]], har Alzheimers i fremskreden grad.
Hun kan ikke længere finde vej i sin egen lejlighed og har forsøgt at tænde komfuret
om natten. Hjemmeplejen kommer 5 gange i døgnet, men det er ikke nok. Vi søger om
plejebolig hurtigst muligt.

Med venlig hilsen
Bente Holm, datter
Fuldmagt vedlagt
""")

M("", """
Hi,

Do the care homes in Ishøj have fixed visiting hours, or can relatives come whenever
they like? We are thinking ahead about where my grandmother might live one day.

Thanks, Nanna
""")

M("eht", """
Til Plejecenter Kærbo

Min far Mehmet er tyrkisk og taler næsten ikke dansk længere efter sin demens har
taget sproget. Personalet forstår ham ikke når han har ondt. Kan I finde en medarbejder
der taler tyrkisk, eller bruge tolk ved lægebesøg?

Venlig hilsen
Aylin Demir
""")

M("h", """
hej

min kone fik en blodprop for tre uger siden og kan nu ikke tale ordentligt. hun skal
hjem fra genoptræningen på fredag. hvem skal jeg snakke med om at få hjælp hjemme?
jeg er helt på bar bund

Bjarne
""")

M("e", """
Til hovedpostkassen

Min mormor har fået tilbudt en plejebolig på Solgården, men hun vil hellere blive på
ventelisten til Kærbo, hvor hendes veninde bor. Mister hun så sin plads på listen hvis
hun siger nej?

Vh Camilla
""")

M("ehs", """
Dear Councillor Hansen,

My wife Helen and I moved to Ishøj in 2019. Helen has early-onset dementia and now
needs a place in a care home. We were married in Copenhagen in 2013, but the staff at
the visitation meeting kept calling me her "friend". It has upset us both. I would
appreciate your help in making sure the staff are trained.

Sincerely,
Margaret (Maggie) Dunne
""")

M("he", """
Kære Hjemmeplejen

Jeg skriver på vegne af min mand Svend, som har haft en apopleksi og er lammet i
højre side. Vi har fået afslag på aflastning i weekenden. Jeg er 76 og har selv dårlig
ryg. Jeg kan ikke løfte ham alene. Hvordan klager jeg?

Venlig hilsen
Eva Kragh
""")

M("", """
Hej

Jeg vil gerne vide om man kan have sin kat med når man flytter i plejebolig i Ishøj.
Det er et spørgsmål til fremtiden for mig og min mand.

Mvh Ruth
""")

M("eh", """
Kære Tina (byrådsmedlem)

Min far har Lewy body demens og har hallucinationer om natten. Han er på venteliste
til en demensplads, men der er gået 5 måneder. Vi børn skiftes til at sove hos ham. Jeg
har selv været sygemeldt med stress i to uger pga. det. Hvad kan du gøre?

Med venlig hilsen
Sanne Ravn
""")

M("", """
Til Center for Voksne og Velfærd

Hvilke aktiviteter har I for beboere med demens på plejecentrene? Vi er en
musikterapeutforening der gerne vil tilbyde koncerter.

Venlig hilsen
Anders Lyng
""")

M("ehs", """
Hej Visitationen

Jeg og min kone Inge har været sammen i 45 år, selv om vi først fik lov at blive gift
for nylig. Inge har fået plejebolig på Kærbo, og jeg er 84 og klarer mig i vores
lejlighed. Vi vil gerne vide om jeg kan få en ægtefællebolig ved siden af hende.

Venlig hilsen
Gerda Lund
""")

M("u", """
Emne: Demenscaféen

Hej, er demenscaféen på biblioteket kun for pårørende, eller kan man også komme bare
fordi man er interesseret? Jeg er pensioneret sygeplejerske og stadig med i DSR's
seniorklub, og vi vil gerne komme et par stykker.

Hilsen Birte
""")

M("eh", """
Til borgerrådgiveren

Jeg er meget utilfreds med plejecentret Solgården hvor min mor Anna Frost bor. Hun
har fået tryksår på hælen fordi ingen har vendt hende. Sygeplejersken siger der
mangler folk. Vi har taget billeder. Jeg vil have en undersøgelse af sagen.

Hilsen
Lone Frost
cpr mor: [[0210281032]]
""")

M("h", """
Til Ishøj Kommune

Min mand Jørn har fået konstateret frontotemporal demens, 62 år. Han er stadig ansat,
men kan ikke klare sit arbejde. Hans arbejdsgiver spørger om kommunen kan hjælpe
med en § 56-aftale eller hvad vi skal gøre. Hvem skal vi kontakte?

Venlig hilsen
Lise
""")

M("", """
Til hovedpostkassen

Jeg har et forslag: Plejecentrene burde have flere blomster og grønt udenfor. Min
nabo bor på Kærbo, og hun siger altid at haven er trist. Måske kunne frivillige hjælpe.

Mvh Karl
""")

M("eh", """
Kære borgmester

Jeg skriver i fortvivlelse. Min kone Birthe fik en hjerneblødning 2. juni og har været
på Hvidovre og på genoptræning siden. Nu vil kommunen sende hende hjem, men hun kan
ikke gå, og vi bor på 3. sal uden elevator. Vi står på listen til en ældrebolig i
stueetagen. Hvem tager ansvaret, hvis hun falder på trappen?

Med venlig hilsen
Otto Frandsen
[[061043-1109]]
""")

M("eht", """
Hej

Min farmor er fra Pakistan og taler kun punjabi. Hun bor på plejecentret, og hun spiser
næsten ingenting, fordi maden er mærkelig for hende. Hun har sukkersyge og taber sig.
Kan familien tage mad med til hende?

Mvh Imran
""")

M("", """
Hej

Vi er et kor fra Ishøj Kirke der gerne vil synge på plejecentrene op til jul. Hvem
skal vi aftale med?

Venlig hilsen
Korets leder, Grete
""")

M("e", """
Til Visitationen

Jeg har fået brev om at min far Peder er visiteret til plejebolig. Der står at vi får
tilbudt en bolig inden for 2 måneder. Kan I sige noget om hvilket center det bliver?

Venlig hilsen
Henrik Due
sagsnr. 27.24.00-G01-8811-26
""")

M("hs", """
Kære hjemmesygeplejerske

Tak for hjælpen med Michaels sår i går. Jeg har ringet til hans læge, som siger han
skal have en ny antibiotikakur. Jeg er hjemme hele ugen, så I behøver ikke ringe til
hans søster længere, jeg er jo hans mand og nærmeste pårørende.

Venlig hilsen
Kristian
""")

M("eh", """
Til Center for Voksne og Velfærd

Vedr. aflastningsophold

Min far Egon har Parkinsons og demens. Min mor passer ham hjemme, men hun skal
opereres for grå stær i februar. Vi søger derfor om et aflastningsophold for ham i
to uger.

Venlig hilsen
Thomas Egholm
""")

M("", """
Kære udvalgsformand

Jeg er pårørenderepræsentant på Solgården. Vi ønsker en drøftelse i udvalget af
normeringen om natten, som vi mener er for lav for hele centret.

Med venlig hilsen
Vivi Sandberg
""")

M("eh", """
hi
My grandma has a blood clot in her leg and is in Glostrup hospital. She lives in a care
home flat and goes back on Thursday. Could you make sure her bed is lowered? The doctor
says she must not fall.
thanks, Sara
""")

M("", """
Emne: Spørgsmål om huslejen i plejeboliger

Hvordan beregnes huslejen i de nye plejeboliger, og er der indskud? Jeg spørger på
vegne af beboerrådet i en boligafdeling, vi laver et nyhedsbrev.

Mvh Hanne Kirk
""")

M("ehb", """
Til Plejecenter Solgården

Min mor, Maria Kowalska, bor hos jer på stue 12. Hun er katolik og har gået i kirke
hele sit liv. Nu kan hun ikke selv komme af sted efter sin blodprop. Kan I hjælpe med
at få en katolsk præst ud til hende, så hun kan modtage nadveren?

Med venlig hilsen
Jan Kowalski
""")

M("e", """
Hej

Min morfar bor på Kærbo. Hans tøj forsvinder hele tiden i vaskeriet. Nu mangler han 3
skjorter og sine gode bukser. Kan I kigge efter dem? Der står HK i nakken på alle.

Mvh Frederik
""")

M("", """
Til Ishøj Kommune

HK i nakken betyder bare Hans Kjær, ikke noget andet :) Jeg glemte at skrive at
bukserne er grå. Tak fordi I leder.

Frederik
""")

M("eh", """
Til borgerrådgiveren

Min søster Jette er 58 og har Huntingtons sygdom. Hun bor på et bosted, men kan ikke
længere gå, og bostedet siger de ikke kan passe hende. Hun skal have en plejebolig, men
kommunen siger hun er for ung til de almindelige plejecentre. Hvad gør vi?

Venlig hilsen
Pia Rask
""")

M("", """
Hej,

I write on behalf of my family. My uncle lived in Ishøj and died last month. Where should his
family send the key to his rented flat? The housing association has not answered.

Regards,
Lars Ek
""")

M("hs", """
Til Center for Voksne og Velfærd

Min mand Kenneth og jeg har boet i Ishøj i 20 år. Han fik konstateret Alzheimers for
et år siden og begynder at gå vild. Jeg vil gerne høre om kommunen har et
pårørendekursus, jeg kan tilmelde mig.

Venlig hilsen
Peter Kofoed
""")

M("", """
Hej,

Jeg har læst at Ishøj har en demenskoordinator. Hvad er telefontiden? Jeg vil gerne
kunne give nummeret videre i pensionistforeningen.

Mvh Lis
""")

M("eh", """
Til Visitationen

Min far Ib Kjeldgaard ([[140437\u00a02611]]) har været på sygehuset med et hjerteanfald
og er blevet svagere. Han er visiteret til et midlertidigt ophold på
Rehabiliteringscentret. Vi er ikke blevet informeret om hvornår han skal hjem eller
hvad der skal ske.

Med venlig hilsen
Michael Kjeldgaard
[[220769 3095]]
""")

M("eht", """
Til plejecentret

Min mor er polsk og har aldrig lært ordentligt dansk. Efter sin demens taler hun nu kun
polsk. Hun har fået plads hos jer fra 1. marts. Kan I bruge en tolk de første uger, så
personalet kan forstå hende?

Med venlig hilsen
Agnieszka Nowak
""")

M("he", """
Kære Ishøj Kommune

Min svigerfar har haft et slagtilfælde og er nu afhængig af iltapparat. Han bor alene i
et hus i Torslunde. Vi har søgt om hjemmepleje til ham og venter på visitationsbesøget.
Kan I skynde lidt på?

Venlig hilsen
Nikolaj Storm
""")

M("e", """
Hej Kærbo

Jeg er ny pårørende. Min moster flyttede ind i sidste uge. Hvad er jeres telefontid for
pårørende, og hvem er hendes kontaktperson?

Hilsen Marlene
""")

M("sb", """
Kære Plejecenter Kærbo

Min mand Aksel og jeg, Vagn, vil gerne holde vores 10-års bryllupsdag i jeres café, når
jeg er på besøg hos min søster, der bor hos jer. Vi er begge med i Ishøj Kirkes
herrekor, og koret vil gerne synge. Må vi det?

Venlig hilsen
Vagn Sønderby
""")

M("pt", """
Hej

Min farfar er fra Kroatien og vil gerne sælge sit hus i Ishøj, før han flytter hjem. Han
har fået et bud, men køberen vil have oplysninger om affaldsordningen. Hvem kan svare?

Mvh Luka Babić
""")

M("tbs", """
Dear Councillor,

I'm a Ghanaian-born retired pastor, 74, and I live in Ishøj with my husband, Ole. We
would like to volunteer as visitors at your care homes. I can also lead short prayers
for those residents who wish it.

Blessings,
Rev. Emmanuel Owusu
""")

M("", """
Hello,

Our choir from Malmö is touring Zealand in May and would love to sing at a care home
in Ishøj. Who should we contact to arrange a short concert for the residents?

Best regards,
Karin Ek, choir leader
""")

M("", """
Hi,

I'd like to book the activity centre's meeting room for our book club on 4 February
from 14 to 16. Booking ref. from last time: 0412-2611.

Regards, Susan
""")
