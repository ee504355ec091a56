"""corpus52 part e: property trades, votes and party politics."""
from common import M

M("p", """
Kære Teknik- og Miljøudvalg

Vi har sat vores hus på Bredekærgårds Allé til salg, og ejendomsmægleren spørger,
om den nye lokalplan for området tillader en etage mere. To interesserede købere vil
vide det, før de byder. Kan I sende os et klart svar?

Med venlig hilsen
Kirsten og Palle Bjerre
""")

M("", """
Hej

Hvornår sælger kommunen de nye byggegrunde i Ishøj Landsby Syd, og hvad bliver
mindsteprisen? Vi har hørt rygter om, at de først kommer i udbud i 2027.

Mvh
Jonas og Rikke
""")

M("p", """
Hej Søren

Vi har givet et bud på grunden på Tranegilde Mosevej, og sælger har accepteret, men
købet er betinget af, at vi kan få byggetilladelse til et hus på 160 m². Byggesagen
har været i behandling i tre måneder. Vores finansiering udløber 1. april. Kan du se,
om der er noget, der hænger?

Venlig hilsen
Mads Kruse
""")

M("", """
Til Center for Byudvikling og Natur

Vi købte huset på Sognevej i 2019, og handlen er for længst på plads. Men skødet
viser, at der er tinglyst en vejret for kommunen over vores indkørsel. Hvad betyder det
i praksis?

Mvh
Tine Lykke
""")

M("pe", """
Kære borgmester

Banken har skrevet, at vores hus skal på tvangsauktion den 12. maj, fordi vi er bagud
med afdragene efter min mands konkurs. Vi har tre børn på Gildbroskolen. Jeg ved ikke,
om kommunen kan gøre noget, men jeg ville have, at nogen vidste det, før vi står på
gaden.

Med venlig hilsen
Stine Halberg
""")

M("p", """
Hej Jesper

Køberen af vores andelsbolig i A/B Strandhaven er sprunget fra, fordi
tilstandsrapporten for foreningen viste fugt i kælderen, som kommunen skulle have
fulgt op på i 2023. Kan du undersøge, hvad kommunen har gjort? Vi har allerede skrevet
under på en ny lejlighed.

Venlig hilsen
Lisbeth Holm
""")

M("pb", """
Hej Rikke

Jeg stemte på jer ved valget, fordi I lovede at beskytte grønne områder. Nu vil
kommunen tillade et rækkehusbyggeri lige op ad vores have, og vores hus står til salg.
Mægleren siger, at prisen falder med 200.000, hvis byggeriet bliver til noget.

Hilsen
Frank Ibsen
""")

M("b", """
Kære borgmester

Jeg har altid stemt socialdemokratisk, ligesom mine forældre, men efter beslutningen om
at lukke Vildtbanens SFO er jeg i tvivl om, hvad jeg gør næste gang. Hvem tænker på de
familier, der ikke har bil?

Med venlig hilsen
Birgitte Winkel
""")

M("b", """
Hej Kim

Som medlem af Det Konservative Folkeparti i Ishøj vil jeg gerne høre, om byrådet har
taget stilling til vores forslag om en byggeklar erhvervsgrund ved motorvejen. Vi
sendte det til Økonomiudvalget i november.

Venlig hilsen
Ole Vinther
""")

M("p", """
Kære Lars

Min nabo har solgt sin grund på Ishøj Landevej til et byggefirma, der vil bygge seks
rækkehuse. Handlen er betinget af, at kommunen ændrer lokalplanen. Jeg har ikke hørt
noget om en høring. Er den på vej?

Venlig hilsen
Jytte Krogh
""")

M("pt", """
Hej Ahmed

Vi er en tyrkisk familie, og min mand og jeg vil købe pizzeriaet i Ishøj Bycenter af
den nuværende ejer. Vi har underskrevet en købsaftale, der er betinget af, at lejekontrakt
og miljøgodkendelse kan overføres. Kommunen har ikke svaret i fem uger. Kan du hjælpe?

Venlig hilsen
Elif Aydin
""")

M("", """
Til Erhvervsservice

Er der ledige erhvervsgrunde i Ishøj Erhvervspark, og hvad er prisen pr. m²? Vi er et
mindre logistikfirma, der overvejer at flytte fra Hvidovre.

Med venlig hilsen
Morten Kjær, direktør
""")

M("p", """
Hej

Vi har underskrevet en betinget købsaftale på en ejerlejlighed i Ishøj Bycenter, med
forbehold for godkendelse fra vores advokat. Advokaten har bedt om kommunens
oplysninger om tagrenoveringen. Hvornår kan vi få dem? Fristen er fredag.

Venlig hilsen
Julie og Emil
""")

