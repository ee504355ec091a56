"""corpus23 part C: committee secretaries (dagsordensamlere) and the main mailbox."""
from common import M

M("p", """Til formanden for Plan- og Miljøudvalget

Vi har underskrevet en betinget købsaftale på grunden Industrivej 14 til vores autoværksted. Betingelsen er at kommunen godkender ændret anvendelse. Sælger har givet os frist til 30. juni. Kan sagen komme på udvalgets dagsorden i maj?

Med venlig hilsen
Erkan Yilmaz
Indehaver, EY Auto ApS""")

M("", """Til dagsordensamleren, Plan- og Miljøudvalget

Vi ønsker generelt at vide om udvalget behandler ansøgninger om ændret anvendelse i erhvervsområdet i 2. halvår, og hvornår fristen for sager til dagsordenen er.

Mvh Ejendomsselskabet Vestvolden A/S""")

M("pe", """hej. vi skal sælge vores kolonihavehus i H/F Solbakken fordi vi er gået fra hinanden og ingen af os kan betale. der er en køber der har budt 180.000 men foreningen siger at kommunen skal godkende. hvor lang tid tager det?? mvh Trine""")

M("", """Hvornår er der generalforsamling i H/F Solbakken? Jeg er ny på venteliste og vil gerne deltage. Tak, Søren Lauritsen""")

M("t", """Til Kultur- og Fritidsudvalget

Jeg træner U13 i Ishøj IF. Sidste weekend blev en af mine spillere, Moussa, kaldt "abe" af en modstander pga. sin hudfarve, og dommeren gjorde intet. Moussas far er fra Gambia. Vi vil gerne at udvalget tager racisme i foreningsidrætten op.

Mvh
Rune Hviid, træner""")

M("", """Til Kultur- og Fritidsudvalget

DBU Sjælland vil gerne invitere udvalget til temaaften om "Fodbold for alle – mod racisme og diskrimination" den 3. november. Programmet er vedlagt.""")

M("s", """Til udvalgsformand for Børn og Skole

Vores datter Freja er 12 og har fortalt os at hun er lesbisk. Hun vil gerne starte en LGBT+-klub på skolen, men skolelederen siger det ikke er skolens opgave. Kan udvalget se på det?

Venlig hilsen
Lene og Kristian Holm""")

M("", """Hvilke skoler i Ishøj har seksualundervisning i uge 6, og hvilket materiale bruges? Spørger som forælder i skolebestyrelsen. Mvh Anja""")

M("b", """Til formanden for Børn og Skole

Vi er Jehovas Vidner og ønsker ikke at vores søn Elias deltager i skolens julefrokost og fødselsdagsfejringer. Læreren har sagt at han så må sidde på kontoret. Det synes vi er en straf. Kan der findes en bedre løsning?

Med venlig hilsen
Familien Brandt""")

M("", """Hvordan håndterer skolerne i Ishøj generelt elever, der af religiøse grunde ikke deltager i jul og fødselsdage? Jeg forsker i religionsfrihed i folkeskolen ved Aarhus Universitet. Venlig hilsen, lektor Karen Møller""")

M("u", """Til Økonomiudvalgets formand

Jeg er tillidsrepræsentant for HK'erne i Borgerservice og skriver for at gøre opmærksom på, at sparerunden rammer vores afdeling urimeligt. Vi er allerede 3 stillinger bagud.

Mvh Hanne Dahl""")

M("", """Til Økonomiudvalget

HK Kommunal og FOA har i fællesskab udarbejdet en høringssvar om budget 2026. Det er vedlagt som pdf.

Venlig hilsen
Fællestillidsrepræsentantsekretariatet""")

M("u", """Hej dagsordensamler. Kan jeg få lov at tale i åbent samråd om buslinjerne? jeg er med i Krifa og vi har lavet en underskriftsindsamling på min arbejdsplads. Mvh Benjamin Juul""")

M("", """Hovedpostkassen

Hermed sendes vedlagte henvendelse til Center for Byudvikling og Natur. Borgeren spørger om støj fra Holbækmotorvejen. Kvittering er sendt af byrådsmedlemmet.

Venlig hilsen
Hovedpostkassen, Ishøj Kommune""")

