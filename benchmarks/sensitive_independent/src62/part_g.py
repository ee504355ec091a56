"""Part G: forwarded mails, reply chains, dictated and mixed-language mails."""
from common import M

M("s", """
Hej Lone (byrådet)

Tak for dit svar. Jeg vil bare tilføje at min mand Rashid og jeg stadig ikke har fået svar om haveaffald. 

Hilsen Jonas

-----Oprindelig meddelelse-----
Fra: Lone Vestergaard
Sendt: 4. marts 2025 09:12
Emne: SV: haveaffald

Hej Jonas, jeg har sendt din mail videre til administrationen.
""")

M("p", """
Fwd: til kommunen

---------- Forwarded message ---------
From: Carlos Mendes
Date: tir. 11. feb.
Subject: hus

Hi, we have signed a purchase agreement for Ishøj Strandvej 77 with a 6-day cooling-off (fortrydelsesret). Before day 6 we need to know if the garage is legal. Can the kommune confirm?

----
Hej, jeg sender min kollegas mail videre, han skriver ikke dansk. /Bo
""")

M("st", """
Den 12. okt. skrev Borgerrådgiveren:
> Tak for din henvendelse. Vil du fortælle lidt mere?

ja ok. jeg er fra Iran og jeg er bøsse. på sprogskolen siger en anden elev at han vil "fortælle min familie". jeg er bange. læreren siger det er privat. jeg vil have et andet hold.
""")

M("b", """
Hi, English ok? My daughter Sofia (grade 2) will have her First Communion in May at the Catholic church in Vallensbæk. Can she have a day off school on Friday for the rehearsal? Thanks, Maria Lopez
""")

M("", """
Hej. Jeg har fået denne mail og forstår ikke om det er spam:

> Kære borger, din sag om "Parkeringslicens nr. 66120" er opdateret. Log ind på borger.dk.

Er det fra jer? Mvh Aida
""")

M("p", """
dette er dikteret: hej kommune vi har sat vores hus til salg med mægler og vi har en køber der vil give 2 komma 9 millioner men han vil have at kommunen siger hvad man må bygge på grunden for ham punktum tak venlig hilsen Irena og Boris
""")

M("u", """
Hi council member, I'm a member of 3F and work as a bus driver on line 128. Drivers have no toilet at the end stop in Ishøj Strand. We ask the kommune to help. Regards, Kofi
""")

M("s", """
SV: Svømmehal

Hej igen. Nej, det var ikke for mig men for min kone Hanne og mig, vi er et lesbisk par og vil gerne melde os på parsvømning om torsdagen. Er det kun for mand og kvinde? /Mia

> Hej Mia, er det for dig eller for dit barn?
> Venlig hilsen Svømmehallen
""")

M("t", """
Hej borgmester, min 10 årige søn har skrevet dette selv og bad mig sende det: "Jeg hedder Bilal jeg er fra Somalia. Drengene siger at jeg skal tilbage til mit land. Jeg er født i Hvidovre. Hvorfor siger de det." Hans mor
""")

M("b", """
Hej kommune. Jeg er imam i Ishøj Moské og vil gerne invitere borgmesteren til åbent hus i juni. Hvem skal jeg sende invitationen til? Med venlig hilsen Imam Abdelaziz
""")

M("", """
Fra: info@ishoj-vaskeri.dk
Til: hovedpostkassen

Hej. Vi er et vaskeri i Ishøj og vil gerne give tilbud til plejecentrene på tøjvask. Vores CVR er 29 87 14 52. Hvem er ansvarlig for indkøb? Mvh
""")

M("sb", """
Hi! My wife Anna and I (I'm Sara, yes two moms 😊) want to baptise our son in Ishøj Church. The priest said we need a paper about medmor. Where do we get it from the kommune? Thanks!!
""")

M("p", """
Hej igen, kort opfølgning på min mail fra i går. Køberen af vores andelslejlighed har nu 3 dage til at trække sig. Har I fundet ud af om altanen er godkendt? Det haster virkelig. Vh Sevda
""")

M("t", """
Hej, min nabo fru Zhang er kinesisk og taler ikke dansk. Hun har bedt mig skrive at hendes postkasse er ødelagt af nogen som skriver "kinesisk virus" på den. Kan kommunen gøre noget? Mvh Hanne (nabo)
""")

M("s", """
hey kommune!! jeg (Niklas) og min kæreste Jonas vil gerne bo sammen i en ungdomsbolig. må to drenge der er kærester bo i samme bolig eller skal det være to? tak 🌈
""")

M("b", """
Til: Torslunde Sogn
Cc: Ishøj Kommune, kirkegårdskontoret

Hej. Min mor var troende katolik og vi vil gerne begrave hende med en katolsk præst i Torslunde. Kan kommunens kirkegård det? Mvh Piotr
""")

M("", """
Hej, I skrev "Du skal indsende dokumentation inden 14 dage". Hvilken dokumentation? Brevet handler om min ansøgning om at låne hallen til min datters danseopvisning. Hilsen Khadra
""")

M("u", """
Dictated: Hello there I am member of the union F O A and I work at the care home Kærholm. Yesterday the elevator was broken whole day and we had to carry people down the stairs full stop. Who is responsible in the kommune question mark. Regards Gloria
""")

