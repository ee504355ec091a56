"""corpus60 part A: noise, neighbours and the street, mostly to council members."""
from common import M

M("h", """
Kære Lene Bjerregaard

Jeg skriver til dig, fordi du sidder i Teknik- og Miljøudvalget. Siden august har der
været spunsning ved det nye byggeri på Vejlebrovej fra kl. 7 om morgenen, også lørdag.
Jeg har kronisk migræne og har fået ny medicin af neurologen på Glostrup, men den
virker ikke, når det banker i fundamentet hele dagen. Kan kommunen ikke stille krav om,
at de starter kl. 8 og holder weekenden fri?

Med venlig hilsen
Birthe Sandholm
Vejlebrovej 61
""")

M("", """
Hej borgmester

Hvorfor har vi ingen regler for løvblæsere om søndagen i Ishøj? Brøndby har indført
tider for haveredskaber. Jeg synes byrådet burde drøfte det, før foråret kommer.

Venlig hilsen
Poul Erik Ravn
""")

M("he", """
Til Borgerrådgiveren

Jeg har klaget over naboens hund i over et år. Den gør fra 5 om morgenen. Jeg er på
førtidspension pga. PTSD efter min tid i forsvaret, og jeg sover dårligt i forvejen.
Min sagsbehandler i Voksne og Velfærd siger, det ikke er hendes bord, og teknisk
forvaltning siger, det er en privatretlig sag. Hvem skal jeg så gå til?

Mit cpr er [[030571-2287]] hvis I skal slå mig op.

Kim Lauritsen
""")

M("p", """
Hej Søren

Du kender jo sagen med tilbygningen i nr. 14, som har larmet i to år. Nu har de sat
huset til salg, og der har allerede været en køber, der sprang fra, da han så, at
tilbygningen ikke var godkendt. Kan kommunen ikke få afklaret byggesagen, inden det
bliver solgt? Ellers arver den næste ejer bare problemet, og vi andre hører på det.

Mvh. Hanne, Ishøj Strandvej
""")

M("", """
Til Kultur- og Fritidsudvalget

Havnefesten i juni havde musik til kl. 01 begge aftener. Hvilken grænse i decibel
gælder for arrangementer på havnen, og hvem måler det? Jeg har set på kommunens
hjemmeside, men kan kun finde reglerne for byggepladser.

Med venlig hilsen
Jørgen Friis
""")

M("s", """
Hej Anders

Vi har boet på Torslunde Bygade i 11 år, min mand Jonas og jeg, og aldrig klaget over
noget. Men det nye festlokale i den gamle smedje har nu lejet ud til bryllupper fire
weekender i træk, og bassen kan mærkes i vores soveværelse. Kan du tage det op i
udvalget? Vi vil gerne med til et møde.

Mange hilsner
Mikkel Ravnsborg
""")

M("t", """
Hej

jeg skriver fordi manden i opgangen over os råber efter mine børn på trappen. han
siger "skrid hjem til Somalia" og banker i gulvet når de leger. vi er fra Somalia men
børnene er født her. boligselskabet siger de ikke kan gøre noget. kan kommunen hjælpe
eller hvem skal jeg ringe til

Hodan
""")

M("b", """
Kære Merete Aagaard

Som mangeårigt medlem af Radikale Venstres lokalforening i Ishøj vil jeg gerne bede dig
se på støjen fra motorvejen ved Ishøj Landsby. Vi har drøftet det på vores medlemsmøde,
og flere af os mener, at kommunen bør presse Vejdirektoratet for en støjskærm langs
strækningen. Jeg bor selv 200 meter fra vejen.

Med venlig hilsen
Gert Mølgaard
""")

M("u", """
hej Bo

er i 3F og kører nat for Movia, så jeg sover om dagen. Netto på Ishøj Bycenter får
varer kl 10-14 med kølebil der står i tomgang under mit vindue. vi har snakket om det
på klubmødet og flere chauffører har samme problem andre steder. kan kommunen sige noget
om tomgang?? der er vel regler

Dennis
""")

