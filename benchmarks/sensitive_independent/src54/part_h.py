"""corpus54 part H: family letters with CPR numbers, chains and several categories."""
from common import M

M("h", """Hej Kirsten

Bare så I ved det: Emma har fået brækket armen i weekenden og har gips i seks uger. Hun
kan ikke skrive i hånden, så hun skal bruge computer til alt. Hun må heller ikke være
med til idræt.

Venlig hilsen
Jakob, Emmas far
Emmas cpr hvis I skal bruge det til forsikringen: [[130914-4208]]""")

M("sh", """Til skolesundhedsplejersken

Min søn Villads på 14 har fortalt mig, at han er homoseksuel og har haft selvmordstanker.
Han går til psykolog nu. Vi vil gerne have, at du holder øje med ham i skolen, men han må
ikke vide, at jeg har skrevet.

Mor: Gitte Holm, [[050480-2319]]""")

M("p", """Kære Lone

Vi har fået et bud på vores andelsbolig i Strandgården, men køberen trækker sig, hvis
vi ikke kan vise, at altanen er godkendt. Vi har allerede skrevet under på et hus i
Greve, så vi har travlt. Vores to børn skal skifte skole til januar.

Mvh Signe og Rune""")

M("tu", """Hej

Jeg kom som flygtning fra Syrien i 2016 og er nu uddannet pædagog og medlem af BUPL.
Jeg vil gerne arbejde som tosproget pædagog i Ishøj og hjælpe nye familier. Har I
stillinger, hvor arabisk er en fordel?

Med venlig hilsen
Rasha Khalil""")

M("s", """Hi Birgit, sorry for English.

I am a dad from Ishøj, my husband Niels and I have twins in 1st grade. The after-school
club asked us to fill in a form with "mother's name". Can the municipality change its
forms? Our kids were upset.

Thank you, Paolo""")

M("be", """Hej

Vores søn Ali på 5 er muslim ligesom resten af familien og spiser kun halal. Han har fået
bevilget plads i en specialbørnehave, men der får han svinekød til frokost to gange om
ugen. Vi har bedt om halal, men lederen siger nej. Hvad gør vi?

Venlig hilsen
Hassan og Aisha""")

M("pt", """Kære borgerrådgiver

Vi er en indisk familie og har solgt vores lejlighed betinget af, at vi finder et hus.
Vi har budt på to huse i Ishøj, men mæglerne svarer ikke, og jeg tror ikke, det er en
tilfældighed. Vores nabo har fortalt, at sælger ikke ville have "indere" i vejen.

Venlig hilsen
Ravi Kumar""")

M("u", """Til Børne- og Skoleudvalget

Jeg er TR for BUPL i SFO Regnbuen og skriver, fordi vi forældre og pædagoger er
bekymrede over, at SFO'en skal flytte i pavillon. Vi er mange, der har børn i SFO'en selv.

Venlig hilsen
Marianne Skov""")

M("eh", """Hej borgerrådgiver

Jeg er på sygedagpenge efter en fødselsdepression. Min søn er 5 måneder. Jeg har fået et
brev om opfølgningssamtale på jobcentret, men jeg kan ikke komme, fordi jeg ikke har
pasning. Kan samtalen holdes hjemme eller på telefon?

Mvh
Kamilla Steen, [[1606931740]]""")

M("b", """Kære Birgit Holm

Vores datter Ingrid skal konfirmeres i Torslunde Kirke den 3. maj, og hele klassen har
fået fri den dag. Men nu har skolen lagt en heldagsprøve dagen efter. Kan det flyttes?

Venlig hilsen
Henrik og Anja Fog""")

M("tp", """Til Ahmad Zaki

Jeg er tyrkisk og har en lille frisørsalon. Jeg har givet et betinget bud på
erhvervsejendommen ved Ishøj Bycenter for at flytte salonen tættere på mine børns skole.
Sælgeren venter på kommunens svar om skiltning. Kan du hjælpe?

Venlig hilsen
Hakan Öztürk""")

M("es", """Til Familieretshuset og Ishøj Kommune

Min eksmand Mikkel og jeg skal fordele samværet med vores søn. Mikkel bor nu med sin
kæreste, Jonas, og vores søn er glad for ham. Min mor mener, at det er "skadeligt", og hun
har skrevet til kommunen. Det er ikke min mening, og jeg vil gerne have det rettet.

Venlig hilsen
Louise Hald""")

M("euh", """Hej

jeg er pædagog og i BUPL. min søn på 3 er blevet visiteret til aflastning hver anden
weekend, fordi han har autisme og jeg arbejder nat. men aflastningsfamilien har
sagt op. hvornår får vi en ny?

Mvh Rikke""")

