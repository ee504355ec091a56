"""Part B: neighbours, housing-association caretakers and landlords about tenants; budget/rent/house-rule negatives."""
from common import M

M("e", """
Til Center for Børn og Forebyggelse

Jeg bor på Vejleåparken 3, og familien i nr. 14 ovenpå har tre små børn. I flere uger har børnene været alene hjemme til langt ud på aftenen, og den mindste græder i timevis. Jeg har set moren tage af sted om morgenen og ikke komme hjem før næste dag. Jeg vil gerne lave en underretning, men vil være anonym.
""")

M("", """
Hej

Jeg har et spørgsmål til boligforeningens budget for 2026. Huslejen stiger med 4,8 %, men vedligeholdelseskontoen er sat ned. Hvordan hænger det sammen? Hvor kan jeg se regnskabet?

Mvh en beboer i Ishøj Strand
""")

M("eh", """
Kære kommune

Jeg er ejendomsfunktionær i Boligselskabet Strandparken. En af vores lejere, Jan Svendsen i opgang 7, har ikke åbnet døren i tre uger, og der hober sig post op. Sidst jeg så ham, var han tydeligt påvirket og sagde han var "ude i noget med pillerne igen". Han har huslejerestance for 4 måneder, og vi er nødt til at sende sagen til udsættelse, men vi vil helst have at nogen fra socialforvaltningen kigger på ham først.

Venlig hilsen
Kim, varmemester
""")

M("", """
Er der en regel om hvor sent man må bore i en lejlighed? Vores nabo borer til kl. 22 hver dag. Vi bor i en almen bolig.
""")

M("t", """
Kære Ishøj Kommune

Familien i stuelejligheden under os er fra Somalia, og i sidste uge havde nogen skrevet "skrid hjem, n*****" på deres dør. Jeg har selv fjernet det, men jeg synes kommunen og boligforeningen skal vide det. De har fire børn og er meget rystede.

Mvh Mette Winther, Gildbroparken
""")

M("", """
Hej. Vi har fået nye vaskeritider i vores afdeling og kan ikke booke på appen. Er der nogen der kan hjælpe? Afd. 12, Vildtbanegård.
""")

M("e", """
Til borgmesteren

Jeg er udlejer af et mindre hus i Torslunde. Min lejer, Dennis Mikkelsen, har ikke betalt husleje siden april, og jeg har fundet ud af at han har siddet i fængsel i to måneder. Nu er han ude igen og siger at han er på kontanthjælp og at kommunen betaler. Det gør kommunen ikke. Hvem taler jeg med om det?

Poul Riis
""")

M("", """
Kære Boligudvalg

Jeg ønsker at gøre opmærksom på, at ventelisterne til almene boliger i Ishøj er blevet urimeligt lange. Min datter har stået på liste i 6 år. Det bør byrådet gøre noget ved.

Med venlig hilsen
Hanne Kristoffersen
""")

M("h", """
hej, naboen i nr. 22 (en ældre herre, Leif) har ikke været ude i flere dage og der lugter sødligt ud af brevsprækken. han har dårligt hjerte. jeg har ringet 112 men vil også gerne have at kommunen ved det, han har ingen familie
""")

M("", """
Vi har en rotteplage i gården ved Tranegildeparken blok C. Hvem skal vi ringe til – kommunen eller boligselskabet?
""")

M("ts", """
Hej

Jeg er formand for afdelingsbestyrelsen i Ishøj Centerparken. Et ungt homoseksuelt par i opgang 4 – Ali og Jonas – bliver chikaneret af nogle drenge i kvarteret. Ali har syrisk baggrund, og drengene råber ting om både hans hudfarve og at de er bøsser. Vi har talt med politiet, men vil gerne have at kommunens SSP-medarbejdere også er med.

Venlig hilsen
Lars Høgh
""")

M("", """
Kære Kommune

Boligforeningens beboermøde har besluttet at bygge nye altaner. Skal der søges byggetilladelse, og hvad koster det? Vi er 96 lejemål.
""")

M("e", """
Til Boligsocial Helhedsplan

Vi skriver på vegne af en beboer, Fatma Ahmed, som pt. ikke kan forsørge sig selv og sine to børn efter sin skilsmisse. Hun har søgt kontanthjælp, men det er ikke afgjort. Hun har givet os lov til at skrive, og hun vil gerne have en sagsbehandler at snakke med.

Venlig hilsen
Boligsocial medarbejder, Vejleåparken
""")

M("", """
Der er en del hærværk på legepladsen på Ishøj Torv. Kan kommunen sætte kameraer op? Det er 3. gang i år gyngerne bliver ødelagt.
""")

M("h", """
Hej

Jeg har en nabo, Grete, der er svært hørehæmmet, og brandalarmen i opgangen kan hun ikke høre. Kan hun få en alarm med blitz og vibration? Hun har ikke selv computer, så jeg skriver for hende. Hun bor på Ishøj Strandvej 44, 1. tv.

Mvh Anders
""")