M("b", """
Hej Anna

Jeg er med i Alternativets lokalafdeling i Ishøj, og vi vil gerne lave en
byhaveaktion på den tomme grund ved stationen. Kan vi få lov til at plante
midlertidigt, til grunden skal bebygges?

Mvh
Signe Lauesen
""")

M("b", """
Hej Mette

jeg stemte på dig fordi du lovede flere pædagoger i vuggestuerne. nu læser jeg at
normeringen i Ishøj falder igen. hvad er der sket?? jeg føler mig snydt
Kathrine
""")

M("p", """
Til Center for Byudvikling og Natur

Vi sælger vores mors hus på Gadehavegårdsvej efter hun døde i januar. Der er en køber,
men han vil først skrive under, når kommunen har godkendt den carport, mor byggede i
1990. Vi kan ikke finde nogen tilladelse. Hvad gør vi?

Med venlig hilsen
Søskende Dahl, v/ Henrik Dahl
""")

M("", """
Hej

Vores fars dødsbo solgte huset i Torslunde i sommer, og handlen er afsluttet. Men
ejendomsskatten for hele året er trukket hos dødsboet. Kan vi få en del tilbage?

Venlig hilsen
Birthe Larsen
""")

M("pe", """
Kære Anja

Min eksmand og jeg er skilt, og vi skal sælge vores rækkehus på Løvspringsvej. Vi har
fået et bud, men han vil ikke skrive under, før det er afklaret, hvem der skal have
børnene mest. Kommunen har haft vores sag i Familieretshuset i et halvt år. Kan man
skynde på?

Hilsen
Marie
""")

M("b", """
Til borgmesteren

Jeg er medlem af Nye Borgerlige og har meldt mig som stiller ved kommunalvalget. Jeg
vil gerne vide, om kommunen stiller opslagstavler til rådighed for valgplakater, eller
om vi selv skal finde steder.

Venlig hilsen
Jan Friis
""")

M("p", """
Kære Økonomiudvalg

Mit firma, Vestkyst Marine ApS, vil købe grunden på Ishøj Havn ved siden af
bådeoptagningen. Vi har givet et bud til kommunen og afventer byrådets beslutning på
mødet den 3. marts. Vi har brug for svar snart, fordi vores bank skal kende
tidsplanen.

Med venlig hilsen
Ulrik Stærmose, direktør
""")

M("p", """
Til Center for Borger, Økonomi og IT

Vi har vores hus på Ishøj Strandvej til salg, og køberens advokat vil have en
restanceerklæring fra kommunen om ejendomsskat og renovation. Ejendommen er matr.nr.
12ay Ishøj By. Min kone og jeg står begge som ejere:
Karsten Holm [[120263-1097]] og Bodil Holm [[040365-2270]].

Venlig hilsen
Karsten Holm
""")

M("", """
Hej

Jeg har købt en ejerlejlighed i Ishøj Bycenter, og skødet blev tinglyst den 1. maj. Hvor
lang tid går der, før jeg får en opkrævning på ejendomsskat, og kan den betales
månedligt?

Mvh
Mohammed
""")

M("b", """
Hej Jakob

Jeg har været medlem af Enhedslisten i 30 år, og jeg har aldrig set kommunen sælge så
mange grønne arealer som nu. Jeg vil gerne vide, hvor mange m² der er solgt siden 2022.

Kammeratlig hilsen
Birte Roed
""")

M("p", """
Hej Kirsten

Vi har fået et bud på vores rækkehus i Ishøj Strand, men køberen vil have 150.000 kr.
ned, fordi støjen fra motorvejen er steget. Er der planer om en støjvold, som vi kan
fortælle ham om?

Venlig hilsen
Claus Bendix
""")

M("", """
Til Teknik- og Miljøudvalget

Påvirker den nye lokalplan for Ishøj Strand huspriserne i området? Mange af os i
grundejerforeningen er bekymrede for, at udsigten forsvinder med de nye etageboliger.

Venlig hilsen
Grf. Ishøj Strand, bestyrelsen
""")

M("pe", """
Hej Torben

Jeg blev opsagt fra min stilling i december og har været på dagpenge siden. Vi er nødt
til at sælge huset, og det har været til salg i tre måneder uden bud. Mægleren siger,
at den ubebyggede nabogrund, som kommunen ejer, skræmmer køberne. Hvad skal der ske med
den?

Mvh
Allan Krag
""")

M("b", """
Kære byråd

Jeg stemmer altid borgerligt, men jeg har aldrig oplevet en så dårlig sag som
nedlæggelsen af Ishøj Skoles musikklasser. Det rammer de børn, der har mindst.

Venlig hilsen
Gitte Kristiansen
""")

M("p", """
Hej

Køberen af min have i H/F Vejlegården har trukket sig, efter at kommunen har sendt brev
om, at foreningens lejekontrakt måske ikke bliver forlænget efter 2030. Hvad er status?
Jeg har tre nye interesserede, men ingen vil købe i blinde.

Venlig hilsen
Ejvind Hald
""")

