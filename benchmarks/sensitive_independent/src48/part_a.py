"""Part A: owners selling houses and flats, at every stage, to council members and the mayor's PA."""
from common import M

M("p", """
Kære Mette Lindskov

Vi har sat huset på Vildtbanevej til salg hos home i sidste uge, og nu har en nabo fortalt os, at kommunen overvejer en ny lokalplan for grunden bag os. Vores mægler siger, at køberne spørger til det ved hver fremvisning. Kan du fortælle, om der er noget om snakken, før vi sænker prisen?

Venlig hilsen
Jørgen og Lis Abildgaard
""")

M("", """
Hej borgmesterens sekretariat

Hvornår kommer den nye lokalplan for området ved Ishøj Landsby i høring? Jeg er bare interesseret borger og vil gerne læse den, når den er klar.

Mvh Kristian Brandt
""")

M("pe", """
Til borgerrådgiveren

Banken har givet os frist til 1. marts, ellers går huset på tvangsauktion. Vi er bagud med 4 terminer på realkreditlånet (lånenr. 0312 884 501) og har prøvet at sælge selv, men der kom kun ét bud, langt under gælden. Min mand er blevet arbejdsløs i efteråret. Hvad kan kommunen gøre – kan man få hjælp til at blive boende til salget er på plads?

Hilsen
Rikke Damgaard
Brohusvej 19
""")

M("", """
Hej

Vi solgte vores rækkehus på Tranegilde Strandvej i 2019, og handlen er for længst afsluttet. Nu får jeg stadig post om ejendomsskat på adressen. Kan I fjerne mig som modtager? BFE-nr. 2410583.

Mvh
Ole Vestergaard
""")

M("p", """
hej kasper

du sagde til borgermødet at jeg bare kunne skrive direkte. vi har fået et bud på lejligheden i Vejleåparken på 1.650.000 men køberens bank skal lige godkende finansieringen, og vi skal selv købe i Hundige inden 1/4. kan kommunen se hurtigere på deklarationen om altanen så vi ikke mister køberen??

mvh tobias
""")

M("ph", """
Kære Anne Berit Holm, byrådsmedlem

Min mor er 84 og har fået konstateret Alzheimers. Vi børn har besluttet at sælge hendes hus på Ishøj Søvej, så hun kan flytte tættere på min søster. Huset er vurderet til ca. 3,2 mio. af mægleren, men vi ved ikke om vi må sælge, før der er en fremtidsfuldmagt på plads. Har kommunen nogen der kan vejlede?

Venlig hilsen
Helle Bagger
""")

M("", """
Goddag

Er det korrekt, at kommunen sælger tre storparceller i Ishøj Landsby i år? Hvad er mindsteprisen pr. kvadratmeter, og hvor kan man se udbudsmaterialet?

Med venlig hilsen
Palle Sørensen
""")

M("pt", """
Hej Amina

Jeg skriver til dig fordi du også er fra Somalia ligesom min familie. Vi har budt på et hus i Ishøj Strand og mægleren har ikke svaret i 9 dage, selv om andre bud kom senere og blev behandlet. Jeg tror ikke vi bliver taget alvorligt pga vores navne og baggrund. Kan du hjælpe med at finde ud af hvem man kan klage til?

Abdirahman Warsame
""")

M("", """
Kære byrådsmedlem

Jeg synes, det er helt forkert, at kommunen sælger den grønne kile ved Strandparken til byggeri. Den slags arealer får vi aldrig igen. Jeg håber, du stemmer imod på næste møde.

Hilsen en vred nabo, Birthe Krog
""")

M("ps", """
Kære Lars Holm

Min mand Anders og jeg (ja, vi er to mænd, det plejer at overraske folk på kommunen) har underskrevet en betinget købsaftale på en grund på Tranegildevej. Betingelsen er at vi får lov at bygge en carport i skel. Hvor lang tid tager en dispensation typisk? Advokaten siger vi har 14 dage.

Venlig hilsen
Michael Fog
""")

