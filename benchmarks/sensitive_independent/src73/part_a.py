"""corpus73, part A: chronic illness, aids, transport and the money that follows."""
from common import M

M("he", """
Til Center for Voksne og Velfærd

Jeg har haft leddegigt i snart 12 år, og nu kan jeg ikke længere komme op fra badekarkanten uden hjælp. Min ergoterapeut på Glostrup siger, at jeg skal søge kommunen om en badestol og et par greb ved toilettet.

Hvordan gør jeg det? Skal jeg udfylde et skema, eller kan I bruge denne mail som ansøgning?

Venlig hilsen
Bodil Frandsen
Vejleåvej 41, 2635 Ishøj
""")

M("heu", """
Hej Kasper

Du sagde til borgermødet at man bare kunne skrive til dig, så det gør jeg. Jeg har været sygemeldt siden februar med en diskusprolaps og går på sygedagpenge. Nu skriver kommunen at de vil stoppe dem fordi jeg har "nået varighedsbegrænsningen". Min tillidsmand fra 3F siger at der burde laves en forlængelse men ingen ringer tilbage.

Jeg har ondt hver dag og kan ikke sidde i en lastbil 8 timer. Hvad skal jeg gøre?

Mvh Jimmi
""")

M("", """
Hej

Hvornår har Sundhedshuset åbent i julen? Vi er nogle stykker fra gymnastikholdet, der gerne vil hente jeres nye folder om motion for seniorer, og vi vil ikke stå for en lukket dør.

Hilsen Grethe
""")

M("he", """
Til Kørselskontoret / Center for Voksne og Velfærd

Jeg har fået afslag på kørsel til dialyse på Herlev tre gange om ugen. I skriver at jeg selv kan tage bussen, men efter fire timer i maskinen kan jeg knap nok stå op.

Jeg vil gerne klage over afgørelsen.

Med venlig hilsen
Erik Vestergaard
cpr [[030851-1127]]
Tlf. 43 73 21 90
""")

M("h", """
Kære borgmester

Min kone Hanne fik konstateret sclerose sidste forår. Hun er stadig i arbejde på deltid, men trapperne på stationen i Ishøj er et mareridt for hende når elevatoren igen er i stykker. Det er tredje gang i denne måned. Kan kommunen ikke presse DSB?

Med venlig hilsen
Poul-Erik Hedegaard
""")

M("", """
Til hovedpostkassen

I forbindelse med influenzavaccinationen i år: er det stadig sådan at borgere over 65 kan blive vaccineret gratis på apoteket i Ishøj Bycenter, eller er det flyttet til Sundhedshuset? Vi vil gerne sætte en seddel op i opgangen.

Venlig hilsen
Beboerrådet, Ishøj Strandvej 12-20
""")

M("heu", """
Hej,

er i FOA og arbejder på plejecentret. har fået migræne så slemt at jeg er væk 2-3 dage om måneden. lægen siger kronisk. min leder snakker om at jeg skal "tænke over min fremtid". kan man få en §56 aftale og hvad betyder det for min løn, får jeg selv sygedagpenge eller går det til arbejdsgiveren

har sendt en ansøgning om den til jer i går, så det er vel i gang

Lone K
""")

M("he", """
Til borgerrådgiveren

Jeg bruger kørestol efter en trafikulykke i 2019. Kommunen bevilgede mig en el-kørestol i 2021, men den har været på værksted i seks uger nu, og den lånestol jeg har fået passer ikke. Jeg har fået tryksår af den.

Jeg har ringet til hjælpemiddeldepotet fire gange uden at få svar på, hvornår den kommer tilbage. Jeg vil gerne klage over sagsbehandlingen.

Venlig hilsen
Tobias Riis
""")

M("", """
Til udvalgsformanden for Social- og Sundhedsudvalget

Jeg har læst i Lokalavisen, at Region Hovedstaden vil flytte flere funktioner fra Glostrup til Hvidovre i den nye hospitalsplan. Hvad mener udvalget om det, og har kommunen afgivet høringssvar? Det er en lang tur med bus for mange ældre her i byen.

Med venlig hilsen
Finn Lauritsen
""")

