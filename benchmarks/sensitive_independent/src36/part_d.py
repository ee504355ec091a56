"""corpus36 part D: belief and union membership, often with CPR numbers and paraphrased health or money troubles; hard negatives on the same subjects."""
from common import M

M("b", """Kære Merete
Jeg er muslim og beder fem gange om dagen. På mit arbejde i kommunens kantine er der intet sted at gøre det. Kan der findes et stille rum?
Venlig hilsen
Aisha Rahman""")

M("b", """Hej Ole, jeg stemte på dig ved sidste valg, men det gør jeg ikke igen efter lukningen af Torslunde Skole. Hilsen en skuffet vælger, Lene Hjort""")

M("", """Hvornår er der gudstjeneste i Ishøj Kirke juleaften? Vi er nogle stykker fra opgangen, der gerne vil med.
Mvh Gunhild""")

M("b", """Kære borgerrådgiver
Vores datter har fået at vide af en pædagog at hun ikke må have sit kors med i vuggestuen. Vi er katolikker, og det betyder meget for os. Hun er 2 år.
Med venlig hilsen
Maria og Tomasz Kowal""")

M("b", """hej jeg er Jehovas Vidne og vil ikke have at min søn skal fejre fødselsdage i børnehaven. kan I sige det til personalet? mvh Ruth""")

M("bh", """Til Ældre- og Sundhedsudvalget
Min far er meget dårlig og ligger for døden derhjemme. Han er ortodoks kristen og ønsker en præst fra sin kirke, ikke fra hospice. Hjemmesygeplejersken siger at det ikke kan lade sig gøre efter kl. 16. Hvorfor ikke?
Venlig hilsen
Nikolai Ivanov""")

M("", """Vil kommunen give tilladelse til en ny moské på Industrivej? Jeg er imod det, fordi der ikke er parkering nok.
Mvh Bent Hedegaard""")

M("b", """Kære Ole
Jeg er medlem af Enhedslisten i Ishøj og var med til at dele flyers ud i lørdags. En kommunal medarbejder sagde at vi ikke måtte stå foran rådhuset. Er det rigtigt?
Hilsen
Kamilla Dahl""")

M("b", """Hej
Jeg er ateist og synes ikke min søn skal synge salmer hver morgen i 3.a. Kan han fritages?
Mvh Johnny Pedersen""")

M("be", """Kære Socialudvalg
Jeg er sikh og bærer turban. Jobcentret har sendt mig til praktik på en byggeplads, hvor jeg skal have hjelm på. Jeg kan ikke tage turbanen af. Nu truer de med at stoppe min ydelse.
Med venlig hilsen
Harpreet Singh
[[110388-1495]]""")

M("b", """hej vi er veganere af etiske grunde og vores søn skal ikke spise kød i skolemaden. Skolen siger at der ikke er noget vegansk alternativ. hvad gør vi? Hilsen Ida og Rune""")

M("b", """Kære Merete Amdisen
Som tidligere formand for Konservative i Ishøj vil jeg sige at jeg er rystet over budgettet. Jeg vil gerne mødes.
Med venlig hilsen
Arne Blixen""")

M("", """Kære byråd
Jeg synes vi skal beholde biblioteket i Ishøj Landsby åbent. Mange ældre bruger det.
Venlig hilsen
Ellen Kirk""")

M("b", """Hej Pia
Jeg er buddhist og vil spørge om jeg må sprede min mors aske ved Ishøj Strand, som det er skik hos os.
Mvh Sunee Larsen""")

M("b", """Kære Kulturudvalg
Vi er en lille humanistisk forening i Ishøj, og jeg er formand. Vi mødes hver måned og diskuterer etik uden religion. Kan vi låne et lokale i Kulturhuset?
Venlig hilsen
Mogens Thrane""")

M("bt", """Hej
Jeg er jøde, og der blev tegnet et hagekors på min dør på Vejleåvej 40 i nat. Politiet er kontaktet. Kan kommunen sørge for at det bliver malet over i dag? Jeg tør ikke selv gå ud.
Venlig hilsen
David Melchior""")

M("be", """Kære borgmester
Jeg er pacifist og har nægtet militærtjeneste. Nu står der i mit brev fra Jobcentret at jeg skal søge job hos en våbenproducent. Det vil jeg ikke.
Hilsen
Anton Lindahl""")

M("", """Hvad koster det at leje festsalen i Medborgerhuset til en konfirmation? Vi er 60 gæster.
Mvh Dorte""")

M("b", """Hej. Min datter er blevet muslim og har fået tørklæde på, og nu vil hun ikke i svømning med klassen. Jeg respekterer det men vil gerne vide om skolen kan tilbyde noget andet.
Hilsen Bjarne Kofoed""")

M("b", """Kære udvalg
Jeg er aktiv i Extinction Rebellion og vi vil lave en fredelig demonstration ved Arken. Skal vi søge tilladelse hos kommunen?
Mvh Sofie Rask""")

M("bhe", """Kære Ole Madsen
Jeg er Jehovas Vidne og har sagt nej til blodtransfusion før min operation på Hvidovre. Nu har hjemmeplejen skrevet i min journal at jeg "er uforstående". Jeg vil have det slettet.
Venlig hilsen
Inga Skov""")

M("", """Hvor mange medlemmer har folkekirken i Ishøj? Det er til en artikel.
Mvh Lokalavisen""")

