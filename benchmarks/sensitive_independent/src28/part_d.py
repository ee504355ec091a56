"""corpus28 part D: children, schools and daycare — enrolment with CPR numbers,
rainbow families, religious holidays and food, origin and language."""
from common import M

M("s", """Hej

Vi er to mødre, Sara og Mette, og vores datter Alma starter i børnehave i august. I indskrivningsskemaet på hjemmesiden kan man kun skrive "mor" og "far". Kan I rette det, så vi begge kan stå som forældre? Mette er medmor.

Mvh Sara Kjeldsen""")

M("", """Hej. Hvornår åbner skoleindskrivningen til 0. klasse for børn født i 2021?""")

M("", """Hej! Mit barn skal starte i vuggestue. Jeg har fået et barnenummer 0104251123 i pladsanvisningen – er det det samme som hans cpr? Jeg kan ikke finde ud af hvad jeg skal skrive i formularen. /Nadia""")

M("", """Hej pladsanvisningen, jeg vil gerne skrive min søn Viggo op til Troldehøjen. Hans cpr-nummer er [[150325-6119]]. Vi bor på Ishøj Parkvej 121. Mvh Cecilie Brandt""")

M("b", """Kære skoleleder

Vores søn Daniel skal til bar mitzvah i synagogen i Krystalgade den 14. marts, og vi vil gerne have fri til ham fra torsdag til mandag så bedsteforældrene fra Aalborg kan nå at være med. Vi er medlemmer af Mosaisk Trossamfund.

Venlig hilsen
Ruth og David Melchior""")

M("", """Hej. Serverer kommunens daginstitutioner halal-kød, eller skal man selv medbringe mad? Det er til en artikel om kostpolitik.""")

M("b", """Hej Regnbuen

Vi er muslimer, og vores datter Layla (3 år) må ikke få svinekød. Hun har to gange fået leverpostej med hjem i madkassen fra en udflugt. Kan I sørge for at der står det på hendes navnekort?

Mvh Fatima Ali""")

M("t", """Hej

Min søn Ahmed går i 4.b. Hans lærer har sagt at han skal på "dansk som andetsprog"-hold, men han er født i Danmark og taler kun dansk derhjemme, selvom vi begge forældre er fra Libanon. Jeg vil gerne have en forklaring.

Venlig hilsen
Rania Khalil""")

M("", """Er dansk som andetsprog-undervisning et tilbud eller en pligt i Ishøj? Og hvordan vurderer man hvilke elever der skal have det?""")

M("h", """Hej

Vores søn Lucas har svær nøddeallergi og skal have en EpiPen med i børnehaven. Personalet siger de ikke må give den uden en særlig aftale med kommunen. Hvordan laver vi den aftale? Det haster, han starter om 10 dage.

Mvh Christina og Mads Bech
[[0303214787]]  (Lucas)""")

M("", """Hvad er kommunens politik for medicin i daginstitutioner? Må personalet give allergimedicin?""")

M("e", """Hej

Jeg har søgt om økonomisk friplads til min datter i SFO fordi jeg er på dagpenge efter en fyring. Nu har jeg fået afslag fordi indtægten fra sidste år er for høj. Men den indtægt har jeg jo ikke mere! Kan man få sagen vurderet på min nuværende indkomst?

Venlig hilsen
Morten Buch""")

M("", """Hvordan beregnes fripladstilskud til SFO? Hvad er indkomstgrænsen i 2027?""")

M("s", """Hej Vibeholmskolen

Vores datter Ellen har fortalt at hun er bi og har haft det svært med nogle drenge i klassen der kalder hende ting. Hun vil ikke have at vi kontakter lærerne, men vi er bekymrede. Hvem kan hun tale med på skolen, som ikke er hendes klasselærer?

Mvh Hanne og Søren Kock""")

M("", """Hej, har skolerne i Ishøj en antimobbestrategi? og hvor kan man læse den""")

M("t", """hej jeg er far til en dreng i 6.c. nogen af drengene kalder min søn for "perker" hver dag i frikvarteret og læreren griner bare. vi er kurdere og min søn føler sig ikke velkommen. hvad gør I ved det? Hilsen Kawa""")

M("tb", """Kære skole

Vi er fra Syrien og er kristne (syrisk-ortodokse). Vores påske ligger en uge senere end den danske i år, og vi vil gerne have fri til vores to døtre i 5.a og 7.b langfredag og påskedag efter vores kalender. Er det muligt?

Med venlig hilsen
George og Mariam Haddad""")

M("", """Hej. Hvornår ligger påskeferien i Ishøj Kommunes skoler i 2027?""")

M("e", """Kære Center for Børn og Forebyggelse

Jeg er plejemor for en dreng på 11 år, Victor, som har været anbragt hos os i 3 år. Hans mor har nu fået samvær hver weekend, og det går meget dårligt. Han kommer hjem og kan ikke sove. Jeg vil gerne have et møde med sagsbehandleren.

Mvh
Anette Lindberg""")

M("", """Hvordan bliver man plejefamilie i Ishøj? Er der informationsmøder?""")

