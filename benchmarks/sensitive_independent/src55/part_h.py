"""corpus55 part H: mixed mails, origin, belief and orientation next to work, money and property."""
from common import M

M("tp", """Hej Lone

Vi er en vietnamesisk familie der har drevet en neglesalon på Ishøj Torv i 9 år. Nu vil vi købe butikslokalet, men udlejer vil kun sælge hvis kommunen ændrer lokalplanen til blandet bolig/erhverv. Vi har lavet en betinget aftale. Kan du sige noget om tidshorisonten?

Mvh Linh Nguyen""")

M("b", """Kære Erik

Jeg er katolik og går i kirke i Sankt Knud Lavard hver søndag. Bus 128 kører ikke tidligt nok om søndagen til højmessen. Kan kommunen tale med Movia om det? Jeg er 79 og har ikke bil.

Venlig hilsen
Agnes Weber""")

M("s", """Hej

min mand og jeg (vi er begge mænd for en ordens skyld) har fået et brev om at vi skal betale for rottebekæmpelse på vores grund. Vi har aldrig set en rotte. Hvordan klager vi?

Carsten Lauritzen""")

M("tbe", """Til borgerrådgiveren

Jeg er somalier og muslim, og jeg arbejder som rengøringsassistent på en skole i kommunen. Min leder har sagt at jeg ikke må bede i min pause, heller ikke i et tomt lokale. Jeg er på nedsat tid og har svært ved at få økonomien til at hænge sammen, og jeg tør ikke miste jobbet.

Hamdi""")

M("", """Hej

Vi er et par der gerne vil købe sommerhus i Ishøj Strand-området. Er der nogen kommunale regler for helårsbeboelse? Vi har ikke fundet noget endnu, vi kigger bare.

Mvh Anja""")

M("t", """Hej

Jeg er halvt iraner og halvt dansk og arbejder i Ishøj Kommunes lønafdeling. Jeg har fået tilbudt en stilling i Borgerservice, men lederen har sagt højt at de "skal passe på med for mange med anden baggrund ved skranken". Jeg vil gerne have at det bliver undersøgt.

Mvh S.""")

M("bp", """Til Ejendomsafdelingen

På vegne af Ishøj Islamiske Trossamfund, hvor jeg selv er medlem og beder hver fredag, vil jeg spørge om kommunen stadig vil sælge grunden ved Industrivej til et kulturcenter. Vi har afgivet et betinget bud i maj og har ikke hørt noget.

Med venlig hilsen
Yusuf Demir, kasserer""")

M("s", """Kære Annette,

Tak for din tale ved Ishøj Pride. Jeg er en 68-årig lesbisk kvinde og har aldrig turdet sige det højt i Ishøj før. Din tale betød meget for mig og min kæreste Hanne.

Varme hilsner
Birte""")

M("te", """hej jeg kom til danmark som flygtning fra afghanistan for 6 år siden. jeg har fået job som elektrikerlærling men min lærlingeløn er for lille til at betale husleje. jeg har fået boligstøtte før men nu siger de nej. hvorfor? mvh Mohammad""")

M("p", """Til Center for Byudvikling og Natur

Vi er ved at købe ejendommen Tranegildevej 12 og har fået oplyst at der er en verserende sag om ulovlig udlejning af udhuset. Købsaftalen er underskrevet med advokatforbehold, som udløber om en uge. Kan I oplyse sagens status?

Med venlig hilsen
Brian og Marianne Krog""")

M("b", """Hej

Jeg er medlem af Alternativet og vil gerne søge puljen til grønne initiativer for en byttecentral. Er politisk aktive udelukket fra at søge?

Venlig hilsen
Johanne Sejer""")

M("", """Til Teknik- og Miljøudvalget

Ejendomsvurderingen for hele Ishøj Strand er steget med over 30 %. Det er urimeligt for pensionister. Jeg foreslår at kommunen sænker grundskyldspromillen.

Med venlig hilsen
Grundejerforeningen Strandgården""")

M("st", """Kære borgmester

Min mand og jeg er to mænd fra Filippinerne og Danmark. Han har fået afslag på familiesammenføring, og selvom det er statens sag, vil vi bede om at kommunen hjælper med at forklare hans integrationsforløb. Vi har boet sammen i 5 år.

Venlig hilsen
Jonas Mikkelsen""")

M("bt", """Til Center for Børn og Forebyggelse

Min søn Levi er jødisk og må ikke spise svinekød. I SFO får han pølser hver fredag. Kan han få et alternativ? Vi er glade for SFO'en ellers.

Venlig hilsen
Rebecca Stein""")

M("tp", """Hej

Jeg er fra Libanon og driver et pizzeria på Ishøj Stationsvej. Jeg har fået et tilbud fra en køber på 1,1 mio. for forretningen inklusive bygningen, men han vil have skriftlig bekræftelse på at der ikke er påbud om fedtudskiller. Haster.

Mvh Bilal""")

M("b", """Hej Lone

Min datter skal konfirmeres i Torslunde Kirke næste år, og vi er på venteliste til at leje Torslunde Forsamlingshus. Ved du om kommunen har andre lokaler?

Mvh
Pia Holmberg""")

M("", """Hej

Er det rigtigt at Torslunde Forsamlingshus bliver udlejet til konfirmationer hele maj måned? Vi er en motionsforening der plejer at bruge salen om lørdagen.

Vh Sportsforeningen Torslunde""")

