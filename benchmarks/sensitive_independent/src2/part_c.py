from common import M

M("b", """Hej

Vi holder ramadan hjemme, og min søn på 12 faster for første gang i år. Skolen har lejrtur i uge 12 og vi vil gerne høre om han kan få mad efter solnedgang på turen, eller om han skal blive hjemme.

Mvh Khadija""")

M("b", """hej. jeg er jehovas vidne og vil ikke have at min datter deltager i fødselsdagsfejringer i børnehaven. kan hun være på en anden stue imens? mvh Marianne""")

M("b", """Kære Lone

Jeg ved godt at du og jeg ikke er i samme parti, men som gammel SF'er og medlem af bestyrelsen i lokalforeningen vil jeg lige sige at jeres forslag om at lukke naturskolen er en skandale. Kan vi tage en kop kaffe og snakke om det?

Hilsen Morten""")

M("b", """Til skolen

Vores familie er sikh, og vores søn bærer turban. På svømmeholdet i skolen har træneren sagt, at han skal tage den af, og det kan han ikke af religiøse grunde. Hvilke regler gælder?

Med venlig hilsen
Harpreet Singh""")

M("b", """hej jeg er konverteret til islam sidste år og min arbejdsgiver i kommunens hjemmepleje vil ik give mig fri til fredagsbøn. er det lovligt?? vh Sebastian""")

M("b", """Hej

Jeg stemte på Dansk Folkeparti ved sidste valg, og jeg skriver til dig fordi jeg er dybt skuffet over at I har stemt for flere flygtningeboliger. I har mistet min stemme.

Ole fra Strandgårdsparken""")

M("b", """Til Center for Børn og Forebyggelse

Vi er veganere af etiske grunde, hele familien, og vi vil gerne høre om vuggestuen kan lave vegansk mad til vores datter. Vi vil ikke have at hun får mælk og kød.

Med venlig hilsen
Katrine og Simon""")

M("b", """hej, jeg er katolik og vil gerne begraves på Ishøj kirkegård men efter katolsk ritual. kan det lade sig gøre? mvh Teresa (79)""")

M("b", """Hej Helle

Jeg er ateist og har meldt mig ud af folkekirken, og nu har min søns klasse skolegudstjeneste i kirken til jul. Han skal ikke med. Hvad laver han så?

Vh Jakob""")

M("b", """Kære borgmester

Som aktiv i Extinction Rebellion var jeg med ved demonstrationen foran rådhuset i fredags. Jeg vil klage over at en af jeres medarbejdere tog billeder af os og lagde dem på Facebook.

Med venlig hilsen
Asger""")

M("b", """hej. jeg har været medlem af Venstre i 30 år men nu melder jeg mig ud pga. jeres beslutning om cykelstien. bare så i ved det. Preben""")

M("b", """Kære kommune

Vores datter vil gerne bære tørklæde på arbejde i jeres daginstitution fordi hun er blevet mere troende. Lederen har sagt at det ikke er 'neutralt'. Har kommunen en politik om det?

Venlig hilsen
Aisha og Mustafa""")

M("be", """Hej

Min far er buddhist, og han vil gerne have lov til at have et lille alter på sit værelse på plejehjemmet. Personalet siger at røgelse ikke er tilladt. Kan man finde en løsning?

Mvh Nina""")

M("eb", """Til jobcenteret

Jeg er pacifist og nægter at tage det praktikforløb I har tilbudt mig hos et firma der laver dele til militærfly. Jeg får kontanthjælp og er bange for at blive trukket. Hvad er mine rettigheder?

Mvh Rasmus""")

M("be", """hej. er det rigtigt at I har sagt til min mor at hun ikke kan få halal mad i hjemmeplejen? hun er muslim og har altid spist halal. mvh Yusuf""")

M("b", """Hej Kristian

Jeg sidder i bestyrelsen for Enhedslisten i Ishøj og skriver privat for at høre om der er mulighed for at låne Ishøj Kulturhus til et vælgermøde i april.

Mvh Line""")

