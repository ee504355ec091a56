"""corpus67 part b: homelessness, the herberg, released prisoners, relatives in prison."""
from common import M

M("e", """
Til Center for Voksne og Velfærd

Jeg blev løsladt fra Vestre Fængsel i mandags efter 14 måneder. Kriminalforsorgen sagde at
kommunen ville have en bolig klar, men der var ingen. Jeg sover på herberget nu.
Mit cpr er [[120591-1437]]. Hvornår kan jeg få en samtale?

Dennis Kragh
""")

M("e", """
hej jeg er hjemløs og har været det siden august. kan jeg få en adresse hos kommunen så jeg
kan få min post? jobcentret sender breve til en adresse hvor jeg ikke bor mere
cpr [[0304882213]]
Mikkel
""")

M("", """
Til hovedpostkassen

Hvad koster en overnatning på herberget, og hvem betaler? Jeg spørger fordi vi i vores
menighedsråds diakoniudvalg overvejer at give et tilskud til vinteråbningen.

Med venlig hilsen
Diakoniudvalget v/ sekretær Jytte Kramer
""")

M("eb", """
Kære borgmester

Min søn sidder i Storstrøm Fængsel og kommer ud til marts. Han har ingen steder at bo,
og jeg kan ikke have ham hjemme. Jeg beder hver aften for at han får en ny chance. Jeg
er katolik og min kirke vil gerne hjælpe, men kommunen må også gøre noget.

Venlig hilsen
Maria Kowalczyk
""")

M("", """
Hej

Vi ser oftere og oftere hjemløse omkring stationen og i p-kælderen under centret, især
når det bliver koldt. Har kommunen et opsøgende team, og hvordan kontakter man det, hvis
man gerne vil give besked?

Mvh Afdelingsbestyrelsen
""")

M("eh", """
Til borgerrådgiveren

Jeg har boet på herberg i 7 måneder. Jeg har en alkoholafhængighed som jeg er i behandling
for i Lænkeambulatoriet, men sagsbehandleren siger jeg skal være "boligparat" før jeg kan
komme på listen til en skæv bolig. Hvad betyder det? Jeg har ikke drukket i 6 uger.

Venlig hilsen
Kurt Madsen
[[170267-1129]]
""")

M("b", """
Kære Social- og Sundhedsudvalg

Kan udvalget oplyse hvor mange hjemløse der blev talt i Ishøj ved den seneste nationale
kortlægning, og hvad kommunen gør for at nedbringe tallet? Jeg er formand for
Socialdemokraternes lokale bestyrelse og vil gerne have tallene til et debatindlæg.

Med venlig hilsen
Kenneth Ravn
""")

M("e", """
Til Jørgen Pedersen, byrådsmedlem

Min bror Tommy kom ud af fængslet sidste måned. Han har fået en lejlighed i Vildtbanegård,
men han har ikke penge til møbler, og kommunen har givet afslag på enkeltydelse. Han skal
bare have en seng. Kan du gøre noget?

Hilsen Jane
""")

M("tb", """
Hello,

I am writing on behalf of my father, Mr. Ahmad Karimi, who is an imam at the small mosque
in Ishøj. He is Afghan and does not write Danish. He asks whether the kommune has any room
where homeless men can sleep in the cold nights, because several have come to the mosque.

Kind regards,
Farid Karimi
""")

M("e", """
Til Center for Børn og Forebyggelse

Min mand sidder varetægtsfængslet og børnene spørger hele tiden efter ham. Kan de få
besøg i fængslet med en pædagog fra kommunen? De er 4 og 7 år. Jeg har fået at vide at
det kan bevilges som en støtteforanstaltning.

Venlig hilsen
Helle Christiansen
""")

M("", """
Hej Ishøj Kommune

Jeg har et firma der sælger soveposer og vinterjakker og vil gerne give en pris på 50
soveposer til jeres herberg. Fakturanr. på sidste leverance til en anden kommune var
2410231187, hvis I vil tjekke os. CVR 38172645.

Med venlig hilsen
Outdoor Supply ApS, Martin Eg
""")

