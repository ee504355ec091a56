"""corpus53 part D: property trades, pending and concluded."""
from common import M

M("p", """Til Center for Byudvikling og Natur

Vi har fået et bud på vores parcelhus på Ishøj Søvej på 4,35 mio. Køberens advokat beder om en erklæring fra kommunen om at der ikke er verserende sager om ulovligt byggeri. Vi har et udestuebyggeri fra 1998. Kan I udstede sådan en erklæring inden fredag?

Med venlig hilsen
Kirsten og Poul Dam""")

M("", """Hej

Vi købte huset på Tranegilde Strandvej i 2019 og har nu opdaget at carporten ikke er godkendt. Den tidligere ejer sagde den var lovlig. Hvad gør vi? Handlen er jo for længst afsluttet.

Mvh Signe""")

M("p", """Kære byrådsmedlem Henrik Lund

Min nabo i nr. 14 har sat sit hus til salg, og en investor har budt på det for at rive det ned og bygge fire rækkehuse. Jeg ved det fordi ejendomsmægleren har været rundt og spørge os om vi også vil sælge. Må man det efter lokalplanen? Det vil ødelægge vejen.

Hilsen Birgitte, Ishøj Landsby""")

M("", """Til hovedpostkassen

Hvornår sætter kommunen de næste storparceller i Ishøj Nord til salg, og hvordan kommer man på interesselisten? Vi er en familie der gerne vil bygge selv.

Venlig hilsen
Familien Nørgaard""")

M("pe", """Til byrådsmedlem

Jeg er nødt til at sælge mit rækkehus fordi jeg har mistet mit job og ikke kan betale lånet. Der er kommet et bud der er 200.000 under udbudsprisen, og banken presser mig til at sige ja. Er der nogen i kommunen der kan rådgive mig?

Anonym, Ishøj Strand""")

M("p", """Hej

Vi har underskrevet en betinget købsaftale på en andelslejlighed i A/B Tjørnehaven. Betingelsen er at kommunen godkender at vi kan få lov at slå en væg ned. Sagen hedder vistnok 2025-004311 hos jer. Hvornår kan vi forvente svar?

Mvh Julie og Asger""")

M("", """Hej Byudvikling

Kan I fortælle hvad der sker med den gamle tankstation på Ishøj Parkvej? Den har stået tom i to år. Skal grunden sælges, og hvad må der bygges?

Mvh en nysgerrig nabo""")

M("pt", """Kære borgmester

Jeg er fra Vietnam og har drevet restaurant i Ishøj i 15 år. Nu vil jeg købe lokalet i stedet for at leje, og ejeren vil gerne sælge, men kun hvis kommunen giver tilladelse til at ændre anvendelsen fra butik til restaurant permanent. Vi er enige om prisen. Kan borgmesteren hjælpe med at få sagen behandlet hurtigt?

Nguyen Van Thanh""")

M("", """Til Center for Byudvikling og Natur

Jeg solgte mit hus i oktober og køberen har overtaget det. Nu får jeg stadig brev om rottebekæmpelse til den gamle adresse. Kan I rette det? Min nye adresse er Åmosevej 8, 2635 Ishøj.

Venlig hilsen
Erik Søndergaard""")

M("p", """hej. vi skal sælge vores kolonihave i Ishøj Sommerby og har en køber der har givet 285.000, men han er bange for at kommunen vil kræve vejbidrag når stien renoveres. er det rigtigt? handlen skal være på plads før 1. august

Birte""")

M("phe", """Emne: VS: Salg af min mors lejlighed

Forwarded by councillor Mette Friis to hovedpostkassen.

> Hej Mette. Min mor er flyttet på plejehjem efter en hjerneblødning, og vi skal sælge hendes ejerlejlighed på Vejlebrovej. Der er en køber der venter på at kommunen svarer på om altanen er lovlig. Hun har brug for pengene til egenbetalingen. Kan du skubbe lidt på? Mvh Lotte""")

M("", """Hej

Jeg har en andelsbolig og vil gerne vide om kommunen har regler for hvor høj prisen på en andel må være. Jeg skal ikke sælge, jeg er bare nysgerrig efter en artikel i lokalavisen.

Bent""")

M("pu", """Til Erhvervsteamet

Jeg skriver som privatperson, ikke for min afdeling, selvom jeg er medlem af 3F og sidder i afdelingsbestyrelsen: Jeg har budt på den ledige erhvervsgrund ved siden af min værkstedshal, og sælgeren (et dødsbo) har accepteret med forbehold for kommunens godkendelse af udstykning. Hvor lang tid tager en udstykning?

Ole Bech""")

