"""corpus53 part C: money and housing: debt, eviction, benefits."""
from common import M

M("e", """Til Center for Borger, Økonomi og IT

Jeg har modtaget en opkrævning på 6.212 kr. for for meget udbetalt boligstøtte i 2023. Jeg har ikke pengene. Kan jeg betale 300 kr. om måneden? Jeg er enlig mor med tre børn og arbejder 25 timer i Netto.

Med venlig hilsen
Sabrina Olsen""")

M("", """Hej Ydelsesservice

Hvad er fristen for at søge om hjælp til flytning i år? Og gælder reglerne også for dem der flytter fra en anden kommune? Det er til en opgave på socialrådgiveruddannelsen.

Mvh Amalie, studerende""")

M("e", """hej jeg skal søge om nødhjælp fordi min kontanthjælp ikke er kommet. mit cpr nr er [[150299 3481]]. har ringet 6 gange. har 2 kr på kontoen. hjælp!!

Ahmed""")

M("e", """Kære udvalgsformand for Økonomiudvalget

Jeg skriver til dig som formand, fordi jeg ikke ved hvor jeg ellers skal gå hen. Jeg er 58, blev skilt sidste år, og min eksmand har efterladt mig med et lån på huset som jeg ikke kan betale. Banken vil have mig til at sælge, men jeg har allerede solgt og bor nu til leje. Gælden er der stadig, 380.000 kr. Findes der nogen hjælp?

Hilsen
Vibeke""")

M("", """Til: Ishøj Kommune, hovedpostkassen

Vi er et boligselskab og ønsker at høre om kommunens samlede tal for udsættelser i 2024, da vi laver en rapport om forebyggelse. Vi skal ikke bruge navne, kun antal.

Venlig hilsen
Boligselskabet Vestegnen, Analyseafdelingen""")

M("eh", """Hej

Jeg er på sygedagpenge efter en knæoperation og jobcentret har nu sendt mig et brev om at jeg skal betale 4.800 kr tilbage fordi min arbejdsgiver har meldt forkerte timer. Det er ikke min fejl. Hvem kan jeg tale med?

Lene Kofod""")

M("e", """Til byrådsmedlem Søren Kjær

Du sagde til borgermødet at vi bare skulle skrive. Så det gør jeg. Min søn Lucas (24) er hjemløs og sover i en bil ved Ishøj Strand. Han har fået nej til en akutbolig fordi han "ikke er sårbar nok". Kan du forstå det?

Mor til Lucas, Bettina""")

M("", """Kære Søren Kjær

Jeg synes kommunens boligpolitik er for slap. Der skal bygges flere almene boliger til unge, og huslejen i de nye byggerier er alt for høj. Jeg håber du vil stemme for forslaget på næste byrådsmøde.

Hilsen
Marianne, Ishøj Nord""")

M("e", """Fra: Kim Lauritsen
Til: Center for Beskæftigelse og Erhverv

Emne: Min praktik

Jeg har været i virksomhedspraktik i Føtex i 13 uger og min konsulent siger nu at det forlænges. Jeg vil hellere i løntilskud. Kan vi snakke om det på mit næste møde den 12.?

Kim""")

M("", """Hej

Jeg vil bare høre om kommunen stadig har en gældsrådgivning, og om den er gratis. Jeg spørger for vores beboerforening, der vil sætte en seddel op i opgangene.

Venlig hilsen
Bestyrelsen, Ishøj Park afd. 3""")

M("tep", """Kære borgmester

Vi er en tyrkisk familie der har boet i Ishøj i 30 år. Min far har sin lille grønthandel i butikslejemålet i centret, og ejeren vil sælge hele bygningen. Der er en køber, men kontrakten er ikke underskrevet endnu, og vi ved ikke om min far kan blive. Han har allerede restance på huslejen fra corona. Kan kommunen gøre noget?

Mehmet Kaya""")

M("e", """Hej igen

Det er mig med fogedsagen. Jeg har nu fået brev om at udsættelsen er den 19. maj kl. 9.00. Jeg har to hunde og ingen steder at gå hen. Socialrådgiveren har ikke svaret. Vil I ikke nok ringe til mig?

Dennis, 53 66 10 41""")

