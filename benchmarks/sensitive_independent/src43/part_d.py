"""Part D: identity - coming out, faith, origin; teenagers and young parents, many in passing."""
from common import M

M("s", """hej. jeg er 17 og har lige fortalt mine forældre at jeg er lesbisk. de tog det ok men min far vil ik have at min kæreste Sara sover her. kan jeg få et ungdomsværelse gennem kommunen? haha nej jk men findes der rådgivning?""")

M("se", """hej... mine forældre har smidt mig ud efter jeg sprang ud som bøsse. jeg er 18 og sover i min bil. hvad gør jeg? /M""")

M("", """hej, er der en lgbt+ cafe for unge i ishøj eller nærmeste er det i kbh? 🌈""")

M("s", """Hej Sanne (Kultur- og Fritidsudvalget). Min kone Louise og jeg vil gerne lave et regnbue-arrangement for småbørnsfamilier på biblioteket. Må vi låne salen gratis? Mvh Marie""")

M("", """Hej. Hvordan booker man salen på Ishøj Bibliotek til et arrangement for forældre? Mvh""")

M("s", """hej, jeg er pan og har det fint med det, men min klasselærer siger at det "bare er en fase" foran hele klassen. er det ok?? /Noa 9.x""")

M("", """hej, hvad lærer man om køn og seksualitet i udskolingen? min mor vil gerne vide det lol""")

M("s", """hej. jeg er biseksuel og skal på efterskole til august. kan kommunen give tilskud til efterskole? spørger fordi min mor siger nej 😅 /Ella""")

M("", """hej, giver kommunen tilskud til efterskole? eller er det kun staten""")

M("s", """Hej. Min søn Carl har to fædre, Jonas og mig, og skolens intra kan kun registrere "mor" og "far" én gang. Kan det rettes? Mvh Kristian Dahl""")

M("s", """hej!! mig og min kæreste Emilie (vi er begge piger) blev smidt ud af skolefesten fordi vi dansede sammen. læreren sagde det var "upassende". seriøst?? /Nora""")

M("", """hej, hvem bestemmer reglerne for skolefester? vi vil gerne have musik til kl 23 🎶""")

M("sb", """hej. jeg er muslim og homo og ved ik hvem jeg kan snakke med om det. imamen i vores moské ved det ikke. er der nogen i kommunen? pls anonym""")

M("s", """Hej. Jeg og min mand Ole (jeg er Henrik) er lige flyttet til Ishøj med vores adoptivdatter. Hvor melder vi hende ind i SFO? Mvh""")

M("", """Hej. Hvor melder man ind i SFO når man flytter til kommunen? Tak""")

M("sh", """hej, jeg er asexual og har fået diagnosen OCD, og min psykolog sagde jeg skulle skrive til jer om hjælp til at komme i gang med uddannelse. /Kim, 20""")

M("s", """hej. er det rigtigt at klubben ikke vil have en kønsneutral toiletløsning? jeg er queer og mine venner og jeg føler os ik velkomne. /Sam""")

M("", """hej! kommer der kønsneutrale toiletter i den nye hal? 👀""")

M("t", """hej, jeg er kurder og mine forældre kom fra Tyrkiet. i skolen siger en lærer at jeg skal "tage hjem". hvad gør jeg?? /Rojin 8.a""")

M("t", """Hej. Vi er en grønlandsk familie og vores søn Inuk får ikke tilbudt modersmålsundervisning i grønlandsk. Er det ikke en ret? Mvh Pipaluk""")

M("", """Hej. Hvilke sprog tilbyder kommunen modersmålsundervisning i? Mvh""")

M("t", """hej. jeg er halvt nigeriansk og til job-samtalen i kommunens svømmehal spurgte de hvor jeg "egentlig" kom fra. det føltes ik ok. hvem klager jeg til? /David""")

M("t", """hej 🙂 min mand er fra Vietnam og min svigermor kommer på besøg i 3 mdr. kan hun gå med i vores lokale mødregruppe? hun snakker ik dansk /Trine""")

M("", """hej, har ishøj mødregrupper på andre sprog end dansk? 😊""")

M("t", """hej. jeg kom som flygtning fra Syrien da jeg var 10 og er nu 19. jeg vil gerne læse til pædagog men min danskkarakter er for lav. findes der forløb i kommunen? /Omar""")

M("", """hej, hvor mange flygtninge har ishøj modtaget i 2025? skal bruge tal til en rapport""")

M("te", """hej. vi er romaer og bor på Vejlebrovej, og vores børn får ikke plads i den samme skole som deres fætre. og vi har fået afslag på boligstøtte. er det fordi vi er romaer?? /Dragan""")

M("t", """hej. jeg er adopteret fra Sydkorea og vil gerne finde ud af mere om min baggrund. har kommunen nogen papirer om min adoption fra 2003? mit cpr [[130903-4117]] /Lea""")

M("", """Hej. Hvordan får man aktindsigt i sin egen sag fra barndommen? Mvh""")

