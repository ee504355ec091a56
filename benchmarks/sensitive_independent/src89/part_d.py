"""corpus89 part D: work permits, discrimination at work, union help for migrant
workers (Polish, Filipino, Romanian, Lithuanian and others); unions in general, job
fairs and union staff as negatives."""
from common import M

M("tu", """
Dzień dobry / Goddag

Jeg er polsk murer og arbejder på byggepladsen ved Ishøj Strand. Vi får 95 kr i timen,
men de danske kolleger får 190. Jeg har meldt mig ind i 3F i sidste uge. Kan kommunen
kræve at firmaet følger overenskomsten, når det er kommunens byggeri?

Piotr Zieliński
""")

M("", """
Til Beskæftigelsesudvalget

Hvilke fagforeninger deltager i jobmessen for nye borgere i Ishøj Hallen den 14.
januar? Jeg vil gerne vide, om der kommer nogen der taler polsk eller rumænsk.

Mvh
Lise Bang
""")

M("ut", """
Hello,

I'm a Filipino nurse working at Ishøj Plejecenter through an agency. I am a member of
DSR since March. My employer keeps my passport "for safety". Is that legal in Denmark?
Who in the municipality is responsible for the agency contract?

Thank you,
Marilou Reyes
""")

M("", """
Hej

Hvor lang tid tager det at få en arbejdstilladelse gennem beløbsordningen? Vi er et
mindre firma i Ishøj der vil ansætte en ingeniør fra Indien.

Venlig hilsen
Kasper Lund, direktør, Lund Automation ApS
""")

M("tu", """
Kære borgerrådgiver

Jeg arbejder i kommunens køkken på Vejleå Plejecenter. Min leder siger hele tiden
"din lille rumæner" til mig foran de andre og giver mig de dårligste vagter. Jeg er
medlem af FOA, og min tillidsrepræsentant siger jeg skal skrive til dig.

Med venlig hilsen
Ioana Popescu
""")

M("u", """
Hej

Jeg er TR for 3F på Ishøj Havn og har flere kolleger fra Litauen der ikke har fået
feriepenge. De vil ikke selv skrive af frygt for at blive fyret. Kan kommunen hjælpe
med at oversætte et brev om deres rettigheder?

Mvh
Bjarne Holm, tillidsrepræsentant
""")

M("", """
Til Erhvervsservice

Hvor kan vi som virksomhed læse om reglerne for at ansætte flygtninge i løntilskud?

Venlig hilsen
Butik Anemone, Ishøj Bycenter
""")

M("ue", """
Til byrådsmedlem Mette Kjær

Jeg har arbejdet som chauffør for et vognmandsfirma i Ishøj i 6 år.
Jeg blev fyret i oktober. De sagde "arbejdsmangel", men
jeg tror det er fordi jeg meldte mig ind i 3F. Nu har jeg ingen penge og er på
dagpenge fra a-kassen. Kan kommunen gøre noget? Firmaet kører for kommunen.

Marek Nowak
cpr: [[070381-1457]]
""")

M("", """
Hej 3F Ishøj-afdelingen... undskyld, jeg ved godt det er kommunen jeg skriver til. Hvor
ligger 3F's kontor i Vestegnen? Adressen på nettet virker gammel.

Hilsen Stanisław
""")

M("t", """
Hi,

I am from Ukraine, work permit holder, working at a greenhouse in Vallensbæk but living
in Ishøj. My landlord wants to raise rent by 40% in January. Is there a tenant board
in Ishøj I can contact?

Thanks,
Andrii
""")

M("bu", """
Kære Mette (formand for Beskæftigelsesudvalget)

Jeg arbejder på rengøringsholdet på rådhuset. Jeg beder fem gange om dagen og har
spurgt om jeg må bruge kopirummet i 5 minutter ved middagsbøn. Min leder siger nej.
Jeg er medlem af 3F og min TR siger det er op til ledelsen. Hvad mener I?

Med venlig hilsen
Abdikarim
""")

M("", """
Til Ishøj Kommune

Vi er Fagligt Fælles Forbund, Vestegnen. Vi vil gerne invitere jeres integrationsteam
til et informationsmøde om arbejdstagerrettigheder for nyankomne den 12. februar.

Med venlig hilsen
Lene Kjær, organiseringskonsulent, 3F Vestegnen
""")

M("te", """
Til Center for Beskæftigelse og Erhverv

Jeg er eritreer og har arbejdet i løntilskud i kommunens parkafdeling i 8 måneder.
Min makker kalder mig "neger" og chefen griner med. Jeg tør ikke sige noget, for jeg
er bange for at miste løntilskuddet.

Med venlig hilsen
Efrem Ghebre
""")

