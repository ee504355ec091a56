"""corpus8 part C: jobcenter, benefits, debt, taxes and citizen service (Beskæftigelse og Erhverv; Borger, Økonomi og IT)."""
from common import M

M("e", """Hej Jobcenter Ishøj

Jeg har været på kontanthjælp i 8 måneder og er blevet indkaldt til samtale på torsdag kl 9.30. Jeg kan ikke komme, fordi jeg har en jobsamtale samme dag i Brøndby. Kan den flyttes?

Mvh
Rasmus Holt
cpr [[150894-1307]]""")

M("u", """Hej

Jeg er medlem af 3F og har fået at vide af min a-kasse at jeg skal tilmelde mig jobnet igen efter min sæsonansættelse. Skal jeg også kontakte jobcentret eller er det nok?

Venlig hilsen
Brian Kofoed
Ishøj Strandvej 15""")

M("", """Hej

Jeg er i ASE og har spurgt dem, men de henviser til jer: hvornår er næste informationsmøde for nyledige i Jobcenter Ishøj?

Mvh Tobias""")

M("", """Hej

Hvilke fagforeninger og a-kasser deltager i jobmessen i Ishøj Bycenter d. 12. maj? Jeg vil gerne snakke med nogen om skift af branche.

Hilsen Dennis""")

M("eh", """Til Jobcenter Ishøj

Jeg er sygemeldt med stress og depression og har været det siden januar. Jeg får sygedagpenge fra kommunen, og jeg har fået et brev om en opfølgningssamtale. Min psykolog har sagt, at det ikke er godt for mig at møde op fysisk lige nu. Kan samtalen ske over telefon?

Jeg har vedlagt en erklæring fra psykologen.

Med venlig hilsen
Katja Bendtsen
personnummer [[061288-2944]]
Vejleåvej 56""")

M("eu", """Hej

Jeg blev opsagt fra mit job som lagermedarbejder pr. 31. marts efter 11 år. Min fagforening, Fødevareforbundet NNF, mener at opsigelsen er usaglig, og vi har sendt sagen videre. I mellemtiden har jeg tilmeldt mig som ledig. Hvad skal jeg gøre i forhold til jobcentret?

Mvh
Kim Hjortshøj""")

M("", """Hej

Hvor mange borgere i Ishøj var på kontanthjælp i 2024, og hvordan har udviklingen været de sidste 5 år? Jeg læser statskundskab og skriver opgave om beskæftigelsesindsatsen i Vestegnskommunerne.

Venlig hilsen
Mathias Riis""")

M("e", """Til Borgerservice

Jeg har fået et krav om tilbagebetaling af boligstøtte på 14.280 kr fordi min indkomst var højere i 2023 end forventet. Jeg har ikke pengene. Kan jeg afdrage med 500 om måneden?

Mvh
Nadia Hassan
Ishøj Strandvej 60, 3. th
tlf 52 80 13 71""")

M("", """Hej

Jeg har fået et girokort med FI-kreditornr. 85432109 og betalings-id 0103912345678. Hvad er det for en regning? Der står ingenting om hvad den dækker.

Mvh
Jonna""")

M("e", """Hej

jeg er på kontanten og min kæreste er flyttet ind hos mig. nu siger I at jeg mister min hjælp fordi han har job. men vi er ikke gift?? det kan ikke passe. hvad så med huslejen

hilsen Jessica
tlf 60 12 45 88""")

M("eh", """Til Ydelsesservice

Jeg er 62 år og har haft leddegigt i 20 år. Nu har min reumatolog skrevet, at jeg ikke kan fortsætte som rengøringsassistent. Jeg vil gerne søge om seniorpension. Hvordan gør jeg, og skal I bruge mine journaler fra Glostrup?

Med venlig hilsen
Gurli Thomsen
Strandgårdsparken 63
CPR-nr.: [[2702621530]]""")

M("", """Hej

Jeg har ventet 25 minutter i kø i Borgerservice og der var kun én skranke åben. Det er ikke godt nok. Hvorfor har I skåret ned på åbningstiden om torsdagen?

Mvh Bo""")

