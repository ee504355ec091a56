"""corpus33 part G: origin, orientation, belief and union said in the writer's own words."""
from common import M

M("s", """hej! jeg er 16 og bi og vil gerne vide om ungdomsklubben på Strandgårdsparken har en gruppe for queer unge?? mine forældre ved det ikke så skriv ikke hjem. /Alex""")

M("", """Hej. Har kommunen en politik for LGBT+-medarbejdere? Jeg overvejer at søge job hos jer og vil gerne vide det. Mvh""")

M("su", """Hej

Jeg er HK'er og arbejder i Borgerservice. Min mand Rasmus og jeg skal giftes på rådhuset i juni og vil gerne høre om vi kan bruge byrådssalen. Jeg har spurgt min leder, men hun henviste hertil.

Mvh Kristoffer Bang""")

M("t", """Kære kommune

Jeg er født i Danmark men mine forældre er fra Libanon. Da jeg søgte om at leje festsalen i Ishøj Medborgerhus sagde medarbejderen "det er vel ikke til et arabisk bryllup med 400 mennesker". Det var til min fars 60-års fødselsdag. Jeg synes det var diskrimination.

Hilsen Ali Fakhro""")

M("b", """hej, jeg er ateist og synes ikke at mine børn skal synge salmer i børnehaven til jul. kan jeg melde dem fra? mvh Tobias""")

M("", """Hej. Synger man salmer i kommunens børnehaver op til jul? Vi er ved at vælge institution. Mvh Marie""")

M("u", """Til hovedpostkassen

Jeg er nyvalgt tillidsrepræsentant for sygeplejerskerne i hjemmesygeplejen (DSR) og vil gerne have adgang til MED-udvalgets referater.

Venlig hilsen
Hanne Krogsgaard""")

M("b", """Kære Michael

Jeg melder mig hermed ud af Konservative efter 12 år. Din stemme i sagen om Ishøj Havn var den sidste dråbe. Jeg har været formand for vælgerforeningen og ved hvad partiet stod for.

Hilsen Niels Birk""")

M("", """Kære byrådsmedlem. Jeg synes byrådet har en god politik for erhvervslivet, og jeg håber I vil sænke dækningsafgiften. Mvh en lokal erhvervsdrivende""")

M("t", """Hej Borgerservice

jeg er ukrainer og kom til Danmark i 2022 efter krigen brød ud. Min opholdstilladelse efter særloven udløber snart. Hvem i kommunen kan hjælpe med at forlænge den? Olena Kovalenko""")

M("", """Hej, hvor mange ukrainske flygtninge bor der i Ishøj nu? Er tallet faldet? Tak. Christina fra Ishøj Avis""")

M("tb", """Til integrationsafdelingen

Jeg er sikh og bærer turban. På mit arbejde i kommunens parkvæsen siger min leder at jeg skal have hjelm på i stedet. Jeg kom hertil fra Punjab for 5 år siden. Kan I hjælpe med at finde en løsning?

Mvh Gurpreet Singh""")

M("e", """Hej igen

Jeg glemte at skrive i min sidste mail at jeg stadig er i aktivering hos Jobcenter Ishøj, så jeg kan kun møde efter kl. 15.

Mvh Nikolaj Vinther""")

M("s", """Kære Ishøj Bibliotek (videresendt til kommunen)

Som homoseksuel mand på 70 savner jeg bøger og arrangementer for ældre LGBT-personer. Min afdøde mand Karl og jeg kom på biblioteket hver uge i 40 år.

Med venlig hilsen
Holger Brask""")

M("", """Hej. Vil biblioteket ikke lave en udstilling om LGBT-historie til Copenhagen Pride? Jeg kan hjælpe med materialer. Mvh Rikke, bibliotekar på pension""")

M("bu", """Kære formand for Beskæftigelsesudvalget

Jeg er medlem af Socialistisk Folkeparti og af FOA, og som social- og sundhedshjælper synes jeg det er dybt problematisk at kommunen udliciterer rengøringen. Jeg kommer til næste udvalgsmøde.

Venlig hilsen
Sanne Dybdahl""")

M("", """Til byrådet. Jeg synes ikke at kommunen skal udlicitere rengøringen i hjemmeplejen. Det går ud over kvaliteten. Hilsen en borger""")

M("u", """hej jeg har lige meldt mig ud af 3F og ind i Det Faglige Hus. skal jeg give kommunen (min arbejdsgiver) besked om det ift. lønsedlen? mvh Dennis fra Park og Vej""")

