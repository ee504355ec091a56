"""corpus59 part c: the citizen advisor (borgerrådgiveren): complaints across many
topics, long letters, CPR numbers in many formats."""
from common import M

M("ehs", """
Til borgerrådgiveren

Jeg vil klage over flere ting på én gang, for jeg er ved at give op.

1) Jobcenteret har flyttet min samtale tre gange uden at sige det til mig. Sidste gang
sad jeg og ventede i en time.
2) Min sygedagpengesag er gået i stå. Jeg har haft angst og depression siden marts og
min læge har skrevet det i to attester.
3) Da jeg ringede, spurgte sagsbehandleren om "min kone" kunne hjælpe mig. Jeg har
en mand, Rasmus. Jeg er selv mand. Det står i alle mine papirer.

Mit cpr er [[140879-2315]].

Venlig hilsen
Kristoffer Nørgaard
""")

M("", """
Kære borgerrådgiver

Jeg vil gerne vide hvordan man klager over en afgørelse om byggetilladelse. Det er ikke
mig selv, jeg skriver en artikel til grundejerforeningens blad om klageadgang generelt.

Venlig hilsen
Redaktionen, Grundejerbladet Ishøj Syd
""")

M("e", """
Hej

Jeg klager over at min søn er blevet anbragt uden at jeg har fået aktindsigt i
underretningerne. Jeg har bedt om det tre gange. Sagsbehandleren svarer ikke og min
advokat siger det er ulovligt.

Mor til Noah, 9 år
CPR [[2304884062]]
""")

M("pb", """
Til borgerrådgiveren

Vi er Jehovas Vidner og har i mange år holdt møder i vores eget hus. Nu vil vi sælge og
flytte til en lejlighed, og en køber har givet et bud, men kommunen har ikke svaret på
om kælderen er godkendt til beboelse. Handlen ligger stille. Vi har ventet i 9 uger.

Med venlig hilsen
Jens og Birgit Toft
""")

M("", """
Hej borgerrådgiver

Er det jer man kontakter hvis man er utilfreds med at der ikke er nok personale på
plejecentrene i Ishøj generelt? Jeg har ingen pårørende der bor der, jeg synes bare
det er for dårligt.

Hilsen Arne fra pensionistforeningen
""")

M("tu", """
Klage over behandling i Borgerservice

Jeg kom for at forny mit pas. Medarbejderen sagde højt "I sorte kan jo aldrig finde
jeres papirer". Jeg er født i Ghana men dansk statsborger. Jeg har talt med min
fagforening, HK, og de siger jeg skal klage her først.

Kwame Mensah
Tlf. 31 45 22 09
""")

M("he", """
Kære borgerrådgiveren

Jeg skriver på vegne af min søster Lene (fuldmagt vedhæftet). Hun er udviklingshæmmet og
bor på et bosted i Ishøj. Hun er blevet slået af en anden beboer to gange, og personalet
har ikke sagt det til familien. Hendes cpr er [[300172–1148]].

Venlig hilsen
Søren Vang
""")

M("", """
Hej

Hvor lang er sagsbehandlingstiden for klager hos jer? Og kan man være anonym? Jeg har
ingen sag endnu, jeg vil bare vide det.

Mvh
""")

M("sb", """
Til borgerrådgiveren

Jeg er transkvinde og lesbisk og jeg blev nægtet adgang til omklædningsrummet i Ishøj
Svømmehal. Jeg vil også nævne at min kæreste Mette, som er præst i folkekirken, blev
mødt med spørgsmålet "hvad siger din kirke til det?" ved samme lejlighed. Det er ikke
personalets opgave.

Venlig hilsen
Alex (hun/hende)
""")

M("ep", """
Klage over manglende svar

Jeg har søgt om dispensation til at sælge mit hus før tiden, fordi jeg har fået en
plads i en ældrebolig fra 1. januar. Der er en køber som venter, men han trækker sig
hvis ikke han hører noget inden jul. Kommunen har ikke svaret i 6 uger.

Elly Jacobsen
Cpr. nr. [[0505410628]]
""")

M("", """
Kære borgerrådgiver

Jeg vil rose Center for Voksne og Velfærd. Den medarbejder der hjalp mig med at forstå
reglerne om tilskud til briller var meget venlig. Tak.

Venlig hilsen
Inger Hald
""")

