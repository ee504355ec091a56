"""corpus61 part F: homes and business premises for sale around a job change, partners at
work and at home, CPR numbers in staff notes and signatures, and look-alike numbers."""
from common import M

M("p", """Kære Tommy Petersen

Jeg er ansat i Ishøj Kommunes IT-afdeling og skal flytte til Odense med mit job til sommer. Vi har fået et bud på vores lejlighed i Ishøj Landsby, men køberen vil have at vi venter med overtagelsen til august. Ved du, om kommunens vejarbejde på Ishøj Landevej er færdigt inden da? Køberen er bekymret for støjen.

Venlig hilsen
Camilla Thorsø""")

M("s", """Hej Kim

Vi mødtes til jobmessen. Jeg nævnte at jeg og min kone Rikke driver et lille bageri i Ishøj Landsby. Vi vil gerne have lov til at sætte et par borde ud på fortovet om sommeren. Hvem søger man det hos?

Mvh
Maria Laursen""")

M("e", """Tlf.notat 23/11 kl. 11.30

Borger: Tommy Brandt, cpr [[110890-3121]]
Henvendelse: Har fået afslag på boligstøtte, fordi indkomsten fra hans nye job som flyttemand er for høj. Han mener at lønnen svinger meget. Vejledt om at søge igen med lønsedler for 3 mdr.
/AB""")

M("", """Hej Økonomi

Jeg har en faktura fra Ishøj Vinduespolering med fakturanr. 2511872266 og kundenummer 0209711455. Beløbet er 3.450 kr. inkl. moms. Den skal betales fra konto 5211 (Rådhus, drift). Kan I bogføre den?

Mvh
Serviceafdelingen""")

M("pe", """Hej borgmester

Jeg er blevet skilt, og vi skal sælge vores fælles hus i Torslunde. Min ekskone vil ikke acceptere det bud vi har fået, og mægleren siger at huset kan ende på tvangsauktion hvis vi ikke snart bliver enige. Jeg har også mistet mit job som lastbilchauffør i sommer. Jeg er helt ude at skide.

Mvh Carsten""")

M("s", """Til borgmesterens PA

Jeg har en invitation til borgmesteren. Jeg er formand for personaleforeningen i et firma i Ishøj, og vi holder julefrokost. Jeg vil gerne høre om borgmesteren vil holde en kort tale. Min mand Anders og jeg står for arrangementet, så svar gerne til os begge.

Med venlig hilsen
Torben Nyrup""")

M("eh", """Cpr [[081063-1770]]
Jens Ove Pedersen
Vibeholms Allé 12

Til jobcentret. Jeg har fået brev om at jeg skal til samtale den 3. december. Jeg er stadig sygemeldt efter min hofteoperation og kan ikke køre bil. Kan samtalen foregå på telefon?

Jens Ove""")

M("", """Hej HR

Hvornår bliver lønnen udbetalt i december? Normalt er det den sidste hverdag, men jeg har hørt at den kommer tidligere på grund af julen. Jeg skal planlægge at betale nogle regninger.

Mvh
Louise, Jobcentret""")

M("pt", """Kære Tommy

Jeg er født i Marokko og har drevet købmandsbutik i Ishøj i 15 år. Jeg vil sælge butikken og bygningen nu, fordi jeg skal på pension. En køber har budt, men banken vil have en erklæring fra kommunen om at der ikke er forurening på grunden. Kan I udstede den hurtigt?

Med venlig hilsen
Youssef Amrani""")

M("s", """Hej Bente,

Kort spørgsmål: min kæreste Mikkel og jeg (jeg hedder Jonas) vil gerne flytte til Ishøj, og han vil gerne skifte til hjemmeplejen her, når vi flytter. Er der mangel på folk? Vi vil gerne bo tæt på arbejdet.

/Jonas""")

M("", """Hej Torben

Ordrenummer 1206941879 fra Lyreco er leveret, men der mangler 4 æsker kuglepenne. Kan du reklamere over det? Leverandørens kundenummer til os er 46-7712.

/Sekretariatet""")

M("hp", """Til Center for Byudvikling og Natur

Jeg har fået en blodprop i hjernen og kan ikke længere arbejde som landmand. Vi skal derfor sælge vores landbrugsejendom ved Tranegilde. Der er to interesserede købere, den ene vil kun købe hvis de kan udstykke en del af jorden. Vil kommunen tillade det? Vi skal bruge svaret inden vi vælger køber.

Venlig hilsen
Poul Kjær""")

M("eu", """Notat, jobsamtale 20/11
Bgr.: Anders Grøn, cpr: [[270385 1693]]
– Ledig siden 1/9, dagpenge via Lederne
– Søger stillinger som lagerchef, har søgt 14 stillinger
– Aftalt: virksomhedspraktik afsøges, næste samtale 15/1
/MH""")

