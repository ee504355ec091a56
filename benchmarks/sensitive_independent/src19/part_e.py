"""Part E: sexual orientation and trade unions in complaints, quoted threads and
signatures; hard negatives about Pride, union events, collective agreements."""
from common import M

M("s", """
Til Borgerrådgiveren

Jeg er lesbisk og bor med min kæreste Signe i en lejlighed i Strandgårdsparken. Vi har anmeldt chikane fra en nabo til boligselskabet fem gange, og de henviser til kommunen. Da jeg ringede til kommunens boligsocialt team, sagde medarbejderen "jamen, I kunne jo også bare lade være med at kysse i opgangen". Det er ikke i orden.

Mvh
Julie Westh
""")

M("", """
Hej

Hvornår er Ishøj Pride i år, og skal man søge om lov til at gå med i optoget som forening?

Mvh
Ishøj Ungdomsklub
""")

M("u", """
Fra: Jannie Kvist <jannie.kvist@foa.dk>
Sendt: 14. april 2025 11:20
Til: Hovedpostkassen
Emne: Henvendelse vedr. medlem – fuldmagt vedlagt

Til Center for Voksne og Velfærd

Jeg skriver som faglig sekretær i FOA Vestegnen på vegne af vores medlem Marianne Holt, der er ansat som social- og sundhedshjælper i hjemmeplejen. Vi anmoder om aktindsigt i hendes personalesag. Fuldmagt vedlagt.

Med venlig hilsen
Jannie Kvist
Faglig sekretær, FOA Vestegnen
""")

M("", """
Til byrådet

Hvorfor hejser kommunen ikke regnbueflaget under Copenhagen Pride, som nabokommunerne gør? Jeg synes det er et vigtigt signal.

Mvh
Kathrine Bruun
""")

M("se", """
hej med jer

jeg er 17 og bi og min mor smed mig ud i sidste uge da jeg fortalte det. jeg sover hos en ven i Ishøj Landsby nu. ved ikke hvem man skriver til. min skolelærer sagde jeg skulle skrive til kommunen.

Noah
""")

M("u", """
Hej

Jeg er medlem af HK og har fået at vide af min a-kasse, at kommunen mangler at sende en attest om min jobrotation. Jeg har været i jobrotation på biblioteket fra januar til april. Hvem skal sende den?

Mvh
Susanne Dahlgaard
""")

M("", """
Kære Jobcenter

Hvilke fagforeninger deltager i jobmessen på Ishøj Rådhus den 20. september? Jeg vil gerne tale med dem om uddannelse.

Mvh Bilal
""")

M("se", """
Til Center for Børn og Forebyggelse

Min mand Kristian og jeg er blevet godkendt som plejefamilie, og vi har fået en dreng på 5 år i pleje fra 1. marts. Kommunen har endnu ikke udbetalt plejevederlag for marts og april. Vi har ringet tre gange. Det er ikke rimeligt at vi skal lægge ud.

Mvh
Thomas Brix Nielsen
""")

M("u", """
Til Borgerrådgiveren

Jeg er tillidsrepræsentant for 3F-medlemmerne i kommunens vejafdeling. Det her er ikke en klage over arbejdsforhold, men en klage som borger: jeg har ventet 7 uger på svar på min ansøgning om en parkeringslicens til min varebil. Det er for lang tid.

Mvh
Kurt Holmgren
""")

M("", """
Hej

Gælder overenskomsten for dagplejere i Ishøj også for vikarer? Det er et generelt spørgsmål fra en forælder.

Hilsen
Jens Møller
""")

M("s", """
Kære Ishøj Bibliotek / Kultur og Fritid

Jeg vil gerne klage over at I aflyste foredraget med vores forening "Regnbuefamilier Vestegnen" to dage før. Jeg var selv arrangør, og som en af de to mødre i vores familie var jeg ked af at skulle forklare børnene hvorfor.

Mvh
Anja Skovgaard
""")

M("ue", """
Hej

Jeg har været medlem af Dansk Metal i 30 år og er nu gået på efterløn. Jeg vil høre, om kommunen har et seniorklub-tilbud for tidligere industriarbejdere?

Mvh
Ib Henriksen
""")