M("", """
Hej

Hvad er forskellen på en arbejdstilladelse og en opholdstilladelse? Min nabo spurgte
mig, og jeg kunne ikke svare. Jeg går ud fra det står på nettet et sted, men hvor?

Vh Gert
""")

M("u", """
Hej Ishøj Kommune

Jeg er medlem af HK og arbejder i en butik i Bycentret. Jeg har hørt at der er en
kommunal ordning med gratis danskundervisning for ansatte i detailhandlen. Passer
det?

Hilsen
Victoria
""")

M("tue", """
Dear Mayor,

We are five workers from Lithuania who built the new school extension at Ishøj Skole
for a subcontractor. We have not been paid for September and October. We are members
of BAT-Kartellet through 3F now and they are helping us, but we have no money for rent.
Can the municipality withhold payment from the main contractor?

Respectfully,
Tomas, Darius, Mindaugas, Lukas and Rimas
""")

M("", """
Hej

Jeg vil gerne høre hvilke regler der gælder for sæsonarbejdere fra EU i
landbruget. Har kommunen en rolle i kontrol af boliger til dem?

Venlig hilsen
Journalist Maja Thorup, Folkebladet
""")

M("uh", """
Hej Claus (byrådet)

Du kender mig fra fodboldklubben. Jeg arbejder som sosu-hjælper i
hjemmeplejen. Jeg er medlem af FOA. Efter min ryg-operation i sommer har jeg været
sygemeldt, og nu vil min leder have mig til samtale om "fremtiden". Jeg er bange for at
blive fyret. Hvad kan jeg gøre?

Joy Villanueva
""")

M("", """
Til Jobcentret

Kan I oplyse hvor mange med udenlandsk baggrund der kom i ordinært job via jer i
2025? Det er til en artikel.

Med venlig hilsen
Ali Hassan, redaktør, Ishøj Avis
""")

M("tu", """
Kære borgerrådgiver

Jeg skriver anonymt. Jeg er TR i FOA på et af kommunens plejecentre. En af mine kolleger,
en sort kvinde fra Nigeria, har fået at vide af en beboers pårørende at "hun skal gå
hjem til junglen". Ledelsen har ikke reageret. Hun vil ikke selv klage. Kan du tage sagen
op uden at hun bliver nævnt?

En TR
""")

M("e", """
Hej

Jeg har fået afslag på at forlænge min arbejdstilladelse, og mit arbejde stopper den
31. december. Jeg har en lejlighed jeg ikke kan betale fra januar. Kan jeg søge om
hjælp til husleje, mens jeg klager?

Mvh
Rajesh K.
""")

M("u", """
Til Center for Beskæftigelse og Erhverv

Som tillidsrepræsentant for Dansk Metal på Ishøj Stålindustri skriver jeg om vores
mange kolleger fra Polen og Rumænien, som gerne vil have danskundervisning om aftenen
i Ishøj. Kan sprogcentret lave et hold her?

Med venlig hilsen
Henning Aagaard
""")

M("", """
Hej

Min mand arbejder som håndværker i Norge halvdelen af året. Skal han betale skat i
Ishøj? Det står ikke klart på jeres hjemmeside.

Mvh
Camilla Berg
""")

M("b", """
Til byrådet

Jeg hedder Samir. Jeg er praktiserende muslim. Jeg søgte job som buschauffør
og fik at vide til samtalen, at jeg ikke kunne få mit skæg godkendt i uniformen. Jeg har
søgt mange job. Er det ikke diskrimination?

Samir El Idrissi
""")

M("", """
Til Ishøj Kommune

Hvordan kan en forening søge om tilskud til et projekt om rettigheder for
migrantarbejdere? Er der en pulje?

Venlig hilsen
Foreningen Arbejdsmigranter i Danmark, v. formand
""")

M("tue", """
Hej

Min far Jan er polsk og har kørt lastbil i Danmark i 20 år. Han har været medlem af
3F siden 2009 og har nu fået at vide, at hans a-kasse ikke vil godkende hans
efterløn, fordi han har arbejdet i Polen i nogle af årene. Hvor kan han få hjælp på
polsk?

Natalia Kaczmarek
""")

M("ue", """
Hej Beskæftigelsesudvalget

Jeg er sosu-elev
og medlem af FOA og har fået at vide jeg er dumpet i praktikken fordi mit dansk er "for dårligt".
Nu mister jeg min elevløn og har intet at leve af. Jeg har boet her i 7 år.

Reem
""")

