"""Part A: mail to the citizen advisor (borgerrådgiveren) — complaints about case handling."""
from common import M

M("he", """
Kære Borgerrådgiver

Jeg vil gerne klage over sagsbehandlingen i Jobcentret. Jeg har nu haft fire forskellige sagsbehandlere på et år, og hver gang skal jeg forklare forfra om min diskusprolaps og de smertestillende jeg får. Den sidste har ikke engang læst lægeerklæringen, som min egen læge sendte i januar.

Jeg er på sygedagpenge og er bange for, at de bliver stoppet, fordi ingen har styr på papirerne.

Venlig hilsen
Lone Bak Jessen
Gildbrovej 88, 1. th.
2635 Ishøj
""")

M("", """
Hej borgerrådgiveren

Hvordan klager man egentlig over en afgørelse fra kommunen? Og er det jer man skal skrive til, eller er det Ankestyrelsen? Jeg vil bare gerne vide hvordan det fungerer inden jeg gør noget.

mvh Sune
""")

M("e", """
Til borgerrådgiveren

Jeg har ventet på svar på min ansøgning om enkeltydelse til et nyt køleskab siden 12. marts. Jeg har ringet fem gange til Ydelseskontoret og hver gang får jeg at vide at "det er på vej". Mit køleskab har været gået i stykker i to måneder og jeg lever af kontanthjælp, så jeg kan ikke bare købe et nyt.

Er der ikke en frist for hvornår de skal svare?

Mvh
Ahmad Rasuli
""")

M("", """
Hej

Jeg arbejder som socialrådgiver i en anden kommune og er ved at lave et oplæg om borgerrådgiverfunktioner. Må jeg få jeres årsberetning for 2023 tilsendt, og evt. et par ord om hvordan I registrerer følgesager?

Med venlig hilsen
Marianne Vestergaard
Socialrådgiver
""")

M("he", """
Kære borgerrådgiver

Jeg skriver på vegne af min mor, Inger Holst, Vejlebrovej 20, som jeg har fuldmagt fra. Hun har haft en blodprop i hjernen i efteråret og er blevet visiteret til hjemmehjælp to gange om ugen. Men de sidste tre uger er hjemmehjælperen ikke kommet om tirsdagen, og ingen har ringet og meldt afbud. Min mor kan ikke selv komme i bad.

Jeg vil gerne have at I ser på det. Hendes cpr er [[140637-1182]].

Med venlig hilsen
Karsten Holst
""")

M("", """
Til Borgerrådgiveren

Jeg vil klage over at medarbejderen i Borgerservice var direkte uhøflig, da jeg kom for at hente mit nye pas i torsdags. Hun sukkede højt og sagde "det står jo på hjemmesiden" da jeg spurgte hvor jeg skulle trække nummer. Jeg synes ikke det er i orden at blive talt sådan til.

Hilsen
Jens Peder Damgaard
""")

M("e", """
hej jeg vil klage over min sagsbehandler i ydelseskontoret. hun har skrevet til mig at jeg skal betale 14.300 kr tilbage i kontanthjælp fordi jeg ikke har oplyst om at min kæreste er flyttet ind. men han er ikke flyttet ind han sover her bare nogen gange. jeg forstår ikke afgørelsen og ingen vil forklare mig den

Jannie
""")

M("", """
Hej Borgerrådgiver

Hvad er fristen for at klage over en afgørelse om boligstøtte? Jeg har læst forskellige ting på nettet. Er det 4 uger eller 3 måneder?

Venlig hilsen
P. Frandsen
""")

M("het", """
Kære borgerrådgiver

Jeg er fra Somalia og har boet i Danmark i 11 år. Ved mødet i rehabiliteringsteamet sidste onsdag sagde en af deltagerne, at "kvinder fra din kultur plejer jo ikke at arbejde", og at mine smerter i ryggen nok var "noget psykisk". Jeg følte mig ydmyget. Jeg har haft fibromyalgi i seks år, og det står i min journal.

Jeg har fået afslag på ressourceforløb og ved ikke, om det har noget med det at gøre.

Med venlig hilsen
Faadumo Abdi Warsame
""")

