"""corpus59 part i: long letters with several categories, more CPR formats (no-break
space, en dash) and hard look-alike negatives."""
from common import M

M("pe", """
Fra: Hanne Kvist
Sendt: 5. november 2026 23:02
Til: Hovedpostkassen
Emne: Salg af huset og min boligstøtte – ny henvendelse (3. gang)

Kære Ishøj Kommune

Jeg skriver igen, fordi jeg ikke har fået svar på mine to tidligere mails (2/10 og
20/10). Jeg har sat mit hus på Ishøj Søvej til salg, fordi jeg efter min mands død ikke
kan klare udgifterne alene. Jeg er folkepensionist og får ældrecheck. En køber har budt
2,4 mio., men han forlanger at kommunen først bekræfter at vejen bliver asfalteret som
lovet i 2024. Samtidig skal jeg vide om jeg kan få boligstøtte, når jeg flytter i
lejebolig.

Personnummer: [[140445\u00a01524]]

Med venlig hilsen
Hanne Kvist
""")

M("", """
Hej

Jeg fik et brev med "Deres reference: 1505891234" og "Vores reference: 26/18832". Jeg
kan ikke se hvad det drejer sig om. Er det min parkeringslicens?

Venlig hilsen
Ellen Sørup
Licensnr. 0202881144
""")

M("sbe", """
Kære borgerrådgiver

Jeg vil klage over to ting. For det første har min sagsbehandler i Familieafdelingen
skrevet i et notat om samværssagen at min "livsstil" kunne skade min datter. Det
eneste der har ændret sig, er at jeg er blevet gift med en kvinde, Signe. Min eksmand har
brugt det mod mig i Familieretshuset.

For det andet blev det nævnt i mødet at jeg er medlem af Enhedslisten, som om det har
betydning. Det har intet med sagen at gøre.

Med venlig hilsen
Marianne Kold
Cpr. [[071082–2406]]
""")

M("", """
Kære Center for Borger, Økonomi og IT

Vi har modtaget jeres betaling på 12.500 kr., men betalingsreferencen var 3112852290,
som vi ikke kan matche. Vores fakturanr. var 3011852290. Kan I tjekke?

Med venlig hilsen
Bogholderiet, Ishøj Tømrerlaug
CVR 15243342 · EAN 5790001998877
""")

M("tu", """
Kære Beskæftigelsesudvalg

Jeg er syrisk og kom til Danmark i 2014. Jeg har arbejdet som buschauffør i otte år og
er medlem af 3F. I sidste uge sagde en passager til mig "tag hjem til dit eget land",
og da jeg meldte det, sagde min leder at jeg skulle have "tykkere hud". Jeg vil gerne
vide, om kommunen stiller krav til busselskaberne om at beskytte chaufførerne mod
racisme.

Med venlig hilsen
Omar Haddad
""")

M("hs", """
Til hovedpostkassen

Jeg skal have ændret hvem der står som pårørende i min mands journal. Min mand, Finn, er
indlagt på Glostrup med en blodprop i hjernen, og sygehuset har ringet til hans søster
i stedet for mig. Vi har været gift i 22 år. Jeg hedder Bjarne.

Bjarne Kaas
Tlf. 2611 4455
""")

M("", """
Hej

Jeg har modtaget et brev fra jer der var stilet til min afdøde far. Han døde i juli.
Hans cpr var [[050238\u00a01117]], og jeg er bobestyrer. Hvordan stopper jeg brevene?

Mvh Lone Dahl
""")

M("", """
Til byrådet

På vegne af Ishøj Ældreråd vil jeg gerne takke for at budgettet til hjemmeplejen og
plejecentrene er fastholdt. Vi håber at tandplejen for ældre også bliver prioriteret
næste år.

Med venlig hilsen
Ishøj Ældreråd
""")

M("bt", """
Hej Camilla

Jeg hedder Nasrin og er iransk. Jeg konverterede til kristendommen for fem år siden og
går i kirke i Ishøj hver søndag. Der har været nogen fra min gamle moské der har truet
mig, og jeg er bange for at min adresse står i et offentligt register. Kan jeg få
adressebeskyttelse?

Nasrin
""")