M("", """Til hovedpostkassen

Jeg er sundhedsplejerske i kommunen og vil gerne høre, hvornår den nye instruks om
underretninger bliver sendt ud til medarbejderne. Vi er flere, der har spurgt.

Venlig hilsen
Anne Marie Dahl""")

M("t", """Hej Lone

min mand er fra Nigeria og jeg er dansk. vores datter er blevet spurgt af sin lærer om
hun er "adopteret", fordi hun er mørk. det sårede hende. kan skolerne få noget
undervisning om det?

Kh Malene""")

M("p", """Hej

Vi er et par med tre børn og har solgt vores hus i Vallensbæk betinget af, at vi kan
købe en grund i Ishøj Landsby. Kommunen har sagt, at vi er nr. 3 på listen. Køberen af
vores hus vil have svar inden nytår. Hvad er chancerne?

Mvh
Mette og Kasper Falk""")

M("hbt", """Til skolelederen

Vores søn Daniel er type 1-diabetiker og spiser kun kosher mad, da vi er ortodokse
jøder. På lejrskolen er der kun én menu. Kan vi sende mad med ham?

Venlig hilsen
Shira og Benjamin Levi""")

M("s", """Hej Ahmad,

Jeg er 17 og bi, og jeg vil gerne starte en LGBT+-klub på Ishøj Ungdomsskole. Kan
kommunen give lokaler?

Mvh. Freja""")

M("eh", """Kære borgmester

Min søn Marcus på 19 har misbrugsproblemer og har ingen bolig. Han sover i min stue og
er tilmeldt ungdomsbehandlingen i Ishøj. Jeg er selv på førtidspension. Hvordan får han
en bostøtte og et sted at bo?

Med venlig hilsen
Annie Jacobsen""")

M("u", """Hej Birgit. Kort spm. Jeg er lærer og medlem af DLF, og jeg sidder i
skolebestyrelsen for min søns skole. Må jeg som lærer i kommunen sidde i bestyrelsen? /Helle""")

M("tb", """Til Center for Børn og Forebyggelse

Vi er en pakistansk familie og muslimer. Vores datter Aisha vil gerne gå til svømning
med klassen, men kun i burkini. Læreren siger, at burkini ikke er tilladt. Kan
kommunen give en tilladelse?

Med venlig hilsen
Tahir og Sana Mahmood""")

M("p", """Til Byggesag

Vi har en køber til vores parcelhus på Brændgårdvej, men han har trukket sig i går, fordi
han har set, at der er en ulovlig legehytte på 12 m² i haven. Hvad skal vi gøre for at
lovliggøre den, så vi kan sælge igen?

Mvh Mads Rahbek""")

M("ts", """Til borgerrådgiveren

Jeg er fra Filippinerne og bor med min kone Grace. Vi har et plejebarn-ønske og har
fået at vide af en medarbejder, at "to kvinder fra Asien ikke passer ind i en dansk
familieprofil". Jeg vil klage over den bemærkning.

Med venlig hilsen
Joy Santos""")

M("he", """Hej

Min datter Clara på 8 er født med Downs syndrom. Vi har søgt om en støttepædagog på
Ishøj Skole til næste år og har fået delvis bevilling. Vi vil gerne vide, hvordan vi
klager over resten.

Venlig hilsen
Kristine og Ole Bjerg
Claras cpr: [[030318 4612]]""")

M("e", """Hej Lone

vi er lige blevet sat ud af vores lejlighed pga. huslejerestance. vi har to børn på 2 og
7. vi bor hos min svigermor men der er ikke plads. kan kommunen hjælpe med en
nødbolig?

Mvh Dennis""")

M("bu", """Hej

Jeg er aktiv i Radikale Venstre og er desuden tillidsrepræsentant for HK på rådhuset i
Vallensbæk. Vi holder et borgermøde om skolereformen og vil gerne invitere udvalgsformanden.

Venlig hilsen
Tanja Bergholt""")

M("p", """Kære Ahmad

Vores nabo i nr. 9 er ved at sælge sit hus til en udlejer, der vil lave det om til
værelser til studerende. Handlen er ikke lukket. Vi er bekymrede for støj. Vi har små
børn. Kan kommunen stoppe det?

Mvh familien Hedegaard""")

M("sh", """Til Ishøj Kommune

Min kone Laura og jeg (Nina) venter vores første barn i marts. Vi er begge kvinder, og
jeg bliver medmor. Vi vil gerne høre om sundhedsplejens tilbud til nye forældre, og om
der er en gruppe for regnbuefamilier.

Venlig hilsen
Nina Holt""")

