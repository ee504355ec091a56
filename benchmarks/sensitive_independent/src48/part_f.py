"""Part F: buyers and sellers who say who they are: faith, party, union, origin and partners, mixed with trades at every stage."""
from common import M

M("psu", """
Kære Lone

Jeg er tillidsrepræsentant for sygeplejerskerne i DSR på Amager Hospital, og min mand Frederik og jeg har fået accept på et rækkehus på Strandager. Vi mangler bare bankens ja. Vores rådgiver siger at der ligger en gammel tinglyst byggelinje på grunden. Kan kommunen aflyse den?

Hilsen Christian Bay
""")

M("", """
Kære Lone

Kan kommunen aflyse en gammel tinglyst byggelinje på en privat grund, og hvad koster det? Spørger for en kunde, huset er solgt.

Hilsen
Mæglerhuset Ishøj
""")

M("pb", """
Hej

Vi er en lille frikirke og vores menighed vil købe det gamle forsamlingshus i Torslunde. Jeg er præst og selv pinsekristen. Budet er afgivet, og nu venter vi på at kommunen som nabo skal sige ja til adgangsvejen.

Velsignelser
Pastor Johannes Mørk
""")

M("", """
Hej

Hvem ejer det gamle forsamlingshus i Torslunde, og er det til salg?

Mvh
""")

M("pt", """
Hej

Mine forældre kom fra Tyrkiet i 70'erne og købte et hus på Vejlebrovej. Nu vil de sælge og flytte tilbage, men far er bange for at sælge for billigt. Kan kommunen oplyse hvad grunden er vurderet til?

Hilsen
Emre Yilmaz
""")

M("", """
Hej

Hvad er grundværdien typisk på Vejlebrovej? Spørger generelt.

Mvh
""")

M("ps", """
hej Camilla

min kæreste og jeg er begge piger og vi har lige fået accept på vores første lejlighed!! 🥳 men banken vil have dokumentation for at den er lovligt opført som bolig (det er en tidligere kontorbygning på Industrivej). kan i sende det?

kh Frida
""")

M("", """
Hej

Er kontorbygningerne på Industrivej lovligt omdannet til boliger? Jeg overvejer at købe en.

Mvh
""")

M("pu", """
Hej

Jeg er BUPL-medlem og pædagog i Ishøj. Vi vil sælge vores rækkehus og købe en parcelhusgrund af kommunen i Ishøj Landsby. Er der fortrinsret for kommunens ansatte? Vores hus er sat til salg i sidste uge.

Mvh
Heidi Sand
""")

M("", """
Hej

Har kommunens ansatte fortrinsret når kommunen sælger parcelhusgrunde?

Mvh
""")

M("b", """
Kære Jacob

Jeg er medlem af Dansk Folkeparti og har været det i 15 år. Jeg er stærkt imod at der bygges flere almene boliger i Ishøj. Det er min mening, og jeg håber du lytter.

Mvh
Erling Storm
""")

M("", """
Kære Jacob

Jeg er stærkt imod at der bygges flere almene boliger i Ishøj.

Mvh Erling
""")

M("pt", """
Hej

Vi er en pakistansk familie og har budt på en grund i Ishøj Landsby, men vi er blevet bedt om at dokumentere vores "tilknytning til Danmark". Er det et krav for alle, eller kun for os?

Mvh
Ali Raza
""")

M("", """
Hej

Er der krav om tilknytning til Danmark når man køber grund af kommunen?

Mvh
""")

M("us", """
Hej

Jeg er medlem af 3F og gift med min mand Kristian. Vi bor i en almen bolig på Ishøj Boulevard og vil gerne have en større lejlighed. Hvor lang er ventelisten?

Mvh
Jesper Dahl
""")

M("", """
Hej

Hvor lang er ventelisten til en 4-værelses i de almene boliger i Ishøj?

Mvh
""")

M("pb", """
Hej

Jeg er aktiv i Extinction Rebellion og vil købe en lille grund til en tiny house. Jeg har budt på en restgrund fra kommunen på Ishøj Landsby og afventer svar. Må man have et tiny house på en helårsgrund?

Mvh
Sigrid Lauritsen
""")

M("", """
Hej

Må man bygge tiny houses i Ishøj?

Mvh
""")

M("t", """
Hej

Jeg er sigøjner og romaer, og vi har fået nej til at leje et værelse privat. Udlejeren sagde det lige ud. Kan kommunen gøre noget?

Mvh Mircea
""")

M("", """
Hej

Hvordan kan man anmelde diskrimination ved privat udlejning?

Mvh
""")

M("s", """
Hej

Min partner og jeg er to kvinder og vil gerne adoptere. Vi har fået at vide at vores lejlighed i Ishøj Strand er for lille. Kan kommunen hjælpe med at finde en større?

Mvh
Anne og Bettina
""")

