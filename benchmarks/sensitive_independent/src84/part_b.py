"""corpus84, part B: dismissals, unemployment, a-kasse and union help."""
from common import M

M("eu", """Til Jobcenter Ishøj

Jeg er blevet opsagt fra min stilling som lagerarbejder hos en grossist i Vallensbæk pr. 31. januar på grund af nedskæringer. Jeg er medlem af 3F's a-kasse og har allerede meldt mig ledig på jobnet. Jeg er blevet bedt om at komme til et CV-møde hos jer. Skal jeg tage noget med ud over mit CV?

Mvh
Carsten Wøldike
[[080971-1189]]""")

M("u", """Hej Hanne

Jeg er TR for HK'erne i Borgerservice og vil bare sige tak for din tale på 1. maj. Det betød noget for os at høre en politiker sige højt, at administrative medarbejdere også løber stærkt.

Kh Mette, TR""")

M("", """Til Ishøj Kommune, HR

Jeg vil gerne søge stillingen som rengøringsassistent på Ishøj Rådhus (jobnr. 2024-117). Skal ansøgningen sendes via jeres rekrutteringssystem, eller kan jeg sende den på mail? Og hvornår er samtalerne planlagt?

Venlig hilsen
Lise-Lotte Bang""")

M("e", """hej med jer. er lige blevet fyret fra mit job på tankstationen efter 4 år, de siger det er fordi de skal spare men jeg tror det er fordi jeg sagde fra overfor chefen. er ikke i a-kasse. hvad gør jeg nu?? har husleje der skal betales d. 1

/ Mikkel""")

M("eu", """Kære borgerrådgiver

Jeg er medlem af FOA og har været ledig i 14 måneder. Jeg har haft fem forskellige sagsbehandlere i jobcentret, og ingen af dem har læst, hvad den forrige skrev. Nu er jeg blevet sendt på det samme CV-kursus for tredje gang. FOA siger, jeg skal klage til jer. Jeg vil gerne vide, hvordan en klage foregår.

Med venlig hilsen
Bodil Hjort""")

M("", """Hej

Hvilke fagforeninger deltager i jobmessen i Ishøj Idrætscenter den 14. marts? Vi er en gruppe gymnasieelever, der skal skrive projekt om arbejdsmarkedet.

Mvh 3.g, Ishøj Gymnasium""")

M("eus", """Til byrådsmedlem Jakob Nørgaard

Jeg blev afskediget som buschauffør for to uger siden. Officielt er grunden "samarbejdsvanskeligheder", men det startede, da jeg tog min kæreste, Anders, med til firmaets julefrokost. Efter det blev jeg flyttet til de ringeste vagter, og nu er jeg fyret. Min fagforening, 3F, har taget sagen op. Jeg er selvfølgelig meldt ledig. Jeg skriver til dig, fordi du sidder i udvalget, og fordi jeg synes, kommunen skal tænke over, hvem den udbyder buskørsel til.

Med venlig hilsen
Peter Lykke""")

M("e", """To: Jobcenter Ishøj
Subject: unemployment – English please

Hello, I was let go from my job at a logistics company in Greve last Friday. I have lived in Ishøj for 6 years, I have a Danish CPR number, but I do not speak Danish well. Can someone explain in English how I register as unemployed and whether I can get kontanthjælp? I am not a member of an a-kasse.

Thank you,
Jamal""")

M("eu", """Til direktionsassistent, Center for Beskæftigelse og Erhverv

Jeg henvender mig som faglig sekretær i Dansk El-Forbund og på vegne af et medlem, Søren Ebbesen, der er blevet afskediget fra en el-installatørvirksomhed i Ishøj. Søren er selv i vores a-kasse og har bedt mig skrive. Han har fået besked om, at han skal i et seks ugers aktiveringsforløb, selvom han har tilbud om job fra 1. marts. Vi beder om, at sagen ses på igen.

Med venlig hilsen
Henrik Dahl
faglig sekretær, Dansk El-Forbund""")

M("", """Kære Jobcenter

Hvad er åbningstiderne for jobcafeen i påskeugen? Står der noget om det på hjemmesiden, som jeg ikke kan finde?

Hilsen Britta""")