M("b", """Hej!

Vi fejrer diwali med familien og vores søn Arjun vil gerne have fri en dag for at være
med. Han går i 4. klasse. Skal vi søge om det hos skolelederen?

Venlig hilsen
Priyanka""")

M("eu", """Til borgerrådgiveren

Jeg er medlem af FOA og arbejder i dagplejen. Kommunen har sagt mig op, fordi der er
færre børn. Jeg er enlig forsørger. Hvordan søger jeg boligstøtte, mens jeg er
arbejdsløs?

Mvh Charlotte""")

M("t", """Kære borgmester

Jeg er halvt japansk og min søn ligner mig. En lærer har kaldt ham "lille kineser" flere
gange. Vi vil gerne have at det stopper.

Venlig hilsen
Akiko Mørch""")

M("", """Kære Center for Børn og Forebyggelse

Jeg vil gerne høre, om kommunen har tal på, hvor mange børn der er blevet anbragt på
grund af forældres misbrug i 2024 og 2025. Jeg underviser på socialrådgiveruddannelsen.

Venlig hilsen
Morten Brix""")

M("p", """Hej

Jeg sælger mit sommerhus i kolonihaveforeningen, og en familie med fire børn har budt.
Foreningen siger, at kommunen skal godkende, at de må overnatte der i sommerperioden.
Er det rigtigt?

Venlig hilsen
Else""")

M("bse", """Hej Birgit

Jeg er katolsk præsts søster, haha, nej. Jeg er bare katolik og lesbisk, og min kone og
jeg vil have vores søn i katolsk skole. Kommunen vil ikke give kørsel til Sankt Knuds
Skole. Er der ikke ret til det?

Mvh Lisa""")

M("", """Til hovedpostkassen

Kan kommunen oplyse, hvor mange elever der går i privatskole i Ishøj, og hvor mange der
får kørsel? Jeg er formand for Ishøj Friskole.

Venlig hilsen
Jens Møller""")

M("up", """Hej Lone

Jeg er TR for 3F på et lager. Vi har solgt vores hus, men køber har fået sin finansiering
trukket tilbage, og nu har vi ikke et sted at bo fra 1. februar, hvis handlen falder.
Vi har tre børn. Hvad gør vi?

Mvh Lars""")

M("tb", """Til skolen

Vi er fra Bangladesh og er hinduer. Vores datter må ikke spise oksekød. Kantinen
serverer tit oksekød i frikadeller. Kan der laves et andet tilbud?

Mvh Ritu Das""")

M("s", """Hej Lone

jeg er en dreng på 16 og har en kæreste der er dreng. hans forældre ved det ikke og vi
bliver mobbet på bussen til skolen. hvem kan vi sige det til uden at vores forældre får
det at vide?""")

M("hu", """Hej Ahmad

Jeg er SOSU-assistent og medlem af FOA. Jeg har fået konstateret brystkræft og skal i
kemo. Jeg har to børn i Ishøj Skole. Kan skolen være ekstra opmærksom på dem?

Kh Marianne""")

M("p", """Til Center for Byudvikling og Natur

Vi har solgt vores hus, men køberen har en forbehold om, at skolevejen fra huset er
sikker. Han har tre børn. Har kommunen planer om en fodgængerovergang ved Gildbrovej?

Venlig hilsen
Bjarne Holst""")

M("s", """Dear municipality

My partner Ahmed and I (Karim) are two men who just moved to Ishøj with our adopted son.
We would like to know about daycare places and whether there are other gay families in
the area we can meet.

Best,
Karim""")

M("et", """Hej Familieafdelingen

Jeg er fra Somalia og har fået en underretning om min søn fra skolen. De skriver at han
er "aggressiv ligesom mange somaliske drenge". Det er racistisk. Jeg vil have den
rettet. Hans cpr er [[201012–4363]].

Fatima Hussein""")

M("u", """Hej

Jeg er medlem af Det Faglige Hus og arbejder på et værksted. Min datter har fået plads i
en børnehave, der åbner kl. 6.30, men jeg møder kl. 6. Er der nogen institutioner, der
åbner før?

Mvh Thomas""")

M("p", """Hej Lone

Min mor har sat sin andelslejlighed til salg, fordi hun skal bo hos os og hjælpe med
børnene. Der er ingen købere endnu. Kan kommunen hjælpe med at få en køber fra
venteliste?

Mvh Gitte""")
