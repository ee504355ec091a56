"""corpus32 part F: long complaints and appeals, sensitive data in one or two places."""
from common import M

M("p", """Til borgerrådgiveren, Ishøj Kommune

Emne: Klage over sagsbehandling i forbindelse med forespørgsel om lokalplan og servitut

Kære borgerrådgiver

Jeg skriver til dig efter at have forsøgt i næsten et halvt år at få et svar fra Center for Byudvikling og Natur på et ret simpelt spørgsmål. Jeg har læst på kommunens hjemmeside, at du kan tage dig af klager over sagsbehandling og manglende svar, og det er præcis det, det handler om. Jeg har forsøgt at holde mailen kort, men der er en del historik, så jeg har sat den op som en tidslinje nedenfor.

Kort om mig: Jeg er 61 år og har boet på Gammel Køge Landevej i 27 år. Jeg har aldrig tidligere klaget over kommunen og har som udgangspunkt været tilfreds med den service, jeg har fået.

Tidslinje:

22. april: Jeg skriver via kommunens kontaktformular og spørger, om der er tinglyst en servitut på min grund, der forhindrer opførelse af et udhus på mere end 10 m2. Jeg får en automatisk kvittering med nummeret 220424-0815.

13. maj: Jeg rykker. Ingen svar.

3. juni: Jeg ringer til kommunens hovednummer og bliver stillet om til byggesagsafdelingen. Medarbejderen siger, at spørgsmålet skal besvares af planafdelingen, og at hun vil sende det videre.

1. juli: Jeg rykker igen og får at vide, at planafdelingen har sommerferie.

19. august: Jeg skriver igen og vedlægger mit første spørgsmål. Jeg får en kvittering med nummeret 190824-1402.

16. september: Jeg ringer igen. Nu får jeg at vide, at spørgsmålet kræver "en juridisk vurdering", og at det kan tage tid.

8. oktober: Jeg har stadig ikke fået svar.

Hvorfor det haster: Vi har sat huset til salg, fordi vi skal flytte tættere på vores datter i Roskilde. Der har været to fremvisninger, og et par har givet et bud, som vi har accepteret med forbehold for købers advokats gennemgang. Køberens advokat har bedt om en skriftlig bekræftelse fra kommunen på, hvad servitutten betyder, fordi køberne gerne vil bygge et værksted. Uden svaret vil køberne ikke skrive endeligt under, og forbeholdet udløber den 1. november. Sker det, skal vi formentlig sætte prisen ned.

Jeg forstår godt, at der kan være travlt, og at et juridisk spørgsmål kan tage tid. Men jeg forstår ikke, at ingen i et halvt år har kunnet give mig en forventet svardato, eller bare et navn på en medarbejder.

Mine klagepunkter:

1. At mine skriftlige henvendelser ikke er besvaret ud over automatiske kvitteringer.
2. At jeg er blevet sendt mellem to afdelinger uden at nogen har taget ansvar.
3. At jeg ikke har fået oplyst, hvornår jeg kan forvente svar, selvom kommunens egne retningslinjer siger, at man skal give besked, hvis fristen ikke kan holdes.

Hvad jeg beder om:

– At du kontakter centret og beder om, at mit spørgsmål bliver besvaret hurtigst muligt.
– At jeg får navnet på den medarbejder, der har sagen.
– At centret fremover giver borgere besked om forventet svartid.

Jeg har vedhæftet mine to kvitteringer, et uddrag fra tingbogen med servitutten (lyst 12.03.1974, dato/løbenummer 12031974-905-42) og mine egne noter fra telefonsamtalerne.

Jeg kan kontaktes på telefon 20 81 44 63 alle hverdage mellem kl. 8 og 16, eller på denne mail.

Med venlig hilsen

Bjarne Thorvald Riis
Gammel Køge Landevej 312
2635 Ishøj

---

> Fra: Ishøj Kommune <noreply>
> Sendt: 19. august 2024 14:02
> Emne: Kvittering for din henvendelse
>
> Tak for din henvendelse til Ishøj Kommune. Vi har modtaget den og sendt den til den rette afdeling. Du kan forvente svar inden for 10 arbejdsdage. Hvis du har spørgsmål, kan du kontakte os på telefon 43 57 75 75.
> Dette er en automatisk genereret mail. Du kan ikke svare på denne mail.
""")

