"""corpus84, part C: flexjob, ressourceforløb, work injuries, wage garnishment."""
from common import M

M("he", """Til Jobcenter Ishøj, fleksjobteamet

Jeg er visiteret til fleksjob efter min piskesmældsskade og har fundet en arbejdsgiver, der vil ansætte mig 12 timer om ugen. Arbejdsgiveren spørger, hvordan tilskuddet udbetales, og om han skal søge det. Kan I sende ham et brev direkte? Han hedder Ulrik Kamp og har firmaet Kamp Rengøring.

Mit personnummer er [[280583-1690]].

Hilsen
Stine Holmgaard""")

M("e", """hej

jeg får løntræk fordi jeg skylder i børnebidrag og nu tager de næsten halvdelen. skattestyrelsen siger det er jer der skal ændre noget. jeg har to børn boende hver anden uge og kan ikke få det til at løbe rundt. hjælp

Dennis""")

M("", """Kære Ishøj Kommune

Hvordan bliver man som virksomhed godkendt til at have folk i fleksjob? Vi er en lille tegnestue med syv ansatte, og vi kunne godt bruge en ekstra hånd nogle timer om ugen.

Venlig hilsen
Tegnestuen Vejlebro, CVR 39 02 81 56""")

M("heu", """Til formanden for Beskæftigelsesudvalget

Jeg er tillidsrepræsentant for Socialpædagogerne på et bosted. Vores kollega Hanne Sejr blev slået af en beboer i maj og har siden haft hovedpine og lydfølsomhed. Hun er sygemeldt, sagen er anmeldt som arbejdsskade, og nu er der tale om ressourceforløb. Hun ønsker bare at vende tilbage på nedsat tid. Kan udvalget se på, om der findes en hurtigere vej til delvis raskmelding?

Med venlig hilsen
Jens Rask, TR""")

M("he", """Til Jobcenter Ishøj

Vedr. mit ressourceforløb: Min mentor er stoppet, og jeg har ikke fået en ny. Jeg har angst og PTSD efter min tid som udsendt i Afghanistan, og jeg kan ikke tale med hvem som helst. Det var svært nok at få tillid til den første. Kan I give mig en dato for, hvornår jeg får en ny?

Venlig hilsen
Rasmus Hjerrild
[[101186-1883]]""")

M("", """Hej

Er der nogen offentlige kurser i Ishøj i arbejdsmiljø for små virksomheder? Vi skal have en arbejdsmiljørepræsentant uddannet i år.

Mvh Kirsten, kontoret, Ishøj VVS""")

M("hes", """Til borgerrådgiveren

Jeg har været i fleksjob i tre år pga. gigt i begge hænder. Nu er min arbejdsgiver gået konkurs, og jobcentret siger, jeg skal på ledighedsydelse. Min kone, Line, og jeg har to børn og et hus, så vi har brug for at vide, hvor længe det kan vare. Jeg ringede og fik tre forskellige svar.

Med venlig hilsen
Camilla Jessen""")

M("h", """Til Center for Voksne og Velfærd, personaleafdelingen

Jeg har været ansat som køkkenassistent på plejecentret i 11 år. I sidste uge skar jeg mig dybt i hånden på en mandolin og måtte sys med ti sting. Min leder siger, at det ikke er en arbejdsskade, fordi det var mig selv, der var uopmærksom. Jeg vil bare gerne have den anmeldt, hvis der kommer varige mén.

Med venlig hilsen
Gitte Winther""")

M("e", """Til Ishøj Kommune, Opkrævningen

Jeg har fået lønindeholdelse på 22 % for gammel restance på daginstitutionsbetaling. Jeg har betalt af i to år på en afdragsordning, men den blev annulleret, da jeg skiftede job. Kan vi lave en ny aftale, så jeg kan beholde noget til mad?

Venlig hilsen
Michelle Holst
cpr [[060490-2241]]""")

M("", """Hej

Jeg vil gerne søge jobbet som pædagogisk assistent i Børnehuset Troldehøjen. Er det muligt at komme og se institutionen, inden jeg søger? Jeg er uddannet PAU i 2022.

Mvh
Zainab""")

M("het", """Til Jobcenter Ishøj

Jeg er eritreer og kom hertil som flygtning for 10 år siden. Jeg arbejdede på et vaskeri, men fik en allergisk hudsygdom af kemikalierne. Nu er jeg i ressourceforløb. Min sagsbehandler siger, jeg skal tage et rengøringsjob i praktik. Det er de samme kemikalier. Jeg vil gerne arbejde, men ikke blive syg igen.

Tesfay Gebremariam""")

