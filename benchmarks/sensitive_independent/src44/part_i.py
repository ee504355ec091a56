"""Part I: mixed complaints in every register - short and angry, formal, officialese - and more CPR forms."""
from common import M

M("he", """
Til Ankestyrelsen via Ishøj Kommune

Klage over afgørelse af 14.10.2024 om afslag på hjælpemiddel (badebænk), jf. serviceloven § 112.

Jeg har leddegigt i begge hænder og knæ og kan ikke stå i brusebadet. Kommunen skriver: "Hjælpemidlet vurderes at være et sædvanligt indbo." Jeg er uenig.

Cpr.nr. [[010748 1023]]

Med venlig hilsen
Ellen Margrethe Skov
""")

M("e", """
Kære borgerrådgiver

jeg er SÅ træt. 3 måneder har jeg ventet på svar om min ansøgning om førtidspension. 3 MÅNEDER. ingen ringer tilbage. jeg har ikke råd til husleje i januar.

Søren K.
""")

M("p", """
Til Per Lund

Vi har accepteret et købstilbud på vores hus på Skovlyvej 3, men handlen er betinget af, at kommunen fjerner en gammel vejret over grunden. Vi har søgt den 1. september. Køberens frist er 15. november.

Med venlig hilsen
Karl og Inger Dybdal
""")

M("p", """
hej sanne. vores hus har været til salg i 8 mdr nu, og ejendomsmægleren siger det er pga den nye vindmøllelokalplan. sælger ingenting. kan I gøre noget? sigrid, torslunde
""")

M("p", """
Til Teknik og Miljø

Vi skal sælge min mors lejlighed på Ishøj Strandvej 70, 4. tv., og køberen vil have dokumentation for, at altaninddækningen er lovlig. Handlen er ikke endelig, før vi har den.

Mvh Jonas Fabricius
""")

M("p", """
Til formanden for Økonomiudvalget

Vores virksomhed har givet et betinget tilbud på kommunens erhvervsgrund på Industrivej 30, og vi afventer byrådets godkendelse den 12. december. Vi har hørt at en konkurrent har budt højere. Kan vi få indsigt i processen?

Med venlig hilsen
Kim Rosenkvist, direktør, Rosenkvist Logistik ApS
""")

M("p", """
Kære Mikkel

Min nabo på Ishøj Landevej 112 har fortalt, at han er ved at sælge sit hus til en developer, der vil bygge seks rækkehuse. Handlen er ikke underskrevet endnu. Vi vil gerne vide, om kommunen vil tillade det.

Hilsen Poul Grønne, nr. 110
""")

M("ph", """
Til borgerrådgiveren

Jeg er i gang med at sælge mit hus, fordi jeg efter min blodprop ikke kan klare trapperne. Køberen vil have tilbagekøbsretten aflyst, og kommunen har ikke svaret i seks uger. Hvis handlen falder, må jeg blive boende og kan ikke komme ud af huset.

Venlig hilsen
Arne Holmsted
""")

M("p", """
Til byrådet

Jeg har underskrevet en købsaftale på en grund i Torslunde Vest med forbehold for kommunens accept af vores husplaner. Nu siger kommunen at tegningerne skal ændres. Vi risikerer at miste grunden, hvis ikke godkendelsen er klar inden årsskiftet.

Mvh Nikolaj og Sarah Brun
""")

M("sh", """
Kære Jonas

Min mand Rasmus og jeg – ja, vi er to mænd – har søgt om at blive plejefamilie, og det er helt fint. Men nu er Rasmus blevet syg med en depression og er sygemeldt, og sagsbehandleren siger, at det "skal vurderes". Vi synes ikke det er fair, at det er det, der tæller.

Hilsen Anders
""")

M("s", """
Til Borgerservice

Vi er et lesbisk par og har fået et barn med donor. Medmoren er ikke blevet registreret som forælder. Vi har udfyldt blanket "Omsorgs- og ansvarserklæring". Hvad mangler?

Mvh Tine og Marie Kragh
""")

M("s", """
Kære Lars

Vores søn Oskar på 16 er kommet ud som biseksuel og er blevet mobbet på ungdomsskolen. Vi har talt med lederen, som siger at "det må de unge selv ordne". Vi forventer mere.

Mvh Jette og Kim Boesen
""")

