"""corpus9 part c: citizens writing Danish as a second language.
Grammar slips, V2 word-order errors, simple words, an English word now and then."""
from common import M

M("te", """
Hej. Jeg hedder Ahmad, jeg kommer fra Afghanistan for 4 år siden. Jeg får
integrationsydelse og min lejlighed er for dyr, jeg betaler 6.800 om måned. Kan I
hjælpe mig finde billig bolig? Tak for hjælp
""")

M("h", """
Goddag

Min mand har sukkersyge og han skal til øjenlæge, men vi ikke forstår brevet fra
kommune om kørsel. Hans cpr er [[040562-1793]]. Kan vi få tolk når han ringer?

Venlig hilsen Fatma
""")

M("", """
Hello, sorry my Danish is not so good. Hvornår er genbrugsstation åben i weekend?
Tak
""")

M("t", """
Hej. Jeg er polsk og arbejder som chauffør i Danmark i 9 år. Jeg bor i Ishøj. Må
jeg stemme til kommunalvalg, eller kun dansk folk? Mvh Piotr
""")

M("b", """
Hej

Min søn går med patka fordi vi er sikh. Nogle store drenge i skolen trækker i den
og griner, og lærer siger "det er bare leg". Det er ikke leg for os. Hvem jeg skal
snakke med?

Harpreet Singh
""")

M("", """
Hej, er det muligt at få danskundervisning om aftenen? Jeg arbejder om dagen på
hotel. Mvh Olena
""")

M("h", """
Hi, my wife she is pregnant, baby come in August. Hun har også højt blodtryk og
lægen siger hun skal hvile meget, hun må ikke gå på trapper. Vi bor 4. sal uden
elevator. Can kommune help with other apartment?
Best regards Kwame
""")

M("st", """
Hej

Jeg er fra Iran og jeg er homoseksuel. I mit land det er farligt, derfor jeg er
flygtet. Nu jeg bor i Ishøj i en lejlighed med to andre mænd fra Iran, og de
ved det ikke. Jeg vil gerne flytte alene. Kan kommune hjælpe? Please ikke skrive
til min adresse.
""")

M("", """
Hvor kan jeg få hjælp til at udfylde skat papir? Jeg forstår ikke
forskudsopgørelse, der er mange ord. Er der hjælp på biblioteket?
""")

M("e", """
Hej jeg har fået brev at jeg skal betale tilbage 12.000 kr. boligstøtte fordi min
søn har boet hos mig. Jeg har ikke så mange penge, kun min løn fra kantine. Kan jeg
betale lidt hver måned?
Mit cpr nummer [[1709851127]]
""")

M("t", """
Goddag. Vi er romaer fra Rumænien og min familie bliver altid stoppet af vagter i
bycenter, også min datter på 10 år. Vi gør ikke noget. Kan kommune snakke med
bycenter?
""")

M("tb", """
Hej børnehave-leder og kommune

Vi er ortodokse kristne fra Etiopien, og vi faster før påske. Derfor mit barn
spiser ikke kød, mælk eller æg i 55 dage. Jeg har sagt til pædagog, men han får
stadig frikadeller. Venligst hjælp.

Tigist
""")

M("", """
Can I pay the parking fine online? Bødenummer 2403250098. Tak.
""")

M("he", """
Jeg har haft ulykke på byggeplads, min hånd er knust og jeg har tre operation.
Nu jeg er på sygedagpenge, men sagsbehandler siger jeg skal i virksomhedspraktik.
Jeg kan ikke holde noget i hånden! Hvordan jeg klager?
Marek
""")

M("u", """
Hej. Jeg er medlem i 3F men jeg forstår ikke hvorfor jeg skal betale både til
a-kasse og fagforening. Er det kommune der bestemmer det? Tak
""")

M("", """
Hej, min søn starter skole i august. Hvilken skole vi hører til? Vi bor Ishøj
Strandvej 40. Tak
""")

