"""corpus63 part B: foster care, custody, youth, and forwarded mails."""
from common import M

M("e", """Til: Hovedpostkassen
Fra: Kenneth Holm, byrådsmedlem
Emne: VS: underretning

Videresendt til rette sted. /Kenneth

-----Oprindelig meddelelse-----
Fra: Jeanette Ravn
Sendt: 3. november 2026 21:14
Til: Kenneth Holm
Emne: underretning

Hej Kenneth. Skolen har lavet en underretning om mig fordi min datter kom for sent fem
gange og havde glemt madpakke. Nu har jeg fået brev om en børnefaglig undersøgelse. Det
er helt vildt, jeg er en god mor. Kan du ikke stoppe det?

Jeanette Ravn
[[110689-2043]]""")

M("", """Kære udvalgsformand

Hvor mange børn og unge fra Ishøj var anbragt uden for hjemmet i 2025, og hvor stor en
andel var i plejefamilie i forhold til på institution? Jeg sammenligner kommunerne på
Vestegnen til en artikel i lokalavisen.

Med venlig hilsen
Karsten Brink, journalist""")

M("eh", """Hej Familieplejen

Som I ved har vi haft vores plejedatter Nanna boende siden hun var fire. Hun er nu 14 og
har føtalt alkoholsyndrom, og det bliver sværere i puberteten. Hun stikker af om
natten og har brug for mere støtte end vi kan give alene.

Vi beder om et møde med hendes sagsbehandler om aflastning og om hun kan få en
kontaktperson.

Venlig hilsen
Bente og Ole Frandsen""")

M("e", """Hej

Jeg har fået et brev fra Udbetaling Danmark om at jeg skylder 23.400 kr. i børnebidrag til
min søn. Jeg var ledig i seks måneder sidste år og kunne ikke betale. Kan kommunen hjælpe
med en afdragsordning eller sige god for at jeg betaler mindre?

mvh Dennis L.""")

M("s", """Til Børnehuset Kastanjen

Vi er to fædre, Anders og Mikkel, og vores datter Vilma starter hos jer den 1. marts. På
jeres indskrivningsskema står der kun "mor" og "far". Kan I lave det om, så vi begge kan
stå som forældre uden at en af os skal krydse "mor" af?

Venlig hilsen
Mikkel Thorsen""")

M("", """Kære byrådsmedlem

Jeg vil foreslå at kommunens blanketter om dagtilbud og skole bruger "forælder 1" og
"forælder 2" i stedet for "mor" og "far". Mange familier ser ikke sådan ud mere, og det er
en lille ændring der gør det lettere for alle. Kan du tage det op i udvalget?

Venlig hilsen
Jette Krog""")

M("t", """Kære skoleleder

Jeg er farmor til Lucas og Sofia i 4. og 6. klasse. De er begge adopteret fra Colombia
som små. Sofia fortalte mig i weekenden at nogle større elever kalder hende
"brunøje" og spørger hvor hendes rigtige mor er. Hun vil ikke sige det til sine forældre.

Jeg synes skolen skal vide det.

Med venlig hilsen
Inger Thygesen""")

M("b", """Hej svømmelærer

Vi er muslimer, og vores datter Amira på 11 vil gerne svømme med lange ærmer og
leggings, en burkini. Er det i orden i skolesvømningen i Ishøj Svømmehal?

Venlig hilsen
Omar Haddad""")

M("", """Til Kultur- og Fritidsudvalget

Må man bade i burkini i Ishøj Svømmehal, både i skolesvømning og i den almindelige
offentlige tid? Jeg har hørt forskellige svar fra personalet og vil gerne vide hvad
reglerne er.

Mvh Annette Winther""")

M("uh", """Hej SFO

Min mand Brian kom til skade på arbejdet i september, han faldt ned fra et stillads og
brækkede ryggen. Det er anmeldt som arbejdsskade, og Dansk Metal hjælper ham med sagen.
Han kan ikke køre bil foreløbig.

Kan vores søn Magnus få lov at blive til kl 17 nogle dage, så jeg kan nå hjem fra Roskilde?

Venlig hilsen
Heidi""")