M("b", """Kære kommune

Vi er medlemmer af Mosaisk Trossamfund og vores søn skal have bar mitzvah. Vi vil gerne have at skolen giver fri den lørdag han skal øve i synagogen — nej undskyld, det er fredag. Går det?

Venlig hilsen
Daniel""")

M("b", """hej jeg er humanist og vil gerne ha en navnefest for min datter i stedet for dåb. kan man låne en sal på rådhuset? /Freja""")

M("b", """Hej

Min mand og jeg er frikirkelige (pinsekirken) og vi vil gerne holde en lille gudstjeneste for beboerne på et af kommunens plejecentre hver måned. Kan vi det?

Hilsen Rut""")

M("b", """Kære Lars

Jeg har altid stemt rødt, men ved kommunalvalget stemte jeg på dig personligt fordi du lovede mere til ældreområdet. Nu vil jeg høre hvad der er sket med det.

Hilsen Grethe""")

M("b", """hej, jeg er aktiv i Nye Borgerlige og har hørt at der er blevet sagt nej til vores stand på torvet men ja til andre partier. er det rigtigt? vh Kim""")

M("u", """Hej Bent

Som gammel 3F'er vil jeg bare sige at det er for dårligt at kommunens nye vejfolk er ansat gennem et vikarbureau uden overenskomst. Jeg var selv på vejen i 31 år. Har du en kommentar?

Hilsen Finn""")

M("u", """hej, jeg er tillidsrepræsentant for FOA på et af jeres plejecentre og vil gerne have et møde med udvalgsformanden om bemandingen om natten. hvem skal jeg skrive til? mvh Dorte""")

M("ue", """Til Jobcentret

Jeg har fået at vide af min a-kasse (HK) at jobcenteret ikke har sendt min plan videre. Jeg er ledig og skal bruge den før d. 1. Kan I sende den til dem?

Med venlig hilsen
Malene""")

M("u", """Kære borgmester

Jeg er medlem af Dansk Metal og arbejder hos en underleverandør på det nye byggeri ved stationen. Vi har set at der er folk på pladsen der ikke har sikkerhedsudstyr. Det er jo kommunens byggeri. Hvad gør I?

Mvh Steffen""")

M("u", """hej. min kone er i BUPL og hun siger at der er alt for få voksne pr barn i børnehaven hvor vores søn går. vi er begge bekymrede. kan i oplyse normeringen? vh Jonas""")

M("ue", """Hej

Jeg meldte mig ud af Krifa sidste år og ind i Det Faglige Hus. Jeg er ledig siden januar, og nu siger jobcentret at der er et hul i mine papirer. Kan I tjekke det?

Mvh Ali""")

M("u", """Til Center for Beskæftigelse og Erhverv

Jeg er HK'er og har været TR på min tidligere arbejdsplads i Ishøj i 8 år. Jeg vil gerne tilbyde mig som mentor for unge ledige. Er der et program?

Venlig hilsen
Susanne Bech""")

M("ue", """hey, var i 3F i 20 år men er gået over i Krifa fordi det er billigere. betyder det noget for min sag om seniorjob? /Henning""")

M("u", """Kære Jette

Jeg skriver som medlem af DLF og som forælder på Vibeholmskolen. Vi lærere har talt om den nye skemastruktur, og jeg vil gerne have at du som udvalgsformand hører vores bekymringer.

Mvh
Kasper, lærer""")

M("u", """Hej. Jeg er sygeplejerske og medlem af DSR. Jeg vil bare spørge om kommunen stadig giver tilskud til parkering for nattevagter på Ishøj Sundhedshus. Hilsen Pia""")

M("u", """Hej

Min mand er næstformand i 3F's lokalafdeling og har fået en trussel i postkassen efter en konflikt med en arbejdsgiver på havnen. Kan kommunen sætte lys op ved vores indkørsel? Vi er bange.

Venlig hilsen
Tina""")