M("", """Hej kolleger

Der er kommet nye retningslinjer for tavshedspligt og brug af personnumre i mails. Læs dem på intranettet. Kort: skriv aldrig cpr i emnefeltet, og brug sikker mail til borgere. Vi tager en snak på næste møde.

/Teamleder Pia""")

M("sp", """Hej Tommy

Min kone Lene og jeg har fået tilbudt at overtage en andelsbolig i Strandgården, men vi har ikke solgt vores egen lejlighed endnu. Vi har en køber, der venter på en vurdering fra banken. Jeg er sygeplejerske på Hvidovre og hun er lærer, så vi skal bare vide om der er ventetid på parkeringstilladelse i området.

Venlig hilsen
Ditte Holm""")

M("e", """Til jobcentret

Hermed mine oplysninger til samtalen:
Navn: Mads Friis
Cpr.: [[1912024547]]
Uddannelse: ingen efter 9. klasse
Ønske: at komme i lære som mekaniker

Jeg har fået uddannelseshjælp siden januar.
Mads""")

M("", """Kære Erhvervsservice

Vi har fået tildelt CVR 29403473 og p-nummer 1019283746 i forbindelse med vores nye afdeling. Skal vi også registrere os hos kommunen for at få affaldsordning til virksomheder?

Mvh
Grøn Logistik ApS""")

M("ps", """Hej Henrik

Tak for sidst. Som jeg fortalte, har min mand Bo og jeg budt på huset ved siden af hans arbejdsplads på Ishøj Havn, men sælgeren har et højere bud fra en anden. Vi overvejer at byde igen. Ved du, om kommunen har planer for havneområdet, der kan gøre huset mindre attraktivt?

Mvh Thomas Iversen""")

M("eh", """Borgerservice, tlf.notat
Ringede: Kirsten Lind, cpr [[250658–2104]]
Hun er 68 og har fået konstateret Parkinson. Hun søger om hjemmehjælp til rengøring, og spørger om hun stadig kan arbejde 8 timer om ugen i genbrugsbutikken. Sendt til Visitationen.""")

M("", """Hej alle

Vi får nyt telefonsystem 1. januar. Jeres nye lokalnumre står i vedhæftede fil. Hovednummeret 43 57 75 75 er uændret. Husk at optage ny telefonsvarerbesked.

/IT""")

M("p", """Hej Bente

Vi er tre kolleger fra plejecentret, der sammen har budt på et sommerhus i Ishøj Strand, som vi vil leje ud. Vi venter stadig på svar fra sælger. Må man udleje et sommerhus i Ishøj hele året? Vi vil ikke købe, hvis det ikke er lovligt.

Mvh
Susanne, Marianne og Tove""")

M("tse", """Til Borgerrådgiveren

Min kæreste Ahmad og jeg er to mænd, og han er fra Afghanistan. Han arbejder i et løntilskudsjob i kommunen, men han er bange for at hans kolleger finder ud af det med os, fordi nogle af dem er fra samme miljø. Han har bedt om at blive flyttet, men jobcentret vil ikke forklare hvorfor han ikke må. Jeg skriver for ham, han har givet lov.

Venlig hilsen
Christian Holm""")

M("", """Hej

Hvad er det nye kontonummer til indbetaling af depositum for lokaleleje på rådhuset? Jeg har fået reg.nr. 1551 og konto 3456789012 i en gammel mail.

Mvh
Ishøj Seniorklub""")

M("e", """Kære Center for Beskæftigelse og Erhverv

Min søn Oliver på 19 er droppet ud af gymnasiet og har ikke noget arbejde. Han sidder på sit værelse hele dagen. Han er skrevet op hos jer og får uddannelseshjælp, men han har ikke været til samtale i to måneder. Hvad sker der?

Venlig hilsen
Mette Strand""")

M("pb", """Kære Kim

Vores menighed i Ishøj har forhandlet i et halvt år om at købe en nedlagt værkstedsbygning på Vejleåparken til kirke. Jeg er præst for menigheden. Sælger har nu et nyt bud fra en anden, og vi skal give et endeligt tilbud inden 1. december. Kan kommunen sige, om bygningen må bruges som forsamlingshus?

Med venlig hilsen
Pastor Emmanuel Mensah""")

M("", """Hej Louise

Kunden med kundenummer 3110882345 har ringet om sin regning for leje af Ishøj Hallen. Han mener beløbet er forkert. Kan du ringe tilbage på 26 53 18 90?

/Reception""")

M("eh", """Til Jobcenter Ishøj

Jeg skriver for min kone Anja, cpr [[130479-2050]]. Hun er sygemeldt med brystkræft og får kemoterapi. Hun har ikke overskud til at svare på jeres breve om sygedagpenge. Må jeg svare for hende? Jeg har en fuldmagt.

Mvh
Peter Winther""")

