"""Part G: union membership, ethnic origin and sexual orientation mixed with the
corpus's emphasis (economy, belief, property); some CPR numbers with no-break
spaces; hard negatives on unions, origin and families."""
from common import M

M("ue", """Kære Beskæftigelsesudvalg

Jeg har været medlem af FOA i 25 år og er nu blevet afskediget fra hjemmeplejen i forbindelse med besparelserne. Min a-kasse siger jeg først kan få dagpenge om 3 uger. Hvad skal jeg leve af indtil da?

Med venlig hilsen
Gitte Mortensen""")

M("", """Hej. Hvor mange stillinger i hjemmeplejen nedlægges med budgettet for 2026, og har fagforeningerne været inddraget i processen? Mvh Villy""")

M("ub", """hej Thomas, det er Bo fra 3F Vestegnen. jeg er også medlem af SF og vil gerne have dig med til en debat om social dumping på byggepladserne i Ishøj. vi holder den i fagforeningshuset den 5. mvh Bo Ravnsborg""")

M("", """Kære Teknik- og Miljøudvalg. Hvilke krav stiller kommunen om arbejdsklausuler og overenskomst, når I udbyder byggeopgaver? Jeg er elektriker og spørger som borger. Mvh Rune""")

M("tp", """Hej Sune

Min svigerfar er fra Marokko og vil sælge sin lejlighed på Gildbrovej, så han kan flytte hjem. Køberen er fundet, men han taler dårligt dansk og forstår ikke papirerne fra kommunen om ejendomsskat. Kan vi få en tolk til et møde?

Mvh Kasper""")

M("sp", """Kære Lotte

Min mand Anders og jeg har lige budt på et byggegrund i Ishøj Landsby. Vi har aftalt at høre jer, om der er begrænsninger på højden af huset, inden vi hæver buddet. Sælger er kommunen, så vi vil ikke have at det ser ud som forskelsbehandling at vi spørger jer.

Venlig hilsen
Thomas Vinding""")

M("u", """Kære Borgmester

Jeg er medlem af Socialpædagogerne og arbejder på bostedet Vejlegården. Vi er kun to på nattevagt til 18 beboere. Det er farligt for både beboere og personale. Jeg beder byrådet handle.

Med venlig hilsen
Christina Holm""")

M("", """Kære Socialudvalg. Hvad er normeringen på kommunens bosteder om natten? Jeg har læst i avisen at Socialpædagogerne kritiserer forholdene. Mvh en bekymret pårørende""")

M("te", """Til Center for Voksne og Velfærd

Min bror Hamid og jeg er vokset op i Afghanistan, og han har ikke lært at læse. Han har fået et krav om tilbagebetaling af 22.000 kr. i kontanthjælp, som han ikke forstår. Jeg har fuldmagt. Hans cpr er [[020486 1937]].

Venlig hilsen
Farid Noori""")

M("s", """Hej Camilla, som du ved er jeg gift med Tobias, og vi er til forældremøde i 0.A sammen. Nu har lærerne lavet en opgave om "mor, far og børn". Kan skolen ikke huske, at der også er familier med to fædre? Mvh Mikkel""")

M("", """Kære Skoleudvalg. Undervises der i familieformer og kønsidentitet i indskolingen i Ishøj, og hvilket materiale bruges? Jeg er forælder og vil gerne vide det. Mvh Tina""")

M("tu", """Hej Hans, jeg er polsk og arbejder på en byggeplads i Ishøj Strand. Jeg er meldt ind i 3F, men min arbejdsgiver betaler ikke overenskomstløn til os polakker. Kan kommunen gøre noget, når det er jeres byggeri? Mvh Piotr""")

M("", """Hej. Er kommunen bygherre på det nye byggeri ved Ishøj Strand, og følger entreprenørerne danske overenskomster? Mvh Lars, formand for grundejerforeningen""")

M("sh", """Kære Sundhedsudvalg

Jeg er homoseksuel og lever med hiv. Jeg har oplevet at min hjemmesygeplejerske tager to par handsker på og taler højt om det på trappen. Jeg vil have, at kommunen sørger for undervisning af personalet.

Venlig hilsen
Søren""")

M("", """Hej. Har kommunen et tilbud om gratis hiv- og kønssygdomstest, eller skal man til egen læge? Mvh Johan""")

M("tb", """Kære Ishøj Kommune

Vi er en tamilsk hindu-familie, og vi vil gerne holde en lille religiøs ceremoni ved stranden, hvor vi spreder vores fars aske. Skal vi søge om tilladelse?

Venlig hilsen
Ramesh Sivakumar""")

M("", """Hvad er reglerne for at sprede aske over havet ved Ishøj Strand? Skal man søge kommunen eller Søfartsstyrelsen? Generelt spørgsmål. Mvh Birgitte""")

M("u", """hej Lise. tak for svar. jeg er ikke længere medlem af BUPL, jeg meldte mig ud da jeg blev leder, men nu er jeg i Lederne. så det er fint at I skriver til mig direkte. mvh Anne Kathrine""")

M("se", """Kære Louise

Min ekskone og jeg har fælles forældremyndighed over vores datter, og nu har min ekskone fået en ny kone, og de vil flytte til Jylland med vores datter. Jeg vil ikke fratages samværet. Er det noget kommunen kan hjælpe med, eller skal jeg gå direkte til Familieretshuset?

Med venlig hilsen
Henrik Bjerre""")

M("", """Kære Familieafdeling. Hvilke tilbud har kommunen til børn i skilsmissefamilier, fx samtalegrupper? Jeg er lærer og vil gerne henvise elever. Mvh Pernille""")

