"""corpus64 part F: hard negatives (money, housing and property in general; look-alike
numbers; category words about services and people in general), a few positives among them."""
from common import M

M("", """
Kære Økonomiudvalg

I budgetforslaget for 2027 er der afsat 18 mio. kr. til renovering af Ishøj Rådhus, mens puljen til boligsociale indsatser skæres med 2 mio. Kan udvalget forklare prioriteringen? Jeg vil gerne have svaret inden 2. behandlingen.

Med venlig hilsen
Preben Stærmose
""")

M("", """
Hej

Hvor kan jeg se, hvad kommunen har brugt på kontanthjælp, boligstøtte og førtidspension i de sidste fem år? Jeg er interesseret i udviklingen, ikke i enkeltsager.

Mvh Carl Emil Dahl
""")

M("", """
Til Ishøj Kommune

Vores kunde-id hos jer er 2605881492, og vi har modtaget en rykker for faktura 1109921376 for affaldshåndtering på vores erhvervsadresse. Fakturaen er betalt via Betalingsservice. Se vedlagte dokumentation.

Med venlig hilsen
Bogholderiet, Ishøj Blomster & Planter ApS
""")

M("", """
Hej

Kan man søge om boligstøtte, hvis man bor i en andelsbolig? Og er der forskel på reglerne for lejere og andelshavere? Jeg har ikke selv en andelsbolig, men overvejer at købe en engang.

Mvh Christian
""")

M("", """
Til Teknik- og Miljøudvalget

Som formand for Grundejerforeningen Strandhaven vil jeg gerne høre, hvornår den nye lokalplan for Ishøj Strand forventes vedtaget. Mange medlemmer er bekymrede for, hvad etagebyggeriet betyder for ejendomsværdierne i kvarteret.

Med venlig hilsen
Helge Thomsen
""")

M("", """
Kære byrådsmedlemmer

Jeg har læst, at kommunen overvejer at sælge de 12 storparceller ved Tranegilde til en investor i stedet for til private. Jeg synes, det er forkert. Vi har brug for flere grunde til børnefamilier, ikke til investorer.

Mvh Karen Vestergaard
""")

M("", """
Hej

Jeg har set på boligsiden, at en treværelses i Vejleå Park koster 8.400 kr. om måneden, mens en tilsvarende i Strandgårdsparken koster 7.100. Hvorfor er der så stor forskel på huslejen i de almene boliger i Ishøj?

Venlig hilsen
Bente Krog
""")

M("", """
Til Center for Borger, Økonomi og IT

Vi har modtaget jeres betaling med reference 2809841203 på 14.750 kr. for levering af kontorstole. Beløbet passer ikke med vores faktura 0711940021 på 15.250 kr. Kan I undersøge differencen?

Med venlig hilsen
Debitorafdelingen, Kontormøbler Nord A/S
""")

M("", """
Hej

Jeg er sygeplejerske og arbejder på Hvidovre Hospital. Jeg vil gerne vide, om kommunen har ledige stillinger i hjemmesygeplejen, og hvad lønnen er. Jeg bor selv i Ishøj.

Mvh Christina Gade
""")

M("", """
Hej

Hvornår er Sundhedshuset åbent i påsken, og kan man få influenzavaccine der uden tidsbestilling?

Venlig hilsen
Bodil
""")

M("", """
Til borgmesteren

Jeg vil gerne rose kommunen for den nye vejledning om hjælp til depositum på hjemmesiden. Den er let at forstå. Men den burde også findes på arabisk, tyrkisk og urdu, så flere kan læse den.

Med venlig hilsen
Lene Juhl
""")

M("", """
Kære Social- og Sundhedsudvalg

Antallet af udsættelser af lejere i Ishøj er steget med 22 % fra 2024 til 2025 ifølge Danmarks Statistik. Hvad gør kommunen for at forebygge, at børnefamilier mister deres bolig?

Venlig hilsen
Organisationen Børns Vilkår, lokalafdeling
""")

M("", """
Hej

Min ordre nr. 2004851177 på en ny affaldsspand er ikke kommet. Jeg bestilte den for tre uger siden. Adressen er Pilemøllevej 14.

Mvh Svend Erik
""")

M("", """
Til Ishøj Kommune

Hvordan klager man over sin ejendomsvurdering? Er det kommunen eller Vurderingsstyrelsen, man skal skrive til? Og hvad er fristen?

Tak på forhånd
Johannes Riis
""")

