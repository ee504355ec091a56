"""corpus37 part F: property trades, CPR numbers, health and origin, mixed with orientation and belief; look-alike numbers and public facts as negatives."""
from common import M

M("p", """Hej. Vi har et betinget skøde på Vejlebrovej 77 med forbehold for, at kommunen godkender vores tilbygning. Sælger venter på svar. Mvh Christian og Pernille Dal, [[141082-1936]]""")

M("p", """Hej Ishøj Kommune

Jeg har arvet min fars hus på Tranegilde Strandvej 3 og har sat det til salg. Mægleren vil vide, om der er tinglyst en vejret. Første køber har allerede været forbi.

Mvh
Lars Munk""")

M("", """Hej Ishøj Kommune. Min far døde i august. Hvordan afmelder jeg hans renovation på Tranegilde Strandvej 3? Mvh Lars Munk""")

M("ps", """Kære byggesagsbehandler

Min mand Andreas og jeg (Kasper) har lagt bud på Ishøj Landsby 52, men sælger vil have accept af en kvist. Vi har frist til fredag.

Mvh
Kasper Dyhr""")

M("p", """hej, naboen har solgt sin grund til et firma men handlen er ikke gået igennem endnu, de venter på en lokalplan. hvad er det de vil bygge?? bor selv på Gildbrovej 40. /Mette""")

M("p", """Til Erhverv. Vi forhandler om at købe erhvervsgrunden på Industribuen 14 af kommunen. Vores bank skal have en bekræftelse på prisen senest den 15. Mvh Vest Stål ApS, Jens Bonde""")

M("", """Til Erhverv. Hvor mange erhvervsgrunde har kommunen ledige i Industribuen, og hvad er kvadratmeterprisen? Mvh Jens Bonde""")

M("pe", """Hej. Vi er nødt til at sælge vores hus, fordi jeg har mistet mit job og vi er bagud med afdragene. Vi har fået et bud, men det dækker ikke gælden. Kan vi søge om hjælp til flytning? Mvh Heidi, Pilemøllevej 9""")

M("ph", """Kære Visitation. Min mor har fået en hjerneblødning, og vi er ved at sælge hendes hus på Ishøj Bygade 21. Der er en køber, men handlen er ikke på plads. Hvad sker der med hendes ting, hvis hun flytter på plejecenter? Mvh Ole Vang""")

M("p", """Hej Teknik. Vi er ved at sælge vores kolonihave i Strandhaven, men køberen vil have skriftligt, at skuret er lovligt. Kan I sende noget? Mvh Bente""")

M("", """Hej Teknik. Er skure på under 10 m² i kolonihaverne i Strandhaven lovlige uden ansøgning? Mvh Bente""")

M("p", """Hej. Min svoger og jeg vil købe nabohuset sammen og rive det ned. Vi har afgivet bud, men sælgeren tøver. Må man bygge dobbelthus på grunden på Ishøj Landsby 61? Mvh Jesper""")

M("pb", """Hej. Vi er en muslimsk forening og har budt på den gamle Brugs-bygning på Ishøj Bygade til en bedesal. Sælger venter på kommunens svar om anvendelse. Mvh Imran Butt, formand""")

M("", """Der går rygter om, at den gamle Brugs på Ishøj Bygade skal være moské. Passer det? Mvh bekymret nabo""")

M("", """Kære byråd. I har lige solgt den gamle skole på Vejlebrovej til et boligselskab. Hvornår går byggeriet i gang? Mvh Karl""")

M("p", """Hej. Jeg har fået et bud på min lejlighed i Ishøj Bycenter, men køberen kan kun købe, hvis hun kan få lov at holde hund. Er det kommunen eller ejerforeningen? Mvh Solveig""")

M("p", """Jeg har underskrevet en købsaftale på Gildbrovej 12, men har stadig fortrydelsesret til torsdag. Er der planer om en bred vej bag huset? Mvh Christoffer""")

M("pt", """Kære Ishøj Kommune. Vi er en tyrkisk familie og vil købe huset på Vejlebrovej 101. Sælgeren siger vi skal have en "dansk garant". Er det lovligt? Mvh Murat""")

M("p", """Til Byggesag

Jeg er i gang med at sælge mit hus på Pilemøllevej 3. Køberens advokat har fundet, at carporten er 40 cm for høj. Handlen kan ikke gennemføres før det er løst.

Venlig hilsen
Hanne Bjerg
cpr [[061253-0914]]""")

M("", """Til Byggesag. Hvor høj må en carport være i villakvarteret ved Pilemøllevej? Venlig hilsen Hanne""")

M("h", """Hej. Jeg har fået ny hofte og kan ikke komme til min tandlæge i tre måneder. Skal jeg melde afbud til jer eller til klinikken? Mvh Ellen, [[120451 1205]]""")

M("h", """Til Ishøj Skole. Sebastian i 3.a har hjernerystelse efter sin cykelulykke, og lægen siger han skal have fri fra skærme i to uger. Mvh hans mor, Tina""")