M("hte", """Til hovedpostkassen

Jeg er kurdisk kvinde fra Syrien og har boet på krisecenter i tre måneder med mine to børn efter vold fra min mand. Jeg har stadig mareridt og går til psykolog. Nu skal jeg have en bolig i Ishøj men jeg har ikke hørt fra boliganvisningen.

Rojin A.""")

M("e", """Hej Rojin, din sag om boliganvisning er sendt videre til Center for Voksne og Velfærd. De kontakter dig. Du skal ikke sende flere oplysninger om din situation via almindelig mail men bruge Digital Post. Venlig hilsen Hovedpostkassen""")

M("", """Hvor mange pladser har krisecentrene på Vestegnen, og hvor længe venter kvinder i snit på en bolig bagefter? Jeg skriver en artikel for Politiken. Mvh Louise Brandt""")

M("e", """Til hovedpostkassen

Jeg vil gerne klage over at jeg ikke har fået svar på min ansøgning om ledsageordning. Jeg er 34, bor i botilbud på Bækkeskovvej og har brug for ledsager for at komme til træning. Har søgt for 3 mdr. siden.

Venlig hilsen
Kasper Dyhr""")

M("ehs", """Fra: Per Hald <phal@ishoj.dk>
Sendt: 19. september 2025 10:22
Til: Hovedpostkassen
Emne: VS: Hjælp med min mand

Til rette center.

-----Oprindelig meddelelse-----
Fra: Anders Møller
Emne: Hjælp med min mand

Hej Per
Min mand Mikkel har haft et slagtilfælde og er nu hjemme igen, men han kan ikke klare at gå på toilettet selv. Vi fik hjemmepleje i to uger men den er nu stoppet. Jeg arbejder fuldtid. Hvad gør vi?
Anders Møller
CPR på Mikkel: [[080352-1009]]""")

M("", """Til hovedpostkassen

Jeg bor på Ishøj Strandvej og vil gerne klage over larmen fra festerne på stranden om natten. Kan kommunen ikke sætte skilte op?

Venlig hilsen
Ib Kristensen""")

M("p", """Hej, vi er ved at købe naboens grund (Torslundevej 44) og venter på skødet, men kommunen skal først godkende en matrikulær ændring. Landinspektøren siger at I har sagen. Sælger er utålmodig og overvejer et andet tilbud. Mvh Lars Thygesen""")

M("", """Vi har købt Torslundevej 46 i 2019 og handlen er for længst på plads, men vi har aldrig fået BBR-meddelelsen opdateret. Kan I rette det? Mvh familien Due""")

M("b", """Til Kultur- og Fritidsudvalget

Som ateist og aktiv i Humanistisk Samfund synes jeg det er forkert at kommunen sponsorerer julegudstjenesten i Ishøj Kirke. Jeg beder udvalget om at se på det.

Med venlig hilsen
Torben Helms""")

M("", """Er der julegudstjeneste i Ishøj Kirke den 24. kl. 14 eller 15.30? Og er der plads til barnevogne? Mvh Helle""")

M("te", """Til Beskæftigelsesudvalget

Jeg er rumæner og har arbejdet i Danmark som rengøringsassistent i fem år. Mit firma er gået konkurs og jeg har ikke fået løn for de sidste to måneder. Jeg ved ikke hvor jeg skal henvende mig.

Mulțumesc / Tak
Ionela Popescu""")

M("e", """Opfølgning: Ionela Popescu har nu fået hjælp af Lønmodtagernes Garantifond og er i kontakt med jobcentret om dagpenge. Til orientering for udvalget. Mvh Beskæftigelsessekretariatet""")

M("", """Til Beskæftigelsesudvalget

Statistik fra Jobindsats viser at ledigheden blandt indvandrere fra ikke-vestlige lande i Ishøj er faldet fra 9,1 % til 7,4 % fra 2023 til 2025. Vedlagt notat til udvalgets orientering.

Med venlig hilsen
Analyseenheden""")

M("hu", """Til Social- og Sundhedsudvalget

Jeg er sygeplejerske og DSR-medlem og arbejder på Ishøj Plejecenter. Jeg fik selv corona for anden gang i efteråret og har haft long covid siden med træthed og hjernetåge. Der tages ingen hensyn på arbejdspladsen. Jeg vil gerne tale med udvalget om vilkår for ansatte med senfølger.

Venlig hilsen
Charlotte Vest""")

