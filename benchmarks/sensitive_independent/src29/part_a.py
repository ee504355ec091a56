"""corpus29 part A: the closed school and the care home, written to council members and the mayor."""
from common import M

M("", """Kære borgmester

Jeg skriver for at protestere mod lukningen af Vejleåskolens afdeling i Torslunde. Det er en dårlig beslutning for hele bydelen, og jeg håber byrådet tager den op igen ved budgetforhandlingerne.

Med venlig hilsen
Lars Øbro""")

M("h", """Kære Mette Lindholm

Jeg er mor til Oskar på 9, som har ADHD og en autismediagnose. Han har gået på Torslunde Skole siden 0. klasse og har endelig fundet ro. Hvis skolen lukker, skal han starte forfra et sted med 28 i klassen. Jeg beder dig tænke på børn som ham, når I stemmer på torsdag.

Venlig hilsen
Camilla Rask
Gadekærsvej 14""")

M("e", """hej Jesper
vi er en familie der er på kontanthjælp begge to og vi har ikke bil. når skolen i landsbyen lukker skal vores to drenge med bus hver dag og det har vi ikke råd til at betale ekstra for. så jeres besparelse rammer os direkte.
mvh Dennis og Tina, Kirkebjerg Allé""")

M("", """Til byrådets medlemmer

Undertegnede forældre fra Torslunde Skoles forældreråd inviterer hermed til borgermøde tirsdag d. 14. kl. 19.00 i gymnastiksalen om den foreslåede skolelukning. Alle byrådsmedlemmer er velkomne, og vi sætter 10 minutter af til hver partigruppe.

På forældrerådets vegne
Helle Mikkelsen, formand""")

M("", """Hej Kim

Som du sikkert ved, har vi samlet 1.412 underskrifter mod skolelukningen. Listen afleveres på rådhuset fredag kl. 12. Vil du tage imod den sammen med borgmesteren?

Mvh
Jannik fra støttegruppen""")

M("b", """Kære Ahmad Karimi

Jeg har været medlem af Socialistisk Folkeparti i 22 år og har delt løbesedler for jer ved hvert eneste valg. Derfor er jeg dybt skuffet over, at SF's gruppe har stemt for at lukke Torslunde Skole. Jeg overvejer seriøst at melde mig ud.

Hilsen
Birgit Holm Sørensen""")

M("", """Kære Ahmad Karimi

Jeg ved godt, du er valgt for SF, og derfor undrer det mig, at du stemte for lukningen af Torslunde Skole. Er det ikke jeres politik at bevare de små skoler?

Mvh Pernille Krogh""")

M("he", """Kære borgmester

Min mor, Inger Marie Thomsen, bor på Plejecenter Ishøjhus, stue 14. Hun har Alzheimer og kan ikke længere selv ringe efter hjælp. Efter nedskæringen i aftenvagten er der én medarbejder til 11 beboere efter kl. 22. I sidste uge lå hun på gulvet i over en time, før nogen fandt hende. Hun fik et brud på hoften og er nu indlagt på Hvidovre.

Jeg beder om et møde med dig om normeringen.

Venlig hilsen
Susanne Thomsen
tlf. 28 71 40 93""")

M("", """Hej Borgmester

Hvorfor skal det være så svært at få oplyst, hvor mange medarbejdere der er på aftenvagt på kommunens plejecentre? Jeg har spurgt tre gange. Det er offentlige penge og det bør være offentlige tal.

Mvh
Torben Aagaard""")

M("e", """Kære Lone Brix

Tak for din tid i tirsdags. Som lovet sender jeg kort, hvad vi talte om: min far Erik har boet på Plejecenter Strandgården i to år, og i den tid er madordningen blevet ringere og ringere. Han får nu kold mad fire aftener om ugen. Jeg håber, du vil tage det med i ældreudvalget.

Mange hilsner
Rikke Bjerregaard""")

M("", """Hej Lone

Lige en hurtig en: Hvornår er næste møde i Social- og Sundhedsudvalget, og er det åbent for offentligheden?

Tak
Martin""")

M("u", """Kære Kim Hansen

Jeg er social- og sundhedsassistent på Ishøjhus og tillidsrepræsentant for FOA-medlemmerne der. Jeg vil gerne invitere dig ud og tage en aftenvagt med os, så du kan se, hvad den nye vagtplan betyder i praksis. Beboerne fortjener bedre, og det gør personalet også.

Venlig hilsen
Tanja Kofoed
TR, FOA, Plejecenter Ishøjhus""")