M("", """
Til Ishøj Kommune

Jeg synes at kommunens nye medarbejderpolitik om "fri til fagligt arbejde" er for dyr. Det er skattekroner. Hvem har besluttet det?

Venlig hilsen
Preben Lau
""")

M("sh", """
Fra: Mikkel Bro <mikkelbro@gmail.com>
Til: Borgerrådgiveren
Emne: Klage over sundhedsplejerske

Hej

Min mand Frederik og jeg har fået en datter via rugemor. Vores sundhedsplejerske har to gange spurgt hvor "moren" er, og skrevet i journalen at "barnet mangler moderlig tilknytning". Vores datter har refluks og vi har haft brug for hjælp, men nu tør vi ikke ringe til hende.

Kan vi få en ny sundhedsplejerske?

Mikkel Bro
""")

M("", """
Hej

Kan I oplyse, hvilke a-kasser kommunen samarbejder med om jobmesser? Jeg er studerende og skriver om kommunal beskæftigelsespolitik.

Tak
Rasmus Lind
""")

M("ue", """
Til Ydelsescenteret

Jeg er meldt ud af min fagforening, BUPL, fordi jeg ikke har råd til kontingentet efter at jeg blev ledig. Nu får jeg at vide at jeg heller ikke er i a-kassen længere og skal søge kontanthjælp. Kan I hjælpe mig med at forstå, hvad jeg skal gøre?

Mvh
Line Petersen
""")

M("she", """
Til Center for Voksne og Velfærd

Min kone Mette og jeg har været gift i 9 år. Hun er nu flyttet på plejecenter efter en hjerneblødning, og jeg vil gerne søge om at flytte med hende ind i en parbolig. Hvem skal jeg tale med?

Venlig hilsen
Ruth Kjeldsen
""")

M("", """
Hej

Har Ishøj Kommune en LGBT+-politik for sine ansatte? Jeg overvejer at søge job hos jer og vil gerne vide det.

Mvh
Alex
""")

M("u", """
Fra: Poul Vang (byrådsmedlem)
Til: Hovedpostkassen
Emne: VS: Ventetid på svar

Sendes videre til fordeling.

> Kære Poul. Som du ved fra vores tid sammen i Djøf, er jeg ikke typen der klager. Men jeg har nu ventet over tre måneder på svar fra Borgerservice om min søns navneændring. Er der noget galt?
> Hilsen Knud Sommer
""")

M("s", """
hej!

er det muligt at få hjælp af kommunen til at skifte navn? jeg er transkvinde og pansexual og vil gerne have et nyt fornavn på sundhedskortet. min læge har sagt at jeg skal kontakte borgerservice.

Luna
""")

M("", """
Hej

Er det jer der skal give tilladelse til at 3F holder stand på torvet på 1. maj?

Mvh
Kurt, afdelingen
""")

M("us", """
Kære borgerrådgiver

Jeg er ansat i et privat firma og tillidsrepræsentant i Serviceforbundet, men dette handler om noget helt privat. Min kæreste Jonas og jeg (vi er begge mænd) søgte om en fælles ægteskabsattest i Borgerservice og fik at vide at "det skal I gøre i Københavns Kommune". Det er forkert, det kan man sagtens i Ishøj. Medarbejderen var afvisende og lidt spydig.

Mvh
Daniel Kragh
""")

M("ue", """
Hej

Jeg søger om hjælp til udgifter til en ny briller. Jeg er medlem af Lederne, men deres forsikring dækker ikke. Er der nogen ordning i kommunen?

Mvh
Anne-Marie Frost
""")

M("", """
Til borgmesteren

Jeg synes kommunen skal have flere kurser om mangfoldighed og homofobi på skolerne. Mine børn hører grimme ord hver dag.

Mvh en far fra Ishøj Landsby
""")

M("s", """
Hej

Jeg søger om at få min medmor-registrering rettet i CPR. Det står at barnet kun har én forælder, men Sara og jeg er gift og vi har fået barn ved insemination. Vi har alle papirer fra Rigshospitalet.

Venlig hilsen
Camilla Thorsen
""")

M("u", """
Hej,

Jeg er TR for sygeplejerskerne på Plejecenter Kærhaven og medlem af DSR. Jeg skriver som privatperson: kan I oplyse, hvorfor der ikke er blevet saltet på fortovet ud for plejecentret? Vi har haft to ansatte der er faldet.

Mvh
Gitte Bjerre
""")

