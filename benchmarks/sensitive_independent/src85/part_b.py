"""corpus85 part B: students, first jobs, first homes, young families."""
from common import M

M("p", """Til Center for Byudvikling og Natur

Vi er et ungt par (26 og 27), der har underskrevet en købsaftale på et rækkehus på
Ishøj Stationsvej med advokatforbehold og forbehold for bankens godkendelse. Vores
advokat har bedt os undersøge, om lokalplanen tillader at vi bygger en kvist på
1. sal. Forbeholdet udløber fredag, så vi håber på et hurtigt svar.

Med venlig hilsen
Kathrine og Mikkel Brandt""")

M("u", """hej park og vej
jeg var sommerferieafløser hos jer i juli og er i 3F. jeg har fået 128 kr i timen men min
tillidsmand siger overenskomsten siger 141 for min alder. hvem skal jeg tale med om at få
efterbetalt?
mvh Sebastian, 18""")

M("hs", """Kære sundhedspleje

Min kone Sara og jeg (vi er 27 og 29) venter vores første barn i marts, og jeg bliver
medmor. Sara er gravid i 22. uge og har haft meget kvalme. Vil I gerne besøge os allerede
før fødslen, eller først bagefter? Vi har fået at vide at man kan få et graviditetsbesøg.

Kærlig hilsen
Louise""")

M("t", """Hej Fritidsafdelingen

Jeg er 27 og kurder fra Syrien. Jeg kom til Danmark som flygtning i 2015, da jeg var 16, og
jeg ville gerne give noget tilbage. Jeg har set at I søger voksne mentorer til
ungdomsklubberne. Kan man blive mentor, når man arbejder i skiftehold? Jeg taler kurdisk,
arabisk og dansk.

Venlig hilsen
Rêzan""")

M("e", """Hej kommunen

Jeg er 27 og færdig som lærer, men jeg har ikke fundet fast job endnu. Jeg skylder
140.000 kr. i SU-lån og har lige fået en rykker fra Udbetaling Danmark. Kan jeres
gældsrådgivning hjælpe med at få en afdragsordning, eller skal jeg selv ringe til dem?

Venlig hilsen
Marie""")

M("", """Kære byrådsmedlemmer

Studerende i dag kan ikke betale husleje i Ishøj for en SU på 7.000 kr. Jeg synes I skal
presse på hos jeres partifæller på Christiansborg og bygge flere billige ungdomsboliger her
i kommunen. Det er de unge der flytter, hvis der ikke sker noget.

Mvh Lars Fischer""")

M("e", """Til boliganvisningen

jeg har ingen steder at bo fra 1. december, min kæreste har smidt mig ud og jeg er på
uddannelseshjælp. jeg vil gerne søge om akut bolig gennem jer. jeg er 21.
personnummer [[0911054483]]
Sandra""")

M("bt", """Hello / Hej

I am 25 and work as an au pair in Ishøj. I am Filipino and Catholic, and I would like to go
to mass on Sundays. My host family does not know where the nearest Catholic church is.
Is there one in Ishøj, or do I have to go to Taastrup? Sorry for my English and no Danish.

Thank you,
Maricel""")

M("", """Hej bibliotek!! holder i gaming aften igen i november? sidst var der fifa turnering og
det var sygt fedt. kan man melde sig som hold på 2?""")

M("h", """Til Center for Børn og Forebyggelse

Min lillesøster Maja på 15 har været indlagt med anoreksi på Bispebjerg i seks uger. Mine
forældre har bedt mig skrive fordi de er helt udkørte. Skolen spørger hvornår hun kommer
tilbage, og hvem der sørger for hendes undervisning imens hun ligger der?

Venlig hilsen
Ida (storesøster)""")

M("u", """Hej

Jeg er sygeplejestuderende og studentermedlem af DSR, og jeg er i klinisk praktik i
hjemmesygeplejen i Ishøj frem til januar. Vi studerende må ikke få en parkeringstilladelse
til kommunens biler. Betyder det at jeg selv skal betale P-afgift når jeg kører ud til
borgere?

Hilsen Frida""")