M("", """
Hej

Hvad er ejendomsværdien pr. m2 for typiske parcelhuse i Ishøj i år? Jeg skal bruge det til en opgave på handelsskolen.

Mvh Josefine
""")

M("pe", """
Til borgmesterens PA

Jeg har fået en udkastelsesdom og skal være ude af lejligheden om 3 uger. Samtidig har vi et sommerhus i Hornbæk, som står til salg, men der er ingen bud endnu. Når det er solgt, kan jeg betale restancen på 46.000 kr. til boligselskabet. Kan borgmesteren tale med boligselskabet om at vente?

Mvh
Carsten Bjerre
Ishøj Boulevard 42, 3. th.
""")

M("p", """
Hej Mikkel

Min nabo i nr. 14 på Ishøj Stationsvej har sat sit hus til salg, og der har været fremvisninger hele weekenden. Ved du om kommunen har forkøbsret på den slags grunde tæt på stationen? Jeg har selv tænkt på at byde for at udvide min have.

Hilsen Eva Rask
""")

M("", """
Kære Center for Byudvikling og Natur

Hvilke regler gælder for at sælge en kolonihave i Haveforeningen Sydkysten? Må man selv fastsætte prisen, eller er der en vurderingsordning? Jeg spørger generelt, for foreningens nye medlemmer.

Venlig hilsen
Haveforeningens bestyrelse
""")

M("ph", """
Hej

jeg er ved at sælge mit kolonihavehus i HF Vibeholm fordi jeg har fået MS og ikke kan passe haven mere. der er en køber der vil give 185.000 men bestyrelsen siger at vurderingen er 160.000 og at det er max. hvem bestemmer det egentlig, jer eller foreningen?

/ Dorte
""")

M("pu", """
Kære Søren Vestergaard

Som tillidsrepræsentant i 3F på havnen har jeg set mange kolleger blive presset ud af boligmarkedet. Selv har vi nu endelig fået et bud på vores rækkehus på Gildbrovej, men køberen har taget forbehold for salg af egen bolig. Mægleren siger det kan tage måneder. Er der noget, kommunen kan gøre for at få flere boliger til almindelige lønmodtagere?

Hilsen
Kim Andersen
""")

M("", """
Hej

Hvor kan jeg se matrikelkortet for matr.nr. 12ah Ishøj By, Ishøj? Jeg vil gerne se skellene før jeg planter en hæk.

Mvh Niels
""")

M("p", """
Kære direktionsassistent

Vi driver et lille VVS-firma og har budt på erhvervsgrunden på Industrivej 21 i kommunens udbud. Vores bud er betinget af, at der må opføres en hal på 800 m2. Hvornår træffer økonomiudvalget beslutning? Vi skal sige ja eller nej til en anden grund i Greve inden 15. juni.

Med venlig hilsen
Tommy Larsen, direktør
Larsen VVS ApS
""")

M("", """
Hej

Kommunen solgte grunden ved Ishøj Centervej til Nordisk Ejendom i 2022 – handlen er tinglyst. Hvorfor er der stadig ikke bygget noget? Som borger synes jeg det er spild.

Mvh Rasmus
""")

M("pe", """
Til Mads, byrådet

Jeg er på kontanthjælp og har arvet halvdelen af min fars hus i Torslunde. Min bror vil sælge, og vi har en køber, men jobcenteret siger at jeg mister min kontanthjælp når pengene kommer ind. Må man ikke bruge arven på at betale gæld først? Handlen er ikke underskrevet endnu.

Mvh Jesper
""")

M("", """
Kære Lise

Tak for et godt borgermøde om den nye bydel. Jeg synes det er fint med flere ejerboliger i Ishøj, men husk at bevare stierne langs åen.

Hilsen Poul
""")

M("p", """
Hej

Vi har lagt et bud på 2.395.000 på Strandager 8. Sælger har afvist og vil have 2,5. Nu hører vi at der måske kommer et nyt vejprojekt lige bag huset. Kan I sige noget om det inden vi byder igen på fredag?

Mvh
Camilla og Jonas Riis
""")

