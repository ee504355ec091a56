"""corpus75 part D: driving licences, medical certificates, Borgerservice, homes for sale."""
from common import M

M("h", """
Til Borgerservice

Mit kørekort er blevet tidsbegrænset til to år, fordi jeg har type 2-diabetes og er begyndt på insulin. Nu udløber det den 1. juni. Skal jeg have en ny lægeattest hver gang, og kan jeg sende den digitalt, eller skal jeg møde op?

Med venlig hilsen
Poul-Erik Svendsen
""")

M("h", """
Hej

Jeg fik et epileptisk anfald i januar, og min læge har sagt at jeg ikke må køre i et år. Jeg skal aflevere mit kørekort, har jeg fået at vide. Skal jeg komme ned til jer med det, eller skal det sendes til politiet? Og får jeg det bare tilbage bagefter?

Mvh
Amalie Kruse
""")

M("", """
Hej Borgerservice

Min far fylder 80 i maj, og hans kørekort udløber. Skal han have en lægeerklæring, før han kan forny det, og kan han bestille tid hos jer på telefonen? Han har ikke MitID.

Tak
Jesper Dyhr
""")

M("", """
Bekræftelse – din tid i Borgerservice

Vi har modtaget din booking:
Ydelse: Fornyelse af kørekort
Dato: Torsdag 12. marts kl. 10.20
Bookingnummer: 1203261020
Husk pasfoto og gammelt kørekort.

-- 
Videresendt af Inger Holt til byrådsmedlem Ali Sahin med teksten: "Hej Ali, er det virkelig rigtigt at man skal vente tre uger på en tid? Mvh Inger"
""")

M("", """
Ansøgning om kørekort (kategori B)

Navn: Malthe Juhl Kristensen
CPR-nr.: [[250808-4219]]
Adresse: Ishøj Parkvej 4, 2. tv
Køreskole: Vestegnens Køreskole

Helbredserklæring er vedlagt. Teoriprøve bestået 4. februar.
""")

M("h", """
Kære Borgerservice

Jeg er lige blevet opereret for grå stær på begge øjne og har fået at vide af øjenlægen at jeg må køre igen. Mit kørekort blev inddraget i efteråret, fordi synet var for dårligt. Hvad skal jeg gøre for at få det tilbage?

Venlig hilsen
Erna Bisgaard
""")

M("", """
hej jeg har mistet mit kørekort og pung i bussen. kan jeg få et nyt og hvad koster det? cpr [[130596–1813]] mvh Tobias
""")

M("hu", """
Til Jobcentret / Ishøj Kommune

Jeg er buschauffør og fik en blodprop i hjertet i december. Mit kørekort til bus er suspenderet i seks måneder. Jeg er medlem af 3F, og de siger at jeg skal spørge jer, om min arbejdsgiver kan få en § 56-aftale, så jeg kan vende tilbage gradvist på kontoret i mellemtiden.

Venlig hilsen
Svend Aage Munk
""")

M("he", """
Hej

Jeg fik frakendt kørekortet ubetinget for spritkørsel sidste år og har siden været i alkoholbehandling i Ishøj Kommunes rusmiddelcenter. For at få det igen skal jeg bruge en lægeerklæring om at jeg ikke drikker. Kan rusmiddelcentret skrive noget jeg kan bruge?

Mvh
Torben
""")

M("t", """
Hej

Jeg er fra Pakistan og har boet i Danmark i fire måneder. Jeg har et pakistansk kørekort i 12 år. Kan jeg ombytte det til et dansk, eller skal jeg tage køreprøve forfra? Jeg arbejder som kok og skal bruge bil.

Tak
Usman Rafiq
""")

M("t", """
Til Borgerservice

Jeg kom til Danmark som flygtning fra Syrien og har kørt lastbil i 15 år i Aleppo. Mit syriske kørekort kan ikke ombyttes, har I sagt. Er der en hurtigere vej til dansk kørekort for mig, så jeg kan få arbejde?

Med venlig hilsen
Ahmad Hamdan
""")

M("", """
Til Borgerservice

Vi er en køreskole i Ishøj med mange elever, der har kørekort fra andre lande. Har I en oversigt over, hvilke landes kørekort der kan ombyttes direkte, og hvilke der kræver prøve? Det vil hjælpe os meget i vejledningen.

Med venlig hilsen
Vestegnens Køreskole
""")

M("p", """
Til Center for Byudvikling og Natur

Jeg har drevet køreskole fra lokalerne på Industrivej 7 i 22 år og skal nu gå på pension. Jeg har en køber til ejendommen, en mekaniker, men han vil kun købe, hvis lokalplanen tillader værksted. Vi har lavet en betinget aftale. Kan I give et svar hurtigt, så handlen ikke glider?

Venlig hilsen
Hans Christian Berg
""")

M("u", """
Kære Borgerservice

Jeg er kørelærer og medlem af Det Faglige Hus. Jeg har tit elever, der skal have lavet billedet til kørekortet, og jeres fotoautomat har været i stykker i tre uger. Hvornår bliver den lavet? Eleverne bliver sendt til Glostrup.

Mvh
Henrik Aas
""")

