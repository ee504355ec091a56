"""Part H: forwarded mails and reply chains, English and mixed mails, union members
and shop stewards writing about housing and work, CPR numbers in many formats."""
from common import M

M("eu", """
Fra: Bo Sejersen
Sendt: 3. marts 2025 09:12
Til: Borgmesterens PA
Emne: VS: Huslejerestance

Hej, jeg videresender min mail fra januar, som jeg ikke har fået svar på.

-----Oprindelig meddelelse-----
Fra: Bo Sejersen
Sendt: 14. januar 2025
Til: Ydelsescentret

Jeg er medlem af 3F og har været ledig siden november. A-kassen har først udbetalt dagpenge fra december, så jeg skylder én måneds husleje. Kan I hjælpe med en enkeltydelse?

Bo
""")

M("u", """
Hej Pernille

Tak for dit svar på mødet. Som aftalt sender jeg vores ønsker. Jeg skriver som formand for afdelingsbestyrelsen i Ishøj Strand afd. 2, men til din orientering er jeg også tillidsrepræsentant for HK på rådhuset, så jeg kender godt gangene.

Vi ønsker bedre belysning, flere cykelskure og en legeplads.

Mvh
Morten Skaarup
""")

M("ue", """
Den 12. okt. skrev Ydelsescentret:
> Vi har brug for dokumentation for din indtægt i september.

Hej igen

Jeg er blevet fyret fra lageret i september, så der er ingen lønseddel. Jeg vedlægger papiret fra min fagforening, Fødevareforbundet NNF, om at jeg er meldt ledig. Jeg søger stadig boligstøtte fra oktober.

Mvh
Tanja Friis
""")

M("e", """
Hej,

Vedhæftet er min lejekontrakt til brug for ansøgningen om beboerindskudslån, som jeg søgte om i går. Jeg glemte at skrive mit personnummer: [[250992\u20133364]].

Venlig hilsen
Christina Holm
""")

M("tu", """
Dear Ishøj Kommune,

I am a Brazilian nurse working at Hvidovre Hospital and a member of DSR (the nurses' union). My landlord in Ishøj wants to raise my rent by 40 % after I complained about mould. My union says I should contact the Rent Board through the municipality. How do I do that?

Best regards,
Luana Ferreira
""")

M("hu", """
-----Original Message-----
From: Kirsten Bay
To: Jobcentret Ishøj

I'm on sick leave after a burnout, and my union (Djøf) asks whether the municipality will pay for a temporary move closer to my family while I recover. Is there a scheme?

Kirsten
""")

M("u", """
Hej

Jeg har været medlem af Lederne i 20 år, men gik ud sidste år. Nu er jeg formand for grundejerforeningen Ishøj Park og vil gerne have et møde med kommunen om vejbelysningen.

Mvh
Jens Rasmussen
""")

M("ehu", """
Til Jobcentret, cc borgerrådgiveren

Min TR fra FOA har bedt mig skrive, at jeg er sygemeldt med en depression og ikke kan komme til samtalen på torsdag. Jeg har også huslejerestance pga. at mine sygedagpenge først er blevet udbetalt for sent. Kan mødet flyttes og kan I give Ydelsescentret besked?

Mvh
Sanne Lyng
Cpr.nr. [[060383-2218]]
""")

M("u", """
Hej kommunen,

Jeg er medlem af Teknisk Landsforbund og arbejder som landinspektør-tekniker. Jeg skriver privat: Vi vil gerne købe kommunens gamle materielgård, hvis den kommer til salg. Hvornår sker det?

Mvh
Henrik Dam
""")

M("us", """
Hej Lise (byrådsmedlem)

Vi mødtes ved Pride i Ishøj i sommer. Min mand Bjørn og jeg (Kenneth) er begge HK-medlemmer og bor i Vejleåparken. Vi vil gerne vide, hvad du mener om kommunens planer om at nedlægge HK's lokale kontor i Ishøj Bycenter, som vi og mange andre lejere bruger.

Venlig hilsen
Kenneth og Bjørn
""")

