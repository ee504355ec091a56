"""corpus71 part C: neighbours, fences, noise, building cases and landlords."""
from common import M

M("", """
Til Center for Byudvikling og Natur

Min nabo på Tranegilde Strandvej har sat et hegn op der er 2,10 meter højt, lige i
skellet. Så vidt jeg ved må det kun være 1,80. Hvem skal jeg klage til? Jeg har
vedhæftet billeder.

Med venlig hilsen
Villy Bundgaard
""")

M("", """
Hej borgerrådgiver

Jeg ved godt at I ikke tager naboskænderier, men jeg prøver alligevel: naboens
hund gør fra kl. 6 hver morgen, og de svarer ikke når jeg ringer på. Hvor kan jeg gå hen
med det?

Hilsen Annelise, Ishøj Landsby
""")

M("t", """
Kære borgmester

Vi er en tyrkisk familie som flyttede ind på Gadekærvej for et år siden. Siden har
naboen i nr. 14 råbt "skrid hjem" efter mine børn, og i sidste uge lå der hundelort i
vores postkasse. Politiet siger det er en naboting. Jeg synes det er racisme. Kan
kommunen gøre noget?

Med venlig hilsen
Serkan Yıldız
""")

M("", """
Til byggesagsafdelingen

Skal man søge byggetilladelse til en overdækket terrasse på 28 m2 i et
parcelhuskvarter, eller kan man nøjes med at anmelde? Jeg spørger generelt, vi har
ikke besluttet noget endnu.

Venlig hilsen
Jonas Friis
""")

M("e", """
Til hovedpostkassen

Min udlejer har sendt mig en ophævelse af lejemålet fordi jeg skylder to måneders
husleje, 16.800 kr. Jeg har fået nyt job fra 1. januar og kan betale af. Kan kommunen
hjælpe med et lån, så jeg ikke bliver sat ud med mine to børn?

Mvh
Tina Kallehave
cpr [[150588-2406]]
""")

M("h", """
Hej Lise Brandt

Vi bor til leje på Vejleåparken og har haft skimmelsvamp i soveværelset i et år.
Boligselskabet gør ingenting. Min yngste på fire har nu fået astma, og lægen siger
at det sandsynligvis skyldes svampen. Kan kommunen ikke give dem et påbud?

Venlig hilsen
Rikke Vinding
""")

M("", """
Til Center for Byudvikling og Natur

Vejarbejdet på Ishøj Søvej har nu stået stille i tre uger. Afspærringen betyder at
bussen kører en omvej, og det tager 20 minutter ekstra at komme til stationen.
Hvornår er I færdige?

Hilsen
Flemming Brix
""")

M("s", """
Hej Karsten

Min kone Anja og jeg (jeg er Camilla) har fået malet "lesbesvin" på vores carport. Det
er tredje gang. Vi tror vi ved hvem det er, men vi kan ikke bevise det. Vi overvejer
at sætte kamera op. Må man det mod vejen?

Kh Camilla
""")

M("", """
Til Ishøj Kommune

Hvad er reglerne for at fælde et træ i min egen have, når det står tættere end to meter
fra naboens hus? Naboen er helt enig i at det skal væk.

Med venlig hilsen
Aksel Jeppesen
""")

M("eh", """
Til Borgerrådgiveren

Jeg er 79 og får hjemmehjælp to gange om ugen. Min nye udlejer vil sætte huslejen
op med 1.400 kr. om måneden efter renoveringen. Med min folkepension har jeg ikke råd.
Jeg er også ved at blive blind af grøn stær, så jeg kan ikke bare flytte. Kan I hjælpe
mig med at finde ud af mine rettigheder?

Venlig hilsen
Agnete Mols
""")

M("", """
Hej

Kan man få en P-tilladelse til sin campingvogn på vejen foran huset i vinterhalvåret?
Vi bor på Brushøjvej og har ikke plads i indkørslen.

Mvh Tom
""")

M("bt", """
Til borgmesteren

Jeg er jøde, og min familie har boet i Ishøj i 40 år. I sidste uge var der nogen der
tegnede en davidsstjerne med et kryds over på vores hoveddør. Jeg har anmeldt det til
politiet, men jeg vil gerne have at borgmesteren ved, at det sker her.

Med venlig hilsen
Daniel Abrahamsen
""")

M("", """
Til Center for Byudvikling og Natur

Vores grundejerforening har et spørgsmål om støj fra den nye padelbane ved
idrætsanlægget. Er der lavet en støjberegning i forbindelse med byggetilladelsen? Vi
vil gerne have aktindsigt i sagen.

Med venlig hilsen
Grundejerforeningen Strandhaven
v/ formand Knud Riis
""")

M("", """
hej jeg har et spørgsmål om byggesag BS-2025-1187 som er min nabos. Der er ikke hængt
noget skilt op, men de graver allerede. Har de tilladelse? Jeg bor ved siden af, nr 22

vh Kirsten
""")