M("s", """hej ungdomsboliger

min kæreste og jeg vil gerne søge en toværelses ungdomsbolig sammen. vi er to fyre på 22
og 23 og har været sammen i to år. skal vi skrive os op hver for sig eller som par? der
står ingenting om det på hjemmesiden
mvh Jonas""")

M("ep", """Kære borgmester

Min far skal på tvangsauktion med vores hus i Torslunde den 14. januar, fordi han har
gæld i banken og skylder ejendomsskat til kommunen. Jeg er 23 og bor der stadig med min
lillebror. Der er en køber der har tilbudt at købe huset før auktionen. Kan kommunen
vente med at kræve restancen, så handlen kan nå at blive til noget?

Venlig hilsen
Anders""")

M("", """Hej Ishøj Teater

Vi er elevrådet på Ishøj Gymnasium og vil gerne holde vinterballet hos jer den 6. februar.
Hvad koster det at leje salen fra kl. 19 til 01, og må vi selv sørge for DJ og bar?

Venlig hilsen
Elevrådet""")

M("t", """Til borgerrådgiveren

Jeg er sort, 20 år og bor i Ishøj. Til ungdomsfesten i Ishøj Idrætscenter i lørdags blev
jeg og min fætter afvist i døren, mens vores hvide venner kom ind. Vagten sagde "ikke
flere af jer i aften". Festen var arrangeret af kommunen, så jeg mener det er jer jeg skal
klage til.

Med venlig hilsen
Kwame""")

M("he", """Hej Jobcenter

Jeg er 23 og i lære som tømrer, og min kæreste er gravid og skal føde i april. Jeg har
søgt om barselsdagpenge til mine to uger efter fødslen, men min mester siger at det er
ham der skal søge. Hvem har ret?

mvh Magnus""")

M("", """Til Borgerservice

Jeg skal på udveksling i Canada i forårssemesteret fra januar til juni. Skal jeg melde
flytning til udlandet, eller kan jeg beholde min adresse hos mine forældre?

cpr-nr. [[230996–1274]]
Med venlig hilsen
Anton Rask""")

M("b", """Kære borgmester

Jeg er medlem af DSU og går i 2.g på Ishøj Gymnasium. Vi er en gruppe i DSU Ishøj, der
gerne vil invitere dig til et åbent møde om ungdomsarbejdsløshed på skolen i januar. Har
du tid en onsdag eftermiddag?

Mvh Selma""")

M("", """Kære sundhedsplejerske

Vi er 9.b på Ishøj Skole, og vores klasselærer siger, at vi må invitere nogen til at tale
om spiseforstyrrelser og kropsidealer på sociale medier. Kan du komme en tirsdag i
januar? Vi er 24 elever.

Hilsen Klassens trivselsudvalg""")

M("hu", """hej arbejdsmiljø

er elektrikerlærling og medlem af dansk el-forbund. jeg faldt ned fra en stige på en
kommunal byggeplads (ishøj skole) d. 3/11 og brækkede håndleddet. min mester har ikke
anmeldt det som arbejdsskade endnu. kan i gøre det når det var på jeres plads?
mvh emil""")

M("p", """Hej

Jeg er 28 og skal sælge min ejerlejlighed på Ishøj Strandvej, fordi jeg har fået job i
Aarhus. Køberen har bedt om dokumentation for at altanen er lovlig, før han skriver under.
Kan I sende mig byggetilladelsen fra 2011?

Venlig hilsen
Mette Juhl""")

M("s", """hej ungdomsklubben

jeg er nonbinær og pan (pansexual, altså), og jeg har det ikke godt med at skulle vælge
mellem drenge- og pigetoilet når jeg er i klubben. kunne i lave et kønsneutralt toilet?
det er mange af os der vil sige det samme, bare ikke højt
hilsen Robin, 16""")

M("e", """Hej Ungeenheden

min kontanthjælp er blevet trukket 3.000 kr fordi jeg ikke mødte op til mødet d. 20.
men jeg var til forældresamtale på min søns skole den dag og jeg ringede og sagde det. hvordan klager
jeg over det? jeg har ikke råd til husleje nu
Jasmin, 24""")

