"""Part D: ethnicity — positives and hard negatives."""
from common import M

M("t", """
Hej Borgerrådgiver

Jeg er sort og blev i går afvist ved indgangen til svømmehallen, mens mine hvide venner kom ind. Vagten sagde "folk som dig laver ballade". Jeg vil gerne klage.

Mvh
Emmanuel Osei
""")

M("te", """
Hej, jeg kommer fra Syrien og har fået opholdstilladelse som flygtning. Min integrationsydelse er ikke kommet denne måned og jeg har 3 børn. Hvem kan jeg ringe til?
Mahmoud
""")

M("t", """
Kære Skole og Dagtilbud

Min datter er halvt thailandsk og bliver kaldt "ris-pige" og "kineser" af nogle drenge i 4.b. Læreren siger det bare er drilleri. Det er ikke okay.

Mvh
Rasmus Pedersen
""")

M("t", """
hej vi er en familie fra Eritrea og vi vil gerne have tolk på tigrinya til skole-hjem-samtalen for vores søn Filmon. tak
""")

M("th", """
Hej

Min mor er tyrkisk og taler kun lidt dansk. Hun skal til kontrol for sin sukkersyge på Sundhedshuset. Kan de skaffe en tyrkisk tolk, eller skal jeg komme med?

Mvh Elif
""")

M("t", """
Til borgmesteren

Jeg er af pakistansk oprindelse, født og opvokset i Ishøj. Jeg er træt af at blive omtalt som "indvandrer" i kommunens breve om boligområdet. Jeg er dansker.

Venlig hilsen
Usman Rafiq
""")

M("t", """
Hej

Vores nabo råber "sorte svin" efter mine børn når de leger i gården. Vi er fra Somalia. Boligselskabet gør intet. Kan kommunen?

Hilsen
Hodan Ali
""")

M("t", """
Hej, jeg er adopteret fra Colombia og søger oplysninger om mine biologiske forældre. Har kommunen nogle papirer fra 1988, da jeg kom til Danmark?
Mvh Carolina Jensen
""")

M("t", """
Hej

Jeg er grønlænder og vil gerne høre om der findes et grønlandsk netværk eller forening i Ishøj. Jeg er lige flyttet hertil.

Qujanaq, Aviaja
""")

M("te", """
Til Jobcentret

Jeg er ukrainsk flygtning og har arbejdet som revisor i Kyiv. Nu er jeg på selvforsørgelses- og hjemrejseydelse og vil gerne have mit eksamensbevis godkendt, så jeg kan få job. Hvem hjælper med det?

Med venlig hilsen
Oksana Melnyk
""")

M("t", """
hej jeg er romaer og mine børn blir mobbet på skolen. de kalder dem sigøjnere og tyve. hvad kan jeg gøre
""")

M("t", """
Kære byrådsmedlem

Som kurder fra Irak er jeg glad for at Ishøj har så mange nationaliteter. Men jeg synes Kulturhuset burde vise kurdisk kultur også, ikke kun arabisk og tyrkisk. Vi vil gerne lave en kurdisk kulturaften.

Mvh
Dilan Karim
""")

M("t", """
Hej

Min mand er fra Marokko og jeg er dansk. Vi vil gerne have vores søn i en børnehave, hvor der også bliver talt arabisk. Findes det i Ishøj?

Mvh
Marianne El Idrissi
""")

M("t", """
Til Borgerrådgiveren

Jeg ringede til Borgerservice om mit pas og damen sagde "du er vel ikke rigtig dansk alligevel". Jeg er født i Vietnam, men dansk statsborger siden 1995. Jeg vil klage over den opførsel.

Venlig hilsen
Nguyen Thi Lan
""")

M("t", """
hej, jeg er halv-iraner og halv-dansk og søger job i kommunen. er der en mangfoldighedspolitik i ansættelser?
""")

M("te", """
Hej

Vi er en polsk familie og min mand har mistet sit arbejde på lageret. Kan vi få kontanthjælp eller skal vi flytte hjem til Polen? Vi har boet her 6 år.

Mvh
Agnieszka
""")

M("t", """
Emne: Tolk

Hej, jeg skal have en afghansk tolk (dari) til min fars møde om hans boligsag. Han er fra Afghanistan og forstår ikke dansk godt.

Tak, Farid
""")

M("t", """
Hej Ole,

Tak for dit svar. Min søn er mørk i huden og er blevet stoppet af politiet 3 gange i Ishøj Bycenter på en måned. Han har ikke gjort noget. Kan byrådet tage det op med politiet i det lokale samarbejde?

Hilsen
Ibrahima Diallo
""")

M("tb", """
Hej

Jeg er palæstinenser og muslim, og jeg vil gerne spørge om kommunen kan give lov til en bedeplads i pausen på min arbejdsplads i hjemmeplejen.

Mvh
Rania
""")

M("t", """
Kære Skolebestyrelse

I julekoncerten blev vores datter, som er adopteret fra Kina, sat til at spille "den kinesiske kejser" med sminke på øjnene. Vi synes ikke det var i orden.

Venlig hilsen
Søren og Hanne Lund
""")