M("", """Hej UU Ishøj

Jeg går i 9. klasse og vil gerne være elektriker. Kan I hjælpe mig med at finde en
praktikplads, og hvornår skal jeg søge ind på EUD? Min vejleder på skolen har travlt så
jeg skriver direkte til jer. Mit cpr er [[280510-4417]].

mvh Mathias""")

M("e", """hej jobcentret

jeg har en samtale med jer på tirsdag kl 10 om min uddannelsesplan men jeg skal til
optagelsesprøve på en skole samme dag. kan vi rykke samtalen? jeg får uddannelseshjælp
og vil ikke have trukket noget

mvh Jonas 19""")

M("he", """Til Vibeholmskolen og PPR

Vores søn William har cerebral parese og bruger kørestol. Fra næste skoleår skal hans
klasse flytte op på 1. sal, og der er ingen elevator. Vi har søgt om en trappelift eller
at klassen bliver i stueetagen, men har ikke hørt noget i to måneder.

Venlig hilsen
Jakob Riis, far til William i 3.C""")

M("", """Kære forældre og alle andre

Motionsdag på Gildbroskolen er fredag den 10. oktober. Vi mangler 8 voksne til at stå ved
posterne fra kl 9 til 12. Skriv til mig hvis du kan, så sætter jeg dig på en post.

Med venlig hilsen
Gitte Holm, formand for skolebestyrelsen""")

M("p", """Hej skolen

Min kone og jeg har fået accepteret vores bud på en lejlighed i Ishøj Strand, tæt på
Strandgårdskolen, men skødet er ikke underskrevet endnu. Vi er bedsteforældre til Julie
i 2.B, og planen er at hun kan komme hjem til os efter skole, så vores datter kan
arbejde længere.

Kan Julie melde sig ud af SFO fra 1. marts, når vi forhåbentlig er flyttet ind?

Mvh Aage og Ruth Sørensen""")

M("", """Til Pladsanvisningen

Vi købte huset på Vejleå Parkvej i fjor, og handlen er for længst på plads. Men nu siger
naboen at vejen hører til et andet skoledistrikt end vi troede. Hvilken skole hører
Vejleå Parkvej 41 til?

Venlig hilsen
Simon Aagaard""")

M("e", """Til Ishøj Kommune, Familieafdelingen

Vores barnebarn Nikolaj på 7 har boet hos os i Torslunde siden august, fordi vores datter
sidder i fængsel og afsoner til sommer. Vi vil gerne blive godkendt som netværksplejefamilie
for ham, så han kan blive her. Han har det godt og går på Gildbroskolen.

Hvad er næste skridt?

Venlig hilsen
Jytte og Bjarne Hald""")

M("sb", """Kære skoleleder

Vi er en katolsk familie og går i kirke hver søndag. Vores søn Benjamin på 14 har fortalt
os at han er biseksuel, og vi står bag ham. Men i kristendomstimen sagde en vikar at
det var noget man "voksede fra", og det har gjort ham meget ked af det.

Vi ønsker at vikaren ikke underviser klassen igen.

Venlig hilsen
Maria og Stefan Brandt""")

M("", """Hej

Jeg er journalist på et ungdomsmedie. Har Ishøj Kommune tal for hvor mange elever der
oplever mobning, og hvilken antimobbestrategi bruger skolerne? Er der forskel på
skolerne?

Tak på forhånd
Nadia Ahmadi""")

M("e", """Hej jobcenter / ydelser

jeg er på kontanthjælp og min søn skal på lejrskole i 6 klasse, det koster 1200 kr og han
har heller ingen vinterjakke. kan jeg søge enkeltydelse til det? jeg har ikke penge tilbage
efter husleje

hilsen Tanja""")

M("h", """Hej vuggestuen Myretuen

Jeg er gravid i 5. måned og skal have vores første barn til marts. Vi vil gerne skrive
os op til en vuggestueplads til når min barsel slutter. Kan man skrive sig op før barnet
er født? CPR for mig: [[120794 2231]].

Venlig hilsen
Natasja Bang""")

