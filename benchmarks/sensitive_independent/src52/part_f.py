"""corpus52 part f: citizen advisor, main mailbox and centres; cases and complaints."""
from common import M

M("he", """
Til borgerrådgiveren

Jeg vil klage over behandlingen af min sygedagpengesag. Jeg har været sygemeldt siden
august efter en hjernerystelse og har sendt alle lægepapirer, men min sagsbehandler
siger, at de "ikke er modtaget". Nu har jeg fået brev om, at mine sygedagpenge stopper.

Med venlig hilsen
Sofie Lindholm
[[170694-2418]]
""")

M("e", """
Til Center for Borger, Økonomi og IT

Jeg har fået afslag på boligstøtte, fordi I mener, min søn på 19 stadig bor hjemme. Han
flyttede til Odense i august for at studere. Jeg har vedlagt hans lejekontrakt. Jeg
beder om, at sagen bliver genoptaget.

Venlig hilsen
Lone Andersen
CPR [[290872 1836]]
""")

M("ht", """
Kære borgerrådgiver

Min søn Elias, som har mørk hud, og hans ven blev stoppet af personalet i Ishøj
Svømmehal og bedt om at vise kvittering, mens de hvide drenge foran dem gik direkte
ind. Elias har ADHD og blev meget ked af det og råbte. Nu har de fået karantæne i en
måned. Jeg vil gerne klage over den måde, de blev behandlet på.

Med venlig hilsen
Mette Adeyemi
""")

M("e", """
Til Familieafdelingen, Center for Børn og Forebyggelse

Jeg henvender mig om samværet med min datter Liva, [[120616-4712]]. Hendes mor har
aflyst de sidste fire weekender, og Familieretshuset har endnu ikke holdt møde. Jeg
har hørt, at kommunen kan hjælpe med et børnesagkyndigt møde. Mit eget personnummer er
[[030586-1995]].

Venlig hilsen
Rasmus Holm
""")

M("h", """
Hej

Jeg har type 1-diabetes og skal bruge en lægeerklæring til min arbejdsgiver om, at jeg
skal have pauser til at måle blodsukker. Min læge siger, at det er kommunen, der skal
lave den. Er det rigtigt?

Venlig hilsen
Nikolaj Bruun
[[2302951147]]
""")

M("", """
Hej Borgerservice

Jeres telefonnummer 43 57 75 75 giver bare en besked om, at linjen er optaget, og jeg
har prøvet tre dage i træk. Er der en anden måde at booke tid til pas på?

Mvh
Gurli Andreasen
""")

M("eh", """
Til Jobcenter Ishøj

Jeg har fået afslag på enkeltydelse til tandbehandling. Tandlægen siger, at jeg skal
have trukket to tænder og have en bro, ellers får jeg betændelse igen. Jeg er på
kontanthjælp og kan ikke betale 11.000 kr. Jeg beder om, at I ser på sagen igen.

Med venlig hilsen
Jimmi Larsen
""")

M("t", """
Til borgerrådgiveren

Jeg kommer fra Irak og har boet i Danmark i 16 år. Da jeg ringede om en ledig lejlighed
hos en privat udlejer på Ishøj Strandvej, sagde han, at han "ikke lejer ud til
arabere", da han hørte mit navn. Jeg har optaget samtalen. Kan kommunen gøre noget?

Venlig hilsen
Ali Hassan
""")

M("", """
Hej

Hvilke regler gælder for diskrimination ved udlejning af private lejligheder, og hvem
kan man klage til? Jeg er frivillig rådgiver i en lejerforening.

Mvh
Lotte Brix
""")

M("e", """
Til Jobcenter Ishøj

Jeg er på kontanthjælp og har fået en indkaldelse til samtale den 14. marts kl. 10.
Jeg skal til en begravelse i familien den dag kl. 11 og spørger, om samtalen kan flyttes til
dagen efter.

Venlig hilsen
Natasja Kirk
[[080997-4120]]
""")

M("he", """
Til Center for Voksne og Velfærd

Min far, Arne Berg, har Parkinsons sygdom og bor alene. Han får hjemmehjælp en gang om
ugen til rengøring, men han kan ikke længere tage tøj på selv om morgenen. Vi beder
om, at han bliver revisiteret til personlig pleje.

Arne Berg, cpr. [[110643-1311]]
Med venlig hilsen
Lotte Berg
""")

M("", """
Til Center for Borger, Økonomi og IT

Vedr. sagsnr. 24/03871, journalnr. 27.12.04-G01-3-25: Jeg har endnu ikke modtaget
varen på ordrenr. 1504901234 fra kommunens webshop (affaldsspande til kolonihaver).
Betalt den 2. februar med MobilePay.

Mvh
Hasse Vind
""")

M("h", """
Hej Kirsten

Min datter Sofie på 17 er indlagt på Hvidovre Hospital efter et selvmordsforsøg. Hun
skulle have været til eksamen i næste uge. Jeg ved ikke, hvem jeg skal skrive til på
skolen, og jeg kan ikke overskue det. Kan du hjælpe mig med at finde den rigtige?

Kærlig hilsen
Annette
""")

