"""Part A: complaints to the citizen advisor (borgerrådgiveren), long case histories."""
from common import M

M("he", """
Til Borgerrådgiveren

Jeg vil gerne klage over den måde min sag er blevet behandlet på i Center for Beskæftigelse og Erhverv og senere i Ydelsescenteret.

Kort fortalt: Jeg blev sygemeldt i september sidste år med en diskusprolaps i lænden. Min egen læge skrev en attest, og jeg fik sygedagpenge fra oktober. I december fik jeg et nyt sagsbehandler-skift (den tredje på fire måneder), og hun kendte ikke til min sag. I januar blev mine sygedagpenge stoppet, fordi jeg "ikke havde deltaget i opfølgning", men jeg havde ALDRIG fået en indkaldelse. Jeg har tjekket e-Boks flere gange.

Da jeg ringede, sagde de at jeg måtte søge kontanthjælp i mellemtiden. Det har jeg så gjort, og nu har jeg ventet syv uger på svar.

Jeg er ikke ude efter at få nogen fyret, men jeg vil gerne have at nogen ser på, om det er ordentlig sagsbehandling.

Med venlig hilsen
Jannik Brøndum
Gildbrovej 17, 2. th.
2635 Ishøj
""")

M("", """
Til Borgerrådgiveren

Jeg har nu ventet 11 uger på svar på en ansøgning om byggetilladelse til en carport. Jeg har ringet fire gange og hver gang fået at vide, at "den ligger i bunken". Det er simpelthen ikke godt nok. Sagsnr. 2024-08231.

Kan I hjælpe mig med at få en tidshorisont?

Venlig hilsen
Ole Winther
""")

M("", """
Hej

Jeg blev mødt af en meget uhøflig medarbejder i Borgerservice i går ved 14-tiden. Hun sukkede højt og sagde "det kan du da selv finde ud af på nettet", da jeg spurgte til et nyt pas. Jeg er 74 og har ikke MitID på telefonen.

Det er ikke en måde at tale til folk på. Jeg vil gerne have det registreret som en klage.

Inge-Lise Damgaard
""")

M("eh", """
Til borgerrådgiver Lise Kjær

Fra: Henriette Vang <henriette.vang77@gmail.com>
Sendt: 3. marts 2025 22:14
Til: Borgerrådgiveren
Emne: Min søns sag - klage

Kære Lise

Tak for telefonsamtalen i fredags. Som lovet sender jeg hele historien skriftligt.

Min søn Mathias (cpr [[140611-4623]]) har ADHD og en autismediagnose fra Børne- og Ungdomspsykiatrisk Center i Glostrup. Han har ikke været i skole siden efterårsferien. Vi søgte om et specialskoletilbud i august, og i november fik vi at vide, at PPR skulle lave en ny vurdering. Den er stadig ikke lavet.

I mellemtiden er jeg gået ned i tid på mit arbejde for at være hjemme med ham, og vi har søgt om tabt arbejdsfortjeneste. Det fik vi afslag på i januar, uden at nogen havde været ude at se os.

Jeg føler mig kastebold mellem Center for Børn og Forebyggelse og skolen. Ingen tager ansvar.

Mvh
Henriette Vang
Vejleåparken 9, st. tv.
""")

M("", """
Kære Borgerrådgiver

Er det jer man skal klage til, hvis man er utilfreds med åbningstiderne på genbrugspladsen? Den lukker kl. 17 på hverdage, og det passer ikke til folk der arbejder i København.

Mvh Per
""")

M("", """
Til borgerrådgiveren

Jeg har nu modtaget TRE forskellige breve fra kommunen om den samme ejendomsskat, med tre forskellige beløb. Det første sagde 6.210 kr, det andet 6.480 kr og det tredje 6.210 kr igen. Hvilken skal jeg betale?? Fakturanr. 1203241456 og 1503241457.

Jeg har skrevet til Opkrævningen to gange uden svar.

Venlig hilsen
Bent Arnfred
Ishøj Bygade 44
""")

