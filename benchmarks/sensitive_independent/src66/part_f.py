"""corpus66 part F: freelancers without dagpenge, sick leave, health in working life."""
from common import M

M("he", """
Til Center for Beskæftigelse og Erhverv

Jeg er freelance fotograf og har fået konstateret brystkræft. Jeg har aldrig været i en
a-kasse, og jeg har ikke tegnet sygedagpengeforsikring for selvstændige. Jeg skal i
kemo i et halvt år. Jeg har søgt sygedagpenge hos jer, men fik at vide i telefonen at
jeg hellere må søge kontanthjælp. Hvad er rigtigt?

Med venlig hilsen
Anne Vinther
[[220586-2417]]
""")

M("e", """
hej
jeg er freelance lydtekniker og har ikke haft opgaver siden sommer. er ikke i nogen
a-kasse så ingen dagpenge. har søgt kontanthjælp men de siger at min kæreste skal
forsørge mig. vi er ikke gift. er det rigtigt?
mvh Kasper
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Hvad er reglerne for at få dagpenge som selvstændig bibeskæftigelse? Jeg underviser
på et kursus om iværksætteri og vil gerne kunne svare deltagerne korrekt.

Mvh
Lone Friis, underviser
""")

M("h", """
Hej Mikkel

Jeg har en lille tegnestue og har haft long covid i et år. Jeg kan kun arbejde tre
timer om dagen. Jeg ved godt kommunen ikke kan gøre noget for mig, men jeg vil bare
have at politikerne ved at der er mange selvstændige som os, der falder mellem to
stole.

Vh
Pernille Krag
""")

M("he", """
Til borgerrådgiveren

Jeg har været sygemeldt med stress siden februar. Jeg driver et lille
rengøringsfirma med to ansatte, og nu har jobcentret stoppet mine sygedagpenge, fordi
de mener at jeg kan passe firmaet hjemmefra. Jeg har ikke fået en ordentlig
begrundelse. Jeg vil klage.

Venlig hilsen
Mia Kjeldsen
Cpr.nr. [[181175-1308]]
""")

M("", """
Til Center for Voksne og Velfærd

Tilbyder kommunen førstehjælpskurser til små virksomheder? Vi er et lille
håndværkerfirma med 5 ansatte, og vi vil gerne have alle på kursus.

Mvh
Jensen & Søn Tømrer
""")

M("hs", """
Hej

Min mand Frederik og jeg (Mads) har en lille vinhandel. Frederik har fået en blodprop
i hjertet og skal til genoptræning. Kan han få genoptræning i Ishøj, eller skal han til
Glostrup? Han har fået en genoptræningsplan fra hospitalet.

Mvh
Mads Holberg
""")

M("e", """
Til hovedpostkassen

Jeg har fået brev om at jeg skal til møde i jobcentret om mit forløb, men jeg har
lige fået et freelancejob i tre uger. Skal jeg stadig komme, eller kan mødet
flyttes? Jeg vil ikke miste min ydelse.

Hilsen
Nicolai Bruun, [[091290 2213]]
""")

M("h", """
hej, jeg har en lille kaffebar og er gravid i 7. måned. må man som selvstændig tage sin
baby med på arbejde, eller er der regler om det? tænker på hygiejne og sådan
/Signe
""")

M("", """
Hej

Jeg arbejder i en lille virksomhed og vil gerne vide hvor man får influenzavaccine i
Ishøj, og om virksomheder kan få et tilbud om vaccination af alle medarbejdere.

Mvh
Karina, kontorchef
""")

M("he", """
Kære Hatice

Min datter er 24 og har skizofreni. Hun har lige fået sin første lejlighed, men hun
kan ikke få styr på økonomien og har fået inkasso på el-regningen. Hun har en
bostøttemedarbejder, men kun en time om ugen. Kan hun få mere?

Med venlig hilsen
Lisbeth Hauge
""")

M("hue", """
Til Center for Beskæftigelse og Erhverv

Jeg er selvstændig maler og har fået konstateret astma af maling. Malerforbundet,
som jeg stadig er medlem af, siger at det kan være en erhvervssygdom. Kan kommunen
hjælpe med omskoling?

Mvh
Jan Borg
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Har kommunen en mentorordning for nye selvstændige? Jeg er i gang med at skrive en
forretningsplan for en lille cykelforretning og kunne godt bruge en sparringspartner.

Mvh
Mikkel Vad
""")

M("hbe", """
Hej Jens

Jeg er muslim og bruger kun halal-kosttilskud. Jeg har fået en sjælden blodsygdom og
kan ikke arbejde i min butik. Jeg har søgt hjælp til medicin, men kommunen siger at
kun det ene præparat er tilskudsberettiget, og det er ikke halal. Jeg vil gerne have
en undtagelse.

Mvh
Bilal
""")

