"""Part C: property_trade — unconcluded trades, with combinations, and hard negatives."""
from common import M

M("p", """
Hej Byggesag

Vi har sat vores rækkehus på Tranegårdsvej 22 til salg, og en køber har givet et bud med forbehold for at carporten er lovliggjort. Kan I hurtigt bekræfte om carporten er godkendt?

Mvh
Jacob og Maja Kruse
""")

M("pe", """
Til borgmesteren

Vores hus på Ishøj Landevej skal på tvangsauktion den 12. september, fordi vi ikke har kunnet betale siden min mand blev arbejdsløs. Er der virkelig intet kommunen kan gøre for at vi kan blive boende?

Venlig hilsen
Tove Lindholm
""")

M("p", """
hej, vi har fået et bud på 3,1 mio på vores lejlighed i Ishøj Strandpark men køberens advokat vil have en erklæring om at altanen er godkendt. hvor lang tid tager det?? de vil have svar inden fredag
""")

M("p", """
Kære Teknik- og Miljøudvalget

Jeg er i gang med at købe grunden Vejlebrovej 117 af et dødsbo. Handlen er betinget af at jeg kan få dispensation til at bygge 1½ plan. Kan sagen komme på næste udvalgsmøde?

Med venlig hilsen
Michael Dyhr
""")

M("p", """
Hej

Min nabo i nr. 14 har sat sit hus til salg, og mægleren har lagt billeder op, hvor vores fælles hæk er tegnet som en del af hans grund. Hvem afgør skellet, før det bliver solgt?

Mvh
Lene Bruun, Bækkeskovvej 16
""")

M("p", """
Hej kommunen

Vi har solgt vores kolonihavehus i Haveforeningen Strandhaven – eller, køberen er sprunget fra i sidste øjeblik, så vi skal finde en ny. Skal vi have en ny vurdering fra kommunen?

Hilsen Finn og Ulla
""")

M("pe", """
Hej,
efter skilsmissen skal jeg og min ekskone sælge vores andelslejlighed, men hun vil ikke skrive under på salgsopstillingen. Kan kommunen mægle? Jeg har ikke råd til at blive boende alene.
Mads
""")

M("p", """
Til Erhvervsservice

Vi forhandler i øjeblikket om at købe en erhvervsgrund i Ishøj Erhvervspark af Jer (matr. 12bq). Vi har tilbudt 850 kr. pr. m² og afventer jeres modbud. Kan vi forvente svar inden sommerferien?

Med venlig hilsen
Henrik Stærmose, direktør, Stærmose Træ ApS
""")

M("p", """
hej borgerrådgiver, jeg har købt et hus med overtagelse 1. juni men sælger nægter at flytte og siger handlen ikke er endelig fordi skødet ikke er tinglyst. hvad er mine rettigheder, er det kommunen?
""")

M("ph", """
Hej

Vi er nødt til at sælge vores hus fordi min mand er blevet lam efter en hjerneblødning og vi skal bruge en bolig uden trapper. Vi har en køber på hånden, men han vil have garanti for at tilbygningen er lovlig. Kan I hjælpe hurtigt?

Venlig hilsen
Karin Feddersen
""")

M("p", """
Kære Kim (byrådsmedlem)

Jeg ved ikke om du må sige noget om det, men jeg har hørt at kommunen overvejer at sælge den gamle børnehave på Torslunde Bygade til mig – jeg har budt 4,2 mio. Kan du fortælle om mit bud bliver behandlet i Økonomiudvalget?

Mvh
Jan Hesselberg
""")

M("p", """
Hej

Jeg vil gerne sælge min lejlighed. Mægleren siger jeg skal bruge en BBR-meddelelse som er opdateret, fordi der står forkert antal m². Hvordan retter jeg den?

/Pia Rosendahl, Ishøj Søpark 8, 3.
""")

M("pe", """
Hej,
jeg er dødsbobestyrer efter min mor. Hendes hus er til salg, men banken har varslet at de sætter det på tvangsauktion hvis restgælden ikke betales inden 1. oktober. Hvad kræver kommunen af oplysninger til dødsboet om ejendomsskatten?
Mvh Stig
""")

M("p", """
Vores købsaftale på Ishøj Byvej 31 har en advokatforbehold, der udløber på mandag. Vi skal vide om der er en servitut om vejret til nabogrunden. Kan Plan og Byg svare hurtigt?

Mvh Simone og Ali Demir
""")

