"""corpus88 part D: belief at school and in daycare: religious holidays, halal and
kosher food, fasting, headscarves, confirmation and nonfirmation, party politics of
parents; church times, menus in general and policy opinions as negatives."""
from common import M

M("b", """
Til skolelederen på Vibeholmskolen

Vores søn Idris fejrer eid med familien den 20. marts. Vi vil gerne søge om fri den
dag. Han er i 5.b.

Venlig hilsen
Samira og Bilal Khan
""")

M("", """
Hej
Hvornår er der julegudstjeneste for skolerne i Ishøj Kirke i år? Vi skal planlægge
sidste skoledag.
Mvh 3.a's klasselærer
""")

M("b", """
Kære køkkenet i madordningen

Min datter Leah spiser kun kosher. Jeg ved godt at I ikke kan lave kosher mad, men kan
hun få lov at have sin egen mad med og spise sammen med de andre?

Mvh Daniel Rosen
""")

M("", """
Til Børne- og Skoleudvalget

Jeg synes det er forkert at der serveres halal-kød i alle kommunens børnehaver. Der
bør være et valg. Det er min holdning som forælder og skatteyder.

Hilsen Torben
""")

M("b", """
Hej Gildbroskolen

Vores datter Ida skal konfirmeres den 25. april i Torslunde Kirke. Er mandagen efter
en fridag, eller skal hun møde?

Mvh Pernille Sandberg
""")

M("b", """
Kære klasselærer

Min søn Yahya faster i ramadanen for første gang i år. Han er 13. Kan I tage lidt hensyn
til idræt om eftermiddagen, især i den sidste uge?

Mvh Fadila
""")

M("", """
Til Ishøj Kommune

Må eleverne få fri til konfirmationsforberedelse i skoletiden? Og hvem betaler for
bussen til kirken? Spørgsmålet kommer fra forældrerådet i 7. klasse.

Vh Lene Madsen, formand
""")

M("tb", """
Til borgmesteren

Min datter Hibba går med tørklæde, og en vikar har bedt hende tage det af i
idrætstimen "af sikkerhedsgrunde". Hun er 12 og blev meget ked af det. Vi er
palæstinensere og hun er stolt af sin tro. Er det kommunens regler?

Venlig hilsen
Nasser Odeh
""")

M("b", """
Hi,

We are Jehovah's Witnesses and do not celebrate birthdays. Can our son Elias be
excused from the birthday song and cake in class? We do not want to make a big thing
of it.

Jonna Larsen
""")

M("", """
Hej
Hvad koster det at leje Ishøj Medborgerhus til en konfirmationsfest på 60 personer i
maj? Og er der køkken?
Mvh Helle
""")

M("b", """
Til SFO'en

Min søn Jacob skal ikke have svinekød, fordi vi er muslimer. Han har fået leverpostej
to gange i denne uge. Kan I skrive det på køkkensedlen?

Venlig hilsen
Malika Jensen
""")

M("b", """
Kære Anja Thomsen

Som medlem af Enhedslisten og mor til to i Ishøj Skole vil jeg opfordre dig til at
stemme imod nedskæringen på 2,4 millioner på specialområdet. Det rammer de svageste.

Venlig hilsen
Marie Holmgaard
""")

M("", """
Kære Anja Thomsen

Jeg vil opfordre dig til at stemme imod nedskæringen på specialområdet. Det rammer de
svageste børn, og det kan jeg ikke forstå at nogen vil være med til.

Venlig hilsen
Ulrik Bech
""")

M("b", """
Hej

vi har valgt at vores datter Sigrid skal have en nonfirmation i stedet for
konfirmation, vi er ikke troende. må hun også få fri blå mandag? hendes venner får
fri

mvh Kim og Tanja
""")

M("tb", """
Til skolen

Vi er ortodokse kristne fra Etiopien og fejrer jul den 7. januar. Vores to børn Abel og
Meron vil gerne holde fri den dag. Er det muligt?

Med venlig hilsen
Dawit Bekele
""")

M("", """
Hej Ishøj Kirke... undskyld, jeg ved godt at I ikke er kommunen. Men ved I hvornår
der er dåbsgudstjeneste i januar? Mvh Dorthe
""")

M("b", """
Til dagtilbudslederen

Vores søn Arjun er hindu og vi spiser vegetarisk af religiøse grunde. Vi har opdaget at
han har fået kyllingesuppe i børnehaven. Det er vigtigt for os at det ikke sker igen.

Venlig hilsen
Priya og Rohan Shah
""")

M("", """
Hej
Min søn er vegetar og vil helst ikke have kød i madordningen. Kan man vælge en
vegetarret, og koster det det samme?
Mvh Jesper
""")

M("b", """
Kære skoleleder

Min datter Miriam skal have fri fredag eftermiddag i vinterhalvåret, fordi vores
sabbat begynder ved solnedgang og vi skal nå hjem. Vi er medlemmer af Mosaisk
Trossamfund.

Med venlig hilsen
Ruth Melchior
""")

M("", """
Til Center for Børn og Forebyggelse

Hvilken politik har kommunen om religiøse symboler for pædagoger i daginstitutioner?
Jeg spørger som leder af en privat børnehave, der overvejer at lave en politik.

Mvh
Karin Holm
""")