M("eut", """Hej Ishøj Kommune

Mit navn er Amira og jeg er født i Irak og kom til Danmark som 12-årig. Jeg har været ansat som pædagogmedhjælper i en privat daginstitution og blev opsagt sidste måned, mens jeg var på ferie. Jeg er medlem af BUPL og de hjælper mig med sagen, men jeg skal også have dagpenge. A-kassen siger, at jeg skal stå tilmeldt hos jer. Hvornår kan jeg få en samtale?

Amira Al-Hassan
personnummer [[220693-2604]]""")

M("e", """Til Jobcenter Ishøj

Sagsnr. 23/44911
Jeg er indkaldt til et møde om mit jobsøgningsforløb onsdag kl. 13, men jeg har lige fået en jobsamtale samme tid hos en virksomhed i Hundige. Kan vi flytte mødet? Jeg vil helst ikke sige nej til en samtale.

Venlig hilsen
Josefine Kragh""")

M("eu", """Hej

Jeg er kommet i klemme. Jeg blev fyret fra Ishøj Tømrer og Snedker for seks uger siden. Jeg er i Blik og Rør's a-kasse (det er ikke normal for en tømrer, jeg ved det, det er en lang historie). A-kassen siger, at de mangler papirer fra jer, og jeg har ikke fået dagpenge endnu. Huslejen er betalt med et lån fra min bror. Hvem kan hjælpe?

/Frank""")

M("", """Til borgmesterens PA

Jeg ønsker at invitere borgmesteren til at holde en kort tale ved indvielsen af vores nye lager i Ishøj Erhvervspark den 3. maj. Der vil være ca. 80 gæster, heraf mange ansatte. Kan borgmesteren komme?

Med venlig hilsen
Direktør Claus Bjørn
Nordic Cold Storage A/S, CVR 35 71 66 04""")

M("be", """Kære borgmester

Jeg er aktiv i SF's lokalafdeling og har netop mistet mit arbejde som kok på en kantine, der har lukket. Jeg har meldt mig ledig. Jeg skriver ikke for at få hjælp, men for at sige at jeg nu oplever, hvordan jobcentrets møder foregår, og at jeg vil tage det op i partiet. Måske vi skulle tales ved, før det bliver en sag i avisen?

Med venlig hilsen
Lars-Ole Brink""")

M("eu", """-----Oprindelig meddelelse-----
Fra: Christina Holm
Til: Jobcenter Ishøj
Emne: SV: Opsigelse og rådighed

> Du skal stå til rådighed fra den dag din opsigelsesperiode udløber.

Tak for svaret. Men min opsigelsesperiode løber til 30. april, og jeg er fritstillet fra i dag. Krifa, hvor jeg er medlem, mener, jeg kan tage et kursus i perioden uden at miste noget. Er det korrekt set fra jeres side?

Venlig hilsen
Christina Holm""")

M("e", """Til Ydelseskontoret

Jeg har fået et brev om, at min kontanthjælp bliver sat ned med 1.200 kr. om måneden, fordi jeg ikke har været til nok samtaler. Jeg var til to af dem, den tredje lå på en dag, hvor min søns børnehave havde lukket, og jeg ikke kunne få pasning. Jeg ringede og meldte afbud. Jeg vil gerne klage.

Mvh Nadia Bendtsen
[[121088-2367]]""")

M("", """Kære Jobcenter Ishøj

Vi er en privat virksomhed, der skal ansætte fire lagermedarbejdere. Kan I hjælpe med at formidle kandidater? Stillingsopslaget ligger på jobnet under ordrenr. 0611240332.

Med venlig hilsen
HR-afdelingen, Ishøj Logistik""")

M("u", """Til udvalgssekretæren for Børne- og Undervisningsudvalget

Jeg er tillidsrepræsentant for DLF på Vibeholmskolen. Lærerne er bekymrede for de nye planer om større klasser og vil gerne inviteres til at fremlægge deres synspunkter for udvalget. Kan det komme på dagsordenen i februar?

Med venlig hilsen
Lone Hessellund, TR""")

M("", """Hej

Jeg arbejder for Dansk Metal som konsulent og vil gerne vide, om Ishøj Kommune vil være med til en temadag om grøn omstilling for små og mellemstore virksomheder. Vi har tænkt den 22. september i Kulturhuset Fyrtårnet.

Med venlig hilsen
Lasse Mørch, konsulent, Dansk Metal""")