M("", """
Til Borgerservice

Som aftalt i telefonen sender jeg oplysningerne til flytning af min søn, som er 17 og flytter hjem til mig på Ishøj Søvej:
Navn: William Dahl
Personnummer: [[140508 4426]]
Flyttedato: 1.11.

Venlig hilsen
Camilla Dahl
""")

M("bu", """
Til Plan- og Teknikudvalget

Jeg er medlem af SF og formand for SF's lokalafdeling. Jeg er også tidligere tillidsmand i Dansk El-Forbund. Jeg skriver for at støtte forslaget om flere almene familieboliger i Ishøj Landsby. Vi skal have boliger som almindelige lønmodtagere har råd til.

Med venlig hilsen
Poul Hermansen
""")

M("hue", """
Videresendt besked -----
Fra: Lars Eskildsen
Til: Center for Voksne og Velfærd

Jeg har MS og er medlem af Dansk Sygeplejeråd (pensioneret). Jeg mangler svar på min ansøgning om ændring af badeværelset, som jeg sendte i april. Se nedenfor.

> Jeg søger om at få fjernet badekarret og lavet bruseniche, da jeg ikke kan komme op i karret.

Lars
""")

M("e", """
Hej,

I've been living at Ishøj Strand for five years and lost my job in August. I applied for boligstøtte but the online form keeps crashing. Can I apply by email? My CPR is [[031287-1459]].

Thanks,
Ben Harris
""")

M("u", """
Hej

Jeg er ansat på Ishøj Rådhus og er medlem af HK Kommunal. Jeg bor i Ishøj og vil gerne vide, om ansatte kan deltage i høringsmødet om lokalplanen som borgere, eller om det er inhabilt.

Mvh
Sanne Kirk
""")

M("ehu", """
Kære borgerrådgiver

Som tillidsrepræsentant for 3F på en fabrik i Greve kender jeg godt til sygedagpengereglerne. Men nu handler det om mig selv: Jeg er sygemeldt efter en diskusprolaps og har fået et krav om at betale 14.000 kr. sygedagpenge tilbage. Imens er min husleje i Ishøj Strand ikke betalt i juni.

Med venlig hilsen
Heino Lund
""")

M("", """
Fra: Susanne Bech
Til: Borgerservice
Emne: SV: Manglende dokumenter

> Vi mangler dit cpr-nummer til ansøgningen om navneændring.

Det er [[300866\u00a01542]].

Susanne
""")

M("tu", """
Hi,

I'm a Polish carpenter living in Vejleåparken and a member of Byggefagenes Samvirke through 3F. My Danish is weak, sorry for English. My neighbour keeps parking on the fire lane, and when I ask him to move he tells me to "go back to Poland". Who at the municipality handles fire lanes?

Tomasz
""")

M("u", """
Til Byudvikling og Natur

Jeg sidder i bestyrelsen for Ishøj Kolonihaveforbund og er også medlem af Dansk Metal, hvor jeg har fået mange gode råd om forhandlinger. Vi ønsker at genforhandle lejekontrakterne med kommunen for vores haveforeninger, som udløber 2027. Kan vi få et møde?

Mvh
Flemming Thygesen
""")

M("pu", """
Hej

jeg er elektriker og i Dansk El-Forbund. jeg og min samlever har budt på et hus på Vejlebrovej og sælger har sagt ja, men banken vil se byggetilladelsen til tilbygningen. mægler siger at kommunen har den. kan I sende den? matr. 2aq

Mvh Nikolaj
""")

M("h", """
Den 4. feb. 2025 kl. 10.02 skrev Boligselskabet Strandgården:
> Vi har modtaget din klage over fugt i lejligheden og sender en tekniker.

Hej kommunen

Jeg videresender svaret fra boligselskabet. Teknikeren kom aldrig. Min søn på 3 har fået astma, og lægen siger det kan skyldes skimlen. Kan kommunens miljøafdeling komme og måle?

Mvh
Louise Gram
""")

M("b", """
Til Borgerservice

Jeg skal bruge en dåbsattest til min datter Emma til hendes konfirmation i Ishøj Kirke i maj. Hun er født i Norge. Hendes cpr-nr. er [[0910124391]].

Mvh
Karina Lie
""")