M("", """Til Center for Byudvikling og Natur

Vi er en ejendomsmæglervirksomhed, og vi får ofte spørgsmål om kommunens forkøbsret ved salg af ejendomme i Ishøj Landsby. Har kommunen en generel forkøbsret der? Vi har ikke en konkret sag.

Venlig hilsen
home Ishøj""")

M("p", """Kære udvalgsformand for Teknik- og Miljøudvalget

Jeg ejer grunden på Tranegildevej 61. Et boligselskab har tilbudt at købe den, og vi har et udkast til købsaftale klar, men det er betinget af at byrådet vedtager den nye lokalplan. Kommer den på dagsordenen i juni?

Med venlig hilsen
Leif Jacobsen""")

M("ep", """Hej

Vores hus skal på tvangsauktion den 3. september, fordi vi ikke har betalt kommunens ejendomsskat i to år og heller ikke terminerne. Mægleren siger vi stadig kan nå at sælge frivilligt hvis der kommer en køber inden. Kan kommunen vente med at kræve pengene?

Søren og Anja""")

M("", """Til Ishøj Kommune

Vi flytter til en lejebolig i Greve 1. oktober. Hvordan afmelder man sig renovationen i Ishøj, når man flytter fra en lejebolig her?

Mvh Louise""")

M("ps", """Hej byudvikling

Min mand Jonathan og jeg (Christian) har fundet drømmehuset på Ishøj Landevej og har lavet en købsaftale med forbehold for bygningsgennemgang. Den gamle ejer har bygget en tilbygning som vi ikke kan finde i BBR. Kan I se om den er godkendt? Advokatforbeholdet udløber om 6 dage.

Christian""")

M("", """Til hovedpostkassen

I skrev i lokalavisen at kommunen har solgt den gamle skolegrund til en developer. Kan borgerne se købsaftalen? Hvad var prisen? Jeg synes det skal være offentligt.

Mvh
Arne""")

M("p", """Til byrådsmedlem Fie Holm

Jeg har set at kommunen har grunden på Bækkeskovvej til salg, og jeg har afgivet et bud på 1,8 mio. via mægleren. Jeg har ikke hørt noget i tre uger. Ved du om byrådet skal godkende det, og hvornår?

Henrik Dahl""")

M("", """Kære Center for Byudvikling og Natur

Sælger af vores hus sagde at der ikke var nogen sager hos kommunen. Nu, to år efter vi har overtaget, får vi påbud om at fjerne et skur. Handlen er længe afsluttet. Er det os eller ham der skal betale?

Hilsen
Malene""")

M("pe", """Hej

Jeg sidder med en bodeling efter skilsmisse. Vi skal sælge vores rækkehus, og min eksmand vil ikke underskrive salgsopstillingen. Der er en køber som har budt. Kan kommunen gøre noget for at han skal skrive under?

Karina""")

M("p", """Til Center for Byudvikling og Natur
Emne: Byggeservitut – hastesag

Købers bank vil ikke udbetale før kommunen har tinglyst aflysningen af servitutten på Ishøj Bygade 17. Vi har et skæringsdato i købsaftalen den 1. juli, og handlen er ikke gennemført før pengene er overført. Vores sagsnummer hos jer er 02.34.00-P19-8-24.

Med venlig hilsen
Torben Ryberg, sælger""")

M("", """Hej

Vi skal arve min fars sommerhus i Ishøj Strandby. Hvordan afmelder man hans ejendomsskat? Han døde i december, og boet er ikke skiftet endnu.

Venlig hilsen
Kaj""")

M("pb", """Kære borgmester

Vi er en buddhistisk forening, og jeg er selv buddhist og formand. Vi har lavet en aftale med ejeren af den gamle lagerhal på Industrivej om at købe den og indrette et tempel. Købet er betinget af at vi får kommunens tilladelse til at ændre anvendelsen. Kan vi få et møde?

Venlig hilsen
Sunita Lama""")

M("e", """Til hovedpostkassen

Jeg ejer et erhvervslejemål som jeg udlejer til en frisør. Han har ikke betalt leje i 2 måneder. Kan kommunen hjælpe mig med at få ham ud? Det er et privat lejeforhold.

Hilsen
Bjarne""")

M("p", """Hi,

I'm writing on behalf of my parents who own a summer house plot in Ishøj Strandby. They have accepted an offer from a buyer, but the sale depends on the municipality confirming that the plot can be used all year. Who should they contact? They don't speak much Danish.

Best,
Lina Petersen""")