M("p", """
Kære Byudvalg

Som ejer af erhvervsgrunden på Industrivej 22 har jeg fået et købstilbud fra en
logistikvirksomhed. Tilbuddet er betinget af at kommunen ændrer lokalplanen, så der
må køre lastbiler om natten. Jeg har ikke accepteret tilbuddet endnu og vil gerne vide
om det er realistisk, før jeg siger ja eller nej.

Venlig hilsen
Steen Agger
Agger Ejendomme ApS, CVR 25998877
""")

M("", """
Hej

Vores p-nr. er 1018765432 og vores CVR er 31245678. I har skrevet p-nr. som
CVR på jeres faktura. Kan I rette det? Fakturanr. 1909871002.

Venlig hilsen
Vibeholm Bageri
""")

M("eu", """
Til borgmesteren

Jeg blev afskediget fra Ishøj Kommunes rengøring den 30. september efter 17 år. Jeg er
medlem af FOA, og FOA siger at afskedigelsen er usaglig. Men det jeg skriver om, er at
jobcenteret nu har indkaldt mig til samtale om at søge 6 job om ugen. Jeg er 62. Er det
rimeligt?

Venlig hilsen
Jytte Sørensen
""")

M("s", """
Til Borgerservice

Vi skal registrere medmoderskab for vores søn Vilmer. Jeg er medmor, min kone Julie er
mor. Hospitalet siger at det skal gå gennem jer.

Mit personnummer: [[2802874316]]
Julies personnummer: [[011189\u00a02028]]

Venlig hilsen
Kamilla Friis
""")

M("", """
Kære alle

Referat fra møde i Integrationsrådet 3. november: Rådet drøftede statistik for
flygtninge og familiesammenførte i Ishøj, sprogskolens kapacitet og ønsket om flere
tolke på arabisk og tigrinya. Næste møde 8. december.

Sekretæren
""")

M("het", """
Til Center for Voksne og Velfærd

Jeg skriver på vegne af min svigerfar, Mehmet Yilmaz, som er tyrkisk og kun taler lidt
dansk. Han har haft en amputation af venstre ben pga. diabetes og har fået bevilget en
kørestol, men den passer ikke. Han har også fået afslag på en trappelift. Vi vil gerne
klage, og vi vil bede om en tolk til mødet.

Fuldmagt vedhæftet.
Hilsen Aylin Yilmaz
""")

M("b", """
Hej Morten (byrådsmedlem)

Jeg er medlem af Humanistisk Samfund og er selv humanist. Jeg vil gerne spørge dig om
du vil støtte et forslag om at kommunen tilbyder en ikke-religiøs ceremoni ved
navngivning og begravelse. Mine børn skal ikke døbes, og vi ville gerne have noget
alternativt.

Venlig hilsen
Kirsten Rye
""")

M("", """
Hej

Jeg har en husstandsforsikring med policenr. 2408770915. Forsikringsselskabet beder om
en kopi af kommunens godkendelse af min nye skorsten. Kan I sende den?

Mvh Kurt Holm
""")

M("ps", """
Kære Center for Byudvikling og Natur

Min mand Lasse og jeg, Jakob, er ved at sælge vores sommerhus på Tranegildevej. Der er
en køber, men han forlanger at kommunen bekræfter at huset lovligt må bruges til
helårsbeboelse. Vi har ikke skrevet under endnu. Kan I svare inden 20. november?

Med venlig hilsen
Jakob Munk
""")

M("u", """
Kære Personaleudvalg

Jeg er sosialrådgiver og medlem af Dansk Socialrådgiverforening. Jeg blev valgt som TR i
Familieafdelingen i september, men har endnu ikke fået tid afsat til opgaven. Kan det
komme på dagsordenen?

Venlig hilsen
Ditte Holm
""")

M("", """
Hej

Vores bankkonto er 6610 0002211447. Vi har endnu ikke modtaget tilskuddet til
børnehavens sommerfest fra kommunens puljer. Ansøgningsnr. 0608861177.

Forældrebestyrelsen, Børnehuset Solsikken
""")

M("tb", """
Kære udvalgsformand

Vi er en gruppe sikh-familier fra Punjab som bor i Ishøj. Mine to sønner går med turban
og har fået at vide at de ikke må have den på i gymnastiktimerne. Jeg er selv sikh og
går i gurdwaraen i Glostrup hver uge. Vi ønsker en dialog med skolen.

Gurpreet Singh
""")

