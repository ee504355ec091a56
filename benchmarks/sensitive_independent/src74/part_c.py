"""Part C: NGOs' counsellors, interpreters, volunteers writing for a citizen; NGO newsletters."""
from common import M

M("eh", """
Til Center for Børn og Forebyggelse

Jeg er rådgiver i Mødrehjælpen og skriver efter aftale med Jasmin Kirk, som er gravid i 7. måned og har en søn på 3 år. Jasmin er flyttet fra sin kæreste efter vold og bor midlertidigt på krisecentret i Albertslund. Hun ønsker at blive i Ishøj og beder om hjælp til at finde en bolig og til at få sønnen i institution tæt på. Hun har ingen indtægt lige nu.

Jasmin kan kontaktes på 22 18 47 03, men skriv gerne gennem mig.

Med venlig hilsen
Ditte Hove
Familierådgiver, Mødrehjælpen
""")

M("", """
Nyhedsbrev fra Mødrehjælpen, november

Kære samarbejdspartner

I 2025 fik over 20.000 familier hjælp gennem vores rådgivning, og antallet af henvendelser om økonomi er steget med 14 %. Julehjælpen åbner 1. november, og vi opfordrer kommunerne til at gøre socialrådgivere opmærksomme på ansøgningsfristen. Husk også vores gratis kursus "Ung mor i egen bolig" i Høje-Taastrup.

Med venlig hilsen
Mødrehjælpen, Region Hovedstaden
""")

M("e", """
Kære borgerrådgiver

Red Barnets Ungeindsats har kontakt med en dreng på 14 år i Ishøj, som har bedt os skrive. Han bor hos sin mor, men har siden sommer tilbragt mange nætter hos venner, fordi der er fester og druk i hjemmet. Han vil gerne have en kontaktperson men tør ikke selv ringe. Hvem i kommunen kan vi henvise til? Han hedder Victor og går i 8. klasse på Gildbroskolen.

Med venlig hilsen
Rikke Kjær, Red Barnet
""")

M("teb", """
Kære byrådsmedlem

Jeg er frivillig i Venligboerne Ishøj og hjælper en familie fra Syrien, som kom som kvoteflygtninge i 2024. Moren, Rasha, går med tørklæde og er blevet bedt om at tage det af på sit praktiksted i et supermarked, som jobcentret har fundet. Hun vil gerne arbejde, men ikke uden tørklæde. Kan I hjælpe hende med at finde et andet sted?

Venlig hilsen
Birthe Ellegaard
""")

M("", """
Fra: LGBT+ Danmark, Vestegnen
Emne: Invitation til regnbuemøde

Kære byrådsmedlemmer

Vi inviterer til dialogmøde om inklusion i Vestegnens kommuner den 30. januar på Ishøj Rådhus. Vi vil drøfte regnbuekrydsning, kønsneutrale toiletter og en fælles handleplan. Alle partier er velkomne.

Med venlig hilsen
Bestyrelsen
""")

M("s", """
Hej

Jeg er rådgiver hos LGBT+ Ungdom og taler med en ung fyr fra Ishøj, Mads (17), som er blevet mobbet på Ishøj Ungdomsskole efter han fortalte at han er biseksuel. Han har bedt mig spørge hvem på ungdomsskolen han kan tale med fortroligt. Kan I sende mig et navn?

Vh Liv
""")

M("", """
Kære Ishøj Kommune

Kirkens Korshær Vestegnen har fået lov at bruge kælderen på Vejleåvej til vores varmestue fra 1. december. Tak for det! Vi mangler dog nøgler til bagdøren. Hvem udleverer dem?

Med venlig hilsen
Poul, frivillig koordinator
""")

M("te", """
To whom it may concern

I volunteer with Refugees Welcome and I am writing for Yonas Haile, who came to Denmark as a refugee from Eritrea and lives in Ishøj. His family reunification case requires a statement that his apartment is big enough for his wife and two children. He does not have a job yet and receives integrationsydelse. Can the municipality provide the statement, and in English if possible?

Kind regards
Sarah Whitfield
""")

