"""corpus85 part G: trades, CPR numbers in many formats, and hard negatives."""
from common import M

M("p", """Til Byggesagsafdelingen

Jeg har fået job i Berlin og har lige fået en køber til min andelslejlighed i Ishøj
Strandpark. Andelsforeningens bestyrelse vil ikke godkende prisen, før de har set
tilladelsen til det nye badeværelse. Jeg er 27 og flytter om seks uger, så det haster.

Mvh Anne-Sofie""")

M("pt", """Hej Erhvervsservice

Jeg skriver for min far, der ikke skriver så godt dansk. Vi er en tyrkisk familie, der har
haft restauranten på Ishøj Torv i 15 år. Nu vil min far købe grunden ved siden af til en
udvidelse, og ejeren har sagt ja til hans bud. Kræver det en ny lokalplan at bygge der?

Venlig hilsen
Emre, 22""")

M("ps", """hej byggesag

min kæreste Frederik og jeg (vi er begge fyre, 25 og 26) har sat vores lejlighed på
Ishøj Søvej til salg og der er en køber der gerne vil skrive under, men han vil se
godkendelsen af vores altanlukning. kan i sende den
mvh Anders""")

M("", """Til Byggesagsafdelingen

Vi købte huset på Torslunde Bygade i 2024, og handlen er for længst på plads. Nu vil vi
gerne bygge en carport på 30 m². Skal vi søge byggetilladelse, eller er det nok at
anmelde den?

Mvh Trine og Rasmus""")

M("", """Hej

Min kæreste og jeg drømmer om at købe vores første lejlighed om et par år. Hvilke områder
i Ishøj bliver der bygget nyt i, og har kommunen planer om billige ejerboliger til unge?

Mvh Sofie""")

M("p", """Til H/F Tranegilde og Center for Byudvikling og Natur

Jeg har lejet kolonihavehuset i nr. 47 i to somre, og ejeren har tilbudt at sælge det til
mig for 180.000 kr. Vi har ikke skrevet noget under. Må jeg som 23-årig købe et
kolonihavehus, hvis jeg ikke bor i Ishøj endnu?

Mvh Marcus""")

M("pe", """hej kommunen
mine forældre skal skilles og huset på gadekæret skal sælges. de har fået et bud men de
skændes om det. jeg er 17 og min lillesøster er 12. hvor skal vi bo når huset er solgt?
kan kommunen hjælpe os
mvh Tilde""")

M("p", """Til Center for Byudvikling og Natur

Jeg er ejendomsmægler og har sat Ishøj Landsbyvej 23 til salg for en klient. Vi har en
køber, der er klar til at skrive under, hvis kommunen kan bekræfte, at der ikke er
verserende påbud på ejendommen. Kan I svare inden fredag?

Venlig hilsen
Mathilde Krarup, Home Ishøj""")

M("pb", """Hej

Min mand og jeg har budt på et rækkehus på Ishøj Stationsvej, fordi det ligger tæt på
moskeen, hvor vi går til fredagsbøn hver uge. Sælgeren har sagt ja, men der er en sag om
et skur. Hvad skal vi gøre før vi skriver under?

Mvh Nour""")

M("p", """Til Klima og Miljø

Køberen af vores hus ved Ishøj Strand er sprunget fra, fordi kommunens nye kort viser at
grunden kan blive oversvømmet ved stormflod. Vi er 29 og 30 og har allerede købt et
andet hus. Kan I forklare kortet, så den næste køber ikke bliver skræmt?

Venlig hilsen
Nicolai og Amalie""")

M("pe", """Til Borgerservice

Vores bank har sagt, at vi skal sælge vores hus, fordi vi er bagud med betalingerne og
skylder 60.000 kr. i restance. Huset er sat til salg, men vi har ikke fået et eneste bud.
Vi er 26 og 28 og har to små børn. Kan kommunen hjælpe os med rådgivning?

Venlig hilsen
Kasper og Line""")

M("s", """Hej ungdomsklubben

Jeg er 22 og lesbisk, og jeg vil gerne være frivillig i jeres nye LGBT+-gruppe om
torsdagen. Jeg har selv savnet sådan et sted, da jeg var 15. Skal jeg have en
børneattest?

Mvh Malou""")

M("sh", """Til Børnehuset Spiren

Min søster Mia og hendes kone Julie er begge syge med influenza, så jeg henter Oscar i dag
og i morgen. De har sagt det er ok. Jeg hedder Peter og er hans morbror.

Mvh Peter""")

M("s", """yo kulturhuset
im gay and me and my bf wanna perform at the open mic next friday (we do duets lol). is
there still space? we're 19 and 20
Leo""")

M("sh", """hej ung-rådgivningen

jeg er bi og har haft depression siden 1.g. min psykolog har foreslået at jeg finder en
gruppe med andre unge der ligner mig. har i sådan en, eller ved i hvor der er en?
/Silje 18""")

