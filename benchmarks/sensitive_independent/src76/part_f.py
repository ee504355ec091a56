"""corpus76 part F: parents appealing school and daycare decisions."""
from common import M

M("he", """
Til Center for Børn og Forebyggelse, Skoleafdelingen

Klage over afslag på specialskole

Vores søn Oscar, cpr [[110313-4127]], har ADHD og en angstdiagnose. Han har ikke været i
skole mere end to dage om ugen siden sommerferien. PPR anbefalede selv et
specialskoletilbud i maj, men visitationsudvalget har givet afslag med henvisning til,
at "mulighederne i almenskolen ikke er udtømte". Vi ved ikke hvad der mangler at blive
prøvet. Skolen har ringet efter os 14 gange på en måned.

Vi klager til Klagenævnet for Specialundervisning og beder kommunen genvurdere.

Med venlig hilsen
Stine og Jakob Wendt
""")

M("s", """
Til skolechefen

Vi har fået afslag på at flytte vores datter fra Strandgårdskolen til Gildbroskolen,
fordi der ikke er plads i 3. klasse. Vi vil gerne klage. Hun er den eneste i klassen
med to mødre, og hun bliver drillet med det hver dag. Vi har talt med lærerne flere
gange uden at det hjælper.

Med venlig hilsen
Camilla og Sofie Bertelsen
""")

M("bt", """
Til skolelederen, Vibeholmskolen

Vi har fået afslag på to ugers ekstra fri til vores søn Zayan i april. Vi er fra
Pakistan og skal derned og fejre eid med hans bedsteforældre, som vi ikke har set i
fire år. Vi har tilbudt at han laver lektier hver dag. Vi vil gerne klage over afslaget.

Venlig hilsen
Bilal og Sana Chaudhry
""")

M("t", """
Til Center for Børn og Forebyggelse

Vi er fra Somalia, men vores søn Abdi er født i Hvidovre og har gået i dansk
børnehave. Alligevel er han placeret i modtagelsesklasse fordi "familien taler et
andet sprog derhjemme". Han taler bedre dansk end somali. Vi klager over afgørelsen.

Med venlig hilsen
Faisal Warsame
""")

M("", """
Hej

Hvis man får afslag på at få sit barn optaget på en anden skole end distriktsskolen,
kan man så klage over det, og til hvem? Jeg kan ikke finde svaret på skoleporten.

Venlig hilsen
Louise
""")

M("he", """
Til PPR Ishøj

Vores datter Anna i 5. klasse blev testet ordblind i juni. Vi har søgt om IT-rygsæk
med oplæsningsprogram og fået afslag, fordi "skolen har licenser". Men hun må ikke tage
computeren med hjem. Vi klager og beder om at få sagen genvurderet.

Hilsen Lene og Martin Skou
""")

M("u", """
Kære skoleleder

Jeg er selv lærer (og i DLF), så jeg ved godt at det kan være svært at fordele
elever. Men at flytte min søn til parallelklassen midt i året, uden at tale med os
først, er ikke god praksis. Jeg vil gerne klage over beslutningen og bede om et møde.

Venlig hilsen
Anette Lykke
""")

M("s", """
Til klasselæreren i 4.B og skolelederen

Vores søn kom hjem i går og fortalte, at du i en time om familien sagde, at "et barn
har brug for en mor". Noah har to fædre. Han har grædt hele aftenen. Vi forventer at
du retter det over for klassen, og vi ønsker et møde med skolelederen.

Kasper og Morten Winther-Holm
""")

M("b", """
Til Ishøj Svømmehal og Gildbroskolen

Vores datter Hiba (11) blev ved svømmeundervisningen bedt om at tage sit tørklæde af,
selvom hun havde et badetørklæde i godkendt materiale. Hun blev sendt op på tilskuerpladserne
og fik fravær. Vi vil gerne klage og have reglerne at se.

Venlig hilsen
Ali og Mona Hammoud
""")

M("", """
Til Børne- og Uddannelsesudvalget

Beslutningen om at lukke afdelingen i Torslunde er truffet uden en reel høring af
forældrene. Vi klager over processen. Byrådet har ikke lyttet til de 600 underskrifter.

Med venlig hilsen
Forældregruppen i Torslunde
""")

