"""corpus81 part C: estates, the parents' house to be sold, and what comes with it."""
from common import M

M("p", """
Til Ishøj Kommune, Ejendomsskat

Vi er tre søskende, der står for boet efter vores far, som døde i april. Hans hus på
Vejleåvej har været til salg siden juni. I sidste uge sprang køberen fra, to dage før
fristen, og nu starter vi forfra. Vi har fået en opkrævning på ejendomsskat for hele
næste år. Kan boet få henstand, indtil huset er solgt?

Venlig hilsen
Tina Mortensen, på vegne af boet
""")

M("", """
Hej

Min mors hus på Ishøj Søvej blev solgt i 2023, og handlen er for længst afsluttet.
Alligevel får hun stadig opkrævning for vejbidrag til den gamle adresse. Kan I rette
det, så opkrævningen går til den nye ejer? Hun bor nu i lejlighed i Brøndby.

Mvh Hans Jørgen Krag
""")

M("sp", """
Kære byrådsmedlem Helle Brandt

Min mor døde i sommer og efterlod rækkehuset i Ishøj Landsby til mig og mine to brødre.
Min kone Sara og jeg vil gerne købe brødrene ud og flytte ind. Banken skal først
godkende lånet, og vi venter på en vurdering. Spørgsmålet er, om kommunen har planer
for den grønne kile bag husene, som vil ændre værdien. Kan du finde ud af det?

Venlig hilsen
Julie Brask
""")

M("tp", """
Hej

Mine forældre kom fra Tyrkiet i 1972 og har boet i samme hus på Gildbrovej i 40 år. Nu
vil de flytte tilbage til Izmir og har sat huset til salg. Mægleren siger at der er en
interesseret køber, men at garagen ikke står i BBR. Hvordan får vi rettet BBR, før
køberen afgiver bud? Mine forældre læser ikke breve på dansk, så I må gerne skrive til
mig.

Mvh Ayşe Demir
""")

M("p", """
Til Skifteretten? nej, til Ishøj Kommune, Byg

Boet efter Hans Erik Mogensen, cpr [[1205291339]]

Huset på Tranevej 11 skal sælges, og mægleren har bedt om en kopi af byggetilladelsen til
udestuen fra 1987. Kan I finde den i arkivet? Køberen har sagt at buddet afhænger af
den.

Med venlig hilsen
Advokat Inger Bjerre, bobestyrer
""")

M("", """
Hej

Hvordan beregnes ejendomsværdiskat og grundskyld for et dødsbo, og hvem får regningen,
hvis boet ikke er gjort op ved årsskiftet? Jeg kan ikke finde et klart svar.

Mvh Lars
""")

M("bpe", """
Til Boligtildelingen

Min mor er enke og bor alene i familiens hus på Strandgårdsvej. Hun er muslim og går i
moskeen på Vejleåvej hver fredag, og hun har søgt om en ældrebolig i nærheden, så hun
kan blive ved med det. Huset er sat til salg, og hvis vi får en køber før hun får en
bolig, ved vi ikke hvor hun skal bo. Kan I give et skøn over ventetiden for hende?

Venlig hilsen
Samira El-Amin
""")

M("up", """
Til Teknik og Miljø

Vi sælger vores afdøde mors hus på Ørnevej, og der er en køber som har skrevet under på
en betinget købsaftale. Min bror, som er med i Dansk Metal, har fået fagforeningens
advokat til at læse den igennem, og hun siger at der står noget om en kloakservitut,
som kommunen skal bekræfte. Hvem kan svare på det?

Mvh Kurt Vestergaard
""")

M("hep", """
Til Center for Voksne og Velfærd, plejeboliger

Vi har fået tilbudt en plejebolig til vores far fra 1. januar, og det er vi glade for,
for hans demens er blevet meget værre. Men huset er ikke solgt, køberen sprang fra i går.
Far kan ikke betale både huslejen og sine lån. Kan indflytningen udskydes en måned, eller
kan han få hjælp til at betale i overgangen?

Venlig hilsen
Henrik og Marianne Thomsen
""")

M("", """
Hej

Hvor mange står på ventelisten til en plejebolig i Ishøj lige nu, og hvor mange
pladser er der i alt? Jeg har set forskellige tal i lokalavisen og vil gerne vide hvad
der er rigtigt.

Venlig hilsen
Erik Svane
""")