M("su", """Til borgerrådgiveren

Jeg er 25, tillidsrepræsentant i FOA på et af kommunens plejecentre og bøsse. En
pårørende har flere gange sagt grimme ting til mig om det foran beboerne. Min leder siger
at "sådan er de gamle". Jeg vil gerne vide, hvad kommunen gør for at beskytte os.

Venlig hilsen
Jonas""")

M("st", """Til sundhedsplejen

Min mand Daniel og jeg har adopteret en dreng fra Colombia. Lucas er 14 måneder og kommer
hjem med os i næste uge. Vi vil gerne have et besøg af sundhedsplejen, når han er landet.

Venlig hilsen
Mikkel Thorsen""")

M("tb", """Til Jobcenter Ishøj / praktikvejledningen

Jeg er 19, muslim og brun, og jeg går med tørklæde. På et praktikinterview i en butik i
Ishøj Bycenter sagde chefen, at jeg "ikke passer ind hos kunderne". Jeg fik pladsen
gennem skolen, ikke gennem jer, men jeg ved ikke hvem ellers jeg kan sige det til.

Mvh Amira""")

M("t", """Hej Borgerservice

Min kæreste er fra Kenya og kommer til Danmark i januar. Vi er begge 24. Skal hun melde
sig hos jer, når hun har fået opholdstilladelse, og hvad skal hun have med?

Mvh Jesper""")

M("t", """hej skolen

mine forældre taler kun arabisk, så det er mig der læser alle breve fra skolen. kan i
sende de vigtige breve på arabisk også? jeg er 15 og det er lidt meget nogen gange
mvh Rania 9.b""")

M("b", """Kære borgmester

Jeg er formand for Konservativ Ungdom i Ishøj og 19 år. Vi vil gerne have mulighed for at
stille spørgsmål til byrådet på næste borgermøde om trafikken ved skolerne. Hvordan
kommer vi på dagsordenen?

Med venlig hilsen
Carl""")

M("b", """Hej ungdomsskolen

Vi fejrer hanukkah med familien i december, og den første aften falder på dagen for jeres
juleafslutning. Må vores datter Noa gå tidligere den dag?

Venlig hilsen
Rebekka""")

M("b", """Hej efterskolelejren / Ungdomsskolen

Min søn Yusuf spiser kun halal. Kan køkkenet på lejrturen lave halal eller vegetarisk til
ham? Han er 14 og lidt genert, så han siger det nok ikke selv.

Mvh Fatma""")

M("u", """Hej Kultur og Fritid

Jeg er 28 og medlem af Dansk Magisterforening, og jeg har søgt stillingen som
kulturformidler på biblioteket. DM spørger, om den er på overenskomst med AC. Kan I
svare?

Mvh Liv""")

M("u", """Til HR og Løn

Jeg er fællestillidsrepræsentant for de unge medarbejdere i kommunens rengøring. Flere er
under 18 og får ikke ungdomstillæg for aftenarbejde. Vil I have en liste over dem?

Venlig hilsen
Sana""")

M("u", """Hej Rådhuskantinen

Jeg er 18, medlem af Fødevareforbundet NNF og starter som kokkeelev hos jer i februar.
NNF spørger, om jeg får knivsæt og kokketøj stillet til rådighed. Gør jeg?

Mvh Oliver""")

M("eu", """hej jobcenter
min arbejdsgiver har opsagt min elevplads som kontorelev pga nedskæringer. jeg er medlem
af HK og de siger jeg skal melde mig ledig hos jer og søge ny elevplads. hvordan gør jeg
det? jeg er 21
Mikkeline""")

M("u", """Til Løn og Personale

Jeg er nyansat tømrerlærling i kommunens ejendomsafdeling og medlem af Blik- og Rørarbejderforbundet
... nej undskyld, af 3F Byggeri. Mit skattekort er ikke kommet med, og jeg er trukket 55 %.
Kan I hente det?

Cpr [[040606-4155]]
Mvh Sebastian""")

M("h", """Til Borgerservice

Min kæreste Nathalie er gravid i 10. uge, og hun har ikke fået valgt læge efter hun flyttede
til Ishøj. Hun har bedt mig skrive. Hendes personnummer er [[111103\u00a04972]].

Mvh Simon""")

M("e", """Hej Ungeindsatsen

Jeg har søgt kontanthjælp i går via borger.dk og skal vist også skrive til jer, så I ved
det. Jeg er 26 og min dagpengeperiode er slut.

[[030800 5119]]
Rikke Holm""")

M("t", """Til Borgerservice

Jeg kom som flygtning fra Afghanistan i 2016, da jeg var 13, og har nu fået dansk
statsborgerskab. Jeg vil gerne ændre stavningen af mit efternavn, så det passer med mit
pas. Hvad koster det?

Sayed Mohammad Rezai, cpr. [[150303–4613]]""")

