"""corpus71 part D: the local plan, plots for sale, buying, selling and expropriation."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vi har sat vores hus på Ishøj Bygade til salg, og en køber har givet et bud med
forbehold for at de må bygge en tilbygning mod haven. Mægleren siger, at forslaget til
den nye lokalplan måske forbyder det. Hvornår bliver lokalplanen vedtaget?

Venlig hilsen
Lars og Annette Brodersen
""")

M("", """
Kære Karsten Holm

Jeg har læst forslaget til lokalplan 1.78 for området ved Ishøj Station. Jeg synes
bygningshøjderne på seks etager er alt for meget i forhold til de eksisterende
rækkehuse. Hvordan afgiver man høringssvar, og hvornår er fristen?

Med venlig hilsen
Gunnar Blom
""")

M("p", """
Til Ishøj Kommune, salg af grunde

Vi vil gerne byde på storparcel 4 i Vejleå Nord. Vi tilbyder 4,2 mio. kr., betinget
af at vi kan få finansieringen på plads. Vedlagt vores budskema underskrevet af begge.

Med venlig hilsen
Jannik og Rebecca Mørch
cpr-nr. [[090285-1933]] og [[160787-2024]]
""")

M("", """
Hej

Hvornår sætter kommunen de næste byggegrunde til salg i Ishøj Landsby? Jeg har set
på hjemmesiden, men der står kun "forventes i 2027". Vi er bare interesserede generelt.

Mvh
Sanne Gregersen
""")

M("p", """
Kære borgmester

Kommunen har varslet ekspropriation af en strimmel af min have langs Ishøj Søvej til
den nye cykelsti. Vi er i gang med at forhandle erstatningen, og jeg synes jeres
tilbud på 38.000 kr. er alt for lavt. Kan byrådet se på det igen?

Med venlig hilsen
Holger Bech
""")

M("", """
Til Center for Byudvikling og Natur

Kommer der borgermøde om den nye kommuneplan? Vi er mange i Torslunde, der gerne vil
vide hvad der skal ske med markerne mellem landsbyen og motorvejen.

Vh
Torslunde Landsbyråd
""")

M("pe", """
Hej Lise

Vi er nødt til at sælge vores andelsbolig, fordi jeg har mistet mit job og min kone
er på SU. Foreningen har godkendt prisen, og vi har en køber, men hun har ikke fået
lånet endnu. Kan kommunen hjælpe med boligstøtte i mellemtiden, hvis vi skal blive
boende lidt længere?

Hilsen
Kristoffer Lau
""")

M("", """
Hej borgmester

Hvorfor har kommunen valgt at sælge grunden ved Ishøj Havn til et investeringsselskab
i stedet for at lave almene boliger? Jeg synes det er en dårlig beslutning.

Mvh
Birgit Rasmussen
""")

M("p", """
Til udvalgsformanden for Plan og Erhverv

Jeg ejer et mindre erhvervslokale i Ishøj Erhvervspark, som er solgt betinget til en
bilforhandler. Køberen vil kun gennemføre, hvis lokalplanen tillader udendørs
udstilling af biler. Kan jeg få en forhåndsudtalelse?

Med venlig hilsen
Jens Krarup
Krarup Holding ApS, CVR 31 45 76 12
""")

M("ps", """
Kære Merete

Min mand Bo og jeg (Henrik) har fundet vores drømmehus i Torslunde og har givet et bud.
Sælger siger der er en verserende sag om en vej der skal gå bag grunden. Ved
kommunen noget om det? Vi skal svare i morgen.

Venlig hilsen
Henrik Juhl
""")

M("", """
Til Ishøj Kommune

Jeg repræsenterer en udvikler, der er interesseret i at opføre et logistikcenter i den
nye erhvervszone ved Baldersbækvej. Hvilke grunde er til rådighed, og hvilken
erhvervsservice tilbyder kommunen nye virksomheder?

Best regards / Venlig hilsen
Martin Hjort, Nordic Logistics Development
""")

M("phe", """
Hej

Vi skal sælge min fars hus på Store Vejleå Vej, fordi han er flyttet på plejehjem efter
sit slagtilfælde. Der er en køber, men de vil vide om det er rigtigt at lokalplanen
gør det umuligt at dele grunden. Kan I hjælpe?

Med venlig hilsen
Annette Kjær
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg sidder i et dødsbo, og min fars hus er sat til salg. Vi har fået et bud. Vil I
bekræfte, at der ikke er noget kloakpåbud på ejendommen? Matr.nr. 5c, Tranegilde By.

Mvh
Johnny Birk
""")

M("", """
Til formanden for Teknik- og Miljøudvalget

Jeg forstår, at vejen gennem Ishøj Landsby skal lukkes i tre måneder til foråret på
grund af kloakarbejde. Hvordan kommer skolebørnene sikkert til skole?

Venlig hilsen
Mette Haugaard, forælder
""")

