"""Part A: relatives and friends writing with a fuldmagt, for parents, children, siblings."""
from common import M

M("he", """
Til Center for Voksne og Velfærd

Jeg skriver på vegne af min mor, Inger Margrethe Holm, [[140339-1826]], som jeg har fuldmagt fra (vedhæftet). Mor har fået konstateret Alzheimers i foråret, og siden august er hjemmehjælpen skåret ned fra to besøg om ugen til ét. Hun kan ikke længere selv huske at spise, og jeg bor i Aarhus og kan kun komme hver anden weekend.

Kan I revurdere hendes visitation? Jeg vil gerne deltage i et møde, gerne over Teams.

Med venlig hilsen
Charlotte Holm Dyrberg
tlf. 28 44 19 07
""")

M("heu", """
Hej Kim (byrådet)

Vi mødtes til vælgermødet i Ishøj Kulturhus. Jeg er søn af Poul Erik Sandahl, som fik en blodprop i hjernen i september og nu ligger på Glostrup. Kommunen siger han skal på midlertidig plads på Ishøjcentret, men der er ingen ledige før januar. Far var i Dansk Metal i 44 år og klubformand på værftet, han har aldrig bedt om noget. Kan du hjælpe med at finde ud af hvem der bestemmer det her?

Fars personnummer hvis det skal bruges: [[0203474417]]
Jeg har fuldmagt, den er underskrevet hos advokaten.

Henrik Sandahl
""")

M("", """
Til hovedpostkassen

Hvordan laver man en fuldmagt, så min mor kan give mig lov til at ringe til kommunen om hendes ting? Skal den være på et bestemt skema, eller kan vi bare skrive den selv og sende den med Digital Post? Hun er 81 og ikke så god til computer.

Venlig hilsen
Bente Frølund
""")

M("e", """
Kære borgerrådgiver

Min lillebror Jonas (24) har givet mig fuldmagt til at skrive for ham. Han fik afslag på kontanthjælp den 3. oktober fordi de mener han ikke har stået til rådighed, men han var til alle møder, jeg har selv kørt ham. Nu har han ikke penge til husleje i november og udlejer har sendt rykker.

Vi vil gerne klage over sagsbehandlingen, ikke selve afgørelsen. Hvordan gør vi?

mvh
Sofie Winther Lassen
""")

M("h", """
til byrådsmedlem Lone

min far har parkinson og ryster så meget at han ikke kan skrive selv, så det gør jeg. han vil gerne vide hvorfor der ikke er bænke på stien ved Ishøj Sø mere, han går der hver dag med rollator og skal kunne sidde ned. han siger tak på forhånd.

Maja, datter af Erling Bach
""")

M("hes", """
Til Social- og Sundhedsudvalgets formand

Jeg er gift med Torben Kjær. Torben har haft sklerose i 19 år og har nu fået bevilget en el-kørestol, men vi kan ikke komme ind i vores egen badeværelse med den. Ergoterapeuten har været her to gange, og nu har vi ventet 14 uger på svar om boligændring.

Jeg skriver på Torbens vegne, han har givet mig fuldmagt. Vi har været sammen i 27 år og jeg har passet ham hver dag siden han ikke kunne arbejde mere. Jeg beder ikke om særbehandling, bare om at nogen ringer.

Venlig hilsen
Anders Kjær
Vejleåparken 14
""")

M("", """
Hej

Jeg er ved at rydde op efter min fars død. Han boede i en lejlighed i Strandgårdsparken. Skal kommunen have besked om dødsfaldet eller sker det automatisk? Og hvem skal have hans parkeringskort til p-pladsen?

Mvh Lasse Nørgaard
""")

M("eht", """
Til Center for Børn og Forebyggelse

Jeg er moster til Amina (9 år) og har fuldmagt fra hendes mor, min søster Hodan. Hodan forstår ikke dansk godt nok til jeres breve — hun taler kun somali — og hun blev meget bange for brevet om "børnefaglig undersøgelse". Hvad betyder det? Har nogen lavet en underretning?

Amina har astma og har været meget syg i efteråret, derfor har hun haft meget fravær. Det er ikke fordi Hodan ikke passer på hende.

Kan vi få et møde med en tolk?

Ifrah Warsame
""")