M("", """Kære Jobcenter Ishøj

Vi har hørt om jeres virksomhedsservice. Vi er et byggefirma, der gerne vil tage en person i løntilskud. Hvad koster det for os, og hvordan ser processen ud? Jeres kundenummer til os er 0108921144 fra sidste samarbejde.

Venlig hilsen
Anders Holm, ejer, Holm Byg ApS""")

M("heb", """Kære byrådsmedlem Jakob Nørgaard

Jeg er katolik og har i mange år været frivillig i sognet. Jeg har en rygsygdom, som gør, at jeg nu kun kan arbejde 10 timer om ugen i et fleksjob. Jobcentret vil have mig til at tage et fleksjob om søndagen, men det er min helligdag, og jeg går i messe. Jeg har fortalt dem det, men de siger, at tro ikke er en gyldig grund. Er det rigtigt?

Venlig hilsen
Teresa Kowalczyk""")

M("he", """Subject: Fwd: Afgørelse om ressourceforløb

---------- Videresendt meddelelse ----------
Fra: Jobcenter Ishøj
Emne: Afgørelse om ressourceforløb

Rehabiliteringsteamet har indstillet til ressourceforløb i 2 år ...

Hej Hanne

Jeg videresender lige brevet. Jeg troede, at de ville indstille mig til førtidspension. Jeg har haft epilepsi i 30 år og anfald hver uge. Synes du, jeg skal klage?

Knus
Bettina""")

M("", """Til Borgerservice

Hvordan søger jeg om at få ændret mit forskudsopgørelsestal? Jeg har fået en ny arbejdsgiver, og jeg kan ikke huske koden til skat.dk. Eller er det ikke jer?

Mvh Henrik""")

M("hu", """Hej Lene

Jeg er medlem af FOA og har i 20 år været hjemmehjælper. Min skulder er blevet ødelagt af løft. Jeg har fået en arbejdsskade anerkendt, men kommunen som arbejdsgiver har ikke sørget for lift hos den borger, hvor skaden skete. Jeg vil bare sige, at der er mange som mig.

Hilsen
Lis Fog""")

M("eu", """Til Ishøj Kommune

Jeg skylder kommunen 38.000 kr. i tilbagebetaling af boligstøtte fra en periode, hvor min eks-kone stadig stod tilmeldt adressen. Nu trækker Gældsstyrelsen det i min løn. Jeg er TR i Dansk Metal på min arbejdsplads, og jeg har ikke noget at skamme mig over, men jeg vil gerne se sagens akter.

Venlig hilsen
Morten Bech
[[130874-3339]]""")

M("hs", """Hej Ishøj Kommune

Jeg hedder Simon og arbejder som pædagog. Jeg tog en uges sygeorlov for at passe min mand, Kristoffer, der blev opereret for en hjernesvulst. Nu siger min leder, at det ikke tæller som sygedage, fordi det ikke er mig selv, der var syg, og at jeg skal tage ferie. Hvad er reglerne?

Venlig hilsen
Simon""")

M("", """Kære borgerrådgiver

Jeg vil gerne klage over, at jeres hjemmeside om fleksjob er meget svær at forstå. Der står intet om, hvad en fleksjobvisitation egentlig indebærer, og sproget er juridisk. Det kan gøres bedre.

Mvh
en borger""")

M("he", """Til Jobcenter Ishøj

Jeg har fået tilkendt fleksjob, men kan ikke finde en arbejdsgiver. Jeg har ledighedsydelse nu. Jeg har nedsat hørelse efter en ulykke og kan ikke arbejde i støjende miljøer. Kan I hjælpe med at finde et job, hvor det er stille?

Venlig hilsen
Benny Kirk""")

M("hep", """Til borgmester Merete Amdisen

Jeg blev skadet i en arbejdsulykke for to år siden og har nu fået førtidspension. Min kone og jeg har solgt vores hus i Torslunde med forbehold for købers finansiering. Banken har lige ringet om, at køber ikke har fået lånet. Vi skal flytte til noget i stueplan. Kan kommunen hjælpe os med at finde en bolig uden trapper?

Venlig hilsen
Palle Nielsen""")