M("ts", """
Hej

Jeg er fra Thailand og min kone er dansk, hun hedder Susanne. Vi er to kvinder og
vi er gift siden 2022. Nu vi vil gerne adoptere et barn. Hvor vi starter?

Venlig hilsen Malee Jørgensen
[[300887–2154]]
""")

M("h", """
Goddag. Jeg har fået brev om mammografi, men jeg har allerede fået fjernet begge
bryst efter kræft i 2021. Venligst fjern mig fra listen, det er trist hver gang.
Nasrin Hosseini, [[100770-2846]]
""")

M("", """
Jeg vil gerne åbne lille frisørsalon i Ishøj. Hvad skal jeg bruge af tilladelse
fra kommune? Jeg har lokale på Ishøj Torv.
""")

M("e", """
Hej. Min mand er gået fra mig og han har taget alle penge fra konto. Jeg har 3 børn
og ingen arbejde. Hvad gør jeg nu? Jeg er meget bange.
Leyla
""")

M("p", """
Hej, vi vil købe lille hus i Ishøj Landsby, vi har fået ja fra bank, men ejer vil
have mere penge end vi tilbød. Er der noget vi skal vide om jordforurening på
grund før vi siger ja? Adressen er Landsbygaden 31.
""")

M("b", """
Min datter bærer tørklæde fordi vi er muslimer, og hun har fået nej til job som
medhjælper i børnehave. Lederen sagde "det passer ikke til os". Er det lovligt i
kommune?
""")

M("", """
Hvornår er moskeen på Industrivej åben for besøg af skoleklasse? Jeg er lærer på
sprogskole og vil gerne vise mine elever.
""")

M("he", """
Min søn er autist og han taler ikke. Han skal begynde i specialklasse efter
sommer, men vi har ikke fået svar på hvilken skole. Han har brug for at forberede.
Hvem vi kan ringe?
""")

M("e", """
Jeg har været hjemløs i 5 måneder, sover hos min fætter på gulv. Jeg behøver adresse
for at få job. Kan kommune give mig adresse?
Cpr: [[281190–3349]]
""")

M("t", """
Min far er palæstinenser og min mor er fra Libanon, og i skolen de siger min søn er
"araber" som et grimt ord. Læreren hører det og gør ingenting. Jeg vil klage.
""")

M("", """
Hej, jeg kommer til Danmark i september for arbejde som ingeniør. Hvordan jeg får
CPR nummer, og skal jeg komme selv i Borgerservice?
""")

M("u", """
Hej. Jeg er ingeniør og medlem af IDA. De siger jeg kan få gratis advokat hjælp
med min lejekontrakt, men de siger også kommune har en klageinstans. Hvad er
rigtigt?
""")

M("h", """
Jeg har ondt i hovedet hele tiden og kan ikke sove efter krigen, lægen siger PTSD.
Kan jeg få psykolog på arabisk eller engelsk i kommune?
""")

M("", """
Tak for hjælpen med min ansøgning om at få dansk kørekort. Damen i Borgerservice
var meget sød og tålmodig. Thank you!
""")

M("", """
Hej. Hvornår udbetales børnepenge i juli? Er det samme dato for alle familier?
Amina
""")

M("he", """
Min mor hun er gammel og glemmer alt, lægen siger demens. Hun bor alene og glemmer
at spise. Hun skal have hjemmehjælp tror jeg. Hvordan søger vi?
Navn: Zeynep Aydın [[010250 1618]]
Jeg er datter: Elif Aydın [[120878 2210]]
""")

M("", """
Hvorfor skal jeg betale for affald to gange? Faktura for 1. kvartal og 2. kvartal
har samme nummer 0104251133. Please check.
""")

M("tb", """
Hej. Vi er tamiler fra Sri Lanka og vi er hinduer. Vi vil gerne låne et lokale i
medborgerhus til Pongal fest i januar, ca. 60 personer. Er det muligt og hvad
koster?
""")

M("p", """
Hej. Jeg vil sælge min andelslejlighed i Ishøj Park. Der er en køber fra
venteliste, men foreningen skal godkende pris først. Skal jeg sige noget til
kommune? Mit cpr [[070878-0559]]
""")

