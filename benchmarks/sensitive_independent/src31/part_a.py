"""Part A: ethnicity in every voice and place, and its hard negatives."""
from common import M

M("t", """
Jeg er kurder fra Qamishli og har boet i Ishøj siden 2009. Min søn bliver kaldt "terrorist" i skolebussen hver dag, og chaufføren gør ingenting. Hvem skal jeg klage til?

Mvh Rizgar Ahmad
""")

M("", """
Hej

Holder I igen i år den kurdiske nytårsfest (Newroz) på Ishøj Torv? Vores forening vil gerne stå for en madbod.

Mvh bestyrelsen, Ishøj Kulturforening
""")

M("t", """
Kære borgerrådgiver

Jeg vil gerne klage over en medarbejder i Borgerservice. Da jeg kom for at få nyt sundhedskort, sagde hun højt til sin kollega: "Endnu en af dem fra Grønland, de kan aldrig finde deres papirer." Jeg er født i Sisimiut, men har boet i Danmark i 30 år og havde alle papirer med.

Jeg følte mig meget ydmyget foran de andre i køen.

Venlig hilsen
Naja Kristiansen
Strandgårdsvej 14, 2. tv
2635 Ishøj
""")

M("", """
Til Center for Børn og Forebyggelse

Er der nogen af jeres tandklinikker, der har personale som taler grønlandsk? Jeg spørger på vegne af vores forening, som gerne vil lave en folder.

Hilsen Peter Lyberth, Kalaallit Peqatigiiffiat Ishøj
""")

M("the", """
hej

min mor er fra tyrkiet og taler næsten ikke dansk. hun er indlagt på hvidovre med hjertesvigt og lægerne ringer hele tiden til mig for at oversætte. kan kommunen skaffe en tolk når hun kommer hjem og hjemmeplejen starter? hun hedder Ayten Demir

mvh Serkan
""")

M("", """
Hej, jeg søger job som tolk for kommunen. Jeg taler arabisk, fransk og dansk flydende. Hvor sender jeg min ansøgning hen?

Med venlig hilsen
Yasmina
""")

M("t", """
Til Ishøj Kommune, Center for Beskæftigelse og Erhverv

Jeg kom til Danmark som flygtning fra Eritrea i 2015 og har nu gennemført min uddannelse som SOSU-hjælper. Jeg vil gerne vide, om min tid på integrationsprogrammet tæller med, når jeg søger permanent ophold.

Venlig hilsen
Semhar Tesfay
""")

M("", """
Hvor mange flygtninge har Ishøj Kommune modtaget i 2025, og hvor mange af dem er kommet i job? Jeg skriver en opgave på HF.

Mvh Oliver, 2.g
""")

M("et", """
Til Ydelsescenteret

Vi er en romafamilie og har boet i Vejleåparken i fire år. Min mand har fået afslag på kontanthjælp, fordi de siger han ikke har stået til rådighed. Han har været i praktik hele foråret. Vi har tre børn og ingen penge til januar husleje.

Dragana Nikolić
""")

M("", """
Kære Kultur- og Fritidsudvalg

Jeg læste i Ishøj Avis, at der skal være en udstilling om romaernes historie i Danmark på biblioteket. Hvornår åbner den, og er der gratis adgang?

Venlig hilsen
Lis Mortensen
""")

M("t", """
Hej Jannie

Tak for snakken til borgermødet. Som jeg sagde, er jeg selv halvt pakistansk, min far kom hertil i 70'erne, og jeg kan godt genkende det, du sagde om at blive stoppet af vagterne i Ishøj Bycenter. Det sker for mig mindst en gang om måneden.

Jeg håber, du vil tage det op.

Hilsen
Daniel Iqbal Hansen
""")

M("", """
Hej

Vagterne i bycentret har ry for at stoppe unge med anden etnisk baggrund end dansk. Er det noget, kommunen har en holdning til? Jeg spørger generelt, jeg har ikke selv oplevet noget.

Mvh Kim
""")

M("t", """
Til Center for Byudvikling og Natur

Vedr. støj fra byggepladsen på Ishøj Strandvej

Byggeriet starter kl. 6 om morgenen, også lørdag. Jeg har skrevet til entreprenøren to gange uden svar. Vi har en baby på 4 måneder, og hun vågner hver morgen af det.

Kan I tjekke om de har tilladelse til at starte så tidligt?

P.S. Da jeg gik derover for at snakke med dem, råbte en af håndværkerne "gå hjem til Somalia" efter mig. Jeg er født på Hvidovre Hospital. Det vil jeg også gerne have noteret.

Hodan Farah
Gildbrovej 9, st. th.
""")