M("", """Til Center for Borger, Økonomi og IT

Vedr. faktura nr. 1804221093 fra Ishøj Forsyning: Vi har betalt den, men har fået en rykker. Vedlagt kvittering fra netbank. Kundenr. 3110870045.

Mvh
Familien Berg""")

M("eu", """Hej

Jeg er medlem af Krifa og blev fyret i går. Krifa siger jeg skal melde mig ledig på jobnet, men hjemmesiden virker ikke. Hvad gør jeg så? Jeg kan ikke miste dagpenge fra første dag.

Victor""")

M("e", """Til Borgmesterens PA

Min mor (89) har fået at vide at hun skal betale egenbetaling for sin madordning i plejeboligen, men hun har kun folkepension og kan ikke få det til at løbe rundt. Kan borgmesteren se på det?

Venlig hilsen
Lisbeth Henriksen, datter""")

M("", """Kære Økonomiudvalg

Jeg læste i avisen at kommunen har et underskud på 40 mio. kr. på beskæftigelsesområdet. Hvordan vil I dække det? Bliver der skåret i kontanthjælpen? Jeg er bekymret for de svageste.

Hilsen
Tove""")

M("e", """Til Ydelseskontoret

Jeg sender hermed min lejekontrakt og lønsedler som I bad om til min ansøgning om boligstøtte.
Vedhæftet: lejekontrakt.pdf, lonseddel_jan.pdf, lonseddel_feb.pdf

Navn: Camilla Dahl
CPR: [[190392–2266]]
Lønnummer hos arbejdsgiver: 1903921005 (ikke cpr)""")

M("", """Hej

Vi har lige købt rækkehus på Vildtbanevej, og handlen er endelig gået igennem. Vi flytter ind 1. juli. Hvornår bliver vi opkrævet ejendomsskat, og skal vi selv tilmelde os renovation?

Venlig hilsen
Stine og Morten""")

M("eh", """Kære Center for Voksne og Velfærd

Min bror Flemming har en hjerneskade efter en trafikulykke og bor alene i en lejlighed på Ishøj Strandvej. Han har fået varsel om udsættelse fordi han ikke har betalt husleje i 4 måneder. Han forstår ikke selv breve. Kan I hjælpe ham med at få en værge?

Helle""")

M("e", """Til: hovedpostkassen@ishoj.dk
Fra: r.larsen58@gmail.com

Jeg har fået afslag på enkeltydelse til en ny vaskemaskine. Jeg er på førtidspension, og den gamle er gået i stykker. Hvor klager jeg?

R. Larsen""")

M("", """Hej Beskæftigelse

Vi er en lille virksomhed i Ishøj Erhvervsområde og vil gerne have en person i løntilskud. Hvordan foregår det? CVR 38 21 04 67.

Mvh
Lene, Ishøj Auto ApS""")

M("ebt", """Kære byrådsmedlem

Jeg er 34, skilt og har min datter hver anden weekend. Min eks vil ikke lade mig se hende fordi jeg er konverteret til islam, og hun siger jeg vil "tage hende med til Pakistan", selvom min familie er dansk og jeg aldrig har været der. Familieretshuset svarer ikke. Kan kommunen gøre noget?

Kasper Juhl""")

M("", """Til Center for Borger, Økonomi og IT

Min bank spørger efter kommunens reg.nr. og kontonummer for at kunne betale ejendomsskatten for 2. halvår. Kan I sende det? Min betalingsreference er 0811956012.

Mvh
Henning""")

M("e", """Hej

Jeg sidder med en inkassosag fra et teleselskab og er bange for at de tager min lejlighed. Jeg er på SU og har ingen opsparing. Kan kommunen hjælpe mig til gældsrådgivning?

Amira, 21""")

M("hue", """Til Jobcenter Ishøj

Jeg har været sygemeldt med stress siden januar og min a-kasse (HK) siger jeg skal have en plan for tilbagevenden. Min sagsbehandler har foreslået et jobafklaringsforløb, men jeg vil gerne prøve delvis raskmelding først. Kan vi mødes?

Pernille Krogh""")