M("", """
Til Ishøj Kommune, Borgerservice

Vedr. ansøgning om nyt pas til min datter Ella, født [[080615-5206]]. Vi mangler
tid til at møde op. Kan vi komme tirsdag?

Med venlig hilsen
Frederik Winge
""")

M("", """
Kære hovedpostkasse

Ishøj Skakklub søger om lokaletilskud for 2027. Vedhæftet regnskab. Vores
foreningsnr. er 3001901122 i jeres foreningsportal, og kontaktperson er kasserer
Gunnar Eskildsen, tlf. 4373 1122.

Venlig hilsen
Bestyrelsen
""")

M("hse", """
Hej Louise

Det er lidt svært at skrive det her. Jeg er 24 og bøsse, og efter jeg kom ud til min
familie har jeg haft en depression. Jeg har været sygemeldt fra min praktik i to
måneder, og jobcenteret har indkaldt mig til en opfølgningssamtale som jeg er bange for.
Jeg vil bare høre om man kan have en bisidder med.

Ikke videresend mit navn, tak.
""")

M("p", """
Hej

Vi har fået et tilbud fra kommunen om at købe et stykke af det kommunale grønne areal
bag vores have, så vi kan udvide. Prisen er 85.000 kr. Vi har ikke sagt ja endnu,
da vi vil høre om der følger vedligeholdelsespligt med.

Venlig hilsen
Birgitte og Carsten Holm
Lundegården 4
""")

M("t", """
Kære borgerrådgiver

Min søn er sort og er adopteret fra Etiopien. I Ishøj Svømmehal blev han som den eneste
bedt om at vise sit årskort tre gange. Livredderen sagde "vi kender jo ikke jer". Jeg
vil gerne have en undskyldning.

Med venlig hilsen
Hanne Kirkegaard
""")

M("", """
Hej

Jeg har et spørgsmål om jeres ejendomsskattebillet. Ejendomsnummer 1830145502, og
kommunenr. 183. Står der grundværdi eller ejendomsværdi? Vi har boet her i 30 år og har
ingen planer om at flytte.

Mvh Bjørn Vang
""")

M("hu", """
Kære direktør

Jeg er sygeplejerske, medlem af DSR og har været ansat i hjemmesygeplejen i 11 år. I
sommer fik jeg en arbejdsskade, da en borgers hund bed mig i hånden. Jeg har stadig
nerveskader, og kommunen har ikke anmeldt det. Min TR har skrevet uden svar.

Venlig hilsen
Vibeke Nørregaard
""")

M("s", """
Hej Søren

Jeg er transkønnet og lever med min kæreste Lea, som også er kvinde. Vi søger om
lejlighed i Ishøj og vil gerne vide om boligselskaberne godkender at vi står som par?
Det er ikke altid at man bliver taget seriøst.

Maja
""")

M("", """
Kære Byudvalg

Jeg repræsenterer en gruppe grundejere på Brandholms Allé, som generelt er bekymrede for
om de nye byggegrunde ved Ishøj Landsby vil give mere trafik. Ingen af os sælger, vi vil
bare høre om trafikplanen.

Venlig hilsen
Grundejerforeningen Brandholm
""")

M("be", """
Hej Anja

Kan du give borgmesteren denne besked: Jeg er imam i en lille moské i Ishøj og har i et
halvt år været på kontanthjælp, fordi moskéen ikke kan betale løn. Jobcenteret vil have
mig i praktik i weekenderne, hvor jeg holder fredagsbøn og undervisning. Kan man gøre
noget?

Venlig hilsen
Abdullah Shah
""")

M("", """
Hej

Jeg har flyttet adresse og skal have nyt sygesikringskort. Min gamle adresse var
Vejlebrovej 11, 2635 Ishøj. Min nye adresse er Ishøj Søpark 14, 2. th.

[[190552\u00a02401]]
Mvh Lise Hvid
""")

M("pt", """
Hej byråd

Jeg er romani og har boet i min campingvogn på en lejet grund i Tranegilde i fire år.
Nu vil ejeren af grunden sælge den til en nabo og de har forhandlet om prisen. Når den
er solgt, skal vi flytte. Hvor skal vi gå hen?

Milan Stojanović
""")

