"""corpus35 part H: a last mix - indirect belief, orientation, origin and pending
trades together with other categories, and more hard negatives on the same subjects."""
from common import M

M("tbe", """Hej Ydelsesservice

Jeg er eritreansk og ortodoks kristen. I påsken faster jeg 55 dage og går i kirke i København hver weekend, så jeg kan ikke tage weekendvagter i den praktik jobcentret har fundet til mig. Jeg får kontanthjælp.

Venlig hilsen
Senait Tesfamariam
[[300492\u00a02817]]""")

M("sp", """Hej Byggesag. Min mand Anders og jeg (vi er begge mænd, hvis det er relevant for skødet) har givet bud på Ishøj Landsby 60 og mægleren venter på sælgers svar. Må man bygge kvist på den type hus? Mvh Jakob Lund""")

M("tp", """Hej, jeg er fra Pakistan og har boet her i 12 år. Jeg har lige været til fremvisning af en ejerlejlighed på Ishøj Strandvej og vil byde i morgen. Banken spørger om mit opholdsgrundlag. Hvor får jeg en udskrift? Mvh Imran Qureshi""")

M("bp", """Til Center for Byudvikling og Natur

Vores menighed, Ishøj Frikirke, vil købe en grund til et kirkehus, og vi har fået en grund reserveret på Industrivej indtil 1. juni. Jeg er menighedens kasserer og selv medlem i 20 år. Kræver det lokalplanændring?

Med venlig hilsen
Poul Kragh""")

M("hse", """Hej hjemmeplejen. Min kone Lise (jeg hedder Karin) har fået et slagtilfælde og kan ikke længere tale. Jeg vil gerne være med når visitatoren kommer, og hun skal vide at vi er gift. Mvh Karin Juhl, [[080347-1062]]""")

M("eb", """hej, jeg er blevet sat ud af mit værelse hos min onkel fordi jeg ikke vil gå i moskeen mere. jeg er 19 og har ingen penge. hvor kan jeg sove i nat? – Yasin""")

M("te", """Til Center for Børn og Forebyggelse

Jeg er somalisk mor alene med fire børn. Skolen har lavet en underretning om min søn Abdi, fordi han ikke kommer i skole. Jeg vil gerne have en tolk til mødet, jeg forstår ikke alt på dansk.

Hilsen
Hawa Jama
[[010185 4296]]""")

M("ub", """Hej Sofie. Jeg er dit partimedlem i Venstre og samtidig TR i Lederne på Ishøj Rådhus. Kan vi tage en kop kaffe om lønpolitikken? Mvh Claus Riber""")

M("hu", """Hej, jeg er lærer på Gildbroskolen og har fået tinnitus efter støjen i den nye faglokalefløj. Min DLF-kreds har bedt mig skrive til jer om at få målt lydniveauet. Mvh Anna Bech""")

M("st", """Hej, jeg er en grønlandsk kvinde og min kone Pipaluk og jeg skal have en dåbsattest fra Grønland oversat til vores bryllup på rådhuset. Kan I hjælpe? Mvh Ivalo Kleist""")

M("pe", """Hej Ydelsesservice. Jeg er på førtidspension og vil sælge min andelsbolig, fordi jeg har gæld. Der har været en køber inde, men hun er ikke vendt tilbage med bud. Får jeg trukket i pensionen, når jeg får pengene? Mvh Erik Holm""")

M("b", """hej! jeg er med i Extinction Rebellion og vi planlægger en fredelig demo foran rådhuset på lørdag. skal vi anmelde det til jer eller kun til politiet? mvh Ronja""")

M("b", """Hej skolen, vores datter skal ikke deltage i halloween-festen. Vi er Jehovas Vidner og fejrer ikke den slags. Mvh Familien Brink""")

M("t", """Kære borgmester. Jeg er roma og er vokset op i Ishøj. Jeg vil gerne fortælle til dit borgermøde om hvordan det er at være en del af et mindretal her. Mvh Slavica Mitrović""")

M("", """Hej, hvornår starter påskeferien for skolerne i Ishøj i år? Mvh""")

M("", """Til Kultur og Fritid. Hvorfor er der ingen aktiviteter på biblioteket under Ishøj Pride? Andre kommuner har dragshow for børn og læsehygge. Mvh en forælder""")

M("", """Hej. Jeg vil gerne vide, om kommunens kantiner serverer vegetarisk mad hver dag. Det er til en artikel i Ishøj Avis om bæredygtighed. Mvh Mads Holst""")

M("", """Til Teknik og Miljø

Kommunen købte den gamle kirkegårdsjord af menighedsrådet i 2021. Hvorfor er der stadig ikke lavet en park? Handlen blev jo godkendt af byrådet.

Mvh Jens Vad""")

M("", """Hej, hvad er forskellen på dansk statsborgerskab og permanent opholdstilladelse? Jeg er frivillig i Røde Kors' lektiecafé og får ofte spørgsmålet. Mvh Ulla""")

M("", """Kære byråd. Ishøj burde have en mindeplade for de jødiske flygtninge, der i 1943 blev sejlet over Øresund fra kysten her. Mvh lokalhistorikeren Aksel Brun""")

M("", """Hej, holder kommunen lukket 5. juni, og hvad med Kristi himmelfartsdag? Mvh""")

M("", """hej, er valgkortet til EU-valget sendt ud? vi har ikke fået noget på Ishøj Boulevard. mvh""")

M("", """Til Borgerservice. Hvordan ændrer man sit navn til et dobbelt efternavn efter brylluppet? Mvh""")

M("", """Hej Lone. Jeg læste at kommunen har underskrevet en købsaftale med DSB om stationsgrunden i november. Hvornår begynder byggeriet? Mvh Hans Berg""")

M("", """Hej! Tilbyder Ishøj modersmålsundervisning i arabisk og tyrkisk i år, og hvem kan søge? Jeg er fra skolebestyrelsen og vil informere på forældremødet. Mvh Pia""")

M("", """Dear Ishøj Kommune, what are the opening hours of the Citizen Service during Ramadan? Someone told me they change. Thank you.""")

M("", """Til Center for Beskæftigelse og Erhverv. Hvor mange virksomheder i Ishøj har overenskomst med 3F eller HK? Jeg sidder i erhvervsrådet. Mvh Birte Kolding""")

M("", """Hej, fejrer kommunen den internationale dag mod homofobi den 17. maj på nogen måde? Mvh""")

M("", """Kære Michael. Tillykke med udnævnelsen til formand for Børne- og Skoleudvalget. Hvornår behandler udvalget skolestrukturen? Mvh Dorte Bang""")

M("", """Til Ydelsesservice. Hvor mange husstande i Ishøj modtager boligstøtte? Det er til en opgave om velfærdsstaten på Ishøj Gymnasium. Mvh Sara, 2.g""")