M("b", """
Hej

Jeg er katolik og vil gerne have min søn fritaget fra kristendomskundskab, fordi jeg
selv underviser ham i troen og undervisningen er for folkekirkelig. Hvordan gør jeg?

Mvh Pawel Zielinski
""")

M("b", """
Kære borgmester

Som aktivt medlem af Socialdemokratiet i 30 år er jeg skuffet over at partiet lukker
Ishøj Landsby skole. Jeg har stemt på jer hver gang, men ikke næste gang.

Med venlig hilsen
Jørgen Kristiansen
""")

M("", """
Til borgmesteren

Jeg synes ikke at I skal lukke skolen i Ishøj Landsby. Mine børnebørn går der, og det
er den bedste skole i kommunen.

Mvh Jørgen Sørensen
""")

M("b", """
Til klubben

Min søn Hamza beder om eftermiddagen, og han vil gerne have et stille sted i klubben
hvor han kan gøre det. Han siger at han har spurgt og fået nej. Kan det ikke lade sig
gøre?

Venlig hilsen
Yasmin Ali
""")

M("b", """
Hi,

We are Sikh and our son Gurpreet wears a patka. The school says he must take it off
for the swimming lessons. Is that a municipal rule? It is not possible for us.

Thanks,
Harjit Singh
""")

M("", """
Hello, will there be halal food at the Eid party in Ishøj Kulturhus on Saturday, and
do we need tickets? Nadia
""")

M("b", """
Kære Center for Børn og Forebyggelse

Jeg er ateist og vil ikke have at min datter synger salmer i børnehaven til jul. Det
er ikke en kommunal opgave at lære børn at bede. Må hun blive fritaget?

Mvh
Anders Skov
""")

M("b", """
Hej dagplejen

Vi fejrer hanukka fra den 14. december, og Noam vil gerne tage donuts med til
vennerne en af dagene. Er det i orden?

Mvh Tamar og Ben
""")

M("", """
Til kommunen

Hvorfor holder skolerne ikke fri til eid, når de holder fri til påske og jul? Det er
en politisk beslutning, og jeg vil gerne høre jeres begrundelse.

Mvh Jens Møller
""")

M("b", """
Til skolelederen på Strandgårdskolen

Vores søn Noah blev døbt i søndags, og nu vil han gerne fortælle om dåben til
morgensamling. Læreren siger at religion ikke hører hjemme i morgensamlingen. Er det
skolens regel?

Hilsen Mette
""")

M("b", """
hej jeg hedder Amina og går i 8.b. jeg vil gerne bede fredagsbøn i moskeen med min far,
kan jeg få fri den sidste time om fredagen? min lærer siger jeg skal spørge kommunen
""")

M("", """
Hi,
When does confirmation class start at Ishøj Kirke, and is it during school hours?
Thanks, Sanne
""")

M("b", """
Kære byrådsmedlem

Jeg stemte på dig, fordi du lovede flere pædagoger. Nu stemte du for besparelsen.
Som mor til to i vuggestue føler jeg mig snydt.

Anne-Mette Vang
""")

M("b", """
Til Center for Børn og Forebyggelse

Min datter Safiya har valgt at gå med niqab i 9. klasse. Skolen siger at det ikke
er tilladt i prøverne. Vi vil gerne vide præcis hvad reglerne er, inden eksamen.

Mvh Mustafa Ahmadi
""")

M("", """
Hej
Serverer skolernes kantiner svinekød? Jeg er nysgerrig efter at vide om der er en
fælles kommunal politik.
Mvh Claus
""")

M("b", """
Til Ishøj Skole

Jeg er buddhist og mediterer med min søn hver morgen. Vi kommer derfor nogle gange
fem minutter for sent. Kan det noteres som aftalt, så det ikke tæller som fravær?

Vh Lise Thorsen
""")

M("b", """
Kære udvalgsformand

Jeg er veganer af etiske grunde, og mine børn er det også. Vi vil gerne have at
madordningen på skolen får en vegansk ret hver dag, for det er ikke i orden at mine
børn skal sulte.

Med venlig hilsen
Camilla Holberg
""")

M("", """
Til Ishøj Kommune

Hvordan søger man tilskud til en skolefest for hele årgangen på Gildbroskolen?
Festudvalget vil gerne lave noget sammen med forældrene.

Mvh Festudvalget, 9. årgang
""")

M("b", """
Hej

Vi er Syvende Dags Adventister og vores søn Caleb kan ikke deltage i
fodboldturneringen lørdag. Kan han få lov at spille søndag i stedet, eller holde fri?

Mvh Sarah og John Miller
""")

M("b", """
Til Vibeholmskolen

Jeg er formand for Radikale Venstre i Ishøj og far til Emil i 6.a. Jeg skriver som
far: Emils klasse har haft fem vikarer på en måned. Hvad gør skolen?

Mvh Kristoffer Damsgaard
""")

M("", """
Hej borgerservice
Skal man være medlem af folkekirken for at blive gift på rådhuset?
Mvh Heidi
""")

M("b", """
Til borgerrådgiveren

Min søn Tobias er ikke blevet døbt, og nu siger præsten at han ikke kan blive
konfirmeret uden at blive døbt først. Vi vil gerne have at han bliver døbt og
konfirmeret samme år. Kan skolen give ham fri til dåbsforberedelse?

Mvh Mona Kjær
""")