M("e", """
Til borgerrådgiveren

Jeg bad den 3. februar om aktindsigt i min sag hos Center for Børn og Forebyggelse om mine børn. Jeg har stadig ikke fået noget. Det er jo over 7 arbejdsdage. Jeg vil vide hvad der står i den underretning som skolen har lavet om os, så jeg kan forstå hvorfor de nu laver en børnefaglig undersøgelse.

Venlig hilsen
Mette Skov Andersen
Ishøj Strandvej 5, st. tv.
""")

M("", """
Kære borgerrådgiver

Jeg er tillidsvalgt i en boligforening og vil gerne invitere dig til at holde et kort oplæg på vores beboermøde om hvad borgerrådgiveren kan hjælpe med. Vi har ikke så mange penge men kan byde på kaffe og kage.

Med venlig hilsen
Bestyrelsen, Afd. 3
""")

M("hue", """
Hej

Jeg vil klage over den måde mit opfølgningsmøde i Jobcentret blev afholdt på. Min bisidder fra FOA fik først at vide to minutter før mødet at hun ikke måtte være med i lokalet "af pladshensyn". Jeg er sygemeldt med stress og angst og har brug for at have en med.

Er det overhovedet lovligt at nægte mig en bisidder?

Venlig hilsen
Camilla Rohde
""")

M("", """
Til borgerrådgiveren

Jeg har fået en afgørelse fra kommunen, som jeg ikke er enig i, og jeg vil gerne have hjælp til at forstå den. Jeg har ringet til sagsbehandleren, men hun er på ferie de næste tre uger. Kan I ringe mig op? Mit nummer er 28 44 19 06.

Venlig hilsen
Ole
""")

M("s", """
Kære Borgerrådgiver

Min mand Rasmus og jeg har søgt om at blive plejefamilie for et barn i kommunen. På informationsmødet blev vi spurgt, om "barnet ikke ville savne en mor". Vi er to mænd og har været gift i otte år, og vi synes det var et meget mærkeligt spørgsmål at stille i en professionel sammenhæng.

Vi vil gerne have at det bliver registreret som en klage.

Med venlig hilsen
Kristian Bendtsen
""")

M("", """
hej borgerrådgiver hvor lang tid går der før i ringer tilbage? jeg ringede i går og lagde besked

Morten
""")

M("e", """
Kære borgerrådgiver

Jeg er blevet sat ud af min lejlighed i Strandgårdsparken fordi jeg skyldte husleje, og nu bor jeg hos min søster på hendes sofa. Jeg har søgt om hjælp fra kommunen til at finde en bolig, men jeg har ikke fået svar i 5 uger. Min søster har selv to børn og der er ikke plads.

Hvem kan jeg kontakte?

Venlig hilsen
Kim Nørgaard Lind
tlf 22 73 08 41
""")

M("", """
Til borgerrådgiveren

Jeg vil gerne klage over at Byudvikling og Natur ikke har svaret på min henvendelse om en væltet lygtepæl på stien ved Ishøj Søpark. Det er nu 6 uger siden.

Venlig hilsen
Bent Kofoed
""")

M("he", """
Hej

Min far har demens og bor på plejecentret Fyrrehøj. Jeg fik i går at vide at han er faldet og har slået hovedet, men det skete for 4 dage siden og ingen havde kontaktet mig. Jeg er hans nærmeste pårørende og står som kontaktperson. Jeg ønsker en forklaring.

Susanne Myrup
""")

M("", """
Kære borgerrådgiver

Er jeres årsberetning offentlig, og hvor kan jeg finde den? Jeg er studerende på jura og skriver opgave om kommunale klagefunktioner.

Mvh
Sofie Lindhardt
""")

M("ehb", """
Kære borgerrådgiver

Jeg har fået at vide af min sagsbehandler at min ansøgning om førtidspension skal forelægges rehabiliteringsteamet igen, fordi "der mangler en psykiatrisk vurdering". Jeg har været indlagt på psykiatrisk afdeling i Glostrup to gange og har diagnosen skizofreni. Det står i alle papirerne.

Derudover vil jeg gerne klage over at sagsbehandleren under samtalen spurgte, om min tro ikke kunne "give mig noget struktur". Jeg er Jehovas Vidne, og det har intet med sagen at gøre.

Venlig hilsen
Henrik Ravn
""")

