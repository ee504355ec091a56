"""Part F: older citizens and relatives writing to council members and the citizen advisor
about work, unions, origin, faith and family in the dark months."""
from common import M

M("u", """
Kære Henrik Jensen

Jeg har været medlem af Malerforbundet siden 1968 og er nu pensioneret. Vi gamle malere mødes hver torsdag i fagforeningens lokaler, men nu lukker afdelingen i Ishøj. Kan kommunen stille et lokale til rådighed for vores pensionistklub?

Med venlig hilsen
Svend Aage Nielsen
""")

M("ue", """
Til hovedpostkassen

Jeg er blevet opsagt fra mit job på lageret i Ishøj Erhvervsområde og skal have en samtale på jobcentret d. 9. december. Min fagforening (Fødevareforbundet NNF) vil gerne have en bisidder med. Må de det?

Venlig hilsen
Kurt Rasmussen, [[191067-2835]]
""")

M("", """
Hej. Hvilke fagforeninger deltager i jobmessen i Ishøj Kulturhus i januar? Jeg er selv ikke medlem af nogen.
""")

M("u", """
hej Lise, jeg er i Krifa og vil bare sige at det er godt at du kæmper for de ansatte i hjemmeplejen. bliv ved. mvh Gert
""")

M("", """
Kære byrådsmedlem

Jeg er faglig sekretær i FOA Hovedstaden og skriver på vegne af forbundet om arbejdsmiljøet i Ishøjs hjemmepleje i vinterperioden. Vi ønsker et møde med udvalget.

Med venlig hilsen
Marianne Friis
""")

M("us", """
Hej Mikkel

Jeg er HK-medlem og arbejder i Borgerservice. Min mand Rasmus og jeg ville gerne begge deltage i kommunens julefrokost, men invitationen siger kun "ægtefælle af modsat køn er velkommen" — det er vel en fejl? Jeg er selv en mand og har været gift med Rasmus i 8 år.

Hilsen
Christian Bøje
""")

M("t", """
Kære borgerrådgiver

Jeg er grønlænder og er flyttet til Ishøj fra Nuuk i september. Jeg føler mig behandlet dårligt i Borgerservice, hvor en medarbejder spurgte om jeg "overhovedet var dansk statsborger". Jeg vil gerne klage.

Venlig hilsen
Naja Kleist
""")

M("", """
Hvad gør kommunen for at modvirke diskrimination i Borgerservice? Jeg har læst en rapport fra Institut for Menneskerettigheder.
""")

M("bt", """
Hej Borgmester

Vi er en familie af tamilsk oprindelse, og vi er hinduer. Vi vil gerne fejre Deepavali i november med et lille optog fra Vejleåparken til Kulturhuset. Skal vi søge om tilladelse hos kommunen eller politiet?

Med venlig hilsen
Kumar Selvarajah
""")

M("u", """
Til Hovedpostkassen

Jeg er medlem af Dansk Sygeplejeråd og arbejder i hjemmesygeplejen. Jeg vil gøre opmærksom på, at vores biler ikke har vinterdæk endnu. Hvem har ansvaret?

Mvh Bettina Kløve
""")

M("se", """
Kære Anna

Jeg er 74 og har levet sammen med min veninde Gerda i 40 år — vi har aldrig fortalt det til nogen, men vi er et par. Nu skal hun på plejehjem, og jeg er bange for at vi ikke kan bo sammen. Kan der laves en parbolig?

Med venlig hilsen
Ruth
""")

M("", """
Er der parboliger på plejecentrene i Ishøj, så ægtepar kan bo sammen, selvom kun den ene har brug for pleje?
""")

M("t", """
hej jeg er romani (sigøjner) og min familie bor i campingvogn ved Ishøj Strand om vinteren. politiet siger kommunen har sagt vi skal flytte. er det rigtigt? mvh Milan
""")

M("b", """
Kære Byrådsmedlem Kasper Lund (Enhedslisten)

Jeg er selv medlem af Enhedslisten og har været det siden starten. Jeg synes partiet skal stå stærkere på kravet om gratis bus for pensionister i vinterhalvåret.

Kammeratlig hilsen
Finn Jessen
""")

