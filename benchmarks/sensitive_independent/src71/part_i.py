"""corpus71 part I: mixed mails: reply chains, second-language Danish, faith and unions."""
from common import M

M("bu", """
Den 12. okt. 2026 kl. 14.03 skrev Merete Dahl:
> Tak for din mail. Jeg tager det med til gruppemødet.

Hej igen Merete

Jeg har ikke hørt mere. Som jeg skrev, er jeg både SF'er og tillidsrepræsentant i
FOA på Ishøjhave, og vi ser at vikarerne ikke får den introduktion de skal have. Kan
vi mødes?

Hilsen
Anja Kold
""")

M("bt", """
Goddag borgmester

Jeg hedder Fatou og er fra Senegal. Jeg går med tørklæde og beder fem gange om dagen.
På min arbejdsplads, et plejecenter, må jeg ikke bruge et lille rum til bøn i pausen.
Kan kommunen som arbejdsgiver ikke finde en løsning?

Med venlig hilsen
Fatou Diop
""")

M("e", """
hej jeg er ikke så god til dansk. jeg har fået brev fra jobcenter at jeg skal i
praktik i en butik. men jeg har små børn og ingen vuggestue plads. hvad gør jeg. min
cpr [[070791-2610]]
tak
Aisha
""")

M("bu", """
Til formanden for Beskæftigelsesudvalget

Som medlem af Kristelig Fagbevægelse og aktiv i min frikirke vil jeg anbefale, at
jobcentret samarbejder mere med kirkernes sociale arbejde om de langtidsledige. Vi har
et netværk klar.

Venlig hilsen
Ruben Møller
""")

M("t", """
Hej Karsten

Min kone er fra Thailand og har boet i Danmark i 12 år. Naboerne i vores vej kalder
hende ting, når jeg ikke er hjemme. Jeg har skrevet til politiet, men jeg vil også
gerne have at en politiker ved det.

Mvh
Ole Bentsen
""")

M("hb", """
Til Center for Voksne og Velfærd

Min mand har diabetes og vil faste under ramadanen. Lægen siger at det er farligt.
Hjemmesygeplejersken kommer hver morgen med insulin, men hun kan ikke komme om aftenen
når han bryder fasten. Kan tiden flyttes?

Tak
Leyla
""")

M("u", """
Hej Lise

Jeg var tillidsrepræsentant for Dansk Metal på Ishøj Maskinfabrik, indtil den lukkede
i 2019. Nu vil jeg gerne skrive en lille lokalhistorie om fabrikken. Har kommunens
arkiv billeder?

Hilsen
Bent Rasmussen
""")

M("eu", """
Til Borgerrådgiveren

Jeg er i HK og har været ledig i et år. Jobcentret har nu for tredje gang aflyst mit
møde uden at give besked, og min a-kasse siger at jeg risikerer sanktion. Jeg vil klage.

Venlig hilsen
Jeanette Krogh
Personnr.: [[2911782508]]
""")

M("b", """
Kære Merete Dahl

Vi har valgt at lade vores søn Oskar holde nonfirmation i stedet for konfirmation,
fordi vi er ateister. Kan vi leje Ishøj Kulturcenter til festen i maj?

Mvh
Lisbeth og Claus Hede
""")

M("te", """
Til Center for Beskæftigelse og Erhverv

Jeg kom som flygtning fra Syrien i 2015 og er i fleksjob på en tankstation. Min
arbejdsgiver har sagt op, og jeg står uden job fra januar. Hvornår kan jeg blive
indkaldt for at finde et nyt fleksjob?

Med venlig hilsen
Khaled Al-Hassan
[[030380–2215]]
""")

M("bs", """
Hej borgmester

Jeg er rabbiner ved en lille liberal menighed i København, bor i Ishøj med min kone
Tamar, og jeg er selv kvinde. Vi vil gerne tænde en offentlig chanukkia på torvet i
december. Hvem skal vi søge?

Venlig hilsen
Rabbiner Dina Levin
""")