M("s", """Hi Merete, I'm an American working in Denmark for two years. My wife Jennifer and I just moved to Ishøj, and we'd love to know if there is an LGBT network for professionals in the area. We are both women in tech and would like to meet others.

Best, Ashley""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvad er reglerne for at være frivillig, mens man får dagpenge? Jeg skriver et indlæg til foreningens blad og vil gerne have det korrekt. Det er ikke min egen situation.

Mvh
Kirsten, redaktør af Ishøj Frivilligblad""")

M("ht", """Tlf.notat (Sundhedsplejen, 19/11)
Mor ringede. Er fra Ghana og arbejder som SOSU-hjælper om natten. Er gravid i 5. måned og har haft blødninger. Ønsker at vide om hun kan blive flyttet til dagvagter. Henvist til egen læge og arbejdsgiver.
Cpr: [[021095-4116]]""")

M("p", """Hej Tommy

Jeg er ejendomsmægler og har lige fået huset på Fuglevad Vænge 7 til salg. Sælgeren er en af dine vælgere, og han siger, at kommunen har lovet ham at vejen ikke bliver udvidet. Er det rigtigt? Det har betydning for prisen, vi forhandler med to købere.

Mvh
Rasmus Dyhr, Nybolig Ishøj""")

M("", """Hej

Jeg skal bruge jeres p-nummer og EAN-nummer til at sende en faktura for et kursus i konflikthåndtering, som vi holdt for jeres hjemmepleje. Vores kontaktperson var Lone. Tak.

Mvh
Konfliktcentret""")

M("sb", """Kære Henrik Madsen

Jeg vil bare sige tak. Jeg er imam i Ishøj og blev interviewet i avisen om homoseksualitet og islam, efter min søn fortalte os at han er homoseksuel. Jeg fik mange hadefulde beskeder, men også mange søde, blandt andet fra dig. Det betød meget for min familie.

Med venlig hilsen
Imam Tariq Hussain""")

M("eu", """Hej

Jeg er medlem af Djøf og har været ledig i 8 måneder efter at jeg blev sagt op i styrelsen. Jobcentret vil have mig i et "jobsøgningskursus", men jeg har allerede været på to gennem Djøf. Må jeg sige nej?

Mvh
Christina Lauge
[[120488 2439]]""")

M("", """Til direktionssekretariatet

Har vi en politik for medarbejdere, der ønsker at arbejde efter folkepensionsalderen? Jeg får spørgsmålet fra flere ledere og vil gerne have et fælles svar.

Vh
Jytte, HR""")

M("pe", """Hej Center for Beskæftigelse og Erhverv

Jeg er på kontanthjælp og har en kolonihave i Ishøj, som jeg har fået at vide jeg skal sælge. Jeg har sat den til salg, men foreningen har en venteliste og køberen skal godkendes. Det tager måneder. Bliver min hjælp stoppet i mellemtiden?

Mvh Jimmy Rask""")

M("t", """Til Center for Børn og Forebyggelse

Jeg er grønlænder og har arbejdet som pædagog i 10 år. I min nye institution har en kollega spurgt mig, om jeg "drikker som de andre grønlændere". Jeg vil gerne vide, hvad jeg kan gøre.

Venlig hilsen
Nivi Olsen""")

M("", """Hej

Vi har målernummer 57130045 og forbrugsnummer 1302591847 på fjernvarmen i vores erhvervslokale. Hvem i kommunen kan hjælpe med en forkert aflæsning?

Mvh
Ishøj Bilpleje""")

M("eh", """Hej Ulla

Jeg har talt med bgr. igen (Ib Nielsen, cpr [[1702560917]]). Han har fået et slagtilfælde og er nu i plejebolig. Hans fleksjob er derfor opsagt. Vi skal lukke sagen og sende besked til arbejdsgiveren.

/Birgit""")

M("ps", """Hej Merete

Min kone Helle og jeg er ved at købe en erhvervsejendom i Ishøj til vores tandlægeklinik. Købsaftalen er betinget af at vi kan få lov til at lave ombygning. Vi venter på svar fra byggesag. Kan du se på hvorfor det tager 8 uger? Vi risikerer at miste handlen.

Venlig hilsen
Sanne Møller, tandlæge""")

M("b", """Hej Kim

Som formand for Ishøj Humanistiske Forening og erklæret ateist vil jeg gerne spørge, om kommunen har overvejet at afskaffe bønnen ved byrådets nytårskur. Mange ansatte føler sig ikke tilpas.

Mvh
Erik Vinther""")

M("", """Hej HR

Jeg har et generelt spørgsmål om barsel: hvor mange ugers fuld løn får mænd i kommunen efter den nye aftale? Jeg skal orientere mine medarbejdere på et møde.

Mvh
Afdelingsleder Kasper""")