M("eu", """
Til jobcentret, att. sagsbehandler

Jeg skriver for min kone, Dorthe Mikkelsen, cpr [[210768-2316]], som har bedt mig gøre det (fuldmagt vedlagt). Dorthe blev fyret fra Netto i september og er meldt ledig i 3F's a-kasse. Hun har fået indkaldelse til samtale den 2. december kl. 9.30, men hun er på kursus den dag som a-kassen har sendt hende på. Kan samtalen flyttes?

Hilsen
Jan Mikkelsen
""")

M("h", """
Hej Birgitte

Jeg er ked af at skrive til dig privat, men jeg ved ikke hvem ellers. Min svigerfar blev indlagt i går med lungebetændelse og han skulle have været til din borgermødeaften om trafik på torsdag. Han havde forberedt en tale om krydset ved Ishøj Stationsvej. Må jeg sende dig den i stedet? Han vil gerne have at den bliver læst.

Venlig hilsen
Tove (på vegne af Arne Kristoffersen)
""")

M("", """
Til borgmesterens sekretariat

På vegne af min bedstemor, som fylder 100 den 14. januar: Hun vil så gerne have et besøg af borgmesteren, ligesom hendes veninde fik. Er det noget man kan søge om? Hun bor stadig selv på Ishøj Strandvej.

Hilsen barnebarnet, Mathilde
""")

M("eh", """
Til hjemmeplejen / visitationen

Min mor Gerda Olsen har igen ikke fået sin hjælp til bad. Det er tredje gang i oktober. Hun kan ikke selv komme op af badekarret efter hofteoperationen og hun sidder og venter til ingen kommer. Hun har bedt mig skrive. Hendes fødselsdag og nr.: [[060935 3210]].

Kan I også sørge for at hun får det samme hold? Hun bliver forvirret af nye ansigter.

Lene Olsen, datter
""")

M("tb", """
Dear Councillor

I am writing for my father-in-law, Mr. Gurpreet Singh Bhatia, who lives with us in Ishøj and does not read Danish. He is Sikh and wears a turban, and at the new swimming hall the staff told him he could not swim with his patka on. He has done so in Birmingham for 30 years. We were born in Punjab and moved here from the UK in 2021.

Could the council explain the rule? He was quite upset.

Kind regards
Harleen Kaur Bhatia
""")

M("ep", """
Hej

Jeg har fuldmagt for min far, som nu er flyttet på plejehjem i Vallensbæk. Vi skal sælge hans rækkehus på Ishøj Landsby 41, og mægleren har en køber som vil give 2,9 mio, men vedkommende vil først skrive under når han har fået lånet godkendt. Spørgsmålet er om kommunen har forkøbsret eller noget vi skal vide om ejendomsskatten inden underskrift?

Mvh
Peter Dalsgaard
""")

M("", """
Kontaktformular – ishoj.dk

Navn: Camilla Brandt
Emne: Fuldmagt
E-mail: camilla.brandt84@gmail.com
Telefon: 31 62 08 45

Besked:
Hvor finder jeg jeres blanket til fuldmagt? Linket på siden "Borger" virker ikke.
""")

M("hse", """
Til plejecentret Ishøjcentret, afdeling Syd

Jeg hedder Karen og er min kone Ellens nærmeste pårørende. Ellen har ALS og er nu så svækket, at hun har brug for sondeernæring. Jeg ønsker at være med ved samtalen med sygeplejersken på fredag, og jeg vil bede om at personalet holder op med at omtale mig som "veninden". Vi har været gift siden 2012.

Venlig hilsen
Karen Lind
""")

M("he", """
Kære Michael

Det her er lidt akavet, du og min søster var klassekammerater. Hun hedder Rikke Lauritsen og har været på sygedagpenge siden marts pga. en depression, og nu skriver kommunen at sygedagpengene stopper om tre uger og at hun skal i jobafklaringsforløb. Hun kan ikke overskue det, så jeg skriver. Er det normalt at det går så hurtigt?

/ Jesper
""")