M("ht", """
Til Sundhedsplejen

Jeg tolker på tigrinya for familien Gebremariam og skriver efter deres ønske. Ved sundhedsplejerskens besøg i tirsdags kunne moderen, Senait, ikke forklare at babyen har kastet op efter hvert måltid i en uge, fordi der ikke var bestilt tolk. Senait taler kun tigrinya. Kan sundhedsplejersken komme igen med tolk hurtigst muligt?

Venlig hilsen
Meron Tekle, tolk
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Som tolkebureau vil vi gerne gøre opmærksom på vores nye takster for telefontolkning: 295 kr. pr. påbegyndt halve time, fremmødetolkning 640 kr. Vi dækker over 60 sprog. Kundenummer for Ishøj Kommune: 5103861144.

Med venlig hilsen
TolkDanmark ApS
""")

M("eht", """
Til Ydelsescentret

Jeg er frivillig rådgiver i Dansk Flygtningehjælps netværk. Khadija Mohamed, [[150352-2198]], har bedt mig skrive. Hun kom fra Somalia i 1994 og får folkepension, men kun brøkpension. Hun har fået konstateret nyresvigt og skal i dialyse tre gange om ugen på Herlev. Hun har søgt om personligt tillæg til taxa og har ikke fået svar i 10 uger.

Med venlig hilsen
Jens-Ole Bang
""")

M("", """
Kære borgerrådgiver

Hvilke NGO'er i Ishøj tilbyder gratis økonomisk rådgivning? Jeg er ansat i Ishøj Bibliotek og vil gerne lave en folder til vores lånere.

Mvh Pia Sønderby
""")

M("be", """
Til Center for Voksne og Velfærd

Jeg er besøgsven fra Ældre Sagen og kommer hos Aage Søndergaard, som er 94 og bor på Gildbrohøj. Aage er overbevist ateist og har gjort det meget klart, at han ikke vil have præsten med til julefrokosten på afdelingen. Personalet sagde, at det var "tradition". Kan man respektere hans ønske?

Mvh
Lisa Aagaard
""")

M("e", """
Hej Dorthe

Jeg er gældsrådgiver i Kirkens Korshærs Gældsrådgivning. En borger fra Ishøj, der har bedt om anonymitet, har et offentligt krav på 186.000 kr. fra en tidligere boligstøttesag og er nu i lønindeholdelse på 22 %. Er kommunen med i en ordning om gældssanering for sådanne borgere?

Med venlig hilsen
Asger Bonde
""")

M("", """
Kære politikere i Ishøj

Red Barnet offentliggør i dag sin rapport om børnefattigdom på Vestegnen: 11,4 % af børn i Ishøj vokser op i familier med lav indkomst. Vi opfordrer kommunen til at indføre gratis fritidsaktiviteter for alle børn. Rapporten kan hentes på redbarnet.dk.

Med venlig hilsen
Red Barnet, Politisk afdeling
""")

M("tes", """
Til Ishøj Kommune

Jeg er rådgiver i LGBT Asylum og skriver efter aftale med Ahmad (ønsker ikke efternavn nævnt). Ahmad er homoseksuel og flygtede fra Iran for tre år siden. Han er nu boligplaceret i Ishøj i et værelse delt med to andre iranske mænd, som har fundet ud af det og truer ham. Han beder om akut hjælp til at flytte.

Med venlig hilsen
Ninna Falck
""")

M("", """
Til Kulturhuset

Dansk Flygtningehjælp Ungdom vil gerne låne salen til en fællesspisning for frivillige den 6. marts. Vi er ca. 40 personer. Hvad koster det?

Vh Mira
""")

M("hte", """
Kære Mette (Social- og Sundhedsudvalget)

Jeg er frivillig i Røde Kors' Sundhedsklinik og ser ofte en pakistansk kvinde fra Ishøj, Rubina, der ikke kan komme til lægen fordi hun ikke har råd til tandbehandlingen og medicinen efter sin diabetesdiagnose. Hun har søgt om helbredstillæg men fået afslag. Vi undrer os, for hun er førtidspensionist.

Mvh
Karsten Meyer
""")

M("", """
Hej

Jeg er fra foreningen Sind Vestegnen. Vi holder foredrag om psykisk sundhed på arbejdspladsen den 4. februar. Må vi hænge plakater op på rådhuset?

Tak
Gunver
""")

M("b", """
Til Kultur- og Fritidsudvalget

Jeg skriver som formand for Humanistisk Samfund i Ishøj. Vi er en flok ateister og humanister, og vi vil gerne holde en nonfirmationsfest for vores børn i Kulturhuset i maj. Jeg er selv konfirmeret, men min datter skal nonfirmeres. Kan vi leje salen til foreningspris?

Venlig hilsen
Torben Ravn
""")

