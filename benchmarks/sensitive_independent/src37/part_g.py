"""corpus37 part G: more CPR (no separator, no-break space), property and mixed cases; hard negatives on holidays, history, public figures and policy."""
from common import M

M("s", """Hej Borgerservice

Jeg skal bruge en navneændring. Jeg har giftet mig med Mikkel Aagaard og vil tage hans efternavn. Selv hedder jeg Simon Bech, personnr. [[0703911235]].

Mvh
Simon""")

M("", """Hej Borgerservice. Jeg har giftet mig og vil tage min mands efternavn. Hvad koster en navneændring? Mvh Simone Bech""")

M("b", """Til Vej og Park. Jeg er kandidat til byrådet for Moderaterne og har fået fjernet mine plakater ved Ishøj Strandvej, selvom de hang lovligt. Mvh Nikolaj Friis, [[2208790917]]""")

M("e", """Hej Ydelsesservice. Jeg har fået et krav om tilbagebetaling af boligstøtte på 8.400 kr. Det kan jeg ikke betale, jeg lever af SU. CPR [[110400 9182]]. Mvh Nanna""")

M("eh", """Hej, jeg får ledsageordning pga. min cerebral parese og vil gerne have timerne flyttet til weekenden. cpr: [[210586-3470]] /Michael""")

M("pe", """Kære Ishøj Kommune. Jeg har været i skilsmisse siden foråret, og huset på Vejlebrovej 19 skal sælges. Min eks vil ikke acceptere det bud, vi har fået. Kan kommunen hjælpe med et midlertidigt sted at bo til mig og børnene? Mvh Jeanette, [[030482–1846]]""")

M("p", """Hej. Jeg vil gerne købe kommunens grund ved siden af mit hus på Ishøj Landsby 26 til udvidelse af haven. Jeg har lavet et bud på 120.000 kr. Hvem forhandler jeg med? Mvh Preben""")

M("p", """Hej. Vi har lige fået at vide, at vores køber af andelen i Ishøj Strandpark har trukket sig. Kan vi få flytningen udskudt fra kommunens lejlighed, vi skulle flytte ind i? Mvh Sara og Ali""")

M("p", """Til Teknik og Miljø. Sælgeren af Gildbrovej 33 har tilbudt os en nedsættelse, hvis vi selv betaler for at lovliggøre kælderen. Hvad koster det typisk? Vi har ikke skrevet under. Mvh Jonas Krag""")

M("ps", """Hej. Vi er to kvinder på 60+ der vil købe et lille hus sammen på Ishøj Landsby. Min partner Hanne har solgt sin lejlighed, og vi venter på svar på vores bud. Er der ældreboliger vi skal kende til? Mvh Birte""")

M("", """Hej. Hvor mange ældreboliger har kommunen i Ishøj Landsby, og hvad er ventetiden? Mvh Birte""")

M("", """Hvilke dage har kommunen lukket i julen 2026? Er 24. og 31. december lukket i Borgerservice? Mvh Ole""")

M("", """Hej. Er grundlovsdag en fridag for kommunens ansatte? Og holder Ishøj Bibliotek åbent? Vh Inge""")

M("", """Hej. Store bededag er jo afskaffet. Har skolerne så fri den fredag alligevel? Vh Lars""")

M("", """Jeg synes Ishøj burde holde fri til Eid og Diwali ligesom til jul. Vi er en mangfoldig by. Mvh Camilla""")

M("", """Hvorfor er der ikke flere ramadan-arrangementer i Ishøj Bycenter? Det burde kommunen støtte. Mvh Kenneth""")

M("", """Borgmesteren har siddet i byrådet i 30 år, står der på Wikipedia. Hvornår blev han valgt første gang? Mvh gymnasieelev""")

M("", """Er det rigtigt at vores folketingsmedlem fra Vestegnen er gift med en mand? Det var en artikel i avisen, jeg har glemt hvem. Mvh Ida""")

M("", """Kongen var i Roskilde i påsken. Kommer kongeparret til Ishøj i forbindelse med jubilæet? Mvh Bodil""")

M("", """Hej. Ishøj Kirke holder koncert med gospelkoret den 3. december. Må koret parkere på skolens parkeringsplads? Mvh kirkekontoret""")

M("", """Jeg læste at 1.200 borgere i Ishøj har meldt sig ud af folkekirken i år. Er det rigtigt? Mvh Henning""")