M("t", """Til Ishøj Kommune

Min mand er fra Marokko og vores børn taler arabisk og dansk derhjemme. Vores ældste på
8 vil gerne lære at skrive arabisk. Har kommunen modersmålsundervisning i arabisk, eller
kender I nogen steder i nærheden?

Venlig hilsen
Line Benali""")

M("", """Hej

Hvilke sprog tilbyder kommunen modersmålsundervisning i, og er det gratis? Jeg er lærer
på en privatskole og får tit det spørgsmål af nye forældre, så jeg vil gerne kunne henvise
til en side.

Mvh Kirsten Helweg""")

M("h", """Til skolelederen på Ishøj Skole

Min søn Anton har epilepsi, og det har vi skrevet på hans skema hvert år. I tirsdags fik
han et anfald i idrætstimen, og vikaren vidste ikke hvad hun skulle gøre. Han lå i
næsten fem minutter før nogen ringede til mig.

Jeg vil have at alle voksne omkring ham kender hans handleplan. Kan vi holde et møde?

Venlig hilsen
Karina Lyng""")

M("e", """Til Ishøj Kommune (kan være anonym?)

Jeg vil gerne underrette om familien i nr. 14 på Vildtbanevej. De to små børn, måske 4
og 6 år, står alene ude på trappen om aftenen, også når det er mørkt og koldt. Jeg har
set det mange gange. Moren kommer først hjem sent.

Jeg ønsker ikke at mit navn bliver nævnt.""")

M("", """Hej

Hvordan laver man en underretning, og skal man skrive sit navn? Jeg er træner i en
fodboldklub og vil gerne vide hvad vi som forening skal gøre, hvis vi en dag bliver
bekymrede for et barn. Findes der en folder vi kan give vores trænere?

Mvh Peter, Ishøj IF""")

M("eu", """Til Ydelsescentret

Jeg har arbejdet i hjemmeplejen i 11 år og er blevet afskediget efter en konflikt med min
leder. FOA har taget sagen og mener det er usagligt, men det tager tid. Jeg er alene med
tre børn og skal betale husleje den 1.

Hvad kan jeg søge om i mellemtiden?

Venlig hilsen
Gülsen""")

M("b", """Hej Ishøj Landsby Forsamlingshus

Vores datter Esther skal døbes i Torslunde Kirke søndag den 15. marts, og vi vil gerne
leje den lille sal til frokosten bagefter, ca. 40 personer. Er den ledig?

Venlig hilsen
Morten og Kathrine Dahl""")

M("", """Hej

Lejer kommunen lokaler ud til konfirmationer i foråret, og hvad koster det? Vi er en
forening som gerne vil vide om der stadig er ledige lørdage i april og maj.

Mvh Bestyrelsen, Grundejerforeningen Tranegilde""")

M("he", """til min sagsbehandler

jeg er 18 nu og bor stadig på bostedet i Vallensbæk. jeg har en spiseforstyrrelse og har
været indlagt to gange. jeg vil gerne flytte i egen lejlighed med støtte, men min
kontaktperson siger det er for tidligt. hvem bestemmer det?

Line""")

M("p", """Kære Pladsanvisning

Vi har underskrevet en betinget købsaftale på en andelsbolig på Ishøj Strandvej, med
forbehold for bankens godkendelse. Vi regner med at overtage den 1. april. Vores søn
går i dagpleje i Torslunde, men vi vil gerne have ham i børnehave tæt på den nye
bolig. Kan vi skrive ham op nu?

Venlig hilsen
Nikolaj Friis""")

M("s", """Hello,

My wife and I, we're both women, are moving to Ishøj from Aarhus in January with our
son Theo, who is two. We'd like to find a vuggestue close to Ishøj station. Is there a
waiting list, and do we need a Danish address before we can sign up?

Kind regards
Hannah Cole""")

M("e", """Fra: Sara Lindholm, byrådsmedlem
Til: Direktionsassistent, Børn og Forebyggelse
Emne: VS: Min søns samvær

Kan I tage jer af denne? Jeg har svaret borgeren at den er sendt videre.

Den 12. okt. 2026 kl. 19.02 skrev Allan Mørk:
> Hej Sara
> Min ekskone har fået tilbageholdt vores søn i tre weekender nu, og
> Familieretshuset siger de først kan tage sagen i januar. Jeg har forældremyndighed
> sammen med hende. Kan kommunen ikke gøre noget? Drengen er 9 og savner mig.
> Allan""")