M("h", """
Kære borgerrådgiver

Jeg har boet i min lejlighed i Ishøj Strand i 11 år. Siden jeg fik KOL er det blevet svært at gå på trapperne, og jeg har bedt boligselskabet om en lejlighed i stueetagen, men de siger der er 4 års ventetid. Hvem kan hjælpe?

Venlig hilsen
Inger Møller
""")

M("", """
Hej

Hvad er ventetiden generelt på en stuelejlighed i de almene boliger i Ishøj? Jeg spørger for min forening.

Mvh Tove
""")

M("pb", """
Kære Jakob

Som medlem af Socialdemokratiet i Ishøj i 20 år skriver jeg til dig som partifælle. Vi skal sælge vores hus på Skovlytoften, og en køber har budt betinget af, at kommunen godkender en tilbygning. Sagen har ligget i byggesag 2024-0113 siden januar. Kan du skubbe lidt på?

Hilsen
Bent Jørgensen
""")

M("", """
Til hovedpostkassen

Jeg henvender mig om kommunens generelle regler for forkøbsret ved salg af landbrugsjord. Gælder der særlige regler, når jorden ligger i landzone ved Tranegilde?

Med venlig hilsen
Advokatfirmaet Holm & Krag
""")

M("pt", """
Hej

min svigerfar er fra Pakistan og vil købe lejligheden under os på Ishøj Boulevard til min svigermor og ham. Sælger har accepteret 1,4 mio men siger han skal have et dansk cpr-nummer først. er det rigtigt? de har boet i Danmark i 3 år

Mvh Sara
""")

M("", """
Hej

Ejendomsmægler her. Jeg skal bruge en ejendomsdatarapport på BFE 5831092 (handlen er gennemført og skødet tinglyst 2. maj). Kan I sende den til mig til arkivet?

Med venlig hilsen
Lars Gammelgaard, Nybolig Ishøj
""")

M("ps", """
Hej Maja

Min kone Louise og jeg har solgt vores lejlighed, men køberen trak sig i går, en dag før fortrydelsesfristen udløb. Nu har vi allerede købt et hus i Ishøj Landsby med overtagelse 1. august. Vi er panikslagne. Har kommunen nogen ordning for mellemfinansiering? Det lyder dumt, men vi ved ikke hvor vi ellers skal spørge.

Kh Mia Holst
""")

M("", """
Kære Byråd

Jeg læste i Lokalavisen at huspriserne i Ishøj steg 8 % sidste år. Er det kommunens vurdering at det fortsætter? Jeg overvejer at sælge om et par år.

Venlig hilsen
Jan Thomsen
""")

M("pe", """
Til Kasper Rasmussen

Jeg er skilt i februar og vi skal sælge vores fælles hus på Kærbo. Min eks vil ikke skrive under på salgsopstillingen, og huset står og forfalder. Jeg betaler alene ydelsen og har ikke råd. Kan kommunen gøre noget, eller skal jeg til Familieretshuset?

Hilsen Line Jensen
cpr [[120384-2216]]
""")

M("", """
Hej

Hvornår bliver de nye ejendomsvurderinger sendt ud? Jeg har hørt at Ishøj kommer med i næste runde.

Mvh Ebbe
""")

M("pb", """
Hej Fatima

Vi er en muslimsk familie og har længe ledt efter et hus med plads til vores bønner og en stor familie. Nu har vi fundet ét på Ishøj Søvej, og sælger har sagt ja til 3,1 mio., men vores bank vil først godkende lånet, når vi har en islamisk finansieringsmodel på plads. Kender du nogen i kommunen, der har erfaring med det?

Venlig hilsen
Yusuf Demir
""")

M("", """
Til borgmesteren

Den nye sommerhusgrund-udstykning ved stranden bør forbeholdes lokale. Det er min klare holdning, og jeg håber du er enig.

Mvh Knud Eriksen
""")

M("p", """
Hej

vi er en familie der overvejer at købe et landbrug på Tranegildevej (ca 12 ha). sælger vil have svar inden månedens udgang. hvad siger kommunen om at vi bygger et stuehus mere til mine forældre? skal det søges først?

mvh Anders
""")

