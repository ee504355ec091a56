"""Part D: trade unions, a-kasser and TR roles, mixed with sick leave, benefits and CPR numbers; signatures and disclaimers."""
from common import M

M("u", """
Hej

Jeg er medlem af FOA og min fagforening siger at kommunen skal give mig svar på min ansøgning om nedsat tid inden 4 uger. Det er nu 7 uger siden.

Mvh
Dorte Lind, social- og sundhedshjælper

Denne e-mail kan indeholde fortrolige oplysninger. Er du ikke den rette modtager, bedes du slette den.
""")

M("", """
Hej

Hvor lang tid har kommunen til at svare på en ansøgning om nedsat tid for ansatte? Er der en fast frist?

Mvh
Dorte Lind

Denne e-mail kan indeholde fortrolige oplysninger. Er du ikke den rette modtager, bedes du slette den.
""")

M("hu", """
Til HR / hovedpostkassen

Jeg har været sygemeldt siden marts efter en arbejdsulykke på materielgården (knust fod). Min 3F-konsulent har bedt mig få kopi af arbejdsskadeanmeldelsen. Mit cpr: [[220479-1155]].

Mvh
Brian Holm
""")

M("", """
Til HR / hovedpostkassen

Hvordan anmelder man en arbejdsskade som ansat i kommunen? Er der en blanket? Spørger som ny arbejdsmiljørepræsentant.

Mvh
Brian Holm
""")

M("", """
Kære Beskæftigelsesudvalg

Jeg skriver som faglig sekretær i 3F Køge Bugt. Vi vil gerne mødes med udvalget om brugen af løntilskud i kommunens materielgård, som vi mener fortrænger ordinære job.

Med venlig hilsen
Kenneth Dahl
Faglig sekretær, 3F Køge Bugt
""")

M("u", """
Kære Beskæftigelsesudvalg

Jeg er menigt medlem af 3F og ansat i materielgården. Vi er mange der mener løntilskud fortrænger ordinære job. Må jeg komme til mødet?

Med venlig hilsen
Kenneth Dahl
""")

M("eu", """
Navn: Sanne Østergaard
Emne: Dagpenge
Besked: Min a-kasse (HK) siger jobcentret ikke har registreret min CV-samtale og nu er mine dagpenge stoppet. Jeg var der 2. maj.
""")

M("e", """
Navn: Sanne Østergaard
Emne: Dagpenge
Besked: Min a-kasse (ASE) siger jobcentret ikke har registreret min CV-samtale og nu er mine dagpenge stoppet. Jeg var der 2. maj.
""".replace("Sanne Østergaard", "Sanne Ø."))

M("u", """
Kære Karen

Som TR for lærerne på Gildbroskolen (DLF) vil jeg gerne invitere udvalget til at se vores klasselokaler. De er i elendig stand.

Mvh
Jakob Riis
Tillidsrepræsentant, Gildbroskolen
""")

M("", """
Kære Karen

Jeg vil gerne invitere udvalget til at se klasselokalerne på Gildbroskolen. De er i elendig stand.

Mvh
Jakob Riis
Lærer, Gildbroskolen
""")

M("hu", """
Hej

Min mand er medlem af Dansk Metal og har kræft. Fagforeningen siger at kommunen skal lave en § 56-aftale så arbejdsgiveren får refusion. Hvem skal vi tale med? Han hedder Lars Ebbesen, cpr [[1207651431]].

Kh
Birthe Ebbesen
""")

M("", """
Hej

Hvad er en § 56-aftale, og hvem i kommunen behandler dem? Vi er en mindre virksomhed med 12 ansatte.

Kh
Birthe Ebbesen, Ebbesen VVS
""")

M("u", """
hej jeg er i krifa og de siger jeg kan få hjælp til at klage over jeres afgørelse om min barnepige-tilladelse. kan i sende sagen til dem

mvh Jannik
""")

M("eu", """
Dear jobcenter,

I am a member of Dansk Metal's a-kasse and I lost my job at the shipyard last month. I have a meeting with you on 14 May but I don't speak enough Danish. Can I bring an interpreter?

Regards
Piotr Zieliński
""")