M("bt", """
Til borgerrådgiveren

Min mand og jeg er ortodokse jøder. Vores dreng fik svinekød i børnehaven selvom vi har
skrevet på tilmeldingen at han kun spiser kosher. Lederen sagde at "det er svært at
huske alle de specielle". Vi vil klage over det.

Venlig hilsen
Rachel Weinberg
""")

M("hue", """
Emne: Klage – flere ting

Hej. Jeg har flere klager:
- Jobcenteret vil sende mig i praktik selvom jeg har en hjerneskade efter en ulykke
  og ikke kan tåle larm.
- Min fagforening (Det Faglige Hus) fik ikke svar på deres brev.
- Borgerservice har skrevet mit navn forkert på sygesikringskortet.
Cpr: [[120990-3127]]
Vh. Patrick Holm
""")

M("", """
Kære borgerrådgiveren

Jeg har fået en parkeringsafgift på Ishøj Strand med afgiftsnr. 2110964471. Jeg mener
ikke den er rigtig fordi skiltet var dækket af en busk. Kan I hjælpe?

Venlig hilsen
Morten
""")

M("s", """
Til borgerrådgiveren

Jeg er homoseksuel og har været frivillig i ældreplejen i mange år. Nu har
koordinatoren sagt til mig at nogle beboere "ikke bryder sig om den slags" og at jeg
ikke skal komme mere. Jeg vil gerne have at I ser på det.

Knud Erik Svendsen
""")

M("e", """
til borgerrådgivning

jeg har fået et krav på 14.600 kr fordi jeg har fået for meget i boligstøtte. jeg har
ikke haft mere indtægt end jeg plejer. jeg kan ikke betale det. jeg er på SU.

Emma, 23
""")

M("hbe", """
Kære Borgerrådgiver

Min far, der er imam i en lille menighed i Ishøj, lå på plejecenterets aflastningsplads
efter en hofteoperation. Personalet tog hans bedetæppe væk og sagde at det var et
"brandfarligt tæppe". Han blev meget ked af det.

Venlig hilsen
Yusuf Demir
""")

M("", """
Kære borgerrådgiver

Jeg har læst jeres årsberetning og vil bare spørge hvorfor tallene for Center for Børn
og Forebyggelse er faldet. Er det fordi færre klager, eller fordi der er færre sager?

Med venlig hilsen
Journalist, Ishøj Avis
""")

M("ue", """
Klage over sagsbehandlingen i jobcenteret

Jeg har været arbejdsløs siden maj og har været til fire samtaler. Hver gang er det en
ny sagsbehandler. Min a-kasse er FOA, og de siger at jobcenteret har registreret min
CV forkert. Jeg vil have en fast kontaktperson.

Lena Hauge
Personnr. [[161265–2084]]
""")

M("ht", """
Hej borgerrådgiveren,

min mormor er fra Tyrkiet og hun er lige kommet hjem fra hospitalet efter en
hjerteoperation. Hun snakker ikke dansk. Kommunens sygeplejerske siger at hun ikke
kan få tolk hjemme. Er det rigtigt?

Hilsen Elif
""")

M("", """
Hej

Jeg skrev til jer i juni om støj fra Ishøj Havn. Sagen er jo for gammel nu siger I.
Men den blev aldrig behandlet. Journalnr. var 09.02.00-G01-8-25.

Mvh Arvid
""")

M("b", """
Kære borgerrådgiver

Jeg er pacifist og har nægtet militærtjeneste. Nu har jeg søgt job som vikar i kommunen
og fik at vide, at "det passer dårligt med vores værdier". Jeg vil klage over, at min
overbevisning blev brugt mod mig.

Venlig hilsen
Thor Mikkelsen
""")

M("p", """
Klage over forsinket skødegodkendelse

Vi har solgt vores hus på Højbjerg Vænge betinget af kommunens ok til en
tinglysningsfejl på servitutten. Køber er klar, men fristen udløber d. 1. december og
kommunen har ikke set på sagen. Vi mister salget.

Mvh Claus og Marianne Rye
""")

M("eh", """
Til borgerrådgiveren

Min mor er 91 og bor i plejebolig på Ishøj Plejecenter. Hun har Alzheimer. Hun har nu
tre gange haft samme tøj på i en uge. Jeg har skrevet til lederen uden svar. Vedhæftet
billeder.

Med venlig hilsen
Gitte Ravn
""")