M("s", """Kære borgerrådgiver

Jeg har tænkt længe over, om jeg skulle skrive denne mail, fordi jeg ikke er sikker på, at det er en "rigtig" klage. Men en veninde, der arbejder i en anden kommune, sagde, at det er præcis den slags, borgerrådgiveren er til for, så jeg prøver.

Min kone Maja og jeg har været gift i fem år, og vi fik i januar vores første barn, en dreng. Maja fødte ham, og jeg er medmor. Vi har fået alle papirer i orden med Familieretshuset, og jeg står som forælder i folkeregisteret. Det har vi tjekket flere gange.

Problemet er kommunen, og det er egentlig tre små ting, der tilsammen gør, at vi føler os som andenrangsforældre:

For det første: Da sundhedsplejersken kom på det første besøg, havde hun fået oplyst, at "far" hed Johanne. Hun var meget sød og undskyldte, men det var ikke rart, og hun sagde, at det var sådan, det stod i hendes system.

For det andet: Da vi søgte om vuggestueplads via kommunens pladsanvisning, kunne jeg ikke logge ind og søge, fordi systemet kun viste Maja som forælder. Jeg ringede til pladsanvisningen, og medarbejderen sagde, at "medmødre ofte ikke bliver overført korrekt", og at jeg måtte bede Maja søge. Det gjorde hun, men nu får kun hun alle beskeder.

For det tredje: Vi har fået et brev fra kommunen om børnetandplejen, der var adresseret til "Maja Holst og barnets far".

Jeg er helt med på, at det er systemfejl og ikke ond vilje. Men jeg synes, at kommunen burde vide, at det sker, og at man burde rette det. Det kan ikke være rigtigt, at vi i 2024 skal kæmpe med IT-systemer for at blive anerkendt som familie. Og jeg tænker, at vi ikke er de eneste.

Hvad jeg gerne vil:

1. At mine data bliver rettet, så jeg står som forælder i alle kommunens systemer (sundhedspleje, pladsanvisning, tandpleje).
2. At kommunen undersøger, om der er en generel fejl, som rammer medmødre og andre familier, hvor forældrene ikke er "mor og far".
3. At jeg får besked, når det er rettet.

Jeg er ikke interesseret i, at nogen medarbejder får en påtale. Alle, vi har mødt, har været søde og har undskyldt. Det er systemet, der ikke fungerer.

Til din orientering har vi boet i Ishøj i tre år og er rigtig glade for det. Vi har valgt Ishøj bl.a. fordi vi har hørt, at kommunen er god til at rumme forskellige familier. Så meget desto mere ærgerligt er det her.

Jeg kan kontaktes på telefon 53 66 17 20, gerne efter kl. 14, hvor vores søn sover.

Venlig hilsen

Johanne Lykke Holst
Bredekærs Vænge 12
2635 Ishøj

PS: Jeg har vedhæftet et skærmbillede fra pladsanvisningens side, hvor man kan se, at jeg ikke står som forælder, og en kopi af brevet fra tandplejen. Jeg har overstreget vores søns personnummer på skærmbilledet.
""")