M("", """Til hovedpostkassen

Hvem i kommunen er ansvarlig for arbejdsmiljøcertificering af kommunens egne værksteder? Vi vil gerne tilbyde et kursusforløb i kemikaliehåndtering. Vi kan fremvise referencer fra nabokommuner.

Venlig hilsen
Kemisikkerhed Danmark I/S""")

M("het", """Hej

Min mor er fra Vietnam og har arbejdet på et renseri i 25 år. Hun har fået astma af dampene og er blevet sygemeldt. Arbejdsgiveren vil ikke anmelde det som arbejdsskade. Hun taler kun vietnamesisk. Vi vil gerne søge sygedagpenge for hende. Kan vi få en tolk?

Linh Tran""")

M("e", """Hej

jeg er i ressourceforløb og skal i praktik hos Føtex fra næste uge men ved ikke hvem min kontaktperson er. kan i sende navnet?

Ali""")

M("hu", """Til Ishøj Kommune, Arbejdsmiljø

Jeg er arbejdsmiljørepræsentant og TR for 3F på Ishøj Havn. En af vores folk, Bjarne Holt, faldt i vandet ved havnekanten i går og fik vand i lungerne. Han er indlagt til observation. Jeg vil gerne gøre opmærksom på, at rækværket har været defekt i et halvt år.

Med venlig hilsen
Jan Kjeldsen""")

M("", """Kære Lene Wiberg

Jeg synes, det er forkert, at fleksjobbere får så lidt i tilskud. Reformen har ramt mange, og jeg håber, du vil tage det op i Folketinget. Det er ikke fair.

Venlig hilsen
Solveig Rønne""")

M("e", """Til Jobcenter Ishøj

Min arbejdsgiver har fået et brev om lønindeholdelse fra Gældsstyrelsen, og nu er jeg bange for at blive fyret, fordi chefen tror, jeg er kriminel. Kan kommunen skrive et brev til ham om, at det drejer sig om en gammel studiegæld?

Mvh Theis""")

M("hes", """Til Ishøj Kommune

Vi er to mænd, gift i syv år. Min mand, Jakob, har haft en alvorlig depression og er nu i jobafklaringsforløb. Han får meget hurtigt brev om, at han skal møde, og det gør ham mere syg. Kan breve sendes til mig, så jeg kan forberede ham?

Venlig hilsen
Thomas Bjerg""")

M("he", """Hej igen

> Den 3. sep. skrev Jobcenter Ishøj:
> Vi har modtaget din lægeerklæring.

Tak. Jeg vil lige gøre opmærksom på at jeg skal opereres igen den 18. i nakken og derfor ikke kan møde til den aftale I har lavet den 20. Lægen ringer til jer.

/Gurli""")

M("", """Kære borgmester

Ishøj Kommune har 27 fleksjobbere ansat ifølge jeres egen årsrapport. Det er flot, men hvorfor så få? Vil kommunen sætte et mål for næste år?

Med venlig hilsen
Erling Damsgaard, pensionist""")

M("heu", """Til direktionsassistent

Videresendes til Center for Beskæftigelse og Erhverv:

Jeg er DLF-medlem og lærer på en privatskole. Jeg har fået konstateret Parkinsons sygdom og vil gerne fortsætte med at arbejde. Min skole har søgt om § 56, men jeg har også selv søgt om fleksjob, da jeg ikke kan klare fuld tid. Hvor langt er sagen?

Venlig hilsen
Torben Schmidt
[[161162\u00a03185]]""")

M("e", """Til Ydelsescentret

Vedr. min ansøgning om enkeltydelse til tandbehandling: Jeg er i fleksjob 15 timer om ugen og tjener ikke meget. Regningen er 9.800 kr. Hvad mangler I fra mig?

Hilsen
Jeanette Madsen""")

M("hb", """Kære udvalgsformand

Jeg er sygemeldt fra min stilling som præst i Ishøj Sogn efter en blodprop. Jeg skriver ikke om min sag, men for at takke for, at kommunens genoptræningscenter har været helt fantastisk.

Med venlig hilsen
Kirsten Bruun, sognepræst""")

M("", """Hej

Jeg skriver fra Ishøj Lokalhistoriske Arkiv. Vi laver en udstilling om arbejdslivet i Ishøj 1960-1990 og søger billeder fra fabrikkerne i Ishøj Industrikvarter. Har kommunen noget i sine arkiver?

Med venlig hilsen
Arkivet""")