M("", """hej borgerservice jeg er flyttet fra ishøj strandvej 62 til vejleåparken 14, 1.mf. har
meldt flytning på borger.dk men min post kommer stadig til den gamle adresse. kan i
tjekke det
[[071201–4306]]
mvh Christian""")

M("s", """Til Borgerservice / vielser

Min mand Ahmad og jeg (Karim) blev viet i Sverige i sommer. Vi er to mænd på 27 og 29.
Skal vielsen registreres hos jer, eller sker det automatisk? Vores personnumre er
[[120399-2317]] og [[280997-1559]].

Med venlig hilsen
Karim""")

M("", """Hej Borgerservice

Jeg har fået kvitteringsnr. 3110994455 for min ansøgning om nyt pas. Hvornår kan jeg hente
det, og kan min mor hente det for mig?

Mvh Liam, 17""")

M("", """Til Center for Kultur og Fritid

Vedr. journalnr. 27.00.00-A00-1-26: Vi har stadig problemer med høj musik fra Ishøj
Ungdomshus efter kl. 23 om fredagen. Ring gerne på 43 57 75 75 eller 28 19 44 06.

Venlig hilsen
Beboerforeningen Strandgården""")

M("", """Hej biblioteket, er der stadig plads til temaaftenen "Unge og kviklån" den 9. december?
Jeg vil gerne tage min lillebror med, han er 17 og har lige fået sit første kort.
Mvh Signe""")

M("", """Hej Ishøj Ungdomsskole

Har I et kursus i privatøkonomi for unge, hvor man lærer om budget, SU og skat? Jeg er
18 og flytter hjemmefra til sommer. Mvh Magnus""")

M("", """hej, har ungdomshuset åbent om lørdagen i juleferien? vi er nogle stykker der vil spille
bordtennis""")

M("", """Hej Ishøj Bibliotek, kan man printe gratis som studerende, eller koster det stadig 2 kr.
pr. side? Mvh Emilie""")

M("", """Hej idrætscentret, hvornår er Ishøj Strandløbet i 2027, og får unge under 25 rabat på
startgebyret? Mvh Oskar""")

M("", """Hej! Er der stadig plads til foredraget om spiseforstyrrelser på biblioteket på onsdag? Vi
er tre fra 2.g der skal skrive opgave om det. Mvh Frida""")

M("", """Hej sundhedsplejen

Er der en mødregruppe for unge mødre i Ishøj? Jeg er 20 og har en søn på 4 måneder, og
de andre i min gruppe er alle over 30. Det ville være hyggeligt med nogen på min alder.

Mvh Sara""")

M("", """Hej Ungdomsskolen

Vi skal lære om arbejdsmarkedet i samfundsfag. Hvad er egentlig forskellen på en a-kasse
og en fagforening, og kan man være i den ene uden den anden? Kan I sende noget materiale?

Mvh 10.b""")

M("", """hej ungdomsklubben, er der halal mad i caféen eller kun toast med skinke? og hvad koster
en sandwich? mvh Omar""")

M("", """Hej. Hvornår er der gudstjeneste i Ishøj Kirke juleaften, og skal man have billet? Mvh
Katrine""")

M("", """Hej lønkontoret

Jeg har studiejob på biblioteket og er ikke medlem af nogen a-kasse eller fagforening. Skal
jeg være det for at få feriepenge udbetalt, når jeg stopper?

Mvh Jakob""")

M("", """Hej Center for Børn og Forebyggelse

Tilbyder kommunen tolkning på arabisk og somali til forældremøder på skolerne generelt,
eller skal forældrene selv spørge hver gang? Jeg sidder i skolebestyrelsen.

Mvh Lene""")

M("h", """Hej Park og Vej

Jeg har sommerjob i parkafdelingen, men jeg brækkede armen til fodbold i weekenden og
har gips i seks uger. Jeg kan ikke møde de næste uger. Hvem skal jeg give besked?

Mvh Mads Ibsen
[[2607084339]]""")

M("he", """Til Børne- og Skoleudvalget

Vores søn Alfred på 17 har autisme og har fået afslag på STU, fordi jobcentret mener han
kan tage en almindelig uddannelse. Han har aldrig kunnet gå i en almindelig klasse. Vi
vil gerne klage, men hvordan?

Venlig hilsen
Birgit og Steen""")

M("e", """hej ydelseskontoret
jeg har fået afslag på enkeltydelse til en vinterjakke og vinterstøvler til min søn på 3.
jeg er 20 og på uddannelseshjælp og har ikke råd. kan jeg klage? det bliver koldt nu
mvh Jessica""")

M("tbu", """Dzień dobry

Jeg er 24, polsk og katolik, og jeg er medlem af 3F. Jeg arbejder på lager i Ishøj og vil
gerne gå til polsk messe om søndagen, men mit skema siger altid søndag morgen. Kan
kommunen hjælpe med at finde en polsk messe om aftenen?

Mvh Tomasz""")
