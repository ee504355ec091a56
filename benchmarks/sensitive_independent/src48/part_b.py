"""Part B: tenants in almene boliger, boards, arrears, eviction, mould and repairs, adapting homes."""
from common import M

M("he", """
Til Center for Voksne og Velfærd

Jeg sidder i kørestol efter en ulykke og har søgt om boligændring: fjernelse af dørtrin og et nyt badeværelse med bruseniche. Ergoterapeuten var her i marts, og siden har jeg ikke hørt noget. Boligselskabet venter på jeres bevilling.

cpr.nr. [[030571 1186]]

Venlig hilsen
Mogens Krarup
Ishøj Strandvej 88, st. tv.
""")

M("", """
Hej

Hvilke regler gælder for at få dørtrin fjernet i en almen bolig – er det udlejer eller kommunen der betaler? Jeg spørger på vegne af afdelingsbestyrelsen i Gildbrocentret, vi vil gerne lave en pjece.

Venlig hilsen
Afdelingsbestyrelsen
""")

M("h", """
hej byrådet

der er skimmelsvamp i hele soveværelset i vores lejlighed i Vejleåparken og min søn på 3 har fået astma. lægen siger det kan hænge sammen. boligselskabet har været her 2 gange og malet over. hvad gør vi???

Jamila
""")

M("", """
Hej

Skimmelsvamp i opgang 12-18 på Ishøj Strand: kommunen bør kræve at boligselskabet laver en samlet renovering. Det er et problem for hele afdelingen, ikke for enkelte lejere.

Hilsen en beboer
""")

M("e", """
Kære borgerrådgiver

Jeg har fået en opsigelse fra boligselskabet pga. huslejerestance på 23.400 kr. Jeg har en aftale med Ydelsescenteret om at betale af, men boligselskabet siger at det er for sent. Lejemål nr. 4411-0207-12. Hvad kan jeg gøre?

Mvh
Dennis Holm
""")

M("", """
Hej

Lejekontrakt nr. 2103851147 – jeg skal bruge en kopi af husordenen for afdeling 12. Jeg kan ikke finde den på hjemmesiden.

Tak, Lene
""")

M("eh", """
Til borgmesterens PA

Min far på 91 er blevet så dement, at han ikke længere kan bo alene i sit hus på Torslundevej. Vi har søgt om plejebolig, men visitationen siger 3 måneders ventetid. Han får hjemmepleje 4 gange om dagen, men han vandrer om natten. Kan borgmesteren hjælpe med at få ham hurtigere ind?

Med venlig hilsen
Susanne Kromann (datter)
""")

M("", """
Kære Claus

Jeg synes ventetiden på plejeboliger i Ishøj er for lang, og at byrådet bør bygge flere. Det er ikke for min egen skyld, men jeg hører om det hele tiden.

Hilsen Birgit
""")

M("e", """
Hej

Jeg har boet i min lejlighed i 7 år og nu skal min datter og jeg flytte, fordi jeg ikke kan betale huslejen efter jeg blev sat ned i tid. Jeg har søgt boligstøtte på borger.dk. Kan I sige hvor lang tid det tager?

mvh Trine
[[150690-2871]]
""")

M("", """
Hej

Hvad er indkomstgrænsen for boligstøtte i 2026, og hvordan regner man huslejen ud, når varme er inkluderet?

Mvh Kirsten
""")

M("t", """
Hej Ishøj Kommune

Vi er en tyrkisk-kurdisk familie og bor i Ishøj Strand. Vores nabo har skrevet "tag hjem" på vores dør to gange. Boligselskabet siger det ikke er deres sag. Hvem skal vi gå til?

Hilsen familien Aydın, opgang 4
""")

M("", """
Hej

Boligselskabet har sat huslejen op med 4 % i Vejleåparken. Det er for meget synes jeg. Kan kommunen gøre noget ved det generelt?

Mvh Henning
""")

M("e", """
Til Hovedpostkassen

Vi har fået brev fra fogeden om udsættelse den 3. maj kl. 9. Vi er 2 voksne og 3 børn. Vi har ingen andre steder at tage hen. Kan kommunen anvise en bolig? Vi er ved at søge kontanthjælp.

Hilsen
Ahmed og Nour
""")