M("", """
Dear jobcenter,

Do you offer job fairs for English-speaking workers? Which companies take part? And which unions will be present at the next one?

Regards
Piotr
""")

M("u", """
Kære borgmester

Jeg har været medlem af BUPL i 32 år og er nu gået på pension. Jeg vil bare sige tak for den nye legeplads i Vejleåparken.

Hilsen Grete
""")

M("", """
Kære borgmester

Tak for den nye legeplads i Vejleåparken. Mine børnebørn elsker den.

Hilsen Grete
""")

M("hu", """
Emne: SV: SV: Samtale om fravær

Jeg ønsker at min tillidsrepræsentant fra DSR deltager i mødet. Jeg er stadig i behandling for angst og kan ikke møde alene.

Malene Friis, sygeplejerske

> Kære Malene. Vi indkalder til samtale om dit fravær torsdag kl. 13 på Rådhuset.
""")

M("", """
Emne: SV: SV: Samtale

Torsdag kl. 13 passer fint. Vi ses på Rådhuset.

Malene Friis, sygeplejerske

> Kære Malene. Vi indkalder til et møde om den nye vagtplan torsdag kl. 13 på Rådhuset.
""")

M("u", """
Hej

Vi er nogle stykker fra HK og FOA der arbejder i Borgerservice, og vi vil gerne gøre opmærksom på at ventetiden er blevet uforsvarlig. Vi skriver anonymt.
""")

M("", """
Hej

Vi er nogle medarbejdere i Borgerservice der vil gøre opmærksom på at ventetiden er blevet uforsvarlig. Vi skriver anonymt.
""")

M("eu", """
Navn: Ole Bang
Emne: efterløn
Besked: Jeg har været i Det Faglige Hus' a-kasse i 25 år og vil gå på efterløn til oktober. Skal kommunen vide det?
""")

M("", """
Navn: Ole Bang
Emne: efterløn
Besked: Hvad er reglerne for efterløn i 2026? Og har kommunen noget med efterløn at gøre?
""")

M("u", """
Hej Hovedpostkassen

Jeg er Djøf-medlem og ansat hos jer. Jeg vil gerne have aktindsigt i min egen personalesag.

Venlig hilsen
Signe Hjort, fuldmægtig
""")

M("u", """
Kære Teknik- og Miljøudvalg

Jeg er TR for chaufførerne hos Movia-entreprenøren og skriver privat som borger: busstoppestedet ved Ishøj Strandvej er farligt.

Mvh
René Skov
""")

M("", """
Kære Teknik- og Miljøudvalg

Busstoppestedet ved Ishøj Strandvej er farligt. Bilerne overhaler bussen når den holder.

Mvh
René Skov, buschauffør
""")

M("eu", """
Hej

Jeg er blevet afskediget fra kommunen. Min fagforening IDA siger at afskedigelsen er usaglig. Jeg har fået brev fra jobcentret om at møde op til samtale allerede på fredag. Kan det udsættes?

Mvh
Anders Lykke
[[061182-2745]]
""")

M("he", """
Hej, jeg hedder Mariam. Jeg er på sygedagpenge pga. migræne og nu siger jobcentret jeg skal i jobafklaringsforløb. Jeg forstår ikke brevet. Kan nogen ringe? 28 19 44 02
""")

M("", """
Hej. Hvad er et jobafklaringsforløb? Min søster studerer socialrådgiver og spurgte om jeg vidste det. Mvh Mariam
""")

M("u", """
Kære borgerrådgiver

Jeg har talt med min fagforening, Lederne, og de mener at kommunen har behandlet min klage over skolebussen forkert. Kan du se på det?

Mvh Jesper Moos
""")

M("", """
Kære borgerrådgiver

Kan du se på hvordan min klage over skolebussen er blevet behandlet? Jeg har ventet 6 uger.

Mvh Jesper Moos
""")

M("hue", """
Hej

Jeg er medlem af 3F. Jeg har fået en rygskade på arbejdet og kan ikke løfte. Min arbejdsgiver vil fyre mig. Kan kommunen hjælpe med fleksjob?

Cpr-nr.: [[300371 1839]]
Venlig hilsen
Ali Khan
""")

