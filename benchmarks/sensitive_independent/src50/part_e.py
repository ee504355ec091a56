"""corpus50 part E: families around work: spouses, adult children, seniors, students; homes for sale."""
from common import M

M("se", """Kære Ishøj Kommune

Min kone Trine og jeg (to kvinder, gift i 2019) har lige fået vores første barn. Jeg er medmor og vil gerne søge om barselsdagpenge fra kommunen, men systemet vil kun have "far"'s oplysninger. Mit cpr-nr. er [[120888 2546]]. Hvordan gør jeg?

Venlig hilsen
Maria Lindholm""")

M("", """Hej,
hvordan søger man barselsdagpenge som selvstændig? Jeg skal ikke selv bruge det, det er til en artikel i vores brancheblad.""")

M("p", """Hej Ole

Naboen i nr. 9 på Ishøj Søndergade har sat sit hus til salg, og der kommer folk hele tiden og parkerer i vores indkørsel til fremvisning. Kan kommunen sætte et skilt op? Jeg er ved at blive sindssyg af det.

Hilsen Birthe Knudsen""")

M("", """Hvorfor tager det kommunen 6 uger at udstede en ejendomsoplysningsattest? Det forsinker salget af mange boliger i Ishøj, siger vores mægler. Det er dårlig service.""")

M("sb", """Hej

Min mand Ahmed og jeg er begge mænd og muslimer, og vi er blevet gift på rådhuset sidste år. Nu har vi fået en meget grim besked i postkassen. Vi vil ikke anmelde til politiet endnu, men vi vil gerne have at kommunen ved det, fordi det er en kommunal bolig.

Mvh Yusuf Kaya""")

M("", """Kære borgerrådgiver

Mine forældre er begge over 70 og arbejder stadig deltid i deres egen købmandsbutik. Kan de have ret til noget rabat på parkering i centrum, når de skal hente varer? Det er et generelt spørgsmål om erhvervsparkering.

Tak, Lars""")

M("ep", """Til borgmesteren

Min mor på 79 har fået en plads på Ishøj Plejecenter, og vi er nu nødt til at sælge hendes lejlighed på Brohusparken. Vi har et bud, men køber vil først skrive under når ejerforeningen har godkendt. Kan kommunen give hende udsættelse med egenbetalingen, til handlen er på plads?

Med venlig hilsen
Rene Jakobsen""")

M("", """Kan studerende få boligstøtte i Ishøj, hvis de bor på kollegium? Det er til vores studievejledning på gymnasiet.""")

M("s", """Hej Birgitte,

jeg hører at du er med i kommunens LGBT+-netværk for ansatte. Jeg er biseksuel og nyansat i Ishøj Bibliotek. Kan jeg komme med til næste møde?

Venlig hilsen
Amanda Riis""")

M("", """Hej, vi har solgt vores sommerhus i Tisvilde og købt et rækkehus på Ishøj Landsbyvej, og handlen er gået igennem. Hvornår kan vi få nøgle til affaldsskuret?""")

M("p", """Kære Jonas

Vi står i en svær situation: vi har købt et hus i Torslunde med forbehold for salg af vores nuværende lejlighed i Ishøj Strandpark, og fristen udløber om 14 dage. Vores mægler siger at kommunens ændring af lokalplanen skræmmer køberne væk. Hvornår kommer den endelige plan?

Hilsen Kathrine og Daniel Worsøe""")

M("", """Til Ishøj Kommune

Hvad er reglerne for at arbejde efter folkepensionsalderen, hvis man er ansat i kommunen? Jeg spørger for Ældresagen Ishøj.""")

M("b", """Hej Kim

Jeg er 68 og sidder i bestyrelsen for Konservative i Ishøj og arbejder stadig som revisor 20 timer om ugen. Jeg vil gerne have svar på, hvorfor kommunen har hævet gebyret for erhvervsaffald med 40 %.

Venlig hilsen
Poul Herløv""")