M("e", """
Til Skoleafdelingen

Vi har fået afslag på befordring til vores søn Emil, der skal gå 2,4 km langs Ishøj
Landevej. Grænsen er 2,5 km, men ruten er farlig, og der er ingen cykelsti på det
sidste stykke. Vi klager over afslaget.

Med venlig hilsen
Helene Dyhr
""")

M("he", """
Til Center for Børn og Forebyggelse

Vi klager over afslaget på støtteperson til vores datter Nora i 1. klasse. Nora har
epilepsi med flere anfald om ugen, og lærerne har sagt at de ikke tør være alene med
hende i frikvarteret. Neurologen anbefaler en voksen tæt på hele dagen.

Noras cpr-nr. [[270717\u00a04836]]

Med venlig hilsen
Maiken og Per Holst
""")

M("tb", """
Til skolelederen, Strandgårdskolen

Vi er tyrkiske aleviter, og vores søn fik i kristendomskundskab at vide af læreren at
"alle muslimer beder fem gange om dagen". Da han sagde, at vi ikke gør det i vores
familie, sagde læreren at han "ikke var en rigtig muslim". Vi vil gerne klage over det.

Venlig hilsen
Deniz og Ayse Aydın
""")

M("s", """
hej
jeg går i 8. og er homo. der er nogle drenge der skriver ting om mig på snap og i
frikvarteret. jeg har sagt det til min klasselærer 2 gange og der sker ingenting. kan
man klage over skolen? min mor ved det ikke endnu så skriv ikke til hende
""")

M("", """
Til Center for Børn og Forebyggelse

Til en kandidatopgave vil jeg gerne have antallet af elever i specialskoler og
specialklasser i Ishøj for 2020–2024 og udgifterne pr. elev. Kun samlede tal.

Med venlig hilsen
Cecilie Frost, DPU
""")

M("e", """
Til familierådgiveren

Vi klager over beslutningen om, at vores datter skal skifte skole, efter at der kom en
underretning fra den gamle skole. Ingen har spurgt os, og vi forstår ikke, hvorfor en
underretning skal betyde nyt skoleforløb. Vi vil have et møde.

Mvh Camilla og Dennis Hald
""")

M("b", """
Til skolelederen

Vores søn Magnus skal have nonfirmation i maj og skal derfor ikke gå til
konfirmationsforberedelse. Alligevel ligger forberedelsen i skoletiden hver tirsdag,
hvor han sidder alene på biblioteket. Vi klager over, at der ikke er et andet tilbud.

Med venlig hilsen
Rikke og Anders Birch
""")

M("hu", """
Til SFO'en på Vibeholmskolen

Min søn Frederik har type 1-diabetes, og personalet har to gange glemt at tjekke hans
blodsukker om eftermiddagen. Jeg er selv pædagog og BUPL-medlem, så jeg ved at det
kræver en plan og oplæring. Jeg vil gerne klage og bede om et møde med lederen.

Venlig hilsen
Lærke Sand
""")

M("t", """
Til skolelederen

Vi er fra Libanon. Vores søn fortalte, at hans matematiklærer sagde "I arabere er
altid for sent" foran hele klassen. Han var to minutter forsinket. Vi synes det er
racistisk og vil gerne klage.

Venlig hilsen
Rania Khoury
""")

M("st", """
Til Skoleafdelingen

Vi er et islandsk par, to mødre, og flyttede til Ishøj i sommer. Vores datter er sat i
en klasse med ekstra dansk, fordi hun er ny, men hun har gået i dansk skole i Reykjavik
i fire år. Vi vil gerne klage over placeringen.

Kveðja / Venlig hilsen
Guðrún og Sigríður Jónsdóttir
""")

M("", """
Til Skoleafdelingen

Jeg skriver en artikel om inklusion i folkeskolen. Hvor mange elever i Ishøj er
overgået fra specialtilbud til almenklasser de seneste fem år, og hvor mange er kommet
retur?

Med venlig hilsen
Line Thorup, Folkeskolen.dk
""")