M("eu", """
Kære Social- og Sundhedsudvalg

Jeg er pædagog på herberget og tillidsrepræsentant i BUPL. Jeg skriver privat. Jeg har
selv været hjemløs i 2014 og ved hvordan det føles. Vi har for få medarbejdere om natten,
og det går ud over beboerne. Jeg beder udvalget tage det op.

Med venlig hilsen
Nanna Holst
""")

M("e", """
Til hovedpostkassen

Jeg er blevet sat ud af min lejlighed i Ishøj Centrum pga. huslejerestance på 21.000 kr.
Jeg og min hund bor i min bil. Fogeden kom i torsdags. Må jeg have min hund med på
herberget? Ellers bliver jeg i bilen.

Claus, [[051179 2331]]
""")

M("", """
Hej

Vi er nogle borgere der vil lave en indsamling af tøj til hjemløse til jul. Må vi stille
en container ved rådhuset i december, og skal vi søge om tilladelse?

Venlig hilsen
Mona og Benny
""")

M("es", """
Kære borgerrådgiver

Jeg er 19 og blev smidt ud hjemmefra, da mine forældre fandt ud af at jeg er bøsse. Jeg har
sovet på sofaer hos venner i to måneder. Jeg ved ikke hvor jeg skal henvende mig. Jeg går
stadig i skole og vil gerne gøre min uddannelse færdig.

Mathias
""")

M("", """
Til borgmesterens PA

Jeg er formand for Ishøj Handelsstandsforening. Nogle butiksejere i bycentret klager over
hjemløse der sover i indgangene. Vi ønsker ikke at de fjernes, men vil gerne have et møde
om hvordan vi sammen kan hjælpe. Hvornår kan borgmesteren?

Venlig hilsen
Peter Aagaard
""")

M("ep", """
Til Center for Borger, Økonomi og IT

Min far døde i september og har efterladt en gæld på 640.000 kr. Vi er tre søskende, og
vi har sat hans rækkehus på Ishøj Byvej til salg. Der er en køber der venter på at
banken godkender lånet. Skal kommunens krav på ejendomsskat betales før handlen?

Med venlig hilsen
Bente Lund
""")

M("e", """
Hej

Min kæreste er lige løsladt på prøve og har en tilsynsperson. Han vil gerne i arbejde og
har fået tilbud om et job på et byggeri, men han skal have en straffeattest, og han er
bange for at blive afvist. Kan jobcentret hjælpe med et løntilskud?

Hilsen Sabrina
""")

M("", """
Til Center for Voksne og Velfærd

Hvad er herbergets adresse, og kan man komme direkte eller skal man visiteres? Jeg er
ansat i en døgnkiosk ved stationen, og vi får tit spørgsmålet fra folk der står i døren.

Venlig hilsen
Ahmed, kioskejer
""")

M("eht", """
Til borgerrådgiveren

Jeg er grønlænder og har boet på gaden i København i mange år. Nu har jeg fået værelse på et
bosted i Ishøj. Jeg har sukkersyge og skal have hjælp til medicinen, men personalet siger at
de ikke må give mig den. Jeg synes det er forkert.

Hans Kristiansen, [[210364-2815]]
""")

M("e", """
Kære Anders (udvalgsformand)

Min nevø har lige afsonet 2 år for narkohandel og er flyttet ind hos mig midlertidigt. Han
skal til samtale på jobcentret og har ingen uddannelse. Jeg har hørt om en mentorordning
for tidligere indsatte. Findes den i Ishøj?

Venlig hilsen
Ove Bjerregaard
""")

M("", """
Hej

Jeg så i nyhederne at antallet af hjemløse unge er steget i hovedstadsområdet. Jeg vil
gerne frivilligt hjælpe på herberget et par aftener om måneden. Hvem skal jeg kontakte?

Mvh Julie, 24
""")

