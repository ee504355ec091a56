"""Part B: school transfers, daycare, SFO, school transport and Center for Børn og
Forebyggelse, with one sensitive clause in a practical mail; hard negatives."""
from common import M

M("h", """
Til Center for Børn og Forebyggelse / skoleafdelingen

Jeg vil gerne søge om skoleskift for min søn Oliver, 3.b på Vibeholmskolen, til Ishøj Skole fra 1. februar.

Baggrunden er praktisk: vi flytter fra Vibeholm til Ishøj Landsby efter jul, og Oliver vil kunne gå i skole alene, hvis han går på Ishøj Skole. Han har fået diagnosen ADHD i efteråret og er netop startet på medicin, så vi vil gerne have skiftet til at ske i god tid og med en ordentlig overlevering mellem lærerne.

Oliver cpr: [[150617-4023]]

Venlig hilsen
Sidsel Gram
""")

M("", """
Til skoleafdelingen

Hvordan søger man om skoleskift midt i et skoleår? Vi flytter inden for kommunen efter jul og vil gerne vide, om der er plads i 3. klasse på Ishøj Skole, og hvad fristen er.

Venlig hilsen
Mads Gry
""")

M("e", """
Hej

Jeg har et spørgsmål om fripladstilskud til SFO. Min datter Freja starter i 0. klasse på Strandgårdskolen til august, og jeg har søgt friplads for vuggestuen tidligere. Skal jeg søge på ny, eller overføres det automatisk?

Jeg tjener stadig under grænsen, jeg er på SU og alene med hende.

Mvh
Camilla Bruun
""")

M("", """
Hej

Hvad er indkomstgrænsen for at få fuld friplads i SFO i 2027? Og tæller SU med som indkomst? Jeg spørger for en veninde, der ikke selv kan finde det på borger.dk.

Mvh
Line
""")

M("t", """
Kære Strandgårdskolen / skolechefen

Vi har fået at vide, at vores søn Yusuf ikke kan få plads i modtageklassen, fordi han "taler for godt dansk". Det er vi glade for at høre. Men han er ikke vurderet af en lærer, kun af en sekretær i telefonen.

Vi er syriske og kom til Danmark i 2019, og Yusuf har gået i en dansk børnehave i Ringsted i tre år. Han har brug for støtte i fagsproget, især i matematik. Kan han få en faglig vurdering og evt. dansk som andetsprog-timer?

Med venlig hilsen
Hiba og Khaled Al-Hassan
""")

M("", """
Kære skolechef

Hvor mange elever går i modtageklasser i Ishøj Kommune i dette skoleår? Jeg læser til lærer og skriver opgave om dansk som andetsprog i Vestegnskommunerne.

Venlig hilsen
Sofie Brandt, stud.pæd.
""")

M("s", """
Hej Birgit

Tak for et godt forældremøde i børnehaven i torsdags. Jeg glemte at spørge om to praktiske ting:

- Hvornår er der lukkedag i uge 42?
- Kan I skrive både Morten og mig på intra som kontaktpersoner for Villads? Lige nu står kun jeg på, og det er Morten, der henter om tirsdagen. Vi er to fædre, så I skal ikke lede efter en mor på listen :)

Hilsen
Jakob
""")

M("", """
Hej Birgit

Tak for forældremødet. Hvornår er lukkedagen i uge 42, og kan man tilføje en ekstra kontaktperson på Aula? Min mor henter Villads om tirsdagen fremover.

Hilsen
Katrine
""")

M("e", """
Til Familieafdelingen

Jeg skriver om kørsel til skolen for min datter Mia, som går på Kirkebjerg Skole, men er anbragt hos en plejefamilie i Torslunde siden sommerferien.

Plejemor kan ikke køre hende om morgenen, fordi hun selv møder kl. 7. Jeg har spurgt sagsbehandleren om der kan bevilges taxa, men har ikke hørt noget i tre uger. Jeg vil gerne bare have et svar, så Mia ikke skal skifte skole oveni alt det andet.

Venlig hilsen
Pernille Ravn
""")

