"""corpus76 part A: complaints about caseworkers, staff conduct and the tone of letters."""
from common import M

M("he", """
Til borgerrådgiveren i Ishøj Kommune

Jeg vil gerne klage over min sagsbehandler i sygedagpengeafdelingen. Jeg har været
sygemeldt siden februar efter en diskusprolaps, og i torsdags ringede hun til mig og
sagde, at hun "ikke kunne se hvorfor jeg ikke bare kunne sidde ned på arbejdet".
Hun afbrød mig hver gang jeg prøvede at forklare hvad lægen har sagt.

Jeg føler mig ikke troet på. Jeg vil gerne have en anden sagsbehandler.

Venlig hilsen
Brian Kjærgaard
Vejleåvej 114, 2635 Ishøj
[[170879-1453]]
""")

M("e", """
hej borgerrådgiver
min sagsbehandler på kontanten svarer aldrig på mine beskeder på min side, 3 uger nu.
har skrevet 5 gange. huslejen skal betales d. 1 og jeg ved ikke om jeg får penge
kan i ikke gøre noget?? jeg er så træt af det
mvh Jonas
""")

M("et", """
Kære borgerrådgiver

Jeg er kommet til Danmark fra Somalia for 11 år siden og jeg får kontanthjælp nu fordi
jeg mistede mit rengøringsjob. Ved mødet på jobcentret den 3. september sagde
sagsbehandleren "folk som jer plejer ikke at gide arbejde". Det var meget ydmygende.
Min datter var med som tolk og hun hørte det også.

Jeg vil klage over det. Jeg vil ikke være behandlet anderledes end andre.

Hilsen
Hodan A.
""")

M("hbe", """
Til borgerrådgiver

Jeg er i virksomhedspraktik gennem jobcentret i en genbrugsbutik. Jeg bærer tørklæde
fordi jeg er muslim, og min kontaktperson fra kommunen sagde til mig på besøget, at
jeg "nok ville få lettere ved at få job uden". Det synes jeg ikke er i orden at sige
til en borger.

Samtidig har jeg sagt flere gange at jeg har migræne og ikke kan stå under lysstofrør
hele dagen, men det står ikke i min plan.

Med venlig hilsen
Samira
""")

M("es", """
Til Center for Børn og Forebyggelse, att. afdelingslederen

Jeg klager hermed over familierådgiveren i samværssagen om min søn Oliver (8 år).
Ved det sidste møde spurgte hun to gange, om min mand "overhovedet skulle være til
stede", når Oliver er hos os hver anden weekend. Min mand og jeg har været gift i fire
år, og Oliver kender ham godt. Min ekskone har ikke rejst nogen bekymring om ham.

Jeg forventer at sagen bliver flyttet til en anden rådgiver, og at jeg får en
skriftlig beklagelse.

Med venlig hilsen
Mikkel Hvidberg
""")

M("", """
Hej

Jeg har nu ringet til Borgerservice fire gange i denne uge og har ventet over 35
minutter hver gang, og så bliver man smidt af linjen kl. 14. Det er simpelthen ikke
godt nok. Hvorfor kan man ikke bestille et opkald? Mange andre kommuner kan.

Venlig hilsen
Tove Brandt
""")

M("eu", """
Til borgerrådgiveren

Jeg blev ledig 1. august og har sendt lønsedler og opsigelse til jobcentret to gange,
men nu siger de at de aldrig har fået dem og jeg skal møde op med dem igen. Min
a-kasse (HK) har kopier og siger de har sendt dem også. Det er tredje gang der forsvinder
papirer i min sag. Hvem har ansvaret for det?

Maja Thorsen
cpr [[0403912218]]
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg skriver for at klage over tonen i det brev, som min mor, Ellen Stougaard, modtog
den 14. oktober om hendes ansøgning om plejebolig. Der står blandt andet at "borgerens
demens ikke i sig selv udløser et behov". Min mor læste selv brevet og blev meget ked
af det. Hun forstår ikke ordet "udløser" i den sammenhæng og troede, hun blev kaldt en
byrde.

Jeg forstår godt at I skal skrive juridisk, men man kan godt skrive ordentligt til en
87-årig. Jeg har fuldmagt fra min mor og vedlægger den.

Med venlig hilsen
Lene Stougaard Madsen
""")

