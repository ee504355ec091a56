"""corpus52 part h: more local life: couples, origins, homes for sale, mixed cases."""
from common import M

M("st", """
Kære Ahmed Hussein

Jeg er 24, født i Ishøj af pakistanske forældre, og jeg er bøsse. Min kæreste Emil og
jeg vil gerne flytte sammen, men min familie må ikke vide det endnu. Kan man søge en
ungdomsbolig gennem kommunen uden at ens forældre får post om det? Jeg bor stadig
hjemme.

Tak for hjælpen
Hamid
""")

M("s", """
Hej Lone

Min kone Maja og jeg skal giftes på rådhuset den 20. september. Vi har fået at vide, at
vielsessalen er booket til en anden, og at vi kan få en tid i juli i stedet. Vi har
allerede sendt invitationer ud. Kan du hjælpe os?

Venlig hilsen
Sanne Holst
""")

M("sp", """
Hej Jesper

Min mand Anders og jeg har sat vores rækkehus på Strandgårdsvej til salg, fordi vi
skal adoptere og har brug for et værelse mere. En køber har budt, men han vil have
kommunens ibrugtagningstilladelse til udestuen, og den kan vi ikke finde. Kan
byggesagsarkivet finde den?

Venlig hilsen
Michael Lund
""")

M("t", """
Til Kultur- og Fritidsudvalget

Jeg er født i Somalia og kom hertil som 9-årig. I dag er jeg træner for pigeholdet i
Ishøj Basket. Vi har fået at vide, at vores træningstid bliver flyttet til 21.30,
fordi "drengene skal have de gode tider". Pigerne kan ikke gå hjem så sent.

Venlig hilsen
Ifrah Warsame
""")

M("tp", """
Kære borgmester

Vi er en vietnamesisk familie, der har drevet frisørsalonen på Ishøj Torv i 18 år. Vi
har nu en køber til forretningen og lejemålet, men udlejeren kræver, at kommunen
godkender skiltet, før han vil overdrage lejekontrakten. Køberen venter på os.

Med venlig hilsen
Thi Lan Nguyen
""")

M("s", """
hej Lise
jeg er 17 og queer og har lige fået job i kommunens sommerferieaktiviteter. min
leder har sagt at jeg ikke skal "snakke om det med børnene". jeg har ikke sagt noget
til børnene?? det føles som om jeg skal gemme mig
mvh Alex
""")

M("h", """
Kære Kirsten

Jeg fik en hjerneblødning for to år siden og har svært ved at huske. Jeg vil gerne til
byrådsmøderne, men jeg kan ikke følge med i de lange dagsordener. Kunne kommunen lave
en kort udgave med billeder? Jeg tror, jeg er ikke den eneste.

Venlig hilsen
Kaj Nissen
""")

M("st", """
Hej Susanne

Min kæreste Youssef og jeg (jeg hedder Daniel) har været sammen i tre år. Vi blev
overfaldet på vej hjem fra Ishøj Station i lørdags af en gruppe, der råbte ting om
"danske bøsser" og om at Youssef "skammede sin familie, fordi han er araber".
Politiet har sagen. Vi vil gerne have mere lys på stien.

Venlig hilsen
Daniel Sørensen
""")

M("p", """
Hej Pernille

Min mor, der er 82, har sat sit hus i Torslunde til salg og har fået et bud. Men
køberen er bekymret for den nye cykelsti, som kommunen vil anlægge langs haven. Kan
vi få en tegning, der viser, hvor meget af haven der forsvinder?

Venlig hilsen
Jan Mølgaard
""")

M("t", """
Til borgerrådgiveren

Jeg er grønlænder og har boet i Ishøj i seks år. Da jeg ringede til kommunens
borgerservice om min adresseændring, sagde medarbejderen til en kollega, at "det er
nok en af dem, der drikker". Jeg kunne høre det. Jeg vil gerne klage.

Venlig hilsen
Nivi Kristiansen
[[070588-2946]]
""")

M("sh", """
Kære Susanne

Min kone Ditte er blevet indlagt med svær fødselsdepression efter vores søns fødsel i
december. Jeg er alene med ham og vores datter på 3. Sundhedsplejersken kommer ikke
mere, fordi "moren er indlagt". Kan man få hjælp på anden måde?

Kærlig hilsen
Marie Buus
[[161089\u00a02436]]
""")

M("p", """
Til Teknik- og Miljøudvalget

Vores nabo på Landsbyvej har solgt sin gård betinget af, at køberen kan få lov til at
bygge et stort hønseri. Vi er bekymrede for lugt og støj. Handlen er ikke på
plads, så der er stadig tid til at sige fra. Hvor kan vi gøre indsigelse?

Venlig hilsen
Bjarke og Lene Torp
""")