M("h", """
Til borgmesteren

Min søn på 22 er lærling i et lille værksted og fik i sidste uge en alvorlig
forbrænding i ansigtet. Han ligger på brandsårsafsnittet på Rigshospitalet. Vi vil gerne
vide om kommunen fører tilsyn med sikkerheden på værksteder.

Venlig hilsen
Hanne og Kurt
""")

M("eh", """
Kære borgerrådgiver

Jeg er selvstændig mekaniker og har været i jobafklaringsforløb i et år efter en
ulykke med et knæ. Nu vil de give mig et fleksjob, men kun som lønmodtager. Jeg vil
gerne fortsætte med mit værksted. Jeg føler ikke at jeg bliver hørt.

Claus Møller
personnummer: [[120778-1913]]
""")

M("", """
Hej

Kan man som selvstændig få tilskud til et hæve-sænkebord fra kommunen, eller er det
kun for lønmodtagere? Jeg spørger generelt, for vi skal lave en vejledning til
medlemmerne i vores iværksætterforening.

Mvh
Ishøj Iværksætterklub
""")

M("ht", """
Til Center for Voksne og Velfærd

Jeg er fra Ghana og har en frisørsalon for afrikansk hår. Jeg har fået en
eksem-allergi af hårprodukterne, og lægen siger at jeg skal stoppe. Men jeg har
ingen uddannelse i Danmark. Hvad gør jeg?

Akosua Mensah
""")

M("hs", """
Hej

Jeg er en fyr på 26 og har en kæreste der hedder Jonas. Jeg er lige blevet testet
hiv-positiv. Jeg har en lille webshop, og jeg er bange for hvad der sker, hvis jeg
bliver syg. Findes der en rådgivning i kommunen?

Hilsen
Christoffer
""")

M("e", """
Til Center for Borger, Økonomi og IT

Jeg har en gæld til kommunen på 9.400 kr. for daginstitutionsbetaling fra da jeg
var ledig. Nu er jeg selvstændig og kan betale, men jeg vil gerne have en
afdragsordning. Hvem skal jeg kontakte?

Mvh
Rikke Olsen
Cpr: [[010190-2724]]
""")

M("", """
Hej

Hvordan får man et nyt sundhedskort, hvis man har mistet det? Jeg har et lille firma
med unge ansatte, og flere har spurgt mig. Er det gratis?

Mvh
Morten
""")

M("h", """
Til hovedpostkassen

Jeg har en gammel ven, Bjarne, som har en lille cykelforretning på Vejleåvej. Han har
drukket meget i et år, og i går fandt jeg ham bevidstløs i butikken. Han er nu på
Hvidovre. Hvad kan kommunen gøre for ham, når han kommer hjem?

Hilsen
Erik Svendsen
""")

M("he", """
Kære Lone

Jeg er 29 og har sklerose. Jeg har startet min egen virksomhed med grafisk design,
fordi det er svært at få en almindelig stilling. Men nu har kommunen trukket
mit hjælpemiddel tilbage (en særlig stol), fordi jeg er selvstændig. Det forstår jeg
ikke.

Mvh
Tina
""")

M("hs", """
Til borgerrådgiveren

Jeg er lesbisk og har en kæreste ved navn Mia. Mia har en spiseforstyrrelse og er
indlagt på psykiatrisk afdeling. Jeg prøver at holde hendes lille webshop kørende.
Kan jeg få lov at tale med hendes kontaktperson på afdelingen, når hun har givet
fuldmagt?

Mvh
Josefine
""")

M("", """
Til Center for Voksne og Velfærd

Hvad koster det at få en plads på et genoptræningshold i Ishøj? Jeg spørger på
vegne af vores firma, som vil tilbyde medarbejderne træning som personalegode.

Mvh
Personaleafdelingen, Brødrene Dahl
""")

M("he", """
Hej
jeg er ordblind og har ADHD, har lige fået læreplads som elektriker men kan ikke
klare teorien. skolen siger jeg kan få støtte men at kommunen skal betale en mentor.
har søgt om det for 2 mdr siden. cpr [[280605–4712]]
Noah
""")

M("h", """
Til Ishøj Kommune

Jeg har en lille café ved stranden. Min medarbejder Sara er gravid og har fået
besked på at hun ikke må løfte. Kan kommunen hjælpe med en vikar, eller gælder
det kun for større virksomheder?

Mvh
Café Havbris
""")

M("", """
Hej

Hvordan søger en lille virksomhed om at få en elev med særlige behov i
virksomhedspraktik? Vi har ikke prøvet det før, men vil gerne.

Mvh
Skrædderen i Landsbyen
""")