M("ehu", """
Til hovedpostkassen

Jeg har været medlem af 3F i 20 år, men jeg mistede mit job som chauffør efter et
hjerteanfald og senere mit hus. Nu bor jeg på herberget. Jeg har en kortnummer til
a-kassen, 3001481122, men de siger jeg er faldet ud af dagpengesystemet. Hvad gør jeg nu?

Med venlig hilsen
Jørn Ebbesen
""")

M("e", """
Til borgmesteren

Min datter på 23 bor på gaden. Hun ringer nogle gange fra en telefonboks. Jeg har skrevet
til kommunen 3 gange for at få at vide om hun har en sagsbehandler, men jeg får intet svar.
Hendes cpr er [[281002–4436]], hvis det hjælper. Hun har givet mig mundtlig tilladelse.

En mor i Ishøj
""")

M("", """
Til Social- og Sundhedsudvalget

Jeg er imod at der bygges skæve boliger på grunden ved Ishøj Søvej, fordi jeg mener den
skal bruges til rækkehuse. Jeg har intet imod hjemløse, men placeringen er forkert.

Venlig hilsen
Villy Frandsen
""")

M("et", """
Hej

Jeg hedder Piotr og er fra Litauen. Jeg har arbejdet i Danmark i 5 år, men mistede mit job
på slagteriet og min bolig. Jeg sover på herberget. Jeg vil gerne hjem til Litauen, men har
ikke penge til bussen. Kan kommunen hjælpe med en billet?

Piotr
""")

M("ep", """
Til Center for Byudvikling og Natur

Jeg har lige afsonet en dom og skal sælge mit kolonihavehus i Ishøj Haveforening for at
betale erstatningen til offeret. Der er to der har budt. Hvad kræver kommunen af en
køber? Jeg vil gerne have handlen afsluttet inden jul.

Med venlig hilsen
Ib Larsen
""")

M("", """
Kære borgerrådgiver

Jeg har et generelt spørgsmål: Har løsladte fra fængslet ret til en bolig i Ishøj hvis de
boede her før? Jeg sidder i bestyrelsen for en forening der arbejder med resocialisering.

Mvh Trine, Foreningen Nyt Kapitel
""")

M("eh", """
Til borgerrådgiveren

Min bror Jesper har skizofreni og er røget ud af sin lejlighed. Han sover i et skur i
kolonihaven. Han vil ikke på herberget fordi der er for mange mennesker. Han har en
bostøtte men hun har været syg i 6 uger. Hvem tager over?

Anne
""")

M("e", """
SV: Din henvendelse

Tak for svaret. Jeg er stadig ikke enig. Jeg har ingen adresse, så jeg kan ikke modtage
Digital Post på papir, og jeg har ikke en smartphone. Jeg vil gerne have brevet om min
kontanthjælp udleveret på rådhuset.

> Kære Bo
> Vi har modtaget din henvendelse og sender svar i Digital Post.
> Med venlig hilsen Borgerservice

Bo
""")

M("", """
Hej

Jeg læste at Kriminalforsorgen vil lukke et fængsel på Sjælland. Betyder det at der kommer
flere løsladte til Ishøj? Jeg bor tæt på stationen og vil gerne vide hvad kommunen gør.

Mvh Allan
""")

M("ebs", """
Kære Lone (byrådsmedlem, Enhedslisten)

Jeg er også med i Enhedslisten, i Ishøj-afdelingen, og jeg skriver fordi min kæreste
Jonas og jeg (vi er to fyre) er blevet sagt op fra vores lejlighed, fordi udlejer vil
renovere. Vi har ingen steder at tage hen fra 1. januar. Kan du hjælpe os med at finde
ud af hvad kommunen har af nødboliger?

Mikkel Winther
""")

M("e", """
Til hovedpostkassen

Jeg skriver for min far, Bent Hansen, [[010452 1024]]. Han er 72, hjemløs efter en
brand i hans lejlighed, og sover hos mig på sofaen. Han har brug for en ældrebolig.
Kan han skrives op selvom han ikke har en adresse?

Birgitte Hansen
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg har modtaget en regning med ordrenr. 1509771043 fra herbergets køkken, men jeg har
aldrig bestilt mad hos jer. Jeg leverer grøntsager til herberget som leverandør. Kan I
tjekke det? Mit kundenummer er 44120.

Med venlig hilsen
Grønttorvet Ishøj, Kirsten
""")

