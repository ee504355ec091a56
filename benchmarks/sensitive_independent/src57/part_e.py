"""corpus57 part E: end of life, funerals and burial places, elderly newcomers."""
from common import M

M("b", """Til kirkegårdsforvaltningen / Byudvikling og Natur

Min far døde i søndags. Han var troende muslim, og vi vil gerne have ham
begravet på den muslimske afdeling, og gerne med hovedet mod Mekka. Har
Ishøj Kirkegård sådan en afdeling, eller skal vi til Brøndby?

Venlig hilsen
Karim Hussein""")

M("", """Til Byudvikling og Natur

Hvor mange muslimske gravpladser er der i Ishøj, og er der planer om at
udvide? Jeg spørger på vegne af Ishøj Lokalhistoriske Forening, som
skriver om byens kirkegårde gennem tiden.

Venlig hilsen
Poul Ebbesen""")

M("", """Hej

Hvad koster en urnegrav på Ishøj Kirkegård i 10 år, og hvad koster det
med vedligeholdelse? Står priserne på nettet? Jeg vil bare gerne være
forberedt.

Mvh
Jette""")

M("b", """Til hovedpostkassen

Min mor ønskede at blive begravet fra Torslunde Kirke, hvor hun gik til
gudstjeneste hver søndag i 50 år. Nu siger kirkegården, at der er ventetid
på tre uger. Er der ikke noget, kommunen kan gøre? Hun skal ikke stå i et
kølerum i tre uger.

Hilsen
Bodil Rask""")

M("", """Til Byudvikling og Natur

Jeg ønsker ikke en præst eller nogen ceremoni, når jeg dør. Kan man blive
spredt over havet ud for Ishøj Strand, og hvem skal søge om det? Jeg er 79
og vil have styr på tingene.

Venlig hilsen
Leif Sandberg""")

M("bs", """Kære Borgerrådgiver

Min mand Søren døde i december. Han var præst i folkekirken i 30 år, og vi
havde aftalt, at vi skulle ligge i samme gravsted. Nu siger kirkegårds-
kontoret, at gravstedet kun er købt til "ægtefælle af modsat køn" efter en
gammel vedtægt. Det kan da ikke være rigtigt i 2025?

Med venlig hilsen
Jens-Peter Holm""")

M("", """Til kommunen

Hvem skal man kontakte, når et familiemedlem er død i hjemmet? Vi skal lave
en tjekliste til vores pårørendegruppe, så folk ved, hvad de skal gøre
først.

Med venlig hilsen
Lene, Pårørendegruppen i Ishøj""")

M("he", """Til Center for Voksne og Velfærd

Min far ligger for døden. Han har lungekræft og har fået at vide, at der er
uger tilbage. Han vil dø hjemme. Vi har søgt om plejeorlov, så jeg kan være
hos ham, men vi har ikke hørt noget i ti dage. Der er ikke tid til at vente.

Hans cpr er [[0606371245]], mit er [[1003721186]].

Rikke Dahl""")

M("", """Hej

Hvad er reglerne for plejevederlag og plejeorlov, når man vil passe en døende
pårørende? Jeg er HR-konsulent og vil gerne have kommunens vejledning, så jeg
kan hjælpe vores medarbejdere.

Mvh
Anders Dyhr, HR""")

M("hb", """Til hjemmesygeplejen

Min mor er døende og ønsker, at imamen fra moskeen kommer og beder med hende.
Hun er muslim og har bedt om det mange gange. Må han komme om aftenen, og
skal vi sige det til nogen?

Venlig hilsen
Hodan Ali""")

M("", """Til Center for Voksne og Velfærd

Har kommunen en aftale med Ishøj Moské om, at imamen kan besøge døende på
plejecentrene? Jeg spørger som frivillig i hospicegruppen, der gerne vil
kunne svare pårørende.

Mvh
Ulla Lind""")

M("th", """Goddag

Jeg hedder Aziz, kom fra Afghanistan sidste år. Min mor er 80 år, hun bor
hos mig. Hun er meget syg, hun har sukkersyge og hjertet. Hun taler ikke
dansk, kun dari. Lægen sagde hun skal have hjælp. Hvor skal vi gå?

Tak
Aziz Rahimi""")

M("", """Til Borgerservice

Hvor kan ældre nyankomne lære dansk i Ishøj? Er der danskundervisning om
formiddagen for folk over 65? Vi er en frivillig forening, der hjælper
nyankomne familier.

Mvh
Venligboerne Ishøj""")

M("te", """Til borgerrådgiveren

Min far er 74 og kom fra Syrien som flygtning i 2016 sammen med mig. Han
har fået folkepension, men kun brøkpension, fordi han ikke har boet her
længe. Han har svært ved at betale husleje. Hvad kan han søge om?

Med venlig hilsen
Rami Saleh""")

