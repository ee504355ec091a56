"""corpus4, part c: property trades not yet concluded, ethnic origin, hard negatives."""
from common import M

# --- property trade -------------------------------------------------------

M("p", """
Hej byggesag

Vi har sat lejligheden til salg, og mægleren siger nu at der mangler en byggetilladelse til den indglassede altan, som den tidligere ejer lavede. Køberne vil ikke skrive under før det er på plads. Hvor hurtigt kan I behandle en lovliggørelse?

Mvh Anja og Bo Kristiansen, Ishøj Strandvej
""")

M("p", """
Hej

Vi har fået et bud på huset på Gildbrovej, men køberen vil have en skriftlig bekræftelse på at carporten er lovlig. Den blev bygget i 1998. Kan I finde papirerne i jeres arkiv?

Mvh Jan Holmgaard
""")

M("p", """
Kære Plan- og Miljøudvalg

Vores køber er sprunget fra handlen, fordi jeres nye lokalplan for området tillader 6-etagers byggeri lige bag vores have. Det havde ingen af os fået at vide. Vi havde ellers aftalt overtagelse 1. juni. Hvorfor blev naboerne ikke hørt?

Med venlig hilsen
Kirsten og Ib Damgaard
""")

M("p", """
hej jeg vil sælge min andel i A/B Vejlebo men bestyrelsen vil ik godkende prisen fordi de mener mit nye køkken er for dyrt sat. har kommunen noget at sige i det? eller er det kun andelsboligforeningen
""")

M("p", """
Hej

Jeg skal sælge mit kolonihavehus i H/F Tranegilde til foråret. Foreningen siger at kommunen skal godkende at det lille udhus er lovligt før jeg kan annoncere det. Passer det?

Mvh Lene Grøn, have nr. 47
""")

M("p", """
Naboens hus (nr. 9) er til salg lige nu, og der står et stort skur helt ude ved skellet, som aldrig er blevet godkendt. Jeg vil gerne have at I tager stilling inden en ny ejer flytter ind og siger han ikke vidste noget.

Hilsen Bent, nr. 11
""")

M("pe", """
Hej

vores hus skal på tvangsauktion d. 14. vi er 2 voksne og 3 børn og har ingen steder at bo bagefter. banken vil ik forhandle mere. kan kommunen anvise en bolig? vi har spurgt alle boligselskaber

Jannick
""")

M("p", """
Til Center for Byudvikling og Natur

Vores firma, Nordlys Ventilation ApS, vil gerne købe erhvervsgrunden Industribuen 23 af kommunen. Vi sendte vores bud i februar og har ikke fået svar. Vi har en anden grund på hånden i Greve, så vi skal bruge et svar inden udgangen af måneden.

Med venlig hilsen
Torben Kaae, direktør
""")

M("p", """
Hej

Vi har skrevet under på en købsaftale med advokatforbehold på Birkelundsvej 6. Vores advokat vil have kloakoplysninger fra jer, før forbeholdet udløber på fredag. Kan I sende dem i dag?

Mvh Nicolai og Fie
""")

M("p", """
vi ska sælge huset pga nyt job i aarhus. mægleren skal bruge kopi af byggesagen men jeres selvbetjening siger 4 ugers sagsbehandling. kan det ik gå hurtigere?? vi har fremvisning om 10 dage
""")

M("pe", """
Kære Ishøj Kommune

Pga. skilsmisse skal vi sælge vores rækkehus i Ishøj Landsby. Min eksmand vil ikke underskrive salgsopstillingen, før han har fået papir på at tilbygningen er godkendt. Jeg har ikke råd til at købe ham ud. Hvem kan hjælpe med byggesagen?

Mvh Tina Hald
""")

M("p", """
Hej

Min far døde i januar, og boet skal sælge hans hus i Torslunde. Vi har en interesseret køber, men han spørger om der kommer en ny omfartsvej. Har kommunen planer for det?

Venlig hilsen
Mikael Brandt, bobestyrer
""")

M("p", """
Hej Plan

Vi er i forhandling med ejeren om en byggegrund i Ishøj Landsby. Han vil have 2,1 mio. og vi har budt 1,8. Før vi går højere vil vi vide om grunden må bebygges med 1½ plan. Kan I svare på det?

Mvh Ida og Rune
""")

M("p", """
hej! vi har åbent hus søndag fordi vi har sat huset til salg, men containeren fra vejarbejdet står lige foran indkørslen. kan den flyttes inden?? 🙏 Vibeke, Tranegårdsvej
""")

M("pt", """
Hej

Jeg er fra Polen og forstår ikke helt det danske system. Min mand og jeg køber et hus på Vejlebrovej og banken siger at vi skal have en attest fra kommunen om at der ikke er gæld på ejendommen. Hvordan får vi den? Handlen er ikke færdig før vi har den.

Med venlig hilsen
Agnieszka Nowak
""")

M("p", """
Hi,

We are selling our flat in Strandparken. The buyer's bank is asking for a document from kommunen about the heating system (fjernvarme). Who can we ask? We don't speak much Danish.

Thanks,
Daniel & Rosa
""")

