"""corpus51 part F: union membership and TR roles, often with sick leave and care work."""
from common import M

M("uh", """Kære borgmester

Jeg er social- og sundhedsassistent på Plejecenter Ishøjhus og FOA-tillidsrepræsentant. Jeg skriver privat. Jeg har fået en arbejdsskade i ryggen efter at have løftet en beboer uden lift, og jeg er nu sygemeldt på tredje uge. Liften har været i stykker i to måneder.

Mvh Dorthe Munk""")

M("u", """hej. er i 3F og vil gerne vide om kommunen har en aftale med 3F om seniorordning for chauffører i flextrafik? min leder siger nej. /Jan""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter den 12. marts? Vi vil gerne have en stand.

Mvh arrangørgruppen""")

M("ue", """Til hovedpostkassen

Jeg er blevet fyret fra mit job som pædagog og er medlem af BUPL's a-kasse. Jobcentret har indkaldt mig til samtale, men BUPL siger at jeg først skal melde mig ledig hos dem. Hvem skal jeg følge?

Mvh Rikke Friis""")

M("", """Kære byrådsmedlem

Jeg skriver som faglig sekretær i FOA Vestegnen. Vores medlemmer i hjemmeplejen oplever et markant øget arbejdspres efter omlægningen af ruterne. Vi vil gerne mødes med udvalget.

Med venlig hilsen
Ulla Brandt, faglig sekretær, FOA""")

M("uh", """Hej

Jeg er sygeplejerske i hjemmesygeplejen og medlem af DSR. Jeg er gravid i 5. måned og har fået at vide af min leder at jeg stadig skal tage nattevagter alene. Er det lovligt? Min TR er på ferie.

Mvh Stine""")

M("u", """Kære Kim

Tak for i går. Du spurgte om jeg var organiseret: ja, jeg har været i HK siden 1998 og sidder i klubbestyrelsen på rådhuset. Lad os tage en kaffe om budgettet.

Hilsen Pia""")

M("", """Hej

Er man tvunget til at være medlem af en a-kasse, når man er i lære? Jeg er ikke medlem af nogen a-kasse og er smedelærling på andet år.

Mvh Rasmus""")

M("ue", """Til borgerrådgiveren

Jeg er medlem af Krifa og er blevet opsagt fra mit job som buschauffør. Jeg har fået dagpenge i 4 uger, men nu siger jobcentret at jeg skal i virksomhedspraktik i Køge, og jeg har ingen bil.

Mvh Lars Hedegaard""")

M("ueh", """Hej Hovedpostkassen

Jeg har været medlem af Dansk Metal i 30 år og er nu på efterløn. Jeg har fået konstateret asbestose efter mit arbejde på værftet. Metal hjælper mig med arbejdsskadesagen, men jeg har brug for hjemmehjælp nu, og jeg ved ikke hvor jeg skal søge.

Mvh Finn""")

M("ue", """hej, jeg er medlem af Det Faglige Hus og er lige blevet ledig. skal jeg melde mig på jobnet eller hos jer først? /Kristina""")

M("u", """Til direktionsassistenten

Som tillidsrepræsentant for pædagogerne i Børnehuset Solsikken (BUPL) vil jeg gerne bede om et møde med direktøren om normeringerne. Vi er bekymrede for børnenes trivsel.

Venlig hilsen
Mette Frost""")

M("", """Hej

Er ASE en a-kasse der hører til en fagforening? Jeg skal vælge a-kasse når jeg er færdig med studiet til sommer, og jeg har kun hørt om ASE. Tak.

Vh Emilie""")

M("uh", """Kære formand for Social- og Sundhedsudvalget

Jeg har været i FOA i 25 år og arbejdet i hjemmeplejen. Jeg har slidgigt i begge knæ og lægen siger jeg ikke kan fortsætte. Jeg vil gerne høre om kommunen har et seniorjob jeg kan søge.

Venlig hilsen
Birthe Lund""")