M("", """Til Center for Voksne og Velfærd

Hvordan beregnes brøkpension for folk, der kommer til Danmark sent i livet?
Jeg er studerende på jura og skriver om reglerne i en opgave. Har kommunen
tal for, hvor mange i Ishøj der får brøkpension?

Venlig hilsen
Amalie Krogh""")

M("tb", """Kære borgmester

Jeg er armenier og ortodoks kristen. Min mand døde i januar, og vi vil gerne
holde en armensk mindehøjtidelighed 40 dage efter, som vi gør i vores kirke.
Kan vi låne en sal i kommunen til det? Vi er cirka 60 personer.

Venlig hilsen
Anahit Sarkisian""")

M("", """Hej

Kan man leje festsalen i Ishøj Medborgerhus til en mindehøjtidelighed, og
hvad koster det? Vi er ca 50 personer en lørdag i marts.

Mvh Brian""")

M("s", """Til kirkegårdskontoret

Min kone Hanne døde den 2. marts. Vi skal have vores navne på samme
gravsten. Skal jeg søge om det, eller kan stenhuggeren bare gøre det? Vi
havde været gift siden 2012, hvor det blev muligt.

Med venlig hilsen
Ulla Brandt""")

M("", """Til kirkegårdsforvaltningen

Hvilke regler gælder for gravsten på Ishøj Kirkegård – højde, materialer og
inskription? Jeg er stenhugger og har fået en henvendelse fra en familie.

Venlig hilsen
Stenhuggeriet Vest""")

M("he", """Til visitationen

Min mor har demens i sidste stadie og kan ikke længere spise. Lægen siger,
at hun er terminal. Hun bor stadig hjemme med hjemmepleje, men vi vil gerne
have hende på en plejebolig eller hospice de sidste uger. Hvad kan I
tilbyde?

Venlig hilsen
Annette Skov, [[141066-0622]]""")

M("", """Til Center for Voksne og Velfærd

Hvor mange hospicepladser har Ishøj adgang til, og hvad er ventetiden? Jeg
er med i en debatgruppe om palliativ pleje og vil gerne have tallene.

Hilsen
Gunhild""")

M("bt", """Hello,

My father is Jewish and Danish, and he passed away on Friday in Ishøj. He
wished to be buried at the Mosaisk Vestre Begravelsesplads in Copenhagen
within a day or two, as is our custom. The municipality has not issued the
paperwork yet. Who can help us today?

Rachel Cohen""")

M("", """Til Byudvikling og Natur

Vi er naboer til kirkegården og vil klage over, at der bliver slået græs med
store maskiner søndag morgen kl. 7. Det er meget larmende. Kan man ikke
vente til kl. 9?

Mvh
Beboerne på Kirkebjerg""")

M("b", """Kære Borgerrådgiver

Min bror er humanist og ateist og ønskede en borgerlig bisættelse uden
salmer og præst. Det har vi gjort. Men bedemanden sagde, at kapellet på
kirkegården kun kan bruges til kirkelige handlinger. Er det rigtigt? Hvor
skal ikke-troende så holde en afsked?

Venlig hilsen
Pernille Gram""")

M("", """Hej

Er kapellet på Ishøj Kirkegård også til rådighed for borgerlige
begravelser, eller kun kirkelige? Jeg spørger for at vide det i god tid.

Mvh
Kurt""")

M("e", """til borgerservice

min mor er død og vi har fået en regning på 28.000 for begravelsen. hun havde
ingen penge, hun boede på plejehjem og fik kun folkepension. vi har søgt
begravelseshjælp men har fået afslag. hvorfor?

Mads""")

M("ht", """Kære Center for Voksne og Velfærd

Min svigerfar er fra Marokko og har kræft. Han vil gerne rejse hjem og dø i
sin landsby. Han får medicin fra sygehuset. Kan han tage medicinen med, og
hvem kan hjælpe med papirerne? Han er meget svag.

Venlig hilsen
Lisbeth Alaoui""")

M("", """Til borgmesterens PA

Borgmesteren bedes holde en kort tale ved indvielsen af den nye minde-
lund på kirkegården den 10. maj. Programmet er vedhæftet. Menighedsrådet og
kommunen har i fællesskab betalt lunden.

Med venlig hilsen
Menighedsrådet i Ishøj Sogn""")

M("b", """Til Borgerservice

Jeg har meldt mig ud af folkekirken for 20 år siden og er blevet katolik. Kan
jeg stadig blive begravet på Ishøj Kirkegård ved siden af min kone, og må
der stå et kors på graven?

Med venlig hilsen
Heinz Becker""")

M("u", """Til hovedpostkassen

FOA Seniorklub Ishøj holder mindestund for de medlemmer, der er døde i år.
Vi er 35, der har været medlemmer i FOA i over 30 år, og vi vil gerne have
tilladelse til at plante et træ i parken ved rådhuset. Hvem skal vi spørge?

Venlig hilsen
Inger Lise Hansen, formand""")