M("t", """Hej jobcenter

jeg hedder Tesfay og jeg er fra Eritrea, har været i Danmark 3 år. Jeg vil gerne tage kørekort til lastbil men min sagsbehandler siger at jeg skal først have dansk prøve 3. Jeg har kørt lastbil 10 år i mit land. Hvorfor kan jeg ikke starte nu

Tak
Tesfay Gebremedhin
mit cpr er [[010187-4019]]""")

M("eu", """Hej

Jeg er arbejdsløs og får dagpenge fra Krifas a-kasse. Jeg er blevet henvist til et 6 ugers forløb om "jobsøgning" som jeg allerede har været på to gange. Det giver ikke mening. Kan jeg få noget andet, fx et kursus i truckkørsel?

Mvh
Lasse Mikkelsen""")

M("", """Kære Jobcenter

Vi er en lille virksomhed i Ishøj Erhvervsområde (CVR 38 41 52 09) og vil gerne tage en løntilskudsmedarbejder som lagerhjælper. Hvordan søger vi?

Venlig hilsen
Tømrerfirmaet K. Hammer ApS
Karsten Hammer""")

M("e", """Hej

Jeg har gæld til det offentlige på ca. 180.000 kr, mest gamle bøder og restskat. Gældsstyrelsen trækker nu i min løn. Min rådgiver i Ishøj Kommunes gældsrådgivning har sagt at jeg måske kan søge gældssanering. Kan jeg få en ny tid? Den sidste blev aflyst.

Mvh
Morten Bjerg""")

M("", """Hej

Jeg ønsker at få mit gamle pas fornyet. Skal jeg bestille tid i Borgerservice eller kan jeg bare møde op? Mit nuværende pas nr. 208451739 udløber 09.06.2026.

Mvh Susanne Kirk
cpr [[2103670884]]""")

M("hu", """Til Jobcenter Ishøj

Jeg har en arbejdsskade fra 2023 (faldt ned fra et stillads og brækkede ryggen) og er anerkendt i AES. Blik- og Rørarbejderforbundet hjælper mig med erstatningssagen. Nu vil jobcentret have mig i virksomhedspraktik, men jeg har stadig smerter hver dag og tager morfinpræparater. Jeg vil have min fagforening med til næste møde.

Med venlig hilsen
Allan Vestergaard
tlf. 28 90 45 12""")

M("", """Hej

Er det muligt at få en ny NemID/MitID-kodeviser i Borgerservice? Min er blevet væk. Jeg er 82 og bruger ikke app.

Venlig hilsen
Kaj Lindberg""")

M("e", """Kære borgerrådgiver

Jeg har været i ressourceforløb i 3 år og har haft 5 forskellige sagsbehandlere. Hver gang skal jeg starte forfra og fortælle hele min historie. Jeg kan ikke mere. Jeg ønsker at klage over forløbet.

Mit sagsnr. er 2024-118734.

Hilsen Dennis Winther""")

M("t", """Til borgmesteren

Jeg er dansker med pakistanske forældre, født og opvokset i Ishøj. I sidste uge blev jeg i Borgerservice spurgt af en medarbejder om jeg "forstod dansk", da jeg bad om hjælp til en blanket. Jeg har en kandidatgrad fra DTU. Jeg synes ikke det er i orden.

Med venlig hilsen
Usman Chaudhry""")

M("", """Hej

Hvorfor bruger kommunen stadig tolke over telefonen til borgere, der ikke taler dansk? Jeg synes man burde kræve at folk lærer sproget. Min skattekrone skal ikke gå til det.

Mvh
Bjarne""")

M("e", """Hej

Min eks og jeg er blevet skilt i januar. Vi har to børn og hun har fået bopælen. Jeg betaler børnebidrag gennem Udbetaling Danmark. Men nu er mine timer skåret ned og jeg kan ikke betale det fulde beløb. Kan kommunen hjælpe mig?

Mvh
Nikolaj Brun""")