M("", """Kære Kim Hansen

FOA Sjælland inviterer byrådets medlemmer til debatmøde om ældreplejen den 3. oktober kl. 17 i Ishøj Kulturhus. Der er sandwich og kaffe. Tilmelding til lokalafdelingen senest 28. september.

Med venlig hilsen
Sekretariatet, FOA""")

M("hu", """hej kim
jeg er en af dem der arbejder på aftenholdet på ishøjhus. har været sygemeldt med stress i 5 uger nu pga vagtplanen. jeg er medlem af FOA men tør ikke sige noget højt på arbejdet. kan du ikke gøre noget
anonym""")

M("", """Kære byrådsmedlemmer,

Ifølge kommunens egne tal er udgiften pr. plejeboligplads steget fra 512.000 kr. i 2022 til 571.000 kr. i 2025, mens antallet af beboere pr. nattevagt er steget fra 9 til 13. Jeg synes, I skylder borgerne en forklaring.

Mvh
Henning Rasmussen, pensioneret revisor""")

M("eh", """Kære Jens Vinding

Min mand Poul-Erik har Parkinson og har fået hjemmehjælp tre gange om ugen. Nu har visitationen skåret det ned til én gang, fordi der skal spares. Jeg er selv 81 og kan ikke løfte ham. Du lovede på valgmødet i Ishøj Bycenter, at ingen skulle miste hjælp. Hvad sker der?

Med venlig hilsen
Grethe Poulsen
Ishøj Strandvej 61""")

M("", """Hej Jens

Jeg hørte dig i Radio Ishøj i går sige, at hjemmeplejen ikke bliver ramt af besparelserne. Hvordan hænger det sammen med budgetforliget side 14, hvor der står 3,2 mio. kr. i reduktion på visitationen?

Venlig hilsen
Preben Holst""")

M("", """Til borgmesterens PA

Jeg vil gerne bede om et møde med borgmesteren om lukningen af Torslunde Skole. Jeg repræsenterer Torslunde Landsbyforening, og vi er tre personer, der gerne vil komme. Vi kan alle hverdage efter kl. 15.

Med venlig hilsen
Klaus Wermuth
Formand, Torslunde Landsbyforening""")

M("t", """Kære Mette Lindholm

Jeg kom til Danmark fra Somalia som 12-årig og gik selv på Torslunde Skole. Det var lærerne der, som fik mig til at tro på, at jeg kunne blive noget. I dag er jeg sygeplejerske. Luk ikke den skole.

Hilsen
Hodan Ali""")

M("", """Kære Mette Lindholm

Det er en myte, at den lille skole er dårligere fagligt. Torslunde Skole har i tre år haft kommunens højeste karaktergennemsnit i 9. klasse. Jeg håber, I læser kvalitetsrapporten, før I stemmer.

Mvh en bekymret bedstefar""")

M("b", """Kære borgmester,

Jeg skriver til dig som præst i Ishøj Kirke, men også som troende kristen og far til to børn på Torslunde Skole. Min tro lærer mig, at de svageste skal have mest, og det er de svageste børn, som mister mest ved en lukning.

Med venlig hilsen
Anders Kjær-Madsen""")

M("", """Kære borgmester

Menighedsrådet ved Torslunde Kirke vil gerne låne skolens gymnastiksal til julekoncerten som vi plejer, også hvis skolen lukker til sommer. Hvem skal vi kontakte?

Venlig hilsen
Menighedsrådet""")

M("e", """Hej Ahmad

Jeg er enlig far til tre og fik for nylig at vide, at min boligstøtte bliver sat ned med 900 kr. om måneden. Samtidig skal jeg nu betale for SFO, fordi pladsen i Torslunde forsvinder, og vi ikke har fået friplads i den nye. Jeg kan ikke få det til at hænge sammen.

Venlig hilsen
Michael Sandberg""")

M("", """Kære Ahmad Karimi

Tak for et godt og ærligt svar på vores spørgsmål om skolelukningen på fredagens borgermøde. Selv om vi er uenige, satte vi pris på, at du stillede op.

Med venlig hilsen
Ulla og Bent Grønkjær""")

