"""Part C: andelsboliger and houses bought and sold, a lokalplan, a divorce and a smaller flat."""
from common import M

M("p", """
Til Center for Byudvikling og Natur

Vi har solgt vores hus på Torslunde Bygade betinget af, at køberen kan få lov at bygge en carport og et udhus på 40 m². Ejendomsmægleren siger, at det afhænger af den nye lokalplan for området, som stadig er i høring. Køberen har sagt at de trækker sig, hvis der ikke er afklaring inden 1. oktober.

Hvornår forventer I at lokalplanen bliver endeligt vedtaget?

Med venlig hilsen
Kirsten og Ole Bundgaard
""")

M("", """
Hej

Hvornår forventes lokalplan 2.47 for Ishøj Landsby endeligt vedtaget? Jeg læste i høringsmaterialet at der er frist for indsigelser 15. juni. Jeg spørger som nysgerrig borger, ikke fordi jeg selv har en grund.

Mvh
Anders
""")

M("p", """
hej karen dam

vi har fået et bud på vores andel i Ishøj Strand Andelsboligforening på 1.150.000 men køberen vil have kommunen til at bekræfte at der ikke kommer en ny vej bag haven. ved du noget om det? vi vil gerne sælge før sommer

Mads & Line
""")

M("", """
Kære Borgmester

Tillykke med rejsegildet i Ishøj Strand. Vi bor selv i et af de nye rækkehuse, som vi købte sidste år, og handlen gik fint, men vi mangler stadig den lovede sti ned til stranden. Hvornår kommer den?

Med venlig hilsen
Tine og Morten Falk
""")

M("pe", """
Til borgerrådgiveren

Min eksmand og jeg er blevet skilt, og vi skal sælge vores andelsbolig i Vildtbanegård. Han vil ikke skrive under på salgsopstillingen, og der er en køber som venter. Andelsforeningen siger at det er en privatretlig sag, men kommunen har godkendt vurderingen. Kan I rådgive om hvad jeg kan gøre?

Venlig hilsen
Charlotte Weiss
""")

M("", """
Hej

Hvad er de gældende regler for maksimalpris på andelsboliger? Vi skal vurdere foreningens ejendom i år og vil gerne vide om kommunen har en rolle. Generalforsamlingen er i april.

Med venlig hilsen
Bestyrelsen, A/B Strandhaven
""")

M("e", """
Hej

Efter min skilsmisse i efteråret har jeg fået en mindre lejlighed i Kirkebjerg Parken. Min ekskone bliver i huset med børnene. Jeg vil gerne vide om børnene kan have adresse begge steder, og om jeg kan få boligstøtte, når de bor hos mig halvdelen af tiden.

Mvh
Martin Sejr
""")

M("p", """
Til Teknik- og Miljøudvalget, formanden

Vi er købere af et hus på Ishøj Strandvej 154, og købsaftalen er underskrevet med forbehold for at vi kan udstykke grunden. Sælgeren og vi venter på kommunens svar på udstykningsansøgningen, som blev sendt i februar. Vores finansiering udløber 30. september.

Kan udvalget fremskynde sagen?

Med venlig hilsen
Jonas og Frida Nyborg
""")

M("", """
Hej

Jeg har købt et hus i Tranegilde i 2019. Jeg vil gerne have en kopi af den tinglyste servitut om hegn mod stien. Handlen er jo for længst overstået, men jeg skal bruge det i en diskussion med naboen.

Venlig hilsen
Claus
""")

M("pe", """
Hej Ishøj Kommune

Jeg har arvet min fars andelsbolig, og jeg er nødt til at sælge den, fordi jeg ikke selv kan betale boligafgiften ved siden af min egen husleje. Jeg er på dagpenge. Der er en interesseret køber fra foreningens venteliste, men vi mangler vurderingsrapporten.

Mvh Kristian Hald
[[091076-1349]]
""")

M("", """
Kære hovedpostkasse

Vil kommunen i år sælge flere af de ubebyggede grunde ved Vejleå? Og hvordan bliver de udbudt? Vi kigger efter et sted at bygge, men har ikke noget bestemt i kikkerten endnu.

Venlig hilsen
Rasmus Due
""")

M("peh", """
Til byrådsmedlem Ahmed Saleh

Vores hus skal på tvangsauktion den 12. november. Vi har haft et køber-tilbud på 2,1 mio., men banken vil ikke godkende, fordi det er under gælden. Min mand har været syg og jeg har mistet mit arbejde. Jeg ved at du ikke kan ændre noget, men vi har ikke nogen andre at spørge.

Med venlig hilsen
Anette
""")