M("eut", """Til Ishøj Kommune

Jeg hedder Mohammed Farah og er somalisk. Jeg har været fyret fra to vikarbureauer på et halvt år og jeg tror, det er fordi jeg er sort. På det sidste sted sagde en formand, at "folk som dig" ikke kunne finde ud af at køre truck. Jeg er medlem af 3F og de hjælper, men jeg vil også gerne fortælle kommunen om det, fordi jobcentret sendte mig derhen. Nu er jeg ledig igen.

Med venlig hilsen
Mohammed""")

M("e", """Kære borgerrådgiver

Jeg fik en sanktion på 3 dages kontanthjælp, fordi jeg ikke havde søgt fire jobs på en uge. Jeg havde søgt fem, men to af dem var via telefon, og det tæller åbenbart ikke. Det er urimeligt. Hvad kan jeg gøre?

Mvh
Lærke""")

M("pe", """Hej Jakob

Jeg er en af dem, du mødte på torvet i lørdags. Jeg fortalte om, at jeg er blevet opsagt fra mit job hos et forsikringsselskab efter 22 år. Vi har nu sat huset på Ishøj Strandvej til salg for at komme ned i udgift, og der har været to fremvisninger. Men jeg skal også bede om lov til at blive boende lidt efter salget, hvis det trækker ud med nyt job. Du sagde, jeg skulle skrive, så her er jeg.

Mvh Birthe Nyholm""")

M("", """Til Center for Beskæftigelse og Erhverv

Vi har fået en regning for en virksomhedspraktik, som vi troede var gratis. Fakturanummer 2910230119, beløb 4.500 kr. Vores CVR er 29173344, og EAN er 5798009876543. Hvad dækker beløbet?

Med venlig hilsen
Økonomi, Vejleå Autoværksted ApS""")

M("u", """Hej

jeg er i HK og har et spørgsmål om mit barns SFO. betaler man det samme hvis man er på deltid? jeg har ikke fundet det på jeres hjemmeside. mvh Rikke""")

M("eu", """Til byrådsmedlem Fatima Yousef

Jeg er ansat hos Ishøj Kommune på vejcentret og er blevet varslet afsked på grund af besparelser. Jeg ved godt at du ikke kan gå ind i min personalesag, men jeg vil have, at du ved, at vi er fire fra samme afdeling, der er blevet opsagt i dag. Alle fra 3F. Vi har ikke fået nogen forklaring på, hvorfor netop os.

Med venlig hilsen
Kurt Lindegaard""")

M("e", """Hej

Jeg er 61 og har lige fået min opsigelse efter 30 år i et rederi. Jeg overvejer at gå på efterløn i stedet for at søge nye jobs. Kan jobcentret hjælpe mig med at regne ud, om det kan betale sig?

Hilsen
Hans-Jørgen""")

M("eub", """Kære Fatima

Jeg er muslim og bærer tørklæde. Jeg blev ansat som kassemedarbejder i et supermarked i Ishøj City, men efter to uger fik jeg at vide, at tørklædet "ikke passede til profilen", og at jeg ikke var en del af holdet længere. Min fagforening, HK, siger det er forskelsbehandling. Jeg er nu ledig og har ingen penge til næste måned. Jeg ved ikke om du kan hjælpe, men du er den eneste politiker jeg kender.

Aisha""")

M("", """Til hovedpostkassen

Vi modtager jeres elektroniske fakturaer, men det seneste bilag (bilagsnr. 150624-0087) er blevet sendt til vores gamle p-nummer 1003582961. Vil I opdatere jeres kreditorkartotek?

Venlig hilsen
Ishøj Køl & Frys ApS""")

M("e", """Til Jobcenter Ishøj

Min kæreste Emma blev fyret i går fra sin deltidsstilling. Hun tør ikke selv ringe, fordi hun er meget ked af det. Kan I sende hende informationer om, hvordan hun melder sig ledig? Hun har givet mig lov til at skrive.

Mvh Noah""")

M("eu", """hej. jeg har været TR på min arbejdsplads i fem år men blev opsagt i går, sammen med 11 andre. det er tydeligt at de gik efter mig. jeg er i Serviceforbundet og vi kører sagen. skal jeg melde mig ledig allerede nu eller når opsigelsen udløber? cpr [[090366\u20130917]]""")

