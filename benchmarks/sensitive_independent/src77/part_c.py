"""corpus77 part C: births, name registration and parental leave (barsel)."""
from common import M

M("he", """Til Borger og Økonomi

Jeg fødte vores datter den 2. oktober ved akut kejsersnit og er stadig øm og kan ikke
køre bil. Jeg har søgt barselsdagpenge, men Udbetaling Danmark siger der mangler en
oplysning fra kommunen. Kan I hjælpe?

Mor: Sidsel Kragh, [[140493-2256]]
Barn: [[021026-4731]]

Venlig hilsen
Sidsel""")

M("", """Hej borgerservice

Vi er en jordemoderklinik i Hundige og laver en informationsfolder. Kan I kort forklare,
hvordan forældre generelt registrerer et barns navn, når de bor i Ishøj, og hvor lang
frist de har? Det er ikke for en bestemt familie.

Med venlig hilsen
Klinik Moderliv""")

M("s", """Hej

Min kone Line fik vores søn i sidste måned, og jeg skal registreres som medmor. Sygehuset
siger det skal gå gennem jer eller sognet. Hvad skal vi sende, og skal vi begge skrive
under?

Hilsen Cecilie""")

M("t", """Hej

Vi er fra Pakistan og har fået en lille dreng. Vi vil kalde ham Muhammad Zayan, men
familien i Lahore siger at Zayan ikke kan godkendes i Danmark. Er det rigtigt? Han skal
have navnet før vores rejse hjem i januar.

Venlig hilsen
Usman og Hira""")

M("u", """Hej HR

Jeg er sygeplejerske i hjemmesygeplejen og medlem af DSR. Min søn er født i juli og jeg
holder forældreorlov til februar. DSR siger jeg har ret til fuld løn i 6 uger mere end det
jeg har fået. Hvem kan kigge på min lønseddel?

Mvh Johanne""")

M("", """Hej Jannie

Til temamødet om daginstitutioner: hvor mange børn blev født af forældre med bopæl i
Ishøj i 2023, 2024 og 2025? Og hvad er prognosen for de næste fem år?

Hilsen
Mette Lindberg, formand for Børne- og Skoleudvalget""")

M("h", """Kære Børnehuset Regnbuen

Jeg har fået konstateret svangerskabsforgiftning og skal ligge meget ned de næste uger.
Min store dreng Bertram starter hos jer 1. december. Kan hans far aflevere i
stedet for mig til opstartssamtalen?

Venlig hilsen
Astrid""")

M("e", """Hej

Udbetaling Danmark skriver at jeg ikke har ret til barselsdagpenge, fordi jeg var på
kontanthjælp før vores datter kom. Skal jeg så stadig have kontanthjælp fra jer i barslen? Ingen
har svaret mig i 3 uger og jeg har en baby på 5 uger.

Nadia""")

M("se", """Hej

Vi er to fædre, der har fået en datter via adoption i oktober. Vi vil dele
barselsdagpengene, men systemet spørger hele tiden efter "mor". Hvem af os skal søge
hvad?

Venlig hilsen
Anders og Mikkel Krogh-Jensen""")

M("b", """Hej Ishøj Kirke / kommunen

Vores datter Elvira skal døbes i Ishøj Kirke den 14. december. Vi vil gerne holde
frokosten bagefter i Strandgårdens fælleshus. Kan man leje det en søndag, og hvad koster
det?

Mvh Kristina og Jesper""")

M("", """Hej pladsanvisningen

Jeg arbejder i HR hos en større virksomhed i Ishøj og vil gerne give vores medarbejdere
en guide: hvor tidligt kan man generelt skrive et barn op til vuggestue i Ishøj, og hvad
koster en plads pr. måned i 2026?

Venlig hilsen
Søren, HR""")

M("p", """Hej

Vi har sat vores toværelses på Ishøj Boulevard til salg, fordi vi har fået en baby og
mangler plads. En køber har budt, men vil have en energimærkning som er nyere end 2018.
Kan kommunen hjælpe med tegningerne?

Hilsen Mathias""")

M("", """Hej

Vores søn blev født den 3. november, og vi vil gerne tilføje et mellemnavn. Jeg er far og
jeg er ikke gift med hans mor. Skal hun også skrive under?

Far: Bjarke Nørgaard, [[201189\u00a01539]]

Mange hilsner
Bjarke""")

M("he", """Hej jobcentret

Jeg har fået fødselsdepression efter vores søn blev født i maj. Min læge har sygemeldt mig
og jeg får sygedagpenge, men jeg har fået et brev om opfølgningssamtale. Jeg kan ikke
tage afsted med baby. Kan det være på telefon?

Mette""")