M("te", """Til Jobcenteret

Jeg er ukrainsk og har arbejdet som sygeplejerske i Kharkiv i 12 år. Nu er jeg i praktik som rengøringsassistent på plejecentret. Jeg vil gerne have hjælp til at få min autorisation godkendt. Min sagsbehandler siger det er for dyrt.

Mvh Iryna""")

M("s", """hej
er der en støttegruppe for unge transpersoner og homoer i ishøj? jeg er 16 og bøsse og har ikke sagt det til nogen herhjemme. skriv gerne til denne mail, ikke min forælders.
/A""")

M("ub", """Kære udvalgsformand

Som medlem af Dansk Folkeparti og af Dansk Metal vil jeg protestere mod at kommunen bruger udenlandske firmaer til anlægsopgaver. Vi har dygtige lokale håndværkere.

Med venlig hilsen
Kurt Jessen""")

M("p", """Til Ishøj Kommune

Vores ejerforening i Ishøj Søpark har fået et bud fra et pensionsselskab på at købe hele bebyggelsen. Generalforsamlingen skal stemme om det i januar. Vi vil gerne vide om kommunen har forkøbsret eller krav der skal indfries. Jeg ejer selv lejlighed 4.2 og skal stemme.

Venlig hilsen
Hanne Bredsdorff""")

M("", """Til borgmesteren

Hvorfor har Ishøj Kommune ikke en officiel moské-dialoggruppe som i Albertslund? Jeg synes det ville være godt for sammenhængskraften.

Mvh
Lars""")

M("tb", """Til borgerrådgiveren

Jeg er pakistansk og bærer tørklæde. Da jeg var til samtale om et job i kommunens dagpleje, spurgte lederen om jeg ville tage tørklædet af når jeg var sammen med børnene. Jeg fik ikke jobbet. Jeg vil gerne klage.

Samina""")

M("s", """Kære byrådsmedlem

Min kone Marianne og jeg – ja, vi er to kvinder – har haft et træ fra kommunens areal væltet ind over vores carport i stormen. Hvem betaler?

Med venlig hilsen
Dorte Nielsen""")

M("b", """Hej

Jeg er buddhist og mediterer hver morgen i Ishøj Strandpark. Nu er der kommet et hundeluftområde lige der. Kan man flytte det lidt?

Kh Niels""")

M("te", """Kære Erik

Min svigerfar er fra Tyrkiet og har fået et krav fra kommunen om tilbagebetaling af folkepension, fordi han var i Tyrkiet i 7 måneder. Han vidste ikke at reglerne var ændret. Han taler ikke meget dansk. Hvem kan forklare det på tyrkisk?

Mvh
Henrik Aslan""")

M("p", """Til Center for Byudvikling og Natur

Jeg har fået en forespørgsel fra en nabo om at købe en strimmel af min grund på 60 m² til hans indkørsel. Vi er enige om 90.000 kr., men skal have udstykningen godkendt. Hvad koster det og hvor lang tid tager det?

Mvh Knud Erik Hald""")

M("", """Hej

Hvordan søger man om at få et vejbump på Gadekærvej? Der kører mange for stærkt forbi vores hus, og vi har små børn.

Venlig hilsen
Familien Ravn""")

M("bu", """Til udvalgsformanden

Jeg er medlem af Radikale Venstre og af IDA. Jeg har arbejdet som ingeniør i 25 år og vil tilbyde mig som borgerrepræsentant i klimarådet. Jeg håber det er muligt.

Med venlig hilsen
Christina Vestergaard""")

M("t", """Hej Lone

Min nabo har råbt "skrid hjem til Afrika" efter min søn, som er adopteret fra Etiopien. Det er ikke første gang. Kan boligselskabet og kommunen gøre noget?

Venlig hilsen
Mette Lund""")

M("pb", """Kære udvalgsformand

Vi er en gruppe på ca. 20 familier fra den katolske menighed i Ishøj, og vi vil gerne købe den gamle skolebygning i Torslunde til et forsamlingshus. Jeg er selv katolik og har koordineret vores bud, som er afgivet. Hvornår træffes beslutningen?

Med venlig hilsen
Francesco Rossi""")

M("", """Til hovedpostkassen

Hvilke åbningstider har Ishøj Rådhus i forbindelse med ramadanen? En kollega sagde at der var ændret åbningstid for borgerservice, men jeg kan ikke finde det.

Mvh Heidi""")

M("s", """Hej Annette

Min søn og hans mand har fået en datter ved hjælp af en surrogatmor i Canada. Nu skal hun registreres i Ishøj. Hvem skal de henvende sig til? De er lidt nervøse for om det bliver godkendt.

Mvh
Jytte""")

M("tb", """To the Mayor,

I am a Jewish-American citizen who has lived in Ishøj for 11 years. This year the municipality moved the job fair to a Saturday, which is our Shabbat. My family and I keep Shabbat strictly. Could future events be on a weekday?

Sincerely,
Rachel Goldberg""")

M("b", """Hej

Jeg har stemt på Enhedslisten hele mit liv, men nu er jeg så træt af at partiet i Ishøj støtter lukningen af plejehjemmet. Jeg melder mig ind i et andet parti. Mvh Hans""")

M("st", """Kære byrådsmedlem

Jeg er en homoseksuel mand fra Iran og har fået opholdstilladelse i Danmark. Jeg bor i Ishøj og vil gerne engagere mig i en forening. Kender du en forening for LGBT+ flygtninge?

Mvh Reza""")