M("", """
Hej

Hvad er reglerne for fleksjob i Ishøj, og hvor mange er ansat i fleksjob i kommunen? Jeg spørger til en opgave på socialrådgiveruddannelsen.

Venlig hilsen
Ali Khan
""")

M("u", """
Til dagsordensamler, Økonomiudvalget

Jeg er tidligere tillidsrepræsentant i HK Kommunal og nu pensionist. Jeg vil protestere mod udliciteringen af rengøringen.

Mvh Jytte Bach
""")

M("", """
Til dagsordensamler, Økonomiudvalget

Jeg vil protestere mod udliciteringen af rengøringen på skolerne. Kvaliteten bliver dårligere.

Mvh Jytte Bach
""")

M("ue", """
hej kommune
jeg er medlem af 3F og har været ledig i et halvt år. nu siger a-kassen jeg skal søge job i jeres kantine. er der stillinger?
/kim
""")

M("", """
hej kommune
har i ledige stillinger i kantinen? jeg er kok
/kim
""")

M("bu", """
Kære Henrik

Som både socialdemokrat og FOA-medlem i 30 år er jeg skuffet over budgetforliget på ældreområdet.

Venlig hilsen
Inger Bendtsen
""")

M("u", """
Hej

Jeg er ny i kommunen og skal starte som pædagog. Skal jeg melde mig ind i BUPL før første arbejdsdag? Jeg har altid været i FOA før.

Mvh Line
""")

M("", """
Hej

Hvilke fagforeninger har overenskomst med kommunen for pædagoger? Jeg skal starte som pædagog til august.

Mvh Line
""")

M("u", """
Hi,

I'm a member of the Danish nurses' union (DSR) and I work at the Ishøj Plejecenter. I want to complain about the parking fees for staff.

Best, Hanna
""")

M("", """
Hi,

I work at the Ishøj Plejecenter. I want to complain about the new parking fees for staff. Who should I write to?

Best, Hanna
""")

M("", """
Kære udvalg

Jeg skriver som redaktør af FOA's lokalblad. Må vi bringe et interview med udvalgsformanden om ældreplejen?

Mvh
Kirsten Lauge, redaktør
""")

M("eu", """
Hej

Jeg har fået afslag på kontanthjælp fordi jeg har en bil. Min fagforening Krifa siger I har regnet forkert. Se vedhæftede. Mit personnummer er [[160993–2514]].

Mvh Jonas Elkjær
""")

M("ue", """
Emne: Re: Indkaldelse

Jeg kan ikke komme til samtale på jobcentret den 20. Jeg er til møde i min fagforening (Dansk El-Forbund) som bestyrelsesmedlem.

Lars Kiil

Den 6. maj 2026 skrev Jobcenter Ishøj:
> Du er indkaldt til samtale onsdag den 20. maj kl. 9.30.
""")

M("", """
Emne: Re: Indkaldelse

Jeg kan ikke komme til informationsmødet om praktikpladser den 20. Kan I sende slides?

Lars Kiil (mester, Kiil El)

Den 6. maj 2026 skrev Jobcenter Ishøj:
> Virksomheder inviteres til informationsmøde om praktikpladser onsdag den 20. maj kl. 9.30.
""")

M("u", """
Hej Hovedpostkassen. Tak for kvitteringen. Til orientering har jeg givet fuldmagt til min fagforening, Serviceforbundet, til at tale min sag. Hilsen Kasper Nyholm
""")

M("", """
Hej Hovedpostkassen. Tak for kvitteringen. Til orientering har jeg givet fuldmagt til min datter til at tale min sag om fortovet. Hilsen Kasper Nyholm
""")

M("ut", """
Kære borgerrådgiver

Jeg er polsk og medlem af 3F. På materielgården kalder formanden os "polakkerne" og vi får de dårligste opgaver. Jeg har talt med min fagforening men vil også klage til jer.

Mvh Marek
""")

M("u", """
Hej

Jeg var med i HK i mange år men meldte mig ud i 2020. Nu vil jeg have hjælp til at klage over min parkeringsbøde.

Mvh Bent Nygaard
""")