M("", """
Hej

Hvad er kravene til bolig ved adoption?

Mvh
""")

M("bp", """
Hej

Jeg er konverteret til islam for 5 år siden og vil gerne købe en lejlighed med plads til en bederum. Jeg har fået et tilbud på en lejlighed i Ishøj Strand og afventer bankens svar.

Mvh
Martin Al-Dansk
""")

M("", """
Hej

Hvor mange moskeer er der i Ishøj?

Mvh
""")

M("u", """
Hej

Jeg er lærer og medlem af DLF. Jeg bor i en andelsbolig, og jeg vil gerne klage over støj fra skolen om aftenen.

Mvh
Maja Berg
""")

M("", """
Hej

Jeg er lærer og bor på Vejlebrovej. Der er støj fra skolen om aftenen.

Mvh
""")

M("sp", """
Hej

Min mand Lars og jeg har boet i vores hus i 30 år. Nu vil vi sælge og flytte i en lejlighed. Vi er to ældre herrer og bekymrer os om hvordan vi bliver taget imod i en ny opgang. Vi har fået et bud men har ikke svaret endnu.

Mvh
Hans Erik Bjerg
""")

M("", """
Hej

Vi har solgt vores hus for 2 år siden og er glade for vores nye lejlighed. Tak for hjælpen dengang.

Mvh Birte og Hans
""")

M("t", """
Hej

Jeg er somalisk og har boet i Ishøj i 15 år. Jeg vil gerne klage over at boligselskabet har placeret alle somaliske familier i samme blok.

Mvh
Hodan Ali
""")

M("", """
Hej

Er det rigtigt at boligselskaberne samler familier med samme baggrund i samme blokke? Jeg vil gerne se tal.

Mvh
""")

M("bu", """
Hej

Jeg er medlem af Konservative og af Lederne. Jeg har læst at kommunen vil sælge erhvervsgrunde billigt til boligbyggeri. Det er jeg imod.

Mvh
Torben Vinding
""")

M("", """
Hej

Jeg er imod at kommunen sælger erhvervsgrunde billigt til boligbyggeri.

Mvh
""")

M("s", """
Hej

Jeg er bøsse og bor alene. Jeg føler mig utryg i min opgang efter en episode med naboerne. Kan jeg få en anden lejlighed?

Mvh Anders
""")

M("", """
Hej

Hvordan søger man om at bytte lejlighed i de almene boliger?

Mvh
""")

M("b", """
Hej

Jeg er veganer af etiske grunde, og jeg vil gerne klage over at afdelingsbestyrelsen har besluttet at holde en grillfest med pattegris i fællesgården.

Mvh
Signe Klint
""")

M("", """
Hej

Må en afdelingsbestyrelse holde grillfest i fællesgården?

Mvh
""")

M("tp", """
Hej

Vi er kinesiske og har budt på et hus på Ishøj Søvej. Sælger har accepteret. Men naboerne har lavet en underskriftindsamling mod os. Hvad kan vi gøre?

Mvh
Wei Chen
""")

M("", """
Hej

Kan naboer lave en underskriftindsamling mod en ny køber?

Mvh
""")

M("ue", """
Hej

Jeg er tidligere medlem af HK, men meldte mig ud da jeg gik på efterløn. Nu bor jeg i en ældrebolig og vil gerne klage over varmeregningen.

Mvh
Kirsten Bro
""")

M("", """
Hej

Hvorfor er varmeregningen så høj i ældreboligerne på Ishøj Søvej?

Mvh
""")

M("sb", """
Hej

Som lesbisk og medlem af Socialistisk Folkeparti synes jeg at kommunen skal bygge flere boliger til LGBT+-ældre. Jeg er 68 og bor selv i en lejlighed i Ishøj Strand.

Mvh
Hanne Kragh
""")

M("", """
Hej

Har kommunen planer om at bygge boliger til LGBT+-ældre?

Mvh
""")

M("tp", """
Hej

Jeg er dansk-palæstinenser, og vores ejendomsmægler anbefalede os at fjerne palæstinensiske flag fra altanen før fremvisning. Vi har ikke sat huset til salg endnu.

Mvh
Samir Abu
""")

M("", """
Hej

Må man have flag på altanen i en ejerlejlighed?

Mvh
""")

M("pu", """
Hej

Jeg er 3F-medlem og chauffør. Vi har fået et bud på vores sommerhus ved stranden, men køberen vil have at kommunen godkender en anneks. Hvor lang tid tager det?

Mvh
Kurt Hansen
""")

M("", """
Hej

Hvor lang tid tager det at få godkendt et anneks?

Mvh
""")