M("", """Til Ishøj Skole. Bruger eleverne i 3.a skærme i alle timer? Det synes jeg er for meget. Mvh Tina""")

M("h", """Hej. Jeg er ved at gå ned med angst og kan ikke møde op til samtalen i morgen. Kan vi tage den over telefonen? Lotte [[250799-2611]]""")

M("hs", """Hej. Jeg er Jannes kone, Lise, og Janne er indlagt på Glostrup. Hun beder mig skrive, at hun ikke kan komme til mødet i Ældrerådet. Mvh Lise""")

M("hb", """Hej. Min mand Erik er døende på hospice, og han ønsker at præsten fra Ishøj Kirke kommer og giver ham nadver. Præsten siger han skal have en henvisning. Hvad sker der? Hilsen Aase""")

M("", """Hej. Hvordan fungerer det med præstebesøg på hospice i Ishøj? Og er det gratis? Hilsen Aase, pårørendeforeningen""")

M("h", """hej jeg mistede mit barn i uge 14 og skal ikke have den babypakke i sendte. tak. M""")

M("t", """Hej. Jeg er inuk og hedder Aviaja. Jeg har fået en indkaldelse til jobsamtale med tolk på dansk, men jeg taler grønlandsk. Kan I ændre det? [[040593-2276]]""")

M("t", """Hej. Min datter og jeg er tyrkiske kurdere, og hun bliver mobbet med at hun er "terrorist" i klassen. Hvad gør skolen? Zeynep Aydin""")

M("t", """Kære Borgerservice. Min mor er født i Chile og kom hertil som flygtning i 1974. Hun skal forny sit pas, men har ingen fødselsattest. [[280244-1816]] er hendes personnummer. Mvh Pablo Rivas""")

M("t", """Hej kommune. Jeg er halvt thai og har fået at vide af en kollega, at "sådan nogle som dig" ikke kan blive ledere. Er der en ligestillingsperson? Mvh Ploy""")

M("", """Er det rigtigt at Ishøj har flest indvandrere i Danmark? Det stod på Facebook. Mvh Jørgen""")

M("t", """Til skolen. Vores søn har en afrikansk far og blev kaldt "abe" af en pædagog. Vi kræver et møde. Mvh Marie Møller""")

M("tb", """Hej. Vi er assyriske kristne fra Irak og skal holde bryllup i kirken i Vallensbæk. Må vi bruge Ishøj Idrætscenter til festen bagefter? Mvh Ninos""")

M("", """Hej. Må man leje Ishøj Idrætscenter til bryllupsfest med 300 gæster? Mvh Ninos""")

M("", """Hej, mit kundenummer hos Ishøj Forsyning er 2302855514. Jeg vil gerne skifte til kvartalsvis betaling. Mvh Helle""")

M("", """Hej, ordrenr. 0506771188 på skraldesække er ikke leveret. Mvh Jørn, Ishøj Strandvej 40""")

M("", """Hej, mit matrikelnummer er 12a Ishøj By, Ishøj, og jeg vil gerne se den tinglyste deklaration. Mvh Hans""")

M("", """Vores P-nummer er 1012345678, og vi mangler at få opdateret adressen for vores filial. Mvh Vest Bageri""")

M("s", """Hej. Mine fædre (Henrik og Lasse) har sagt jeg skal spørge her om jeg kan få fripas til svømmehallen når jeg går på Ishøj Skole? mvh Viggo 11 år""")

M("s", """Til Borgerservice. Min afdøde mand Niels og jeg (Ib) havde fælles NemKonto. Banken vil have en dødsattest fra jer. Mvh Ib Ørum, [[120238-1154]]""")

M("", """Til Borgerservice. Min afdøde mand Niels og jeg havde fælles NemKonto. Banken vil have en dødsattest fra jer. Mvh Gudrun Ørum""")

M("b", """Kære byrådsmedlem. Jeg var med til at samle underskrifter for Dansk Folkeparti ved Ishøj Bycenter i lørdags og blev chikaneret af en kommunal medarbejder. Mvh Bjarne, [[010865-1377]]""")

M("b", """Hej. Min søn skal til sin første nadver i den katolske kirke i maj, og vi ville gerne have fri fra skolen den fredag. Mvh Anna Kowalski""")

M("b", """hej min far er hindu og skal kremeres og vi vil gerne sprede hans aske i Køge Bugt. må man det i Ishøj? /Priya, [[150492-2085]]""")

M("", """Må man sprede aske over havet ved Ishøj Strand? Mvh Jesper""")

M("b", """Hej Lise. Jeg sidder i menighedsrådet i Ishøj Kirke og vil gerne tale om adgangsforholdene til kirkegården. Vh Bodil""")

M("", """Hej. Jeg ved at Ishøj Kirke er fra 1100-tallet. Findes der en bog om dens historie på biblioteket? Vh Bodil""")