M("", """
Kære byrådsmedlem

Hvor mange udsættelser af lejere var der i Ishøj sidste år? Jeg har set tal fra Ankestyrelsen men ikke for vores kommune.

Venlig hilsen
Jens Rønne, journalist
""")

M("hs", """
Kære Jette

Min kone Marianne har fået en sklerose-diagnose og skal snart bruge rollator. Vi bor på 2. sal uden elevator i Ishøj Strand. Jeg har hørt at man kan få byttet lejlighed via boligselskabet, men skal kommunen inddrages?

Venlig hilsen
Karina Winther
""")

M("", """
Hej

Jeg er formand for afdelingsbestyrelsen i Ishøj Strand afd. 3. Vi har et afdelingsmøde 14. marts om renovering af altaner. Vil en fra byrådet komme og fortælle om kommunens planer for området?

Mvh
Bjarne Lund
""")

M("eu", """
hej

jeg er medlem af FOA og arbejder på plejecentret. jeg er kommet bagud med huslejen efter at min mand flyttede og nu truer boligselskabet med at opsige mig. FOA siger jeg skal gå til kommunen. hvor skal jeg henvende mig?

mvh Dorthe
""")

M("", """
Hej

Hvad koster det at leje en fælleslokale i Gildbrocentret til en fødselsdag? Og er der rabat for beboere?

Mvh Zeynep
""")

M("he", """
Kære direktør for Voksne og Velfærd

Min mor bor på Plejecenter Kærbo og har fået liggesår igen. Vi har klaget til personalet, men intet sker. Hun har diabetes og er næsten blind. Jeg vil gerne have et møde.

Med venlig hilsen
Tina Bregendahl
""")

M("", """
Til Center for Voksne og Velfærd

Hvor mange plejeboliger har kommunen på Plejecenter Kærbo i alt, og hvor mange er handicapvenlige? Spørger til en rapport for ældrerådet.

Hilsen
Ældrerådet
""")

M("e", """
Hej

Vi har fået tilbudt en mindre lejlighed, men flyttehjælpen koster 8.000 kr, og det har vi ikke. Vi lever af min folkepension. Kan man søge om hjælp til flytning?

Venlig hilsen
Grethe og Poul Vind
""")

M("", """
Hej

Er det rigtigt, at kommunen giver tilskud til flytning når man flytter til en mindre bolig? Hvordan søger man? Jeg spørger for en ven der selv skriver senere.

Mvh Lars
""")

M("ht", """
Hej

Vi har fugt i kælderen i vores rækkehus, og min mand, der er fra Vietnam og har dårlige lunger, hoster hele natten. Lejekontrakt 7722-14. Boligselskabet har lovet at komme i tre måneder nu.

Mvh Lotte Nguyen
""")

M("", """
Til afdelingsbestyrelsen og kommunen

Vaskekælderen i blok C har været lukket i 5 uger. Det er ikke i orden. Kan kommunen som tilsynsmyndighed gøre noget?

Beboer, blok C
""")

M("eh", """
Kære borgerrådgiver

Jeg fik afslag på trappelift i mit rækkehus, selv om jeg har leddegigt i begge knæ. Afgørelsen siger at jeg kan flytte i stedet. Jeg vil ikke flytte fra mit hjem gennem 40 år. Kan jeg klage?

Venlig hilsen
Åse Mikkelsen
[[221146–0398]]
""")

M("", """
Hej

Hvad er klagefristen over en afgørelse om boligændring efter serviceloven? Generelt spørgsmål.

Mvh Mette
""")

M("e", """
Hej Ishøj

Min søn på 22 er blevet smidt ud hjemmefra af sin far og sover nu hos venner. Han har ingen indkomst. Kan han få en ungdomsbolig gennem kommunen?

Mvh Lisbeth
""")

M("b", """
Hej

Jeg er Jehovas Vidne og bor i Vejleåparken. Min nabo har klaget til boligselskabet over at vi holder bibelstudie hjemme hos mig om torsdagen, fordi der kommer mange mennesker. Må boligselskabet forbyde det?

Venlig hilsen
Kirsten Lauridsen
""")

M("", """
Hej

Må man holde møder i sin lejlighed med mere end 10 personer i en almen bolig? Jeg spørger generelt.

Mvh Christian
""")