M("ue", """Kære direktionsassistent for kommunaldirektøren

Emne: Klage over Jobcenterets håndtering af jobmesse og oplysning om fagforeningsmedlemskab

Jeg skriver til dig efter råd fra borgerrådgiveren, som har forklaret mig, at min henvendelse ligger lidt uden for hendes område, fordi den også handler om, hvordan kommunen har tilrettelagt et arrangement, og at den derfor bør gå til direktøren.

Den 12. september deltog jeg i Jobcenterets jobmesse i Ishøj Hallen. Jeg er ledig maskinarbejder og leder efter arbejde i industrien. Ved indgangen skulle vi registrere os på en tablet. Der blev spurgt om navn, telefonnummer, uddannelse – og hvilken fagforening man var medlem af. Der var ikke en mulighed for at springe spørgsmålet over. Jeg skrev Dansk Metal, fordi det er den, jeg er medlem af.

Bagefter blev jeg ved standen for et vikarbureau spurgt, om jeg "stadig var i Metal", og om jeg "var typen der går til tillidsmanden for hver en lille ting". Det gav mig et klart indtryk af, at bureauet havde fået adgang til oplysningerne fra tabletten. Jeg sagde, at det ikke kom dem ved, og samtalen sluttede ret hurtigt.

Jeg har senere talt med to andre, der var på messen, og de havde oplevet noget lignende.

Jeg har følgende spørgsmål til kommunen:

1. Hvorfor blev der spurgt om fagforeningsmedlemskab ved registreringen?
2. Hvem havde adgang til oplysningerne?
3. Er oplysningerne blevet delt med virksomheder eller vikarbureauer?
4. Er oplysningerne blevet slettet, og hvis ikke, hvornår bliver de det?

Jeg vil også gerne have indsigt i, hvilke oplysninger kommunen har registreret om mig i forbindelse med messen, jf. databeskyttelsesforordningens artikel 15.

Jeg er bevidst om, at fagforeningsmedlemskab er en særlig kategori af personoplysninger, og jeg mener ikke, at det er i orden, at det er blevet indsamlet på den måde. Jeg overvejer at klage til Datatilsynet, men vil gerne give kommunen mulighed for at svare først.

Jeg sætter pris på et svar inden for de 10 arbejdsdage, der er nævnt på kommunens hjemmeside.

Med venlig hilsen

Torben Højgaard
Ishøj Landevej 58
2635 Ishøj
tlf. 22 74 19 36

Kopi: kommunens databeskyttelsesrådgiver (DPO)

---------- Oprindelig besked ----------
Fra: Borgerrådgiveren
Dato: 20. september 2024
Emne: SV: Jobmessen

Kære Torben Højgaard
Tak for din henvendelse. Jeg kan godt forstå, at du er utilfreds. Din henvendelse drejer sig dels om Jobcenterets tilrettelæggelse af et arrangement, dels om kommunens behandling af personoplysninger. Den sidste del hører under kommunens databeskyttelsesrådgiver, og den første del anbefaler jeg, at du retter direkte til direktøren, så ledelsen får kendskab til det. Du er meget velkommen til at kontakte mig igen, hvis du ikke får svar.
Med venlig hilsen
Borgerrådgiveren
Ishøj Kommune
""")

M("b", """Til Borgerrådgiveren

Klage over håndtering af min henvendelse om borgermøde og ytringsfrihed

Kære borgerrådgiver

Jeg har i mange år været aktiv i den lokale debat i Ishøj, og jeg er medlem af Socialistisk Folkeparti og sidder i bestyrelsen for partiets lokalforening. Det nævner jeg, fordi jeg tror, det har betydning for, hvordan min henvendelse er blevet behandlet, men jeg vil gerne understrege, at det her ikke er en politisk klage. Det er en klage over sagsbehandlingen.

Den 3. juni skrev jeg til kommunen og bad om at låne en sal i Ishøj Kulturhus til et borgermøde om den nye trafikplan. Det er noget, mange foreninger gør, og jeg har tidligere lånt salen til arrangementer i min grundejerforening. Jeg oplyste, at mødet var åbent for alle, og at vi havde inviteret repræsentanter fra alle partier i byrådet.

Den 21. juni fik jeg et afslag med begrundelsen, at "kulturhusets lokaler ikke udlånes til partipolitiske arrangementer". Det er rigtigt, at jeg havde skrevet fra min mailadresse i partiet, men mødet var ikke et partimøde.

Jeg skrev tilbage og forklarede, at mødet var et åbent borgermøde, og henviste til, at andre foreninger har lånt salen til lignende møder. Jeg vedlagde et program, hvor det fremgik, at alle partier var inviteret. Den 2. juli fik jeg et nyt svar, hvor der stod, at man "fastholdt vurderingen", og at jeg kunne "låne et lokale på biblioteket i stedet". Der stod ingen klagevejledning.

Jeg har følgende klagepunkter:

1. At der ikke var en begrundelse, der forholdt sig til, at mødet var åbent og tværpolitisk.
2. At der ikke var en klagevejledning.
3. At jeg har en oplevelse af, at min partitilknytning har haft betydning for afgørelsen. Jeg har brug for at få at vide, om der findes skriftlige retningslinjer for udlån af lokaler, og hvad der står i dem.

Jeg beder om aktindsigt i sagen, herunder de interne mails om min ansøgning og de retningslinjer, der måtte ligge til grund.

Mødet blev i øvrigt holdt på biblioteket, og der kom 40 mennesker. Så det gik fint. Men jeg synes alligevel, det er vigtigt at få afklaret.

Med venlig hilsen

Pia Gammelgaard
Ishøj Søpark 71
2635 Ishøj
tlf. 42 88 30 14

> Fra: Ishøj Kulturhus, Booking
> Sendt: 2. juli 2024 09:44
> Emne: SV: SV: Lån af sal til borgermøde 27. august
>
> Kære Pia Gammelgaard
> Vi har modtaget din uddybning og takker for programmet. Vi fastholder dog vores vurdering. Kulturhusets sale udlånes til foreninger og kulturelle arrangementer, men ikke til politiske partier. Vi kan henvise til biblioteket, der har et mødelokale, som kan lånes af alle.
> Med venlig hilsen
> Booking, Ishøj Kulturhus
> Tlf. 43 57 65 00
""")