M("p", """
Hej

Jeg vil sælge min halvdel af huset til min søster, som allerede ejer den anden halvdel. Vi er ikke færdige med at aftale prisen endnu. Hvad betyder det for ejendomsskatten, og skal kommunen have besked?

Mvh Carsten
""")

M("hp", """
Kære borgmester

Min mand har fået ALS, og vi kan ikke blive boende i vores hus med trapper. Vi har sat huset til salg og har budt på en stuelejlighed i Vejleåparken. Hvis salget trækker ud, kan vi så få en midlertidig bolig?

Venlig hilsen
Else Marie Juhl
""")

M("p", """
naboen på Vejlebrovej 40 ska sælge sin grund til en byggematador. han har fortalt det til alle på vejen. kommer der 8 rækkehuse der nu?? hvad siger lokalplanen
""")

M("p", """
Hej

Vi er købere på Birkevej 3. Handlen er ikke på plads endnu, men sælger siger at kommunen har givet påbud om ny kloak. Vi vil gerne se påbuddet før vi skriver under.

Venlig hilsen
Malene Storm
""")

M("pe", """
hej. vi har budt på et rækkehus i Ishøj men banken vil ik give os lån fordi jeg har en gammel gæld til skat på 60.000. sælger har givet os 14 dage. kan kommunen hjælpe med noget garanti??
""")

# --- ethnicity ------------------------------------------------------------

M("t", """
Kære biblioteket

Mine forældre kom hertil som flygtninge fra Bosnien i 1993. Min far vil gerne fortælle om krigen og om at starte forfra i Ishøj, fx til en foredragsaften. Er det noget I kunne være interesseret i?

Venlig hilsen
Amela Hodžić
""")

M("t", """
Hej

Drengene i opgang 4 råber "perker" efter min søn hver dag når han kommer hjem fra skole. Vi er fra Irak og har boet her i 12 år. Boligselskabet siger det er kommunens sag. Hvem skal vi gå til?

Mvh Hassan
""")

M("t", """
Hej

Jeg er halvt thai og halvt dansk og har arbejdet i borgerservice i to år. En borger spurgte i dag om jeg "overhovedet kunne forstå dansk". Jeg vil bare høre om kommunen har en politik for hvordan vi skal reagere?

Hilsen Nok
""")

M("t", """
vi er romaer fra rumænien og min datter har ikke fået plads i sfo selv om vi søgte samme dag som de andre. jeg tror det er fordi vi er romaer. hvem kan jeg klage til

Florin
""")

M("th", """
Hej

Min mor er kurder fra Tyrkiet og taler kun kurmanji. Hun skal til øjenlæge for grå stær og senere opereres. Kan kommunen betale en tolk til undersøgelsen, eller er det regionen?

Mvh Rojda
""")

M("t", """
jeg er sort og blev stoppet af vagterne i ishøj bycenter igen i dag. tredje gang i år. de spurgte hvad jeg lavede der. jeg ved godt det ik er kommunen men kan byrådet ik tage det op med centret
""")

M("t", """
Hej

Min svigerdatter er fra Filippinerne og kom til Danmark i januar. Hun vil gerne hurtigt i gang med danskuddannelse. Hvordan tilmelder hun sig sprogcentret, og er der ventetid?

Venlig hilsen
Ole Bak
""")

M("t", """
Hej kommunen

Jeg er somalier og har boet i Ishøj i 20 år. Nu spiller en ung mand høj musik i skuret bag opgangen hele natten og når jeg siger noget siger han "tag hjem". Jeg vil bare gerne sove. Kan I sende nogen?

Abdi, Vejleåparken
""")

M("htb", """
Kære Kirke- og kirkegårdsudvalg

Vi er en palæstinensisk familie og muslimer. Min svigerfar er meget syg og vi vil gerne vide, om der er muslimske gravpladser på kirkegården i Ishøj, så han kan begraves efter vores tro.

Med venlig hilsen
Mahmoud Odeh
""")

M("t", """
hej jeg kom fra Kharkiv i 2022 med mine to børn. min søn skal starte i 7. klasse og vil gerne gå i samme klasse som sin ukrainske ven. er det muligt? tak Olena
""")

M("t", """
Hej

Vores datter er adopteret fra Colombia og går i 2. klasse. Hun bliver hele tiden spurgt om hun er "rigtig dansker" af nogle forældre ved afhentning. Skolen siger det er uden for deres område. Er det det?

Mvh Lotte og Kenneth
""")

M("te", """
Hej

Jeg er vietnameser, 72 år og bor alene. Jeg har søgt om hjemmehjælp til rengøring, fordi jeg ikke kan støvsuge mere, men fik afslag. Jeg forstår ikke brevet. Kan nogen forklare mig på telefon langsomt?

Thi Lan Nguyen
""")

M("t", """
Hej

Min kone er fra Færøerne og vil gerne have en færøsk aften på Ishøj Bibliotek med musik og mad. Kan man låne salen gratis til sådan noget?

Hilsen Morten
""")