M("t", """Kære klasselærer for 8.c og skolens kontor

Jeg er 16 og skriver for min mor, fordi hun kun taler vietnamesisk. Hun vil gerne komme
til forældremødet den 27., men hun forstår ikke dansk. Har skolen en tolk, eller må jeg
oversætte for hende?

Venlig hilsen
Linh""")

M("", """hvornår er der åbent i skatehallen i ishøj i juleferien? og er det gratis hvis man er
under 18""")

M("ub", """Til Beskæftigelses- og Erhvervsudvalget

Jeg er 25 og har lige meldt mig ind i Krifa, fordi jeg er kristen og gerne vil have en
fagforening, der bygger på kristne værdier. På jobmessen for unge i Ishøj Bycenter var
der kun stande fra LO-forbundene. Kan Krifa komme med næste gang?

Med venlig hilsen
Benjamin""")

M("he", """Hej ungdomsskolen

jeg har ADHD og er ordblind og skal op til FP9 i dansk på jeres 9. klasses hold. min
læge har skrevet en erklæring. kan jeg få ekstra tid og oplæsning til prøven? jeg
søger hermed om det :)
mvh Villads""")

M("e", """Til Ungeindsatsen

Jeg har søgt uddannelseshjælp den 4. november, men har ikke fået noget på kontoen og
min husleje skal betales den 1. Kan I se hvor langt min sag er?

Cpr: [[140800\u00a04511]]
Med venlig hilsen
Zakaria""")

M("", """Hej Ishøj Kommune

Vedhæftet faktura nr. 2611200315 for workshoppen "Unge og medier" i Ishøj Ungdomshus den
20. november. Den skal sendes til kommunens EAN 5798007762109. Betaling til reg. 9570
kontonr. 0012784455.

Med venlig hilsen
Ungdomsbureauet ApS, CVR 41238876""")

M("p", """Til Byggesagsafdelingen

Køberen af vores rækkehus i Vejleåparken er sprunget fra i går, fordi I ikke har svaret
på om vores overdækkede terrasse er lovlig. Nu skal vi sætte huset til salg igen. Kan vi
få et svar denne gang, så den næste køber ikke også går?

Mvh Jacob (29) og Stine (27)""")

M("t", """Dzień dobry / Goddag

Vi er en polsk familie, der flyttede til Ishøj i sommer. Min søn Kacper på 16 vil gerne
spille fodbold, men han taler kun lidt dansk endnu. Er der et hold hvor trænerne taler
engelsk?

Mvh Agnieszka""")

M("b", """hej ungdomsskolen
jeg skal med på lejrturen til bornholm i marts. jeg er veganer af etiske grunde (dyrevelfærd)
og spiser ikke noget fra dyr, heller ikke mælk og æg. kan køkkenet lave vegansk til mig?
mvh Anna, 15""")

M("u", """Hej Ungdomsskolens jobvejledning

Min søn på 16 har fået fritidsjob i Bilka og har meldt sig ind i HK Ung, fordi de tilbød
en gratis kontrakttjek. Hvor mange timer må han egentlig arbejde om ugen i skoletiden?

Venlig hilsen
Tina""")

M("s", """Til Børnehuset Solstrålen

Vi er to fædre, Kristian og Ali, og vores søn Lukas starter hos jer 1. januar. Skal vi
udfylde ét skema hver, eller står der "mor" og "far" på jeres papirer? Vi vil bare gerne
forberede os.

Mvh Kristian""")

M("", """Hej! Jeg har set at Gentofte har regnbuebænke ved biblioteket. Kunne Ishøj ikke også få
en ved Ishøj Bibliotek og en ved stranden? Det koster ikke meget og sender et godt signal
til unge.

Hilsen Line""")

M("he", """Kære borgerrådgiver

Jeg har haft depression siden gymnasiet og får SU med handicaptillæg. Jobcentret har
tilbudt mig en mentor, men jeg har ventet i 5 måneder. Jeg læser på DTU og er ved at
falde fra. Hvad kan jeg gøre?

Venlig hilsen
Simon""")

M("e", """hej boligselskabet sagde jeg skulle skrive til kommunen. jeg er registreret i RKI pga en
gammel mobilregning på 4.000 og nu vil ingen udleje til mig. kan kommunen hjælpe, eller
garantere depositum?? jeg er 20 og har fast job nu
mvh Omar""")

