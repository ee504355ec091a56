"""corpus89 part F: Greenlandic, Faroese and Somali writers, LGBT+ newcomers and
mixed couples; Pride, festivals and a partner of unknown sex as negatives."""
from common import M

M("te", """
Kære Social- og Sundhedsudvalget

Jeg er fra Sisimiut og flyttede til Ishøj for at studere for 4 år siden. Jeg har mistet
min SU og er blevet smidt ud af kollegiet. Nu sover jeg hos forskellige venner. Er der
et sted for grønlændere i Ishøj eller København, hvor man kan få hjælp?

Hilsen
Pipaluk Olsen
""")

M("", """
Hej

Kommer der en grønlandsk nationaldag-fejring i Ishøj den 21. juni i år? Vi vil gerne
komme og smage kaffemik.

Vh
Kathrine og Søren
""")

M("s", """
Hej byrådet

Min mand Mohammed og jeg er lige flyttet til Ishøj. Vi er to mænd og vil gerne
engagere os i en forening for LGBT+-personer. Findes det her i kommunen?

Venlig hilsen
Kristoffer
""")

M("", """
Hej

Hvornår er Copenhagen Pride i 2027, og deltager Ishøj Kommune med en vogn igen? Jeg vil
gerne være frivillig.

Mvh Sebastian
""")

M("sht", """
Til borgerrådgiveren

Jeg er lesbisk og kom fra Iran for 3 år siden. Min familie ved det ikke. Min
sagsbehandler i psykiatrien fortalte min bror, at jeg bor sammen med en kvinde, da han
ringede. Nu er jeg bange og kan ikke sove. Jeg får medicin for angst. Jeg vil klage.

Navnet vil jeg helst ikke give nu.
""")

M("th", """
Hej

Jeg er færing og bor i Ishøj. Min mor på Færøerne er blevet syg med kræft, og jeg vil
gerne flytte hjem til hende i et halvt år. Hvad skal jeg gøre med min lejlighed og
min læge her?

Vh Jógvan
""")

M("", """
Hej

Hvorfor hejser kommunen regnbueflaget på rådhuset i august? Det bør ikke være
kommunens opgave. Bare min mening.

Mvh Kurt
""")

M("st", """
Dear Ishøj Kommune,

My girlfriend Sofia and I (we are both women, from Colombia and Mexico) want to
register as partners... sorry, I understand Denmark has only marriage now. Can two
foreign women marry at Ishøj Rådhus, and what papers do we need?

Best,
Valentina Ruiz
""")

M("te", """
Til Center for Voksne og Velfærd

Min onkel Hans Kristiansen er grønlænder og har boet på gaden i København i mange år.
Nu er han kommet til Ishøj og sover i kælderen hos os. Han har ingen penge. Kan han få
en bolig eller et værelse gennem kommunen?

Venlig hilsen
Nivi Kristiansen
""")

M("s", """
Hej

Min kæreste Jonas og jeg vil gerne have en stand på Ishøj Festival med info om
regnbuefamilier. Vi er selv to fædre med en datter. Hvem skal vi spørge?

Vh Anders
""")

M("t", """
Kære borgmester

Jeg er dansk-somalisk mor til fire og bor i Vejleåparken. Hver gang der er nyheder om
"ghettoen", får mine børn at vide i skolen, at de er "sorte ghettobørn". Kan kommunen
ikke gøre noget ved den tone?

Sahra Ahmed
""")

M("", """
Hej

Jeg har en kæreste, der skal flytte ind hos mig. Skal jeg melde det til kommunen, og
påvirker det min boligstøtte-beregning? Nej vent, jeg får ikke boligstøtte, det var bare
et spørgsmål for en veninde. Så bare: hvordan melder man flytning?

Mvh
Andrea
""")

M("se", """
Til Jobcentret

Jeg er en transkvinde og har skiftet navn og køn i CPR. Jeg er til samtale hos
jer hver 3. måned, men min nye sagsbehandler bliver ved med at bruge mit gamle navn og
kalde mig "han". Jeg er også biseksuel, og hun spurgte om jeg "havde en mand eller en
kone". Det var ydmygende.

Layla
""")

M("tp", """
Hej

Jeg er fra Nuuk, men har boet i Ishøj i 12 år. Jeg skal sælge min lejlighed i
Ishøj Strand, fordi jeg flytter tilbage til Grønland. En køber har budt 1.950.000 kr.,
men vil have mig til at betale for den nye altan. Kan kommunen fortælle, om altanen er
godkendt?

Mvh
Malik Lynge
""")