M("", """
Til byrådsmedlem Per Holm

Jeg vil protestere mod beslutningen om at lukke Borgerservice om fredagen. Vi er mange
der arbejder hele ugen og kun kan komme fredag eftermiddag. Det er et dårligt signal
at spare på den service, som borgerne faktisk bruger. Jeg håber du stemmer imod, når
budgettet kommer op igen.

Mvh
Carsten Lund, Ishøj Strand
""")

M("e", """
Kære borgerrådgiver,

I går stod jeg i skranken i rådhuset og spurgte til min boligstøtte. Medarbejderen
sagde højt, så hele køen kunne høre det: "Nå, det er dig med restancen på de 14.000
kr." Jeg blev så flov at jeg gik igen uden at få svar.

Jeg synes ikke man skal kunne råbe folks gæld ud i et venteværelse. Jeg vil gerne
klage og have at vide, hvad I gør for at det ikke sker igen.

Venlig hilsen
Annette
""")

M("heu", """
Til borgerrådgiveren, Ishøj Kommune

Jeg er social- og sundhedshjælper og medlem af FOA. I marts fik jeg en arbejdsskade
i ryggen, da en borger faldt og jeg greb hende. Siden har jeg fået sygedagpenge. Min
sagsbehandler har nu to gange aflyst vores opfølgningssamtale med under en times
varsel, og jeg har hørt fra FOA at mine papirer ligger ubehandlede.

Jeg vil gerne vide, hvem jeg kan klage til, og om I kan undersøge sagsbehandlingen.

Med venlig hilsen
Pernille Ravn
""")

M("be", """
Hej borgerrådgiveren

jobcentret har sendt mig i praktik på et lager i Ishøj. Jeg beder mine bønner to gange
i arbejdstiden og det tager 5 min hver gang, jeg har spurgt om jeg må bruge pauserne.
Lederen sagde ja, men min jobkonsulent fra kommunen skrev bagefter i min plan at jeg
"har svært ved at følge arbejdspladsens regler". Det er ikke rigtigt. Jeg vil klage.

Venlig hilsen
Abdirahman
""")

M("t", """
Til borgerrådgiveren

Jeg var på Borgerservice i tirsdags for at få nyt pas. Da jeg skulle have taget billede,
sagde medarbejderen til sin kollega: "Hun er så mørk at man ikke kan se noget på
billedet, skal vi ikke skrue op for lyset." De grinede. Jeg er født i Ghana og har
boet i Ishøj i 20 år, og jeg har aldrig oplevet noget lignende på rådhuset.

Jeg vil gerne have at I tager det alvorligt.

Akosua Mensah
""")

M("", """
Hej

Hvordan klager man egentlig over en sagsbehandler? Skal det være skriftligt, og skal
det sendes til centret eller til borgerrådgiveren? Og er der en frist? Jeg kan ikke
finde det på hjemmesiden.

Tak for hjælpen
Lars
""")

M("s", """
Til Ishøj Svømmehal / Center for Byudvikling og Natur

Min kone og jeg var i svømmehallen søndag formiddag med vores to børn. Vi gav hinanden
et kys ved bassinkanten, og badevagten kom hen og sagde at "den slags" ikke var
passende for børnene. Ingen af de andre par fik at vide noget.

Vi vil gerne have en forklaring og en undskyldning.

Hilsen Stine og Maria Juul-Andersen
""")

M("et", """
Dear borgerrådgiver / Kære borgerrådgiver

Jeg er polsk og har boet her i 9 år. Mine dagpenge er stoppet fordi jobcentret siger
jeg ikke har lagt CV op, men det har jeg, jeg har screenshot. Sagsbehandleren svarer på
engelsk når jeg skriver dansk, og dansk når jeg skriver engelsk. Jeg forstår ikke
hvorfor.

Please help me to get the money back. CPR: [[220684–1137]]

Tomasz Wiśniewski
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har modtaget jeres brev om min hæk mod Gildbrovej. Tonen er helt ude af proportioner:
"Såfremt De ikke efterkommer påbuddet, vil kommunen uden yderligere varsel" osv. Jeg har
boet her i 31 år og har altid klippet hækken. Man kunne have ringet eller lagt en seddel.

Jeg beder om at brevene i fremtiden skrives i et mere venligt sprog.

Erik Dahl
""")

