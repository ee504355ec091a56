"""corpus80 part F: mails with CPR numbers in every format (lead-in or not, in
signatures, in quoted text, two in one mail), and look-alike numbers as negatives."""
from common import M

M("e", """
Hej
Jeg har søgt kontanthjælp den 2. oktober og har ikke fået noget svar. Huslejen skal betales om en uge. Mit cpr-nr. er [[140382-3317]].
Mvh Jannik Olsen
""")

M("h", """
Til tandplejen

Jeg kan ikke komme til min tid den 18. november, fordi jeg er indlagt på Bispebjerg efter et fald, hvor jeg brækkede hoften. Vil I ringe til mig, når jeg er kommet hjem?

Birgit Møller
[[2507411846]]
""")

M("", """
Hej Borgerservice

Jeg har mistet mit sundhedskort i bussen. Kan I sende et nyt til min adresse? Personnummer [[110967 2214]].

Med venlig hilsen
Steen Kofoed
Ishøj Strandvej 12
""")

M("e", """
Til Ishøj Kommune, Familieafdelingen

Jeg søger om at få min søn med i en fritidsklub med økonomisk friplads, da jeg er alene med ham og er på dagpenge.

Mig: Lene Andersen, [[030481–1120]]
Min søn: Victor Andersen, [[120515-4237]]

Venlig hilsen Lene
""")

M("he", """
hej jobcentret
jeg er sygemeldt med en brækket arm og på sygedagpenge, I har sendt et skema jeg skal udfylde men det kan jeg ikke med venstre hånd. kan jeg sige det i telefonen i stedet
cpr [[220173\u00a02908]]
Torben
""")

M("", """
Emne: Ny adresse

Jeg flytter fra Ishøj Boulevard 46, 2. th. til Vejleåvej 3 den 1. december. Jeg har meldt flytning på borger.dk, men hvad med min parkeringslicens?

Kasper Holt, cpr. [[010290-1795]]
""")

M("et", """
Til Borgerservice

Min mor er fra Libanon og forstår ikke brevet om hendes boligstøtte. Hun hedder Nour Haddad, cpr [[0606551342]]. Kan I ringe til mig og forklare det, så jeg kan oversætte?

Mvh Rami Haddad
tlf. 28 44 19 02
""")

M("", """
Hej

Jeg har ikke modtaget min årsopgørelse for renovation. Min kundenr. er 2304671187, og mit personnummer er [[230467-2118]], hvis I skal bruge det.

Mvh Jens Brink
""")

M("s", """
Til Pladsanvisningen

Min mand Anders og jeg har skrevet vores datter op til børnehave, men vi har fået to breve, et til hver af os med forskellige datoer. Jeg er Mikkel Brandt, [[120884-1459]], og Anders er [[0311823321]]. Hvilken dato gælder?

Mikkel
""")

M("b", """
Kære Ishøj Kommune

Jeg ønsker at melde mig ud af folkekirken og samtidig melde mig ind i Det Mosaiske Trossamfund, hvor jeg er konverteret. Hvad skal jeg gøre i forhold til kommunen, og skal jeg skrive mit cpr-nummer? Det er [[191288–3406]].

Med venlig hilsen
Sarah Lindholm
""")

M("u", """
Hej Løn

Der er trukket fagforeningskontingent til FOA fra min løn for november, men jeg meldte mig ud i september og ind i Krifa. Kan I stoppe trækket?

Lise Jakobsen
Social- og sundhedshjælper, Hjemmeplejen Syd
CPR: [[050776-2210]]
""")

M("p", """
Til Ejendomsskat

Vi er ved at sælge huset på Ishøj Landevej 22 og skal bruge en opgørelse over ejendomsskatten til køberens advokat. Ejeren er min far, Holger Hansen ([[1409431027]]), som har givet mig fuldmagt.

Med venlig hilsen
Ole Hansen
""")