M("", """
Til skoleafdelingen

Hvilke regler gælder for gratis skolekørsel? Vores søn skal gå på Kirkebjerg Skole, og afstanden er 2,9 km. Grænsen er vel 2,5 km for de små klasser?

Mvh
Henrik og Sara Bøgh
""")

M("h", """
hej

oskar i 2.a kommer ikke i skole resten af ugen, han har fået skoldkopper og lægen siger han smitter til der er skorper på det hele. kan I sende ugeplanen så han kan lave lidt derhjemme

og btw, kan vi få svar på om hans klasse skal med på lejrskolen i maj, der står ikke noget på aula

hilsen mor (Trine Ahl)
""")

M("", """
hej

der går skoldkopper i 2.a har jeg hørt fra nogle andre forældre, er det rigtigt? vi har en nyfødt derhjemme så vil bare gerne vide det hvis der er smitte i klassen

hilsen Anja
""")

M("b", """
Kære Ishøj Skole

Vi vil gerne melde vores datter Esther fra morgensang og fra den årlige julegudstjeneste i Ishøj Kirke. Vi er Jehovas Vidner og fejrer ikke jul. Vi vil meget gerne have, at hun i stedet får en opgave i klassen, så hun ikke sidder alene på gangen, som det skete sidste år.

Derudover vil vi spørge, om bogpakken til 4. klasse kan hentes før skolestart?

Venlig hilsen
Ruth og Samuel Mikkelsen
""")

M("", """
Kære Ishøj Skole

Er julegudstjenesten i kirken obligatorisk for eleverne? Og hvad laver de elever, der ikke deltager? Vi overvejer det bare, fordi vi ikke selv er så kirkelige, men vi vil ikke have at vores søn føler sig udenfor.

Venlig hilsen
Lars Frisch
""")

M("b", """
Hej

Min søn Ibrahim skal til lejrskole med 6.b i uge 38. Kan I sikre, at der er halal-mad eller vegetarisk, og at han kan bede om aftenen? Vi er muslimer, og det er hans første tur væk hjemmefra. Jeg vil også spørge hvad de skal have med af sovepose og regntøj, pakkelisten er ikke kommet.

Mvh
Nour Khalil
""")

M("", """
Hej

Bliver der lavet mad til elever, der ikke spiser svinekød, på lejrskolen i uge 38? Og hvad med vegetarer? Vi vil bare vide det, inden vi skriver pakkelisten ud til klassen.

Mvh
Mette, klasseforælder i 6.b
""")

M("u", """
Hej skolebestyrelsen

Jeg er TR for lærerne på Vibeholmskolen og DLF-medlem, og jeg skriver på vegne af personalegruppen om den nye ringetidsplan. Den betyder, at pauserne bliver forkortet til 10 minutter, og at gårdvagterne ikke kan nå at spise. Vi vil gerne have sagen på bestyrelsens næste møde.

Med venlig hilsen
Gitte Krabbe
""")

M("", """
Hej skolebestyrelsen

Er det rigtigt, at den nye ringetidsplan forkorter spisepausen for eleverne til 10 minutter? Jeg har læst i avisen, at Danmarks Lærerforening i andre kommuner har protesteret mod lignende planer. Hvornår skal det besluttes?

Venlig hilsen
Bettina Sund, forælder i 4.c
""")

M("he", """
Til PPR

Vi har fået brev om, at Noahs PPR-undersøgelse er flyttet til januar. Det er for sent for os. Han går hjemme nu, fordi han er så angst, at han ikke kan komme ind i skolebygningen, og skolen siger, de ikke kan gøre mere før undersøgelsen. Samtidig har jeg måttet gå ned i tid på arbejdet, og vi har søgt om tabt arbejdsfortjeneste hos jer uden at høre noget.

Kan undersøgelsen rykkes frem?

Venlig hilsen
Maja Sønderby
""")