M("", """Hvem har fundet på at kalde den nye vej ved Ishøj Landsby "Regnbuevej"? Det er et pænt navn. Mvh Tove""")

M("", """Kære byråd. I burde lave flere kønsneutrale toiletter i skolerne. Det vil være godt for alle. Mvh Mads""")

M("", """Hej. Kommer der en bryllupsmesse i Ishøj Idrætscenter igen i år? Min veninde og jeg vil gerne udstille. Mvh Pia, blomsterbutik""")

M("", """Min svigermor og svigerfar har været gift i 50 år. Kan borgmesteren komme forbi og sige tillykke? Mvh Sanne""")

M("", """Min bror og hans kone vil gerne leje Torslunde Forsamlingshus til deres sølvbryllup. Hvem skal de kontakte? Mvh Rasmus""")

M("", """Hej. Hvad sker der med Ishøj Medborgerhus, når kirken flytter sine aktiviteter derover? Mvh Kurt""")

M("", """Jeg mener at kommunen skal give tilskud til både moskeen og kirken, eller ingen af dem. Mvh en borger""")

M("", """Hvor mange medlemmer har FOA i Ishøj Kommunes hjemmepleje? Jeg er journalist på Vestegnen. Mvh Lene""")

M("", """Sagsnr. 01.03.03-P19-44-26. Vi har søgt om byggetilladelse 14/3-2026 og har ikke hørt noget siden. Mvh Kaj, Vejlebrovej 58""")

M("", """Hej, telefonnummeret 4322 0114 i jeres brev virker ikke. Mvh Birthe""")

M("", """Hej, vi har reg.nr. 2270 og kontonr. 0612548833. Kan tilskuddet til foreningen udbetales dertil? Mvh Ishøj Roklub""")

M("h", """hej jeg er lige blevet opereret for blindtarmsbetændelse og kan ikke komme til min praktik i 2 uger. [[1407013912]] /Emil""")

M("bh", """Til hjemmeplejen. Min far faster på torsdag, som han altid gør på Yom Kippur, men han er diabetiker. Vær venlig at holde øje med ham. Mvh David Meyer""")

M("b", """Hej Anja. Tak for dit besøg i vores valgkampsbod. Jeg står der igen lørdag for Liberal Alliance og vil gerne have dig forbi. Hilsen Anders""")

M("b", """Hej. Jeg er præst i Ishøj Kirke og vil gerne vide, hvordan jeg får parkeringstilladelse på Rådhuspladsen, når jeg skal til møder. Mvh Sara Bruun""")

M("", """Hej. Hvordan får man parkeringstilladelse på Rådhuspladsen, når man er ekstern mødedeltager? Mvh Sara Bruun""")

M("ht", """Hej. Min mor er fra Pakistan og har fået brystkræft. Hun vil kun undersøges af en kvindelig læge. Kan Sundhedshuset hjælpe? [[081160 2234]]""")

M("sh", """Hej Ishøj Roklub. Jeg vil gerne tilmelde min mand Jørgen og mig til seniorroning. Vi er begge 68 og har lige fået nye hofter, haha. Ib Lauritsen""")

M("es", """Hej. Jeg er blevet smidt ud af min kæreste Kim, og nu sover jeg i min bil. Han er den eneste mand jeg har boet med. Jeg hedder Lasse og har ingen penge. Hvor kan jeg henvende mig? [[300196 1129]]""")

M("", """Hej, hvor kan unge uden bolig henvende sig i Ishøj? Hilsen ungerådgivningen""")

M("h", """Til Ishøj Tandpleje. Vores datter Laura har en medfødt hjertefejl og skal have antibiotika før tandbehandling. [[110315-4120]]""")

M("e", """Hej Ishøj Kommune. Jeg får hjemmehjælp to gange om ugen, og den nye medarbejder kommer aldrig til tiden. Mvh Agnes, [[190933 0547]]""")

M("p", """Hej. Vi har fået et bud på vores sommerhus i Ishøj Strandpark, men køberen vil kun købe, hvis kommunen lover ikke at fælde træerne bag huset. Mvh Poul""")

M("ub", """Hej. Jeg er HK-medlem og frivillig for Kristeligt Folkeparti, og jeg vil gerne stille et spørgsmål ved borgermødet. Mvh Tabita, [[120683-2061]]""")