M("hte", """Kære Jens Vinding

Min svigerfar, Mustafa Demir, er tyrkisk og taler næsten ikke dansk. Han bor på Ishøjhus efter sin blodprop. Personalet gør hvad de kan, men der er ingen, der kan tale med ham om aftenen, og han bliver bange og forvirret. Vi har spurgt om en tolk eller en tyrkisktalende medarbejder. Kan du hjælpe med at få det på dagsordenen?

Mvh
Lisbeth Demir""")

M("", """Kære Jens Vinding

Har kommunen en politik for brug af tolk på plejecentrene? Jeg skriver en opgave på SOSU-skolen om sprog og demens og vil gerne kende reglerne.

Venlig hilsen
Sara, elev""")

M("e", """Kære byrådsmedlem

Jeg har fået påbud om at betale 14.300 kr. tilbage i for meget udbetalt boligstøtte fra 2023. Jeg har ringet til Udbetaling Danmark, men de siger, det er kommunens sag. Jeg har ikke pengene og er bange for at blive sat ud. Kan I hjælpe mig med at finde ud af, hvem der kan?

Mvh
Yvonne Karlsen
Vejlebrovej 133, 2. tv.""")

M("", """Til Kim Hansen

Jeg er formand for Ishøj Pensionistforening. Vi vil gerne invitere dig til vores årsmøde den 12. marts, hvor emnet er ældreplejen. Kan du deltage?

Mvh
Jytte Frandsen""")

M("eh", """Kære borgmester

Jeg har skrevet til jer tre gange uden svar. Min bror, Henrik Lund, er udviklingshæmmet og bor på bostedet Lindegården. Nu vil kommunen flytte ham til et nyt tilbud i Brøndby, fordi det er billigere. Han har boet på Lindegården i 17 år, og det vil ødelægge ham. Jeg er hans værge og forventer et svar.

Karin Lund
værge""")

M("", """Hej Mette

Skal vi ikke få snakket om den lokalplan for Ishøj Landsby? Foreningen har et par bemærkninger til højdebestemmelserne, som vi gerne vil vende med dig, før høringsfristen.

Hilsen
Frank, Ishøj Landsbylaug""")

M("p", """Kære Mette Lindholm

Vi har vores hus på Torslundevej sat til salg og har en køber, som er betinget af, at skolen bliver. Lige nu holder han igen, indtil byrådet har stemt. Hvis skolen lukker, trækker han sig, og så står vi med to huse. Jeg siger det bare for at vise, hvad det betyder for helt almindelige familier.

Venlig hilsen
Jonas Brinck""")

M("", """Kære Mette Lindholm

Jeg er ejendomsmægler i Ishøj og kan se, at priserne i Torslunde er faldet efter forslaget om skolelukning. Jeg tænkte, at byrådet burde kende den tendens. Jeg kan sende statistik for de sidste 24 måneder.

Mvh
Anne-Mette Skov, Home Ishøj""")

M("s", """Kære Ahmad,

Min mand Steffen og jeg har to piger på Torslunde Skole. Vi flyttede hertil netop fordi skolen var lille og tryg, og fordi ingen har gjort nummer ud af, at de har to fædre. Vi er bange for, hvordan det bliver på en stor skole.

Hilsen
Rasmus Holt""")

M("", """Kære byrådsmedlemmer

Ishøj Regnbuenetværk holder Pride-fest på Ishøj Torv den 17. august. Vi vil gerne invitere jer alle til at gå med i optoget. Har nogen af jer lyst til at holde en kort tale?

Med venlige hilsner
Netværket""")

M("e", """hej jesper
jeg har været arbejdsløs i et halvt år og er på dagpenge. jeg søgte job som pædagogmedhjælper i torslunde sfo men nu lukker den jo. synes bare i skal vide at det er folk som mig der betaler når i lukker
mvh sofie n""")

M("h", """Kære borgmester

Min datter Alma har diabetes 1, og på Torslunde Skole kender alle lærerne hendes pumpe og ved, hvad de skal gøre, hvis hun får lavt blodsukker. På den store skole i Ishøj Landsby har jeg fået at vide, at de ikke kan love, at der altid er en voksen, der er oplært. Det er livsfarligt.

Med venlig hilsen
Mikkel Frost""")