M("", """
Til PPR

Hvor lang er ventetiden for en PPR-undersøgelse i øjeblikket? På skolebestyrelsesmødet blev det nævnt, at den er på over fire måneder. Er det korrekt, og hvad gør kommunen ved det?

Venlig hilsen
Erik Thams, skolebestyrelsen, Ishøj Skole
""")

M("", """
Hej

Jeg har mistet min søns sygesikringskort, og nu skal han til tandlæge i kommunens tandpleje på fredag. Skal han have kortet med, eller er det nok med hans CPR-nummer, som I vel allerede har? Kan I sende et nyt kort, eller skal man bestille det på borger.dk?

Mvh
Jesper Lind
""")

M("h", """
Hej tandplejen

Min datter Alma (født 2014) har tid hos jer tirsdag kl. 8.15. Hun er lige blevet opereret for blindtarmsbetændelse og er sygemeldt fra skolen resten af ugen, så vi vil gerne flytte tiden. Hendes cpr-nr. er [[080314 4462]].

Venlig hilsen
Louise Winther
""")

M("e", """
Hej

Vi har fået brev om at betale 3.100 kr. for vores søns pasning i juli, selvom institutionen var lukket to af ugerne. Jeg synes det er forkert, men jeg vil gerne have det forklaret.

Og hvis det er korrekt, så må jeg bede om at betale i rater. Vi har en huslejerestance hos boligforeningen, som vi er ved at afvikle, og vi har ikke 3.100 kr. lige nu.

Mvh
Sandra Kjær
""")

M("", """
Hej

Hvorfor skal man betale for pasning i juli, når børnehaven er lukket i to uger? Det giver ingen mening. Jeg synes politikerne skulle ændre reglen.

Mvh
Jannik Friis
""")

M("et", """
Kære Center for Børn og Forebyggelse

Jeg vil gerne klage over sagsbehandlingen i min sag om samvær med min datter Amira.

Sagsbehandleren har flyttet mødet tre gange, og seneste gang fik jeg besked samme morgen. Jeg har taget fri fra arbejde hver gang. Da jeg klagede, sagde hun at "i jeres kultur er det jo typisk moren der har børnene". Jeg er marokkansk, men jeg er født i Albertslund, og jeg synes det er diskriminerende.

Jeg ønsker en ny sagsbehandler og et møde inden for to uger.

Med venlig hilsen
Youssef Benali
""")

M("", """
Kære borgerrådgiver

Kan man klage over en sagsbehandler, der aflyser møder flere gange? Hvor skal man sende klagen hen, og hvor lang tid tager det? Det er bare et generelt spørgsmål, jeg har ikke selv en sag endnu.

Venlig hilsen
Nadia Ahmadi
""")

M("s", """
Hej Vuggestuen Mælkebøtten

Tak for den fine velkomst til Ellen i går. Vi fik ikke afleveret formularen om afhentning, så her kommer oplysningerne:

Må hente: Anne Lund (mor), Sofie Lund (medmor), mormor Kirsten Bak.

Ellen sover stadig to gange om dagen, så det kan være hun bliver træt omkring kl. 10.

Kh Sofie
""")

M("", """
Hej Vuggestuen Mælkebøtten

Tak for velkomsten til Ellen. Må hente: Anne Lund (mor), Per Lund (far), mormor Kirsten Bak. Hun sover to gange om dagen.

Kh Anne
""")

M("h", """
Til Sundhedsplejen

Vi har fået brev om, at sundhedsplejersken kommer mandag kl. 9. Det passer ikke, vi skal til scanning på Hvidovre samme tid. Jeg er gravid i uge 20 igen, og de vil gerne se nærmere på moderkagen. Kan hun komme om eftermiddagen eller dagen efter?

Mvh
Kamilla Ryberg
""")

M("", """
Til Sundhedsplejen

Tilbyder I stadig hjemmebesøg til gravide før fødslen, eller er det kun efter? Jeg kender nogle, der har fået et besøg i 8. måned, men jeg kan ikke finde det på hjemmesiden.

Mvh
Kasper Ruge
""")