M("u", """
Hej

Jeg er medlem af Djøf og arbejder i kommunens økonomiafdeling. Jeg vil gerne stille
op til lokaludvalget i min boligforening, men jeg er i tvivl om det giver inhabilitet
i sager om boligforeningen. Hvem kan svare på det?

Mvh
Christoffer Wendt
""")

M("tb", """
Kære Karsten Holm

Jeg er sikh, og min far kom fra Punjab i 1970'erne. Jeg vil gerne være frivillig ved
Ishøj Kommunes juleaktiviteter, men jeg blev bedt om at tage min turban af "af
sikkerhedshensyn". Det kan jeg ikke. Hvem kan afklare det?

Med venlig hilsen
Jaspreet Kaur
""")

M("ph", """
Hej Merete

Jeg er ved at købe min nabos grund, der grænser op til min have, så jeg kan bygge en
tilgængelig bolig i ét plan. Jeg sidder i kørestol efter en ulykke. Købsaftalen er
betinget af at kommunen giver byggetilladelse. Hvor lang tid tager det?

Mvh
Tobias Lindgaard
""")

M("b", """
Til Kultur og Fritid

Jeg er vegetar af etiske grunde og medlem af Dansk Vegetarisk Forening. Jeg vil gerne
foreslå at kantinen på rådhuset, hvor jeg arbejder, tilbyder et vegansk alternativ
hver dag.

Venlig hilsen
Ida Frost
""")

M("t", """
hello Lise, sorry for English. I am from Ukraine and work in cleaning at a school in
Ishøj through a company. The other cleaners say bad words about Ukrainians to me
every day. The company does nothing. Can the school or kommune help?
Olena
""")

M("bt", """
Til direktionsassistenten

Vi er en eritreansk ortodoks familie, og vi fejrer jul den 7. januar. Vores datter i
4. klasse får fravær den dag. Kan skolen ikke give fri til vores jul?

Med venlig hilsen
Senait og Tesfaye Gebre
""")

M("u", """
Til udvalgsformanden for Børn og Skole

Jeg er forælder og medlem af DLF, selvom jeg ikke underviser i Ishøj. Jeg vil gerne høre
hvorfor skolerne ikke længere har to lærere i indskolingen. Er det et politisk valg?

Venlig hilsen
Maiken Holst
""")

M("et", """
-----Oprindelig meddelelse-----
Fra: Ahmad Nazari
Til: Jobcenter Ishøj
Emne: mødet

Jeg kan ikke komme til mødet på mandag. Jeg har sprogskole.
-----

Hej igen, I har ikke svaret. Jeg er fra Afghanistan og taler kun dari og lidt dansk.
Kan jeg få en tolk til næste møde?

Ahmad
""")

M("s", """
Til Center for Borger, Økonomi og IT

Jeg og min kæreste Kristoffer (jeg er selv mand) vil gerne have fælles Digital Post, fordi
han ikke kan finde ud af den. Kan man give hinanden adgang?

Hilsen
Thomas Lykke
""")

M("b", """
Kære Lise Brandt

Jeg er pacifist og kvæker, og jeg vil gerne protestere mod at kommunen udlejer
Ishøj Hallen til en våbenmesse. Kan byrådet ikke sige nej?

Med venlig hilsen
Margrethe Berg
""")

M("he", """
Til jobcentret

Vedr. opfølgning

Jeg er sygemeldt med en brækket ankel efter et fald på en byggeplads. Jeg er på
sygedagpenge fra jer nu. Mine data til journalen: Svend Aage Holm, cpr-nummer
[[1402611877]]. Forsikringens skadesnr. er 2026-118-4471.

Mvh Svend
""")