M("pt", """
Hej

Jeg er polsk og har boet i Ishøj i 9 år. Nu vil jeg købe den lejlighed jeg lejer, men udlejeren siger at han kun vil sælge til danskere. Han har sat prisen op, da han hørte min accent. Er det lovligt?

Mvh
Katarzyna Nowak
""")

M("p", """
hej, min far vil gerne sælge sit sommerhus-lignende fritidshus i Ishøj Landsby til mig under markedsprisen. skal kommunen godkende det?? eller er det kun skat
""")

M("ps", """
Hej

Min mand Jonas og jeg (Mikkel) har netop fået accepteret vores bud på et rækkehus på Gildbrovej, men handlen er ikke endelig før vi har fået svar fra jer om energikravene til tagudskiftningen. Kan I prioritere det?

Mvh
Mikkel Brandt-Lauritsen
""")

M("p", """
Til Økonomiudvalget

Jeg er interesseret i den kommunale byggegrund på Vildtbanevej, og vil byde 2,3 mio. – mit bud er vedhæftet. Jeg håber I vil behandle det fortroligt.

Med venlig hilsen
Tom Ravnsborg
""")

M("p", """
Hej

Ejerforeningen vil gerne høre hvilke byggetilladelser der er givet til lejligheden på 2. sal, da ejeren har sat den til salg og der er tvivl om badeværelset er lovligt bygget.

Mvh
Formanden, E/F Strandhusene 4
""")

M("pe", """
Hej Byrådet

Jeg har skrevet under på en betinget købsaftale på min lejlighed, men køberen er trukket ud fordi hans bank ikke ville låne. Nu skal jeg betale to huslejer, og jeg har allerede lånt op. Er der nogen form for hjælp at få?

Mvh Per
""")

M("p", """
Kort spørgsmål: Naboens grund (Ishøj Stationsvej 9) er til salg. Er der planer om at bygge etageboliger der? Vi vil gerne vide det før vi byder selv.
""")

M("p", """
Hej,

Kan I sende mig lokalplanen for området ved Ishøj Havn? Jeg er ved at købe bådhuset nr. 7 og vil se om det må bruges til overnatning. Vi har aftalt pris, men mangler underskrift.

Mvh Claus
""")

M("pu", """
Hej

Jeg er tillidsrepræsentant for 3F på byggepladsen ved Ishøj Strand og også privat ved at købe et hus i Ishøj Landsby, hvor sælger mangler en færdigmelding. Det private først: hvordan får man en færdigmelding hurtigt?

Mvh
Rene Kofoed
""")

M("p", """
Sagsnr. 25-0342

Til Plan og Byg. Jeg afventer jeres svar om ibrugtagningstilladelse. Mit hus er solgt med forbehold for netop den, og køberen truer med at gå fra handlen den 30.

Venlig hilsen
Lone Gerstoft
""")

M("p", """
hej min svigerfar har fået et tilbud på sin landbrugsjord ved Torslunde fra et solcelleselskab, de byder 400.000 pr hektar. han har ikke sagt ja endnu. ved kommunen om der kommer lokalplan for solceller der?
""")

M("pe", """
Til borgerrådgiveren

Min bror er umyndiggjort og jeg er værge. Nu vil Familieretshuset ikke godkende salget af hans andelslejlighed, selvom vi har en køber der venter og han bor på plejehjem. Kan I hjælpe med at få sagen til at gå hurtigere?

Mvh
Karsten Fogh
""")

M("p", """
Vi forhandler stadig med køberne om prisen på vores villa (Strandgårdsvej 3). De vil have afslag pga. kloakken. Har kommunen tv-inspektion af stikledningen fra 2019 liggende?

Hilsen Ib og Mona
""")

M("p", """
Hej, er der forkøbsret for kommunen når man sælger en grund i landzone? Vi har en køber til vores grund ved Ishøj Landsby og vil ikke bryde nogen regler.
""")

M("p", """
Hej Borgmester

Jeg vil bare sige at jeg overvejer at købe Ishøj Kro, hvis kommunen vil give tilladelse til udvidelse af parkeringen. Jeg har afgivet et bud til ejeren. Kan vi mødes?

Mvh Bo Kjærsgaard
""")