M("et", """
Til Borgerrådgiveren i Ishøj

Jeg vil klage over min sagsbehandler i Ydelsescenteret. Da jeg var til møde den 12. februar om min kontanthjælp, sagde hun flere gange "I somaliere har jo altid familie I kan låne af". Jeg er født i Mogadishu men har boet i Danmark i 22 år. Jeg synes det er diskrimination, og jeg vil have en anden sagsbehandler.

Jeg ønsker ikke at være anonym.

Med venlig hilsen
Abdirahman Yusuf Ali
Vejleåparken 31, 1. th.
Tlf. 31 44 82 07
""")

M("", """
Hej

Hvor lang er fristen for at klage til borgerrådgiveren? Jeg har en sag om en forkert parkeringsafgift fra sidste forår.

Mvh
Kenneth
""")

M("he", """
Til Borgerrådgiveren

Min mor, Ruth Pallesen, bor på Plejecenter Kærhaven, og hun har tre gange inden for en måned ikke fået sin insulin til tiden om aftenen. Sidst endte hun med et blodsukker på over 20 og måtte tilses af vagtlægen. Hun er 88 og har type 2-diabetes og begyndende demens, så hun kan ikke selv sige til.

Jeg har talt med afdelingssygeplejersken, som siger at de mangler personale. Det forstår jeg godt, men det kan ikke være rigtigt at det går ud over medicinen.

Venlig hilsen
Birgit Pallesen (datter)
""")

M("e", """
Til Borgerrådgiveren

Jeg bor på plejecenter Kærhaven og får hjælp til bad to gange om ugen. De sidste fire uger er badet blevet aflyst hver anden gang pga. sygdom blandt personalet. Jeg har fået at vide at jeg bare skal vente. Jeg synes ikke det er rimeligt.

Med venlig hilsen
Kaj Nørgaard, lejlighed 14
""")

M("", """
> Kære Borgerrådgiver
> Vi har nu for 3. gang ikke fået tømt vores affaldsspand på Pilemøllevej, og når vi ringer til Vestforbrænding siger de det er kommunens skyld.

Hej igen,

Jeg skriver bare for at sige at der stadig ikke er sket noget, trods jeres svar i sidste uge. Spanden har nu stået fuld i 19 dage og lugter. Kan I rykke igen?

Hilsen Mette og Jørgen, Pilemøllevej 12
""")

M("bt", """
Kære borgerrådgiver

Jeg er sikh og bærer turban. Da jeg søgte om nyt kørekort i Borgerservice, fik jeg at vide af en medarbejder at jeg "skulle tage den hat af", selvom reglerne siger at religiøs hovedbeklædning er tilladt. Han kaldte mig også "ham inderen" til sin kollega, så jeg kunne høre det.

Jeg vil gerne have en undskyldning.

Mvh
Harpreet Singh Sandhu
Ishøj Strandvej 118
""")

M("", """
Kære Borgerrådgiveren

Jeg er frustreret over, at jeres hjemmeside ikke virker på min telefon. Når jeg prøver at booke tid til pas, hopper den tilbage til forsiden. Det har den gjort i 3 uger nu.

Venlig hilsen
T. Frandsen
""")

M("eh", """
Til Borgerrådgiveren

Jeg er en borger der ønsker at være anonym. Jeg bor i Strandgårdsparken og har i over to år levet på kontanthjælp pga. angst og depression. Jobcentret har nu sendt mig i virksomhedspraktik på et lager, selvom min psykiater har skrevet at jeg ikke kan tåle støj og mange mennesker. Da jeg sagde det til min sagsbehandler sagde hun at "alle kan arbejde lidt". Jeg turde ikke sige mere.

Må I tage det op uden at sige mit navn?
""")