M("ep", """
Kære Tanja Holm

Jeg ved ikke, om det er noget, en byrådspolitiker kan gøre noget ved, men jeg prøver.
Vores nabo i nr. 9 er gået fra hinanden, og siden har ejendommen forfaldet. Haven er
fuld af affald, og der kommer rotter ind til os. Han har fortalt mig, at banken har
sagt, huset skal på tvangsauktion til marts, fordi han ikke kan betale efter
skilsmissen. Indtil da er der ingen, der gør noget. Kan kommunen give påbud om
oprydning, selvom huset skal sælges?

Med venlig hilsen
Lis Korsgaard
""")

M("", """
Fra: Bestyrelsen, Grundejerforeningen Vildtbanen
Til: Hovedpostkassen

Vedhæftet referat fra generalforsamlingen 14. marts. Punkt 5: Støj fra Holbækmotorvejen.
Vejdirektoratets målinger fra 2022 viser 63-67 dB ved de nærmeste huse. 41 ud af 58
fremmødte stemte for at bede kommunen om en ny måling. Vi beder om svar på, om kommunen
vil støtte en henvendelse til Vejdirektoratet.

Med venlig hilsen
Bestyrelsen
""")

M("he", """
Hej

Min mor på 84 får hjemmehjælp tre gange om ugen. Hun har KOL og skal have ilt om
natten. Nu skal der bygges rækkehuse på grunden bag hendes lejlighed på Gildbrovej,
og støvet fra gravearbejdet går lige ind. Hjemmehjælperen har også sagt, at det ikke
er godt for hende. Kan I sørge for, at de vander jorden?

Lone (datter)
""")

M("h", """
har migræne og kan ikke tåle borebilen der har stået på hjørnet af Søndre Strandvej i 3
uger. hvornår er de færdige?? jeg har ringet 4 gange

cpr [[120367-1244]] hvis i vil finde min tidligere klage
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har en verserende støjklage om ventilationsanlægget på Ishøj Bycenter, jeres
sagsnr. 24/11873. Det er 6 uger siden, jeg hørte noget. Kan I oplyse status? Jeg kan
træffes på 43 73 19 06 efter kl. 15.

Venlig hilsen
Ole Winther
""")

M("bt", """
Kære Ole Brinch

Nytåret var forfærdeligt igen. Naboerne skød raketter mod vores hus og skrev "jødesvin"
på postkassen, fordi de har set vores menora i vinduet. Vi er en jødisk familie, og
vores børn tør ikke lege ude. Politiet har optaget anmeldelse. Jeg beder dig som
formand for udvalget om at tage forbud mod fyrværkeri i boligområderne op.

Venlig hilsen
Rebekka Salomon
""")

M("sh", """
Hej Kirsten

Min kone Ida er gravid i 7. måned, og vi bor lige ved siden af den byggeplads, hvor den
gamle skole skal rives ned. Lægen har sagt, hun skal hvile, men det er umuligt fra
syv om morgenen. Vi to piger har ikke andre steder at bo. Er der nogen mulighed for, at
nedrivningen bliver lagt senere på dagen?

Kh. Signe Vestergaard
""")

M("", """
Dear Sir or Madam,

We recently bought a terraced house in Ishøj and are planning to renovate our
kitchen. Are there any rules on which hours we may use power tools in a terraced
house? We would like to be good neighbours.

Kind regards,
Pieter van Dijk
""")

M("b", """
Hej Jan

Jeg beder i moskeen på Ishøj Stationsvej hver fredag, og hver gang får jeg p-bøde,
fordi der ikke er plads. Der er 20 pladser til flere hundrede mennesker. Kan
kommunen ikke lave flere pladser ved stationen om fredagen? Jeg er ikke den eneste.

Med venlig hilsen
Yusuf Demir
""")

M("", """
Til Teknik- og Miljøudvalget

Når der er fredagsbøn ved moskeen på Stationsvej, holder bilerne på fortovet helt op
til cykelstien. Det er farligt for skolebørnene, der kommer forbi kl. 13. Vil
kommunen sætte pullerter op eller lave en aftale med foreningen om parkering?

Venlig hilsen
Henrik Dam, forældrerådet ved Vibeholmskolen
""")