M("", """
Hej

Vi er en gruppe forældre fra Ishøj Skole, og vi vil gerne vide, om skolens kantine kan servere halal-kød, så alle elever kan spise det samme. Mange forældre har spurgt.

Venlig hilsen
Forældrerådet, 4. årgang
""")

M("", """
Til Kultur- og Fritidsudvalget

Vi vil gerne leje Ishøj Medborgerhus til en eid-fest for hele lokalområdet den 10. april. Festen er åben for alle. Hvad koster det, og skal vi søge om tilladelse til musik udendørs?

Med venlig hilsen
Kulturforeningen Ishøj Mangfoldighed
""")

M("", """
Hej

Hvornår holder Ishøj Kirke konfirmationer i 2027? Vi er fotografer og vil gerne tilbyde portrætter til familierne.

Mvh Fotostudiet Lys & Skygge
""")

M("", """
Kære byråd

Jeg synes, det er helt forkert at bruge penge på en regnbuefestival i Ishøj, når ældreplejen mangler penge. Det er ikke kommunens opgave.

Mvh Egon Hald
""")

M("", """
Hej

Hvor mange flygtninge har Ishøj Kommune modtaget i 2025, og hvor mange af dem bor i midlertidige boliger? Jeg skriver speciale på Roskilde Universitet.

Mvh Annabel Hjort
""")

M("", """
Til Ishøj Kommune

Polisenr. 6511082290 hos Tryg vedrører vores forsikring af foreningens lokaler. Vi har haft en vandskade, og forsikringen beder om en udtalelse fra kommunen om kloakken. Kan I hjælpe?

Venlig hilsen
Ishøj Seniorklub
""")

M("", """
Hej

Hvornår åbner den nye moské på Vejlebrovej, og er der parkering til de mange besøgende om fredagen? Vi bor på vejen og er bekymrede for trafikken.

Mvh Beboerne i nr. 30–44
""")

M("", """
Til Beskæftigelsesudvalget

Hvilke fagforeninger og a-kasser deltager i kommunens informationsmøder for nyledige? Vi er en frivillig forening, der hjælper nytilflyttere, og vil gerne kunne henvise til dem.

Mvh Velkommen til Ishøj
""")

M("", """
Hej

Jeg er ikke medlem af nogen a-kasse og har aldrig været det. Jeg har mit eget firma og har det fint. Jeg vil bare høre, om kommunen har et erhvervsnetværk for små virksomheder.

Mvh Rune Buch, Buch Tømrer
""")

M("", """
Til Ishøj Kommune

Journalnr. 01.02.05-P19-12-26 vedrører min ansøgning om byggetilladelse til en carport på Vibeholmsvej 22. Jeg har ventet i 9 uger. Hvornår kan jeg forvente svar?

Med venlig hilsen
Niels Helmer
""")

M("", """
Hej

Er det korrekt, at kommunen har en ordning, hvor ældre kan låne til grundskylden? Hvordan virker den? Jeg spørger generelt, fordi min forening overvejer at skrive om det i vores blad.

Mvh Redaktør Anders Kjær, Ishøj Grundejerblad
""")

M("", """
Kære Pernille

Tak for et godt borgermøde om den nye boligpolitik. Jeg synes særligt, at forslaget om blandede boligformer i de nye områder var godt. Jeg håber, byrådet vedtager det.

Venlig hilsen
Anette Borg
""")

M("", """
Til Ishøj Kommune

EAN 5790001360411 skal bruges, når vi fakturerer jer for rengøring af Ishøj Bibliotek. Bekræft venligst, at det er korrekt.

Med venlig hilsen
Clean Service ApS, CVR 33 81 47 20
""")

M("", """
Hej

Hvad er reglerne for at få tilskud til tandpleje som pensionist? Jeg er frivillig i Ældre Sagen og får tit spørgsmålet, men jeg kan ikke finde svaret på hjemmesiden.

Mvh Birgit Lorentzen
""")

M("", """
Til Ishøj Kommune

Vores nye kontonummer er reg.nr. 1551 kontonr. 3201871456. Vi beder om, at fremtidige tilskud til foreningen udbetales hertil.

Med venlig hilsen
Ishøj Rideklub, kasserer Mette Lund
""")

M("", """
Kære borgerrådgiver

Jeg synes, det er for dårligt, at kommunens hjemmeside om boligstøtte ikke er opdateret med de nye satser. Kan du bede dem rette det?

Mvh Finn
""")