M("", """
Hej borgerrådgiver

Jeg vil gerne klage over at kommunen har sendt mit brev om skolestart til en forkert adresse. Vi flyttede fra Torslunde til Ishøj Landsby for et år siden, og det er registreret i CPR-registeret, men brevet kom alligevel til den gamle adresse. Nu har vi misset fristen for at vælge skole.

Hvordan kan det ske?

Venlig hilsen
Camilla Ravn
""")

M("", """
Til borgerrådgiveren

Jeg har læst jeres årsberetning og kan se at der var 23 klager sidste år, hvoraf de fleste handlede om Voksne og Velfærd. Har I tænkt jer at gøre noget ved det? Det virker som om det er det samme center hvert år.

Mvh. Erik Sandholt, pensioneret skolelærer
""")

M("s", """
Hej Borgerrådgiveren

Jeg og min mand Jesper ville gerne tilmelde os et forældrekursus for adoptivforældre, som kommunen har annonceret. Men da jeg ringede, spurgte damen i telefonen "hvem af jer er så moren?" og grinede. Vi er to mænd, og det burde ikke være en joke i 2025.

Jeg synes I skal tage det op med afdelingen.

Mvh
Morten Kierkegaard
""")

M("", """
Til borgerrådgiveren

Vi har fået en regning på 2.850 kr for "rottebekæmpelse" på Vildtbanevej 66, men vi har aldrig bestilt noget. Faktura nr. 0804250091. Vi har ringet og fået at vide, at vi skal skrive til jer. Er det rigtigt?

Mvh
Lars og Pia Holt
""")

M("eu", """
Til Borgerrådgiveren,

Jeg har ventet på min afgørelse om fleksjob siden november. Min faglige konsulent i 3F har ringet til jobcentret tre gange, og hver gang har de lovet svar "inden for 14 dage". Imens lever jeg af ressourceforløbsydelse, som er langt under hvad jeg tjente før.

Jeg vil gerne have at I undersøger om sagsbehandlingstiden er i orden.

Venlig hilsen
Dennis Holmgaard
Ishøj Søvej 3, 1. mf.
""")

M("", """
Kære borgerrådgiver.
Hvorfor tager det 4 uger at få svar på en mail til Teknik og Miljø? Jeg spurgte bare om man måtte fælde et træ i egen have.
Hilsen Gitte
""")

M("he", """
Til Borgerrådgiveren

Den 4. april ringede jeg til hjemmeplejen, fordi min far Svend Aage Friis var faldet i stuen. De sagde de ville sende nogen, men der kom ingen i fire timer. Han lå på gulvet hele tiden med et brækket håndled, viste det sig på Hvidovre Hospital.

Jeg vil gerne vide, hvordan sådan noget kan ske, og om I kan undersøge sagen.

Med venlig hilsen
Tina Friis Hansen
Tlf. 26 71 09 44
""")

M("", """
Hej

Jeg skriver på vegne af min forening, Ishøj Havneforening, fordi vi har søgt om tilskud til en ny slæbested-rampe. Vi har fået afslag, men ingen begrundelse. Kan borgerrådgiveren hjælpe os med at få en begrundelse, eller er det ikke noget I tager jer af?

Venlig hilsen
Formand Claus Brink
""")

M("t", """
Til Borgerrådgiveren

Min datter går i 4. klasse på Strandgårdskolen. Hun er den eneste sorte pige i klassen, og hun har flere gange fået at vide af en lærer at hun skal "huske at hun er gæst her". Hun er født på Hvidovre Hospital. Hendes far er fra Ghana, jeg er fra Vejle.

Jeg har skrevet til skolelederen, men fået et svar der mest handlede om klassens trivselsplan. Jeg vil gerne have at det bliver undersøgt ordentligt.

Mvh
Susanne Mensah
""")

M("", """
Kære borgerrådgiver

Mit spørgsmål er enkelt: hvor lang tid må kommunen bruge på at besvare en aktindsigtsanmodning? Jeg søgte aktindsigt i kommunens kontrakt med vinterbekæmpelsesfirmaet for 5 uger siden.

Mvh
Frederik Juhl
""")