M("", """
Kære Kasper Lund. Hvad mener Enhedslisten om gratis bus for pensionister? Jeg overvejer, hvem jeg skal stemme på næste gang. Mvh. Poul
""")

M("tu", """
Hej

Jeg er fra Litauen og arbejder på en byggeplads i Ishøj. Jeg er medlem af 3F. Min arbejdsgiver har ikke betalt løn for november. 3F siger jeg skal skrive til kommunen fordi det er et kommunalt byggeri. Hvem er ansvarlig?

Tomas Kazlauskas
""")

M("", """
Til byrådet. Hvad er reglerne for social dumping på kommunens byggepladser? Har kommunen arbejdsklausuler i kontrakterne?
""")

M("bs", """
Kære sognepræst og kommunen

Min kæreste Peter og jeg (Jonas) vil gerne vies i Ishøj Kirke til sommer. Vi er begge troende kristne og aktive i menigheden. Præsten siger ja, men vi skal bruge en prøvelsesattest fra kommunen. Hvordan gør vi?

Mvh Jonas Lindberg
""")

M("", """
Hvordan får man en prøvelsesattest, og hvor lang tid tager det? Vi skal giftes på rådhuset i maj.
""")

M("te", """
Kære Jobcenter

Jeg er kommet hertil som flygtning fra Afghanistan og er på selvforsørgelses- og hjemrejseydelse. Jeg har fået et brev om danskuddannelse, men undervisningen ligger om aftenen og jeg har ingen pasning til mine børn. Kan jeg flytte hold?

Mvh Zahra Ahmadi
""")

M("u", """
Hej Karsten

Jeg er næstformand i Dansk Metals lokalafdeling i Ishøj, og vi vil gerne tilbyde at hjælpe ved kommunens frivilligdag i december. Vi har en håndfuld pensionerede medlemmer som gerne vil give en hånd.

Mvh Leif Dam
""")

M("", """
Vi er en forening af pensionerede jernbanefolk og vil gerne søge tilskud til en juletur. Hvem skal vi skrive til?
""")

M("ts", """
Hej borgerrådgiver

Min kæreste Omar og jeg er to mænd der bor sammen på Ishøj Boulevard. Naboerne har skrevet nedsættende ting om ham på opgangens opslagstavle, fordi han er arabisk. Boligselskabet gør ingenting. Kan kommunen?

Mvh Frederik
""")

M("b", """
Til Ishøj Kommune

Jeg er pacifist og vil ikke have at min søn deltager i skolens besøg på Kastellet hvor de skal se soldater. Jeg har sagt det til læreren, men hun siger han skal med. Har jeg ret til at sige nej?

Venlig hilsen
Henriette Mølgaard
""")

M("", """
Hvor mange af kommunens ansatte er medlem af en fagforening? Er det noget kommunen registrerer? Jeg spørger som journalist.
""")

M("u", """
Kære borgmester

Jeg vil bare sige, at jeg som 80-årig tidligere tillidsmand i SiD (nu 3F) synes det er flot at kommunen har valgt at give de kommunale rengøringsfolk fast arbejde. Det er sådan man gør.

Med venlig hilsen
Arne Kofoed
""")

M("t", """
Hej. Jeg er adopteret fra Colombia og vil gerne søge aktindsigt i min adoptionssag fra 1985, hvor min familie boede i Ishøj. Har kommunen stadig papirerne? — Maria Laursen
""")

M("", """
Hvor længe gemmer kommunen papirer om adoptioner fra 80'erne? Jeg spørger til et slægtsforskningsprojekt.
""")

M("s", """
Hej

Jeg er 68 og er lige sprunget ud som bøsse efter et langt ægteskab. Jeg vil gerne høre om der findes et sted i Ishøj hvor ældre LGBT+ kan mødes, især nu hvor det er mørkt og ensomt.

Venlig hilsen
Bjarne
""")

M("", """
Findes der et seniortilbud for LGBT+ personer i Ishøj eller på Vestegnen? Jeg er frivillig i Ældre Sagen og bliver ofte spurgt.
""")

M("bu", """
Kære Susanne (Socialdemokratiet)

Jeg har været medlem af partiet og af FOA i hele mit arbejdsliv. Nu er jeg på pension og vil gerne blive frivillig i den socialdemokratiske pensionistforening. Ved du hvem der er formand i Ishøj?

Mvh Elly Jørgensen
""")