M("hep", """
Til direktionsassistenten, Center for Byudvikling og Natur

Vores hus i Torslunde er sat til salg hos EDC, og vi har en køber der har budt, men han vil have en byggesag afklaret først (tilbygningen fra 1987 står ikke i BBR). Vi har hastværk fordi min mand har fået en hjerneblødning og ikke kan gå på trapper mere. Vi står på listen til en ældrebolig.

Kan nogen se på sagen hurtigt?

Med venlig hilsen
Karin og Holger Bak
""")

M("", """
Hej

Er der nogen regler for hvor længe man kan låne en kørestol fra depotet hvis man bare har brug for den i en uge, fx til et bryllup? Jeg spørger for vores forening, vi arrangerer en udflugt for medlemmerne.

Mvh Jytte, Ishøj Pensionistforening
""")

M("he", """
Hej med jer

Jeg har fået et høreapparat fra kommunen i 2022, men det hyler når jeg har briller på. Høreklinikken siger at det er kommunens ansvar at bytte det. Må jeg få et nyt?

Hilsen
Arne Kofoed
Tlf 22 41 90 17
""")

M("het", """
Til byrådsmedlem Sara Jabbari

Jeg hedder Mehmet og er kurder fra Tyrkiet. Min far på 78 har haft en blodprop og bor nu på Ishøj Plejecenter. Personalet taler ikke tyrkisk og han har mistet sit danske efter blodproppen. Han forstår intet af hvad de siger.

Kan kommunen ikke finde en tolk eller en medarbejder der kan tale med ham? Han græder når vi går.

Venlig hilsen
Mehmet Aydın
""")

M("", """
Til Center for Voksne og Velfærd

Jeg arbejder som sygeplejerske i hjemmeplejen i en nabokommune og overvejer at søge stilling hos jer. Hvordan er vagtplanlægningen, og arbejder I med faste ruter?

Venlig hilsen
Camilla Strand
""")

M("he", """
Hej Borgerservice

Jeg får førtidspension og har søgt helbredstillæg til min medicin for KOL og hjertet. Det er over 900 kr. om måneden når jeg har betalt min del. Jeg fik et brev om, at min formue er for høj, men det er pengene fra min afdøde kones livsforsikring, og dem skal jeg bruge til begravelsen som stadig ikke er betalt.

Kan I se på det igen?

Venlig hilsen
Bent Kirkegaard
[[110348-2291]]
""")

M("hs", """
Kære Anders

Min mand Jakob og jeg har været gift i seks år, og han fik for to uger siden et slagtilfælde. Han er nu på genoptræning på Hvidovre og skal hjem om 14 dage. Vi bor på 2. sal uden elevator.

Jeg ved at du ikke kan behandle sager, men kan du sige hvem jeg skal kontakte om en genoptræningsplan og om en midlertidig bolig? Jeg er ved at gå i stykker.

Kærlig hilsen
Mikkel Thorup
""")

M("", """
Hej

Hjerteforeningen i Ishøj holder foredrag om hjerterytmeforstyrrelser torsdag d. 14. marts kl. 19 i Kulturhuset. Må vi lægge en folder i Borgerservice og på biblioteket?

Venlig hilsen
Arrangementsudvalget, Hjerteforeningen Ishøj-Vallensbæk
""")

M("heu", """
Kære udvalgsformand

Jeg har arbejdet som chauffør i 22 år og er medlem af 3F. Efter min hofteoperation kan jeg ikke køre mere, og jobcentret har indkaldt mig til et møde i rehabiliteringsteamet den 3. december. Min læge mener at jeg skal have fleksjob.

Jeg er bange for at ende på kontanthjælp fordi min kone har en løn. Hvordan sikrer jeg at sagen bliver behandlet ordentligt?

Med venlig hilsen
Kim Hald
""")

M("", """
Til hovedpostkassen

Vores faktura nr. 2711851043 vedrørende levering af inkontinensprodukter til Ishøj Plejecenter er forfalden. Beløbet er 48.230,50 kr. Jeres EAN-nummer 5798006542170 er anført.

Med venlig hilsen
Debitorafdelingen, MediPro ApS, CVR 38914262
""")

M("h", """
hej, min søn har lige fået diagnosen diabetes type 1. han går i 2. klasse på Vibeholmskolen. hvem på skolen skal vide besked og kan lærerne hjælpe ham med at måle blodsukker til frokost? jeg er helt ude at svømme

/Line
""")