M("e", """
Til Center for Voksne og Velfærd

Jeg er nabo til en mand på Kirkebjerg Allé der i et år har levet i en total rodet lejlighed med skrald til loftet. I dag blev han sat ud af fogeden. Han sover nu i sin bil på parkeringspladsen. Han hedder Steen og er omkring 55. Kan I tage kontakt til ham?

Mvh
Vibeke
""")

M("", """
hvornår kommer storskrald i Ishøj Landsby? vi har en gammel sofa
""")

M("p", """
Hej

Naboen i nr. 11 på Søndre Alle har sat sit hus til salg, og der har været åbent hus to weekender. Vi vil gerne vide om der er en sag om det skel der skal flyttes – det berører vores grund. Køberne skal jo vide det inden de byder.

Mvh Kurt og Jane Hjorth
""")

M("", """
Til Boligselskabet og kommunen

I vores afdeling har mange beboere klaget over skimmel i badeværelserne. Vi mener at det skyldes de nye vinduer, som ikke kan åbnes ordentligt. Kan kommunen som tilsynsmyndighed se på det?

Afdelingsbestyrelsen, Strandgårdsparken
""")

M("he", """
Kære Helle (byrådsmedlem)

Vi er en familie i Vejleåparken. Vores søn på 9 år har svær astma, og lægen siger det skyldes fugt og skimmel i lejligheden. Boligselskabet vil ikke genhuse os. Vi har ikke råd til at flytte selv – min mand er på sygedagpenge og jeg er studerende.

Venlig hilsen
Nadia Farouk
""")

M("", """
Hej – jeg er ny i Ishøj og vil gerne skrive mig op til en almen bolig. Hvordan gør jeg det, og er der særlige regler for unge under 25?
""")

M("t", """
Jeg bor i Gildbroparken. Naboerne i nr. 9 er en romafamilie, og jeg hører hele tiden andre beboere kalde dem "sigøjnere" og sige de stjæler. De har ikke gjort noget. Jeg synes ikke det er i orden og vil gerne vide om kommunen har en indsats mod diskrimination i boligområderne.

Hilsen Jens
""")

M("", """
Kære Borgerservice. Jeg skal flytte og vil gerne vide om jeg kan melde flytning digitalt selvom jeg ikke har MitID endnu.
""")

M("e", """
Hej

Min lejer, Jeanette Skov, har fået boligstøtte via Udbetaling Danmark, men pengene blev stoppet fordi hun ikke har oplyst at hendes kæreste er flyttet ind. Nu står hun til at skulle betale 41.000 kr. tilbage og kan ikke betale husleje. Som udlejer vil jeg gerne hjælpe hende med at finde ud af hvem hun skal snakke med.

Venlig hilsen
Karsten Dam
""")

M("", """
Er der nogen regler for hvor mange der må bo i en 3-værelses lejlighed? Vi har en mistanke om at der bor rigtigt mange i nabolejligheden, men vi vil ikke anmelde nogen uden grund.
""")

M("eb", """
Til Socialforvaltningen

Jeg er sognepræst i Ishøj Sogn. En af vores trofaste kirkegængere, fru Agnete Olsen, har betroet mig at hun ikke længere har penge til mad efter at have betalt husleje. Hun er 81 og har kun folkepension. Hun er for stolt til selv at henvende sig. Hun har givet mig lov at skrive. Hvordan kan hun få hjælp?

Med venlig hilsen
Jørgen Kofoed, sognepræst
""")

M("", """
Hej

Hvorfor er huslejen i de nye almene boliger på Ishøj Havn så høj? 9.800 kr. for en toer er umuligt for almindelige mennesker. Det er kommunens ansvar at der bygges billige boliger.
""")

M("h", """
Kære kommune

Jeg er naboen i nr. 14 på Baldersbækvej, og jeg ville bare sige at vores nabo Rikke, som sidder i kørestol efter en ulykke, ikke kan komme ind i sin opgang fordi nogen har stillet cykler foran rampen. Boligselskabet gør intet. Kan I?

Mvh Mogens
""")

M("", """
Kære kommune

Der er gået hul på vandrøret i kælderen på Vejlebrovej 63, og det har været sådan i to dage. Hvem har ansvaret – boligselskabet eller kommunen? Der er ikke nogen der tager telefonen.
""")

M("e", """
Hej Kasper

jeg kender en fyr fra vores opgang, Mohammed, 19 år, som er blevet smidt ud hjemmefra og nu sover på sofaer hos venner. han er ikke i skole eller job. kan kommunen hjælpe ham med et sted at bo? han vil gerne, men ved ikke hvor han skal starte. han siger ok til at jeg skriver

mvh Emil
""")

M("", """
Vi har som afdeling søgt om at få opsat ladestandere til elbiler. Hvor langt er sagen? Sagsnr. 2025-04-1173.
""")