M("s", """
Til borgerrådgiveren

Min kone Lærke og jeg er blevet forældre via donor, og jeg er medmor. Kommunen har
sendt et brev til "faderen". Kan systemet ikke rettes? Vi er to kvinder.

Med venlig hilsen
Sofie Dall
""")

M("", """
Hej, vi er en forening for somaliske kvinder i Ishøj. Vi vil gerne søge om lokale en
gang om ugen til strikkecafé. Hvor skal vi sende ansøgningen?

Venlig hilsen
Foreningen Hooyo, v. sekretær
""")

M("st", """
Kære Børne- og Skoleudvalget

Vi er to mødre, Ingrid og Amara, og vores søn Noah går i 2. klasse. Amara er fra
Nigeria, og Noah er den eneste i klassen med mørk hud og to mødre. Han bliver kaldt
ting, vi ikke vil skrive her. Hvad gør skolen ved mobning?

Venlig hilsen
Ingrid Skov
""")

M("", """
Hej

Kan man låne Ishøj Kulturhus til et arrangement på Færøernes nationaldag, Ólavsøka,
den 29. juli? Vi er en forening.

Venlig hilsen
Færøsk Forening Vestegnen
""")

M("sb", """
Hej Lise (Enhedslisten)

Jeg er bøsse og medlem af Enhedslisten, og jeg vil gerne foreslå, at kommunen laver en
handleplan mod had mod LGBT+-personer, også flygtninge. Kan vi mødes?

Kammeratlig hilsen
Rasmus Egeberg
""")

M("the", """
Kære formand for Social- og Sundhedsudvalget

Min mor Sahro er fra Somalia, 68 år, og har haft to slagtilfælde. Hun bor hos mig og
kan ikke gå alene. Vi har søgt om plejebolig i september. Hun har kun somalisk, så det
skal være et sted hvor de kan tale med hende eller bruge tolk.

Med venlig hilsen
Abdullahi Hassan
Cpr til min mor: [[010758-1124]]
""")

M("", """
Hello, my partner and I are moving to Ishøj in January. Is there a waiting list for
kindergarten, and how do we sign up before we have a Danish address?

Thanks,
Jordan
""")

M("sp", """
Hej

Min mand Kenneth og jeg har budt på et rækkehus på Brushøjvej, og sælger har accepteret
med forbehold for vores bank. Men vi har fået at vide, at der måske kommer en ny
cykelsti over haven. Kan kommunen bekræfte planerne?

Mvh
Morten Bille
""")

M("t", """
Hej

Jeg er fra Færøerne og skal giftes med min kæreste i Ishøj til sommer. Skal jeg
have en prøvelsesattest fra Færøerne, eller kan Ishøj Kommune lave den?

Hilsen Bárður
""")

M("", """
Til Ishøj Kommune

Hvor mange grønlændere bor der i Ishøj Kommune? Jeg skriver en bacheloropgave om
grønlændere i hovedstadsområdet.

Venlig hilsen
Naja Rosing, KU
""")

M("shu", """
Til borgerrådgiveren

Jeg er FOA-medlem og arbejder i hjemmeplejen. Jeg er homoseksuel og har fortalt det
åbent på arbejdet. Siden har to kolleger nægtet at køre i bil med mig. Jeg har været
sygemeldt med stress i to uger nu. Min TR gør ingenting.

Mvh
Patrick Lund
""")

M("ts", """
Subject: Family reunification with my wife

Hi, I am from Somalia and I am a lesbian, so I cannot go back. I got asylum in 2023.
Now I have married my wife Ayaan in Sweden, where she lives. Can she get family
reunification to me in Ishøj? Who should I talk to?

Hodan
""")

M("bse", """
Hej

Jeg er imam i en lille moské i Ishøj. En ung mand fra vores menighed har fortalt mig,
at han er homoseksuel, og at han er bange for sin familie. Kan kommunen give ham et sted
at bo et stykke tid? Han hedder Karim, og han har givet mig lov til at skrive.

Imam Abdullah
""")

M("", """
Hej

Hvem kan man kontakte, hvis man vil vide mere om kommunens arbejde med LGBT+ unge?
Er der en kontaktperson i Ungdomsskolen?

Vh
Hanne, mor
""")

M("s", """
Hej Borgerservice

Min mand og jeg, begge mænd, skal have nyt pas. Kan vi bestille tid sammen? Vores
tidligere tid blev aflyst.

Vh Mikkel og Farid
""")

