"""corpus69, part a: dementia, plejehjem, hjemmehjælp and the people around them."""
from common import M

M("he", """Kære borgmester

Jeg skriver til dig, fordi jeg ikke ved, hvor jeg ellers skal gå hen. Min mor, Inger Lise Holm, fik konstateret Alzheimers for to år siden, og nu kan hun ikke længere være alene om natten. Hun har stået på ventelisten til en plejebolig siden august. Sidste uge fandt naboen hende ude på parkeringspladsen i natkjole klokken tre om natten.

Hendes cpr er [[140331-2186]], så I kan finde sagen. Jeg beder ikke om at hun springer nogen over, men jeg vil gerne vide hvor lang tid der reelt går.

Med venlig hilsen
Birgitte Holm
Vejlebrovej 41, 2635 Ishøj""")

M("e", """Hej Jens

Min far har i fem år fået hjemmehjælp til rengøring hver uge. Nu står der i et brev, at det bliver hver anden uge fra 1. marts. Han er 88 og bor alene på Ishøj Strandvej. Hvem har besluttet det, og kan man klage? Det er ikke fordi han er blevet bedre til at støvsuge.

Mvh Torben""")

M("", """Til Ishøj Plejecenter

Hvad er besøgstiderne i juledagene i år? Vi er en flok børnebørn der gerne vil komme og synge i fællesstuen den 23. om eftermiddagen, hvis det passer ind.

Venlig hilsen
Sofie (spejder, 2. Ishøj trop)""")

M("h", """hej

min mor får sin insulin af hjemmesygeplejen morgen og aften men tiderne svinger helt vildt, i går kom de først kl 11 og hun havde ikke spist. hun har type 2 diabetes og bliver rigtig dårlig hvis hun venter for længe. kan nogen kigge på det?

Mette, datter af Gudrun Sørensen""")

M("he", """Til formanden for Social- og Seniorudvalget

Min mand Erik har frontotemporal demens og går i demensdagcentret på Vildtbanevej tre dage om ugen. Det har reddet vores hverdag. Nu hører vi rygter om, at dagcentret skal lukke om fredagen. Jeg håber ikke det passer, for fredag er den dag jeg selv går til fysioterapi.

Venlig hilsen
Ruth Andersen""")

M("", """Kære udvalgssekretær

Jeg er journalist på Lokalavisen og er ved at skrive om demens i Vestegnskommunerne. Har I et tal for, hvor mange borgere i Ishøj der har en demensdiagnose, og hvordan det har udviklet sig siden 2015? Tal fordelt på aldersgrupper vil også være fint.

Med venlig hilsen
Kasper Lind, journalist""")

M("e", """Til borgerrådgiveren

Jeg vil klage over visitationen. Min svigerfar fik afslag på plejehjemsplads i december, og afgørelsen kom fire måneder efter at vi søgte. Ingen ringede, ingen svarede på mails. Jeg synes ikke man kan behandle en 91-årig mand sådan.

Venlig hilsen
Jannik Mortensen""")

M("hes", """Hej

Jeg er nok ikke den eneste der har det sådan, men jeg er ved at gå ned. Min mand Poul (vi blev gift i 2013, da det blev lovligt i kirken, men vi holdt det på rådhuset) har Parkinson og bor nu på Plejecentret Kærbo. Personalet kalder mig hele tiden "din bror" selvom jeg har sagt det mange gange. Kan I tage det op med ledelsen?

Hilsen
Henning Skov""")

M("", """Hej Center for Voksne og Velfærd

Findes der en oversigt over kommunens demensvenlige butikker? Jeg arbejder i Netto i Ishøj Bycenter, og vi vil gerne være med i ordningen.

Mvh Line, butiksleder""")

M("he", """Kære Helle

Tak for sidst til borgermødet. Som jeg fortalte, har min mor fået tildelt en plads på Torslundehuset efter sit tredje fald derhjemme, og hun har brækket hoften to gange på et år. Nu siger de at hun skal betale for vask af tøj oveni huslejen, og hun har kun folkepensionen. Er det virkelig rigtigt?

Venlig hilsen
Dorthe Kjær""")

M("", """Til hovedpostkassen

Jeg vil gerne høre om man kan få en rundvisning på et af kommunens plejecentre. Jeg skriver opgave på SOSU-skolen om velfærdsteknologi og vil gerne se loftlifte og vaske-toiletter i brug.

Med venlig hilsen
Amira, SOSU-elev 2. år""")

M("e", """Til direktionsassistenten, Velfærd

Vi har nu rykket tre gange for et svar på min mormors ansøgning om madordning. Hun er 94 og kan ikke længere stå ved komfuret. Ansøgningen blev sendt 4. september. Hendes personnummer er [[0907302384]].

Mvh
Lasse Frederiksen (barnebarn, med fuldmagt)""")

M("ht", """Hej Søren

Du kender måske min far fra Ishøj Cykelklub. Han kom hertil fra Bosnien i 1993 og har klaret sig selv hele livet, men nu er hans hukommelse væk. Lægen siger vaskulær demens. Han glemmer dansk og taler kun bosnisk med os nu. Vi prøver at finde en læge eller psykolog der kan tale med ham på hans eget sprog. Ved du om kommunen har nogen?

Emir""")

