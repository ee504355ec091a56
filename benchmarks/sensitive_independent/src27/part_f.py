"""Part F: replies, reminders and case mails with CPR numbers in varied formats and
lead-ins, several categories per mail; a few number-trap negatives."""
from common import M

M("p", """
Hej Ishøj Kommune

Påmindelse om min mail fra 2. oktober. Vi har stadig ikke fået svar på, om der må bygges et anneks på grunden på Kirkebjerg Allé 14. Køberne af vores hus har skrevet under med forbehold for netop det, og forbeholdet udløber om 9 dage. Hvis ikke der er svar, går handlen i vasken.

Min cpr: [[240671-1653]]

Venlig hilsen
Torben Eskildsen
""")

M("s", """
Hej Borgerservice

Jeg skal have min mand Jakob skrevet på som medejer af vores bil, det gik ikke digitalt. Vi blev gift i sommer. Mit personnummer er [[090785 1443]]. Skal jeg komme personligt?

Mvh
Christian Holm
""")

M("t", """
Hej

Jeg søger om tilskud til danskundervisning for min kone, som er fra Thailand. Hun har boet her i otte måneder og er på venteliste til sprogskolen. Jeg har vedlagt hendes opholdskort.

Hendes cpr-nr. er [[120193 4012]].

Med venlig hilsen
Poul Kjær
""")

M("u", """
Hej Lønkontoret

Jeg er ansat som pædagogmedhjælper i Børnehuset Bølgen og kan se, at kontingentet til FOA ikke er trukket over lønnen i oktober, selvom det har været det før. Kan I se på det?

Personnr. [[310585-2710]]

Hilsen
Sanne Iversen
""")

M("b", """
Hej

Jeg vil gerne meldes ud af folkekirken, jeg er blevet muslim. Kan jeg gøre det hos jer eller skal det være hos præsten? cpr: [[211099-3114]]

Mvh Jeppe
""")

M("", """
Hej

Hvordan melder man sig ud af folkekirken? Og kan man få kirkeskatten tilbage for resten af året?

Mvh Jeppe
""")

M("he", """
Til Ydelsescentret

Vedr. min ansøgning om enkeltydelse til briller.

Jeg har fået at vide af optikeren, at jeg har grå stær på begge øjne og skal opereres, men indtil da skal jeg have nye briller for at kunne se. Jeg er på kontanthjælp og kan ikke selv betale 2.400 kr.

[[030378-1982]]

Venlig hilsen
Susanne Lorentzen
""")

M("", """
Til Ydelsescentret

Kan man søge enkeltydelse til briller? Og hvilke dokumenter skal man sende med? Det er til min nabo, som vil have mig til at spørge, men hun vil selv skrive senere.

Venlig hilsen
Susanne Lundgren
""")

M("ht", """
Hej

Min mor Leyla, [[150246–0816]], er kurder fra Tyrkiet og taler kun kurmanji. Hun skal have øjenoperation på Glostrup næste måned og har fået et brev fra kommunen om kørsel, som hun ikke forstår. Kan I sende det til mig i stedet, jeg har fuldmagt?

Mvh
Zeynep Demir
""")

M("s", """
Til Ishøj Kommune

Jeg ansøger hermed om at blive godkendt som plejefamilie sammen med min kone, Line. Vi har været gift i syv år og har ingen børn. Vi er begge lærere. Kan I sende materiale?

Venlig hilsen
Karen Lind-Hjorth
""")

M("", """
Til Ishøj Kommune

Vi overvejer at blive plejefamilie. Hvilke krav er der til boligen og til uddannelse? Og kan man være plejefamilie, hvis begge forældre arbejder fuld tid?

Venlig hilsen
Karen og Peter Lindholm
""")

M("pe", """
Kære Borgerrådgiver

Jeg er 68 år og har skyldt ejendomsskat i to år. Kommunen har nu sagt, at de vil sende sagen til inddrivelse. Jeg har sat mit hus til salg for at betale, men der er endnu ingen køber, kun et par fremvisninger. Kan kommunen ikke vente?

Mit personnummer er [[140458 1203]].

Med venlig hilsen
Bodil Kjær
""")

M("bu", """
Hej byrådsmedlem Anders

Jeg er medlem af Socialdemokratiet i Ishøj og er tillidsmand på Novo i Måløv i Dansk Metal. Jeg vil gerne høre, om vi ikke kan få genbrugspladsen til at åbne om aftenen en dag om ugen. Vi skifteholdsfolk kan aldrig nå det.

Mvh
Lars Vinther
""")

M("", """
Hej byrådsmedlem Anders

Kan genbrugspladsen ikke holde åbent om aftenen en dag om ugen? Mange skifteholdsarbejdere kan ikke nå det.

Mvh
Lars Vinding
""")

M("te", """
Til Ydelsescentret

Jeg kom til Danmark som flygtning fra Ukraine i 2022 og har fået brev om at min ydelse stopper, fordi jeg nu er i job. Men jobbet er kun 10 timer om ugen, og jeg kan ikke betale husleje. Hvad skal jeg gøre?

Olena Kovalenko
[[080880–3450]]
""")

M("", """
Til Ydelsescentret

Hvor mange ukrainere bor der i Ishøj nu, og hvor mange er i arbejde? Jeg skriver en opgave om integration.

Mvh
Anders Friis
""")

M("hu", """
Til HR, Ishøj Kommune

Jeg er ansat på Ishøj Plejecenter og medlem af FOA. Jeg har været sygemeldt med en arbejdsskade i ryggen siden 3. september, og jeg skal bruge en kopi af min sygefraværsregistrering til min fagforening.

Medarbejder-nr. 40788, cpr [[011275-1526]]

Hilsen
Helle Kjærsgaard
""")