M("e", """
Hej Karina

Fogeden var her i går hos familien i nr. 7. De er sat ud, og nu står deres møbler på
fortovet. Der er to små børn. Jeg ved ikke, hvor de er taget hen. Kan kommunen gøre
noget for dem, og hvem fjerner møblerne?

Mvh. Jette, Bredekærs Vænge
""")

M("u", """
Kære Helle Mørch

Jeg er tillidsrepræsentant for FOA på Plejecenter Ishøjhave. Vi har fået at vide, at
medarbejderne skal betale for parkering fra 1. januar, når pladsen bliver til en
betalingsplads. Mange af vores kolleger kører fra Roskilde og Køge og arbejder på
skift. Vi beder udvalget tage stilling til en medarbejderordning.

Med venlig hilsen
Malene Krogh
FOA-TR, Ishøjhave
""")

M("", """
Hej

Hvor mange støjklager fik kommunen i 2024, og hvor mange endte med et påbud? Jeg
skriver en opgave på HF om kommunal miljøregulering.

Mvh Lærke
""")

M("he", """
Til Borgmesterens sekretariat, att. PA

Jeg har sklerose og bruger kørestol. Fortovet på Gadekærsvej er gravet op, og
genvejen er spærret af bygherrens container. Jeg har fået bevilget en el-kørestol af
kommunen, men den kan ikke komme over kantstenene på omvejen. Jeg har nu været lukket
inde i fire dage. Kan borgmesteren hjælpe?

Venlig hilsen
Annette Holst, Gadekærsvej 22
""")

M("t", """
Hej Niels

Naboerne har samlet underskrifter mod at vi må sætte et hegn op. De siger direkte at
"sådan nogle som os" fra Irak ikke forstår danske regler. Vi er kurdere fra Irak og har
boet her i 16 år. Vi har søgt om lov, og hegnet er 1,80 m som reglerne siger. Jeg vil
bare have at du ved det.

Mvh. Aram Rashid
""")

M("", """
Kære byrådsmedlemmer

I behandler på torsdag forslaget om nye støjregler for udendørs koncerter. Vi i
Musikforeningen Ishøj Jazz håber, at I vil lade grænsen kl. 23 gælde også for fredag
og lørdag, så vi kan fortsætte vores sommerkoncerter i Strandparken. Vi har ca. 400
gæster pr. koncert.

På bestyrelsens vegne
Jens Torp
""")

M("s", """
hej Rasmus

ved ikke om du husker mig fra borgermødet. det var mig og min kæreste Thomas der stod
bagerst. vi bor over pizzeriaet på Ishøj Torv og deres udsugning kører til kl 2 om
natten. vi har prøvet at snakke med ejeren. han griner bare og siger "så flyt dog,
drenge". hvad kan vi gøre?

Emil
""")

M("", """
Til Hovedpostkassen

Vi har fået faktura 1409231187 for vores støjmåling, men den skulle være betalt af
entreprenøren efter aftalen. Kan I tjekke det? Vores kundenummer er 2604795512.

Venlig hilsen
Ishøj Tømrer- og Snedkerfirma ApS
CVR 31 45 67 82
""")

M("eh", """
Kære Charlotte

Jeg er på sygedagpenge efter en diskusprolaps og ligger det meste af dagen. Overboen
har fået ny kæreste, og de slås om natten. Jeg har ringet til politiet to gange. Jeg
skriver til dig, fordi du er formand for Social- og Sundhedsudvalget, og fordi ingen
andre svarer mig.

Venlig hilsen
Susanne B.
""")

M("b", """
Kære Karsten

Min søn skal konfirmeres i Ishøj Kirke den 4. maj, og samme dag er der planlagt
asfaltarbejde på Ishøj Landevej ud for kirken. Vi har 40 gæster, hvoraf flere er
gangbesværede. Kan arbejdet flyttes en dag?

Med venlig hilsen
Pia Toft
""")

M("", """
Hej

Hvornår er der konfirmationer i Ishøj Kirke i år? Vi har en café på Ishøj Landevej og
vil gerne vide, hvornår der bliver travlt med parkering, så vi kan sige det til vores
kunder.

Hilsen Café Landsbyen
""")