M("s", """
Hej Borgerrådgiveren

Min kæreste Mads og jeg (vi er begge mænd) har fået en seddel i postkassen med "bøsser ud af opgangen". Boligselskabet siger de ikke kan gøre noget, når vi ikke ved hvem det er. Vi bor på Ishøj Boulevard 24. Hvem kan hjælpe?

Hilsen Jonas
""")

M("", """
Hej

Har kommunen en politik mod chikane i de almene boliger? Jeg ville gerne læse den.

Mvh Signe
""")

M("eh", """
Til hovedpostkassen

Min bror er psykisk syg (skizofreni) og bor alene i en lejlighed i Ishøj Strand. Han har ikke betalt husleje i 4 måneder og nu er der kommet en opsigelse. Han har en bostøtte-medarbejder fra kommunen, men hun er på barsel. Hvem overtager?

Med venlig hilsen
Martin Foged
""")

M("", """
Hej

Jeg vil gerne høre, om bostøtte-teamet har ledige stillinger. Jeg er uddannet pædagog.

Mvh Sofie
""")

M("e", """
Kære Henriette

Jeg har ansøgt om en ældrebolig på Ishøj Søvej, fordi mit hus er for stort og jeg kan ikke klare trapperne. Jeg har ikke hørt noget i 6 måneder. Kan du skubbe på?

Mvh
Kaj Mortensen
""")

M("", """
Hej

Hvordan er reglerne for at bytte en ældrebolig med en anden i kommunen? Vi skal lave et oplæg i pensionistforeningen.

Hilsen
Pensionistforeningen Ishøj
""")

M("eu", """
Hej

Jeg er tillidsrepræsentant for Dansk Metal på et værksted i Brøndby og bor selv i Ishøj. Jeg blev fyret i sidste uge og har 2 måneders husleje i restance. Kan man søge enkeltydelse til husleje mens dagpengene kommer i gang?

Mvh Frank
""")

M("", """
Hej

Hvor finder jeg de gældende satser for enkeltydelser til husleje? Og hvem skal man skrive til?

Mvh Per
""")

M("h", """
Hej

Jeg er gravid i 7. måned og vi har en lejlighed i Ishøj Strand med et enkelt værelse. Boligselskabet siger vi kan komme op på ventelisten til en 3-værelses, men det tager år. Kan kommunen give fortrinsret?

Mvh Nanna
""")

M("", """
Hej

Får gravide fortrinsret til større boliger i Ishøj? Jeg læste det på et forum, men kan ikke finde reglerne.

Mvh
""")

M("et", """
Til borgerrådgiveren

Jeg kom som flygtning fra Syrien i 2015. Jeg har fået anvist en bolig gennem kommunen, men nu vil de sætte mig ud, fordi integrationsydelsen er sat ned og jeg ikke kan betale. Jeg har 4 børn.

Med venlig hilsen
Mahmoud Al-Hassan
""")

M("", """
Hej

Hvor mange flygtninge har kommunen boliganvist i 2025? Jeg har set tal for 2024, men kan ikke finde de nye.

Mvh Hans
""")

M("h", """
Hej

Jeg lider af hjemmesygeplejen. nej undskyld, jeg får hjemmesygepleje hver dag pga et sår på benet, og sygeplejersken kan ikke komme ind fordi elevatoren i opgang 9 har været i stykker i 2 uger. Jeg bor på 6. sal. Kan I få boligselskabet til at reparere den?

Aase Frederiksen
""")

M("", """
Hej

Elevatoren på Ishøj Strand 9 har været i stykker i 2 uger. Det er et problem for beboerne. Hvem har ansvaret?

Mvh en nabo
""")

M("e", """
Kære borgmester

Jeg sidder i afdelingsbestyrelsen og vil sige, at familien i nr. 17 er blevet sat ud på gaden i dag af fogeden. De har 2 små børn og ingen steder at sove. Kan kommunen ikke hjælpe dem med en nødbolig?

Hilsen
Ulla Nørgaard
""")

M("", """
Kære borgmester

Har kommunen nødboliger til familier der bliver sat ud? Hvor mange er der?

Hilsen
Ulla Nørgaard, afdelingsbestyrelsen
""")

M("he", """
Hej

Min datter er autist og skal bruge et eget værelse. Vi har søgt om boligstøtte til en større lejlighed, og sagsbehandleren vil have lægeerklæring. Vi har sendt den 2 gange!

Mvh Pernille
cpr: [[110879 2245]]
""")