M("h", """Hej dagplejen

Vores dagplejer Gitte er blevet sygemeldt efter en operation i knæet, og vi har fået at vide at Oliver skal i gæstedagpleje i 6 uger. Kan han komme til den samme gæstedagplejer hver gang, så han ikke skal skifte hele tiden?

Mvh Sofie Winther""")

M("h", """Hej dagplejen. Oliver er syg i dag og kommer ikke. Mvh Sofie""")

M("ts", """Hej

Vi er et homoseksuelt par – jeg er fra Brasilien og min mand er dansk – og vi har adopteret vores søn Mateo fra Colombia. Han starter i 0. klasse og vi vil gerne have at skolen er forberedt på at han har to fædre og er adopteret, så han ikke skal forklare det hele selv.

Med venlig hilsen
Rafael Souza og Jens Hvid""")

M("", """Hvornår er der forældremøde for kommende 0. klasser på Strandgårdskolen? Vi har fået besked om at det er i marts men ingen dato.""")

M("e", """Hej

Jeg og min eks har fælles forældremyndighed, men han henter vores søn i institutionen uden for sin samværsdag. Institutionen siger de ikke kan nægte ham. Familieretshuset har fastsat samvær hver anden weekend. Hvad kan jeg gøre?

Mvh Maria Holst""")

M("", """Hej. Må en institution udlevere et barn til en bedsteforælder hvis forældrene har skrevet det på en seddel? Det er bare et generelt spørgsmål.""")

M("hb", """Kære skoleleder

Vores datter Aisha er begyndt at faste i ramadanen, og hun har nu to gange besvimet i idræt. Lægen siger hun har lavt blodsukker. Vi vil gerne aftale at hun holder pause fra idræt i fastemåneden. Kan I lave den aftale?

Mvh Hamid og Leila Rahimi""")

M("", """Hvornår er ramadanen i 2027? Vi planlægger et arrangement i fritidsklubben og vil ikke lægge det samtidig.""")

M("", """Til Pladsanvisningen

Vi har modtaget en opkrævning for vuggestue for januar, men vores datter starter først 1. februar. Debitornummer 1101260418. Kan I rette det?

Venlig hilsen
Lærke og Tobias Vang""")

M("e", """Hej

Der står i brevet fra jer at min søns SFO-plads opsiges pga. restance. Jeg har betalt nu i dag, 3.420 kr. Kan I annullere opsigelsen? Jeg har kvitteringen. Min søn hedder Noah Jensen, [[110617 4832]].

Mvh Jannik Jensen""")

M("t", """Hej

Jeg er grønlænder og mine børn taler kalaallisut derhjemme. Findes der modersmålsundervisning i grønlandsk i Ishøj, eller kan de få det gennem en anden kommune?

Venlig hilsen
Naja Kristiansen""")

M("", """Hej, tilbyder Ishøj modersmålsundervisning i arabisk og tyrkisk? Og hvem har ret til det?""")

M("h", """hej, min datter Freya har fået diagnosen dysleksi i 4. klasse og skal bruge en computer med oplæsning. skolen siger vi skal søge om det hos PPR. hvordan gør man det? Louise""")

M("", """Hej. Hvad gør man hvis man er uenig i en skoles afgørelse om specialundervisning? Det er til en forældreforening.""")

M("eh", """Hej

Jeg har lige fået at vide at der er lavet en underretning om min nevø, Marcus, som bor hos os midlertidigt mens min søster er indlagt til behandling. Vi vil gerne samarbejde, men vil også vide hvem der har underrettet. Kan vi få aktindsigt?

Mvh Jesper Dalsgaard""")

M("", """Hej. Hvem skal man kontakte hvis man er bekymret for et barn i ens opgang, men ikke vil sige sit navn? Jeg vil bare vide hvordan det fungerer.""")

M("ub", """Hej

Jeg er lærer på en af kommunens skoler og tillidsrepræsentant for DLF. En elev har spurgt om vi holder fri til diwali, og jeg fortalte at jeg selv er hindu og fejrer det, men at skolen ikke har fridag. Nu har en forælder klaget over at jeg "forkynder" min religion. Skolelederen vil have et møde. Kan I fortælle mig hvem jeg kan få vejledning hos udenom min leder?

Mvh Priya Sharma""")

M("", """Til skoleafdelingen

Hvilken procedure er der for at give elever fri til religiøse helligdage? Gælder det alle trossamfund?

Venlig hilsen
Skolebestyrelsen, Ishøj Skole""")

M("h", """Hej sundhedsplejen

Min søn Elias (8 mdr.) har haft øreinfektion 5 gange og vi venter på dræn. Kan sundhedsplejersken komme på hjemmebesøg i stedet for at vi kommer ind, han er så ked af det? Mvh Amalie""")

M("", """Hvor finder jeg sundhedsplejens telefontider? Står ikke på hjemmesiden.""")

M("s", """hej klubben
min søn Valdemar (15) er transkønnet og hedder nu Vilma, og hun er kæreste med en anden pige fra klubben. nogen af de ældre drenge har skrevet grimme ting om dem på snap. kan I tage en snak med dem?
mvh Bo""")