M("s", """
hej søren. min kæreste er en mand (jeg er også mand) og vi fik at vide af en buschauffør på linje 128 at vi skulle "holde os for os selv". skal jeg klage til movia eller jer?

mvh Nicklas
""")

M("s", """
Til borgmesteren

Som queer person har jeg ikke følt mig tryg ved byfesten i år. Jeg blev råbt efter og spyttet på. Jeg synes kommunen skal have vagter.

Hilsen Robin
""")

M("t", """
Til borgerrådgiveren

Jeg er vietnamesisk af oprindelse og har ventet tre uger på svar på en simpel ansøgning om hundetegn. Min danske nabo fik svar på tre dage. Jeg vil vide, om det er tilfældigt.

Mvh Thi Lan Nguyen
""")

M("bh", """
Til Social- og Sundhedsudvalget

Jeg er Jehovas Vidne og vil ikke modtage blodtransfusion. Min hjemmesygeplejerske har sagt at hun vil "skrive det i journalen som et problem". Jeg har anæmi og er bange for at blive presset.

Mvh Agnete Hald
""")

M("u", """
Til Jobcentret

Jeg har været medlem af 3F's a-kasse, men er gået over til Krifa. Jobcentret har ikke opdateret det, og 3F sender mig stadig indkaldelser. Hvem skal rette det?

Mvh Rene Jakobsen
""")

M("u", """
Kære Anja

Jeg er FOA-tillidsrepræsentant for dagplejerne. Vi har fået nyt gæsteplejesystem, og ingen af mine kolleger kan finde ud af det. Vi beder om et møde.

Mvh Dorthe Lindholm
""")

M("ue", """
Til borgerrådgiveren

Jeg er medlem af Dansk Metal og har været ledig siden april. Jobcentret har tre gange aflyst min samtale med under en times varsel, og min a-kasse truer med at jeg kan miste dagpengene, fordi jeg "ikke har deltaget".

Mvh Kasper Nørby, [[020191 1623]]
""")

M("he", """
Til Social- og Sundhedsudvalget

Min mor, Dorrit Hansen, har fået hjemmepleje to gange om dagen siden sin hofteoperation. Siden 1. oktober er det blevet skåret ned til én gang, uden afgørelse. Hun kan ikke selv komme ud af sengen. Hendes cpr: [[241032-0516]].

Mvh Jens Hansen
""")

M("h", """
Til Borgerservice

Jeg skal have lavet en ny sundhedskort-ansøgning, fordi jeg har mistet mit. Jeg skal bruge det på fredag til en scanning for brystkræft. Cpr [[071158-1920]]. Haster!

Venlig hilsen
Lise Mølgaard
""")

M("e", """
Til Ydelsescentret

Jeg har fået afslag på hjælp til flytning, jeg skulle flytte fra mit rækkehus fordi jeg er blevet skilt. Min cpr er [[190879-2233]].

Mvh Lasse Bang
""")

M("", """
Til Borgerservice

Hvornår er der åbent for tidsbestilling til kørekort? Mit gamle kørekort har nr. 30441829 og udløber den 19.08.2025.

Mvh Lasse Bang
""")

M("hu", """
Kære Lars

Jeg er BUPL-medlem og pædagog i Børnehuset Solhøj. Jeg er gravid i 5. måned og har fået ondt i bækkenet, men min leder vil ikke give mig skånehensyn. Min TR siger, jeg skal skrive til udvalgsformanden.

Mvh Camilla Ry
""")

M("t", """
Til udvalgsformanden

Jeg er sort og fra Nigeria. Da jeg søgte om plads i kommunens idrætsforening til min søn, fik jeg at vide, at "der ikke var plads til flere af jeres". Jeg har det på skrift.

Mvh Chinedu Okafor
""")

M("b", """
Til Børne- og Skoleudvalget

Min datter Aisha går med tørklæde, fordi hun er muslim, og hun har fået at vide af sin idrætslærer, at hun skal tage det af til svømning. Vi har et burkini. Hvad er reglerne?

Mvh Khadija Ahmadi
""")