M("p", """
Hej byrådsmedlem. Jeg vil bare fortælle at vi har fået et bud på vores hus fra en investor, men han trækker det, hvis kommunen godkender de 200 nye boliger ved siden af. Kan du fortælle hvornår det bliver besluttet? Mvh Jannik
""")

M("st", """
-----Original Message-----
From: Kwabena Mensah
To: borgerraadgiver@ishoj.dk

Hello. I am Ghanaian and gay. My landlord in Ishøj found out and now he says he will not renew my contract. Where can I get help? The boligselskab is not helping.
""")

M("b", """
Hej jeg er sognepræst i Ishøj og vil spørge om vi kan få flere p-pladser ved kirken til søndag. Mange ældre kan ikke gå langt. Venlig hilsen Pastor Marianne Krogh
""")

M("", """
hej, jeg er en ny borger og vil gerne vide: er der en kirke, moské og synagoge i nærheden? bare for info. og hvor er nærmeste læge
""")

M("s", """
Hej Center for Børn og Forebyggelse

Vi er en regnbuefamilie med to fædre og to børn. I jeres nye skema til SFO-tilmelding skal man skrive "mor" og "far". Vi kan ikke udfylde det rigtigt. Kan I ændre det?

Venlig hilsen
Michael og Reza
""")

M("t", """
Hej, jeg er romani og min familie har boet i Ishøj i 30 år. Min søn fik at vide i klubben at "sigøjnere" ikke må komme ind. Det er diskrimination. Hilsen Dragan
""")

M("pu", """
Hej, hurtigt spørgsmål fra en 3F'er. Min kone og jeg sælger vores rækkehus fordi jeg har fået arbejde i Esbjerg. Køber vil have overtagelse 1. juli. Kan vi få hjælp til flytning af skolebørn til ny kommune? Vh Rune
""")

M("sb", """
Kære borgmester

Jeg er muslim og bøsse og jeg vil sige tak fordi kommunen hejste regnbueflaget i år. Det betyder meget for nogen som mig.

Venlig hilsen
Samir
""")

M("", """
Hej. Jeg skal bruge et kort over stier i Ishøj Strandpark til min løbeklub. Har I en PDF? Tak
""")

M("p", """
SV: SV: udstykning

Hej, vi har nu underskrevet betinget købsaftale på grunden. Betingelsen er at vi får byggetilladelse. Hvornår kan vi forvente svar?

Den 3. sep. skrev Byggesag Ishøj:
> Vi kan først behandle sagen, når I har fremsendt tegninger.
""")

M("b", """
Hej! Vi er Jehovas Vidner og vil gerne stå med en stand ved Ishøj Bycenter. Skal vi have tilladelse fra kommunen? Vh Ruth og Emmanuel
""")

M("s", """
hej jeg er kvinde og jeg bor med min kæreste Line. vi har fået et barn og jeg skal være medmor. hvordan registrerer jeg det?
""")

M("ut", """
Hej, jeg skriver for min far som ikke kan dansk. Han er kurder fra Tyrkiet og har været i 3F i 25 år. Nu har han fået et brev om "vejbidrag" og forstår ikke et ord. Skal han betale? Hilsen Berfin
""")

M("", """
Videresendt besked:
"Husk at din bil skal synes" – er dette fra kommunen? Der står at betale til konto 9570 0001234567. Mvh
""")

M("s", """
Hej Borgerrådgiver. Vi er to mænd som gerne vil adoptere. Kommunen siger vi skal på kursus, men det er fuldt til næste år. Kan vi komme på et andet kursus? Vh Lars og Emil
""")

M("p", """
Hej. Jeg er ejendomsmægler og skriver for min kunde fru Petersen, Kirkebakken 3. Hun har en køber til huset, og handlen afventer kun kommunens svar om skel. Sag 25/01234. Kan det gå hurtigere? Mvh Malene, Home Ishøj
""")

M("bt", """
salam alaikum jeg er afghansk og jeg faster ramadan. på mit arbejde i kantine skal jeg smage maden men jeg kan ikke. min chef er sur. hvad siger loven?
""")

M("s", """
hi there, I'm Mateo and I live in Ishøj with my husband Javier. We want to volunteer as a host family for the kommune's summer camp for kids. Can same-sex couples apply? Best!
""")

M("", """
Den 2. jan. skrev Borgerservice:
> Din ansøgning om nyt sundhedskort er modtaget.

ok men hvornår kommer det? det er nu 5 uger. tak
""")

M("u", """
Hej, jeg er tillidsrepræsentant for chaufførerne på Ishøj Renovation. Skraldebilerne kan ikke komme ind på Vejlebrovej pga parkering. Kan kommunen lave forbud? Mvh, Kenneth (TR)
""")

M("s", """
Goddag. Min søn er gift med en mand, Daniel. De skal flytte til Ishøj og vil have min hjælp til at finde en børnehave til deres datter. Hvordan får de plads? Hilsen Margit
""")

M("", """
Hej, hvordan kan jeg tilmelde mig nyhedsbrev fra Ishøj Kommune på engelsk? Thanks
""")