M("", """
Hej

Jeg vil gerne klage over at svømmehallen lukker kl. 20 om fredagen nu. Det er for
tidligt for os der arbejder. Ved godt det er en politisk beslutning men alligevel.

Rasmus Thygesen
""")

M("tb", """
Kære borgerrådgiver

Som sikh går min mand med turban. Han blev nægtet adgang til jobmessen på rådhuset, fordi
vagten mente at "hovedbeklædning ikke er tilladt". Vi kommer fra Punjab og har aldrig
oplevet det før her.

Venlig hilsen
Harpreet Kaur
""")

M("es", """
Hej

jeg er 19 og min far smed mig ud da jeg fortalte ham at jeg er bøsse. jeg sover hos
venner nu. jobcenteret siger jeg skal have en adresse for at få uddannelseshjælp. hvor
skal jeg gå hen?
""")

M("", """
Kære borgerrådgiver

Kan du oplyse, hvilke centre der fik flest klager sidste år? Vi skal bruge det til et
møde i Handicaprådet. Ingen personoplysninger, bare tal.

Venlig hilsen
Handicaprådets formand
""")

M("ehu", """
Emne: Klage over kommunens håndtering af min arbejdsskade

Jeg er sosu-assistent og medlem af FOA. Jeg fik en arbejdsskade i ryggen i februar,
da en borger faldt. Kommunen har ikke anmeldt skaden, og jeg er nu på sygedagpenge med
trusler om at de stopper. Min tillidsrepræsentant har skrevet til jer to gange.

CPR: [[090378-2244]]
Venlig hilsen
Mette Rask
""")

M("p", """
Til borgerrådgiveren

Vi skulle have solgt vores grund til nabokommunens boligselskab, men handlen er gået i
stå fordi Ishøj Kommune ikke har svaret om vejadgang. Køberen har givet os en sidste
frist. Det er meget kritisabelt efter min mening.

Hilsen Ejner Holst, Tranegilde
""")

M("", """
Til borgerrådgiveren

Jeg har et spørgsmål om jeres rolle: Kan I behandle en klage over en nabo der har sat
et hegn op på min grund? Det er ikke kommunens sag, men jeg ved ikke hvem jeg ellers
skal spørge.

Venlig hilsen
Lone Hjort
""")

M("st", """
Kære borgerrådgiveren

Min kone Fatima og jeg blev gift i Sverige. Vi er to kvinder, og vores familier er fra
Marokko. Da vi kom i borgerservice for at få ægteskabet registreret sagde medarbejderen
at "det da ikke kan gælde i Danmark". Det er forkert og vi vil klage.

Yasmin El Amrani
""")

M("e", """
Hej

Klage: Jeg har betalt mit lån til depositum tilbage hver måned, men nu siger Borgerservice
at jeg skylder 6.200 kr. mere. De kan ikke forklare hvorfor. Mit lånenr. hos jer er
0902871134, og jeg har alle kvitteringer.

Venlig hilsen
Jimmi Olesen
""")

M("hse", """
Til borgerrådgiveren

Jeg er biseksuel og har HIV. Min sagsbehandler i Voksne og Velfærd har skrevet begge
dele i et notat som min hjemmehjælper kunne se. Det var ikke nødvendigt for sagen. Jeg
vil klage over det.

Mvh Jonas B.
""")

M("", """
Hej borgerrådgiver

Jeg vil bare sige at jeg er tilfreds med svaret jeg fik fra jer i sidste måned. Sagen
er lukket for mit vedkommende.

Vh Niels
""")

M("b", """
Til borgerrådgiveren

Jeg er ateist og meldte mig ud af folkekirken for år tilbage. Alligevel får jeg stadig
kirkeskat på min skatteopgørelse ifølge Borgerservice, og de siger det er min egen fejl.
Kan I hjælpe mig med at få det rettet?

Hilsen Aksel Munch
""")

M("tes", """
Klage

Jeg er kommet som flygtning fra Afghanistan i 2015. Jeg har fået afslag på
hjælp til tandlæge, men jeg har ikke fået et rigtigt brev. Min kæreste, Jamal, har
skrevet det her for mig. Vi er to mænd og bor sammen. Jobcenteret spurgte om det var
"en ven".

Farid
""")