M("u", """
Til byrådsmedlem Karsten Eriksen

Vi er nogle beboere i Ishøj Strand, og vi er alle medlemmer af FOA og arbejder på plejecentrene. Vi har svært ved at finde parkering, når vi kommer hjem fra aftenvagt. Kan I lave flere p-pladser ved blok 5?

Med venlig hilsen
Fem FOA-medlemmer fra blok 5
""")

M("u", """
Hej

Jeg er pensioneret lærer og stadig medlem af Danmarks Lærerforening. Jeg vil gerne vide, om kommunen lejer lokaler ud på skolerne til foreninger om aftenen. Vi er en boligforening der mangler et mødelokale.

Mvh
Grete Halling
""")

M("s", """
Hej

Jeg har glemt at sende min mands cpr med, da vi søgte om at få en fælles adresse registreret. Vi er to mænd, gift i juni.
Anders Mølgaard: [[220980-1779]]
Hussein Ali: [[111183–2365]]

Mvh
Anders
""")

M("e", """
-----Oprindelig meddelelse-----
Fra: Lejerforeningen Ishøj
Til: Hovedpostkassen

Vi videresender på vegne af vores medlem, Jørn Pedersen, Ishøj Strand 28, som har givet fuldmagt: Jørn har modtaget en udsættelsesbegæring på grund af huslejerestance på 19.400 kr. Han har ikke kunnet få kontakt til Ydelsescentret.

Med venlig hilsen
Lejerforeningen Ishøj
""")

M("ute", """
Til borgerrådgiveren

Jeg er tyrkisk, medlem af Dansk Metal og arbejder på et værft. Jeg blev opsagt fra min lejlighed fordi udlejer siger at mine gæster "larmer på tyrkisk". Min fagforening siger at jeg skal tage det op som diskrimination i Huslejenævnet. Hvor sender jeg klagen?

Mvh
Mehmet Kaya
""")

M("u", """
Hej

Jeg er tidligere medlem af Dansk Journalistforbund og skriver nu en bog om almene boliger i Ishøj. Kan jeg få adgang til kommunens arkiv om Vejleåparkens byggeri?

Mvh
Annette Vinding
""")

M("s", """
Hej Borgerservice

Min kone Line og jeg, Maja, søger om at Line bliver registreret som medmor til vores søn.
Maja Thomsen [[010597-2271]]
Line Thomsen [[170394 1682]]

Mvh Maja
""")

M("uhe", """
Hej

Jeg arbejder som sosu-hjælper og er med i FOA. Efter en arbejdsskade er jeg sygemeldt og kan ikke gå på trapper, og jeg bor på 4. sal uden elevator i Vejleåparken. Kan kommunen hjælpe mig med at bytte til en bolig i stueetagen?

Mvh
Gülsen
""")

M("u", """
Til Teknik- og Miljøudvalget

Vi er en gruppe fra forskellige forbund, der bor i Ishøj Landsby, og vi protesterer mod at kommunen udliciterer vejvedligeholdelsen til et firma uden overenskomst.

Med venlig hilsen
En gruppe lønmodtagere i Ishøj Landsby
""")

M("e", """
Til Ydelsescentret

Vedr. ansøgning om boligstøtte, cpr [[2006881234]]. Jeg har nu vedlagt min kontanthjælpsafgørelse. Kan I behandle sagen nu?

Mvh
Kim Andersen
""")

M("u", """
Hej

Jeg er bestyrelsesmedlem i Ishøj Fodboldklub og medlem af 3F. Vi vil gerne søge om at leje en af kommunens boliger ved stadion til vores træner, som flytter hertil fra Jylland.

Mvh
Jesper Brandt
""")

M("hsu", """
Hej kommunen

Min mand Karsten (jeg er Søren) har fået konstateret lungekræft. Vi bor på 3. sal uden elevator. Karstens fagforening, HK, har sagt, at vi skal søge om en anden bolig gennem kommunen på grund af hans sygdom. Hvordan gør vi det?

Søren
""")

M("", """
Hej

Jeg har fået et brev fra kommunen om ejendomsskat på min afdøde fars hus, men navnet er stavet forkert, så banken vil ikke tage det. Hans cpr var [[190128-0973]]. Hvad skal jeg gøre?

Mvh
Annie Knudsen
""")