M("", """
Hej

Der er en somalisk restaurant der har åbnet på Ishøj Stationsvej. Må de have stole stående ude på fortovet? Det er svært at komme forbi med barnevogn.

Vh Camilla
""")

M("t", """
Kære Hanne Berg (Børne- og Skoleudvalget)

Min datter Amina går i 3.b på Gildbroskolen. Hun er sort, og der er en dreng i klassen, som kalder hende "abe". Klasselæreren siger at det er "drillerier". Jeg synes ikke det er drillerier, og jeg vil gerne vide hvad skolens politik er.

Med venlig hilsen
Grace Mensah Olsen
""")

M("", """
Hej Børne- og Skoleudvalget

Har skolerne i Ishøj en fælles antiracismepolitik? Jeg er forælder og synes det burde være noget, man fik udleveret ved skolestart.

Mvh Jens Bruun
""")

M("t", """
Subject: Application for Danish classes

Dear Ishøj Municipality,

My name is Tomasz Wiśniewski. I am Polish and moved to Ishøj in March with my wife and two children. I work at a warehouse in Greve. Can I still join the free Danish courses at Sprogcentret after six months?

Best regards,
Tomasz
""")

M("", """
Dear Sir/Madam,

Does the municipality offer any information in Polish or English about sorting waste? Many people in our building on Vildtbanegårdsvej do not read Danish.

Kind regards,
Anna (administrator, Ishøj Strandpark)
""")

M("t", """
Hej!! Jeg vil klage over naboen i 4. sal. Han har skrevet "perker" på vores postkasse med tusch. Vi er fra Irak og har boet her i 12 år uden problemer. Boligselskabet siger det er en politisag. Men kan kommunen gøre noget??
Ali Hussein, Torslunde
""")

M("", """
Hej

Der er tegnet grafitti med racistiske ord på muren ved Ishøj Stationsvej (gangtunnellen). Kan I få det fjernet hurtigst muligt? Det er der mange børn der går forbi.

Venlig hilsen
Birthe
""")

M("th", """
Til sundhedsplejen

Jeg er gravid i uge 24 med mit første barn. Jeg er fra Vietnam og min dansk er ikke så god endnu. Kan jeg få sundhedsplejersken til at komme med en tolk, eller kan vi tale engelsk?

Tak
Linh Nguyen
""")

M("", """
Hej. Tilbyder sundhedsplejen i Ishøj besøg på andre sprog end dansk? Jeg er jordemoder på Hvidovre og vil gerne kunne henvise familier.

Mvh Trine Dahl, jordemoder
""")

M("tb", """
Kære Kirke- og Kulturudvalg

Jeg er jøde, og min familie kom til Danmark fra Polen i 1969. Vi vil gerne lave en lille mindehøjtidelighed den 9. november ved Ishøj Kirke for ofrene for Krystalnatten. Skal vi søge om tilladelse hos jer eller hos menighedsrådet?

Med venlig hilsen
Ruth Abrahamsen
""")

M("", """
Hej

Jeg vil høre, om kommunens kantine kan tilbyde halal mad ved personalefesten. Jeg er i festudvalget på rådhuset.

Hilsen Mette i Lønkontoret
""")

M("t", """
Hej med dig. Jeg bliver kaldt for grønlænderen på mit arbejde i kommunens vejafdeling, også af min chef. Jeg er ikke glad for det. Hvor kan jeg klage uden at han ved det?
(vil gerne være anonym)
""")

M("", """
Kære Byråd

Jeg synes det er en skam, at Grønlandsk Kulturhus i Ishøj ikke får penge næste år. Det er et vigtigt sted for hele byen. Kan I genoverveje?

Mvh Poul Erik Jensen
""")

M("te", """
Til Center for Voksne og Velfærd

Min far Hamid Rahimi (82) er afghaner og kom som flygtning i 1999. Han får nu hjemmehjælp to gange om ugen, men hjælperne forstår ham ikke, og han forstår ikke dem. Han bliver bange og lukker ikke op. Kan I sende en hjælper, der taler dari eller persisk?

Hilsen
Farid Rahimi
(søn)
""")

M("", """
Hej, er der nogen i hjemmeplejen som taler persisk? Vi er en forening som gerne vil lave et oplæg for jeres personale om ældre med anden sprogbaggrund.

Hilsen Afghansk Kvindeforening Ishøj
""")

