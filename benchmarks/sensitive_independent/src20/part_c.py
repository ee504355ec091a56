"""Part C: learner Danish and mixed-language mails (English, Arabic, Turkish, Polish, Somali, Urdu)."""
from common import M

M("te", """
Hej kommune

Jeg hedder Fatima og jeg kommer fra Syrien, vi er kurder. Jeg bo i Ishøj med 3 børn. Min mand er ikke her. Jeg får integrationsydelse men pengene ikke nok til børn tøj til vinter. Hvad jeg kan gøre? Jeg ikke forstår brevet fra jer, kan I skrive på arabisk?

Tak
Fatima Hussein
""")

M("", """
Hello, I am writing from a small IT company in Ishøj Erhvervspark. We would like to know if the municipality offers any support for hiring interns from abroad. Please answer in English if possible.

Best regards
Tomasz Wójcik, CEO, Nordlink ApS
""")

M("t", """
Dzień dobry, hej

Jeg er polsk og jeg arbejder på byggeplads. Min søn går i 2. klasse på Vibeholmskolen og han siger at lærer siger "polakker stjæler". Jeg vil klage. Hvem jeg skal skrive?

Marek Nowak
""")

M("he", """
Hej

Min navn er Ayşe. Jeg har sukkersyge og høj blodtryk. Doktor siger jeg ikke kan arbejde rengøring mere. Jobcenter siger jeg skal i praktik. Jeg forstår ikke. Min datter hjælper mig skriver.

Ayşe Yıldız
[[0807721624]]
""")

M("", """
Salam, hej

Hvornår er åben biblioteket i bycenter på lørdag? Jeg vil låne bøger på arabisk til min børn. Tak mange
""")

M("b", """
Hej

I am a Buddhist monk living in Ishøj for 2 years. Vi vil gerne lave meditation for alle i parken om søndagen, gratis. Do we need a permit from kommunen? Sorry my Danish is not so good.

Ven. Thich Minh Duc
""")

M("e", """
Hej Ydelsescenter

Jeg har fået brev at jeg skal betale tilbage 18.000 kr boligstøtte. Men jeg har ikke penge. Jeg er alene med 2 børn og jeg arbejde kun 20 timer. Kan jeg betal lidt hver måned? Please help.

Agnieszka Kowalczyk
""")

M("t", """
Hi,

My name is Nnamdi, I'm Nigerian and have lived in Ishøj for 6 years. I applied for a job in kommunens vejafdeling and at the interview the leder asked me "hvor kommer du egentlig fra" and then "vi har haft dårlige erfaringer med afrikanere". I would like to complain to borgerrådgiveren. Is this the right address?

Nnamdi Okafor
""")

M("", """
Merhaba, hej

Jeg vil åbne frisør salon på Ishøj Strandvej. Hvad papir jeg skal have fra kommune? Jeg har cvr nummer 38 47 12 95 allerede.

Tak
Mehmet
""")

M("hst", """
Hello,

My husband Daniel and I moved to Ishøj from the UK in March. Daniel has MS and uses a wheelchair. We need to know how to apply for a handicap parking card and if the kommune can help with a ramp at our rækkehus. We don't speak Danish yet, sorry.

Kind regards
James Whitfield
""")

M("bt", """
السلام عليكم, hej

Jeg er fra Irak og jeg beder fem gange om dagen. På min arbejde i kommunens køkken min leder siger jeg ikke må bede i pausen i et tomt rum. Er det rigtig regel? Jeg vil ikke miste arbejde.

Ali Kadhim
""")

M("", """
Hej

Vi er en tyrkisk kulturforening i Ishøj og vil gerne leje salen i Kulturhuset til en koncert den 18. maj. Hvad koster det og hvor mange personer må være?

Mvh
Bestyrelsen, Ishøj Türk Kültür Derneği
""")

M("te", """
Hej, jeg hedder Olena. Vi er fra Ukraine og bor i kommunen bolig på Ishøj Strandvej. Min mand har mistet arbejde og nu vi ikke kan betale husleje for april. Kan vi få hjælp? Dyakuyu, tak.
""")

M("h", """
Hej

Min søn Bilal har autisme og han skal starte i skole i august. Jeg vil have specialklasse men skolen siger normal klasse. Jeg ikke er enig. Hvem bestemmer? Jeg snakker lidt dansk, please svar enkelt.

Khadija Rahimi
""")

M("", """
Dear Ishøj Municipality,

I am a Master's student at Roskilde University writing my thesis on integration policies in Danish suburbs. Could someone from the administration give a 30-minute interview? I only need general information about programmes, no personal cases.

Sincerely,
Laura Meyer
""")

M("ts", """
Hej

Jeg er fra Iran og jeg er flygtet fordi jeg er homoseksuel. Nu jeg bor i Ishøj asyl bolig og naboer siger ting til mig. Jeg har bange. Kan kommunen flytte mig til anden bolig? I don't want my name to Iranian people here.

Reza
""")

M("u", """
Cześć, hej

Jeg er medlem af 3F og min tillidsmand siger kommunen skal give mig dansk kursus gratis fordi jeg arbejde her. Er det rigtig? Jeg arbejder på Ishøj genbrugsplads.

Piotr Zieliński
""")

M("", """
Hej kommune, jeg vil spørge om I har tolk på somali til forældremøde i skolen? Mange forældre ikke forstår dansk godt. Tak
""")