M("he", """
Til Borgerrådgiver
Vedr.: Klage over afslag på hjælpemiddel

Mit navn er Lone Abildgaard, cpr.nr. [[210559 1248]]. Jeg har sklerose og har i halvandet år søgt om en el-kørestol, fordi jeg ikke længere kan gå mere end få meter. Mit første ansøgning blev "væk" i systemet, den anden fik afslag fordi terapeuten mente at jeg "kunne klare mig med rollator".

Jeg bor alene i en lejlighed på 2. sal uden elevator og er afhængig af hjemmehjælp to gange om dagen. Jeg kommer ikke ud.

Jeg har klaget til Ankestyrelsen om selve afgørelsen, men jeg vil gerne klage til jer over hvor lang tid det hele tog og at min første ansøgning forsvandt.

Venlig hilsen
Lone Abildgaard
Vildtbanegård 12, 2. th
""")

M("", """
Til borgerrådgiver

Hvornår har I telefontid? Jeg har prøvet at ringe tre dage i træk om formiddagen uden at komme igennem.

/Morten
""")

M("", """
Fra: Borgerrådgiveren <borgerraadgiver@ishoj.dk>
Sendt: 14. januar 2025 09:12
Til: jens.kofoed@outlook.dk
Emne: SV: Klage over snerydning

Kære Jens Kofoed

Tak for din henvendelse. Vi har registreret din klage over manglende snerydning på stien ved Ishøj Søvej og sendt den videre til Center for Byudvikling og Natur, som vender tilbage inden for 10 hverdage.

Venlig hilsen
Borgerrådgiveren

---

Hej igen. Nu er der gået 16 hverdage. Jeg har ikke hørt noget. Sneen er smeltet, men det er jo ikke pointen.
Jens
""")

M("be", """
Kære borgerrådgiver

Jeg er Jehovas Vidne, og jeg har søgt om kontanthjælp i januar. Min sagsbehandler spurgte ind til om "menigheden ikke kunne hjælpe" og noterede i mit journal at jeg "afviser tilbud af religiøse grunde", fordi jeg sagde at jeg ikke kunne deltage i en aktivering en søndag formiddag. Jeg har ikke afvist noget, jeg spurgte bare om en anden dag.

Kan I se på det?

Mvh
Rasmus Bjerregaard
""")

M("", """
Hej,
Jeg skal klage over at P-vagten gav mig en bøde foran Ishøj Rådhus, mens jeg var inde for at aflevere en fuldmagt til min nabo. Jeg holdt der i 6 minutter. Afgiftsnr. 0211853347. Er det ikke noget man kan få eftergivet?

Venlig hilsen
Hanne Lykke
""")

M("eh", """
Til Borgerrådgiveren

Jeg hedder Kirsten og har været i et ressourceforløb siden 2022. Jeg har fibromyalgi og PTSD efter en voldelig relation. Mit problem er at jeg i det sidste år har haft FIRE forskellige sagsbehandlere, og hver gang skal jeg fortælle hele min historie forfra. Sidst græd jeg i 20 minutter i mødelokalet, og sagsbehandleren sagde bare "nå, skal vi så komme videre".

Jeg ønsker ikke nødvendigvis en ny sagsbehandler, men jeg vil have at det stopper.

Kirsten Møller Dahl
""")

M("", """
Til Borgerrådgiveren

Kommunens kvittering på min henvendelse lovede svar inden for 10 hverdage. Nu er der gået 27. Sagen handler om en skæv kantsten ud for Baldersbæk 4, som mange cyklister falder over.

Mvh Jesper Munk
""")

M("", """
Hej

Jeg er journalist på Ishøj Lokalavis og vil gerne høre, hvor mange klager borgerrådgiveren har modtaget om diskrimination i 2024 og 2025. Tal uden personoplysninger er fint.

Venlig hilsen
Marianne Holk
Ishøj Lokalavis
""")