M("t", """
Hej kultur

Vi er tamiler fra Sri Lanka og har en lille kulturforening i Ishøj med 40 familier. Vi vil gerne låne et lokale hver lørdag til dans for børnene. Hvad koster det?

Tak
Kumar Sivanathan
""")

M("t", """
naboen i nr 3, han er afghaner, har bygget et stort skur helt op til mit hegn uden at spørge. må han det?? jeg har intet imod ham men skuret tager alt lyset i min have
""")

M("t", """
Til skoleforvaltningen

Min søn er tyrkisk-dansk og taler tyrkisk derhjemme. Han har fået afslag på modersmålsundervisning i tyrkisk, fordi "han taler godt dansk". Det var ikke det vi spurgte om. Kan vi klage?

Venlig hilsen
Elif Aydın
""")

M("t", """
Hello,

I am from Nigeria and moved to Ishøj last year with my wife. I got a letter from the municipality about "folkeregisteradresse" but I cannot understand it. Can someone explain in English what I need to do?

Kind regards,
Chinedu Okafor
""")

M("ts", """
Hej

Jeg er iraner og homoseksuel. Nogle fra min landsmænd her i Ishøj har fundet ud af det, og jeg er bange for at gå hjem til min lejlighed. Jeg ved ikke hvem jeg skal snakke med. Kan borgerrådgiveren hjælpe?

(navn udeladt)
""")

M("t", """
Kære byrådsmedlem

Jeg kom som flygtning fra Chile i 1974 og har boet i Ishøj i 40 år. Jeg vil gerne foreslå at kommunen markerer 50-året for de chilenske flygtninges ankomst med en lille udstilling. Vi er mange fra dengang der stadig bor her.

Med venlig hilsen
Patricio Vargas
""")

M("te", """
hej vi er tre litauere der arbejder for et byggefirma i ishøj. vi bor i en container på byggepladsen, uden vand om natten. chefen siger det er lovligt. er det? vi har ingen andre steder at bo
""")

M("t", """
Hej

Min kone er marokkaner og vil gerne gå på et hold for kvinder i svømmehallen. Findes der tider kun for kvinder?

Mvh Jakob
""")

# --- hard negatives -------------------------------------------------------

M("", """
Hej

Vi købte huset i 2016 og handlen er for længst på plads, men nu har vi fundet ud af at taget er forkert tegnet i BBR. Kan I rette det?

Mvh Louise og Henrik, Torslundevej
""")

M("", """
hvornår sælger kommunen de nye grunde i Ishøj Landsby? kommer der en venteliste?
""")

M("", """
Hej

Vi har lige fået nøglerne til vores nye hus på Tranegårdsvej 🎉🎉 hvornår kommer der skraldespande? og hvordan bestiller man en haveaffaldsbeholder?

Mvh Sara og Nicolaj
""")

M("", """
Hej

Må vi holde loppemarked på p-pladsen ved Vildtbanen den første lørdag i juni? Vi er 15 familier, der vil sælge brugt legetøj og børnetøj.

Venlig hilsen
Rikke fra Vildtbanen
""")

M("", """
Boligpriserne i Ishøj stiger alt for meget pga. alle de nye højhuse ved stationen. Unge mennesker herfra har ikke en chance. Byrådet bør sikre flere almene boliger i planen.

Mvh Steen Aggerholm
""")

M("", """
Hej

Byggemarkedet har leveret 2 paller mursten på fortovet ud for Strandhaven 12 i stedet for i indkørslen. Ordrenr. 040522-1187. Må de stå der til mandag, når murerne kommer?

Mvh Per Holm
""")

M("", """
Hej

Jeg skal til udlandet i 2 år med mit arbejde og lejer min lejlighed i Strandparken ud imens. Skal jeg give kommunen besked om det?

Mvh Thomas
""")

M("", """
Hej,

Mit navn er Ahmed Hassan og jeg bor på Vejleåparken 48. Hvornår er der afhentning af storskrald i vores område? Jeg har en gammel sofa.

Tak
""")

M("", """
Har I tolke på arabisk til borgermøderne om den nye helhedsplan? Mange i vores afdeling forstår ikke så godt dansk.

Mvh beboerrådet, Gadekæret
""")

M("", """
Hvor mange flygtninge har Ishøj modtaget i 2024, og hvor mange er kommet i arbejde? Jeg kan ikke finde tallene på jeres hjemmeside.

Mvh Lars
""")

M("", """
hej. butikken Polskie Delikatesy på Ishøj Stationsvej har papkasser og skrald stående ude foran hver dag. kan kommunen give dem besked
""")

M("", """
Hej Ishøj Festival

Vores madklub vil gerne have en stand med somalisk mad (sambusa og bariis) på festivalen i august. Hvordan søger man, og skal vi have fødevaregodkendelse?

Mvh Ishøj Madklub
""")

M("", """
kan i forbyde salg af tyrkisk peber og energidrik i kiosken lige ved skolen?? mine børn køber det hver dag efter skole
""")