M("e", """
Kære Borgerrådgiver

Jeg er viceværten i Ishøj Strand-afdelingen. Jeg har et problem med en lejer, Hr. Preben Lund, som er under beskyttet bolig/ledsageordning via kommunen. Hans ledsager er ikke kommet i en måned. Manden ringer til mig fordi han ikke ved hvem han ellers skal ringe til. Kan I undersøge det?

Venlig hilsen
Bjarne, vicevært
""")

M("", """
Er det lovligt at boligforeningen hæver depositum til tre måneders husleje? Jeg spørger generelt, jeg skal ikke selv flytte.
""")

M("h", """
Hej

Jeg bor ved siden af en ung mor i nr. 31 (Sandra), som lige har mistet sin baby i 5. måned. Hun er helt alene og har ikke været uden for døren i to uger. Jeg er bange for hende. Findes der nogen i kommunen der kan besøge hende? Jeg har spurgt hende og hun siger ja.

Vh Pernille
""")

M("", """
Til Teknik og Miljø: Hvornår bliver fortovet på Brohusvej lavet? Der er store huller, og det er farligt for ældre med rollator.
""")

M("ep", """
Til kommunen

Jeg har et parcelhus på Engvej, som jeg har været nødt til at sætte til salg fordi jeg ikke kan betale afdrag efter min skilsmisse. Banken har givet mig tre måneder, ellers ender det på tvangsauktion. Jeg har fået et bud, men det er for lavt til at dække gælden. Kan kommunen hjælpe med et lån til restgælden?

Anonym
""")

M("", """
Hej

I vores boligafdeling har vi en beboerforening, der gerne vil holde en sommerfest. Skal vi have tilladelse fra kommunen til at lukke en del af vejen og sætte et telt op? Ca. 150 deltagere.

Hilsen Festudvalget
""")

M("t", """
Kære byråd

Jeg er dansk gift med en kvinde fra Thailand. I boligselskabet får hun at vide at hun ikke kan skrive under på lejekontrakten fordi "hun er udlænding", selvom hun har permanent opholdstilladelse. Er det lovligt?

Mvh Bo Lindgaard
""")

M("", """
Mange naboer i Ishøj Landsby er trætte af at hundeluftere ikke samler op. Kan der komme flere affaldsspande op langs stien?
""")

M("he", """
Hej

Vores lejer i kælderlejligheden, Birger Holm, har fået konstateret lungekræft. Han har ingen familie og har spurgt mig om jeg kan finde ud af om han kan få hjemmehjælp og hjælp til at betale husleje nu hvor han ikke kan arbejde. Han har skrevet under på at jeg må skrive, cpr [[110362-2297]].

Venlig hilsen
Gitte Nyborg, udlejer
""")

M("", """
Kære kommune – I vores afdeling bor der mange ældre, og vi ønsker en bænk ved busstoppestedet. Kan I sætte en op?
""")

M("e", """
Hej

Jeg har lige set at familien på 1. sal har fået besøg af politiet tre gange på en uge. Der er altid skænderier og man kan høre hun bliver slået. Der er to børn. Jeg ringer altid til politiet, men kommunen skal også vide det. Gildbro Strandvej 12.

/en bekymret nabo
""")

M("", """
Hej

Jeg sidder i afdelingsbestyrelsen og vil gerne vide hvor mange af lejemålene i Ishøj der er på den såkaldte "parallelsamfundsliste", og hvad planen er for omdannelse. Vi ønsker en generel orientering på næste beboermøde.
""")

M("s", """
Hej

Jeg (Kirsten) og min kone Lotte flyttede ind i Strandgårdsparken i marts. En nabo har hængt en seddel op i vaskeriet om at "lesbiske ikke hører hjemme her". Boligselskabet siger det er en privat sag. Vi vil gerne vide om kommunen kan gøre noget.

Kirsten Holm
""")

M("", """
Til Økonomiudvalget

Som formand for en almen boligafdeling vil jeg opfordre kommunen til at garantere for lån til renovering af vores facader. Det er et spørgsmål om at Ishøj ikke skal forfalde. Budgettet er på 42 mio.
""")

M("eh", """
hej Mette

hos min overbo (Susanne) er der noget helt galt. hun drikker fra morgen til aften, og hendes søn på 7 kommer ind til os og spørger om han må få mad. jeg har ikke lyst at melde hende men jeg er bange for drengen

/Lisbeth, Vejleåparken 15
""")

M("", """
Kan kommunen give tilskud til at vi får lavet en fælleshave i gården? Vi er en gruppe beboere, der gerne vil dyrke grøntsager.
""")

M("b", """
Til Boligselskabet og kommunen

Min nabo, Haider Khan, er sikh og bærer turban. Han fik at vide af en ny vicevært, at han skulle tage "det der" af, når han var i vaskeriet. Han blev meget ked af det. Han har bedt mig skrive, fordi hans dansk er bedre mundtligt end skriftligt.

Med venlig hilsen
Torben Ravn
""")

M("", """
hvor mange almene boliger bliver der bygget i Ishøj de næste 5 år? og hvor mange er ældreboliger? tak
""")