M("", """
Til Center for Beskæftigelse og Erhverv

Hvorfor skal borgere i jobcentret melde sig til en a-kasse? Er det lovpligtigt? Jeg forstår ikke reglerne.

Mvh
Ole
""")

M("sb", """
Til borgmesteren

Jeg er homoseksuel og medlem af Konservative. Jeg har stemt på dig ved sidste valg, men jeg er skuffet over at byrådet har fjernet støtten til LGBT+-ungdomsgruppen. Jeg var selv med i den som 16-årig.

Mvh
Frederik Holstein
""")

M("ue", """
Hej

Jeg har modtaget et brev fra Ydelsescenteret om at jeg skal tilbagebetale 1.200 kr. Min fagforening, Det Faglige Hus, siger at brevet er forkert, fordi beløbet er forældet. Kan I se på det?

Mvh
Jacob Winther
""")

M("ue", """
Fra: Kenneth Thygesen
Til: Jobcenter Ishøj
Emne: SV: Indkaldelse til samtale

> Du indkaldes til samtale om din jobsøgning tirsdag den 6. maj kl. 9.30.

Hej

Jeg kan ikke den 6. maj, for jeg skal til møde i 3F om min sag mod min tidligere arbejdsgiver, der ikke har betalt min sidste løn. Jeg er på dagpenge og har brug for at få pengene. Kan vi finde en anden dag?

Kenneth
""")

M("", """
Hej

Vi afholder en fagforeningsmesse i Ishøj Idrætscenter, og vil gerne låne stole fra kommunen. Er det muligt?

Mvh Arrangørgruppen
""")

M("s", """
Til Ishøj Kommune, Børn og Forebyggelse

Vi er to fædre til tvillinger på 3 år, og vi har fået plads i to forskellige vuggestuer. Det kan vi simpelthen ikke få til at hænge sammen. Kan de flyttes til samme sted?

Mvh
Anders og Mikkel Rosenkilde
""")

M("u", """
Til Borgerrådgiveren

Som tidligere medlem af Krifa - jeg meldte mig ud i sidste år - vil jeg klage over at kommunen stadig sender post om a-kassen til min gamle adresse. Jeg har skiftet adresse for et år siden.

Med venlig hilsen
Lars Ebbesen
""")

M("", """
Kære byråd

Som formand for Ishøj Seniorforening vil jeg opfordre jer til at samarbejde mere med lokale foreninger, fagforeninger og frivillige om ældreområdet.

Venlig hilsen
Karl-Erik Bodholt
""")

M("s", """
Til Borgerservice

Jeg har fået brev om at mit navneskifte ikke kan behandles. Jeg skiftede til min mands efternavn efter vores bryllup i februar. Han hedder Morten Lykke, og jeg hedder Sebastian. Hvad mangler I?

Sebastian Lykke
""")

M("u", """
Hej

Jeg skriver for at klage over at jeg ikke har fået svar på min ansøgning om tilskud til efteruddannelse. Min IDA-konsulent har bedt mig om at følge op. Det har nu taget 9 uger.

Mvh
Rune Vibe, ingeniør
""")

M("", """
Til Ishøj Kommune

Jeg har læst i avisen, at kommunens ansatte har fået lønforhøjelse efter den nye overenskomst. Hvorfor kan man så ikke få svar på sine mails? Det er skammeligt.

Mvh
Ejvind
""")

M("sh", """
Hej sundhedsplejen

Min kone Maria har lige født vores søn Alfred, og vi har fået at vide at der er ventetid på et hjemmebesøg. Maria bløder stadig meget og er bange. Vi er begge første-gangs-mødre og vil gerne have nogen ud hurtigt.

Mvh
Louise Holck
""")

M("u", """
Til borgmesteren

Jeg vil gerne sige tak for samarbejdet med FOA om de nye normeringer. Jeg har selv været FOA-medlem hele mit arbejdsliv og ved hvor meget det betyder.

Mvh
Birthe Nørgaard, pensioneret SOSU
""")

M("", """
Hej. Er Borgerservice lukket på grundlovsdag? Og hvad med 24. december? Tak. Henny
""")