M("t", """hej, en gruppe drenge råbte "sorte svin" efter min søn ved Ishøj Strand på lørdag. han er 11. politiet er kontaktet, men vi vil gerne have at skolen ved det. /Fatou""")

M("", """hej, er der nogen vagt ved ishøj strand om aftenen? der har været ballade i weekenden""")

M("the", """Hej. Min mor er fra Pakistan og taler dårligt dansk. Hun har fået konstateret brystkræft og skal til samtale på Hvidovre, men kommunen vil ikke betale tolk. Kan I se på det? Mvh Sana""")

M("", """Hej. Hvem betaler tolk til hospitalssamtaler – kommunen eller regionen? Mvh""")

M("b", """hej, jeg er ateist og vil ik være med til skolens juleafslutning i kirken. min lærer siger det er obligatorisk. er det rigtigt?? /Storm 7.b""")

M("", """Hej. Er skolernes juleafslutning i kirken frivillig? Mvh""")

M("b", """hej!! jeg er lige blevet døbt som voksen (er 19) og vil gerne hjælpe frivilligt i Ishøj Kirkes ungdomsarbejde. er det kommunen eller kirken jeg skriver til? 😇""")

M("b", """Hej. Jeg er buddhist og mediterer hver morgen; min søn på 6 vil gerne have en stille stund i skolen også. Kan skolen give plads til det? Mvh Ning""")

M("b", """hej. jeg er aktiv i Extinction Rebellion og vi vil gerne holde en fredelig demo foran rådhuset til budgetmødet. skal vi søge tilladelse? /Luna""")

M("", """hej, skal man søge politiet eller kommunen om tilladelse til en demo?""")

M("b", """hej. min familie er sikher og min bror bærer turban. han må ik have den på i svømmehallen og nu vil han ik til svømning med skolen mere. /Harpreet""")

M("b", """Hej. Jeg stemte på Enhedslisten ved sidste valg fordi de lovede flere ungdomsboliger. Hvornår kommer de? Mvh Simon, 23""")

M("", """Hej. Hvilke partier stemte for flere ungdomsboliger i budgettet? Mvh""")

M("", """Hej. Jeg mener kommunen bør bygge flere ungdomsboliger og bevare biblioteket. Mvh Sebastian""")

M("b", """hej. jeg er medlem af Venstres Ungdom i Ishøj og vi vil gerne låne et lokale til et medlemsmøde. hvad koster det? /Frederikke""")

M("b", """hej. jeg er konverteret til islam for et år siden og min familie er ik glade for det. jeg vil gerne flytte hjemmefra. findes der nogle ungdomsboliger med kort ventetid? /Nicklas""")

M("be", """hej. jeg er jehovas vidne og min arbejdsgiver har fyret mig pga jeg ikke ville arbejde juleaften. nu er jeg på kontanthjælp. kan jeg klage over det til kommunen? /Ruth""")

M("bt", """Hej. Jeg er jøde, og min datter på 8 får at vide af klassekammerater at hun "ikke må være med". Skolen har ikke gjort noget. Mvh Rebecca""")

M("", """Hej. Har Ishøj nogen initiativer mod antisemitisme i skolerne? Mvh""")

M("b", """hej. jeg er veganer af etiske grunde og arbejder i kantinen på rådhuset. jeg vil gerne have at der kommer flere plantebaserede retter. hvem skal jeg foreslå det til? /Maja""")

M("", """hej, serverer kantinen på rådhuset vegansk mad? jeg skal til møde og vil bare vide det""")

M("b", """hej. mine forældre er i Indre Mission og vil ikke have at jeg går til skolefest. jeg er 15. kan skolen snakke med dem? /Hannah""")

M("bs", """Hej. Vi er to mænd og har været gift i tre år, og nu vil vi gerne blive medlemmer af Ishøj Kirke og have vores søn døbt. Præsten siger ja, men vil I hjælpe med navneattest? Mvh Morten""")

M("", """Hej. Hvor får man en navneattest? Er det kirkekontoret eller Borgerservice?""")

M("tb", """hej jeg er palæstinenser og muslim og efter en demo i weekenden skrev en lærer på facebook om "folk som mig". jeg går på Ishøj Gymnasium. hvem skal jeg klage til?? /Layla""")

M("", """Hej. Har kommunen retningslinjer for hvad ansatte må skrive på sociale medier? Mvh""")

M("t", """hej! jeg er fra filippinerne og au pair hos en familie i Ishøj. må jeg gå til danskundervisning gratis? mit cpr er [[280404-4125]] 🙏 /Maricel""")

M("", """hej, hvem kan gå gratis til danskundervisning hos kommunen? 🙂""")

M("t", """Hej. Min svigersøn er marokkaner og vi er blevet udsat for nogle ret grimme kommentarer fra en medarbejder i borgerservice da vi var der med hans papirer. Jeg vil gerne klage. Mvh Jette""")

M("st", """hej. jeg er en afghansk homoseksuel fyr på 21 og kom her som flygtning. jeg er bange for nogen fra mit kvarter. kan kommunen hjælpe mig med at flytte? /A.""")