M("she", """
Kære Ishøjhus

Min mand Kristoffer og jeg er hans mors eneste pårørende. Hun har Alzheimers og har boet
hos jer siden maj. Når vi ringer, får vi at vide at vi ikke kan få oplysninger, fordi
vi ikke står som kontaktpersoner. Kristoffer står der, men han arbejder på en boreplatform
halvdelen af måneden. Kan jeg blive skrevet på som kontaktperson, og hvad skal der til?

Venlig hilsen
Jonas Riis
""")

M("te", """
Til madordningen

Min mor er fra Filippinerne og har boet i Danmark i 45 år. Hun får mad fra jer fem dage om
ugen, og hun er glad for det, men hun spørger om hun kan få ris i stedet for kartofler
nogle gange. Det betyder meget for hende. Kan man vælge det?

Tak
Maricel Jensen
""")

M("p", """
Til Ishøj Kommune, Borgerservice

Vi har sat vores hus på Ishøj Søvej 41 til salg, fordi vi skal flytte nærmere vores
datter i Aarhus. Mægleren skal bruge en ejendomsskattebillet for i år. Vi kan ikke logge
ind, da ingen af os har MitID. Kan I sende den med posten?

Poul Erik Nørgaard, [[140540-2711]]
Gudrun Nørgaard, [[030942 2868]]
""")

M("", """
Til Ejendomsskat

Vedr. min afdøde mors hus, ejendomsnr. 183-012345, matr.nr. 12ab Ishøj By, BFE-nr.
2705394411. Huset blev solgt og overtaget af den nye ejer den 1. august. Vi har fået en
rate for oktober, som må være en fejl. Kan den blive annulleret?

Venlig hilsen
Bent Kragelund
""")

M("hu", """
Til Hospice- og palliationsteamet? ellers til kommunen

Min far har fået lungehindekræft af asbest fra sine 35 år som VVS'er. Han har været i
Blik- og Rørarbejderforbundet hele livet, og de hjælper os med arbejdsskadesagen. Nu
spørger lægen om han skal på hospice eller være hjemme. Hvem i kommunen kan forklare os
forskellen, og hvad kommunen kan hjælpe med hjemme?

Venlig hilsen
Jesper Lau
""")

M("bh", """
Til Ishøj Kommune

Min mor er døende og ligger hjemme. Vi er en muslimsk familie, og hun ønsker at blive
begravet efter islamisk skik så hurtigt som muligt efter dødsfaldet, helst inden for et
døgn. Hvordan kan vi sørge for at papirerne ikke trækker ud, hvis det sker i en weekend?
Lægen siger at det kan blive inden for få uger.

Med venlig hilsen
Yasmin Haddad
""")

M("", """
hej, vi drømmer om at købe hus i Ishøj på et tidspunkt og kigger bare lidt. sælger
kommunen byggegrunde næste år, og hvornår kommer de i udbud?
Mvh Nanna og Jeppe
""")

M("e", """
Til Borgerservice, Opkrævning

Vores mor døde i september. Hun havde en gæld til kommunen på ca. 8.000 kr. for
boligstøtte, som hun skulle betale tilbage. Går gælden over til boet, og skal vi som
arvinger betale den? Boet har næsten ingen penge.

Venlig hilsen
Lars og Pernille Dam
""")

M("tp", """
Til borgerrådgiveren

Jeg er selv født i Marokko, og mine forældre bor stadig i huset ved siden af mig.
Naboens hus er til salg, og vi ville gerne have købt det, så min mor og far kunne bo tæt
på os. Men mægleren sagde til min bror i telefonen at "sælgeren helst vil sælge til en
dansk familie". Kan kommunen gøre noget ved det, eller hvem skal jeg klage til?

Venlig hilsen
Karim Benali
""")

M("", """
Hvilken blanket skal man bruge for at melde et dødsfald til kommunen, eller sker det
automatisk gennem lægen? Og hvem skal man kontakte om begravelseshjælp generelt?
Tak
""")

M("sb", """
Til Ishøj Kirkegård

Min mor Lise og hendes kone Birthe blev gift i Ishøj Kirke i 2015, og de har talt om at
de gerne vil ligge på kirkegården der, tæt ved hinanden. De er begge over 80 nu. Kan man
reservere to pladser ved siden af hinanden, og hvad koster det?

Venlig hilsen
Trine Lykke
""")