M("eu", """
Til borgerrådgiveren

Jeg er fængselsbetjent og medlem af Fængselsforbundet. Min svoger er lige blevet løsladt,
og han bor i Ishøj. Han har fået afslag på kontanthjælp fordi han ifølge kommunen ikke har
stået til rådighed. Han har ingen telefon. Kan han møde op personligt?

Mvh Rasmus
""")

M("et", """
hej kommune

jeg er roma fra rumænien og jeg og min kone sover i telt i skoven ved Tranegilde. vi har
ingen penge. min kone er ked af det og vil hjem. kan vi få hjælp til mad indtil vi finder
arbejde.

Florin
""")

M("", """
Til Kultur- og Fritidsudvalget

Ishøj Teater opfører i foråret et stykke om hjemløshed, skrevet sammen med tidligere
beboere på et herberg. Vi søger 15.000 kr. fra kulturpuljen. Ansøgningen er vedlagt.

Med venlig hilsen
Teaterchef Line Hjort
""")

M("eh", """
Kære Peter Bøgh (byråd)

Undskyld at jeg skriver til dig. Min søn er hjemløs og misbruger. Han blev anholdt i går
og sidder i arresten i Glostrup. Hvad sker der med hans kontanthjælp, mens han sidder der?
Og hans lejlighed som han lige havde fået?

Mvh Else
""")

M("ep", """
Til borgmesteren

Min mand er i fængsel i 3 år og vi kan ikke betale lånet på huset. Banken siger at huset
skal på tvangsauktion i februar hvis vi ikke sælger det selv inden. Vi har haft en
fremvisning, men ingen bud. Kan kommunen hjælpe med noget?

Mvh Dorte Skov
""")

M("", """
Hej,

Jeg vil gerne vide hvordan kommunen fordeler midlerne fra hjemløsestrategien. Jeg har læst
budgettet og kan se at der er afsat 2,4 mio. kr. til 2026. Er der en opgørelse af hvad
pengene er brugt til?

Mvh Lasse, studerende i statskundskab
""")

M("tbe", """
Kære borgerrådgiver

Jeg er sikh og går med turban. Da jeg kom til herberget, sagde personalet at jeg skulle
tage den af for at sove der. Det kan jeg ikke. Jeg blev afvist og sov på banegården.
Jeg er født i Punjab i Indien og har boet i Danmark i 8 år.

Harpreet Singh
""")

M("e", """
Hej jeg er Kim og løsladt den 3. jeg har fået et brev med journalnr. 27.12.04-G01-3-25
om min bolig men jeg forstår det ikke. står der at jeg har fået en bolig eller ikke

Kim
[[180899 1337]]
""")

M("", """
Til Center for Voksne og Velfærd

Vi er en virksomhed der vil ansætte tidligere indsatte i samarbejde med kommunen. Kan I
sende information om mulige tilskudsordninger? CVR 41287734, p-nr. 1021883340.

Med venlig hilsen
Byg & Bo ApS, personalechef Sanne Dahl
""")

M("ehu", """
Til hovedpostkassen

Min mand er langtidssyg og jeg er tillidsrepræsentant for HK på rådhuset i en nabokommune.
Vi står til at miste vores lejlighed pga. restance. Kan man søge om et lån til at dække
huslejen? Vi skylder tre måneder.

Venlig hilsen
Jeanette Ravn
""")

M("eh", """
Hej

jeg var på herberget i nat og blev bidt af en hund fra en anden beboer. jeg var på
skadestuen i Glostrup og fik stivkrampe vaccine. hvem betaler hvis jeg skal til læge igen

Bjarne
""")

M("", """
Kære borgmester

Tak for den gode tale ved indvielsen af det nye værested for socialt udsatte. Som nabo var
jeg skeptisk, men jeg må sige at stedet fungerer fint. Held og lykke med arbejdet.

Venlig hilsen
Ruth Jensen
""")