M("tu", """
Kære byrådsmedlem

Jeg er grønlandsk sosu-assistent og medlem af FOA. Jeg har søgt stilling i kommunen
tre gange og fået at vide, at "mit dansk ikke er godt nok". Dansk er mit andet sprog
efter grønlandsk, men jeg har dansk studentereksamen. Er det en rimelig begrundelse?

Mvh
Arnaq Petersen
""")

M("", """
Hej

Vi vil gerne være værtsfamilie for en ung flygtning i et netværksprogram, hvor man
spiser sammen en gang om ugen. Hvordan kommer vi i gang, og er der et kursus først?

Mvh Bente og Ole
""")

M("she", """
Til Center for Voksne og Velfærd

Jeg er en 71-årig mand og bor med min mand Erik, som har Alzheimer. Han skal snart på
plejehjem. Vi har været sammen i 45 år. Kan vi få en dobbeltbolig, så vi kan blive
sammen?

Med venlig hilsen
Bent Rasmussen
""")

M("", """
Hej

Er der en somalisk-dansk forældreforening i Ishøj, som kommunen samarbejder med? Vi
vil gerne invitere dem til vores skolefest.

Venlig hilsen
Skolebestyrelsen, Ishøj Skole
""")

M("ts", """
Hej

Jeg er færing og bor med min kæreste Rúni. Vi er to mænd og skal giftes i Ishøj. Min
mor vil komme fra Klaksvík. Kan man holde vielsen på engelsk for hende?

Vh
Heðin
""")

M("et", """
Kære borgmester

Jeg har boet i Ishøj hele mit liv. Min nabo fra Somalia hjalp mig, da jeg blev sat ud
af min lejlighed i sommer. Jeg bor nu i en campingvogn på en grund i Tranegilde. Jeg
håber I kan finde noget til mig inden vinteren.

Mvh Jan Henriksen
""")

M("ts", """
Til Kultur- og Fritidsudvalget

Jeg er dansk-thailandsk og lesbisk. Jeg vil gerne starte en dansegruppe for
queer-kvinder med asiatisk baggrund og søger om et lokale om torsdagen.

Mvh
Ploy Nielsen
""")

M("", """
Hej

Jeg skal holde tale til grundlovsfesten på Ishøj Torv om integration. Har kommunen nogle
tal om uddannelse blandt efterkommere, jeg må citere?

Med venlig hilsen
Poul Hansen
""")

M("st", """
Hej

Min kæreste Yusuf og jeg er to mænd og vil gerne i plejefamilie-kursus. Han er
tyrkisk, og vi vil gerne være plejefamilie for unge mænd fra Mellemøsten, som er
LGBT+. Er det muligt i Ishøj?

Vh Simon
""")

M("th", """
Hej sundhedsplejerske

Jeg er grønlandsk og har lige fået en lille dreng, Inuk. Han tager ikke på i vægt, og
lægen siger han har refluks. Kan I komme tidligere end den 10. december?

Ivalo
cpr til Inuk: [[0211264418]]
""")

M("ps", """
Hej

Min kone Sara og jeg (to kvinder) har fået accepteret et bud på en lejlighed på Ishøj
Strandvej 72. Køberen af vores nuværende lejlighed... undskyld, vi sælger ikke noget,
vi lejer nu. Men vi skal vide, om lejligheden vi køber har en lovlig kvistudbygning.

Mvh
Cecilie Brun
""")

M("s", """
Hej Borgerservice

Min mand Ali og jeg er to mænd og skal giftes på rådhuset i marts. Kan vi få en tid en
fredag eftermiddag?

Mvh
Peter Sand
""")

M("sh", """
Til borgerrådgiveren

Jeg er biseksuel og har været sygemeldt med angst siden juli. Min sagsbehandler spurgte
om min "kæreste" var en mand eller en kvinde og skrev svaret i journalen. Hvorfor skal det
stå der?

Mvh
Signe
""")

M("s", """
Hej

Jeg og min kæreste Mads er to mænd, og vi vil gerne være værter for en ung flygtning
gennem kommunens netværksordning. Er det et problem at vi er et homoseksuelt par?

Mvh
Niklas
""")

M("sp", """
Dear Ishøj Kommune,

My wife Julia and I (we are a lesbian couple) have had our bid on a house on
Brushøjvej accepted, pending our bank. Could you tell us if there are any plans for
new buildings on the field behind it?

Thanks,
Emma Larsen
""")

M("su", """
Hej

Jeg er pansexuel og medlem af HK. En kollega på kontoret har lavet grin med det i
frokoststuen. Min TR siger jeg skal skrive til personalekontoret. Hvem er det?

Mvh
Robin
""")
