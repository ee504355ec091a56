"""Part G: mails carrying CPR numbers, forwarded chains and signatures, across the housing theme."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vedr. ejendommen Ishøj Landsby 21: Vi har solgt huset med overtagelse 1. november, men købers bank kræver en færdigmelding af tilbygningen fra 2016, før lånet udbetales. Kan I udstede den hurtigt? Ellers risikerer vi at handlen går om.

Sælgere:
Per Damgaard, cpr [[150357-1183]]
Lis Damgaard, cpr [[020960-1412]]
""")

M("e", """
-----Oprindelig meddelelse-----
Fra: Karen Dam
Sendt: 4. marts 2025 09:12
Til: Hovedpostkassen
Emne: VS: hjælp til husleje

Videresendes til rette center. Borgeren har bedt om svar på Digital Post.

Karen

-----Oprindelig meddelelse-----
Fra: Susan Brix
Sendt: 3. marts 2025 22:40
Til: Karen Dam
Emne: hjælp til husleje

Hej Karen, jeg har fået en opsigelse fra boligselskabet pga. restance. jeg er på kontanthjælp og jeg har to børn. mit cpr er [[261089-2470]] hvis det hjælper

Susan
""")

M("ht", """
Hej

Jeg skriver for min far, Mehmet Aydin, [[010452 3017]]. Han er tyrkisk og taler næsten ikke dansk. Han har fået konstateret diabetes og skal have insulin, men han har ikke noget køleskab der virker, og boligselskabet siger det er hans eget. Hvem kan hjælpe med det?

Med venlig hilsen
Elif Aydin
""")

M("u", """
Til lønafdelingen / HR (sendt til hovedpostkassen ved en fejl?)

Jeg er vicevært i kommunens egne boliger og er netop blevet valgt som tillidsrepræsentant for FOA. Jeg skal have registreret min TR-funktion, så jeg får tid til møderne. Mit personnummer er [[180675-1239]].

Med venlig hilsen
Ib Kragelund
""")

M("s", """
Hej

Vi er et par, to kvinder, som skal flytte sammen i Strandgårdsparken. Boligselskabet vil have vores personnumre til kontrakten, og vi vil gerne sikre at begge står som lejere. Er det nok at sende dem til boligselskabet, eller skal kommunen også have dem?

[[120491-2846]] Anna Dalsgaard
[[030793\u00a02614]] Mette Fog
""")

M("b", """
Til Kultur- og Fritidsudvalget

Jeg er imam i en lille menighed i Ishøj og bor selv i Vejleåparken. Vi har bedt boligselskabet om at leje det gamle vaskeri som bederum om fredagen. De siger, det kræver kommunens godkendelse af ændret anvendelse.

Imam Yusuf Demir
CPR [[080871-2155]]
""")

M("e", """
hej

min boligstøtte er ikke kommet i denne måned. mit cpr nr er [[1412923119]]. jeg har ikke ændret noget

Jesper
""")

M("pe", """
Kære Ishøj Kommune

Jeg har underskrevet en købsaftale på en andelsbolig i Ishøj Strand, men min bank vil ikke låne mig, fordi jeg er i et ressourceforløb. Sælger siger jeg kan trække mig mod at betale 10.000 kr. Jeg har brug for at vide, om kommunen kan udstede en erklæring om mit forløb.

Hilsen
Nikolaj Vind
personnr [[220582–1893]]
""")

M("tb", """
Hej

Jeg er fra Somalia og muslim. Jeg er skrevet op til en bolig hos boligselskabet, og jeg vil gerne bo tæt ved moskéen, hvor jeg beder hver dag. Kan I se hvor jeg står på listen? [[230378-2091]]

Abdirahman Farah
""")

M("she", """
Til Center for Voksne og Velfærd

Jeg skriver for min mand, Torben Lund, [[040146-0817]]. Han har Parkinson og vi har fået bevilget en trappelift, men boligselskabet vil ikke tillade den i opgangen. Vi har været gift i 15 år, og jeg vil gerne passe ham hjemme så længe som muligt.

Med venlig hilsen
Poul Lund
""")

M("u", """
Hej Ishøj Kommune

Jeg er vicevært og 3F'er og har været det i 19 år. Jeg har fået et brev om en parkeringsbøde fra kommunens p-vagt, fordi min servicebil holdt på fortovet under snerydning. Bødenr. 0311847729. Kan jeg klage? Det er en del af mit arbejde.

Med venlig hilsen
Claus Kjær
cpr [[290768-2317]]
""")