M("h", """
Til skolelederen

Vi klager over beslutningen om, at vores søn Alfred ikke må komme med på lejrskole,
fordi han har en svær nøddeallergi. Vi har tilbudt at sende adrenalinpen og en
handleplan med, og hans læge har skrevet, at han sagtens kan deltage.

Venlig hilsen
Susanne og Jonas Mørch
""")

M("b", """
Til skolelederen, Gildbroskolen

Vi er katolikker, og vores datter Sofia skal til første kommunion i Sankt Mikaels
Kirke fredag den 16. maj. Vi har fået afslag på at hun får fri den dag. Vi beder om, at
afgørelsen tages op igen.

Venlig hilsen
Marco og Elena Rossi
""")

M("e", """
Til Pladsanvisningen

Klage over afslag på økonomisk friplads i SFO

Barnets cpr: [[030616-4490]]

Vi har fået afslag, fordi vi ikke har sendt lønsedler. Vi har ingen lønsedler, fordi vi
begge får kontanthjælp, hvilket fremgår af jeres egne systemer.

Venlig hilsen
Irene og Kenneth Dam
""")

M("t", """
Til klasselæreren i 6.A

Min datter har fortalt, at du efterligner min udtale, når du taler om forældremødet.
Jeg er født i Vietnam og har lært dansk som voksen. Det er sårende for hende og for
mig. Jeg forventer, at det stopper.

Lan Pham
""")

M("", """
Til Skolebestyrelsen

Jeg er uenig i den nye regel om, at eleverne skal aflevere telefonerne hele dagen.
Mit barn har brug for at kunne skrive til mig efter skole. Kan reglen ikke gælde
til kl. 13?

Venlig hilsen
Bo Nygaard
""")

M("sb", """
Til skolelederen

Vi er to mødre og aktive i Ishøj Frikirke. Vores søn fortæller, at hans lærer i
seksualundervisningen sagde, at "kristne ikke kan acceptere regnbuefamilier". Det passer
ikke på os, og det gør vores søn forvirret. Vi vil gerne tale med læreren.

Venlig hilsen
Hanne og Tina Nørgaard
""")

M("u", """
Til Pladsanvisningen

Jeg arbejder i skift på plejecentret og er medlem af FOA. Vi har fået afslag på
morgen-SFO fra kl. 6.00, fordi "der ikke er behov nok". Jeg møder kl. 6.30. Min
fagforening siger, at jeg kan klage. Det gør jeg hermed.

Mvh Gitte Rasmussen
""")

M("he", """
Til Center for Børn og Forebyggelse

Vores søn Lukas har Downs syndrom og har gået i specialklasse på Vibeholmskolen i tre
år. Nu har kommunen besluttet, at han skal over i almenklasse med støtte fra næste
skoleår. Vi klager over afgørelsen. Han trives i klassen og har lært at læse der.

Venlig hilsen
Charlotte og Kristian Sejr
""")

M("", """
Hej

Hvordan klager man over en lærer? Skal det gå til skolelederen eller til kommunen? Jeg
har ikke en konkret sag, men jeg sidder i forældrerådet og vi får spørgsmålet tit.

Venlig hilsen
Birgitte
""")

M("b", """
Til skolens køkken og ledelse

Min datter Ella er veganer af etiske grunde og spiser ikke kød eller mælkeprodukter.
Skolen har nu besluttet, at alle i 7. klasse skal spise det samme i madkundskab, og hun
får fravær, hvis hun ikke smager. Vi klager over beslutningen.

Venlig hilsen
Kristine Ahlberg
""")

M("s", """
Til klasselæreren i 9.C

Vores datter Liv er lige sprunget ud som lesbisk over for klassen, og hun siger, at
læreren i dansk lavede en vittighed om det dagen efter. Vi forventer, at skolen tager
det alvorligt og taler med læreren.

Med venlig hilsen
Peter og Anne Vinding
""")

M("t", """
Til Center for Børn og Forebyggelse

Vi kom som flygtninge fra Syrien i 2017. Vores søn er nu i 7. klasse, og skolen vil
have ham til at tage ekstra dansk i stedet for tysk, selvom han har 10 i dansk. Vi
vil gerne klage over beslutningen og bede om en begrundelse.

Venlig hilsen
Mahmoud og Reem Saleh
""")