M("", """
Til HR, Ishøj Kommune

Hvor mange sygedage havde ansatte på plejecentrene i 2025 i gennemsnit? Jeg skriver til Ishøj Avis.

Mvh
Helle Kjær
""")

M("e", """
hej jeg har fået en sms om at min hjemmehjælp er aflyst i morgen igen. det er 3. gang i denne måned. hvem skal jeg klage til? mvh. Ingrid, [[220931-0427]]
""")

M("ps", """
Hej

Jeg og min kæreste Morten har fået accepteret et bud på vores fælles lejlighed, men køberen vil have bekræftet, at altanen er godkendt. Vi skal gå hver til sit, og det er en lettelse at få solgt, men vi mangler bare papiret fra jer. Jeg er i øvrigt en mand, hvis det har betydning for hvem der skal skrive under.

Mvh
Jonas Nørby
""")

M("b", """
Hej Rådhuset

Jeg er buddhist og mediterer hver morgen i Ishøj Naturpark ved søen kl. 6. Nu er der kommet motocross-cyklister, som kører på stierne om morgenen. Det er ikke lovligt vel? Kan I sætte skilte op?

Mvh
Pia Hedegaard
""")

M("", """
Hej Rådhuset

Må man køre motocross på stierne i Ishøj Naturpark? Jeg har set det flere morgener, og det er farligt for gående og hunde.

Mvh
Pia Hede
""")

M("eh", """
Til Visitationen

Min far, Holger Rasmussen, [[030333-0155]], blev udskrevet fra Hvidovre i går efter et hoftebrud. Han skulle have hjemmepleje fra i dag, men ingen er kommet. Han kan ikke selv komme ud af sengen. Hvad sker der?

Med venlig hilsen
Lone Rasmussen
""")

M("te", """
Hej

Jeg skal have ny tolk til mit møde på jobcentret, sidste gang var tolken fra et andet land end mig og talte en anden dialekt. Jeg er fra Sudan. Kan I bestille en sudanesisk arabisk tolk?

Mvh
Amir Osman
""")

M("", """
Hej

Bruger jobcentret fremmødetolke eller videotolke? Og er der krav om at tolken taler den samme dialekt som borgeren?

Mvh
Tina Dahl, frivillig
""")

M("sh", """
Hej

Jeg vil gerne have ændret min kontaktperson hos sundhedsplejen, så det er min kone Ditte, der får beskederne. Jeg er lige blevet opereret efter fødslen og ligger stadig på Hvidovre, så det er hende, der er hjemme med Alma.

Hilsen
Sara Kvist
""")

M("u", """
Hej

Jeg skal bruge en attest på, at jeg har været ansat som sosu-assistent i Ishøj Kommune fra 2019-2024. Det er til min fagforening FOA, der hjælper mig med en sag om løn. Personnummer: [[190492-1880]]

Mvh
Mette Jørgensen
""")

M("", """
Hej

Kan man få en ansættelsesattest fra Ishøj Kommune, hvis man har været ansat for mange år siden? Mit medarbejdernummer var 0102931234 hvis det hjælper.

Mvh
Mette Jørgen
""")

M("b", """
Hej

Jeg er aktiv i Venstre og stiller op til næste kommunalvalg. Jeg vil gerne vide, hvordan man booker et lokale til et vælgermøde på Ishøj Bibliotek.

Mvh
Christian Bøgh
""")

M("", """
Hej

Hvordan booker man et lokale til et vælgermøde på Ishøj Bibliotek? Vi er en lokalavis, der vil holde debatmøde med alle partier.

Mvh
Ishøj Lokalnyt
""")

M("t", """
Hej

Vi er en familie fra Grønland, der flyttede til Ishøj i sommer, og min søn har brug for undervisning i grønlandsk som modersmål. Tilbyder kommunen det?

Mvh
Nivi Lyberth
""")

M("pe", """
Hej

Vi skal skilles og har sat vores rækkehus på Vibeholmsvej til salg. Ejendomsmægleren siger, at der kan komme en køber inden jul. Indtil da skal jeg bo i huset med børnene. Kan jeg søge om boligstøtte allerede nu, eller først når huset er solgt?

[[270886-2415]]

Venlig hilsen
Pernille Bonde
""")

M("h", """
Til Borgerservice

Jeg kan ikke møde op og få taget fingeraftryk til mit pas, jeg er gravid i 8. måned og har bækkenløsning. Kan man komme hjem til mig?

Mvh
Amalie Kruse, [[140997 4156]]
""")

M("", """
Til Borgerservice

Kan man få lavet pas hjemme, hvis man ikke kan komme ud? Jeg spørger for en forening for ældre, der ofte får det spørgsmål.

Mvh
Ældresagen Ishøj
""")

M("tb", """
Kære Kultur og Fritid

Vi er en gruppe eritreiske ortodokse kristne i Ishøj, og vi vil gerne leje en sal til vores påskefejring, som falder en uge efter den danske påske. Jeg er selv diakon i menigheden. Ca. 80 personer.

Med venlig hilsen
Yonas Tesfamariam
""")

M("s", """
Hej,

Kan biblioteket ikke få flere bøger med LGBT+-indhold til teenagere? Jeg er selv biseksuel og kunne have brugt det, da jeg var 14.

Mvh
Freja, 17
""")

M("", """
Hej,

Kan biblioteket ikke få flere LGBT+-bøger til teenagere? Jeg synes hylden er meget lille.

Mvh
Freja
""")