M("", """
Hej

Jeg har et spørgsmål: hvis man klager til jer, får sagsbehandleren så at vide at det er mig der har klaget? Jeg vil gerne være anonym, hvis det kan lade sig gøre. Jeg vil bare gerne vide det, før jeg skriver.

Mvh
""")

M("e", """
Til borgerrådgiveren

Jeg er blevet bedt om at betale 6.200 kr. tilbage i boligstøtte, fordi min indkomst i 2023 var højere end jeg oplyste. Det er fordi jeg fik en efterbetaling af feriepenge, som jeg ikke vidste skulle regnes med. Jeg kan ikke betale det på én gang, jeg har i forvejen gæld til Skat.

Jeg synes ikke jeg er blevet vejledt ordentligt.

Med venlig hilsen
Lars Frost
Cpr: [[0507791339]]
""")

M("", """
Kære borgerrådgiver

Jeg vil gerne rose medarbejderen Thomas i Borgerservice, som hjalp mig utrolig godt med NemID/MitID i sidste uge. Det er ikke kun klager I skal have!

Venlig hilsen
Birthe Kanstrup
""")

M("et", """
Hej

Jeg har to gange været til møde i Jobcentret hvor der ikke var bestilt tolk, selvom det står i min sag at jeg skal have tolk på tigrinya. Sidste gang blev mødet holdt på engelsk, og jeg forstod ikke at jeg havde sagt ja til en aktivitet. Nu har jeg fået sanktion i min kontanthjælp.

Jeg er eritreer og taler ikke godt engelsk.

Yonas Tesfay
""")

M("", """
Til borgerrådgiveren

Kan man klage til jer over at kommunen har besluttet at lukke Ishøj Bibliotek om søndagen? Jeg synes det er en dårlig beslutning for alle os der arbejder i hverdagene.

Mvh Gitte
""")

M("eh", """
Kære borgerrådgiver

Jeg skriver anonymt, for jeg er bange for at det går ud over mig. Jeg er i jobafklaringsforløb og har været det i halvandet år pga. en hjerneskade efter en trafikulykke. Min nye rådgiver har nu tre gange aflyst vores møde med under en times varsel. Jeg har brugt taxa til 300 kr. hver gang fordi jeg ikke kan tage bussen.

Jeg ønsker ikke at give mit navn, men jeg vil have at I ved det.
""")

M("", """
Hej,

Jeg har sendt en klage til Center for Voksne og Velfærd for to måneder siden og har intet hørt. Hvad kan jeg gøre? Klagen handlede om at en medarbejder havde givet mig forkert vejledning om parkeringskort.

Hilsen Erik
""")

M("he", """
Kære borgerrådgiveren

Jeg vil klage over at min sag om merudgifter til min søn er blevet behandlet i 9 måneder. Min søn Elias har type 1-diabetes og cøliaki, og vi har store udgifter til glutenfri kost og kørsel til Rigshospitalet. Vi har sendt alle kvitteringer to gange fordi de første blev "væk".

Med venlig hilsen
Nina og Jacob Westergaard
""")

M("", """
Hej

Jeg vil klage over at der ikke er ryddet sne på fortovet ud for Ishøj Bycenter. Min mor var lige ved at falde. Er det jer man skal skrive til om det?

Venlig hilsen
Mads
""")

M("e", """
Til borgerrådgiveren

Min søn sidder i Vestre Fængsel i varetægt, og jeg har spurgt Center for Børn og Forebyggelse om hans to børn, som jeg passer, kan få et andet tilbud om aflastning. Sagsbehandleren siger at jeg skal "vente til sagen er afgjort". Børnene har det svært og jeg er 68 år.

Hvad kan jeg gøre?

Venlig hilsen
Gudrun Poulsen
""")

M("", """
Kære borgerrådgiver

Jeg læste i Ishøj Avis at I havde 58 henvendelser i 2023. Hvor mange af dem var klager over Jobcentret? Det er bare af interesse.

Mvh
Hans Christian
""")

M("eu", """
Hej borgerrådgiver

Jeg er blevet afmeldt som ledig hos Jobcentret fordi jeg "ikke havde booket samtale", men jeg havde booket den på Jobnet og har et screenshot. Min a-kasse, Metal, siger at fejlen ligger hos jer, og jeg har nu mistet dagpenge for 9 dage.

Hvem skal rette det?

Jesper Kjeldsen
""")