M("b", """
Kære Hans

Jeg stemte på dig ved sidste valg, og jeg er medlem af Konservative. Men din stemme om p-afgifterne skuffer mig.

Mvh Bent Rolighed
""")

M("", """
Kære Hans. Din stemme om p-afgifterne skuffer mig. Byen skal være tilgængelig.

Mvh Bent Rolighedsvej
""")

M("e", """
Til Familieafdelingen

Vores plejebarn Lukas på 8 år, som har boet hos os i to år, skal flyttes tilbage til sin biologiske mor, siger sagsbehandleren. Ingen har spurgt os eller Lukas. Det er ikke hvad der står i serviceloven § 68 om barnets perspektiv.

Med venlig hilsen
Plejefamilien Vang
""")

M("", """
Til Familieafdelingen

Vi kunne godt tænke os at blive plejefamilie. Hvad er kravene, og hvordan søger vi?

Mvh Lene og Thomas Berg
""")

M("e", """
Kære borgerrådgiver

Min søster er blevet sat ud af sin lejlighed i Gildbrohøj og bor nu i sin bil med sin hund. Hun vil ikke selv skrive. Kan kommunen tilbyde hende noget? Hun hedder Mona Lindberg.

Mvh Kate Lindberg
""")

M("h", """
Til Teknik og Miljø

Jeg er astmatiker og får anfald af røgen fra naboens brændeovn på Gadekærvej 4. Kommunen har målt og siger, at den er "inden for grænserne". Jeg kan ikke lufte ud hele vinteren.

Mvh Birgitte Hørning
""")

M("", """
Til Teknik og Miljø

Brændeovnsrøg i Ishøj Landsby er et stort problem om vinteren. Vil kommunen indføre regler som i andre kommuner?

Mvh Landsbylauget
""")

M("te", """
Til borgmesteren

Jeg er ukrainer og kom i 2022. Mit opholdsgrundlag efter særloven udløber i marts, og jobcentret har lige indkaldt mig til samtale om "hjemrejse". Jeg har arbejde og betaler skat. Jeg forstår ikke.

Mvh Olena Kovalenko
""")

M("", """
Til borgmesteren

Hvor mange ukrainske flygtninge bor der i Ishøj nu? Og hvor mange er kommet i arbejde? Jeg har set tal, men de er gamle.

Mvh Jørgen
""")

M("eu", """
Kære byrådsmedlem

Jeg er HK'er og gået på efterløn i år. Ydelsescentret har trukket mig i boligstøtte, fordi de siger efterlønnen tæller med to gange. Jeg har ringet fire gange.

Mvh Jytte Engberg
""")

M("", """
Hej

Jeg vil klage over at kommunen har 34 forskellige telefonnumre. Man ved aldrig hvem man skal ringe til. Lav ét nummer!

Hilsen Lars Pilgaard, tlf. 41 27 03 88
""")

M("", """
Til borgerrådgiveren

Klage vedr. lukning af Ishøj Borgerservice om lørdagen. Jeg har ingen personlig sag, men synes det er ringe service.

Mvh Inger
""")

M("", """
Til Teknik og Miljø

Der er en kæmpe vandpyt ved busstoppestedet på Ishøj Boulevard, 200 m fra rundkørslen. Folk bliver sprøjtet til af bilerne. Giv et praj nr. 1012240088.

Mvh Sofie
""")

M("", """
Til Social- og Sundhedsudvalget

Der står i sundhedsloven § 119, at kommunen har ansvar for forebyggelse. Hvorfor er rygestopkurserne så lukket ned?

Mvh Kræftens Bekæmpelse, lokalforeningen Ishøj
""")

M("", """
Hej Cecilie

Tak for din indsats i byrådet. Den tale om borgerservice var god.

Peter
""")

M("bu", """
Hej Cecilie

Som formand for SF Ishøj og gammel HK-tillidsmand vil jeg takke for din indsats mod nedskæringerne i borgerservice. Vi ses til generalforsamlingen.

Peter Lauge
""")

M("hb", """
Til borgerrådgiveren

Jeg er pacifist og har altid nægtet militærtjeneste. Nu har jeg fået en indkaldelse til session på trods af, at jeg er 55 og har kronisk bronkitis. Er det kommunen, der har sendt mine oplysninger?

Mvh Henning Blom
""")