M("he", """Kære borgerrådgiver

Min far Ove er død den 2. februar på Plejecentret Kærbo. Han havde lungekræft og havde boet der i halvandet år. Jeg vil ikke klage over personalet, de var søde. Men hans sidste regning for husleje og forplejning er opkrævet for hele februar, og det virker forkert. Hvem skal jeg tale med?

Hilsen
Jytte""")

M("", """Til Social- og Seniorudvalget

Vi er fire pårørende på Ishøj Plejecenter afdeling C, som gerne vil stille forslag om en fælles pårørendeaften en gang i kvartalet. Kan forslaget komme på dagsordenen? Vi vil også gerne høre om der kan laves kaffe fra køkkenet den aften.

Venlig hilsen
Pårørenderådet, afd. C""")

M("e", """hej alle sammen i byrådet

i har skåret hjemmehjælpen ned til min mor igen og nu får hun kun bad en gang om ugen. det er ikke værdigt. hun har været sosu-hjælper selv i 30 år og ved godt hvad det betyder. skam jer

hilsen en vred datter""")

M("heb", """Til lederen af Plejecentret Birkelund

Min far Bernhard Kowalski, som bor hos jer på afdeling 2, har demens i svær grad. Han har været katolik hele sit liv og plejer at gå til messe i Sankt Knud Lavards kirke om søndagen. Han beder stadig rosenkransen om aftenen, selv om han ikke kan huske vores navne. Kan I hjælpe med at han får besøg af en katolsk præst en gang om måneden?

Venlig hilsen
Agnieszka Kowalski-Nielsen""")

M("", """Hej

Hvornår er der indflytning i det nye plejecenter ved Ishøj Landsby? Jeg har læst at byggeriet er forsinket. Spørger bare fordi jeg bor lige overfor og gerne vil vide hvornår kranerne forsvinder.

Mvh Preben""")

M("he", """Kære formand for Ældrerådet

Min kone og jeg har været gift i 54 år. Hun fik en blodprop i hjernen i maj og er nu lam i højre side. Hun bor på midlertidig plads på Akutpladserne og skal vist snart visiteres til plejebolig. Jeg vil bare sige at hun helst vil tæt på Strandparken, så jeg kan gå derover med min rollator.

Med venlig hilsen
Knud Aage Petersen""")

M("", """Til hjemmeplejen

Jeg skriver på vegne af Ishøj Boligselskab, afdeling Vejleåparken. Vi skal skifte dørtelefoner i blok 12-16 i uge 41 og 42. Jeres medarbejdere kan ikke bruge de gamle nøglebrikker i den periode, så kontakt venligst ejendomskontoret på 43 54 21 09 for midlertidige koder.

Mvh
Ejendomsmester Kim Thorsen""")

M("eu", """Hej Bente

Jeg er FOA-tillidsrepræsentant for hjemmeplejen i distrikt Syd, men jeg skriver som privatperson. Min egen mor har fået hjemmehjælp via et privat firma, fordi hun valgte fritvalgsleverandøren. Nu er firmaet gået konkurs og hun har ikke fået hjælp i ni dage. Hvad gør kommunen for de borgere?

Hilsen Susanne""")

M("h", """Hej Center for Sundhed

Min mand er i gang med lindrende behandling for sin kræft og kan ikke længere gå ned til Sundhedshuset. Kan I fortælle mig om hjemmesygeplejen kan tage blodprøverne hjemme hos os i stedet?

Venlig hilsen
Aase Jørgensen""")

M("", """Til borgmesterens sekretariat

Ishøj Seniorkor vil gerne synge for beboerne på alle tre plejecentre i december. Vi er 22 sangere. Hvem skal vi kontakte for at aftale tider, og må vi bruge centrenes klaver?

Med venlig hilsen
Gitte Ravn, formand for Ishøj Seniorkor""")

M("he", """Hej

Far fik sin demensdiagnose i fredags. Hvad sker der nu, skal vi selv søge hjemmehjælp eller gør lægen det? Han klarer sig ok om dagen men glemmer at spise. Vi vil gerne have den madordning hvor maden bliver bragt ud.

Hilsen fra en forvirret søn
Mikkel""")

M("ets", """Til borgerrådgiveren

Min kone Lene og jeg — ja, vi er to kvinder, det har vi været i 40 år — bor begge på Plejecentret Strandhaven, men på hver sin afdeling. Vi har søgt om at få en dobbeltbolig i snart et år. Vi har fået at vide at der ikke er nogen, men et heteroseksuelt par flyttede ind i en i sidste måned. Jeg vil gerne vide hvorfor.

Venlig hilsen
Karen Bjerre""")

M("", """Hej

Jeg er pensioneret sygeplejerske og vil gerne være frivillig besøgsven for ensomme ældre. Hvordan kommer man i gang? Jeg har tid om tirsdagen og torsdagen.

Hilsen
Lis Mogensen""")