M("", """
Hej

Jeg vil gerne klage over at kommunen har sat kommentarfeltet på Facebook på pause. Det
er censur. Jeg er ikke medlem af noget parti, jeg er bare en helt almindelig borger.

Mvh Jørgen
""")

M("eh", """
Kære borgerrådgiver

Min mor på 84 fik for to uger siden afslag på nødkald (alarm), selvom hun er faldet fire
gange i år og har osteoporose. Afgørelsen siger at hun "kan tilkalde hjælp via telefon",
men hun kan ikke rejse sig for at nå den. Jeg mener afgørelsen er forkert.

Med venlig hilsen
Peter Lunde
""")

M("pu", """
Fra: Michael Storm
Sendt: 6. november 2026 06:48
Til: Formand for Byudvalget
Emne: VS: VS: Vores bud på Gildbrovej 3

Hej Lars

Som du kan se nedenfor, har sælger nu accepteret vores bud, men kun på betingelse af at
kommunen godkender vores ansøgning om at lægge ejendommen sammen med naboens. Jeg
arbejder selv som elektriker og er i Dansk El-Forbund, så det er os selv der laver det
meste. Men banken venter på jer.

Michael

> Fra: Mægler Lis Krogh
> Sælger accepterer 3.050.000 kr. med forbehold for kommunens godkendelse.
""")

M("st", """
Hej Pernille

Jeg er fra Brasilien og bor med min mand Thiago i Ishøj. Vi er to mænd. På sprogskolen
har læreren sagt at vi skal kalde hinanden "ven" i klassen, fordi "nogle elever kan blive
stødt". Det synes jeg ikke er i orden.

Rafael Souza
""")

M("e", """
Kære borgerrådgiver

Jeg har fået afslag på at få min søn med i fritidsklubben på friplads, fordi min
indkomst er 2.000 kr. over grænsen. Men jeg har 40.000 kr. i gæld til SKAT som jeg
betaler af på. Tæller det ikke med?

Mvh Susan Friis
Cpr.nr. [[120684-2917]]
""")

M("b", """
Hej Sune

Kort svar på dit spørgsmål: Ja, jeg er medlem af Moderaterne, og nej, jeg har ikke
skiftet parti. Det var en anden Peter Bach der stod på listen.

Peter Bach

> Er du ikke gået over til Liberal Alliance?
""")

M("ht", """
Til Sundhedshuset

Min mor taler kun arabisk – vi er fra Palæstina – og hun skal til genoptræning efter en
knæoperation. Er der en fysioterapeut der taler arabisk, eller kan der komme tolk med?

Mvh Rami Haddad
""")

M("s", """
Kære Ishøj Kommune

Vi er to kvinder, der netop er flyttet til Ishøj med vores to børn. Jeg er mor og min
kone er medmor. Er der en forældregruppe for regnbuefamilier i kommunen?

Med venlig hilsen
Sofie og Nanna Brix
""")

M("u", """
Hej Kenneth

Jeg er medlem af Djøf og ansat som jurist i Center for Borger, Økonomi og IT. Jeg ønsker
at stille op som arbejdsmiljørepræsentant, men er blevet bedt om at spørge dig først.

Venlig hilsen
Caroline Winther
""")

M("pb", """
Til Økonomiudvalget

Ishøj Baptistmenighed, hvor jeg er præst, har fået et bud fra en udvikler på vores
kirkebygning på Strandgårdsvej. Vi har ikke accepteret, men vil gerne vide om kommunen
har interesse i at købe den til kulturhus.

Med venlig hilsen
Pastor Jens-Ole Krag
""")

M("t", """
Hej

Min mand er inuk fra Sisimiut og taler mest grønlandsk. Han har fået et brev fra
Skatteforvaltningen om ejendomsskat på vores hus som han ikke forstår. Kan I forklare
det på grønlandsk eller enkelt dansk?

Mvh Birthe Olsen
""")

M("eu", """
Hej

Er på dagpenge fra HK a-kasse og har fået tilbud om et fleksjob... nej, et løntilskudsjob
i Ishøj Kommunes kantine. Jobcenteret siger at jeg skal svare i morgen. Hvem kan jeg ringe
til først?

Mvh [[100178 2213]]
""")