M("he", """
Til hjemmeplejen

Min far Svend Pedersen, [[180337–1654]], blev udskrevet i går efter at have fået
konstateret lungekræft med spredning. Før indlæggelsen fik han hjemmehjælp til bad og
rengøring, men nu har de sagt at han skal visiteres igen. Han kan ikke vente til næste
uge med at komme i bad. Hvem kan komme i dag?

Hilsen Annette Pedersen
""")

M("ue", """
Hej Visitationen

Vi har fået brev om et møde den 4. december kl. 10 om min mors ansøgning om plejebolig.
Min søster er tillidsrepræsentant for 3F på havnen og har møde med ledelsen samme dag, så
hun kan ikke komme. Kan mødet rykkes til eftermiddagen? Jeg kan selv komme begge dele.

Venlig hilsen
Mette Gravesen
""")

M("the", """
Til Hjælpemiddelcentret

Min far er palæstinenser og kom til Danmark i 1985. Han har sukkersyge og fik amputeret
det venstre ben under knæet i oktober. Han har fået en kørestol fra jer, men den er for
bred til døren på badeværelset. Kan I komme og se på det? Han taler dansk, men han
bliver let flov og siger at alt er fint.

Mvh Nour Saleh
""")

M("", """
Hej. Hvad koster et gravsted på Ishøj Kirkegård, og hvad koster vedligeholdelse i 10
år? Er der forskel på en urne og en kiste? Venlig hilsen Svend
""")

M("ep", """
Hej

Mine forældre skal skilles efter 48 år, og deres hus i Torslunde skal sælges. Min mor har
fundet en lejlighed, men min far har ingen steder at bo når huset er solgt, og han har
ikke mange penge. Der er allerede givet et bud. Kan han skrives op til en bolig gennem
kommunen?

Venlig hilsen
Signe Holm
""")

M("hp", """
hej

min mors hus på Ishøj Søvej skal sælges fordi hun ikke kan klare trapperne mere efter
hendes KOL er blevet værre. mægleren kommer og tager billeder på mandag. Hun har en
carport der ikke er godkendt, hvad gør vi? kan den nå at blive godkendt inden salget

mvh Tobias
""")

M("sue", """
Til hjemmeplejen, gruppe Syd

Min mand Ole og jeg hjælper hans mor Karen, som får hjemmepleje fire gange om dagen. Ole er
HK-tillidsrepræsentant på rådhuset, så han kender godt til travlhed, men vi synes ikke
det er i orden at morgenbesøget kommer mellem 7 og 11. Karen sidder klar i sin stol
fra kl. 6. Kan besøget få en fast tid?

Venlig hilsen
Rasmus Kjeldsen
""")

M("", """
Hej

Kan jeg få en kopi af kvitteringen for gravstedet? Kvitteringsnr. 1912370045, betalt i
februar. Jeg skal bruge den til boopgørelsen.

Venlig hilsen
Kirsten Møller
""")

M("b", """
Til Ishøj Lokalarkiv

Min far var formand for den lokale socialdemokratiske partiforening i over 20 år og
sad i byrådet to perioder for partiet. Nu rydder vi hans hus og har fundet kasser med
referater, plakater og breve fra 1960'erne og frem. Vil arkivet have dem?

Venlig hilsen
Anne-Marie Juul
""")

M("e", """
Til Pension og Boligstøtte

Min mor Birgit Lassen, [[020234\u00a01086]], er flyttet fra huset til en lejet
lejlighed på Vejleåvej og har kun sin folkepension. Vi vil gerne søge boligstøtte til
hende. Skal hun søge selv på borger.dk, eller kan jeg gøre det med min fuldmagt?

Mvh Jesper Lassen
""")

M("th", """
Kære hjemmesygeplejen

Min mormor Ilse er født i Flensburg og har altid talt dansk, men med demensen er det
tyske kommet tilbage, og nu taler hun kun tysk. Hun bliver bange, når I taler dansk til
hende. Er der nogen af jer der kan lidt tysk? Jeg har skrevet nogle sætninger ned, som
jeg kan lægge på køkkenbordet.

Venlig hilsen
Nikolaj (barnebarn)
""")

M("p", """
Til Ishøj Kommune, Teknik

Min fars kolonihavehus i Haveforeningen Solsikken skal sælges efter hans død. Der er en
køber, men foreningen siger at tilbygningen skal godkendes af kommunen, før salget kan
godkendes. Hvad skal vi sende?

Mvh
Bjarne Holst
""")