M("pe", """
Kære Lise

Min far har sat sit hus på Torslundevej til salg, fordi han skal flytte på plejehjem
efter sommerferien. Han har fået en plads på Ishøj Plejecenter. Han er bekymret for,
om huset kan sælges, før han skal betale husleje begge steder.

Med venlig hilsen
Jesper Bonde
""")

M("b", """
Dear Councillor,

I voted for the Social Democrats in the last local election, but I'm disappointed by
the decision to close the youth club in Ishøj Nord. My two boys used it every day.
Please reconsider.

Best,
Fiona Hansen
""")

M("pt", """
Hej Nadia

Jeg kom til Danmark som ukrainsk flygtning i 2022, og min mand og jeg har nu sparet op
til en lille lejlighed i Ishøj Nord. Vi har givet et bud, og sælger har sagt ja, men
banken kræver en erklæring fra kommunen om, at vi har permanent ophold. Hvem skal vi
spørge?

Venlig hilsen
Oksana Melnyk
""")

M("p", """
Til Økonomiudvalget

Vi har en køber til vores erhvervsejendom på Industribuen 12, og køberen spørger, om
kommunen vil gøre brug af sin forkøbsret efter lokalplanen. Kan vi få en hurtig
tilkendegivelse? Handlen skal være på plads inden 30. juni.

Med venlig hilsen
Per Nordahl, Nordahl Ejendomme ApS
""")

M("b", """
Hej Bo

Vi i Ishøj Venstreforening har hængt valgplakater op efter reglerne, men en del er
blevet revet ned på Ishøj Boulevard. Jeg er selv formand og har fundet dem i
grøften. Kan kommunen rydde op, eller skal vi selv?

Mvh
Claus Mikkelsen
""")

M("", """
Til Center for Byudvikling og Natur

Valgplakaterne hænger stadig på lygtepælene på Ishøj Boulevard, tre uger efter valget.
Hvornår skal partierne have fjernet dem, og bliver de opkrævet, hvis kommunen selv gør
det?

Venlig hilsen
Gerda
""")

M("p", """
Hej Jens

Min nabo har sin andelslejlighed til salg, og der har været en køber, som kommunens
parkeringsvagt gav en bøde ved fremvisningen. Det var ikke så godt for salget! Kan vi
få nogle gæstepladser i vores gård?

Hilsen
Kaj
""")

M("", """
Hej

Hvad koster en andelsbolig i Ishøj i gennemsnit, og hvordan ligger priserne i forhold
til Vallensbæk? Jeg er studerende og skal bruge tallene til et projekt.

Mvh
Sofie
""")

M("p", """
Kære Teknik- og Miljøudvalg

Vi er i købsforhandlinger med ejeren af nabogrunden til vores landbrug i Tranegilde,
og vi mangler at vide, om grunden må bruges til hestehold. Prisen afhænger af svaret.
Kan forvaltningen give en forhåndsvurdering?

Med venlig hilsen
Anne og Ib Torslev
Torslunde Bygade 8
""")

M("b", """
Hej Anders

Min mand og jeg har stemt på SF i mange år, og vi er glade for jeres arbejde for
Ishøj Strand. Men nu læser vi, at I vil flytte biblioteksfilialen. Hvorfor?

Venlig hilsen
Anette Bruun
""")

M("p", """
Hej Bjarne

Vi skal købe et hus på Gildbrovej, men sælgeren har ikke fået ryddet sin ulovlige
tilbygning, og overtagelsen er nu udsat for anden gang. Kommunen har givet påbud. Kan
I sige, hvornår fristen udløber? Vi er ved at miste vores lejlighed.

Venlig hilsen
Camilla og Jonas Fog
""")

M("", """
Hej

Hvordan fungerer kommunens forkøbsret, når et areal er udlagt til offentligt formål i
lokalplanen? Gælder den også for ejerlejligheder?

Venlig hilsen
Henrik Poulsen, advokatfuldmægtig
""")

M("p", """
Kære borgmester

Ishøj Folkedanserforening har givet bud på den gamle spejderhytte i Ishøj Landsby, som
kommunen har sat til salg. Vi har fået tilsagn om et lån fra en fond, men tilsagnet
udløber 1. september. Hvornår tager byrådet stilling til budene?

Med venlig hilsen
Marianne Juhl, formand
""")

M("p", """
Hej Pernille

Vi har sat huset til salg, fordi vi flytter til Aarhus. Nu har kommunen sendt brev om
en ny spildevandsplan, og køberne spørger, om vi skal betale for at separatkloakere.
Vi ved ingenting. Hvem kan svare?

Mvh
Jakob Svendsen
[[220881–1573]]
""")