M("he", """Kære Kim

Jeg ville spørge, om det er muligt at få et nødkald hjem til min mor. Hun faldt i badeværelset sidste weekend og lå der i fire timer før min bror fandt hende. Hun har knogleskørhed og slog hovedet. Vi har søgt om det hos visitationen, men de siger ventetiden er lang.

Hanne""")

M("he", """Kære direktør for Voksne og Velfærd

Jeg skriver som søster til Jørgen Bach, der bor på bostedet på Ishøj Boulevard. Han har Downs syndrom og er nu 62 år, og han er begyndt at få demens, som mange med Downs desværre gør. Bostedet siger at de ikke kan klare ham længere. Hvad er planen for ham? Vi er meget bekymrede.

Med venlig hilsen
Inge Bach""")

M("eb", """Hej Center for Voksne og Velfærd

Min farmor bor på Plejecentret Kærbo og får sin mad fra centrets køkken. Hun er muslim og spiser kun halal. De sidste to uger har hun fået frikadeller til aftensmad og har så bare spist brød. Personalet siger at det er en fejl hos køkkenet. Kan I rette det?

Mvh Yasmin""")

M("", """Til Social- og Seniorudvalget

Er det muligt at se den demensstrategi som blev vedtaget i 2022? Jeg er med i en læsekreds for pårørende, og vi vil gerne diskutere den. Vi mødes på biblioteket.

Hilsen
Kirsten""")

M("he", """Til borgerrådgiveren

Jeg vil gerne have hjælp til en klage. Min mor, Else Marie Thygesen, cpr [[210729-1358]], har haft en urinvejsinfektion i tre uger som ingen på plejecentret opdagede, fordi hun ikke kan sige hvor det gør ondt. Hun endte med at blive indlagt med blodforgiftning. Jeg vil vide hvem der har ansvaret.

Med venlig hilsen
Pia Thygesen""")

M("e", """Kære Lars

Jeg er 84 og bor alene. Kommunen har sagt at jeg ikke længere får hjælp til indkøb, fordi jeg kan bestille på nettet. Jeg har ingen computer og ingen smartphone. Hvad skal jeg gøre? Min søn bor i Aarhus.

Venlig hilsen
Gerda Olsen
Tlf. 43 73 18 26""")

M("", """Til hovedpostkassen

Jeg sælger en brugt plejeseng (elektrisk, 2019-model) og vil høre om kommunens hjælpemiddeldepot er interesseret. Den står i min garage i Ishøj Landsby.

Mvh
Brian""")

M("hue", """hej helle

jeg er gammel 3F'er og har været medlem siden 1971, og nu har jeg fået at vide at jeg har KOL i slutstadiet. jeg har brug for ilt hjemme. jeg har ikke kræfter til at ringe rundt. fagforeningen siger det er kommunen. er det jer?

Bent""")

M("", """Hej Jens

Jeg har set på budgettet for ældreområdet for næste år. Det ser ud til at hjemmeplejen skal spare 4 millioner. Hvordan passer det med valgløftet om bedre ældrepleje? Det må du gerne svare på.

Venlig hilsen
Morten Hedegaard""")

M("he", """Kære borgmester

Min svigermor blev udskrevet fra Hvidovre efter en blodprop med besked om at hjemmeplejen ville komme tre gange om dagen. De kom ikke den første aften. Hun lå i sengen i sin egen urin til morgen. Hun hedder Kirsten Madsen, født [[030438 1642]].

Jeg vil have en forklaring.

Thomas Vinther""")

M("e", """Hej,

Kan man flytte sin mor fra et plejehjem i Brøndby til et i Ishøj? Hun bor på Brøndbyvester Plejecenter nu men hele familien bor i Ishøj. Vi har søgt, men hører ikke noget.

Mvh Lone""")

M("", """Til udvalgsformanden for Sundhed

Jeg har et spørgsmål om hvorvidt der er planer om en demenskoordinator mere. I 2019 var der to, i dag er der kun én til hele kommunen. Det er en politisk prioritering jeg gerne vil have forklaret.

Med venlig hilsen
Villy Dam, Ældresagen Ishøj""")

M("hse", """Hej Anne

Du mødte min mand Torsten ved indvielsen af mindeparken. Han har fået ALS og kan ikke længere synke. Jeg passer ham hjemme, og vi har fået bevilget en hjemmeplejer om natten. Men nu er natteplejen flyttet til et andet team, og de er ikke oplært i hans sonde. Jeg er bange for at miste ham før tid.

Kærlig hilsen
Bjarne""")

M("", """Kære Center for Voksne og Velfærd

Hvad koster det at bo på plejehjem i Ishøj i 2025, altså husleje og serviceydelser? Vi vil gerne planlægge lidt, min kone og jeg er begge midt i 70'erne og raske, men man ved jo aldrig.

Venlig hilsen
Finn""")

M("het", """Til hjemmeplejen, gruppe Nord

Min mor er fra Pakistan og taler kun punjabi. Hun har fået ny hjemmehjælper som ikke kan forstå hende, og i går fik hun ikke sin smertestillende medicin fordi hjælperen troede hun sagde nej. Hun har slidgigt i begge knæ. Kan I sende den gamle hjælper igen, hun kunne lidt urdu.

Mvh
Farah""")