M("he", """
Til hjemmeplejen, Ishøj

Min mand Kurt har Parkinson og får hjælp til at komme op om morgenen. I denne uge er
hjælperen kommet kl. 10.40, kl. 11.15 og i dag slet ikke. Han har ligget og ventet og
kan ikke selv komme ud af sengen. Det er ikke første gang.

Jeg er selv 81 og kan ikke løfte ham. Jeg vil klage over det og vil gerne ringes op.

Grethe Skov
""")

M("b", """
Kære borgerrådgiver

Vi er Jehovas Vidner, og vores datter går i børnehave i Ishøj. Pædagogen har to gange
sagt foran de andre børn, at det er "synd for hende" at hun ikke må holde fødselsdag.
Vi har forklaret vores tro ved indskrivningen og troede det var i orden.

Vi ønsker ikke at gøre det stort, men vi vil gerne have at lederen taler med personalet.

Venlig hilsen
Rebekka og Jens Holt
""")

M("u", """
Til Center for Byudvikling og Natur

Jeg er tillidsrepræsentant for Dansk Metal på værkstedet på Industrivej, og jeg var med
til mødet om støjklagerne i sidste uge på vegne af mine kolleger. Jeres medarbejder
afbrød mig og sagde at "fagforeningsfolk" ikke havde noget at gøre ved mødet. Det var
et borgermøde og jeg bor selv i Ishøj.

Jeg synes den opførsel er uacceptabel og vil gerne have en reaktion.

Kim Bach Larsen
""")

M("e", """
Til borgerrådgiveren

Jeg fik i går at vide fra min søns skole, at kommunen har modtaget en underretning om
os, og at en rådgiver vil indkalde os til møde. Ingen har talt med os først. Jeg
fandt ud af det fordi skolesekretæren nævnte det i telefonen. Hvorfor kan jeg ikke få
det at vide direkte? Og hvem har skrevet den?

Jeg er alene med tre børn og gør alt hvad jeg kan.

Nadja Frost
""")

M("", """
Hej Ishøj Kommune

Lørdag stod der 40 biler i kø til genbrugspladsen, og der var kun én medarbejder. Vi
holdt i over en time med en trailer. Enten skal der flere ansatte til, eller også skal
åbningstiden udvides. Det er ikke første gang.

Venlig hilsen
Henrik Poulsen
""")

M("h", """
Til lederen af Sundhedsplejen

Jeg vil gerne give en klage videre over et hjemmebesøg sidste tirsdag. Jeg fortalte
sundhedsplejersken, at jeg er i behandling for fødselsdepression og tager
antidepressiv medicin. Hun svarede: "Det er jo noget alle mødre føler lidt", og skrev
det ikke ned. Jeg havde brug for at blive taget alvorligt.

Jeg vil gerne have en anden sundhedsplejerske.

Med venlig hilsen
Louise B.
""")

M("ep", """
Kære borgerrådgiver

Jeg har søgt kontanthjælp efter min skilsmisse, og min sagsbehandler siger at jeg skal
sælge mit rækkehus i Vildtbanegård først. Huset er sat til salg og vi har fået et bud på
2,1 mio., men køberen venter på at få sin bank på plads. I mellemtiden har jeg ingen
penge til mad. Sagsbehandleren siger at "det er mit eget problem". Kan det virkelig
være rigtigt?

Mette Larsen
""")

M("e", """
klage over afgørelse om enkeltydelse

jeg fik afslag på hjælp til depositum på ny lejlighed i brev af 2/10. jeg er
hjemløs og bor hos en ven på sofaen. cpr [[030791 1234]]. jeg vil klage og vil have at
nogen ser på det igen

Dennis
""")

