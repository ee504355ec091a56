"""Part H: mixed everyday mail to the centres - elder care, housing, sales, partners, unions."""
from common import M

M("se", """
Hej

Min hustru Birgitte og jeg (Anne-Lise) har fået tilbudt en ældrebolig på Ishøjhave. Kan vi se lejligheden før vi siger ja?

Mvh Anne-Lise Kamp
""")

M("she", """
Hej Visitationen

Min mand Ole er blevet meget glemsom og jeg (Poul) kan ikke længere passe ham alene om natten. Jeg vil gerne søge om aflastning. Han har fået diagnosen vaskulær demens i december.

Venlig hilsen
Poul Berthelsen, [[110249-1338]]
""")

M("", """
Hej

Hvad er ventetiden på en plejebolig i Ishøj lige nu, generelt?
""")

M("p", """
Hej

Vi har budt på et hus på Torslunde Bygade 4, og sælger har sagt ja, men vi skal først have solgt vores lejlighed. Kan kommunen oplyse om der er planlagt vejarbejde på Torslunde Bygade de næste to år? Det betyder noget for om vi gennemfører.

Mvh Signe Kofoed
""")

M("u", """
Hej

Jeg er FOA-tillidsrepræsentant på Plejecenter Ishøjhave. Flere kolleger klager over at vagtplanen for marts først kom ud i går. Det er for sent efter aftalen. Kan vi få en forklaring?

Mvh Pia Lykkegaard
""")

M("", """
Hej

Hvilke krav er der til at blive plejefamilie i Ishøj? Min mand og jeg overvejer det.

Mvh Karina
""")

M("s", """
Hej

Jeg er biseksuel og lever sammen med min kæreste Sofie. Vi vil gerne være plejefamilie. Er der nogen hindringer for os som par af samme køn?

Venlig hilsen
Nanna Jørgensen
""")

M("pt", """
Hej

Jeg er dansk-pakistaner og ejer en butik på Ishøj Torv. Jeg vil sælge butikken og lokalet, og har en køber der har givet et betinget bud. Køber vil vide om lejekontrakten med kommunen kan overdrages. Kan I svare hurtigt?

Mvh Imran Chaudhry
""")

M("", """
Hej

Kan man leje en butik på Ishøj Torv af kommunen, og hvad er huslejen pr. m²?
""")

M("u", """
Hej

Jeg er medlem af Djøf og ansat som jurist i Center for Borger, Økonomi og IT. Jeg har spurgt om at gå på 32 timer og fået nej. Djøf siger jeg skal have et skriftligt afslag. Kan det sendes?

Mvh
Frederikke Brink
""")

M("", """
Hej

Hvad tjener en sosu-assistent i Ishøj Kommune i startløn? Jeg overvejer at søge.
""")

M("be", """
Hej

Min mor er katolik og bor på Plejecenter Ishøjhave. Hun vil gerne have nadver af en katolsk præst en gang om måneden. Kan centret hjælpe med at arrangere det?

Mvh
Teresa Kowalczyk
""")

M("", """
Hej

Er der gudstjenester på plejecentrene i Ishøj? Hvornår?
""")

M("pe", """
Hej

Jeg og min kone er gået fra hinanden. Huset på Vejledalen 21 skal sælges, men vi kan ikke blive enige om prisen. Der er et bud på 2,7 mio. Hun vil sælge nu, jeg vil vente. Hvem skal betale ejendomsskatten i mellemtiden?

Mvh Brian
""")

M("", """
Hej

Har Ishøj Kommune nogen aftale med banker om forældrekøb? Jeg spørger bare generelt.
""")

M("tu", """
Hej

Jeg er fra Polen og arbejder som murer på byggepladsen ved Ishøj Strand. Jeg er medlem af 3F, og de siger at vores firma ikke betaler overenskomst. Kan kommunen som bygherre gøre noget?

Pozdrawiam
Tomasz Wiśniewski
""")

M("", """
Hej

Følger kommunen op på om entreprenører ved Ishøj Strand overholder arbejdsklausuler? Jeg skriver en artikel for Fagbladet.

Mvh Lars Kjeldsen
""")

M("s", """
hej ishøj

mig og min kæreste Rasmus (vi er begge fyre) vil gerne leje en kolonihave. er der venteliste? jeg står allerede på listen i Haveforeningen Solbakken men kan vi begge stå der?

mvh Mikkel
""")

M("p", """
Hej

Jeg vil gerne købe naboens grundstykke (ca. 200 m²) på Kongsholm Allé 30. Vi har aftalt en pris, men vi har ikke skrevet under endnu. Kræver det udstykning fra kommunen først?

Mvh Arne Nøhr
""")

M("", """
Hej

Er det kommunen der godkender skelændringer mellem naboer, eller er det landinspektøren?
""")