M("hu", """
Til skolelederen, Strandgårdskolen

Vores søn William brækkede armen i frikvarteret i mandags, da han faldt ned fra
klatrestativet, og der var ingen gårdvagt. Jeg er HK-medlem og kender til
arbejdsmiljøregler; der skal være opsyn. Jeg vil klage over det.

Williams cpr [[181115 4103]]

Mvh Lone Bager
""")

M("", """
Til Ishøj Kommune, Skolekørsel

Bussen til Torslunde kører kl. 7.05, og skolen starter kl. 8.00. Børnene står og venter
i næsten en time. Kan køreplanen ikke ændres?

Venlig hilsen
Forældrerådet i 2.A
""")

M("es", """
Til Pladsanvisningen

Mikkel er blevet ledig i august, og vi har derfor søgt om nedsat betaling for SFO til
vores to drenge. Vi fik afslag, fordi "far" ikke havde sendt sin lønseddel. Der er to
fædre i vores familie, og begge har sendt papirer. Vi klager.

Mikkel og Jens Ravnholt
""")

M("b", """
Til skolelederen

Vi er buddhister, og vores søn skal med os på et retreat i et tempel i Thailand i tre
uger i januar. Vi har fået afslag på fri. Vi vil gerne klage og forklare, hvorfor det
er vigtigt for os.

Venlig hilsen
Niran og Line Suksawat
""")

M("t", """
Til skolelederen, Vibeholmskolen

Vores datter Valentina er adopteret fra Colombia. En lærer har sagt til hende, at hun
"godt må stå forrest på klassebilledet, så der er lidt farve". Det var sikkert ment
sjovt, men Valentina var ked af det i en uge. Vi vil gerne klage.

Venlig hilsen
Malene og Jens Vad
""")

M("", """
Hej

Hvornår er fristen for indskrivning til børnehaveklasse for børn født i 2020? Og kan
man søge om at få sit barn i en anden skole end distriktsskolen?

Tak
Amira
""")

M("u", """
Til skolelederen, Gildbroskolen

Jeg er 3F-tillidsrepræsentant på Ishøj Havn og møder kl. 6. Når skolen flytter første
lektion til kl. 7.45, kan jeg ikke aflevere min datter. Jeg vil gerne klage over den
manglende høring af forældrene.

Mvh Torben Juhl
""")

M("he", """
Til PPR Ishøj

Vores søn Benjamin har nedsat hørelse på begge ører og bruger høreapparater. Vi har
søgt om en teleslynge og en skærm til klasseværelset og fået afslag. Hørekonsulenten
har anbefalet begge dele. Vi klager over afslaget.

Venlig hilsen
Kira og Lasse Mølgaard
""")

M("s", """
Til skolelederen

Jeg er biseksuel og lever med en kvinde, og vores søn fortæller at en vikar sagde til
klassen, at "biseksuelle bare ikke kan bestemme sig". Jeg synes det er ukorrekt at sige
til børn, og vil bede jer om at tage det op med vikaren.

Venlig hilsen
Anders Toft
""")

M("", """
Til skoleafdelingen

Skolebestyrelsen på Strandgårdskolen har diskuteret, om kantinen skal tilbyde halal
kød og et vegetarisk alternativ hver dag. Hvilke regler gælder for kommunale
skolekøkkener, og hvad gør andre skoler i kommunen?

Med venlig hilsen
Skolebestyrelsen, Strandgårdskolen
""")

M("b", """
Til skolelederen, Strandgårdskolen

Jeg skal på hajj til Mekka i juni og vil gerne have min søn med. Vi har fået afslag på
fri i tre uger. Jeg klager over afslaget. Det er en rejse, man måske kun gør én gang i
livet.

Sønnens cpr: [[020912-4557]]

Med venlig hilsen
Jamal Osman
""")

M("", """
Hej

Hvad lærer børnene i kristendomskundskab i indskolingen? Er der også undervisning om
andre religioner, og fra hvilken klasse?

Venlig hilsen
Sanne
""")