M("", """Til byrådsmedlem

Som ejendomsudvikler vil jeg opfordre byrådet til at sætte flere erhvervsgrunde til salg langs motorvejen. Der er efterspørgsel. Hvornår kommer der en ny erhvervsplan?

Venlig hilsen
Peter Engholm, Nordic Property A/S""")

M("ph", """Hej

Jeg har kræft og har måske ikke så lang tid tilbage, og derfor vil jeg sælge min andel i Ishøj Søpark til min nevø, inden jeg dør. Bestyrelsen siger kommunen skal godkende overdragelsen fordi det er en støttet andelsforening. Er det rigtigt? Vi har aftalt prisen.

Grete""")

M("", """Til Borger, Økonomi og IT

Jeg har købt en grund af kommunen i 2021 og betalt den fuldt ud. Nu får jeg en faktura på tilslutningsbidrag, nr. 2102830177. Var det ikke med i købsprisen? Sagsnummer i købsaftalen var 2021-1144.

Mvh Dorte""")

M("p", """fra facebook opslag indsat af borgmesterens PA:

"Er der andre på Bredekærs Vænge der har fået brev om at kommunen vil købe en del af vores forhaver til cykelsti? Vi har fået et tilbud på 45.000 for 20 m2 og skal svare inden 14 dage. Jeg har ikke sagt ja endnu" – skrevet af Kim Holmgaard

PA: Borgeren har bedt om at få det besvaret pr. mail, se vedhæftet.""")

M("", """Til Byudvikling

Hvor mange ejendomshandler var der i Ishøj i 2024, og hvad var gennemsnitsprisen per kvadratmeter? Det er til en lokalhistorisk artikel.

Mvh Lokalhistorisk Arkiv""")

M("p", """Til Center for Byudvikling og Natur

Sælger skal bruge en ejendomsoplysning før handlen kan gå igennem. Ejendommen er Vejleåvej 42, matr.nr. 12cd Ishøj By, ejendomsnr. 1837221. Køberen er mig, og mit cpr er [[061180-1249]] hvis I skal bruge det til tinglysningen.

Med venlig hilsen
Morten Kjeldsen""")

M("e", """Hej

Vi har solgt vores hus i marts, handlen er på plads og vi er flyttet. Men vi fik 160.000 mindre end vi skylder banken, og nu har vi en restgæld vi ikke kan betale. Kan kommunen henvise til gældsrådgivning?

Ida og Bo""")

M("p", """Til hovedpostkassen

Jeg har en erhvervsejendom på Industrivej som jeg har sat til salg. En køber er interesseret, men vil vide om kommunen har planer om en ny vej der vil gå over grunden. Det afgør om han byder. Kan jeg få et svar på det?

Venlig hilsen
Jens Kristian Holm, ejer""")

M("", """Hej

Min svigermor har solgt sit hus til os for flere år siden, og vi har nu betalt hende helt ud. Er der noget vi skal melde til kommunen, eller er det kun skat?

Mvh Anders""")

M("phe", """Kære borgerrådgiver

Jeg er i gang med at sælge min lejlighed, fordi jeg er blevet blind af grøn stær og ikke kan klare trappen. Køber er fundet, men kommunen har ikke svaret på om jeg kan få en ældrebolig, og jeg tør ikke skrive under før jeg ved hvor jeg skal bo. Kan I hjælpe?

Ellen Munk""")

M("", """Til Ishøj Kommune

Jeg er advokat for sælger i en handel der blev afsluttet den 1. marts. Der mangler en restafregning af vandafgift. Vi skal bruge et beløb fra jer til refusionsopgørelsen. Ejendommen er Ishøj Stationsvej 9, kundenr. 2904770112.

Med venlig hilsen
Advokat Susanne Lind""")

M("pe", """Til byrådsmedlem Kenneth Olsen

Min far skal sælge sin lejlighed, fordi han er kommet i plejebolig, og kommunen tager betaling for den. Køberen er fundet men har trukket sig to gange. Nu har vi et nyt bud. Kan du forklare hvordan egenbetalingen i plejeboligen beregnes mens lejligheden ikke er solgt?

Ulla, datter""")

M("", """Hej Byudvikling

Kommunen har et projekt om byfornyelse i Ishøj Landsby. Bliver der købt huse op? Jeg spørger for vores grundejerforening, som vil vide det før generalforsamlingen.

Mvh
Formand, GF Landsbyen""")