M("u", """Hej

Jeg er HK-medlem og arbejder i en butik i Bycentret. Kan I oplyse om der er fleksible parkeringsmuligheder for ansatte ved Bycentret? Vi har sagt det på et møde i HK Handel, og jeg har lovet at spørge jer.

Venlig hilsen
Camilla Østergaard""")

M("", """Hej

Jeg har en regning fra Ishøj Kommune på 620 kr for leje af trailer på genbrugspladsen. Kundenr. 2705881934. Jeg har allerede betalt den via MobilePay, men får stadig rykkere. Kan I tjekke?

Mvh Poul Andersen""")

M("eh", """hej

jeg er 23 og har en hashmisbrug som jeg gerne vil ud af. jeg er på uddannelseshjælp og jobcentret siger jeg skal starte på en uddannelse til august men jeg kan ikke før jeg er clean. kan jeg få behandling i ishøj eller skal jeg til københavn?

hilsen Mikkel
[[1301024715]]""")

M("", """Hej

Jeg har fået en besked i e-Boks om at min adresse skal ændres i folkeregistret, men jeg har ikke flyttet. Vedr. jeres sagsnr. 2025-04-0311-1207. Hvad sker der?

Mvh
Henrik Søndergaard""")

M("ut", """Til Erhvervsservice

Jeg er selvstændig frisør i Ishøj Centret og er oprindelig fra Irak. Jeg har været medlem af Det Faglige Hus siden jeg startede. Jeg vil gerne vide om der findes kurser i dansk forretningsskrivning for iværksættere med anden etnisk baggrund?

Mvh
Ahmed Al-Saadi""")

M("", """Hej

Er der noget om at man kan få udbetalt ældrecheck automatisk, eller skal man søge om det? Min mor har spurgt mig, men hun vil ikke have at jeg blander mig i hendes økonomi.

Mvh Kirsten""")

M("e", """Kære Ishøj Kommune

Jeg er blevet sat ud af min lejlighed i fredags og sover nu på sofaen hos en ven i Hundige. Fogeden var der kl 8. Jeg har ingen steder at tage hen efter weekenden. Hvad gør jeg? Jeg har været skrevet op til en akutbolig i 2 mdr.

Kristian
[[090385 1841]]
tlf 30 47 12 95""")

M("", """Hej

Hvordan klager man over en afgørelse om boligstøtte? Skal det gå til Ankestyrelsen eller til kommunen først? Spørger generelt, jeg hjælper i en lektiecafé hvor folk tit spørger.

Tak""")

M("hu", """Kære Anne Sofie Lund (formand for Beskæftigelsesudvalget)

Jeg er elektriker, medlem af Dansk El-Forbund, og har siden min kræftbehandling (lymfekræft, færdigbehandlet i december) været i gang med en gradvis tilbagevenden. Jobcentret har været fantastisk. Jeg vil bare sige tak og at min sagsbehandler Lene har gjort en forskel.

Med venlig hilsen
Søren Bagger""")

M("", """Hej

Hvornår udbetales kontanthjælp i december, før eller efter jul? Jeg er frivillig i Kirkens Korshær og vi får mange spørgsmål fra folk om det.

Venlig hilsen
Agnete""")

M("eh", """Hej

Jeg har modtaget en opkrævning på 3.940 kr for for meget udbetalt sygedagpenge i februar. Jeg var tilbage på arbejde 17. februar og har selv givet besked, så jeg mener ikke det er min fejl. Kan I se på det?

Mvh
Lise Kragh
cpr-nr. [[180571-2283]]""")

M("", """Hej

Jeg skal have ny sygesikringsbevis. Mit er vasket med tøjet. Kan jeg bestille det online?

Mvh Leo""")

M("ub", """Hej Anne Sofie

Jeg skriver til dig som partifælle i Socialdemokratiet og som fællestillidsrepræsentant for 3F på Ishøj Havn. Vi har et problem med, at kommunen bruger vikarbureauer der ikke har overenskomst. Det må vi kunne gøre noget ved i byrådet.

Kammeratlig hilsen
Bent Sørensen""")

