"""corpus28 part H: the rest of the month — events, noise, parking, passports and
name changes, short and slangy mails; faith, origin and orientation given in passing."""
from common import M

M("s", """hej vi vil gerne låne medborgerhuset til en queer fest for unge fra Ishøj og Vallensbæk. jeg er selv trans og bi og arrangerer det med et par venner. hvad koster det? mvh Alex""")

M("", """Hej. Kan man leje medborgerhuset på Vejleåvej til en 50-års fødselsdag? Hvad koster det en lørdag? Mvh Jette""")

M("b", """Kære Ishøj Kommune

Vi er nogle stykker fra Ishøj Moské der gerne vil lave en stor iftar i Ishøj Parken i ramadanen, for alle naboer. Jeg er selv formand for moskéens ungdomsudvalg. Skal vi søge om tilladelse til at bruge parken?

Mvh Bilal Chaudhry""")

M("", """Skal man søge om tilladelse for at holde en fest i Ishøj Parken med over 100 gæster?""")

M("s", """Hej

Jeg vil gerne skifte efternavn til min mands efternavn, Kronborg, nu hvor vi er blevet gift. Jeg hedder Martin Lund og min mand hedder Emil Kronborg. Kan det gøres hos jer eller skal det gennem kirkebogen?

Mvh Martin""")

M("", """Hvordan skifter man efternavn efter et bryllup? Koster det noget?""")

M("b", """Hej, jeg er konverteret til islam og vil gerne skifte mit fornavn fra Kasper til Kasim. Er det Ishøj Kommune der behandler navneændring? /Kasper Mølgaard, [[121095-3347]]""")

M("", """Hej, jeg har brug for et nyt pas til min søn på 4 år. Skal han med i Borgerservice? Mvh Louise""")

M("", """Jeg fik en p-bøde foran min egen garage på Brohusgade. Hvordan kan det være lovligt? Bødenummer 0512260931. Jeg har boet her i 30 år uden problemer.""")

M("t", """Hej

Jeg er adopteret fra Sydkorea og har fået dansk pas hele mit liv. Nu skal jeg bruge en fødselsattest til at få koreansk id, og jeg har fået at vide at kommunen kan hjælpe med en kopi af mine adoptionspapirer. Er det korrekt?

Venlig hilsen
Sofie Min-Ji Thomsen
[[280394-1660]]""")

M("", """Hej. Hvor får man en fødselsattest? Jeg er født i Ishøj Sogn. Mvh Rasmus""")

M("", """hej jeg larmer ikke, det er naboen over mig i nr 23, 4 tv. han banker på radiatoren hele natten. er det noget I kan gøre noget ved eller skal det være Vejleåparkens inspektør. /Kenneth""")

M("t", """Hej, naboen i nr. 21 råber "skrid hjem til Afrika" efter mig og mine børn når vi går forbi, og han spiller høj musik hele natten for at genere os. Jeg er fra Ghana og har boet her i 9 år. Politiet siger det er kommunens sag med støjen. Er det? Mvh Kwame Mensah""")

M("", """Kan kommunen gøre noget ved en nabo der spiller høj musik om natten i en ejerlejlighed? Eller er det kun politiet?""")

M("bt", """Kære borgmester

Jeg er sikh og bærer turban. Jeg er blevet nægtet adgang til svømmehallen fordi "hovedbeklædning ikke er tilladt", selvom den er til bassinet ved siden af. Jeg er født i Punjab og har boet i Danmark i 20 år. Jeg vil gerne have en forklaring.

Med venlig hilsen
Harpreet Singh""")

M("", """Hvad er svømmehallens regler for badehætter og hovedbeklædning?""")

M("", """Hej, hvornår er der loppemarked på Ishøj Torv i foråret? Og hvad koster en stand?""")

M("s", """Hej

Jeg og min kone Katrine (jeg er Sanne) vil gerne arrangere en regnbue-familiedag i biblioteket for familier som vores med to mødre eller to fædre. Må vi booke børnebiblioteket en søndag?

Mvh Sanne Vestergaard""")

M("", """Hej biblioteket, hvornår er der børneteater i februar? /Maja""")

M("b", """hej. er det muligt at få en gravplads på den muslimske del af Vestre Kirkegård for folk fra Ishøj, eller skal vi selv ordne det? min far er død i går og han var meget troende muslim, begravelsen skal være hurtigt. Mvh Omar Sahin""")

M("", """Hej. Har Ishøj Kommune en muslimsk gravplads, eller hvor bliver muslimer fra Ishøj begravet?""")

M("u", """Hej, jeg er i HK og tidligere tillidsrepræsentant. Jeg vil bare klage over at kommunens p-vagter har givet mig bøde 3 gange ved Ishøj Station når jeg henter min datter. Bødenr. 4411-23. Mvh Bettina""")

M("", """Hvorfor er der kun 5 minutters parkering ved Ishøj Station? Det er for kort til at hente nogen fra toget.""")