M("", """
Til Center for Borger, Økonomi og IT

Jeg hjælper min bror med hans post og har brug for at vide hvordan man ændrer adressen på hans sundhedskort. Han har fået nyt kort, men der står den gamle adresse. Er det jer eller Udbetaling Danmark?

Med venlig hilsen
Rasmus Bolding
""")

M("eht", """
Til hovedpostkassen, Ishøj Kommune
Cc: borgerraadgiver@ishoj.dk

Vedr.: min svigermor Fatma Yıldız, [[120448–0712]]

Jeg har fuldmagt fra Fatma, der er 76 år og kom til Danmark fra Tyrkiet i 1972. Hun taler kun tyrkisk og kurdisk. Hun har fået afslag på personlig pleje om aftenen, men hun har sukkersyge og har svært ved at tage sin insulin selv, og synet er blevet dårligt.

Afgørelsen blev sendt på dansk uden tolkning. Vi vil gerne have den oversat og klage.

Med venlig hilsen
Nilüfer Yıldız
""")

M("be", """
Hej Søren

Jeg skriver for min far, Villy Thomsen (88), som ikke har mail. Han har været medlem af Venstre siden 1958 og har aldrig misset et valg, men han kan ikke komme ned til valgstedet på skolen i trappen. Han spørger om der kommer en brevstemmemulighed på plejehjemmet, hvor han har boet siden foråret, til regionsvalget, og om partiet kan hente ham.

Venlig hilsen
Bodil Thomsen
""")

M("", """
Kontaktformular

Navn: Ole Vestergaard
Adresse: Gildbrovej 22, 2635 Ishøj
Telefon: 43 73 21 90
E-mail: ole.vestergaard@outlook.dk
Emne: Henvendelse
Besked: Ring venligst tilbage. Det drejer sig om min mors adresse.
""")

M("eh", """
til borgerraadgiveren

jeg har fuldmagt fra min mor, hun har kol og bruger ilt. hun fik bevilget et nødkald men det har ikke virket siden sommer og ingen svarer når hun trykker. vi har klaget til leverandøren 3 gange. hvem har ansvaret, jer eller firmaet?

mvh Dennis (søn af Hanne Petersen, Vejleåvej)
""")

M("tbe", """
Til Center for Voksne og Velfærd

Jeg er nevø og fuldmægtig for Josef Rosenthal på plejecentret. Min onkel er jøde og har hele sit liv spist kosher. Siden han fik plads hos jer i august har køkkenet serveret svinekød for ham flere gange, og han har efterhånden holdt op med at spise. Kan der laves en aftale med et jødisk køkken i København om levering?

Med venlig hilsen
Daniel Rosenthal
""")

M("h", """
Hej

Min datter Ida går i 7.b på Vibeholmskolen. Hun har type 1-diabetes og insulinpumpe. På lejrturen i næste uge er der ingen lærer med som har prøvet pumpen. Kan vi få et møde med skolen inden? Jeg har skrevet til klasselæreren men ikke fået svar.

Mvh Morten Hviid
""")

M("", """
Til Ishøj Kommune

Jeg er dødsboets advokat… nej, undskyld, jeg er faktisk bare arving. Min onkel døde i sommer og efterlod et kolonihavehus i Haveforeningen Strandhaven. Boet er skiftet og haven blev overdraget til en ny lejer i september, så det er afsluttet. Jeg skriver kun fordi vi stadig får regninger for renovation på hans navn. Kundenr. 0411527781.

Venlig hilsen
Birthe Juul
""")

M("e", """
Kære Ishøj Kommune

Jeg har fuldmagt fra min søn Mikkel, der bor i Ishøj og er 19. Han er blevet sat ud af sin lejlighed i Vildtbanegård og sover nu skiftevis hos venner og på min sofa i Greve. Han er ikke tilmeldt nogen adresse. Kan han stadig søge hjælp i Ishøj, og hvem skal han tale med?

Mvh
Annette Gorm
""")

M("hu", """
Til personalekontoret? (ved ikke hvor det skal hen)

Jeg skriver for min kone, Susanne, som er sosu-assistent hos jer i hjemmeplejen og har været sygemeldt med diskusprolaps siden juli. Hun er i FOA, og de har sagt at hun skal bede om en § 56-aftale, fordi hun har haft ryggen før. Hvem i kommunen laver den?

Mvh Bo Engberg
""")