M("e", """
Til Center for Børn og Forebyggelse

Min søn Mikkel på 14 er anbragt på en døgninstitution på Fyn. Jeg har ret til samvær
hver anden weekend, men institutionen siger, at kommunen ikke har bevilget
transporten. Det koster mig 800 kr. hver gang. Hvem kan bevilge det?

Venlig hilsen
Jeanette Holm
""")

M("ue", """
Hej

Jeg er ledig og har min a-kasse i 3F. Jobcentret har sendt mig i virksomhedspraktik i
et supermarked, hvor jeg har arbejdet gratis i 13 uger. Nu vil de forlænge det. Må de
det?

Mvh Kenneth
""")

M("he", """
Til Center for Voksne og Velfærd

Min datter Louise er 22 og blind efter en arvelig øjensygdom. Hun har søgt om
ledsageordning, så hun kan komme til sin klub og i fitness, men har fået afslag, fordi
hun "kan bruge Flextur". Vi klager over afgørelsen.

Louise Friis, [[050303\u00a04286]]
Venlig hilsen
Bente Friis, mor
""")

M("e", """
Kære borgmester

Vi har fået brev om, at kommunen har modtaget en underretning om vores børn, og at vi
skal til møde. Vi ved ikke, hvem der har skrevet den, og vi er bange for, at de tager
børnene. Kan I fortælle os, hvad der står i den?

Venlig hilsen
Pernille og Jan
""")

M("", """
Hej

Hvordan laver man en underretning om et barn, man er bekymret for? Kan man være anonym?
Jeg er træner i en fodboldklub, og vi vil gerne have en procedure.

Mvh
Casper, Ishøj IF
""")

M("hte", """
Til borgerrådgiveren

Jeg er fra Eritrea og har PTSD efter flugten. Min sagsbehandler i jobcentret har sagt,
at jeg "bare skal tage mig sammen", og at hun ikke vil læse psykiaterens erklæring,
fordi den er på engelsk. Jeg vil gerne klage.

Venlig hilsen
Yonas Tesfay
cpr [[010184-2963]]
""")

M("e", """
Til Opkrævningen

Jeg har fået en rykker på restance for ejendomsskat og renovation på 14.360 kr. Jeg er
gået ned i tid og kan ikke betale det hele. Kan jeg få en afdragsordning på 1.500 kr.
om måneden?

Venlig hilsen
Karl Erik Hjorth
[[231151 0477]]
""")

M("e", """
Hej Pladsanvisningen

Min søn Noah har fået friplads i SFO'en, men jeg har fået en regning på fuld pris for
januar. Jeg har vedhæftet bevillingen. Kan I rette det?

Mvh
Shirin Rahimi
""")

M("bhe", """
Til Ishøj Plejecenter, cc. borgerrådgiveren

Min mor er Jehovas Vidne og har svær demens. Hun bor i afdeling Strandengen. Hun har
altid sagt nej til blod, og det står i hendes papirer. Alligevel stod det ikke i
journalen, da hun blev indlagt i december. Vi vil gerne sikre, at det ikke sker igen.

Med venlig hilsen
Hanne Moos
""")

M("", """
Hej

Hvad er besøgstiderne på kommunens plejecentre i julen, og må man tage hund med? Jeg
skal hjælpe vores kor med at arrangere julesang for beboerne.

Mvh
Birgit
""")

M("se", """
Til Familieretshuset v/ Ishøj Kommune

Min mand Thomas og jeg er ved at blive skilt, og vi kan ikke blive enige om, hvor vores
datter Emma skal bo. Vi vil gerne have hjælp til en aftale. Hvem i kommunen kan
hjælpe?

Venlig hilsen
Jens Brøndum
""")

M("te", """
Hej Ahmed

Jeg kom som flygtning fra Afghanistan i 2021 og får selvforsørgelses- og
hjemrejseydelse. Jeg vil gerne tage et dansk kursus om aftenen, men jobcentret siger,
at det ikke tæller. Kan du hjælpe mig med at forstå reglerne?

Mange tak
Farid
""")

M("", """
Kære byråd

Regeringen vil sætte integrationsydelsen ned igen. Hvad mener Ishøjs byråd om det?
Det rammer mange familier i kommunen, og jeg synes, byrådet skal sige sin mening højt.

Venlig hilsen
Lene Munk
""")

M("h", """
Kære Lise

Min mand har fået konstateret kræft i tyktarmen, og han skal opereres på Herlev i næste
uge. Jeg har fået at vide, at kommunen har et tilbud om samtaler for pårørende. Hvor
finder jeg det?

Venlig hilsen
Susanne Winther
[[140458–2062]]
""")

M("e", """
Til Center for Voksne og Velfærd

Min søn sidder i Vestre Fængsel og skal løslades den 2. april. Han har ingen bolig. Kan
kommunen hjælpe ham med et sted at bo, før han kommer ud? Jeg har ikke plads til ham.

Med venlig hilsen
Inga Petersen
""")