M("", """
Hej

Jeg har modtaget en opkrævning fra Ishøj Forsyning på vand. Der står kundenummer 1503791234 og målernr. 2507790087, men jeg har ikke boet i lejligheden siden marts. Kan I rette det?

Mvh
Louise Friis, tlf. 22 45 90 18
""")

M("p", """
Kære borgmester

Vi har solgt vores rækkehus i Ishøj Strand betinget af, at køber kan få lov at lave en overdækning. Sagen er sendt til Byggeri den 14. august. Køber skal have svar inden 1. oktober, ellers annullerer de handlen.

Sagsnr. 24/18331, journalnr. 02.34.02-P19-114-24

Med venlig hilsen
Rita og Jens Holmgaard
CPR: [[171061-1552]] og [[240263-1096]]
""")

M("t", """
Kære borgerrådgiver

Jeg er af tamilsk herkomst, født på Sri Lanka. Jeg har fået en ny lejlighed i Ishøj, og jeg skal bruge en bekræftelse på min adresse til min arbejdsgiver. Jeg har ringet til Borgerservice 4 gange. Mit personnummer er [[110584\u00a02343]].

Med venlig hilsen
Kumar Sivanathan
""")

M("he", """
Hej

Jeg har søgt om hjælp til depositum til en ny lejlighed. Jeg er gravid i 5. måned og bor lige nu hos min mor. Jeg er på kontanthjælp.

Dorthe Nielsen
[[300399-4128]]
""")

M("p", """
Hej,

vi vil gerne købe kommunens grund på Vejlebrovej 112, som er i udbud. Vi har et bud på 1,9 mio. og vil vide hvornår udbudsrunden slutter.

Mvh
Thomas og Line Grønbæk
Thomas: [[210190-3115]]
""")

M("b", """
Til borgmesterens PA

Vi er medlemmer af Det Konservative Folkeparti i Ishøj og vil gerne invitere borgmesteren til en debat om boligpolitik. Jeg sidder i partiets lokalbestyrelse.

Med venlig hilsen
Bjørn Kastrup
cpr. [[050758-1281]]
""")

M("eh", """
Den 12. okt. 2024 kl. 14.03 skrev Pia Brandt:
> Hej, jeg har været indlagt på psykiatrisk afdeling i tre uger og har ikke kunnet betale husleje.
> Nu vil boligselskabet ophæve. Kan kommunen betale restancen?
> Pia, [[091181-1604]]

Hej Pia

Vi har modtaget din henvendelse og sendt den videre til Ydelsescentret.

Venlig hilsen
Hovedpostkassen, Ishøj Kommune
""")

M("t", """
Hej

Jeg hedder Olga og er fra Ukraine. Jeg bor med min datter i en lejlighed i Ishøj. Jeg vil gerne vide, om min datter kan få en skoleplads nær vores nye adresse. Hendes cpr er [[170315 4412]].

Tak
Olga Kovalenko
""")

M("s", """
Hej,

Min mand Simon og jeg (Jonathan) er flyttet fra Tranegilde til Ishøj Søpark. Vi har fået en opkrævning på ejendomsskat fra vores gamle adresse. Vores cpr: [[011088-3317]] og [[150487-2119]].

Mvh
Jonathan
""")

M("u", """
Hej

Jeg er HK-medlem og kontorassistent i et boligselskab, og jeg har lige fået besked om at jeg skal flytte til et nyt kontor i Ishøj. Kan I bekræfte min folkeregisteradresse, så jeg kan få tilskud til transport? Jeg bor i Greve.

Mvh
Pia Strand
[[260994 2908]]
""")

M("pb", """
Hej

Jeg er præst i frikirken og har givet bud på en villa i Torslunde. Sælger vil have svar inden fredag. Er der planer om at bygge ved siden af?

Venlig hilsen
Pastor Daniel Holm
""")

M("he", """
Kære hovedpostkasse

Mit navn er Birgitte Jeppesen, [[131064-1388]]. Jeg har fået en blodprop i hjernen og kan ikke længere bo alene på 2. sal. Jeg har søgt om en plejebolig. Hvor lang tid tager det?

Med venlig hilsen
Birgitte
""")

M("", """
Hej

Vedrørende faktura 1011891234 fra Ishøj Kommune på leje af beboerlokale: Vi har betalt den til reg.nr. 1551, kontonr. 3120457788. Kan I bekræfte at betalingen er modtaget? Kundenr. 220488.

Venlig hilsen
Kasserer, Ishøj Bordtennisklub
""")

M("t", """
Hej,

Jeg er fra Filippinerne og arbejder som au pair i en familie i Ishøj. Min værtsfamilie siger at jeg skal være tilmeldt på deres adresse. Kan I bekræfte at jeg er? cpr [[080698–4020]]

Thank you
Maria Santos
""")