M("the", """
Til Center for Voksne og Velfærd

Min mor er tysk og har boet her i 50 år, men efter hendes slagtilfælde taler hun kun tysk. Hun bor på Kærbo. Er der nogen i personalet der kan tysk?

Mvh Anja Bruhn
""")

M("", """
Til byrådsmedlem Hans Olsen. Jeg synes at kommunen bør give mere plads til foreningslivet i Kulturhuset og mindre til koncerter. Mvh Jette
""")

M("bt", """
Hej

Jeg er ortodoks kristen fra Eritrea, og vi fejrer jul d. 7. januar. Min søn vil gerne have fri fra skole den dag. Skal jeg søge skolelederen?

Mvh Yonas Tesfay
""")

M("", """
Har skolerne en politik om fri til religiøse højtider? Fx Eid, ortodoks jul eller Yom Kippur? Jeg spørger på vegne af en integrationsforening.
""")

M("ush", """
Hej Lars

Jeg er medlem af Djøf og arbejder i en styrelse. Min kone Marie og jeg (jeg hedder Sofie) skal til at have barn og vil gerne høre om reglerne for medmor, når barnet bliver født her i kommunen. Hvem tager sig af det?

Mvh Sofie Dam
""")

M("", """
Er det kommunen eller Familieretshuset der registrerer medmoderskab? Jeg arbejder på et jordemodercenter og vil gerne henvise rigtigt.
""")

M("tb", """
Kære borgmester

Jeg er af pakistansk oprindelse og er imam i den lokale moske. Vi vil gerne invitere borgmesteren til fællesspisning under et arrangement om julen og islam i december.

Venlig hilsen
Imran Qureshi
""")

M("", """
Hvornår har moskeen på Ishøj Boulevard åbent for besøg? Vores 7. klasse vil gerne lave en ekskursion.
""")

M("u", """
Hej

Jeg er i Lederne og arbejder som afdelingsleder på en fabrik i Ishøj. Vi overvejer at lave en juleindsamling blandt medarbejderne til kommunens julehjælp. Kan I modtage penge?

Mvh Niels Harbo
""")

M("se", """
hej, jeg er aseksuel og føler mig presset af min sagsbehandler der spørger om jeg har en kæreste, hver gang vi snakker om bolig. det har ikke noget med sagen at gøre. kan jeg bede om en anden? /Kim
""")

M("", """
Kan man bede om at få en anden sagsbehandler hos kommunen? Hvordan gør man? Det er generelt spurgt.
""")

M("tb", """
Kære Anders

Min familie er assyrere fra Irak, og vi er kristne. Vi vil gerne låne et lokale til vores julegudstjeneste på arameisk d. 25. december, fordi vores kirke er for lille. Ved du om Kulturhuset er ledigt?

Mvh Sargon Yousef
""")

M("ue", """
Kære Hovedpostkasse

Jeg er medlem af Serviceforbundet og blev afskediget fra mit rengøringsjob i Ishøj Svømmehal i november. A-kassen siger, jeg skal tilmelde mig jobcentret. Hvordan gør jeg det, når jeg ikke har MitID?

Mvh Birgitte Holt
""")

M("", """
Kære Ishøj Kommune. Jeg er medlem af bestyrelsen i Ishøj Pensionistforening og vil gerne søge om tilskud til julefrokost for 80 medlemmer. Hvordan? Med venlig hilsen Kaj Bertelsen
""")

M("s", """
Kære skolebibliotekar

Jeg er 13 og er pan. Jeg vil gerne have flere bøger om det på skolebiblioteket, fordi jeg ikke kan finde nogen. Kan I købe nogle?

Hilsen Ida (7.b)
""")

M("t", """
Hej Borgmester

Jeg er født i Danmark, men mine forældre er fra Tyrkiet. I Lokalavisen står der at "indvandrerne i Vejleåparken ikke sner ryd-der". Jeg rydder selv sne hver morgen for min 87-årige nabo. Jeg synes det er racistisk at skrive sådan.

Venlig hilsen
Emre Kaya
""")

M("", """
Til Lokalavisen og byrådet: Artiklen om snerydning i Vejleåparken er diskriminerende over for beboerne. Sådan skriver man ikke om et helt boligområde.
""")