M("", """
Hej, hvornår lukker kirkegården om aftenen i vintertiden? Jeg kommer tit efter arbejde
og vil ikke blive låst inde. Tak, Hanne
""")

M("e", """
Hej

Jeg er på kontanthjælp og skal nu arve ca. 80.000 kr. fra min mor, som døde i august.
Skal jeg selv sige det til jobcentret, og betyder det at jeg mister min kontanthjælp? Jeg
vil gerne gøre det rigtigt, så jeg ikke skal betale tilbage bagefter.

Venlig hilsen
Dennis
""")

M("se", """
Til lederen på Plejecenter Torslundehus

Min mor er 78, og hun har lige fortalt os at hun er lesbisk og har fået en kæreste på
centret, Grete fra stuen ved siden af. Vi er glade på hendes vegne. Men personalet vil
ikke lade dem sove sammen og siger at "det går ikke". Er der en regel om det? Begge har
deres egen stue.

Venlig hilsen
Morten Aagaard
""")

M("ube", """
Til Ishøj Kommune

Min far var sognepræst i Torslunde i 30 år og er nu 90. Han bor på plejehjemmet på
Ishøj Boulevard, og min mor, som var lærer og medlem af DLF hele sit arbejdsliv, bor
stadig i deres lejlighed. Hun vil gerne flytte hen til ham, men har fået at vide at
der ikke er ægtefælleboliger. Er det rigtigt?

Venlig hilsen
Peter Kirkegaard
""")

M("", """
Hello,

My siblings and I inherited our mother's house in Ishøj. The sale was completed in
March and the buyer has taken over, so we are just closing the accounts. We have not
received the final water bill. Who do we contact to get it?

Kind regards,
Sarah Holm Whitfield
""")

M("he", """
Til Visitationen

Min far har Parkinsons og falder flere gange om ugen. Vi vil gerne søge om nødkald til
ham. Hans cpr er [[260833-0715]]. Han bor alene på Torslundevej, og jeg bor i Odense.
Kan I ringe til mig, når I skal komme og vurdere ham?

Mvh Karin Steffensen
""")

M("tbe", """
Til Plejecenter Vejleåparken

Mine forældre er tamiler fra Sri Lanka og hinduer. Min far bor hos jer, og min mor
kommer hver dag. Den 29. oktober er det diwali, og vi vil gerne tænde lys og dele søde
sager på hans stue med familien. Er det i orden, og må vi tænde rigtige lys, eller
skal det være elektriske?

Venlig hilsen
Priya Selvarajah
""")

M("", """
Til forsyningen

Min afdøde fars hus står tomt, indtil boet er gjort op. Vandmåleren har nr. 61034512, og
stand i dag er 1.204 m³. Kan I lukke for vandet, så der ikke sker en frostskade i vinter?

Venlig hilsen
Lone Mikkelsen
""")

M("up", """
Hej

Vi er ved at sælge vores mors hus efter hun døde, og der er kommet et bud. Jeg er
medlem af Krifa, og deres advokatordning har set på købsaftalen. De spørger om kommunen
har forkøbsret på grunden, fordi den grænser op til skolen. Hvem ved det?

Venlig hilsen
Rebekka Thorup
""")

M("st", """
Til Pladsanvisningen

Min søn og hans mand har adopteret en dreng fra Colombia, som kommer hjem til dem i
februar. Han er to år. De søger vuggestueplads fra april, men vil gerne høre om der er
mulighed for en langsom indkøring, når han er adopteret. Jeg spørger, fordi de selv er
i Bogotá lige nu.

Mvh farmor Lis Bech
""")

M("", """
Hej

Skal kommunen godkende noget, hvis en beboer i en plejebolig sælger sit tidligere hus?
Fx om huslejen i plejeboligen ændrer sig? Jeg spørger generelt.

Mvh Henning
""")

M("hep", """
Til Ishøj Kommune, Center for Voksne og Velfærd

Jeg er værge for min far, som har Alzheimers. Familieretshuset skal godkende salget af
hans lejlighed på Ishøj Strandvej, og køberen venter. De beder om en udtalelse fra
kommunen om at han er blevet visiteret til plejebolig og ikke skal tilbage. Kan I
skrive den?

Venlig hilsen
Thomas Dalgaard
""")