M("hb", """
Kære Bent

Jeg er præst i en frikirke og arbejder som sjælesørger for små erhvervsdrivende
der er gået konkurs. Jeg har selv haft kræft for nogle år siden og ved hvor
svært det er. Kan kommunen henvise folk til os?

Med venlig hilsen
Pastor Jens Kjær
""")

M("he", """
Til borgmesterens PA

Min mor er 78 og har haft en lille syforretning hele livet. Hun har nu fået demens
og kan ikke blive boende alene. Vi har søgt om plejebolig for tre måneder siden.
Hvornår får vi svar?

Med venlig hilsen
Gitte Sand, datter
""")

M("", """
Til Center for Voksne og Velfærd

Vi er en lille privat klinik for fysioterapi og vil gerne kunne tage imod borgere
med genoptræningsplan fra kommunen. Hvordan kommer vi med på leverandørlisten?

Mvh
Fysio Ishøj ApS
CVR 40129384
""")

M("hue", """
Til Center for Beskæftigelse og Erhverv

Jeg er medlem af Dansk Metal og arbejdede som svejser, men har fået ondt i skulderen
og været sygemeldt i 6 uger. Jeg skal til samtale hos jer om en uge. Metal har
sagt at jeg skal tage en bisidder med. Må jeg det?

Vh
Kim Nielsen
""")

M("e", """
Til Center for Beskæftigelse og Erhverv

Jeg har haft en lille webshop i to år, men den giver ikke overskud, og jeg er nu
tilmeldt jobcentret og får kontanthjælp. Må jeg beholde webshoppen som hobby, eller
skal jeg lukke den helt?

Mvh
Anders Thorsen, [[300396-2618]]
""")

M("h", """
Hej

Jeg fik en hjernerystelse sidste år og kan ikke tåle lys og larm. Jeg er i gang med at
starte en lille online konsulentvirksomhed, så jeg kan arbejde hjemme. Er der nogen
i kommunen der rådgiver om iværksætteri for folk med senfølger?

Hilsen
Sarah Berg
""")

M("h", """
Til udvalgsformanden for Social- og Sundhedsudvalget

Min far, der har en lille bilforhandler, er faldet og har brækket hoften. Han har
fået hjemmesygepleje til at skifte forbinding. Sygeplejersken kom ikke i går, og
ingen tog telefonen. Det er ikke i orden.

Mvh
Lasse Thygesen
""")

M("", """
Hej

Jeg har hørt at kommunen har fået en ny sundhedspolitik. Har den noget om
sundhed på arbejdspladsen for små virksomheder? Jeg er formand for vores
erhvervsforening.

Mvh
Hans Lau
""")

M("eh", """
Til borgerrådgiveren

Jeg fik et § 56-skema fra min arbejdsgiver, fordi jeg har migræne mange dage om
måneden. Jeg har selv søgt om aftalen hos kommunen, men sagsbehandleren har ikke svaret
i 7 uger. Min chef er utålmodig.

Mvh
Julie Damgaard
""")

M("ht", """
Hi,

I'm a German PhD student living in Ishøj. I've been diagnosed with type 1
diabetes and need to find a GP who speaks English. Can you tell me how to change
doctor?

Thanks,
Lukas
""")

M("eh", """
Til Ydelseskontoret

Jeg er freelance tolk og har været syg med lungebetændelse i tre uger. Jeg har søgt
sygedagpenge som selvstændig, men I siger at jeg mangler dokumentation for min
indtægt. Jeg har sendt årsopgørelsen to gange nu.

Vh Hala
personnummer [[140885\u00a02118]]
""")

M("e", """
hej. jeg er 23 og har lige fået afslag på boligstøtte til mit første værelse fordi
udlejer ikke har registreret det som bolig. hvad gør jeg nu, jeg kan ikke betale
uden. mit cpr er [[3107034846]] hvis i skal finde mig
""")

M("hu", """
Kære borgerrådgiver

Jeg arbejder som elektriker og er medlem af Dansk El-Forbund. Jeg fik et elektrisk
stød i sidste måned og har siden haft hjertebanken. Arbejdsskaden er anmeldt. Jeg
Skal kommunen også have besked, eller er det kun Arbejdsmarkedets
Erhvervssikring, der skal vide det?

Mvh
René Dalby, [[021286–1937]]
""")

M("eu", """
Til Center for Beskæftigelse og Erhverv

Jeg og min søster søger begge om hjælp, efter vores fælles café lukkede. Vi var
begge i HK, men meldte os ud da vi blev selvstændige. Nu har vi ingen dagpenge.

Cpr: Amira [[090293-2410]], Samira [[090293-2429]]

Venlig hilsen
Amira og Samira
""")