M("s", """
Dear Councillor Bundgaard,

I'm a gay man who moved to Ishøj from Copenhagen last year with my partner Henrik. We
have joined the local tennis club, but the club's forms only allow "husband/wife" for
couple membership. Could the council encourage the clubs it funds to update this?

Best wishes,
Jonathan Reed
""")

M("tu", """
Hej Jette

Jeg er tamil og har arbejdet i kommunens køkken i 12 år. Jeg er medlem af 3F. Min nye
køkkenleder kalder mig "Sri Lanka" i stedet for mit navn og siger, at "sådan nogle
som mig" ikke forstår danske opskrifter. Min TR siger, at jeg skal skrive til jer.

Venlig hilsen
Kumari Selvarajah
""")

M("s", """
Hej Kasper

Jeg er lesbisk og har spillet fodbold i Ishøj IF's oldgirls i fire år. Nu vil en ny
holdleder ikke have, at min kone kommer i klubhuset og ser kampene. Hun siger, at "det
forvirrer børnene". Klubben får kommunale lokaler gratis. Hvad gør I?

Mvh
Trine Bech
""")

M("pe", """
Hej Torben

Vi har haft vores hus på Ishøj Strandvej til salg i et år, og nu har vi fået et
bud, som er 300.000 kr. under, hvad vi skylder banken. Vi er begge gået ned i løn, og
banken truer med at opsige lånet. Kan kommunen hjælpe med noget, fx henstand med
ejendomsskatten, til huset er solgt?

Venlig hilsen
Per og Anja Dahl
[[110774-1381]]
""")

M("t", """
Hej

Vi er eritreanere og har en søn på 6, der går i børnehaveklasse på Gildbroskolen. Han er
blevet sat i en gruppe med de "tosprogede", selvom han er født i Danmark og taler bedre
dansk end tigrinya. Hvem har besluttet det, og kan vi få ham flyttet?

Venlig hilsen
Senait og Dawit
""")

M("st", """
Kære Lise Bundgaard

Jeg er fra Iran og kom til Danmark, fordi jeg er homoseksuel og ikke kunne leve der.
Jeg har nu fået asyl og er flyttet til Ishøj. Jeg vil gerne være frivillig i kommunens
LGBT+-arbejde, men jeg kan ikke finde nogen at skrive til.

Venlig hilsen
Reza
""")

M("h", """
Hej Bo

Jeg er 71 og har fået ny hofte i januar. Nu kan jeg ikke komme op i bussen på linje
128, fordi chaufføren ikke sænker den. Det er sket tre gange. Kan kommunen tage det
op med Movia?

Venlig hilsen
Gunver Holck
""")

M("p", """
Hej Michael

Jeg har givet et bud på en af de kommunale byggegrunde i Ishøj Landsby Syd, og jeg har
fået at vide, at jeg er den højestbydende. Men kontrakten er endnu ikke sendt, og
banken vil have den inden udgangen af måneden. Hvornår sender kommunen den?

Venlig hilsen
Jacob Thomsen
[[240390 1235]]
""")

M("s", """
Hej Anders

Min mand Bjørn og jeg (Frank) har været gift i 15 år. Vi har meldt os til
seniordans i Kulturhuset, men skemaet spørger efter "hustruens navn", og
medarbejderen sagde i telefonen, at "I er vel brødre?". Det er 2026. Kan I rette
skemaet?

Venlig hilsen
Frank Riis
""")

M("t", """
Hej Rasmus

Min far er fra Chile og kom som flygtning i 1974. Han vil gerne fortælle sin
historie på biblioteket til Demokratiets Dag. Han er 78 og taler godt dansk. Hvem kan
jeg skrive til?

Venlig hilsen
Camila Torres Jensen
""")

M("sp", """
Til Center for Borger, Økonomi og IT

Min kone Lærke og jeg har fået et bud på vores ejerlejlighed på Ishøj Boulevard, og
køberens advokat vil have en erklæring om, at der ikke er restancer til kommunen. Vi
står begge som ejere. Mit personnummer er [[230891-2548]], Lærkes er
[[050592–2714]].

Venlig hilsen
Nanna Berg
""")

M("hte", """
Hej Kirsten

Min mor er fra Bosnien og har demens. Hun har glemt sit danske og taler nu kun
bosnisk. På dagcentret er der ingen, der forstår hende, og hun sidder alene. Kan I
finde en frivillig, der taler sproget?

Venlig hilsen
Amra Hodžić
""")

M("s", """
Hej Susanne

Vi er to mænd, der har fået en søn via surrogati i USA. Han er nu tre måneder. Vi har
ikke fået besøg af sundhedsplejen, og vi tror, det er fordi, der ikke står en mor i
systemet. Kan du undersøge det?

Venlig hilsen
Kristian og Mads
""")

M("t", """
Hej Anja

Jeg er adopteret fra Etiopien og formand for grundejerforeningen i Ishøj Strand. På
sidste generalforsamling sagde et medlem, at jeg "ikke forstår danske hække". Folk
lo. Det er ikke en sag for kommunen, men jeg ville fortælle en politiker det.

Venlig hilsen
Solomon Bach
""")