M("bu", """
Hej Karsten

Jeg er medlem af Socialdemokratiet og af 3F, og jeg synes kommunen skal stille
krav om lærlinge på alle kommunale byggerier. Vil du tage det op i din gruppe?

Hilsen
Tommy Jensen
""")

M("pt", """
Til Center for Byudvikling og Natur

Min mand og jeg er indiske og vil gerne købe et rækkehus på Søtoften. Vi har budt, og
sælger har accepteret, men købet er betinget af at vi får lov at udvide køkkenet.
Vores rådgiver har sendt tegningerne. Hvornår kan vi få svar?

Med venlig hilsen
Priya Raman
""")

M("b", """
Til Ishøj Kommune

Vores søn Elias skal bar mitzvah til foråret, og vi vil gerne holde festen i
medborgerhuset. Er det muligt at få lov at medbringe egen kosher-catering?

Venlig hilsen
Ruth og David Adler
""")

M("", """
Til hovedpostkassen

Vi har fået et nyt CVR-nummer efter omdannelse til ApS: 44 15 27 09. Det gamle var
38 21 96 04. Kan I opdatere det i kreditorsystemet? Bankkonto uændret, reg. 5301.

Med venlig hilsen
Salling Tømrer ApS
""")

M("bt", """
Kære borgmester

Jeg er romaer og kristen pinsevenn. Vores lille menighed samles i en garage, og
naboerne har klaget. Kan kommunen anvise et lokale hvor vi kan synge om søndagen?

Mvh
Stefan Lakatos
""")

M("", """
Hej Karsten

Hvad er status på den nye busrute 300S, der skulle køre forbi Ishøj Erhvervspark?
Virksomhederne derude mangler medarbejdere, der kan komme uden bil.

Hilsen
Ishøj Erhvervsforening
""")

M("tu", """
Til Merete Dahl

Jeg er fra Litauen og arbejder på et slagteri via et bemandingsfirma. Jeg har lige
meldt mig ind i NNF, fordi vi ikke får overenskomstløn. Kan kommunen kontrollere
firmaer der arbejder i Ishøj?

Venlig hilsen
Darius Kazlauskas
""")

M("be", """
Til Center for Voksne og Velfærd

Min mor på 91 får madordning fra kommunen. Hun er muslim og spiser kun halal,
men maden er ikke mærket. Kan I sørge for at hun får halal, eller i det mindste at
svinekød står på pakken?

Med venlig hilsen
Hatice Korkmaz
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg søger om støtte til tandbehandling. Jeg er på kontanthjælp og har mistet tre tænder
efter en infektion, tandlægen siger det haster. Overslaget er vedlagt.

cpr [[120387\u00a02461]]
Jannick Bruhn
""")

M("b", """
Hej Lise

Jeg er medlem af Alternativet og sidder i bestyrelsen for lokalforeningen. Vi vil gerne
lave et offentligt møde om lokalplanen for stationsområdet. Må man låne byrådssalen?

Venlig hilsen
Sune Mathiesen
""")

M("u", """
Til direktionsassistenten, Center for Børn og Forebyggelse

Jeg er tidligere medlem af BUPL og nu medlem af Lederne, da jeg er blevet leder i en
privat børnehave i Ishøj. Vi vil gerne tale med kommunen om tilskuddet pr. barn.

Med venlig hilsen
Kirsten Vang
""")

M("t", """
Kære borgmester

Vi er en grønlandsk familie i Ishøj, og vores søn bliver drillet i skolen med at
han er "grønlænder" på en grim måde. Skolen siger at det er en sag mellem børnene. Det
synes vi ikke.

Med venlig hilsen
Aviaja og Hans Kleist
""")

M("he", """
Hej

Jeg har fået brev om at min førtidspension er bevilget, men beløbet er lavere end jeg
fik oplyst. Jeg har sklerose og kan ikke arbejde. Kan nogen ringe til mig?

Cpr.nr. [[080869–1394]]
Venlig hilsen
Inge-Lise Baunsgaard
""")