M("pt", """
Kære borgmester

Jeg er egyptisk forretningsmand og vil gerne købe den kommunale grund ved Ishøj
Strandvej 120 til en restaurant. Jeg har sendt et tilbud til jeres ejendomsafdeling
for fire uger siden og har ikke hørt noget. Er grunden stadig til salg?

Med venlig hilsen
Karim Mansour
""")

M("", """
Hej Lise

Hvor mange nye boliger forventer kommunen at bygge i de næste ti år ifølge
planstrategien? Jeg skriver en artikel til grundejerforeningens blad.

Hilsen
Bent Carstensen
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg er ejendomsmægler og sælger en villa på Ishøj Strandvej på vegne af et ægtepar.
Køber har betinget sig, at der ikke er planer om ekspropriation til den nye sti langs
stranden. Kan I bekræfte det skriftligt?

Med venlig hilsen
Nina Friis, Home Ishøj
Sagsnr. hos os: 44170
""")

M("p", """
hej Karsten

vi vil købe grunden ved siden af vores, den er til salg, men lokalplanen siger
der kun må bygges i én etage. sælger vil ikke gå ned i pris. kan man få dispensation?

mvh Dennis og Pernille, Gadekærvej
""")

M("", """
Til Ishøj Kommune

Vi har købt vores hus i 2019 og overvejer at bygge en ekstra etage. Hvad siger
lokalplanen for Ishøj Landsby om taghældning? Vi vil bare vide det på forhånd.

Med venlig hilsen
Stine og Rasmus Birk
""")

M("pe", """
Til Borgerrådgiveren

Vores hus skal på tvangsauktion den 22. februar, fordi vi er bagud med afdragene efter
min mands konkurs. Ejendomsskatten til kommunen skylder vi også. Hvis vi kan finde en
køber inden, vil kommunen så give henstand?

Med venlig hilsen
Lene Schou
""")

M("p", """
Kære Merete Dahl

Min nabo har sat sit hus til salg, og en projektudvikler har budt på det. Jeg har
hørt, at de vil rive det ned og bygge fire rækkehuse. Kan de det efter den
gældende lokalplan?

Venlig hilsen
Vagn Iversen
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har læst at kommunen overvejer at ekspropriere arealer til udvidelse af
Ishøj Stationsvej. Hvilke ejendomme kan blive berørt, og hvornår sendes der
høringsbreve ud?

Venlig hilsen
Anders Brink
""")

M("pb", """
Til borgmesteren

Vi er en gruppe muslimske familier, der har samlet penge til at købe den tidligere
Netto-grund på Vejlebrovej til et moskébyggeri. Jeg er selv med i bestyrelsen og beder
i den midlertidige moské hver fredag. Vi har budt 6 mio. kr., men kommunen har ikke
svaret. Hvornår træffes der beslutning?

Med venlig hilsen
Omar Qureshi
""")

M("", """
Hej

Er det rigtigt at kommunen har solgt grunden ved Ishøj Sø til et hotel? Jeg kan ikke
finde nogen dagsorden om det. Jeg er bare nysgerrig.

Hilsen
Lone Dinesen
""")

M("p", """
Til direktionsassistenten, Center for Byudvikling og Natur

Vi har underskrevet en betinget købsaftale på et kolonihavehus i Ishøj Kolonihaveforening
og venter på at foreningen godkender os. Må man overnatte i huset om vinteren efter de
nye regler i lokalplanen? Ellers trækker vi os.

Med venlig hilsen
Eva og Malthe Kruse
""")

M("", """
Til udvalgsformanden for Plan og Erhverv

Ishøj Erhvervsforening ønsker at give høringssvar til erhvervs- og turismestrategien.
Vi mener, at kommunen bør satse mere på iværksættere og mindre på store logistikfirmaer.
Vores bestyrelse har vedtaget det vedhæftede høringssvar.

Med venlig hilsen
Erhvervsforeningen
""")

M("pu", """
Kære Karsten

Jeg er elektriker og medlem af Dansk El-Forbund. Jeg har købt en lille
erhvervsgrund i Ishøj Erhvervspark med forbehold for byggetilladelse til et værksted.
Byggesagen har ligget i tre måneder, og sælger vil annullere handlen hvis den ikke er
på plads til nytår. Kan du hjælpe?

Hilsen
Thomas Vind
""")

M("pe", """
Til Ishøj Kommune

Efter min skilsmisse skal vores rækkehus sælges. Min ex-mand vil ikke samarbejde med
mægleren, og en køber har trukket sig. Nu skal vi sætte prisen ned. Kan kommunen give
henstand med ejendomsskatten indtil salget?

Mvh
Ditte Klausen
[[040476 2188]]
""")