M("p", """
Hej

Vores kolonihavehus i H/F Ishøjgård er solgt med forbehold for foreningens og
kommunens godkendelse af den nye terrasse. Køberen har betalt depositum, men
overtagelsen venter på kommunen. Hvor lang tid tager sådan en godkendelse?

Mvh
Lis og Erling Kvist
""")

M("su", """
Hej Jakob

Jeg er sosu-assistent, medlem af FOA og gift med min kone Pia. På mit arbejde i
hjemmeplejen får mine kolleger med mænd fri på skift til sommerferie, men jeg får at
vide, at "I har jo ikke børn sammen alligevel". Det er ikke rigtigt, vi har to.

Venlig hilsen
Helle Rud
""")

M("pt", """
Kære Økonomiudvalg

Vi er en polsk familie, der har et lille byggefirma i Ishøj. Vi har givet bud på
den kommunale erhvervsgrund på Industribuen 22 og fået at vide, at vi var højeste bud.
Nu hører vi, at en anden køber får grunden. Hvordan kan det være?

Med venlig hilsen
Jakub Lewandowski
""")

M("s", """
Hej Lise

Jeg er bi og gift med en mand, og det har aldrig været et problem. Men på min søns
skole har de i seksualundervisningen sagt, at "bi er en fase". Min søn spurgte mig, om
jeg var i en fase. Kan skolen ikke få bedre materialer?

Venlig hilsen
Sara Holm
""")

M("th", """
Til Ældre- og Sundhedsudvalget

Min far er født i Tyrkiet og har KOL. Han skal til genoptræning på Sundhedshuset, men
taler kun lidt dansk, og de har sagt, at han selv skal betale for en tolk. Er det
rigtigt?

Venlig hilsen
Serkan Yildiz
""")

M("p", """
Hej Søren

Vi har lige fået en køber til vores hus på Vejlebrovej, og vi har skrevet under. Men
køberens bank har forbehold, indtil kommunen har svaret på, om naboens garage står
på vores grund. Vi har sendt sagen for seks uger siden.

Venlig hilsen
Birgit Friis
""")

M("s", """
Hej Rikke

Min søn Lukas er 15 og homoseksuel. Han vil gerne starte i ungdomsklubben i Ishøj
Nord, men har hørt, at de "ikke er så gode til den slags" der. Ved du, om klubben har
en politik mod homofobi?

Venlig hilsen
Anne-Grethe
""")

M("te", """
Hej Ahmed

Jeg er født i Libanon og har tre børn. Efter min skilsmisse bor jeg i en lejlighed på
to værelser, og kommunen har sagt nej til en større bolig. Mine børn sover i min
stue. Hvad kan jeg gøre?

Venlig hilsen
Rania Khoury
""")

M("s", """
Hej

Min kone Birgitte og jeg har været gift i 30 år og vil gerne bruge Landsbyhuset til
vores perlebryllup. Ejendomsadministrationen siger, at huset kun udlejes til
foreninger. Jeg synes, det er forkert. Hvem kan jeg klage til?

Venlig hilsen
Annelise Nørgaard
""")

M("tp", """
Hej Jens

Jeg er af indisk afstamning og ejer af købmanden på Ishøj Landevej. Jeg har sat
butikken til salg, fordi jeg skal pensioneres, og en interesseret vil gerne vide, om
kommunen forlænger tilladelsen til udendørs varer. Kan du hjælpe?

Venlig hilsen
Rajesh Patel
""")

M("s", """
Hej Søren

Jeg er lesbisk og mor til to. Jeg stiller op til skolebestyrelsen på Ishøj Skole, men
nogle forældre har skrevet i Facebookgruppen, at jeg "har en agenda". Kan kommunen
sige noget om tonen i skolebestyrelsesvalget?

Mvh
Rikke Dam
""")

M("t", """
Hej borgmester

Jeg er romani og bor i Ishøj Nord. Min søns lærer har sagt foran klassen, at "han
sikkert ikke kommer i morgen, for sigøjnere rejser jo". Jeg vil gerne have, at skolen
undskylder.

Venlig hilsen
Milan Nikolić
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg skal købe min brors halvdel af vores fælles sommerhusgrund i Tranegilde, og vi
har aftalt prisen, men handlen kræver udstykning. Hvor lang tid tager en udstykning
hos jer?

Venlig hilsen
Kim Lauritsen
[[0912663405]]
""")

M("she", """
Hej Lone

Min kæreste Peter og jeg (Mikael) skal have hans mor boende, fordi hun er blevet syg
af kræft. Vi har ingen plads, og hun vil ikke på hospice. Kan vi få hjælp til en
større lejlighed?

Mvh Mikael
""")