M("tb", """Kære borgerrådgiver

Jeg vil gerne indgive en klage over en hændelse i Borgerservice den 7. oktober, hvor jeg var mødt op for at få fornyet mit pas. Jeg er klar over, at der dagligt kommer mange mennesker, og at personalet har travlt. Men jeg mener, at det, der skete, er noget, kommunens ledelse bør kende til.

Jeg havde bestilt tid kl. 10.15 og mødte op kl. 10.05. Jeg trak et nummer, selvom jeg havde en tid, fordi skærmen sagde, at man skulle gøre det. Jeg blev kaldt op kl. 10.40.

Medarbejderen bad om mit gamle pas og mit sundhedskort. Hun kiggede på passet og sagde: "Nå, men du er jo født i Danmark. Hvor kommer dine forældre så fra?" Jeg svarede, at det ikke havde betydning for mit pas. Hun sagde, at hun "bare var nysgerrig", og at hun "ikke mente noget med det". Derefter spurgte hun, om jeg havde "andre pas", og om jeg havde dobbelt statsborgerskab. Jeg svarede nej.

Da jeg skulle tages billede, sagde hun, at jeg skulle tage mit hovedtørklæde af. Jeg spurgte, om det ikke var tilladt at have tørklæde på, når ansigtet var synligt, og hun sagde, at det var "reglen her". Jeg insisterede, og en kollega kom og sagde, at det var tilladt. Billedet blev taget med tørklæde.

Hele forløbet foregik ved skranken, hvor andre kunne høre det. Jeg følte mig udstillet.

Jeg har efterfølgende fundet ud af, at der ifølge reglerne ikke er noget til hinder for at bære tørklæde på pasbilleder af religiøse grunde, og at spørgsmål om forældres oprindelse ikke har nogen betydning for et pas.

Jeg vil gerne have, at du undersøger:

1. Om det er i orden, at en medarbejder spørger om forældres oprindelse ved en pasansøgning.
2. Om medarbejderne er informeret om reglerne for hovedtørklæder på pasbilleder.
3. Om Borgerservice har retningslinjer for, hvordan man taler med borgerne ved skranken, så andre ikke hører personlige ting.

For at være helt åben: Mine forældre kom fra Libanon i 1980'erne som palæstinensiske flygtninge. Det ville jeg gerne have sagt selv, hvis det var relevant – men det var det ikke.

Jeg ønsker ikke, at medarbejderen bliver fyret, men jeg vil gerne have en undskyldning og at kommunen sikrer, at det ikke sker igen.

Med venlig hilsen

Rania El-Khatib
Vejleåparken 48, 2. th.
2635 Ishøj
tlf. 61 40 29 85

Tid i Borgerservice: 07.10.2024 kl. 10:15, bookingnr. 071024-1015-22
-----Oprindelig meddelelse-----
Fra: Borgerservice
Sendt: 4. oktober 2024
Emne: Bekræftelse af tid

Du har bestilt tid i Borgerservice mandag den 7. oktober kl. 10.15 til: Pas. Husk at medbringe dit gamle pas og dit sundhedskort. Du skal trække et nummer ved ankomst. Hvis du ikke kan komme, bedes du aflyse din tid senest dagen før via linket i denne mail. Venlig hilsen, Borgerservice, Ishøj Kommune
""")