M("", """Til Ishøj Kommune

Kan I oplyse hvor mange husstande i Ishøj der modtager boligstøtte og hvor mange der får boligydelse? Vi er en gruppe gymnasieelever der skriver projekt om velfærd.

Mvh Ishøj Gymnasium 2.g""")

M("e", """Hej ydelsesservice. Jeg modtager folkepension og har fået brev om at personligt tillæg til tandlæge kun dækker halvdelen. Jeg har 12.000 kr i regning og ingen penge. Er det rigtigt? mvh Jørgen Frost""")

M("es", """Kære borgmester

Min mand Daniel og jeg er ved at blive skilt, og vi har ikke råd til to lejligheder. Vi har søgt om akut boligstøtte og en midlertidig bolig til en af os. Vi har været gift i 7 år og bor i Ishøj Strandby. Kan vi få hjælp hurtigere?

Mads""")

M("", """Til Center for Borger, Økonomi og IT

Jeg er revisor og har en klient der er et dødsbo i Ishøj. Hvordan får vi lukket kontoen til ejendomsskat? Boet er sluttet, og huset er solgt og overdraget i februar.

Med venlig hilsen
Revisionsfirmaet Holm & Co.""")

M("et", """Hej

Jeg er fra Polen og arbejder i Danmark som chauffør. Jeg har mistet mit arbejde og min udlejer vil smide mig ud. Kan jeg få hjælp fra kommunen når jeg ikke er dansk statsborger? Mit dansk er ikke så godt, undskyld.

Piotr""")

M("", """Kære kommune

Hvordan kan jeg som udlejer få oplyst om en lejer får boligstøtte? Jeg vil gerne sikre mig at huslejen bliver betalt. Jeg ejer to lejligheder på Ishøj Strandvej.

Hilsen
Frank""")

M("eh", """Til Center for Voksne og Velfærd

Jeg bor på Vejleåparken og har nu fået 3 rykkere fra boligselskabet. Det er fordi jeg har været indlagt på Bispebjerg i 5 uger med en psykose og ikke har kunnet betale. Jeg er udskrevet nu og vil gerne have hjælp til en plan, så jeg ikke bliver sat ud.

Michelle""")

M("", """Til Ishøj Kommune, opkrævning

Vi er en forening og modtager jeres regning for leje af hal nr. 2. Regningen har nr. 0512181220 og er på 4.200 kr. Vi mener der er fejl, da vi kun havde hallen i 3 timer.

Mvh Ishøj Badminton""")

M("eb", """Hej

Jeg er pensionist og får boligstøtte. Jeg vil gerne give et bidrag til min moské hver måned, men er bange for at det kan påvirke min boligstøtte. Er det noget der skal oplyses? Jeg beder hver fredag og vil gerne støtte den.

Venlig hilsen
Hussein""")

M("", """Hej

Jeg vil klage over at de nye regler for boligstøtte gør det sværere for unge under uddannelse. Det er en politisk beslutning og jeg håber byrådet vil sige fra over for Folketinget.

Mvh en ung vælger""")

M("ep", """Kære Center for Byudvikling og Natur

Vores andelsforening på Strandager er gået konkurs, og alle andelene skal nu sælges via administrator. Jeg har selv en andel, og der er en køber der vil byde, men jeg skylder stadig 140.000 på andelslånet og ved ikke om jeg får noget ud af det. Hvad gør kommunen med foreningens grund?

Hans Christian""")

M("", """Hej

Jeg har et spørgsmål om kommunens regler for depositum ved boliganvisning. Gælder det også for ældreboliger? Vi er en seniorklub der vil skrive en lille vejledning til medlemmerne.

Venlig hilsen
Ishøj Seniorklub""")

M("e", """Fra: lars.mikkelsen@outlook.dk
Til: borgmester@ishoj.dk

Jeg har lige afsonet 8 måneder og er blevet løsladt uden et sted at bo. Kriminalforsorgen siger kommunen skal hjælpe. Jeg har ringet 10 gange. Hvad skal jeg gøre?

Lars""")