M("ue", """Hi,

I am a member of IDA and I have just lost my job at a pharma company in Ballerup. I live in Ishøj. The jobcenter has called me to a meeting on Monday, but I don't speak Danish well yet. Can I have the meeting in English?

Regards,
Rahul""")

M("u", """Hej Jens

Jeg sidder i bestyrelsen i DLF's kreds 23 og er lærer på Ishøj Skole. Vi vil gerne have at du kommer til vores generalforsamling og fortæller om skolebudgettet.

Mvh Henrik""")

M("uhe", """hej har været med i 3F i 12 år og er blevet sygemeldt efter en ulykke med en gaffeltruck. 3F siger at kommunen skal sende mig en opfølgningsplan. jeg har ikke fået noget. / Morten J.""")

M("", """Til Center for Borger, Økonomi og IT

Vores fagforening ønsker at booke et lokale på rådhuset til et medlemsmøde for kommunens ansatte. Hvem kan hjælpe?

Mvh HK Kommunal, Hovedstaden""")

M("u", """Kære Merete

Jeg er Djøf-medlem og jurist i en privat virksomhed, og jeg bor i Ishøj. Jeg vil gerne tilbyde at være frivillig juridisk rådgiver for borgere i Ishøj. Kan det lade sig gøre?

Venlig hilsen
Mathilde""")

M("ue", """Til borgerrådgiveren

Jeg er social- og sundhedshjælper, medlem af FOA, og var ansat på et privat plejecenter. Jeg blev fyret efter at jeg klagede over for få på vagt. Nu er jeg på dagpenge og jobcentret vil sende mig i praktik hos samme firma.

Mvh Susanne""")

M("ub", """Hej Pia

Jeg er medlem af SF og af Socialpædagogerne. Jeg vil gerne høre om du vil tage med på en rundvisning på bostedet, hvor jeg arbejder, så du kan se hvordan besparelserne rammer.

Mvh Lene""")

M("uh", """Hej,

Jeg er TR for lagerarbejderne hos et firma i Ishøj Erhvervspark. Jeg skriver fordi jeg selv har fået konstateret diabetes og skal have insulin på arbejdet. Min leder siger at jeg skal gøre det på toilettet. Har kommunen nogen regler om det?

Mvh Kasper""")

M("u", """Til Ishøj Kommune

Min far var medlem af Dansk Smedeforbund i hele sit liv. Han er lige død, og forbundet har sendt en buket. Kan kommunen oplyse om han har ret til begravelseshjælp?

Mvh Søren""")

M("ue", """hej jeg er elektriker og medlem af Dansk El-Forbund. jeg er blevet ledig og jobcentret har sendt mig på et kursus i CV-skrivning. jeg har skrevet CV i 20 år. er det ikke spild? /Bo""")

M("", """Hej

Jeg er ansat i Serviceforbundet som konsulent og vil gerne have en kopi af kommunens rengøringsudbud. Hvor finder jeg det?

Mvh Allan Berg, konsulent, Serviceforbundet""")

M("uh", """Til borgmesteren

Jeg er ergoterapeut i kommunens hjælpemiddelafdeling og medlem af Ergoterapeutforeningen. Jeg har været udsat for vold fra en borger og har fået PTSD. Jeg har været sygemeldt i 3 måneder og føler ikke at ledelsen tager det alvorligt.

Med venlig hilsen
Charlotte""")

M("u", """Hej

Vi er nogle medarbejdere fra forskellige forbund på genbrugspladsen, og vi vil gerne klage over at kommunen ikke har lavet en ordentlig arbejdspladsvurdering.

Mvh medarbejderne""")

M("ue", """Til hovedpostkassen

Jeg har været medlem af HK's a-kasse i 20 år og er nu blevet fyret fra min stilling i Borgerservice i Albertslund. Jeg vil gerne søge stillingen i Ishøjs borgerservice, men jobcentret siger jeg skal til samtale først.

Venlig hilsen
Annette""")