M("e", """
Hej Jobcenter

I min plan står der at jeg skal tage kørekort for at kunne søge job som pedel. Men jeg er på kontanthjælp og kan ikke betale 16.000 kr. Kan jobcentret betale kørekortet, eller skal jeg søge om det et andet sted?

Venlig hilsen
Kasper Juul
""")

M("e", """
Hej

Jeg skylder 42.000 kr til Gældsstyrelsen for gamle bøder og skat, og de trækker i min løn. Nu siger de at jeg ikke kan få nyt kørekort før noget er betalt. Passer det? Kan kommunen hjælpe med en afdragsordning, jeg har svært ved at få det til at løbe rundt.

Mvh Jonas
""")

M("he", """
Til Center for Voksne og Velfærd

Jeg har muskelsvind og søger om støtte til en handicapbil med lift, så jeg kan blive ved med at køre til mit arbejde på Ishøj Rådhus. Jeg vedlægger udtalelse fra Rigshospitalets neuromuskulære klinik. Hvor lang er sagsbehandlingstiden?

Venlig hilsen
Peter Frost
""")

M("", """
Til Center for Voksne og Velfærd

Vi er et netværk af pårørende i Ishøj. Hvem udsteder handicapparkeringskort, og er det kommunen eller Danske Handicaporganisationer? Vi vil gerne lave en lille folder til nye medlemmer.

Venlig hilsen
Pårørendenetværket Vestegnen
""")

M("h", """
Til Vej og Park

Jeg har sclerose og har handicapparkeringskort. Der er kun én handicapplads ved Ishøj Bibliotek, og den er altid optaget af biler uden kort. Kan I lave en plads mere og sørge for kontrol?

Mvh
Birgitte Fog
""")

M("s", """
Hej Borgerservice

Min mand og jeg skal begge forny vores kørekort i marts. Kan vi booke to tider lige efter hinanden, så vi kan nøjes med én tur fra Torslunde? Vi hedder Kjeld og Mogens Pedersen-Lind.

Venlig hilsen
Kjeld
""")

M("b", """
Hej

Jeg bærer tørklæde af religiøse grunde og skal have taget billede til mit nye kørekort. Må jeg have tørklædet på, når ansigtet kan ses? Fotografen sagde nej, men jeg tror det er tilladt.

Venlig hilsen
Hiba Saleh
""")

M("b", """
Til Borgerservice

I am a Sikh and wear a turban at all times. I need a new Danish driving licence photo. Can I be photographed with my turban on? I would like to know before I come in on Monday.

Regards,
Manpreet Singh Gill
""")

M("", """
Hej

Jeg er fotograf i Ishøj Bycenter og tager pasbilleder. Jeg får mange spørgsmål om religiøse hovedbeklædninger på pas- og kørekortbilleder. Kan I sende mig de gældende regler, så jeg kan hænge dem op i butikken?

Med venlig hilsen
Foto Vest
""")

M("b", """
Til Borgerservice, navneændring

Jeg er konverteret til islam i efteråret og vil gerne ændre mit fornavn fra Mark til Ibrahim. Skal det søges hos jer eller i Familieretshuset, og hvad skal jeg gøre med mit kørekort og pas bagefter?

Venlig hilsen
Mark Sørensen
""")

M("s", """
Hej

Jeg blev gift med Camilla i lørdags på rådhuset og vil gerne tage hendes efternavn, Ravnsborg. Skal jeg søge om navneændring, eller sker det automatisk, og skal jeg så have nyt kørekort?

Kh Louise
""")

M("", """
Hej Borgerservice

Min mand og jeg blev gift i august, og jeg vil gerne tage hans efternavn, Mortensen. Skal jeg selv søge navneændring, og hvornår skal jeg bestille nyt pas og kørekort?

Mvh
Julie Mortensen (født Hansen)
""")

M("h", """
Hej Borgerservice

Jeg har booket køreprøve den 20. april, men jeg er gravid og har termin den 2. april. Kan jeg flytte prøven uden at betale gebyret igen? Jeg har vedhæftet terminsbrevet fra jordemoderen.

Mvh Sofie Dalsgaard
""")

M("p", """
Kære byrådsmedlem

Vi sælger vores hus i Torslunde og har en køber, men tinglysningen er stoppet fordi kommunen har en gammel deklaration om vejret over grunden. Køberens bank vil ikke udbetale før den er slettet. Kan du hjælpe os med at få fat i den rigtige person? Vi har allerede købt en lejlighed i Roskilde.

Hilsen Annette og Flemming Koch
""")

M("p", """
Til Ishøj Kommune

Jeg har fået tilbudt at købe et kolonihavehus i Haveforeningen Strandlyst for 185.000 kr. Foreningen skal godkende handlen på næste bestyrelsesmøde. Kommunen ejer jorden – skal I også godkende noget, eller er det kun foreningen?

Venlig hilsen
Vivi Storm
""")

