"""Part F: non-native writers - newcomers, refugees, families from abroad, plain or broken Danish."""
from common import M

M("te", """
Hej

Jeg hedder Fatima og jeg er fra Syrien. Jeg kom som flygtning i 2016 med mine 3 børn. Nu min integrationsydelse er stoppet og jeg ikke forstår brevet. Kan nogen ringe til mig på arabisk?

cpr [[120386-2614]]
tlf 28 91 44 07
""")

M("", """
Hej, har kommunen tolk på arabisk til møder i Jobcentret? Hvordan bestiller man det?
""")

M("t", """
Hello / Hej

Jeg er filippinsk og arbejder som au pair hos en familie på Ishøj Strandvej. Jeg vil gerne lære dansk gratis. Hvor kan jeg melde mig til danskuddannelse?

Maria Santos
""")

M("", """
Hej, hvor mange timers danskuddannelse er gratis, og hvad koster det bagefter? Spørger for en ven der lige er flyttet hertil.
""")

M("tb", """
God dag

Jeg er sikh fra Punjab i Indien. Jeg skal starte som buschauffør hos Movia i Ishøj og skal bære turban. Kommunen har sagt at jeg må, men jeg vil gerne have det på skrift fordi jeg skal køre skolebus.

Tak
Gurpreet Singh
""")

M("", """
Hej, hvornår holder Ishøj Moské åbent hus i december? Vores skoleklasse vil gerne besøge den.
""")

M("teh", """
Hej

Min mor kom fra Vietnam i 1979 som bådflygtning. Nu er hun 82 og har fået demens og glemmer at tale dansk. Plejecentret har ingen der taler vietnamesisk. Kan hun få en tolk med i hjemmeplejen?

Mvh
Linh Tran Hansen
""")

M("", """
Hej, jeg er nyansat i hjemmeplejen. Har kommunen en politik for brug af tolk hos borgere der ikke taler dansk?
""")

M("tu", """
Hej

Jeg er rumæner og arbejder på byggeriet ved Ishøj Station. Jeg er meldt ind i 3F, og de siger kommunen skal vide at firmaet ikke betaler overenskomst. Hvem skal jeg skrive til?

Ion Popescu
""")

M("", """
Hej

Har kommunen en kontrol af om underentreprenørerne på kommunens byggerier overholder overenskomsterne? Jeg spørger som borger.
""")

M("tb", """
Kære Gildbroskolen

Min søn Omar skal faste i ramadanen til foråret, vi er muslimer fra Marokko. Han er 12. Er det i orden at han ikke er med til idræt de dage?

Med venlig hilsen
Rachid El Amrani
""")

M("", """
Hvordan håndterer skolerne i Ishøj børn der faster i ramadanen? Er der en fælles retningslinje? Jeg skal skrive et læserbrev.
""")

M("te", """
hej kommune
jeg er fra Eritrea. jeg har fået et brev om at jeg skylder penge for boligstøtte. jeg forstår ikke hvorfor. jeg arbejder på rengøring og får ikke meget løn.
Tesfay
[[010190 1731]]
""")

M("", """
Hej

Jeg har fået et brev om "opholdskort" og der står nr. 0302991187. Hvor skal jeg bruge det nummer? Er det til kommunen eller politiet?
""")

M("t", """
Hej

Vi er en polsk familie og vores søn Jakub på 6 år skal starte i skole. Han taler ikke meget dansk endnu. Kan han få modtageklasse?

Venlig hilsen
Agnieszka Wójcik
""")

M("", """
Hej, har skolerne i Ishøj stadig modtageklasser, eller bliver børnene sendt direkte i almindelige klasser nu?
""")

M("tse", """
Hej

Jeg kom fra Iran for 5 år siden fordi jeg er homoseksuel, det er farligt der. Nu bor jeg med min mand Daniel i Ishøj. Jeg er på kontanthjælp og vil gerne have en mentor fra jobcentret.

Reza Karimi
cpr [[280888 3349]]
""")

M("t", """
Hej Kulturhuset

Vi er en forening af ghanesere i Ishøj og vi vil gerne låne salen til en julefest med afrikansk musik den 27. december. Hvad koster det?

Kwame Mensah, formand
""")

M("", """
Hej, kan private foreninger låne Kulturhuset gratis hvis det er en almennyttig forening? Hvilke krav er der?
""")

M("tb", """
Hej

Jeg er ukrainer og ortodoks kristen. Vi holder jul den 7. januar. Kan mine børn få fri fra skole den dag?

Med venlig hilsen
Iryna Shevchenko
""")