M("u", """Hej Mohammed

Jeg er Djøf'er og arbejder med persondataret, og jeg undrer mig over hvordan kommunen håndterer borgerhenvendelser til byrådsmedlemmer. Det er en generel interesse, men jeg vil gerne have en snak.

Mvh Signe""")

M("u", """hej jeg arbejder som buschauffør og er FOA medlem og vores TR siger kommunen har ændret ruten uden at høre os. det er farligt at dreje ved skolen. kan det ændres? -Yasin""")

M("u", """Til kommunen

Jeg er ingeniør, medlem af IDA, og har fulgt sagen om regnvandsbassinet ved Ishøj Strand. Jeg har nogle faglige indvendinger mod beregningerne og vil gerne sende dem til den ansvarlige.

Med venlig hilsen
Peter Krogh""")

M("ue", """hej. jeg er lige blevet ledig og har meldt mig ind i Lederne's a-kasse. skal jeg melde mig på jobnet samme dag? mvh Karsten""")

M("u", """Hej

Jeg var tidligere tillidsmand for Dansk El-Forbund på et stort byggeri her i byen. Nu er jeg pensioneret og vil gerne høre om kommunen har brug for frivillige til lektiecafé.

Hilsen Svend""")

M("u", """Kære udvalgsformand

Jeg skriver som medlem af FOA og som social- og sundhedsassistent i hjemmeplejen. Vi har fået ny kørselsplan, og vi når ikke frem til borgerne i tide. Jeg tør ikke skrive det officielt.

Mvh en bekymret medarbejder, Hanne""")

M("ue", """hej, har lige fået brev om at min a-kasse ikke vil udbetale. det er 3F a-kasse. de siger kommunen har skrevet at jeg ikke var til samtale. men jeg var der! hvad gør jeg? mvh Dennis""")

M("u", """Hej Anja

Min datter er elev i HK og er startet på kontoret på rådhuset. Hun siger at eleverne ikke får den frokostpause de har krav på. Kan du undersøge det, uden at hendes navn kommer frem?

Mvh Lisbeth""")

M("u", """Til borgmesteren

Jeg har været medlem af Socialpædagogerne i 15 år og arbejder på et bosted i nabokommunen. Jeg vil gerne høre om Ishøj har planer om at åbne et nyt bosted, for så vil jeg søge.

Med venlig hilsen
Michael""")

M("s", """Hej

Min kæreste Peter og jeg skal flytte sammen til sommer og vil gerne høre om vi kan blive skrevet op til en af de nye rækkehuse ved Ishøj Strand som et par, selvom vi ikke er gift.

Venlig hilsen
Lars Winther""")

M("sh", """hej! mig og min kone skal ha vores første barn i august (vi har brugt en donor) og jeg vil høre hvordan jeg bliver registreret som medmor. skal vi gøre noget hos jer eller er det kun hos jordemoderen? kh Signe""")

M("s", """Kære Skoleleder

Vores søn har to fædre, og på forældreintra står der kun plads til "mor" og "far". Det er måske en lille ting, men han spørger os hvorfor han skal skrive at en af os er hans mor. Kan det ændres?

Mvh Anders og Kristoffer""")

M("s", """hej, jeg er bøsse og har fået en mærkelig kommentar fra en ansat på biblioteket da jeg lånte en bog om homoseksualitet til min nevø. vil bare sige at det ikke er ok. -Mathias""")

M("s", """Til borgerrådgiveren

Jeg vil klage over den måde min sagsbehandler talte om min kæreste på. Min kæreste hedder Julie og jeg hedder Maria, og sagsbehandleren insisterede på at kalde hende "din veninde" gennem hele mødet, selvom jeg rettede hende to gange.

Mvh Maria""")

M("s", """Hej Ishøj

Min mand Jesper og jeg har været gift i 7 år og vil gerne være plejefamilie. Er der nogen problemer med at vi er to mænd?

Venlig hilsen
Frederik Holm""")