M("te", """hej. jeg er fra Gambia og bor på et værelse i Vildtbanegård. min udlejer vil smide mig ud fordi jeg er sort, siger han. jeg har betalt husleje hver måned. jeg har ingen andre steder at bo. hvad gør jeg? Lamin""")

M("bu", """Kære Hanne Malmberg

Som medlem af Kristeligt Fagforbund og overbevist kristen vil jeg gerne kritisere, at kommunens medarbejderfest er flyttet til Langfredag. Mange af os kolleger føler det er respektløst.

Mvh Jens Bonde""")

M("", """Hej. Er det rigtigt at kommunens medarbejderfest ligger Langfredag i år? Jeg synes det er en mærkelig dato, men måske er der en grund. Mvh Anna""")

M("s", """hej kære Emil 🏳️‍🌈 tak for dit indlæg i avisen. jeg er selv bi og har først fortalt det på arbejdet i år. det betyder meget at der er en politiker der siger tingene højt. knus Ida""")

M("tp", """Til Økonomiudvalget

Ishøj Tyrkisk Kulturforening ved undertegnede, Mehmet Kaya (selv af tyrkisk afstamning), ønsker at købe den tidligere børnehave på Tranegilde Strandvej, som kommunen har udbudt. Vi vil gerne holde et møde om prisen, før vi afgiver bud.

Med venlig hilsen
Mehmet Kaya""")

M("", """Kære Økonomiudvalg. Hvad skal der ske med den tidligere børnehave på Tranegilde Strandvej? Vi naboer håber ikke det bliver en parkeringsplads. Mvh Ole Dybdahl""")

M("su", """Kære Morten

Jeg er tillidsrepræsentant i 3F på kommunens vejafdeling. En af vores kolleger, Jesper, er blevet chikaneret for at være bøsse, og det er ikke første gang. Jesper har givet mig lov at skrive til dig.

Venlig hilsen
Kim Sørensen""")

M("t", """Kære Charlotte

Min mor er fra Thailand og taler næsten ikke dansk. Hun har fået et brev om sin ejendomsskat, som hun ikke forstår. Kan kommunen sende det på engelsk eller thai?

Venlig hilsen
Julie Mortensen""")

M("", """Hej. Oversætter kommunen breve til andre sprog end dansk? Jeg har mange kunder i min frisørsalon, der spørger. Mvh Nilufar""")

M("u", """til HR. jeg har fået at vide at jeg ikke kan få lønforhandling, fordi jeg ikke er medlem af nogen fagforening. det er vel ulovligt? jeg var medlem af HK indtil i fjor. mvh Bettina""")

M("", """Til HR. Er kommunens ansatte forpligtet til at være medlem af en fagforening for at være dækket af overenskomsten? Jeg er nyansat og forvirret. Mvh Sebastian""")

M("st", """Kære Ishøj Kommune

Min kæreste Raúl og jeg er to mænd, og han er fra Colombia. Vi har fået afslag på familiesammenføring, fordi kommunen ikke har svaret Udlændingestyrelsen om vores boligforhold. Kan I se på det?

Venlig hilsen
Mathias Krogh""")

M("", """Hvilken rolle har kommunen i en sag om familiesammenføring? Vi er en frivilligforening der hjælper nytilflyttere. Mvh Venligboerne Ishøj""")

M("tb", """Kære Kultur- og Fritidsudvalg

Jeg er armensk og medlem af den armensk-apostolske kirke. Vi vil gerne markere mindedagen for folkedrabet den 24. april med en lille sammenkomst ved Ishøj Sø. Må vi det?

Venlig hilsen
Ani Hovhannisyan""")

M("s", """Til Børnehuset Solsikken

Vi, Stine og Mia, er begge mødre til Emil, og vi vil gerne begge stå på Aula med forældreadgang. Det er kun Stine der står der nu. Kan I rette det?

Mvh Mia""")

M("u", """Kære Karen Vestergaard

Jeg er medlem af IDA og arbejder som ingeniør. Jeg vil gerne tilbyde at hjælpe kommunen med at vurdere klimatilpasningen ved Ishøj Strand gratis. Skal jeg kontakte dig eller forvaltningen?

Mvh Per Lindholm""")

M("t", """hej Mette. naboen i nr. 7 råber "sorte svin" efter mine børn hver dag. vi er fra Nigeria. jeg har ringet til boligselskabet men de gør ingenting. hvad kan kommunen gøre? Grace""")

M("se", """Hej

Jeg og min mand Ali er blevet separeret, og jeg er flyttet ud. Jeg ved ikke hvem jeg skal skrive til for at få boligstøtte til min nye lejlighed. Jeg er selv mand hvis det betyder noget.

Mvh Kenneth""")

M("ue", """Kære Anders Jensen

Jeg er medlem af Serviceforbundet og arbejder som rengøringsassistent på rådhuset via et vikarbureau. Min løn er ikke udbetalt i to måneder, og jeg har fået rykker på min husleje. Kan kommunen presse vikarbureauet?

Venlig hilsen
Gloria Santos""")

M("s", """Kære Birgit

Jeg vil bare lige sige tak for den flotte tale ved min svigerinde Karens begravelse. Hun og hendes kone Tove var gift i 30 år, og Tove var så glad for dine ord.

Mvh Lis""")

M("t", """Kære Integrationsråd. Mit barnebarn er halvt inuit og bliver drillet med sin hudfarve i klassen på Vejleåskolen. Lærerne siger, det bare er børn. Jeg vil gerne have rådet til at se på det. Mvh Ellen Petersen""")