M("t", """Добрий день. Goddag

Vi kom som flygtninge fra Ukraine i 2022. Min datter Daryna er 16 og er færdig med
9. klasse på Ishøj Skole. Hun vil gerne på gymnasiet men hendes dansk er ikke så godt
endnu. Er der en klasse for unge som hende?

Tak
Olena""")

M("", """Til Børne- og Skoleudvalget

Hvor mange elever fra Ukraine går i skolerne i Ishøj i dag, og hvor mange af dem er i
modtagelsesklasser? Jeg er medlem af skolebestyrelsen og vil gerne forstå hvordan
kommunen planlægger lærerressourcerne til næste år.

Venlig hilsen
Helle Vinther""")

M("h", """Hej skolen

Min datter Clara faldt ned fra klatrestativet i frikvarteret i går og slog hovedet. Vi var
på skadestuen om aftenen, og hun har en hjernerystelse. Lægen siger hun skal holde sig fra
skærme og larm i en uge. Hvordan gør vi med lektierne?

Og er stativet blevet tjekket?

Mvh Jesper Lykke""")

M("", """Kære Teknik- og Miljøudvalget

Klatrestativet på legepladsen bag Gildbroskolen er rustent, og flere af trinene sidder
løst. Børnene bruger det hver dag. Hvornår bliver legepladserne ved skolerne efterset,
og hvem har ansvaret?

Venlig hilsen
en bekymret bedstefar""")

M("b", """Hej klasselærer

Ahmed er træt om mandagen, fordi han går i koranskole lørdag og søndag formiddag i
moskeen. Vi har aftalt med ham at lektierne til mandag laves fredag. Hvis han
alligevel ikke har dem med, må du gerne skrive til mig.

Med venlig hilsen
Fatima Rahimi""")

M("he", """Til PPR

Vores datter Emma på 13 har ikke været i skole i syv uger. Hun har fået diagnosen angst
hos børnepsykiater, og hun kan ikke komme ud af døren om morgenen. Vi har søgt om
undervisning i hjemmet og en støttekontaktperson, men vi har ikke fået svar.

Kan I fortælle os hvor sagen er?

Med venlig hilsen
Lone og Jens Mikkelsen""")

M("", """Til skolebestyrelserne i Ishøj

Hvad er kommunens strategi for børn med skolevægring? Vi har hørt at antallet er
steget meget efter corona. Vi vil gerne have et oplæg på næste fællesmøde om hvad PPR og
skolerne gør i dag, og hvad forældre kan forvente.

Venlig hilsen
Forældrerådet, Strandgårdskolen""")

M("e", """Hej Ydelser

Jeg blev skilt i sommer og har børnene hver anden uge. Jeg vil søge om børnebidrag fra
deres far og ordinært børnetilskud. Det drejer sig om:

Oskar [[2106165539]]
Ella [[090419–4826]]

Venlig hilsen
Marie Kruse""")

M("u", """hej ungdomsklubben

jeg er elev som tømrer og medlem af 3F ungdom, vi holder et møde om lærlingeløn og
vil gerne låne jeres lokale en aften i december. ca 15 personer. hvad koster det?

Mvh Kevin""")

M("", """Til Børnehuset Troldehøj, økonomi

Vedr. faktura fra Frugt & Grønt ApS, CVR 38124511, EAN 5798000416682, fakturanr. 2610231044.
Beløbet er 4.212,50 kr. for oktober. Vi har ikke modtaget betaling. Betalingsfrist var
den 15. november. Venligst betal hurtigst muligt til reg. 5301 konto 0243187.

Med venlig hilsen
Bogholderiet""")

M("bt", """Kære Ishøj Skole

Vi er jøder, og i år falder Yom Kippur på en skoledag. Vores søn Jonathan i 5.B skal
være hjemme den dag og gå i synagoge med sin far. Han kommer igen dagen efter.

Venlig hilsen
Rebecca Adler""")
