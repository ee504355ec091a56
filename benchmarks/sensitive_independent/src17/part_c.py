"""Part C: volunteer visiting friends, priests, imams and faith communities, culture; event/programme negatives."""
from common import M

M("bt", """
Kære Integrationsrådet

Jeg er imam i Ishøj Moské og skriver på vegne af en af vores menighed, Abdirahman Hassan. Han er somalisk og har boet i Danmark i 20 år. Han har fået afslag på at få et bederum i pauserne på sin arbejdsplads hos et kommunalt vejcenter, fordi lederen siger at religion er privat. Han har bedt mig skrive.

Med venlig hilsen
Imam Yusuf Ibrahim
""")

M("", """
Hej

Ishøj Moské holder åbent hus lørdag den 14. september med rundvisning og te. Alle er velkomne, også byrådet. Vi vil gerne invitere udvalget for kultur og fritid.

Venlig hilsen bestyrelsen
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er besøgsven gennem Røde Kors og besøger hver uge Aase Lindberg på Ishøjvej. Hun er blevet meget tynd, spiser næsten ikke, og hun fortæller at hjemmehjælpen kun kommer hver anden uge nu. Jeg er bekymret for at hun er underernæret. Hun har givet mig lov at skrive.

Venlig hilsen
Marianne Bech, besøgsven
""")

M("", """
Kære Kulturudvalg

Hvornår er fristen for at søge Kulturpuljen i efteråret? Vi er en lille teatergruppe der gerne vil sætte et stykke op i Ishøj Teater.
""")

M("s", """
Hej

Jeg er frivillig i LGBT+ Ungdom og har kontakt med en ung fyr fra Ishøj, Mikkel, som er biseksuel og bliver mobbet på sin efterskole. Han vil gerne have at nogen fra kommunens ungeindsats tager en snak med skolen. Han er 17 og har selv givet grønt lys.

Mvh Sara, frivillig
""")

M("", """
Er der planer om et Pride-arrangement i Ishøj i år? Sidste år var der flag på rådhuset, det var flot.
""")

M("b", """
Kære borgmester

Jeg er medlem af Enhedslisten og aktiv i den lokale afdeling. Jeg har søgt om at stå med en stand på Ishøj Torv i valgkampen, men fik afslag med den begrundelse at "politiske partier ikke må". Andre partier stod der sidste uge. Hvad er reglerne?

Ahmad Rasuli
""")

M("", """
Hej

Hvilke regler gælder for opsætning af valgplakater i Ishøj ved kommunalvalget? Og hvor må de hænge?
""")

M("t", """
Kære Biblioteket

Min nabo og veninde, Olena, er ukrainsk flygtning og vil meget gerne på biblioteket, men hun forstår ikke det danske lånersystem. Har I nogen der taler ukrainsk eller russisk og kan hjælpe hende i gang?

Hilsen
Birte Madsen
""")

M("", """
Har biblioteket bøger på arabisk og tyrkisk til børn? Vi er en børnehave der gerne vil låne en kasse.
""")

M("bhe", """
Hej

Jeg er præst i Torslunde Kirke. Et ældre medlem af menigheden, Svend Aage Holm, har netop fået en kræftdiagnose og har spurgt om han kan få besøg af mig på Ishøj Plejecenter, men centret siger at præstebesøg kræver aftale med afdelingssygeplejersken. Han er meget troende og ønsker nadver. Kan I hjælpe med at finde ud af hvem jeg skal kontakte?

Med venlig hilsen
Pastor Marie Kjeldgaard
""")

M("", """
Hvornår er der gudstjeneste i Ishøj Kirke juleaften, og er der parkering?
""")

M("tb", """
Til Skoleafdelingen

Min datter Amina på 11 år går på Gildbroskolen. Vi er muslimer, og hun har fået at vide af en lærer at hun skal tage sit tørklæde af til idræt. Hun har også været udsat for kommentarer om at "arabere skal hjem". Vi vil gerne have et møde.

Med venlig hilsen
Khaled Mansour
""")

M("", """
Kære Kultur- og Fritidsudvalg

Ishøj Kirkes Venner søger tilskud til en koncert med Ishøj Gospelkor. Budgettet er på 18.000 kr. Vi vedlægger ansøgningen.

Med venlig hilsen
Dorte Birk
""")

M("s", """
hej! jeg hedder Louise og jeg er pansexuel. jeg vil gerne starte en queer-ungdomsklub i Ishøj Ungdomsskole, for der er ikke nogen steder for os herude. hvem skal jeg snakke med om lokaler? tak <3
""")

M("", """
Hej, jeg er frivillig i Røde Kors besøgstjenesten og vil gerne høre om kommunen har et kursus for frivillige i at spotte demens. Vi er ca. 30 besøgsvenner i Ishøj.
""")

