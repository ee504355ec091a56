"""Part D: kolonihaver, lokalplaner, plots and planning hearings; garden-colony
houses for sale, objections to plans, members and boards writing."""
from common import M

M("", """
Høringssvar til forslag til lokalplan 1.48, Ishøj Strand Øst

Vi mener ikke, at bebyggelsen på op til 6 etager passer ind i området. Den vil skygge for de eksisterende haver og øge trafikken på Strandvejen. Vi foreslår maks. 4 etager og flere grønne stier.

Med venlig hilsen
Grundejerforeningen Strandhaven
""")

M("p", """
Hej

Jeg har mit kolonihavehus i Ishøj Kolonihaveforening til salg og har en køber klar. Foreningen siger at huset skal vurderes af kommunens vurderingsmand først. Hvem kontakter jeg, og hvad koster en vurdering?

Mvh
Jytte, have 47
""")

M("b", """
Til Plan- og Teknikudvalget

Som lokalformand for Socialistisk Folkeparti i Ishøj og som beboer i Vejleåparken vil jeg protestere mod forslaget om at rive blok 6 ned. Vi mener, det er en skjult fordrivelse af lejere, og vi har holdt borgermøde om det. Jeg beder om at vores indsigelse kommer med på udvalgsmødet.

Med venlig hilsen
Nadia Hald
""")

M("", """
Hej

Hvad er reglerne for hvor stort et kolonihavehus må være i Ishøj? Vores forening diskuterer at ændre vedtægterne, og vi vil gerne vide hvad kommunens lokalplan siger.

Mvh
H/F Strandlyst, bestyrelsen
""")

M("ph", """
Kære kommune

Jeg har haft min kolonihave i 31 år, men efter min hjerteoperation kan jeg ikke mere passe den. Jeg vil sælge huset, og der er en ung familie der har budt 95.000. Bestyrelsen siger prisen er for høj ifølge vurderingen. Kan kommunen gå ind i det?

Med venlig hilsen
Herbert Nielsen
""")

M("", """
Til Center for Byudvikling og Natur

Er det tilladt at overnatte i kolonihavehuset om vinteren? Der står forskellige ting i foreningens regler og på kommunens hjemmeside.

Tak
Birgit
""")

M("be", """
Kære byrådsmedlem

Jeg er aktiv i Dansk Folkeparti og har altid stemt på jer. Jeg bor i kolonihaveforeningen om sommeren, for jeg har mistet min lejlighed efter min skilsmisse. Nu siger kommunen at man ikke må bo der fast. Hvor skal jeg så bo?

Hilsen
Ib Kragh
""")

M("", """
Høringssvar til lokalplan 3.12 (Ishøj Landsby Nord)

Jeg er imod at kommunen inddrager den grønne kile til parcelhuse. Det er et af de sidste åbne områder i landsbyen, og der er fugleliv. Planen bør trækkes tilbage.

Med venlig hilsen
Hans Jørgen Bak, Landsbygaden 14
""")

M("pu", """
Hej

Jeg er bestyrelsesmedlem i Danske Bioanalytikere og bor på Torslundevej. Jeg skriver privat: Vi har fået et bud på vores grund, der er udstykket fra vores landejendom, men køberen vil vide, om det er sikkert, at lokalplanen tillader to boliger. Hvem i kommunen kan give en skriftlig bekræftelse?

Venlig hilsen
Trine Kjær
""")

M("", """
Til hovedpostkassen

Hvornår holder kommunen borgermøde om den nye kommuneplan for 2025–2037? Jeg vil gerne deltage og høre om planerne for stationsområdet.

Mvh
Allan Persson
""")

M("pt", """
Kære Ishøj Kommune

Vi er en kurdisk familie, og vi vil købe et kolonihavehus i Haveforeningen Ishøjgård. Sælgeren har sagt ja til vores bud, men bestyrelsen vil ikke godkende os som nye medlemmer. En af dem sagde at "vi har nok af jeres slags". Vi synes det er diskrimination. Kan kommunen som ejer af jorden gøre noget?

Med venlig hilsen
Dilan og Serwan Baban
""")