M("bu", """
Til hovedpostkassen

Jeg er medlem af DSR og sygeplejerske i hjemmeplejen. Jeg er også medlem af Radikale Venstre. Jeg vil gerne klage over at kommunen har sendt et brev om parkering med forkert navn. Min cpr [[121279-1546]].

Mvh
Else Rask
""")

M("p", """
Hej

Min søster og jeg er ved at sælge vores afdøde mors rækkehus i Ishøj Strand. Mægleren har fået et bud, men køber vil vide om der er restancer på ejendomsskatten. Kan I sende en opgørelse? Vores mor var [[150936-0344]].

Mvh
Hanne Weber
""")

M("s", """
Kære borgerrådgiver

Jeg er en mand og har en mand. Vi har søgt en lejlighed, og boligselskabets medarbejder har sagt at "to mænd ikke kan stå på samme kontrakt". Er det rigtigt?

Bo Frandsen, [[281071-1213]]
""")

M("bt", """
Hej

Jeg er kristen fra Syrien og vil gerne melde flytning til Ishøj. Jeg går i den syrisk-ortodokse kirke hver søndag. Kan jeg få adresse med det samme, selv om lejekontrakten først starter 1. juni? [[130790\u00a01771]]

George Haddad
""")

M("uh", """
Hej

Jeg er i Dansk Metal og har haft en arbejdsulykke, hvor jeg brækkede hånden. Jeg er sygemeldt. Jeg vil gerne vide om jeg skal melde adresseændring, når jeg flytter til min kærestes lejlighed i Ishøj.

Jacob Nørgaard
cpr [[060695 2155]]
""")

M("e", """
Hej

Vedr. boligstøtte for mig og min datter:
Mor: [[230886-2410]]
Datter: [[111212-4518]]

Vi er flyttet 1. april og har ikke fået boligstøtte for april.

Hilsen
Sara Bakhtiari
""")

M("p", """
Hej

Vi har budt på en andel i A/B Vildtbanehaven og vil gerne vide om der er planer om at lukke vejen bag ejendommen. Sælger skal have svar inden tirsdag.

Mvh
Jesper Bang
""")

M("t", """
Hi,

I am from Nepal and just moved to Ishøj for a PhD at DTU. I need to register my address. My CPR is [[050592-3351]]. My landlord has not given me a contract yet, is that a problem?

Regards
Sanjay Gurung
""")

M("b", """
Hej,

Jeg er ateist og medlem af Ateistisk Selskab. Jeg vil gerne klage over at der bliver hængt julekrybbe op i vores opgang af boligselskabet, og at beboerhuset holder gudstjeneste til jul. Er det lovligt i en almen bolig?

Mvh
Rune Jakobsen, [[020282-3715]]
""")

M("s", """
Hej

Jeg skriver for min partner, Lars Bech ([[220265-1437]]), og mig, Erik Sand ([[100362-1095]]). Vi har været registreret partnere siden 1995 og bor i Ishøj Landsby. Vi vil gerne høre om vi kan få fælles parkeringslicens.

Mvh
Erik
""")

M("", """
Hej

Jeg har fået en parkeringsafgift ved Ishøj Station. Afgiftsnr. 2805901287, udstedt 28. maj kl. 14.12. Jeg holdt kun der i 5 minutter, mens jeg hentede min svigermor. Kan jeg klage?

Mvh Kenneth
""")

M("ue", """
Til hovedpostkassen

Jeg er medlem af 3F og er blevet arbejdsløs. Jeg vil gerne melde mig ledig og søge om boligstøtte. Min a-kasse siger jeg skal kontakte jer.

Kasper Hjorth
[[270389–1119]]
""")

M("th", """
Hej

Min mor, Fatma Yildiz ([[150348\u00a02418]]), er fra Tyrkiet og taler kun tyrkisk. Hun er blevet opereret for grå stær og kan ikke se at læse sin post fra boligselskabet. Kan nogen ringe til hende med en tolk?

Mvh Serkan Yildiz
""")

M("p", """
Til Karen Dam

Vi er ved at sælge vores hus i Torslunde, men køber har fortrudt. Nu har vi et nyt bud, som er 150.000 lavere. Vi har spurgt kommunen om den nye lokalplan, som måske gør grunden mere værd. Hvornår kommer den?

Mvh
Lone og Bent Rasmussen
""")

M("b", """
Hej

Jeg er medlem af Dansk Folkeparti og vil klage over at vores afdelingsbestyrelse har lavet en bederumsordning i kælderen. Jeg har stemt imod på afdelingsmødet.

Mvh
Jan Frost, [[110856-1321]]
""")