M("b", """
Kære Ishøj Kommune

Jeg er Jehovas Vidne og har i 10 år været frivillig i Ishøj Lektiecafé. Nu har den nye koordinator sagt at jeg ikke må være frivillig mere, fordi "I prøver at hverve børnene". Det har jeg aldrig gjort. Jeg føler mig diskrimineret på grund af min tro.

Med venlig hilsen
Anne-Grethe Bülow
""")

M("", """
Er der et sted i Ishøj hvor muslimer kan blive begravet efter islamiske traditioner? Det er et generelt spørgsmål til planlægningen af kirkegårdene.
""")

M("t", """
Hej

Jeg er kontaktperson for en ung eritreansk fyr, Yonas, som jeg hjælper som frivillig mentor gennem Venligboerne. Han er blevet afvist ved døren på et diskotek i Ishøj, fordi "der er for mange af jer i aften". Han vil gerne klage. Hvor kan man det?

Mvh Klaus
""")

M("", """
Til Kulturhuset: hvor mange tilmeldte var der til den interkulturelle madfestival sidste år? Vi vil søge fonde til en ny og skal bruge tallene.
""")

M("bs", """
Kære Vibeke

Jeg er præst og vil gerne have et svar fra kommunen. Jeg skal vie to mænd, Henrik og Omar, i kirken i juni, og de har søgt om at bruge rådhusets have til receptionen. Omar er konverteret fra islam til kristendommen, og hans familie har truet med at forstyrre brylluppet. Kan kommunen tage hensyn og lade være med at offentliggøre datoen på bookingkalenderen?

Med venlig hilsen
Sognepræst Lars Brønd
""")

M("", """
Må man holde en humanistisk navngivningsceremoni i Kulturhusets sal, eller er det kun for foreninger?
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er frivillig besøgsven for Ejnar Mortensen, 88 år, på Vejlebrovej. Han fortæller at han ikke har fået sin pension udbetalt i to måneder, og at han lever af havregryn. Han har også fået et sår på benet, som han ikke vil vise nogen. Jeg har aftalt med ham at jeg skriver.

Mvh
Helle Krag, Ældresagens besøgstjeneste
""")

M("", """
Jeg synes ikke kommunen skal give penge til religiøse foreninger overhovedet. Stat og religion bør adskilles, og det gælder også foreningstilskud. Det er min holdning som skatteborger.
""")

M("b", """
Hej

Jeg er ateist og medlem af Ateistisk Selskab. Mit barn er blevet tilmeldt juleafslutning i kirken uden at vi forældre blev spurgt. Jeg vil gerne vide om kommunen har en politik for at forældre kan melde fra, og om mit barn kan få et alternativ.

Venlig hilsen
Morten Lindahl
""")

M("", """
Hvad er åbningstiderne for Arken i sommerferien, og har kommunen stadig gratis adgang for pensionister om torsdagen?
""")

M("tb", """
Kære byrådsmedlem

Jeg er kurdisk alevit og har boet i Ishøj i 30 år. Vi er en lille menighed på ca. 40 familier, som søger om lov til at leje et lokale til vores cem-ceremonier. Vi er blevet afvist to gange med begrundelsen at "det ikke er en godkendt trosretning". Det er vi faktisk. Kan du hjælpe?

Hilsen
Hüseyin Doğan
""")

M("", """
Kære kommune

Vi er Ishøj Pakistansk Kulturforening og holder Eid-fest i Idrætshallen. Hvordan booker vi hallen, og hvad koster det? Vi forventer 400 gæster.
""")

M("s", """
Hej

Jeg er transkvinde og lesbisk og har søgt om at blive frivillig i kommunens lektiecafé. Koordinatoren sagde at "det nok ikke var så godt med børnene". Jeg er meget ked af det og vil gerne klage.

Vh Sofie
""")

M("", """
Hvor mange frivillige er der i alt tilknyttet kommunens ældreområde, og hvad bruger kommunen på frivillighedskoordinatorer? Spørgsmålet er til budgetdebatten.
""")

M("ht", """
Hej

Jeg er sprogvejleder som frivillig og hjælper Wei Zhang, der kom fra Kina sidste år. Hun har fået en hjertefejl konstateret og skal opereres på Rigshospitalet, men hun forstår ikke brevene. Kan kommunen skaffe en kinesisk tolk til samtalen?

Mvh Inge
""")

M("", """
Kan man få en tolk til et møde på rådhuset, hvis man ikke taler dansk? Og hvad koster det? Jeg spørger for vores forening.
""")

M("b", """
Hej Jens

Som du ved er jeg formand for Ishøj Konservative, og jeg vil gerne klage over at vores plakater blev revet ned af kommunens folk tre dage før valget. Det er ikke første gang. Vi kræver en forklaring.

Hilsen
Peter Winge
""")

M("", """
Til borgmesteren

Jeg stemmer ikke længere, fordi ingen partier i Ishøj tager ældreområdet alvorligt. Men jeg vil alligevel spørge: Hvornår bliver plejehjemsmaden bedre?
""")

