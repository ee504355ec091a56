"""Part B: faith practised in daily life (holidays, fasting, baptism, confirmation, weddings, leaving or joining, no faith) and hard negatives about churches, mosques and holidays."""
from common import M

M("b", """
Hej

Min søn Ibrahim går i 4.b på Strandgårdskolen. Han faster under ramadanen i år for første gang, og jeg vil gerne spørge om han kan slippe for svømning i de uger, fordi han ikke må drikke vand.

Venlig hilsen
Samira
""")

M("", """
Hej

Hvornår falder ramadanen i 2026, og har skolerne nogen retningslinjer for elever der faster?

Mvh Jonas Kragh
""")

M("b", """
Kære dagtilbudsleder

Vi spiser ikke svinekød i vores familie, da vi er muslimer. Kan I sikre at Yasmin får halal eller vegetarisk mad til frokost i vuggestuen?

Med venlig hilsen
Nadia og Karim
""")

M("", """
Hej

Serverer de kommunale daginstitutioner halalkød, eller er det op til hver institution?

Venlig hilsen
Poul
""")

M("b", """
hej, vi skal have vores datter døbt i Ishøj Kirke den 14. juni og vil gerne leje salen i Tranegildehuset bagefter. er den ledig?
mvh Camilla og Nikolaj
""")

M("", """
Hej. Er salen i Tranegildehuset ledig lørdag den 14. juni? Vi skal holde 50-års fødselsdag.
Mvh Camilla
""")

M("b", """
Til Pladsanvisningen

Vi er katolikker og vil gerne have vores søn i en skole hvor han kan følge katolsk undervisning. Giver kommunen tilskud til Sankt Knuds Skole, eller skal vi selv betale det hele?

Med venlig hilsen
Marek og Agnieszka Zielinski
""")

M("b", """
Hej

Jeg har meldt mig ud af folkekirken for et par år siden, og nu siger min mor at jeg ikke kan blive begravet på Ishøj Kirkegård. Passer det? Jeg er ateist men vil gerne ligge ved min far.

Mvh
Ole Svendsen
""")

M("", """
Hej

Kan man blive begravet på Ishøj Kirkegård hvis man ikke er medlem af folkekirken, og hvad koster et gravsted?

Venlig hilsen
Ole
""")

M("b", """
hej min datter Freja skal konfirmeres i maj, og hun vil gerne have fri fra sin praktik den fredag før. er det jer der skal godkende det eller praktikstedet?
hilsen Tina
""")

M("b", """
Kære Ishøj Kommune

Jeg er Jehovas Vidne og deltager derfor ikke i fødselsdage og jul. Min søns klasse skal holde julefrokost i skoletiden. Kan han få en anden opgave den dag, uden at det bliver et problem for ham?

Med venlig hilsen
Jørgen Kristoffersen
""")

M("", """
Hej

Hvordan tager skolerne hensyn til elever, der af religiøse grunde ikke holder jul? Er der en fælles retningslinje?

Venlig hilsen
Birgitte Lund, skolebestyrelsesmedlem
""")

M("bt", """
Hej

Jeg er sikh og bærer turban. Jeg har søgt job som chauffør i kommunens kørselsordning og fik at vide, at uniformen kræver kasket. Min familie kommer fra Punjab og vi har boet her i 30 år. Er der virkelig ikke plads til en turban?

Venlig hilsen
Harpreet Singh
""")

M("b", """
Hej

Jeg er begyndt at gå med tørklæde pga. min tro, og min leder i hjemmeplejen siger at det ikke passer til arbejdstøjet. Må hun det?

Hilsen Amira
""")

M("", """
Hej

Har Ishøj Kommune en politik om religiøse symboler på arbejdspladsen, fx tørklæder, kors og kalotter?

Mvh Henrik
""")

M("b", """
Hej Carsten

Jeg stemte på dig ved valget og er selv medlem af Enhedslisten i Vallensbæk. Vi vil gerne lave et fælles borgermøde om busserne på tværs af kommunegrænsen.

Hilsen Troels
""")

M("", """
Hej Carsten

Jeg synes bus 128 bør køre oftere om aftenen. Det er umuligt at komme hjem fra Ishøj Station efter kl. 22.

Hilsen Troels
""")

M("be", """
hej, jeg er buddhist og mediterer hver morgen. på bostedet hvor jeg bor er der ingen stille rum. kan man søge om at få et rum til det?
Kenneth
""")

M("bhe", """
Hej

Min mor på 84 er troende muslim og har lige fået diagnosen demens. Hun forstår ikke længere hvorfor hjemmeplejen kommer under fredagsbønnen. Kan besøget flyttes til efter kl. 14?

Venlig hilsen
Fatima Yilmaz
""")

M("", """
Hej, hvornår åbner den nye moske på Industrivej, og bliver der parkering til den?
""")

M("b", """
Hej

Jeg og min kæreste er ikke medlemmer af nogen kirke og vil gerne giftes på rådhuset. Vi er begge humanister og vil gerne have en humanistisk tale. Må man det?

Mvh Signe
""")

M("b", """
Til borgmesteren

Som almindelig kirkegænger i Torslunde Kirke vil jeg bare sige tak for den nye sti derud. Jeg går til gudstjeneste hver søndag og kan nu gå hele vejen.

Venlig hilsen
Else Marie Holm
""")

M("", """
Hej

Hvornår er der gudstjeneste i Torslunde Kirke i julen, og er stien derud ryddet for sne?

Venlig hilsen
Else
""")

M("b", """
hey min far er lige blevet døbt i pinsekirken i en alder af 58 haha. han vil gerne låne parken ved strandgården til en lille fest for menigheden. hvordan søger man
""")