M("tb", """Namaste,

Vi er hinduer fra Indien og bor i Ishøj Nord. Vi vil holde namakaran, den hinduistiske
navngivningsceremoni, for vores datter i Ishøj Kulturcenter, hvor en præst fra templet i
Nørrebro kommer. Må vi tænde en lille ild i en skål indendørs?

Priya og Vikram""")

M("u", """Kære HR

Som medlem af Djøf har jeg fået at vide, at kommunen som min arbejdsgiver skal betale løn i
hele den øremærkede orlov. Min lønseddel for oktober viser noget andet. Kan I tjekke det?

Med venlig hilsen
Jakob Steen, fuldmægtig""")

M("", """Hej

Jeg har fået to regninger for vuggestuepladsen i oktober. Kundenr. 0212251187 og
betalings-ID 71 4829 9912. Fakturanr. 2510261234. Jeg har betalt den første, kan I
annullere den anden?

Mvh Lotte""")

M("e", """Til pladsanvisningen

Jeg er alene med min søn på 10 måneder og tjener ikke meget. Kan jeg søge om økonomisk
friplads i vuggestuen? Mine lønsedler fra de sidste tre måneder er vedhæftet.

Hilsen Jasmin""")

M("h", """Hej sundhedsplejen

Vores søn blev født i uge 29 og ligger stadig i kuvøse på Hvidovre. Vi kommer måske
hjem til jul. Kan sundhedsplejersken komme allerede første dag, og ved hun noget om for
tidligt fødte børn?

Venlig hilsen
Rasmus og Ditte""")

M("s", """Hej adoptionssamrådet / kommunen

Min kæreste Ahmad og jeg (vi er to mænd) vil gerne adoptere. Vi bor i Ishøj og har
været sammen i otte år. Hvor starter vi, og skal vi være gift først?

Mvh Christian Dahl""")

M("", """Hej kirkekontoret

Til kirkebladet: hvilke søndage i december er der dåb i Ishøj Kirke og Torslunde Kirke,
og hvad er fristen for tilmelding? Vi skriver det i kalenderen på s. 4.

Venlig hilsen
Redaktionen, Kirkebladet""")

M("e", """Hej

Jeg er selvstændig frisør og har søgt barselsdagpenge. De vil have dokumentation for
min omsætning, men min revisor er syg. Kan fristen forlænges?

Gülsen Aydin
[[091086-2674]]""")

M("b", """Salam

Vi holder aqiqah for vores søn Yusuf på lørdag med familien. Vi har lejet festlokalet på
Vejleåvej. Må vi slagte lammet hos en slagter i kommunen og tage kødet med, eller er der
regler for madlavning i lokalet?

Mvh Hassan""")

M("u", """Hej borgmester

Jeg er 3F-tillidsrepræsentant på genbrugsstationen. Flere af de unge mænd ved ikke, at
fædre har ret til 11 ugers øremærket orlov. Kunne kommunen som arbejdsgiver lave en
pjece om det? Jeg har en kopi af det 3F har lavet.

Venlig hilsen
Kurt Pedersen""")

M("th", """Добрий день / Goddag

Jeg er fra Ukraine og kom i 2022. Jeg fødte min søn på Hvidovre i september. Sygehuset
har sendt fødselsanmeldelsen, men han har ikke fået CPR endnu, og jeg kan ikke få
sundhedskort til ham. Hvad gør jeg?

Oksana""")

M("", """Hello,

I am a master's student writing a thesis. In general, how long is parental leave in
Denmark, and does Ishøj municipality have any extra rules for its own employees? Any
link would help.

Thank you,
Lena Hoffmann""")

M("h", """Kære sundhedsplejerske Bente

Vores datter har stramt tungebånd og kan ikke die ordentligt. Hun har tabt sig siden
fødslen. Lægen vil klippe det, men vil have I kigger på hende først. Kan du komme på
torsdag?

Kh Signe""")

M("pe", """Hej Byudvikling

Vi har skrevet under på købet af et rækkehus på Skovvænget med forbehold for
finansiering. Banken vil se dokumentation for mine barselsdagpenge og for at lejligheden
er lovligt indrettet. Kan I sende et skøde eller en BBR-udskrift?

Mvh Louise Bak""")

M("e", """Hej

Jeg er enlig mor til tre og søger om ekstra børnetilskud. Min yngste er født i august.
Udbetaling Danmark siger I skal bekræfte at jeg bor alene. Mit cpr: [[130395 2408]]

Venlig hilsen
Amalie""")

M("sb", """Hej Torslunde Kirke og kommunen

Vi er to mødre, Ditte og Naja, og vores søn skal døbes i Torslunde Kirke i januar. Står
begge vores navne på dåbsattesten? Kommunen skal også vide hvem der er forælder, fordi
vi søger om vuggestueplads.

Kh Ditte""")