M("he", """
Kære Merete

Jeg vil gerne klage over min nabo, som spiller høj musik hver nat. Jeg har
PTSD fra min tid som soldat i Afghanistan og kan ikke sove med larm. Jeg er sygemeldt
og min sagsbehandler på jobcentret siger jeg skal "sørge for ro". Det er ikke
muligt her.

Vh
Mads Ringsted
""")

M("", """
Til Ishøj Kommune

Vi ønsker at bygge en carport med redskabsrum på vores grund, matr.nr. 12ab Ishøj By,
Ishøj. Jeg vedhæfter tegninger. Hvor lang er sagsbehandlingstiden på en byggetilladelse
lige nu?

Med venlig hilsen
Marianne og Jesper Holt
""")

M("e", """
Til direktionsassistenten, Center for Voksne og Velfærd

Min søn på 30 er blevet sat ud af sin lejlighed og bor nu på min sofa. Han har ingen
indtægt og er ikke tilmeldt noget sted. Han vil ikke selv skrive til jer, men jeg
håber at nogen kan kontakte ham. Han hedder Jakob Elmgreen.

Venlig hilsen
Hanne Elmgreen
""")

M("s", """
Hi,

I am a gay man living on Ishøj Strandvej with my husband Lars. Our neighbour keeps
shouting insults at us over the fence and has thrown garden waste into our pond. We
know this is a private dispute, but is there any municipal mediation service?

Kind regards
Paul Evans
""")

M("", """
Kære borgmester

Hvornår bliver der lavet noget ved parkeringsproblemerne ved Ishøj Strand om
sommeren? Folk holder i indkørslerne, og beboerne kan ikke komme ud. Vi foreslår
beboerlicens.

Mvh
Beboerne på Strandskadevej
""")

M("e", """
Til Borgerrådgiveren

Jeg har klaget til huslejenævnet over min udlejer, og nu truer han med at opsige mig.
Jeg er på kontanthjælp og har boligstøtte, så jeg kan ikke finde noget andet. Huslejenævnet
har ikke svaret i fire måneder. Kan I se hvorfor det tager så lang tid?

Venlig hilsen
Simon Wåhlin
""")

M("", """
Til Ishøj Kommune

Vi har fået en rottespærre installeret, og vi har en kvittering fra kloakmesteren,
fakturanr. 1403251120. Skal vi sende den til jer for at få tilskud?

Med venlig hilsen
Lis Christoffersen
""")

M("te", """
hej

jeg er fra Pakistan og har boet i min lejlighed i 6 år. min udlejer siger nu han vil
have sin "egen slags" som lejere og at jeg skal flytte. han har sagt det med andre ord
men det er det han mener. jeg er på dagpenge lige nu, hvor skal jeg flytte hen?

mvh Imran
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har søgt om tilladelse til at fælde tre poppeltræer i skel til kolonihaveforeningen.
Sagsnr. 01.05.00-P19-88-26. Jeg har hverken hørt fra jer eller fra foreningen. Hvornår
kan jeg forvente svar?

Venlig hilsen
Birger Ahlmann
""")

M("h", """
Hej Lise

Naboen har sat en varmepumpe op lige under mit soveværelsesvindue. Den brummer
hele natten, og jeg har tinnitus i forvejen, så det er helt uudholdeligt. Hvor mange
decibel må den larme?

Mvh
Søren Bach
""")

M("", """
Til Ishøj Kommune, byggesag

Jeg klager hermed over den afgørelse, I har truffet om min nabos tilbygning på
Ishøj Bygade. Tilbygningen skygger for hele vores have om eftermiddagen. Jeg mener at
naboreglerne ikke er overholdt, og at vi burde have været partshørt.

Med venlig hilsen
Ellen Rosendahl
""")

M("esh", """
Til Borgerrådgiveren

Jeg er en ældre mand, og min mand Erik døde i foråret. Nu vil boligselskabet have mig ud
af vores fælles lejlighed, fordi kontrakten stod i hans navn. Jeg har haft to
blodpropper og får hjemmepleje hver morgen. Kan de virkelig det?

Venlig hilsen
Holger Lind, Ishøj Park
""")

M("", """
Hej

Er der regler for hvornår man må bruge motorsav og plæneklipper i weekenden i Ishøj?
Vi er ved at lave en ordensregel til vores ejerforening og vil gerne følge kommunens
anbefaling.

Mvh
Bestyrelsen, E/F Søtoften
""")

M("e", """
Kære Karsten Holm

Jeg har fået en udsættelsesforretning fra fogedretten til den 12. januar. Jeg skylder
boligselskabet 31.000 kr. efter min skilsmisse. Min sagsbehandler i kommunen har ikke
svaret i to uger. Jeg har tre børn. Hvad kan du gøre?

Venlig hilsen
Nathalie Kruse
[[2211891340]]
""")

M("", """
Til Center for Byudvikling og Natur

Er det tilladt at holde høns i et rækkehusområde i Ishøj, hvis man ikke har hane?
Vores lokalplan siger ingenting om det.

Mvh
Louise Frost
""")