M("", """Kære borgmester

Hvordan håndterer skolerne i Ishøj elever med diabetes og andre kroniske sygdomme? Er der en fælles instruks? Jeg spørger som sundhedsplejerske og bliver ofte spurgt af forældre.

Mvh
Kirsten Laugesen""")

M("b", """Kære Kim Hansen

Jeg er kristendemokrat og stemte på dig, fordi du sagde, du ville kæmpe for de små skoler. Nu kan jeg se, du stemte for lukningen. Det glemmer jeg ikke ved næste valg.

Ejvind Smed""")

M("", """Kære Kim Hansen

Du er Venstres spidskandidat, og Venstre gik til valg på nærhed. Hvordan passer lukningen af Torslunde Skole ind i det?

Med venlig hilsen
John Mortensen""")

M("hbe", """Kære Lone Brix

Det her er svært at skrive. Min mor, Ruth Abrahamsen, døde på Plejecenter Strandgården i sidste måned. Hun var dybt troende katolik og havde bedt om, at en præst fra Sankt Knud Lavard kom, når det blev tid. Nattevagten havde ikke tid til at ringe. Hun døde alene uden den sidste olie. Hun havde lungekræft, og vi vidste, det var tæt på, det stod i journalen.

Jeg vil ikke klage over de enkelte ansatte. Jeg vil have, at I gør noget ved normeringen.

Jens Abrahamsen""")

M("", """Kære Lone Brix

Må plejecentrene have besøg af præster og imamer om natten, hvis en beboer ønsker det? Jeg er frivillig i besøgstjenesten og får spørgsmålet en gang imellem.

Venlig hilsen
Else Dam""")

M("e", """Kære Jesper Bang,

Jeg vil gerne give dig et konkret eksempel på, hvad besparelserne på ældreområdet betyder. Min mormor, Edith Nørgaard, venter på en plejebolig. Hun har stået på listen i 7 måneder og bor alene i en lejlighed på 3. sal uden elevator. Hun får hjemmepleje to gange dagligt, men er alene resten af tiden.

Venlig hilsen
Mads Nørgaard""")

M("", """Kære Jesper Bang

Hvor lang er ventelisten til plejebolig i Ishøj lige nu, i gennemsnit? Og hvor mange står på den?

Tak på forhånd
Ole Krag""")

M("", """Fra: Kim Hansen
Til: Hovedpostkassen
Emne: VS: Skolebus fra Torslunde

Kan I svare på denne?
Kim

-----Oprindelig meddelelse-----
Hej Kim, hvornår kører skolebussen fra Torslunde efter sommerferien, når eleverne flyttes til Ishøj Landsby Skole? Og hvem betaler? Vi bor på Gadekærsvej.
Mvh Lene""")

M("he", """Fra: Mette Lindholm
Til: Hovedpostkassen
Emne: VS: Befordring for vores søn

Kan I svare på denne? Det er en konkret sag, så jeg har ikke svaret selv.
Mette

> Kære Mette,
> vores søn Viggo sidder i kørestol efter en ulykke og har hidtil kunnet rulle til Torslunde Skole, som ligger 300 m fra vores hus. Nu skal han til Ishøj Landsby Skole. Vi har søgt om kørsel med handicapbus, men har fået afslag. Kan du hjælpe?
> Venlig hilsen
> Nanna og Peter Juul""")

M("", """Fra: Mette Lindholm
Til: Hovedpostkassen
Emne: VS: spørgsmål

Kan I svare på denne?

> Hej, hvor kan man læse høringssvarene om skolestrukturen?
> mvh Kasper""")

M("u", """Kære Ahmad Karimi

Som lærer på Torslunde Skole og medlem af Danmarks Lærerforening vil jeg gerne dele min bekymring for, hvad der sker med kollegerne. Vi har fået at vide, at der ikke er garanti for, at alle bliver genplaceret. Jeg håber, du vil spørge ind til det i udvalget.

Mvh
Susanne Kirk""")

M("", """Kære Ahmad Karimi

Ishøj Lærerkreds har sendt et høringssvar om skolestrukturen, som vi håber, du vil læse. Det ligger på kommunens hjemmeside under høringer. Vi står gerne til rådighed for et møde.

Med venlig hilsen
Kredsformanden""")

M("", """kære borgmester jeg vil bare sige at det er en skandale at i lukker skolen. i har penge nok til det nye rådhus men ikke til vores børn. skam jer""")