M("s", """hey. er lesbisk og vil gerne starte en gruppe for LGBT+ unge i ishøj, må vi låne et lokale i ungdomsklubben én aften om ugen? vh Sofie 17""")

M("se", """Kære byrådsmedlem

Jeg er 68 år og har levet sammen med min samlever Henning i 35 år. Nu er han kommet på plejehjem, og personalet vil ikke give mig oplysninger om ham fordi jeg "ikke er pårørende". Vi er ikke gift. Hvad kan jeg gøre?

Med venlig hilsen
Erik""")

M("se", """hej, jeg er biseksuel og min nye kæreste er en kvinde. min eksmand truer med at bruge det mod mig i sagen om vores datter. kan kommunen bruge det imod mig?? - Rikke""")

M("s", """Hej

Jeg vil gerne klage over, at min søn Jonas og hans kæreste Emil blev smidt ud af svømmehallen fordi de holdt hinanden i hånden i bassinet. Livredderen sagde at "det hører hjemme et andet sted". Det er diskrimination.

Hilsen Birgitte""")

M("s", """Kære Ishøj Kommune

Min kone Hanne og jeg vil gerne være vielsesvidner for hinanden… nej, vi vil gerne forny vores løfter på rådhuset til vores 10 års bryllupsdag. Kan man det?

Venlig hilsen
Charlotte""")

M("s", """hej mit navn er Ahmed og jeg er homoseksuel. min familie ved det ikke. jeg er 22 og vil gerne flytte hjemmefra og have en ungdomsbolig. kan i hjælpe uden at ringe til mit hjem?""")

M("s", """Hej

Jeg er aseksuel, og jeg vil bare gøre opmærksom på at kommunens nye spørgeskema til unge i 9. klasse har et spørgsmål om "hvornår har du haft sex første gang" uden en mulighed for at svare "aldrig / ikke relevant". Det er ekskluderende.

Mvh Ida, 16 år""")

M("s", """Hej Kim

Tak for en god snak på torvet. Som jeg sagde, er min ægtemand og jeg lige flyttet hertil fra Aarhus. Vi vil gerne engagere os i lokalsamfundet. Kender du en forening for nytilflyttere?

Mvh Thomas Dahl""")

M("s", """hej, er der nogen i kommunen man kan snakke med hvis ens teenagedatter lige er sprunget ud som lesbisk og ens mand tager det meget dårligt? jeg vil bare gerne ha råd. Anne""")

M("s", """Kære Center for Børn og Forebyggelse

Vi er en regnbuefamilie: to mødre og to fædre deler forældreskabet til vores to børn. Vi vil gerne have alle fire registreret som kontaktpersoner i børnehaven. Hvordan gør vi?

Mvh
Louise, Mette, Jakob og Søren""")

M("s", """Hej

Min kæreste og jeg – vi er begge fyre – blev råbt efter på Ishøj Station i går af en gruppe unge. Jeg ved godt det ikke er kommunens skyld, men kan I ikke sætte bedre lys og kameraer op?

/Oliver""")

M("s", """Til kommunen

Min datter er pansexuel og bor i en af jeres ungdomsboliger, og hun oplever at naboerne har skrevet grimme ting på hendes dør. Boligselskabet gør intet. Hvem kan hjælpe?

Hilsen Conny""")

M("s", """hej jeg er trans og queer og har haft problemer med at få omklædningsrum i svømmehallen. kan i lave et kønsneutralt? tak. /Alex""")

M("s", """Hej Dorthe

Mig og min kone, Natasja, er ved at adoptere, og vi skal bruge en udtalelse fra kommunen. Vi har hørt at det tager lang tid for par af samme køn. Passer det?

Kh Sandra""")

M("s", """Kære Thomas

Jeg er sammen med en mand, og min kollega i kommunens rengøring har fortalt det videre til hele afdelingen. Jeg har ikke selv fortalt det. Jeg er Morten, 44 år. Hvem tager sig af sådan noget?

Morten""")