M("", """
Til Center for Voksne og Velfærd

Hvordan samarbejder kommunen med Kriminalforsorgen om boliger til løsladte? Jeg er
formand for en boligafdeling og vil gerne vide, om vi kan blive spurgt, før nogen
flytter ind.

Mvh
Kim Svane
""")

M("he", """
hej
jeg er alkoholiker og har været ædru i 4 mdr efter behandling i kommunens
alkoholbehandling. men min kontanthjælp er blevet stoppet fordi jeg ikke mødte op til
en samtale mens jeg var på afrusning. hvem skal jeg snakke med
Brian
""")

M("", """
Til Ishøj Forsyning / kommunen

Min faktura nr. 1811670089 fra Ishøj Forsyning er på dobbelt beløb. Ejendommens
P-nummer er 1003456789, og måler 77120 viser en aflæsning, der ikke passer. Hvem skal
jeg tale med?

Venlig hilsen
Annie Stougaard
""")

M("h", """
Til Sundhedsplejen

Jeg er gravid i 22. uge og har fået at vide på Hvidovre, at barnet har en hjertefejl.
Jeg vil gerne have kontakt til en sundhedsplejerske før fødslen, ikke først bagefter.
Er det muligt?

Venlig hilsen
Maja Krogh
[[300698-4179]]
""")

M("e", """
Hej Torben

jeg er hjemløs og sover hos venner i Ishøj Nord og har gjort det siden oktober. jeg
har søgt bolig hos kommunen men de siger der er 2 års venteliste. jeg er 23. hvad skal
jeg gøre?
Lucas
""")

M("te", """
Til borgerrådgiveren

Vi er romaer fra Rumænien og har boet i Ishøj i fire år. Vi har søgt om en
akutbolig gennem kommunen, fordi vores udlejer har opsagt os, men sagsbehandleren
sagde, at "jeres slags" plejer at klare sig selv. Vi vil klage.

Venlig hilsen
Florin Stan
""")

M("h", """
Hej Susanne

Min søster Karina har haft svær depression i to år og ligger mest i sengen. Hun bor
i Ishøj, og jeg bor i Aalborg. Jeg er bange for, at hun ikke spiser. Hvem kan jeg
kontakte, der kan besøge hende?

Venlig hilsen
Camilla
""")

M("e", """
Til Center for Borger, Økonomi og IT

Jeg har gæld til kommunen for for meget udbetalt boligstøtte fra 2023, og nu har
Gældsstyrelsen sat lønindeholdelse i gang. Jeg har fået at vide, at jeg kan søge om
nedsættelse. Hvordan gør jeg det?

Venlig hilsen
Michael Strand
[[1612782307]]
""")

M("bh", """
Hej

Jeg beder og faster i ramadanen, og jeg har diabetes. Min læge siger, at jeg skal tale
med en diætist. Har kommunen en diætist, der kan hjælpe mig med at planlægge?

Venlig hilsen
Khalid
""")

M("", """
Hej

Har kommunens diabeteskursus ledige pladser i foråret, og hvem kan henvise? Jeg er
praktiserende læge i Ishøj og vil gerne give patienterne den rigtige information.

Mvh
Lars Eriksen, læge
""")

M("e", """
Til Borgerservice, boligstøtte

Vi søger om boligstøtte til vores nye lejlighed i Ishøj Nord. Jeg har vedlagt
lejekontrakten. Mit cpr: [[251280-1343]], min kones: [[091184–2616]]. Vi har to
børn.

Venlig hilsen
Omar Saleh
""")

M("sh", """
Kære Sundhedsplejen

Min kone Sara og jeg venter vores første barn i august efter insemination på en klinik
i Hellerup. Hvornår kommer sundhedsplejersken første gang, og skal vi selv ringe?

Kærlig hilsen
Camilla Sørensen
""")

M("", """
Hej

Tilbyder Ishøj Kommune økonomisk støtte til fertilitetsbehandling, eller er det kun
regionen? Jeg spørger på vegne af en forening for barnløse.

Venlig hilsen
Lise Juul
""")

M("e", """
Til Udbetaling Danmark / Ishøj Kommune

Jeg har fået en regning på 4.200 kr. for for meget udbetalt børneydelse, fordi min ekskone
ikke har meldt flytning. Det er hende, der har fået pengene. Hvordan klager jeg?

Mvh
Tobias Rask
""")

M("h", """
Hej Jens

Min nabo Per, som bor alene, fik et slagtilfælde i lørdags og ligger på Glostrup. Hans
kat er alene i huset. Jeg har en nøgle, men vil gerne vide, om kommunen har nogen, der
kan hjælpe med dyret, mens han er indlagt.

Mvh
Vagn
""")

M("", """
Hej

Jeg vil gerne give ros til hjemmeplejen i Ishøj Nord. Man ser dem overalt, og de hilser
altid. Det skal de have tak for fra en borger.

Venlig hilsen
Dagny
""")

M("eh", """
Til Hjælpemiddelteamet

Jeg har fået afslag på en rollator, fordi I mener, jeg kan låne en af min nabo. Jeg
har slidgigt i begge knæ og er faldet to gange på trappen. Jeg klager over afslaget.

Med venlig hilsen
Edith Clausen
[[130835-0558]]
""")