M("", """Til Ishøj Forsyning

Kundenr. 0704951122. Jeg flytter ud af lejligheden på Ishøj Søvej 8, 1. tv. den 30.
november. Måler nr. 71430967 viste 2.413 m³ i dag. Hvornår får jeg slutopgørelsen?

Mvh Thomas""")

M("bt", """Til borgerrådgiveren

Jeg er 19, jødisk, og går med kippa. I bus 300S fra Ishøj Station i sidste uge råbte to
drenge efter mig og en af dem spyttede. Chaufføren gjorde ingenting. Jeg ved godt det
ikke er kommunen der kører bussen, men I har et samarbejde med Movia, og jeg vil gerne
have at det bliver registreret.

Mvh Daniel""")

M("p", """Hej

Min mormor døde i august, og vi (hendes tre barnebørn) skal sælge hendes hus i Ishøj
Landsby. Vi har fået to bud, og ejendomsmægleren siger, at køberne vil vide om der
må bygges en ekstra bolig på grunden. Er der regler om det i jeres lokalplan?

Venlig hilsen
Christina, 24""")

M("u", """Kære Lise

Jeg er tillidsrepræsentant for de unge i Føtex i Ishøj Bycenter. Mange af vores
kolleger på 15-17 år har sene vagter og kan ikke komme hjem, fordi natbussen er nedlagt.
Kan du som byrådsmedlem tage det op i Teknik- og Miljøudvalget?

Mvh Amina""")

M("h", """Hej Borgerservice

Jeg er gravid og vil gerne skifte læge, fordi min nuværende læge ikke tager gravide
fra Ishøj længere. Kan I flytte mig til en læge i Ishøj Bycenter? cpr [[070598-2216]]

Tak,
Louise Rahbek""")

M("e", """Til boligafdelingen

Min kæreste sidder i Vestre Fængsel og kommer først ud i april. Lejekontrakten står i
begges navne. Kan jeg blive boende alene, og kan I hjælpe med huslejen så længe? Jeg
er 22 og arbejder deltid.

Mvh Vanessa""")

M("", """Kære redaktion på kommunens hjemmeside

Jeg synes det er uretfærdigt, at unge fra Vejleåparken altid bliver nævnt i medierne,
når der sker noget slemt. Kunne kommunen ikke lave en kampagne om alt det gode, de unge
laver i området? Der er både lektiecafé, fodbold og musik.

Venlig hilsen
Grethe Hansen""")

M("s", """hej
jeg er 16 og ace (aseksuel) og i seksualundervisningen i 9. står der kun om sex mellem
to der vil hinanden. det ville være nice hvis man også nævnte at nogle ikke har lyst
overhovedet. kan i sige det til lærerne?
anonym elev på Gildbroskolen""")

M("t", """Hej

Jeg er 22 og halvt thai, halvt dansk. Min mor og jeg vil gerne lave en thaimadbod til
Ishøj Sommerfest. Hvordan søger man om en stadeplads, og skal vi have en
fødevaregodkendelse?

Venlig hilsen
Pim""")

M("", """Hej Ishøj Idrætscenter, kan man leje padelbanerne med studierabat? Og hvor mange kan
spille på én booking? Mvh Rune""")

M("h", """hej ishøj kommune / skolens kontor

min kæreste Sofie fik en hjernerystelse til fodbold i weekenden og må ikke se på skærme i
to uger. hun går på 10. klassecentret og kan ikke selv skrive lige nu. kan lærerne sende
afleveringerne på papir i stedet?
mvh Magnus""")

M("hu", """Hej

Jeg er pædagogmedhjælper i en af kommunens børnehaver og har været sygemeldt med angst
i tre uger. FOA siger, at jeg har ret til en fraværssamtale og ikke en
"fratrædelsessamtale", som min leder kalder det. Hvem har ret? Jeg er 23 og har aldrig
prøvet det før.

Mvh Nadia""")

M("", """Hej, har I sommerkurser i kodning eller spiludvikling for 13-16-årige i ungdomsskolen
næste år? Min nevø er vild med det.
Hilsen Kirsten""")