M("he", """
Til Hjælpemiddelafdelingen

Jeg søger om en badebænk og et toiletforhøjer til min mand, som har fået Parkinson og ikke kan stå op i brusebadet.

Ansøger: Erik Bruun, cpr.nr. [[180549 3217]]
Kontakt: hustru Gerda Bruun, tlf. 60 11 42 87
""")

M("", """
Hej

Jeg skal bruge en kopi af min vielsesattest til et visum. Vi blev gift på rådhuset i maj 2019.

Mit personnummer: [[090690-2312]]
Min kones personnummer: [[1702911608]]

Mvh
Ahmed Qureshi
""")

M("e", """
Kære borgerrådgiver

Jeg har fået afslag på at få dækket min flytning efter servicelovens § 100. Jeg forstår ikke begrundelsen. Kan I se på det? Min sag kan findes på cpr [[271159 1183]], sagsnr. 26-03442.

Venlig hilsen
Kirsten Dal
""")

M("h", """
RE: Henvisning til genoptræning

Hej, jeg har fået en henvisning fra Glostrup efter min knæoperation, men ingen har ringet. Henvisningen er sendt den 28. oktober.

/Marianne Eg, [[300768–1064]]
""")

M("e", """
Til Opkrævningen

Jeg har fået rykker nr. 3 for daginstitutionsbetaling på 6.400 kr. Jeg kan ikke betale det hele nu, jeg er lige blevet fyret. Kan jeg få en afdragsordning?

Jessica Holm
[[150797-4012]]
""")

M("t", """
Hello,

I'm a Nigerian citizen living in Ishøj and my Danish CPR number is [[021287-2893]]. I need a certificate of residence (bopælsattest) for my embassy. Can I get it in English?

Thank you,
Chinedu Okafor
""")

M("e", """
Til Center for Voksne og Velfærd

Min far Anker (CPR [[0801381529]]) har søgt om plejebolig, fordi han ikke kan klare sig selv længere. Vi har ikke hørt noget i 7 uger. Hvor lang er ventelisten?

Med venlig hilsen
Bente Skov
""")

M("", """
Hej Skat / Ishøj

Min søn flytter hjemmefra og har brug for sit eget NemID/MitID. Han hedder Oscar Lind, [[080507-5519]]. Kan han gøre det selv i Borgerservice, eller skal jeg med?

Mvh Pia Lind
""")

M("h", """
hej

jeg skulle have været til sundhedstjek i dag kl 10 men jeg ligger med 40 i feber og halsbetændelse. kan jeg få en ny tid.

Ronja Vesterby
personnr [[2105992458]]
""")

M("he", """
Til Jobcentret

Jeg har fået bevilget et ressourceforløb, men jeg kan ikke deltage i gruppeforløbet, fordi jeg har svær angst. Min læge har skrevet en erklæring, som jeg vedhæfter.

Med venlig hilsen
Nicolai Frost
[[060492 1911]]
""")

M("s", """
Kære Borgerservice

Min kone Julie og jeg blev gift i sidste måned, og jeg vil gerne have ændret mit efternavn til hendes. Jeg er Nanna Kirk, [[131193-1428]]. Kan det gøres online?

Mvh Nanna
""")

M("", """
Hej

Jeg skal forny mit pas. Kan man bestille tid i Borgerservice om lørdagen?

Venlig hilsen
Bo Thøgersen
Cpr: [[241163-0917]]
Tlf. 22 19 63 40
""")

M("eh", """
Til Visitationen

Jeg søger om hjemmehjælp til rengøring. Jeg har KOL og kan ikke længere støvsuge uden at få åndenød.

Navn: Gunnar Lyng
CPR-nummer: [[1112421073]]
Adresse: Ishøj Søvej 40
""")

M("e", """
hej jeg har fået et brev om at mit barn Alma er blevet underretning på, jeg forstår ikke hvad det betyder. hun er [[240518–6102]] og jeg er hendes far Rasmus [[0907951635]]. hvad skal jeg gøre
""")