M("", """Kære byrådsmedlemmer

Som forælder til to unge på gymnasiet mener jeg at kommunen bør tilbyde flere fritidsjob til unge. Der er så mange der går ledige om sommeren.

Venlig hilsen
Hanne Dybdal""")

M("se", """Hej Lene

Min søn Frederik (27) og hans kæreste Kasper er lige flyttet sammen i en lejlighed i Vejleåparken. Frederik er på kontanthjælp efter han droppede ud af universitetet, og nu siger kommunen at de to skal forsørge hinanden, selvom de ikke er gift. Er det rigtigt for to mænd også?

Venlig hilsen
Jytte Nørregaard""")

M("", """Kan I oplyse, hvor mange af kommunens medarbejdere der er over 65? Det skal bruges til et debatindlæg om seniorpolitik.""")

M("tb", """Kære Ishøj Kommune

Jeg er tamil fra Sri Lanka og hindu. Jeg har arbejdet som rengøringsassistent i kommunen i 12 år. Jeg vil gerne have fri til Deepavali, som i år ligger en tirsdag. Min leder siger jeg skal bruge en feriedag. Er det rigtigt, når kristne kolleger har fri i julen?

Med venlig hilsen
Sivakumar Rajendran""")

M("", """Hej,

jeg har fået et brev fra kommunen med et nummer, 1303962281, ved "Debitornr." Er det det samme som mit kundenummer hos forsyningen?

mvh Jonas""")

M("ep", """Hej Heidi

Min far er lige død, og min mor sidder alene tilbage i huset på Tranemosevej med gæld til kommunen for lån til ejendomsskat. Vi har sat huset til salg, men der har ikke været bud. Hun er på folkepension og kan ikke betale. Kan lånet stilles i bero?

Mvh Mette Kirk""")

M("", """Hej. Er det lovligt at min arbejdsgiver spørger om min seksualitet i en trivselsundersøgelse? Den er anonym, siger de. Jeg er bare nysgerrig.""")

M("s", """Hej Rikke

tak for sidst til kommunens sommerfest! jeg og min kæreste Freja var de to piger der dansede hele natten :) vi snakkede om at lave en regnbuebænk ved havnen. er der nogen vi skal skrive til?

Emma""")

M("", """Til hovedpostkassen

Vi er en ejendomsmæglerkæde og vil gerne have en liste over alle kommunale grunde, der forventes udbudt i 2026. Ingen konkrete handler.

Med venlig hilsen
Nybolig Erhverv""")

M("pu", """Kære Karin

Min mand er tillidsmand i Dansk Metal, og sammen har vi budt på en grund i Ishøj Haveby til et fritidshus. Vi har fået at vide, at vi er nr. 2 i køen og at den første køber har et forbehold om finansiering. Kan du fortælle hvornår kommunen beslutter sig?

Hilsen Hanne Sejr""")

M("", """Hvorfor skal man vente så længe på at få SU-lån udbetalt? Det er ikke rimeligt for de studerende i Ishøj. Kommunen burde presse på hos Uddannelses- og Forskningsstyrelsen.""")

M("et", """Hej

jeg er studerende på DTU og kom fra Ukraine i 2022. min SU er stoppet fordi min opholdstilladelse skal fornyes. nu har jeg ingen penge til husleje i januar. kan kommunen hjælpe mig indtil SU kommer igen?

Olena Shevchenko
Ishøj Strandvej 60, 4. tv""")

M("", """Til borgmesteren

Jeg hører at kommunen overvejer at sælge det gamle bibliotek i Ishøj Landsby til en privat investor. Det synes jeg er en dårlig idé.

Mvh Kaj Overgaard""")

M("b", """Hej

Jeg er Jehovas Vidne og arbejder som buschauffør. Jeg kan ikke deltage i kommunens julefrokost for chauffører, som holdes på arbejdstid. Min chef siger det er obligatorisk. Kan kommunen bede busselskabet lade mig arbejde i stedet?

Venlig hilsen
Peter Hviid""")

M("", """Hej. Min datter læser på CBS og vil gerne i praktik i kommunens økonomiafdeling. Hvem skal hun skrive til?""")