M("", """Vi samler ind til Folkekirkens Nødhjælp i weekenden. Må vi stå foran Bycentret?
Hilsen spejderne""")

M("u", """Kære Merete
Jeg er tillidsrepræsentant for FOA i hjemmeplejen Nord og vil gerne have et møde om vores arbejdstider i julen.
Venlig hilsen
Lone Brandt""")

M("u", """hej jeg er medlem af 3F og de siger at kommunen ikke overholder overenskomsten for os i vejafdelingen. Hvem skal vi tale med? /Brian, vejmand""")

M("ue", """Til Jobcenter Ishøj
Jeg er blevet fyret efter 22 år på Ishøj Havn og har meldt mig ledig hos min a-kasse i Dansk Metal. De siger, at I skal godkende mit CV før jeg kan få penge. Det har jeg sendt tre gange.
Venlig hilsen
Flemming Ahlgren
[[220165-2214]]""")

M("", """Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter? Jeg er ved at blive færdig som tømrer.
Mvh Kenneth""")

M("u", """Kære borgerrådgiver
Jeg var i sin tid medlem af BUPL, men meldte mig ud. Nu har min leder i daginstitutionen sagt at jeg ikke kan blive souschef, fordi "I fra BUPL altid brokker jer". Er det lovligt?
Mvh Camilla""")

M("uh", """Hej Pia
Jeg er sygeplejerske og medlem af DSR. Jeg er sygemeldt med stress fra plejecentret Ishøjgård, og min leder ringer til mig hver dag. Min fagforening har sagt at jeg skal skrive til jer.
Venlig hilsen
Mette Dal
[[040892 2208]]""")

M("u", """Kære Ole
Som HK-medlem og ansat i Borgerservice vil jeg gøre opmærksom på at vi ikke har fået vores lønforhøjelse. Det er ikke en klage over min egen sag, men hele afdelingen.
Hilsen
Susanne Vinge""")

M("", """Jeg er i ASE og ikke medlem af nogen fagforening. Skal jeg selv sende dokumentation for mit jobsøgningsmøde til kommunen?
Mvh Preben""")

M("u", """hej. er blevet valgt som TR for lærerne på Strandskolen (DLF) og vil gerne have adgang til skoleudvalgets dagsordener. hvordan?
Hilsen Jonas""")

M("ue", """Kære Socialudvalg
Min a-kasse i Krifa har stoppet mine dagpenge, fordi jobcentret har skrevet at jeg ikke mødte op. Jeg var der. Jeg har billeder af indgangen med dato. Nu har jeg ingen penge til husleje.
Venlig hilsen
Maja Kristensen
[[300586-3120]]""")

M("u", """Kære Merete
Vi er nogle stykker fra Djøf og IDA, der bor i Ishøj og gerne vil tilbyde gratis lektiehjælp i Vejleåparken. Hvem skal vi kontakte?
Hilsen Anne og Peter""")

M("u", """Til Teknik- og Miljøudvalget. Vi er skraldemændene, alle organiseret i 3F, og vi har ikke fået ordentlige handsker i to måneder. Mvh. holdet på rute 4""")

M("uh", """Hej
Jeg har fået en arbejdsskade på ryggen på lageret og har fået hjælp af Det Faglige Hus, hvor jeg er medlem. Nu skal kommunen træffe afgørelse om min sag. Hvor lang tid tager det?
Mvh Kasper Dyhr
[[180994 1137]]""")

M("", """Kære Ole
Hvornår holder kommunen møde med fagforeningerne om budgettet for de ansatte? Jeg er bare en interesseret borger.
Hilsen Henning""")

M("u", """Kære borgmester
Som formand for Lederne i region Hovedstaden og selv medlem i 30 år vil jeg gerne invitere dig til vores årsmøde i Ishøj.
Venlig hilsen
Jørgen Skaarup""")

M("u", """Hej, jeg er FOA-medlem og arbejder som dagplejer. Kommunen har sendt mig et nyt regelsæt om sygdom hos dagplejebørn. Må jeg tage det med til min fagforening inden jeg skriver under?
Mvh Tanja Holm""")

M("ub", """Kære Pia Andersen
Jeg er tillidsrepræsentant i 3F og også medlem af Socialdemokratiet. Jeg vil gerne høre, om partiet vil støtte vores krav om bedre arbejdsmiljø i rengøringen.
Hilsen
Svend Aage Frost""")

M("u", """hej Ole jeg er elev og har lige meldt mig ind i HK Ungdom. kan man få fri fra skolen til en demonstration? :) /Line 17""")

M("", """Jeg har et generelt spørgsmål: Hvornår skal kommunen have overenskomstforhandlinger næste gang? Og hvem forhandler for lærerne?
Mvh Klaus""")

M("ue", """Kære Merete
Efter fyringsrunden i kommunen står jeg uden arbejde. Jeg har været medlem af HK i 25 år og de hjælper mig med sagen. Men jeg har også brug for at vide, om jeg kan få hjælp til huslejen, mens jeg venter på en afgørelse.
Venlig hilsen
Tove Brix
[[141263–2087]]""")

M("", """Hej
Jeg er medlem af Ishøj Kajakklub, og vi mangler en bådebro. Kan kommunen hjælpe?
Mvh Sten""")