M("", """Hej Anne Sofie Lund (S)

Jeg læste i avisen at du vil have flere virksomhedspraktikker i Ishøj. Hvordan sikrer I at det ikke bliver gratis arbejdskraft? Det synes jeg er vigtigt.

Mvh
Rikke Thomsen""")

M("eh", """Hej,

Mit navn er Ole Friis. Jeg er tidligere selvstændig håndværker og har haft to diskusprolapser og er opereret i lænden. Jeg søgte om fleksjob for et år siden og har fået afslag, men jeg har ingen indtægt nu, min kone forsørger os. Jeg er ved at gå til.

Jeg vil gerne have et møde med en leder i jobcentret.

Ole Friis
Tranegilde Strandvej 31
2635 Ishøj""")

M("", """Hej

Jeg vil gerne betale min ejendomsskat for hele året på én gang i stedet for rater. Ejendomsnr. 183-012345. Hvordan gør jeg?

Mvh Per Kjeldsen""")

M("e", """Hej

Jeg søger om hjælp til tandbehandling. Jeg er på kontanthjælp og har et tilbud fra tandlægen på 11.400 kr. Jeg kan simpelthen ikke betale det selv.

Med venlig hilsen
Louise Madsen
CPR [[100590\u00a00411]]""")

M("t", """Hej

Min svigerfar er kommet fra Ukraine efter krigen og bor hos os. Han har ukrainsk pas, men han er russisk-talende fra Kharkiv, og han føler sig ikke velkommen på sprogskolen fordi de andre kalder ham "russer". Kan han komme på et andet hold?

Mvh
Andrij Melnyk""")

M("", """Hej

Hvor mange ukrainere har Ishøj modtaget siden 2022, og hvor mange er i arbejde nu? Jeg synes det ville være en god historie til lokalavisen.

Venlig hilsen
Journalist, Ishøj Lokalavis""")

M("", """Hej

Min søster har spurgt om dagpengesatsen er den samme for alle eller om den afhænger af alder? Jeg har ikke kunnet finde det på borger.dk.

Mvh""")

M("u", """Hej

Jeg er netop valgt som tillidsrepræsentant for HK'erne i Borgerservice og vil gerne have et kort møde med centerchefen om nye arbejdstider. Hvem booker kalenderen?

Venlig hilsen
Pernille Thorup
Borgerservice, Ishøj Rådhus""")

M("eb", """Kære borgmester

Jeg er 41 år og på kontanthjælp. Jeg har været medlem af Enhedslisten i mange år og har altid stemt på jer, men nu begynder jeg at tvivle. Det nye krav om 37 timers arbejdspligt for os på kontanthjælp er umenneskeligt. Jeg har to børn og ingen bil.

Mvh
Tanja Worsøe""")

M("", """Hej

Er det rigtigt at kommunen har indført 37-timers arbejdspligt for kontanthjælpsmodtagere? Jeg synes det er en god idé, og jeg håber I holder fast.

Mvh
Bjørn Hald""")

M("e", """Hej

Jeg er 19 og har lige fået job i Netto. Skal jeg selv give besked til jer om at jeg har fået arbejde, eller gør Netto det? Jeg har fået uddannelseshjælp siden september.

Mikkel""")

M("", """Hej

Jeg har fået en faktura nr. 3006781122 for et kursus i jobcentret som jeg aldrig har tilmeldt mig. Det må være en fejl? Jeg har ringet på 43 57 75 00 men ingen svarer.

Mvh
Anja""")

M("et", """Hej Borgerrådgiver

Jeg er palæstinensisk flygtning og har boet i Danmark siden 1990'erne. Jeg har været ledig i 2 år og får nu selvforsørgelses- og hjemrejseydelse. Jeg forstår ikke hvorfor jeg ikke får kontanthjælp som andre. Kan du hjælpe mig med at forstå mine papirer?

Venlig hilsen
Mahmoud Khalil
Vejleåparken 3, 5. tv""")