M("", """Kære direktionsassistent

Tak for din kvittering af 4. november. Jeg forstår, at min henvendelse til direktøren for Center for Børn og Forebyggelse er sendt videre til centerchefen, og at jeg vil få svar inden for 10 arbejdsdage. Jeg skriver igen, fordi jeg vil uddybe min henvendelse og vedlægge nogle dokumenter, som jeg glemte første gang.

Min henvendelse handler om den nye skoledagslængde på Ishøj Skole. Som jeg skrev, er jeg formand for skolebestyrelsen, og vi har i bestyrelsen drøftet, hvordan kommunen har håndteret høringen om ændringen af skoledagen.

Vi er utilfredse med tre ting:

For det første var høringsfristen kun 14 dage, og den lå hen over efterårsferien. Det betyder, at bestyrelsen reelt kun havde otte dage til at drøfte sagen og skrive et høringssvar. Vi holdt et ekstraordinært møde den 16. oktober, hvor kun fem af ni medlemmer kunne deltage.

For det andet var høringsmaterialet meget tyndt. Der var et notat på to sider, men ingen økonomiske beregninger og ingen beskrivelse af, hvad ændringen ville betyde for SFO'en eller for børn med særlige behov. Vi bad om yderligere materiale den 14. oktober og fik det først den 23. oktober, to dage før fristen.

For det tredje fremgik det af referatet fra Børne- og Skoleudvalgets møde den 30. oktober, at "skolebestyrelserne overordnet bakker op om ændringen". Det er ikke korrekt for vores skoles vedkommende. Vores høringssvar var kritisk, og vi bad udtrykkeligt om, at beslutningen blev udsat.

Vi anerkender fuldt ud, at skoledagens længde er en politisk beslutning, og vi har ingen forventning om, at administrationen kan ændre den. Men vi mener, at høringen skal være reel, og at udvalget skal have et retvisende billede af høringssvarene.

Vi beder derfor om:

1. At administrationen redegør for, hvorfor høringsfristen blev lagt hen over efterårsferien.
2. At referatet fra udvalgsmødet bliver korrigeret, eller at udvalget får en præcis gengivelse af vores høringssvar.
3. At kommunen fremover sikrer en høringsfrist på mindst tre uger uden for skolernes ferier.

Vedlagt:
– Bestyrelsens høringssvar af 24. oktober (pdf)
– Vores mail af 14. oktober med anmodning om yderligere materiale
– Uddrag af udvalgsreferatet af 30. oktober, punkt 7

Jeg er opmærksom på, at dele af vores henvendelse måske skal behandles som et punkt på udvalgets dagsorden. Det vil vi gerne, hvis det er den rette vej.

Med venlig hilsen

Lene Bagger Schmidt
formand for skolebestyrelsen, Ishøj Skole
tlf. 26 79 03 51
PS. Vi er fuldt ud bevidste om, at administrationen har haft travlt med at forberede sagen, og at der har været et stort pres på forvaltningen i efteråret. Vi har stor respekt for det arbejde, der bliver lavet. Men skolebestyrelserne er en vigtig del af folkeskolens demokrati, og hvis høringerne ikke er reelle, mister forældrene tilliden til, at det nytter at engagere sig. Vi har også sendt en kopi til formanden for Børne- og Skoleudvalget til orientering.
""")

M("b", """Emne: Aktindsigt – oplysninger om min person i forbindelse med kommunens samarbejde med trossamfund

Til Ishøj Kommune
Center for Borger, Økonomi og IT

Jeg anmoder hermed om indsigt i de personoplysninger, kommunen behandler om mig, jf. databeskyttelsesforordningens artikel 15, samt aktindsigt efter forvaltningsloven i de sager, hvor jeg er part.

Baggrund: Jeg er formand for Ishøj Buddhistiske Forening og har i de sidste tre år været kommunens kontaktperson for foreningen i forbindelse med kommunens dialogforum for trossamfund. Jeg er selv praktiserende buddhist og har været det i 20 år. I forbindelse med dialogforummet har jeg deltaget i møder med forvaltningen og med borgmesteren, og jeg har sendt en række mails med oplysninger om foreningens aktiviteter.

I september opdagede jeg, at mit navn, min mailadresse og betegnelsen "buddhist – ortodoks linje" fremgik af et bilag til et offentligt dagsordenspunkt på kommunens hjemmeside. Betegnelsen er i øvrigt forkert. Jeg har aldrig givet samtykke til, at min personlige tro blev offentliggjort, og jeg har ikke fået at vide, at materialet ville blive lagt på nettet.

Jeg henvendte mig til kommunen den 23. september og bad om, at bilaget blev fjernet. Det skete den 30. september. Jeg fik dog ingen forklaring på, hvordan det var sket, eller hvor længe det havde ligget der.

Jeg beder derfor om:

1. En kopi af alle personoplysninger, kommunen har registreret om mig, herunder i forbindelse med dialogforummet.
2. Oplysning om, hvornår bilaget blev offentliggjort, og hvornår det blev fjernet.
3. Oplysning om, hvorvidt hændelsen er anmeldt som et brud på persondatasikkerheden til Datatilsynet.
4. Oplysning om, hvilke andre deltagere i dialogforummet der eventuelt er berørt.

Jeg beder om svar inden for den frist på en måned, der gælder efter forordningen. Hvis kommunen ikke kan overholde fristen, beder jeg om at få besked.

Jeg har sendt en kopi af denne henvendelse til borgerrådgiveren til orientering, fordi jeg også er utilfreds med, at jeg ikke har fået en undskyldning eller en forklaring.

Med venlig hilsen

Henrik Tang Møller
Ishøj Buddhistiske Forening
Ishøj Strandvej 99
2635 Ishøj
tlf. 40 55 72 81

Dagsordenspunkt: Kultur- og Fritidsudvalget, møde 10.09.2024, pkt. 5, bilag 3
Min henvendelse af 23.09.2024, kvitteringsnr. 230924-0714
-----Oprindelig meddelelse-----
Fra: Kultur og Fritid
Sendt: 30. september 2024
Emne: SV: Offentliggjort bilag
Kære Henrik Tang Møller
Tak for din henvendelse. Bilaget er nu fjernet fra hjemmesiden. Vi beklager ulejligheden.
Med venlig hilsen
Kultur og Fritid
""")

