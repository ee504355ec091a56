from common import M

M("tb", """Hej,

Min mor er iraner og bahá'í, og hun blev forfulgt for sin tro før hun kom til Danmark i 1986. Hun vil gerne fortælle sin historie for 9. klasserne på Ishøj Skole. Hvem skal vi spørge?

Mvh Shirin Madsen""")

M("t", """Hej Ishøj Kommune

Jeg snakker tyrkisk med min farmor og dansk med mine forældre. Nu vil jeg gerne have tyrkisk som valgfag i 8. klasse. Kan det lade sig gøre på Vibeholmskolen?

Mvh Elif, 13 år""")

M("t", """Hej

Jeg blev kaldt "perker" af en chauffør på bus 128 fordi jeg ikke forstod hvad han sagde. Jeg er kurder fra Syrien. Han sagde "gå hjem hvor du kommer fra". Jeg vil klage.

Mvh Rojin Ali, [[210699-3012]]""")

M("te", """Hej,

Min svigerfar er fra Vietnam og er på førtidspension. Han har fået brev om at hans boligydelse er stoppet fordi han var i Vietnam i 3 måneder. Han forstår ikke brevet. Kan nogen forklare det på vietnamesisk?

Mvh Lene Nguyen""")

M("t", """Hej,

Min far var gæstearbejder fra Jugoslavien og kom til Ishøj i 1969. Jeg vil gerne give nogle af hans billeder til lokalhistorisk arkiv. Hvor kan jeg aflevere dem?

Mvh Dragan Petrović""")

M("", """Ishøj Lokalhistoriske Arkiv har en fin udstilling om gæstearbejderne fra Jugoslavien og Tyrkiet. Jeg vil bare sige tak, det var meget lærerigt.""")

M("th", """Hej

Min søn er halv somalisk og har seglcelleanæmi. Han har brug for at drikke meget vand i skolen og må ikke fryse i frikvartererne. Kan I sikre at lærerne ved det?

Mvh Anne-Sofie Hassan""")

M("t", """Hej, jeg er fra Filippinerne og arbejder som au pair i Ishøj. Min værtsfamilie siger at jeg ikke må gå til danskundervisning. Er det rigtigt?

Maria Santos""")

M("t", """Hej Ishøj

Min datter er født i Colombia og adopteret. Hun er lige fyldt 18 og vil gerne finde sine biologiske forældre. Har kommunen nogen papirer fra adoptionen?

Mvh Bente Ross""")

M("", """Hvor finder man oplysninger om adoptioner fra udlandet fra 1980'erne? Jeg skriver en bog om dansk adoptionshistorie.""")

M("tu", """Hej,

Jeg er polsk og arbejder som tømrer. Jeg er medlem af 3F. Jeg har fået en bøde fra Ishøj Kommune for en container på vejen, men det var min arbejdsgivers. Kan 3F klage for mig?

Piotr Zielinski""")

M("b", """Hej,

Min familie er hinduer og vi vil gerne fejre Diwali i Ishøj Kulturhus med lys og fyrværkeri i november. Er fyrværkeri tilladt på den dato?

Mvh Priya Sharma""")

M("", """Hvornår må man fyre fyrværkeri af i Ishøj? Jeg har hørt at der er forskellige regler for nytår og andre fester.""")

M("b", """Hej Ishøj,

Jeg er medlem af Ishøj Baptistmenighed og vil gerne søge om at holde en dåb i Ishøj Sø i juli. Må vi det?

Mvh Henrik Lange""")

M("b", """Hej, jeg er frivillig i Moskéforeningen i Ishøj og vi vil gerne lave en fredagsbøn i parken efter ramadanen, til Eid. Hvor søger vi tilladelse?

Mvh Osman Aziz""")

M("", """Hvornår er Eid i år? Vi vil gerne lave en fælles fest i boligforeningen for alle naboer, uanset hvad de tror på.""")

M("", """Hej

Ishøj Kirke vil gerne invitere byrådet til kirkens 800-års jubilæum den 14. september. Hvem skal vi sende invitationen til?

Med venlig hilsen
Kirkekontoret, Ishøj Kirke""")

M("", """Ishøj Kirke fejrer 800 år i år. Vil kommunen give et tilskud til jubilæet? Kirken er jo en del af byens historie, uanset hvad man mener om den.""")

M("b", """Hej,

Jeg er shia-muslim og vil gerne vide om der er mulighed for at få en gravplads ved Ishøj Kirkegårds muslimske afdeling til min mor.

Mvh Ali Reza""")

M("b", """Hej. Jeg er medlem af SF og har været med i kampagnen mod den nye motorvejsramper. Vi vil gerne aflevere en underskriftindsamling til borgmesteren. Hvornår kan vi komme?

Mvh Birgitte Bang""")