M("ep", """
Hej Jan

Jeg er datter af Kaj Ove Lund og skriver med hans fuldmagt. Far er 91 og har fået en plads i plejebolig på Gildbrohøj fra 1. december. Han skal derfor sælge sin lejlighed i Ishøj Strandpark, andelsboligen. Foreningen kræver at køberen godkendes på generalforsamlingen, og der er ingen generalforsamling før marts. Kan kommunen hjælpe med dobbelt husleje imens? Han har kun sin folkepension.

Venlig hilsen
Lisbeth Lund
personnr. far: [[2309330513]]
""")

M("", """
Til borgmesterens PA

Min mand og jeg vil gerne invitere borgmesteren til min svigermors 90-års fødselsdag den 8. februar i Ishøj Kirkes sognegård. Hun har boet i kommunen siden 1961 og kender alle. Kan det lade sig gøre?

Venlig hilsen
Gitte Rask
""")

M("et", """
Til borgerrådgiveren

Vi er to søskende der skriver for vores mor Maria Kowalski. Hun kom til Danmark fra Polen i 2004 og har arbejdet som rengøringsassistent hele tiden. Nu er hun 64 og har søgt seniorpension, men har fået afslag fordi kommunen siger at hendes arbejdsår i Polen ikke tæller. Vi synes hun er blevet behandlet uvenligt på telefonen. Vi har hendes fuldmagt.

Tomasz og Agnieszka Kowalski
""")

M("he", """
Hej kommune

min mormor har fået fjernet sin madordning og hun spiser ikke når der ikke kommer mad. hun vejer 43 kilo nu. lægen siger hun er underernæret. jeg er 17 og må ikke bestemme noget men min mor er i udlandet. hvad gør man??

Freja
""")

M("", """
Til Center for Voksne og Velfærd

Jeg er pårørende og vil gerne høre om der findes en pårørendegruppe i Ishøj for familier til mennesker med demens. Jeg har læst om Alzheimerforeningens café, men mødes den stadig i Ishøj Bibliotek?

Venlig hilsen
Hans-Jørgen Friis
""")

M("es", """
Til Ydelsescentret

Jeg skriver for min søn Emil og hans mand Rasmus, som har bedt mig. De har fået et barn ved hjælp af en surrogatmor i udlandet og Emil har søgt om barselsdagpenge, men sagen står stille fordi Udbetaling Danmark mangler papirer fra kommunen. Emil er [[170591-1149]] og Rasmus er [[050889-2213]]. Hvem kan se på det?

Venlig hilsen
Kirsten Bjerre
""")

M("h", """
Kære Lars

Lidt i kulissen: Min veninde Hanne, som du kender fra Ishøj Håndbold, har fået brystkræft og går i kemo på Herlev. Hun bad mig sige at hun ikke kan være træner resten af sæsonen og at hun gerne vil have at klubben ikke ved hvorfor. Kan du give formanden besked uden detaljer?

Tak
Susse
""")

M("e", """
Til Familieafdelingen

Jeg er farmor til Liam, 6 år. Han er anbragt i en plejefamilie i Roskilde, og jeg havde samvær hver anden søndag indtil august. Siden er jeg ikke blevet indkaldt. Min søn (Liams far) har givet mig fuldmagt til at få oplyst hvorfor. Vi har ikke hørt noget i 11 uger.

Hilsen
Inge Marie Dahl
""")

M("", """
Hej

Jeg ringer hele tiden til 43 57 70 00 og kommer ikke igennem. Jeg skal bare have ændret hvem der får post om min fars grund i Torslunde, det er ham selv og ikke mig. Ejendomsnummer 183-004512.

Mvh Flemming Kure
""")

M("ht", """
Til skolesundhedsplejersken på Strandgårdskolen

Min nevø Yusuf (11) bor hos os, mens hans forældre er i Irak. Han kom hertil som flygtning for tre år siden og har mareridt hver nat. Læge Nielsen har henvist til BUP. Kan sundhedsplejersken tale med ham i mellemtiden?

Med venlig hilsen
Ahmed Al-Rubaie
""")