M("he", """
Hej,

Min mand fik en hjerneblødning i januar og kan ikke længere gå på trapper. Vi har søgt kommunen om en ældrebolig i stueetagen, og vi har fået at vide at vi står på ventelisten som nr. 4. Kan I sige noget om, hvor lang tid det typisk tager?

Venlig hilsen
Ruth Winkel
""")

M("", """
Hej

Hvordan virker ventelisten til ældreboliger i Ishøj, og kan man skrive sig op, inden man fylder 65? Min mor overvejer det måske om nogle år, men hun er frisk nu. Bare et generelt spørgsmål.

Mvh Lise
""")

M("p", """
Hej

Vi skal købe en andel i Ishøj Landsby (overtagelse 1. marts) og skal bruge en bekræftelse på, at der ikke er verserende byggesager på ejendommen. Sælgers advokat siger, at kommunen kan udstede en sådan. Vores rådgiver hos banken venter på det.

Venlig hilsen
Signe Holm og Pernille Lund
""")

M("pe", """
Til Ydelsescentret

Jeg har solgt min andelsbolig, men pengene er ikke udbetalt endnu, fordi køberens lån ikke er på plads. I mellemtiden har I stoppet min kontanthjælp, fordi jeg "har formue". Men jeg har ikke pengene, og handlen kan stadig gå i vasken.

Med venlig hilsen
Patrick Krogh
""")

M("", """
Hej

Jeg er ejendomsmægler og har et generelt spørgsmål: Hvor lang er den gennemsnitlige sagsbehandlingstid for en byggetilladelse til en tilbygning i Ishøj lige nu? Vi vil gerne kunne orientere vores kunder korrekt.

Med venlig hilsen
Home Ishøj
""")

M("p", """
Til Karen Dam

Naboen har sat sit hus til salg, og i salgsopstillingen står der, at man kan bygge en etage på. Hvis det sker, mister vi al sol på terrassen. Kan vi gøre indsigelse nu, eller skal vi vente til køberen søger?

Hilsen
Henning, Ishøj Landsby 33
""")

M("", """
Hej

Jeg vil gerne høre om reglerne for bopælspligt. Gælder den også ved køb af ejerlejlighed i de nye bygninger ved stationen? Vi er ikke i gang med noget, jeg skriver bare en artikel til beboerbladet.

Venlig hilsen
Else
""")

M("pe", """
Kære borgerrådgiver

Min kone og jeg er separeret. Huset skal sælges, og vi har fået et bud, men hun vil ikke acceptere det. Imens betaler jeg alene alle udgifterne og kan snart ikke mere. Jeg har spurgt Familieretshuset, men de siger det ikke er deres bord. Kan kommunen hjælpe?

Hilsen
Steen
""")

M("", """
Til Ishøj Kommune

Vi har solgt vores hus til vores søn i 2021, handlen blev afsluttet i 2021 og han har boet der siden. Nu har vi modtaget et brev om ejendomsskat adresseret til os. Kan I rette ejerforholdet i jeres system?

Venlig hilsen
Aase og Kjeld Thomsen
""")

M("p", """
Hej

Vi er en lille virksomhed, der har givet et betinget tilbud på kommunens erhvervsgrund ved Industrivej (matr. nr. 12ag). Betingelsen er at vi kan få dispensation til en højere facade. Hvornår behandler udvalget sagen?

Venlig hilsen
Lasse Krogsgaard, direktør
Krogsgaard Smede ApS, CVR 38110495
""")

M("", """
Hej

Hvordan beregner kommunen grundskyld efter den nye vurdering? Jeg vil bare forstå princippet, vi har ikke tænkt os at sælge.

Mvh
Niels
""")

M("e", """
Kære borgmester

Efter min skilsmisse bor jeg i et værelse hos min bror, og mine to drenge kan kun besøge mig på legepladsen. Jeg har stået på venteliste til en lille lejlighed i 3 år. Kan kommunen hjælpe fraskilte fædre med boliger, så vi kan have samvær i vores eget hjem?

Venlig hilsen
Kasper
""")

M("p", """
Hej

Vores kolonihavehus i H/F Vejleå er sat til salg. Foreningen siger, at kommunen skal godkende prisen, før køberen kan overtage. Vi har en køber der venter. Hvem skal vi sende vurderingen til?

Mvh Jette og Bjarne
""")

M("", """
Hej

Vi har købt et kolonihavehus i H/F Ishøj Strand for to år siden. Må vi sætte en brændeovn op, og skal det i så fald godkendes af kommunen?

Mvh
Familien Dam
""")