M("t", """
hej! vi er en gruppe tamilske forældre, og vores børn vil gerne lære tamil. kan I stille et lokale til rådighed for modersmålsundervisning om lørdagen?
mvh Kumar (for gruppen)
""")

M("t", """
Hej, vi har lige adopteret en pige fra Etiopien på 2 år. Har kommunen et tilbud til adoptivfamilier, fx en sundhedsplejerske med erfaring?
/Jonas og Trine
""")

M("t", """
Hej

Jeg vil bare fortælle at jeg er samisk og føler at den nye udstilling på biblioteket om "Nordens folk" er misvisende om mit folk. Kan jeg få lov at bidrage?

Mvh
Elle Marja Somby
""")

M("th", """
Hej

Min far er fra Bosnien og har PTSD fra krigen. Han kan ikke være i rum med mange mennesker. Kan han få sin samtale i Borgerservice i et lille rum?

Mvh Amra
""")

M("t", """
Til kommunen

Mine naboer har smidt en seddel ind ad døren: "Hjem til Tyrkiet med jer". Vi er tyrkere men har boet her i 30 år. Jeg vil have det registreret.

Mvh
Fatma Yıldız
""")

M("t", """
Hej, jeg er selv inuk og arbejder som pædagog. Vil gerne tilbyde at holde en grønlandsk temadag i min institution – skal det godkendes af forvaltningen?
Mvh Pipaluk
""")

M("te", """
hej jeg er kommet fra Gaza med mine 2 børn og vi bor på et værelse i flygtningeboligen. vi venter på en rigtig bolig. hvor lang tid tager det? jeg har ikke penge til tøj til vinter
""")

M("t", """
Hej

Jeg er jøde af herkomst (ikke troende) og blev kaldt "snydejøde" af en kollega på rådhuset. Jeg vil gerne vide hvordan man klager internt.

Mvh
Daniel Rothstein
""")

M("t", """
Kære Kultur- og Fritidsudvalget

Vi er en pakistansk cricketklub med mest pakistanske og indiske spillere. Vi mangler en bane. Kan vi få tid på græsset ved Ishøj Idrætscenter?

Med venlig hilsen
Imran Chaudhry, formand
""")

M("t", """
Hej

Jeg er hvid dansker gift med en kenyaner, og vi oplever at vores søn bliver behandlet anderledes i børnehaven end de hvide børn. Kan vi få et møde med lederen?

Mvh Louise
""")

# --- hard negatives ---
M("", """
Hej, har kommunen tolke på arabisk til rådgivning i Ydelsescentret? Jeg arbejder frivilligt i Dansk Flygtningehjælp og vil henvise folk.
""")

M("", """
Hej

Hvor mange flygtninge har Ishøj modtaget i 2024, og hvor mange er kommet i job? Jeg kan ikke finde tallet på hjemmesiden.

Mvh
Jens
""")

M("", """
Kære byråd

Jeg er imod at vi lukker Integrationsrådet. Det er vigtigt at alle grupper bliver hørt i kommunen.

Venlig hilsen
Hanne Sort
""")

M("", """
Hej, hvilken farve må vores hegn være i lokalplanen? Vi vil gerne male det sort.
""")

M("", """
Hej

Imran, Nadia og Olena fra 8.c har vundet den regionale matematikkonkurrence! Kan kommunen skrive om det på Facebook?

Mvh
Lærer Birgit Holm
""")

M("", """
Hej, jeg vil gerne anmelde et sort hul i asfalten på Ishøj Strandvej ved nr. 40. Det er farligt for cyklister.
""")

M("", """
Til Kultur- og Fritidsudvalget

Kan vi få en tyrkisk madfestival på torvet igen i år? Sidste års var en succes med over 2.000 gæster.

Mvh
Ishøj Handelsforening
""")

M("", """
Hej

Holder kommunen arrangement på FN's dag mod racisme den 21. marts? Vi er en skoleklasse der vil deltage.

Mvh
7.a, Strandgårdskolen
""")

M("", """
Hej, kan man få danskundervisning om aftenen? Jeg arbejder om dagen.
Mvh Olena
""")

M("", """
Hej

Vi skal have en italiensk aften på plejehjemmet med pasta og musik. Må vi bruge fælleskøkkenet?

Mvh Aktivitetsmedarbejderne
""")

M("", """
Hej, hvad er reglerne for at få dansk indfødsret? Er det kommunen der står for indfødsretsprøven?
""")

M("", """
Kære Borgmester

Jeg synes Ishøj skal være stolt af at være Danmarks mest mangfoldige kommune, og at vi skal fortælle det positive. Mvh en glad borger
""")

M("", """
Hej, i hvilken uge er der polsk-dansk venskabsbyudveksling? Vores kor vil gerne være med.
""")

M("", """
Hej

Er den nye skolevejledning oversat til engelsk? Vi har en del internationale kolleger på vores virksomhed der flytter til Ishøj.

Mvh HR, Kemira Nordic
""")

M("", """
hej, sorteringen af affald er svær – hvor skal sort plastik hen? det står ikke på vejledningen
""")