M("bu", """
Hej

Jeg er tillidsrepræsentant for HK på Ishøj Rådhus og samtidig formand for Dansk Folkeparti i Ishøj. Jeg har fået at vide at jeg ikke må bruge min arbejdsmail til partiarbejde. Det gør jeg heller ikke. Men må jeg læse partimails i frokostpausen?

Mvh Bent Larsen
""")

M("", """
Hej

Hvad er reglerne for at ansatte i kommunen må være aktive i politik?
""")

M("t", """
Hej

Min far er vietnamesisk bådflygtning og kom til Ishøj i 1979. Han har aldrig lært at læse dansk. Han har fået et brev om at han skal vælge ny læge. Kan I sende brevet på vietnamesisk?

Mvh Lan Tran
""")

M("", """
Hej

Hvor mange flygtninge har Ishøj Kommune modtaget i 2025? Jeg vil gerne have tallet til en artikel.
""")

M("sp", """
Hej

Min mand Jakob og jeg (Michael) er ved at købe et rækkehus på Strandgårdsparken 88. Køber-advokaten har fundet at tagterrassen ikke er godkendt, og vi vil ikke skrive endelig under før den er lovliggjort. Sælger venter på svar. Kan I hjælpe?

Mvh Michael Kjeldsen
""")

M("", """
Hej

Vi er et boligselskab der vil søge om tilladelse til at opsætte ladestandere på p-pladsen ved Vejledalen. Hvordan søger vi?
""")

M("ue", """
Hej

Jeg var medlem af Dansk Metal indtil jeg gik på efterløn. Nu vil jeg arbejde som frivillig i Ishøj Idrætscenter. Skal jeg melde mig ind igen?

Mvh Jørn
""")

M("", """
Hej

Hvad er kontingentet for at være medlem af Ishøj Pensionistforening? Og hvem skal jeg kontakte?
""")

M("sh", """
Hej Borgerservice

Jeg og min kone Karina skal have vores første barn. Jeg er medmor. Hvordan registrerer vi mig som forælder?

Mvh Sara Bonde, [[070893-2604]]
""")

M("", """
Hej

Hvordan registreres faderskab, når forældrene ikke er gift?
""")

M("pt", """
Hej

Vi er en tyrkisk familie og har købt en grund i Ishøj Landsby med betinget skøde. Vi mangler byggetilladelse for at gennemføre. Hvis vi ikke får den, trækker vi os fra købet. Kan I give os et tidspunkt?

Mvh Hakan og Selin Öztürk
""")

M("", """
Hej

Hvordan ansøger man om byggetilladelse digitalt? Jeg kan ikke finde siden.
""")

M("b", """
Hej

Jeg er tidligere medlem af Scientology og vil gerne have slettet mine oplysninger fra en forening i Ishøj der har min adresse. Kan kommunen hjælpe?

Mvh anonym
""")

M("", """
Hej, hvordan får man sit barns navn ændret i Aula? Hun hedder nu noget andet.
""")

M("u", """
Hej

Jeg vil gerne bekræfte at jeg er valgt som ny tillidsrepræsentant for pædagogerne på Vibeholmskolens SFO. BUPL har sendt valgbrevet.

Mvh Kenneth Houmøller
""")

M("e", """
Hej

Jeg har en dom for vold fra 2019, og nu kræver I børneattest for at jeg kan være fodboldtræner for min søns hold. Betyder det at jeg ikke kan være træner?

Mvh Jimmi
""")

M("", """
Hej

Hvordan laver foreningen en børneattest for en ny træner?

Mvh Ishøj IF
""")

M("sb", """
Hej

Jeg er homoseksuel og katolik, og jeg vil gerne bede om at få en bisættelse for min afdøde partner Henrik i kirken i Ishøj, som han ønskede. Kommunen har tilbudt begravelseshjælp. Hvem skal jeg tale med?

Mvh Lars Hougaard
""")

M("", """
Hej

Hvad koster en gravplads på Ishøj Kirkegård? Er der en muslimsk afdeling?
""")

M("pe", """
Hej

Jeg har arvet min fars hus på Gøgevej 2, men jeg har gæld og kan ikke beholde det. Jeg har en køber der har budt. Skifteretten skal godkende. Hvad skal kommunen have?

cpr [[240172-3381]]

Mvh Susanne Birch
""")

M("", """
Hej

Kan I oplyse hvad boligstøttesatsen er i 2026 for en enlig?
""")

M("t", """
Hej

Jeg er adopteret fra Sydkorea og vil gerne finde mine adoptionspapirer. Kommunen havde vist sagen i 1985. Har I arkiver?

Mvh Mette Hyun Sørensen, [[170384-1652]]
""")

M("", """
Hej

Hvor finder man de gamle kommunale arkiver fra Ishøj, fx byrådsreferater fra 1970'erne?
""")