M("", """Til Social- og Sundhedsudvalget

Dansk Sygeplejeråd Kreds Hovedstaden ønsker foretræde for udvalget om rekruttering og fastholdelse af sygeplejersker i ældreplejen.""")

M("se", """hej Social- og Sundhedsudvalget!! jeg er 68 og bøsse og skal snart på plejehjem. jeg har hørt om plejehjem i københavn der har særlig fokus på LGBT+-ældre. har vi det i ishøj? jeg er bange for at skulle gemme mig igen. Hilsen Poul-Erik""")

M("e", """Til Social- og Sundhedsudvalget

Tak for svaret om plejehjem. Jeg har nu søgt om plejebolig og fået visitationsmøde i næste uge. Poul-Erik Vang""")

M("", """Findes der plejehjem i Ishøj med særlig LGBT+-profil? Vi er en frivillig forening for ældre homoseksuelle i Hovedstaden og laver en oversigt. Mvh Regnbueseniorerne""")

M("b", """Til Kultur- og Fritidsudvalget

Jeg er medlem af Det Konservative Folkeparti i Ishøj og formand for vores lokalforening. Vi ønsker at leje Ishøj Kulturhus til et vælgermøde den 14. oktober, men har fået at vide, at der er lukket for politiske arrangementer. Det kan vel ikke passe i en valgperiode?

Venlig hilsen
Jesper Valentin""")

M("", """Må politiske partier leje lokaler i Ishøj Kulturhus op til kommunalvalget? Vi er en gymnasieklasse der skal lave et debatmøde. Mvh 2.g på Ishøj Gymnasium""")

M("ht", """Hej Social- og Sundhedsudvalget

Jeg er fra Pakistan og min mand døde i sommer. Jeg er selv blevet syg af sukkersyge og har svært ved at læse brevene fra kommunen om min medicin. Min søn oversætter men han bor i Odense. Mvh Shazia Rana, Vejleåparken""")

M("e", """Min nabo i nr. 12 har ikke fået hjemmehjælp i tre uger, hun er 91 og kan ikke selv komme ud med skraldet. Hun hedder Ruth. Jeg har prøvet at ringe til kommunen men kommer ikke igennem. Kan I sende nogen? Hilsen Svend i nr. 14, Brakvangen""")

M("", """Kan nogen forklare hvordan man bliver visiteret til hjemmehjælp i Ishøj? Jeg er frivillig i Ældre Sagen og får tit spørgsmålet.""")

M("pe", """Til hovedpostkassen

Banken har sagt at de vil tvangsauktionere vores hus på Fiskerhusvej til august fordi vi er bagud med afdragene efter at jeg mistede mit arbejde. Vi har en køber der vil give 2,1 mio., men banken vil ikke vente. Kan kommunen ændre ejendomsskatten så vi kan nå at sælge?

Mvh
Lene og Jakob Wendt""")

M("", """Hvornår bliver der udsendt ny ejendomsvurdering for Ishøj Landsby? Vi har fået en foreløbig vurdering der er alt for høj. Mvh Keld""")

M("tb", """Til hovedpostkassen

Jeg er konverteret fra islam til kristendommen og er fra Iran. I asylcentret fik jeg trusler pga. det. Nu bor jeg i Ishøj og en mand i opgangen kalder mig "forræder". Jeg er bange. Hvem kan hjælpe med at flytte?

Reza K.
personnummer [[171290 4117]]""")

M("", """Hej, jeg skal bruge en fuldmagtsblanket så min søn kan tale med kommunen på mine vegne. Hvor finder jeg den? Mvh Anna Bech""")

M("", """Til hovedpostkassen

Fakturanr. 1203241456 er betalt for sent pga. fejl i vores system. Vi beklager og har nu overført beløbet til konto 2191-5682104433.

Venlig hilsen
Bogholderiet, Vestegnens Rengøring ApS
CVR 38401298""")

M("u", """Hej. Min mor er FOA-tillidsrepræsentant på et plejecenter i Ishøj og hun bliver mobbet af sin leder fordi hun har klaget over vagtplanen. Hun tør ikke skrive selv. Kan I gøre noget? (jeg er hendes datter, Kamilla)""")

M("", """Til hovedpostkassen: Er det muligt at få en liste over tillidsrepræsentanter i kommunens ældrepleje? Vi er et konsulentfirma der laver trivselsundersøgelse for kommunen. Mvh Ramboll Management""")