M("b", """
Høringssvar fra et medlem af Extinction Rebellion Ishøj

Som aktivist i Extinction Rebellion er jeg imod lokalplan 2.30, der tillader et logistikcenter på 40.000 m² på landbrugsjord. Vi har været i aktion mod lignende projekter i Køge og vil gøre det igen. Jeg kræver en ny VVM-redegørelse.

Mikkel Strand
""")

M("", """
Til Plan- og Teknikudvalget

Vi ønsker, at lokalplanen for Ishøj Bycenter indeholder krav om cykelparkering ved alle nye boliger. I dag står cyklerne overalt på fortovene.

Venlig hilsen
Cyklistforbundet, Ishøj-afdelingen
""")

M("h", """
Hej

Jeg har en kolonihave i H/F Ishøjgård, og jeg er blind. Foreningen har sat nye hegn op som jeg ikke kan finde vej langs, og der er en ny grusgang med huller. Jeg har brækket anklen der i august. Kommunen ejer jorden – kan I påvirke foreningen?

Mvh
Lisbeth Fog
""")

M("pb", """
Kære Ishøj Kommune

Ishøj Islamiske Forening har givet et betinget bud på en erhvervsgrund på Industriparken. Vi, tre medlemmer af foreningen, skriver på vegne af foreningen som muslimer, der vil have et sted at bede fredag. Vil kommunen ændre anvendelsen i lokalplanen, hvis vi køber grunden?

Med venlig hilsen
Omar, Bilal og Hamza
""")

M("", """
Til Teknik- og Miljøudvalget

Vi beder om at kommunen genovervejer placeringen af den nye genbrugsstation. Den foreslåede placering ved Ishøj Søvej betyder tung trafik forbi skolen.

Med venlig hilsen
Skolebestyrelsen, Strandgårdskolen
""")

M("pe", """
Hej

Min far døde i foråret, og han havde en kolonihave som jeg nu skal sælge. Der er en interesseret køber. Problemet er at min far skyldte foreningen 18.000 kr. i leje og el, og de vil trække det fra salgssummen. Jeg er selv på kontanthjælp og har ikke råd til at lægge noget ud. Hvad er reglerne?

Mvh Jannick
""")

M("bu", """
Til byrådsmedlem Sara Nielsen (Socialdemokratiet)

Jeg har været medlem af Socialdemokratiet i 30 år og er tillidsrepræsentant for 3F på Avedøre-værket. Jeg skriver om lokalplanen for Ishøj Havn, som vil fjerne arbejdspladser. Jeg håber du tager det op i gruppen.

Venlig hilsen
Kurt Sørensen
""")

M("", """
Høringssvar

Lokalplanen for Vejleåparken nævner ikke legepladser. Der bør være mindst én legeplads pr. 100 boliger. Vi har mange børn i området.

Med venlig hilsen
Forældrerådet i Vejleåparkens Børnehus
""")

M("p", """
Til Byudvikling og Natur

Jeg har købt en grund i Ishøj Landsby af en privat sælger. Skødet er endnu ikke underskrevet, fordi vi afventer jeres svar om, hvorvidt der er tinglyst en servitut om bebyggelsesprocent. Kan I svare inden 1. oktober?

Med venlig hilsen
Kristian Bundgaard
""")

M("", """
Hej,

Jeg vil gerne søge om at få en kolonihave. Hvordan kommer jeg på ventelisten, og hvor lang er den?

Mvh
Kamilla
""")

M("hs", """
Hej

Min mand Christian (jeg er Anders) og jeg har kolonihave på Strandlyst. Christian har en kronisk lungesygdom og skal have ilt, og vi vil gerne have lov at køre bilen helt op til havelågen. Foreningen siger at kommunen skal give dispensation. Hvordan søger vi?

Mvh
Anders Frisk
""")

M("", """
Til Plan- og Teknikudvalget

Vi undrer os over at kommunen vil tillade 24 rækkehuse på marken ved Tranegilde. Vejene er allerede overbelastede. Hvad er planen for trafikken?

Venlig hilsen
Beboerne på Tranegildevej
""")