M("", """Hej, er ASE en fagforening? Jeg er ny og ved ikke om jeg skal melde mig ind i noget. Jeg er i ASE a-kasse nu. Mvh Jakob""")

M("t", """Hej

Min kone er fra Thailand og har fået job i kantinen på rådhuset. En kollega kalder hende "ladyboy" og "postordrebrud". Jeg ved hun ikke selv tør klage. Hvem kan vi skrive til?

Mvh Kenneth Laursen""")

M("bt", """Kære borgmester

Vores menighed, Det Mosaiske Trossamfund, har ingen synagoge på Vestegnen. Jeg er selv jødisk og bor i Ishøj med min familie, og vi vil gerne vide om kommunen har lokaler vi kan låne til sabbat en gang om måneden.

Venlig hilsen
Rebekka Abrahamsen""")

M("", """Hej. Hvilke trossamfund har lokaler i Ishøj? Vi laver et kort over kirker, moskeer og templer til et skoleprojekt. Tak, 8.b, Vibeholmskolen""")

M("s", """Hej

Min kæreste og jeg (vi er to mænd) vil gerne være plejeforældre. Kan man det i Ishøj, og hvor starter man?

Mvh Jonas Riber""")

M("", """Kære kommune. Kan enlige og par af samme køn blive plejeforældre? Vi laver en informationsaften i vores forening. Mvh LGBT+ Vestegnen""")

M("u", """Til løn og personale

Jeg er medlem af Lederne og er netop blevet ansat som afdelingsleder på materielgården. Jeg vil gerne have mit kontingent trukket via lønnen, er det muligt?

Mvh Jan Schrøder""")

M("tb", """Hej

Jeg er kurder og alevi. På mit barns skole har der været drillerier om at "aleviter ikke er rigtige muslimer". Jeg vil gerne at skolen får besøg af nogen der kan fortælle om forskellige trosretninger.

Mvh Cemal Doğan""")

M("b", """hej kasper jeg stemte på dig sidste gang men det gør jeg ikke igen efter du stemte imod nye cykelstier. mvh frustreret cyklist (Rasmus)""")

M("", """Hej Kasper. Hvorfor stemte du imod de nye cykelstier? Jeg vil gerne forstå argumentet. Mvh Rasmus B.""")

M("s", """Hej

Jeg er aseksuel og har fået at vide af min sagsbehandler at jeg "bare skal finde en kæreste" så får jeg det bedre. Det er ikke okay at sige.

Mvh Frida""")

M("eu", """Til Jobcentret, kopi til borgerrådgiveren

Jeg har været ledig i 6 måneder og er medlem af Kristelig Fagforening (Krifa) og deres a-kasse. Jobcentret har indkaldt mig til møde samme dag som mit kursus via a-kassen. Hvad skal jeg gøre?

Mvh Anders Kjeldsen
Cpr. [[121190-3117]]""")

M("t", """Hej

Jeg er sigøjner/romani og har boet i Ishøj hele mit liv. Jeg vil gerne i kontakt med nogen i kommunen der arbejder med antiziganisme.

Hilsen Milan""")

M("", """Hej. Hvorfor står der i kommunens statistik at 42% af borgerne har anden etnisk baggrund end dansk? Hvem har lavet den opgørelse? Mvh Svend Erik""")

M("b", """Hej

Jeg er buddhist og mediterer i Ishøj Søpark hver morgen kl. 6. I dag kom en parkbetjent og sagde at jeg ikke må sidde på plænen. Er det rigtigt?

Mvh Kim Larsen (ikke sangeren)""")

M("s", """hej jeg ville bare sige at jeg er lesbisk og at det var en dejlig oplevelse at blive gift på Ishøj Rådhus i lørdags. tak til vielsesforrretteren!! kh Sofie og Maja""")

M("", """Hej. Hvornår kan man blive viet på Ishøj Rådhus om lørdagen, og koster det noget? Hilsen Line""")

M("u", """Kære direktør

Jeg er tillidsrepræsentant for IDA på Teknisk Forvaltning og har fået en henvendelse fra to kolleger om overarbejde. Jeg vil gerne have et møde.

Venlig hilsen
Lars Eriksen""")

M("bt", """Hej

Jeg er dansk konvertit til islam og går med tørklæde pga. min tro. Jeg er etnisk dansk, men folk i Ishøj spørger hvor jeg "egentlig" kommer fra. På Borgerservice blev jeg tilbudt en arabisk tolk. Det er da grinagtigt.

Mvh Sara Mikkelsen""")