M("eht", """
Hej

Min mor er 74 og kommer fra Pakistan. Hun har demens nu og hun glemmer at spise. Hun vil ikke have hjemmepleje fra mænd. Hun snakker kun urdu og punjabi. Kan hjemmeplejen sende kvinde som taler urdu? Jeg er hendes søn og hun har givet mig fuldmagt.

Imran Chaudhry
""")

M("tb", """
Hej

Jeg er somalisk og bruger hijab. I Borgerservice en medarbejder sagde til mig "her i Danmark taler vi dansk, ik?" meget uhøflig, før jeg havde sagt noget. Jeg vil sige det til nogen. Det var den 3. marts kl. ca. 11.

Hamdi Warsame
""")

M("e", """
Hello, my name is Rahul, I work as a software engineer in Copenhagen. My wife and I are getting divorced and she has moved to Ishøj with our daughter Ananya (6). I want to know how the kommune decides samvær because she refuses me to see Ananya. Can someone explain in English?

Rahul Menon
""")

M("", """
Salam aleikum. Moskeen i Ishøj holder åbent hus på lørdag. Vi vil invitere byrådet. Alle er velkommen, der er te og kage.

Mvh
Ishøj Islamiske Kulturcenter
""")

M("pt", """
Hej

We are a Dutch couple and we want to buy the house on Tranegilde Strandvej 42. We have made a bid and the seller has accepted on condition we get a mortgage. Can we see the lokalplan before we sign? Vi taler lidt dansk.

Sanne & Pieter de Vries
""")

M("ht", """
Hej, jeg kommer fra Eritrea. Jeg har meget hovedpine og mareridt fra krig og fra båd i Middelhavet. Min sprogskole lærer siger jeg skal snakke med psykolog. Hvordan jeg får det gratis?

Yonas
""")

M("", """
Hi, does the kommune offer Danish classes in the evening for people who work full time? I moved here last year and work in a lab in Hvidovre. Thanks!
""")

M("bh", """
Hej, jeg er Jehovas Vidne og vil ikke have blodtransfusion. Jeg skal opereres snart. Hjemmeplejen skal vide det hvis jeg kommer hjem og bliver dårlig. Hvor jeg skriver det?

Maria dos Santos
""")

M("te", """
Hej

Jeg er roma fra Rumænien. Jeg har ikke arbejde og ikke bolig, jeg sover i bil ved Ishøj Strand. Min søn skal i skole. Hvad kan jeg gøre?

Florin
""")

M("", """
Hej

Jeg er frivillig lektiehjælper i Røde Kors i Ishøj. Vi har mange børn fra mange lande. Kan kommunen give os lokale på biblioteket på onsdage? Vi er ca. 15 frivillige.

Mvh
Birgit
""")

M("e", """
Hej, min navn Dariusz. Jeg fik brev om at jeg skal betale 6.000 kr for parkering og fogeden kommer. Jeg arbejder kun sommer og nu har jeg ingen arbejde og ingen dagpenge. Please hvad jeg gør
""")

M("bh", """
Hej

Jeg er muslim og jeg faster i ramadan. Jeg har også diabetes type 2. Min læge siger måske jeg ikke skal faste. Hjemmesygeplejen kommer kl 12 med insulin men jeg spiser først kl 21. Kan de komme om aften i ramadan?

Mohammed Saleh
""")

M("", """
Hej, hvad er reglen for at blive dansk statsborger? Skal man søge i kommunen eller ministeriet? Jeg spørger for en ven.
""")

M("t", """
Hello kære borgmester

I'm Vietnamese-Danish, born in Ishøj. At the Ishøj Sommerfest a man from the stand of the local football club shouted "ching chong" at my 8-year-old daughter. I want the kommune to not give money to this club until they apologise.

Linh Nguyen Sørensen
""")

M("u", """
Hej

I am working in kommunens rengøring and I joined FOA last month. My TR is not answering and I have question about my vagtplan. Is there another FOA person in kommunen I can talk?

Grace Mensah
""")

M("", """
Merhaba! I want to know if there is halal food in the school canteen at Ishøj Skole. My children start after summer holiday. Thank you.
""")

M("st", """
Hej

Jeg og min kone Zeynep er to kvinder og vi har fået tvillinger i december. Vi er begge tyrkiske og vores familie ved ikke alt. Sundhedsplejersken skrev "far" i papirerne og talte om os til naboen. Vi vil klage.

Elif Demir
""")

M("e", """
Hej, i am Kasia. Min eks-mand betaler ikke børnebidrag i 7 måneder nu. Familieretshuset siger jeg skal søge forskud hos Udbetaling Danmark men kommunen skal skrive noget? Jeg forstår ikke systemet.
""")

M("", """
Hej kommune, hvilke dokumenter skal man tage med til Borgerservice for at få sygesikringskort, når man lige er flyttet fra Tyskland? Danke!
""")

M("h", """
Hey, I broke my leg skiing in Norway and now I can't climb the stairs to my lejlighed on 4th floor in Ishøj Centret. Can kommunen give temporary help? I am on sygemelding from work for 8 weeks.

Lars-Erik Olsen
""")

M("", """
Hej

Vi er fra en polsk kirke-menighed som bruger lokale i Ishøj. Vi vil spørge, hvornår kommunen sender ud folder om affaldssortering på polsk? Mange af vores medlemmer spørger.

Mvh
Sekretariatet
""")