M("he", """
Til borgerrådgiveren

Min mor på 84 har demens og har hjemmehjælp tre gange om dagen. I sidste uge kom de ikke om aftenen, og hun sad i sin stol hele natten uden sin medicin. Det er ikke første gang.

Jeg vil gerne klage og har fuldmagt fra hende.

Med venlig hilsen
Susanne Hjort
""")

M("", """
Hej

Hvor mange i Ishøj Kommune var sygemeldt i over 8 uger sidste år sammenlignet med 2022? Jeg skal skrive en opgave på sygeplejerskeuddannelsen om sygefravær i kommunerne.

Venlig hilsen
Amira Hansen
""")

M("hb", """
Kære Jesper

Jeg er ikke sikker på om det hører under dig, men jeg har fået kræft i tarmen og skal have kemo på Herlev i 6 måneder. Jeg er medlem af Venstre her i Ishøj og har gået rundt med dig til valgmøderne. Jeg kan ikke være med til at dele løbesedler i år, det håber jeg du forstår.

Mange hilsner
Gunnar
""")

M("he", """
Til kommunen

Min far (82) er faldet to gange i badeværelset. Han har fået en nødkaldsknap fra kommunen, men han vil ikke have den på. Nu har lægen sagt at han har Parkinson. Kan han få en visitation til mere hjælp?

Mvh Rasmus, søn af Ejner Kjær, Gildbrovej 8
""")

M("", """
Hej Ishøj Kommune

Jeg har et spørgsmål om reglerne. Hvis en borger har brug for en rollator kun i en kort periode, er det så kommunen eller hospitalet der låner den ud? Jeg spørger fordi min bogklub diskuterede det i går, og ingen vidste det.

Mange hilsner
Henny
""")

M("he", """
Att. Center for Beskæftigelse og Erhverv

Jeg har fået brev om at jeg skal til samtale på jobcentret d. 12. kl. 9.30. Jeg er sygemeldt med en brækket arm og har fået morfin, jeg kan ikke køre bil. Kan samtalen tages i telefonen?

Hilsen
Dennis Lund
Personnummer: [[150993 1457]]
""")

M("hep", """
Til Center for Byudvikling og Natur

Vi er nødt til at sælge vores andelsbolig på Ishøj Strandvej, fordi jeg ikke kan gå på trapperne med min KOL længere. Køberen vil gerne overtage 1. februar, men bestyrelsen siger at kommunen skal godkende prisen på forbedringerne. Kan I sige hvor lang tid det tager?

Vi har søgt om en ældrebolig i Vejleåparken og håber at få svar inden.

Venlig hilsen
Birte og Leif Mogensen
""")

M("hu", """
Hej

Jeg er tillidsrepræsentant for HK'erne på rådhuset, og jeg skriver som privatperson. Jeg har været ramt af stress og været sygemeldt i 10 uger. Nu skal jeg tilbage på nedsat tid. Hvem i HR skal jeg tale med om en gradvis tilbagevenden?

Mvh Sanne
""")

M("", """
Til borgmesterens PA

Kan borgmesteren deltage i åbningen af den nye motionssti ved Sundhedshuset lørdag d. 6. april kl. 10? Det er en del af kommunens sundhedsstrategi, og Gigtforeningens lokalafdeling går den første tur.

Med venlig hilsen
Lotte Berg, projektleder, Center for Voksne og Velfærd
""")

M("hes", """
Kære Social- og Sundhedsudvalget

Jeg er 54 og har en arvelig muskelsygdom. Min kone Mette og jeg (vi er to kvinder, og det er hun der passer mig det meste af tiden) har søgt om et loftslift til soveværelset. Det er nu fem måneder siden.

Mette er selv ved at blive syg af det. Hun har måttet gå ned i tid og har mistet 9.000 kr. om måneden i løn.

Med venlig hilsen
Lise Holst
""")

M("", """
Hej

Må jeg bede om åbningstiderne for genoptræningscentret i Ishøj? Og er der parkering til handicapbiler ved indgangen? Jeg kører for Ældresagens besøgstjeneste og henter folk der skal derhen.

Venlig hilsen
Jørgen Winther
""")