M("", """
Hvorfor holder nogen jul den 7. januar? Min datter spurgte efter en klassekammerat fortalte det. Er der nogen materialer om det til forældre?
""")

M("th", """
Hej

Jeg er fra Afghanistan og min datter på 9 har diabetes type 1. Skolen ringer hver gang hun har lavt blodsukker. Kan skolen få nogen der kan hjælpe hende med insulin?

Mvh
Gul Ahmadi
""")

M("", """
Hej sundhedsplejen, hvordan håndterer skolerne børn med type 1 diabetes generelt? Findes der en vejledning?
""")

M("tp", """
Hej

Jeg er fra Pakistan og vil købe et hus i Ishøj Landsby. Jeg har givet bud og sælger har sagt ja med forbehold for advokat. Kan jeg se byggesagen for huset på Ishøj Landsby 22?

Mvh
Imran Aslam
""")

M("", """
Hej, hvordan får man aktindsigt i byggesagen for en ejendom i Ishøj? Er det gratis?
""")

M("te", """
Hej

Jeg er tyrkisk og har en lille frisørsalon i Ishøj Bycenter. Jeg skylder skat og moms fordi corona lukkede alt, og nu vil kommunen inddrive ejendomsskatten for min lejlighed også. Kan jeg få en afdragsordning?

Mvh
Ayşe Demir
""")

M("", """
Hej

Jeg har fået et brev fra Skattestyrelsen med reference 0911872045. Er det noget kommunen kan hjælpe med at læse?
""")

M("t", """
Hej, i min klasse er der en der kalder mig "perker" hver dag fordi min far er fra Libanon. læreren gør ikke noget. hvad kan jeg gøre? - Karim 8.b
""")

M("", """
Hej, hvad er kommunens antimobbestrategi for skolerne? Vi vil gerne diskutere den i skolebestyrelsen.
""")

M("tbe", """
Hej

Jeg er somalisk og bærer tørklæde pga. min tro. Jobcentret har sendt mig i praktik i en butik hvor jeg ikke må have det på. Må de det? Jeg er på kontanthjælp.

Mvh
Hodan Ali
[[130595–3120]]
""")

M("", """
Hej

Hvad er reglerne for religiøse symboler på arbejdspladser i kommunen? Er der forbud mod tørklæder for medarbejdere?
""")

M("t", """
Hej

Jeg er rom og har oplevet at blive nægtet adgang til svømmehallen fordi vagten sagde "jeres slags stjæler". Jeg vil klage over det.

Stefan Lakatos
""")

M("tu", """
Hej

Jeg er fra Litauen og arbejder som chauffør. Jeg er medlem af Krifa. Jeg har spørgsmål om kommunens krav til vinterdæk på taxier. Hvem kan svare?

Tomas
""")

M("", """
Hej, hvilket krav har kommunen til vinterdæk på taxier og Flextur-biler?
""")

M("tu", """
Kære Hanne

Jeg kender dig fra FOA-mødet. Jeg er også FOA og arbejder på Kærbo. Jeg er fra Thailand og mange kollegaer fra Thailand og Filippinerne vil gerne have dansk på jobbet. Kan byrådet give penge til det?

Sunisa
""")

M("", """
Hej

Hvor mange medarbejdere i Ishøj Kommunes ældrepleje har en anden etnisk baggrund end dansk? Det er til en artikel.

Venlig hilsen
Lokalavisen
""")

M("ts", """
Hej Sundhedsplejen

Vi er to mødre, jeg er fra Brasilien og min kone er dansk. Vores søn er 4 måneder. Kan sundhedsplejersken tale engelsk eller portugisisk når hun kommer?

Mvh
Camila Rocha
""")

M("", """
Hej, taler sundhedsplejerskerne i Ishøj andre sprog end dansk? Spørger for min svigerinde.
""")

M("t", """
Hej

Jeg hedder Nguyen og mine forældre er fra Vietnam. Jeg vil gerne starte en forening for unge vietnamesere i Ishøj. Hvordan får man foreningstilskud?
""")

M("", """
Hej

Hvordan stifter man en forening og får tilskud fra Ishøj Kommune? Hvor mange medlemmer skal man have?
""")

M("tb", """
Hej borgmester

Jeg er jøde og min familie kommer oprindeligt fra Polen. Vi vil gerne tænde en stor chanukka-lysestage på Ishøj Torv i december sammen med kommunens juletræ. Er det muligt?

Venlig hilsen
Daniel Rosenberg
""")