M("", """Jeg er imod motorvejsramperne ved Ishøj. De vil ødelægge naturen. Jeg håber byrådet stemmer nej.""")

M("b", """Hej,

Jeg er aktiv i Liberal Alliance og er bekymret for skatteprocenten i Ishøj. Vi vil gerne have et møde med Økonomiudvalget.

Mvh Mads Kjær""")

M("be", """Hej,

Jeg er mormon og skal på mission i 2 år. Jeg får uddannelseshjælp nu. Kan jeg holde pause med ydelsen og starte igen bagefter?

Mvh Tyler Jensen, [[110304–4213]]""")

M("bs", """Hej

Min kone Dorte og jeg (Susanne) er begge aktive i Folkekirken og vil gerne være frivillige i sognets besøgstjeneste. Kan kommunen henvise os til ældre, der har brug for besøg?

Mvh Susanne Brix""")

M("", """Har Ishøj Kommune et samarbejde med sognets besøgstjeneste? Jeg arbejder i Ældre Sagen og vil gerne koordinere.""")

M("he", """Hej,

Jeg har fået at vide på Amager Hospital at jeg skal i kemo fra næste måned. Jeg kan ikke passe mit job som buschauffør imens. Hvad skal jeg gøre for at få sygedagpenge?

Mvh Lars Winther, [[170862-1173]]""")

M("h", """hej, jeg tager Sertralin og lithium og har svært ved at stå op om morgenen. min chef i Netto siger jeg skal møde kl. 6. kan kommunen hjælpe med en fleksibel ordning?

/Sara""")

M("he", """Hej

Min mor har Parkinson og får hjemmepleje morgen og aften. Nu er hun begyndt at falde. Hun hedder Ruth Holm, [[040145-0218]]. Kan hun blive vurderet til plejebolig?

Mvh Lisbeth""")

M("", """Hvordan bliver man vurderet til plejebolig i Ishøj? Det er et generelt spørgsmål, ingen konkret sag.""")

M("he", """Hej,

Min datter på 6 har ADHD og har fået bevilget tabtarbejdsfortjeneste, men udbetalingen er stoppet. Vi har tre regninger vi ikke kan betale. Hvad er der sket?

Mvh Tina Kruse, [[090788-2249]]""")

M("e", """Hej Ishøj,

Jeg bor i en campingvogn på Ishøj Strand Camping og har ingen fast adresse. Jeg har ingen indtægt. Kan jeg få kontanthjælp uden en adresse?

Mvh Frank""")

M("e", """Hej

Min søn sidder i Vestre Fængsel og skal løslades i juni. Han har ingen bolig og ingen penge. Hvad kan kommunen hjælpe ham med?

Mvh Hanne Thorsen""")

M("", """Til Byrådet

I de seneste tal fra Ydelsescentret ser det ud til at antallet på kontanthjælp i Ishøj er faldet med 12 %. Er det fordi folk er kommet i job, eller fordi de er blevet sanktioneret?""")

M("", """Hej. Jeg er socialrådgiver i Jobcentret og læser stadig jeres nyhedsbrev. Hvornår kommer det næste?""")

M("", """Hej,

Jeg har lige læst romanen "Blodets bånd" som foregår i en indvandrerfamilie i Ishøj. Skal biblioteket ikke invitere forfatteren til et foredrag?""")

M("", """Hej, vi er en privat virksomhed i Ishøj med en gæld på 2 mio. kr. til leverandører. Vil kommunen udskyde betalingen af vores erhvervsaffaldsgebyr?

Mvh Økonomiafdelingen, Ishøj Bygningsservice ApS""")

M("", """Hej,

Min svigersøn arbejder som bedemand og har fortalt at kommunen har sat prisen op på gravsteder. Er det rigtigt? Hvad koster det nu?""")

M("u", """Hej,

Jeg er stadig medlem af Dansk Journalistforbund selv om jeg er gået på pension. Jeg vil gerne have pressekort til byrådsmøderne. Kan I hjælpe?

Mvh Erik Strand""")

M("tub", """Hej Ishøj Kommune,

Jeg er fra Iran og var aktiv i fagforeningen på en fabrik i Teheran, derfor måtte jeg flygte. Nu er jeg medlem af 3F her og ateist. Jeg vil gerne fortælle om arbejderrettigheder ved et møde på biblioteket.

Mvh Reza Karimi""")

M("ts", """Hej,

Min kæreste Ali er fra Irak og jeg hedder Martin. Vi vil gerne flytte sammen, men Ali har opholdstilladelse gennem studiet. Påvirker det hans opholdstilladelse hvis han flytter til Ishøj?

Mvh Martin""")