M("t", """
Til Borgerservice

Jeg er født i Kenya af indiske forældre og skal bruge en navneattest, fordi mit navn er stavet forskelligt i mit pas og i CPR. CPR-nr.: [[170372-3084]].

Med venlig hilsen
Priya Shah
""")

M("p", """
Hej

Vi har fået et købstilbud på vores rækkehus, og køberen vil vide om der er en ubetalt tilslutningsafgift til fjernvarme. Ejer: Mette Jensen, personnummer [[011085\u00a01128]].

Mvh Mette
""")

M("", """
Til Ishøj Bibliotek

Mit lånerkort virker ikke i automaten. Kan I se hvad der er galt? Jeg er [[190404-4417]] (min mor skriver for mig).

Hilsen Sebastian
""")

M("h", """
Til sundhedsplejen

Jeg er gravid i 8. måned og skal flytte til Ishøj fra Herlev i næste uge. Kan I overtage mine besøg efter fødslen? Jeg er Cecilie Holm, [[280595-2206]].

Mvh Cecilie
""")

M("u", """
Hej Lønkontoret

Jeg er tillidsrepræsentant for 3F på vejdepotet og beder om en lønseddel med det korrekte tillæg for TR-funktionen. Den sidste var uden.

René Sommer
CPR [[040870 1933]]
Vej og Park, Ishøj
""")

M("eh", """
Til Ydelsescentret

Jeg er blevet bedt om at tilbagebetale 18.000 kr. i sygedagpenge, fordi jeg skulle have meldt at jeg var begyndt at arbejde lidt. Jeg var stadig sygemeldt med stress og arbejdede kun 4 timer om ugen. Jeg vil klage.

Maja Thomsen – [[1508881240]]
""")

M("", """
Hej

Jeg har fået et girokort fra kommunen med betalings-id 71-88123456789 og fakturanr. 1503891234. Jeg kan ikke se hvad det er for. Kan I forklare?

Venlig hilsen
Hans Pedersen
""")

M("", """
Til Vand og Kloak

Vores vandmåler nr. 0612851193 viser et forbrug på 480 m3, men vi er to personer. Kan måleren være i stykker? Kundenr. 3010744021.

Mvh
Torben Skaarup
Strandhaven 8
""")

M("", """
Hej

Jeg vil gerne skifte mit mellemnavn til min mormors efternavn. Kan det gøres i Borgerservice, og hvad koster det? Mit personnummer er [[151100-4407]].

Mvh Alex
""")

M("e", """
Kære Borgerservice

Jeg har fået folkepension i to år og er lige flyttet til Ishøj fra Albertslund. Jeg har ikke fået min varmehjælp. Skal jeg søge igen her?

Knud Rosenkrantz
Cpr.nr. [[250154–0331]]
""")

M("t", """
Til Ishøj Kommune

Mine forældre kom fra Vietnam som bådflygtninge i 1979. Min far Van Minh Tran ([[120348-1217]]) fylder 80 og har ønsket et brev fra borgmesteren. Kan det lade sig gøre?

Med venlig hilsen
Lan Tran
""")

M("", """
Hej Ishøj Kommune

Regningen for vinterhjælp til vores grundejerforening har journalnr. 26/044812 og ordrenr. 2701921140. Vi har betalt den to gange. Kan vi få pengene retur til reg.nr. 5301 kontonr. 0244180562?

Med venlig hilsen
Kasserer, GF Vejleå Nord
""")

M("h", """
Til skolen

Min søn Noah ([[030312-4781]]) har brækket benet og skal gå med krykker i seks uger. Kan han bruge elevatoren, og kan han få lov at gå ind før de andre?

Mvh Christina
""")

M("e", """
Hej

Jeg vil gerne søge om boligstøtte. Jeg har prøvet på borger.dk men det siger at min indkomst mangler. Jeg tjener 14.200 kr. om måneden.

Navn Fatma Öztürk
personnr [[020299-2418]]
""")