M("b", """
Hej

Jeg har konverteret til islam for et år siden. Min familie tager det ikke godt, og jeg har brug for at flytte hjemmefra. Kan jeg få hjælp til at finde en ungdomsbolig?

Hilsen Sofie, 19 år
""")

M("b", """
Hej

Vi fejrer eid med hele familien og vil derfor holde vores to børn hjemme fra skole den dag. Skal vi søge om fri, eller er det nok at give klasselæreren besked?

Mvh Hassan og Leyla Aydin
""")

M("", """
Hej

Giver skolerne fri til eid, eller skal hver familie selv søge om det?

Mvh Anders
""")

M("b", """
Kære byrådsmedlem

Jeg er medlem af Mosaisk Trossamfund og går i synagoge i København. Jeg har brug for at arbejde mindre om fredagen i vinterhalvåret af hensyn til sabbatten, og min leder på rådhuset siger nej. Er der nogen regler?

Med venlig hilsen
David Melchior
""")

M("bt", """
Hej

Min mand er fra Marokko og jeg er dansk. Vi vil have vores søn omskåret af religiøse grunde. Dækker kommunen noget af det, eller skal det betales privat?

Hilsen Louise
""")

M("", """
Hej, dækker kommunen omskæring af drenge? Jeg har læst om en ny lov.
""")

M("b", """
Hej

Jeg er vegetar af religiøse grunde (hinduisme) og mit barnebarn skal i skolefritidsordning. Kan madordningen tage hensyn til det?

Mvh Kumar
""")

M("b", """
Kære Ishøj Kommune

Jeg er frikirkekristen og har i mange år været med i Jesus-Netværket. Vi vil gerne stå med en stand ved Ishøj Bymidte og give kaffe ud. Skal man have tilladelse?

Med venlig hilsen
Anders Kjær
""")

M("", """
Hej

Skal man have tilladelse for at stå med en stand i Ishøj Bymidte og dele kaffe ud? Vi er en lille forening for unge iværksættere.

Mvh Mads
""")

M("b", """
hej vi er ikke troende og vil ikke have at vores søn deltager i kirke-besøget op til jul med 3. klasse. kan han være i en anden klasse den dag?
""")

M("", """
Hej

Hvorfor tager skolerne stadig eleverne med i kirke til jul? Skolen bør være neutral i mine øjne.

Mvh Jette
""")

M("b", """
Hej Anja

Jeg sidder i bestyrelsen for Radikale Venstre i Ishøj og ville høre om du vil deltage i vores debatmøde om skolestruktur den 3. oktober.

Hilsen Søren
""")

M("b", """
Til borgerrådgiveren

Jeg er aktiv i Extinction Rebellion og blev under en lovlig demonstration foran rådhuset fotograferet af en kommunal medarbejder. Jeg vil gerne vide hvorfor, og hvad billederne bruges til.

Venlig hilsen
Ida Mogensen
""")

M("", """
Hej, må man demonstrere foran rådhuset uden at søge tilladelse først?
""")

M("b", """
Hej

Jeg er pacifist og nægter at deltage i den beredskabsøvelse vi er blevet sat på i Ungdomsskolen, hvor vi skal lære at skyde med luftgevær. Kan jeg blive fritaget?

Mvh Viktor, 16
""")

M("b", """
Hej. Min mand og jeg blev gift i kirken sidste måned og vil gerne vide hvornår vores nye navne står i CPR, så vi kan bestille nye pas.
Mvh Katrine
""")

M("", """
Hej. Hvor lang tid går der fra man bliver gift til det står i CPR-registret?
""")

M("b", """
Hej

Jeg er ortodoks kristen fra den eritreiske kirke og fejrer jul den 7. januar. Kan min datter få fri fra skole den dag?

Hilsen Senait
""")

M("bt", """
Hej, jeg er tyrkisk alevi og vi er ikke som sunni-muslimer. Men skolen har sat min søn i en gruppe til islamundervisning efter skoletid uden at spørge. Det ønsker vi ikke.
Mvh Cem Yıldız
""")

M("b", """
Hej

Mine forældre er vegansk af overbevisning og vil ikke have at deres barnebarn får kød når hun er i dagpleje. Jeg er selv enig. Kan dagplejeren imødekomme det?

Venlig hilsen
Stine
""")

M("", """
Hej, kan dagplejere lave vegansk mad, eller er der regler for hvad børn under 3 skal have?
""")

M("b", """
Kære Ishøj Kommune

Jeg vil gerne melde mig ind i folkekirken igen efter 20 år udenfor. Jeg troede det var jer man skulle skrive til. Hvis ikke, hvem så?

Mvh Bodil
""")

M("b", """
hej jeg er vegan af etiske grunde og arbejder i køkkenet på Ishøj Plejecenter. jeg vil ikke smage på kødretter. min chef siger jeg er besværlig. hvad er mine rettigheder?
""")

M("", """
Hej

Kan menighedsrådet booke Pilemølle-salen til sognets julebanko, og er der en pris for foreninger og kirker?

Venlig hilsen
Ishøj Sogns Menighedsråd, kontoret
""")

M("b", """
Kære Morten

Du skal vide at jeg har stemt Konservativt hele mit liv, men efter jeres beslutning om at lukke Ishøj Bibliotek om søndagen gør jeg det ikke igen.

Hilsen Poul Erik Nørgaard
""")

M("", """
Kære Morten

Jeg synes det er en dårlig beslutning at lukke Ishøj Bibliotek om søndagen. Det er det eneste sted hvor mange familier mødes.

Hilsen Poul Erik Nørgaard
""")
