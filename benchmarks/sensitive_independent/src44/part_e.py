"""Part E: disputes with neighbours, schools and housing that touch origin and sexual orientation."""
from common import M

M("s", """
Til Borgerrådgiveren

Jeg vil klage over en medarbejder i Familieafdelingen. Da min kone Nina og jeg kom til samtale om vores datter Ellas skolestart, spurgte medarbejderen to gange, "hvem af jer der er den rigtige mor". Jeg er medmor og står på fødselsattesten.

Venlig hilsen
Julie Brandt-Hansen
""")

M("", """
Til Borgerrådgiveren

Jeg vil klage over, at kommunens blanketter til skoleindskrivning kun har felterne "mor" og "far". Det passer ikke til alle familier i dag. Kan det ændres?

Mvh Katrine
""")

M("s", """
hej jonas

er 17 og bi og bliver kaldt ting på ishøjgård skole hver dag. lærerne gør ingenting. har sagt det til skolelederen. hvad kan jeg gøre?? vil ikke sige mit navn

""")

M("", """
hej jonas. hvorfor er der ingen LGBT-undervisning i 8. klasse på vores skole? andre skoler har det. mvh en elev
""")

M("st", """
Kære Jonas Elkjær

Jeg er homoseksuel og kom til Danmark fra Iran som flygtning i 2019. Jeg bor i en ungdomsbolig i Ishøj, og mine naboer har fundet ud af det. Der bliver banket på min dør om natten. Boligforeningen siger, de ikke kan gøre noget.

Med venlig hilsen
Reza
""")

M("", """
Til Social- og Sundhedsudvalget

LGBT+ Danmark har udgivet en rapport om at LGBT+ flygtninge ofte bliver chikaneret i deres boligområder. Har Ishøj en plan for dette?

Venlig hilsen
Karen Møller, frivillig
""")

M("t", """
Til borgerrådgiveren

Den 3. oktober var jeg på biblioteket med min datter. En medarbejder sagde højt, at "I somaliere altid larmer". Jeg vil have en undskyldning.

Ayaan Warsame
""")

M("", """
Til Kultur- og Fritidsudvalget

Der er meget larm på biblioteket om eftermiddagen, når skolerne har fri. Kan man lave et stillerum? Det er næsten umuligt at læse.

Hilsen Hans
""")

M("te", """
Kære borgerrådgiver

Vi er en romafamilie fra Rumænien og bor midlertidigt i en campingvogn ved Ishøj Havn, fordi vi er sat ud af vores lejlighed. Kommunen har sagt at vi skal flytte vognen inden fredag, men vi har ingen andre steder. Vi har tre børn.

Med venlig hilsen
Florin Stoica
""")

M("", """
Til Teknik og Miljø

Der står campingvogne ved Ishøj Havn hele vinteren. Må man det? Der er ikke toiletter.

Mvh Leif
""")

M("t", """
Til formanden for Børne- og Skoleudvalget

Min søn Ali er blevet flyttet til en anden skole efter kommunens fordelingsmodel, fordi vores postnummer og hans "sproglige baggrund" – vi er fra Libanon – tæller. Han er født i Danmark og taler perfekt dansk. Vi klager over afgørelsen af 2. juli.

Med venlig hilsen
Fatima og Hassan Khalil
""")

M("", """
Til formanden for Børne- og Skoleudvalget

Hvordan fungerer kommunens model for fordeling af elever med sprogstøttebehov? Er den lovlig efter folkeskoleloven § 5, stk. 7? Vi diskuterede det på forældremødet.

Med venlig hilsen
Forældrerådet, Vibeholmskolen
""")

M("s", """
Hej Søren

To af os i ældrerådet – jeg selv og min mand Gunnar, gift i 41 år – har oplevet, at plejepersonalet taler nedladende om "de to gamle bøsser" i opgangen. Vi bor i seniorboligerne ved Vejlebrovej. Det er ikke kommunens personale, men det private firma, der gør rent.

Venlig hilsen
Erik Wissing
""")

M("", """
Hej Søren. Rengøringsfirmaet i seniorboligerne på Vejlebrovej kommer kun hver 14. dag nu. Det var hver uge før. Hvem besluttede det?
""")

M("t", """
Kære udvalg

Jeg er grønlænder og er blevet afvist som lejer i en privat udlejningsejendom på Ishøj Stationsvej. Udlejer sagde i telefonen at "grønlændere drikker". Kan kommunen gøre noget? Ligebehandlingsnævnet siger de ikke har hjemmel til boliger.

Mvh Aviaja Kristiansen
""")

M("", """
Kære udvalg

Hvor kan man klage over en privat udlejer, som ikke vil reparere et utæt tag? Jeg er lejer på Ishøj Stationsvej, og vinduet i badeværelset drypper.

Mvh Lars
""")

M("ts", """
Til borgmesteren

Jeg er en transkvinde og ... nej – jeg er lesbisk, og min partner er fra Thailand. I går blev vi begge overfaldet verbalt på Ishøj Torv, og hun blev kaldt "thai-luder". Kommunen har tryghedsvandringer – hvorfor ikke om dagen?

Hilsen Anja
""")