M("tb", """
Til borgerrådgiveren

Jeg hedder Zainab, jeg er fra Irak og jeg er muslim. Da jeg var på Borgerservice om
min datters sundhedskort talte medarbejderen meget højt og langsomt til mig og sagde
til kollegaen "de forstår jo ikke noget alligevel". Jeg forstår dansk. Jeg har taget
prøve 3.

Jeg synes ikke det er rigtig måde at tale til mennesker.

Zainab Al-Khafaji
""")

M("se", """
Til borgerrådgiveren

Jeg får kontanthjælp og har en kæreste der hedder Thomas. Han bor ikke hos mig. Men
min sagsbehandler har i to samtaler spurgt ind til "hvor seriøst det er mellem jer to
fyre" og om vi deler økonomi. Jeg har ikke noget at skjule men det føles som om det
handler om at vi er to mænd og ikke om reglerne.

Jeg vil gerne klage over den måde samtalerne foregår på.

Rasmus
""")

M("", """
Til byrådet

Det er en skandale, at man skal vente 6 uger på en tid til pas og kørekort. I
sommerferien kunne man slet ikke få en tid. Byrådet må afsætte flere penge til
Borgerservice i næste budget.

Med venlig hilsen
Kirsten Mølgaard
""")

M("he", """
Til Jobcenter Ishøj, att. teamleder

Jeg har sklerose og var til møde i rehabiliteringsteamet den 19. september. Jeg fik
ikke lov at have min bisidder med ind, selvom jeg havde skrevet det på forhånd. Mødet
varede 15 min og ingen havde læst min lægeerklæring. Jeg vil klage over både
forberedelsen og det at bisidderen blev afvist.

Med venlig hilsen
Birgitte Lykke
""")

M("ue", """
hej
er i 3F og blev fyret fra lageret i september. jobcentret har indkaldt mig til 3
samtaler på 2 uger og hver gang siger de noget nyt om hvad jeg skal søge. 3F siger det
er for meget. hvem bestemmer det?
mvh
Kenneth
""")

M("sb", """
Til lederen af Seniorcentret

Min mand og jeg kommer i jeres seniorklub hver tirsdag. I sidste uge lavede en af
medarbejderne sjov med, at "de to herrer nok hellere vil i kirke end spille kort" fordi
vi gik tidligt for at nå messen i den katolske kirke. Det blev sagt foran alle.

Vi er gamle nok til at kunne tåle lidt, men det er ikke første gang, og det går på
både vores tro og vores ægteskab.

Venlig hilsen
Poul og Jørgen Mikkelsen
""")

M("", """
Kære borgerrådgiver

Jeg synes det er meget svært at finde ud af, hvordan man klager til kommunen. På
hjemmesiden står der tre forskellige steder noget forskelligt. Kunne I ikke lave én
side med et skema? Det ville hjælpe mange, især ældre.

Mvh Jytte
""")

M("h", """
Til Borgerservice, kørekort

Mit kørekort skal fornyes pga. min sukkersyge, og jeg har afleveret lægeerklæringen i
august. I brevet fra jer står at "ansøgningen er mangelfuld", men ingen kan sige hvad
der mangler. Jeg er chauffør og kan miste mit job.

Kan nogen ringe til mig? 42 71 93 08

Ole Frandsen
[[150766 2045]]
""")

M("e", """
Til borgerrådgiveren i Ishøj

Jeg vil klage over den måde min boligstøtte er blevet stoppet på. I juni fik jeg et
brev om, at min indkomst var for høj, fordi I havde regnet min søns feriejob med. Han
bor ikke engang hos mig mere. Jeg ringede og fik at vide det ville blive rettet. I
juli kom der intet. I august kom der intet. I september fik jeg en opkrævning på 6.800
kr. for "for meget udbetalt".

Jeg har nu ringet 9 gange. Jeg har skrevet på Borger.dk. Ingen vender tilbage. Jeg er
enlig pensionist og kan ikke betale 6.800 kr. Jeg vil have en skriftlig afgørelse,
så jeg kan klage over den, og jeg vil have at nogen undersøger, hvorfor ingen svarer.

Med venlig hilsen
Aase Kragh
""")