M("p", """
Hej

PS til min mail i går: vi har fået accepteret bud på lejligheden i Vejleåparken og køber overtager 1/8 med forbehold for godkendt altanlukning. Det var derfor jeg spurgte om sagsbehandlingstiden.

Mvh Ditte
""")

# --- hard negatives on property / trade ---
M("", """
Hej

Hvornår sætter kommunen de nye byggegrunde i Ishøj Landsby til salg? Og bliver de solgt efter først-til-mølle eller ved lodtrækning?

Mvh
Thomas
""")

M("", """
Hej, jeg har solgt min gamle cykel og vil gerne give cykelkurven til genbrug. Kan jeg aflevere den på genbrugspladsen?
""")

M("", """
Til Teknik- og Miljøudvalget

Vi købte vores hus for 12 år siden, og handlen er for længst på plads. Men nu er der kommet en ny lokalplan, og vi vil gerne vide om vi må bygge en udestue.

Venlig hilsen
Familien Bech, Ishøj Landsby
""")

M("", """
Hej

Hvorfor sælger kommunen den gamle skole på Vejlebrovej? Jeg synes den burde blive til et medborgerhus i stedet. Det har vi brug for i lokalområdet.

Mvh Connie
""")

M("", """
Hej, kan I fortælle hvor mange huse der er solgt i Ishøj i 2024, og hvad gennemsnitsprisen var? Jeg skal bruge det til en skoleopgave.
""")

M("", """
Hej

Vi har loppemarked på torvet lørdag. Skal man have tilladelse for at sælge brugte ting fra en bod?

Mvh Nina
""")

M("", """
Hej byrådet

Jeg synes det er for dårligt at der bygges luksuslejligheder ved havnen i stedet for billige boliger til unge. Hvem kan egentlig købe de lejligheder?

mvh
""")

M("", """
Til Plan og Byg

Jeg er ejendomsmægler hos Home Ishøj. Hvor lang sagsbehandlingstid har I for tiden på BBR-rettelser? Vi får mange spørgsmål fra kunder.

Med venlig hilsen
Rasmus Klitgaard
""")

M("", """
Hej

Vi overtog vores lejlighed sidste år, og alt er tinglyst og betalt. Vi mangler bare at få ændret adressen på vores affaldsbeholder. Hvordan gør vi det?

Mvh Gustav
""")

M("", """
hej, hvad er reglerne for at sælge is fra en bod ved stranden om sommeren? min søn på 15 vil gerne tjene lidt penge
""")

M("", """
Hej

Er det rigtigt at kommunen har købt Ishøj Bycenter-grunden? Jeg læste det i avisen.

Hilsen
Poul
""")

M("", """
Hej, kommunen sælger jo brugte møbler fra rådhuset på auktion – hvornår er næste auktion?
""")

M("", """
Kære Økonomiudvalget

I budgetforslaget står der at kommunen forventer indtægter fra grundsalg på 35 mio. kr. Hvor realistisk er det med de nuværende renter?

Venlig hilsen
Ole Tved
""")

M("", """
Hej, hvordan søger man om at få tinglyst en servitut om fælles vej? Vi er 4 grundejere der alle har ejet vores huse i mange år.
""")

M("", """
Hej

Foreningen af kolonihaveejere vil gerne invitere kommunen til et møde om de nye regler for salg af kolonihavehuse (maksimalpriser). Hvem skal vi invitere?

Mvh Bestyrelsen, H/F Solsikken
""")

M("", """
Til kommunen

Hvordan får man en ejendomsvurdering, hvis man overvejer at købe et hus i Ishøj? Er det kommunen eller Vurderingsstyrelsen?
""")

M("", """
Hej, vil bare sige at vores nye nabo er faldet rigtig godt til – huset blev solgt i foråret og de har fået lavet en flot have. Kan kommunen beskære træet på fortovet foran nr. 5?
""")

M("", """
Hej, jeg sælger min gamle knallert på DBA og køber spørger om den er registreret. Har kommunen noget med det at gøre?
""")

M("", """
Hej

Er der en oversigt over ledige erhvervslejemål i Ishøj? Vi er en lille bager der søger butik.

Mvh
Bageriet på Hjørnet ApS
""")

M("", """
Hej Jørgen

Tak for snakken om handelslivet i bymidten. Jeg er enig i at vi skal have flere butikker og færre tomme lokaler. Hvornår kommer handelsstrategien?

Mvh
Vibeke, Ishøj Handelsforening
""")