M("pe", """
Hej

Vores hus på Ishøj Søvej skal på tvangsauktion den 18. marts. Vi er bagud med afdrag og ejendomsskat efter min mand blev arbejdsløs. En mægler har en køber der vil betale lidt mindre end gælden. Kan kommunen vente med sit krav, så vi kan nå at sælge frit?

Med venlig hilsen
Pia Lund
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi købte huset på Gildbrovej i 2023, og handlen er for længst på plads. Vi har alligevel fået en ejendomsskattebillet, hvor den tidligere ejer står som betaler. Kan I rette det? Ejendomsnummer 183-045672.

Med venlig hilsen
Rikke og Tom Bjerre
""")

M("", """
Hej

Hvornår sætter kommunen de næste byggegrunde i Ishøj Landsby til salg, og hvordan kommer man på interesselisten? Vi følger med på hjemmesiden, men der står ikke noget om datoen.

Mvh
Mathias
""")

M("", """
Til Borgerservice – pasbestilling

Vi vil gerne bestille tid til pas for os begge:

Tina Rask, [[0703824562]]
Morten Rask, [[1910790617]]

Gerne samme tid, en tirsdag eller onsdag eftermiddag.

Venlig hilsen
Tina Rask
""")

M("he", """
Til Jobcentret

Jeg har fået brev om, at mine sygedagpenge er standset, fordi lægeerklæringen kom for sent. Lægen sendte den den 3. marts, men I fik den først den 11. Jeg er stadig sygemeldt efter min rygoperation. Jeg har ikke fået løn siden.

Med venlig hilsen
Anette Vinge
CPR [[150472\u00a02836]]
""")

M("", """
Hej Ishøj Forsyning / kommunen

Jeg har fået en vandregning på 8.400 kr. for et kvartal. Det må være en fejl. Kundenummer 0701851234, målernummer 41027735. Måleren stod på 1.204 m³ ved sidste aflæsning. Vil I sende nogen ud?

Mvh
Kurt Jessen
""")

M("", """
Til Center for Borger, Økonomi og IT

Mit kundenummer hos jer er 1509884321. Jeg har betalt renovationsgebyret to gange (bilag nr. 300125-0042 og 300125-0043). Kan jeg få det ene beløb retur på reg.nr. 2211 konto 6284001937?

Venlig hilsen
Ulla Worm
""")

M("t", """
Hej

Jeg er kurder fra Tyrkiet og skal tage teoriprøven til kørekort. Kan jeg få prøven på tyrkisk eller med tolk? Jeg læser dansk langsomt, men jeg kan godt køre bil.

Venlig hilsen
Serkan Aydın
""")

M("u", """
Til Borgerservice

Jeg er medlem af Lederne og arbejder til kl. 17 hver dag. Jeres åbningstider passer ikke til folk med arbejde. Kan I ikke have åbent én aften om ugen til kørekort og pas?

Med venlig hilsen
Gitte Hald
""")

M("ue", """
Hej Jobcenter

Jeg er medlem af Krifa og er ledig efter at min kontrakt udløb. Krifa siger jeg skal tage et lastbilkørekort for at få job. Kan det indgå i min jobplan, så jobcentret betaler?

Mvh
Nikolaj Winther
""")

M("u", """
Kære Teknik- og Miljøudvalget

Jeg er ingeniør og medlem af IDA. Jeg bor på Ishøj Landevej og har set tegningerne til den nye rundkørsel. Jeg tror ikke, at svingradius passer til lastbiler og busser. Jeg vil gerne forklare det på et møde, som borger, ikke som rådgiver.

Venlig hilsen
Søren Kaas
""")

M("e", """
Hej

Familieretshuset har fastsat samvær med min datter hver anden weekend og én hverdag, men hun bor nu i Holbæk. Jeg har ikke kørekort og skal tage tog og bus i tre timer. Jeg er på dagpenge. Kan kommunen give tilskud til transporten, eller kan samværet flyttes til Ishøj?

Mvh Rene
""")

M("", """
hej. har mistet mit valgkort til kommunalvalget. kan jeg stadig stemme på rådhuset? og skal jeg have pas med? tak, Yvonne
""")

M("b", """
Kære Borgmester

Jeg stemte på Dansk Folkeparti ved sidste kommunalvalg, men jeg skriver ikke for at brokke mig over politik. Jeg har ventet 25 minutter i køen i Borgerservice og blev så sendt hjem, fordi mit nummer var "udløbet". Det er ikke i orden.

Med venlig hilsen
Bent Jørgensen
""")

M("h", """
Hej

Jeg har skizofreni og har været stabil på medicin i seks år. Nu skal jeg forny mit kørekort, og min psykiater skal udfylde en erklæring. Kan jeg sende den direkte til jer, eller skal den gennem min egen læge? Jeg vil gerne have det hurtigt, fordi jeg kører til job.

Mvh
Lasse Bonde
""")