M("", """
Hej

Hvor mange almene boliger bliver der bygget i Ishøj de næste fem år, og hvor mange af dem bliver ungdomsboliger? Jeg spørger som medlem af ungdomsrådet.

Mvh Noah
""")

M("", """
Til Center for Byudvikling og Natur

Jeg har brug for at vide, hvilken zone min matrikel, 4cx Torslunde By, Torslunde, ligger i. Jeg overvejer at bygge et drivhus.

Mvh Kasper Brandt
""")

M("", """
Til Ishøj Kommune

Vores opgørelse viser 3 uindløste checks fra kommunen, nr. 1206881102, 1206881103 og 1206881104. Skal vi returnere dem?

Venlig hilsen
Ishøj Vandrerhjem
""")

M("", """
Kære byrådsmedlem

Jeg bor ved siden af den gamle præstebolig, og hækken vokser ud over fortovet. Hvem har ansvaret for at klippe den?

Mvh Ingrid
""")

M("", """
Hej

Jeg er journalist på Ishøj Lokalavis og skriver om boligpriserne. Hvor mange huse blev solgt i Ishøj i 2025, og hvad var gennemsnitsprisen pr. m²? Har kommunen de tal?

Mvh Mads Tofte
""")

M("", """
Til Ishøj Kommune

Jeg har lejet en parkeringsplads ved Ishøj Station, lejekontrakt nr. 1412770314. Kan jeg opsige den med en måneds varsel?

Mvh Bjørn Rask
""")

M("e", """
Hej

Jeg har lejet en parkeringsplads ved Ishøj Station, men jeg har mistet mit job og har ikke råd til den mere. Kan jeg opsige den med det samme? Lejekontrakt nr. 0905741185.

Mvh Thomas Brink
""")

M("", """
Hej

Hvad skal man gøre, hvis man vil klage over sin udlejer? Er det huslejenævnet i Ishøj, og hvordan kontakter man dem? Jeg har ikke selv et problem, jeg er tillidsperson i vores opgang og vil vide det.

Mvh Karin
""")

M("", """
Kære Bo

Som du ved, har vores forening i mange år arbejdet for grønne områder i Ishøj. Vi vil gerne bede dig om at stemme imod salget af den kommunale grund ved Ishøj Sø til boligbyggeri.

Mvh Grønt Ishøj
""")

M("h", """
Hej

Hvornår er Sundhedshuset åbent i påsken? Jeg skal have skiftet forbinding på mit ben efter operationen, og min hjemmesygeplejerske har ferie.

Mvh Kirsten
""")

M("", """
Hej

Jeg vil gerne vide, hvordan man søger om at blive plejefamilie. Min mand og jeg har talt om det længe. Vi har begge faste job og et stort hus.

Med venlig hilsen
Hanne Kolding
""")

M("", """
Til Ishøj Kommune

Meter nr. 88-1009-4772. Vi har fået to regninger for vand på samme periode. Den ene er på 3.410 kr., den anden på 3.640 kr. Venligst tjek det.

Mvh Villaejer Henrik Bay
""")

M("t", """
Hej

Hvornår åbner den nye legeplads ved Vejlebrovej? Min mor er lige kommet fra Pakistan og passer mine børn om dagen. Hun kender ingen her endnu, så det kunne være godt for hende at møde andre bedsteforældre.

Mvh Saima
""")

M("", """
Til Ishøj Kommune

Vi er en ejendomsmæglervirksomhed og vil gerne modtage kommunens liste over ledige byggegrunde, når den bliver opdateret. Kan vi komme på en mailingliste?

Med venlig hilsen
Home Ishøj
""")

M("u", """
Hej

Hvilke fagforeninger deltager i jobmessen i Ishøj Bycenter? Jeg er medlem af HK men overvejer at skifte, fordi kontingentet er steget.

Mvh Camilla
""")

M("", """
Hej

Kan kommunen oplyse, hvad den gennemsnitlige boligstøtte er for en enlig pensionist i Ishøj? Jeg skal bruge det til et oplæg i pensionistforeningen.

Mvh Gunnar
""")

M("", """
Kære Bo

Tak for hjælpen til vores gadefest. Der kom over 100 naboer, og det blev en rigtig god dag. Vi håber, vi kan gentage det til næste år.

Mvh Festudvalget, Højgårdsvej
""")