M("s", """Hej

Jeg hedder Mads og min kæreste hedder Andreas. Vi har fået en parkeringslicens til vores beboerparkering, men den står kun på Andreas' bil. Kan vi få en licens nr. 2 til min bil, når vi bor på samme adresse?

Mvh Mads Eriksen""")

M("", """Hvor mange beboerlicenser kan en husstand få på Strandparkens parkering?""")

M("b", """Kære byrådsmedlem

Som præst i Den Evangelisk-Lutherske Frikirke i Ishøj og troende kristen vil jeg gerne sige tak for at kommunen har givet os lov til at bruge Torslunde Medborgerhus til vores julegudstjeneste.

Velsignet jul
Pastor Johannes Krog""")

M("", """Hvornår er der julegudstjeneste i Ishøj Kirke og Torslunde Kirke juleaften?""")

M("ub", """hej, jeg er medlem af Enhedslisten og 3F, og vi vil holde et 1. maj-arrangement i Ishøj Parken. skal vi søge om det? mvh Lasse""")

M("", """Hvem holder 1. maj-arrangement i Ishøj i år? Der plejer at være noget i parken.""")

M("", """Hej. Jeg har mistet mit sundhedskort og mit kørekort i bussen. Skal jeg melde det til jer? Mit personnummer slutter på 1234, det er alt I behøver vel? /Lisbeth""")

M("p", """Hej, vi skal flytte fordi vi har solgt vores lejlighed på Strandvangen betinget af købers advokatgodkendelse. Vi ved ikke hvornår vi flytter. Kan vi melde flytning senere? /Nanna og Jonas""")

M("", """Hvor lang tid før man flytter skal man melde flytning?""")

M("b", """Kære Ishøj Kommune

Jeg er medlem af Humanistisk Samfund og vil gerne høre om man kan holde en humanistisk navngivningsceremoni for vores datter i rådhusets festsal.

Med venlig hilsen
Ditte Bang""")

M("", """Kan man leje rådhusets festsal til en navnefest? Mvh Henrik""")

M("t", """Hej. min mor er fra Filippinerne og skal have fornyet sin opholdstilladelse. hun bor hos os. kan Borgerservice hjælpe eller er det SIRI? hun er 71. Mvh Jennifer Holm, [[0110851914]]""")

M("", """Hej Borgerservice. Er det jer eller SIRI man skal kontakte om opholdstilladelse? Spørger på vegne af et sprogcenter.""")

M("s", """Hej. Jeg har skrevet til jer om min nabo før. Han har nu skrevet "bøssesvin" på min postkasse efter at han så mig kysse min kæreste Niklas. Jeg hedder Oscar Friis og bor på Ishøj Strandvej 76. Kan boligselskabet eller kommunen gøre noget?""")

M("", """Hej, er der nogen der har fundet en blå cykel ved Ishøj Strand? Den blev stjålet i søndags. Ramme nr. WAW1234567.""")

M("s", """Kære borgerrådgiver

Min kæreste Ida og jeg, Julie, har fået afslag på et fælles hjemmebesøg fra sundhedsplejen, fordi vi "ikke er mor og far". Vi venter os ikke, men vi har en datter på 6 måneder, som Ida har født. Jeg synes det er diskrimination, fordi jeg er medmor.

Med venlig hilsen
Julie Friis-Hansen""")

M("", """Hej. Tilbyder sundhedsplejen hjemmebesøg til familier med to mødre på samme vilkår som andre? Det er et spørgsmål fra LGBT+ Danmark.""")

M("p", """hej har solgt vores hus på Ishøj Landsby 4, men køber har trukket sig i fortrydelsesfristen. nu skal vi have det vurderet igen. kan kommunen lave en ny ejendomsvurdering? Mvh Vibeke""")

M("u", """Hej

Jeg skal have nyt pas inden en kongres med min fagforening, Dansk Socialrådgiverforening, i Bruxelles. Jeg er delegeret. Kan jeg få et hastepas?

Mvh Rikke Holm""")

M("", """Hej. Hvor lang tid tager det at få et hastepas i Ishøj, og hvad koster det?""")

M("t", """Hej

Jeg er halvt dansk, halvt marokkansk og hedder Yasmin Dahl. Jeg har fået at vide af Borgerservice at mit navn ikke kan skrives med apostrof (Yasmin Dahl-El'Amrani) i CPR-registret. Er det rigtigt? Jeg vil gerne have begge mine forældres navne.

Mvh Yasmin""")

M("", """Hvorfor kan man ikke have specialtegn i sit navn i CPR-registret? Er det en regel?""")

M("b", """hej jeg er veganer af etiske grunde og vil gerne høre om der er veganske madpakker til min søn på skolens lejrskole, han er også veganer. Kan I spørge skolen? Mvh Anton""")

M("", """Hej. Hvornår er der Ishøj Festival i år, og skal man købe billet? /Freja""")