M("", """
Hej

Vores grundejerforening vil gerne vide, om kommunen vil købe vores fælles grønne
område og vedligeholde det. Vi har ikke besluttet noget, vi undersøger bare mulighederne.

Hilsen
G/F Ishøj Enge
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg er blevet tilbudt at købe den kommunale restgrund bag min have på Tranegilde
Strandvej for 85.000 kr. Jeg vil gerne acceptere, men kan vi aftale at kommunen betaler
landinspektøren?

Med venlig hilsen
Ib Sønderby
""")

M("", """
Til formanden for Teknik og Miljø

Parkeringsforholdene ved Ishøj Bycenter er blevet meget dårligere efter at en del af
parkeringspladsen blev lukket til byggeri. Er der planer om et P-hus?

Venlig hilsen
Hugo Winkel
""")

M("phe", """
Kære Lise Brandt

Min kone og jeg er ved at sælge vores hus og flytte i en ældrebolig. Køberen er klar,
men vi har ikke fået tilbudt en ældrebolig endnu, og min kone har brug for det nu
efter hendes hofteoperation. Kan vi komme foran i køen?

Med venlig hilsen
Ejner Kristensen
""")

M("", """
Hej

Hvornår starter byggeriet af de nye rækkehuse ved Strandgårdsvej? Vi bor lige ved siden af
og vil gerne vide om der bliver larm om natten.

Mvh
Dorthe, nr. 31
""")

M("pt", """
Til Borgerrådgiveren

Jeg er fra Irak og bød på et hus i Ishøj gennem en mægler. Sælgeren afviste mit bud,
selvom det var det højeste, og mægleren sagde bagefter at "de ville helst sælge til en
dansk familie". Jeg ved godt det ikke er kommunen, men kan I vejlede mig?

Med venlig hilsen
Haider Al-Jabouri
""")

M("", """
Til Ishøj Kommune

Vi bor på Søtoften og kan se at der er kommet et nyt forslag til lokalplan for området
bag os. Vi vil gerne have papirudgaven tilsendt. Vores adresse er Søtoften 18.

Venlig hilsen
Karen og Peder Lund
""")

M("p", """
Kære borgmester

Jeg har en mindre landbrugsejendom i Tranegilde, som jeg har solgt betinget til
min nabo. Nu har jeg hørt at kommunen vil ekspropriere en del af jorden til et
regnvandsbassin. Det vil vælte handlen. Hvad sker der?

Med venlig hilsen
Poul Hedegaard
""")

M("", """
Hej Merete

Hvordan går det med planerne om en ny svømmehal? Jeg har hørt at kommunen har
købt grunden ved Vejleåvej for længst, men at byggeriet er udskudt.

Mvh
Jane
""")

M("pe", """
Til direktionsassistenten, Center for Borger, Økonomi og IT

Vi har en restskat på 220.000 kr., og SKAT har tvunget os til at sælge vores
fritidshus i Ishøj Strand. Der er en køber, men vi mangler en ejendomsvurdering fra
jer. Kan I prioritere det?

Med venlig hilsen
Hans og Gerda Moos
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har et generelt spørgsmål: Hvor lang tid tager det at få en byggetilladelse til et
enfamiliehus i Ishøj i gennemsnit? Jeg er arkitekt og skal rådgive en kunde.

Med venlig hilsen
Sara Lindholm, arkitekt MAA
""")

M("p", """
Hej Lise

Jeg overvejer at købe Ishøj Kommunes tidligere børnehave på Brohusgade, som er sat
til salg, og lave den om til bolig. Mit bud er klar, men først vil jeg vide om I vil
ændre lokalplanen fra offentlige formål til boliger.

Vh
Kenneth Nørgaard
""")

M("", """
Til Ishøj Kommune

Jeg har fået besked om at jeres landmåler skal ind på min grund den 4. december i
forbindelse med kortlægning af vandløbet. Det er fint, men giv lige besked på
tlf. 26 14 90 55 en halv time før.

Hilsen
Preben Lyng
""")

M("pb", """
Kære Karsten Holm

Jeg er præst i Ishøj Frimenighed, og vi ønsker at købe et ledigt erhvervslokale på
Industrivej til kirkesal. Vi har en betinget aftale med ejeren. Hvordan får vi ændret
anvendelsen i lokalplanen?

Velsignet hilsen
Pastor Daniel Krogh
""")

M("", """
Til Center for Byudvikling og Natur

Hvorfor må vi ikke sætte et hegn op i forhaven efter lokalplan 2.20? Det står ikke
klart i teksten. Jeg spørger for hele vejen, vi har diskuteret det på vejfesten.

Mvh
Jacob Hvid
""")