M("he", """
Kære borgerrådgiver

Som frivillig bisidder i Bedre Psykiatri har jeg været med Kasper Ulrik til et møde på jobcentret i fredags. Kasper har skizofreni. Sagsbehandleren talte hen over hovedet på ham og sagde at han "bare skulle tage sig sammen". Kasper vil gerne klage over hendes adfærd.

Venlig hilsen
Rita Solberg
""")

M("", """
Kontaktformular

Navn: Anne-Mette Bjørn (Mødrehjælpen)
Emne: Samarbejde
Telefon: 33 45 86 86
Besked: Vi vil gerne præsentere vores nye tilbud "Familieliv efter skilsmisse" for jeres familierådgivere. Hvem skal vi kontakte?
""")

M("t", """
Hej Ishøj

Jeg er tolk for en ukrainsk familie, der bor på Ishøj Strandvej. Familien vil gerne takke for den hjælp, de fik af kommunens medarbejdere, da de kom i 2022, og vil invitere borgmesteren til borsjtj-aften. Bedstemoren, Olena, taler kun ukrainsk og russisk, så jeg oversætter gerne.

Med venlig hilsen
Iryna Savchuk
""")

M("eb", """
Til Center for Beskæftigelse og Erhverv

Jeg er socialrådgiver i KFUM's Sociale Arbejde. En af vores brugere, Henrik Dahl, [[1706773011]], er på kontanthjælp og går i vores kirkelige netværk hver onsdag; han er blevet aktiv kristen. Han har fået en jobplan med praktik på et slagteri om onsdagen. Han beder om at den flyttes til en anden dag. Jeg har fuldmagt.

Venlig hilsen
Signe Holst
""")

M("", """
Nyhedsbrev – Dansk Flygtningehjælp, Frivillignetværk Vestegnen

Kære alle
- Lektiecaféen i Ishøj holder juleferie 20.12–5.1.
- Vi søger nye frivillige til vores sprogcafé om torsdagen.
- Statistik: I 2025 fik Ishøj 41 nye flygtninge, heraf 19 børn.
Tak for jeres store indsats!
""")

M("hs", """
Kære Ishøj Kommune

Jeg er kvinde og gift med en kvinde, Pia, som er blevet dement som 58-årig. Jeg skriver, fordi Alzheimerforeningen har sagt at jeg skulle sende en mail og spørge om jeres pårørendekursus også er for yngre pårørende. Jeg har ikke lyst til at sidde i en gruppe med kun mænd på 80.

Mvh Bitten Lauritzen
""")

M("e", """
Hej

Jeg er koordinator i Hjem til Alle og skriver for en ung kvinde på 20, Aya, der har boet på gaden i Ishøj siden hun blev smidt ud hjemmefra i august. Hun har søgt om hjælp hos kommunen men fået at vide at hun skulle søge i sin tidligere kommune. Hvem har ansvaret?

Med venlig hilsen
Josefine Berg
""")

M("", """
Hej byrådet

Vi fra Ishøj Røde Kors Genbrug har nu åbent i Ishøj Bycenter alle hverdage. Overskuddet går til Røde Kors' nødhjælp. Kom forbi!

Venlig hilsen
Butiksleder Jytte
""")

M("tb", """
Dear Mayor

I am the chair of the Tamil Cultural Association in Ishøj. My family and most of our members are Tamils from Sri Lanka. My mother, Mrs. Kamala Sivakumar, is Hindu and has celebrated Deepavali every year in our association room. This year the room was given to another group. Can we find another place?

With respect
Prakash Sivakumar
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg er frivillig i Alkohol & Samfund og hjælper en mand på 52, Bjarne Hald, der har været alkoholiker i mange år og nu har været tør i 4 måneder. Han bor i en skurvogn ved kolonihaverne og vil gerne have en rigtig bolig og hjælp til at komme i behandling igen. Han har bedt mig skrive, fordi han skammer sig.

Hilsen
Mogens Vang
""")

M("", """
Kære udvalg

Vi er en ny forening, "Ishøj for Alle", der arbejder for mere fællesskab på tværs af kulturer. Vi har 70 medlemmer og søger 12.000 kr. i aktivitetstilskud. Ansøgning vedhæftet. CVR 44718206.

Med venlig hilsen
Bestyrelsen
""")