M("ht", """
Kære borgerrådgiver

Jeg er mor til en dreng på 7 med autisme. På et møde om hans skoletilbud sagde en psykolog fra PPR, at "familier med pakistansk baggrund ofte har svært ved at acceptere diagnoser". Vi har selv bedt om udredningen. Jeg synes det var krænkende og vil gerne klage.

Med venlig hilsen
Sana Iqbal
""")

M("", """
Til borgerrådgiveren

Hvis jeg er utilfreds med en læge på Hvidovre Hospital, kan jeg så klage til jer?

Vh Kurt
""")

M("e", """
Hej.

Min sagsbehandler har skiftet for tredje gang, og den nye skriver i sit brev at jeg har "undladt at møde op" til partshøring. Jeg har aldrig fået noget brev om partshøring. Nu har de truffet afgørelse om at stoppe min kontanthjælp fra 1. næste måned. Jeg kan ikke betale min husleje så.

Jeg har brug for hjælp hurtigt.

Patrick Hvid
tlf 31 08 56 72
""")

M("", """
Kære borgerrådgiver

Jeg sidder i Ældrerådet og vil gerne høre, om det er muligt at få en anonymiseret oversigt over de klager, I har fået om hjemmeplejen de sidste to år. Vi vil gerne drøfte det på næste møde.

Venlig hilsen
Aase Holmgaard
Ældrerådet
""")

M("sh", """
Kære borgerrådgiver

Jeg vil klage over min oplevelse hos Misbrugscentret. Jeg er i behandling for alkoholmisbrug og havde min kæreste Mikkel med til en familiesamtale. Behandleren omtalte ham hele tiden som "din ven" og spurgte til sidst om jeg "havde en kæreste også". Det er ikke første gang. Jeg synes de skal lære at forholde sig professionelt til at jeg er bøsse.

Mvh
Anders Fabricius
""")

M("", """
Hej

Jeg har klaget til jer før og fik et godt svar. Nu har jeg en ny ting: hvor finder jeg jeres telefontider?

Hilsen Lise
""")

M("e", """
Kære Borgerrådgiver

Jeg skriver fordi jeg er blevet nægtet et lån til depositum af Ydelseskontoret. Jeg har fået tilbudt en lejlighed i Vejleåparken, men skal betale 27.000 kr. i depositum, og jeg har kun min SU og gæld til Studiegælden. Sagsbehandleren sagde i telefonen at jeg "måtte låne af familien".

Kan det passe at de ikke skal give en begrundelse skriftligt?

Venlig hilsen
Ida Rasmussen
""")

M("", """
Til borgerrådgiveren

Jeg er pårørende og vil gerne vide, om man kan klage over serviceniveauet for rengøring i hjemmeplejen generelt - altså at det kun er hver 14. dag for alle. Jeg har ikke noget konkret, det er mere et principielt spørgsmål.

Med venlig hilsen
Vibeke Ahlers
""")

M("hep", """
Kære borgerrådgiver

Jeg har fået afslag på personligt tillæg til medicin og tandpleje, fordi kommunen mener at jeg har formue i mit hus på Tranegilde Strandvej. Men huset er sat til salg fordi jeg ikke kan blive boende efter min apopleksi, og køberen har taget forbehold for finansiering, så handlen er ikke på plads. Jeg har ikke pengene nu.

Mit cpr-nr er [[230345 0876]].

Med venlig hilsen
Erling Toft
""")

M("", """
Kære borgerrådgiver

På hjemmesiden står der at I ringer tilbage inden for én arbejdsdag. Gælder det også i sommerferien?

Vh Nanna
""")

M("eb", """
Til borgerrådgiveren

Jeg har søgt om hjælp til min datters konfirmation fra Ydelseskontoret, da jeg er alene med hende og lever på kontanthjælp. Sagsbehandleren skrev tilbage at "konfirmation ikke er en nødvendig udgift". Vi er kristne og det betyder meget for os. Kan det virkelig være rigtigt at man ikke kan få noget?

Mvh
Tina Holm Larsen
""")

M("", """
Hej borgerrådgiveren,

Jeg har lige fået et brev fra kommunen med journalnummer 27.12.04-G01-1402-24, som handler om mit parkeringstilladelse. Men jeg har ingen bil. Kan det være en fejl? Hvem skal jeg kontakte?

Venlig hilsen
Anker
""")