M("", """Kære borgerrådgiver

Jeg henvender mig med en klage over kommunens håndtering af min søns skolekørsel. Jeg har forsøgt at løse det med skolen og med kommunens kørselskontor, men jeg er nu nået dertil, hvor jeg synes, at nogen uden for systemet skal se på det.

Min søn går i 4. klasse på en skole uden for sit skoledistrikt, fordi vi har valgt det. Vi ved godt, at vi derfor ikke har krav på skolekørsel, og vi har aldrig bedt om det. Men i august fik vi et brev om, at han var "bevilget skolebus" fra Ishøj Strand, og at han skulle stå ved stoppestedet kl. 7.32. Vi var glade, men også lidt undrende. Vi ringede og spurgte, og vi fik at vide, at det var korrekt, og at der var plads i bussen.

Min søn kørte med bussen i seks uger. Den 30. september fik vi et nyt brev om, at "bevillingen var givet ved en fejl", og at han ikke længere måtte køre med bussen fra mandag den 7. oktober. Der var ingen forklaring. Vi fik fem dages varsel.

Vi har nu måttet lave om på vores arbejdstider for at kunne køre ham. Jeg arbejder som buschauffør i Movia med tidlige vagter, så det har været meget svært at få logistikken til at hænge sammen.

Jeg klager ikke over, at han ikke har krav på skolekørsel. Det ved vi. Jeg klager over:

1. At kommunen bevilgede kørsel ved en fejl og bekræftede det i telefonen.
2. At vi fik så kort varsel, da fejlen blev opdaget.
3. At der ikke var nogen forklaring eller undskyldning.

Jeg vil gerne have en forklaring på, hvordan fejlen skete, og jeg vil gerne vide, om kommunen har overvejet en overgangsordning, f.eks. at han kunne køre med til jul.

Vedlagt er de to breve (dateret 12.08.2024 og 30.09.2024).

Med venlig hilsen

Ronnie Damsgaard
Ishøj Strand, Strandbo 4
2635 Ishøj
tlf. 30 29 11 58
-----Oprindelig meddelelse-----
Fra: Kørselskontoret, Center for Børn og Forebyggelse
Sendt: 30. september 2024
Emne: Skolekørsel

Kære forælder
Ved en gennemgang af bevillingerne til skolekørsel er det konstateret, at dit barn ved en fejl er blevet bevilget plads i skolebussen. Da dit barn går på en skole uden for sit skoledistrikt, er der ikke ret til skolekørsel. Bevillingen ophører derfor med virkning fra mandag den 7. oktober. Du kan læse mere om reglerne for skolekørsel på kommunens hjemmeside. Hvis du har spørgsmål, er du velkommen til at kontakte Kørselskontoret på tlf. 43 57 73 10 mellem kl. 9 og 12.
Med venlig hilsen
Kørselskontoret
PS. Jeg har talt med to andre forældre på vejen, der har fået det samme brev. Vi har aftalt at køre på skift, men det er ikke holdbart på længere sigt.
""")