M("b", """
Kære Plan- og Teknikudvalg

Jeg er katolsk præst for menigheden i Ishøj og omegn. Vi har brug for et sted til gudstjenester, og jeg vil gerne høre om kommunen har lokaler eller en grund i lokalplanområdet ved Ishøj Centrum, der kan bruges til kirkeligt formål.

Med venlig hilsen
Pater Tomasz Zieliński
""")

M("", """
Hej

Hvor meget koster det at få tinglyst en deklaration om vejret over en fælles privat vej? Vi er 6 husstande der vil aftale det.

Venlig hilsen
Vejlauget Lærkevej
""")

M("tb", """
Høringssvar til lokalplan 4.22, Ishøj Bymidte

Jeg er palæstinenser og muslim og har boet i Ishøj i 20 år. Jeg er glad for forslaget om et nyt medborgerhus, men jeg synes at der skal være et bederum, så vi ikke skal køre til Taastrup for at bede. Jeg beder hver dag.

Hilsen
Mahmoud Saleh
""")

M("p", """
Hej

vi har solgt vores kolonihavehus med forbehold for at køber bliver godkendt af foreningen og kommunen. det har nu taget 6 uger. kan I se hvor sagen er

hilsen Birthe og Jan, have 112
""")

M("b", """
Kære borgmester

Jeg er humanist og medlem af Humanistisk Samfund. Jeg synes, det er forkert, at den nye lokalplan for kirkegårdsudvidelsen ikke har et område til ikke-religiøse begravelser. Jeg vil selv gerne begraves uden et religiøst symbol, og der er ingen plads til det i Ishøj i dag.

Med venlig hilsen
Poul Erik Wind
""")

M("", """
Til Ishøj Kommune

Hvor langt er man med planerne om letbane forbi Ishøj Strand, og hvornår påbegyndes byggeriet? Vi er en boligforening der overvejer at renovere facaderne og vil gerne vide om der kommer støj.

Med venlig hilsen
Boligforeningen Strandgården
""")

M("pe", """
Hej Ishøj Kommune

Vi har aftalt med en køber at sælge vores parcelhus, og han har underskrevet med forbehold for lån. Vi skal flytte i en lejebolig, og fordi jeg er på dagpenge, spørger jeg om vi kan få boligstøtte i den nye lejlighed.

Med venlig hilsen
Jannie Ulrich
""")

M("", """
Høringssvar til Kommuneplan 2025

Jeg foreslår, at kommunen sætter et loft over, hvor mange almene boliger der må bygges i de nye områder, så der kommer en bedre blanding. Det er min holdning som borger.

Venlig hilsen
Sten Larsen
""")

M("u", """
Kære Plan- og Teknikudvalget

Jeg er medlem af BUPL og arbejder i en institution i Vejleåparken. Jeg skriver som borger: den nye lokalplan fjerner den eneste naturlegeplads, og det er et tab for alle børn i området.

Venlig hilsen
Signe Mortensen
""")

M("", """
Hej

Hvornår kommer der en afgørelse på klagen over lokalplan 1.46? Det er snart 5 måneder siden Planklagenævnet fik den.

Mvh
Jørgen Kaas
""")

M("t", """
Kære borgerrådgiver

Jeg er fra Vietnam og har haft kolonihave i 15 år. Nu har en ny nabo i haveforeningen klaget over mit "asiatiske" drivhus og kalder mig "gul" til generalforsamlingen. Bestyrelsen gør intet. Kan kommunen som udlejer af jorden hjælpe?

Venlig hilsen
Nguyen Van Minh
""")

M("", """
Til Byudvikling og Natur

Kan kommunen oplyse, hvor mange kolonihaver der er i Ishøj i alt, og hvor mange der er blevet solgt i 2024? Jeg skriver speciale om kolonihavernes økonomi.

Med venlig hilsen
Anna Rasmussen
""")

M("ps", """
Hej

Min kone Dorthe og jeg, Karin, har fået godkendt et bud på et kolonihavehus i H/F Strandlyst, men bestyrelsen siger at vi begge skal stå som medlemmer, og at det kun kan være "ægtepar". Vi er gift. Har de lov at kræve mere dokumentation?

Mvh
Karin Dahl
""")