M("", """
Til borgmesteren

Hvorfor er tryghedsvandringerne i Ishøj kun om aftenen? Der er også uro på torvet om eftermiddagen.

Hilsen Kirsten
""")

M("t", """
Til Børne- og Skoleudvalget

Min datter er adopteret fra Colombia. Hun er 9 og bliver hver dag spurgt i SFO'en "hvorfor hun er brun". En pædagog grinede med. Jeg vil have et møde med lederen og en forklaring.

Med venlig hilsen
Pernille Kastrup
""")

M("s", """
Kære Lars

Jeg er pædagog og bøsse, og en forælder i min gruppe har klaget over, at jeg skifter ble på hans søn. Ledelsen har flyttet mig. Jeg synes det er diskrimination og vil gerne tale med udvalgsformanden.

Mvh Mathias
""")

M("", """
Kære Lars

Vi er nogle forældre, der mener, at pædagogerne i Børnehuset Regnbuen skal have mere tid til bleskift og hygiejne. Normeringen er for lav.

Hilsen forældrerådet
""")

M("t", """
Til borgerrådgiveren

Jeg vil klage over min sagsbehandler, som i et notat om mig har skrevet "borger er pakistaner og forstår ikke dansk". Jeg er født i Hvidovre og taler dansk. Min far er fra Pakistan. Jeg har fået notatet ved aktindsigt.

Venlig hilsen
Usman Rafiq
""")

M("", """
Til borgerrådgiveren

Hvor lang tid har kommunen til at give aktindsigt? Jeg har ventet 14 dage på dokumenterne i en byggesag fra 2019 (j.nr. 01.02.05-G01-44-19).

Venlig hilsen
Mogens Hald
""")

M("s", """
Kære byrådsmedlem

Jeg er pansexual og 19. Jeg søger kommunens ungdomsboliger og er blevet spurgt om "køn på kæreste" i ansøgningen. Er det lovligt?

Hilsen Alex
""")

M("t", """
Hej Mikkel,

vores nye nabo har spurgt om vi "er rigtige danskere" fordi min mand er sort og fra Ghana. Han har hængt et flag op med et symbol, vi synes er nazistisk. Kan kommunen fjerne det? det er på hans altan ud mod fællesarealet.

Hilsen Maria Quaye
""")

M("", """
Hej Mikkel. Må man hænge flag og bannere på altanerne ud mod fællesarealet? Det er ved at tage overhånd i vores bebyggelse på Ishøj Søpark.
""")

M("s", """
Til Borgerservice

Min kæreste Jakob og jeg (begge mænd) skal giftes på rådhuset. Jeg fik at vide af en medarbejder, at "det er svært at finde en vielsesforretter". Er det rigtigt? Vi forventer at blive behandlet som alle andre.

Mvh Simon Bach
""")

M("", """
Til Borgerservice

Hvor lang ventetid er der på borgerlig vielse på rådhuset i sommerperioden? Vi regner med at gifte os i juli.

Mvh Tina og Jens
""")

M("tse", """
hej. jeg er trans og bøsse og min familie er fra tyrkiet. jeg er 16 og min far har smidt mig ud fordi han fandt ud af det. jeg sover hos en veninde. hvem kan hjælpe mig i kommunen?
""")

M("t", """
Kære Teknik- og Miljøudvalg

På vores vej står der nu skrevet "Pak jer hjem, somaliere" på tre husgavle. Det er rettet mod os i nr. 3 og 5, som er de eneste somaliske familier. Vi har anmeldt det. Kan kommunen fjerne graffitien?

Med venlig hilsen
Abdirahman Farah
""")

M("", """
Kære Teknik- og Miljøudvalg

Der er kommet graffiti på gavlene på Ishøj Strandvej, nr. 40-48. Hvem fjerner det, og hvornår? Det har stået der i tre uger.

Mvh Gert
""")

M("s", """
Kære Jonas

Vi er to fædre til tvillinger på 3 år, og vi har netop fået at vide fra dagplejen, at de "ikke holder Fars Dag" fordi de "ikke vil forvirre børnene". Vi er kede af det.

Hilsen Emil og Kristoffer Vad
""")

M("", """
Kære Jonas. Kan du fortælle hvornår Ishøj Pride er i år? Jeg vil gerne gå med.
""")

M("ts", """
Til borgerrådgiveren

Min kone Maja og jeg – to kvinder, gift siden 2018 – blev af en ansat i Borgerservice bedt om at vise "bevis for forholdet", da vi skulle have fælles adresse registreret. Hun spurgte også, om jeg var "fra Mellemøsten", fordi jeg går med et tørklæde om halsen. Jeg er dansk-iransk. Det er ikke i orden.

Mvh Leila Nazari Holm
""")

M("", """
Til borgerrådgiveren

Jeg vil klage over at Borgerservice kræver fremmøde for at ændre adresse, når man kan gøre det på borger.dk. Det er spild af tid.

Mvh Jan
""")