M("", """Hej Ishøj Kommune

Vi er en 8. klasse på Ishøj Skole, der laver et projekt om befolkningen. Har I tal på
antal fødsler og dødsfald i kommunen fra 2015 til 2025? Gerne i Excel.

Med venlig hilsen
8.B og lærer Jonas""")

M("hu", """Til skolelederen / kopi HR

Jeg er gravid i 4. måned og lærer på Gildbrohøjskolen. Jeg er medlem af DLF, og min
kreds siger at jeg ikke skal have gårdvagt i de sidste måneder. Kan det lægges ind i
skemaet fra januar?

Venlig hilsen
Sara Mikkelsen""")

M("te", """Hej

Vi er fra Afghanistan og vi får integrationsydelse. Vi har fået en baby for 2 uger
siden. Hvordan søger vi børneydelse? Sagsbehandler siger vi skal selv gå på nettet,
men vi forstår ikke.

Farid og Mariam""")

M("", """Hej alle forældre

Ishøj Kirke inviterer til babysalmesang hver tirsdag kl. 10 fra januar. Det er gratis.
Kan kommunen dele opslaget på sundhedsplejens Facebookside? Tilmelding til
kirkekontoret på 43 73 48 20.

Venlig hilsen
Kirkekontoret""")

M("h", """hej

min kæreste Louise fik kejsersnit i går og ligger på Hvidovre til fredag. hun kan ikke
løfte. vores store pige skal i børnehave i morgen, kan hun blive hentet af min mor? hun
står ikke på listen

Nick""")

M("bt", """Shalom

Vi er jøder og vores søn skal have brit mila på 8. dagen, i næste uge. Mohelen kommer
fra Israel. Skal kommunen have besked om det, eller er det kun sygehuset?

Venlig hilsen
David og Rebekka Salomon""")

M("e", """Hej

Min kæreste og jeg er 19 og 20 og bor hos hendes forældre med vores baby. Vi er på
venteliste men har fået at vide at vi kan søge akut bolig via kommunen. Hvordan gør vi
det?

Tobias""")

M("", """Hej bibliotek

Holder I stadig rim og remse for babyer om torsdagen? Jeg vil gerne skrive det i vores
nyhedsbrev for dagplejen sammen med de andre aktiviteter for småbørnsfamilier.

Hilsen Dagplejekontoret""")

M("", """Hej borgerservice

Vi har fået tvillinger den 9. august og vil gerne registrere navnene:

Ida, [[090826-4915]]
Alma, [[090826-4923]]

Begge skal have efternavnet Frost-Mikkelsen. Far er Jesper Frost.

Venlig hilsen
Jesper""")

M("s", """Hej

Jeg er lesbisk og single og er blevet mor alene. Jeg har fået et brev fra
Familieretshuset om faderskab, men der er ingen far. Hvad skal jeg skrive tilbage?

Mvh Josefine""")

M("ue", """Hej

Jeg har været på barsel og var ledig før. Jeg er med i FOA og deres a-kasse. Nu er
barslen slut og jeg skal have dagpenge igen. Skal jeg tilmelde mig jobcentret igen, eller
sker det selv?

Hilsen Winnie""")

M("p", """Hej

Vi har budt på en villa på Ishøj Landsby 12, nu hvor vi bliver fire. Sælgeren har
accepteret, men vi mangler at få godkendt at tilbygningen er lovlig. Hvornår kan I svare?

Mvh Ulrik og Nina""")

M("", """Hej

Jeg skriver for sygehusets jordemødre. Hvordan registrerer man generelt et barns navn,
når forældrene ikke er gift og ikke bor sammen? Vi får spørgsmålet ofte og vil gerne
give det rigtige svar.

Venlig hilsen
Jordemodercentret""")

M("he", """Til Center for Børn og Forebyggelse

Vores søn Alfred er født med Downs syndrom. Vi har fået at vide at vi kan søge om dækning
af merudgifter og om tabt arbejdsfortjeneste. Hvilken blanket skal vi bruge?

Venlig hilsen
Ane og Peter""")

M("pu", """Hej HR

Jeg er på forældreorlov og medlem af HK. Vi har fået accepteret et bud på et hus på
Ishøj Søvej, men banken vil have en bekræftelse på min løn under orloven, før de giver
lånetilsagn. Kan lønafdelingen sende den i denne uge?

Venlig hilsen
Signe Holm""")

M("", """Hej sundhedsplejen

Hvornår holder I barselscafé i Ishøj Nord efter nytår, og er den åben for alle
familier i kommunen? Vi vil gerne nævne den i boligområdets kalender.

Venlig hilsen
Boligsocialt team""")