M("het", """Til Jobcenter Ishøj

Jeg er fra Syrien og arbejdede som elektriker. Jeg fik stød på arbejdet og har siden haft rystelser i hånden. Nu kan jeg ikke arbejde som elektriker. Jeg vil gerne omskoles og har søgt jer om det to gange. Ingen har svaret.

Mvh
Khaled Nasser
[[050779-1429]]""")

M("e", """Kære byrådsmedlem

Min søster er i fleksjob som kontorassistent og får nu at vide, at hun skal have revurderet sin sag. Hun er bange for at miste tilskuddet. Hvordan kan hun forberede sig?

Venlig hilsen
Lotte Dam""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi har en faktura fra jer for et jobmesse-stand (fakturanr. 300424-1177), men vi har allerede betalt. Vores betaling blev gennemført 4. maj fra reg.nr. 9570 kontonr. 0012345678. Kan I tjekke det?

Med venlig hilsen
Bogholderiet, Ishøj Auto""")

M("hu", """hej, jeg er i Fødevareforbundet NNF og arbejder på slagteri. har fået seneskedehindebetændelse i begge arme og skal have hjælp til at søge arbejdsskade. kan i hjælpe med blanket eller skal det være fagforeningen? /Jonna""")

M("het", """Hej

Jeg er inuk fra Nuuk og har boet i Ishøj i fire år. Jeg er blevet sygemeldt med en kronisk tarmsygdom og får sygedagpenge, men jobcentret siger, jeg skal i ressourceforløb. Jeg vil egentlig hellere tilbage til Grønland og få behandling der. Kan jeg beholde ydelsen, hvis jeg flytter?

Aviaja""")

M("e", """Til Ishøj Kommune

Jeg er i virksomhedspraktik i jeres parkafdeling gennem jobcentret. Det er godt. Men jeg får ikke arbejdstøj som de andre. Kan I sørge for det?

Hilsen Rune""")

M("", """Hej

Jeg har hørt at kommunen har et program for unge under 30 uden uddannelse. Hvor kan jeg læse om det? Jeg spørger for at kunne fortælle eleverne i 9. klasse om mulighederne.

Mvh Mette, UU-vejleder""")

M("hu", """Til Center for Voksne og Velfærd

Jeg har været kranfører i 22 år og fået høreskade af støjen. Arbejdsskaden er anerkendt, og nu skal jeg have høreapparater fra hospitalet. Min fagforening, 3F Vestegnen, vil gerne have kopi af kommunens journal fra min tid i jeres vejafdeling. Hvordan får jeg den?

Venlig hilsen
Preben Tidemand
Højstens Boulevard
[[041063\u00a01391]]""")

M("e", """yo jeg er ham der ringede i går om løntrækket. i sagde jeg skulle skrive mit nr så her [[1511972389]] . de tager 3000 om måneden for en p-bøde gæld fra 2019 og jeg tjener kun 14k. kan det laves om?""")

M("hs", """> Den 12. okt. skrev Jobcenter Ishøj:
> Vi skal bruge en ny lægeerklæring senest fredag.

Hej

Min mand Rune skriver for mig fordi jeg ligger med feber efter operationen i skulderen. Jeg er ikke til at komme i kontakt med i denne uge. Lægeerklæringen er bestilt hos egen læge og kommer mandag.

Mvh Rune (for Daniel Hjorth, [[300889-1455]])""")

M("", """Til Center for Voksne og Velfærd

Vi er et forsikringsselskab og har modtaget en skadesanmeldelse på en af jeres bygninger. Policenr. 0104921187, skadesnr. 24-00912. Kan I sende os billeder af vandskaden i kælderen på Ishøj Rådhus?

Med venlig hilsen
Tryg Skadesafdeling""")

M("eb", """Kære byrådsmedlem Fatima Yousef

Jeg er pensioneret fra DSB og får folkepension og en lille tjenestemandspension. Jeg går i moskeen hver fredag, og nu er busruten dertil lagt om. Jeg har ikke bil og ikke råd til taxa. Kan kommunen gøre noget ved ruten?

Venlig hilsen
Mustafa Öztürk""")

M("het", """Hej Ishøj Kommune

Jeg komme fra Bosnien for 25 år siden. Jeg arbejde som rengøring på skole men jeg har fået slidgigt i knæ og kan ikke gå trapper. Lægen siger jeg skal have fleksjob. Jeg vil gerne søge om fleksjob hos jer, hvad skal I have fra mig? Min datter hjælpe med denne mail.

Med venlig hilsen
Senada Begić""")