M("et", """
Borgerrådgiver

jeg skriver for min bror Tomasz fordi hans dansk ikke er så godt. vi er fra polen og han arbejder på et lager i Hvidovre. han har fået et brev om at han skal betale 14.000 kr tilbage i boligstøtte, men han forstår ikke hvorfor. han har ringet men de taler meget hurtigt og siger han skal læse brevet. han har ikke nogen advokat og har ikke råd til det.

kan I hjælpe ham? han har givet mig fuldmagt.

Agnieszka Nowak
""")

M("", """
Kære borgerrådgiver

Jeg mener at det er en dårlig beslutning, at byrådet har sparet på rengøringen i daginstitutionerne. Det er ikke en klage over en sag, bare min mening, men jeg ved ikke hvem jeg ellers skal sende det til.

Med venlig hilsen
Henning Skov
""")

M("h", """
Hej Borgerrådgiver
Jeg klager over at min genoptræning efter min knæoperation i februar først kan starte i juni. Jeg har fået at vide af sygehuset at det skal starte inden for 7 dage efter udskrivelsen. Nu går jeg her og bliver stivere og stivere.
Hilsen Peter Gyldenkærne
Ishøj Bygade 9
""")

M("", """
Til Borgerrådgiveren

Jeg har klaget til Center for Børn og Forebyggelse over at min søns dagpleje lukker med kun 2 ugers varsel. De siger det er en politisk beslutning. Er det noget I kan se på, eller ligger det uden for jeres område?

Mvh
Sofie Kragh
""")

M("ebs", """
Til borgerrådgiveren

Jeg vil gerne klage over et hjemmebesøg i forbindelse med min ansøgning om at blive plejefamilie. Jeg bor sammen med min kone, Line, og vi har været gift i 6 år. Konsulenten spurgte om "der ikke var en mand inde over", og da jeg sagde nej, skrev hun i sit notat at "parrets livsstil kan være forvirrende for et anbragt barn".

Vi er også begge aktive i Det Radikale Venstre i Ishøj, og hun lod til at synes det var mærkeligt at vi havde valgplakater i kælderen. Det har intet at gøre med om vi kan være plejeforældre.

Venlig hilsen
Annemette Skov Larsen
""")

M("", """
Hej. Jeg fik en besked i Digital Post om at min sag var "afsluttet", men jeg har aldrig fået nogen afgørelse. Sagsnummer 27.12.04-G01-118-24. Hvad betyder det?
Hilsen Yvonne
""")

M("u", """
Til Borgerrådgiveren

Jeg er FOA-tillidsrepræsentant på et plejecenter i Ishøj og skriver som privatperson, ikke på vegne af medarbejderne. Jeg har oplevet, at en borger blev afvist i Borgerservice fordi hun kom 5 minutter før lukketid. Det synes jeg ikke var i orden og ville bare gøre opmærksom på det.

Mvh
Lene Bach
""")

M("", """
Kære borgerrådgiver!! Hvorfor er der ALDRIG nogen der tager telefonen i Byggesag??? jeg har ringet 9 gange. 9!!!
""")

M("he", """
Til Borgerrådgiveren

Klage over mangelfuld vejledning

I august blev jeg fyret fra mit job som buschauffør efter at have været sygemeldt i 4 måneder med en blodprop i hjertet. Ingen i jobcentret fortalte mig, at jeg kunne have søgt om at få forlænget mine sygedagpenge. Jeg fandt først ud af det, da min svigersøn læste om det på nettet, og da var fristen overskredet. Nu er jeg endt på kontanthjælp og må sælge min bil.

Jeg mener ikke, at jeg har fået den vejledning, jeg havde krav på.

Med venlig hilsen
Allan Sejer
Tranegilde Strandvej 21
""")