M("s", """Kære borgerrådgiver

Min chef i kommunens IT-afdeling har spurgt mig flere gange, om jeg har en "kæreste eller en kæreste", med et blink. Jeg er homo og har ikke lyst til at tale om det på arbejdet. Hvad gør jeg?

Venlig hilsen
Tobias""")

M("", """Til Teknisk Forvaltning

Vi har tinglyst købet af Ishøj Boulevard 45 den 1. oktober. Handlen er afsluttet. Vi vil gerne høre om der er planer om ny cykelsti foran ejendommen.

Med venlig hilsen
Peter Kold, Kold Ejendomme""")

M("pt", """Hej

Vi er en kurdisk familie fra Irak, og vi har fået et bud på vores rækkehus på Hyldebærvej. Køber vil have nedslag fordi vores carport ikke er godkendt af kommunen. Kan I hurtigt give en lovliggørelse, så vi ikke mister køberen?

Mvh Shirin og Hawre Aziz""")

M("", """Hej Kommunen

Er der stadig hjælp at få til unge, der vil tage en erhvervsuddannelse efter at have været ledige? Jeg læser om det i avisen men ved ikke om det gælder Ishøj.""")

M("s", """Hej Kasper

Som du ved er jeg åben om at være bøsse, og jeg er lige blevet valgt til bestyrelsen i Ishøj Tennisklub. Nogle medlemmer har skrevet grimme ting om mig på Facebook. Klubben bruger kommunens baner. Kan kommunen gøre noget?

Mvh Simon Ravn""")

M("", """Kære udvalg

Jeg synes seniorer over 67 skal kunne arbejde i kommunen uden at få modregnet i pensionen. Det er et politisk forslag, ikke en personlig sag.""")

M("p", """Hej Mads

Jeg har en forkøbsret på naboens jord ved Tranegilde, og han vil sælge til en udvikler. Han har givet mig 14 dage til at matche buddet på 1,8 mio. Kan kommunen bekræfte, at jorden stadig er landzone?

Hilsen Erik Tranberg""")

M("", """Til Ishøj Kommune

Vi er en andelsboligforening med 40 lejligheder. Vi ønsker generelt at vide, om kommunen kan garantere lån til renovering. Ingen af vores andele er til salg lige nu.""")

M("sb", """Hej Lone

Vi er to kvinder, gift, og min kone er katolik. Vi vil gerne have vores datter døbt i Ishøj Kirke, men præsten siger det skal være i den katolske kirke. Det er ikke kommunens sag, men vi vil gerne vide om man kan låne kulturhuset til dåbsfesten.

Mvh Annette Holm""")

M("", """Er det rigtigt at man som studerende kan få tilskud til busbilletter i Ishøj? Jeg læser på Roskilde Universitet.""")

M("p", """Til direktionsassistenten

Vores virksomhed har indgået en betinget købsaftale om erhvervsgrunden på Ishøj Erhvervspark Vest, matr. 14ab. Sælger kræver en miljøundersøgelse fra kommunen, før betingelsen bortfalder. Vi beder om et møde med direktøren.

Med venlig hilsen
Søren Vang, Vang Logistik A/S""")

M("ts", """Hej

Jeg hedder Kofi, jeg er fra Ghana og min kæreste Mathias er dansk. Vi er to mænd og bor sammen i Ishøj. Jeg har fået job som lagerarbejder, men nu siger udlændingeservice at jeg skal dokumentere vores samliv. Kan kommunen skrive en bekræftelse på adressen?

Mvh Kofi Mensah""")

M("", """Kære borgmester

Jeg sidder i bestyrelsen for et boligselskab og ser at mange unge i Ishøj ikke kan få job. Kunne kommunen lave en ordning hvor unge kan få arbejde i boligselskaberne? Vi vil gerne være med.""")

M("b", """Hej

Jeg stemte på Moderaterne sidste gang, men nu er jeg så skuffet over jeres nedskæringer på biblioteket, at jeg overvejer at melde mig ind i Alternativet. Jeg er studerende og bruger biblioteket dagligt.

Mvh Sarah""")