M("b", """
Kære Kulturudvalg

Vi er en buddhistisk meditationsgruppe, og jeg er selv praktiserende buddhist. Jeg vil gerne søge om at bruge et lokale på biblioteket hver onsdag aften. Kan det lade sig gøre, når vi er en religiøs gruppe?

Med venlig hilsen
Birgitte Sønderby
""")

M("", """
Hej, vi er en forening for iranske kunstnere i Hovedstaden og vil gerne udstille i Kulturhuset næste forår. Hvem skal vi sende en ansøgning til?
""")

M("teh", """
Til Ydelsescentret

Jeg er frivillig i Dansk Flygtningehjælp og hjælper en afghansk familie. Faren, Rahim, har fået stoppet sin kontanthjælp fordi han ikke mødte op til et sprogkursus, men han var indlagt den dag. Han kan ikke selv skrive klagen. Han har skrevet under på en fuldmagt.

Mvh Kirsten Dybdal
""")

M("", """
Vi er nogle forældre i Ishøj der ønsker et halal-alternativ i daginstitutionernes madordning. Kan det komme på dagsordenen i Børne- og Skoleudvalget?
""")

M("heb", """
Hej

Jeg er kirkens diakon og har kontakt med en hjemløs mand, Jørgen, der sover i kirkens cykelskur. Han har et alvorligt alkoholproblem og et stort sår på foden. Han vil gerne have hjælp, men er bange for "systemet". Han har sagt ja til at jeg skriver. Hvem i kommunen skal jeg ringe til?

Med venlig hilsen
Rikke, diakon
""")

M("", """
Kan kommunen oplyse hvor mange medlemmer folkekirken har i Ishøj, og hvor mange der har meldt sig ud de sidste fem år?
""")

M("s", """
Hej

Mine to fædre, Morten og Anders, har prøvet at melde mig ind i en sommerlejr gennem kommunen, men formularen har kun felter til "mor" og "far". Kan I rette det? Det er lidt pinligt hver gang.

Mvh Sebastian (14)
""")

M("", """
Til Kulturforvaltningen

Jeg foreslår at vi får en kunstinstallation om Ishøjs historie ved stationen. Der er mange indvandrerhistorier der fortjener at blive fortalt, og det kunne samle byen.
""")

M("be", """
Kære kommune

Jeg er vegetar af etiske grunde og veganer – af overbevisning, ikke af smag. Min far på plejecentret har samme overbevisning og har været det i 40 år. Alligevel får han serveret kød hver dag. Kan I sørge for at hans ønske bliver respekteret?

Venlig hilsen
Lotte Frisk
""")

M("", """
Hej. Kirkegården ved Ishøj Kirke – hvem står for vedligeholdelse af gravstederne? Min bedstemors gravsted er groet til.
""")

M("bt", """
Kære Ulla

Jeg er imam og har en sag, der ligger mig meget på sinde. En ung pakistansk kvinde i menigheden, som ikke vil nævnes ved navn, men som bor i Ishøj Strand, har fået at vide at hun ikke kan få en praktikplads i kommunens daginstitution, fordi hun bærer niqab. Hun er dybt troende. Vi ønsker et møde med udvalget.

Med venlig hilsen
Imam Tariq Malik
""")

M("", """
Hej – vi vil gerne låne rådhushallen til en udstilling om Folkekirkens Nødhjælps arbejde i Afrika. Hvad er mulighederne?
""")

M("h", """
Hej

Jeg er frivillig i Ishøj Svømmeklub, og en af vores voksne svømmere, Lars (52), fik et epileptisk anfald i bassinet i søndags. Han er ok nu, men jeg vil gerne vide om kommunens svømmehal har procedurer for sådan noget, og om han kan få en ledsager med gratis, så han kan svømme sikkert. Han har givet mig lov at skrive.

Mvh Henrik
""")

M("", """
Kære Ishøj Bibliotek, har I et arrangement om demens og pårørende i efteråret? Jeg har hørt der kommer en forfatter.
""")

M("tse", """
Hej

Jeg hjælper som frivillig en ung mand fra Iran, Reza, som er homoseksuel og flygtede derfra. Han bor i kommunens flygtningebolig på Ishøj Bygade og er blevet truet af en anden beboer som har fundet ud af at han er bøsse. Han tør ikke sove der. Han får integrationsydelse og har ikke råd til at flytte selv. Kan kommunen give ham en anden bolig?

Mvh Jakob Holm
""")

M("", """
Kan ikke-medlemmer af folkekirken bruge kirkens sognegård til et arrangement? Vi er en lokal skakklub.
""")

M("b", """
Hej Søren

Du kender mig fra Socialdemokratiet i Ishøj, hvor jeg sidder i bestyrelsen. Jeg skriver privat: min nabo har sat et stort DF-skilt op i sin have, som står helt ud over fortovet. Er det lovligt? Jeg vil gerne have det afklaret uden at det bliver politisk.

Kh Mona
""")