M("t", """
Hej Borgmester

Jeg har søgt tre jobs i kommunen og har fået afslag alle gange uden samtale. Min veninde sendte den samme ansøgning med et dansk navn og blev kaldt til samtale. Mit navn er Fatima El-Sayed og mine forældre er fra Egypten. Jeg synes det er diskrimination.

Fatima
""")

M("", """
Kære Ishøj Kommune

Bruger I anonymiserede ansøgninger når I ansætter? Jeg har læst, at det kan mindske diskrimination, og tænker det kunne være et godt initiativ.

Med venlig hilsen
Henrik Sørensen
""")

M("th", """
Hej

Jeg er ukrainer og kom med min søn Maksym (7) i 2022. Han har PTSD efter krigen og græder hver nat. Skolen har sagt, de vil sende en underretning hvis han bliver ved med at slå de andre børn. Jeg har brug for hjælp, ikke trusler.

Olena Kovalenko
Ishøj Strandvej 62
""")

M("", """
Hvor mange ukrainske børn går i Ishøjs skoler lige nu? Og får de modersmålsundervisning? Spørger til en artikel i lokalavisen.

Mvh
Rasmus Kjær, journalist
""")

M("", """
Hej

Jeg skal til jobsamtale hos Jobcentret som "sprogmakker" og de spørger om jeg taler tyrkisk. Skal jeg tage papirer med på det, eller er det nok at de tester det mundtligt?

mvh Hakan
""")

M("t", """
Hej Kristian

Tak for dit svar i går om busruten. En ting mere: Når chaufføren på 128'eren ser mig, kører han nogle gange bare forbi stoppestedet. Jeg er den eneste sorte der står der om morgenen. Jeg ved ikke om det er tilfældigt, men det er sket 4 gange nu.

Mvh Joseph Owusu
""")

M("", """
Kære Teknik- og Miljøudvalg

Bus 128 springer ofte stoppestedet på Ishøj Boulevard over om morgenen. Kan I tage det op med Movia? Det går ud over alle der skal nå toget.

Mvh
Annette
""")

M("tu", """
Til Center for Beskæftigelse og Erhverv

Jeg er filippinsk og arbejder som au pair, men nu har jeg fået job på Ishøj Plejecenter som rengøring. Min tillidsrepræsentant fra 3F siger at jeg skal have en ny arbejdstilladelse. Kan I hjælpe mig med hvilke papirer?

Maricel Santos
""")

M("", """
Jeg holder et foredrag i Ishøj Bibliotek om filippinsk mad den 12. marts. Må jeg lave en lille smagsprøve til gæsterne, eller kræver det en tilladelse fra fødevarekontrollen?

Venlig hilsen
Rowena Cruz
""")

M("t", """
Hej

kort spørgsmål: jeg har tysk statsborgerskab men min mor er tamil fra sri lanka, og jeg vil gerne have min datter på modersmålsundervisning i tamil. Kan man det i Ishøj?

v.h. Priya Schmidt
""")

M("", """
Hej

Hvilke sprog tilbyder kommunen modersmålsundervisning i? Vi overvejer at flytte til Ishøj.

Venlig hilsen
Familien Lund
""")

M("t", """
Kære Ishøj Kommune

Jeg skriver om vores ansøgning om en plads til vores søn i Vuggestuen Regnbuen. Vi har stået på venteliste siden januar og har fået at vide, at der ikke er plads før i september.

Min kone og jeg starter begge på arbejde 1. april, og vi har ingen familie her i landet. Vi er fra Indien og kom hertil med min kones arbejde på Novo. Er der nogen mulighed for at få en plads tidligere, evt. i en anden institution?

Med venlig hilsen
Arjun Mehta
Tranegilde Strandvej 3
""")

M("", """
Hej

Vi er en gruppe forældre i Vuggestuen Regnbuen. Vi kunne godt tænke os, at institutionen markerede Diwali, Eid og jul på lige fod. Hvem bestemmer det – lederen eller forvaltningen?

Mvh forældrerådet
""")

M("t", """
> Fra: Borgerservice Ishøj
> Vi har modtaget din henvendelse og vender tilbage inden for 10 hverdage.

Tak. Jeg vil lige tilføje, at det er min anden henvendelse. Jeg blev ved skranken spurgt "hvor jeg egentlig kom fra", og da jeg sagde Libanon, sagde sagsbehandleren, at så kunne jeg jo bare tage hjem. Det vil jeg gerne have med i klagen.

Hilsen Rana Khalil
""")

M("", """
Hej

Er Ishøj Kommune med i FN's kampagne mod racediskrimination den 21. marts? Vi vil gerne lave en plakatudstilling i fritidsklubben.

Mvh Mads, klubmedarbejder i Klub Strandgården
""")