M("", """
Hej. Kan jeg få hjælp til at læse breve fra kommune? Mit dansk er ikke så godt
endnu, og e-Boks er svær.
""")

M("", """
Please send me the English version of the letter about school registration. Thank
you very much.
""")

M("s", """
Hej

Min kæreste Jonas og jeg vil gerne flytte sammen i en lejlighed, men i min familie
det er ikke okay at være bøsse, så jeg vil ikke have mine forældre får brev fra
kommune på min adresse. Kan I sende kun digitalt?

Karim
""")

M("p", """
Hej. Vi er ved at sælge vores rækkehus på Gildbrovej, køber vil have overtagelse
1. juni, men vi har ikke fundet ny bolig endnu og ikke skrevet under. Kan vi stadig
ændre dato? Hvem i kommune ved det?
""")

M("", """
Hvad er åbningstider for Borgerservice på fredag? Jeg skal hente mit nye pas.
""")

M("th", """
Hej. Jeg er fra Syrien. Min søn har astma og vores lejlighed har skimmelsvamp i
soveværelse. Udlejer gør ikke noget i 6 måneder. Lægen siger det er dårligt for
ham. Kan kommune komme og se?
""")

M("tu", """
Jeg arbejder med rengøring og er medlem af Serviceforbundet. Min chef siger
hele tiden ting om min hudfarve, "du er for mørk til at man kan se om du er
færdig". Kan kommune gøre noget? Min fagforening siger jeg skal skrive ned.
""")

M("", """
Har kommunen tolk på ukrainsk til forældremøder i skolen? Der er mange forældre
som spørger.
""")

M("b", """
Jeg er buddhist og vil gerne vide om der er plads på kirkegården i Ishøj til urne
uden kors. Det er for mig selv senere. Tak.
""")

M("e", """
Min søn har fået dom for tyveri og skal afsone med fodlænke. Kan han stadig bo
hjemme hos os i lejlighed? Udlejer siger nej.
""")

M("", """
Hej, jeg søger job som pædagogmedhjælper. Hvor jeg sender ansøgning? Jeg har
erfaring fra Ukraine og Polen.
""")

M("t", """
Jeg er serber og har boet i Danmark i 20 år. Jeg vil gerne have rigtig stavning af
mit navn med ć i folkeregister, det står forkert. Dragana Petrović [[190961\u00a02214]]
""")

M("t", """
Vi er vietnamesere, min mor taler ikke dansk. Hun har fået bøde for affald i forkert
container, men hun forstod ikke skilt. Kan I lave skilt med billeder?
""")

M("", """
Jeg læser at 40 procent i Ishøj har anden etnisk baggrund end dansk. Er det rigtigt?
Jeg skriver opgave på sprogskolen om kommunen.
""")

M("e", """
Jeg er enlig mor og får særligt børnetilskud, men nu de stopper det fordi de tror
jeg bor med en mand. Det er ikke rigtigt! Han er min bror og han besøger kun.
""")

M("u", """
Hello. Jeg er medlem af Dansk Metal og arbejder på værft i Køge. Jeg vil gerne vide
om kommune har kursus i dansk for håndværkere om aftenen. My union pays half.
""")

M("st", """
Hi. I am gay man from Brazil, moved to Ishøj with my husband Daniel last year. Vi
leder efter en sportsklub der er "LGBT friendly". Do you know any? Tak! Rafael
""")

M("", """
Hej, hvordan jeg skifter læge? Min læge er flyttet til Hvidovre og det er langt.
""")

M("p", """
Min bror og jeg har arvet kolonihavehus efter vores far. Vi vil sælge det, og en
mand fra Sverige vil købe, men haveforeningen siger prisen er for høj. Må
foreningen bestemme det?
""")

M("b", """
Hej. Vi er ahmadiyya-muslimer og vi vil gerne lave en blodindsamling sammen med
Røde Kors i vores forening. Må vi stå på pladsen ved rådhuset en lørdag?
Mvh Naseer Ahmad
""")