M("u", """Kære udvalgsformand

Jeg er medlem af Danske Fysioterapeuter og arbejder på en privat klinik. Jeg vil gerne tilbyde kommunen et samarbejde om holdtræning for ældre. Hvem kan jeg tale med?

Mvh Mads Kirk""")

M("uh", """Hej,

jeg er i Lederne og er leder i et privat rengøringsfirma. jeg har selv haft en blodprop i hjertet i foråret og er nu på nedsat tid. kan kommunen give tilskud til en arbejdsplads-tilpasning? /Jesper""")

M("", """Til Center for Beskæftigelse og Erhverv

Hvad er kommunens holdning til den nye overenskomst for social- og sundhedsområdet? Mange ansatte er utilfredse med lønnen.

Mvh en bekymret borger""")

M("u", """hej Ahmed. min mor Nadia er stadig TR i FOA på plejecentret og hun har bedt mig sende dig denne mail: kan du komme til personalemødet den 7.? /Sami""")

M("ueh", """Kære borgerrådgiver

Jeg har været på sygedagpenge i 5 måneder efter en ulykke, og jeg er medlem af 3F. Nu har kommunen sendt mig en afgørelse om at sygedagpengene stopper, fordi jeg ikke er mødt til en samtale, men jeg var indlagt den dag.

Mvh Henrik""")

M("u", """Til byrådsmedlem

Jeg var i NNF (Fødevareforbundet) i 15 år, men meldte mig ud sidste år. Nu er jeg på gulvet i et slagteri uden overenskomst. Er det kommunens sag at kontrollere det?

Mvh Jonas""")

M("uh", """Hej,

Jeg er medlem af FOA og har arbejdet som dagplejer i Ishøj i 18 år. Jeg har fået konstateret kræft i livmoderen og er sygemeldt. Kommunen siger at de skal lukke min dagpleje, fordi de ikke kan have børnene i gæstedagpleje så længe. Jeg er ked af det.

Mvh Grethe""")

M("u", """Til borgmesteren

Jeg er tidligere formand for Dansk Metal i Ishøj og stadig medlem. Vi har et ønske om at mindes de lokale metalarbejdere med en mindeplade ved havnen. Vil kommunen støtte det?

Mvh Keld Jensen""")

M("ut", """Kære Merete,

Jeg er tyrkisk og arbejder som slagter. Jeg er i 3F. Jeg føler mig diskrimineret af min arbejdsgiver, som kun giver mig natarbejde. Kan kommunen hjælpe mig? Min TR tør ikke.

Mvh Mehmet""")

M("ue", """Til Center for Beskæftigelse og Erhverv

Jeg har været medlem af Krifa i 4 år og er på dagpenge. Jeg er blevet tilbudt løntilskud i Ishøj Kommunes køkken, men lønnen er for lav til at betale huslejen. Hvad gør jeg?

Mvh Nadja""")

M("u", """hey er i BUPL og arbejder i en børnehave i Vallensbæk men bor i Ishøj. vil gerne høre om kommunen har brug for vikarer? /Emma""")

M("uh", """Hej

Jeg er lærer og medlem af DLF. Jeg har fået tinnitus og høretab efter mange år i en støjende klasse. Jeg har søgt om at få anerkendt det som arbejdsskade. Kan kommunen som arbejdsgiver hjælpe med dokumentation?

Mvh Helle Nørgaard""")

M("", """Kære borgmester,

Jeg ser at kommunen har skåret ned på antallet af tillidsrepræsentanter i hjemmeplejen. Det synes jeg er en dårlig idé for trivslen.

Mvh en pårørende""")

M("u", """Hej Hovedpostkassen

Jeg er nyvalgt TR for SOSU-eleverne og vil gerne have en liste over alle nye elever, så jeg kan byde dem velkommen. Kan I sende den?

Mvh Amira, SOSU-elev og TR""")