M("tb", """
Til direktionsassistenten

Vi er en somalisk familie i en stuelejlighed. Vores underbo har klaget til
boligselskabet over at vi beder om morgenen og "larmer med deres bønner". Vi beder på
et tæppe og er helt stille. Nu har vi fået en advarsel. Vi vil gerne have kommunen til
at vide at det ikke er rigtigt.

Med venlig hilsen
Hodan Ali
""")

M("", """
Til Borgerrådgiveren

Jeg vil klage over sagsbehandlingen i min byggesag om et udhus. Det tog ti måneder
at få en tilladelse til 15 m2, og ingen svarede på mails. Sagsnr. 2025-0447.
Det er ikke rimeligt.

Med venlig hilsen
Preben Laustsen
""")

M("s", """
Hej Merete

Jeg og min kæreste Sebastian er lige flyttet ind sammen i et lejet rækkehus. Udlejeren
kaldte os "de to bøsser" over for en anden lejer, og nu har han sagt at vi ikke må
hænge regnbueflag op. Må han bestemme det?

Hilsen
Frederik
""")

M("", """
Til Ishøj Kommune

Hvem har ansvaret for at klippe hækken langs stien mellem Ishøj Søvej og
Sydvestvej? Den er groet helt ud over cykelstien og er farlig om aftenen.

Hilsen en cyklist
""")

M("eh", """
Til Lise Brandt

Min mor er 88 og bor i plejebolig på Ishøjhave. Hendes nabo på gangen råber hele
natten, og mor har svært ved at sove. Hun har Parkinsons og bliver meget urolig af
det. Personalet siger de ikke kan gøre noget. Kan det virkelig passe?

Mvh
Inge Søndergaard
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har en generel forespørgsel: hvilke regler gælder for solceller på taget af
huse i bevaringsværdige områder som Ishøj Landsby? Der er flere i vores gade der
overvejer det.

Med venlig hilsen
Tove Engholm
""")

M("he", """
-----Oprindelig meddelelse-----
Fra: Boligselskabet Ishøj Strand
Til: Kasper Nørlund
Emne: Restance

Vi kan se at der er restance på 2 måneders husleje. Betales beløbet ikke inden
14 dage, ophæves lejemålet.
-----

Til hovedpostkassen

Ovenstående fik jeg i går. Jeg er på sygedagpengeophør og venter på afgørelse om
kontanthjælp. Kan I skynde på den?

Kasper Nørlund
""")

M("", """
Hej

Der holder en afmeldt varevogn på vores vej, reg.nr. CU 45 118, og den har stået der
siden sommer. Kan kommunen fjerne den?

Vh
Jens, Pilemøllevej
""")

M("th", """
Til Borgerrådgiveren

Min far er fra Vietnam og taler næsten ikke dansk. Han har demens og bor alene i sit
hus. Naboen har nu bygget en mur der tager det halve af hans indkørsel, og far har
skrevet under på noget han ikke forstod. Hvad kan vi gøre?

Venlig hilsen
Linh Tran
""")

M("", """
Til udvalgsformanden for Teknik og Miljø

Kommunen har givet dispensation til en tagterrasse på den ejendom, der ligger bag
vores have. Jeg vil gerne vide hvilke hensyn der er taget til indbliksgener for os
og de andre naboer.

Venlig hilsen
Kurt Jessen
""")

M("eu", """
Kære borgmester

Jeg er 3F-medlem og arbejdede på byggeriet af de nye boliger i Ishøj Centrum, indtil
jeg blev fyret efter at have klaget over usikre stilladser. Nu er jeg uden arbejde og har
mistet mit værelse, fordi udlejeren var min arbejdsgiver. Jeg sover hos en ven.

Hilsen
Dariusz
""")

M("", """
Hej Karsten

Ved du hvornår kommunen regner med at skifte vejbelysningen på Vejlebrovej til LED?
Vi har i grundejerforeningen klaget over mørke stier i to år.

Hilsen Benny
""")

M("", """
Til Ishøj Kommune

Jeg har fået en rykker for ejendomsskat for en ejendom jeg solgte i 2023, opkrævningsnr.
1809231456. Handlen er for længst på plads, så regningen må være sendt forkert. Vil I
rette det?

Venlig hilsen
Kaj Ebsen
""")

M("hb", """
Kære Merete Dahl

Jeg er katolsk nonne og bor sammen med to andre søstre i et lejet hus i Ishøj. Vores
nabo har klaget over vores kapelklokke, som ringer kl. 7. Vi vil gerne finde en løsning.
En af søstrene er desuden dement, så hun bliver forvirret af naboens råb.

I Kristus
Søster Agnes
""")

M("", """
Til Center for Byudvikling og Natur

Hvad koster en byggesag gebyrmæssigt i Ishøj, hvis man bygger et enfamiliehus? Jeg har
ikke købt grund endnu, jeg sammenligner bare kommuner.

Med venlig hilsen
Morten Kjærsgaard
""")

M("", """
hej! naboens trampolin er blæst ind i vores hæk for tredje gang. de er søde nok men det
er ikke ok. har kommunen nogen regler om at forankre trampoliner?? hilsen Mille
""")