M("ueh", """
Til jobcentret

Jeg er frivillig i Mødrehjælpens Ishøj-café og skriver for Helle Mikkelsen, som er alenemor med to børn, medlem af HK og på dagpenge efter hun blev opsagt. Hun har fået en indkaldelse til et møde på samme tidspunkt som hendes søns kontrol på Rigshospitalet for hans hjertefejl. Kan mødet flyttes?

Mvh Pernille Dam
""")

M("", """
Til borgerrådgiveren

Vi er et par frivillige i Ishøj Boligsocial, der vil gerne høre om I kan holde et oplæg for vores frivillige om hvordan man klager til kommunen.

Mvh Jamal og Ulla
""")

M("t", """
Kære byrådsmedlem Ole

Jeg er tolk og hjælper nogle ældre pakistanske mænd, der mødes hver dag i parken ved Ishøj Bycenter. En af dem, Muhammad Aslam, der er fra Lahore og har boet her i 40 år, beder mig sige at bænkene er fjernet og at de ikke har noget sted at sidde. Han vil gerne mødes med dig.

Venlig hilsen
Naveed Ahmed
""")

M("", """
Hej

Hvilke sprog har kommunen tolke på til forældremøder på skolerne? Jeg er frivillig i en forening og får spørgsmålet tit.

Hilsen
Lars Bo Madsen
""")

M("eu", """
Til Ishøj Kommune

Jeg er vejleder i Det Faglige Hus og har et medlem, Gitte Holm, [[310165–1620]], der ikke har fået udbetalt sin efterløn for oktober. Kommunen har åbenbart registreret en fejl i hendes folkeregisteradresse. Kan I rette den?

Med venlig hilsen
Lasse Hvid
""")

M("", """
Kære Ishøj Kommune

Jeg er tolk og har fået to regninger for kørsel afvist. Fakturanr. 2311982044 og 2411982045. Kan I se på det?

Venlig hilsen
Saeed Noori
""")

M("h", """
Hej

Jeg er frivillig i Hjerteforeningen og går tur med en nabo på 80, Ejner, som har fået pacemaker i sommer. Han spørger om der igen kommer hjertestarter ved Ishøj Idrætscenter, for den er væk. Det ville gøre ham mere tryg.

Hilsen
Kirsten
""")

M("tse", """
Til Center for Børn og Forebyggelse

Jeg er rådgiver hos Sabaah, som er en organisation for LGBT+-personer med minoritetsbaggrund. Jeg skriver for en ung pige på 16, Zeynep, hvis familie er fra Tyrkiet. Hun er lesbisk og er blevet truet af sin far efter at han så beskeder fra hendes kæreste. Hun tør ikke bo hjemme og beder om et sted at være.

Med venlig hilsen
Amalie Berg
""")

M("", """
Kære hovedpostkasse

Vi er fra Foreningen Far, og vi holder et oplæg om fædres rettigheder ved skilsmisse i Ishøj Bibliotek den 20. februar. Kommunen må gerne dele invitationen.

Hilsen
Foreningen Far
""")

M("ht", """
Hej

Jeg er frivillig lektiehjælper i Strandgårdsparken. En af pigerne, Hiba, fortæller at hendes mor, som er fra Irak, har haft voldsomme smerter i maven i flere uger men ikke har været hos lægen, fordi hun ikke ved hvordan man bestiller tid. Kan nogen fra kommunen hjælpe familien?

Mvh Sanne
""")

M("e", """
Kære familierådgivning

Jeg er psykolog i Børns Vilkårs forældretelefon og har talt med en far fra Ishøj, Søren Vinther, der gerne vil have hjælp i samværssagen med sin eks. Familieretshuset har henvist ham til kommunen for børnesagkyndig rådgivning. Han har givet samtykke til denne mail.

Med venlig hilsen
Karin Ølholm
""")

M("b", """
Kære Kultur- og Fritidsudvalg

Jeg er imam i Ishøj Moské og skriver for at takke for den flotte iftar, kommunen var med til at arrangere i foråret. Vi vil gerne gentage det.

Med venlig hilsen
Imam Abdullah Karim
""")

M("", """
Til Ishøj Kommune

Vi er Exit Cirklen og holder gratis kurser om psykisk vold for fagpersoner. Næste hold starter 1. marts. Pris: 0 kr. Tilmelding på exitcirklen.dk.

Venlig hilsen
Exit Cirklen
""")