M("", """
Hej

Vores kantine vil gerne holde en international frokost, hvor medarbejdere laver mad
fra deres hjemland. Må man det på en kommunal arbejdsplads med fødevareregler osv.?

Venlig hilsen
Kantinen, Ishøj Rådhus
""")

M("u", """
Kære borgmester

Jeg er tidligere medlem af Krifa og nu i Det Faglige Hus. Jeg vil bare sige tak for at
kommunen har ansat mange flygtninge i parkafdelingen. Det giver et godt arbejdsmiljø.

Bedste hilsner
Lars Winther
""")

M("th", """
Til Arbejdsmiljø / personaleafdelingen

Jeg er af pakistansk oprindelse og arbejder på rådhuset. Efter en kollega sagde "I
pakistanere lugter af karry" på personalemødet, er jeg gået ned med stress og har været
sygemeldt i tre uger. Hvem kan jeg tale med?

Mvh
Nabila Chaudhry
""")

M("tu", """
Subject: help - no salary

Hello, I am from Romania and work for a cleaning company that cleans Ishøj Rådhus at
night. I have not had salary for 2 months. My friend said I should join a union, so I
joined 3F yesterday. They say they can only help from now. What can the municipality do?

Elena Dumitru
personal number [[180294\u00a02468]]
""")

M("eu", """
Til Jobcentret

Jeg er blevet opsagt fra min stilling som lagerarbejder og skal melde mig ledig. Jeg er
medlem af 3F's a-kasse. Skal jeg både melde mig hos jer og hos dem? Mit arbejdsvisum
gælder til 2028.

Venlig hilsen
Kwame Asante
Cpr [[121188-3101]]
""")

M("t", """
Kære formand for Økonomiudvalget

Jeg driver en lille frisørsalon på Ishøj Torv. Jeg er kurder fra Tyrkiet og har haft
salonen i 11 år. Nu vil udlejeren ikke forny lejekontrakten, og han sagde "vi vil have
danske butikker her". Er der noget kommunen kan gøre?

Venlig hilsen
Serkan Demir
""")

M("", """
Hello, I got a letter from SIRI with case number 2026-112-877431 about my work permit
renewal. Do I need to inform the municipality too when it is approved?

Kind regards,
Vikram Nair
""")

M("u", """
Hej

Jeg vil bare høre, om kommunens ansatte kan få fri med løn til fagforeningskursus. Jeg
er ny TR for HK i Borgerservice og skal på grunduddannelse i marts.

Vh
Mette Pedersen
""")

M("t", """
Kære byrådsmedlem

Jeg er grønlænder og arbejder på et lager i Ishøj. Kollegerne kalder mig "eskimoen" og
spørger om jeg har drukket. Jeg drikker ikke. Jeg vil bare have fred.

Hilsen Aviaja
""")

M("u", """
Hej

Jeg er lige blevet TR for 3F på byggepladsen ved Ishøj Skole. Kan jeg få en liste over,
hvilke underentreprenører kommunen har godkendt, så jeg kan tjekke arbejdsklausulerne?

Mvh
Jesper Lind, tillidsrepræsentant
""")

M("uh", """
Kære borgerrådgiver

Jeg er medlem af 3F og faldt ned fra et stillads på kommunens byggeplads i august. Jeg
brækkede hoften og er stadig sygemeldt. Firmaet har ikke anmeldt arbejdsskaden. Kan
kommunen kræve det?

Mvh
Dariusz
Cpr [[141283-1907]]
""")

M("u", """
Subject: Union for au pairs?

Hi, I have been a member of FOA for one month now. Do they cover au pairs too, or
should I ask someone else about my working hours? My host family wants me to work
45 hours.

Thanks
Grace
""")

M("ub", """
Til Beskæftigelsesudvalget

Jeg er TR for BUPL i Troldehøj og medlem af Radikale Venstre. Vi har mange nye børn, der
ikke taler dansk endnu. Vi har brug for sprogpædagoger. Kan udvalget se på det?

Mvh
Susanne Møller
""")

M("up", """
Hej

Jeg er medlem af Lederne og har fået nyt job i Jylland. Vi har solgt... nej, vi har fået et
bud på huset i Ishøj, og handlen er ikke på plads endnu. Skal vi gøre noget i forhold til
kommunen, før vi flytter?

Mvh
Steen Holm
""")

M("u", """
Hej

Jeg er tidligere medlem af DSR, men nu i Krifa. Kan kommunen fortælle mig, hvilken
overenskomst plejecentrenes vikarer ansættes efter?

Mvh
Birgit
""")