M("t", """Kære Ahmad

Jeg er polsk og har boet i Ishøj i 11 år. Min datter lærte dansk på Torslunde Skole på to år, fordi klasserne er små. Jeg tror ikke, hun havde klaret det på en stor skole. Tænk også på os med andet sprog.

Venlig hilsen
Agnieszka Nowak""")

M("", """Kære Ahmad

Hvor mange tosprogede elever er der på Torslunde Skole i forhold til Ishøj Landsby Skole? Jeg har set tal, der siger 14 % mod 41 %. Passer det?

Mvh Torben Lyngby""")

M("h", """Kære Jesper Bang

Jeg er 74 og har KOL. Jeg tager bussen til lægen og til apoteket. Hvis I nedlægger 140'eren på Torslundevej, kan jeg ikke komme nogen steder. Jeg har ikke bil og kan ikke gå langt.

Med venlig hilsen
Hanne Blicher""")

M("", """Kære Jesper Bang

Er det korrekt, at linje 140 nedlægges fra køreplansskiftet i december? Og er der lavet en vurdering af, hvor mange passagerer der bliver berørt?

Mvh
Grundejerforeningen Torslunde Nord""")

M("e", """Kære Mette Lindholm

Jeg er førtidspensionist og er afhængig af bussen. Nu skal 140'eren nedlægges, og telebussen koster 25 kr. pr. tur. Det har jeg ikke råd til hver dag, så jeg bliver isoleret.

Hilsen
Bodil Kristiansen""")

M("bhe", """Hej Lone

Jeg skriver fordi jeg er veganer af etiske grunde, og min mor på Plejecenter Ishøjhus er det også. Hun har været det i 40 år. Men køkkenet kan ikke levere vegansk kost, og hun har tabt 6 kilo på tre måneder. Lægen er bekymret. Kan ældreudvalget se på det?

Mvh Sanne Wulff""")

M("", """Hej Lone,

Vil kommunen overveje at tilbyde vegetarisk mad som standard på plejecentrene en dag om ugen? Det er både sundere og billigere, og det er godt for klimaet.

Mvh Anja fra Ishøj Klimaforum""")

M("eu", """Kære Kim Hansen

Jeg blev fyret fra køkkenet på Plejecenter Strandgården i sidste uge, da madproduktionen blev lagt ud til et privat firma. Jeg har været der i 19 år. 3F siger, de vil se på sagen, men jeg vil gerne have, at byrådet ved, hvad udliciteringen koster for os, der mister jobbet. Jeg skal nu melde mig ledig.

Med venlig hilsen
Dorthe Vang""")

M("", """Kære Kim Hansen

Hvad har kommunen sparet ved at udlicitere madproduktionen til plejecentrene? Jeg vil gerne se regnestykket, inklusive omkostninger til fratrædelser.

Mvh
Erik Lindved, Ishøj Lokalavis""")

M("", """Kære borgmester

På vegne af Ishøj Lokalavis vil jeg gerne bede om en kommentar til lukningen af Torslunde Skole. Vi går i trykken torsdag kl. 12.

Med venlig hilsen
Mia Høst, journalist""")

M("s", """Hej Mette

Jeg er lesbisk og var lærer på Torslunde Skole i 15 år, nu pensioneret. Jeg har været åben om det hele tiden, og det har aldrig været et problem der. Jeg tror, det skyldes den lille skoles kultur. Det er endnu en grund til at bevare den.

Kærlig hilsen
Inge Bach""")

M("", """Kære Mette

Jeg har siddet i skolebestyrelsen på Torslunde Skole i seks år. Jeg vil bare sige tak for jeres indsats for at finde alternativer til lukningen, selv om det endte som det gjorde.

Med venlig hilsen
Christian Hald""")

M("eh", """Kære borgmester

Min søn på 15 blev anbragt på en døgninstitution i januar. Han har en svær angstlidelse og har ikke været i skole i et år. Han skulle efter planen starte i Torslunde Skoles specialklasse efter sommer, men den lukker også. Nu ved ingen, hvor han skal hen. Jeg er ved at gå i stykker.

Mor til Noah""")

M("", """Kære borgmester

Hvad sker der med specialklasserne på Torslunde Skole? Flyttes de samlet, eller fordeles eleverne? Jeg er lærer i en af klasserne og får mange spørgsmål fra forældrene.

Mvh
Ditte Rønnow""")