M("e", """
Hej

Vedr. skolestart for Lucas, 0.a på Ishøj Skole.

Jeg er lige blevet opmærksom på, at den SFO-plads jeg søgte i marts ikke er registreret. Jeg har kvitteringen. Kan I rette det, så han kan starte den 1. august sammen med sine venner?

Jeg er i øvrigt i gang med en sag om forældremyndighed med hans far i Familieretshuset, og han må ikke hente Lucas før der er en afgørelse. Jeg vil gerne have at SFO'en får det at vide.

Mvh
Stine Hagen
""")

M("", """
Hej

Hvem må hente et barn i SFO? Er det kun dem, der står på Aula, eller kan man sende en sms til personalet den dag? Vi har en bedstemor, der ofte henter.

Mvh
Mikkel Drost
""")

M("hu", """
Hej

Jeg er pædagog i Børnehuset Regnbuen og BUPL-tillidsrepræsentant. Jeg skriver om noget andet, nemlig at parkeringspladsen foran institutionen er for lille og at forældrene holder i indkørslen, så der er farligt for børnene om morgenen.

Jeg har også selv været sygemeldt med en diskusprolaps siden september, så jeg har ikke kunnet følge op på sagen, men nu er jeg tilbage og vil gerne have et svar.

Mvh
Lene Thorsen
""")

M("", """
Til Børne- og Skoleudvalget

Forældrebestyrelsen i Børnehuset Regnbuen beder om at parkeringsforholdene foran huset bliver set på. Der er 8 pladser til 90 børn, og forældrene holder i indkørslen.

Venlig hilsen
Forældrebestyrelsen
""")

M("et", """
Hej

Jeg har fået et brev fra skolen om at min datter Dalia har haft for meget fravær, og at der er lavet en underretning til kommunen. Det er fordi vi var i Irak i fem uger, fordi min mor var ved at dø. Jeg sagde det til læreren før. Jeg synes ikke det er rimeligt. Hvem skal jeg ringe til om underretningen?

Mvh
Sana Jabbar
""")

M("", """
Hej

Hvor meget fravær må et barn have, før skolen skal lave en underretning? Vi har en familietur til Pakistan i februar på tre uger og vil gerne være sikre på, at vi følger reglerne og søger om fri på den rigtige måde.

Mvh
Zain Qureshi
""")

M("", """
Hej

Kan jeg få oplyst, hvilket nummer jeg skal bruge, når jeg skal betale for min søns pladsanvisning? Der står "betalings-id 1209181103" på brevet, men netbanken vil have et FI-kort nummer.

Mvh
Rikke Jensen
""")

M("e", """
Til pladsanvisningen

Jeg vil gerne høre, om min datter kan beholde sin plads i Børnehuset Sydstjernen, selvom vi flytter til Hundige den 1. marts. Vi har fået en lejlighed gennem boligsocial anvisning, fordi vi har været hjemløse siden december og har boet hos min søster. Det vil betyde meget for hende at blive i den samme børnehave, hun kender.

Mvh
Patricia Nielsen
""")

M("", """
Til pladsanvisningen

Kan man beholde sin børnehaveplads i Ishøj, hvis man flytter til Greve? Og hvordan afregnes det mellem kommunerne?

Mvh
Anders Hove
""")

M("t", """
Hej klubben

Min søn Chen har gået i klubben i tre uger, og han siger nu, at han ikke vil komme mere, fordi nogle af de store drenge kalder ham "kineser" og laver skrå øjne ad ham. Vi er adopteret familie, han kom fra Kina da han var et år. Jeg vil gerne have at pædagogerne tager det op. Vi har også brug for at vide, hvornår klubben holder åbent i efterårsferien.

Venlig hilsen
Bjarne Holt
""")

M("", """
Hej klubben

Hvornår holder I åbent i efterårsferien, og skal man melde til, hvis man kommer? Og er turen til Zoo stadig gratis?

Venlig hilsen
Bjarne Holt
""")