M("eb", """
Til Ishøj Kommune, Borgerservice

Min svoger er medlem af Jehovas Vidner og ønsker ikke at modtage blodtransfusion, hvilket har givet problemer med hans plejehjemsplads, fordi personalet har fået besked om at ringe 112 ved blødning. Han har et udfyldt livstestamente. Hvordan sikrer vi at plejecentret kender til det?

Jeg har fuldmagt.
Carsten Wiese
""")

M("", """
Til borgerrådgiveren

Er det korrekt, at borgerrådgiveren ikke kan tage sig af sager, som allerede er sendt til Ankestyrelsen? Jeg er frivillig i en pensionistforening og vil ikke sende folk forkert.

Venlig hilsen
Poul Erik Bæk
""")

M("he", """
Hej Anne

Jeg er barnebarn til Solveig Madsen på Vejleåvej. Hun har fået tilkendt førtidspension for mange år siden pga. sin gigt, og nu er hun blevet folkepensionist. Men hun får et brev om at hun skal betale boligstøtte tilbage for 2023, 11.400 kr. Hun kan ikke betale det. Kan hun få en afdragsordning?

Mvh Nicolai
""")

M("u", """
Hej Mette

Min mor, Kirsten Dam, har været FOA-tillidsrepræsentant på Ishøjcentret i 14 år og går på pension til nytår. Hun vil ikke selv spørge, men hun vil blive meget glad hvis udvalget sendte en hilsen til receptionen den 18. december. Det skal være en overraskelse!

Hilsen Line Dam
""")

M("e", """
Til Center for Borger, Økonomi og IT – opkrævning

Jeg har fuldmagt fra min bror Frank Jessen, som er i fængsel i Vestre og afsoner til maj. Han får rykkere om ejendomsskat for sin lille grund på Tranegildevej, og han kan ikke betale mens han sidder inde. Kan der laves en henstand? Han er [[2711823307]].

Venlig hilsen
Lone Jessen
""")

M("", """
Kære borgmester

Tak for den flotte afsked med min mor, der var ansat i Ishøj Kommune i 32 år. Hun døde i september og mange fra rådhuset kom til bisættelsen. Det betød meget for hele familien.

Med venlig hilsen
Jørgen Rohde
""")

M("hes", """
Til Center for Voksne og Velfærd

Jeg har fuldmagt fra min bror Thomas, der bor i bofællesskabet på Ishøj Søvej. Thomas er udviklingshæmmet og er bøsse, og han har en kæreste, Jakob, fra et andet bosted. Personalet har sagt at Jakob ikke må overnatte. Er det en regel fra kommunen eller fra bostedet? Thomas er [[031185–3395]].

Venlig hilsen
Signe Krogh
""")

M("t", """
Til kulturudvalget

Min far er 82 og fra Vietnam, han kom som bådflygtning i 1979. Han har skrevet et digt om Ishøj Havn og vil gerne læse det op til nytårskoncerten. Jeg skriver for ham fordi hans dansk er lidt svært at forstå i mail. Han hedder Nguyen Van Tho.

Tak
Lan Nguyen
""")

M("h", """
Hej

Vi har fuldmagt fra vores far. Han blev hjemsendt fra Hvidovre med en ny knæprotese og skulle have haft genoptræning på Ishøj Sundhedscenter, men henvisningen er "forsvundet". Han har nu ventet 5 uger. Kan I se om den er kommet?

Mvh
Johanne og Kasper Brix
""")

M("", """
Til Center for Børn og Forebyggelse

Jeg er plejemor — altså, vi har lige fået godkendelse som plejefamilie af Familieplejen Sjælland, og vi bor i Ishøj. Skal vi give kommunen besked, eller går det gennem dem? Vi har ikke fået noget barn endnu.

Mvh Dorthe og Allan Kragh
""")

M("he", """
Til borgerrådgiveren i Ishøj

Jeg hjælper min gamle nabo, fru Iversen, der er næsten blind efter grå stær og en mislykket operation. Hun modtager ledsageordning, men har fået besked om at timerne halveres fra januar. Hun har selv bedt mig skrive. Hendes cpr er [[091134\u00a02128]].

Hilsen
Vagn Nielsen
""")