M("", """Kære Jobcenter

Tilbyder kommunen aftenkurser i Excel for begyndere i foråret, som man selv kan betale for? Jeg tænker på noget i stil med aftenskolen.

Mvh
Ole""")

M("ept", """Til formand for Økonomiudvalget

Jeg driver en lille kurdisk restaurant i Ishøj Centret og har måttet fyre mine to ansatte. Jeg har solgt udstyret og har en køber til lejemålet, men køberen vil kun overtage, hvis kommunen giver lov til udendørs servering. Ansøgningen har ligget hos jer i tre måneder. Hvis handlen falder, går jeg personligt konkurs, fordi jeg har kautioneret for lånet.

Mvh
Rojhat Aksoy""")

M("e", """Til Center for Beskæftigelse og Erhverv

Jeg er ledig fra 1. november og skal til første samtale i jobcentret. Jeg har et hul i mit CV på to år, hvor jeg rejste. Skal jeg forklare det til samtalen, eller er det lige meget?

Hilsen
Kasper""")

M("u", """Hej Søren

Jeg er medlem af Djøf og sidder i bestyrelsen for vores lokale kreds. Vi holder et debatmøde om offentlig ledelse i efteråret, og vi vil meget gerne have dig som oplægsholder.

Venlig hilsen
Anne Marie Kjær""")

M("e", """Kære borgmester Merete Amdisen

Jeg blev afskediget for 8 måneder siden. Siden har jeg søgt over 200 jobs. Jeg er 58 år og har en kandidatgrad. Jobcentret mener, jeg skal søge ufaglærte jobs for ikke at miste dagpengene. Jeg føler mig ydmyget. Hvad mener borgmesteren om, at erfarne folk behandles sådan?

Venlig hilsen
Lisbeth Aaboe""")

M("", """Til Jobcenter Ishøj

Må jeg som borger komme til jeres jobcafé uden at være tilmeldt jer? Jeg har job, men vil gerne have hjælp til at skrive en ansøgning til en anden stilling.

Mvh Tobias""")

M("eus", """Hej

Jeg er lesbisk og blev fyret fra min stilling på et vikarbureau efter at have fortalt en kollega om min kone. Jeg kan ikke bevise sammenhængen, men det passer sammen i tid. Jeg er nu meldt ledig. Jeg er medlem af 3F og sagen kører der. Jeg skriver til borgerrådgiveren for at høre, om kommunen har en anti-diskriminationspolitik for de vikarbureauer, jobcentret samarbejder med.

Venlig hilsen
Maja""")

M("", """Kære udvalgsformand

Vi er en frivillig forening, der vil starte en netværksgruppe for nyuddannede akademikere i Ishøj. Kan vi låne et lokale på biblioteket gratis én gang om ugen?

Mvh
Netværk Ishøj""")

M("eu", """Til Jobcenter Ishøj

Jeg har modtaget besked om, at jeg er blevet optaget på et AMU-kursus i svejsning via jer. Dansk Metal, hvor jeg er medlem, betaler kørslen. Jeg skal bare vide, om jeg stadig får dagpenge i de tre uger kurset varer.

Mvh Brian
[[250380 3117]]""")

M("e", """Til direktør for Center for Beskæftigelse og Erhverv

Min mand er blevet opsagt fra sit job som pilot i et flyselskab. Han er helt knust og vil ikke selv skrive. Vi har fået at vide at han skal i jobcentret og at han muligvis ikke kan få dagpenge fordi han har fået en fratrædelsesgodtgørelse. Er det rigtigt?

Med venlig hilsen
Signe Brandt""")

M("", """Hej

Jeg vil gerne vide hvor mange ledige der er i Ishøj lige nu, og hvordan det er gået de sidste tre år. Jeg skal bruge det til et læserbrev.

Venlig hilsen
Jørgen""")

M("eut", """Til Ishøj Kommune

Jeg er filippinsk og arbejdede som au pair, inden jeg fik job som rengøringsassistent. Jeg er blevet fyret fra rengøringsfirmaet, og de har ikke betalt min sidste løn. Jeg er medlem af Serviceforbundet, og de har hjulpet mig, men jeg har brug for at vide, om jeg kan få hjælp fra kommunen, mens jeg venter.

Maria Santos
[[140597 4412]]""")