M("het", """
Hello,

I am writing in English because my Danish is not good yet. I came to Denmark from Sri Lanka in 2020 as a Tamil refugee. My daughter has epilepsy and she needs a taxi to school because she cannot take the bus after a seizure. The school says I must apply to the municipality. Please take this mail as my application, or tell me where to send it.

Thank you
Kanthan Sivarajah
""")

M("he", """
Til Center for Voksne og Velfærd

Min datter Emma har cerebral parese og sidder i kørestol. Hun bliver 18 i juni, og vi har fået at vide at vi skal søge om en ny bil med lift via kommunen. Hvor lang er sagsbehandlingstiden? Den gamle bil fik vi bevilget af kommunen i 2011, og den er ved at falde fra hinanden.

Mvh Thomas Egholm
""")

M("", """
Til hovedpostkassen

Vi skal opsætte ny vandmåler i opgangen. Måler nr. 2304851199 skal udskiftes inden d. 1/10. Hvem i kommunen skal vi kontakte for at få adgang til fyrrummet i Ishøj Sundhedshus?

Med venlig hilsen
Servicetekniker Brian, HOFOR
""")

M("h", """
hej jeg har fibromyalgi og det tager mig en time at komme på arbejde med bus 300S fordi der ingen siddepladser er om morgenen. kan kommunen ikke snakke med movia om flere busser? jeg er ikke den eneste der står og har ondt

mvh Pia
""")

M("hu", """
Hej Morten

Min kollega Jan på lageret har haft en arbejdsskade på ryggen, og vi i Dansk Metal-klubben er bekymrede for at han bliver fyret. Jeg er TR. Kan du som byrådsmedlem sige noget om hvordan kommunen håndterer arbejdsskadesager når man er en privat virksomhed her i byen, eller skal jeg gå til forbundet?

Hilsen
Claus Nørgaard
""")

M("he", """
Kære borgerrådgiver

Jeg har PTSD efter min udsendelse til Afghanistan og får ressourceforløbsydelse. Min sagsbehandler er skiftet fire gange på et år, og hver gang skal jeg fortælle det hele forfra. Det giver mig mareridt.

Kan I hjælpe mig med at få én fast kontaktperson?

Kenneth
""")

M("", """
Hej

Hvad er reglerne for at få udbetalt plejevederlag, hvis man vil passe en nærtstående der er døende? Jeg skal holde oplæg i min foreningsgruppe om det, så jeg spørger helt generelt.

Med venlig hilsen
Torben Lynge
""")

M("hep", """
Til Center for Byudvikling og Natur

Jeg ejer en kolonihave i Haveforeningen Strandhaven og har sat den til salg, fordi jeg efter min hjertebypass ikke kan passe den. Der er en køber, men foreningen siger at kommunen har forkøbsret. Gælder det stadig? Og kan jeg få hjælp til at rydde haven, jeg får hjemmehjælp i forvejen.

Mvh Inge Damgaard
""")

M("h", """
Til direktionsassistenten

Jeg vil gerne sige tak til medarbejderne på genoptræningen. Efter min blodprop i hjernen sidste år kunne jeg ikke holde en kop. Nu kan jeg cykle igen. Giv dem lige en hilsen fra mig.

Venlig hilsen
Aksel Brun
""")

M("he", """
Til Center for Voksne og Velfærd

Angående min ansøgning om merudgifter til min søn Oliver (ADHD og autisme): I har bevilget 400 kr. om måneden, men hans medicin alene koster 620 kr. efter tilskud. Jeg har vedlagt kvitteringer fra apoteket.

Jeg vil gerne have afgørelsen genvurderet.

Med venlig hilsen
Marianne Dyhr
CPR: [[080479–2064]]
""")

M("", """
Hej

Er der tilskud til briller for pensionister i Ishøj? Jeg har set at nogle kommuner giver det, og jeg vil gerne foreslå det til Ældrerådet.

Venlig hilsen
Kaj Ottesen, medlem af Ældrerådet
""")

M("hu", """
Hej,

jeg er i BUPL og arbejder i en børnehave i byen. jeg er gravid i 5. måned og har fået bækkenløsning, min læge har sygemeldt mig delvist. min leder vil ikke tage en delvis raskmelding. hvad gælder i kommunen?

venlig hilsen
Maja
""")