M("pe", """
Hej

Jeg er på førtidspension og vil sælge min ejerlejlighed for at flytte i en almen bolig. Køberen har givet et bud, men vil have at jeg betaler for en ny tagrenovering, som ejerforeningen har besluttet. Hvad betyder det for min pension, hvis jeg får et overskud ved salget?

Venlig hilsen
Mona Ebbesen
CPR nr. [[230864-2196]]
""")

M("", """
Til Center for Byudvikling og Natur

I kommunens nye boligpolitik står der, at der skal bygges 600 nye boliger frem mod 2035, heraf en tredjedel almene. Hvor skal de ligge? Det ville være rart med et kort.

Mvh Bjarke, Ishøj Bymidte
""")

M("p", """
Kære hovedpostkasse

Vores ejendomsmægler har fået et bud på vores rækkehus i Ishøj Strand, men køberen har en advokat, som har fundet en ulovlig overdækning i BBR. Kan kommunen hurtigt lave en lovliggørelse, så handlen ikke falder? Køber har 6 hverdages fortrydelsesret.

Med venlig hilsen
Lotte og Brian Juhl
Tlf. 51 28 17 40
""")

M("", """
Hej

Er det rigtigt at kommunen har forkøbsret på andelsboliger i visse foreninger? Det nævnte en nabo på generalforsamlingen, men ingen vidste noget om det.

Mvh
Bent, Strandhaven
""")

M("ps", """
Hej Ishøj Kommune

Min mand og jeg har fået accepteret vores bud på et hus i Torslunde. Sælger har dog en ulovlig kælderlejlighed, som vi skal bruge til min mands mor. Vi vil gerne have at kommunen vurderer om den kan lovliggøres, inden vi underskriver endeligt.

Mange hilsner
Thomas Brink og Jesper Hviid
""")

M("", """
Hej

Hvad er reglerne for at have lejer i en del af sit hus? Har hørt at man skal anmelde det til kommunen. Vi overvejer at udleje vores kælder om et par år.

Mvh
Ida
""")

M("peh", """
Til borgerrådgiveren

Min datter på 27 er psykisk sårbar og bor i en andelsbolig, som jeg har hjulpet hende med at købe. Hun vil nu sælge, fordi hun ikke kan betale, og hun har fået tilbud fra en køber til 200.000 under vurderingen. Hun har en sagsbehandler i socialpsykiatrien. Kan sagsbehandleren hjælpe hende med at sige nej til et for lavt bud?

Med venlig hilsen
Bente
""")

M("", """
Til Økonomiudvalget

Jeg har set i referatet fra sidste møde, at kommunen har solgt den gamle børnehave på Ishøj Boulevard. Hvad er salgsprisen, og hvornår blev handlen lukket? Jeg er interesseret i hvordan kommunen forvalter sine ejendomme.

Venlig hilsen
Hans Erik
""")

M("p", """
hej

vi vil gerne købe rækkehuset på Tranegildevej 18 som kommunen ejer, der står det er til salg på jeres hjemmeside. kan vi komme og se det? vi har finansieringen klar

hilsen Mette og Kim
""")

M("pe", """
Hej

Jeg har været nødt til at sætte huset til salg, efter at min mand flyttede ud. Han betaler ikke sin halvdel af lånet, og banken har sendt rykkere. En køber har været rundt to gange. Er der nogen i kommunen, der kan hjælpe mig med at finde en billigere bolig, indtil huset er solgt?

Venlig hilsen
Malene Dyhr
""")

M("", """
Hej

Vi har lige solgt vores andel, og handlen blev afsluttet i sidste uge, alt er betalt og overdraget. Skal vi huske at melde flytning til kommunen selv, eller sker det automatisk?

Venlig hilsen
Line
""")

M("p", """
Til Karen Dam

Vi har skrevet under på købsaftale om et hus i Ishøj Landsby med forbehold for tilstandsrapport og advokatgennemgang. Advokaten har opdaget at der er en gammel olietank i haven, og vi vil gerne vide om kommunen kender til forurening på grunden, inden vi går videre.

Venlig hilsen
Kristoffer Maagaard
""")

M("", """
Hej

Jeg har læst at andelspriserne i Ishøj er steget mest i hovedstadsområdet det sidste år. Har kommunen nogen strategi for at holde andelsboliger til en overkommelig pris for unge familier?

Med venlig hilsen
Cecilie
""")

M("pe", """
Hej

Jeg skal flytte i en mindre lejlighed efter skilsmissen, og jeg har fundet en andel i Strandhaven. Jeg har givet bud, men banken vil kun låne, hvis kommunen kan bekræfte at jeg får boligstøtte til den nye bolig. Kan I give sådan en forhåndstilkendegivelse?

Mvh Lars Vinther
""")