M("", """Til Byudvikling og Natur

Hvornår bliver de nye bænke sat op på kirkegården? Mange ældre går derud
hver dag og savner at kunne sidde ned.

Hilsen
Gerda Vang""")

M("et", """Goddag

Min bedstemor er fra Vietnam og bor alene. Hun får hjemmehjælp, men hun
forstår ikke, hvad de siger. Nu er min bedstefar død, og hun ved ikke,
hvordan man betaler regninger. Kan kommunen give en person, der taler
vietnamesisk, bare en gang?

Hilsen
Linh""")

M("he", """Til Borgerrådgiveren

Min mor døde på plejecentret i februar. Vi fik først besked tre timer efter.
Hun havde hjertesvigt, og personalet vidste, at hun var døende, men ingen
ringede. Vi vil gerne have en forklaring.

Hilsen
Stine og Ole Brink""")

M("", """Til Center for Voksne og Velfærd

Vi er en gruppe frivillige, der vil tilbyde vågetjeneste for døende, som
ikke har familie. Kan kommunen hjælpe med at udbrede kendskabet på
plejecentrene? Vi har gennemført kursus hos Røde Kors.

Venlig hilsen
Vågetjenesten Ishøj""")

M("bh", """Til hjemmesygeplejen

Min mand har ALS og har valgt ikke at få respirator. Vi er Jehovas Vidner, og
han vil ikke have blod, heller ikke hvis han falder og bløder. Vi vil gerne
have, at det står i hans journal i kommunen også.

Med venlig hilsen
Ruth Skovgaard""")

M("t", """Til borgmesteren

Jeg er selv af romaslægt og har boet i Ishøj hele mit liv. Da min far døde,
ville kirkegårdens medarbejder ikke lade os samles mere end 20 ved graven.
Han sagde "I plejer jo at være mange og larme". Andre familier bliver ikke
behandlet sådan.

Med venlig hilsen
Miro Stefanović""")

M("", """Til Byudvikling og Natur

Hvad er reglerne for at sætte lys og blomster på gravene i vinterperioden?
Vores forening vil gerne sætte grankranse på de ældre, ikke vedligeholdte
grave i december.

Mvh
Ishøj Haveselskab""")

M("e", """Til Borgerservice

Jeg er blevet enke og har fået et brev om, at jeg kan søge om
efterlevelseshjælp. Jeg har søgt, men det er seks uger siden. Min mand og jeg
havde fælles økonomi, og jeg har svært ved at betale regningerne alene.

Mit personnummer er [[291146\u20130804]].

Venlig hilsen
Jytte Holm""")

M("", """Hej

Hvornår er der sorggruppe for ældre i Ishøj, og hvem står for den? Jeg
hørte om det på biblioteket og vil gerne give det videre til nogen i min
opgang.

Mvh
Else""")

M("hs", """Kære sorggruppe / Center for Voksne og Velfærd

Min mand Niels døde for et år siden. Jeg har været i sorggruppen på
biblioteket, men jeg er den eneste mand, der har mistet en mand, og jeg
føler mig udenfor. Jeg har også fået antidepressiv medicin af min læge. Er
der en anden gruppe, jeg kan gå i?

Venlig hilsen
Bjørn Lauesen""")

M("", """Til hovedpostkassen

Vi er et bedemandsfirma og vil høre, om kommunen har en aftale om
begravelseshjælp direkte med bedemænd, eller om de pårørende selv skal
søge. Vores CVR er 29384712.

Venlig hilsen
Ishøj Begravelsesforretning""")

M("bu", """Til udvalgsformanden for Kultur og Fritid

Jeg er pensioneret lærer, medlem af DLF's pensionistforening og aktiv i
Humanistisk Samfund. Vi vil gerne arrangere en aften på biblioteket om
"den gode død uden religion". Kan udvalget støtte med et lokale?

Med venlig hilsen
Kaare Bendixen""")

M("teh", """Til visitationen

Jeg er fra Somalia, min mor er 88. Hun er kommet på familiesammenføring for
to år siden. Hun kan ikke gå og kan ikke dansk. Vi har søgt om hjemmehjælp
til bad. Det er svært for min datter og mig at bade hende. Hvornår kan I
komme?

Hilsen
Fadumo Warsame""")

M("", """Til kommunen

Er det muligt at få en tolk til et møde med visitationen, hvis man ikke taler
dansk? Hvem betaler for tolken? Jeg arbejder på et sprogcenter og spørger
generelt.

Mvh
Jesper Aagaard""")

M("eb", """Til plejecentret Bredekær

Min far har fået et værelse hos jer, og vi er glade for det. Han har gået i
kirke hver søndag hele sit liv og vil gerne fortsat til gudstjeneste i
Ishøj Kirke. Kan nogen fra personalet følge ham, eller skal vi søge om
ledsagelse?

Med venlig hilsen
Birgitte Hald""")