M("", """
Hej

Jeg har kundenummer 0708841295 hos forsyningen og har fået en faktura (nr. 1103221567) på vand til et hus jeg har solgt og fraflyttet i 2021. Handlen er afsluttet for længst. Hvem skal jeg kontakte?

Mvh
Birgitte Lauesen
""")

M("pe", """
Til borgerrådgiveren

Jeg bor i et andelsbolig i AB Strandhaven, og bestyrelsen har besluttet at sætte min andel til salg, fordi jeg skylder boligafgift for 5 måneder. Jeg fik ikke lov at sige noget på generalforsamlingen. Må de det? Jeg har en samtale med jobcentret på tirsdag om at komme i arbejde igen.

Hilsen Pia Fuglsang
""")

M("", """
Hej

Hvad koster det at få tinglyst et skøde, når kommunen sælger en grund? Bare generelt.

Hilsen Magnus
""")

M("pu", """
Kære Henrik

Jeg er HK-medlem og arbejder som sekretær på rådhuset i Brøndby. Min kæreste og jeg har budt på en ejerlejlighed i Ishøj Strand, men den er udbudt med krav om, at køber skal bo der mindst 5 år. Hvorfor har Ishøj den regel, og gælder den for alle nye lejligheder?

Mvh Sanne
""")

M("", """
Kære Charlotte

Jeg er imod at kommunen sælger ud af de sidste byggegrunde ved Ishøj Landsby. Hvad er jeres plan for grønne områder?

Hilsen Hanne Lykke
""")

M("pt", """
Hej

Jeg er ukrainer og kom til Danmark i 2022. Nu har jeg fast arbejde og vil gerne købe en lille lejlighed. Jeg har set en på Gildbrovej og budt 1.150.000, og sælger siger ja, hvis min bank godkender. Men banken spørger om min opholdstilladelse. Kan kommunen skrive en bekræftelse?

Venlig hilsen
Olena Kovalenko
""")

M("", """
Hej

Gælder bopælspligten også for sommerhuse i Ishøj Strandpark? Jeg læste om det i en artikel.

Mvh Gitte
""")

M("ph", """
Kære Niels

Jeg skal sælge mit hus fordi jeg har fået en hjerneblødning og skal bo et sted uden trapper. Mægleren siger at jeg skal have lovliggjort udestuen først. Byggesagen (sagsnr. 01.03.03-P19-442-23) har ligget hos jer i 4 måneder. Kan du hjælpe?

Med venlig hilsen
Flemming Dahl
""")

M("", """
Til hovedpostkassen

Jeg har en lånesag med lånenummer 2104 861 332 og skal bruge en attest for restancer på ejendommen. Jeg er den nye ejer, skødet er tinglyst.

Mvh Sten Hald
""")

M("p", """
Hej mayor's office

Jeg er ejendomsmægler og har en sælger på Fasanvænget 7, hvor køberen har trukket sig efter tilstandsrapporten viste radon. Kan kommunen oplyse om radonmålinger i området, så vi kan finde en ny køber? Sælger er ret desperat.

Mvh
Malene Hjort, EDC
""")

M("", """
Hej

Jeg søger oplysninger om hvordan kommunen fastsætter prisen på de grunde den selv sælger – bruger I mægler eller vurderingsmand? Jeg er studerende på CBS.

Venlig hilsen
Amalie
""")

M("pe", """
Kære borgmester

Jeg skriver fordi jeg ikke kan mere. Min lejlighed i Vejleåparken bliver tvangsauktioneret den 12. i næste måned, og jeg har ingen steder at bo. Jeg har søgt boligstøtte men fik afslag. Kan kommunen købe lejligheden eller hjælpe mig med en bolig?

Mvh Kenneth Olsen
[[071279-1143]]
""")

M("", """
Hej Ishøj Kommune

Må man sætte et "til salg"-skilt op på kommunens rabat foran sit hus? Nogle naboer har gjort det.

Mvh Lone
""")