M("ht", """
Hej Mette

Min far er polsk og bor alene på Ishøj Søvej. Han er lige blevet opereret for grå
stær og kan ikke se ordentligt endnu. Naboens søn har flere gange kaldt ham "polakpak"
og smidt affald ind i hans have. Han tør ikke klage selv, fordi hans dansk ikke er så
godt. Kan du hjælpe os?

Venlig hilsen
Marta Kowalska
""")

M("", """
Til borgmesteren

Jeg har læst i Ishøj Avis, at der skal flere politipatruljer ud i Vildtbanegård. Det er
fint, men kommunen burde selv ansætte flere gadeplansmedarbejdere. Det er min mening,
og jeg tror mange er enige.

Hilsen Carl Bech
""")

M("e", """
Hej Lone

Jeg har lige mistet mit job på lageret i Taastrup og skal melde mig ledig på
jobcentret på mandag. Det betyder jeg er hjemme hele dagen, og først nu opdager jeg
hvor meget støj der er fra genbrugspladsen om formiddagen. Er der ikke en grænse for
hvor tidligt de må knuse glas?

Torben
""")

M("u", """
Kære Peter Lund

Vi er en gruppe naboer ved Strandgården. Flere af os er medlem af Dansk Metal og har
været på skifteholdsarbejde i 30 år. Vi beder dig om at fastholde, at skraldebilen ikke
må komme før kl. 7, som I lovede sidste år. Det var en sejr for os der sover om dagen.

På vegne af 12 husstande
Leif Carlsen
""")

M("hs", """
Til Borgerrådgiveren

Jeg vil gerne klage anonymt. Min mand og jeg (vi er to mænd, gift i 2019) er blevet
chikaneret af vores genbo i over et år, og da vi klagede til kommunens
naboskabsmedarbejder, sagde hun, at "I må jo forstå, at nogle har svært ved jeres
livsstil". Det har gjort mig så dårlig, at jeg nu går hos en psykolog for angst.

Jeg ønsker ikke, at mit navn kommer videre.
""")

M("", """
Til Økonomiudvalget

Kan I oplyse, hvad støjskærmen langs Ishøj Strandvej har kostet, og hvordan den er
finansieret? Jeg har hørt tal mellem 4 og 11 mio. kr.

Mvh. Ib Thomsen
""")

M("bt", """
Hej Ali

Du kender mig fra fodboldklubben. Jeg er sikh, og jeg har fået at vide af
grundejerforeningen, at jeg ikke må holde vores gurpurab-fest i haven, fordi der
kommer for mange gæster. Men danskerne på vejen holder havefest med 80 mand hver
sommer uden at spørge. Min familie er fra Punjab, og det føles som om det er det,
det handler om.

Harjit
""")

M("", """
Til dagsordensamleren, Børne- og Skoleudvalget

Forældrebestyrelsen i Børnehuset Solsikken beder om, at udvalget drøfter støjen fra
den nye vej ved legepladsen. Vi har målt 58 dB i frokostpausen. Vi ønsker en
støjvold. Journalnr. hos jer: 2024-0087432.

Med venlig hilsen
Forældrebestyrelsen
""")

M("ep", """
Kære Susanne Aakjær

Vi solgte vores rækkehus i Ishøj Landsby for at flytte tættere på min mands plejehjem.
Køberne har nu trukket sig, fordi de har hørt om den planlagte vindmølle ved
Tranegilde. Vi har allerede sagt ja til lejligheden i Vallensbæk. Kan I sige noget om,
hvor langt planen er, så vi kan berolige de næste købere?

Med venlig hilsen
Grethe Lund
""")

M("h", """
Kære Ole

Tak fordi du lyttede på borgermødet. Som jeg nævnte, har min datter Freja på 9 autisme
og kan ikke tåle larm. Byggeriet ved siden af skolen gør at hun ikke kan være i klassen.
Kan I sætte en støjskærm op ud mod skolegården?

Venlig hilsen
Christina Holm
""")