M("t", """
Til Center for Byudvikling og Natur, parkering

Da jeg fik en p-afgift ved Ishøj Bycenter i fredags, kaldte jeres parkeringsvagt mig
"perker" da jeg sagde at jeg kun havde holdt der i to min. Min søster filmede det. Jeg
vil gerne klage over vagten, ikke over afgiften.

Hamid Y.
""")

M("p", """
Kære borgerrådgiver

Vi har solgt vores hus på Ishøj Søvej med forbehold for, at kommunen bekræfter at
carporten er lovlig. Det har vi ventet på siden 1. september. Køberne har sagt at de
trækker sig, hvis svaret ikke er kommet inden 1. november. Byggesagsafdelingen svarer
ikke. Vi føler os magtesløse.

Hilsen
Hanne og Leif Vestergaard
""")

M("", """
Til bibliotekets leder

Jeg var på Ishøj Bibliotek onsdag og blev bedt om at gå, fordi jeg talte i telefon.
Det er fint, men den måde medarbejderen gjorde det på var direkte nedladende, og hun
tog fat i min arm. Det synes jeg ikke er i orden.

Venlig hilsen
Bent Hougaard
""")

M("hte", """
Til Plejecenter Ishøjhus

Min far har demens og bor hos jer på afdeling 2. Han taler kun tamil nu, dansken er
forsvundet med sygdommen. Jeg har flere gange bedt om, at personalet bruger de kort med
billeder jeg har lavet, men de ligger i en skuffe. I går sad han og græd, fordi ingen
forstod at han var tørstig.

Jeg vil klage over det og vil gerne have et møde med lederen.

Kanthi Rasaratnam
""")

M("b", """
Til Center for Byudvikling og Natur

Jeg vil klage over en sagsbehandler i min byggesag om en udestue. Da jeg i telefonen
nævnte, at jeg sidder i bestyrelsen for Enhedslisten i Ishøj, sagde han: "Så forstår
jeg godt, at du synes reglerne er noget pjat." Det har intet med sagen at gøre.

Peter Jakobsen
""")

M("u", """
Hej

Jeg er medlem af Krifa og de har rådet mig til at skrive til jer. Jeg har søgt om
parkeringstilladelse til min firmabil på boligvejen i tre måneder og fået tre
forskellige svar. Nu vil jeg klage formelt over sagsbehandlingstiden.

Dorthe Winther
""")

M("", """
Til Jobcenter Ishøj

Hvorfor har jobcentrets reception kun åbent til kl. 13 om fredagen? Jeg er
virksomhedskonsulent i et vikarbureau og skal ofte aflevere papirer for vores
kandidater. Det ville være godt med længere åbningstid eller en postkasse.

Med venlig hilsen
Søren Bech, Vikarhuset ApS
""")

M("", """
Til formanden for Beskæftigelsesudvalget

I sidste nummer af kommunens nyhedsbrev stod der, at "mange kontanthjælpsmodtagere
har vænnet sig til at blive forsørget". Det er en nedladende og generaliserende måde at
skrive om mennesker på. Jeg forventer at udvalget tager afstand fra formuleringen.

Venlig hilsen
Merete Falk
""")

M("s", """
hej
jeg er 17 og går i ungdomsklubben. vi fik et spørgeskema hvor man skulle krydse af om
man har kæreste og om det er en dreng eller pige. jeg er biseksuel og synes det er
mærkeligt at man kun kan vælge én. og en voksen sagde at det "bare er en fase". det
synes jeg er nederen. kan man klage over det
anonym
""")

M("e", """
Til Pensionsafdelingen, Ishøj Kommune

Vi har i maj sendt dokumentation for vores formue til beregning af pensionstillægget,
men har nu fået brev om at der "mangler oplysninger", og at tillægget til os begge
bliver sat ned fra 1. november. Vi sendte alt med anbefalet post og har kvitteringen.

Vi klager hermed og beder om, at sagen genoptages.

Bodil Hartmann, [[110248-1620]]
Arne Hartmann, [[050345-0907]]
Torslunde Byvej 22, 2635 Ishøj
""")
